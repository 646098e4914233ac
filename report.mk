# report.mk: `make report` as a make graph (the Makefile runs it after
# building the tools).  Each file of the report depends on the documents,
# the tool and the options it comes from, so a second run does nothing,
# a touched document rebuilds what depends on it, and `make -j2 report`
# gives the same bytes.
#
#   make report CORPUS=dir META=file.tsv TERMS="sovereignty cyberspace" \
#       PAIRS="a.txt:b.txt c.txt:d.txt" R=report
#
# CORPUS holds the documents (*.txt), META their variables (doc or file
# column first, then date, year, title, publisher, kind... as
# samples/corpus.tsv; optional), TERMS the words of the concordances,
# plots and collocates (each a whole word, any case: txkwic -i -w), PAIRS
# the documents compared (keyness of the first against the second, and a
# word diff of the two), as file names in CORPUS.  R is the folder
# written.  report/index.html is the page to open.
#
# Per document (R/doc/): txseg's sentences, paragraphs, sections, tokens
# and dropped lines, each document segmented on its own (its line-break
# hyphens judged on itself), and the hits of every term; the files of the
# corpus are their concatenation, or the tools run over all documents.

CORPUS	?= samples
META	?= $(wildcard $(CORPUS)/corpus.tsv)
TERMS	?= sovereignty cyberspace
PAIRS	?= 2021-10-20-position-international-rules-making.txt:2017-03-01-strategy-international-cooperation-cyberspace.txt \
	   2017-03-01-strategy-international-cooperation-cyberspace.txt:2017-03-01-summary-strategy-international-cooperation.txt
R	?= report
BIN	?= bin

export LC_ALL := C
comma	:= ,
SHELL	:= /bin/bash
.SHELLFLAGS := -o pipefail -ec
.DELETE_ON_ERROR:
.SUFFIXES:

