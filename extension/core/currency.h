/*
 * currency.h
 *		How prose names a currency: symbols ("$", "US$", "€", "Br"), ISO 4217
 *		codes ("USD", "BYN") and words ("US dollars", "Belarusian roubles",
 *		"tenge"), before or after the number.
 */
#ifndef EC_CURRENCY_H
#define EC_CURRENCY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct EcCurrencyMatch
{
	uint16_t	currency;		/* packed ISO 4217 code (iso4217.h) */
	bool		known;			/* false: three letters that are no code */
	bool		ambiguous;		/* a noun two countries' currencies share:
								 * "roubles" (RUB or BYN), "manat" (AZN or
								 * TMT); currency holds the first reading */
	uint16_t	alternative;	/* ambiguous: the other reading */
} EcCurrencyMatch;

/*
 * Set *m to the currency code names; bare says the name is a noun two
 * currencies share ("roubles"), which makes the match ambiguous.
 */
extern void ec_currency_named(EcCurrencyMatch *m, const char *code, bool bare);

/*
 * Code letters are matched in any case when any_case is set (type input);
 * otherwise only in upper case, so that running text's "all" or "top" is
 * not read as a currency.
 */

/*
 * A currency written before the number, at pos: a symbol or an ISO code
 * ("$", "US$", "€", "Br", "USD").  The next character must not be a letter
 * ("Br200" and "USD 5" match, "Brazil" does not).  Returns the end or 0; a
 * three-letter word that is no ISO code matches with known = false.
 */
extern size_t ec_lex_currency_before(const char *s, size_t len, size_t pos,
									 bool any_case, EcCurrencyMatch *m);

/*
 * A currency written after the number (and its scale word), at pos: an ISO
 * code, a symbol, or words ("US dollars", "Russian roubles", "yuan").
 * Returns the end or 0; as above for unknown three-letter words.
 */
extern size_t ec_lex_currency_after(const char *s, size_t len, size_t pos,
									bool any_case, EcCurrencyMatch *m);

#endif							/* EC_CURRENCY_H */
