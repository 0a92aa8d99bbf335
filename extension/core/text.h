/*
 * text.h
 *		Byte-level helpers shared by the parsers of the plain-C core, and
 *		its character tests, which the loader uses too.
 *
 * The parsers work on (const char *s, size_t len) and byte positions, never
 * on NUL-terminated strings, so a text value from PostgreSQL can be parsed
 * without copying.  Input is UTF-8; character classes and case folding are
 * ASCII only, which is all the English vocabulary of the parsers needs and
 * keeps them independent of the locale (<ctype.h> follows LC_CTYPE, which a
 * backend takes from its database).  Each test answers as <ctype.h> does in
 * the C locale: a byte of 0x80 or more is in no class.
 *
 * A function that matches returns the position just past the match, which is
 * always greater than the starting position; 0 means no match.
 */
#ifndef EC_TEXT_H
#define EC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

static inline bool
ec_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
ec_is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
ec_is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
ec_is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline bool
ec_is_alnum(unsigned char c)
{
	return ec_is_alpha(c) || ec_is_digit(c);
}

/* space, tab, line feed, vertical tab, form feed, carriage return */
static inline bool
ec_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline unsigned char
ec_lower(unsigned char c)
{
	return ec_is_upper(c) ? (unsigned char) (c | 0x20) : c;
}

/* Does byte b begin a character of UTF-8 text (is it no continuation byte)? */
static inline bool
ec_utf8_starts(unsigned char b)
{
	return (b & 0xC0) != 0x80;
}

/*
 * 1-based character positions of byte offsets in a UTF-8 text, asked in
 * ascending order: each call counts on from the one before, so that the
 * positions of all a text's mentions cost one pass.  With count_bytes a
 * position counts bytes (what a SQL_ASCII database's string functions do).
 */
typedef struct EcCharCursor
{
	const char *s;
	bool		count_bytes;
	size_t		byte;			/* the characters before byte are chars */
	int64_t		chars;
} EcCharCursor;

static inline int64_t
ec_char_position(EcCharCursor *c, size_t pos)
{
	for (; c->byte < pos; c->byte++)
		if (c->count_bytes || ec_utf8_starts((unsigned char) c->s[c->byte]))
			c->chars++;
	return c->chars + 1;
}

/* Is pos at the end of a word: end of input or anything but [A-Za-z0-9]? */
static inline bool
ec_word_ends_at(const char *s, size_t len, size_t pos)
{
	return pos >= len || !ec_is_alnum((unsigned char) s[pos]);
}

/* Length of the white-space character at pos (ASCII or Unicode), or 0. */
extern size_t ec_space_len(const char *s, size_t len, size_t pos);

/*
 * Position after any white space starting at pos.  Inline, with ASCII
 * first: the parsers call it between every two words.
 */
static inline size_t
ec_skip_spaces(const char *s, size_t len, size_t pos)
{
	while (pos < len)
	{
		unsigned char c = (unsigned char) s[pos];
		size_t		n;

		if (ec_is_space(c))
		{
			pos++;
			continue;
		}
		if (c < 0x80 || (n = ec_space_len(s, len, pos)) == 0)
			break;
		pos += n;
	}
	return pos;
}

/* Length of the dash or hyphen at pos (-, U+2010..U+2015, U+2212), or 0. */
extern size_t ec_dash_len(const char *s, size_t len, size_t pos);

/* Length of the minus sign at pos ('-' or U+2212), or 0. */
extern size_t ec_minus_len(const char *s, size_t len, size_t pos);

/*
 * Match a phrase of the parsers' vocabulary at pos: ASCII letters compare
 * case-insensitively, a space in the phrase matches one or more white-space
 * characters of the input, other bytes compare exactly.  When the phrase ends
 * in a letter the input word must end there too ("bn" does not match "bnx").
 * Returns the position after the match, or 0.
 */
extern size_t ec_match_phrase(const char *s, size_t len, size_t pos,
							  const char *phrase);

#endif							/* EC_TEXT_H */
