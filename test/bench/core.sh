# test/bench/core.sh: the plain-C core over the book file, in process,
# against glibc's regexec() of test/bench/naive_regex.txt over the same
# bytes (sourced by run, first, while the server is idle).  The expression
# finds currency, number and scale, percentages, years with their months;
# it types and normalises nothing.

read -r core_mbps regex_mbps n_mentions n_matches < <(
	test/bench/scan_bench data/eurasian-integration-monograph.txt test/bench/naive_regex.txt $((RUNS * 20 + 1)))
report core_extraction "$core_mbps" MB/s "$regex_mbps" "$(ratio "$core_mbps" "$regex_mbps")" "value>=100" \
	"plain-C core over the book file in process; baseline glibc regexec of naive_regex.txt; $n_mentions mentions, $n_matches regex matches"


# Russian prose of the project's own (test/bench/russian_sample.txt, figures
# in every form the core reads), repeated to the book's size: the core's rate
# on it against the rate on the English book just measured (issue 19: at
# least 0.6 of it).
ru_text=$(mktemp)
book_bytes=$(wc -c < data/eurasian-integration-monograph.txt)
while [ "$(wc -c < "$ru_text")" -lt "$book_bytes" ]; do cat test/bench/russian_sample.txt >> "$ru_text"; done
read -r ru_mbps _ ru_mentions _ < <(test/bench/scan_bench "$ru_text" test/bench/naive_regex.txt $((RUNS * 20 + 1)))
rm -f "$ru_text"
report core_extraction_ru "$ru_mbps" MB/s "$core_mbps" "$(ratio "$ru_mbps" "$core_mbps")" ">=0.6" \
	"plain-C core over Russian prose (russian_sample.txt repeated to the book's size); baseline the English book above; $ru_mentions mentions"
