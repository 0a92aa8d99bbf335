/*
 * test_scan.c
 *		The scanning core: what it finds, spans, qualifiers, context years,
 *		and the consistency of its word filter.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amount.h"
#include "scan.h"
#include "word_filter.h"

typedef struct Found
{
	char		lines[16][96];
	int			n;
	const char *text;
	EcAnchor	anchor;			/* what the anchor says of 2022 */
} Found;

static void
collect(const EcMention *m, void *arg)
{
	Found	   *f = arg;
	char		value[64] = "";

	if (f->n >= 16)
		return;
	if (m->kind == EC_MENTION_PERIOD && m->has_period)
		ec_period_format(&m->period, value);
	else if (m->kind == EC_MENTION_AMOUNT)
	{
		EcAmount	a = {m->currency, m->value};

		ec_amount_format(&a, value);
	}
	else if (m->kind != EC_MENTION_PERIOD)
		ec_fixed_format(m->value, value);
	snprintf(f->lines[f->n++], 96, "%s|%.*s|%s%s%s", ec_mention_kind_name(m->kind),
			 (int) (m->end - m->start), f->text + m->start, value,
			 m->qualifier ? "|" : "", m->qualifier ? ec_qualifier_name(m->qualifier) : "");
}

static EcAnchor
anchor_2022(size_t pos, EcYearMonth *at, void *arg)
{
	at->year = 2022;
	at->month = 6;
	return ((Found *) arg)->anchor;
}

/*
 * anchored: EC_ANCHOR_NONE (false), EC_ANCHOR_WRITTEN (true) or GUESS, of
 * June 2022
 */
static void
check_scan(const char *text, EcAnchor anchored, const char *expected)
{
	size_t		len = strlen(text);
	char	   *exact = malloc(len ? len : 1);	/* no NUL after it: the scanner
												 * must not read past len */
	Found		f = {.n = 0, .anchor = anchored};
	char		got[1024] = "";

	memcpy(exact, text, len);
	f.text = exact;
	EcScanHooks hooks = {collect, anchored ? anchor_2022 : NULL, NULL, &f};

	ec_scan(exact, len, &hooks);
	free(exact);
	for (int i = 0; i < f.n; i++)
	{
		if (i)
			strcat(got, "; ");
		strcat(got, f.lines[i]);
	}
	CHECK(strcmp(got, expected) == 0, "scan \"%.80s%s\"\n#   got:      %s\n#   expected: %s",
		  text, len > 80 ? "..." : "", got, expected);
}

