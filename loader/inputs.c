/*
 * inputs.c
 *		What each argument is: a directory, walked for the files it holds; a
 *		file of records (feed.c), by its name or --format; else a book or a
 *		plain text (pipeline.c).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "name.h"
#include "pipeline_int.h"
#include "progress.h"

static bool
has_suffix(const char *name, const char *suffix)
{
	size_t		n = strlen(name),
				k = strlen(suffix);

	return n > k && strcmp(name + n - k, suffix) == 0;
}

/* name order, byte by byte: the same whatever the locale */
static int
by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* every .txt, .jsonl and .csv file under dir, in name order: the worst exit code */
static int
load_directory(Pipeline *pl, const char *dir, const char *path, int *found)
{
	struct dirent **entries;
	int			n = scandir(dir, &entries, NULL, by_name);
	int			status = 0;

	if (n < 0)
	{
		ecl_say(stderr, "econtext-load: %s: cannot read the directory: %m\n", path);
		return EXIT_INPUT;
	}
	for (int k = 0; k < n; k++)
	{
		const char *name = entries[k]->d_name;
		size_t		len = strlen(dir) + strlen(name) + 2;
		char	   *child = malloc(len);
		struct stat st;

		if (child == NULL)
			abort();
		snprintf(child, len, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", name);
		/* hidden files and links to directories are not walked into */
		if (name[0] != '.' && !pl->no_database && lstat(child, &st) == 0)
		{
			int			code = -1;

			if (S_ISDIR(st.st_mode))
			{
				char	   *shown = ecl_name_escaped(child, true);

				code = load_directory(pl, child, shown, found);
				free(shown);
			}
			/* a link counts when it leads to a file: not into a directory, never round */
			else if ((S_ISREG(st.st_mode) ||
					  (S_ISLNK(st.st_mode) && stat(child, &st) == 0 && S_ISREG(st.st_mode))) &&
					 (has_suffix(name, ".txt") || has_suffix(name, ".jsonl") ||
					  has_suffix(name, ".csv")))
			{
				(*found)++;
				code = ecl_pipeline_file(pl, child);
			}
			if (code > status)
				status = code;
		}
		free(child);
		free(entries[k]);
	}
	free(entries);
	return status;
}

int
ecl_pipeline_file(Pipeline *pl, const char *file)
{
	/* what messages call it: a name that is not UTF-8 printed safely */
	char	   *path = ecl_name_escaped(file, true);
	InputFormat format = pl->opts->format;
	struct stat st;
	int			code;

	if (stat(file, &st) == 0 && S_ISDIR(st.st_mode))
	{
		int			found = 0;

		code = load_directory(pl, file, path, &found);
		if (found == 0 && code == 0)
		{
			ecl_say(stderr, "econtext-load: %s: no .txt, .jsonl or .csv file under it\n", path);
			code = EXIT_INPUT;
		}
	}
	else
	{
		if (format == FORMAT_AUTO && has_suffix(file, ".jsonl"))
			format = FORMAT_JSONL;
		else if (format == FORMAT_AUTO && has_suffix(file, ".csv"))
			format = FORMAT_CSV;
		if (format == FORMAT_JSONL || format == FORMAT_CSV)
			code = ecl_pipeline_records(pl, file, path, format);
		else
			code = ecl_pipeline_text_file(pl, file, path);
	}
	free(path);
	return code;
}

