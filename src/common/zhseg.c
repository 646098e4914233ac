/*
 * zhseg.c: jieba's segmentation (model and contract in zhseg.h).
 *
 * Written from the algorithm of jieba 0.42.1 (jieba/__init__.py: get_DAG,
 * calc, __cut_DAG, __cut_DAG_NO_HMM, add_word, suggest_freq,
 * load_userdict; jieba/finalseg: viterbi), not from its code.  The
 * comparison with python jieba is tests/zh.bats.
 *
 * The prefix dictionary is a trie kept in one open-addressing hash table:
 * an entry is a word or a prefix of one, keyed by its parent (the entry of
 * the word less its last character; 0 for the root) and that last
 * character.  A DAG walk from a character extends the key one character
 * at a time, comparing two integers per probe and never a string; the
 * entries of single characters of jieba's range also sit in a direct
 * table.  Scores are computed in the same order of double operations as
 * jieba, so that ties fall the same way: (log(freq) - log(total)) + rest.
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
#include <err.h>
#include <errno.h>
#include <glob.h>
#include <malloc.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	int64_t	 freq;		/* 0: a prefix only */
};

struct zh_slot {
	uint32_t parent;	/* entry of the prefix, 0: the root */
	int32_t	 cp;		/* the last character */
	uint32_t idx;		/* entry, 0: empty slot */
};

/*
 * The route's table, built by zh_finish: a node's number is its slot, the
 * slot holds its key and its lp, so that a step of the DAG walk reads one
 * place in memory (the building table's step read two: the slot, then the
 * entry).  key: (parent's slot + 1) << 22 | 1 << 21 | character (the
 * bit that no character sets: a key is never 0, an empty slot's); lp: the word's log probability, or 1 for a prefix only (a word's
 * is <= 0).
 */
struct zh_node {
	uint64_t key;
	double	 lp;
};

struct zh_model {
	struct zh_entry *e;	/* e[0] unused: index 0 is the root */
	size_t	 ne, ce;
	uint8_t	*eflag;		/* each entry's ZF_*, once a user word
				 * sets one (e's length) */
	struct zh_slot *slot;
	size_t	 nslot;		/* a power of two */
	struct zh_node *node;	/* the route's table (zh_finish); the
				 * building table (slot) is freed then */
	uint8_t	*flag;		/* after zh_finish, e goes: each node's
				 * entry's flags (only when nsplit > 0);
				 * a frequency is then read back from the
				 * node's lp (zh_freq, for the tests) */
	size_t	 nnode;		/* about 10/7 of the entries */
	uint32_t *han;		/* node of each single character + 1, or 0 */
	double	*hanlp;		/* its lp, or 1 when it is not a word */
	int64_t	 total;
	double	 logtotal;
	size_t	 maxw;		/* the longest word, in characters */
	int	 hmm;
	int	 nsplit;	/* user words of frequency 0 */
	unsigned keybits, nsig;	/* a key's bits and its signature's */
	uint64_t keymask;	/* the key's bits: all before zh_finish */
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

static inline size_t
hash(uint32_t parent, int32_t cp)
{
	uint64_t h = ((uint64_t)parent << 21 | (uint32_t)cp) *
	    0x9E3779B97F4A7C15ULL;

	return (size_t)(h >> 29);
}

/* The entry of character cp after entry parent, or 0. */
static inline uint32_t
child(const struct zh_model *m, uint32_t parent, int32_t cp)
{
	size_t mask = m->nslot - 1, i = hash(parent, cp) & mask;
	const struct zh_slot *s;

	for (;; i = (i + 1) & mask) {
		s = &m->slot[i];
		if (s->idx == 0)
			return 0;
		if (s->parent == parent && s->cp == cp)
			return s->idx;
	}
}

static inline uint64_t
node_key(uint32_t parent, int32_t cp)
{
	return (uint64_t)parent << 22 | 1 << 21 | (uint32_t)cp;
}

/*
 * A finished node's key keeps, above the bits a key needs (m->keybits:
 * 22 and the parent's), a signature of its children: bit sig_bit(cp) of
 * each child's character, of m->nsig bits (64 - keybits, at most 32).  A
 * walk asks it before it looks for a child in the table, where a child
 * that is not there costs the longest probe: a leaf (no bit) or a
 * character whose bit is clear is no child.  A table too big to leave 8
 * bits has no signatures (nsig 0).
 */
static inline unsigned
sig_bit(const struct zh_model *m, int32_t cp)
{
	return (unsigned)(((uint64_t)((uint32_t)cp * 2654435761u) *
	    m->nsig) >> 32);
}

/* The home slot of key in a table of n slots (any n: the product's
 * high half maps the hash onto 0..n-1). */
static inline size_t
node_home(uint64_t key, size_t n)
{
	return (size_t)(((unsigned __int128)(key * 0x9E3779B97F4A7C15ULL) *
	    n) >> 64);
}

/* The node of character cp after node parent - 1 (parent 0: the root),
 * plus one, or 0. */
static inline uint32_t
node_child(const struct zh_model *m, uint32_t parent, int32_t cp)
{
	uint64_t key = node_key(parent, cp), k, mask = m->keymask;
	size_t i;

	if (parent != 0 && m->nsig != 0 && !(m->node[parent - 1].key >>
	    (m->keybits + sig_bit(m, cp)) & 1))
		return 0;
	for (i = node_home(key, m->nnode);; i = i + 1 == m->nnode ? 0 : i + 1) {
		if (((k = m->node[i].key) & mask) == key)
			return (uint32_t)i + 1;
		if (k == 0)
			return 0;
	}
}

static void
put_slot(struct zh_slot *slot, size_t nslot, struct zh_slot s)
{
	size_t mask = nslot - 1, i;

	for (i = hash(s.parent, s.cp) & mask; slot[i].idx; i = (i + 1) & mask)
		;
	slot[i] = s;
}

static void
grow_slots(struct zh_model *m)
{
	size_t i, n = m->nslot * 2;
	struct zh_slot *s = xcalloc_written(n, sizeof(*s));

	for (i = 0; i < m->nslot; i++)
		if (m->slot[i].idx)
			put_slot(s, n, m->slot[i]);
	free(m->slot);
	m->slot = s;
	m->nslot = n;
}

/* The entry of cp after parent, added (frequency 0) if new. */
static uint32_t
intern(struct zh_model *m, uint32_t parent, int32_t cp)
{
	uint32_t x;

	if ((x = child(m, parent, cp)) != 0)
		return x;
	if ((m->ne + 1) * 10 > m->nslot * 7)
		grow_slots(m);
	if (m->ne == m->ce) {
		m->ce *= 2;
		m->e = xreallocarray(m->e, m->ce, sizeof(*m->e));
		if (m->eflag != NULL) {
			m->eflag = xreallocarray(m->eflag, m->ce, 1);
			memset(m->eflag + m->ne, 0, m->ce - m->ne);
		}
	}
	x = (uint32_t)m->ne++;
	m->e[x] = (struct zh_entry){ 0 };
	put_slot(m->slot, m->nslot, (struct zh_slot){ parent, cp, x });
	return x;
}

/* The character at s (n > 0): its length, *cp; a byte that is not UTF-8
 * is a character of its own, outside Unicode. */
static inline size_t
char_at(const char *s, size_t n, int32_t *cp)
{
	int l = utf8_decode(s, n, cp);

	if (l <= 0) {
		*cp = 0x110000 + (unsigned char)*s;
		return 1;
	}
	return (size_t)l;
}

/* The characters of s[0..n) into cps (room for n); returns their count. */
static size_t
decode(const char *s, size_t n, int32_t *cps)
{
	size_t p = 0, k = 0;

	while (p < n)
		p += char_at(s + p, n - p, &cps[k++]);
	return k;
}

/* The entry of the word cps[0..n), or 0; once the model is finished,
 * its node in the route's table + 1. */
static uint32_t
entry_of(const struct zh_model *m, const int32_t *cps, size_t n)
{
	uint32_t x = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if ((x = m->node != NULL ? node_child(m, x, cps[i]) :
		    child(m, x, cps[i])) == 0)
			return 0;
	return x;
}

static int64_t
freq_of(const struct zh_model *m, const int32_t *cps, size_t n, int64_t dflt)
{
	uint32_t x = n ? entry_of(m, cps, n) : 0;
	double lp;

	if (x == 0)
		return dflt;
	if (m->node == NULL)
		return m->e[x].freq;
	/* lp = log(freq) - log(total) (0 < freq <= total) or 1 (none):
	 * exp gives freq back to within 1e-13 of it, far from a half. */
	lp = m->node[x - 1].lp;
	return lp > 0 ? 0 : llround(exp(lp + m->logtotal));
}

/* jieba's add_word without the suggestion: the word and its prefixes. */
static uint32_t
add_word(struct zh_model *m, const char *w, size_t n, int64_t freq)
{
	size_t p = 0, k = 0;
	uint32_t x = 0;
	int32_t cp;

	while (p < n) {
		p += char_at(w + p, n - p, &cp);
		x = intern(m, x, cp);
		k++;
	}
	if (k > m->maxw)
		m->maxw = k;
	m->e[x].freq = freq;
	m->total += freq;
	return x;
}

static int
isblank_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
	    c == '\f';
}

