/*
 * txkwic: keyword in context.  Every match of the queries in the cleaned
 * text of txseg, with its document, section, paragraph, sentence and byte
 * offsets in the source file; for people an aligned concordance, for
 * machines TSV or CSV; counts per section and a dispersion plot.
 */
#include <unicode/ucol.h>
#include <unicode/ustring.h>
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "docopt.h"
#include "inputs.h"
#include "io.h"
#include "meta.h"
#include "query.h"
#include "rx.h"
#include "sent.h"
#include "sniff.h"
#include "source.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"

enum { FMT_HUMAN, FMT_TSV, FMT_CSV };
enum { WITHIN_PARA, WITHIN_SENT };
#define MAXKEYS	8
#define PLOTW	50
#define COLUMNS	80

struct opts {
	struct query q;		/* -e, -f, -F, -i, -w, -p (query.h) */
	size_t	 left, right;	/* context each side: chars, or tokens */
	int	 words;		/* --words: context in tokens */
	int	 within;
	int	 fmt, color, count, plot;
	int	 notoc, noheadings;	/* --no-toc, --no-headings */
	int	 safe;		/* --csv-safe */
	int	 keys[MAXKEYS];	/* --sort: -k for Lk, +k for Rk */
	int	 nkeys;
	const char *by;		/* --by VAR (with --count) */
	const char *meta;	/* --meta FILE */
	struct doc_opts doc;
};

/* One hit, its strings in a shared store (offsets, so it can grow). */
struct hit {
	size_t	 doc, sec;	/* store offsets of NUL-terminated names */
	size_t	 par, sent, start, end;
	int	 kind;		/* enum para_kind */
	size_t	 left, match, right, key[MAXKEYS];	/* store offsets */
	size_t	 ckey[MAXKEYS];	/* --collate: the keys' ICU sort keys */
	size_t	 seq;
};

/* Hits per section, for --count and --plot. */
struct secount {
	size_t	 doc, sec;	/* store offsets */
	size_t	 grp;		/* --by: the document's value (store) */
	size_t	 hits, words;
};

struct state {
	const struct opts *o;
	struct rx *rx;
	UCollator *coll;	/* --collate pinyin, or NULL: code points */
	VEC(UChar) u16;		/* a key in UTF-16, for the collator */
	struct out out;
	struct str store;
	VEC(struct hit) hits;	/* kept for --sort */
	VEC(struct secount) secs;
	VEC(size_t) plotpos;	/* --plot: hit offsets of the current doc */
	size_t	 nhits, seq;
	size_t	 docname;	/* store offset of the current doc's id */
	struct meta_var *var;	/* --by VAR, or NULL */
	size_t	 docgroup;	/* store offset of its value for the doc */
	size_t	 srclen;	/* the current document's size */
	size_t	 lastsec;	/* secs index of the current section + 1 */
	char	 errbuf[256];
	/* the paragraph at hand (see struct feed): what is held of it */
	const struct feed *feed;
	int	 fed;		/* the feed said its end */
	VEC(struct sentence) sents;	/* from sh on */
	VEC(struct tok) toks;	/* from th on */
	size_t	 sh, th;
	int	 anytok;	/* a token was pulled: lastend is its end */
	size_t	 lastend;
	size_t	 words;		/* word tokens pulled (--count) */
	int	 needtok;	/* tokens are held */
	size_t	 needl, needr;	/* --words: context tokens each side */
	size_t	 needlw, needrw;	/* sort keys: words each side */
	size_t	 trimat;	/* trim the tokens when this many are held */
	VEC(struct tok) chunk;	/* a stream record's tokens, a chunk */
	struct str tmp;
};

enum { OPT_WIDTH = 256, OPT_WORDS, OPT_LEFT, OPT_RIGHT, OPT_WITHIN, OPT_SORT,
	OPT_TSV, OPT_CSV, OPT_COLOR, OPT_COUNT, OPT_PLOT, OPT_NOTOC,
	OPT_NOHEAD, OPT_BY, OPT_COLLATE };

