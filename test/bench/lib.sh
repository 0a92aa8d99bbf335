# test/bench/lib.sh: what the sections of test/bench/run share.  Sourced,
# not run; the sections set `failed` when a target is missed.

psql_bench() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# the median of the numbers on standard input, one per line; nan for none
median() {
	sort -g | awk '{ v[NR] = $1 }
		END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
			else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B [DIGITS]: A / B, rounded; nan when B is not a positive number
ratio() {
	awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN {
		if (b !~ /^[0-9.]+$/ || b + 0 <= 0 || a !~ /^[0-9.]+$/) print "nan"
		else printf "%." d "f\n", a / b }'
}

# report NAME VALUE UNIT BASELINE RATIO TARGET [NOTE]
# Prints the figure's line and checks its target:
#   "<=N" / ">=N"            the ratio at most / at least N
#   "value<=N" / "value>=N"  the value itself, for targets set in absolute units
#   "-"                      no target: the figure is there to be read
report() {
	local name=$1 value=$2 unit=$3 baseline=$4 ratio=$5 target=$6 note=${7:-}
	local line="$name $value $unit $baseline $ratio" subject=$ratio cmp=$target
	if [ "$target" != "-" ]; then
		case $target in
			value*) subject=$value cmp=${target#value} line="$line target$cmp$unit" ;;
			*) line="$line target$target" ;;
		esac
		# a figure that is not a number (nan: a run failed) misses its target
		if awk -v r="$subject" -v c="$cmp" 'BEGIN {
				n = substr(c, 3) + 0
				if (r !~ /^[0-9.]+$/) exit 0
				exit !(substr(c, 1, 2) == "<=" ? r > n : r < n) }'; then
			if [ -n "${SMOKE:-}" ]; then
				line="$line (missed; not enforced in a smoke run)"
			else
				line="$line MISSED"
				failed=1
			fi
		fi
	fi
	[ -n "$note" ] && line="$line  # $note"
	echo "$line"
}

# figure NAME UNIT TARGET QUERY BASELINE_QUERY [PLANNER SWITCHES OFF FOR BASELINE]
# Times QUERY and BASELINE_QUERY alternately in one session, RUNS times
# after a warm-up, and reports the medians.  The ratio is query / baseline
# for a cost ("<=N" or "-") and baseline / query for a speed-up (">=N").
figure() {
	local name=$1 unit=$2 target=$3 query=$4 baseline=$5 switches=${6:-}
	local expr='q / b' off="" on="" sw q b r
	case $target in ">="*) expr='b / q' ;; esac
	for sw in $switches; do
		off="$off PERFORM pg_catalog.set_config('$sw', 'off', true);"
		on="$on PERFORM pg_catalog.set_config('$sw', 'on', true);"
	done
	read -r q b r < <(psql_bench -F ' ' <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE t (run int, q float8, b float8);
CREATE FUNCTION pg_temp.baseline_ms() RETURNS float8 LANGUAGE plpgsql AS \$f\$
DECLARE ms float8;
BEGIN
	$off
	ms := elapsed_ms(\$q\$$baseline\$q\$);
	$on
	RETURN ms;
END \$f\$;
DO \$\$
BEGIN
	PERFORM elapsed_ms(\$q\$$query\$q\$);
	PERFORM pg_temp.baseline_ms();
	FOR i IN 1..$RUNS LOOP
		INSERT INTO t VALUES (i, elapsed_ms(\$q\$$query\$q\$), pg_temp.baseline_ms());
	END LOOP;
END \$\$;
SELECT round(q::numeric, 1), round(b::numeric, 1), round(($expr)::numeric, 2)
FROM (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY q) AS q,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY b) AS b FROM t) m;
SQL
)
	report "$name" "$q" "$unit" "$b" "$r" "$target" "${7:-}"
}

# timed OUT_VAR_MS OUT_VAR_KB COMMAND...: wall milliseconds and peak RSS
# (KB) of COMMAND, whose output is discarded; fails when COMMAND fails.
timed() {
	local -n ms_out=$1 kb_out=$2
	local t0 t1 rss_file
	shift 2
	rss_file=$(mktemp)
	t0=$(date +%s%N)
	if ! /usr/bin/time -f %M -o "$rss_file" "$@" >/dev/null; then
		rm -f "$rss_file"
		echo "bench: failed: $*" >&2
		return 1
	fi
	t1=$(date +%s%N)
	ms_out=$(( (t1 - t0) / 1000000 ))
	kb_out=$(tail -1 "$rss_file")
	rm -f "$rss_file"
}
