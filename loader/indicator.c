/*
 * indicator.c
 *		What a figure measures: the phrases of data/indicators.csv (built
 *		into the loader) that signal each indicator code of the annotation
 *		guide, and the search for the best of them in a stretch of text.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "indicators_csv.h"		/* INDICATORS_CSV: data/indicators.csv */

/* by the lower-cased first byte, and within it as in the file */
static int
by_folded_first(const void *a, const void *b)
{
	const Cue  *x = a;
	const Cue  *y = b;
	int			fx = tolower((unsigned char) x->phrase[0]);
	int			fy = tolower((unsigned char) y->phrase[0]);

	return fx != fy ? fx - fy : x->order - y->order;
}

void
indicators_load(CueList *cues)
{
	const char *p = INDICATORS_CSV;
	const char *fields[3];
	size_t		lens[3];

	memset(cues, 0, sizeof(*cues));
	while (csv_next_row(&p, "code", 3, fields, lens))
	{
		Cue		   *c;

		if (cues->n == cues->cap)
			book_grow((void **) &cues->items, &cues->cap, sizeof(Cue));
		c = &cues->items[cues->n++];
		c->code = book_strndup(fields[0], lens[0]);
		c->priority = atoi(fields[1]);
		c->stem = fields[2][lens[2] - 1] == '*';
		c->len = lens[2] - (c->stem ? 1 : 0);
		c->phrase = book_strndup(fields[2], c->len);
		c->order = cues->n - 1;
	}
	qsort(cues->items, cues->n, sizeof(Cue), by_folded_first);
	lexicon_index(cues->by_first, cues->n, cues->items, sizeof(Cue), offsetof(Cue, phrase), true);
}

void
indicators_free(CueList *cues)
{
	for (int i = 0; i < cues->n; i++)
	{
		free(cues->items[i].code);
		free(cues->items[i].phrase);
	}
	free(cues->items);
	memset(cues, 0, sizeof(*cues));
}

/* The bytes cue c matches at s[pos] (a word start), or 0. */
static size_t
cue_match(const Cue *c, const char *s, size_t pos, size_t to)
{
	size_t		end = pos + c->len;

	if (end > to || strncasecmp(s + pos, c->phrase, c->len) != 0)
		return 0;
	if (c->stem)
	{
		while (end < to && word_char((unsigned char) s[end]))
			end++;
		return end - pos;
	}
	return end < to && word_char((unsigned char) s[end]) ? 0 : c->len;
}

const Cue *
cue_find(const CueList *cues, const char *s, size_t from, size_t to, bool latest,
		 size_t *where)
{
	const Cue  *best = NULL;

	for (size_t b = from; b < to; b++)
	{
		const Cue  *here = NULL;
		size_t		here_len = 0;
		int			first = tolower((unsigned char) s[b]);

		if (b > 0 && word_char((unsigned char) s[b - 1]))
			continue;
		/* the longest phrase at a word start: "exports of services", not "export*" */
		for (int k = cues->by_first[first]; k < cues->by_first[first + 1]; k++)
		{
			size_t		n = cue_match(&cues->items[k], s, b, to);

			if (n > here_len)
				here = &cues->items[k], here_len = n;
		}
		if (here == NULL)
			continue;
		if (best == NULL || here->priority > best->priority ||
			(here->priority == best->priority && latest))
		{
			best = here;
			*where = b;
		}
		b += here_len - 1;
	}
	return best;
}
