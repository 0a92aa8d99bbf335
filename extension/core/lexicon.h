/*
 * lexicon.h
 *		The words the fact finder knows, built in from data/ at compile time:
 *		names of places (places.csv) and phrases that signal what a figure
 *		measures (indicators.csv).
 */
#ifndef EC_LEXICON_H
#define EC_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A name of a place: a country, region or union, or a group with no ISO
 * code (ASEAN, AFRICA, ...), which facts report apart from their places.
 */
typedef struct EcPlaceName
{
	const char *code;			/* ISO 3166-1 or 3166-2, or EAEU, CIS, EU */
	const char *kind;			/* country, region, union or group */
	const char *name;			/* a name or adjective, as written */
	size_t		len;
	const char *members;		/* a union's or group's ISO 3166-1 codes, apart by
								 * spaces, where they are fixed; else "" */
} EcPlaceName;

/*
 * A phrase that signals what a figure measures.  Phrases match case-blind
 * at the start of a word; a stem lets the last word go on ("export*":
 * exports, exported).
 */
typedef struct EcCue
{
	const char *code;			/* an indicator code of the annotation guide */
	int			priority;		/* 2 beats 1 beats 0 within a stretch of text */
	const char *phrase;			/* without the '*' */
	size_t		len;
	bool		stem;
} EcCue;

/*
 * The longest place name written at s[pos] (a word start) within s[0, to),
 * whole words only, as written from its capital on ("Minsk Region" is
 * "Minsk region"); NULL when none.
 */
extern const EcPlaceName *ec_place_at(const char *s, size_t pos, size_t to);

/*
 * The best cue in s[from, to): the highest priority, and among equals the
 * last one (latest true) or the first; *where is its start.  NULL when none.
 */
extern const EcCue *ec_cue_find(const char *s, size_t from, size_t to, bool latest,
								size_t *where);

/* Every place name, in no particular order: n of them, i from 0. */
extern int	ec_place_count(void);
extern const EcPlaceName *ec_place_name(int i);

#endif							/* EC_LEXICON_H */
