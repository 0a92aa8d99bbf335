# mk/lexicon.mk: the lexicons of data/ (places.csv, indicators.csv) as C
# tables the core compiles in (extension/core/lexicon.c includes them),
# written by extension/tools/lexicon_gen, a program built for the machine
# that builds.

extension/tools/lexicon_gen: extension/tools/lexicon_gen.c
	$(CC) -O2 $(WARN_FLAGS) -o $@ $<

$(CORE_GEN): extension/tools/lexicon_gen data/places.csv data/indicators.csv
	extension/tools/lexicon_gen data/places.csv data/indicators.csv > $@.tmp
	mv $@.tmp $@
