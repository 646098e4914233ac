/*
 * zhseg.c: jieba's segmentation (model and contract in zhseg.h).
 *
 * Written from the algorithm of jieba 0.42.1 (jieba/__init__.py: get_DAG,
 * calc, __cut_DAG, __cut_DAG_NO_HMM, add_word, suggest_freq,
 * load_userdict; jieba/finalseg: viterbi), not from its code.  The
 * comparison with python jieba is tests/zh.bats.
 *
 * The dictionary is one open-addressing table of every word and every
 * prefix of a word, keyed by its UTF-8 bytes in the model's copy of the
 * dictionary text (FNV-1a, extended one character at a time as the DAG
 * grows a word); single characters of jieba's range also have a direct
 * table, the first step of every DAG walk.  Scores are computed in the
 * same order of double operations as jieba, so that ties fall the same
 * way: (log(freq) - log(total)) + rest.
 *
 * Decisions:
 *  - the HMM is read at run time from the Python sources python3-jieba
 *    installs next to dict.txt (finalseg/prob_*.py), not compiled in: the
 *    dictionary is read at run time anyway, so one installed package
 *    gives both halves of the model and they cannot be of two versions;
 *    parsing them costs a few milliseconds (DEVELOPERS.md);
 *  - a run longer than the caller's room is cut in pieces at boundaries
 *    next to a word of two characters or more: the route at a position
 *    depends only on what follows it, and the HMM's stretches end there.
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <err.h>

#include "io.h"
#include "util.h"
#include "utf8.h"
#include "zhseg.h"

#define MIN_FLOAT	(-3.14e100)	/* jieba's score of the impossible */
#define HAN0		0x4E00
#define NHAN		(0x9FD5 - 0x4E00 + 1)
#define ZF_SPLIT	0x1		/* user word of frequency 0: split it */

enum { ST_B, ST_E, ST_M, ST_S };	/* in jieba's order of the letters */

struct zh_entry {
	uint32_t off, len;	/* key: arena[off .. off + len) */
	uint32_t hash;
	uint32_t flags;
	int64_t	 freq;		/* 0: a prefix only */
	double	 lp;		/* log(freq) - log(total), after zh_finish */
};

struct zh_model {
	char	*arena;		/* the dictionaries' texts */
	size_t	 narena, carena;
	struct zh_entry *e;	/* e[0] unused: index 0 is "none" */
	size_t	 ne, ce;
	uint32_t *slot;		/* entry index, 0 empty */
	size_t	 nslot;		/* a power of two */
	uint32_t *han;		/* entry of each single character, or 0 */
	int64_t	 total;
	double	 logtotal;
	int	 hmm;
	double	 start[4], trans[4][4], *emit;	/* emit[c * 4 + state] */
};

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

