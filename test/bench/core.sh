# test/bench/core.sh: the plain-C core over the book file, in process,
# against glibc's regexec() of test/bench/naive_regex.txt over the same
# bytes (sourced by run, first, while the server is idle).  The expression
# finds currency, number and scale, percentages, years with their months;
# it types and normalises nothing.

read -r core_mbps regex_mbps n_mentions n_matches < <(
	test/bench/scan_bench data/eurasian-integration-monograph.txt test/bench/naive_regex.txt $((RUNS * 20 + 1)))
report core_extraction "$core_mbps" MB/s "$regex_mbps" "$(ratio "$core_mbps" "$regex_mbps")" "value>=100" \
	"plain-C core over the book file in process; baseline glibc regexec of naive_regex.txt; $n_mentions mentions, $n_matches regex matches"

