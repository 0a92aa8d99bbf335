/*
 * pipeline.c
 *		One file through the loader: read and checked (source.c), parsed
 *		down to its facts, loaded in a transaction of its own (db.c) and
 *		reported, with its progress shown on a terminal when it takes long.
 */
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "encoding.h"
#include "name.h"
#include "schema.h"
#include "source.h"

/* "econtext-load: [PATH: WHAT: ]ERR", ending the line ERR may leave open */
static void
print_error(const char *path, const char *what, const char *err)
{
	if (path)
		fprintf(stderr, "econtext-load: %s: %s: %s", path, what, err);
	else
		fprintf(stderr, "econtext-load: %s", err);
	if (err[0] && err[strlen(err) - 1] != '\n')
		fputc('\n', stderr);
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Progress on stderr, only on a terminal and once loading takes a while. */
static void
progress(double started, const char *path, const char *stage)
{
	if (isatty(STDERR_FILENO) && now_seconds() - started > 1.0)
		fprintf(stderr, "\r\033[K%s: %s", path, stage);
}

static void
progress_done(double started)
{
	if (isatty(STDERR_FILENO) && now_seconds() - started > 1.0)
		fprintf(stderr, "\r\033[K");
}

/* Read the book in src, with its sentences, places, mentions and facts. */
static void
parse(const Source *src, Book *book)
{
	ecl_book_parse(src, book);
	ecl_book_read_paragraphs(book);
}

/*
 * Connect and set the schema up for the files to come: 0, or the exit code
 * when no connection can be had or the schema cannot be set up.
 */
static int
connect_db(Pipeline *pl)
{
	const LoaderOptions *opts = pl->opts;
	const char *keywords[] = {"host", "port", "user", "dbname", "application_name",
	"client_encoding", NULL};
	const char *values[] = {opts->host, opts->port, opts->user, opts->dbname, "econtext-load",
	"UTF8", NULL};
	PGconn	   *conn = PQconnectdbParams(keywords, values, 1);
	char		err[2048];
	int			code;

	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "econtext-load: cannot connect to the database: %s",
				PQerrorMessage(conn));
		PQfinish(conn);
		return EXIT_CONNECT;
	}
	if (!ecl_db_prepare(conn, opts->schema, &opts->session, err, sizeof(err)))
	{
		print_error(NULL, NULL, err);
		code = PQstatus(conn) == CONNECTION_OK ? EXIT_DATABASE : EXIT_CONNECT;
		PQfinish(conn);
		return code;
	}
	pl->conn = conn;
	return 0;
}

/* What became of a file loaded, or found loaded (outcomes but the failures) */
static void
report(LoadOutcome outcome, const LoadResult *result, const char *path, const Source *src,
	   const Book *book, double started)
{
	char	   *other;

	if (outcome == LOAD_UNCHANGED)
		printf("%s: unchanged, already loaded as document %ld (sha256 %.12s)\n",
			   path, result->document_id, src->sha256);
	else if (outcome == LOAD_SAME_CONTENT)
	{
		other = ecl_name_escaped(result->other_path, true);
		printf("%s: same content as document %ld, loaded from %s (sha256 %.12s): "
			   "not loaded again\n", path, result->document_id, other, src->sha256);
		free(other);
		if (result->earlier_id)
			printf("  document %ld, loaded from this path before, keeps its other content\n",
				   result->earlier_id);
	}
	else
	{
		printf("%s: %s as document %ld in %.2f s (sha256 %.12s)\n", path,
			   outcome == LOAD_NEW ? "loaded" : "changed, replaced",
			   result->document_id, now_seconds() - started, src->sha256);
		ecl_book_print_summary(book, stdout);
	}
}

/*
 * Load file, read into src and parsed into book, through the connection:
 * its exit code.
 */
