/*
 * session.h
 *		Running the loader's statements: each returns the server's message in
 *		err (errlen bytes) when it fails.
 */
#ifndef ECL_SESSION_H
#define ECL_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

/* Run a command that returns no rows; false with the server's message. */
extern bool session_exec(PGconn *conn, const char *sql, char *err, size_t errlen);

/* Run one statement with text parameters: its result, or NULL with the message. */
extern PGresult *session_query(PGconn *conn, const char *sql, int n, const char *const *params,
							   char *err, size_t errlen);

/* Run a query of one boolean: 1, 0, or -1 with the message in err. */
extern int	session_query_bool(PGconn *conn, const char *sql, int n, const char *const *params,
							   char *err, size_t errlen);

extern void session_rollback(PGconn *conn);

#endif							/* ECL_SESSION_H */
