/*
 * place.c
 *		Places named in the sentences: countries, regions and unions, by the
 *		names and adjectives of data/places.csv (built into the loader).
 *		The longest name wins ("Gomel region" before "Gomel"); names match
 *		as written from their capital on ("Minsk Region" is "Minsk region"),
 *		and only as whole words.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "book_int.h"
#include "places_csv.h"			/* PLACES_CSV: data/places.csv, built in */

/*
 * Read the next data row of a built-in CSV text (no quoting: the lexicons
 * need none) at *p: nfields fields, the first non-empty; the header row,
 * whose first field is `header`, and short rows are skipped.
 */
bool
csv_next_row(const char **p, const char *header, int nfields, const char **fields,
			 size_t *lens)
{
	const char *s = *p;

	while (*s)
	{
		const char *eol = strchr(s, '\n');
		size_t		n = eol ? (size_t) (eol - s) : strlen(s);
		const char *f = s;
		int			k = 0;

		for (const char *c = s; c <= s + n && k < nfields; c++)
			if (c == s + n || *c == ',')
			{
				fields[k] = f;
				lens[k] = (size_t) (c - f);
				k++;
				f = c + 1;
			}
		s = eol ? eol + 1 : s + n;
		if (k == nfields && lens[0] > 0 && lens[nfields - 1] > 0 &&
			!(lens[0] == strlen(header) && memcmp(fields[0], header, lens[0]) == 0))
		{
			*p = s;
			return true;
		}
	}
	*p = s;
	return false;
}

void
lexicon_index(int *by_first, int n, const void *items, size_t elem, size_t name_offset,
			  bool fold)
{
	int			k = 0;

	for (int c = 0; c < 256; c++)
	{
		by_first[c] = k;
		while (k < n)
		{
			const char *name = *(char *const *) ((const char *) items + k * elem + name_offset);
			unsigned char first = (unsigned char) name[0];

			if ((fold ? (unsigned char) tolower(first) : first) != c)
				break;
			k++;
		}
	}
	by_first[256] = n;
}

/* Read the next row of PLACES_CSV at *p into the entry; false at the end. */
static bool
next_place(const char **p, Place *pl)
{
	const char *fields[3];
	size_t		lens[3];

	if (!csv_next_row(p, "code", 3, fields, lens))
		return false;
	pl->code = book_strndup(fields[0], lens[0]);
	pl->kind = book_strndup(fields[1], lens[1]);
	pl->name = book_strndup(fields[2], lens[2]);
	pl->len = lens[2];
	return true;
}

static int
by_first_then_longer(const void *a, const void *b)
{
	const Place *x = a;
	const Place *y = b;
	unsigned char fx = (unsigned char) x->name[0];
	unsigned char fy = (unsigned char) y->name[0];

	if (fx != fy)
		return fx < fy ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return strcmp(x->name, y->name);
}

void
places_load(PlaceList *places)
{
	const char *p = PLACES_CSV;
	Place		pl;

	memset(places, 0, sizeof(*places));
	while (next_place(&p, &pl))
	{
		if (places->n == places->cap)
			book_grow((void **) &places->items, &places->cap, sizeof(Place));
		places->items[places->n++] = pl;
	}
	qsort(places->items, places->n, sizeof(Place), by_first_then_longer);
	lexicon_index(places->by_first, places->n, places->items, sizeof(Place),
							 offsetof(Place, name), false);
}

void
places_free(PlaceList *places)
{
	for (int i = 0; i < places->n; i++)
	{
		free(places->items[i].code);
		free(places->items[i].kind);
		free(places->items[i].name);
	}
	free(places->items);
	memset(places, 0, sizeof(*places));
}

void
book_find_places(Book *book, const PlaceList *places)
{
	for (int i = 0; i < book->n_sentences; i++)
	{
		const Sentence *st = &book->sentences[i];
		const char *s = st->body;
		size_t		len = strlen(s);
		CharCursor	cursor = {s, 0, 0};

		for (size_t b = 0; b < len; b++)
		{
			if (b > 0 && word_char((unsigned char) s[b - 1]))
				continue;
			unsigned char first = (unsigned char) s[b];

			for (int k = places->by_first[first]; k < places->by_first[first + 1]; k++)
			{
				const Place *pl = &places->items[k];
				size_t		n = pl->len;
				PlaceMention *pm;

				/* as written, but "Minsk Region" is "Minsk region" */
				if (b + n > len || strncasecmp(s + b + 1, pl->name + 1, n - 1) != 0 ||
					(b + n < len && word_char((unsigned char) s[b + n])))
					continue;
				pm = BOOK_PUSH(book, place_mentions);
				pm->sentence_ordinal = st->ordinal;
				pm->paragraph_ordinal = st->paragraph_ordinal;
				pm->char_start = st->char_start + char_at(&cursor, b) - 1;
				pm->char_end = st->char_start + char_at(&cursor, b + n) - 1;
				pm->code = pl->code;
				pm->kind = pl->kind;
				pm->text = book_strndup(s + b, n);	/* "Minsk Region" */
				/* go on after the name */
				b += n - 1;
				break;
			}
		}
	}
}
