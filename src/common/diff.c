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
	size_t	 vcap;
	diff_runs *out;
	size_t	 base;		/* out->v[0 .. base) are the caller's */
	size_t	 common;
};

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
	int64_t maxd = (N + M + 1) / 2, off = maxd, len = 2 * maxd + 2;
	int64_t delta = N - M, d, k1, k2;
	int64_t k1start = 0, k1end = 0, k2start = 0, k2end = 0;
	int32_t *v1 = c->v1, *v2 = c->v2;
	int front = (delta & 1) != 0;

	for (d = 0; d < len; d++)
		v1[d] = v2[d] = -1;
	v1[off + 1] = 0;
	v2[off + 1] = 0;
	for (d = 0; d < maxd; d++) {
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
	size_t i, need = (x - alo) + (y - blo) + 4, keep = c->common;
	size_t base = c->base;
	pthread_t tid;
	int two;

	memset(&h, 0, sizeof(h));
	h.c = *c;
	h.c.out = &h.out;
	h.c.base = 0;
	h.c.common = 0;
	h.c.v1 = xreallocarray(NULL, need, sizeof(*h.c.v1));
	h.c.v2 = xreallocarray(NULL, need, sizeof(*h.c.v2));
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
	uint32_t *pa, *pb;
	size_t i, k, n = 0, lb = 0, *tail, *prev, *chain, len = 0;
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
		prev[k] = lo > 0 ? tail[lo - 1] : SIZE_MAX;
		tail[lo] = k;
		if (lo == len)
			len++;
	}
	chain = xreallocarray(NULL, len + 1, sizeof(*chain));
	for (k = len, i = len > 0 ? tail[len - 1] : SIZE_MAX; k > 0; k--) {
		chain[k - 1] = i;
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
 * fall between.
 */
static void
exact(struct ctx *c, size_t alo, size_t ahi, size_t blo, size_t bhi)
{
	uint32_t maxid = 0, *ra, *rb;
	uint8_t *ina, *inb;
	size_t i, k, nra = 0, nrb = 0;
	uint32_t *ma, *mb;
	diff_runs sub = { 0 };
	struct ctx s = *c;

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
	ma = xreallocarray(NULL, ahi - alo + 1, sizeof(*ma));
	mb = xreallocarray(NULL, bhi - blo + 1, sizeof(*mb));
	for (i = alo; i < ahi; i++)
		if (inb[c->a[i]]) {
			ma[nra] = (uint32_t)i;
			ra[nra++] = c->a[i];
		}
	for (i = blo; i < bhi; i++)
		if (ina[c->b[i]]) {
			mb[nrb] = (uint32_t)i;
			rb[nrb++] = c->b[i];
		}
	free(ina);
	free(inb);
	s.a = ra;
	s.b = rb;
	s.out = &sub;
	s.base = 0;
	s.common = 0;
	lcs(&s, 0, nra, 0, nrb, tool_threads() > 1 && nra + nrb > 100000);
	for (i = 0; i < sub.n; i++)
		for (k = 0; k < sub.v[i].n; k++)
			emit(c, ma[sub.v[i].a + k], mb[sub.v[i].b + k], 1);
	VEC_FREE(sub);
	free(ra);
	free(rb);
	free(ma);
	free(mb);
}

size_t
diff_lcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
    diff_runs *out)
{
	struct ctx c;
	size_t need = (na + nb + 1) / 2 * 2 + 4, pre = 0, suf = 0;

	if (na + nb >= INT32_MAX / 2)
		errx(STATUS_TROUBLE, "too many tokens to compare");
	memset(&c, 0, sizeof(c));
	c.a = a;
	c.b = b;
	c.out = out;
	c.base = out->n;	/* appended to, never merged with */
	c.v1 = xreallocarray(NULL, need, sizeof(*c.v1));
	c.v2 = xreallocarray(NULL, need, sizeof(*c.v2));
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
