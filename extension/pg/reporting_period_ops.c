/*
 * reporting_period_ops.c
 *		reporting_period: btree order, hashing and the range operators
 *		(&&, @>, <@, <<, >>, and @> / <@ with a date).
 *
 * The range operators look at the span of days only; grain and modifier
 * take part in equality and the btree order.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/date.h"

#include "reporting_period.h"

#define PERIOD_CMP_FUNCTION(name, test) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = reporting_period_cmp_internal(PG_GETARG_REPORTING_PERIOD_P(0), \
												  PG_GETARG_REPORTING_PERIOD_P(1)); \
	PG_RETURN_BOOL(test); \
}

PERIOD_CMP_FUNCTION(reporting_period_eq, c == 0)
PERIOD_CMP_FUNCTION(reporting_period_ne, c != 0)
PERIOD_CMP_FUNCTION(reporting_period_lt, c < 0)
PERIOD_CMP_FUNCTION(reporting_period_le, c <= 0)
PERIOD_CMP_FUNCTION(reporting_period_gt, c > 0)
PERIOD_CMP_FUNCTION(reporting_period_ge, c >= 0)

PG_FUNCTION_INFO_V1(reporting_period_cmp);
Datum
reporting_period_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(reporting_period_cmp_internal(PG_GETARG_REPORTING_PERIOD_P(0),
												  PG_GETARG_REPORTING_PERIOD_P(1)));
}

/*
 * Hash a fixed little-endian image, the same on every platform: hash
 * partitions and indexes are laid out by it.
 */
#define HASH_IMAGE_SIZE 10

static void
hash_image(const ReportingPeriod *r, unsigned char *image)
{
	uint32		start = (uint32) r->start;
	uint32		end = (uint32) r->end;

	for (int i = 0; i < 4; i++)
	{
		image[i] = (unsigned char) (start >> (8 * i));
		image[4 + i] = (unsigned char) (end >> (8 * i));
	}
	image[8] = r->grain;
	image[9] = r->mod;
}

PG_FUNCTION_INFO_V1(reporting_period_hash);
Datum
reporting_period_hash(PG_FUNCTION_ARGS)
{
	unsigned char image[HASH_IMAGE_SIZE];

	hash_image(PG_GETARG_REPORTING_PERIOD_P(0), image);
	return hash_any(image, HASH_IMAGE_SIZE);
}

PG_FUNCTION_INFO_V1(reporting_period_hash_extended);
Datum
reporting_period_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char image[HASH_IMAGE_SIZE];

	hash_image(PG_GETARG_REPORTING_PERIOD_P(0), image);
	return hash_any_extended(image, HASH_IMAGE_SIZE, PG_GETARG_INT64(1));
}

/* --- range operators ----------------------------------------------------- */

PG_FUNCTION_INFO_V1(reporting_period_overlaps_op);
Datum
reporting_period_overlaps_op(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(reporting_period_overlaps(PG_GETARG_REPORTING_PERIOD_P(0),
											 PG_GETARG_REPORTING_PERIOD_P(1)));
}

PG_FUNCTION_INFO_V1(reporting_period_contains_op);
Datum
reporting_period_contains_op(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(reporting_period_contains(PG_GETARG_REPORTING_PERIOD_P(0),
											 PG_GETARG_REPORTING_PERIOD_P(1)));
}

PG_FUNCTION_INFO_V1(reporting_period_contained_op);
Datum
reporting_period_contained_op(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(reporting_period_contains(PG_GETARG_REPORTING_PERIOD_P(1),
											 PG_GETARG_REPORTING_PERIOD_P(0)));
}

PG_FUNCTION_INFO_V1(reporting_period_contains_date);
Datum
reporting_period_contains_date(PG_FUNCTION_ARGS)
{
	ReportingPeriod *r = PG_GETARG_REPORTING_PERIOD_P(0);
	DateADT		d = PG_GETARG_DATEADT(1);

	PG_RETURN_BOOL(r->start <= d && d <= r->end);
}

PG_FUNCTION_INFO_V1(date_contained_by_reporting_period);
Datum
date_contained_by_reporting_period(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	ReportingPeriod *r = PG_GETARG_REPORTING_PERIOD_P(1);

	PG_RETURN_BOOL(r->start <= d && d <= r->end);
}

/* strictly before: every day of a precedes every day of b */
PG_FUNCTION_INFO_V1(reporting_period_before);
Datum
reporting_period_before(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_REPORTING_PERIOD_P(0)->end <
				   PG_GETARG_REPORTING_PERIOD_P(1)->start);
}

PG_FUNCTION_INFO_V1(reporting_period_after);
Datum
reporting_period_after(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_REPORTING_PERIOD_P(0)->start >
				   PG_GETARG_REPORTING_PERIOD_P(1)->end);
}

/* does not extend to the right of: a ends no later than b */
PG_FUNCTION_INFO_V1(reporting_period_overleft);
Datum
reporting_period_overleft(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_REPORTING_PERIOD_P(0)->end <=
				   PG_GETARG_REPORTING_PERIOD_P(1)->end);
}

/* does not extend to the left of: a starts no earlier than b */
PG_FUNCTION_INFO_V1(reporting_period_overright);
Datum
reporting_period_overright(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_REPORTING_PERIOD_P(0)->start >=
				   PG_GETARG_REPORTING_PERIOD_P(1)->start);
}

/* one follows the other with no day between: H1 2021 -|- H2 2021 */
PG_FUNCTION_INFO_V1(reporting_period_adjacent_op);
Datum
reporting_period_adjacent_op(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(reporting_period_adjacent(PG_GETARG_REPORTING_PERIOD_P(0),
											 PG_GETARG_REPORTING_PERIOD_P(1)));
}
