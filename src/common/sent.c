/*
 * sent.c: sentence boundaries in one paragraph, decided over its tokens.
 *
 * One pass from left to right.  A boundary comes after a terminal token
 * (. ! ? and their runs, a four-dot ellipsis, 。！？, a dotted abbreviation
 * that ends in a period) and the closing quotes and brackets glued to it,
 * when the next token can start a sentence; what may start one depends on
 * the word before the period (see decide()).  List items are the other
 * source of boundaries: a bullet, or a marker continuing the numbering
 * that a sentence or a colon began (1. 2., a) b), (i) (ii)), starts a new
 * sentence and stays at its head; the period of a marker never ends one.
 * No boundary is put where no letter or digit follows in the paragraph.
 * A footnote mark glued to a stop ("martyr.[1] The") stays with the
 * sentence before it.  sent_split_with() adds what a corpus taught
 * (struct sent_abbrev, at the end of this file; see sent.h).
 *
 * Chinese has rules of its own, after GB/T 15834-2011 (terminal(): the
 * stops 。！？ and their runs, the full-width period ． outside numbers
 * and markers, the ellipsis ……, straight quotes), read by marker.c's
 * vocabulary (is_cjk_stop, is_ellipsis, is_pause, is_close_quote).  They
 * apply next to Han words and CJK or full-width marks only (zh_tok()),
 * so English text keeps its sentences.
 */
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

#include "ht.h"
#include "marker.h"
#include "sent.h"
#include "utf8.h"
#include "util.h"
#include "words.h"

/* What the word before a period is. */
enum {
	AB_NONE = 0,	/* an ordinary word: the period ends a sentence */
	AB_TITLE,	/* Mr. Dr.: a name follows, never a new sentence */
	AB_NUMBER,	/* No. p. Vol.: a number follows */
	AB_OTHER,	/* Inc. etc. U.S.: ends one only before It, The... */
	AB_NEVER,	/* e.g. i.e. cf.: never ends a sentence */
	AB_TIME,	/* a.m. p.m.: before a capital, unless fronted */
	AB_FINAL	/* etc.: lists end with it, so does a sentence before
			 * any capital */
};
#define AB_WORD	0x10	/* written in lower case it is an ordinary word */

/*
 * English abbreviations that take a period, lower case, in byte order for
 * bsearch; dotted ones are keyed without their last period.  Based on the
 * English list of pragmatic_segmenter (which pySBD reuses): titles,
 * reference words, company words and months, without the US state names
 * and street words a policy text does not meet, plus approx, incl, govt,
 * intl, H.E. (His Excellency), and the titles of ranks and offices that
 * strategies and their biographies put before names (Atty., Engr.,
 * Asst., Brig., Adm. ...).  Days of the week are left out: "Sun.",
 * "Sat.", "Wed." are common words when capitalized.
 */
static const struct abbr {
	const char *name;
	unsigned char cls;
} abbrs[] = {
	{ "a.m",	AB_TIME },
	{ "adm",	AB_TITLE },	/* Adm. (admiral) */
	{ "al",		AB_OTHER },	/* et al. */
	{ "amb",	AB_TITLE },	/* Amb. (ambassador) */
	{ "approx",	AB_OTHER },
	{ "apr",	AB_OTHER },
	{ "art",	AB_NUMBER | AB_WORD },
	{ "arts",	AB_NUMBER | AB_WORD },
	{ "assn",	AB_OTHER },
	{ "assoc",	AB_OTHER },
	{ "asst",	AB_TITLE },	/* Asst. (assistant) */
	{ "atty",	AB_TITLE },	/* Atty. (attorney) */
	{ "aug",	AB_OTHER },
	{ "ave",	AB_OTHER },
	{ "blvd",	AB_OTHER },
	{ "brig",	AB_TITLE },	/* Brig. (brigadier) */
	{ "bros",	AB_OTHER },
	{ "ca",		AB_OTHER },
	{ "capt",	AB_TITLE },
	{ "cdr",	AB_TITLE },	/* Cdr. (commander) */
	{ "cf",		AB_NEVER },
	{ "ch",		AB_NUMBER },
	{ "chap",	AB_NUMBER },
	{ "cie",	AB_OTHER },
	{ "co",		AB_OTHER },
	{ "col",	AB_TITLE },
	{ "corp",	AB_OTHER },
	{ "cpl",	AB_TITLE },	/* Cpl. (corporal) */
	{ "dec",	AB_OTHER },
	{ "dept",	AB_OTHER },
	{ "dist",	AB_OTHER },
	{ "div",	AB_OTHER },
	{ "dr",		AB_TITLE },
	{ "e.g",	AB_NEVER },
	{ "ed",		AB_OTHER },
	{ "eds",	AB_OTHER },
	{ "engr",	AB_TITLE },	/* Engr. (engineer) */
	{ "eq",		AB_NUMBER },
	{ "eqs",	AB_NUMBER },
	{ "esp",	AB_OTHER },
	{ "est",	AB_OTHER },
	{ "etc",	AB_FINAL },
	{ "excl",	AB_OTHER },
	{ "feb",	AB_OTHER },
	{ "fig",	AB_NUMBER | AB_WORD },
	{ "figs",	AB_NUMBER | AB_WORD },
	{ "fr",		AB_TITLE },
	{ "ft",		AB_OTHER },
	{ "gen",	AB_TITLE },
	{ "gov",	AB_TITLE },
	{ "govt",	AB_OTHER },
	{ "h.e",	AB_TITLE },	/* His/Her Excellency */
	{ "hon",	AB_TITLE },
	{ "hr",		AB_OTHER },
	{ "hrs",	AB_OTHER },
	{ "i.e",	AB_NEVER },
	{ "ibid",	AB_OTHER },
	{ "inc",	AB_OTHER },
	{ "incl",	AB_OTHER },
	{ "insp",	AB_TITLE },	/* Insp. (inspector) */
	{ "int",	AB_OTHER | AB_WORD },	/* Int. (international) */
	{ "intl",	AB_OTHER },
	{ "jan",	AB_OTHER },
	{ "jr",		AB_OTHER },
	{ "jul",	AB_OTHER },
	{ "jun",	AB_OTHER },
	{ "lt",		AB_TITLE },
	{ "ltd",	AB_OTHER },
	{ "maj",	AB_TITLE },
	{ "mar",	AB_OTHER | AB_WORD },
	{ "max",	AB_OTHER },
	{ "messrs",	AB_TITLE },
	{ "min",	AB_OTHER },
	{ "misc",	AB_OTHER },
	{ "mlle",	AB_TITLE },
	{ "mme",	AB_TITLE },
	{ "mr",		AB_TITLE },
	{ "mrs",	AB_TITLE },
	{ "ms",		AB_TITLE },
	{ "mt",		AB_TITLE },
	{ "natl",	AB_OTHER },
	{ "no",		AB_NUMBER | AB_WORD },
	{ "nos",	AB_NUMBER },
	{ "nov",	AB_OTHER },
	{ "nr",		AB_NUMBER },
	{ "n\xc2\xb0",	AB_NUMBER },	/* N° (degree sign) */
	{ "n\xc2\xba",	AB_NUMBER },	/* Nº (ordinal indicator) */
	{ "oct",	AB_OTHER },
	{ "op",		AB_NUMBER },	/* Op. 46 (opus) */
	{ "ops",	AB_NUMBER },
	{ "orig",	AB_OTHER },
	{ "p",		AB_NUMBER },
	{ "p.m",	AB_TIME },
	{ "para",	AB_NUMBER },
	{ "paras",	AB_NUMBER },
	{ "pl",		AB_OTHER },
	{ "pop",	AB_NUMBER | AB_WORD },	/* pop. 256,000 */
	{ "pp",		AB_NUMBER },
	{ "pres",	AB_TITLE },
	{ "prof",	AB_TITLE },
	{ "pvt",	AB_TITLE },	/* Pvt. (private) */
	{ "rd",		AB_OTHER },
	{ "ref",	AB_NUMBER },
	{ "rep",	AB_TITLE },
	{ "rev",	AB_TITLE },
	{ "rs",		AB_NUMBER },	/* Rs. 16720 (rupees) */
	{ "sec",	AB_NUMBER },
	{ "sect",	AB_NUMBER },
	{ "sen",	AB_TITLE },
	{ "sep",	AB_OTHER },
	{ "sept",	AB_OTHER },
	{ "sgt",	AB_TITLE },
	{ "sq",		AB_OTHER },
	{ "sr",		AB_OTHER },
	{ "st",		AB_TITLE },
	{ "supt",	AB_TITLE },
	{ "tel",	AB_NUMBER },
	{ "univ",	AB_OTHER },
	{ "viz",	AB_NEVER },
	{ "vol",	AB_NUMBER },
	{ "vols",	AB_NUMBER },
	{ "vs",		AB_NEVER },
	{ "yr",		AB_OTHER },
	{ "yrs",	AB_OTHER }
};

/*
 * Closed-class words (pronouns, determiners, wh-words, conjunctions,
 * prepositions, auxiliaries) and sentence adverbs: after an abbreviation
 * such as "Inc." or "U.S." only these, capitalized, start a new sentence;
 * a capitalized noun ("U.S. Government") is more likely a name.  A few
 * quantity nouns that open news sentences ("the U.S. Millions attended")
 * are here too.  Sorted.
 */
static const char *const starters[] = {
	"a", "about", "above", "according", "across", "after", "afterwards",
	"again", "against", "all", "also", "although", "among", "an", "and",
	"another", "any", "are", "as", "at", "because", "before", "being",
	"besides", "billions", "both", "but", "by", "can", "consequently",
	"could", "despite", "did", "do", "does", "dozens", "during", "each",
	"either", "especially", "even", "every", "finally", "first", "firstly",
	"following", "for", "from", "further", "furthermore", "given", "had",
	"has", "have", "he", "hence", "her", "here", "his", "how", "however",
	"hundreds", "i", "if", "in", "indeed", "instead", "is", "it", "its",
	"last", "lastly", "let", "many", "meanwhile", "millions", "moreover",
	"most", "much", "my", "neither", "nevertheless", "next", "no", "none",
	"nonetheless", "nor", "not", "now", "of", "on", "once", "one", "only",
	"or", "other", "otherwise", "our", "over", "overall", "please",
	"second", "secondly", "several", "she", "should", "similarly", "since",
	"so", "some", "still", "such", "that", "the", "their", "then", "there",
	"therefore", "these", "they", "third", "thirdly", "this", "those",
	"though", "thousands", "through", "thus", "to", "today", "under",
	"unless", "until", "upon", "was", "we", "were", "what", "whatever",
	"when", "whenever", "where", "whereas", "whether", "which", "while",
	"who", "whom", "whose", "why", "with", "within", "without", "would",
	"yes", "yet", "you", "your"
};

