/*
 * db.c
 *		One transaction per document, rows by COPY.
 */
#include "db.h"

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
#define LOADED_BY "econtext-load 0.1.0 (sentences, places, mentions, facts, source lines, paths)"

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

	if (n == 0)
		return true;			/* a round trip saved: news items have no footnotes */
	snprintf(cmd, sizeof(cmd), "COPY %s.%s FROM STDIN", q, table);
	if (ecl_copy_begin(&cs, conn, cmd))
	{
		for (int i = 0; i < n; i++)
		{
			write_row(&cs, b, i, doc);
			ecl_copy_end_row(&cs);
		}
		if (ecl_copy_end(&cs))
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
	if (f->footnote_number > 0)
		ecl_copy_long(cs, f->footnote_number);
	else
		ecl_copy_cstr(cs, NULL);
	ecl_copy_cstr(cs, f->source_url);
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

/*
 * What the schema holds of this document: the document with its content
 * and this loader's rows (found), else the documents it replaces (the older
 * version loaded from this path, this content loaded with older rows, one
 * loaded by a loader that keyed documents by their base name) as an array
 * literal into replaced.  -1 on an error, else the outcome so far.
 */
static int
find_document(PGconn *conn, const char *q, const char *path, const char *name, const Source *src,
			  const DocumentMeta *meta, LoadResult *result, char **replaced, char *err,
			  size_t errlen)
{
	const char *params[5] = {path, src->sha256, name, LOADED_BY, meta->record_id};
	char		sql[1024];
	PGresult   *res;
	int			outcome = LOAD_NEW;
	int			n;

	/* a record is its id in its file; a file loaded whole, its content or its path */
	if (meta->record_id)
		snprintf(sql, sizeof(sql),
				 "SELECT id, path, sha256 = $2 AND loaded_by IS NOT DISTINCT FROM $4, true "
				 "FROM %s.document WHERE path = $1 AND record_id = $5 "
				 "AND $3::text IS NOT NULL", q);
	else
		snprintf(sql, sizeof(sql),
				 "SELECT id, path, sha256 = $2 AND loaded_by IS NOT DISTINCT FROM $4, path IS NOT DISTINCT FROM $1 "
				 "FROM %s.document WHERE record_id IS NULL AND $5::text IS NULL "
				 "AND (sha256 = $2 OR path = $1 OR (path IS NULL AND name = $3)) "
				 "ORDER BY 3 DESC, 4 DESC, id", q);
	res = ecl_session_query(conn, sql, 5, params, err, errlen);
	if (res == NULL)
		return -1;
	n = PQntuples(res);
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
	PQclear(res);
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

LoadOutcome
ecl_db_load(PGconn *conn, const char *schema, const char *path, const char *name, const Source *src,
		const Book *book, const DocumentMeta *meta, const SessionOptions *opt,
		const char *label, LoadResult *result, char *err, size_t errlen)
{
	char	   *q = PQescapeIdentifier(conn, schema, strlen(schema));
	char		sql[1024];
	char		lines[32];
	char		record_line[32];
	const char *params[14];
	char	   *replaced = NULL;
	PGresult   *res;
	int			outcome;

	memset(result, 0, sizeof(*result));
	if (q == NULL)
	{
		snprintf(err, errlen, "%s", PQerrorMessage(conn));
		return LOAD_FAILED;
	}
	if (!ecl_session_exec(conn, "BEGIN", err, errlen))
		goto fail;

	/* one loader at a time per schema: the second finds the document loaded */
	if (!ecl_session_lock(conn, schema, "document", label, opt, err, errlen))
		goto fail;
	outcome = find_document(conn, q, path, name, src, meta, result, &replaced, err, errlen);
	if (outcome < 0)
		goto fail;
	if (outcome == LOAD_UNCHANGED || outcome == LOAD_SAME_CONTENT)
	{
		ecl_session_rollback(conn);
		PQfreemem(q);
		return outcome;
	}
	if (replaced && !delete_documents(conn, q, replaced, err, errlen))
		goto fail;

	snprintf(lines, sizeof(lines), "%d", src->nlines);
	params[0] = name;
	params[1] = src->sha256;
	params[2] = lines;
	params[3] = LOADED_BY;
	params[4] = path;
	params[5] = ecl_document_kind_name(meta->kind);
	params[6] = meta->record_id;
	snprintf(record_line, sizeof(record_line), "%d", meta->record_line);
	params[7] = meta->record_id ? record_line : NULL;
	params[8] = meta->published[0] ? meta->published : NULL;
	params[9] = meta->title;
	params[10] = meta->url;
	params[11] = meta->lang;
	params[12] = meta->source;
	params[13] = meta->extra;
	snprintf(sql, sizeof(sql),
			 "INSERT INTO %s.document (name, sha256, line_count, loaded_by, path, kind, record_id, "
			 "record_line, published, title, url, lang, source, extra) "
			 "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id", q);
	res = ecl_session_query(conn, sql, 14, params, err, errlen);
	if (res == NULL)
		goto fail;
	result->document_id = atol(PQgetvalue(res, 0, 0));
	PQclear(res);

	if (!copy_book(conn, q, result->document_id, book, err, errlen))
		goto fail;
	free(replaced);
	replaced = NULL;
	if (!ecl_session_exec(conn, "COMMIT", err, errlen))
	{
		PQfreemem(q);
		if (PQstatus(conn) != CONNECTION_OK)
			return LOAD_UNKNOWN;	/* the server may have committed it */
		ecl_session_rollback(conn);
		return LOAD_FAILED;
	}
	PQfreemem(q);
	return outcome;

fail:
	free(replaced);
	ecl_session_rollback(conn);
	PQfreemem(q);
	/* a statement that gave up waiting for another's lock: name them */
	ecl_session_explain_timeout(conn, schema, false, err, errlen);
	return LOAD_FAILED;
}