/* The next line of a[*p .. end), stripped as Python's str.strip() strips
 * ASCII white space; returns 0 at the end. */
static int
next_line(const char *a, size_t *p, size_t end, size_t *ls, size_t *le)
{
	const char *nl;
	size_t q;

	if (*p >= end)
		return 0;
	nl = memchr(a + *p, '\n', end - *p);
	q = nl ? (size_t)(nl - a) : end;
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
	size_t p = 0, ls, le, sp, sp2, lines = 0;
	const char *q;
	long lineno = 0;
	int64_t f;

	for (q = dict; (q = memchr(q, '\n', n - (size_t)(q - dict))) != NULL;
	    q++)
		lines++;
	/* About 1.4 entries a line in jieba's dictionary; slots for a
	 * load under 0.7 (a table that fits the caches better is faster). */
	m->ce = lines + lines / 2 + 1024;
	m->e = xreallocarray(NULL, m->ce, sizeof(*m->e));
	m->ne = 1;
	m->nslot = 1024;
	while (m->nslot < m->ce + m->ce / 4)
		m->nslot *= 2;
	m->slot = xcalloc_written(m->nslot, sizeof(*m->slot));
	while (next_line(dict, &p, n, &ls, &le)) {
		lineno++;
		if (ls == le)
			continue;
		/* "word freq[ tag]": jieba splits on single spaces. */
		for (sp = ls; sp < le && dict[sp] != ' '; sp++)
			;
		for (sp2 = sp + 1; sp2 < le && dict[sp2] != ' '; sp2++)
			;
		if (sp >= le || (f = parse_freq(dict, sp + 1, sp2)) < 0) {
			seterr(err, errlen, "%s:%ld: not 'word frequency "
			    "[tag]': %.*s", name, lineno, (int)(le - ls > 60 ?
			    60 : le - ls), dict + ls);
			zh_free(m);
			return NULL;
		}
		add_word(m, dict + ls, sp - ls, f);
	}
	return m;
}

/*
 * The route over characters cps[0..N): best[i] and nxt[i] (the end,
 * exclusive, of the word from character i), as jieba's calc over
 * get_DAG.  live: score with the frequencies as they are now (while user
 * words are added), not the finished log probabilities.
 */
/*
 * route() once the model is finished, on the route's table.  The first
 * step from a character comes from the direct table; the slot of the
 * second, the one most walks take, is prefetched a few characters ahead.
 */
#define PREFETCH_AHEAD	4

static void
route_fast(const struct zh_model *m, const int32_t *cps, size_t N,
    double *best, uint32_t *nxt, uint32_t *nid)
{
	size_t i, j;
	double lt = m->logtotal;

	for (i = N; i-- > 0;) {
		uint32_t x = 0;
		double b = 0, v;
		int any = 0;

		if (i >= PREFETCH_AHEAD + 1) {
			int32_t c = cps[i - PREFETCH_AHEAD - 1];
			uint32_t h;

			if (c >= HAN0 && c < HAN0 + NHAN &&
			    (h = m->han[c - HAN0]) != 0)
				__builtin_prefetch(&m->node[node_home(node_key(
				    h, cps[i - PREFETCH_AHEAD]), m->nnode)]);
		}
		j = i;
		if (cps[i] >= HAN0 && cps[i] < HAN0 + NHAN) {
			if ((x = m->han[cps[i] - HAN0]) != 0 &&
			    (v = m->hanlp[cps[i] - HAN0]) <= 0) {
				b = v + best[i + 1];
				nxt[i] = (uint32_t)(i + 1);
				nid[i] = x;
				any = 1;
			}
			j = x ? i + 1 : N;
		}
		for (; j < N; j++) {
			if ((x = node_child(m, x, cps[j])) == 0)
				break;
			if ((v = m->node[x - 1].lp) > 0)
				continue;
			v += best[j + 1];
			/* max over (score, end): a tie goes to the longer. */
			if (!any || v >= b) {
				b = v;
				nxt[i] = (uint32_t)(j + 1);
				nid[i] = x;
				any = 1;
			}
		}
		if (!any) {
			b = log(1.0) - lt + best[i + 1];
			nxt[i] = (uint32_t)(i + 1);
			nid[i] = 0;
		}
		best[i] = b;
	}
}

