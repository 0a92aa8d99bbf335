-- The places the sentences of the first book name.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT no_plan();

SELECT has_table('corpus', 'place', 'corpus.place exists');
SELECT has_table('corpus', 'place_mention', 'corpus.place_mention exists');
SELECT ok((SELECT count(*) FROM corpus.place) > 150, 'the lexicon of places is loaded');
SELECT is_empty($$SELECT code FROM corpus.place
	WHERE kind <> 'group' AND code !~ '^([A-Z]{2}|[A-Z]{2}-[A-Z]{1,3}|EAEU|CIS|EU)$'$$,
	'codes are ISO 3166-1, ISO 3166-2 or a union');
SELECT results_eq($$SELECT DISTINCT code FROM corpus.place WHERE kind = 'union' ORDER BY 1$$,
	ARRAY['CIS', 'EAEU', 'EU'], 'the unions are the EAEU, the CIS and the EU');
SELECT results_eq(
	$$SELECT DISTINCT code FROM corpus.place WHERE name IN ('Gomel', 'Homiel', 'Gomel region', 'Homiel region') ORDER BY 1$$,
	ARRAY['BY-HO'], 'Gomel and Homiel are one region');
SELECT is_empty(
	$$SELECT pm.char_start FROM corpus.place_mention pm JOIN corpus.paragraph p
	    ON p.document_id = pm.document_id AND p.ordinal = pm.paragraph_ordinal
	  WHERE substr(p.body, pm.char_start, pm.char_end - pm.char_start) <> pm.text$$,
	'every place name''s span reads back to its text');
SELECT is_empty(
	$$SELECT pm.char_start FROM corpus.place_mention pm JOIN corpus.sentence s
	    ON s.document_id = pm.document_id AND s.ordinal = pm.sentence_ordinal
	  WHERE pm.char_start < s.char_start OR pm.char_end > s.char_end$$,
	'every place name lies in its sentence');
SELECT ok((SELECT count(*) FROM corpus.place_mention WHERE code = 'BY') > 500,
	'Belarus and Belarusian are found everywhere');
SELECT ok(EXISTS (SELECT 1 FROM corpus.place_mention WHERE text = 'Minsk region' AND code = 'BY-MI')
	AND NOT EXISTS (SELECT 1 FROM corpus.place_mention a JOIN corpus.place_mention b
	    ON a.document_id = b.document_id AND a.paragraph_ordinal = b.paragraph_ordinal
	    AND a.char_start = b.char_start AND a.code <> b.code),
	'the longest name wins: "Minsk region" is BY-MI, once');
SELECT ok((SELECT count(DISTINCT code) FROM corpus.place_mention WHERE code LIKE 'BY-%') >= 5,
	'Belarusian regions are found');

SELECT * FROM finish();
ROLLBACK;
