# Helpers for the test/security/*.t scripts (sourced, not run by prove):
# TAP output, psql as the superuser of the PG* variables or as a role of the
# test's own, and the clean-up of the databases and roles a script makes.
# Against a real server (PG* variables, as pg_virtualenv sets them).
set -u
cd "$(dirname "$0")/../.."

LOAD=${ECONTEXT_LOAD:-loader/econtext-load}
BOOK=data/eurasian-integration-monograph.txt
WORK=$(mktemp -d)
chmod 755 "$WORK"
# every psql's and loader's stderr, to look for 'hijacked' at the end
ERRLOG=$WORK/stderr.log
: >"$ERRLOG"
# the password of every role a script makes (connections are by password,
# as pg_virtualenv's pg_hba.conf has it for TCP)
PW=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')

. test/lib/tap.sh
# same_count GOT EXPECTED DESCRIPTION: equal counts, and not zero
same_count() {
	if [ -n "$2" ] && [ "$2" != 0 ] && [ "$1" = "$2" ]; then pass "$3"; else
		fail "$3"; printf '#   got:      %s\n#   expected: %s (not zero)\n' "$1" "$2" | head -40; fi
}
diag() { sed 's/^/#   /' | head -${2:-40}; }

# sq DB SQL: as the superuser; rows unaligned, stderr kept in ERRLOG
sq() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2" 2>>"$ERRLOG"; }
# cq DB SQL: likewise, with search_path = pg_catalog, pg_temp: for looking
# into a database where other roles' objects are on its own search_path
cq() { PGOPTIONS="${PGOPTIONS:-} -c search_path=pg_catalog,pg_temp" sq "$@"; }
# rq ROLE DB SQL: logged in as ROLE (a role made with PASSWORD '$PW')
rq() { PGPASSWORD=$PW psql -X -q -At -v ON_ERROR_STOP=1 -U "$1" -d "$2" -c "$3" 2>>"$ERRLOG"; }
# rfile ROLE DB FILE: a script as ROLE ('' for the superuser)
rfile() {
	if [ -n "$1" ]; then
		PGPASSWORD=$PW psql -X -q -At -v ON_ERROR_STOP=1 -U "$1" -d "$2" -f "$3" 2>>"$ERRLOG"
	else
		psql -X -q -At -v ON_ERROR_STOP=1 -d "$2" -f "$3" 2>>"$ERRLOG"
	fi
}
# refused ROLE DB SQL SQLSTATE DESCRIPTION: the statement fails with that state
refused() {
	local out
	out=$(PGPASSWORD=$PW psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -U "$1" -d "$2" \
		-c "$3" 2>&1 >/dev/null)
	if [ $? -ne 0 ] && grep -q "ERROR:  $4" <<<"$out"; then pass "$5"; else
		fail "$5"; echo "$out" | diag; fi
}

# The databases and roles of a script, dropped at the end whatever happens.
# econtext_reader is the loader's, cluster-wide: dropped only when this
# script's loads made it.
DBS=()
ROLES=()
READER_BEFORE=$(psql -X -At -d postgres -c "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = 'econtext_reader'")
new_db() {
	DBS+=("$1")
	psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" \
		-c "CREATE DATABASE \"$1\" ${2:-}" >/dev/null
}
new_role() {
	ROLES+=("$1")
	psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS \"$1\"" \
		-c "CREATE ROLE \"$1\" LOGIN PASSWORD '$PW' ${2:-}" >/dev/null
}
cleanup() {
	local d r
	for d in "${DBS[@]}"; do
		psql -X -q -d postgres -c "SET client_min_messages = warning" \
			-c "DROP DATABASE IF EXISTS \"$d\" WITH (FORCE)" >/dev/null 2>&1
	done
	for r in "${ROLES[@]}"; do
		psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS \"$r\"" >/dev/null 2>&1
	done
	if [ "$READER_BEFORE" = 0 ]; then
		psql -X -q -d postgres -c "SET client_min_messages = warning" \
			-c "DROP ROLE IF EXISTS econtext_reader" >/dev/null 2>&1
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

# exercise ROLE DB SCHEMA: test/security/exercise.sql as ROLE ('' for the
# superuser) in DB with the extension in SCHEMA; prints its name|value lines
exercise() {
	local rows=$WORK/rows-$2.sql sql=$WORK/exercise-$2.sql i cur y m form
	local curs=(USD EUR RUB)
	{
		echo "INSERT INTO ex.t VALUES"
		for i in $(seq 1 240); do
			cur=${curs[$((i % 3))]}
			y=$((2015 + i % 10))
			m=$(printf %02d $((i % 12 + 1)))
			case $((i % 8)) in
				0) form="$y-H1" ;; 1) form="$y-H2" ;; 2) form="$y-Q$((i % 4 + 1))" ;;
				3) form="$y-$m" ;; 4) form="$y" ;; 5) form="January-October $y" ;;
				6) form="since $y" ;; 7) form="$y-$m-15" ;;
			esac
			[ $i -lt 240 ] && sep=, || sep=";"
			echo "($i, '$cur $i million', '$form')$sep"
		done
	} >"$rows"
	sed -e "s|@X@|$3|g" -e "s|@ROWS@|$rows|g" -e "s|@BIN@|$WORK/t-$2.bin|g" test/security/exercise.sql >"$sql"
	rfile "$1" "$2" "$sql"
}
