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
#include "words.h"

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

/* What becomes of the hyphen that ends the first line of s before its
 * last line (blank lines between make a gap), by lexicon x (NULL: none)
 * and word list w; *rule gets the rule. */
static int
hyphen_act(const char *s, const struct lexicon *x, const struct words *w,
    int *rule)
{
	struct doclines L = { 0 };
	int act;

	doclines_split(&L, s, strlen(s));
	CHECK(L.n >= 2 && (L.v[0].flags & LF_HYPH));
	act = para_hyphen(s, x, w, &L.v[0], &L.v[L.n - 1], L.n > 2, rule);
	doclines_free(&L);
	return act;
}

/* The lines of s that start a list item, as bits (line 0: bit 0). */
static unsigned
list_flags(const char *s)
{
	struct doclines L = { 0 };
	unsigned bits = 0;
	size_t i;

	doclines_split(&L, s, strlen(s));
	for (i = 0; i < L.n && i < 32; i++)
		if (L.v[i].flags & LF_LIST)
			bits |= 1u << i;
	doclines_free(&L);
	return bits;
}

/* lone_marker (which 0) or item_start (which 1) of the first line of s. */
static int
line_judge(const char *s, int which)
{
	struct doclines L = { 0 };
	int r;

	doclines_split(&L, s, strlen(s));
	L.v[0].cls = L_TEXT;
	r = which ? item_start(s, &L.v[0]) : lone_marker(s, &L.v[0]);
	doclines_free(&L);
	return r;
}

/* lead_line of the two lines of s, with wrap and starts. */
static int
lead(const char *s, size_t wrap, int starts)
{
	struct doclines L = { 0 };
	int r;

	doclines_split(&L, s, strlen(s));
	CHECK(L.n >= 2);
	L.v[0].cls = L.v[1].cls = L_TEXT;
	r = lead_line(s, wrap, &L.v[0], &L.v[1], starts);
	doclines_free(&L);
	return r;
}

/* A lexicon of corpus c, scanned and counted. */
static void
lexicon_of(struct lexicon *x, const char *c)
{
	lexicon_init(x);
	lexicon_scan(x, c, strlen(c));
	lexicon_count(x, c, strlen(c));
}

/* Are the forms of lexicon_forms for left before right j and h? */
static int
forms_are(const char *left, const char *right, const char *j, const char *h)
{
	struct str sj = { 0 }, sh = { 0 };
	int ok;

	ok = lexicon_forms(left, strlen(left), right, strlen(right), &sj, &sh) &&
	    sj.n == strlen(j) && memcmp(sj.s, j, sj.n) == 0 &&
	    sh.n == strlen(h) && memcmp(sh.s, h, sh.n) == 0;
	str_free(&sj);
	str_free(&sh);
	return ok;
}

/* The width estimate as it was first written (an insertion sort of the
 * first lengths), the oracle of estimate_wrap's histogram. */
static size_t
wrap_sorted(const struct doclines *L)
{
	size_t li, lens[5000], n = 0, i, j, m;

	for (li = 0; li + 1 < L->n; li++)
		if (L->v[li].cls == L_TEXT && L->v[li + 1].cls == L_TEXT)
			lens[n++] = L->v[li].te - L->v[li].ts;
	if (n < 3)
		return 0;
	for (i = 1; i < n; i++) {
		size_t v = lens[i];

		for (j = i; j > 0 && lens[j - 1] > v; j--)
			lens[j] = lens[j - 1];
		lens[j] = v;
		if (i > 4096)
			break;
	}
	m = lens[(n < 4096 ? n : 4096) / 2];
	return m <= 120 ? m : 0;
}

/* estimate_wrap on made-up line lengths: none, few, short, long (past
 * 120), runs of non-text lines, and more lines than it samples (where
 * only the first lengths count: a tail of long lines changes nothing). */
