/*
 * fact_place.c
 *		The places a figure is about: those its sentence names (a region
 *		standing for its country; not a city in a company's name, a venue,
 *		a chair of a body, the places people at an event come from, or a
 *		currency's country), else those of the sentence before; "the
 *		region" is the one named before; a flow naming one side takes its
 *		partner from the sentences before, else the article's subject.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fact_int.h"
#include "text.h"
#include "words.h"

static const char *const region_words[] = {"region", "oblast", NULL};

/* what a place name before them names instead: a company ("Minsk Tractor Plant") */
static const char *const company_words[] = {
	"Plant", "Factory", "Works", "Combine", "Mill", "Holding", "Company",
	"LLC", "JSC", "OJSC", "CJSC", "Ltd", "Group", NULL
};

bool
ec_place_set_has(const EcPlaceSet *set, const char *code)
{
	for (int i = 0; i < set->n; i++)
		if (strcmp(set->codes[i], code) == 0)
			return true;
	return false;
}

/* add code, or its first n bytes (its country) */
static void
set_add(EcPlaceSet *set, const char *code, size_t n)
{
	char		c[EC_PLACE_CODE_LEN];

	if (n >= EC_PLACE_CODE_LEN || set->n == EC_MAX_PLACES)
		return;
	memcpy(c, code, n);
	c[n] = '\0';
	if (!ec_place_set_has(set, c))
		memcpy(set->codes[set->n++], c, n + 1);
}

/* the country part of a code: "BY" of "BY-HO"; a union is its own */
static size_t
country_len(const char *code)
{
	const char *dash = strchr(code, '-');

	return dash ? (size_t) (dash - code) : strlen(code);
}

bool
ec_same_country(const char *a, const char *b)
{
	size_t		n = country_len(a);

	return n == country_len(b) && strncmp(a, b, n) == 0;
}

/* A region makes its country redundant: "Gomel region ... Belarusian" is BY-HO. */
static void
set_drop_covered(EcPlaceSet *set)
{
	int			k = 0;

	for (int i = 0; i < set->n; i++)
	{
		bool		covered = false;

		if (strchr(set->codes[i], '-') == NULL)
			for (int j = 0; j < set->n && !covered; j++)
				covered = j != i && strchr(set->codes[j], '-') != NULL &&
					ec_same_country(set->codes[i], set->codes[j]);
		if (!covered && k != i)
			memcpy(set->codes[k], set->codes[i], EC_PLACE_CODE_LEN);
		if (!covered)
			k++;
	}
	set->n = k;
}

/* How many sides (countries or unions) the codes name. */
int
ec_sides(const EcPlaceSet *set)
{
	int			n = 0;

	for (int i = 0; i < set->n; i++)
	{
		bool		seen = false;

		for (int j = 0; j < i && !seen; j++)
			seen = ec_same_country(set->codes[i], set->codes[j]);
		n += !seen;
	}
	return n;
}

/* Do all the codes name one side (one country and its regions, or one union)? */
bool
ec_one_side(const EcPlaceSet *set)
{
	for (int i = 1; i < set->n; i++)
		if (!ec_same_country(set->codes[0], set->codes[i]))
			return false;
	return set->n > 0;
}

/*
 * A place name that is part of a company's name sets the country, not the
 * city or region: "Minsk Tractor Plant", "MAZ-Tashkent LLC".
 */
static bool
names_company(const char *s, size_t start, size_t end, size_t to)
{
	size_t		b = end;

	if (start > 0 && s[start - 1] == '-' && start > 1 && ec_is_upper((unsigned char) s[start - 2]))
		return true;
	for (int words = 0; words < 3 && b < to; words++)
	{
		if (s[b] != ' ' || b + 1 >= to || !ec_is_upper((unsigned char) s[b + 1]))
			return false;
		b++;
		for (int k = 0; company_words[k]; k++)
			if (ec_word_at(s, b, to, company_words[k]))
				return true;
		while (b < to && (ec_word_char((unsigned char) s[b]) || s[b] == '-'))
			b++;
	}
	return false;
}

/* Is the place at [b, e) inside a figure ("10 million Russian rubles")? */
static bool
in_figure(const Reading *r, size_t b, size_t e)
{
	/* of the figures starting before e, the last ends last */
	int			k = ec_count_below(r->figure_from, r->nfigures, e, false);

	return k > 0 && r->figure_to[k - 1] > b;
}

