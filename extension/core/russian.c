/*
 * russian.c
 *		The Russian words of figures: scale, currency, percent and ratio
 *		words after a number, qualifiers before it (ANNOTATION-ru.md).  A
 *		word is a stem and one of the endings of its declension, so that
 *		"миллион", "миллиона", "миллионов" are one entry, and "сумма" is no
 *		form of "сум".
 */
#include "russian.h"

#include <string.h>

#include "decimal.h"
#include "iso4217.h"
#include "period.h"				/* EcMod */
#include "scan.h"				/* EcQualifier */
#include "text.h"

/* --- letters and words ---------------------------------------------------- */

/* The lower-case bytes of the character at s[p] (one or two), into out. */
static size_t
fold_at(const char *s, size_t len, size_t p, unsigned char out[2])
{
	unsigned char a = (unsigned char) s[p];
	unsigned char b = p + 1 < len ? (unsigned char) s[p + 1] : 0;

	if (!ec_ru_letter_at(s, len, p))
	{
		out[0] = ec_lower(a);
		out[1] = 0;
		return 1;
	}
	out[0] = a;
	out[1] = b;
	if (a == 0xD0 && b >= 0x90 && b <= 0x9F)	/* А-П */
		out[1] = b + 0x20;
	else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF)	/* Р-Я */
		out[0] = 0xD1, out[1] = b - 0x20;
	else if (a == 0xD0 && b == 0x81)	/* Ё */
		out[0] = 0xD1, out[1] = 0x91;
	return 2;
}

/* Does the folded character c begin w (lower case)?  A quick refusal before a word is read. */
static inline bool
first_is(const unsigned char c[2], const char *w)
{
	return (unsigned char) w[0] == c[0] && ((c[0] < 0x80) || (unsigned char) w[1] == c[1]);
}

/* Does s[pos] start with w (lower case), case aside?  Its end in *end. */
static bool
starts_with(const char *s, size_t len, size_t pos, const char *w, size_t *end)
{
	const unsigned char *q = (const unsigned char *) w;
	size_t		p = pos;

	while (*q)
	{
		unsigned char c[2];
		size_t		k;

		if (p >= len)
			return false;
		k = fold_at(s, len, p, c);
		if (c[0] != q[0] || (k == 2 && (q[1] == 0 || c[1] != q[1])))
			return false;
		p += k;
		q += k;
	}
	*end = p;
	return true;
}

/*
 * Does the word at pos start with one of stems?  The first letter decides
 * most words: it is compared before a stem is read.
 */
static bool
starts_with_any(const char *s, size_t len, size_t pos, const char *const *stems)
{
	unsigned char c[2];
	size_t		e;

	fold_at(s, len, pos, c);
	for (int k = 0; stems[k]; k++)
		if (first_is(c, stems[k]) && starts_with(s, len, pos, stems[k], &e))
			return true;
	return false;
}

/* Is a letter (of either script) or a digit at p? */
static bool
letter_at(const char *s, size_t len, size_t p)
{
	return p < len && (ec_is_alnum((unsigned char) s[p]) || ec_ru_letter_at(s, len, p));
}

size_t
ec_ru_word_end(const char *s, size_t len, size_t pos)
{
	while (pos < len && letter_at(s, len, pos))
		pos += ec_ru_letter_at(s, len, pos) ? 2 : 1;
	return pos;
}

/* a space between groups of digits: " ", U+00A0, U+202F; its length or 0 */
static size_t
group_space(const char *s, size_t len, size_t p)
{
	if (p < len && s[p] == ' ')
		return 1;
	if (p + 1 < len && (unsigned char) s[p] == 0xC2 && (unsigned char) s[p + 1] == 0xA0)
		return 2;
	if (p + 2 < len && memcmp(s + p, "\xE2\x80\xAF", 3) == 0)
		return 3;
	return 0;
}

/* Three digits after a group space at p, and no fourth: the space's length, or 0. */
static size_t
digit_group_at(const char *s, size_t len, size_t p)
{
	size_t		k = group_space(s, len, p);

	if (k == 0 || p + k + 3 > len)
		return 0;
	for (size_t i = 0; i < 3; i++)
		if (!ec_is_digit((unsigned char) s[p + k + i]))
			return 0;
	if (p + k + 3 < len && ec_is_digit((unsigned char) s[p + k + 3]))
		return 0;
	return k;
}

