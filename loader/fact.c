/*
 * fact.c
 *		Every figure of the book (an amount, percent or ratio mention) as a
 *		fact: what it measures, the places and the period it is about, and
 *		whether it is a change, by the rules of the annotation guide
 *		(ANNOTATION.md, "Facts").
 *
 *		The text is read between figures: a figure takes the indicator cue
 *		before it back to the figure before it, else the one after it; the
 *		nearest period of its sentence that is not a base of comparison
 *		("compared to 2020"), else the period the sentence before left in
 *		force; the places of its sentence, else those of the last sentence
 *		that named any, and a flow (trade, exports, contracts) that names
 *		one side only takes its partner from there too.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "fact_int.h"

/*
 * General English words about change and its framing; what is measured is
 * in data/indicators.csv.
 */
static const char *const rise_words[] = {
	"increas*", "grew", "grow*", "rose", "rise*", "risen", "rising", "added", "adds",
	"doubl*", "tripl*", "higher", "more", "expand*", "boost*", "gain*", "surg*",
	"jump*", NULL
};
static const char *const fall_words[] = {
	"decreas*", "declin*", "fell", "fall*", "drop*", "down", "reduc*", "lower",
	"less", "shrank", "shrunk", "cut", "sav*", "lost", "los*", NULL
};

/* a base of comparison before a period: "compared to 2020", "than in 2021" */
static const char *const base_words[] = {
	"compared", "comparison", "against", "than", "relative", "level", "versus",
	"vs", NULL
};


/* the period of the sentence before, named: "during this period" */
static const char *const same_period_words[] = {
	"this period", "that period", "these days", "those days", "same period of time",
	"the same time", NULL
};

/* a target, plan or possibility: a figure that has no period of its own */
static const char *const target_words[] = {
	"plan", "plans", "planned", "planning", "goal", "goals", "target*", "task",
	"tasks", "potential", "opportunit*", "intend*", "aim", "aims", "aimed",
	"aiming", "can", "could", "may", "might", "would", "forecast*", NULL
};

/* --- periods ---------------------------------------------------------- */

int
count_below(const size_t *v, int n, size_t x, bool or_equal)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (v[mid] < x || (or_equal && v[mid] == x))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the end of the figure nearest before pos in the sentence, or the start */
static size_t
figure_end_before(const Reading *r, size_t pos)
{
	int			k = count_below(r->figure_to, r->nfigures, pos, true);

	return k > 0 && r->figure_to[k - 1] > r->from ? r->figure_to[k - 1] : r->from;
}

static bool
is_base(const Reading *r, const Mention *m, size_t from, size_t to)
{
	size_t		w = word_before(r->s, r->from, from);
	size_t		back = from > r->from + 40 ? from - 40 : r->from;

	if (book_find(m->text, strlen(m->text), "same period") >= 0 ||
		book_find(m->text, strlen(m->text), "previous year") >= 0)
		return true;
	if (any_word(r->s, back > figure_end_before(r, from) ? back : figure_end_before(r, from),
				 from, base_words))
		return true;
	/* "137.2 per cent of the 2020 level" */
	if (word_at(r->s, word_after(r->s, to - 1, r->to), r->to, "level"))
		return true;
	/* "47.9% growth by 2020", "1.5 times by 2018": the base, after a change */
	if (w < from && word_at(r->s, w, from, "by"))
	{
		size_t		fe = figure_end_before(r, w);

		return fe > r->from && w - fe < 16;
	}
	return false;
}

/* may a figure that is [not] a change (by_change) take period ph, and is it a year or longer? */
static bool
taken(const PeriodHere *ph, int by_change, int whole)
{
	return !ph->base && !(ph->since && !by_change) &&
		(!whole || ph->period.grain >= EC_GRAIN_YEAR);
}

