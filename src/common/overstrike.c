/*
 * overstrike.c: the view of a document with its overprinted runs of
 * words collapsed, and the map of the view's offsets to the source's (see
 * overstrike.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "overstrike.h"
#include "lines.h"	/* is_sep */
#include "marker.h"	/* prev_cp */
#include "swar.h"
#include "utf8.h"

/* Runs of one letter longer than this do not count for k. */
#define KMAX	16

static size_t
gcd(size_t a, size_t b)
{
	while (b != 0) {
		size_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* The length of the character at s[i..b): 1 for ASCII, its UTF-8 length,
 * or 0 for NUL or a byte that is not valid UTF-8 (--lossy): never part
 * of an overprinted word. */
static int
char_len(const char *s, size_t i, size_t b)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;
	int l;

	if (c == 0)
		return 0;
	if (c < 0x80)
		return 1;
	l = utf8_decode(s + i, b - i, &cp);
	return l < 1 ? 0 : l;
}

/* The number of copies of the character at s[i..b) in a row, its length
 * in *l; 0 when there is no character there. */
static size_t
char_run(const char *s, size_t i, size_t b, int *l)
{
	size_t r = 1, j;

	if ((*l = char_len(s, i, b)) == 0)
		return 0;
	for (j = i + (size_t)*l; j + (size_t)*l <= b &&
	    memcmp(s + i, s + j, (size_t)*l) == 0; j += (size_t)*l)
		r++;
	return r;
}

/* The greatest common divisor of the lengths of the runs of one
 * character that make up the word s[a..b), or 0 when it is below 2 (a
 * character printed once).  Most words fail on their first two bytes (an ASCII
 * character not doubled). */
static size_t
word_gcd(const char *s, size_t a, size_t b)
{
	size_t i, r, g = 0;
	int l;

	if (b - a < 2 || ((unsigned char)s[a] < 0x80 && s[a] != s[a + 1]))
		return 0;
	for (i = a; i < b; i += r * (size_t)l) {
		if ((r = char_run(s, i, b, &l)) < 2)
			return 0;
		g = gcd(g, r);
		if (g < 2)
			return 0;
	}
	return g;
}

/* The end of the word s[a..b) without the punctuation printed once that
 * may follow an overprinted word: bold text, then a colon or a bracket
 * in the regular face ("ttttrrrreeeeaaaattttmmmmeeeennnntttt:"). */
static size_t
core_end(const char *s, size_t a, size_t b)
{
	size_t at;
	int32_t cp;

	while (b > a && (cp = prev_cp(s, a, b, &at)) >= 0 &&
	    utf8_ispunct(cp) && (at - a < b - at ||
	    memcmp(s + at - (b - at), s + at, b - at) != 0))
		b = at;
	return b;
}

/* A letter of roman numerals, which run three in a row ("iii."). */
static int
roman_letter(int32_t cp)
{
	return cp < 0x80 && strchr("ivxlcdmIVXLCDM", (int)cp) != NULL;
}

/* A letter that may carry a syllable: a, e, i, o, u in either case, or
 * any letter beyond ASCII (whose scripts this does not judge). */
static int
vowel(int32_t cp)
{
	return cp >= 0x80 || strchr("aeiouAEIOU", (int)cp) != NULL;
}

/*
 * The judge: are the words w[0..m) (separated by spaces only), each of
 * whose characters comes in runs that are multiples of k >= 2, one text
 * printed k times over?  The evidence is on the text collapsed by k (each
 * run of k * c copies becomes c copies).  It must be made of words:
 *  - no letter 3 times in a row but for the letters of roman numerals
 *    ("iii."), and in each word but a numeral ("II.") at least as many
 *    letters printed once as twice or more (an ordinary word doubles few
 *    of its letters: "SUMMARY", "NEED", "COMMITTEE"; a k too small would
 *    double every one: "SSUUMM");
 *  - a vowel, when it has letters: words have one, while the formats
 *    whose letters come in pairs have none ("YYYYMMDD", "HHMMSS",
 *    "RRGGBB", "ddmmyy").
 * OS_STRONG, evidence on its own: at least 4 letters, and a word of 3
 * different letters ("IIII", "aaa", "zzzz", "xx xx xx", "AA BB CC DD"
 * have none).  OS_WEAK, evidence only in a document where a strong run
 * was printed with the same k (its producer prints bold so), and for a
 * run that fills its line or its cell between tabs (a bold table cell,
 * not "WWII" in a sentence; the caller sees to both): a word of 2
 * different letters ("No.", "in 2019"; not "IIII", "xx xx", nor numbers,
 * "3300" is as likely a number as "30" printed twice, nor "....", "====",
 * "(%)").
 * Words with a run of one character ("Mississippi", "committee",
 * "xxxx-xxxx") never get here (word_gcd), but for punctuation printed once
 * at the end of a word (core_end), which stays as it is.
 */
enum { OS_NONE, OS_WEAK, OS_STRONG };

static int
is_overprinted(const char *s, const struct ostrike_word *w, size_t m,
    unsigned k)
{
	size_t t, i, r, nletters = 0;
	int wide = 0, pair = 0, voiced = 0, l;

	for (t = 0; t < m; t++) {
		int32_t seen[3];
		int nseen = 0, numeral = 1, j;
		size_t once = 0, more = 0;

		for (i = w[t].a; i < w[t].b; i += r * (size_t)l) {
			int32_t cp;

			r = char_run(s, i, w[t].b, &l);
			(void)utf8_decode(s + i, (size_t)l, &cp);
			if (!utf8_isalpha(cp))
				continue;
			nletters += r / k;
			voiced |= vowel(cp);
			if (r == k)
				once++;
			else
				more++;
			if (!roman_letter(cp)) {
				if (r >= 3 * (size_t)k)
					return OS_NONE;
				numeral = 0;
			}
			for (j = 0; j < nseen && seen[j] != cp; j++)
				;
			if (j == nseen && nseen < 3)
				seen[nseen++] = cp;
		}
		if (once < more && !numeral)
			return OS_NONE;
		wide |= nseen == 3;
		pair |= nseen >= 2;
	}
	if (nletters > 0 && !voiced)
		return OS_NONE;
	if (nletters >= 4 && wide)
		return OS_STRONG;
	return pair ? OS_WEAK : OS_NONE;
}

/* The k of the words w[0..m): the commonest length of their runs of one
 * letter or digit (the shortest of equals), or 0 when they have none.  A
 * doubled letter ("MMMMMMMM" of SUMMARY) does not outvote the single
 * ones. */
static unsigned
common_k(const char *s, const struct ostrike_word *w, size_t m)
{
	size_t hist[KMAX + 1] = { 0 }, t, i, r;
	unsigned k, best = 0;
	int l;

	for (t = 0; t < m; t++)
		for (i = w[t].a; i < w[t].b; i += r * (size_t)l) {
			int32_t cp;

			r = char_run(s, i, w[t].b, &l);
			(void)utf8_decode(s + i, (size_t)l, &cp);
			if ((utf8_isalpha(cp) || utf8_isdigit(cp)) && r <= KMAX)
				hist[r]++;
		}
	for (k = 2; k <= KMAX; k++)
		if (hist[k] > hist[best])
			best = k;
	return best;
}

/* The number of bytes c that s[0..n) starts with. */
static size_t
memspn(const char *s, size_t n, char c)
{
	size_t i = 0;

	while (i < n && s[i] == c)
		i++;
	return i;
}

/* Appends a segment of the map: view bytes [v, v + vlen) from source
 * bytes [src, src + slen), each view byte from k (k >= 2), or a block
 * whose ends alone map (k 0). */
static void
add_seg(struct overstrike *O, size_t v, size_t vlen, size_t src, size_t slen,
    unsigned k)
{
	if (k >= 2)
		viewmap_add(&O->map, v, vlen, src, slen, 1, k);
	else
		viewmap_add(&O->map, v, vlen, src, slen, vlen, slen);
}

/* Writes the words w[0..m) collapsed by k into the view, after the source
 * bytes before them; *done is the source offset the view has reached. */
static void
collapse(struct overstrike *O, const char *s, const struct ostrike_word *w,
    size_t m, unsigned k, size_t *done)
{
	size_t t, i, r, c, v;
	int l;

	str_add(&O->view, s + *done, w[0].a - *done);
	for (t = 0; t < m; t++) {
		if (t > 0 && memspn(s + w[t - 1].b, w[t].a - w[t - 1].b, ' ')
		    < w[t].a - w[t - 1].b)
			/* Punctuation printed once, and spaces. */
			str_add(&O->view, s + w[t - 1].b, w[t].a - w[t - 1].b);
		else if (t > 0) {
			/* The spaces between two words: n / k of them when
			 * they were printed k times too, else one. */
			size_t a = w[t - 1].b, n = w[t].a - a, keep;

			keep = n % k == 0 ? n / k : n / k > 0 ? n / k : 1;
			v = O->view.n;
			for (c = 0; c < keep; c++)
				str_addc(&O->view, ' ');
			if (n % k == 0)
				add_seg(O, v, keep, a, n, k);
			else if (keep != n)
				add_seg(O, v, keep, a, n, 0);
		}
		v = O->view.n;
		for (i = w[t].a; i < w[t].b; i += r * (size_t)l) {
			r = char_run(s, i, w[t].b, &l);
			for (c = 0; c < r / k; c++)
				str_add(&O->view, s + i, (size_t)l);
		}
		add_seg(O, v, O->view.n - v, w[t].a, w[t].b - w[t].a, k);
	}
	*done = w[m - 1].b;
}

/* Do the words [a, b) of s[0..n) (b: the end of the last one's core)
 * fill their line or their cell: nothing but spaces between them and the
 * line end, a tab or another separator but a space, on either side? */
static int
alone(const char *s, size_t n, size_t a, size_t b)
{
	while (a > 0 && s[a - 1] == ' ')
		a--;
	if (a > 0 && !is_sep((unsigned char)s[a - 1]))
		return 0;
	while (b < n && !is_sep((unsigned char)s[b]))
		b++;		/* the punctuation after the core */
	while (b < n && s[b] == ' ')
		b++;
	return b == n || is_sep((unsigned char)s[b]);
}

/* Judges the group of words O->words[O->group..] (each made of repeated
 * characters, spaces between them) and keeps, as runs to collapse, its
 * parts in which every word's runs are multiples of the group's k and
 * that the judge finds overprinted; the rest of the group goes. */
static void
judge_group(struct overstrike *O, const char *s, size_t n)
{
	struct ostrike_word *w;
	size_t m = O->words.n - O->group, t, u, kept = O->runs.n;
	unsigned k;
	int how;

	if (m == 0)
		return;		/* words.v may be NULL: no arithmetic on it */
	w = O->words.v + O->group;
	if ((k = common_k(s, w, m)) != 0)
		for (t = 0; t < m; t = u) {
			if (w[t].g % k != 0) {
				u = t + 1;
				continue;
			}
			for (u = t; u < m && w[u].g % k == 0; u++)
				;
			how = is_overprinted(s, w + t, u - t, k);
			if (how == OS_WEAK && !alone(s, n, w[t].a, w[u - 1].b))
				how = OS_NONE;
			if (how != OS_NONE) {
				VEC_PUSH(O->runs, ((struct ostrike_run){
				    O->group + t, u - t, k, how == OS_STRONG }));
				if (how == OS_STRONG)
					O->strong |= 1u << k;
			}
		}
	if (O->runs.n == kept)
		O->words.n = O->group;	/* nothing of it is kept */
	O->group = O->words.n;
}

/* The next word start at or after i that may open an overprinted run:
 * its first character doubled (word_gcd's first test); n when there is
 * none.  Eight bytes at a time while no two neighbours are equal and none
 * is beyond ASCII, which is most of any English text, or while none of
 * them follows a separator (no word starts there), which is most of any
 * Chinese text. */
static size_t
next_candidate(const char *s, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int l;

	while (i + 1 < n) {
		if (i > 0 && i + 9 <= n) {
			uint64_t x = swar_load(u + i), p;

			/* a zero byte of x ^ next where neighbours are equal */
			if (!swar_below(x ^ swar_load(u + i + 1), 1) &&
			    !(x & SWAR_HIGHS)) {
				i += 8;
				continue;
			}
			/* Bytes i-1 .. i+6: none at or below ' ', nor DEL, so
			 * none is a separator (is_sep) and nothing starts a
			 * word at i .. i+7. */
			p = swar_load(u + i - 1);
			if (!swar_below(p, 0x21) && !swar_has(p, 0x7F)) {
				i += 8;
				continue;
			}
		}
		if ((i == 0 || is_sep(u[i - 1])) && !is_sep(u[i]) &&
		    (u[i] < 0x80 ? u[i] == u[i + 1] :
		    char_run(s, i, n, &l) >= 2))
			return i;
		i++;
	}
	return n;
}

void
overstrike_none(struct overstrike *O, const char *s, size_t n)
{
	str_clear(&O->view);
	viewmap_clear(&O->map);
	O->words.n = 0;
	O->runs.n = 0;
	O->group = 0;
	O->strong = 0;
	O->s = s;
	O->n = n;
}

/*
 * Groups of words are words separated by spaces only: a tab, a line end
 * or any other white space ends one, as does a word with a character
 * printed once.  The runs the judge finds are collapsed after the whole
 * document was read, since a weak one needs a strong one anywhere.  One pass over the bytes, which skips to the next word that may
 * open a run.
 */
void
overstrike_view(struct overstrike *O, const char *s, size_t n)
{
	size_t i = 0, j, e, r, done = 0, g;

	overstrike_none(O, s, n);
	while (i < n) {
		unsigned char c;

		if (O->words.n == O->group &&
		    (i = next_candidate(s, i, n)) >= n)
			break;
		c = (unsigned char)s[i];

		if (c == ' ') {
			while (i < n && s[i] == ' ')
				i++;
			continue;
		}
		if (is_sep(c)) {
			if (O->words.n > O->group)
				judge_group(O, s, n);
			i++;
			continue;
		}
		for (j = i + 1; j < n && !is_sep((unsigned char)s[j]); j++)
			;
		e = core_end(s, i, j);
		if ((g = word_gcd(s, i, e)) >= 2)
			VEC_PUSH(O->words, ((struct ostrike_word){ i, e, g }));
		else if (O->words.n > O->group)
			judge_group(O, s, n);
		i = j;
	}
	judge_group(O, s, n);
	/* Strong runs collapse; weak ones where a strong one had their k. */
	for (r = 0; r < O->runs.n; r++) {
		const struct ostrike_run *u = &O->runs.v[r];

		if (u->strong || (O->strong & 1u << u->k))
			collapse(O, s, O->words.v + u->w0, u->nw, u->k, &done);
	}
	if (O->map.segs.n > 0) {
		str_add(&O->view, s + done, n - done);
		O->s = O->view.s;
		O->n = O->view.n;
	}
}

size_t
overstrike_src(const struct overstrike *O, size_t v, int forend)
{
	return viewmap_src(&O->map, v, forend);
}

void
overstrike_para(struct overstrike *O, struct para *p)
{
	viewmap_para(&O->map, p);
}

void
overstrike_free(struct overstrike *O)
{
	str_free(&O->view);
	viewmap_free(&O->map);
	VEC_FREE(O->words);
	VEC_FREE(O->runs);
	O->s = NULL;
	O->n = 0;
}
