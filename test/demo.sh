#!/usr/bin/env bash
# The demo cluster: a PostgreSQL server kept under the project (.pgdata/),
# on its own port and socket, with econtext created in database "econtext".
#
#   test/demo.sh         create or start it, show examples, print how to connect
#   test/demo.sh stop    stop it
#
# Idempotent: an existing cluster is reused, a running one left running.
# Called by `make demo` / `make demo-stop`, which set PG_BINDIR, DEMO_DIR and
# DEMO_PORT.
set -euo pipefail
: "${PG_BINDIR:?}" "${DEMO_DIR:?}" "${DEMO_PORT:?}"

data="$DEMO_DIR/data"
sock="$DEMO_DIR/run"
log="$DEMO_DIR/server.log"

# initdb refuses to run as root: as root the cluster belongs to postgres.
as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { as_owner "$PG_BINDIR/pg_ctl" -D "$data" status >/dev/null 2>&1; }

if [ "${1:-}" = stop ]; then
	if [ -f "$data/PG_VERSION" ] && running; then
		as_owner "$PG_BINDIR/pg_ctl" -D "$data" -m fast -w stop
	else
		echo "demo cluster is not running"
	fi
	exit 0
fi

if [ ! -f "$data/PG_VERSION" ]; then
	mkdir -p "$DEMO_DIR"
	[ "$(id -u)" = 0 ] && chown postgres: "$DEMO_DIR"
	as_owner "$PG_BINDIR/initdb" -D "$data" -U postgres --auth=trust \
		--encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
# the socket directory is private to the cluster's owner (and root)
as_owner mkdir -p "$sock"
as_owner chmod 700 "$sock"
if ! running; then
	as_owner "$PG_BINDIR/pg_ctl" -D "$data" -l "$log" -w start \
		-o "-p $DEMO_PORT -k $sock -c listen_addresses=''" >/dev/null
fi

psql_demo() { "$PG_BINDIR/psql" -X -h "$sock" -p "$DEMO_PORT" -U postgres "$@"; }

if [ "$(psql_demo -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = 'econtext'")" = 0 ]; then
	psql_demo -d postgres -qc "CREATE DATABASE econtext"
fi
psql_demo -d econtext -q -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS econtext;
ALTER EXTENSION econtext UPDATE;
SQL

# the first book, loaded (again: an unchanged book is left alone)
"${LOADER:-econtext-load}" -h "$sock" -p "$DEMO_PORT" -U postgres -d econtext data/*.txt

echo "== econtext demo: database econtext on port $DEMO_PORT =="
psql_demo -d econtext -v ON_ERROR_STOP=1 --echo-queries <<'SQL'
-- amounts as prose writes them, canonical and exact
SELECT input, input::currency_amount AS amount
FROM (VALUES ('$900 million'), ('BYN 200 mln'), ('half a billion dollars'),
	('2 billion tenge'), ('1,250.50 EUR')) AS t(input);
-- arithmetic within a currency, totals per currency
SELECT currency(a), sum(a), avg(a)
FROM (VALUES ('$900 million'::currency_amount), ('US$417.5m'), ('EUR 3.2bn'),
	('€1.1 bn')) AS t(a)
GROUP BY 1 ORDER BY 1;
-- periods as prose names them, as exact spans of days
SELECT input, p AS period, start_date(p), end_date(p), grain(p), modifier(p)
FROM (VALUES ('January-October 2021'), ('the first half of 2021'),
	('first nine months of 2023'), ('late December 2022'), ('since 2012'),
	('2021-2025')) AS t(input), LATERAL (SELECT input::reporting_period AS p) x;
-- year-on-year, and relative forms against a reference date
SELECT shift_years('January-October 2021', -1) AS year_before,
	parse_period('the first half of last year', date '2022-03-01') AS relative;
SELECT 'first half of 2021'::reporting_period && 'Q2 2021' AS overlaps,
	'2021-H1'::reporting_period @> date '2021-03-15' AS contains_day;
-- the book's structure: articles with their paragraphs and footnotes
SELECT a.ordinal, a.title, left(a.subtitle, 40) AS subtitle,
	(SELECT count(*) FROM corpus.paragraph p WHERE p.document_id = a.document_id
		AND p.article_ordinal = a.ordinal) AS paragraphs,
	(SELECT count(*) FROM corpus.footnote f WHERE f.document_id = a.document_id
		AND f.article_ordinal = a.ordinal) AS footnotes
FROM corpus.article a ORDER BY a.ordinal;
-- the most cited sources, by host
SELECT substring(f.url FROM '://([^/]+)') AS host, count(*) AS citations
FROM corpus.citation c
JOIN corpus.footnote f ON f.document_id = c.document_id AND f.number = c.footnote_number
WHERE f.url IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5;
-- full-text search, with the source line of each hit
SELECT p.first_line, ts_headline('english', p.body, q, 'MaxWords=18, MinWords=8') AS excerpt
FROM corpus.paragraph p, to_tsquery('english', 'tractor & Uzbekistan') q
WHERE p.body_tsv @@ q ORDER BY p.first_line LIMIT 3;
SQL
# three of the README's questions, on the facts of the book
for q in test/questions/0[123]_*.sql; do
	psql_demo -d econtext -v ON_ERROR_STOP=1 --echo-queries -P footer=off -f "$q"
done
# errors say what is wrong, and where
psql_demo -d econtext --echo-queries \
	-c "SELECT '\$2-3 billion'::currency_amount AS range_is_no_amount" 2>&1 || true

cat <<EOT

The demo cluster keeps running. Connect with:
  psql -h $sock -p $DEMO_PORT -U postgres econtext
Stop it with: make demo-stop
EOT
