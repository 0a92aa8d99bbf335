/*
 * scan.c
 *		One pass over running text, trying at each word the readings the
 *		annotation guide defines: a period (the period grammar), an amount
 *		(currency and number), a percentage, a ratio.  A qualifier word
 *		("more than", "almost") attaches to the mention right after it.
 *		Periods without a year of their own take it from the text before
 *		(the latest year written, an editor's "[2021]"), else from the anchor.
 */
#include "scan.h"

#include <string.h>

#include "calendar.h"
#include "currency.h"
#include "iso4217.h"
#include "russian.h"
#include "text.h"
#include "trigger_filter.h"		/* made by make from trigger_words.h */
#include "trigger_words.h"
#include "word_filter.h"
#include "words.h"

/* how far back the Russian words of a qualifier are read: "более чем в" */
#define RU_QUALIFIER_REACH 64

typedef struct Scan
{
	const char *s;
	size_t		len;			/* where the rules stop reading: the end of the
								 * window at the position under way */
	size_t		text_len;		/* the whole text */
	const EcScanHooks *hooks;
	size_t		next_progress;	/* report progress once past this */
	int			last_year;		/* the latest year written, or 0 */
	EcPeriod	last_span;		/* the latest period, for "the same period" */
	bool		have_last_span;
	size_t		last_figure_start;	/* the latest percent or ratio */
	size_t		last_figure_end;
	EcQualifier qual;			/* a qualifier waiting for its mention */
	size_t		qual_end;
	struct
	{
		uint16_t	code;		/* the alternative reading of a shared
								 * currency noun ("roubles": BYN) */
		bool		named;		/* whether the text names its country */
	}			alternatives[4];
	int			n_alternatives;
} Scan;

static const char *const qualifier_names[] = {
	NULL, "approx", "more_than", "less_than", "at_least", "at_most"
};

const char *
ec_qualifier_name(int q)
{
	return q >= 1 && q <= EC_QUAL_AT_MOST ? qualifier_names[q] : NULL;
}

const char *
ec_mention_kind_name(int kind)
{
	static const char *const names[] = {NULL, "amount", "period", "percent", "ratio"};

	return kind >= 1 && kind <= EC_MENTION_RATIO ? names[kind] : NULL;
}

/* Words before a figure that qualify it (ANNOTATION.md, "qualifier"). */
static const struct
{
	const char *phrase;
	EcQualifier q;
}			qualifiers[] =
{
	{"approximately", EC_QUAL_APPROX}, {"about", EC_QUAL_APPROX},
	{"around", EC_QUAL_APPROX}, {"almost", EC_QUAL_APPROX},
	{"nearly", EC_QUAL_APPROX}, {"some", EC_QUAL_APPROX},
	{"roughly", EC_QUAL_APPROX}, {"close to", EC_QUAL_APPROX},
	{"approaching", EC_QUAL_APPROX}, {"approached", EC_QUAL_APPROX},
	{"approaches", EC_QUAL_APPROX}, {"approach", EC_QUAL_APPROX},
	{"more than", EC_QUAL_MORE_THAN}, {"just over", EC_QUAL_MORE_THAN},
	{"over", EC_QUAL_MORE_THAN}, {"above", EC_QUAL_MORE_THAN},
	{"exceeding", EC_QUAL_MORE_THAN}, {"exceeded", EC_QUAL_MORE_THAN},
	{"exceeds", EC_QUAL_MORE_THAN}, {"exceed", EC_QUAL_MORE_THAN},
	{"in excess of", EC_QUAL_MORE_THAN},
	{"less than", EC_QUAL_LESS_THAN}, {"under", EC_QUAL_LESS_THAN},
	{"below", EC_QUAL_LESS_THAN},
	{"at least", EC_QUAL_AT_LEAST}, {"no less than", EC_QUAL_AT_LEAST},
	{"not less than", EC_QUAL_AT_LEAST},
	{"up to", EC_QUAL_AT_MOST}, {"no more than", EC_QUAL_AT_MOST},
	{"not more than", EC_QUAL_AT_MOST},
	/* "may exceed" is more than, "cannot exceed" at most */
	{"cannot exceed", EC_QUAL_AT_MOST}, {"not exceed", EC_QUAL_AT_MOST},
	{"not to exceed", EC_QUAL_AT_MOST},
};

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static size_t
match(const Scan *S, size_t p, const char *phrase)
{
	if (p >= S->len || ec_lower((unsigned char) S->s[p]) != (unsigned char) phrase[0])
		return 0;
	return ec_match_phrase(S->s, S->len, p, phrase);
}

static size_t
sp(const Scan *S, size_t p)
{
	return ec_skip_spaces(S->s, S->len, p);
}

/*
 * Past the words that may stand between a qualifier and its figure:
 * "almost another 40 per cent", "close to the mark of $110 million".
 */
static size_t
after_fillers(const Scan *S, size_t p)
{
	static const char *const fillers[] = {"another", "the", "a", "top", "mark", "level", "of"};
	size_t		q = sp(S, p);

	for (int n = 0; n < 3; n++)
	{
		size_t		e = 0;

		for (size_t i = 0; i < N_ELEMS(fillers) && e == 0; i++)
			e = ec_match_phrase(S->s, S->len, q, fillers[i]);
		if (e == 0)
			break;
		q = sp(S, e);
	}
	return q;
}

static void
emit(Scan *S, EcMention *m)
{
	/* "almost 27 per cent": the qualifier right before; "40 per cent or so" */
	if (m->kind == EC_MENTION_PERIOD)
		;						/* periods take modifiers, not qualifiers */
	else if (S->qual != EC_QUAL_NONE && after_fillers(S, S->qual_end) == m->start)
		m->qualifier = S->qual;
	else if (ec_match_phrase(S->s, S->len, sp(S, m->end), "or so"))
		m->qualifier = EC_QUAL_APPROX;
	else
		m->qualifier = ec_ru_qualifier_before(S->s, m->start > RU_QUALIFIER_REACH ?
											  m->start - RU_QUALIFIER_REACH : 0, m->start);
	S->qual = EC_QUAL_NONE;
	if (m->kind == EC_MENTION_PERCENT || m->kind == EC_MENTION_RATIO)
	{
		S->last_figure_start = m->start;
		S->last_figure_end = m->end;
	}
	S->hooks->mention(m, S->hooks->arg);
}

/* --- moving on through the text ------------------------------------------ */

/*
 * Tell the caller how far the scan is, once past each multiple of
 * EC_SCAN_PROGRESS_BYTES (by less than a mention's length).
 */
static inline void
progress(Scan *S, size_t p)
{
	if (p >= S->next_progress)
	{
		if (S->hooks->progress)
			S->hooks->progress(p, S->hooks->arg);
		while (S->next_progress <= p)
			S->next_progress += EC_SCAN_PROGRESS_BYTES;
	}
}

