-- Every kind of object of the extension at work, for test/security/*.t.
-- The scripts put the extension's schema for @X@, the file of the rows of
-- ex.t for @ROWS@ and a file for binary COPY for @BIN@; psql -At prints one
-- `name|value` line per check, the same in every database where the
-- extension works.
--
-- Every built-in this file uses is schema-qualified, every operator named
-- with OPERATOR(schema.op): the databases it runs in have hostile objects in
-- public ahead of pg_catalog on the search_path, and only the extension's
-- own references are under test, not this file's.
SET client_min_messages = warning;
SET datestyle = ISO;
SET extra_float_digits = 0;
CREATE SCHEMA ex;

-- figures in both types: text input
CREATE TABLE ex.t (id integer PRIMARY KEY, a @X@.currency_amount NOT NULL, p @X@.reporting_period NOT NULL);
\i @ROWS@
SELECT 'rows', pg_catalog.count(*) FROM ex.t;

-- output, and text and binary I/O round trips
SELECT 'text_out', pg_catalog.md5(pg_catalog.string_agg(pg_catalog.format('%s;%s;%s', id, a, p), ',' ORDER BY id)) FROM ex.t;
SELECT 'text_roundtrip', pg_catalog.count(*) FROM ex.t
WHERE (a::pg_catalog.text)::@X@.currency_amount OPERATOR(@X@.=) a AND (p::pg_catalog.text)::@X@.reporting_period OPERATOR(@X@.=) p;
\copy ex.t TO '@BIN@' (FORMAT binary)
CREATE TABLE ex.t2 (LIKE ex.t);
\copy ex.t2 FROM '@BIN@' (FORMAT binary)
SELECT 'binary_roundtrip', pg_catalog.count(*) FROM ex.t JOIN ex.t2
	ON t.id OPERATOR(pg_catalog.=) t2.id AND t.a OPERATOR(@X@.=) t2.a AND t.p OPERATOR(@X@.=) t2.p;

-- every operator of currency_amount
SELECT 'amount_ops', pg_catalog.concat_ws(' ',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.=) 'USD 3.0',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.<>) 'USD 4',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.<) 'USD 4',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.<=) 'USD 3',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.>) 'EUR 4',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.>=) 'USD 4',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.+) 'USD 4.25',
	'USD 3'::@X@.currency_amount OPERATOR(@X@.-) 'USD 4.25',
	OPERATOR(@X@.-) 'USD 3'::@X@.currency_amount,
	'USD 3'::@X@.currency_amount OPERATOR(@X@.*) 2.5,
	2.5 OPERATOR(@X@.*) 'USD 3'::@X@.currency_amount,
	'USD 3'::@X@.currency_amount OPERATOR(@X@./) 4.0,
	'USD 3'::@X@.currency_amount OPERATOR(@X@./) 'USD 4');

-- every operator of reporting_period
SELECT 'period_ops', pg_catalog.concat_ws(' ',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.=) 'first quarter of 2021',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.<>) '2021-01/2021-03',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.<) '2021-Q2',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.<=) '2021-Q1',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.>) '2020',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.>=) '2021-H1',
	'2021-Q1'::@X@.reporting_period OPERATOR(@X@.&&) '2021-H1',
	'2021-H1'::@X@.reporting_period OPERATOR(@X@.@>) '2021-Q2',
	'2021-Q2'::@X@.reporting_period OPERATOR(@X@.<@) '2021',
	'2021-H1'::@X@.reporting_period OPERATOR(@X@.@>) '2021-03-15'::pg_catalog.date,
	'2021-03-15'::pg_catalog.date OPERATOR(@X@.<@) '2021-H2'::@X@.reporting_period,
	'2020'::@X@.reporting_period OPERATOR(@X@.<<) '2021',
	'2020'::@X@.reporting_period OPERATOR(@X@.>>) '2021',
	'2020'::@X@.reporting_period OPERATOR(@X@.&<) '2020-H2',
	'2020'::@X@.reporting_period OPERATOR(@X@.&>) '2020-H2',
	'2020'::@X@.reporting_period OPERATOR(@X@.-|-) '2021');

-- casts, both ways where there are two
SELECT 'casts', pg_catalog.concat_ws(' ',
	'USD 3.5 million'::@X@.currency_amount::numeric,
	'2021-H1'::@X@.reporting_period::pg_catalog.daterange,
	pg_catalog.daterange('2021-01-01', '2021-04-01')::@X@.reporting_period);

-- every function
SELECT 'amount_functions', pg_catalog.concat_ws(' ',
	@X@.currency_amount('EUR'::pg_catalog.text, 12.5),
	@X@.currency('RUB 5'::@X@.currency_amount), @X@.numeric('RUB 5'::@X@.currency_amount),
	@X@.abs('USD -5'::@X@.currency_amount),
	@X@.currency_amount_hash('USD 5'::@X@.currency_amount),
	@X@.currency_amount_hash_extended('USD 5'::@X@.currency_amount, 7),
	@X@.currency_amount_cmp('USD 5'::@X@.currency_amount, 'USD 6'),
	@X@.currency_amount_smaller('USD 5'::@X@.currency_amount, 'USD 6'),
	@X@.currency_amount_larger('USD 5'::@X@.currency_amount, 'USD 6'));
SELECT 'period_functions', pg_catalog.concat_ws(' ',
	@X@.reporting_period('2021-01-01'::pg_catalog.date, '2021-03-31'::pg_catalog.date),
	@X@.reporting_period(pg_catalog.daterange('2021-01-01', '2021-07-01')),
	@X@.parse_period('January-August'::pg_catalog.text, '2021-09-30'::pg_catalog.date),
	@X@.parse_period('since 2012'::pg_catalog.text, NULL::pg_catalog.date),
	@X@.start_date('January-October 2021'::@X@.reporting_period),
	@X@.end_date('January-October 2021'::@X@.reporting_period),
	@X@.grain('first nine months of 2023'::@X@.reporting_period),
	@X@.modifier('since 2012'::@X@.reporting_period),
	@X@.shift_years('January-October 2021'::@X@.reporting_period, -1),
	@X@.daterange('2021-H2'::@X@.reporting_period),
	@X@.reporting_period_hash('2021-Q1'::@X@.reporting_period),
	@X@.reporting_period_hash_extended('2021-Q1'::@X@.reporting_period, 7),
	@X@.reporting_period_cmp('2021-Q1'::@X@.reporting_period, '2021-Q2'));
SELECT 'mentions', pg_catalog.string_agg(pg_catalog.concat_ws(':', kind, text, char_start, char_end,
		amount, amount_high, period, number, qualifier, points, context), '; ' ORDER BY char_start)
FROM @X@.extract_mentions('In January-October 2021 mutual trade grew by 27 per cent, to more than $900 million; '
	'in January-August the figure was $2-3 billion, almost 1.5 times the level of last year.');
SELECT 'mentions_anchored', pg_catalog.string_agg(pg_catalog.concat_ws(':', text, period, context), '; ' ORDER BY char_start)
FROM @X@.extract_mentions('In January-August trade grew; last year it fell.', '2022-05-01'::pg_catalog.date);

-- the aggregates, by sorting and by hashing
SET enable_hashagg = off;
SELECT 'aggregates_sorted', pg_catalog.string_agg(pg_catalog.concat_ws(' ', c, s, mn, mx, av, n), '; ' ORDER BY c)
FROM (SELECT @X@.currency(a) AS c, @X@.sum(a) AS s, @X@.min(a) AS mn, @X@.max(a) AS mx, @X@.avg(a) AS av,
	pg_catalog.count(*) AS n FROM ex.t GROUP BY 1) g;
SELECT 'distinct_periods_sorted', pg_catalog.count(*) FROM (SELECT p FROM ex.t GROUP BY p) g;
SELECT 'distinct_amounts_sorted', pg_catalog.count(*) FROM (SELECT a FROM ex.t GROUP BY a) g;
RESET enable_hashagg;
SET enable_sort = off;
SELECT 'aggregates_hashed', pg_catalog.string_agg(pg_catalog.concat_ws(' ', c, s, mn, mx, av, n), '; ' ORDER BY c)
FROM (SELECT @X@.currency(a) AS c, @X@.sum(a) AS s, @X@.min(a) AS mn, @X@.max(a) AS mx, @X@.avg(a) AS av,
	pg_catalog.count(*) AS n FROM ex.t GROUP BY 1) g;
SELECT 'distinct_periods_hashed', pg_catalog.count(*) FROM (SELECT p FROM ex.t GROUP BY p) g;
SELECT 'distinct_amounts_hashed', pg_catalog.count(*) FROM (SELECT a FROM ex.t GROUP BY a) g;
RESET enable_sort;

-- joins on the types: hash and merge
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT 'hash_join', pg_catalog.count(*) FROM ex.t x JOIN ex.t2 y ON x.p OPERATOR(@X@.=) y.p;
RESET enable_mergejoin;
SET enable_hashjoin = off;
SELECT 'merge_join', pg_catalog.count(*) FROM ex.t x JOIN ex.t2 y ON x.a OPERATOR(@X@.=) y.a;
RESET enable_hashjoin;
RESET enable_nestloop;

-- index builds: btree (one of them UNIQUE), hash and GiST; an EXCLUDE
-- constraint; ex.t3 has the GiST index alone, for = and @> date
ALTER TABLE ex.t ADD CONSTRAINT t_a UNIQUE (a);
CREATE INDEX t_p ON ex.t (p);
CREATE INDEX t_p_gist ON ex.t USING gist (p);
CREATE INDEX t2_a_hash ON ex.t2 USING hash (a);
CREATE INDEX t2_p_hash ON ex.t2 USING hash (p);
CREATE TABLE ex.t3 AS SELECT * FROM ex.t2;
CREATE INDEX t3_p_gist ON ex.t3 USING gist (p);
CREATE TABLE ex.x (p @X@.reporting_period, EXCLUDE USING gist (p WITH OPERATOR(@X@.&&)));
INSERT INTO ex.x VALUES ('2021-H1'), ('2021-H2'), ('2022');
ANALYZE ex.t;
ANALYZE ex.t2;
ANALYZE ex.t3;
SELECT 'indexes', pg_catalog.string_agg(pg_catalog.concat_ws(' ', c.relname, am.amname), ', ' ORDER BY c.relname)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_am am ON am.oid OPERATOR(pg_catalog.=) c.relam
WHERE c.relnamespace OPERATOR(pg_catalog.=) 'ex'::pg_catalog.regnamespace AND c.relkind OPERATOR(pg_catalog.=) 'i';

-- index scans: the plan uses the index named, and finds what a scan of the
-- table finds
CREATE FUNCTION ex.scan(q pg_catalog.text, index pg_catalog.text) RETURNS pg_catalog.text LANGUAGE plpgsql AS $$
DECLARE
	line pg_catalog.text;
	plan pg_catalog.text := ' ';
	by_index pg_catalog.int8;
	by_table pg_catalog.int8;
BEGIN
	PERFORM pg_catalog.set_config('enable_seqscan', 'off', true);
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' OPERATOR(pg_catalog.||) q LOOP
		plan := plan OPERATOR(pg_catalog.||) line OPERATOR(pg_catalog.||) ' ';
	END LOOP;
	EXECUTE 'SELECT pg_catalog.count(*) FROM (' OPERATOR(pg_catalog.||) q OPERATOR(pg_catalog.||) ') s' INTO by_index;
	PERFORM pg_catalog.set_config('enable_seqscan', 'on', true);
	PERFORM pg_catalog.set_config('enable_indexscan', 'off', true);
	PERFORM pg_catalog.set_config('enable_bitmapscan', 'off', true);
	EXECUTE 'SELECT pg_catalog.count(*) FROM (' OPERATOR(pg_catalog.||) q OPERATOR(pg_catalog.||) ') s' INTO by_table;
	PERFORM pg_catalog.set_config('enable_indexscan', 'on', true);
	PERFORM pg_catalog.set_config('enable_bitmapscan', 'on', true);
	RETURN pg_catalog.concat_ws(' ', by_index,
		CASE WHEN pg_catalog.strpos(plan, ' ' OPERATOR(pg_catalog.||) index OPERATOR(pg_catalog.||) ' ') OPERATOR(pg_catalog.>) 0
			THEN 'by ' ELSE 'NOT BY ' END OPERATOR(pg_catalog.||) index,
		CASE WHEN by_index OPERATOR(pg_catalog.=) by_table THEN 'as the table' ELSE 'UNLIKE THE TABLE' END);
END
$$;
BEGIN;
SELECT 'btree a >', ex.scan($q$SELECT * FROM ex.t WHERE a OPERATOR(@X@.>) 'USD 100 million'$q$, 't_a');
SELECT 'btree a =', ex.scan($q$SELECT * FROM ex.t WHERE a OPERATOR(@X@.=) 'EUR 8 million'$q$, 't_a');
SELECT 'btree p <', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.<) '2017'$q$, 't_p');
SELECT 'hash a =', ex.scan($q$SELECT * FROM ex.t2 WHERE a OPERATOR(@X@.=) 'EUR 8 million'$q$, 't2_a_hash');
SELECT 'hash p =', ex.scan($q$SELECT * FROM ex.t2 WHERE p OPERATOR(@X@.=) '2021-H1'$q$, 't2_p_hash');
SELECT 'gist p &&', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.&&) '2021-H1'$q$, 't_p_gist');
SELECT 'gist p @>', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.@>) '2021-Q2'$q$, 't_p_gist');
SELECT 'gist p <@', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.<@) '2019/2020'$q$, 't_p_gist');
SELECT 'gist p <<', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.<<) '2016'$q$, 't_p_gist');
SELECT 'gist p >>', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.>>) '2023'$q$, 't_p_gist');
SELECT 'gist p &<', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.&<) '2015'$q$, 't_p_gist');
SELECT 'gist p &>', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.&>) '2024'$q$, 't_p_gist');
SELECT 'gist p -|-', ex.scan($q$SELECT * FROM ex.t WHERE p OPERATOR(@X@.-|-) '2021-H2'$q$, 't_p_gist');
SELECT 'gist p = ', ex.scan($q$SELECT * FROM ex.t3 WHERE p OPERATOR(@X@.=) '2021-H1'$q$, 't3_p_gist');
SELECT 'gist p @> date', ex.scan($q$SELECT * FROM ex.t3 WHERE p OPERATOR(@X@.@>) '2021-03-15'::pg_catalog.date$q$, 't3_p_gist');
COMMIT;
