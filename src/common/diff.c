/*
 * diff.c: Myers' linear-space diff (see diff.h).
 */
#include <err.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"

struct ctx {
	const uint32_t *a, *b;
	int32_t	*v1, *v2;	/* furthest x per diagonal, forward and back */
	size_t	 vcap;		/* entries of each */
	diff_runs *out;
	size_t	 base;		/* out->v[0 .. base) are the caller's */
	size_t	 common;
};

/* Room for 2 cap + 3 entries in v1 and v2. */
static void
vroom(struct ctx *c, int64_t cap)
{
	size_t need = 2 * (size_t)cap + 3;

	if (need <= c->vcap)
		return;
	if (need < 2 * c->vcap)
		need = 2 * c->vcap;
	c->v1 = xreallocarray(c->v1, need, sizeof(*c->v1));
	c->v2 = xreallocarray(c->v2, need, sizeof(*c->v2));
	c->vcap = need;
}

/* Widens the diagonals v1 and v2 hold from cap to ncap on each side of
 * the centre *off, moving what they hold. */
static void
vwiden(struct ctx *c, int64_t *cap, int64_t *off, int64_t ncap)
{
	int64_t noff = ncap + 1, shift, i, len = 2 * *cap + 3;
	int64_t nlen = 2 * ncap + 3;

	vroom(c, ncap);
	shift = noff - *off;
	memmove(c->v1 + shift, c->v1, (size_t)len * sizeof(*c->v1));
	memmove(c->v2 + shift, c->v2, (size_t)len * sizeof(*c->v2));
	for (i = 0; i < shift; i++)
		c->v1[i] = c->v2[i] = -1;
	for (i = shift + len; i < nlen; i++)
		c->v1[i] = c->v2[i] = -1;
	*cap = ncap;
	*off = noff;
}

static void
emit(struct ctx *c, size_t a, size_t b, size_t n)
{
	struct diff_run *last;

	if (n == 0)
		return;
	c->common += n;
	if (c->out->n > c->base) {
		last = &c->out->v[c->out->n - 1];
		if (last->a + last->n == a && last->b + last->n == b) {
			last->n += n;
			return;
		}
	}
	VEC_PUSH(*c->out, ((struct diff_run){ a, b, n }));
}

/*
 * The middle snake of a[alo..ahi) against b[blo..bhi), both non-empty and
 * with different first and last elements: a point (*x, *y) on an optimal
 * edit path with about half of its edits on each side.  Forward paths grow
 * from the top left, backward ones from the bottom right, one edit at a
 * time each, until they overlap on a diagonal.  Returns 0 when there is no
 * common element at all.
 */
static int
middle(struct ctx *c, size_t alo, size_t ahi, size_t blo, size_t bhi,
    size_t *x, size_t *y)
{
	const uint32_t *A = c->a + alo, *B = c->b + blo;
	int64_t N = (int64_t)(ahi - alo), M = (int64_t)(bhi - blo);
	int64_t maxd = (N + M + 1) / 2, cap = maxd < 64 ? maxd : 64, off;
	int64_t delta = N - M, d, k1, k2, len;
	int64_t k1start = 0, k1end = 0, k2start = 0, k2end = 0;
	int32_t *v1, *v2;
	int front = (delta & 1) != 0;

	/* The diagonals -cap-1 .. cap+1 around off, widened as d grows:
	 * memory follows the edits, not the lengths. */
	vroom(c, cap);
	off = cap + 1;
	len = 2 * cap + 3;
	for (d = 0; d < len; d++)
		c->v1[d] = c->v2[d] = -1;
	c->v1[off + 1] = 0;
	c->v2[off + 1] = 0;
	for (d = 0; d < maxd; d++) {
		if (d > cap) {
			vwiden(c, &cap, &off, 2 * cap < maxd ? 2 * cap : maxd);
			len = 2 * cap + 3;
		}
		v1 = c->v1;
		v2 = c->v2;
		for (k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
			int64_t ko = off + k1, x1, y1;

			if (k1 == -d || (k1 != d && v1[ko - 1] < v1[ko + 1]))
				x1 = v1[ko + 1];
			else
				x1 = v1[ko - 1] + 1;
			y1 = x1 - k1;
			while (x1 < N && y1 < M && A[x1] == B[y1]) {
				x1++;
				y1++;
			}
			v1[ko] = (int32_t)x1;
			if (x1 > N)
				k1end += 2;
			else if (y1 > M)
				k1start += 2;
			else if (front) {
				int64_t k2o = off + delta - k1;

				if (k2o >= 0 && k2o < len && v2[k2o] != -1 &&
				    x1 >= N - v2[k2o]) {
					*x = alo + (size_t)x1;
					*y = blo + (size_t)y1;
					return 1;
				}
			}
		}
		for (k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
			int64_t ko = off + k2, x2, y2;

			if (k2 == -d || (k2 != d && v2[ko - 1] < v2[ko + 1]))
				x2 = v2[ko + 1];
			else
				x2 = v2[ko - 1] + 1;
			y2 = x2 - k2;
			while (x2 < N && y2 < M && A[N - x2 - 1] == B[M - y2 - 1]) {
				x2++;
				y2++;
			}
			v2[ko] = (int32_t)x2;
			if (x2 > N)
				k2end += 2;
			else if (y2 > M)
				k2start += 2;
			else if (!front) {
				int64_t k1o = off + delta - k2;

				if (k1o >= 0 && k1o < len && v1[k1o] != -1) {
					int64_t x1 = v1[k1o];
					int64_t y1 = off + x1 - k1o;

					if (x1 >= N - x2) {
						*x = alo + (size_t)x1;
						*y = blo + (size_t)y1;
						return 1;
					}
				}
			}
		}
	}
	return 0;
}

