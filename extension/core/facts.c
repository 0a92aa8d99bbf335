/*
 * facts.c
 *		ec_facts(): a text read sentence by sentence as the scanner reports
 *		its mentions.  A sentence is read once the first mention after it
 *		arrives (or the scan ends), so that only one sentence's figures are
 *		held at a time.
 */
#include <stdlib.h>
#include <string.h>

#include "fact_int.h"
#include "sentence.h"
#include "words.h"

typedef struct FactText
{
	const char *s;
	size_t		len;
	EcFactCarry *carry;
	const EcFactHooks *hooks;

	/* the sentence being read, and where the next is searched from */
	bool		has_sentence;
	EcSentence	cur;
	size_t		after_cur;

	/* its mentions, and how many the text had before them */
	EcMention  *mentions;
	int			nmentions;
	int			cap;
	int			mentions_before;

	/* what Reading points to, room for cap figures */
	int		   *figures;
	size_t	   *figure_from,
			   *figure_to;
	PeriodHere *periods;

	/*
	 * The anchor's own walk over the sentences: the scanner asks for the
	 * year at a mention's start before it reports the mention, so possibly
	 * beyond the sentence being read.  look is the last sentence starting
	 * at or before the position asked; peek the one after it.
	 */
	EcSentence	look,
				peek;
	bool		has_peek;
	size_t		after_peek;

	/*
	 * Where each walk last reported progress: the sentences read (possibly
	 * many between two mentions, or after the last) and the anchor's walk
	 * ahead of them.
	 */
	size_t		read_reported,
				look_reported;
} FactText;

/* Report progress at pos when a walk has gone EC_SCAN_PROGRESS_BYTES past *reported. */
static void
report_progress(const FactText *ft, size_t *reported, size_t pos)
{
	if (ft->hooks->progress && pos - *reported >= EC_SCAN_PROGRESS_BYTES)
	{
		ft->hooks->progress(pos, ft->hooks->arg);
		*reported = pos;
	}
}

static void *
grow(const FactText *ft, void *p, size_t elem, int n)
{
	return ft->hooks->realloc(p, elem * (size_t) n, ft->hooks->arg);
}

/* The sentence after the one that ended where *pos points; false at the end. */
static bool
next_sentence(const FactText *ft, size_t *pos, EcSentence *st, int index)
{
	st->index = index;
	return ec_sentence_next(ft->s, ft->len, pos, &st->start, &st->end);
}

/* Read the sentence in ft->cur with its mentions, and report its facts. */
static void
read_current(FactText *ft)
{
	Reading		r = {ft->s, ft->cur, ft->cur.start, ft->cur.end, ft->mentions, ft->nmentions,
	ft->mentions_before, ft->figures, 0, ft->figure_from, ft->figure_to, ft->periods};

	for (int k = 0; k < ft->nmentions; k++)
		if (ft->mentions[k].kind != EC_MENTION_PERIOD)
		{
			r.figure_from[r.nfigures] = ft->mentions[k].start;
			r.figure_to[r.nfigures] = ft->mentions[k].end;
			r.figures[r.nfigures++] = k;
		}
	r.says_country = r.nfigures > 0 &&
		ec_any_word(r.s, r.from, r.to, (const char *const[]) {"country", NULL});
	ec_read_places(&r, ft->carry, ft->hooks);
	ec_count_sides(ft->carry, &r.places);
	ec_read_sentence(&r, ft->carry, ft->hooks);
	ft->mentions_before += ft->nmentions;
	ft->nmentions = 0;
}

/* Read the sentence in hand, and move to the next; false when there is none. */
static bool
advance(FactText *ft)
{
	int			index = ft->has_sentence ? ft->cur.index + 1 : 0;

	if (ft->has_sentence)
	{
		read_current(ft);
		report_progress(ft, &ft->read_reported, ft->cur.end);
	}
	ft->has_sentence = next_sentence(ft, &ft->after_cur, &ft->cur, index);
	if (ft->has_sentence && ft->hooks->sentence)
		ft->hooks->sentence(&ft->cur, ft->hooks->arg);
	return ft->has_sentence;
}

static void
on_mention(const EcMention *m, void *arg)
{
	FactText   *ft = arg;

	/* a mention belongs to the last sentence starting at or before it */
	while (ft->has_sentence && m->start >= ft->cur.end)
	{
		size_t		pos = ft->after_cur;
		EcSentence	next;

		if (!next_sentence(ft, &pos, &next, 0) || next.start > m->start)
			break;
		advance(ft);
	}
	if (ft->nmentions == ft->cap)
	{
		ft->cap = ft->cap ? 2 * ft->cap : 16;
		ft->mentions = grow(ft, ft->mentions, sizeof(EcMention), ft->cap);
		ft->figures = grow(ft, ft->figures, sizeof(int), ft->cap);
		ft->figure_from = grow(ft, ft->figure_from, sizeof(size_t), ft->cap);
		ft->figure_to = grow(ft, ft->figure_to, sizeof(size_t), ft->cap);
		ft->periods = grow(ft, ft->periods, sizeof(PeriodHere), ft->cap);
	}
	ft->mentions[ft->nmentions++] = *m;
	if (ft->hooks->mention)
		ft->hooks->mention(m, ft->cur.index, ft->hooks->arg);
}

static EcAnchor
on_anchor(size_t pos, EcYearMonth *at, void *arg)
{
	FactText   *ft = arg;

	if (!ft->has_sentence)
		return EC_ANCHOR_NONE;
	/* positions asked ascend: from the sentence being read on, each sentence once */
	if (pos < ft->look.start || ft->look.index < ft->cur.index)
	{
		ft->look = ft->cur;
		ft->after_peek = ft->after_cur;
		ft->has_peek = next_sentence(ft, &ft->after_peek, &ft->peek, ft->cur.index + 1);
	}
	while (ft->has_peek && ft->peek.start <= pos)
	{
		ft->look = ft->peek;
		ft->has_peek = next_sentence(ft, &ft->after_peek, &ft->peek, ft->look.index + 1);
		report_progress(ft, &ft->look_reported, ft->look.start);
	}
	return ft->hooks->anchor(pos, &ft->look, at, ft->hooks->arg);
}

/* the scanner's progress, passed on with the caller's arg */
static void
on_scan_progress(size_t pos, void *arg)
{
	FactText   *ft = arg;

	ft->hooks->progress(pos, ft->hooks->arg);
}

void
ec_facts(const char *s, size_t len, EcFactCarry *carry, const EcFactHooks *hooks)
{
	FactText	ft = {s, len, carry, hooks};
	EcScanHooks scan = {on_mention, hooks->anchor ? on_anchor : NULL,
	hooks->progress ? on_scan_progress : NULL, &ft};

	if (!advance(&ft))
		return;
	ft.look = ft.cur;
	ft.look.index = -1;			/* not walked yet */
	ec_scan(s, len, &scan);
	/* the sentences after the last mention: what they name carries on */
	while (advance(&ft))
		;
	if (ft.cap > 0)
	{
		hooks->realloc(ft.mentions, 0, hooks->arg);
		hooks->realloc(ft.figures, 0, hooks->arg);
		hooks->realloc(ft.figure_from, 0, hooks->arg);
		hooks->realloc(ft.figure_to, 0, hooks->arg);
		hooks->realloc(ft.periods, 0, hooks->arg);
	}
}

void *
ec_heap_realloc(void *ptr, size_t size, void *arg)
{
	if (size == 0)
	{
		free(ptr);
		return NULL;
	}
	ptr = realloc(ptr, size);
	if (ptr == NULL)
		abort();
	return ptr;
}
