--
-- extract_mentions: what it finds in a text, where, and how it normalises it
--
SET datestyle = ISO;

-- the four kinds, with qualifiers, ranges, numbers in words and context
SELECT kind, text, char_start, char_end, amount, amount_high, period, number,
	number_high, qualifier, points, context
FROM extract_mentions(
	'In January-October 2021 mutual trade grew by 27 per cent, to more than $900 million. '
	'In January-August the figure was $2-3 billion, almost 1.5 times the level of '
	'last year. Exports reached half a billion dollars and ten million dollars in '
	'2022-2023, up 2.3 percentage points; imports fell by 48 to 78 per cent and '
	'doubled since 2012. Trade turnover came close to the mark of Br200 million by '
	'the end of 2021, some 20-25% above the same period last year.');

-- the span always reads back to the text
SELECT count(*) AS mentions, bool_and(substr(t, char_start, char_end - char_start) = text) AS spans_match
FROM (VALUES ('Цена выросла на 5% – до €3.2 bn в 2021 году, a «first half of 2022» of 4.7 times.')) v(t),
	extract_mentions(t);

-- year-less and relative periods: from the text before, else the anchor, else NULL
SELECT text, period, context FROM extract_mentions('In January-August trade grew; last year it fell.');
SELECT text, period, context FROM extract_mentions('In January-August trade grew; last year it fell.', date '2022-05-01');
SELECT text, period, context FROM extract_mentions('This [2021] year, in the first half, and the same period of 2020.');
-- the anchor is the date of writing: deictic words count from it, anaphoric
-- ones from the year the text has just named
SELECT text, period FROM extract_mentions(
	'In 2023 exports grew by 32%; this year, as last year, they grow, and in '
	'January-March of this year they rose 5% on the same period of last year; '
	'a year earlier, in 2022, and the year before they fell.', date '2024-03-14');
SELECT text, period FROM extract_mentions(
	'In 2023 exports grew by 32%; this year, as last year, they grow.');
-- months count from the month of writing, or from the month just named
SELECT text, period, context FROM extract_mentions(
	'Exports fell 3% last month and grew this spring; in January they rose 2% '
	'after a fall the previous month, and a year prior, in 2023, they rose.', date '2024-03-14');
SELECT text, period FROM extract_mentions('Exports fell 3% last month.');

-- spans, runs of quarters and days, fiscal and reporting codes
SELECT text, period FROM extract_mentions(
	'Trade grew between 2019 and 2023 and between March 2013 and December 2014; '
	'output rose in Q1-Q3 2023, in FY2023, 1H2024, 1Q24 and 9M2024 (5% y/y); '
	'the forum met October 17 to 18, 2023; in the year to December 31, 2016 it fell.');

-- a year after "in" ends no range; a minus sign touching a percentage is kept
SELECT kind, text, number, number_high, period FROM extract_mentions(
	'Growth slowed from 2.4% in 2026 to 0.9%; exports fell by -1.7 percent, '
	'a change of -2.2 percentage points, against 20-25% in COVID-19 times.');

-- percentage points as the wires shorten them; "pct" is per cent
SELECT text, number, points FROM extract_mentions(
	'Inflation fell 1.5 ppt to 6.1 pct, unemployment 0.4 pp, the rate 2 percent points '
	'and the share 3 pct points; 120 PP is no unit.');

-- bare manat, as bare roubles: the country the sentence names
SELECT text, amount FROM extract_mentions(
	'Turkmenistan budgeted 20 billion manat. Azerbaijan spent 3 billion manat.');

-- a decimal comma in figures of translated text; three digits after a comma are thousands
SELECT kind, text, amount, number FROM extract_mentions(
	'The share reached 36,3%, turnover grew 3,4 times to $0,5 million; 1,234% and 1,500 tonnes.');

-- points as thousands separators (two groups or more), a scale after a hyphen
SELECT kind, text, amount FROM extract_mentions(
	'A $500-million loan, $31.866.000 in grants and 8.395.6 million dollars; $31.866 a share; 1.2.3.');

-- a year right before an amount is a period; "and" makes a range after "between"
SELECT kind, text, amount, amount_high, period, number, number_high
FROM extract_mentions(
	'In 2021 $900 million was invested, in 2020 €3 billion, in 2021 USD 5 million and '
	'in 2019 RUB 40 billion; between $1 and $2 billion, between 20 and 25 per cent.');

-- what is not a mention: counts, names, durations, verbs
SELECT count(*) AS none FROM extract_mentions(
	'The 30th anniversary, Decree No. 2021, the KazAgro-2022 forum, for 9 years, '
	'the past three years, it may be signed, 120 enterprises and a "double degree".');

-- NULL in, nothing out; marked as the contract says
SELECT count(*) FROM extract_mentions(NULL);
SELECT provolatile, proparallel, proisstrict, proretset, prorows
FROM pg_proc WHERE proname = 'extract_mentions';

-- on any table
CREATE TABLE notes (id int, body text);
INSERT INTO notes VALUES (1, 'Sales of $1.5 million in Q1 2022.'), (2, 'Up 4.3% since 2019.'), (3, NULL);
SELECT n.id, m.kind, m.text FROM notes n, extract_mentions(n.body) m ORDER BY n.id, m.char_start;
