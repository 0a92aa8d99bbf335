#!/usr/bin/env bash
# econtext-load on documents that are not books: a plain text news item
# (title, dateline, paragraphs on blank lines, --date), a JSONL file of
# records (CRLF line ends, English and Russian, bad records among good ones)
# and a CSV file (quoted fields over several lines), a directory of them;
# each record in a transaction of its own, bad ones named with line and
# number, a second run finding everything unchanged.  Against a real server
# (PG* variables, as make test sets them inside pg_virtualenv).  Prints TAP.
. "$(dirname "$0")/lib.sh"
DB=econtext_documents_test
fresh_db $DB
REC=$FIX/records

# --- a plain text ------------------------------------------------------------
out=$($LOAD --date=2024-03-14 $FIX/news-item.txt 2>&1)
check $? "a plain text news item loads" "$out"
grep -q "as document [0-9]* (text)" <<<"$out"
check $? "... as a text, not a book" "$out"
is "$(q "SELECT kind || ' / ' || title || ' / ' || published FROM corpus.document WHERE name = 'news-item.txt'")" \
	"text / Kazakhstan and Uzbekistan Widen Their Trade / 2024-03-14" "... its title line and --date kept"
is "$(q "SELECT count(*) FROM corpus.load_issue i JOIN corpus.document d ON d.id = i.document_id WHERE d.name = 'news-item.txt'")" \
	0 "... with no load issue (no heading is missing from a plain text)"
is "$(q "SELECT left(body, 52) FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.name = 'news-item.txt' AND p.ordinal = 1")" \
	"ASTANA, March 14 (Newswire) - Trade between Kazakhst" "the lead, its dateline included, is the first paragraph"
is "$(q "SELECT string_agg(code, ',' ORDER BY char_start) FROM corpus.place_mention p JOIN corpus.document d ON d.id = p.document_id WHERE d.name = 'news-item.txt' AND paragraph_ordinal = 1")" \
	"KZ,UZ" "the dateline's city is not a place of the figures"
is "$(q "SELECT places::text FROM corpus.fact f JOIN corpus.document d ON d.id = f.document_id WHERE d.name = 'news-item.txt' AND f.text = '\$4.1 billion'")" \
	"{KZ,UZ}" "... the lead's figure is about the two countries"

# --- JSONL -------------------------------------------------------------------
out=$($LOAD $REC/news.jsonl 2>"$WORK/err")
rc=$?
err=$(cat "$WORK/err")
is "$rc" 2 "a JSONL file with bad records: exit status 2"
grep -q "news.jsonl: 8 records: 4 loaded, 0 replaced, 0 unchanged, 4 failed" <<<"$out"
check $? "... the good records load, the bad are counted" "$out"
for want in 'news.jsonl:4: record 4 (id "bad-date"): the date "2024-02-30" is not a date' \
	'news.jsonl:5: record 5 (id "notext"): no text' \
	'news.jsonl:6: record 6 (id "kz-1"): the id "kz-1" was given to an earlier record' \
	'news.jsonl:7: record 7: no id'; do
	grep -qF "$want" <<<"$err"
	check $? "bad record named: $want" "$err"
done
is "$(q "SELECT string_agg(record_id || ':' || coalesce(published::text, '-') || ':' || coalesce(lang, '-') || ':' || record_line, ' ' ORDER BY record_line) FROM corpus.document WHERE kind = 'record' AND name = 'news.jsonl'")" \
	"kz-1:2024-03-14:en:1 ru-1:2024-02-01:ru:2 nodate:-:-:3 17:2024-05-01:-:9" \
	"records keep their id, date (a time dropped), lang and line; one without a date has none"
is "$(q "SELECT title || ' | ' || url || ' | ' || source || ' | ' || extra::text FROM corpus.document WHERE record_id = 'kz-1'")" \
	'Trade grows | https://example.org/kz-1 | Example Wire | {"topic": ["trade", "KZ"]}' \
	"title, url, source, and the other fields as jsonb"
