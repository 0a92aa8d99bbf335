/*
 * records_fuzz.c
 *		libFuzzer harness for the loader's reading of a file of records: the
 *		first byte chooses JSONL or CSV, the rest is the file.  Each record
 *		read must be bad with a reason, or good with an id, a text of valid
 *		UTF-8 and a date that is empty or YYYY-MM-DD; a good record's text is
 *		then read as the loader reads it, down to its facts.  Built and run
 *		by `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plain.h"
#include "records.h"
#include "source.h"

static char path[64];

static void
remove_file(void)
{
	unlink(path);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	RecordReader r;
	Record		rec = {0};
	char		err[2048];
	FILE	   *f;

	if (size == 0)
		return 0;
	if (path[0] == '\0')
	{
		snprintf(path, sizeof(path), "/tmp/records_fuzz.%d", (int) getpid());
		atexit(remove_file);
	}
	if ((f = fopen(path, "wb")) == NULL || fwrite(data + 1, 1, size - 1, f) != size - 1)
		abort();
	fclose(f);
	if (ecl_records_open(&r, path, "fuzz", data[0] & 1 ? RECORDS_CSV : RECORDS_JSONL, err,
						 sizeof(err)))
	{
		while (ecl_records_next(&r, &rec, err, sizeof(err)))
		{
			Source		src = {0};
			Book		book;

			if (rec.error[0])
				continue;
			if (rec.field[FIELD_ID] == NULL || rec.field[FIELD_TEXT] == NULL ||
				ecl_utf8_valid_prefix(rec.field[FIELD_TEXT], rec.text_len) != rec.text_len ||
				(rec.date[0] && strlen(rec.date) != 10))
				abort();
			if (ecl_source_from_text("fuzz", rec.field[FIELD_TEXT], rec.text_len, &src, err,
									 sizeof(err)) == 0)
			{
				ecl_plain_parse(&src, &book, false);
				ecl_book_read_paragraphs(&book);
				ecl_book_free(&book);
			}
			ecl_source_free(&src);
		}
	}
	ecl_records_close(&r, &rec);
	return 0;
}
