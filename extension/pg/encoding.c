/*
 * encoding.c
 *		Text of the database's encoding to and from the UTF-8 that the core
 *		reads (see encoding.h).
 */
#include "postgres.h"

#include <limits.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "encoding.h"

/* Convert at most this many bytes between two checks for interrupts. */
#define CONVERSION_STEP (1024 * 1024)

static bool
core_reads_server_bytes(void)
{
	int			encoding = GetDatabaseEncoding();

	return encoding == PG_UTF8 || encoding == PG_SQL_ASCII;
}

bool
ec_server_counts_utf8_characters(void)
{
	return GetDatabaseEncoding() != PG_SQL_ASCII;
}

const char *
ec_utf8_from_server(const char *s, size_t len, size_t *utf8_len)
{
	int			encoding = GetDatabaseEncoding();
	char	   *buf;
	size_t		size;
	size_t		used = 0;
	size_t		done = 0;

	if (core_reads_server_bytes())
	{
		*utf8_len = len;
		return s;
	}
	/* room for the common case, text that is mostly ASCII; grown as needed */
	size = len + len / 8 + 16;
	buf = MemoryContextAllocHuge(CurrentMemoryContext, size);
	while (done < len)
	{
		int			left = (int) Min(len - done, (size_t) INT_MAX);
		int			step = pg_encoding_mbcliplen(encoding, s + done, left, CONVERSION_STEP);
		char	   *part;
		size_t		n;

		/* a step ends on a character; text holds no NUL, which stops it */
		if (step <= 0)
			step = Min(left, CONVERSION_STEP);
		part = pg_server_to_any(s + done, step, PG_UTF8);
		n = part == s + done ? (size_t) step : strlen(part);

		if (used + n > size)
		{
			size = Max(size * 2, used + n);
			buf = repalloc_huge(buf, size);
		}
		memcpy(buf + used, part, n);
		used += n;
		if (part != s + done)
			pfree(part);
		done += step;
		CHECK_FOR_INTERRUPTS();
	}
	*utf8_len = used;
	return buf;
}

const char *
ec_utf8_from_server_cstring(const char *str)
{
	if (core_reads_server_bytes())
		return str;
	return pg_server_to_any(str, (int) strlen(str), PG_UTF8);
}

char *
ec_utf8_to_server_cstring(const char *s, size_t len)
{
	char	   *converted;

	if (!core_reads_server_bytes())
	{
		converted = pg_any_to_server(s, (int) len, PG_UTF8);
		if (converted != s)
			return converted;
	}
	return pnstrdup(s, len);
}

text *
ec_utf8_to_server_text(const char *s, size_t len)
{
	return cstring_to_text(ec_utf8_to_server_cstring(s, len));
}
