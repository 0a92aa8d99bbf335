# test/bench/extraction.sh: extract_mentions in the server, against reading
# the rows and against regexp_matches() of test/bench/naive_regex.txt, the
# expression a user might write instead; and extract_facts against
# extract_mentions (sourced by run).

"$LOADER" -q data/*.txt
regex=$(sed -e "s/'/''/g" test/bench/naive_regex.txt)
figure extract_mentions_vs_length ms "-" \
	"SELECT count(*) FROM corpus.paragraph p, extract_mentions(p.body) m" \
	"SELECT sum(length(p.body)) FROM corpus.paragraph p" "" \
	"all $(psql_bench -c "SELECT count(*) FROM corpus.paragraph") paragraphs; baseline length(), the cost of reading them"
figure extract_mentions_vs_regexp ms "-" \
	"SELECT count(*) FROM corpus.paragraph p, extract_mentions(p.body) m" \
	"SELECT count(*) FROM corpus.paragraph p, regexp_matches(p.body, '$regex', 'g') m" "" \
	"$(psql_bench -c "SELECT count(*) FROM corpus.paragraph p, extract_mentions(p.body)") typed mentions; baseline regexp_matches() of naive_regex.txt: $(psql_bench -c "SELECT count(*) FROM corpus.paragraph p, regexp_matches(p.body, '$regex', 'g')") strings"

# extract_facts runs the scanner, then reads each sentence again: for the
# names of places and the indicator phrases at every word, and for the few
# words around each figure that say whether it is a change, a base or a
# target.  Each of those passes costs less than the scan; six times the
# scan leaves them room (4 to 5 measured) and still reads about 15 MB of
# prose a second, a year of a news wire's items in a few seconds.
figure extract_facts_vs_mentions ms "<=6" \
	"SELECT count(*) FROM corpus.paragraph p, extract_facts(p.body) f" \
	"SELECT count(*) FROM corpus.paragraph p, extract_mentions(p.body) m" "" \
	"$(psql_bench -c "SELECT count(*) FROM corpus.paragraph p, extract_facts(p.body)") facts of the same paragraphs; baseline extract_mentions()"
