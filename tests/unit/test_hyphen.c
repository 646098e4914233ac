/*
 * test_hyphen: the line-end hyphen judge, rule by rule, on a small word
 * list written here, with no list, and on the full wamerican list; the
 * split of the parts and the corpus forms.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hyphen.h"
#include "util.h"
#include "words.h"

#include "check.h"

enum { J = HYPHEN_JOIN, K = HYPHEN_KEEP };

struct hcase {
	const char *left, *right;
	uint64_t njoined, nhyph;
	int act, rule;
};

static int
judge(const struct hcase *c, const struct words *w)
{
	int rule = 0, act;

	act = hyphen_judge(c->left, strlen(c->left), c->right,
	    strlen(c->right), c->njoined, c->nhyph, w, &rule);
	if (act != c->act || rule != c->rule) {
		fprintf(stderr, "\"%s\" / \"%s\" (%llu, %llu): %s by %s, "
		    "expected %s by %s\n", c->left, c->right,
		    (unsigned long long)c->njoined,
		    (unsigned long long)c->nhyph, act == J ? "join" : "keep",
		    hyphen_rulename(rule), c->act == J ? "join" : "keep",
		    hyphen_rulename(c->rule));
		return 0;
	}
	return 1;
}

#define RUN(cases, w) do {						\
	size_t i_;							\
	for (i_ = 0; i_ < sizeof(cases) / sizeof(cases[0]); i_++)	\
		CHECK(judge(&cases[i_], w));				\
} while (0)

/* The words the cases below need; "re" is no word here (wamerican has
 * it, as the note), "preexisting" neither (a British list would not). */
static const char *const small[] = {
	"reform", "form", "cooperation", "operation", "existing", "self",
	"government", "non", "state", "attacks", "information", "well",
	"coordinated", "owned", "face", "to", "of", "the", "art", "win",
	"murmur", "in", "formed", "informed", "security", "us", "naïve",
	"level", "a", "x", "ray"
};

