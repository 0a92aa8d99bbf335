-- The first book, as econtext-load left it (make test loads data/ into the
-- test database, twice, before pg_prove runs).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT no_plan();

SELECT has_table('corpus', t, 'corpus.' || t || ' exists')
FROM unnest(ARRAY['document', 'article', 'page', 'paragraph', 'footnote', 'citation', 'load_issue']) t;
SELECT is((SELECT count(*) FROM corpus.document WHERE name = 'eurasian-integration-monograph.txt'),
	1::bigint, 'the book is loaded once, though loaded twice');
SELECT is((SELECT line_count FROM corpus.document WHERE name = 'eurasian-integration-monograph.txt'),
	5021, 'every line counted');

CREATE TEMP VIEW book AS
SELECT id FROM corpus.document WHERE name = 'eurasian-integration-monograph.txt';

-- 16 articles with their titles and subtitles
SELECT results_eq(
	$$SELECT ordinal, title, subtitle, first_line FROM corpus.article
	  WHERE document_id = (SELECT id FROM book) ORDER BY ordinal$$,
	$$VALUES
	(1, 'Commonwealth of Independent States', 'Free trade in services, innovation, science, education', 1),
	(2, 'Commonwealth of Independent States', 'Towards the First Forum of Regions', 422),
	(3, 'Eurasian Economic Union', 'Focusing on long-term priorities', 723),
	(4, 'Eurasian Economic Union', 'to build on what has already been established co-operation mechanisms', 1024),
	(5, 'Eurasian Economic Union', 'from memorandums and agreements - to practical matters', 1294),
	(6, 'Eurasian Economic Union', 'Specific projects as a tool for diversifying integration', 1630),
	(7, 'Belarus - Kazakhstan', 'plans for the future - in the roadmap', 1940),
	(8, 'Belarus - Kazakhstan', 'the road of friendship and co-operation', 2281),
	(9, 'Belarus - Uzbekistan', 'priorities outlined by the commission', 2545),
	(10, 'Belarus - Uzbekistan', 'The goal is a qualitatively new level of co-operation', 2835),
	(11, 'Belarus - Uzbekistan', 'Joint initiatives build co-operation in innovative areas', 3188),
	(12, 'Belarus - Azerbaijan', 'co-operation in the spirit of openness, trust and mutual assistance', 3494),
	(13, 'Belarus - Armenia', 'key direction - long-term co-operation', 3796),
	(14, 'Belarus - Kyrgyzstan', 'priority task - accelerating co-operation', 4105),
	(15, 'Belarus - Tajikistan', 'from the decisions of the commission - to the priorities of the roadmap', 4391),
	(16, 'Belarus', 'an efficient driver of industrial production', 4712)$$,
	'16 articles with their titles, subtitles and first lines');

-- footnotes: every body present, with number, year and URL
SELECT is((SELECT count(*) FROM corpus.footnote WHERE document_id = (SELECT id FROM book)),
	316::bigint, '316 footnote bodies');
SELECT results_eq(
	$$SELECT number, year, url, title FROM corpus.footnote
	  WHERE document_id = (SELECT id FROM book) AND number IN (1, 2, 5, 12, 243, 286, 295, 318) ORDER BY number$$,
	$$VALUES
	(1, 2021, 'http://www.government.by/ru/content/10051',
	 'Roman Golovchenko: Belarus has always been in favour of the CIS development and is aimed at the development of regional integration'),
	(2, 2021, 'https://www.belta.by/politics/view/lebedev-soglashenie-o-svobodnoj-torgovle-uslugami-v-sng-mozhet-byt-podpisano-v-mae-2022-goda-469260-2021',
	 'Lebedev: agreement on free trade in services in the CIS may be signed in May 2022'),
	(5, 2011, 'https://cis.minsk.by/page/19142',
	 'Interstate programme of innovation cooperation of the CIS member states for the period up to 2020'),
	(12, NULL, 'https://www.belta.by/society/view/predstaviteli-nauchnogo-soobschestva-stran-sng-prinjali-deklaratsiju-v-kontekste-globalnyh-vyzovov-471791-2021/',
	 'Representatives of the scientific community of the CIS countries adopted a declaration in the context of global challenges'),
	(243, 2019, 'https://www.belta.by/economics/view/belarus-zainteresovana-razvivat-s-azerbajdzhanom-sotrudnichestvo-v-apk-i-promkooperatsiju-347429-2019/',
	 'Belarus is interested in developing cooperation with Azerbaijan in agro-industrial complex and industrial co-operation'),
	(286, 2020, 'http://www.government.by/ru/content/9293',
	 'Vladimir Kukharev: Belarusian electric buses may appear on the streets of Bishkek'),
	(295, 2022, 'https://omr.by/news/news-main/6-ya-mezhdunarodnaya-universalnaya-vystavka-yarmarka-yug-ekspo-2022',
	 '6th International Universal Exhibition-Fair "Yug Expo-2022".'),
	(318, 2016, NULL,
	 'Zalessky, B. International relations and media. Features of multi-vector international co-operation in the period of global challenges')$$,
	'footnotes: wrapped URLs joined, doubled URLs mended, books without URL, year typos NULL, garbled labels renumbered');
SELECT is_empty($$SELECT number FROM corpus.footnote WHERE url ~ '\s' OR body ~ ('^' || number || '\M')$$,
	'no URL has white space, no body keeps its own label');
SELECT is((SELECT count(*) FROM corpus.footnote WHERE document_id = (SELECT id FROM book) AND year IS NOT NULL),
	308::bigint, 'a year for every footnote but the eight whose year is a typo or cut off');

