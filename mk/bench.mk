# mk/bench.mk: the benchmarks (test/bench/run and its sections), which print
# ratios against baselines run beside them; `make bench` at full size,
# `make test` at toy sizes to keep the suite working.

.PHONY: bench-smoke

# the core's own benchmark, built as the extension builds it (-O2)
test/bench/scan_bench: test/bench/scan_bench.c $(CORE_SRCS) $(CORE_HEADERS)
	$(CC) -O2 $(WARN_FLAGS) -Iextension/core -o $@ test/bench/scan_bench.c $(CORE_SRCS)

bench-smoke: test/bench/scan_bench $(LOADER)
	BENCH_SMOKE=1 RUNS=1 ROWS=10000 BIG_ROWS=20000 SCALES="1 2" RECORDS=200 test/bench/run