/* Cases judged with the small list. */
static const struct hcase with_list[] = {
	/* the examples of the issue, no corpus evidence */
	{ "infor-", "mation", 0, 0, J, HR_WORD },
	{ "re-", "form", 0, 0, J, HR_WORD },
	{ "co-", "operation", 0, 0, J, HR_WORD },
	{ "pre-", "existing", 0, 0, J, HR_DEFAULT },
	{ "self-", "government", 0, 0, K, HR_HALVES },
	{ "non-", "state", 0, 0, K, HR_HALVES },
	{ "cyber-", "attacks", 0, 0, J, HR_DEFAULT },
	{ "well-", "coordinated", 0, 0, K, HR_HALVES },
	{ "Government-", "owned", 0, 0, K, HR_HALVES },
	{ "Infor-", "mation", 0, 0, J, HR_WORD },	/* sentence start */
	{ "x-", "ray", 0, 0, K, HR_HALVES },
	/* compounds: the last fragment is what the list judges */
	{ "face-to-", "face", 0, 0, K, HR_HALVES },
	{ "state-of-the-", "art", 0, 0, K, HR_HALVES },
	{ "co-oper-", "ation", 0, 0, J, HR_WORD },
	{ "well-in-", "formed", 0, 0, J, HR_WORD },
	{ "face-to-", "fice", 0, 0, K, HR_COMPOUND },
	{ "and/or-", "based", 0, 0, K, HR_COMPOUND },
	/* the corpus decides first */
	{ "co-", "operation", 0, 3, K, HR_CORPUS },	/* co-operation */
	{ "pre-", "existing", 1, 5, K, HR_CORPUS },
	{ "cyber-", "attacks", 0, 1, K, HR_CORPUS },
	{ "self-", "government", 4, 0, J, HR_CORPUS },
	{ "face-to-", "face", 0, 2, K, HR_CORPUS },
	{ "Franco-", "German", 2, 0, J, HR_CORPUS },
	/* ... when it is clear: seen against unseen, or 2x and by 2 */
	{ "cyber-", "attacks", 3, 1, J, HR_CORPUS },
	{ "cyber-", "attacks", 4, 2, J, HR_CORPUS },
	{ "cyber-", "attacks", 2, 1, J, HR_DEFAULT },	/* too close */
	{ "cyber-", "attacks", 3, 2, J, HR_DEFAULT },
	{ "self-", "government", 1, 2, K, HR_HALVES },	/* too close */
	{ "self-", "government", 5, 5, K, HR_HALVES },
	{ "self-", "government", UINT64_MAX, 0, J, HR_CORPUS },
	{ "cyber-", "attacks", 1, UINT64_MAX, K, HR_CORPUS },
	{ "cyber-", "attacks", UINT64_MAX, UINT64_MAX - 1, J, HR_DEFAULT },
	/* addresses, whatever the corpus says */
	{ "http://example.org/cyber-", "security", 10, 0, K, HR_URL },
	{ "https://www.example.org/infor-", "mation", 0, 0, K, HR_URL },
	{ "www.example.org/infor-", "mation", 0, 0, K, HR_URL },
	{ "(see example.org/infor-", "mation", 0, 0, K, HR_URL },
	{ "john.smith@exam-", "ple.org", 0, 0, K, HR_URL },
	{ "infor@-", "mation", 0, 0, K, HR_NOWORD },	/* no fragment */
	/* digits */
	{ "COVID-", "19", 0, 0, K, HR_DIGIT },
	{ "2019-", "2020", 0, 0, K, HR_DIGIT },
	{ "G20-", "led", 0, 0, K, HR_DIGIT },
	{ "x86-", "based", 0, 0, K, HR_DIGIT },
	/* a capital after the break */
	{ "Franco-", "German", 0, 0, K, HR_UPPER },
	{ "anti-", "American", 0, 0, K, HR_UPPER },
	{ "US-", "China", 0, 0, K, HR_UPPER },
	/* all in capitals: the list in lower case, acronyms kept */
	{ "INFOR-", "MATION", 0, 0, J, HR_WORD },
	{ "SELF-", "GOVERNMENT", 0, 0, K, HR_HALVES },
	{ "EU-", "US", 0, 0, K, HR_CAPS },
	{ "A-", "LEVEL", 0, 0, K, HR_HALVES },
	{ "Franco-", "GERMAN", 0, 0, K, HR_UPPER },
	/* equal halves */
	{ "win-", "win", 0, 0, K, HR_HALVES },
	{ "mur-", "mur", 0, 0, J, HR_WORD },
	{ "bye-", "bye", 0, 0, K, HR_REDUP },
	{ "Bye-", "bye", 0, 0, K, HR_REDUP },
	/* punctuation around the parts */
	{ "(infor-", "mation).", 0, 0, J, HR_WORD },
	{ "\xe2\x80\x9cself-", "government\xe2\x80\x9d", 0, 0, K, HR_HALVES },
	/* the other hyphens: U+2010 is judged, U+00AD always joins */
	{ "self\xe2\x80\x90", "government", 0, 0, K, HR_HALVES },
	{ "infor\xe2\x80\x90", "mation", 0, 0, J, HR_WORD },
	{ "self\xc2\xad", "government", 0, 9, J, HR_SOFT },
	{ "self\xe2\x80\x91", "government", 0, 0, K, HR_NOWORD },
	/* non-ASCII letters */
	{ "na\xc3\xaf-", "ve", 0, 0, J, HR_WORD },
	{ "\xc3\x96kono-", "mie", 0, 0, J, HR_DEFAULT },
	{ "caf", "e\xcc\x81", 0, 0, K, HR_NOWORD },	/* no hyphen */
	/* nothing to judge: kept as it is */
	{ "U.S.-", "led", 0, 0, K, HR_NOWORD },
	{ "-", "word", 0, 0, K, HR_NOWORD },
	{ "--", "word", 0, 0, K, HR_NOWORD },
	{ "word-", "(see", 0, 0, K, HR_NOWORD },
	{ "word-", "-", 0, 0, K, HR_NOWORD },
	{ "word-", "", 0, 0, K, HR_NOWORD },
	{ "", "word", 0, 0, K, HR_NOWORD },
	{ "infor", "mation", 0, 0, K, HR_NOWORD },
	{ "ab\xff-", "cd", 0, 0, K, HR_NOWORD },
	{ "\xff", "\x80", 0, 0, K, HR_NOWORD },
	{ "ab-", "\x80" "cd", 0, 0, K, HR_NOWORD },
	{ "\xe2\x80-", "x", 0, 0, K, HR_NOWORD },
};

/* Without a list (no wamerican, TX_WORDS=""): the corpus and the
 * spelling alone. */