DOCS	:= $(sort $(wildcard $(CORPUS)/*.txt))
IDS	:= $(patsubst $(CORPUS)/%.txt,%,$(DOCS))
ifeq ($(DOCS),)
$(error report: no documents (*.txt) in $(CORPUS))
endif
ifneq ($(META),)
ifeq ($(wildcard $(META)),)
$(error report: META=$(META): no such file)
endif
endif
# Each PAIRS item names two documents of CORPUS.
$(foreach p,$(PAIRS),$(foreach f,$(subst :, ,$(p)),$(if $(filter $(CORPUS)/$(f),$(DOCS)),,$(error report: PAIRS: $(f) is not a document of $(CORPUS) (write a.txt:b.txt)))))
$(foreach p,$(PAIRS),$(if $(word 2,$(subst :, ,$(p))),,$(error report: PAIRS: $(p) is not a.txt:b.txt)))
# A value in single quotes for the shell, a quote in it too (don't).
sq	= '$(subst ','\'',$(1))'
PAGE	:= scripts/report-page
# A term's or a document's name in file names (report-page's slug: one
# file a name, Chinese ones too).
slug	= $(shell $(PAGE) slug $(call sq,$(1)))
SLUGS	:= $(foreach t,$(TERMS),$(call slug,$(t)))
PAIRN	:= $(foreach p,$(PAIRS),$(call slug,$(basename $(word 1,$(subst :, ,$(p)))))-vs-$(call slug,$(basename $(word 2,$(subst :, ,$(p))))))

# What the corpus is (its documents, the variables above): rewritten when
# it changes, at every run (even make -q or -n), so that a document taken
# away or another TERMS rebuilds what lists them.
SETTINGS := $(R)/settings.txt
$(shell mkdir -p $(R) && printf '%s\n' $(call sq,CORPUS=$(CORPUS)) \
    $(call sq,META=$(META)) $(call sq,TERMS=$(TERMS)) \
    $(call sq,PAIRS=$(PAIRS)) $(IDS) > $(SETTINGS).new && \
    { cmp -s $(SETTINGS).new $(SETTINGS) && rm -f $(SETTINGS).new || \
    mv $(SETTINGS).new $(SETTINGS); })

TXSEG	:= $(BIN)/txseg
TXFREQ	:= $(BIN)/txfreq
TXKWIC	:= $(BIN)/txkwic
TXDIFF	:= $(BIN)/txdiff
TXKEYS	:= $(BIN)/txkeys
TXCOLL	:= $(BIN)/txcoll
# The options of each file are in its recipe: the recipe is in report.mk,
# so a changed option (or a changed report.mk) rebuilds.
HERE	:= report.mk
# The commands the page quotes under each table, one per file: $(call
# cmd,FILE,COMMAND[,1]) runs COMMAND into FILE (1: its exit status 1,
# "nothing found", is no failure) and records it in R/cmd/.
define cmd
@mkdir -p $(R)/cmd $(dir $(1))
{ $(2)$(if $(3), || [ $$? = 1 ]); } > $(1).tmp
@mv $(1).tmp $(1)
@printf '%s\n' $(call sq,$(2)) > $(R)/cmd/$(notdir $(1)).txt
endef

PERDOC	:= sentences paragraphs sections tokens
DOCFILES := $(foreach u,$(PERDOC) dropped,$(foreach d,$(IDS),$(R)/doc/$(d).$(u).tsv)) \
	$(foreach s,$(SLUGS),$(foreach d,$(IDS),$(R)/doc/$(d).hits-$(s).tsv))
CORPUSFILES := $(foreach u,$(PERDOC) dropped,$(R)/$(u).tsv) $(R)/summary.tsv \
	$(R)/words.tsv $(R)/words.csv $(R)/words-by-doc.tsv $(R)/words-by-doc.csv \
	$(R)/stats.tsv \
	$(foreach s,$(SLUGS),$(R)/kwic-$(s).tsv $(R)/kwic-$(s).csv \
	    $(R)/coll-$(s).tsv $(R)/coll-$(s).csv $(R)/coll-$(s).dot \
	    $(R)/coll-$(s).svg $(R)/coll-$(s).png $(R)/plot-$(s).svg $(R)/plot-$(s).png) \
	$(foreach p,$(PAIRN),$(R)/keys-$(p).tsv $(R)/keys-$(p).csv \
	    $(R)/keys-$(p).svg $(R)/keys-$(p).png $(R)/diff-$(p).tsv \
	    $(R)/diff-$(p).csv $(R)/diff-$(p).stat.tsv)

all: $(R)/index.html
	@echo "report: open $(R)/index.html"

# ---- per document: txseg, and the hits of each term ----

$(R)/doc/%.sentences.tsv $(R)/doc/%.dropped.tsv: $(CORPUS)/%.txt $(TXSEG) $(HERE)
	$(call cmd,$(R)/doc/$*.sentences.tsv,$(TXSEG) --dropped $(R)/doc/$*.dropped.tsv $<)
$(R)/doc/%.paragraphs.tsv: $(CORPUS)/%.txt $(TXSEG) $(HERE)
	$(call cmd,$@,$(TXSEG) --unit=para $<)
$(R)/doc/%.sections.tsv: $(CORPUS)/%.txt $(TXSEG) $(HERE)
	$(call cmd,$@,$(TXSEG) --unit=section $<)
$(R)/doc/%.tokens.tsv: $(CORPUS)/%.txt $(TXSEG) $(HERE)
	$(call cmd,$@,$(TXSEG) --unit=token $<)

define term_rules
$(R)/doc/%.hits-$(1).tsv: $(CORPUS)/%.txt $(TXKWIC) $(HERE)
	@mkdir -p $(R)/doc
	{ $(TXKWIC) --tsv -i -w $(call sq,$(2)) $$< || [ $$$$? = 1 ]; } > $$@.tmp
	@mv $$@.tmp $$@
$(R)/kwic-$(1).tsv: $(DOCS) $(TXKWIC) $(HERE) $(SETTINGS)
	$$(call cmd,$$@,$(TXKWIC) --tsv --sort L1$$(comma)R1 -i -w $(call sq,$(2)) $(DOCS),1)
$(R)/kwic-$(1).csv: $(DOCS) $(TXKWIC) $(HERE) $(SETTINGS)
	$$(call cmd,$$@,$(TXKWIC) --csv-safe --sort L1$$(comma)R1 -i -w $(call sq,$(2)) $(DOCS),1)
$(R)/coll-$(1).tsv: $(DOCS) $(TXCOLL) $(HERE) $(SETTINGS)
	$$(call cmd,$$@,$(TXCOLL) --stop en --min-count 2 -i -w $(call sq,$(2)) $(DOCS),1)
$(R)/coll-$(1).csv: $(DOCS) $(TXCOLL) $(HERE) $(SETTINGS)
	$$(call cmd,$$@,$(TXCOLL) --csv-safe --stop en --min-count 2 -i -w $(call sq,$(2)) $(DOCS),1)
$(R)/coll-$(1).dot: $(DOCS) $(TXCOLL) $(HERE) $(SETTINGS)
	$$(call cmd,$$@,$(TXCOLL) --network dot --depth 2 --top 6 --stop en -i -w $(call sq,$(2)) $(DOCS),1)
$(R)/plot-$(1).svg: $(foreach d,$(IDS),$(R)/doc/$(d).hits-$(1).tsv $(R)/doc/$(d).sections.tsv $(R)/doc/$(d).tokens.tsv) $(PAGE) $(HERE)
	$(PAGE) barcode $(call sq,$(2)) $(R) $(IDS) > $$@.tmp
	@mv $$@.tmp $$@
endef
$(foreach t,$(TERMS),$(eval $(call term_rules,$(call slug,$(t)),$(t))))

# ---- the corpus: concatenations of the documents' files ----

$(R)/%.tsv: $(foreach d,$(IDS),$(R)/doc/$(d).%.tsv) $(SETTINGS)
	$(call cmd,$@,awk 'FNR == 1 && NR > 1 { next } 1' $(filter-out $(SETTINGS),$^))
$(R)/summary.tsv: $(foreach u,$(PERDOC) dropped,$(foreach d,$(IDS),$(R)/doc/$(d).$(u).tsv)) $(PAGE) $(SETTINGS)
	$(call cmd,$@,$(PAGE) summary $(R) $(IDS))

# ---- the corpus: the counting tools over all documents ----

$(R)/words.tsv: $(DOCS) $(TXFREQ) $(HERE) $(SETTINGS)
	$(call cmd,$@,$(TXFREQ) --stop en --top 200 $(DOCS))
$(R)/words.csv: $(DOCS) $(TXFREQ) $(HERE) $(SETTINGS)
	$(call cmd,$@,$(TXFREQ) --csv-safe --stop en $(DOCS))
$(R)/words-by-doc.tsv: $(DOCS) $(TXFREQ) $(HERE) $(SETTINGS)
	$(call cmd,$@,$(TXFREQ) --by doc --stop en --dispersion $(DOCS))
$(R)/words-by-doc.csv: $(DOCS) $(TXFREQ) $(HERE) $(SETTINGS)
	$(call cmd,$@,$(TXFREQ) --csv-safe --by doc --stop en --dispersion $(DOCS))
$(R)/stats.tsv: $(DOCS) $(TXFREQ) $(HERE) $(SETTINGS)
	$(call cmd,$@,$(TXFREQ) --stats $(DOCS))

define pair_rules
$(R)/keys-$(1).tsv: $(CORPUS)/$(2) $(CORPUS)/$(3) $(TXKEYS) $(HERE)
	$$(call cmd,$$@,$(TXKEYS) --stop en $(CORPUS)/$(2) $(CORPUS)/$(3))
$(R)/keys-$(1).csv: $(CORPUS)/$(2) $(CORPUS)/$(3) $(TXKEYS) $(HERE)
	$$(call cmd,$$@,$(TXKEYS) --csv-safe --stop en $(CORPUS)/$(2) $(CORPUS)/$(3))
$(R)/keys-$(1).svg: $(R)/keys-$(1).tsv $(PAGE)
	$(PAGE) keyness $$< $(call sq,$(basename $(2))) $(call sq,$(basename $(3))) > $$@.tmp
	@mv $$@.tmp $$@
$(R)/diff-$(1).tsv: $(CORPUS)/$(2) $(CORPUS)/$(3) $(TXDIFF) $(HERE)
	$$(call cmd,$$@,$(TXDIFF) --tsv $(CORPUS)/$(2) $(CORPUS)/$(3),1)
$(R)/diff-$(1).csv: $(CORPUS)/$(2) $(CORPUS)/$(3) $(TXDIFF) $(HERE)
	$$(call cmd,$$@,$(TXDIFF) --csv-safe $(CORPUS)/$(2) $(CORPUS)/$(3),1)
$(R)/diff-$(1).stat.tsv: $(CORPUS)/$(2) $(CORPUS)/$(3) $(TXDIFF) $(HERE)
	$$(call cmd,$$@,$(TXDIFF) --stat --tsv $(CORPUS)/$(2) $(CORPUS)/$(3),1)
endef
$(foreach p,$(PAIRS),$(eval $(call pair_rules,$(call slug,$(basename $(word 1,$(subst :, ,$(p)))))-vs-$(call slug,$(basename $(word 2,$(subst :, ,$(p))))),$(word 1,$(subst :, ,$(p))),$(word 2,$(subst :, ,$(p))))))

# ---- pictures: Graphviz (neato, a spring layout) for the networks, PNG
# copies of every SVG ----

$(R)/%.svg: $(R)/%.dot
	neato -Goverlap=false -Gsep=+6 -Tsvg $< > $@.tmp
	@mv $@.tmp $@
$(R)/%.png: $(R)/%.svg
	rsvg-convert -b white -o $@.tmp $<
	@mv $@.tmp $@

# ---- the Chinese documents (by summary.tsv's counts) ----

$(R)/zh.list: $(R)/summary.tsv $(DOCS) $(TXSEG) $(TXFREQ) $(TXKWIC) $(TXCOLL) $(PAGE) $(HERE)
	$(PAGE) zh $(call sq,$(CORPUS)) $(R) $(BIN) $(IDS) > $@.tmp
	@mv $@.tmp $@

# ---- the page ----

$(R)/index.html: $(CORPUSFILES) $(R)/zh.list $(META) $(PAGE) $(HERE) $(SETTINGS)
	$(PAGE) page $(R) $(call sq,$(CORPUS)) $(call sq,$(META)) $(call sq,$(TERMS)) $(call sq,$(PAIRS)) $(IDS) > $@.tmp
	@mv $@.tmp $@

.PHONY: all
.SECONDARY:
