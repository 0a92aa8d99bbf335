/* econtext 0.4.0: typed economic figures */

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

-- sum and avg keep a sum of 192 bits (internal), so that whether sum()
-- overflows depends on the rows, not on their order; the serial functions
-- serve both
CREATE FUNCTION @extschema@.currency_amount_sum_accum(internal, @extschema@.currency_amount)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_sum_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.currency_amount_sum_final(internal)
RETURNS @extschema@.currency_amount AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

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
	SFUNC = @extschema@.currency_amount_sum_accum,
	STYPE = internal,
	FINALFUNC = @extschema@.currency_amount_sum_final,
	COMBINEFUNC = @extschema@.currency_amount_sum_combine,
	SERIALFUNC = @extschema@.currency_amount_avg_serialize,
	DESERIALFUNC = @extschema@.currency_amount_avg_deserialize,
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

-- ===========================================================================
-- reporting_period: a span of days with a grain and a TIMEX3 modifier
-- ===========================================================================

CREATE TYPE @extschema@.reporting_period;

CREATE FUNCTION @extschema@.reporting_period_in(cstring)
RETURNS @extschema@.reporting_period
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_out(@extschema@.reporting_period)
RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_recv(internal)
RETURNS @extschema@.reporting_period
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_send(@extschema@.reporting_period)
RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.reporting_period (
	INTERNALLENGTH = 12,
	INPUT = @extschema@.reporting_period_in,
	OUTPUT = @extschema@.reporting_period_out,
	RECEIVE = @extschema@.reporting_period_recv,
	SEND = @extschema@.reporting_period_send,
	ALIGNMENT = int4,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.reporting_period IS
'a span of whole days with a grain and an optional TIMEX3 modifier, e.g. ''January-October 2021'' = 2021-01/2021-10';

-- construction and access

CREATE FUNCTION @extschema@.reporting_period(start_date date, end_date date)
RETURNS @extschema@.reporting_period
AS 'MODULE_PATHNAME', 'reporting_period_construct'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.reporting_period(date, date) IS
'period from its first and last day (inclusive); the grain follows from the span';

CREATE FUNCTION @extschema@.parse_period(input text, anchor date DEFAULT NULL)
RETURNS @extschema@.reporting_period
AS 'MODULE_PATHNAME', 'reporting_period_parse'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.parse_period(text, date) IS
'period from text, resolving year-less and relative forms (this year, January-August) against the year of anchor';

CREATE FUNCTION @extschema@.start_date(@extschema@.reporting_period)
RETURNS date AS 'MODULE_PATHNAME', 'reporting_period_start_date'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.start_date(@extschema@.reporting_period) IS
'first day of the period';

CREATE FUNCTION @extschema@.end_date(@extschema@.reporting_period)
RETURNS date AS 'MODULE_PATHNAME', 'reporting_period_end_date'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.end_date(@extschema@.reporting_period) IS
'last day of the period (inclusive)';

CREATE FUNCTION @extschema@.grain(@extschema@.reporting_period)
RETURNS text AS 'MODULE_PATHNAME', 'reporting_period_grain'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.grain(@extschema@.reporting_period) IS
'day, days, month, months, quarter, half, year, years or decade';

CREATE FUNCTION @extschema@.modifier(@extschema@.reporting_period)
RETURNS text AS 'MODULE_PATHNAME', 'reporting_period_modifier'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.modifier(@extschema@.reporting_period) IS
'TIMEX3 modifier (START, MID, END, ON_OR_AFTER, ON_OR_BEFORE, BEFORE, AFTER) or NULL';

CREATE FUNCTION @extschema@.shift_years(@extschema@.reporting_period, integer)
RETURNS @extschema@.reporting_period AS 'MODULE_PATHNAME', 'reporting_period_shift_years'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.shift_years(@extschema@.reporting_period, integer) IS
'the same span n years later (earlier for negative n), for year-on-year comparisons';

CREATE FUNCTION @extschema@.daterange(@extschema@.reporting_period)
RETURNS daterange AS 'MODULE_PATHNAME', 'reporting_period_to_daterange'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.daterange(@extschema@.reporting_period) IS
'the days of the period as [start, end + 1)';

CREATE FUNCTION @extschema@.reporting_period(daterange)
RETURNS @extschema@.reporting_period AS 'MODULE_PATHNAME', 'reporting_period_from_daterange'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.reporting_period(daterange) IS
'period of a bounded, non-empty daterange; the grain follows from the span';

CREATE CAST (@extschema@.reporting_period AS daterange)
	WITH FUNCTION @extschema@.daterange(@extschema@.reporting_period);

CREATE CAST (daterange AS @extschema@.reporting_period)
	WITH FUNCTION @extschema@.reporting_period(daterange);

-- comparison: start, then end, then grain, then modifier

CREATE FUNCTION @extschema@.reporting_period_eq(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_ne(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_lt(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_le(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_gt(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_ge(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_cmp(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS integer AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_hash(@extschema@.reporting_period)
RETURNS integer AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_hash_extended(@extschema@.reporting_period, bigint)
RETURNS bigint AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.reporting_period_ops
	DEFAULT FOR TYPE @extschema@.reporting_period USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.reporting_period_cmp(@extschema@.reporting_period, @extschema@.reporting_period);

-- The hash of a value must never change between releases.
CREATE OPERATOR CLASS @extschema@.reporting_period_hash_ops
	DEFAULT FOR TYPE @extschema@.reporting_period USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.reporting_period_hash(@extschema@.reporting_period),
	FUNCTION 2 @extschema@.reporting_period_hash_extended(@extschema@.reporting_period, bigint);

-- range operators, on the span of days

CREATE FUNCTION @extschema@.reporting_period_overlaps_op(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_contains_op(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_contained_op(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_contains_date(@extschema@.reporting_period, date)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.date_contained_by_reporting_period(date, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_before(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_after(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_overleft(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_overright(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_adjacent_op(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.&& (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_overlaps_op,
	COMMUTATOR = OPERATOR(@extschema@.&&),
	RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);

CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_contains_op,
	COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_contained_op,
	COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = date,
	FUNCTION = @extschema@.reporting_period_contains_date,
	COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.<@ (
	LEFTARG = date, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.date_contained_by_reporting_period,
	COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.<< (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_before,
	COMMUTATOR = OPERATOR(@extschema@.>>),
	RESTRICT = pg_catalog.positionsel, JOIN = pg_catalog.positionjoinsel
);

CREATE OPERATOR @extschema@.>> (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_after,
	COMMUTATOR = OPERATOR(@extschema@.<<),
	RESTRICT = pg_catalog.positionsel, JOIN = pg_catalog.positionjoinsel
);

CREATE OPERATOR @extschema@.&< (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_overleft,
	RESTRICT = pg_catalog.positionsel, JOIN = pg_catalog.positionjoinsel
);

CREATE OPERATOR @extschema@.&> (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_overright,
	RESTRICT = pg_catalog.positionsel, JOIN = pg_catalog.positionjoinsel
);

CREATE OPERATOR @extschema@.-|- (
	LEFTARG = @extschema@.reporting_period, RIGHTARG = @extschema@.reporting_period,
	FUNCTION = @extschema@.reporting_period_adjacent_op,
	COMMUTATOR = OPERATOR(@extschema@.-|-),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

-- GiST: an R-tree over spans, serving &&, @>, <@, <<, >>, &<, &>, -|-, = and @> date

CREATE FUNCTION @extschema@.reporting_period_gist_consistent(internal, @extschema@.reporting_period, smallint, oid, internal)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_gist_union(internal, internal)
RETURNS @extschema@.reporting_period AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_gist_penalty(internal, internal, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_gist_picksplit(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.reporting_period_gist_same(@extschema@.reporting_period, @extschema@.reporting_period, internal)
RETURNS internal AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.reporting_period_gist_ops
	DEFAULT FOR TYPE @extschema@.reporting_period USING gist AS
	OPERATOR 1 @extschema@.<< (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 2 @extschema@.&< (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 3 @extschema@.&& (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 4 @extschema@.&> (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 5 @extschema@.>> (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 7 @extschema@.@> (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 8 @extschema@.<@ (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 16 @extschema@.@> (@extschema@.reporting_period, date),
	OPERATOR 17 @extschema@.-|- (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 18 @extschema@.= (@extschema@.reporting_period, @extschema@.reporting_period),
	FUNCTION 1 @extschema@.reporting_period_gist_consistent(internal, @extschema@.reporting_period, smallint, oid, internal),
	FUNCTION 2 @extschema@.reporting_period_gist_union(internal, internal),
	FUNCTION 5 @extschema@.reporting_period_gist_penalty(internal, internal, internal),
	FUNCTION 6 @extschema@.reporting_period_gist_picksplit(internal, internal),
	FUNCTION 7 @extschema@.reporting_period_gist_same(@extschema@.reporting_period, @extschema@.reporting_period, internal);

-- ===========================================================================
-- extract_mentions: every amount, period, percentage and ratio in a text
-- ===========================================================================

CREATE FUNCTION @extschema@.extract_mentions(body text, anchor date DEFAULT NULL,
	OUT kind text, OUT text text, OUT char_start integer, OUT char_end integer,
	OUT amount @extschema@.currency_amount, OUT amount_high @extschema@.currency_amount,
	OUT period @extschema@.reporting_period, OUT number numeric, OUT number_high numeric,
	OUT qualifier text, OUT points boolean, OUT context boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_mentions'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 20;

COMMENT ON FUNCTION @extschema@.extract_mentions(text, date) IS
'one row per amount, period, percentage or ratio in body: substr(body, char_start, char_end - char_start) = text; year-less periods take their year from the text before them, else from anchor';

-- ===========================================================================
-- extract_facts: every amount, percentage and ratio in a text as a fact
-- ===========================================================================

CREATE FUNCTION @extschema@.extract_facts(body text, anchor date DEFAULT NULL,
	OUT kind text, OUT text text, OUT char_start integer, OUT char_end integer,
	OUT sentence integer, OUT indicator text, OUT places text[],
	OUT period @extschema@.reporting_period,
	OUT amount @extschema@.currency_amount, OUT amount_high @extschema@.currency_amount,
	OUT number numeric, OUT number_high numeric, OUT qualifier text, OUT change text,
	OUT points boolean, OUT status text, OUT origin text[], OUT destination text[],
	OUT groups text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_facts'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10;

COMMENT ON FUNCTION @extschema@.extract_facts(text, date) IS
'one row per amount, percentage or ratio in body, as a fact: what it measures (indicator), the places (ISO 3166 codes, EAEU, CIS, EU; sorted) and the period it is about (with the modifier the text gave it), whether it is a change (increase, decrease; NULL for a level), its status (actual, target for a plan or goal, forecast for an expectation), the origin and destination of a directed flow (exports, imports, investment; empty when not said), and partners with no ISO code (groups: ASEAN, AFRICA, ...); sentence counts the sentences of body from 1; a period, the places and the indicator carry on from the sentences before; year-less periods take their year from the text before them, else from anchor; a dateline body opens with (ASTANA, March 14 (Kazinform) - ) is read past, as where and when the text was filed';

CREATE FUNCTION @extschema@.extract_document_facts(parts text[], anchors date[] DEFAULT NULL,
	OUT part integer,
	OUT kind text, OUT text text, OUT char_start integer, OUT char_end integer,
	OUT sentence integer, OUT indicator text, OUT places text[],
	OUT period @extschema@.reporting_period,
	OUT amount @extschema@.currency_amount, OUT amount_high @extschema@.currency_amount,
	OUT number numeric, OUT number_high numeric, OUT qualifier text, OUT change text,
	OUT points boolean, OUT status text, OUT origin text[], OUT destination text[],
	OUT groups text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_document_facts'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 50;

COMMENT ON FUNCTION @extschema@.extract_document_facts(text[], date[]) IS
'the facts of a document given as its parts in order (its paragraphs): each part read as extract_facts(parts[i], anchors[i]) would read it (a dateline only at the start of the first), and what a sentence leaves to the next (a period, the places, the indicator) carried from part to part; part is the index in parts, char_start, char_end and sentence count within it; anchors has one date (or NULL) per part, or is NULL';
