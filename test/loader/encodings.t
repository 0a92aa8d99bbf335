#!/usr/bin/env bash
# econtext-load into databases that are not UTF-8.  The loader reads UTF-8;
# a LATIN1 or WIN1251 database holds only its encoding's characters.  A
# document whose every character fits loads, its positions right in
# characters; one that does not is refused before anything is sent, naming
# the file, the line and the character of its first misfit (exit 4), and the
# next file is loaded; SQL_ASCII stores the bytes as sent.  A file name the
# database cannot hold is stored with those characters written \uXXXX.
# Runs against a real server (PG* variables, as make test sets them inside
# pg_virtualenv).  Prints TAP.
. "$(dirname "$0")/lib.sh"
BOOK=data/eurasian-integration-monograph.txt
DBS=()
cleanup() {
	for db in "${DBS[@]}"; do
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	done
	rm -rf "$WORK"
}
trap cleanup EXIT

# two reports of our own: one in Latin letters beyond ASCII, one in Cyrillic
printf '%s\n' " Western Trade:" "" "A report in Latin letters" "" \
	"Müller's café in Zürich said that exports grew by 5% in 2021, to £5 million." \
	"The señora's shop sold 12 per cent more in 2022." >"$WORK/latin.txt"
printf '%s\n' " Eastern Trade:" "" "A report in Cyrillic" "" \
	"Trade between the neighbours grew by 7% in 2021." \
	"Товарооборот вырос на 9% в 2022 году, до €5 млн." >"$WORK/cyrillic.txt"
printf '%s\n' " Plain Trade:" "" "A report in ASCII" "" "Exports grew by 3% in 2020." >"$WORK/rapport-ё.txt"

# misfit FILE CODEC: "LINE U+XXXX" of the first character CODEC cannot encode, or nothing
misfit() {
	python3 - "$1" "$2" <<'PY'
import sys
text = open(sys.argv[1], encoding='utf-8').read().lstrip('\ufeff')
for n, line in enumerate(text.split('\n'), 1):
    for c in line:
        try:
            c.encode(sys.argv[2])
        except UnicodeEncodeError:
            print('%d U+%04X' % (n, ord(c)))
            sys.exit(0)
PY
}

for encoding in LATIN1 WIN1251 SQL_ASCII; do
	db=econtext_enc_$(tr A-Z a-z <<<$encoding)
	DBS+=("$db")
	fresh_db "$db" "ENCODING '$encoding' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
	export PGCLIENTENCODING=UTF8
	case $encoding in
		LATIN1) fits=latin.txt misfits=cyrillic.txt codec=latin-1 ;;
		WIN1251) fits=cyrillic.txt misfits=latin.txt codec=cp1251 ;;
		SQL_ASCII) fits= misfits= codec= ;;
	esac

	if [ -n "$misfits" ]; then
		expected=$(misfit "$WORK/$misfits" $codec)
		out=$($LOAD -q "$WORK/$misfits" "$WORK/$fits" 2>&1)
		rc=$?
		is "$rc" 4 "$encoding: a report with a character the database lacks is refused, exit 4"
		is "$out" "econtext-load: $WORK/$misfits:${expected% *}: character ${expected#* } cannot be stored in a $encoding database" \
			"$encoding: ... naming the file, the line and the character"
		is "$(q "SELECT string_agg(name, ' ' ORDER BY name) FROM corpus.document")" "$fits" \
			"$encoding: ... nothing of it loaded, and the report that fits, given after it, loaded"
	else
		out=$($LOAD -q "$WORK/latin.txt" "$WORK/cyrillic.txt" 2>&1)
		is "$?" 0 "$encoding: both reports load, the bytes stored as sent"
	fi
	is "$(q "SELECT count(*) || ' ' || count(*) FILTER (WHERE substr(p.body, m.char_start, m.char_end - m.char_start) = m.text)
		FROM corpus.mention m JOIN corpus.paragraph p USING (document_id) WHERE p.ordinal = m.paragraph_ordinal")" \
		"$(q "SELECT count(*) || ' ' || count(*) FROM corpus.mention")" \
		"$encoding: every mention's position in characters gives its text back"
	check $([ "$(q "SELECT count(*) FROM corpus.mention")" -gt 2 ]; echo $?) "$encoding: ... and there are mentions"

	if [ $encoding = LATIN1 ]; then
		printf '%s\n' '{"id": "a", "text": "Exports grew by 4%.\nTrade reached €40 million."}' \
			'{"id": "b", "text": "Imports fell by 2% in 2023."}' >"$WORK/feed.jsonl"
		out=$($LOAD -q "$WORK/feed.jsonl" 2>&1)
		is "$? $out" "4 econtext-load: $WORK/feed.jsonl:1: record 1 (id \"a\"), line 2 of its text: character U+20AC cannot be stored in a LATIN1 database" \
			"$encoding: a record with a character the database lacks is named, with the line of its text"
		is "$(q "SELECT string_agg(record_id, ' ') FROM corpus.document WHERE name = 'feed.jsonl'")" b \
			"$encoding: ... and the record after it loads"
	fi

	out=$($LOAD -q "$WORK/rapport-ё.txt" 2>&1)
	is "$?" 0 "$encoding: a report whose name the database may lack loads"
	if [ $encoding = LATIN1 ]; then name='rapport-\u0451.txt'; else name='rapport-ё.txt'; fi
	is "$(q "SELECT name FROM corpus.document WHERE name LIKE 'rapport-%'")" "$name" \
		"$encoding: ... its name stored as $name"

	out=$($LOAD -q $BOOK 2>&1)
	rc=$?
	if [ -n "$codec" ]; then
		expected=$(misfit $BOOK $codec)
		is "$rc $out" "4 econtext-load: $BOOK:${expected% *}: character ${expected#* } cannot be stored in a $encoding database" \
			"$encoding: the book, which has characters the database lacks, is refused at the first"
	else
		is "$rc $(q "SELECT count(*) FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.name = '$(basename $BOOK)'")" \
			"0 288" "$encoding: the book loads, its 288 paragraphs"
	fi
done

done_testing
