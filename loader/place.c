/*
 * place.c
 *		Places named in the sentences: countries, regions and unions, by the
 *		names and adjectives of data/places.csv (built into the loader).
 *		The longest name wins ("Gomel region" before "Gomel"); names match
 *		as written from their capital on ("Minsk Region" is "Minsk region"),
 *		and only as whole words.
 */
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
	return true;
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
