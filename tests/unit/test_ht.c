/*
 * test_ht: the hash table.  "test_ht bench" also times 10M upserts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ht.h"
#include "util.h"

#include "check.h"

static int
key(char *buf, size_t i)
{
	return snprintf(buf, 32, "k%zu", i);
}

static void
test_basic(void)
{
	struct ht t;
	struct ht_entry *e, *f;
	char buf[8];
	int isnew = -1;

	ht_init(&t, 0);
	CHECK(t.n == 0);
	CHECK(ht_get(&t, "a", 1) == NULL);
	e = ht_upsert(&t, "a", 1, &isnew);
	CHECK(isnew == 1 && e->len == 1 && strcmp(e->key, "a") == 0);
	CHECK(e->val == 0 && e->aux == 0 && e->hash == ht_hash("a", 1));
	e->val = 5;
	e->aux = 7;
	e = ht_upsert(&t, "a", 1, &isnew);
	CHECK(isnew == 0 && e->val == 5 && e->aux == 7 && t.n == 1);
	CHECK(ht_upsert(&t, "a", 1, NULL) == e);

	/* The key is copied, not aliased. */
	memcpy(buf, "bcd", 4);
	e = ht_upsert(&t, buf, 2, &isnew);
	CHECK(isnew == 1 && strcmp(e->key, "bc") == 0 && e->key != buf);
	buf[0] = 'X';
	CHECK(ht_get(&t, "bc", 2) != NULL && ht_get(&t, "Xc", 2) == NULL);

	/* Empty key, embedded NULs, prefixes: all distinct. */
	e = ht_upsert(&t, "", 0, &isnew);
	CHECK(isnew == 1 && e->len == 0 && e->key[0] == '\0');
	e->val = 99;
	CHECK(ht_upsert(&t, NULL, 0, &isnew)->val == 99 && isnew == 0);
	e = ht_upsert(&t, "a\0b", 3, &isnew);
	CHECK(isnew == 1 && e->len == 3 && memcmp(e->key, "a\0b", 4) == 0);
	e = ht_upsert(&t, "\0", 1, &isnew);
	CHECK(isnew == 1);
	CHECK(t.n == 5);
	f = ht_get(&t, "a", 1);
	CHECK(f != NULL && f->val == 5);
	CHECK(ht_get(&t, "a\0", 2) == NULL);
	CHECK(ht_get(&t, "", 0)->val == 99);

	/* Insertion order in ents. */
	CHECK(strcmp(t.ents[0].key, "a") == 0);
	CHECK(strcmp(t.ents[1].key, "bc") == 0);
	CHECK(t.ents[2].len == 0);
	ht_free(&t);
	CHECK(t.n == 0 && t.slots == NULL && t.ents == NULL);

	/* A zeroed table works without ht_init; ht_free then reuse. */
	memset(&t, 0, sizeof(t));
	CHECK(ht_get(&t, "x", 1) == NULL);
	CHECK(ht_upsert(&t, "x", 1, &isnew) != NULL && isnew == 1);
	CHECK(ht_get(&t, "x", 1) != NULL);
	ht_free(&t);
	ht_init(&t, 1000);
	CHECK(ht_upsert(&t, "y", 1, &isnew) != NULL && isnew == 1);
	ht_free(&t);
	ht_free(&t);		/* twice is harmless */
}