/* The rules read at most EC_SCAN_WINDOW bytes from p: a mention's length. */
static inline void
window_at(Scan *S, size_t p)
{
	S->len = S->text_len - p > EC_SCAN_WINDOW ? p + EC_SCAN_WINDOW : S->text_len;
}

typedef enum SkipWhat
{
	SKIP_LETTERS,
	SKIP_DIGITS,
	SKIP_TOKEN					/* letters and digits */
} SkipWhat;

/* Past the letters, digits or both at p, in steps that report progress. */
static size_t
skip(Scan *S, size_t p, SkipWhat what)
{
	const unsigned char *s = (const unsigned char *) S->s;

	for (;;)
	{
		size_t		stop = S->next_progress < S->text_len ? S->next_progress : S->text_len;

		switch (what)
		{
			case SKIP_LETTERS:
				while (p < stop && ec_is_alpha(s[p]))
					p++;
				break;
			case SKIP_DIGITS:
				while (p < stop && ec_is_digit(s[p]))
					p++;
				break;
			case SKIP_TOKEN:
				while (p < stop && (ec_is_alpha(s[p]) || ec_is_digit(s[p])))
					p++;
				break;
		}
		if (p < stop || p == S->text_len)
			return p;
		progress(S, p);
	}
}

/* does a sentence end at s[p - 1]: ".", "!" or "?" before a space, or a line's end */
static bool
sentence_ends_before(const Scan *S, size_t p)
{
	char		c = S->s[p - 1];

	return c == '\n' || ((c == '.' || c == '!' || c == '?') &&
						 (p == S->len || ec_is_space((unsigned char) S->s[p])));
}

/*
 * The countries whose names tell a shared currency noun's reading: the
 * rouble's (Russia, Belarus) and the manat's (Azerbaijan, Turkmenistan).
 * A stem also matches the adjective and the possessive ("Belarusian",
 * "Russia's", "Turkmenistan"); the Russian ones are Беларусь, Белоруссия,
 * белорусский; Россия, российский; Азербайджан, азербайджанский;
 * Туркменистан, туркменский.
 */
static const struct
{
	const char *stem;
	char		code[4];
}			currency_countries[] = {
	{"Belarus", "BYN"}, {"Russia", "RUB"},
	{"Azerbaijan", "AZN"}, {"Turkmen", "TMT"},
	{"\xD0\x91\xD0\xB5\xD0\xBB\xD0\xB0\xD1\x80\xD1\x83\xD1\x81", "BYN"},
	{"\xD0\x91\xD0\xB5\xD0\xBB\xD0\xBE\xD1\x80\xD1\x83\xD1\x81", "BYN"},
	{"\xD0\xB1\xD0\xB5\xD0\xBB\xD0\xBE\xD1\x80\xD1\x83\xD1\x81", "BYN"},
	{"\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8", "RUB"},
	{"\xD1\x80\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB9\xD1\x81\xD0\xBA", "RUB"},
	{"\xD0\x90\xD0\xB7\xD0\xB5\xD1\x80\xD0\xB1\xD0\xB0\xD0\xB9\xD0\xB4\xD0\xB6\xD0\xB0\xD0\xBD", "AZN"},
	{"\xD0\xB0\xD0\xB7\xD0\xB5\xD1\x80\xD0\xB1\xD0\xB0\xD0\xB9\xD0\xB4\xD0\xB6\xD0\xB0\xD0\xBD", "AZN"},
	{"\xD0\xA2\xD1\x83\xD1\x80\xD0\xBA\xD0\xBC\xD0\xB5\xD0\xBD", "TMT"},
	{"\xD1\x82\xD1\x83\xD1\x80\xD0\xBA\xD0\xBC\xD0\xB5\xD0\xBD", "TMT"},
};

/* Is the country of currency_countries[i] one of a shared noun's readings? */
static bool
country_reads(size_t i, const EcCurrencyMatch *cur)
{
	uint16_t	code = ec_currency_pack(currency_countries[i].code);

	return code == cur->currency || code == cur->alternative;
}

/*
 * The reading of a shared currency noun at [start, end) that its sentence
 * names: of the country named last before the amount ("In Belarus, wages
 * rose to 2,000 roubles, while Russia ..."), else of the first one after
 * it; 0 when the sentence names neither.  The sentence is read within the
 * scan's window around the amount.
 */
static uint16_t
currency_country_near(const Scan *S, size_t start, size_t end,
					  const EcCurrencyMatch *cur)
{
	size_t		lo = start,
				hi = end,
				best = SIZE_MAX;
	uint16_t	found = 0;

	while (lo > 0 && start - lo < EC_SCAN_WINDOW && !sentence_ends_before(S, lo))
		lo--;
	while (hi < S->len && !sentence_ends_before(S, hi + 1))
		hi++;
	for (size_t p = lo; p < hi; p++)
		for (size_t i = 0; i < N_ELEMS(currency_countries); i++)
		{
			const char *stem = currency_countries[i].stem;
			size_t		n = strlen(stem),
						d = p < start ? start - p : S->len + p - end;

			if (S->s[p] == stem[0] && p + n <= hi && d < best &&
				memcmp(S->s + p, stem, n) == 0 && country_reads(i, cur))
			{
				best = d;
				found = ec_currency_pack(currency_countries[i].code);
			}
		}
	return found;
}

/*
 * Does the text name anywhere the country of the alternative reading of a
 * shared currency noun?  Looked for once a text and reading, with progress
 * reported.
 */
static bool
text_names_alternative(Scan *S, const EcCurrencyMatch *cur)
{
	int			slot;

	for (slot = 0; slot < S->n_alternatives; slot++)
		if (S->alternatives[slot].code == cur->alternative)
			return S->alternatives[slot].named;
	if (slot == N_ELEMS(S->alternatives))
		return false;
	S->n_alternatives++;
	S->alternatives[slot].code = cur->alternative;
	S->alternatives[slot].named = false;
	for (size_t i = 0; i < N_ELEMS(currency_countries); i++)
	{
		const char *stem = currency_countries[i].stem,
				   *s = S->s,
				   *b;
		size_t		n = strlen(stem),
					len = S->text_len,
					report = EC_SCAN_PROGRESS_BYTES;

		if (ec_currency_pack(currency_countries[i].code) != cur->alternative)
			continue;
		for (b = s; (b = memchr(b, stem[0], len - (size_t) (b - s))) != NULL; b++)
		{
			if ((size_t) (s + len - b) >= n && memcmp(b, stem, n) == 0)
			{
				S->alternatives[slot].named = true;
				return true;
			}
			if ((size_t) (b - s) >= report && S->hooks->progress)
			{
				S->hooks->progress((size_t) (b - s), S->hooks->arg);
				report = (size_t) (b - s) + EC_SCAN_PROGRESS_BYTES;
			}
		}
	}
	return false;
}

