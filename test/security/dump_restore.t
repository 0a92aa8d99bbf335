#!/usr/bin/env bash
# pg_dump and restore of a database that uses the extension everywhere it
# can be used: columns of both types, btree, hash and GiST indexes, CHECK
# constraints with the types' operators, a UNIQUE amount, an EXCLUDE USING
# gist (p WITH &&), views, and the loader's corpus schema.  pg_dump -Fc into
# pg_restore, and pg_dump -Fp into psql, each into an empty database: no
# error, the same rows, index scans and definitions, and the constraints
# still refuse what they refused.  Prints TAP.
source "$(dirname "$0")/lib.sh"

S=sec_dump_$$
SRC=${S}_src
CUSTOM=${S}_custom
PLAIN=${S}_plain
new_db "$SRC"
new_db "$CUSTOM" "TEMPLATE template0"
new_db "$PLAIN" "TEMPLATE template0"

if sq "$SRC" "
CREATE EXTENSION econtext;
CREATE TABLE figure (
	id integer PRIMARY KEY,
	a currency_amount NOT NULL,
	p reporting_period NOT NULL,
	note text,
	CONSTRAINT figure_a_not_negative CHECK (a >= currency_amount(currency(a), 0)),
	CONSTRAINT figure_p_in_range CHECK (p <@ '2000/2039'::reporting_period AND grain(p) <> 'decade'),
	CONSTRAINT figure_a_unique UNIQUE (a)
);
INSERT INTO figure
SELECT g, currency_amount((ARRAY['USD', 'EUR', 'RUB'])[g % 3 + 1], g * 100000.25),
	CASE g % 6
		WHEN 0 THEN parse_period(format('since %s', 2000 + g % 30))
		WHEN 1 THEN parse_period(format('first half of %s', 2000 + g % 30))
		WHEN 2 THEN parse_period(format('Q%s %s', g % 4 + 1, 2000 + g % 30))
		WHEN 3 THEN parse_period(format('early March %s', 2000 + g % 30))
		WHEN 4 THEN parse_period('January-August', make_date(2000 + g % 30, 12, 1))
		ELSE reporting_period(date '2000-01-01' + g * 3, date '2000-01-01' + g * 3 + g % 90)
	END,
	CASE WHEN g % 7 = 0 THEN NULL ELSE format('figure %s', g) END
FROM generate_series(1, 2000) g;
CREATE INDEX figure_p_btree ON figure (p);
CREATE INDEX figure_p_hash ON figure USING hash (p);
CREATE INDEX figure_p_gist ON figure USING gist (p);
CREATE INDEX figure_a_hash ON figure USING hash (a);
CREATE TABLE term (
	id integer PRIMARY KEY,
	holder text NOT NULL,
	p reporting_period NOT NULL,
	CONSTRAINT term_no_overlap EXCLUDE USING gist (p WITH &&)
);
INSERT INTO term SELECT y - 1999, format('holder %s', y), parse_period(y::text) FROM generate_series(2000, 2039) y;
CREATE VIEW figure_flat AS
	SELECT id, currency(a) AS currency, a::numeric AS value, start_date(p), end_date(p), grain(p), modifier(p),
		p::daterange AS days
	FROM figure WHERE p && '2010/2020';
CREATE VIEW figure_totals AS
	SELECT currency(a) AS currency, sum(a), min(a), max(a), avg(a), count(*)
	FROM figure GROUP BY 1;
ANALYZE;
" >/dev/null; then
	pass "a database with the types in columns, indexes, constraints and views"
else
	fail "a database with the types in columns, indexes, constraints and views"; tail -5 "$ERRLOG" | diag
fi
out=$($LOAD -q -d "$SRC" $BOOK 2>&1)
is "$?" 0 "the loader loads the book into it (schema corpus)"
sq "$SRC" "ANALYZE" >/dev/null

# --- what must come back the same ----------------------------------------------
# every table and view of public and corpus: rows and md5 of the ordered rows
tables=$(sq "$SRC" "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname IN ('public', 'corpus') AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1")
is "$(grep -cxE 'corpus\.(document|paragraph|mention|fact|fact_flat|mention_flat)|public\.(figure|figure_flat|figure_totals|term)' <<<"$tables")" 10 \
	"the tables and views to compare ($(echo "$tables" | wc -l)) include the figures', the terms', the views and the corpus'"