/* A million keys: all found again, counts right, load kept under 70%. */
static void
test_million(void)
{
	struct ht t;
	struct ht_entry *e;
	char buf[32];
	size_t i, n = 1000000, bad;
	int isnew, len, round;

	ht_init(&t, 0);
	for (round = 0; round < 3; round++) {
		bad = 0;
		for (i = 0; i < n; i++) {
			len = key(buf, i);
			e = ht_upsert(&t, buf, (size_t)len, &isnew);
			if (isnew != (round == 0) || e->len != (uint32_t)len ||
			    strcmp(e->key, buf) != 0)
				bad++;
			e->val++;
			e->aux += i;
		}
		CHECK(bad == 0);
		CHECK(t.n == n);
	}
	CHECK((t.mask + 1) * 7 / 10 >= t.n);
	CHECK(((t.mask + 1) & t.mask) == 0);
	bad = 0;
	for (i = 0; i < n; i++) {
		len = key(buf, i);
		e = ht_get(&t, buf, (size_t)len);
		if (e == NULL || e->val != 3 || e->aux != 3 * i ||
		    e != &t.ents[i])
			bad++;
	}
	CHECK(bad == 0);
	bad = 0;
	for (i = n; i < 2 * n; i++) {
		len = key(buf, i);
		if (ht_get(&t, buf, (size_t)len) != NULL)
			bad++;
	}
	CHECK(bad == 0);
	ht_free(&t);
}

/*
 * Two different keys with the same 32-bit hash (found by the birthday
 * bound, using a table keyed by the hash bytes) must stay two entries.
 */
static void
test_collision(void)
{
	struct ht seen, t;
	struct ht_entry *e;
	char a[32], b[32];
	uint32_t h;
	size_t i;
	int isnew, found = 0;

	ht_init(&seen, 0);
	for (i = 0; i < 2000000 && !found; i++) {
		key(b, i);
		h = ht_hash(b, strlen(b));
		e = ht_upsert(&seen, (const char *)&h, sizeof(h), &isnew);
		if (!isnew) {
			key(a, (size_t)e->val);
			found = 1;
		}
		e->val = i;
	}
	ht_free(&seen);
	CHECK(found);
	CHECK(strcmp(a, b) != 0);
	CHECK(ht_hash(a, strlen(a)) == ht_hash(b, strlen(b)));

	ht_init(&t, 0);
	ht_upsert(&t, a, strlen(a), &isnew)->val = 1;
	CHECK(isnew == 1);
	ht_upsert(&t, b, strlen(b), &isnew)->val = 2;
	CHECK(isnew == 1 && t.n == 2);
	CHECK(ht_get(&t, a, strlen(a))->val == 1);
	CHECK(ht_get(&t, b, strlen(b))->val == 2);
	/* Fill so that both land in a crowded table and survive growth. */
	for (i = 0; i < 100000; i++) {
		char k[32];

		snprintf(k, sizeof(k), "fill%zu", i);
		ht_upsert(&t, k, strlen(k), NULL);
	}
	CHECK(ht_get(&t, a, strlen(a))->val == 1);
	CHECK(ht_get(&t, b, strlen(b))->val == 2);
	ht_free(&t);
}

static void
test_hash(void)
{
	static char buf[64];
	uint32_t h[64], counts[256];
	size_t i, j, bad;
	char k[32];

	CHECK(ht_hash("abc", 3) == ht_hash("abcd", 3));
	CHECK(ht_hash("", 0) != ht_hash("\0", 1));
	CHECK(ht_hash("\0", 1) != ht_hash("\0\0", 2));
	/* Every length 0..63 of the same bytes hashes differently, and
	 * a flipped byte anywhere changes the hash. */
	memset(buf, 'x', sizeof(buf));
	for (i = 0; i < 64; i++)
		h[i] = ht_hash(buf, i);
	bad = 0;
	for (i = 0; i < 64; i++)
		for (j = i + 1; j < 64; j++)
			bad += h[i] == h[j];
	CHECK(bad == 0);
	bad = 0;
	for (i = 1; i < 64; i++)
		for (j = 0; j < i; j++) {
			buf[j] = 'y';
			bad += ht_hash(buf, i) == h[i];
			buf[j] = 'x';
		}
	CHECK(bad == 0);
	/* Low bits (the ones that pick a slot) are spread evenly. */
	memset(counts, 0, sizeof(counts));
	for (i = 0; i < 256000; i++) {
		key(k, i);
		counts[ht_hash(k, strlen(k)) & 255]++;
	}
	bad = 0;
	for (i = 0; i < 256; i++)
		bad += counts[i] < 850 || counts[i] > 1150;
	CHECK(bad == 0);
}

