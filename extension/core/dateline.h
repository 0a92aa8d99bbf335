/*
 * dateline.h
 *		The dateline a news item opens with ("ASTANA, March 14 (Kazinform)
 *		- "): where and when it was filed, which its figures are not about.
 */
#ifndef EC_DATELINE_H
#define EC_DATELINE_H

#include <stddef.h>

/*
 * The bytes of s[0, len) that are a dateline and the space after it, or 0:
 * a city in capitals ("ASTANA", "NUR-SULTAN"), then an agency in brackets
 * or slashes, a date, or both, ended by a dash, or by a point after a date
 * or an agency.
 */
extern size_t ec_dateline_length(const char *s, size_t len);

#endif							/* EC_DATELINE_H */
