/*
 * name.h
 *		How a file is known to the database: its path as a document's key.
 */
#ifndef ECL_NAME_H
#define ECL_NAME_H

/*
 * The path of file arg as its document's key: from the current directory
 * when the file is under it ("data/book.txt", whatever the directory), else
 * absolute; read lexically, without "." and ".." components or doubled
 * slashes (symbolic links are not followed: a link is a path of its own).
 * malloc'd; NULL when out of memory or the current directory is unknown.
 */
extern char *document_path(const char *arg);

/* The part of path after its last '/'. */
extern const char *base_name(const char *path);

#endif							/* ECL_NAME_H */
