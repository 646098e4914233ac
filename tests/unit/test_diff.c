/*
 * test_diff: the minimal edit script, against an O(nm) dynamic program on
 * many random pairs, and by rebuilding both sequences from the runs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "util.h"

#include "check.h"

/* The length of a longest common subsequence, the textbook way. */
static size_t
lcs_dp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t *row = calloc(nb + 1, sizeof(*row)), i, j, diag, up, r;

	for (i = 1; i <= na; i++) {
		diag = 0;
		for (j = 1; j <= nb; j++) {
			up = row[j];
			row[j] = a[i - 1] == b[j - 1] ? diag + 1 :
			    (row[j] > row[j - 1] ? row[j] : row[j - 1]);
			diag = up;
		}
	}
	r = row[nb];
	free(row);
	return r;
}

static uint64_t rng = 42;

static uint32_t
rnd(uint32_t n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (uint32_t)((rng >> 33) % n);
}

/* Checks diff_lcs on a and b: minimal, and runs that are real matches in
 * increasing order. */
static void
check_pair(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	diff_runs runs = { 0 };
	size_t common = diff_lcs(a, na, b, nb, &runs), sum = 0, i, k;
	size_t pa = 0, pb = 0;

	CHECK(common == lcs_dp(a, na, b, nb));
	for (i = 0; i < runs.n; i++) {
		const struct diff_run *r = &runs.v[i];

		CHECK(r->n > 0 && r->a >= pa && r->b >= pb);
		CHECK(r->a + r->n <= na && r->b + r->n <= nb);
		for (k = 0; k < r->n; k++)
			CHECK(a[r->a + k] == b[r->b + k]);
		/* adjacent runs are merged */
		CHECK(i == 0 || r->a > pa || r->b > pb);
		pa = r->a + r->n;
		pb = r->b + r->n;
		sum += r->n;
	}
	CHECK(sum == common);
	VEC_FREE(runs);
}

static void
test_small(void)
{
	static const uint32_t a[] = { 1, 2, 3, 4, 5 }, b[] = { 1, 3, 4, 6, 5 };
	diff_runs runs = { 0 };

	CHECK(diff_lcs(a, 5, b, 5, &runs) == 4);
	CHECK(runs.n == 3);
	CHECK(runs.v[0].a == 0 && runs.v[0].b == 0 && runs.v[0].n == 1);
	CHECK(runs.v[1].a == 2 && runs.v[1].b == 1 && runs.v[1].n == 2);
	CHECK(runs.v[2].a == 4 && runs.v[2].b == 4 && runs.v[2].n == 1);
	runs.n = 0;
	CHECK(diff_lcs(a, 0, b, 5, &runs) == 0 && runs.n == 0);
	CHECK(diff_lcs(a, 5, b, 0, &runs) == 0 && runs.n == 0);
	CHECK(diff_lcs(a, 5, a, 5, &runs) == 5 && runs.n == 1);
	VEC_FREE(runs);
	check_pair(a, 1, b + 3, 1);
	check_pair(a, 2, b, 1);
}

/* Runs already in out are the caller's: appended to, never merged with
 * (fuzz_diff found the first new run merged into the caller's last). */
static void
test_appends(void)
{
	static const uint32_t a[] = { 7, 7, 9 }, b[] = { 8, 8, 9 };
	diff_runs runs = { 0 };

	VEC_PUSH(runs, ((struct diff_run){ 0, 0, 2 }));
	CHECK(diff_lcs(a, 3, b, 3, &runs) == 1);
	CHECK(runs.n == 2);
	CHECK(runs.v[0].a == 0 && runs.v[0].b == 0 && runs.v[0].n == 2);
	CHECK(runs.v[1].a == 2 && runs.v[1].b == 2 && runs.v[1].n == 1);
	VEC_FREE(runs);
}

