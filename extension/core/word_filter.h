/*
 * word_filter.h
 *		A filter of a set of words: one bit per word, at its FNV-1a hash,
 *		so that most words outside the set fail a single bit test and are
 *		never searched for.
 *
 * Shared by the scanner, which hashes each word as it reads it and tests
 * the hash against its filter of trigger words, and by the program that
 * builds that filter at build time (gen/trigger_filter.c): one hash for
 * both, so that they cannot disagree.
 */
#ifndef EC_WORD_FILTER_H
#define EC_WORD_FILTER_H

#include <stdbool.h>
#include <stdint.h>

#define EC_WORD_FILTER_BITS 4096
#define EC_WORD_FILTER_LEN (EC_WORD_FILTER_BITS / 64)	/* in uint64_t */

/* FNV-1a, 32 bits: the hash of no letters, and of one letter more */
#define EC_WORD_HASH_EMPTY 2166136261u

static inline uint32_t
ec_word_hash_add(uint32_t hash, unsigned char c)
{
	return (hash ^ c) * 16777619u;
}

static inline uint32_t
ec_word_hash(const char *word)
{
	uint32_t	hash = EC_WORD_HASH_EMPTY;

	for (; *word; word++)
		hash = ec_word_hash_add(hash, (unsigned char) *word);
	return hash;
}

static inline bool
ec_word_filter_has(const uint64_t *filter, uint32_t hash)
{
	uint32_t	bit = hash % EC_WORD_FILTER_BITS;

	return (filter[bit / 64] >> (bit % 64)) & 1;
}

static inline void
ec_word_filter_add(uint64_t *filter, uint32_t hash)
{
	uint32_t	bit = hash % EC_WORD_FILTER_BITS;

	filter[bit / 64] |= UINT64_C(1) << (bit % 64);
}

#endif							/* EC_WORD_FILTER_H */
