/*
 * test_facts.c
 *		The fact finder of the core: sentences, place names, and the
 *		indicator, places, period and change of each figure, with what
 *		carries from sentence to sentence and from text to text.
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "dateline.h"
#include "facts.h"
#include "lexicon.h"
#include "sentence.h"
#include "words.h"

typedef struct Report
{
	const char *text;
	char		got[1024];
	int			mentions;
} Report;

static void
add(Report *r, const char *fmt, const char *a, size_t alen)
{
	size_t		n = strlen(r->got);

	snprintf(r->got + n, sizeof(r->got) - n, fmt, (int) alen, a);
}

static void
on_fact(const EcFact *f, void *arg)
{
	Report	   *r = arg;
	char		period[EC_PERIOD_BUFLEN] = "";
	size_t		n;

	if (f->has_period)
		ec_period_format(&f->period, period);
	if (r->got[0])
		add(r, "%.*s", "; ", 2);
	add(r, "%.*s|", r->text + f->figure->start, f->figure->end - f->figure->start);
	n = strlen(r->got);
	snprintf(r->got + n, sizeof(r->got) - n, "%d|%s|", f->sentence + 1, f->indicator);
	for (int i = 0; i < f->places.n; i++)
		add(r, i ? ",%.*s" : "%.*s", f->places.codes[i], strlen(f->places.codes[i]));
	n = strlen(r->got);
	snprintf(r->got + n, sizeof(r->got) - n, "|%s|%s", period,
			 ec_change_name(f->change) ? ec_change_name(f->change) : "level");
}

static void
add_set(Report *r, const char *sep, const EcPlaceSet *set)
{
	add(r, "%.*s", sep, strlen(sep));
	for (int i = 0; i < set->n; i++)
		add(r, i ? ",%.*s" : "%.*s", set->codes[i], strlen(set->codes[i]));
}

/* a figure's status, its flow's sides and its groups: "$5 million|target|BY>UZ|" */
static void
on_flow(const EcFact *f, void *arg)
{
	Report	   *r = arg;
	const char *status = ec_status_name(f->status);

	if (r->got[0])
		add(r, "%.*s", "; ", 2);
	add(r, "%.*s|", r->text + f->figure->start, f->figure->end - f->figure->start);
	add(r, "%.*s", status, strlen(status));
	add_set(r, "|", &f->origin);
	add_set(r, ">", &f->destination);
	add_set(r, "|", &f->groups);
}

static EcAnchor
anchor_2024(size_t pos, const EcSentence *st, EcYearMonth *at, void *arg)
{
	at->year = 2024;
	return EC_ANCHOR_WRITTEN;
}

/* the facts of texts read one after another as one document */
static void
check_facts(const char *const *texts, bool anchored, const char *expected)
{
	Report		r = {NULL, "", 0};
	EcFactCarry carry = {0};
	EcFactHooks hooks = {NULL, NULL, NULL, on_fact, anchored ? anchor_2024 : NULL, NULL,
	ec_heap_realloc, &r};

	for (int i = 0; texts[i]; i++)
	{
		size_t		len = strlen(texts[i]);
		char	   *exact = malloc(len ? len : 1);	/* no NUL after it */

		memcpy(exact, texts[i], len);
		r.text = exact;
		ec_facts(exact, len, &carry, &hooks);
		free(exact);
	}
	CHECK(strcmp(r.got, expected) == 0, "facts of \"%.60s...\"\n#   got:      %s\n#   expected: %s",
		  texts[0], r.got, expected);
}

#define FACTS(expected, anchored, ...) \
	check_facts((const char *const[]) {__VA_ARGS__, NULL}, anchored, expected)

