/*
 * db.c
 *		One transaction per document, rows by COPY.
 */
#include "db.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amount.h"
#include "book_int.h"			/* Text */
#include "copy.h"
#include "session.h"

/*
 * What a load produces; change it when the rows of a book would change, so
 * that books loaded before are loaded again rather than found unchanged.
 */
#define LOADED_BY "econtext-load 0.1.0 (sentences, places, mentions, facts with status and direction, source lines, paths)"

/* --- one document ------------------------------------------------------- */

/* writes row i of a table's rows for document doc */
typedef void (*RowWriter) (CopyStream *cs, const Book *b, int i, long doc);

/* an integer, or NULL where the book has none (0) */
static void
copy_optional(CopyStream *cs, long v)
{
	if (v > 0)
		ecl_copy_long(cs, v);
	else
		ecl_copy_null(cs);
}

static void
article_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Article *a = &b->articles[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, a->ordinal);
	ecl_copy_cstr(cs, a->title);
	ecl_copy_cstr(cs, a->subtitle);
	ecl_copy_long(cs, a->first_line);
	ecl_copy_long(cs, a->last_line);
	copy_optional(cs, a->heading_last_line);
}

static void
page_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Page *p = &b->pages[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, p->ordinal);
	ecl_copy_long(cs, p->first_line);
	copy_optional(cs, p->printed_number);
	copy_optional(cs, p->number_line);
}

static void
paragraph_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Paragraph *p = &b->paragraphs[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, p->article_ordinal);
	ecl_copy_long(cs, p->ordinal);
	ecl_copy_long(cs, p->first_line);
	ecl_copy_long(cs, p->last_line);
	ecl_copy_text(cs, p->body, p->body_len);
	ecl_copy_int_array(cs, p->line_numbers, p->nlines);
	ecl_copy_int_array(cs, p->line_offsets, p->nlines);
}

static void
footnote_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Footnote *f = &b->footnotes[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, f->number);
	ecl_copy_long(cs, f->line);
	ecl_copy_long(cs, f->last_line);
	copy_optional(cs, f->article_ordinal);
	ecl_copy_cstr(cs, f->title);
	copy_optional(cs, f->year);
	ecl_copy_cstr(cs, f->url);
	ecl_copy_cstr(cs, f->body);
}

static void
citation_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Citation *c = &b->citations[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, c->footnote_number);
	ecl_copy_long(cs, c->line);
	ecl_copy_long(cs, c->paragraph_ordinal);
	ecl_copy_long(cs, c->char_offset);
}

static void
issue_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const LoadIssue *li = &b->issues[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, li->line);
	ecl_copy_cstr(cs, li->code);
	ecl_copy_cstr(cs, li->message);
	ecl_copy_cstr(cs, li->text);
}

/* s->start to s->end of paragraph ordinal's body */
static void
copy_slice(CopyStream *cs, const Book *b, int ordinal, size_t start, size_t end)
{
	ecl_copy_text(cs, b->paragraphs[ordinal - 1].body + start, end - start);
}

static void
copy_amount(CopyStream *cs, uint16_t currency, ec_int128 value)
{
	EcAmount	a = {currency, value};
	char		buf[EC_AMOUNT_BUFLEN];

	ec_amount_format(&a, buf);
	ecl_copy_cstr(cs, buf);
}

static void
copy_fixed(CopyStream *cs, ec_int128 value)
{
	char		buf[EC_FIXED_BUFLEN];

	ec_fixed_format(value, buf);
	ecl_copy_cstr(cs, buf);
}

static void
copy_period(CopyStream *cs, const EcPeriod *p)
{
	char		buf[EC_PERIOD_BUFLEN];

	ec_period_format(p, buf);
	ecl_copy_cstr(cs, buf);
}

/* a text[] literal: {BY,UZ}; codes need no quoting */
static void
copy_places(CopyStream *cs, const EcPlaceSet *set)
{
	char		buf[EC_MAX_PLACES * (EC_PLACE_CODE_LEN + 1) + 2] = "{";

	for (int i = 0; i < set->n; i++)
	{
		if (i > 0)
			strcat(buf, ",");
		strcat(buf, set->codes[i]);
	}
	strcat(buf, "}");
	ecl_copy_cstr(cs, buf);
}

