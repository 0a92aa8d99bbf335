-- econtext 0.1.0 -> 0.2.0: the range operators reporting_period lacked
-- beside core's range types: &< (does not extend to the right of), &>
-- (does not extend to the left of) and -|- (adjacent), served by the GiST
-- operator class.  ALTER EXTENSION econtext UPDATE runs this script.

\echo Use "ALTER EXTENSION econtext UPDATE TO '0.2.0'" to load this file. \quit

CREATE FUNCTION @extschema@.reporting_period_overleft(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_overright(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.reporting_period_adjacent_op(@extschema@.reporting_period, @extschema@.reporting_period)
RETURNS boolean AS 'MODULE_PATHNAME'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

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

ALTER OPERATOR FAMILY @extschema@.reporting_period_gist_ops USING gist ADD
	OPERATOR 2 @extschema@.&< (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 4 @extschema@.&> (@extschema@.reporting_period, @extschema@.reporting_period),
	OPERATOR 17 @extschema@.-|- (@extschema@.reporting_period, @extschema@.reporting_period);