-- every missing number reported as footnote_missing
SELECT set_eq(
	$$SELECT n FROM generate_series(1, (SELECT max(number) FROM corpus.footnote
	    WHERE document_id = (SELECT id FROM book))) n
	  WHERE n NOT IN (SELECT number FROM corpus.footnote WHERE document_id = (SELECT id FROM book))$$,
	$$SELECT substring(message FROM 'footnote (\d+)')::int FROM corpus.load_issue
	  WHERE document_id = (SELECT id FROM book) AND code = 'footnote_missing'$$,
	'every footnote number without a body is reported as footnote_missing');

-- a citation for every marker
SELECT is_empty(
	$$SELECT number FROM corpus.footnote f WHERE document_id = (SELECT id FROM book)
	  AND NOT EXISTS (SELECT 1 FROM corpus.citation c
	                  WHERE c.document_id = f.document_id AND c.footnote_number = f.number)$$,
	'every footnote is cited in the text');
SELECT is((SELECT count(*) FROM corpus.citation WHERE document_id = (SELECT id FROM book)),
	336::bigint, '336 markers, one citation each');
SELECT is_empty(
	$$SELECT c.line FROM corpus.citation c JOIN corpus.paragraph p
	    ON p.document_id = c.document_id AND p.ordinal = c.paragraph_ordinal
	  WHERE c.document_id = (SELECT id FROM book)
	    AND corpus.source_line(p.line_numbers, p.line_offsets, greatest(c.char_offset - 1, 1)) <> c.line$$,
	'each citation''s offset maps back to the line of its marker');
SELECT results_eq(
	$$SELECT array_agg(footnote_number ORDER BY paragraph_ordinal, char_offset) =
	         array_agg(footnote_number ORDER BY footnote_number, paragraph_ordinal, char_offset)
	  FROM corpus.citation WHERE document_id = (SELECT id FROM book)$$,
	ARRAY[true], 'markers ascend through the book');

-- no footnote text in paragraphs, no marker digits left behind
SELECT is_empty(
	$$SELECT ordinal FROM corpus.paragraph WHERE document_id = (SELECT id FROM book)
	  AND (body ~ '\[Electronic resource\]' OR body ~ 'URL:' OR body ~ 'https?://')$$,
	'no paragraph contains footnote text');
SELECT is_empty(
	$$SELECT ordinal FROM corpus.paragraph WHERE document_id = (SELECT id FROM book)
	  AND (body ~ E'\uFFFD' OR body ~ 'xml-p' OR body ~ '[a-z]"\d+ \.')$$,
	'no damage or marker leaks into paragraph text');

-- sentences that cross a page break are whole in one paragraph
SELECT ok(EXISTS (SELECT 1 FROM corpus.paragraph WHERE document_id = (SELECT id FROM book) AND strpos(body,
	'Continuation of systematic work in this direction was the adoption in November 2020 at the meeting of the Council of Heads of Government of the CIS countries of the decision on the Interstate Programme of Innovation Cooperation of the Commonwealth member states for the period up to 2030.') > 0),
	'a sentence cut by footnotes 4-5 is whole');
SELECT ok(EXISTS (SELECT 1 FROM corpus.paragraph WHERE document_id = (SELECT id FROM book) AND strpos(body,
	'As a result, Minsk discussed not only the supply of certain types of equipment from the Belarusian capital, but also the creation of joint ventures in Bishkek to service and equip them.') > 0),
	'a sentence cut by footnotes 29-31 is whole');
SELECT ok(EXISTS (SELECT 1 FROM corpus.paragraph WHERE document_id = (SELECT id FROM book) AND strpos(body,
	'"about 20 per cent of the Russian capital''s food imports come from Belarus, especially dairy products.') > 0),
	'a sentence cut by footnotes and a printed page number is whole');
SELECT ok(EXISTS (SELECT 1 FROM corpus.paragraph WHERE document_id = (SELECT id FROM book) AND strpos(body,
	'the Road Map of Belarus and Tajikistan for 2022-2026.') > 0),
	'a line ending in a hyphen joins the next without a space');
SELECT is_empty(
	$$SELECT ordinal FROM corpus.paragraph WHERE document_id = (SELECT id FROM book) AND body ~ '^[a-z.,;:]'$$,
	'no paragraph starts in the middle of a sentence');

-- pages, with the printed numbers the text has
SELECT is((SELECT count(*) FROM corpus.page WHERE document_id = (SELECT id FROM book)), 126::bigint, '126 pages');
SELECT results_eq(
	$$SELECT printed_number FROM corpus.page WHERE document_id = (SELECT id FROM book)
	  AND printed_number IS NOT NULL ORDER BY ordinal$$,
	ARRAY[15, 77, 89, 102, 107, 122], 'the six printed page numbers');

-- load issues: damage recorded with stable codes
SELECT set_eq(
	$$SELECT DISTINCT code FROM corpus.load_issue WHERE document_id = (SELECT id FROM book)$$,
	ARRAY['footnote_indented', 'footnote_label_garbled', 'footnote_missing', 'marker_garbled',
	      'reference_truncated', 'replacement_character', 'separator_missing', 'blank_in_sentence',
	      'url_doubled', 'url_orphan', 'url_truncated', 'year_unreadable'],
	'the kinds of damage in the first book');

-- full-text search and the schema explained
SELECT ok((SELECT count(*) FROM corpus.paragraph WHERE body_tsv @@ to_tsquery('english', 'tractor & Uzbekistan')) > 0,
	'full-text search finds paragraphs');
SELECT has_index('corpus', 'paragraph', 'paragraph_body_tsv', 'a GIN index on paragraph bodies');
SELECT is_empty(
	$$SELECT c.relname || '.' || a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
	  WHERE c.relnamespace = 'corpus'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
	    AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL$$,
	'every column has a comment');

SELECT * FROM finish();
ROLLBACK;
