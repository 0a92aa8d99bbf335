/*
 * session.c
 *		The loader's statements on its connection: run one and keep the
 *		server's message when it fails.
 */
#include "session.h"

#include <stdio.h>
#include <string.h>

/* Run a command that returns no rows; false with the server's message. */
bool
session_exec(PGconn *conn, const char *sql, char *err, size_t errlen)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	bool		ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;

	if (!ok)
		snprintf(err, errlen, "%s", PQresultErrorMessage(res));
	PQclear(res);
	return ok;
}

/*
 * Run one statement with text parameters: its result, or NULL with the
 * server's message in err.
 */
PGresult *
session_query(PGconn *conn, const char *sql, int n, const char *const *params, char *err, size_t errlen)
{
	PGresult   *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);

	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return res;
	snprintf(err, errlen, "%s", PQresultErrorMessage(res));
	PQclear(res);
	return NULL;
}

/* Run a query of one boolean: 1, 0, or -1 with the message in err. */
int
session_query_bool(PGconn *conn, const char *sql, int n, const char *const *params, char *err,
		   size_t errlen)
{
	PGresult   *res = session_query(conn, sql, n, params, err, errlen);
	int			v;

	if (res == NULL)
		return -1;
	v = PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return v;
}

void
session_rollback(PGconn *conn)
{
	PGresult   *res = PQexec(conn, "ROLLBACK");

	PQclear(res);
}
