#!/usr/bin/env bash
# econtext-load when a load fails half-way: a failed load must leave the
# database exactly as it was before the attempt.  Run against a real server
# (PG* variables, as make test sets them inside pg_virtualenv); case 4 starts
# a throwaway cluster of its own, case 5 mounts a small tmpfs (root only).
# Prints TAP.
#
# How a load is stopped in the middle of its transaction, deterministically:
# before the loader starts, a second session (the "blocker") inserts,
# uncommitted and with session_replication_role = replica (no FK check), a
# fact row with the primary key the loader's COPY of the new version is
# about to write (the next document id).  The loader deletes the old
# document (every table's rows of it), inserts the new one, copies articles
# ... mentions, and waits in COPY fact on the blocker's transaction (wait
# event transactionid).  That is where the failure is inflicted.  (A table
# lock such as LOCK TABLE fact IN ACCESS EXCLUSIVE MODE would stop it
# earlier, at the schema check of db_prepare, before its load transaction.)
set -u
cd "$(dirname "$0")/../.."
. test/lib/tap.sh

LOAD=$PWD/loader/econtext-load
PGBIN=/usr/lib/postgresql/15/bin
BOOK=data/eurasian-integration-monograph.txt
NAME=$(basename $BOOK)
WORK=$(mktemp -d)
chmod 755 "$WORK"
DB=econtext_failures_test
RACE_DB=econtext_failures_race
LOAD_PID=
BLK_PID=
OWN=
OWN_UP=
TS_MOUNTED=

# initdb and pg_ctl refuse to run as root: as postgres then
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
	[ -n "$LOAD_PID" ] && kill -9 "$LOAD_PID" 2>/dev/null
	[ -n "$BLK_PID" ] && kill "$BLK_PID" 2>/dev/null && wait "$BLK_PID" 2>/dev/null
	if [ -n "$OWN_UP" ]; then
		as_pg $PGBIN/pg_ctl -D "$OWN/data" -m immediate -w stop >/dev/null 2>&1
	fi
	if [ -n "$TS_MOUNTED" ]; then
		psql -X -q -d "$DB" -c "DROP SCHEMA IF EXISTS full_disk CASCADE" >/dev/null 2>&1
		psql -X -q -d postgres -c "DROP TABLESPACE IF EXISTS econtext_small" >/dev/null 2>&1
		umount "$WORK/ts" 2>/dev/null
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

psql -X -q -d postgres -c "SET client_min_messages = warning" \
	-c "DROP DATABASE IF EXISTS $DB" -c "DROP DATABASE IF EXISTS $RACE_DB" \
	-c "CREATE DATABASE $DB" >/dev/null
export PGDATABASE=$DB
q() { psql -X -At -v ON_ERROR_STOP=1 -c "$1"; }


# --- what a schema holds ------------------------------------------------------

