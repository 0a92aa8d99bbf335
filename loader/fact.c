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

#include "book_int.h"
#include "calendar.h"
#include "period.h"

#define MAX_PLACES 12

#define CODE_LEN 12				/* "EAEU", "KZ-KUS" and room */

typedef struct PlaceSet
{
	char		codes[MAX_PLACES][CODE_LEN];
	int			n;
} PlaceSet;

/* A period mention of the sentence being read. */
typedef struct PeriodHere
{
	size_t		from,
				to;				/* bytes of the paragraph body */
	EcPeriod	period;
	bool		base;			/* a base of comparison: "compared to 2020" */
	bool		since;			/* "since 2016": the start of a span */
} PeriodHere;

/* What one sentence leaves to the next. */
typedef struct Carry
{
	bool		has_period;
	EcPeriod	period;
	bool		has_span;		/* "since 2016 ... in 2020": what changes took */
	EcPeriod	span;
	PlaceSet	places;			/* of the last sentence that named any */
	bool		group;			/* which named a group too */
	PlaceSet	pair;			/* the last two sides named together */
	const char *indicator;
	/* how often the article named each country or union so far */
	char		seen[64][CODE_LEN];
	int			seen_count[64];
	int			nseen;
} Carry;

/* The sentence being read. */
typedef struct Reading
{
	Book	   *book;
	const CueList *cues;
	const Paragraph *p;
	const size_t *byte_at;		/* byte offset of each 0-based character */
	const char *s;				/* the paragraph body */
	size_t		from,
				to;				/* the sentence's bytes */
	int		   *figures;		/* mention indexes of the sentence's figures */
	int			nfigures;
	PeriodHere *periods;
	int			nperiods;
	PlaceSet	places;			/* named in the sentence */
	bool		group;			/* and a group with no code: "with ASEAN" */
} Reading;

/* --- words ------------------------------------------------------------ */

static bool
word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Does s[pos] start a word equal to w (case-blind; w ending in '*': a stem)? */
static bool
word_at(const char *s, size_t pos, size_t to, const char *w)
{
	size_t		n = strlen(w);
	bool		stem = n > 0 && w[n - 1] == '*';

	if (stem)
		n--;
	if (pos + n > to || strncasecmp(s + pos, w, n) != 0)
		return false;
	if (pos > 0 && word_char((unsigned char) s[pos - 1]))
		return false;
	return stem || pos + n == to || !word_char((unsigned char) s[pos + n]);
}

/* Is one of the words in s[from, to)? */
static bool
any_word(const char *s, size_t from, size_t to, const char *const *words)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; words[k]; k++)
			if (word_at(s, b, to, words[k]))
				return true;
	return false;
}

/* The start of the word before pos (skipping spaces and punctuation), or pos. */
static size_t
word_before(const char *s, size_t from, size_t pos)
{
	size_t		b = pos;

	while (b > from && !word_char((unsigned char) s[b - 1]))
		b--;
	if (b == from)
		return pos;
	while (b > from && word_char((unsigned char) s[b - 1]))
		b--;
	return b;
}

/* The start of the word after pos, or to. */
static size_t
word_after(const char *s, size_t pos, size_t to)
{
	size_t		b = pos;

	while (b < to && word_char((unsigned char) s[b]))
		b++;
	while (b < to && !word_char((unsigned char) s[b]))
		b++;
	return b;
}

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

/* qualifiers between a verb and its figure: "by almost", "by at least another" */
static const char *const filler_words[] = {
	"almost", "about", "around", "nearly", "approximately", "roughly", "some",
	"another", "further", "a", "an", "the", "over", "just", "only", "even",
	"more", "less", "than", "at", "least", "most", "slightly", "still", NULL
};

/* a base of comparison before a period: "compared to 2020", "than in 2021" */
static const char *const base_words[] = {
	"compared", "comparison", "against", "than", "relative", "level", "versus",
	"vs", NULL
};

