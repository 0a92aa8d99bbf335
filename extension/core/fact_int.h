/*
 * fact_int.h
 *		What the parts of the fact finder share (facts.c, fact.c,
 *		fact_place.c): the sentence being read and what it leaves to the next.
 */
#ifndef EC_FACT_INT_H
#define EC_FACT_INT_H

#include "facts.h"

/* A period mention of the sentence being read. */
typedef struct PeriodHere
{
	size_t		from,
				to;				/* bytes of the text */
	EcPeriod	period;
	bool		base;			/* a base of comparison: "compared to 2020" */
	bool		since;			/* "since 2016": the start of a span */

	/*
	 * What a figure may take, found without reading every period for every
	 * figure: of the periods a figure that is [not] a change may take
	 * (by_change 1 [0]), and of those the years and longer (whole 1), the
	 * index of the last at or before this one and of the first at or after
	 * it (-1 and nperiods when none); of the periods neither a base nor a
	 * start, the first after this one.
	 */
	int			last_taken[2][2];	/* [by_change][whole] */
	int			next_taken[2][2];
	int			next_plain;
} PeriodHere;

/*
 * How a sentence speaks of a place, as far as a flow's direction goes:
 * "from Belarus", "to the Uzbek market", "supplied Azerbaijan", "in Turkey",
 * "with Kyrgyzstan", after "of" ("exports of the region"), or with none of
 * these ("Belarusian exports").  Whether a place of the last two is the
 * flow's actor is asked only of a flow's figures (fact_flow.c).
 */
typedef enum PlaceRole
{
	ROLE_BARE = 0,
	ROLE_OF,
	ROLE_FROM,
	ROLE_TO,					/* "to", "into", a supply verb's object */
	ROLE_IN,
	ROLE_PARTNER				/* "with", "between": no side */
} PlaceRole;

/* A place of the sentence's places where the sentence names it. */
typedef struct PlaceHit
{
	size_t		from,
				to;				/* bytes of the text */
	char		code[EC_PLACE_CODE_LEN];	/* as added to the sentence's places */
	PlaceRole	role;
	size_t		of_at;			/* ROLE_OF: where its "of" starts */
	bool		invests;		/* an investor: "Russian investors", "Kazakhstan invested" */
} PlaceHit;

#define MAX_PLACE_HITS 32

/* The sentence being read. */
typedef struct Reading
{
	const char *s;				/* the text */
	EcSentence	sentence;
	size_t		from,
				to;				/* the sentence's bytes */
	const EcMention *mentions;	/* the sentence's, periods too, in order */
	int			nmentions;
	int			first_mention;	/* the index of mentions[0] in the text */
	int		   *figures;		/* indexes into mentions of the figures */
	int			nfigures;
	size_t	   *figure_from,
			   *figure_to;		/* their bytes; mentions come in order, without overlap */
	PeriodHere *periods;
	int			nperiods;
	EcPlaceSet	places;			/* named in the sentence */
	PlaceHit	hits[MAX_PLACE_HITS];	/* where, in order (the first ones) */
	int			nhits;
	bool		group;			/* and a group with no code: "with ASEAN" */
	EcPlaceSet	groups;			/* those groups' codes */
	bool		says_country;	/* "country" stands in the sentence */
} Reading;

/* how many of n non-decreasing values are below x (at most x: or_equal) */
extern int	ec_count_below(const size_t *v, int n, size_t x, bool or_equal);

/* fact.c: the facts of the sentence r holds, reported to hooks */
extern void ec_read_sentence(Reading *r, EcFactCarry *carry, const EcFactHooks *hooks);

/* fact_place.c */
extern bool ec_one_side(const EcPlaceSet *set);
extern int	ec_sides(const EcPlaceSet *set);
extern void ec_read_places(Reading *r, const EcFactCarry *carry, const EcFactHooks *hooks);
extern void ec_count_sides(EcFactCarry *carry, const EcPlaceSet *set);
extern void ec_figure_places(const Reading *r, const EcFactCarry *carry,
							 const char *indicator, size_t seg, size_t fb, EcPlaceSet *out);
extern void ec_place_set_sort(EcPlaceSet *set);
extern bool ec_same_country(const char *a, const char *b);
extern bool ec_place_set_has(const EcPlaceSet *set, const char *code);
extern bool ec_next_in_list(const Reading *r, size_t w, size_t at, size_t list_from,
							size_t list_to);
extern const char *ec_article_subject(const EcFactCarry *carry);
extern size_t ec_word_after_name(const Reading *r, size_t e);

/* fact_flow.c */
extern void ec_place_role(const Reading *r, PlaceHit *hit, const PlaceHit *before);
extern void ec_flow_direction(const Reading *r, const EcFactCarry *carry, int figure,
							  const EcFact *prev, EcFact *f);
extern void ec_flow_hints(const Reading *r, EcFactCarry *carry);

/* fact_status.c */
extern EcStatus ec_figure_status(const Reading *r, size_t seg, size_t fb, size_t fe,
								 EcStatus *in_force);

#endif							/* EC_FACT_INT_H */
