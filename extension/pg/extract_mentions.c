/*
 * extract_mentions.c
 *		extract_mentions(body text, anchor date): every amount, period,
 *		percentage and ratio in a text, as rows.  The scanning is the plain-C
 *		core's (core/scan.c); this file makes its mentions into tuples.
 *
 * The rows go to a tuplestore, which keeps work_mem of them in memory and
 * the rest on disk; what a row needs on its way there lives in a memory
 * context reset after each, so that a text of millions of mentions takes no
 * more memory than the text itself.  The core reports its progress, and
 * each report checks for interrupts: statement_timeout and
 * pg_cancel_backend() stop any call promptly.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "currency_amount.h"
#include "encoding.h"
#include "reporting_period.h"
#include "scan.h"

#define N_COLUMNS 12

typedef struct ExtractState
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_context;	/* reset after each row */
	const char *s;				/* the text as the core reads it: UTF-8 */
	bool		utf8_characters;	/* positions count UTF-8 characters, not
									 * bytes (SQL_ASCII) */
	size_t		byte_pos;		/* the character count up to byte_pos is chars */
	int64		chars;
	bool		have_anchor;
	int			anchor_year;
} ExtractState;

static bool
constant_anchor(size_t pos, int *year, void *arg)
{
	ExtractState *st = arg;

	*year = st->anchor_year;
	return st->have_anchor;
}

static void
check_interrupts(size_t pos, void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * 1-based character position of byte pos; mentions come in text order, so
 * the count goes on from the last one, in steps between checks for
 * interrupts.
 */
static int32
char_position(ExtractState *st, size_t pos)
{
	if (!st->utf8_characters)
		return (int32) pos + 1;
	while (st->byte_pos < pos)
	{
		size_t		stop = Min(pos, st->byte_pos + EC_SCAN_PROGRESS_BYTES);

		for (; st->byte_pos < stop; st->byte_pos++)
			if (((unsigned char) st->s[st->byte_pos] & 0xC0) != 0x80)
				st->chars++;
		CHECK_FOR_INTERRUPTS();
	}
	return (int32) (st->chars + 1);
}

static void
add_row(const EcMention *m, void *arg)
{
	ExtractState *st = arg;
	Datum		values[N_COLUMNS];
	bool		nulls[N_COLUMNS];
	const char *qualifier = ec_qualifier_name(m->qualifier);
	MemoryContext caller = MemoryContextSwitchTo(st->row_context);

	memset(nulls, true, sizeof(nulls));
	values[0] = CStringGetTextDatum(ec_mention_kind_name(m->kind));
	values[1] = PointerGetDatum(ec_utf8_to_server_text(st->s + m->start, m->end - m->start));
	values[2] = Int32GetDatum(char_position(st, m->start));
	values[3] = Int32GetDatum(char_position(st, m->end));
	nulls[0] = nulls[1] = nulls[2] = nulls[3] = false;
	switch (m->kind)
	{
		case EC_MENTION_AMOUNT:
			values[4] = CurrencyAmountPGetDatum(currency_amount_make(m->currency, m->value));
			nulls[4] = false;
			if (m->has_high)
			{
				values[5] = CurrencyAmountPGetDatum(currency_amount_make(m->currency, m->high));
				nulls[5] = false;
			}
			break;
		case EC_MENTION_PERIOD:
			if (m->has_period)
			{
				values[6] = ReportingPeriodPGetDatum(reporting_period_make(&m->period));
				nulls[6] = false;
			}
			break;
		default:
			values[7] = NumericGetDatum(fixed_to_numeric(m->value));
			nulls[7] = false;
			if (m->has_high)
			{
				values[8] = NumericGetDatum(fixed_to_numeric(m->high));
				nulls[8] = false;
			}
			break;
	}
	if (qualifier)
	{
		values[9] = CStringGetTextDatum(qualifier);
		nulls[9] = false;
	}
	values[10] = BoolGetDatum(m->points);
	values[11] = BoolGetDatum(m->context);
	nulls[10] = nulls[11] = false;
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(caller);
	MemoryContextReset(st->row_context);
}

PG_FUNCTION_INFO_V1(extract_mentions);
Datum
extract_mentions(PG_FUNCTION_ARGS)
{
	ExtractState st = {0};
	EcScanHooks hooks = {add_row, constant_anchor, check_interrupts, &st};
	text	   *body;
	size_t		len;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.s = ec_utf8_from_server(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &len);
	st.utf8_characters = ec_server_counts_utf8_characters();
	if (!PG_ARGISNULL(1))
	{
		st.anchor_year = reporting_period_anchor_year(PG_GETARG_DATEADT(1), "extract_mentions");
		st.have_anchor = true;
	}
	st.row_context = AllocSetContextCreate(CurrentMemoryContext, "extract_mentions row",
										   ALLOCSET_SMALL_SIZES);
	ec_scan(st.s, len, &hooks);
	MemoryContextDelete(st.row_context);
	return (Datum) 0;
}
