/*
 * period.c
 *		Periods as values: resolution of parsed specs, validity, grain
 *		inference, year shifts and the canonical text form.
 */
#include "period.h"

#include <stdio.h>

#include "calendar.h"
#include "text.h"

static const char *const grain_names[] = {
	NULL, "day", "days", "month", "months", "quarter", "half", "year",
	"years", "decade"
};

static const char *const mod_names[] = {
	NULL, "START", "MID", "END", "ON_OR_AFTER", "ON_OR_BEFORE", "BEFORE",
	"AFTER"
};

const char *
ec_grain_name(int grain)
{
	return grain >= 1 && grain <= EC_GRAIN_LAST ? grain_names[grain] : NULL;
}

const char *
ec_mod_name(int mod)
{
	return mod >= 1 && mod <= EC_MOD_LAST ? mod_names[mod] : NULL;
}

static EcPeriodStatus
fail(EcPeriodError *err, EcPeriodStatus status, size_t pos, size_t end)
{
	err->status = status;
	err->pos = pos;
	err->len = end > pos ? end - pos : 0;
	return status;
}

EcPeriodStatus
ec_period_resolve(const EcPeriodSpec *spec, int year, EcPeriod *out,
				  EcPeriodError *err)
{
	int			y1 = year + spec->start_dy;
	int			y2 = year + spec->end_dy;
	int			d1;
	int			d2;

	if (y1 < EC_YEAR_MIN || y1 > EC_YEAR_MAX || y2 < EC_YEAR_MIN || y2 > EC_YEAR_MAX)
		return fail(err, EC_PERIOD_BAD_YEAR, spec->pos, spec->end);
	d1 = spec->start_day ? spec->start_day : 1;
	d2 = spec->end_day ? spec->end_day : ec_days_in_month(y2, spec->end_month);
	if (!ec_date_valid(y1, spec->start_month, d1) ||
		!ec_date_valid(y2, spec->end_month, d2))
		return fail(err, EC_PERIOD_BAD_DAY, spec->pos, spec->end);
	out->start = ec_day_number(y1, spec->start_month, d1);
	out->end = ec_day_number(y2, spec->end_month, d2);
	if (out->start > out->end)
		return fail(err, EC_PERIOD_REVERSED, spec->pos, spec->end);
	out->grain = spec->grain;
	out->mod = spec->mod;
	if (out->grain == EC_GRAIN_DAYS && out->start == out->end)
		out->grain = EC_GRAIN_DAY;	/* "28 October - 28 October" */
	if (!ec_period_valid(out))
		return fail(err, EC_PERIOD_BAD_DAY, spec->pos, spec->end);
	return EC_PERIOD_OK;
}

EcPeriodStatus
ec_period_resolve_month(const EcPeriodSpec *spec, const EcYearMonth *from,
						EcPeriod *out, EcPeriodError *err)
{
	EcPeriodSpec month = *spec;
	int			index;

	if (from->month < 1 || from->month > 12)
		return fail(err, EC_PERIOD_NEEDS_ANCHOR, spec->pos, spec->end);
	if (from->year < EC_YEAR_MIN || from->year > EC_YEAR_MAX)
		return fail(err, EC_PERIOD_BAD_YEAR, spec->pos, spec->end);
	/* months since the start of year 0: no overflow, floor division */
	index = from->year * 12 + from->month - 1 + spec->year;
	month.start_month = month.end_month = index % 12 + 1;
	month.start_dy = month.end_dy = 0;
	return ec_period_resolve(&month, index / 12, out, err);
}

EcPeriodStatus
ec_period_parse(const char *s, size_t len, const EcYearMonth *anchor,
				EcPeriod *out, EcPeriodError *err)
{
	EcPeriodSpec spec;
	size_t		start = ec_skip_spaces(s, len, 0);
	size_t		end;
	int			year = 0;

	if (start == len)
		return fail(err, EC_PERIOD_EMPTY, 0, len);
	end = ec_period_match(s, len, start, &spec, err);
	if (end == 0)
		return err->status;
	end = ec_skip_spaces(s, len, end);
	if (end < len)
	{
		size_t		tok = end + 1;

		while (tok < len && !ec_word_ends_at(s, len, end) && !ec_word_ends_at(s, len, tok))
			tok++;
		while (tok < len && !ec_utf8_starts((unsigned char) s[tok]))
			tok++;
		return fail(err, EC_PERIOD_TRAILING, end, tok);
	}
	if (spec.same_period)
		return fail(err, EC_PERIOD_NEEDS_SPAN, spec.pos, spec.end);
	if (spec.month_counted)
	{
		if (anchor == NULL)
			return fail(err, EC_PERIOD_NEEDS_ANCHOR, spec.pos, spec.end);
		return ec_period_resolve_month(&spec, anchor, out, err);
	}
	switch (spec.year_kind)
	{
		case EC_YEAR_ABSOLUTE:
		case EC_YEAR_EDITOR:
			year = spec.year;
			break;
		case EC_YEAR_MISSING:
			if (anchor == NULL)
				return fail(err, EC_PERIOD_NEEDS_ANCHOR, spec.pos, spec.end);
			year = anchor->year;
			break;
		case EC_YEAR_DEICTIC:
		case EC_YEAR_ANAPHORIC:
			if (anchor == NULL)
				return fail(err, EC_PERIOD_NEEDS_ANCHOR, spec.pos, spec.end);
			year = anchor->year + spec.year;
			break;
	}
	return ec_period_resolve(&spec, year, out, err);
}

/* Does [d1 of its month .. d2 of month m2 of y2] cover whole months? */
static bool
whole_months(int d1, int y2, int m2, int d2)
{
	return d1 == 1 && d2 == ec_days_in_month(y2, m2);
}

