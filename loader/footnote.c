/*
 * footnote.c
 *		Footnotes: joining their lines, reading title, year and URL, and
 *		finding them by number.
 *
 *	12 Title [Electronic resource]. - 2021. - URL: https://host/path
 *	318 Surname, B. Title / B. Surname. - Publisher, 2016. - C. 129.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "text.h"

#define REPLACEMENT_CHAR "\xEF\xBF\xBD"

/* Is the end of t inside a URL: its last word has "://" or starts "www."? */
static bool
ends_in_url(const Text *t)
{
	size_t		start = t->len;

	while (start > 0 && t->data[start - 1] != ' ')
		start--;
	if (start == t->len)
		return false;
	for (size_t i = start; i + 2 < t->len; i++)
		if (t->data[i] == ':' && t->data[i + 1] == '/' && t->data[i + 2] == '/')
			return true;
	return t->len - start > 4 && strncmp(t->data + start, "www.", 4) == 0;
}

void
ecl_footnote_begin(Book *book, FootnoteBuilder *fb, int number, int line, int article,
			   const char *s, size_t n)
{
	if (fb->active)
		ecl_footnote_end(book, fb);
	fb->active = true;
	fb->number = number;
	fb->line = line;
	fb->last_line = line;
	fb->article = article;
	fb->body.len = 0;
	ecl_line_trim(&s, &n);
	ecl_text_append(&fb->body, s, n);
}

void
ecl_footnote_continue(FootnoteBuilder *fb, const char *s, size_t n, int line)
{
	ecl_line_trim(&s, &n);
	if (n == 0)
		return;
	fb->last_line = line;
	/* a URL wraps without a space; so does a word broken after a hyphen */
	if (fb->body.len > 0 && !ends_in_url(&fb->body) &&
		!(fb->body.len >= 2 && fb->body.data[fb->body.len - 1] == '-' &&
		  ec_is_alnum((unsigned char) fb->body.data[fb->body.len - 2])))
		ecl_text_putc(&fb->body, ' ');
	ecl_text_append(&fb->body, s, n);
}

/*
 * The URL: after "URL:" (or the first "http"), up to white space.  A URL
 * written twice by the conversion ("httpshttps://X X") is mended.
 */
static char *
read_url(Book *book, const FootnoteBuilder *fb, const char *s, size_t n)
{
	long		at = ec_find(s, n, "URL:");
	size_t		start,
				end;
	char	   *url;
	size_t		len;

	if (at >= 0)
		start = (size_t) at + 4;
	else if ((at = ec_find(s, n, "http")) >= 0)
		start = (size_t) at;
	else
		return NULL;
	while (start < n && s[start] == ' ')
		start++;
	end = start;
	while (end < n && s[end] != ' ')
		end++;
	while (end > start && (s[end - 1] == ',' || s[end - 1] == ';'))
		end--;
	if (end == start)
	{
		ecl_book_issue(book, fb->line, "url_truncated",
				   "footnote %d: \"URL:\" is followed by no address", fb->number);
		return NULL;
	}
	url = ecl_book_strndup(s + start, end - start);
	len = end - start;
	if (strncmp(url, "httpshttps://", 13) == 0 || strncmp(url, "httphttp://", 11) == 0)
	{
		size_t		skip = url[4] == 's' ? 5 : 4;
		char	   *rest = url + skip;
		size_t		rlen = len - skip;
		const char *scheme_end = strstr(rest, "://");
		size_t		host = scheme_end ? (size_t) (scheme_end - rest) + 3 : 0;

		/* "https://" + T + T: keep one T */
		if ((rlen - host) % 2 == 0 &&
			memcmp(rest + host, rest + host + (rlen - host) / 2, (rlen - host) / 2) == 0)
			rlen = host + (rlen - host) / 2;
		memmove(url, rest, rlen);
		url[rlen] = '\0';
		len = rlen;
		ecl_book_issue(book, fb->line, "url_doubled",
				   "footnote %d: the URL was written twice; kept %s", fb->number, url);
	}
	if (url[len - 1] == '-')
		ecl_book_issue(book, fb->line, "url_truncated",
				   "footnote %d: the URL ends in a hyphen, cut off: %s", fb->number, url);
	/* characters lost in conversion: no one can open it */
	if (ec_find(url, len, REPLACEMENT_CHAR) >= 0)
	{
		ecl_book_issue(book, fb->line, "url_truncated",
				   "footnote %d: the URL lost characters in conversion (U+FFFD); left out", fb->number);
		free(url);
		return NULL;
	}
	return url;
}