#define FNV0	2166136261u
static inline uint32_t
fnv(uint32_t h, const char *s, size_t n)
{
	while (n--) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

/* The entry of key s[0..n) with hash h, or 0. */
static inline uint32_t
lookup(const struct zh_model *m, const char *s, size_t n, uint32_t h)
{
	size_t mask = m->nslot - 1, i = h & mask;
	uint32_t x;

	while ((x = m->slot[i]) != 0) {
		const struct zh_entry *e = &m->e[x];

		if (e->hash == h && e->len == n &&
		    memcmp(m->arena + e->off, s, n) == 0)
			return x;
		i = (i + 1) & mask;
	}
	return 0;
}

static void
grow_slots(struct zh_model *m)
{
	size_t i, j, mask;

	free(m->slot);
	m->nslot = m->nslot ? m->nslot * 2 : 1024;
	m->slot = xcalloc(m->nslot, sizeof(*m->slot));
	mask = m->nslot - 1;
	for (i = 1; i < m->ne; i++) {
		for (j = m->e[i].hash & mask; m->slot[j]; j = (j + 1) & mask)
			;
		m->slot[j] = (uint32_t)i;
	}
}

/* The entry of arena[off .. off + n), added (frequency 0) if new. */
static uint32_t
intern(struct zh_model *m, size_t off, size_t n)
{
	const char *s = m->arena + off;
	uint32_t h = fnv(FNV0, s, n), x;
	size_t mask, i;

	if ((x = lookup(m, s, n, h)) != 0)
		return x;
	if ((m->ne + 1) * 2 > m->nslot)
		grow_slots(m);
	if (m->ne == m->ce) {
		m->ce *= 2;
		m->e = xreallocarray(m->e, m->ce, sizeof(*m->e));
	}
	x = (uint32_t)m->ne++;
	m->e[x] = (struct zh_entry){ (uint32_t)off, (uint32_t)n, h, 0, 0, 0 };
	mask = m->nslot - 1;
	for (i = h & mask; m->slot[i]; i = (i + 1) & mask)
		;
	m->slot[i] = x;
	return x;
}

/* Length of the UTF-8 character at s (1 for a stray byte). */
static inline size_t
charlen(const char *s, size_t n)
{
	unsigned char b = (unsigned char)*s;
	size_t l = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;

	return l > n ? n : l;
}

/* jieba's add_word without the suggestion: the word and its prefixes. */
static uint32_t
add_word(struct zh_model *m, size_t off, size_t n, int64_t freq)
{
	size_t k = 0;
	uint32_t x = 0;

	while (k < n) {
		k += charlen(m->arena + off + k, n - k);
		x = intern(m, off, k);
	}
	m->e[x].freq = freq;
	m->total += freq;
	return x;
}

/* Appends text to the arena; returns where it starts. */
static size_t
arena_add(struct zh_model *m, const char *s, size_t n)
{
	size_t at = m->narena;

	if (m->narena + n + 1 > m->carena) {
		while (m->narena + n + 1 > m->carena)
			m->carena = m->carena ? m->carena * 2 : 1 << 16;
		m->arena = xrealloc(m->arena, m->carena);
	}
	memcpy(m->arena + at, s, n);
	m->narena += n;
	m->arena[m->narena] = '\0';
	return at;
}

static int
isblank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
	    c == '\f';
}

/* The next line of arena[*p .. end), stripped as Python's str.strip()
 * strips ASCII white space; returns 0 at the end. */
static int
next_line(const char *a, size_t *p, size_t end, size_t *ls, size_t *le)
{
	size_t q;

	if (*p >= end)
		return 0;
	for (q = *p; q < end && a[q] != '\n'; q++)
		;
	*ls = *p;
	*le = q;
	*p = q < end ? q + 1 : q;
	while (*ls < *le && isblank_byte(a[*ls]))
		(*ls)++;
	while (*le > *ls && isblank_byte(a[*le - 1]))
		(*le)--;
	return 1;
}

/* Decimal digits a[s..e) as a frequency; -1 if they are not one. */
static int64_t
parse_freq(const char *a, size_t s, size_t e)
{
	int64_t v = 0;

	if (s == e || e - s > 15)
		return -1;
	for (; s < e; s++) {
		if (a[s] < '0' || a[s] > '9')
			return -1;
		v = v * 10 + (a[s] - '0');
	}
	return v;
}

struct zh_model *
zh_new(const char *dict, size_t n, const char *name, char *err,
    size_t errlen)
{
	struct zh_model *m = xcalloc(1, sizeof(*m));
	size_t p, ls, le, sp, sp2, lines = 0, i;
	long lineno = 0;
	int64_t f;

	for (i = 0; i < n; i++)
		lines += dict[i] == '\n';
	p = arena_add(m, dict, n);
	m->ce = 1024;
	m->e = xreallocarray(NULL, m->ce, sizeof(*m->e));
	m->ne = 1;
	m->nslot = 1024;
	while (m->nslot < lines * 3)
		m->nslot *= 2;
	m->slot = xcalloc(m->nslot, sizeof(*m->slot));
	while (next_line(m->arena, &p, m->narena, &ls, &le)) {
		lineno++;
		if (ls == le)
			continue;
		/* "word freq[ tag]": jieba splits on single spaces. */
		for (sp = ls; sp < le && m->arena[sp] != ' '; sp++)
			;
		for (sp2 = sp + 1; sp2 < le && m->arena[sp2] != ' '; sp2++)
			;
		if (sp >= le || (f = parse_freq(m->arena, sp + 1, sp2)) < 0) {
			seterr(err, errlen, "%s:%ld: not 'word frequency "
			    "[tag]': %.*s", name, lineno, (int)(le - ls > 60 ?
			    60 : le - ls), m->arena + ls);
			zh_free(m);
			return NULL;
		}
		add_word(m, ls, sp - ls, f);
	}
	return m;
}

