/*
 * place.c
 *		Places named in the sentences: countries, regions and unions, by the
 *		names and adjectives of data/places.csv (built into the loader).
 *		The longest name wins ("Gomel region" before "Gomel"); names match
 *		as written, capitals included, and only as whole words.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "places_csv.h"			/* PLACES_CSV: data/places.csv, built in */

/* Read the next CSV line of PLACES_CSV at *p into the entry; false at the end. */
static bool
next_place(const char **p, Place *pl)
{
	const char *s = *p;
	const char *fields[3];
	size_t		lens[3];

	while (*s)
	{
		const char *eol = strchr(s, '\n');
		size_t		n = eol ? (size_t) (eol - s) : strlen(s);
		const char *f = s;
		int			k = 0;

		for (const char *c = s; c <= s + n && k < 3; c++)
			if (c == s + n || *c == ',')
			{
				fields[k] = f;
				lens[k] = (size_t) (c - f);
				k++;
				f = c + 1;
			}
		s = eol ? eol + 1 : s + n;
		if (k == 3 && lens[0] > 0 && lens[2] > 0 && strncmp(fields[0], "code", 4) != 0)
		{
			pl->code = book_strndup(fields[0], lens[0]);
			pl->kind = book_strndup(fields[1], lens[1]);
			pl->name = book_strndup(fields[2], lens[2]);
			*p = s;
			return true;
		}
	}
	*p = s;
	return false;
}

static int
longer_first(const void *a, const void *b)
{
	size_t		la = strlen(((const Place *) a)->name);
	size_t		lb = strlen(((const Place *) b)->name);

	return la < lb ? 1 : (la > lb ? -1 : strcmp(((const Place *) a)->name,
												((const Place *) b)->name));
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
	qsort(places->items, places->n, sizeof(Place), longer_first);
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

static bool
word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
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
			for (int k = 0; k < places->n; k++)
			{
				const Place *pl = &places->items[k];
				size_t		n;
				PlaceMention *pm;

				if (pl->name[0] != s[b])
					continue;
				n = strlen(pl->name);
				if (b + n > len || memcmp(s + b, pl->name, n) != 0 ||
					(b + n < len && word_char((unsigned char) s[b + n])))
					continue;
				pm = BOOK_PUSH(book, place_mentions);
				pm->sentence_ordinal = st->ordinal;
				pm->paragraph_ordinal = st->paragraph_ordinal;
				pm->char_start = st->char_start + char_at(&cursor, b) - 1;
				pm->char_end = st->char_start + char_at(&cursor, b + n) - 1;
				pm->code = pl->code;
				pm->text = pl->name;
				/* go on after the name */
				b += n - 1;
				break;
			}
		}
	}
}
