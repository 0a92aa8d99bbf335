/*
 * document.h
 *		What a document is besides its text: its kind, and where it came
 *		from and when it was written, as a record of a JSONL or CSV file or
 *		the command line tells.  It goes to corpus.document.
 */
#ifndef ECL_DOCUMENT_H
#define ECL_DOCUMENT_H

#include <stdbool.h>

#include "period.h"

typedef enum DocumentKind
{
	DOCUMENT_BOOK,				/* a book converted from PDF (book.c) */
	DOCUMENT_TEXT,				/* a plain text: paragraphs on blank lines (plain.c) */
	DOCUMENT_RECORD				/* one record of a JSONL or CSV file (records.c) */
} DocumentKind;

typedef struct DocumentMeta
{
	DocumentKind kind;
	const char *record_id;		/* a record's id; NULL for a file loaded whole */
	int			record_line;	/* the line of its file where it starts */
	char		published[11];	/* YYYY-MM-DD, or "" when not known */
	const char *title;			/* NULL when none, as the fields below */
	const char *url;
	const char *lang;
	const char *source;
	const char *extra;			/* a JSON object of a record's other fields */
} DocumentMeta;

extern const char *ecl_document_kind_name(DocumentKind kind);

/*
 * Read the date s, YYYY-MM-DD of a day that exists, into date; with_time, a
 * time may follow it ("T10:00:00Z", " 10:00") and is dropped.  false when
 * it is no such date.
 */
extern bool ecl_document_date(const char *s, bool with_time, char *date);

/*
 * The year and month of a published date, or {0, 0} when none: what deictic
 * words ("this year", "last month") of the document count from.
 */
extern EcYearMonth ecl_document_written(const DocumentMeta *meta);

#endif							/* ECL_DOCUMENT_H */
