/*
 * text.c
 *		White space, dashes and phrase matching over UTF-8 bytes.
 */
#include "text.h"

size_t
ec_space_len(const char *s, size_t len, size_t pos)
{
	const unsigned char *u = (const unsigned char *) s + pos;
	size_t		left;

	if (pos >= len)
		return 0;
	left = len - pos;
	switch (u[0])
	{
		case ' ':
		case '\t':
		case '\n':
		case '\r':
		case '\v':
		case '\f':
			return 1;
		case 0xC2:				/* U+00A0 no-break space */
			return (left >= 2 && u[1] == 0xA0) ? 2 : 0;
		case 0xE2:
			/* U+2000..U+200A spaces, U+202F narrow no-break space */
			if (left >= 3 && u[1] == 0x80 &&
				((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
				return 3;
			/* U+205F medium mathematical space */
			if (left >= 3 && u[1] == 0x81 && u[2] == 0x9F)
				return 3;
			return 0;
		case 0xE3:				/* U+3000 ideographic space */
			return (left >= 3 && u[1] == 0x80 && u[2] == 0x80) ? 3 : 0;
		default:
			return 0;
	}
}

size_t
ec_dash_len(const char *s, size_t len, size_t pos)
{
	const unsigned char *u = (const unsigned char *) s + pos;

	if (pos >= len)
		return 0;
	if (u[0] == '-')
		return 1;
	if (u[0] == 0xE2 && len - pos >= 3)
	{
		/* U+2010 hyphen .. U+2015 horizontal bar */
		if (u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
			return 3;
		/* U+2212 minus sign */
		if (u[1] == 0x88 && u[2] == 0x92)
			return 3;
	}
	return 0;
}

size_t
ec_minus_len(const char *s, size_t len, size_t pos)
{
	const unsigned char *u = (const unsigned char *) s + pos;

	if (pos >= len)
		return 0;
	if (u[0] == '-')
		return 1;
	if (len - pos >= 3 && u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
		return 3;
	return 0;
}

size_t
ec_match_phrase(const char *s, size_t len, size_t pos, const char *phrase)
{
	const unsigned char *p = (const unsigned char *) phrase;
	unsigned char last = 0;

	while (*p)
	{
		if (*p == ' ')
		{
			size_t		after = ec_skip_spaces(s, len, pos);

			if (after == pos)
				return 0;
			pos = after;
		}
		else
		{
			if (pos >= len || ec_lower((unsigned char) s[pos]) != ec_lower(*p))
				return 0;
			pos++;
		}
		last = *p++;
	}
	if (ec_is_alpha(last) && !ec_word_ends_at(s, len, pos))
		return 0;
	return pos;
}