/*
 * Does the reference stop short: "[Electronic resource]." or ". -" at its
 * end, or (when it has no year) a title alone, with neither "[Electronic
 * resource]" nor an author statement nor a URL after it?
 */
static bool
truncated(const char *s, size_t n, bool has_year)
{
	size_t		end = n;

	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '-' || s[end - 1] == '.'))
		end--;
	if ((end > 0 && s[end - 1] == ']') || (n >= 2 && s[n - 1] == '-' && s[n - 2] == ' '))
		return true;
	return !has_year && ec_find(s, n, "[Electronic") < 0 && ec_find(s, n, " / ") < 0 &&
		ec_find(s, n, "URL") < 0 && ec_find(s, n, "http") < 0;
}

/*
 * The reference's own year: the first number after the title that stands
 * as "- 2021." or ", 2016." (or after a missing separator, ".  2021.").
 */
static int
read_year(Book *book, const FootnoteBuilder *fb, const char *s, size_t n, size_t from)
{
	bool		five_digits = false;

	for (size_t i = from; i < n; i++)
	{
		size_t		j = i;

		if (!ec_is_digit((unsigned char) s[i]) ||
			(i > 0 && ec_is_digit((unsigned char) s[i - 1])))
			continue;
		if (!(i >= 2 && s[i - 1] == ' ' && (s[i - 2] == '-' || s[i - 2] == ',' || s[i - 2] == ' ')))
			continue;
		while (j < n && ec_is_digit((unsigned char) s[j]))
			j++;
		/* "- 2021.", ", 2016.", "2021:" and a conference's "- 2021"," */
		if (j < n && s[j] != '.' && s[j] != ',' && s[j] != ':' && s[j] != '"')
			continue;
		if (j - i == 4)
		{
			int			year = atoi(s + i);

			if (year >= 1800 && year <= 2100)
				return year;
		}
		else if (j - i == 5 && (s[i] == '1' || s[i] == '2'))
		{
			ecl_book_issue(book, fb->line, "year_unreadable",
					   "footnote %d: the year \"%.*s\" has five digits", fb->number,
					   (int) (j - i), s + i);
			five_digits = true;
			break;
		}
	}
	if (!five_digits && !truncated(s, n, false))
		ecl_book_issue(book, fb->line, "year_unreadable",
				   "footnote %d: no year of publication found", fb->number);
	return 0;
}

