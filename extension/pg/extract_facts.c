/*
 * extract_facts.c
 *		extract_facts(body text, anchor date): every amount, percentage and
 *		ratio in a text as a fact, with what it measures, the places and
 *		the period it is about, whether it is a change, a result or a plan,
 *		and a flow's direction, read after a news item's dateline;
 *		extract_document_facts(parts text[], anchors date[]): the same for a
 *		document given as its paragraphs.  The reading is
 *		the plain-C core's (core/facts.c), the loader's too; the rows are
 *		made as extract.c makes them.
 */
#include "extract.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "facts.h"
#include "reporting_period.h"

#define N_COLUMNS 20

/*
 * (part,) kind, text, char_start, char_end, sentence, indicator, places,
 * period, amount, amount_high, number, number_high, qualifier, change,
 * points, status, origin, destination, groups: the mention's columns, for
 * a text and for a text in parts.  The last four came with 0.4.0: declared
 * by an older version's script, the rows end before them (a tuple takes
 * as many values as its descriptor has columns).
 */
static const MentionColumns columns[2] = {
	{0, 1, 2, 3, 8, 9, -1, 10, 11, 12, 14, -1},
	{1, 2, 3, 4, 9, 10, -1, 11, 12, 13, 15, -1}
};

typedef struct FactsCall
{
	ExtractCall extract;		/* first: the core's hooks get either */
	bool		in_parts;
	int			part;			/* 1-based */
} FactsCall;

