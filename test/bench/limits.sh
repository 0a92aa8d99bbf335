# test/bench/limits.sh: extract_mentions() and extract_facts() on hostile
# texts (sourced by run): the slowest run of period modifier words against
# prose, the slowest hostile text for the fact finder, how soon
# statement_timeout stops a call on a large text, and the peak memory of a
# call with millions of mentions against that of the text alone.
#
# Sizes: LIMIT_TEXT_MB the large text (200), LIMIT_MENTIONS the mentions of
# the memory figure (40,000,000).

if [ -n "$SMOKE" ]; then
	LIMIT_TEXT_MB=${LIMIT_TEXT_MB:-2}
	LIMIT_MENTIONS=${LIMIT_MENTIONS:-200000}
fi
LIMIT_TEXT_MB=${LIMIT_TEXT_MB:-200}
LIMIT_MENTIONS=${LIMIT_MENTIONS:-40000000}

# --- 1 MB of each modifier word, the slowest of them against 1 MB of prose
# (the book's paragraphs, repeated)
psql_bench -c "CREATE TABLE prose AS SELECT left(repeat(string_agg(body, ' '), 4), 1048576) AS body
	FROM (SELECT body FROM corpus.paragraph ORDER BY document_id, ordinal) p"
worst=0 worst_word=""
for word in 'mid ' 'since ' 'until ' 'up to ' 'as of ' 'before ' 'early ' 'late ' \
	'the end of ' 'the beginning of ' 'by the end of ' 'the first half of ' 'the ' 'more than '; do
	ms=$(for r in $(seq 1 "$RUNS"); do
		psql_bench -c "SELECT round(elapsed_ms('SELECT count(*) FROM extract_mentions(repeat(''$word'', $(( 1048576 / ${#word} ))))')::numeric, 1)"
	done | median)
	if awk -v a="$ms" -v b="$worst" 'BEGIN { exit !(a > b) }'; then
		worst=$ms worst_word=$word
	fi
done
prose=$(for r in $(seq 1 "$RUNS"); do
	psql_bench -c "SELECT round(elapsed_ms('SELECT count(*) FROM prose, extract_mentions(prose.body)')::numeric, 1)"
done | median)
report modifier_run_1mb "$worst" ms "$prose" "$(ratio "$worst" "$prose")" "value<=1000" \
	"the slowest of 14 words repeated to 1 MB: '$worst_word'; baseline 1 MB of the book's prose"

# --- extract_facts the same way: the slowest of its hostile texts (runs
# of modifier and filler words, one long sentence of figures, figures glued
# into one run of word characters by symbols) against 1 MB of prose.  The
# target is twice that of the mentions: '1% ' makes 350,000 rows of facts,
# each dearer than a mention; a path that is not linear costs more (figures
# glued by '€' once took 7.5 s per MB)
worst=0 worst_unit=""
for unit in 'the end of ' '1% ' 'Belarus and the region ' 'by almost by almost ' '€3' 'é€3 ' 'x$3'; do
	ms=$(for r in $(seq 1 "$RUNS"); do
		psql_bench -c "SELECT round(elapsed_ms('SELECT count(*) FROM extract_facts(repeat(''$unit'', $(( 1048576 / $(printf %s "$unit" | wc -c) ))))')::numeric, 1)"
	done | median)
	if awk -v a="$ms" -v b="$worst" 'BEGIN { exit !(a > b) }'; then
		worst=$ms worst_unit=$unit
	fi
done
prose=$(for r in $(seq 1 "$RUNS"); do
	psql_bench -c "SELECT round(elapsed_ms('SELECT count(*) FROM prose, extract_facts(prose.body)')::numeric, 1)"
done | median)
report facts_hostile_1mb "$worst" ms "$prose" "$(ratio "$worst" "$prose")" "value<=2000" \
	"extract_facts, the slowest of 7 texts repeated to 1 MB: '$worst_unit'; baseline 1 MB of the book's prose"

# --- statement_timeout = 200ms on a text of LIMIT_TEXT_MB, stored out of
# line uncompressed (as a large document is): the time from sending the
# query to its error, the worst of several texts
psql_bench -c "CREATE TABLE big (unit text, body text)" \
	-c "ALTER TABLE big ALTER body SET STORAGE EXTERNAL"
for unit in 'mid ' 'the end of ' 'x' '1% ' '1,000' ' '; do
	psql_bench -c "INSERT INTO big SELECT '$unit', repeat('$unit', $(( LIMIT_TEXT_MB * 1048576 / ${#unit} )))"
done
worst=0
for unit in 'mid ' 'the end of ' 'x' '1% ' '1,000' ' '; do
	# the call is meant to fail: its error is read, not taken as the run's
	ms=$({ psql -X -q -At -c "SET statement_timeout = '200ms'" -c '\timing on' \
		-c "SELECT count(*) FROM big, extract_mentions(big.body) WHERE big.unit = '$unit'" 2>&1 || true; } |
		sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
	if awk -v a="$ms" -v b="$worst" 'BEGIN { exit !(a > b) }'; then
		worst=$ms
	fi
done
psql_bench -c "DROP TABLE big"
report timeout_latency "$worst" ms 200 "$(ratio "$worst" 200)" "value<=500" \
	"statement_timeout = 200ms, extract_mentions of $LIMIT_TEXT_MB MB; the slowest of 6 texts to stop; baseline the timeout"

# --- peak backend memory (VmHWM, each query in a fresh session) of
# count(*) over LIMIT_MENTIONS mentions with work_mem = 4MB, against the
# text alone
hwm_mb() {
	psql_bench -c "SET work_mem = '4MB'" -c "$1" \
		-c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s*(\d+)'))[1]::int / 1024" | tail -1
}
mentions_mb=$(hwm_mb "SELECT count(*) FROM extract_mentions(repeat('1% ', $LIMIT_MENTIONS))")
text_mb=$(hwm_mb "SELECT length(repeat('1% ', $LIMIT_MENTIONS))")
report peak_memory_mentions "$mentions_mb" MB "$text_mb" "$(ratio "$mentions_mb" "$text_mb")" "value<=300" \
	"$LIMIT_MENTIONS mentions counted, work_mem = 4MB; baseline the same session building the text alone"