is "$(q "SELECT string_agg(body, ' // ' ORDER BY p.ordinal) FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.record_id = 'kz-1'")" \
	'Kazakhstan exported goods worth $41 billion in 2023, up 32 per cent. // This year exports to Belarus are expected to grow by 5%.' \
	"a record's text is its paragraphs, every character of it (CRLF line ends read)"
is "$(q "SELECT string_agg(text || ' ' || start_date || '..' || end_date, ', ' ORDER BY start_date) FROM corpus.fact_flat WHERE record_id = '17'")" \
	"4.5% 2024-03-01..2024-03-31, 2% 2024-04-01..2024-04-30" \
	"\"March this year\" in a record dated 2024-05-01 is March 2024, \"last month\" April"
is "$(q "SELECT string_agg(m.text || ' ' || m.start_date || '..' || m.end_date, ', ' ORDER BY m.start_date) FROM corpus.mention_flat m JOIN corpus.document d ON d.id = m.document_id WHERE d.record_id = 'kz-1' AND m.kind = 'period'")" \
	"2023 2023-01-01..2023-12-31, This year 2024-01-01..2024-12-31" \
	"\"this year\" in a record dated 2024-03-14 is 2024, also after \"in 2023\""
is "$(q "SELECT string_agg(m.text, ',') FROM corpus.mention_flat m JOIN corpus.document d ON d.id = m.document_id WHERE d.record_id = 'ru-1' AND m.kind = 'percent'")" \
	"27%" "a Russian record loads (its percent found)"
is "$(q "SELECT count(*) FROM corpus.fact_flat WHERE record_id = 'nodate' AND places @> '{BY,KZ}'")" 1 \
	"a dateline in a record is no place either: its figure is Belarus's and Kazakhstan's"

out=$($LOAD $REC/news.jsonl 2>/dev/null)
grep -q "8 records: 0 loaded, 0 replaced, 4 unchanged, 4 failed" <<<"$out"
check $? "a second run finds every good record unchanged" "$out"
sed 's/"date": "2024-02-01"/"date": "2024-02-02"/' $REC/news.jsonl >"$WORK/news.jsonl"
out=$($LOAD "$WORK/news.jsonl" 2>/dev/null)
grep -q "8 records: 4 loaded" <<<"$out"
check $? "the same records at another path are other documents" "$out"
sed 's/"date": "2024-02-01"/"date": "2024-02-02"/' $REC/news.jsonl >"$WORK/news2.jsonl"
cp $REC/news.jsonl "$WORK/same.jsonl"
$LOAD -q "$WORK/same.jsonl" 2>/dev/null
cp "$WORK/news2.jsonl" "$WORK/same.jsonl"
out=$($LOAD "$WORK/same.jsonl" 2>/dev/null)
grep -q "0 loaded, 1 replaced, 3 unchanged" <<<"$out"
check $? "a record whose date changed is replaced, the others unchanged" "$out"

# --- CSV ---------------------------------------------------------------------
out=$($LOAD $REC/news.csv 2>"$WORK/err")
rc=$?
err=$(cat "$WORK/err")
is "$rc" 2 "a CSV file with bad records: exit status 2"
grep -q "news.csv: 5 records: 2 loaded, 0 replaced, 0 unchanged, 3 failed" <<<"$out"
check $? "... its good records load" "$out"
grep -qF 'news.csv:7: record 4 (id "c4"): no text' <<<"$err" &&
	grep -qF 'news.csv:8: record 5: 5 fields where the header has 6' <<<"$err"
check $? "... the bad named with the line each starts on" "$err"
is "$(q "SELECT string_agg(body, ' // ' ORDER BY p.ordinal) FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.record_id = 'c1'")" \
	'Kazakhstan exported goods worth $41 billion in 2023. // This year, exports are expected to grow by 5%, the ministry said.' \
	"a quoted field over several lines is one text, in paragraphs"
