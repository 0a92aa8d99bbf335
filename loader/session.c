/*
 * session.c
 *		The loader's session: its settings, its statements, and the table
 *		locks it waits for.
 *
 * Loaders serialise on SHARE ROW EXCLUSIVE locks of the schema's tables
 * (loader_state while setting the schema up, document while loading one):
 * a lock only the schema's owner or a superuser may take, where an
 * advisory lock of a guessable key could be held by any role that may
 * connect and stop every load.  Readers of the views take ACCESS SHARE,
 * which it does not wait for.  Every wait is bounded by lock_timeout, and
 * whoever holds the lock is named.
 */
#include "session.h"

#include <stdio.h>
#include <string.h>

#include "progress.h"

/* modes that a SHARE ROW EXCLUSIVE request does not wait for */
#define COMPATIBLE_WITH_LOCK "{AccessShareLock,RowShareLock}"
/* those that writing rows does not wait for; altering a table waits for any */
#define COMPATIBLE_WITH_WRITES "{AccessShareLock}"
#define COMPATIBLE_WITH_DDL "{}"

static char failed_state[6];

void
ecl_session_note_failure(const PGresult *res)
{
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);

	snprintf(failed_state, sizeof(failed_state), "%s", state ? state : "");
}

const char *
ecl_session_failed_state(void)
{
	return failed_state;
}

bool
ecl_session_exec(PGconn *conn, const char *sql, char *err, size_t errlen)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	bool		ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;

	if (!ok)
	{
		snprintf(err, errlen, "%s", PQresultErrorMessage(res));
		ecl_session_note_failure(res);
	}
	PQclear(res);
	return ok;
}

PGresult *
ecl_session_query(PGconn *conn, const char *sql, int n, const char *const *params, char *err, size_t errlen)
{
	PGresult   *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);

	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return res;
	snprintf(err, errlen, "%s", PQresultErrorMessage(res));
	ecl_session_note_failure(res);
	PQclear(res);
	return NULL;
}

int
ecl_session_query_bool(PGconn *conn, const char *sql, int n, const char *const *params, char *err,
				   size_t errlen)
{
	PGresult   *res = ecl_session_query(conn, sql, n, params, err, errlen);
	int			v;

	if (res == NULL)
		return -1;
	v = PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return v;
}

void
ecl_session_rollback(PGconn *conn)
{
	PGresult   *res = PQexec(conn, "ROLLBACK");

	PQclear(res);
}

bool
ecl_session_settings(PGconn *conn, const SessionOptions *opt, char *err, size_t errlen)
{
	char		sql[128];
	int			unset;

	/*
	 * The loader's SQL (sql/corpus.sql, and its queries) names built-in
	 * operators and types unqualified (=, <, ~, text, timestamptz): resolved
	 * against pg_catalog alone, whatever search_path the role or database
	 * sets, so that an object another role made in a schema of that path
	 * (public, ahead of pg_catalog) is never called by the loader nor built
	 * into the tables' checks, columns and views.
	 */
	if (!ecl_session_exec(conn, "SET search_path = pg_catalog, pg_temp", err, errlen) ||
	/* "already exists, skipping" is no news on a second load */
		!ecl_session_exec(conn, "SET client_min_messages = warning", err, errlen) ||
	/* a backend whose loader was killed while it waited ends within a second */
		!ecl_session_exec(conn, "SET client_connection_check_interval = 1000", err, errlen))
		return false;
	/* --lock-timeout, else what PGOPTIONS, the role or the database set, else the default */
	unset = ecl_session_query_bool(conn, "SELECT pg_catalog.current_setting('lock_timeout') = '0'",
							   0, NULL, err, errlen);
	if (unset < 0)
		return false;
	if (opt->lock_timeout >= 0 || unset)
	{
		snprintf(sql, sizeof(sql), "SET lock_timeout = %ld",
				 (opt->lock_timeout >= 0 ? opt->lock_timeout : SESSION_LOCK_TIMEOUT) * 1000L);
		return ecl_session_exec(conn, sql, err, errlen);
	}
	return true;
}

/*
 * Who holds locks on schema.table (on every table of schema: table "") in
 * a mode other than the compatible ones: "pid N (role R, application "A",
 * in a transaction since T: MODE on TABLE)", joined by "; ", into out.
 */
