-- The mentions econtext-load found in the first book.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT no_plan();

CREATE TEMP VIEW book AS
SELECT id FROM corpus.document WHERE name = 'eurasian-integration-monograph.txt';

SELECT has_table('corpus', 'mention', 'corpus.mention exists');
SELECT has_view('corpus', 'mention_flat', 'corpus.mention_flat exists');
SELECT columns_are('corpus', 'mention_flat', ARRAY['document_id', 'line', 'text', 'kind', 'currency',
	'value', 'high', 'qualifier', 'start_date', 'end_date', 'grain', 'mod', 'context', 'points'],
	'mention_flat has the columns BI tools read');
SELECT results_eq(
	$$SELECT kind, count(*) > 0 FROM corpus.mention WHERE document_id = (SELECT id FROM book)
	  GROUP BY kind ORDER BY kind$$,
	$$VALUES ('amount', true), ('percent', true), ('period', true), ('ratio', true)$$,
	'all four kinds are found');
SELECT is_empty(
	$$SELECT m.char_start FROM corpus.mention m JOIN corpus.paragraph p
	    ON p.document_id = m.document_id AND p.ordinal = m.paragraph_ordinal
	  WHERE substr(p.body, m.char_start, m.char_end - m.char_start) <> m.text$$,
	'every mention''s span reads back to its text');
SELECT is_empty(
	$$SELECT m.char_start FROM corpus.mention m JOIN corpus.paragraph p
	    ON p.document_id = m.document_id AND p.ordinal = m.paragraph_ordinal
	  WHERE corpus.source_line(p.line_numbers, p.line_offsets, m.char_start) <> m.line$$,
	'every mention''s line is the source line of its first character');
SELECT is_empty(
	$$SELECT m.char_start FROM corpus.mention m JOIN corpus.paragraph p
	    ON p.document_id = m.document_id AND p.ordinal = m.paragraph_ordinal,
	    LATERAL (SELECT count(*) AS n FROM extract_mentions(p.body) e
	             WHERE e.char_start = m.char_start AND e.kind = m.kind AND e.text = m.text) x
	  WHERE x.n = 0$$,
	'the loader finds what extract_mentions() finds in each paragraph');
SELECT ok((SELECT count(*) FROM corpus.mention WHERE kind = 'period' AND period IS NULL) = 0,
	'every period of the book gets its year, from its text or its anchor');

-- indexed as the issue asks
SELECT has_index('corpus', 'mention', 'mention_period', 'a GiST index on periods');
SELECT has_index('corpus', 'mention', 'mention_amount', 'a btree index on amounts');
CREATE FUNCTION pg_temp.plan_of(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; plan text := '';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		plan := plan || line || ' ';
	END LOOP;
	RETURN plan;
END $$;
SET LOCAL enable_seqscan = off;
SELECT matches(pg_temp.plan_of($$SELECT * FROM corpus.mention WHERE period && '2021-H1'$$),
	'mention_period', 'period && uses the GiST index');
SELECT matches(pg_temp.plan_of($$SELECT * FROM corpus.mention WHERE amount > 'USD 100 million'$$),
	'mention_amount', 'amount > uses the btree index');

-- what an analyst asks: the sums reported for 2021, with their sources
SELECT ok((SELECT count(*) FROM corpus.mention a
	JOIN corpus.mention p ON p.document_id = a.document_id AND p.paragraph_ordinal = a.paragraph_ordinal
	WHERE a.kind = 'amount' AND p.period <@ '2021'::reporting_period) > 10,
	'sums reported in paragraphs about 2021 can be found');

SELECT * FROM finish();
ROLLBACK;
