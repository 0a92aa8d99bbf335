/*
 * words.c
 *		Reading English around a figure: words at a position, the word before
 *		and after, qualifiers to skip ("by almost another"), phrases, and
 *		spans that roll back from the time of writing ("the past five years").
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include <string.h>

#include "text.h"
#include "words.h"

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

/*
 * Is s[pos] inside a word (so no word of a list starts there)?  Loops over
 * a stretch ask this before trying each word of their list at pos.
 */
static inline bool
in_word(const char *s, size_t pos)
{
	return pos > 0 && ec_word_char((unsigned char) s[pos - 1]);
}

bool
ec_same_folded(const char *s, const char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ec_lower((unsigned char) s[i]) != ec_lower((unsigned char) t[i]))
			return false;
	return true;
}

long
ec_find(const char *s, size_t n, const char *needle)
{
	const char *hit = memmem(s, n, needle, strlen(needle));

	return hit ? (long) (hit - s) : -1;
}

bool
ec_word_at(const char *s, size_t pos, size_t to, const char *w)
{
	size_t		n;
	bool		stem;

	/* the cheap refusals first: callers try every position of a stretch */
	if (pos >= to || (pos > 0 && ec_word_char((unsigned char) s[pos - 1])) ||
		ec_lower((unsigned char) s[pos]) != ec_lower((unsigned char) w[0]))
		return false;
	n = strlen(w);
	stem = n > 0 && w[n - 1] == '*';
	if (stem)
		n--;
	if (pos + n > to || !ec_same_folded(s + pos, w, n))
		return false;
	return stem || pos + n == to || !ec_word_char((unsigned char) s[pos + n]);
}

/* Is one of the words in s[from, to)? */
bool
ec_any_word(const char *s, size_t from, size_t to, const char *const *words)
{
	for (size_t b = from; b < to; b++)
	{
		if (in_word(s, b))
			continue;
		for (int k = 0; words[k]; k++)
			if (ec_word_at(s, b, to, words[k]))
				return true;
	}
	return false;
}

/*
 * The start of the word before pos (skipping spaces and punctuation), or
 * pos.  A run of word characters longer than EC_WORD_MAX is no word.
 */
size_t
ec_word_before(const char *s, size_t from, size_t pos)
{
	size_t		b = pos;
	size_t		end;

	while (b > from && !ec_word_char((unsigned char) s[b - 1]))
		b--;
	if (b == from)
		return pos;
	end = b;
	while (b > from && ec_word_char((unsigned char) s[b - 1]))
		if (end - --b > EC_WORD_MAX)
			return pos;
	return b;
}

/*
 * The start of the word after pos, or to.  When pos is inside a run of word
 * characters reaching more than EC_WORD_MAX beyond it, no word follows.
 */
size_t
ec_word_after(const char *s, size_t pos, size_t to)
{
	size_t		b = pos;

	while (b < to && ec_word_char((unsigned char) s[b]))
		if (++b - pos > EC_WORD_MAX)
			return to;
	while (b < to && !ec_word_char((unsigned char) s[b]))
		b++;
	return b;
}

/*
 * Skip qualifier words backwards from pos ("by almost", "by at least
 * another", "by up to"); the start of the first other word.
 */
size_t
ec_skip_fillers_back(const char *s, size_t from, size_t pos)
{
	for (;;)
	{
		size_t		w = ec_word_before(s, from, pos);
		bool		filler = false;

		if (w == pos)
			return pos;
		/* "up to" is a qualifier; "to" alone and "up" alone are not */
		if (ec_word_at(s, w, pos, "to") && ec_word_before(s, from, w) < w &&
			ec_word_at(s, ec_word_before(s, from, w), w, "up"))
		{
			pos = ec_word_before(s, from, w);
			continue;
		}
		for (int k = 0; filler_words[k] && !filler; k++)
			filler = ec_word_at(s, w, pos, filler_words[k]);
		if (!filler)
			return w;
		pos = w;
	}
}

/* Is the first word at or after pos one of words? */
bool
ec_next_word_in(const char *s, size_t pos, size_t to, const char *const *words)
{
	while (pos < to && !ec_word_char((unsigned char) s[pos]))
		pos++;
	for (int k = 0; words[k]; k++)
		if (pos < to && ec_word_at(s, pos, to, words[k]))
			return true;
	return false;
}

/* "past" or "last" with a count after it: a span rolling back from now */
bool
ec_rolling_span(const char *s, size_t from, size_t to)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; rolling_words[k] && !in_word(s, b); k++)
			if (ec_word_at(s, b, to, rolling_words[k]))
			{
				size_t		next = ec_word_after(s, b, to);

				if (next < to && (ec_is_digit((unsigned char) s[next]) ||
								  ec_next_word_in(s, next, to, count_words)))
					return true;
			}
	return false;
}

/* Does one of the phrases stand in s[from, to)? */
bool
ec_any_phrase(const char *s, size_t from, size_t to, const char *const *phrases)
{
	/* case-blind, whole words: "As a whole", not "as a wholesale" */
	for (size_t p = from; p < to; p++)
	{
		if (!ec_word_char((unsigned char) s[p]) || (p > 0 && ec_word_char((unsigned char) s[p - 1])))
			continue;
		for (int k = 0; phrases[k]; k++)
		{
			size_t		n;

			if (ec_lower((unsigned char) s[p]) != ec_lower((unsigned char) phrases[k][0]))
				continue;
			n = strlen(phrases[k]);
			if (p + n <= to && ec_same_folded(s + p, phrases[k], n) &&
				(p + n == to || !ec_word_char((unsigned char) s[p + n])))
				return true;
		}
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
 * ec_first_word_of(s, from, pos, words), knowing first = ec_first_word_of(s, from,
 * to, words) for a stretch [from, to) that holds pos: a word ending more
 * than the longest word's length before pos reads the same whether the
 * stretch ends at pos or at to, so only the bytes just before pos are read
 * again.  Callers asking for each of many positions stay linear.
 */
size_t
ec_first_word_before(const char *s, size_t from, size_t pos, size_t first,
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
		for (int k = 0; words[k] && !in_word(s, b); k++)
			if (ec_word_at(s, b, pos, words[k]))
				return b;
	return pos;
}

/* Where the first target word of s[from, to) starts, or to. */
size_t
ec_first_word_of(const char *s, size_t from, size_t to, const char *const *words)
{
	for (size_t b = from; b < to; b++)
		for (int k = 0; words[k] && !in_word(s, b); k++)
			if (ec_word_at(s, b, to, words[k]))
				return b;
	return to;
}
