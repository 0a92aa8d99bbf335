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
#include "words.h"

static const char *const target_words[] = {
	"plan", "plans", "planned", "planning", "goal", "goals", "target", "targets",
	"targeted", "targeting", "task", "tasks", "intend*", "intention*", "aim", "aims",
	"aimed", "aiming", "objective*", "agree", "agreed", "agrees", "opportunit*",
	"strive*", "seek*", "envisag*", "commit*", NULL
};

static const char *const forecast_words[] = {
	"expect*", "forecast*", "projected", "projection*", "predict*", "anticipat*",
	"outlook", "likely", "possible", "allow*", "will", "would", "may", "might",
	"could", "can", NULL
};

/* modals that only frame what is said: "it can be noted that" */
static const char *const modal_words[] = {"will", "would", "may", "might", "could", "can", NULL};
static const char *const framing_words[] = {
	"noted", "said", "seen", "stated", "argued", "concluded", "observed", "called",
	"considered", "assumed", "recalled", "emphasised", "emphasized", NULL
};

/* a verb that reports a result */
static const char *const result_words[] = {
	"reached", "amounted", "totalled", "totaled", "grew", "rose", "increased",
	"decreased", "declined", "fell", "dropped", "exceeded", "accounted", "added",
	"doubled", "tripled", "surged", "jumped", "recorded", "registered", NULL
};

/* "be" before a participle of a plan or forecast after the figure */
static const char *const be_words[] = {"is", "are", "was", "were", "be", "being", NULL};

static bool
is_word(const char *s, size_t w, size_t to, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (ec_word_at(s, w, to, words[k]))
			return true;
	return false;
}

/* "can be noted": a modal that frames a statement, not a figure */
static bool
framing_modal(const Reading *r, size_t w)
{
	size_t		be = ec_word_after(r->s, w, r->to);

	return be < r->to && ec_word_at(r->s, be, r->to, "be") &&
		is_word(r->s, ec_word_after(r->s, be, r->to), r->to, framing_words);
}

/* What the word at w does to the status in force. */
static EcStatus
word_status(const Reading *r, size_t w, size_t to, EcStatus in_force)
{
	if (is_word(r->s, w, to, result_words))
		return EC_STATUS_ACTUAL;
	if (is_word(r->s, w, to, target_words))
		return EC_STATUS_TARGET;
	if (in_force != EC_STATUS_TARGET && is_word(r->s, w, to, forecast_words) &&
		!(is_word(r->s, w, to, modal_words) && framing_modal(r, w)))
		return EC_STATUS_FORECAST;
	return in_force;
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
	if (after < r->to && is_word(r->s, after, r->to, be_words))
	{
		size_t		p = ec_word_after(r->s, after, r->to);

		if (p < r->to && is_word(r->s, p, r->to, target_words))
			return EC_STATUS_TARGET;
		if (p < r->to && is_word(r->s, p, r->to, forecast_words))
			return EC_STATUS_FORECAST;
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