static void
lock_holders(PGconn *conn, const char *schema, const char *table, const char *compatible,
			 char *out, size_t outlen)
{
	const char *params[3] = {schema, table, compatible};
	char		ignored[256];
	PGresult   *res = ecl_session_query(conn,
									"SELECT l.pid, a.usename, a.application_name, "
									"pg_catalog.date_trunc('second', a.xact_start)::text, "
									"pg_catalog.string_agg(DISTINCT l.mode || ' on ' || c.relname, ', ') "
									"FROM pg_catalog.pg_locks l "
									"JOIN pg_catalog.pg_class c ON c.oid = l.relation "
									"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
									"LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
									"WHERE l.locktype = 'relation' AND l.granted "
									"AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d "
									"WHERE d.datname = pg_catalog.current_database()) "
									"AND l.pid IS DISTINCT FROM pg_catalog.pg_backend_pid() "
									"AND n.nspname = $1 AND ($2 = '' OR c.relname = $2) "
									"AND l.mode <> ALL ($3::text[]) "
									"GROUP BY l.pid, a.usename, a.application_name, a.xact_start "
									"ORDER BY l.pid",
									3, params, ignored, sizeof(ignored));
	size_t		len = 0;

	out[0] = '\0';
	if (res == NULL)
	{
		snprintf(out, outlen, "a session this role cannot name");
		return;
	}
	for (int i = 0; i < PQntuples(res) && len < outlen; i++)
	{
		const char *sep = i > 0 ? "; " : "";

		if (PQgetisnull(res, i, 0))
			len += snprintf(out + len, outlen - len, "%sa prepared transaction (%s)", sep,
							PQgetvalue(res, i, 4));
		else
			len += snprintf(out + len, outlen - len,
							"%spid %s (role %s, application \"%s\", %s%s: %s)", sep,
							PQgetvalue(res, i, 0),
							PQgetisnull(res, i, 1) ? "not visible" : PQgetvalue(res, i, 1),
							PQgetvalue(res, i, 2),
							PQgetisnull(res, i, 3) ? "since a time this role may not see" :
							"in a transaction since ", PQgetvalue(res, i, 3),
							PQgetvalue(res, i, 4));
	}
	if (PQntuples(res) == 0)
		snprintf(out, outlen, "a session that has let it go since");
	PQclear(res);
}

/* lock_timeout as the server shows it ("1min"), into out */
static void
lock_timeout_shown(PGconn *conn, char *out, size_t outlen)
{
	PGresult   *res = PQexec(conn, "SHOW lock_timeout");

	snprintf(out, outlen, "%s", PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 ?
			 PQgetvalue(res, 0, 0) : "?");
	PQclear(res);
}

bool
ecl_session_lock(PGconn *conn, const char *schema, const char *table, const char *label,
			 const SessionOptions *opt, char *err, size_t errlen)
{
	char	   *q = PQescapeIdentifier(conn, schema, strlen(schema));
	char		lock[512];
	char		holders[1024];
	char		timeout[64];
	bool		ok;

	if (q == NULL)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return false;
	}
	snprintf(lock, sizeof(lock), "LOCK TABLE %s.%s IN SHARE ROW EXCLUSIVE MODE", q, table);
	PQfreemem(q);
	if (!ecl_session_exec(conn, "SAVEPOINT econtext_lock", err, errlen))
		return false;
	/* at once, as a rule; else say who holds it, and wait */
	strcat(lock, " NOWAIT");
	ok = ecl_session_exec(conn, lock, err, errlen);
	lock[strlen(lock) - strlen(" NOWAIT")] = '\0';
	if (!ok && strcmp(ecl_session_failed_state(), "55P03") == 0 &&
		ecl_session_exec(conn, "ROLLBACK TO SAVEPOINT econtext_lock", err, errlen))
	{
		lock_holders(conn, schema, table, COMPATIBLE_WITH_LOCK, holders, sizeof(holders));
		lock_timeout_shown(conn, timeout, sizeof(timeout));
		if (!opt->quiet)
			ecl_say(stderr, "econtext-load: %s%s%s %s for the lock on %s.%s, held by %s\n",
					label ? label : "", label ? ": " : "",
					strcmp(timeout, "0") == 0 ? "waiting" : "waiting up to",
					strcmp(timeout, "0") == 0 ? "(lock_timeout is 0)" : timeout,
					schema, table, holders);
		ok = ecl_session_exec(conn, lock, err, errlen);
		if (!ok && strcmp(ecl_session_failed_state(), "55P03") == 0 &&
			ecl_session_exec(conn, "ROLLBACK TO SAVEPOINT econtext_lock", err, errlen))
		{
			lock_holders(conn, schema, table, COMPATIBLE_WITH_LOCK, holders, sizeof(holders));
			snprintf(err, errlen, "gave up waiting %s (--lock-timeout) for the lock on %s.%s, held by %s\n",
					 timeout, schema, table, holders);
			failed_state[0] = '\0';	/* explained */
			return false;
		}
	}
	return ok && ecl_session_exec(conn, "RELEASE SAVEPOINT econtext_lock", err, errlen);
}

void
ecl_session_explain_timeout(PGconn *conn, const char *schema, bool ddl, char *err, size_t errlen)
{
	char		holders[1024];
	size_t		len = strlen(err);

	if (PQstatus(conn) != CONNECTION_OK || strcmp(failed_state, "55P03") != 0)
		return;
	failed_state[0] = '\0';
	lock_holders(conn, schema, "", ddl ? COMPATIBLE_WITH_DDL : COMPATIBLE_WITH_WRITES,
				 holders, sizeof(holders));
	while (len > 0 && err[len - 1] == '\n')
		len--;
	snprintf(err + len, errlen - len, "\nlocks on the tables of schema \"%s\" are held by %s\n",
			 schema, holders);
}
