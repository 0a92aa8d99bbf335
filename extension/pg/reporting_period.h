/*
 * reporting_period.h
 *		The on-disk form of reporting_period and what its C files share.
 */
#ifndef EC_PG_REPORTING_PERIOD_H
#define EC_PG_REPORTING_PERIOD_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"

#include "period.h"

/*
 * Fixed length, 12 bytes, int4-aligned: the first and last day (DateADT,
 * which the core's day numbers equal), the grain and the modifier.
 */
typedef struct ReportingPeriod
{
	int32		start;
	int32		end;
	uint8		grain;
	uint8		mod;
	uint8		pad[2];
} ReportingPeriod;

#define REPORTING_PERIOD_SIZE 12

#define DatumGetReportingPeriodP(X)		((ReportingPeriod *) DatumGetPointer(X))
#define ReportingPeriodPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_REPORTING_PERIOD_P(n) DatumGetReportingPeriodP(PG_GETARG_DATUM(n))
#define PG_RETURN_REPORTING_PERIOD_P(x) return ReportingPeriodPGetDatum(x)

static inline ReportingPeriod *
reporting_period_make(const EcPeriod *p)
{
	ReportingPeriod *r = palloc0(REPORTING_PERIOD_SIZE);

	r->start = p->start;
	r->end = p->end;
	r->grain = p->grain;
	r->mod = p->mod;
	return r;
}

/* btree order: start, then end, then grain, then modifier */
static inline int
reporting_period_cmp_internal(const ReportingPeriod *a, const ReportingPeriod *b)
{
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	if (a->grain != b->grain)
		return a->grain < b->grain ? -1 : 1;
	if (a->mod != b->mod)
		return a->mod < b->mod ? -1 : 1;
	return 0;
}

static inline bool
reporting_period_overlaps(const ReportingPeriod *a, const ReportingPeriod *b)
{
	return a->start <= b->end && b->start <= a->end;
}

static inline bool
reporting_period_contains(const ReportingPeriod *a, const ReportingPeriod *b)
{
	return a->start <= b->start && b->end <= a->end;
}

/* a ends the day before b starts, or b the day before a starts */
static inline bool
reporting_period_adjacent(const ReportingPeriod *a, const ReportingPeriod *b)
{
	return (int64) a->end + 1 == b->start || (int64) b->end + 1 == a->start;
}

/* The year and month of an anchor date; 22023 when it is infinite. */
extern EcYearMonth reporting_period_anchor(DateADT anchor, const char *function);

#endif							/* EC_PG_REPORTING_PERIOD_H */
