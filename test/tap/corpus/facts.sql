-- The facts of the first book: every figure with what it measures, where
-- and when, and the views and role that analysts and BI tools use.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT no_plan();

SELECT has_table('corpus', 'fact', 'corpus.fact exists');
SELECT has_view('corpus', 'fact_flat', 'corpus.fact_flat exists');
SELECT col_type_is('corpus', 'fact', 'period', 'reporting_period', 'a fact''s period is a reporting_period');
SELECT col_type_is('corpus', 'fact', 'amount', 'currency_amount', 'a fact''s amount is a currency_amount');
SELECT col_type_is('corpus', 'fact', 'places', 'text[]', 'places are a text array');

-- one fact for every figure, none for a period
SELECT is((SELECT count(*) FROM corpus.fact),
	(SELECT count(*) FROM corpus.mention WHERE kind <> 'period'),
	'every amount, percent and ratio mention is a fact');
SELECT is_empty($$SELECT 1 FROM corpus.fact f LEFT JOIN corpus.mention m USING (document_id, paragraph_ordinal, char_start, kind)
	WHERE m.text IS DISTINCT FROM f.text OR m.line <> f.line$$,
	'each fact is its mention: same text, same line');
SELECT is_empty($$SELECT 1 FROM corpus.fact f JOIN corpus.sentence s
	  ON s.document_id = f.document_id AND s.ordinal = f.sentence_ordinal
	WHERE f.paragraph_ordinal <> s.paragraph_ordinal OR f.char_start < s.char_start OR f.char_end > s.char_end$$,
	'each fact lies in its sentence');

-- the codes it uses
SELECT is_empty($$SELECT indicator FROM corpus.fact WHERE indicator NOT IN
	('trade_turnover', 'trade_balance', 'exports', 'imports', 'services_trade', 'gdp',
	 'industrial_output', 'agricultural_output', 'investment', 'import_substitution',
	 'contracts', 'production', 'retail_trade', 'transport', 'budget', 'prices',
	 'employment', 'other')$$,
	'indicators are the codes of the annotation guide');
SELECT is_empty($$SELECT p FROM corpus.fact, unnest(places) p
	WHERE p !~ '^([A-Z]{2}|[A-Z]{2}-[A-Z]{1,3}|EAEU|CIS|EU)$'$$,
	'places are ISO 3166 codes or a union, never a group such as ASEAN');
SELECT is_empty($$SELECT places FROM corpus.fact
	WHERE places <> ARRAY(SELECT DISTINCT p FROM unnest(places) p ORDER BY 1)$$,
	'places are sorted and distinct');
SELECT is_empty($$SELECT places FROM corpus.fact f
	WHERE EXISTS (SELECT 1 FROM unnest(f.places) a, unnest(f.places) b WHERE b LIKE a || '-%')$$,
	'a region stands for its country: never BY and BY-HO together');
SELECT ok((SELECT count(*) FILTER (WHERE indicator <> 'other') FROM corpus.fact)
	> 0.9 * (SELECT count(*) FROM corpus.fact), 'nine figures in ten measure something named');

-- figures an economist would look up, checked by hand against the text
SELECT results_eq($$SELECT indicator, places, period::text, change FROM corpus.fact
	WHERE line = 606 AND text = '$67.5 million'$$,
	$$VALUES ('trade_turnover', ARRAY['BY', 'UZ'], '2021-Q1 END', NULL::text)$$,
	'"mutual trade between Belarus and Uzbekistan ... totalled $67.5 million" at the end of the first quarter (the modifier kept)');
SELECT results_eq($$SELECT indicator, places, period::text, change FROM corpus.fact
	WHERE line = 607 AND text = '37.4%'$$,
	$$VALUES ('exports', ARRAY['BY', 'UZ'], '2021-Q1 END', 'increase')$$,
	'"Exports of Belarusian goods during this period increased by 37.4%": the period and the partner carried over');
SELECT results_eq($$SELECT indicator, places, change FROM corpus.fact
	WHERE line = 608 AND text = '$49.8 million'$$,
	$$VALUES ('trade_balance', ARRAY['BY', 'UZ'], NULL::text)$$,
	'"The balance of foreign trade ... totalled $49.8 million" is a trade balance');
