# test/bench/loading.sh: econtext-load of the first book against plain COPY
# of the very rows it produced: each table dumped with COPY TO, truncated,
# and copied back by psql in one transaction, with the same indexes and
# constraints in place (sourced by run).

book=data/eurasian-integration-monograph.txt
schema=bench_load
dumped="$work/dump"
mkdir -p "$dumped"

# a first load creates the schema; a load into a fresh schema is timed below
"$LOADER" -q --schema "$schema" "$book"

# The tables a load fills, parents before children, each with its columns
# but the generated ones (the server computes those on either path); not the
# lexicon of places nor loader_state, which a load into a schema the loader
# made before leaves alone.
psql_bench -F ' ' -c "
WITH RECURSIVE t AS (
	SELECT c.oid FROM pg_catalog.pg_class c
	WHERE c.relnamespace = '$schema'::regnamespace AND c.relkind = 'r'
		AND c.relname NOT IN ('place', 'loader_state')
), depth (oid, depth) AS (
	SELECT oid, 0 FROM t
	UNION ALL
	SELECT con.conrelid, d.depth + 1
	FROM depth d JOIN pg_catalog.pg_constraint con
		ON con.confrelid = d.oid AND con.contype = 'f' AND con.conrelid <> con.confrelid
)
SELECT d.oid::regclass, (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum)
	FROM pg_catalog.pg_attribute a
	WHERE a.attrelid = d.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '')
FROM depth d GROUP BY d.oid ORDER BY max(d.depth), 1::text" > "$work/tables"

: > "$work/copy_out.sql"
: > "$work/copy_in.sql"
while read -r table columns; do
	echo "\\copy $table ($columns) TO '$dumped/$table.copy'" >> "$work/copy_out.sql"
	echo "\\copy $table ($columns) FROM '$dumped/$table.copy'" >> "$work/copy_in.sql"
done < "$work/tables"
psql_bench -f "$work/copy_out.sql"
truncate_all="TRUNCATE $schema.document CASCADE"

load_ms=() load_kb=() copy_ms=() copy_kb=() fresh_ms=()
for k in $(seq 1 "$RUNS"); do
	psql_bench -c "$truncate_all"
	timed ms kb "$LOADER" -q --schema "$schema" "$book"
	load_ms+=("$ms") load_kb+=("$kb")
	psql_bench -c "$truncate_all"
	timed ms kb psql -X -q -v ON_ERROR_STOP=1 -1 -f "$work/copy_in.sql"
	copy_ms+=("$ms") copy_kb+=("$kb")
	timed ms kb "$LOADER" -q --schema "${schema}_fresh_$k" "$book"
	fresh_ms+=("$ms")
done
lm=$(printf '%s\n' "${load_ms[@]}" | median)
cm=$(printf '%s\n' "${copy_ms[@]}" | median)
lk=$(printf '%s\n' "${load_kb[@]}" | median)
ck=$(printf '%s\n' "${copy_kb[@]}" | median)
fm=$(printf '%s\n' "${fresh_ms[@]}" | median)
rows=$(psql_bench -c "SELECT sum(n) FROM (
	$(sed -e 's/ .*//' -e 's/.*/SELECT count(*) AS n FROM &/' "$work/tables" | paste -sd'|' | sed 's/|/ UNION ALL /g')) c")
report load_vs_copy "$lm" ms "$cm" "$(ratio "$lm" "$cm")" "<=3" \
	"econtext-load of the book, parsing included; baseline psql COPY of its $rows rows in $(wc -l < "$work/tables") tables"
report load_peak_rss "$(ratio "$lk" 1024 1)" MB "$(ratio "$ck" 1024 1)" "$(ratio "$lk" "$ck")" "-" \
	"peak RSS of econtext-load; baseline psql doing that COPY"
report load_fresh_schema "$fm" ms "$lm" "$(ratio "$fm" "$lm")" "value<=1000" \
	"into a schema it creates; baseline the load into an existing one"
