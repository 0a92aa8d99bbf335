/*
 * pipeline.c
 *		One document through the loader: a book or plain text read and
 *		checked (source.c), parsed down to its facts, loaded in a
 *		transaction of its own (db.c) and reported, with its stage shown in
 *		the progress display (progress.c).  A record of a file (feed.c) takes
 *		the same way from parsing on.
 */
#include "pipeline_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "encoding.h"
#include "name.h"
#include "plain.h"
#include "progress.h"
#include "schema.h"

/* "econtext-load: [PATH: WHAT: ]ERR", ending the line ERR may leave open */
static void
print_error(const char *path, const char *what, const char *err)
{
	if (path)
		ecl_say(stderr, "econtext-load: %s: %s: %s", path, what, err);
	else
		ecl_say(stderr, "econtext-load: %s", err);
	if (err[0] && err[strlen(err) - 1] != '\n')
		fputc('\n', stderr);
}

void
ecl_pipeline_parse(Document *doc)
{
	if (doc->meta.kind == DOCUMENT_RECORD)
		ecl_plain_parse(&doc->src, &doc->book, false);
	else if (doc->format == FORMAT_TEXT)
	{
		ecl_plain_parse(&doc->src, &doc->book, true);
		doc->meta.kind = DOCUMENT_TEXT;
	}
	else
	{
		ecl_book_parse(&doc->src, &doc->book);
		doc->meta.kind = DOCUMENT_BOOK;
		/* a .txt without a book's headings or footnotes: a plain text */
		if (doc->format == FORMAT_AUTO && !ecl_book_has_structure(&doc->book))
		{
			ecl_book_free(&doc->book);
			ecl_plain_parse(&doc->src, &doc->book, true);
			doc->meta.kind = DOCUMENT_TEXT;
		}
	}
	if (doc->meta.kind == DOCUMENT_TEXT && doc->book.articles[0].title[0])
		doc->meta.title = doc->book.articles[0].title;
	doc->book.written = ecl_document_written(&doc->meta);
	ecl_book_read_paragraphs(&doc->book);
}

int
ecl_pipeline_connect(Pipeline *pl)
{
	const LoaderOptions *opts = pl->opts;
	const char *keywords[] = {"host", "port", "user", "dbname", "application_name",
	"client_encoding", NULL};
	const char *values[] = {opts->host, opts->port, opts->user, opts->dbname, "econtext-load",
	"UTF8", NULL};
	PGconn	   *conn;
	char		err[2048];
	int			code;

	if (pl->conn)
		return 0;
	conn = PQconnectdbParams(keywords, values, 1);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		ecl_say(stderr, "econtext-load: cannot connect to the database: %s",
				PQerrorMessage(conn));
		PQfinish(conn);
		pl->no_database = true;
		return EXIT_CONNECT;
	}
	if (!ecl_db_prepare(conn, opts->schema, &opts->session, err, sizeof(err)))
	{
		print_error(NULL, NULL, err);
		code = PQstatus(conn) == CONNECTION_OK ? EXIT_DATABASE : EXIT_CONNECT;
		PQfinish(conn);
		pl->no_database = true;
		return code;
	}
	pl->conn = conn;
	return 0;
}

int
ecl_pipeline_load(Pipeline *pl, Document *doc, const char *what, LoadOutcome *outcome,
				  LoadResult *result)
{
	const char *encoding = PQparameterStatus(pl->conn, "server_encoding");
	unsigned int codepoint = 0;
	int			line;
	char		err[2048];

	/*
	 * A SQL_ASCII database counts bytes where others count characters:
	 * positions in its bodies count bytes too (read again when the document
	 * was read before the connection told)
	 */
	if (ecl_book_positions_in_bytes != (encoding && strcmp(encoding, "SQL_ASCII") == 0))
	{
		ecl_book_positions_in_bytes = !ecl_book_positions_in_bytes;
		ecl_book_free(&doc->book);
		ecl_pipeline_parse(doc);
	}
	/* a database that is not UTF-8 gets only documents it can store */
	if ((line = ecl_encoding_first_misfit(&doc->src, encoding, &codepoint)) > 0)
	{
		/* a file's line, or a line of a record's text */
		ecl_say(stderr, what[0] ? "econtext-load: %s%s, line %d of its text: character U+%04X "
				"cannot be stored in a %s database\n" :
				"econtext-load: %s%s:%d: character U+%04X cannot be stored in a %s database\n",
				doc->path, what, line, codepoint, encoding);
		return EXIT_DATABASE;
	}
	*outcome = ecl_db_load(pl->conn, pl->opts->schema, doc->key, doc->name, &doc->src, &doc->book,
						   &doc->meta, &pl->opts->session, doc->path, result, err, sizeof(err));
	if (*outcome == LOAD_FAILED || *outcome == LOAD_UNKNOWN)
	{
		char		where[1200];

		snprintf(where, sizeof(where), "%s%s", doc->path, what);
		print_error(where, *outcome == LOAD_UNKNOWN ?
					"the connection was lost at COMMIT: it may or may not have been "
					"loaded; load it again to know" : "not loaded, nothing committed", err);
		if (PQstatus(pl->conn) == CONNECTION_OK)
			return EXIT_DATABASE;
		/* the server went away: connect again for the next file */
		PQfinish(pl->conn);
		pl->conn = NULL;
		return EXIT_CONNECT;
	}
	return 0;
}

