/*
 * currency.c
 *		Currency symbols, codes and names.
 */
#include "currency.h"

#include "iso4217.h"
#include "russian.h"
#include "text.h"

#include <string.h>

typedef struct CurrencyName
{
	const char *phrase;			/* as for ec_match_phrase() */
	char		code[4];
	bool		bare;			/* a noun another currency shares */
} CurrencyName;

/*
 * The nouns two countries' currencies share, by their first reading: the
 * rouble is Russia's or Belarus's, the manat Azerbaijan's or Turkmenistan's.
 */
static const struct
{
	char		code[4];
	char		alternative[4];
}			shared_nouns[] = {
	{"RUB", "BYN"}, {"AZN", "TMT"},
};

/* Symbols, written before the number or, less often, after it. */
static const CurrencyName symbols[] =
{
	{"us$", "USD"}, {"u.s.$", "USD"}, {"$", "USD"},
	{"\xE2\x82\xAC", "EUR"},	/* € */
	{"\xC2\xA3", "GBP"},		/* £ */
	{"\xE2\x82\xBD", "RUB"},	/* ₽ */
	{"\xE2\x82\xB8", "KZT"},	/* ₸ */
	{"\xE2\x82\xB4", "UAH"},	/* ₴ */
	{"\xE2\x82\xBC", "AZN"},	/* ₼ */
	{"\xD6\x8F", "AMD"},		/* ֏ */
	{"\xE2\x82\xBE", "GEL"},	/* ₾ */
	{"\xE2\x82\xB9", "INR"},	/* ₹ */
	{"\xE2\x82\xBA", "TRY"},	/* ₺ */
	{"\xE2\x82\xA9", "KRW"},	/* ₩ */
	{"br", "BYN"},				/* the Belarusian rouble's own sign */
	{"tg", "KZT"},				/* the tenge's, in Kazakh news in English */
};

/*
 * Names written after the number.  A country's adjective comes before the
 * bare noun, so that "Russian roubles" is tried before "roubles".  The
 * bare rouble and manat are marked: which country's they are is read from
 * the text around them (scan.c).
 */
static const CurrencyName names[] =
{
	{"us dollars", "USD"}, {"us dollar", "USD"},
	{"u.s. dollars", "USD"}, {"u.s. dollar", "USD"},
	{"american dollars", "USD"}, {"united states dollars", "USD"},
	{"canadian dollars", "CAD"}, {"australian dollars", "AUD"},
	{"hong kong dollars", "HKD"}, {"singapore dollars", "SGD"},
	{"new zealand dollars", "NZD"},
	{"dollars", "USD"}, {"dollar", "USD"},
	{"euros", "EUR"}, {"euro", "EUR"},
	{"russian roubles", "RUB"}, {"russian rubles", "RUB"},
	{"russian rouble", "RUB"}, {"russian ruble", "RUB"},
	{"belarusian roubles", "BYN"}, {"belarusian rubles", "BYN"},
	{"belarusian rouble", "BYN"}, {"belarusian ruble", "BYN"},
	{"belarussian roubles", "BYN"}, {"belarussian rubles", "BYN"},
	{"belorussian roubles", "BYN"}, {"belorussian rubles", "BYN"},
	{"byelorussian roubles", "BYN"}, {"byelorussian rubles", "BYN"},
	{"roubles", "RUB", true}, {"rubles", "RUB", true}, {"rouble", "RUB", true},
	{"ruble", "RUB", true},
	{"chinese yuan", "CNY"}, {"yuan renminbi", "CNY"}, {"yuan", "CNY"},
	{"renminbi", "CNY"},
	{"kazakhstani tenge", "KZT"}, {"kazakh tenge", "KZT"}, {"tenge", "KZT"},
	{"uzbek soums", "UZS"}, {"uzbek soum", "UZS"}, {"uzbek sums", "UZS"},
	{"uzbek sum", "UZS"}, {"soums", "UZS"}, {"soum", "UZS"},
	{"kyrgyz soms", "KGS"}, {"kyrgyz som", "KGS"}, {"soms", "KGS"},
	{"som", "KGS"},
	{"tajik somoni", "TJS"}, {"somonis", "TJS"}, {"somoni", "TJS"},
	{"azerbaijani manats", "AZN"}, {"azerbaijani manat", "AZN"},
	{"turkmen manats", "TMT"}, {"turkmen manat", "TMT"},
	{"manats", "AZN", true}, {"manat", "AZN", true},
	{"armenian drams", "AMD"}, {"armenian dram", "AMD"}, {"drams", "AMD"},
	{"dram", "AMD"},
	{"georgian lari", "GEL"}, {"lari", "GEL"},
	{"ukrainian hryvnias", "UAH"}, {"ukrainian hryvnia", "UAH"},
	{"hryvnias", "UAH"}, {"hryvnia", "UAH"}, {"hryvnya", "UAH"},
	{"moldovan lei", "MDL"}, {"moldovan leu", "MDL"},
	{"romanian lei", "RON"}, {"romanian leu", "RON"},
	{"pounds sterling", "GBP"}, {"pound sterling", "GBP"},
	{"british pounds", "GBP"},
	{"japanese yen", "JPY"}, {"yen", "JPY"},
	{"swiss francs", "CHF"}, {"swiss franc", "CHF"},
	{"indian rupees", "INR"}, {"rupees", "INR"},
	{"turkish liras", "TRY"}, {"turkish lira", "TRY"},
	{"polish zlotys", "PLN"}, {"polish zloty", "PLN"}, {"zlotys", "PLN"},
	{"zloty", "PLN"},
	{"south korean won", "KRW"}, {"korean won", "KRW"},
	{"brazilian reais", "BRL"}, {"brazilian real", "BRL"},
	{"south african rand", "ZAR"},
	{"swedish kronor", "SEK"}, {"swedish krona", "SEK"},
	{"norwegian kroner", "NOK"}, {"norwegian krone", "NOK"},
	{"danish kroner", "DKK"}, {"danish krone", "DKK"},
	{"czech korunas", "CZK"}, {"czech koruna", "CZK"},
	{"hungarian forints", "HUF"}, {"forints", "HUF"}, {"forint", "HUF"},
	{"mongolian tugriks", "MNT"}, {"tugriks", "MNT"}, {"tugrik", "MNT"},
};

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