/* the start of the word after a name ending at e, past a possessive "'s" */
size_t
ec_word_after_name(const Reading *r, size_t e)
{
	size_t		w = ec_word_after(r->s, e - 1, r->to);

	/* "Belarus's"; after "Belarus’s" the curly quote's bytes are a word's */
	if (w < r->to && w == e + 1 && r->s[e] == '\'' && ec_word_at(r->s, w, r->to, "s"))
		w = ec_word_after(r->s, w, r->to);
	return w;
}

/*
 * A country that chairs a body ("the Belarusian presidency", "Belarus'
 * chairmanship in the CIS") is not a place of the body's figures.
 */
static bool
chairs(const Reading *r, size_t e)
{
	return ec_next_word_in(r->s, ec_word_after_name(r, e), r->to,
						   (const char *const[]) {"presidency", "chairmanship", NULL});
}

/*
 * Does the name at `at`, whose word before starts at w, go on a list whose
 * last name is [list_from, list_to)?  "Russia, Kazakhstan", "China, Iran
 * and Russia": the word before is that name's, or "and"/"or" after it.
 */
bool
ec_next_in_list(const Reading *r, size_t w, size_t at, size_t list_from, size_t list_to)
{
	size_t		w2;

	if (list_to <= list_from || w >= at)
		return false;
	if (w >= list_from && w < list_to)
		return true;
	w2 = ec_word_before(r->s, r->from, w);
	return ec_next_word_in(r->s, w, at, (const char *const[]) {"and", "or", NULL}) && w2 < w &&
		w2 >= list_from && w2 < list_to;
}

/* people at an event, who come from places the figures are not about */
static const char *const attendee_words[] = {
	"exhibitors", "participants", "delegations", "delegates", "representatives",
	"guests", "visitors", "attendees", "speakers", NULL
};

/*
 * Does the name at b say where people at an event come from ("exhibitors
 * from China", "representatives of Iran"), or go on a list of such names,
 * the last of which was [list_from, list_to) ("from China, Iran and
 * Russia")?
 */
static bool
attendee(const Reading *r, size_t b, size_t list_from, size_t list_to)
{
	size_t		w = ec_word_before(r->s, r->from, b),
				w2;

	if (w == b)
		return false;
	if (ec_next_in_list(r, w, b, list_from, list_to))
		return true;
	w2 = ec_word_before(r->s, r->from, w);
	return (ec_word_at(r->s, w, b, "from") || ec_word_at(r->s, w, b, "of")) && w2 < w &&
		ec_next_word_in(r->s, w2, w, attendee_words);
}

/*
 * A city where something is held, not whose figure it is: "held in Minsk",
 * "Minsk hosted".  A name with "region" in it is never a venue.
 */
static bool
venue(const Reading *r, const EcPlaceName *pl, size_t b, size_t e)
{
	size_t		w = ec_word_before(r->s, r->from, b);

	if (strchr(pl->code, '-') == NULL || ec_any_word(pl->name, 0, pl->len, region_words))
		return false;
	return (w < b && ec_word_at(r->s, w, b, "in")) ||
		ec_word_at(r->s, ec_word_after(r->s, e - 1, r->to), r->to, "hosted");
}

/*
 * Between two names (or after the last), s[from, to): is "region" there, and
 * does it follow the name before directly ("the Belarusian region": BY)?
 */
static void
region_word_after(const Reading *r, size_t from, size_t to, const EcPlaceName *before,
				  bool *region_word, char *region_of)
{
	if (!ec_any_word(r->s, from, to, region_words))
		return;
	*region_word = true;
	if (before != NULL && ec_next_word_in(r->s, from, to, region_words) &&
		country_len(before->code) < EC_PLACE_CODE_LEN)
		snprintf(region_of, EC_PLACE_CODE_LEN, "%.*s", (int) country_len(before->code), before->code);
}

