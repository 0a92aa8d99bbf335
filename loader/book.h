/*
 * book.h
 *		The structure of a book converted from PDF: articles, pages,
 *		paragraphs stitched across page breaks, footnotes, the citations of
 *		footnotes in the text, and the damage found on the way.  Parsing is
 *		plain C, without a database, so that it can be tested and fuzzed on
 *		its own.
 */
#ifndef ECL_BOOK_H
#define ECL_BOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "facts.h"
#include "source.h"

typedef struct Article
{
	int			ordinal;
	char	   *title;
	char	   *subtitle;		/* NULL when none */
	int			first_line;
	int			heading_last_line;	/* the last line of its heading; 0: no heading */
	int			last_line;
} Article;

typedef struct Page
{
	int			ordinal;
	int			first_line;
	int			printed_number; /* 0 when none */
	int			number_line;	/* the line it stands on, or 0 */
} Page;

typedef struct Paragraph
{
	int			article_ordinal;
	int			ordinal;
	int			first_line;
	int			last_line;
	char	   *body;
	size_t		body_len;		/* bytes */
	int		   *line_numbers;	/* source lines making up body */
	int		   *line_offsets;	/* 1-based character offset of each in body */
	int			nlines;
} Paragraph;

typedef struct Footnote
{
	int			number;
	int			line;
	int			last_line;		/* its last line */
	int			article_ordinal;
	char	   *title;			/* NULL when none could be read */
	int			year;			/* 0 when unreadable */
	char	   *url;			/* NULL for books */
	char	   *body;
} Footnote;

typedef struct Citation
{
	int			footnote_number;
	int			line;
	int			paragraph_ordinal;
	int			char_offset;	/* 1-based character position in the body */
} Citation;

/* A sentence of a paragraph. */
typedef struct Sentence
{
	int			paragraph_ordinal;
	int			ordinal;		/* through the book, from 1 */
	int			char_start;		/* 1-based character positions in the body, */
	int			char_end;		/* end exclusive */
	int			line;			/* source line where it starts */
	size_t		start,
				end;			/* its bytes in the paragraph's body */
} Sentence;

/* A place named in a sentence. */
typedef struct PlaceMention
{
	int			sentence_ordinal;
	int			paragraph_ordinal;
	int			char_start;		/* 1-based character positions in the body, */
	int			char_end;		/* end exclusive */
	size_t		start,
				end;			/* its bytes in the paragraph's body: as written */
	const EcPlaceName *place;	/* its code and kind */
} PlaceMention;

/*
 * A mention of a paragraph (a figure or a period) as the core found it:
 * its words are figure.start to figure.end of the paragraph's body; its
 * text is made where its row is written (db.c).
 */
typedef struct Mention
{
	int			paragraph_ordinal;
	int			line;			/* source line where it starts */
	int			char_start;		/* 1-based character positions in the body, */
	int			char_end;		/* end exclusive */
	EcMention	figure;
} Mention;

/*
 * A figure (an amount, percent or ratio mention) and what it is about:
 * what it measures, where, when, and whether it is a change.
 */
typedef struct Fact
{
	int			mention;		/* index into book->mentions */
	int			sentence_ordinal;
	const char *indicator;		/* a code, "other" when no cue applies */
	EcPlaceSet	places;			/* sorted */
	bool		has_period;
	EcPeriod	period;
	EcChange	change;
	EcStatus	status;
	EcPlaceSet	origin,			/* of a directed flow, sorted */
				destination,
				groups;			/* partners with no ISO code */
	int			footnote_number;	/* the first source the sentence cites, 0 */
	const char *source_url;		/* that footnote's URL, or NULL */
} Fact;

typedef struct LoadIssue
{
	int			line;
	const char *code;			/* a stable code, listed in sql/corpus.sql */
	char	   *message;
	char	   *text;			/* the line, where the book keeps it nowhere else; or NULL */
} LoadIssue;

#define BOOK_ARRAY(type, name) type *name; int n_##name; int cap_##name

typedef struct Book
{
	BOOK_ARRAY(Article, articles);
	BOOK_ARRAY(Page, pages);
	BOOK_ARRAY(Paragraph, paragraphs);
	BOOK_ARRAY(Footnote, footnotes);
	BOOK_ARRAY(Citation, citations);
	BOOK_ARRAY(LoadIssue, issues);
	BOOK_ARRAY(Sentence, sentences);
	BOOK_ARRAY(PlaceMention, place_mentions);
	BOOK_ARRAY(Mention, mentions);
	BOOK_ARRAY(Fact, facts);
	/* footnote_of[n]: 1 + the index of the first footnote numbered n, or 0 */
	int		   *footnote_of;
	int			footnote_of_len;
	/* when the document was written, or {0, 0}: set before reading paragraphs */
	EcYearMonth written;
	/* bytes of the first paragraph that are a dateline ("ASTANA, March 14 -"),
	 * kept in its body but not read for figures or places (plain.c) */
	size_t		dateline_len;
} Book;

/*
 * Positions in bodies (char_start, line_offsets, ...) count characters;
 * true: bytes, as a SQL_ASCII database's string functions do.  Set before
 * ecl_book_parse(); false by default.
 */
extern bool ecl_book_positions_in_bytes;

/* Parse src into book (zeroed by the call).  Never fails on damage: what
 * cannot be read is recorded as a load issue. */
extern void ecl_book_parse(const Source *src, Book *book);

extern void ecl_book_free(Book *book);

/*
 * Read the paragraphs, after ecl_book_parse or ecl_plain_parse: their
 * sentences, the places they name, their figures and the facts of those
 * (facts.c).  A sentence is dated by the source it cites, else by
 * when the document was written, else by the year its article cites most.
 */
extern void ecl_book_read_paragraphs(Book *book);

/* Print "N articles, N pages, ..." and the load issues by code. */
extern void ecl_book_print_summary(const Book *book, FILE *out);

#endif							/* ECL_BOOK_H */
