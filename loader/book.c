/*
 * book.c
 *		Walking a book's lines: articles, pages, the footnote block at the
 *		foot of each page, and the running text between them.
 *
 * The layout (data/ is the first book in it):
 *	- an article starts on a new page with a heading line ending in ':'
 *	  and one or two subtitle lines, each alone between blank lines, or with
 *	  a one-line heading "Title: subtitle";
 *	- a page ends with a blank line and a block of numbered footnotes,
 *	  numbered through the book, and sometimes with its printed number alone
 *	  on a line; the next page usually starts with a line that begins with
 *	  one space;
 *	- a sentence cut by a footnote block goes on at the top of the next page.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "text.h"

/* how far a footnote number may jump past the last one (bodies lost) */
#define FOOTNOTE_WINDOW 20

/* --- the walk ------------------------------------------------------------- */

typedef struct Walk
{
	const Source *src;			/* the lines as read: without an indentation all share */
	Book	   *book;
	ParagraphBuilder pb;
	FootnoteBuilder fb;
	int			last_footnote;
	int			typical_width;	/* characters of a full line of text */
	bool		page_pending;	/* the next non-blank line starts a page */
	int			title_line;		/* a first line that stands out as the title, or -1 */
} Walk;

static const char *
text_of(const Walk *w, int i, size_t *n)
{
	*n = w->src->lines[i].len;
	return w->src->lines[i].text;
}

static bool
blank_at(const Walk *w, int i)
{
	return i >= w->src->nlines || ecl_line_blank(w->src->lines[i].text, w->src->lines[i].len);
}

static int
next_nonblank(const Walk *w, int i)
{
	while (i < w->src->nlines && blank_at(w, i))
		i++;
	return i;
}

/*
 * A line that starts with a point or a comma cannot start a paragraph: it
 * ends the sentence before the blank line ('..."71' + blank + '. In 2022').
 */
static bool
starts_with_punctuation(const Walk *w, int i)
{
	size_t		n;
	const char *s = text_of(w, i, &n);

	ecl_line_trim(&s, &n);
	return n > 0 && memchr(".,;:", s[0], 4) != NULL;
}

static bool
starts_with_one_space(const Walk *w, int i)
{
	size_t		n;
	const char *s = text_of(w, i, &n);

	return n >= 2 && s[0] == ' ' && s[1] != ' ';
}

/* a printed page number: digits alone on a line, between blank lines */
static bool
page_number_at(const Walk *w, int i, int *number)
{
	size_t		n;
	const char *s = text_of(w, i, &n);
	int			v = 0;

	ecl_line_trim(&s, &n);
	if (n == 0 || n > 4 || (i > 0 && !blank_at(w, i - 1)) || !blank_at(w, i + 1))
		return false;
	for (size_t k = 0; k < n; k++)
	{
		if (!ec_is_digit((unsigned char) s[k]))
			return false;
		v = v * 10 + (s[k] - '0');
	}
	*number = v;
	return v > 0;
}

/*
 * Does a footnote start at line i: a label, and a reference after it?
 * A label far from the expected number is a garbled one when the line
 * opens a footnote block; *number then gets the expected number.
 */
static bool
footnote_at(Walk *w, int i, bool block_start, int *number, size_t *text_start,
			bool *garbled)
{
	size_t		n;
	const char *s = text_of(w, i, &n);
	size_t		indent = 0;
	int			v;

	*garbled = false;
	if (n > 1 && s[0] == ' ')
		indent = 1;				/* " 156 Title": a label shifted to a page start */
	if (!ecl_footnote_label(s + indent, n - indent, &v, text_start))
		return false;
	*text_start += indent;
	if (v > w->last_footnote && v <= w->last_footnote + FOOTNOTE_WINDOW)
	{
		/*
		 * A reference, or a footnote cut off by the page's end: one line
		 * of it, then the next page
		 */
		if (!ecl_looks_like_reference(w->src, i) &&
			!(block_start && i + 1 < w->src->nlines && starts_with_one_space(w, i + 1) &&
			  ec_is_upper((unsigned char) s[*text_start])))
			return false;
		*number = v;
		return true;
	}
	if (ecl_looks_like_reference(w->src, i) && ec_find(s, n, "[Electronic") >= 0 &&
		(block_start || s[*text_start] != '-'))
	{
		*garbled = true;
		*number = w->last_footnote + 1;
		return true;
	}
	return false;
}

static void
new_page(Walk *w, int i)
{
	Page	   *p = BOOK_PUSH(w->book, pages);

	p->ordinal = w->book->n_pages;
	p->first_line = i + 1;
}

