/*
 * test_amount.c
 *		Whole-amount parsing: accepted forms, canonical output, errors.
 */
#include "unit.h"

#include <string.h>

#include "amount.h"

static void
check_parses(const char *input, const char *expected)
{
	EcAmount	a;
	EcAmountError err;
	char		buf[EC_AMOUNT_BUFLEN];
	EcAmountStatus st = ec_amount_parse(input, strlen(input), &a, &err);

	if (st != EC_AMOUNT_OK)
	{
		CHECK(false, "\"%s\" parses (status %d at \"%.*s\")", input, (int) st,
			  (int) err.len, input + err.pos);
		return;
	}
	ec_amount_format(&a, buf);
	CHECK(strcmp(buf, expected) == 0, "\"%s\" -> \"%s\" (got \"%s\")",
		  input, expected, buf);
}

static void
check_fails(const char *input, EcAmountStatus status, const char *part)
{
	EcAmount	a;
	EcAmountError err;
	EcAmountStatus st = ec_amount_parse(input, strlen(input), &a, &err);

	CHECK(st == status && err.len == strlen(part) &&
		  memcmp(input + err.pos, part, err.len) == 0,
		  "\"%s\" fails with %d at \"%s\" (got %d at \"%.*s\")",
		  input, (int) status, part, (int) st, (int) err.len,
		  st == EC_AMOUNT_OK ? "" : input + err.pos);
}

/* canonical output parses back to the same text */
static void
check_round_trip(const char *input)
{
	EcAmount	a, b;
	EcAmountError err;
	char		buf[EC_AMOUNT_BUFLEN];
	char		buf2[EC_AMOUNT_BUFLEN];
	bool		ok = ec_amount_parse(input, strlen(input), &a, &err) == EC_AMOUNT_OK;

	if (ok)
	{
		ec_amount_format(&a, buf);
		ok = ec_amount_parse(buf, strlen(buf), &b, &err) == EC_AMOUNT_OK &&
			a.currency == b.currency && a.value == b.value;
		ec_amount_format(&b, buf2);
		ok = ok && strcmp(buf, buf2) == 0;
	}
	CHECK(ok, "\"%s\" round-trips", input);
}

