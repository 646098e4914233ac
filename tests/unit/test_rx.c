/*
 * test_rx: the pcre2 wrapper, with and without JIT.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rx.h"
#include "util.h"

#include "check.h"

static char err[256];
static unsigned jitflag;	/* 0 or RX_NOJIT */

static struct rx *
comp(const char *pat, unsigned flags)
{
	err[0] = '\0';
	return rx_compile(pat, strlen(pat), flags | jitflag, err, sizeof(err));
}

/* The first match of pat in s from start: 1 with [*ms, *me), 0, or -1. */
static int
find(const char *pat, unsigned flags, const char *s, size_t start,
    size_t *ms, size_t *me)
{
	struct rx *r;
	int rc;

	r = comp(pat, flags);
	if (r == NULL) {
		fprintf(stderr, "%s: %s\n", pat, err);
		CHECK(r != NULL);
	}
	*ms = *me = (size_t)-1;
	rc = rx_exec(r, s, strlen(s), start, ms, me, err, sizeof(err));
	rx_free(r);
	return rc;
}

/* Matches pat in s at exactly [ms, me). */
static int
at(const char *pat, unsigned flags, const char *s, size_t ms, size_t me)
{
	size_t a, b;

	return find(pat, flags, s, 0, &a, &b) == 1 && a == ms && b == me;
}

static int
nomatch(const char *pat, unsigned flags, const char *s)
{
	size_t a, b;

	return find(pat, flags, s, 0, &a, &b) == 0;
}

/* Compiling pat fails with "bad regex at offset off: ...". */
static int
bad(const char *pat, size_t n, unsigned flags, size_t off)
{
	char want[64];
	struct rx *r;

	err[0] = '\0';
	r = rx_compile(pat, n, flags | jitflag, err, sizeof(err));
	if (r != NULL) {
		rx_free(r);
		return 0;
	}
	snprintf(want, sizeof(want), "bad regex at offset %zu: ", off);
	if (strncmp(err, want, strlen(want)) != 0 || strlen(err) <= strlen(want)) {
		fprintf(stderr, "%s: got \"%s\", want \"%s...\"\n", pat, err,
		    want);
		return 0;
	}
	return 1;
}

/* CPU time of this process: a bound on work that a loaded machine does not
 * stretch (the wall clock would make the test flaky, not stricter). */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
test_compile_errors(void)
{
	CHECK(bad("a(b", 3, 0, 3));
	CHECK(strstr(err, "missing closing parenthesis") != NULL);
	CHECK(bad("a(b", 3, RX_WORD, 3));	/* not 8: the user's offset */
	CHECK(bad("ab)", 3, 0, 2));
	CHECK(bad("ab)", 3, RX_WORD, 2));	/* cannot close our group */
	CHECK(bad("abc\\", 4, 0, 4));
	CHECK(bad("abc\\", 4, RX_WORD, 4));
	CHECK(bad("x{2,1}", 6, RX_WORD | RX_ICASE, 5));
	CHECK(bad("[z-a]", 5, 0, 3));
	CHECK(bad("a\xff", 2, 0, 1));		/* invalid UTF-8 */
	CHECK(bad("a\xff", 2, RX_LITERAL, 1));
	CHECK(bad("a.b\xff", 4, RX_LITERAL | RX_WORD, 3));
	CHECK(bad("a\\Cb", 4, 0, 3));		/* \C is refused */
	/* errbuf may be NULL or tiny */
	CHECK(rx_compile("(", 1, jitflag, NULL, 0) == NULL);
	CHECK(rx_compile("(", 1, jitflag, err, 8) == NULL);
	CHECK(strcmp(err, "bad reg") == 0);
}

static void
test_match(void)
{
	struct rx *r;
	size_t ms, me;

	CHECK(at("b+", 0, "aabbbc", 2, 5));
	CHECK(nomatch("d", 0, "aabbbc"));
	CHECK(at("", 0, "abc", 0, 0));
	CHECK(at("x*", 0, "abc", 0, 0));	/* an empty match is a match */
	CHECK(at("\\d+", 0, "ab 123", 3, 6));
	CHECK(at("\\w+", 0, "!caf\xc3\xa9!", 1, 6));	/* UCP: é is \w */
	CHECK(at("\\p{Lu}", 0, "ab\xc3\x89", 2, 4));
	CHECK(at(".", 0, "\xe2\x80\x99", 0, 3));	/* UTF: one char */
	CHECK(at("a\\tb", 0, "xa\tb", 1, 4));

	/* Start offsets, the end of the subject and beyond. */
	r = comp("a|$", 0);
	CHECK(r != NULL);
	CHECK(rx_exec(r, "aXa", 3, 1, &ms, &me, err, sizeof(err)) == 1);
	CHECK(ms == 2 && me == 3);
	CHECK(rx_exec(r, "aXa", 3, 3, &ms, &me, err, sizeof(err)) == 1);
	CHECK(ms == 3 && me == 3);
	CHECK(rx_exec(r, "aXa", 3, 4, &ms, &me, err, sizeof(err)) == 0);
	CHECK(rx_exec(r, NULL, 0, 0, &ms, &me, err, sizeof(err)) == 1);
	CHECK(ms == 0 && me == 0);
	/* The subject is s[0..n), not up to a NUL. */
	CHECK(rx_exec(r, "XXa", 2, 0, &ms, &me, err, sizeof(err)) == 1);
	CHECK(ms == 2 && me == 2);
	rx_free(r);
	rx_free(NULL);

	/* One rx reused for many subjects (match data is per rx). */
	r = comp("o+", 0);
	for (ms = 0; ms < 1000; ms++) {
		size_t a, b;

		if (rx_exec(r, "foo", 3, 0, &a, &b, err, sizeof(err)) != 1 ||
		    a != 1 || b != 3)
			break;
	}
	CHECK(ms == 1000);
	rx_free(r);
}