/* spans that roll back from the time of writing: "over the past five years" */
static const char *const rolling_words[] = {
	"past", "last", NULL
};
static const char *const count_words[] = {
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"few", "several", "decade", "decades", NULL
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

static const char *const region_words[] = {"region", "oblast", NULL};

/* what a place name before them names instead: a company ("Minsk Tractor Plant") */
static const char *const company_words[] = {
	"Plant", "Factory", "Works", "Combine", "Mill", "Holding", "Company",
	"LLC", "JSC", "OJSC", "CJSC", "Ltd", "Group", NULL
};

/*
 * Skip qualifier words backwards from pos ("by almost", "by at least
 * another", "by up to"); the start of the first other word.
 */
static size_t
skip_fillers_back(const char *s, size_t from, size_t pos)
{
	for (;;)
	{
		size_t		w = word_before(s, from, pos);
		bool		filler = false;

		if (w == pos)
			return pos;
		/* "up to" is a qualifier; "to" alone and "up" alone are not */
		if (word_at(s, w, pos, "to") && word_before(s, from, w) < w &&
			word_at(s, word_before(s, from, w), w, "up"))
		{
			pos = word_before(s, from, w);
			continue;
		}
		for (int k = 0; filler_words[k] && !filler; k++)
			filler = word_at(s, w, pos, filler_words[k]);
		if (!filler)
			return w;
		pos = w;
	}
}

/* Is the first word at or after pos one of words? */
static bool
next_word_in(const char *s, size_t pos, size_t to, const char *const *words)
{
	while (pos < to && !word_char((unsigned char) s[pos]))
		pos++;
	for (int k = 0; words[k]; k++)
		if (pos < to && word_at(s, pos, to, words[k]))
			return true;
	return false;
}

/* "past" or "last" with a count after it: a span rolling back from now */
static bool
rolling_span(const char *s, size_t from, size_t to)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; rolling_words[k]; k++)
			if (word_at(s, b, to, rolling_words[k]))
			{
				size_t		next = word_after(s, b, to);

				if (next < to && (isdigit((unsigned char) s[next]) ||
								  any_word(s, next, word_after(s, next, to), count_words)))
					return true;
			}
	return false;
}

/* Does one of the phrases stand in s[from, to)? */
static bool
any_phrase(const char *s, size_t from, size_t to, const char *const *phrases)
{
	for (int k = 0; phrases[k]; k++)
	{
		long		at = book_find(s + from, to - from, phrases[k]);

		if (at >= 0 && (from + at == 0 || !word_char((unsigned char) s[from + at - 1])))
			return true;
	}
	return false;
}

/* Where the first target word of s[from, to) starts, or to. */
static size_t
first_word_of(const char *s, size_t from, size_t to, const char *const *words)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; words[k]; k++)
			if (word_at(s, b, to, words[k]))
				return b;
	return to;
}

/* --- places ----------------------------------------------------------- */

static bool
set_has(const PlaceSet *set, const char *code)
{
	for (int i = 0; i < set->n; i++)
		if (strcmp(set->codes[i], code) == 0)
			return true;
	return false;
}

/* add code, or its first n bytes (its country) */
static void
set_add(PlaceSet *set, const char *code, size_t n)
{
	char		c[CODE_LEN];

	if (n >= CODE_LEN || set->n == MAX_PLACES)
		return;
	memcpy(c, code, n);
	c[n] = '\0';
	if (!set_has(set, c))
		memcpy(set->codes[set->n++], c, n + 1);
}

/* the country part of a code: "BY" of "BY-HO"; a union is its own */
static size_t
country_len(const char *code)
{
	const char *dash = strchr(code, '-');

	return dash ? (size_t) (dash - code) : strlen(code);
}

static bool
same_country(const char *a, const char *b)
{
	size_t		n = country_len(a);

	return n == country_len(b) && strncmp(a, b, n) == 0;
}

/* A region makes its country redundant: "Gomel region ... Belarusian" is BY-HO. */
static void
set_drop_covered(PlaceSet *set)
{
	int			k = 0;

	for (int i = 0; i < set->n; i++)
	{
		bool		covered = false;

		if (strchr(set->codes[i], '-') == NULL)
			for (int j = 0; j < set->n && !covered; j++)
				covered = j != i && strchr(set->codes[j], '-') != NULL &&
					same_country(set->codes[i], set->codes[j]);
		if (!covered && k != i)
			memcpy(set->codes[k], set->codes[i], CODE_LEN);
		if (!covered)
			k++;
	}
	set->n = k;
}

/* Do all the codes name one side (one country and its regions, or one union)? */
static bool
one_side(const PlaceSet *set)
{
	for (int i = 1; i < set->n; i++)
		if (!same_country(set->codes[0], set->codes[i]))
			return false;
	return set->n > 0;
}

/*
 * A place name that is part of a company's name sets the country, not the
 * city or region: "Minsk Tractor Plant", "MAZ-Tashkent LLC".
 */
