-- econtext 0.2.0 -> 0.3.0: sum(currency_amount) keeps a sum of 192 bits,
-- as avg does, so that whether it overflows depends on the rows and not on
-- their order (built on +, it failed on 9e27, 9e27, -9e27 and not on
-- -9e27, 9e27, 9e27).  The aggregate is replaced in place: views and
-- functions that call it keep working.  ALTER EXTENSION econtext UPDATE
-- runs this script.

\echo Use "ALTER EXTENSION econtext UPDATE TO '0.3.0'" to load this file. \quit

CREATE FUNCTION @extschema@.currency_amount_sum_accum(internal, @extschema@.currency_amount)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_sum_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_sum_final(internal)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OR REPLACE AGGREGATE @extschema@.sum(@extschema@.currency_amount) (
	SFUNC = @extschema@.currency_amount_sum_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.currency_amount_sum_final,
	COMBINEFUNC = @extschema@.currency_amount_sum_combine,
	SERIALFUNC = @extschema@.currency_amount_avg_serialize,
	DESERIALFUNC = @extschema@.currency_amount_avg_deserialize,
	PARALLEL = SAFE
);
