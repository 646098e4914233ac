/*
 * lexicon.c: pass 1, the corpus as its own dictionary (see lexicon.h).
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "pair.h"
#include "sent.h"
#include "tok.h"
#include "utf8.h"

void
lexicon_init(struct lexicon *c)
{
	memset(c, 0, sizeof(*c));
	ht_init(&c->cands, 64);
}

void
lexicon_free(struct lexicon *c)
{
	ht_free(&c->cands);
	sent_abbrev_free(c->abbrev);
	c->abbrev = NULL;
}

/* Bytes of an input counted at a time, so that the tokens of a large one
 * stay few: a chunk ends at a line end past CHUNK. */
#define CHUNK	(256 << 10)

/* Where the chunk that starts at s[0..n) ends. */
static size_t
chunk_end(const char *s, size_t n)
{
	const char *p;
	size_t i, lim;

	if (n <= CHUNK)
		return n;
	lim = n < 4 * CHUNK ? n : 4 * CHUNK;
	p = memchr(s + CHUNK, '\n', lim - CHUNK);
	if (p != NULL)
		return (size_t)(p - s) + 1;
	if (lim == n)
		return n;
	/* one long line: a space, else a character boundary */
	for (i = 4 * CHUNK; i > CHUNK && s[i] != ' '; i--)
		;
	if (i > CHUNK)
		return i + 1;
	for (i = 4 * CHUNK; i > CHUNK && ((unsigned char)s[i] & 0xC0) == 0x80;
	    i--)
		;
	return i;
}

/* Tokenizes s[0..n) a chunk at a time for sent_abbrev_note (note) or
 * sent_abbrev_add. */
static void
sentences_walk(struct lexicon *c, const char *s, size_t n, unsigned tokopts,
    int note)
{
	VEC(struct tok) toks = { 0 };
	struct tokenizer t;
	struct tok k;
	size_t at = 0, e;

	if (n == 0)
		return;
	if (c->abbrev == NULL) {
		if (!note)
			return;
		c->abbrev = sent_abbrev_new();
	}
	while (at < n) {
		e = chunk_end(s + at, n - at);
		toks.n = 0;
		tok_init(&t, s + at, e, tokopts);
		while (tok_next(&t, &k))
			VEC_PUSH(toks, k);
		if (toks.n > 0 && note)
			sent_abbrev_note(c->abbrev, s + at, toks.v, toks.n);
		else if (toks.n > 0)
			sent_abbrev_add(c->abbrev, s + at, toks.v, toks.n);
		at += e;
	}
	VEC_FREE(toks);
}

void
lexicon_sentences_note(struct lexicon *c, const char *s, size_t n,
    unsigned tokopts)
{
	sentences_walk(c, s, n, tokopts, 1);
}

void
lexicon_sentences(struct lexicon *c, const char *s, size_t n,
    unsigned tokopts)
{
	sentences_walk(c, s, n, tokopts, 0);
}

void
lexicon_sentences_done(struct lexicon *c)
{
	if (c->abbrev != NULL)
		sent_abbrev_done(c->abbrev);
}

/* Lower-cases ASCII letters of a word into b (the dictionary of
 * line-break hyphens only needs to match words as written). */
static void
fold_into(struct str *b, const char *s, size_t n)
{
	size_t i;

	str_clear(b);
	utf8_fold(s, n, b);
	for (i = 0; i < b->n; i++)
		if (b->s[i] >= 'A' && b->s[i] <= 'Z')
			b->s[i] += 'a' - 'A';
}

/* Word characters for the hyphen candidates: ASCII letters, and any
 * non-ASCII byte (letters of other scripts); digits stop a candidate. */
static int
hy_wordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* A 16-bit signature of a lower-case word: its length, first two and
 * last letters.  Candidates set their bit; a word whose bit is clear is
 * not looked up. */
static unsigned
word_sig(const char *w, size_t n)
{
	unsigned h = (unsigned)n * 0x9E37u;

	h = (h ^ (unsigned char)w[0]) * 0x45D9F3Bu;
	h = (h ^ (unsigned char)(n > 1 ? w[1] : 0)) * 0x45D9F3Bu;
	h = (h ^ (unsigned char)w[n - 1]) * 0x45D9F3Bu;
	return (h >> 16) & 0xFFFF;
}

/* Notes a candidate key (folded) and its signature. */
static void
note_candidate(struct lexicon *c, const char *key, size_t n)
{
	unsigned sg;

	if (n == 0)
		return;
	ht_upsert(&c->cands, key, n, NULL);
	sg = word_sig(key, n);
	c->sigs[sg >> 3] |= (uint8_t)(1u << (sg & 7));
}

/*
 * Finds "X-<newline><spaces>Y" in a buffer, where X and Y are letters, and
 * records the forms XY and X-Y as candidates whose counts pass 1 gathers
 * (lexicon_count).
 */