static bool
names_company(const char *s, size_t start, size_t end, size_t to)
{
	size_t		b = end;

	if (start > 0 && s[start - 1] == '-' && start > 1 && isupper((unsigned char) s[start - 2]))
		return true;
	for (int words = 0; words < 3 && b < to; words++)
	{
		if (s[b] != ' ' || b + 1 >= to || !isupper((unsigned char) s[b + 1]))
			return false;
		b++;
		for (int k = 0; company_words[k]; k++)
			if (word_at(s, b, to, company_words[k]))
				return true;
		while (b < to && (word_char((unsigned char) s[b]) || s[b] == '-'))
			b++;
	}
	return false;
}

/* Is the place at [b, e) inside a figure ("10 million Russian rubles")? */
static bool
in_figure(const Reading *r, size_t b, size_t e)
{
	for (int i = 0; i < r->nfigures; i++)
	{
		const Mention *m = &r->book->mentions[r->figures[i]];

		if (b < r->byte_at[m->char_end - 1] && e > r->byte_at[m->char_start - 1])
			return true;
	}
	return false;
}

/*
 * A city where something is held, not whose figure it is: "held in Minsk",
 * "Minsk hosted".  A name with "region" in it is never a venue.
 */
static bool
venue(const Reading *r, const PlaceMention *m, size_t b, size_t e)
{
	size_t		w = word_before(r->s, r->from, b);

	if (strchr(m->code, '-') == NULL || any_word(m->text, 0, strlen(m->text), region_words))
		return false;
	return (w < b && word_at(r->s, w, b, "in")) ||
		word_at(r->s, word_after(r->s, e - 1, r->to), r->to, "hosted");
}

static void
read_places(Reading *r, const Sentence *st, int *pm, const Carry *carry)
{
	Book	   *book = r->book;
	bool		region_word = false;
	char		region_of[CODE_LEN] = "";	/* "the Belarusian region": BY */
	size_t		named_to = r->from;
	const PlaceMention *before = NULL;

	r->places.n = 0;
	r->group = false;
	for (; *pm < book->n_place_mentions &&
		 book->place_mentions[*pm].sentence_ordinal <= st->ordinal; (*pm)++)
	{
		const PlaceMention *m = &book->place_mentions[*pm];
		size_t		b = r->byte_at[m->char_start - 1],
					e = r->byte_at[m->char_end - 1];
		size_t		n = strlen(m->code);

		if (m->sentence_ordinal != st->ordinal)
			continue;
		/* "the region" between the names: a region named before */
		if (any_word(r->s, named_to, b, region_words))
		{
			region_word = true;
			if (before != NULL && next_word_in(r->s, named_to, b, region_words) &&
				country_len(before->code) < CODE_LEN)
				snprintf(region_of, CODE_LEN, "%.*s", (int) country_len(before->code), before->code);
		}
		named_to = e;
		before = m;
		if (strcmp(m->kind, "group") == 0)
			r->group = true;
		if (strcmp(m->kind, "group") == 0 || in_figure(r, b, e) || venue(r, m, b, e))
			continue;
		if (strchr(m->code, '-') != NULL && names_company(r->s, b, e, r->to))
			n = country_len(m->code);
		set_add(&r->places, m->code, n);
	}
	if (any_word(r->s, named_to, r->to, region_words))
	{
		region_word = true;
		if (before != NULL && next_word_in(r->s, named_to, r->to, region_words) &&
			country_len(before->code) < CODE_LEN)
			snprintf(region_of, CODE_LEN, "%.*s", (int) country_len(before->code), before->code);
	}

	/*
	 * "the Belarusian region": the Belarusian region named before; "the
	 * region's trade with Kyrgyzstan": a region of a country not named.
	 */
	if (region_word)
		for (int i = 0; i < carry->places.n; i++)
		{
			const char *code = carry->places.codes[i];
			bool		named = false;

			if (strchr(code, '-') == NULL)
				continue;
			for (int k = 0; k < r->places.n; k++)
				named |= same_country(code, r->places.codes[k]);
			if (region_of[0] ? same_country(code, region_of) : !named)
				set_add(&r->places, code, strlen(code));
		}
	set_drop_covered(&r->places);
}

/* Count the sides the sentence names; the article's subject is named most. */
static void
count_sides(Carry *carry, const PlaceSet *set)
{
	for (int i = 0; i < set->n; i++)
	{
		size_t		n = country_len(set->codes[i]);
		int			k = 0;

		while (k < carry->nseen && !(strlen(carry->seen[k]) == n &&
									 strncmp(carry->seen[k], set->codes[i], n) == 0))
			k++;
		if (k == carry->nseen)
		{
			if (k == 64 || n >= CODE_LEN)
				continue;
			memcpy(carry->seen[k], set->codes[i], n);
			carry->seen[k][n] = '\0';
			carry->seen_count[k] = 0;
			carry->nseen++;
		}
		carry->seen_count[k]++;
	}
}

