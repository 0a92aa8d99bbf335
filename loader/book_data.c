/*
 * book_data.c
 *		What a parsed book is kept in: growing arrays, strings and byte
 *		strings, load issues; freeing a book, and its summary.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "book_int.h"
#include "source.h"				/* ecl_utf8_sequence */

bool		ecl_book_positions_in_bytes = false;

void
ecl_book_grow(void **array, int *cap, size_t elem)
{
	int			new_cap = *cap ? *cap * 2 : 16;
	void	   *p = realloc(*array, (size_t) new_cap * elem);

	if (p == NULL)
	{
		fprintf(stderr, "econtext-load: out of memory\n");
		exit(70);
	}
	*array = p;
	*cap = new_cap;
}

char *
ecl_book_strndup(const char *s, size_t n)
{
	char	   *d = malloc(n + 1);

	if (d == NULL)
	{
		fprintf(stderr, "econtext-load: out of memory\n");
		exit(70);
	}
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/*
 * A load issue of book, its message formatted.  The message quotes the
 * book's text cut at a byte count ("%.40s", and 512 bytes at most): what
 * the cuts leave of a character is taken out, so that it stays UTF-8.
 */
static LoadIssue *
issue_push(Book *book, int line, const char *code, const char *fmt, va_list ap)
{
	LoadIssue  *li = BOOK_PUSH(book, issues);
	char		msg[512];
	size_t		n;
	size_t		k = 0;

	vsnprintf(msg, sizeof(msg), fmt, ap);
	n = strlen(msg);
	for (size_t i = 0; i < n;)
	{
		size_t		len = ecl_utf8_sequence((const unsigned char *) msg + i, n - i);

		if (len == 0)
		{
			i++;
			continue;
		}
		memmove(msg + k, msg + i, len);
		k += len;
		i += len;
	}
	li->message = ecl_book_strndup(msg, k);
	li->line = line;
	li->code = code;
	return li;
}

void
ecl_book_issue(Book *book, int line, const char *code, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	issue_push(book, line, code, fmt, ap);
	va_end(ap);
}

void
ecl_book_issue_text(Book *book, int line, const char *code, const char *s, size_t n,
				const char *fmt,...)
{
	va_list		ap;
	LoadIssue  *li;

	va_start(ap, fmt);
	li = issue_push(book, line, code, fmt, ap);
	va_end(ap);
	ecl_line_trim(&s, &n);
	li->text = ecl_book_strndup(s, n);
}

void
ecl_text_append(Text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap)
	{
		size_t		cap = t->cap ? t->cap : 256;
		char	   *p;

		while (t->len + n + 1 > cap)
			cap *= 2;
		p = realloc(t->data, cap);
		if (p == NULL)
		{
			fprintf(stderr, "econtext-load: out of memory\n");
			exit(70);
		}
		t->data = p;
		t->cap = cap;
	}
	memcpy(t->data + t->len, s, n);
	t->len += n;
	t->data[t->len] = '\0';
}

void
ecl_text_putc(Text *t, char c)
{
	ecl_text_append(t, &c, 1);
}

void
ecl_book_free(Book *book)
{
	for (int i = 0; i < book->n_articles; i++)
	{
		free(book->articles[i].title);
		free(book->articles[i].subtitle);
	}
	for (int i = 0; i < book->n_paragraphs; i++)
	{
		free(book->paragraphs[i].body);
		free(book->paragraphs[i].line_numbers);
		free(book->paragraphs[i].line_offsets);
	}
	for (int i = 0; i < book->n_footnotes; i++)
	{
		free(book->footnotes[i].title);
		free(book->footnotes[i].url);
		free(book->footnotes[i].body);
	}
	for (int i = 0; i < book->n_issues; i++)
	{
		free(book->issues[i].message);
		free(book->issues[i].text);
	}
	free(book->mentions);
	free(book->facts);
	free(book->sentences);
	free(book->place_mentions);
	free(book->articles);
	free(book->pages);
	free(book->paragraphs);
	free(book->footnotes);
	free(book->citations);
	free(book->issues);
	free(book->footnote_of);
	memset(book, 0, sizeof(*book));
}

static int
issue_code_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

void
ecl_book_print_summary(const Book *book, FILE *out)
{
	const char **codes = malloc(sizeof(char *) * (book->n_issues + 1));

	fprintf(out, "  %d articles, %d pages, %d paragraphs, %d sentences, %d footnotes, %d citations, "
			"%d mentions, %d place names, %d facts\n",
			book->n_articles, book->n_pages, book->n_paragraphs, book->n_sentences,
			book->n_footnotes, book->n_citations, book->n_mentions, book->n_place_mentions,
			book->n_facts);
	fprintf(out, "  %d load issues", book->n_issues);
	for (int i = 0; i < book->n_issues; i++)
		codes[i] = book->issues[i].code;
	qsort(codes, book->n_issues, sizeof(char *), issue_code_cmp);
	for (int i = 0; i < book->n_issues;)
	{
		int			k = i;

		while (k < book->n_issues && strcmp(codes[k], codes[i]) == 0)
			k++;
		fprintf(out, "%s %s %d", i == 0 ? ":" : ",", codes[i], k - i);
		i = k;
	}
	fputc('\n', out);
	free(codes);
}
