/*
 * period_parse.c
 *		The grammar of periods, as economic prose and ISO 8601 write them.
 *
 *	period   := [modifier...] [the] core [MODIFIER]
 *	core     := iso | day-first | month-first | ordinal-led | "H1"/"Q1" |
 *				"9 months" | "1Q"/"1H" | half-year | season | "the same
 *				period of" year | "FY2023" | "year's end" | "the year to"
 *				day | "last month" | a year on its own ("last year",
 *				"[2021]")
 *	year     := [of [the]] (YYYY | "[YYYY]" | this [YYYY] year | last year |
 *				two years ago | ...), or nothing: the year from context
 *
 * Each rule takes a position and returns the position after what it read,
 * or 0; rules that recognise a period gone wrong (Q5, month 13) record a
 * hard error, which stops the search for other readings.
 */
#include "period.h"

#include <string.h>

#include "calendar.h"
#include "decimal.h"
#include "russian.h"
#include "text.h"

typedef struct Parser
{
	const char *s;
	size_t		len;
	EcPeriodError *err;
	bool		failed;			/* a hard error is recorded in err */
} Parser;

static size_t
sp(const Parser *P, size_t p)
{
	return ec_skip_spaces(P->s, P->len, p);
}

/*
 * phrase at q exactly; the first byte is compared here so that scanning a
 * table of phrases costs little more than a loop over first letters
 */
static inline size_t
match_at(const Parser *P, size_t q, const char *phrase)
{
	if (q >= P->len || ec_lower((unsigned char) P->s[q]) != (unsigned char) phrase[0])
		return 0;
	return ec_match_phrase(P->s, P->len, q, phrase);
}

/* phrase at p, after optional white space */
static size_t
kw(const Parser *P, size_t p, const char *phrase)
{
	return match_at(P, sp(P, p), phrase);
}

static size_t
hard(Parser *P, EcPeriodStatus status, size_t pos, size_t end)
{
	if (!P->failed)
	{
		P->failed = true;
		P->err->status = status;
		P->err->pos = pos;
		P->err->len = end > pos ? end - pos : 0;
	}
	return 0;
}

static bool
is_digit_at(const Parser *P, size_t p)
{
	return p < P->len && ec_is_digit((unsigned char) P->s[p]);
}

/* digits at p (no white space first); *count of them */
static size_t
digits(const Parser *P, size_t p, int *value, int *count)
{
	size_t		q = p;
	int			v = 0;

	while (is_digit_at(P, q))
	{
		if (v < 1000000)
			v = v * 10 + (P->s[q] - '0');
		q++;
	}
	if (q == p)
		return 0;
	*value = v;
	*count = (int) (q - p);
	return q;
}

/* a dash, with optional white space around it */
static size_t
dash(const Parser *P, size_t p)
{
	size_t		q = sp(P, p);
	size_t		n = ec_dash_len(P->s, P->len, q);

	return n ? sp(P, q + n) : 0;
}

/* a dash, or "to" / "till" / "through" between the ends of a range */
static size_t
range_sep(const Parser *P, size_t p)
{
	size_t		q = dash(P, p);

	if (q)
		return q;
	if ((q = kw(P, p, "to")) || (q = kw(P, p, "through")) || (q = kw(P, p, "till")))
		return sp(P, q);
	/* "с января по октябрь": "по" is the range's own word */
	q = sp(P, p);
	if (q + 4 <= P->len && memcmp(P->s + q, "\xD0\xBF\xD0\xBE", 4) == 0 &&
		!ec_ru_letter_at(P->s, P->len, q + 4))
		return sp(P, q + 4);
	return 0;
}

/*
 * Does a figure's unit follow the number that ends at p?  "October 17 to 18
 * per cent" is a day and a percentage, not a run of days.
 */
static bool
figure_follows(const Parser *P, size_t p)
{
	static const char *const units[] = {"per", "percent", "pct", "times", "points"};
	int			scale;

	p = sp(P, p);
	if (p < P->len && (P->s[p] == '%' || ec_is_digit((unsigned char) P->s[p])))
		return true;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (match_at(P, p, units[i]))
			return true;
	return ec_lex_scale(P->s, P->len, p, &scale) != 0;
}

