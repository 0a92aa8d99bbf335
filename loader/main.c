/*
 * main.c
 *		econtext-load: load books converted from PDF into PostgreSQL.  The
 *		options, then each file in turn; the exit code is the highest met
 *		(options.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "book.h"
#include "db.h"
#include "encoding.h"
#include "name.h"
#include "options.h"
#include "source.h"

/* the exit code of two outcomes: the higher */
static int
worse(int status, int code)
{
	return status > code ? status : code;
}

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
parse(const Source *src, Book *book, const PlaceList *places, const CueList *indicators)
{
	book_parse(src, book);
	book_split_sentences(book);
	book_find_places(book, places);
	book_find_mentions(book);
	book_find_facts(book, indicators);
}

static PGconn *
connect_db(const char *dbname, const char *host, const char *port, const char *user)
{
	const char *keywords[] = {"host", "port", "user", "dbname", "application_name",
	"client_encoding", NULL};
	const char *values[] = {host, port, user, dbname, "econtext-load", "UTF8", NULL};
	PGconn	   *conn = PQconnectdbParams(keywords, values, 1);

	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "econtext-load: cannot connect to the database: %s",
				PQerrorMessage(conn));
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

int
main(int argc, char **argv)
{
	LoaderOptions opts;
	int			status;
	PGconn	   *conn = NULL;
	PlaceList	places;
	CueList		indicators;

	if (!options_parse(argc, argv, &opts, &status))
		return status;
	places_load(&places);
	indicators_load(&indicators);
	for (int i = 0; i < opts.nfiles; i++)
	{
		const char *file = opts.files[i];
		/* what messages call it: a name that is not UTF-8 printed safely */
		char	   *path = name_escaped(file, true);
		double		started = now_seconds();
		Source		src;
		Book		book;
		char		err[2048];
		char	   *key;
		char	   *stored;
		char	   *other;
		const char *encoding;
		unsigned int codepoint = 0;
		int			line;
		LoadResult	result;
		LoadOutcome outcome;

		if (source_read(file, path, &src, err, sizeof(err)) != 0)
		{
			fprintf(stderr, "econtext-load: %s\n", err);
			source_free(&src);
			status = worse(status, EXIT_INPUT);
			free(path);
			continue;
		}
		progress(started, path, "parsing");
		parse(&src, &book, &places, &indicators);
		if (opts.verbose)
			for (int k = 0; k < book.n_issues; k++)
				fprintf(stderr, "%s:%d: %s: %s\n", path, book.issues[k].line,
						book.issues[k].code, book.issues[k].message);

		if (opts.dry_run)
		{
			if (!opts.quiet)
			{
				printf("%s: parsed (dry run, nothing loaded)\n", path);
				book_print_summary(&book, stdout);
			}
			goto next;
		}

		if (conn == NULL)
		{
			int			failure = 0;

			conn = connect_db(opts.dbname, opts.host, opts.port, opts.user);
			if (conn == NULL)
				failure = EXIT_CONNECT;
			else if (!db_prepare(conn, opts.schema, &places, &opts.session, err, sizeof(err)))
			{
				print_error(NULL, NULL, err);
				failure = PQstatus(conn) == CONNECTION_OK ? EXIT_DATABASE : EXIT_CONNECT;
				PQfinish(conn);
			}
			if (failure)
			{
				/* nowhere to load the rest: say so for each of them */
				for (int k = i; k < opts.nfiles; k++)
				{
					char	   *shown = name_escaped(opts.files[k], true);

					fprintf(stderr, "econtext-load: %s: not loaded\n", shown);
					free(shown);
				}
				book_free(&book);
				source_free(&src);
				free(path);
				return worse(status, failure);
			}
		}
		/*
		 * A SQL_ASCII database counts bytes where others count characters:
		 * positions in its bodies count bytes too (read again when the book
		 * was read before the connection told)
		 */
		encoding = PQparameterStatus(conn, "server_encoding");
		if (book_positions_in_bytes != (encoding && strcmp(encoding, "SQL_ASCII") == 0))
		{
			book_positions_in_bytes = !book_positions_in_bytes;
			book_free(&book);
			parse(&src, &book, &places, &indicators);
		}
		progress(started, path, "loading");
		key = document_path(file);
		if (key == NULL)
		{
			fprintf(stderr, "econtext-load: %s: cannot tell the file's path from the current directory\n",
					path);
			status = worse(status, EXIT_INPUT);
			goto next;
		}
		/* a database that is not UTF-8 gets only documents it can store */
		if ((line = encoding_first_misfit(&src, encoding, &codepoint)) > 0)
		{
			fprintf(stderr, "econtext-load: %s:%d: character U+%04X cannot be stored in a %s database\n",
					path, line, codepoint, encoding);
			status = worse(status, EXIT_DATABASE);
			free(key);
			goto next;
		}
		/* stored as text: bytes that are not UTF-8 written \xHH, characters the database lacks \uXXXX */
		stored = name_escaped(key, false);
		free(key);
		key = stored;
		stored = encoding_fit_name(key, encoding);
		free(key);
		outcome = db_load(conn, opts.schema, stored, base_name(stored), &src, &book, &opts.session, path,
						  &result, err, sizeof(err));
		free(stored);
		progress_done(started);
		switch (outcome)
		{
			case LOAD_FAILED:
			case LOAD_UNKNOWN:
				print_error(path, outcome == LOAD_UNKNOWN ?
							"the connection was lost at COMMIT: it may or may not have been "
							"loaded; load it again to know" : "not loaded, nothing committed", err);
				if (PQstatus(conn) != CONNECTION_OK)
				{
					/* the server went away: connect again for the next file */
					PQfinish(conn);
					conn = NULL;
					status = worse(status, EXIT_CONNECT);
				}
				else
					status = worse(status, EXIT_DATABASE);
				break;
			case LOAD_UNCHANGED:
				if (!opts.quiet)
					printf("%s: unchanged, already loaded as document %ld (sha256 %.12s)\n",
						   path, result.document_id, src.sha256);
				break;
			case LOAD_SAME_CONTENT:
				if (!opts.quiet)
				{
					other = name_escaped(result.other_path, true);
					printf("%s: same content as document %ld, loaded from %s (sha256 %.12s): "
						   "not loaded again\n", path, result.document_id, other, src.sha256);
					free(other);
					if (result.earlier_id)
						printf("  document %ld, loaded from this path before, keeps its other content\n",
							   result.earlier_id);
				}
				break;
			case LOAD_NEW:
			case LOAD_REPLACED:
				if (!opts.quiet)
				{
					printf("%s: %s as document %ld in %.2f s (sha256 %.12s)\n", path,
						   outcome == LOAD_NEW ? "loaded" : "changed, replaced",
						   result.document_id, now_seconds() - started, src.sha256);
					book_print_summary(&book, stdout);
				}
				break;
		}
next:
		book_free(&book);
		source_free(&src);
		free(path);
	}
	if (conn)
		PQfinish(conn);
	places_free(&places);
	indicators_free(&indicators);
	return status;
}
