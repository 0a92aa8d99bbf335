/*
 * core_fuzz.c
 *		libFuzzer harness for the parsing core: the amount and period input
 *		parsers (whatever parses must print and parse back to itself), the
 *		mention scanner, and the fact finder (what it reports lies in the
 *		text, in order).  Built and run by `make fuzz`.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "amount.h"
#include "facts.h"
#include "period.h"
#include "scan.h"

static void
sink(const EcMention *m, void *arg)
{
	char		buf[EC_PERIOD_BUFLEN];

	if (m->kind == EC_MENTION_PERIOD && m->has_period)
		ec_period_format(&m->period, buf);
}

/* both kinds of anchor, by where the scan asks */
static EcAnchor
anchor(size_t pos, EcYearMonth *at, void *arg)
{
	at->year = 2021;
	at->month = pos & 2 ? 3 : 0;
	return pos & 1 ? EC_ANCHOR_WRITTEN : EC_ANCHOR_GUESS;
}

/* what the fact finder reported so far, to check its order */
typedef struct Seen
{
	size_t		len;
	int			sentences;
	size_t		sentence_end;
	int			mentions;
} Seen;

static void
on_sentence(const EcSentence *st, void *arg)
{
	Seen	   *seen = arg;

	if (st->index != seen->sentences++ || st->start >= st->end || st->end > seen->len ||
		st->start < seen->sentence_end)
		abort();
	seen->sentence_end = st->end;
}

static void
on_place(const EcPlaceHit *hit, void *arg)
{
	if (hit->start >= hit->end || hit->end > ((Seen *) arg)->len ||
		hit->end - hit->start != hit->place->len)
		abort();
}

static void
on_mention(const EcMention *m, int sentence, void *arg)
{
	Seen	   *seen = arg;

	seen->mentions++;
	if (sentence != seen->sentences - 1 || m->end > seen->len)
		abort();
}

static void
on_fact(const EcFact *f, void *arg)
{
	Seen	   *seen = arg;

	if (f->mention >= seen->mentions || f->figure->kind == EC_MENTION_PERIOD ||
		f->places.n > EC_MAX_PLACES || f->indicator == NULL ||
		(f->has_period && !ec_period_valid(&f->period)))
		abort();
}

static EcAnchor
fact_anchor(size_t pos, const EcSentence *st, EcYearMonth *at, void *arg)
{
	at->year = 2021;
	at->month = pos & 2 ? 12 : 0;
	return pos & 1 ? EC_ANCHOR_WRITTEN : EC_ANCHOR_GUESS;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);	/* exactly size bytes: no NUL */
	EcAmount	a,
				a2;
	EcAmountError ae;
	EcPeriod	p,
				p2;
	EcPeriodError pe;
	char		buf[EC_AMOUNT_BUFLEN > EC_PERIOD_BUFLEN ? EC_AMOUNT_BUFLEN : EC_PERIOD_BUFLEN];
	EcScanHooks hooks = {sink, anchor, NULL, NULL};
	EcYearMonth anchor_date = {2021, 1};

	memcpy(s, data, size);
	if (ec_amount_parse(s, size, &a, &ae) == EC_AMOUNT_OK)
	{
		ec_amount_format(&a, buf);
		if (ec_amount_parse(buf, strlen(buf), &a2, &ae) != EC_AMOUNT_OK ||
			a2.value != a.value || a2.currency != a.currency)
			abort();
	}
	if (ec_period_parse(s, size, &anchor_date, &p, &pe) == EC_PERIOD_OK)
	{
		if (!ec_period_valid(&p))
			abort();
		ec_period_format(&p, buf);
		if (ec_period_parse(buf, strlen(buf), NULL, &p2, &pe) != EC_PERIOD_OK ||
			p2.start != p.start || p2.end != p.end || p2.grain != p.grain || p2.mod != p.mod)
			abort();
	}
	ec_scan(s, size, &hooks);
	{
		Seen		seen = {size};
		EcFactCarry carry = {0};
		EcFactHooks fact_hooks = {on_sentence, on_place, on_mention, on_fact, fact_anchor,
		NULL, ec_heap_realloc, &seen};

		ec_facts(s, size, &carry, &fact_hooks);
	}
	free(s);
	return 0;
}
