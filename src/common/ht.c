/*
 * ht.c: the hash table.  Slots hold entry indices (+1), so growing only
 * rehashes small integers and entries stay in insertion order; keys live
 * in an arena of big chunks, one malloc per chunk, never per key.
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ht.h"
#include "util.h"

#define ARENA_CHUNK	(1024 * 1024)
#define MIN_SLOTS	16

struct ht_arena {
	struct ht_arena *next;
	size_t	 size, used;
	char	 data[];
};

static struct ht_arena *
arena_new(size_t size, struct ht_arena *next)
{
	struct ht_arena *a;

	if (size > SIZE_MAX - sizeof(*a))
		errx(STATUS_TROUBLE, "out of memory");
	a = xmalloc(sizeof(*a) + size);
	a->next = next;
	a->size = size;
	a->used = 0;
	return a;
}

/* A NUL-terminated copy of key in the table's arena. */
static const char *
arena_copy(struct ht *t, const char *key, size_t len)
{
	struct ht_arena *a = t->arena;
	char *p;

	if (a == NULL || a->size - a->used < len + 1) {
		if (len + 1 > ARENA_CHUNK / 4 && a != NULL) {
			/* A big key gets a chunk of its own behind the
			 * current one, which keeps filling. */
			a->next = arena_new(len + 1, a->next);
			a = a->next;
		} else
			t->arena = a = arena_new(ARENA_CHUNK > len + 1 ?
			    ARENA_CHUNK : len + 1, a);
	}
	p = a->data + a->used;
	if (len > 0)
		memcpy(p, key, len);
	p[len] = '\0';
	a->used += len + 1;
	return p;
}

static size_t
slots_for(size_t n)
{
	size_t s = MIN_SLOTS;

	/* Smallest power of two with n <= 70% of it. */
	while (s / 10 * 7 < n) {
		if (s > SIZE_MAX / 4)
			errx(STATUS_TROUBLE, "out of memory");
		s *= 2;
	}
	return s;
}

void
ht_init(struct ht *t, size_t hint)
{
	size_t ns = slots_for(hint);

	t->slots = xcalloc_written(ns, sizeof(*t->slots));
	t->mask = ns - 1;
	t->cap = hint > 16 ? hint : 16;
	t->ents = xreallocarray(NULL, t->cap, sizeof(*t->ents));
	t->n = 0;
	t->arena = NULL;
}

void
ht_free(struct ht *t)
{
	struct ht_arena *a, *next;

	for (a = t->arena; a != NULL; a = next) {
		next = a->next;
		free(a);
	}
	free(t->slots);
	free(t->ents);
	memset(t, 0, sizeof(*t));
}

/*
 * A wyhash-style hash: 64x64->128-bit multiplies folded by xor, reading
 * eight bytes at a time (memcpy keeps unaligned loads legal).  Not
 * portable across endianness, which is fine: output is always sorted.
 */
#define P0	0xa0761d6478bd642fULL
#define P1	0xe7037ed1a0b428dbULL
#define P2	0x8ebc6af09c88c6e3ULL

static inline uint64_t
mix(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
	__uint128_t r = (__uint128_t)a * b;

	return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
	/* No 128-bit product: a multiply-xorshift finalizer of a ^ b. */
	uint64_t x = (a ^ (b * P2)) * P0;

	x ^= x >> 32;
	x *= P1;
	return x ^ (x >> 29);
#endif
}

static inline uint64_t
rd64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t
rd32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

uint32_t
ht_hash(const char *key, size_t len)
{
	const unsigned char *p = (const unsigned char *)key;
	uint64_t h = P0 ^ ((uint64_t)len * P1), a, b;
	size_t i = len;

	while (i > 16) {
		h = mix(rd64(p) ^ P1, rd64(p + 8) ^ h);
		p += 16;
		i -= 16;
	}
	if (i >= 8) {
		a = rd64(p);
		b = rd64(p + i - 8);
	} else if (i >= 4) {
		a = rd32(p);
		b = rd32(p + i - 4);
	} else if (i > 0) {
		a = ((uint64_t)p[0] << 16) | ((uint64_t)p[i >> 1] << 8) |
		    p[i - 1];
		b = 0;
	} else
		a = b = 0;
	h = mix(a ^ P1, b ^ h);
	h = mix(h ^ P2, (uint64_t)len ^ P0);
	return (uint32_t)(h ^ (h >> 32));
}

