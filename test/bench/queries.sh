# test/bench/queries.sh: the indexes on a large table, against sequential
# scans of the same table in the same session (sourced by run).
#
# Periods a few days to a month long spread over a thousand years and
# amounts spread evenly below USD 100.1 million, so that each query below
# returns about 0.1% of the rows or fewer.

psql_bench <<SQL
SET max_parallel_workers_per_gather = 2;
CREATE TABLE big AS
SELECT reporting_period(d, d + (g % 31)::int) AS p,
	currency_amount('USD', (g * 7919 % 100100) * 1000) AS a
FROM generate_series(1::bigint, $BIG_ROWS) g,
	LATERAL (SELECT date '1500-01-01' + (g * 104729 % 365000)::int AS d) x;
CREATE INDEX big_p ON big USING gist (p);
CREATE INDEX big_a ON big (a);
VACUUM ANALYZE big;
SQL

# plan_uses_index QUERY: print which scan the planner picks for QUERY
plan_uses_index() {
	local plan
	plan=$(psql_bench -c "SET max_parallel_workers_per_gather = 0" -c "EXPLAIN (COSTS OFF) $1" | tr '\n' ' ')
	case $plan in
		*"Index"*) echo "# plan of $1: $(echo "$plan" | grep -Eo '(Bitmap )?Index (Only )?Scan (using [a-z_]+ )?on [a-z_]+' | head -1)" ;;
		*) echo "# plan of $1: NO INDEX: $plan"; failed=1 ;;
	esac
}

echo "# $BIG_ROWS-row table: $(psql_bench -c "SELECT format('%s%% of rows overlap 2021-H1, %s%% contain 2021-03-15, %s%% above USD 100 million',
	round(100.0 * count(*) FILTER (WHERE p && '2021-H1') / count(*), 3),
	round(100.0 * count(*) FILTER (WHERE p @> date '2021-03-15') / count(*), 4),
	round(100.0 * count(*) FILTER (WHERE a > 'USD 100 million') / count(*), 3)) FROM big")"
for q in "p && '2021-H1'" "p @> date '2021-03-15'" "a > 'USD 100 million'"; do
	plan_uses_index "SELECT count(*) FROM big WHERE $q"
done
no_index="enable_indexscan enable_bitmapscan"
figure index_period_overlaps ms ">=100" \
	"SELECT count(*) FROM big WHERE p && '2021-H1'" \
	"SELECT count(*) FROM big WHERE p && '2021-H1'" "$no_index" \
	"GiST; baseline the sequential scan; ratio = speed-up"
figure index_period_contains_date ms ">=100" \
	"SELECT count(*) FROM big WHERE p @> date '2021-03-15'" \
	"SELECT count(*) FROM big WHERE p @> date '2021-03-15'" "$no_index" \
	"GiST; baseline the sequential scan; ratio = speed-up"
figure index_amount_greater ms ">=100" \
	"SELECT count(*) FROM big WHERE a > 'USD 100 million'" \
	"SELECT count(*) FROM big WHERE a > 'USD 100 million'" "$no_index" \
	"btree; baseline the sequential scan; ratio = speed-up"