/* the status, sides and groups of the figures of texts read as one document */
static void
check_flows(const char *const *texts, const char *expected)
{
	Report		r = {NULL, "", 0};
	EcFactCarry carry = {0};
	EcFactHooks hooks = {NULL, NULL, NULL, on_flow, NULL, NULL, ec_heap_realloc, &r};

	for (int i = 0; texts[i]; i++)
	{
		r.text = texts[i];
		ec_facts(texts[i], strlen(texts[i]), &carry, &hooks);
	}
	CHECK(strcmp(r.got, expected) == 0, "flows of \"%.60s...\"\n#   got:      %s\n#   expected: %s",
		  texts[0], r.got, expected);
}

#define FLOWS(expected, ...) \
	check_flows((const char *const[]) {__VA_ARGS__, NULL}, expected)

/* Status and direction (the guide's "Status and direction"), in sentences of our own. */
static void
test_status_and_direction(void)
{
	/* the actor next to the flow, "to" the market, "from" the origin */
	FLOWS("$245 million|actual|BY>UZ|", "Belarusian exports to Uzbekistan reached $245 million in 2021.");
	FLOWS("5%|actual|CN>RU|", "Imports of Russia from China grew by 5%.");
	FLOWS("$3 million|actual|BY>AZ|",
		  "Belarusian companies supplied Azerbaijan with $3 million worth of machinery.");
	FLOWS("$10 million|actual|RU>UZ|", "Russian investors put $10 million into Uzbekistan.");
	/* a turnover has no direction; a plan and an expectation */
	FLOWS("$1 billion|forecast|>|", "Trade between Belarus and Uzbekistan is expected to reach $1 billion.");
	FLOWS("double|target|KZ>CN|", "Kazakhstan plans to double its exports to China by 2030.");
	/* a plan holds over the figures after it, a result ends it */
	FLOWS("7 per cent|target|>|; 15 per cent|target|>|",
		  "It is planned to ensure growth of at least 7 per cent and to cut poverty to 15 per cent.");
	FLOWS("40 per cent|actual|>|; $330 billion|forecast|>|",
		  "Turnover grew by 40 per cent and is expected to reach $330 billion.");
	FLOWS("$2 billion|target|>|", "The goal was to reach $2 billion, and it was set.");
	FLOWS("$2 billion|actual|>|", "As planned, turnover reached $2 billion.");
	FLOWS("$8 million|actual|BY>UZ|",
		  "The plant will make tablets and has already received Belarusian investment in Uzbekistan of $8 million.");
	/* "is to" a verb is a plan, "should" an expectation; "are to Russia" neither */
	FLOWS("$2 billion|target|>|", "Turnover is to increase to $2 billion.");
	FLOWS("$2 billion|forecast|>|; $1 billion|actual|BY>RU|",
		  "Turnover should reach $2 billion. Most Belarusian exports are to Russia, $1 billion.");
	/* a modal that frames what is said is no forecast */
	FLOWS("7%|actual|BY>AM|", "It can be noted that exports of Belarus to Armenia rose by 7%.");
	/* the parts of a turnover: exports from the subject, imports to it */
	FLOWS("$126 million|actual|>|; $122 million|actual|BY>TJ|; $4 million|actual|TJ>BY|",
		  "In 2021, Belarus' trade turnover with Tajikistan totalled $126 million, exports - $122 million, "
		  "imports - $4 million.");
	/* a sentence naming no place goes on about the flow before */
	FLOWS("$110 million|actual|BY>TJ|; 50 per cent|actual|BY>TJ|",
		  "Belarusian exports to the Tajik market reached $110 million.",
		  "This is more than a year earlier by 50 per cent.");
	/* "May" the month is no modal; a curly apostrophe ends a name */
	FLOWS("$5 million|actual|BY>RU|", "In May, Belarusian exports to Russia were $5 million.");
	FLOWS("12%|actual|KZ>CN|", "Kazakhstan\xE2\x80\x99s exports to China grew by 12%.");
	/* trade in services has no direction, though exports of services before it had */
	FLOWS("$5 million|actual|BY>RU|; $10 million|actual|>|",
		  "Belarusian exports of services to Russia reached $5 million, while trade in services "
		  "totalled $10 million.");
	/* the market the sentence before named, for a flow whose sentence names none */
	FLOWS("$10 million|actual|BY>UZ|",
		  "Belarusian plants are growing in the Uzbek market.", "In 2022 $10 million worth of tractors was shipped.");
	/* a partner with no ISO code stays, in groups */
	FLOWS("10 per cent|actual|>|ASEAN", "The EAEU's trade with ASEAN grew by 10 per cent.");
}

