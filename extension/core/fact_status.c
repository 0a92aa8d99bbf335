/*
 * fact_status.c
 *		Is a figure a result (actual), a plan (target) or an expectation
 *		(forecast)?  By the words of its sentence before it, read once for
 *		all its figures: a word of a plan or of an expectation holds until a
 *		verb of a result ("reached", "grew") comes after it, so "it is
 *		planned to ensure 7 per cent and double GDP" makes both figures
 *		targets, while "grew by 40 per cent and is expected to reach $330
 *		billion" makes only the second a forecast.  A plan outweighs an
 *		expectation in the same stretch ("agreed to supply ... will supply").
 */
#include "fact_int.h"
#include "text.h"
#include "words.h"

/*
 * The words that set a status, sorted, so that a word is compared only
 * with those of its first letter: a verb of a result (actual), a word of a
 * plan (target), of an expectation (forecast; modal: a modal verb, which
 * "can be noted" makes a frame of a statement instead).
 */
typedef struct StatusWord
{
	const char *word;			/* a stem when it ends in '*' */
	EcStatus	status;
	bool		modal;
	bool		to_verb;		/* only before "to" and a verb: "is to increase" */
} StatusWord;

#define A EC_STATUS_ACTUAL
#define T EC_STATUS_TARGET
#define F EC_STATUS_FORECAST
static const StatusWord status_words[] = {
	{"accounted", A}, {"added", A}, {"agree", T}, {"agreed", T}, {"agrees", T},
	{"aim", T}, {"aimed", T}, {"aiming", T}, {"aims", T}, {"already", A},
	{"amounted", A}, {"anticipat*", F}, {"are", T, false, true},
	{"can", F, true}, {"commit*", T}, {"could", F, true},
	{"declined", A}, {"decreased", A}, {"doubled", A}, {"dropped", A},
	{"envisag*", T}, {"exceeded", A}, {"expect*", F},
	{"fell", A}, {"forecast*", F},
	{"goal", T}, {"goals", T}, {"grew", A},
	{"increased", A}, {"intend*", T}, {"intention*", T}, {"is", T, false, true},
	{"jumped", A},
	{"likely", F},
	{"may", F, true}, {"might", F, true},
	{"objective*", T}, {"opportunit*", T}, {"outlook", F},
	{"plan", T}, {"planned", T}, {"planning", T}, {"plans", T}, {"poised", F, false, true},
	{"possible", F},
	{"predict*", F}, {"projected", F}, {"projection*", F},
	{"reached", A}, {"recorded", A}, {"registered", A}, {"rose", A},
	{"seek*", T}, {"set", F, false, true}, {"shall", F, true}, {"should", F, true},
	{"strive*", T}, {"surged", A},
	{"target", T}, {"targeted", T}, {"targeting", T}, {"targets", T}, {"task", T},
	{"tasks", T}, {"totaled", A}, {"totalled", A}, {"tripled", A},
	{"was", T, false, true}, {"were", T, false, true}, {"will", F, true}, {"would", F, true},
};
#undef A
#undef T
#undef F

#define N_STATUS_WORDS ((int) (sizeof(status_words) / sizeof(status_words[0])))

/* what a framing modal is followed by: "it can be noted that" */
static const char *const framing_words[] = {
	"noted", "said", "seen", "stated", "argued", "concluded", "observed", "called",
	"considered", "assumed", "recalled", "emphasised", "emphasized", NULL
};

/* "be" before a participle of a plan or forecast after the figure */
static const char *const be_words[] = {"is", "are", "was", "were", "be", "being", NULL};

/* Is the word at w "to" before a verb ("to increase", not "to Russia", "to the EU", "to 5%")? */
static bool
to_verb_at(const char *s, size_t w, size_t to)
{
	size_t		v = ec_word_after(s, w, to);

	return w < to && ec_word_at(s, w, to, "to") && v < to &&
		ec_is_alpha((unsigned char) s[v]) && !ec_is_upper((unsigned char) s[v]) &&
		!ec_next_word_in(s, v, to, (const char *const[]) {"the", "a", "an", "its", "their", "this", NULL});
}

/* The entry the word at w is, or NULL. */
static const StatusWord *
status_word(const char *s, size_t w, size_t to)
{
	unsigned char c = (unsigned char) (s[w] | 0x20);
	int			lo = 0,
				hi = N_STATUS_WORDS;

	/* the first entry of its letter */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if ((unsigned char) status_words[mid].word[0] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < N_STATUS_WORDS && (unsigned char) status_words[lo].word[0] == c; lo++)
		if (ec_word_at(s, w, to, status_words[lo].word))
			return !status_words[lo].to_verb || to_verb_at(s, ec_word_after(s, w, to), to) ?
				&status_words[lo] : NULL;
	return NULL;
}

/* "can be noted": a modal that frames a statement, not a figure */
static bool
framing_modal(const Reading *r, size_t w)
{
	size_t		be = ec_word_after(r->s, w, r->to);

	return be < r->to && ec_word_at(r->s, be, r->to, "be") &&
		ec_next_word_in(r->s, ec_word_after(r->s, be, r->to), r->to, framing_words);
}

/* What the word at w does to the status in force. */
static EcStatus
word_status(const Reading *r, size_t w, size_t to, EcStatus in_force)
{
	const StatusWord *sw = status_word(r->s, w, to);

	if (sw == NULL || (sw->status == EC_STATUS_FORECAST &&
					   (in_force == EC_STATUS_TARGET || (sw->modal && framing_modal(r, w)))))
		return in_force;
	/* a capital inside the sentence makes "May" a month, "Will" a name */
	if (sw->modal && w > r->from && ec_is_upper((unsigned char) r->s[w]))
		return in_force;
	return sw->status;
}

/*
 * The status of the figure at [fb, fe), its text since the figure before
 * starting at seg; *in_force is the status the sentence has in force at
 * seg (actual at its start), and is left as in force at fe.
 */
EcStatus
ec_figure_status(const Reading *r, size_t seg, size_t fb, size_t fe, EcStatus *in_force)
{
	size_t		w = seg;
	size_t		after;

	if (w < fb && !ec_word_char((unsigned char) r->s[w]))
		w = ec_word_after(r->s, w, fb);
	for (; w < fb; w = ec_word_after(r->s, w, fb))
		*in_force = word_status(r, w, fb, *in_force);

	/* "$1bn is expected", "$1bn was planned" */
	after = ec_word_after(r->s, fe - 1, r->to);
	if (after < r->to && ec_next_word_in(r->s, after, r->to, be_words))
	{
		size_t		p = ec_word_after(r->s, after, r->to);
		const StatusWord *sw = p < r->to ? status_word(r->s, p, r->to) : NULL;

		if (sw != NULL && sw->status != EC_STATUS_ACTUAL)
			return sw->status;
	}
	return *in_force;
}

const char *
ec_status_name(EcStatus status)
{
	switch (status)
	{
		case EC_STATUS_TARGET:
			return "target";
		case EC_STATUS_FORECAST:
			return "forecast";
		default:
			return "actual";
	}
}