void
ecl_footnote_end(Book *book, FootnoteBuilder *fb)
{
	Footnote   *f;
	const char *s;
	size_t		n;
	long		cut;
	long		alt;
	size_t		title_end;
	size_t		title_start = 0;

	if (!fb->active)
		return;
	fb->active = false;
	s = fb->body.data ? fb->body.data : "";
	n = fb->body.len;

	f = BOOK_PUSH(book, footnotes);
	f->number = fb->number;
	f->line = fb->line;
	f->last_line = fb->last_line;
	f->article_ordinal = fb->article;
	f->body = ecl_book_strndup(s, n);

	/* title: before [Electronic resource] or the author statement " / " */
	cut = ec_find(s, n, "[Electronic");
	alt = ec_find(s, n, " / ");
	if (alt >= 0 && (cut < 0 || alt < cut))
		cut = alt;
	title_end = cut >= 0 ? (size_t) cut : n;
	while (title_start < title_end && (s[title_start] == '.' || s[title_start] == ' '))
		title_start++;				/* "19 . Title": a stray point after the label */
	while (title_end > title_start &&
		   (s[title_end - 1] == ' ' || s[title_end - 1] == '/' || s[title_end - 1] == '-'))
		title_end--;
	if (cut >= 0 && title_end > title_start)
		f->title = ecl_book_strndup(s + title_start, title_end - title_start);

	f->url = read_url(book, fb, s, n);
	f->year = read_year(book, fb, s, n, cut >= 0 ? (size_t) cut : 0);
	if (truncated(s, n, f->year > 0))
		ecl_book_issue(book, fb->line, "reference_truncated",
				   "footnote %d stops short: \"%.30s\"", fb->number,
				   n > 30 ? s + n - 30 : s);
	if (ec_find(s, n, "].  ") >= 0)
		ecl_book_issue(book, fb->line, "separator_missing",
				   "footnote %d: \"- \" is missing between \"[Electronic resource].\" and the year",
				   fb->number);
	if (ec_find(s, n, REPLACEMENT_CHAR) >= 0)
		ecl_book_issue(book, fb->line, "replacement_character",
				   "footnote %d: characters lost in conversion (U+FFFD)", fb->number);
}

/*
 * book->footnote_of: the first footnote of each number, from 1 to the
 * highest number read or cited (at least last_footnote).
 */
static void
index_footnotes(Book *book, int last_footnote)
{
	int			max = last_footnote;

	for (int k = 0; k < book->n_citations; k++)
		if (book->citations[k].footnote_number > max)
			max = book->citations[k].footnote_number;
	for (int k = 0; k < book->n_footnotes; k++)
		if (book->footnotes[k].number > max)
			max = book->footnotes[k].number;
	book->footnote_of = calloc((size_t) max + 2, sizeof(int));
	if (book->footnote_of == NULL)
		abort();
	book->footnote_of_len = max + 1;
	for (int k = 0; k < book->n_footnotes; k++)
	{
		int			number = book->footnotes[k].number;

		if (book->footnote_of[number])
			ecl_book_issue(book, book->footnotes[k].line, "footnote_duplicate",
					   "footnote %d appears twice", number);
		else
			book->footnote_of[number] = k + 1;
	}
}

/*
 * Footnotes cited or skipped whose bodies are not in the book, each at the
 * line of its first citation, else of the first footnote numbered above it.
 */
static void
missing_footnotes(Book *book)
{
	int			max = book->footnote_of_len - 1;
	int		   *line = calloc((size_t) max + 2, sizeof(int));
	int			running = 0;

	if (line == NULL)
		abort();
	for (int k = 0; k < book->n_citations; k++)
		if (line[book->citations[k].footnote_number] == 0)
			line[book->citations[k].footnote_number] = book->citations[k].line;
	/* the first footnote numbered above num is the first to raise the running highest past it */
	for (int k = 0; k < book->n_footnotes; k++)
	{
		for (int num = running; num < book->footnotes[k].number; num++)
			if (line[num] == 0)
				line[num] = book->footnotes[k].line;
		if (book->footnotes[k].number > running)
			running = book->footnotes[k].number;
	}
	for (int num = 1; num <= max; num++)
		if (!book->footnote_of[num])
			ecl_book_issue(book, line[num] > 0 ? line[num] : 1, "footnote_missing",
					   "footnote %d has no body in the book%s", num,
					   line[num] > 0 ? "" : " and is not cited");
	free(line);
}

void
ecl_footnotes_index(Book *book, int last_footnote)
{
	index_footnotes(book, last_footnote);
	missing_footnotes(book);
}

const Footnote *
ecl_book_footnote(const Book *book, int number)
{
	if (number <= 0 || number >= book->footnote_of_len || !book->footnote_of[number])
		return NULL;
	return &book->footnotes[book->footnote_of[number] - 1];
}
