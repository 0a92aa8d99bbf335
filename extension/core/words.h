/*
 * words.h
 *		Reading English around a figure, for the fact finder: words at a
 *		position, the word before and after, qualifiers to skip, phrases.
 *		Case-blind in ASCII (independent of the locale); a word ending in
 *		'*' in a list is a stem.  Positions are bytes of s; a stretch is
 *		[from, to).
 */
#ifndef EC_WORDS_H
#define EC_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* A letter or digit of a word, any non-ASCII byte included. */
static inline bool
ec_word_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/*
 * No word a list holds is longer.  A longer run of word characters (a URL,
 * a hash, bytes damaged into one token) is not read as a word: walking over
 * it again for each figure inside it would cost its length each time.
 */
#define EC_WORD_MAX 64

/* Do s[0, n) and t[0, n) hold the same ASCII letters, case aside? */
extern bool ec_same_folded(const char *s, const char *t, size_t n);

/* Find needle in s[0, n), exactly; its offset, or -1. */
extern long ec_find(const char *s, size_t n, const char *needle);

/* Does s[pos] start a word equal to w (a stem when w ends in '*')? */
extern bool ec_word_at(const char *s, size_t pos, size_t to, const char *w);

/* Is one of the words (a NULL-ended list) in s[from, to)? */
extern bool ec_any_word(const char *s, size_t from, size_t to, const char *const *words);

/*
 * The start of the word before pos (skipping spaces and punctuation), or
 * pos; the start of the word after pos, or to.  Neither reads a run of word
 * characters longer than EC_WORD_MAX as a word.
 */
extern size_t ec_word_before(const char *s, size_t from, size_t pos);
extern size_t ec_word_after(const char *s, size_t pos, size_t to);

/*
 * Skip qualifier words backwards from pos ("by almost", "by at least
 * another", "by up to"); the start of the first other word.
 */
extern size_t ec_skip_fillers_back(const char *s, size_t from, size_t pos);

/* Is the first word at or after pos one of words? */
extern bool ec_next_word_in(const char *s, size_t pos, size_t to, const char *const *words);

/* "past" or "last" with a count after it: a span rolling back from now */
extern bool ec_rolling_span(const char *s, size_t from, size_t to);

/* Does one of the phrases stand in s[from, to), as whole words, case aside? */
extern bool ec_any_phrase(const char *s, size_t from, size_t to, const char *const *phrases);

/* Where the first of words in s[from, to) starts, or to. */
extern size_t ec_first_word_of(const char *s, size_t from, size_t to, const char *const *words);

/*
 * ec_first_word_of(s, from, pos, words), knowing first =
 * ec_first_word_of(s, from, to, words) for a stretch holding pos: linear
 * for callers asking at many positions.
 */
extern size_t ec_first_word_before(const char *s, size_t from, size_t pos, size_t first,
								   const char *const *words);

#endif							/* EC_WORDS_H */