static const struct hcase without_list[] = {
	{ "infor-", "mation", 0, 0, J, HR_DEFAULT },
	{ "self-", "government", 0, 0, J, HR_DEFAULT },
	{ "self-", "government", 0, 1, K, HR_CORPUS },
	{ "non-", "state", 0, 0, J, HR_DEFAULT },	/* "nonstate" */
	{ "face-to-", "face", 0, 0, K, HR_COMPOUND },
	{ "state-of-the-", "art", 0, 0, K, HR_COMPOUND },
	{ "co-oper-", "ation", 0, 0, K, HR_COMPOUND },	/* no list to say */
	{ "co-oper-", "ation", 1, 0, J, HR_CORPUS },
	{ "win-", "win", 0, 0, K, HR_REDUP },
	{ "mur-", "mur", 0, 0, K, HR_REDUP },		/* no list to say */
	{ "INFOR-", "MATION", 0, 0, K, HR_CAPS },
	{ "Franco-", "German", 0, 0, K, HR_UPPER },
	{ "COVID-", "19", 0, 0, K, HR_DIGIT },
	{ "http://example.org/cyber-", "security", 3, 0, K, HR_URL },
};

/* The full wamerican list (checked by hand with grep -x on it). */
static const struct hcase with_wamerican[] = {
	{ "infor-", "mation", 0, 0, J, HR_WORD },
	{ "re-", "form", 0, 0, J, HR_WORD },		/* "re" is a word there */
	{ "co-", "operation", 0, 0, J, HR_WORD },	/* no "co" */
	{ "pre-", "existing", 0, 0, J, HR_WORD },	/* "preexisting" */
	{ "self-", "government", 0, 0, K, HR_HALVES },
	{ "non-", "state", 0, 0, K, HR_HALVES },	/* "non" is a word */
	{ "cyber-", "attacks", 0, 0, J, HR_DEFAULT },	/* no "cyber" */
	{ "well-", "coordinated", 0, 0, K, HR_HALVES },
	{ "Government-", "owned", 0, 0, K, HR_HALVES },
	{ "face-to-", "face", 0, 0, K, HR_HALVES },
	{ "state-of-the-", "art", 0, 0, K, HR_HALVES },
	{ "co-oper-", "ation", 0, 0, J, HR_WORD },
	{ "cyber-", "space", 0, 0, J, HR_WORD },	/* "cyberspace" */
	{ "INFOR-", "MATION", 0, 0, J, HR_WORD },
	{ "cross-", "border", 0, 0, K, HR_HALVES },
	{ "decision-", "making", 0, 0, K, HR_HALVES },
	/* a known weakness: "stakeholders" is not in wamerican */
	{ "stake-", "holders", 0, 0, K, HR_HALVES },
	{ "stake-", "holders", 2, 0, J, HR_CORPUS },
};

static void
test_rules(void)
{
	struct words *w = words_new();
	size_t i;
	int rule = -1;

	for (i = 0; i < sizeof(small) / sizeof(small[0]); i++)
		words_add(w, small[i], strlen(small[i]));
	RUN(with_list, w);
	RUN(without_list, NULL);
	/* An empty list is no list. */
	words_free(w);
	w = words_new();
	RUN(without_list, w);
	words_free(w);

	/* rule may be NULL */
	CHECK(hyphen_judge("infor-", 6, "mation", 6, 0, 0, NULL, NULL) == J);
	CHECK(hyphen_judge("infor-", 6, "mation", 6, 0, 0, NULL, &rule) == J &&
	    rule == HR_DEFAULT);
	/* the lengths count, not NULs */
	CHECK(hyphen_judge("self-x", 5, "governmentx", 10, 0, 4, NULL,
	    &rule) == K && rule == HR_CORPUS);
	CHECK(hyphen_judge(NULL, 0, NULL, 0, 0, 0, NULL, &rule) == K &&
	    rule == HR_NOWORD);
}

static void
test_wamerican(void)
{
	struct words *w = words_open(WORDS_PATH);

	if (w == NULL) {
		fprintf(stderr, "test_hyphen: %s: %s (install wamerican)\n",
		    WORDS_PATH, strerror(errno));
		exit(1);
	}
	RUN(with_wamerican, w);
	words_free(w);
}

