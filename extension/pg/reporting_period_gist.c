/*
 * reporting_period_gist.c
 *		A GiST operator class for reporting_period: an R-tree over spans of
 *		days, in the manner of contrib/seg.
 *
 * Leaf keys are the values themselves; an inner key is the bounding span
 * of its subtree (grain and modifier zero).  No compress or decompress
 * functions are needed, so index-only scans return the stored values.
 */
#include "postgres.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "fmgr.h"
#include "utils/date.h"

#include "reporting_period.h"

/* the strategy numbers of core's range_ops */
#define STRAT_BEFORE		RTLeftStrategyNumber	/* << */
#define STRAT_OVERLEFT		RTOverLeftStrategyNumber	/* &< */
#define STRAT_OVERLAPS		RTOverlapStrategyNumber /* && */
#define STRAT_OVERRIGHT		RTOverRightStrategyNumber	/* &> */
#define STRAT_AFTER			RTRightStrategyNumber	/* >> */
#define STRAT_CONTAINS		RTContainsStrategyNumber	/* @> */
#define STRAT_CONTAINED_BY	RTContainedByStrategyNumber /* <@ */
#define STRAT_CONTAINS_DATE RTContainsElemStrategyNumber	/* @> date */
#define STRAT_EQUAL			RTEqualStrategyNumber	/* = */
#define STRAT_ADJACENT		RTAdjacentStrategyNumber	/* -|- */

static ReportingPeriod *
bounding(int32 start, int32 end)
{
	ReportingPeriod *r = palloc0(REPORTING_PERIOD_SIZE);

	r->start = start;
	r->end = end;
	return r;
}

PG_FUNCTION_INFO_V1(reporting_period_gist_consistent);
Datum
reporting_period_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	ReportingPeriod *key = DatumGetReportingPeriodP(entry->key);
	bool		leaf = GIST_LEAF(entry);
	ReportingPeriod *q;

	*recheck = false;
	if (strategy == STRAT_CONTAINS_DATE)
	{
		DateADT		d = PG_GETARG_DATEADT(1);

		PG_RETURN_BOOL(key->start <= d && d <= key->end);
	}
	q = PG_GETARG_REPORTING_PERIOD_P(1);
	switch (strategy)
	{
		case STRAT_OVERLAPS:
			PG_RETURN_BOOL(reporting_period_overlaps(key, q));
		case STRAT_CONTAINS:
			PG_RETURN_BOOL(reporting_period_contains(key, q));
		case STRAT_CONTAINED_BY:
			/* a subtree can hold spans inside q only if it overlaps q */
			PG_RETURN_BOOL(leaf ? reporting_period_contains(q, key)
						   : reporting_period_overlaps(key, q));
		case STRAT_BEFORE:
			PG_RETURN_BOOL(leaf ? key->end < q->start : key->start < q->start);
		case STRAT_AFTER:
			PG_RETURN_BOOL(leaf ? key->start > q->end : key->end > q->end);
		case STRAT_OVERLEFT:
			PG_RETURN_BOOL(leaf ? key->end <= q->end : key->start <= q->end);
		case STRAT_OVERRIGHT:
			PG_RETURN_BOOL(leaf ? key->start >= q->start : key->end >= q->start);
		case STRAT_ADJACENT:
			/* a subtree holds a span ending or starting next to q if it covers that day */
			PG_RETURN_BOOL(leaf ? reporting_period_adjacent(key, q)
						   : ((int64) key->start < q->start && q->start - 1 <= (int64) key->end) ||
						   ((int64) key->start <= (int64) q->end + 1 && (int64) q->end < key->end));
		case STRAT_EQUAL:
			PG_RETURN_BOOL(leaf ? reporting_period_cmp_internal(key, q) == 0
						   : reporting_period_contains(key, q));
		default:
			elog(ERROR, "unrecognized reporting_period strategy number: %d", strategy);
	}
	PG_RETURN_BOOL(false);		/* keep the compiler quiet */
}

