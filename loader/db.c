/*
 * db.c
 *		The schema, and one transaction per document with rows by COPY.
 */
#include "db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "copy.h"
#include "corpus_sql.h"			/* CORPUS_SQL: sql/corpus.sql, built in */

/*
 * What a load produces; change it when the rows of a book would change, so
 * that books loaded before are loaded again rather than found unchanged.
 */
#define LOADED_BY "econtext-load 0.1.0 (sentences, places, mentions, facts, source lines)"

/* Run a command that returns no rows; false with the server's message. */
static bool
exec_ok(PGconn *conn, const char *sql, char *err, size_t errlen)
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
static PGresult *
query(PGconn *conn, const char *sql, int n, const char *const *params, char *err, size_t errlen)
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
static int
query_bool(PGconn *conn, const char *sql, int n, const char *const *params, char *err,
		   size_t errlen)
{
	PGresult   *res = query(conn, sql, n, params, err, errlen);
	int			v;

	if (res == NULL)
		return -1;
	v = PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return v;
}

static void
rollback(PGconn *conn)
{
	PGresult   *res = PQexec(conn, "ROLLBACK");

	PQclear(res);
}

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

/* the lexicon of places, replaced whole (under the loaders' advisory lock) */
static bool
copy_places(PGconn *conn, const char *q, const PlaceList *places, char *err, size_t errlen)
{
	CopyStream	cs;
	char		cmd[512];

	snprintf(cmd, sizeof(cmd), "DELETE FROM %s.place", q);
	if (!exec_ok(conn, cmd, err, errlen))
		return false;
	snprintf(cmd, sizeof(cmd), "COPY %s.place (code, kind, name) FROM STDIN", q);
	if (copy_begin(&cs, conn, cmd))
	{
		for (int i = 0; i < places->n; i++)
		{
			copy_cstr(&cs, places->items[i].code);
			copy_cstr(&cs, places->items[i].kind);
			copy_cstr(&cs, places->items[i].name);
			copy_end_row(&cs);
		}
		if (copy_end(&cs))
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
	PGresult   *res = query(conn, "SELECT pg_catalog.quote_ident(n.nspname), e.oid || ' ' || e.extversion "
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
	PGresult   *res;
	bool		ok = true;

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
	res = PQexec(conn, sql);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
	{
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);

		if (state && strcmp(state, "42501") == 0)
			snprintf(err, errlen,
					 "this role may not create the extension econtext in this database: "
					 "ask the database owner or a superuser to run CREATE EXTENSION econtext\n%s",
					 PQresultErrorMessage(res));
		else
			snprintf(err, errlen, "cannot create the extension econtext: %s",
					 PQresultErrorMessage(res));
		ok = false;
	}
	PQclear(res);
	return ok;
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
	bool		ok;

	res = query(conn,
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
	res = PQexec(conn, sql);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		snprintf(err, errlen, "cannot create schema \"%s\": %s", schema, PQresultErrorMessage(res));
	PQclear(res);
	return ok;
}

/*
 * The stamp of what db_prepare() would apply: the filled script, the
 * extension it was made for (its identity) and the lexicon of places, as
 * SHA-256 hex into stamp[65].
 */
static bool
ddl_stamp(const char *ddl, const char *identity, const PlaceList *places, char *stamp)
{
	size_t		n = strlen(ddl) + strlen(identity) + 2;
	char	   *all;
	char	   *o;
	bool		ok;

	for (int i = 0; i < places->n; i++)
		n += strlen(places->items[i].code) + strlen(places->items[i].kind) +
			strlen(places->items[i].name) + 3;
	all = malloc(n);
	if (all == NULL)
		return false;
	o = stpcpy(stpcpy(stpcpy(all, ddl), identity), "\n");
	for (int i = 0; i < places->n; i++)
		o += sprintf(o, "%s\t%s\t%s\n", places->items[i].code, places->items[i].kind,
					 places->items[i].name);
	ok = sha256_hex(all, (size_t) (o - all), stamp);
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
	current = query_bool(conn, "SELECT pg_catalog.to_regclass($1) IS NOT NULL", 1, params,
						 err, errlen);
	if (current == 1)
	{
		params[0] = schema;
		snprintf(places, sizeof(places), "%d", n_places);
		snprintf(sql, sizeof(sql),
				 "SELECT EXISTS (SELECT FROM %s.loader_state s WHERE s.ddl_sha256 = $2 "
				 "AND s.relations = " SCHEMA_RELATIONS ") "
				 "AND (SELECT pg_catalog.count(*) FROM %s.place) = $3::bigint", q, q);
		current = query_bool(conn, sql, 3, params, err, errlen);
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
	if (!exec_ok(conn, sql, err, errlen))
		return false;
	snprintf(sql, sizeof(sql), "INSERT INTO %s.loader_state (ddl_sha256, relations) "
			 "VALUES ($2, " SCHEMA_RELATIONS ")", q);
	res = query(conn, sql, 2, params, err, errlen);
	ok = res != NULL;
	PQclear(res);
	return ok;
}

/*
 * econtext_reader, where it exists, may read the two views of the schema
 * and use the schema: granted when it may not yet.
 */
static bool
grant_reader(PGconn *conn, const char *schema, const char *q, char *err, size_t errlen)
{
	char		fact_flat[512];
	char		mention_flat[512];
	const char *params[3] = {schema, fact_flat, mention_flat};
	int			missing;

	snprintf(fact_flat, sizeof(fact_flat), "%s.fact_flat", q);
	snprintf(mention_flat, sizeof(mention_flat), "%s.mention_flat", q);
	missing = query_bool(conn,
						 "SELECT NOT (pg_catalog.has_schema_privilege('econtext_reader', $1, 'USAGE') "
						 "AND pg_catalog.has_table_privilege('econtext_reader', $2, 'SELECT') "
						 "AND pg_catalog.has_table_privilege('econtext_reader', $3, 'SELECT')) "
						 "FROM pg_catalog.pg_roles WHERE rolname = 'econtext_reader'",
						 3, params, err, errlen);
	if (missing < 0)
		return false;
	if (missing)
	{
		char		sql[1600];

		snprintf(sql, sizeof(sql), "GRANT USAGE ON SCHEMA %s TO econtext_reader; "
				 "GRANT SELECT ON %s, %s TO econtext_reader", q, fact_flat, mention_flat);
		return exec_ok(conn, sql, err, errlen);
	}
	return true;
}

bool
db_prepare(PGconn *conn, const char *schema, const PlaceList *places, char *err, size_t errlen)
{
	char	   *quoted = PQescapeIdentifier(conn, schema, strlen(schema));
	char	   *creation_schema = NULL;
	char	   *extschema = NULL;
	char	   *identity = NULL;
	char	   *ddl = NULL;
	PGresult   *res;
	bool		ok;

	if (quoted == NULL)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return false;
	}
	/* where CREATE EXTENSION would put the extension, before the SET below */
	res = PQexec(conn, "SELECT pg_catalog.current_schema()");
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
		creation_schema = strdup(PQgetvalue(res, 0, 0));
	PQclear(res);

	/*
	 * The loader's SQL (sql/corpus.sql, and its queries here) names built-in
	 * operators and types unqualified (=, <, ~, text, timestamptz): resolved
	 * against pg_catalog alone, whatever search_path the role or database
	 * sets, so that an object another role made in a schema of that path
	 * (public, ahead of pg_catalog) is never called by the loader nor built
	 * into the tables' checks, columns and views.  For the whole session.
	 */
	ok = exec_ok(conn, "SET search_path = pg_catalog, pg_temp", err, errlen);
	ok = ok && exec_ok(conn, "BEGIN", err, errlen);
	if (!ok)
	{
		free(creation_schema);
		PQfreemem(quoted);
		return false;
	}
	/* "already exists, skipping" is no news on a second load */
	ok = exec_ok(conn, "SET client_min_messages = warning", err, errlen);
	/* loaders started together must not race to create the same objects */
	ok = ok && exec_ok(conn, "SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('econtext-load schema'))",
					   err, errlen);
	if (ok)
	{
		/* the tables use the extension's types, wherever it was created */
		extschema = extension_schema(conn, &identity, err, errlen);
		if (extschema == NULL && err[0] == '\0' && create_extension(conn, creation_schema, err, errlen))
		{
			extschema = extension_schema(conn, &identity, err, errlen);
			if (extschema == NULL && err[0] == '\0')
				snprintf(err, errlen, "cannot find the schema of the extension econtext");
		}
		ok = extschema != NULL;
	}
	ok = ok && prepare_schema(conn, schema, quoted, err, errlen);
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

		if (!ddl_stamp(ddl, identity, places, stamp))
			snprintf(err, errlen, "cannot compute the stamp of the schema's script");
		else
			current = schema_is_current(conn, schema, quoted, stamp, places->n, err, errlen);
		ok = current == 1 ||
			(current == 0 && exec_ok(conn, ddl, err, errlen) &&
			 copy_places(conn, quoted, places, err, errlen) &&
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
	free(creation_schema);
	PQfreemem(quoted);
	if (!ok)
	{
		rollback(conn);
		return false;
	}
	return exec_ok(conn, "COMMIT", err, errlen);
}

/* --- one document ------------------------------------------------------- */

/* writes row i of a table's rows for document doc */
typedef void (*RowWriter) (CopyStream *cs, const Book *b, int i, long doc);

/* COPY n rows into schema q's table (with its column list) */
static bool
copy_rows(PGconn *conn, const char *q, const char *table, int n, RowWriter write_row,
		  const Book *b, long doc, char *err, size_t errlen)
{
	CopyStream	cs;
	char		cmd[512];

	snprintf(cmd, sizeof(cmd), "COPY %s.%s FROM STDIN", q, table);
	if (copy_begin(&cs, conn, cmd))
	{
		for (int i = 0; i < n; i++)
		{
			write_row(&cs, b, i, doc);
			copy_end_row(&cs);
		}
		if (copy_end(&cs))
			return true;
	}
	snprintf(err, errlen, "%s", cs.error);
	return false;
}

/* an integer, or NULL where the book has none (0) */
static void
copy_optional(CopyStream *cs, long v)
{
	if (v > 0)
		copy_long(cs, v);
	else
		copy_null(cs);
}

static void
article_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Article *a = &b->articles[i];

	copy_long(cs, doc);
	copy_long(cs, a->ordinal);
	copy_cstr(cs, a->title);
	copy_cstr(cs, a->subtitle);
	copy_long(cs, a->first_line);
	copy_long(cs, a->last_line);
	copy_optional(cs, a->heading_last_line);
}

static void
page_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Page *p = &b->pages[i];

	copy_long(cs, doc);
	copy_long(cs, p->ordinal);
	copy_long(cs, p->first_line);
	copy_optional(cs, p->printed_number);
	copy_optional(cs, p->number_line);
}

static void
paragraph_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Paragraph *p = &b->paragraphs[i];

	copy_long(cs, doc);
	copy_long(cs, p->article_ordinal);
	copy_long(cs, p->ordinal);
	copy_long(cs, p->first_line);
	copy_long(cs, p->last_line);
	copy_text(cs, p->body, p->body_len);
	copy_int_array(cs, p->line_numbers, p->nlines);
	copy_int_array(cs, p->line_offsets, p->nlines);
}

