#!/usr/bin/env bash
# The demo cluster: a PostgreSQL server kept under the project (.pgdata/),
# on its own port and socket, with econtext created in database "econtext".
#
#   test/demo.sh         create or start it, show examples, print how to connect
#   test/demo.sh stop    stop it
#
# Idempotent: an existing cluster is reused, a running one left running.
# Called by `make demo` / `make demo-stop`, which set PG_BINDIR, DEMO_DIR and
# DEMO_PORT (54329 unless given: make demo DEMO_PORT=...).  Prints what was
# loaded, three questions with their answers and how to connect.
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

# three of the questions of doc/questions.md, with their answers
for q in $(ls test/questions/*.sql | head -3); do
	echo
	echo "== $(sed -n '1s/^-- *//p' "$q")"
	# as a command's output: without the blank line psql ends a table with
	answer=$(psql_demo -d econtext -q -v ON_ERROR_STOP=1 -P footer=off -f "$q")
	echo "$answer"
done
echo

cat <<EOT
More questions, with their SQL: doc/questions.md.  The demo cluster keeps running:
  psql -h $sock -p $DEMO_PORT -U postgres econtext
Stop it with: make demo-stop
EOT