static void lcs(struct ctx *, size_t, size_t, size_t, size_t, int);

/*
 * The two halves of a split are independent problems: with two threads
 * the left one runs on a second thread with working space of its own,
 * and its runs come before the right one's.
 */
struct half {
	struct ctx c;
	diff_runs out;
	size_t	 alo, ahi, blo, bhi;
};

static void *
half_run(void *arg)
{
	struct half *h = arg;

	lcs(&h->c, h->alo, h->ahi, h->blo, h->bhi, 0);
	return NULL;
}

static void
halves(struct ctx *c, size_t alo, size_t x, size_t ahi, size_t blo,
    size_t y, size_t bhi)
{
	struct half h;
	diff_runs right = { 0 }, *out = c->out;
	size_t i, keep = c->common;
	size_t base = c->base;
	pthread_t tid;
	int two;

	memset(&h, 0, sizeof(h));
	h.c = *c;
	h.c.out = &h.out;
	h.c.base = 0;
	h.c.common = 0;
	h.c.v1 = h.c.v2 = NULL;
	h.c.vcap = 0;
	h.alo = alo;
	h.ahi = x;
	h.blo = blo;
	h.bhi = y;
	two = pthread_create(&tid, NULL, half_run, &h) == 0;
	/* The right half into runs of its own, counted when they join
	 * the rest below. */
	c->out = &right;
	c->base = 0;
	lcs(c, x, ahi, y, bhi, 0);
	c->out = out;
	c->base = base;
	c->common = keep;
	if (two)
		pthread_join(tid, NULL);
	else
		half_run(&h);
	for (i = 0; i < h.out.n; i++)
		emit(c, h.out.v[i].a, h.out.v[i].b, h.out.v[i].n);
	for (i = 0; i < right.n; i++)
		emit(c, right.v[i].a, right.v[i].b, right.v[i].n);
	free(h.c.v1);
	free(h.c.v2);
	VEC_FREE(h.out);
	VEC_FREE(right);
}

/* Common prefix and suffix off, then the middle snake splits the rest in
 * two, each solved the same way (on two threads when `two`). */
static void
lcs(struct ctx *c, size_t alo, size_t ahi, size_t blo, size_t bhi, int two)
{
	size_t pre = 0, suf = 0, x, y;

	while (alo + pre < ahi && blo + pre < bhi &&
	    c->a[alo + pre] == c->b[blo + pre])
		pre++;
	emit(c, alo, blo, pre);
	alo += pre;
	blo += pre;
	while (alo + suf < ahi && blo + suf < bhi &&
	    c->a[ahi - suf - 1] == c->b[bhi - suf - 1])
		suf++;
	ahi -= suf;
	bhi -= suf;
	if (alo < ahi && blo < bhi && middle(c, alo, ahi, blo, bhi, &x, &y)) {
		/* With no common first or last element there are at least
		 * two edits, one on each side of the split. */
		if ((x == alo && y == blo) || (x == ahi && y == bhi))
			errx(STATUS_TROUBLE, "internal error: diff split at a "
			    "corner");
		if (two)
			halves(c, alo, x, ahi, blo, y, bhi);
		else {
			lcs(c, alo, x, blo, y, 0);
			lcs(c, x, ahi, y, bhi, 0);
		}
	}
	emit(c, ahi, bhi, suf);
}

