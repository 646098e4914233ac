/*
 * test_para: the paragraph stage (para.c) from strings: clean text and
 * its piece map, hyphens at line breaks with the corpus as dictionary
 * (lexicon.c), and when a line joins the paragraph before it.
 */
#include <string.h>

#include "doc.h"
#include "lexicon.h"
#include "lines.h"
#include "para.h"

#include "check.h"

static struct parabuild B;

/* The clean text of all of s. */
static const char *
clean(const char *s)
{
	B.s = s;
	para_reset(&B);
	add_span(&B, 0, strlen(s));
	return B.text.s ? B.text.s : "";
}

/* The source offset of clean offset off of B's paragraph. */
static size_t
src_of(size_t off, int forend)
{
	struct para p;

	memset(&p, 0, sizeof(p));
	p.pieces = B.pieces.v;
	p.npieces = B.pieces.n;
	p.len = B.text.n;
	return forend ? para_src_end(&p, off) : para_src_start(&p, off);
}

/* Does the hyphen that ends the first line of s stay, by lexicon x? */
static int
hyphen_kept(const char *s, const struct lexicon *x)
{
	struct doclines L = { 0 };
	int k;

	doclines_split(&L, s, strlen(s));
	CHECK(L.n == 2 && (L.v[0].flags & LF_HYPH));
	k = keep_hyphen(s, x, &L.v[0], &L.v[1]);
	doclines_free(&L);
	return k;
}

int
main(void)
{
	struct lexicon x;
	struct line pl = { 0 }, nl = { 0 };
	const char *corpus = "cy-\nberspace is cyberspace, and cyberspace\n"
	    "win-\nwin\n";

	/* Plain ASCII is one piece, byte for byte. */
	CHECK(strcmp(clean("cy-"), "cy-") == 0 && B.pieces.n == 1 &&
	    B.pieces.v[0].clean == 0 && B.pieces.v[0].clen == 3 &&
	    B.pieces.v[0].src == 0 && B.pieces.v[0].slen == 3);
	/* White space runs are one space, mapped to the whole run. */
	CHECK(strcmp(clean("a  b\tc"), "a b c") == 0);
	CHECK(src_of(4, 0) == 5 && src_of(2, 0) == 3 && src_of(5, 1) == 6);
	CHECK(strcmp(clean("  lead"), "lead") == 0 && src_of(0, 0) == 2);
	/* A soft hyphen goes; the letters after it keep their offsets. */
	CHECK(strcmp(clean("co\xC2\xADop"), "coop") == 0);
	CHECK(src_of(2, 0) == 4 && src_of(4, 1) == 6);
	/* NFC: e + combining acute is one character, mapped to both. */
	CHECK(strcmp(clean("cafe\xCC\x81!"), "caf\xC3\xA9!") == 0);
	CHECK(src_of(3, 0) == 3 && src_of(5, 1) == 6 && src_of(5, 0) == 6);
	/* Invalid bytes (--lossy) become U+FFFD, one byte each. */
	CHECK(strcmp(clean("a\xFF" "b"), "a\xEF\xBF\xBD" "b") == 0);
	CHECK(src_of(4, 0) == 2);
	/* Taking the last byte off, and a trailing space. */
	/* A span's white space at its end is a space (joins put it), in
	 * the same piece as the plain bytes before it. */
	CHECK(strcmp(clean("ab "), "ab ") == 0 && B.pieces.n == 1 &&
	    B.pieces.v[0].clen == 3 && B.pieces.v[0].slen == 3);
	trim_end(&B);
	CHECK(B.text.n == 2 && strcmp(B.text.s, "ab") == 0 &&
	    B.pieces.v[0].clen == 2 && B.pieces.v[0].slen == 2);
	trim_end(&B);
	CHECK(B.text.n == 2);
	unadd_byte(&B);
	CHECK(B.text.n == 1 && B.pieces.n == 1 && B.pieces.v[0].clen == 1 &&
	    B.pieces.v[0].slen == 1);

	/* The corpus as dictionary: "cyberspace" twice, "cy-berspace"
	 * never, so the hyphen goes. */
	lexicon_init(&x);
	CHECK(lexicon_scan(&x, corpus, strlen(corpus)) == 2);
	lexicon_count(&x, corpus, strlen(corpus));
	CHECK(lexicon_get(&x, "cyberspace", 10) == 2);
	CHECK(lexicon_get(&x, "Cyberspace", 10) == 2);
	CHECK(lexicon_get(&x, "cy-berspace", 11) == 0);
	CHECK(lexicon_get(&x, "is", 2) == 0);
	CHECK(!hyphen_kept("cy-\nberspace", &x));
	/* No evidence: kept between equal halves, and before a capital;
	 * dropped otherwise. */
	CHECK(hyphen_kept("win-\nwin", &x));
	CHECK(hyphen_kept("Asia-\nPacific", &x));
	CHECK(!hyphen_kept("syl-\nlable", &x));
	lexicon_free(&x);

	/* Joining: without a gap, a line that does not end a sentence goes
	 * on; with a gap only a lower-case start or a hyphen does. */
	pl.ts = nl.ts = 0;
	pl.te = 40;
	nl.te = 10;
	nl.cls = L_TEXT;
	CHECK(joins(0, 0, &pl, &nl, 0));
	pl.flags = LF_TERM;
	CHECK(!joins(0, 0, &pl, &nl, 0));
	CHECK(joins(0, 60, &pl, &nl, 0));	/* a full stop in a full line */
	CHECK(joins(1, 0, &pl, &nl, 0));	/* --keep: blank lines only */
	pl.flags = 0;
	CHECK(!joins(0, 0, &pl, &nl, 1));
	nl.flags = LF_LOWER;
	CHECK(joins(0, 0, &pl, &nl, 1) && !joins(1, 0, &pl, &nl, 1));
	nl.flags = LF_LIST;
	CHECK(!joins(0, 0, &pl, &nl, 0) && joins(0, 60, &pl, &nl, 0));
	nl.cls = L_HEAD;
	CHECK(!joins(0, 0, &pl, &nl, 0));

	para_reset(&B);
	str_free(&B.text);
	VEC_FREE(B.pieces);
	VEC_FREE(B.breaks);
	printf("test_para: %d checks passed\n", nchecks);
	return 0;
}