void
ec_read_places(Reading *r, const EcFactCarry *carry, const EcFactHooks *hooks)
{
	bool		region_word = false;
	char		region_of[EC_PLACE_CODE_LEN] = "";	/* "the Belarusian region": BY */
	size_t		named_to = r->from;
	size_t		attendees_from = 0,
				attendees_to = 0;	/* the last name of people at an event */
	const EcPlaceName *before = NULL;

	r->places.n = 0;
	r->nhits = 0;
	r->group = false;
	r->groups.n = 0;
	for (size_t b = r->from; b < r->to; b++)
	{
		const EcPlaceName *pl = ec_place_at(r->s, b, r->to);
		size_t		e,
					n;

		if (pl == NULL)
			continue;
		e = b + pl->len;
		if (hooks->place)
		{
			EcPlaceHit	hit = {r->sentence.index, b, e, pl};

			hooks->place(&hit, hooks->arg);
		}
		/* "the region" between the names: a region named before */
		region_word_after(r, named_to, b, before, &region_word, region_of);
		named_to = e;
		before = pl;
		if (strcmp(pl->kind, "group") == 0)
		{
			r->group = true;
			set_add(&r->groups, pl->code, strlen(pl->code));
		}
		else if (attendee(r, b, attendees_from, attendees_to))
		{
			attendees_from = b;
			attendees_to = e;
		}
		else if (!in_figure(r, b, e) && !venue(r, pl, b, e) && !chairs(r, e))
		{
			n = strlen(pl->code);
			if (strchr(pl->code, '-') != NULL && names_company(r->s, b, e, r->to))
				n = country_len(pl->code);
			set_add(&r->places, pl->code, n);
			if (r->nhits < MAX_PLACE_HITS)
			{
				PlaceHit   *h = &r->hits[r->nhits];

				h->from = b;
				h->to = e;
				snprintf(h->code, sizeof(h->code), "%.*s", (int) n, pl->code);
				ec_place_role(r, h, r->nhits > 0 ? &r->hits[r->nhits - 1] : NULL);
				r->nhits++;
			}
		}
		b = e - 1;				/* go on after the name */
	}
	region_word_after(r, named_to, r->to, before, &region_word, region_of);

	/*
	 * "the Belarusian region": the Belarusian region named before; "the
	 * region's trade with Kyrgyzstan": a region of a country not named.
	 */
	if (region_word)
		for (int i = 0; i < carry->places.n; i++)
		{
			const char *code = carry->places.codes[i];
			bool		named = false;

			if (strchr(code, '-') == NULL)
				continue;
			for (int k = 0; k < r->places.n; k++)
				named |= ec_same_country(code, r->places.codes[k]);
			if (region_of[0] ? ec_same_country(code, region_of) : !named)
				set_add(&r->places, code, strlen(code));
		}
	set_drop_covered(&r->places);
}

/* Count the sides the sentence names; the article's subject is named most. */
void
ec_count_sides(EcFactCarry *carry, const EcPlaceSet *set)
{
	for (int i = 0; i < set->n; i++)
	{
		size_t		n = country_len(set->codes[i]);
		int			k = 0;

		while (k < carry->nseen && !(strlen(carry->seen[k]) == n &&
									 strncmp(carry->seen[k], set->codes[i], n) == 0))
			k++;
		if (k == carry->nseen)
		{
			if (k == 64 || n >= EC_PLACE_CODE_LEN)
				continue;
			memcpy(carry->seen[k], set->codes[i], n);
			carry->seen[k][n] = '\0';
			carry->seen_count[k] = 0;
			carry->nseen++;
		}
		carry->seen_count[k]++;
	}
}

const char *
ec_article_subject(const EcFactCarry *carry)
{
	int			best = -1;

	for (int k = 0; k < carry->nseen; k++)
		if (best < 0 || carry->seen_count[k] > carry->seen_count[best])
			best = k;
	return best < 0 ? NULL : carry->seen[best];
}

/* indicators of flows between two sides, which a figure gives both of */
static bool
bilateral(const char *indicator)
{
	static const char *const flows[] = {
		"trade_turnover", "trade_balance", "exports", "imports", "services_trade",
		"contracts", "investment", "production", NULL
	};

	for (int k = 0; flows[k]; k++)
		if (strcmp(indicator, flows[k]) == 0)
			return true;
	return false;
}

static bool
is_union(const char *code)
{
	return strchr(code, '-') == NULL && strlen(code) > 2;
}

