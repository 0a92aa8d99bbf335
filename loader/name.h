/*
 * name.h
 *		How a file is known to the database: its path as a document's key.
 */
#ifndef ECL_NAME_H
#define ECL_NAME_H

#include <stdbool.h>

/*
 * The path of file arg as its document's key: from the current directory
 * when the file is under it ("data/book.txt", whatever the directory), else
 * absolute; without "." and ".." components or doubled slashes, read
 * lexically but for ".." after a symbolic link (symbolic links are not
 * followed otherwise: a link is a path of its own).
 * malloc'd; NULL when out of memory or the current directory is unknown.
 */
extern char *ecl_document_path(const char *arg);

/* The part of path after its last '/'. */
extern const char *ecl_base_name(const char *path);

/*
 * Name s (a path as given) with each byte that is no part of valid UTF-8
 * written \xHH, so that it can be stored as text; for_terminal, each control
 * character too (C0, DEL, C1), so that printing it cannot forge a line or
 * move the cursor.  A backslash before x, u or U is written \x5c, so that
 * no name reads as another escaped.  malloc'd.
 */
extern char *ecl_name_escaped(const char *s, bool for_terminal);

#endif							/* ECL_NAME_H */