/*
 * The reading of a shared currency noun ("roubles", "manat") at [start,
 * end): the one of the country its sentence names nearest; failing that,
 * the alternative when the text names its country anywhere (a text on
 * Belarus speaks of Belarusian roubles), else the first.
 */
static uint16_t
shared_noun_reading(Scan *S, size_t start, size_t end, const EcCurrencyMatch *cur)
{
	uint16_t	near = currency_country_near(S, start, end, cur);

	if (near != 0)
		return near;
	return text_names_alternative(S, cur) ? cur->alternative : cur->currency;
}

/* --- numbers -------------------------------------------------------------- */

/*
 * Points as thousands separators, as translations write them: one to three
 * digits, then two or more groups after points, each of three digits but
 * the last, which is thousands too when it has three ("$31.866.000") and
 * the decimals when it has one or two ("8.395.6 million").  One point is a
 * decimal point ("31.866"); dates and versions ("14.03.2024", "1.2.3") have
 * a group of another length.  0 when the number at p is not written so.
 */
static size_t
point_grouped(const Scan *S, size_t p, EcNumber *num)
{
	EcNumber	grouped;
	char		buf[40];
	size_t		n = 0,
				q = p,
				groups = 0,
				last = 0;

	while (q < S->len && q - p < 4 && ec_is_digit((unsigned char) S->s[q]))
		buf[n++] = S->s[q++];
	if (n == 0 || n > 3)
		return 0;
	while (q + 1 < S->len && S->s[q] == '.' && ec_is_digit((unsigned char) S->s[q + 1]) &&
		   n < 30)
	{
		size_t		d = q + 1;

		if (groups > 0 && last != 3)
			return 0;			/* only the last group may be short */
		while (d < S->len && d - q <= 4 && ec_is_digit((unsigned char) S->s[d]))
			d++;
		last = d - q - 1;
		if (last > 3)
			return 0;
		if (last < 3)
			buf[n++] = '.';
		memcpy(buf + n, S->s + q + 1, last);
		n += last;
		groups++;
		q = d;
	}
	if (groups < 2 || last == 0 || (q < S->len && ec_is_digit((unsigned char) S->s[q])))
		return 0;
	if (ec_lex_numeral(buf, n, 0, &grouped) != n)
		return 0;
	*num = grouped;
	return q;
}

/*
 * A number of prose at p: a numeral or words, or digits with a decimal
 * comma, as translations from Russian write them ("36,3%", "3,4 times",
 * "$0,5 million"): one comma, one or two digits after it and none of
 * either mark after those, where a thousands separator has three.  (The
 * types' input keeps reading such a comma as a bad group.)
 */
static size_t
prose_number(const Scan *S, size_t p, EcNumber *num)
{
	size_t		e = ec_lex_number(S->s, S->len, p, num);
	size_t		g = num->bad_group,
				f;
	char		buf[32];

	/* "1 200 000 тенге", "1,09 млрд": Russian groups and decimal comma before Russian words */
	if ((f = ec_ru_number_before_words(S->s, S->len, p, e, g != 0, num)) != 0)
		return f;

	/* a second point group after the number read: "31.866" of "$31.866.000" */
	if (e != 0 && e + 1 < S->len && S->s[e] == '.' && ec_is_digit((unsigned char) S->s[e + 1]) &&
		(f = point_grouped(S, p, num)) != 0)
		return f;
	if (e == 0 || g == 0 || g - p > 15)
		return e;
	for (size_t i = p; i < g; i++)
		if (!ec_is_digit((unsigned char) S->s[i]))
			return e;
	for (f = g + 1; f < S->len && f - g <= 3 && ec_is_digit((unsigned char) S->s[f]); f++)
		;
	if (f - g - 1 < 1 || f - g - 1 > 2 || (f < S->len && ec_is_digit((unsigned char) S->s[f])) ||
		(f + 1 < S->len && (S->s[f] == ',' || S->s[f] == '.') &&
		 ec_is_digit((unsigned char) S->s[f + 1])))
		return e;
	memcpy(buf, S->s + p, f - p);
	buf[g - p] = '.';
	if (ec_lex_numeral(buf, f - p, 0, num) != f - p || num->bad_group)
		return 0;
	return f;
}

/* a number (numeral or words) at p with its scale word; 0 when none */
static size_t
number_scaled(const Scan *S, size_t p, EcNumber *num, int *scale, bool *scaled)
{
	size_t		e = prose_number(S, p, num);
	size_t		q;

	*scale = 0;
	*scaled = false;
	/* "миллиард долларов": a scale word alone is one of its kind */
	if (e == 0 && (q = ec_ru_scale_alone(S->s, S->len, p, scale)) != 0)
	{
		memset(num, 0, sizeof(*num));
		num->coef = 1;
		num->dropped_digit = -1;
		num->in_words = true;
		*scaled = true;
		return q;
	}
	if (e == 0 || num->bad_group)
		return 0;
	/* "$2 billion", "$2bn", "a $500-million loan" */
	if ((q = ec_lex_scale(S->s, S->len, sp(S, e), scale)) != 0 ||
		(q = ec_lex_scale(S->s, S->len, e, scale)) != 0 ||
		(e < S->len && S->s[e] == '-' && (q = ec_lex_scale(S->s, S->len, e + 1, scale)) != 0))
	{
		*scaled = true;
		return q;
	}
	return num->article ? 0 : e;
}

/* Is the word before p word (lower case)?  White space between them is short. */
static bool
word_before(const Scan *S, size_t p, const char *word)
{
	const size_t n = strlen(word);
	size_t		q = p;

	while (q > 0 && p - q < 8 && ec_is_space((unsigned char) S->s[q - 1]))
		q--;
	if (q == p || q < n || (q > n && ec_is_alpha((unsigned char) S->s[q - n - 1])))
		return false;
	for (size_t i = 0; i < n; i++)
		if (ec_lower((unsigned char) S->s[q - n + i]) != (unsigned char) word[i])
			return false;
	return true;
}

/*
 * A dash or "to" between the ends of a range whose first starts at start,
 * also "and" after "between" ("between $1 and $2 billion"); returns where
 * the second end starts.
 */
static size_t
range_to(const Scan *S, size_t start, size_t p)
{
	size_t		q = sp(S, p);
	size_t		n = ec_dash_len(S->s, S->len, q);

	if (n)
		return sp(S, q + n);
	if ((n = ec_match_phrase(S->s, S->len, q, "to")) != 0)
		return sp(S, n);
	if ((n = ec_match_phrase(S->s, S->len, q, "and")) != 0 && word_before(S, start, "between"))
		return sp(S, n);
	if ((n = ec_ru_range_to(S->s, S->len, start >= EC_SCAN_WINDOW ? start - EC_SCAN_WINDOW : 0,
							start, q)) != 0)
		return sp(S, n);
	return 0;
}

/*
 * Is the currency at p, after a number, the one of the next amount, as a
 * symbol or code right before a number is: "in 2021 $900 million", "in
 * 2019 RUB 40 billion"?
 */
