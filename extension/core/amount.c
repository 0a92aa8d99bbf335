/*
 * amount.c
 *		Parse and format whole amounts:
 *
 *		[sign] [currency] [sign] number [scale] [currency]
 *
 * with exactly one currency (given once, or twice the same: "$5 million
 * dollars"), a number as a numeral or in words, and white space anywhere
 * between the parts.
 */
#include "amount.h"

#include "currency.h"
#include "iso4217.h"
#include "russian.h"
#include "text.h"

static EcAmountStatus
fail(EcAmountError *err, EcAmountStatus status, size_t pos, size_t end)
{
	err->status = status;
	err->pos = pos;
	err->len = end > pos ? end - pos : 0;
	return status;
}

/*
 * End of the token at pos, for naming it in an error: a run of letters and
 * digits, or else one UTF-8 character.
 */
static size_t
token_end(const char *s, size_t len, size_t pos)
{
	size_t		p = pos;

	if (p >= len)
		return p;
	if (ec_ru_letter_at(s, len, p))
		return ec_ru_word_end(s, len, p);
	if (!ec_word_ends_at(s, len, p))
	{
		while (!ec_word_ends_at(s, len, p))
			p++;
		return p;
	}
	p++;
	while (p < len && !ec_utf8_starts((unsigned char) s[p]))
		p++;
	return p;
}

/* A sign at pos: sets *negative and returns its length, or 0. */
static size_t
sign_len(const char *s, size_t len, size_t pos, bool *negative)
{
	size_t		n = ec_minus_len(s, len, pos);

	if (n)
	{
		*negative = true;
		return n;
	}
	if (pos < len && s[pos] == '+')
	{
		*negative = false;
		return 1;
	}
	return 0;
}

/*
 * After a number ending at pos: does a second number follow, making a range
 * ("2-3", "2 to 3", "5 to $7")?  Returns the end of the second number or 0.
 */
static size_t
range_end(const char *s, size_t len, size_t pos)
{
	size_t		p = ec_skip_spaces(s, len, pos);
	size_t		n;
	EcNumber	second;
	EcCurrencyMatch cur;

	if ((n = ec_dash_len(s, len, p)) != 0)
		p += n;
	else if ((n = ec_match_phrase(s, len, p, "to")) != 0)
		p = n;
	else
		return 0;
	p = ec_skip_spaces(s, len, p);
	if ((n = ec_lex_currency_before(s, len, p, true, &cur)) != 0)
		p = ec_skip_spaces(s, len, n);
	return ec_lex_number(s, len, p, &second);
}

EcAmountStatus
ec_amount_parse(const char *s, size_t len, EcAmount *out, EcAmountError *err)
{
	size_t		p = ec_skip_spaces(s, len, 0);
	size_t		n;
	size_t		num_pos;
	size_t		num_end;
	size_t		m;
	bool		negative = false;
	bool		have_sign = false;
	bool		have_currency = false;
	bool		have_scale = false;
	size_t		scale_end = 0;
	EcCurrencyMatch cur = {0};
	EcCurrencyMatch cur2;
	EcNumber	num;
	int			scale = 0;
	ec_int128	value;

	if (p == len)
		return fail(err, EC_AMOUNT_EMPTY, 0, len);

	if ((n = sign_len(s, len, p, &negative)) != 0)
	{
		have_sign = true;
		p = ec_skip_spaces(s, len, p + n);
	}
	if ((n = ec_lex_currency_before(s, len, p, true, &cur)) != 0 &&
		(cur.known || ec_lex_number(s, len, p, &num) == 0))
	{
		/* three letters that are no code may be a number: "ten", "six" */
		if (!cur.known)
			return fail(err, EC_AMOUNT_UNKNOWN_CODE, p, n);
		have_currency = true;
		p = ec_skip_spaces(s, len, n);
		if (!have_sign && (n = sign_len(s, len, p, &negative)) != 0)
			p = ec_skip_spaces(s, len, p + n);
	}

	num_pos = p;
	if ((n = ec_lex_number(s, len, p, &num)) == 0)
		return fail(err, EC_AMOUNT_NO_NUMBER, p, token_end(s, len, p));
	/*
	 * "1,5 млрд долларов", "1 200 000 тенге": before Russian words a comma
	 * is a decimal comma, and a space may group the digits
	 */
	if ((m = ec_ru_number_before_words(s, len, p, n, num.bad_group != 0, &num)) != 0)
		n = m;
	else if (num.bad_group)
		return fail(err, EC_AMOUNT_BAD_GROUPING, num.bad_group,
					token_end(s, len, num.bad_group + 1));
	p = num_end = n;
	if ((n = range_end(s, len, p)) != 0)
		return fail(err, EC_AMOUNT_RANGE, num_pos, n);

	if ((n = ec_lex_scale(s, len, ec_skip_spaces(s, len, p), &scale)) != 0)
	{
		have_scale = true;
		p = scale_end = n;
	}
	/* "a" and "half a" need a scale: "half a billion", not "half a" */
	if (num.article && !have_scale)
		return fail(err, EC_AMOUNT_NO_NUMBER, num_pos, num_end);

	n = ec_lex_currency_after(s, len, ec_skip_spaces(s, len, p), true, &cur2);
	if (n != 0)
	{
		size_t		cur_pos = ec_skip_spaces(s, len, p);

		if (!cur2.known)
			return fail(err, EC_AMOUNT_UNKNOWN_CODE, cur_pos, n);
		if (cur2.ambiguous)
		{
			err->readings[0] = cur2.currency;
			err->readings[1] = cur2.alternative;
			return fail(err, EC_AMOUNT_AMBIGUOUS, cur_pos, n);
		}
		if (have_currency && cur2.currency != cur.currency)
			return fail(err, EC_AMOUNT_TWO_CURRENCIES, cur_pos, n);
		have_currency = true;
		cur = cur2;
		p = n;
	}

	p = ec_skip_spaces(s, len, p);
	if (p < len)
		return fail(err, EC_AMOUNT_TRAILING, p, token_end(s, len, p));
	if (!have_currency)
		return fail(err, EC_AMOUNT_NO_CURRENCY, num_pos, len);
	if (!ec_number_to_fixed(&num, scale, &value))
	{
		/* the number with its scale word: "99,999,999,999,999,999 trillion" */
		err->digits = ec_number_int_digits(&num, scale);
		return fail(err, EC_AMOUNT_OUT_OF_RANGE, num_pos, have_scale ? scale_end : num_end);
	}

	out->currency = cur.currency;
	out->value = negative ? -value : value;
	return EC_AMOUNT_OK;
}

size_t
ec_amount_format(const EcAmount *a, char *buf)
{
	ec_currency_unpack(a->currency, buf);
	buf[3] = ' ';
	return 4 + ec_fixed_format(a->value, buf + 4);
}