static Article *
current_article(Walk *w)
{
	return w->book->n_articles ? &w->book->articles[w->book->n_articles - 1] : NULL;
}

/*
 * An article heading at line i: "Title:" followed by subtitle lines, or a
 * one-line "Title: subtitle".  On yes, the article is begun and the index of
 * its last heading line returned; otherwise -1.
 */
static int
heading_at(Walk *w, int i)
{
	size_t		n;
	const char *s = text_of(w, i, &n);
	const char *colon;
	Article    *a;
	Text		subtitle = {0};
	int			last = i;

	ecl_line_trim(&s, &n);
	if (n < 3 || n > 100 || !ec_is_upper((unsigned char) s[0]) || !blank_at(w, i + 1))
		return -1;
	colon = memchr(s, ':', n);
	if (colon == NULL || s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ';')
		return -1;
	if (colon != s + n - 1 && !(colon[1] == ' ' && ec_is_alpha((unsigned char) colon[2])))
		return -1;

	if (current_article(w))
	{
		int			k = i - 1;

		while (k > 0 && blank_at(w, k))
			k--;
		current_article(w)->last_line = k + 1;
	}
	a = BOOK_PUSH(w->book, articles);
	a->ordinal = w->book->n_articles;
	a->first_line = i + 1;
	a->last_line = i + 1;
	a->title = ecl_book_strndup(s, (size_t) (colon - s));
	a->heading_last_line = i + 1;
	if (colon != s + n - 1)
	{
		/* "Belarus: an efficient driver of industrial production" */
		a->subtitle = ecl_book_strndup(colon + 2, (size_t) (s + n - colon - 2));
		return i;
	}
	/* subtitle lines: each alone between blank lines, at most two */
	for (int count = 0, j = next_nonblank(w, i + 1); count < 2 && j < w->src->nlines; count++)
	{
		const char *t = text_of(w, j, &n);
		int			v;
		size_t		ts;

		ecl_line_trim(&t, &n);
		if (!blank_at(w, j + 1) || n == 0 || n > 80 || t[n - 1] == '.' ||
			ecl_footnote_label(t, n, &v, &ts))
			break;
		if (subtitle.len)
			ecl_text_putc(&subtitle, ' ');
		ecl_text_append(&subtitle, t, n);
		last = j;
		j = next_nonblank(w, j + 1);
	}
	if (subtitle.len)
		a->subtitle = ecl_book_strndup(subtitle.data, subtitle.len);
	free(subtitle.data);
	a->heading_last_line = last + 1;
	return last;
}

/*
 * The printed number of the page, on line i.  A page that has one already
 * takes the later; the earlier line is kept with a load issue.
 */
static void
printed_number(Walk *w, int i, int number)
{
	Page	   *p = &w->book->pages[w->book->n_pages - 1];

	if (p->number_line > 0)
	{
		size_t		n;
		const char *s = text_of(w, p->number_line - 1, &n);

		ecl_book_issue_text(w->book, p->number_line, "page_number_twice", s, n,
						"a second page number (%d, line %d) before the next page: "
						"that one is the page's, this one kept here", number, i + 1);
	}
	p->printed_number = number;
	p->number_line = i + 1;
}

/* Text before any heading: an article without one, so that it is kept. */
static void
ensure_article(Walk *w, int i)
{
	Article    *a;

	if (w->book->n_articles > 0)
		return;
	a = BOOK_PUSH(w->book, articles);
	a->ordinal = 1;
	a->first_line = i + 1;
	a->title = ecl_book_strndup("", 0);
	w->pb.article = 1;
	ecl_book_issue(w->book, i + 1, "heading_missing", "text before the first article heading");
}

/*
 * A line in a footnote block that belongs to no footnote: a paragraph of
 * its own, so that no text is lost (the paragraph the page cut goes on).
 */
static void
stray_line(Walk *w, int i)
{
	ParagraphBuilder stray = {0};
	size_t		n;
	const char *s = text_of(w, i, &n);

	ensure_article(w, i);
	ecl_book_issue(w->book, i + 1, "stray_line",
			   "a line in the footnote block belongs to no footnote: kept as a paragraph of its own");
	stray.article = w->pb.article;
	stray.last_marker = w->pb.last_marker;
	ecl_paragraph_add_line(w->book, &stray, s, n, i + 1, true);
	ecl_paragraph_close(w->book, &stray);
	ecl_paragraph_builder_free(&stray);
}

