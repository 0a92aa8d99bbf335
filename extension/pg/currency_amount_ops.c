/*
 * currency_amount_ops.c
 *		currency_amount: comparison, hashing and arithmetic.
 *
 * The btree order is total: currency code first, then value, so that one
 * index, ORDER BY, DISTINCT and GROUP BY serve a column that mixes
 * currencies.  Arithmetic is exact and refuses to mix currencies.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "currency_amount.h"

/* --- comparison ---------------------------------------------------------- */

#define AMOUNT_CMP_FUNCTION(name, test) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = currency_amount_cmp_internal(PG_GETARG_CURRENCY_AMOUNT_P(0), \
												 PG_GETARG_CURRENCY_AMOUNT_P(1)); \
	PG_RETURN_BOOL(test); \
}

AMOUNT_CMP_FUNCTION(currency_amount_eq, c == 0)
AMOUNT_CMP_FUNCTION(currency_amount_ne, c != 0)
AMOUNT_CMP_FUNCTION(currency_amount_lt, c < 0)
AMOUNT_CMP_FUNCTION(currency_amount_le, c <= 0)
AMOUNT_CMP_FUNCTION(currency_amount_gt, c > 0)
AMOUNT_CMP_FUNCTION(currency_amount_ge, c >= 0)

PG_FUNCTION_INFO_V1(currency_amount_cmp);
Datum
currency_amount_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(currency_amount_cmp_internal(PG_GETARG_CURRENCY_AMOUNT_P(0),
												 PG_GETARG_CURRENCY_AMOUNT_P(1)));
}

/* --- hashing ------------------------------------------------------------- */

/*
 * Hash a fixed little-endian image of (currency, value), so that hash values
 * are the same on every platform: hash partitions and hash indexes depend on
 * them.  Equal amounts have one representation (1.50 and 1.5 are both
 * 15000000000 units), so they hash alike.
 */
#define HASH_IMAGE_SIZE 18

static void
hash_image(const CurrencyAmount *a, unsigned char *image)
{
	ec_uint128	v = (ec_uint128) currency_amount_value(a);

	image[0] = (unsigned char) (a->currency & 0xFF);
	image[1] = (unsigned char) (a->currency >> 8);
	for (int i = 0; i < 16; i++)
	{
		image[2 + i] = (unsigned char) (v & 0xFF);
		v >>= 8;
	}
}

PG_FUNCTION_INFO_V1(currency_amount_hash);
Datum
currency_amount_hash(PG_FUNCTION_ARGS)
{
	unsigned char image[HASH_IMAGE_SIZE];

	hash_image(PG_GETARG_CURRENCY_AMOUNT_P(0), image);
	return hash_any(image, HASH_IMAGE_SIZE);
}

PG_FUNCTION_INFO_V1(currency_amount_hash_extended);
Datum
currency_amount_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char image[HASH_IMAGE_SIZE];

	hash_image(PG_GETARG_CURRENCY_AMOUNT_P(0), image);
	return hash_any_extended(image, HASH_IMAGE_SIZE, PG_GETARG_INT64(1));
}

/* --- arithmetic ---------------------------------------------------------- */

static CurrencyAmount *
make_checked(uint16 currency, ec_int128 value, bool overflow)
{
	if (overflow || value > EC_FIXED_MAX || value < -EC_FIXED_MAX)
		currency_amount_out_of_range();
	return currency_amount_make(currency, value);
}

PG_FUNCTION_INFO_V1(currency_amount_pl);
Datum
currency_amount_pl(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);
	ec_int128	r;
	bool		overflow;

	currency_amount_check_same(a, b, "add");
	overflow = __builtin_add_overflow(currency_amount_value(a),
									  currency_amount_value(b), &r);
	PG_RETURN_CURRENCY_AMOUNT_P(make_checked(a->currency, r, overflow));
}

PG_FUNCTION_INFO_V1(currency_amount_mi);
Datum
currency_amount_mi(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);
	ec_int128	r;
	bool		overflow;

	currency_amount_check_same(a, b, "subtract");
	overflow = __builtin_sub_overflow(currency_amount_value(a),
									  currency_amount_value(b), &r);
	PG_RETURN_CURRENCY_AMOUNT_P(make_checked(a->currency, r, overflow));
}

PG_FUNCTION_INFO_V1(currency_amount_um);
Datum
currency_amount_um(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);

	/* values are within +-EC_FIXED_MAX, so negation cannot overflow */
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(a->currency,
													 -currency_amount_value(a)));
}

