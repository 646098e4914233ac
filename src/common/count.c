/*
 * count.c: the counting engine of txfreq and txkeys (see count.h).
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libstemmer.h>

#include "count.h"
#include "io.h"
#include "sent.h"
#include "sniff.h"
#include "source.h"
#include "tok.h"
#include "utf8.h"

/*
 * The built-in English stop list: the Snowball project's English list
 * (snowballstem.org/algorithms/english/stop.txt, BSD licence, by Martin
 * Porter), 174 words.
 */
static const char *const stop_en[] = {
	"i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you",
	"your", "yours", "yourself", "yourselves", "he", "him", "his",
	"himself", "she", "her", "hers", "herself", "it", "its", "itself",
	"they", "them", "their", "theirs", "themselves", "what", "which",
	"who", "whom", "this", "that", "these", "those", "am", "is", "are",
	"was", "were", "be", "been", "being", "have", "has", "had", "having",
	"do", "does", "did", "doing", "would", "should", "could", "ought",
	"i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've",
	"you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd",
	"they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
	"isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
	"doesn't", "don't", "didn't", "won't", "wouldn't", "shan't",
	"shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's",
	"that's", "who's", "what's", "here's", "there's", "when's", "where's",
	"why's", "how's", "a", "an", "the", "and", "but", "if", "or",
	"because", "as", "until", "while", "of", "at", "by", "for", "with",
	"about", "against", "between", "into", "through", "during", "before",
	"after", "above", "below", "to", "from", "up", "down", "in", "out",
	"on", "off", "over", "under", "again", "further", "then", "once",
	"here", "there", "when", "where", "why", "how", "all", "any", "both",
	"each", "few", "more", "most", "other", "some", "such", "no", "nor",
	"not", "only", "own", "same", "so", "than", "too", "very", NULL
};

/* Folds s[0..n) into b (replacing it) and spells U+2019 as ': the form
 * stop words are looked up in. */
static void
stop_key(const char *s, size_t n, struct str *b)
{
	size_t i, j;

	str_clear(b);
	utf8_fold(s, n, b);
	for (i = j = 0; i < b->n; i++) {
		if (i + 2 < b->n && (unsigned char)b->s[i] == 0xE2 &&
		    (unsigned char)b->s[i + 1] == 0x80 &&
		    (unsigned char)b->s[i + 2] == 0x99) {
			b->s[j++] = '\'';
			i += 2;
		} else
			b->s[j++] = b->s[i];
	}
	b->n = j;
	b->s[j] = '\0';
}

void
stop_load(struct ht *stop, const char *what)
{
	struct str b = { 0 }, k = { 0 };
	size_t i;

	ht_init(stop, 256);
	if (strcmp(what, "en") == 0) {
		for (i = 0; stop_en[i] != NULL; i++)
			ht_upsert(stop, stop_en[i], strlen(stop_en[i]), NULL);
		return;
	}
	io_slurp_text(what, &b);
	for (char *p = b.s, *end = b.s + b.n; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *e = nl ? nl : end, *h = memchr(p, '#', (size_t)(e - p));
		char *q = h ? h : e;

		while (p < q && (*p == ' ' || *p == '\t'))
			p++;
		while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r'))
			q--;
		if (q > p) {
			stop_key(p, (size_t)(q - p), &k);
			ht_upsert(stop, k.s, k.n, NULL);
		}
		p = nl ? nl + 1 : end;
	}
	str_free(&b);
	str_free(&k);
}

/* Would a token of this type be counted? */
static int
counted(const struct count_opts *o, int type)
{
	switch (type) {
	case TOK_WORD:
	case TOK_URL:
	case TOK_EMAIL:
	case TOK_CJK:
		return 1;
	case TOK_NUM:
		return !o->nonumbers;
	default:
		return o->punct;
	}
}

void
paths_load(struct count_opts *o, const char *listfile)
{
	size_t n;
	char **v = io_slurp_lines(listfile, &n);

	if (n > INT32_MAX)
		errx(STATUS_TROUBLE, "%s: too many files", io_name(listfile));
	o->scan = v;
	o->nscan = (int)n;
}

void
terms_load(struct count_opts *o, struct ht *terms, const char *path)
{
	struct str b = { 0 }, k = { 0 };
	size_t lineno = 0;

	ht_init(terms, 256);
	o->termmax = 0;
	io_slurp_text(path, &b);
	for (char *p = b.s, *end = b.s + b.n; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p), nw = 0;
		struct tokenizer t;
		struct tok tk;

		lineno++;
		str_clear(&k);
		tok_init(&t, p, len, o->doc.tokopts);
		while (tok_next(&t, &tk)) {
			if (!counted(o, tk.type))
				errx(STATUS_TROUBLE, "%s: line %zu: '%.*s' is not "
				    "counted, so no term can hold it%s",
				    io_name(path), lineno,
				    (int)(tk.end - tk.start), p + tk.start,
				    tk.type == TOK_NUM ? "" : " (see --punct)");
			if (k.n > 0)
				str_addc(&k, ' ');
			if (o->keepcase)
				str_add(&k, p + tk.start, tk.end - tk.start);
			else
				utf8_fold(p + tk.start, tk.end - tk.start, &k);
			nw++;
		}
		if (nw > 0) {
			ht_upsert(terms, k.s, k.n, NULL);
			if (nw > o->termmax)
				o->termmax = nw;
		}
		p = nl ? nl + 1 : end;
	}
	str_free(&b);
	str_free(&k);
}

void
counter_init(struct counter *c, const struct count_opts *o)
{
	memset(c, 0, sizeof(*c));
	c->o = o;
	c->haveti = o->pairs;
	ht_init(&c->terms, 1 << 16);
	ht_init(&c->cellkeys, 64);
	ht_init(&c->docs, 64);
	ht_init(&c->forms, 64);
	if (o->stem) {
		ht_init(&c->stems, 1 << 12);
		c->stemmer = sb_stemmer_new("english", "UTF_8");
		if (c->stemmer == NULL)
			errx(STATUS_TROUBLE, "out of memory");
	}
}