/*
 * The fast road: the elements found once in a and once in b, in the
 * longest chain whose order both sides agree on (patience diff's
 * anchors), cut the problem into small ones, each solved exactly.  The
 * result is a common subsequence, maybe not a longest one; it is taken
 * only when its edits equal a lower bound of every edit script: an
 * element found p times in a and q times in b is deleted or inserted at
 * least |p - q| times.  Moved or swapped text defeats the bound, and then
 * the whole problem is solved the slow, exact way.
 */
static int
anchored(struct ctx *c, size_t alo, size_t ahi, size_t blo, size_t bhi)
{
	uint32_t maxid = 0, *ca, *cb;
	/* positions fit 32 bits: diff_lcs refuses more than 2^30 elements */
	uint32_t *pa, *pb, *tail, *prev, *chain;
	size_t i, k, n = 0, lb = 0, len = 0;
	size_t ea, eb, start_common = c->common, start_runs = c->out->n;

	for (i = alo; i < ahi; i++)
		if (c->a[i] > maxid)
			maxid = c->a[i];
	for (i = blo; i < bhi; i++)
		if (c->b[i] > maxid)
			maxid = c->b[i];
	ca = xcalloc((size_t)maxid + 1, sizeof(*ca));
	cb = xcalloc((size_t)maxid + 1, sizeof(*cb));
	pb = xcalloc((size_t)maxid + 1, sizeof(*pb));
	for (i = alo; i < ahi; i++)
		ca[c->a[i]]++;
	for (i = blo; i < bhi; i++) {
		cb[c->b[i]]++;
		pb[c->b[i]] = (uint32_t)i;
	}
	for (i = 0; i <= maxid; i++)
		lb += ca[i] > cb[i] ? ca[i] - cb[i] : cb[i] - ca[i];
	/* Anchors in a's order, with their place in b; the longest chain
	 * increasing in b (patience sorting, O(n log n)). */
	pa = xreallocarray(NULL, ahi - alo + 1, sizeof(*pa));
	for (i = alo; i < ahi; i++)
		if (ca[c->a[i]] == 1 && cb[c->a[i]] == 1)
			pa[n++] = (uint32_t)i;
	tail = xreallocarray(NULL, n + 1, sizeof(*tail));
	prev = xreallocarray(NULL, n + 1, sizeof(*prev));
	for (k = 0; k < n; k++) {
		size_t y = pb[c->a[pa[k]]], lo = 0, hi = len;

		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (pb[c->a[pa[tail[mid]]]] < y)
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[k] = lo > 0 ? tail[lo - 1] : UINT32_MAX;
		tail[lo] = (uint32_t)k;
		if (lo == len)
			len++;
	}
	chain = xreallocarray(NULL, len + 1, sizeof(*chain));
	for (k = len, i = len > 0 ? tail[len - 1] : UINT32_MAX; k > 0; k--) {
		chain[k - 1] = (uint32_t)i;
		i = prev[i];
	}
	/* Solve between the anchors. */
	ea = alo;
	eb = blo;
	for (k = 0; k <= len; k++) {
		size_t x = k < len ? pa[chain[k]] : ahi;
		size_t y = k < len ? pb[c->a[x]] : bhi;

		lcs(c, ea, x, eb, y, 0);
		if (k < len)
			emit(c, x, y, 1);
		ea = x + 1;
		eb = y + 1;
	}
	free(ca);
	free(cb);
	free(pb);
	free(pa);
	free(tail);
	free(prev);
	free(chain);
	if ((ahi - alo) + (bhi - blo) - 2 * (c->common - start_common) == lb)
		return 1;
	/* Not proven minimal: undo. */
	c->common = start_common;
	c->out->n = start_runs;
	return 0;
}

/*
 * The exact road, on less: an element that the other side lacks is in no
 * common subsequence, so both sides lose those first (GNU diff does the
 * same); the runs found are mapped back, split where dropped elements
 * fall between, by counting the kept ones again.
 */