size_t
ec_ru_number(const char *s, size_t len, size_t pos, EcNumber *num)
{
	size_t		p = pos,
				n = 0,
				k;
	char		buf[64];

	while (p < len && ec_is_digit((unsigned char) s[p]) && n < sizeof(buf) - 1)
		buf[n++] = s[p++];
	if (n == 0 || (p < len && ec_is_digit((unsigned char) s[p])))
		return 0;
	/* groups of three after a first group of one to three: "1 200 000" */
	if (n <= 3)
		while (n + 3 < sizeof(buf) - 1 && (k = digit_group_at(s, len, p)) != 0)
		{
			memcpy(buf + n, s + p + k, 3);
			n += 3;
			p += k + 3;
		}
	/* a decimal comma: "1,5", "1 234,5" */
	if (p + 1 < len && s[p] == ',' && ec_is_digit((unsigned char) s[p + 1]))
	{
		buf[n++] = '.';
		for (p++; p < len && ec_is_digit((unsigned char) s[p]) && n < sizeof(buf) - 1; p++)
			buf[n++] = s[p];
		if (p < len && ec_is_digit((unsigned char) s[p]))
			return 0;
	}
	/* "1,2,3", "1.5": no number of Russian prose */
	if (p + 1 < len && (s[p] == ',' || s[p] == '.') && ec_is_digit((unsigned char) s[p + 1]))
		return 0;
	if (ec_lex_numeral(buf, n, 0, num) != n || num->bad_group)
		return 0;
	return p;
}

size_t
ec_ru_number_before_words(const char *s, size_t len, size_t pos, size_t plain_end,
						  bool bad_group, EcNumber *num)
{
	size_t		q,
				end;
	EcNumber	ru;

	/* asked only where the plain reading failed on a comma, or a group may follow */
	if (plain_end == 0 || !ec_is_digit((unsigned char) s[pos]))
		return 0;
	if (!bad_group)
	{
		q = ec_skip_spaces(s, len, plain_end);
		if (q == plain_end || q >= len || !ec_is_digit((unsigned char) s[q]))
			return 0;
	}
	if ((end = ec_ru_number(s, len, pos, &ru)) == 0 || !(end > plain_end || bad_group) ||
		!ec_ru_letter_at(s, len, ec_skip_spaces(s, len, end)))
		return 0;
	*num = ru;
	return end;
}

/* the endings of a declension; "" for the bare stem */
static const char *const noun_m[] = {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", NULL};
static const char *const noun_soft[] = {"ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях", NULL};
static const char *const noun_f[] = {"а", "и", "у", "е", "ой", "ей", "ью", "", "ам", "ами", "ах", NULL};
static const char *const adjective[] = {
	"ий", "ый", "ого", "ому", "им", "ом", "ие", "их", "ими", "ая", "ой", "ую", "ое", "ые",
	"ых", "ым", "ыми", NULL
};
static const char *const adjective_soft[] = {
	"ий", "его", "ему", "им", "ем", "ие", "их", "ими", "ая", "ей", "ую", "ее", NULL
};
static const char *const times_endings[] = {"", "а", NULL};
/* of "удвоить": "удвоился", "удвоилась", "удвоит", "удвоят", "удвоить" */
static const char *const verb_endings[] = {
	"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ть", "ться", "т", "тся", "ят", "ятся", NULL
};
static const char *const none[] = {"", NULL};

/*
 * A whole word at pos: stem and one of endings, case aside.  Its end, or 0.
 */
static size_t
word(const char *s, size_t len, size_t pos, const char *stem, const char *const *endings)
{
	size_t		after,
				end;

	if (pos > 0 && letter_at(s, len, pos - 1))
		return 0;
	if (!starts_with(s, len, pos, stem, &after))
		return 0;
	end = ec_ru_word_end(s, len, after);
	for (int k = 0; endings[k]; k++)
	{
		size_t		e;

		if (starts_with(s, len, after, endings[k], &e) && e == end)
			return end;
	}
	return 0;
}

/* An abbreviation with its point, or without one: "тыс.", "млн". */
static size_t
abbreviation(const char *s, size_t len, size_t pos, const char *stem)
{
	size_t		e = word(s, len, pos, stem, none);

	return e && e < len && s[e] == '.' ? e + 1 : e;
}

/* Does a lower-case word come next after p ("млн. долларов"), not a new sentence? */
static bool
lower_next(const char *s, size_t len, size_t p)
{
	unsigned char c[2];
	size_t		q = ec_skip_spaces(s, len, p);

	if (q >= len || !letter_at(s, len, q))
		return false;
	fold_at(s, len, q, c);
	return (unsigned char) s[q] == c[0] && (q + 1 >= len || !ec_ru_letter_at(s, len, q) ||
											(unsigned char) s[q + 1] == c[1]);
}

/* Past white space after p: where the next word starts (p when none does). */
static size_t
next_word(const char *s, size_t len, size_t p)
{
	size_t		q = ec_skip_spaces(s, len, p);

	return q > p ? q : p;
}

/* --- scale --------------------------------------------------------------- */

size_t
ec_ru_scale(const char *s, size_t len, size_t pos, int *exp10)
{
	static const struct
	{
		const char *stem;
		const char *const *endings;	/* NULL: an abbreviation */
		int			exp10;
	}			scales[] =
	{
		{"тысяч", noun_f, 3}, {"тыс", NULL, 3},
		{"миллион", noun_m, 6}, {"млн", NULL, 6},
		{"миллиард", noun_m, 9}, {"млрд", NULL, 9},
		{"триллион", noun_m, 12}, {"трлн", NULL, 12},
	};

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	for (size_t i = 0; i < sizeof(scales) / sizeof(scales[0]); i++)
	{
		size_t		e = scales[i].endings ? word(s, len, pos, scales[i].stem, scales[i].endings) :
			abbreviation(s, len, pos, scales[i].stem);

		/* "5 млн." ends a sentence: the point is not the word's */
		if (e && !scales[i].endings && s[e - 1] == '.' && !lower_next(s, len, e) &&
			strcmp(scales[i].stem, "тыс") != 0)
			e--;
		if (e)
		{
			*exp10 = scales[i].exp10;
			return e;
		}
	}
	return 0;
}

/*
 * Full scale words, not abbreviations: a number in words stands before them
 * or is fused to them ("полмиллиарда"), and alone they are one of their
 * kind ("миллиард долларов").
 */
static size_t
scale_word(const char *s, size_t len, size_t pos, int *exp10)
{
	size_t		e = ec_ru_scale(s, len, pos, exp10);

	/* the abbreviations are four letters or fewer ("млрд", "тыс.") */
	return e > pos + 8 ? e : 0;
}

size_t
ec_ru_number_words(const char *s, size_t len, size_t pos, EcNumber *num)
{
	static const char half[] = "пол";
	size_t		e;
	int			exp10,
				n;

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	memset(num, 0, sizeof(*num));
	num->dropped_digit = -1;
	num->in_words = true;
	/* a number in words is one only before a scale word */
	num->article = true;
	/* "полмиллиарда": the half fused to the scale word that follows it */
	if (starts_with(s, len, pos, half, &e) && scale_word(s, len, e, &exp10))
	{
		num->coef = 5;
		num->exp10 = -1;
		return e;
	}
	if ((e = word(s, len, pos, "полтора", none)) != 0 || (e = word(s, len, pos, "полторы", none)) != 0)
	{
		num->coef = 15;
		num->exp10 = -1;
		return e;
	}
	if ((e = ec_ru_cardinal(s, len, pos, &n)) != 0)
	{
		num->coef = n;
		return e;
	}
	return 0;
}

size_t
ec_ru_scale_alone(const char *s, size_t len, size_t pos, int *exp10)
{
	return pos < len && ec_ru_letter_at(s, len, pos) ? scale_word(s, len, pos, exp10) : 0;
}

bool
ec_ru_amount_start(const char *s, size_t len, size_t pos)
{
	int			exp10;
	size_t		e;

	return (starts_with(s, len, pos, "пол", &e) &&
			(scale_word(s, len, e, &exp10) || starts_with(s, len, e, "тор", &e))) ||
		ec_ru_scale_alone(s, len, pos, &exp10) != 0;
}

/* --- currencies ---------------------------------------------------------- */

typedef struct RuCurrency
{
	const char *adjective;		/* a stem with adjective endings before it, or NULL */
	const char *stem;			/* the noun */
	const char *const *endings;	/* NULL: an abbreviation */
	char		code[4];
	bool		bare;			/* a noun another currency shares */
} RuCurrency;

/* a country's adjective before its currency's noun first, then the bare noun */
static const RuCurrency ru_currencies[] =
{
	{"американск", "доллар", noun_m, "USD"},
	{"белорусск", "рубл", noun_soft, "BYN"}, {"белорусск", "руб", NULL, "BYN"},
	{"российск", "рубл", noun_soft, "RUB"}, {"российск", "руб", NULL, "RUB"},
	{"китайск", "юан", noun_soft, "CNY"},
	{"казахстанск", "тенге", none, "KZT"},
	{"узбекск", "сум", noun_m, "UZS"},
	{"таджикск", "сомони", none, "TJS"},
	{"киргизск", "сом", noun_m, "KGS"}, {"кыргызск", "сом", noun_m, "KGS"},
	{"азербайджанск", "манат", noun_m, "AZN"},
	{"туркменск", "манат", noun_m, "TMT"},
	{"армянск", "драм", noun_m, "AMD"},
	{"грузинск", "лари", none, "GEL"},
	{"вьетнамск", "донг", noun_m, "VND"},
	{NULL, "доллар", noun_m, "USD"}, {NULL, "долл", NULL, "USD"},
	{NULL, "евро", none, "EUR"},
	{NULL, "рубл", noun_soft, "RUB", true}, {NULL, "руб", NULL, "RUB", true},
	{NULL, "юан", noun_soft, "CNY"},
	{NULL, "тенге", none, "KZT"},
	{NULL, "сомони", none, "TJS"},
	{NULL, "сум", noun_m, "UZS"},
	{NULL, "сом", noun_m, "KGS"},
	{NULL, "манат", noun_m, "AZN", true},
	{NULL, "драм", noun_m, "AMD"},
	{NULL, "лари", none, "GEL"},
	{NULL, "донг", noun_m, "VND"},
};

/* "бел. руб.", "рос. руб.": the country's abbreviation, then the rouble's */
static size_t
rouble_abbreviated(const char *s, size_t len, size_t pos, EcCurrencyMatch *m)
{
	size_t		e,
				q;
	const char *code = NULL;

	if ((e = abbreviation(s, len, pos, "бел")) != 0 && s[e - 1] == '.')
		code = "BYN";
	else if ((e = abbreviation(s, len, pos, "рос")) != 0 && s[e - 1] == '.')
		code = "RUB";
	if (code == NULL)
		return 0;
	q = next_word(s, len, e);
	if ((e = abbreviation(s, len, q, "руб")) == 0 && (e = word(s, len, q, "рубл", noun_soft)) == 0)
		return 0;
	ec_currency_named(m, code, false);
	return e;
}

size_t
ec_ru_currency(const char *s, size_t len, size_t pos, EcCurrencyMatch *m)
{
	size_t		e;
	unsigned char first[2];

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	if ((e = rouble_abbreviated(s, len, pos, m)) != 0)
		return e;
	fold_at(s, len, pos, first);
	for (size_t i = 0; i < sizeof(ru_currencies) / sizeof(ru_currencies[0]); i++)
	{
		const RuCurrency *c = &ru_currencies[i];
		size_t		q = pos;

		if (!first_is(first, c->adjective ? c->adjective : c->stem))
			continue;
		if (c->adjective)
		{
			if ((e = word(s, len, pos, c->adjective, adjective)) == 0)
				continue;
			q = next_word(s, len, e);
		}
		e = c->endings ? word(s, len, q, c->stem, c->endings) : abbreviation(s, len, q, c->stem);
		if (e == 0)
			continue;
		/* "долларов США", "долл. США" */
		if (strcmp(c->code, "USD") == 0)
		{
			size_t		usa = next_word(s, len, e),
						f;

			if (usa > e && (f = word(s, len, usa, "сша", none)) != 0)
				e = f;
		}
		ec_currency_named(m, c->code, c->bare);
		return e;
	}
	return 0;
}

/* --- months --------------------------------------------------------------- */

size_t
ec_ru_month(const char *s, size_t len, size_t pos, int *month)
{
	static const char *const may_endings[] = {"й", "я", "ю", "е", "ем", NULL};
	static const struct
	{
		const char *stem;
		const char *const *endings;
	}			months[12] =
	{
		{"январ", noun_soft}, {"феврал", noun_soft}, {"март", noun_m}, {"апрел", noun_soft},
		{"ма", may_endings}, {"июн", noun_soft}, {"июл", noun_soft}, {"август", noun_m},
		{"сентябр", noun_soft}, {"октябр", noun_soft}, {"ноябр", noun_soft}, {"декабр", noun_soft},
	};

	unsigned char c[2];

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	fold_at(s, len, pos, c);
	for (int i = 0; i < 12; i++)
	{
		size_t		e = first_is(c, months[i].stem) ?
			word(s, len, pos, months[i].stem, months[i].endings) : 0;

		if (e)
		{
			*month = i + 1;
			return e;
		}
	}
	return 0;
}

size_t
ec_ru_year_word(const char *s, size_t len, size_t pos)
{
	size_t		e;

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	if ((e = word(s, len, pos, "год", noun_m)) != 0)
		return e;
	/* "г.", "гг." with their points */
	if (((e = abbreviation(s, len, pos, "гг")) != 0 || (e = abbreviation(s, len, pos, "г")) != 0) &&
		s[e - 1] == '.')
		return e;
	return 0;
}

/* --- parts of a year ------------------------------------------------------ */

size_t
ec_ru_ordinal(const char *s, size_t len, size_t pos, int *n)
{
	static const char *const third[] = {
		"ий", "ьего", "ьему", "ьим", "ьем", "ья", "ьей", "ью", "ье", "ьи", "ьих", "ьими", NULL
	};
	static const struct
	{
		const char *stem;
		const char *const *endings;
		int			n;
	}			words[] =
	{
		{"перв", adjective, 1}, {"втор", adjective, 2}, {"трет", third, 3},
		{"четверт", adjective, 4}, {"четвёрт", adjective, 4},
	};
	static const char *const roman[] = {"IV", "III", "II", "I"};
	static const int roman_n[] = {4, 3, 2, 1};

	if (pos >= len)
		return 0;
	for (int i = 0; i < 4 && (s[pos] == 'I' || s[pos] == 'V'); i++)
	{
		size_t		n_len = strlen(roman[i]);

		if (pos + n_len <= len && memcmp(s + pos, roman[i], n_len) == 0 &&
			(pos == 0 || !letter_at(s, len, pos - 1)) && !letter_at(s, len, pos + n_len))
		{
			*n = roman_n[i];
			return pos + n_len;
		}
	}
	if (!ec_ru_letter_at(s, len, pos))
		return 0;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		size_t		e = word(s, len, pos, words[i].stem, words[i].endings);

		if (e)
		{
			*n = words[i].n;
			return e;
		}
	}
	return 0;
}

