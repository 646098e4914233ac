/*
 * fuzz_units.c: counter_sentence (count.h), the units txcoll reads, on
 * arbitrary text.  The first byte picks the counting options (case,
 * punctuation, numbers, stems, a stop list, terms); the rest, its valid
 * UTF-8 part, is tokenized as one sentence.  Checked against count.h's
 * contract, read independently:
 *
 *  - the units are in order, each over tokens [t0, t1) that are counted
 *    under the options (tok type: words, numbers unless --no-numbers,
 *    punctuation and symbols only with --punct), not overlapping;
 *  - a unit's run goes up by one exactly where an uncounted token lies
 *    between two units (an n-gram never spans one);
 *  - without stems and terms, a unit is one token and its key is that
 *    token's text, folded unless --case (utf8_fold), as txfreq counts it;
 *    with terms, a unit of several tokens is a term of the list;
 *  - a stop word (folded) is marked stop, and only a stop word.
 */
#include <stdint.h>
#include <string.h>

#include "count.h"
#include "tok.h"
#include "utf8.h"
#include "fuzz.h"

#define MAXTOK	4096

static int
counted(const struct count_opts *o, int type)
{
	if (type == TOK_PUNCT || type == TOK_SYM)
		return o->punct;
	if (type == TOK_NUM)
		return !o->nonumbers;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct tok toks[MAXTOK];
	struct count_opts o;
	struct counter c;
	struct ht stop, terms;
	struct tokenizer t;
	struct tok k;
	struct str fold = { 0 };
	const char *s;
	size_t sn, nt = 0, i, j, prev = 0;
	unsigned f;

	if (n == 0)
		return 0;
	f = data[0];
	s = (const char *)data + 1;
	sn = utf8_validate(s, n - 1);
	memset(&o, 0, sizeof(o));
	o.keepcase = f & 1;
	o.punct = (f >> 1) & 1;
	o.nonumbers = (f >> 2) & 1;
	o.stem = (f >> 3) & 1;
	o.nmin = o.nmax = 1;
	o.cells = LV_DOC;
	memset(&stop, 0, sizeof(stop));
	memset(&terms, 0, sizeof(terms));
	if (f & 16) {
		ht_init(&stop, 0);
		ht_upsert(&stop, "the", 3, NULL);
		ht_upsert(&stop, "of", 2, NULL);
		o.stop = &stop;
	}
	if (f & 32) {
		ht_init(&terms, 0);
		ht_upsert(&terms, "cyber security", 14, NULL);
		ht_upsert(&terms, "the state of", 12, NULL);
		o.terms = &terms;
		o.termmax = 3;
	}
	tok_init(&t, s, sn, 0);
	while (nt < MAXTOK && tok_next(&t, &k))
		toks[nt++] = k;
	counter_init(&c, &o);
	counter_sentence(&c, s, toks, nt);
	for (i = 0; i < c.sunits.n; i++) {
		const struct sunit *u = &c.sunits.v[i];
		const char *key = c.skeys.s + u->k;
		int gap = 0;

		FZ_CHECK(u->t0 < u->t1 && u->t1 <= nt, "unit %zu: tokens "
		    "[%zu, %zu) of %zu", i, u->t0, u->t1, nt);
		FZ_CHECK(i == 0 || u->t0 >= prev, "unit %zu starts at token %zu, "
		    "before the last one's end %zu", i, u->t0, prev);
		FZ_CHECK(u->k + u->kn <= c.skeys.n, "unit %zu: key past the keys",
		    i);
		for (j = u->t0; j < u->t1; j++)
			FZ_CHECK(counted(&o, toks[j].type), "unit %zu holds "
			    "token %zu, of a type not counted", i, j);
		for (j = i == 0 ? u->t0 : prev; j < u->t0; j++)
			if (!counted(&o, toks[j].type))
				gap = 1;
		if (i > 0)
			FZ_CHECK(u->run == c.sunits.v[i - 1].run + (uint32_t)gap,
			    "unit %zu: run %u after %u, an uncounted token "
			    "between: %d", i, u->run, c.sunits.v[i - 1].run, gap);
		if (u->t1 - u->t0 > 1)
			FZ_CHECK(o.terms != NULL && ht_get(o.terms, key, u->kn) !=
			    NULL, "unit %zu of %zu tokens is no term", i,
			    u->t1 - u->t0);
		else if (!o.stem) {
			const char *w = s + toks[u->t0].start;
			size_t wl = toks[u->t0].end - toks[u->t0].start;

			str_clear(&fold);
			if (o.keepcase)
				str_add(&fold, w, wl);
			else
				utf8_fold(w, wl, &fold);
			FZ_CHECK(fold.n == u->kn && (u->kn == 0 ||
			    memcmp(fold.s, key, u->kn) == 0), "unit %zu: key "
			    "'%.*s', the token folds to '%.*s'", i, (int)u->kn,
			    key, (int)fold.n, fold.s);
			/* Stop words are looked up folded (count.c's
			 * stop_key; the list here is ASCII). */
			str_clear(&fold);
			utf8_fold(key, u->kn, &fold);
			FZ_CHECK(u->stop == (o.stop != NULL && ht_get(o.stop,
			    fold.s, fold.n) != NULL), "unit %zu '%.*s': stop %d",
			    i, (int)u->kn, key, u->stop);
		}
		prev = u->t1;
	}
	/* Every counted token is in a unit. */
	for (j = 0, i = 0; j < nt; j++) {
		if (!counted(&o, toks[j].type))
			continue;
		while (i < c.sunits.n && c.sunits.v[i].t1 <= j)
			i++;
		FZ_CHECK(i < c.sunits.n && c.sunits.v[i].t0 <= j, "token %zu "
		    "is counted but in no unit", j);
	}
	counter_free(&c);
	if (o.stop != NULL)
		ht_free(&stop);
	if (o.terms != NULL)
		ht_free(&terms);
	str_free(&fold);
	return 0;
}