static void
footnote_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Footnote *f = &b->footnotes[i];

	copy_long(cs, doc);
	copy_long(cs, f->number);
	copy_long(cs, f->line);
	copy_long(cs, f->last_line);
	copy_optional(cs, f->article_ordinal);
	copy_cstr(cs, f->title);
	copy_optional(cs, f->year);
	copy_cstr(cs, f->url);
	copy_cstr(cs, f->body);
}

static void
citation_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Citation *c = &b->citations[i];

	copy_long(cs, doc);
	copy_long(cs, c->footnote_number);
	copy_long(cs, c->line);
	copy_long(cs, c->paragraph_ordinal);
	copy_long(cs, c->char_offset);
}

static void
issue_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const LoadIssue *li = &b->issues[i];

	copy_long(cs, doc);
	copy_long(cs, li->line);
	copy_cstr(cs, li->code);
	copy_cstr(cs, li->message);
	copy_cstr(cs, li->text);
}

static void
sentence_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Sentence *s = &b->sentences[i];

	copy_long(cs, doc);
	copy_long(cs, s->paragraph_ordinal);
	copy_long(cs, s->ordinal);
	copy_long(cs, s->char_start);
	copy_long(cs, s->char_end);
	copy_long(cs, s->line);
	copy_cstr(cs, s->body);
}