/* the columns a mention and its fact share: amount to number_high, qualifier */
static void
copy_values(CopyStream *cs, const EcMention *m, bool period)
{
	bool		amount = m->kind == EC_MENTION_AMOUNT,
				number = m->kind == EC_MENTION_PERCENT || m->kind == EC_MENTION_RATIO;

	if (amount)
		copy_amount(cs, m->currency, m->value);
	else
		ecl_copy_null(cs);
	if (amount && m->has_high)
		copy_amount(cs, m->currency, m->high);
	else
		ecl_copy_null(cs);
	if (period)
	{
		if (m->kind == EC_MENTION_PERIOD && m->has_period)
			copy_period(cs, &m->period);
		else
			ecl_copy_null(cs);
	}
	if (number)
		copy_fixed(cs, m->value);
	else
		ecl_copy_null(cs);
	if (number && m->has_high)
		copy_fixed(cs, m->high);
	else
		ecl_copy_null(cs);
	ecl_copy_cstr(cs, ec_qualifier_name(m->qualifier));
}

static void
sentence_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Sentence *s = &b->sentences[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, s->paragraph_ordinal);
	ecl_copy_long(cs, s->ordinal);
	ecl_copy_long(cs, s->char_start);
	ecl_copy_long(cs, s->char_end);
	ecl_copy_long(cs, s->line);
	copy_slice(cs, b, s->paragraph_ordinal, s->start, s->end);
}

static void
place_mention_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const PlaceMention *pm = &b->place_mentions[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, pm->sentence_ordinal);
	ecl_copy_long(cs, pm->paragraph_ordinal);
	ecl_copy_long(cs, pm->char_start);
	ecl_copy_long(cs, pm->char_end);
	ecl_copy_cstr(cs, pm->place->code);
	copy_slice(cs, b, pm->paragraph_ordinal, pm->start, pm->end);
}

static void
mention_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Mention *m = &b->mentions[i];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, m->paragraph_ordinal);
	ecl_copy_long(cs, m->line);
	ecl_copy_long(cs, m->char_start);
	ecl_copy_long(cs, m->char_end);
	ecl_copy_cstr(cs, ec_mention_kind_name(m->figure.kind));
	copy_slice(cs, b, m->paragraph_ordinal, m->figure.start, m->figure.end);
	copy_values(cs, &m->figure, true);
	ecl_copy_cstr(cs, m->figure.points ? "t" : "f");
	ecl_copy_cstr(cs, m->figure.context ? "t" : "f");
}

static void
fact_row(CopyStream *cs, const Book *b, int i, long doc)
{
	const Fact *f = &b->facts[i];
	const Mention *m = &b->mentions[f->mention];

	ecl_copy_long(cs, doc);
	ecl_copy_long(cs, f->sentence_ordinal);
	ecl_copy_long(cs, m->paragraph_ordinal);
	ecl_copy_long(cs, m->line);
	ecl_copy_long(cs, m->char_start);
	ecl_copy_long(cs, m->char_end);
	ecl_copy_cstr(cs, ec_mention_kind_name(m->figure.kind));
	copy_slice(cs, b, m->paragraph_ordinal, m->figure.start, m->figure.end);
	ecl_copy_cstr(cs, f->indicator);
	copy_places(cs, &f->places);
	if (f->has_period)
		copy_period(cs, &f->period);
	else
		ecl_copy_null(cs);
	copy_values(cs, &m->figure, false);
	ecl_copy_cstr(cs, ec_change_name(f->change));
	ecl_copy_cstr(cs, ec_status_name(f->status));
	copy_places(cs, &f->origin);
	copy_places(cs, &f->destination);
	copy_places(cs, &f->groups);
	if (f->footnote_number > 0)
		ecl_copy_long(cs, f->footnote_number);
	else
		ecl_copy_cstr(cs, NULL);
	ecl_copy_cstr(cs, f->source_url);
}

