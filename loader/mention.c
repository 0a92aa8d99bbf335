/*
 * mention.c
 *		The figures of a book's paragraphs, found by the extension's own
 *		scanning core (extension/core/scan.c), with the anchor the loader
 *		knows: a sentence is dated by the year of the source it cites, else
 *		by the year its article cites most.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amount.h"
#include "book_int.h"
#include "period.h"
#include "scan.h"

typedef struct ParagraphScan
{
	Book	   *book;
	const Paragraph *p;
	int		   *char_of;		/* character index (0-based) of each byte */
	const Citation *cites;		/* the paragraph's citations, in order */
	int			ncites;
	const int  *cite_years;		/* year of each citation's footnote, or 0 */
	const int  *to_dated;		/* of each citation, how far on the first with a year is */
	const Sentence *sentences;	/* the paragraph's sentences, in order */
	int			nsentences;
	int			article_year;	/* the year the article cites most, or 0 */
} ParagraphScan;

/*
 * A sentence is dated by the first source it cites that has a year (a
 * marker at its very end counts), else by the year its article cites most.
 * Sentences and citations are in the order of the body: binary searches.
 */
static bool
anchor_at(size_t pos, int *year, void *arg)
{
	ParagraphScan *ps = arg;
	int			ch = ps->char_of[pos] + 1;
	int			from = 1,
				to = INT32_MAX;
	int			lo = 0,
				hi = ps->nsentences;

	/* the last sentence starting at or before ch */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (ps->sentences[mid].char_start <= ch)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0)
	{
		from = ps->sentences[lo - 1].char_start;
		to = ps->sentences[lo - 1].char_end + 1;
	}
	/* the first citation at or after from, then the first with a year */
	lo = citations_before(ps->cites, ps->ncites, from);
	if (lo < ps->ncites)
	{
		int			k = lo + ps->to_dated[lo];

		if (k < ps->ncites && ps->cites[k].char_offset <= to)
		{
			*year = ps->cite_years[k];
			return true;
		}
	}
	if (ps->article_year > 0)
	{
		*year = ps->article_year;
		return true;
	}
	return false;
}

static char *
fixed_text(ec_int128 v)
{
	char		buf[EC_FIXED_BUFLEN];

	ec_fixed_format(v, buf);
	return book_strndup(buf, strlen(buf));
}

static char *
amount_text(uint16_t currency, ec_int128 v)
{
	EcAmount	a = {currency, v};
	char		buf[EC_AMOUNT_BUFLEN];

	ec_amount_format(&a, buf);
	return book_strndup(buf, strlen(buf));
}

static void
add_mention(const EcMention *em, void *arg)
{
	ParagraphScan *ps = arg;
	Mention    *m = BOOK_PUSH(ps->book, mentions);

	m->paragraph_ordinal = ps->p->ordinal;
	m->char_start = ps->char_of[em->start] + 1;
	m->char_end = ps->char_of[em->end] + 1;
	m->line = ps->p->line_numbers[paragraph_line_index(ps->p, m->char_start)];
	m->kind = ec_mention_kind_name(em->kind);
	m->text = book_strndup(ps->p->body + em->start, em->end - em->start);
	m->qualifier = ec_qualifier_name(em->qualifier);
	m->points = em->points;
	m->context = em->context;
	switch (em->kind)
	{
		case EC_MENTION_AMOUNT:
			m->amount = amount_text(em->currency, em->value);
			if (em->has_high)
				m->amount_high = amount_text(em->currency, em->high);
			break;
		case EC_MENTION_PERIOD:
			if (em->has_period)
			{
				char		buf[EC_PERIOD_BUFLEN];

				ec_period_format(&em->period, buf);
				m->period = book_strndup(buf, strlen(buf));
			}
			break;
		default:
			m->number = fixed_text(em->value);
			if (em->has_high)
				m->number_high = fixed_text(em->high);
			break;
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
book_find_mentions(Book *book)
{
	int		   *cite_years = calloc((size_t) book->n_citations + 1, sizeof(int));
	int		   *to_dated = malloc(sizeof(int) * (book->n_citations + 1));
	int		   *art_years;
	int			c = 0;
	int			sn = 0;

	if (cite_years == NULL || to_dated == NULL)
		abort();
	for (int i = 0; i < book->n_citations; i++)
	{
		const Footnote *f = book_footnote(book, book->citations[i].footnote_number);

		cite_years[i] = f ? f->year : 0;
	}
	to_dated[book->n_citations] = 0;
	for (int i = book->n_citations - 1; i >= 0; i--)
		to_dated[i] = cite_years[i] > 0 ? 0 : to_dated[i + 1] + 1;
	art_years = article_years(book, cite_years);

	for (int i = 0; i < book->n_paragraphs; i++)
	{
		Paragraph  *p = &book->paragraphs[i];
		ParagraphScan ps = {book, p, NULL, NULL, 0, NULL, NULL, NULL, 0, 0};
		EcScanHooks hooks = {add_mention, anchor_at, NULL, &ps};
		int			ch = 0;

		ps.char_of = malloc(sizeof(int) * (p->body_len + 1));
		if (ps.char_of == NULL)
			abort();
		/* the (0-based) character each byte belongs to; past the end, the count */
		for (size_t b = 0; b < p->body_len; b++)
		{
			if (b > 0 && position_starts((unsigned char) p->body[b]))
				ch++;
			ps.char_of[b] = ch;
		}
		ps.char_of[p->body_len] = p->body_len > 0 ? ch + 1 : 0;
		while (c < book->n_citations && book->citations[c].paragraph_ordinal < p->ordinal)
			c++;
		ps.cites = book->citations ? &book->citations[c] : NULL;
		ps.cite_years = &cite_years[c];
		ps.to_dated = &to_dated[c];
		while (c + ps.ncites < book->n_citations &&
			   book->citations[c + ps.ncites].paragraph_ordinal == p->ordinal)
			ps.ncites++;
		while (sn < book->n_sentences && book->sentences[sn].paragraph_ordinal < p->ordinal)
			sn++;
		ps.sentences = book->sentences ? &book->sentences[sn] : NULL;
		while (sn + ps.nsentences < book->n_sentences &&
			   book->sentences[sn + ps.nsentences].paragraph_ordinal == p->ordinal)
			ps.nsentences++;
		ps.article_year = art_years[p->article_ordinal];
		ec_scan(p->body, p->body_len, &hooks);
		free(ps.char_of);
	}
	free(cite_years);
	free(to_dated);
	free(art_years);
}
