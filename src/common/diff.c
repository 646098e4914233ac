/*
 * diff.c: Myers' linear-space diff (see diff.h).
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"

struct ctx {
	const uint32_t *a, *b;
	int64_t	*v1, *v2;	/* furthest x per diagonal, forward and back */
	size_t	 vcap;
	diff_runs *out;
	size_t	 common;
};

static void
emit(struct ctx *c, size_t a, size_t b, size_t n)
{
	struct diff_run *last;

	if (n == 0)
		return;
	c->common += n;
	if (c->out->n > 0) {
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
	int64_t *v1 = c->v1, *v2 = c->v2;
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
			v1[ko] = x1;
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
			v2[ko] = x2;
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

static void
lcs(struct ctx *c, size_t alo, size_t ahi, size_t blo, size_t bhi)
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
		lcs(c, alo, x, blo, y);
		lcs(c, x, ahi, y, bhi);
	}
	emit(c, ahi, bhi, suf);
}

size_t
diff_lcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
    diff_runs *out)
{
	struct ctx c;
	size_t need = (na + nb + 1) / 2 * 2 + 4;

	memset(&c, 0, sizeof(c));
	c.a = a;
	c.b = b;
	c.out = out;
	c.v1 = xreallocarray(NULL, need, sizeof(*c.v1));
	c.v2 = xreallocarray(NULL, need, sizeof(*c.v2));
	lcs(&c, 0, na, 0, nb);
	free(c.v1);
	free(c.v2);
	return c.common;
}