static void
place_mention_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const PlaceMention *pm = &b->place_mentions[i];

	copy_long(cs, doc);
	copy_long(cs, pm->sentence_ordinal);
	copy_long(cs, pm->paragraph_ordinal);
	copy_long(cs, pm->char_start);
	copy_long(cs, pm->char_end);
	copy_cstr(cs, pm->code);
	copy_cstr(cs, pm->text);
}

static void
mention_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Mention *m = &b->mentions[i];

	copy_long(cs, doc);
	copy_long(cs, m->paragraph_ordinal);
	copy_long(cs, m->line);
	copy_long(cs, m->char_start);
	copy_long(cs, m->char_end);
	copy_cstr(cs, m->kind);
	copy_cstr(cs, m->text);
	copy_cstr(cs, m->amount);
	copy_cstr(cs, m->amount_high);
	copy_cstr(cs, m->period);
	copy_cstr(cs, m->number);
	copy_cstr(cs, m->number_high);
	copy_cstr(cs, m->qualifier);
	copy_cstr(cs, m->points ? "t" : "f");
	copy_cstr(cs, m->context ? "t" : "f");
}

static void
fact_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Fact *f = &b->facts[i];
	const Mention *m = &b->mentions[f->mention];

	copy_long(cs, doc);
	copy_long(cs, f->sentence_ordinal);
	copy_long(cs, m->paragraph_ordinal);
	copy_long(cs, m->line);
	copy_long(cs, m->char_start);
	copy_long(cs, m->char_end);
	copy_cstr(cs, m->kind);
	copy_cstr(cs, m->text);
	copy_cstr(cs, f->indicator);
	copy_cstr(cs, f->places);
	copy_cstr(cs, f->period);
	copy_cstr(cs, m->amount);
	copy_cstr(cs, m->amount_high);
	copy_cstr(cs, m->number);
	copy_cstr(cs, m->number_high);
	copy_cstr(cs, m->qualifier);
	copy_cstr(cs, f->change);
	if (f->footnote_number > 0)
		copy_long(cs, f->footnote_number);
	else
		copy_cstr(cs, NULL);
	copy_cstr(cs, f->source_url);
}