/* The tables of a document's rows, parents first, with how many rows a book has for each */
static const struct
{
	const char *table;			/* with its column list */
	size_t		count;			/* offsetof the count in Book */
	RowWriter	write_row;
}			document_tables[] =
{
	{"article (document_id, ordinal, title, subtitle, first_line, last_line, heading_last_line)",
	offsetof(Book, n_articles), article_row},
	{"page (document_id, ordinal, first_line, printed_number, number_line)",
	offsetof(Book, n_pages), page_row},
	{"paragraph (document_id, article_ordinal, ordinal, first_line, last_line, body, "
		"line_numbers, line_offsets)",
	offsetof(Book, n_paragraphs), paragraph_row},
	{"sentence (document_id, paragraph_ordinal, ordinal, char_start, char_end, line, body)",
	offsetof(Book, n_sentences), sentence_row},
	{"place_mention (document_id, sentence_ordinal, paragraph_ordinal, char_start, char_end, "
		"code, text)",
	offsetof(Book, n_place_mentions), place_mention_row},
	{"footnote (document_id, number, line, last_line, article_ordinal, title, year, url, body)",
	offsetof(Book, n_footnotes), footnote_row},
	{"citation (document_id, footnote_number, line, paragraph_ordinal, char_offset)",
	offsetof(Book, n_citations), citation_row},
	{"load_issue (document_id, line, code, message, text)",
	offsetof(Book, n_issues), issue_row},
	{"mention (document_id, paragraph_ordinal, line, char_start, char_end, kind, text, amount, "
		"amount_high, period, number, number_high, qualifier, points, context)",
	offsetof(Book, n_mentions), mention_row},
	{"fact (document_id, sentence_ordinal, paragraph_ordinal, line, char_start, char_end, kind, "
		"text, indicator, places, period, amount, amount_high, number, number_high, qualifier, "
		"change, status, origin, destination, groups, footnote_number, source_url)",
	offsetof(Book, n_facts), fact_row},
};

#define N_TABLES ((int) (sizeof(document_tables) / sizeof(document_tables[0])))

static int
row_count(const Book *b, int t)
{
	return *(const int *) ((const char *) b + document_tables[t].count);
}

/* the SQL literal of s, or NULL, appended to t; false when libpq cannot quote it */
static bool
append_literal(PGconn *conn, Text *t, const char *s)
{
	char	   *lit;

	if (s == NULL)
	{
		ecl_text_append(t, "NULL", 4);
		return true;
	}
	if ((lit = PQescapeLiteral(conn, s, strlen(s))) == NULL)
		return false;
	ecl_text_append(t, lit, strlen(lit));
	PQfreemem(lit);
	return true;
}

/*
 * Append fmt to t, with the schema q (quoted) for each %I and the next of
 * the n literals of values for each %s.
 */
static bool
append_sql(PGconn *conn, Text *t, const char *fmt, const char *q, int n, const char *const *values)
{
	int			k = 0;

	for (const char *p = fmt; *p; p++)
	{
		if (p[0] == '%' && p[1] == 's' && k < n)
		{
			if (!append_literal(conn, t, values[k++]))
				return false;
			p++;
		}
		else if (p[0] == '%' && p[1] == 'I')
		{
			ecl_text_append(t, q, strlen(q));
			p++;
		}
		else
			ecl_text_append(t, p, 1);
	}
	return true;
}

/*
 * The query of what the schema holds of this document (as literals: it is
 * sent with the transaction's BEGIN and lock, in one round trip), into t:
 * the document with its content and this loader's rows, else the documents
 * it replaces (the older version loaded from this path, this content loaded
 * with older rows, one loaded by a loader that keyed documents by their
 * base name).
 */
static bool
find_query(PGconn *conn, const char *q, const char *path, const char *name, const Source *src,
		   const DocumentMeta *meta, Text *t)
{
	/*
	 * a record is its id in its file (found by document_key's expression:
	 * "record_id = x" would read every record of the file); a file loaded
	 * whole, its content or its path
	 */
	if (meta->record_id)
	{
		const char *v[4] = {src->sha256, LOADED_BY, path, meta->record_id};

		return append_sql(conn, t,
						  "SELECT id, path, sha256 = %s AND loaded_by IS NOT DISTINCT FROM %s, true "
						  "FROM %I.document WHERE path = %s AND coalesce(record_id, '') = %s",
						  q, 4, v);
	}
	else
	{
		const char *v[6] = {src->sha256, LOADED_BY, path, src->sha256, path, name};

		return append_sql(conn, t,
						  "SELECT id, path, sha256 = %s AND loaded_by IS NOT DISTINCT FROM %s, "
						  "path IS NOT DISTINCT FROM %s "
						  "FROM %I.document WHERE record_id IS NULL "
						  "AND (sha256 = %s OR path = %s OR (path IS NULL AND name = %s)) "
						  "ORDER BY 3 DESC, 4 DESC, id", q, 6, v);
	}
}

