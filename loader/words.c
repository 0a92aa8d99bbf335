/*
 * words.c
 *		Reading English around a figure: words at a position, the word before
 *		and after, qualifiers to skip ("by almost another"), phrases, and
 *		spans that roll back from the time of writing ("the past five years").
 *		Case-blind; a word ending in '*' in a list is a stem.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "fact_int.h"

/* qualifiers between a verb and its figure: "by almost", "by at least another" */
static const char *const filler_words[] = {
	"almost", "about", "around", "nearly", "approximately", "roughly", "some",
	"another", "further", "a", "an", "the", "over", "just", "only", "even",
	"more", "less", "than", "at", "least", "most", "slightly", "still", NULL
};

/* spans that roll back from the time of writing: "over the past five years" */
static const char *const rolling_words[] = {
	"past", "last", NULL
};
static const char *const count_words[] = {
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"few", "several", "decade", "decades", NULL
};

/* Does s[pos] start a word equal to w (case-blind; w ending in '*': a stem)? */
bool
word_at(const char *s, size_t pos, size_t to, const char *w)
{
	size_t		n;
	bool		stem;

	/* the cheap refusals first: callers try every position of a stretch */
	if (pos >= to || (pos > 0 && word_char((unsigned char) s[pos - 1])) ||
		tolower((unsigned char) s[pos]) != tolower((unsigned char) w[0]))
		return false;
	n = strlen(w);
	stem = n > 0 && w[n - 1] == '*';
	if (stem)
		n--;
	if (pos + n > to || strncasecmp(s + pos, w, n) != 0)
		return false;
	return stem || pos + n == to || !word_char((unsigned char) s[pos + n]);
}

/* Is one of the words in s[from, to)? */
bool
any_word(const char *s, size_t from, size_t to, const char *const *words)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; words[k]; k++)
			if (word_at(s, b, to, words[k]))
				return true;
	return false;
}

/* The start of the word before pos (skipping spaces and punctuation), or pos. */
size_t
word_before(const char *s, size_t from, size_t pos)
{
	size_t		b = pos;

	while (b > from && !word_char((unsigned char) s[b - 1]))
		b--;
	if (b == from)
		return pos;
	while (b > from && word_char((unsigned char) s[b - 1]))
		b--;
	return b;
}

/* The start of the word after pos, or to. */
size_t
word_after(const char *s, size_t pos, size_t to)
{
	size_t		b = pos;

	while (b < to && word_char((unsigned char) s[b]))
		b++;
	while (b < to && !word_char((unsigned char) s[b]))
		b++;
	return b;
}

/*
 * Skip qualifier words backwards from pos ("by almost", "by at least
 * another", "by up to"); the start of the first other word.
 */
size_t
skip_fillers_back(const char *s, size_t from, size_t pos)
{
	for (;;)
	{
		size_t		w = word_before(s, from, pos);
		bool		filler = false;

		if (w == pos)
			return pos;
		/* "up to" is a qualifier; "to" alone and "up" alone are not */
		if (word_at(s, w, pos, "to") && word_before(s, from, w) < w &&
			word_at(s, word_before(s, from, w), w, "up"))
		{
			pos = word_before(s, from, w);
			continue;
		}
		for (int k = 0; filler_words[k] && !filler; k++)
			filler = word_at(s, w, pos, filler_words[k]);
		if (!filler)
			return w;
		pos = w;
	}
}

/* Is the first word at or after pos one of words? */
bool
next_word_in(const char *s, size_t pos, size_t to, const char *const *words)
{
	while (pos < to && !word_char((unsigned char) s[pos]))
		pos++;
	for (int k = 0; words[k]; k++)
		if (pos < to && word_at(s, pos, to, words[k]))
			return true;
	return false;
}

/* "past" or "last" with a count after it: a span rolling back from now */
bool
rolling_span(const char *s, size_t from, size_t to)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; rolling_words[k]; k++)
			if (word_at(s, b, to, rolling_words[k]))
			{
				size_t		next = word_after(s, b, to);

				if (next < to && (isdigit((unsigned char) s[next]) ||
								  any_word(s, next, word_after(s, next, to), count_words)))
					return true;
			}
	return false;
}

/* Does one of the phrases stand in s[from, to)? */
bool
any_phrase(const char *s, size_t from, size_t to, const char *const *phrases)
{
	for (int k = 0; phrases[k]; k++)
	{
		long		at = book_find(s + from, to - from, phrases[k]);

		if (at >= 0 && (from + at == 0 || !word_char((unsigned char) s[from + at - 1])))
			return true;
	}
	return false;
}

/* The length of the longest of words, a stem's '*' not counted. */
static size_t
longest_word(const char *const *words)
{
	size_t		longest = 0;

	for (int k = 0; words[k]; k++)
	{
		size_t		n = strlen(words[k]);

		if (n > 0 && words[k][n - 1] == '*')
			n--;
		if (n > longest)
			longest = n;
	}
	return longest;
}

/*
 * first_word_of(s, from, pos, words), knowing first = first_word_of(s, from,
 * to, words) for a stretch [from, to) that holds pos: a word ending more
 * than the longest word's length before pos reads the same whether the
 * stretch ends at pos or at to, so only the bytes just before pos are read
 * again.  Callers asking for each of many positions stay linear.
 */
size_t
first_word_before(const char *s, size_t from, size_t pos, size_t first,
				  const char *const *words)
{
	size_t		longest = longest_word(words);
	size_t		b = from;

	if (pos > from + longest)
	{
		if (first < pos - longest)
			return first;
		b = pos - longest;
	}
	for (; b < pos; b++)
		for (int k = 0; words[k]; k++)
			if (word_at(s, b, pos, words[k]))
				return b;
	return pos;
}

/* Where the first target word of s[from, to) starts, or to. */
size_t
first_word_of(const char *s, size_t from, size_t to, const char *const *words)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; words[k]; k++)
			if (word_at(s, b, to, words[k]))
				return b;
	return to;
}
