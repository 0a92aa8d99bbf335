/*
 * document.c
 *		What a document is besides its text: its kind's name, the year it
 *		was written.
 */
#include "document.h"

#include <stdlib.h>

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

int
ecl_document_year(const DocumentMeta *meta)
{
	return meta->published[0] ? atoi(meta->published) : 0;
}
