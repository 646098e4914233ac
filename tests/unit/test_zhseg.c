/*
 * test_zhseg: jieba's DAG, route and HMM on tiny dictionaries written
 * here, each expectation worked out by hand in the comment above it.
 * The comparison with python jieba on real dictionaries is tests/zh.bats.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "zhseg.h"

#include "check.h"

/* Characters used: all in jieba's range. */
#define JIA	"\xe7\x94\xb2"	/* 甲 */
#define YI	"\xe4\xb9\x99"	/* 乙 */
#define BING	"\xe4\xb8\x99"	/* 丙 */
#define DING	"\xe4\xb8\x81"	/* 丁 */

static char errbuf[256];

static struct zh_model *
model(const char *dict, const char *user, int hmm)
{
	/* The HMM: jieba's start and transition figures; emission makes
	 * 甲 and 丁 likely word starts (B), 乙 and 丁 likely word ends (E). */
	static const char start[] = "P={'B': -0.26268660809250016,\n"
	    " 'E': -3.14e+100,\n 'M': -3.14e+100,\n 'S': -1.4652633398537678}\n";
	static const char trans[] = "P={'B': {'E': -0.510825623765990, "
	    "'M': -0.916290731874155},\n 'E': {'B': -0.5897149736854513, "
	    "'S': -0.8085250474669937},\n 'M': {'E': -0.33344856811948514, "
	    "'M': -1.2603623820268226},\n 'S': {'B': -0.7211965654669841, "
	    "'S': -0.6658631448798212}}\n";
	static const char emit[] = "from __future__ import unicode_literals\n"
	    "P={'B': {'\\u7532': -1.0, '\\u4e01': -1.0},\n"
	    " 'E': {'\\u4e59': -1.0, '\\u4e01': -1.0},\n"
	    " 'M': {'\\u4e59': -9.0},\n"
	    " 'S': {'\\u7532': -6.0, '\\u4e59': -6.0, '\\u4e19': -2.0}}\n";
	struct zh_model *m = zh_new(dict, strlen(dict), "dict", errbuf,
	    sizeof(errbuf));

	CHECK(m != NULL);
	if (user != NULL)
		CHECK(zh_add_user(m, user, strlen(user), "user", errbuf,
		    sizeof(errbuf)) == 0);
	if (hmm)
		CHECK(zh_add_hmm(m, start, strlen(start), trans, strlen(trans),
		    emit, strlen(emit), errbuf, sizeof(errbuf)) == 0);
	zh_finish(m);
	return m;
}

/* The words of s as "w|w|w". */
static const char *
cut(const struct zh_model *m, const char *s, int hmm, size_t max)
{
	static char out[256];
	size_t ends[64], k, n, at = 0, len = strlen(s), o = 0, from = 0;

	out[0] = '\0';
	while (at < len) {
		n = zh_cut(m, s + at, len - at, hmm, ends, NULL, max);
		CHECK(n >= 1 && n <= max);
		for (k = 0; k < n; k++) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%.*s",
			    o ? "|" : "", (int)(at + ends[k] - from), s + from);
			from = at + ends[k];
		}
		at = from;
	}
	return out;
}

static void
test_route(void)
{
	/* total 76.  甲乙丙: 甲乙|丙 scores log 30 + log 1, 甲|乙丙
	 * log 10 + log 25 = log 250 (less 2 log 76 each): the second. */
	struct zh_model *m = model(JIA " 10\n" YI " 10 n\n" JIA YI " 30\n"
	    YI BING " 25 v\n" BING " 1\n", NULL, 0);

	CHECK(zh_total(m) == 76);
	CHECK(strcmp(cut(m, JIA YI BING, 0, 64), JIA "|" YI BING) == 0);
	/* 甲乙: one word (log 30 - log 76 > 2 (log 10 - log 76)). */
	CHECK(strcmp(cut(m, JIA YI, 0, 64), JIA YI) == 0);
	/* 丁 is unknown: a word of its own (score as freq 1). */
	CHECK(strcmp(cut(m, DING JIA YI DING, 0, 64),
	    DING "|" JIA YI "|" DING) == 0);
	/* Room for one word at a time: the same words. */
	CHECK(strcmp(cut(m, JIA YI BING DING JIA YI, 0, 1),
	    JIA "|" YI BING "|" DING "|" JIA YI) == 0);
	zh_free(m);
}