static void
exact(struct ctx *c, size_t alo, size_t ahi, size_t blo, size_t bhi)
{
	uint32_t maxid = 0, *ra, *rb;
	uint8_t *ina, *inb;
	size_t i, k, nra = 0, nrb = 0, ia, ib, xa, xb;
	diff_runs sub = { 0 };
	struct ctx s = *c;
	int two = tool_threads() > 1;

	for (i = alo; i < ahi; i++)
		if (c->a[i] > maxid)
			maxid = c->a[i];
	for (i = blo; i < bhi; i++)
		if (c->b[i] > maxid)
			maxid = c->b[i];
	ina = xcalloc((size_t)maxid + 1, 1);
	inb = xcalloc((size_t)maxid + 1, 1);
	for (i = alo; i < ahi; i++)
		ina[c->a[i]] = 1;
	for (i = blo; i < bhi; i++)
		inb[c->b[i]] = 1;
	ra = xreallocarray(NULL, ahi - alo + 1, sizeof(*ra));
	rb = xreallocarray(NULL, bhi - blo + 1, sizeof(*rb));
	for (i = alo; i < ahi; i++)
		if (inb[c->a[i]])
			ra[nra++] = c->a[i];
	for (i = blo; i < bhi; i++)
		if (ina[c->b[i]])
			rb[nrb++] = c->b[i];
	s.a = ra;
	s.b = rb;
	s.out = &sub;
	s.base = 0;
	s.common = 0;
	s.v1 = s.v2 = NULL;
	s.vcap = 0;
	lcs(&s, 0, nra, 0, nrb, two && nra + nrb > 100000);
	free(s.v1);
	free(s.v2);
	free(ra);
	free(rb);
	/* Back to places in a and b: the kept elements, counted in order
	 * (the runs go forward on both sides). */
	ia = alo;
	ib = blo;
	xa = xb = 0;
	for (i = 0; i < sub.n; i++)
		for (k = 0; k < sub.v[i].n; k++) {
			while (!inb[c->a[ia]] || xa < sub.v[i].a + k)
				xa += inb[c->a[ia++]];
			while (!ina[c->b[ib]] || xb < sub.v[i].b + k)
				xb += ina[c->b[ib++]];
			emit(c, ia, ib, 1);
		}
	VEC_FREE(sub);
	free(ina);
	free(inb);
}

size_t
diff_lcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
    diff_runs *out)
{
	struct ctx c;
	size_t pre = 0, suf = 0;

	if (na + nb >= INT32_MAX / 2)
		errx(STATUS_TROUBLE, "too many tokens to compare");
	memset(&c, 0, sizeof(c));
	c.a = a;
	c.b = b;
	c.out = out;
	c.base = out->n;	/* appended to, never merged with */
	while (pre < na && pre < nb && a[pre] == b[pre])
		pre++;
	while (suf < na - pre && suf < nb - pre &&
	    a[na - suf - 1] == b[nb - suf - 1])
		suf++;
	emit(&c, 0, 0, pre);
	if (!anchored(&c, pre, na - suf, pre, nb - suf))
		exact(&c, pre, na - suf, pre, nb - suf);
	emit(&c, na - suf, nb - suf, suf);
	free(c.v1);
	free(c.v2);
	return c.common;
}

/*
 * Sliders, after git's xdl_change_compact (xdiff/xdiffi.c).  ch[i] is 1
 * for an element of x that is deleted (or inserted); a group is a maximal
 * run of them, maybe empty, between two kept elements.  The k-th group of
 * one side and the k-th of the other lie between the same two kept
 * pairs, so both sides step through their groups together.
 */
#define SLIDE_MAX	256	/* the farthest a group is moved, each way */

struct grp {
	size_t	 start, end;
};

static void
grp_init(const uint8_t *ch, size_t n, struct grp *g)
{
	g->start = g->end = 0;
	while (g->end < n && ch[g->end])
		g->end++;
}

static int
grp_next(const uint8_t *ch, size_t n, struct grp *g)
{
	if (g->end == n)
		return -1;
	g->start = g->end + 1;
	for (g->end = g->start; g->end < n && ch[g->end]; g->end++)
		;
	return 0;
}

static int
grp_prev(const uint8_t *ch, struct grp *g)
{
	if (g->start == 0)
		return -1;
	g->end = g->start - 1;
	for (g->start = g->end; g->start > 0 && ch[g->start - 1]; g->start--)
		;
	return 0;
}

