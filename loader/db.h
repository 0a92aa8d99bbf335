/*
 * db.h
 *		Loading a parsed book into PostgreSQL: the schema, then one
 *		transaction per document, rows by COPY.
 */
#ifndef ECL_DB_H
#define ECL_DB_H

#include <stdbool.h>

#include <libpq-fe.h>

#include "book.h"
#include "session.h"
#include "source.h"

typedef enum LoadOutcome
{
	LOAD_NEW,					/* a book of that name was not there */
	LOAD_REPLACED,				/* one was, with other content */
	LOAD_UNCHANGED,				/* the same content was there already */
	LOAD_FAILED,				/* rolled back; see the message */
	LOAD_UNKNOWN				/* the connection was lost at COMMIT */
} LoadOutcome;

/*
 * Set the session up (session_settings); create the extension, the schema
 * and its tables where missing and load the places lexicon, unless the
 * schema is as this loader left it.  false with a message in err when the
 * role may not, the server refuses or a lock is not had in time.
 */
extern bool db_prepare(PGconn *conn, const char *schema, const PlaceList *places,
					   const SessionOptions *opt, char *err, size_t errlen);

/*
 * Load one document in one transaction; *document_id set unless FAILED.
 * label names the file in what is said while waiting for a lock.
 */
extern LoadOutcome db_load(PGconn *conn, const char *schema, const char *name,
						   const Source *src, const Book *book, const SessionOptions *opt,
						   const char *label, long *document_id, char *err, size_t errlen);

#endif							/* ECL_DB_H */
