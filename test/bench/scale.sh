# test/bench/scale.sh: loading synthetic books made from the first one (the
# same text with its years moved, test/bench/make_books) at 1x, 10x and 100x
# its size, each size in one run of econtext-load: time per MB should stay
# flat, and so should the loader's peak RSS (sourced by run).

books="$work/books"
mkdir -p "$books"
largest=${SCALES##* }
test/bench/make_books data/eurasian-integration-monograph.txt "$books" "$largest"
schema=bench_scale
"$LOADER" -q --schema "$schema" "$books/book-001.txt"

first_per_mb="" first_kb=""
for n in $SCALES; do
	files=()
	for k in $(seq 1 "$n"); do files+=("$(printf '%s/book-%03d.txt' "$books" "$k")"); done
	mb=$(cat "${files[@]}" | wc -c | awk '{ print $1 / 1e6 }')
	per_mb=() peak_kb=()
	for r in $(seq 1 "$RUNS"); do
		psql_bench -c "TRUNCATE $schema.document CASCADE"
		timed ms kb "$LOADER" -q --schema "$schema" "${files[@]}"
		per_mb+=("$(ratio "$ms" "$mb" 1)") peak_kb+=("$kb")
	done
	pm=$(printf '%s\n' "${per_mb[@]}" | median)
	pk=$(printf '%s\n' "${peak_kb[@]}" | median)
	if [ -z "$first_per_mb" ]; then
		first_per_mb=$pm first_kb=$pk
		report "scale_${n}x_load" "$pm" ms/MB - - "-" "$n book(s), $mb MB, one run of econtext-load"
		report "scale_${n}x_peak_rss" "$(ratio "$pk" 1024 1)" MB - - "-" "peak RSS of econtext-load"
	else
		report "scale_${n}x_load" "$pm" ms/MB "$first_per_mb" "$(ratio "$pm" "$first_per_mb")" "<=1.3" \
			"$n books, $mb MB; baseline time per MB at ${SCALES%% *}x"
		report "scale_${n}x_peak_rss" "$(ratio "$pk" 1024 1)" MB "$(ratio "$first_kb" 1024 1)" \
			"$(ratio "$pk" "$first_kb")" "<=1.2" "peak RSS of econtext-load; baseline at ${SCALES%% *}x"
	fi
done