/* Moves the group one element down when the element after it equals its
 * first, merging with a group it meets. */
static int
grp_down(const uint32_t *x, size_t n, uint8_t *ch, struct grp *g)
{
	if (g->end == n || x[g->start] != x[g->end])
		return -1;
	ch[g->start++] = 0;
	ch[g->end++] = 1;
	while (g->end < n && ch[g->end])
		g->end++;
	return 0;
}

static int
grp_up(const uint32_t *x, uint8_t *ch, struct grp *g)
{
	if (g->start == 0 || x[g->start - 1] != x[g->end - 1])
		return -1;
	ch[--g->start] = 1;
	ch[--g->end] = 0;
	while (g->start > 0 && ch[g->start - 1])
		g->start--;
	return 0;
}

static void
compact(const uint32_t *x, size_t nx, uint8_t *chx, const uint8_t *cut,
    size_t no, uint8_t *cho)
{
	struct grp g, go;
	size_t size, earliest, matching, shift, best, bestcut, k;
	int found;

	grp_init(chx, nx, &g);
	grp_init(cho, no, &go);
	for (;;) {
		if (g.end == g.start)
			goto next;
		/* As far up as it goes, then down, until no merge changes
		 * its size; remember where it lines up with a change of the
		 * other side. */
		do {
			size = g.end - g.start;
			found = 0;
			for (k = 0; k < SLIDE_MAX && grp_up(x, chx, &g) == 0; k++)
				if (grp_prev(cho, &go) != 0)
					errx(STATUS_TROUBLE, "internal error: "
					    "diff groups out of step");
			earliest = g.end;
			if (go.end > go.start) {
				matching = g.end;
				found = 1;
			}
			for (k = 0; k < 2 * SLIDE_MAX &&
			    grp_down(x, nx, chx, &g) == 0; k++) {
				if (grp_next(cho, no, &go) != 0)
					errx(STATUS_TROUBLE, "internal error: "
					    "diff groups out of step");
				if (go.end > go.start) {
					matching = g.end;
					found = 1;
				}
			}
		} while (size != g.end - g.start);
		if (g.end == earliest)
			;	/* it cannot move */
		else if (found) {
			while (g.end > matching) {
				grp_up(x, chx, &g);
				grp_prev(cho, &go);
			}
		} else {
			/* The cheapest pair of boundaries; ties go down, as
			 * git's do. */
			best = g.end;
			bestcut = SIZE_MAX;
			shift = g.end - earliest > SLIDE_MAX ? g.end - SLIDE_MAX :
			    earliest;
			for (; shift <= g.end; shift++) {
				size_t c = (size_t)cut[shift - size] + cut[shift];

				if (c <= bestcut) {
					bestcut = c;
					best = shift;
				}
			}
			while (g.end > best) {
				grp_up(x, chx, &g);
				grp_prev(cho, &go);
			}
		}
next:
		if (grp_next(chx, nx, &g) != 0)
			break;
		if (grp_next(cho, no, &go) != 0)
			errx(STATUS_TROUBLE, "internal error: diff groups out "
			    "of step");
	}
}

void
diff_slide(const uint32_t *a, size_t na, const uint8_t *cut_a,
    const uint32_t *b, size_t nb, const uint8_t *cut_b, diff_runs *runs)
{
	uint8_t *cha = xreallocarray(NULL, na + 1, 1);
	uint8_t *chb = xreallocarray(NULL, nb + 1, 1);
	struct ctx c;
	size_t i, j, r, k;

	memset(cha, 1, na + 1);
	memset(chb, 1, nb + 1);
	for (r = 0; r < runs->n; r++)
		for (k = 0; k < runs->v[r].n; k++) {
			cha[runs->v[r].a + k] = 0;
			chb[runs->v[r].b + k] = 0;
		}
	compact(a, na, cha, cut_a, nb, chb);
	compact(b, nb, chb, cut_b, na, cha);
	memset(&c, 0, sizeof(c));
	c.out = runs;
	runs->n = 0;
	for (i = j = 0;; i++, j++) {
		while (i < na && cha[i])
			i++;
		while (j < nb && chb[j])
			j++;
		if (i == na || j == nb)
			break;
		if (a[i] != b[j])
			errx(STATUS_TROUBLE, "internal error: diff slid apart");
		emit(&c, i, j, 1);
	}
	free(cha);
	free(chb);
}