static void
read_periods(Reading *r, int first, int last)
{
	Book	   *book = r->book;
	int			n;

	r->nperiods = 0;
	for (int i = first; i < last; i++)
	{
		const Mention *m = &book->mentions[i];
		PeriodHere *ph;
		EcPeriodError err;

		if (strcmp(m->kind, "period") != 0 || m->period == NULL)
			continue;
		ph = &r->periods[r->nperiods];
		if (ec_period_parse(m->period, strlen(m->period), false, 0, &ph->period, &err) != EC_PERIOD_OK)
			continue;
		ph->from = r->byte_at[m->char_start - 1];
		ph->to = r->byte_at[m->char_end - 1];
		ph->since = ph->period.mod == EC_MOD_ON_OR_AFTER;
		ph->period.mod = EC_MOD_NONE;
		ph->base = is_base(r, m, ph->from, ph->to);
		r->nperiods++;
	}
	/* the links of PeriodHere, a pass each way */
	n = r->nperiods;
	for (int i = 0; i < n; i++)
		for (int c = 0; c < 2; c++)
			for (int w = 0; w < 2; w++)
				r->periods[i].last_taken[c][w] = taken(&r->periods[i], c, w) ? i :
					(i > 0 ? r->periods[i - 1].last_taken[c][w] : -1);
	for (int i = n - 1; i >= 0; i--)
	{
		PeriodHere *ph = &r->periods[i];
		const PeriodHere *next = i + 1 < n ? &r->periods[i + 1] : NULL;

		for (int c = 0; c < 2; c++)
			for (int w = 0; w < 2; w++)
				ph->next_taken[c][w] = taken(ph, c, w) ? i : (next ? next->next_taken[c][w] : n);
		ph->next_plain = next == NULL ? n :
			(!next->base && !next->since ? i + 1 : next->next_plain);
	}
}

