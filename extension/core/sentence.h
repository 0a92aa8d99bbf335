/*
 * sentence.h
 *		Splitting running text into sentences.
 */
#ifndef EC_SENTENCE_H
#define EC_SENTENCE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * No sentence is longer than this many bytes: a run without an end is cut
 * at the last space before it (text is never that, but the fact finder
 * holds a sentence's figures at once, and its memory stays bounded).
 */
#define EC_SENTENCE_MAX 65536

/*
 * The next sentence of s[0, len) from *pos on: its bytes [*start, *end),
 * without the white space around it; *pos moves past it.  false when only
 * white space is left.
 */
extern bool ec_sentence_next(const char *s, size_t len, size_t *pos, size_t *start,
							 size_t *end);

#endif							/* EC_SENTENCE_H */
