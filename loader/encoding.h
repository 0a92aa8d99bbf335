/*
 * encoding.h
 *		What a database that is not UTF-8 can store: the loader reads UTF-8
 *		files, and a LATIN1 or WIN1251 database holds only the characters of
 *		its encoding.
 */
#ifndef ECL_ENCODING_H
#define ECL_ENCODING_H

#include "source.h"

/*
 * The line (from 1) of the first character of src that a database of
 * server_encoding (as PostgreSQL names it: LATIN1, WIN1251) cannot store,
 * with the character in *codepoint; 0 when every character fits, or when
 * the encoding stores any bytes (UTF8, SQL_ASCII) or is one this check
 * does not know (the server then decides).
 */
extern int	ecl_encoding_first_misfit(const Source *src, const char *server_encoding,
								  unsigned int *codepoint);

/*
 * Name s (UTF-8) with each character a database of server_encoding cannot
 * store written \uXXXX, so that a document's name never refuses its
 * document; malloc'd.
 */
extern char *ecl_encoding_fit_name(const char *s, const char *server_encoding);

#endif							/* ECL_ENCODING_H */