static void
test_wrap(void)
{
	static struct line v[5001];
	struct doclines L = { 0 };
	unsigned seed = 1;
	size_t n, li, wrap, cases[] = { 0, 1, 2, 3, 4, 5, 9, 100, 4095, 4096,
	    4097, 4098, 4099, 4100, 5001 };
	int t, c, widths[] = { 10, 60, 80, 119, 121, 140, 400 };

	L.v = v;
	for (c = 0; c < (int)(sizeof(cases) / sizeof(cases[0])); c++)
		for (t = 0; t < (int)(sizeof(widths) / sizeof(widths[0])); t++) {
			n = cases[c];
			for (li = 0; li < n; li++) {
				seed = seed * 1103515245u + 12345u;
				memset(&v[li], 0, sizeof(v[li]));
				v[li].ts = 3;
				v[li].te = 3 + (seed >> 16) % (size_t)widths[t];
				v[li].cls = (seed >> 8) % 7 == 0 ? L_DROP : L_TEXT;
			}
			L.n = n;
			wrap = estimate_wrap(&L);
			CHECK(wrap == wrap_sorted(&L));
		}
	/* Hard-wrapped lines of 70 columns, a few short ones: 70. */
	for (li = 0; li < 10; li++) {
		memset(&v[li], 0, sizeof(v[li]));
		v[li].te = li % 4 == 3 ? 20 : 70;
		v[li].cls = L_TEXT;
	}
	L.n = 10;
	CHECK(estimate_wrap(&L) == 70);
	/* Only lines another text line follows count; two are too few. */
	v[2].cls = v[5].cls = v[8].cls = L_HEAD;
	CHECK(estimate_wrap(&L) == 70);
	v[1].cls = v[4].cls = v[6].cls = L_HEAD;
	CHECK(estimate_wrap(&L) == 0);
	/* Paragraphs on one line each (longer than 120): no wrap. */
	for (li = 0; li < 10; li++) {
		v[li].te = 300;
		v[li].cls = L_TEXT;
	}
	CHECK(estimate_wrap(&L) == 0);
	/* A sample of the first 4098 lengths: 4500 lines of 60 columns
	 * then 501 of 300 are still wrapped at 60. */
	for (li = 0; li < 5001; li++) {
		memset(&v[li], 0, sizeof(v[li]));
		v[li].te = li < 4500 ? 60 : 300;
		v[li].cls = L_TEXT;
	}
	L.n = 5001;
	CHECK(estimate_wrap(&L) == 60);
	/* The 4098th length counts, the 4099th does not: 2048 lines of
	 * 10, 2049 of 50, then lines of 5 give 10 (the 5 moves the
	 * median to the last 10); 2047 of 10 and 2050 of 50 give 50. */
	for (li = 0; li < 4200; li++)
		v[li].te = li < 2048 ? 10 : li < 4097 ? 50 : 5;
	L.n = 4200;
	CHECK(estimate_wrap(&L) == 10 && wrap_sorted(&L) == 10);
	for (li = 0; li < 4200; li++)
		v[li].te = li < 2047 ? 10 : li < 4097 ? 50 : 5;
	CHECK(estimate_wrap(&L) == 50 && wrap_sorted(&L) == 50);
}