void
counter_free(struct counter *c)
{
	ht_free(&c->terms);
	ht_free(&c->cellkeys);
	ht_free(&c->docs);
	ht_free(&c->forms);
	if (c->o->stem) {
		ht_free(&c->stems);
		sb_stemmer_delete(c->stemmer);
	}
	VEC_FREE(c->ti);
	VEC_FREE(c->pairs);
	VEC_FREE(c->cells);
	VEC_FREE(c->ends);
	VEC_FREE(c->types);
	VEC_FREE(c->units);
	VEC_FREE(c->items_);
	VEC_FREE(c->pend);
	str_free(&c->pkeys);
	VEC_FREE(c->toks);
	VEC_FREE(c->starts);
	str_free(&c->run);
	str_free(&c->srun);
	str_free(&c->key);
	str_free(&c->fold);
	free(c->ncount);
	VEC_FREE(c->touched);
	str_free(&c->nkeys);
	str_free(&c->stembuf);
	VEC_FREE(c->sunits);
	VEC_FREE(c->tidx);
	str_free(&c->skeys);
}

/* Is the first (last) character of s[0..n) Han (or kana)? */
static int
han_cp(const char *s, size_t n, int last)
{
	int32_t cp;
	size_t i = 0;

	if (last) {
		i = n;
		while (i > 0 && ((unsigned char)s[--i] & 0xC0) == 0x80)
			;
	}
	if (n == 0 || utf8_decode(s + i, n - i, &cp) < 1)
		return 0;
	return utf8_iscjk(cp);
}

void
counter_item_text(const char *s, size_t n, const char *sep, struct str *out)
{
	size_t i;

	str_clear(out);
	/* A word (no space: nothing to join), or the separator a space. */
	if (memchr(s, ' ', n) == NULL || (sep != NULL && strcmp(sep, " ") == 0)) {
		str_add(out, s, n);
		return;
	}
	for (i = 0; i < n; i++)
		if (s[i] == ' ' && han_cp(s, i, 1) &&
		    han_cp(s + i + 1, n - i - 1, 0))
			str_add(out, sep != NULL ? sep : "",
			    sep != NULL ? strlen(sep) : 0);
		else
			str_addc(out, s[i]);
}

const char *
counter_doc(const struct counter *c, uint32_t i)
{
	return c->docs.ents[i].key;
}

size_t
counter_ndocs(const struct counter *c)
{
	return c->docs.n;
}

static struct ht_entry *counter_add_h(struct counter *, const char *, size_t,
	    uint32_t, uint64_t);

/*
 * Counting waits: an item's key and hash join c->pend, in order, and the
 * table is looked up for all of them at once when PEND_MAX wait, before
 * the cell changes, and before anything reads the counts (counter_add,
 * counter_finish, the end of count_inputs).  In stages, PEND_STEP items
 * ahead: each one's slot, then its entry, then its key are asked of the
 * cache before they are read, so that the misses of a big table overlap
 * instead of queueing.  The counts, and the order entries are made in,
 * are those of counting each item at once.
 */
#define PEND_MAX	1024
#define PEND_STEP	16

static void
drain_pend(struct counter *c)
{
	const struct pend *q = c->pend.v;
	size_t n = c->pend.n, j;

	for (j = 0; j < n + 3 * PEND_STEP; j++) {
		if (j < n)
			ht_prefetch(&c->terms, q[j].h, 0);
		if (j >= PEND_STEP && j - PEND_STEP < n)
			ht_prefetch(&c->terms, q[j - PEND_STEP].h, 1);
		if (j >= 2 * PEND_STEP && j - 2 * PEND_STEP < n)
			ht_prefetch(&c->terms, q[j - 2 * PEND_STEP].h, 2);
		if (j >= 3 * PEND_STEP && j - 3 * PEND_STEP < n) {
			const struct pend *x = &q[j - 3 * PEND_STEP];

			(void)counter_add_h(c, c->pkeys.s + x->off, x->len,
			    x->h, x->n);
		}
	}
	c->pend.n = 0;
	str_clear(&c->pkeys);
}

/* Item key[0..len) waits to be counted n times. */
static void
enqueue_n(struct counter *c, const char *key, size_t len, uint64_t n)
{
	struct pend x;

	if (len > UINT32_MAX) {	/* a key no pend can hold: at once */
		drain_pend(c);
		(void)counter_add_h(c, key, len, ht_hash(key, len), n);
		return;
	}
	x.off = c->pkeys.n;
	x.len = (uint32_t)len;
	x.h = ht_hash(key, len);
	x.n = n;
	str_add(&c->pkeys, key, len);
	VEC_PUSH(c->pend, x);
	if (c->pend.n >= PEND_MAX)
		drain_pend(c);
}

static void
enqueue(struct counter *c, const char *key, size_t len)
{
	enqueue_n(c, key, len, 1);
}

/* The words counted by id wait for the table, once each with its count
 * since the last drain (count_id). */
static void
drain_ids(struct counter *c)
{
	size_t j;

	for (j = 0; j < c->touched.n; j++) {
		const struct idword *w = &c->touched.v[j];

		enqueue_n(c, c->nkeys.s + w->off, w->len, c->ncount[w->id]);
		c->ncount[w->id] = 0;
	}
	c->touched.n = 0;
	str_clear(&c->nkeys);
}

/* Everything that waits goes to the table. */
static void
drain(struct counter *c)
{
	drain_ids(c);
	drain_pend(c);
}

void
counter_cell(struct counter *c, const char *doc, size_t dlen,
    const char *sec, size_t slen)
{
	struct ht_entry *e;
	struct cell *cl;
	uint32_t d;
	int isnew;

	e = ht_upsert(&c->docs, doc, dlen, NULL);
	d = (uint32_t)(e - c->docs.ents);
	if (c->o->cells != LV_SECTION)
		slen = 0;
	if (c->cur > 0) {
		cl = &c->cells.v[c->cur - 1];
		if (cl->doc == d && strlen(cl->sec) == slen &&
		    memcmp(cl->sec, sec, slen) == 0)
			return;
	}
	drain(c);	/* what waits is the cell's before */
	str_clear(&c->key);
	str_add(&c->key, (const char *)&d, sizeof(d));
	str_add(&c->key, sec, slen);
	e = ht_upsert(&c->cellkeys, c->key.s, c->key.n, &isnew);
	if (isnew) {
		struct cell z = { 0 };

		if (c->cells.n >= UINT32_MAX - 1)
			errx(STATUS_TROUBLE, "too many sections");
		z.doc = d;
		z.sec = e->key + sizeof(d);
		e->val = c->cells.n;
		VEC_PUSH(c->cells, z);
	}
	c->cur = (uint32_t)e->val + 1;
}

struct ht_entry *
counter_add(struct counter *c, const char *key, size_t len, uint64_t n)
{
	drain(c);
	return counter_add_h(c, key, len, ht_hash(key, len), n);
}

