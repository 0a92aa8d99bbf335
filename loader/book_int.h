/*
 * book_int.h
 *		What the parts of the book parser share: growing arrays, load
 *		issues, line tests, and the builders of footnotes and paragraphs.
 */
#ifndef ECL_BOOK_INT_H
#define ECL_BOOK_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "book.h"
#include "text.h"				/* ec_utf8_starts */
#include "words.h"				/* ec_find */

/* Append a zeroed element to book->name (an array declared by BOOK_ARRAY). */
#define BOOK_PUSH(book, name) \
	((book)->n_##name == (book)->cap_##name ? \
	 ecl_book_grow((void **) &(book)->name, &(book)->cap_##name, sizeof(*(book)->name)) : (void) 0, \
	 memset(&(book)->name[(book)->n_##name], 0, sizeof(*(book)->name)), \
	 &(book)->name[(book)->n_##name++])

extern void ecl_book_grow(void **array, int *cap, size_t elem);
extern char *ecl_book_strndup(const char *s, size_t n);
extern void ecl_book_issue(Book *book, int line, const char *code, const char *fmt,...)
			__attribute__((format(printf, 4, 5)));
/* The same for a line kept nowhere else: its text s[0, n) goes with the issue. */
extern void ecl_book_issue_text(Book *book, int line, const char *code, const char *s, size_t n,
							const char *fmt,...)
			__attribute__((format(printf, 6, 7)));

/* A growing byte string. */
typedef struct Text
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Text;

extern void ecl_text_append(Text *t, const char *s, size_t n);
extern void ecl_text_putc(Text *t, char c);

/* The footnote numbered number (the first, if the book repeats it), or NULL. */
extern const Footnote *ecl_book_footnote(const Book *book, int number);


/* Does byte b of a UTF-8 text start a position (a character; any byte, counting bytes)? */
static inline bool
position_starts(unsigned char b)
{
	return ecl_book_positions_in_bytes || ec_utf8_starts(b);
}

/*
 * The index in p->line_numbers of the line that character ch (1-based) of
 * the body comes from: the last line starting at or before it.
 */
extern int	ecl_paragraph_line_index(const Paragraph *p, int ch);

/*
 * How many of a paragraph's n citations (in the order of its body) stand
 * before character char_offset: a binary search.
 */
extern int	ecl_citations_before(const Citation *cites, int n, int char_offset);

/* Line tests, on a line's bytes without its end of line */
extern bool ecl_line_blank(const char *s, size_t n);
extern void ecl_line_trim(const char **s, size_t *n);

/* "12 Title", "19 . Title", "9. Title": the number and where the text starts */
extern bool ecl_footnote_label(const char *s, size_t n, int *number, size_t *text_start);

/* The lines from i on read like a reference: [Electronic resource], URL, " / " */
extern bool ecl_looks_like_reference(const Source *src, int i);

/* A line of a URL alone (what a wrapped URL leaves behind), e.g. " https://x/y-" */
extern bool ecl_url_fragment_line(const char *s, size_t n);

/* --- footnotes (footnote.c) --------------------------------------------- */

typedef struct FootnoteBuilder
{
	Text		body;
	bool		active;
	int			number;
	int			line;
	int			last_line;
	int			article;
} FootnoteBuilder;

/* Begin footnote number at line with its first line's text (after the label). */
extern void ecl_footnote_begin(Book *book, FootnoteBuilder *fb, int number, int line,
						   int article, const char *s, size_t n);

/* Add continuation line number line (a wrapped URL joins without a space). */
extern void ecl_footnote_continue(FootnoteBuilder *fb, const char *s, size_t n, int line);

/* Finish the footnote being read into book->footnotes: title, year, URL, damage. */
extern void ecl_footnote_end(Book *book, FootnoteBuilder *fb);

/*
 * After the walk: book->footnote_of (for ecl_book_footnote()), with a load issue
 * for each footnote number read twice and each cited or skipped (up to
 * last_footnote) that has no body.
 */
extern void ecl_footnotes_index(Book *book, int last_footnote);

/* --- paragraphs (paragraph.c) ------------------------------------------- */

typedef struct ParagraphBuilder
{
	Text		body;
	int		   *line_numbers;
	int		   *line_offsets;
	int			nlines;
	int			cap;
	size_t		chars;			/* characters (not bytes) in body */
	int			first_line;
	int			last_line;
	int			article;
	bool		open;
	bool		plain;			/* no footnote markers: a number glued to a word is text */
	int			last_marker;	/* highest footnote number cited so far */
	int			last_line_len;	/* characters of the last line added */
	/* citations of the paragraph being built, until it gets its ordinal */
	Citation   *pending;
	int			npending;
	int			cap_pending;
} ParagraphBuilder;

/* Add a source line of running text to the paragraph (opening one). */
extern void ecl_paragraph_add_line(Book *book, ParagraphBuilder *pb, const char *s,
							   size_t n, int line, bool ends_paragraph);

/* Close the paragraph being built, if any, into book->paragraphs. */
extern void ecl_paragraph_close(Book *book, ParagraphBuilder *pb);

/* Does the open paragraph end a sentence ("...2022." or '...".')? */
extern bool ecl_paragraph_ends_sentence(const ParagraphBuilder *pb);

/* Number the garbled markers ("xml-p") from the markers around them. */
extern void ecl_paragraph_resolve_garbled(Book *book);

extern void ecl_paragraph_builder_free(ParagraphBuilder *pb);

#endif							/* ECL_BOOK_INT_H */
