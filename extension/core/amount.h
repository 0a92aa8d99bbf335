/*
 * amount.h
 *		A sum of money written the way economic prose writes it ("$900
 *		million", "BYN 200 mln", "half a billion dollars") or in canonical form
 *		("USD 900000000"), parsed to an ISO 4217 code and an exact fixed-point
 *		value.
 */
#ifndef EC_AMOUNT_H
#define EC_AMOUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decimal.h"

typedef struct EcAmount
{
	uint16_t	currency;		/* packed ISO 4217 code */
	ec_int128	value;			/* units of 10^-EC_FIXED_SCALE */
} EcAmount;

typedef enum EcAmountStatus
{
	EC_AMOUNT_OK = 0,
	EC_AMOUNT_EMPTY,			/* nothing but white space */
	EC_AMOUNT_NO_NUMBER,		/* no number where one must stand */
	EC_AMOUNT_BAD_GROUPING,		/* "1,25": a comma group of other than 3 */
	EC_AMOUNT_NO_CURRENCY,		/* a number with no currency */
	EC_AMOUNT_UNKNOWN_CODE,		/* three letters that are no ISO 4217 code */
	EC_AMOUNT_AMBIGUOUS,		/* "roubles", "manat": whose? */
	EC_AMOUNT_TWO_CURRENCIES,	/* "$5 EUR" */
	EC_AMOUNT_RANGE,			/* "$2-3 billion": two values */
	EC_AMOUNT_TRAILING,			/* something after the amount */
	EC_AMOUNT_OUT_OF_RANGE		/* magnitude over EC_FIXED_MAX */
} EcAmountStatus;

/* Where parsing failed: the offending part is s[pos, pos + len). */
typedef struct EcAmountError
{
	EcAmountStatus status;
	size_t		pos;
	size_t		len;
	int			digits;			/* OUT_OF_RANGE: the value's digits before
								 * the decimal point */
	uint16_t	readings[2];	/* AMBIGUOUS: the currencies it may be */
} EcAmountError;

/*
 * Parse the whole of s[0, len) as one amount.  White space around it is
 * allowed, letters in any case.  On success fills *out and returns
 * EC_AMOUNT_OK; otherwise fills *err and returns its status.
 */
extern EcAmountStatus ec_amount_parse(const char *s, size_t len,
									  EcAmount *out, EcAmountError *err);

/*
 * Canonical text: code, one space, plain decimal ("USD 900000000",
 * "EUR 1250.5").  buf must hold EC_AMOUNT_BUFLEN bytes; returns the length.
 */
#define EC_AMOUNT_BUFLEN (4 + EC_FIXED_BUFLEN)
extern size_t ec_amount_format(const EcAmount *a, char *buf);

#endif							/* EC_AMOUNT_H */
