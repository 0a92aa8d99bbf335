/*
 * decimal.c
 *		Numerals, numbers in words and scale words, evaluated exactly.
 */
#include "decimal.h"
#include "russian.h"

#include "text.h"

#include <string.h>

/* coef holds at most this many significant digits: 10^38 - 1 < 2^127 */
#define MAX_SIG_DIGITS 38

static const ec_int128 pow10_table[MAX_SIG_DIGITS + 1] = {
	(ec_int128) 1ULL,
	(ec_int128) 10ULL,
	(ec_int128) 100ULL,
	(ec_int128) 1000ULL,
	(ec_int128) 10000ULL,
	(ec_int128) 100000ULL,
	(ec_int128) 1000000ULL,
	(ec_int128) 10000000ULL,
	(ec_int128) 100000000ULL,
	(ec_int128) 1000000000ULL,
	(ec_int128) 10000000000ULL,
	(ec_int128) 100000000000ULL,
	(ec_int128) 1000000000000ULL,
	(ec_int128) 10000000000000ULL,
	(ec_int128) 100000000000000ULL,
	(ec_int128) 1000000000000000ULL,
	(ec_int128) 10000000000000000ULL,
	(ec_int128) 100000000000000000ULL,
	(ec_int128) 1000000000000000000ULL,
	(ec_int128) 10000000000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 100ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 1000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 100000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 1000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 100000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 1000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 100000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 1000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 100000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 1000000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10000000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 100000000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 1000000000000000000ULL,
	(ec_int128) 10000000000000000000ULL * (ec_int128) 10000000000000000000ULL,
};

static inline ec_int128
pow10_i128(int e)
{
	return pow10_table[e];
}

static void
number_init(EcNumber *num)
{
	num->coef = 0;
	num->exp10 = 0;
	num->dropped_digit = -1;
	num->dropped_nonzero = false;
	num->in_words = false;
	num->article = false;
	num->bad_group = 0;
}

/* Append one digit; frac says whether it stands after the decimal point. */
static void
number_push_digit(EcNumber *num, int *sig, int d, bool frac)
{
	if (*sig == 0 && d == 0)
	{
		/* a leading zero: no significant digit yet */
		if (frac)
			num->exp10--;
		return;
	}
	if (*sig < MAX_SIG_DIGITS)
	{
		num->coef = num->coef * 10 + d;
		(*sig)++;
		if (frac)
			num->exp10--;
		return;
	}
	/* out of room: keep the magnitude and what rounding needs */
	if (!frac)
		num->exp10++;
	if (num->dropped_digit < 0)
		num->dropped_digit = d;
	if (d != 0)
		num->dropped_nonzero = true;
}

size_t
ec_lex_numeral(const char *s, size_t len, size_t pos, EcNumber *num)
{
	size_t		p = pos;
	size_t		int_digits = 0;
	int			sig = 0;

	number_init(num);
	while (p < len && ec_is_digit((unsigned char) s[p]))
	{
		number_push_digit(num, &sig, s[p] - '0', false);
		p++;
		int_digits++;
	}
	/* thousands separators: a comma followed by exactly three digits, after
	 * a first group of one to three digits ("0,500" is a decimal comma) */
	if (p + 1 < len && s[p] == ',' && ec_is_digit((unsigned char) s[p + 1]) &&
		(int_digits > 3 || s[pos] == '0'))
		num->bad_group = p;
	while (int_digits > 0 && !num->bad_group && p + 1 < len && s[p] == ',' &&
		   ec_is_digit((unsigned char) s[p + 1]))
	{
		size_t		q = p + 1;

		while (q < len && ec_is_digit((unsigned char) s[q]))
			q++;
		if (q - (p + 1) != 3)
		{
			num->bad_group = p;
			break;
		}
		for (p++; p < q; p++)
			number_push_digit(num, &sig, s[p] - '0', false);
	}
	if (p + 1 < len && s[p] == '.' && ec_is_digit((unsigned char) s[p + 1]))
	{
		for (p++; p < len && ec_is_digit((unsigned char) s[p]); p++)
			number_push_digit(num, &sig, s[p] - '0', true);
	}
	else if (int_digits == 0)
		return 0;
	return p;
}

