/*
 * iso4217.c
 *		The ISO 4217 currency codes the types accept.
 *
 * Every code of ISO 4217 List One (current currencies and funds, including
 * the X codes for metals, SDR and testing) as of 2026, plus the withdrawn
 * codes (List Three) that economic texts on Europe and the former Soviet
 * Union still quote: the Belarusian rubles before the 2016 redenomination
 * (BYR, BYB), the Russian ruble before 1998 (RUR), the Soviet ruble (SUR),
 * the national currencies the euro replaced, and the like.  Withdrawn codes
 * are accepted and reported as not active.
 */
#include "iso4217.h"

#include <stdlib.h>

#include "text.h"

typedef struct CurrencyCode
{
	char		code[4];
	bool		active;
} CurrencyCode;

/* sorted by code: looked up by binary search */
static const CurrencyCode codes[] =
{
	{"AED", true},
	{"AFN", true},
	{"ALL", true},
	{"AMD", true},
	{"ANG", false},
	{"AOA", true},
	{"ARS", true},
	{"ATS", false},
	{"AUD", true},
	{"AWG", true},
	{"AZM", false},
	{"AZN", true},
	{"BAM", true},
	{"BBD", true},
	{"BDT", true},
	{"BEF", false},
	{"BGN", false},
	{"BHD", true},
	{"BIF", true},
	{"BMD", true},
	{"BND", true},
	{"BOB", true},
	{"BOV", true},
	{"BRL", true},
	{"BSD", true},
	{"BTN", true},
	{"BWP", true},
	{"BYB", false},
	{"BYN", true},
	{"BYR", false},
	{"BZD", true},
	{"CAD", true},
	{"CDF", true},
	{"CHE", true},
	{"CHF", true},
	{"CHW", true},
	{"CLF", true},
	{"CLP", true},
	{"CNY", true},
	{"COP", true},
	{"COU", true},
	{"CRC", true},
	{"CUC", false},
	{"CUP", true},
	{"CVE", true},
	{"CYP", false},
	{"CZK", true},
	{"DEM", false},
	{"DJF", true},
	{"DKK", true},
	{"DOP", true},
	{"DZD", true},
	{"EEK", false},
	{"EGP", true},
	{"ERN", true},
	{"ESP", false},
	{"ETB", true},
	{"EUR", true},
	{"FIM", false},
	{"FJD", true},
	{"FKP", true},
	{"FRF", false},
	{"GBP", true},
	{"GEK", false},
	{"GEL", true},
	{"GHS", true},
	{"GIP", true},
	{"GMD", true},
	{"GNF", true},
	{"GRD", false},
	{"GTQ", true},
	{"GYD", true},
	{"HKD", true},
	{"HNL", true},
	{"HRK", false},
	{"HTG", true},
	{"HUF", true},
	{"IDR", true},
	{"IEP", false},
	{"ILS", true},
	{"INR", true},
	{"IQD", true},
	{"IRR", true},
	{"ISK", true},
	{"ITL", false},
	{"JMD", true},
	{"JOD", true},
	{"JPY", true},
	{"KES", true},
	{"KGS", true},
	{"KHR", true},
	{"KMF", true},
	{"KPW", true},
	{"KRW", true},
	{"KWD", true},
	{"KYD", true},
	{"KZT", true},
	{"LAK", true},
	{"LBP", true},
	{"LKR", true},
	{"LRD", true},
	{"LSL", true},
	{"LTL", false},
	{"LUF", false},
	{"LVL", false},
	{"LYD", true},
	{"MAD", true},
	{"MDL", true},
	{"MGA", true},
	{"MKD", true},
	{"MMK", true},
	{"MNT", true},
	{"MOP", true},
	{"MRO", false},
	{"MRU", true},
	{"MTL", false},
	{"MUR", true},
	{"MVR", true},
	{"MWK", true},
	{"MXN", true},
	{"MXV", true},
	{"MYR", true},
	{"MZN", true},
	{"NAD", true},
	{"NGN", true},
	{"NIO", true},
	{"NLG", false},
	{"NOK", true},
	{"NPR", true},
	{"NZD", true},
	{"OMR", true},
	{"PAB", true},
	{"PEN", true},
	{"PGK", true},
	{"PHP", true},
	{"PKR", true},
	{"PLN", true},
	{"PTE", false},
	{"PYG", true},
	{"QAR", true},
	{"RON", true},
	{"RSD", true},
	{"RUB", true},
	{"RUR", false},
	{"RWF", true},
	{"SAR", true},
	{"SBD", true},
	{"SCR", true},
	{"SDG", true},
	{"SEK", true},
	{"SGD", true},
	{"SHP", true},
	{"SIT", false},
	{"SKK", false},
	{"SLE", true},
	{"SLL", false},
	{"SOS", true},
	{"SRD", true},
	{"SSP", true},
	{"STD", false},
	{"STN", true},
	{"SUR", false},
	{"SVC", true},
	{"SYP", true},
	{"SZL", true},
	{"THB", true},
	{"TJR", false},
	{"TJS", true},
	{"TMM", false},
	{"TMT", true},
	{"TND", true},
	{"TOP", true},
	{"TRY", true},
	{"TTD", true},
	{"TWD", true},
	{"TZS", true},
	{"UAH", true},
	{"UAK", false},
	{"UGX", true},
	{"USD", true},
	{"USN", true},
	{"UYI", true},
	{"UYU", true},
	{"UYW", true},
	{"UZS", true},
	{"VED", true},
	{"VEF", false},
	{"VES", true},
	{"VND", true},
	{"VUV", true},
	{"WST", true},
	{"XAF", true},
	{"XAG", true},
	{"XAU", true},
	{"XBA", true},
	{"XBB", true},
	{"XBC", true},
	{"XBD", true},
	{"XCD", true},
	{"XCG", true},
	{"XDR", true},
	{"XOF", true},
	{"XPD", true},
	{"XPF", true},
	{"XPT", true},
	{"XSU", true},
	{"XTS", true},
	{"XUA", true},
	{"XXX", true},
	{"YER", true},
	{"ZAR", true},
	{"ZMW", true},
	{"ZWG", true},
	{"ZWL", false},
};

