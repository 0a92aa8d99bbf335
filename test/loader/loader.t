#!/usr/bin/env bash
# econtext-load against a real server (PG* variables, as make test sets them
# inside pg_virtualenv): bad inputs, damaged books, CRLF, reloads, hostile
# names.  Prints TAP.
. "$(dirname "$0")/lib.sh"
DB=econtext_loader_test
fresh_db $DB

# --- bad inputs: a clear message, a documented exit code, nothing committed
expect_exit 1 "no file to load" "no file: usage error" $LOAD
expect_exit 1 "Try" "unknown option: usage error" $LOAD --bogus x
expect_exit 2 "cannot open: No such file" "missing file" $LOAD "$WORK/missing.txt"
mkdir "$WORK/dir"
expect_exit 2 "dir: no .txt, .jsonl or .csv file under it" "a directory with nothing to load" $LOAD "$WORK/dir"
expect_exit 2 "/dev/null: is not a regular file" "/dev/null" $LOAD /dev/null
: >"$WORK/empty.txt"
expect_exit 2 "empty.txt: is empty" "an empty file" $LOAD "$WORK/empty.txt"
printf '  \n\n \t\n' >"$WORK/blank.txt"
expect_exit 2 "blank.txt: is empty" "a file of white space" $LOAD "$WORK/blank.txt"
printf 'line one\nline \000two\n' >"$WORK/binary.txt"
expect_exit 2 "binary.txt:2: binary file: NUL byte at byte 6" "a binary file, with line and byte" $LOAD "$WORK/binary.txt"
printf 'line one\nline two\nbad \xe9 byte\n' >"$WORK/latin1.txt"
expect_exit 2 "latin1.txt:3: invalid UTF-8 at byte 5" "invalid UTF-8, with line and byte" $LOAD "$WORK/latin1.txt"
head -c 2000000 /dev/zero | tr '\0' '7' >"$WORK/long.txt"
expect_exit 2 "long.txt:1: line longer than" "a 2 MB line is refused early" $LOAD "$WORK/long.txt"
cp $FIX/damaged.txt "$WORK/unreadable.txt"
chmod 000 "$WORK/unreadable.txt"
chmod 755 "$WORK"
if [ "$(id -u)" = 0 ]; then
	expect_exit 2 "Permission denied" "an unreadable file" runuser -u nobody -- $LOAD -n "$WORK/unreadable.txt"
else
	expect_exit 2 "Permission denied" "an unreadable file" $LOAD -n "$WORK/unreadable.txt"
fi
expect_exit 3 "cannot connect" "no reachable server" $LOAD -d "host=$WORK/nosocket port=1" $FIX/damaged.txt
is "$(q "SELECT count(*) FROM pg_namespace WHERE nspname = 'corpus'")" 0 "nothing was created by the failed runs"

# --- a damaged book: structure, stitching, damage recorded, nothing leaks
out=$($LOAD $FIX/damaged.txt 2>&1)
is "$?" 0 "the damaged book loads"
grep -q "2 articles, 4 pages, 5 paragraphs, 9 sentences, 6 footnotes, 7 citations, 0 mentions" <<<"$out" &&
	pass "the summary counts what was loaded" || { fail "the summary counts what was loaded"; echo "# $out"; }
is "$(q "SELECT string_agg(title || ' / ' || coalesce(subtitle, '-'), '; ' ORDER BY ordinal) FROM corpus.article")" \
	"First Union / Trade in services, and what follows; Second Union / a one-line heading" \
	"headings: a title with subtitle lines, and a one-line heading"
is "$(q "SELECT body FROM corpus.paragraph WHERE ordinal = 1")" \
	'The first paragraph speaks of trade that "grew by a quarter". It goes on for a second line and ends here.' \
	"a marker is taken out of the text"
is "$(q "SELECT body FROM corpus.paragraph WHERE ordinal = 2")" \
	'The second paragraph is cut by the foot of the page, and its co-operation goes on at the top of the next page "as cited". The paragraph ends here.' \
	"a sentence cut by a footnote block is stitched; a line-end hyphen joins"
is "$(q "SELECT body FROM corpus.paragraph WHERE ordinal = 3")" \
	'A third paragraph cites a lost source" and a garbled one"' \
	"a garbled marker is taken out of the text"
is "$(q "SELECT body FROM corpus.paragraph WHERE ordinal = 4")" \
	'A fourth paragraph is long enough to be cut at the foot of this page and it continues on the next page after a printed page number, citing the fifth". A sentence with a blank line inside after a marker" goes on here and ends. And U+FFFD damage: gone.' \
	"stitched across a printed page number and a blank line inside a sentence; U+FFFD removed"
is "$(q "SELECT string_agg(footnote_number || '@' || line, ' ' ORDER BY paragraph_ordinal, char_offset) FROM corpus.citation")" \
	"1@7 2@15 3@18 4@18 5@29 6@30 7@37" "one citation per marker, the garbled one numbered from its neighbours"