/* counter_add with the key's hash known. */
static struct ht_entry *
counter_add_h(struct counter *c, const char *key, size_t len, uint32_t h,
    uint64_t n)
{
	struct ht_entry *e;
	struct tinfo *t;
	int isnew;

	e = ht_upsert_h(&c->terms, key, len, h, &isnew);
	e->val += n;
	if (c->cur > 0)
		c->cells.v[c->cur - 1].items += n;
	c->items += n;
	if (!c->haveti) {
		/* No chains: aux holds (range << 32) | (last cell + 1). */
		if ((uint32_t)e->aux != c->cur) {
			e->aux = ((e->aux >> 32) + 1) << 32 | c->cur;
			if (c->cur > 0)
				c->cells.v[c->cur - 1].types++;
		}
		return e;
	}
	if (isnew) {
		struct tinfo z = { 0 };

		VEC_PUSH(c->ti, z);
	}
	t = &c->ti.v[e - c->terms.ents];
	if (t->cell != c->cur) {
		if (t->cell != 0 && c->o->pairs) {
			struct pair p;

			if (c->pairs.n >= UINT32_MAX - 1)
				errx(STATUS_TROUBLE, "too many (term, section) "
				    "pairs");
			p.cell = t->cell - 1;
			p.n = t->n;
			p.next = t->head;
			VEC_PUSH(c->pairs, p);
			t->head = (uint32_t)c->pairs.n;
		}
		t->cell = c->cur;
		t->n = 0;
		t->range++;
		if (c->cur > 0)
			c->cells.v[c->cur - 1].types++;
	}
	t->n += n;
	return e;
}

/* --stem: each term's most frequent form (ties: the first in byte
 * order), as an index into c->forms, or SIZE_MAX. */
size_t *
counter_best_forms(const struct counter *c)
{
	size_t *best = xcalloc(c->terms.n + 1, sizeof(*best)), i;

	for (i = 0; i < c->terms.n; i++)
		best[i] = SIZE_MAX;
	for (i = 0; i < c->forms.n; i++) {
		const struct ht_entry *f = &c->forms.ents[i];
		size_t t = (size_t)f->aux, b = best[t];

		if (b == SIZE_MAX || f->val > c->forms.ents[b].val ||
		    (f->val == c->forms.ents[b].val &&
		    strcmp(f->key, c->forms.ents[b].key) < 0))
			best[t] = i;
	}
	return best;
}

uint64_t
counter_range(const struct counter *c, size_t idx)
{
	return c->haveti ? c->ti.v[idx].range : c->terms.ents[idx].aux >> 32;
}

void
counter_prefetch(const struct counter *c, size_t idx)
{
	__builtin_prefetch(&c->terms.ents[idx]);
	if (c->haveti)
		__builtin_prefetch(&c->ti.v[idx]);
}

void
counter_finish(struct counter *c)
{
	size_t i;

	drain(c);

	if (!c->haveti || !c->o->pairs)
		return;
	for (i = 0; i < c->ti.n; i++) {
		struct tinfo *t = &c->ti.v[i];

		if (t->cell != 0) {
			struct pair p;

			p.cell = t->cell - 1;
			p.n = t->n;
			p.next = t->head;
			VEC_PUSH(c->pairs, p);
			t->head = (uint32_t)c->pairs.n;
			t->cell = 0;
			t->n = 0;
		}
	}
}

static int
by_term(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	return x->term < y->term ? -1 : x->term > y->term;
}

size_t *
counter_rows(struct counter *c, int bydoc)
{
	size_t ng = bydoc ? counter_ndocs(c) : c->cells.n, g, i, w;
	size_t *start = xcalloc(ng + 2, sizeof(*start));
	size_t *fill = xcalloc(ng + 1, sizeof(*fill));
	struct pair *v = c->pairs.v;

	/* Each pair learns its term and its group, chains unlinked. */
	for (i = 0; i < c->ti.n; i++) {
		uint32_t p = c->ti.v[i].head, next;

		for (; p != 0; p = next) {
			next = v[p - 1].next;
			v[p - 1].term = (uint32_t)i;
			if (bydoc)
				v[p - 1].cell = c->cells.v[v[p - 1].cell].doc;
		}
	}
	VEC_FREE(c->ti);
	c->haveti = 0;
	/* Bucketed by group in place: counts, then cycles of swaps. */
	for (i = 0; i < c->pairs.n; i++)
		start[v[i].cell + 1]++;
	for (g = 0; g < ng; g++)
		start[g + 1] += start[g];
	for (g = 0; g < ng; g++)
		fill[g] = start[g];
	for (g = 0; g < ng; g++)
		while (fill[g] < start[g + 1]) {
			struct pair x = v[fill[g]];

			if (x.cell == g) {
				fill[g]++;
				continue;
			}
			v[fill[g]] = v[fill[x.cell]];
			v[fill[x.cell]++] = x;
		}
	free(fill);
	/* Each group by term, its (term, cell) pairs summed into one row:
	 * the sort's work space is one group's. */
	for (g = 0, w = 0; g < ng; g++) {
		size_t a = start[g], b = start[g + 1];

		if (b - a > 1)
			qsort(v + a, b - a, sizeof(*v), by_term);
		start[g] = w;
		for (i = a; i < b; i++) {
			if (w > start[g] && v[w - 1].term == v[i].term)
				v[w - 1].n += v[i].n;
			else
				v[w++] = v[i];
		}
	}
	start[ng] = w;
	c->pairs.n = w;
	return start;
}

/*
 * Sentence runs.
 */

/* The stem of word w[0..n) (folded), cached. */
static void
stem_word(struct counter *c, const char *w, size_t n, struct str *out)
{
	int isnew;
	struct ht_entry *e = ht_upsert(&c->stems, w, n, &isnew);

	if (isnew) {
		const sb_symbol *s;
		int len;

		if (n > 4096) {	/* no stemming of monsters */
			e->val = c->stembuf.n;
			str_add(&c->stembuf, w, n);
			e->aux = n;
		} else {
			s = sb_stemmer_stem(c->stemmer, (const sb_symbol *)w,
			    (int)n);
			if (s == NULL)
				errx(STATUS_TROUBLE, "out of memory");
			len = sb_stemmer_length(c->stemmer);
			e->val = c->stembuf.n;
			str_add(&c->stembuf, (const char *)s, (size_t)len);
			e->aux = (uint64_t)len;
		}
	}
	str_add(out, c->stembuf.s + e->val, (size_t)e->aux);
}