void
test_scan(void)
{
	const char *word;
	uint64_t	filter[EC_WORD_FILTER_LEN] = {0};

	/*
	 * The scanner's filter is its words' filter, rebuilt here: a word it
	 * misses would never start a mention, a bit too many costs searches.
	 */
	for (int i = 0; ec_scan_trigger_word(i, &word); i++)
		ec_word_filter_add(filter, ec_word_hash(word));
	CHECK(memcmp(filter, ec_scan_trigger_filter(), sizeof(filter)) == 0,
		  "the trigger filter is the trigger words' filter, no bit missing or more");

	check_scan("In January-October 2021 mutual trade grew by 27 per cent, to more than $900 million.", false,
			   "period|January-October 2021|2021-01/2021-10; percent|27 per cent|27; amount|$900 million|USD 900000000|more_than");
	check_scan("almost another 40 per cent, 4.7 times, doubled, the 20-25% range", false,
			   "percent|40 per cent|40|approx; ratio|4.7 times|4.7; ratio|doubled|2; percent|20-25%|20");
	check_scan("half a billion dollars and Br200 million and 200 million Belarusian roubles", false,
			   "amount|half a billion dollars|USD 500000000; amount|Br200 million|BYN 200000000; amount|200 million Belarusian roubles|BYN 200000000");
	check_scan("In 2019 trade grew; in January-August it fell, and last year too.", false,
			   "period|2019|2019; period|January-August|2019-01/2019-08; period|last year|2018");
	check_scan("In January-August it fell.", true, "period|January-August|2022-01/2022-08");
	check_scan("In January-August it fell.", false, "period|January-August|");
	/* a decimal comma of translated text: one or two digits after it, never three */
	check_scan("The share was 36,3%, trade grew 3,4 times to $0,5 million, 1,500 tonnes, 1,234%, 1,2,3.", false,
			   "percent|36,3%|36.3; ratio|3,4 times|3.4; amount|$0,5 million|USD 500000; percent|1,234%|1234");
	/* points as thousands separators, a scale after a hyphen */
	check_scan("a $500-million loan, $31.866.000, 8.395.6 million dollars, $31.866, 1.2.3", false,
			   "amount|$500-million|USD 500000000; amount|$31.866.000|USD 31866000; amount|8.395.6 million dollars|USD 8395600000; amount|$31.866|USD 31.866");
	/* compound amounts of CIS translations; a minus word or sign on an amount */
	check_scan("It reached 1 billion 481.9 million dollars, 7 trillion 400 billion rubles and $1 billion 200 million; 1 billion 1000 million dollars.", false,
			   "amount|1 billion 481.9 million dollars|USD 1481900000; amount|7 trillion 400 billion rubles|RUB 7400000000000; amount|$1 billion 200 million|USD 1200000000; amount|1000 million dollars|USD 1000000000");
	check_scan("The balance was minus 3 billion dollars, -$2 billion, and minus 1.7 percent.", false,
			   "amount|minus 3 billion dollars|USD -3000000000; amount|-$2 billion|USD -2000000000; percent|minus 1.7 percent|-1.7");
	/* verbs of comparison as qualifiers; the tenge's Tg */
	check_scan("It may exceed $2 billion, approached $4 billion, cannot exceed $5 billion, did not exceed 5%; Tg 500bn.", false,
			   "amount|$2 billion|USD 2000000000|more_than; amount|$4 billion|USD 4000000000|approx; amount|$5 billion|USD 5000000000|at_most; percent|5%|5|at_most; amount|Tg 500bn|KZT 500000000000");
	/* bare roubles: the country the sentence names before them, else after */
	check_scan("Belarus signed. In Russia, 5 billion rubles; in Belarus, 2,000 rubles, while Russia paid 50 rubles. Wages of 900 rubles are paid in Belarus.", false,
			   "amount|5 billion rubles|RUB 5000000000; amount|2,000 rubles|BYN 2000; amount|50 rubles|RUB 50; amount|900 rubles|BYN 900");
	/* bare manat likewise: Turkmenistan's or Azerbaijan's; the text's, else AZN */
	check_scan("Turkmenistan's budget is 20 billion manat. Baku spent 3 billion manat in Azerbaijan. It paid 5 million manat.", false,
			   "amount|20 billion manat|TMT 20000000000; amount|3 billion manat|AZN 3000000000; amount|5 million manat|TMT 5000000");
	check_scan("Baku spent 3 billion manat.", false, "amount|3 billion manat|AZN 3000000000");
	check_scan("\xD0\x92 \xD0\xA2\xD1\x83\xD1\x80\xD0\xBA\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB5 10 \xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4 \xD0\xBC\xD0\xB0\xD0\xBD\xD0\xB0\xD1\x82\xD0\xBE\xD0\xB2.", false,
			   "amount|10 \xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4 \xD0\xBC\xD0\xB0\xD0\xBD\xD0\xB0\xD1\x82\xD0\xBE\xD0\xB2|TMT 10000000000");
	/* "through" before a period: on or before */
	check_scan("Through 2025 it grows.", false, "period|Through 2025|2025 ON_OR_BEFORE");
	/* spans after "between", runs of quarters, days joined by "to" */
	check_scan("Trade grew between 2019 and 2023, prices between March 2013 and December 2014, between 2 and 3 percent in 2020.", false,
			   "period|between 2019 and 2023|2019/2023; period|between March 2013 and December 2014|2013-03/2014-12; percent|2 and 3 percent|2; period|2020|2020");
	check_scan("Output rose in Q1-Q3 2023, in 1Q-3Q 2022 and from Q1 2021 to Q2 2022.", false,
			   "period|Q1-Q3 2023|2023-01/2023-09; period|1Q-3Q 2022|2022-01/2022-09; period|from Q1 2021 to Q2 2022|2021-01/2022-06");
	check_scan("The forum met October 17 to 18, 2023 and 20 to 21 November 2023; on May 5 to 18 percent.", false,
			   "period|October 17 to 18, 2023|2023-10-17/2023-10-18; period|20 to 21 November 2023|2023-11-20/2023-11-21; period|May 5|2023-05-05; percent|18 percent|18");
	/* fiscal and reporting codes */
	check_scan("In FY2023, FY 24, fiscal 2022, 1H2024, 1Q24, 9M2024 and H2 2021 it grew 5% y/y and 4% YoY.", false,
			   "period|FY2023|2023; period|FY 24|2024; period|fiscal 2022|2022; period|1H2024|2024-H1; period|1Q24|2024-Q1; period|9M2024|2024-01/2024-09; period|H2 2021|2021-H2; percent|5%|5; percent|4%|4");
	/* the twelve months to a day; the end of the year */
	check_scan("In the year to December 31, 2016 and the year ended 31 March 2017 it fell.", false,
			   "period|the year to December 31, 2016|2016; period|the year ended 31 March 2017|2016-04/2017-03");
	/* "by" after a planned figure is a deadline, after a past one "compared with" */
	check_scan("It will double by 2030 and is expected to rise 1.5 times by 2028; it grew 1.3 times by 2018.", false,
			   "ratio|double|2; period|by 2030|2030 ON_OR_BEFORE; ratio|1.5 times|1.5; period|by 2028|2028 ON_OR_BEFORE; ratio|1.3 times|1.3; period|2018|2018");
	/* a ratio written "1.5x" */
	check_scan("Output is 1.5x higher, 2\xc3\x97 more, in 4x4 cars.", false, "ratio|1.5x|1.5; ratio|2\xc3\x97|2");
	check_scan("It grew in 2023 and will grow by year's end.", false,
			   "period|2023|2023; period|by year's end|2023 ON_OR_BEFORE");
	check_scan("It may reach 5% by end-2026 and in the 2024/25 season; in a year to June 30, 2020 it fell.", false,
			   "percent|5%|5; period|by end-2026|2026 ON_OR_BEFORE; period|2024/25|2024/2025; period|a year to June 30, 2020|2019-07/2020-06");
	check_scan("Exports fell 14% in the first quarter of 2024 against the same quarter of 2023, and in May 2024 on the same month of last year.", false,
			   "percent|14%|14; period|first quarter of 2024|2024-Q1; period|same quarter of 2023|2023-Q1; period|May 2024|2024-05; period|same month of last year|2023-05");
	/* a year after "in" ends no range; a sign touching a percentage is kept */
	check_scan("It slowed from 2.4% in 2026 to 0.9%, from 47% in 2022 to 59%.", false,
			   "percent|2.4%|2.4; period|2026|2026; percent|0.9%|0.9; percent|47%|47; period|2022|2022; percent|59%|59");
	check_scan("It grew 48 to 78 per cent in 2021, fell by -1.7 percent (\xe2\x88\x92" "2.2 percentage points), 20-25%, COVID-19 5%.", false,
			   "percent|48 to 78 per cent|48; period|2021|2021; percent|-1.7 percent|-1.7; percent|\xe2\x88\x92" "2.2 percentage points|-2.2; percent|20-25%|20; percent|5%|5");
	/*
	 * Deictic words count from the year of writing, anaphoric ones from the
	 * year just named; a guessed anchor fixes neither over the text's year.
	 */
	check_scan("In 2019 it fell; this year, last year and two years ago it grew.", EC_ANCHOR_WRITTEN,
			   "period|2019|2019; period|this year|2022; period|last year|2021; period|two years ago|2020");
	check_scan("In 2019 it fell; the year before and a year earlier it grew, and in March.", EC_ANCHOR_WRITTEN,
			   "period|2019|2019; period|the year before|2018; period|a year earlier|2018; period|March|2019-03");
	/* months count from the month of writing (June 2022), or from the month just named */
	check_scan("It fell last month and this month, and grows next month; in March it rose, after a fall the previous month.", EC_ANCHOR_WRITTEN,
			   "period|last month|2022-05; period|this month|2022-06; period|next month|2022-07; period|March|2022-03; period|the previous month|2022-02");
	check_scan("It fell last month.", EC_ANCHOR_GUESS, "period|last month|");
	check_scan("In 2019 it fell; a year prior, the prior year, this spring and this summer it grew, as in the respective period last year.", EC_ANCHOR_WRITTEN,
			   "period|2019|2019; period|a year prior|2018; period|the prior year|2018; period|this spring|2022-03/2022-05; period|this summer|2022-06/2022-08; period|respective period last year|2021-06/2021-08");
	check_scan("In 2019 it fell; the following year and the next year it grew.", EC_ANCHOR_WRITTEN,
			   "period|2019|2019; period|the following year|2020; period|the next year|2020");
	check_scan("In 2019 it fell; last year it grew, and the year before, in March.", EC_ANCHOR_WRITTEN,
			   "period|2019|2019; period|last year|2021; period|the year before|2020; period|March|2021-03");
	check_scan("In 2019 it fell; this year, next year it grows.", EC_ANCHOR_GUESS,
			   "period|2019|2019; period|this year|2019; period|next year|2020");
	check_scan("In January-March of this year it grew.", EC_ANCHOR_GUESS,
			   "period|January-March of this year|2022-01/2022-03");
	check_scan("In 2019 it was 5%; in January-March of this year 6%.", EC_ANCHOR_WRITTEN,
			   "period|2019|2019; percent|5%|5; period|January-March of this year|2022-01/2022-03; percent|6%|6");
	check_scan("It may be signed by the 30th anniversary of Decree No. 2021 in KazAgro-2022.", false, "");
	check_scan("exports grew 1.5 times by 2018", false, "ratio|1.5 times|1.5; period|2018|2018");
	check_scan("to be done by 2025", false, "period|by 2025|2025 ON_OR_BEFORE");
	/* numbers inside a token are no mentions */
	check_scan("see https://www.belta.by/view/trade-469260-2021/ and COVID-19 or id=2020", false, "");
	/* a range cut off by the end of the text (found by fuzzing) */
	check_scan("from $2 to ", false, "amount|$2|USD 2");
	check_scan("$2-", false, "amount|$2|USD 2");
	check_scan("from 2010 to 2019 and the 2020-2021 academic year", false,
			   "period|from 2010 to 2019|2010/2019; period|2020-2021 academic year|2020-09/2021-08");
	/* a bracket starts a mention only as the editor's year */
	check_scan("URL: [Electronic resource], in this [2021] year, [ 2020 ]", false,
			   "period|this [2021] year|2021; period|[ 2020 ]|2020");
	check_scan("by the by the first half of 2021, from the an 2020", false,
			   "period|by the first half of 2021|2021-H1 ON_OR_BEFORE; period|2020|2020");

	/*
	 * a long run of words that leave it to the next word ("the the ... 2021")
	 * once recursed once per word, off the stack (found by the SQL tests)
	 */
	{
		const char *unit = "the by from an ";
		size_t		n = 200000;
		char	   *run = malloc(n * strlen(unit) + 5);

		for (size_t i = 0; i < n; i++)
			memcpy(run + i * strlen(unit), unit, strlen(unit));
		memcpy(run + n * strlen(unit), "2021", 5);
		check_scan(run + (n - 1) * strlen(unit), false, "period|2021|2021");
		check_scan(run, false, "period|2021|2021");
		free(run);
	}

	/* a year before an amount is a period, not the amount's number */
	check_scan("In 2021 $900 million was invested, in 2020 \xE2\x82\xAC" "3 billion", false,
			   "period|2021|2021; amount|$900 million|USD 900000000; period|2020|2020; "
			   "amount|\xE2\x82\xAC" "3 billion|EUR 3000000000");
	check_scan("In 2021 USD 5 million, in 2019 RUB 40 billion", false,
			   "period|2021|2021; amount|USD 5 million|USD 5000000; period|2019|2019; "
			   "amount|RUB 40 billion|RUB 40000000000");
	check_scan("it was $5 million $6 million", false,
			   "amount|$5 million|USD 5000000; amount|$6 million|USD 6000000");
	check_scan("in 2021 5 million USD were spent", false,
			   "period|2021|2021; amount|5 million USD|USD 5000000");
	/* "and" joins the ends of a range after "between" */
	check_scan("between $1 and $2 billion, between 20 and 25 per cent", false,
			   "amount|$1 and $2 billion|USD 1000000000; percent|20 and 25 per cent|20");
	check_scan("betweenness $1 and $2 billion", false,
			   "amount|$1|USD 1; amount|$2 billion|USD 2000000000");
	/* modifiers stack up to three; a longer run is no period */
	/* Russian: scale and currency words in their case forms, percent and ratio words, qualifiers */
	check_scan("В январе-октябре товарооборот вырос на 27%, до более чем $900 млн. "
			   "Экспорт составил 1,09 млрд долл., 508 млн долларов США и 7,4 трлн российских рублей.", false,
			   "period|январе-октябре|; percent|27%|27; amount|$900 млн|USD 900000000|more_than; "
			   "amount|1,09 млрд долл.|USD 1090000000; "
			   "amount|508 млн долларов США|USD 508000000; "
			   "amount|7,4 трлн российских рублей|RUB 7400000000000");
	check_scan("Импорт вырос в 1,3 раза, более чем в 2 раза, на 3,5 процента и на 2,3 п.п.; "
			   "кредиты на сумму до $10 млн, не менее 350 тыс. евро, около 100 млрд тенге, "
			   "13,9 млн белорусских рублей, 2,3 трлн сумов. В России бюджет составил 5 млрд рублей.", false,
			   "ratio|1,3 раза|1.3; ratio|2 раза|2|more_than; percent|3,5 процента|3.5; percent|2,3 п.п.|2.3; "
			   "amount|$10 млн|USD 10000000|at_most; amount|350 тыс. евро|EUR 350000|at_least; "
			   "amount|100 млрд тенге|KZT 100000000000|approx; amount|13,9 млн белорусских рублей|BYN 13900000; "
			   "amount|2,3 трлн сумов|UZS 2300000000000; amount|5 млрд рублей|RUB 5000000000");
	/* "до" after a verb of change is "to"; "сумма" is no form of the sum; "34 %" */
	check_scan("Экспорт вырос до 5 млн долларов, сумма 3 млн; доля 34 %.", false,
			   "amount|5 млн долларов|USD 5000000; percent|34 %|34");
	/* Russian months in their case forms, runs of them, days; a year in a name is none */
	check_scan("В январе-октябре 2021 года экспорт вырос, 14 октября 2022 года подписан договор, "
			   "в мае и в декабре 2020 г. тоже; «Иннопром-2023» прошел.", false,
			   "period|январе-октябре 2021 года|2021-01/2021-10; period|14 октября 2022 года|2022-10-14; "
			   "period|мае|2022-05; period|декабре 2020 г.|2020-12");
	check_scan("В январе-августе экспорт вырос.", true, "period|январе-августе|2022-01/2022-08");
	/* quarters, halves and counts of months; years of the time of writing */
	check_scan("В I квартале 2023 года, в первом полугодии 2022 года, за 9 месяцев 2023 г., "
			   "за девять месяцев 2021 года, за три квартала 2022 года и во втором полугодии.", false,
			   "period|I квартале 2023 года|2023-Q1; period|первом полугодии 2022 года|2022-H1; "
			   "period|9 месяцев 2023 г.|2023-01/2023-09; period|девять месяцев 2021 года|2021-01/2021-09; "
			   "period|три квартала 2022 года|2022-01/2022-09; period|втором полугодии|2022-H2");
	/* ratios in words */
	check_scan("Экспорт вырос почти вдвое, импорт - в полтора раза, поставки удвоились, "
			   "выпуск вырос в два раза, а рост был двукратным; втрое больше.", false,
			   "ratio|вдвое|2|approx; ratio|полтора раза|1.5; ratio|удвоились|2; ratio|два раза|2; "
			   "ratio|двукратным|2; ratio|втрое|3");
	/* modifiers: "с", "к", "до", "в конце"; "с ... по" is a run */
	check_scan("С 2015 года торговля выросла, к 2025 году вырастет, до 2030 года сохранится, "
			   "в конце 2022 года упала, с начала года выросла, с января по октябрь 2021 года тоже.", true,
			   "period|С 2015 года|2015 ON_OR_AFTER; period|к 2025 году|2025 ON_OR_BEFORE; "
			   "period|до 2030 года|2030 ON_OR_BEFORE; period|конце 2022 года|2022 END; "
			   "period|с начала года|2022 ON_OR_AFTER; period|с января по октябрь 2021 года|2021-01/2021-10");
	check_scan("В текущем году и в прошлом году, за январь-август текущего года.", true,
			   "period|текущем году|2022; period|прошлом году|2021; "
			   "period|январь-август текущего года|2022-01/2022-08");
	/* digits grouped by spaces before Russian words; a four-digit year is no group */
	check_scan("Зарплата составила 1 200 000 тенге, а в 2021 150 000 сумов и 1 234,5 млн рублей в России.", false,
			   "amount|1 200 000 тенге|KZT 1200000; period|2021|2021; amount|150 000 сумов|UZS 150000; "
			   "amount|1 234,5 млн рублей|RUB 1234500000");
	/* amounts in words; ranges with "от ... до"; "до" some words after a verb of change */
	check_scan("Проект стоит полмиллиарда долларов, второй - полтора миллиарда евро, третий - миллиард рублей в России; "
			   "ставка от 5 до 7%, кредиты от 10 до 15 млн долларов; довести товарооборот до 1 млрд долларов, "
			   "импорт сократился в 1,8 раза, до 120 млн лари; кредиты до 2 млн евро.", false,
			   "amount|полмиллиарда долларов|USD 500000000; amount|полтора миллиарда евро|EUR 1500000000; "
			   "amount|миллиард рублей|RUB 1000000000; percent|5 до 7%|5; amount|10 до 15 млн долларов|USD 10000000; "
			   "amount|1 млрд долларов|USD 1000000000; ratio|1,8 раза|1.8; amount|120 млн лари|GEL 120000000; "
			   "amount|2 млн евро|EUR 2000000|at_most");
	/* a number in words counts only before a scale word */
	check_scan("Два проекта и миллионы людей; к заветному миллиарду.", false, "");
	/* "на" before a day is "as of", before a year "for"; the same period; decades; "годом ранее" */
	check_scan("На 1 января 2024 года долг вырос, на конец 2022 года упал, план на 2024 год; в I квартале 2023 года "
			   "выросли по сравнению с аналогичным периодом прошлого года, в 2010-е годы и в 2020-х.", false,
			   "period|На 1 января 2024 года|2024-01-01 ON_OR_BEFORE; period|на конец 2022 года|2022 ON_OR_BEFORE; "
			   "period|2024 год|2024; period|I квартале 2023 года|2023-Q1; "
			   "period|аналогичным периодом прошлого года|2022-Q1; period|2010-е годы|201X; period|2020-х|202X");
	/* words of the writer's present count from the year the text speaks of (ANNOTATION-ru.md) */
	check_scan("В 2023 году экспорт вырос, годом ранее упал, а в позапрошлом году рос.", true,
			   "period|2023 году|2023; period|годом ранее|2022; period|позапрошлом году|2021");
	/* bare roubles in a text on Belarus, named in Russian in another sentence */
	check_scan("Беларусь наращивает экспорт. Зарплата составила 1 900 рублей.", false,
			   "amount|1 900 рублей|BYN 1900");
	check_scan("since mid mid 2021 and mid mid mid mid 2022", false,
			   "period|since mid mid 2021|2021 ON_OR_AFTER; period|mid mid mid 2022|2022 MID");
}

