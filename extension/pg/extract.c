/*
 * extract.c
 *		The plumbing of the set-returning functions over a text
 *		(extract_mentions.c, extract_facts.c).
 *
 * The rows go to a tuplestore, which keeps work_mem of them in memory and
 * the rest on disk; what a row needs on its way there lives in a memory
 * context reset after each, so that a text of millions of mentions takes no
 * more memory than the text itself.  The core reports its progress, and
 * each report checks for interrupts: statement_timeout and
 * pg_cancel_backend() stop any call promptly.
 */
#include "extract.h"

#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "currency_amount.h"
#include "dateline.h"
#include "encoding.h"
#include "reporting_period.h"

void
extract_begin(FunctionCallInfo fcinfo, ExtractCall *call)
{
	InitMaterializedSRF(fcinfo, 0);
	call->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	call->call_context = CurrentMemoryContext;
	call->row_context = AllocSetContextCreate(CurrentMemoryContext, "extract row",
											  ALLOCSET_SMALL_SIZES);
}

void
extract_text(ExtractCall *call, text *body, bool anchor_null, DateADT anchor, const char *fname)
{
	call->s = ec_utf8_from_server(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &call->len);
	call->positions = (EcCharCursor) {call->s, !ec_server_counts_utf8_characters()};
	call->have_anchor = !anchor_null;
	if (!anchor_null)
		call->anchor = reporting_period_anchor(anchor, fname);
}

void
extract_end(ExtractCall *call)
{
	MemoryContextDelete(call->row_context);
}

/* the caller's anchor date is the date the text was written */
EcAnchor
extract_anchor(size_t pos, EcYearMonth *at, void *arg)
{
	ExtractCall *call = arg;

	*at = call->anchor;
	return call->have_anchor ? EC_ANCHOR_WRITTEN : EC_ANCHOR_NONE;
}

void
extract_check_interrupts(size_t pos, void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

/*
 * A text that opens with a dateline ("ASTANA, March 14 (Kazinform) - ") is
 * read after it, as the loader reads a news item: the city is where the
 * item was filed and the date when, neither what its figures are about.
 * Positions still count from the start of the text.
 */
void
extract_skip_dateline(ExtractCall *call)
{
	size_t		base = ec_dateline_length(call->s, call->len);

	if (base == 0)
		return;
	ec_char_position(&call->positions, base);
	call->positions.s += base;
	call->positions.byte = 0;
	call->s += base;
	call->len -= base;
}

/*
 * Rows come in text order, so the count goes on from the last one, in steps
 * between checks for interrupts.
 */
int32
extract_char_position(ExtractCall *call, size_t pos)
{
	while (call->positions.byte + EC_SCAN_PROGRESS_BYTES < pos)
	{
		ec_char_position(&call->positions, call->positions.byte + EC_SCAN_PROGRESS_BYTES);
		CHECK_FOR_INTERRUPTS();
	}
	return (int32) ec_char_position(&call->positions, pos);
}

static void
put(Datum *values, bool *nulls, int at, Datum value)
{
	if (at >= 0)
	{
		values[at] = value;
		nulls[at] = false;
	}
}

void
extract_mention_columns(ExtractCall *call, const EcMention *m, const MentionColumns *at,
						Datum *values, bool *nulls)
{
	const char *qualifier = ec_qualifier_name(m->qualifier);
	MemoryContext caller = MemoryContextSwitchTo(call->row_context);

	put(values, nulls, at->kind, CStringGetTextDatum(ec_mention_kind_name(m->kind)));
	put(values, nulls, at->text,
		PointerGetDatum(ec_utf8_to_server_text(call->s + m->start, m->end - m->start)));
	put(values, nulls, at->char_start, Int32GetDatum(extract_char_position(call, m->start)));
	put(values, nulls, at->char_end, Int32GetDatum(extract_char_position(call, m->end)));
	switch (m->kind)
	{
		case EC_MENTION_AMOUNT:
			put(values, nulls, at->amount,
				CurrencyAmountPGetDatum(currency_amount_make(m->currency, m->value)));
			if (m->has_high)
				put(values, nulls, at->amount_high,
					CurrencyAmountPGetDatum(currency_amount_make(m->currency, m->high)));
			break;
		case EC_MENTION_PERIOD:
			if (m->has_period)
				put(values, nulls, at->period,
					ReportingPeriodPGetDatum(reporting_period_make(&m->period)));
			break;
		default:
			put(values, nulls, at->number, NumericGetDatum(fixed_to_numeric(m->value)));
			if (m->has_high)
				put(values, nulls, at->number_high, NumericGetDatum(fixed_to_numeric(m->high)));
			break;
	}
	if (qualifier)
		put(values, nulls, at->qualifier, CStringGetTextDatum(qualifier));
	put(values, nulls, at->points, BoolGetDatum(m->points));
	put(values, nulls, at->context, BoolGetDatum(m->context));
	MemoryContextSwitchTo(caller);
}

void
extract_put_row(ExtractCall *call, Datum *values, bool *nulls)
{
	tuplestore_putvalues(call->rsinfo->setResult, call->rsinfo->setDesc, values, nulls);
	MemoryContextReset(call->row_context);
}