/* Is the unit run[a..b) a stop word? */
static int
is_stop(struct counter *c, size_t a, size_t b)
{
	stop_key(c->run.s + a, b - a, &c->key);
	return ht_get(c->o->stop, c->key.s, c->key.n) != NULL;
}

/* The longest term (in words) that starts at word i of the run: its
 * length in words, or 0. */
static size_t
term_at(struct counter *c, size_t i)
{
	size_t m = c->ends.n, L = c->o->termmax, a;

	if (L > m - i)
		L = m - i;
	a = i == 0 ? 0 : c->ends.v[i - 1] + 1;
	for (; L >= 2; L--)
		if (ht_get(c->o->terms, c->run.s + a,
		    c->ends.v[i + L - 1] - a) != NULL)
			return L;
	return 0;
}

/* Adds unit run[a..b) of a word of type `type` (0: a term), the run's
 * words [w0, w1). */
static void
add_unit(struct counter *c, size_t a, size_t b, int type, size_t w0,
    size_t w1)
{
	const struct count_opts *o = c->o;
	struct unit u;

	u.a = a;
	u.b = b;
	u.w0 = w0;
	u.w1 = w1;
	u.stop = o->stop != NULL && type != 0 && is_stop(c, a, b);
	if (o->stem) {
		if (c->srun.n > 0)
			str_addc(&c->srun, ' ');
		u.sa = c->srun.n;
		if (type == TOK_WORD)
			stem_word(c, c->run.s + a, b - a, &c->srun);
		else
			str_add(&c->srun, c->run.s + a, b - a);
		u.sb = c->srun.n;
	} else {
		u.sa = a;
		u.sb = b;
	}
	VEC_PUSH(c->units, u);
}

/* Counts the items gathered in c->items_ (n-grams of the units): their
 * hashes first, then the table looked up in stages, a batch at a time,
 * so that cache misses overlap instead of queueing. */
static void
count_items(struct counter *c)
{
	const struct unit *u = c->units.v;
	const char *s = c->o->stem ? c->srun.s : c->run.s;
	struct item *it = c->items_.v;
	size_t j, k, b, nb;

	if (!c->o->stem) {
		for (j = 0; j < c->items_.n; j++)
			enqueue(c, s + u[it[j].i].sa, u[it[j].i + it[j].n -
			    1].sb - u[it[j].i].sa);
		c->items_.n = 0;
		return;
	}
	for (b = 0; b < c->items_.n; b += nb) {
		nb = c->items_.n - b < 64 ? c->items_.n - b : 64;
		for (j = b; j < b + nb; j++) {
			it[j].h = ht_hash(s + u[it[j].i].sa, u[it[j].i + it[j].n -
			    1].sb - u[it[j].i].sa);
			ht_prefetch(&c->terms, it[j].h, 0);
		}
		for (k = 1; k <= 2 && nb > 4; k++)
			for (j = b; j < b + nb; j++)
				ht_prefetch(&c->terms, it[j].h, (int)k);
		for (j = b; j < b + nb; j++) {
			size_t i = it[j].i, n = it[j].n;
			struct ht_entry *e = counter_add_h(c, s + u[i].sa,
			    u[i + n - 1].sb - u[i].sa, it[j].h, 1);

			if (c->o->stem) {
				size_t idx = (size_t)(e - c->terms.ents);
				struct ht_entry *f = ht_upsert(&c->forms,
				    c->run.s + u[i].a, u[i + n - 1].b - u[i].a,
				    NULL);

				f->val++;
				f->aux = idx;
			}
		}
	}
	c->items_.n = 0;
}

/* counter_sentence: the run's units join the sentence's, and the run is
 * emptied. */
static void
keep_units(struct counter *c)
{
	const char *s = c->o->stem ? c->srun.s : c->run.s;
	size_t i;

	for (i = 0; i < c->units.n; i++) {
		const struct unit *u = &c->units.v[i];
		struct sunit x;

		x.k = c->skeys.n;
		x.kn = u->sb - u->sa;
		str_add(&c->skeys, s + u->sa, x.kn);
		x.t0 = c->tidx.v[u->w0];
		x.t1 = c->tidx.v[u->w1 - 1] + 1;
		x.run = c->nrun;
		x.stop = u->stop;
		VEC_PUSH(c->sunits, x);
	}
	c->nrun++;
	str_clear(&c->run);
	c->ends.n = 0;
	c->types.n = 0;
	c->tidx.n = 0;
}

/* Counts the items of the run of words gathered so far and empties it. */
static void
flush(struct counter *c)
{
	const struct count_opts *o = c->o;
	size_t i, n, m = c->ends.n;

	if (m == 0)
		return;
	c->units.n = 0;
	str_clear(&c->srun);
	for (i = 0; i < m;) {
		size_t a = i == 0 ? 0 : c->ends.v[i - 1] + 1;
		size_t L = o->terms != NULL && o->termmax >= 2 ? term_at(c, i) : 0;

		if (L >= 2 && (!o->alsowords || c->unitsonly)) {
			add_unit(c, a, c->ends.v[i + L - 1], 0, i, i + L);
			i += L;
			continue;
		}
		if (L >= 2 && !o->stem)	/* --also-words: the term, then its words */
			enqueue(c, c->run.s + a, c->ends.v[i + L - 1] - a);
		else if (L >= 2)
			counter_add(c, c->run.s + a, c->ends.v[i + L - 1] - a, 1);
		add_unit(c, a, c->ends.v[i], c->types.v[i], i, i + 1);
		i++;
	}
	if (c->unitsonly) {
		keep_units(c);
		return;
	}
	m = c->units.n;
	for (n = o->nmin; n <= o->nmax; n++)
		for (i = 0; i + n <= m; i++) {
			struct item x;

			if (o->stop != NULL && (c->units.v[i].stop ||
			    c->units.v[i + n - 1].stop))
				continue;
			x.i = i;
			x.n = n;
			VEC_PUSH(c->items_, x);
		}
	count_items(c);
	str_clear(&c->run);
	c->ends.n = 0;
	c->types.n = 0;
}

/* Are items the words themselves, one by one: no n-grams, multi-word
 * terms, stop words or stems, which need the run around a word? */
static int
one_by_one(const struct counter *c)
{
	const struct count_opts *o = c->o;

	return o->nmin == 1 && o->nmax == 1 && o->stop == NULL && !o->stem &&
	    (o->terms == NULL || o->termmax < 2) && !c->unitsonly;
}

/*
 * Counts Chinese word s[0..n) by its model id (tok.h), 0 for none: an
 * array's count goes up, and the table sees the word at the next drain,
 * once with all its count since.  Not when the terms keep chains of
 * (term, cell) pairs, which drain would not build alike.  Returns
 * whether it counted the word.
 */