/* Read the footnote block starting at line i; returns the line after it. */
static int
footnote_block(Walk *w, int i)
{
	Book	   *book = w->book;
	Article    *a = current_article(w);
	bool		first = true;

	for (; i < w->src->nlines; i++)
	{
		size_t		n;
		const char *s = text_of(w, i, &n);
		int			number;
		size_t		ts;
		bool		garbled;

		if (blank_at(w, i))
			continue;
		if (page_number_at(w, i, &number))
		{
			printed_number(w, i, number);
			w->page_pending = true;
			i++;
			break;
		}
		if (starts_with_one_space(w, i) && footnote_at(w, i, false, &number, &ts, &garbled) &&
			!garbled)
		{
			ecl_book_issue(book, i + 1, "footnote_indented",
					   "footnote %d starts with a space, as a page would", number);
			ecl_footnote_begin(book, &w->fb, number, i + 1, a ? a->ordinal : 0, s + ts, n - ts);
			w->last_footnote = number;
			first = false;
			continue;
		}
		if (starts_with_one_space(w, i))
		{
			const char *t = s + 1;

			if (!ecl_url_fragment_line(s, n))
				break;			/* the next page */
			if (w->fb.active && strncmp(t, "http", 4) != 0 && strncmp(t, "www.", 4) != 0)
			{
				/* the rest of a wrapped URL, shifted like a page start */
				ecl_book_issue(book, i + 1, "url_orphan",
						   "a URL fragment starting with a space, joined to footnote %d",
						   w->fb.number);
				ecl_footnote_continue(&w->fb, s, n, i + 1);
			}
			else
				ecl_book_issue_text(book, i + 1, "url_orphan", s, n,
								"a URL with no footnote of its own (its footnote is lost): "
								"kept here, not in a footnote");
			continue;
		}
		if (footnote_at(w, i, first, &number, &ts, &garbled))
		{
			if (garbled)
				ecl_book_issue(book, i + 1, "footnote_label_garbled",
						   "footnote label \"%.*s\" read as %d, the next in sequence",
						   (int) (ts > 0 ? ts - 1 : 0), s, number);
			ecl_footnote_begin(book, &w->fb, number, i + 1, a ? a->ordinal : 0, s + ts, n - ts);
			w->last_footnote = number;
		}
		else if (w->fb.active)
			ecl_footnote_continue(&w->fb, s, n, i + 1);
		else
			stray_line(w, i);
		first = false;
	}
	ecl_footnote_end(book, &w->fb);
	return i;
}

/* A full line of text: the length most lines reach (their 80th percentile). */
static int
typical_width(const Source *src)
{
	int			hist[256] = {0};
	int			total = 0;
	int			seen = 0;

	for (int i = 0; i < src->nlines; i++)
		if (src->lines[i].len > 20)
		{
			hist[src->lines[i].len < 255 ? src->lines[i].len : 255]++;
			total++;
		}
	for (int len = 0; len < 256; len++)
	{
		seen += hist[len];
		if (seen * 5 >= total)
			return len;
	}
	return 60;
}

/*
 * At a page break in the middle of a paragraph: does the new page go on
 * with it?  It does unless the old page's text ended a sentence on a short
 * line, as the last line of a paragraph does.
 */
static bool
page_continues_paragraph(const Walk *w, int i)
{
	size_t		n;
	const char *s = text_of(w, i, &n);

	ecl_line_trim(&s, &n);
	if (!w->pb.open || n == 0)
		return false;
	if (!ecl_paragraph_ends_sentence(&w->pb))
		return true;
	if (ec_is_lower((unsigned char) s[0]))
		return true;
	return w->pb.last_line_len >= w->typical_width - 8;
}

/*
 * A file whose lines all start with spaces, but perhaps its first: the
 * indentation is the file's, not the mark of a page start.  The walk reads
 * view, the lines without the spaces they all share; a first line less
 * indented than the rest that reads like a heading (short, not ending a
 * sentence) is the title.  false when the file is not so.
 */
static bool
read_indentation(Walk *w, const Source *src, Source *view)
{
	size_t		indent = SIZE_MAX;
	size_t		first_lead = 0;
	int			first = -1;
	const char *t;
	size_t		n;

	for (int i = 0; i < src->nlines && indent > 0; i++)
	{
		size_t		lead = 0;

		if (ecl_line_blank(src->lines[i].text, src->lines[i].len))
			continue;
		while (lead < src->lines[i].len && src->lines[i].text[lead] == ' ')
			lead++;
		if (first < 0)
			first = i, first_lead = lead;
		else if (lead < indent)
			indent = lead;
	}
	if (indent == SIZE_MAX || indent == 0)
		return false;
	*view = *src;
	view->lines = malloc(sizeof(SourceLine) * (src->nlines + 1));
	if (view->lines == NULL)
		abort();
	for (int i = 0; i < src->nlines; i++)
	{
		view->lines[i] = src->lines[i];
		if (i != first || first_lead >= indent)
		{
			view->lines[i].text += indent < view->lines[i].len ? indent : view->lines[i].len;
			view->lines[i].len -= indent < view->lines[i].len ? indent : view->lines[i].len;
		}
	}
	t = src->lines[first].text;
	n = src->lines[first].len;
	ecl_line_trim(&t, &n);
	if (first_lead < indent && n <= 100 &&
		(ec_is_alnum((unsigned char) t[0]) || (unsigned char) t[0] >= 0x80) &&
		t[n - 1] != '.' && t[n - 1] != ',' && t[n - 1] != ';')
		w->title_line = first;
	return true;
}

