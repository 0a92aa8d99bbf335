# mk/core.mk: what the build of the plain-C core generates before it
# compiles.  trigger_filter.h, the scanner's filter of the words a mention
# can start with, is written by a program in C (extension/core/gen/) from
# the list in trigger_words.h: no C compiler computes such a table from
# strings, and one kept by hand falls out of step with the words.  Every
# build of CORE_SRCS (the extension, the loader, the unit tests, the
# benchmark, the fuzzing harnesses) depends on CORE_GEN; `make clean`
# removes it with the generators.

CORE_GENERATORS = extension/core/gen/trigger_filter

# run here, during the build: compiled for this machine
extension/core/gen/trigger_filter: extension/core/gen/trigger_filter.c \
		extension/core/trigger_words.h extension/core/word_filter.h
	$(CC) -O1 $(WARN_FLAGS) -Iextension/core -o $@ $<

# through a temporary file: a failed run leaves no header to build with
extension/core/trigger_filter.h: extension/core/gen/trigger_filter
	$< > $@.tmp && mv $@.tmp $@ || { rm -f $@.tmp; exit 1; }
