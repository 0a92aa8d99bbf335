/* econtext 0.1.0: typed economic figures */

\echo Use "CREATE EXTENSION econtext" to load this file. \quit

-- ===========================================================================
-- currency_amount: an exact sum in an ISO 4217 currency
-- ===========================================================================

CREATE TYPE @extschema@.currency_amount;

CREATE FUNCTION @extschema@.currency_amount_in(cstring)
RETURNS @extschema@.currency_amount
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_out(@extschema@.currency_amount)
RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_recv(internal)
RETURNS @extschema@.currency_amount
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_send(@extschema@.currency_amount)
RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.currency_amount (
	INTERNALLENGTH = 24,
	INPUT = @extschema@.currency_amount_in,
	OUTPUT = @extschema@.currency_amount_out,
	RECEIVE = @extschema@.currency_amount_recv,
	SEND = @extschema@.currency_amount_send,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.currency_amount IS
'an exact sum of money in an ISO 4217 currency, e.g. ''$900 million'' = USD 900000000';

-- construction and access

CREATE FUNCTION @extschema@.currency_amount(code text, value numeric)
RETURNS @extschema@.currency_amount
AS 'MODULE_PATHNAME', 'currency_amount_construct'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.currency_amount(text, numeric) IS
'amount from an ISO 4217 code and a value (rounded to 10 decimal places)';

CREATE FUNCTION @extschema@.currency(@extschema@.currency_amount)
RETURNS text
AS 'MODULE_PATHNAME', 'currency_amount_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.currency(@extschema@.currency_amount) IS
'ISO 4217 code of the amount';

CREATE FUNCTION @extschema@.numeric(@extschema@.currency_amount)
RETURNS numeric
AS 'MODULE_PATHNAME', 'currency_amount_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.numeric(@extschema@.currency_amount) IS
'value of the amount, without its currency';

CREATE CAST (@extschema@.currency_amount AS numeric)
	WITH FUNCTION @extschema@.numeric(@extschema@.currency_amount);

-- comparison: a total order, currency code first, then value

CREATE FUNCTION @extschema@.currency_amount_eq(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_ne(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_lt(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_le(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_gt(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_ge(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_cmp(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS integer AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_hash(@extschema@.currency_amount)
RETURNS integer AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.currency_amount_hash_extended(@extschema@.currency_amount, bigint)
RETURNS bigint AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.currency_amount_ops
	DEFAULT FOR TYPE @extschema@.currency_amount USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.currency_amount_cmp(@extschema@.currency_amount, @extschema@.currency_amount);

-- Hash support makes hash joins, hash aggregation, hash partitioning and
-- hash indexes work.  The hash of a value must never change between
-- releases: hash partitions and indexes are laid out by it.
CREATE OPERATOR CLASS @extschema@.currency_amount_hash_ops
	DEFAULT FOR TYPE @extschema@.currency_amount USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.currency_amount_hash(@extschema@.currency_amount),
	FUNCTION 2 @extschema@.currency_amount_hash_extended(@extschema@.currency_amount, bigint);

-- arithmetic: exact, within one currency

CREATE FUNCTION @extschema@.currency_amount_pl(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_mi(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_um(@extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.abs(@extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME', 'currency_amount_abs'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.abs(@extschema@.currency_amount) IS
'absolute value of the amount';

CREATE FUNCTION @extschema@.currency_amount_mul_numeric(@extschema@.currency_amount, numeric)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.numeric_mul_currency_amount(numeric, @extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_div_numeric(@extschema@.currency_amount, numeric)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_div(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS numeric AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_pl,
	COMMUTATOR = OPERATOR(@extschema@.+)
);

CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_mi
);

CREATE OPERATOR @extschema@.- (
	RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_um
);

CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = numeric,
	FUNCTION = @extschema@.currency_amount_mul_numeric,
	COMMUTATOR = OPERATOR(@extschema@.*)
);

CREATE OPERATOR @extschema@.* (
	LEFTARG = numeric, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.numeric_mul_currency_amount,
	COMMUTATOR = OPERATOR(@extschema@.*)
);

CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = numeric,
	FUNCTION = @extschema@.currency_amount_div_numeric
);

CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.currency_amount, RIGHTARG = @extschema@.currency_amount,
	FUNCTION = @extschema@.currency_amount_div
);

-- aggregates: one currency per group

CREATE FUNCTION @extschema@.currency_amount_smaller(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_larger(@extschema@.currency_amount, @extschema@.currency_amount)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_avg_accum(internal, @extschema@.currency_amount)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_avg_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_avg_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_avg_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_avg_final(internal)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- min and max take no SORTOP: an index scan would answer them across
-- currencies, where the aggregates refuse to mix currencies.
CREATE AGGREGATE @extschema@.sum(@extschema@.currency_amount) (
	SFUNC = @extschema@.currency_amount_pl,
	STYPE = @extschema@.currency_amount,
	COMBINEFUNC = @extschema@.currency_amount_pl,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.min(@extschema@.currency_amount) (
	SFUNC = @extschema@.currency_amount_smaller,
	STYPE = @extschema@.currency_amount,
	COMBINEFUNC = @extschema@.currency_amount_smaller,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.max(@extschema@.currency_amount) (
	SFUNC = @extschema@.currency_amount_larger,
	STYPE = @extschema@.currency_amount,
	COMBINEFUNC = @extschema@.currency_amount_larger,
	PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.avg(@extschema@.currency_amount) (
	SFUNC = @extschema@.currency_amount_avg_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.currency_amount_avg_final,
	COMBINEFUNC = @extschema@.currency_amount_avg_combine,
	SERIALFUNC = @extschema@.currency_amount_avg_serialize,
	DESERIALFUNC = @extschema@.currency_amount_avg_deserialize,
	PARALLEL = SAFE
);