is "$(q "SELECT string_agg(number || ':' || coalesce(year::text, '-') || ':' || coalesce(url, '-'), ' ' ORDER BY number) FROM corpus.footnote")" \
	"1:2021:https://example.org/first-source-page-2021/ 2:2020:https://example.org/twic 4:2019:https://example.org/fourth 5:-:https://example.org/fifth 6:2016:- 7:2022:https://example.org/seventh-" \
	"footnotes: wrapped and doubled URLs, a missing separator, a year typo, a book, a garbled label"
is "$(q "SELECT title FROM corpus.footnote WHERE number = 6")" "Surname, A. A book title" "a book's title stops at the author statement"
is "$(q "SELECT string_agg(code || '@' || line, ' ' ORDER BY line, code) FROM corpus.load_issue")" \
	"url_doubled@14 footnote_missing@18 marker_garbled@18 separator_missing@22 footnote_label_garbled@23 year_unreadable@23 blank_in_sentence@31 replacement_character@32 url_truncated@39 url_orphan@40" \
	"each kind of damage is a load issue with its line"
is "$(q "SELECT printed_number FROM corpus.page WHERE printed_number IS NOT NULL")" 7 "the printed page number"
is "$(q "SELECT count(*) FROM corpus.paragraph WHERE body ~ 'Electronic|URL|https?:|xml-p|\\d\\. |\uFFFD'")" 0 \
	"no footnote text or damage in paragraphs"

# --- CRLF loads the same as LF
sed 's/$/\r/' $FIX/damaged.txt >"$WORK/damaged-crlf.txt"
$LOAD -q "$WORK/damaged-crlf.txt"
is "$(q "SELECT count(DISTINCT body) FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.name IN ('damaged.txt', 'damaged-crlf.txt')")" \
	"$(q "SELECT count(*) FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.name = 'damaged.txt'")" \
	"CRLF line endings give the same paragraphs"
is "$(q "SELECT count(*) FROM (SELECT number, line, f.title, year, f.url FROM corpus.footnote f JOIN corpus.document d ON d.id = f.document_id WHERE d.name = 'damaged-crlf.txt' EXCEPT SELECT number, line, f.title, year, f.url FROM corpus.footnote f JOIN corpus.document d ON d.id = f.document_id WHERE d.name = 'damaged.txt') x")" \
	0 "CRLF line endings give the same footnotes"

# --- reloads: unchanged is left alone, changed is replaced, counts stay
counts() { q "SELECT (SELECT count(*) FROM corpus.document) || ' ' || (SELECT count(*) FROM corpus.paragraph) || ' ' || (SELECT count(*) FROM corpus.footnote) || ' ' || (SELECT count(*) FROM corpus.citation) || ' ' || (SELECT count(*) FROM corpus.load_issue) || ' ' || (SELECT count(*) FROM corpus.page) || ' ' || (SELECT count(*) FROM corpus.article)"; }
before=$(counts)
out=$($LOAD $FIX/damaged.txt)
grep -q "unchanged, already loaded as document" <<<"$out" && pass "a second load reports the book unchanged" || fail "a second load reports the book unchanged"
$LOAD -q $FIX/damaged.txt
is "$(counts)" "$before" "reloading twice leaves every count unchanged"
# a changed version at the same path: the same book in another checkout
CHECKOUT=$WORK/checkout
mkdir -p "$CHECKOUT/$FIX"
sed 's/ends here\. $/ends here, changed. /' $FIX/damaged.txt >"$CHECKOUT/$FIX/damaged.txt"
out=$(cd "$CHECKOUT" && $LOAD $FIX/damaged.txt)
grep -q "changed, replaced as document" <<<"$out" && pass "a changed book is replaced" || { fail "a changed book is replaced"; echo "# $out"; }
is "$(counts)" "$before" "replacing keeps one copy of the book"
is "$(q "SELECT count(*) FROM corpus.paragraph WHERE body ~ 'changed'")" 1 "the replacement's text is loaded"

# --- a schema the loader made before is not set up again: no lock of its own
# on the tables, so a reader's open transaction does not hold a load up
psql -X -q -d $DB -c "BEGIN" -c "SELECT count(*) FROM corpus.fact_flat" -c "SELECT pg_sleep(8)" -c "COMMIT" >/dev/null &
reader=$!
sleep 1
sed 's/ends here\. $/ends here, changed again. /' $FIX/damaged.txt >"$CHECKOUT/$FIX/damaged.txt"
(cd "$CHECKOUT" && PGOPTIONS="-c lock_timeout=3000" $LOAD -q $FIX/damaged.txt)
is "$?" 0 "a load while a reader's transaction is open on the views does not wait for it"
q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(8)'" >/dev/null
wait $reader 2>/dev/null
is "$(q "SELECT count(*) FROM corpus.loader_state")" 1 "the schema records what the loader applied, once"

# a schema someone damaged under a current stamp is set up again
q "DROP VIEW corpus.fact_flat" >/dev/null
$LOAD -q $FIX/damaged.txt
is "$?" 0 "a load after the view fact_flat was dropped succeeds"
is "$(q "SELECT to_regclass('corpus.fact_flat') IS NOT NULL")" t "... and makes the view again"
# a schema other roles may create in is refused: they could plant what a load runs
q "CREATE ROLE econtext_test_other; CREATE SCHEMA open_schema; GRANT CREATE ON SCHEMA open_schema TO econtext_test_other" >/dev/null
expect_exit 4 "schema \"open_schema\" lets other roles create objects in it (econtext_test_other)" \
	"a schema another role may create in is refused" $LOAD -q --schema open_schema $FIX/damaged.txt
