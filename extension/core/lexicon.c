/*
 * lexicon.c
 *		Finding the names of places and the indicator phrases of data/ in
 *		text, from the tables lexicon_gen writes at build time.
 */
#include <string.h>

#include "lexicon.h"

#include "lexicon_data.h"		/* place_names, place_by_first, cues, cue_by_first */
#include "text.h"
#include "words.h"

/* U+2019 at s[pos], as in "Kazakhstan’s": it ends a name as "'" does */
static bool
curly_apostrophe(const char *s, size_t pos, size_t to)
{
	return pos + 3 <= to && memcmp(s + pos, "\xE2\x80\x99", 3) == 0;
}

const EcPlaceName *
ec_place_at(const char *s, size_t pos, size_t to)
{
	unsigned char first;

	if (pos >= to || (pos > 0 && ec_word_char((unsigned char) s[pos - 1])))
		return NULL;
	first = (unsigned char) s[pos];
	/* the longer first: "Gomel region" before "Gomel" */
	for (int k = place_by_first[first]; k < place_by_first[first + 1]; k++)
	{
		const EcPlaceName *pl = &place_names[k];
		size_t		n = pl->len;

		/* as written, but "Minsk Region" is "Minsk region" */
		if (pos + n > to || !ec_same_folded(s + pos + 1, pl->name + 1, n - 1) ||
			(pos + n < to && ec_word_char((unsigned char) s[pos + n]) &&
			 !curly_apostrophe(s, pos + n, to)))
			continue;
		return pl;
	}
	return NULL;
}

int
ec_place_count(void)
{
	return (int) (sizeof(place_names) / sizeof(place_names[0]));
}

const EcPlaceName *
ec_place_name(int i)
{
	return i >= 0 && i < ec_place_count() ? &place_names[i] : NULL;
}

/* The bytes cue c matches at s[pos] (a word start), or 0. */
static size_t
cue_match(const EcCue *c, const char *s, size_t pos, size_t to)
{
	size_t		end = pos + c->len;

	if (end > to || !ec_same_folded(s + pos, c->phrase, c->len))
		return 0;
	if (c->stem)
	{
		while (end < to && ec_word_char((unsigned char) s[end]))
			end++;
		return end - pos;
	}
	return end < to && ec_word_char((unsigned char) s[end]) ? 0 : c->len;
}

const EcCue *
ec_cue_find(const char *s, size_t from, size_t to, bool latest, size_t *where)
{
	const EcCue *best = NULL;

	for (size_t b = from; b < to; b++)
	{
		const EcCue *here = NULL;
		size_t		here_len = 0;
		int			first = ec_lower((unsigned char) s[b]);

		if (b > 0 && ec_word_char((unsigned char) s[b - 1]))
			continue;
		/* the longest phrase at a word start: "exports of services", not "export*" */
		for (int k = cue_by_first[first]; k < cue_by_first[first + 1]; k++)
		{
			size_t		n = cue_match(&cues[k], s, b, to);

			if (n > here_len)
				here = &cues[k], here_len = n;
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