static bool
copy_book(PGconn *conn, const char *q, long doc, const Book *b, char *err, size_t errlen)
{
	return copy_rows(conn, q, "article (document_id, ordinal, title, subtitle, first_line, last_line, heading_last_line)",
					 b->n_articles, article_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "page (document_id, ordinal, first_line, printed_number, number_line)",
				  b->n_pages, page_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "paragraph (document_id, article_ordinal, ordinal, first_line, "
				  "last_line, body, line_numbers, line_offsets)",
				  b->n_paragraphs, paragraph_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "sentence (document_id, paragraph_ordinal, ordinal, char_start, char_end, line, body)",
				  b->n_sentences, sentence_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "place_mention (document_id, sentence_ordinal, paragraph_ordinal, char_start, "
				  "char_end, code, text)",
				  b->n_place_mentions, place_mention_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "footnote (document_id, number, line, last_line, article_ordinal, title, year, url, body)",
				  b->n_footnotes, footnote_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "citation (document_id, footnote_number, line, paragraph_ordinal, char_offset)",
				  b->n_citations, citation_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "load_issue (document_id, line, code, message, text)",
				  b->n_issues, issue_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "mention (document_id, paragraph_ordinal, line, char_start, char_end, "
				  "kind, text, amount, amount_high, period, number, number_high, qualifier, "
				  "points, context)",
				  b->n_mentions, mention_row, b, doc, err, errlen) &&
		copy_rows(conn, q, "fact (document_id, sentence_ordinal, paragraph_ordinal, line, char_start, "
				  "char_end, kind, text, indicator, places, period, amount, amount_high, number, "
				  "number_high, qualifier, change, footnote_number, source_url)",
				  b->n_facts, fact_row, b, doc, err, errlen);
}

