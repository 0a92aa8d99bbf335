/*
 * fact_flow.c
 *		The direction of a flow (the guide's "Status and direction"): who
 *		exports and where to, where imports come from and who takes them,
 *		who invests and where.  A place takes its role from the words before
 *		its name: "from" (origin), "to", "into" or a supply verb's object
 *		(destination), "in" (where an investment goes), "with" and "between"
 *		(a partner, no side); with none it is the actor, the exporter of
 *		exports ("Belarusian exports") and the importer of imports
 *		("imports of the region").  A figure reads the places named in its
 *		own clause, else takes the direction of the figure before it of the
 *		same flow, else reads the places of its whole sentence, else takes
 *		the article's subject as the actor; the places of the figure no role
 *		claimed take the side left empty.
 */
#include <string.h>

#include "fact_int.h"
#include "words.h"

typedef enum Flow
{
	FLOW_NONE = 0,
	FLOW_EXPORT,
	FLOW_IMPORT,
	FLOW_INVEST
} Flow;

static const char *const articles[] = {"the", "a", "an", NULL};
static const char *const to_words[] = {"to", "into", "towards", NULL};
static const char *const supply_verbs[] = {"suppl*", "deliver*", "ship*", NULL};
static const char *const partner_words[] = {"with", "between", "among", NULL};

/* words of a flow, near which a place with no preposition is its actor */
static const char *const flow_words[] = {
	"export*", "import*", "suppl*", "deliver*", "ship*", "invest*", "sales", "sold",
	"purchas*", NULL
};

#define ACTOR_REACH 40			/* bytes: "Belarusian construction industry supplied" */

/* Is a flow word in [from, to), within the sentence and before the next figure? */
static bool
flow_word_in(const Reading *r, size_t from, size_t to)
{
	int			k = ec_count_below(r->figure_from, r->nfigures, from, false);

	if (k < r->nfigures && r->figure_from[k] < to)
		to = r->figure_from[k];
	return ec_any_word(r->s, from, to < r->to ? to : r->to, flow_words);
}

/*
 * Is a place named with no preposition, or after "of", the actor of a flow?
 * Only where it stands next to the flow's word: "Belarusian food exports",
 * "exports of Hrodna enterprises"; a place named further off takes no side.
 */
static bool
is_actor(const Reading *r, const PlaceHit *h)
{
	if (h->role == ROLE_BARE)
		return flow_word_in(r, h->to, h->to + ACTOR_REACH);
	if (h->role == ROLE_OF)
		return flow_word_in(r, h->of_at > r->from + ACTOR_REACH ? h->of_at - ACTOR_REACH : r->from,
							h->of_at);
	return false;
}

void
ec_place_role(const Reading *r, PlaceHit *hit, const PlaceHit *before)
{
	size_t		at = hit->from,
				w,
				after;

	/* the word before the name, past "the" */
	for (;;)
	{
		w = ec_word_before(r->s, r->from, at);
		if (w == at || !ec_next_word_in(r->s, w, at, articles))
			break;
		at = w;
	}
	hit->role = ROLE_BARE;
	hit->of_at = 0;
	if (w < at)
	{
		if (ec_word_at(r->s, w, at, "from"))
			hit->role = ROLE_FROM;
		else if (ec_next_word_in(r->s, w, at, to_words) || ec_next_word_in(r->s, w, at, supply_verbs))
			hit->role = ROLE_TO;
		else if (ec_word_at(r->s, w, at, "in"))
			hit->role = ROLE_IN;
		else if (ec_next_word_in(r->s, w, at, partner_words))
			hit->role = ROLE_PARTNER;
		else if (ec_word_at(r->s, w, at, "of"))
		{
			hit->role = ROLE_OF;
			hit->of_at = w;
		}
		/* one of a list: "to Russia, Kazakhstan and Armenia" */
		else if (before != NULL && ec_next_in_list(r, w, at, before->from, before->to))
		{
			hit->role = before->role;
			hit->of_at = before->of_at;
		}
	}
	/* "to the Tajik market", "in the Uzbek market": where goods go */
	after = ec_word_after_name(r, hit->to);
	if (ec_next_word_in(r->s, after, r->to, (const char *const[]) {"market", "markets", NULL}))
		hit->role = ROLE_TO;
	hit->invests = ec_next_word_in(r->s, after, r->to, (const char *const[]) {"invest*", NULL});
}

