/*
 * rx.c: the pcre2 wrapper.  One struct rx owns the compiled code, its
 * match data, a match context with limits, and a JIT stack when JIT works.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <err.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"
#include "util.h"

/* Limits: a runaway pattern fails in a fraction of a second instead of
 * hanging.  The heap limit is in KiB. */
#define MATCH_LIMIT	10000000
#define DEPTH_LIMIT	1000000
#define HEAP_LIMIT	(512 * 1024)
#define JIT_STACK_MIN	(32 * 1024)
/* Steps a start position may take uncounted (see count_step). */
#define FREE_STEPS	256
#define JIT_STACK_MAX	(16 * 1024 * 1024)	/* callouts take half */

/*
 * pcre2 10.38 and later wrap a pattern in \b(?: ... )\b themselves
 * (PCRE2_EXTRA_MATCH_WORD), which keeps error offsets in the user's
 * terms and cannot be undone by the pattern (an unbalanced ")", an
 * unterminated \Q or a (?x) comment).  Older ones get the text wrapper,
 * after compiling the pattern alone for its errors; there a (?x) comment
 * running to the end of the pattern still swallows the closing ")".
 */
#if defined(PCRE2_EXTRA_MATCH_WORD) && !defined(RX_TEXT_WRAP)
#define HAVE_MATCH_WORD 1
#else
#define HAVE_MATCH_WORD 0
#endif
#define WORD_PRE	"\\b(?:"
#define WORD_POST	"\\E)\\b"	/* \E closes a \Q the pattern left open */

struct rx {
	pcre2_code		*code;	/* the pattern */
	pcre2_code		*counted;	/* the same with auto callouts */
	pcre2_match_data	*md;
	pcre2_match_context	*mfree;	/* FREE_STEPS a start position */
	pcre2_match_context	*mctx;	/* the limits, and count_step */
	pcre2_jit_stack		*jstack;
	unsigned long long	 left;	/* steps of work the document has left */
	char			 why[80];	/* why a match failed, or "" */
};

/* Offsets in the quoted pattern -> offsets in the user's (VEC-style). */
struct offmap {
	size_t	*v;
	size_t	 n, cap;
};

static void
seterr(char *errbuf, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (errbuf == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(errbuf, errlen, fmt, ap);
	va_end(ap);
}

static void
compile_err(int code, size_t off, char *errbuf, size_t errlen)
{
	PCRE2_UCHAR msg[256];

	if (pcre2_get_error_message(code, msg, sizeof(msg)) < 0)
		snprintf((char *)msg, sizeof(msg), "error %d", code);
	seterr(errbuf, errlen, "bad regex at offset %zu: %s", off,
	    (char *)msg);
}

/*
 * Quotes a fixed string as a pattern: ASCII letters, digits and bytes of
 * multibyte characters stay as they are, other printable ASCII gets a
 * backslash, control characters become \x{hh}.  map[i] is the offset in
 * s of the byte written at offset i, for error messages.
 */
static void
quote(const char *s, size_t n, struct str *out, struct offmap *map)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char c;
	size_t i, k, before;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		before = out->n;
		if (c >= 0x80 || (c >= '0' && c <= '9') ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			str_addc(out, (char)c);
		else if (c >= 0x20 && c < 0x7f) {
			str_addc(out, '\\');
			str_addc(out, (char)c);
		} else {
			str_add(out, "\\x{", 3);
			str_addc(out, hex[c >> 4]);
			str_addc(out, hex[c & 0xf]);
			str_addc(out, '}');
		}
		for (k = before; k < out->n; k++)
			VEC_PUSH(*map, i);
	}
}

void
rx_quote(const char *s, size_t n, struct str *out)
{
	struct offmap map = { 0 };

	quote(s, n, out, &map);
	VEC_FREE(map);
}

/*
 * pcre2's match limit counts the work at one start position, so a pattern
 * just under it at every position of a long text runs for minutes.  A
 * call first runs with a limit of FREE_STEPS a position, which honest
 * patterns seldom reach; one that reaches it runs again as `counted',
 * whose automatic callouts, one before each pattern item, count every
 * step against the document's budget.  The work of a document is then at
 * most FREE_STEPS a start position tried plus its budget, and the
 * callouts (half the speed of a pattern that takes many steps) cost only
 * the calls that need them.
 */