size_t
ec_ru_cardinal(const char *s, size_t len, size_t pos, int *n)
{
	/* nominative, genitive (and prepositional, the same) of 1-12 */
	static const char *const words[12][3] = {
		{"один", "одного", NULL}, {"два", "двух", NULL}, {"три", "трех", "трёх"},
		{"четыре", "четырех", "четырёх"}, {"пять", "пяти", NULL}, {"шесть", "шести", NULL},
		{"семь", "семи", NULL}, {"восемь", "восьми", NULL}, {"девять", "девяти", NULL},
		{"десять", "десяти", NULL}, {"одиннадцать", "одиннадцати", NULL},
		{"двенадцать", "двенадцати", NULL},
	};

	unsigned char c[2];

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	fold_at(s, len, pos, c);
	for (int i = 0; i < 12; i++)
		for (int k = 0; k < 3 && words[i][k]; k++)
		{
			size_t		e = first_is(c, words[i][k]) ? word(s, len, pos, words[i][k], none) : 0;

			if (e)
			{
				*n = i + 1;
				return e;
			}
		}
	return 0;
}

size_t
ec_ru_year_part(const char *s, size_t len, size_t pos, EcRuPart *part)
{
	static const char *const half_endings[] = {"е", "я", "ю", "ем", "и", "й", "ям", "ях", NULL};
	static const char *const month_endings[] = {
		"", "а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах", NULL
	};
	size_t		e;

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	if ((e = word(s, len, pos, "квартал", noun_m)) != 0)
		*part = EC_RU_QUARTER;
	else if ((e = word(s, len, pos, "полугоди", half_endings)) != 0)
		*part = EC_RU_HALF;
	else if ((e = word(s, len, pos, "месяц", month_endings)) != 0)
		*part = EC_RU_MONTHS;
	return e;
}

