/*
 * records.c
 *		A record of a file of records: the fields it may have, how they are
 *		set and checked, and the ids seen in its file.
 */
#include "records.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "document.h"
#include "source.h"				/* ecl_utf8_valid_prefix */

const char *const ecl_record_field_names[NFIELDS] = {
	"id", "text", "date", "title", "url", "lang", "source"
};

/* --- the ids of a file: open addressing over their hashes ------------- */

struct IdSet
{
	char	  **slot;
	size_t		cap;			/* a power of two */
	size_t		n;
};

static uint64_t
hash_of(const char *s)
{
	uint64_t	h = 1469598103934665603ULL;	/* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char) *s) * 1099511628211ULL;
	return h;
}

/* Add id: false when it was there already. */
static bool
id_add(IdSet *set, const char *id)
{
	size_t		i;

	if (2 * (set->n + 1) > set->cap)
	{
		IdSet		bigger = {calloc(set->cap ? 2 * set->cap : 1024, sizeof(char *)),
		set->cap ? 2 * set->cap : 1024, 0};

		if (bigger.slot == NULL)
			abort();
		for (size_t k = 0; k < set->cap; k++)
			if (set->slot[k])
			{
				for (i = hash_of(set->slot[k]) & (bigger.cap - 1); bigger.slot[i];
					 i = (i + 1) & (bigger.cap - 1))
					;
				bigger.slot[i] = set->slot[k];
				bigger.n++;
			}
		free(set->slot);
		*set = bigger;
	}
	for (i = hash_of(id) & (set->cap - 1); set->slot[i]; i = (i + 1) & (set->cap - 1))
		if (strcmp(set->slot[i], id) == 0)
			return false;
	set->slot[i] = strdup(id);
	if (set->slot[i] == NULL)
		abort();
	set->n++;
	return true;
}

IdSet *
ecl_id_set_new(void)
{
	IdSet	   *set = calloc(1, sizeof(IdSet));

	if (set == NULL)
		abort();
	return set;
}

void
ecl_id_set_free(IdSet *set)
{
	if (set == NULL)
		return;
	for (size_t k = 0; k < set->cap; k++)
		free(set->slot[k]);
	free(set->slot);
	free(set);
}

/* --- a record ---------------------------------------------------------- */

void
ecl_record_begin(Record *rec, int number, int line)
{
	for (int k = 0; k < NFIELDS; k++)
	{
		free(rec->field[k]);
		rec->field[k] = NULL;
	}
	rec->number = number;
	rec->line = line;
	rec->text_len = 0;
	rec->date[0] = '\0';
	rec->extra.len = 0;
	rec->error[0] = '\0';
}

void
ecl_record_putc(RecordReader *r, int c)
{
	if (r->buf.len < RECORD_MAX)
		ecl_text_putc(&r->buf, (char) c);
	else
		r->too_long = true;
}

void
ecl_json_quote(Text *t, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";

	ecl_text_putc(t, '"');
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
		{
			ecl_text_putc(t, '\\');
			ecl_text_putc(t, (char) c);
		}
		else if (c < 0x20)
		{
			char		esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};

			ecl_text_append(t, esc, 6);
		}
		else
			ecl_text_putc(t, (char) c);
	}
	ecl_text_putc(t, '"');
}

void
ecl_record_set(Record *rec, const char *name, size_t name_len, const char *value, size_t n,
			   const char *json_value, size_t json_len)
{
	int			k;

	for (k = 0; k < NFIELDS; k++)
		if (strlen(ecl_record_field_names[k]) == name_len &&
			memcmp(ecl_record_field_names[k], name, name_len) == 0)
			break;
	if (k == NFIELDS)
	{
		if (json_value == NULL && ecl_utf8_valid_prefix(value, n) < n)
		{
			if (rec->error[0] == '\0')
				snprintf(rec->error, sizeof(rec->error),
						 "the field \"%.*s\" is not valid UTF-8",
						 (int) (name_len < 60 ? name_len : 60), name);
			return;
		}
		/* another field: kept as it was written (JSON), or as a string (CSV) */
		ecl_text_append(&rec->extra, rec->extra.len ? ", " : "{", rec->extra.len ? 2 : 1);
		ecl_json_quote(&rec->extra, name, name_len);
		ecl_text_append(&rec->extra, ": ", 2);
		if (json_value)
			ecl_text_append(&rec->extra, json_value, json_len);
		else
			ecl_json_quote(&rec->extra, value, n);
		return;
	}
	if (rec->error[0])
		return;
	if (rec->field[k])
		snprintf(rec->error, sizeof(rec->error), "the field \"%s\" is given twice",
				 ecl_record_field_names[k]);
	else if (value == NULL)
		return;					/* null: as if absent */
	else if (memchr(value, '\0', n))
		snprintf(rec->error, sizeof(rec->error), "the field \"%s\" holds a NUL character",
				 ecl_record_field_names[k]);
	else if (ecl_utf8_valid_prefix(value, n) < n)
		snprintf(rec->error, sizeof(rec->error), "the field \"%s\" is not valid UTF-8",
				 ecl_record_field_names[k]);
	else
	{
		rec->field[k] = ecl_book_strndup(value, n);
		if (k == FIELD_TEXT)
			rec->text_len = n;
	}
}

void
ecl_record_check(RecordReader *r, Record *rec)
{
	const char *id = rec->field[FIELD_ID],
			   *text = rec->field[FIELD_TEXT];

	if (rec->extra.len)
		ecl_text_putc(&rec->extra, '}');
	if (rec->error[0])
		return;
	if (id == NULL || id[0] == '\0')
		snprintf(rec->error, sizeof(rec->error), "no id");
	else if (text == NULL || ecl_line_blank(text, rec->text_len))
		snprintf(rec->error, sizeof(rec->error), "no text");
	else if (rec->field[FIELD_DATE] && rec->field[FIELD_DATE][0] &&
			 !ecl_document_date(rec->field[FIELD_DATE], true, rec->date))
		snprintf(rec->error, sizeof(rec->error),
				 "the date \"%.40s\" is not a date (YYYY-MM-DD, a day that exists)",
				 rec->field[FIELD_DATE]);
	else if (!id_add(r->ids, id))
		snprintf(rec->error, sizeof(rec->error),
				 "the id \"%.80s\" was given to an earlier record of the file", id);
}

