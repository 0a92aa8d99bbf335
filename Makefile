# econtext: one PGXS Makefile for the extension, its plain-C core and tests.
#
#   make demo    install what is missing, build, install, start the local
#                cluster under .pgdata/ and show the extension at work
#   make test    install what is missing, build with -Werror, run the core's
#                unit tests (also under ASan/UBSan), a brief fuzzing run, then
#                pg_regress and pgTAP against a throwaway cluster
#   make bench   benchmarks (test/bench/run) against a throwaway cluster
#   make fuzz    each libFuzzer harness for FUZZ_SECONDS (default 60)

PG_MAJOR   = 15
PG_BINDIR  = /usr/lib/postgresql/$(PG_MAJOR)/bin
PG_CONFIG ?= $(PG_BINDIR)/pg_config

# Debian packages the targets below need; `make deps` installs the missing.
DEB_PACKAGES = postgresql-$(PG_MAJOR) postgresql-server-dev-$(PG_MAJOR) \
	postgresql-$(PG_MAJOR)-pgtap libtap-parser-sourcehandler-pgtap-perl \
	build-essential libpq-dev libssl-dev

MODULE_big = econtext
MODULEDIR  = extension
CORE_SRCS  = $(wildcard extension/core/*.c)
GLUE_SRCS  = $(wildcard extension/pg/*.c)
OBJS       = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)
DATA       = extension/econtext.control $(wildcard sql/econtext--*.sql)

REGRESS      = $(sort $(basename $(notdir $(wildcard test/sql/*.sql))))
REGRESS_OPTS = --inputdir=test --outputdir=test/regress \
	--load-extension=econtext

# Warnings as errors for everything we compile.  PostgreSQL's own headers
# are not -Wextra clean about unused parameters and partial initialisers.
WARN_FLAGS = -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers
PG_CFLAGS  = $(WARN_FLAGS)
PG_CPPFLAGS = -Iextension/core

EXTRA_CLEAN = test/regress test/unit/run_tests test/unit/run_tests_sanitized test/unit/*.o \
	test/bench/scan_bench \
	loader/econtext-load loader/corpus_sql.h loader/places_csv.h loader/indicators_csv.h

# No LLVM bitcode: it needs a clang matching the server's LLVM, which the
# Debian packages above do not bring; JIT still works, without inlining us.
override with_llvm = no

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
# Before `make deps` has installed postgresql-server-dev there is no PGXS;
# only the targets below that bootstrap it can run.
all:
	@echo "PostgreSQL $(PG_MAJOR) server headers are missing: run 'make deps' (or 'make test')" >&2
	@exit 1
endif

# --- the loader: a libpq program ----------------------------------------------

LOADER        = loader/econtext-load
LOADER_SRCS   = $(wildcard loader/*.c)
LOADER_BINDIR ?= /usr/local/bin
PG_INCLUDEDIR = $(shell $(PG_CONFIG) --includedir 2>/dev/null)
PG_LIBDIR     = $(shell $(PG_CONFIG) --libdir 2>/dev/null)

# sql/corpus.sql, the loader's DDL, built into it as a C string
loader/corpus_sql.h: sql/corpus.sql
	{ echo '/* generated from sql/corpus.sql by make; do not edit */'; \
	  echo 'static const char CORPUS_SQL[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@

# The loader finds mentions with the extension's own core, compiled in.
# The lexicons of data/ (places.csv, indicators.csv) are built in too.
loader/%_csv.h: data/%.csv
	{ echo '/* generated from $< by make; do not edit */'; \
	  echo 'static const char '`echo $* | tr a-z A-Z`'_CSV[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@

$(LOADER): $(LOADER_SRCS) $(CORE_SRCS) $(wildcard loader/*.h extension/core/*.h) loader/corpus_sql.h \
		loader/places_csv.h loader/indicators_csv.h
	$(CC) -std=gnu11 -O2 -g $(WARN_FLAGS) -I$(PG_INCLUDEDIR) -Iextension/core -o $@ \
		$(LOADER_SRCS) $(CORE_SRCS) -L$(PG_LIBDIR) -lpq -lcrypto

all: $(LOADER)

install: install-loader

install-loader: $(LOADER)
	install -d '$(DESTDIR)$(LOADER_BINDIR)'
	install -m 755 $(LOADER) '$(DESTDIR)$(LOADER_BINDIR)/econtext-load'

# Every object depends on every header of ours: the tree is small, and PGXS
# tracks header dependencies only in a server built with --enable-depend.
$(OBJS): $(wildcard extension/core/*.h extension/pg/*.h)

.PHONY: deps test install-loader unit-test unit-test-sanitized score eval-refresh regress-and-tap installcheck-all prove demo \
	demo-stop bench bench-smoke fuzz fuzz-brief fuzz-deps

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# --- plain-C core, tested without PostgreSQL --------------------------------

UNIT_CC      ?= cc
UNIT_CFLAGS  ?= -O1 -g $(WARN_FLAGS)
UNIT_SRCS     = $(CORE_SRCS) $(wildcard test/unit/*.c)

test/unit/run_tests: $(UNIT_SRCS) $(wildcard extension/core/*.h test/unit/*.h)
	$(UNIT_CC) $(UNIT_CFLAGS) -Iextension/core -o $@ $(UNIT_SRCS)

unit-test: test/unit/run_tests
	test/unit/run_tests

# the same tests under AddressSanitizer and UndefinedBehaviorSanitizer
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

test/unit/run_tests_sanitized: $(UNIT_SRCS) $(wildcard extension/core/*.h test/unit/*.h)
	$(UNIT_CC) -O1 -g $(WARN_FLAGS) $(SANITIZE) -Iextension/core -o $@ $(UNIT_SRCS)

unit-test-sanitized: test/unit/run_tests_sanitized
	test/unit/run_tests_sanitized

# --- the whole suite ---------------------------------------------------------

# pg_virtualenv makes a throwaway cluster (in a temporary directory, -t, even
# as root), runs the command against it and removes it afterwards.
VIRTUALENV = pg_virtualenv -t -v $(PG_MAJOR)

test: deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory install
	$(MAKE) --no-print-directory unit-test
	$(MAKE) --no-print-directory unit-test-sanitized
	$(MAKE) --no-print-directory fuzz-brief
	$(VIRTUALENV) $(MAKE) --no-print-directory installcheck-all

installcheck-all:
	$(MAKE) --no-print-directory installcheck || { cat test/regress/regression.diffs 2>/dev/null; exit 1; }
	$(MAKE) --no-print-directory prove

# pgTAP: the types' contracts in a fresh database; then the first book,
# loaded twice, checked in a database of its own; then the loader's tests.
CORPUS_DB = econtext_corpus

prove: $(LOADER)
	pg_prove --ext .sql test/tap/*.sql
	psql -X -q -d postgres -c 'SET client_min_messages = warning' \
		-c 'DROP DATABASE IF EXISTS $(CORPUS_DB)' -c 'CREATE DATABASE $(CORPUS_DB)'
	$(LOADER) -d $(CORPUS_DB) data/*.txt
	$(LOADER) -q -d $(CORPUS_DB) data/*.txt
	pg_prove -d $(CORPUS_DB) --ext .sql test/tap/corpus/
	@for q in test/questions/*.sql; do \
		rows=`psql -X -At -v ON_ERROR_STOP=1 -d $(CORPUS_DB) -f $$q` || exit 1; \
		test -n "$$rows" || { echo "$$q returns no rows" >&2; exit 1; }; \
		echo "$$q: `echo "$$rows" | wc -l` rows"; \
	done
	$(MAKE) --no-print-directory score
	prove --exec bash test/loader/ test/upgrade/ test/security/ test/limits/ test/encoding/
	$(MAKE) --no-print-directory bench-smoke

# The mentions of the loaded book against the hand-made gold of the
# evaluation set kept in test/eval/ (its own scorer, score.py): fails when a
# kind's F1 or normalised share is below 0.97.  The facts likewise: fails
# when indicator, places or period is right for fewer than 0.90 of the gold
# facts, or all four for fewer than 0.80.
EVAL_DIR      = test/eval
SCORE_MIN     = 0.97
FACTS_MIN     = 0.90
FACTS_MIN_ALL = 0.80

score:
	psql -X -At -d $(CORPUS_DB) -c 'SELECT row_to_json(m) FROM corpus.mention_flat m' > test/regress/mentions.jsonl
	python3 $(EVAL_DIR)/score.py mentions --pred test/regress/mentions.jsonl \
		--min-f1 $(SCORE_MIN) --min-norm $(SCORE_MIN)
	psql -X -At -d $(CORPUS_DB) -c 'SELECT row_to_json(f) FROM corpus.fact_flat f' > test/regress/facts.jsonl
	python3 $(EVAL_DIR)/score.py facts --pred test/regress/facts.jsonl \
		--min indicator=$(FACTS_MIN) --min places=$(FACTS_MIN) --min period=$(FACTS_MIN) \
		--min all=$(FACTS_MIN_ALL)

# The gold grows with the annotation guide: copy the data files of the
# shared evaluation folder (SHARED_EVAL) over test/eval/ where they are newer.
SHARED_EVAL ?= ../shared/eval

eval-refresh:
	@test -f $(SHARED_EVAL)/dev.json || { echo "no evaluation set at $(SHARED_EVAL)" >&2; exit 1; }
	@for f in $(SHARED_EVAL)/gold-*.jsonl $(SHARED_EVAL)/facts-*.jsonl $(SHARED_EVAL)/*.notes.md; do \
		t=$(EVAL_DIR)/`basename $$f`; \
		if [ ! -f $$t ] || [ $$f -nt $$t ] && ! cmp -s $$f $$t; then cp $$f $$t && echo "updated $$t"; fi; \
	done
	@sed 's|"corpus": "[^"]*"|"corpus": "../../data/eurasian-integration-monograph.txt"|' \
		$(SHARED_EVAL)/dev.json > $(EVAL_DIR)/dev.json.new
	@if cmp -s $(EVAL_DIR)/dev.json.new $(EVAL_DIR)/dev.json; then rm $(EVAL_DIR)/dev.json.new; else \
		mv $(EVAL_DIR)/dev.json.new $(EVAL_DIR)/dev.json && echo "updated $(EVAL_DIR)/dev.json"; fi

# the core's own benchmark, built as the extension builds it (-O2)
test/bench/scan_bench: test/bench/scan_bench.c $(CORE_SRCS) $(wildcard extension/core/*.h)
	$(CC) -O2 $(WARN_FLAGS) -Iextension/core -o $@ test/bench/scan_bench.c $(CORE_SRCS)

bench: deps
	$(MAKE) --no-print-directory all test/bench/scan_bench
	$(MAKE) --no-print-directory install
	$(VIRTUALENV) test/bench/run

# the benchmark suite at toy sizes, to keep it working (part of make test)
bench-smoke: test/bench/scan_bench $(LOADER)
	BENCH_SMOKE=1 RUNS=1 ROWS=10000 BIG_ROWS=20000 SCALES="1 2" test/bench/run

# --- fuzzing: libFuzzer with ASan and UBSan --------------------------------
# `make fuzz` runs each harness of test/fuzz/ for FUZZ_SECONDS (default 60),
# seeded with the book's lines (the core) and runs of 250 lines of the book
# and the fixtures (the loader); a crash leaves its input in test/fuzz/build/
# and fails the target.  scan_time_fuzz has a time-per-byte oracle instead
# of sanitizers: a unit of text repeated must scan in linear time, not much
# slower per byte than prose (seeded with test/fuzz/time_seeds.txt and every
# 25th line of the book: each run scans some 100 KB).  `make test` runs
# each for FUZZ_BRIEF seconds.
FUZZ_SECONDS ?= 60
FUZZ_BRIEF   ?= 10
FUZZ_DIR      = test/fuzz/build
FUZZ_CFLAGS   = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-Iextension/core -Iloader
LOADER_BOOK_SRCS = $(filter-out loader/main.c loader/db.c loader/schema.c loader/session.c loader/copy.c,$(LOADER_SRCS))

$(FUZZ_DIR)/core_fuzz: test/fuzz/core_fuzz.c $(CORE_SRCS) $(wildcard extension/core/*.h)
	@mkdir -p $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -o $@ test/fuzz/core_fuzz.c $(CORE_SRCS)

$(FUZZ_DIR)/loader_fuzz: test/fuzz/loader_fuzz.c $(LOADER_BOOK_SRCS) $(CORE_SRCS) \
		$(wildcard loader/*.h extension/core/*.h) loader/places_csv.h loader/indicators_csv.h
	@mkdir -p $(FUZZ_DIR)
	clang $(FUZZ_CFLAGS) -o $@ test/fuzz/loader_fuzz.c $(LOADER_BOOK_SRCS) $(CORE_SRCS) -lcrypto

# timed, so built as the extension is: optimised, no sanitizer
$(FUZZ_DIR)/scan_time_fuzz: test/fuzz/scan_time_fuzz.c $(CORE_SRCS) $(wildcard extension/core/*.h)
	@mkdir -p $(FUZZ_DIR)
	clang -g -O2 -fsanitize=fuzzer -Iextension/core -o $@ test/fuzz/scan_time_fuzz.c $(CORE_SRCS)

fuzz-deps:
	@command -v clang >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang; }

fuzz: deps fuzz-deps $(FUZZ_DIR)/core_fuzz $(FUZZ_DIR)/loader_fuzz $(FUZZ_DIR)/scan_time_fuzz
	@rm -rf $(FUZZ_DIR)/core_seed $(FUZZ_DIR)/loader_seed $(FUZZ_DIR)/time_seed
	@mkdir -p $(FUZZ_DIR)/core_seed $(FUZZ_DIR)/core_corpus $(FUZZ_DIR)/loader_seed $(FUZZ_DIR)/loader_corpus \
		$(FUZZ_DIR)/time_seed $(FUZZ_DIR)/time_corpus
	@split -l 1 data/eurasian-integration-monograph.txt $(FUZZ_DIR)/core_seed/line-
	@split -l 250 data/eurasian-integration-monograph.txt $(FUZZ_DIR)/loader_seed/part-
	@cp test/loader/fixtures/*.txt $(FUZZ_DIR)/loader_seed/
	@split -l 1 test/fuzz/time_seeds.txt $(FUZZ_DIR)/time_seed/unit-
	@awk 'NR % 25 == 0' data/eurasian-integration-monograph.txt | split -l 1 - $(FUZZ_DIR)/time_seed/line-
	cd $(FUZZ_DIR) && ./core_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=512 \
		-artifact_prefix=core- core_corpus core_seed
	cd $(FUZZ_DIR) && ./scan_time_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=513 \
		-artifact_prefix=time- time_corpus time_seed
	cd $(FUZZ_DIR) && ./loader_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
		-rss_limit_mb=4096 -artifact_prefix=loader- loader_corpus loader_seed

fuzz-brief:
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_BRIEF)

# --- the demo cluster, kept under the project --------------------------------

DEMO_DIR  = $(CURDIR)/.pgdata
DEMO_PORT = 54329

demo: deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory install
	PG_BINDIR=$(PG_BINDIR) DEMO_DIR=$(DEMO_DIR) DEMO_PORT=$(DEMO_PORT) LOADER=$(LOADER) test/demo.sh

demo-stop:
	PG_BINDIR=$(PG_BINDIR) DEMO_DIR=$(DEMO_DIR) DEMO_PORT=$(DEMO_PORT) test/demo.sh stop