bool
ec_ru_may_start_period(const char *s, size_t len, size_t pos)
{
	/* the words a Russian period may start with, besides a month's name */
	static const char *const stems[] = {
		"перв", "втор", "трет", "четверт", "четвёрт", "текущ", "этом", "этого", "нынешн",
		"прошл", "позапрошл", "следующ", "будущ", "предыдущ", "годом", "аналогичн", "соответствующ",
		"тот", "того", "тем", "полугоди", "два", "двух", "три", "трех", "трёх",
		"шест", "девят", "десят", "одиннадцат", "пят", "восьм", "восем", "четыр", "сем",
		NULL
	};
	int			month;

	if (!ec_ru_letter_at(s, len, pos))
		return false;
	return ec_ru_month(s, len, pos, &month) || ec_ru_mod_prefix(s, len, pos, &month) ||
		starts_with_any(s, len, pos, stems);
}

size_t
ec_ru_mod_prefix(const char *s, size_t len, size_t pos, int *mod)
{
	/* whole words: the preposition and "в" are the period's own words here */
	static const struct
	{
		const char *stem;
		const char *const *endings;
		int			mod;
	}			words[] =
	{
		{"начиная", none, EC_MOD_ON_OR_AFTER}, {"с", none, EC_MOD_ON_OR_AFTER},
		{"со", none, EC_MOD_ON_OR_AFTER}, {"до", none, EC_MOD_ON_OR_BEFORE},
		{"к", none, EC_MOD_ON_OR_BEFORE}, {"ко", none, EC_MOD_ON_OR_BEFORE},
		{"начал", noun_m, EC_MOD_START}, {"середин", noun_f, EC_MOD_MID},
		{"конц", noun_m, EC_MOD_END}, {"конец", none, EC_MOD_END},
	};
	unsigned char c[2];
	size_t		e;

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	fold_at(s, len, pos, c);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		if (first_is(c, words[i].stem) && (e = word(s, len, pos, words[i].stem, words[i].endings)) != 0)
		{
			*mod = words[i].mod;
			return e;
		}
	}
	/*
	 * "на 1 января 2024 года", "на конец 2022 года": "as of"; but "на 2021
	 * год", "на 2021-2025 годы" is "for", no modifier
	 */
	if (first_is(c, "на") && (e = word(s, len, pos, "на", none)) != 0)
	{
		size_t		q = next_word(s, len, e),
					d = q;
		int			month;

		while (d < len && ec_is_digit((unsigned char) s[d]))
			d++;
		if (q > e && ((d > q && d - q <= 2 && ec_ru_month(s, len, next_word(s, len, d), &month)) ||
					  word(s, len, q, "конц", noun_m) || word(s, len, q, "конец", none) ||
					  word(s, len, q, "начал", noun_m)))
		{
			*mod = EC_MOD_ON_OR_BEFORE;
			return e;
		}
	}
	return 0;
}

