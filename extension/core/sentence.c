/*
 * sentence.c
 *		Sentences of running text.  A sentence ends at '.', '!' or '?'
 *		(with any closing quotes and brackets after it) followed by white
 *		space and a capital, a digit, a currency sign or an opening quote, except after an
 *		initial ("B.L. Zalesky"), an abbreviation ("No. 1", "e.g."), or inside
 *		a number ("$1.5 million"); and at a blank line (a title, a paragraph
 *		that ends without a point).
 */
#include <string.h>

#include "sentence.h"
#include "text.h"
#include "words.h"

/* words that a point follows without ending a sentence */
static const char *const abbreviations[] = {
	"No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Art", "Fig", "vol",
	"pp", "p", "e.g", "i.e", "cf", "approx", "Corp", "Inc", "Ltd", "Co", "Jr",
	"vs", "resp", "incl", "ca",
};

#define LONGEST_ABBREVIATION 6	/* "approx" */

static bool
closing(unsigned char c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* Does the word ending just before the point at i forbid a break there? */
static bool
no_break_after(const char *s, size_t i)
{
	size_t		w = i;

	/* a word longer than those is none of them: not read back to its start */
	while (w > 0 && i - w <= LONGEST_ABBREVIATION && !ec_is_space((unsigned char) s[w - 1]) &&
		   s[w - 1] != '(' && s[w - 1] != '"')
		w--;
	/* an initial, or initials: "B." "B.L." */
	if (i - w == 1 && ec_is_upper((unsigned char) s[w]))
		return true;
	if (i - w == 3 && ec_is_upper((unsigned char) s[w]) && s[w + 1] == '.' &&
		ec_is_upper((unsigned char) s[w + 2]))
		return true;
	for (size_t k = 0; k < sizeof(abbreviations) / sizeof(abbreviations[0]); k++)
		if (strlen(abbreviations[k]) == i - w && memcmp(s + w, abbreviations[k], i - w) == 0)
			return true;
	return false;
}

/* Where the sentence starting at start ends (exclusive), in bytes, before limit. */
static size_t
sentence_end(const char *s, size_t limit, size_t start)
{
	size_t		e = start,
				next = start;

	for (size_t i = start; i < limit; i++)
	{
		/* a blank line ends a sentence, with or without a point */
		if (s[i] == '\n' && i > start)
		{
			size_t		k = i + 1;

			while (k < limit && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
				k++;
			if (k < limit && s[k] == '\n')
				return i;
			continue;
		}
		if (s[i] != '.' && s[i] != '!' && s[i] != '?')
			continue;

		/*
		 * The points and closing marks after it, and the white space after
		 * those: each point of a run ("...") ends them at the same place,
		 * so a run is read once, not again from each of its points.
		 */
		if (i >= e)
		{
			e = i + 1;
			while (e < limit && (s[e] == '.' || closing((unsigned char) s[e])))
				e++;
			next = e;
			while (next < limit && ec_is_space((unsigned char) s[next]))
				next++;
		}
		if (e >= limit)
			return limit;
		if (!ec_is_space((unsigned char) s[e]))
			continue;			/* "1.5", "e.g." inside a word */
		if (next >= limit)
			return limit;
		if (!(ec_is_upper((unsigned char) s[next]) || ec_is_digit((unsigned char) s[next]) ||
			  s[next] == '"' || s[next] == '(' || s[next] == '$' || (unsigned char) s[next] >= 0xC2))
			continue;
		if (s[i] == '.' && no_break_after(s, i))
			continue;
		return e;
	}
	return limit;
}

bool
ec_sentence_next(const char *s, size_t len, size_t *pos, size_t *start, size_t *end)
{
	size_t		b = *pos,
				e,
				limit;

	while (b < len && ec_is_space((unsigned char) s[b]))
		b++;
	if (b >= len)
	{
		*pos = len;
		return false;
	}
	limit = len - b > EC_SENTENCE_MAX ? b + EC_SENTENCE_MAX : len;
	e = sentence_end(s, limit, b);
	if (e == limit && limit < len)
	{
		/* too long: cut at the last space, else at a character's start */
		size_t		cut = limit;

		while (cut > b && !ec_is_space((unsigned char) s[cut - 1]))
			cut--;
		if (cut == b)
		{
			/*
			 * At the start of the character that limit falls in; bytes that
			 * are no UTF-8 (no start within a character's length) are cut
			 * at limit, so that the next sentence starts a window later.
			 */
			cut = limit;
			while (cut > limit - 3 && !ec_utf8_starts((unsigned char) s[cut]))
				cut--;
			if (!ec_utf8_starts((unsigned char) s[cut]))
				cut = limit;
		}
		e = cut;
	}
	*pos = e;
	while (e > b && ec_is_space((unsigned char) s[e - 1]))
		e--;
	*start = b;
	*end = e;
	return true;
}
