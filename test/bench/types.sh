# test/bench/types.sh: the types' input functions against core types' own,
# on texts written the way the corpus writes figures (sourced by run).

psql_bench <<SQL
CREATE TABLE amount_text AS
SELECT format((ARRAY['\$%s million', 'US\$%s.5 million', 'Br%s million',
		'BYN %s mln', '%s million US dollars', 'KZT %s billion',
		'%s billion tenge', '\$%s,250', 'EUR %s.2bn', '%s million Russian rubles',
		'USD %s000000', '\$%s.75 billion'])[1 + g % 12], 1 + g % 997) AS s
FROM generate_series(1, $ROWS) g;
CREATE TABLE numeric_text AS
SELECT ((1 + g % 997) * 1000000 + g % 1000)::text AS s
FROM generate_series(1, $ROWS) g;
CREATE TABLE period_text AS
SELECT format((ARRAY['January-October %s', 'first half of %s', '%s',
		'the first nine months of %s', '%s-2025', 'late December %s', 'since %s',
		'Q1 %s', 'November %s', '7 September %s', 'January - August %s',
		'second quarter of %s'])[1 + g % 12], 1991 + g % 35) AS s
FROM generate_series(1, $ROWS) g;
CREATE TABLE date_text AS
SELECT (date '1991-01-01' + g % 12000)::text AS s
FROM generate_series(1, $ROWS) g;
VACUUM ANALYZE amount_text, numeric_text, period_text, date_text;
SQL

figure currency_amount_input ms "<=2" \
	"SELECT count(s::currency_amount) FROM amount_text" \
	"SELECT count(s::numeric) FROM numeric_text" "" \
	"$ROWS inputs each; baseline numeric"
figure reporting_period_input ms "<=3" \
	"SELECT count(s::reporting_period) FROM period_text" \
	"SELECT count(s::date) FROM date_text" "" \
	"$ROWS inputs each; baseline date"