static int
count_id(struct counter *c, uint32_t id, const char *s, size_t n)
{
	struct idword w;

	if (id == 0 || c->haveti || n > UINT32_MAX)
		return 0;
	if (c->ncount == NULL) {
		if ((c->nids = tok_zh_ids()) == 0)
			return 0;
		c->ncount = xcalloc(c->nids, sizeof(*c->ncount));
	}
	if (id >= c->nids)
		return 0;
	if (c->ncount[id]++ == 0) {
		w.id = id;
		w.len = (uint32_t)n;
		w.off = c->nkeys.n;
		str_add(&c->nkeys, s, n);
		VEC_PUSH(c->touched, w);
	}
	if (c->ncount[id] == UINT32_MAX)
		drain_ids(c);
	return 1;
}

/* One token: a counted one joins the run, any other ends it.  When items
 * are the words one by one, each is counted as it comes, the run
 * skipped: the same items (a Chinese word with a model id by it). */
static void
token(struct counter *c, int type, uint32_t zh, const char *s, size_t n)
{
	if (!counted(c->o, type)) {
		flush(c);
		return;
	}
	if (one_by_one(c)) {
		if (type == TOK_CJK && count_id(c, zh, s, n))
			return;
		if (c->o->keepcase || (type == TOK_CJK && utf8_han_only(s, n)))
			enqueue(c, s, n);
		else {
			str_clear(&c->fold);
			utf8_fold(s, n, &c->fold);
			enqueue(c, c->fold.s, c->fold.n);
		}
		return;
	}
	if (c->run.n > 0)
		str_addc(&c->run, ' ');
	/* A Chinese word folds to itself: no need to walk it. */
	if (c->o->keepcase || (type == TOK_CJK && utf8_han_only(s, n)))
		str_add(&c->run, s, n);
	else
		utf8_fold(s, n, &c->run);
	VEC_PUSH(c->ends, c->run.n);
	VEC_PUSH(c->types, (uint8_t)type);
	if (c->unitsonly)
		VEC_PUSH(c->tidx, c->curtok);
}

void
counter_sentence(struct counter *c, const char *text, const struct tok *toks,
    size_t ntok)
{
	size_t j;

	c->unitsonly = 1;
	c->sunits.n = 0;
	str_clear(&c->skeys);
	c->nrun = 0;
	for (j = 0; j < ntok; j++) {
		c->curtok = j;
		token(c, toks[j].type, toks[j].zh, text + toks[j].start,
		    toks[j].end - toks[j].start);
	}
	flush(c);
}

static void
sentence_end(struct counter *c)
{
	flush(c);
	if (c->cur > 0)
		c->cells.v[c->cur - 1].sentences++;
}

/* Counts the tokens of a piece of cleaned text, which may hold several
 * sentences (a paragraph record): items never cross their ends. */
static void
count_text(struct counter *c, const char *s, size_t n)
{
	struct tokenizer t;
	struct tok k;
	size_t i, b, nst;

	c->toks.n = 0;
	tok_init(&t, s, n, c->o->doc.tokopts);
	while (tok_next(&t, &k))
		VEC_PUSH(c->toks, k);
	if (c->toks.n == 0)
		return;
	VEC_GROW(c->starts, c->toks.n + 1);
	nst = sent_split(s, c->toks.v, c->toks.n, c->starts.v);
	for (i = 0, b = 0; i < c->toks.n; i++) {
		if (b < nst && c->starts.v[b] == i) {
			if (b > 0)
				sentence_end(c);
			b++;
		}
		token(c, c->toks.v[i].type, c->toks.v[i].zh,
		    s + c->toks.v[i].start,
		    c->toks.v[i].end - c->toks.v[i].start);
	}
	sentence_end(c);
}

/* Raw files, through the same road as txseg. */
static int
files_begin(void *arg, struct doc *d, const char *path, const char *id,
    size_t idlen)
{
	struct counter *c = arg;

	(void)d;
	if (c->o->by != NULL) {
		/* A cell per document, in the group that is its "doc". */
		size_t gl;
		const char *g = meta_var_file(c->o->by, path, id, idlen, &gl);

		counter_cell(c, g, gl, id, idlen);
		return 1;
	}
	counter_cell(c, id, idlen, "0", 1);
	return 1;
}

static void
files_para(void *arg, struct doc *d, const struct para *p)
{
	struct counter *c = arg;
	struct sentence s;
	size_t j;
	const char *id = counter_doc(c, c->cells.v[c->cur - 1].doc);

	if (p->kind == PK_TOC || (p->kind == PK_HEADING && c->o->noheadings))
		return;
	if (c->o->by == NULL)	/* grouped: the document's cell stays */
		counter_cell(c, id, strlen(id), p->sec, strlen(p->sec));
	while (doc_next_sentence(d, &s)) {
		for (j = 0; j < s.ntok; j++) {
			/* A word's count by id is asked of the cache some
			 * words ahead: the ids are all over the array. */
			if (j + 8 < s.ntok && c->ncount != NULL &&
			    s.toks[j + 8].zh < c->nids)
				__builtin_prefetch(&c->ncount[s.toks[j + 8].zh]);
			token(c, s.toks[j].type, s.toks[j].zh,
			    p->text + s.toks[j].start,
			    s.toks[j].end - s.toks[j].start);
		}
		sentence_end(c);
	}
}

static void count_records(void *, struct stream_in *);

static int
count_files(struct counter *c, char **paths, int npaths)
{
	struct walk w = { files_begin, files_para, NULL, c, 1,
	    count_records };

	return corpus_walk(&c->o->doc, paths, npaths, c->o->scan, c->o->nscan,
	    &w);
}

/* One record of a txseg stream, and how many sentences its text holds
 * when the next record tells (its sent number minus this one's), else 0. */
