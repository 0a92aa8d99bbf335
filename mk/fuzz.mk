# mk/fuzz.mk: the libFuzzer harnesses of test/fuzz/.  `make fuzz` runs each
# for FUZZ_SECONDS, `make test` for FUZZ_BRIEF.  core_fuzz (the parsers with
# round trips, and the scanner), loader_fuzz (a book read down to its
# facts) and records_fuzz (a JSONL or CSV file of records, each record's text
# read down to its facts) run under ASan and UBSan, seeded with the book's
# lines, runs of 250 lines and the records fixtures; scan_time_fuzz has a time-per-byte oracle instead: a unit of
# text repeated must scan in linear time, not much slower per byte than
# prose (seeded with test/fuzz/time_seeds.txt and every 25th line of the
# book).  A failure leaves its input in test/fuzz/build/ and fails the run.

FUZZ_SECONDS ?= 60
FUZZ_BRIEF   ?= 10
FUZZ_DIR      = test/fuzz/build
FUZZ_CFLAGS   = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-Iextension/core -Iloader
LOADER_BOOK_SRCS = $(filter-out loader/main.c loader/db.c loader/schema.c loader/session.c \
	loader/copy.c loader/options.c loader/pipeline.c loader/feed.c loader/inputs.c,$(LOADER_SRCS))
BOOK = data/eurasian-integration-monograph.txt

.PHONY: fuzz-deps fuzz-run fuzz-brief

$(FUZZ_DIR)/core_fuzz: test/fuzz/core_fuzz.c $(CORE_SRCS) $(CORE_HEADERS)
	@mkdir -p $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -o $@ test/fuzz/core_fuzz.c $(CORE_SRCS)

$(FUZZ_DIR)/loader_fuzz: test/fuzz/loader_fuzz.c $(LOADER_BOOK_SRCS) $(CORE_SRCS) \
		$(wildcard loader/*.h) $(CORE_HEADERS)
	@mkdir -p $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -o $@ test/fuzz/loader_fuzz.c $(LOADER_BOOK_SRCS) $(CORE_SRCS) -lcrypto

$(FUZZ_DIR)/records_fuzz: test/fuzz/records_fuzz.c $(LOADER_BOOK_SRCS) $(CORE_SRCS) \
		$(wildcard loader/*.h) $(CORE_HEADERS)
	@mkdir -p $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -o $@ test/fuzz/records_fuzz.c $(LOADER_BOOK_SRCS) $(CORE_SRCS) -lcrypto

# timed, so built as the extension is: optimised, no sanitizer
$(FUZZ_DIR)/scan_time_fuzz: test/fuzz/scan_time_fuzz.c $(CORE_SRCS) $(CORE_HEADERS)
	@mkdir -p $(FUZZ_DIR)
	clang -g -O2 -fsanitize=fuzzer -Iextension/core -o $@ test/fuzz/scan_time_fuzz.c $(CORE_SRCS)

fuzz-deps:
	@$(call install_missing,clang)

fuzz-run: $(FUZZ_DIR)/core_fuzz $(FUZZ_DIR)/loader_fuzz $(FUZZ_DIR)/scan_time_fuzz \
		$(FUZZ_DIR)/records_fuzz
	@rm -rf $(FUZZ_DIR)/core_seed $(FUZZ_DIR)/loader_seed $(FUZZ_DIR)/time_seed \
		$(FUZZ_DIR)/records_seed
	@mkdir -p $(FUZZ_DIR)/core_seed $(FUZZ_DIR)/core_corpus $(FUZZ_DIR)/loader_seed \
		$(FUZZ_DIR)/loader_corpus $(FUZZ_DIR)/time_seed $(FUZZ_DIR)/time_corpus \
		$(FUZZ_DIR)/records_seed $(FUZZ_DIR)/records_corpus
	@split -l 1 $(BOOK) $(FUZZ_DIR)/core_seed/line-
	@split -l 1 test/fuzz/seeds-ru.txt $(FUZZ_DIR)/core_seed/ru-
	@split -l 250 $(BOOK) $(FUZZ_DIR)/loader_seed/part-
	@cp test/loader/fixtures/*.txt $(FUZZ_DIR)/loader_seed/
	@split -l 1 test/fuzz/time_seeds.txt $(FUZZ_DIR)/time_seed/unit-
	@split -l 1 test/fuzz/seeds-ru.txt $(FUZZ_DIR)/time_seed/ru-
	@# a unit with no line end: figures glued by a symbol into one long word
	@printf '\342\202\2543' > $(FUZZ_DIR)/time_seed/unit-glued
	@awk 'NR % 25 == 0' $(BOOK) | split -l 1 - $(FUZZ_DIR)/time_seed/line-
	@# the first byte says the format: 'j' (even) JSONL, 'c' (odd) CSV
	@{ printf j; cat test/loader/fixtures/records/news.jsonl; } > $(FUZZ_DIR)/records_seed/news-jsonl
	@{ printf c; cat test/loader/fixtures/records/news.csv; } > $(FUZZ_DIR)/records_seed/news-csv
	cd $(FUZZ_DIR) && ./core_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=512 \
		-artifact_prefix=core- core_corpus core_seed
	cd $(FUZZ_DIR) && ./scan_time_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=513 \
		-artifact_prefix=time- time_corpus time_seed
	cd $(FUZZ_DIR) && ./loader_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
		-rss_limit_mb=4096 -artifact_prefix=loader- loader_corpus loader_seed
	cd $(FUZZ_DIR) && ./records_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
		-rss_limit_mb=4096 -artifact_prefix=records- records_corpus records_seed

fuzz-brief: fuzz-deps
	$(MAKE) --no-print-directory fuzz-run FUZZ_SECONDS=$(FUZZ_BRIEF)
