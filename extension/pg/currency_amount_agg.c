/*
 * currency_amount_agg.c
 *		sum(currency_amount) and avg(currency_amount): transition state,
 *		parallel combine, final.
 *
 * Both keep a sum wider than any amount, so that whether a sum overflows
 * depends on the rows, never on their order (with + as its step, sum() of
 * 9e27, 9e27 and -9e27 failed or not as the rows came); avg keeps a count
 * beside it.  min and max need no state of their own (the SQL script builds
 * them on smaller and larger).  All refuse to mix currencies.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "currency_amount.h"

/*
 * The running sum has 192 bits, hi * 2^64 + lo, so that no count of amounts
 * can overflow it before the mean is taken.  hi is kept as two 64-bit
 * halves: palloc guarantees 8-byte alignment, not the 16 an int128 needs.
 */
typedef struct AvgState
{
	uint16		currency;
	int64		count;
	int64		hi_hi;
	uint64		hi_lo;
	uint64		lo;
} AvgState;

static ec_int128
get_hi(const AvgState *s)
{
	return (ec_int128) (((ec_uint128) (uint64) s->hi_hi << 64) | s->hi_lo);
}

static void
set_hi(AvgState *s, ec_int128 hi)
{
	s->hi_hi = (int64) (hi >> 64);
	s->hi_lo = (uint64) hi;
}

/* verb: what the error says the aggregate could not do across currencies */
static void
check_currency(const AvgState *state, uint16 currency, const char *verb)
{
	CurrencyAmount a = {0},
				b = {0};

	a.currency = state->currency;
	b.currency = currency;
	currency_amount_check_same(&a, &b, verb);
}

/* Add hi * 2^64 + lo and count to the state. */
static void
add_to_state(AvgState *state, ec_int128 hi, uint64 lo, int64 count)
{
	uint64		sum_lo = state->lo + lo;

	set_hi(state, get_hi(state) + hi + (sum_lo < lo ? 1 : 0));
	state->lo = sum_lo;
	if (__builtin_add_overflow(state->count, count, &state->count))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("too many amounts to average")));
}

static void
add_amount(AvgState *state, ec_int128 v)
{
	/* v = (v >> 64) * 2^64 + (uint64) v, the shift being arithmetic */
	add_to_state(state, v >> 64, (uint64) v, 1);
}

static AvgState *
new_state(FunctionCallInfo fcinfo, uint16 currency)
{
	MemoryContext aggcontext;
	AvgState   *state;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "aggregate function called in non-aggregate context");
	state = MemoryContextAllocZero(aggcontext, sizeof(AvgState));
	state->currency = currency;
	return state;
}

/* the transition step of sum and avg: (internal, currency_amount) */
static Datum
accumulate(FunctionCallInfo fcinfo, const char *verb)
{
	AvgState   *state = PG_ARGISNULL(0) ? NULL : (AvgState *) PG_GETARG_POINTER(0);
	CurrencyAmount *a;

	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	a = PG_GETARG_CURRENCY_AMOUNT_P(1);
	if (state == NULL)
		state = new_state(fcinfo, a->currency);
	else
		check_currency(state, a->currency, verb);
	add_amount(state, currency_amount_value(a));
	PG_RETURN_POINTER(state);
}

