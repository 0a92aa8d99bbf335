/*
 * period.h
 *		Reporting periods: a span of whole days (both ends inclusive) with a
 *		grain and an optional TIMEX3 modifier, as economic prose names them
 *		("January-October 2021", "the first half of 2021", "since 2012").
 */
#ifndef EC_PERIOD_H
#define EC_PERIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Grains and modifiers are stored on disk and ordered by these codes: never
 * renumber them.
 */
typedef enum EcGrain
{
	EC_GRAIN_DAY = 1,
	EC_GRAIN_DAYS = 2,			/* a run of days: 28-29 October */
	EC_GRAIN_MONTH = 3,
	EC_GRAIN_MONTHS = 4,		/* a run of months: January-October */
	EC_GRAIN_QUARTER = 5,
	EC_GRAIN_HALF = 6,			/* of a year, or of a month (1-15, 16-end) */
	EC_GRAIN_YEAR = 7,
	EC_GRAIN_YEARS = 8,			/* a run of whole years: 2021-2025 */
	EC_GRAIN_DECADE = 9
} EcGrain;

#define EC_GRAIN_LAST EC_GRAIN_DECADE

typedef enum EcMod
{
	EC_MOD_NONE = 0,
	EC_MOD_START = 1,			/* early, beginning of */
	EC_MOD_MID = 2,				/* mid-, middle of */
	EC_MOD_END = 3,				/* late, end of */
	EC_MOD_ON_OR_AFTER = 4,		/* since */
	EC_MOD_ON_OR_BEFORE = 5,	/* until, by, as of */
	EC_MOD_BEFORE = 6,
	EC_MOD_AFTER = 7
} EcMod;

#define EC_MOD_LAST EC_MOD_AFTER

typedef struct EcPeriod
{
	int32_t		start;			/* day numbers (calendar.h), inclusive */
	int32_t		end;
	uint8_t		grain;			/* EcGrain */
	uint8_t		mod;			/* EcMod */
} EcPeriod;

/*
 * What a year slot said: a year, the editor's "[2021]", nothing, or a year
 * counted from another ("last year", "the year before": offset in year).
 * Words that count from the writer's present are deictic; words that count
 * from the time the text has just named are anaphoric (ANNOTATION.md).
 */
typedef enum EcYearKind
{
	EC_YEAR_ABSOLUTE,
	EC_YEAR_EDITOR,				/* bracketed by the editor: fixes the year */
	EC_YEAR_MISSING,			/* "January-August": the year comes from context */
	EC_YEAR_DEICTIC,			/* "this year", "last year", "two years ago" */
	EC_YEAR_ANAPHORIC			/* "the year before", "the following year" */
} EcYearKind;

/*
 * What relative words count from: a year, and its month when known ("last
 * month" needs one; a source cited by its year alone gives none).
 */
typedef struct EcYearMonth
{
	int			year;
	int			month;			/* 1..12, or 0: not known */
} EcYearMonth;

/*
 * A period as parsed, before its year is known: start and end as month and
 * day (day 0: first day for the start, last day for the end) in years
 * year + start_dy and year + end_dy.
 */
typedef struct EcPeriodSpec
{
	uint8_t		grain;
	uint8_t		mod;
	EcYearKind	year_kind;
	int			year;			/* the year, or the offset when counted */
	bool		same_period;	/* "the same period of last year": span from
								 * context */
	bool		month_counted;	/* "last month": year is an offset in months,
								 * from a month rather than a year */
	int			start_month;
	int			start_day;
	int			end_month;
	int			end_day;
	int			start_dy;
	int			end_dy;
	size_t		pos;			/* where the period's words are in the input */
	size_t		core;			/* where they start after modifiers and "the" */
	size_t		end;
} EcPeriodSpec;

typedef enum EcPeriodStatus
{
	EC_PERIOD_OK = 0,
	EC_PERIOD_EMPTY,
	EC_PERIOD_SYNTAX,			/* no period where one must stand */
	EC_PERIOD_TRAILING,			/* something after the period */
	EC_PERIOD_BAD_QUARTER,		/* Q5 */
	EC_PERIOD_BAD_HALF,			/* H3 */
	EC_PERIOD_BAD_MONTH,		/* 2021-13 (a date field out of range) */
	EC_PERIOD_BAD_DAY,			/* February 30 2021 */
	EC_PERIOD_BAD_YEAR,			/* outside 1..9999 */
	EC_PERIOD_REVERSED,			/* ends before it starts */
	EC_PERIOD_NEEDS_ANCHOR,		/* "this year" without a reference date */
	EC_PERIOD_NEEDS_SPAN		/* "the same period of last year" */
} EcPeriodStatus;

typedef struct EcPeriodError
{
	EcPeriodStatus status;
	size_t		pos;			/* the offending part: s[pos, pos + len) */
	size_t		len;
} EcPeriodError;

/*
 * Match the longest period expression starting at pos (after white space):
 * fills *spec and returns the end, or returns 0.  On 0, err says why when
 * the words were recognisably a period gone wrong (Q5, month 13); otherwise
 * err->status is EC_PERIOD_SYNTAX.
 */
extern size_t ec_period_match(const char *s, size_t len, size_t pos,
							  EcPeriodSpec *spec, EcPeriodError *err);

/*
 * Build the span of spec in the given year (spec->year for absolute specs).
 * Fails with BAD_DAY, BAD_YEAR or REVERSED.
 */
extern EcPeriodStatus ec_period_resolve(const EcPeriodSpec *spec, int year,
										EcPeriod *out, EcPeriodError *err);

/*
 * Build the month of a month_counted spec ("last month"), counted from the
 * month of from.  Fails with NEEDS_ANCHOR when from has no month.
 */
extern EcPeriodStatus ec_period_resolve_month(const EcPeriodSpec *spec,
											  const EcYearMonth *from,
											  EcPeriod *out, EcPeriodError *err);

/*
 * Parse the whole of s[0, len) as one period.  Year-less and relative forms
 * resolve against anchor when it is not NULL, and fail with NEEDS_ANCHOR
 * otherwise ("last month" also when the anchor has no month).
 */
extern EcPeriodStatus ec_period_parse(const char *s, size_t len,
									  const EcYearMonth *anchor,
									  EcPeriod *out, EcPeriodError *err);

/* Is p consistent: dates in range, start <= end, span fits its grain? */
extern bool ec_period_valid(const EcPeriod *p);

/*
 * The period of [start, end] with the grain its span implies: a day, a
 * calendar month, quarter, half, year or decade, a run of whole years or
 * months, or else a run of days.  start <= end, both valid dates.
 */
extern void ec_period_from_span(int32_t start, int32_t end, EcPeriod *out);

/* The same span n years later (earlier for n < 0); false when out of range. */
extern bool ec_period_shift_years(const EcPeriod *p, int n, EcPeriod *out);

/*
 * Canonical text: "2021", "2021/2025", "2021-H1", "2022-Q1",
 * "2021-01/2021-10", "2021-11", "2021-09-07", "2021-10-28/2021-10-29",
 * "202X", "2020-12-H2", followed by " " and the modifier when there is one
 * ("2022-12 END").  buf must hold EC_PERIOD_BUFLEN bytes.
 */
#define EC_PERIOD_BUFLEN 40
extern size_t ec_period_format(const EcPeriod *p, char *buf);

/* A month's name or abbreviation at pos ("November", "Nov", "Nov."): its end, or 0. */
extern size_t ec_lex_month(const char *s, size_t len, size_t pos, int *month);

extern const char *ec_grain_name(int grain);
extern const char *ec_mod_name(int mod);

#endif							/* EC_PERIOD_H */
