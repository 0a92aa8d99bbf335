/*
 * currency_amount_agg.c
 *		avg(currency_amount): transition state, parallel combine, final.
 *
 * sum, min and max need no state of their own (the SQL script builds them on
 * +, smaller and larger); avg keeps a count beside the sum.  Like those, it
 * refuses to mix currencies.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "currency_amount.h"

typedef struct AvgState
{
	uint16		currency;
	int64		count;
	ec_int128	sum;
} AvgState;

static void
check_currency(const AvgState *state, uint16 currency)
{
	CurrencyAmount a = {0},
				b = {0};

	a.currency = state->currency;
	b.currency = currency;
	currency_amount_check_same(&a, &b, "average");
}

static void
add_to_state(AvgState *state, ec_int128 sum, int64 count)
{
	if (__builtin_add_overflow(state->sum, sum, &state->sum) ||
		__builtin_add_overflow(state->count, count, &state->count))
		currency_amount_out_of_range();
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

/* currency_amount_avg_accum(internal, currency_amount) */
PG_FUNCTION_INFO_V1(currency_amount_avg_accum);
Datum
currency_amount_avg_accum(PG_FUNCTION_ARGS)
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
		check_currency(state, a->currency);
	add_to_state(state, currency_amount_value(a), 1);
	PG_RETURN_POINTER(state);
}

/* currency_amount_avg_combine(internal, internal) */
PG_FUNCTION_INFO_V1(currency_amount_avg_combine);
Datum
currency_amount_avg_combine(PG_FUNCTION_ARGS)
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
		check_currency(a, b->currency);
	add_to_state(a, b->sum, b->count);
	PG_RETURN_POINTER(a);
}

/* Serialized state: currency (2 bytes), count (8), sum (16, two halves). */
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
	pq_sendint64(&buf, (int64) (state->sum >> 64));
	pq_sendint64(&buf, (int64) (uint64) state->sum);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(currency_amount_avg_deserialize);
Datum
currency_amount_avg_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *bytes = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	AvgState   *state;
	uint64		hi;
	uint64		lo;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "aggregate function called in non-aggregate context");
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes));
	state = palloc0(sizeof(AvgState));
	state->currency = (uint16) pq_getmsgint(&buf, 2);
	state->count = pq_getmsgint64(&buf);
	hi = (uint64) pq_getmsgint64(&buf);
	lo = (uint64) pq_getmsgint64(&buf);
	state->sum = (ec_int128) (((ec_uint128) hi << 64) | lo);
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
	ec_int128	q;
	ec_int128	r;

	if (state == NULL || state->count == 0)
		PG_RETURN_NULL();
	q = state->sum / state->count;
	r = state->sum % state->count;
	if (r < 0)
		r = -r;
	if (2 * r >= state->count)
		q += state->sum < 0 ? -1 : 1;
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(state->currency, q));
}
