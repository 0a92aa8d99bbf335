#!/usr/bin/env bash
# econtext-load drops no text: every non-blank line of the book and of each
# fixture is, by the rows loaded, in a paragraph (line_numbers), a footnote
# (line to last_line), an article's heading (first_line to
# heading_last_line), a page's printed number (number_line) or a load issue
# that keeps the line's text (a URL left by a lost footnote, a page's
# earlier printed number).  Then the layouts that used to lose text: text
# before the first heading, a file whose lines all start with a space, a
# title above indented text, a byte order mark before the title, two printed
# numbers on one page, and a load issue quoting text cut in the middle of a
# character.  Runs against a real server (PG* variables, as make
# test sets them inside pg_virtualenv).  Prints TAP.
. "$(dirname "$0")/lib.sh"
DB=econtext_coverage_test
fresh_db $DB

# the lines of document $1 (a name) that the rows account for, one a line
covered() {
	psql -X -At -v ON_ERROR_STOP=1 -v name="$1" <<'SQL'
WITH d AS (SELECT id FROM corpus.document WHERE name = :'name')
SELECT DISTINCT l FROM (
	SELECT unnest(line_numbers) FROM corpus.paragraph WHERE document_id = (SELECT id FROM d)
	UNION ALL SELECT generate_series(line, last_line) FROM corpus.footnote WHERE document_id = (SELECT id FROM d)
	UNION ALL SELECT generate_series(first_line, heading_last_line) FROM corpus.article WHERE document_id = (SELECT id FROM d)
	UNION ALL SELECT number_line FROM corpus.page WHERE document_id = (SELECT id FROM d)
	UNION ALL SELECT line FROM corpus.load_issue WHERE document_id = (SELECT id FROM d) AND text IS NOT NULL
) AS x(l) WHERE l IS NOT NULL ORDER BY l
SQL
}

for file in data/*.txt $FIX/*.txt; do
	name=$(basename "$file")
	out=$($LOAD -q "$file" 2>&1)
	check $? "$name loads" "$out"
	# a byte order mark is no text; white space as the loader counts it
	missing=$(comm -23 <(sed '1s/^\xef\xbb\xbf//' "$file" | grep -n -v '^[[:space:]]*$' | cut -d: -f1 | sort) \
		<(covered "$name" 2>&1 | sort))
	check $([ -z "$missing" ]; echo $?) "$name: every non-blank line is in the rows loaded" \
		"lines not found: $(head -c 300 <<<"$missing" | tr '\n' ' ')"
done

# by name: article titles, paragraph bodies, load issues of document $1
articles() { psql -X -At -v name="$1" <<<"SELECT string_agg(coalesce(a.title, '') || ' / ' || coalesce(a.subtitle, '-'), '; ' ORDER BY a.ordinal) FROM corpus.article a JOIN corpus.document d ON d.id = a.document_id WHERE d.name = :'name'"; }
paragraph() { psql -X -At -v name="$1" -v n="$2" <<<"SELECT body FROM corpus.paragraph p JOIN corpus.document d ON d.id = p.document_id WHERE d.name = :'name' AND p.ordinal = :n"; }
issues() { psql -X -At -v name="$1" <<<"SELECT string_agg(code || '@' || line, ' ' ORDER BY line, code) FROM corpus.load_issue i JOIN corpus.document d ON d.id = i.document_id WHERE d.name = :'name'"; }

is "$(paragraph lead.txt 1)" \
	'Trade between the two neighbours grew by 14 per cent in 2023, to $2 billion, the ministry said; the lead of this news item stands before any heading.' \
	"text before the first heading is a paragraph, its first line included"
is "$(issues lead.txt)" "heading_missing@1" "... with a load issue at its first line"
is "$(articles lead.txt)" " / -; Trade Ties / What the article is about" \
	"... in an article without a heading; the heading after it starts the next"
is "$(paragraph indented.txt 2)" 'A second paragraph follows a blank line and names $40 million of trade.' \
	"a file whose lines all start with a space: its paragraphs, not a page per line"
is "$(articles title-indented.txt)" "A Report on Mutual Trade / -" "a title above indented text is the article's title"
is "$(paragraph title-indented.txt 1)" \
	'The text follows its title, each line of it indented by two spaces: trade reached $3 billion in 2021.' \
	"... and the indented text its paragraphs"
is "$(articles bom.txt)" "Union Report / Trade in the past year" "a title after a byte order mark is read as a heading"
is "$(issues page-numbers.txt)" "page_number_twice@7" \
	"two printed numbers before the next page: the earlier kept with a load issue"
is "$(q "SELECT text FROM corpus.load_issue WHERE code = 'page_number_twice'")" 12 "... its text, the number"
is "$(q "SELECT printed_number || '@' || number_line FROM corpus.page p JOIN corpus.document d ON d.id = p.document_id
	WHERE d.name = 'page-numbers.txt' AND p.printed_number IS NOT NULL")" "13@9" "... and the later the page's"
is "$(q "SELECT message FROM corpus.load_issue WHERE code = 'reference_truncated' AND document_id = (SELECT id FROM corpus.document WHERE name = 'cyrillic-reference.txt')")" \
	'footnote 1 stops short: "дах [Electronic resource]."' \
	"a load issue quoting text cut inside a character keeps whole characters"
is "$(q "SELECT text FROM corpus.load_issue WHERE code = 'url_orphan' AND text IS NOT NULL AND document_id = (SELECT id FROM corpus.document WHERE name = 'damaged.txt')")" \
	"https://example.org/orphan-url-line/" "a URL left by a lost footnote is kept with its load issue"

psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
done_testing
