# tx: text-analysis filters.  `make` builds bin/*, `make test` runs every
# test (unit, bats, then both again under ASan/UBSan), `make report` runs
# the tools on samples/, `make bench` measures speed against the usual
# pipelines.

PREFIX	?= /usr/local
DESTDIR	?=
BUILD	?= build
BINDIR	?= bin
SAN	?=

PCRE2_CFLAGS	!= pkg-config --cflags libpcre2-8 2>/dev/null || true
PCRE2_LIBS	!= pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8
UTF8PROC_LIBS	!= pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc
CSV_LIBS	!= pkg-config --libs libcsv 2>/dev/null || echo -lcsv
XXHASH_LIBS	!= pkg-config --libs libxxhash 2>/dev/null || echo -lxxhash
UCHARDET_LIBS	!= pkg-config --libs uchardet 2>/dev/null || echo -luchardet
# OpenCC: --zh-convert t2s (src/common/zhconv.c), in every tool; its
# configurations are opened by their full path (a t2s.json in the current
# directory would come first otherwise)
OPENCC_LIBS	!= pkg-config --libs opencc 2>/dev/null || echo -lopencc
OPENCC_PREFIX	!= pkg-config --variable=prefix opencc 2>/dev/null || echo /usr
# ICU's collator: txkwic --collate pinyin only
ICU_LIBS	!= pkg-config --libs icu-i18n icu-uc 2>/dev/null || echo -licui18n -licuuc -licudata

CC	?= cc
CFLAGS	?= -O2 -g
# Flags the code needs, kept apart so that `make CFLAGS=...` keeps them.
ALL_CFLAGS = $(CFLAGS) -std=c11 -Wall -Wextra -D_GNU_SOURCE -pthread $(PCRE2_CFLAGS) $(SAN) \
	-DTX_OPENCC_DIR='"$(OPENCC_PREFIX)/share/opencc"'
LDFLAGS	+= $(SAN)
LDLIBS	+= $(PCRE2_LIBS) $(UTF8PROC_LIBS) $(CSV_LIBS) $(XXHASH_LIBS) $(UCHARDET_LIBS) $(OPENCC_LIBS) -lstemmer -lm -lpthread

TOOLS	= $(patsubst src/%.c,%,$(wildcard src/tx*.c))
COMMON_SRC = $(wildcard src/common/*.c)
COMMON_OBJ = $(patsubst src/common/%.c,$(BUILD)/common/%.o,$(COMMON_SRC))
COMMON_HDR = $(wildcard src/common/*.h)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRC))

all: $(patsubst %,$(BINDIR)/%,$(TOOLS))

$(BUILD)/common/%.o: src/common/%.c $(COMMON_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libcommon.a: $(COMMON_OBJ)
	@rm -f $@
	ar rcs $@ $(COMMON_OBJ)

$(BINDIR)/txkwic: LDLIBS += $(ICU_LIBS)

$(BINDIR)/%: src/%.c $(BUILD)/libcommon.a $(COMMON_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc/common $(LDFLAGS) -o $@ $< $(BUILD)/libcommon.a $(LDLIBS)

$(BUILD)/unit/%: tests/unit/%.c tests/unit/check.h $(BUILD)/libcommon.a $(COMMON_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc/common $(LDFLAGS) -o $@ $< $(BUILD)/libcommon.a $(LDLIBS)

units: $(UNIT_BIN)

# libFuzzer harnesses (tests/fuzz/fuzz_*.c): the library built by clang
# with coverage and sanitizers into its own directory, each harness linked
# with libFuzzer.  `make fuzz` runs each for FUZZ_SECONDS (scripts/fuzz,
# which builds them first).
FUZZ_BUILD = build/fuzz
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN = $(patsubst tests/fuzz/%.c,$(FUZZ_BUILD)/%,$(FUZZ_SRC))
# The harnesses catch the library's fatal errors and free what it left.
FUZZ_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free
FUZZ_SECONDS ?= 300

fuzz-build:
	@$(MAKE) -s CC=clang BUILD=$(FUZZ_BUILD) \
	    SAN="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" $(FUZZ_BIN)

# Only through fuzz-build, where BUILD is $(FUZZ_BUILD) and CC is clang.
$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(BUILD)/libcommon.a $(COMMON_HDR)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -Isrc/common $(LDFLAGS) \
	    $(FUZZ_WRAP) -o $@ $< $(BUILD)/libcommon.a $(LDLIBS)

fuzz:
	@scripts/install-deps build test
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz

# One command runs everything and ends with "N passed, M failed".  Each of
# test, report and bench first installs the Debian packages it needs (as
# root; otherwise scripts/install-deps prints the commands and stops), then
# builds in a sub-make, which sees what pkg-config says once it is there.
test:
	@scripts/install-deps build test
	@scripts/run-tests

# The report is a make graph of its own (report.mk): CORPUS=dir META=file
# TERMS="..." PAIRS="a.txt:b.txt ..." on the command line reach it.
report:
	@scripts/install-deps build report
	@$(MAKE) -s all
	@$(MAKE) -s --no-print-directory -f report.mk

bench:
	@scripts/install-deps build bench
	$(MAKE) all
	scripts/bench

# Every group: build, test, bench and dev (scripts/fresh-check).
deps:
	scripts/install-deps all

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	for t in $(TOOLS); do \
		install -m 755 $(BINDIR)/$$t $(DESTDIR)$(PREFIX)/bin/$$t; \
		install -m 644 src/$$t.1 $(DESTDIR)$(PREFIX)/share/man/man1/$$t.1; \
	done

clean:
	rm -rf $(BUILD) $(patsubst %,$(BINDIR)/%,$(TOOLS)) report

.PHONY: all units test report bench deps install clean fuzz fuzz-build
.SUFFIXES:
