# test/loader/lib.sh: what the loader's tests share (sourced, not run by
# prove): the TAP helpers, the loader (LOAD=path tests another build), the
# fixtures, a work directory removed at the end, a database of the test's
# own.  Against a real server (PG* variables, as make test sets them inside
# pg_virtualenv).
set -u
cd "$(dirname "$0")/../.."
. test/lib/tap.sh

LOAD=${LOAD:-$PWD/loader/econtext-load}
FIX=test/loader/fixtures
WORK=$(mktemp -d)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT

# fresh_db NAME [OPTIONS]: database NAME made anew (CREATE DATABASE OPTIONS),
# the one psql and the loader use from here on
fresh_db() {
	psql -X -q -d postgres -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 ${2:-}" >/dev/null
	export PGDATABASE=$1
}
# q SQL: its rows, unaligned
q() { psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }
