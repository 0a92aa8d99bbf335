# econtext: a PostgreSQL extension (PGXS) and its loader, econtext-load.
#
# The targets a user types are here; `make help` lists them.  What each runs
# lives in mk/: deps.mk (Debian packages), core.mk (what the core's build
# generates), loader.mk, test.mk and eval.mk (the test suite and its
# scores), fuzz.mk, bench.mk, demo.mk, doc.mk.

PG_MAJOR   = 15
PG_BINDIR  = /usr/lib/postgresql/$(PG_MAJOR)/bin
PG_CONFIG ?= $(PG_BINDIR)/pg_config

MODULE_big = econtext
MODULEDIR  = extension
CORE_SRCS  = $(wildcard extension/core/*.c)
# generated before any build of CORE_SRCS, each of which depends on them
# through CORE_HEADERS (mk/core.mk)
CORE_GEN   = extension/core/trigger_filter.h extension/core/lexicon_data.h
CORE_HEADERS = $(sort $(wildcard extension/core/*.h) $(CORE_GEN))
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
# Builds do not depend on where the tree is (reproducible; `make test` as
# another user compares its build with the one installed).
PG_CFLAGS  = $(WARN_FLAGS) -ffile-prefix-map=$(CURDIR)=.
PG_CPPFLAGS = -Iextension/core

EXTRA_CLEAN = $(CORE_GEN) $(CORE_GENERATORS) \
	test/regress test/fuzz/build test/unit/run_tests test/unit/run_tests_sanitized \
	test/bench/scan_bench \
	loader/econtext-load loader/corpus_sql.h

# No LLVM bitcode: it needs a clang matching the server's LLVM, which the
# Debian packages do not bring; JIT still works, without inlining us.
override with_llvm = no

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else
# Before `make deps` has installed postgresql-server-dev there is no PGXS;
# only the targets that bootstrap it can run.
all:
	@echo "PostgreSQL $(PG_MAJOR) server headers are missing: run 'make deps' (or 'make test')" >&2
	@exit 1
endif

# Every object depends on every header of ours: the tree is small, and PGXS
# tracks header dependencies only in a server built with --enable-depend.
$(OBJS): $(CORE_HEADERS) $(wildcard extension/pg/*.h)

include mk/deps.mk mk/core.mk mk/loader.mk mk/test.mk mk/eval.mk mk/fuzz.mk mk/bench.mk mk/demo.mk mk/doc.mk

# --- the targets a user types --------------------------------------------

.PHONY: help test bench fuzz demo demo-stop doc

help:
	@echo "make               build the extension and the loader"
	@echo "make install       install both: the extension into PostgreSQL $(PG_MAJOR), econtext-load into $(LOADER_BINDIR)"
	@echo "make demo          build, install, start a cluster under .pgdata/ (port DEMO_PORT=$(DEMO_PORT)), load the book, answer three questions"
	@echo "make demo-stop     stop the demo cluster"
	@echo "make test          the whole test suite on a throwaway cluster, with the scores it gates on"
	@echo "make bench         the benchmarks (test/bench/run), written to test/bench/RESULTS.md"
	@echo "make fuzz          each libFuzzer harness for FUZZ_SECONDS (default $(FUZZ_SECONDS))"
	@echo "make doc           doc/questions.md and the README's questions, from test/questions/ on a fresh load"
	@echo "make eval-refresh  copy newer gold from $(SHARED_EVAL) into test/eval/"
	@echo "make deps          install the Debian packages that are missing (as root)"

# Builds, installs the extension (not the loader: the tests use the one
# built here) and runs: the core's unit tests, also under ASan/UBSan, each
# fuzzing harness briefly, then pg_regress, pgTAP, the loader's and the
# other TAP tests and the scores against a throwaway cluster.
test: deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory install-for-test
	$(MAKE) --no-print-directory unit-test
	$(MAKE) --no-print-directory unit-test-sanitized
	$(MAKE) --no-print-directory fuzz-brief
	$(VIRTUALENV) $(MAKE) --no-print-directory installcheck-all

bench: deps
	$(MAKE) --no-print-directory all test/bench/scan_bench
	$(MAKE) --no-print-directory install-for-test
	$(VIRTUALENV) test/bench/run

fuzz: deps fuzz-deps fuzz-run

demo: deps
	@$(MAKE) --no-print-directory -s all >/dev/null
	@$(MAKE) --no-print-directory -s install >/dev/null
	@echo "installed: $(pkglibdir)/econtext$(DLSUFFIX), $(datadir)/extension/econtext*, $(LOADER_BINDIR)/econtext-load"
	@$(DEMO_ENV) test/demo.sh

demo-stop:
	@$(DEMO_ENV) test/demo.sh stop

doc: deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory install-for-test
	$(VIRTUALENV) $(MAKE) --no-print-directory doc-render