static void
test_word(void)
{
	CHECK(at("cat", RX_WORD, "concatenate cat", 12, 15));
	CHECK(nomatch("cat", RX_WORD, "concatenate"));
	CHECK(nomatch("cat", RX_WORD, "cats"));
	CHECK(at("cat|dog", RX_WORD, "hotdog dog", 7, 10));
	CHECK(at("caf\xc3\xa9", RX_WORD, "un caf\xc3\xa9 noir", 3, 8));
	CHECK(nomatch("caf", RX_WORD, "un caf\xc3\xa9 noir"));	/* é is a letter */
	CHECK(nomatch("na", RX_WORD, "na\xc3\xafve"));
	CHECK(at("na", RX_WORD, "na-\xc3\xafve", 0, 2));
	/* The pattern cannot escape the wrapper. */
	CHECK(nomatch("a\\Qb", RX_WORD, "xab"));
	CHECK(at("a\\Qb", RX_WORD, "x ab", 2, 4));
	CHECK(at("(?x) a # comment", RX_WORD, "ba a", 3, 4));
	CHECK(nomatch("(?x) a # comment", RX_WORD, "ba"));
}

static void
test_icase(void)
{
	CHECK(nomatch("\xc3\x89", 0, "caf\xc3\xa9"));		/* É vs é */
	CHECK(at("\xc3\x89", RX_ICASE, "caf\xc3\xa9", 3, 5));
	CHECK(at("CAF\xc3\x89", RX_ICASE | RX_WORD, "le caf\xc3\xa9", 3, 8));
	CHECK(at("\xc3\x89", RX_ICASE | RX_LITERAL, "caf\xc3\xa9", 3, 5));
	CHECK(at("\xce\xa3", RX_ICASE, "\xcf\x82", 0, 2));	/* Σ vs ς */
	CHECK(at("hello", RX_ICASE, "say HeLLo", 4, 9));
	CHECK(nomatch("hello", 0, "say HeLLo"));
}

static void
test_literal(void)
{
	struct rx *r;

	CHECK(at("a.b(", RX_LITERAL, "xa.b(y", 1, 5));
	CHECK(nomatch("a.b(", RX_LITERAL, "axb(y"));
	CHECK(comp("a.b(", 0) == NULL);		/* not a regex */
	CHECK(at("a.b", RX_LITERAL | RX_WORD, "xa.b a.b", 5, 8));
	CHECK(nomatch("a.b", RX_LITERAL | RX_WORD, "xa.b axb"));
	CHECK(at("x\\Ey", RX_LITERAL | RX_WORD, "x\\Ey", 0, 4));
	CHECK(at("[*+?]{}^$|\\", RX_LITERAL, "-[*+?]{}^$|\\-", 1, 12));
	CHECK(at("a[*+?]{}^$|\\b", RX_LITERAL | RX_WORD,
	    "-a[*+?]{}^$|\\b-", 1, 14));
	/* \b needs a word character on one side, as the wrapper says. */
	CHECK(nomatch("[*]", RX_LITERAL | RX_WORD, "-[*]-"));
	CHECK(at("a\tb", RX_LITERAL | RX_WORD, "z a\tb z", 2, 5));
	CHECK(at("C++", RX_LITERAL | RX_ICASE, "in c++ and", 3, 6));
	CHECK(at("d\xc3\xa9j\xc3\xa0", RX_LITERAL | RX_WORD | RX_ICASE,
	    "D\xc3\x89J\xc3\x80 vu", 0, 6));
	CHECK(at("", RX_LITERAL, "abc", 0, 0));
	/* A NUL inside a literal pattern */
	r = rx_compile("a\0b", 3, RX_LITERAL | RX_WORD | jitflag, err,
	    sizeof(err));
	CHECK(r != NULL);
	{
		size_t ms, me;

		CHECK(rx_exec(r, "xx a\0b", 6, 0, &ms, &me, err,
		    sizeof(err)) == 1 && ms == 3 && me == 6);
	}
	rx_free(r);
}