/*
 * The route: best[i] and nxt[i] (the end, exclusive, of the word from
 * character i) over characters c[0..N] (byte offsets into s), as jieba's
 * calc over get_DAG.  live: score with the frequencies as they are now
 * (while user words are added), not the finished log probabilities.
 */
static void
route(const struct zh_model *m, const char *s, const uint32_t *c, size_t N,
    double *best, uint32_t *nxt, int live)
{
	size_t i, j;
	double lt = live ? log((double)m->total) : m->logtotal;

	best[N] = 0;
	for (i = N; i-- > 0;) {
		const char *w = s + c[i];
		uint32_t h = FNV0, x;
		double b = 0, v;
		int any = 0;

		for (j = i; j < N; j++) {
			h = fnv(h, s + c[j], c[j + 1] - c[j]);
			if ((x = lookup(m, w, c[j + 1] - c[i], h)) == 0)
				break;
			if (m->e[x].freq == 0)
				continue;
			v = (live ? log((double)m->e[x].freq) - lt :
			    m->e[x].lp) + best[j + 1];
			/* max over (score, end): a tie goes to the longer. */
			if (!any || v >= b) {
				b = v;
				nxt[i] = (uint32_t)(j + 1);
				any = 1;
			}
		}
		if (!any) {
			b = log(1.0) - lt + best[i + 1];
			nxt[i] = (uint32_t)(i + 1);
		}
		best[i] = b;
	}
}

/* Character offsets of s[0..n): c[0..N], returns N. */
static size_t
char_offsets(const char *s, size_t n, uint32_t *c)
{
	size_t p = 0, N = 0;

	while (p < n) {
		c[N++] = (uint32_t)p;
		p += charlen(s + p, n - p);
	}
	c[N] = (uint32_t)n;
	return N;
}

static int64_t
freq_of(const struct zh_model *m, const char *w, size_t n, int64_t dflt)
{
	uint32_t x = lookup(m, w, n, fnv(FNV0, w, n));

	return x ? m->e[x].freq : dflt;
}

static int
ascii_alnum(const char *w, size_t n)
{
	return n == 1 && ((*w >= '0' && *w <= '9') || (*w >= 'a' && *w <=
	    'z') || (*w >= 'A' && *w <= 'Z'));
}

/*
 * jieba's suggest_freq(word) for a user word given without a frequency:
 * the word's probability as its pieces (cut without the HMM) times the
 * total, plus one, or its present frequency if that is more.  The pieces
 * are cut as one block (jieba's own blocks for Han with ASCII letters and
 * digits; consecutive single ASCII letters and digits are one piece).
 */
static int64_t
suggest(const struct zh_model *m, const char *w, size_t n)
{
	uint32_t *c = xreallocarray(NULL, n + 1, sizeof(*c));
	uint32_t *nxt = xreallocarray(NULL, n + 1, sizeof(*nxt));
	double *best = xreallocarray(NULL, n + 1, sizeof(*best));
	double ftotal = (double)m->total, f = 1;
	size_t N = char_offsets(w, n, c), i = 0, bs = 0, bn = 0;
	int64_t r, have;

	route(m, w, c, N, best, nxt, 1);
	while (i < N) {
		size_t a = c[i], b = c[nxt[i]];

		if (ascii_alnum(w + a, b - a)) {
			if (bn == 0)
				bs = a;
			bn = b - bs;
		} else {
			if (bn) {
				f *= (double)freq_of(m, w + bs, bn, 1) / ftotal;
				bn = 0;
			}
			f *= (double)freq_of(m, w + a, b - a, 1) / ftotal;
		}
		i = nxt[i];
	}
	if (bn)
		f *= (double)freq_of(m, w + bs, bn, 1) / ftotal;
	r = (int64_t)(f * (double)m->total) + 1;
	have = freq_of(m, w, n, 1);
	free(c);
	free(nxt);
	free(best);
	return r > have ? r : have;
}

/* The tail of a user line, a[s..e): "( [0-9]+)?( [a-z]+)?$".  Sets the
 * frequency's digits (fs == fe when none). */
