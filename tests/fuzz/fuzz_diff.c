/*
 * fuzz_diff.c: diff_lcs (diff.h) on two short sequences made from the
 * bytes, against the textbook O(nm) dynamic programme for the length of
 * a longest common subsequence.  The runs must be a common subsequence
 * (in order, inside both, equal elements, adjacent runs merged), as long
 * as the programme's, so that the edit script (what lies between runs)
 * has the least length na + nb - 2 LCS, and applying it to a rebuilds b.
 *
 * Bytes: the first chooses the alphabet (its low 6 bits + 1 symbols) and
 * whether ids are spread out (bit 7: ids up to 2^16, for the id-indexed
 * tables); then a's elements up to the first 0xFF, then b's.
 */
#include <stdint.h>
#include <string.h>

#include "diff.h"
#include "fuzz.h"

#define MAXN	400

static size_t
dp_lcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	static size_t row[2][MAXN + 1];
	size_t i, j, *prev = row[0], *cur = row[1], *t;

	memset(row, 0, sizeof(row));
	for (i = 1; i <= na; i++) {
		cur[0] = 0;
		for (j = 1; j <= nb; j++)
			cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 :
			    prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
		t = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static uint32_t a[MAXN], b[MAXN], rb[MAXN];
	diff_runs out = { 0 };
	struct diff_run sentinel = { 7, 7, 7 };
	size_t na = 0, nb = 0, i, common, sum = 0, pa = 0, pb = 0, nr = 0, k;
	unsigned alpha, spread;
	int inb = 0;

	if (n == 0)
		return 0;
	alpha = (data[0] & 0x3F) + 1u;
	spread = data[0] & 0x80 ? 257u : 1u;
	for (i = 1; i < n; i++) {
		if (data[i] == 0xFF && !inb) {
			inb = 1;
			continue;
		}
		if (inb ? nb >= MAXN : na >= MAXN)
			break;
		if (inb)
			b[nb++] = (data[i] % alpha) * spread;
		else
			a[na++] = (data[i] % alpha) * spread;
	}
	/* diff_lcs appends: what was in out stays. */
	VEC_PUSH(out, sentinel);
	common = diff_lcs(a, na, b, nb, &out);
	FZ_CHECK(out.n >= 1 && out.v[0].a == 7 && out.v[0].b == 7 &&
	    out.v[0].n == 7, "the runs before were touched");
	for (k = 1; k < out.n; k++) {
		const struct diff_run *r = &out.v[k];

		FZ_CHECK(r->n > 0, "run %zu is empty", k);
		FZ_CHECK(r->a >= pa && r->b >= pb, "run %zu (%zu, %zu) before "
		    "(%zu, %zu)", k, r->a, r->b, pa, pb);
		FZ_CHECK(k == 1 || r->a > pa || r->b > pb, "run %zu at (%zu, "
		    "%zu) not merged with the one before", k, r->a, r->b);
		FZ_CHECK(r->a + r->n <= na && r->b + r->n <= nb, "run %zu "
		    "(%zu, %zu, %zu) outside %zu, %zu", k, r->a, r->b, r->n,
		    na, nb);
		for (i = 0; i < r->n; i++)
			FZ_CHECK(a[r->a + i] == b[r->b + i], "run %zu: a[%zu] "
			    "%u != b[%zu] %u", k, r->a + i, a[r->a + i],
			    r->b + i, b[r->b + i]);
		/* The edit script: b[pb .. r->b) inserted, then the run. */
		for (i = pb; i < r->b; i++)
			rb[nr++] = b[i];
		for (i = 0; i < r->n; i++)
			rb[nr++] = a[r->a + i];
		sum += r->n;
		pa = r->a + r->n;
		pb = r->b + r->n;
	}
	for (i = pb; i < nb; i++)
		rb[nr++] = b[i];
	FZ_CHECK(nr == nb && memcmp(rb, b, nb * sizeof(*b)) == 0,
	    "the edit script does not rebuild b");
	FZ_CHECK(sum == common, "runs hold %zu, diff_lcs says %zu", sum,
	    common);
	FZ_CHECK(common == dp_lcs(a, na, b, nb), "LCS %zu, the DP finds %zu "
	    "(na %zu, nb %zu)", common, dp_lcs(a, na, b, nb), na, nb);
	VEC_FREE(out);
	return 0;
}
