# mk/test.mk: the test suite `make test` runs.  The plain-C core is tested
# on its own (also under ASan and UBSan); the rest runs against a throwaway
# cluster that pg_virtualenv makes in a temporary directory and removes.

.PHONY: unit-test unit-test-sanitized install-for-test installcheck-all prove

UNIT_CC      ?= cc
UNIT_CFLAGS  ?= -O1 -g $(WARN_FLAGS)
UNIT_SRCS     = $(CORE_SRCS) $(wildcard test/unit/*.c)
SANITIZE      = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

test/unit/run_tests: $(UNIT_SRCS) $(wildcard extension/core/*.h test/unit/*.h) $(CORE_GEN)
	$(UNIT_CC) $(UNIT_CFLAGS) -Iextension/core -o $@ $(UNIT_SRCS)

test/unit/run_tests_sanitized: $(UNIT_SRCS) $(wildcard extension/core/*.h test/unit/*.h) $(CORE_GEN)
	$(UNIT_CC) -O1 -g $(WARN_FLAGS) $(SANITIZE) -Iextension/core -o $@ $(UNIT_SRCS)

unit-test: test/unit/run_tests
	test/unit/run_tests

unit-test-sanitized: test/unit/run_tests_sanitized
	test/unit/run_tests_sanitized

# The server loads the extension from its own directories: install it there
# when they may be written, else check that what is installed is what was
# built (a user who is not root installs it once with `sudo make install`).
install-for-test: all
	@if [ -w '$(DESTDIR)$(pkglibdir)' ] && [ -w '$(DESTDIR)$(datadir)/extension' ]; then \
		$(MAKE) --no-print-directory -s install INSTALL_LOADER=no >/dev/null && \
		echo "installed the extension into $(pkglibdir) and $(datadir)/extension"; \
	elif cmp -s $(MODULE_big)$(DLSUFFIX) '$(pkglibdir)/$(MODULE_big)$(DLSUFFIX)' && \
		for f in $(DATA); do cmp -s $$f '$(datadir)/extension/'`basename $$f` || exit 1; done; then \
		echo "the extension installed in $(pkglibdir) is the one built here"; \
	else \
		echo "cannot install the extension into $(pkglibdir) and $(datadir)/extension as `id -un`:" >&2; \
		echo "run 'sudo make install' once (again after a change to extension/ or sql/), then 'make test'" >&2; \
		exit 1; \
	fi

# -t: the cluster lives in a temporary directory, as root or any other user
VIRTUALENV = pg_virtualenv -t -v $(PG_MAJOR)

installcheck-all:
	$(MAKE) --no-print-directory installcheck || { cat test/regress/regression.diffs 2>/dev/null; exit 1; }
	$(MAKE) --no-print-directory prove

# pgTAP: the types' contracts in a fresh database; then the first book,
# loaded twice, checked in a database of its own, scored, and its questions
# run; then the TAP tests of the loader, the update path, security, limits
# and encodings, and the benchmarks at toy sizes.
CORPUS_DB = econtext_corpus
TAP_DIRS  = test/loader/ test/upgrade/ test/security/ test/limits/ test/encoding/

prove: $(LOADER)
	pg_prove --ext .sql test/tap/*.sql
	psql -X -q -d postgres -c 'SET client_min_messages = warning' \
		-c 'DROP DATABASE IF EXISTS $(CORPUS_DB)' -c 'CREATE DATABASE $(CORPUS_DB)'
	$(LOADER) -d $(CORPUS_DB) data/*.txt
	$(LOADER) -q -d $(CORPUS_DB) data/*.txt
	pg_prove -d $(CORPUS_DB) --ext .sql test/tap/corpus/
	$(MAKE) --no-print-directory doc-check
	$(MAKE) --no-print-directory score
	prove --exec bash $(TAP_DIRS)
	$(MAKE) --no-print-directory bench-smoke
