/*
 * currency_amount.c
 *		currency_amount: text and binary I/O, constructor, accessors, casts.
 *
 * Parsing is the plain-C core's (core/amount.c); this file turns its verdicts
 * into PostgreSQL values and errors.
 */
#include "postgres.h"

#include <string.h>

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "compat.h"
#include "currency_amount.h"
#include "encoding.h"

#define HINT_FORMS "Write an amount such as USD 900000000, $900 million or 900 million US dollars."

/*
 * Report a failed parse of str the way core types do: 22P02 naming the whole
 * input, a DETAIL naming the offending part, a HINT with an accepted form.
 * The core parsed utf8, str as UTF-8; err's positions are in it.
 */
static void
report_parse_error(const char *str, const char *utf8, const EcAmountError *err,
				   Node *escontext)
{
	const char *part = ec_utf8_to_server_cstring(utf8 + err->pos, err->len);
	int			n = (int) strlen(part);

	switch (err->status)
	{
		case EC_AMOUNT_OK:
			break;
		case EC_AMOUNT_OUT_OF_RANGE:
			if (err->digits > EC_FIXED_INT_DIGITS)
				errsave(escontext,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("value \"%s\" is out of range for type %s",
								str, "currency_amount"),
						 errdetail("\"%.*s\" has %d digits before the decimal point; an amount has at most %d.",
								   n, part, err->digits, EC_FIXED_INT_DIGITS)));
			else
				errsave(escontext,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("value \"%s\" is out of range for type %s",
								str, "currency_amount"),
						 errdetail("\"%.*s\" rounds to 10^%d at %d decimal places; an amount is less than that.",
								   n, part, EC_FIXED_INT_DIGITS, EC_FIXED_SCALE)));
			break;
		case EC_AMOUNT_EMPTY:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("The input is empty."),
					 errhint(HINT_FORMS)));
			break;
		case EC_AMOUNT_NO_NUMBER:
			if (n == 0)
				errsave(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"",
								"currency_amount", str),
						 errdetail("A number is missing at the end of the input."),
						 errhint(HINT_FORMS)));
			else
				errsave(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"",
								"currency_amount", str),
						 errdetail("Expected a number at \"%.*s\".", n, part),
						 errhint(HINT_FORMS)));
			break;
		case EC_AMOUNT_BAD_GROUPING:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("The digit group \"%.*s\" does not have three digits after the comma.",
							   n, part),
					 errhint("Separate thousands with commas and decimals with a point, as in 1,250.50, or write no separators.")));
			break;
		case EC_AMOUNT_NO_CURRENCY:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("No currency is given for \"%.*s\".", n, part),
					 errhint("Name the currency with an ISO 4217 code, a symbol or a word: USD 900 million, $900 million, 900 million dollars.")));
			break;
		case EC_AMOUNT_UNKNOWN_CODE:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("\"%.*s\" is not an ISO 4217 currency code.", n, part),
					 errhint("Use a code of ISO 4217, such as USD, EUR, RUB, BYN, KZT or CNY.")));
			break;
		case EC_AMOUNT_AMBIGUOUS:
			{
				char		first[4],
							second[4];

				ec_currency_unpack(err->readings[0], first);
				ec_currency_unpack(err->readings[1], second);
				errsave(escontext,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"",
								"currency_amount", str),
						 errdetail("\"%.*s\" may be %s or %s: the words do not say whose currency it is.",
								   n, part, first, second),
						 errhint("Write the ISO 4217 code (%s or %s), or the country's adjective before the currency's name.",
								 first, second)));
			}
			break;
		case EC_AMOUNT_TWO_CURRENCIES:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("The currency \"%.*s\" contradicts the one before the number.",
							   n, part),
					 errhint("Give the currency once, before or after the number.")));
			break;
		case EC_AMOUNT_RANGE:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("\"%.*s\" is a range of values, not one amount.", n, part),
					 errhint("Give one value, such as $2 billion, and store a range as two amounts.")));
			break;
		case EC_AMOUNT_TRAILING:
			errsave(escontext,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"",
							"currency_amount", str),
					 errdetail("Unexpected \"%.*s\" after the amount.", n, part),
					 errhint(HINT_FORMS)));
			break;
	}
}

PG_FUNCTION_INFO_V1(currency_amount_in);
Datum
currency_amount_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *utf8 = ec_utf8_from_server_cstring(str);
	EcAmount	a;
	EcAmountError err;

	if (ec_amount_parse(utf8, strlen(utf8), &a, &err) != EC_AMOUNT_OK)
	{
		report_parse_error(str, utf8, &err, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(a.currency, a.value));
}