PG_FUNCTION_INFO_V1(currency_amount_abs);
Datum
currency_amount_abs(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	ec_int128	v = currency_amount_value(a);

	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(a->currency, v < 0 ? -v : v));
}

static Datum
multiply(CurrencyAmount *a, Numeric factor)
{
	/* numeric_mul is exact; the one rounding is to 10^-10 */
	Numeric		product = DatumGetNumeric(DirectFunctionCall2(numeric_mul,
															  NumericGetDatum(fixed_to_numeric(currency_amount_value(a))),
															  NumericGetDatum(factor)));

	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(a->currency,
													 numeric_to_fixed(product, true)));
}

PG_FUNCTION_INFO_V1(currency_amount_mul_numeric);
Datum
currency_amount_mul_numeric(PG_FUNCTION_ARGS)
{
	return multiply(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_NUMERIC(1));
}

PG_FUNCTION_INFO_V1(numeric_mul_currency_amount);
Datum
numeric_mul_currency_amount(PG_FUNCTION_ARGS)
{
	return multiply(PG_GETARG_CURRENCY_AMOUNT_P(1), PG_GETARG_NUMERIC(0));
}

/*
 * amount / numeric, rounded once, half away from zero, to 10^-10: divide the
 * value in 10^-10 units by the divisor, truncating, and round on the exact
 * remainder.  (numeric_div would round to a scale of its own choosing first.)
 */
PG_FUNCTION_INFO_V1(currency_amount_div_numeric);
Datum
currency_amount_div_numeric(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	Numeric		divisor = PG_GETARG_NUMERIC(1);
	ec_int128	v = currency_amount_value(a);
	Datum		units;
	Datum		quotient;
	Datum		remainder;
	Datum		twice_rem;
	Datum		unit_size;

	if (numeric_is_nan(divisor) || numeric_is_inf(divisor))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot divide a currency_amount by NaN or infinity")));
	/* v as an integer count of 10^-10 units */
	units = DirectFunctionCall2(numeric_mul,
								NumericGetDatum(fixed_to_numeric(v)),
								NumericGetDatum(int64_to_numeric(10000000000LL)));
	/* division by zero raises 22012 here */
	quotient = DirectFunctionCall2(numeric_div_trunc, units, NumericGetDatum(divisor));
	remainder = DirectFunctionCall2(numeric_sub, units,
									DirectFunctionCall2(numeric_mul, quotient,
														NumericGetDatum(divisor)));
	twice_rem = DirectFunctionCall1(numeric_abs,
									DirectFunctionCall2(numeric_add, remainder, remainder));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, twice_rem,
										  DirectFunctionCall1(numeric_abs,
															  NumericGetDatum(divisor)))) >= 0)
	{
		/* away from zero: in the direction of the exact quotient's sign */
		bool		negative = (v < 0) !=
			(DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											   NumericGetDatum(divisor),
											   NumericGetDatum(int64_to_numeric(0)))) < 0);

		quotient = DirectFunctionCall2(negative ? numeric_sub : numeric_add,
									   quotient,
									   NumericGetDatum(int64_to_numeric(1)));
	}
	unit_size = NumericGetDatum(int64_div_fast_to_numeric(1, EC_FIXED_SCALE));
	quotient = DirectFunctionCall2(numeric_mul, quotient, unit_size);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(a->currency,
													 numeric_to_fixed(DatumGetNumeric(quotient),
																	  false)));
}

/* amount / amount of one currency: a plain ratio */
PG_FUNCTION_INFO_V1(currency_amount_div);
Datum
currency_amount_div(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);

	currency_amount_check_same(a, b, "divide");
	return DirectFunctionCall2(numeric_div,
							   NumericGetDatum(fixed_to_numeric(currency_amount_value(a))),
							   NumericGetDatum(fixed_to_numeric(currency_amount_value(b))));
}

/* --- min and max: one currency only -------------------------------------- */

PG_FUNCTION_INFO_V1(currency_amount_smaller);
Datum
currency_amount_smaller(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);

	currency_amount_check_same(a, b, "compare");
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_cmp_internal(a, b) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(currency_amount_larger);
Datum
currency_amount_larger(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);

	currency_amount_check_same(a, b, "compare");
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_cmp_internal(a, b) >= 0 ? a : b);
}
