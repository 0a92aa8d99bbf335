/*
 * jsonl.c
 *		A record of a JSONL file: one JSON object (RFC 8259) on one line.
 *		Strings are decoded; values of fields the loader does not know are
 *		kept as written, for the record's extra column (jsonb).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "records.h"
#include "source.h"				/* ecl_utf8_valid_prefix */

#define JSON_MAX_DEPTH 64

typedef struct Json
{
	const char *s;
	size_t		n;
	size_t		i;
	const char *err;			/* what is wrong at i, or NULL */
	bool		nul;			/* a string held \u0000, which text and jsonb cannot */
	Text		str;			/* the last string decoded */
} Json;

static void
ws(Json *j)
{
	while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\t' || j->s[j->i] == '\r' ||
						   j->s[j->i] == '\n'))
		j->i++;
}

static bool
fail(Json *j, const char *err)
{
	if (j->err == NULL)
		j->err = err;
	return false;
}

static int
hex4(const char *s)
{
	int			v = 0;

	for (int k = 0; k < 4; k++)
	{
		char		c = s[k];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

static void
put_utf8(Text *t, unsigned int cp)
{
	char		b[4];
	size_t		n;

	if (cp < 0x80)
		b[0] = (char) cp, n = 1;
	else if (cp < 0x800)
		b[0] = (char) (0xC0 | cp >> 6), b[1] = (char) (0x80 | (cp & 0x3F)), n = 2;
	else if (cp < 0x10000)
		b[0] = (char) (0xE0 | cp >> 12), b[1] = (char) (0x80 | ((cp >> 6) & 0x3F)),
			b[2] = (char) (0x80 | (cp & 0x3F)), n = 3;
	else
		b[0] = (char) (0xF0 | cp >> 18), b[1] = (char) (0x80 | ((cp >> 12) & 0x3F)),
			b[2] = (char) (0x80 | ((cp >> 6) & 0x3F)), b[3] = (char) (0x80 | (cp & 0x3F)), n = 4;
	ecl_text_append(t, b, n);
}

/* A string at j->i (its opening quote) decoded into j->str. */
static bool
string(Json *j)
{
	j->str.len = 0;
	if (j->i >= j->n || j->s[j->i] != '"')
		return fail(j, "a string was expected");
	for (j->i++; j->i < j->n; j->i++)
	{
		unsigned char c = (unsigned char) j->s[j->i];
		size_t		run = j->i;

		if (c == '"')
		{
			j->i++;
			return true;
		}
		if (c < 0x20)
			return fail(j, "a control character inside a string");
		if (c != '\\')
		{
			/* the plain run up to the next quote, escape or control character */
			while (j->i + 1 < j->n && j->s[j->i + 1] != '"' && j->s[j->i + 1] != '\\' &&
				   (unsigned char) j->s[j->i + 1] >= 0x20)
				j->i++;
			ecl_text_append(&j->str, j->s + run, j->i - run + 1);
			continue;
		}
		if (++j->i >= j->n)
			break;
		switch (j->s[j->i])
		{
			case '"':
			case '\\':
			case '/':
				ecl_text_putc(&j->str, j->s[j->i]);
				break;
			case 'b':
				ecl_text_putc(&j->str, '\b');
				break;
			case 'f':
				ecl_text_putc(&j->str, '\f');
				break;
			case 'n':
				ecl_text_putc(&j->str, '\n');
				break;
			case 'r':
				ecl_text_putc(&j->str, '\r');
				break;
			case 't':
				ecl_text_putc(&j->str, '\t');
				break;
			case 'u':
				{
					int			cp = j->i + 4 < j->n ? hex4(j->s + j->i + 1) : -1;

					if (cp < 0)
						return fail(j, "a \\u escape without four hex digits");
					j->i += 4;
					if (cp >= 0xD800 && cp <= 0xDBFF)
					{
						int			lo = j->i + 6 < j->n && j->s[j->i + 1] == '\\' &&
							j->s[j->i + 2] == 'u' ? hex4(j->s + j->i + 3) : -1;

						if (lo < 0xDC00 || lo > 0xDFFF)
							return fail(j, "a \\u escape of half a surrogate pair");
						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
						j->i += 6;
					}
					else if (cp >= 0xDC00 && cp <= 0xDFFF)
						return fail(j, "a \\u escape of half a surrogate pair");
					if (cp == 0)
						j->nul = true;
					put_utf8(&j->str, (unsigned int) cp);
					break;
				}
			default:
				return fail(j, "an unknown escape in a string");
		}
	}
	return fail(j, "a string without its closing quote");
}

static bool
literal(Json *j, const char *word)
{
	size_t		n = strlen(word);

	if (j->i + n > j->n || memcmp(j->s + j->i, word, n) != 0)
		return fail(j, "a value was expected");
	j->i += n;
	return true;
}

static bool
number(Json *j)
{
	size_t		start = j->i;

	if (j->i < j->n && j->s[j->i] == '-')
		j->i++;
	if (j->i >= j->n || !ec_is_digit((unsigned char) j->s[j->i]))
		return fail(j, "a value was expected");
	if (j->s[j->i] == '0')
		j->i++;
	else
		while (j->i < j->n && ec_is_digit((unsigned char) j->s[j->i]))
			j->i++;
	if (j->i < j->n && j->s[j->i] == '.')
	{
		if (++j->i >= j->n || !ec_is_digit((unsigned char) j->s[j->i]))
			return fail(j, "a number without digits after its point");
		while (j->i < j->n && ec_is_digit((unsigned char) j->s[j->i]))
			j->i++;
	}
	if (j->i < j->n && (j->s[j->i] == 'e' || j->s[j->i] == 'E'))
	{
		j->i++;
		if (j->i < j->n && (j->s[j->i] == '+' || j->s[j->i] == '-'))
			j->i++;
		if (j->i >= j->n || !ec_is_digit((unsigned char) j->s[j->i]))
			return fail(j, "a number without digits in its exponent");
		while (j->i < j->n && ec_is_digit((unsigned char) j->s[j->i]))
			j->i++;
	}
	return j->i > start;
}

/* Any value at j->i, checked and passed over. */
static bool
value(Json *j, int depth)
{
	char		open;

	if (depth > JSON_MAX_DEPTH)
		return fail(j, "values nested too deep");
	if (j->i >= j->n)
		return fail(j, "a value was expected");
	switch (j->s[j->i])
	{
		case '"':
			return string(j);
		case 't':
			return literal(j, "true");
		case 'f':
			return literal(j, "false");
		case 'n':
			return literal(j, "null");
		case '{':
		case '[':
			open = j->s[j->i++];
			ws(j);
			if (j->i < j->n && j->s[j->i] == (open == '{' ? '}' : ']'))
			{
				j->i++;
				return true;
			}
			for (;;)
			{
				if (open == '{')
				{
					if (!string(j))
						return false;
					ws(j);
					if (j->i >= j->n || j->s[j->i] != ':')
						return fail(j, "a colon was expected after a name");
					j->i++;
					ws(j);
				}
				if (!value(j, depth + 1))
					return false;
				ws(j);
				if (j->i < j->n && j->s[j->i] == ',')
				{
					j->i++;
					ws(j);
					continue;
				}
				if (j->i < j->n && j->s[j->i] == (open == '{' ? '}' : ']'))
				{
					j->i++;
					return true;
				}
				return fail(j, open == '{' ? "a comma or } was expected" : "a comma or ] was expected");
			}
		default:
			return number(j);
	}
}

/* One member of the record's object: its name, then its value. */
static bool
member(Json *j, Record *rec)
{
	char	   *name;
	size_t		name_len,
				start;
	char		kind;

	if (!string(j))
		return false;
	name_len = j->str.len;
	name = ecl_book_strndup(j->str.data ? j->str.data : "", name_len);
	ws(j);
	if (j->i >= j->n || j->s[j->i] != ':')
	{
		free(name);
		return fail(j, "a colon was expected after a name");
	}
	j->i++;
	ws(j);
	start = j->i;
	kind = j->i < j->n ? j->s[j->i] : '\0';
	j->nul = false;
	if (!value(j, 1))
	{
		free(name);
		return false;
	}
	if (j->nul)
		snprintf(rec->error, sizeof(rec->error),
				 "the field \"%.60s\" holds a NUL character (\\u0000)", name);
	else if (kind == '"')
		ecl_record_set(rec, name, name_len, j->str.data ? j->str.data : "", j->str.len,
					   j->s + start, j->i - start);
	else if (kind == 'n')
		ecl_record_set(rec, name, name_len, NULL, 0, j->s + start, j->i - start);
	else
	{
		bool		known = false;

		for (int k = 0; k < NFIELDS; k++)
			known |= strlen(ecl_record_field_names[k]) == name_len &&
				memcmp(ecl_record_field_names[k], name, name_len) == 0;
		/* a number is its text (an id of 17); an object or true is no text */
		if (known && (kind == '{' || kind == '[' || kind == 't' || kind == 'f'))
			snprintf(rec->error, sizeof(rec->error),
					 "the field \"%s\" is not a string", name);
		else
			ecl_record_set(rec, name, name_len, j->s + start, j->i - start,
						   j->s + start, j->i - start);
	}
	free(name);
	return true;
}

void
ecl_jsonl_record(const char *line, size_t n, Record *rec)
{
	Json		j = {line, n, 0, NULL, false, {0}};
	size_t		valid = ecl_utf8_valid_prefix(line, n);

	if (valid < n)
	{
		snprintf(rec->error, sizeof(rec->error), "invalid UTF-8 at byte %zu of the line", valid + 1);
		return;
	}
	ws(&j);
	if (j.i >= n || line[j.i] != '{')
		fail(&j, "a JSON object was expected");
	else
	{
		j.i++;
		ws(&j);
		if (j.i < n && line[j.i] == '}')
			j.i++;
		else
			for (;;)
			{
				if (!member(&j, rec))
					break;
				ws(&j);
				if (j.i < n && line[j.i] == ',')
				{
					j.i++;
					ws(&j);
					continue;
				}
				if (j.i < n && line[j.i] == '}')
				{
					j.i++;
					break;
				}
				fail(&j, "a comma or } was expected");
				break;
			}
		ws(&j);
		if (j.err == NULL && j.i < n)
			fail(&j, "text after the object");
	}
	if (j.err && rec->error[0] == '\0')
		snprintf(rec->error, sizeof(rec->error), "not a JSON object: %s at byte %zu of the line",
				 j.err, j.i + 1);
	free(j.str.data);
}