size_t
ec_ru_decade_suffix(const char *s, size_t len, size_t pos)
{
	static const char *const endings[] = {"е", "х", "ые", "ых", "ым", "ыми", NULL};

	if (pos + 1 >= len || s[pos] != '-' || !ec_ru_letter_at(s, len, pos + 1))
		return 0;
	for (int k = 0; endings[k]; k++)
	{
		size_t		e;

		if (starts_with(s, len, pos + 1, endings[k], &e) && !letter_at(s, len, e))
			return e;
	}
	return 0;
}

size_t
ec_ru_same_period(const char *s, size_t len, size_t pos)
{
	size_t		e;

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	/* "аналогичного периода", "аналогичным периодом", "того же периода" */
	if ((e = word(s, len, pos, "аналогичн", adjective)) == 0 &&
		(e = word(s, len, pos, "соответствующ", adjective_soft)) == 0)
	{
		if ((e = word(s, len, pos, "т", (const char *const[]) {"от", "ого", "ем", "ом", "ой", NULL})) == 0)
			return 0;
		if ((e = word(s, len, next_word(s, len, e), "же", none)) == 0)
			return 0;
	}
	return word(s, len, next_word(s, len, e), "период", noun_m);
}

/* --- percent and ratio words ---------------------------------------------- */

size_t
ec_ru_percent(const char *s, size_t len, size_t pos, bool *points)
{
	size_t		e,
				q;

	*points = false;
	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	/* "п.п.", "п. п." */
	if ((e = abbreviation(s, len, pos, "п")) != 0 && s[e - 1] == '.')
	{
		q = abbreviation(s, len, next_word(s, len, e), "п");
		if (q == 0 || s[q - 1] != '.')
			return 0;
		*points = true;
		return q;
	}
	/* "процентных пункта" */
	if ((e = word(s, len, pos, "процентн", adjective)) != 0)
	{
		q = next_word(s, len, e);
		if (q > e && (q = word(s, len, q, "пункт", noun_m)) != 0)
		{
			*points = true;
			return q;
		}
		return 0;
	}
	if ((e = word(s, len, pos, "процент", noun_m)) != 0)
		return e;
	if ((e = abbreviation(s, len, pos, "проц")) != 0 && s[e - 1] == '.')
		return e;
	return 0;
}

bool
ec_ru_ratio_start(const char *s, size_t len, size_t pos)
{
	/* the words a ratio in words starts with; "два раза" starts as a count does */
	static const char *const stems[] = {
		"вдво", "втро", "вчетв", "впят", "вшест", "вдесят", "удво", "утро", "двукрат",
		"трехкрат", "трёхкрат", "полтор", NULL
	};

	return ec_ru_letter_at(s, len, pos) && starts_with_any(s, len, pos, stems);
}

