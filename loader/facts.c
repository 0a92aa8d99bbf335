/*
 * facts.c
 *		The sentences, place names, figures and facts of a book's
 *		paragraphs, as the extension's core finds them (ec_facts(),
 *		extension/core/facts.c), with what only the loader knows: the
 *		anchor (a sentence is dated by the year of the source it cites, else
 *		by the year the document was written, else by the year its article
 *		cites most), the source of each fact, and positions in characters
 *		and source lines.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "facts.h"

typedef struct ParagraphRead
{
	Book	   *book;
	const Paragraph *p;
	int		   *char_of;		/* character index (0-based) of each byte */
	const Citation *cites;		/* the paragraph's citations, in order */
	int			ncites;
	const int  *cite_years;		/* year of each citation's footnote, or 0 */
	const int  *to_dated;		/* of each citation, how far on the first with a year is */
	int			article_year;	/* the year the article cites most, or 0 */
	size_t		base;			/* bytes of the body before the text read (a dateline) */
	int			first_sentence; /* indexes in the book of the paragraph's first */
	int			first_mention;
} ParagraphRead;

/*
 * A sentence is dated by the first source it cites that has a year (a
 * marker at its very end counts), else by the year the document was
 * written, else by the year its article cites most (a guess: it resolves
 * "this year" only where the text names no year of its own).
 */
static EcAnchor
anchor_at(size_t pos, const EcSentence *st, EcYearMonth *at, void *arg)
{
	ParagraphRead *pr = arg;
	int			from = pr->char_of[pr->base + st->start] + 1,
				to = pr->char_of[pr->base + st->end] + 2;	/* a marker just after it counts */
	int			lo;

	/* the first citation at or after from, then the first with a year */
	lo = ecl_citations_before(pr->cites, pr->ncites, from);
	if (lo < pr->ncites)
	{
		int			k = lo + pr->to_dated[lo];

		if (k < pr->ncites && pr->cites[k].char_offset <= to)
		{
			at->year = pr->cite_years[k];
			return EC_ANCHOR_WRITTEN;
		}
	}
	if (pr->book->written.year > 0)
	{
		*at = pr->book->written;
		return EC_ANCHOR_WRITTEN;
	}
	if (pr->article_year > 0)
	{
		at->year = pr->article_year;
		return EC_ANCHOR_GUESS;
	}
	return EC_ANCHOR_NONE;
}

static void
add_sentence(const EcSentence *es, void *arg)
{
	ParagraphRead *pr = arg;
	Sentence   *st = BOOK_PUSH(pr->book, sentences);

	st->paragraph_ordinal = pr->p->ordinal;
	st->ordinal = pr->book->n_sentences;
	st->start = pr->base + es->start;
	st->end = pr->base + es->end;
	st->char_start = pr->char_of[st->start] + 1;
	st->char_end = pr->char_of[st->end] + 1;
	st->line = pr->p->line_numbers[ecl_paragraph_line_index(pr->p, st->char_start)];
}

static void
add_place(const EcPlaceHit *hit, void *arg)
{
	ParagraphRead *pr = arg;
	PlaceMention *pm = BOOK_PUSH(pr->book, place_mentions);

	pm->sentence_ordinal = pr->first_sentence + hit->sentence + 1;
	pm->paragraph_ordinal = pr->p->ordinal;
	pm->start = pr->base + hit->start;
	pm->end = pr->base + hit->end;
	pm->char_start = pr->char_of[pm->start] + 1;
	pm->char_end = pr->char_of[pm->end] + 1;
	pm->place = hit->place;
}

static void
add_mention(const EcMention *em, int sentence, void *arg)
{
	ParagraphRead *pr = arg;
	Mention    *m = BOOK_PUSH(pr->book, mentions);

	m->paragraph_ordinal = pr->p->ordinal;
	m->figure = *em;
	m->figure.start += pr->base;
	m->figure.end += pr->base;
	m->char_start = pr->char_of[m->figure.start] + 1;
	m->char_end = pr->char_of[m->figure.end] + 1;
	m->line = pr->p->line_numbers[ecl_paragraph_line_index(pr->p, m->char_start)];
}

/*
 * The source of a fact: the first footnote its sentence cites; else the
 * next one its paragraph cites (a quotation's marker closes it), else the
 * one before.
 */
static void
add_fact(const EcFact *ef, void *arg)
{
	ParagraphRead *pr = arg;
	Book	   *book = pr->book;
	const Sentence *st = &book->sentences[pr->first_sentence + ef->sentence];
	Fact	   *f = BOOK_PUSH(book, facts);

	f->mention = pr->first_mention + ef->mention;
	f->sentence_ordinal = st->ordinal;
	f->indicator = ef->indicator;
	f->places = ef->places;
	f->has_period = ef->has_period;
	f->period = ef->period;
	f->change = ef->change;
	f->status = ef->status;
	f->origin = ef->origin;
	f->destination = ef->destination;
	f->groups = ef->groups;
	if (pr->ncites > 0)
	{
		int			k = ecl_citations_before(pr->cites, pr->ncites, st->char_start);
		const Citation *c = &pr->cites[k < pr->ncites ? k : pr->ncites - 1];
		const Footnote *fn = ecl_book_footnote(book, c->footnote_number);

		f->footnote_number = c->footnote_number;
		f->source_url = fn ? fn->url : NULL;
	}
}

