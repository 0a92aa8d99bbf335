/*
 * dateline.c
 *		The dateline a news item opens with: where and when it was filed,
 *		"ASTANA, March 14.", "MOSCOW, March 14 (Reuters) - ", "TASHKENT (UzA)
 *		— ", "МИНСК, 14 марта. /БЕЛТА/. ".  It stays in the text; the place
 *		it names is where the item was written, not what its figures are
 *		about, so the loader (loader/facts.c) and extract_facts() read the
 *		figures and places after it.
 */
#include <string.h>

#include "dateline.h"
#include "period.h"				/* ec_lex_month */
#include "text.h"

#define DATELINE_MAX 120		/* bytes: a dateline is a few words */
#define CITY_MAX_WORDS 4

/* Is s[i] an upper-case letter (Latin or Russian)?  Its length in *n. */
static bool
upper_at(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char c = (unsigned char) s[i];

	if (ec_is_upper(c))
	{
		*n = 1;
		return true;
	}
	/* А-Я is D0 90 to D0 AF, Ё is D0 81 */
	if (c == 0xD0 && i + 1 < len &&
		(((unsigned char) s[i + 1] >= 0x90 && (unsigned char) s[i + 1] <= 0xAF) ||
		 (unsigned char) s[i + 1] == 0x81))
	{
		*n = 2;
		return true;
	}
	return false;
}

/* A word of capitals from i (two letters at least): its end, or i. */
static size_t
capitals(const char *s, size_t len, size_t i)
{
	size_t		j = i,
				n;
	int			letters = 0;

	while (j < len && upper_at(s, len, j, &n))
		j += n, letters++;
	/* "ASTANA" ends at a space or a point, "Astana" is no dateline */
	if (letters < 2 || (j < len && ec_is_alpha((unsigned char) s[j])))
		return i;
	return j;
}

/* "ASTANA", "NUR-SULTAN", "NEW DELHI": its end, or 0 */
static size_t
city(const char *s, size_t len)
{
	size_t		i = capitals(s, len, 0);

	if (i == 0)
		return 0;
	for (int words = 1; words < CITY_MAX_WORDS && i + 1 < len &&
		 (s[i] == ' ' || s[i] == '-'); words++)
	{
		size_t		j = capitals(s, len, i + 1);

		if (j == i + 1)
			break;
		i = j;
	}
	return i;
}

/* A month's name at i (English, as the core reads it; or Russian in the genitive): its end, or i. */
static size_t
month(const char *s, size_t len, size_t i)
{
	static const char *const genitive[] = {
		"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
		"сентября", "октября", "ноября", "декабря", NULL
	};
	int			number;
	size_t		end = ec_lex_month(s, len, i, &number);

	/* "March", "Mar.": capitalised, as a dateline writes it */
	if (end > 0 && ec_is_upper((unsigned char) s[i]))
		return end;
	for (int k = 0; genitive[k]; k++)
	{
		size_t		n = strlen(genitive[k]);

		if (i + n <= len && memcmp(s + i, genitive[k], n) == 0 &&
			(i + n == len || !ec_is_alpha((unsigned char) s[i + n])))
			return i + n;
	}
	return i;
}

/* a run of 1 to max digits at i: its end, or i */
static size_t
digits(const char *s, size_t len, size_t i, int max)
{
	size_t		j = i;

	while (j < len && j - i < (size_t) max && ec_is_digit((unsigned char) s[j]))
		j++;
	if (j < len && ec_is_digit((unsigned char) s[j]))
		return i;
	return j;
}

/* "March 14", "14 March", "March 14, 2024", "14 марта 2024 года": its end, or i */
static size_t
date(const char *s, size_t len, size_t i)
{
	size_t		j,
				k;

	if ((j = month(s, len, i)) > i)
	{
		if (j + 1 >= len || s[j] != ' ' || (k = digits(s, len, j + 1, 2)) == j + 1)
			return i;
		j = k;
	}
	else if ((j = digits(s, len, i, 2)) > i)
	{
		if (j + 1 >= len || s[j] != ' ' || (k = month(s, len, j + 1)) == j + 1)
			return i;
		j = k;
	}
	else
		return i;
	/* a year: ", 2024" or " 2024" */
	k = j + (j < len && s[j] == ',');
	if (k + 5 <= len && s[k] == ' ' && digits(s, len, k + 1, 4) == k + 5)
		j = k + 5;
	return j;
}

/* " (Reuters)", " /БЕЛТА/": the agency's end, or i */
static size_t
agency(const char *s, size_t len, size_t i)
{
	char		close;
	const char *end;

	if (i + 2 >= len || s[i] != ' ' || (s[i + 1] != '(' && s[i + 1] != '/'))
		return i;
	close = s[i + 1] == '(' ? ')' : '/';
	end = memchr(s + i + 2, close, len - i - 2 < 40 ? len - i - 2 : 40);
	return end && end > s + i + 2 ? (size_t) (end - s) + 1 : i;
}

size_t
ec_dateline_length(const char *s, size_t len)
{
	size_t		i = city(s, len),
				j,
				k;
	bool		dated = false,
				named = false,	/* an agency's name */
				dash = false,
				point = false;

	if (i == 0)
		return 0;
	if ((j = agency(s, len, i)) > i)
		named = true, i = j;
	if (i + 2 < len && (s[i] == ',' || s[i] == '.') && s[i + 1] == ' ' &&
		(j = date(s, len, i + 2)) > i + 2)
	{
		dated = true;
		i = j;
		k = i + (i < len && s[i] == '.');
		if ((j = agency(s, len, k)) > k)
			named = true, i = j;
	}
	/* what ends it: a dash, or a point after a date or an agency; then a space */
	for (k = i; k < len && k < DATELINE_MAX;)
	{
		if (s[k] == ' ')
			k++;
		else if (s[k] == '.')
			point = true, k++;
		else if (s[k] == '-')
			dash = true, k++;
		else if (k + 3 <= len && (memcmp(s + k, "\xE2\x80\x93", 3) == 0 ||
								  memcmp(s + k, "\xE2\x80\x94", 3) == 0))
			dash = true, k += 3;
		else
			break;
	}
	if (k == i || k >= len || k >= DATELINE_MAX || s[k - 1] != ' ' ||
		!(dash || (point && (dated || named))))
		return 0;
	return k;
}
