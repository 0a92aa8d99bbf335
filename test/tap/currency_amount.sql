-- The contract of currency_amount: its objects, their markings, its errors.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION econtext;
SELECT no_plan();

SELECT has_type('currency_amount');
SELECT has_function('currency_amount', ARRAY['text', 'numeric']);
SELECT function_returns('currency_amount', ARRAY['text', 'numeric'], 'currency_amount');
SELECT has_function('currency', ARRAY['currency_amount']);
SELECT function_returns('currency', ARRAY['currency_amount'], 'text');
SELECT has_cast('currency_amount', 'numeric');
SELECT cast_context_is('currency_amount', 'numeric', 'explicit');

-- operators
SELECT has_operator('currency_amount', op, 'currency_amount', 'boolean')
FROM unnest(ARRAY['=', '<>', '<', '<=', '>', '>=']) op;
SELECT has_operator('currency_amount', op, 'currency_amount', 'currency_amount')
FROM unnest(ARRAY['+', '-']) op;
SELECT has_operator('currency_amount', '*', 'numeric', 'currency_amount');
SELECT has_operator('numeric', '*', 'currency_amount', 'currency_amount');
SELECT has_operator('currency_amount', '/', 'numeric', 'currency_amount');
SELECT has_operator('currency_amount', '/', 'currency_amount', 'numeric');
SELECT has_leftop('-', 'currency_amount', 'currency_amount');
SELECT ok(oprcanhash AND oprcanmerge, '= is hashable and mergeable')
FROM pg_operator
WHERE oprname = '=' AND oprleft = 'currency_amount'::regtype AND oprright = 'currency_amount'::regtype;

-- default btree and hash operator classes
SELECT has_opclass('currency_amount_ops');
SELECT has_opclass('currency_amount_hash_ops');
SELECT results_eq(
	$$SELECT am.amname FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
	  WHERE c.opcintype = 'currency_amount'::regtype AND c.opcdefault ORDER BY 1$$,
	ARRAY['btree'::name, 'hash'::name],
	'currency_amount has default btree and hash opclasses');
SELECT ok(EXISTS (SELECT 1 FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily
	WHERE f.opfname = 'currency_amount_hash_ops' AND p.amprocnum = 2),
	'hash opclass has an extended hash (hash partitioning)');

-- aggregates
SELECT has_function(f, ARRAY['currency_amount']) FROM unnest(ARRAY['sum', 'min', 'max', 'avg']) f;
SELECT is(aggcombinefn <> 0, true, format('%s has a combine function (parallel aggregation)', aggfnoid))
FROM pg_aggregate WHERE aggfnoid::regprocedure::text IN
	('sum(currency_amount)', 'min(currency_amount)', 'max(currency_amount)', 'avg(currency_amount)');

-- errors carry core SQLSTATEs
SELECT throws_ok($$SELECT 'XYZ 5'::currency_amount$$, '22P02');
SELECT throws_ok($$SELECT '$2-3 billion'::currency_amount$$, '22P02');
SELECT throws_ok($$SELECT ''::currency_amount$$, '22P02');
SELECT throws_ok($$SELECT 'USD 1e40'::currency_amount$$, '22P02');
SELECT throws_ok($$SELECT 'USD 10000000000000000000000000000000000000000'::currency_amount$$, '22003');
SELECT throws_ok($$SELECT 'USD 1'::currency_amount + 'EUR 1'$$, '22000');
SELECT throws_ok($$SELECT 'USD 1'::currency_amount / 0$$, '22012');
SELECT throws_ok($$SELECT currency_amount('ABC', 1)$$, '22023');

-- values
SELECT is('1.50 EUR'::currency_amount, '1.5 EUR'::currency_amount, '1.50 = 1.5');
SELECT is(currency_amount_hash('1.50 EUR'), currency_amount_hash('1.5 EUR'), '1.50 and 1.5 hash alike');
SELECT is('$900 million'::currency_amount::text, 'USD 900000000', 'canonical output');
SELECT is(currency_amount('USD', 123456789012345678.1234)::numeric, 123456789012345678.1234,
	'10^17 with four decimals is exact');
SELECT is(('USD ' || v)::currency_amount::numeric, v, 'round trip of ' || v)
FROM (VALUES (1000000000000000000.0001::numeric), (-999999999999999999999999999.9999999999),
	(0.0000000001)) t(v);

-- parallel aggregation gives the serial result (and the same error)
CREATE TABLE par AS SELECT g, currency_amount(CASE WHEN g % 3 = 0 THEN 'EUR' ELSE 'USD' END,
	(g % 1000) * 1000000000000000000.5 - 400000000000000000000) AS a
FROM generate_series(1, 300000) g;
ANALYZE par;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
CREATE FUNCTION pg_temp.plan(query text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
	line text;
	plan text := '';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		plan := plan || line || E'\n';
	END LOOP;
	RETURN plan;
END $f$;
SELECT ok(pg_temp.plan('SELECT currency(a), sum(a), avg(a) FROM par GROUP BY 1') ~ 'Partial',
	'the per-currency aggregates run in parallel');
CREATE TEMP TABLE par_parallel AS
	SELECT currency(a) AS c, sum(a) AS s, avg(a) AS m, min(a) AS lo, max(a) AS hi FROM par GROUP BY 1;
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT results_eq(
	$$SELECT c, s, m, lo, hi FROM par_parallel ORDER BY c$$,
	$$SELECT currency(a), sum(a), avg(a), min(a), max(a) FROM par GROUP BY 1 ORDER BY 1$$,
	'parallel sum, avg, min and max equal the serial ones');
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT throws_ok($$SELECT sum(a) FROM par$$, '22000', NULL,
	'a parallel sum across currencies fails as the serial one does');

SELECT * FROM finish();
ROLLBACK;
