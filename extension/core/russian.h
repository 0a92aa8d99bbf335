/*
 * russian.h
 *		The Russian words of figures (ANNOTATION-ru.md): scale words
 *		("млн", "миллиарда"), currency names in their case forms ("долларов
 *		США", "белорусских рублей", "тенге"), percent and ratio words
 *		("процента", "п.п.", "раза") and the qualifiers before a figure
 *		("более", "около", "не менее", "до").  Words are matched as a stem
 *		and one of the endings its declension allows, case-blind in Cyrillic
 *		as in Latin; a word ends where no letter of either script follows.
 */
#ifndef EC_RUSSIAN_H
#define EC_RUSSIAN_H

#include <stdbool.h>
#include <stddef.h>

#include "currency.h"

/* Is s[pos] the first byte of a Cyrillic letter (U+0400 to U+04FF)? */
static inline bool
ec_ru_letter_at(const char *s, size_t len, size_t pos)
{
	return pos + 1 < len && (unsigned char) s[pos] >= 0xD0 && (unsigned char) s[pos] <= 0xD3 &&
		((unsigned char) s[pos + 1] & 0xC0) == 0x80;
}

/* Where the word (of letters of either script, and digits) going on at pos ends. */
extern size_t ec_ru_word_end(const char *s, size_t len, size_t pos);

/*
 * A number as Russian writes it at pos: groups of three digits apart by a
 * space ("1 200 000") and a decimal comma ("1,5", "1 234,5"), no other
 * mark.  Its end, with *num; or 0.  For a number whose words are Russian,
 * where a comma is never a thousands separator.
 */
struct EcNumber;
extern size_t ec_ru_number(const char *s, size_t len, size_t pos, struct EcNumber *num);

/*
 * The number at pos read as Russian writes it, where Russian words follow
 * and it reads more than the plain reading (which ended at plain_end, or
 * failed on a comma: bad_group): "1,5 млрд", "1 200 000 тенге".  Its end,
 * with *num; or 0, *num untouched.
 */
extern size_t ec_ru_number_before_words(const char *s, size_t len, size_t pos, size_t plain_end,
										bool bad_group, struct EcNumber *num);

/*
 * A Russian number in words at pos, which counts only before a scale word
 * (num->article is set): "полтора", "два", "девяти", and "пол" fused to
 * the scale word after it ("полмиллиарда": the end returned is the scale
 * word's start).  Its end, with *num; or 0.
 */
extern size_t ec_ru_number_words(const char *s, size_t len, size_t pos, struct EcNumber *num);

/* A full scale word at pos standing for one of its kind ("миллиард долларов"): its end, with *exp10; or 0. */
extern size_t ec_ru_scale_alone(const char *s, size_t len, size_t pos, int *exp10);

/* May an amount in words start at pos ("полмиллиарда", "полтора", "миллиард")? */
extern bool ec_ru_amount_start(const char *s, size_t len, size_t pos);

/* A decade's ending after its year at pos ("-е" of "2010-е", "-х" of "2020-х"): its end, or 0. */
extern size_t ec_ru_decade_suffix(const char *s, size_t len, size_t pos);

/* "аналогичного периода", "тем же периодом" at pos: the end, or 0. */
extern size_t ec_ru_same_period(const char *s, size_t len, size_t pos);

/*
 * "до" at pos joining the ends of a range whose first starts at start,
 * after "от" or "с" ("от 5 до 7%", "с 4,5 до 11,6 млрд долларов"): the
 * end of "до", or 0.  Words are looked for back to from.
 */
extern size_t ec_ru_range_to(const char *s, size_t len, size_t from, size_t start, size_t pos);

/* A month's name at pos in any case form ("январь", "января", "январе"): its end, with *month (1-12); or 0. */
extern size_t ec_ru_month(const char *s, size_t len, size_t pos, int *month);

/* A part of a year a Russian period names: "квартал", "полугодие", "месяц". */
typedef enum EcRuPart
{
	EC_RU_QUARTER = 1,
	EC_RU_HALF,
	EC_RU_MONTHS
} EcRuPart;

/* An ordinal 1-4 at pos: Roman "I".."IV", or "первом", "второе", "третьем", "четвертый": its end, with *n; or 0. */
extern size_t ec_ru_ordinal(const char *s, size_t len, size_t pos, int *n);

/* A cardinal 1-12 in words at pos ("девять", "девяти", "трёх"): its end, with *n; or 0. */
extern size_t ec_ru_cardinal(const char *s, size_t len, size_t pos, int *n);

/* "квартале", "полугодии", "месяцев" at pos: its end, with *part; or 0. */
extern size_t ec_ru_year_part(const char *s, size_t len, size_t pos, EcRuPart *part);

/* May a Russian period start at the word at pos (a month, an ordinal, a count, "текущего")? */
extern bool ec_ru_may_start_period(const char *s, size_t len, size_t pos);

/*
 * A Russian modifier word before a period at pos: "с", "начиная с",
 * "до", "к" (ON_OR_AFTER, ON_OR_BEFORE), "начале", "середине", "конце"
 * (START, MID, END): its end, with *mod (EcMod); or 0.
 */
extern size_t ec_ru_mod_prefix(const char *s, size_t len, size_t pos, int *mod);

/* The word of a year after its number ("года", "году", "г.", "гг."): its end, or 0. */
extern size_t ec_ru_year_word(const char *s, size_t len, size_t pos);

/* A scale word at pos ("тыс.", "млн", "миллиардов"): its end, with *exp10; or 0. */
extern size_t ec_ru_scale(const char *s, size_t len, size_t pos, int *exp10);

/*
 * Currency words after a number at pos ("долларов США", "долл.", "евро",
 * "российских рублей", "бел. руб.", "сумов"): their end, or 0.  Bare
 * "рублей" match as the English "roubles" do: RUB, ambiguous.
 */
extern size_t ec_ru_currency(const char *s, size_t len, size_t pos, EcCurrencyMatch *m);

/*
 * A percent word at pos ("процента", "проц.") or percentage points
 * ("п.п.", "процентных пункта", *points set): its end, or 0.
 */
extern size_t ec_ru_percent(const char *s, size_t len, size_t pos, bool *points);

/*
 * A ratio in Russian words at pos ("вдвое", "втрое", "удвоился",
 * "двукратный", "полтора раза", "два раза"): its end, with the factor in
 * tenths (15 for "полтора"); or 0.
 */
extern size_t ec_ru_ratio_words(const char *s, size_t len, size_t pos, int *tenths);

/* May a ratio in words start at pos (a quick test of its first letters)? */
extern bool ec_ru_ratio_start(const char *s, size_t len, size_t pos);

/* "раза", "раз" after a ratio's number at pos: its end, or 0. */
extern size_t ec_ru_times(const char *s, size_t len, size_t pos);

/*
 * The qualifier of the Russian words that end right before a figure at
 * pos, read back from pos, no further than from ("более", "более чем в",
 * "не менее", "около", "до" as "up to" but not after a verb of change:
 * "вырос до"); one of EcQualifier's values (scan.h), 0 for none.
 */
extern int	ec_ru_qualifier_before(const char *s, size_t from, size_t pos);

#endif							/* EC_RUSSIAN_H */