typedef struct ArticleYear
{
	int			article;
	int			year;
} ArticleYear;

static int
by_article_then_year(const void *a, const void *b)
{
	const ArticleYear *x = a;
	const ArticleYear *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->year < y->year ? -1 : x->year > y->year;
}

/*
 * The year most cited in each article (0 when none; of years cited as often,
 * the latest): the dated citations sorted by article and year, counted in runs.
 */
static int *
article_years(const Book *book, const int *cite_years)
{
	int		   *years = calloc((size_t) book->n_articles + 1, sizeof(int));
	int		   *best_count = calloc((size_t) book->n_articles + 1, sizeof(int));
	ArticleYear *dated = malloc(sizeof(ArticleYear) * (book->n_citations + 1));
	int			n = 0;

	if (years == NULL || best_count == NULL || dated == NULL)
		abort();
	for (int i = 0; i < book->n_citations; i++)
		if (cite_years[i] > 0)
		{
			dated[n].article = book->paragraphs[book->citations[i].paragraph_ordinal - 1].article_ordinal;
			dated[n].year = cite_years[i];
			n++;
		}
	qsort(dated, n, sizeof(ArticleYear), by_article_then_year);
	for (int i = 0; i < n;)
	{
		int			k = i;
		int			a = dated[i].article;

		while (k < n && dated[k].article == a && dated[k].year == dated[i].year)
			k++;
		/* years ascend within an article: a later year wins a tie */
		if (k - i >= best_count[a])
		{
			best_count[a] = k - i;
			years[a] = dated[i].year;
		}
		i = k;
	}
	free(dated);
	free(best_count);
	return years;
}

void
ecl_book_read_paragraphs(Book *book)
{
	int		   *cite_years = calloc((size_t) book->n_citations + 1, sizeof(int));
	int		   *to_dated = malloc(sizeof(int) * (book->n_citations + 1));
	int		   *art_years;
	int			c = 0;
	int			article = 0;
	EcFactCarry carry = {0};

	if (cite_years == NULL || to_dated == NULL)
		abort();
	for (int i = 0; i < book->n_citations; i++)
	{
		const Footnote *f = ecl_book_footnote(book, book->citations[i].footnote_number);

		cite_years[i] = f ? f->year : 0;
	}
	to_dated[book->n_citations] = 0;
	for (int i = book->n_citations - 1; i >= 0; i--)
		to_dated[i] = cite_years[i] > 0 ? 0 : to_dated[i + 1] + 1;
	art_years = article_years(book, cite_years);

	for (int i = 0; i < book->n_paragraphs; i++)
	{
		Paragraph  *p = &book->paragraphs[i];
		ParagraphRead pr = {book, p};
		EcFactHooks hooks = {add_sentence, add_place, add_mention, add_fact, anchor_at, NULL,
		ec_heap_realloc, &pr};
		int			ch = 0;

		/* what a sentence leaves to the next stops at the article's end */
		if (p->article_ordinal != article)
		{
			memset(&carry, 0, sizeof(carry));
			article = p->article_ordinal;
		}
		pr.char_of = malloc(sizeof(int) * (p->body_len + 1));
		if (pr.char_of == NULL)
			abort();
		/* the (0-based) character each byte belongs to; past the end, the count */
		for (size_t b = 0; b < p->body_len; b++)
		{
			if (b > 0 && position_starts((unsigned char) p->body[b]))
				ch++;
			pr.char_of[b] = ch;
		}
		pr.char_of[p->body_len] = p->body_len > 0 ? ch + 1 : 0;
		while (c < book->n_citations && book->citations[c].paragraph_ordinal < p->ordinal)
			c++;
		pr.cites = book->citations ? &book->citations[c] : NULL;
		pr.cite_years = &cite_years[c];
		pr.to_dated = &to_dated[c];
		while (c + pr.ncites < book->n_citations &&
			   book->citations[c + pr.ncites].paragraph_ordinal == p->ordinal)
			pr.ncites++;
		pr.article_year = art_years[p->article_ordinal];
		pr.first_sentence = book->n_sentences;
		pr.first_mention = book->n_mentions;
		/* a dateline says where the item was filed, not what its figures are about */
		if (i == 0 && book->dateline_len <= p->body_len)
			pr.base = book->dateline_len;
		ec_facts(p->body + pr.base, p->body_len - pr.base, &carry, &hooks);
		free(pr.char_of);
	}
	free(cite_years);
	free(to_dated);
	free(art_years);
}