/* What the rows of find_query() say: the outcome so far, with replaced (an array literal) */
static int
found_outcome(PGresult *res, LoadResult *result, char **replaced)
{
	int			outcome = LOAD_NEW;
	int			n = PQntuples(res);

	*replaced = NULL;
	if (n > 0 && strcmp(PQgetvalue(res, 0, 2), "t") == 0)
	{
		result->document_id = atol(PQgetvalue(res, 0, 0));
		if (strcmp(PQgetvalue(res, 0, 3), "t") == 0)
			outcome = LOAD_UNCHANGED;
		else
		{
			outcome = LOAD_SAME_CONTENT;
			snprintf(result->other_path, sizeof(result->other_path), "%s", PQgetvalue(res, 0, 1));
			for (int i = 1; i < n; i++)
				if (strcmp(PQgetvalue(res, i, 3), "t") == 0)
					result->earlier_id = atol(PQgetvalue(res, i, 0));
		}
	}
	else if (n > 0)
	{
		Text		ids = {0};

		for (int i = 0; i < n; i++)
		{
			ecl_text_append(&ids, i == 0 ? "{" : ",", 1);
			ecl_text_append(&ids, PQgetvalue(res, i, 0), strlen(PQgetvalue(res, i, 0)));
		}
		ecl_text_append(&ids, "}", 1);
		*replaced = ids.data;
		outcome = LOAD_REPLACED;
	}
	return outcome;
}

/*
 * Delete the documents of ids (an array literal) with their rows, table by
 * table from the leaves: ON DELETE CASCADE is a trigger, which
 * session_replication_role = replica (a superuser's setting) turns off,
 * and orphan rows would be left.
 */
static bool
delete_documents(PGconn *conn, const char *q, const char *ids, char *err, size_t errlen)
{
	static const char *const tables[] = {
		"fact", "mention", "place_mention", "citation", "sentence", "paragraph", "footnote",
		"load_issue", "page", "article", "document", NULL
	};
	const char *params[1] = {ids};

	for (int k = 0; tables[k]; k++)
	{
		char		sql[600];
		PGresult   *res;

		snprintf(sql, sizeof(sql), "DELETE FROM %s.%s WHERE %s = ANY ($1::bigint[])", q, tables[k],
				 strcmp(tables[k], "document") == 0 ? "id" : "document_id");
		res = ecl_session_query(conn, sql, 1, params, err, errlen);
		if (res == NULL)
			return false;
		PQclear(res);
	}
	return true;
}

/* A result of the statements write_document() sent: false, with err, unless it has status */
static bool
expect(PGresult *res, ExecStatusType status, char *err, size_t errlen)
{
	if (PQresultStatus(res) == status)
		return true;
	if (res == NULL)
		snprintf(err, errlen, "%s", "the server sent no result\n");
	else
	{
		snprintf(err, errlen, "%s", PQresultErrorMessage(res));
		ecl_session_note_failure(res);
	}
	return false;
}

/*
 * Insert the document and COPY its rows, in one query string: one round
 * trip, the server asking for each COPY's rows in turn.  COMMIT is left to
 * the caller, sent once every row is known to be in: a loader killed before
 * it commits nothing.  false with err on a failure (the transaction left to
 * roll back).
 */
static bool
write_document(PGconn *conn, const char *q, const char *const *values, const Book *book,
			   LoadResult *result, char *err, size_t errlen)
{
	Text		sql = {0};
	CopyStream	cs = {0};
	PGresult   *res;
	bool		ok;
	int			t;

	if (!append_sql(conn, &sql,
					"INSERT INTO %I.document (name, sha256, line_count, loaded_by, path, kind, "
					"record_id, record_line, published, title, url, lang, source, extra) "
					"VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id;\n",
					q, 14, values))
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		free(sql.data);
		return false;
	}
	for (t = 0; t < N_TABLES; t++)
		if (row_count(book, t) > 0)
		{
			const char *table = document_tables[t].table;

			append_sql(conn, &sql, "COPY %I.", q, 0, NULL);
			ecl_text_append(&sql, table, strlen(table));
			ecl_text_append(&sql, " FROM STDIN;\n", strlen(" FROM STDIN;\n"));
		}
	ok = PQsendQuery(conn, sql.data) == 1;
	free(sql.data);
	if (!ok)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return false;
	}
	res = PQgetResult(conn);
	if ((ok = expect(res, PGRES_TUPLES_OK, err, errlen)))
		result->document_id = atol(PQgetvalue(res, 0, 0));
	PQclear(res);
	for (t = 0; ok && t < N_TABLES; t++)
	{
		int			n = row_count(book, t);

		if (n == 0)
			continue;
		res = PQgetResult(conn);
		ok = expect(res, PGRES_COPY_IN, err, errlen);
		PQclear(res);
		if (!ok)
			break;
		ecl_copy_open(&cs, conn);
		for (int i = 0; i < n; i++)
		{
			document_tables[t].write_row(&cs, book, i, result->document_id);
			ecl_copy_end_row(&cs);
		}
		if (!(ok = ecl_copy_finish(&cs)))
			snprintf(err, errlen, "%s", cs.error);
	}
	ecl_copy_release(&cs);
	/* the rest of the string, skipped after an error */
	while ((res = PQgetResult(conn)) != NULL)
		PQclear(res);
	return ok;
}

