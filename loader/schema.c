/*
 * schema.c
 *		The loader's schema: the extension, the schema and its tables made
 *		or checked before the first document, and run again only when what
 *		the loader would apply differs from what it applied last.
 */
#include "schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copy.h"
#include "corpus_sql.h"			/* CORPUS_SQL: sql/corpus.sql, built in */
#include "lexicon.h"
#include "session.h"
#include "source.h"				/* ecl_sha256_hex */

/*
 * sql/corpus.sql with @SCHEMA@ and @EXTSCHEMA@ replaced by the quoted names,
 * in one pass over the script: a name that holds a placeholder's text is
 * never read again as one.
 */
static char *
fill_template(const char *sql, const char *schema, const char *extschema)
{
	static const char *const placeholder[] = {"@SCHEMA@", "@EXTSCHEMA@"};
	const char *value[] = {schema, extschema};
	size_t		longest = strlen(schema) > strlen(extschema) ? strlen(schema) : strlen(extschema);
	size_t		n = 0;
	char	   *out;
	char	   *o;

	for (const char *p = sql; (p = strchr(p, '@')) != NULL; p++)
		n++;
	out = malloc(strlen(sql) + n * longest + 1);
	if (out == NULL)
		return NULL;
	o = out;
	for (const char *p = sql; *p;)
	{
		int			k;

		for (k = 0; k < 2; k++)
			if (strncmp(p, placeholder[k], strlen(placeholder[k])) == 0)
				break;
		if (k < 2)
		{
			o = stpcpy(o, value[k]);
			p += strlen(placeholder[k]);
		}
		else
			*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* the lexicon of places, replaced whole (under the lock on loader_state) */
static bool
copy_places(PGconn *conn, const char *q, char *err, size_t errlen)
{
	CopyStream	cs;
	char		cmd[512];

	snprintf(cmd, sizeof(cmd), "DELETE FROM %s.place", q);
	if (!ecl_session_exec(conn, cmd, err, errlen))
		return false;
	snprintf(cmd, sizeof(cmd), "COPY %s.place (code, kind, name, members) FROM STDIN", q);
	if (ecl_copy_begin(&cs, conn, cmd))
	{
		for (int i = 0; i < ec_place_count(); i++)
		{
			const EcPlaceName *pl = ec_place_name(i);
			char		members[512];

			ecl_copy_cstr(&cs, pl->code);
			ecl_copy_cstr(&cs, pl->kind);
			ecl_copy_cstr(&cs, pl->name);
			/* "AM BY KZ" as the text[] {AM,BY,KZ}; the codes need no quoting */
			snprintf(members, sizeof(members), "{%s}", pl->members);
			for (char *c = members; *c; c++)
				if (*c == ' ')
					*c = ',';
			ecl_copy_cstr(&cs, pl->members[0] ? members : NULL);
			ecl_copy_end_row(&cs);
		}
		if (ecl_copy_end(&cs))
			return true;
	}
	snprintf(err, errlen, "%s", cs.error);
	return false;
}

/*
 * The schema of the extension: its quoted name, or NULL when the extension
 * is not in the database (or on an error, with the message in err).  With a
 * name, *identity is set to the extension's oid and version ("16384 0.2.0"),
 * which the tables made for it go by; both are the caller's to free.
 */
static char *
extension_schema(PGconn *conn, char **identity, char *err, size_t errlen)
{
	PGresult   *res = ecl_session_query(conn, "SELECT pg_catalog.quote_ident(n.nspname), e.oid || ' ' || e.extversion "
							"FROM pg_catalog.pg_extension e "
							"JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
							"WHERE e.extname = 'econtext'", 0, NULL, err, errlen);
	char	   *name = NULL;

	*identity = NULL;
	if (res == NULL)
		return NULL;
	err[0] = '\0';
	if (PQntuples(res) == 1)
	{
		name = strdup(PQgetvalue(res, 0, 0));
		*identity = strdup(PQgetvalue(res, 0, 1));
		if (name == NULL || *identity == NULL)
		{
			free(name);
			free(*identity);
			name = *identity = NULL;
			snprintf(err, errlen, "out of memory");
		}
	}
	PQclear(res);
	return name;
}

/*
 * Create the extension, in the schema where CREATE EXTENSION would have put
 * it under the role's own search_path (creation_schema, captured before the
 * loader set its own): only when it is missing, so that a role that may not
 * create it can load into a database where it exists.
 */
static bool
create_extension(PGconn *conn, const char *creation_schema, char *err, size_t errlen)
{
	char	   *q;
	char		sql[512];
	char		message[1024];

	if (creation_schema == NULL)
	{
		snprintf(err, errlen, "cannot create the extension econtext: no schema on the search_path to create it in");
		return false;
	}
	q = PQescapeIdentifier(conn, creation_schema, strlen(creation_schema));
	if (q == NULL)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return false;
	}
	snprintf(sql, sizeof(sql), "CREATE EXTENSION IF NOT EXISTS econtext SCHEMA %s", q);
	PQfreemem(q);
	if (!ecl_session_exec(conn, sql, message, sizeof(message)))
	{
		if (strcmp(ecl_session_failed_state(), "42501") == 0)
			snprintf(err, errlen,
					 "this role may not create the extension econtext in this database: "
					 "ask the database owner or a superuser to run CREATE EXTENSION econtext\n%s",
					 message);
		else
			snprintf(err, errlen, "cannot create the extension econtext: %s", message);
		return false;
	}
	return true;
}

/*
 * The schema of the tables: created when missing (CREATE SCHEMA IF NOT
 * EXISTS would ask for CREATE on the database even when it exists, which a
 * role that owns only its schema does not have).  An existing schema must
 * be this role's or a superuser's, and no other role may create in it:
 * another role's object there could be a table, a trigger or a function
 * under the loader's names that would run with this role's rights (a
 * superuser's, as often as not) and be kept by IF NOT EXISTS and CREATE OR
 * REPLACE, still theirs.
 */
static bool
prepare_schema(PGconn *conn, const char *schema, const char *quoted, char *err, size_t errlen)
{
	const char *params[1] = {schema};
	PGresult   *res;
	char		sql[512];
	char		message[1024];
	bool		ok;

	res = ecl_session_query(conn,
				"SELECT pg_catalog.pg_get_userbyid(n.nspowner), "
					   "n.nspowner = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = CURRENT_USER) "
					   "OR r.rolsuper, "
					   "pg_catalog.string_agg(CASE a.grantee WHEN 0 THEN 'PUBLIC' "
					   "ELSE pg_catalog.pg_get_userbyid(a.grantee) END, ', ') "
					   "FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid = n.nspowner "
					   "LEFT JOIN pg_catalog.aclexplode(n.nspacl) a "
					   "ON a.privilege_type = 'CREATE' AND a.grantee <> n.nspowner "
					   "WHERE n.nspname = $1 GROUP BY n.nspowner, r.rolsuper",
					   1, params, err, errlen);
	if (res == NULL)
		return false;
	if (PQntuples(res) == 1)
	{
		ok = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
		if (!ok)
			snprintf(err, errlen,
					 "schema \"%s\" belongs to role \"%s\": load as that role (-U), "
					 "or into a schema of this role's (--schema), or have a superuser take it over\n",
					 schema, PQgetvalue(res, 0, 0));
		else if (!PQgetisnull(res, 0, 2))
		{
			/* they could plant what the owner's loads would run */
			ok = false;
			snprintf(err, errlen,
					 "schema \"%s\" lets other roles create objects in it (%s): revoke CREATE "
					 "on it from them, or load into a schema only its owner creates in (--schema)\n",
					 schema, PQgetvalue(res, 0, 2));
		}
		PQclear(res);
		return ok;
	}
	PQclear(res);
	snprintf(sql, sizeof(sql), "CREATE SCHEMA %s", quoted);
	if (!ecl_session_exec(conn, sql, message, sizeof(message)))
	{
		snprintf(err, errlen, "cannot create schema \"%s\": %s", schema, message);
		return false;
	}
	return true;
}

/*
 * The stamp of what ecl_db_prepare() would apply: the filled script, the
 * extension it was made for (its identity) and the lexicon of places, as
 * SHA-256 hex into stamp[65].
 */
static bool
ddl_stamp(const char *ddl, const char *identity, char *stamp)
{
	size_t		n = strlen(ddl) + strlen(identity) + 2;
	char	   *all;
	char	   *o;
	bool		ok;

	for (int i = 0; i < ec_place_count(); i++)
		n += strlen(ec_place_name(i)->code) + strlen(ec_place_name(i)->kind) +
			ec_place_name(i)->len + strlen(ec_place_name(i)->members) + 4;
	all = malloc(n);
	if (all == NULL)
		return false;
	o = stpcpy(stpcpy(stpcpy(all, ddl), identity), "\n");
	for (int i = 0; i < ec_place_count(); i++)
		o += sprintf(o, "%s\t%s\t%s\t%s\n", ec_place_name(i)->code, ec_place_name(i)->kind,
					 ec_place_name(i)->name, ec_place_name(i)->members);
	ok = ecl_sha256_hex(all, (size_t) (o - all), stamp);
	free(all);
	return ok;
}

/* the tables, views and indexes of schema $1 */
#define SCHEMA_RELATIONS \
	"(SELECT pg_catalog.count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n " \
	"ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'i'))"

/*
 * 1 when schema q is as the loader left it with this stamp: the stamp in
 * loader_state, as many relations as then and the whole lexicon of places
 * (a dropped view or an emptied table is set up again); 0 when not, -1 on
 * an error.
 */
static int
schema_is_current(PGconn *conn, const char *schema, const char *q, const char *stamp,
				  int n_places, char *err, size_t errlen)
{
	char		sql[1024];
	char		places[16];
	const char *params[3] = {sql, stamp, places};
	int			current;

	snprintf(sql, sizeof(sql), "%s.loader_state", q);
	current = ecl_session_query_bool(conn, "SELECT pg_catalog.to_regclass($1) IS NOT NULL", 1, params,
						 err, errlen);
	if (current == 1)
	{
		params[0] = schema;
		snprintf(places, sizeof(places), "%d", n_places);
		snprintf(sql, sizeof(sql),
				 "SELECT EXISTS (SELECT FROM %s.loader_state s WHERE s.ddl_sha256 = $2 "
				 "AND s.relations = " SCHEMA_RELATIONS ") "
				 "AND (SELECT pg_catalog.count(*) FROM %s.place) = $3::bigint", q, q);
		current = ecl_session_query_bool(conn, sql, 3, params, err, errlen);
	}
	return current;
}

static bool
record_stamp(PGconn *conn, const char *schema, const char *q, const char *stamp, char *err,
			 size_t errlen)
{
	char		sql[1024];
	const char *params[2] = {schema, stamp};
	PGresult   *res;
	bool		ok;

	snprintf(sql, sizeof(sql), "DELETE FROM %s.loader_state", q);
	if (!ecl_session_exec(conn, sql, err, errlen))
		return false;
	snprintf(sql, sizeof(sql), "INSERT INTO %s.loader_state (ddl_sha256, relations) "
			 "VALUES ($2, " SCHEMA_RELATIONS ")", q);
	res = ecl_session_query(conn, sql, 2, params, err, errlen);
	ok = res != NULL;
	PQclear(res);
	return ok;
}

/*
 * econtext_reader, where it exists, may read the views of the schema and
 * use the schema: granted when it may not yet.
 */
static bool
grant_reader(PGconn *conn, const char *schema, const char *q, char *err, size_t errlen)
{
	static const char *const views[] = {"fact_flat", "fact_place", "mention_flat"};
	char		names[3][512];
	const char *params[4] = {schema, names[0], names[1], names[2]};
	int			missing;

	for (int i = 0; i < 3; i++)
		snprintf(names[i], sizeof(names[i]), "%s.%s", q, views[i]);
	missing = ecl_session_query_bool(conn,
						 "SELECT NOT (pg_catalog.has_schema_privilege('econtext_reader', $1, 'USAGE') "
						 "AND pg_catalog.has_table_privilege('econtext_reader', $2, 'SELECT') "
						 "AND pg_catalog.has_table_privilege('econtext_reader', $3, 'SELECT') "
						 "AND pg_catalog.has_table_privilege('econtext_reader', $4, 'SELECT')) "
						 "FROM pg_catalog.pg_roles WHERE rolname = 'econtext_reader'",
						 4, params, err, errlen);
	if (missing < 0)
		return false;
	if (missing)
	{
		char		sql[2200];

		snprintf(sql, sizeof(sql), "GRANT USAGE ON SCHEMA %s TO econtext_reader; "
				 "GRANT SELECT ON %s, %s, %s TO econtext_reader", q, names[0], names[1], names[2]);
		return ecl_session_exec(conn, sql, err, errlen);
	}
	return true;
}

/*
 * Errors of a loader that set the schema up at the same time as another:
 * the objects it was about to create are there now (duplicate keys of the
 * catalogs, objects that exist), or a catalog row the other updated.
 */
static bool
raced(const char *state, const char *message)
{
	static const char *const states[] = {"23505", "42P06", "42P07", "42710", "40P01", "40001", NULL};

	for (int k = 0; states[k]; k++)
		if (strcmp(state, states[k]) == 0)
			return true;
	return strcmp(state, "XX000") == 0 && strstr(message, "concurrently") != NULL;
}

/*
 * One attempt at the set-up, in one transaction: the extension, the
 * schema, then (where the schema has one) loader_state locked against other
 * loaders, and the script run when the schema is not as this loader left
 * it.  A schema set up for the first time has no table to lock yet: two
 * loaders creating it at once meet on the catalogs' unique keys, and the
 * one that loses tries again (raced()).
 */
static bool
prepare_once(PGconn *conn, const char *schema, const char *quoted, const char *creation_schema,
			 const SessionOptions *opt, char *err, size_t errlen)
{
	char	   *extschema = NULL;
	char	   *identity = NULL;
	char	   *ddl = NULL;
	char		state_table[600];
	const char *params[1] = {state_table};
	bool		ok;

	if (!ecl_session_exec(conn, "BEGIN", err, errlen))
		return false;
	/* the tables use the extension's types, wherever it was created */
	extschema = extension_schema(conn, &identity, err, errlen);
	if (extschema == NULL && err[0] == '\0' && create_extension(conn, creation_schema, err, errlen))
	{
		extschema = extension_schema(conn, &identity, err, errlen);
		if (extschema == NULL && err[0] == '\0')
			snprintf(err, errlen, "cannot find the schema of the extension econtext");
	}
	ok = extschema != NULL && prepare_schema(conn, schema, quoted, err, errlen);
	if (ok)
	{
		int			exists;

		snprintf(state_table, sizeof(state_table), "%s.loader_state", quoted);
		exists = ecl_session_query_bool(conn, "SELECT pg_catalog.to_regclass($1) IS NOT NULL", 1, params,
									err, errlen);
		ok = exists == 1 ? ecl_session_lock(conn, schema, "loader_state", NULL, opt, err, errlen) :
			exists == 0;
	}
	if (ok)
	{
		ddl = fill_template(CORPUS_SQL, quoted, extschema);
		ok = ddl != NULL;
		if (!ok)
			snprintf(err, errlen, "out of memory");
	}
	if (ok)
	{
		char		stamp[65];
		int			current = -1;

		if (!ddl_stamp(ddl, identity, stamp))
			snprintf(err, errlen, "cannot compute the stamp of the schema's script");
		else
			current = schema_is_current(conn, schema, quoted, stamp, ec_place_count(), err, errlen);
		ok = current == 1 ||
			(current == 0 && ecl_session_exec(conn, ddl, err, errlen) &&
			 copy_places(conn, quoted, err, errlen) &&
			 record_stamp(conn, schema, quoted, stamp, err, errlen));
		ok = ok && grant_reader(conn, schema, quoted, err, errlen);
		if (!ok)
		{
			char		msg[1024];

			snprintf(msg, sizeof(msg), "cannot create the tables of schema \"%s\": %s", schema, err);
			snprintf(err, errlen, "%s", msg);
		}
	}
	free(ddl);
	free(extschema);
	free(identity);
	if (!ok)
	{
		ecl_session_rollback(conn);
		return false;
	}
	return ecl_session_exec(conn, "COMMIT", err, errlen);
}

bool
ecl_db_prepare(PGconn *conn, const char *schema, const SessionOptions *opt,
		   char *err, size_t errlen)
{
	char	   *quoted = PQescapeIdentifier(conn, schema, strlen(schema));
	char	   *creation_schema = NULL;
	PGresult   *res;
	bool		ok = false;

	if (quoted == NULL)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return false;
	}
	/* where CREATE EXTENSION would put the extension, before search_path is set */
	res = PQexec(conn, "SELECT pg_catalog.current_schema()");
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
		creation_schema = strdup(PQgetvalue(res, 0, 0));
	PQclear(res);

	if (ecl_session_settings(conn, opt, err, errlen))
		for (int attempt = 0; attempt < 4 && !ok; attempt++)
		{
			ok = prepare_once(conn, schema, quoted, creation_schema, opt, err, errlen);
			if (!ok && !(PQstatus(conn) == CONNECTION_OK && raced(ecl_session_failed_state(), err)))
				break;
		}
	if (!ok)
		ecl_session_explain_timeout(conn, schema, true, err, errlen);
	free(creation_schema);
	PQfreemem(quoted);
	return ok;
}
