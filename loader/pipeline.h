/*
 * pipeline.h
 *		One file through the loader: read and checked, parsed down to its
 *		facts, loaded in a transaction of its own and reported.  The
 *		connection serves every file of a run.
 */
#ifndef ECL_PIPELINE_H
#define ECL_PIPELINE_H

#include <stdbool.h>

#include <libpq-fe.h>

#include "book.h"
#include "options.h"

typedef struct Pipeline
{
	const LoaderOptions *opts;
	PGconn	   *conn;			/* NULL until a file needs it, and once lost */
	bool		no_database;	/* no connection with the schema set up could
								 * be had for the last file */
} Pipeline;

/* No connection yet: a dry run never makes one. */
extern void ecl_pipeline_begin(Pipeline *pl, const LoaderOptions *opts);

/*
 * Take file through: its exit code, 0 when it was loaded or found loaded.
 * Messages go to standard error, what became of the file to standard
 * output (unless quiet).  A connection lost on the way is closed, for the
 * next file to make a new one; one that cannot be made or set up sets
 * no_database, and the files after this one will not be loaded either.
 */
extern int	ecl_pipeline_file(Pipeline *pl, const char *file);

extern void ecl_pipeline_end(Pipeline *pl);

#endif							/* ECL_PIPELINE_H */