static bool
currency_of_next(const Scan *S, size_t p)
{
	EcCurrencyMatch cur;
	size_t		q = ec_lex_currency_before(S->s, S->len, p, false, &cur);

	if (q == 0 || !cur.known)
		return false;
	q = sp(S, q);
	return q < S->len && ec_is_digit((unsigned char) S->s[q]);
}

/* The currency written after a number, at p, unless it is the next one's. */
static size_t
currency_after(const Scan *S, size_t p, EcCurrencyMatch *cur)
{
	size_t		e = ec_lex_currency_after(S->s, S->len, p, false, cur);

	return e && cur->known && !currency_of_next(S, p) ? e : 0;
}

/*
 * A minus sign (hyphen or U+2212) touching the number at p, after a space,
 * a bracket or nothing ("-1.7 percent", "(-3%)"); not a dash after a word
 * or a number ("20-25%", "COVID-19"): where it starts, or p.
 */
static size_t
sign_start(const Scan *S, size_t p)
{
	size_t		q = p;

	if (p >= 3 && ec_minus_len(S->s, S->len, p - 3) == 3)
		q = p - 3;
	else if (p >= 1 && S->s[p - 1] == '-')
		q = p - 1;
	if (q == p || (q > 0 && !ec_is_space((unsigned char) S->s[q - 1]) && S->s[q - 1] != '('))
		return p;
	return q;
}

/*
 * A percentage or an amount keeps the sign written before it: "-1.7
 * percent" is -1.7, "minus 3 billion dollars" -3000000000; in a range,
 * the sign is the low end's, as written ("-2 to 3%")
 */
static void
signed_figure(const Scan *S, EcMention *m)
{
	size_t		q;

	if (m->kind != EC_MENTION_PERCENT && m->kind != EC_MENTION_AMOUNT)
		return;
	q = sign_start(S, m->start);
	if (q == m->start && word_before(S, m->start, "minus"))
	{
		q = m->start;
		while (q > 0 && ec_is_space((unsigned char) S->s[q - 1]))
			q--;
		q -= strlen("minus");
	}
	if (q == m->start)
		return;
	m->start = q;
	m->value = -m->value;
}

/* --- amounts -------------------------------------------------------------- */

/* The two ends of a range at the scale they share ("$2-3 billion"); false on overflow. */
static bool
range_values(EcMention *m, const EcNumber *low, const EcNumber *high, int scale)
{
	m->has_high = true;
	return ec_number_to_fixed(low, scale, &m->value) && ec_number_to_fixed(high, scale, &m->high);
}

/*
 * The value of the number num, at scale, that ends at e; when scaled, with
 * the parts of a compound amount as CIS translations write it, "1 billion
 * 481.9 million", "7 trillion 400 billion": each part a smaller scale than
 * the one before and less than one of it.  Returns where the last part
 * ends (e when none follows); 0 on overflow.
 */
static size_t
amount_value(const Scan *S, size_t e, const EcNumber *num, int scale, bool scaled,
			 ec_int128 *value)
{
	EcNumber	part;
	int			part_scale;
	bool		part_scaled;
	ec_int128	v;
	size_t		q,
				f;

	if (!ec_number_to_fixed(num, scale, value))
		return 0;
	if (!scaled || num->exp10 < 0)
		return e;				/* "1.5 billion" ends its figure */
	while ((q = sp(S, e)) > e && q < S->len && ec_is_digit((unsigned char) S->s[q]) &&
		   (f = number_scaled(S, q, &part, &part_scale, &part_scaled)) != 0 && part_scaled &&
		   part_scale < scale && ec_number_int_digits(&part, 0) <= scale - part_scale &&
		   ec_number_to_fixed(&part, part_scale, &v))
	{
		if (v > EC_FIXED_MAX - *value)
			return 0;
		*value += v;
		e = f;
		scale = part_scale;
	}
	return e;
}

/* "$900 million", "US$ 3.2bn", "USD 22 million", "Br200 million", "$2-3 billion" */
static size_t
amount_currency_first(Scan *S, size_t p, EcMention *m)
{
	EcCurrencyMatch cur;
	EcNumber	num,
				num2;
	int			scale,
				scale2;
	bool		scaled,
				scaled2;
	size_t		q,
				e,
				r;

	if ((q = ec_lex_currency_before(S->s, S->len, p, false, &cur)) == 0 || !cur.known)
		return 0;
	q = sp(S, q);
	if (q >= S->len || !ec_is_digit((unsigned char) S->s[q]))
		return 0;
	if ((e = number_scaled(S, q, &num, &scale, &scaled)) == 0)
		return 0;
	memset(m, 0, sizeof(*m));
	m->kind = EC_MENTION_AMOUNT;
	m->start = p;
	m->currency = cur.currency;
	/* a range shares one currency and one scale: "$2-3 billion" */
	if (!scaled && (r = range_to(S, p, e)) != 0 && r < S->len && ec_is_digit((unsigned char) S->s[r]) &&
		(q = number_scaled(S, r, &num2, &scale2, &scaled2)) != 0 && scaled2)
	{
		if (!range_values(m, &num, &num2, scale2))
			return 0;
		m->end = q;
		return q;
	}
	/* "from $5 to $7 million" */
	if (!scaled && (r = range_to(S, p, e)) != 0 &&
		(q = ec_lex_currency_before(S->s, S->len, r, false, &cur)) != 0 &&
		cur.currency == m->currency &&
		(q = number_scaled(S, sp(S, q), &num2, &scale2, &scaled2)) != 0 && scaled2)
	{
		if (!range_values(m, &num, &num2, scale2))
			return 0;
		m->end = q;
		return q;
	}
	if ((e = amount_value(S, e, &num, scale, scaled, &m->value)) == 0)
		return 0;
	m->end = e;
	/* "$5 million dollars": the currency said twice is one mention */
	if ((q = currency_after(S, sp(S, e), &cur)) != 0 && cur.currency == m->currency)
		m->end = q;
	return m->end;
}

/* "900 million US dollars", "two and a half billion dollars", "2 billion tenge" */
static size_t
amount_number_first(Scan *S, size_t p, EcMention *m)
{
	EcCurrencyMatch cur;
	EcNumber	num,
				num2;
	int			scale,
				scale2;
	bool		scaled,
				scaled2;
	size_t		e,
				q,
				r;

	if ((e = number_scaled(S, p, &num, &scale, &scaled)) == 0)
		return 0;
	memset(m, 0, sizeof(*m));
	m->kind = EC_MENTION_AMOUNT;
	m->start = p;
	/* "2-3 billion dollars" */
	if (!scaled && (r = range_to(S, p, e)) != 0 &&
		(q = number_scaled(S, r, &num2, &scale2, &scaled2)) != 0 && scaled2 &&
		(q = currency_after(S, sp(S, q), &cur)) != 0)
	{
		if (!range_values(m, &num, &num2, scale2))
			return 0;
	}
	else
	{
		/* words need a scale ("ten million dollars"), digits need not */
		if (num.in_words && !scaled)
			return 0;
		if ((e = amount_value(S, e, &num, scale, scaled, &m->value)) == 0 ||
			(q = currency_after(S, sp(S, e), &cur)) == 0)
			return 0;
	}
	m->currency = cur.currency;
	if (cur.ambiguous)
		m->currency = shared_noun_reading(S, p, q, &cur);
	m->end = q;
	return q;
}

