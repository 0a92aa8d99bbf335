-- The contract of reporting_period: its objects, index support, errors.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION econtext;
SELECT no_plan();

SELECT has_type('reporting_period');
SELECT has_function('reporting_period', ARRAY['date', 'date']);
SELECT has_function('reporting_period', ARRAY['daterange']);
SELECT has_function('parse_period', ARRAY['text', 'date']);
SELECT function_returns('start_date', ARRAY['reporting_period'], 'date');
SELECT function_returns('end_date', ARRAY['reporting_period'], 'date');
SELECT function_returns('grain', ARRAY['reporting_period'], 'text');
SELECT function_returns('modifier', ARRAY['reporting_period'], 'text');
SELECT function_returns('shift_years', ARRAY['reporting_period', 'integer'], 'reporting_period');
SELECT has_cast('reporting_period', 'daterange');
SELECT has_cast('daterange', 'reporting_period');

SELECT has_operator('reporting_period', op, 'reporting_period', 'boolean')
FROM unnest(ARRAY['=', '<>', '<', '<=', '>', '>=', '&&', '@>', '<@', '<<', '>>']) op;
SELECT has_operator('reporting_period', '@>', 'date', 'boolean');
SELECT has_operator('date', '<@', 'reporting_period', 'boolean');

SELECT has_opclass('reporting_period_ops');
SELECT has_opclass('reporting_period_hash_ops');
SELECT has_opclass('reporting_period_gist_ops');
SELECT results_eq(
	$$SELECT am.amname FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
	  WHERE c.opcintype = 'reporting_period'::regtype AND c.opcdefault ORDER BY 1$$,
	ARRAY['btree'::name, 'gist'::name, 'hash'::name],
	'reporting_period has default btree, GiST and hash opclasses');
SELECT results_eq(
	$$SELECT o.amopstrategy::int, o.amopopr::regoperator::text
	  FROM pg_amop o JOIN pg_opfamily f ON f.oid = o.amopfamily
	  WHERE f.opfname = 'reporting_period_gist_ops' ORDER BY 1$$,
	$$VALUES (1, '<<(reporting_period,reporting_period)'),
	         (2, '&<(reporting_period,reporting_period)'),
	         (3, '&&(reporting_period,reporting_period)'),
	         (4, '&>(reporting_period,reporting_period)'),
	         (5, '>>(reporting_period,reporting_period)'),
	         (7, '@>(reporting_period,reporting_period)'),
	         (8, '<@(reporting_period,reporting_period)'),
	         (16, '@>(reporting_period,date)'),
	         (17, '-|-(reporting_period,reporting_period)'),
	         (18, '=(reporting_period,reporting_period)')$$,
	'GiST serves the range operators with core range_ops strategy numbers');

-- errors carry core SQLSTATEs
SELECT throws_ok($$SELECT 'Q5 2021'::reporting_period$$, '22P02');
SELECT throws_ok($$SELECT '13th month of 2021'::reporting_period$$, '22P02');
SELECT throws_ok($$SELECT 'February 30 2021'::reporting_period$$, '22008');
SELECT throws_ok($$SELECT '2021-13'::reporting_period$$, '22008');
SELECT throws_ok($$SELECT 'this year'::reporting_period$$, '22P02');
SELECT throws_ok($$SELECT ''::reporting_period$$, '22P02');
SELECT throws_ok($$SELECT reporting_period(date '2021-02-01', date '2021-01-01')$$, '22000');
SELECT throws_ok($$SELECT shift_years('2021', 9000)$$, '22008');
SELECT throws_ok($$SELECT 'empty'::daterange::reporting_period$$, '22023');

-- values
SELECT is(start_date('January-October 2021'), date '2021-01-01', 'January-October starts on 1 January');
SELECT is(end_date('January-October 2021'), date '2021-10-31', 'and ends on 31 October');
SELECT is(grain('first nine months of 2023'), 'months', 'nine months are a run of months');
SELECT is(modifier('since 2012'), 'ON_OR_AFTER', 'since is ON_OR_AFTER');
SELECT is(modifier('2012'), NULL, 'no modifier is NULL');
SELECT is(parse_period('January-August', date '2021-09-30')::text, '2021-01/2021-08',
	'a year-less period takes the anchor''s year');
SELECT is(shift_years('January-October 2021', -1)::text, '2020-01/2020-10', 'year-on-year');
SELECT is('2021-H1'::reporting_period::daterange, daterange('2021-01-01', '2021-07-01'),
	'the cast to daterange is [start, end + 1)');
SELECT ok(reporting_period_hash('2021-Q1') <> reporting_period_hash('2021-01/2021-03'),
	'grain takes part in equality and hashing');

SELECT * FROM finish();
ROLLBACK;