static const char *
article_subject(const Carry *carry)
{
	int			best = -1;

	for (int k = 0; k < carry->nseen; k++)
		if (best < 0 || carry->seen_count[k] > carry->seen_count[best])
			best = k;
	return best < 0 ? NULL : carry->seen[best];
}

/* indicators of flows between two sides, which a figure gives both of */
static bool
bilateral(const char *indicator)
{
	static const char *const flows[] = {
		"trade_turnover", "trade_balance", "exports", "imports", "services_trade",
		"contracts", "investment", "production", NULL
	};

	for (int k = 0; flows[k]; k++)
		if (strcmp(indicator, flows[k]) == 0)
			return true;
	return false;
}

static bool
is_union(const char *code)
{
	return strchr(code, '-') == NULL && strlen(code) > 2;
}

static void
figure_places(const Reading *r, const Carry *carry, const char *indicator, PlaceSet *out)
{
	bool		carried = r->places.n == 0;
	bool		group = r->group;

	*out = carried ? carry->places : r->places;
	/* the sentence before named a group and no partner: "with ASEAN" */
	if (carry->group && out->n > 0)
	{
		bool		partner = false;

		for (int i = 0; i < carry->places.n; i++)
			partner |= !same_country(carry->places.codes[i], out->codes[0]);
		group |= !partner;
	}
	/* a union's own figures, carried on: "The union's map ... $270 billion" */
	if (carried && out->n == 1 && is_union(out->codes[0]))
		group = true;
	/*
	 * A flow naming one side takes the partner from the sentences before,
	 * else the article's subject, else the last pair named.  Not where the
	 * partner is a group with no code of its own ("with ASEAN").
	 */
	if (one_side(out) && bilateral(indicator) && !group)
	{
		const char *subject = article_subject(carry);

		/* "with this country": the partner's country, not its region */
		bool		country = any_word(r->s, r->from, r->to,
									   (const char *const[]) {"country", NULL});

		for (int i = 0; i < carry->places.n; i++)
			if (!same_country(carry->places.codes[i], out->codes[0]))
				set_add(out, carry->places.codes[i],
						country ? country_len(carry->places.codes[i]) : strlen(carry->places.codes[i]));
		if (one_side(out) && subject != NULL && !same_country(subject, out->codes[0]))
			set_add(out, subject, strlen(subject));
		for (int i = 0; i < carry->pair.n && one_side(out); i++)
			if (!same_country(carry->pair.codes[i], out->codes[0]))
				set_add(out, carry->pair.codes[i], strlen(carry->pair.codes[i]));
	}
	set_drop_covered(out);
}

static int
code_order(const void *a, const void *b)
{
	return strcmp((const char *) a, (const char *) b);
}

static char *
places_literal(PlaceSet *set)
{
	Text		t = {0};

	qsort(set->codes, set->n, CODE_LEN, code_order);
	text_putc(&t, '{');
	for (int i = 0; i < set->n; i++)
	{
		if (i > 0)
			text_putc(&t, ',');
		text_append(&t, set->codes[i], strlen(set->codes[i]));
	}
	text_putc(&t, '}');
	text_putc(&t, '\0');
	return t.data;
}

/* --- periods ---------------------------------------------------------- */