static void
check_sentences(const char *text, const char *expected)
{
	size_t		pos = 0,
				start,
				end;
	char		got[512] = "";

	while (ec_sentence_next(text, strlen(text), &pos, &start, &end))
	{
		size_t		n = strlen(got);

		snprintf(got + n, sizeof(got) - n, "%s%.*s", n ? "|" : "", (int) (end - start), text + start);
	}
	CHECK(strcmp(got, expected) == 0, "sentences of \"%s\": got %s", text, got);
}

/* sentences read since the last report of progress, and the most of them */
typedef struct Progress
{
	int			since,
				most;
} Progress;

static void
on_sentence(const EcSentence *st, void *arg)
{
	Progress   *p = arg;

	if (++p->since > p->most)
		p->most = p->since;
}

static void
on_progress(size_t pos, void *arg)
{
	((Progress *) arg)->since = 0;
}

static void
ignore_fact(const EcFact *f, void *arg)
{
}

/*
 * A megabyte of sentences with no figure, then one: the sentences before it
 * are read when it arrives, and progress is reported while they are (else
 * statement_timeout waited for all of them), as while the anchor's walk
 * goes ahead to it.
 */
static void
check_progress_between_figures(void)
{
	static const char sentence[] = "The weather is nice in the village. ";
	const char *figure = "Exports were $5 million.";
	size_t		n = sizeof(sentence) - 1,
				reps = (1 << 20) / n,
				len = reps * n + strlen(figure);
	char	   *text = malloc(len);
	Progress	p = {0, 0};
	EcFactCarry carry = {0};
	EcFactHooks hooks = {on_sentence, NULL, NULL, ignore_fact, anchor_2024, on_progress,
	ec_heap_realloc, &p};

	for (size_t i = 0; i < reps; i++)
		memcpy(text + i * n, sentence, n);
	memcpy(text + reps * n, figure, strlen(figure));
	ec_facts(text, len, &carry, &hooks);
	CHECK(p.most <= 2 * EC_SCAN_PROGRESS_BYTES / (int) n,
		  "progress every %d KB of sentences read, at most (%d sentences of %zu bytes at most between reports)",
		  EC_SCAN_PROGRESS_BYTES / 1024 * 2, p.most, n);
	free(text);
}