/* Word ids: one per string of characters, below zh_nids; 0 for a word
 * the model has no entry for. */
static void
test_ids(void)
{
	struct zh_model *m = model(JIA " 10\n" YI " 10 n\n" JIA YI " 30\n"
	    YI BING " 25 v\n" BING " 1\n", NULL, 0);
	const char *s = JIA YI BING DING JIA YI JIA YI BING BING;
	size_t ends[16], n, k, j, a = 0;
	uint32_t ids[16];

	n = zh_cut(m, s, strlen(s), 0, ends, ids, 16);
	CHECK(strcmp(cut(m, s, 0, 64), JIA "|" YI BING "|" DING "|" JIA YI
	    "|" JIA "|" YI BING "|" BING) == 0 && n == 7);
	for (k = 0; k < n; k++) {
		size_t b = ends[k];

		/* 丁 alone has no entry */
		CHECK((ids[k] == 0) == (b - a == 3 && memcmp(s + a, DING, 3) ==
		    0));
		CHECK(ids[k] < zh_nids(m));
		for (j = 0; j < k; j++) {
			size_t a2 = j ? ends[j - 1] : 0;
			int same = ends[j] - a2 == b - a &&
			    memcmp(s + a2, s + a, b - a) == 0;

			CHECK(same == (ids[j] == ids[k]) || ids[k] == 0);
		}
		a = b;
	}
	zh_free(m);
}

static void
test_prefix(void)
{
	/* 甲乙 is only a prefix of 甲乙丙 (frequency 0): not a word, so
	 * 甲乙丁 is three characters; 甲乙丙 is one word. */
	struct zh_model *m = model(JIA YI BING " 5\n" DING " 3\n\n", NULL, 0);

	CHECK(zh_freq(m, JIA YI, 6) == 0);
	CHECK(zh_freq(m, YI, 3) == -1);
	CHECK(zh_freq(m, JIA YI BING, 9) == 5);
	CHECK(strcmp(cut(m, JIA YI DING, 0, 64), JIA "|" YI "|" DING) == 0);
	CHECK(strcmp(cut(m, JIA YI BING DING, 0, 64), JIA YI BING "|" DING)
	    == 0);
	zh_free(m);
}

static void
test_hmm(void)
{
	struct zh_model *m = model(BING " 5\n" DING DING DING " 1\n", NULL, 1);

	/*
	 * 甲乙 is not in the dictionary: the route gives 甲|乙, a stretch
	 * of two one-character words, re-cut by Viterbi.  V(0): B = -0.263
	 * - 1, S = -1.465 - 6; at 乙, E from B: -1.263 - 0.511 - 1 = -2.774
	 * beats S (about -14): the path B E, one word.
	 */
	CHECK(zh_has_hmm(m));
	CHECK(strcmp(cut(m, JIA YI, 1, 64), JIA YI) == 0);
	CHECK(strcmp(cut(m, JIA YI, 0, 64), JIA "|" YI) == 0);
	/* 丙 alone is a single: left as is, and the stretch 甲乙 before it
	 * is still joined. */
	CHECK(strcmp(cut(m, JIA YI BING, 1, 64), JIA YI "|" BING) == 0);
	/* 乙甲: 乙 is unlikely as B (no emission: -3.14e100); the best path
	 * S S, two words. */
	CHECK(strcmp(cut(m, YI JIA, 1, 64), YI "|" JIA) == 0);
	zh_free(m);

	/* 甲乙 in the dictionary but the route prefers 甲|乙 (log 1000 * 2
	 * > log 1 + log 2001): a stretch that is a word stays characters. */
	m = model(JIA " 1000\n" YI " 1000\n" JIA YI " 1\n", NULL, 1);
	CHECK(strcmp(cut(m, JIA YI, 1, 64), JIA "|" YI) == 0);
	zh_free(m);
}

