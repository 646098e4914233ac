/*
 * zhconv.c: --zh-convert, the view of a text in simplified characters
 * and the map of its offsets back to the text's (see zhconv.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <opencc/opencc.h>

#include "zhconv.h"
#include "diff.h"
#include "utf8.h"

#ifndef TX_OPENCC_DIR
#define TX_OPENCC_DIR "/usr/share/opencc"
#endif

/* A run converted at once, in bytes, before it looks for a place to end
 * (run_full). */
#define RUN_MAX	(64 << 10)

static const char *const names[] = { "t2s", "tw2s", "tw2sp", "hk2s" };
const char zhconv_names[] = "t2s, tw2s, tw2sp or hk2s";

int
zhconv_known(const char *name)
{
	size_t k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strcmp(name, names[k]) == 0)
			return 1;
	return 0;
}

void *
zhconv_open(const char *name, char *why, size_t whyn)
{
	char file[sizeof(TX_OPENCC_DIR) + 32];
	opencc_t cc;

	if (!zhconv_known(name)) {
		snprintf(why, whyn, "'%s' is not %s", name, zhconv_names);
		return NULL;
	}
	/* OpenCC's data directory (the Makefile's TX_OPENCC_DIR), by its
	 * full path: OpenCC reads a bare "t2s.json" of the current directory
	 * first.  The tables the configuration names are found beside it. */
	snprintf(file, sizeof(file), "%s/%s.json", TX_OPENCC_DIR, name);
	cc = opencc_open(file);
	if (cc == (opencc_t)-1) {
		const char *e = opencc_error();

		snprintf(why, whyn, "OpenCC cannot open %s: %s", file,
		    e != NULL && *e != '\0' ? e : "no reason given");
		return NULL;
	}
	return cc;
}

void
zhconv_close(void *cc)
{
	if (cc != NULL)
		opencc_close((opencc_t)cc);
}