static int
user_tail(const char *a, size_t s, size_t e, size_t *fs, size_t *fe)
{
	size_t q;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		q = s;
		*fs = *fe = s;
		if (pass == 0) {
			if (q + 1 >= e || a[q] != ' ' || a[q + 1] < '0' ||
			    a[q + 1] > '9')
				continue;
			*fs = ++q;
			while (q < e && a[q] >= '0' && a[q] <= '9')
				q++;
			*fe = q;
		}
		if (q + 1 < e && a[q] == ' ' && a[q + 1] >= 'a' &&
		    a[q + 1] <= 'z') {
			for (q++; q < e && a[q] >= 'a' && a[q] <= 'z'; q++)
				;
		}
		if (q == e)
			return 1;
	}
	*fs = *fe = s;
	return 0;
}

int
zh_add_user(struct zh_model *m, const char *text, size_t n,
    const char *name, char *err, size_t errlen)
{
	size_t p = arena_add(m, text, n), end = m->narena, ls, le, we, fs = 0, fe = 0;
	long lineno = 0;
	int64_t f;
	uint32_t x;

	while (next_line(m->arena, &p, end, &ls, &le)) {
		lineno++;
		if (utf8_validate(m->arena + ls, le - ls) != le - ls) {
			seterr(err, errlen, "%s:%ld: not UTF-8", name, lineno);
			return -1;
		}
		/* A BOM may start any line (jieba strips it per line). */
		while (le - ls >= 3 && memcmp(m->arena + ls, "\xEF\xBB\xBF",
		    3) == 0)
			ls += 3;
		if (ls == le)
			continue;
		/* The shortest word that leaves a tail of " freq" " tag". */
		we = ls;
		do
			we += charlen(m->arena + we, le - we);
		while (we < le && !user_tail(m->arena, we, le, &fs, &fe));
		if (we == le)
			fs = fe = le;
		if (fs < fe) {
			if ((f = parse_freq(m->arena, fs, fe)) < 0) {
				seterr(err, errlen, "%s:%ld: frequency too "
				    "large", name, lineno);
				return -1;
			}
		} else
			f = suggest(m, m->arena + ls, we - ls);
		x = add_word(m, ls, we - ls, f);
		if (f == 0)
			m->e[x].flags |= ZF_SPLIT;
	}
	return 0;
}

/*
 * The HMM's Python sources: P={'B': number or {key: number, ...}, ...}.
 * A small reader of that literal: keys are quoted, one letter or one
 * character (\uXXXX or UTF-8).
 */
struct pyrd {
	const char *s, *e;
};

static void
py_space(struct pyrd *r)
{
	while (r->s < r->e && (isblank_byte(*r->s) || *r->s == ','))
		r->s++;
}

/* A quoted key: its code point, or -1. */
static int32_t
py_key(struct pyrd *r)
{
	int32_t cp = -1;
	char q;
	int l;

	py_space(r);
	if (r->s >= r->e || (*r->s != '\'' && *r->s != '"'))
		return -1;
	q = *r->s++;
	if (r->e - r->s >= 6 && r->s[0] == '\\' && r->s[1] == 'u') {
		char hex[5];

		memcpy(hex, r->s + 2, 4);
		hex[4] = '\0';
		cp = (int32_t)strtol(hex, NULL, 16);
		r->s += 6;
	} else if ((l = utf8_decode(r->s, (size_t)(r->e - r->s), &cp)) > 0)
		r->s += l;
	else
		return -1;
	if (r->s >= r->e || *r->s != q)
		return -1;
	r->s++;
	py_space(r);
	if (r->s >= r->e || *r->s != ':')
		return -1;
	r->s++;
	return cp;
}

static int
py_number(struct pyrd *r, double *v)
{
	char *end;

	py_space(r);
	errno = 0;
	*v = strtod(r->s, &end);
	if (end == r->s || end > r->e || errno == ERANGE)
		return -1;
	r->s = end;
	return 0;
}

static int
state_of(int32_t cp)
{
	return cp == 'B' ? ST_B : cp == 'E' ? ST_E : cp == 'M' ? ST_M :
	    cp == 'S' ? ST_S : -1;
}