/* the parallel combine of sum and avg: (internal, internal) */
static Datum
combine(FunctionCallInfo fcinfo, const char *verb)
{
	AvgState   *a = PG_ARGISNULL(0) ? NULL : (AvgState *) PG_GETARG_POINTER(0);
	AvgState   *b = PG_ARGISNULL(1) ? NULL : (AvgState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		/* the result must live in the aggregate context, not in b's */
		a = new_state(fcinfo, b->currency);
	}
	else
		check_currency(a, b->currency, verb);
	add_to_state(a, get_hi(b), b->lo, b->count);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(currency_amount_sum_accum);
Datum
currency_amount_sum_accum(PG_FUNCTION_ARGS)
{
	return accumulate(fcinfo, "add");
}

PG_FUNCTION_INFO_V1(currency_amount_sum_combine);
Datum
currency_amount_sum_combine(PG_FUNCTION_ARGS)
{
	return combine(fcinfo, "add");
}

PG_FUNCTION_INFO_V1(currency_amount_avg_accum);
Datum
currency_amount_avg_accum(PG_FUNCTION_ARGS)
{
	return accumulate(fcinfo, "average");
}

PG_FUNCTION_INFO_V1(currency_amount_avg_combine);
Datum
currency_amount_avg_combine(PG_FUNCTION_ARGS)
{
	return combine(fcinfo, "average");
}

/* The sum, when it is an amount: 22003 when its magnitude exceeds one. */
PG_FUNCTION_INFO_V1(currency_amount_sum_final);
Datum
currency_amount_sum_final(PG_FUNCTION_ARGS)
{
	AvgState   *state = PG_ARGISNULL(0) ? NULL : (AvgState *) PG_GETARG_POINTER(0);
	ec_int128	hi;
	ec_int128	sum;

	if (state == NULL || state->count == 0)
		PG_RETURN_NULL();
	hi = get_hi(state);
	/* hi * 2^64 + lo fits in 128 bits when hi does in 64 */
	if (hi < PG_INT64_MIN || hi > PG_INT64_MAX)
		currency_amount_out_of_range();
	sum = (ec_int128) (((ec_uint128) hi << 64) | state->lo);
	if (sum > EC_FIXED_MAX || sum < -EC_FIXED_MAX)
		currency_amount_out_of_range();
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(state->currency, sum));
}

/*
 * Serialized state, of sum's and avg's: currency (2 bytes), count (8), the
 * sum's hi (16), lo (8).
 */
PG_FUNCTION_INFO_V1(currency_amount_avg_serialize);
Datum
currency_amount_avg_serialize(PG_FUNCTION_ARGS)
{
	AvgState   *state = (AvgState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "aggregate function called in non-aggregate context");
	pq_begintypsend(&buf);
	pq_sendint16(&buf, state->currency);
	pq_sendint64(&buf, state->count);
	pq_sendint64(&buf, state->hi_hi);
	pq_sendint64(&buf, (int64) state->hi_lo);
	pq_sendint64(&buf, (int64) state->lo);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(currency_amount_avg_deserialize);
Datum
currency_amount_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	AvgState   *state;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "aggregate function called in non-aggregate context");
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	state = palloc0(sizeof(AvgState));
	state->currency = (uint16) pq_getmsgint(&buf, 2);
	state->count = pq_getmsgint64(&buf);
	state->hi_hi = pq_getmsgint64(&buf);
	state->hi_lo = (uint64) pq_getmsgint64(&buf);
	state->lo = (uint64) pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	pfree(buf.data);
	PG_RETURN_POINTER(state);
}

/* the mean, rounded half away from zero to 10^-10 */
PG_FUNCTION_INFO_V1(currency_amount_avg_final);
Datum
currency_amount_avg_final(PG_FUNCTION_ARGS)
{
	AvgState   *state = PG_ARGISNULL(0) ? NULL : (AvgState *) PG_GETARG_POINTER(0);
	ec_int128	hi;
	uint64		lo;
	bool		negative;
	ec_uint128	q_hi,
				r,
				low,
				q;
	uint64		count;

	if (state == NULL || state->count == 0)
		PG_RETURN_NULL();
	hi = get_hi(state);
	lo = state->lo;
	negative = hi < 0;
	if (negative)
	{
		/* two's complement of the 192-bit sum */
		lo = ~lo + 1;
		hi = ~hi + (lo == 0 ? 1 : 0);
	}
	count = (uint64) state->count;
	/* long division by count in two 64-bit steps; the mean fits in 127 bits */
	q_hi = (ec_uint128) hi / count;
	r = (ec_uint128) hi % count;
	low = (r << 64) | lo;
	q = (q_hi << 64) + low / count;
	if (2 * (low % count) >= count)
		q++;
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(state->currency,
													 negative ? -(ec_int128) q : (ec_int128) q));
}