bool
ec_period_valid(const EcPeriod *p)
{
	int			y1,
				m1,
				d1,
				y2,
				m2,
				d2;
	int			months;

	if (p->start > p->end || p->mod > EC_MOD_LAST ||
		p->start < ec_day_number(EC_YEAR_MIN, 1, 1) ||
		p->end > ec_day_number(EC_YEAR_MAX, 12, 31))
		return false;
	ec_civil(p->start, &y1, &m1, &d1);
	ec_civil(p->end, &y2, &m2, &d2);
	months = (y2 - y1) * 12 + (m2 - m1) + 1;
	switch (p->grain)
	{
		case EC_GRAIN_DAY:
			return p->start == p->end;
		case EC_GRAIN_DAYS:
			return p->start < p->end;
		case EC_GRAIN_MONTH:
			return whole_months(d1, y2, m2, d2) && months == 1;
		case EC_GRAIN_MONTHS:
			return whole_months(d1, y2, m2, d2);
		case EC_GRAIN_QUARTER:
			return whole_months(d1, y2, m2, d2) && months == 3 &&
				m1 % 3 == 1;
		case EC_GRAIN_HALF:
			if (whole_months(d1, y2, m2, d2))
				return months == 6 && (m1 == 1 || m1 == 7);
			/* half of a month: 1-15 or 16 to the end */
			return y1 == y2 && m1 == m2 &&
				((d1 == 1 && d2 == 15) || (d1 == 16 && d2 == ec_days_in_month(y2, m2)));
		case EC_GRAIN_YEAR:
			return m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31 && y1 == y2;
		case EC_GRAIN_YEARS:
			return m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31;
		case EC_GRAIN_DECADE:
			return m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31 &&
				y1 % 10 == 0 && y2 == y1 + 9;
		default:
			return false;
	}
}

void
ec_period_from_span(int32_t start, int32_t end, EcPeriod *out)
{
	/* the narrowest name that fits the span */
	static const uint8_t order[] = {
		EC_GRAIN_DAY, EC_GRAIN_MONTH, EC_GRAIN_QUARTER, EC_GRAIN_HALF,
		EC_GRAIN_YEAR, EC_GRAIN_DECADE, EC_GRAIN_YEARS, EC_GRAIN_MONTHS
	};

	out->start = start;
	out->end = end;
	out->mod = EC_MOD_NONE;
	for (size_t i = 0; i < sizeof(order); i++)
	{
		out->grain = order[i];
		/* a half-year, yes; half a month is a run of days to a constructor */
		if (ec_period_valid(out) &&
			!(order[i] == EC_GRAIN_HALF && end - start < 31))
			return;
	}
	out->grain = EC_GRAIN_DAYS;
}

/*
 * The same day n years later, clamped to the month's length.  With
 * keep_last, a month's last day stays its last day (the end of February).
 */
static bool
shift_day(int32_t day, int n, bool keep_last, int32_t *out)
{
	int			y,
				m,
				d;
	bool		last;

	ec_civil(day, &y, &m, &d);
	last = keep_last && d == ec_days_in_month(y, m);
	if (n < EC_YEAR_MIN - y || n > EC_YEAR_MAX - y)
		return false;
	y += n;
	if (last || d > ec_days_in_month(y, m))
		d = ec_days_in_month(y, m);
	*out = ec_day_number(y, m, d);
	return true;
}

bool
ec_period_shift_years(const EcPeriod *p, int n, EcPeriod *out)
{
	bool		in_days = p->grain == EC_GRAIN_DAY || p->grain == EC_GRAIN_DAYS;

	*out = *p;
	if (!shift_day(p->start, n, !in_days, &out->start) ||
		!shift_day(p->end, n, !in_days, &out->end))
		return false;
	/* 28-29 February 2020 a year on is 28 February 2021 */
	if (out->grain == EC_GRAIN_DAYS && out->start == out->end)
		out->grain = EC_GRAIN_DAY;
	/* the 2020s five years on are 2025-2034 */
	if (out->grain == EC_GRAIN_DECADE && !ec_period_valid(out))
		out->grain = EC_GRAIN_YEARS;
	return true;
}

size_t
ec_period_format(const EcPeriod *p, char *buf)
{
	int			y1,
				m1,
				d1,
				y2,
				m2,
				d2;
	int			n = 0;
	const char *mod = ec_mod_name(p->mod);

	ec_civil(p->start, &y1, &m1, &d1);
	ec_civil(p->end, &y2, &m2, &d2);
	switch (p->grain)
	{
		case EC_GRAIN_DAY:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-%02d-%02d", y1, m1, d1);
			break;
		case EC_GRAIN_DAYS:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-%02d-%02d/%04d-%02d-%02d",
						 y1, m1, d1, y2, m2, d2);
			break;
		case EC_GRAIN_MONTH:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-%02d", y1, m1);
			break;
		case EC_GRAIN_MONTHS:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-%02d/%04d-%02d", y1, m1, y2, m2);
			break;
		case EC_GRAIN_QUARTER:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-Q%d", y1, (m1 + 2) / 3);
			break;
		case EC_GRAIN_HALF:
			if (m1 == m2)
				n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-%02d-H%d", y1, m1, d1 == 1 ? 1 : 2);
			else
				n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d-H%d", y1, m1 == 1 ? 1 : 2);
			break;
		case EC_GRAIN_YEAR:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d", y1);
			break;
		case EC_GRAIN_YEARS:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%04d/%04d", y1, y2);
			break;
		case EC_GRAIN_DECADE:
			n = snprintf(buf, EC_PERIOD_BUFLEN, "%03dX", y1 / 10);
			break;
	}
	if (mod != NULL)
		n += snprintf(buf + n, EC_PERIOD_BUFLEN - n, " %s", mod);
	return (size_t) n;
}