PG_FUNCTION_INFO_V1(reporting_period_gist_union);
Datum
reporting_period_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *sizep = (int *) PG_GETARG_POINTER(1);
	ReportingPeriod *first = DatumGetReportingPeriodP(entryvec->vector[0].key);
	int32		start = first->start;
	int32		end = first->end;

	for (int i = 1; i < entryvec->n; i++)
	{
		ReportingPeriod *r = DatumGetReportingPeriodP(entryvec->vector[i].key);

		start = Min(start, r->start);
		end = Max(end, r->end);
	}
	*sizep = REPORTING_PERIOD_SIZE;
	PG_RETURN_POINTER(bounding(start, end));
}

/* growth of the bounding span, in days */
PG_FUNCTION_INFO_V1(reporting_period_gist_penalty);
Datum
reporting_period_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *orig_entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *new_entry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	ReportingPeriod *orig = DatumGetReportingPeriodP(orig_entry->key);
	ReportingPeriod *add = DatumGetReportingPeriodP(new_entry->key);
	int64		before = (int64) orig->end - orig->start;
	int64		after = (int64) Max(orig->end, add->end) - Min(orig->start, add->start);

	*penalty = (float) (after - before);
	PG_RETURN_POINTER(penalty);
}

typedef struct SplitItem
{
	OffsetNumber offset;
	int64		middle;			/* start + end: twice the midpoint */
} SplitItem;

static int
split_item_cmp(const void *a, const void *b)
{
	int64		ma = ((const SplitItem *) a)->middle;
	int64		mb = ((const SplitItem *) b)->middle;

	return ma < mb ? -1 : (ma > mb ? 1 : 0);
}

/* Sort by midpoint and cut in the middle: the spans are one-dimensional. */
PG_FUNCTION_INFO_V1(reporting_period_gist_picksplit);
Datum
reporting_period_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			nitems = maxoff - FirstOffsetNumber + 1;
	SplitItem  *items = palloc(sizeof(SplitItem) * nitems);
	ReportingPeriod *left = NULL;
	ReportingPeriod *right = NULL;

	for (OffsetNumber i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
	{
		ReportingPeriod *r = DatumGetReportingPeriodP(entryvec->vector[i].key);

		items[i - FirstOffsetNumber].offset = i;
		items[i - FirstOffsetNumber].middle = (int64) r->start + r->end;
	}
	qsort(items, nitems, sizeof(SplitItem), split_item_cmp);

	v->spl_left = palloc(sizeof(OffsetNumber) * nitems);
	v->spl_right = palloc(sizeof(OffsetNumber) * nitems);
	v->spl_nleft = 0;
	v->spl_nright = 0;
	for (int k = 0; k < nitems; k++)
	{
		ReportingPeriod *r = DatumGetReportingPeriodP(entryvec->vector[items[k].offset].key);
		ReportingPeriod **side = k < nitems / 2 ? &left : &right;

		if (k < nitems / 2)
			v->spl_left[v->spl_nleft++] = items[k].offset;
		else
			v->spl_right[v->spl_nright++] = items[k].offset;
		if (*side == NULL)
			*side = bounding(r->start, r->end);
		else
		{
			(*side)->start = Min((*side)->start, r->start);
			(*side)->end = Max((*side)->end, r->end);
		}
	}
	v->spl_ldatum = ReportingPeriodPGetDatum(left);
	v->spl_rdatum = ReportingPeriodPGetDatum(right);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(reporting_period_gist_same);
Datum
reporting_period_gist_same(PG_FUNCTION_ARGS)
{
	ReportingPeriod *a = PG_GETARG_REPORTING_PERIOD_P(0);
	ReportingPeriod *b = PG_GETARG_REPORTING_PERIOD_P(1);
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = reporting_period_cmp_internal(a, b) == 0;
	PG_RETURN_POINTER(result);
}
