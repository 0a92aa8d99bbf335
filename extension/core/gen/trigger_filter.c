/*
 * trigger_filter.c
 *		Writes trigger_filter.h, the scanner's filter of its trigger words
 *		(trigger_words.h), to standard output.  make runs it before the core
 *		is compiled; its output is not kept in git.
 *
 * C cannot compute a table of constants from strings at compile time, and a
 * table written by hand falls out of step with the words; built here from
 * the list itself, it cannot.  A list the scanner's binary search would
 * miss words of (not lower case, not sorted, a word twice) fails the build.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "trigger_words.h"
#include "word_filter.h"

int
main(void)
{
	uint64_t	filter[EC_WORD_FILTER_LEN] = {0};

	for (size_t i = 0; i < sizeof(trigger_words) / sizeof(trigger_words[0]); i++)
	{
		const char *word = trigger_words[i];

		if (word[0] == '\0' || word[strspn(word, "abcdefghijklmnopqrstuvwxyz")] != '\0' ||
			(i > 0 && strcmp(trigger_words[i - 1], word) >= 0))
		{
			fprintf(stderr, "trigger_words.h: \"%s\" is not a word in lower case after \"%s\" in order\n",
					word, i > 0 ? trigger_words[i - 1] : "");
			return 1;
		}
		ec_word_filter_add(filter, ec_word_hash(word));
	}

	printf("/* generated from trigger_words.h by gen/trigger_filter.c; do not edit */\n");
	printf("static const uint64_t trigger_filter[%d] = {\n", EC_WORD_FILTER_LEN);
	for (int i = 0; i < EC_WORD_FILTER_LEN; i++)
		printf("\tUINT64_C(0x%016" PRIx64 ")%s\n", filter[i], i + 1 < EC_WORD_FILTER_LEN ? "," : "");
	printf("};\n");
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
