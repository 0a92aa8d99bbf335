# test/bench/extraction.sh: extract_mentions in the server, against reading
# the rows and against regexp_matches() of test/bench/naive_regex.txt, the
# expression a user might write instead (sourced by run).

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