state() {
	local t
	for t in $tables; do
		echo "$t|$(sq "$1" "SELECT count(*) || ' ' || md5(coalesce(string_agg(r::text, E'\n' ORDER BY r::text), '')) FROM $t r")"
	done
	# the definitions, as the server prints them
	echo "definitions|$(sq "$1" "SELECT md5(string_agg(d, E'\n' ORDER BY d)) FROM (
		SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS d FROM pg_constraint c
		JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname IN ('public', 'corpus')
		UNION ALL SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'corpus')
		UNION ALL SELECT c.oid::regclass || ' ' || pg_get_viewdef(c.oid) FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'corpus') AND c.relkind = 'v'
		UNION ALL SELECT a.attrelid::regclass || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname IN ('public', 'corpus') AND a.attnum > 0 AND NOT a.attisdropped) s")"
	echo "grants|$(sq "$1" "SELECT string_agg(c.oid::regclass || ' ' || c.relacl::text, ' ' ORDER BY c.oid::regclass::text) FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'corpus' AND c.relacl IS NOT NULL")"
	echo "extension|$(sq "$1" "SELECT extname || ' ' || extversion || ' ' || extnamespace::regnamespace FROM pg_extension WHERE extname = 'econtext'")"
	# the index scans, with sequential scans off: their rows, and the index used
	scan "$1" figure_p_gist "SELECT id FROM figure WHERE p && '2021-H1'"
	scan "$1" figure_p_gist "SELECT id FROM figure WHERE p @> date '2021-03-15'"
	scan "$1" figure_a_unique "SELECT id FROM figure WHERE a > 'USD 100 million'"
	scan "$1" figure_p_btree "SELECT id FROM figure WHERE p < '2001'"
	scan "$1" figure_p_hash "SELECT id FROM figure WHERE p = 'first half of 2013'"
	scan "$1" figure_a_hash "SELECT id FROM figure WHERE a = 'EUR 100000.25'"
	scan "$1" term_no_overlap "SELECT id FROM term WHERE p @> '2021-H1'"
	scan "$1" mention_period "SELECT paragraph_ordinal, char_start FROM corpus.mention WHERE period && '2021-H1'"
	scan "$1" fact_amount "SELECT paragraph_ordinal, char_start FROM corpus.fact WHERE amount > 'USD 100 million'"
}
# scan DB INDEX QUERY: the rows' md5 and whether the plan uses INDEX
scan() {
	local plan rows
	plan=$(psql -X -q -At -d "$1" -c "SET enable_seqscan = off" -c "EXPLAIN (COSTS OFF) $3" 2>>"$ERRLOG")
	rows=$(psql -X -q -At -d "$1" -c "SET enable_seqscan = off" \
		-c "SELECT count(*) || ' ' || md5(coalesce(string_agg(q::text, ',' ORDER BY q::text), '')) FROM ($3) q" 2>>"$ERRLOG")
	if grep -Eq " (on|using) $2( |$)" <<<"$plan"; then echo "$3|$rows by $2"; else echo "$3|$rows NOT BY $2"; fi
}
BEFORE=$(state "$SRC")
is "$(grep -c 'NOT BY' <<<"$BEFORE")" 0 "in the source, every query uses its index"
grep 'NOT BY' <<<"$BEFORE" | diag
is "$(grep -c '|0 ' <<<"$BEFORE")" 0 "and every table, view and query has rows"
grep '|0 ' <<<"$BEFORE" | diag

# refusals: each statement must fail with its SQLSTATE
refusals() {
	local sql state out
	while IFS='|' read -r state sql; do
		out=$(psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$1" -c "$sql" 2>&1 >/dev/null)
		if grep -q "ERROR:  $state" <<<"$out"; then pass "$2: $state for $sql"; else
			fail "$2: $state for $sql"; echo "$out" | diag; fi
	done <<'EOF'
23514|INSERT INTO figure VALUES (9001, 'USD -5', '2010', NULL)
23514|INSERT INTO figure VALUES (9002, 'USD 5', '1999', NULL)
23514|INSERT INTO figure VALUES (9003, 'USD 5', 'the 2010s', NULL)
23505|INSERT INTO figure VALUES (9004, 'EUR 100000.25', '2010', NULL)
23P01|INSERT INTO term VALUES (99, 'an overlap', 'first quarter of 2021')
23514|INSERT INTO corpus.document (name, sha256, line_count) VALUES ('bad', 'not a sha256', 1)
23514|UPDATE corpus.mention SET kind = 'bogus' WHERE char_start = (SELECT min(char_start) FROM corpus.mention)
EOF
}

# --- pg_dump -Fc | pg_restore ------------------------------------------------------
pg_dump -Fc -d "$SRC" -f "$WORK/src.dump" 2>"$WORK/dump.err"
is "$?|$(cat "$WORK/dump.err")" "0|" "pg_dump -Fc succeeds without a message"
pg_restore -d "$CUSTOM" "$WORK/src.dump" >"$WORK/restore.out" 2>"$WORK/restore.err"
rc=$?
is "$rc" 0 "pg_restore into an empty database succeeds"
is "$(cat "$WORK/restore.out" "$WORK/restore.err")" "" "pg_restore prints no error, no warning"
sq "$CUSTOM" "ANALYZE" >/dev/null
AFTER=$(state "$CUSTOM")
is "$AFTER" "$BEFORE" "pg_restore: the same rows, definitions, grants, and index scans with the same rows"
diff <(echo "$BEFORE") <(echo "$AFTER") | diag
refusals "$CUSTOM" "pg_restore"

# --- pg_dump -Fp | psql ------------------------------------------------------------
pg_dump -Fp -d "$SRC" 2>"$WORK/dump.err" | psql -X -q -v ON_ERROR_STOP=1 -d "$PLAIN" >"$WORK/plain.out" 2>"$WORK/plain.err"
rc=("${PIPESTATUS[@]}")
is "${rc[0]}|${rc[1]}|$(cat "$WORK/dump.err")" "0|0|" "pg_dump -Fp | psql succeeds"
is "$(grep -E 'ERROR|WARNING|FATAL' "$WORK/plain.out" "$WORK/plain.err")" "" "psql prints no error, no warning"
sq "$PLAIN" "ANALYZE" >/dev/null
AFTER=$(state "$PLAIN")
is "$AFTER" "$BEFORE" "plain SQL: the same rows, definitions, grants, and index scans with the same rows"
diff <(echo "$BEFORE") <(echo "$AFTER") | diag
refusals "$PLAIN" "plain SQL"

# and the source refused the same all along
refusals "$SRC" "source"

done_testing