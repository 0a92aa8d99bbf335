/*
 * sentence.c
 *		Sentences of the paragraphs.  A sentence ends at '.', '!' or '?'
 *		(with any closing quotes and brackets after it) followed by white
 *		space and a capital, a digit or an opening quote, except after an
 *		initial ("B.L. Zalesky"), an abbreviation ("No. 1", "e.g."), or inside
 *		a number ("$1.5 million").  Markers were taken out of the text before,
 *		so 'people"12 .' reads 'people".' here.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"

/* words that a point follows without ending a sentence */
static const char *const abbreviations[] = {
	"No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Art", "Fig", "vol",
	"pp", "p", "e.g", "i.e", "cf", "approx", "Corp", "Inc", "Ltd", "Co", "Jr",
	"vs", "resp", "incl", "ca",
};

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
	size_t		longest = 3;	/* "B.L." */

	for (size_t k = 0; k < sizeof(abbreviations) / sizeof(abbreviations[0]); k++)
		if (strlen(abbreviations[k]) > longest)
			longest = strlen(abbreviations[k]);
	/* a word longer than those is none of them: not read back to its start */
	while (w > 0 && i - w <= longest && !isspace((unsigned char) s[w - 1]) &&
		   s[w - 1] != '(' && s[w - 1] != '"')
		w--;
	/* an initial, or initials: "B." "B.L." */
	if (i - w == 1 && isupper((unsigned char) s[w]))
		return true;
	if (i - w == 3 && isupper((unsigned char) s[w]) && s[w + 1] == '.' &&
		isupper((unsigned char) s[w + 2]))
		return true;
	for (size_t k = 0; k < sizeof(abbreviations) / sizeof(abbreviations[0]); k++)
		if (strlen(abbreviations[k]) == i - w && memcmp(s + w, abbreviations[k], i - w) == 0)
			return true;
	return false;
}

/* Where the sentence starting at start ends (exclusive), in bytes. */
static size_t
sentence_end(const char *s, size_t len, size_t start)
{
	size_t		e = start,
				next = start;

	for (size_t i = start; i < len; i++)
	{
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
			while (e < len && (s[e] == '.' || closing((unsigned char) s[e])))
				e++;
			next = e;
			while (next < len && isspace((unsigned char) s[next]))
				next++;
		}
		if (e >= len)
			return len;
		if (!isspace((unsigned char) s[e]))
			continue;			/* "1.5", "e.g." inside a word */
		if (next >= len)
			return len;
		if (!(isupper((unsigned char) s[next]) || isdigit((unsigned char) s[next]) ||
			  s[next] == '"' || s[next] == '(' || (unsigned char) s[next] >= 0xC2))
			continue;
		if (s[i] == '.' && no_break_after(s, i))
			continue;
		return e;
	}
	return len;
}

void
book_split_sentences(Book *book)
{
	for (int i = 0; i < book->n_paragraphs; i++)
	{
		const Paragraph *p = &book->paragraphs[i];
		CharCursor	cursor = {p->body, 0, 0};
		size_t		start = 0;

		while (start < p->body_len)
		{
			size_t		end = sentence_end(p->body, p->body_len, start);
			size_t		trimmed = end;
			Sentence   *st;

			while (trimmed > start && isspace((unsigned char) p->body[trimmed - 1]))
				trimmed--;
			st = BOOK_PUSH(book, sentences);
			st->paragraph_ordinal = p->ordinal;
			st->ordinal = book->n_sentences;
			st->char_start = char_at(&cursor, start);
			st->char_end = char_at(&cursor, trimmed);
			st->line = p->line_numbers[paragraph_line_index(p, st->char_start)];
			st->body = book_strndup(p->body + start, trimmed - start);
			start = end;
			while (start < p->body_len && isspace((unsigned char) p->body[start]))
				start++;
		}
	}
}