static const struct
{
	const char *word;
	int			value;
}			small_numbers[] =
{
	{"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4},
	{"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
	{"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
	{"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},
	{"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70},
	{"eighty", 80}, {"ninety", 90},
};

/* One word of small_numbers at pos; returns the end or 0. */
static size_t
lex_small_word(const char *s, size_t len, size_t pos, int *value)
{
	/* every number word starts with one of these letters */
	if (pos >= len || !ec_is_alpha((unsigned char) s[pos]))
		return 0;
	for (size_t i = 0; i < sizeof(small_numbers) / sizeof(small_numbers[0]); i++)
	{
		size_t		end = ec_match_phrase(s, len, pos, small_numbers[i].word);

		if (end)
		{
			*value = small_numbers[i].value;
			return end;
		}
	}
	return 0;
}

/* 0..99: "seven", "nineteen", "forty", "forty-two", "forty two" */
static size_t
lex_below_hundred(const char *s, size_t len, size_t pos, int *value)
{
	size_t		end = lex_small_word(s, len, pos, value);
	size_t		next;
	int			unit;

	if (!end)
		return 0;
	if (*value >= 20 && *value % 10 == 0)
	{
		next = ec_dash_len(s, len, end);
		if (!next)
			next = ec_space_len(s, len, end);
		if (next && (next = lex_small_word(s, len, end + next, &unit)) != 0 &&
			unit >= 1 && unit <= 9)
		{
			*value += unit;
			return next;
		}
	}
	return end;
}

size_t
ec_lex_number_words(const char *s, size_t len, size_t pos, EcNumber *num)
{
	size_t		end;
	size_t		next;
	int			value;
	int			rest;

	number_init(num);
	num->in_words = true;
	if ((end = ec_match_phrase(s, len, pos, "half a")) != 0 ||
		(end = ec_match_phrase(s, len, pos, "half an")) != 0)
	{
		num->coef = 5;
		num->exp10 = -1;
		num->article = true;
		return end;
	}
	if ((end = ec_match_phrase(s, len, pos, "a")) != 0 ||
		(end = ec_match_phrase(s, len, pos, "an")) != 0)
	{
		value = 1;
		num->article = true;
	}
	else if ((end = lex_below_hundred(s, len, pos, &value)) == 0)
		return 0;

	/* "one and a half" */
	if ((next = ec_match_phrase(s, len, end, " and a half")) != 0)
	{
		num->coef = (ec_int128) value * 10 + 5;
		num->exp10 = -1;
		return next;
	}
	/* "two hundred", "a hundred and fifty", "three hundred twenty" */
	if (value >= 1 && value <= 9 &&
		(next = ec_match_phrase(s, len, end, " hundred")) != 0)
	{
		size_t		after;

		value *= 100;
		end = next;
		num->article = false;
		after = ec_match_phrase(s, len, end, " and ");
		if (!after)
			after = ec_skip_spaces(s, len, end);
		if (after > end && (next = lex_below_hundred(s, len, after, &rest)) != 0 &&
			rest > 0)
		{
			value += rest;
			end = next;
		}
	}
	num->coef = value;
	return end;
}

size_t
ec_lex_number(const char *s, size_t len, size_t pos, EcNumber *num)
{
	size_t		end = ec_lex_numeral(s, len, pos, num);

	if (end)
		return end;
	if (ec_ru_letter_at(s, len, pos))
		return ec_ru_number_words(s, len, pos, num);
	return ec_lex_number_words(s, len, pos, num);
}

static const struct
{
	const char *word;
	int			exp10;
}			scale_words[] =
{
	{"thousand", 3}, {"k", 3},
	{"million", 6}, {"mln", 6}, {"mn", 6}, {"m", 6},
	{"billion", 9}, {"bln", 9}, {"bn", 9}, {"b", 9},
	{"trillion", 12}, {"trln", 12}, {"tln", 12}, {"tn", 12},
};

size_t
ec_lex_scale(const char *s, size_t len, size_t pos, int *exp10)
{
	if (pos >= len)
		return 0;
	if (!ec_is_alpha((unsigned char) s[pos]))
		return ec_ru_scale(s, len, pos, exp10);
	for (size_t i = 0; i < sizeof(scale_words) / sizeof(scale_words[0]); i++)
	{
		size_t		end = ec_match_phrase(s, len, pos, scale_words[i].word);

		if (end)
		{
			*exp10 = scale_words[i].exp10;
			return end;
		}
	}
	return 0;
}

bool
ec_number_to_fixed(const EcNumber *num, int scale_exp10, ec_int128 *out)
{
	int			e = num->exp10 + scale_exp10 + EC_FIXED_SCALE;
	ec_int128	coef = num->coef;
	ec_int128	v;

	if (coef == 0)
	{
		*out = 0;
		return true;
	}
	if (e >= 0)
	{
		ec_int128	p;

		if (e > MAX_SIG_DIGITS)
			return false;
		p = pow10_i128(e);
		if (coef > EC_FIXED_MAX / p)
			return false;
		v = coef * p;
		/* digits were dropped only from a numeral too long to fit here */
		if (num->dropped_digit >= 5)
			v++;
	}
	else
	{
		int			k = -e;

		if (k > MAX_SIG_DIGITS)
			v = 0;				/* every digit of coef falls below the unit */
		else
		{
			v = coef / pow10_i128(k);
			if ((coef / pow10_i128(k - 1)) % 10 >= 5)
				v++;
		}
	}
	if (v > EC_FIXED_MAX)
		return false;
	*out = v;
	return true;
}

bool
ec_plain_decimal_to_fixed(const char *s, size_t len, ec_int128 *out,
						  bool *inexact)
{
	EcNumber	num;
	size_t		pos = 0;
	bool		negative = false;
	size_t		end;
	int			e;

	if (pos < len && (s[pos] == '-' || s[pos] == '+'))
		negative = (s[pos++] == '-');
	end = ec_lex_numeral(s, len, pos, &num);
	if (end == 0 || end != len || num.bad_group || memchr(s + pos, ',', len - pos))
		return false;
	if (!ec_number_to_fixed(&num, 0, out))
		return false;
	e = num.exp10 + EC_FIXED_SCALE;
	*inexact = num.dropped_nonzero ||
		(num.coef != 0 && e < 0 && (-e > MAX_SIG_DIGITS || num.coef % pow10_i128(-e) != 0));
	if (negative)
		*out = -*out;
	return true;
}

int
ec_number_int_digits(const EcNumber *num, int scale_exp10)
{
	int			digits = 0;

	for (ec_int128 c = num->coef; c > 0; c /= 10)
		digits++;
	if (digits == 0)
		return 0;
	digits += num->exp10 + scale_exp10;
	return digits > 0 ? digits : 0;
}

size_t
ec_fixed_format(ec_int128 v, char *buf)
{
	ec_uint128	mag = v < 0 ? (ec_uint128) (-(v + 1)) + 1 : (ec_uint128) v;
	ec_uint128	unit = (ec_uint128) pow10_i128(EC_FIXED_SCALE);
	ec_uint128	whole = mag / unit;
	ec_uint128	frac = mag % unit;
	char		tmp[EC_FIXED_BUFLEN];
	size_t		n = 0;
	size_t		t = 0;

	if (v < 0)
		buf[n++] = '-';
	do
	{
		tmp[t++] = (char) ('0' + (int) (whole % 10));
		whole /= 10;
	} while (whole > 0);
	while (t > 0)
		buf[n++] = tmp[--t];
	if (frac > 0)
	{
		int			digits = EC_FIXED_SCALE;

		while (frac % 10 == 0)
		{
			frac /= 10;
			digits--;
		}
		buf[n++] = '.';
		for (int i = digits - 1; i >= 0; i--)
		{
			buf[n + i] = (char) ('0' + (int) (frac % 10));
			frac /= 10;
		}
		n += digits;
	}
	buf[n] = '\0';
	return n;
}
