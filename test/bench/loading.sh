# test/bench/loading.sh: econtext-load against plain COPY of the very rows it
# produced: each table dumped with COPY TO, truncated, and copied back by
# psql in one transaction, with the same indexes and constraints in place.
# First the book; then 10,000 short JSONL news items (make_records), each a
# document in its own transaction, and the loader's peak memory for 1,000
# of them against 10,000 (sourced by run).

book=data/eurasian-integration-monograph.txt

# copy_scripts SCHEMA DIR: $work/copy_in.sql, which COPYs the rows a load
# left in SCHEMA back from DIR, after writing them there; $work/tables the
# tables, parents before children, each with its columns but the generated
# ones (the server computes those on either path); not the lexicon of places
# nor loader_state, which a load into a schema the loader made before leaves
# alone.
copy_scripts() {
	local schema=$1 dir=$2 table columns
	mkdir -p "$dir"
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
		echo "\\copy $table ($columns) TO '$dir/$table.copy'" >> "$work/copy_out.sql"
		echo "\\copy $table ($columns) FROM '$dir/$table.copy'" >> "$work/copy_in.sql"
	done < "$work/tables"
	psql_bench -f "$work/copy_out.sql"
}

# per_record_script DIR: $work/copy_per_record.sql, which COPYs the rows
# dumped in DIR back one document at a time, each in a transaction of its
# own, its tables parents first: what any client writing those documents
# one transaction each must at least have the server do
per_record_script() {
	python3 - "$work/tables" "$1" > "$work/copy_per_record.sql" <<'PY'
import sys
from collections import defaultdict

tables = [line.split(' ', 1) for line in open(sys.argv[1]).read().splitlines()]
rows = defaultdict(lambda: defaultdict(list))
for table, columns in tables:
    key = columns.split(',').index('id' if table.endswith('.document') else 'document_id')
    with open(f'{sys.argv[2]}/{table}.copy', newline='\n') as f:
        for row in f:
            rows[int(row.split('\t')[key])][table].append(row)
out = sys.stdout
for doc in sorted(rows):
    out.write('BEGIN;\n')
    for table, columns in tables:
        if rows[doc][table]:
            out.write(f'COPY {table} ({columns}) FROM STDIN;\n')
            out.writelines(rows[doc][table])
            out.write('\\.\n')
    out.write('COMMIT;\n')
PY
}

# rows_in SCHEMA: how many rows the tables of $work/tables hold
rows_in() {
	psql_bench -c "SELECT sum(n) FROM (
	$(sed -e 's/ .*//' -e 's/.*/SELECT count(*) AS n FROM &/' "$work/tables" | paste -sd'|' | sed 's/|/ UNION ALL /g')) c"
}

# load_and_copy SCHEMA INPUT: RUNS loads of INPUT into SCHEMA emptied, each
# beside psql's COPY of the same rows; the medians into lm, cm (ms), lk, ck
# (peak RSS, kB)
load_and_copy() {
	local schema=$1 input=$2 k ms kb
	local load_ms=() load_kb=() copy_ms=() copy_kb=()
	for k in $(seq 1 "$RUNS"); do
		psql_bench -c "TRUNCATE $schema.document CASCADE"
		timed ms kb "$LOADER" -q --schema "$schema" "$input"
		load_ms+=("$ms") load_kb+=("$kb")
		psql_bench -c "TRUNCATE $schema.document CASCADE"
		timed ms kb psql -X -q -v ON_ERROR_STOP=1 -1 -f "$work/copy_in.sql"
		copy_ms+=("$ms") copy_kb+=("$kb")
	done
	lm=$(printf '%s\n' "${load_ms[@]}" | median)
	cm=$(printf '%s\n' "${copy_ms[@]}" | median)
	lk=$(printf '%s\n' "${load_kb[@]}" | median)
	ck=$(printf '%s\n' "${copy_kb[@]}" | median)
}

# --- the book -----------------------------------------------------------------
# a first load creates the schema; a load into a fresh schema is timed below
"$LOADER" -q --schema bench_load "$book"
copy_scripts bench_load "$work/dump"
load_and_copy bench_load "$book"
fresh_ms=()
for k in $(seq 1 "$RUNS"); do
	timed ms kb "$LOADER" -q --schema "bench_load_fresh_$k" "$book"
	fresh_ms+=("$ms")
done
fm=$(printf '%s\n' "${fresh_ms[@]}" | median)
report load_vs_copy "$lm" ms "$cm" "$(ratio "$lm" "$cm")" "<=3" \
	"econtext-load of the book, parsing included; baseline psql COPY of its $(rows_in) rows in $(wc -l < "$work/tables") tables"
report load_peak_rss "$(ratio "$lk" 1024 1)" MB "$(ratio "$ck" 1024 1)" "$(ratio "$lk" "$ck")" "-" \
	"peak RSS of econtext-load; baseline psql doing that COPY"
report load_fresh_schema "$fm" ms "$lm" "$(ratio "$fm" "$lm")" "value<=1000" \
	"into a schema it creates; baseline the load into an existing one"

# --- records ------------------------------------------------------------------
test/bench/make_records "$RECORDS" > "$work/records.jsonl"
test/bench/make_records $(( RECORDS / 10 )) > "$work/records_tenth.jsonl"
"$LOADER" -q --schema bench_records "$work/records.jsonl"
copy_scripts bench_records "$work/dump_records"
load_and_copy bench_records "$work/records.jsonl"
report load_records_vs_copy "$lm" ms "$cm" "$(ratio "$lm" "$cm")" "<=3" \
	"econtext-load of $RECORDS JSONL news items, each in its own transaction; baseline psql COPY of their $(rows_in) rows"
records_kb=$lk
per_record_script "$work/dump_records"
per_record_ms=()
for k in $(seq 1 "$RUNS"); do
	psql_bench -c "TRUNCATE bench_records.document CASCADE"
	timed ms kb psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -f "$work/copy_per_record.sql"
	per_record_ms+=("$ms")
done
pm=$(printf '%s\n' "${per_record_ms[@]}" | median)
report load_records_vs_copy_per_record "$lm" ms "$pm" "$(ratio "$lm" "$pm")" "<=1" \
	"the same load; baseline psql COPYing its rows back one document per transaction, as the loader must"
tenth_kb=()
for k in $(seq 1 "$RUNS"); do
	psql_bench -c "TRUNCATE bench_records.document CASCADE"
	timed ms kb "$LOADER" -q --schema bench_records "$work/records_tenth.jsonl"
	tenth_kb+=("$kb")
done
tk=$(printf '%s\n' "${tenth_kb[@]}" | median)
report load_records_peak_rss "$(ratio "$records_kb" 1024 1)" MB "$(ratio "$tk" 1024 1)" \
	"$(ratio "$records_kb" "$tk")" "<=1.2" \
	"peak RSS of econtext-load for $RECORDS records; baseline $(( RECORDS / 10 )) records: flat, not growing with the file"
