--
-- reporting_period: input forms, canonical output, relative forms, errors,
-- operators, index plans, binary I/O
--

SET datestyle = ISO;

-- every form the type promises to read, with its span, grain and modifier
SELECT input, p AS period, start_date(p), end_date(p), grain(p), modifier(p)
FROM (VALUES
	('2021'), ('2021-2025'), ('2021–2025'), ('2021/2025'),
	('first half of 2021'), ('1st half 2021'), ('H1 2021'), ('2021-H1'),
	('second half of 2022'), ('half-year 2023'),
	('first quarter of 2022'), ('Q1 2022'), ('2022-Q1'), ('1Q 2022'), ('I quarter 2022'),
	('January-October 2021'), ('January - October 2021'), ('Jan-Oct 2021'),
	('2021-01/2021-10'), ('December 2021 - February 2022'),
	('first nine months of 2023'), ('9 months of 2023'), ('9M 2023'),
	('first three quarters of 2022'),
	('November 2021'), ('Nov 2021'), ('2021-11'),
	('7 September 2021'), ('September 7, 2021'), ('2021-09-07'),
	('28-29 October 2021'), ('2021-10-28/2021-10-29'),
	('the 2020s'), ('spring 2019'), ('summer of 2020'), ('autumn 2018'),
	('early March 2021'), ('mid-November 2020'), ('late December 2022'),
	('beginning of 2022'), ('end of 2021'), ('since 2012'), ('until 2030'),
	('up to 2030'), ('by 2025'), ('as of April 2023'), ('before 2020'),
	('after 2020'), ('by the end of 2021')
) AS forms(input), LATERAL (SELECT input::reporting_period AS p) x;

-- case, "the", dashes and spaces; more spellings; the editor's bracketed year
SELECT input, input::reporting_period AS period
FROM (VALUES
	('  The First Half Of 2021 '), ('JANUARY—OCTOBER 2021'), ('january – october 2021'),
	('the second quarter 2020'), ('IV quarter 2021'), ('last quarter of 2021'),
	('October 28-29, 2021'), ('28 October - 2 November 2021'),
	('second half of December 2020'), ('last decade of November 2021'),
	('winter 2021'), ('since the beginning of 2022'), ('the half-year [2023]'),
	('this [2021] year'), ('the first quarter of this [2019]'),
	('first half of this [2021] year'), ('Sept. 2020'), ('2021 - 2025')
) AS forms(input);

-- canonical output reads back to the same value
SELECT p, p::text::reporting_period = p AS round_trips
FROM (VALUES ('2021'::reporting_period), ('2021/2025'), ('2021-H2'), ('2022-Q4'),
	('2021-01/2021-10'), ('2021-11'), ('2021-09-07'), ('2021-10-28/2021-10-29'),
	('202X'), ('2020-12-H2'), ('2022-12 END'), ('2012 ON_OR_AFTER'),
	('2021-12/2022-02 BEFORE')) v(p);

-- forms that need a reference date: parse_period resolves them
SELECT input, parse_period(input, date '2021-06-15') AS period
FROM (VALUES ('this year'), ('last year'), ('next year'), ('the current year'),
	('the previous year'), ('two years ago'), ('January-August'),
	('first half of this year'), ('late December'), ('2019'),
	('this [2019] year'), ('last month'), ('this summer'), ('by year''s end')) AS forms(input);
SELECT parse_period('last month');
-- news and reporting forms
SELECT input, input::reporting_period AS period
FROM (VALUES ('FY2023'), ('1Q24'), ('1H2024'), ('9M2024'), ('Q1-Q3 2023'),
	('between 2019 and 2023'), ('between March 2013 and December 2014'),
	('October 17 to 18, 2023'), ('the year to December 31, 2016'),
	('the year ended 31 March 2017')) AS forms(input);
SELECT parse_period('2021-H1'), parse_period(NULL, date '2021-01-01') IS NULL AS null_in_null_out;
SELECT parse_period('last year');
SELECT parse_period('last year', 'infinity');

-- bad input: SQLSTATE, message, detail naming the part, hint
\pset format unaligned
SELECT input, try_input('reporting_period', input) AS result
FROM (VALUES (''), ('Q5 2021'), ('2021-Q5'), ('H3 2021'), ('2021-13'),
	('February 30 2021'), ('2021-02-29'), ('13th month of 2021'), ('2025-2021'),
	('this year'), ('January-August'), ('the same period of last year'),
	('2021 bananas'), ('in 2021'), ('10000'), ('nine months')) AS bad(input);
\pset format aligned
SELECT 'Q5 2021'::reporting_period;
SELECT 'February 30 2021'::reporting_period;
SELECT 'this year'::reporting_period;

-- constructor: the grain follows from the span
SELECT reporting_period(s, e), grain(reporting_period(s, e))
FROM (VALUES (date '2021-01-01', date '2021-12-31'), ('2021-07-01', '2021-12-31'),
	('2021-04-01', '2021-06-30'), ('2021-02-01', '2021-02-28'),
	('2021-01-01', '2021-10-31'), ('2021-01-01', '2025-12-31'),
	('2020-01-01', '2029-12-31'), ('2021-03-15', '2021-03-15'),
	('2021-12-16', '2021-12-31')) v(s, e);
SELECT reporting_period(date '2021-02-01', date '2021-01-01');
SELECT reporting_period(date 'infinity', date '2021-01-01');

-- daterange casts
SELECT 'January-October 2021'::reporting_period::daterange,
	daterange('2021-01-01', '2021-04-01')::reporting_period,
	daterange('2021-01-01', '2021-01-31', '[]')::reporting_period;
