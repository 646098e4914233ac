/*
 * fuzz_rx.c: the pcre2 wrapper (rx.h) on a pattern and a subject from the
 * bytes, with a time oracle: every rx_exec call must end within
 * RX_CALL_SECONDS (1 s of CPU time), the bound the match limits promise
 * ("a backtracking pattern stops at the match limit"); a slower call
 * aborts with its time.  Also checked:
 *
 *  - rx_compile gives a pattern or "bad regex at offset N: message" with
 *    N inside the pattern;
 *  - rx_exec walks the subject as txkwic does: every match lies inside
 *    [start, n), ascending, on character boundaries; -1 only with the
 *    limit's (or pcre2's) message;
 *  - with and without the JIT the same matches (or both at the limit);
 *  - RX_LITERAL finds what memmem finds, RX_LITERAL | RX_WORD the
 *    pattern's bytes, and rx_quote's pattern matches like RX_LITERAL.
 *
 * Bytes: the first holds the flags (RX_ICASE, RX_WORD, RX_LITERAL), then
 * the pattern up to the first NUL, then the subject (valid UTF-8 only:
 * the tools validate before they match).  FUZZ_RX_TIMES=1 in the
 * environment prints each call's time.
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "rx.h"
#include "utf8.h"
#include "fuzz.h"

#define RX_CALL_SECONDS	1.0
#define MAXMATCH	64

static double
now(void)
{
	struct timespec ts;

	/* CPU time of this thread: a loaded machine does not slow it. */
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* All matches of r in s[0..n), as txkwic finds them; returns their
 * number (at most MAXMATCH), or -1 when the limit stopped it. */
static int
walk(struct rx *r, const char *s, size_t n, size_t *m)
{
	size_t pos = 0, ms, me;
	char eb[256];
	int k = 0, rc;

	while (k < MAXMATCH) {
		double t0 = now(), dt;

		eb[0] = '\0';
		rc = rx_exec(r, s, n, pos, &ms, &me, eb, sizeof(eb));
		dt = now() - t0;
		if (getenv("FUZZ_RX_TIMES") != NULL)
			fprintf(stderr, "rx_exec: %.3f s, %d\n", dt, rc);
		FZ_CHECK(dt <= RX_CALL_SECONDS, "rx_exec took %.2f s (subject "
		    "of %zu bytes, from %zu)", dt, n, pos);
		if (rc == 0)
			break;
		if (rc == -1) {
			FZ_CHECK(eb[0] != '\0', "-1 without a message");
			return -1;
		}
		FZ_CHECK(rc == 1, "rx_exec returned %d", rc);
		FZ_CHECK(pos <= ms && ms <= me && me <= n, "match [%zu, %zu) "
		    "from %zu in %zu", ms, me, pos, n);
		FZ_CHECK((ms == n || ((unsigned char)s[ms] & 0xC0) != 0x80) &&
		    (me == n || ((unsigned char)s[me] & 0xC0) != 0x80),
		    "match [%zu, %zu) cuts a character", ms, me);
		m[2 * k] = ms;
		m[2 * k + 1] = me;
		k++;
		if (me > ms)
			pos = me;
		else {
			/* An empty match: on past its character. */
			if (me >= n)
				break;
			pos = me + 1;
			while (pos < n && ((unsigned char)s[pos] & 0xC0) == 0x80)
				pos++;
		}
	}
	return k;
}

static struct rx *
compile(const char *pat, size_t pn, unsigned flags)
{
	char eb[256];
	struct rx *r;
	size_t off;
	int used = 0;

	eb[0] = '\0';
	r = rx_compile(pat, pn, flags, eb, sizeof(eb));
	if (r == NULL) {
		FZ_CHECK(sscanf(eb, "bad regex at offset %zu: %n", &off,
		    &used) == 1 && used > 0 && off <= pn, "compile error '%s' "
		    "(pattern of %zu bytes)", eb, pn);
	}
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static size_t m1[2 * MAXMATCH], m2[2 * MAXMATCH];
	const char *pat, *s, *nul;
	size_t pn, sn;
	unsigned flags;
	struct rx *r, *rn;
	int k1, k2, i;

	if (n == 0)
		return 0;
	flags = data[0] & (RX_ICASE | RX_WORD | RX_LITERAL);
	pat = (const char *)data + 1;
	nul = memchr(pat, '\0', n - 1);
	pn = nul ? (size_t)(nul - pat) : n - 1;
	s = nul ? nul + 1 : pat + pn;
	sn = (size_t)((const char *)data + n - s);
	if (utf8_validate(s, sn) < sn)
		sn = utf8_validate(s, sn);	/* its valid part */

	if ((r = compile(pat, pn, flags)) == NULL) {
		FZ_CHECK(compile(pat, pn, flags | RX_NOJIT) == NULL,
		    "compiles only without the JIT");
		return 0;
	}
	rn = compile(pat, pn, flags | RX_NOJIT);
	FZ_CHECK(rn != NULL, "compiles only with the JIT");
	k1 = walk(r, s, sn, m1);
	k2 = walk(rn, s, sn, m2);
	/* The JIT and the interpreter count their limits differently: a
	 * walk stopped by one proves nothing about the other. */
	if (k1 >= 0 && k2 >= 0) {
		FZ_CHECK(k1 == k2, "%d matches with the JIT, %d without", k1,
		    k2);
		for (i = 0; i < 2 * k1; i++)
			FZ_CHECK(m1[i] == m2[i], "match %d: %zu with the JIT, "
			    "%zu without", i / 2, m1[i], m2[i]);
	}
	if (flags == RX_LITERAL && k1 >= 0) {
		const char *hit = pn > 0 ? memmem(s, sn, pat, pn) : s;

		FZ_CHECK(hit == NULL ? k1 == 0 : k1 > 0 &&
		    m1[0] == (size_t)(hit - s) && m1[1] == m1[0] + pn,
		    "literal: rx at %zu, memmem at %zd", k1 > 0 ? m1[0] : 0,
		    hit ? (ssize_t)(hit - s) : (ssize_t)-1);
	}
	if (flags == (RX_LITERAL | RX_WORD) && k1 > 0)
		FZ_CHECK(m1[1] - m1[0] == pn && memcmp(s + m1[0], pat, pn) == 0,
		    "a whole-word literal matched other bytes");
	if ((flags & ~RX_ICASE) == RX_LITERAL && utf8_validate(pat, pn) == pn) {
		struct str q = { 0 };
		struct rx *rq;
		int kq;

		rx_quote(pat, pn, &q);
		rq = compile(q.s, q.n, flags & RX_ICASE);
		FZ_CHECK(rq != NULL, "rx_quote's pattern '%s' does not compile",
		    q.s);
		kq = walk(rq, s, sn, m2);
		if (kq >= 0 && k1 >= 0) {
			FZ_CHECK(kq == k1, "rx_quote: %d matches, RX_LITERAL %d",
			    kq, k1);
			for (i = 0; i < 2 * k1; i++)
				FZ_CHECK(m1[i] == m2[i], "rx_quote: match %d "
				    "differs", i / 2);
		}
		rx_free(rq);
		str_free(&q);
	}
	rx_free(r);
	rx_free(rn);
	return 0;
}