/* --- percentages and ratios ------------------------------------------------ */

static size_t
percent_sign(const Scan *S, size_t p, bool *points)
{
	size_t		q = sp(S, p);
	size_t		e;

	*points = false;
	if (p < S->len && S->s[p] == '%')
		return p + 1;
	/* "34 %", as Russian and French write it */
	if (q > p && q < S->len && S->s[q] == '%')
		return q + 1;
	if ((e = ec_ru_percent(S->s, S->len, q, points)) != 0)
		return e;
	/*
	 * Points: "percentage points", "percent points", "pct points", and the
	 * wires' short forms "pp", "ppt", "p.p." (lower case: "PP" is no unit).
	 */
	if ((e = match(S, q, "percentage points")) || (e = match(S, q, "percentage point")) ||
		(e = match(S, q, "per cent points")) || (e = match(S, q, "percent points")) ||
		(e = match(S, q, "pct points")) || (e = match(S, q, "pct point")) ||
		(e = match(S, q, "p.p.")) ||
		(q < S->len && S->s[q] == 'p' && ((e = match(S, q, "pp")) || (e = match(S, q, "ppt")))))
	{
		*points = true;
		return e;
	}
	if ((e = match(S, q, "per cent")) || (e = match(S, q, "percent")) ||
		(e = match(S, q, "pct")))
		return e;
	return 0;
}

static size_t
ratio_word(const Scan *S, size_t p)
{
	size_t		q = sp(S, p);
	size_t		e;

	if ((e = match(S, q, "times")) != 0 || (e = ec_ru_times(S->s, S->len, q)) != 0)
		return e;
	/* "1.5x", "2\u00d7" (U+00D7) touching the number */
	if (p < S->len && S->s[p] == 'x' && ec_word_ends_at(S->s, S->len, p + 1))
		return p + 1;
	if (p + 1 < S->len && (unsigned char) S->s[p] == 0xc3 && (unsigned char) S->s[p + 1] == 0x97 &&
		ec_word_ends_at(S->s, S->len, p + 2))
		return p + 2;
	if (p < S->len && S->s[p] == '-' && (e = ec_match_phrase(S->s, S->len, p + 1, "fold")) != 0)
		return e;
	if ((e = ec_match_phrase(S->s, S->len, p, "fold")) != 0 || (e = match(S, q, "fold")) != 0)
		return e;
	return 0;
}

/*
 * Is s[p, e) a year after "in": "from 47% in 2022 to 59%" is no range from
 * 2022 to 59%, but a period, and a figure after "to".
 */
static bool
year_in(const Scan *S, size_t p, size_t e)
{
	int			year = 0;

	if (e - p != 4 || !word_before(S, p, "in"))
		return false;
	for (size_t i = p; i < e; i++)
	{
		if (!ec_is_digit((unsigned char) S->s[i]))
			return false;
		year = year * 10 + (S->s[i] - '0');
	}
	return year >= 1900 && year <= 2099;
}

/* "27 per cent", "4.3%", "20-25%", "48 to 78 per cent", "2.3 percentage points",
 * "4.7 times", "1.5-fold", "one and a half times" */
static size_t
percent_or_ratio(Scan *S, size_t p, EcMention *m)
{
	EcNumber	num,
				num2;
	size_t		e,
				r,
				q,
				end;
	bool		points;

	if ((e = prose_number(S, p, &num)) == 0 || num.article || num.bad_group)
		return 0;
	memset(m, 0, sizeof(*m));
	m->start = p;
	if ((r = range_to(S, p, e)) != 0 && !year_in(S, p, e) &&
		(q = prose_number(S, r, &num2)) != 0 && !num2.bad_group &&
		!num2.article && ((end = percent_sign(S, q, &points)) != 0 || (end = ratio_word(S, q)) != 0))
	{
		m->kind = percent_sign(S, q, &points) ? EC_MENTION_PERCENT : EC_MENTION_RATIO;
		m->points = m->kind == EC_MENTION_PERCENT && points;
		if (!ec_number_to_fixed(&num, 0, &m->value) || !ec_number_to_fixed(&num2, 0, &m->high))
			return 0;
		m->has_high = true;
		m->end = end;
		return end;
	}
	if ((end = percent_sign(S, e, &points)) != 0)
		m->kind = EC_MENTION_PERCENT;
	else if ((end = ratio_word(S, e)) != 0)
		m->kind = EC_MENTION_RATIO;
	else
		return 0;
	m->points = points;
	if (!ec_number_to_fixed(&num, 0, &m->value))
		return 0;
	m->end = end;
	return end;
}

/* "twice", "doubled", "tripled", "threefold" */
static size_t
ratio_words(Scan *S, size_t p, EcMention *m)
{
	static const struct
	{
		const char *word;
		int			factor;
	}			words[] =
	{
		{"twice", 2}, {"doubled", 2}, {"double", 2}, {"tripled", 3}, {"triple", 3},
		{"twofold", 2}, {"threefold", 3}, {"fourfold", 4}, {"fivefold", 5},
		{"sixfold", 6}, {"sevenfold", 7}, {"eightfold", 8}, {"ninefold", 9},
		{"tenfold", 10}, {"quadrupled", 4},
	};

	for (size_t i = 0; i < N_ELEMS(words); i++)
	{
		size_t		e = match(S, p, words[i].word);

		/* "to double", "and double" are verbs of growth; "double degree" is not */
		if (e && (strcmp(words[i].word, "double") == 0 || strcmp(words[i].word, "triple") == 0) &&
			!(p >= 3 && memcmp(S->s + p - 3, "to ", 3) == 0) &&
			!(p >= 4 && memcmp(S->s + p - 4, "and ", 4) == 0) &&
			!(p >= 5 && memcmp(S->s + p - 5, "will ", 5) == 0))
			continue;
		if (e)
		{
			memset(m, 0, sizeof(*m));
			m->kind = EC_MENTION_RATIO;
			m->start = p;
			m->end = e;
			m->value = (ec_int128) words[i].factor * 10000000000LL;
			return e;
		}
	}
	return 0;
}

