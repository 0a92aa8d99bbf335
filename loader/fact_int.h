/*
 * fact_int.h
 *		What the parts of the fact finder share (fact.c, fact_place.c,
 *		words.c): the sentence being read, what it leaves to the next, and
 *		the word helpers.
 */
#ifndef ECL_FACT_INT_H
#define ECL_FACT_INT_H

#include "book_int.h"
#include "period.h"

#define MAX_PLACES 12

#define CODE_LEN 12				/* "EAEU", "KZ-KUS" and room */

typedef struct PlaceSet
{
	char		codes[MAX_PLACES][CODE_LEN];
	int			n;
} PlaceSet;

/* A period mention of the sentence being read. */
typedef struct PeriodHere
{
	size_t		from,
				to;				/* bytes of the paragraph body */
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

/* What one sentence leaves to the next. */
typedef struct Carry
{
	bool		has_period;
	EcPeriod	period;
	bool		has_span;		/* "since 2016 ... in 2020": what changes took */
	EcPeriod	span;
	PlaceSet	places;			/* of the last sentence that named any */
	bool		group;			/* which named a group too */
	PlaceSet	pair;			/* the last two sides named together */
	const char *indicator;
	/* how often the article named each country or union so far */
	char		seen[64][CODE_LEN];
	int			seen_count[64];
	int			nseen;
} Carry;

/* The sentence being read. */
typedef struct Reading
{
	Book	   *book;
	const CueList *cues;
	const size_t *byte_at;		/* byte offset of each 0-based character */
	const char *s;				/* the paragraph body */
	size_t		from,
				to;				/* the sentence's bytes */
	int		   *figures;		/* mention indexes of the sentence's figures */
	int			nfigures;
	size_t	   *figure_from,
			   *figure_to;		/* their bytes; mentions come in order, without overlap */
	PeriodHere *periods;
	int			nperiods;
	int			first_cite,
				end_cite;		/* the paragraph's citations: [first_cite, end_cite) */
	PlaceSet	places;			/* named in the sentence */
	bool		group;			/* and a group with no code: "with ASEAN" */
	bool		says_country;	/* "country" stands in the sentence */
} Reading;

/* fact.c: how many of n non-decreasing values are below x (at most x: or_equal) */
extern int	count_below(const size_t *v, int n, size_t x, bool or_equal);

/* words.c */
extern bool word_at(const char *s, size_t pos, size_t to, const char *w);
extern bool any_word(const char *s, size_t from, size_t to, const char *const *words);
extern size_t word_before(const char *s, size_t from, size_t pos);
extern size_t word_after(const char *s, size_t pos, size_t to);
extern size_t skip_fillers_back(const char *s, size_t from, size_t pos);
extern bool next_word_in(const char *s, size_t pos, size_t to, const char *const *words);
extern bool rolling_span(const char *s, size_t from, size_t to);
extern bool any_phrase(const char *s, size_t from, size_t to, const char *const *phrases);
extern size_t first_word_of(const char *s, size_t from, size_t to, const char *const *words);
extern size_t first_word_before(const char *s, size_t from, size_t pos, size_t first,
								const char *const *words);

/* fact_place.c */
extern bool one_side(const PlaceSet *set);
extern void read_places(Reading *r, const Sentence *st, int *pm, const Carry *carry);
extern void count_sides(Carry *carry, const PlaceSet *set);
extern void figure_places(const Reading *r, const Carry *carry, const char *indicator,
						  PlaceSet *out);
extern char *places_literal(PlaceSet *set);

#endif							/* ECL_FACT_INT_H */
