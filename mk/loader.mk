# mk/loader.mk: econtext-load, a libpq program that compiles in the
# extension's parsing core, its DDL (sql/corpus.sql) and the lexicons of
# data/ (places.csv, indicators.csv).  `make install` installs it into
# LOADER_BINDIR; the tests use the one built here.

LOADER        = loader/econtext-load
LOADER_SRCS   = $(wildcard loader/*.c)
LOADER_BINDIR ?= /usr/local/bin
PG_INCLUDEDIR = $(shell $(PG_CONFIG) --includedir 2>/dev/null)
PG_LIBDIR     = $(shell $(PG_CONFIG) --libdir 2>/dev/null)

# sql/corpus.sql, the loader's DDL, as a C string
loader/corpus_sql.h: sql/corpus.sql
	{ echo '/* generated from sql/corpus.sql by make; do not edit */'; \
	  echo 'static const char CORPUS_SQL[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@

loader/%_csv.h: data/%.csv
	{ echo '/* generated from $< by make; do not edit */'; \
	  echo 'static const char '`echo $* | tr a-z A-Z`'_CSV[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; \
	  echo ';'; } > $@

$(LOADER): $(LOADER_SRCS) $(CORE_SRCS) $(wildcard loader/*.h extension/core/*.h) $(CORE_GEN) \
		loader/corpus_sql.h loader/places_csv.h loader/indicators_csv.h
	$(CC) -std=gnu11 -O2 -g $(WARN_FLAGS) -I$(PG_INCLUDEDIR) -Iextension/core -o $@ \
		$(LOADER_SRCS) $(CORE_SRCS) -L$(PG_LIBDIR) -lpq -lcrypto

all: $(LOADER)

# `make install` installs the loader too; the tests install the extension
# alone (INSTALL_LOADER=no), so that they write nothing outside the clone
# but PostgreSQL's own directories
INSTALL_LOADER ?= yes
ifeq ($(INSTALL_LOADER),yes)
install: install-loader
endif

.PHONY: install-loader

install-loader: $(LOADER)
	install -d '$(DESTDIR)$(LOADER_BINDIR)'
	install -m 755 $(LOADER) '$(DESTDIR)$(LOADER_BINDIR)/econtext-load'