/* "вдвое", "в полтора раза", "удвоился" */
static size_t
ru_ratio_words(Scan *S, size_t p, EcMention *m)
{
	int			tenths;
	size_t		e = ec_ru_ratio_words(S->s, S->len, p, &tenths);

	if (e == 0)
		return 0;
	memset(m, 0, sizeof(*m));
	m->kind = EC_MENTION_RATIO;
	m->start = p;
	m->end = e;
	m->value = (ec_int128) tenths * 1000000000LL;
	return e;
}

/* --- periods -------------------------------------------------------------- */

static int
year_of(int32_t day)
{
	int			y,
				m,
				d;

	ec_civil(day, &y, &m, &d);
	return y;
}

/* Is the period at p a year of prose ("in 2021"), not a count or a name? */
static bool
plausible_period(const Scan *S, size_t p, const EcPeriodSpec *spec)
{
	const char *s = S->s;

	if (ec_is_digit((unsigned char) s[p]))
	{
		/* "KazAgro-2022", "No. 2021" */
		if (p >= 2 && s[p - 1] == '-' && ec_is_alpha((unsigned char) s[p - 2]))
			return false;
		if (p >= 4 && (memcmp(s + p - 4, "No. ", 4) == 0))
			return false;
		if (spec->year_kind == EC_YEAR_ABSOLUTE && (spec->year < 1800 || spec->year > 2100))
			return false;
	}
	else if (ec_is_lower((unsigned char) s[p]))
	{
		/* a month's name is capitalised: "may" and "march" are verbs */
		int			month;

		if (ec_lex_month(s, S->len, p, &month))
			return false;
	}
	return true;
}

/*
 * The year a period without one of its own belongs to: the latest year the
 * text wrote before it, unless the anchor (the year of writing) is far from
 * it, as after a historical aside ("in 1918 ... in April"); for deictic
 * words, the year of writing when the anchor is sure of it.
 */
static bool
context_year(const Scan *S, size_t p, EcYearKind kind, int *year, bool *from_writing)
{
	EcYearMonth at = {0, 0};
	EcAnchor	anchor_kind = S->hooks->anchor ?
		S->hooks->anchor(p, &at, S->hooks->arg) : EC_ANCHOR_NONE;
	int			anchor = at.year;

	*from_writing = kind == EC_YEAR_DEICTIC && anchor_kind == EC_ANCHOR_WRITTEN;
	if (*from_writing)
		*year = anchor;
	else if (S->last_year && !(anchor_kind != EC_ANCHOR_NONE &&
							   (anchor - S->last_year > 10 || S->last_year - anchor > 10)))
		*year = S->last_year;
	else if (anchor_kind != EC_ANCHOR_NONE)
		*year = anchor;
	else
		return false;
	return true;
}

/*
 * The month "last month" counts from: the month of writing when the anchor
 * knows it; for anaphoric words ("the previous month"), the month the text
 * named last, when it named one.
 */
static bool
context_month(const Scan *S, size_t p, EcYearKind kind, EcYearMonth *from)
{
	int			day;

	if (kind == EC_YEAR_DEICTIC)
	{
		from->month = 0;
		return S->hooks->anchor &&
			S->hooks->anchor(p, from, S->hooks->arg) == EC_ANCHOR_WRITTEN &&
			from->month != 0;
	}
	if (!S->have_last_span || S->last_span.grain > EC_GRAIN_MONTH ||
		S->last_span.grain == EC_GRAIN_MONTHS)
		return false;
	ec_civil(S->last_span.end, &from->year, &from->month, &day);
	return true;
}

/*
 * Do words of a plan stand in the 40 bytes before p, within its sentence
 * and clause ("will double", "plans to increase 1.5 times", "is expected
 * to grow")?
 */
static bool
plan_before(const Scan *S, size_t p)
{
	static const char *const plan_words[] = {
		"will", "would", "plan*", "expect*", "aim*", "intend*", "target*", "forecast*",
		"project*", NULL
	};
	size_t		lo = p;

	while (lo > 0 && p - lo < 40 && !sentence_ends_before(S, lo) && S->s[lo - 1] != ';')
		lo--;
	return ec_any_word(S->s, lo, p, plan_words);
}

/*
 * "grew 1.5 times by 2018": "by" after a figure of growth means "compared
 * with"; after a planned one ("will double by 2030") it is a deadline
 */
static bool
comparative_by(const Scan *S, size_t p, size_t core)
{
	if (!ec_match_phrase(S->s, S->len, p, "by") || S->last_figure_end == 0 ||
		S->last_figure_end > p || p - S->last_figure_end > 80)
		return false;
	for (size_t i = S->last_figure_end; i + 1 < p; i++)
		if (S->s[i] == '.' && S->s[i + 1] == ' ')
			return false;
	return core > p && !plan_before(S, S->last_figure_start);
}

/*
 * The span of spec, from the text around it where its words do not fix it:
 * fills m->period and m->context, and returns false when no year (or month)
 * can be found.  *year is the year it counts from, *from_writing whether
 * that is the year of writing.
 */
static bool
resolve_in_context(const Scan *S, size_t p, const EcPeriodSpec *spec, EcMention *m,
				   int *year, bool *from_writing)
{
	EcPeriodError err;
	bool		resolved = true;

	*from_writing = false;
	if (spec->month_counted)
	{
		EcYearMonth from;

		m->context = true;
		*from_writing = spec->year_kind == EC_YEAR_DEICTIC;
		if (!context_month(S, p, spec->year_kind, &from) ||
			ec_period_resolve_month(spec, &from, &m->period, &err) != EC_PERIOD_OK)
			return false;
		*year = year_of(m->period.start);
		return true;
	}
	switch (spec->year_kind)
	{
		case EC_YEAR_ABSOLUTE:
			*year = spec->year;
			break;
		case EC_YEAR_EDITOR:
			*year = spec->year;
			m->context = true;
			break;
		case EC_YEAR_MISSING:
		case EC_YEAR_DEICTIC:
		case EC_YEAR_ANAPHORIC:
			m->context = true;
			/* "the same period of last year": the year before the span named */
			if (spec->same_period && S->have_last_span)
				*year = year_of(S->last_span.start);
			else
				resolved = context_year(S, p, spec->year_kind, year, from_writing);
			if (spec->year_kind != EC_YEAR_MISSING)
				*year += spec->year;
			break;
	}
	if (spec->same_period)
	{
		/* the span just named, moved to the year meant */
		m->context = true;
		return resolved && S->have_last_span &&
			ec_period_shift_years(&S->last_span, *year - year_of(S->last_span.start),
								  &m->period);
	}
	return resolved && ec_period_resolve(spec, *year, &m->period, &err) == EC_PERIOD_OK;
}