/* Reads P={...} of depth 1 (start) or 2 (trans, emit). */
static int
py_table(struct zh_model *m, const char *s, size_t n, int which)
{
	struct pyrd r = { s, s + n };
	const char *p = strstr(s, "P=");	/* s is NUL-terminated */
	int st, st2;
	int32_t k;
	double v;

	if (p == NULL)
		return -1;
	r.s = p + 2;
	py_space(&r);
	if (r.s >= r.e || *r.s++ != '{')
		return -1;
	for (;;) {
		py_space(&r);
		if (r.s < r.e && *r.s == '}')
			return 0;
		if ((st = state_of(py_key(&r))) < 0)
			return -1;
		if (which == 0) {
			if (py_number(&r, &m->start[st]) < 0)
				return -1;
			continue;
		}
		py_space(&r);
		if (r.s >= r.e || *r.s++ != '{')
			return -1;
		for (;;) {
			py_space(&r);
			if (r.s < r.e && *r.s == '}') {
				r.s++;
				break;
			}
			if ((k = py_key(&r)) < 0 || py_number(&r, &v) < 0)
				return -1;
			if (which == 1) {
				if ((st2 = state_of(k)) < 0)
					return -1;
				m->trans[st][st2] = v;
			} else if (zh_ishan(k))
				m->emit[(size_t)(k - HAN0) * 4 + (size_t)st] = v;
		}
	}
}

int
zh_add_hmm(struct zh_model *m, const char *start, size_t nstart,
    const char *trans, size_t ntrans, const char *emit, size_t nemit,
    char *err, size_t errlen)
{
	static const char *const names[] = { "prob_start.py",
	    "prob_trans.py", "prob_emit.py" };
	const char *t[3] = { start, trans, emit };
	size_t len[3] = { nstart, ntrans, nemit }, i, j;
	char *copy;
	int bad;

	if (m->emit == NULL)
		m->emit = xreallocarray(NULL, (size_t)NHAN * 4,
		    sizeof(*m->emit));
	for (i = 0; i < (size_t)NHAN * 4; i++)
		m->emit[i] = MIN_FLOAT;
	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			m->trans[i][j] = MIN_FLOAT;
	for (i = 0; i < 3; i++) {
		copy = xmalloc(len[i] + 1);
		memcpy(copy, t[i], len[i]);
		copy[len[i]] = '\0';
		bad = py_table(m, copy, len[i], (int)i);
		free(copy);
		if (bad) {
			seterr(err, errlen, "%s: not jieba's table of "
			    "probabilities", names[i]);
			return -1;
		}
	}
	m->hmm = 1;
	return 0;
}

void
zh_finish(struct zh_model *m)
{
	size_t i, k;
	int32_t cp;

	m->logtotal = log((double)m->total);
	for (i = 1; i < m->ne; i++)
		if (m->e[i].freq > 0)
			m->e[i].lp = log((double)m->e[i].freq) - m->logtotal;
	free(m->han);
	m->han = xcalloc(NHAN, sizeof(*m->han));
	for (k = 0; k < NHAN; k++) {
		char b[4];
		int l;

		cp = (int32_t)(HAN0 + k);
		l = utf8_encode(cp, b);
		m->han[k] = lookup(m, b, (size_t)l, fnv(FNV0, b, (size_t)l));
	}
}

void
zh_free(struct zh_model *m)
{
	if (m == NULL)
		return;
	free(m->arena);
	free(m->e);
	free(m->slot);
	free(m->han);
	free(m->emit);
	free(m);
}

int
zh_has_hmm(const struct zh_model *m)
{
	return m->hmm;
}

int64_t
zh_freq(const struct zh_model *m, const char *w, size_t n)
{
	return freq_of(m, w, n, -1);
}

int64_t
zh_total(const struct zh_model *m)
{
	return m->total;
}

/*
 * Cutting.
 */

/* Scratch for a run: on the stack up to STACKN characters. */
#define STACKN	256

struct scratch {
	uint32_t *c, *nxt;
	double	*best, *v;	/* v: Viterbi, 4 per character */
	unsigned char *bp;	/* Viterbi's back pointers, 4 per character */
};

/* The fast route for the finished model: the first step of each DAG walk
 * through han[]. */
