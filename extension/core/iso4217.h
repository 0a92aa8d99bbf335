/*
 * iso4217.h
 *		ISO 4217 currency codes, packed into 16 bits.
 *
 * A code's three letters A-Z pack as base-26 digits, so comparing packed
 * values orders currencies alphabetically and the packing never changes when
 * the table of known codes grows: it is safe to store on disk.
 */
#ifndef EC_ISO4217_H
#define EC_ISO4217_H

#include <stdbool.h>
#include <stdint.h>

#define EC_CURRENCY_LIMIT (26 * 26 * 26)	/* packed codes are below this */

/* Pack three upper-case letters A-Z. */
static inline uint16_t
ec_currency_pack(const char *code)
{
	return (uint16_t) ((code[0] - 'A') * 676 + (code[1] - 'A') * 26 +
					   (code[2] - 'A'));
}

/* Write the three letters and a NUL into code[4]. */
static inline void
ec_currency_unpack(uint16_t currency, char *code)
{
	code[0] = (char) ('A' + currency / 676);
	code[1] = (char) ('A' + currency / 26 % 26);
	code[2] = (char) ('A' + currency % 26);
	code[3] = '\0';
}

/*
 * Look up three letters (any case) among the known codes; on success store
 * the packed code.
 */
extern bool ec_currency_lookup(const char *letters, uint16_t *currency);

/* Is a packed value one of the known codes (current or withdrawn)? */
extern bool ec_currency_known(uint16_t currency);

/* Is it a current code (ISO 4217 List One)? */
extern bool ec_currency_active(uint16_t currency);

#endif							/* EC_ISO4217_H */