static Datum
places_array(const EcPlaceSet *set)
{
	Datum		codes[EC_MAX_PLACES];

	for (int i = 0; i < set->n; i++)
		codes[i] = CStringGetTextDatum(set->codes[i]);
	return PointerGetDatum(construct_array(codes, set->n, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
add_row(const EcFact *f, void *arg)
{
	FactsCall  *fc = arg;
	ExtractCall *call = &fc->extract;
	Datum		values[N_COLUMNS];
	bool		nulls[N_COLUMNS];
	Datum	   *v = values + fc->in_parts;	/* past part, when there */
	bool	   *n = nulls + fc->in_parts;
	const char *change = ec_change_name(f->change);
	MemoryContext caller;

	memset(nulls, true, sizeof(nulls));
	extract_mention_columns(call, f->figure, &columns[fc->in_parts], values, nulls);
	caller = MemoryContextSwitchTo(call->row_context);
	if (fc->in_parts)
	{
		values[0] = Int32GetDatum(fc->part);
		nulls[0] = false;
	}
	v[4] = Int32GetDatum(f->sentence + 1);
	v[5] = CStringGetTextDatum(f->indicator);
	v[6] = places_array(&f->places);
	n[4] = n[5] = n[6] = false;
	if (f->has_period)
	{
		v[7] = ReportingPeriodPGetDatum(reporting_period_make(&f->period));
		n[7] = false;
	}
	if (change)
	{
		v[13] = CStringGetTextDatum(change);
		n[13] = false;
	}
	v[15] = CStringGetTextDatum(ec_status_name(f->status));
	v[16] = places_array(&f->origin);
	v[17] = places_array(&f->destination);
	v[18] = places_array(&f->groups);
	n[15] = n[16] = n[17] = n[18] = false;
	MemoryContextSwitchTo(caller);
	extract_put_row(call, values, nulls);
}

static EcAnchor
anchor(size_t pos, const EcSentence *st, EcYearMonth *at, void *arg)
{
	return extract_anchor(pos, at, &((FactsCall *) arg)->extract);
}

/*
 * A sentence's figures, in the call's memory: freed with it, on error too.
 * Aligned as malloc() aligns, which the core's 128-bit integers need and
 * palloc() (MAXALIGN, 8 bytes) does not give: each block starts with where
 * its allocation begins and its size.
 */
typedef struct BlockHeader
{
	void	   *raw;
	size_t		size;
} BlockHeader;

#define BLOCK_ALIGN 16

static void *
call_realloc(void *ptr, size_t size, void *arg)
{
	ExtractCall *call = &((FactsCall *) arg)->extract;
	BlockHeader *old = ptr ? (BlockHeader *) ptr - 1 : NULL;
	char	   *raw;
	char	   *block = NULL;

	if (size > 0)
	{
		raw = MemoryContextAlloc(call->call_context, size + sizeof(BlockHeader) + BLOCK_ALIGN);
		block = (char *) TYPEALIGN(BLOCK_ALIGN, raw + sizeof(BlockHeader));
		((BlockHeader *) block - 1)->raw = raw;
		((BlockHeader *) block - 1)->size = size;
		if (old)
			memcpy(block, ptr, Min(old->size, size));
	}
	if (old)
		pfree(old->raw);
	return block;
}

PG_FUNCTION_INFO_V1(extract_facts);
Datum
extract_facts(PG_FUNCTION_ARGS)
{
	FactsCall	fc = {0};
	EcFactCarry carry = {0};
	EcFactHooks hooks = {NULL, NULL, NULL, add_row, anchor, extract_check_interrupts,
	call_realloc, &fc};

	extract_begin(fcinfo, &fc.extract);
	if (!PG_ARGISNULL(0))
	{
		extract_text(&fc.extract, PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1),
					 PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1), "extract_facts");
		extract_skip_dateline(&fc.extract);
		ec_facts(fc.extract.s, fc.extract.len, &carry, &hooks);
	}
	extract_end(&fc.extract);
	return (Datum) 0;
}

/*
 * A document in parts (its paragraphs, in order): each read as a text of
 * its own, what a sentence leaves to the next carried across them.
 */
PG_FUNCTION_INFO_V1(extract_document_facts);
Datum
extract_document_facts(PG_FUNCTION_ARGS)
{
	FactsCall	fc = {0};
	EcFactCarry carry = {0};
	EcFactHooks hooks = {NULL, NULL, NULL, add_row, anchor, extract_check_interrupts,
	call_realloc, &fc};
	Datum	   *parts,
			   *anchors = NULL;
	bool	   *parts_null,
			   *anchors_null = NULL;
	int			nparts,
				nanchors = 0;

	extract_begin(fcinfo, &fc.extract);
	fc.in_parts = true;
	if (PG_ARGISNULL(0))
	{
		extract_end(&fc.extract);
		return (Datum) 0;
	}
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), TEXTOID, -1, false, TYPALIGN_INT,
					  &parts, &parts_null, &nparts);
	if (!PG_ARGISNULL(1))
	{
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), DATEOID, sizeof(DateADT), true,
						  TYPALIGN_INT, &anchors, &anchors_null, &nanchors);
		if (nanchors != nparts)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("extract_document_facts needs one anchor per part"),
					 errdetail("%d anchors were given for %d parts.", nanchors, nparts),
					 errhint("Give one anchor per part (NULL for none), or NULL for no anchors.")));
	}
	for (int i = 0; i < nparts; i++)
	{
		bool		no_anchor = anchors == NULL || anchors_null[i];
		text	   *body;
		const char *utf8;

		CHECK_FOR_INTERRUPTS();
		fc.part = i + 1;
		if (parts_null[i])
			continue;
		body = DatumGetTextPP(parts[i]);
		extract_text(&fc.extract, body, no_anchor,
					 no_anchor ? 0 : DatumGetDateADT(anchors[i]), "extract_document_facts");
		utf8 = fc.extract.s;
		if (i == 0)
			extract_skip_dateline(&fc.extract);
		ec_facts(fc.extract.s, fc.extract.len, &carry, &hooks);

		/*
		 * One part's copies at a time (converted to UTF-8, detoasted): the
		 * carry holds nothing of the text.
		 */
		if (utf8 != VARDATA_ANY(body))
			pfree((char *) utf8);
		if ((Pointer) body != DatumGetPointer(parts[i]))
			pfree(body);
	}
	extract_end(&fc.extract);
	return (Datum) 0;
}
