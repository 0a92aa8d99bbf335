/*
 * test_period.c
 *		Periods: every form of the grammar, canonical output, errors,
 *		validity, grain inference and year shifts.
 */
#include "unit.h"

#include <string.h>

#include "calendar.h"
#include "period.h"

static void
check_period_anchor(const char *input, int year, int month, const char *expected)
{
	EcPeriod	p;
	EcPeriodError err;
	char		buf[EC_PERIOD_BUFLEN];
	EcYearMonth anchor = {year, month};
	EcPeriodStatus st = ec_period_parse(input, strlen(input), year ? &anchor : NULL, &p, &err);

	if (st != EC_PERIOD_OK)
	{
		CHECK(false, "\"%s\" parses (status %d at \"%.*s\")", input, (int) st,
			  (int) err.len, input + err.pos);
		return;
	}
	ec_period_format(&p, buf);
	CHECK(strcmp(buf, expected) == 0 && ec_period_valid(&p),
		  "\"%s\" -> \"%s\" (got \"%s\")", input, expected, buf);
}

static void
check_period(const char *input, const char *expected)
{
	check_period_anchor(input, 0, 0, expected);
}

static void
check_fails(const char *input, EcPeriodStatus status, const char *part)
{
	EcPeriod	p;
	EcPeriodError err;
	EcPeriodStatus st = ec_period_parse(input, strlen(input), NULL, &p, &err);

	CHECK(st == status && err.len == strlen(part) &&
		  memcmp(input + err.pos, part, err.len) == 0,
		  "\"%s\" fails with %d at \"%s\" (got %d at \"%.*s\")", input,
		  (int) status, part, (int) st, st == EC_PERIOD_OK ? 0 : (int) err.len,
		  input + (st == EC_PERIOD_OK ? 0 : err.pos));
}

static void
check_round_trip(const char *canonical)
{
	check_period(canonical, canonical);
}

