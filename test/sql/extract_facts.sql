--
-- extract_facts: every figure of a text as a fact (what it measures, the
-- places and the period it is about, whether it is a change)
--
SET datestyle = ISO;

-- two figures of one sentence: both exports of Belarus to Uzbekistan in
-- 2021, the second a change ("12% more than in 2020": 2020 is its base)
SELECT * FROM extract_facts(
	'In 2021 Belarus exported goods worth $300 million to Uzbekistan, 12% more than in 2020.',
	'2022-03-01');

-- what carries from sentence to sentence: the period and the places; a
-- region stands for its country; a decrease; a ratio; a level after "to"
SELECT sentence, kind, text, indicator, places, period, change, qualifier
FROM extract_facts(
	'In January-June 2022 the Gomel region and Kazakhstan signed contracts for '
	'about $45 million. Imports from Kazakhstan fell by 8.5%, to $120 million. '
	'Trade turnover grew 1.4 times compared to 2021.');

-- a blank line ends a sentence (a title without a point)
SELECT sentence, text, indicator, places, period
FROM extract_facts(E'Armenia and Georgia: trade in 2023\n\nTurnover reached $1.2 billion.');

-- the anchor dates what the text leaves year-less; without it, no period
SELECT text, period FROM extract_facts('In January-March exports grew by 7%.', '2024-05-01');
SELECT text, period FROM extract_facts('In January-March exports grew by 7%.');

-- nothing to read
SELECT count(*) FROM extract_facts(NULL::text);
SELECT count(*) FROM extract_facts('');
SELECT count(*) FROM extract_facts('No figures here. None at all.');

-- the span always reads back to the text, in characters
SELECT count(*) AS facts, bool_and(substr(t, char_start, char_end - char_start) = text) AS spans_match
FROM (VALUES ('Товарооборот «Беларусь – Россия» вырос на 5%. Belarus’s exports to Russia rose 9% to $25 billion in 2022.')) v(t),
	extract_facts(t);

-- a document in parts: each part read on its own, what a sentence leaves
-- to the next carried from part to part; NULL parts are skipped
SELECT part, sentence, text, indicator, places, period, change
FROM extract_document_facts(ARRAY[
	'Mutual trade of Belarus and Azerbaijan in 2022.',
	NULL,
	'It grew by 12%, to $450 million.',
	'In 2023 exports rose 4%.'],
	ARRAY['2024-01-01', NULL, NULL, NULL]::date[]);
SELECT count(*) FROM extract_document_facts(NULL);
SELECT count(*) FROM extract_document_facts(ARRAY[]::text[]);
SELECT * FROM extract_document_facts(ARRAY['One.', 'Two.'], ARRAY['2024-01-01']::date[]);

-- the same core as extract_mentions: each fact is one of its mentions
SELECT count(*) AS facts,
	count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM extract_mentions(t) m
		WHERE (m.kind, m.text, m.char_start, m.char_end) = (f.kind, f.text, f.char_start, f.char_end)
		  AND m.amount IS NOT DISTINCT FROM f.amount AND m.number IS NOT DISTINCT FROM f.number)) AS facts_without_mention
FROM (VALUES ('Exports grew 5% to $3 billion; imports fell 1.5 times, by 20 per cent.')) v(t),
	extract_facts(t) f;

-- whether a figure is a result, a plan or an expectation; which way a flow
-- goes (a turnover: no way); partners with no ISO code apart, in groups;
-- a period as the text qualified it
SELECT sentence, text, indicator, status, origin, destination, places, groups, period
FROM extract_facts(
	'Kazakhstan plans to double its exports to China by 2030. '
	'Since 2015 the EAEU''s trade with ASEAN has grown by 22 per cent. '
	'Imports of Russia from Turkey fell by 5% in 2023 and are expected to reach $20 billion in 2025. '
	'In 2022 Russian investors put $40 million into Uzbekistan''s textile industry.');

-- a news item's dateline says where and when it was filed: neither its
-- city nor its date is what the figures are about; positions still count
-- from the start of the text
SELECT text, char_start, places, period, origin, destination
FROM extract_facts('ASTANA, March 14 (Kazinform) - Kazakhstan''s exports to China grew by 12%.', '2024-03-14');
SELECT part, text, char_start, places, period
FROM extract_document_facts(ARRAY['ASTANA, March 14 (Kazinform) - Exports grew by 12%.',
	'MINSK, May 5 (Belta) - Belarus grew by 3%.']);