static void
test_user(void)
{
	struct zh_model *m;

	/*
	 * 丙丁 without a frequency: jieba's suggest_freq cuts it into 丙|丁
	 * (both unknown, 1 each): int(1/T * 1/T * T) + 1 = 1, so frequency
	 * 1, and the total grows by it.  Then 丙丁 is one word: log 1 -
	 * log T beats 2 (log 1 - log T).  "甲 乙" (a space inside) is one
	 * word, "乙丙 7 n" has frequency 7 and a tag, a BOM is skipped.
	 */
	m = model(JIA " 10\n" YI " 10\n",
	    "\xef\xbb\xbf" BING DING "\n" JIA " " YI " 4\n\n" YI BING " 7 n\n",
	    0);
	CHECK(zh_freq(m, BING DING, 6) == 1);
	CHECK(zh_freq(m, JIA " " YI, 7) == 4);
	CHECK(zh_freq(m, YI BING, 6) == 7);
	CHECK(zh_total(m) == 20 + 1 + 4 + 7);
	CHECK(strcmp(cut(m, BING DING, 0, 64), BING DING) == 0);
	zh_free(m);

	/*
	 * 甲 without a frequency, in a dictionary that has it (10 of 20):
	 * suggest_freq gives int(10 / 20 * 20) + 1 = 11, more than its own
	 * 10.  丁丁 0: the HMM would join 丁丁 (B E), but a user frequency
	 * of 0 splits it.
	 */
	m = model(JIA " 10\n" YI " 10\n", JIA "\n" DING DING " 0\n", 1);
	CHECK(zh_freq(m, JIA, 3) == 11);
	CHECK(zh_total(m) == 31);
	CHECK(strcmp(cut(m, DING DING, 1, 64), DING "|" DING) == 0);
	zh_free(m);
}

static void
test_errors(void)
{
	struct zh_model *m;

	CHECK(zh_new(JIA " 1\n" YI "\n", strlen(JIA " 1\n" YI "\n"), "d", errbuf, sizeof(errbuf)) ==
	    NULL);
	CHECK(strcmp(errbuf, "d:2: not 'word frequency [tag]': " YI) == 0);
	CHECK(zh_new(JIA " x1\n", 7, "d", errbuf, sizeof(errbuf)) == NULL);
	CHECK(strncmp(errbuf, "d:1: ", 5) == 0);
	/* Words are added before zh_finish (zhseg.h), after it refused. */
	m = model(JIA " 1\n", NULL, 0);
	CHECK(zh_add_user(m, YI "\n", 4, "u", errbuf, sizeof(errbuf)) == -1);
	CHECK(strcmp(errbuf, "u: the model is finished: words are added "
	    "before zh_finish") == 0);
	CHECK(zh_freq(m, YI, 3) == -1);
	zh_free(m);
	m = zh_new(JIA " 1\n", 5, "d", errbuf, sizeof(errbuf));
	CHECK(m != NULL);
	CHECK(zh_add_user(m, "ok\n\xff\xfe\n", 6, "u", errbuf,
	    sizeof(errbuf)) == -1);
	CHECK(strcmp(errbuf, "u:2: not UTF-8") == 0);
	CHECK(zh_add_hmm(m, "x", 1, "y", 1, "z", 1, errbuf, sizeof(errbuf)) ==
	    -1);
	CHECK(strcmp(errbuf, "prob_start.py: not jieba's table of "
	    "probabilities") == 0);
	zh_free(m);
}

/* s repeated k times, in a buffer the caller frees. */
static char *
repeat(const char *s, size_t k)
{
	size_t n = strlen(s), i;
	char *r = xmalloc(n * k + 1);

	for (i = 0; i < k; i++)
		memcpy(r + i * n, s, n);
	r[n * k] = '\0';
	return r;
}