/* Which flow a figure of this indicator is, from the words before it. */
static Flow
flow_of(const Reading *r, const char *indicator, size_t seg, size_t fb)
{
	if (strcmp(indicator, "exports") == 0)
		return FLOW_EXPORT;
	if (strcmp(indicator, "imports") == 0)
		return FLOW_IMPORT;
	if (strcmp(indicator, "investment") == 0)
		return FLOW_INVEST;
	/* trade in services has no direction; exports of services have */
	if (strcmp(indicator, "services_trade") == 0)
	{
		if (ec_any_word(r->s, seg, fb, (const char *const[]) {"export*", NULL}))
			return FLOW_EXPORT;
		if (ec_any_word(r->s, seg, fb, (const char *const[]) {"import*", NULL}))
			return FLOW_IMPORT;
	}
	return FLOW_NONE;
}

/* The code of set standing for a place named code (its region, say), or -1. */
static int
member(const EcPlaceSet *set, const char *code)
{
	for (int i = 0; i < set->n; i++)
		if (strcmp(set->codes[i], code) == 0)
			return i;
	for (int i = 0; i < set->n; i++)
		if (ec_same_country(set->codes[i], code))
			return i;
	return -1;
}

/* Is every code of a in b, as it is (a region, not its country)? */
static bool
subset(const EcPlaceSet *a, const EcPlaceSet *b)
{
	for (int i = 0; i < a->n; i++)
		if (!ec_place_set_has(b, a->codes[i]))
			return false;
	return true;
}

static void
add_code(EcPlaceSet *set, const char *code)
{
	if (member(set, code) < 0 && set->n < EC_MAX_PLACES)
		strcpy(set->codes[set->n++], code);
}

/*
 * The sides the places named in [from, to) give a figure of flow; how many
 * took one.  A place named without a side ("the Azerbaijani side" of an
 * investment) is marked in *named, and does not fill the other side.
 */
static int
read_sides(const Reading *r, size_t from, size_t to, Flow flow, EcFact *f, bool *named)
{
	int			sides = 0;

	for (int k = 0; k < r->nhits; k++)
	{
		const PlaceHit *h = &r->hits[k];
		int			i;
		EcPlaceSet *side = NULL;

		if (h->from < from || h->to > to || (i = member(&f->places, h->code)) < 0)
			continue;
		switch (h->role)
		{
			case ROLE_FROM:
				side = &f->origin;
				break;
			case ROLE_TO:
				side = &f->destination;
				break;
			case ROLE_IN:
				side = flow == FLOW_INVEST ? &f->destination : NULL;
				break;
			case ROLE_BARE:
			case ROLE_OF:
				if (!is_actor(r, h))
					break;
				if (flow != FLOW_INVEST)
					side = flow == FLOW_EXPORT ? &f->origin : &f->destination;
				else if (h->invests)
					side = &f->origin;
				else
					named[i] = true;
				break;
			case ROLE_PARTNER:
				break;
		}
		if (side != NULL)
		{
			add_code(side, f->places.codes[i]);
			sides++;
		}
	}
	return sides;
}

/* The sides of a flow before, as codes of f's places (those it has). */
static void
take_sides(EcFact *f, const EcPlaceSet *origin, const EcPlaceSet *destination)
{
	int			i;

	for (int k = 0; k < origin->n; k++)
		if ((i = member(&f->places, origin->codes[k])) >= 0)
			add_code(&f->origin, f->places.codes[i]);
	for (int k = 0; k < destination->n; k++)
		if ((i = member(&f->places, destination->codes[k])) >= 0)
			add_code(&f->destination, f->places.codes[i]);
	ec_place_set_sort(&f->origin);
	ec_place_set_sort(&f->destination);
}

/* What a sentence that names places leaves to the next: where goods go and come from. */
void
ec_flow_hints(const Reading *r, EcFactCarry *carry)
{
	carry->toward.n = carry->away.n = 0;
	for (int k = 0; k < r->nhits; k++)
		if (r->hits[k].role == ROLE_TO)
			add_code(&carry->toward, r->hits[k].code);
		else if (r->hits[k].role == ROLE_FROM)
			add_code(&carry->away, r->hits[k].code);
}

