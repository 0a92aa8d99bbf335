/*
 * plain.c
 *		A plain text as one article: an optional title line, then
 *		paragraphs split on blank lines, their lines joined as a book's are
 *		but with no footnote markers to take out.
 */
#include "plain.h"

#include <string.h>

#include "book_int.h"
#include "dateline.h"

#define TITLE_MAX 300			/* bytes: longer is a paragraph of one line */

static const char *
line_of(const Source *src, int i, size_t *n)
{
	*n = src->lines[i].len;
	return src->lines[i].text;
}

static bool
blank_line(const Source *src, int i)
{
	return i >= src->nlines || ecl_line_blank(src->lines[i].text, src->lines[i].len);
}

static size_t
indentation(const Source *src, int i)
{
	size_t		k = 0;

	while (k < src->lines[i].len && ec_is_space((unsigned char) src->lines[i].text[k]))
		k++;
	return k;
}

/*
 * Line i, the first of the text, is a title: short, ending in no
 * punctuation, followed by a blank line or by lines indented more than it,
 * and by some text.
 */
static bool
title_at(const Source *src, int i)
{
	size_t		n;
	const char *s = line_of(src, i, &n);
	int			next = i + 1;

	ecl_line_trim(&s, &n);
	if (n == 0 || n > TITLE_MAX || strchr(".,;:!?", s[n - 1]) ||
		(n >= 3 && memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0))	/* … */
		return false;
	if (next < src->nlines && !blank_line(src, next) && indentation(src, next) <= indentation(src, i))
		return false;
	while (next < src->nlines && blank_line(src, next))
		next++;
	return next < src->nlines;
}

void
ecl_plain_parse(const Source *src, Book *book, bool read_title)
{
	ParagraphBuilder pb = {0};
	Article    *a;
	int			first = 0,
				last = src->nlines - 1;

	memset(book, 0, sizeof(*book));
	while (first < src->nlines && blank_line(src, first))
		first++;
	while (last > first && blank_line(src, last))
		last--;
	a = BOOK_PUSH(book, articles);
	a->ordinal = 1;
	a->first_line = first + 1;
	a->last_line = last + 1;
	if (read_title && first < src->nlines && title_at(src, first))
	{
		size_t		n;
		const char *s = line_of(src, first, &n);

		ecl_line_trim(&s, &n);
		a->title = ecl_book_strndup(s, n);
		a->heading_last_line = first + 1;
		first++;
	}
	else
		a->title = ecl_book_strndup("", 0);

	pb.plain = true;
	pb.article = 1;
	for (int i = first; i <= last && i < src->nlines; i++)
	{
		size_t		n;
		const char *s = line_of(src, i, &n);

		if (blank_line(src, i))
			ecl_paragraph_close(book, &pb);
		else
			ecl_paragraph_add_line(book, &pb, s, n, i + 1, blank_line(src, i + 1));
	}
	ecl_paragraph_close(book, &pb);
	ecl_paragraph_builder_free(&pb);
	if (book->n_paragraphs > 0)
		book->dateline_len = ec_dateline_length(book->paragraphs[0].body,
												 book->paragraphs[0].body_len);
}

bool
ecl_book_has_structure(const Book *book)
{
	if (book->n_footnotes > 0)
		return true;
	for (int i = 0; i < book->n_articles; i++)
		if (book->articles[i].title[0] != '\0')
			return true;
	return false;
}
