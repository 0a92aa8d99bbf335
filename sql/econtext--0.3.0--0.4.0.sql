-- econtext 0.3.0 -> 0.4.0: extract_facts() and extract_document_facts()
-- return four more columns at the end: status (actual, target,
-- forecast), origin and destination (a directed flow's sides) and groups
-- (partners with no ISO code); a fact's period keeps the modifier its text
-- gave it (since 2015: 2015 ON_OR_AFTER).  A function's result type cannot
-- change in place, so both are dropped and made again: a view or function
-- of yours that calls them stops the update (drop it, update, make it
-- again).  The library serves both versions: rows end where the declared
-- columns do.  ALTER EXTENSION econtext UPDATE runs this script.

\echo Use "ALTER EXTENSION econtext UPDATE TO '0.4.0'" to load this file. \quit

DROP FUNCTION @extschema@.extract_facts(text, date);
DROP FUNCTION @extschema@.extract_document_facts(text[], date[]);

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
