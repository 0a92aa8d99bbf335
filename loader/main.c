/*
 * main.c
 *		econtext-load: load books converted from PDF into PostgreSQL.  A run
 *		reads its options, then takes each file through the pipeline in the
 *		order given; its exit code is the highest met (options.h).
 */
#include <stdio.h>
#include <stdlib.h>

#include "name.h"
#include "options.h"
#include "pipeline.h"
#include "progress.h"

/* the exit code of two outcomes: the higher */
static int
worse(int status, int code)
{
	return status > code ? status : code;
}

/* Name each of n files as not loaded: there is no database to load them into. */
static void
not_loaded(char **files, int n)
{
	for (int k = 0; k < n; k++)
	{
		char	   *shown = ecl_name_escaped(files[k], true);

		ecl_say(stderr, "econtext-load: %s: not loaded\n", shown);
		free(shown);
	}
}

int
main(int argc, char **argv)
{
	LoaderOptions opts;
	Pipeline	pl;
	int			status;

	if (!ecl_options_parse(argc, argv, &opts, &status))
		return status;
	ecl_pipeline_begin(&pl, &opts);
	ecl_progress_begin(opts.progress, opts.quiet);
	for (int i = 0; i < opts.nfiles; i++)
	{
		status = worse(status, ecl_pipeline_file(&pl, opts.files[i]));
		if (pl.no_database)
		{
			/* a connection was not had for this file: the rest would fare no better */
			not_loaded(opts.files + i, opts.nfiles - i);
			break;
		}
	}
	ecl_progress_end();
	ecl_pipeline_end(&pl);
	return status;
}