static void
stream_record(struct counter *c, const struct stream_in *in,
    const struct doc_record *r, size_t nsent, size_t lineno, size_t *sent,
    int *havesent)
{
	const struct count_opts *o = c->o;

	if (io_field_is(r->kind, r->lkind, "toc") || (o->noheadings &&
	    io_field_is(r->kind, r->lkind, "heading")))
		return;
	/* Grouped, a cell is (group, document): the document is its sec. */
	if (c->cur == 0 || !io_field_is(r->doc, r->ldoc, o->by != NULL ?
	    c->cells.v[c->cur - 1].sec :
	    counter_doc(c, c->cells.v[c->cur - 1].doc))) {
		if (*havesent)
			sentence_end(c);
		*havesent = 0;
	}
	if (o->by != NULL) {
		size_t gl;
		const char *g = meta_var_record(o->by, in, r, &gl);

		counter_cell(c, g, gl, r->doc, r->ldoc);
	} else
		counter_cell(c, r->doc, r->ldoc, r->sec, r->lsec);
	if (r->type != NULL) {
		int type = 0, k;

		for (k = TOK_WORD; k <= TOK_CJK; k++)
			if (io_field_is(r->type, r->ltype, tok_typename(k)))
				type = k;
		if (type == 0)
			errx(STATUS_TROUBLE, "%s: line %zu: '%.*s' is no token "
			    "type", in->name, lineno, (int)r->ltype, r->type);
		/* A new sentence number ends the sentence. */
		if (!*havesent || r->sent != *sent) {
			if (*havesent)
				sentence_end(c);
			*sent = r->sent;
			*havesent = 1;
		}
		token(c, type, 0, r->text, r->ltext);
		return;
	}
	if (*havesent)
		sentence_end(c);
	*havesent = 0;
	if (nsent == 1) {
		/* A sentence record: one sentence, as txseg said. */
		struct tokenizer t;
		struct tok k;

		tok_init(&t, r->text, r->ltext, o->doc.tokopts);
		while (tok_next(&t, &k))
			token(c, k.type, k.zh, r->text + k.start,
			    k.end - k.start);
		sentence_end(c);
	} else
		count_text(c, r->text, r->ltext);
}

/*
 * Counts a txseg stream, line by line: each record's text is tokenized
 * again (the same tokenizer gives the same tokens) and split into
 * sentences unless the next record shows it is one; a token stream's
 * records are one token each, typed by their ninth field.  Each record is
 * counted when the next is read (its bytes copied: the next may be of
 * another file).  inp: standard input's reader, or one over stream files
 * (source_streams, the walk's stream).
 */
static void
count_records(void *arg, struct stream_in *inp)
{
	struct counter *c = arg;
	struct str prev = { 0 };
	struct doc_record r, pr;
	struct stream_in in;
	size_t plineno = 0, sent = 0;
	int havesent = 0, have = 0, k;

	in = *inp;	/* a copy, given back at the end */
	in.crfirst = 1;
	while ((k = stream_next(&in, &r)) != 0) {
		size_t nsent = 0;

		if (k == -1)
			errx(STATUS_TROUBLE, "%s: line %zu: not a txseg record "
			    "(%s fields: doc %ssec par sent kind start end "
			    "text [type])", in.name, in.lineno, in.nmeta > 0 ?
			    "after the header's variables, 8 or 9" : "8 or 9",
			    in.nmeta > 0 ? "[variables] " : "");
		if (have) {
			if (r.ldoc == pr.ldoc && memcmp(r.doc, pr.doc,
			    r.ldoc) == 0 && r.sent > pr.sent)
				nsent = r.sent - pr.sent;
			stream_record(c, &in, &pr, nsent, plineno, &sent,
			    &havesent);
		}
		/* This record waits for the next: keep its bytes. */
		str_clear(&prev);
		str_add(&prev, in.line, in.len);
		doc_parse_record_meta(prev.s, prev.n, in.nmeta, &pr);
		have = 1;
		plineno = in.lineno;
	}
	if (have)
		stream_record(c, &in, &pr, 0, plineno, &sent, &havesent);
	if (havesent)
		sentence_end(c);
	str_free(&prev);
	*inp = in;
}

/* Counts the stream of lr, whose first line, read already, is
 * first[0..nfirst): a record unless it is the header. */
static void
count_stream(struct counter *c, struct lines *lr, const char *first,
    size_t nfirst)
{
	struct stream_in in;

	stream_from_lines(&in, lr, "-", 0, 1);
	stream_push_first(&in, first, nfirst);
	count_records(c, &in);
	stream_close(&in);
}

int
count_inputs(struct counter *c, char **paths, int npaths)
{
	struct stdin_in in;
	int status, stream = 0;

	if (!(npaths == 1 && strcmp(paths[0], "-") == 0)) {
		status = count_files(c, paths, npaths);
		drain(c);
		return status;
	}
	/* Standard input: txseg's stream, or raw text.  A table or a
	 * broken stream is no text: counting its words and numbers would
	 * be garbage. */
	switch (source_stdin_open(&in, !c->o->stream)) {
	case SNIFF_TABLE:
		errx(STATUS_TROUBLE, "-: a txfreq table, not text (give "
		    "it %s)", c->o->tablefiles ? "as a file, or to txfreq "
		    "--merge" : "to txfreq --merge");
	case SNIFF_BAD_TABLE:
	case SNIFF_BAD_STREAM:
		errx(STATUS_TROUBLE, "-: %s", in.why);
	case SNIFF_STREAM:
		stream = 1;
		break;
	}
	if (source_stdin_take(&in, c->o->stream || stream)) {
		count_stream(c, &in.lr, in.first, in.nfirst);
		status = STATUS_OK;
	} else
		status = count_files(c, paths, npaths);
	source_stdin_close(&in);
	drain(c);
	return status;
}

/*
 * Tables.
 */

static const char *const col_doc = "doc", *const col_sec = "sec",
    *const col_term = "term", *const col_form = "form";