void
ec_currency_named(EcCurrencyMatch *m, const char *code, bool bare)
{
	m->known = true;
	m->ambiguous = false;
	m->currency = ec_currency_pack(code);
	m->alternative = 0;
	for (size_t i = 0; bare && i < N_ELEMS(shared_nouns); i++)
		if (strcmp(code, shared_nouns[i].code) == 0)
		{
			m->ambiguous = true;
			m->alternative = ec_currency_pack(shared_nouns[i].alternative);
		}
}

/*
 * A symbol at pos: its bytes in any case, not followed by a letter.  Unlike
 * a word, a symbol may run into the number ("Br200", "US$900").  Without
 * any_case a symbol with letters must start with a capital ("US$", "Br").
 */
static size_t
match_symbols(const char *s, size_t len, size_t pos, bool any_case,
			  EcCurrencyMatch *m)
{
	for (size_t i = 0; i < N_ELEMS(symbols); i++)
	{
		const char *p = symbols[i].phrase;
		size_t		end = pos;

		while (*p && end < len &&
			   ec_lower((unsigned char) s[end]) == (unsigned char) *p)
			p++, end++;
		if (*p || (end < len && ec_is_alpha((unsigned char) s[end])))
			continue;
		if (!any_case && ec_is_lower((unsigned char) s[pos]))
			continue;
		ec_currency_named(m, symbols[i].code, false);
		return end;
	}
	return 0;
}

/* A currency name at pos (names[]), matched as words. */
static size_t
match_names(const char *s, size_t len, size_t pos, EcCurrencyMatch *m)
{
	unsigned char first = ec_lower((unsigned char) s[pos]);

	for (size_t i = 0; i < N_ELEMS(names); i++)
	{
		size_t		end;

		if ((unsigned char) names[i].phrase[0] != first)
			continue;
		end = ec_match_phrase(s, len, pos, names[i].phrase);
		if (end)
		{
			ec_currency_named(m, names[i].code, names[i].bare);
			return end;
		}
	}
	return 0;
}

/* Three letters at pos, not followed by a letter: an ISO code or not. */
static size_t
match_code(const char *s, size_t len, size_t pos, bool any_case,
		   EcCurrencyMatch *m)
{
	if (len - pos < 3)
		return 0;
	for (int i = 0; i < 3; i++)
	{
		unsigned char c = (unsigned char) s[pos + i];

		if (any_case ? !ec_is_alpha(c) : !ec_is_upper(c))
			return 0;
	}
	if (pos + 3 < len && ec_is_alpha((unsigned char) s[pos + 3]))
		return 0;
	m->ambiguous = false;
	m->alternative = 0;
	m->known = ec_currency_lookup(s + pos, &m->currency);
	return pos + 3;
}

size_t
ec_lex_currency_before(const char *s, size_t len, size_t pos, bool any_case,
					   EcCurrencyMatch *m)
{
	size_t		end;

	if (pos >= len)
		return 0;
	/* symbols first: "US$" is not the code "US" and a dollar sign */
	end = match_symbols(s, len, pos, any_case, m);
	if (end)
		return end;
	return match_code(s, len, pos, any_case, m);
}

size_t
ec_lex_currency_after(const char *s, size_t len, size_t pos, bool any_case,
					  EcCurrencyMatch *m)
{
	size_t		end;

	if (pos >= len)
		return 0;
	if (ec_ru_letter_at(s, len, pos))
		return ec_ru_currency(s, len, pos, m);
	if (!ec_is_alpha((unsigned char) s[pos]))
		return match_symbols(s, len, pos, any_case, m);
	end = match_names(s, len, pos, m);
	if (end)
		return end;
	return match_code(s, len, pos, any_case, m);
}
