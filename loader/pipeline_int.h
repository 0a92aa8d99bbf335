/*
 * pipeline_int.h
 *		What the pipeline's files share: one document (a file loaded whole or
 *		a record of a file) through parsing and loading.
 */
#ifndef ECL_PIPELINE_INT_H
#define ECL_PIPELINE_INT_H

#include "book.h"
#include "db.h"
#include "document.h"
#include "pipeline.h"
#include "progress.h"
#include "source.h"

/* One document: its text, what it is, and what it was read into. */
typedef struct Document
{
	Source		src;
	DocumentMeta meta;
	Book		book;
	InputFormat format;			/* FORMAT_AUTO, _BOOK or _TEXT for a file's text */
	const char *path;			/* the file, as messages name it */
	const char *key;			/* its path as the document's key, stored as text */
	const char *name;			/* its base name */
} Document;

/* Parse doc->src into doc->book as doc->format says (doc->meta.kind set). */
extern void ecl_pipeline_parse(Document *doc);

/* A connection for the next document: 0, or the exit code when none could be had. */
extern int	ecl_pipeline_connect(Pipeline *pl);

/*
 * Load doc, parsed, through pl's connection: 0 with *outcome and *result
 * set, or the exit code after a message (what: "" for a file, " record N"
 * for a record).
 */
extern int	ecl_pipeline_load(Pipeline *pl, Document *doc, const char *what,
							  LoadOutcome *outcome, LoadResult *result);

/* Load a book or a plain text, whole: the exit code. */
extern int	ecl_pipeline_text_file(Pipeline *pl, const char *file, const char *path);

/* Load the records of a JSONL or CSV file (feed.c): the exit code. */
extern int	ecl_pipeline_records(Pipeline *pl, const char *file, const char *path,
								 InputFormat format);

/* The key file (path in messages) is stored under, malloc'd; NULL after a message. */
extern char *ecl_pipeline_key(Pipeline *pl, const char *file, const char *path);

#endif							/* ECL_PIPELINE_INT_H */
