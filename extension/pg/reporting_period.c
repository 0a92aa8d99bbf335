/*
 * reporting_period.c
 *		reporting_period: text and binary I/O, parse_period(), constructors,
 *		accessors, shift_years() and the casts to and from daterange.
 *
 * Parsing is the plain-C core's (core/period_parse.c).
 */
#include "postgres.h"

#include <string.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "calendar.h"
#include "compat.h"
#include "encoding.h"
#include "reporting_period.h"

#define HINT_FORMS "Write a period such as 2021, 2021-2025, first half of 2021, 2022-Q1, January-October 2021, November 2021 or 7 September 2021."

/*
 * Report a failed parse of str as core types do: 22P02 for syntax, 22008
 * for a date field out of range, with a DETAIL naming the offending part.
 * The core parsed utf8, str as UTF-8; err's positions are in it.
 */
static void
report_parse_error(const char *str, const char *utf8, const EcPeriodError *err,
				   Node *escontext)
{
	const char *part = ec_utf8_to_server_cstring(utf8 + err->pos, err->len);
	int			n = (int) strlen(part);

	switch (err->status)
	{
		case EC_PERIOD_OK:
			break;
		case EC_PERIOD_EMPTY:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("The input is empty."),
					 errhint(HINT_FORMS)));
			break;
		case EC_PERIOD_SYNTAX:
			if (n == 0)
				errsave(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"",
								"reporting_period", str),
						 errdetail("The input ends where a period should be."),
						 errhint(HINT_FORMS)));
			else
				errsave(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"",
								"reporting_period", str),
						 errdetail("No period is recognised at \"%.*s\".", n, part),
						 errhint(HINT_FORMS)));
			break;
		case EC_PERIOD_TRAILING:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("Unexpected \"%.*s\" after the period.", n, part),
					 errhint(HINT_FORMS)));
			break;
		case EC_PERIOD_BAD_QUARTER:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("\"%.*s\" is no quarter: a year has quarters 1 to 4.", n, part),
					 errhint("Write a quarter as Q1 2022, 2022-Q1 or first quarter of 2022.")));
			break;
		case EC_PERIOD_BAD_HALF:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("\"%.*s\" is no half: a year has halves 1 and 2.", n, part),
					 errhint("Write a half-year as H1 2021, 2021-H1 or first half of 2021.")));
			break;
		case EC_PERIOD_REVERSED:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("\"%.*s\" ends before it starts.", n, part),
					 errhint("Write the earlier end first, as in 2021-2025.")));
			break;
		case EC_PERIOD_NEEDS_ANCHOR:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("\"%.*s\" does not say which year it is.", n, part),
					 errhint("Name the year, or call parse_period(text, anchor date) to resolve it against a date.")));
			break;
		case EC_PERIOD_NEEDS_SPAN:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"reporting_period", str),
					 errdetail("\"%.*s\" refers to a period named before it.", n, part),
					 errhint("Name the period itself, such as January-July 2020.")));
			break;
		case EC_PERIOD_BAD_MONTH:
		case EC_PERIOD_BAD_DAY:
		case EC_PERIOD_BAD_YEAR:
			errsave(escontext,
					(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
					 errmsg("date/time field value out of range: \"%s\"", str),
					 err->status == EC_PERIOD_BAD_YEAR ?
					 errdetail("\"%.*s\" falls outside the years 1 to 9999.", n, part) :
					 errdetail("\"%.*s\" is not a date of the calendar.", n, part)));
			break;
	}
}

/* Parse str, resolving year-less forms against anchor when not NULL. */
static ReportingPeriod *
parse_or_report(const char *str, const EcYearMonth *anchor, Node *escontext)
{
	const char *utf8 = ec_utf8_from_server_cstring(str);
	EcPeriod	p;
	EcPeriodError err;

	if (ec_period_parse(utf8, strlen(utf8), anchor, &p, &err) != EC_PERIOD_OK)
	{
		report_parse_error(str, utf8, &err, escontext);
		return NULL;
	}
	return reporting_period_make(&p);
}

PG_FUNCTION_INFO_V1(reporting_period_in);
Datum
reporting_period_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ReportingPeriod *r = parse_or_report(str, NULL, fcinfo->context);

	if (r == NULL)
		PG_RETURN_NULL();
	PG_RETURN_REPORTING_PERIOD_P(r);
}

PG_FUNCTION_INFO_V1(reporting_period_out);
Datum
reporting_period_out(PG_FUNCTION_ARGS)
{
	ReportingPeriod *r = PG_GETARG_REPORTING_PERIOD_P(0);
	EcPeriod	p = {r->start, r->end, r->grain, r->mod};
	char	   *buf = palloc(EC_PERIOD_BUFLEN);

	ec_period_format(&p, buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: int4 first day, int4 last day (both as date sends them), grain, modifier. */
PG_FUNCTION_INFO_V1(reporting_period_send);
Datum
reporting_period_send(PG_FUNCTION_ARGS)
{
	ReportingPeriod *r = PG_GETARG_REPORTING_PERIOD_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, r->start);
	pq_sendint32(&buf, r->end);
	pq_sendbyte(&buf, r->grain);
	pq_sendbyte(&buf, r->mod);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Inconsistent binary input is rejected, never repaired. */
PG_FUNCTION_INFO_V1(reporting_period_recv);
Datum
reporting_period_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	EcPeriod	p;

	p.start = pq_getmsgint(buf, 4);
	p.end = pq_getmsgint(buf, 4);
	p.grain = (uint8) pq_getmsgbyte(buf);
	p.mod = (uint8) pq_getmsgbyte(buf);
	if (!ec_period_valid(&p))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external \"%s\" value", "reporting_period"),
				 errdetail("The days, grain and modifier do not form a valid period.")));
	PG_RETURN_REPORTING_PERIOD_P(reporting_period_make(&p));
}