static const struct option longopts[] = {
	QUERY_LONGOPTS,
	{ "width",	required_argument, NULL, OPT_WIDTH },
	{ "words",	required_argument, NULL, OPT_WORDS },
	{ "left",	required_argument, NULL, OPT_LEFT },
	{ "right",	required_argument, NULL, OPT_RIGHT },
	{ "within",	required_argument, NULL, OPT_WITHIN },
	{ "sort",	required_argument, NULL, OPT_SORT },
	{ "collate",	required_argument, NULL, OPT_COLLATE },
	{ "tsv",	no_argument,	   NULL, OPT_TSV },
	{ "csv",	no_argument,	   NULL, OPT_CSV },
	OUT_CSV_SAFE_LONGOPT,
	{ "color",	optional_argument, NULL, OPT_COLOR },
	{ "colour",	optional_argument, NULL, OPT_COLOR },
	{ "count",	no_argument,	   NULL, OPT_COUNT },
	{ "plot",	no_argument,	   NULL, OPT_PLOT },
	{ "no-toc",	no_argument,	   NULL, OPT_NOTOC },
	{ "no-headings", no_argument,	   NULL, OPT_NOHEAD },
	{ "by",		required_argument, NULL, OPT_BY },
	META_LONGOPTS,
	DOC_LONGOPTS,
	INPUTS_LONGOPTS,
	{ "help",	no_argument,	   NULL, 'h' },
	{ "version",	no_argument,	   NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txkwic [-Fiw] [-e pattern]... [-f file] [-p phrase]...\n"
    "              [--width n | --words n] [--left n] [--right n]\n"
    "              [--within sent|para] [--sort L1,R1,... [--collate pinyin]]\n"
    "              [--tsv | --csv | --csv-safe | --count | --plot]\n"
    "              [--color[=when]] [--no-toc] [--no-headings]\n"
    "              [--count --by var [--meta file]]\n"
    "              [cleanup options] [--id-from suffix|path|base]\n"
    "              [--files-from list [-0]] [-r dir] [pattern] [file ...]\n";

static const char help_text[] =
"\n"
"Finds every match of the patterns (PCRE2, Unicode) in the cleaned text of\n"
"the files, as txseg makes it: wrapped lines joined, line-break hyphens\n"
"resolved (mul- / tilateral is multilateral), page furniture left out.\n"
"Headings and contents lines are searched too; --tsv tells their kind.\n"
"Prints a concordance, the matches in one column.\n"
"\n"
"Queries (without -e, -f or -p the first argument is the pattern):\n"
QUERY_HELP
"Context:\n"
"      --width N       N characters each side (default 35: 80 columns)\n"
"      --words N       N tokens each side instead (not with --width)\n"
"      --left N, --right N  one side only\n"
"      --within sent|para   stop the context at the sentence or paragraph\n"
"                      (default: para)\n"
"What to search:\n"
"      --no-toc        leave out contents lines (kind toc)\n"
"      --no-headings   leave out headings (kind heading)\n"
"Order and output:\n"
"      --sort KEYS     by L1 (the word left of the match), R1 (right)...,\n"
"                      case-folded; ties keep document order (not with\n"
"                      --count or --plot)\n"
"      --collate ORDER the keys' order: codepoint (default) or pinyin\n"
"                      (ICU's Chinese collation: Han by their pinyin)\n"
"      --tsv, --csv    doc sec par sent kind start end left match right\n"
"                      (kind: text, heading or toc)\n"
OUT_CSV_SAFE_HELP
"      --count         hits per document (sec *) and per section, with the\n"
"                      words searched: doc sec hits words (TSV, or CSV)\n"
"      --by VAR        with --count: hits per value of variable VAR (a\n"
"                      column of --meta, or of txseg's stream):\n"
"                      VAR docs hits words\n"
META_HELP
"      --plot          a dispersion plot, a row per document\n"
"      --color[=WHEN]  auto (default: a terminal, no NO_COLOR), always, never\n"
DOC_HELP
INPUTS_HELP
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"Exit status: 0 when something matched, 1 when nothing did, 2 on trouble\n"
"(a bad pattern, an unreadable file, a pattern that backtracks past the\n"
"match limit).  See txkwic(1).\n";

/* --sort L1,R2,... */
static void
parse_sort(const char *arg, struct opts *o)
{
	const char *p = arg;

	o->nkeys = 0;
	while (*p != '\0') {
		int side, k;

		if (*p == 'L' || *p == 'l')
			side = -1;
		else if (*p == 'R' || *p == 'r')
			side = 1;
		else
			goto bad;
		p++;
		if (*p < '1' || *p > '9')
			goto bad;
		k = *p++ - '0';
		if (o->nkeys == MAXKEYS)
			errx(STATUS_TROUBLE, "--sort: at most %d keys", MAXKEYS);
		o->keys[o->nkeys++] = side * k;
		if (*p == ',')
			p++;
		else if (*p != '\0')
			goto bad;
	}
	if (o->nkeys > 0)
		return;
bad:
	errx(STATUS_TROUBLE, "--sort: '%s': keys such as L1,R1,L2 (L or R and "
	    "1 to 9)", arg);
}

/*
 * Output.
 */

static size_t
store(struct state *st, const char *s, size_t n)
{
	size_t off = st->store.n;

	str_add(&st->store, s, n);
	str_addc(&st->store, '\0');
	return off;
}

#define S(st, off)	((st)->store.s + (off))

/*
 * The ICU sort key of the key at store offset k, stored: the collator's
 * order is the order of these bytes (strcmp), so each key is converted
 * once, not at every comparison of the sort.
 */
static size_t
coll_key(struct state *st, size_t k)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t n, need;
	size_t off;

	u_strFromUTF8(NULL, 0, &n, S(st, k), -1, &e);
	if (e != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(e))
		errx(STATUS_TROUBLE, "--collate: %s", u_errorName(e));
	e = U_ZERO_ERROR;
	VEC_GROW(st->u16, (size_t)n + 1);
	u_strFromUTF8(st->u16.v, n + 1, NULL, S(st, k), -1, &e);
	if (U_FAILURE(e))
		errx(STATUS_TROUBLE, "--collate: %s", u_errorName(e));
	need = ucol_getSortKey(st->coll, st->u16.v, n, NULL, 0);
	off = st->store.n;
	str_grow(&st->store, (size_t)need);
	ucol_getSortKey(st->coll, st->u16.v, n,
	    (uint8_t *)st->store.s + off, need);
	/* need counts the key's final NUL */
	st->store.n = off + (size_t)need;
	return off;
}

/* Spaces, tabs and newlines as one space (context shows on one line). */
static void
one_line(const char *s, size_t n, struct str *b)
{
	size_t i;

	str_clear(b);
	for (i = 0; i < n; i++)
		str_addc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ?
		    ' ' : s[i]);
}

/* Display width of s[0..n). */
static size_t
width_of(const char *s, size_t n)
{
	size_t i = 0, w = 0;
	int32_t cp;
	int l;

	while (i < n) {
		l = utf8_decode(s + i, n - i, &cp);
		if (l < 1)
			l = 1, cp = 0xFFFD;
		w += (size_t)utf8_width(cp);
		i += (size_t)l;
	}
	return w;
}

/* The longest tail of s[0..n) at most w columns wide: its start. */
static size_t
tail_cols(const char *s, size_t n, size_t w)
{
	size_t i = n, used = 0;

	while (i > 0) {
		size_t j = i - 1;
		int32_t cp;
		int l, cw;

		while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
			j--;
		l = utf8_decode(s + j, i - j, &cp);
		cw = l < 1 ? 1 : utf8_width(cp);
		if (used + (size_t)cw > w)
			break;
		used += (size_t)cw;
		i = j;
	}
	return i;
}

/* The longest head of s[0..n) at most w columns wide: its length. */
static size_t
head_cols(const char *s, size_t n, size_t w)
{
	size_t i = 0, used = 0;

	while (i < n) {
		int32_t cp;
		int l = utf8_decode(s + i, n - i, &cp), cw;

		if (l < 1)
			l = 1, cp = 0xFFFD;
		cw = utf8_width(cp);
		if (used + (size_t)cw > w)
			break;
		used += (size_t)cw;
		i += (size_t)l;
	}
	return i;
}