/* The title read_indentation() found on line i: an article's heading. */
static void
title_article(Walk *w, int i)
{
	size_t		n;
	const char *s = text_of(w, i, &n);
	Article    *a = BOOK_PUSH(w->book, articles);

	ecl_line_trim(&s, &n);
	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	a->ordinal = w->book->n_articles;
	a->first_line = a->heading_last_line = a->last_line = i + 1;
	a->title = ecl_book_strndup(s, n);
	w->pb.article = a->ordinal;
}

void
ecl_book_parse(const Source *src, Book *book)
{
	Walk		w = {0};
	Source		view;
	bool		indented;

	memset(book, 0, sizeof(*book));
	w.title_line = -1;
	indented = read_indentation(&w, src, &view);
	if (indented)
		src = &view;
	w.src = src;
	w.book = book;
	w.typical_width = typical_width(src);
	new_page(&w, 0);

	for (int i = 0; i < src->nlines; i++)
	{
		size_t		n;
		const char *s = text_of(&w, i, &n);
		int			j;
		int			number;
		size_t		ts;
		bool		garbled;
		int			last;

		if (blank_at(&w, i))
		{
			j = next_nonblank(&w, i);
			if (j >= src->nlines)
				break;
			if (footnote_at(&w, j, true, &number, &ts, &garbled))
			{
				/* the foot of the page: the paragraph may go on overleaf */
				i = footnote_block(&w, j) - 1;
				continue;
			}
			if (page_number_at(&w, j, &number))
			{
				printed_number(&w, j, number);
				w.page_pending = true;
				i = j;
				continue;
			}
			/* the blank lines up to j are one gap: read once */
			if (w.pb.open && starts_with_punctuation(&w, j))
				ecl_book_issue(book, j + 1, "blank_in_sentence",
						   "a blank line before the point that ends a sentence; the paragraph goes on");
			else if (w.pb.open && !w.page_pending && !starts_with_one_space(&w, j))
			{
				const char *t = text_of(&w, j, &n);

				if (ec_is_lower((unsigned char) t[0]) && !ecl_paragraph_ends_sentence(&w.pb))
					ecl_book_issue(book, i + 1, "blank_in_sentence",
							   "a blank line inside a sentence; the paragraph goes on");
				else
					ecl_paragraph_close(book, &w.pb);
			}
			i = j - 1;
			continue;
		}
		if (i == w.title_line)
		{
			title_article(&w, i);
			continue;
		}

		if (i == 0 || starts_with_one_space(&w, i) || w.page_pending)
		{
			if (i > 0)
				new_page(&w, i);
			w.page_pending = false;
			if ((last = heading_at(&w, i)) >= 0)
			{
				ecl_paragraph_close(book, &w.pb);
				w.pb.article = book->n_articles;
				i = last;
				continue;
			}
			if (ecl_url_fragment_line(s, n))
			{
				ecl_book_issue_text(book, i + 1, "url_orphan", s, n,
								"a URL line left in the running text by a lost footnote: "
								"kept here, not in the text");
				continue;
			}
			if (w.pb.open && !page_continues_paragraph(&w, i))
				ecl_paragraph_close(book, &w.pb);
		}
		/* text before any heading is kept too, in an article without one */
		ensure_article(&w, i);
		ecl_paragraph_add_line(book, &w.pb, s, n, i + 1, blank_at(&w, i + 1));
	}
	ecl_paragraph_close(book, &w.pb);
	ecl_footnote_end(book, &w.fb);
	ecl_paragraph_resolve_garbled(book);
	if (current_article(&w))
	{
		int			k = src->nlines - 1;

		while (k > 0 && blank_at(&w, k))
			k--;
		current_article(&w)->last_line = k + 1;
	}

	ecl_footnotes_index(book, w.last_footnote);
	ecl_paragraph_builder_free(&w.pb);
	free(w.fb.body.data);
	if (indented)
		free(view.lines);
}
