-- Contracts that hold for every object of the extension: volatility and
-- parallel markings, strictness, leakproofness, no SECURITY DEFINER, trust.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION econtext;
SELECT no_plan();

SELECT has_extension('econtext');
-- markings: every function is IMMUTABLE and PARALLEL SAFE; all but the
-- avg transition functions (which take internal state) are STRICT; none is
-- SECURITY DEFINER; the functions that cannot fail are LEAKPROOF.
CREATE TEMP VIEW ext_functions AS
SELECT p.oid::regprocedure::text AS sig, p.*
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'econtext';

SELECT is_empty($$SELECT sig FROM ext_functions WHERE provolatile <> 'i'$$,
	'every function is IMMUTABLE');
SELECT is_empty($$SELECT sig FROM ext_functions WHERE proparallel <> 's'$$,
	'every function and aggregate is PARALLEL SAFE');
SELECT is_empty($$SELECT sig FROM ext_functions WHERE prosecdef$$,
	'no function is SECURITY DEFINER');
SELECT set_eq(
	$$SELECT sig FROM ext_functions WHERE prokind = 'f' AND NOT proisstrict$$,
	ARRAY['currency_amount_avg_accum(internal,currency_amount)',
		  'currency_amount_avg_combine(internal,internal)',
		  'currency_amount_avg_final(internal)',
		  'currency_amount_sum_accum(internal,currency_amount)',
		  'currency_amount_sum_combine(internal,internal)',
		  'currency_amount_sum_final(internal)',
		  'parse_period(text,date)',
		  'extract_mentions(text,date)',
		  'extract_facts(text,date)',
		  'extract_document_facts(text[],date[])'],
	'only the sum and avg state functions, parse_period and the extract functions (a NULL anchor means none) are not STRICT');
SELECT set_eq(
	$$SELECT sig FROM ext_functions WHERE proleakproof$$,
	ARRAY['currency_amount_eq(currency_amount,currency_amount)',
		  'currency_amount_ne(currency_amount,currency_amount)',
		  'currency_amount_lt(currency_amount,currency_amount)',
		  'currency_amount_le(currency_amount,currency_amount)',
		  'currency_amount_gt(currency_amount,currency_amount)',
		  'currency_amount_ge(currency_amount,currency_amount)',
		  'currency_amount_cmp(currency_amount,currency_amount)',
		  'currency_amount_hash(currency_amount)',
		  'currency_amount_hash_extended(currency_amount,bigint)',
		  'currency_amount_um(currency_amount)',
		  'abs(currency_amount)',
		  'currency(currency_amount)',
		  '"numeric"(currency_amount)',
		  'reporting_period_eq(reporting_period,reporting_period)',
		  'reporting_period_ne(reporting_period,reporting_period)',
		  'reporting_period_lt(reporting_period,reporting_period)',
		  'reporting_period_le(reporting_period,reporting_period)',
		  'reporting_period_gt(reporting_period,reporting_period)',
		  'reporting_period_ge(reporting_period,reporting_period)',
		  'reporting_period_cmp(reporting_period,reporting_period)',
		  'reporting_period_hash(reporting_period)',
		  'reporting_period_hash_extended(reporting_period,bigint)',
		  'reporting_period_overlaps_op(reporting_period,reporting_period)',
		  'reporting_period_contains_op(reporting_period,reporting_period)',
		  'reporting_period_contained_op(reporting_period,reporting_period)',
		  'reporting_period_contains_date(reporting_period,date)',
		  'date_contained_by_reporting_period(date,reporting_period)',
		  'reporting_period_before(reporting_period,reporting_period)',
		  'reporting_period_after(reporting_period,reporting_period)',
		  'reporting_period_overleft(reporting_period,reporting_period)',
		  'reporting_period_overright(reporting_period,reporting_period)',
		  'reporting_period_adjacent_op(reporting_period,reporting_period)',
		  'start_date(reporting_period)',
		  'end_date(reporting_period)',
		  'grain(reporting_period)',
		  'modifier(reporting_period)'],
	'exactly the functions that cannot fail are LEAKPROOF');
SELECT is_empty($$SELECT version FROM pg_available_extension_versions
	WHERE name = 'econtext' AND NOT trusted$$,
	'the extension is trusted, at every version');

-- every object the install script creates belongs to its schema
SELECT is_empty($$
	SELECT p.oid::regprocedure::text FROM ext_functions p
	WHERE p.pronamespace <> (SELECT extnamespace FROM pg_extension WHERE extname = 'econtext')$$,
	'every function lives in the extension schema');

SELECT * FROM finish();
ROLLBACK;
