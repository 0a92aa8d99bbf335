-- econtext 0.2.0 -> 0.3.0: extract_facts(), at the end; and
-- sum(currency_amount) keeps a sum of 192 bits,
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

-- extract_facts(), new in 0.3.0: the fact finder of the loader, on any text
-- or a document in parts

-- ===========================================================================
-- extract_facts: every amount, percentage and ratio in a text as a fact
-- ===========================================================================

CREATE FUNCTION @extschema@.extract_facts(body text, anchor date DEFAULT NULL,
	OUT kind text, OUT text text, OUT char_start integer, OUT char_end integer,
	OUT sentence integer, OUT indicator text, OUT places text[],
	OUT period @extschema@.reporting_period,
	OUT amount @extschema@.currency_amount, OUT amount_high @extschema@.currency_amount,
	OUT number numeric, OUT number_high numeric, OUT qualifier text, OUT change text,
	OUT points boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_facts'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10;

COMMENT ON FUNCTION @extschema@.extract_facts(text, date) IS
'one row per amount, percentage or ratio in body, as a fact: what it measures (indicator), the places (ISO 3166 codes, sorted) and the period it is about, and whether it is a change (increase, decrease; NULL for a level); sentence counts the sentences of body from 1; a period, the places and the indicator carry on from the sentences before; year-less periods take their year from the text before them, else from anchor';

CREATE FUNCTION @extschema@.extract_document_facts(parts text[], anchors date[] DEFAULT NULL,
	OUT part integer,
	OUT kind text, OUT text text, OUT char_start integer, OUT char_end integer,
	OUT sentence integer, OUT indicator text, OUT places text[],
	OUT period @extschema@.reporting_period,
	OUT amount @extschema@.currency_amount, OUT amount_high @extschema@.currency_amount,
	OUT number numeric, OUT number_high numeric, OUT qualifier text, OUT change text,
	OUT points boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_document_facts'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 50;

COMMENT ON FUNCTION @extschema@.extract_document_facts(text[], date[]) IS
'the facts of a document given as its parts in order (its paragraphs): each part read as extract_facts(parts[i], anchors[i]) would read it, and what a sentence leaves to the next (a period, the places, the indicator) carried from part to part; part is the index in parts, char_start, char_end and sentence count within it; anchors has one date (or NULL) per part, or is NULL';
