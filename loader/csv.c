/*
 * csv.c
 *		Records of a CSV file (RFC 4180): a header row naming the fields,
 *		then one record a row; fields separated by commas, quoted with
 *		double quotes ("" for a quote), which may hold commas and line
 *		ends.  CRLF ends a row as LF does.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "records.h"

static void
add_cell(RecordReader *r, size_t start)
{
	if (r->ncells == r->cap_cells)
	{
		int			cap = r->cap_cells;

		ecl_book_grow((void **) &r->cell_start, &cap, sizeof(size_t));
		ecl_book_grow((void **) &r->cell_len, &r->cap_cells, sizeof(size_t));
	}
	r->cell_start[r->ncells] = start;
	r->cell_len[r->ncells] = r->buf.len - start;
	r->ncells++;
}

/*
 * One row into r->buf and its cells: false at the end of the file.  A
 * fault of the row (a quote in an unquoted field, one never closed) goes
 * to fault; the row is read to its end all the same.
 */
static bool
read_row(RecordReader *r, char *fault, size_t faultlen, char *err, size_t errlen)
{
	int			c = getc(r->file);
	size_t		start = 0;

	ecl_text_putc(&r->buf, '\0');	/* never NULL */
	r->buf.len = 0;
	r->ncells = 0;
	r->too_long = false;
	fault[0] = '\0';
	if (c == EOF)
	{
		if (ferror(r->file))
			snprintf(err, errlen, "%s:%d: cannot read: %s", r->label, r->line + 1, strerror(errno));
		return false;
	}
	r->line++;
	for (;;)
	{
		if (c == '"')
		{
			int			line = r->line;

			/* a quoted field: up to the quote that is not doubled */
			for (;;)
			{
				c = getc(r->file);
				if (c == EOF)
				{
					snprintf(fault, faultlen, "the quoted field opened on line %d is never closed", line);
					add_cell(r, start);
					return true;
				}
				if (c == '"')
				{
					if ((c = getc(r->file)) != '"')
						break;
				}
				else if (c == '\n')
					r->line++;
				ecl_record_putc(r, c);
			}
			if (c == '\r')
				c = getc(r->file);
			if (c != ',' && c != '\n' && c != EOF && fault[0] == '\0')
				snprintf(fault, faultlen, "text after the closing quote of field %d", r->ncells + 1);
		}
		/* an unquoted field, or what follows a faulty quoted one */
		while (c != ',' && c != '\n' && c != EOF)
		{
			if (c == '"' && fault[0] == '\0')
				snprintf(fault, faultlen, "a quote inside unquoted field %d", r->ncells + 1);
			ecl_record_putc(r, c);
			c = getc(r->file);
		}
		if (c != ',' && r->buf.len > start && r->buf.data[r->buf.len - 1] == '\r')
			r->buf.len--;
		add_cell(r, start);
		if (c != ',')
			return true;
		start = r->buf.len;
		c = getc(r->file);
	}
}

/* a row of one empty cell: a blank line, no record */
static bool
blank_row(const RecordReader *r)
{
	return r->ncells == 1 && ecl_line_blank(r->buf.data, r->cell_len[0]);
}

bool
ecl_csv_header(RecordReader *r, char *err, size_t errlen)
{
	char		fault[200];
	bool		has[NFIELDS] = {false};

	do
	{
		if (!read_row(r, fault, sizeof(fault), err, errlen))
		{
			if (err[0] == '\0')
				snprintf(err, errlen, "%s: is empty: no header row", r->label);
			return false;
		}
	} while (blank_row(r));
	if (fault[0])
	{
		snprintf(err, errlen, "%s:%d: the header row: %s", r->label, r->line, fault);
		return false;
	}
	r->ncolumns = r->ncells;
	r->column_field = malloc(sizeof(int) * r->ncolumns);
	r->column_name = calloc(r->ncolumns, sizeof(char *));
	if (r->column_field == NULL || r->column_name == NULL)
		abort();
	for (int k = 0; k < r->ncolumns; k++)
	{
		const char *s = r->buf.data + r->cell_start[k];
		size_t		n = r->cell_len[k];

		ecl_line_trim(&s, &n);
		r->column_name[k] = ecl_book_strndup(s, n);
		r->column_field[k] = -1;
		for (int f = 0; f < NFIELDS; f++)
			if (strcmp(r->column_name[k], ecl_record_field_names[f]) == 0)
				r->column_field[k] = f;
		for (int e = 0; e < k; e++)
			if (strcmp(r->column_name[e], r->column_name[k]) == 0)
			{
				snprintf(err, errlen, "%s:%d: the header names the column \"%.60s\" twice",
						 r->label, r->line, r->column_name[k]);
				return false;
			}
		if (r->column_field[k] >= 0)
			has[r->column_field[k]] = true;
	}
	if (!has[FIELD_ID] || !has[FIELD_TEXT])
	{
		snprintf(err, errlen, "%s:%d: the header row names no \"%s\" column "
				 "(a CSV file of documents has the columns id and text, "
				 "and may have date, title, url, lang, source and others)",
				 r->label, r->line, has[FIELD_ID] ? "text" : "id");
		return false;
	}
	return true;
}

bool
ecl_csv_record(RecordReader *r, Record *rec, char *err, size_t errlen)
{
	char		fault[200];
	int			line;

	do
	{
		line = r->line + 1;
		if (!read_row(r, fault, sizeof(fault), err, errlen))
			return false;
	} while (blank_row(r) && fault[0] == '\0');
	ecl_record_begin(rec, ++r->number, line);
	if (r->too_long)
		snprintf(rec->error, sizeof(rec->error), "longer than %d bytes", RECORD_MAX);
	else if (fault[0])
		snprintf(rec->error, sizeof(rec->error), "%s", fault);
	else if (r->ncells != r->ncolumns)
		snprintf(rec->error, sizeof(rec->error), "%d fields where the header has %d",
				 r->ncells, r->ncolumns);
	else
		for (int k = 0; k < r->ncolumns; k++)
		{
			const char *s = r->buf.data + r->cell_start[k];
			size_t		n = r->cell_len[k];

			/* an empty cell is a field not given */
			if (n == 0)
				continue;
			ecl_record_set(rec, r->column_name[k], strlen(r->column_name[k]), s, n, NULL, 0);
		}
	ecl_record_check(r, rec);
	return true;
}
