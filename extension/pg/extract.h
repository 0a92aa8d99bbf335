/*
 * extract.h
 *		What the set-returning functions over a text (extract_mentions,
 *		extract_facts) share: the text as the core reads it, positions in
 *		the database's characters, the anchor, rows into a tuplestore.
 */
#ifndef EC_EXTRACT_H
#define EC_EXTRACT_H

#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/date.h"

#include "scan.h"
#include "text.h"

typedef struct ExtractCall
{
	ReturnSetInfo *rsinfo;
	MemoryContext call_context;	/* lives as long as the call */
	MemoryContext row_context;	/* reset after each row */
	const char *s;				/* the text as the core reads it: UTF-8 */
	size_t		len;
	EcCharCursor positions;		/* of the rows so far; bytes in SQL_ASCII */
	bool		have_anchor;
	EcYearMonth anchor;
} ExtractCall;

/* Where the columns that describe a mention go in a row; -1: not there. */
typedef struct MentionColumns
{
	int			kind,
				text,
				char_start,
				char_end,
				amount,
				amount_high,
				period,
				number,
				number_high,
				qualifier,
				points,
				context;
} MentionColumns;

/* Set the call up: rows into a tuplestore, made in a context of their own. */
extern void extract_begin(FunctionCallInfo fcinfo, ExtractCall *call);
extern void extract_end(ExtractCall *call);

/* The text to read next, and its anchor (none when anchor_null). */
extern void extract_text(ExtractCall *call, text *body, bool anchor_null, DateADT anchor,
						 const char *fname);

/*
 * Read the text after the dateline it opens with, if any ("ASTANA, March
 * 14 (Kazinform) - "): its city and date are no figures of the item.
 */
extern void extract_skip_dateline(ExtractCall *call);

/* 1-based character position of byte pos; positions asked must ascend. */
extern int32 extract_char_position(ExtractCall *call, size_t pos);

/* Fill the columns of m named in at (values and nulls are the row's). */
extern void extract_mention_columns(ExtractCall *call, const EcMention *m,
									const MentionColumns *at, Datum *values, bool *nulls);

/* Store the row (its values made in row_context) and reset row_context. */
extern void extract_put_row(ExtractCall *call, Datum *values, bool *nulls);

/* hooks for the core */
extern EcAnchor extract_anchor(size_t pos, EcYearMonth *at, void *arg);
extern void extract_check_interrupts(size_t pos, void *arg);

#endif							/* EC_EXTRACT_H */