static void
count_progress(size_t pos, void *arg)
{
	size_t	   *last = arg;

	if (pos < last[0] || pos - last[0] > EC_SCAN_PROGRESS_BYTES + EC_SCAN_WINDOW)
		last[1]++;				/* a step back, or too long a silence */
	last[0] = pos;
	last[2]++;
}

static void
ignore_mention(const EcMention *m, void *arg)
{
}

/*
 * Progress is reported at least every EC_SCAN_PROGRESS_BYTES, whatever the
 * text: one long word, one long number, a run of words.
 */
void
test_scan_progress(void)
{
	static const char *const units[] = {"a", "7", "1,000", " ", "the ", "mid ", "B", "1% "};
	size_t		n = 1024 * 1024;
	char	   *text = malloc(n);

	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++)
	{
		size_t		len = strlen(units[u]);
		size_t		last[3] = {0, 0, 0};	/* position, faults, calls */
		EcScanHooks hooks = {ignore_mention, NULL, count_progress, last};

		for (size_t i = 0; i + len <= n; i += len)
			memcpy(text + i, units[u], len);
		ec_scan(text, n - n % len, &hooks);
		CHECK(last[1] == 0 && last[2] >= n / EC_SCAN_PROGRESS_BYTES - 1 &&
			  n - n % len - last[0] <= EC_SCAN_PROGRESS_BYTES + EC_SCAN_WINDOW,
			  "1 MB of \"%s\": progress reported %zu times, %zu gaps too long, the last at %zu",
			  units[u], last[2], last[1], last[0]);
	}
	free(text);
}