static void
test_random(void)
{
	uint32_t a[300], b[400];
	int t;

	for (t = 0; t < 3000; t++) {
		size_t na = rnd(60), nb, i, alpha = 2 + rnd(t % 3 == 0 ? 3 : 20);

		for (i = 0; i < na; i++)
			a[i] = rnd((uint32_t)alpha);
		if (t % 2 == 0) {
			/* b: a with a few edits */
			nb = 0;
			for (i = 0; i < na; i++) {
				uint32_t r = rnd(10);

				if (r == 0)
					continue;
				if (r == 1)
					b[nb++] = rnd((uint32_t)alpha);
				b[nb++] = r == 2 ? rnd((uint32_t)alpha) : a[i];
			}
		} else {
			nb = rnd(60);
			for (i = 0; i < nb; i++)
				b[i] = rnd((uint32_t)alpha);
		}
		check_pair(a, na, b, nb);
	}
	/* longer, sparse edits */
	for (t = 0; t < 20; t++) {
		size_t na = 300, nb = 0, i;

		for (i = 0; i < na; i++)
			a[i] = rnd(50);
		for (i = 0; i < na && nb < 390; i++) {
			if (rnd(30) == 0)
				b[nb++] = rnd(50);
			if (rnd(30) != 0)
				b[nb++] = a[i];
		}
		check_pair(a, na, b, nb);
	}
}

/* Mostly unique elements: the anchored road, with and without moved
 * blocks (which defeat its proof and send it the exact way). */
static void
test_anchored(void)
{
	uint32_t a[400], b[450];
	int t;

	for (t = 0; t < 300; t++) {
		size_t na = 100 + rnd(300), nb = 0, i, from, len, to;

		for (i = 0; i < na; i++)
			a[i] = rnd(4) == 0 ? rnd(5) : (uint32_t)(10 + i);
		for (i = 0; i < na && nb < 440; i++) {
			uint32_t r = rnd(25);

			if (r == 0)
				continue;
			if (r == 1)
				b[nb++] = 1000 + rnd(3);
			b[nb++] = a[i];
		}
		if (t % 2 == 0 && nb > 40) {
			/* move a block of b elsewhere */
			uint32_t tmp[450];

			len = 5 + rnd(15);
			from = rnd((uint32_t)(nb - len));
			to = rnd((uint32_t)(nb - len));
			memcpy(tmp, b + from, len * sizeof(*b));
			memmove(b + from, b + from + len, (nb - from - len) *
			    sizeof(*b));
			memmove(b + to + len, b + to, (nb - len - to) *
			    sizeof(*b));
			memcpy(b + to, tmp, len * sizeof(*b));
		}
		check_pair(a, na, b, nb);
	}
}

/* Checks runs of a and b: real matches, in order, merged; returns their
 * number of elements. */
static size_t
check_runs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
    const diff_runs *runs)
{
	size_t i, k, pa = 0, pb = 0, sum = 0;

	for (i = 0; i < runs->n; i++) {
		const struct diff_run *r = &runs->v[i];

		CHECK(r->n > 0 && r->a >= pa && r->b >= pb);
		CHECK(r->a + r->n <= na && r->b + r->n <= nb);
		for (k = 0; k < r->n; k++)
			CHECK(a[r->a + k] == b[r->b + k]);
		CHECK(i == 0 || r->a > pa || r->b > pb);
		pa = r->a + r->n;
		pb = r->b + r->n;
		sum += r->n;
	}
	return sum;
}

/* The sliders: the deleted "(Applause.)" whole, not ". (Applause" and
 * ")"; a deleted sentence at its sentence boundaries. */
static void
test_slide(void)
{
	/* X . ( Applause . ) Y  against  X . Y */
	static const uint32_t a[] = { 1, 2, 3, 4, 2, 5, 6 }, b[] = { 1, 2, 6 };
	static const uint8_t cuta[] = { 0, 8, 1, 8, 8, 8, 1, 0 };
	static const uint8_t cutb[] = { 0, 8, 1, 0 };
	/* We will act . We will act now .  against  We will act now . */
	static const uint32_t c[] = { 1, 2, 3, 4, 1, 2, 3, 5, 4 };
	static const uint32_t d[] = { 1, 2, 3, 5, 4 };
	static const uint8_t cutc[] = { 0, 4, 4, 8, 1, 4, 4, 4, 8, 0 };
	static const uint8_t cutd[] = { 0, 4, 4, 4, 8, 0 };
	diff_runs runs = { 0 };

	VEC_PUSH(runs, ((struct diff_run){ 0, 0, 1 }));
	VEC_PUSH(runs, ((struct diff_run){ 4, 1, 1 }));
	VEC_PUSH(runs, ((struct diff_run){ 6, 2, 1 }));
	diff_slide(a, 7, cuta, b, 3, cutb, &runs);
	CHECK(runs.n == 2);
	CHECK(runs.v[0].a == 0 && runs.v[0].b == 0 && runs.v[0].n == 2);
	CHECK(runs.v[1].a == 6 && runs.v[1].b == 2 && runs.v[1].n == 1);
	/* "act[-. We will act-] now": one group, slid to the boundaries. */
	runs.n = 0;
	VEC_PUSH(runs, ((struct diff_run){ 0, 0, 3 }));
	VEC_PUSH(runs, ((struct diff_run){ 7, 3, 2 }));
	diff_slide(c, 9, cutc, d, 5, cutd, &runs);
	CHECK(runs.n == 1);
	CHECK(runs.v[0].a == 4 && runs.v[0].b == 0 && runs.v[0].n == 5);
	VEC_FREE(runs);
}

