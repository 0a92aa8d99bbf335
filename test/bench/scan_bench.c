/*
 * scan_bench.c
 *		The scanning core alone, in process, against the regular expression a
 *		user might write instead (POSIX ERE through glibc's regexec): both run
 *		over the same file, alternately, RUNS times.
 *
 *	scan_bench FILE REGEX_FILE [RUNS]
 *
 * Prints: core MB/s, regex MB/s (medians), mentions found, regex matches.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scan.h"

static char *
read_file(const char *path, long *size)
{
	FILE	   *f = fopen(path, "rb");
	char	   *text;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	*size = ftell(f);
	rewind(f);
	text = malloc(*size + 1);
	if (text == NULL || fread(text, 1, *size, f) != (size_t) *size)
		exit(1);
	text[*size] = '\0';
	fclose(f);
	return text;
}

static double
seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
by_value(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, n, sizeof(double), by_value);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void
count_mention(const EcMention *m, void *arg)
{
	(void) m;
	(*(long *) arg)++;
}

static long
regex_matches(const regex_t *re, const char *text, long size)
{
	regmatch_t	m;
	long		n = 0;
	regoff_t	from = 0;
	int			flags = REG_STARTEND;

	/* REG_STARTEND: without it regexec() takes strlen() of the rest each time */
	for (;;)
	{
		m.rm_so = from;
		m.rm_eo = size;
		if (regexec(re, text, 1, &m, flags) != 0)
			break;
		n++;
		from = m.rm_eo > m.rm_so ? m.rm_eo : m.rm_so + 1;
		flags = REG_STARTEND | REG_NOTBOL;
	}
	return n;
}

int
main(int argc, char **argv)
{
	long		size,
				pattern_size;
	char	   *text;
	char	   *pattern;
	int			runs = argc > 3 ? atoi(argv[3]) : 11;
	double	   *core,
			   *naive;
	long		mentions = 0,
				matches = 0;
	regex_t		re;
	EcScanHooks hooks = {count_mention, NULL, NULL, &mentions};

	if (argc < 3 || runs < 1 || (text = read_file(argv[1], &size)) == NULL ||
		(pattern = read_file(argv[2], &pattern_size)) == NULL)
	{
		fprintf(stderr, "usage: scan_bench FILE REGEX_FILE [RUNS]\n");
		return 1;
	}
	pattern[strcspn(pattern, "\n")] = '\0';
	if (regcomp(&re, pattern, REG_EXTENDED) != 0)
	{
		fprintf(stderr, "scan_bench: bad regular expression in %s\n", argv[2]);
		return 1;
	}
	core = malloc(runs * sizeof(double));
	naive = malloc(runs * sizeof(double));
	for (int r = 0; r < runs; r++)
	{
		double		t0 = seconds();

		mentions = 0;
		ec_scan(text, size, &hooks);
		core[r] = size / (seconds() - t0) / 1e6;
		t0 = seconds();
		matches = regex_matches(&re, text, size);
		naive[r] = size / (seconds() - t0) / 1e6;
	}
	printf("%.1f %.1f %ld %ld\n", median(core, runs), median(naive, runs), mentions, matches);
	regfree(&re);
	free(core);
	free(naive);
	free(pattern);
	free(text);
	return 0;
}
