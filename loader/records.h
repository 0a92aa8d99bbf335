/*
 * records.h
 *		Files of many documents: JSONL (one JSON object a line) and CSV
 *		(RFC 4180, a header row naming the fields), read one record at a
 *		time so that memory does not grow with the file.  A record has the
 *		fields id and text (required), date, title, url, lang and source;
 *		other fields are kept as a JSON object.  A bad record (no id, no
 *		text, an impossible date, an id seen before in the file, text that
 *		is not UTF-8) is returned with the reason, and reading goes on.
 */
#ifndef ECL_RECORDS_H
#define ECL_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "book_int.h"			/* Text */

/* a record is a news item or a report: beyond this, its bytes are not kept */
#define RECORD_MAX (16 * 1024 * 1024)

typedef enum RecordFormat
{
	RECORDS_JSONL,
	RECORDS_CSV
} RecordFormat;

/* The fields a record may have, in the order of Record.field. */
typedef enum RecordField
{
	FIELD_ID,
	FIELD_TEXT,
	FIELD_DATE,
	FIELD_TITLE,
	FIELD_URL,
	FIELD_LANG,
	FIELD_SOURCE,
	NFIELDS
} RecordField;

typedef struct Record
{
	int			number;			/* from 1, in the file */
	int			line;			/* where it starts in the file */
	char	   *field[NFIELDS]; /* NUL-terminated UTF-8, or NULL when absent */
	size_t		text_len;
	char		date[11];		/* the date's YYYY-MM-DD, or "" */
	Text		extra;			/* "{...}" of the other fields, or empty */
	char		error[300];		/* why the record is bad; "" when good */
} Record;

typedef struct IdSet IdSet;

typedef struct RecordReader
{
	FILE	   *file;
	const char *label;			/* the file as messages name it */
	RecordFormat format;
	int			line;			/* lines read so far */
	int			number;			/* records read so far */
	Text		buf;			/* the line or record being read */
	bool		too_long;		/* it was longer than RECORD_MAX: the rest not kept */
	/* CSV: the header's field of each column, -1 for another one */
	int		   *column_field;
	char	  **column_name;
	int			ncolumns;
	/* CSV: the cells of the row being read, as bounds in buf */
	size_t	   *cell_start;
	size_t	   *cell_len;
	int			ncells;
	int			cap_cells;
	IdSet	   *ids;			/* the ids of the file so far */
} RecordReader;

extern const char *const ecl_record_field_names[NFIELDS];

/*
 * Open path; false with a message in err when it cannot be read or (CSV)
 * its header names no id or text column.
 */
extern bool ecl_records_open(RecordReader *r, const char *path, const char *label,
							 RecordFormat format, char *err, size_t errlen);

/*
 * The next record into rec (its fields freed by the next call or by
 * ecl_records_close): false at the end of the file, or on a read error
 * (err non-empty).
 */
extern bool ecl_records_next(RecordReader *r, Record *rec, char *err, size_t errlen);

extern void ecl_records_close(RecordReader *r, Record *rec);

/* --- what the two formats share (records.c) -------------------------- */

extern IdSet *ecl_id_set_new(void);
extern void ecl_id_set_free(IdSet *set);

/* Reset rec for record number at line. */
extern void ecl_record_begin(Record *rec, int number, int line);

/* Set field name of rec to value[0, n) (UTF-8, no NUL): a known field, or one for extra. */
extern void ecl_record_set(Record *rec, const char *name, size_t name_len,
						   const char *value, size_t n, const char *json_value,
						   size_t json_len);

/*
 * Finish rec once all its fields are set: close its extra object, then check
 * it (required fields, the date, an id new in the file).
 */
extern void ecl_record_check(RecordReader *r, Record *rec);

/* Add byte c to the record being read, up to RECORD_MAX. */
extern void ecl_record_putc(RecordReader *r, int c);

/* Append s[0, n) to t as a JSON string. */
extern void ecl_json_quote(Text *t, const char *s, size_t n);

/* --- JSONL (jsonl.c), CSV (csv.c) ------------------------------------- */

/* Read the JSON object in line[0, n) into rec (rec->error on a fault). */
extern void ecl_jsonl_record(const char *line, size_t n, Record *rec);

/* Read the header row; false with a message in err. */
extern bool ecl_csv_header(RecordReader *r, char *err, size_t errlen);

/* Read the next CSV record into rec; false at the end of the file. */
extern bool ecl_csv_record(RecordReader *r, Record *rec, char *err, size_t errlen);

#endif							/* ECL_RECORDS_H */