is "$(q "SELECT count(*) FROM pg_class WHERE relnamespace = 'open_schema'::regnamespace")" 0 "... and nothing is made in it"
q "DROP SCHEMA open_schema; DROP ROLE econtext_test_other" >/dev/null
expect_exit 1 "longer than the 63 bytes" "a schema name over 63 bytes is a usage error" \
	$LOAD -q --schema "$(printf 'ы%.0s' $(seq 32))" $FIX/damaged.txt

# --- names with quotes, spaces and SQL load safely
odd="$WORK/it's a \"book\"; DROP TABLE x; --.txt"
cp $FIX/damaged.txt "$odd"
$LOAD -q --schema "my \"odd\" schema'; --" "$odd"
is "$?" 0 "a hostile file name and schema name load"
is "$(q "SELECT name FROM \"my \"\"odd\"\" schema'; --\".document")" "it's a \"book\"; DROP TABLE x; --.txt" \
	"the names are stored as given"

# --- names that are not UTF-8, or hold control characters: stored as text
# and printed with those bytes written \xHH
bad="$WORK/report-"$'\xff\xfe'".txt"
sed 's/ends here\. $/ends here, from a name that is not UTF-8. /' $FIX/damaged.txt >"$bad"
out=$($LOAD "$bad" 2>&1)
rc=$?
check $([ $rc = 0 ] && grep -qF "$WORK/report-\xff\xfe.txt: loaded as document" <<<"$out"; echo $?) \
	"a file name that is not UTF-8 loads, named with its bytes escaped" "exit $rc: $out"
is "$(q "SELECT name FROM corpus.document WHERE path ~ 'report-'")" 'report-\xff\xfe.txt' \
	"... and is stored so"
# a name that spells those escapes is another file: another document, its
# backslashes written \x5c
lit="$WORK"'/report-\xff\xfe.txt'
sed 's/ends here\. $/ends here, from a name that spells an escape. /' $FIX/damaged.txt >"$lit"
out=$($LOAD "$lit" 2>&1)
rc=$?
check $([ $rc = 0 ] && grep -qF "$WORK/report-\x5cxff\x5cxfe.txt: loaded as document" <<<"$out"; echo $?) \
	"a file named as another's escaped name is loaded as a document of its own" "exit $rc: $out"
is "$(q "SELECT string_agg(name, ' ' ORDER BY name) FROM corpus.document WHERE path ~ 'report-'")" \
	'report-\x5cxff\x5cxfe.txt report-\xff\xfe.txt' "... beside the other, each name stored apart"
ctl="$WORK/bell"$'\a\e'"[2Jname.txt"
sed 's/ends here\. $/ends here, from a name with control characters. /' $FIX/damaged.txt >"$ctl"
out=$($LOAD "$ctl" 2>&1)
check $([ $? = 0 ] && grep -qF "$WORK/bell\x07\x1b[2Jname.txt: loaded as document" <<<"$out" &&
	! grep -q $'\e' <<<"$out"; echo $?) \
	"a file name with control characters is printed with them escaped" "$out"
out=$($LOAD "$WORK/missing-"$'\xff'".txt" 2>&1)
check $(grep -qF "missing-\xff.txt: cannot open" <<<"$out"; echo $?) "... in error messages too" "$out"

# --- dry run needs no database
out=$($LOAD -n -d "host=$WORK/nosocket port=1" $FIX/damaged.txt)
is "$?" 0 "a dry run connects to nothing"
grep -q "10 load issues" <<<"$out" && pass "a dry run prints the summary" || fail "a dry run prints the summary"

# --- replaced under session_replication_role = replica, where ON DELETE
# CASCADE (a trigger) does not fire: no rows of the old version are left
sed 's/ends here\. $/ends here, as a replica. /' $FIX/damaged.txt >"$CHECKOUT/$FIX/damaged.txt"
out=$(cd "$CHECKOUT" && PGOPTIONS="-c session_replication_role=replica" $LOAD $FIX/damaged.txt 2>&1)
check $(grep -q "changed, replaced as document" <<<"$out"; echo $?) \
	"a book replaced with session_replication_role = replica" "$out"
orphans=$(psql -X -At -v ON_ERROR_STOP=1 <<'SQL' | paste -sd ' '
SELECT format('SELECT %L || ''='' || count(*) FROM corpus.%I t WHERE NOT EXISTS
	(SELECT FROM corpus.document d WHERE d.id = t.document_id)', c.relname, c.relname)
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'document_id'
WHERE c.relnamespace = 'corpus'::regnamespace AND c.relkind = 'r' ORDER BY c.relname
\gexec
SQL
)
check $([[ "$orphans" =~ ^(([a-z_]+=0) ?)+$ ]]; echo $?) \
	"... leaves no row of the old version behind" "rows of no document: $orphans"

psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
done_testing
