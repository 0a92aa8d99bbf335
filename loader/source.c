/*
 * source.c
 *		Reading and checking a book file.
 */
#include "source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "text.h"

size_t
ecl_utf8_sequence(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t		len;
	unsigned int cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++)
	{
		if (ec_utf8_starts((unsigned char) s[i]))
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

size_t
ecl_utf8_valid_prefix(const char *s, size_t n)
{
	size_t		i = 0,
				k;

	while (i < n && (k = ecl_utf8_sequence((const unsigned char *) s + i, n - i)) > 0)
		i += k;
	return i;
}

static int	check_and_split(Source *src, const char *label, char *errbuf, size_t errlen);

static int
fail(char *errbuf, size_t errlen, const char *fmt, const char *path, long a, long b)
{
	snprintf(errbuf, errlen, fmt, path, a, b);
	return -1;
}

/* Read all of fd, refusing a line longer than SOURCE_MAX_LINE early. */
static int
read_all(int fd, const char *label, size_t size_hint, Source *src, char *errbuf, size_t errlen)
{
	/* the size fstat() gave, and room to see the end: no doubling past it */
	size_t		cap = size_hint + (1 << 16);
	size_t		line_len = 0;
	long		line_no = 1;

	src->data = malloc(cap + 1);
	src->size = 0;
	if (src->data == NULL)
		return fail(errbuf, errlen, "%s: out of memory", label, 0, 0);
	for (;;)
	{
		ssize_t		n;

		if (cap - src->size < (1 << 16))
		{
			char	   *bigger;

			cap *= 2;
			bigger = realloc(src->data, cap + 1);
			if (bigger == NULL)
				return fail(errbuf, errlen, "%s: out of memory", label, 0, 0);
			src->data = bigger;
		}
		/* in steps of 1 MB, so that a line too long is refused early */
		n = read(fd, src->data + src->size,
				 cap - src->size < (1 << 20) ? cap - src->size : (1 << 20));
		if (n < 0)
		{
			if (errno == EINTR)
				continue;
			snprintf(errbuf, errlen, "%s: cannot read: %s", label, strerror(errno));
			return -1;
		}
		if (n == 0)
			break;
		/* a file that grows while it is read stops at the limit too */
		if (src->size + n > SOURCE_MAX_SIZE)
			return fail(errbuf, errlen, "%s: more than the %ld bytes a book may have",
						label, SOURCE_MAX_SIZE, 0);
		for (ssize_t i = 0; i < n; i++)
		{
			if (src->data[src->size + i] == '\n')
			{
				line_no++;
				line_len = 0;
			}
			else if (++line_len > SOURCE_MAX_LINE)
				return fail(errbuf, errlen,
							"%s:%ld: line longer than %ld bytes; this is not a book's text",
							label, line_no, SOURCE_MAX_LINE);
		}
		src->size += n;
	}
	src->data[src->size] = '\0';
	return 0;
}

bool
ecl_sha256_hex(const void *data, size_t n, char *hex)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;

	hex[0] = '\0';
	if (!EVP_Digest(data, n, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32)
		return false;
	for (unsigned int i = 0; i < mdlen; i++)
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	return true;
}

int
ecl_source_read(const char *path, const char *label, Source *src, char *errbuf, size_t errlen)
{
	struct stat st;
	int			fd;
	int			rc;

	memset(src, 0, sizeof(*src));
	src->path = path;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	fd = open(path, O_RDONLY | O_NONBLOCK);
	if (fd < 0)
	{
		snprintf(errbuf, errlen, "%s: cannot open: %s", label, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0)
	{
		snprintf(errbuf, errlen, "%s: cannot stat: %s", label, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode))
	{
		close(fd);
		return fail(errbuf, errlen, S_ISDIR(st.st_mode) ?
					"%s: is a directory, not a text file" :
					"%s: is not a regular file (a device, FIFO or socket), not a text file",
					label, 0, 0);
	}
	if (st.st_size > SOURCE_MAX_SIZE)
	{
		close(fd);
		return fail(errbuf, errlen, "%s: %ld bytes, more than the %ld a book may have",
					label, (long) st.st_size, SOURCE_MAX_SIZE);
	}
	(void) fcntl(fd, F_SETFL, 0);	/* blocking reads from here on */
	rc = read_all(fd, label, (size_t) st.st_size, src, errbuf, errlen);
	close(fd);
	if (rc != 0)
		return rc;
	return check_and_split(src, label, errbuf, errlen);
}

int
ecl_source_from_text(const char *label, const char *text, size_t len, Source *src,
					 char *errbuf, size_t errlen)
{
	memset(src, 0, sizeof(*src));
	src->path = label;
	src->data = malloc(len + 1);
	if (src->data == NULL)
		return fail(errbuf, errlen, "%s: out of memory", label, 0, 0);
	memcpy(src->data, text, len);
	src->data[len] = '\0';
	src->size = len;
	return check_and_split(src, label, errbuf, errlen);
}

/* The checks of src->data, its digest and its lines. */
static int
check_and_split(Source *src, const char *label, char *errbuf, size_t errlen)
{
	size_t		start;
	size_t		cap;
	size_t		bom;
	int			nonblank = 0;

	/* a UTF-8 byte order mark is no text: line 1 starts after it */
	bom = src->size >= 3 && memcmp(src->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	/* NUL bytes, UTF-8, blankness, with line and byte for the first fault */
	{
		long		line_no = 1;
		size_t		line_start = 0;

		for (size_t i = 0; i < src->size;)
		{
			unsigned char c = (unsigned char) src->data[i];
			size_t		n;

			if (c == 0)
				return fail(errbuf, errlen,
							"%s:%ld: binary file: NUL byte at byte %ld of the line",
							label, line_no, (long) (i - line_start + 1));
			n = ecl_utf8_sequence((const unsigned char *) src->data + i, src->size - i);
			if (n == 0)
				return fail(errbuf, errlen,
							"%s:%ld: invalid UTF-8 at byte %ld of the line",
							label, line_no, (long) (i - line_start + 1));
			if (c == '\n')
			{
				line_no++;
				line_start = i + 1;
			}
			else if (!ec_is_space(c) && i >= bom)
				nonblank = 1;
			i += n;
		}
	}
	if (!nonblank)
		return fail(errbuf, errlen, "%s: is empty", label, 0, 0);
	if (!ecl_sha256_hex(src->data, src->size, src->sha256))
		return fail(errbuf, errlen, "%s: cannot compute its SHA-256", label, 0, 0);

	/* split into lines; CRLF ends a line as LF does */
	cap = 1024;
	src->lines = malloc(cap * sizeof(SourceLine));
	if (src->lines == NULL)
		return fail(errbuf, errlen, "%s: out of memory", label, 0, 0);
	start = bom;
	for (size_t i = bom; i <= src->size; i++)
	{
		if (i == src->size && start == src->size)
			break;				/* no line after a final newline */
		if (i == src->size || src->data[i] == '\n')
		{
			size_t		len = i - start;

			if (len > 0 && src->data[start + len - 1] == '\r')
				len--;
			if ((size_t) src->nlines == cap)
			{
				SourceLine *more = realloc(src->lines, 2 * cap * sizeof(SourceLine));

				if (more == NULL)
					return fail(errbuf, errlen, "%s: out of memory", label, 0, 0);
				src->lines = more;
				cap *= 2;
			}
			src->lines[src->nlines].text = src->data + start;
			src->lines[src->nlines].len = len;
			src->nlines++;
			start = i + 1;
		}
	}
	return 0;
}

void
ecl_source_free(Source *src)
{
	free(src->lines);
	free(src->data);
	memset(src, 0, sizeof(*src));
}