/* the end of the figure nearest before pos in the sentence, or the start */
static size_t
figure_end_before(const Reading *r, size_t pos)
{
	size_t		b = r->from;

	for (int i = 0; i < r->nfigures; i++)
	{
		const Mention *m = &r->book->mentions[r->figures[i]];
		size_t		e = r->byte_at[m->char_end - 1];

		if (e <= pos && e > b)
			b = e;
	}
	return b;
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

static void
read_periods(Reading *r, int first, int last)
{
	Book	   *book = r->book;

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

	for (int i = 0; i < r->nperiods; i++)
	{
		const PeriodHere *ph = &r->periods[i];

		if (ph->base || (ph->since && !change))
			continue;
		/* before "aims to": a year it is for; a day or month it was set on */
		if (ph->from < not_before && ph->period.grain < EC_GRAIN_YEAR)
			continue;
		if (ph->to <= fb)
			before = i;
		else if (ph->from >= fe && after < 0)
			after = i;
	}
	if (after >= 0)
	{
		size_t		w = word_before(r->s, fe, r->periods[after].from);

		/* "totalled $111.7 million in 2020" */
		if (w >= fe && word_at(r->s, w, r->periods[after].from, "in") &&
			word_before(r->s, fe, w) == w)
			before = after;
		else if (before < 0)
			before = after;
	}
	if (before < 0)
		return false;
	*out = r->periods[before].period;
	if (r->periods[before].since)
		for (int i = before + 1; i < r->nperiods; i++)
			if (!r->periods[i].base && !r->periods[i].since)
			{
				span(&r->periods[before].period, &r->periods[i].period, out);
				break;
			}
	return true;
}

/* --- change ----------------------------------------------------------- */

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
			for (int k = 0; fall_words[k]; k++)
				if (word_at(s, v, w, fall_words[k]))
					return "decrease";
			for (int k = 0; rise_words[k]; k++)
				if (word_at(s, v, w, rise_words[k]) && !word_at(s, v, w, "more"))
					return "increase";
			if (v == seg || word_before(s, seg, v) == v)
				break;
		}
		return "increase";
	}
	if (w < fb)
	{
		if (word_at(s, w, fb, "up"))
			return "increase";
		for (int k = 0; fall_words[k]; k++)
			if (word_at(s, w, fb, fall_words[k]))
				return "decrease";
		for (int k = 0; rise_words[k]; k++)
			if (word_at(s, w, fb, rise_words[k]) && !word_at(s, w, fb, "more"))
				return "increase";
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
sentence_citation(const Book *book, const Sentence *st)
{
	int			before = -1;

	for (int i = 0; i < book->n_citations; i++)
	{
		const Citation *c = &book->citations[i];

		if (c->paragraph_ordinal != st->paragraph_ordinal)
			continue;
		if (c->char_offset >= st->char_start)
			return i;
		before = i;
	}
	return before;
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

	int			cite = sentence_citation(book, st);
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

		f->mention = r->figures[i];
		f->sentence_ordinal = st->ordinal;

		size_t		target_at = first_word_of(r->s, r->from, fb, target_words);
		size_t		after = word_after(r->s, fe, r->to);

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
			/* "from $4.5bn to $11.6bn" in 2016-2021: each end its own year */
			if (from_fig || (to_fig && prev_from))
			{
				EcPeriod	p = period;

				if (period.grain == EC_GRAIN_YEARS)
					end_year(&p, !from_fig, &period);
				else if (from_fig)
					ec_period_shift_years(&p, -1, &period);
			}
			char		buf[EC_PERIOD_BUFLEN];

			ec_period_format(&period, buf);
			f->period = book_strndup(buf, strlen(buf));
		}

		/* where */
		figure_places(r, carry, f->indicator, &places);
		f->places = places_literal(&places);

		if (cite >= 0)
		{
			f->footnote_number = book->citations[cite].footnote_number;
			for (int k = 0; k < book->n_footnotes; k++)
				if (book->footnotes[k].number == f->footnote_number)
					f->source_url = book->footnotes[k].url;
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
				sn = 0;
	Carry		carry = {0};
	int			article = 0;

	for (int pi = 0; pi < book->n_paragraphs; pi++)
	{
		const Paragraph *p = &book->paragraphs[pi];
		size_t	   *byte_at = malloc(sizeof(size_t) * (p->body_len + 2));
		int			nchars = 0;
		int			first,
					last;
		Reading		r = {book, indicators, p, byte_at, p->body};

		if (byte_at == NULL)
			abort();
		for (size_t b = 0; b < p->body_len; b++)
			if (((unsigned char) p->body[b] & 0xC0) != 0x80)
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
		r.figures = malloc(sizeof(int) * (last - first + 1));
		r.periods = malloc(sizeof(PeriodHere) * (last - first + 1));
		if (r.figures == NULL || r.periods == NULL)
			abort();

		for (; sn < book->n_sentences && book->sentences[sn].paragraph_ordinal <= p->ordinal; sn++)
		{
			const Sentence *st = &book->sentences[sn];
			int			a = first,
						b;

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
					r.figures[r.nfigures++] = k;
			read_periods(&r, a, b);
			read_places(&r, st, &pm, &carry);
			count_sides(&carry, &r.places);
			read_sentence(&r, st, &carry);
		}
		free(r.figures);
		free(r.periods);
		free(byte_at);
	}
}
