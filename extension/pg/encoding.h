/*
 * encoding.h
 *		Text of the database's encoding to and from the UTF-8 that the core
 *		reads.
 *
 * The core's parsers read UTF-8.  In a UTF-8 database text goes to them as
 * it is; in a database of another encoding (LATIN1, WIN1251, EUC_JP, ...)
 * it is converted with PostgreSQL's own routines on the way in, and what
 * goes back to the user (a mention's words, the part of an input an error
 * names) is converted back.  SQL_ASCII says nothing of its bytes: they go
 * to the core as they are, and a character there is a byte.
 */
#ifndef EC_PG_ENCODING_H
#define EC_PG_ENCODING_H

#include "postgres.h"

/*
 * s[0, len) as UTF-8: s itself in a UTF-8 or SQL_ASCII database, else a
 * palloc'd copy, converted in steps that CHECK_FOR_INTERRUPTS().  Sets
 * *utf8_len.  The copy is not NUL-terminated.
 */
extern const char *ec_utf8_from_server(const char *s, size_t len, size_t *utf8_len);

/* The same for a NUL-terminated string; the result is NUL-terminated too. */
extern const char *ec_utf8_from_server_cstring(const char *str);

/*
 * Part of such UTF-8 text in the database's encoding: a palloc'd
 * NUL-terminated string (for messages), or a text value.
 */
extern char *ec_utf8_to_server_cstring(const char *s, size_t len);
extern text *ec_utf8_to_server_text(const char *s, size_t len);

/*
 * Does a character of the database's encoding stand for one UTF-8
 * character of the text the core read (every encoding but SQL_ASCII), or
 * for one byte?
 */
extern bool ec_server_counts_utf8_characters(void);

#endif							/* EC_PG_ENCODING_H */