void
test_amount(void)
{
	/* the forms the issue lists */
	check_parses("$900 million", "USD 900000000");
	check_parses("$ 900 million", "USD 900000000");
	check_parses("US$900m", "USD 900000000");
	check_parses("USD 900 million", "USD 900000000");
	check_parses("900 million USD", "USD 900000000");
	check_parses("900 million US dollars", "USD 900000000");
	check_parses("Br200 million", "BYN 200000000");
	check_parses("BYN 200 mln", "BYN 200000000");
	check_parses("200 million Belarusian roubles", "BYN 200000000");
	/* Russian: scale and currency words in their case forms, decimal comma */
	check_parses("$508 млн", "USD 508000000");
	check_parses("1,5 млрд долларов США", "USD 1500000000");
	check_parses("7,4 трлн российских рублей", "RUB 7400000000000");
	check_parses("350 тыс. долл. США", "USD 350000");
	check_parses("13,9 млн бел. руб.", "BYN 13900000");
	check_parses("100 МЛРД ТЕНГЕ", "KZT 100000000000");
	check_parses("2 миллиарда юаней", "CNY 2000000000");
	check_parses("50 млн евро", "EUR 50000000");
	check_parses("\xE2\x82\xAC" "3.2 bn", "EUR 3200000000");
	check_parses("EUR 3.2bn", "EUR 3200000000");
	check_parses("10 million Russian rubles", "RUB 10000000");
	check_parses("1,250.50 EUR", "EUR 1250.5");
	check_parses("$417.5 million", "USD 417500000");
	check_parses("$1.5 trillion", "USD 1500000000000");
	check_parses("$500,000", "USD 500000");
	check_parses("half a billion dollars", "USD 500000000");
	check_parses("ten million dollars", "USD 10000000");
	check_parses("KZT 5 billion", "KZT 5000000000");
	check_parses("2 billion tenge", "KZT 2000000000");
	check_parses("UZS 1 trillion", "UZS 1000000000000");
	check_parses("3 million yuan", "CNY 3000000");

	/* case, white space, other spellings */
	check_parses("  usd 900 MILLION  ", "USD 900000000");
	check_parses("us$ 1.2 BN", "USD 1200000000");
	check_parses("br 5", "BYN 5");
	check_parses("900\xC2\xA0million\xE2\x80\xAFUSD", "USD 900000000");
	check_parses("USD900", "USD 900");
	check_parses("5 XAU", "XAU 5");
	check_parses("GBP 2.5k", "GBP 2500");
	check_parses("two hundred and fifty thousand euros", "EUR 250000");
	check_parses("one and a half billion dollars", "USD 1500000000");
	check_parses("twenty-five million Kazakh tenge", "KZT 25000000");
	check_parses("a million dollars", "USD 1000000");
	check_parses("$5 million dollars", "USD 5000000");
	check_parses("1 BYR", "BYR 1");

	/* signs and the canonical form */
	check_parses("USD 900000000", "USD 900000000");
	check_parses("EUR 1250.5", "EUR 1250.5");
	check_parses("-$5", "USD -5");
	check_parses("USD -0.25", "USD -0.25");
	check_parses("\xE2\x88\x92" "3 EUR", "EUR -3");
	check_parses("USD 0.000", "USD 0");
	check_parses("USD 007.10", "USD 7.1");

	/* exactness at the limits */
	check_parses("USD 1000000000000000000.1234", "USD 1000000000000000000.1234");
	check_parses("USD 9999999999999999999999999999.9999999999",
				 "USD 9999999999999999999999999999.9999999999");
	check_parses("USD 0.00000000005", "USD 0.0000000001");
	check_parses("USD 0.00000000004", "USD 0");
	check_parses("USD -0.00000000005", "USD -0.0000000001");
	check_parses("USD 1.123456789012345 million", "USD 1123456.789012345");
	check_round_trip("$1.5 trillion");
	check_round_trip("USD -9999999999999999999999999999.9999999999");
	check_round_trip("EUR 0.0000000001");

	/* errors, each naming the offending part */
	check_fails("", EC_AMOUNT_EMPTY, "");
	check_fails("   ", EC_AMOUNT_EMPTY, "   ");
	check_fails("$", EC_AMOUNT_NO_NUMBER, "");
	check_fails("USD million", EC_AMOUNT_NO_NUMBER, "million");
	check_fails("900 million", EC_AMOUNT_NO_CURRENCY, "900 million");
	check_fails("XYZ 5", EC_AMOUNT_UNKNOWN_CODE, "XYZ");
	check_fails("5 xyz", EC_AMOUNT_UNKNOWN_CODE, "xyz");
	check_fails("200 million roubles", EC_AMOUNT_AMBIGUOUS, "roubles");
	check_fails("5 млрд рублей", EC_AMOUNT_AMBIGUOUS, "рублей");
	check_fails("3 billion manat", EC_AMOUNT_AMBIGUOUS, "manat");
	check_parses("3 billion Turkmen manat", "TMT 3000000000");
	check_fails("5 млрд", EC_AMOUNT_NO_CURRENCY, "5 млрд");
	check_fails("5 млрдов долларов", EC_AMOUNT_TRAILING, "млрдов");
	check_fails("1,250 млн долларов, 5", EC_AMOUNT_TRAILING, ",");
	check_fails("$5 EUR", EC_AMOUNT_TWO_CURRENCIES, "EUR");
	check_fails("$2-3 billion", EC_AMOUNT_RANGE, "2-3");
	check_fails("$2 to $3 billion", EC_AMOUNT_RANGE, "2 to $3");
	check_fails("$5 bananas", EC_AMOUNT_TRAILING, "bananas");
	check_fails("$5 million.", EC_AMOUNT_TRAILING, ".");
	check_fails("$1,25", EC_AMOUNT_BAD_GROUPING, ",25");
	check_fails("1234,567 USD", EC_AMOUNT_BAD_GROUPING, ",567");
	check_fails("USD 0,500 million", EC_AMOUNT_BAD_GROUPING, ",500");
	check_fails("half a dollar", EC_AMOUNT_NO_NUMBER, "half a");
	check_fails("USD 10000000000000000000000000000", EC_AMOUNT_OUT_OF_RANGE,
				"10000000000000000000000000000");
	/* the part named is the number with its scale, and the digits its value's */
	check_fails("$10000000000000000000000000000000000000000000 billion",
				EC_AMOUNT_OUT_OF_RANGE,
				"10000000000000000000000000000000000000000000 billion");
	check_fails("$99,999,999,999,999,999 trillion", EC_AMOUNT_OUT_OF_RANGE,
				"99,999,999,999,999,999 trillion");
	{
		EcAmount	a;
		EcAmountError err;
		const char *in[] = {"$99,999,999,999,999,999 trillion", "USD 10000000000000000000000000000",
		"USD 123456789012345678901234567890.5", "$10000000000000000000000000000000000000000000 billion"};
		int			digits[] = {29, 29, 30, 53};

		for (int i = 0; i < 4; i++)
		{
			EcAmountStatus st = ec_amount_parse(in[i], strlen(in[i]), &a, &err);

			CHECK(st == EC_AMOUNT_OUT_OF_RANGE && err.digits == digits[i],
				  "\"%s\": %d digits before the point (got %d)", in[i], digits[i], err.digits);
		}
	}
	check_fails("USD 5 -", EC_AMOUNT_TRAILING, "-");
	check_fails("-", EC_AMOUNT_NO_NUMBER, "");
	check_fails("USD 1e6", EC_AMOUNT_TRAILING, "e6");
}