/* A concordance line: the left context right-aligned in `left` columns,
 * the match, the right context cut at COLUMNS. */
static void
print_human(struct state *st, const struct hit *h)
{
	const struct opts *o = st->o;
	const char *l = S(st, h->left), *m = S(st, h->match), *r = S(st, h->right);
	size_t ln = strlen(l), mn = strlen(m), rn = strlen(r);
	size_t lw = o->words ? 35 : o->left, a, lwid, mw, room, k;

	if (lw > COLUMNS)
		lw = COLUMNS;
	a = tail_cols(l, ln, lw);
	lwid = width_of(l + a, ln - a);
	for (k = lwid; k < lw; k++)
		out_raw(&st->out, " ", 1);
	out_raw(&st->out, l + a, ln - a);
	out_raw(&st->out, " ", 1);
	if (st->o->color)
		out_raw(&st->out, "\033[1;31m", 7);
	out_raw(&st->out, m, mn);
	if (st->o->color)
		out_raw(&st->out, "\033[0m", 4);
	out_raw(&st->out, " ", 1);
	mw = width_of(m, mn);
	room = lw + 2 + mw < COLUMNS ? COLUMNS - lw - 2 - mw : 0;
	if (!o->words && o->right < room)
		room = o->right;
	out_raw(&st->out, r, head_cols(r, rn, room));
	out_raw(&st->out, "\n", 1);
}

/* The stream's name of a paragraph kind. */
static const char *
kind_name(int kind)
{
	return kind == PK_HEADING ? "heading" : kind == PK_TOC ? "toc" : "text";
}

static void
print_record(struct state *st, const struct hit *h)
{
	int i;

	if (st->o->fmt == FMT_HUMAN) {
		print_human(st, h);
		return;
	}
	out_cstr(&st->out, S(st, h->doc));
	out_cstr(&st->out, S(st, h->sec));
	out_u64(&st->out, h->par);
	out_u64(&st->out, h->sent);
	out_cstr(&st->out, kind_name(h->kind));
	out_u64(&st->out, h->start);
	out_u64(&st->out, h->end);
	out_cstr(&st->out, S(st, h->left));
	out_cstr(&st->out, S(st, h->match));
	out_cstr(&st->out, S(st, h->right));
	for (i = 0; i < st->o->nkeys; i++)
		out_cstr(&st->out, S(st, h->key[i]));
	out_endrec(&st->out);
}

static void
print_header(struct state *st)
{
	static const char *const cols[] = { "doc", "sec", "par", "sent",
	    "kind", "start", "end", "left", "match", "right", NULL };
	char name[16];
	int i;

	if (st->o->fmt == FMT_HUMAN || st->o->count || st->o->plot)
		return;
	for (i = 0; cols[i] != NULL; i++)
		out_cstr(&st->out, cols[i]);
	for (i = 0; i < st->o->nkeys; i++) {
		snprintf(name, sizeof(name), "%c%d", st->o->keys[i] < 0 ? 'L' :
		    'R', abs(st->o->keys[i]));
		out_cstr(&st->out, name);
	}
	out_endrec(&st->out);
}

/*
 * Matching.
 */

/* Steps back n characters from off, not before lo. */
static size_t
back_chars(const char *s, size_t off, size_t lo, size_t n)
{
	while (n > 0 && off > lo) {
		off--;
		while (off > lo && ((unsigned char)s[off] & 0xC0) == 0x80)
			off--;
		n--;
	}
	return off;
}

static size_t
fwd_chars(const char *s, size_t off, size_t hi, size_t n)
{
	while (n > 0 && off < hi) {
		off++;
		while (off < hi && ((unsigned char)s[off] & 0xC0) == 0x80)
			off++;
		n--;
	}
	return off;
}

static int
is_word(int type)
{
	return type != TOK_PUNCT && type != TOK_SYM;
}

/*
 * A paragraph's sentences and their tokens are pulled in order, as the
 * hits need them, and only what later hits may need is held: the
 * sentences from the one that holds the point reached, and the tokens
 * that a left context or a left key can reach back to.  So a paragraph of
 * any size (a 1 GB line) is searched in bounded memory, with the whole
 * paragraph's tokens for its context and keys.
 */
struct feed {
	/* The next sentence with its tokens, or (*more set) more tokens of
	 * the last one; 0 after the end. */
	int	(*next)(void *arg, struct sentence *s, int *more);
	void	*arg;
	int	 single;	/* one sentence only: known from the start */
};

/* Held tokens are trimmed when TRIMSLACK more than they need are held. */
#define TRIMSLACK	65536
#define NONE		((size_t)-1)

static void
feed_start(struct state *st, const struct feed *f)
{
	const struct opts *o = st->o;
	int k;

	st->feed = f;
	st->fed = 0;
	st->sents.n = st->sh = 0;
	st->toks.n = st->th = 0;
	st->anytok = 0;
	st->lastend = 0;
	st->words = 0;
	/* Tokens are held only for --words and the sort keys. */
	st->needtok = o->words || o->nkeys > 0 || o->q.han;
	st->needl = o->words ? o->left : 0;
	st->needr = o->words ? o->right : 0;
	st->needlw = st->needrw = 0;
	for (k = 0; k < o->nkeys; k++) {
		if (-o->keys[k] > (int)st->needlw)
			st->needlw = (size_t)-o->keys[k];
		if (o->keys[k] > (int)st->needrw)
			st->needrw = (size_t)o->keys[k];
	}
	st->trimat = st->needl + st->needlw + TRIMSLACK;
}

