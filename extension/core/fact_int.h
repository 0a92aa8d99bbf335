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
	bool		group;			/* and a group with no code: "with ASEAN" */
	bool		says_country;	/* "country" stands in the sentence */
} Reading;

/* how many of n non-decreasing values are below x (at most x: or_equal) */
extern int	ec_count_below(const size_t *v, int n, size_t x, bool or_equal);

/* fact.c: the facts of the sentence r holds, reported to hooks */
extern void ec_read_sentence(Reading *r, EcFactCarry *carry, const EcFactHooks *hooks);

/* fact_place.c */
extern bool ec_one_side(const EcPlaceSet *set);
extern void ec_read_places(Reading *r, const EcFactCarry *carry, const EcFactHooks *hooks);
extern void ec_count_sides(EcFactCarry *carry, const EcPlaceSet *set);
extern void ec_figure_places(const Reading *r, const EcFactCarry *carry,
							 const char *indicator, EcPlaceSet *out);
extern void ec_place_set_sort(EcPlaceSet *set);

#endif							/* EC_FACT_INT_H */
