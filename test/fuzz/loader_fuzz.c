/*
 * loader_fuzz.c
 *		libFuzzer harness for the loader's reading of a book: structure,
 *		sentences, places, mentions and facts, on any bytes.  Built and run by
 *		`make fuzz`.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "book.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Source		src;
	Book		book;
	size_t		cap = 16,
				start = 0;

	memset(&src, 0, sizeof(src));
	src.data = malloc(size + 1);
	memcpy(src.data, data, size);
	src.data[size] = '\0';
	src.size = size;
	src.lines = malloc(cap * sizeof(SourceLine));
	for (size_t i = 0; i <= size; i++)
		if (i == size || src.data[i] == '\n')
		{
			if ((size_t) src.nlines == cap)
			{
				cap *= 2;
				src.lines = realloc(src.lines, cap * sizeof(SourceLine));
			}
			src.lines[src.nlines].text = src.data + start;
			src.lines[src.nlines].len = i - start;
			src.nlines++;
			start = i + 1;
		}
	ecl_book_parse(&src, &book);
	ecl_book_read_paragraphs(&book);
	ecl_book_free(&book);
	free(src.lines);
	free(src.data);
	return 0;
}