SELECT 'empty'::daterange::reporting_period;
SELECT daterange('2021-01-01', NULL)::reporting_period;

-- year-on-year
SELECT p, shift_years(p, -1), shift_years(p, 3)
FROM (VALUES ('January-October 2021'::reporting_period), ('2020-02'), ('2020-02-29'),
	('2021-H2'), ('202X'), ('since 2012'), ('2021-10-28/2021-10-29')) v(p);
SELECT shift_years('2021', 8000);

-- comparison: start, then end, then grain, then modifier
SELECT p FROM (VALUES ('2021'::reporting_period), ('2021-H1'), ('2021-Q1'),
	('2021-01'), ('since 2021'), ('2020/2021'), ('2021-01/2021-03'),
	('2021-01-01/2021-03-31'), ('202X')) v(p) ORDER BY p;
SELECT '2021-Q1'::reporting_period = '2021-01/2021-03' AS same_span_other_grain,
	'2021-Q1'::reporting_period = 'first quarter of 2021' AS same_value;

-- range operators
SELECT a, b, a && b AS overlaps, a @> b AS contains, a <@ b AS contained,
	a << b AS before, a >> b AS after, a &< b AS overleft, a &> b AS overright,
	a -|- b AS adjacent
FROM (VALUES ('2021'::reporting_period, '2021-H1'::reporting_period),
	('2021-H1', '2021-H2'), ('2020', '2021-Q1'), ('2021-Q2', '2021-01/2021-04'),
	('2022', '2021'), ('2021-H2', '2021-H1'), ('2021-01-31', '2021-02')) v(a, b);
SELECT '2021-H1'::reporting_period @> date '2021-03-15',
	date '2021-07-01' <@ '2021-H1'::reporting_period;

-- indexes: GiST for the range operators, btree and hash for equality
CREATE TABLE periods AS
SELECT g AS id, reporting_period(d, d + (g % 400)) AS p
FROM generate_series(1, 20000) g,
	LATERAL (SELECT date '1990-01-01' + (g * 7 % 12000) AS d) x;
CREATE INDEX periods_gist ON periods USING gist (p);
ANALYZE periods;
EXPLAIN (COSTS OFF) SELECT count(*) FROM periods WHERE p && '2021-H1';
EXPLAIN (COSTS OFF) SELECT count(*) FROM periods WHERE p @> date '2021-03-15';
EXPLAIN (COSTS OFF) SELECT count(*) FROM periods WHERE date '2021-03-15' <@ p;
-- the index answers as a sequential scan does
CREATE TABLE queries (q text);
INSERT INTO queries VALUES ('p && ''2021-H1'''), ('p @> date ''2021-03-15'''),
	('date ''2021-03-15'' <@ p'), ('p @> ''2021-Q1'''), ('p <@ ''2021'''),
	('p << ''1990-06'''), ('p >> ''2022-06'''), ('p = (SELECT p FROM periods WHERE id = 100)'),
	('p &< ''1991'''), ('p &> ''2022-06'''), ('p -|- ''2021-H1'''), ('p -|- ''2000-03-15''');
CREATE FUNCTION count_where(cond text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
	EXECUTE 'SELECT count(*) FROM periods WHERE ' || cond INTO n;
	RETURN n;
END $$;
SET enable_seqscan = off;
CREATE TEMP TABLE by_index AS SELECT q, count_where(q) AS n FROM queries;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT i.q, i.n, count_where(i.q) = i.n AS same_as_seqscan FROM by_index i;
RESET enable_indexscan;
RESET enable_bitmapscan;

CREATE UNIQUE INDEX periods_btree ON periods (p, id);
CREATE INDEX periods_hash ON periods USING hash (p);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM periods WHERE p = '2021-Q1';
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT p, count(*) FROM periods GROUP BY p;
RESET enable_sort;

-- an exclusion constraint: no two overlapping periods for one topic
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE plan_periods (topic int, p reporting_period,
	EXCLUDE USING gist (topic WITH =, p WITH &&));
INSERT INTO plan_periods VALUES (1, '2021-2025'), (2, '2021-2025'), (1, '2026-2030');
INSERT INTO plan_periods VALUES (1, '2025');

-- the hash is frozen
SELECT p, reporting_period_hash(p), reporting_period_hash_extended(p, 0),
	reporting_period_hash_extended(p, 42)
FROM (VALUES ('2021'::reporting_period), ('2021-Q1'), ('2021-01/2021-03'),
	('since 2012')) v(p);

-- binary I/O
SELECT encode(reporting_period_send('2021-01/2021-10'), 'hex'),
	encode(reporting_period_send('since 2012'), 'hex');
SELECT '/tmp/econtext_regress_' || pg_backend_pid() || '.bin' AS binfile \gset
COPY (SELECT p FROM periods ORDER BY id) TO :'binfile' (FORMAT binary);
CREATE TABLE periods_copy (p reporting_period);
COPY periods_copy FROM :'binfile' (FORMAT binary);
SELECT count(*) AS differing FROM (SELECT p FROM periods EXCEPT ALL SELECT p FROM periods_copy) d;

SELECT what, try_recv('reporting_period', hex)
FROM (VALUES
	('valid 2021-01/2021-10', '00001df700001f260400'),
	('reversed', '00001f2600001df70400'),
	('month grain, ten months', '00001df700001f260300'),
	('unknown grain', '00001df700001f262a00'),
	('unknown modifier', '00001df700001f260409'),
	('trailing byte', '00001df700001f26040000'),
	('too short', '00001df7')
) AS b(what, hex);
SELECT remove_regress_files();
