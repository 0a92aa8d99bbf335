/*
 * schema.h
 *		The loader's schema, set up before the first document is loaded.
 */
#ifndef ECL_SCHEMA_H
#define ECL_SCHEMA_H

#include <stdbool.h>

#include <libpq-fe.h>

#include "session.h"

/*
 * Set the session up (ecl_session_settings); create the extension, the schema
 * and its tables where missing and load the places lexicon, unless the
 * schema is as this loader left it.  false with a message in err when the
 * role may not, the server refuses or a lock is not had in time.
 */
extern bool ecl_db_prepare(PGconn *conn, const char *schema, const SessionOptions *opt,
					   char *err, size_t errlen);

#endif							/* ECL_SCHEMA_H */
