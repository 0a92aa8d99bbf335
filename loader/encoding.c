/*
 * encoding.c
 *		Which characters a database that is not UTF-8 can store, asked of
 *		glibc's iconv under the name it gives PostgreSQL's encoding.
 *
 * The loader sends UTF-8 (client_encoding) and the server converts; a
 * character the database's encoding lacks fails the COPY of whatever row
 * holds it, naming a row of a COPY rather than a line of the file.  The
 * loader therefore checks a document before it loads it, and refuses it
 * naming the line and the character.  Where glibc and PostgreSQL disagree
 * on a character the server still refuses it: the check only says more.
 */
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* PostgreSQL's server encodings and the name iconv knows each by */
static const char *const iconv_names[][2] = {
	{"LATIN1", "ISO-8859-1"}, {"LATIN2", "ISO-8859-2"}, {"LATIN3", "ISO-8859-3"},
	{"LATIN4", "ISO-8859-4"}, {"LATIN5", "ISO-8859-9"}, {"LATIN6", "ISO-8859-10"},
	{"LATIN7", "ISO-8859-13"}, {"LATIN8", "ISO-8859-14"}, {"LATIN9", "ISO-8859-15"},
	{"LATIN10", "ISO-8859-16"}, {"ISO_8859_5", "ISO-8859-5"}, {"ISO_8859_6", "ISO-8859-6"},
	{"ISO_8859_7", "ISO-8859-7"}, {"ISO_8859_8", "ISO-8859-8"}, {"WIN866", "CP866"},
	{"WIN874", "CP874"}, {"WIN1250", "CP1250"}, {"WIN1251", "CP1251"}, {"WIN1252", "CP1252"},
	{"WIN1253", "CP1253"}, {"WIN1254", "CP1254"}, {"WIN1255", "CP1255"}, {"WIN1256", "CP1256"},
	{"WIN1257", "CP1257"}, {"WIN1258", "CP1258"}, {"KOI8R", "KOI8-R"}, {"KOI8U", "KOI8-U"},
	{"EUC_JP", "EUC-JP"}, {"EUC_CN", "EUC-CN"}, {"EUC_KR", "EUC-KR"}, {"EUC_TW", "EUC-TW"},
	{"EUC_JIS_2004", "EUC-JISX0213"},
};

/* a converter from UTF-8 to the database's encoding, or (iconv_t) -1 when none is needed or known */
static iconv_t
converter(const char *server_encoding)
{
	for (size_t k = 0; k < sizeof(iconv_names) / sizeof(iconv_names[0]); k++)
		if (server_encoding && strcmp(server_encoding, iconv_names[k][0]) == 0)
			return iconv_open(iconv_names[k][1], "UTF-8");
	return (iconv_t) -1;
}

/* the code point of the UTF-8 character at s[0, n) */
static unsigned int
code_point(const unsigned char *s, size_t n)
{
	size_t		len = ecl_utf8_sequence(s, n);
	unsigned int cp = len == 1 ? s[0] : len == 2 ? s[0] & 0x1F : len == 3 ? s[0] & 0x0F : s[0] & 0x07;

	for (size_t i = 1; i < len; i++)
		cp = (cp << 6) | (s[i] & 0x3F);
	return cp;
}

/* Does s[0, n) convert whole?  *bad: the first character that does not. */
static bool
converts(iconv_t cd, const char *s, size_t n, const char **bad)
{
	char		out[4096];
	char	   *in = (char *) s;
	size_t		left = n;

	while (left > 0)
	{
		char	   *o = out;
		size_t		room = sizeof(out);

		if (iconv(cd, &in, &left, &o, &room) == (size_t) -1 && errno != E2BIG)
		{
			*bad = in;
			iconv(cd, NULL, NULL, NULL, NULL);
			return false;
		}
	}
	iconv(cd, NULL, NULL, NULL, NULL);	/* the initial shift state again */
	return true;
}

int
ecl_encoding_first_misfit(const Source *src, const char *server_encoding, unsigned int *codepoint)
{
	iconv_t		cd = converter(server_encoding);
	int			line = 0;

	if (cd == (iconv_t) -1)
		return 0;
	for (int i = 0; i < src->nlines && line == 0; i++)
	{
		const char *bad;

		if (!converts(cd, src->lines[i].text, src->lines[i].len, &bad))
		{
			line = i + 1;
			*codepoint = code_point((const unsigned char *) bad,
									src->lines[i].len - (size_t) (bad - src->lines[i].text));
		}
	}
	iconv_close(cd);
	return line;
}

char *
ecl_encoding_fit_name(const char *s, const char *server_encoding)
{
	iconv_t		cd = converter(server_encoding);
	size_t		n = strlen(s);
	char	   *out = malloc(3 * n + 1);	/* a character of 2+ bytes is 6 or 10 */
	size_t		o = 0;

	if (out == NULL)
	{
		fprintf(stderr, "econtext-load: out of memory\n");
		exit(70);
	}
	for (size_t i = 0; i < n;)
	{
		size_t		len = ecl_utf8_sequence((const unsigned char *) s + i, n - i);
		const char *bad;

		if (len == 0)
			len = 1;			/* not UTF-8: ecl_name_escaped() wrote these \xHH before */
		if (cd != (iconv_t) -1 && len > 1 && !converts(cd, s + i, len, &bad))
			o += sprintf(out + o, len == 4 ? "\\U%08X" : "\\u%04X",
						 code_point((const unsigned char *) s + i, n - i));
		else
		{
			memcpy(out + o, s + i, len);
			o += len;
		}
		i += len;
	}
	out[o] = '\0';
	if (cd != (iconv_t) -1)
		iconv_close(cd);
	return out;
}