/*
 * Is the figure whose text since the figure before is s[seg, fb) a side's
 * own total, which takes no partner: "in the EAEU as a whole"; a union's
 * "mutual trade", among its members?
 */
static bool
own_total(const Reading *r, const EcPlaceSet *side, size_t seg, size_t fb)
{
	return ec_any_phrase(r->s, seg, fb, (const char *const[]) {"as a whole", NULL}) ||
		(is_union(side->codes[0]) &&
		 ec_any_phrase(r->s, seg, fb, (const char *const[]) {"mutual trade", NULL}));
}

/*
 * A figure in brackets right after a place's name is that place's alone:
 * "growth was highest in Kazakhstan (by 5.6%) and Belarus (by 4.9%)"; not
 * after a place a flow goes to or comes from.  The hit, or NULL.
 */
static const PlaceHit *
bracketed_after(const Reading *r, size_t seg, size_t fb)
{
	const PlaceHit *h = NULL;
	size_t		p;

	for (int k = 0; k < r->nhits && r->hits[k].to <= fb; k++)
		h = &r->hits[k];
	/* not where the bracket comments the flow: "exported to China (47.9% growth)" */
	if (h == NULL || h->from < seg || h->role == ROLE_TO || h->role == ROLE_FROM ||
		h->role == ROLE_PARTNER)
		return NULL;
	p = h->to;
	while (p < fb && r->s[p] == ' ')
		p++;
	if (p >= fb || r->s[p] != '(')
		return NULL;
	/* "(by 5.6%", "(up 3%", "(almost 20%" */
	return ec_skip_fillers_back(r->s, p + 1, fb) <= p + 1 ||
		ec_word_before(r->s, p + 1, fb) == fb ? h : NULL;
}

void
ec_figure_places(const Reading *r, const EcFactCarry *carry, const char *indicator, size_t seg,
				 size_t fb, EcPlaceSet *out)
{
	const PlaceHit *own = bracketed_after(r, seg, fb);
	bool		carried = r->places.n == 0;
	bool		group = r->group;

	if (own != NULL)
	{
		out->n = 0;
		set_add(out, own->code, strlen(own->code));
		return;
	}

	*out = carried ? carry->places : r->places;
	/* the sentence before named a group and no partner: "with ASEAN" */
	if (carry->group && out->n > 0)
	{
		bool		partner = false;

		for (int i = 0; i < carry->places.n; i++)
			partner |= !ec_same_country(carry->places.codes[i], out->codes[0]);
		group |= !partner;
	}
	/* a union's own figures, carried on: "The union's map ... $270 billion" */
	if (carried && out->n == 1 && is_union(out->codes[0]))
		group = true;
	/*
	 * A flow naming one side takes the partner from the sentences before
	 * (not from a list of several), else the article's subject, else the
	 * last pair named.  Not where the partner is a group with no code of
	 * its own ("with ASEAN"), nor for a side's own total ("the EAEU as a
	 * whole", a union's mutual trade).
	 */
	if (ec_one_side(out) && bilateral(indicator) && !group && !own_total(r, out, seg, fb))
	{
		const char *subject = ec_article_subject(carry);

		/* "with this country": the partner's country, not its region */
		bool		country = r->says_country;

		bool		from_list = ec_sides(&carry->places) > 2;

		for (int i = 0; i < carry->places.n && !from_list; i++)
			if (!ec_same_country(carry->places.codes[i], out->codes[0]))
				set_add(out, carry->places.codes[i],
						country ? country_len(carry->places.codes[i]) : strlen(carry->places.codes[i]));
		if (ec_one_side(out) && subject != NULL && !ec_same_country(subject, out->codes[0]))
			set_add(out, subject, strlen(subject));
		for (int i = 0; i < carry->pair.n && ec_one_side(out); i++)
			if (!ec_same_country(carry->pair.codes[i], out->codes[0]))
				set_add(out, carry->pair.codes[i], strlen(carry->pair.codes[i]));
	}
	set_drop_covered(out);
}

static int
code_order(const void *a, const void *b)
{
	return strcmp((const char *) a, (const char *) b);
}

void
ec_place_set_sort(EcPlaceSet *set)
{
	qsort(set->codes, set->n, EC_PLACE_CODE_LEN, code_order);
}