size_t
ec_ru_ratio_words(const char *s, size_t len, size_t pos, int *tenths)
{
	static const struct
	{
		const char *stem;
		const char *const *endings;
		int			tenths;
	}			words[] =
	{
		{"вдвое", none, 20}, {"втрое", none, 30}, {"вчетверо", none, 40},
		{"впятеро", none, 50}, {"вшестеро", none, 60}, {"вдесятеро", none, 100},
		{"удвои", verb_endings, 20}, {"удвоени", noun_soft, 20}, {"утрои", verb_endings, 30},
		{"двукратн", adjective, 20}, {"двукратно", none, 20},
		{"трехкратн", adjective, 30}, {"трёхкратн", adjective, 30}, {"трехкратно", none, 30},
	};
	unsigned char c[2];
	size_t		e,
				q;
	int			n;

	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	fold_at(s, len, pos, c);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (first_is(c, words[i].stem) &&
			(e = word(s, len, pos, words[i].stem, words[i].endings)) != 0)
		{
			*tenths = words[i].tenths;
			return e;
		}
	/* "полтора раза", "два раза", "три раза": a number in words and "раза" */
	if (first_is(c, "полтор") &&
		((e = word(s, len, pos, "полтора", none)) != 0 || (e = word(s, len, pos, "полторы", none)) != 0))
		n = 15;
	else if ((e = ec_ru_cardinal(s, len, pos, &n)) != 0 && n >= 2)
		n *= 10;
	else
		return 0;
	q = next_word(s, len, e);
	if (q == e || (q = ec_ru_times(s, len, q)) == 0)
		return 0;
	*tenths = n;
	return q;
}

size_t
ec_ru_times(const char *s, size_t len, size_t pos)
{
	if (pos >= len || !ec_ru_letter_at(s, len, pos))
		return 0;
	return word(s, len, pos, "раз", times_endings);
}

/* --- qualifiers ----------------------------------------------------------- */

/* The start of the word that ends right before p (past spaces), or p. */
static size_t
word_before(const char *s, size_t from, size_t p)
{
	size_t		b = p;

	while (b > from && ec_is_space((unsigned char) s[b - 1]))
		b--;
	if (b == p && b > from && !ec_is_space((unsigned char) s[b - 1]))
		return p;				/* the figure touches the word: none */
	while (b > from)
	{
		size_t		c = b - 1;

		/* step back over a whole character */
		while (c > from && ((unsigned char) s[c] & 0xC0) == 0x80)
			c--;
		if (!letter_at(s, b, c))
			break;
		b = c;
	}
	return b;
}

/*
 * The start of the word before p within its clause, stepping back over
 * spaces, figures and commas ("сократился в 1,8 раза, до"), or SIZE_MAX at
 * the clause's end (".", ";", ":", "!", "?", a bracket, a dash or another
 * mark) or at from.
 */
static size_t
clause_word_before(const char *s, size_t from, size_t p)
{
	size_t		b = p;

	while (b > from)
	{
		unsigned char c = (unsigned char) s[b - 1];

		if ((b - 1 > from && ec_ru_letter_at(s, b, b - 2)) || ec_is_alpha(c))
			break;
		if (c == 0xA0 && b - 1 > from && (unsigned char) s[b - 2] == 0xC2)
		{
			b -= 2;				/* a no-break space */
			continue;
		}
		if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' ||
			c == ')' || c >= 0x80)
			return SIZE_MAX;
		b--;
	}
	if (b <= from)
		return SIZE_MAX;
	while (b > from)
	{
		if (b - 1 > from && ec_ru_letter_at(s, b, b - 2))
			b -= 2;
		else if (ec_is_alpha((unsigned char) s[b - 1]))
			b--;
		else
			break;
	}
	return b;
}

/* Is the word s[w, end) one of words (stems followed by anything when marked '*')? */
static bool
word_is(const char *s, size_t w, size_t end, const char *const *words)
{
	unsigned char c[2];

	if (w >= end)
		return false;
	fold_at(s, end, w, c);
	for (int k = 0; words[k]; k++)
	{
		size_t		n,
					e;
		bool		stem;
		char		buf[48];

		if (!first_is(c, words[k]))
			continue;
		n = strlen(words[k]);
		stem = words[k][n - 1] == '*';
		if (n >= sizeof(buf))
			continue;
		memcpy(buf, words[k], n - stem);
		buf[n - stem] = '\0';
		if (starts_with(s, end, w, buf, &e) && (stem || e == end))
			return true;
	}
	return false;
}