SELECT results_eq($$SELECT indicator, places, period::text, change FROM corpus.fact
	WHERE line = 656 AND text = 'tripled'$$,
	$$VALUES ('trade_turnover', ARRAY['BY-MI', 'TJ'], '2021-01/2021-08', 'increase')$$,
	'"Minsk Region, whose foreign trade turnover with Tajikistan more than tripled": the region, not its country');
SELECT results_eq($$SELECT period::text FROM corpus.fact WHERE line = 1714 ORDER BY char_start$$,
	$$VALUES ('2016/2021'), ('2016'), ('2021')$$,
	'"in 2016-2021 ... 2.5 times: from $4.5bn to $11.6bn": the change takes the span, each end its year');
SELECT results_eq($$SELECT period::text FROM corpus.fact WHERE line = 1394 AND text = '32.6%'$$,
	$$VALUES ('2021-H1 END')$$,
	'a change takes the period it is observed in, not "the same period last year"');
SELECT results_eq($$SELECT places FROM corpus.fact WHERE line = 3421 AND kind = 'amount'$$,
	$$VALUES (ARRAY['BY', 'UZ'])$$,
	'"Minsk Margarine Plant ... 10 million Russian rubles": a company''s city and a currency''s country are not places');
SELECT is((SELECT period FROM corpus.fact WHERE line = 2290 AND kind = 'amount'), NULL,
	'a target set in June 2021 "to reach $1bn per year" has no period of its own');

-- provenance: the source its sentence cites
SELECT is_empty($$SELECT 1 FROM corpus.fact f
	WHERE f.footnote_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM corpus.citation c
	  WHERE c.document_id = f.document_id AND c.paragraph_ordinal = f.paragraph_ordinal
	    AND c.footnote_number = f.footnote_number)$$,
	'a fact''s footnote is cited in its paragraph');
SELECT is_empty($$SELECT 1 FROM corpus.fact f JOIN corpus.citation c
	  ON c.document_id = f.document_id AND c.paragraph_ordinal = f.paragraph_ordinal
	WHERE f.footnote_number IS NULL$$,
	'a figure in a paragraph that cites a source has one');
SELECT results_eq($$SELECT footnote_number FROM corpus.fact WHERE line = 1173 AND text = '47%'$$,
	$$SELECT c.footnote_number FROM corpus.citation c JOIN corpus.fact f USING (document_id, paragraph_ordinal)
	  WHERE f.line = 1173 AND f.text = '47%' AND c.char_offset > f.char_end ORDER BY c.char_offset LIMIT 1$$,
	'a quotation''s figure takes the marker that closes the quotation');
SELECT is_empty($$SELECT 1 FROM corpus.fact f JOIN corpus.footnote n
	  ON n.document_id = f.document_id AND n.number = f.footnote_number
	WHERE f.source_url IS DISTINCT FROM n.url$$,
	'a fact''s URL is its footnote''s');
SELECT ok((SELECT count(*) FILTER (WHERE source_url IS NOT NULL) FROM corpus.fact)
	> 0.8 * (SELECT count(*) FROM corpus.fact), 'four facts in five can be checked at a URL');

-- the flat view, for BI tools
SELECT is_empty($$SELECT a.attname FROM pg_catalog.pg_attribute a
	WHERE a.attrelid = 'corpus.fact_flat'::regclass AND a.attnum > 0
	  AND pg_catalog.col_description(a.attrelid, a.attnum) IS NULL$$,
	'every column of fact_flat has a comment');
SELECT is_empty($$SELECT a.attname FROM pg_catalog.pg_attribute a
	WHERE a.attrelid = 'corpus.fact'::regclass AND a.attnum > 0 AND NOT a.attisdropped
	  AND pg_catalog.col_description(a.attrelid, a.attnum) IS NULL$$,
	'every column of fact has a comment');
SELECT is_empty($$SELECT a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
	WHERE a.attrelid = 'corpus.fact_flat'::regclass AND a.attnum > 0
	  AND t.typname NOT IN ('int4', 'int8', 'text', '_text', 'date', 'numeric', 'bool')$$,
	'fact_flat has plain SQL types only');