EcYearMonth
reporting_period_anchor(DateADT anchor, const char *function)
{
	EcYearMonth at;
	int			d;

	if (DATE_NOT_FINITE(anchor))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the anchor date of %s must be finite", function)));
	ec_civil(anchor, &at.year, &at.month, &d);
	return at;
}

/* parse_period(text, anchor date): year-less and relative forms too */
PG_FUNCTION_INFO_V1(reporting_period_parse);
Datum
reporting_period_parse(PG_FUNCTION_ARGS)
{
	text	   *t;
	char	   *str;
	EcYearMonth anchor;
	ReportingPeriod *r;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	t = PG_GETARG_TEXT_PP(0);
	str = text_to_cstring(t);
	if (!PG_ARGISNULL(1))
		anchor = reporting_period_anchor(PG_GETARG_DATEADT(1), "parse_period");
	r = parse_or_report(str, PG_ARGISNULL(1) ? NULL : &anchor, NULL);
	PG_RETURN_REPORTING_PERIOD_P(r);
}

/* A finite date within years 1..9999, as a day number. */
static int32
checked_day(DateADT d, const char *what)
{
	if (DATE_NOT_FINITE(d) || d < ec_day_number(EC_YEAR_MIN, 1, 1) ||
		d > ec_day_number(EC_YEAR_MAX, 12, 31))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s date of a reporting_period must lie in the years 1 to 9999", what)));
	return d;
}

static ReportingPeriod *
from_span(DateADT start, DateADT end)
{
	EcPeriod	p;

	checked_day(start, "the first");
	checked_day(end, "the last");
	if (start > end)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("a reporting_period cannot end before it starts")));
	ec_period_from_span(start, end, &p);
	return reporting_period_make(&p);
}

/* reporting_period(start date, end date), both inclusive */
PG_FUNCTION_INFO_V1(reporting_period_construct);
Datum
reporting_period_construct(PG_FUNCTION_ARGS)
{
	PG_RETURN_REPORTING_PERIOD_P(from_span(PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(reporting_period_start_date);
Datum
reporting_period_start_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(PG_GETARG_REPORTING_PERIOD_P(0)->start);
}

PG_FUNCTION_INFO_V1(reporting_period_end_date);
Datum
reporting_period_end_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(PG_GETARG_REPORTING_PERIOD_P(0)->end);
}

PG_FUNCTION_INFO_V1(reporting_period_grain);
Datum
reporting_period_grain(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ec_grain_name(PG_GETARG_REPORTING_PERIOD_P(0)->grain)));
}

/* the TIMEX3 modifier, or NULL when there is none */
PG_FUNCTION_INFO_V1(reporting_period_modifier);
Datum
reporting_period_modifier(PG_FUNCTION_ARGS)
{
	const char *name = ec_mod_name(PG_GETARG_REPORTING_PERIOD_P(0)->mod);

	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

PG_FUNCTION_INFO_V1(reporting_period_shift_years);
Datum
reporting_period_shift_years(PG_FUNCTION_ARGS)
{
	ReportingPeriod *r = PG_GETARG_REPORTING_PERIOD_P(0);
	int32		n = PG_GETARG_INT32(1);
	EcPeriod	p = {r->start, r->end, r->grain, r->mod};
	EcPeriod	shifted;

	if (!ec_period_shift_years(&p, n, &shifted))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("shifting the period by %d years leaves the years 1 to 9999", n)));
	PG_RETURN_REPORTING_PERIOD_P(reporting_period_make(&shifted));
}

/* the cast to daterange: [start, end + 1) */
PG_FUNCTION_INFO_V1(reporting_period_to_daterange);
Datum
reporting_period_to_daterange(PG_FUNCTION_ARGS)
{
	ReportingPeriod *r = PG_GETARG_REPORTING_PERIOD_P(0);
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower;
	RangeBound	upper;

	lower.val = DateADTGetDatum(r->start);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum(r->end + 1);
	upper.infinite = false;
	upper.inclusive = false;
	upper.lower = false;
	PG_RETURN_RANGE_P(ec_make_range(typcache, &lower, &upper, false));
}

/* the cast from daterange: the grain is inferred from the span */
PG_FUNCTION_INFO_V1(reporting_period_from_daterange);
Datum
reporting_period_from_daterange(PG_FUNCTION_ARGS)
{
	RangeType  *range = PG_GETARG_RANGE_P(0);
	TypeCacheEntry *typcache = lookup_type_cache(RangeTypeGetOid(range),
												 TYPECACHE_RANGE_INFO);
	RangeBound	lower;
	RangeBound	upper;
	bool		empty;

	range_deserialize(typcache, range, &lower, &upper, &empty);
	if (empty || lower.infinite || upper.infinite)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("only a non-empty, bounded daterange can become a reporting_period")));
	/* daterange is canonical: [lower, upper) */
	PG_RETURN_REPORTING_PERIOD_P(from_span(DatumGetDateADT(lower.val),
										   DatumGetDateADT(upper.val) - 1));
}