static int
cmp_val_desc(const void *a, const void *b)
{
	const struct ht_entry *x = *(struct ht_entry *const *)a;
	const struct ht_entry *y = *(struct ht_entry *const *)b;

	if (x->val != y->val)
		return x->val < y->val ? 1 : -1;
	return ht_cmp_key(a, b);
}

static void
test_sorted(void)
{
	static const char *keys[] = {
		"b", "a", "ab", "", "caf\xc3\xa9", "Z", "aa", "caf", "\xff"
	};
	static const char *want[] = {
		"", "Z", "a", "aa", "ab", "b", "caf", "caf\xc3\xa9", "\xff"
	};
	struct ht t;
	struct ht_entry **v;
	size_t i;

	ht_init(&t, 0);
	v = ht_sorted(&t, ht_cmp_key);
	CHECK(v != NULL);
	free(v);
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		ht_upsert(&t, keys[i], strlen(keys[i]), NULL)->val = i % 3;
	v = ht_sorted(&t, ht_cmp_key);
	for (i = 0; i < t.n; i++)
		CHECK(strcmp(v[i]->key, want[i]) == 0);
	free(v);
	v = ht_sorted(&t, cmp_val_desc);
	CHECK(v[0]->val == 2 && v[t.n - 1]->val == 0);
	for (i = 1; i < t.n; i++)
		CHECK(v[i - 1]->val > v[i]->val ||
		    (v[i - 1]->val == v[i]->val &&
		    strcmp(v[i - 1]->key, v[i]->key) < 0));
	free(v);
	ht_free(&t);
}

/* ht_sorted_by_val against ht_sorted with the comparator it stands for
 * (cmp_val_desc): keys that tie in their first eight bytes, keys that
 * are prefixes of others, a NUL byte inside and after eight bytes, bytes
 * above 0x7f, and many ties of val. */
static void
test_sorted_by_val(void)
{
	static const char *keys[] = {
		"internationalisation", "international", "internat",
		"internationally", "a", "", "ab", "abcdefgh", "abcdefg",
		"abcdefgh\x01", "\xff\xfe", "\xe7\xbd\x91\xe7\xbb\x9c",
		"\xe7\xbd\x91\xe7\xbb\x9c\xe5\xae\x89\xe5\x85\xa8",
		"\xe7\xbd\x91", "zz", "z"
	};
	struct ht t;
	struct ht_entry **v, **w;
	char buf[32];
	size_t i, n;

	ht_init(&t, 0);
	v = ht_sorted_by_val(&t);
	CHECK(v != NULL);
	free(v);
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		ht_upsert(&t, keys[i], strlen(keys[i]), NULL)->val = i % 4;
	/* "ab\0c" and "ab\0" and "ab" differ only after a NUL. */
	ht_upsert(&t, "ab\0c", 4, NULL)->val = 2;
	ht_upsert(&t, "ab\0", 3, NULL)->val = 2;
	ht_upsert(&t, "abcdefgh\0x", 10, NULL)->val = 1;
	for (i = 0; i < 5000; i++) {
		n = (size_t)snprintf(buf, sizeof(buf), "w%zu", i * 7919 % 5000);
		ht_upsert(&t, buf, n, NULL)->val = i % 13 == 0 ? i : i % 3;
	}
	v = ht_sorted_by_val(&t);
	w = ht_sorted(&t, cmp_val_desc);
	for (i = 0; i < t.n; i++)
		CHECK(v[i] == w[i]);
	free(v);
	free(w);
	ht_free(&t);
}

