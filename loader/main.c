/*
 * main.c
 *		econtext-load: load books converted from PDF into PostgreSQL.
 *
 * Exit codes (also in --help and the README):
 *	0  every file loaded, or was already loaded unchanged
 *	1  usage: unknown option, missing argument, no file, a bad schema name
 *	2  a file could not be loaded: missing, unreadable, a directory or
 *	   another file that is not a regular one, over 256 MB, empty, binary,
 *	   not UTF-8, a line too long (nothing committed for it)
 *	3  no connection to the server, or the connection was lost (the next
 *	   file is tried on a new one)
 *	4  the database refused: permissions, a failed statement, a timeout, a
 *	   full disk, a lock not had within --lock-timeout (the holder named;
 *	   the document's transaction was rolled back); or could not store a
 *	   character of the file (a database that is not UTF-8: the line and
 *	   the character named, nothing sent)
 * With several files the exit code is the highest met; every file is tried,
 * or named as not loaded when no connection can be had for it.
 */
#include <getopt.h>
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
#include "source.h"

#define EXIT_USAGE 1
#define EXIT_INPUT 2
#define EXIT_CONNECT 3
#define EXIT_DATABASE 4

#define LOADER_VERSION "0.1.0"

/* NAMEDATALEN - 1 of a default build: longer names are cut by the server */
#define MAX_IDENTIFIER 63

static void
usage(FILE *out)
{
	fprintf(out,
			"econtext-load loads books converted from PDF into PostgreSQL: articles,\n"
			"pages, paragraphs, footnotes, citations and load issues.\n\n"
			"Usage:\n"
			"  econtext-load [OPTION]... FILE...\n\n"
			"Options:\n"
			"  -d, --dbname=CONNINFO    database name, or a conninfo string or URI\n"
			"  -h, --host=HOST          server host or socket directory\n"
			"  -p, --port=PORT          server port\n"
			"  -U, --username=USER      user name\n"
			"  -s, --schema=SCHEMA      schema of the tables (default: corpus)\n"
			"      --lock-timeout=SECONDS  longest wait for another session's lock (default:\n"
			"                           lock_timeout if PGOPTIONS or the role sets it, else %d;\n"
			"                           0 waits without end)\n"
			"  -n, --dry-run            parse and print the summary; no database\n"
			"  -q, --quiet              print nothing but errors\n"
			"  -v, --verbose            also print each load issue as FILE:LINE: code: message\n"
			"  -V, --version            print the version and exit\n"
			"      --help               print this help and exit\n\n"
			"Connection settings not given come from the PG* environment variables\n"
			"(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ...) and ~/.pgpass, as\n"
			"for psql. Each file loads in one transaction; a file already loaded with\n"
			"the same content is left alone, a changed one is replaced. Loaders wait\n"
			"for each other (and for whoever holds a lock on the schema's tables) up to\n"
			"--lock-timeout, and name the holder when they give up.\n\n"
			"Exit status:\n"
			"  0  all files loaded or unchanged\n"
			"  1  usage error\n"
			"  2  a file could not be read or is not a text file (nothing committed)\n"
			"  3  no connection to the server, or it was lost (the next file is tried)\n"
			"  4  the database refused a statement, a lock was not had in time (the\n"
			"     file's load rolled back), or it cannot store a character of the file\n",
			SESSION_LOCK_TIMEOUT);
}

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
parse(const Source *src, Book *book)
{
	book_parse(src, book);
	book_read_paragraphs(book);
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
	static const struct option options[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"schema", required_argument, NULL, 's'},
		{"dry-run", no_argument, NULL, 'n'},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"version", no_argument, NULL, 'V'},
		{"help", no_argument, NULL, 1},
		{"lock-timeout", required_argument, NULL, 2},
		{NULL, 0, NULL, 0}
	};
	const char *dbname = NULL;
	const char *host = NULL;
	const char *port = NULL;
	const char *user = NULL;
	const char *schema = "corpus";
	int			dry_run = 0;
	int			quiet = 0;
	SessionOptions session = {-1, false};
	int			verbose = 0;
	int			status = 0;
	int			c;
	PGconn	   *conn = NULL;

	while ((c = getopt_long(argc, argv, "d:h:p:U:s:nqvV", options, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
				dbname = optarg;
				break;
			case 'h':
				host = optarg;
				break;
			case 'p':
				port = optarg;
				break;
			case 'U':
				user = optarg;
				break;
			case 's':
				schema = optarg;
				break;
			case 'n':
				dry_run = 1;
				break;
			case 'q':
				quiet = 1;
				break;
			case 'v':
				verbose = 1;
				break;
			case 'V':
				printf("econtext-load %s\n", LOADER_VERSION);
				return 0;
			case 1:
				usage(stdout);
				return 0;
			case 2:
				{
					char	   *end;
					long		v = strtol(optarg, &end, 10);

					/* whole seconds, as milliseconds in an int */
					if (end == optarg || *end != '\0' || v < 0 || v > 2147483)
					{
						fprintf(stderr, "econtext-load: --lock-timeout takes whole seconds, "
								"0 to 2147483: \"%s\"\n", optarg);
						return EXIT_USAGE;
					}
					session.lock_timeout = (int) v;
				}
				break;
			default:
				fprintf(stderr, "Try \"econtext-load --help\" for more information.\n");
				return EXIT_USAGE;
		}
	}
	if (optind >= argc)
	{
		fprintf(stderr, "econtext-load: no file to load\n"
				"Try \"econtext-load --help\" for more information.\n");
		return EXIT_USAGE;
	}
	if (schema[0] == '\0')
	{
		fprintf(stderr, "econtext-load: the schema name must not be empty\n");
		return EXIT_USAGE;
	}
	if (strlen(schema) > MAX_IDENTIFIER)
	{
		fprintf(stderr, "econtext-load: the schema name is longer than the %d bytes "
				"PostgreSQL keeps of a name\n", MAX_IDENTIFIER);
		return EXIT_USAGE;
	}

	session.quiet = quiet;
	for (int i = optind; i < argc; i++)
	{
		const char *file = argv[i];
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
		parse(&src, &book);
		if (verbose)
			for (int k = 0; k < book.n_issues; k++)
				fprintf(stderr, "%s:%d: %s: %s\n", path, book.issues[k].line,
						book.issues[k].code, book.issues[k].message);

		if (dry_run)
		{
			if (!quiet)
			{
				printf("%s: parsed (dry run, nothing loaded)\n", path);
				book_print_summary(&book, stdout);
			}
			goto next;
		}

		if (conn == NULL)
		{
			int			failure = 0;

			conn = connect_db(dbname, host, port, user);
			if (conn == NULL)
				failure = EXIT_CONNECT;
			else if (!db_prepare(conn, schema, &session, err, sizeof(err)))
			{
				print_error(NULL, NULL, err);
				failure = PQstatus(conn) == CONNECTION_OK ? EXIT_DATABASE : EXIT_CONNECT;
				PQfinish(conn);
			}
			if (failure)
			{
				/* nowhere to load the rest: say so for each of them */
				for (int k = i; k < argc; k++)
				{
					char	   *shown = name_escaped(argv[k], true);

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
			parse(&src, &book);
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
		outcome = db_load(conn, schema, stored, base_name(stored), &src, &book, &session, path,
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
				if (!quiet)
					printf("%s: unchanged, already loaded as document %ld (sha256 %.12s)\n",
						   path, result.document_id, src.sha256);
				break;
			case LOAD_SAME_CONTENT:
				if (!quiet)
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
				if (!quiet)
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
	return status;
}
