/*
 * facts.h
 *		Every figure of a text (an amount, percent or ratio mention) as a
 *		fact: what it measures, the places and the period it is about, and
 *		whether it is a change, by the rules of the annotation guide
 *		(test/eval/README.md, "Facts").  The text is read sentence by
 *		sentence; what a sentence leaves to the next (a period in force, the
 *		places last named, the indicator) carries on in an EcFactCarry that
 *		the caller keeps across the texts of one document.
 */
#ifndef EC_FACTS_H
#define EC_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "lexicon.h"
#include "period.h"
#include "scan.h"

#define EC_MAX_PLACES 12
#define EC_PLACE_CODE_LEN 12	/* "EAEU", "KZ-KUS" and room */

/* Codes of places (ISO 3166-1 or 3166-2, or a union's); sorted in a fact. */
typedef struct EcPlaceSet
{
	char		codes[EC_MAX_PLACES][EC_PLACE_CODE_LEN];
	int			n;
} EcPlaceSet;

typedef enum EcChange
{
	EC_CHANGE_NONE = 0,			/* a level */
	EC_CHANGE_INCREASE,
	EC_CHANGE_DECREASE
} EcChange;

/* Is a figure a result, or a plan or an expectation (the guide's "Status")? */
typedef enum EcStatus
{
	EC_STATUS_ACTUAL = 0,		/* reported as having happened or standing now */
	EC_STATUS_TARGET,			/* a plan, goal, task or agreement to reach it */
	EC_STATUS_FORECAST			/* expected, possible, not yet observed */
} EcStatus;

/* A sentence of the text: its bytes, without the white space around it. */
typedef struct EcSentence
{
	int			index;			/* 0-based, in the text */
	size_t		start,
				end;
} EcSentence;

/* A place named in a sentence. */
typedef struct EcPlaceHit
{
	int			sentence;
	size_t		start,
				end;			/* bytes of the text */
	const EcPlaceName *place;
} EcPlaceHit;

typedef struct EcFact
{
	const EcMention *figure;	/* its mention */
	int			mention;		/* that mention's index among the text's, from 0 */
	int			sentence;		/* its sentence's index */
	const char *indicator;		/* a code of the guide; "other" when no cue applies */
	EcPlaceSet	places;
	bool		has_period;
	EcPeriod	period;
	EcChange	change;
	EcStatus	status;

	/*
	 * A directed flow's sides (exports, imports, investment): the exporter,
	 * the country of origin or the investor, and the market, the importer
	 * or the recipient; each a subset of places, empty when the text does
	 * not say or the figure is no directed flow.
	 */
	EcPlaceSet	origin,
				destination;
	/* partners with no ISO code ("with ASEAN"), which places leaves out */
	EcPlaceSet	groups;
} EcFact;

/* What one sentence leaves to the next; zeroed for a new document. */
typedef struct EcFactCarry
{
	bool		has_period;
	EcPeriod	period;
	bool		has_span;		/* "since 2016 ... in 2020": what changes took */
	EcPeriod	span;
	EcPlaceSet	places;			/* of the last sentence that named any */
	bool		group;			/* which named a group too */
	EcPlaceSet	groups;			/* its groups' codes */
	EcPlaceSet	pair;			/* the last two sides named together */
	const char *indicator;
	/* the last directed flow: its indicator and sides */
	const char *flow_indicator;
	EcPlaceSet	flow_origin,
				flow_destination;
	/* of the last sentence that named places, those goods go to and come from */
	EcPlaceSet	toward,
				away;
	/* how often the document named each country or union so far */
	char		seen[64][EC_PLACE_CODE_LEN];
	int			seen_count[64];
	int			nseen;
} EcFactCarry;

/*
 * Where a fact finder reports, and what it asks.  Every hook but fact may
 * be NULL.  Each sentence is reported before its places, mentions and
 * facts; mentions (periods too) come in text order, each before the facts
 * that use it.
 */
typedef struct EcFactHooks
{
	void		(*sentence) (const EcSentence *st, void *arg);
	void		(*place) (const EcPlaceHit *hit, void *arg);
	void		(*mention) (const EcMention *m, int sentence, void *arg);
	void		(*fact) (const EcFact *f, void *arg);

	/*
	 * The reference year (and month) of the text at pos in sentence st,
	 * as for ec_scan(); NULL: none.
	 */
	EcAnchor	(*anchor) (size_t pos, const EcSentence *st, EcYearMonth *at, void *arg);
	EcProgressFn progress;

	/*
	 * Memory for the figures of a sentence, like realloc(ptr, size),
	 * aligned as malloc() aligns; size 0 frees.  It never returns NULL for
	 * a size above 0 (it raises or aborts instead), so a caller that
	 * leaves by longjmp from a hook loses nothing it does not own.
	 */
	void	   *(*realloc) (void *ptr, size_t size, void *arg);
	void	   *arg;
} EcFactHooks;

/*
 * Report the sentences, place names, mentions and facts of s[0, len).
 * Linear in len: a sentence is at most EC_SENTENCE_MAX bytes, and the
 * memory held is that of one sentence's figures.
 */
extern void ec_facts(const char *s, size_t len, EcFactCarry *carry, const EcFactHooks *hooks);

extern const char *ec_change_name(EcChange change);
extern const char *ec_status_name(EcStatus status);

/*
 * realloc() and free() as EcFactHooks.realloc, for callers outside
 * PostgreSQL: aborts when memory runs out.
 */
extern void *ec_heap_realloc(void *ptr, size_t size, void *arg);

#endif							/* EC_FACTS_H */