/* Pulls the next piece of the paragraph; its tokens are held when keep. */
static int
pull(struct state *st, int keep)
{
	struct sentence s;
	size_t i;
	int more = 0;

	if (st->fed || !st->feed->next(st->feed->arg, &s, &more)) {
		st->fed = 1;
		return 0;
	}
	if (st->o->count)
		for (i = 0; i < s.ntok; i++)
			st->words += is_word(s.toks[i].type);
	if (s.ntok > 0) {
		st->anytok = 1;
		st->lastend = s.toks[s.ntok - 1].end;
	}
	if (!keep)
		return 1;
	if (st->needtok && s.ntok > 0) {
		VEC_GROW(st->toks, st->toks.n + s.ntok);
		memcpy(st->toks.v + st->toks.n, s.toks, s.ntok *
		    sizeof(*s.toks));
		st->toks.n += s.ntok;
	}
	if (!more) {
		s.toks = NULL;	/* the road's array is gone at the next pull */
		s.ntok = 0;
		VEC_PUSH(st->sents, s);
	}
	return 1;
}

/* The first held token that ends after off (or starts at or after off,
 * by start): st->toks.n when there is none. */
static size_t
tok_after(const struct state *st, size_t off, int by_start)
{
	size_t lo = st->th, hi = st->toks.n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct tok *t = &st->toks.v[mid];

		if ((by_start ? t->start < off : t->end <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Lets go of what no hit at or after sref (sentences) and tref (tokens)
 * needs: the sentences before the one that holds sref, the tokens before
 * the last that a left context or key of a hit at tref reaches.
 */
static void
trim(struct state *st, size_t sref, size_t tref)
{
	size_t i, na = 0, nw = 0, n;

	while (st->sh + 1 < st->sents.n && st->sents.v[st->sh + 1].cstart <=
	    sref)
		st->sh++;
	if (st->sh > 4096 && st->sh * 2 > st->sents.n) {
		n = st->sents.n - st->sh;
		memmove(st->sents.v, st->sents.v + st->sh, n *
		    sizeof(*st->sents.v));
		st->sents.n = n;
		st->sh = 0;
	}
	if (st->toks.n - st->th < st->trimat)
		return;
	for (i = tok_after(st, tref, 0); i > st->th && (na < st->needl ||
	    nw < st->needlw); na++)
		nw += is_word(st->toks.v[--i].type);
	n = st->toks.n - i;
	if (n > 0)
		memmove(st->toks.v, st->toks.v + i, n * sizeof(*st->toks.v));
	st->toks.n = n;
	st->th = 0;
	st->trimat = n + st->needl + st->needlw + TRIMSLACK;
}

/* Pulls until the sentence that holds off is known (and, for tokens, every
 * token that ends at or before it), trimming for tokens at tref. */
static void
pull_to(struct state *st, size_t off, size_t tref, int toks)
{
	while (!st->fed) {
		int sknown = st->sents.n > st->sh && (st->feed->single ||
		    st->sents.v[st->sents.n - 1].cstart > off);
		int tknown = !toks || !st->needtok || (st->anytok &&
		    st->lastend > off);

		if (sknown && tknown)
			break;
		pull(st, 1);
		trim(st, off, tref);
	}
}

/* The held sentence that holds clean offset off: the last that starts at
 * or before it (or the first); NONE when the paragraph has none. */
static size_t
sent_at(const struct state *st, size_t off)
{
	size_t lo = st->sh, hi = st->sents.n;

	if (lo == hi)
		return NONE;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (st->sents.v[mid].cstart <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The section counter of (doc, sec), added when it is new. */
static struct secount *
section(struct state *st, const char *sec)
{
	struct secount *sc;

	if (st->lastsec > 0) {
		sc = &st->secs.v[st->lastsec - 1];
		if (sc->doc == st->docname && strcmp(S(st, sc->sec), sec) == 0)
			return sc;
	}
	{
		struct secount z = { 0 };

		z.doc = st->docname;
		z.grp = st->docgroup;
		z.sec = store(st, sec, strlen(sec));
		VEC_PUSH(st->secs, z);
	}
	st->lastsec = st->secs.n;
	return &st->secs.v[st->secs.n - 1];
}

/* The right side of a hit, found in the tokens as they come: the end of
 * its --words context (the tokens from me that end by hi) and the word
 * tokens from me, for its right keys. */
struct right {
	size_t	 me, hi;
	size_t	 nr, b;		/* context tokens found, and their end */
	int	 closed;	/* a token past hi: the context is complete */
	size_t	 nw;		/* word tokens found */
	size_t	 ws[10], we[10];	/* the k-th word's span, k = 1..9 */
};

static void
right_scan(const struct state *st, struct right *r, size_t from)
{
	size_t i;

	for (i = from; i < st->toks.n; i++) {
		const struct tok *t = &st->toks.v[i];

		if (t->start < r->me)
			continue;
		if (t->end > r->hi)
			r->closed = 1;
		else if (!r->closed && r->nr < st->needr) {
			r->b = t->end;
			r->nr++;
		}
		if (r->nw < st->needrw && is_word(t->type)) {
			r->nw++;
			r->ws[r->nw] = t->start;
			r->we[r->nw] = t->end;
		}
	}
}

static int
right_done(const struct state *st, const struct right *r)
{
	return (r->closed || r->nr >= st->needr) && r->nw >= st->needrw;
}

/*
 * The next hit at or after from: a match of st->rx whose edges, where
 * they fall inside Han text (query_han_inner), are token edges, so that
 * -w 网络 does not find the 网络 of a word 网络化 that jieba keeps whole.  Tokens are
 * held from tref on.  Returns rx_exec's 1, 0 or -1.
 */
static int
next_hit(struct state *st, const char *text, size_t len, size_t from,
    size_t tref, size_t *ms, size_t *me)
{
	int rc;

	for (;;) {
		size_t i, t;
		int ok = 1;

		rc = rx_exec(st->rx, text, len, from, ms, me, st->errbuf,
		    sizeof(st->errbuf));
		if (rc != 1 || !st->o->q.han || *me <= *ms)
			return rc;
		if (query_han_inner(text, len, *ms) ||
		    query_han_inner(text, len, *me)) {
			pull_to(st, *me, tref < *ms ? tref : *ms, 1);
			t = tok_after(st, *ms, 1);
			if (query_han_inner(text, len, *ms) && (t >= st->toks.n ||
			    st->toks.v[t].start != *ms))
				ok = 0;
			i = tok_after(st, *me, 0);
			if (query_han_inner(text, len, *me) && (i <= st->th ||
			    st->toks.v[i - 1].end != *me))
				ok = 0;
		}
		if (ok)
			return rc;
		from = fwd_chars(text, *ms, len, 1);
	}
}

/*
 * Finds the hits in one paragraph of cleaned text, of kind `kind` (enum
 * para_kind: text, heading or contents line), its sentences and tokens
 * from f.  map: the paragraph, for source offsets (NULL: a stream record,
 * see below).
 */
static void
match_para(struct state *st, const struct feed *f, const char *sec,
    size_t parno, int kind, const char *text, size_t len,
    const struct para *map, size_t recstart, size_t recend, int exact)
{
	const struct opts *o = st->o;
	size_t ms, me, nms = 0, nme = 0, i;
	struct secount *sc = NULL;
	int rc;

	feed_start(st, f);
	if (o->count || o->plot)
		sc = section(st, sec);
	rc = next_hit(st, text, len, 0, 0, &ms, &me);
	while (rc == 1) {
		struct hit h;
		struct right r;
		size_t lo = 0, hi = len, a, b, e, s0, s1, pos, next;
		int k;

		if (me == ms && ms >= len)
			break;
		/* The next match, to know what this one may let go of.  An
		 * empty match moves on by a character. */
		pos = me > ms ? me : fwd_chars(text, me, len, 1);
		rc = next_hit(st, text, len, pos, ms, &nms, &nme);
		next = rc == 1 ? nms : (size_t)-1;
		st->nhits++;
		if (sc != NULL)
			sc->hits++;
		if (map != NULL) {
			h.start = para_src_start(map, ms);
			h.end = para_src_end(map, me);
		} else if (exact) {
			h.start = recstart + ms;
			h.end = recstart + me;
		} else {
			h.start = recstart;
			h.end = recend;
		}
		if (o->plot)
			VEC_PUSH(st->plotpos, h.start);
		if (o->count || o->plot)
			goto nexthit;

		/* The left side: the sentence of ms, the tokens before. */
		pull_to(st, ms, ms, 1);
		s0 = sent_at(st, ms);
		if (o->within == WITHIN_SENT && s0 != NONE &&
		    (lo = st->sents.v[s0].cstart) > ms)
			lo = ms;
		h.doc = st->docname;
		h.sec = store(st, sec, strlen(sec));
		h.par = parno;
		h.kind = kind;
		h.sent = s0 != NONE ? st->sents.v[s0].sentno : 0;
		e = tok_after(st, ms, 0);	/* tokens [th, e) end by ms */
		if (o->words) {
			/* Whole tokens: o->left before. */
			size_t nl = 0;

			a = ms;
			for (i = e; i > st->th && nl < o->left &&
			    st->toks.v[i - 1].start >= lo; i--, nl++)
				a = st->toks.v[i - 1].start;
		} else
			a = back_chars(text, ms, lo, o->left);
		one_line(text + a, ms - a, &st->tmp);
		h.left = store(st, st->tmp.s, st->tmp.n);
		one_line(text + ms, me - ms, &st->tmp);
		h.match = store(st, st->tmp.s, st->tmp.n);
		for (k = 0; k < o->nkeys; k++) {
			int seen = 0;

			if (o->keys[k] > 0)
				continue;
			str_clear(&st->tmp);
			for (i = e; i > st->th; i--)
				if (is_word(st->toks.v[i - 1].type) &&
				    --seen == o->keys[k])
					break;
			if (i > st->th)
				utf8_fold(text + st->toks.v[i - 1].start,
				    st->toks.v[i - 1].end -
				    st->toks.v[i - 1].start, &st->tmp);
			h.key[k] = store(st, st->tmp.s, st->tmp.n);
		}

		/* The right side: the sentence of the match's end, the
		 * tokens after it. */
		pull_to(st, me > ms ? me - 1 : ms, me, 0);
		s1 = sent_at(st, me > ms ? me - 1 : ms);
		if (o->within == WITHIN_SENT && s1 != NONE &&
		    (hi = st->sents.v[s1].cend) < me)
			hi = me;
		memset(&r, 0, sizeof(r));
		r.me = me;
		r.hi = hi;
		r.b = me;
		right_scan(st, &r, tok_after(st, me, 1));
		while (!right_done(st, &r) && !st->fed) {
			size_t old = st->toks.n;

			pull(st, 1);
			right_scan(st, &r, old);
			trim(st, next, next);
		}
		b = o->words ? r.b : fwd_chars(text, me, hi, o->right);
		one_line(text + me, b - me, &st->tmp);
		h.right = store(st, st->tmp.s, st->tmp.n);
		for (k = 0; k < o->nkeys; k++) {
			size_t w = (size_t)o->keys[k];

			if (o->keys[k] < 0)
				continue;
			str_clear(&st->tmp);
			if (w <= r.nw)
				utf8_fold(text + r.ws[w], r.we[w] - r.ws[w],
				    &st->tmp);
			h.key[k] = store(st, st->tmp.s, st->tmp.n);
		}
		h.seq = st->seq++;
		if (st->coll != NULL)
			for (k = 0; k < o->nkeys; k++)
				h.ckey[k] = coll_key(st, h.key[k]);
		if (o->nkeys > 0)
			VEC_PUSH(st->hits, h);
		else {
			print_record(st, &h);
			/* Nothing of a printed hit is needed again. */
			st->store.n = h.sec;
		}
nexthit:
		ms = nms;
		me = nme;
	}
	if (rc == -1)
		errx(STATUS_TROUBLE, "%s: %s", S(st, st->docname), st->errbuf);
	if (o->count) {
		while (pull(st, 0))
			;
		sc->words += st->words;
	}
}

/* Opens a document: its id becomes the current name. */
static void
doc_start(struct state *st, const char *id, size_t srclen)
{
	st->docname = store(st, id, strlen(id));
	st->srclen = srclen;
	st->plotpos.n = 0;
}

static void
plot_row(struct state *st)
{
	char bar[PLOTW];
	size_t i, n = st->plotpos.n;
	const char *name = S(st, st->docname);
	size_t nl = strlen(name), cut = head_cols(name, nl, 24);
	char num[32];

	memset(bar, '-', sizeof(bar));
	for (i = 0; i < n; i++) {
		size_t c = st->srclen > 0 ? (size_t)((double)st->plotpos.v[i] *
		    PLOTW / (double)st->srclen) : 0;

		bar[c < PLOTW ? c : PLOTW - 1] = '|';
	}
	out_raw(&st->out, name, cut);
	for (i = width_of(name, cut); i < 24; i++)
		out_raw(&st->out, " ", 1);
	snprintf(num, sizeof(num), " %6zu ", n);
	out_raw(&st->out, num, strlen(num));
	out_raw(&st->out, "[", 1);
	out_raw(&st->out, bar, PLOTW);
	out_raw(&st->out, "]\n", 2);
}

static void
doc_end(struct state *st)
{
	if (st->o->plot)
		plot_row(st);
}

/* Are records of this kind searched? */
static int
searched(const struct opts *o, int kind)
{
	return !(kind == PK_TOC && o->notoc) &&
	    !(kind == PK_HEADING && o->noheadings);
}

/* Raw files through the txseg road. */
static int
files_begin(void *arg, struct doc *d, const char *path, const char *id,
    size_t idlen)
{
	size_t srclen;

	doc_source(d, &srclen);
	doc_start(arg, id, srclen);
	if (((struct state *)arg)->var != NULL) {
		struct state *st = arg;
		size_t gl;
		const char *g = meta_var_file(st->var, path, id, idlen, &gl);

		st->docgroup = store(st, g, gl);
	}
	rx_budget(((struct state *)arg)->rx, srclen);
	return 1;
}

static int
road_next(void *arg, struct sentence *s, int *more)
{
	*more = 0;
	return doc_next_sentence(arg, s);
}

static void
files_para(void *arg, struct doc *d, const struct para *p)
{
	struct state *st = arg;
	struct feed f = { road_next, d, 0 };

	/* Sentences left unpulled still count (doc_next). */
	if (searched(st->o, p->kind))
		match_para(st, &f, p->sec, p->parno, p->kind, p->text, p->len,
		    p, 0, 0, 0);
}

static void
files_end(void *arg, struct doc *d)
{
	(void)d;
	doc_end(arg);
}

static void kwic_records(void *, struct stream_in *);

static int
kwic_files(struct state *st, char **paths, int npaths)
{
	struct walk w = { files_begin, files_para, files_end, st, 1,
	    kwic_records };

	return corpus_walk(&st->o->doc, paths, npaths, NULL, 0, &w);
}

/* A stream record's kind, or -1 when it is none of txseg's. */
static int
record_kind(const struct doc_record *r)
{
	static const char *const names[] = { "text", "heading", "toc" };
	static const int kinds[] = { PK_TEXT, PK_HEADING, PK_TOC };
	size_t i;

	for (i = 0; i < 3; i++)
		if (r->lkind == strlen(names[i]) &&
		    memcmp(r->kind, names[i], r->lkind) == 0)
			return kinds[i];
	return -1;
}

/* A stream record as a feed: one sentence, its tokens a chunk at a time. */
struct recfeed {
	struct state *st;
	struct tokenizer t;
	struct sentence s;
	int	 started;
};

#define CHUNK	4096

static int
record_next(void *arg, struct sentence *s, int *more)
{
	struct recfeed *rf = arg;
	struct state *st = rf->st;
	struct tok k;

	st->chunk.n = 0;
	while (st->chunk.n < CHUNK && tok_next(&rf->t, &k))
		VEC_PUSH(st->chunk, k);
	if (rf->started && st->chunk.n == 0)
		return 0;
	*more = rf->started;
	rf->started = 1;
	*s = rf->s;
	s->toks = st->chunk.v;
	s->ntok = st->chunk.n;
	return 1;
}

/*
 * txseg's stream: each sentence or paragraph record is matched alone.
 * Offsets are exact when the record's text has its source span's length
 * (nothing was joined or dropped inside it), else the record's span.
 */
static void
kwic_records(void *arg, struct stream_in *inp)
{
	struct state *st = arg;
	struct str doc = { 0 }, sec = { 0 };
	struct doc_record r;
	struct stream_in in = *inp;	/* given back at the end */
	int open = 0, kind;

	while ((kind = stream_next(&in, &r)) != 0) {
		struct recfeed rf;
		struct feed f = { record_next, &rf, 1 };

		if (kind == -1 || r.type != NULL)
			errx(STATUS_TROUBLE, "%s: line %zu: txkwic reads txseg's "
			    "sentence or paragraph records", in.name, in.lineno);
		if ((kind = record_kind(&r)) == -1)
			errx(STATUS_TROUBLE, "%s: line %zu: kind '%.*s' is not "
			    "text, heading or toc", in.name, in.lineno, (int)r.lkind,
			    r.kind);
		if (!searched(st->o, kind))
			continue;
		if (!open || r.ldoc != doc.n || memcmp(r.doc, doc.s, doc.n) != 0) {
			if (open)
				doc_end(st);
			str_clear(&doc);
			str_add(&doc, r.doc, r.ldoc);
			doc_start(st, doc.s, 0);
			if (st->var != NULL) {
				size_t gl;
				const char *g = meta_var_record(st->var, &in,
				    &r, &gl);

				st->docgroup = store(st, g, gl);
			}
			rx_budget(st->rx, 0);
			open = 1;
		}
		rx_budget_more(st->rx, r.ltext);
		if (r.end > st->srclen)
			st->srclen = r.end;
		str_clear(&sec);
		str_add(&sec, r.sec, r.lsec);
		memset(&rf, 0, sizeof(rf));
		rf.st = st;
		tok_init(&rf.t, r.text, r.ltext, st->o->doc.tokopts);
		rf.s.cend = r.ltext;
		rf.s.sentno = r.sent;
		match_para(st, &f, sec.s, r.par, kind, r.text, r.ltext, NULL,
		    r.start, r.end, r.end - r.start == r.ltext);
	}
	if (open)
		doc_end(st);
	str_free(&doc);
	str_free(&sec);
	*inp = in;
}

/* The stream of lr, whose header line first[0..nfirst) was read. */
static void
kwic_stream(struct state *st, struct lines *lr, const char *first,
    size_t nfirst)
{
	struct stream_in in;

	/* The header line was read: it names the variables, if any. */
	stream_from_lines(&in, lr, "-", 1, 1);
	if (first != NULL)
		stream_header(&in, first, nfirst);
	kwic_records(st, &in);
	stream_close(&in);
}

static int
by_keys(const void *a, const void *b, void *arg)
{
	const struct hit *x = a, *y = b;
	const struct state *st = arg;
	int i, c;

	for (i = 0; i < st->o->nkeys; i++) {
		if (st->coll != NULL && (c = strcmp(S(st, x->ckey[i]),
		    S(st, y->ckey[i]))) != 0)
			return c;
		/* Code points; under --collate, what ICU holds equal. */
		if ((c = strcmp(S(st, x->key[i]), S(st, y->key[i]))) != 0)
			return c;
	}
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
print_counts(struct state *st)
{
	static const char *const cols[] = { "doc", "sec", "hits", "words",
	    NULL };
	size_t i, j;

	out_header(&st->out, cols);
	for (i = 0; i < st->secs.n; i = j) {
		size_t hits = 0, words = 0;

		for (j = i; j < st->secs.n && st->secs.v[j].doc ==
		    st->secs.v[i].doc; j++) {
			hits += st->secs.v[j].hits;
			words += st->secs.v[j].words;
		}
		out_cstr(&st->out, S(st, st->secs.v[i].doc));
		out_cstr(&st->out, "*");
		out_u64(&st->out, hits);
		out_u64(&st->out, words);
		out_endrec(&st->out);
		for (j = i; j < st->secs.n && st->secs.v[j].doc ==
		    st->secs.v[i].doc; j++) {
			out_cstr(&st->out, S(st, st->secs.v[j].doc));
			out_cstr(&st->out, S(st, st->secs.v[j].sec));
			out_u64(&st->out, st->secs.v[j].hits);
			out_u64(&st->out, st->secs.v[j].words);
			out_endrec(&st->out);
		}
	}
}

/* --count --by VAR: a row per value, in the order they come. */
static void
print_groups(struct state *st)
{
	const char *cols[] = { st->o->by, "docs", "hits", "words", NULL };
	VEC(size_t) firsts = { 0 };
	size_t i, j, k;

	out_header(&st->out, cols);
	for (i = 0; i < st->secs.n; i++) {
		for (k = 0; k < firsts.n; k++)
			if (strcmp(S(st, st->secs.v[firsts.v[k]].grp),
			    S(st, st->secs.v[i].grp)) == 0)
				break;
		if (k == firsts.n)
			VEC_PUSH(firsts, i);
	}
	for (k = 0; k < firsts.n; k++) {
		const char *g = S(st, st->secs.v[firsts.v[k]].grp);
		size_t hits = 0, words = 0, docs = 0, last = (size_t)-1;

		for (j = firsts.v[k]; j < st->secs.n; j++) {
			if (strcmp(S(st, st->secs.v[j].grp), g) != 0)
				continue;
			hits += st->secs.v[j].hits;
			words += st->secs.v[j].words;
			if (st->secs.v[j].doc != last)
				docs++;
			last = st->secs.v[j].doc;
		}
		out_cstr(&st->out, g);
		out_u64(&st->out, docs);
		out_u64(&st->out, hits);
		out_u64(&st->out, words);
		out_endrec(&st->out);
	}
	VEC_FREE(firsts);
}

int
main(int argc, char *argv[])
{
	struct doc_setup ds;
	struct inputs inp;
	struct meta meta;
	struct meta_var var;
	struct opts o;
	struct state st;
	char **paths;
	int ch, npaths, status = STATUS_OK, leftset = 0, rightset = 0;
	int widthset = 0, tsv = 0, csv = 0;
	const char *collate = NULL;
	size_t width = 35, i;
	const char *color = "auto";

	memset(&o, 0, sizeof(o));
	inputs_init(&inp);
	doc_setup_init(&ds, &o.doc);
	query_init(&o.q);
	while ((ch = getopt_long(argc, argv, "hvV" QUERY_SHORTOPTS
	    INPUTS_SHORTOPTS,
	    longopts, NULL)) != -1) {
		if (doc_option(&ds, ch, optarg) || inputs_option(&inp, ch,
		    optarg) || query_option(&o.q, ch, optarg))
			continue;
		switch (ch) {
		case OPT_WIDTH:
			width = parse_count(optarg, "--width");
			widthset = 1;
			break;
		case OPT_WORDS:
			width = parse_count(optarg, "--words");
			o.words = 1;
			break;
		case OPT_LEFT:
			o.left = parse_count(optarg, "--left");
			leftset = 1;
			break;
		case OPT_RIGHT:
			o.right = parse_count(optarg, "--right");
			rightset = 1;
			break;
		case OPT_WITHIN:
			if (strcmp(optarg, "sent") == 0)
				o.within = WITHIN_SENT;
			else if (strcmp(optarg, "para") == 0)
				o.within = WITHIN_PARA;
			else
				errx(STATUS_TROUBLE, "--within: '%s': sent or "
				    "para", optarg);
			break;
		case OPT_SORT: parse_sort(optarg, &o); break;
		case OPT_COLLATE:
			if (strcmp(optarg, "pinyin") == 0)
				collate = optarg;
			else if (strcmp(optarg, "codepoint") == 0)
				collate = NULL;
			else
				errx(STATUS_TROUBLE, "--collate: '%s' is not "
				    "codepoint or pinyin", optarg);
			break;
		case OPT_TSV: o.fmt = FMT_TSV; tsv = 1; break;
		case OPT_CSV: o.fmt = FMT_CSV; o.safe = 0; csv = 1; break;
		case OUT_OPT_CSV_SAFE: o.fmt = FMT_CSV; o.safe = 1; csv = 2; break;
		case OPT_COLOR: color = optarg ? optarg : "always"; break;
		case OPT_COUNT: o.count = 1; break;
		case OPT_BY: o.by = optarg; break;
		case META_OPT: o.meta = optarg; break;
		case OPT_PLOT: o.plot = 1; break;
		case OPT_NOTOC: o.notoc = 1; break;
		case OPT_NOHEAD: o.noheadings = 1; break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default: tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	doc_setup_load(&ds);
	if (!query_given(&o.q)) {
		if (argc == 0)
			tool_usage(usage_line);
		query_add(&o.q, argv[0]);
		argc--;
		argv++;
	}
	/* Options that would silently override or be ignored. */
	if (widthset && o.words)
		tool_contradict("--width", "--words");
	if (tsv && csv)
		tool_contradict("--tsv", csv == 2 ? "--csv-safe" : "--csv");
	if (o.count && o.plot)
		tool_contradict("--count", "--plot");
	if (o.nkeys > 0 && (o.count || o.plot))
		tool_contradict("--sort", o.count ? "--count" : "--plot");
	if (collate != NULL && o.nkeys == 0)
		errx(STATUS_TROUBLE, "--collate goes with --sort");
	if (o.plot && (tsv || csv))
		tool_contradict("--plot", tsv ? "--tsv" : csv == 2 ?
		    "--csv-safe" : "--csv");
	if (!leftset)
		o.left = width;
	if (!rightset)
		o.right = width;
	o.color = tool_color(color);
	if (o.fmt != FMT_HUMAN || o.count || o.plot)
		o.color = 0;
	paths = inputs_load(&inp, argv, argc, &npaths);
	o.doc.idfrom = inp.idfrom;

	memset(&st, 0, sizeof(st));
	memset(&meta, 0, sizeof(meta));
	st.o = &o;
	if (o.by != NULL && !o.count)
		errx(STATUS_TROUBLE, "--by goes with --count");
	if (o.meta != NULL && o.by == NULL)
		errx(STATUS_TROUBLE, "--meta goes with --count --by VAR");
	if (o.by != NULL) {
		if (o.meta != NULL)
			meta_load(&meta, o.meta);
		meta_var_init(&var, "--by", o.by, o.meta ? &meta : NULL);
		/* Text needs the table, a stream may carry the column:
		 * meta_var_file asks for each text document (stream files
		 * are known only once read). */
		st.var = &var;
	}
	if (collate != NULL) {
		/* ICU's Chinese collation, named, not the process's locale:
		 * Han by pinyin (CLDR's zh, "pinyin"), other scripts by the
		 * root collation; the same bytes in any locale. */
		UErrorCode e = U_ZERO_ERROR;

		st.coll = ucol_open("zh@collation=pinyin", &e);
		if (U_FAILURE(e) || e == U_USING_DEFAULT_WARNING)
			errx(STATUS_TROUBLE, "--collate pinyin: ICU has no "
			    "Chinese collation (%s)", u_errorName(e));
	}
	/* Word edges for -w and -p, whatever the query holds: a Latin word
	 * in Chinese text has no \b either (支持APEC和); query.h. */
	st.rx = query_compile(&o.q, o.doc.tokopts);
	out_init(&st.out, STDOUT_FILENO, o.fmt != FMT_CSV ? OUT_TSV : o.safe ?
	    OUT_CSV_SAFE : OUT_CSV);
	print_header(&st);
	if (npaths == 1 && strcmp(paths[0], "-") == 0) {
		struct stdin_in in;
		int kind;

		/* Standard input: txseg's stream, or text; a stream with a
		 * broken header is neither (sniff.h). */
		kind = source_stdin_open(&in, 1);
		if (kind == SNIFF_TABLE)	/* as in a file: source_kinds */
			errx(STATUS_TROUBLE, "-: a txfreq table, not text (give "
			    "it to txfreq --merge)");
		if (kind == SNIFF_BAD_STREAM || kind == SNIFF_BAD_TABLE)
			errx(STATUS_TROUBLE, "-: %s", in.why);
		if (source_stdin_take(&in, kind == SNIFF_STREAM))
			kwic_stream(&st, &in.lr, in.first, in.nfirst);
		else
			status = kwic_files(&st, paths, npaths);
		source_stdin_close(&in);
	} else
		status = kwic_files(&st, paths, npaths);
	if (o.nkeys > 0 && !o.count && !o.plot) {
		if (st.hits.n > 0)	/* qsort_r(NULL, 0, ...): undefined */
			qsort_r(st.hits.v, st.hits.n, sizeof(*st.hits.v),
			    by_keys, &st);
		for (i = 0; i < st.hits.n; i++)
			print_record(&st, &st.hits.v[i]);
	}
	if (o.count && st.var != NULL)
		print_groups(&st);
	else if (o.count)
		print_counts(&st);
	out_close(&st.out);
	rx_free(st.rx);
	if (st.coll != NULL)
		ucol_close(st.coll);
	VEC_FREE(st.u16);
	query_free(&o.q);
	VEC_FREE(st.hits);
	VEC_FREE(st.secs);
	VEC_FREE(st.plotpos);
	VEC_FREE(st.sents);
	VEC_FREE(st.toks);
	VEC_FREE(st.chunk);
	str_free(&st.store);
	str_free(&st.tmp);
	doc_setup_free(&ds);
	if (inp.status != STATUS_OK)
		status = STATUS_TROUBLE;
	inputs_free(&inp);
	if (o.meta != NULL)
		meta_free(&meta);
	if (status != STATUS_OK)
		return status;
	return st.nhits > 0 ? STATUS_OK : STATUS_NOMATCH;
}