LoadOutcome
ecl_db_load(PGconn *conn, const char *schema, const char *path, const char *name, const Source *src,
		const Book *book, const DocumentMeta *meta, const SessionOptions *opt,
		const char *label, LoadResult *result, char *err, size_t errlen)
{
	char	   *q = PQescapeIdentifier(conn, schema, strlen(schema));
	char		lines[32];
	char		record_line[32];
	const char *values[14];
	char	   *replaced = NULL;
	Text		find = {0},
				first = {0};
	PGresult   *res;
	int			outcome;

	memset(result, 0, sizeof(*result));
	if (q == NULL || !find_query(conn, q, path, name, src, meta, &find))
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		PQfreemem(q);
		free(find.data);
		return LOAD_FAILED;
	}

	/*
	 * BEGIN, the lock (one loader at a time per schema: the second finds
	 * the document loaded) and what the schema holds of the document, in
	 * one round trip; when the lock is not free, ecl_session_lock() names
	 * who holds it and waits.
	 */
	append_sql(conn, &first, "BEGIN; LOCK TABLE %I.document IN SHARE ROW EXCLUSIVE MODE NOWAIT; ",
			   q, 0, NULL);
	ecl_text_append(&first, find.data, find.len);
	res = PQexec(conn, first.data);
	free(first.data);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
	{
		ecl_session_note_failure(res);
		snprintf(err, errlen, "%s", PQresultErrorMessage(res));
		PQclear(res);
		res = NULL;
		if (strcmp(ecl_session_failed_state(), "55P03") != 0)
			goto fail;
		ecl_session_rollback(conn);
		if (!ecl_session_exec(conn, "BEGIN", err, errlen) ||
			!ecl_session_lock(conn, schema, "document", label, opt, err, errlen))
			goto fail;
		res = PQexec(conn, find.data);
		if (!expect(res, PGRES_TUPLES_OK, err, errlen))
			goto fail;
	}
	outcome = found_outcome(res, result, &replaced);
	PQclear(res);
	res = NULL;
	if (outcome == LOAD_UNCHANGED || outcome == LOAD_SAME_CONTENT)
	{
		ecl_session_rollback(conn);
		PQfreemem(q);
		free(find.data);
		return outcome;
	}
	if (replaced && !delete_documents(conn, q, replaced, err, errlen))
		goto fail;

	snprintf(lines, sizeof(lines), "%d", src->nlines);
	values[0] = name;
	values[1] = src->sha256;
	values[2] = lines;
	values[3] = LOADED_BY;
	values[4] = path;
	values[5] = ecl_document_kind_name(meta->kind);
	values[6] = meta->record_id;
	snprintf(record_line, sizeof(record_line), "%d", meta->record_line);
	values[7] = meta->record_id ? record_line : NULL;
	values[8] = meta->published[0] ? meta->published : NULL;
	values[9] = meta->title;
	values[10] = meta->url;
	values[11] = meta->lang;
	values[12] = meta->source;
	values[13] = meta->extra;
	if (!write_document(conn, q, values, book, result, err, errlen))
		goto fail;
	free(replaced);
	PQfreemem(q);
	free(find.data);
	if (!ecl_session_exec(conn, "COMMIT", err, errlen))
	{
		if (PQstatus(conn) != CONNECTION_OK)
			return LOAD_UNKNOWN;	/* the server may have committed it */
		ecl_session_rollback(conn);
		return LOAD_FAILED;
	}
	return outcome;

fail:
	PQclear(res);
	free(replaced);
	free(find.data);
	ecl_session_rollback(conn);
	PQfreemem(q);
	/* a statement that gave up waiting for another's lock: name them */
	ecl_session_explain_timeout(conn, schema, false, err, errlen);
	return LOAD_FAILED;
}
