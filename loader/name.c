/*
 * name.c
 *		How a file is known to the database.
 *
 * A document is the content of a file (its SHA-256) at a path.  The path is
 * kept as the user would give it again: relative to the current directory
 * when the file is under it, so that the same book loaded from another
 * checkout of the same tree (data/book.txt there) is the same document, and
 * two files of one name in different directories (y2021/report.txt,
 * y2022/report.txt) are two.
 */
#define _GNU_SOURCE				/* strchrnul */
#include "name.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source.h"				/* ecl_utf8_sequence */

const char *
ecl_base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/*
 * An absolute path without ".", ".." and doubled slashes; malloc'd, or NULL.
 * ".." is read as the kernel reads it: after a symbolic link (or a path
 * through one) it is the parent of where the link leads, not of the
 * directory the link is in, so that two files never get one path; ".." of
 * the root is the root.
 */
static char *
normalised(const char *path)
{
	size_t		cap = strlen(path) + 2;
	char	   *out = malloc(cap);
	size_t		len = 0;		/* out[0, len): "/component" after "/component" */
	const char *in = path;

	if (out == NULL)
		return NULL;
	while (*in)
	{
		const char *end;
		size_t		n;

		while (*in == '/')
			in++;
		end = strchrnul(in, '/');
		n = (size_t) (end - in);
		if (n == 2 && in[0] == '.' && in[1] == '.')
		{
			char	   *real;

			out[len] = '\0';
			real = len > 0 ? realpath(out, NULL) : NULL;
			if (real != NULL && strcmp(real, out) != 0)
			{
				/* a link on the way: from where it leads, with room for the rest */
				size_t		need = strlen(real) + strlen(end) + 2;

				if (need > cap)
				{
					char	   *more = realloc(out, need);

					if (more == NULL)
					{
						free(real);
						free(out);
						return NULL;
					}
					out = more;
					cap = need;
				}
				len = strlen(real);
				memcpy(out, real, len);
			}
			free(real);
			/* back to the '/' before the last component */
			while (len > 0 && out[--len] != '/')
				;
		}
		else if (n > 0 && !(n == 1 && in[0] == '.'))
		{
			out[len++] = '/';
			memcpy(out + len, in, n);
			len += n;
		}
		in = end;
	}
	if (len == 0)
		out[len++] = '/';
	out[len] = '\0';
	return out;
}

/* dir joined with path and normalised; malloc'd */
static char *
joined(const char *dir, const char *path)
{
	char	   *full = malloc(strlen(dir) + strlen(path) + 3);
	char	   *result;

	if (full == NULL)
		return NULL;
	strcpy(full, path[0] == '/' ? "" : dir);
	strcat(full, "/");
	strcat(full, path);
	result = normalised(full);
	free(full);
	return result;
}

/* the rest of path after directory dir ("/a/b" in "/a/b/c": "c"), or NULL */
static const char *
under(const char *path, const char *dir)
{
	size_t		n = strlen(dir);

	if (n == 1)					/* the root */
		return path[1] ? path + 1 : NULL;
	return strncmp(path, dir, n) == 0 && path[n] == '/' && path[n + 1] ? path + n + 1 : NULL;
}

char *
ecl_document_path(const char *arg)
{
	char	   *physical = getcwd(NULL, 0);
	const char *logical = getenv("PWD");
	struct stat here,
				there;
	char	   *full;
	char	   *dir;
	const char *rest = NULL;
	char	   *result;

	if (physical == NULL)
		return NULL;
	/* $PWD as the shell keeps it (through links), when it is this directory */
	dir = logical && logical[0] == '/' && stat(logical, &there) == 0 && stat(".", &here) == 0 &&
		here.st_dev == there.st_dev && here.st_ino == there.st_ino ? joined("/", logical) : NULL;
	full = joined(dir ? dir : physical, arg);
	if (full != NULL)
	{
		char	   *phys = joined("/", physical);

		if (dir)
			rest = under(full, dir);
		if (rest == NULL && phys)
			rest = under(full, phys);
		result = strdup(rest ? rest : full);
		free(phys);
	}
	else
		result = NULL;
	free(full);
	free(dir);
	free(physical);
	return result;
}

char *
ecl_name_escaped(const char *s, bool for_terminal)
{
	size_t		n = strlen(s);
	char	   *out = malloc(4 * n + 1);
	size_t		o = 0;

	if (out == NULL)
	{
		fprintf(stderr, "econtext-load: out of memory\n");
		exit(70);
	}
	for (size_t i = 0; i < n;)
	{
		const unsigned char *u = (const unsigned char *) s + i;
		size_t		len = ecl_utf8_sequence(u, n - i);
		bool		control = len == 1 ? (u[0] < 0x20 || u[0] == 0x7F) :
			len == 2 && u[0] == 0xC2 && u[1] < 0xA0;

		/*
		 * A backslash that would read as the start of an escape (of ours
		 * or of ecl_encoding_fit_name()) is escaped too: a file named with the
		 * escape's text is another file, and must be another document.
		 */
		bool		spells_escape = u[0] == '\\' && i + 1 < n &&
			(u[1] == 'x' || u[1] == 'u' || u[1] == 'U');

		if (len == 0 || (for_terminal && control) || spells_escape)
		{
			/* the invalid byte, each byte of the control character, the backslash */
			for (size_t k = 0; k < (len ? len : 1); k++)
				o += sprintf(out + o, "\\x%02x", u[k]);
			i += len ? len : 1;
		}
		else
		{
			memcpy(out + o, u, len);
			o += len;
			i += len;
		}
	}
	out[o] = '\0';
	return out;
}
