/*
 * source.h
 *		A book file read into memory as numbered lines, after the checks that
 *		make it safe to parse: readable, a regular file, not empty, no NUL
 *		bytes, valid UTF-8, no line longer than SOURCE_MAX_LINE.  A UTF-8
 *		byte order mark is no part of line 1.
 */
#ifndef ECL_SOURCE_H
#define ECL_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#define SOURCE_MAX_LINE (1024 * 1024)
/* a book converted from PDF is a few MB; this keeps memory bounded */
#define SOURCE_MAX_SIZE (256L * 1024 * 1024)

typedef struct SourceLine
{
	const char *text;			/* not NUL-terminated; no \n, no trailing \r */
	size_t		len;
} SourceLine;

typedef struct Source
{
	const char *path;
	char	   *data;			/* the file's bytes */
	size_t		size;
	SourceLine *lines;			/* lines[0] is line 1 */
	int			nlines;
	char		sha256[65];		/* hex digest of the file's bytes */
} Source;

/*
 * Read and check path.  Returns 0, or -1 with a message naming the file as
 * label (and the line and byte where that applies) in errbuf.
 */
extern int	ecl_source_read(const char *path, const char *label, Source *src, char *errbuf,
						size_t errlen);

/* The same checks of text[0, len), copied: a record's text (label names it). */
extern int	ecl_source_from_text(const char *label, const char *text, size_t len, Source *src,
								 char *errbuf, size_t errlen);

extern void ecl_source_free(Source *src);

/* Length of the valid UTF-8 sequence at s[0, n), or 0 when invalid (n > 0). */
extern size_t ecl_utf8_sequence(const unsigned char *s, size_t n);

/* How many bytes s[0, n) starts with that are valid UTF-8: n when all are. */
extern size_t ecl_utf8_valid_prefix(const char *s, size_t n);

/* The SHA-256 of n bytes as 64 hex digits and a NUL, into hex[65]; false on failure. */
extern bool ecl_sha256_hex(const void *data, size_t n, char *hex);

#endif							/* ECL_SOURCE_H */
