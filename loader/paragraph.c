/*
 * paragraph.c
 *		Paragraphs: source lines stitched into one body, footnote markers
 *		taken out of the text into citations, and a map from each body
 *		character back to its source line.
 *
 * A marker is the number of a footnote glued to the text: after a word
 * ("interaction34"), a quote ('people"12 .'), a point ("million.185 .") or
 * before the next sentence ("2025. 66An").  Markers ascend through the
 * book, so a number is a marker only if it follows the last marker closely;
 * that is what tells 'region"74' from "74 per cent".
 */
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "text.h"

/* how far a marker may jump past the last one (footnotes lost on the way) */
#define MARKER_WINDOW 12

/* Words that make a number a quantity, not a marker: "34 per cent", "5 million" */
static bool
quantity_word_follows(const char *s, size_t n, size_t j)
{
	static const char *const words[] = {
		"per", "percent", "million", "billion", "thousand", "trillion", "mln",
		"bln", "bn", "th", "times", "fold", "years", "months", "days", "tons",
		"tonnes", "units", "pieces", "hectares", "km", "kg", NULL
	};

	if (j < n && s[j] == ' ')
		j++;
	for (int w = 0; words[w]; w++)
	{
		size_t		k = strlen(words[w]);

		if (j + k <= n && strncmp(s + j, words[w], k) == 0 &&
			(j + k == n || !ec_is_alpha((unsigned char) s[j + k])))
			return true;
	}
	return false;
}

/* Is the byte before position i the end of a closing quote or bracket? */
static bool
quote_before(const char *s, size_t i)
{
	unsigned char c = (unsigned char) s[i - 1];

	if (c == '"' || c == '\'' || c == ')')
		return true;
	/* ” U+201D and ’ U+2019 end in 0x9D and 0x99 after E2 80 */
	return i >= 3 && (unsigned char) s[i - 3] == 0xE2 && (unsigned char) s[i - 2] == 0x80 &&
		(c == 0x9D || c == 0x99);
}

/*
 * Is the digit run s[i, j) a footnote marker?  last is the last marker's
 * number; on yes, *number is set.
 */
static bool
marker_at(const char *s, size_t n, size_t i, size_t j, int last, int *number)
{
	int			value = 0;
	unsigned char next = j < n ? (unsigned char) s[j] : '\0';

	if (j - i > 3)
		return false;
	for (size_t k = i; k < j; k++)
		value = value * 10 + (s[k] - '0');
	if (value <= last || value > last + MARKER_WINDOW)
		return false;
	/* never the start of a decimal, a thousands group or a percentage */
	if (next == '%' || ((next == '.' || next == ',') && j + 1 < n &&
						ec_is_digit((unsigned char) s[j + 1])))
		return false;
	if (ec_is_lower(next) || quantity_word_follows(s, n, j))
		return false;

	if (i == 0 || s[i - 1] == ' ')
	{
		/*
		 * before a sentence: "2025. 66An undoubted priority"; or detached
		 * at the end of a line: 'enterprises..." . 88'
		 */
		bool		sentence = ec_is_upper(next) && j + 1 < n &&
			ec_is_lower((unsigned char) s[j + 1]);
		bool		detached = j == n && i >= 2 && (s[i - 2] == '.' || quote_before(s, i - 1));

		if (!sentence && !detached)
			return false;
	}
	else if (ec_is_alpha((unsigned char) s[i - 1]))
	{
		/* after a word of three letters or more, not a code like "G20" */
		size_t		w = i;
		bool		lower = false;

		while (w > 0 && ec_is_alpha((unsigned char) s[w - 1]))
		{
			lower |= ec_is_lower((unsigned char) s[w - 1]);
			w--;
		}
		if (i - w < 3 || !lower ||
			(w > 0 && (s[w - 1] == '-' || ec_is_digit((unsigned char) s[w - 1]))))
			return false;
	}
	else if (strchr(".,;:!?", s[i - 1]) != NULL)
	{
		/* after a point, but not inside a number: "1.5" */
		if (i >= 2 && ec_is_digit((unsigned char) s[i - 2]))
			return false;
	}
	else if (!quote_before(s, i) && s[i - 1] != '%')
		return false;
	*number = value;
	return true;
}

