#!/usr/bin/env bash
# econtext-load and the locks of others.  Loaders serialise on table locks
# only the schema's owner may take (loader_state while setting the schema
# up, document while loading one), not on an advisory lock any role could
# hold: another role holding the advisory keys of old no longer stops a
# load.  A legitimate holder makes the loader wait at most --lock-timeout,
# say who it waits for, and give up with exit 4 naming the holder (pid,
# role, application, since when).  A loader killed while it waits leaves
# no backend waiting on (client_connection_check_interval).  Runs against a
# real server (PG* variables, as make test sets them inside pg_virtualenv).
# Prints TAP.
. "$(dirname "$0")/lib.sh"
DB=econtext_locks_test
OTHER=econtext_locks_other
PW=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
HOLD_PID=
LOAD_PID=

cleanup() {
	[ -n "$LOAD_PID" ] && kill -9 "$LOAD_PID" 2>/dev/null
	release
	psql -X -q -d postgres -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP ROLE IF EXISTS $OTHER" >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT

fresh_db $DB
psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP ROLE IF EXISTS $OTHER" \
	-c "CREATE ROLE $OTHER LOGIN PASSWORD '$PW'" >/dev/null
SUPER=$(q "SELECT current_user")

# hold [ROLE] SQL...: a session (application econtext-test-holder; as ROLE,
# else the superuser) that ran SQL and stays open; its pid in HELD_BY
hold() {
	local who=(env)
	if [ "$1" = "$OTHER" ]; then who=(env PGPASSWORD="$PW" PGUSER="$OTHER"); shift; fi
	rm -f "$WORK/hold.fifo" "$WORK/hold.out"
	mkfifo "$WORK/hold.fifo"
	"${who[@]}" PGAPPNAME=econtext-test-holder psql -X -At -v ON_ERROR_STOP=1 \
		<"$WORK/hold.fifo" >"$WORK/hold.out" 2>&1 &
	HOLD_PID=$!
	exec 7>"$WORK/hold.fifo"
	printf '%s\n' "SELECT 'HELD BY ' || pg_backend_pid();" "$@" "SELECT 'HOLDING';" >&7
	for _ in $(seq 100); do
		grep -q '^HOLDING$' "$WORK/hold.out" 2>/dev/null && break
		sleep 0.05
	done
	HELD_BY=$(sed -n 's/^HELD BY //p' "$WORK/hold.out")
	grep -q '^HOLDING$' "$WORK/hold.out" || sed 's/^/# holder: /' "$WORK/hold.out"
}
release() {
	[ -n "$HOLD_PID" ] || return 0
	(printf '%s\n' 'ROLLBACK;' '\q' >&7) 2>/dev/null
	exec 7>&-
	wait "$HOLD_PID" 2>/dev/null
	HOLD_PID=
}
# BOOK: the damaged book changed, version $version, each time at one path
version=0
BOOK=$WORK/damaged.txt
changed_book() {
	version=$((version + 1))
	sed "s/ends here\\. \$/ends here, version $version. /" $FIX/damaged.txt >"$BOOK"
}
loaded_version() {
	psql -X -At -v path="$BOOK" <<<"SELECT substring(body from 'version ([0-9]+)') FROM corpus.paragraph
		WHERE body ~ 'version [0-9]+' AND document_id = (SELECT id FROM corpus.document WHERE path = :'path')"
}

$LOAD -q $FIX/damaged.txt
is "$?" 0 "the damaged book loads: the schema exists"

# --- another role's advisory locks stop nothing; the table locks are not its to take
hold "$OTHER" "SELECT pg_advisory_lock(hashtext('econtext-load schema'));" \
	"SELECT pg_advisory_lock(hashtext('econtext-load corpus damaged.txt'));"
check $([ -n "$HELD_BY" ]; echo $?) "another role holds the advisory locks the loader used to take"
changed_book
start=$SECONDS
out=$(timeout 30 $LOAD "$BOOK" 2>&1)
rc=$?
check $([ $rc = 0 ] && [ "$(loaded_version)" = $version ]; echo $?) \
	"... and a load goes through at once ($((SECONDS - start)) s)" "exit $rc: $out"
release
for table in document loader_state; do
	out=$(PGPASSWORD=$PW psql -X -q -U "$OTHER" -c "BEGIN" \
		-c "LOCK TABLE corpus.$table IN SHARE ROW EXCLUSIVE MODE" -c "COMMIT" 2>&1)
	check $(grep -q "permission denied" <<<"$out"; echo $?) \
		"another role may not take the loader's lock on corpus.$table" "$out"
done

# --- a legitimate holder: the loader waits --lock-timeout, then names it
for table in document loader_state; do
	hold "BEGIN;" "LOCK TABLE corpus.$table IN SHARE ROW EXCLUSIVE MODE;"
	changed_book
	start=$(date +%s%N)
	out=$($LOAD --lock-timeout=2 "$BOOK" 2>&1)
	rc=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	is "$rc" 4 "a session holding corpus.$table: the loader gives up, exit 4"
	check $([ $ms -ge 2000 ] && [ $ms -lt 10000 ]; echo $?) \
		"... after waiting about --lock-timeout=2 ($ms ms)"
	check $(grep -q "waiting up to 2s for the lock on corpus.$table, held by pid $HELD_BY (role $SUPER, application \"econtext-test-holder\", in a transaction since [0-9-]* [0-9:]*" <<<"$out"; echo $?) \
		"... saying while it waits whom it waits for" "$out"
	check $(grep -q "gave up waiting 2s (--lock-timeout) for the lock on corpus.$table, held by pid $HELD_BY (role $SUPER, application \"econtext-test-holder\"" <<<"$out"; echo $?) \
		"... and naming the holder when it gives up" "$out"
	release
	check $([ "$(loaded_version)" != $version ]; echo $?) "... and loads nothing"
done
expect_exit 1 "whole seconds" "--lock-timeout takes whole seconds" $LOAD --lock-timeout=soon $FIX/damaged.txt
check $($LOAD --help | grep -q -- "--lock-timeout=SECONDS"; echo $?) "--help documents --lock-timeout"

# --- a loader killed while it waits leaves no backend behind
# (the holder holds the old advisory keys too, so that an old loader waits as well)
hold "BEGIN;" "LOCK TABLE corpus.document IN SHARE ROW EXCLUSIVE MODE;" \
	"SELECT pg_advisory_lock(hashtext('econtext-load schema'));" \
	"SELECT pg_advisory_lock(hashtext('econtext-load corpus damaged.txt'));"
changed_book
$LOAD -q "$BOOK" >/dev/null 2>&1 &
LOAD_PID=$!
waiting=
for _ in $(seq 200); do
	waiting=$(q "SELECT pid FROM pg_stat_activity WHERE application_name = 'econtext-load' AND wait_event_type = 'Lock'")
	[ -n "$waiting" ] && break
	sleep 0.05
done
check $([ -n "$waiting" ]; echo $?) "a loader waits for the holder's lock"
kill -9 $LOAD_PID 2>/dev/null
wait $LOAD_PID 2>/dev/null
LOAD_PID=
gone=1
for _ in $(seq 50); do
	[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE pid = '${waiting:-0}'")" = 0 ] && { gone=0; break; }
	sleep 0.1
done
check $gone "killed with kill -9, its backend ends within 5 s while the lock is still held"
release
out=$($LOAD "$BOOK" 2>&1)
check $([ $? = 0 ] && [ "$(loaded_version)" = $version ]; echo $?) "the lock let go, the book loads" "$out"

done_testing