/* Where the figure's clause ends after it: the next figure or punctuation. */
static size_t
clause_end(const Reading *r, size_t fe, size_t next)
{
	for (size_t p = fe; p < next; p++)
		if (strchr(",;()", r->s[p]) != NULL)
			return p;
	return next;
}

void
ec_flow_direction(const Reading *r, const EcFactCarry *carry, int figure,
				  const EcFact *prev, EcFact *f)
{
	size_t		seg = figure > 0 ? r->figure_to[figure - 1] : r->from;
	size_t		fb = r->figure_from[figure],
				fe = r->figure_to[figure];
	size_t		next = figure + 1 < r->nfigures ? r->figure_from[figure + 1] : r->to;
	bool		same_flow = prev != NULL && strcmp(prev->indicator, f->indicator) == 0 &&
		(prev->origin.n > 0 || prev->destination.n > 0);
	Flow		flow = flow_of(r, f->indicator, seg, fb);
	size_t		where;
	bool		named[EC_MAX_PLACES] = {false};
	EcPlaceSet *actor_side,
			   *other;

	f->origin.n = f->destination.n = 0;

	/*
	 * "trade in services" names a flow of no direction; "having increased by
	 * 14%" after exports of services goes on about them
	 */
	if (flow == FLOW_NONE && (!same_flow || ec_cue_find(r->s, seg, fb, true, &where) != NULL))
		return;
	if (flow == FLOW_NONE ||
		(read_sides(r, seg, fb, flow, f, named) + read_sides(r, fe, clause_end(r, fe, next), flow, f, named) == 0 &&
		 same_flow))
	{
		/* "exports of $245.4 million (up 3.3%)": as the figure before */
		take_sides(f, &prev->origin, &prev->destination);
		return;
	}
	actor_side = flow == FLOW_EXPORT ? &f->origin : &f->destination;
	if (f->origin.n == 0 && f->destination.n == 0)
		read_sides(r, r->from, r->to, flow, f, named);
	/* a sentence naming no place goes on about the flow before */
	if (f->origin.n == 0 && f->destination.n == 0 && r->places.n == 0 &&
		carry->flow_indicator != NULL && strcmp(carry->flow_indicator, f->indicator) == 0 &&
		subset(&carry->flow_origin, &f->places) && subset(&carry->flow_destination, &f->places))
	{
		take_sides(f, &carry->flow_origin, &carry->flow_destination);
		return;
	}
	/* "its presence in the Uzbek market ... $10 million worth was shipped" */
	if (f->origin.n == 0 && f->destination.n == 0 && r->places.n == 0)
		take_sides(f, &carry->away, &carry->toward);
	if (f->origin.n == 0 && f->destination.n == 0)
	{
		/* no word says: one side is the actor, else the article's subject */
		const char *subject = ec_article_subject(carry);
		int			i = -1;

		if (ec_one_side(&f->places))
		{
			*actor_side = f->places;
			return;
		}
		if (flow == FLOW_INVEST)
			return;
		/* the sentence's subject: "Belarus' trade with Tajikistan ..., exports" */
		for (int k = 0; k < r->nhits && i < 0; k++)
			if (r->hits[k].role == ROLE_BARE || r->hits[k].role == ROLE_OF)
				i = member(&f->places, r->hits[k].code);
		if (i < 0 && subject != NULL)
			i = member(&f->places, subject);
		for (int k = 0; k < f->places.n && i < 0; k++)
			if (strchr(f->places.codes[k], '-') == NULL && strlen(f->places.codes[k]) > 2)
				i = k;			/* a union: the side the book speaks for */
		if (i < 0)
			return;
		add_code(actor_side, f->places.codes[i]);
	}
	/* the places no role claimed take the side left empty */
	if ((f->origin.n == 0) != (f->destination.n == 0))
	{
		other = f->origin.n == 0 ? &f->origin : &f->destination;
		for (int i = 0; i < f->places.n; i++)
			if (!named[i] && member(&f->origin, f->places.codes[i]) < 0 &&
				member(&f->destination, f->places.codes[i]) < 0)
				add_code(other, f->places.codes[i]);
	}
	ec_place_set_sort(&f->origin);
	ec_place_set_sort(&f->destination);
}
