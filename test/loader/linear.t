#!/usr/bin/env bash
# econtext-load reads a book in time linear in its size, however its text is
# cut: one paragraph of 4 MB costs per MB what one of 250 kB does, one
# sentence of 1 MB what one of 250 kB does, and so does one of figures
# followed by a run of punctuation before the period they all may take, and
# so does a run of points (test/bench/make_paragraph writes them).  Times the parse alone (a dry
# run, no server), the best of three runs of each size in this script: only
# the ratio of the times per MB is checked, so that a shared or slow machine
# does not fail it.  Linear gives
# about 1, the quadratic reader of before 3.5 to 4; the bound is 2.
# LOAD=path runs another build.  Prints TAP.
. "$(dirname "$0")/lib.sh"
# a run that takes longer than this (s) is quadratic at these sizes
LIMIT=${LIMIT:-60}

# best_ms FILE: the shortest of three dry runs in ms, or "timeout"
best_ms() {
	local best= t0 t1 ms
	for _ in 1 2 3; do
		t0=$(date +%s%N)
		timeout $LIMIT $LOAD -n -q "$1" >/dev/null || { echo timeout; return; }
		t1=$(date +%s%N)
		ms=$(( (t1 - t0) / 1000000 ))
		[ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
	done
	echo "$best"
}

# check_linear SMALL LARGE MODE WHAT: time per MB at LARGE bytes over that
# at SMALL is below 2
check_linear() {
	local small=$1 large=$2 mode=$3 what=$4 ts tl ratio
	test/bench/make_paragraph "$small" $mode >"$WORK/small.txt"
	test/bench/make_paragraph "$large" $mode >"$WORK/large.txt"
	ts=$(best_ms "$WORK/small.txt")
	tl=$(best_ms "$WORK/large.txt")
	if [ "$ts" = timeout ] || [ "$tl" = timeout ]; then
		fail "$what: time per MB does not grow with the size"
		echo "#   a dry run took more than $LIMIT s (small: $ts, large: $tl)"
		return
	fi
	# the large file is large/small times the small one: time per byte compared
	ratio=$(awk -v s="$ts" -v l="$tl" -v n=$((large / small)) 'BEGIN { printf "%.2f", l / ((s > 0 ? s : 1) * n) }')
	check $(awk -v r="$ratio" 'BEGIN { exit !(r < 2) }'; echo $?) \
		"$what: time per MB does not grow with the size (ratio $ratio < 2)" \
		"$small bytes: $ts ms, $large bytes: $tl ms"
}

check_linear 250000 4000000 "" "one paragraph of 250 kB and of 4 MB"
check_linear 250000 1000000 sentence "one sentence of 250 kB and of 1 MB"
check_linear 250000 1000000 points "a run of points of 250 kB and of 1 MB"
check_linear 250000 1000000 punctuation "figures, punctuation, a period: one sentence of 250 kB and of 1 MB"

done_testing