# every relation of schema $1, then per table: rows and an md5 of all of them
snapshot() {
	psql -X -At -v ON_ERROR_STOP=1 -v s="$1" <<'SQL'
SELECT string_agg(c.relname || ':' || c.relkind::text, ' ' ORDER BY c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :'s';
SELECT format('SELECT %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), ''-'') FROM %I.%I t',
	c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = :'s' AND c.relkind = 'r' AND c.relname <> 'loader_state' ORDER BY c.relname
\gexec
SQL
	[ $? = 0 ] || echo "snapshot of $1 failed ($RANDOM)"
}
# rows per table of schema $1, on one line
counts() {
	psql -X -At -v ON_ERROR_STOP=1 -v s="$1" <<'SQL' | paste -sd ' '
SELECT format('SELECT %L || ''='' || count(*) FROM %I.%I', c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = :'s' AND c.relkind = 'r' ORDER BY c.relname
\gexec
SQL
	[ ${PIPESTATUS[0]} = 0 ] || echo "counts of $1 failed ($RANDOM)"
}
# per table an md5 of the rows without document ids and load times: two
# loads of the same book compare equal
content() {
	psql -X -At -v ON_ERROR_STOP=1 -v s="$1" <<'SQL' | paste -sd ' '
SELECT format('SELECT %L || ''='' || coalesce(md5(string_agg(r, ''|'' ORDER BY r)), ''-'') FROM (SELECT (to_jsonb(t) - ''document_id'' - ''id'' - ''loaded_at'')::text AS r FROM %I.%I t) x',
	c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = :'s' AND c.relkind = 'r' AND c.relname <> 'loader_state' ORDER BY c.relname
\gexec
SQL
	[ ${PIPESTATUS[0]} = 0 ] || echo "content of $1 failed ($RANDOM)"
}
# advisory locks and loader backends left in the cluster, waiting up to 10 s
# for backends that are on their way out
leftovers() {
	local i out
	for i in $(seq 100); do
		out=$(q "SELECT 'advisory=' || (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory')
			|| ' loaders=' || (SELECT count(*) FROM pg_stat_activity WHERE application_name = 'econtext-load')")
		[ "$out" = "advisory=0 loaders=0" ] && break
		sleep 0.1
	done
	echo "$out"
}
# the sha256 of the book's document in schema $1
doc_sha() { psql -X -At -v s="$1" -v name="$NAME" <<<"SELECT sha256 FROM :\"s\".document WHERE name = :'name'" 2>&1; }

# --- the blocker --------------------------------------------------------------

# block_start SCHEMA: the blocker's session
block_start() {
	rm -f "$WORK/blk.fifo" "$WORK/blk.out"
	mkfifo "$WORK/blk.fifo"
	PGAPPNAME=econtext-test-blocker psql -X -At -v ON_ERROR_STOP=1 -v s="$1" -v name="$NAME" \
		<"$WORK/blk.fifo" >"$WORK/blk.out" 2>&1 &
	BLK_PID=$!
	exec 7>"$WORK/blk.fifo"
	blk '\echo STARTED'
	blk_wait STARTED
}
# (in a subshell: a blocker whose server went away must not SIGPIPE the test)
blk() { (printf '%s\n' "$@" >&7) 2>/dev/null; }
blk_wait() {
	local i
	for i in $(seq 200); do
		grep -qx "$1" "$WORK/blk.out" 2>/dev/null && return 0
		kill -0 "$BLK_PID" 2>/dev/null || break
		sleep 0.05
	done
	echo "# blocker: $(tr '\n' ' ' <"$WORK/blk.out")"
	return 1
}
# block_arm: the uncommitted fact row the loader's COPY will wait on
block_arm() {
	blk 'BEGIN;' 'SET LOCAL session_replication_role = replica;' \
		"INSERT INTO :\"s\".fact (document_id, sentence_ordinal, paragraph_ordinal, line, char_start, char_end, kind, text, indicator)
		 SELECT coalesce(pg_catalog.pg_sequence_last_value(pg_catalog.pg_get_serial_sequence(format('%I.document', :'s'), 'id')::regclass), 0) + 1,
			sentence_ordinal, paragraph_ordinal, line, char_start, char_end, kind, text, indicator
		 FROM :\"s\".fact ORDER BY paragraph_ordinal, char_start, kind LIMIT 1;" \
		'\echo ARMED'
	blk_wait ARMED
}
# block_end: roll the blocker back and close it (a no-op if its server is gone)
block_end() {
	[ -n "$BLK_PID" ] || return 0
	blk 'ROLLBACK;' '\q'
	exec 7>&-
	wait "$BLK_PID" 2>/dev/null
	BLK_PID=
}

# wait_sql SQL EXPECTED SECONDS: poll until SQL prints EXPECTED; fails at
# once if the loader started in the background has exited
wait_sql() {
	local i
	for i in $(seq $(($3 * 20))); do
		[ "$(q "$1" 2>/dev/null)" = "$2" ] && return 0
		[ -n "$LOAD_PID" ] && ! kill -0 "$LOAD_PID" 2>/dev/null && return 1
		sleep 0.05
	done
	return 1
}
loader_start() {
	"$@" >"$WORK/load.out" 2>"$WORK/load.err" &
	LOAD_PID=$!
}
loader_wait() {
	{ wait "$LOAD_PID"; } 2>/dev/null
	LOAD_RC=$?
	LOAD_PID=
	LOAD_ERR=$(cat "$WORK/load.err")
	[ -n "$LOAD_ERR" ] && sed 's/^/# loader: /' <<<"$LOAD_ERR"
}
# a loader still running after a case that went wrong is killed
loader_reap() {
	[ -n "$LOAD_PID" ] || return 0
	kill -9 "$LOAD_PID" 2>/dev/null
	{ wait "$LOAD_PID"; } 2>/dev/null
	LOAD_PID=
}
# in COPY fact, waiting on the blocker, with an xid: it has written.  The
# document's rows go as one query string (INSERT of the document, a COPY per
# table, COMMIT), longer than pg_stat_activity shows; only a fact row waits
# on the blocker's transaction.
WAITING_IN_COPY="SELECT count(*) FROM pg_stat_activity WHERE application_name = 'econtext-load'
	AND wait_event_type = 'Lock' AND wait_event = 'transactionid' AND backend_xid IS NOT NULL
	AND query ~ '^INSERT INTO [^;]*\\.document \\('"
LOADER_BACKEND="SELECT pid FROM pg_stat_activity WHERE application_name = 'econtext-load'"

# stop_mid_load SCHEMA LABEL LOADER-COMMAND...: the loader started on the
# changed book and stopped in COPY fact, its old document deleted and the new
# one inserted in its open transaction; asserts it got there
stop_mid_load() {
	local schema=$1 label=$2 st=1
	shift 2
	if block_start "$schema" && block_arm; then
		loader_start "$@"
		wait_sql "$WAITING_IN_COPY" 1 20 && st=0
	fi
	check $st "$label: the load is stopped mid-transaction (old book deleted, new rows copied, waiting in COPY fact)" \
		"$(q "SELECT wait_event_type, wait_event, state, left(query, 60) FROM pg_stat_activity WHERE application_name = 'econtext-load'"; cat "$WORK/load.err" 2>/dev/null)"
	return $st
}

# after_case LABEL: nothing left behind; a normal load of the changed book
# replaces the original with the counts of a clean load, and loading the
# original again gives the content of a clean load
after_case() {
	local out rc
	is "$(leftovers)" "advisory=0 loaders=0" "$1: no advisory lock and no loader backend left"
	out=$("${LOAD_V2[@]}" 2>&1)
	rc=$?
	check $([ "$rc" = 0 ] && grep -q "changed, replaced as document" <<<"$out"; echo $?) \
		"$1: a normal load afterwards replaces the book" "exit $rc: $out"
	is "$(counts corpus)" "$REF_COUNTS" "$1: ... with the counts of a clean load"
	"${LOAD_ORIG[@]}" -q
	is "$(content corpus)" "$REF_CONTENT" "$1: loading the original again gives the content of a clean load"
}

# --- the book, a changed copy of it under the same name, a clean load ---------

mkdir "$WORK/orig" "$WORK/v2"
ORIG=$WORK/orig/$NAME
V2=$WORK/v2/$NAME
cp $BOOK "$ORIG"
# the two versions loaded as from two checkouts: the same path, $NAME, run
# in the directory of each; the loader first (options after it work too)
cat >"$WORK/in-dir" <<SH
#!/bin/sh
cd "\$1" && shift && exec "$LOAD" "\$@"
SH
chmod +x "$WORK/in-dir"
LOAD_ORIG=("$WORK/in-dir" "$WORK/orig" "$NAME")
LOAD_V2=("$WORK/in-dir" "$WORK/v2" "$NAME")
# one word of the last paragraph: paragraph 1, where the blocker's fact row
# is, stays the same
sed 's/large state holdings\./large state companies./' $BOOK >"$V2"
check $(cmp -s "$ORIG" "$V2"; [ $? = 1 ]; echo $?) "the changed copy differs from the book"

"${LOAD_ORIG[@]}" -q -s ref
is "$?" 0 "a clean load of the book into schema ref"
REF_COUNTS=$(counts ref)
REF_CONTENT=$(content ref)
"${LOAD_ORIG[@]}" -q
is "$(content corpus)" "$REF_CONTENT" "the book loaded into corpus equals the clean load"
SHA_ORIG=$(doc_sha corpus)
check $([[ $SHA_ORIG =~ ^[0-9a-f]{64}$ ]]; echo $?) "the document's sha256 is read back" "$SHA_ORIG"

# --- 1. kill -9 of the loader mid-load ------------------------------------------

before=$(snapshot corpus)
if stop_mid_load corpus "kill -9" "${LOAD_V2[@]}"; then
	is "$(doc_sha corpus)" "$SHA_ORIG" "kill -9: while the load is stopped, other sessions see the old version"
	backend=$(q "$LOADER_BACKEND")
	kill -9 "$LOAD_PID"
	loader_wait
	is "$LOAD_RC" 137 "kill -9: the loader is dead"
	# the backend waits on the blocker and notices its client gone afterwards
	block_end
	check $(wait_sql "SELECT count(*) FROM pg_stat_activity WHERE pid = $backend" 0 10; echo $?) \
		"kill -9: the server's backend goes away"
fi
block_end
loader_reap
is "$(snapshot corpus)" "$before" "kill -9: every table of the schema is as before"
is "$(doc_sha corpus)" "$SHA_ORIG" "kill -9: the document is still the old version"
after_case "kill -9"

# --- 2. pg_terminate_backend of the loader's backend mid-load ----------------------

before=$(snapshot corpus)
cp test/loader/fixtures/damaged.txt "$WORK/after-terminate.txt"
if stop_mid_load corpus "terminate" "${LOAD_V2[@]}" "$WORK/never-tried.txt" "$WORK/after-terminate.txt"; then
	q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'econtext-load'" >/dev/null
	loader_wait
	is "$LOAD_RC" 3 "terminate: the loader exits 3 (connection lost)"
	check $(grep -q "^econtext-load: $NAME: not loaded, nothing committed:.*terminating connection due to administrator command" \
		<<<"$LOAD_ERR"; echo $?) "terminate: the message names the file and the cause" "$LOAD_ERR"
	check $(grep -q "never-tried.txt: cannot open" <<<"$LOAD_ERR"; echo $?) \
		"terminate: a file given after the lost one is still tried (here: missing, so named)" "$LOAD_ERR"
	is "$(q "SELECT count(*) FROM corpus.document WHERE name = 'after-terminate.txt'")" 1 \
		"terminate: the next readable file loads on a new connection"
fi
block_end
loader_reap
q "DELETE FROM corpus.document WHERE name = 'after-terminate.txt'" >/dev/null
is "$(snapshot corpus)" "$before" "terminate: every table of the schema is as before"
is "$(doc_sha corpus)" "$SHA_ORIG" "terminate: the document is still the old version"
after_case "terminate"

# --- 3. statement_timeout and lock_timeout while blocked ---------------------------

for setting in statement_timeout=3000 lock_timeout=2000; do
	what=${setting%=*}
	before=$(snapshot corpus)
	if stop_mid_load corpus "$what" env PGOPTIONS="-c $setting" "${LOAD_V2[@]}"; then
		loader_wait
		is "$LOAD_RC" 4 "$what: the loader exits 4"
		pattern="canceling statement due to statement timeout"
		[ $what = lock_timeout ] && pattern="canceling statement due to lock timeout"
		check $(grep -q "^econtext-load: $NAME: not loaded, nothing committed:.*$pattern" <<<"$LOAD_ERR" &&
			grep -q "COPY fact" <<<"$LOAD_ERR"; echo $?) \
			"$what: the message names the file, the timeout and the COPY it cut" "$LOAD_ERR"
	fi
	block_end
	loader_reap
	is "$(snapshot corpus)" "$before" "$what: every table of the schema is as before"
	is "$(doc_sha corpus)" "$SHA_ORIG" "$what: the document is still the old version"
	after_case "$what"
done

# --- 4. the server stopped mid-load: a throwaway cluster of our own ---------------

own_ctl() { as_pg $PGBIN/pg_ctl -D "$OWN/data" -l "$OWN/log" -w "$@" >>"$OWN/pg_ctl.out" 2>&1; }
OWN=$WORK/own
OWN_PORT=$((54400 + $$ % 100))
mkdir "$OWN"
[ "$(id -u)" = 0 ] && chown postgres: "$OWN"
SAVED_ENV=$(declare -p PGHOST PGPORT PGUSER PGDATABASE 2>/dev/null)
if as_pg $PGBIN/initdb -D "$OWN/data" -A trust -E UTF8 --locale=C -N >"$OWN/initdb.log" 2>&1; then
	# no TCP: the port only names the socket, in a directory of our own
	cat >>"$OWN/data/postgresql.conf" <<CONF
listen_addresses = ''
port = $OWN_PORT
unix_socket_directories = '$OWN'
fsync = off
CONF
	OWN_UP=1
	own_ctl start
	pass "a throwaway cluster of our own starts (socket $OWN, port $OWN_PORT)"
else
	fail "a throwaway cluster of our own starts"
	sed 's/^/#   /' "$OWN/initdb.log"
fi
# initdb names the superuser after the user it runs as: postgres under root
OWN_USER=postgres
[ "$(id -u)" = 0 ] || OWN_USER=$(id -un)
export PGHOST=$OWN PGPORT=$OWN_PORT PGUSER=$OWN_USER PGDATABASE=postgres
"${LOAD_ORIG[@]}" -q
is "$?" 0 "own cluster: the book loads"
before=$(snapshot corpus)
for mode in fast immediate; do
	if stop_mid_load corpus "stop -m $mode" "${LOAD_V2[@]}"; then
		own_ctl -m $mode stop
		loader_wait
		is "$LOAD_RC" 3 "stop -m $mode: the loader exits 3 (connection lost)"
		check $(grep -q "^econtext-load: $NAME: not loaded, nothing committed: .*\(terminating connection\|server closed the connection\)" \
			<<<"$LOAD_ERR"; echo $?) "stop -m $mode: the message names the file and the cause" "$LOAD_ERR"
	fi
	block_end
	loader_reap
	own_ctl start
	if [ $mode = immediate ]; then
		check $(grep -q "not properly shut down; automatic recovery in progress" "$OWN/log"; echo $?) \
			"stop -m immediate: the restart ran crash recovery"
	fi
	is "$(snapshot corpus)" "$before" "stop -m $mode: after the restart every table of the schema is as before"
	is "$(doc_sha corpus)" "$SHA_ORIG" "stop -m $mode: the document is still the old version"
	is "$(leftovers)" "advisory=0 loaders=0" "stop -m $mode: no advisory lock and no loader backend left"
done
out=$("${LOAD_V2[@]}" 2>&1)
check $([ $? = 0 ] && grep -q "changed, replaced as document" <<<"$out"; echo $?) \
	"own cluster: a normal load afterwards replaces the book" "$out"
is "$(counts corpus)" "$REF_COUNTS" "own cluster: ... with the counts of a clean load"
own_ctl -m fast stop
OWN_UP=
eval "$SAVED_ENV"
check $([ ! -e "$OWN/data/postmaster.pid" ]; echo $?) "own cluster: stopped"

# --- 5. disk full: a tablespace on a small tmpfs ----------------------------------

mkdir "$WORK/ts" "$WORK/big"
BIG=$WORK/big/monograph-x30.txt
if [ "$(id -u)" != 0 ]; then
	skip "disk full: mounting a tmpfs needs root"
elif ! mount -t tmpfs -o "size=8m,mode=0700,uid=$(id -u postgres),gid=$(id -g postgres)" tmpfs "$WORK/ts" 2>"$WORK/mount.err"; then
	skip "disk full: cannot mount a tmpfs here: $(tr '\n' ' ' <"$WORK/mount.err")"
else
	TS_MOUNTED=1
	q "CREATE TABLESPACE econtext_small LOCATION '$WORK/ts'" >/dev/null
	SMALL="-c default_tablespace=econtext_small"
	PGOPTIONS=$SMALL $LOAD -q -s full_disk "$ORIG"
	is "$?" 0 "disk full: the book loads into a schema on the 8 MB tablespace"
	is "$(q "SELECT count(*) > 0 AND bool_and(tablespace IS NOT DISTINCT FROM 'econtext_small') FROM pg_tables WHERE schemaname = 'full_disk'")" \
		t "disk full: every table of the schema is on the small tablespace"
	for i in $(seq 30); do cat "$ORIG"; done >"$BIG"
	before=$(snapshot full_disk)
	out=$(PGOPTIONS=$SMALL $LOAD -s full_disk "$BIG" 2>&1)
	rc=$?
	sed 's/^/# loader: /' <<<"$out"
	is "$rc" 4 "disk full: a 30-fold book that does not fit: the loader exits 4"
	check $(grep -q "$BIG: not loaded, nothing committed: .*No space left on device" <<<"$out"; echo $?) \
		"disk full: the message names the file and says the disk is full" "$out"
	is "$(snapshot full_disk)" "$before" "disk full: nothing half loaded, every table as before"
	is "$(leftovers)" "advisory=0 loaders=0" "disk full: no advisory lock and no loader backend left"
	q "DROP SCHEMA full_disk CASCADE" >/dev/null 2>&1
	PGOPTIONS=$SMALL $LOAD -q -s full_disk "$ORIG"
	is "$?" 0 "disk full: once the space is freed, a normal load on the tablespace works"
	is "$(counts full_disk)" "$REF_COUNTS" "disk full: ... with the counts of a clean load"
	q "DROP SCHEMA full_disk CASCADE" >/dev/null 2>&1
	q "DROP TABLESPACE econtext_small" >/dev/null
	umount "$WORK/ts" && TS_MOUNTED=
fi
rm -f "$BIG"

# --- 6. two loaders at once on the same book ---------------------------------------

# race ROUND DATABASE SCHEMA: both exit 0, one loads, the other finds it loaded
race() {
	local label="race $1" db=$2 schema=$3 p1 p2 r1 r2 id
	$LOAD -d "$db" -s "$schema" "$ORIG" >"$WORK/race1.out" 2>&1 &
	p1=$!
	$LOAD -d "$db" -s "$schema" "$ORIG" >"$WORK/race2.out" 2>&1 &
	p2=$!
	wait $p1; r1=$?
	wait $p2; r2=$?
	is "$r1 $r2" "0 0" "$label: both loaders exit 0"
	# the winner's document id, and the loser naming the same one
	id=$(cat "$WORK/race1.out" "$WORK/race2.out" | sed -n "s|^$ORIG: loaded as document \([0-9]*\) in .*|\1|p")
	check $([[ $id =~ ^[0-9]+$ ]] &&
		[ "$(cat "$WORK/race1.out" "$WORK/race2.out" | grep -c "^$ORIG: unchanged, already loaded as document $id ")" = 1 ]
		echo $?) \
		"$label: one loads it, the other says it is already loaded as the same document" \
		"$(cat "$WORK/race1.out" "$WORK/race2.out")"
	is "$(PGDATABASE=$db counts "$schema")" "$REF_COUNTS" "$label: exactly one copy, with the counts of a single load"
	is "$(PGDATABASE=$db leftovers)" "advisory=0 loaders=0" "$label: no advisory lock and no loader backend left"
}
q "CREATE DATABASE $RACE_DB" >/dev/null
race 1 $RACE_DB race # no extension, no schema
race 2 $DB race      # the extension, no schema
for round in 3 4 5; do
	q "DELETE FROM race.document" >/dev/null # the schema there, empty
	race $round $DB race
done
sed 's/^/# loser: /' <(grep -h unchanged "$WORK/race1.out" "$WORK/race2.out")

# --- 7. inputs refused with a clear error, nothing committed -------------------------
# (loader.t has: missing, unreadable, empty, white space, binary, invalid
# UTF-8 with line and byte, a directory, /dev/null, a 2 MB line)

before=$(snapshot corpus)
# peak_rss FILE: the peak RSS in kB that /usr/bin/time -o FILE wrote
peak_rss() { tail -n 1 "$1"; }
head -c 100000000 /dev/zero | tr '\0' 'x' >"$WORK/huge-line.txt"
out=$(/usr/bin/time -f %M -o "$WORK/rss" $LOAD "$WORK/huge-line.txt" 2>&1)
rc=$?
check $([ $rc = 2 ] && grep -q "huge-line.txt:1: line longer than" <<<"$out"; echo $?) \
	"a 100 MB single line is refused (exit 2, file and line named)" "exit $rc: $out"
rss=$(peak_rss "$WORK/rss")
check $([ "$rss" -lt 32768 ]; echo $?) "... with bounded memory: peak RSS ${rss} kB < 32 MB" "$rss kB"
rm -f "$WORK/huge-line.txt"

out=$(/usr/bin/time -f %M -o "$WORK/rss" $LOAD /dev/zero 2>&1)
rc=$?
check $([ $rc = 2 ] && grep -q "^econtext-load: /dev/zero" <<<"$out"; echo $?) \
	"/dev/zero is refused (exit 2, file named)" "exit $rc: $out"
rss=$(peak_rss "$WORK/rss")
check $([ "$rss" -lt 32768 ]; echo $?) "... with bounded memory: peak RSS ${rss} kB < 32 MB" "$rss kB"

# a character device that never ends and has newlines, under a 200 MB address
# space limit should the check ever go
out=$( (ulimit -v 200000; exec /usr/bin/time -f %M -o "$WORK/rss" timeout -s KILL 10 $LOAD /dev/urandom) 2>&1)
rc=$?
rss=$(peak_rss "$WORK/rss" 2>/dev/null || echo 0)
check $([ $rc = 2 ] && grep -q "/dev/urandom: .*not a \(regular\|text\) file" <<<"$out" && [ "$rss" -lt 32768 ]; echo $?) \
	"/dev/urandom is refused at once as not a regular file, with bounded memory" \
	"exit $rc, peak RSS $rss kB: $out"

mkfifo "$WORK/book.fifo"
start=$SECONDS
out=$(timeout -s KILL 2 $LOAD "$WORK/book.fifo" 2>&1)
rc=$?
check $([ $rc = 2 ] && grep -q "book.fifo: .*not a \(regular\|text\) file" <<<"$out"; echo $?) \
	"a FIFO nobody writes to is refused at once (exit 2), not waited on" \
	"exit $rc after $((SECONDS - start)) s (137: killed by timeout): $out"
is "$(snapshot corpus)" "$before" "inputs: every table of the schema is as before"
after_case "inputs"

# --- 8. hostile schema and file names --------------------------------------------------
# (loader.t has a file named it's a "book"; DROP TABLE x; --.txt and the
# schema my "odd" schema'; --)

INJ="x'; DROP TABLE y; --"
psql -X -q -v ON_ERROR_STOP=1 -v s="$INJ" <<'SQL'
CREATE TABLE public.y (v int);
INSERT INTO public.y VALUES (42);
CREATE SCHEMA :"s";
CREATE TABLE :"s".y (v int);
INSERT INTO :"s".y VALUES (43);
SQL
ODD_NAME="Ünïcødé a\\b \"q\" $INJ.txt"
mkdir "$WORK/names" "$WORK/names-v2"
cp "$ORIG" "$WORK/names/$ODD_NAME"
cp "$V2" "$WORK/names-v2/$ODD_NAME"
stored_name() { psql -X -At -v s="$1" <<<"SELECT string_agg(name, ' | ') FROM :\"s\".document" 2>&1; }
for schema in "$INJ" '"quoted"' 'a b' 'Ünïcødé' 'back\slash'; do
	out=$("$WORK/in-dir" "$WORK/names" "$ODD_NAME" -q -s "$schema" 2>&1)
	is "$?" 0 "schema «$schema»: the book with a hostile file name loads"
	is "$(stored_name "$schema")" "$ODD_NAME" "schema «$schema»: the file name is stored as given"
	# (the schema named like the injection had a table y before)
	is "$(counts "$schema" | sed 's/ y=1$//')" "$REF_COUNTS" "schema «$schema»: the counts of a clean load"
done
out=$("$WORK/in-dir" "$WORK/names" "$ODD_NAME" -s "$INJ" 2>&1)
check $(grep -q "unchanged, already loaded" <<<"$out"; echo $?) "schema «$INJ»: a second load finds the book unchanged" "$out"
out=$("$WORK/in-dir" "$WORK/names-v2" "$ODD_NAME" -s "$INJ" 2>&1)
check $(grep -q "changed, replaced as document" <<<"$out"; echo $?) "schema «$INJ»: the changed book replaces it" "$out"
is "$(stored_name "$INJ")" "$ODD_NAME" "schema «$INJ»: still one document, named as given"

# names that hold the text of the loader's own SQL: the dollar quote of a
# DO block, a placeholder of sql/corpus.sql
for schema in 'x$reader$; DROP TABLE IF EXISTS y; SELECT $reader$' 'my@EXTSCHEMA@s' '@SCHEMA@'; do
	out=$($LOAD -q -s "$schema" "$ORIG" 2>&1)
	rc=$?
	check $([ $rc = 0 ] && [ "$(psql -X -At -v s="$schema" <<<"SELECT count(*) FROM :\"s\".document" 2>&1)" = 1 ]; echo $?) \
		"schema «$schema»: loads like any other name" "exit $rc: $out"
	is "$(psql -X -At -v s="$schema" <<<"SELECT count(*) FROM pg_class WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = :'s') AND relkind IN ('r', 'v')")" \
		"$(q "SELECT count(*) FROM pg_class WHERE relnamespace = 'corpus'::regnamespace AND relkind IN ('r', 'v')")" \
		"schema «$schema»: holds all the loader's tables and views, as corpus does"
done
is "$(q "SELECT count(*) FROM pg_namespace WHERE nspname IN ('mypublics', 'my\"public\"s')")" 0 \
	"no schema was made from a placeholder filled twice"
is "$(q "SELECT v FROM public.y")" 42 "the planted table public.y survives"
is "$(psql -X -At -v s="$INJ" <<<"SELECT v FROM :\"s\".y" 2>&1)" 43 "the planted table y in schema «$INJ» survives"
after_case "names"

psql -X -q -d postgres -c "DROP DATABASE $DB" -c "DROP DATABASE $RACE_DB" >/dev/null
done_testing