/* Sliding keeps the script minimal and valid, whatever the costs. */
static void
test_slide_random(void)
{
	uint32_t a[80], b[80];
	uint8_t ca[81], cb[81];
	int t;

	for (t = 0; t < 3000; t++) {
		size_t na = rnd(70), nb = 0, i, alpha = 1 + rnd(t % 2 ? 3 : 10);
		size_t common, slid;
		diff_runs runs = { 0 };

		for (i = 0; i < na; i++)
			a[i] = rnd((uint32_t)alpha);
		for (i = 0; i < na && nb < 78; i++) {
			uint32_t r = rnd(6);

			if (r == 0)
				continue;
			if (r == 1)
				b[nb++] = rnd((uint32_t)alpha);
			b[nb++] = a[i];
		}
		for (i = 0; i <= na; i++)
			ca[i] = (uint8_t)rnd(9);
		for (i = 0; i <= nb; i++)
			cb[i] = (uint8_t)rnd(9);
		common = diff_lcs(a, na, b, nb, &runs);
		diff_slide(a, na, ca, b, nb, cb, &runs);
		slid = check_runs(a, na, b, nb, &runs);
		CHECK(slid == common);
		CHECK(slid == lcs_dp(a, na, b, nb));
		VEC_FREE(runs);
	}
}

/* Many elements that the other side lacks: the exact road drops them
 * first and maps its runs back. */
static void
test_reduced(void)
{
	uint32_t a[200], b[200];
	int t;

	for (t = 0; t < 300; t++) {
		size_t na = rnd(200), nb = rnd(200), i;

		for (i = 0; i < na; i++)
			a[i] = rnd(3) == 0 ? 1000 + (uint32_t)i : rnd(8);
		for (i = 0; i < nb; i++)
			b[i] = rnd(3) == 0 ? 5000 + (uint32_t)i : rnd(8);
		check_pair(a, na, b, nb);
	}
}

/* Big enough for the split on two threads: the same count as on one,
 * and runs that are real matches in order. */
static void
test_two_threads(void)
{
	size_t na = 70000, nb = 0, i, k, c1, c2, pa = 0, pb = 0;
	uint32_t *a = xreallocarray(NULL, na, sizeof(*a));
	uint32_t *b = xreallocarray(NULL, na * 2, sizeof(*b));
	diff_runs r1 = { 0 }, r2 = { 0 };

	for (i = 0; i < na; i++)
		a[i] = rnd(3000);
	for (i = 0; i < na; i++) {
		uint32_t r = rnd(40);

		if (r == 0)
			continue;
		if (r == 1)
			b[nb++] = rnd(3000);
		b[nb++] = a[i];
	}
	unsetenv("TX_THREADS");
	c2 = diff_lcs(a, na, b, nb, &r2);
	setenv("TX_THREADS", "1", 1);
	c1 = diff_lcs(a, na, b, nb, &r1);
	unsetenv("TX_THREADS");
	CHECK(c1 == c2);
	for (i = 0, k = 0; i < r2.n; i++) {
		size_t j;

		CHECK(r2.v[i].a >= pa && r2.v[i].b >= pb);
		for (j = 0; j < r2.v[i].n; j++)
			CHECK(a[r2.v[i].a + j] == b[r2.v[i].b + j]);
		pa = r2.v[i].a + r2.v[i].n;
		pb = r2.v[i].b + r2.v[i].n;
		k += r2.v[i].n;
	}
	CHECK(k == c2);
	VEC_FREE(r1);
	VEC_FREE(r2);
	free(a);
	free(b);
}

int
main(void)
{
	test_small();
	test_appends();
	test_two_threads();
	test_random();
	test_anchored();
	test_reduced();
	test_slide();
	test_slide_random();
	printf("test_diff: %d checks passed\n", nchecks);
	return 0;
}
