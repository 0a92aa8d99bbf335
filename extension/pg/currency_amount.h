/*
 * currency_amount.h
 *		The on-disk form of currency_amount and what its C files share.
 */
#ifndef EC_PG_CURRENCY_AMOUNT_H
#define EC_PG_CURRENCY_AMOUNT_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/numeric.h"

#include "amount.h"
#include "iso4217.h"

/*
 * Fixed length, 24 bytes: the value in units of 10^-10 as two 64-bit halves
 * (an int128 member would demand 16-byte alignment, more than PostgreSQL's
 * largest, 'double'), then the packed ISO 4217 code.
 */
typedef struct CurrencyAmount
{
	int64		value_hi;
	uint64		value_lo;
	uint16		currency;
} CurrencyAmount;

#define CURRENCY_AMOUNT_SIZE 24

#define DatumGetCurrencyAmountP(X)	((CurrencyAmount *) DatumGetPointer(X))
#define CurrencyAmountPGetDatum(X)	PointerGetDatum(X)
#define PG_GETARG_CURRENCY_AMOUNT_P(n) DatumGetCurrencyAmountP(PG_GETARG_DATUM(n))
#define PG_RETURN_CURRENCY_AMOUNT_P(x) return CurrencyAmountPGetDatum(x)

static inline ec_int128
currency_amount_value(const CurrencyAmount *a)
{
	return (ec_int128) (((ec_uint128) (uint64) a->value_hi << 64) | a->value_lo);
}

static inline CurrencyAmount *
currency_amount_make(uint16 currency, ec_int128 value)
{
	CurrencyAmount *a = palloc0(CURRENCY_AMOUNT_SIZE);

	a->value_hi = (int64) (value >> 64);
	a->value_lo = (uint64) value;
	a->currency = currency;
	return a;
}

/* Compare by currency code, then value: the btree order. */
static inline int
currency_amount_cmp_internal(const CurrencyAmount *a, const CurrencyAmount *b)
{
	ec_int128	va,
				vb;

	if (a->currency != b->currency)
		return a->currency < b->currency ? -1 : 1;
	va = currency_amount_value(a);
	vb = currency_amount_value(b);
	return va < vb ? -1 : (va > vb ? 1 : 0);
}

/* Error out unless a and b share a currency; verb says what was attempted. */
extern void currency_amount_check_same(const CurrencyAmount *a,
									   const CurrencyAmount *b,
									   const char *verb);

/* An exact value as numeric, and a numeric as value (22003 out of range). */
extern Numeric fixed_to_numeric(ec_int128 v);
extern ec_int128 numeric_to_fixed(Numeric n, bool round);

/* 22003 for a result beyond EC_FIXED_MAX. */
extern void currency_amount_out_of_range(void) pg_attribute_noreturn();

#endif							/* EC_PG_CURRENCY_AMOUNT_H */