void
test_period(void)
{
	EcPeriod	p,
				q;
	EcPeriodError err;
	char		buf[EC_PERIOD_BUFLEN];
	int			y,
				m,
				d;

	/* calendar */
	CHECK(ec_day_number(2000, 1, 1) == 0, "2000-01-01 is day 0 (PostgreSQL's epoch)");
	CHECK(ec_day_number(2021, 3, 1) - ec_day_number(2021, 2, 28) == 1, "2021 is no leap year");
	CHECK(ec_day_number(2024, 3, 1) - ec_day_number(2024, 2, 28) == 2, "2024 is a leap year");
	ec_civil(ec_day_number(1, 1, 1), &y, &m, &d);
	CHECK(y == 1 && m == 1 && d == 1, "0001-01-01 round-trips");
	ec_civil(ec_day_number(9999, 12, 31), &y, &m, &d);
	CHECK(y == 9999 && m == 12 && d == 31, "9999-12-31 round-trips");

	/* the forms the issue lists */
	check_period("2021", "2021");
	/* Russian: months in their case forms, the year's word */
	check_period("январь-октябрь 2021 года", "2021-01/2021-10");
	check_period("январе-октябре 2021 года", "2021-01/2021-10");
	check_period("Октябрь 2021 г.", "2021-10");
	check_period("14 октября 2022 года", "2022-10-14");
	check_period("2021-2025 гг.", "2021/2025");
	check_period("2021 году", "2021");
	check_period("I квартал 2023 г.", "2023-Q1");
	check_period("первое полугодие 2022 года", "2022-H1");
	check_period("9 месяцев 2023 года", "2023-01/2023-09");
	check_period("три квартала 2022 года", "2022-01/2022-09");
	check_period("2021-2025", "2021/2025");
	check_period("2021\xE2\x80\x93" "2025", "2021/2025");
	check_period("2021/2025", "2021/2025");
	check_period("first half of 2021", "2021-H1");
	check_period("1st half 2021", "2021-H1");
	check_period("H1 2021", "2021-H1");
	check_period("2021-H1", "2021-H1");
	check_period("second half of 2022", "2022-H2");
	check_period("half-year 2023", "2023-H1");
	check_period("first quarter of 2022", "2022-Q1");
	check_period("Q1 2022", "2022-Q1");
	check_period("2022-Q1", "2022-Q1");
	check_period("1Q 2022", "2022-Q1");
	check_period("I quarter 2022", "2022-Q1");
	check_period("January-October 2021", "2021-01/2021-10");
	check_period("January - October 2021", "2021-01/2021-10");
	check_period("Jan-Oct 2021", "2021-01/2021-10");
	check_period("2021-01/2021-10", "2021-01/2021-10");
	check_period("December 2021 - February 2022", "2021-12/2022-02");
	check_period("first nine months of 2023", "2023-01/2023-09");
	check_period("9 months of 2023", "2023-01/2023-09");
	check_period("9M 2023", "2023-01/2023-09");
	check_period("first three quarters of 2022", "2022-01/2022-09");
	check_period("November 2021", "2021-11");
	check_period("Nov 2021", "2021-11");
	check_period("2021-11", "2021-11");
	check_period("7 September 2021", "2021-09-07");
	check_period("September 7, 2021", "2021-09-07");
	check_period("2021-09-07", "2021-09-07");
	check_period("28-29 October 2021", "2021-10-28/2021-10-29");
	check_period("2021-10-28/2021-10-29", "2021-10-28/2021-10-29");
	check_period("the 2020s", "202X");
	check_period("spring 2019", "2019-03/2019-05");
	check_period("summer of 2020", "2020-06/2020-08");
	check_period("autumn 2018", "2018-09/2018-11");
	check_period("early March 2021", "2021-03 START");
	check_period("mid-November 2020", "2020-11 MID");
	check_period("late December 2022", "2022-12 END");
	check_period("beginning of 2022", "2022 START");
	check_period("end of 2021", "2021 END");
	check_period("since 2012", "2012 ON_OR_AFTER");
	check_period("until 2030", "2030 ON_OR_BEFORE");
	check_period("up to 2030", "2030 ON_OR_BEFORE");
	check_period("by 2025", "2025 ON_OR_BEFORE");
	check_period("as of April 2023", "2023-04 ON_OR_BEFORE");
	check_period("before 2020", "2020 BEFORE");
	check_period("after 2020", "2020 AFTER");
	check_period("by the end of 2021", "2021 ON_OR_BEFORE");
	check_period("since the beginning of 2022", "2022 ON_OR_AFTER");

	/* tolerance: case, "the", dashes, spaces */
	check_period("  The First Half Of 2021 ", "2021-H1");
	check_period("JANUARY\xE2\x80\x94OCTOBER 2021", "2021-01/2021-10");
	check_period("january \xE2\x80\x93 october\xC2\xA0" "2021", "2021-01/2021-10");
	check_period("the second quarter 2020", "2020-Q2");
	check_period("IV quarter 2021", "2021-Q4");
	check_period("last quarter of 2021", "2021-Q4");
	check_period("October 28-29, 2021", "2021-10-28/2021-10-29");
	check_period("28 October - 2 November 2021", "2021-10-28/2021-11-02");
	check_period("second half of December 2020", "2020-12-H2");
	check_period("last decade of November 2021", "2021-11 END");
	check_period("2020s", "202X");
	check_period("winter 2021", "2021-12/2022-02");
	check_period("nine months of 2023", "2023-01/2023-09");
	check_period("the half-year [2023]", "2023-H1");
	check_period("this [2021] year", "2021");
	check_period("the first quarter of this [2019]", "2019-Q1");
	check_period("first half of this [2021] year", "2021-H1");
	check_period("2021 - 2025", "2021/2025");
	check_period("February 2020", "2020-02");
	check_period("Sept. 2020", "2020-09");
	check_period("prior to 2020", "2020 BEFORE");
	check_period("as from 2019", "2019 ON_OR_AFTER");
	check_period("no later than 2025", "2025 ON_OR_BEFORE");
	check_period("the middle of 2021", "2021 MID");
	check_period("mid 2021", "2021 MID");
	check_period("starting from March 2020", "2020-03 ON_OR_AFTER");
	check_period("Dec 2021 - Feb 2022", "2021-12/2022-02");
	check_period("January to October 2021", "2021-01/2021-10");
	check_period("fall 2020", "2020-09/2020-11");
	check_period("2021-H1 START", "2021-H1 START");
	check_period("2021 on_or_before", "2021 ON_OR_BEFORE");
	check_period("[2021]", "2021");
	check_period("2nd quarter of 2021", "2021-Q2");
	check_period("III quarter 2021", "2021-Q3");
	check_period("2021-10-28/2021-10-28", "2021-10-28");

	/* canonical forms read back */
	check_round_trip("2021");
	check_round_trip("2021/2025");
	check_round_trip("2021-H2");
	check_round_trip("2022-Q4");
	check_round_trip("2021-01/2021-10");
	check_round_trip("2021-11");
	check_round_trip("2021-09-07");
	check_round_trip("2021-10-28/2021-10-29");
	check_round_trip("202X");
	check_round_trip("2020-12-H2");
	check_round_trip("2020-12-H1");
	check_round_trip("2022-12 END");
	check_round_trip("2012 ON_OR_AFTER");
	check_round_trip("2021-H1 MID");
	check_round_trip("2021-12/2022-02 BEFORE");

	/* relative forms need an anchor */
	check_period_anchor("this year", 2021, 0, "2021");
	check_period_anchor("last year", 2021, 0, "2020");
	check_period_anchor("next year", 2021, 0, "2022");
	check_period_anchor("the current year", 2021, 0, "2021");
	check_period_anchor("the previous year", 2021, 0, "2020");
	check_period_anchor("two years ago", 2021, 0, "2019");
	check_period_anchor("January-August", 2021, 0, "2021-01/2021-08");
	check_period_anchor("first half of this year", 2021, 0, "2021-H1");
	check_period_anchor("first half of last year", 2021, 0, "2020-H1");
	check_period_anchor("late December", 2022, 0, "2022-12 END");
	check_period_anchor("this [2019] year", 2021, 0, "2019");
	check_period_anchor("the following year", 2021, 0, "2022");
	check_period_anchor("first quarter of the year", 2021, 0, "2021-Q1");
	check_period_anchor("a year ago", 2021, 0, "2020");
	check_period_anchor("since last year", 2021, 0, "2020 ON_OR_AFTER");
	/* months count from the anchor's month, across the turn of a year */
	check_period_anchor("last month", 2021, 3, "2021-02");
	check_period_anchor("last month", 2021, 1, "2020-12");
	check_period_anchor("next month", 2021, 12, "2022-01");
	check_period_anchor("early this month", 2021, 3, "2021-03 START");
	check_period_anchor("this summer", 2021, 0, "2021-06/2021-08");
	check_period_anchor("by year's end", 2021, 0, "2021 ON_OR_BEFORE");

	/* news and reporting forms */
	check_period("FY2023", "2023");
	check_period("FY 24", "2024");
	check_period("1Q24", "2024-Q1");
	check_period("1H2024", "2024-H1");
	check_period("9M2024", "2024-01/2024-09");
	check_period("Q1-Q3 2023", "2023-01/2023-09");
	check_period("H1-H2 2023", "2023-01/2023-12");
	check_period("between 2019 and 2023", "2019/2023");
	check_period("between March 2013 and December 2014", "2013-03/2014-12");
	check_period("between Q2 2021 and Q1 2022", "2021-04/2022-03");
	check_period("October 17 to 18, 2023", "2023-10-17/2023-10-18");
	check_period("the year to December 31, 2016", "2016");
	check_period("the year ended 31 March 2017", "2016-04/2017-03");
	check_period("the twelve months to June 15, 2020", "2019-06-16/2020-06-15");
	check_period("the year to February 29, 2020", "2019-03/2020-02");

	/* errors */
	check_fails("", EC_PERIOD_EMPTY, "");
	check_fails("квартал 2021", EC_PERIOD_SYNTAX, "квартал");
	check_fails("Q5 2021", EC_PERIOD_BAD_QUARTER, "Q5");
	check_fails("2021-Q5", EC_PERIOD_BAD_QUARTER, "Q5");
	check_fails("H3 2021", EC_PERIOD_BAD_HALF, "H3");
	check_fails("2021-13", EC_PERIOD_BAD_MONTH, "2021-13");
	check_fails("February 30 2021", EC_PERIOD_BAD_DAY, "February 30 2021");
	check_fails("30 February 2021", EC_PERIOD_BAD_DAY, "30 February 2021");
	check_fails("2021-02-29", EC_PERIOD_BAD_DAY, "2021-02-29");
	check_fails("2025-2021", EC_PERIOD_REVERSED, "2025-2021");
	check_fails("this year", EC_PERIOD_NEEDS_ANCHOR, "this year");
	check_fails("last month", EC_PERIOD_NEEDS_ANCHOR, "last month");
	check_fails("Q3-Q1 2021", EC_PERIOD_TRAILING, "-");
	check_fails("January-August", EC_PERIOD_NEEDS_ANCHOR, "January-August");
	check_fails("the same period of last year", EC_PERIOD_NEEDS_SPAN,
				"the same period of last year");
	check_fails("2021 bananas", EC_PERIOD_TRAILING, "bananas");
	check_fails("bananas 2021", EC_PERIOD_SYNTAX, "bananas");
	check_fails("in 2021", EC_PERIOD_SYNTAX, "in");
	check_fails("13th month of 2021", EC_PERIOD_SYNTAX, "13th");
	check_fails("nine months", EC_PERIOD_SYNTAX, "nine");
	/* day 0 and one-day runs (found by review and fuzzing) */
	check_fails("0-0 October 2021", EC_PERIOD_BAD_DAY, "0-0 October");
	check_fails("5-0 October 2021", EC_PERIOD_BAD_DAY, "5-0 October");
	check_fails("October 5-0, 2021", EC_PERIOD_BAD_DAY, "October 5-0");
	check_fails("0 October - 2 November 2021", EC_PERIOD_BAD_DAY, "0 October - 2 November");
	check_fails("28 October - 0 November 2021", EC_PERIOD_BAD_DAY, "28 October - 0 November");
	check_fails("\xE2\x82\xAC" "2021", EC_PERIOD_SYNTAX, "\xE2\x82\xAC");
	check_period("28 October - 28 October 2021", "2021-10-28");
	check_period("28 December - 2 January 2021", "2020-12-28/2021-01-02");
	check_period("December - February 2022", "2021-12/2022-02");

	/* constructor grain inference */
	ec_period_from_span(ec_day_number(2021, 1, 1), ec_day_number(2021, 12, 31), &p);
	CHECK(p.grain == EC_GRAIN_YEAR, "a calendar year is a year");
	ec_period_from_span(ec_day_number(2021, 7, 1), ec_day_number(2021, 12, 31), &p);
	CHECK(p.grain == EC_GRAIN_HALF, "July-December is a half");
	ec_period_from_span(ec_day_number(2021, 12, 16), ec_day_number(2021, 12, 31), &p);
	CHECK(p.grain == EC_GRAIN_DAYS, "16-31 December is a run of days to a constructor");
	ec_period_from_span(ec_day_number(2020, 1, 1), ec_day_number(2029, 12, 31), &p);
	CHECK(p.grain == EC_GRAIN_DECADE, "2020-2029 is a decade");
	ec_period_from_span(ec_day_number(2021, 2, 1), ec_day_number(2021, 4, 30), &p);
	CHECK(p.grain == EC_GRAIN_MONTHS, "February-April is a run of months");
	ec_period_from_span(ec_day_number(2021, 2, 1), ec_day_number(2021, 2, 1), &p);
	CHECK(p.grain == EC_GRAIN_DAY, "one day is a day");

	/* year shifts keep the shape of the span */
	ec_period_parse("January-February 2020", 21, NULL, &p, &err);
	CHECK(ec_period_shift_years(&p, 1, &q) && (ec_period_format(&q, buf), strcmp(buf, "2021-01/2021-02") == 0),
		  "January-February 2020 shifted a year ends on 28 February");
	ec_period_parse("2020-02-29", 10, NULL, &p, &err);
	CHECK(ec_period_shift_years(&p, -1, &q) && (ec_period_format(&q, buf), strcmp(buf, "2019-02-28") == 0),
		  "29 February 2020 a year earlier is 28 February 2019");
	ec_period_parse("202X", 4, NULL, &p, &err);
	CHECK(ec_period_shift_years(&p, 5, &q) && (ec_period_format(&q, buf), strcmp(buf, "2025/2034") == 0),
		  "a decade shifted 5 years is a run of years");
	CHECK(!ec_period_shift_years(&p, 8000, &q), "shifting past 9999 fails");

	/* validity of stored values */
	p.start = ec_day_number(2021, 1, 2);
	p.end = ec_day_number(2021, 1, 31);
	p.grain = EC_GRAIN_MONTH;
	p.mod = 0;
	CHECK(!ec_period_valid(&p), "2-31 January is not a month");
	p.grain = 42;
	CHECK(!ec_period_valid(&p), "grain 42 does not exist");
}
