#!/usr/bin/env bash
# extract_mentions() and extract_facts() on hostile texts, as any role that
# may connect can send them: time linear in the text (a run of period
# modifier words was quadratic), every call stopped by statement_timeout,
# pg_cancel_backend()
# and pg_terminate_backend() (the scan checks for interrupts), and memory
# that does not grow with the number of mentions (rows go to a tuplestore,
# which spills to disk beyond work_mem).  The time limits are loose, 10 to
# 100 times what a call needs here, so that a busy machine passes; make
# bench measures the figures themselves.  Prints TAP.
set -u
cd "$(dirname "$0")/../.."
. test/lib/tap.sh

DB=econtext_limits_test
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
psql -X -q -d postgres -c "SET client_min_messages = warning" \
	-c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
export PGDATABASE=$DB
psql -X -q -c "CREATE EXTENSION econtext"
ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- 1 MB of each modifier word: each once took minutes (quadratic); now
# well under the statement_timeout that stops a call that is not linear
for word in 'mid ' 'mid-' 'since ' 'until ' 'up to ' 'as of ' 'before ' 'after ' \
	'early ' 'late ' 'the end of ' 'the beginning of ' 'by the end of '; do
	reps=$(( 1048576 / ${#word} ))
	out=$(timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 -c "SET statement_timeout = '10s'" \
		-c "SELECT count(*) FROM extract_mentions(repeat('$word', $reps))" 2>&1)
	is "$out" "0" "1 MB of '$word' scans within 10 s"
done

# --- statement_timeout ends a long call with 57014, promptly: 35 MB of the
# slowest words take seconds to scan
t0=$(ms)
out=$(timeout 60 psql -X -q -At -c "SET statement_timeout = '200ms'" \
	-c "SELECT count(*) FROM extract_mentions(repeat('the end of ', 3200000))" 2>&1)
t1=$(ms)
has "$out" "canceling statement due to statement timeout" "statement_timeout stops a call on 35 MB"
check $(( t1 - t0 < 3000 ? 0 : 1 )) "... within 3 s of its start (took $(( t1 - t0 )) ms)"

# --- the same for extract_facts, which reads each sentence again after the
# scan (a sentence is at most 64 kB, so a text without points is no worse),
# and figures glued into one run of word characters by symbols (each once
# walked the whole run: 7.5 s per MB)
for unit in 'the end of ' '1% ' 'Belarus and the region ' 'by almost by almost ' '€3' 'é€3 '; do
	reps=$(( 1048576 / $(printf %s "$unit" | wc -c) ))
	out=$(timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 -c "SET statement_timeout = '10s'" \
		-c "SELECT count(*) >= 0 FROM extract_facts(repeat('$unit', $reps))" 2>&1)
	is "$out" "t" "extract_facts of 1 MB of '$unit' within 10 s"
done
t0=$(ms)
out=$(timeout 60 psql -X -q -At -c "SET statement_timeout = '200ms'" \
	-c "SELECT count(*) FROM extract_facts(repeat('Trade grew by 5% in 2021. ', 1400000))" 2>&1)
t1=$(ms)
has "$out" "canceling statement due to statement timeout" "statement_timeout stops extract_facts on 35 MB"
check $(( t1 - t0 < 3000 ? 0 : 1 )) "... within 3 s of its start (took $(( t1 - t0 )) ms)"
# text with no figure, then one: what comes before the figure is read when
# it arrives, with checks for interrupts (there were none, and a run of
# "past" and long words was read in quadratic time: 18 MB took 16 s); the
# call ends, stopped or done, within 3 s
long_word=$(printf 'a%.0s' $(seq 70))
t0=$(ms)
out=$(timeout 60 psql -X -q -At -c "SET statement_timeout = '200ms'" \
	-c "SELECT count(*) FROM extract_facts(repeat('past $long_word ', 240000) || 'Exports were \$5 million.')" 2>&1)
t1=$(ms)
check $(( t1 - t0 < 3000 ? 0 : 1 )) "extract_facts of 18 MB with one figure at its end ends within 3 s (took $(( t1 - t0 )) ms: $out)"
out=$(timeout 60 psql -X -q -At -c "SET statement_timeout = '200ms'" \
	-c "SELECT count(*) FROM extract_document_facts(array_fill('Exports rose 7%.'::text, ARRAY[3000000]))" 2>&1)
has "$out" "canceling statement due to statement timeout" "... and extract_document_facts on three million parts"

# --- pg_cancel_backend() and pg_terminate_backend() stop a call that runs
# run_and_stop FUNCTION: the outcome of a long call stopped by FUNCTION from
# another session once it is seen running, and how long the stop took
run_and_stop() {
	local fn=$1 pid t0 t1 i
	timeout 120 psql -X -At -c "SELECT count(*) FROM extract_mentions(repeat('the end of ', 3000000))" \
		>"$WORK/$fn.out" 2>&1 &
	pid=$!
	for i in $(seq 1 200); do
		[ "$(psql -X -At -c "SELECT count(*) FROM pg_stat_activity
			WHERE state = 'active' AND query LIKE 'SELECT count(*) FROM extract_mentions%'")" = 1 ] && break
		sleep 0.05
	done
	sleep 0.3
	t0=$(ms)
	psql -X -At -c "SELECT $fn(pid) FROM pg_stat_activity
		WHERE state = 'active' AND query LIKE 'SELECT count(*) FROM extract_mentions%'" >/dev/null
	wait $pid
	t1=$(ms)
	echo "$(( t1 - t0 )) $(tr '\n' ' ' <"$WORK/$fn.out")"
}
read -r took out < <(run_and_stop pg_cancel_backend)
has "$out" "canceling statement due to user request" "pg_cancel_backend() stops a call on 33 MB"
check $(( took < 3000 ? 0 : 1 )) "... within 3 s (took $took ms)"
read -r took out < <(run_and_stop pg_terminate_backend)
has "$out" "terminating connection due to administrator command" "pg_terminate_backend() stops it too"
check $(( took < 3000 ? 0 : 1 )) "... within 3 s (took $took ms)"

# --- memory: two million mentions with work_mem = 4MB.  Each row's values
# once stayed allocated for the whole call (some 90 bytes a mention); now
# the peak is the text (6 MB) and work_mem, whatever the number of rows.
hwm=$(psql -X -q -At -v ON_ERROR_STOP=1 -c "SET work_mem = '4MB'" \
	-c "SELECT count(*) FROM extract_mentions(repeat('1% ', 2000000))" \
	-c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s*(\d+)'))[1]" | tail -1)
check $(( hwm < 65536 ? 0 : 1 )) "2,000,000 mentions: backend peak RSS ${hwm} kB < 64 MB"

hwm=$(psql -X -q -At -v ON_ERROR_STOP=1 -c "SET work_mem = '4MB'" \
	-c "SELECT count(*) FROM extract_facts(repeat('Exports grew 1%. ', 1000000))" \
	-c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s*(\d+)'))[1]" | tail -1)
check $(( hwm < 65536 ? 0 : 1 )) "extract_facts, 1,000,000 facts: backend peak RSS ${hwm} kB < 64 MB"

done_testing
