# mk/core.mk: what the build of the plain-C core generates before it
# compiles, with programs in C (extension/core/gen/) built for this machine:
# no C compiler computes such tables from strings, and ones kept by hand
# fall out of step with their sources.
#   trigger_filter.h  the scanner's filter of the words a mention can start
#                     with, from the list in trigger_words.h
#   lexicon_data.h    the names of places and the indicator phrases of
#                     data/places.csv and data/indicators.csv, sorted and
#                     indexed, for lexicon.c
# Every build of CORE_SRCS (the extension, the loader, the unit tests, the
# benchmark, the fuzzing harnesses) depends on CORE_GEN (in CORE_HEADERS);
# `make clean` removes it with the generators.

CORE_GENERATORS = extension/core/gen/trigger_filter extension/core/gen/lexicon_gen

extension/core/gen/trigger_filter: extension/core/gen/trigger_filter.c \
		extension/core/trigger_words.h extension/core/word_filter.h
	$(CC) -O1 $(WARN_FLAGS) -Iextension/core -o $@ $<

extension/core/gen/lexicon_gen: extension/core/gen/lexicon_gen.c
	$(CC) -O1 $(WARN_FLAGS) -o $@ $<

# through a temporary file: a failed run leaves no header to build with
extension/core/trigger_filter.h: extension/core/gen/trigger_filter
	$< > $@.tmp && mv $@.tmp $@ || { rm -f $@.tmp; exit 1; }

extension/core/lexicon_data.h: extension/core/gen/lexicon_gen data/places.csv data/indicators.csv
	$< data/places.csv data/indicators.csv > $@.tmp && mv $@.tmp $@ || { rm -f $@.tmp; exit 1; }