PG_FUNCTION_INFO_V1(currency_amount_out);
Datum
currency_amount_out(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	EcAmount	amount = {a->currency, currency_amount_value(a)};
	char	   *buf = palloc(EC_AMOUNT_BUFLEN);

	ec_amount_format(&amount, buf);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary form: the three upper-case letters of the ISO 4217 code, then the
 * value in numeric's own binary form, which every driver can decode.
 */
PG_FUNCTION_INFO_V1(currency_amount_send);
Datum
currency_amount_send(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	char		code[4];
	bytea	   *num;
	StringInfoData buf;

	ec_currency_unpack(a->currency, code);
	num = DatumGetByteaPP(DirectFunctionCall1(numeric_send,
											  NumericGetDatum(fixed_to_numeric(currency_amount_value(a)))));
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, code, 3);
	pq_sendbytes(&buf, VARDATA_ANY(num), VARSIZE_ANY_EXHDR(num));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Malformed binary input is rejected, never patched up: an unknown code,
 * NaN or infinity, digits finer than 10^-10 or a value out of range.
 */
PG_FUNCTION_INFO_V1(currency_amount_recv);
Datum
currency_amount_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const char *code = pq_getmsgbytes(buf, 3);
	uint16		currency;
	Numeric		num;
	char	   *digits;
	ec_int128	value;
	bool		inexact;

	if (!(code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z' &&
		  code[2] >= 'A' && code[2] <= 'Z') ||
		!ec_currency_lookup(code, &currency))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid currency code in external \"%s\" value",
						"currency_amount")));
	num = DatumGetNumeric(DirectFunctionCall3(numeric_recv,
											  PointerGetDatum(buf),
											  ObjectIdGetDatum(InvalidOid),
											  Int32GetDatum(-1)));
	if (numeric_is_nan(num) || numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid value in external \"%s\" value",
						"currency_amount"),
				 errdetail("The value must be a finite number.")));
	digits = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)));
	if (!ec_plain_decimal_to_fixed(digits, strlen(digits), &value, &inexact))
		currency_amount_out_of_range();
	if (inexact)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid value in external \"%s\" value",
						"currency_amount"),
				 errdetail("The value has non-zero digits beyond %d decimal places.",
						   EC_FIXED_SCALE)));
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(currency, value));
}

/* currency_amount(code text, value numeric) */
PG_FUNCTION_INFO_V1(currency_amount_construct);
Datum
currency_amount_construct(PG_FUNCTION_ARGS)
{
	text	   *code = PG_GETARG_TEXT_PP(0);
	Numeric		num = PG_GETARG_NUMERIC(1);
	uint16		currency;

	if (VARSIZE_ANY_EXHDR(code) != 3 ||
		!ec_currency_lookup(VARDATA_ANY(code), &currency))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not an ISO 4217 currency code",
						text_to_cstring(code)),
				 errhint("Use a code of ISO 4217, such as USD, EUR, RUB, BYN, KZT or CNY.")));
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_make(currency,
													 numeric_to_fixed(num, true)));
}

PG_FUNCTION_INFO_V1(currency_amount_currency);
Datum
currency_amount_currency(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	char		code[4];

	ec_currency_unpack(a->currency, code);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(code, 3));
}

/* the cast to numeric */
PG_FUNCTION_INFO_V1(currency_amount_numeric);
Datum
currency_amount_numeric(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);

	PG_RETURN_NUMERIC(fixed_to_numeric(currency_amount_value(a)));
}

Numeric
fixed_to_numeric(ec_int128 v)
{
	char		buf[EC_FIXED_BUFLEN];

	ec_fixed_format(v, buf);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in,
											   CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/*
 * numeric to fixed point.  With round, digits beyond 10^-10 are rounded half
 * away from zero (as numeric(38,10) would); without, n must already be a
 * whole number of 10^-10 units (callers round first).
 */
ec_int128
numeric_to_fixed(Numeric n, bool round)
{
	char	   *digits;
	ec_int128	value;
	bool		inexact;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a currency_amount cannot be NaN or infinite")));
	if (round)
		n = DatumGetNumeric(DirectFunctionCall2(numeric_round,
												NumericGetDatum(n),
												Int32GetDatum(EC_FIXED_SCALE)));
	digits = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(n)));
	if (!ec_plain_decimal_to_fixed(digits, strlen(digits), &value, &inexact))
		currency_amount_out_of_range();
	Assert(!inexact);
	return value;
}

void
currency_amount_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("currency_amount out of range"),
			 errdetail("An amount has at most %d digits before the decimal point and %d after it.",
					   EC_FIXED_INT_DIGITS, EC_FIXED_SCALE)));
}

void
currency_amount_check_same(const CurrencyAmount *a, const CurrencyAmount *b,
						   const char *verb)
{
	char		ca[4],
				cb[4];

	if (a->currency == b->currency)
		return;
	ec_currency_unpack(a->currency, ca);
	ec_currency_unpack(b->currency, cb);
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("cannot %s amounts in different currencies: %s and %s",
					verb, ca, cb),
			 errhint("Convert the amounts to one currency first, or group them by currency(...).")));
}