is "$(q "SELECT title || ' | ' || (SELECT body FROM corpus.paragraph WHERE document_id = d.id) || ' | ' || coalesce(extra::text, '-') FROM corpus.document d WHERE record_id = 'c2'")" \
	'A title, with a comma | Belarus and Uzbekistan traded $1.2 billion worth of goods in 2022, "a record". | -' \
	"commas and doubled quotes inside quotes; an empty cell is no field"
is "$(q "SELECT extra::text FROM corpus.document WHERE record_id = 'c1'")" '{"agency": "Example Wire"}' \
	"a column the loader does not know goes to extra"
printf 'name,body\nx,y\n' >"$WORK/nohead.csv"
expect_exit 2 'nohead.csv:1: the header row names no "id" column' "a CSV file without an id column is refused" $LOAD "$WORK/nohead.csv"

# --- a directory, --format ---------------------------------------------------
mkdir -p "$WORK/feed/sub"
cp $REC/news.csv "$WORK/feed/b.csv"
cp $FIX/news-item.txt "$WORK/feed/sub/a.txt"
echo "not loaded" >"$WORK/feed/notes.md"
ln -s "$WORK/feed" "$WORK/feed/sub/loop.txt"	# a link back up is not walked
out=$(timeout 20 $LOAD -n "$WORK/feed" 2>/dev/null)
is "$(grep -o '[a-z/.]*\(b.csv\|a.txt\|notes.md\)' <<<"$out" | xargs -n1 basename | tr '\n' ' ')" "b.csv a.txt " \
	"a directory: its .txt, .jsonl and .csv files, in name order, under its folders too"
out=$($LOAD -n --format=book $FIX/news-item.txt)
grep -q "parsed as a book" <<<"$out"
check $? "--format=book reads a text as a book" "$out"
expect_exit 1 "--format takes book, text, jsonl or csv" "a bad --format" $LOAD --format=xml x
expect_exit 1 "--date takes a date" "an impossible --date" $LOAD --date=2024-02-30 x

# a record over 16 MB is refused, the next one loads, memory bounded
{ printf '{"id": "big", "text": "'; head -c 17000000 /dev/zero | tr '\0' 'a'; printf '"}\n{"id": "small", "text": "Exports grew by 3%%."}\n'; } >"$WORK/big.jsonl"
out=$(/usr/bin/time -f %M -o "$WORK/rss" $LOAD "$WORK/big.jsonl" 2>&1)
grep -q 'record 1: longer than 16777216 bytes' <<<"$out" && grep -q "2 records: 1 loaded" <<<"$out"
check $? "a record over 16 MB is named and skipped; the next loads" "$out"
rss=$(tail -n 1 "$WORK/rss")
check $([ "$rss" -lt 65536 ]; echo $?) "... in bounded memory: ${rss} kB < 64 MB" "$rss"

# progress: shown when asked (here standard error is a file: a line a
# second, then the run's last), never with --no-progress nor by default off
# a terminal; messages are not printed over it
test/bench/make_records 3000 >"$WORK/many.jsonl"
printf '{"id": "no text"}\n' >>"$WORK/many.jsonl"
$LOAD -q --progress "$WORK/many.jsonl" 2>"$WORK/progress.err"
err=$(cat "$WORK/progress.err")
grep -Eq '^econtext-load: 3001 documents, 0\.[0-9] MB, [0-9]+/s, 1 failed in [0-9.]+ s$' <<<"$err" &&
	grep -q 'record 3001 (id "no text"): no text; not loaded' <<<"$err"
check $? "--progress: documents, MB, rate and failures, ending with the run's total" "$err"
$LOAD -q --no-progress --schema progress_off "$WORK/many.jsonl" 2>"$WORK/progress.err"
$LOAD -q --schema progress_off "$WORK/many.jsonl" 2>>"$WORK/progress.err"
check $(grep -c 'documents,' "$WORK/progress.err") "--no-progress, and by default off a terminal: no progress line" \
	"$(cat "$WORK/progress.err")"

psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
done_testing
