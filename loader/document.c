/*
 * document.c
 *		What a document is besides its text: its kind's name, the year it
 *		was written.
 */
#include "document.h"

#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "text.h"

const char *
ecl_document_kind_name(DocumentKind kind)
{
	switch (kind)
	{
		case DOCUMENT_BOOK:
			return "book";
		case DOCUMENT_TEXT:
			return "text";
		case DOCUMENT_RECORD:
			return "record";
	}
	return "book";
}

bool
ecl_document_date(const char *s, bool with_time, char *date)
{
	int			y,
				m,
				d;

	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !ec_is_digit((unsigned char) s[i]))
			return false;
	if (s[10] != '\0' && !(with_time && (s[10] == 'T' || s[10] == ' ')))
		return false;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 1 || !ec_date_valid(y, m, d))
		return false;
	memcpy(date, s, 10);
	date[10] = '\0';
	return true;
}

EcYearMonth
ecl_document_written(const DocumentMeta *meta)
{
	EcYearMonth at = {0, 0};

	/* published is YYYY-MM-DD, checked when it was read */
	if (meta->published[0])
	{
		at.year = atoi(meta->published);
		at.month = atoi(meta->published + 5);
	}
	return at;
}
