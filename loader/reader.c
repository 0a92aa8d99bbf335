/*
 * reader.c
 *		Reading a file of records one at a time, JSONL (jsonl.c) or CSV
 *		(csv.c): opened and checked, a byte order mark passed over, each
 *		record read, checked (records.c) and handed on.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "records.h"

/* --- the reader ------------------------------------------------------- */

bool
ecl_records_open(RecordReader *r, const char *path, const char *label, RecordFormat format,
				 char *err, size_t errlen)
{
	struct stat st;

	memset(r, 0, sizeof(*r));
	r->label = label;
	r->format = format;
	r->file = fopen(path, "rb");
	if (r->file == NULL)
	{
		snprintf(err, errlen, "%s: cannot open: %s", label, strerror(errno));
		return false;
	}
	if (fstat(fileno(r->file), &st) != 0 || !S_ISREG(st.st_mode))
	{
		snprintf(err, errlen, "%s: is not a regular file (a device, FIFO or socket), not a file of records",
				 label);
		return false;
	}
	r->ids = ecl_id_set_new();
	/* a byte order mark is no text */
	{
		int			c1 = getc(r->file),
					c2 = c1 == 0xEF ? getc(r->file) : EOF,
					c3 = c2 == 0xBB ? getc(r->file) : EOF;

		if (!(c1 == 0xEF && c2 == 0xBB && c3 == 0xBF))
		{
			rewind(r->file);
			clearerr(r->file);
		}
	}
	if (format == RECORDS_CSV && !ecl_csv_header(r, err, errlen))
		return false;
	return true;
}

/* The next line into r->buf, without its end of line; false at the end. */
static bool
next_line(RecordReader *r, char *err, size_t errlen)
{
	int			c;

	ecl_text_putc(&r->buf, '\0');	/* never NULL */
	r->buf.len = 0;
	if ((c = getc(r->file)) == EOF)
	{
		if (ferror(r->file))
			snprintf(err, errlen, "%s:%d: cannot read: %s", r->label, r->line + 1,
					 strerror(errno));
		return false;
	}
	r->line++;
	r->too_long = false;
	for (; c != EOF && c != '\n'; c = getc(r->file))
		ecl_record_putc(r, c);
	if (r->buf.len > 0 && r->buf.data[r->buf.len - 1] == '\r')
		r->buf.len--;
	return true;
}

bool
ecl_records_next(RecordReader *r, Record *rec, char *err, size_t errlen)
{
	err[0] = '\0';
	if (r->format == RECORDS_CSV)
		return ecl_csv_record(r, rec, err, errlen);
	/* JSONL: blank lines are no records */
	while (next_line(r, err, errlen))
	{
		if (ecl_line_blank(r->buf.data, r->buf.len))
			continue;
		ecl_record_begin(rec, ++r->number, r->line);
		if (r->too_long)
			snprintf(rec->error, sizeof(rec->error), "longer than %d bytes", RECORD_MAX);
		else
			ecl_jsonl_record(r->buf.data, r->buf.len, rec);
		ecl_record_check(r, rec);
		return true;
	}
	return false;
}

void
ecl_records_close(RecordReader *r, Record *rec)
{
	ecl_record_begin(rec, 0, 0);
	free(rec->extra.data);
	memset(&rec->extra, 0, sizeof(rec->extra));
	if (r->file)
		fclose(r->file);
	free(r->buf.data);
	for (int k = 0; k < r->ncolumns; k++)
		free(r->column_name[k]);
	free(r->column_name);
	free(r->column_field);
	free(r->cell_start);
	free(r->cell_len);
	ecl_id_set_free(r->ids);
	memset(r, 0, sizeof(*r));
}
