/*
 * lexicon_gen.c
 *		Writes the lexicons of data/ as C tables for the core (lexicon.c
 *		includes the output): the place names of places.csv and the
 *		indicator phrases of indicators.csv, each sorted and indexed by
 *		first byte, so that the core reads no file and builds nothing at
 *		run time.
 *
 *		lexicon_gen places.csv indicators.csv > lexicon_data.h
 *
 * The CSV files have a header row and no quoting; a row that is not three
 * non-empty fields (places.csv: and the members of a union or group, given
 * on one of its rows, empty on the others), or a field holding '"' or '\',
 * stops the build with the file and line.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROWS 4096
#define MAX_LINE 1024

typedef struct Row
{
	char	   *f[4];
	int			line;			/* in its file: the order of equals */
} Row;

static unsigned char
lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c | 0x20) : c;
}

/*
 * Read rows of nfields fields; the last may be empty when optional_last
 * (places.csv's members), every other must not.
 */
static int
read_csv(const char *path, const char *header, int nfields, bool optional_last, Row *rows)
{
	FILE	   *f = fopen(path, "r");
	char		buf[MAX_LINE];
	int			n = 0,
				line = 0;

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	while (fgets(buf, sizeof(buf), f))
	{
		char	   *p = buf,
				   *comma;
		int			k;

		line++;
		buf[strcspn(buf, "\r\n")] = '\0';
		if (line == 1)
		{
			if (strcmp(buf, header) != 0)
			{
				fprintf(stderr, "%s:1: header is not \"%s\"\n", path, header);
				exit(1);
			}
			continue;
		}
		if (buf[0] == '\0')
			continue;
		if (n == MAX_ROWS || strpbrk(buf, "\"\\") != NULL)
		{
			fprintf(stderr, "%s:%d: %s\n", path, line,
					n == MAX_ROWS ? "too many rows" : "quotes and backslashes are not read");
			exit(1);
		}
		for (k = 0; k < nfields; k++)
		{
			bool		last = k == nfields - 1;

			comma = last ? NULL : strchr(p, ',');
			if (!last && comma == NULL)
				break;
			if (comma)
				*comma = '\0';
			rows[n].f[k] = strdup(p);
			if (rows[n].f[k] == NULL)
				abort();
			if ((rows[n].f[k][0] == '\0' && !(last && optional_last)) ||
				(last && strchr(p, ',') != NULL))
				break;
			p = comma ? comma + 1 : p;
		}
		if (k < nfields)
		{
			fprintf(stderr, "%s:%d: not %d fields%s\n", path, line, nfields,
					optional_last ? ", the last alone may be empty" : " non-empty");
			exit(1);
		}
		rows[n++].line = line;
	}
	fclose(f);
	return n;
}

