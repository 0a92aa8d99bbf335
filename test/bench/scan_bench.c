/*
 * scan_bench.c
 *		The scanning core alone: extract every mention from a file, in
 *		process, RUNS times; print the best throughput in MB/s.
 *
 *	scan_bench FILE [RUNS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "scan.h"

static void
count_mention(const EcMention *m, void *arg)
{
	(void) m;
	(*(long *) arg)++;
}

int
main(int argc, char **argv)
{
	FILE	   *f;
	char	   *text;
	long		size;
	int			runs = argc > 2 ? atoi(argv[2]) : 20;
	double		best = 1e9;
	long		mentions = 0;

	if (argc < 2 || (f = fopen(argv[1], "rb")) == NULL)
	{
		fprintf(stderr, "usage: scan_bench FILE [RUNS]\n");
		return 1;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	text = malloc(size);
	if (text == NULL || fread(text, 1, size, f) != (size_t) size)
		return 1;
	fclose(f);
	for (int r = 0; r < runs; r++)
	{
		struct timespec t0,
					t1;
		double		s;

		mentions = 0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		ec_scan(text, size, NULL, NULL, count_mention, &mentions);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (s < best)
			best = s;
	}
	printf("%.1f %ld %.3f\n", size / best / 1e6, mentions, best * 1e3);
	return 0;
}
