/*
 * lines.c
 *		Tests of one line of a book (its bytes without the end of line):
 *		blank, a footnote's label, the start of a reference, a fragment of a
 *		URL.
 */
#include <string.h>

#include "book_int.h"
#include "text.h"

bool
ecl_line_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!ec_is_space((unsigned char) s[i]))
			return false;
	return true;
}

void
ecl_line_trim(const char **s, size_t *n)
{
	while (*n > 0 && ec_is_space((unsigned char) (*s)[0]))
		(*s)++, (*n)--;
	while (*n > 0 && ec_is_space((unsigned char) (*s)[*n - 1]))
		(*n)--;
}

bool
ecl_footnote_label(const char *s, size_t n, int *number, size_t *text_start)
{
	size_t		i = 0;
	int			v = 0;

	while (i < n && i < 4 && ec_is_digit((unsigned char) s[i]))
		v = v * 10 + (s[i++] - '0');
	if (i == 0 || i == 4 || i >= n)
		return false;
	/* "12 Title", "19 . Title", "9. Title" */
	if (s[i] == '.' && i + 1 < n && s[i + 1] == ' ')
		i++;
	else if (s[i] != ' ')
		return false;
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == '.' && i + 1 < n && s[i + 1] == ' ')
		i += 2;
	if (i >= n)
		return false;
	/*
	 * "2022. - URL" is a wrapped line; "295 6th International" and "294 16
	 * enterprises of" are labels
	 */
	if (ec_is_digit((unsigned char) s[i]))
	{
		size_t		k = i;

		while (k < n && ec_is_digit((unsigned char) s[k]))
			k++;
		if (k >= n || !(ec_is_alpha((unsigned char) s[k]) ||
						(s[k] == ' ' && k + 1 < n && ec_is_alpha((unsigned char) s[k + 1]))))
			return false;
	}
	*number = v;
	*text_start = i;
	return true;
}

static bool
contains(const char *s, size_t n, const char *needle)
{
	return ec_find(s, n, needle) >= 0;
}

bool
ecl_looks_like_reference(const Source *src, int i)
{
	/* the reference's marks show within its first three lines */
	for (int k = i; k < src->nlines && k < i + 3; k++)
	{
		const char *s = src->lines[k].text;
		size_t		n = src->lines[k].len;

		if (contains(s, n, "[Electronic") || contains(s, n, "URL:") ||
			contains(s, n, "http") || contains(s, n, " / ") || contains(s, n, " // ") ||
			contains(s, n, ". - "))
			return true;
		if (k > i && (ecl_line_blank(s, n) || s[0] == ' '))
			break;
	}
	return false;
}

bool
ecl_url_fragment_line(const char *s, size_t n)
{
	bool		slash = false;

	ecl_line_trim(&s, &n);
	if (n < 8)
		return false;
	if (strncmp(s, "http", 4) == 0 || strncmp(s, "www.", 4) == 0)
		return true;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '/')
			slash = true;
		else if (!(ec_is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '%' ||
				   c == '=' || c == '?' || c == '&' || c == '+' || c == ':'))
			return false;
	}
	return slash;
}