/* Prepositions that open a fronted time adverbial: "At 5 a.m. Mr. Smith". */
static const char *const fronting[] = {
	"about", "after", "around", "at", "before", "beginning", "between",
	"by", "from", "since", "starting", "till", "until"
};

/* Time zones: "5 P.M. EDT" goes on.  Sorted. */
static const char *const zones[] = {
	"aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest",
	"eet", "est", "et", "gmt", "hkt", "ist", "jst", "kst", "mdt", "msk",
	"mst", "pdt", "pst", "pt", "sast", "sgt", "utc", "wat", "wet"
};

/* Days of the week: "open 2-6 p.m. Saturday" goes on.  Sorted. */
static const char *const days[] = {
	"friday", "monday", "saturday", "sunday", "thursday", "tuesday",
	"wednesday"
};

/* Words that join list items inside one sentence. */
static const char *const joiners[] = { "and", "or" };

/* Bullets that are also dashes: items only in a paragraph that opens
 * with one. */
static const char *const dashes[] = {
	"-", "*", "\xe2\x80\x93", "\xe2\x80\x94"	/* – — */
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define KEYMAX		16

/* List styles. */
enum { LS_NONE = 0, LS_NUM, LS_LOWER, LS_UPPER, LS_RLOWER, LS_RUPPER };
/* Marker delimiters: 1.  1)  1.)  (1) */
enum { LD_NONE = 0, LD_DOT, LD_PAREN, LD_DOTPAREN, LD_BOTH };

struct item {
	size_t	 end;		/* first token after the marker */
	int	 item;		/* has a number or letter, not only a bullet */
	int	 delim;
	long	 num;		/* value as a number, or -1 */
	long	 letter;	/* a = 1 ... z = 26, or -1 */
	long	 roman;		/* i = 1 ..., or -1 */
	int	 upper;		/* the letter is a capital */
};

struct ctx {
	const char *s;
	const struct tok *t;
	size_t	 n;
	size_t	 lastc;		/* last token with a letter or digit, + 1 */
	int	 lstyle, ldelim;	/* the list being numbered */
	long	 lval;
	size_t	 dash;		/* token index of a dash bullet opening the
				   paragraph, + 1; 0 when none */
	int	 olist;		/* "o" has started a list item */
	const struct sent_abbrev *ab;	/* learned facts, or NULL */
	struct str *fold;	/* scratch for ab lookups */
	struct quotes *q;	/* straight quotes counted so far, or NULL */
};

/* The straight quotes (" ＂ ＇) of a paragraph before token pos, counted
 * once from left to right as the scan goes (straight_opens()). */
struct quotes {
	size_t	 pos;
	size_t	 n[3];
};

/* What a corpus says of a word type (sent_abbrev). */
struct wcount {
	uint64_t tot;		/* as a word */
	uint64_t per;		/* glued to a single period */
	uint64_t per_low;	/* ... and then lower case, "," or ";" */
	uint64_t per_num;	/* ... and then a number */
	uint64_t lower;		/* written in lower case */
	uint64_t upper_mid;	/* capitalized after a word, a , or a ; */
	uint64_t upper_first;	/* capitalized after a sentence for sure */
	int	 abbr, starter;	/* the decisions */
};

struct sent_abbrev {
	struct ht ht;		/* folded word -> index + 1 in cnt */
	VEC(struct wcount) cnt;
	struct str fold;
	int	 done;
	int	 noted;		/* sent_abbrev_note() chose the words */
	uint8_t	 sig[8192];	/* signature bits of the noted words */
};

static const struct wcount *ab_get(const struct sent_abbrev *, const char *,
	    size_t, struct str *);

/* What can follow a terminal. */
enum { NX_OTHER = 0, NX_LOWER, NX_CAP, NX_DIGIT, NX_CASELESS, NX_MARKER };

static int	parse_item(const struct ctx *, size_t, struct item *);
static int	short_cap(const struct ctx *, size_t);

static inline size_t
tlen(const struct ctx *c, size_t i)
{
	return c->t[i].end - c->t[i].start;
}

static inline const char *
ttext(const struct ctx *c, size_t i)
{
	return c->s + c->t[i].start;
}

/* Is token i exactly the text lit? */
static int
is(const struct ctx *c, size_t i, const char *lit)
{
	size_t l;

	/* Most tests fail on the first byte: check it before strlen. */
	if (i >= c->n || ttext(c, i)[0] != lit[0])
		return 0;
	l = strlen(lit);
	return tlen(c, i) == l && memcmp(ttext(c, i), lit, l) == 0;
}

static int
is_one_of(const struct ctx *c, size_t i, const char *const *set, size_t nset)
{
	size_t k;

	/* Every set here is of punctuation or symbols. */
	if (i >= c->n || (c->t[i].type != TOK_PUNCT && c->t[i].type != TOK_SYM))
		return 0;
	for (k = 0; k < nset; k++)
		if (is(c, i, set[k]))
			return 1;
	return 0;
}

/* Do tokens i and j have the same text? */
static int
same(const struct ctx *c, size_t i, size_t j)
{
	return tlen(c, i) == tlen(c, j) &&
	    memcmp(ttext(c, i), ttext(c, j), tlen(c, i)) == 0;
}

static inline int
spaced(const struct ctx *c, size_t i)
{
	return c->t[i].flags & TF_SPACE_BEFORE;
}

/* The token's lower-cased ASCII text in key (KEYMAX bytes), or 0 when too
 * long to be a known word. */
static size_t
lower_key(const char *p, size_t n, char *key)
{
	size_t k;

	if (n == 0 || n >= KEYMAX)
		return 0;
	for (k = 0; k < n; k++)
		key[k] = p[k] >= 'A' && p[k] <= 'Z' ? (char)(p[k] + 32) : p[k];
	return n;
}

static int
cmp_key(const char *key, size_t n, const char *name)
{
	size_t k;

	/* memcmp, then length, without a strlen per probe */
	for (k = 0; k < n; k++) {
		unsigned char a = (unsigned char)key[k];
		unsigned char b = (unsigned char)name[k];

		if (b == '\0')
			return 1;
		if (a != b)
			return a < b ? -1 : 1;
	}
	return name[n] == '\0' ? 0 : -1;
}

/* Binary search of a sorted table of strings (element size `size`, the
 * string first). */
static const void *
lookup(const char *key, size_t n, const void *base, size_t nel, size_t size)
{
	size_t lo = 0, hi = nel, mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = cmp_key(key, n, *(const char *const *)(const void *)
		    ((const char *)base + mid * size));
		if (r == 0)
			return (const char *)base + mid * size;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static int
word_in(const struct ctx *c, size_t i, const char *const *set, size_t nset)
{
	char key[KEYMAX];
	size_t n;

	if (i >= c->n || c->t[i].type != TOK_WORD)
		return 0;
	if ((n = lower_key(ttext(c, i), tlen(c, i), key)) == 0)
		return 0;
	return lookup(key, n, set, nset, sizeof(set[0])) != NULL;
}

/* The code point of a one-character token, or -1. */
static int32_t
tok_cp(const struct ctx *c, size_t i)
{
	int32_t cp;
	int l;

	if (i >= c->n)
		return -1;
	l = utf8_decode(ttext(c, i), tlen(c, i), &cp);
	if (l < 0 || (size_t)l != tlen(c, i))
		return -1;
	return cp;
}

/* The category of a one-character token, or -1. */
static int
single_cat(const struct ctx *c, size_t i)
{
	int32_t cp = tok_cp(c, i);

	return cp < 0 ? -1 : (int)utf8proc_category(cp);
}

/* A bullet (marker.c's is_bullet) at token i. */
static int
bullet_at(const struct ctx *c, size_t i)
{
	if (i >= c->n || (c->t[i].type != TOK_PUNCT &&
	    c->t[i].type != TOK_SYM && c->t[i].type != TOK_WORD))
		return 0;
	return is_bullet(tok_cp(c, i));
}

/* Closing quote or bracket (marker.c's is_closer) glued to what
 * precedes it. */
static int
closer_at(const struct ctx *c, size_t i)
{
	if (spaced(c, i) || (c->t[i].type != TOK_PUNCT &&
	    c->t[i].type != TOK_SYM))
		return 0;
	return is_closer(tok_cp(c, i));
}

/* Opening quote or bracket (or ¿ ¡) before a sentence. */
static int
is_opener(const struct ctx *c, size_t i)
{
	int cat;

	if (c->t[i].type != TOK_PUNCT)
		return 0;
	if (tlen(c, i) == 1)
		return strchr("([{\"'", ttext(c, i)[0]) != NULL;
	if (is(c, i, "\xc2\xbf") || is(c, i, "\xc2\xa1"))
		return 1;
	cat = single_cat(c, i);
	return cat == UTF8PROC_CATEGORY_PS || cat == UTF8PROC_CATEGORY_PI;
}

/* A token of periods and ellipses only: sets the number of dots (… counts
 * three) and whether a real period is among them. */
static int
dots(const struct ctx *c, size_t i, size_t *ndots, int *period)
{
	const char *p = ttext(c, i), *e = p + tlen(c, i);

	*ndots = 0;
	*period = 0;
	if (c->t[i].type != TOK_PUNCT)
		return 0;
	while (p < e) {
		if (*p == '.') {
			(*ndots)++;
			*period = 1;
			p++;
		} else if (e - p >= 3 && memcmp(p, "\xe2\x80\xa6", 3) == 0) {
			*ndots += 3;
			p += 3;
		} else
			return 0;
	}
	return 1;
}

/* ! ? and their runs, and the like of other scripts. */
static int
is_bang(const struct ctx *c, size_t i)
{
	const char *p = ttext(c, i);
	size_t k, n = tlen(c, i);
	int32_t cp;

	if (c->t[i].type != TOK_PUNCT)
		return 0;
	for (k = 0; k < n; k++)
		if (p[k] != '!' && p[k] != '?')
			break;
	if (k == n)
		return 1;
	cp = tok_cp(c, i);
	/* the stops of other scripts (marker.c's is_terminal), not the
	 * period, the ellipsis and the CJK stops that have rules of their
	 * own */
	return cp > 0x7F && cp != 0x2026 && is_terminal(cp) &&
	    !is_cjk_stop(cp);
}

/* The first code point of token k, or -1. */
static int32_t
first_cp(const struct ctx *c, size_t k)
{
	int32_t cp;

	if (k >= c->n || utf8_decode(ttext(c, k), tlen(c, k), &cp) <= 0)
		return -1;
	return cp;
}

/* Is token k Chinese: Han words (type cjk), or a mark of the CJK Symbols
 * and Punctuation, vertical, small or full-width forms blocks (。 「 ，
 * ︒ ﹐ ！ ）)?  The Chinese rules below apply next to such a token only,
 * so that English text, which has none, keeps its rules. */
static int
zh_tok(const struct ctx *c, size_t k)
{
	int32_t cp;

	if (k >= c->n)
		return 0;
	if (c->t[k].type == TOK_CJK)
		return 1;
	if (c->t[k].type != TOK_PUNCT && c->t[k].type != TOK_SYM)
		return 0;
	cp = first_cp(c, k);
	return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE10 &&
	    cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F) ||
	    (cp >= 0xFF00 && cp <= 0xFFEF);
}

/* Can no sentence start at token k, a pause (marker.c's is_pause: ，、
 * ；：), a stop or an ellipsis?  "“快走！”，他说" goes on after the
 * quote; "“好！”。" ends at its last stop. */
static int
no_start(const struct ctx *c, size_t k)
{
	int32_t cp = first_cp(c, k);

	return c->t[k].type == TOK_PUNCT && cp >= 0 && (is_pause(cp) ||
	    is_terminal(cp) || is_ellipsis(cp));
}

/* Which straight quote token k is: 1 ", 2 ＂, 3 ＇, or 0. */
static int
straight(const struct ctx *c, size_t k)
{
	if (c->t[k].type != TOK_PUNCT)
		return 0;
	return is(c, k, "\"") ? 1 : is(c, k, "\xef\xbc\x82") ? 2 :
	    is(c, k, "\xef\xbc\x87") ? 3 : 0;
}

/*
 * Does the straight quote at token k (" ＂ ＇, which are both opening
 * and closing marks) open a quotation: has the paragraph an even number
 * of the same mark before it?  Chinese puts no space between a stop and
 * the quote after it, so "他走了。＂我也走＂" is told from
 * "他说：＂好。＂然后" by the count alone (not ', which is also an
 * apostrophe).
 */
static int
straight_opens(const struct ctx *c, size_t k)
{
	struct quotes local = { 0, { 0, 0, 0 } }, *q = c->q;
	int w = straight(c, k), x;

	if (w == 0)
		return 0;
	if (q == NULL)
		q = &local;
	else if (q->pos > k)
		*q = local;	/* not met: the scan only goes forward */
	for (; q->pos < k; q->pos++)
		if ((x = straight(c, q->pos)) != 0)
			q->n[x - 1]++;
	return q->n[w - 1] % 2 == 0;
}

/* A Chinese stop at token i (marker.c's is_cjk_stop: 。 ！ ？). */
static int
zh_stop(const struct ctx *c, size_t i)
{
	return c->t[i].type == TOK_PUNCT && is_cjk_stop(tok_cp(c, i));
}

/* Is token k an ellipsis: … ⋯ ︙ alone or repeated (marker.c's
 * is_ellipsis; …… is one token), or three periods or more ("...",
 * "......", which Chinese typed on an English keyboard uses for ……)? */
static int
ellipsis_tok(const struct ctx *c, size_t k)
{
	const char *p = ttext(c, k), *e = p + tlen(c, k);
	int32_t cp;
	int l;

	if (c->t[k].type != TOK_PUNCT && c->t[k].type != TOK_SYM)
		return 0;
	if (p[0] == '.')
		return e - p >= 3 && strspn(p, ".") >= (size_t)(e - p);
	for (; p < e; p += l)
		if ((l = utf8_decode(p, (size_t)(e - p), &cp)) <= 0 ||
		    !is_ellipsis(cp))
			return 0;
	return 1;
}

/*
 * Is the period (. or ．) at token i inside something else, not a stop?
 *  - ． glued to a number or a lower-case word after it: ３．５ (a
 *    decimal point), Ｎｏ．１, ｗｗｗ．ｅｘ (full-width digits and
 *    letters, read as they are: NFKC is not applied to the text); not
 *    before a capital, "period．Does it" (pragmatic_segmenter's case);
 *  - the delimiter of a list marker in Chinese text: a number of one to
 *    three digits (ASCII or full-width) glued before it, at the start of
 *    the sentence, after a space, a pause or an opening bracket, and
 *    Chinese glued after it: "１．加强……", "包括：1.网络；2.数据".
 *    GB/T 15834-2011 writes the numbers of items so (1． 2．, and 一、
 *    （一） （1）, which have no period); Chinese puts no space after
 *    them, so tok.h's "1. The" reading does not see them.
 * ASCII "3.5" is one number token and never asks.
 */
static int
zh_period_inside(const struct ctx *c, size_t ss, size_t i)
{
	const char *w;
	size_t k, l, nd;
	int fw = is(c, i, "\xef\xbc\x8e");	/* ． */

	if (!fw && !is(c, i, "."))
		return 0;
	if (fw && i + 1 < c->n && !spaced(c, i + 1) &&
	    (c->t[i + 1].type == TOK_NUM || (c->t[i + 1].type == TOK_WORD &&
	    (c->t[i + 1].flags & TF_LOWER))))
		return 1;
	if (i == 0 || spaced(c, i) || c->t[i - 1].type != TOK_NUM ||
	    i + 1 >= c->n || spaced(c, i + 1) || !zh_tok(c, i + 1) ||
	    no_start(c, i + 1))
		return 0;
	w = ttext(c, i - 1);
	l = tlen(c, i - 1);
	for (k = 0, nd = 0; k < l; nd++) {
		if (w[k] >= '0' && w[k] <= '9')
			k++;
		else if (l - k >= 3 && (unsigned char)w[k] == 0xef &&
		    (unsigned char)w[k + 1] == 0xbc &&
		    (unsigned char)w[k + 2] >= 0x90 &&
		    (unsigned char)w[k + 2] <= 0x99)	/* ０-９ */
			k += 3;
		else
			return 0;
	}
	if (nd > 3)
		return 0;
	return i - 1 == ss || spaced(c, i - 1) || no_start(c, i - 2) ||
	    is_opener(c, i - 2);
}

/* A roman numeral in one case (marker.c's roman_value), or -1. */
static long
roman(const char *p, size_t n, int upper)
{
	int v = upper ? roman_value(p, n) : lower_roman(p, n);

	return v > 0 ? v : -1;
}

/*
 * A list marker at token k: an optional bullet, then 1. 1) 1.) (1) with a
 * number, a letter or a roman numeral.  Returns 1 and fills m, or 0.
 */
static int
parse_item(const struct ctx *c, size_t k, struct item *m)
{
	size_t p = k, n = c->n, l, q;
	const char *w;
	int bullet = 0, paren = 0, upper = 1, lower = 1;

	memset(m, 0, sizeof(*m));
	m->num = m->letter = m->roman = -1;
	if (bullet_at(c, p) ||
	    (c->dash && same(c, p, c->dash - 1))) {
		bullet = 1;
		m->end = ++p;
	}
	if (p < n && is(c, p, "(")) {
		paren = 1;
		p++;
	}
	if (p >= n || (paren && spaced(c, p)))
		return bullet;
	w = ttext(c, p);
	l = tlen(c, p);
	if (c->t[p].type == TOK_NUM && l <= 3) {
		for (q = 0, m->num = 0; q < l; q++) {
			if (w[q] < '0' || w[q] > '9')
				return bullet;
			m->num = m->num * 10 + (w[q] - '0');
		}
	} else if (c->t[p].type == TOK_WORD && l <= 7) {
		for (q = 0; q < l; q++) {
			upper &= w[q] >= 'A' && w[q] <= 'Z';
			lower &= w[q] >= 'a' && w[q] <= 'z';
		}
		if (!upper && !lower)
			return bullet;
		m->upper = upper;
		if (l == 1)
			m->letter = (w[0] | 0x20) - 'a' + 1;
		m->roman = roman(w, l, upper);
		if (m->letter < 0 && m->roman < 0)
			return bullet;
	} else
		return bullet;
	p++;
	/* The delimiter, glued to the item. */
	if (paren) {
		/* "(1.)" */
		if (p + 1 < n && is(c, p, ".") && !spaced(c, p))
			p++;
		if (p >= n || !is(c, p, ")") || spaced(c, p))
			return bullet;
		m->delim = LD_BOTH;
		p++;
	} else if (p < n && is(c, p, ".") && !spaced(c, p)) {
		p++;
		if (p < n && is(c, p, ")") && !spaced(c, p)) {
			m->delim = LD_DOTPAREN;
			p++;
		} else {
			/* "1. The", "1.The": not "1.5" nor "in 2.x" */
			if (p >= n || !(spaced(c, p) ||
			    (c->t[p].flags & TF_UPPER)))
				return bullet;
			m->delim = LD_DOT;
		}
	} else if (p < n && is(c, p, ")") && !spaced(c, p)) {
		m->delim = LD_PAREN;
		p++;
	} else
		return bullet;
	if (p >= n)
		return bullet;
	m->item = 1;
	m->end = p;
	return 1;
}

/* The list style a marker takes given the list so far, and its value. */
static int
marker_style(const struct ctx *c, const struct item *m, long *val)
{
	int ls = m->upper ? LS_UPPER : LS_LOWER, rs = m->upper ? LS_RUPPER :
	    LS_RLOWER;

	if (m->num >= 0) {
		*val = m->num;
		return LS_NUM;
	}
	if (m->letter > 0 && c->lstyle == ls && m->letter == c->lval + 1) {
		*val = m->letter;
		return ls;
	}
	if (m->roman > 0 && (c->lstyle == rs || m->letter < 0 ||
	    m->roman == 1)) {
		*val = m->roman;
		return rs;
	}
	*val = m->letter;
	return ls;
}

/* Does m continue the list being numbered? */
static int
continues(const struct ctx *c, const struct item *m)
{
	long v;
	int st;

	if (!m->item || c->lstyle == LS_NONE)
		return 0;
	st = marker_style(c, m, &v);
	return st == c->lstyle && m->delim == c->ldelim && v == c->lval + 1;
}

static void
note_list(struct ctx *c, const struct item *m)
{
	long v;

	if (!m->item)
		return;
	c->lstyle = marker_style(c, m, &v);
	c->lval = v;
	c->ldelim = m->delim;
}

/* Is "b." (spaced, glued to its period, then a space) among the next
 * few tokens from k, before any terminal? */
static int
second_item(const struct ctx *c, size_t k)
{
	size_t e = k + 12 < c->n ? k + 12 : c->n;

	for (; k + 2 < e; k++) {
		if (is(c, k, ".") || is(c, k, "!") || is(c, k, "?"))
			return 0;
		if (spaced(c, k) && is(c, k, "b") && is(c, k + 1, ".") &&
		    !spaced(c, k + 1) && spaced(c, k + 2))
			return 1;
	}
	return 0;
}

/* Is m, a marker "b." right after a terminal, a list item that goes on
 * from an earlier one?  A single lower-case letter or a lower-case roman
 * numeral glued to its period, a space, then a capitalised word: after a
 * sentence end that is no abbreviation nor a lower-case word going on
 * ("by DHS. e. The CSIP directs"; PDF text puts items that stood on lines
 * of their own into one paragraph). */
static int
late_item(const struct ctx *c, const struct item *m)
{
	return m->delim == LD_DOT && !m->upper && (m->letter > 0 ||
	    m->roman > 0) && m->end < c->n && spaced(c, m->end) &&
	    c->t[m->end].type == TOK_WORD && (c->t[m->end].flags & TF_UPPER);
}

/* What token b (the one after a terminal) is, as a sentence start; *f
 * gets the first token after opening quotes and brackets. */
static int
next_kind(const struct ctx *c, size_t b, size_t *f)
{
	struct item m;
	size_t k = b;
	const struct tok *t;
	int cat;

	if (parse_item(c, b, &m) && m.item) {
		if (m.delim != LD_DOT)
			return NX_MARKER;
		/* "at noon. a. The first item": a list opens after a
		 * sentence (1. and A. start one anyway, as a number or a
		 * capital) */
		if ((m.letter == 1 || m.roman == 1) && !m.upper &&
		    m.end < c->n && (c->t[m.end].flags & TF_UPPER))
			return NX_MARKER;
		/* "Smith. a. here it is b. another": so does one that the
		 * next item follows soon */
		if (m.letter == 1 && !m.upper && second_item(c, m.end))
			return NX_MARKER;
		if (late_item(c, &m))
			return NX_MARKER;
	}
	while (k + 1 < c->n && k < b + 3 && is_opener(c, k))
		k++;
	/* "What do you see? - Posted like": a dash set off by spaces
	 * before a capital; not after the period of a short capitalized
	 * word, an abbreviation ("HOWELL, Mich. - Blissfield was") */
	if (k == b && k + 1 < c->n && spaced(c, k + 1) &&
	    !(b >= 2 && is(c, b - 1, ".") && short_cap(c, b - 2)) &&
	    is_one_of(c, k, dashes, NELEM(dashes)) &&
	    c->t[k + 1].type == TOK_WORD && (c->t[k + 1].flags & TF_UPPER))
		k++;
	*f = k;
	t = &c->t[k];
	switch (t->type) {
	case TOK_WORD:
	case TOK_URL:
	case TOK_EMAIL:
		if (ttext(c, k)[0] >= '0' && ttext(c, k)[0] <= '9')
			return NX_DIGIT;
		if (t->flags & TF_UPPER)
			return NX_CAP;
		if (t->flags & TF_LOWER)
			return NX_LOWER;
		return NX_CASELESS;
	case TOK_NUM:
		return NX_DIGIT;
	case TOK_CJK:
		return NX_CASELESS;
	case TOK_SYM:
		/* $100 */
		cat = single_cat(c, k);
		if (cat == UTF8PROC_CATEGORY_SC && k + 1 < c->n &&
		    c->t[k + 1].type == TOK_NUM && !spaced(c, k + 1))
			return NX_DIGIT;
		return NX_OTHER;
	}
	return NX_OTHER;
}

/* Is the time abbreviation at i inside a fronted adverbial ("At 5 a.m.")
 * of the sentence that starts at ss? */
static int
fronted(const struct ctx *c, size_t ss, size_t i)
{
	size_t f = ss;

	while (f < i && is_opener(c, f))
		f++;
	return i - f <= 4 && word_in(c, f, fronting, NELEM(fronting));
}

/* The byte of token k when it is one byte long (a bracket is), else 0:
 * open_bracket reads up to 128 tokens a terminal, and is() a bracket at
 * a time cost four calls a token. */
static inline int
bracket_tok(const struct ctx *c, size_t k)
{
	return k < c->n && tlen(c, k) == 1 ? (unsigned char)ttext(c, k)[0] : 0;
}

/* How far the bracket rules look, in tokens, each way. */
#define BRACKET_SPAN	64

/*
 * The opening bracket ( or [ left open before token b in the sentence that
 * starts at ss, + 1, when the paragraph closes it after b (both within
 * BRACKET_SPAN tokens); 0 when there is none.  "(Proc. ABC with Abs.
 * Reg. Compliance)", "[page. 42]", "[16: firma? 13:28]".
 */
static size_t
open_bracket(const struct ctx *c, size_t ss, size_t b)
{
	size_t k, lo, o, hi;
	int depth = 0, ch;

	lo = b > ss + BRACKET_SPAN ? b - BRACKET_SPAN : ss;
	for (k = b, o = 0; k > lo; k--) {
		ch = bracket_tok(c, k - 1);
		if (ch == ')' || ch == ']')
			depth++;
		else if (ch == '(' || ch == '[') {
			if (depth == 0) {
				o = k;
				break;
			}
			depth--;
		}
	}
	if (o == 0)
		return 0;
	hi = b + BRACKET_SPAN < c->n ? b + BRACKET_SPAN : c->n;
	for (k = b, depth = 1; k < hi; k++) {
		ch = bracket_tok(c, k);
		if (ch == '(' || ch == '[')
			depth++;
		else if ((ch == ')' || ch == ']') && --depth == 0)
			return o;
	}
	return 0;
}

/* Does token k hold a digit ("A13", "B2")? */
static int
has_digit(const struct ctx *c, size_t k)
{
	const char *p = ttext(c, k);
	size_t j;

	for (j = 0; j < tlen(c, k); j++)
		if (p[j] >= '0' && p[j] <= '9')
			return 1;
	return 0;
}

/*
 * Does a sentence end before token b, given the kind of word (cls) before
 * the terminal at i in the sentence that starts at ss?
 */
static int
decide(const struct ctx *c, int cls, size_t ss, size_t i, size_t b)
{
	size_t f = b, o;
	int nx;

	if (b >= c->n || b >= c->lastc)
		return 0;
	nx = next_kind(c, b, &f);
	/* Inside brackets that close later a split is rare: only after a
	 * few words of the bracket, before a capitalized function word
	 * ("in one (Here is one view. And then ...)"), or when the
	 * brackets hold whole sentences ("(If you want that, remove the
	 * breaks. Segtok assumes ...)"); not in "[page. 42]",
	 * "((Parenthesis. (With", "(More stuff. Uff, this is it!)". */
	if ((o = open_bracket(c, ss, b)) != 0 && !(i >= o + 6 &&
	    ((nx == NX_CAP && word_in(c, f, starters, NELEM(starters))) ||
	    o - 1 == ss)))
		return 0;
	switch (cls & ~AB_WORD) {
	case AB_TITLE:
	case AB_NEVER:
		return 0;
	case AB_NUMBER:
		/* "p. 5", "(No. 5)", "no. A13": not the list marker "5)" */
		if (nx == NX_DIGIT || c->t[b].type == TOK_NUM ||
		    (c->t[f].type == TOK_WORD && has_digit(c, f)))
			return 0;
		if (cls & AB_WORD)
			break;
		/* FALLTHROUGH */
	case AB_OTHER:
		if (nx == NX_MARKER)
			return 1;
		if (nx != NX_CAP)
			return 0;
		/* "U. S. A. either": a letter glued to a period is one more
		 * initial, not the article or the pronoun */
		if (word_in(c, f, starters, NELEM(starters)) &&
		    !(tlen(c, f) == 1 && f + 1 < c->n && is(c, f + 1, ".") &&
		    !spaced(c, f + 1)))
			return 1;
		/* not after an initial: "B. S. Major" */
		if (c->ab != NULL && c->t[f].type == TOK_WORD &&
		    (c->t[i].type == TOK_WORD || single_cat(c, i - 1) < 0)) {
			const struct wcount *w = ab_get(c->ab, ttext(c, f),
			    tlen(c, f), c->fold);

			return w != NULL && w->starter;
		}
		return 0;
	case AB_FINAL:
		return nx == NX_MARKER || nx == NX_CAP;
	case AB_TIME:
		if (nx == NX_MARKER)
			return 1;
		/* "at 5 P.M. EDT" */
		if (nx == NX_CAP && (c->t[f].flags & TF_ALLCAPS) &&
		    word_in(c, f, zones, NELEM(zones)))
			return 0;
		/* "to 4 p.m. Monday through Saturday": the day of the time */
		if (nx == NX_CAP && word_in(c, f, days, NELEM(days)))
			return 0;
		return nx == NX_CAP && !fronted(c, ss, i);
	}
	return nx == NX_CAP || nx == NX_DIGIT || nx == NX_CASELESS ||
	    nx == NX_MARKER;
}

/* A cheap filter before the binary search: the lengths and first letters
 * that the abbreviation table has. */
static uint64_t abbr_lens;
static uint8_t abbr_firsts[32];
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

static void
abbr_init(void)
{
	size_t k;

	for (k = 0; k < NELEM(abbrs); k++) {
		size_t l = strlen(abbrs[k].name);
		unsigned char f = (unsigned char)abbrs[k].name[0];

		abbr_lens |= l < 64 ? (uint64_t)1 << l : 0;
		abbr_firsts[f >> 3] |= (uint8_t)(1u << (f & 7));
	}
}

static int
maybe_abbr(const char *key, size_t n)
{
	/* Sentences are split by two threads: build the filter once. */
	pthread_once(&abbr_once, abbr_init);
	return n < 64 && (abbr_lens & ((uint64_t)1 << n)) &&
	    (abbr_firsts[(unsigned char)key[0] >> 3] &
	    (1u << ((unsigned char)key[0] & 7)));
}

/*
 * Is token k a short word that the English word list (words.h) does not
 * have: two to four ASCII letters, lower case ("abcf. 123 here") or, when
 * cap, capitalized ("Usec. Villorente")?  Without a word list, no.
 */
static int
unknown_short(const struct ctx *c, size_t k, int cap)
{
	const struct words *wl;
	const char *p = ttext(c, k);
	size_t j, n = tlen(c, k);

	if (c->t[k].type != TOK_WORD || n < 2 || n > 4)
		return 0;
	for (j = 0; j < n; j++)
		if ((p[j] < 'a' || p[j] > 'z') &&
		    (j > 0 || !cap || p[j] < 'A' || p[j] > 'Z'))
			return 0;
	if (cap && (p[0] < 'A' || p[0] > 'Z'))
		return 0;
	return (wl = words_default()) != NULL && !words_has(wl, p, n);
}

/* Is token k a capitalized word that the word list does not have (a
 * name: "Villorente"), and the list is there? */
static int
unknown_name(const struct ctx *c, size_t k)
{
	const struct words *wl;

	if (k >= c->n || c->t[k].type != TOK_WORD ||
	    !(c->t[k].flags & TF_UPPER) || (c->t[k].flags & TF_ALLCAPS) ||
	    (c->t[k].flags & TF_DOTTED) || ttext(c, k)[0] < 'A' ||
	    ttext(c, k)[0] > 'Z')
		return 0;
	return (wl = words_default()) != NULL &&
	    !words_has(wl, ttext(c, k), tlen(c, k));
}

/* The kind of word before the period at i. */
static int
period_class(const struct ctx *c, size_t i)
{
	const struct abbr *a;
	char key[KEYMAX];
	size_t p, n = 0, start;
	int32_t cp;
	int l;

	if (i == 0 || spaced(c, i))
		return AB_NONE;
	p = i - 1;
	start = p;
	/* N° is a word and a degree sign */
	if (c->t[p].type == TOK_SYM && p > 0 && !spaced(c, p) &&
	    c->t[p - 1].type == TOK_WORD && tlen(c, p - 1) == 1)
		start = p - 1;
	else if (c->t[p].type != TOK_WORD)
		return AB_NONE;
	n = lower_key(c->s + c->t[start].start, c->t[p].end -
	    c->t[start].start, key);
	if (n > 0 && maybe_abbr(key, n) && (a = lookup(key, n, abbrs, NELEM(abbrs),
	    sizeof(abbrs[0]))) != NULL) {
		/* "5th st. The", "Main St. The": not before a name */
		if (a->cls == AB_TITLE && (!(c->t[p].flags & TF_UPPER) ||
		    (p > 0 && c->t[p - 1].type == TOK_WORD &&
		    (c->t[p - 1].flags & TF_UPPER))))
			return AB_OTHER;
		if ((a->cls & AB_WORD) && (c->t[p].flags & TF_LOWER) &&
		    (a->cls & ~AB_WORD) != AB_NUMBER)
			return AB_NONE;
		return a->cls;
	}
	if (start != p)
		return AB_NONE;
	if (c->ab != NULL) {
		const struct wcount *w = ab_get(c->ab, ttext(c, p), tlen(c, p),
		    c->fold);

		if (w != NULL && w->abbr)
			return AB_OTHER;
	}
	/* One letter: an initial, except the pronoun in "you and I." */
	l = utf8_decode(ttext(c, p), tlen(c, p), &cp);
	if (l > 0 && (size_t)l == tlen(c, p) && utf8_isalpha(cp)) {
		if (cp == 'I' && p > 0 && c->t[p - 1].type == TOK_WORD &&
		    (c->t[p - 1].flags & TF_LOWER))
			return AB_NONE;
		/* "we got an A.": a letter after an article is a word */
		if (p > 0 && (is(c, p - 1, "a") || is(c, p - 1, "an")))
			return AB_NONE;
		return AB_OTHER;
	}
	if (memchr(ttext(c, p), '.', tlen(c, p)) != NULL)
		return AB_OTHER;	/* Ph.D. */
	return AB_NONE;
}

/* The kind of a dotted abbreviation ("U.S.", "a.m.") at i. */
static int
dotted_class(const struct ctx *c, size_t i)
{
	const struct abbr *a;
	char key[KEYMAX];
	size_t n;

	n = lower_key(ttext(c, i), tlen(c, i) - 1, key);
	if (n > 0 && (a = lookup(key, n, abbrs, NELEM(abbrs),
	    sizeof(abbrs[0]))) != NULL)
		return a->cls & ~AB_WORD;
	return AB_OTHER;
}

/* Past the closing quotes and brackets glued after a terminal at j - 1;
 * a terminal after a closer ("(Inc.).") makes *plain true. */
static size_t
skip_closers(const struct ctx *c, size_t j, int *plain)
{
	size_t nd;
	int per;

	*plain = 0;
	while (j < c->n && !spaced(c, j)) {
		if (closer_at(c, j))
			j++;
		else if (j > 0 && closer_at(c, j - 1) &&
		    ((dots(c, j, &nd, &per) && nd == 1) || is_bang(c, j))) {
			*plain = 1;
			j++;
		} else
			break;
	}
	return j;
}

/* Is token k a superscript digit (¹ ² ³ ⁰ ⁴-⁹)? */
static int
is_superscript(const struct ctx *c, size_t k)
{
	int32_t cp;
	int l;

	if (c->t[k].type != TOK_SYM && c->t[k].type != TOK_PUNCT &&
	    c->t[k].type != TOK_NUM && c->t[k].type != TOK_WORD)
		return 0;
	l = utf8_decode(ttext(c, k), tlen(c, k), &cp);
	if (l <= 0 || (size_t)l != tlen(c, k))
		return 0;
	return cp == 0xb9 || cp == 0xb2 || cp == 0xb3 || cp == 0x2070 ||
	    (cp >= 0x2074 && cp <= 0x2079);
}

/*
 * Past a footnote mark glued after a terminal whose sentence ends at j:
 * "martyr.[1] The", "martyr.[1,2][3] The", "regulators.1 Governments",
 * "state.¹ The".  The mark belongs to the sentence before it; a space
 * (or the end) must follow it.  bare: a bare number may be a mark (not
 * after an abbreviation, where "Fig.1" is a reference).  Returns j when
 * there is no mark.
 */
static size_t
skip_note(const struct ctx *c, size_t j, int bare)
{
	size_t k = j, q;
	int any = 0;

	while (k < c->n && !spaced(c, k)) {
		if (is(c, k, "[")) {
			q = k + 1;
			while (q < c->n && q < k + 8 && !spaced(c, q) &&
			    (c->t[q].type == TOK_NUM || is(c, q, ",") ||
			    is(c, q, "-") || is(c, q, "\xe2\x80\x93")))
				q++;
			if (q == k + 1 || q >= c->n || spaced(c, q) ||
			    !is(c, q, "]") || c->t[k + 1].type != TOK_NUM)
				break;
			k = q + 1;
		} else if (is_superscript(c, k))
			k++;
		else if (bare && !any && c->t[k].type == TOK_NUM &&
		    tlen(c, k) <= 3 && strspn(ttext(c, k), "0123456789") >=
		    tlen(c, k))
			k++;
		else
			break;
		any = 1;
	}
	if (!any || (k < c->n && !spaced(c, k)))
		return j;
	return k;
}

/*
 * Past citation marks set off by a space after a sentence end: "gas. [1]
 * It", "gas. [1][2] [3] It".  They stay with the sentence before them
 * when a capital follows them.  Returns j when there is none.
 */
static size_t
skip_spaced_notes(const struct ctx *c, size_t j)
{
	size_t k = j, q, f;
	int any = 0;

	if (j >= c->n || !spaced(c, j) || !is(c, j, "["))
		return j;
	while (k < c->n && is(c, k, "[") && k + 1 < c->n &&
	    c->t[k + 1].type == TOK_NUM) {
		q = k + 1;
		while (q < c->n && q < k + 8 && !spaced(c, q) &&
		    (c->t[q].type == TOK_NUM || is(c, q, ",") ||
		    is(c, q, "-") || is(c, q, "\xe2\x80\x93")))
			q++;
		if (q >= c->n || spaced(c, q) || !is(c, q, "]"))
			break;
		k = q + 1;
		any = 1;
	}
	if (!any || k >= c->n || !spaced(c, k) ||
	    next_kind(c, k, &f) != NX_CAP)
		return j;
	return k;
}

/* A capitalized word of two to four letters, the others lower case
 * ("Phil", "Eq", "Abs"; not "Ghana. 17 | Page"), at token k. */
static int
short_cap(const struct ctx *c, size_t k)
{
	const char *p;
	size_t j, n;

	if (c->t[k].type != TOK_WORD || !(c->t[k].flags & TF_UPPER) ||
	    (n = tlen(c, k)) < 2 || n > 4)
		return 0;
	p = ttext(c, k);
	for (j = 1; j < n; j++)
		if (p[j] < 'a' || p[j] > 'z')
			return 0;
	return p[0] >= 'A' && p[0] <= 'Z';
}

/* Is token k a word of one to three ASCII lower-case letters? */
static int
lower_short(const struct ctx *c, size_t k)
{
	const char *p = ttext(c, k);
	size_t j, n = tlen(c, k);

	if (c->t[k].type != TOK_WORD || n > 3)
		return 0;
	for (j = 0; j < n; j++)
		if (p[j] < 'a' || p[j] > 'z')
			return 0;
	return 1;
}

/* Is the stop at i glued between a word of two letters or more that ends
 * in lower case and a capitalized word of two letters or more, the
 * others lower case ("Ireland!He", "it?Yes"; not "Y!J", "Yahoo!ABC")? */
static int
lost_space(const struct ctx *c, size_t i)
{
	const char *w;
	size_t n;

	if (i == 0 || i + 1 >= c->n || spaced(c, i) ||
	    c->t[i - 1].type != TOK_WORD || c->t[i + 1].type != TOK_WORD ||
	    tlen(c, i - 1) < 2 || tlen(c, i + 1) < 2)
		return 0;
	w = ttext(c, i - 1);
	n = tlen(c, i - 1);
	if (w[n - 1] < 'a' || w[n - 1] > 'z')
		return 0;
	w = ttext(c, i + 1);
	return w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
}

/* Is the period at i the end of a multi-level list marker ("6.1.",
 * "15.2.") rather than a stop: glued to a number of two to four parts of
 * at most three digits, which opens the sentence that starts at ss or
 * follows a ":" or ";" ("shall: 15.1. supervise", "objectives: 6.1. To
 * ensure"), with a space after the period?  parse_item reads one number
 * only. */
static int
level_marker(const struct ctx *c, size_t ss, size_t i)
{
	const char *w;
	size_t k, l, q, run = 0, parts = 1;

	if (i == 0 || spaced(c, i) || i + 1 >= c->n || !spaced(c, i + 1) ||
	    c->t[i - 1].type != TOK_NUM)
		return 0;
	k = i - 1;
	if (k != ss && (k == 0 || !(is(c, k - 1, ":") || is(c, k - 1, ";"))))
		return 0;
	w = ttext(c, k);
	l = tlen(c, k);
	for (q = 0; q < l; q++) {
		if (w[q] == '.') {
			if (run == 0 || ++parts > 4)
				return 0;
			run = 0;
		} else if (w[q] >= '0' && w[q] <= '9') {
			if (++run > 3)
				return 0;
		} else
			return 0;
	}
	return parts >= 2 && run > 0;
}

/*
 * The terminal, if any, at token i of the sentence that starts at ss.
 * Returns the index of the token that starts the next sentence, or 0;
 * *next gets where the scan resumes.
 */
static size_t
terminal(const struct ctx *c, size_t ss, size_t i, size_t *next)
{
	const struct tok *t = &c->t[i];
	size_t j, k, b, f, nd, total = 0;
	int per, anyper = 0, plain, cls;

	*next = i + 1;
	if (t->type == TOK_WORD) {
		/* U.S. a.m. e.g. */
		if (!(t->flags & TF_DOTTED) || c->s[t->end - 1] != '.')
			return 0;
		b = skip_closers(c, i + 1, &plain);
		*next = b;
		cls = plain ? AB_NONE : dotted_class(c, i);
		return decide(c, cls, ss, i, b) ? b : 0;
	}
	/*
	 * 省略号 in Chinese text (the ellipsis next to a Chinese token,
	 * zh_tok()).  GB/T 15834-2011 4.11 gives it no 语气 of its own: it
	 * marks omitted words inside a list ("牡丹、吊钟、水仙……春秋冬三季
	 * 的鲜花都挤在一起"), an unfinished or broken utterance ("可是……太
	 * 太……我不知道"), silence.  So the sentence goes on after it, and
	 * ends only where the text shows it closed: at the paragraph's end,
	 * at a stop after it (……。 ……！, that stop's rule), or where a
	 * closing quote follows it before what can start a sentence: the
	 * quoted words are over, as after 。” ("“……”他飞红了脸").  Not a
	 * closing bracket: a parenthesis closed after an omission is inside
	 * the sentence (4.9, 句内括号: "（还有水仙……）都来了").
	 */
	if ((t->type == TOK_PUNCT || t->type == TOK_SYM) && ellipsis_tok(c, i)) {
		for (j = i + 1; j < c->n && !spaced(c, j) &&
		    ellipsis_tok(c, j); j++)
			;
		b = skip_closers(c, j, &plain);
		if ((i > 0 && zh_tok(c, i - 1)) || zh_tok(c, b)) {
			*next = j;
			if (b > j && is_close_quote(tok_cp(c, j)) &&
			    !straight_opens(c, j) && b < c->n && b < c->lastc && !no_start(c, b)) {
				*next = b;
				return b;
			}
			return 0;
		}
	}
	if (t->type != TOK_PUNCT)
		return 0;
	/*
	 * The 句末点号 of GB/T 15834-2011 (3.2, 4.1-4.3): 句号 。, 问号 ？,
	 * 叹号 ！, and the full-width period ． that zh_period_inside() does
	 * not find inside a number or a marker (4.1.2: the period of
	 * scientific writing).  A run of them is one end: 4.2.3 and 4.3.3
	 * let 问号 and 叹号 be repeated (？？？ ！！！) and joined (？！),
	 * informal text writes 。。。.  The closing quotes and brackets glued
	 * after it are the sentence's (。” 。） 」』: the quoted words or the
	 * bracket end with the sentence); one before it (”。) is inside it
	 * anyway.  Then a sentence starts, whatever follows (Chinese has no
	 * case to tell), unless a pause or a stop does: "“快走！”，他说"
	 * goes on.  The 分号 ； (4.6) is a 句内点号 that joins the clauses
	 * of one sentence: no sentence ends at it, nor at the items of a
	 * list set in one line ("：（一）……；（二）……。"); a list item on
	 * a line of its own is the line stages' (a marker at a line start).
	 */
	if (zh_stop(c, i) || (is(c, i, "\xef\xbc\x8e") &&
	    !zh_period_inside(c, ss, i))) {
		for (j = i + 1; j < c->n && !spaced(c, j) && (zh_stop(c, j) ||
		    is_bang(c, j) || is(c, j, "\xef\xbc\x8e")); j++)
			;
		b = skip_closers(c, j, &plain);
		for (k = j; k < b; k++)
			if (straight_opens(c, k)) {
				b = k;	/* "他走了。＂我也走＂" */
				break;
			}
		*next = b;
		return b < c->n && b < c->lastc && !no_start(c, b) ? b : 0;
	}
	if (is(c, i, "\xef\xbc\x8e"))
		return 0;	/* ３．５, Ｎｏ．１, １．加强 */
	if (is_bang(c, i)) {
		/* "!Xũ", "Y!J.": glued to the word after it, part of it;
		 * not "Ireland!He lives", a stop that lost its space */
		if (i + 1 < c->n && !spaced(c, i + 1) &&
		    (c->t[i + 1].type == TOK_WORD ||
		    c->t[i + 1].type == TOK_NUM) && !lost_space(c, i))
			return 0;
		b = skip_note(c, skip_closers(c, i + 1, &plain), 1);
		b = skip_spaced_notes(c, b);
		*next = b;
		return decide(c, AB_NONE, ss, i, b) ? b : 0;
	}
	if (!dots(c, i, &nd, &per))
		return 0;
	/* A run of dot tokens, spaced or not: ". . . ." counts four. */
	for (j = i; j < c->n && dots(c, j, &nd, &per); j++) {
		total += nd;
		anyper |= per;
	}
	*next = j;
	/* "1.网络安全", "包括：1.网络": a Chinese list marker */
	if (total == 1 && j == i + 1 && zh_period_inside(c, ss, i))
		return 0;
	/* ".001", "$.50", "(.5)", ".HR", "\xe2\x80\x9c.SG\xe2\x80\x9d": a single period glued to
	 * the word or number after it, and before it to nothing, a symbol,
	 * an opening bracket, or an opening quote with a space before it (a
	 * quote glued to the word before closes: 'said "no".Then'), is no
	 * stop (but '"First Strategy").34 In') */
	if (total == 1 && j == i + 1 && j < c->n && !spaced(c, j) &&
	    (c->t[j].type == TOK_NUM || c->t[j].type == TOK_WORD) &&
	    (i == 0 || spaced(c, i) || c->t[i - 1].type == TOK_SYM ||
	    is(c, i - 1, "(") || is(c, i - 1, "[") ||
	    (is_opener(c, i - 1) &&
	    (i - 1 == 0 || spaced(c, i - 1)))))
		return 0;
	if (!anyper || total == 3) {
		/* An ellipsis inside a sentence, unless it is glued to a
		 * word and a capitalized function word follows: "talks
		 * slowly... And this" (but "is . . . I didn't", "[...]") */
		if (total != 3 || j != i + 1 || i == 0 || spaced(c, i) ||
		    (c->t[i - 1].type != TOK_WORD &&
		    c->t[i - 1].type != TOK_NUM))
			return 0;
		b = skip_note(c, skip_closers(c, j, &plain), 1);
		*next = b;
		/* "slowly...But this": glued to the word after it too */
		if (b >= c->n || b >= c->lastc || (!spaced(c, b) &&
		    (b != j || c->t[b].type != TOK_WORD)) ||
		    next_kind(c, b, &f) != NX_CAP || is(c, f, "I") ||
		    !word_in(c, f, starters, NELEM(starters)))
			return 0;
		return b;
	}
	/* "(1.)", "(a.)": the period of a marker, no stop */
	if (total == 1 && j == i + 1 && i >= 2 && !spaced(c, i) &&
	    is(c, i - 2, "(") && !spaced(c, i - 1) && is(c, j, ")") &&
	    !spaced(c, j) && tlen(c, i - 1) <= 3 &&
	    (c->t[i - 1].type == TOK_NUM || (c->t[i - 1].type == TOK_WORD &&
	    tlen(c, i - 1) == 1)))
		return 0;
	b = skip_closers(c, j, &plain);
	*next = b;
	if (total == 1 && j == i + 1 && level_marker(c, ss, i))
		return 0;
	if (total == 1) {
		cls = plain ? AB_NONE : period_class(c, i);
		if (cls == AB_NONE)
			*next = b = skip_spaced_notes(c, skip_note(c, b, 1));
		/* "(Phil. 4:8)", "Abs. 3": a short capitalized word before
		 * a number is a reference abbreviation */
		if (cls == AB_NONE && !plain && b == j && b < c->n &&
		    c->t[b].type == TOK_NUM && i > 0 && short_cap(c, i - 1))
			return 0;
		/* "abcf. 123 here", "abcf. (123) in": so is a short
		 * lower-case word that is no English word */
		if (cls == AB_NONE && !plain && b == j && b + 1 < c->n &&
		    (c->t[b].type == TOK_NUM || (is(c, b, "(") &&
		    c->t[b + 1].type == TOK_NUM)) && i > 0 &&
		    unknown_short(c, i - 1, 0))
			return 0;
		/* "ab. Another item": a sentence is never one lower-case
		 * word of three letters or fewer; that is a label or a
		 * marker, whatever the document's other uses of the word
		 * taught the abbreviation table ("ab." alone again) */
		if (cls != AB_TIME && !plain && b == j && i == ss + 1 &&
		    lower_short(c, ss))
			return 0;
		/* "Usec. Villorente", "Sra. Smithers": a short capitalized
		 * word that is no English word, before a name that is none
		 * either, is a title (not "Cll. Risk", "Nah. Anybody") */
		if (cls == AB_NONE && !plain && b == j &&
		    i > 0 && unknown_short(c, i - 1, 1) && unknown_name(c, b))
			return 0;
		return decide(c, cls, ss, i, b) ? b : 0;
	}
	/* "compounds. . . . The": the period ends the sentence and the
	 * ellipsis opens the next one; not when a closing quote follows
	 * it ("complex. . . .\xe2\x80\x9d It"). */
	if (total >= 4 && i > 0 && !spaced(c, i) && is(c, i, ".") &&
	    spaced(c, i + 1) && b == j) {
		cls = period_class(c, i);
		return decide(c, cls, ss, i, b) ? i + 1 : 0;
	}
	return decide(c, AB_NONE, ss, i, b) ? b : 0;
}

/* May a list item start at token i, inside the sentence?  1: a new
 * sentence starts here; 2: a marker that does not break (sets *m). */
static int
item_here(struct ctx *c, size_t i, struct item *m)
{
	const struct tok *t = &c->t[i];

	/* "o" as a bullet (a Courier "o" in Word documents): in a list
	 * that one opened, or after a colon or a full stop, before a
	 * capital. */
	if (t->type == TOK_WORD && is(c, i, "o") && i + 1 < c->n &&
	    spaced(c, i + 1) && (c->t[i + 1].flags & TF_UPPER) &&
	    (c->olist || (i > 0 && (is(c, i - 1, ":") ||
	    is(c, i - 1, "."))))) {
		c->olist = 1;
		return 1;
	}
	if (t->type == TOK_PUNCT || t->type == TOK_SYM) {
		if (bullet_at(c, i))
			return 1;
		if (c->dash && i + 1 < c->n && spaced(c, i + 1) &&
		    same(c, i, c->dash - 1))
			return 1;
		/* "The members were: — Mr A (Chair) — Ms B": a dash
		 * after a colon opens a list of dash items */
		if (!c->dash && i > 0 && is(c, i - 1, ":") &&
		    i + 1 < c->n && spaced(c, i + 1) &&
		    is_one_of(c, i, dashes, NELEM(dashes))) {
			c->dash = i + 1;
			return 1;
		}
		if (!is(c, i, "("))
			return 0;
	} else if (t->type != TOK_NUM &&
	    (t->type != TOK_WORD || tlen(c, i) > 7))
		return 0;
	/* Cheap test first: a marker's item is glued to "." or ")". */
	if (i + 1 >= c->n || spaced(c, i + 1) || (t->type != TOK_PUNCT &&
	    !is(c, i + 1, ".") && !is(c, i + 1, ")")))
		return 0;
	if (!parse_item(c, i, m) || !m->item)
		return 0;
	if (i > 0 && is(c, i - 1, ":") && (m->num == 1 || m->letter == 1 ||
	    m->roman == 1)) {
		note_list(c, m);	/* a list opens after a colon */
		return 2;
	}
	if (!continues(c, m))
		return 0;
	/* "1) x, 2) y and 3) z" is one sentence */
	if (is(c, i - 1, ",") || is(c, i - 1, ";") ||
	    word_in(c, i - 1, joiners, NELEM(joiners))) {
		note_list(c, m);
		return 2;
	}
	return 1;
}

/*
 * A parenthesis that opens a sentence after another, its first word
 * capitalized, and holds no stop of its own, before a capitalized word:
 * "a bible quote? (Phil. 4:8) Yes, it is!", "Thank you. (Applause) We".
 * It is a sentence of its own: returns the token after its ")", or 0.
 * Not "(1999) This"; a marker ("(a) The") is the caller's; "(I lied.)
 * Then" ends by its own period.
 */
static size_t
lone_paren(const struct ctx *c, size_t i)
{
	size_t k, e = i + 16 < c->lastc ? i + 16 : c->lastc;
	size_t nd;
	int per;

	/* a capitalized word first: not the year of "(1999) This" */
	if (!is(c, i, "(") || i + 1 >= e || c->t[i + 1].type != TOK_WORD ||
	    !(c->t[i + 1].flags & TF_UPPER))
		return 0;
	for (k = i + 1; k < e && !is(c, k, ")"); k++)
		if (is(c, k, "(") || is(c, k, "[") || is_bang(c, k))
			return 0;
	if (k >= e || k == i + 1 || dots(c, k - 1, &nd, &per))
		return 0;
	if (k + 1 >= c->lastc || !spaced(c, k + 1) ||
	    c->t[k + 1].type != TOK_WORD || !(c->t[k + 1].flags & TF_UPPER))
		return 0;
	return k + 1;
}

/* Can token i neither start a list item nor end a sentence? */
static inline int
boring(const struct ctx *c, size_t i)
{
	const struct tok *t = &c->t[i];
	char nx;

	if (t->type == TOK_PUNCT)
		return t->end - t->start == 1 && (c->s[t->start] == ',' ||
		    c->s[t->start] == ';');
	if ((t->type != TOK_WORD || (t->flags & TF_DOTTED)) &&
	    t->type != TOK_NUM)
		return 0;
	if (t->end - t->start == 1 && c->s[t->start] == 'o')
		return 0;	/* a bullet, maybe */
	if (i + 1 >= c->n || spaced(c, i + 1))
		return 1;
	nx = c->s[c->t[i + 1].start];
	return nx != '.' && nx != ')';
}

size_t
sent_split(const char *s, const struct tok *toks, size_t ntok,
    size_t *starts)
{
	return sent_split_with(NULL, s, toks, ntok, starts);
}

size_t
sent_split_with(const struct sent_abbrev *ab, const char *s,
    const struct tok *toks, size_t ntok, size_t *starts)
{
	struct ctx c;
	struct item m;
	struct str fold = { 0 };
	struct quotes quotes = { 0, { 0, 0, 0 } };
	size_t i, b, next, ss = 0, mend = 0, nst = 0;
	int fresh = 1;

	if (ntok == 0)
		return 0;
	memset(&c, 0, sizeof(c));
	c.s = s;
	c.t = toks;
	c.n = ntok;
	c.ab = ab != NULL && ab->done ? ab : NULL;
	c.fold = &fold;
	c.q = &quotes;
	for (i = ntok; i > 0; i--) {
		int ty = toks[i - 1].type;

		if (ty != TOK_PUNCT && ty != TOK_SYM)
			break;
	}
	c.lastc = i;
	if (ntok > 1 && is_one_of(&c, 0, dashes, NELEM(dashes)) &&
	    spaced(&c, 1))
		c.dash = 1;
	if (ntok > 1 && is(&c, 0, "o") && (toks[1].flags & TF_UPPER))
		c.olist = 1;
	starts[nst++] = 0;
	i = 0;
	while (i < ntok) {
		/* Most tokens are plain words and commas: neither a list
		 * marker (glued to a "." or ")") nor a terminal. */
		if (!fresh && boring(&c, i)) {
			i++;
			continue;
		}
		if (fresh) {
			fresh = 0;
			if (parse_item(&c, i, &m)) {
				/* not "R. S. Kauffman": initials */
				if (!(m.delim == LD_DOT && m.upper &&
				    m.letter > 0 && m.end + 1 < ntok &&
				    toks[m.end].end - toks[m.end].start == 1 &&
				    (toks[m.end].flags & TF_UPPER) &&
				    is(&c, m.end + 1, ".") &&
				    !spaced(&c, m.end + 1)))
					note_list(&c, &m);
				mend = m.end;
			} else if (ss > 0 && (b = lone_paren(&c, i)) != 0) {
				starts[nst++] = ss = b;
				fresh = 1;
				i = b;
				continue;
			}
		} else if (i < c.lastc && i >= mend && spaced(&c, i)) {
			switch (item_here(&c, i, &m)) {
			case 1:
				starts[nst++] = ss = i;
				fresh = 1;
				continue;
			case 2:
				mend = m.end;
				break;
			}
		}
		if (i < mend) {
			i++;
			continue;
		}
		if ((b = terminal(&c, ss, i, &next)) != 0 && b > ss) {
			starts[nst++] = ss = b;
			fresh = 1;
			i = b;
			continue;
		}
		i = next > i ? next : i + 1;
	}
	str_free(&fold);
	return nst;
}

/*
 * Does s[0..n) end with a title that takes a name after it ("Mr.",
 * "Dr.", "Prof.", "H.E."), capitalized and glued to its period, after
 * nothing, a space or an opening bracket?  Not after a capitalized word,
 * where the abbreviation ends a place ("Main St."), as period_class()
 * reads it.  For the line stages: a line that ends so goes on.
 */
int
sent_title_end(const char *s, size_t n)
{
	const struct abbr *a;
	char key[KEYMAX];
	size_t w, k, e;

	if (n < 3 || s[n - 1] != '.')
		return 0;
	for (w = n - 1; w > 0 && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') ||
	    (s[w - 1] >= 'A' && s[w - 1] <= 'Z') || (s[w - 1] == '.' &&
	    w - 1 > 0 && w < n - 1)); w--)
		;
	if (w == n - 1 || s[w] < 'A' || s[w] > 'Z' ||
	    (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\t' &&
	    s[w - 1] != '(' && s[w - 1] != '['))
		return 0;
	if (lower_key(s + w, n - 1 - w, key) == 0 ||
	    (a = lookup(key, n - 1 - w, abbrs, NELEM(abbrs),
	    sizeof(abbrs[0]))) == NULL || a->cls != AB_TITLE)
		return 0;
	/* the word before, if any: capitalized, it makes a place name */
	for (e = w; e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'); e--)
		;
	for (k = e; k > 0 && s[k - 1] != ' ' && s[k - 1] != '\t'; k--)
		;
	return !(k < e && s[k] >= 'A' && s[k] <= 'Z');
}

int
sent_label_at(const char *s, const struct tok *toks, size_t ntok, size_t k)
{
	struct ctx c;

	memset(&c, 0, sizeof(c));
	c.s = s;
	c.t = toks;
	c.n = ntok;
	return k + 2 < ntok && lower_short(&c, k) && is(&c, k + 1, ".") &&
	    !spaced(&c, k + 1) && spaced(&c, k + 2);
}

/*
 * Learning from the corpus (sent_abbrev, see sent.h).
 */

struct sent_abbrev *
sent_abbrev_new(void)
{
	struct sent_abbrev *ab = xcalloc(1, sizeof(*ab));

	ht_init(&ab->ht, 0);
	return ab;
}

void
sent_abbrev_free(struct sent_abbrev *ab)
{
	if (ab == NULL)
		return;
	ht_free(&ab->ht);
	VEC_FREE(ab->cnt);
	str_free(&ab->fold);
	free(ab);
}

/* The counts of the word w[0..n), folded into scratch, or NULL. */
static const struct wcount *
ab_get(const struct sent_abbrev *ab, const char *w, size_t n,
    struct str *scratch)
{
	const struct ht_entry *e;

	str_clear(scratch);
	utf8_fold(w, n, scratch);
	if (scratch->n == 0 ||
	    (e = ht_get(&ab->ht, scratch->s, scratch->n)) == NULL)
		return NULL;
	return &ab->cnt.v[e->val - 1];
}

/* The signature of a word w[0..n) as written: its length and its first
 * and last bytes, ASCII letters lower-cased (as utf8_fold does); 0xFFFF
 * for a word with a byte beyond ASCII, that all such words share. */
static unsigned
word_sig(const char *w, size_t n)
{
	unsigned h = (unsigned)n * 0x9E37u, a, b;
	size_t k;

	for (k = 0; k < n; k++)
		if ((unsigned char)w[k] >= 0x80)
			return 0xFFFF;
	a = (unsigned char)w[0] | 0x20;
	b = (unsigned char)w[n - 1] | 0x20;
	h = (h ^ a) * 0x45D9F3Bu;
	h = (h ^ b) * 0x45D9F3Bu;
	return (h >> 16) & 0xFFFE;
}

static int
sig_maybe(const struct sent_abbrev *ab, const char *w, size_t n)
{
	unsigned g = word_sig(w, n);

	return (ab->sig[g >> 3] >> (g & 7)) & 1;
}

/* Notes token i of c, a word, as one to count. */
static void
note_word(struct sent_abbrev *ab, const struct ctx *c, size_t i)
{
	struct ht_entry *e;
	unsigned g;
	int isnew;

	str_clear(&ab->fold);
	utf8_fold(ttext(c, i), tlen(c, i), &ab->fold);
	if (ab->fold.n == 0)
		return;
	e = ht_upsert(&ab->ht, ab->fold.s, ab->fold.n, &isnew);
	if (isnew) {
		struct wcount z;

		memset(&z, 0, sizeof(z));
		VEC_PUSH(ab->cnt, z);
		e->val = ab->cnt.n;
	}
	g = word_sig(ttext(c, i), tlen(c, i));
	ab->sig[g >> 3] |= (uint8_t)(1u << (g & 7));
}

void
sent_abbrev_note(struct sent_abbrev *ab, const char *s,
    const struct tok *toks, size_t ntok)
{
	struct ctx c;
	size_t i, k;

	if (ab->done)
		return;
	ab->noted = 1;
	memset(&c, 0, sizeof(c));
	c.s = s;
	c.t = toks;
	c.n = ntok;
	for (i = 0; i + 1 < ntok; i++) {
		const struct tok *t = &toks[i];

		if (t->type != TOK_WORD || !(t->flags & (TF_UPPER | TF_LOWER)))
			continue;
		if (t->flags & TF_DOTTED) {
			/* "U.S. Crowds": the word after it */
			if (s[t->end - 1] != '.')
				continue;
			k = i + 1;
		} else if (!spaced(&c, i + 1) && is(&c, i + 1, ".")) {
			note_word(ab, &c, i);
			k = i + 2;
		} else
			continue;
		/* the capitalized word after it, past opening quotes */
		while (k < ntok && k < i + 5 && (toks[k].type == TOK_PUNCT))
			k++;
		if (k < ntok && toks[k].type == TOK_WORD &&
		    (toks[k].flags & TF_UPPER) && !(toks[k].flags & TF_DOTTED))
			note_word(ab, &c, k);
	}
}

/* Does a sentence end for sure before token i: after ! or ?, or after a
 * period glued to a lower-case word of four letters or more? */
static int
after_sentence(const struct ctx *c, size_t i)
{
	const struct tok *w;

	if (i < 2 || !spaced(c, i))
		return 0;
	if (is(c, i - 1, "!") || is(c, i - 1, "?"))
		return 1;
	if (!is(c, i - 1, ".") || spaced(c, i - 1))
		return 0;
	w = &c->t[i - 2];
	return w->type == TOK_WORD && (w->flags & TF_LOWER) &&
	    !(w->flags & TF_DOTTED) && w->end - w->start >= 4;
}

/* Is the capitalized token i inside a sentence for sure: after a plain
 * word (not an abbreviation that may end one), a number, "," or ";"? */
static int
mid_sentence(const struct ctx *c, size_t i)
{
	const struct tok *p;

	if (i == 0)
		return 0;
	p = &c->t[i - 1];
	if (p->type == TOK_WORD)
		return !(p->flags & TF_DOTTED);
	if (p->type == TOK_NUM)
		return 1;
	return is(c, i - 1, ",") || is(c, i - 1, ";");
}

void
sent_abbrev_add(struct sent_abbrev *ab, const char *s,
    const struct tok *toks, size_t ntok)
{
	struct ctx c;
	struct ht_entry *e;
	struct wcount *w;
	size_t i;
	int isnew;

	if (ab->done)
		return;
	memset(&c, 0, sizeof(c));
	c.s = s;
	c.t = toks;
	c.n = ntok;
	for (i = 0; i < ntok; i++) {
		const struct tok *t = &toks[i];

		if (t->type != TOK_WORD || (t->flags & TF_DOTTED) ||
		    !(t->flags & (TF_UPPER | TF_LOWER)))
			continue;
		/* Only the noted words, when some were: most words fail
		 * the signature test, without a fold or a lookup. */
		if (ab->noted && !sig_maybe(ab, ttext(&c, i), tlen(&c, i)))
			continue;
		str_clear(&ab->fold);
		utf8_fold(ttext(&c, i), tlen(&c, i), &ab->fold);
		if (ab->fold.n == 0)
			continue;
		if (ab->noted) {
			if ((e = ht_get(&ab->ht, ab->fold.s,
			    ab->fold.n)) == NULL)
				continue;
			isnew = 0;
		} else
			e = ht_upsert(&ab->ht, ab->fold.s, ab->fold.n, &isnew);
		if (isnew) {
			struct wcount z;

			memset(&z, 0, sizeof(z));
			VEC_PUSH(ab->cnt, z);
			e->val = ab->cnt.n;
		}
		w = &ab->cnt.v[e->val - 1];
		w->tot++;
		if (t->flags & TF_LOWER)
			w->lower++;
		else if (mid_sentence(&c, i))
			w->upper_mid++;
		else if (after_sentence(&c, i))
			w->upper_first++;
		/* glued to one period, not to an ellipsis */
		if (i + 1 < ntok && !spaced(&c, i + 1) && is(&c, i + 1, ".") &&
		    (i + 2 >= ntok || !is(&c, i + 2, "."))) {
			w->per++;
			/* not before a list item: "Smith. a. here" */
			if (i + 3 < ntok && tlen(&c, i + 2) == 1 &&
			    !spaced(&c, i + 3) && (is(&c, i + 3, ".") ||
			    is(&c, i + 3, ")")))
				;
			else if (i + 2 < ntok && ((toks[i + 2].type ==
			    TOK_WORD && (toks[i + 2].flags & TF_LOWER)) ||
			    is(&c, i + 2, ",") || is(&c, i + 2, ";")))
				w->per_low++;
			else if (i + 2 < ntok && toks[i + 2].type == TOK_NUM &&
			    !(t->flags & TF_ALLCAPS))
				w->per_num++;	/* not "DHS. 6 As defined" */
		}
	}
}

/* The number of letters of the word w[0..n), or 0 when it has anything
 * but letters and marks. */
static size_t
letters(const char *w, size_t n)
{
	size_t k = 0, nl = 0;
	int32_t cp;
	int l;

	while (k < n) {
		if ((l = utf8_decode(w + k, n - k, &cp)) <= 0)
			return 0;
		if (utf8_isalpha(cp))
			nl++;
		else if (!utf8_ismark(cp))
			return 0;
		k += (size_t)l;
	}
	return nl;
}

void
sent_abbrev_done(struct sent_abbrev *ab)
{
	size_t i, nl;

	if (ab->done)
		return;
	for (i = 0; i < ab->ht.n; i++) {
		const struct ht_entry *e = &ab->ht.ents[i];
		struct wcount *w = &ab->cnt.v[e->val - 1];

		/* one letter is an initial anyway; ii. is a list marker */
		nl = letters(e->key, e->len);
		if (nl < 2 || nl > 6 || lower_roman(e->key, e->len) > 0)
			;
		else if (w->per_low >= 2 && 2 * w->per_low >= w->per)
			w->abbr = 1;
		else if (nl <= 4 && w->per_low + w->per_num >= 2 &&
		    10 * (w->per_low + w->per_num) >= 9 * w->per)
			w->abbr = 1;	/* Ver. 1.0; not "fields. 89 The" */
		else if (nl <= 4 && w->per >= 3 && w->per_low >= 1 &&
		    10 * (w->tot - w->per) <= w->tot)
			w->abbr = 1;
		w->starter = w->lower > 0 && w->upper_mid == 0 &&
		    w->upper_first > 0;
	}
	str_free(&ab->fold);
	ab->done = 1;
}

/* What the learning decided of w[0..n): abbreviation (starter 0) or
 * sentence starter (starter 1); 0 for a word it never saw. */
static int
ab_learned(const struct sent_abbrev *ab, const char *w, size_t n,
    int starter)
{
	struct str scratch = { 0 };
	const struct wcount *c;
	int r = 0;

	if (ab != NULL && ab->done && (c = ab_get(ab, w, n, &scratch)) != NULL)
		r = starter ? c->starter : c->abbr;
	str_free(&scratch);
	return r;
}

int
sent_abbrev_is(const struct sent_abbrev *ab, const char *w, size_t n)
{
	return ab_learned(ab, w, n, 0);
}

int
sent_abbrev_starter(const struct sent_abbrev *ab, const char *w, size_t n)
{
	return ab_learned(ab, w, n, 1);
}
