/*
 * options.h
 *		The loader's command line: its options, read and checked, and the
 *		exit codes a run ends with.
 */
#ifndef ECL_OPTIONS_H
#define ECL_OPTIONS_H

#include <stdbool.h>

#include "progress.h"
#include "session.h"

/*
 * Exit codes (also in --help and doc/loader.md):
 *	0  every file loaded, or was already loaded unchanged
 *	1  usage: unknown option, missing argument, no file, a bad schema name
 *	2  a file could not be loaded: missing, unreadable, not a regular file
 *	   or directory, over 256 MB, empty, binary, not UTF-8, a line too long
 *	   (nothing committed for it); or a record of a JSONL or CSV file was
 *	   bad (the other records load), or a directory held no file to load
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
#define EXIT_USAGE 1
#define EXIT_INPUT 2
#define EXIT_CONNECT 3
#define EXIT_DATABASE 4

/* What the files are: by their names (.jsonl, .csv, else a book or a plain text), or as told */
typedef enum InputFormat
{
	FORMAT_AUTO,
	FORMAT_BOOK,
	FORMAT_TEXT,
	FORMAT_JSONL,
	FORMAT_CSV
} InputFormat;

typedef struct LoaderOptions
{
	/* connection settings; NULL leaves them to libpq (PG* variables) */
	const char *dbname;
	const char *host;
	const char *port;
	const char *user;
	const char *schema;			/* of the tables: "corpus" unless given */
	bool		dry_run;		/* parse and summarise; no database */
	bool		quiet;			/* print nothing but errors */
	bool		verbose;		/* print each load issue too */
	ProgressMode progress;
	InputFormat format;
	char		date[11];		/* --date: when a book or text was written, or "" */
	SessionOptions session;
	char	  **files;			/* the files to load, in the order given */
	int			nfiles;
} LoaderOptions;

/*
 * Read and check the command line into opts.  false when the run ends here,
 * with its exit code in *status: 0 after --help or --version, EXIT_USAGE
 * after a message on standard error.
 */
extern bool ecl_options_parse(int argc, char **argv, LoaderOptions *opts, int *status);

#endif							/* ECL_OPTIONS_H */