SELECT is((SELECT count(*) FROM corpus.fact_flat), (SELECT count(*) FROM corpus.fact), 'fact_flat has a row per fact');
SELECT results_eq($$SELECT start_date, end_date, currency, value FROM corpus.fact_flat
	WHERE line = 606 AND text = '$67.5 million'$$,
	$$VALUES ('2021-01-01'::date, '2021-03-31'::date, 'USD', 67500000::numeric)$$,
	'fact_flat: dates, currency and value in plain types');

-- status, direction, groups and the period's modifier
SELECT is_empty($$SELECT 1 FROM corpus.fact WHERE NOT (origin <@ places AND destination <@ places)$$,
	'a flow''s origin and destination are places of its fact');
SELECT is_empty($$SELECT 1 FROM corpus.fact
	WHERE indicator NOT IN ('exports', 'imports', 'investment', 'services_trade')
	  AND (origin <> '{}' OR destination <> '{}')$$,
	'only directed flows have an origin or a destination');
SELECT is_empty($$SELECT 1 FROM corpus.fact f JOIN corpus.place p ON p.code = ANY (f.groups) WHERE p.kind <> 'group'$$,
	'groups hold group codes only, places none');
SELECT results_eq($$SELECT status FROM corpus.fact WHERE line = 2743 AND text = 'one billion dollars'$$,
	$$VALUES ('target')$$, 'a goal to reach a figure is a target');
SELECT results_eq($$SELECT text, origin, destination FROM corpus.fact
	WHERE sentence_ordinal = (SELECT sentence_ordinal FROM corpus.fact WHERE line = 4497 AND text = '$122 million')
	ORDER BY char_start$$,
	$$VALUES ('$126 million', '{}'::text[], '{}'::text[]), ('12.6%', '{}', '{}'), ('$122 million', '{BY}', '{TJ}'),
		('11.1%', '{BY}', '{TJ}'), ('$4 million', '{TJ}', '{BY}'), ('90.5%', '{TJ}', '{BY}')$$,
	'a turnover has no direction; its exports go from Belarus, its imports to it');
SELECT results_eq($$SELECT groups, modifier(period) FROM corpus.fact WHERE line = 938 AND text = '22.6 per cent'$$,
	$$VALUES ('{LATAM}'::text[], 'ON_OR_AFTER')$$, 'a partner with no ISO code is a group; since 2015 keeps its modifier');
SELECT has_view('corpus', 'fact_place', 'corpus.fact_place exists');
SELECT is((SELECT count(*) FROM corpus.fact_place),
	(SELECT sum(cardinality(places) + cardinality(groups)) FROM corpus.fact),
	'fact_place has a row per place and group of a fact');
SELECT results_eq($$SELECT role, count(*) > 0 FROM corpus.fact_place GROUP BY role ORDER BY role$$,
	$$VALUES ('about', true), ('destination', true), ('origin', true)$$,
	'its roles are origin, destination and about');
SELECT is_empty($$SELECT a.attname FROM pg_catalog.pg_attribute a
	WHERE a.attrelid = 'corpus.fact_place'::regclass AND a.attnum > 0
	  AND pg_catalog.col_description(a.attrelid, a.attnum) IS NULL$$,
	'every column of fact_place has a comment');

-- econtext_reader: the views and nothing else
SELECT has_role('econtext_reader', 'the role econtext_reader exists');
SELECT ok(NOT (SELECT rolcanlogin OR rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles
	WHERE rolname = 'econtext_reader'), 'econtext_reader cannot log in or create anything by itself');
SET LOCAL ROLE econtext_reader;
SELECT lives_ok('SELECT count(*) FROM corpus.fact_flat', 'econtext_reader reads fact_flat');
SELECT lives_ok('SELECT count(*) FROM corpus.mention_flat', 'econtext_reader reads mention_flat');
SELECT lives_ok('SELECT count(*) FROM corpus.fact_place', 'econtext_reader reads fact_place');
SELECT throws_ok('SELECT count(*) FROM corpus.fact', '42501', NULL, 'but not the table fact');
SELECT throws_ok('SELECT count(*) FROM corpus.sentence', '42501', NULL, 'nor sentence');
SELECT throws_ok('SELECT count(*) FROM corpus.document', '42501', NULL, 'nor document');
SELECT ok(NOT has_table_privilege('corpus.fact_flat', 'INSERT, UPDATE, DELETE, TRUNCATE'),
	'it can change nothing through the views');