/* a C string literal, bytes beyond ASCII as octal escapes */
static void
put_string(const char *s, size_t n)
{
	putchar('"');
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x20 || c >= 0x7f)
			printf("\\%03o\"\"", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* places: by first byte, the longer first ("Gomel region" before "Gomel") */
static int
place_order(const void *a, const void *b)
{
	const Row  *x = a;
	const Row  *y = b;
	unsigned char fx = (unsigned char) x->f[2][0];
	unsigned char fy = (unsigned char) y->f[2][0];
	size_t		lx = strlen(x->f[2]),
				ly = strlen(y->f[2]);

	if (fx != fy)
		return fx < fy ? -1 : 1;
	if (lx != ly)
		return lx > ly ? -1 : 1;
	return strcmp(x->f[2], y->f[2]);
}

/* phrases: by lower-cased first byte, then as in the file (the first of equals wins) */
static int
cue_order(const void *a, const void *b)
{
	const Row  *x = a;
	const Row  *y = b;
	int			fx = lower((unsigned char) x->f[2][0]);
	int			fy = lower((unsigned char) y->f[2][0]);

	return fx != fy ? fx - fy : x->line - y->line;
}

static void
put_index(const char *name, const Row *rows, int n, bool fold)
{
	int			k = 0;

	printf("static const int %s[257] = {", name);
	for (int c = 0; c < 257; c++)
	{
		while (c < 256 && k < n)
		{
			unsigned char first = (unsigned char) rows[k].f[2][0];

			if ((fold ? lower(first) : first) >= c)
				break;
			k++;
		}
		printf("%s%d", c % 16 == 0 ? "\n\t" : " ", c < 256 ? k : n);
		if (c < 256)
			putchar(',');
	}
	printf("\n};\n\n");
}

/* the members of a code: given on one of its rows, or none ("") */
static const char *
members_of(const Row *rows, int n, const char *code)
{
	for (int i = 0; i < n; i++)
		if (strcmp(rows[i].f[0], code) == 0 && rows[i].f[3][0] != '\0')
			return rows[i].f[3];
	return "";
}

/* Members are codes apart by spaces, given on one row of a code at most. */
static void
check_members(const char *path, const Row *rows, int n)
{
	for (int i = 0; i < n; i++)
	{
		const char *m = rows[i].f[3];

		if (m[0] == '\0')
			continue;
		if (members_of(rows, n, rows[i].f[0]) != m)
		{
			fprintf(stderr, "%s:%d: the members of %s are given on another row already\n",
					path, rows[i].line, rows[i].f[0]);
			exit(1);
		}
		if (strspn(m, "ABCDEFGHIJKLMNOPQRSTUVWXYZ ") != strlen(m) || m[0] == ' ' ||
			m[strlen(m) - 1] == ' ' || strstr(m, "  ") != NULL)
		{
			fprintf(stderr, "%s:%d: members are ISO 3166-1 codes apart by one space\n",
					path, rows[i].line);
			exit(1);
		}
	}
}

int
main(int argc, char **argv)
{
	static Row	places[MAX_ROWS],
				cues[MAX_ROWS];
	int			np,
				nc;

	if (argc != 3)
	{
		fprintf(stderr, "usage: %s places.csv indicators.csv\n", argv[0]);
		return 2;
	}
	np = read_csv(argv[1], "code,kind,name,members", 4, true, places);
	nc = read_csv(argv[2], "code,priority,phrase", 3, false, cues);
	check_members(argv[1], places, np);
	qsort(places, np, sizeof(Row), place_order);
	qsort(cues, nc, sizeof(Row), cue_order);

	printf("/* generated from %s and %s by extension/core/gen/lexicon_gen; do not edit */\n\n",
		   argv[1], argv[2]);
	printf("static const EcPlaceName place_names[%d] = {\n", np);
	for (int i = 0; i < np; i++)
	{
		printf("\t{");
		put_string(places[i].f[0], strlen(places[i].f[0]));
		printf(", ");
		put_string(places[i].f[1], strlen(places[i].f[1]));
		printf(", ");
		put_string(places[i].f[2], strlen(places[i].f[2]));
		printf(", %zu, ", strlen(places[i].f[2]));
		put_string(members_of(places, np, places[i].f[0]), strlen(members_of(places, np, places[i].f[0])));
		printf("},\n");
	}
	printf("};\n\n");
	put_index("place_by_first", places, np, false);

	printf("static const EcCue cues[%d] = {\n", nc);
	for (int i = 0; i < nc; i++)
	{
		const char *phrase = cues[i].f[2];
		size_t		len = strlen(phrase);
		bool		stem = phrase[len - 1] == '*';

		printf("\t{");
		put_string(cues[i].f[0], strlen(cues[i].f[0]));
		printf(", %d, ", atoi(cues[i].f[1]));
		put_string(phrase, len - stem);
		printf(", %zu, %s},\n", len - stem, stem ? "true" : "false");
	}
	printf("};\n\n");
	put_index("cue_by_first", cues, nc, true);
	return 0;
}