LoadOutcome
db_load(PGconn *conn, const char *schema, const char *name, const Source *src,
		const Book *book, long *document_id, char *err, size_t errlen)
{
	char	   *q = PQescapeIdentifier(conn, schema, strlen(schema));
	char		sql[1024];
	char		lines[32];
	const char *params[4];
	PGresult   *res;
	LoadOutcome outcome = LOAD_NEW;

	if (q == NULL)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return LOAD_FAILED;
	}
	if (!exec_ok(conn, "BEGIN", err, errlen))
		goto fail;

	/* one loader at a time per document name: the second finds it loaded */
	params[0] = schema;
	params[1] = name;
	res = query(conn,
				"SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext("
				"'econtext-load ' || $1 || ' ' || $2))",
				2, params, err, errlen);
	if (res == NULL)
		goto fail;
	PQclear(res);

	snprintf(sql, sizeof(sql), "SELECT id, sha256, loaded_by FROM %s.document WHERE name = $1", q);
	res = query(conn, sql, 1, params + 1, err, errlen);
	if (res == NULL)
		goto fail;
	if (PQntuples(res) == 1)
	{
		*document_id = atol(PQgetvalue(res, 0, 0));
		if (strcmp(PQgetvalue(res, 0, 1), src->sha256) == 0 &&
			strcmp(PQgetvalue(res, 0, 2), LOADED_BY) == 0)
		{
			PQclear(res);
			rollback(conn);
			PQfreemem(q);
			return LOAD_UNCHANGED;
		}
		outcome = LOAD_REPLACED;
	}
	PQclear(res);
	if (outcome == LOAD_REPLACED)
	{
		/* the old rows go with it, by ON DELETE CASCADE */
		snprintf(sql, sizeof(sql), "DELETE FROM %s.document WHERE name = $1", q);
		res = query(conn, sql, 1, params + 1, err, errlen);
		if (res == NULL)
			goto fail;
		PQclear(res);
	}

	snprintf(lines, sizeof(lines), "%d", src->nlines);
	params[0] = name;
	params[1] = src->sha256;
	params[2] = lines;
	params[3] = LOADED_BY;
	snprintf(sql, sizeof(sql),
			 "INSERT INTO %s.document (name, sha256, line_count, loaded_by) VALUES ($1, $2, $3, $4) RETURNING id", q);
	res = query(conn, sql, 4, params, err, errlen);
	if (res == NULL)
		goto fail;
	*document_id = atol(PQgetvalue(res, 0, 0));
	PQclear(res);

	if (!copy_book(conn, q, *document_id, book, err, errlen))
		goto fail;
	if (!exec_ok(conn, "COMMIT", err, errlen))
	{
		PQfreemem(q);
		if (PQstatus(conn) != CONNECTION_OK)
			return LOAD_UNKNOWN;	/* the server may have committed it */
		rollback(conn);
		return LOAD_FAILED;
	}
	PQfreemem(q);
	return outcome;

fail:
	rollback(conn);
	PQfreemem(q);
	return LOAD_FAILED;
}
