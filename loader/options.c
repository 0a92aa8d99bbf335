/*
 * options.c
 *		The loader's command line: getopt_long over its options, the checks
 *		of their values, and --help.
 */
#include "options.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"

#define LOADER_VERSION "0.1.0"

/* NAMEDATALEN - 1 of a default build: longer names are cut by the server */
#define MAX_IDENTIFIER 63

static void
usage(FILE *out)
{
	fprintf(out,
			"econtext-load loads books converted from PDF, plain texts and files of\n"
			"records (JSONL, CSV) into PostgreSQL: paragraphs, sentences, mentions and\n"
			"facts, with their source lines.\n\n"
			"Usage:\n"
			"  econtext-load [OPTION]... FILE|DIRECTORY...\n\n"
			"Options:\n"
			"  -d, --dbname=CONNINFO    database name, or a conninfo string or URI\n"
			"  -h, --host=HOST          server host or socket directory\n"
			"  -p, --port=PORT          server port\n"
			"  -U, --username=USER      user name\n"
			"  -s, --schema=SCHEMA      schema of the tables (default: corpus)\n"
			"      --lock-timeout=SECONDS  longest wait for another session's lock (default:\n"
			"                           lock_timeout if PGOPTIONS or the role sets it, else %d;\n"
			"                           0 waits without end)\n"
			"  -f, --format=FORMAT      book, text, jsonl or csv (default: by the file's name:\n"
			"                           .jsonl, .csv; a .txt with a book's headings or\n"
			"                           footnotes is a book, else a plain text)\n"
			"      --date=YYYY-MM-DD    when the books and texts given were written (records\n"
			"                           have their date field)\n"
			"  -n, --dry-run            parse and print the summary; no database\n"
			"  -q, --quiet              print nothing but errors\n"
			"  -v, --verbose            also print each load issue as FILE:LINE: code: message\n"
			"      --progress           show documents, MB, rate and failures on standard error\n"
			"                           as the run goes (default: when it is a terminal and\n"
			"                           the run lasts over a second, unless --quiet)\n"
			"      --no-progress        never show them\n"
			"  -V, --version            print the version and exit\n"
			"      --help               print this help and exit\n\n"
			"Connection settings not given come from the PG* environment variables\n"
			"(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ...) and ~/.pgpass, as\n"
			"for psql. A directory loads every .txt, .jsonl and .csv file under it, in\n"
			"name order. Each file, and each record of a JSONL or CSV file, loads in one\n"
			"transaction; one already loaded with the same content is left alone, a\n"
			"changed one is replaced (a record is known by its file and id). Loaders wait\n"
			"for each other (and for whoever holds a lock on the schema's tables) up to\n"
			"--lock-timeout, and name the holder when they give up.\n\n"
			"Exit status:\n"
			"  0  all files loaded or unchanged\n"
			"  1  usage error\n"
			"  2  a file could not be read or is not a text file (nothing committed), or\n"
			"     a record was bad (named with its line and number; the others load)\n"
			"  3  no connection to the server, or it was lost (the next file is tried)\n"
			"  4  the database refused a statement, a lock was not had in time (the\n"
			"     file's load rolled back), or it cannot store a character of the file\n",
			SESSION_LOCK_TIMEOUT);
}

static bool
format_arg(const char *arg, LoaderOptions *opts)
{
	static const char *const names[] = {"auto", "book", "text", "jsonl", "csv", NULL};

	for (int k = 0; names[k]; k++)
		if (strcmp(arg, names[k]) == 0)
		{
			opts->format = (InputFormat) k;
			return true;
		}
	fprintf(stderr, "econtext-load: --format takes book, text, jsonl or csv: \"%s\"\n", arg);
	return false;
}

/* --date: a day that exists, YYYY-MM-DD */
static bool
date_arg(const char *arg, LoaderOptions *opts)
{
	if (!ecl_document_date(arg, false, opts->date))
	{
		fprintf(stderr, "econtext-load: --date takes a date, YYYY-MM-DD: \"%s\"\n", arg);
		return false;
	}
	return true;
}

/* --lock-timeout: whole seconds, as milliseconds in an int; false when not */
static bool
lock_timeout_arg(const char *arg, SessionOptions *opts)
{
	char	   *end;
	long		v = strtol(arg, &end, 10);

	if (end == arg || *end != '\0' || v < 0 || v > 2147483)
	{
		fprintf(stderr, "econtext-load: --lock-timeout takes whole seconds, "
				"0 to 2147483: \"%s\"\n", arg);
		return false;
	}
	opts->lock_timeout = (int) v;
	return true;
}

bool
ecl_options_parse(int argc, char **argv, LoaderOptions *opts, int *status)
{
	static const struct option long_options[] = {
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
		{"format", required_argument, NULL, 'f'},
		{"date", required_argument, NULL, 3},
		{"progress", no_argument, NULL, 4},
		{"no-progress", no_argument, NULL, 5},
		{NULL, 0, NULL, 0}
	};
	int			c;

	memset(opts, 0, sizeof(*opts));
	opts->schema = "corpus";
	opts->session.lock_timeout = -1;
	*status = EXIT_USAGE;
	while ((c = getopt_long(argc, argv, "d:h:p:U:s:f:nqvV", long_options, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
				opts->dbname = optarg;
				break;
			case 'h':
				opts->host = optarg;
				break;
			case 'p':
				opts->port = optarg;
				break;
			case 'U':
				opts->user = optarg;
				break;
			case 's':
				opts->schema = optarg;
				break;
			case 'n':
				opts->dry_run = true;
				break;
			case 'q':
				opts->quiet = true;
				break;
			case 'v':
				opts->verbose = true;
				break;
			case 'V':
				printf("econtext-load %s\n", LOADER_VERSION);
				*status = 0;
				return false;
			case 1:
				usage(stdout);
				*status = 0;
				return false;
			case 2:
				if (!lock_timeout_arg(optarg, &opts->session))
					return false;
				break;
			case 'f':
				if (!format_arg(optarg, opts))
					return false;
				break;
			case 3:
				if (!date_arg(optarg, opts))
					return false;
				break;
			case 4:
				opts->progress = PROGRESS_ALWAYS;
				break;
			case 5:
				opts->progress = PROGRESS_NEVER;
				break;
			default:
				fprintf(stderr, "Try \"econtext-load --help\" for more information.\n");
				return false;
		}
	}
	if (optind >= argc)
	{
		fprintf(stderr, "econtext-load: no file to load\n"
				"Try \"econtext-load --help\" for more information.\n");
		return false;
	}
	if (opts->schema[0] == '\0')
	{
		fprintf(stderr, "econtext-load: the schema name must not be empty\n");
		return false;
	}
	if (strlen(opts->schema) > MAX_IDENTIFIER)
	{
		fprintf(stderr, "econtext-load: the schema name is longer than the %d bytes "
				"PostgreSQL keeps of a name\n", MAX_IDENTIFIER);
		return false;
	}
	opts->session.quiet = opts->quiet;
	opts->files = argv + optind;
	opts->nfiles = argc - optind;
	*status = 0;
	return true;
}