/* What the header s[0..n) is, or an error message. */
static const char *
table_header(const char *s, size_t n, struct table_kind *k)
{
	const char *f[16];
	size_t fl[16], nf, i = 0;

	memset(k, 0, sizeof(*k));
	nf = io_fields(s, n, '\t', f, fl, 16);
	k->ncol = (int)nf;
	if (nf > 0 && io_field_is(f[0], fl[0], col_doc)) {
		k->level = LV_DOC;
		i++;
		if (nf > 1 && io_field_is(f[1], fl[1], col_sec)) {
			k->level = LV_SECTION;
			i++;
		}
	} else if (nf > 2 && fl[0] > 0 && fl[0] < sizeof(k->group) &&
	    !io_field_is(f[0], fl[0], col_term) &&
	    io_field_is(f[1], fl[1], col_term) && (io_field_is(f[2], fl[2],
	    "count") || io_field_is(f[2], fl[2], col_form))) {
		/* txfreq --by VAR: a group per row, as a document is. */
		k->level = LV_DOC;
		memcpy(k->group, f[0], fl[0]);
		k->group[fl[0]] = '\0';
		i++;
	}
	if (i >= nf || !io_field_is(f[i], fl[i], col_term)) {
		if (nf > 1 && io_field_is(f[0], fl[0], col_doc) &&
		    io_field_is(f[1], fl[1], "items"))
			return "a --stats table does not merge (types do not "
			    "add up)";
		return "not a txfreq table (its header has no term column "
		    "where one is due)";
	}
	i++;
	if (i < nf && io_field_is(f[i], fl[i], col_form)) {
		k->form = 1;
		i++;
	}
	if (i < nf && io_field_is(f[i], fl[i], "count") && i + 1 < nf &&
	    io_field_is(f[i + 1], fl[i + 1], "per_million")) {
		i += 2;
		if (k->level == LV_CORPUS && i + 1 == nf &&
		    io_field_is(f[i], fl[i], "range"))
			return NULL;
		if (k->level != LV_CORPUS && i == nf)
			return NULL;
		for (; i < nf; i++)
			if (!io_field_is(f[i], fl[i], "range"))
				break;
		if (i < nf)
			return io_field_is(f[i], fl[i], "tfidf") ?
			    "tf-idf columns do not add up: merge the tables "
			    "without --tfidf and give --tfidf to --merge" :
			    "dispersion columns do not add up: merge --by "
			    "doc or --by section tables and give --dispersion "
			    "to --merge";
	}
	if (i >= nf || !io_field_is(f[i], fl[i], "count"))
		return "not a txfreq table (its header has no count column "
		    "after the term)";
	return "a --wide table does not merge: merge the --by doc tables "
	    "and give --wide to --merge";
}

/* Does some field of s[0..n) hold a number (a count)? */
static int
has_number(const char *s, size_t n)
{
	const char *f[16];
	size_t fl[16], nf = io_fields(s, n, '\t', f, fl, 16), i, j;

	for (i = 0; i < nf; i++) {
		for (j = 0; j < fl[i] && f[i][j] >= '0' && f[i][j] <= '9'; j++)
			;
		if (fl[i] > 0 && j == fl[i])
			return 1;
	}
	return 0;
}

int
count_table_header(const char *s, size_t n, struct table_kind *k,
    const char **why)
{
	if (n > 0 && s[n - 1] == '\r')
		n--;
	*why = table_header(s, n, k);
	return *why == NULL;
}

/* The number in field f[0..fl) of line lineno, or exit 2 naming what
 * it is (what) when it is none or overflows. */
static uint64_t
table_number(const char *path, size_t lineno, const char *what,
    const char *f, size_t fl)
{
	char num[32];
	size_t v, i;

	snprintf(num, sizeof(num), "%.*s", fl < 31 ? (int)fl : 31, f);
	if (fl < 31 && parse_count_try(num, &v) == 0)
		return v;
	for (i = 0; i < fl && f[i] >= '0' && f[i] <= '9'; i++)
		;
	if (fl > 0 && i == fl)
		errx(STATUS_TROUBLE, "%s: line %zu: %s overflows", path, lineno,
		    what);
	errx(STATUS_TROUBLE, "%s: line %zu: %s '%.*s' is not a number", path,
	    lineno, what, (int)fl, f);
}

static void
table_row(struct counter *c, const char *path, size_t lineno,
    const char *s, size_t n, const struct table_kind *k, size_t *words)
{
	const char *f[16];
	size_t fl[16], nf, i = 0, w, j;
	uint64_t cnt, range = 0;
	struct ht_entry *e;
	size_t term, form = 0;

	nf = io_fields(s, n, '\t', f, fl, 16);
	if ((int)nf != k->ncol)
		errx(STATUS_TROUBLE, "%s: line %zu: %zu fields, the header has "
		    "%d", path, lineno, nf, k->ncol);
	if (k->level == LV_CORPUS)
		counter_cell(c, "", 0, "", 0);
	else
		counter_cell(c, f[0], fl[0], k->level == LV_SECTION ? f[1] : "",
		    k->level == LV_SECTION ? fl[1] : 0);
	i = (size_t)k->level;
	term = i++;
	if (k->form)
		form = i++;
	cnt = table_number(path, lineno, "count", f[i], fl[i]);
	/* txfreq lists what it counted: a 0 is no table of ours, and a
	 * table of zeros would give per_million 0/0. */
	if (cnt == 0)
		errx(STATUS_TROUBLE, "%s: line %zu: count 0 (a txfreq table "
		    "lists terms counted at least once)", path, lineno);
	if (cnt > UINT64_MAX - c->items)
		errx(STATUS_TROUBLE, "%s: line %zu: count overflows", path,
		    lineno);
	if (k->level == LV_CORPUS) {
		i += 2;
		range = table_number(path, lineno, "range", f[i], fl[i]);
		/* range <= count keeps the sum of ranges below the sum of
		 * counts, which cannot overflow. */
		if (range == 0 || range > cnt)
			errx(STATUS_TROUBLE, "%s: line %zu: range %llu is not "
			    "from 1 to the count, %llu", path, lineno,
			    (unsigned long long)range, (unsigned long long)cnt);
	}
	/* A table's n is its fewest words of a row, by spaces; a row with
	 * Han has no vote, as txfreq writes two Han words with no space
	 * between them (--sep). */
	if (utf8_has_cjk(f[term], fl[term]))
		w = SIZE_MAX;
	else
		for (w = 1, j = 0; j < fl[term]; j++)
			w += f[term][j] == ' ';
	if (w < *words)
		*words = w;
	e = counter_add(c, f[term], fl[term], cnt);
	if (k->level == LV_CORPUS) {
		/* The documents of different tables are different ones:
		 * ranges add up (counter_add counted this row as 1). */
		if (c->haveti) {
			struct tinfo *t = &c->ti.v[e - c->terms.ents];

			t->range = t->range - 1 + range;
			t->cell = 0;
		} else
			e->aux = ((e->aux >> 32) - 1 + range) << 32;
	}
	if (k->form) {
		/* The form of each table weighs as much as its count. */
		size_t idx = (size_t)(e - c->terms.ents);
		struct ht_entry *fe = ht_upsert(&c->forms, f[form], fl[form],
		    NULL);

		fe->val += cnt;
		fe->aux = idx;
	}
}

/* Counts the rows that came before the header, now that it came. */
static void
table_pending(struct counter *c, const char *name, struct str *pending,
    const size_t *linenos, const struct table_kind *k, size_t *words)
{
	char *p = pending->s, *end;
	size_t i = 0;

	if (pending->n == 0)
		return;		/* pending->s may be NULL: no NULL + 0 */
	end = p + pending->n;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));

		table_row(c, name, linenos[i++], p, (size_t)(nl - p), k,
		    words);
		p = nl + 1;
	}
	str_clear(pending);
}