SELECT throws_ok('CREATE TABLE corpus.x (i int)', '42501', NULL, 'nor create in the schema');
SELECT throws_ok('CREATE TABLE public.x (i int)', '42501', NULL, 'nor in public');
RESET ROLE;

-- extract_facts() reads as the loader reads: each article's paragraphs, in
-- order, as the parts of one document (extract_document_facts), each dated
-- as the loader dates it.  The loader dates a sentence by the first dated
-- source it cites, else by the year its article cites most; here a
-- paragraph takes the year of its first dated source, which on this book
-- dates every sentence that needs a year alike.
CREATE TEMP VIEW read_by_sql AS
WITH cite AS (
	SELECT c.document_id, p.article_ordinal, c.paragraph_ordinal, c.char_offset,
		c.footnote_number, f.year
	FROM corpus.citation c
	JOIN corpus.paragraph p ON p.document_id = c.document_id AND p.ordinal = c.paragraph_ordinal
	JOIN corpus.footnote f ON f.document_id = c.document_id AND f.number = c.footnote_number
	WHERE f.year > 0),
article_year AS (
	SELECT DISTINCT ON (document_id, article_ordinal) document_id, article_ordinal, year
	FROM cite GROUP BY document_id, article_ordinal, year
	ORDER BY document_id, article_ordinal, count(*) DESC, year DESC),
paragraph_year AS (
	SELECT DISTINCT ON (document_id, paragraph_ordinal) document_id, paragraph_ordinal, year
	FROM cite ORDER BY document_id, paragraph_ordinal, char_offset, footnote_number),
article AS (
	SELECT p.document_id, p.article_ordinal,
		array_agg(p.body ORDER BY p.ordinal) AS bodies,
		array_agg(p.ordinal ORDER BY p.ordinal) AS ordinals,
		array_agg(make_date(coalesce(py.year, ay.year), 7, 1) ORDER BY p.ordinal) AS anchors
	FROM corpus.paragraph p
	LEFT JOIN paragraph_year py ON py.document_id = p.document_id AND py.paragraph_ordinal = p.ordinal
	LEFT JOIN article_year ay ON ay.document_id = p.document_id AND ay.article_ordinal = p.article_ordinal
	GROUP BY p.document_id, p.article_ordinal)
SELECT a.document_id, a.ordinals[x.part] AS paragraph_ordinal, x.sentence, x.char_start,
	x.char_end, x.kind, x.text, x.indicator, x.places, x.period, x.amount, x.amount_high,
	x.number, x.number_high, x.qualifier, x.change, x.points
FROM article a, LATERAL extract_document_facts(a.bodies, a.anchors) x;

CREATE TEMP VIEW read_by_loader AS
SELECT f.document_id, f.paragraph_ordinal,
	f.sentence_ordinal - first.ordinal + 1 AS sentence, f.char_start, f.char_end, f.kind,
	f.text, f.indicator, f.places, f.period, f.amount, f.amount_high, f.number,
	f.number_high, f.qualifier, f.change, m.points
FROM corpus.fact f
JOIN corpus.mention m USING (document_id, paragraph_ordinal, char_start, kind)
JOIN LATERAL (SELECT min(s.ordinal) AS ordinal FROM corpus.sentence s
	WHERE s.document_id = f.document_id AND s.paragraph_ordinal = f.paragraph_ordinal) first ON true;

SELECT cmp_ok((SELECT count(*) FROM read_by_sql), '>', 300::bigint,
	'extract_document_facts finds the facts of the book');
SELECT bag_eq('SELECT * FROM read_by_sql', 'SELECT * FROM read_by_loader',
	'every paragraph''s extract_facts rows equal the loader''s corpus.fact rows, column by column');

SELECT * FROM finish();
ROLLBACK;
