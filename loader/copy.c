/*
 * copy.c
 *		COPY text format: fields separated by tabs, rows by newlines,
 *		backslash escapes, \N for NULL.
 */
#include "copy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"

#define COPY_CHUNK (1 << 20)	/* send when this much is buffered */
#define COPY_FIRST (1 << 16)	/* a record's rows fit, from the heap; a book's grow it */

static void
reserve(CopyStream *cs, size_t more)
{
	if (cs->len + more <= cs->cap)
		return;
	while (cs->len + more > cs->cap)
		cs->cap = cs->cap ? cs->cap * 2 : COPY_FIRST;
	cs->buf = realloc(cs->buf, cs->cap);
	if (cs->buf == NULL)
	{
		fprintf(stderr, "econtext-load: out of memory\n");
		exit(70);
	}
}

static void
flush(CopyStream *cs)
{
	if (cs->len == 0 || cs->failed)
		return;
	if (PQputCopyData(cs->conn, cs->buf, (int) cs->len) != 1)
	{
		cs->failed = true;
		snprintf(cs->error, sizeof(cs->error), "%s", PQerrorMessage(cs->conn));
	}
	cs->len = 0;
}

bool
ecl_copy_begin(CopyStream *cs, PGconn *conn, const char *command)
{
	PGresult   *res;

	memset(cs, 0, sizeof(*cs));
	ecl_copy_open(cs, conn);
	res = PQexec(conn, command);
	if (PQresultStatus(res) != PGRES_COPY_IN)
	{
		snprintf(cs->error, sizeof(cs->error), "%s", PQerrorMessage(conn));
		ecl_session_note_failure(res);
		cs->failed = true;
		PQclear(res);
		return false;
	}
	PQclear(res);
	return true;
}

static void
separator(CopyStream *cs)
{
	if (cs->row_open)
	{
		reserve(cs, 1);
		cs->buf[cs->len++] = '\t';
	}
	cs->row_open = true;
}

void
ecl_copy_text(CopyStream *cs, const char *s, size_t len)
{
	separator(cs);
	reserve(cs, 2 * len);
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		switch (c)
		{
			case '\\':
				cs->buf[cs->len++] = '\\';
				cs->buf[cs->len++] = '\\';
				break;
			case '\t':
				cs->buf[cs->len++] = '\\';
				cs->buf[cs->len++] = 't';
				break;
			case '\n':
				cs->buf[cs->len++] = '\\';
				cs->buf[cs->len++] = 'n';
				break;
			case '\r':
				cs->buf[cs->len++] = '\\';
				cs->buf[cs->len++] = 'r';
				break;
			default:
				cs->buf[cs->len++] = c;
		}
	}
}

void
ecl_copy_cstr(CopyStream *cs, const char *s)
{
	if (s == NULL)
		ecl_copy_null(cs);
	else
		ecl_copy_text(cs, s, strlen(s));
}

void
ecl_copy_null(CopyStream *cs)
{
	separator(cs);
	reserve(cs, 2);
	cs->buf[cs->len++] = '\\';
	cs->buf[cs->len++] = 'N';
}

void
ecl_copy_long(CopyStream *cs, long v)
{
	separator(cs);
	reserve(cs, 24);
	cs->len += (size_t) snprintf(cs->buf + cs->len, 24, "%ld", v);
}

void
ecl_copy_int_array(CopyStream *cs, const int *v, int n)
{
	separator(cs);
	reserve(cs, 2 + (size_t) n * 12);
	cs->buf[cs->len++] = '{';
	for (int i = 0; i < n; i++)
		cs->len += (size_t) snprintf(cs->buf + cs->len, 13, i ? ",%d" : "%d", v[i]);
	cs->buf[cs->len++] = '}';
}

void
ecl_copy_end_row(CopyStream *cs)
{
	reserve(cs, 1);
	cs->buf[cs->len++] = '\n';
	cs->row_open = false;
	cs->rows++;
	if (cs->len >= COPY_CHUNK)
		flush(cs);
}

void
ecl_copy_open(CopyStream *cs, PGconn *conn)
{
	char	   *buf = cs->buf;
	size_t		cap = cs->cap;

	memset(cs, 0, sizeof(*cs));
	cs->conn = conn;
	cs->buf = buf;
	cs->cap = cap;
}

bool
ecl_copy_finish(CopyStream *cs)
{
	PGresult   *res;
	bool		ok;

	flush(cs);
	if (PQputCopyEnd(cs->conn, cs->failed ? "econtext-load: client error" : NULL) != 1 &&
		!cs->failed)
	{
		cs->failed = true;
		snprintf(cs->error, sizeof(cs->error), "%s", PQerrorMessage(cs->conn));
	}
	res = PQgetResult(cs->conn);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok && !cs->failed)
		snprintf(cs->error, sizeof(cs->error), "%s",
				 res ? PQresultErrorMessage(res) : PQerrorMessage(cs->conn));
	if (!ok)
		ecl_session_note_failure(res);
	PQclear(res);
	return ok && !cs->failed;
}

void
ecl_copy_release(CopyStream *cs)
{
	free(cs->buf);
	cs->buf = NULL;
	cs->cap = 0;
}

bool
ecl_copy_end(CopyStream *cs)
{
	PGresult   *res;
	bool		ok = ecl_copy_finish(cs);

	/* drain: a COPY ends with exactly one more NULL result */
	while ((res = PQgetResult(cs->conn)) != NULL)
		PQclear(res);
	ecl_copy_release(cs);
	return ok;
}
