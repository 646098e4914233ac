/*
 * ht.h: a hash table from byte strings to two 64-bit values.
 * Open addressing, linear probing, power-of-two size, grows at ~70% full.
 * Keys are copied into the table's own arena.
 */
#ifndef TX_HT_H
#define TX_HT_H

#include <stddef.h>
#include <stdint.h>

struct ht_entry {
	const char *key;	/* NUL-terminated copy owned by the table */
	uint32_t len;
	uint32_t hash;
	uint64_t val;		/* free for the caller; 0 when added */
	uint64_t aux;		/* free for the caller; 0 when added */
};

struct ht {
	uint32_t *slots;	/* 0 = empty, else entry index + 1 */
	size_t	 mask;
	struct ht_entry *ents;
	size_t	 n, cap;
	struct ht_arena *arena;
};

/* hint: expected number of keys (0 is fine). */
void	ht_init(struct ht *t, size_t hint);
void	ht_free(struct ht *t);
uint32_t ht_hash(const char *key, size_t len);
/* Finds key, or adds it with val = aux = 0 (*isnew = 1).  The pointer
 * stays valid until the next ht_upsert. isnew may be NULL. */
struct ht_entry *ht_upsert(struct ht *t, const char *key, size_t len, int *isnew);
/* The same with the key's hash h = ht_hash(key, len) computed already. */
struct ht_entry *ht_upsert_h(struct ht *t, const char *key, size_t len,
	    uint32_t h, int *isnew);
/* Asks the cache for what a lookup of hash h touches: its slot (stage 0),
 * then the entry the slot names (1), then that entry's key (2).  Running
 * the stages a few keys ahead hides memory latency in a big table. */
void	ht_prefetch(const struct ht *t, uint32_t h, int stage);
/* Finds key; NULL when absent. */
struct ht_entry *ht_get(const struct ht *t, const char *key, size_t len);
/* Entries in insertion order: t->ents[0 .. t->n). */
/* Sorts a fresh array of pointers to all entries with cmp; caller frees. */
struct ht_entry **ht_sorted(const struct ht *t,
	    int (*cmp)(const void *, const void *));
/* The same for the order every word list has: val descending, then key
 * in byte order (ht_cmp_key's).  It compares numbers, not keys, but for
 * keys whose first eight bytes tie: a fraction of ht_sorted's time on a
 * big table, whose keys are scattered in memory. */
struct ht_entry **ht_sorted_by_val(const struct ht *t);
/* Byte-order comparison of two (struct ht_entry *const *) keys, for ht_sorted. */
int	ht_cmp_key(const void *a, const void *b);

#endif