/* The number of characters of valid UTF-8 s[0..n). */
static size_t
nchars(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* The length of the character at s[0..n), valid UTF-8 beyond ASCII (the
 * runs converted), or 0 when there is none there: ASCII, NUL, a byte
 * that is not UTF-8. */
static int
wide_len(const char *s, size_t n)
{
	int32_t cp;
	int l;

	if ((unsigned char)s[0] < 0x80)
		return 0;
	l = utf8_decode(s, n, &cp);
	return l < 2 ? 0 : l;
}

/* Whether the character at s[0..n) is of a clause: a letter or a mark
 * (OpenCC's phrases hold nothing else). */
static int
clause_char(const char *s, size_t n)
{
	int32_t cp;

	return utf8_decode(s, n, &cp) > 0 &&
	    (utf8_isalpha(cp) || utf8_ismark(cp));
}

/*
 * Whether a run that has len bytes so far ends before the character at
 * s[0..n): OpenCC holds a run, its segments and its output at once (some
 * 4.5 times the run: a 64 MB line of Han characters took 431 MiB), so a
 * run stops at the first character past RUN_MAX that is not a letter or
 * a mark, where no phrase can be cut, and past 4 * RUN_MAX of letters
 * alone (a line of nothing but Han characters) at any character, where a
 * phrase may be cut in two and its characters converted one by one.
 */
static int
run_full(const char *s, size_t n, size_t len)
{
	return len >= 4 * RUN_MAX || (len >= RUN_MAX && !clause_char(s, n));
}

/* The view gets text s[0..n), unchanged. */
static void
keep(struct zhconv *C, const char *s, size_t n)
{
	if (C->changed)
		str_add(&C->view, s, n);
}

/* The view changes from text offset at: before the first change, the
 * view is the text up to there. */
static void
begin_change(struct zhconv *C, const char *base, size_t at)
{
	if (C->changed)
		return;
	C->changed = 1;
	str_clear(&C->view);
	str_add(&C->view, base, at);
}

/* The view gets out[0..on) for text s[0..n) at text offset at, character
 * by character when the two have as many (units of their own lengths),
 * else as one block. */
static void
put(struct zhconv *C, const char *base, size_t at, size_t n, const char *out,
    size_t on)
{
	const char *s = base + at;
	size_t i = 0, j = 0;

	if ((!C->changed && on == n && memcmp(s, out, n) == 0) || on == 0) {
		/* Unchanged (or nothing came back, which no table does). */
		keep(C, s, n);
		return;
	}
	begin_change(C, base, at);
	if (nchars(s, n) != nchars(out, on)) {
		viewmap_add(&C->map, C->view.n, on, at, n, on, n);
		str_add(&C->view, out, on);
		return;
	}
	while (i < n && j < on) {
		size_t a = 1, b = 1;

		while (i + a < n && ((unsigned char)s[i + a] & 0xC0) == 0x80)
			a++;
		while (j + b < on && ((unsigned char)out[j + b] & 0xC0) == 0x80)
			b++;
		if (a != b)
			viewmap_add(&C->map, C->view.n, b, at + i, a, b, a);
		str_add(&C->view, out + j, b);
		i += a;
		j += b;
	}
}

/* Converts s[0..n) with cc: a string to free with opencc_convert_utf8_free,
 * its length in *on. */
static char *
convert(void *cc, const char *s, size_t n, size_t *on)
{
	char *r = opencc_convert_utf8((opencc_t)cc, s, n);

	if (r == NULL)
		abort();	/* OpenCC returns NULL only when out of memory */
	*on = strlen(r);
	return r;
}

/* A stretch of a clause: text characters [i0, i1) became view characters
 * [j0, j1). */
struct stretch {
	size_t	 i0, i1, j0, j1;
};

/*
 * A clause, text[a..b), whose conversion out[0..on) changed its number of
 * characters.  Converted one at a time, each character is one character
 * (else the clause is one block); the longest common subsequence of those
 * and of out (diff.h) holds the characters that map one to one, and each
 * stretch between two of them is a block (tw2sp's 記憶體 → 内存).  A
 * stretch empty on one side (a character that the phrase dropped or
 * added) joins the stretch before it, or the one after at the start.
 */
static void
put_clause(struct zhconv *C, void *cc, const char *text, size_t a, size_t b,
    const char *out, size_t on)
{
	VEC(size_t) tc = { 0 }, pc = { 0 };	/* character starts */
	VEC(uint32_t) q = { 0 }, pv = { 0 };	/* their code points */
	VEC(struct stretch) st = { 0 };
	diff_runs runs = { 0 };
	size_t i, j, r, pi, pj;
	int32_t cp;
	int l;

	for (i = a; i < b; i += (size_t)l) {
		size_t cl;
		char *c;
		int one;

		l = wide_len(text + i, b - i);
		c = convert(cc, text + i, (size_t)l, &cl);
		one = nchars(c, cl) == 1 && utf8_decode(c, cl, &cp) > 0;
		opencc_convert_utf8_free(c);
		if (!one)
			goto block;
		VEC_PUSH(tc, i);
		VEC_PUSH(q, (uint32_t)cp);
	}
	VEC_PUSH(tc, b);
	for (j = 0; j < on; j += (size_t)l) {
		if ((l = utf8_decode(out + j, on - j, &cp)) < 1)
			goto block;
		VEC_PUSH(pc, j);
		VEC_PUSH(pv, (uint32_t)cp);
	}
	VEC_PUSH(pc, on);
	diff_lcs(q.v, q.n, pv.v, pv.n, &runs);
	/* The stretches: each run's characters one by one, the gaps between
	 * as blocks. */
	for (r = 0, pi = pj = 0; r <= runs.n; r++) {
		size_t ra = r < runs.n ? runs.v[r].a : q.n;
		size_t rb = r < runs.n ? runs.v[r].b : pv.n;
		size_t n = r < runs.n ? runs.v[r].n : 0, k;

		if (ra > pi || rb > pj) {
			struct stretch g = { pi, ra, pj, rb };

			if ((ra == pi || rb == pj) && st.n > 0) {
				st.v[st.n - 1].i1 = ra;
				st.v[st.n - 1].j1 = rb;
			} else
				VEC_PUSH(st, g);
		}
		for (k = 0; k < n; k++) {
			struct stretch g = { ra + k, ra + k + 1, rb + k,
			    rb + k + 1 };
			struct stretch *last = st.n ? &st.v[st.n - 1] : NULL;

			/* A first stretch empty on one side takes this. */
			if (last != NULL && (last->i0 == last->i1 ||
			    last->j0 == last->j1)) {
				last->i1 = g.i1;
				last->j1 = g.j1;
			} else
				VEC_PUSH(st, g);
		}
		pi = ra + n;
		pj = rb + n;
	}
	for (r = 0; r < st.n; r++) {
		const struct stretch *g = &st.v[r];
		size_t t0 = tc.v[g->i0], t1 = tc.v[g->i1];
		size_t v0 = pc.v[g->j0], v1 = pc.v[g->j1];

		/* put: one to one when the counts are equal, else a block. */
		put(C, text, t0, t1 - t0, out + v0, v1 - v0);
	}
	goto done;
block:
	put(C, text, a, b - a, out, on);
done:
	VEC_FREE(tc);
	VEC_FREE(pc);
	VEC_FREE(q);
	VEC_FREE(pv);
	VEC_FREE(st);
	VEC_FREE(runs);
}

/* A run text[a..b) whose conversion changed its number of characters:
 * clause by clause (marks and spaces between them are kept). */
static void
put_run(struct zhconv *C, void *cc, const char *text, size_t a, size_t b)
{
	size_t i = a;

	while (i < b) {
		size_t j = i, on;
		char *r;
		int in = clause_char(text + i, b - i);

		while (j < b && clause_char(text + j, b - j) == in)
			j += (size_t)wide_len(text + j, b - j);
		if (!in) {
			keep(C, text + i, j - i);
			i = j;
			continue;
		}
		r = convert(cc, text + i, j - i, &on);
		if (nchars(r, on) == nchars(text + i, j - i))
			put(C, text, i, j - i, r, on);
		else
			put_clause(C, cc, text, i, j, r, on);
		opencc_convert_utf8_free(r);
		i = j;
	}
}

void
zhconv_view(struct zhconv *C, void *cc, const char *s, size_t n)
{
	size_t i = 0;

	str_clear(&C->view);
	viewmap_clear(&C->map);
	C->changed = 0;
	C->s = s;
	C->n = n;
	if (cc == NULL)
		return;
	while (i < n) {
		size_t j = i, on;
		char *r;
		int l;

		/* What is not a run goes as it is. */
		while (j < n && wide_len(s + j, n - j) == 0)
			j++;
		keep(C, s + i, j - i);
		if ((i = j) >= n)
			break;
		while (j < n && (l = wide_len(s + j, n - j)) > 0 &&
		    !run_full(s + j, n - j, j - i))
			j += (size_t)l;
		r = convert(cc, s + i, j - i, &on);
		if (nchars(r, on) == nchars(s + i, j - i))
			put(C, s, i, j - i, r, on);
		else
			put_run(C, cc, s, i, j);
		opencc_convert_utf8_free(r);
		i = j;
	}
	if (C->changed) {
		C->s = C->view.s;
		C->n = C->view.n;
	}
}

size_t
zhconv_src(const struct zhconv *C, size_t v, int forend)
{
	return viewmap_src(&C->map, v, forend);
}

void
zhconv_para(struct zhconv *C, struct para *p)
{
	viewmap_para(&C->map, p);
}

void
zhconv_free(struct zhconv *C)
{
	str_free(&C->view);
	str_free(&C->run);
	viewmap_free(&C->map);
	C->s = NULL;
	C->n = 0;
	C->changed = 0;
}