static void
route_fast(const struct zh_model *m, const char *s, const uint32_t *c,
    size_t N, double *best, uint32_t *nxt)
{
	size_t i, j;

	best[N] = 0;
	for (i = N; i-- > 0;) {
		const char *w = s + c[i];
		uint32_t h, x;
		int32_t cp;
		double b = 0, v;
		int any = 0;

		/* A character of zh_ishan is three bytes. */
		cp = ((w[0] & 0x0F) << 12) | ((w[1] & 0x3F) << 6) | (w[2] & 0x3F);
		x = m->han[cp - HAN0];
		if (x != 0) {
			if (m->e[x].freq > 0) {
				b = m->e[x].lp + best[i + 1];
				nxt[i] = (uint32_t)(i + 1);
				any = 1;
			}
			h = m->e[x].hash;
			for (j = i + 1; j < N; j++) {
				h = fnv(h, s + c[j], c[j + 1] - c[j]);
				if ((x = lookup(m, w, c[j + 1] - c[i], h)) == 0)
					break;
				if (m->e[x].freq == 0)
					continue;
				v = m->e[x].lp + best[j + 1];
				if (!any || v >= b) {
					b = v;
					nxt[i] = (uint32_t)(j + 1);
					any = 1;
				}
			}
		}
		if (!any) {
			b = -m->logtotal + best[i + 1];
			nxt[i] = (uint32_t)(i + 1);
		}
		best[i] = b;
	}
}

static inline double
emitp(const struct zh_model *m, const char *w, int st)
{
	int32_t cp = ((w[0] & 0x0F) << 12) | ((w[1] & 0x3F) << 6) |
	    (w[2] & 0x3F);

	return m->emit[(size_t)(cp - HAN0) * 4 + (size_t)st];
}

/* The states that may come before each state (jieba's PrevStatus). */
static const int prev[4][2] = {
	[ST_B] = { ST_E, ST_S }, [ST_E] = { ST_B, ST_M },
	[ST_M] = { ST_M, ST_B }, [ST_S] = { ST_S, ST_E }
};

/*
 * Viterbi over characters a..b-1 (b - a >= 2); the words' ends (character
 * indices, exclusive) go to out[], their number returned.
 */
static size_t
viterbi(const struct zh_model *m, const char *s, const uint32_t *c,
    size_t a, size_t b, struct scratch *sc, uint32_t *out)
{
	size_t L = b - a, t, k = 0, begin = 0, nexti = 0;
	double *V = sc->v;
	unsigned char *bp = sc->bp, *path = sc->bp + 4 * L;
	int y, i, st;

	for (y = 0; y < 4; y++)
		V[y] = m->start[y] + emitp(m, s + c[a], y);
	for (t = 1; t < L; t++) {
		for (y = 0; y < 4; y++) {
			double em = emitp(m, s + c[a + t], y), best = 0, v;
			int arg = -1;

			for (i = 0; i < 2; i++) {
				int y0 = prev[y][i];

				v = V[(t - 1) * 4 + (size_t)y0] + m->trans[y0][y] +
				    em;
				/* max over (prob, state): a tie goes to the
				 * later letter. */
				if (arg < 0 || v > best || (v == best && y0 >
				    arg)) {
					best = v;
					arg = y0;
				}
			}
			V[t * 4 + (size_t)y] = best;
			bp[t * 4 + (size_t)y] = (unsigned char)arg;
		}
	}
	st = V[(L - 1) * 4 + ST_S] >= V[(L - 1) * 4 + ST_E] ? ST_S : ST_E;
	for (t = L; t-- > 0;) {
		path[t] = (unsigned char)st;
		if (t > 0)
			st = bp[t * 4 + (size_t)st];
	}
	for (t = 0; t < L; t++) {
		if (path[t] == ST_B)
			begin = t;
		else if (path[t] == ST_E) {
			out[k++] = (uint32_t)(a + t + 1);
			nexti = t + 1;
			(void)begin;
		} else if (path[t] == ST_S) {
			out[k++] = (uint32_t)(a + t + 1);
			nexti = t + 1;
		}
	}
	if (nexti < L)
		out[k++] = (uint32_t)b;
	return k;
}

/* A word a..b (characters) of the HMM that the user split (freq 0). */
static int
forced_split(const struct zh_model *m, const char *s, const uint32_t *c,
    size_t a, size_t b)
{
	size_t n = c[b] - c[a];
	uint32_t x = lookup(m, s + c[a], n, fnv(FNV0, s + c[a], n));

	return x && (m->e[x].flags & ZF_SPLIT);
}

/*
 * The stretch of one-character words a..b: emitted (as character ends)
 * into out, jieba's __cut_DAG: one character as is; a dictionary word as
 * its characters; else the HMM.  Returns the count.
 */