/* Catastrophic backtracking ends with -1, fast, and the rx stays usable. */
static void
test_limit(void)
{
	static const char subj[] = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";
	struct rx *r;
	size_t ms, me, n;
	double t0, t, limit;
	char *deep;
	const char *p;
	int rc;

	/* Valgrind runs code some 50 times slower. */
	p = getenv("LD_PRELOAD");
	limit = p != NULL && strstr(p, "vgpreload") != NULL ? 60.0 : 1.0;
	r = comp("(a+)+$", 0);
	CHECK(r != NULL);
	t0 = now();
	rc = rx_exec(r, subj, strlen(subj), 0, &ms, &me, err, sizeof(err));
	t = now() - t0;
	CHECK(rc == -1);
	CHECK(strcmp(err,
	    "match limit exceeded: the pattern backtracks too much") == 0);
	CHECK(t < limit);
	printf("test_rx: (a+)+$ gave up after %.3f s (%s)\n", t,
	    jitflag ? "no JIT" : "JIT if available");
	/* The floor is spent; the next document matches again. */
	rx_budget(r, 0);
	CHECK(rx_exec(r, "aaa", 3, 0, &ms, &me, err, sizeof(err)) == 1);
	CHECK(ms == 0 && me == 3);
	rx_free(r);

	/* A deep but linear match needs a big JIT stack / deep frames. */
	n = 200000;
	deep = xmalloc(n + 2);
	memset(deep, 'a', n);
	deep[n] = 'd';
	deep[n + 1] = '\0';
	r = comp("(a|bc)*d", 0);
	CHECK(r != NULL);
	rc = rx_exec(r, deep, n + 1, 0, &ms, &me, err, sizeof(err));
	if (rc != 1)
		fprintf(stderr, "deep: %d %s\n", rc, err);
	CHECK(rc == 1 && ms == 0 && me == n + 1);
	rx_free(r);
	free(deep);
}

/*
 * The budget is shared by the calls of one document: a pattern that
 * stays under pcre2's limit in every call still stops once the document's
 * work is spent, and a new document starts afresh.
 */
static void
test_budget(void)
{
	/* Some 6,000 steps a call: the floor of 2^22 steps lasts some
	 * 700 calls, 4 KB of budget some 90 more. */
	static const char subj[] = "aaaaaaaaaa! ";
	size_t ms, me, i, calls = 0, n = strlen(subj);
	struct rx *r;
	int rc = 0;

	r = comp("(a+)+$", 0);
	CHECK(r != NULL);
	CHECK(rx_failure(r) == NULL);
	/* An empty document's floor runs out within 5,000 calls. */
	rx_budget(r, 0);
	for (i = 0; i < 5000 && (rc = rx_exec(r, subj, n, 0, &ms, &me, err,
	    sizeof(err))) == 0; i++)
		calls++;
	CHECK(rc == -1);
	CHECK(calls > 350 && calls < 1400);
	printf("test_budget: the floor lasted %zu calls\n", calls);
	CHECK(strcmp(err,
	    "match limit exceeded: the pattern backtracks too much") == 0);
	CHECK(rx_failure(r) != NULL && strcmp(rx_failure(r), err) == 0);
	/* Spent stays spent, even for a cheap call ... */
	CHECK(rx_exec(r, "aaa!", 4, 0, &ms, &me, err, sizeof(err)) == -1);
	/* ... until the next document, which gets the floor again. */
	rx_budget(r, 0);
	CHECK(rx_failure(r) == NULL);
	CHECK(rx_exec(r, subj, n, 0, &ms, &me, err, sizeof(err)) == 0);
	CHECK(rx_exec(r, "aaa", 3, 0, &ms, &me, err, sizeof(err)) == 1);
	/* A document with 5,000 such pieces among its 320 KB has the work
	 * for all of them ... */
	rx_budget(r, 5000 * 64);
	for (i = 0; i < 5000; i++)
		if (rx_exec(r, subj, n, 0, &ms, &me, err, sizeof(err)) != 0)
			break;
	CHECK(i == 5000);
	/* ... and so has one that arrives in pieces. */
	rx_budget(r, 0);
	for (i = 0; i < 5000; i++) {
		rx_budget_more(r, 64);
		if (rx_exec(r, subj, n, 0, &ms, &me, err, sizeof(err)) != 0)
			break;
	}
	CHECK(i == 5000);
	CHECK(rx_failure(r) == NULL);
	/* Sizes whose budget passes 2^64 saturate instead of wrapping to
	 * the floor (2^57 * 128 is 2^64). */
	rx_budget(r, sizeof(size_t) >= 8 ? (size_t)1 << 57 : (size_t)-1);
	for (i = 0; i < 5000; i++)
		if (rx_exec(r, subj, n, 0, &ms, &me, err, sizeof(err)) != 0)
			break;
	CHECK(i == 5000);
	rx_free(r);
}

static void
run(void)
{
	test_compile_errors();
	test_match();
	test_word();
	test_icase();
	test_literal();
	test_limit();
	test_budget();
}

int
main(void)
{
	run();
	jitflag = RX_NOJIT;
	run();
	printf("test_rx: %d checks passed\n", nchecks);
	return 0;
}
