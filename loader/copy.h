/*
 * copy.h
 *		Rows to PostgreSQL through COPY ... FROM STDIN in text format,
 *		buffered and sent in chunks.
 */
#ifndef ECL_COPY_H
#define ECL_COPY_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

typedef struct CopyStream
{
	PGconn	   *conn;
	char	   *buf;
	size_t		len;
	size_t		cap;
	bool		row_open;		/* a field was written to the current row */
	long		rows;
	bool		failed;
	char		error[1024];
} CopyStream;

/* Start "COPY table (columns) FROM STDIN"; false with cs->error on failure. */
extern bool ecl_copy_begin(CopyStream *cs, PGconn *conn, const char *command);

extern void ecl_copy_text(CopyStream *cs, const char *s, size_t len);
extern void ecl_copy_cstr(CopyStream *cs, const char *s);	/* NULL writes \N */
extern void ecl_copy_null(CopyStream *cs);
extern void ecl_copy_long(CopyStream *cs, long v);
extern void ecl_copy_int_array(CopyStream *cs, const int *v, int n);
extern void ecl_copy_end_row(CopyStream *cs);

/* Finish the COPY; false with cs->error when the server refused a row. */
extern bool ecl_copy_end(CopyStream *cs);

/*
 * The same for a COPY that a statement of a longer query string started
 * (PQgetResult() said PGRES_COPY_IN): open, rows, finish, which reads the
 * COPY's own result and leaves the next statements' results to the caller.
 * The buffer is kept from one COPY to the next, until ecl_copy_release().
 */
extern void ecl_copy_open(CopyStream *cs, PGconn *conn);
extern bool ecl_copy_finish(CopyStream *cs);
extern void ecl_copy_release(CopyStream *cs);

#endif							/* ECL_COPY_H */
