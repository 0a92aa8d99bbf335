/*
 * scan_time_fuzz.c
 *		libFuzzer harness with a time-per-byte oracle for the scanner and the
 *		fact finder (which runs the scanner): a crash is not the only
 *		failure, a text that takes super-linear time is one too, as any role
 *		that may call extract_mentions() or extract_facts() can send it.
 *
 * The input is a unit of text and, after the first NUL byte, a tail.  The
 * scanner reads the unit repeated to SMALL bytes, then to 8 * SMALL bytes,
 * each followed by the tail; the time of the larger over the smaller must
 * stay near 8.  It must also stay within SLOWEST times the time per byte of
 * ordinary prose with figures, measured at start-up.  Times are the
 * quickest of a few runs, and a suspect is measured again at larger sizes
 * before it counts, so that a busy machine does not make a failure.
 *
 * Built without AddressSanitizer (core_fuzz.c has it): timing should be
 * the scanner's, not the sanitizer's.  Run by `make fuzz`.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "facts.h"

#define SMALL 4096
#define GROWTH 8				/* the larger text is GROWTH times the smaller */
#define MAX_RATIO 20.0			/* linear is 8; quadratic would be 64 */
#define SLOWEST 100.0			/* per byte, against prose with figures */
#define MAX_UNIT 256

static double prose_seconds_per_byte;

static void
count(const EcFact *f, void *arg)
{
	(*(long *) arg)++;
}

static EcAnchor
anchor(size_t pos, const EcSentence *st, EcYearMonth *at, void *arg)
{
	at->year = 2021;
	at->month = 3;
	return EC_ANCHOR_WRITTEN;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* unit repeated to about size bytes, then tail */
static char *
build(const uint8_t *unit, size_t unit_len, const uint8_t *tail, size_t tail_len,
	  size_t size, size_t *len)
{
	char	   *text = malloc(size + unit_len + tail_len);
	size_t		n = 0;

	while (n < size)
	{
		memcpy(text + n, unit, unit_len);
		n += unit_len;
	}
	memcpy(text + n, tail, tail_len);
	*len = n + tail_len;
	return text;
}

/* the quickest of runs scans of text */
static double
scan_seconds(const char *text, size_t len, int runs)
{
	long		facts = 0;
	EcFactHooks hooks = {NULL, NULL, NULL, count, anchor, NULL, ec_heap_realloc, &facts};
	double		best = 1e9;

	for (int r = 0; r < runs; r++)
	{
		double		t0 = now();
		EcFactCarry carry = {0};

		ec_facts(text, len, &carry, &hooks);
		t0 = now() - t0;
		if (t0 < best)
			best = t0;
	}
	return best;
}

static double
unit_seconds(const uint8_t *unit, size_t unit_len, const uint8_t *tail, size_t tail_len,
			 size_t size, int runs, size_t *len)
{
	char	   *text = build(unit, unit_len, tail, tail_len, size, len);
	double		t = scan_seconds(text, *len, runs);

	free(text);
	return t;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char prose[] =
		"In January-October 2021 mutual trade grew by 27 per cent, to more than "
		"$900 million, and exports of services rose 1.5 times. The plan for "
		"2022-2025 foresees BYN 200 million of investment by the end of 2023; "
		"in the first half of 2022 about 40% of it was spent. ";
	size_t		len;
	double		t = unit_seconds((const uint8_t *) prose, sizeof(prose) - 1,
								 NULL, 0, 64 * SMALL, 5, &len);

	prose_seconds_per_byte = t / len;
	return 0;
}

/*
 * Is the unit slow: super-linear growth, or too slow per byte?  Measured
 * at size and GROWTH * size.
 */
static bool
slow(const uint8_t *unit, size_t unit_len, const uint8_t *tail, size_t tail_len,
	 size_t size, int runs, bool report)
{
	size_t		small_len,
				large_len;
	double		small = unit_seconds(unit, unit_len, tail, tail_len, size, runs, &small_len);
	double		large = unit_seconds(unit, unit_len, tail, tail_len, GROWTH * size, runs, &large_len);
	/* below a few microseconds a ratio is noise */
	double		ratio = large / (small > 2e-6 ? small : 2e-6);
	double		per_byte = large / large_len / prose_seconds_per_byte;

	if (report)
		fprintf(stderr,
				"scan_time_fuzz: %zu bytes in %.6f s, %zu bytes in %.6f s: growth %.1f "
				"(at most %.1f), %.1f times the time per byte of prose (at most %.0f)\n",
				small_len, small, large_len, large, ratio, MAX_RATIO, per_byte, SLOWEST);
	return ratio > MAX_RATIO || per_byte > SLOWEST;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t		unit_len = nul ? (size_t) (nul - data) : size;
	const uint8_t *tail = nul ? nul + 1 : data + size;
	size_t		tail_len = nul ? size - unit_len - 1 : 0;

	if (unit_len == 0 || unit_len > MAX_UNIT || tail_len > MAX_UNIT)
		return 0;
	if (slow(data, unit_len, tail, tail_len, SMALL, 3, false) &&
		slow(data, unit_len, tail, tail_len, 4 * SMALL, 5, false) &&
		slow(data, unit_len, tail, tail_len, 4 * SMALL, 5, true))
	{
		fprintf(stderr, "scan_time_fuzz: unit \"%.*s\", tail \"%.*s\"\n",
				(int) unit_len, (const char *) data, (int) tail_len, (const char *) tail);
		abort();
	}
	return 0;
}
