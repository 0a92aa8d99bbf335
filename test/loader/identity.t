#!/usr/bin/env bash
# What a document is: the content of a file (its SHA-256) at a path.  Two
# files of one name in different directories are two documents; a copy or a
# symbolic link of a loaded file is recognised and not loaded again, with a
# message naming the document; the same path with other content replaces
# what was loaded from it, also from another checkout of the same tree
# (paths are kept from the current directory); a document of a loader that
# keyed documents by their base name is replaced, not doubled; ".." after a
# symbolic link is read as the kernel reads it.  Runs against a real server
# (PG* variables, as make test sets them inside pg_virtualenv).  Prints TAP.
. "$(dirname "$0")/lib.sh"
DB=econtext_identity_test
fresh_db $DB
docs() { q "SELECT count(*) FROM corpus.document"; }
paths() { q "SELECT string_agg(coalesce(path, '-') || '=' || name, ' ' ORDER BY path) FROM corpus.document"; }

# report YEAR: a yearly report of our own, one figure per year
report() {
	printf '%s\n' " Annual Report:" "" "Trade of the year $1" "" \
		"In $1 the turnover of the union grew by $(( $1 - 2000 )) per cent, to \$$(( $1 - 1990 )) billion."
}

cd "$WORK"
mkdir y2021 y2022
report 2021 >y2021/report.txt
report 2022 >y2022/report.txt
out=$($LOAD y2021/report.txt y2022/report.txt 2>&1)
is "$?" 0 "two reports of one name in two directories load"
is "$(paths)" "y2021/report.txt=report.txt y2022/report.txt=report.txt" \
	"... as two documents, each with its path"
is "$(q "SELECT string_agg(body, ' | ' ORDER BY document_id) FROM corpus.paragraph WHERE body ~ '^In'")" \
	'In 2021 the turnover of the union grew by 21 per cent, to $31 billion. | In 2022 the turnover of the union grew by 22 per cent, to $32 billion.' \
	"... and the text of both is there"

out=$($LOAD y2022/report.txt y2021/report.txt)
is "$(grep -c 'unchanged, already loaded as document' <<<"$out")" 2 "loading both again changes nothing"

cp y2021/report.txt copy.txt
ln -s y2021/report.txt link.txt
out=$($LOAD copy.txt link.txt)
rc=$?
id=$(q "SELECT id FROM corpus.document WHERE path = 'y2021/report.txt'")
is "$rc" 0 "a copy and a symbolic link of a loaded report: exit 0"
is "$(grep -c "same content as document $id, loaded from y2021/report.txt (sha256 [0-9a-f]*): not loaded again" <<<"$out")" 2 \
	"... each named as the same content as the document loaded, and not loaded again" 
is "$(docs)" 2 "... so there are still two documents"

report 2023 >y2022/report.txt
out=$($LOAD y2022/report.txt)
check $(grep -q "y2022/report.txt: changed, replaced as document" <<<"$out"; echo $?) \
	"a changed file at a loaded path replaces what was loaded from it" "$out"
is "$(q "SELECT count(*) FROM corpus.paragraph WHERE body ~ '2023'") $(docs)" "1 2" \
	"... one document for the path, the other report untouched"

out=$($LOAD "$WORK/y2021/report.txt" "./y2021//report.txt" "y2022/../y2021/report.txt")
is "$(grep -c 'unchanged, already loaded as document' <<<"$out")" 3 \
	"the same path written otherwise (absolute, ./, //, ..) is the same document"

# the same tree checked out twice: the same relative path is the same document
mkdir -p one/data two/data
report 2030 >one/data/book.txt
cp one/data/book.txt two/data/book.txt
(cd one && $LOAD -q data/book.txt)
out=$(cd two && $LOAD data/book.txt)
check $(grep -q "data/book.txt: unchanged, already loaded as document" <<<"$out"; echo $?) \
	"the same book from another checkout is the document loaded from the first" "$out"
report 2031 >two/data/book.txt
out=$(cd two && $LOAD data/book.txt)
check $(grep -q "data/book.txt: changed, replaced as document" <<<"$out"; echo $?) \
	"... and a changed one there replaces it" "$out"
is "$(q "SELECT count(*) FROM corpus.document WHERE path = 'data/book.txt'") $(docs)" "1 3" \
	"... one document for data/book.txt"
out=$($LOAD one/data/book.txt 2>&1)
check $(grep -q "one/data/book.txt: loaded as document" <<<"$out"; echo $?) \
	"from the directory above, the first checkout's book is another path, and its version loads" "$out"

# a path whose content moved: the content is loaded already, the path keeps its own
cp y2021/report.txt y2022/report.txt
out=$($LOAD y2022/report.txt)
check $(grep -q "same content as document $id, loaded from y2021/report.txt" <<<"$out" &&
	grep -q "loaded from this path before, keeps its other content" <<<"$out"; echo $?) \
	"a path given content loaded from another path: not loaded again, and told so" "$out"

# a document of the loader that keyed documents by base name is replaced
q "UPDATE corpus.document SET path = NULL, loaded_by = 'econtext-load 0.1.0 (sentences, places, mentions, facts)'
	WHERE path = 'y2021/report.txt'" >/dev/null
report 2024 >y2021/report.txt
before=$(docs)
out=$($LOAD y2021/report.txt)
check $(grep -q "changed, replaced as document" <<<"$out"; echo $?) \
	"a document loaded when documents were keyed by name is replaced by its file" "$out"
is "$(docs) $(q "SELECT count(*) FROM corpus.document WHERE path IS NULL")" "$before 0" "... not doubled"

# ".." after a symbolic link is the parent of where the link leads, as the
# kernel reads it: via/../report.txt is far/report.txt, not ./report.txt
mkdir -p far/sub
report 2040 >report.txt
report 2041 >far/report.txt
ln -s far/sub via
$LOAD -q report.txt
out=$($LOAD via/../report.txt)
check $(grep -q "via/../report.txt: loaded as document" <<<"$out"; echo $?) \
	"a path with .. after a symbolic link is the file it leads to, a document of its own" "$out"
is "$(q "SELECT string_agg(path, ' ' ORDER BY path) FROM corpus.document WHERE path LIKE '%report.txt' AND path NOT LIKE 'y20%'")" \
	"far/report.txt report.txt" "... kept as far/report.txt, beside ./report.txt"

psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
done_testing