static size_t
stretch(const struct zh_model *m, const char *s, const uint32_t *c,
    size_t a, size_t b, struct scratch *sc, uint32_t *out)
{
	size_t k = 0, i, j, nw, prevend;

	if (b - a >= 2 && freq_of(m, s + c[a], c[b] - c[a], 0) == 0) {
		nw = viterbi(m, s, c, a, b, sc, out);
		/* Words the user gave frequency 0 become characters. */
		prevend = a;
		for (i = 0; i < nw; i++) {
			size_t e = out[i];

			if (e - prevend >= 2 && forced_split(m, s, c, prevend,
			    e)) {
				uint32_t tmp[STACKN], *t = e - prevend <=
				    STACKN ? tmp : xreallocarray(NULL,
				    e - prevend, sizeof(*t));
				size_t n = e - prevend;

				for (j = 0; j < n; j++)
					t[j] = (uint32_t)(prevend + j + 1);
				memmove(out + i + n, out + i + 1,
				    (nw - i - 1) * sizeof(*out));
				memcpy(out + i, t, n * sizeof(*out));
				if (t != tmp)
					free(t);
				nw += n - 1;
				i += n - 1;
			}
			prevend = e;
		}
		return nw;
	}
	for (i = a; i < b; i++)
		out[k++] = (uint32_t)(i + 1);
	return k;
}

size_t
zh_cut(const struct zh_model *m, const char *s, size_t n, int hmm,
    size_t *ends, size_t max)
{
	uint32_t cs[STACKN + 1], ns[STACKN + 1], ws[STACKN + 1], *w;
	double bs[STACKN + 1], vs[STACKN * 4];
	unsigned char bps[STACKN * 5];
	struct scratch sc = { cs, ns, bs, vs, bps };
	size_t N, cap = n / 3 + 1, i, k = 0, nw, j, a;
	int heap = cap > STACKN;

	if (heap) {
		sc.c = xreallocarray(NULL, cap + 1, sizeof(*sc.c));
		sc.nxt = xreallocarray(NULL, cap + 1, sizeof(*sc.nxt));
		sc.best = xreallocarray(NULL, cap + 1, sizeof(*sc.best));
		sc.v = xreallocarray(NULL, cap * 4, sizeof(*sc.v));
		sc.bp = xreallocarray(NULL, cap, 5);
	}
	N = char_offsets(s, n, sc.c);
	route_fast(m, s, sc.c, N, sc.best, sc.nxt);
	hmm = hmm && m->hmm;
	/* Words as character ends, in units that start and end at a safe
	 * boundary: a stretch of one-character words, then a longer word. */
	w = heap ? xreallocarray(NULL, cap + 1, sizeof(*w)) : ws;
	i = 0;
	while (i < N && k < max) {
		a = i;
		if (hmm)
			while (i < N && sc.nxt[i] == i + 1)
				i++;
		/* Stretch a..i, then the word at i (if any). */
		nw = hmm ? stretch(m, s, sc.c, a, i, &sc, w) : 0;
		if (i < N) {
			w[nw++] = sc.nxt[i];
			i = sc.nxt[i];
		}
		if (k > 0 && k + nw > max)
			break;
		for (j = 0; j < nw && k < max; j++)
			ends[k++] = sc.c[w[j]];
	}
	if (heap) {
		free(sc.c);
		free(sc.nxt);
		free(sc.best);
		free(sc.v);
		free(sc.bp);
		free(w);
	}
	return k;
}

/*
 * The process's model (zhseg.h).  The one piece of state in this file:
 * the tokenizer has no room to carry a model through every caller, and a
 * model is read-only once loaded.
 */

/* Where python3-jieba installs its package: Debian's, then pip's. */
static const char *const jieba_dirs[] = {
	"/usr/lib/python3/dist-packages/jieba",
	"/usr/local/lib/python3*/dist-packages/jieba",
	"/usr/lib/python3*/site-packages/jieba",
	"/usr/local/lib/python3*/site-packages/jieba",
	"/usr/lib64/python3*/site-packages/jieba"
};

static struct {
	char	*dict, *user, *pkg;	/* paths; pkg: jieba's directory */
	int	 hmm, configured;
	pthread_once_t once;
	struct zh_model *m;
} glue = { NULL, NULL, NULL, 1, 0, PTHREAD_ONCE_INIT, NULL };