int
main(void)
{
	struct lexicon x;
	struct words *w;
	struct line pl = { 0 }, nl = { 0 };
	int rule;
	const char *corpus = "cy-\nberspace is cyberspace, and cyberspace\n"
	    "win-\nwin\n";

	test_wrap();

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
	/* Chinese goes three bytes at a time (utf8_cjk3) up to what is not
	 * a plain character: U+3000 and NBSP are white space, a zero-width
	 * space goes, a ligature is spelt out, a Han character cut short or
	 * a lone continuation byte is U+FFFD; the offsets stay the
	 * source's. */
	CHECK(strcmp(clean("\xE7\xBD\x91\xE7\xBB\x9C\xE3\x80\x80\xE5\xAE\x89"),
	    "\xE7\xBD\x91\xE7\xBB\x9C \xE5\xAE\x89") == 0 &&
	    src_of(7, 0) == 9);
	CHECK(strcmp(clean("\xE7\xBD\x91\xC2\xA0\xE5\xAE\x89"),
	    "\xE7\xBD\x91 \xE5\xAE\x89") == 0 && src_of(4, 0) == 5);
	CHECK(strcmp(clean("\xE7\xBD\x91\xE2\x80\x8B\xE5\xAE\x89"),
	    "\xE7\xBD\x91\xE5\xAE\x89") == 0 && src_of(3, 0) == 6);
	CHECK(strcmp(clean("\xE7\xBD\x91\xEF\xAC\x81\xE5\xAE\x89"),
	    "\xE7\xBD\x91" "fi\xE5\xAE\x89") == 0 && src_of(5, 0) == 6);
	CHECK(strcmp(clean("\xE7\xBD\x91\xE7\xBD" "a"),
	    "\xE7\xBD\x91\xEF\xBF\xBD\xEF\xBF\xBD" "a") == 0 &&
	    src_of(9, 0) == 5);
	CHECK(strcmp(clean("\xE7\xBD\x91\xE7\xBD"),
	    "\xE7\xBD\x91\xEF\xBF\xBD\xEF\xBF\xBD") == 0);
	CHECK(strcmp(clean("\xE7\xBD\x91\xBD\xE5\xAE\x89"),
	    "\xE7\xBD\x91\xEF\xBF\xBD\xE5\xAE\x89") == 0 &&
	    src_of(6, 0) == 4);
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
	/* cy- with the next line and the one after it, win- with win. */
	CHECK(lexicon_scan(&x, corpus, strlen(corpus)) == 3);
	lexicon_count(&x, corpus, strlen(corpus));
	CHECK(lexicon_get(&x, "cyberspace", 10) == 2);
	CHECK(lexicon_get(&x, "Cyberspace", 10) == 2);
	CHECK(lexicon_get(&x, "cy-berspace", 11) == 0);
	CHECK(lexicon_get(&x, "is", 2) == 0);
	/* "berspace" and the second "win" start lines after a line-end
	 * hyphen: halves, not words; the first "win" is never counted. */
	CHECK(lexicon_get(&x, "berspace", 8) == 0);
	CHECK(lexicon_get(&x, "win", 3) == 0);
	CHECK(hyphen_act("cy-\nberspace", &x, NULL, &rule) == HYPHEN_JOIN &&
	    rule == HR_CORPUS);
	/* No evidence: kept between equal halves, and before a capital;
	 * dropped otherwise. */
	CHECK(hyphen_act("win-\nwin", &x, NULL, &rule) == HYPHEN_KEEP &&
	    rule == HR_REDUP);
	CHECK(hyphen_act("Asia-\nPacific", &x, NULL, &rule) == HYPHEN_KEEP &&
	    rule == HR_UPPER);
	CHECK(hyphen_act("syl-\nlable", &x, NULL, &rule) == HYPHEN_JOIN &&
	    rule == HR_DEFAULT);
	/* Across a gap (blank or dropped lines), a join needs evidence. */
	CHECK(hyphen_act("syl-\n\nlable", &x, NULL, &rule) == PH_APART);
	CHECK(hyphen_act("Asia-\n\nPacific", &x, NULL, &rule) == PH_APART);
	CHECK(hyphen_act("cy-\n\nberspace", &x, NULL, &rule) == HYPHEN_JOIN);
	lexicon_free(&x);

	/* The forms are whole compounds, as the counting sees words. */
	CHECK(forms_are("face-to-", "face", "face-toface", "face-to-face"));
	CHECK(forms_are("(state-of-the-", "art),", "state-of-theart",
	    "state-of-the-art"));
	CHECK(forms_are("Software-as-", "a-Service.", "Software-asa-Service",
	    "Software-as-a-Service"));
	CHECK(forms_are("and/or-", "x", "orx", "or-x"));
	CHECK(forms_are("COVID-", "19", "COVID19", "COVID-19"));
	CHECK(!forms_are("U.S.-", "led", "", ""));
	/* So a compound the corpus writes decides, and one it does not
	 * keeps its hyphen by its shape. */
	lexicon_of(&x, "face-to-\nface, and face-to-face: face-to-face\n");
	CHECK(lexicon_get(&x, "face-to-face", 12) == 2);
	CHECK(hyphen_act("face-to-\nface", &x, NULL, &rule) == HYPHEN_KEEP &&
	    rule == HR_CORPUS);
	lexicon_free(&x);
	CHECK(hyphen_act("face-to-\nface", NULL, NULL, &rule) == HYPHEN_KEEP &&
	    rule == HR_COMPOUND);
	CHECK(hyphen_act("fit-for-\npurpose", NULL, NULL, &rule) ==
	    HYPHEN_KEEP);
	/* The word list: both halves words and the join not, or the join
	 * a word. */
	w = words_new();
	words_add(w, "well", 4);
	words_add(w, "coordinated", 11);
	words_add(w, "information", 11);
	words_add(w, "in", 2);
	words_add(w, "demand", 6);
	words_add(w, "efficient", 9);
	CHECK(hyphen_act("well-\ncoordinated", NULL, w, &rule) ==
	    HYPHEN_KEEP && rule == HR_HALVES);
	CHECK(hyphen_act("infor-\nmation", NULL, w, &rule) == HYPHEN_JOIN &&
	    rule == HR_WORD);
	CHECK(hyphen_act("in-\nformation", NULL, w, &rule) == HYPHEN_JOIN &&
	    rule == HR_WORD);
	CHECK(hyphen_act("in-\ndemand", NULL, w, &rule) == HYPHEN_KEEP);
	CHECK(hyphen_act("in-\ndemand", NULL, NULL, &rule) == HYPHEN_JOIN);
	/* Ligatures are spelt out before the judge looks. */
	CHECK(hyphen_act("ef-\n\xEF\xAC\x81" "cient", NULL, w, &rule) ==
	    HYPHEN_JOIN && rule == HR_WORD);	/* "ef" "ﬁcient" */
	words_free(w);
	/* URLs and e-mail addresses never. */
	CHECK(hyphen_act("http://example.org/cy-\nber", NULL, NULL, &rule) ==
	    HYPHEN_KEEP && rule == HR_URL);
	CHECK(hyphen_act("see un.org/cy-\nber", NULL, NULL, &rule) ==
	    HYPHEN_KEEP && rule == HR_URL);
	CHECK(hyphen_act("mail jo.cy-\nber@example.org", NULL, NULL, &rule) ==
	    HYPHEN_KEEP);
	/* No evidence, but a prefix English hyphenates... */
	CHECK(hyphen_act("self-\neducation", NULL, NULL, &rule) ==
	    HYPHEN_KEEP && rule == PR_PREFIX);
	CHECK(hyphen_act("Non-\nformal", NULL, NULL, &rule) == HYPHEN_KEEP);
	CHECK(hyphen_act("selfie-\nstick", NULL, NULL, &rule) == HYPHEN_JOIN);
	CHECK(hyphen_act("non-self-\nish", NULL, NULL, &rule) == HYPHEN_KEEP &&
	    rule == HR_COMPOUND);
	/* ... or halves the corpus has as words of their own. */
	lexicon_of(&x, "low-\ncost work; low and cost\ninfor-\nmation\n");
	CHECK(hyphen_act("low-\ncost", &x, NULL, &rule) == HYPHEN_KEEP &&
	    rule == PR_CORPUS_HALVES);
	CHECK(hyphen_act("infor-\nmation", &x, NULL, &rule) == HYPHEN_JOIN &&
	    rule == HR_DEFAULT);
	lexicon_free(&x);
	/* A folded count is no evidence for a capital inside a word. */
	lexicon_of(&x, "Cyber-\nSecurity; cybersecurity and cybersecurity\n"
	    "Sub-\ncommittee, the subcommittee and subcommittee\n");
	CHECK(hyphen_act("Cyber-\nSecurity", &x, NULL, &rule) == HYPHEN_KEEP &&
	    rule == HR_UPPER);
	CHECK(hyphen_act("Sub-\ncommittee", &x, NULL, &rule) == HYPHEN_JOIN &&
	    rule == HR_CORPUS);
	lexicon_free(&x);

	/* A right part that goes on with a hyphen is a compound; an
	 * address on the next line is never joined. */
	CHECK(hyphen_act("secure-\nby-design", NULL, NULL, &rule) ==
	    HYPHEN_KEEP && rule == PR_RIGHT_COMPOUND);
	CHECK(hyphen_act("secure-\nby- and", NULL, NULL, &rule) == HYPHEN_JOIN);
	CHECK(hyphen_act("cyber-\nsecurity@example.org", NULL, NULL, &rule) ==
	    HYPHEN_KEEP && rule == HR_URL);
	CHECK(hyphen_act("infor\xC2\xAD\nmation@x.org", NULL, NULL, &rule) ==
	    HYPHEN_JOIN && rule == HR_SOFT);

	/* Bullets that their neighbours make one (lines.c): "©" lines with
	 * other text and no year; not a copyright line, nor a footer that
	 * repeats. */
	CHECK(list_flags("\xC2\xA9 Build the network\n\n"
	    "\xC2\xA9 Train the people\n") == 5);
	CHECK(list_flags("Text of the body.\n"
	    "\xC2\xA9 2021 Government of Nowhere\n") == 0);
	CHECK(list_flags("\xC2\xA9 Government of Nowhere\nbody\n"
	    "\xC2\xA9 Government of Nowhere\n") == 0);
	CHECK(list_flags("\xC2\xA9 Build the network\n"
	    "\xC2\xA9 Copyright of Nowhere, all rights reserved\n") == 0);
	CHECK(list_flags("\xC2\xA9 Build the network\nbody\n") == 0);
	/* "o" among list items; alone it is a word. */
	CHECK(list_flags("- one\no two\n") == 3);
	CHECK(list_flags("o two\no three\n") == 3);
	CHECK(list_flags("body text\no Captain, my Captain\nmore\n") == 0);
	CHECK(list_flags("or two\nor three\n") == 0);
	CHECK(list_flags("o\no\n") == 0);
	/* The PDF bullets of symbol fonts, with or without a space. */
	CHECK(list_flags("\xEF\x82\xB7 one\n\xEF\x82\xB7two\n") == 3);
	CHECK(list_flags("\xEF\x80\xA0 one\n\xEF\x80\xA0two\n") == 1);

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

	/* Markers alone on a line, items after ";" or ":", lead lines. */
	CHECK(line_judge("c.\n", 0) == 1 && line_judge("(a)\n", 0) == 1);
	CHECK(line_judge("iv.\n", 0) == 1 && line_judge("9.2.\n", 0) == 1);
	CHECK(line_judge("4. Word\n", 1) == 1);
	CHECK(line_judge("2019.\n", 0) == 0 && line_judge("100\n", 0) == 0);
	CHECK(line_judge("\xe2\x80\x94\n", 0) == 0);	/* a dash: LF_LIST's */
	CHECK(line_judge("word.\n", 0) == 0);
	CHECK(line_judge("9.2. to strengthen it;\n", 1) == 2);	/* two levels */
	CHECK(line_judge("b) to develop it\n", 1) == 0);	/* LF_LIST: lines.c's */
	CHECK(line_judge("3.2 million euros\n", 1) == 0);
	CHECK(line_judge("2019. It was\n", 1) == 0);
	CHECK(lead("Access help\nAll Australians should access help now.\n",
	    60, 1));
	CHECK(!lead("Access help\nAll Australians should access help now.\n",
	    0, 1));			/* no wrap */
	CHECK(!lead("Access help\nAll Australians should access help now.\n",
	    60, 0));			/* no sentence starts there */
	CHECK(!lead("Help is there for\nAll Australians who need it now.\n",
	    60, 1));			/* a function word */
	CHECK(!lead("Help them all now\nAll\n", 60, 1));	/* one word */
	CHECK(!lead("Access help\nall Australians should access help now.\n",
	    60, 1));			/* lower case */
	CHECK(!lead("The Member States of the Shanghai\nCooperation Group\n",
	    60, 1));			/* no room on the line */
	CHECK(!lead("x\nThe Member States of the Shanghai Cooperation.\n",
	    60, 1));			/* a bullet's letter */

	para_reset(&B);
	str_free(&B.text);
	VEC_FREE(B.pieces);
	VEC_FREE(B.breaks);
	printf("test_para: %d checks passed\n", nchecks);
	return 0;
}
