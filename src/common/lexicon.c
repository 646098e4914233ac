/*
 * lexicon.c: pass 1, the corpus as its own dictionary (see lexicon.h).
 */
#include <stdlib.h>
#include <string.h>

#include "hyphen.h"
#include "lexicon.h"
#include "marker.h"
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

/* Word characters of the candidates and of the words counted: ASCII
 * letters and digits, and any non-ASCII byte (the counting pass decodes a
 * word that has some, and cuts it at what is not a letter, mark or
 * digit: lex_wordlen). */
static int
hy_wordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* The length of the word character (letter, mark or digit) at s[0..n),
 * or 0 when s does not start with one. */
static size_t
lex_wordchar(const char *s, size_t n)
{
	int32_t cp;
	int l;

	if (n == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return hy_wordbyte((unsigned char)s[0]) ? 1 : 0;
	if ((l = utf8_decode(s, n, &cp)) < 1)
		return 0;
	return utf8_isalpha(cp) || utf8_ismark(cp) || utf8_isdigit(cp) ?
	    (size_t)l : 0;
}

/* The length of the word that starts s[0..n) as the counting pass sees
 * one: word characters with single inner hyphens ("face-to-face",
 * "covid-19").  0 when s starts with no word character. */
static size_t
lex_wordlen(const char *s, size_t n)
{
	size_t i = 0, l;

	for (;;) {
		if ((l = lex_wordchar(s + i, n - i)) > 0)
			i += l;
		else if (i > 0 && i + 1 < n && s[i] == '-' &&
		    lex_wordchar(s + i + 1, n - i - 1) > 0)
			i++;
		else
			return i;
	}
}

/* The start of the code point that ends at s[i] (i > 0). */
static size_t
cp_back(const char *s, size_t i)
{
	size_t at = i - 1;

	while (at > 0 && ((unsigned char)s[at] & 0xC0) == 0x80 && i - at < 4)
		at--;
	return at;
}

/* The start of the word (as lex_wordlen) that ends at s[e]. */
static size_t
lex_wordstart(const char *s, size_t e)
{
	size_t i = e, at, b;

	while (i > 0) {
		at = cp_back(s, i);
		if (lex_wordchar(s + at, i - at) == i - at) {
			i = at;
			continue;
		}
		/* A single inner hyphen: word characters on both sides. */
		if (s[at] == '-' && i < e && at > 0) {
			b = cp_back(s, at);
			if (lex_wordchar(s + b, at - b) == at - b) {
				i = at;
				continue;
			}
		}
		break;
	}
	return i;
}

int
lexicon_forms(const char *left, size_t ln, const char *right, size_t rn,
    struct str *joined, struct str *hyph)
{
	struct hyphen_split sp;
	size_t ls, re;

	str_clear(joined);
	str_clear(hyph);
	if (!hyphen_split(left, ln, right, rn, &sp))
		return 0;
	ls = lex_wordstart(left, sp.hy);
	if (ls >= sp.hy || !hyphen_forms(left + ls, ln - ls, right, rn,
	    joined, hyph))
		return 0;
	re = lex_wordlen(right, rn);
	if (re > sp.rlen) {
		str_add(joined, right + sp.rlen, re - sp.rlen);
		str_add(hyph, right + sp.rlen, re - sp.rlen);
	}
	return 1;
}

/* A 16-bit signature of a lower-case word: its length, first two and
 * last letters.  Candidates set their bit; a word whose bit is clear is
 * not looked up. */
static unsigned
sig3(size_t n, unsigned char first, unsigned char second, unsigned char last)
{
	unsigned h = (unsigned)n * 0x9E37u;

	h = (h ^ first) * 0x45D9F3Bu;
	h = (h ^ second) * 0x45D9F3Bu;
	h = (h ^ last) * 0x45D9F3Bu;
	return (h >> 16) & 0xFFFF;
}

static unsigned
word_sig(const char *w, size_t n)
{
	return sig3(n, (unsigned char)w[0],
	    (unsigned char)(n > 1 ? w[1] : 0), (unsigned char)w[n - 1]);
}

static char
ascii_lower(char ch)
{
	return (char)(ch | (ch >= 'A' && ch <= 'Z' ? 0x20 : 0));
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

/* Notes the two forms of a hyphen that ends left[0..ln) before right. */
static int
note_forms(struct lexicon *c, const char *left, size_t ln, const char *right,
    size_t rn, struct str *j, struct str *h, struct str *key)
{
	struct hyphen_split sp;

	if (!lexicon_forms(left, ln, right, rn, j, h))
		return 0;
	fold_into(key, j->s, j->n);
	note_candidate(c, key->s, key->n);
	fold_into(key, h->s, h->n);
	note_candidate(c, key->s, key->n);
	/* The halves, as words of their own ("cross", "sectoral"). */
	(void)hyphen_split(left, ln, right, rn, &sp);
	fold_into(key, left + sp.last, sp.hy - sp.last);
	note_candidate(c, key->s, key->n);
	fold_into(key, right, sp.rlen);
	note_candidate(c, key->s, key->n);
	return 1;
}

/*
 * Finds a token ending in a hyphen at a line end ("face-to-" before a
 * newline) and notes the joined and hyphenated forms of lexicon_forms
 * with the start of the next non-blank line, and with the one after it
 * (a page number or running header may lie between), and the two halves
 * L and R (hyphen.h), as candidates whose counts pass 1 gathers
 * (lexicon_count).
 */
size_t
lexicon_scan(struct lexicon *c, const char *s, size_t n)
{
	struct str j = { 0 }, h = { 0 }, key = { 0 };
	const char *p = s, *end = s + n, *nl;
	size_t found = 0;

	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		const char *q = nl, *x0, *y0, *y1;
		int k;

		p = nl + 1;
		if (q > s && q[-1] == '\r')
			q--;
		while (q > s && (q[-1] == ' ' || q[-1] == '\t'))
			q--;
		if (q - s < 2 || q[-1] != '-')
			continue;
		x0 = q - 1;
		while (x0 > s && !is_ws((unsigned char)x0[-1]) &&
		    q - x0 < LEXICON_TOKEN_MAX)
			x0--;
		while (x0 < q && ((unsigned char)*x0 & 0xC0) == 0x80)
			x0++;	/* a cut token starts on a character */
		y0 = nl + 1;
		for (k = 0; k < 2 && y0 < end; k++) {
			while (y0 < end && is_ws((unsigned char)*y0))
				y0++;	/* blank lines too */
			y1 = y0;
			while (y1 < end && !is_ws((unsigned char)*y1) &&
			    y1 - y0 < LEXICON_TOKEN_MAX)
				y1++;
			if (y1 == y0)
				break;
			if (note_forms(c, x0, (size_t)(q - x0), y0,
			    (size_t)(y1 - y0), &j, &h, &key))
				found++;
			y0 = y1;
			while (y0 < end && *y0 != '\n' && *y0 != '\r')
				y0++;	/* the rest of that line */
		}
	}
	str_free(&j);
	str_free(&h);
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

/* Looks up the word s[0..n) (non-ASCII: folded) and counts it. */
static void
count_word(struct count_job *j, const char *s, size_t n, struct str *key)
{
	const struct lexicon *c = j->c;
	struct ht_entry *e;

	fold_into(key, s, n);
	if ((e = ht_get(&c->cands, key->s, key->n)) != NULL)
		j->counts[e - c->cands.ents]++;
}

/* Does the word at s[w] start a line after one that ends in a hyphen
 * ("mation" of "infor-\nmation")?  It is half a word, no evidence. */
static int
after_line_hyphen(const char *s, size_t w)
{
	size_t k = w;

	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	if (k == 0 || s[k - 1] != '\n')
		return 0;
	k--;
	if (k > 0 && s[k - 1] == '\r')
		k--;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	return k > 0 && s[k - 1] == '-';
}

/* hy_wordbyte as a table (the counting pass reads every byte of the
 * corpus): WB_ASCII for an ASCII letter or digit, WB_HIGH for a byte of a
 * non-ASCII character. */
enum { WB_NONE = 0, WB_ASCII = 1, WB_HIGH = 2 };	/* bits */
#define WB_16(v)	v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const uint8_t wordbyte[256] = {
	WB_16(0), WB_16(0), WB_16(0),				/* 0x00-0x2F */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,		/* 0-9 */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,		/* @ A-O */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,		/* P-Z */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,		/* ` a-o */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,		/* p-z */
	WB_16(2), WB_16(2), WB_16(2), WB_16(2),			/* 0x80-0xBF */
	WB_16(2), WB_16(2), WB_16(2), WB_16(2)			/* 0xC0-0xFF */
};

static void *
count_candidates(void *arg)
{
	struct count_job *j = arg;
	const struct lexicon *c = j->c;
	const char *s = j->s;
	struct str key = { 0 };
	struct ht_entry *e;
	size_t i = j->from, n = j->to, w, k, p, l;
	char low[64];

	while (i < n) {
		unsigned classes = 0, t;
		int nonascii;
		unsigned sg;

		while (i < n && !wordbyte[(unsigned char)s[i]])
			i++;
		w = i;
		for (;;) {
			while (i < n && (t = wordbyte[(unsigned char)s[i]]))
				i++, classes |= t;
			/* a single inner hyphen */
			if (i > w && i + 1 < n && s[i] == '-' &&
			    wordbyte[(unsigned char)s[i + 1]])
				i++;
			else
				break;
		}
		nonascii = (classes & WB_HIGH) != 0;
		if (i == w || i - w >= sizeof(low))
			continue;
		if (w > 0 && (unsigned char)s[w - 1] <= ' ' &&
		    after_line_hyphen(s, w))
			continue;
		if (nonascii) {
			/* Cut at what is not a letter, mark or digit
			 * (quotes, dashes, no-break spaces). */
			for (p = w; p < i; ) {
				if ((l = lex_wordlen(s + p, i - p)) == 0) {
					p++;
					continue;
				}
				if (!(p + l < n && s[p + l] == '-' &&
				    (p + l + 1 >= n ||
				    lex_wordchar(s + p + l + 1, n - p - l - 1) == 0)))
					count_word(j, s + p, l, &key);
				p += l;
			}
			continue;
		}
		/* A word cut by a hyphen at the line end is no evidence. */
		if (i < n && s[i] == '-')
			continue;
		/* The signature reads three letters: most words stop
		 * there, before they are lower-cased. */
		low[0] = ascii_lower(s[w]);
		low[1] = i - w > 1 ? ascii_lower(s[w + 1]) : 0;
		low[2] = ascii_lower(s[i - 1]);
		sg = sig3(i - w, low[0], low[1], low[2]);
		if (!(c->sigs[sg >> 3] & (1u << (sg & 7))))
			continue;
		for (k = 0; k < i - w; k++)
			low[k] = ascii_lower(s[w + k]);
		if ((e = ht_get(&c->cands, low, i - w)) != NULL)
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
