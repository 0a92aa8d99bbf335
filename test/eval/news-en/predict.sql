-- The mentions extract_mentions() finds in news.tsv (read from standard
-- input: a published date, a tab, the text), each item anchored at its
-- date, as JSON lines in the shape score.py reads (corpus.mention_flat's).
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
CREATE TEMP TABLE news (line serial, published date NOT NULL, body text NOT NULL);
\copy news (published, body) FROM pstdin
\set QUIET 0
SELECT row_to_json(r)
FROM (SELECT n.line, m.text, m.kind,
		CASE WHEN m.kind = 'amount' THEN currency(m.amount) END AS currency,
		CASE WHEN m.kind = 'amount' THEN m.amount::numeric ELSE m.number END AS value,
		CASE WHEN m.kind = 'amount' THEN m.amount_high::numeric ELSE m.number_high END AS high,
		m.qualifier, start_date(m.period) AS start, end_date(m.period) AS "end",
		grain(m.period) AS grain, modifier(m.period) AS mod, m.context, m.points
	FROM news n, extract_mentions(n.body, n.published) m
	ORDER BY n.line, m.char_start) r;