/* A garbled marker at the end of a paragraph: '... goods" xml-p' */
static size_t
garbled_marker_at_end(const char *s, size_t n)
{
	size_t		start = n;
	bool		hyphen = false;

	while (start > 0 && (ec_is_lower((unsigned char) s[start - 1]) || s[start - 1] == '-'))
	{
		hyphen |= s[start - 1] == '-';
		start--;
	}
	if (start == n || n - start > 8 || !hyphen || start < 2 ||
		s[start - 1] != ' ' || !quote_before(s, start - 1))
		return n;
	return start - 1;
}

/* number 0: a garbled marker, numbered by ecl_paragraph_resolve_garbled() */
static void
add_citation(ParagraphBuilder *pb, int number, int line)
{
	Citation   *c;

	if (pb->npending == pb->cap_pending)
		ecl_book_grow((void **) &pb->pending, &pb->cap_pending, sizeof(Citation));
	c = &pb->pending[pb->npending++];
	c->footnote_number = number;
	c->line = line;
	c->char_offset = (int) pb->chars + 1;
	if (number > 0)
		pb->last_marker = number;
}

int
ecl_paragraph_line_index(const Paragraph *p, int ch)
{
	int			lo = 0,
				hi = p->nlines - 1;

	/* line_offsets never decrease: a binary search */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo + 1) / 2;

		if (p->line_offsets[mid] <= ch)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

int
ecl_citations_before(const Citation *cites, int n, int char_offset)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (cites[mid].char_offset < char_offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
ecl_paragraph_resolve_garbled(Book *book)
{
	int		   *next = malloc(sizeof(int) * (book->n_citations + 1));

	if (next == NULL)
		abort();
	/* next[k]: the first number read (not garbled) after citation k, or 0 */
	next[book->n_citations] = 0;
	for (int k = book->n_citations - 1; k >= 0; k--)
		next[k] = k + 1 < book->n_citations && book->citations[k + 1].footnote_number != 0 ?
			book->citations[k + 1].footnote_number : next[k + 1];
	for (int k = 0; k < book->n_citations; k++)
	{
		Citation   *c = &book->citations[k];
		/* the one before is numbered by now, read or resolved */
		int			prev = k > 0 ? book->citations[k - 1].footnote_number : 0;

		if (c->footnote_number != 0)
			continue;
		/* the number the sequence skips, or else the one cited just before */
		c->footnote_number = (next[k] == 0 || next[k] == prev + 2) ? prev + 1 : (prev > 0 ? prev : 1);
		ecl_book_issue(book, c->line, "marker_garbled",
				   "a garbled footnote marker, taken as marker %d", c->footnote_number);
	}
	free(next);
}

static void
body_append(ParagraphBuilder *pb, const char *s, size_t n)
{
	ecl_text_append(&pb->body, s, n);
	for (size_t i = 0; i < n; i++)
		if (position_starts((unsigned char) s[i]))
			pb->chars++;
}

void
ecl_paragraph_add_line(Book *book, ParagraphBuilder *pb, const char *s, size_t n, int line,
				   bool ends_paragraph)
{
	size_t		i = 0;
	size_t		run = 0;
	size_t		cut;
	bool		lost_chars = false;
	bool		garbled = false;

	ecl_line_trim(&s, &n);
	if (n == 0)
		return;
	if (!pb->open)
	{
		pb->open = true;
		pb->first_line = line;
		pb->body.len = 0;
		pb->chars = 0;
		pb->nlines = 0;
	}
	else if (!(pb->body.len >= 2 && pb->body.data[pb->body.len - 1] == '-' &&
			   ec_is_alnum((unsigned char) pb->body.data[pb->body.len - 2])) &&
			 !memchr(".,;:", s[0], 4))
		body_append(pb, " ", 1);
	/* a line ending in "-" joins the next directly: co-operation, 2022-2026 */

	if (pb->nlines == pb->cap)
	{
		int			cap = pb->cap;

		ecl_book_grow((void **) &pb->line_numbers, &cap, sizeof(int));
		ecl_book_grow((void **) &pb->line_offsets, &pb->cap, sizeof(int));
	}
	pb->line_numbers[pb->nlines] = line;
	pb->line_offsets[pb->nlines] = (int) pb->chars + 1;
	pb->nlines++;
	pb->last_line = line;
	pb->last_line_len = 0;
	for (size_t k = 0; k < n; k++)
		if (ec_utf8_starts((unsigned char) s[k]))
			pb->last_line_len++;

	if (!pb->plain && ends_paragraph && (cut = garbled_marker_at_end(s, n)) < n)
	{
		garbled = true;
		n = cut;
		ecl_line_trim(&s, &n);
	}

	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		int			number;

		if (!pb->plain && ec_is_digit(c) && (i == 0 || !ec_is_digit((unsigned char) s[i - 1])))
		{
			size_t		j = i;

			while (j < n && ec_is_digit((unsigned char) s[j]))
				j++;
			if (marker_at(s, n, i, j, pb->last_marker, &number))
			{
				body_append(pb, s + run, i - run);
				/* '..." .4': the point was detached from the quote */
				if (pb->body.len >= 2 && pb->body.data[pb->body.len - 1] == '.' &&
					pb->body.data[pb->body.len - 2] == ' ')
				{
					pb->body.data[pb->body.len - 2] = '.';
					pb->body.len--;
					pb->chars--;
				}
				add_citation(pb, number, line);
				/* 'people"12 .' and 'million.185 .': the stray point after it */
				if (j + 1 < n && s[j] == ' ' && (s[j + 1] == '.' || s[j + 1] == ','))
				{
					if (pb->body.len > 0 && pb->body.data[pb->body.len - 1] == '.')
						j += 2;
					else
						j += 1;
				}
				i = run = j;
				continue;
			}
			i = j;
			continue;
		}
		/* U+FFFD: characters the conversion lost */
		if (c == 0xEF && i + 2 < n && (unsigned char) s[i + 1] == 0xBF &&
			(unsigned char) s[i + 2] == 0xBD)
		{
			body_append(pb, s + run, i - run);
			i += 3;
			/* "damage: \uFFFD gone" keeps one space */
			while (i < n && s[i] == ' ' && pb->body.len > 0 &&
				   pb->body.data[pb->body.len - 1] == ' ')
				i++;
			run = i;
			lost_chars = true;
			continue;
		}
		i++;
	}
	body_append(pb, s + run, n - run);
	/* what U+FFFD left behind at the end of the line */
	while (pb->body.len > 0 && pb->body.data[pb->body.len - 1] == ' ')
	{
		pb->body.len--;
		pb->chars--;
	}
	if (lost_chars)
		ecl_book_issue(book, line, "replacement_character",
				   "characters lost in conversion (U+FFFD) removed from the text");
	if (garbled)
		add_citation(pb, 0, line);
}

