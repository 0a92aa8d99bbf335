/*
 * db.h
 *		Loading a parsed book into PostgreSQL: one transaction per
 *		document, rows by COPY (the schema is set up before: schema.h).
 */
#ifndef ECL_DB_H
#define ECL_DB_H

#include <stdbool.h>

#include <libpq-fe.h>

#include "book.h"
#include "document.h"
#include "session.h"
#include "source.h"

typedef enum LoadOutcome
{
	LOAD_NEW,					/* no document had this path or this content */
	LOAD_REPLACED,				/* one of this path had other content (or older rows) */
	LOAD_UNCHANGED,				/* this content was loaded from this path already */
	LOAD_SAME_CONTENT,			/* this content was loaded from another path: left there */
	LOAD_FAILED,				/* rolled back; see the message */
	LOAD_UNKNOWN				/* the connection was lost at COMMIT */
} LoadOutcome;

typedef struct LoadResult
{
	long		document_id;	/* the document loaded, replaced or found */
	char		other_path[1024];	/* LOAD_SAME_CONTENT: the path it was loaded from */
	long		earlier_id;		/* LOAD_SAME_CONTENT: a document of this path with other content, or 0 */
} LoadResult;

/*
 * Load one document, the file at path (ecl_document_path()) whose base name is
 * name, or a record of it (meta->record_id), in one transaction; result set
 * unless FAILED.  A file is its content at a path: the same content is never
 * loaded twice, whatever the path; other content at a path loaded before
 * replaces what was loaded from there.  A record is its id in its file:
 * loaded again when its fields changed.  label names the file in what is said while waiting for a
 * lock.
 */
extern LoadOutcome ecl_db_load(PGconn *conn, const char *schema, const char *path, const char *name,
						   const Source *src, const Book *book, const DocumentMeta *meta,
						   const SessionOptions *opt, const char *label, LoadResult *result,
						   char *err, size_t errlen);

#endif							/* ECL_DB_H */