static size_t
period_at(Scan *S, size_t p, EcMention *m)
{
	EcPeriodSpec spec;
	EcPeriodError err;
	size_t		e = ec_period_match(S->s, S->len, p, &spec, &err);
	int			year = 0;
	bool		resolved;
	bool		from_writing;

	if (e == 0 || !plausible_period(S, p, &spec))
		return 0;
	/* a count or an amount, not a year: "2021 tonnes", "2020 million" */
	if (spec.grain == EC_GRAIN_YEAR && spec.year_kind == EC_YEAR_ABSOLUTE)
	{
		int			scale;
		bool		points;
		EcCurrencyMatch cur;

		/* "до 2000 рублей": an amount */
		if (ec_lex_scale(S->s, S->len, sp(S, e), &scale) || percent_sign(S, e, &points) ||
			currency_after(S, sp(S, e), &cur))
			return 0;
	}
	memset(m, 0, sizeof(*m));
	m->kind = EC_MENTION_PERIOD;
	m->start = spec.pos;		/* past a word read as none of the period's */
	m->end = e;
	/* the words carry no article, and no "by" that means "compared with" */
	if (spec.core > p && sp(S, ec_match_phrase(S->s, S->len, p, "the")) == spec.core)
		m->start = spec.core;
	else if (spec.core > p && comparative_by(S, p, spec.core) &&
			 sp(S, ec_match_phrase(S->s, S->len, p, "by")) == spec.core)
	{
		m->start = spec.core;
		spec.mod = EC_MOD_NONE;
	}
	resolved = resolve_in_context(S, p, &spec, m, &year, &from_writing);
	m->has_period = resolved;
	if (resolved)
	{
		if (spec.year_kind == EC_YEAR_ABSOLUTE && m->period.grain != EC_GRAIN_YEARS &&
			m->period.grain != EC_GRAIN_DECADE &&
			(m->period.mod == EC_MOD_NONE || m->period.mod <= EC_MOD_END))
			S->last_year = year_of(m->period.end);
		else if (spec.year_kind == EC_YEAR_EDITOR)
			S->last_year = spec.year;
		/* "this year" in a dated text names the year as surely as "2024" */
		else if (from_writing && !spec.same_period)
			S->last_year = year;
		/* "the same period" means a part of a year named before */
		if (!spec.same_period && m->period.grain != EC_GRAIN_YEAR &&
			m->period.grain != EC_GRAIN_YEARS && m->period.grain != EC_GRAIN_DECADE)
		{
			S->last_span = m->period;
			S->last_span.mod = EC_MOD_NONE;
			S->have_last_span = true;
		}
	}
	return e;
}

/* --- the pass --------------------------------------------------------------- */

const uint64_t *
ec_scan_trigger_filter(void)
{
	return trigger_filter;
}

bool
ec_scan_trigger_word(int i, const char **word)
{
	if (i < 0 || (size_t) i >= N_ELEMS(trigger_words))
		return false;
	*word = trigger_words[i];
	return true;
}

/*
 * The word at p, lower-cased into word[16], and its hash; returns its end.
 * A word of 15 letters or more is no word of ours: its first 15 are read,
 * and the end returned is theirs.
 */
static size_t
read_word(const Scan *S, size_t p, char *word, size_t *n, bool *upper, uint32_t *hash)
{
	const unsigned char *s = (const unsigned char *) S->s;
	size_t		q = p;
	size_t		k = 0;			/* in a local, not *n: word may alias it */
	uint32_t	h = EC_WORD_HASH_EMPTY;

	while (q < S->len && k < 15)
	{
		unsigned char l = s[q] | 0x20;

		if (l < 'a' || l > 'z')
			break;
		word[k++] = (char) l;
		h = ec_word_hash_add(h, l);
		q++;
	}
	*upper = true;
	/* only three-letter words need it: ISO codes */
	for (size_t i = p; i < q && k == 3; i++)
		*upper &= s[i] < 'a';
	*n = k;
	*hash = h;
	word[k] = '\0';
	return q;
}

/*
 * The commonest trigger words start a mention only before certain words:
 * "in excess of", "at least", "a million", "the first half", "by 2025".
 * next: the word required after it; NULL: any word a mention may start with.
 */
static const struct
{
	const char *word;
	const char *next[6];
}			helped_words[] =
{
	{"a", {"million", "billion", "thousand", "hundred", "year", "month"}},
	{"an", {NULL}},
	{"as", {"of", "from"}},
	{"at", {"least"}},
	{"by", {NULL}},
	{"from", {NULL}},
	{"i", {"quarter", "half"}},
	{"in", {"excess"}},
	{"less", {"than"}},
	{"more", {"than"}},
	{"no", {"less", "more", "later"}},
	{"not", {"less", "more", "later", "exceed", "to"}},
	{"the", {NULL}},
	{"this", {"year", "month", "spring", "summer", "autumn", "fall"}},
	{"up", {"to", "until"}},
};

/* Binary search of a sorted table of words, comparing first bytes inline. */
static int
find_word(const char *word, const char *const *table, size_t stride, size_t n)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		const char *w = *(const char *const *) ((const char *) table + mid * stride);
		int			c = (unsigned char) word[0] - (unsigned char) w[0];

		if (c == 0)
			c = strcmp(word, w);
		if (c == 0)
			return (int) mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/*
 * Does the word after word (which ends at end) let word start a mention:
 * 1 or 0, or -1 when any word a mention may start with will do, and the
 * word at *next decides.
 */
static int
next_word_allows(const Scan *S, const char *word, size_t end, size_t *next_word)
{
	int			i = find_word(word, &helped_words[0].word, sizeof(helped_words[0]),
							  N_ELEMS(helped_words));

	if (i >= 0)
	{
		size_t		next;
		char		w[16];
		size_t		n;
		bool		upper;
		uint32_t	hash;

		next = sp(S, end);
		if (next == end || next >= S->len)
			return 0;
		read_word(S, next, w, &n, &upper, &hash);
		/* any word a mention may start with; "the year" is one too */
		if (helped_words[i].next[0] == NULL)
		{
			if (strcmp(w, "year") == 0)
				return 1;
			*next_word = next;
			return -1;
		}
		for (size_t k = 0; k < N_ELEMS(helped_words[i].next) && helped_words[i].next[k]; k++)
			if (strcmp(w, helped_words[i].next[k]) == 0)
				return 1;
		/* "this [2021] year" */
		return (helped_words[i].next[1] == NULL || strcmp(word, "this") == 0) &&
			S->s[next] == '[';
	}
	return 1;
}

/*
 * Could a mention start at the word at p: a digit, a sign, H1, USD, or one
 * of the trigger words?  1 or 0, or -1 when the word at *next decides.
 * *end is set to the end of the word.
 */
static int
word_may_start(const Scan *S, size_t p, size_t *end, size_t *next)
{
	char		word[16];
	size_t		n;
	bool		upper;
	uint32_t	hash;
	size_t		q = read_word(S, p, word, &n, &upper, &hash);
	uint16_t	code;

	*end = q;
	if (n == 0)
		return 1;				/* a digit, a sign, a bracket */
	if (q < S->len && (ec_is_digit((unsigned char) S->s[q]) || S->s[q] == '$'))
		return 1;				/* H1, Q3, Br200, US$ */
	if (upper && n == 3)
		return ec_currency_lookup(S->s + p, &code);
	if (n >= 15 || !ec_word_filter_has(trigger_filter, hash) ||
		find_word(word, trigger_words, sizeof(char *), N_ELEMS(trigger_words)) < 0)
		return 0;
	/* the helped words are all short */
	return n > 4 ? 1 : next_word_allows(S, word, q, next);
}