static int
load(Pipeline *pl, const char *file, const char *path, const Source *src, Book *book,
	 double started)
{
	const LoaderOptions *opts = pl->opts;
	const char *encoding = PQparameterStatus(pl->conn, "server_encoding");
	char	   *key;
	char	   *stored;
	unsigned int codepoint = 0;
	int			line;
	LoadResult	result;
	LoadOutcome outcome;
	char		err[2048];

	/*
	 * A SQL_ASCII database counts bytes where others count characters:
	 * positions in its bodies count bytes too (read again when the book was
	 * read before the connection told)
	 */
	if (ecl_book_positions_in_bytes != (encoding && strcmp(encoding, "SQL_ASCII") == 0))
	{
		ecl_book_positions_in_bytes = !ecl_book_positions_in_bytes;
		ecl_book_free(book);
		parse(src, book);
	}
	progress(started, path, "loading");
	key = ecl_document_path(file);
	if (key == NULL)
	{
		fprintf(stderr, "econtext-load: %s: cannot tell the file's path from the current directory\n",
				path);
		return EXIT_INPUT;
	}
	/* a database that is not UTF-8 gets only documents it can store */
	if ((line = ecl_encoding_first_misfit(src, encoding, &codepoint)) > 0)
	{
		fprintf(stderr, "econtext-load: %s:%d: character U+%04X cannot be stored in a %s database\n",
				path, line, codepoint, encoding);
		free(key);
		return EXIT_DATABASE;
	}
	/* stored as text: bytes that are not UTF-8 written \xHH, characters the database lacks \uXXXX */
	stored = ecl_name_escaped(key, false);
	free(key);
	key = stored;
	stored = ecl_encoding_fit_name(key, encoding);
	free(key);
	outcome = ecl_db_load(pl->conn, opts->schema, stored, ecl_base_name(stored), src, book, &opts->session,
					  path, &result, err, sizeof(err));
	free(stored);
	progress_done(started);
	if (outcome == LOAD_FAILED || outcome == LOAD_UNKNOWN)
	{
		print_error(path, outcome == LOAD_UNKNOWN ?
					"the connection was lost at COMMIT: it may or may not have been "
					"loaded; load it again to know" : "not loaded, nothing committed", err);
		if (PQstatus(pl->conn) == CONNECTION_OK)
			return EXIT_DATABASE;
		/* the server went away: connect again for the next file */
		PQfinish(pl->conn);
		pl->conn = NULL;
		return EXIT_CONNECT;
	}
	if (!opts->quiet)
		report(outcome, &result, path, src, book, started);
	return 0;
}

void
ecl_pipeline_begin(Pipeline *pl, const LoaderOptions *opts)
{
	pl->opts = opts;
	pl->conn = NULL;
	pl->no_database = false;
}

int
ecl_pipeline_file(Pipeline *pl, const char *file)
{
	const LoaderOptions *opts = pl->opts;
	/* what messages call it: a name that is not UTF-8 printed safely */
	char	   *path = ecl_name_escaped(file, true);
	double		started = now_seconds();
	Source		src;
	Book		book;
	char		err[2048];
	int			code = 0;

	if (ecl_source_read(file, path, &src, err, sizeof(err)) != 0)
	{
		fprintf(stderr, "econtext-load: %s\n", err);
		ecl_source_free(&src);
		free(path);
		return EXIT_INPUT;
	}
	progress(started, path, "parsing");
	parse(&src, &book);
	if (opts->verbose)
		for (int k = 0; k < book.n_issues; k++)
			fprintf(stderr, "%s:%d: %s: %s\n", path, book.issues[k].line,
					book.issues[k].code, book.issues[k].message);

	if (opts->dry_run)
	{
		if (!opts->quiet)
		{
			printf("%s: parsed (dry run, nothing loaded)\n", path);
			ecl_book_print_summary(&book, stdout);
		}
	}
	else if (pl->conn == NULL && (code = connect_db(pl)) != 0)
		pl->no_database = true;
	else
		code = load(pl, file, path, &src, &book, started);
	ecl_book_free(&book);
	ecl_source_free(&src);
	free(path);
	return code;
}

void
ecl_pipeline_end(Pipeline *pl)
{
	if (pl->conn)
		PQfinish(pl->conn);
}
