/*
 * plain.h
 *		Documents that are not books: a plain text (a news item, a report)
 *		read as paragraphs on blank lines, under an optional title line, with
 *		the dateline a news item may open with.
 */
#ifndef ECL_PLAIN_H
#define ECL_PLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "book.h"
#include "source.h"

/*
 * Parse src into book (zeroed by the call) as one article of paragraphs
 * split on blank lines; with read_title, a first line that stands alone
 * and ends in no punctuation is the article's title.  Every other
 * non-blank line is in a paragraph.  book->dateline_len is set.
 */
extern void ecl_plain_parse(const Source *src, Book *book, bool read_title);

/*
 * Did the book reader find a book's structure in book (a heading, a
 * footnote)?  A .txt file without one is read as plain text.
 */
extern bool ecl_book_has_structure(const Book *book);

#endif							/* ECL_PLAIN_H */