static const struct
{
	const char *name;
	int			month;
}			month_names[] =
{
	{"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
	{"june", 6}, {"july", 7}, {"august", 8}, {"september", 9},
	{"october", 10}, {"november", 11}, {"december", 12},
	{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
	{"aug", 8}, {"sept", 9}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

size_t
ec_lex_month(const char *s, size_t len, size_t pos, int *month)
{
	if (pos >= len)
		return 0;
	if (!ec_is_alpha((unsigned char) s[pos]))
		return ec_ru_month(s, len, pos, month);
	for (size_t i = 0; i < sizeof(month_names) / sizeof(month_names[0]); i++)
	{
		size_t		end;

		if (ec_lower((unsigned char) s[pos]) != (unsigned char) month_names[i].name[0] ||
			(end = ec_match_phrase(s, len, pos, month_names[i].name)) == 0)
			continue;
		*month = month_names[i].month;
		/* "Nov." */
		if (i >= 12 && end < len && s[end] == '.')
			end++;
		return end;
	}
	return 0;
}

static size_t
month_name(const Parser *P, size_t p, int *month)
{
	return ec_lex_month(P->s, P->len, sp(P, p), month);
}

/* a cardinal 1..12 in digits or words */
static size_t
cardinal(const Parser *P, size_t p, int *n)
{
	static const char *const words[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve"
	};
	int			count;
	size_t		end;

	p = sp(P, p);
	if ((end = digits(P, p, n, &count)) != 0)
		return ec_word_ends_at(P->s, P->len, end) ? end : 0;
	for (int i = 0; i < 12; i++)
		if ((end = match_at(P, p, words[i])) != 0)
		{
			*n = i + 1;
			return end;
		}
	return 0;
}

/* first..fourth, 1st..4th, last (-1); with roman, also I..IV */
static size_t
ordinal(const Parser *P, size_t p, bool roman, int *n)
{
	static const struct
	{
		const char *word;
		int			n;
		bool		roman;
	}			ordinals[] =
	{
		{"first", 1, false}, {"second", 2, false}, {"third", 3, false},
		{"fourth", 4, false}, {"last", -1, false}, {"1st", 1, false},
		{"2nd", 2, false}, {"3rd", 3, false}, {"4th", 4, false},
		{"iii", 3, true}, {"ii", 2, true}, {"iv", 4, true}, {"i", 1, true},
	};

	p = sp(P, p);
	for (size_t i = 0; i < sizeof(ordinals) / sizeof(ordinals[0]); i++)
	{
		size_t		end;

		if (ordinals[i].roman && !roman)
			continue;
		if ((end = match_at(P, p, ordinals[i].word)) != 0)
		{
			*n = ordinals[i].n;
			return end;
		}
	}
	return 0;
}

static void
set_months(EcPeriodSpec *spec, int grain, int m1, int m2)
{
	spec->grain = (uint8_t) grain;
	spec->start_month = m1;
	spec->end_month = m2;
	spec->start_day = 0;
	spec->end_day = 0;
	/* "December - February 2022": the year written belongs to the end */
	spec->start_dy = m2 < m1 ? -1 : 0;
	spec->end_dy = 0;
}

/* ---- the year slot ------------------------------------------------------ */

/* a phrase that counts a year or a month from another: "last year", "next month" */
typedef struct RelativePhrase
{
	const char *phrase;
	int			offset;
	EcYearKind	kind;
} RelativePhrase;

/* a four-digit year at p, ending a word ("2021", not "20215" or "2021s") */
static size_t
year4(const Parser *P, size_t p, int *year)
{
	int			count;
	size_t		end = digits(P, p, year, &count);

	return end && count == 4 && ec_word_ends_at(P->s, P->len, end) ? end : 0;
}

/* "[2021]": the editor's year */
static size_t
editor_year(const Parser *P, size_t p, int *year)
{
	size_t		q = sp(P, p);

	if (q >= P->len || P->s[q] != '[')
		return 0;
	q = year4(P, sp(P, q + 1), year);
	if (!q)
		return 0;
	q = sp(P, q);
	return q < P->len && P->s[q] == ']' ? q + 1 : 0;
}

/*
 * A year, after optional "of" / "of the"; sets the year fields of spec.
 * Returns the end, or p with year_kind MISSING when there is none.
 */
static size_t
year_slot(const Parser *P, size_t p, EcPeriodSpec *spec)
{
	static const RelativePhrase relative[] =
	{
		{"this year", 0, EC_YEAR_DEICTIC}, {"the current year", 0, EC_YEAR_DEICTIC},
		{"current year", 0, EC_YEAR_DEICTIC}, {"the year before", -1, EC_YEAR_ANAPHORIC},
		{"the year", 0, EC_YEAR_ANAPHORIC}, {"the same year", 0, EC_YEAR_ANAPHORIC},
		{"last year", -1, EC_YEAR_DEICTIC}, {"the previous year", -1, EC_YEAR_ANAPHORIC},
		{"previous year", -1, EC_YEAR_ANAPHORIC}, {"the preceding year", -1, EC_YEAR_ANAPHORIC},
		{"a year ago", -1, EC_YEAR_DEICTIC}, {"a year earlier", -1, EC_YEAR_ANAPHORIC},
		{"next year", 1, EC_YEAR_DEICTIC}, {"the next year", 1, EC_YEAR_ANAPHORIC},
		{"the following year", 1, EC_YEAR_ANAPHORIC}, {"the coming year", 1, EC_YEAR_DEICTIC},
		{"the past year", -1, EC_YEAR_DEICTIC}, {"past year", -1, EC_YEAR_DEICTIC},
		{"a year prior", -1, EC_YEAR_ANAPHORIC}, {"the prior year", -1, EC_YEAR_ANAPHORIC},
		{"prior year", -1, EC_YEAR_ANAPHORIC},
	};
	/* Russian, in the cases a year takes after a period or "в"; asked only before Cyrillic */
	static const RelativePhrase relative_ru[] =
	{
		{"текущего года", 0, EC_YEAR_DEICTIC}, {"текущем году", 0, EC_YEAR_DEICTIC},
		{"текущий год", 0, EC_YEAR_DEICTIC}, {"этого года", 0, EC_YEAR_DEICTIC},
		{"этом году", 0, EC_YEAR_DEICTIC}, {"нынешнего года", 0, EC_YEAR_DEICTIC},
		{"нынешнем году", 0, EC_YEAR_DEICTIC}, {"прошлого года", -1, EC_YEAR_DEICTIC},
		{"прошлом году", -1, EC_YEAR_DEICTIC}, {"прошлый год", -1, EC_YEAR_DEICTIC},
		{"следующего года", 1, EC_YEAR_DEICTIC}, {"следующем году", 1, EC_YEAR_DEICTIC},
		{"будущего года", 1, EC_YEAR_DEICTIC}, {"будущем году", 1, EC_YEAR_DEICTIC},
		{"позапрошлого года", -2, EC_YEAR_DEICTIC}, {"позапрошлом году", -2, EC_YEAR_DEICTIC},
		{"годом ранее", -1, EC_YEAR_ANAPHORIC}, {"годом раньше", -1, EC_YEAR_ANAPHORIC},
		{"предыдущего года", -1, EC_YEAR_ANAPHORIC}, {"предыдущем году", -1, EC_YEAR_ANAPHORIC},
		{"предыдущий год", -1, EC_YEAR_ANAPHORIC},
		/* "с начала года", "до конца года": the year spoken of */
		{"года", 0, EC_YEAR_ANAPHORIC}, {"году", 0, EC_YEAR_ANAPHORIC},
	};
	size_t		q = p;
	size_t		end;
	int			n;
	bool		ru;
	const RelativePhrase *phrases;
	size_t		nphrases;

	spec->year_kind = EC_YEAR_MISSING;
	spec->year = 0;
	if ((end = kw(P, q, "of")) != 0)
		q = end;
	q = sp(P, q);
	if ((end = year4(P, q, &spec->year)) != 0)
	{
		spec->year_kind = EC_YEAR_ABSOLUTE;
		return end;
	}
	/* "October (2021)": the year in brackets is still the text's own */
	if (q < P->len && P->s[q] == '(' && (end = year4(P, sp(P, q + 1), &spec->year)) != 0 &&
		(end = sp(P, end)) < P->len && P->s[end] == ')')
	{
		spec->year_kind = EC_YEAR_ABSOLUTE;
		return end + 1;
	}
	/* "the year 2022" */
	if ((end = match_at(P, q, "the year")) != 0 &&
		(end = year4(P, sp(P, end), &spec->year)) != 0)
	{
		spec->year_kind = EC_YEAR_ABSOLUTE;
		return end;
	}
	/* "last [2020] year": the editor's year inside a relative phrase */
	if ((end = match_at(P, q, "last")) != 0 || (end = match_at(P, q, "previous")) != 0 ||
		(end = match_at(P, q, "the previous")) != 0)
	{
		size_t		e2 = editor_year(P, end, &spec->year);

		if (e2 && (e2 = kw(P, e2, "year")) != 0)
		{
			spec->year_kind = EC_YEAR_EDITOR;
			return e2;
		}
	}
	if ((end = editor_year(P, q, &spec->year)) != 0)
	{
		spec->year_kind = EC_YEAR_EDITOR;
		/* "[2021] year" */
		return kw(P, end, "year") ? kw(P, end, "year") : end;
	}
	/* "this [2021] year", "the current [2021] year", "this [2019]" */
	if ((end = kw(P, q, "this")) != 0 || (end = kw(P, q, "the current")) != 0)
	{
		size_t		e2 = editor_year(P, end, &spec->year);

		if (e2)
		{
			spec->year_kind = EC_YEAR_EDITOR;
			return kw(P, e2, "year") ? kw(P, e2, "year") : e2;
		}
	}
	ru = ec_ru_letter_at(P->s, P->len, q);
	phrases = ru ? relative_ru : relative;
	nphrases = ru ? sizeof(relative_ru) / sizeof(relative_ru[0]) :
		sizeof(relative) / sizeof(relative[0]);
	for (size_t i = 0; i < nphrases; i++)
		if ((end = match_at(P, q, phrases[i].phrase)) != 0)
		{
			size_t		e2;

			/* "last year and a half" is a duration */
			if (kw(P, end, "and a half"))
				return p;
			spec->year_kind = phrases[i].kind;
			spec->year = phrases[i].offset;
			/* "last year [2020]": the editor's year settles it */
			if ((e2 = editor_year(P, end, &spec->year)) != 0)
			{
				spec->year_kind = EC_YEAR_EDITOR;
				return e2;
			}
			return end;
		}
	/* "two years ago" */
	if ((end = cardinal(P, q, &n)) != 0 && (end = kw(P, end, "years ago")) != 0)
	{
		spec->year_kind = EC_YEAR_DEICTIC;
		spec->year = -n;
		return end;
	}
	return p;
}

/* ---- the cores ---------------------------------------------------------- */

/*
 * A code of a half or a quarter at p, case-insensitive: "H1", "Q3", "1H",
 * "3Q"; *letter is 'h' or 'q'.  Returns the end, even when n is out of
 * range.  Digits the code runs into are left for the caller.
 */
static size_t
period_code(const Parser *P, size_t p, char *letter, int *n)
{
	const char *s = P->s;
	size_t		q;
	int			count;

	if (p + 1 >= P->len)
		return 0;
	if (ec_is_alpha((unsigned char) s[p]) && is_digit_at(P, p + 1))
	{
		*letter = (char) ec_lower((unsigned char) s[p]);
		q = digits(P, p + 1, n, &count);
	}
	else if (is_digit_at(P, p) && ec_is_alpha((unsigned char) s[p + 1]))
	{
		*n = s[p] - '0';
		*letter = (char) ec_lower((unsigned char) s[p + 1]);
		q = p + 2;
	}
	else
		return 0;
	return *letter == 'h' || *letter == 'q' ? q : 0;
}

/* "24" or "2024" run into a code, as in "1Q24", "1H2024": the year */
static size_t
attached_year(const Parser *P, size_t p, int *year)
{
	int			count;
	size_t		e = digits(P, p, year, &count);

	if (!e || !ec_word_ends_at(P->s, P->len, e) || (count != 2 && count != 4))
		return 0;
	if (count == 2)
		*year += 2000;
	return e;
}

/*
 * "H1" / "Q3" at p, also "1H" / "3Q", with the year run into it ("1Q24",
 * "1H2024") or after it, and runs of them ("Q1-Q3 2023": months, as
 * ANNOTATION.md takes a run of quarters)
 */
static size_t
half_or_quarter_code(Parser *P, size_t p, EcPeriodSpec *spec)
{
	char		letter,
				letter2;
	int			n,
				n2;
	size_t		q = period_code(P, p, &letter, &n);
	size_t		r,
				e;
	int			year;

	if (!q)
		return 0;
	/* "1Q24", or a code that ends its word */
	e = attached_year(P, q, &year);
	if (e == 0 && !ec_word_ends_at(P->s, P->len, q))
		return 0;
	if (letter == 'h' && (n < 1 || n > 2))
		return hard(P, EC_PERIOD_BAD_HALF, p, q);
	if (letter == 'q' && (n < 1 || n > 4))
		return hard(P, EC_PERIOD_BAD_QUARTER, p, q);
	if (letter == 'h')
		set_months(spec, EC_GRAIN_HALF, n * 6 - 5, n * 6);
	else
		set_months(spec, EC_GRAIN_QUARTER, n * 3 - 2, n * 3);
	if (e)
	{
		spec->year_kind = EC_YEAR_ABSOLUTE;
		spec->year = year;
		return e;
	}
	/* Q1-Q3 */
	if ((r = range_sep(P, q)) != 0 && (e = period_code(P, r, &letter2, &n2)) != 0 &&
		letter2 == letter && n2 > n && n2 <= (letter == 'h' ? 2 : 4))
	{
		int			y2;
		size_t		ye = attached_year(P, e, &y2);

		if (ye || ec_word_ends_at(P->s, P->len, e))
		{
			spec->grain = EC_GRAIN_MONTHS;
			spec->end_month = letter == 'h' ? n2 * 6 : n2 * 3;
			if (ye)
			{
				spec->year_kind = EC_YEAR_ABSOLUTE;
				spec->year = y2;
				return ye;
			}
			return year_slot(P, e, spec);
		}
	}
	return year_slot(P, q, spec);
}

/* ISO 8601 and the forms that start with a four-digit year */
static size_t
iso(Parser *P, size_t p, EcPeriodSpec *spec)
{
	const char *s = P->s;
	int			y,
				y2,
				m,
				m2,
				d,
				d2,
				n,
				count;
	size_t		q,
				r,
				e;

	/* "202X": a decade, TIMEX3 */
	q = digits(P, p, &y, &count);
	if (!q)
		return 0;
	if (count == 3 && q < P->len && (s[q] == 'X' || s[q] == 'x') &&
		ec_word_ends_at(s, P->len, q + 1))
	{
		set_months(spec, EC_GRAIN_DECADE, 1, 12);
		spec->end_dy = 9;
		spec->year_kind = EC_YEAR_ABSOLUTE;
		spec->year = y * 10;
		return q + 1;
	}
	if (count != 4)
		return 0;
	/* "2020s", "2010-е годы", "2020-х": a decade */
	if ((q < P->len && (s[q] == 's' || s[q] == 'S') && ec_word_ends_at(s, P->len, q + 1) && (e = q + 1)) ||
		(e = ec_ru_decade_suffix(s, P->len, q)) != 0)
	{
		if (y % 10 != 0)
			return 0;
		set_months(spec, EC_GRAIN_DECADE, 1, 12);
		spec->end_dy = 9;
		spec->year_kind = EC_YEAR_ABSOLUTE;
		spec->year = y;
		if ((r = ec_ru_year_word(s, P->len, sp(P, e))) != 0)
			e = r;
		return e;
	}
	if (!ec_word_ends_at(s, P->len, q) && s[q] != '-')
		return 0;
	spec->year_kind = EC_YEAR_ABSOLUTE;
	spec->year = y;

	/* forms joined by a hyphen with no space: 2021-H1, 2021-Q1, 2021-11 */
	if (q + 1 < P->len && s[q] == '-')
	{
		r = q + 1;
		if (ec_is_alpha((unsigned char) s[r]) && is_digit_at(P, r + 1))
		{
			char		letter = (char) ec_lower((unsigned char) s[r]);

			e = digits(P, r + 1, &n, &count);
			if ((letter == 'h' || letter == 'q') && ec_word_ends_at(s, P->len, e))
			{
				if (letter == 'h' && (n < 1 || n > 2))
					return hard(P, EC_PERIOD_BAD_HALF, r, e);
				if (letter == 'q' && (n < 1 || n > 4))
					return hard(P, EC_PERIOD_BAD_QUARTER, r, e);
				if (letter == 'h')
					set_months(spec, EC_GRAIN_HALF, n * 6 - 5, n * 6);
				else
					set_months(spec, EC_GRAIN_QUARTER, n * 3 - 2, n * 3);
				return e;
			}
		}
		e = digits(P, r, &m, &count);
		if (e && count == 2)
		{
			if (m < 1 || m > 12)
				return hard(P, EC_PERIOD_BAD_MONTH, p, e);
			/* 2021-10-28 or 2020-12-H2 */
			if (e + 1 < P->len && s[e] == '-')
			{
				size_t		f;

				if ((s[e + 1] == 'H' || s[e + 1] == 'h') &&
					(f = digits(P, e + 2, &n, &count)) != 0 &&
					ec_word_ends_at(s, P->len, f))
				{
					if (n < 1 || n > 2)
						return hard(P, EC_PERIOD_BAD_HALF, e + 1, f);
					set_months(spec, EC_GRAIN_HALF, m, m);
					spec->start_day = n == 1 ? 1 : 16;
					spec->end_day = n == 1 ? 15 : 0;
					return f;
				}
				f = digits(P, e + 1, &d, &count);
				if (!f || count != 2 || !ec_word_ends_at(s, P->len, f))
					return 0;
				set_months(spec, EC_GRAIN_DAY, m, m);
				spec->start_day = spec->end_day = d;
				if (!ec_date_valid(y, m, d))
					return hard(P, EC_PERIOD_BAD_DAY, p, f);
				/* 2021-10-28/2021-10-29 */
				if (f + 1 < P->len && s[f] == '/' &&
					(r = digits(P, f + 1, &y2, &count)) != 0 && count == 4 &&
					r + 6 <= P->len && s[r] == '-' &&
					(r = digits(P, r + 1, &m2, &count)) != 0 && count == 2 &&
					s[r] == '-' && (r = digits(P, r + 1, &d2, &count)) != 0 &&
					count == 2 && ec_word_ends_at(s, P->len, r))
				{
					if (!ec_date_valid(y2, m2, d2))
						return hard(P, EC_PERIOD_BAD_DAY, f + 1, r);
					spec->end_month = m2;
					spec->end_day = d2;
					spec->end_dy = y2 - y;
					if (y2 != y || m2 != m || d2 != d)
						spec->grain = EC_GRAIN_DAYS;
					return r;
				}
				return f;
			}
			if (!ec_word_ends_at(s, P->len, e))
				return 0;
			set_months(spec, EC_GRAIN_MONTH, m, m);
			/* 2021-01/2021-10 */
			if (e + 1 < P->len && s[e] == '/' &&
				(r = digits(P, e + 1, &y2, &count)) != 0 && count == 4 &&
				r < P->len && s[r] == '-' &&
				(r = digits(P, r + 1, &m2, &count)) != 0 &&
				count == 2 && ec_word_ends_at(s, P->len, r))
			{
				if (m2 < 1 || m2 > 12)
					return hard(P, EC_PERIOD_BAD_MONTH, e + 1, r);
				spec->grain = EC_GRAIN_MONTHS;
				spec->end_month = m2;
				spec->end_dy = y2 - y;
				return r;
			}
			return e;
		}
	}
	/* 2021-2025, 2021 – 2025, 2021/2025, 2024/25 */
	if ((r = dash(P, q)) != 0 ||
		(q < P->len && s[q] == '/' && (r = q + 1) != 0))
	{
		if ((e = year4(P, r, &y2)) != 0)
		{
			size_t		a;

			set_months(spec, EC_GRAIN_YEARS, 1, 12);
			spec->end_dy = y2 - y;
			/* "the 2020-2021 academic year": September to August */
			if ((a = kw(P, e, "academic year")) != 0 && y2 == y + 1)
			{
				set_months(spec, EC_GRAIN_MONTHS, 9, 8);
				spec->start_dy = 0;
				spec->end_dy = 1;
				return a;
			}
			return e;
		}
		/* "2024/25": a season across two years, written as a run of them */
		if (s[q] == '/' && (e = digits(P, r, &y2, &count)) != 0 && count == 2 &&
			ec_word_ends_at(s, P->len, e) && y2 == (y + 1) % 100)
		{
			set_months(spec, EC_GRAIN_YEARS, 1, 12);
			spec->end_dy = 1;
			return e;
		}
	}
	set_months(spec, EC_GRAIN_YEAR, 1, 12);
	return q;
}

/* 7 September 2021, 28-29 October 2021, 28 October - 2 November 2021 */
static size_t
day_first(Parser *P, size_t p, EcPeriodSpec *spec)
{
	int			d,
				d2,
				m,
				m2,
				count;
	size_t		q,
				r,
				e;

	q = digits(P, p, &d, &count);
	if (!q || count > 2)
		return 0;
	if ((e = ec_match_phrase(P->s, P->len, q, "st")) || (e = ec_match_phrase(P->s, P->len, q, "nd")) ||
		(e = ec_match_phrase(P->s, P->len, q, "rd")) || (e = ec_match_phrase(P->s, P->len, q, "th")))
		q = e;
	if (!ec_word_ends_at(P->s, P->len, q))
		return 0;
	if ((r = range_sep(P, q)) != 0 && (e = digits(P, r, &d2, &count)) != 0 && count <= 2 &&
		(e = month_name(P, e, &m)) != 0)
	{
		/* 28-29 October, 17 to 18 October */
		if (d < 1 || d > 31 || d2 < 1 || d2 > 31)
			return hard(P, EC_PERIOD_BAD_DAY, p, e);
		set_months(spec, EC_GRAIN_DAYS, m, m);
		spec->start_day = d;
		spec->end_day = d2;
		if (d2 == d)
			spec->grain = EC_GRAIN_DAY;
		return year_slot(P, e, spec);
	}
	if ((e = month_name(P, q, &m)) == 0)
		return 0;
	set_months(spec, EC_GRAIN_DAY, m, m);
	spec->start_day = spec->end_day = d;
	/* 28 October - 2 November */
	if ((r = dash(P, e)) != 0 && (q = digits(P, r, &d2, &count)) != 0 && count <= 2 &&
		(q = month_name(P, q, &m2)) != 0)
	{
		if (d < 1 || d > 31 || d2 < 1 || d2 > 31)
			return hard(P, EC_PERIOD_BAD_DAY, p, q);
		spec->grain = EC_GRAIN_DAYS;
		spec->end_month = m2;
		spec->end_day = d2;
		spec->start_dy = m2 < m ? -1 : 0;
		return year_slot(P, q, spec);
	}
	if (d < 1 || d > 31)
		return hard(P, EC_PERIOD_BAD_DAY, p, e);
	return year_slot(P, e, spec);
}

/*
 * Forms that start with a month's name: January-October 2021, November
 * 2021, September 7, 2021, October 28-29, 2021, December 2021 - February
 * 2022, January-August (year from context).
 */
static size_t
month_first(Parser *P, size_t p, EcPeriodSpec *spec)
{
	int			m,
				m2,
				d,
				d2,
				count;
	size_t		q,
				r,
				e;
	EcPeriodSpec end_year;

	if ((q = month_name(P, p, &m)) == 0)
		return 0;
	/* January-October */
	if ((r = range_sep(P, q)) != 0 && (e = month_name(P, r, &m2)) != 0)
	{
		set_months(spec, EC_GRAIN_MONTHS, m, m2);
		return year_slot(P, e, spec);
	}
	/* September 7, 2021 and October 28-29, 2021 */
	r = sp(P, q);
	if ((e = digits(P, r, &d, &count)) != 0 && count <= 2 &&
		ec_word_ends_at(P->s, P->len, e))
	{
		set_months(spec, EC_GRAIN_DAY, m, m);
		spec->start_day = spec->end_day = d;
		if ((r = range_sep(P, e)) != 0 && (q = digits(P, r, &d2, &count)) != 0 &&
			count <= 2 && ec_word_ends_at(P->s, P->len, q) &&
			(r == dash(P, e) || (d2 > d && !figure_follows(P, q))))
		{
			spec->grain = d2 == d ? EC_GRAIN_DAY : EC_GRAIN_DAYS;
			spec->end_day = d2;
			e = q;
		}
		if (d < 1 || d > 31 || spec->end_day < 1 || spec->end_day > 31)
			return hard(P, EC_PERIOD_BAD_DAY, p, e);
		/* "September 7, 2021"; the comma of "on November 27, it" is not the period's */
		if (e < P->len && P->s[e] == ',' && (q = year_slot(P, e + 1, spec)) != e + 1)
			return q;
		return year_slot(P, e, spec);
	}
	set_months(spec, EC_GRAIN_MONTH, m, m);
	e = year_slot(P, q, spec);
	/* December 2021 - February 2022 */
	if (spec->year_kind != EC_YEAR_MISSING && (r = range_sep(P, e)) != 0 &&
		(q = month_name(P, r, &m2)) != 0 &&
		(r = year_slot(P, q, &end_year)) != q &&
		end_year.year_kind == spec->year_kind)
	{
		spec->grain = EC_GRAIN_MONTHS;
		spec->end_month = m2;
		spec->end_dy = end_year.year - spec->year;
		return r;
	}
	return e;
}

/*
 * Forms led by an ordinal: first half of 2021, 1st half 2021, second
 * quarter, I quarter 2022, first nine months of 2023, first three quarters
 * of 2022, second half of December 2020, last decade of November.
 */
static size_t
ordinal_led(Parser *P, size_t p, EcPeriodSpec *spec)
{
	int			n,
				count,
				m;
	size_t		q,
				e,
				r;

	if ((q = ordinal(P, p, true, &n)) == 0)
		return 0;
	if ((e = kw(P, q, "quarter")) != 0)
	{
		if (n == -1)
			n = 4;
		set_months(spec, EC_GRAIN_QUARTER, n * 3 - 2, n * 3);
		return year_slot(P, e, spec);
	}
	if ((e = kw(P, q, "half-year")) != 0 || (e = kw(P, q, "half year")) != 0 ||
		(e = kw(P, q, "half")) != 0)
	{
		if (n == -1)
			n = 2;
		if (n > 2)
			return hard(P, EC_PERIOD_BAD_HALF, sp(P, p), e);
		/* second half of December 2020 */
		if ((r = kw(P, e, "of")) != 0 && (r = month_name(P, r, &m)) != 0)
		{
			set_months(spec, EC_GRAIN_HALF, m, m);
			spec->start_day = n == 1 ? 1 : 16;
			spec->end_day = n == 1 ? 15 : 0;
			return year_slot(P, r, spec);
		}
		set_months(spec, EC_GRAIN_HALF, n * 6 - 5, n * 6);
		return year_slot(P, e, spec);
	}
	/* the last decade of November: a month with its start, middle or end */
	if ((e = kw(P, q, "decade of")) != 0 && (r = month_name(P, e, &m)) != 0)
	{
		if (n > 3)
			return 0;
		set_months(spec, EC_GRAIN_MONTH, m, m);
		spec->mod = n == 1 ? EC_MOD_START : (n == 2 ? EC_MOD_MID : EC_MOD_END);
		return year_slot(P, r, spec);
	}
	/* first nine months, first three quarters */
	if (n == 1 && (r = cardinal(P, q, &count)) != 0)
	{
		if ((e = kw(P, r, "months")) != 0 && count >= 1 && count <= 12)
		{
			set_months(spec, EC_GRAIN_MONTHS, 1, count);
			return year_slot(P, e, spec);
		}
		if ((e = kw(P, r, "quarters")) != 0 && count >= 1 && count <= 4)
		{
			set_months(spec, EC_GRAIN_MONTHS, 1, count * 3);
			return year_slot(P, e, spec);
		}
	}
	return 0;
}

/* 9 months of 2023, nine months of 2023, 9M 2023, 9M2023, three quarters of 2022 */
static size_t
months_count(Parser *P, size_t p, EcPeriodSpec *spec)
{
	int			n,
				count;
	size_t		q,
				e;

	if ((q = cardinal(P, p, &n)) != 0 && n >= 1 && n <= 3 && (e = kw(P, q, "quarters")) != 0)
	{
		set_months(spec, EC_GRAIN_MONTHS, 1, n * 3);
		q = year_slot(P, e, spec);
		return spec->year_kind == EC_YEAR_MISSING ? 0 : q;
	}

	if ((q = digits(P, p, &n, &count)) != 0 && count <= 2 && q < P->len &&
		(P->s[q] == 'M' || P->s[q] == 'm'))
	{
		int			year;

		/* 9M2024, 9M24 */
		if ((e = attached_year(P, q + 1, &year)) != 0 && n >= 1 && n <= 12)
		{
			set_months(spec, EC_GRAIN_MONTHS, 1, n);
			spec->year_kind = EC_YEAR_ABSOLUTE;
			spec->year = year;
			return e;
		}
		if (!ec_word_ends_at(P->s, P->len, q + 1))
			return 0;
		e = q + 1;
	}
	else if ((q = cardinal(P, p, &n)) == 0 || (e = kw(P, q, "months")) == 0)
		return 0;
	if (n < 1 || n > 12)
		return 0;
	set_months(spec, EC_GRAIN_MONTHS, 1, n);
	q = year_slot(P, e, spec);
	/* "nine months" alone is a duration, not a period */
	return spec->year_kind == EC_YEAR_MISSING ? 0 : q;
}

/* half-year 2023: the first half (ANNOTATION.md, "the half-year [2023]") */
static size_t
half_year(Parser *P, size_t p, EcPeriodSpec *spec)
{
	size_t		e;

	if ((e = kw(P, p, "half-year")) == 0 && (e = kw(P, p, "half year")) == 0)
		return 0;
	set_months(spec, EC_GRAIN_HALF, 1, 6);
	return year_slot(P, e, spec);
}

/*
 * spring 2019 (March-May), summer of 2020, autumn 2018, winter 2021
 * (Dec-Feb), this summer
 */
static size_t
season(Parser *P, size_t p, EcPeriodSpec *spec)
{
	static const struct
	{
		const char *name;
		int			first;
		int			last;
	}			seasons[] =
	{
		{"spring", 3, 5}, {"summer", 6, 8}, {"autumn", 9, 11}, {"fall", 9, 11},
		{"winter", 12, 2},
	};

	size_t		after_this = kw(P, p, "this");

	p = sp(P, after_this ? after_this : p);
	for (size_t i = 0; i < sizeof(seasons) / sizeof(seasons[0]); i++)
	{
		size_t		e = match_at(P, p, seasons[i].name);

		if (e)
		{
			size_t		end;

			/* "this spring": the writer's own */
			if (after_this)
			{
				if (seasons[i].last < seasons[i].first)
					return 0;
				set_months(spec, EC_GRAIN_MONTHS, seasons[i].first, seasons[i].last);
				spec->year_kind = EC_YEAR_DEICTIC;
				spec->year = 0;
				return e;
			}

			set_months(spec, EC_GRAIN_MONTHS, seasons[i].first, seasons[i].last);
			/* winter 2021 starts in December 2021 */
			if (seasons[i].last < seasons[i].first)
			{
				spec->start_dy = 0;
				spec->end_dy = 1;
			}
			end = year_slot(P, e, spec);
			/* a season without a year is a time of year, not a period */
			return spec->year_kind == EC_YEAR_MISSING ? 0 : end;
		}
	}
	return 0;
}

/*
 * the same period of last year, the corresponding period of 2020, the
 * respective period last year, the same quarter of 2023: the span the text
 * named last, in another year
 */
static size_t
same_period(Parser *P, size_t p, EcPeriodSpec *spec)
{
	static const char *const phrases[] = {
		"same period", "corresponding period", "respective period", "comparable period",
		"same time", "same quarter", "same months", "same month", "same half-year",
		"corresponding quarter", "corresponding month",
	};
	size_t		e = 0,
				r;
	int			y;

	p = sp(P, p);
	for (size_t i = 0; e == 0 && i < sizeof(phrases) / sizeof(phrases[0]); i++)
		e = match_at(P, p, phrases[i]);
	if (e == 0 && (e = ec_ru_same_period(P->s, P->len, p)) == 0)
		return 0;
	set_months(spec, EC_GRAIN_MONTHS, 1, 12);
	spec->same_period = true;
	/* "the same period in 2021" */
	if ((r = kw(P, e, "in")) != 0 && year4(P, sp(P, r), &y))
		e = r;
	e = year_slot(P, e, spec);
	return spec->year_kind == EC_YEAR_MISSING ? 0 : e;
}

/*
 * FY2023, FY 2023, FY24, fiscal year 2023, fiscal 2023: the fiscal years of
 * the region are its calendar years
 */
static size_t
fiscal_year(Parser *P, size_t p, EcPeriodSpec *spec)
{
	size_t		e;
	int			year;

	p = sp(P, p);
	if (p + 2 <= P->len && ec_lower((unsigned char) P->s[p]) == 'f' &&
		ec_lower((unsigned char) P->s[p + 1]) == 'y')
	{
		e = p + 2;
		if (e < P->len && (P->s[e] == ' ' || P->s[e] == '-'))
			e++;
		if ((e = attached_year(P, e, &year)) == 0)
			return 0;
	}
	else if ((e = match_at(P, p, "fiscal year")) != 0 || (e = match_at(P, p, "fiscal")) != 0)
	{
		if ((e = year4(P, sp(P, e), &year)) == 0)
			return 0;
	}
	else
		return 0;
	set_months(spec, EC_GRAIN_YEAR, 1, 12);
	spec->year_kind = EC_YEAR_ABSOLUTE;
	spec->year = year;
	return e;
}

/* year's end, year-end, year-end 2023: the end of the year the text speaks of */
static size_t
year_end(Parser *P, size_t p, EcPeriodSpec *spec)
{
	size_t		e;

	p = sp(P, p);
	if ((e = match_at(P, p, "year's end")) == 0 &&
		(e = match_at(P, p, "year\xe2\x80\x99s end")) == 0 &&
		(e = match_at(P, p, "year-end")) == 0)
		return 0;
	set_months(spec, EC_GRAIN_YEAR, 1, 12);
	e = year_slot(P, e, spec);
	if (spec->year_kind == EC_YEAR_MISSING)
	{
		spec->year_kind = EC_YEAR_ANAPHORIC;
		spec->year = 0;
	}
	spec->mod = EC_MOD_END;
	return e;
}

/*
 * the year to December 31, 2016, the year ended 31 March 2017, the twelve
 * months to June 30, 2020: the twelve months that end on that day
 */
static size_t
year_to(Parser *P, size_t p, EcPeriodSpec *spec)
{
	size_t		e;
	EcPeriodSpec day;
	EcPeriod	span;
	int32_t		last;
	int			y,
				m,
				d;

	p = sp(P, p);
	if ((e = match_at(P, p, "the")) != 0 || (e = match_at(P, p, "a")) != 0)
		p = sp(P, e);
	if ((e = match_at(P, p, "year")) == 0 && (e = match_at(P, p, "twelve months")) == 0 &&
		(e = match_at(P, p, "12 months")) == 0)
		return 0;
	if ((p = kw(P, e, "to")) == 0 && (p = kw(P, e, "ended")) == 0 &&
		(p = kw(P, e, "ending")) == 0)
		return 0;
	memset(&day, 0, sizeof(day));
	if ((e = month_first(P, sp(P, p), &day)) == 0 && !P->failed)
		e = day_first(P, sp(P, p), &day);
	if (e == 0 || day.grain != EC_GRAIN_DAY || day.year_kind != EC_YEAR_ABSOLUTE ||
		day.year <= EC_YEAR_MIN || !ec_date_valid(day.year, day.end_month, day.end_day))
		return 0;
	last = ec_day_number(day.year, day.end_month, day.end_day);
	d = day.end_day;
	if (d > ec_days_in_month(day.year - 1, day.end_month))
		d = ec_days_in_month(day.year - 1, day.end_month);
	ec_period_from_span(ec_day_number(day.year - 1, day.end_month, d) + 1, last, &span);
	ec_civil(span.start, &y, &m, &d);
	set_months(spec, span.grain, m, day.end_month);
	spec->start_day = d;
	spec->end_day = day.end_day;
	spec->start_dy = y - day.year;
	spec->year_kind = EC_YEAR_ABSOLUTE;
	spec->year = day.year;
	return e;
}

/*
 * last month, this month, next month (from the month of writing), the
 * previous month, a month earlier (from the month the text has just named)
 */
static size_t
month_relative(Parser *P, size_t p, EcPeriodSpec *spec)
{
	static const RelativePhrase relative[] =
	{
		{"this month", 0, EC_YEAR_DEICTIC}, {"the current month", 0, EC_YEAR_DEICTIC},
		{"current month", 0, EC_YEAR_DEICTIC}, {"last month", -1, EC_YEAR_DEICTIC},
		{"a month ago", -1, EC_YEAR_DEICTIC}, {"next month", 1, EC_YEAR_DEICTIC},
		{"the coming month", 1, EC_YEAR_DEICTIC}, {"the previous month", -1, EC_YEAR_ANAPHORIC},
		{"previous month", -1, EC_YEAR_ANAPHORIC}, {"the preceding month", -1, EC_YEAR_ANAPHORIC},
		{"a month earlier", -1, EC_YEAR_ANAPHORIC}, {"the month before", -1, EC_YEAR_ANAPHORIC},
		{"the following month", 1, EC_YEAR_ANAPHORIC},
	};

	p = sp(P, p);
	for (size_t i = 0; i < sizeof(relative) / sizeof(relative[0]); i++)
	{
		size_t		e = match_at(P, p, relative[i].phrase);

		if (e)
		{
			set_months(spec, EC_GRAIN_MONTH, 1, 1);
			spec->month_counted = true;
			spec->year_kind = relative[i].kind;
			spec->year = relative[i].offset;
			return e;
		}
	}
	return 0;
}

/* a year slot on its own: last year, this [2021] year, [2021] */
static size_t
year_alone(Parser *P, size_t p, EcPeriodSpec *spec)
{
	size_t		e;

	if (kw(P, p, "of"))
		return 0;
	e = year_slot(P, p, spec);
	if (e == p || spec->year_kind == EC_YEAR_MISSING)
		return 0;
	set_months(spec, EC_GRAIN_YEAR, 1, 12);
	return e;
}

/*
 * Russian parts of a year: "I квартале", "первом полугодии", "9 месяцев",
 * "девяти месяцев", "трёх кварталов" (a run of months from January).
 */
static size_t
russian_part(Parser *P, size_t p, EcPeriodSpec *spec)
{
	int			n;
	EcRuPart	part;
	size_t		q,
				e;

	p = sp(P, p);
	/* only a Roman I or V, a Russian word or a number: "in", "value" are none */
	if (p >= P->len || !(P->s[p] == 'I' || P->s[p] == 'V' || ec_is_digit((unsigned char) P->s[p]) ||
						 ec_ru_letter_at(P->s, P->len, p)))
		return 0;
	/* most numbers are no count of months: a Russian word must follow */
	if (ec_is_digit((unsigned char) P->s[p]))
	{
		for (q = p; q < P->len && ec_is_digit((unsigned char) P->s[q]); q++)
			;
		if (!ec_ru_letter_at(P->s, P->len, sp(P, q)))
			return 0;
	}
	if ((q = ec_ru_ordinal(P->s, P->len, p, &n)) != 0 &&
		(e = ec_ru_year_part(P->s, P->len, sp(P, q), &part)) != 0)
	{
		if (part == EC_RU_QUARTER)
			set_months(spec, EC_GRAIN_QUARTER, n * 3 - 2, n * 3);
		else if (part == EC_RU_HALF && n <= 2)
			set_months(spec, EC_GRAIN_HALF, n * 6 - 5, n * 6);
		else
			return 0;
		return year_slot(P, e, spec);
	}
	if (((q = cardinal(P, p, &n)) != 0 || (q = ec_ru_cardinal(P->s, P->len, p, &n)) != 0) &&
		(e = ec_ru_year_part(P->s, P->len, sp(P, q), &part)) != 0)
	{
		if (part == EC_RU_MONTHS && n >= 1 && n <= 12)
			set_months(spec, EC_GRAIN_MONTHS, 1, n);
		else if (part == EC_RU_QUARTER && n >= 2 && n <= 4)
			set_months(spec, EC_GRAIN_MONTHS, 1, n * 3);
		else
			return 0;
		return year_slot(P, e, spec);
	}
	return 0;
}

static size_t
core(Parser *P, size_t p, EcPeriodSpec *spec)
{
	typedef size_t (*Rule) (Parser *, size_t, EcPeriodSpec *);
#define DIGITS "0123456789"
	/*
	 * Each rule with the bytes (in lower case) its words can start with: the
	 * scanner asks at every word that may start a period, and most are not
	 * one, so rules that cannot match there are not tried.
	 */
	static const struct
	{
		Rule		rule;
		const char *first;
	}			rules[] =
	{
		{iso, DIGITS}, {half_or_quarter_code, "hq" DIGITS}, {day_first, DIGITS},
		{months_count, "otfsen" DIGITS}, {month_first, "jfmasond\xD0\xD1"},
		{ordinal_led, "ftsli1234"}, {half_year, "h"}, {season, "tsawf"},
		{same_period, "scr\xD0\xD1"}, {fiscal_year, "f"}, {year_end, "y"}, {year_to, "tay1"},
		{month_relative, "tclanp"}, {russian_part, "iv\xD0\xD1" DIGITS},
		{year_alone, "otlpcanfse([\xD0\xD1" DIGITS},
	};
#undef DIGITS
	unsigned char first;

	p = sp(P, p);
	if (p >= P->len)
		return 0;
	first = ec_lower((unsigned char) P->s[p]);
	for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
	{
		size_t		e;

		if (first == 0 || strchr(rules[i].first, first) == NULL)
			continue;
		spec->mod = EC_MOD_NONE;
		spec->same_period = false;
		spec->month_counted = false;
		spec->year_kind = EC_YEAR_MISSING;
		spec->year = 0;
		e = rules[i].rule (P, p, spec);
		if (e || P->failed)
			return e;
	}
	return 0;
}

/*
 * The second half of "from X to Y" or "between X and Y", both ends with
 * years of their own and no modifier: the span from the start of X to the
 * end of Y, with the grain of a run of what they name.
 */
static size_t
span_between(Parser *P, size_t p, bool between, EcPeriodSpec *spec)
{
	EcPeriodSpec first,
				last;
	size_t		e1 = core(P, p, &first);
	size_t		r = 0;
	size_t		e2;

	if (e1)
		r = between ? kw(P, e1, "and") : range_sep(P, e1);
	e2 = r ? core(P, r, &last) : 0;
	if (!e2 || first.year_kind != EC_YEAR_ABSOLUTE || last.year_kind != EC_YEAR_ABSOLUTE ||
		first.same_period || last.same_period || first.month_counted ||
		last.month_counted || first.mod != EC_MOD_NONE ||
		last.mod != EC_MOD_NONE)
		return 0;
	*spec = first;
	spec->end_month = last.end_month;
	spec->end_day = last.end_day;
	spec->end_dy = last.year + last.end_dy - first.year;
	if (first.grain == EC_GRAIN_YEAR && last.grain == EC_GRAIN_YEAR)
		spec->grain = EC_GRAIN_YEARS;
	else if (first.start_day == 0 && last.end_day == 0)
		spec->grain = EC_GRAIN_MONTHS;
	else
		spec->grain = EC_GRAIN_DAYS;
	return e2;
}

/* ---- modifiers ---------------------------------------------------------- */

static const struct
{
	const char *phrase;
	EcMod		mod;
}			mod_prefixes[] =
{
	{"since", EC_MOD_ON_OR_AFTER}, {"starting from", EC_MOD_ON_OR_AFTER},
	{"starting", EC_MOD_ON_OR_AFTER}, {"as from", EC_MOD_ON_OR_AFTER},
	{"until", EC_MOD_ON_OR_BEFORE}, {"till", EC_MOD_ON_OR_BEFORE},
	{"through", EC_MOD_ON_OR_BEFORE},
	{"up to", EC_MOD_ON_OR_BEFORE}, {"up until", EC_MOD_ON_OR_BEFORE},
	{"as of", EC_MOD_ON_OR_BEFORE}, {"by", EC_MOD_ON_OR_BEFORE},
	{"no later than", EC_MOD_ON_OR_BEFORE}, {"not later than", EC_MOD_ON_OR_BEFORE},
	{"before", EC_MOD_BEFORE}, {"prior to", EC_MOD_BEFORE},
	{"after", EC_MOD_AFTER},
	{"early", EC_MOD_START}, {"the beginning of", EC_MOD_START},
	{"beginning of", EC_MOD_START}, {"the start of", EC_MOD_START},
	{"start of", EC_MOD_START},
	{"mid-", EC_MOD_MID}, {"mid", EC_MOD_MID}, {"the middle of", EC_MOD_MID},
	{"middle of", EC_MOD_MID},
	{"late", EC_MOD_END}, {"the end of", EC_MOD_END}, {"end of", EC_MOD_END},
	{"end-", EC_MOD_END},
};

/*
 * Modifier words before the period.  With two ("by the end of 2021"), the
 * outer one wins (ANNOTATION.md).  Prose stacks no more than three; reading
 * on through a longer run would make scanning a run of them ("mid mid mid
 * ...") quadratic, as the scanner asks again at each of its words.
 */
#define MAX_MODIFIERS 3

static size_t
mod_prefix(const Parser *P, size_t p, EcMod *mod)
{
	bool		more = true;

	*mod = EC_MOD_NONE;
	for (int n = 0; more && n < MAX_MODIFIERS; n++)
	{
		int			ru_mod;
		size_t		e;

		more = false;
		p = sp(P, p);
		/* "с 2015 года", "к 2025 году", "до конца года", "в конце 2022 года" */
		if ((e = ec_ru_mod_prefix(P->s, P->len, p, &ru_mod)) != 0)
		{
			if (*mod == EC_MOD_NONE)
				*mod = (EcMod) ru_mod;
			p = e;
			more = true;
			continue;
		}
		for (size_t i = 0; i < sizeof(mod_prefixes) / sizeof(mod_prefixes[0]); i++)
		{
			size_t		e = match_at(P, p, mod_prefixes[i].phrase);

			if (e)
			{
				if (*mod == EC_MOD_NONE)
					*mod = mod_prefixes[i].mod;
				p = e;
				more = true;
				break;
			}
		}
	}
	return p;
}

/* the canonical form's modifier after the period: "2022-12 END" */
static size_t
mod_suffix(const Parser *P, size_t p, EcMod *mod)
{
	static const char *const names[] = {
		NULL, "start", "mid", "end", "on_or_after", "on_or_before", "before",
		"after"
	};

	p = sp(P, p);
	for (int m = 1; m <= EC_MOD_LAST; m++)
	{
		size_t		e = match_at(P, p, names[m]);

		if (e)
		{
			*mod = (EcMod) m;
			return e;
		}
	}
	return 0;
}

size_t
ec_period_match(const char *s, size_t len, size_t pos, EcPeriodSpec *spec,
				EcPeriodError *err)
{
	Parser		P = {s, len, err, false};
	EcMod		prefix;
	EcMod		suffix;
	size_t		start = sp(&P, pos);
	size_t		p;
	size_t		e;
	size_t		after;

	err->status = EC_PERIOD_SYNTAX;
	err->pos = start;
	err->len = 0;

	/*
	 * "from 2010 to 2019", "between March 2013 and December 2014": one span
	 * from the start of one to the end of the other
	 */
	if ((after = match_at(&P, start, "from")) != 0 ||
		(after = match_at(&P, start, "between")) != 0)
	{
		bool		between = !match_at(&P, start, "from");

		if ((e = span_between(&P, after, between, spec)) != 0)
		{
			spec->pos = spec->core = start;
			spec->end = e;
			return e;
		}
		P.failed = false;
		err->status = EC_PERIOD_SYNTAX;
	}

	p = mod_prefix(&P, start, &prefix);
	spec->core = sp(&P, p);
	e = core(&P, p, spec);
	/* "the first half of 2021", but "the year" as a whole */
	if (e == 0 && !P.failed && (after = kw(&P, p, "the")) != 0)
	{
		p = after;
		spec->core = sp(&P, p);
		e = core(&P, p, spec);
	}
	if (e == 0 && !P.failed && prefix != EC_MOD_NONE)
	{
		/* a prefix may have been the start of a core ("mid" no) */
		e = core(&P, start, spec);
		spec->core = start;
		prefix = EC_MOD_NONE;
	}
	if (e == 0)
	{
		if (!P.failed)
		{
			size_t		t = sp(&P, p);
			size_t		tend = t;

			if (ec_ru_letter_at(s, len, t))
				tend = ec_ru_word_end(s, len, t);
			while (tend < len && !ec_word_ends_at(s, len, tend))
				tend++;
			if (tend == t && t < len)
			{
				tend = t + 1;
				while (tend < len && !ec_utf8_starts((unsigned char) s[tend]))
					tend++;
			}
			err->pos = t;
			err->len = tend - t;
		}
		return 0;
	}
	/* "2021 года", "2021-2025 гг.": the year's word is the period's */
	if (ec_is_digit((unsigned char) s[e - 1]) && (after = ec_ru_year_word(s, len, sp(&P, e))) != 0)
		e = after;
	/* "по сравнению с аналогичным периодом": "с" is "with", not the period's */
	if (prefix == EC_MOD_ON_OR_AFTER && spec->same_period && ec_ru_letter_at(s, len, start))
	{
		prefix = EC_MOD_NONE;
		start = spec->core;
	}
	/* "с января по октябрь": "с" opens the run, it sets no modifier */
	if (prefix == EC_MOD_ON_OR_AFTER && ec_ru_letter_at(s, len, start) &&
		(spec->grain == EC_GRAIN_MONTHS || spec->grain == EC_GRAIN_DAYS ||
		 spec->grain == EC_GRAIN_YEARS))
		prefix = EC_MOD_NONE;
	if (prefix != EC_MOD_NONE)
		spec->mod = (uint8_t) prefix;
	if (spec->mod == EC_MOD_NONE && (after = mod_suffix(&P, e, &suffix)) != 0)
	{
		spec->mod = (uint8_t) suffix;
		e = after;
	}
	spec->pos = start;
	spec->end = e;
	return e;
}