size_t
ec_ru_range_to(const char *s, size_t len, size_t from, size_t start, size_t pos)
{
	size_t		e,
				w;

	if (pos >= len || !ec_ru_letter_at(s, len, pos) || (e = word(s, len, pos, "до", none)) == 0)
		return 0;
	w = word_before(s, from, start);
	if (w >= start || !word_is(s, w, ec_ru_word_end(s, start, w), (const char *const[]) {"от", "с", "со", NULL}))
		return 0;
	return e;
}

int
ec_ru_qualifier_before(const char *s, size_t from, size_t pos)
{
	static const char *const more[] = {
		"более", "больше", "свыше", "выше", "сверх", "превысил*", "превысит", "превышает",
		"превышающ*", NULL
	};
	static const char *const approx[] = {
		"около", "почти", "практически", "порядка", "примерно", "приблизительно",
		"ориентировочно", NULL
	};
	static const char *const less[] = {"менее", "меньше", "ниже", NULL};
	static const char *const at_least[] = {"минимум", NULL};
	static const char *const at_most[] = {"максимум", NULL};
	static const char *const prepositions[] = {"на", "в", "во", NULL};
	/* "вырос до", "увеличить ... до": "до" is "to", no qualifier */
	static const char *const change_verbs[] = {
		"вырос*", "выросл*", "возрос*", "увелич*", "сократ*", "сниз*", "упал*", "уменьш*",
		"повыс*", "подня*", "довест*", "довед*", "довод*", "нарасти*", "нараст*", "доведен*",
		"снизил*", "опустил*", "поднял*", "замедл*", "ускор*", "повыш*", "сниж*", "сокращ*",
		"рост", "роста", "ростом", NULL
	};
	size_t		w = word_before(s, from, pos),
				end = pos,
				w2;

	/* English prose, most of the time: no Russian word before the figure */
	if (w >= pos || !ec_ru_letter_at(s, pos, w))
		return EC_QUAL_NONE;
	/* the figure's own preposition: "на 20%", "в 2 раза" */
	if (w < pos && word_is(s, w, ec_ru_word_end(s, pos, w), prepositions))
	{
		end = w;
		w = word_before(s, from, w);
	}
	if (w >= end)
		return EC_QUAL_NONE;
	end = ec_ru_word_end(s, end, w);
	w2 = word_before(s, from, w);
	/* "более чем", "не более", "как минимум" */
	if (word_is(s, w, end, (const char *const[]) {"чем", NULL}) && w2 < w)
	{
		size_t		e2 = ec_ru_word_end(s, w, w2);

		if (word_is(s, w2, e2, (const char *const[]) {"более", "больше", NULL}))
			return EC_QUAL_MORE_THAN;
		if (word_is(s, w2, e2, less))
			return EC_QUAL_LESS_THAN;
		return EC_QUAL_NONE;
	}
	if (w2 < w && word_is(s, w2, ec_ru_word_end(s, w, w2), (const char *const[]) {"не", NULL}))
	{
		if (word_is(s, w, end, (const char *const[]) {"более", "больше", "превысит",
						"превышает", "превысил*", NULL}))
			return EC_QUAL_AT_MOST;
		if (word_is(s, w, end, less))
			return EC_QUAL_AT_LEAST;
	}
	if (word_is(s, w, end, more))
		return EC_QUAL_MORE_THAN;
	if (word_is(s, w, end, approx))
		return EC_QUAL_APPROX;
	if (word_is(s, w, end, less))
		return EC_QUAL_LESS_THAN;
	if (word_is(s, w, end, at_least))
		return EC_QUAL_AT_LEAST;
	if (word_is(s, w, end, at_most))
		return EC_QUAL_AT_MOST;
	/*
	 * "до" as "up to", unless after a number ("с 5 до 7") or a verb of
	 * change a few words back in its clause ("довести товарооборот до",
	 * "сократился в 1,8 раза, до")
	 */
	if (word_is(s, w, end, (const char *const[]) {"до", NULL}))
	{
		if (w2 < w && ec_is_digit((unsigned char) s[w2]))
			return EC_QUAL_NONE;
		for (int n = 0; n < 4 && (w = clause_word_before(s, from, w)) != SIZE_MAX; n++)
			if (word_is(s, w, ec_ru_word_end(s, pos, w), change_verbs))
				return EC_QUAL_NONE;
		return EC_QUAL_AT_MOST;
	}
	return EC_QUAL_NONE;
}
