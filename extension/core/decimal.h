/*
 * decimal.h
 *		Exact decimal numbers as written in prose: numerals ("1,250.50"),
 *		numbers in words ("ten", "half a", "two and a half") and scale words
 *		("million", "bn"), evaluated to fixed point without floating point.
 */
#ifndef EC_DECIMAL_H
#define EC_DECIMAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef __SIZEOF_INT128__
#error "econtext needs a compiler with a 128-bit integer type"
#endif
typedef __int128 ec_int128;
typedef unsigned __int128 ec_uint128;

/*
 * A number as lexed: coef * 10^exp10.  coef keeps at most 38 significant
 * digits; a longer numeral keeps its magnitude in exp10 and remembers the
 * first digit it dropped, which is all that rounding half away from zero
 * needs.
 */
typedef struct EcNumber
{
	ec_int128	coef;
	int			exp10;
	int			dropped_digit;	/* first digit not kept in coef, or -1 */
	bool		dropped_nonzero;	/* some digit not kept was not 0 */
	bool		in_words;		/* "ten", "half a", ... rather than digits */
	bool		article;		/* just "a", "an" or "half a": a number only
								 * before a scale word */
	size_t		bad_group;		/* position of a malformed ",dd" group, or 0 */
} EcNumber;

/*
 * Fixed point used for money: an integer count of 10^-EC_FIXED_SCALE units.
 * EC_FIXED_MAX is the largest magnitude (10^38 - 1, so 28 integer digits).
 */
#define EC_FIXED_SCALE 10
#define EC_FIXED_INT_DIGITS 28
#define EC_FIXED_MAX (((ec_int128) 10000000000000000000ULL) * \
					  ((ec_int128) 10000000000000000000ULL) - 1)

/*
 * Lex a numeral at pos: digits with optional comma thousands separators and
 * a decimal point ("1,250.50", "0.5", ".5").  Returns the end or 0.
 */
extern size_t ec_lex_numeral(const char *s, size_t len, size_t pos,
							 EcNumber *num);

/*
 * Lex a number written in words at pos ("ten", "twenty-five", "two hundred",
 * "one and a half", "half a", "a").  Returns the end or 0.  A bare "a", "an"
 * or "half a" is a number only before a scale word or a unit, which the
 * caller checks.
 */
extern size_t ec_lex_number_words(const char *s, size_t len, size_t pos,
								   EcNumber *num);

/* Numeral or number in words. */
extern size_t ec_lex_number(const char *s, size_t len, size_t pos,
							EcNumber *num);

/*
 * Scale word at pos (thousand, k, million, mln, mn, m, billion, bln, bn, b,
 * trillion, trln, tn): sets *exp10 and returns the end, or 0.  The word may
 * follow the number directly ("900m") or after white space.
 */
extern size_t ec_lex_scale(const char *s, size_t len, size_t pos, int *exp10);

/*
 * num * 10^scale_exp10 in units of 10^-EC_FIXED_SCALE, rounded half away from
 * zero.  Returns false when the magnitude exceeds EC_FIXED_MAX.
 */
extern bool ec_number_to_fixed(const EcNumber *num, int scale_exp10,
							   ec_int128 *out);

/*
 * How many digits num * 10^scale_exp10 has before the decimal point (0 for
 * a value below 1): what an error says of a value too large.
 */
extern int	ec_number_int_digits(const EcNumber *num, int scale_exp10);

/*
 * Parse a plain decimal string (optional sign, digits, optional point and
 * digits: numeric's output form) to fixed point.  *inexact is set when
 * non-zero digits beyond EC_FIXED_SCALE had to be rounded.  Returns false on
 * a malformed string or a magnitude over EC_FIXED_MAX.
 */
extern bool ec_plain_decimal_to_fixed(const char *s, size_t len,
									  ec_int128 *out, bool *inexact);

/*
 * Write a fixed-point value as a plain decimal with no trailing fractional
 * zeros and no exponent ("1250.5", "-0.25", "900000000").  buf must hold
 * EC_FIXED_BUFLEN bytes; returns the length written (without the NUL).
 */
#define EC_FIXED_BUFLEN 48
extern size_t ec_fixed_format(ec_int128 v, char *buf);

#endif							/* EC_DECIMAL_H */