void
count_table(struct counter *c, const char *path, struct table_kind *k)
{
	struct lines lr;
	struct str pending = { 0 };
	VEC(size_t) linenos = { 0 };
	const char *s, *name = io_name(path), *why;
	size_t n, lineno = 0, words = SIZE_MAX;
	int fd, rc;
	struct table_kind h;
	uint64_t off;

	if (strcmp(name, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) == -1)
		err(STATUS_TROUBLE, "%s", name);
	lines_init(&lr, fd);
	while ((rc = lines_next(&lr, &s, &n, &off)) == 1) {
		size_t bad;

		lineno++;
		if (n > 0 && s[n - 1] == '\r')
			n--;
		if (n == 0)
			continue;
		if ((bad = utf8_validate(s, n)) < n)
			errx(STATUS_TROUBLE, "%s: invalid UTF-8 at byte %llu",
			    name, (unsigned long long)(off + bad));
		if (memchr(s, '\t', n) == NULL && memchr(s, ',', n) != NULL)
			errx(STATUS_TROUBLE, "%s: line %zu: --merge reads TSV "
			    "tables (make them without --csv)", name, lineno);
		/* A header row: the first sets the kind, later ones (sorted
		 * map outputs hold many) must be the same. */
		if ((why = table_header(s, n, &h)) == NULL) {
			if (k->ncol == 0) {
				h.words = k->words;
				h.wpath = k->wpath;
				*k = h;
			} else if (h.level != k->level || h.form != k->form ||
			    h.ncol != k->ncol || strcmp(h.group, k->group) != 0)
				errx(STATUS_TROUBLE, "%s: line %zu: its columns "
				    "differ from the first table's", name,
				    lineno);
			continue;
		}
		/* Rows have a count; a header that is not ours has none. */
		if (!has_number(s, n))
			errx(STATUS_TROUBLE, "%s: line %zu: %s", name, lineno,
			    why);
		if (k->ncol == 0) {
			/* Rows before the header (a sorted map output):
			 * kept until it comes. */
			str_add(&pending, s, n);
			str_addc(&pending, '\n');
			VEC_PUSH(linenos, lineno);
			continue;
		}
		table_pending(c, name, &pending, linenos.v, k, &words);
		linenos.n = 0;
		table_row(c, name, lineno, s, n, k, &words);
	}
	if (rc == -1)
		err(STATUS_TROUBLE, "%s", name);
	if (pending.n > 0 && k->ncol == 0)
		errx(STATUS_TROUBLE, "%s: no txfreq header row", name);
	table_pending(c, name, &pending, linenos.v, k, &words);
	/* A table of 1-grams and one of 2-grams do not add up: the
	 * shortest terms tell each table's n (the low end of -n A-B). */
	if (words != SIZE_MAX && k->words == 0) {
		k->words = words;
		k->wpath = path;
	} else if (words != SIZE_MAX && words != k->words)
		errx(STATUS_TROUBLE, "%s: its shortest terms are %zu-grams, "
		    "those of %s %zu-grams: merge tables made with the same -n",
		    name, words, io_name(k->wpath), k->words);
	VEC_FREE(linenos);
	lines_free(&lr);
	str_free(&pending);
	if (fd != STDIN_FILENO)
		close(fd);
}

/*
 * The counting options.
 */

void
count_setup_init(struct count_setup *s)
{
	memset(s, 0, sizeof(*s));
	s->c.nmin = s->c.nmax = 1;
}

/* -n 2, -n 1-3 */
static void
parse_ngrams(const char *arg, struct count_opts *o)
{
	const char *dash = strchr(arg, '-');
	char lo[24];

	if (dash == NULL)
		o->nmin = o->nmax = parse_count(arg, "-n");
	else {
		snprintf(lo, sizeof(lo), "%.*s", (int)(dash - arg), arg);
		o->nmin = parse_count(lo, "-n");
		o->nmax = parse_count(dash + 1, "-n");
	}
	if (o->nmin < 1 || o->nmax < o->nmin || o->nmax > 9)
		errx(STATUS_TROUBLE, "-n: '%s': sizes from 1 to 9, low-high", arg);
}

int
count_option(struct count_setup *s, int ch, const char *arg)
{
	switch (ch) {
	case 'n': parse_ngrams(arg, &s->c); break;
	case CO_CASE: s->c.keepcase = 1; break;
	case CO_PUNCT: s->c.punct = 1; break;
	case CO_NONUM: s->c.nonumbers = 1; break;
	case CO_NOHEAD: s->c.noheadings = 1; break;
	case CO_STEM: s->c.stem = 1; break;
	case CO_ALSO: s->c.alsowords = 1; break;
	case CO_STREAM: s->c.stream = 1; break;
	case CO_STOP: s->stop = arg; break;
	case CO_TERMS: s->terms = arg; break;
	case CO_CORPUS: s->list = arg; break;
	default: return 0;
	}
	s->given = 1;
	return 1;
}

int
count_setup_shapes(const struct count_setup *s)
{
	const struct count_opts *o = &s->c;

	return o->nmin != 1 || o->nmax != 1 || o->keepcase || o->punct ||
	    o->nonumbers || o->noheadings || o->stem || o->alsowords ||
	    s->stop != NULL || s->terms != NULL;
}

void
count_setup_load(struct count_setup *s)
{
	if (s->c.alsowords && s->terms == NULL)
		errx(STATUS_TROUBLE, "--also-words goes with --terms");
	/* A stream's hyphens were judged by the txseg run that made it. */
	if (s->c.stream && s->list != NULL)
		tool_contradict("--stream", "--corpus-list");
	if (s->stop != NULL) {
		stop_load(&s->stopt, s->stop);
		s->c.stop = &s->stopt;
	}
	if (s->terms != NULL) {
		terms_load(&s->c, &s->termst, s->terms);
		s->c.terms = &s->termst;
	}
	if (s->list != NULL)
		paths_load(&s->c, s->list);
}

void
count_setup_free(struct count_setup *s)
{
	int i;

	if (s->c.stop != NULL)
		ht_free(&s->stopt);
	if (s->c.terms != NULL)
		ht_free(&s->termst);
	for (i = 0; i < s->c.nscan; i++)
		free(s->c.scan[i]);
	free(s->c.scan);
	s->c.stop = NULL;
	s->c.terms = NULL;
	s->c.scan = NULL;
	s->c.nscan = 0;
}