static int
count_step(pcre2_callout_block *cb, void *arg)
{
	struct rx *r = arg;

	(void)cb;
	if (r->left == 0)
		return PCRE2_ERROR_MATCHLIMIT;
	r->left--;
	return 0;
}

static void
nomem(void)
{
	errx(STATUS_TROUBLE, "out of memory");
}

static void
compile_fail(int ec, size_t off, size_t pre, const size_t *map, size_t nmap,
    size_t n, char *errbuf, size_t errlen)
{
	off = off > pre ? off - pre : 0;
	if (map != NULL)
		off = off < nmap ? map[off] : n;
	if (off > n)
		off = n;
	compile_err(ec, off, errbuf, errlen);
}

struct rx *
rx_compile(const char *pat, size_t n, unsigned flags, char *errbuf,
    size_t errlen)
{
	pcre2_compile_context *cctx = NULL;
	pcre2_code *code;
	struct rx *r;
	struct str q = { 0 }, w = { 0 };
	struct offmap map = { 0 };
	const char *p = pat != NULL ? pat : "";
	size_t len = n, pre = 0, off;
	pcre2_code *counted = NULL;
	uint32_t opts = PCRE2_UTF | PCRE2_UCP, extra = 0, jit = 0;
	int ec;

	if (flags & RX_ICASE)
		opts |= PCRE2_CASELESS;
	if ((flags & RX_LITERAL) && !(flags & RX_WORD)) {
		/* PCRE2_LITERAL refuses PCRE2_UCP, which only changes \b,
		 * \w and classes, none of which a literal has. */
		opts = (opts & ~PCRE2_UCP) | PCRE2_LITERAL;
	} else {
		/* \C could stop a match inside a UTF-8 character. */
		opts |= PCRE2_NEVER_BACKSLASH_C;
		if (flags & RX_LITERAL) {
			quote(p, n, &q, &map);
			p = q.s;
			len = q.n;
		}
	}
	if ((flags & RX_WORD) && HAVE_MATCH_WORD)
		extra |= PCRE2_EXTRA_MATCH_WORD;
	else if (flags & RX_WORD) {
		/* Compiled alone first, so that errors point into the
		 * user's pattern and the wrapper cannot change it. */
		code = pcre2_compile((PCRE2_SPTR)p, len, opts, &ec, &off, NULL);
		if (code == NULL) {
			compile_fail(ec, off, 0, map.v, map.n, n, errbuf,
			    errlen);
			goto out;
		}
		pcre2_code_free(code);
		pre = sizeof(WORD_PRE) - 1;
		str_add(&w, WORD_PRE, pre);
		str_add(&w, p, len);
		str_add(&w, WORD_POST, sizeof(WORD_POST) - 1);
		p = w.s;
		len = w.n;
	}
	if (extra != 0) {
		if ((cctx = pcre2_compile_context_create(NULL)) == NULL)
			nomem();
		pcre2_set_compile_extra_options(cctx, extra);
	}
	code = pcre2_compile((PCRE2_SPTR)p, len, opts, &ec, &off, cctx);
	if (code == NULL)
		compile_fail(ec, off, pre, map.v, map.n, n, errbuf, errlen);
	else if ((counted = pcre2_compile((PCRE2_SPTR)p, len,
	    opts | PCRE2_AUTO_CALLOUT, &ec, &off, cctx)) == NULL)
		nomem();	/* it compiled without the callouts */
	pcre2_compile_context_free(cctx);
out:
	str_free(&q);
	str_free(&w);
	VEC_FREE(map);
	if (code == NULL)
		return NULL;

	r = xcalloc(1, sizeof(*r));
	r->code = code;
	r->counted = counted;
	if ((r->md = pcre2_match_data_create_from_pattern(code, NULL)) == NULL ||
	    (r->mctx = pcre2_match_context_create(NULL)) == NULL ||
	    (r->mfree = pcre2_match_context_create(NULL)) == NULL)
		nomem();
	pcre2_set_match_limit(r->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(r->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(r->mctx, HEAP_LIMIT);
	pcre2_set_callout(r->mctx, count_step, r);
	pcre2_set_match_limit(r->mfree, FREE_STEPS);
	pcre2_set_depth_limit(r->mfree, FREE_STEPS);
	pcre2_set_heap_limit(r->mfree, HEAP_LIMIT);
	rx_budget(r, 0);
	/* TX_NOJIT=1 turns the JIT off: valgrind cannot follow JIT code
	 * (its fast scans read whole words past a match's bytes). */
	if (!(flags & RX_NOJIT) && getenv("TX_NOJIT") == NULL &&
	    pcre2_config(PCRE2_CONFIG_JIT, &jit) >= 0 && jit == 1 &&
	    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0 &&
	    pcre2_jit_compile(counted, PCRE2_JIT_COMPLETE) == 0) {
		r->jstack = pcre2_jit_stack_create(JIT_STACK_MIN,
		    JIT_STACK_MAX, NULL);
		if (r->jstack != NULL) {
			pcre2_jit_stack_assign(r->mctx, NULL, r->jstack);
			pcre2_jit_stack_assign(r->mfree, NULL, r->jstack);
		}
	}
	return r;
}

int
rx_exec(struct rx *r, const char *s, size_t n, size_t start, size_t *ms,
    size_t *me, char *errbuf, size_t errlen)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE *ov;
	int rc;

	if (start > n)
		return 0;
	if (s == NULL)
		s = "";
	if (r->left == 0)
		rc = PCRE2_ERROR_MATCHLIMIT;	/* spent stays spent */
	else if ((rc = pcre2_match(r->code, (PCRE2_SPTR)s, n, start,
	    PCRE2_NO_UTF_CHECK, r->md, r->mfree)) < 0 &&
	    rc != PCRE2_ERROR_NOMATCH)
		rc = pcre2_match(r->counted, (PCRE2_SPTR)s, n, start,
		    PCRE2_NO_UTF_CHECK, r->md, r->mctx);
	if (rc >= 0) {
		ov = pcre2_get_ovector_pointer(r->md);
		*ms = ov[0];
		*me = ov[1];
		return 1;
	}
	switch (rc) {
	case PCRE2_ERROR_NOMATCH:
		return 0;
	case PCRE2_ERROR_MATCHLIMIT:
	case PCRE2_ERROR_DEPTHLIMIT:
	case PCRE2_ERROR_HEAPLIMIT:
	case PCRE2_ERROR_JIT_STACKLIMIT:
		seterr(r->why, sizeof(r->why),
		    "match limit exceeded: the pattern backtracks too much");
		break;
	default:
		if (pcre2_get_error_message(rc, msg, sizeof(msg)) < 0)
			snprintf((char *)msg, sizeof(msg), "error %d", rc);
		seterr(r->why, sizeof(r->why), "%s", (char *)msg);
		break;
	}
	seterr(errbuf, errlen, "%s", r->why);
	return -1;
}

const char *
rx_failure(const struct rx *r)
{
	return r->why[0] != '\0' ? r->why : NULL;
}

void
rx_budget(struct rx *r, size_t n)
{
	r->left = RX_WORK_FLOOR;
	r->why[0] = '\0';
	rx_budget_more(r, n);
}

void
rx_budget_more(struct rx *r, size_t n)
{
	unsigned long long add;

	add = n > ULLONG_MAX / RX_WORK_PER_BYTE ? ULLONG_MAX :
	    RX_WORK_PER_BYTE * n;
	r->left = add > ULLONG_MAX - r->left ? ULLONG_MAX : r->left + add;
}

void
rx_free(struct rx *r)
{
	if (r == NULL)
		return;
	pcre2_match_data_free(r->md);
	pcre2_match_context_free(r->mctx);
	pcre2_match_context_free(r->mfree);
	pcre2_jit_stack_free(r->jstack);
	pcre2_code_free(r->code);
	pcre2_code_free(r->counted);
	free(r);
}
