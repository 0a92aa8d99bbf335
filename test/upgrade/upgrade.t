#!/usr/bin/env bash
# The upgrade path: econtext installed at its previous version, with data
# and indexes in place, then ALTER EXTENSION econtext UPDATE, must equal a
# fresh install of the current version object for object (catalog.sql), and
# the data must keep working.  Against a real server (PG* variables, as
# make test sets them inside pg_virtualenv).  Prints TAP.
set -u
cd "$(dirname "$0")/../.."

. test/lib/tap.sh
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

WORK=$(mktemp -d)
UPDATED=econtext_upgrade_updated
FRESH=econtext_upgrade_fresh
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $UPDATED" -c "DROP DATABASE IF EXISTS $FRESH" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
for db in $UPDATED $FRESH; do
	psql -X -q -d postgres -c "SET client_min_messages = warning" \
		-c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
done

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" extension/econtext.control)
versions=$(ls sql/econtext--*.sql | sed -n 's|^sql/econtext--\([0-9.]*\)\.sql$|\1|p' | sort -V)
previous=$(grep -vx "$current" <<<"$versions" | tail -1)
is "$(q postgres "SELECT string_agg(version, ' ' ORDER BY version) FROM pg_available_extension_versions WHERE name = 'econtext'")" \
	"$(echo $versions)" "every version script is installed"
for v in $(grep -vx "$current" <<<"$versions"); do
	path=$(q postgres "SELECT path FROM pg_extension_update_paths('econtext') WHERE source = '$v' AND target = '$current'")
	if [ -n "$path" ]; then pass "an update path from $v to $current: $path"; else fail "an update path from $v to $current"; fi
done

# the previous version, with data that uses its indexes
q $UPDATED "CREATE EXTENSION econtext VERSION '$previous'" >/dev/null
is "$(q $UPDATED "SELECT extversion FROM pg_extension WHERE extname = 'econtext'")" "$previous" "installed at $previous"
q $UPDATED "
CREATE TABLE figure (id int PRIMARY KEY, p reporting_period, a currency_amount);
INSERT INTO figure SELECT g, reporting_period(date '2015-01-01' + g, date '2015-01-01' + g + g % 60),
	currency_amount('USD', g * 1000) FROM generate_series(1, 5000) g;
CREATE INDEX figure_p ON figure USING gist (p);
CREATE INDEX figure_a ON figure (a);
CREATE INDEX figure_a_hash ON figure USING hash (a);
ANALYZE figure" >/dev/null
before=$(q $UPDATED "SELECT md5(string_agg(format('%s %s %s', id, p, a), ',' ORDER BY id)) FROM figure")

# the library built here serves the previous version's declaration of
# extract_facts too: its rows end where its columns do
sentence="In 2021 Belarus exported goods worth \$300 million to Uzbekistan, 12% more than in 2020."
if [ "$(q $UPDATED "SELECT count(*) FROM pg_proc WHERE proname = 'extract_facts'")" = 1 ]; then
	is "$(q $UPDATED "SELECT string_agg(format('%s %s %s %s', kind, indicator, places, change), '; ' ORDER BY char_start) FROM extract_facts('$sentence')")" \
		"amount exports {BY,UZ} ; percent exports {BY,UZ} increase" "extract_facts as $previous declares it, served by this library"
fi

if q $UPDATED "ALTER EXTENSION econtext UPDATE" >/dev/null 2>"$WORK/update.err"; then
	pass "ALTER EXTENSION econtext UPDATE from $previous"
else
	fail "ALTER EXTENSION econtext UPDATE from $previous"; sed 's/^/#   /' "$WORK/update.err"
fi
is "$(q $UPDATED "SELECT extversion FROM pg_extension WHERE extname = 'econtext'")" "$current" "now at $current"

q $FRESH "CREATE EXTENSION econtext" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $UPDATED -f test/upgrade/catalog.sql >"$WORK/updated.txt"
psql -X -q -v ON_ERROR_STOP=1 -d $FRESH -f test/upgrade/catalog.sql >"$WORK/fresh.txt"
if diff -u "$WORK/fresh.txt" "$WORK/updated.txt" >"$WORK/catalog.diff"; then
	pass "the updated extension equals a fresh install ($(wc -l <"$WORK/fresh.txt") catalog facts)"
else
	fail "the updated extension equals a fresh install"; sed 's/^/#   /' "$WORK/catalog.diff"
fi
test "$(wc -l <"$WORK/fresh.txt")" -gt 200 && pass "the comparison covers the objects (more than 200 facts)" ||
	fail "the comparison covers the objects (more than 200 facts)"

# the data and its indexes after the update, the new operators included
is "$(q $UPDATED "SELECT md5(string_agg(format('%s %s %s', id, p, a), ',' ORDER BY id)) FROM figure")" "$before" \
	"the rows read the same after the update"
is "$(q $UPDATED "SELECT count(*) FROM figure WHERE p -|- '2021-H1' OR p &< '2015-01-10'")" \
	"$(q $FRESH "SELECT count(*) FROM (SELECT reporting_period(date '2015-01-01' + g, date '2015-01-01' + g + g % 60) AS p
		FROM generate_series(1, 5000) g) f WHERE p -|- '2021-H1' OR p &< '2015-01-10'")" \
	"the new operators work on the old rows"
for op in "&<" "&>" "-|-" "&&"; do
	plan=$(q $UPDATED "SET enable_seqscan = off; EXPLAIN (COSTS OFF) SELECT * FROM figure WHERE p $op '2016-03-01'")
	seq=$(q $UPDATED "SET enable_indexscan = off; SET enable_bitmapscan = off; SELECT count(*) FROM figure WHERE p $op '2016-03-01'")
	idx=$(q $UPDATED "SET enable_seqscan = off; SELECT count(*) FROM figure WHERE p $op '2016-03-01'")
	if grep -q figure_p <<<"$plan" && [ "$seq" = "$idx" ]; then
		pass "the GiST index built under $previous serves $op ($idx rows, as a sequential scan finds)"
	else
		fail "the GiST index built under $previous serves $op"; echo "# seq $seq idx $idx plan $plan"
	fi
done
is "$(q $UPDATED "SET enable_seqscan = off; SELECT count(*) FROM figure WHERE a > 'USD 4 million'")" "1000" \
	"the btree index still answers"
is "$(q $UPDATED "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'figure_%' AND i.indisvalid")" \
	"4" "every index is still valid"

# what the update brings: extract_facts and extract_document_facts, as a
# fresh install has them
facts="SELECT string_agg(format('%s %s %s %s %s %s %s>%s', kind, indicator, places, period, change, status, origin, destination), '; ' ORDER BY char_start) FROM extract_facts('$sentence')"
is "$(q $UPDATED "$facts")" "$(q $FRESH "$facts")" "extract_facts after the update reads as on a fresh install"
is "$(q $UPDATED "$facts")" "amount exports {BY,UZ} 2021  actual {BY}>{UZ}; percent exports {BY,UZ} 2021 increase actual {BY}>{UZ}" \
	"... and finds both facts of the sentence, with their status and direction"
is "$(q $UPDATED "SELECT count(*) FROM extract_document_facts(ARRAY['$sentence', 'Imports fell by 3%.'])")" "3" \
	"extract_document_facts after the update"

done_testing
