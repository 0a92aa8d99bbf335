-- Adversarial input: random and hostile text through the input functions of
-- currency_amount and reporting_period, parse_period() and extract_mentions(),
-- and malformed bytes through the binary receive functions.  Every input
-- gives a value or an error with a proper SQLSTATE (class 22, data
-- exception, or 54000, program limit exceeded): never a crash, never XX000.
-- extract_mentions() scans arbitrary text: it never fails, and what it finds
-- holds its contract (the span reads back to the text, values read back).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION econtext;
SELECT no_plan();

SELECT is(current_setting('server_encoding'), 'UTF8',
	'the database is UTF-8, as the Unicode inputs below need');

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

-- The probes every text input goes through.
CREATE TEMP TABLE probes (probe text PRIMARY KEY);
INSERT INTO probes VALUES ('currency_amount'), ('reporting_period'),
	('parse_period'), ('parse_period@2021'), ('extract_mentions'),
	('extract_mentions@2021'), ('extract_facts'), ('extract_facts@2021');

-- What one probe makes of one input: state 'ok' and the value as text, or
-- the error's SQLSTATE.  For extract_mentions the value is what it found
-- (kind, value, high value of each row, in text order) and bad counts the
-- rows that break its contract: a span that does not read back to the row's
-- text, an amount or period whose text does not read back to it.  For the
-- types, bad is 1 when the value's canonical text does not read back to it.
CREATE FUNCTION pg_temp.attempt(probe text, input text,
	OUT state text, OUT value text, OUT bad int)
LANGUAGE plpgsql AS $$
DECLARE
	anchor date := CASE WHEN probe LIKE '%@2021' THEN date '2021-06-15' END;
	bytes bytea;
BEGIN
	bad := 0;
	BEGIN
		CASE probe
		WHEN 'currency_amount' THEN
			value := input::currency_amount::text;
		WHEN 'reporting_period' THEN
			value := input::reporting_period::text;
		WHEN 'parse_period', 'parse_period@2021' THEN
			value := parse_period(input, anchor)::text;
		WHEN 'extract_mentions', 'extract_mentions@2021' THEN
			-- substr() counts characters from the start at every call: on a
			-- long ASCII input, cut the bytes instead
			IF octet_length(input) = length(input) THEN
				bytes := convert_to(input, 'UTF8');
			END IF;
			SELECT coalesce(string_agg(format('%s %s %s', m.kind,
						coalesce(m.amount::text, m.period::text, m.number::text, '-'),
						coalesce(m.amount_high::text, m.number_high::text, '-')),
					'; ' ORDER BY m.char_start, m.char_end), ''),
				count(*) FILTER (WHERE NOT (
					m.char_start >= 1 AND m.char_end >= m.char_start
					AND coalesce(convert_from(substring(bytes FROM m.char_start FOR m.char_end - m.char_start), 'UTF8'),
						substr(input, m.char_start, m.char_end - m.char_start)) = m.text
					AND (m.amount IS NULL OR m.amount::text::currency_amount = m.amount)
					AND (m.amount_high IS NULL OR m.amount_high::text::currency_amount = m.amount_high)
					AND (m.period IS NULL OR m.period::text::reporting_period = m.period)))
			INTO value, bad
			FROM extract_mentions(input, anchor) m;
		WHEN 'extract_facts', 'extract_facts@2021' THEN
			IF octet_length(input) = length(input) THEN
				bytes := convert_to(input, 'UTF8');
			END IF;
			SELECT coalesce(string_agg(format('%s %s %s %s', f.kind, f.indicator, f.places,
						coalesce(f.period::text, '-')), '; ' ORDER BY f.char_start), ''),
				count(*) FILTER (WHERE NOT (
					f.char_start >= 1 AND f.char_end > f.char_start AND f.sentence >= 1
					AND f.kind IN ('amount', 'percent', 'ratio')
					AND coalesce(convert_from(substring(bytes FROM f.char_start FOR f.char_end - f.char_start), 'UTF8'),
						substr(input, f.char_start, f.char_end - f.char_start)) = f.text
					AND (f.period IS NULL OR f.period::text::reporting_period = f.period)))
			INTO value, bad
			FROM extract_facts(input, anchor) f;
		END CASE;
		state := 'ok';
	EXCEPTION WHEN OTHERS THEN
		state := SQLSTATE;
		value := NULL;
		RETURN;
	END;
	-- a value of a type must read back to itself
	BEGIN
		IF probe = 'currency_amount' THEN
			bad := (value::currency_amount::text IS DISTINCT FROM value)::int;
		ELSIF probe LIKE '%period%' THEN
			bad := (value::reporting_period::text IS DISTINCT FROM value)::int;
		END IF;
	EXCEPTION WHEN OTHERS THEN
		bad := 1;
	END;
END $$;

-- An input as a short, printable label for the lists of failures.
CREATE FUNCTION pg_temp.label(input text) RETURNS text
LANGUAGE sql AS $$
	SELECT string_agg(CASE WHEN ascii(c) BETWEEN 32 AND 126 THEN c
		ELSE format('<U+%s>', upper(lpad(to_hex(ascii(c)), 4, '0'))) END, '' ORDER BY n)
		|| CASE WHEN length(input) > 60 THEN format('... (%s characters)', length(input)) ELSE '' END
	FROM regexp_split_to_table(left(input, 60), '') WITH ORDINALITY AS t(c, n)
$$;

-- An acceptable outcome of a type's input: a value, a data exception or a
-- program limit.
CREATE FUNCTION pg_temp.acceptable(state text) RETURNS boolean
LANGUAGE sql AS $$ SELECT state = 'ok' OR state LIKE '22___' OR state = '54000' $$;