#define N_CODES (sizeof(codes) / sizeof(codes[0]))

static int
code_cmp(const void *key, const void *elem)
{
	const char *k = key;
	const CurrencyCode *c = elem;

	for (int i = 0; i < 3; i++)
		if (k[i] != c->code[i])
			return (unsigned char) k[i] < (unsigned char) c->code[i] ? -1 : 1;
	return 0;
}

static const CurrencyCode *
find_code(const char *letters)
{
	char		upper[3];

	for (int i = 0; i < 3; i++)
	{
		unsigned char c = (unsigned char) letters[i];

		if (!ec_is_alpha(c))
			return NULL;
		upper[i] = (char) (c & ~0x20);
	}
	return bsearch(upper, codes, N_CODES, sizeof(CurrencyCode), code_cmp);
}

bool
ec_currency_lookup(const char *letters, uint16_t *currency)
{
	const CurrencyCode *c = find_code(letters);

	if (c == NULL)
		return false;
	*currency = ec_currency_pack(c->code);
	return true;
}

bool
ec_currency_known(uint16_t currency)
{
	char		code[4];

	if (currency >= EC_CURRENCY_LIMIT)
		return false;
	ec_currency_unpack(currency, code);
	return find_code(code) != NULL;
}

bool
ec_currency_active(uint16_t currency)
{
	char		code[4];
	const CurrencyCode *c;

	if (currency >= EC_CURRENCY_LIMIT)
		return false;
	ec_currency_unpack(currency, code);
	c = find_code(code);
	return c != NULL && c->active;
}
