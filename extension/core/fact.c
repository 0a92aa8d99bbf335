/*
 * fact.c
 *		The rules that make a figure of a sentence a fact (test/eval/README.md,
 *		"Facts").  The text is read between figures: a figure takes the
 *		indicator cue before it back to the figure before it, else the one
 *		after it; the nearest period of its sentence that is not a base of
 *		comparison ("compared to 2020"), else the period the sentence before
 *		left in force; the places of its sentence, else those of the last
 *		sentence that named any, and a flow (trade, exports, contracts) that
 *		names one side only takes its partner from there too.
 */
#include <string.h>

#include "calendar.h"
#include "fact_int.h"
#include "words.h"

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


/* a list of as many sides or more is an enumeration */
#define ENUMERATION_SIDES 4

/* --- periods ---------------------------------------------------------- */

int
ec_count_below(const size_t *v, int n, size_t x, bool or_equal)
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
	int			k = ec_count_below(r->figure_to, r->nfigures, pos, true);

	return k > 0 && r->figure_to[k - 1] > r->from ? r->figure_to[k - 1] : r->from;
}

static bool
is_base(const Reading *r, size_t from, size_t to)
{
	size_t		w = ec_word_before(r->s, r->from, from);
	size_t		back = from > r->from + 40 ? from - 40 : r->from;

	if (ec_find(r->s + from, to - from, "same period") >= 0 ||
		ec_find(r->s + from, to - from, "previous year") >= 0)
		return true;
	if (ec_any_word(r->s, back > figure_end_before(r, from) ? back : figure_end_before(r, from),
				 from, base_words))
		return true;
	/* "137.2 per cent of the 2020 level" */
	if (ec_word_at(r->s, ec_word_after(r->s, to - 1, r->to), r->to, "level"))
		return true;
	/* "47.9% growth by 2020", "1.5 times by 2018": the base, after a change */
	if (w < from && ec_word_at(r->s, w, from, "by"))
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
read_periods(Reading *r)
{
	int			n;

	r->nperiods = 0;
	for (int i = 0; i < r->nmentions; i++)
	{
		const EcMention *m = &r->mentions[i];
		PeriodHere *ph;

		if (m->kind != EC_MENTION_PERIOD || !m->has_period)
			continue;
		ph = &r->periods[r->nperiods];
		ph->period = m->period;
		ph->from = m->start;
		ph->to = m->end;
		ph->since = ph->period.mod == EC_MOD_ON_OR_AFTER;
		ph->base = is_base(r, ph->from, ph->to);
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

	while (w < to && !ec_word_char((unsigned char) s[w]))
		w++;
	if (!ec_word_at(s, w, to, "in"))
		return false;
	for (w += 2; w < to; w++)
		if (ec_word_char((unsigned char) s[w]))
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

/* The direction the word at s[v] names, within s[v, to); none for "more". */
static EcChange
word_direction(const char *s, size_t v, size_t to)
{
	if (ec_next_word_in(s, v, to, fall_words))
		return EC_CHANGE_DECREASE;
	if (ec_next_word_in(s, v, to, rise_words) && !ec_word_at(s, v, to, "more"))
		return EC_CHANGE_INCREASE;
	return EC_CHANGE_NONE;
}

/*
 * An increase or a decrease for a change, none for a level.  seg is where the
 * text of this figure starts (after the figure before it).
 */
static EcChange
figure_change(const Reading *r, const EcMention *m, size_t seg, size_t fb, size_t fe,
			  EcChange prev_change, EcMentionKind prev_kind)
{
	const char *s = r->s;
	size_t		w = ec_skip_fillers_back(s, seg, fb);
	size_t		next = ec_word_after(s, fe, r->to);
	bool		by = w < fb && ec_word_at(s, w, fb, "by");
	bool		rise_before = ec_any_word(s, seg, fb, rise_words);
	bool		fall_before = ec_any_word(s, seg, fb, fall_words);
	bool		is_amount = m->kind == EC_MENTION_AMOUNT;

	/* the word right before: "by", "to" (not "to double"), a verb */
	if (w < fb && ec_word_at(s, w, fb, "to") && m->kind != EC_MENTION_RATIO)
		return EC_CHANGE_NONE;
	if (by)
	{
		size_t		v = ec_word_before(s, seg, w);

		/* the verb nearest before "by" decides; a rise by default */
		for (; v < w; v = ec_word_before(s, seg, v))
		{
			EcChange	d = word_direction(s, v, w);

			if (d != EC_CHANGE_NONE)
				return d;
			if (v == seg || ec_word_before(s, seg, v) == v)
				break;
		}
		return EC_CHANGE_INCREASE;
	}
	if (w < fb)
	{
		if (ec_word_at(s, w, fb, "up"))
			return EC_CHANGE_INCREASE;
		if (word_direction(s, w, fb) != EC_CHANGE_NONE)
			return word_direction(s, w, fb);
	}
	if (is_amount)
		return EC_CHANGE_NONE;
	/* the word after: "47.9% growth", "a sevenfold increase", "2.2 times more" */
	if (next < r->to)
	{
		if (ec_next_word_in(s, next, r->to, fall_words))
			return EC_CHANGE_DECREASE;
		if (ec_next_word_in(s, next, r->to, rise_words) ||
			ec_word_at(s, next, r->to, "growth"))
			return EC_CHANGE_INCREASE;
	}
	/* growth written as an index: "a growth rate of 107.2 per cent" */
	if (ec_word_at(s, next, r->to, "of") && ec_any_word(s, next, r->to > next + 30 ? next + 30 : r->to,
												  (const char *const[]) {"level", NULL}))
		return EC_CHANGE_INCREASE;
	if (ec_find(s + seg, fb - seg, "rate") >= 0 && rise_before)
		return EC_CHANGE_INCREASE;
	if (m->kind == EC_MENTION_RATIO)
		return fall_before ? EC_CHANGE_DECREASE : EC_CHANGE_INCREASE;
	/* a list of changes: "industrial output was 4.3%, cargo - 5.2%" */
	if (prev_change != EC_CHANGE_NONE && prev_kind == m->kind &&
		!rise_before && !fall_before)
		return prev_change;
	if (fall_before && !rise_before)
		return EC_CHANGE_DECREASE;
	if (rise_before)
		return ec_any_word(s, seg, fb, (const char *const[]) {"share", "accounts", "accounted", NULL})
			? EC_CHANGE_NONE : EC_CHANGE_INCREASE;
	return EC_CHANGE_NONE;
}

/* --- the sentence ----------------------------------------------------- */

void
ec_read_sentence(Reading *r, EcFactCarry *carry, const EcFactHooks *hooks)
{
	EcChange	prev_change = EC_CHANGE_NONE;
	EcStatus	status_in_force = EC_STATUS_ACTUAL;
	bool		actual_seen = false;
	EcFact		prev_fact;
	EcMentionKind prev_kind = 0;
	const char *prev_indicator = NULL,
			   *last_cue = NULL;
	bool		own = false,
				prev_from = false;
	bool		blocked = ec_rolling_span(r->s, r->from, r->to);
	int			named = -1;		/* "during this period": asked once, when needed */
	size_t		first_target = r->nfigures > 0 ? ec_first_word_of(r->s, r->from, r->to, target_words) : r->to;
	size_t		where;
	const EcCue *c;

	read_periods(r);
	for (int i = 0; i < r->nfigures; i++)
	{
		const EcMention *m = &r->mentions[r->figures[i]];
		size_t		fb = m->start,
					fe = m->end;
		size_t		seg = i > 0 ? r->figure_to[i - 1] : r->from;
		size_t		next = i + 1 < r->nfigures ? r->figure_from[i + 1] : r->to;
		EcFact		f = {m, r->first_mention + r->figures[i], r->sentence.index};
		size_t		w = ec_skip_fillers_back(r->s, seg, fb);
		bool		amount = m->kind == EC_MENTION_AMOUNT;
		bool		from_fig = amount && w < fb && ec_word_at(r->s, w, fb, "from");
		bool		to_fig = amount && w < fb && ec_word_at(r->s, w, fb, "to");
		size_t		target_at = ec_first_word_before(r->s, r->from, fb, first_target, target_words);
		size_t		after = ec_word_after(r->s, fe, r->to);

		/*
		 * What it measures: "35.5% of EAEU imports", "$900 million worth of
		 * import-substituting products"; else the cue before.
		 */
		if (((m->kind == EC_MENTION_PERCENT && ec_word_at(r->s, after, r->to, "of")) ||
			 (ec_word_at(r->s, after, r->to, "worth") &&
			  ec_word_at(r->s, ec_word_after(r->s, after, r->to), r->to, "of"))) &&
			(c = ec_cue_find(r->s, after, next < after + 50 ? next : after + 50, false, &where)) != NULL)
			f.indicator = c->code;
		else if ((c = ec_cue_find(r->s, seg, fb, true, &where)) != NULL)
			f.indicator = c->code;
		else if (prev_indicator != NULL)
			f.indicator = prev_indicator;
		else if ((c = ec_cue_find(r->s, fe, next, false, &where)) != NULL)
			f.indicator = c->code;
		else if (carry->indicator != NULL)
			f.indicator = carry->indicator;
		else
			f.indicator = "other";
		prev_indicator = f.indicator;

		f.change = figure_change(r, m, seg, fb, fe, prev_change, prev_kind);
		prev_change = f.change;
		prev_kind = m->kind;

		f.status = ec_figure_status(r, seg, fb, fe, &status_in_force);
		actual_seen |= f.status == EC_STATUS_ACTUAL;

		/* when; a plan or forecast with no period of its own has none */
		f.has_period = own_period(r, fb, fe, f.change != EC_CHANGE_NONE,
								  target_at < fb ? target_at : r->from, &f.period);
		if (f.has_period)
			own = true;
		else if (carry->has_period &&
				 ((!blocked && target_at == fb && f.status == EC_STATUS_ACTUAL) ||
				  (named < 0 ? (named = ec_any_phrase(r->s, r->from, r->to, same_period_words)) : named)))
		{
			f.period = f.change != EC_CHANGE_NONE && carry->has_span ? carry->span : carry->period;
			f.has_period = true;
		}
		/* "from $4.5bn to $11.6bn" in 2016-2021: each end its own year */
		if (f.has_period && (from_fig || (to_fig && prev_from)))
		{
			EcPeriod	p = f.period;

			if (p.grain == EC_GRAIN_YEARS)
				end_year(&p, !from_fig, &f.period);
			else if (from_fig && !ec_period_shift_years(&p, -1, &f.period))
				f.period = p;
		}

		/* where */
		ec_figure_places(r, carry, f.indicator, seg, fb, &f.places);
		ec_place_set_sort(&f.places);
		f.groups = r->groups.n > 0 || r->places.n > 0 ? r->groups : carry->groups;
		ec_place_set_sort(&f.groups);
		ec_flow_direction(r, carry, i, i > 0 ? &prev_fact : NULL, &f);
		if (i + 1 == r->nfigures && f.places.n > 0 && r->places.n > 0)
		{
			carry->places = f.places;
			carry->group = r->group;
			carry->groups = r->groups;
		}
		if (i + 1 == r->nfigures && ec_sides(&f.places) == 2)
			carry->pair = f.places;
		prev_from = from_fig;
		prev_fact = f;
		if (f.origin.n > 0 || f.destination.n > 0)
		{
			carry->flow_indicator = f.indicator;
			carry->flow_origin = f.origin;
			carry->flow_destination = f.destination;
		}
		hooks->fact(&f, hooks->arg);
	}

	/*
	 * What the next sentence inherits; not the time of a plan or forecast
	 * ("to double exports by 2030"): a sentence of those alone leaves the
	 * period in force as it was.
	 */
	for (int i = actual_seen || r->nfigures == 0 ? r->nperiods - 1 : -1; i >= 0; i--)
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
	if (!own && blocked && (actual_seen || r->nfigures == 0))
		carry->has_period = false;
	if (r->places.n > 0)
		ec_flow_hints(r, carry);
	/*
	 * A list of many countries with no figure ("Among the participating
	 * countries were Armenia, China, ... and the Czech Republic") says who
	 * took part in something, not what the figures after it are about.
	 */
	if (r->places.n > 0 && r->nfigures == 0 && ec_sides(&r->places) < ENUMERATION_SIDES)
	{
		carry->places = r->places;
		carry->group = r->group;
		carry->groups = r->groups;
	}
	if (ec_sides(&r->places) == 2)
		carry->pair = r->places;
	if ((c = ec_cue_find(r->s, r->from, r->to, true, &where)) != NULL)
		last_cue = c->code;
	carry->indicator = r->nfigures > 0 ? prev_indicator : last_cue;
}

const char *
ec_change_name(EcChange change)
{
	switch (change)
	{
		case EC_CHANGE_INCREASE:
			return "increase";
		case EC_CHANGE_DECREASE:
			return "decrease";
		default:
			return NULL;
	}
}