-- A random code point: 'uniform' over all of Unicode but the surrogates;
-- 'mixed' mostly ASCII (controls included), some Latin-1, the rest of the
-- BMP and the astral planes.  Never 0: NUL cannot be in a text.
CREATE FUNCTION pg_temp.random_code_point(flavour text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	r float8 := random();
	cp int;
BEGIN
	IF flavour = 'uniform' THEN
		cp := 1 + floor(random() * (1114111 - 2048))::int;
	ELSIF r < 0.6 THEN
		cp := 1 + floor(random() * 127)::int;
	ELSIF r < 0.75 THEN
		cp := 128 + floor(random() * 1920)::int;
	ELSIF r < 0.95 THEN
		cp := 2048 + floor(random() * (65534 - 2048 - 2048))::int;
	ELSE
		cp := 65536 + floor(random() * (1114111 - 65536))::int;
	END IF;
	-- past the surrogates U+D800..U+DFFF, which are no characters
	IF cp >= 55296 AND (flavour = 'uniform' OR cp < 65536) THEN
		cp := cp + 2048;
	END IF;
	RETURN cp;
END $$;

-- A string of n random code points.
CREATE FUNCTION pg_temp.random_text(flavour text, n int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	s text := '';
BEGIN
	FOR i IN 1..n LOOP
		s := s || chr(pg_temp.random_code_point(flavour));
	END LOOP;
	RETURN s;
END $$;

-- A random element of an array.
CREATE FUNCTION pg_temp.pick(a text[]) RETURNS text
LANGUAGE sql AS $$ SELECT a[1 + floor(random() * array_length(a, 1))::int] $$;

SELECT setseed(0.20211028);

-- ---------------------------------------------------------------------------
-- The inputs, by class
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE inputs (id serial PRIMARY KEY, class text, input text);

-- edge: empty and lone symbols, a megabyte of digits, 10^40 dollars, the
-- limits of the types' ranges
INSERT INTO inputs (class, input)
SELECT 'edge', i FROM unnest(ARRAY[
	'', ' ', E'\t\n', repeat(' ', 1000000), '$', '-', '+', '.', ',', '%', '[', ']', '€',
	'US$', 'USD', 'million', 'the', 'of',
	repeat('9', 1000000),
	'$' || repeat('9', 1000000),
	'$' || repeat('9', 1000000) || ' million',
	'USD ' || repeat('9', 1000000),
	repeat('9', 1000000) || ' US dollars',
	'$0.' || repeat('9', 1000000),
	'$0.' || repeat('0', 1000000) || '1',
	repeat('0', 1000000) || '2021',
	'$1' || repeat('0', 40),
	'$1e40',
	'USD 10000000000000000000000000000000000000000 billion',
	'-$1' || repeat('0', 40),
	'$1' || repeat('0', 28), '$' || repeat('9', 28), '-$' || repeat('9', 28),
	'USD 9999999999999999999999999999.99999999995',
	'USD -9999999999999999999999999999.99999999995',
	'USD 9999999999999999999999999999.99999999994',
	'$9999999999999999999 billion', '$9999999999999999999.9999999999 billion',
	'$10000000000000000 trillion', '$0.00000000005', '$0.00000000005 billion',
	'$1 ' || repeat('trillion ', 10), '$1.5 trillion trillion', 'a thousand thousand dollars',
	'USD 1e6', 'USD 1E+40', 'USD 0x10', 'USD NaN', 'USD Infinity', 'USD -Infinity',
	'$.5', '$.', '$,', '$1,', '$,000', 'USD -', 'USD +-5', '--5 USD', '−−5 USD', '$$5', '€$5',
	'0000', '0001', '9999', '10000', '-2021', '9999-Q4', '9999-12-31', '0001-01-01',
	'0000-12-31', '10000-01-01', '2021-02-29', '2020-02-29', '2021-00', '2021-13',
	'2021-Q0', '2021-H0', '0000-Q1', 'the 0000s', 'the 9990s', '999X', '000X', 'winter 9999',
	'winter 0', 'December 9999 - February 10000', '2021-2021', '9999-10000',
	'2147483647', '2147483648-Q1', '-2147483648', '4294967296', '9999999 years ago',
	'0 years ago', '2147483647 years ago', 'this [99999] year', '[2021', '[[2021]]',
	'February 29, 2100', 'February 29, 2000', '31 April 2021', '0 January 2021',
	'32 January 2021', 'January 2147483648', '99999999999999999999 January 2021',
	'2021-09-2147483648', '2021-10-28/2021-10-27', '2021-10-28/9999-12-31', '0001-01/9999-12'
]) i;

-- garbage: random code points (reproducible: setseed above)
INSERT INTO inputs (class, input)
SELECT 'garbage, uniform code points', pg_temp.random_text('uniform', 1 + (g % 64))
FROM generate_series(1, 1000) g;
INSERT INTO inputs (class, input)
SELECT 'garbage, mostly ASCII', pg_temp.random_text('mixed', 1 + (g % 80))
FROM generate_series(1, 1000) g;

-- garbage: random strings of the parsers' own vocabulary, joined by random
-- separators, with a random code point now and then
CREATE TEMP TABLE vocabulary AS SELECT ARRAY[
	'$', '€', '£', '₽', '₸', 'US$', 'Br', 'USD', 'EUR', 'RUB', 'BYN', 'usd', 'XYZ', 'KZT',
	'million', 'mln', 'mn', 'm', 'bn', 'b', 'billion', 'trillion', 'tn', 'thousand', 'k',
	'dollars', 'US dollars', 'euros', 'roubles', 'Russian rubles', 'Belarusian roubles',
	'tenge', 'yuan', 'per cent', 'percent', '%', 'times', 'fold', 'percentage points',
	'half', 'a', 'an', 'one', 'two', 'three', 'nine', 'ten', 'twelve', 'twenty', 'ninety',
	'hundred', 'and', 'first', 'second', 'third', 'fourth', 'last', '1st', 'I', 'IV',
	'quarter', 'quarters', 'Q1', 'Q4', 'Q5', 'H1', 'H2', 'H3', '1Q', '9M', 'month',
	'months', 'of', 'the', 'year', 'years', 'ago', 'this', 'next', 'previous', 'same',
	'period', 'since', 'until', 'by', 'end', 'beginning', 'start', 'middle', 'early',
	'mid', 'mid-', 'late', 'up to', 'as of', 'before', 'after', 'half-year', 'decade',
	'January', 'Feb', 'Sept.', 'October', 'December', 'spring', 'summer', 'autumn',
	'winter', '2021', '2020', '1999', '2100', '9999', '0000', '0001', '10000', '202X',
	'2020s', '[2021]', '[', ']', '(', ')', '0', '1', '5', '7', '28', '29', '31', '32',
	'900', '1.5', '.5', '1,250.50', '1,25', '1e40', '-', '–', '—', '−', '‐', '/', '.',
	',', ';', ':', 'to', 'till', 'through', 'from', 'between', 'up', 'down', 'by',
	'grew', 'fell', 'Decree No.', '№', E'\u00a0', E'\u2009', E'\u3000', E'\u200b', E'\ufeff', E'\u200f'
] AS words;
CREATE FUNCTION pg_temp.vocabulary_text(n int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	words text[] := (SELECT words FROM vocabulary);
	s text := '';
BEGIN
	FOR i IN 1..n LOOP
		s := s || CASE WHEN random() < 0.05 THEN chr(pg_temp.random_code_point('mixed'))
			ELSE pg_temp.pick(words) END
			|| pg_temp.pick(ARRAY[' ', ' ', ' ', '', '-', ' - ', ' ', ' ', '–', ', ']);
	END LOOP;
	RETURN s;
END $$;
INSERT INTO inputs (class, input)
SELECT 'garbage, vocabulary', pg_temp.vocabulary_text(1 + g % 12)
FROM generate_series(1, 2000) g;

-- mutants: valid inputs with random characters inserted, deleted, replaced
-- or a slice doubled, one to three times
CREATE TEMP TABLE seeds AS SELECT ARRAY[
	'$900 million', 'US$900m', 'USD 900 million', '900 million US dollars', 'Br200 million',
	'€3.2 bn', '1,250.50 EUR', '$1.5 trillion', 'half a billion dollars',
	'two hundred and fifty thousand euros', 'twenty-five million Kazakh tenge', '-$5',
	'USD -0.25', '2021', '2021-2025', '2021/2025', 'first half of 2021', 'H1 2021', '2021-H1',
	'first quarter of 2022', '2022-Q1', 'January-October 2021', 'Jan-Oct 2021',
	'2021-01/2021-10', 'December 2021 - February 2022', 'first nine months of 2023',
	'9M 2023', 'November 2021', '7 September 2021', 'September 7, 2021', '2021-09-07',
	'28-29 October 2021', '2021-10-28/2021-10-29', 'the 2020s', '202X', 'winter 2021',
	'mid-November 2020', 'by the end of 2021', 'since 2012', 'this [2021] year',
	'the half-year [2023]', 'last year', 'two years ago', 'January-August',
	'the same period of last year', '2020-12-H2', '2012 ON_OR_AFTER',
	'In January-October 2021 mutual trade grew by 27 per cent, to more than $900 million.',
	'some 20-25% above the same period last year', 'almost 1.5 times the level of 2020',
	'up 2.3 percentage points; imports fell by 48 to 78 per cent'
] AS forms;
CREATE FUNCTION pg_temp.mutate(s text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	p int;
	q int;
BEGIN
	FOR i IN 0..floor(random() * 3)::int LOOP
		p := 1 + floor(random() * (length(s) + 1))::int;
		q := p + floor(random() * 6)::int;
		CASE floor(random() * 5)::int
		WHEN 0 THEN s := overlay(s PLACING chr(pg_temp.random_code_point('mixed')) FROM p FOR 0);
		WHEN 1 THEN s := overlay(s PLACING '' FROM p FOR 1 + floor(random() * 3)::int);
		WHEN 2 THEN s := overlay(s PLACING chr(pg_temp.random_code_point('mixed')) FROM p FOR 1);
		WHEN 3 THEN s := overlay(s PLACING repeat(substr(s, p, q - p + 1), 2 + floor(random() * 50)::int) FROM p FOR q - p + 1);
		ELSE s := substr(s, p) || substr(s, 1, p - 1);
		END CASE;
	END LOOP;
	RETURN s;
END $$;
INSERT INTO inputs (class, input)
SELECT 'mutants of valid inputs', pg_temp.mutate(s.forms[1 + (g % array_length(s.forms, 1))])
FROM generate_series(1, 2000) g, seeds s;

-- long runs of words: ranges, modifiers, number words, scale words; and
-- runs of "the", "by", "from", "an", each of which leaves it to the word
-- after it whether a mention may start there: extract_mentions once asked
-- the next word recursively, and a run of 100000 of them crashed the server
-- (SIGSEGV, stack overflow in core/scan.c, may_start)
INSERT INTO inputs (class, input)
SELECT 'long runs of words', i FROM unnest(ARRAY[
	repeat('by ', 100000) || '2025',
	repeat('from ', 100000) || '2012',
	repeat('an ', 100000) || 'increase of 5%',
	repeat('the by from an ', 50000) || 'year',
	repeat('the ', 100000) || 'bananas',
	repeat('The ', 100000) || 'first half of 2021',
	repeat('January-', 100000) || 'October 2021',
	repeat('January - ', 100000) || 'October 2021',
	repeat('January to ', 50000) || 'October 2021',
	repeat('2021-', 100000) || '2025',
	repeat('2021/', 100000) || '2025',
	repeat('28-', 100000) || '29 October 2021',
	repeat('December 2021 - ', 50000) || 'February 2022',
	repeat('half of ', 50000) || '2021',
	repeat('the first ', 50000) || 'half of 2021',
	repeat('first half of ', 50000) || '2021',
	repeat('the ', 100000) || '2021',
	repeat(E'the\u00a0', 100000) || '2021',
	repeat('since ', 100000) || '2012',
	repeat('early ', 100000) || '2021',
	repeat('mid-', 100000) || 'November 2020',
	repeat('by the end of ', 50000) || '2021',
	repeat('the same period of ', 50000) || 'last year',
	repeat('last ', 100000) || 'year',
	'the first ' || repeat('nine ', 100000) || 'months of 2023',
	repeat('this ', 100000) || '[2021] year',
	repeat('[2021] ', 100000),
	repeat('one hundred ', 100000) || 'dollars',
	'$1 ' || repeat('million ', 100000),
	'$' || repeat('1 ', 100000) || 'million',
	repeat('half a ', 100000) || 'billion dollars',
	'one' || repeat(' and a half', 100000) || ' billion dollars',
	repeat('twenty-', 100000) || 'five million dollars',
	repeat('ninety-nine thousand nine hundred and ', 20000) || 'ninety-nine dollars',
	repeat('USD ', 100000) || '5',
	repeat('$', 100000) || '5',
	'5' || repeat(' dollars', 100000),
	repeat('$5 million, ', 50000),
	repeat('27 per cent ', 50000),
	repeat('1.5 times ', 50000),
	repeat('2021 ', 100000),
	repeat('In January-October 2021 mutual trade grew by 27 per cent, to more than $900 million. ', 5000),
	repeat('$2-3 billion, ', 50000),
	repeat('20-25%, ', 50000),
	repeat('January ', 100000)
]) i;

-- deeply repeated separators
INSERT INTO inputs (class, input)
SELECT 'repeated separators', i FROM unnest(ARRAY[
	repeat('-', 1000000), repeat('—', 300000), repeat('−', 300000), repeat('/', 1000000),
	repeat('.', 1000000), repeat(',', 1000000), repeat('%', 1000000), repeat(' ', 300000),
	'$1' || repeat(',000', 200000),
	'$1' || repeat(',', 200000) || '000',
	'$1' || repeat('.', 200000) || '5',
	'$1' || repeat('.5', 200000),
	'2021' || repeat('-', 200000) || '2025',
	'2021' || repeat(' - ', 200000) || '2025',
	'2021' || repeat('/', 200000) || '2025',
	'January' || repeat('-', 200000) || 'October 2021',
	'January' || repeat(' ', 200000) || 'October 2021',
	'$5' || repeat(' ', 200000) || 'million',
	'$5' || repeat(chr(160), 200000) || 'million',
	'$5' || repeat(chr(8201), 200000) || 'million',
	'USD' || repeat(' ', 1000000) || '5',
	repeat('[', 200000) || '2021' || repeat(']', 200000),
	repeat('(', 200000) || '2021' || repeat(')', 200000),
	repeat('-', 200000) || '$5',
	repeat('+', 200000) || '$5',
	'20' || repeat('-', 200000) || '25%',
	'27' || repeat(' ', 200000) || 'per' || repeat(' ', 200000) || 'cent',
	repeat('- ', 300000), repeat(' -', 300000), repeat('-–—', 100000), repeat(', ', 300000),
	repeat(E'\n', 1000000), repeat(E'\t', 1000000)
]) i;

-- every Unicode dash in place of the hyphen of valid inputs; which of them the
-- parsers take for a dash (README: "any of - ‐ – — − for dashes") is recorded
-- below, with the value
CREATE TEMP TABLE dash_chars AS
SELECT cp FROM unnest(ARRAY[x'2010', x'2011', x'2012', x'2013', x'2014', x'2015', x'2212',
	x'FE58', x'FE63', x'FF0D', x'2E3A', x'2E3B']::int[]) cp;
-- takes: which dashes stand for the hyphen there: 'dash' (U+2010..U+2015
-- and U+2212, as a range dash), 'minus' (U+2212 only, as a sign), 'hyphen'
-- (the ASCII hyphen only: ISO 8601 forms, half-year, mid-)
CREATE TEMP TABLE dash_templates (template text, takes text);
INSERT INTO dash_templates VALUES
	('January-October 2021', 'dash'), ('January - October 2021', 'dash'),
	('Jan-Oct 2021', 'dash'), ('2021-2025', 'dash'), ('2021 - 2025', 'dash'),
	('28-29 October 2021', 'dash'), ('October 28-29, 2021', 'dash'),
	('28 October - 2 November 2021', 'dash'), ('December 2021 - February 2022', 'dash'),
	('twenty-five million dollars', 'dash'), ('$2-3 billion', 'dash'), ('20-25%', 'dash'),
	('48-78 per cent', 'dash'), ('-$5', 'minus'), ('USD -0.25', 'minus'), ('-5 EUR', 'minus'),
	('2022-Q1', 'hyphen'), ('2021-H1', 'hyphen'), ('2020-12-H2', 'hyphen'),
	('2021-09-07', 'hyphen'), ('2021-11', 'hyphen'), ('2021-01/2021-10', 'hyphen'),
	('mid-November 2020', 'hyphen'), ('half-year 2023', 'hyphen');
CREATE TEMP TABLE dash_variants AS
SELECT t.template, t.takes, c.cp,
	CASE t.takes WHEN 'dash' THEN c.cp BETWEEN x'2010'::int AND x'2015'::int OR c.cp = x'2212'::int
		WHEN 'minus' THEN c.cp = x'2212'::int ELSE false END AS taken,
	replace(t.template, '-', chr(c.cp)) AS input
FROM dash_templates t, dash_chars c;
INSERT INTO inputs (class, input) SELECT 'Unicode dashes', input FROM dash_variants;

-- every Unicode space in place of the spaces of valid inputs, one or all of
-- them, and around them; the parsers take U+00A0, U+2000..U+200A, U+202F,
-- U+205F and U+3000 (and ASCII white space) for white space, not U+1680,
-- U+0085, U+2028, U+2029 nor the zero-width U+200B and U+FEFF
CREATE TEMP TABLE space_chars AS
SELECT cp FROM unnest(ARRAY[x'A0', x'1680', x'2000', x'2001', x'2002', x'2003', x'2004',
	x'2005', x'2006', x'2007', x'2008', x'2009', x'200A', x'202F', x'205F', x'3000',
	x'200B', x'FEFF', x'85', x'2028', x'2029', 9, 10, 13]::int[]) cp;
CREATE TEMP TABLE space_templates (template text);
INSERT INTO space_templates VALUES ('$5 million'), ('USD 900 million'),
	('900 million US dollars'), ('two hundred and fifty thousand euros'), ('US$ 1.2 BN'),
	('27 per cent'), ('1.5 times'), ('2.3 percentage points'), ('January-October 2021'),
	('January - October 2021'), ('2021 - 2025'), ('first half of 2021'), ('7 September 2021'),
	('Q1 2022'), ('since 2012'), ('the first quarter of this [2019]');
CREATE TEMP TABLE space_variants AS
SELECT t.template, c.cp, v.how,
	c.cp IN (9, 10, 13, 160, 8239, 8287, 12288) OR c.cp BETWEEN 8192 AND 8202 AS taken,
	CASE v.how WHEN 'all' THEN replace(t.template, ' ', chr(c.cp))
		WHEN 'first' THEN regexp_replace(t.template, ' ', chr(c.cp))
		ELSE chr(c.cp) || t.template || chr(c.cp) END AS input
FROM space_templates t, space_chars c, unnest(ARRAY['all', 'first', 'around']) v(how);
INSERT INTO inputs (class, input) SELECT 'Unicode spaces', input FROM space_variants;

-- right-to-left marks, embeddings, overrides and isolates inside and around
-- valid inputs: none is white space, none is read as part of a value
CREATE TEMP TABLE bidi_variants AS
SELECT t.template, c.cp, v.how,
	CASE v.how WHEN 'before' THEN chr(c.cp) || t.template
		WHEN 'after' THEN t.template || chr(c.cp)
		WHEN 'around' THEN chr(c.cp) || t.template || chr(x'202C'::int)
		WHEN 'for spaces' THEN replace(t.template, ' ', chr(c.cp))
		WHEN 'beside spaces' THEN replace(t.template, ' ', ' ' || chr(c.cp))
		WHEN 'after the first character' THEN overlay(t.template PLACING chr(c.cp) FROM 2 FOR 0)
		ELSE regexp_replace(t.template, '(.)', '\1' || chr(c.cp), 'g') END AS input
FROM (VALUES ('$5 million'), ('USD 900 million'), ('January-October 2021'), ('2021-2025'),
	('27 per cent'), ('first half of 2021'), ('2022-Q1')) t(template),
	unnest(ARRAY[x'200E', x'200F', x'202A', x'202B', x'202C', x'202D', x'202E', x'2066',
		x'2067', x'2068', x'2069', x'061C']::int[]) c(cp),
	unnest(ARRAY['before', 'after', 'around', 'for spaces', 'beside spaces',
		'after the first character', 'between all characters']) v(how)
WHERE v.how NOT LIKE '%spaces' OR t.template LIKE '% %';
INSERT INTO inputs (class, input) SELECT 'bidirectional controls', input FROM bidi_variants;

-- the ASCII forms of the templates, to compare with
INSERT INTO inputs (class, input)
SELECT 'ASCII forms', template FROM dash_templates UNION SELECT 'ASCII forms', template FROM space_templates;
-- each input once in its class
DELETE FROM inputs a USING inputs b WHERE a.class = b.class AND a.input = b.input AND a.id > b.id;

-- ---------------------------------------------------------------------------
-- Every input through every probe
-- ---------------------------------------------------------------------------

CREATE TEMP TABLE results AS
SELECT i.id, p.probe, a.state, a.value, a.bad
FROM inputs i, probes p, LATERAL pg_temp.attempt(p.probe, i.input) a;
CREATE TEMP VIEW outcomes AS
SELECT i.id, i.class, i.input, r.probe, r.state, r.value, r.bad FROM inputs i JOIN results r USING (id);

SELECT diag(format('%s: %s inputs, %s attempts', class, count(DISTINCT id), count(*)))
FROM outcomes GROUP BY class ORDER BY min(id);

SELECT cmp_ok(count(DISTINCT o.id)::int, '>=', n, format('%s: at least %s inputs', c, n))
FROM (VALUES ('edge', 100), ('garbage, uniform code points', 990),
	('garbage, mostly ASCII', 990), ('garbage, vocabulary', 1900),
	('mutants of valid inputs', 1800), ('long runs of words', 45),
	('repeated separators', 33), ('Unicode dashes', 280), ('Unicode spaces', 1000),
	('bidirectional controls', 500)) v(c, n)
	LEFT JOIN outcomes o ON o.class = v.c
GROUP BY c, n ORDER BY c;

-- per class: the types give a value or a data exception; extract_mentions
-- gives rows (or none); values and mentions read back
SELECT is_empty(format($$
	SELECT probe, state, pg_temp.label(input) FROM outcomes
	WHERE class = %L AND probe NOT LIKE 'extract%%' AND NOT pg_temp.acceptable(state)$$, c),
	c || ': every input gives a value or an error of class 22 or 54000')
FROM (SELECT DISTINCT class AS c FROM inputs) x ORDER BY c;
SELECT is_empty(format($$
	SELECT probe, state, pg_temp.label(input) FROM outcomes
	WHERE class = %L AND probe LIKE 'extract%%' AND state <> 'ok'$$, c),
	c || ': extract_mentions and extract_facts never fail')
FROM (SELECT DISTINCT class AS c FROM inputs) x ORDER BY c;
SELECT is_empty(format($$
	SELECT probe, bad, pg_temp.label(input) FROM outcomes WHERE class = %L AND bad > 0$$, c),
	c || ': values read back to themselves, mention spans to their text')
FROM (SELECT DISTINCT class AS c FROM inputs) x ORDER BY c;
SELECT is_empty($$SELECT class, probe, pg_temp.label(input) FROM outcomes WHERE state = 'XX000'$$,
	'no input anywhere raises XX000 (internal_error)');

-- the SQLSTATEs are the ones the types document
SELECT set_eq($$SELECT DISTINCT state FROM results WHERE probe NOT LIKE 'extract%'$$,
	ARRAY['ok', '22P02', '22003', '22008'],
	'the type inputs answer with a value, 22P02, 22003 or 22008');

-- what the edge cases give
CREATE FUNCTION pg_temp.edge(probe text, input text) RETURNS text
LANGUAGE sql AS $$
	SELECT coalesce(value, state) FROM outcomes o
	WHERE o.class = 'edge' AND o.probe = edge.probe AND o.input = edge.input
$$;
SELECT results_eq($$
	SELECT pg_temp.edge('currency_amount', input) FROM unnest(ARRAY[
		'', '$', repeat('9', 1000000), '$' || repeat('9', 1000000),
		'$' || repeat('9', 1000000) || ' million', '$1' || repeat('0', 40), '$1e40',
		'USD 10000000000000000000000000000000000000000 billion', '$1' || repeat('0', 28),
		'USD 9999999999999999999999999999.99999999995',
		'USD -9999999999999999999999999999.99999999995',
		'USD 9999999999999999999999999999.99999999994', '-$' || repeat('9', 28),
		'$0.' || repeat('9', 1000000), '$0.' || repeat('0', 1000000) || '1',
		'$1 ' || repeat('trillion ', 10), 'USD NaN', 'USD Infinity']) WITH ORDINALITY t(input, n)
	ORDER BY n$$,
	ARRAY['22P02', '22P02', '22P02', '22003', '22003', '22003', '22P02', '22003', '22003',
		'22003', '22003', 'USD 9999999999999999999999999999.9999999999',
		'USD -9999999999999999999999999999', 'USD 1', 'USD 0', '22P02', '22P02', '22P02'],
	'currency_amount: no currency or no number (22P02); beyond 28 digits (22003); decimals round');
SELECT results_eq($$
	SELECT pg_temp.edge('reporting_period', input) FROM unnest(ARRAY[
		'', '0000', '0001', '9999', '10000', '2147483647', 'winter 9999', '9999-12-31',
		'0001-01/9999-12', 'February 29, 2100', 'January 2147483648', '2021-13',
		'32 January 2021', '2147483648-Q1', '2021-10-28/2021-10-27']) WITH ORDINALITY t(input, n)
	ORDER BY n$$,
	ARRAY['22P02', '22008', '0001', '9999', '22P02', '22P02', '22008', '9999-12-31',
		'0001-01/9999-12', '22008', '22P02', '22008', '22008', '22P02', '22P02'],
	'reporting_period: years 1 to 9999 (22008 beyond), else a syntax error (22P02)');

-- ---------------------------------------------------------------------------
-- The odd spaces and dashes: taken for white space or a dash, giving the value
-- of the ASCII form, or else rejected with 22P02 (extract_mentions: no failure)
-- ---------------------------------------------------------------------------

CREATE TEMP VIEW variant_check AS
SELECT v.class, v.template, v.how, v.cp, v.taken, o.probe, o.state, o.value,
	a.state AS ascii_state, a.value AS ascii_value
FROM (SELECT 'Unicode dashes' AS class, template, 'all' AS how, cp, taken, input FROM dash_variants
	UNION ALL
	SELECT 'Unicode spaces', template, how, cp, taken, input FROM space_variants) v
JOIN outcomes o ON o.class = v.class AND o.input = v.input
JOIN outcomes a ON a.class = 'ASCII forms' AND a.input = v.template AND a.probe = o.probe;

SELECT is_empty($$
	SELECT template, how, to_hex(cp), probe, state, value, ascii_state, ascii_value
	FROM variant_check WHERE class = 'Unicode dashes' AND taken
	AND (state, value) IS DISTINCT FROM (ascii_state, ascii_value)$$,
	'U+2010..U+2015 and U+2212 between two ends of a range, and U+2212 as a sign, give the value of the hyphen');
SELECT is_empty($$
	SELECT template, how, to_hex(cp), probe, state, value
	FROM variant_check WHERE class = 'Unicode dashes' AND NOT taken
	AND probe NOT LIKE 'extract%' AND state <> '22P02'$$,
	'any other dash is rejected with 22P02, never read as another value');
SELECT is_empty($$
	SELECT template, how, to_hex(cp), probe, state, value, ascii_state, ascii_value
	FROM variant_check WHERE class = 'Unicode spaces' AND taken
	AND (state, value) IS DISTINCT FROM (ascii_state, ascii_value)$$,
	'U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000 (and tab, LF, CR) give the value of the space');
SELECT is_empty($$
	SELECT template, how, to_hex(cp), probe, state, value
	FROM variant_check WHERE class = 'Unicode spaces' AND NOT taken
	AND probe NOT LIKE 'extract%' AND state <> '22P02'$$,
	'U+1680, U+0085, U+2028, U+2029, U+200B and U+FEFF are no white space: 22P02');
SELECT results_eq($$
	SELECT value FROM outcomes WHERE class = 'Unicode spaces' AND probe = 'extract_mentions'
	AND input = replace('27 per cent', ' ', chr(160))$$,
	ARRAY['percent 27 -'],
	'extract_mentions reads 27 per cent with no-break spaces');
SELECT is_empty($$
	SELECT b.template, b.how, to_hex(b.cp), o.probe, o.state, o.value
	FROM bidi_variants b JOIN outcomes o ON o.class = 'bidirectional controls' AND o.input = b.input
	WHERE o.probe NOT LIKE 'extract%' AND o.state <> '22P02'$$,
	'bidirectional controls anywhere in a value are rejected with 22P02');

-- ---------------------------------------------------------------------------
-- extract_mentions over all the garbage at once, and parse_period and
-- extract_mentions at the ends of the calendar
-- ---------------------------------------------------------------------------

SELECT lives_ok($$
	SELECT count(*) FROM inputs i, extract_mentions(i.input) m
	WHERE i.class LIKE 'garbage%' OR i.class LIKE 'mutants%'$$,
	'extract_mentions over every garbage input in one query');
SELECT lives_ok($$
	SELECT count(*) FROM (SELECT array_agg(input ORDER BY id) AS parts FROM inputs
		WHERE class LIKE 'garbage%' OR class LIKE 'mutants%') x, extract_document_facts(x.parts) f$$,
	'extract_document_facts over every garbage input as the parts of one document');
-- all of it as one text; the byte offset of every character, to check the
-- spans without counting characters from the start for each of them
CREATE TEMP TABLE garbage_text AS
SELECT t, convert_to(t, 'UTF8') AS b FROM (SELECT string_agg(input, ' ' ORDER BY id) AS t FROM inputs
	WHERE class LIKE 'garbage%' OR class LIKE 'mutants%') x;
CREATE TEMP TABLE garbage_offsets AS
SELECT n::int AS char_pos, (sum(octet_length(c)) OVER (ORDER BY n) - octet_length(c) + 1)::int AS byte_pos
FROM garbage_text, regexp_split_to_table(t, '') WITH ORDINALITY AS x(c, n);
INSERT INTO garbage_offsets SELECT length(t) + 1, octet_length(t) + 1 FROM garbage_text;
SELECT is_empty($$
	SELECT pg_temp.label(m.text) FROM garbage_text g, extract_mentions(g.t) m
	LEFT JOIN garbage_offsets s ON s.char_pos = m.char_start
	LEFT JOIN garbage_offsets e ON e.char_pos = m.char_end
	WHERE convert_from(substring(g.b FROM s.byte_pos FOR e.byte_pos - s.byte_pos), 'UTF8')
		IS DISTINCT FROM m.text$$,
	'extract_mentions over all the garbage as one text: every span reads back');

CREATE TEMP TABLE anchors (anchor date);
INSERT INTO anchors VALUES ('0001-01-01'), ('0001-12-31'), ('9999-01-01'), ('9999-12-31'),
	('4714-11-24 BC'), ('0001-01-01 BC'), ('5874897-12-31'), ('2021-06-15');
CREATE TEMP TABLE relative_inputs AS SELECT unnest(ARRAY[
	'this year', 'last year', 'next year', 'two years ago', 'twelve years ago',
	'9999999 years ago', 'January-August', 'December - February', 'winter',
	'first half of this year', 'late December', 'the same period of last year',
	'this [2021] year', 'last year [2020]', 'the half-year', 'first nine months',
	'In 2021 trade grew, and in January-August it fell; last year it rose.',
	'In January-August trade grew; last year it fell; next year, two years ago, December - February.',
	'In 9999 and in January-August of next year, winter, the same period of last year.',
	'In 0001 trade grew; last year, two years ago and in December - February it fell.'
]) AS input;
CREATE FUNCTION pg_temp.attempt_anchored(probe text, input text, anchor date,
	OUT state text, OUT bad int)
LANGUAGE plpgsql AS $$
BEGIN
	bad := 0;
	IF probe = 'parse_period' THEN
		PERFORM parse_period(input, anchor)::text;
	ELSE
		SELECT count(*) FILTER (WHERE NOT (
				substr(input, m.char_start, m.char_end - m.char_start) = m.text
				AND (m.period IS NULL OR m.period::text::reporting_period = m.period)))
		INTO bad FROM extract_mentions(input, anchor) m;
	END IF;
	state := 'ok';
EXCEPTION WHEN OTHERS THEN
	state := SQLSTATE;
END $$;
CREATE TEMP TABLE anchored AS
SELECT i.input, a.anchor, p.probe, r.state, r.bad
FROM relative_inputs i, anchors a, unnest(ARRAY['parse_period', 'extract_mentions']) p(probe),
	LATERAL pg_temp.attempt_anchored(p.probe, i.input, a.anchor) r;
SELECT is_empty($$
	SELECT input, anchor, state FROM anchored WHERE probe = 'parse_period' AND NOT pg_temp.acceptable(state)$$,
	'parse_period at the ends of the calendar: a value or an error of class 22');
SELECT is_empty($$
	SELECT input, anchor, state, bad FROM anchored
	WHERE probe = 'extract_mentions' AND (state <> 'ok' OR bad > 0)$$,
	'extract_mentions at the ends of the calendar: never fails, every value reads back');
SELECT results_eq($$
	SELECT state FROM anchored WHERE probe = 'parse_period' AND input = 'next year'
	ORDER BY anchor$$,
	ARRAY['22008', 'ok', 'ok', 'ok', 'ok', '22008', '22008', '22008'],
	'parse_period(''next year'', anchor) is 22008 outside the years 1 to 9999 (anchors in order: 4714 BC, 1 BC, ...)');
SELECT throws_ok($$SELECT parse_period('last year', 'infinity')$$, '22023');
SELECT throws_ok($$SELECT count(*) FROM extract_mentions('last year', '-infinity')$$, '22023');

-- ---------------------------------------------------------------------------
-- Binary receive: malformed data is rejected, valid data round-trips
-- ---------------------------------------------------------------------------

-- A binary COPY file of one row with one field holding payload.
CREATE FUNCTION pg_temp.copy_file(payload bytea) RETURNS bytea
LANGUAGE sql AS $$
	SELECT '\x5047434f50590aff0d0a00'::bytea		-- PGCOPY\n\377\r\n\0
		|| int4send(0) || int4send(0)				-- flags, header extension
		|| int2send(1::int2)						-- one field
		|| int4send(length(payload)) || payload
		|| int2send(-1::int2)						-- trailer
$$;

-- bytes as a printf format: every byte an octal escape
CREATE FUNCTION pg_temp.printf_format(b bytea) RETURNS text
LANGUAGE sql AS $$
	SELECT coalesce(string_agg(format('\%s%s%s', x >> 6, (x >> 3) & 7, x & 7), '' ORDER BY i), '')
	FROM generate_series(0, length(b) - 1) i, LATERAL (SELECT get_byte(b, i) AS x) g
$$;

CREATE TEMP TABLE recv_currency_amount (v currency_amount);
CREATE TEMP TABLE recv_reporting_period (v reporting_period);
CREATE TEMP TABLE recv_integer (v integer);

-- What the receive function of typ makes of payload, through
-- COPY ... FROM PROGRAM 'printf ...' (FORMAT binary): 'ok' and the value as
-- text, or the SQLSTATE.
CREATE FUNCTION pg_temp.recv(typ text, payload bytea, OUT state text, OUT value text)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('COPY %I FROM PROGRAM %L (FORMAT binary)', 'recv_' || typ,
		format('printf ''%s''', pg_temp.printf_format(pg_temp.copy_file(payload))));
	EXECUTE format('SELECT v::text FROM %I', 'recv_' || typ) INTO value;
	EXECUTE format('DELETE FROM %I', 'recv_' || typ);
	state := 'ok';
EXCEPTION WHEN OTHERS THEN
	state := SQLSTATE;
	value := NULL;
END $$;

-- numeric's binary form: ndigits, weight, sign, dscale, base-10000 digits
CREATE FUNCTION pg_temp.numeric_bin(ndigits int, weight int, sign int, dscale int,
	VARIADIC digits int[] DEFAULT '{}') RETURNS bytea
LANGUAGE sql AS $$
	SELECT int2send(((ndigits + 32768) % 65536 - 32768)::int2)
		|| int2send(((weight + 32768) % 65536 - 32768)::int2)
		|| int2send(((sign + 32768) % 65536 - 32768)::int2)
		|| int2send(((dscale + 32768) % 65536 - 32768)::int2)
		|| coalesce((SELECT string_agg(int2send(((d + 32768) % 65536 - 32768)::int2), ''::bytea ORDER BY n)
			FROM unnest(digits) WITH ORDINALITY u(d, n)), '')
$$;

-- reporting_period's binary form: first day, last day (as date sends them),
-- grain, modifier
CREATE FUNCTION pg_temp.period_bin(first_day int, last_day int, grain int, modifier int)
RETURNS bytea LANGUAGE sql AS $$
	SELECT int4send(first_day) || int4send(last_day) || set_byte('\x00'::bytea, 0, grain)
		|| set_byte('\x00'::bytea, 0, modifier)
$$;
CREATE FUNCTION pg_temp.day(d date) RETURNS int
LANGUAGE sql AS $$ SELECT d - date '2000-01-01' $$;

SELECT is((pg_temp.recv('currency_amount', currency_amount_send('USD 900000000'))).value,
	'USD 900000000', 'the COPY file built here carries a valid value to currency_amount_recv');
SELECT results_eq($$
	SELECT what, (pg_temp.recv('currency_amount', payload)).state FROM (VALUES
		(1, 'empty', ''::bytea),
		(2, 'two bytes of a code', 'US'::bytea),
		(3, 'a code and no number', 'USD'::bytea),
		(4, 'a truncated numeric header', 'USD'::bytea || '\x0001'::bytea),
		(5, 'fewer digits than announced', 'USD'::bytea || pg_temp.numeric_bin(3, 0, 0, 0, 9)),
		(6, 'trailing byte', currency_amount_send('USD 5') || '\x00'::bytea),
		(7, 'trailing kilobyte', currency_amount_send('USD 5') || decode(repeat('ff', 1024), 'hex')),
		(8, 'unknown code XYZ', 'XYZ'::bytea || numeric_send(5)),
		(9, 'lower-case code', 'usd'::bytea || numeric_send(5)),
		(10, 'NUL bytes for a code', '\x000000'::bytea || numeric_send(5)),
		(11, 'high bytes for a code', '\xffffff'::bytea || numeric_send(5)),
		(12, 'a digit in the code', 'US1'::bytea || numeric_send(5)),
		(13, 'negative scale', 'USD'::bytea || pg_temp.numeric_bin(1, 0, 0, -1, 5)),
		(14, 'scale beyond numeric''s', 'USD'::bytea || pg_temp.numeric_bin(1, 0, 0, 16384, 5)),
		(15, 'negative digit count', 'USD'::bytea || pg_temp.numeric_bin(-1, 0, 0, 0, 5)),
		(16, 'absurd digit count', 'USD'::bytea || pg_temp.numeric_bin(32767, 0, 0, 0, 5)),
		(16.1, '3000 digits, 11996 decimals', 'USD'::bytea || pg_temp.numeric_bin(3000, 0, 0, 11996, VARIADIC array_fill(9999, ARRAY[3000]))),
		(16.2, '3000 digits, 12000 integer digits', 'USD'::bytea || pg_temp.numeric_bin(3000, 2999, 0, 0, VARIADIC array_fill(9999, ARRAY[3000]))),
		(17, 'a digit of 10000', 'USD'::bytea || pg_temp.numeric_bin(1, 0, 0, 0, 10000)),
		(18, 'a negative digit', 'USD'::bytea || pg_temp.numeric_bin(1, 0, 0, 0, -1)),
		(19, 'an unknown sign', 'USD'::bytea || pg_temp.numeric_bin(1, 0, 4660, 0, 5)),
		(20, 'NaN', 'USD'::bytea || numeric_send('NaN')),
		(21, 'infinity', 'USD'::bytea || numeric_send('Infinity')),
		(22, 'minus infinity', 'USD'::bytea || numeric_send('-Infinity')),
		(23, '10^28', 'USD'::bytea || numeric_send(1e28)),
		(24, '10^40', 'USD'::bytea || numeric_send(1e40)),
		(25, 'the largest weight', 'USD'::bytea || pg_temp.numeric_bin(1, 32767, 0, 0, 1)),
		(26, 'digits finer than 10^-10', 'USD'::bytea || numeric_send(0.00000000001)),
		(27, 'the largest amount', currency_amount_send('USD 9999999999999999999999999999.9999999999')),
		(28, 'the smallest weight, scale 0', 'USD'::bytea || pg_temp.numeric_bin(1, -32768, 0, 0, 1)),
		(29, 'the smallest weight, largest scale', 'USD'::bytea || pg_temp.numeric_bin(1, -32768, 0, 16383, 1)),
		(30, 'zero with 50 decimal places', 'USD'::bytea || numeric_send(0.00000000000000000000000000000000000000000000000000))
	) t(n, what, payload) ORDER BY n$$,
	$$VALUES ('empty', '08P01'), ('two bytes of a code', '08P01'),
		('a code and no number', '08P01'), ('a truncated numeric header', '08P01'),
		('fewer digits than announced', '08P01'), ('trailing byte', '22P03'),
		('trailing kilobyte', '22P03'), ('unknown code XYZ', '22P03'),
		('lower-case code', '22P03'), ('NUL bytes for a code', '22P03'),
		('high bytes for a code', '22P03'), ('a digit in the code', '22P03'),
		('negative scale', '22P03'), ('scale beyond numeric''s', '22P03'),
		('negative digit count', '08P01'), ('absurd digit count', '08P01'),
		('3000 digits, 11996 decimals', '22P03'), ('3000 digits, 12000 integer digits', '22003'),
		('a digit of 10000', '22P03'), ('a negative digit', '22P03'),
		('an unknown sign', '22P03'), ('NaN', '22P03'), ('infinity', '22P03'),
		('minus infinity', '22P03'), ('10^28', '22003'), ('10^40', '22003'),
		('the largest weight', '22003'), ('digits finer than 10^-10', '22P03'),
		('the largest amount', 'ok'), ('the smallest weight, scale 0', 'ok'),
		('the smallest weight, largest scale', 'ok'), ('zero with 50 decimal places', 'ok')$$,
	'currency_amount_recv: malformed data is rejected with 22P03 or 22003 (08P01 when it is cut short, as numeric_recv does)');
-- a short field is 08P01 for PostgreSQL's own types too
SELECT is((pg_temp.recv('integer', '\x0001'::bytea)).state, '08P01',
	'int4recv, too, answers a field cut short with 08P01 (insufficient data left in message)');

SELECT results_eq($$
	SELECT what, (pg_temp.recv('reporting_period', payload)).state FROM (VALUES
		(1, 'empty', ''::bytea),
		(2, 'the first day only', int4send(pg_temp.day('2021-01-01'))),
		(3, 'no modifier byte', substr(reporting_period_send('2021'), 1, 9)),
		(4, 'trailing byte', reporting_period_send('2021') || '\x00'::bytea),
		(5, 'trailing kilobyte', reporting_period_send('2021') || decode(repeat('00', 1024), 'hex')),
		(6, 'start after end', pg_temp.period_bin(pg_temp.day('2021-12-31'), pg_temp.day('2021-01-01'), 8, 0)),
		(7, 'a day before the year 1', pg_temp.period_bin(pg_temp.day('0001-01-01') - 1, pg_temp.day('0001-01-01') - 1, 1, 0)),
		(8, 'a day after the year 9999', pg_temp.period_bin(pg_temp.day('9999-12-31') + 1, pg_temp.day('9999-12-31') + 1, 1, 0)),
		(9, 'the smallest int4 day', pg_temp.period_bin(-2147483647 - 1, pg_temp.day('2021-01-01'), 2, 0)),
		(10, 'the largest int4 day', pg_temp.period_bin(pg_temp.day('2021-01-01'), 2147483647, 2, 0)),
		(11, 'grain 0', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-12-31'), 0, 0)),
		(12, 'grain 10', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-12-31'), 10, 0)),
		(13, 'grain 255', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-12-31'), 255, 0)),
		(14, 'modifier 8', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-12-31'), 7, 8)),
		(15, 'modifier 255', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-12-31'), 7, 255)),
		(16, 'month grain over ten months', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-10-31'), 3, 0)),
		(17, 'year grain over two years', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2022-12-31'), 7, 0)),
		(18, 'a decade from 2021', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2030-12-31'), 9, 0)),
		(19, 'a quarter from February', pg_temp.period_bin(pg_temp.day('2021-02-01'), pg_temp.day('2021-04-30'), 5, 0)),
		(20, 'a day grain over two days', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-01-02'), 1, 0)),
		(21, 'a run of one day', pg_temp.period_bin(pg_temp.day('2021-01-01'), pg_temp.day('2021-01-01'), 2, 0)),
		(22, 'the whole calendar', pg_temp.period_bin(pg_temp.day('0001-01-01'), pg_temp.day('9999-12-31'), 8, 7)),
		(23, 'the last day', pg_temp.period_bin(pg_temp.day('9999-12-31'), pg_temp.day('9999-12-31'), 1, 5)),
		(24, 'the first day', pg_temp.period_bin(pg_temp.day('0001-01-01'), pg_temp.day('0001-01-01'), 1, 6))
	) t(n, what, payload) ORDER BY n$$,
	$$VALUES ('empty', '08P01'), ('the first day only', '08P01'), ('no modifier byte', '08P01'),
		('trailing byte', '22P03'), ('trailing kilobyte', '22P03'), ('start after end', '22P03'),
		('a day before the year 1', '22P03'), ('a day after the year 9999', '22P03'),
		('the smallest int4 day', '22P03'), ('the largest int4 day', '22P03'),
		('grain 0', '22P03'), ('grain 10', '22P03'), ('grain 255', '22P03'),
		('modifier 8', '22P03'), ('modifier 255', '22P03'),
		('month grain over ten months', '22P03'), ('year grain over two years', '22P03'),
		('a decade from 2021', '22P03'), ('a quarter from February', '22P03'),
		('a day grain over two days', '22P03'), ('a run of one day', '22P03'),
		('the whole calendar', 'ok'), ('the last day', 'ok'), ('the first day', 'ok')$$,
	'reporting_period_recv: malformed data is rejected with 22P03 (08P01 when it is cut short)');

-- random payloads: random bytes of random lengths for both types, and
-- periods of random days, grains and modifiers near the valid ones
CREATE TEMP TABLE random_payloads AS
SELECT 'currency_amount' AS typ, decode(string_agg(lpad(to_hex(floor(random() * 256)::int), 2, '0'), ''), 'hex') AS payload
FROM generate_series(1, 150) g, generate_series(0, g % 24) k GROUP BY g
UNION ALL
SELECT 'currency_amount', convert_to(pg_temp.pick(ARRAY['USD', 'EUR', 'usd', 'XYZ', 'US', 'BYN']), 'UTF8')
	|| pg_temp.numeric_bin(floor(random() * 6)::int, floor(random() * 16)::int - 8,
		pg_temp.pick(ARRAY['0', '16384', '49152', '53248', '61440', '1'])::int,
		floor(random() * 20)::int, VARIADIC ARRAY[floor(random() * 10001)::int, floor(random() * 10000)::int])
FROM generate_series(1, 150) g
UNION ALL
SELECT 'reporting_period', decode(string_agg(lpad(to_hex(floor(random() * 256)::int), 2, '0'), ''), 'hex')
FROM generate_series(1, 100) g, generate_series(0, g % 14) k GROUP BY g
UNION ALL
SELECT 'reporting_period', pg_temp.period_bin(d, d + floor(random() * 800)::int - 20,
	floor(random() * 11)::int, floor(random() * 9)::int)
FROM generate_series(1, 300) g,
	LATERAL (SELECT pg_temp.day('2021-01-01') + floor(random() * 5)::int * (365 + g % 31) - 10 + g * 0 AS d) x;
CREATE TEMP TABLE random_recv AS
SELECT p.typ, p.payload, r.state, r.value
FROM random_payloads p, LATERAL pg_temp.recv(p.typ, p.payload) r;
SELECT diag(format('binary receive of %s: %s random payloads, %s accepted', typ, count(*),
	count(*) FILTER (WHERE state = 'ok')))
FROM random_recv GROUP BY typ ORDER BY typ;
SELECT is_empty($$
	SELECT typ, encode(payload, 'hex'), state FROM random_recv
	WHERE NOT (state = 'ok' OR state LIKE '22___' OR state = '08P01')$$,
	'random binary payloads: a value, an error of class 22, or 08P01 when cut short');
SELECT is_empty($$
	SELECT typ, encode(payload, 'hex'), value FROM random_recv WHERE state = 'ok' AND NOT CASE typ
		WHEN 'currency_amount' THEN value::currency_amount::text = value
		ELSE value::reporting_period::text = value
			AND reporting_period_send(value::reporting_period) = payload END$$,
	'what binary receive accepts is a value that reads back to itself');

-- valid values round-trip through COPY TO and FROM (FORMAT binary)
CREATE TEMP TABLE round_trip_values AS
SELECT DISTINCT value::currency_amount AS a, NULL::reporting_period AS p
FROM outcomes WHERE probe = 'currency_amount' AND state = 'ok'
UNION ALL
SELECT DISTINCT NULL::currency_amount, value::reporting_period
FROM outcomes WHERE probe LIKE '%period%' AND state = 'ok'
UNION ALL
SELECT m.amount, m.period FROM garbage_text g, extract_mentions(g.t) m
WHERE m.amount IS NOT NULL OR m.period IS NOT NULL
UNION ALL
SELECT CASE WHEN typ = 'currency_amount' THEN value::currency_amount END,
	CASE WHEN typ = 'reporting_period' THEN value::reporting_period END
FROM random_recv WHERE state = 'ok'
UNION ALL
SELECT a, p FROM (VALUES
	('USD 9999999999999999999999999999.9999999999'::currency_amount, '0001-01-01/9999-12-31 AFTER'::reporting_period),
	('RUB -9999999999999999999999999999.9999999999', '9999-12-31'),
	('EUR -0.0000000001', '001X'), ('KZT 0', '999X START')) v(a, p);
CREATE TEMP TABLE round_trip_copy (LIKE round_trip_values);
CREATE FUNCTION pg_temp.copy_round_trip() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
	f text := '/tmp/econtext_adversarial_' || pg_backend_pid() || '.bin';
BEGIN
	BEGIN
		EXECUTE format('COPY round_trip_values TO %L (FORMAT binary)', f);
		EXECUTE format('COPY round_trip_copy FROM %L (FORMAT binary)', f);
	EXCEPTION WHEN OTHERS THEN
		EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'rm -f ' || f);
		RAISE;
	END;
	EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'rm -f ' || f);
	RETURN (SELECT count(*) FROM round_trip_copy);
END $$;
SELECT is(pg_temp.copy_round_trip(), (SELECT count(*) FROM round_trip_values),
	'every value the inputs above gave is written and read by a binary COPY');
SELECT diag(format('binary COPY round trip: %s amounts, %s periods', count(a), count(p)))
FROM round_trip_values;
SELECT is_empty($$
	(SELECT a, p FROM round_trip_values EXCEPT ALL SELECT a, p FROM round_trip_copy)
	UNION ALL
	(SELECT a, p FROM round_trip_copy EXCEPT ALL SELECT a, p FROM round_trip_values)$$,
	'and reads back the same values');

SELECT * FROM finish();
ROLLBACK;