/* The first installed jieba directory with file rel in it, or NULL. */
static char *
find_pkg(const char *rel)
{
	size_t i, j;
	glob_t g;
	char *r = NULL, *path;

	for (i = 0; r == NULL && i < sizeof(jieba_dirs) / sizeof(*jieba_dirs);
	    i++) {
		if (glob(jieba_dirs[i], 0, NULL, &g) != 0)
			continue;
		for (j = 0; r == NULL && j < g.gl_pathc; j++) {
			path = xmalloc(strlen(g.gl_pathv[j]) + strlen(rel) + 2);
			sprintf(path, "%s/%s", g.gl_pathv[j], rel);
			if (access(path, R_OK) == 0)
				r = xstrdup(g.gl_pathv[j]);
			free(path);
		}
		globfree(&g);
	}
	return r;
}

static char *
join(const char *dir, const char *rel)
{
	char *p = xmalloc(strlen(dir) + strlen(rel) + 2);

	sprintf(p, "%s/%s", dir, rel);
	return p;
}

static void
must_read(const char *opt, const char *path)
{
	struct stat st;

	if (access(path, R_OK) != 0)
		err(2, "%s: %s", opt, path);
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		errx(2, "%s: %s: Is a directory", opt, path);
}

void
zh_config(const char *dict, const char *user, int hmm)
{
	const char *env = getenv("TX_ZH_DICT");

	if (dict != NULL)
		must_read("--zh-dict", dict);
	else if (env != NULL && *env != '\0') {
		must_read("TX_ZH_DICT", env);
		dict = env;
	}
	if (user != NULL)
		must_read("--zh-user-dict", user);
	glue.pkg = find_pkg(dict ? "finalseg/prob_emit.py" : "dict.txt");
	if (dict != NULL)
		glue.dict = xstrdup(dict);
	else if (glue.pkg != NULL)
		glue.dict = join(glue.pkg, "dict.txt");
	glue.user = user ? xstrdup(user) : NULL;
	glue.hmm = hmm;
	glue.configured = 1;
}

const char *
zh_dict_path(void)
{
	if (!glue.configured)
		zh_config(NULL, NULL, 1);
	return glue.dict;
}

static void
slurp_or_die(const char *path, struct str *b)
{
	if (io_slurp(path, b) != 0)
		err(2, "%s", path);
}

static void
load(void)
{
	struct str b = { 0 }, t[3] = { { 0 } };
	static const char *const rel[3] = { "finalseg/prob_start.py",
	    "finalseg/prob_trans.py", "finalseg/prob_emit.py" };
	char e[512], *p;
	int i;

	if (!glue.configured)
		zh_config(NULL, NULL, 1);
	if (glue.dict == NULL) {
		warnx("no jieba dictionary (install python3-jieba, or give "
		    "--zh-dict FILE or TX_ZH_DICT): Han characters are one "
		    "token each");
		return;
	}
	slurp_or_die(glue.dict, &b);
	if ((glue.m = zh_new(b.s, b.n, glue.dict, e, sizeof(e))) == NULL)
		errx(2, "%s", e);
	str_free(&b);
	if (glue.user != NULL) {
		slurp_or_die(glue.user, &b);
		if (zh_add_user(glue.m, b.s, b.n, glue.user, e, sizeof(e)) < 0)
			errx(2, "%s", e);
		str_free(&b);
	}
	if (glue.hmm) {
		if (glue.pkg == NULL)
			errx(2, "no jieba HMM (finalseg/prob_*.py of "
			    "python3-jieba): install it, or give --zh-hmm=off");
		for (i = 0; i < 3; i++) {
			p = join(glue.pkg, rel[i]);
			slurp_or_die(p, &t[i]);
			free(p);
		}
		if (zh_add_hmm(glue.m, t[0].s, t[0].n, t[1].s, t[1].n, t[2].s,
		    t[2].n, e, sizeof(e)) < 0)
			errx(2, "%s/finalseg/%s", glue.pkg, e);
		for (i = 0; i < 3; i++)
			str_free(&t[i]);
	}
	zh_finish(glue.m);
}

const struct zh_model *
zh_default(void)
{
	pthread_once(&glue.once, load);
	return glue.m;
}
