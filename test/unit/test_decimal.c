/*
 * test_decimal.c
 *		Numerals, number words, scale words and fixed point.
 */
#include "unit.h"

#include <string.h>

#include "decimal.h"

static void
check_fixed(const char *numeral, int scale, const char *expected)
{
	EcNumber	num;
	ec_int128	v;
	char		buf[EC_FIXED_BUFLEN];
	size_t		end = ec_lex_number(numeral, strlen(numeral), 0, &num);
	bool		ok = end == strlen(numeral) && ec_number_to_fixed(&num, scale, &v);

	if (ok)
		ec_fixed_format(v, buf);
	CHECK(ok && strcmp(buf, expected) == 0, "\"%s\" e%d = %s (got %s)",
		  numeral, scale, expected, ok ? buf : "failure");
}

static void
check_plain(const char *s, bool ok_expected, const char *expected,
			bool inexact_expected)
{
	ec_int128	v;
	bool		inexact = false;
	char		buf[EC_FIXED_BUFLEN];
	bool		ok = ec_plain_decimal_to_fixed(s, strlen(s), &v, &inexact);

	if (!ok_expected)
	{
		CHECK(!ok, "plain \"%s\" is rejected", s);
		return;
	}
	if (ok)
		ec_fixed_format(v, buf);
	CHECK(ok && strcmp(buf, expected) == 0 && inexact == inexact_expected,
		  "plain \"%s\" = %s%s", s, expected, inexact_expected ? " (inexact)" : "");
}

void
test_decimal(void)
{
	EcNumber	num;
	int			exp10;

	check_fixed("0", 0, "0");
	check_fixed("1,250.50", 0, "1250.5");
	check_fixed(".5", 6, "500000");
	check_fixed("417.5", 6, "417500000");
	check_fixed("ten", 6, "10000000");
	check_fixed("ninety-nine", 0, "99");
	check_fixed("forty two", 0, "42");
	check_fixed("three hundred twenty", 0, "320");
	check_fixed("a hundred and one", 0, "101");
	check_fixed("two and a half", 9, "2500000000");
	check_fixed("half a", 9, "500000000");
	check_fixed("00000000000000000000000000000000000000000000001", 0, "1");
	check_fixed("0.00000000000000000000000000000000000000000001", 0, "0");
	check_fixed("0.000000000050000000000000000000000000000000001", 0, "0.0000000001");
	check_fixed("1234567890123456789012345678.1234567890123456789", 0,
				"1234567890123456789012345678.123456789");

	/* "1,25" stops at the comma and reports it */
	CHECK(ec_lex_numeral("1,25", 4, 0, &num) == 1 && num.bad_group == 1,
		  "\"1,25\" has a bad group at 1");
	CHECK(ec_lex_numeral("2021,", 5, 0, &num) == 4 && num.bad_group == 0,
		  "a trailing comma is not part of a numeral");
	CHECK(ec_lex_numeral("5.", 2, 0, &num) == 1, "a trailing point is not part of a numeral");
	CHECK(ec_lex_numeral(".", 1, 0, &num) == 0, "a lone point is no numeral");
	CHECK(ec_lex_number_words("tennis", 6, 0, &num) == 0, "\"tennis\" is no number");
	CHECK(ec_lex_number_words("anyway", 6, 0, &num) == 0, "\"anyway\" is no number");

	CHECK(ec_lex_scale("bn", 2, 0, &exp10) == 2 && exp10 == 9, "bn is 10^9");
	CHECK(ec_lex_scale("Million", 7, 0, &exp10) == 7 && exp10 == 6, "Million is 10^6");
	CHECK(ec_lex_scale("mln.", 4, 0, &exp10) == 3 && exp10 == 6, "mln is 10^6");
	CHECK(ec_lex_scale("months", 6, 0, &exp10) == 0, "\"months\" is no scale");
	CHECK(ec_lex_scale("bnx", 3, 0, &exp10) == 0, "\"bnx\" is no scale");

	check_plain("900000000", true, "900000000", false);
	check_plain("-1250.5000", true, "-1250.5", false);
	check_plain("0.00000000001", true, "0", true);
	check_plain("0.123456789050", true, "0.1234567891", true);
	check_plain("1,000", false, NULL, false);
	check_plain("0.00000000000000000000000000000000000000000000000000", true, "0", false);
	check_plain("NaN", false, NULL, false);
	check_plain("", false, NULL, false);
	check_plain("-", false, NULL, false);
	check_plain("100000000000000000000000000000", false, NULL, false);
}