/* A run of words that leave it to the word after them, and its answer */
typedef struct WordRun
{
	size_t		start;			/* the first word of the run */
	size_t		decider;		/* the word after the run, which decided */
	bool		allowed;
} WordRun;

/*
 * Could a mention start at the word at p?  *end is set to the end of the
 * word.  "the", "by", "from", "an" leave it to the word after them, which may
 * be one of them again: a run of them ("the the the ...") is walked in a
 * loop, not by recursion, which a long run drove off the stack.  Its answer
 * is kept in *run for the words of the run asked about next, which would
 * otherwise walk the rest of the run again, in time quadratic in its length.
 */
static bool
may_start(Scan *S, size_t p, size_t *end, WordRun *run)
{
	size_t		next = 0;
	size_t		e;
	int			r = word_may_start(S, p, end, &next);

	if (r >= 0)
		return r;
	/* a later word of the run walked before: words and white space only */
	if (p > run->start && p < run->decider && !ec_is_alpha((unsigned char) S->s[p - 1]))
		return run->allowed;
	run->start = p;
	do
	{
		run->decider = next;
		progress(S, next);
		window_at(S, next);
	} while ((r = word_may_start(S, run->decider, &e, &next)) < 0);
	window_at(S, p);
	run->allowed = r;
	return r;
}

static size_t
try_at(Scan *S, size_t p)
{
	EcMention	m;
	size_t		e;
	unsigned char c = (unsigned char) S->s[p];

	EcNumber	num;
	int			scale;
	bool		number = ec_lex_number(S->s, S->len, p, &num) != 0 ||
		(c >= 0xD0 && ec_ru_scale_alone(S->s, S->len, p, &scale) != 0);

	if ((!ec_is_digit(c) && (e = amount_currency_first(S, p, &m)) != 0) ||
		(number && (e = percent_or_ratio(S, p, &m)) != 0) ||
		(number && (e = amount_number_first(S, p, &m)) != 0) ||
		(ec_is_alpha(c) && (e = ratio_words(S, p, &m)) != 0) ||
		(c >= 0xD0 && (e = ru_ratio_words(S, p, &m)) != 0) ||
		(e = period_at(S, p, &m)) != 0)
	{
		signed_figure(S, &m);
		emit(S, &m);
		return e;
	}
	if (ec_is_alpha(c))
		for (size_t i = 0; i < N_ELEMS(qualifiers); i++)
			if ((e = match(S, p, qualifiers[i].phrase)) != 0)
			{
				S->qual = qualifiers[i].q;
				S->qual_end = e;
				return e;
			}
	return 0;
}


/* "[2021]": a bracket starts a mention only as the editor's year */
static bool
editor_bracket_at(const Scan *S, size_t p)
{
	size_t		q = sp(S, p + 1);

	return q < S->len && ec_is_digit((unsigned char) S->s[q]);
}

/* a non-ASCII character that may be a currency sign (€ £ ₽ ₸ ...) */
static bool
currency_sign_at(const Scan *S, size_t p)
{
	const unsigned char *u = (const unsigned char *) S->s + p;
	size_t		left = S->len - p;

	return (left >= 3 && u[0] == 0xE2 && u[1] == 0x82) ||	/* U+20A0..U+20BF */
		(left >= 2 && u[0] == 0xC2 && u[1] == 0xA3) ||	/* £ */
		(left >= 2 && u[0] == 0xD6 && u[1] == 0x8F);	/* ֏ */
}

/* "I квартале", "II полугодии": a Roman ordinal before a Russian part of a year */
static bool
roman_part_at(const Scan *S, size_t p)
{
	int			n;
	EcRuPart	part;
	size_t		q;

	if (S->s[p] != 'I' && S->s[p] != 'V')
		return false;
	q = ec_ru_ordinal(S->s, S->len, p, &n);
	return q != 0 && ec_ru_year_part(S->s, S->len, sp(S, q), &part) != 0;
}

void
ec_scan(const char *s, size_t len, const EcScanHooks *hooks)
{
	Scan		S = {0};
	WordRun		run = {0};
	size_t		p = 0;

	S.s = s;
	S.text_len = len;
	S.hooks = hooks;

	while (p < len)
	{
		unsigned char c = (unsigned char) s[p];
		size_t		e;

		progress(&S, p);
		window_at(&S, p);
		/* mentions start at a word, a currency sign or an editor's bracket */
		if (ec_is_alpha(c))
		{
			size_t		word_end;

			if ((may_start(&S, p, &word_end, &run) || ((c == 'I' || c == 'V') && roman_part_at(&S, p))) &&
				(e = try_at(&S, p)) > p)
				p = e;
			else			/* no mention starts inside a word */
				p = skip(&S, skip(&S, word_end, SKIP_LETTERS), SKIP_DIGITS);
			continue;
		}
		/*
		 * a Russian word: a month, a part of a year or "текущего года" may
		 * start a period, "вдвое" a ratio, "полмиллиарда" an amount
		 */
		if (c >= 0xD0 && c <= 0xD3 && ec_ru_letter_at(s, len, p))
		{
			if ((p < 2 || !ec_ru_letter_at(s, len, p - 2)) &&
				(ec_ru_may_start_period(s, len, p) || ec_ru_ratio_start(s, len, p) ||
				 ec_ru_amount_start(s, len, p)) &&
				(e = try_at(&S, p)) > p)
				p = e;
			else
				p = ec_ru_word_end(s, len, p);
			continue;
		}
		/* digits inside a token, as in a URL, "COVID-19" or "Иннопром-2023", start nothing */
		if (ec_is_digit(c) && p >= 2 && memchr("-/_=:.", s[p - 1], 6) &&
			(ec_is_alpha((unsigned char) s[p - 2]) || ec_is_digit((unsigned char) s[p - 2]) ||
			 (unsigned char) s[p - 2] >= 0x80) &&
			s[p - 1] != '.')
		{
			p = skip(&S, p, SKIP_TOKEN);
			continue;
		}
		if ((ec_is_digit(c) || c == '$' || (c == '[' && editor_bracket_at(&S, p)) ||
			 (c >= 0xC2 && currency_sign_at(&S, p))) && (e = try_at(&S, p)) > p)
		{
			p = e;
			continue;
		}
		if (ec_is_digit(c))
		{
			p = skip(&S, p, SKIP_TOKEN);
			continue;
		}
		p++;
		while (p < len && !ec_utf8_starts((unsigned char) s[p]))
			p++;
	}
}
