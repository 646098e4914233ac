/*
 * words.c: the word list, a hash table of its entries (keys only).
 */
#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ht.h"
#include "utf8.h"
#include "util.h"
#include "words.h"

struct words {
	struct ht ht;
};

struct words *
words_new(void)
{
	struct words *w = xmalloc(sizeof(*w));

	ht_init(&w->ht, 0);
	return w;
}

/* What words_add makes of the line s[0..*n): WK_NONE nothing (empty, a
 * possessive), WK_ASCII the ASCII word s[0..*n) as it is (ASCII without
 * NUL is valid UTF-8, and NFC), WK_OTHER a word to validate and
 * normalize.  *n loses a final CR. */
enum { WK_NONE, WK_ASCII, WK_OTHER };

static int
entry_kind(const char *s, size_t *n)
{
	size_t i, l = *n;

	if (l > 0 && s[l - 1] == '\r')
		l--;
	*n = l;
	if (l == 0 || (l >= 2 && s[l - 2] == '\'' && s[l - 1] == 's'))
		return WK_NONE;
	for (i = 0; i < l; i++)
		if ((unsigned char)s[i] >= 0x80 || s[i] == '\0')
			return WK_OTHER;
	return WK_ASCII;
}

void
words_add(struct words *w, const char *s, size_t n)
{
	struct str nfc = { 0 };

	switch (entry_kind(s, &n)) {
	case WK_NONE:
		return;
	case WK_ASCII:
		ht_upsert(&w->ht, s, n, NULL);
		return;
	}
	if (utf8_validate(s, n) != n)
		return;
	if (utf8_nfc(s, n, &nfc))
		ht_upsert(&w->ht, nfc.s, nfc.n, NULL);
	else
		ht_upsert(&w->ht, s, n, NULL);
	str_free(&nfc);
}

/* ASCII words are hashed AHEAD words before they go in, and the slot each
 * will probe is fetched meanwhile, then the entry the slot names: the
 * table (megabytes) is read at random, and waiting for memory at every
 * word was most of the load. */
#define AHEAD	16

struct words *
words_open(const char *path)
{
	struct words *w;
	struct str b = { 0 };
	struct {
		const char *s;
		size_t	 n;
		uint32_t h;
	} ring[AHEAD];
	const char *p, *end, *nl;
	size_t got, n, nring = 0, k;
	FILE *fp;
	int e;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	/* The whole file at once (about 1 MB), cut at line ends: a
	 * getline() a word cost more than the table. */
	do {
		str_grow(&b, 1 << 16);
		got = fread(b.s + b.n, 1, b.cap - b.n, fp);
		b.n += got;
	} while (got > 0);
	if (ferror(fp)) {
		e = errno;
		fclose(fp);
		str_free(&b);
		errno = e;
		return NULL;
	}
	fclose(fp);
	w = xmalloc(sizeof(*w));
	ht_init(&w->ht, 1 << 17);	/* the full list: ~75,000 entries */
	for (p = b.s, end = b.s + b.n; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		n = (size_t)(nl - p);
		switch (entry_kind(p, &n)) {
		case WK_NONE:
			break;
		case WK_OTHER:
			words_add(w, p, (size_t)(nl - p));
			break;
		default:
			k = nring++ % AHEAD;
			if (nring > AHEAD)
				ht_upsert_h(&w->ht, ring[k].s, ring[k].n,
				    ring[k].h, NULL);
			ring[k].s = p;
			ring[k].n = n;
			ring[k].h = ht_hash(p, n);
			ht_prefetch(&w->ht, ring[k].h, 0);
			/* halfway, the entry that slot names (if any) */
			if (nring > AHEAD / 2)
				ht_prefetch(&w->ht,
				    ring[(nring - 1 - AHEAD / 2) % AHEAD].h, 1);
		}
	}
	for (k = nring > AHEAD ? nring - AHEAD : 0; k < nring; k++)
		ht_upsert_h(&w->ht, ring[k % AHEAD].s, ring[k % AHEAD].n,
		    ring[k % AHEAD].h, NULL);
	str_free(&b);
	return w;
}

void
words_free(struct words *w)
{
	if (w == NULL)
		return;
	ht_free(&w->ht);
	free(w);
}

size_t
words_count(const struct words *w)
{
	return w ? w->ht.n : 0;
}

/* Appends s[0..n) (valid UTF-8) to out, lower case after the first
 * `keep` code points. */
static void
add_lower(struct str *out, const char *s, size_t n, size_t keep)
{
	size_t i = 0, k = 0;
	int32_t cp;
	char enc[4];
	int l;

	while (i < n) {
		l = utf8_decode(s + i, n - i, &cp);
		if (k++ >= keep)
			cp = utf8_tolower(cp);
		str_add(out, enc, (size_t)utf8_encode(cp, enc));
		i += (size_t)l;
	}
}

int
words_has(const struct words *w, const char *s, size_t n)
{
	struct str b = { 0 };
	size_t i, nletters = 0;
	int32_t cp;
	int l, caps = 1, hit;

	if (w == NULL || n == 0)
		return 0;
	if (ht_get(&w->ht, s, n) != NULL)
		return 1;
	if (utf8_validate(s, n) != n)
		return 0;
	utf8_decode(s, n, &cp);
	if (!utf8_isupper(cp))
		return 0;
	for (i = 0; i < n; i += (size_t)l) {
		l = utf8_decode(s + i, n - i, &cp);
		if (utf8_isalpha(cp)) {
			nletters++;
			caps &= utf8_isupper(cp);
		}
	}
	add_lower(&b, s, n, 0);
	hit = ht_get(&w->ht, b.s, b.n) != NULL;
	if (!hit && caps && nletters >= 2) {
		str_clear(&b);
		add_lower(&b, s, n, 1);
		hit = ht_get(&w->ht, b.s, b.n) != NULL;
	}
	str_free(&b);
	return hit;
}

static struct words *deflist;
static pthread_once_t defonce = PTHREAD_ONCE_INIT;

static void
load_default(void)
{
	const char *path = getenv("TX_WORDS");

	if (path == NULL)
		path = WORDS_PATH;
	if (*path == '\0')
		return;
	if ((deflist = words_open(path)) == NULL)
		warnx("%s: %s; line-end hyphens are judged without a word list",
		    path, strerror(errno));
}

const struct words *
words_default(void)
{
	pthread_once(&defonce, load_default);
	return deflist;
}
