# test/bench/scale.sh: loading synthetic books made from the first one (the
# same text with its years moved, test/bench/make_books) at each size of
# SCALES (default 1x, 10x and 100x the book), each size in one run of
# econtext-load, the sizes taken in turn within each of the RUNS rounds:
# time per MB should stay flat, and so should the loader's peak RSS
# (sourced by run).

books="$work/books"
mkdir -p "$books"
largest=$(tr ' ' '\n' <<<"$SCALES" | sort -n | tail -1)
test/bench/make_books data/eurasian-integration-monograph.txt "$books" "$largest"
schema=bench_scale
"$LOADER" -q --schema "$schema" "$books/book-001.txt"

declare -A per_mb peak_kb megabytes
for n in $SCALES; do
	megabytes[$n]=$(for k in $(seq 1 "$n"); do printf '%s/book-%03d.txt\n' "$books" "$k"; done |
		xargs cat | wc -c | awk '{ print $1 / 1e6 }')
done
for r in $(seq 1 "$RUNS"); do
	for n in $SCALES; do
		files=()
		for k in $(seq 1 "$n"); do files+=("$(printf '%s/book-%03d.txt' "$books" "$k")"); done
		psql_bench -c "TRUNCATE $schema.document CASCADE"
		timed ms kb "$LOADER" -q --schema "$schema" "${files[@]}"
		per_mb[$n]="${per_mb[$n]:-} $(ratio "$ms" "${megabytes[$n]}" 1)"
		peak_kb[$n]="${peak_kb[$n]:-} $kb"
	done
done

first=${SCALES%% *}
first_pm=$(tr ' ' '\n' <<<"${per_mb[$first]}" | grep . | median)
first_kb=$(tr ' ' '\n' <<<"${peak_kb[$first]}" | grep . | median)
for n in $SCALES; do
	pm=$(tr ' ' '\n' <<<"${per_mb[$n]}" | grep . | median)
	pk=$(tr ' ' '\n' <<<"${peak_kb[$n]}" | grep . | median)
	if [ "$n" = "$first" ]; then
		report "scale_${n}x_load" "$pm" ms/MB - - "-" "$n book(s), ${megabytes[$n]} MB, one run of econtext-load"
		report "scale_${n}x_peak_rss" "$(ratio "$pk" 1024 1)" MB - - "-" "peak RSS of econtext-load"
	else
		report "scale_${n}x_load" "$pm" ms/MB "$first_pm" "$(ratio "$pm" "$first_pm")" "<=1.3" \
			"$n books, ${megabytes[$n]} MB; baseline time per MB at ${first}x, same rounds"
		report "scale_${n}x_peak_rss" "$(ratio "$pk" 1024 1)" MB "$(ratio "$first_kb" 1024 1)" \
			"$(ratio "$pk" "$first_kb")" "<=1.2" "peak RSS of econtext-load; baseline at ${first}x"
	fi
done

# one paragraph of LONG_BYTES (default 4 MB) against one of a quarter of it
# (test/bench/make_paragraph): loading stays linear in a paragraph's length
long=${LONG_BYTES:-$([ -n "$SMOKE" ] && echo 400000 || echo 4000000)}
test/bench/make_paragraph $((long / 4)) >"$work/paragraph-quarter.txt"
test/bench/make_paragraph "$long" >"$work/paragraph-whole.txt"
quarter_pm=
whole_pm=
for r in $(seq 1 "$RUNS"); do
	for part in quarter whole; do
		psql_bench -c "TRUNCATE $schema.document CASCADE"
		timed ms kb "$LOADER" -q --schema "$schema" "$work/paragraph-$part.txt"
		mb=$(wc -c <"$work/paragraph-$part.txt" | awk '{ print $1 / 1e6 }')
		if [ $part = quarter ]; then quarter_pm="$quarter_pm $(ratio "$ms" "$mb" 1)"; else whole_pm="$whole_pm $(ratio "$ms" "$mb" 1)"; fi
	done
done
quarter_pm=$(tr ' ' '\n' <<<"$quarter_pm" | grep . | median)
whole_pm=$(tr ' ' '\n' <<<"$whole_pm" | grep . | median)
report "long_paragraph_load" "$whole_pm" ms/MB "$quarter_pm" "$(ratio "$whole_pm" "$quarter_pm")" "<=1.3" \
	"one paragraph of $((long / 1000)) kB; baseline time per MB for a quarter of it, same rounds"
