/*
 * session.h
 *		The loader's session: its settings, its statements (each returns the
 *		server's message in err, errlen bytes, when it fails) and the table
 *		locks it waits for, bounded by lock_timeout.
 */
#ifndef ECL_SESSION_H
#define ECL_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

/* how long the loader waits for a lock when neither option nor session says */
#define SESSION_LOCK_TIMEOUT 60

typedef struct SessionOptions
{
	int			lock_timeout;	/* seconds (0: no end); -1: the session's, else the default */
	bool		quiet;			/* nothing on standard error while waiting */
} SessionOptions;

/*
 * For the whole session: search_path = pg_catalog, pg_temp; no notices
 * below warnings; lock_timeout; client_connection_check_interval, so that
 * the backend of a loader killed while it waits ends too.
 */
extern bool ecl_session_settings(PGconn *conn, const SessionOptions *opt, char *err, size_t errlen);

/* Run a command that returns no rows; false with the server's message. */
extern bool ecl_session_exec(PGconn *conn, const char *sql, char *err, size_t errlen);

/* Run one statement with text parameters: its result, or NULL with the message. */
extern PGresult *ecl_session_query(PGconn *conn, const char *sql, int n, const char *const *params,
							   char *err, size_t errlen);

/* Run a query of one boolean: 1, 0, or -1 with the message in err. */
extern int	ecl_session_query_bool(PGconn *conn, const char *sql, int n, const char *const *params,
							   char *err, size_t errlen);

/* The SQLSTATE of the last statement of this module that failed ("" when none). */
extern const char *ecl_session_failed_state(void);

/* Remember the SQLSTATE of a failed result run elsewhere (COPY). */
extern void ecl_session_note_failure(const PGresult *res);

extern void ecl_session_rollback(PGconn *conn);

/*
 * LOCK TABLE schema.table IN SHARE ROW EXCLUSIVE MODE in the open
 * transaction: the lock loaders take to serialise on a table only the
 * schema's owner (or a superuser) may lock so.  When another session holds
 * a conflicting lock, says so on standard error (label: the file, or NULL)
 * naming it, and waits up to lock_timeout; false with the holders named in
 * err when the wait runs out or the statement fails.
 */
extern bool ecl_session_lock(PGconn *conn, const char *schema, const char *table, const char *label,
						 const SessionOptions *opt, char *err, size_t errlen);

/*
 * When the last statement that failed gave up waiting for a lock (55P03)
 * and did not say for whom (ecl_session_lock does), err gets who holds locks on
 * the tables of schema that writing to them (altering them: ddl) waits for,
 * as far as this role may see.  Outside a failed transaction.
 */
extern void ecl_session_explain_timeout(PGconn *conn, const char *schema, bool ddl, char *err,
									size_t errlen);

#endif							/* ECL_SESSION_H */