static void
test_long(void)
{
	/* The dictionary of test_route: 甲乙丙丁 is 甲|乙丙|丁 (log 10 +
	 * log 25 over log 30 + log 1, as there; 丁 unknown).  No word
	 * crosses the point before 丁, and 乙丙 ends there: a boundary of
	 * safe_end; after 丁 is none (丁 is one character). */
	struct zh_model *m = model(JIA " 10\n" YI " 10 n\n" JIA YI " 30\n"
	    YI BING " 25 v\n" BING " 1\n", NULL, 0);
	char *s = repeat(JIA YI BING DING, 10);
	size_t ends[64], n, k, at, len;

	/* A head of 40 characters that goes on: words up to a boundary at
	 * least maxw (2) characters before its end, so at most 38; the
	 * boundaries are before each 丁, at 3, 7, ..., 39: the last <= 38
	 * is 35, after 8 times 甲|乙丙|丁 and 甲|乙丙: 26 words. */
	n = zh_cut_head(m, s, strlen(s), 0, ends, NULL, 64);
	CHECK(n == 26);
	CHECK(ends[25] == 35 * 3);
	CHECK(ends[0] == 3 && ends[1] == 9 && ends[2] == 12);
	/* At most max words, ending at the same boundaries. */
	n = zh_cut_head(m, s, strlen(s), 0, ends, NULL, 5);
	CHECK(n == 5);
	CHECK(ends[4] == 7 * 3);
	free(s);
	/* A whole run longer than ZH_WHOLE, cut in windows: still
	 * 甲|乙丙|丁 each time, every word where it belongs. */
	k = ZH_WHOLE / 4 + 100;
	s = repeat(JIA YI BING DING, k);
	len = strlen(s);
	for (at = 0, k = 0; at < len; k++) {
		n = zh_cut(m, s + at, len - at, 0, ends, NULL, 64);
		CHECK(n >= 1);
		CHECK(ends[0] == ((k % 3) == 1 ? 6 : 3));
		at += ends[0];
	}
	CHECK(k == 3 * (ZH_WHOLE / 4 + 100));
	free(s);
	zh_free(m);

	/* 甲甲 crosses every point of 甲甲甲…: no boundary, so a window of
	 * ZH_WHOLE characters is cut at the last word of its route; the
	 * words still cover the run, each of one or two characters. */
	m = model(JIA JIA " 5\n" JIA " 1\n", NULL, 0);
	k = 3 * ZH_WHOLE;
	s = repeat(JIA, k);
	len = strlen(s);
	n = zh_cut_head(m, s, len, 0, ends, NULL, 64);
	CHECK(n == 64);
	for (at = 0; at < len; at += ends[n - 1]) {
		/* and the ids, from windows on the heap: 甲's and 甲甲's */
		uint32_t ids[64], id1 = 0, id2 = 0;

		n = zh_cut(m, s + at, len - at, 0, ends, ids, 64);
		CHECK(n >= 1 && n <= 64);
		for (k = 0; k < n; k++) {
			size_t w = ends[k] - (k ? ends[k - 1] : 0);
			uint32_t *seen = w == 3 ? &id1 : &id2;

			CHECK(w == 3 || w == 6);
			CHECK(ids[k] != 0 && ids[k] < zh_nids(m));
			CHECK(*seen == 0 || *seen == ids[k]);
			*seen = ids[k];
		}
		CHECK(id1 == 0 || id1 != id2);
	}
	CHECK(at == len);
	free(s);
	zh_free(m);
}

/*
 * zh_wanted: two characters of jieba's range in a row, within the first
 * ZH_LOOK bytes, and nothing else: one alone, two apart, a CJK character
 * outside the range (U+3400, U+9FD6), a sequence cut at the end, or a pair
 * past ZH_LOOK does not want the model.
 */
static void
test_wanted(void)
{
	char *big;
	size_t n = ZH_LOOK + 64;

	CHECK(zh_wanted(JIA YI, 6) == 1);
	CHECK(zh_wanted("The " JIA YI " office", 17) == 1);
	CHECK(zh_wanted("The " JIA " office", 14) == 0);
	CHECK(zh_wanted(JIA " " YI, 7) == 0);
	CHECK(zh_wanted(JIA ", " YI "!", 9) == 0);
	CHECK(zh_wanted("\xe3\x90\x80" JIA, 6) == 0);		/* U+3400 */
	CHECK(zh_wanted("\xe9\xbf\x96" JIA, 6) == 0);		/* U+9FD6 */
	CHECK(zh_wanted(JIA "\xe9\xbf\x95", 6) == 1);		/* U+9FD5 */
	CHECK(zh_wanted(JIA YI, 5) == 0);			/* cut */
	CHECK(zh_wanted(JIA "\xe4\xb9", 5) == 0);
	CHECK(zh_wanted("", 0) == 0);
	big = xmalloc(n);
	memset(big, 'a', n);
	memcpy(big + ZH_LOOK - 6, JIA YI, 6);	/* the last two inside */
	CHECK(zh_wanted(big, n) == 1);
	memset(big, 'a', n);
	memcpy(big + ZH_LOOK - 3, JIA YI, 6);	/* the second past */
	CHECK(zh_wanted(big, n) == 0);
	free(big);
}

int
main(void)
{
	test_route();
	test_ids();
	test_prefix();
	test_hmm();
	test_user();
	test_errors();
	test_long();
	test_wanted();
	printf("test_zhseg: %d checks passed\n", nchecks);
	return 0;
}