/* Keys bigger than an arena chunk, between small ones. */
static void
test_bigkeys(void)
{
	struct ht t;
	struct ht_entry *e;
	char *big, k[32];
	size_t n = 3 * 1024 * 1024, i;

	big = xmalloc(n);
	memset(big, 'k', n);
	ht_init(&t, 0);
	for (i = 0; i < 2000; i++) {
		key(k, i);
		ht_upsert(&t, k, strlen(k), NULL)->val = i;
		if (i % 500 == 0) {
			big[0] = (char)('A' + i / 500);
			ht_upsert(&t, big, n - i, NULL)->val = i;
		}
	}
	for (i = 0; i < 2000; i++) {
		key(k, i);
		e = ht_get(&t, k, strlen(k));
		CHECK(e != NULL && e->val == i && strcmp(e->key, k) == 0);
		if (i % 500 == 0) {
			big[0] = (char)('A' + i / 500);
			e = ht_get(&t, big, n - i);
			CHECK(e != NULL && e->val == i && e->len == n - i);
			CHECK(memcmp(e->key, big, n - i) == 0);
			CHECK(e->key[n - i] == '\0');
		}
	}
	ht_free(&t);
	free(big);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t
rnd(uint64_t *s)
{
	uint64_t x = (*s += 0x9e3779b97f4a7c15ULL);

	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/*
 * 10M upserts over a 600k-word vocabulary, as a tool sees them: tokens
 * one after another in a text buffer.  Once with Zipf-like frequencies
 * (rank r drawn with weight 1/r, as in running text), once uniform (most
 * lookups miss the cache).  Building the stream is not timed.
 */
static void
bench(void)
{
	enum { VOCAB = 600000, N = 10000000 };
	char **words, *arena, k[32], *p;
	double *cdf, sum = 0, u, t0, t1;
	size_t i, lo, hi, mid, off = 0, w, len;
	uint64_t seed = 42, total;
	struct str text = { 0 };
	struct ht t;
	int pass, j;

	words = xreallocarray(NULL, VOCAB, sizeof(*words));
	arena = xmalloc((size_t)VOCAB * 16);
	cdf = xreallocarray(NULL, VOCAB, sizeof(*cdf));
	for (i = 0; i < VOCAB; i++) {
		/* word-like keys of 2..12 letters and a digit */
		len = 2 + rnd(&seed) % 11;
		for (j = 0; j < (int)len; j++)
			k[j] = (char)('a' + rnd(&seed) % 26);
		k[len++] = (char)('0' + i % 10);
		k[len] = '\0';
		words[i] = arena + off;
		memcpy(arena + off, k, len + 1);
		off += len + 1;
		sum += 1.0 / (double)(i + 1);
		cdf[i] = sum;
	}
	for (pass = 0; pass < 2; pass++) {
		str_clear(&text);
		for (i = 0; i < N; i++) {
			if (pass == 0) {
				u = (double)(rnd(&seed) >> 11) /
				    9007199254740992.0 * sum;
				lo = 0;
				hi = VOCAB - 1;
				while (lo < hi) {
					mid = (lo + hi) / 2;
					if (cdf[mid] < u)
						lo = mid + 1;
					else
						hi = mid;
				}
				w = lo;
			} else
				w = rnd(&seed) % VOCAB;
			str_add(&text, words[w], strlen(words[w]) + 1);
		}
		ht_init(&t, 0);
		total = 0;
		t0 = now();
		for (p = text.s, i = 0; i < N; i++) {
			len = strlen(p);
			ht_upsert(&t, p, len, NULL)->val++;
			p += len + 1;
		}
		t1 = now();
		for (i = 0; i < t.n; i++)
			total += t.ents[i].val;
		printf("bench: %s: %llu upserts, %zu distinct: %.3f s "
		    "(%.1f ns/upsert)\n", pass == 0 ? "zipf" : "uniform",
		    (unsigned long long)total, t.n, t1 - t0,
		    (t1 - t0) * 1e9 / N);
		ht_free(&t);
	}
	str_free(&text);
	free(words);
	free(arena);
	free(cdf);
}

int
main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "bench") == 0) {
		bench();
		return 0;
	}
	test_basic();
	test_hash();
	test_sorted();
	test_sorted_by_val();
	test_million();
	test_collision();
	test_bigkeys();
	printf("test_ht: %d checks passed\n", nchecks);
	return 0;
}
