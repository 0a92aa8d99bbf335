/*
 * test_currency.c
 *		ISO 4217 codes and the currency lexicon.
 */
#include "unit.h"

#include <string.h>

#include "currency.h"
#include "iso4217.h"

static void
check_after(const char *s, const char *code, bool ambiguous)
{
	EcCurrencyMatch m;
	char		got[4] = "";
	size_t		end = ec_lex_currency_after(s, strlen(s), 0, true, &m);

	if (end)
		ec_currency_unpack(m.currency, got);
	CHECK(end == strlen(s) && m.known && strcmp(got, code) == 0 &&
		  m.ambiguous == ambiguous, "\"%s\" after a number is %s", s, code);
}

void
test_currency(void)
{
	uint16_t	c;
	char		code[4];
	EcCurrencyMatch m;

	CHECK(ec_currency_lookup("usd", &c) && (ec_currency_unpack(c, code), strcmp(code, "USD") == 0),
		  "usd is USD");
	CHECK(ec_currency_active(ec_currency_pack("BYN")), "BYN is active");
	CHECK(ec_currency_known(ec_currency_pack("BYR")) &&
		  !ec_currency_active(ec_currency_pack("BYR")), "BYR is known, withdrawn");
	CHECK(!ec_currency_lookup("XYZ", &c), "XYZ is no code");
	CHECK(!ec_currency_lookup("U$D", &c), "U$D is no code");
	CHECK(!ec_currency_known(EC_CURRENCY_LIMIT), "the limit is no code");
	CHECK(ec_currency_pack("AED") < ec_currency_pack("USD") &&
		  ec_currency_pack("USD") < ec_currency_pack("ZWG"), "packing keeps order");

	check_after("US dollars", "USD", false);
	check_after("u.s.  dollars", "USD", false);
	check_after("Belarusian roubles", "BYN", false);
	check_after("Russian rubles", "RUB", false);
	check_after("roubles", "RUB", true);
	check_after("tenge", "KZT", false);
	check_after("yuan", "CNY", false);
	check_after("soums", "UZS", false);
	check_after("somoni", "TJS", false);
	check_after("Azerbaijani manat", "AZN", false);
	check_after("Turkmen manat", "TMT", false);
	check_after("manat", "AZN", true);
	check_after("манатов", "AZN", true);
	check_after("туркменских манатов", "TMT", false);
	check_after("dram", "AMD", false);
	check_after("som", "KGS", false);
	check_after("\xE2\x82\xAC", "EUR", false);
	check_after("eur", "EUR", false);

	CHECK(ec_lex_currency_before("Br200", 5, 0, false, &m) == 2 &&
		  m.currency == ec_currency_pack("BYN"), "Br200 starts with Br");
	CHECK(ec_lex_currency_before("Brazil", 6, 0, true, &m) == 0, "Brazil is no currency");
	CHECK(ec_lex_currency_before("US$9", 4, 0, true, &m) == 3 &&
		  m.currency == ec_currency_pack("USD"), "US$ is USD");
	CHECK(ec_lex_currency_before("all 9", 5, 0, false, &m) == 0,
		  "lower-case letters are no code in running text");
	CHECK(ec_lex_currency_before("all 9", 5, 0, true, &m) == 3 && m.known,
		  "but are in type input");
	CHECK(ec_lex_currency_before("ABC 9", 5, 0, true, &m) == 3 && !m.known,
		  "ABC is three letters but no code");
	CHECK(ec_lex_currency_after("dollarsx", 8, 0, true, &m) == 0, "dollarsx is no currency");
}