void
test_facts(void)
{
	const EcCue *cue;
	size_t		where = 0;

	/* sentences: points that end one, and those that do not */
	check_sentences("Trade grew 5.2% in 2021. B.L. Zalesky wrote, e.g. in No. 3, of it.  \"Next\" came.",
					"Trade grew 5.2% in 2021.|B.L. Zalesky wrote, e.g. in No. 3, of it.|\"Next\" came.");
	check_sentences("  A title without a point\n \nThe text. ", "A title without a point|The text.");
	check_sentences("", "");
	/*
	 * A sentence longer than EC_SENTENCE_MAX is cut at its last space, else
	 * at a character's start, else (bytes that are no UTF-8, as SQL_ASCII
	 * holds) at the limit: never into pieces of a byte, each of which would
	 * search a whole window again.
	 */
	{
		size_t		len = EC_SENTENCE_MAX + EC_SENTENCE_MAX / 2,
					pos = 0,
					start,
					end;
		char	   *bytes = malloc(len);
		int			n = 0;

		memset(bytes, 0x80, len);
		while (ec_sentence_next(bytes, len, &pos, &start, &end))
			n++;
		CHECK(n == 2, "96 KB of 0x80 bytes are 2 sentences (got %d)", n);
		free(bytes);
	}

	/* the lexicons: the longest name, case-blind after its capital; cues */
	CHECK(ec_place_at("the Gomel Region's", 4, 18) != NULL &&
		  strcmp(ec_place_at("the Gomel Region's", 4, 18)->code, "BY-HO") == 0,
		  "\"Gomel Region\" is BY-HO, not Gomel alone");
	CHECK(ec_place_at("Belarusians", 0, 11) == NULL || ec_place_at("Belarusians", 0, 11)->len == 11,
		  "a place name matches whole words only");
	cue = ec_cue_find("its Trade in services grew", 0, 26, false, &where);
	CHECK(cue != NULL && strcmp(cue->code, "services_trade") == 0 && where == 4,
		  "the longest cue at a word wins, case-blind: \"trade in services\"");
	cue = ec_cue_find("exports and imports", 0, 19, true, &where);
	CHECK(cue != NULL && strcmp(cue->code, "imports") == 0 && where == 12,
		  "of cues alike, the latest when asked");
	CHECK(ec_place_count() > 100 && ec_place_name(ec_place_count()) == NULL,
		  "the place table is built in, and bounded");

	/*
	 * The words around a figure; a run of word characters longer than any
	 * word (figures glued by bytes of no script, "\xc9\xe2\x82\xac3\xff...")
	 * is no word, so that no figure inside it walks the whole run.
	 */
	CHECK(ec_word_after("grew 5% in 2021", 5, 15) == 8 && ec_word_before("grew 5% in 2021", 0, 8) == 5,
		  "the word after \"5%%\" is \"in\", the one before \"in\" is \"5\"");
	{
		char		text[EC_WORD_MAX + 16];
		size_t		len;

		memset(text, 'x', EC_WORD_MAX + 1);
		memcpy(text + EC_WORD_MAX + 1, " level", 7);
		len = strlen(text);
		CHECK(ec_word_after(text, 0, len) == len, "no word after a run of %d word characters",
			  EC_WORD_MAX + 1);
		CHECK(ec_word_before(text, 0, EC_WORD_MAX + 1) == EC_WORD_MAX + 1,
			  "no word before the end of a run of %d word characters", EC_WORD_MAX + 1);
		CHECK(ec_word_after(text + 1, 0, len - 1) == EC_WORD_MAX + 1 &&
			  ec_word_before(text + 1, 0, EC_WORD_MAX) == 0,
			  "a run of %d word characters is a word", EC_WORD_MAX);
	}

	/*
	 * The word after a figure is the next word, however long, not any word
	 * up to the sentence's end (a search that long at every figure was
	 * quadratic): "fell" here is too far to make the 5% a decrease.
	 */
	{
		char		text[256];

		snprintf(text, sizeof(text), "The share was 5%% %.70s and then fell.",
				 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		FACTS("5%|1|other|||level", false, text);
		snprintf(text, sizeof(text), "over the past %.70s five years",
				 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		CHECK(!ec_rolling_span(text, 0, strlen(text)),
			  "\"past\" rolls back only with a count right after it");
		CHECK(ec_rolling_span("over the past five years", 0, 24), "\"the past five years\" rolls back");
	}

	check_progress_between_figures();
	test_status_and_direction();

	/* the acceptance sentence of the issue */
	FACTS("$300 million|1|exports|BY,UZ|2021|level; 12%|1|exports|BY,UZ|2021|increase", true,
		  "In 2021 Belarus exported goods worth $300 million to Uzbekistan, 12% more than in 2020.");
	/* a base of comparison is no period of the figure; a decrease */
	FACTS("8.5%|1|imports|KZ|2022|decrease", false,
		  "In 2022 imports from Kazakhstan fell by 8.5% compared to 2021.");
	/* the period and places carry to the next sentence, and the next text */
	FACTS("$1.2 billion|2|trade_turnover|AM,GE|2023|level; 4%|1|trade_turnover|AM,GE|2023|increase", false,
		  "Armenia and Georgia traded more in 2023. Turnover reached $1.2 billion.",
		  "It grew by 4%.");
	/* a new document starts afresh: nothing carried */
	FACTS("4%|1|other||2024-01/2024-03|increase", true, "It grew by 4% in January-March.");
	/* a year-less period without an anchor has no year */
	FACTS("4%|1|other|||increase", false, "It grew by 4% in January-March.");
	/* "from ... to ..." over years: each end its own year */
	FACTS("$4.5 billion|1|investment|KZ|2016|level; $11.6 billion|1|investment|KZ|2021|level", false,
		  "In 2016-2021 investment in Kazakhstan rose from $4.5 billion to $11.6 billion.");
	/* a country that chairs a body is no place of its figures; nor a partner of a side's total */
	FACTS("4%|1|industrial_output|CIS||increase", false,
		  "Under the Belarusian presidency, industrial output in the CIS grew by 4%.");
	FACTS("60%|1|trade_turnover|AE,EAEU||increase; 35%|2|trade_turnover|EAEU||increase", false,
		  "The EAEU's trade with the UAE grew by 60%. In the EAEU as a whole, foreign trade turnover "
		  "increased by 35%.");
	FACTS("27 per cent|2|trade_turnover|CIS||increase", false,
		  "Belarus chaired the Commonwealth. The mutual trade of the CIS increased by 27 per cent.");
	/* the places people at an event come from are not the figure's */
	FACTS("$2 million|1|exports|AM,BY||level", false,
		  "At the fair, where exhibitors from China, Iran and Russia met, Belarus supplied goods to Armenia "
		  "worth $2 million.");
	/* a dateline: where and when a news item was filed */
	CHECK(ec_dateline_length("ASTANA, March 14 (Kazinform) - Trade grew.", 42) == 31,
		  "\"ASTANA, March 14 (Kazinform) - \" is a dateline");
	CHECK(ec_dateline_length("TASHKENT (UzA) \xE2\x80\x94 Exports rose.", 35) == 19,
		  "\"TASHKENT (UzA) \\u2014 \" is a dateline");
	CHECK(ec_dateline_length("Astana, March 14 - Trade grew.", 30) == 0 &&
		  ec_dateline_length("USA, China and Russia traded more.", 34) == 0,
		  "a city not in capitals, or capitals with no date or agency, is no dateline");
	/* a figure in brackets after a place is that place's; a sentence may start with "$" */
	FACTS("5.6%|1|production|KZ|2020|increase; 4.9%|1|production|BY|2020|increase; "
		  "$3 million|2|investment|AM,BY|2021|level", false,
		  "In 2020 production grew most in Kazakhstan (by 5.6%) and Belarus (by 4.9%) among the EAEU states. "
		  "$3 million of Armenian investment came to Belarus in 2021.");
	FACTS("$366 million|1|exports|BY,CN|2021|level; 47.9%|1|exports|BY,CN|2021|increase", false,
		  "In 2021 Belarusian goods worth $366 million were exported to China (47.9% growth by 2020).");
	/* a list of the countries at a fair passes no places on */
	FACTS("$2 million|1|exports|AM,BY|2022|level", false,
		  "Belarusian exports to Armenia grew in 2022.",
		  "Among the participating countries were China, Georgia, India, Iran and Russia.",
		  "Exports reached $2 million.");
	/* a plan's deadline is no period in force for the results after it */
	FACTS("double|1|exports|BY,CN|2030 ON_OR_BEFORE|increase; 5%|1|imports|BY,CN||increase", false,
		  "Belarus plans to double exports to China by 2030.", "Imports from China grew by 5%.");
	/* "as a whole", case aside: a side's own total */
	FACTS("$5 million|2|exports|EAEU||level", false,
		  "Belarus and China traded more. As a whole, EAEU exports reached $5 million.");
	/* a city where something is held is no place of the figure; a company's city is its country */
	FACTS("$50 million|1|contracts|BY,UZ|2022|level", false,
		  "At the forum held in Minsk in 2022, Minsk Tractor Plant and Uzbekistan signed contracts for $50 million.");
}