static void
test_split(void)
{
	struct hyphen_split sp;
	struct str j = { 0 }, h = { 0 };

	CHECK(hyphen_split("(face-to-", 9, "face),", 6, &sp) == 1);
	CHECK(sp.core == 1 && sp.last == 6 && sp.hy == 8 && sp.hylen == 1 &&
	    sp.rlen == 4);
	CHECK(hyphen_split("self\xe2\x80\x90", 7, "rule", 4, &sp) == 1);
	CHECK(sp.core == 0 && sp.last == 0 && sp.hy == 4 && sp.hylen == 3 &&
	    sp.rlen == 4);
	CHECK(hyphen_split("na\xc3\xaf\xc2\xad", 6, "ve.", 3, &sp) == 1);
	CHECK(sp.last == 0 && sp.hy == 4 && sp.hylen == 2 && sp.rlen == 2);
	CHECK(hyphen_split("U.S.-", 5, "led", 3, &sp) == 0);
	CHECK(sp.hy == 4 && sp.last == 4);
	CHECK(hyphen_split("word", 4, "led", 3, &sp) == 0);

	CHECK(hyphen_forms("(face-to-", 9, "face),", 6, &j, &h) == 1);
	CHECK(strcmp(j.s, "face-toface") == 0 && j.n == 11);
	CHECK(strcmp(h.s, "face-to-face") == 0 && h.n == 12);
	CHECK(hyphen_forms("Infor-", 6, "mation", 6, &j, &h) == 1);
	CHECK(strcmp(j.s, "Information") == 0);	/* not folded */
	CHECK(strcmp(h.s, "Infor-mation") == 0);
	CHECK(hyphen_forms("self\xe2\x80\x90", 7, "rule", 4, &j, &h) == 1);
	CHECK(strcmp(j.s, "selfrule") == 0);
	CHECK(strcmp(h.s, "self\xe2\x80\x90rule") == 0);
	CHECK(hyphen_forms("--", 2, "rule", 4, &j, &h) == 0);
	CHECK(j.n == 0 && h.n == 0);
	str_free(&j);
	str_free(&h);

	CHECK(strcmp(hyphen_rulename(HR_NOWORD), "noword") == 0);
	CHECK(strcmp(hyphen_rulename(HR_CORPUS), "corpus") == 0);
	CHECK(strcmp(hyphen_rulename(HR_HALVES), "halves") == 0);
	CHECK(strcmp(hyphen_rulename(HR_DEFAULT), "default") == 0);
	CHECK(strcmp(hyphen_rulename(0), "?") == 0);
	CHECK(strcmp(hyphen_rulename(HR_DEFAULT + 1), "?") == 0);
	CHECK(strcmp(hyphen_rulename(-1), "?") == 0);
}

/* Random parts from pieces that matter (hyphens, soft hyphens, U+2010
 * and its prefixes, letters, capitals, digits, "@", "://", invalid
 * bytes): every verdict is one of the two with a known rule, and the
 * forms exist exactly when the rule is not NOWORD.  Exact-size heap
 * copies let ASan see any read past an end. */
static void
test_random(const struct words *w)
{
	static const char *const bits[] = { "-", "\xc2\xad", "\xe2\x80\x90",
	    "\xe2\x80", "\xe2", "\xc2", "a", "in", "form", "E", "US", "7",
	    "@", "://", ".", "www.", "\xff", "\x80", "\xc3\xa9", "\xcc\x81",
	    " ", "(" };
	const size_t nbits = sizeof(bits) / sizeof(bits[0]);
	struct str a = { 0 }, b = { 0 }, j = { 0 }, h = { 0 };
	uint64_t x = 88172645463325252ULL;
	int i, k, act, rule;

	for (i = 0; i < 20000; i++) {
		char *l, *r;

		str_clear(&a);
		str_clear(&b);
		for (k = (int)(x % 6); k > 0; k--) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			str_add(&a, bits[x % nbits], strlen(bits[x % nbits]));
		}
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		for (k = (int)(x % 4); k > 0; k--) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			str_add(&b, bits[x % nbits], strlen(bits[x % nbits]));
		}
		if (x & 1)
			str_add(&a, "-", 1);
		l = xmalloc(a.n ? a.n : 1);
		r = xmalloc(b.n ? b.n : 1);
		if (a.n)
			memcpy(l, a.s, a.n);
		if (b.n)
			memcpy(r, b.s, b.n);
		act = hyphen_judge(l, a.n, r, b.n, x % 3, (x >> 8) % 3, w,
		    &rule);
		CHECK(act == J || act == K);
		CHECK(rule >= HR_NOWORD && rule <= HR_DEFAULT);
		CHECK(hyphen_forms(l, a.n, r, b.n, &j, &h) ==
		    (rule != HR_NOWORD));
		CHECK(j.n < h.n || rule == HR_NOWORD);
		free(l);
		free(r);
	}
	str_free(&a);
	str_free(&b);
	str_free(&j);
	str_free(&h);
}

int
main(void)
{
	struct words *w = words_new();

	words_add(w, "in", 2);
	words_add(w, "form", 4);
	words_add(w, "inform", 6);
	test_random(NULL);
	test_random(w);
	words_free(w);
	test_rules();
	test_wamerican();
	test_split();
	printf("test_hyphen: %d checks passed\n", nchecks);
	return 0;
}