/* how many periods start (by_end: end) before x, or at x too (or_equal) */
static int
periods_below(const Reading *r, bool by_end, size_t x, bool or_equal)
{
	int			lo = 0,
				hi = r->nperiods;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		size_t		v = by_end ? r->periods[mid].to : r->periods[mid].from;

		if (v < x || (or_equal && v == x))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the first period from i on that a figure may take, [i, n) or n */
static int
next_taken(const Reading *r, int i, int by_change, int whole)
{
	return i < r->nperiods ? r->periods[i].next_taken[by_change][whole] : r->nperiods;
}

/* the last period up to i (exclusive) that a figure may take, or -1 */
static int
last_taken(const Reading *r, int i, int by_change, int whole)
{
	return i > 0 ? r->periods[i - 1].last_taken[by_change][whole] : -1;
}

/* the whole years from the start of a to the end of b */
static void
span(const EcPeriod *a, const EcPeriod *b, EcPeriod *out)
{
	ec_period_from_span(a->start, b->end > a->end ? b->end : a->end, out);
}

/* the first or last year of a run of years */
static void
end_year(const EcPeriod *p, bool last, EcPeriod *out)
{
	int			y,
				m,
				d;

	ec_civil(last ? p->end : p->start, &y, &m, &d);
	ec_period_from_span(ec_day_number(y, 1, 1), ec_day_number(y, 12, 31), out);
}

/*
 * Is "in" the one word in s[fe, to) ("$111.7 million in 2020")?  Read
 * forward from fe: reading back from to would cross the same run of
 * punctuation before a period again for each figure before it, in time
 * quadratic in the sentence.
 */
static bool
only_in_between(const char *s, size_t fe, size_t to)
{
	size_t		w = fe;

	while (w < to && !word_char((unsigned char) s[w]))
		w++;
	if (!word_at(s, w, to, "in"))
		return false;
	for (w += 2; w < to; w++)
		if (word_char((unsigned char) s[w]))
			return false;
	return true;
}

/*
 * The period of the figure at [fb, fe): the nearest before it, or one
 * right after ("$111.7 million in 2020"), or the first after it.  A level
 * does not take "since 2016"; a change over it runs to the next period.
 * A target takes a period after the word that makes it one, or a year
 * before it ("In 2023 the region aims to produce ..."), but not the day or
 * month it was set on ("in June 2021 a task was set: to reach $1bn").
 */
static bool
own_period(const Reading *r, size_t fb, size_t fe, bool change, size_t not_before,
		   EcPeriod *out)
{
	int			before = -1,
				after = -1;
	int			n = r->nperiods;
	int			c = change ? 1 : 0;
	/* the periods come in order, without overlap: their starts and ends ascend */
	int			ended = periods_below(r, true, fb, true);	/* ending by fb: [0, ended) */
	int			later = periods_below(r, false, fe, false);	/* starting at fe or after: [later, n) */
	int			early = periods_below(r, false, not_before, false);	/* starting before not_before */

	/*
	 * The last it may take ending by fb and the first starting at fe or
	 * later; before "aims to" (not_before), only a year it is for, not the
	 * day or month it was set on.
	 */
	if (ended > early)
		before = last_taken(r, ended, c, 0) >= early ? last_taken(r, ended, c, 0) : -1;
	if (before < 0)
		before = last_taken(r, ended < early ? ended : early, c, 1);
	if (later < early && next_taken(r, later, c, 1) < early)
		after = next_taken(r, later, c, 1);
	else if (next_taken(r, later > early ? later : early, c, 0) < n)
		after = next_taken(r, later > early ? later : early, c, 0);

	if (after >= 0)
	{
		/* "totalled $111.7 million in 2020" */
		if (only_in_between(r->s, fe, r->periods[after].from))
			before = after;
		else if (before < 0)
			before = after;
	}
	if (before < 0)
		return false;
	*out = r->periods[before].period;
	if (r->periods[before].since && r->periods[before].next_plain < n)
		span(&r->periods[before].period, &r->periods[r->periods[before].next_plain].period, out);
	return true;
}

/* --- change ----------------------------------------------------------- */

/* The direction the word at s[v] names, within s[v, to); NULL for none ("more" is none). */
static const char *
word_direction(const char *s, size_t v, size_t to)
{
	if (next_word_in(s, v, to, fall_words))
		return "decrease";
	if (next_word_in(s, v, to, rise_words) && !word_at(s, v, to, "more"))
		return "increase";
	return NULL;
}

/*
 * "increase" or "decrease" for a change, NULL for a level.  seg is where the
 * text of this figure starts (after the figure before it).
 */
static const char *
figure_change(const Reading *r, const Mention *m, size_t seg, size_t fb, size_t fe,
			  const char *prev_change, const char *prev_kind)
{
	const char *s = r->s;
	size_t		w = skip_fillers_back(s, seg, fb);
	size_t		next = word_after(s, fe, r->to);
	bool		by = w < fb && word_at(s, w, fb, "by");
	bool		rise_before = any_word(s, seg, fb, rise_words);
	bool		fall_before = any_word(s, seg, fb, fall_words);
	bool		is_amount = strcmp(m->kind, "amount") == 0;

	/* the word right before: "by", "to", a verb */
	if (w < fb && word_at(s, w, fb, "to"))
		return NULL;
	if (by)
	{
		size_t		v = word_before(s, seg, w);

		/* the verb nearest before "by" decides; a rise by default */
		for (; v < w; v = word_before(s, seg, v))
		{
			const char *d = word_direction(s, v, w);

			if (d != NULL)
				return d;
			if (v == seg || word_before(s, seg, v) == v)
				break;
		}
		return "increase";
	}
	if (w < fb)
	{
		if (word_at(s, w, fb, "up"))
			return "increase";
		if (word_direction(s, w, fb) != NULL)
			return word_direction(s, w, fb);
	}
	if (is_amount)
		return NULL;
	/* the word after: "47.9% growth", "a sevenfold increase", "2.2 times more" */
	if (next < r->to)
	{
		if (any_word(s, next, word_after(s, next, r->to), fall_words))
			return "decrease";
		if (any_word(s, next, word_after(s, next, r->to), rise_words) ||
			word_at(s, next, r->to, "growth"))
			return "increase";
	}
	/* growth written as an index: "a growth rate of 107.2 per cent" */
	if (word_at(s, next, r->to, "of") && any_word(s, next, r->to > next + 30 ? next + 30 : r->to,
												  (const char *const[]) {"level", NULL}))
		return "increase";
	if (book_find(s + seg, fb - seg, "rate") >= 0 && rise_before)
		return "increase";
	if (strcmp(m->kind, "ratio") == 0)
		return fall_before ? "decrease" : "increase";
	/* a list of changes: "industrial output was 4.3%, cargo - 5.2%" */
	if (prev_change != NULL && prev_kind != NULL && strcmp(prev_kind, m->kind) == 0 &&
		!rise_before && !fall_before)
		return prev_change;
	if (fall_before && !rise_before)
		return "decrease";
	if (rise_before)
		return any_word(s, seg, fb, (const char *const[]) {"share", "accounts", "accounted", NULL})
			? NULL : "increase";
	return NULL;
}

/* --- the sentence ----------------------------------------------------- */

/*
 * The source of a sentence: the first footnote it cites; else the next one
 * its paragraph cites (a quotation's marker closes it), else the one before.
 */
static int
sentence_citation(const Reading *r, const Sentence *st)
{
	int			n = r->end_cite - r->first_cite;
	int			k;

	if (n == 0)
		return -1;
	k = citations_before(&r->book->citations[r->first_cite], n, st->char_start);
	return r->first_cite + (k < n ? k : n - 1);
}

static void
read_sentence(Reading *r, const Sentence *st, Carry *carry)
{
	Book	   *book = r->book;
	const char *prev_change = NULL,
			   *prev_kind = NULL,
			   *prev_indicator = NULL;
	bool		own = false,
				prev_from = false;
	bool		blocked = rolling_span(r->s, r->from, r->to);
	bool		named = any_phrase(r->s, r->from, r->to, same_period_words);
	int			cite = sentence_citation(r, st);
	size_t		first_target = r->nfigures > 0 ? first_word_of(r->s, r->from, r->to, target_words) : r->to;
	const char *last_cue = NULL;
	size_t		where;
	const Cue  *c;

	for (int i = 0; i < r->nfigures; i++)
	{
		const Mention *m = &book->mentions[r->figures[i]];
		size_t		fb = r->byte_at[m->char_start - 1],
					fe = r->byte_at[m->char_end - 1];
		size_t		seg = i > 0 ? r->byte_at[book->mentions[r->figures[i - 1]].char_end - 1] : r->from;
		size_t		next = i + 1 < r->nfigures ? r->byte_at[book->mentions[r->figures[i + 1]].char_start - 1] : r->to;
		Fact	   *f = BOOK_PUSH(book, facts);
		PlaceSet	places;
		EcPeriod	period;
		bool		has_period;
		size_t		w = skip_fillers_back(r->s, seg, fb);
		bool		from_fig = m->kind[0] == 'a' && w < fb && word_at(r->s, w, fb, "from");
		bool		to_fig = m->kind[0] == 'a' && w < fb && word_at(r->s, w, fb, "to");
		size_t		target_at = first_word_before(r->s, r->from, fb, first_target, target_words);
		size_t		after = word_after(r->s, fe, r->to);

		f->mention = r->figures[i];
		f->sentence_ordinal = st->ordinal;

		/*
		 * What it measures: "35.5% of EAEU imports", "$900 million worth of
		 * import-substituting products"; else the cue before.
		 */
		if (((m->kind[0] == 'p' && word_at(r->s, after, r->to, "of")) ||
			 (word_at(r->s, after, r->to, "worth") &&
			  word_at(r->s, word_after(r->s, after, r->to), r->to, "of"))) &&
			(c = cue_find(r->cues, r->s, after, next < after + 50 ? next : after + 50, false, &where)) != NULL)
			f->indicator = c->code;
		else if ((c = cue_find(r->cues, r->s, seg, fb, true, &where)) != NULL)
			f->indicator = c->code;
		else if (prev_indicator != NULL)
			f->indicator = prev_indicator;
		else if ((c = cue_find(r->cues, r->s, fe, next, false, &where)) != NULL)
			f->indicator = c->code;
		else if (carry->indicator != NULL)
			f->indicator = carry->indicator;
		else
			f->indicator = "other";
		prev_indicator = f->indicator;

		f->change = figure_change(r, m, seg, fb, fe, prev_change, prev_kind);
		prev_change = f->change;
		prev_kind = m->kind;

		/* when */
		has_period = own_period(r, fb, fe, f->change != NULL,
								target_at < fb ? target_at : r->from, &period);
		if (has_period)
			own = true;
		else if (carry->has_period && (named || (!blocked && target_at == fb)))
		{
			period = f->change != NULL && carry->has_span ? carry->span : carry->period;
			has_period = true;
		}
		if (has_period)
		{
			char		buf[EC_PERIOD_BUFLEN];

			/* "from $4.5bn to $11.6bn" in 2016-2021: each end its own year */
			if (from_fig || (to_fig && prev_from))
			{
				EcPeriod	p = period;

				if (period.grain == EC_GRAIN_YEARS)
					end_year(&p, !from_fig, &period);
				else if (from_fig && !ec_period_shift_years(&p, -1, &period))
					period = p;
			}
			ec_period_format(&period, buf);
			f->period = book_strndup(buf, strlen(buf));
		}

		/* where */
		figure_places(r, carry, f->indicator, &places);
		f->places = places_literal(&places);

		if (cite >= 0)
		{
			const Footnote *fn = book_footnote(book, book->citations[cite].footnote_number);

			f->footnote_number = book->citations[cite].footnote_number;
			f->source_url = fn ? fn->url : NULL;
		}
		if (i + 1 == r->nfigures && places.n > 0 && r->places.n > 0)
		{
			carry->places = places;
			carry->group = r->group;
		}
		if (i + 1 == r->nfigures && places.n > 0 && !one_side(&places))
			carry->pair = places;
		prev_from = from_fig;
	}

	/* what the next sentence inherits */
	for (int i = r->nperiods - 1; i >= 0; i--)
		if (!r->periods[i].base && !r->periods[i].since)
		{
			carry->has_period = true;
			carry->period = r->periods[i].period;
			carry->has_span = false;
			for (int k = 0; k < i; k++)
				if (r->periods[k].since && !r->periods[k].base)
				{
					span(&r->periods[k].period, &r->periods[i].period, &carry->span);
					carry->has_span = true;
				}
			own = true;
			break;
		}
	if (!own && blocked)
		carry->has_period = false;
	if (r->places.n > 0 && r->nfigures == 0)
	{
		carry->places = r->places;
		carry->group = r->group;
	}
	if (r->places.n > 0 && !one_side(&r->places))
		carry->pair = r->places;
	if ((c = cue_find(r->cues, r->s, r->from, r->to, true, &where)) != NULL)
		last_cue = c->code;
	carry->indicator = r->nfigures > 0 ? prev_indicator : last_cue;
}

void
book_find_facts(Book *book, const CueList *indicators)
{
	int			mi = 0,
				pm = 0,
				sn = 0,
				ci = 0;
	Carry		carry = {0};
	int			article = 0;

	for (int pi = 0; pi < book->n_paragraphs; pi++)
	{
		const Paragraph *p = &book->paragraphs[pi];
		size_t	   *byte_at = malloc(sizeof(size_t) * (p->body_len + 2));
		int			nchars = 0;
		int			first,
					last;
		Reading		r = {book, indicators, byte_at, p->body};

		if (byte_at == NULL)
			abort();
		for (size_t b = 0; b < p->body_len; b++)
			if (position_starts((unsigned char) p->body[b]))
				byte_at[nchars++] = b;
		byte_at[nchars] = p->body_len;
		byte_at[nchars + 1] = p->body_len;

		if (p->article_ordinal != article)
		{
			memset(&carry, 0, sizeof(carry));
			article = p->article_ordinal;
		}
		while (mi < book->n_mentions && book->mentions[mi].paragraph_ordinal < p->ordinal)
			mi++;
		first = mi;
		while (mi < book->n_mentions && book->mentions[mi].paragraph_ordinal == p->ordinal)
			mi++;
		last = mi;
		while (ci < book->n_citations && book->citations[ci].paragraph_ordinal < p->ordinal)
			ci++;
		r.first_cite = ci;
		while (ci < book->n_citations && book->citations[ci].paragraph_ordinal == p->ordinal)
			ci++;
		r.end_cite = ci;
		r.figures = malloc(sizeof(int) * (last - first + 1));
		r.figure_from = malloc(sizeof(size_t) * (last - first + 1));
		r.figure_to = malloc(sizeof(size_t) * (last - first + 1));
		r.periods = malloc(sizeof(PeriodHere) * (last - first + 1));
		if (r.figures == NULL || r.figure_from == NULL || r.figure_to == NULL || r.periods == NULL)
			abort();

		/* the sentences and the mentions of the paragraph, both in order */
		for (int a = first; sn < book->n_sentences && book->sentences[sn].paragraph_ordinal <= p->ordinal; sn++)
		{
			const Sentence *st = &book->sentences[sn];
			int			b;

			if (st->paragraph_ordinal != p->ordinal)
				continue;
			r.from = byte_at[st->char_start - 1];
			r.to = byte_at[st->char_end - 1];
			while (a < last && book->mentions[a].char_start < st->char_start)
				a++;
			b = a;
			while (b < last && book->mentions[b].char_start < st->char_end)
				b++;
			r.nfigures = 0;
			for (int k = a; k < b; k++)
				if (strcmp(book->mentions[k].kind, "period") != 0)
				{
					r.figure_from[r.nfigures] = byte_at[book->mentions[k].char_start - 1];
					r.figure_to[r.nfigures] = byte_at[book->mentions[k].char_end - 1];
					r.figures[r.nfigures++] = k;
				}
			r.says_country = r.nfigures > 0 &&
				any_word(r.s, r.from, r.to, (const char *const[]) {"country", NULL});
			read_periods(&r, a, b);
			read_places(&r, st, &pm, &carry);
			count_sides(&carry, &r.places);
			read_sentence(&r, st, &carry);
		}
		free(r.figures);
		free(r.figure_from);
		free(r.figure_to);
		free(r.periods);
		free(byte_at);
	}
}