size_t
lexicon_scan(struct lexicon *c, const char *s, size_t n)
{
	struct str w = { 0 }, key = { 0 };
	const char *p = s, *end = s + n, *nl;
	size_t found = 0;

	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		const char *q = nl, *x0, *y0, *y1;

		p = nl + 1;
		if (q > s && q[-1] == '\r')
			q--;
		while (q > s && (q[-1] == ' ' || q[-1] == '\t'))
			q--;
		if (q - s < 2 || q[-1] != '-' || !hy_wordbyte((unsigned char)q[-2]))
			continue;
		x0 = q - 1;
		while (x0 > s && hy_wordbyte((unsigned char)x0[-1]))
			x0--;
		y0 = nl + 1;
		while (y0 < end && (*y0 == ' ' || *y0 == '\t'))
			y0++;
		y1 = y0;
		while (y1 < end && hy_wordbyte((unsigned char)*y1))
			y1++;
		if (y1 == y0)
			continue;
		str_clear(&w);
		str_add(&w, x0, (size_t)(q - 1 - x0));
		str_add(&w, y0, (size_t)(y1 - y0));
		fold_into(&key, w.s, w.n);
		note_candidate(c, key.s, key.n);
		str_clear(&w);
		str_add(&w, x0, (size_t)(q - x0));
		str_add(&w, y0, (size_t)(y1 - y0));
		fold_into(&key, w.s, w.n);
		note_candidate(c, key.s, key.n);
		found++;
	}
	str_free(&w);
	str_free(&key);
	return found;
}

/*
 * Counts, over s[from, to), the words that are candidates, into counts[]
 * (by entry index; the table itself is only read, so two threads can
 * count two halves).  A word here is what lexicon_scan calls one: a run of
 * letters with single inner hyphens ("cyberspace", "win-win"), not broken
 * across lines.  A word is folded and looked up only when its signature
 * bit is set, so this pass costs little more than reading the bytes.
 */
struct count_job {
	const struct lexicon *c;
	const char *s;
	size_t	 from, to;
	uint64_t *counts;
};

static void *
count_candidates(void *arg)
{
	struct count_job *j = arg;
	const struct lexicon *c = j->c;
	const char *s = j->s;
	struct str key = { 0 };
	struct ht_entry *e;
	size_t i = j->from, n = j->to, w, k;
	char low[64];

	while (i < n) {
		unsigned char ch;
		int nonascii = 0;
		unsigned sg;

		while (i < n && !hy_wordbyte((unsigned char)s[i]))
			i++;
		w = i;
		while (i < n) {
			ch = (unsigned char)s[i];
			if (hy_wordbyte(ch)) {
				nonascii |= ch >= 0x80;
				i++;
			} else if (ch == '-' && i + 1 < n && i > w &&
			    hy_wordbyte((unsigned char)s[i + 1]))
				i++;
			else
				break;
		}
		if (i == w || i - w >= sizeof(low))
			continue;
		/* A word cut by a hyphen at the line end is no evidence. */
		if (i < n && s[i] == '-')
			continue;
		if (nonascii) {
			fold_into(&key, s + w, i - w);
		} else {
			for (k = 0; k < i - w; k++)
				low[k] = (char)(s[w + k] | (s[w + k] >= 'A' &&
				    s[w + k] <= 'Z' ? 0x20 : 0));
			sg = word_sig(low, i - w);
			if (!(c->sigs[sg >> 3] & (1u << (sg & 7))))
				continue;
			str_clear(&key);
			str_add(&key, low, i - w);
		}
		if ((e = ht_get(&c->cands, key.s, key.n)) != NULL)
			j->counts[e - c->cands.ents]++;
	}
	str_free(&key);
	return NULL;
}

/* Counts the candidates of a whole document, in two halves at once when
 * it is large. */
void
lexicon_count(struct lexicon *c, const char *s, size_t n)
{
	struct count_job a, b;
	size_t mid = half_cut(s, n), k, ne = c->cands.n;

	a = (struct count_job){ c, s, 0, mid, xcalloc(ne + 1, 8) };
	b = (struct count_job){ c, s, mid, n, xcalloc(ne + 1, 8) };
	run_pair(count_candidates, &a, &b, mid < n);
	for (k = 0; k < ne; k++)
		c->cands.ents[k].val += a.counts[k] + b.counts[k];
	free(a.counts);
	free(b.counts);
}

/* The count of a word form in the corpus (0 when unknown). */
uint64_t
lexicon_get(const struct lexicon *c, const char *s, size_t n)
{
	struct str key = { 0 };
	struct ht_entry *e;
	uint64_t v;

	fold_into(&key, s, n);
	e = ht_get(&c->cands, key.s, key.n);
	v = e ? e->val : 0;
	str_free(&key);
	return v;
}
