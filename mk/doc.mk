# mk/doc.mk: doc/questions.md and the README's three questions, generated
# from the queries of test/questions/ on a fresh load of the first book, so
# that what the documents show is what the queries return.  `make doc`
# writes them (in a throwaway cluster); `make test` checks they still match
# (doc-check, on the database the suite loaded).

.PHONY: doc-render doc-check

QUESTIONS        = $(sort $(wildcard test/questions/*.sql))
README_QUESTIONS = $(wordlist 1,3,$(QUESTIONS))
DOC_DB           = econtext_doc

# questions.md FILE README FILE DB: write both from DB (a shell command)
define render_questions
{ sed '/^<!-- questions: -->$$/q' doc/questions.md.in; \
  test/questions/render $(3) $(QUESTIONS); } > $(1) && \
{ sed '/^<!-- questions: begin -->$$/q' README.md; \
  test/questions/render $(3) $(README_QUESTIONS); \
  sed -n '/^<!-- questions: end -->$$/,$$p' README.md; } > $(2)
endef

doc-render: $(LOADER)
	psql -X -q -d postgres -c 'SET client_min_messages = warning' \
		-c 'DROP DATABASE IF EXISTS $(DOC_DB)' -c 'CREATE DATABASE $(DOC_DB)'
	$(LOADER) -q -d $(DOC_DB) data/*.txt
	$(call render_questions,doc/questions.md.new,README.md.new,$(DOC_DB))
	mv doc/questions.md.new doc/questions.md
	mv README.md.new README.md
	psql -X -q -d postgres -c 'DROP DATABASE $(DOC_DB)'

doc-check:
	@mkdir -p test/regress
	@$(call render_questions,test/regress/questions.md,test/regress/README.md,$(CORPUS_DB))
	@for f in doc/questions.md README.md; do \
		diff -u $$f test/regress/`basename $$f` || \
		{ echo "$$f no longer shows what test/questions/ return: run 'make doc'" >&2; exit 1; }; \
	done
	@echo "doc/questions.md and the README's questions match the book as loaded ($(words $(QUESTIONS)) queries)"