/* What became of a file loaded, or found loaded (outcomes but the failures) */
static void
report(LoadOutcome outcome, const LoadResult *result, const Document *doc, double started)
{
	char	   *other;

	if (outcome == LOAD_UNCHANGED)
		ecl_say(stdout, "%s: unchanged, already loaded as document %ld (sha256 %.12s)\n",
			   doc->path, result->document_id, doc->src.sha256);
	else if (outcome == LOAD_SAME_CONTENT)
	{
		other = ecl_name_escaped(result->other_path, true);
		ecl_say(stdout, "%s: same content as document %ld, loaded from %s (sha256 %.12s): "
			   "not loaded again\n", doc->path, result->document_id, other, doc->src.sha256);
		free(other);
		if (result->earlier_id)
			ecl_say(stdout, "  document %ld, loaded from this path before, keeps its other content\n",
				   result->earlier_id);
	}
	else
	{
		/* a book, as before; a plain text says so */
		ecl_say(stdout, "%s: %s as document %ld%s in %.2f s (sha256 %.12s)\n", doc->path,
			   outcome == LOAD_NEW ? "loaded" : "changed, replaced", result->document_id,
			   doc->meta.kind == DOCUMENT_TEXT ? " (text)" : "",
			   ecl_now_seconds() - started, doc->src.sha256);
		ecl_book_print_summary(&doc->book, stdout);
	}
}

/*
 * The key a file is stored under: its document path, escaped to text and
 * fit to the server's encoding (malloc'd); NULL after a message.
 */
char *
ecl_pipeline_key(Pipeline *pl, const char *file, const char *path)
{
	const char *encoding = PQparameterStatus(pl->conn, "server_encoding");
	char	   *key = ecl_document_path(file),
			   *escaped,
			   *stored;

	if (key == NULL)
	{
		ecl_say(stderr, "econtext-load: %s: cannot tell the file's path from the current directory\n",
				path);
		return NULL;
	}
	/* stored as text: bytes that are not UTF-8 written \xHH, characters the database lacks \uXXXX */
	escaped = ecl_name_escaped(key, false);
	free(key);
	stored = ecl_encoding_fit_name(escaped, encoding);
	free(escaped);
	return stored;
}

int
ecl_pipeline_text_file(Pipeline *pl, const char *file, const char *path)
{
	const LoaderOptions *opts = pl->opts;
	double		started = ecl_now_seconds();
	Document	doc = {0};
	char		err[2048];
	char	   *key = NULL;
	int			code = 0;
	LoadOutcome outcome;
	LoadResult	result;

	if (ecl_source_read(file, path, &doc.src, err, sizeof(err)) != 0)
	{
		ecl_say(stderr, "econtext-load: %s\n", err);
		ecl_source_free(&doc.src);
		ecl_progress_document(0, true);
		return EXIT_INPUT;
	}
	doc.path = path;
	doc.format = opts->format;
	memcpy(doc.meta.published, opts->date, sizeof(doc.meta.published));
	ecl_progress_stage(path, "parsing");
	ecl_pipeline_parse(&doc);
	if (opts->verbose)
		for (int k = 0; k < doc.book.n_issues; k++)
			ecl_say(stderr, "%s:%d: %s: %s\n", path, doc.book.issues[k].line,
					doc.book.issues[k].code, doc.book.issues[k].message);

	if (opts->dry_run)
	{
		if (!opts->quiet)
		{
			ecl_say(stdout, "%s: parsed as a %s (dry run, nothing loaded)\n", path,
				   ecl_document_kind_name(doc.meta.kind));
			ecl_book_print_summary(&doc.book, stdout);
		}
	}
	else if ((code = ecl_pipeline_connect(pl)) == 0)
	{
		ecl_progress_stage(path, "loading");
		if ((key = ecl_pipeline_key(pl, file, path)) == NULL)
			code = EXIT_INPUT;
		else
		{
			doc.key = key;
			doc.name = ecl_base_name(key);
			code = ecl_pipeline_load(pl, &doc, "", &outcome, &result);
			if (code == 0 && !opts->quiet)
				report(outcome, &result, &doc, started);
		}
	}
	ecl_progress_document(doc.src.size, code != 0);
	free(key);
	ecl_book_free(&doc.book);
	ecl_source_free(&doc.src);
	return code;
}

void
ecl_pipeline_begin(Pipeline *pl, const LoaderOptions *opts)
{
	pl->opts = opts;
	pl->conn = NULL;
	pl->no_database = false;
}

void
ecl_pipeline_end(Pipeline *pl)
{
	if (pl->conn)
		PQfinish(pl->conn);
}
