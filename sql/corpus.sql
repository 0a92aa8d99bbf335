-- The tables econtext-load fills: a book's structure with provenance back
-- to its source lines.  The loader runs this script, built into it, with
-- @SCHEMA@ replaced by the quoted schema name (--schema, default corpus).
-- Every statement may run again: a second load finds everything in place.
-- The loader runs it with search_path = pg_catalog, pg_temp, so that the
-- unqualified built-ins below (=, <, ~, text, ...) are pg_catalog's whatever
-- else the role's search_path holds.  It creates the schema itself when
-- missing (CREATE SCHEMA IF NOT EXISTS would need CREATE on the database even
-- when the schema exists) and loads only into a schema of its own role's or
-- a superuser's.

COMMENT ON SCHEMA @SCHEMA@ IS 'books and dated documents loaded by econtext-load: structure, footnotes, citations, mentions, facts, load issues';

CREATE TABLE IF NOT EXISTS @SCHEMA@.document (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name text NOT NULL,
	sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	line_count integer NOT NULL CHECK (line_count > 0),
	loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @SCHEMA@.document IS 'one row per loaded document: a book or text file (its content at a path), or a record of a JSONL or CSV file';
COMMENT ON COLUMN @SCHEMA@.document.id IS 'document identifier, referenced by every other table';
COMMENT ON COLUMN @SCHEMA@.document.name IS 'file name, without directories (documents of other directories may share it: see path; the records of a file share it)';
COMMENT ON COLUMN @SCHEMA@.document.sha256 IS 'SHA-256 of the file''s bytes, hex, or of a record''s fields; the same file is not loaded twice, whatever its path, and a record whose fields are unchanged is not loaded again';
COMMENT ON COLUMN @SCHEMA@.document.line_count IS 'number of lines in the file, or in a record''s text: the lines that line columns count';
COMMENT ON COLUMN @SCHEMA@.document.loaded_at IS 'when this content was loaded';
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS loaded_by text;
COMMENT ON COLUMN @SCHEMA@.document.loaded_by IS 'the loader and the form of its rows; a book loaded by another is loaded again';
-- documents were keyed by name before: by path now, one content once
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS path text;
ALTER TABLE @SCHEMA@.document DROP CONSTRAINT IF EXISTS document_name_key;
CREATE INDEX IF NOT EXISTS document_sha256 ON @SCHEMA@.document (sha256);
COMMENT ON COLUMN @SCHEMA@.document.path IS 'the file''s path, the document''s key: from the directory the loader ran in when under it (data/book.txt), else absolute; without . and ..; a later load of other content from the same path replaces it; NULL for a book loaded before paths were kept';
-- documents of three kinds: a book, a plain text, a record of a JSONL or CSV file
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'book'
	CHECK (kind IN ('book', 'text', 'record'));
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS record_id text CHECK (record_id <> '');
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS record_line integer;
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS published date;
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS title text;
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS url text;
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS lang text;
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS source text;
ALTER TABLE @SCHEMA@.document ADD COLUMN IF NOT EXISTS extra jsonb;
-- a file's records share its path: the key is the path and the record's id
DROP INDEX IF EXISTS @SCHEMA@.document_path;
CREATE UNIQUE INDEX IF NOT EXISTS document_key ON @SCHEMA@.document (path, (coalesce(record_id, '')));
CREATE INDEX IF NOT EXISTS document_published ON @SCHEMA@.document (published);
COMMENT ON COLUMN @SCHEMA@.document.kind IS 'book (a book converted from PDF), text (a plain text file: paragraphs on blank lines), record (one record of a JSONL or CSV file)';
COMMENT ON COLUMN @SCHEMA@.document.record_id IS 'a record''s id in its file (the field id); NULL for a file loaded whole. With path, the document''s key';
COMMENT ON COLUMN @SCHEMA@.document.record_line IS 'the line of its file where a record starts; NULL for a file loaded whole';
COMMENT ON COLUMN @SCHEMA@.document.published IS 'when the document was written: a record''s date, or --date; deictic words ("this year") count from it';
COMMENT ON COLUMN @SCHEMA@.document.title IS 'a record''s title, or the title line of a plain text; NULL when none';
COMMENT ON COLUMN @SCHEMA@.document.url IS 'a record''s url field';
COMMENT ON COLUMN @SCHEMA@.document.lang IS 'a record''s lang field as given (en, ru, ...)';
COMMENT ON COLUMN @SCHEMA@.document.source IS 'a record''s source field (a news agency, a ministry, ...)';
COMMENT ON COLUMN @SCHEMA@.document.extra IS 'a record''s other fields, as a JSON object; NULL when none';

CREATE TABLE IF NOT EXISTS @SCHEMA@.article (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	ordinal integer NOT NULL CHECK (ordinal > 0),
	title text NOT NULL,
	subtitle text,
	first_line integer NOT NULL,
	last_line integer NOT NULL,
	PRIMARY KEY (document_id, ordinal),
	CHECK (first_line <= last_line)
);
COMMENT ON TABLE @SCHEMA@.article IS 'the articles of a book, in order';
COMMENT ON COLUMN @SCHEMA@.article.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.article.ordinal IS 'position of the article in the book, from 1';
COMMENT ON COLUMN @SCHEMA@.article.title IS 'heading without its closing colon, e.g. Eurasian Economic Union';
COMMENT ON COLUMN @SCHEMA@.article.subtitle IS 'subtitle lines joined with single spaces; NULL for a one-line heading';
COMMENT ON COLUMN @SCHEMA@.article.first_line IS 'source line of the heading';
COMMENT ON COLUMN @SCHEMA@.article.last_line IS 'last source line of the article';
ALTER TABLE @SCHEMA@.article ADD COLUMN IF NOT EXISTS heading_last_line integer;
COMMENT ON COLUMN @SCHEMA@.article.heading_last_line IS 'last source line of its heading (title and subtitle lines, from first_line); NULL for text before any heading';

CREATE TABLE IF NOT EXISTS @SCHEMA@.page (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	ordinal integer NOT NULL CHECK (ordinal > 0),
	first_line integer NOT NULL,
	printed_number integer,
	PRIMARY KEY (document_id, ordinal)
);
COMMENT ON TABLE @SCHEMA@.page IS 'the pages of a book as the conversion from PDF left them';
COMMENT ON COLUMN @SCHEMA@.page.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.page.ordinal IS 'position of the page in the book, from 1';
COMMENT ON COLUMN @SCHEMA@.page.first_line IS 'first source line of the page';
COMMENT ON COLUMN @SCHEMA@.page.printed_number IS 'the page number printed at its foot, where the text has one';
ALTER TABLE @SCHEMA@.page ADD COLUMN IF NOT EXISTS number_line integer;
COMMENT ON COLUMN @SCHEMA@.page.number_line IS 'source line of the printed number';

CREATE TABLE IF NOT EXISTS @SCHEMA@.paragraph (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	article_ordinal integer NOT NULL,
	ordinal integer NOT NULL CHECK (ordinal > 0),
	first_line integer NOT NULL,
	last_line integer NOT NULL,
	body text NOT NULL,
	line_numbers integer[] NOT NULL,
	line_offsets integer[] NOT NULL,
	body_tsv tsvector GENERATED ALWAYS AS (pg_catalog.to_tsvector('pg_catalog.english', body)) STORED,
	PRIMARY KEY (document_id, ordinal),
	FOREIGN KEY (document_id, article_ordinal) REFERENCES @SCHEMA@.article ON DELETE CASCADE,
	CHECK (pg_catalog.array_length(line_numbers, 1) = pg_catalog.array_length(line_offsets, 1))
);
CREATE INDEX IF NOT EXISTS paragraph_body_tsv ON @SCHEMA@.paragraph USING gin (body_tsv);
COMMENT ON TABLE @SCHEMA@.paragraph IS 'paragraphs of running text, stitched across line and page breaks, without footnote markers';
COMMENT ON COLUMN @SCHEMA@.paragraph.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.paragraph.article_ordinal IS 'the article the paragraph belongs to';
COMMENT ON COLUMN @SCHEMA@.paragraph.ordinal IS 'position of the paragraph in the book, from 1';
COMMENT ON COLUMN @SCHEMA@.paragraph.first_line IS 'source line where the paragraph starts';
COMMENT ON COLUMN @SCHEMA@.paragraph.last_line IS 'source line where it ends (after any page break it crosses)';
COMMENT ON COLUMN @SCHEMA@.paragraph.body IS 'the text: a line ending in - joins the next with no space, other line ends with one space';
COMMENT ON COLUMN @SCHEMA@.paragraph.line_numbers IS 'the source lines the body is made of, in order';
COMMENT ON COLUMN @SCHEMA@.paragraph.line_offsets IS 'for each of line_numbers, the 1-based character position in body where that line''s text begins; see source_line()';
COMMENT ON COLUMN @SCHEMA@.paragraph.body_tsv IS 'English full-text vector of body (GIN-indexed)';

CREATE TABLE IF NOT EXISTS @SCHEMA@.sentence (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	paragraph_ordinal integer NOT NULL,
	ordinal integer NOT NULL CHECK (ordinal > 0),
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	line integer NOT NULL,
	body text NOT NULL,
	PRIMARY KEY (document_id, ordinal),
	FOREIGN KEY (document_id, paragraph_ordinal) REFERENCES @SCHEMA@.paragraph ON DELETE CASCADE,
	CHECK (char_start < char_end)
);
COMMENT ON TABLE @SCHEMA@.sentence IS 'the sentences of the paragraphs; initials (B.L.), abbreviations (No.) and decimals do not end one';
COMMENT ON COLUMN @SCHEMA@.sentence.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.sentence.paragraph_ordinal IS 'the paragraph it belongs to';
COMMENT ON COLUMN @SCHEMA@.sentence.ordinal IS 'position of the sentence in the book, from 1';
COMMENT ON COLUMN @SCHEMA@.sentence.char_start IS '1-based character position in the paragraph body where it starts';
COMMENT ON COLUMN @SCHEMA@.sentence.char_end IS 'position just after it: substr(body, char_start, char_end - char_start) = sentence body';
COMMENT ON COLUMN @SCHEMA@.sentence.line IS 'source line where it starts';
COMMENT ON COLUMN @SCHEMA@.sentence.body IS 'the sentence''s text';

CREATE TABLE IF NOT EXISTS @SCHEMA@.place (
	code text NOT NULL,
	kind text NOT NULL,
	name text NOT NULL,
	PRIMARY KEY (name)
);
ALTER TABLE @SCHEMA@.place ADD COLUMN IF NOT EXISTS members text[];
-- (re)made here so that a schema loaded by an older loader learns 'group'
ALTER TABLE @SCHEMA@.place DROP CONSTRAINT IF EXISTS place_kind_check;
ALTER TABLE @SCHEMA@.place ADD CONSTRAINT place_kind_check
	CHECK (kind IN ('country', 'region', 'union', 'group'));
COMMENT ON TABLE @SCHEMA@.place IS 'the names and adjectives of places the loader looks for (data/places.csv), replaced when the loader''s lexicon changes';
COMMENT ON COLUMN @SCHEMA@.place.code IS 'ISO 3166-1 alpha-2 for a country, ISO 3166-2 for a region; not ISO 3166: EAEU, CIS and EU for the unions, and for groups ASEAN, AFRICA, ASIA, EUROPE, LATAM, MIDEAST, GCC, SCO, BRICS, AU, SU (the USSR)';
COMMENT ON COLUMN @SCHEMA@.place.kind IS 'country, region, union (EAEU, CIS, EU: in fact.places) or group (in fact.groups, not in places)';
COMMENT ON COLUMN @SCHEMA@.place.members IS 'a union''s or group''s members as ISO 3166-1 codes, where they are fixed (not for continents or BRICS); on every row of the code';
COMMENT ON COLUMN @SCHEMA@.place.name IS 'a name or adjective as written: Gomel, Homiel, Belarusian';

CREATE TABLE IF NOT EXISTS @SCHEMA@.place_mention (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	sentence_ordinal integer NOT NULL,
	paragraph_ordinal integer NOT NULL,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	code text NOT NULL,
	text text NOT NULL,
	PRIMARY KEY (document_id, paragraph_ordinal, char_start),
	FOREIGN KEY (document_id, sentence_ordinal) REFERENCES @SCHEMA@.sentence ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS place_mention_code ON @SCHEMA@.place_mention (code);
COMMENT ON TABLE @SCHEMA@.place_mention IS 'the places each sentence names; the longest name wins (Gomel region before Gomel)';
COMMENT ON COLUMN @SCHEMA@.place_mention.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.place_mention.sentence_ordinal IS 'the sentence that names it';
COMMENT ON COLUMN @SCHEMA@.place_mention.paragraph_ordinal IS 'the paragraph of that sentence';
COMMENT ON COLUMN @SCHEMA@.place_mention.char_start IS '1-based character position in the paragraph body where the name starts';
COMMENT ON COLUMN @SCHEMA@.place_mention.char_end IS 'position just after the name';
COMMENT ON COLUMN @SCHEMA@.place_mention.code IS 'the place''s code (see place)';
COMMENT ON COLUMN @SCHEMA@.place_mention.text IS 'the name as written';

CREATE TABLE IF NOT EXISTS @SCHEMA@.footnote (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	number integer NOT NULL CHECK (number > 0),
	line integer NOT NULL,
	article_ordinal integer,
	title text,
	year integer,
	url text,
	body text NOT NULL,
	PRIMARY KEY (document_id, number)
);
COMMENT ON TABLE @SCHEMA@.footnote IS 'numbered references at the foot of the pages, numbered through the book';
COMMENT ON COLUMN @SCHEMA@.footnote.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.footnote.number IS 'the footnote number';
COMMENT ON COLUMN @SCHEMA@.footnote.line IS 'source line where the footnote starts';
ALTER TABLE @SCHEMA@.footnote ADD COLUMN IF NOT EXISTS last_line integer;
COMMENT ON COLUMN @SCHEMA@.footnote.last_line IS 'source line where it ends';
COMMENT ON COLUMN @SCHEMA@.footnote.article_ordinal IS 'the article on whose page it stands';
COMMENT ON COLUMN @SCHEMA@.footnote.title IS 'the text before [Electronic resource], or before the author statement " / " of a book';
COMMENT ON COLUMN @SCHEMA@.footnote.year IS 'the reference''s own year; NULL when unreadable';
COMMENT ON COLUMN @SCHEMA@.footnote.url IS 'the URL, de-wrapped; NULL for books and where the conversion lost characters of it (see load_issue)';
COMMENT ON COLUMN @SCHEMA@.footnote.body IS 'the whole reference, its lines joined';

CREATE TABLE IF NOT EXISTS @SCHEMA@.citation (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	footnote_number integer NOT NULL,
	line integer NOT NULL,
	paragraph_ordinal integer NOT NULL,
	char_offset integer NOT NULL,
	PRIMARY KEY (document_id, paragraph_ordinal, char_offset, footnote_number),
	FOREIGN KEY (document_id, paragraph_ordinal) REFERENCES @SCHEMA@.paragraph ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS citation_footnote ON @SCHEMA@.citation (document_id, footnote_number);
COMMENT ON TABLE @SCHEMA@.citation IS 'one row per in-text footnote marker; join footnote on (document_id, footnote_number) where its body exists';
COMMENT ON COLUMN @SCHEMA@.citation.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.citation.footnote_number IS 'the number the marker carries';
COMMENT ON COLUMN @SCHEMA@.citation.line IS 'source line of the marker';
COMMENT ON COLUMN @SCHEMA@.citation.paragraph_ordinal IS 'the paragraph the marker stood in';
COMMENT ON COLUMN @SCHEMA@.citation.char_offset IS '1-based character position in the paragraph body where the marker stood (it is removed from the body)';

CREATE TABLE IF NOT EXISTS @SCHEMA@.load_issue (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	line integer NOT NULL,
	code text NOT NULL,
	message text NOT NULL
);
CREATE INDEX IF NOT EXISTS load_issue_document ON @SCHEMA@.load_issue (document_id, line);
COMMENT ON TABLE @SCHEMA@.load_issue IS 'damage found in a book and how the load dealt with it';
COMMENT ON COLUMN @SCHEMA@.load_issue.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.load_issue.line IS 'source line of the damage';
COMMENT ON COLUMN @SCHEMA@.load_issue.code IS 'stable code: footnote_missing, footnote_duplicate, footnote_label_garbled, footnote_indented, marker_garbled, url_truncated, url_doubled, url_orphan, reference_truncated, year_unreadable, separator_missing, replacement_character, blank_in_sentence, stray_line, heading_missing, page_number_twice';
COMMENT ON COLUMN @SCHEMA@.load_issue.message IS 'what was found, in words';
ALTER TABLE @SCHEMA@.load_issue ADD COLUMN IF NOT EXISTS text text;
COMMENT ON COLUMN @SCHEMA@.load_issue.text IS 'the text of the line where no other table keeps it (a URL left by a lost footnote, a page''s earlier printed number); NULL otherwise';

CREATE OR REPLACE FUNCTION @SCHEMA@.source_line(line_numbers integer[], line_offsets integer[], char_offset integer)
RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT line_numbers[i] FROM pg_catalog.generate_subscripts(line_offsets, 1) AS i
	WHERE line_offsets[i] OPERATOR(pg_catalog.<=) char_offset ORDER BY i DESC LIMIT 1);
COMMENT ON FUNCTION @SCHEMA@.source_line(integer[], integer[], integer) IS
'the source line of the character at char_offset (1-based) of a paragraph body: source_line(p.line_numbers, p.line_offsets, n)';

CREATE TABLE IF NOT EXISTS @SCHEMA@.mention (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	paragraph_ordinal integer NOT NULL,
	line integer NOT NULL,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	kind text NOT NULL CHECK (kind IN ('amount', 'period', 'percent', 'ratio')),
	text text NOT NULL,
	amount @EXTSCHEMA@.currency_amount,
	amount_high @EXTSCHEMA@.currency_amount,
	period @EXTSCHEMA@.reporting_period,
	number numeric,
	number_high numeric,
	qualifier text CHECK (qualifier IN ('approx', 'more_than', 'less_than', 'at_least', 'at_most')),
	points boolean NOT NULL DEFAULT false,
	context boolean NOT NULL DEFAULT false,
	PRIMARY KEY (document_id, paragraph_ordinal, char_start, kind),
	FOREIGN KEY (document_id, paragraph_ordinal) REFERENCES @SCHEMA@.paragraph ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS mention_period ON @SCHEMA@.mention USING gist (period);
CREATE INDEX IF NOT EXISTS mention_amount ON @SCHEMA@.mention (amount);
COMMENT ON TABLE @SCHEMA@.mention IS 'every amount, period, percentage and ratio in the paragraphs, as extract_mentions() finds them';
COMMENT ON COLUMN @SCHEMA@.mention.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.mention.paragraph_ordinal IS 'the paragraph it stands in';
COMMENT ON COLUMN @SCHEMA@.mention.line IS 'source line where the mention starts';
COMMENT ON COLUMN @SCHEMA@.mention.char_start IS '1-based character position in the paragraph body where it starts';
COMMENT ON COLUMN @SCHEMA@.mention.char_end IS 'position just after it: substr(body, char_start, char_end - char_start) = text';
COMMENT ON COLUMN @SCHEMA@.mention.kind IS 'amount, period, percent or ratio';
COMMENT ON COLUMN @SCHEMA@.mention.text IS 'the words as written, without qualifier words';
COMMENT ON COLUMN @SCHEMA@.mention.amount IS 'an amount''s value (the low end of a range)';
COMMENT ON COLUMN @SCHEMA@.mention.amount_high IS 'the high end of a range of amounts';
COMMENT ON COLUMN @SCHEMA@.mention.period IS 'a period''s span, grain and modifier; NULL when its year could not be found';
COMMENT ON COLUMN @SCHEMA@.mention.number IS 'a percentage or ratio as written (the low end of a range)';
COMMENT ON COLUMN @SCHEMA@.mention.number_high IS 'the high end of a range of percentages or ratios';
COMMENT ON COLUMN @SCHEMA@.mention.qualifier IS 'approx, more_than, less_than, at_least or at_most, from the words before the figure';
COMMENT ON COLUMN @SCHEMA@.mention.points IS 'percentage points rather than per cent';
COMMENT ON COLUMN @SCHEMA@.mention.context IS 'the period''s year came from the text around it or the anchor, not its own words';

CREATE OR REPLACE VIEW @SCHEMA@.mention_flat AS
SELECT m.document_id, m.line, m.text, m.kind,
	CASE WHEN m.kind = 'amount' THEN @EXTSCHEMA@.currency(m.amount) END AS currency,
	CASE WHEN m.kind = 'amount' THEN m.amount::numeric ELSE m.number END AS value,
	CASE WHEN m.kind = 'amount' THEN m.amount_high::numeric ELSE m.number_high END AS high,
	m.qualifier,
	@EXTSCHEMA@.start_date(m.period) AS start_date,
	@EXTSCHEMA@.end_date(m.period) AS end_date,
	@EXTSCHEMA@.grain(m.period) AS grain,
	@EXTSCHEMA@.modifier(m.period) AS mod,
	m.context, m.points
FROM @SCHEMA@.mention m;
COMMENT ON VIEW @SCHEMA@.mention_flat IS 'mentions in plain SQL types (text, numeric, date, boolean), for tools that know nothing of the extension''s types';
COMMENT ON COLUMN @SCHEMA@.mention_flat.currency IS 'ISO 4217 code of an amount';
COMMENT ON COLUMN @SCHEMA@.mention_flat.value IS 'an amount''s value, or a percentage or ratio';
COMMENT ON COLUMN @SCHEMA@.mention_flat.high IS 'the high end of a range';
COMMENT ON COLUMN @SCHEMA@.mention_flat.start_date IS 'first day of a period';
COMMENT ON COLUMN @SCHEMA@.mention_flat.end_date IS 'last day of a period (inclusive)';
COMMENT ON COLUMN @SCHEMA@.mention_flat.grain IS 'day, days, month, months, quarter, half, year, years or decade';
COMMENT ON COLUMN @SCHEMA@.mention_flat.mod IS 'TIMEX3 modifier of a period';

CREATE TABLE IF NOT EXISTS @SCHEMA@.fact (
	document_id bigint NOT NULL REFERENCES @SCHEMA@.document ON DELETE CASCADE,
	sentence_ordinal integer NOT NULL,
	paragraph_ordinal integer NOT NULL,
	line integer NOT NULL,
	char_start integer NOT NULL,
	char_end integer NOT NULL,
	kind text NOT NULL CHECK (kind IN ('amount', 'percent', 'ratio')),
	text text NOT NULL,
	indicator text NOT NULL,
	places text[] NOT NULL DEFAULT '{}',
	period @EXTSCHEMA@.reporting_period,
	amount @EXTSCHEMA@.currency_amount,
	amount_high @EXTSCHEMA@.currency_amount,
	number numeric,
	number_high numeric,
	qualifier text,
	change text CHECK (change IN ('increase', 'decrease')),
	footnote_number integer,
	source_url text,
	PRIMARY KEY (document_id, paragraph_ordinal, char_start, kind),
	FOREIGN KEY (document_id, paragraph_ordinal, char_start, kind) REFERENCES @SCHEMA@.mention ON DELETE CASCADE,
	FOREIGN KEY (document_id, sentence_ordinal) REFERENCES @SCHEMA@.sentence ON DELETE CASCADE
);
ALTER TABLE @SCHEMA@.fact ADD COLUMN IF NOT EXISTS id bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX IF NOT EXISTS fact_id ON @SCHEMA@.fact (id);
ALTER TABLE @SCHEMA@.fact ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'actual'
	CHECK (status IN ('actual', 'target', 'forecast'));
ALTER TABLE @SCHEMA@.fact ADD COLUMN IF NOT EXISTS origin text[] NOT NULL DEFAULT '{}';
ALTER TABLE @SCHEMA@.fact ADD COLUMN IF NOT EXISTS destination text[] NOT NULL DEFAULT '{}';
ALTER TABLE @SCHEMA@.fact ADD COLUMN IF NOT EXISTS groups text[] NOT NULL DEFAULT '{}';
CREATE INDEX IF NOT EXISTS fact_period ON @SCHEMA@.fact USING gist (period);
CREATE INDEX IF NOT EXISTS fact_amount ON @SCHEMA@.fact (amount);
CREATE INDEX IF NOT EXISTS fact_indicator ON @SCHEMA@.fact (indicator);
CREATE INDEX IF NOT EXISTS fact_places ON @SCHEMA@.fact USING gin (places);
COMMENT ON TABLE @SCHEMA@.fact IS 'every amount, percent and ratio with what it measures, where and when (ANNOTATION.md, Facts), and the source its sentence cites';
COMMENT ON COLUMN @SCHEMA@.fact.document_id IS 'the book';
COMMENT ON COLUMN @SCHEMA@.fact.sentence_ordinal IS 'the sentence holding the figure (corpus.sentence)';
COMMENT ON COLUMN @SCHEMA@.fact.paragraph_ordinal IS 'the paragraph holding the figure';
COMMENT ON COLUMN @SCHEMA@.fact.line IS 'source line where the figure starts';
COMMENT ON COLUMN @SCHEMA@.fact.char_start IS '1-based character position of the figure in the paragraph body (as in corpus.mention)';
COMMENT ON COLUMN @SCHEMA@.fact.char_end IS 'position just after the figure';
COMMENT ON COLUMN @SCHEMA@.fact.kind IS 'amount, percent or ratio';
COMMENT ON COLUMN @SCHEMA@.fact.text IS 'the figure as written';
COMMENT ON COLUMN @SCHEMA@.fact.indicator IS 'what is measured: a code of data/indicators.csv (trade_turnover, exports, ...), other when none applies';
COMMENT ON COLUMN @SCHEMA@.fact.places IS 'the places the figure is about, sorted: ISO 3166-1/-2 codes, EAEU, CIS, EU; both partners of a bilateral figure';
COMMENT ON COLUMN @SCHEMA@.fact.period IS 'the period the figure refers to (a change: the period it is observed in), with the modifier the text gave it (since 2015: 2015 ON_OR_AFTER); NULL when the text gives none';
COMMENT ON COLUMN @SCHEMA@.fact.amount IS 'an amount''s value (the low end of a range)';
COMMENT ON COLUMN @SCHEMA@.fact.amount_high IS 'the high end of a range of amounts';
COMMENT ON COLUMN @SCHEMA@.fact.number IS 'a percentage or ratio (the low end of a range)';
COMMENT ON COLUMN @SCHEMA@.fact.number_high IS 'the high end of a range of percentages or ratios';
COMMENT ON COLUMN @SCHEMA@.fact.qualifier IS 'approx, more_than, less_than, at_least or at_most';
COMMENT ON COLUMN @SCHEMA@.fact.change IS 'increase or decrease for a change (grew by 27 per cent), NULL for a level';
COMMENT ON COLUMN @SCHEMA@.fact.id IS 'the fact''s number, for corpus.fact_place and fact_flat.fact_id; a document loaded again gets new ones';
COMMENT ON COLUMN @SCHEMA@.fact.status IS 'actual for a result, target for a plan, goal or agreement to reach the figure, forecast for an expectation';
COMMENT ON COLUMN @SCHEMA@.fact.origin IS 'of a directed flow (exports, imports, investment): the exporter, the country of origin or the investor, sorted codes; empty when the text does not say or the figure is no such flow';
COMMENT ON COLUMN @SCHEMA@.fact.destination IS 'of a directed flow: the market, the importer or the recipient; empty as origin';
COMMENT ON COLUMN @SCHEMA@.fact.groups IS 'partners with no ISO 3166 code (ASEAN, AFRICA, LATAM, ...: corpus.place rows of kind group), which places leaves out';
COMMENT ON COLUMN @SCHEMA@.fact.footnote_number IS 'the source: the first footnote the sentence cites, else the next one its paragraph cites (a quotation''s closing marker), else the one before; NULL when the paragraph cites none';
COMMENT ON COLUMN @SCHEMA@.fact.source_url IS 'that footnote''s URL; NULL for a book or when there is no footnote';

CREATE OR REPLACE VIEW @SCHEMA@.fact_flat AS
SELECT f.document_id, d.name AS document, f.line, f.sentence_ordinal, f.kind, f.text, f.indicator,
	f.places,
	@EXTSCHEMA@.start_date(f.period) AS start_date,
	@EXTSCHEMA@.end_date(f.period) AS end_date,
	@EXTSCHEMA@.grain(f.period) AS grain,
	CASE WHEN f.kind = 'amount' THEN @EXTSCHEMA@.currency(f.amount) END AS currency,
	CASE WHEN f.kind = 'amount' THEN f.amount::numeric ELSE f.number END AS value,
	CASE WHEN f.kind = 'amount' THEN f.amount_high::numeric ELSE f.number_high END AS high,
	f.qualifier, f.change, f.footnote_number, f.source_url,
	s.body AS sentence,
	d.kind AS document_kind, d.published, d.title AS document_title, d.url AS document_url,
	d.source AS document_source, d.lang, d.record_id,
	f.status, f.origin, f.destination, f.groups,
	@EXTSCHEMA@.modifier(f.period) AS mod, f.id AS fact_id
FROM @SCHEMA@.fact f
JOIN @SCHEMA@.document d ON d.id = f.document_id
JOIN @SCHEMA@.sentence s ON s.document_id = f.document_id AND s.ordinal = f.sentence_ordinal;
COMMENT ON VIEW @SCHEMA@.fact_flat IS 'facts in plain SQL types (text, text[], numeric, date), for BI tools that know nothing of the extension''s types';
COMMENT ON COLUMN @SCHEMA@.fact_flat.document_id IS 'the book (corpus.document.id)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.document IS 'file name of the book';
COMMENT ON COLUMN @SCHEMA@.fact_flat.line IS 'source line where the figure starts: the place to check it';
COMMENT ON COLUMN @SCHEMA@.fact_flat.sentence_ordinal IS 'the sentence holding the figure, numbered through the book';
COMMENT ON COLUMN @SCHEMA@.fact_flat.kind IS 'amount, percent or ratio';
COMMENT ON COLUMN @SCHEMA@.fact_flat.text IS 'the figure as written';
COMMENT ON COLUMN @SCHEMA@.fact_flat.indicator IS 'what is measured: trade_turnover, trade_balance, exports, imports, services_trade, gdp, industrial_output, agricultural_output, investment, import_substitution, contracts, production, retail_trade, transport, budget, prices, employment or other';
COMMENT ON COLUMN @SCHEMA@.fact_flat.places IS 'places the figure is about, sorted codes: ISO 3166-1 alpha-2 (BY), ISO 3166-2 (BY-HO), EAEU, CIS, EU';
COMMENT ON COLUMN @SCHEMA@.fact_flat.start_date IS 'first day of the period the figure refers to; NULL when none';
COMMENT ON COLUMN @SCHEMA@.fact_flat.end_date IS 'last day of that period (inclusive)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.grain IS 'the period''s grain: month, months, quarter, half, year, years, ...';
COMMENT ON COLUMN @SCHEMA@.fact_flat.currency IS 'ISO 4217 code of an amount; NULL for a percent or ratio';
COMMENT ON COLUMN @SCHEMA@.fact_flat.value IS 'an amount in units of its currency (USD 900000000), a percentage (27 for 27%), or a ratio (1.5 for one and a half times)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.high IS 'the high end of a range; NULL otherwise';
COMMENT ON COLUMN @SCHEMA@.fact_flat.qualifier IS 'approx, more_than, less_than, at_least or at_most';
COMMENT ON COLUMN @SCHEMA@.fact_flat.change IS 'increase or decrease for a change, NULL for a level';
COMMENT ON COLUMN @SCHEMA@.fact_flat.footnote_number IS 'the footnote that is the figure''s source: its sentence''s, else its paragraph''s next or last';
COMMENT ON COLUMN @SCHEMA@.fact_flat.source_url IS 'the URL of that footnote';
COMMENT ON COLUMN @SCHEMA@.fact_flat.status IS 'actual, target (a plan or goal) or forecast (an expectation)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.origin IS 'a directed flow''s exporter, country of origin or investor; empty when not said';
COMMENT ON COLUMN @SCHEMA@.fact_flat.destination IS 'a directed flow''s market, importer or recipient; empty when not said';
COMMENT ON COLUMN @SCHEMA@.fact_flat.groups IS 'partners with no ISO code (ASEAN, AFRICA, ...)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.mod IS 'TIMEX3 modifier of the period as the text gave it: ON_OR_AFTER (since 2015), ON_OR_BEFORE (by 2030), START, MID, END (at the end of 2021), ...; NULL for none';
COMMENT ON COLUMN @SCHEMA@.fact_flat.sentence IS 'the sentence holding the figure';
COMMENT ON COLUMN @SCHEMA@.fact_flat.document_kind IS 'book, text or record (corpus.document.kind)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.published IS 'when the document was written, where known';
COMMENT ON COLUMN @SCHEMA@.fact_flat.document_title IS 'the document''s title, where it has one';
COMMENT ON COLUMN @SCHEMA@.fact_flat.document_url IS 'the document''s URL, where it has one (a news item''s page)';
COMMENT ON COLUMN @SCHEMA@.fact_flat.document_source IS 'who published the document, where given';
COMMENT ON COLUMN @SCHEMA@.fact_flat.lang IS 'the document''s language, where given';
COMMENT ON COLUMN @SCHEMA@.fact_flat.record_id IS 'the id of a JSONL or CSV record in its file';
COMMENT ON COLUMN @SCHEMA@.fact_flat.fact_id IS 'the fact''s number: its places and their roles are the rows of fact_place with this fact_id';

CREATE OR REPLACE VIEW @SCHEMA@.fact_place AS
SELECT f.id AS fact_id, p.place,
	CASE WHEN p.place = ANY (f.origin) THEN 'origin'
		WHEN p.place = ANY (f.destination) THEN 'destination'
		ELSE 'about' END AS role
FROM @SCHEMA@.fact f
CROSS JOIN LATERAL pg_catalog.unnest(f.places || f.groups) AS p(place);
COMMENT ON VIEW @SCHEMA@.fact_place IS 'one row per place of a fact and its role, for BI tools that filter on one column rather than arrays: join fact_flat on fact_id';
COMMENT ON COLUMN @SCHEMA@.fact_place.fact_id IS 'the fact (fact_flat.fact_id)';
COMMENT ON COLUMN @SCHEMA@.fact_place.place IS 'a code of fact.places (ISO 3166, EAEU, CIS, EU) or of fact.groups (ASEAN, AFRICA, ...: corpus.place)';
COMMENT ON COLUMN @SCHEMA@.fact_place.role IS 'origin (the exporter, country of origin or investor of a directed flow), destination (its market, importer or recipient) or about (any other place of the figure)';

-- econtext_reader: for analysts and BI tools, the views and nothing else.
-- A role is cluster-wide: it is created once, by a loader allowed to.
DO $reader$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'econtext_reader') THEN
		IF (SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
			BEGIN
				CREATE ROLE econtext_reader NOLOGIN;
				COMMENT ON ROLE econtext_reader IS 'reads the views of econtext-load''s schemas (fact_flat, fact_place, mention_flat) and nothing else';
			EXCEPTION WHEN duplicate_object OR unique_violation THEN
				NULL;	-- a loader in another database made it just now
			END;
		ELSE
			RAISE NOTICE 'role econtext_reader does not exist and % may not create it', current_user;
		END IF;
	END IF;
END
$reader$;
-- (the loader grants it USAGE on the schema and SELECT on the three views
-- itself: the schema's name has no place inside the dollar quotes above)

-- what the loader last made of this schema: a loader that finds its own
-- script here runs none of it, and takes none of its locks
CREATE TABLE IF NOT EXISTS @SCHEMA@.loader_state (
	one boolean PRIMARY KEY DEFAULT true CHECK (one),
	ddl_sha256 text NOT NULL,
	relations integer NOT NULL,
	applied_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @SCHEMA@.loader_state IS 'one row: what econtext-load last applied to this schema';
COMMENT ON COLUMN @SCHEMA@.loader_state.one IS 'true: there is one row';
COMMENT ON COLUMN @SCHEMA@.loader_state.ddl_sha256 IS 'SHA-256 of the loader''s script for this schema, its lexicon of places and the extension it found; a loader with another runs its script again';
COMMENT ON COLUMN @SCHEMA@.loader_state.relations IS 'the tables, views and indexes of the schema then; a schema with fewer (or more) is set up again';
COMMENT ON COLUMN @SCHEMA@.loader_state.applied_at IS 'when it was applied';