/* route: with the route's table (not live), nid[i] is the entry of the
 * word nxt[i] ends (0: none), zh_cut's ids. */
static void
route(const struct zh_model *m, const int32_t *cps, size_t N, double *best,
    uint32_t *nxt, uint32_t *nid, int live)
{
	size_t i, j;
	double lt = live ? log((double)m->total) : m->logtotal;

	best[N] = 0;
	if (!live) {
		route_fast(m, cps, N, best, nxt, nid);
		return;
	}
	for (i = N; i-- > 0;) {
		uint32_t x = 0;
		double b = 0, v;
		int any = 0;

		for (j = i; j < N; j++) {
			if ((x = child(m, x, cps[j])) == 0)
				break;
			if (m->e[x].freq == 0)
				continue;
			v = (log((double)m->e[x].freq) - lt) + best[j + 1];
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

static int
ascii_alnum(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
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
	int32_t *c = xreallocarray(NULL, n + 1, sizeof(*c));
	uint32_t *nxt = xreallocarray(NULL, n + 1, sizeof(*nxt));
	double *best = xreallocarray(NULL, n + 1, sizeof(*best));
	double ftotal = (double)m->total, f = 1;
	size_t N = decode(w, n, c), i = 0, bs = 0, bn = 0;
	int64_t r, have;

	route(m, c, N, best, nxt, NULL, 1);
	while (i < N) {
		if (nxt[i] == i + 1 && ascii_alnum(c[i])) {
			if (bn == 0)
				bs = i;
			bn++;
		} else {
			if (bn) {
				f *= (double)freq_of(m, c + bs, bn, 1) / ftotal;
				bn = 0;
			}
			f *= (double)freq_of(m, c + i, nxt[i] - i, 1) / ftotal;
		}
		i = nxt[i];
	}
	if (bn)
		f *= (double)freq_of(m, c + bs, bn, 1) / ftotal;
	r = (int64_t)(f * (double)m->total) + 1;
	have = freq_of(m, c, N, 1);
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
zh_add_user(struct zh_model *m, const char *a, size_t n, const char *name,
    char *err, size_t errlen)
{
	size_t p = 0, ls, le, we, fs = 0, fe = 0;
	long lineno = 0;
	int64_t f;
	int32_t cp;
	uint32_t x;

	if (m->node != NULL) {
		/* zh_finish freed the table words are added to. */
		seterr(err, errlen, "%s: the model is finished: words are "
		    "added before zh_finish", name);
		return -1;
	}
	while (next_line(a, &p, n, &ls, &le)) {
		lineno++;
		if (utf8_validate(a + ls, le - ls) != le - ls) {
			seterr(err, errlen, "%s:%ld: not UTF-8", name, lineno);
			return -1;
		}
		/* A BOM may start any line (jieba strips it per line). */
		while (le - ls >= 3 && memcmp(a + ls, "\xEF\xBB\xBF", 3) == 0)
			ls += 3;
		if (ls == le)
			continue;
		/* The shortest word that leaves a tail of " freq" " tag". */
		we = ls;
		do
			we += char_at(a + we, le - we, &cp);
		while (we < le && !user_tail(a, we, le, &fs, &fe));
		if (we == le)
			fs = fe = le;
		if (fs < fe) {
			if ((f = parse_freq(a, fs, fe)) < 0) {
				seterr(err, errlen, "%s:%ld: frequency too "
				    "large", name, lineno);
				return -1;
			}
		} else
			f = suggest(m, a + ls, we - ls);
		x = add_word(m, a + ls, we - ls, f);
		if (f == 0) {
			if (m->eflag == NULL)
				m->eflag = xcalloc(m->ce, 1);
			m->eflag[x] |= ZF_SPLIT;
			m->nsplit++;
		}
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

/* The node of entry x + 1 in the route's table, placed (after its
 * parent's) if not yet; par, cpof: each entry's parent and character. */
static uint32_t
place(struct zh_model *m, uint32_t x, const uint32_t *par,
    const int32_t *cpof, uint32_t *nodeof, uint8_t *flag)
{
	uint32_t chain[64], n = 0, p, y;
	size_t i;
	uint64_t key;

	/* Up to the first placed ancestor (or the root), then down. */
	for (y = x; y != 0 && nodeof[y] == 0; y = par[y]) {
		if (n == sizeof(chain) / sizeof(*chain)) {
			/* A word of more than 64 characters: its
			 * ancestors first, by recursion. */
			(void)place(m, y, par, cpof, nodeof, flag);
			break;
		}
		chain[n++] = y;
	}
	while (n-- > 0) {
		y = chain[n];
		p = par[y] ? nodeof[par[y]] : 0;
		key = node_key(p, cpof[y]);
		for (i = node_home(key, m->nnode); m->node[i].key != 0;
		    i = i + 1 == m->nnode ? 0 : i + 1)
			;
		m->node[i].key = key;
		m->node[i].lp = m->e[y].freq > 0 ?
		    log((double)m->e[y].freq) - m->logtotal : 1;
		if (flag != NULL && m->eflag != NULL)
			flag[i] = m->eflag[y];
		nodeof[y] = (uint32_t)i + 1;
	}
	return nodeof[x];
}

void
zh_finish(struct zh_model *m)
{
	size_t i, k;
	uint32_t *par, *nodeof, h;
	int32_t *cpof;

	if (m->node != NULL)
		return;
	m->logtotal = log((double)m->total);
	/* Each entry's parent and character; then the building table goes
	 * (before the route's table comes: less memory at the peak) and the
	 * entries shrink to their number. */
	par = xcalloc(m->ne, sizeof(*par));
	cpof = xcalloc(m->ne, sizeof(*cpof));
	for (i = 0; i < m->nslot; i++)
		if (m->slot[i].idx) {
			par[m->slot[i].idx] = m->slot[i].parent;
			cpof[m->slot[i].idx] = m->slot[i].cp;
		}
	free(m->slot);
	m->slot = NULL;
	m->nslot = 0;
	m->e = xreallocarray(m->e, m->ne, sizeof(*m->e));
	m->ce = m->ne;
	/* The route's table, at a load of 0.7 (0.5 was no faster). */
	m->nnode = m->ne + m->ne * 3 / 7 + 16;
	m->node = xcalloc_written(m->nnode, sizeof(*m->node));
	if (m->nsplit > 0)
		m->flag = xcalloc(m->nnode, 1);
	nodeof = xcalloc_written(m->ne, sizeof(*nodeof));
	for (i = 1; i < m->ne; i++)
		(void)place(m, (uint32_t)i, par, cpof, nodeof, m->flag);
	for (m->keybits = 22; m->keybits < 64 &&
	    (uint64_t)m->nnode >> (m->keybits - 22) != 0; m->keybits++)
		;
	m->nsig = 64 - m->keybits > 32 ? 32 : 64 - m->keybits;
	m->keymask = ~0ULL;
	if (m->nsig < 8)
		m->nsig = 0;
	else {
		m->keymask = (1ULL << m->keybits) - 1;
		for (i = 0; i < m->nnode; i++) {
			uint64_t key = m->node[i].key & m->keymask;
			size_t p = (size_t)(key >> 22);

			if (p != 0)
				m->node[p - 1].key |= 1ULL << (m->keybits +
				    sig_bit(m, (int32_t)(key & 0x1FFFFF)));
		}
	}
	free(m->han);
	m->han = xcalloc(NHAN, sizeof(*m->han));
	free(m->hanlp);
	m->hanlp = xreallocarray(NULL, NHAN, sizeof(*m->hanlp));
	for (k = 0; k < NHAN; k++) {
		h = node_child(m, 0, (int32_t)(HAN0 + k));
		m->han[k] = h;
		m->hanlp[k] = h ? m->node[h - 1].lp : 1;
	}
	free(par);
	free(cpof);
	free(nodeof);
	/* The finished model reads nothing of the entries: lp is in the
	 * route's table, the flags are by node. */
	free(m->e);
	m->e = NULL;
	free(m->eflag);
	m->eflag = NULL;
	m->ce = 0;
}

void
zh_free(struct zh_model *m)
{
	if (m == NULL)
		return;
	free(m->e);
	free(m->eflag);
	free(m->flag);
	free(m->slot);
	free(m->node);
	free(m->han);
	free(m->hanlp);
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
	int32_t *c = xreallocarray(NULL, n + 1, sizeof(*c));
	int64_t f = freq_of(m, c, decode(w, n, c), -1);

	free(c);
	return f;
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
	int32_t	*cp;
	uint32_t *nxt, *w, *nid;
	double	*best, *v;	/* v: Viterbi, 4 per character */
	unsigned char *bp;	/* Viterbi's back pointers, 4 per character,
				 * then the path */
};

static inline double
emitp(const struct zh_model *m, int32_t cp, int st)
{
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
viterbi(const struct zh_model *m, const int32_t *cps, size_t a, size_t b,
    struct scratch *sc, uint32_t *out)
{
	size_t L = b - a, t, k = 0, nexti = 0;
	double *V = sc->v;
	unsigned char *bp = sc->bp, *path = sc->bp + 4 * L;
	int y, i, st;

	for (y = 0; y < 4; y++)
		V[y] = m->start[y] + emitp(m, cps[a], y);
	for (t = 1; t < L; t++) {
		for (y = 0; y < 4; y++) {
			double em = emitp(m, cps[a + t], y), best = 0, v;
			int arg = -1;

			for (i = 0; i < 2; i++) {
				int y0 = prev[y][i];

				v = V[(t - 1) * 4 + (size_t)y0] +
				    m->trans[y0][y] + em;
				/* max over (prob, state): a tie goes to the
				 * later letter. */
				if (arg < 0 || v > best || (v == best &&
				    y0 > arg)) {
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
	/* A word ends at each E and S; what is left after the last, too. */
	for (t = 0; t < L; t++)
		if (path[t] == ST_E || path[t] == ST_S) {
			out[k++] = (uint32_t)(a + t + 1);
			nexti = t + 1;
		}
	if (nexti < L)
		out[k++] = (uint32_t)b;
	return k;
}

/* The Han characters cps[0..n) (n > 0) are a word of frequency > 0, by
 * the route's table. */
static int
is_word(const struct zh_model *m, const int32_t *cps, size_t n)
{
	uint32_t x = m->han[cps[0] - HAN0];
	size_t i;

	for (i = 1; x != 0 && i < n; i++)
		x = node_child(m, x, cps[i]);
	return x != 0 && m->node[x - 1].lp <= 0;
}

/*
 * The stretch of one-character words a..b: their ends into out, as
 * jieba's __cut_DAG: one character as is; a dictionary word as its
 * characters; else the HMM, whose words the user gave frequency 0 become
 * characters.  Returns the count.
 */
static size_t
stretch(const struct zh_model *m, const int32_t *cps, size_t a, size_t b,
    struct scratch *sc, uint32_t *out)
{
	size_t k = 0, i, nw;
	uint32_t x;

	if (b - a < 2 || is_word(m, cps + a, b - a)) {
		for (i = a; i < b; i++)
			out[k++] = (uint32_t)(i + 1);
		return k;
	}
	nw = viterbi(m, cps, a, b, sc, out);
	/* Split words in place, from the end (the count only grows to the
	 * stretch's length, which out has room for). */
	for (i = nw; i-- > 0;) {
		size_t s = i ? out[i - 1] : a, e = out[i], extra, j;

		if (m->nsplit == 0 || e - s < 2 ||
		    (x = entry_of(m, cps + s, e - s)) == 0 ||
		    !(m->flag[x - 1] & ZF_SPLIT))
			continue;
		extra = e - s - 1;
		memmove(out + i + 1 + extra, out + i + 1,
		    (nw - i - 1) * sizeof(*out));
		for (j = 0; j <= extra; j++)
			out[i + j] = (uint32_t)(s + j + 1);
		nw += extra;
	}
	return nw;
}

/*
 * How far a word of the dictionary that starts at character i reaches:
 * the end of the longest (i + 1 when none does), among cps[i..N).
 */
static size_t
reach(const struct zh_model *m, const int32_t *cps, size_t i, size_t N)
{
	uint32_t x = 0;
	size_t j, r = i + 1;

	/* The route's table (zh_finish): a node's lp > 0 is a prefix only,
	 * not a word, as route_fast reads it. */
	for (j = i; j < N; j++) {
		if ((x = node_child(m, x, cps[j])) == 0)
			break;
		if (m->node[x - 1].lp <= 0)
			r = j + 1;
	}
	return r;
}

/*
 * A boundary up to which the route of the window cps[0..Nw) is the
 * route of the whole run, whatever comes after: the largest j <= lim on
 * the route from 0 that no word of the dictionary starting before it
 * reaches past (every path of the word graph goes through j, so the best
 * path to it does not depend on what follows: jieba's score after j adds
 * the same to each), and that ends a word of two characters or more (so
 * no stretch of one-character words, the HMM's, goes across it).  The
 * window's own end counts only when nothing reaches past it.  Words are
 * looked up in cps[0..N), N >= Nw; 0 when there is no such j.
 */
static size_t
safe_end(const struct zh_model *m, const int32_t *cps, const uint32_t *nxt,
    size_t Nw, size_t lim, size_t N)
{
	size_t i, far = 0, on = 0, prev = 0, best = 0, r;

	for (i = 0; i < Nw && i <= lim; i++) {
		if (i == on) {
			if (i > 0 && far <= i && i - prev >= 2)
				best = i;
			prev = i;
			on = nxt[i];
		}
		if ((r = reach(m, cps, i, N)) > far)
			far = r;
	}
	if (i == Nw && Nw <= lim && on == Nw && far <= Nw && Nw - prev >= 2)
		best = Nw;
	return best;
}

/*
 * Where a window with no boundary of safe_end is cut: the last point of
 * the route from 0 up to lim that ends a word of two characters or more,
 * else the last point of the route (at least the first word).
 */
static size_t
forced_end(const uint32_t *nxt, size_t Nw, size_t lim)
{
	size_t i = 0, two = 0, any = 0;

	while (i < Nw) {
		size_t e = nxt[i];

		if (e > lim && any > 0)
			break;
		any = e;
		if (e - i >= 2)
			two = e;
		i = e;
	}
	return two > 0 ? two : any;
}

struct heap_scratch {
	struct scratch sc;
	size_t	 cap;		/* characters it has room for, 0: the stack's */
};

/* Room for N characters in h (the stack's arrays up to STACKN). */
static void
scratch_room(struct heap_scratch *h, size_t N)
{
	struct scratch *sc = &h->sc;

	if (N <= STACKN || N <= h->cap)
		return;
	if (h->cap == 0)
		*sc = (struct scratch){ NULL, NULL, NULL, NULL, NULL, NULL,
		    NULL };
	h->cap = N;
	sc->cp = xreallocarray(sc->cp, N + 1, sizeof(*sc->cp));
	sc->nxt = xreallocarray(sc->nxt, N + 1, sizeof(*sc->nxt));
	sc->w = xreallocarray(sc->w, N + 1, sizeof(*sc->w));
	sc->nid = xreallocarray(sc->nid, N + 1, sizeof(*sc->nid));
	sc->best = xreallocarray(sc->best, N + 1, sizeof(*sc->best));
	sc->v = xreallocarray(sc->v, N * 4, sizeof(*sc->v));
	sc->bp = xreallocarray(sc->bp, N, 5);
}

/*
 * zh_cut and zh_cut_head: the run s[0..n), which goes on past n when
 * more.  A run of up to ZH_WHOLE characters (and not more) is cut in one
 * go, as jieba cuts it.  A longer one is cut a window at a time (its
 * first 4 * max characters, doubled until it holds a boundary of
 * safe_end), so that cutting a run of any length again and again from
 * where the last words ended costs time in proportion to the run, not to
 * its square.  Each window reads maxw characters beyond it, to see the
 * words that may cross it.  Where words cross every point of ZH_WHOLE
 * characters the window is cut at its last word (forced_end): there the
 * words of a pathological run may differ from jieba's, in bounded time
 * and memory.
 */
static size_t
cut(const struct zh_model *m, const char *s, size_t n, int more, int hmm,
    size_t *ends, uint32_t *ids, size_t max)
{
	int32_t cs[STACKN + 1];
	uint32_t ns[STACKN + 1], ws[STACKN + 1], is[STACKN + 1];
	double bs[STACKN + 1], vs[STACKN * 4];
	unsigned char bps[STACKN * 5];
	struct heap_scratch h = { { cs, ns, ws, is, bs, vs, bps }, 0 };
	struct scratch *sc = &h.sc;
	size_t total = n / 3, N, Nw, D, lim, W = 4 * max, i, k = 0, nw, j, a;

	for (;;) {
		if (!more && total <= ZH_WHOLE)
			Nw = D = total;
		else {
			Nw = total < W ? total : W;
			D = total - Nw < m->maxw ? total : Nw + m->maxw;
		}
		scratch_room(&h, D);
		/* Characters of zh_ishan: three bytes each. */
		for (N = 0; N < D; N++) {
			const unsigned char *u = (const unsigned char *)s +
			    3 * N;

			sc->cp[N] = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 |
			    (u[2] & 0x3F);
		}
		route(m, sc->cp, Nw, sc->best, sc->nxt, sc->nid, 0);
		if (!more && Nw == total) {
			N = total;
			break;
		}
		/* What was not given may hold words from the last maxw. */
		lim = !more || D < total ? Nw : D > m->maxw ? D - m->maxw : 0;
		if ((N = safe_end(m, sc->cp, sc->nxt, Nw, lim, D)) > 0)
			break;
		if (Nw >= ZH_WHOLE || Nw == total) {
			/* Words cross every point of ZH_WHOLE characters (a
			 * character repeated, 一一一…, where jieba's cut of
			 * the start depends on the run's length): cut at the
			 * last word of the best path there, not at the end of
			 * a run that may be a gigabyte long. */
			N = forced_end(sc->nxt, Nw, lim);
			break;
		}
		W *= 2;
	}
	hmm = hmm && m->hmm;
	/* Words as character ends, in units that start and end at a safe
	 * boundary: a stretch of one-character words, then a longer word. */
	i = 0;
	while (i < N && k < max) {
		size_t last = SIZE_MAX, from;

		a = i;
		if (hmm)
			while (i < N && sc->nxt[i] == i + 1)
				i++;
		nw = hmm ? stretch(m, sc->cp, a, i, sc, sc->w) : 0;
		if (i < N) {
			last = i;	/* the route's word: its entry */
			sc->w[nw++] = sc->nxt[i];
			i = sc->nxt[i];
		}
		if (k > 0 && k + nw > max)
			break;
		for (j = 0, from = a; j < nw && k < max; from = sc->w[j++]) {
			/* The HMM's words: a character's own entry, if it
			 * has one; none for a longer one. */
			if (ids != NULL)
				ids[k] = j + 1 == nw && last != SIZE_MAX ?
				    sc->nid[last] : sc->w[j] - from == 1 ?
				    m->han[sc->cp[from] - HAN0] : 0;
			ends[k++] = 3 * (size_t)sc->w[j];
		}
	}
	if (h.cap > 0) {
		free(sc->cp);
		free(sc->nxt);
		free(sc->w);
		free(sc->nid);
		free(sc->best);
		free(sc->v);
		free(sc->bp);
	}
	return k;
}

size_t
zh_nids(const struct zh_model *m)
{
	return m->nnode + 1;
}

size_t
zh_cut(const struct zh_model *m, const char *s, size_t n, int hmm,
    size_t *ends, uint32_t *ids, size_t max)
{
	return cut(m, s, n, 0, hmm, ends, ids, max);
}

size_t
zh_cut_head(const struct zh_model *m, const char *s, size_t n, int hmm,
    size_t *ends, uint32_t *ids, size_t max)
{
	return cut(m, s, n, 1, hmm, ends, ids, max);
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
	size_t len;

	for (i = 0; r == NULL && i < sizeof(jieba_dirs) / sizeof(*jieba_dirs);
	    i++) {
		if (glob(jieba_dirs[i], 0, NULL, &g) != 0)
			continue;
		for (j = 0; r == NULL && j < g.gl_pathc; j++) {
			len = strlen(g.gl_pathv[j]) + strlen(rel) + 2;
			path = xmalloc(len);
			snprintf(path, len, "%s/%s", g.gl_pathv[j], rel);
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
	size_t len = strlen(dir) + strlen(rel) + 2;
	char *p = xmalloc(len);

	snprintf(p, len, "%s/%s", dir, rel);
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
	/* The building's tables, the dictionary's text and the HMM's
	 * sources (some 20 MB) are freed, but glibc keeps them in the
	 * arena of the thread that loaded (a preloading thread's, which no
	 * other thread reuses): give them back. */
	malloc_trim(0);
}

const struct zh_model *
zh_default(void)
{
	pthread_once(&glue.once, load);
	return glue.m;
}

static void *
preload_main(void *arg)
{
	(void)arg;
	(void)zh_default();
	return NULL;
}

int
zh_wanted(const char *s, size_t n)
{
	size_t i, lim = n < ZH_LOOK ? n : ZH_LOOK;
	int32_t c;
	int run = 0;

	for (i = 0; i < lim; i++) {
		if ((unsigned char)s[i] < 0xE4 || (unsigned char)s[i] > 0xE9 ||
		    i + 3 > n || utf8_decode(s + i, n - i, &c) != 3 ||
		    !zh_ishan(c)) {
			run = 0;
			continue;
		}
		if (++run == 2)
			return 1;
		i += 2;
	}
	return 0;
}

void
zh_preload(void)
{
	static atomic_int started;
	pthread_attr_t a;
	pthread_t tid;

	if (tool_threads() < 2 || atomic_exchange(&started, 1))
		return;
	if (pthread_attr_init(&a) != 0)
		return;
	/* Detached: if it cannot start, the first Han run loads the model
	 * as before; if the run ends first, the process ends with it. */
	if (pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED) == 0)
		(void)pthread_create(&tid, &a, preload_main, NULL);
	pthread_attr_destroy(&a);
}
