-- The sentences of the first book.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT no_plan();

CREATE TEMP VIEW book AS
SELECT id FROM corpus.document WHERE name = 'eurasian-integration-monograph.txt';

SELECT has_table('corpus', 'sentence', 'corpus.sentence exists');
SELECT ok((SELECT count(*) FROM corpus.sentence WHERE document_id = (SELECT id FROM book)) > 1000,
	'more than a thousand sentences');
SELECT is_empty(
	$$SELECT s.ordinal FROM corpus.sentence s JOIN corpus.paragraph p
	    ON p.document_id = s.document_id AND p.ordinal = s.paragraph_ordinal
	  WHERE substr(p.body, s.char_start, s.char_end - s.char_start) <> s.body$$,
	'every sentence''s span reads back to its text');
SELECT is_empty(
	$$SELECT p.ordinal FROM corpus.paragraph p
	  WHERE p.document_id = (SELECT id FROM book) AND NOT EXISTS (
	    SELECT 1 FROM corpus.sentence s WHERE s.document_id = p.document_id
	      AND s.paragraph_ordinal = p.ordinal AND s.char_start = 1)$$,
	'every paragraph starts a sentence');
SELECT is_empty(
	$$SELECT ordinal FROM corpus.sentence WHERE document_id = (SELECT id FROM book) AND body ~ '^[a-z]'$$,
	'no sentence starts in lower case');
SELECT is_empty(
	$$SELECT ordinal FROM corpus.sentence WHERE document_id = (SELECT id FROM book)
	  AND (body ~ '(^|[\s(])([A-Z]\.){1,2}$' OR body ~ '\mNo\.$')$$,
	'no sentence ends at an initial or an abbreviation');
SELECT is_empty(
	$$SELECT ordinal FROM corpus.sentence WHERE document_id = (SELECT id FROM book) AND body ~ '\d\.$'
	  AND EXISTS (SELECT 1 FROM corpus.sentence n WHERE n.document_id = sentence.document_id
	              AND n.ordinal = sentence.ordinal + 1 AND n.body ~ '^\d')$$,
	'no decimal number is cut in two');
SELECT ok((SELECT count(*) FROM corpus.sentence WHERE document_id = (SELECT id FROM book)
	AND body ~ '\w [A-Z]\.[A-Z]\. [A-Z][a-z]') >= 3,
	'initials (A.D. Sakharov) stay inside their sentences');
SELECT ok(EXISTS (SELECT 1 FROM corpus.sentence WHERE body ~ '\$\d+\.\d+ (million|billion)'),
	'decimals in amounts stay inside their sentence');

SELECT * FROM finish();
ROLLBACK;