static void
grow(struct ht *t)
{
	size_t ns = (t->mask + 1) * 2, i, j, m;
	uint32_t *s;

	if (ns > SIZE_MAX / sizeof(*s))
		errx(STATUS_TROUBLE, "out of memory");
	s = xcalloc_written(ns, sizeof(*s));
	m = ns - 1;
	for (i = 0; i < t->n; i++) {
		j = t->ents[i].hash & m;
		while (s[j] != 0)
			j = (j + 1) & m;
		s[j] = (uint32_t)(i + 1);
	}
	free(t->slots);
	t->slots = s;
	t->mask = m;
}

void
ht_prefetch(const struct ht *t, uint32_t h, int stage)
{
	uint32_t idx;

	if (t->slots == NULL)
		return;
	if (stage == 0) {
		__builtin_prefetch(&t->slots[h & t->mask]);
		return;
	}
	idx = t->slots[h & t->mask];
	if (idx != 0) {
		__builtin_prefetch(&t->ents[idx - 1]);
		if (stage > 1 && t->ents[idx - 1].hash == h)
			__builtin_prefetch(t->ents[idx - 1].key);
	}
}

struct ht_entry *
ht_upsert(struct ht *t, const char *key, size_t len, int *isnew)
{
	return ht_upsert_h(t, key, len, ht_hash(key, len), isnew);
}

struct ht_entry *
ht_upsert_h(struct ht *t, const char *key, size_t len, uint32_t h,
    int *isnew)
{
	struct ht_entry *e;
	uint32_t idx;
	size_t i;

	if (t->slots == NULL)
		ht_init(t, 0);
	if (len > UINT32_MAX)
		errx(STATUS_TROUBLE, "key too long");
	for (i = h & t->mask; (idx = t->slots[i]) != 0; i = (i + 1) & t->mask) {
		e = &t->ents[idx - 1];
		if (e->hash == h && e->len == len &&
		    (len == 0 || memcmp(e->key, key, len) == 0)) {
			if (isnew != NULL)
				*isnew = 0;
			return e;
		}
	}
	if (t->n >= UINT32_MAX - 1)
		errx(STATUS_TROUBLE, "too many distinct keys");
	if (t->n + 1 > (t->mask + 1) / 10 * 7) {
		grow(t);
		for (i = h & t->mask; t->slots[i] != 0; i = (i + 1) & t->mask)
			;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->ents = xreallocarray(t->ents, t->cap, sizeof(*t->ents));
	}
	e = &t->ents[t->n];
	e->key = arena_copy(t, key, len);
	e->len = (uint32_t)len;
	e->hash = h;
	e->val = 0;
	e->aux = 0;
	t->slots[i] = (uint32_t)++t->n;
	if (isnew != NULL)
		*isnew = 1;
	return e;
}

struct ht_entry *
ht_get(const struct ht *t, const char *key, size_t len)
{
	struct ht_entry *e;
	uint32_t h, idx;
	size_t i;

	if (t->slots == NULL || len > UINT32_MAX)
		return NULL;
	h = ht_hash(key, len);
	for (i = h & t->mask; (idx = t->slots[i]) != 0; i = (i + 1) & t->mask) {
		e = &t->ents[idx - 1];
		if (e->hash == h && e->len == len &&
		    (len == 0 || memcmp(e->key, key, len) == 0))
			return e;
	}
	return NULL;
}