bool
ecl_paragraph_ends_sentence(const ParagraphBuilder *pb)
{
	size_t		n = pb->body.len;
	const char *s = pb->body.data;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == ')' ||
					 s[n - 1] == '\''))
		n--;
	return n > 0 && strchr(".!?:;", s[n - 1]) != NULL;
}

void
ecl_paragraph_close(Book *book, ParagraphBuilder *pb)
{
	Paragraph  *p;

	if (!pb->open)
		return;
	pb->open = false;
	while (pb->body.len > 0 && pb->body.data[pb->body.len - 1] == ' ')
	{
		pb->body.len--;
		pb->chars--;
	}
	p = BOOK_PUSH(book, paragraphs);
	p->ordinal = book->n_paragraphs;
	p->article_ordinal = pb->article;
	p->first_line = pb->first_line;
	p->last_line = pb->last_line;
	p->body = ecl_book_strndup(pb->body.data ? pb->body.data : "", pb->body.len);
	p->body_len = pb->body.len;
	p->nlines = pb->nlines;
	p->line_numbers = malloc(sizeof(int) * (pb->nlines ? pb->nlines : 1));
	p->line_offsets = malloc(sizeof(int) * (pb->nlines ? pb->nlines : 1));
	if (p->line_numbers == NULL || p->line_offsets == NULL)
		abort();
	memcpy(p->line_numbers, pb->line_numbers, sizeof(int) * pb->nlines);
	memcpy(p->line_offsets, pb->line_offsets, sizeof(int) * pb->nlines);
	for (int k = 0; k < pb->npending; k++)
	{
		Citation   *c = BOOK_PUSH(book, citations);

		*c = pb->pending[k];
		c->paragraph_ordinal = p->ordinal;
		/* a marker at the very end points just past the last character */
		if (c->char_offset > (int) pb->chars + 1)
			c->char_offset = (int) pb->chars + 1;
	}
	pb->npending = 0;
}

void
ecl_paragraph_builder_free(ParagraphBuilder *pb)
{
	free(pb->body.data);
	free(pb->line_numbers);
	free(pb->line_offsets);
	free(pb->pending);
	memset(pb, 0, sizeof(*pb));
}
