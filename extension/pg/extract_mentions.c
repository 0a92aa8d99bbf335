/*
 * extract_mentions.c
 *		extract_mentions(body text, anchor date): every amount, period,
 *		percentage and ratio in a text, as rows.  The scanning is the plain-C
 *		core's (core/scan.c); the rows are made as extract.c makes them.
 */
#include "extract.h"

#define N_COLUMNS 12

static const MentionColumns columns = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

static void
add_row(const EcMention *m, void *arg)
{
	Datum		values[N_COLUMNS];
	bool		nulls[N_COLUMNS];

	memset(nulls, true, sizeof(nulls));
	extract_mention_columns(arg, m, &columns, values, nulls);
	extract_put_row(arg, values, nulls);
}

PG_FUNCTION_INFO_V1(extract_mentions);
Datum
extract_mentions(PG_FUNCTION_ARGS)
{
	ExtractCall call = {0};
	EcScanHooks hooks = {add_row, extract_anchor, extract_check_interrupts, &call};

	extract_begin(fcinfo, &call);
	if (!PG_ARGISNULL(0))
	{
		extract_text(&call, PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1),
					 PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1), "extract_mentions");
		extract_skip_dateline(&call);
		ec_scan(call.s, call.len, &hooks);
	}
	extract_end(&call);
	return (Datum) 0;
}