struct ht_entry **
ht_sorted(const struct ht *t, int (*cmp)(const void *, const void *))
{
	struct ht_entry **v;
	size_t i;

	v = xreallocarray(NULL, t->n ? t->n : 1, sizeof(*v));
	for (i = 0; i < t->n; i++)
		v[i] = &t->ents[i];
	if (t->n > 1)
		qsort(v, t->n, sizeof(*v), cmp);
	return v;
}

/* What ht_sorted_by_val sorts: an entry's val, its key's first eight
 * bytes as a big-endian number (zeros past the end), and the entry. */
struct vkey {
	uint64_t val, pfx;
	const struct ht_entry *e;
};

/* Two vkeys of the same val and prefix, by their keys.  Zero padding
 * orders as "shorter first" does, so a tie of the prefixes is the only
 * case left to the keys. */
static int
by_vkey_key(const void *a, const void *b)
{
	const struct vkey *x = a, *y = b;

	return ht_cmp_key(&x->e, &y->e);
}

/* The byte of k that pass p (0..15) of radix_vkeys sorts by: the
 * prefix's bytes from the lowest, then val's, inverted (val descends). */
static inline unsigned
vkey_byte(const struct vkey *k, int p)
{
	return p < 8 ? (unsigned)(k->pfx >> (8 * p)) & 0xFF :
	    (unsigned)(~k->val >> (8 * (p - 8))) & 0xFF;
}

/* Sorts k[0..n) by val descending, then key: a stable radix sort on
 * (val, pfx), a byte a pass, the passes where every key has the same byte
 * skipped (the high bytes of counts), then each run of equal (val, pfx)
 * by its keys.
 * qsort took three times as long on the 478,000 words of 50 MB of
 * Chinese, copying 24-byte elements through its comparator. */
static void
radix_vkeys(struct vkey *k, size_t n)
{
	struct vkey *a = k, *b, *x;
	size_t cnt[256], i, j, sum;
	int p;

	if (n < 2)
		return;
	b = xreallocarray(NULL, n, sizeof(*b));
	for (p = 0; p < 16; p++) {
		memset(cnt, 0, sizeof(cnt));
		for (i = 0; i < n; i++)
			cnt[vkey_byte(&a[i], p)]++;
		if (cnt[vkey_byte(&a[0], p)] == n)
			continue;
		for (sum = 0, j = 0; j < 256; j++) {
			size_t c = cnt[j];

			cnt[j] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			b[cnt[vkey_byte(&a[i], p)]++] = a[i];
		x = a;
		a = b;
		b = x;
	}
	if (a != k) {
		memcpy(k, a, n * sizeof(*k));
		b = a;
	}
	free(b);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && k[j].val == k[i].val &&
		    k[j].pfx == k[i].pfx; j++)
			;
		if (j - i > 1)
			qsort(k + i, j - i, sizeof(*k), by_vkey_key);
	}
}

struct ht_entry **
ht_sorted_by_val(const struct ht *t)
{
	struct ht_entry **v;
	struct vkey *k;
	size_t i, j;

	k = xreallocarray(NULL, t->n ? t->n : 1, sizeof(*k));
	for (i = 0; i < t->n; i++) {
		const struct ht_entry *e = &t->ents[i];
		uint64_t p = 0;

		for (j = 0; j < 8; j++)
			p = p << 8 | (j < e->len ? (unsigned char)e->key[j] : 0);
		k[i] = (struct vkey){ e->val, p, e };
	}
	radix_vkeys(k, t->n);
	v = xreallocarray(NULL, t->n ? t->n : 1, sizeof(*v));
	for (i = 0; i < t->n; i++)
		v[i] = (struct ht_entry *)k[i].e;
	free(k);
	return v;
}

int
ht_cmp_key(const void *a, const void *b)
{
	const struct ht_entry *x = *(struct ht_entry *const *)a;
	const struct ht_entry *y = *(struct ht_entry *const *)b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c;

	if (n > 0 && (c = memcmp(x->key, y->key, n)) != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}
