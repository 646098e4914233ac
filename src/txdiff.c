/*
 * txdiff: word-level diff of two documents that sees moved text.
 *
 * Both documents go through the txseg road (the two are each other's
 * dictionary for line-break hyphens); their tokens, whitespace aside, are
 * compared by id with the minimal edit script of diff.c; blocks deleted
 * in one place and inserted in another are then paired as moves.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff.h"
#include "doc.h"
#include "docopt.h"
#include "inputs.h"
#include "ht.h"
#include "io.h"
#include "sniff.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"

enum { FMT_INLINE, FMT_TSV, FMT_CSV, FMT_STAT, FMT_SENT };

/* Token flags, the low bits of a token's byte in f[]. */
#define T_SPACE	0x1	/* whitespace before it */
#define T_PARA	0x2	/* first of a paragraph */
#define T_WORD	0x4	/* not punctuation or a symbol */
#define T_SENT	0x8	/* first of a sentence */

/* What became of a token: bits 4 and 5 of its byte. */
enum { M_EQ = 0, M_DEL, M_INS, M_MOV };
#define MARK(sd, i)	(((sd)->f.v[i] >> 4) & 3)

/*
 * A side's tokens in about 5 bytes each (the texts are in the tables of
 * struct state, once per distinct token): its id and a byte of flags;
 * for --tsv and --csv, 2 more: its source offsets as a step from the
 * token before and a length, a byte each (255: the value is in a table
 * of exceptions).  Every BLK
 * tokens, and wherever the sentence numbers skip, a block gives the
 * absolute start and sentence number; sections are kept where they
 * change.
 */
#define BLK	256

struct blk {
	uint32_t i;		/* first token */
	uint32_t sent;		/* its sentence number */
	uint64_t start;		/* its source offset */
	int	 cut;		/* 1: no row runs across its start */
};

struct at {
	uint32_t i;		/* a token */
	uint32_t v;		/* its section's offset in secs */
};

struct big {
	uint32_t i;
	uint64_t v;
};

struct side {
	const char *path;
	struct str id;
	size_t	 n;		/* tokens */
	VEC(uint32_t) ids;	/* what is compared */
	VEC(uint32_t) disp;	/* with -i: the text as written (else ids) */
	VEC(uint8_t) f;		/* flags and mark */
	VEC(uint8_t) step;	/* start - the previous start */
	VEC(uint8_t) len;	/* end - start */
	VEC(struct big) bigstep, biglen;
	VEC(struct blk) blk;
	VEC(struct at) secat;
	uint64_t last;		/* the last token's start */
	uint64_t lastend, maxend;	/* its end, the greatest end so far */
	uint32_t lastsent;
	struct str secs;	/* section paths, NUL-terminated */
};

struct opts {
	int	 icase, fmt, csv, tsv, stat, bysent, color;
	int	 offsets;	/* the output has source offsets */
	size_t	 movemin, context;
	int	 contextset;
	struct doc_opts doc;
};

/* One move: a[a .. a + n) went to b[b .. b + n). */
struct move {
	size_t	 a, b, n;
};

struct state {
	const struct opts *o;
	struct side s[2];
	struct ht cmp, disp;	/* token texts: compared (maybe folded), shown */
	diff_runs runs;
	VEC(struct move) moves;	/* in a's order */
	uint32_t *moveb;	/* move numbers in b's order */
	struct out out;
	struct str tmp;
	int	 atline;	/* inline output: at the start of a line */
	struct side *cur;	/* the side being read */
};

enum { OPT_MOVEMIN = 256, OPT_TSV, OPT_CSV, OPT_STAT, OPT_BY, OPT_COLOR,
	OPT_CONTEXT };

static const struct option longopts[] = {
	{ "ignore-case", no_argument,	   NULL, 'i' },
	{ "move-min",	required_argument, NULL, OPT_MOVEMIN },
	{ "tsv",	no_argument,	   NULL, OPT_TSV },
	{ "csv",	no_argument,	   NULL, OPT_CSV },
	OUT_CSV_SAFE_LONGOPT,
	{ "stat",	no_argument,	   NULL, OPT_STAT },
	{ "by",		required_argument, NULL, OPT_BY },
	{ "color",	optional_argument, NULL, OPT_COLOR },
	{ "colour",	optional_argument, NULL, OPT_COLOR },
	{ "context",	required_argument, NULL, OPT_CONTEXT },
	DOC_LONGOPTS,
	INPUTS_LONGOPTS,
	{ "help",	no_argument,	   NULL, 'h' },
	{ "version",	no_argument,	   NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txdiff [-i] [--move-min n] [--context n] [--color[=when]]\n"
    "              [--tsv | --csv | --csv-safe | --stat [--tsv | --csv] |\n"
    "              --by sent [--csv]] [--by char] [cleanup options]\n"
    "              [--id-from suffix|path|base] old new\n";

static const char help_text[] =
"\n"
"Compares two documents word by word, after the cleanup of txseg: how the\n"
"text is wrapped or spaced is no change, a punctuation mark is.  The edit\n"
"script is minimal (as diff --minimal finds it on one token per line), and\n"
"a block of at least --move-min tokens deleted in one place and inserted in\n"
"another is one move.\n"
"\n"
"Output: the new text with [-deleted-] and {+inserted+} words (wdiff's\n"
"marks), moves as [-=>N moved words-] where they were and {+<=N moved\n"
"words+} where they went.\n"
"  -i, --ignore-case   case is no change\n"
"      --move-min N    the shortest move, in tokens (default 8; 0: none)\n"
"      --context N     only the changes, with N tokens around them\n"
"      --color[=WHEN]  auto (default: a terminal, no NO_COLOR), always, never\n"
"      --tsv, --csv    edit operations: op a_start a_end b_start b_end a_sec\n"
"                      a_sent b_sec b_sent a_text b_text\n"
OUT_CSV_SAFE_HELP
"      --stat          common, deleted, inserted, changed and moved words\n"
"                      (with --tsv or --csv: as a table)\n"
"      --by sent       each sentence of old with its best match in new\n"
"      --by char       Han text character by character (as --zh=char)\n"
DOC_HELP
"      --id-from suffix|path|base  the doc column of --dropped and -v (see\n"
"                      txseg(1); --files-from and -r: txdiff compares the\n"
"                      two files it is given)\n"
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"Exit status: 0 when the texts are the same, 1 when they differ, 2 on\n"
"trouble.  See txdiff(1).\n";

/*
 * Reading.
 */

static uint32_t
intern(struct ht *t, const char *s, size_t n)
{
	return (uint32_t)(ht_upsert(t, s, n, NULL) - t->ents);
}

static void
add_big(struct side *sd, int which, size_t i, uint64_t v)
{
	struct big g = { (uint32_t)i, v };

	if (which)
		VEC_PUSH(sd->biglen, g);
	else
		VEC_PUSH(sd->bigstep, g);
}

static void
add_token(struct state *st, struct side *sd, const char *text,
    const struct tok *k, uint64_t start, uint64_t end, size_t sent,
    uint32_t sec, int para)
{
	const char *s = text + k->start;
	size_t n = k->end - k->start, i = sd->n;
	uint32_t disp;
	uint8_t f;
	int cut;

	if (i >= INT32_MAX / 2)
		errx(STATUS_TROUBLE, "too many tokens to compare");
	f = (k->flags & TF_SPACE_BEFORE ? T_SPACE : 0) | (para ? T_PARA : 0) |
	    (k->type != TOK_PUNCT && k->type != TOK_SYM ? T_WORD : 0);
	if (i == 0 || sent != sd->lastsent)
		f |= T_SENT;
	/* A new block every BLK tokens, and where the offsets go back or
	 * the sentence numbers skip.  Offsets go back at notes that txseg
	 * moved behind the sentence they cut (txseg(1)), and after the notes
	 * go on past the end of that sentence: a row of --tsv is cut at
	 * both, so that its span holds its tokens only. */
	cut = i > 0 && (start < sd->last || (sd->lastend < sd->maxend &&
	    start >= sd->maxend));
	if (i % BLK == 0 || cut || ((f & T_SENT) &&
	    sent != (size_t)sd->lastsent + 1)) {
		struct blk b = { (uint32_t)i, (uint32_t)sent, start, cut };

		VEC_PUSH(sd->blk, b);
		if (st->o->offsets)
			VEC_PUSH(sd->step, 0);
	} else if (!st->o->offsets)
		;	/* only --tsv and --csv print offsets */
	else if (start - sd->last < 255)
		VEC_PUSH(sd->step, (uint8_t)(start - sd->last));
	else {
		VEC_PUSH(sd->step, 255);
		add_big(sd, 0, i, start - sd->last);
	}
	if (!st->o->offsets)
		;
	else if (end - start < 255)
		VEC_PUSH(sd->len, (uint8_t)(end - start));
	else {
		VEC_PUSH(sd->len, 255);
		add_big(sd, 1, i, end - start);
	}
	if (i == 0 || sec != sd->secat.v[sd->secat.n - 1].v) {
		struct at a = { (uint32_t)i, sec };

		VEC_PUSH(sd->secat, a);
	}
	VEC_PUSH(sd->f, f);
	sd->last = start;
	sd->lastend = end;
	if (end > sd->maxend)
		sd->maxend = end;
	sd->lastsent = (uint32_t)sent;
	disp = intern(&st->disp, s, n);
	if (st->o->icase) {
		VEC_PUSH(sd->disp, disp);
		str_clear(&st->tmp);
		utf8_fold(s, n, &st->tmp);
		VEC_PUSH(sd->ids, intern(&st->cmp, st->tmp.s, st->tmp.n));
	} else
		VEC_PUSH(sd->ids, disp);
	sd->n++;
}

/* The value of token i in a table of exceptions. */
static uint64_t
big_get(const struct big *v, size_t n, size_t i)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t m = lo + (hi - lo) / 2;

		if (v[m].i < i)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo == n || v[lo].i != i)
		errx(STATUS_TROUBLE, "internal error: token %zu lost", i);
	return v[lo].v;
}

/* The block that holds token i. */
static const struct blk *
blk_of(const struct side *sd, size_t i)
{
	size_t lo = 0, hi = sd->blk.n;

	while (hi - lo > 1) {
		size_t m = lo + (hi - lo) / 2;

		if (sd->blk.v[m].i <= i)
			lo = m;
		else
			hi = m;
	}
	return &sd->blk.v[lo];
}

static uint64_t
tok_start(const struct side *sd, size_t i)
{
	const struct blk *b = blk_of(sd, i);
	uint64_t s = b->start;
	size_t k;

	for (k = (size_t)b->i + 1; k <= i; k++)
		s += sd->step.v[k] < 255 ? sd->step.v[k] :
		    big_get(sd->bigstep.v, sd->bigstep.n, k);
	return s;
}

static uint64_t
tok_end(const struct side *sd, size_t i)
{
	return tok_start(sd, i) + (sd->len.v[i] < 255 ? sd->len.v[i] :
	    big_get(sd->biglen.v, sd->biglen.n, i));
}

/* The sentence number of token i. */
static uint32_t
tok_sent(const struct side *sd, size_t i)
{
	const struct blk *b = blk_of(sd, i);
	uint32_t s = b->sent;
	size_t k;

	for (k = (size_t)b->i + 1; k <= i; k++)
		s += (sd->f.v[k] & T_SENT) != 0;
	return s;
}

/* The section path of token i. */
static const char *
tok_sec(const struct side *sd, size_t i)
{
	size_t lo = 0, hi = sd->secat.n;

	while (hi - lo > 1) {
		size_t m = lo + (hi - lo) / 2;

		if (sd->secat.v[m].i <= i)
			lo = m;
		else
			hi = m;
	}
	return sd->secs.s + sd->secat.v[lo].v;
}

/* The text of token i as written. */
static const struct ht_entry *
tok_text(const struct state *st, const struct side *sd, size_t i)
{
	return &st->disp.ents[st->o->icase ? sd->disp.v[i] : sd->ids.v[i]];
}

static void
set_mark(struct side *sd, size_t i, int m)
{
	sd->f.v[i] = (uint8_t)((sd->f.v[i] & 0x0f) | m << 4);
}

/* The move token i of a side is in (marked M_MOV), from 1. */
static uint32_t
move_of(const struct state *st, const struct side *sd, size_t i)
{
	int isa = sd == &st->s[0];
	size_t lo = 0, hi = st->moves.n;

	while (hi - lo > 1) {
		size_t m = lo + (hi - lo) / 2;
		const struct move *mv = &st->moves.v[isa ? m :
		    st->moveb[m] - 1];

		if ((isa ? mv->a : mv->b) <= i)
			lo = m;
		else
			hi = m;
	}
	return isa ? (uint32_t)lo + 1 : st->moveb[lo];
}

static uint32_t
add_sec(struct side *sd, const char *sec, size_t n)
{
	uint32_t off;

	/* The same section as the last one: no new copy. */
	if (sd->secs.n > 0) {
		size_t i = sd->secs.n - 1;

		while (i > 0 && sd->secs.s[i - 1] != '\0')
			i--;
		if (sd->secs.n - 1 - i == n && memcmp(sd->secs.s + i, sec, n) == 0)
			return (uint32_t)i;
	}
	off = (uint32_t)sd->secs.n;
	str_add(&sd->secs, sec, n);
	str_addc(&sd->secs, '\0');
	return off;
}

/* A txseg stream in b: each sentence or paragraph record's tokens. */
static void
read_stream(struct state *st, struct side *sd, const struct str *b)
{
	struct doc_record r;
	struct stream_in in;
	size_t lastpar = SIZE_MAX;
	int first = 1, kind;

	stream_from_buffer(&in, b->s, b->n, io_name(sd->path), 0);
	while ((kind = stream_next(&in, &r)) != 0) {
		struct tokenizer t;
		struct tok k;
		uint32_t sec;
		int exact, para = 1;

		if (kind == -1)
			errx(STATUS_TROUBLE, "%s: line %zu: not a txseg "
			    "sentence or paragraph record",
			    io_name(sd->path), in.lineno);
		if (r.type != NULL)
			errx(STATUS_TROUBLE, "%s: line %zu: a token stream: "
			    "txdiff reads sentence or paragraph records",
			    io_name(sd->path), in.lineno);
		if (first) {
			str_clear(&sd->id);
			str_add(&sd->id, r.doc, r.ldoc);
			first = 0;
		}
		if (r.lkind != 3 || memcmp(r.kind, "toc", 3) != 0) {
			sec = add_sec(sd, r.sec, r.lsec);
			exact = r.end - r.start == r.ltext;
			tok_init(&t, r.text, r.ltext, st->o->doc.tokopts);
			while (tok_next(&t, &k)) {
				add_token(st, sd, r.text, &k,
				    exact ? r.start + k.start : r.start,
				    exact ? r.start + k.end : r.end, r.sent, sec,
				    para && r.par != lastpar);
				para = 0;
			}
			lastpar = r.par;
		}
	}
	stream_close(&in);
}

/* The side being read (by its path: a side that could not be read is
 * never begun). */
static int
side_begin(void *arg, struct doc *d, const char *path, const char *id,
    size_t idlen)
{
	struct state *st = arg;
	struct side *sd = &st->s[path == st->s[0].path ? 0 : 1];
	const char *src;
	size_t srclen;
	char why[160];
	int kind;

	st->cur = sd;
	str_clear(&sd->id);
	str_add(&sd->id, id, idlen);
	src = doc_source(d, &srclen);
	/* txseg's stream, or text; a stream with a broken header is
	 * neither (sniff.h). */
	kind = sniff(src, srclen, 1, why, sizeof(why));
	if (kind == SNIFF_BAD_STREAM)
		errx(STATUS_TROUBLE, "%s: %s", io_name(path), why);
	if (kind == SNIFF_STREAM) {
		struct str b = { 0 };

		str_add(&b, src, srclen);
		read_stream(st, sd, &b);
		str_free(&b);
		return 0;
	}
	return 1;
}

static void
side_para(void *arg, struct doc *d, const struct para *p)
{
	struct state *st = arg;
	struct side *sd = st->cur;
	struct sentence s;
	size_t j;
	int first = 1;
	uint32_t sec;

	if (p->kind == PK_TOC)
		return;
	sec = add_sec(sd, p->sec, strlen(p->sec));
	while (doc_next_sentence(d, &s)) {
		for (j = 0; j < s.ntok; j++) {
			add_token(st, sd, p->text, &s.toks[j],
			    para_src_start(p, s.toks[j].start),
			    para_src_end(p, s.toks[j].end), s.sentno, sec, first);
			first = 0;
		}
	}
}

static int
read_sides(struct state *st, char **paths)
{
	struct walk w = { side_begin, side_para, NULL, st, 0, NULL };

	st->s[0].path = paths[0];
	st->s[1].path = paths[1];
	return corpus_walk(&st->o->doc, paths, 2, NULL, 0, &w);
}

/*
 * Moves: k-grams of the inserted tokens, indexed; the deleted tokens
 * looked up in them and the matches grown as far as they go.
 */
static int
cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

/* A k-gram starts at i: k tokens in a row marked m. */
static int
gram_at(const struct side *sd, size_t i, size_t k, int m)
{
	size_t n;

	for (n = 0; n < k; n++)
		if (MARK(sd, i + n) != m)
			return 0;
	return 1;
}

static uint32_t
gram_hash(const struct side *sd, size_t i, size_t k)
{
	return ht_hash((const char *)(sd->ids.v + i), k * sizeof(uint32_t));
}

static int
cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

	return a < b ? -1 : a > b;
}

/*
 * Moves: every start of k deleted tokens in a row in A, looked up among
 * the starts of k inserted ones in B (in B's order) and grown as far as
 * the match goes.  The index holds only the starts in B whose k-gram's
 * hash some start in A has: (hash << 32 | start), sorted; a match is
 * then checked token by token.
 */
static void
find_moves(struct state *st)
{
	struct side *A = &st->s[0], *B = &st->s[1];
	size_t k = st->o->movemin, i, j, nh = 0;
	uint32_t *ha;
	VEC(uint64_t) idx = { 0 };

	if (k == 0 || A->n < k || B->n < k)
		goto order;
	ha = xreallocarray(NULL, A->n, sizeof(*ha));
	for (i = 0; i + k <= A->n; i++)
		if (gram_at(A, i, k, M_DEL))
			ha[nh++] = gram_hash(A, i, k);
	qsort(ha, nh, sizeof(*ha), cmp_u32);
	for (j = 0; nh > 0 && j + k <= B->n; j++) {
		uint32_t h;

		if (!gram_at(B, j, k, M_INS))
			continue;
		h = gram_hash(B, j, k);
		if (bsearch(&h, ha, nh, sizeof(*ha), cmp_u32) != NULL)
			VEC_PUSH(idx, (uint64_t)h << 32 | j);
	}
	free(ha);
	if (idx.n > 0)
		qsort(idx.v, idx.n, sizeof(*idx.v), cmp_u64);
	for (i = 0; idx.n > 0 && i + k <= A->n;) {
		size_t q, n, best = 0, bestj = 0, lo = 0, hi = idx.n;
		uint64_t h;

		if (MARK(A, i) != M_DEL) {
			i++;
			continue;
		}
		for (n = 1; n < k && MARK(A, i + n) == M_DEL; n++)
			;
		if (n < k) {
			i += n;
			continue;
		}
		h = (uint64_t)gram_hash(A, i, k) << 32;
		while (lo < hi) {
			size_t m = lo + (hi - lo) / 2;

			if (idx.v[m] < h)
				lo = m + 1;
			else
				hi = m;
		}
		for (q = lo; q < idx.n && (idx.v[q] >> 32) == (h >> 32); q++) {
			size_t b = (uint32_t)idx.v[q], m = 0;

			while (i + m < A->n && b + m < B->n &&
			    MARK(A, i + m) == M_DEL && MARK(B, b + m) == M_INS &&
			    A->ids.v[i + m] == B->ids.v[b + m])
				m++;
			if (m >= k && m > best) {
				best = m;
				bestj = b;
			}
		}
		if (best >= k) {
			struct move mv = { i, bestj, best };

			for (n = 0; n < best; n++) {
				set_mark(A, i + n, M_MOV);
				set_mark(B, bestj + n, M_MOV);
			}
			VEC_PUSH(st->moves, mv);
			i += best;
		} else
			i++;
	}
	VEC_FREE(idx);
order:
	/* The move numbers in b's order: (b, number) pairs sorted. */
	{
		uint64_t *key = xreallocarray(NULL, st->moves.n + 1,
		    sizeof(*key));

		for (i = 0; i < st->moves.n; i++)
			key[i] = (uint64_t)st->moves.v[i].b << 32 | (i + 1);
		qsort(key, st->moves.n, sizeof(*key), cmp_u64);
		st->moveb = xreallocarray(NULL, st->moves.n + 1,
		    sizeof(*st->moveb));
		for (i = 0; i < st->moves.n; i++)
			st->moveb[i] = (uint32_t)key[i];
		free(key);
	}
}

/* Marks every token from the runs: equal, deleted or inserted. */
static void
mark(struct state *st)
{
	struct side *A = &st->s[0], *B = &st->s[1];
	size_t r, i;

	for (i = 0; i < A->n; i++)
		set_mark(A, i, M_DEL);
	for (i = 0; i < B->n; i++)
		set_mark(B, i, M_INS);
	for (r = 0; r < st->runs.n; r++) {
		const struct diff_run *d = &st->runs.v[r];

		for (i = 0; i < d->n; i++) {
			set_mark(A, d->a + i, M_EQ);
			set_mark(B, d->b + i, M_EQ);
		}
	}
}

/* A token that opens (1) or closes (-1) a bracket or a quotation. */
static int
bracket(const struct state *st, const struct side *sd, size_t i)
{
	const struct ht_entry *e = tok_text(st, sd, i);

	if (e->len == 1)
		return strchr("([{", e->key[0]) ? 1 : strchr(")]}", e->key[0]) ?
		    -1 : 0;
	if (e->len == 3 && (memcmp(e->key, "\xe2\x80\x9c", 3) == 0 ||
	    memcmp(e->key, "\xe2\x80\x98", 3) == 0))
		return 1;
	if (e->len == 3 && (memcmp(e->key, "\xe2\x80\x9d", 3) == 0 ||
	    memcmp(e->key, "\xe2\x80\x99", 3) == 0))
		return -1;
	return 0;
}

/*
 * What a boundary before each token of a side costs, for the sliders of
 * diff_slide: nothing at either end or a paragraph, little between
 * sentences, less before an opening or after a closing bracket than
 * between other words, most where no space parts two tokens ("said|."
 * or "(|Applause").
 */
static uint8_t *
cuts(const struct state *st, const struct side *sd)
{
	uint8_t *c = xmalloc(sd->n + 1);
	size_t i;

	c[0] = c[sd->n] = 0;
	for (i = 1; i < sd->n; i++) {
		uint8_t f = sd->f.v[i];

		if (f & T_PARA)
			c[i] = 0;
		else if (!(f & T_SPACE))
			c[i] = 8;
		else if (f & T_SENT)
			c[i] = 1;
		else if (bracket(st, sd, i) == 1 || bracket(st, sd, i - 1) == -1)
			c[i] = 3;
		else
			c[i] = 4;
	}
	return c;
}

/*
 * Output.
 */

/* The text of tokens [from, to) of a side, spaced as written. */
static void
text_of(const struct state *st, const struct side *sd, size_t from, size_t to,
    struct str *b)
{
	size_t i;

	str_clear(b);
	for (i = from; i < to; i++) {
		const struct ht_entry *e = tok_text(st, sd, i);

		if (i > from && (sd->f.v[i] & (T_SPACE | T_PARA)))
			str_addc(b, ' ');
		str_add(b, e->key, e->len);
	}
}

/*
 * Tokens come in the order of txseg's records, which is not the order of
 * their offsets where notes at a page's foot were moved behind the
 * sentence they cut (txseg(1)): a token may start before the one before
 * it, and after the notes the text goes on past that sentence's end.  A
 * block of the offsets starts at each such token, marked cut (add_token),
 * so the first one in (from, to) is found among the blocks: its index, or
 * to.
 */
static size_t
back_at(const struct side *sd, size_t from, size_t to)
{
	const struct blk *b = blk_of(sd, from), *end = sd->blk.v + sd->blk.n;

	for (b++; b < end && b->i < to; b++)
		if (b->cut)
			return b->i;
	return to;
}

/* The source span of tokens [from, to), from < to: the first start and
 * the last end, or the least start and the greatest end when the tokens
 * go back (back_at) inside it. */
static void
span_of(const struct side *sd, size_t from, size_t to, uint64_t *a,
    uint64_t *z)
{
	const struct blk *b = blk_of(sd, from), *end = sd->blk.v + sd->blk.n;
	uint64_t e;

	*a = tok_start(sd, from);
	*z = tok_end(sd, to - 1);
	for (b++; b < end && b->i < to; b++) {
		if (b->start < *a)
			*a = b->start;
		if ((e = tok_end(sd, b->i - 1)) > *z)
			*z = e;
	}
}

/* A row of the --tsv/--csv script.  Either side may be empty (from ==
 * to): its fields are then empty. */
static void
put_row(struct state *st, const char *op, size_t a0, size_t a1, size_t b0,
    size_t b1)
{
	const struct side *A = &st->s[0], *B = &st->s[1];
	uint64_t x, y;

	out_cstr(&st->out, op);
	if (a1 > a0) {
		span_of(A, a0, a1, &x, &y);
		out_u64(&st->out, x);
		out_u64(&st->out, y);
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	if (b1 > b0) {
		span_of(B, b0, b1, &x, &y);
		out_u64(&st->out, x);
		out_u64(&st->out, y);
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	if (a1 > a0) {
		out_cstr(&st->out, tok_sec(A, a0));
		out_u64(&st->out, tok_sent(A, a0));
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	if (b1 > b0) {
		out_cstr(&st->out, tok_sec(B, b0));
		out_u64(&st->out, tok_sent(B, b0));
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	text_of(st, A, a0, a1, &st->tmp);
	out_field(&st->out, st->tmp.s, st->tmp.n);
	text_of(st, B, b0, b1, &st->tmp);
	out_field(&st->out, st->tmp.s, st->tmp.n);
	out_endrec(&st->out);
}

/* Rows for tokens [a0, a1) and [b0, b1): one, or one for each stretch
 * whose offsets go forward (back_at), so that a row's span holds only its
 * tokens; an equal run or a move is cut on both sides at once, a replace
 * of two lengths is one row (span_of). */
static void
put_rows(struct state *st, const char *op, size_t a0, size_t a1, size_t b0,
    size_t b1)
{
	const struct side *A = &st->s[0], *B = &st->s[1];
	size_t ka, kb;

	for (;;) {
		ka = a1 > a0 ? back_at(A, a0, a1) : a1;
		kb = b1 > b0 ? back_at(B, b0, b1) : b1;
		if (a1 > a0 && b1 > b0 && a1 - a0 == b1 - b0) {
			if (ka - a0 < kb - b0)
				kb = b0 + (ka - a0);
			else
				ka = a0 + (kb - b0);
		} else if (a1 > a0 && b1 > b0)
			ka = a1, kb = b1;
		put_row(st, op, a0, ka, b0, kb);
		if (ka == a1 && kb == b1)
			return;
		a0 = ka;
		b0 = kb;
	}
}

/* Inline output: tokens [from, to) of a side, wrapped in marks. */
static void
put_inline(struct state *st, const struct side *sd, size_t from, size_t to,
    int mk)
{
	static const char *const open[] = { "", "[-", "{+", "" };
	static const char *const close[] = { "", "-]", "+}", "" };
	static const char *const col[] = { "", "\033[31m", "\033[32m",
	    "\033[36m" };
	size_t i;
	char num[32];

	if (from >= to)
		return;
	for (i = from; i < to; i++) {
		const struct ht_entry *e = tok_text(st, sd, i);
		uint8_t f = sd->f.v[i];

		if (!st->atline && (f & T_PARA))
			out_raw(&st->out, "\n\n", 2);
		else if (!st->atline && (f & T_SPACE))
			out_raw(&st->out, " ", 1);
		st->atline = 0;
		if (i == from) {
			if (st->o->color && mk != M_EQ)
				out_raw(&st->out, col[mk], strlen(col[mk]));
			if (mk == M_MOV) {
				snprintf(num, sizeof(num), "%s%u ",
				    sd == &st->s[0] ? "[-=>" : "{+<=",
				    move_of(st, sd, i));
				out_raw(&st->out, num, strlen(num));
			} else
				out_raw(&st->out, open[mk], strlen(open[mk]));
		}
		out_raw(&st->out, e->key, e->len);
	}
	if (mk == M_MOV)
		out_raw(&st->out, sd == &st->s[0] ? "-]" : "+}", 2);
	else
		out_raw(&st->out, close[mk], strlen(close[mk]));
	if (st->o->color && mk != M_EQ)
		out_raw(&st->out, "\033[0m", 4);
}

/* Segments of one side's gap [from, to): runs of one mark (and one move). */
static size_t
seg_end(const struct state *st, const struct side *sd, size_t i, size_t to)
{
	size_t j = i + 1;

	if (MARK(sd, i) == M_MOV) {
		const struct move *mv = &st->moves.v[move_of(st, sd, i) - 1];
		size_t end = sd == &st->s[0] ? mv->a + mv->n : mv->b + mv->n;

		return end < to ? end : to;
	}
	while (j < to && MARK(sd, j) == MARK(sd, i))
		j++;
	return j;
}

/* Emits the gap A[a0, a1) / B[b0, b1) between two equal runs. */
static void
gap(struct state *st, size_t a0, size_t a1, size_t b0, size_t b1)
{
	const struct side *A = &st->s[0], *B = &st->s[1];
	size_t i, j, ndel = 0, nins = 0, d0 = 0, d1 = 0, i0 = 0, i1 = 0;
	int replace;

	/* One deleted and one inserted segment make a replace. */
	for (i = a0; i < a1; i = j) {
		j = seg_end(st, A, i, a1);
		if (MARK(A, i) == M_DEL) {
			ndel++;
			d0 = i;
			d1 = j;
		}
	}
	for (i = b0; i < b1; i = j) {
		j = seg_end(st, B, i, b1);
		if (MARK(B, i) == M_INS) {
			nins++;
			i0 = i;
			i1 = j;
		}
	}
	replace = ndel == 1 && nins == 1;
	if (st->o->fmt == FMT_TSV || st->o->fmt == FMT_CSV) {
		if (replace)
			put_rows(st, "replace", d0, d1, i0, i1);
		for (i = a0; i < a1; i = j) {
			j = seg_end(st, A, i, a1);
			if (MARK(A, i) == M_MOV) {
				const struct move *mv = &st->moves.v[move_of(st, A, i) - 1];

				put_rows(st, "move", i, j, mv->b, mv->b + (j - i));
			} else if (!replace)
				put_rows(st, "delete", i, j, 0, 0);
		}
		for (i = b0; i < b1 && !replace; i = j) {
			j = seg_end(st, B, i, b1);
			if (MARK(B, i) == M_INS)
				put_rows(st, "insert", 0, 0, i, j);
		}
		return;
	}
	for (i = a0; i < a1; i = j) {
		j = seg_end(st, A, i, a1);
		put_inline(st, A, i, j, MARK(A, i));
	}
	for (i = b0; i < b1; i = j) {
		j = seg_end(st, B, i, b1);
		put_inline(st, B, i, j, MARK(B, i));
	}
}

/* An equal run; with --context only its ends show. */
static void
equal(struct state *st, size_t a, size_t b, size_t n, int first, int last)
{
	size_t c = st->o->context, head, tail;

	if (st->o->fmt == FMT_TSV || st->o->fmt == FMT_CSV) {
		put_rows(st, "equal", a, a + n, b, b + n);
		return;
	}
	head = first ? 0 : c;
	tail = last ? 0 : c;
	if (!st->o->contextset || head + tail >= n) {
		put_inline(st, &st->s[1], b, b + n, M_EQ);
		return;
	}
	put_inline(st, &st->s[1], b, b + head, M_EQ);
	if (!st->atline)
		out_raw(&st->out, "\n", 1);
	out_raw(&st->out, "...\n", 4);
	st->atline = 1;
	put_inline(st, &st->s[1], b + n - tail, b + n, M_EQ);
}

static void
print_script(struct state *st)
{
	static const char *const cols[] = { "op", "a_start", "a_end", "b_start",
	    "b_end", "a_sec", "a_sent", "b_sec", "b_sent", "a_text", "b_text",
	    NULL };
	size_t r, pa = 0, pb = 0;

	st->atline = 1;
	if (st->o->fmt != FMT_INLINE)
		out_header(&st->out, cols);
	for (r = 0; r <= st->runs.n; r++) {
		const struct diff_run *d = r < st->runs.n ? &st->runs.v[r] : NULL;
		size_t ra = d ? d->a : st->s[0].n, rb = d ? d->b : st->s[1].n;

		gap(st, pa, ra, pb, rb);
		if (d == NULL)
			break;
		equal(st, d->a, d->b, d->n, r == 0 && d->a == 0 && d->b == 0,
		    d->a + d->n == st->s[0].n && d->b + d->n == st->s[1].n);
		pa = d->a + d->n;
		pb = d->b + d->n;
	}
	if (st->o->fmt == FMT_INLINE && !st->atline)
		out_raw(&st->out, "\n", 1);
}

/* --stat: word counts by what became of them. */
static void
print_stat(struct state *st)
{
	static const char *const cols[] = { "a", "b", "a_words", "b_words",
	    "common", "deleted", "inserted", "changed_a", "changed_b", "moved",
	    "edits", NULL };
	const struct side *A = &st->s[0], *B = &st->s[1];
	size_t aw = 0, bw = 0, common = 0, del = 0, ins = 0, cha = 0, chb = 0;
	size_t moved = 0, r, pa = 0, pb = 0, i, j, ntok = 0;

	for (i = 0; i < A->n; i++)
		aw += (A->f.v[i] & T_WORD) != 0;
	for (i = 0; i < B->n; i++)
		bw += (B->f.v[i] & T_WORD) != 0;
	for (r = 0; r <= st->runs.n; r++) {
		const struct diff_run *d = r < st->runs.n ? &st->runs.v[r] : NULL;
		size_t ra = d ? d->a : A->n, rb = d ? d->b : B->n;
		size_t nd = 0, ni = 0, wd = 0, wi = 0;

		for (i = pa; i < ra; i = j) {
			size_t w = 0;

			j = seg_end(st, A, i, ra);
			for (size_t q = i; q < j; q++)
				w += (A->f.v[q] & T_WORD) != 0;
			if (MARK(A, i) == M_MOV)
				moved += w;
			else {
				nd++;
				wd += w;
			}
		}
		for (i = pb; i < rb; i = j) {
			size_t w = 0;

			j = seg_end(st, B, i, rb);
			for (size_t q = i; q < j; q++)
				w += (B->f.v[q] & T_WORD) != 0;
			if (MARK(B, i) != M_MOV) {
				ni++;
				wi += w;
			}
		}
		if (nd == 1 && ni == 1) {
			cha += wd;
			chb += wi;
		} else {
			del += wd;
			ins += wi;
		}
		if (d == NULL)
			break;
		for (i = 0; i < d->n; i++)
			common += (A->f.v[d->a + i] & T_WORD) != 0;
		ntok += d->n;
		pa = d->a + d->n;
		pb = d->b + d->n;
	}
	if (st->o->csv || st->o->tsv) {
		out_header(&st->out, cols);
		out_cstr(&st->out, io_name(A->path));
		out_cstr(&st->out, io_name(B->path));
		out_u64(&st->out, aw);
		out_u64(&st->out, bw);
		out_u64(&st->out, common);
		out_u64(&st->out, del);
		out_u64(&st->out, ins);
		out_u64(&st->out, cha);
		out_u64(&st->out, chb);
		out_u64(&st->out, moved);
		out_u64(&st->out, A->n + B->n - 2 * ntok);
		out_endrec(&st->out);
		return;
	}
#define PCT(x, of)	((of) ? 100.0 * (double)(x) / (double)(of) : 0.0)
	/* The names first (any length), then the numbers. */
	out_raw(&st->out, io_name(A->path), strlen(io_name(A->path)));
	out_raw(&st->out, " ", 1);
	out_raw(&st->out, io_name(B->path), strlen(io_name(B->path)));
	{
		char line[512];

		snprintf(line, sizeof(line), ": old %zu words, %zu common "
		    "%.1f%%, %zu deleted %.1f%%, %zu changed %.1f%%, %zu moved "
		    "%.1f%%; new %zu words, %zu common %.1f%%, %zu inserted "
		    "%.1f%%, %zu changed %.1f%%, %zu moved %.1f%%\n", aw, common,
		    PCT(common, aw), del, PCT(del, aw), cha, PCT(cha, aw), moved,
		    PCT(moved, aw), bw, common, PCT(common, bw), ins,
		    PCT(ins, bw), chb, PCT(chb, bw), moved, PCT(moved, bw));
		out_raw(&st->out, line, strlen(line));
	}
#undef PCT
}

/*
 * --by sent: each sentence of A with the sentence of B that shares the
 * most distinct words with it (Dice: 2 |a & b| / (|a| + |b|)).
 *
 * A word of a proposes the sentences of B that hold it, at most BYSENT_K
 * of them: those nearest to a in number of distinct words.  Every
 * proposed sentence is then scored exactly, on all its words.  A word in
 * few sentences proposes them all, so the best match is found whenever
 * it shares such a word with a; a word in every sentence ("the") costs
 * BYSENT_K, not the length of B, which keeps the whole linear.
 */
#define BYSENT_K	64

struct sent {
	size_t	 from, to;	/* tokens */
	uint32_t w0, nw;	/* distinct words: words[w0 .. w0 + nw) */
};
typedef VEC(struct sent) sentvec;
typedef VEC(uint32_t) idvec;

static void
sentences(const struct side *sd, sentvec *v)
{
	size_t i, j;

	for (i = 0; i < sd->n; i = j) {
		struct sent s = { i, 0, 0, 0 };

		for (j = i + 1; j < sd->n && !(sd->f.v[j] & T_SENT); j++)
			;
		s.to = j;
		VEC_PUSH(*v, s);
	}
}

/* The distinct words of each sentence of sd, in order of first use, into
 * words (seen[] is scratch, one stamp per sentence, zero on entry). */
static void
distinct_words(const struct side *sd, sentvec *v, idvec *words,
    uint32_t *seen)
{
	size_t i, j;

	for (i = 0; i < v->n; i++) {
		v->v[i].w0 = (uint32_t)words->n;
		for (j = v->v[i].from; j < v->v[i].to; j++) {
			uint32_t id = sd->ids.v[j];

			if (!(sd->f.v[j] & T_WORD) || seen[id] == i + 1)
				continue;
			seen[id] = (uint32_t)i + 1;
			VEC_PUSH(*words, id);
		}
		v->v[i].nw = (uint32_t)(words->n - v->v[i].w0);
	}
}

/* A posting: the sentence's number of distinct words << 32 | the
 * sentence, so that a list sorts by size. */
#define P_SENT(p)	((uint32_t)(p))
#define P_NW(p)		((uint32_t)((p) >> 32))

/* Adds the sentences of post[0 .. n) not yet stamped to cand. */
static void
propose_all(const uint64_t *post, size_t n, uint32_t *stamp, size_t mark,
    idvec *cand)
{
	size_t q;

	for (q = 0; q < n; q++)
		if (stamp[P_SENT(post[q])] != mark) {
			stamp[P_SENT(post[q])] = (uint32_t)mark;
			VEC_PUSH(*cand, P_SENT(post[q]));
		}
}

/* The same for the BYSENT_K sentences of post[0 .. n) (n > BYSENT_K,
 * sorted by size) nearest to nw distinct words. */
static void
propose_near(const uint64_t *post, size_t n, uint32_t nw, uint32_t *stamp,
    size_t mark, idvec *cand)
{
	size_t l = 0, r = n, m, k;

	while (l < r) {
		m = l + (r - l) / 2;
		if (P_NW(post[m]) <= nw)
			l = m + 1;
		else
			r = m;
	}
	r = l;
	for (k = 0; k < BYSENT_K; k++) {
		if (l > 0 && (r == n || nw - P_NW(post[l - 1]) <=
		    P_NW(post[r]) - nw))
			propose_all(&post[--l], 1, stamp, mark, cand);
		else
			propose_all(&post[r++], 1, stamp, mark, cand);
	}
}

static void
print_by_sent(struct state *st)
{
	static const char *const cols[] = { "a_sent", "a_sec", "b_sent", "b_sec",
	    "score", "a_text", "b_text", NULL };
	const struct side *A = &st->s[0], *B = &st->s[1];
	size_t nids = (st->o->icase ? st->cmp.n : st->disp.n) + 1;
	sentvec sa = { 0 }, sb = { 0 };
	idvec wa = { 0 }, wb = { 0 }, cand = { 0 };
	uint32_t *seen, *pstart, *fill, *inb;
	uint64_t *post;
	size_t i, j;

	sentences(A, &sa);
	sentences(B, &sb);
	if (sa.n >= UINT32_MAX || sb.n >= UINT32_MAX)
		errx(STATUS_TROUBLE, "too many sentences to compare");
	seen = xcalloc(nids, sizeof(*seen));
	distinct_words(B, &sb, &wb, seen);
	memset(seen, 0, nids * sizeof(*seen));
	distinct_words(A, &sa, &wa, seen);
	memset(seen, 0, nids * sizeof(*seen));
	/* B's postings by word, each list sorted by sentence size. */
	pstart = xcalloc(nids + 1, sizeof(*pstart));
	for (i = 0; i < wb.n; i++)
		pstart[wb.v[i] + 1]++;
	for (i = 0; i < nids; i++)
		pstart[i + 1] += pstart[i];
	post = xreallocarray(NULL, wb.n + 1, sizeof(*post));
	fill = xreallocarray(NULL, nids, sizeof(*fill));
	memcpy(fill, pstart, nids * sizeof(*fill));
	for (i = 0; i < sb.n; i++)
		for (j = 0; j < sb.v[i].nw; j++)
			post[fill[wb.v[sb.v[i].w0 + j]]++] =
			    (uint64_t)sb.v[i].nw << 32 | i;
	free(fill);
	for (i = 0; i < nids; i++)
		if (pstart[i + 1] - pstart[i] > BYSENT_K)
			qsort(post + pstart[i], pstart[i + 1] - pstart[i],
			    sizeof(*post), cmp_u64);
	inb = xcalloc(sb.n + 1, sizeof(*inb));	/* candidate stamps */
	out_header(&st->out, cols);
	for (i = 0; i < sa.n; i++) {
		const struct sent *a = &sa.v[i];
		size_t best = SIZE_MAX, ncommon = 0, scored = 0;
		double bscore = 0;
		int pass;

		cand.n = 0;
		for (j = 0; j < a->nw; j++)
			seen[wa.v[a->w0 + j]] = (uint32_t)i + 1;
		/* Pass 0: the words in at most K sentences propose them all.
		 * Pass 1, only when a sentence sharing nothing but the other
		 * words might still score higher: those propose K each. */
		for (pass = 0; pass < 2; pass++) {
			for (j = 0; j < a->nw; j++) {
				uint32_t id = wa.v[a->w0 + j];
				size_t lo = pstart[id], hi = pstart[id + 1];

				ncommon += pass == 0 && hi - lo > BYSENT_K;
				if ((hi - lo > BYSENT_K) != pass)
					continue;
				if (pass == 0)
					propose_all(post + lo, hi - lo, inb, i + 1,
					    &cand);
				else
					propose_near(post + lo, hi - lo, a->nw,
					    inb, i + 1, &cand);
			}
			for (; scored < cand.n; scored++) {
				uint32_t c = cand.v[scored];
				const struct sent *b = &sb.v[c];
				size_t h = 0;
				double sc;

				for (j = 0; j < b->nw; j++)
					h += seen[wb.v[b->w0 + j]] == i + 1;
				sc = 2.0 * (double)h / (double)(a->nw + b->nw);
				if (sc > bscore || (sc == bscore && c < best)) {
					bscore = sc;
					best = c;
				}
			}
			/* A sentence of B that shares only the ncommon other
			 * words scores at most 2 ncommon / (nw + ncommon). */
			if (pass == 0 && (ncommon == 0 || bscore > 2.0 *
			    (double)ncommon / (double)(a->nw + ncommon)))
				break;
		}
		out_u64(&st->out, tok_sent(A, a->from));
		out_cstr(&st->out, tok_sec(A, a->from));
		if (best != SIZE_MAX) {
			out_u64(&st->out, tok_sent(B, sb.v[best].from));
			out_cstr(&st->out, tok_sec(B, sb.v[best].from));
		} else {
			out_field(&st->out, "", 0);
			out_field(&st->out, "", 0);
		}
		out_double(&st->out, bscore, 4);
		text_of(st, A, a->from, a->to, &st->tmp);
		out_field(&st->out, st->tmp.s, st->tmp.n);
		if (best != SIZE_MAX)
			text_of(st, B, sb.v[best].from, sb.v[best].to, &st->tmp);
		else
			str_clear(&st->tmp);
		out_field(&st->out, st->tmp.s, st->tmp.n);
		out_endrec(&st->out);
	}
	free(seen);
	free(pstart);
	free(post);
	free(inb);
	VEC_FREE(wa);
	VEC_FREE(wb);
	VEC_FREE(cand);
	VEC_FREE(sa);
	VEC_FREE(sb);
}

int
main(int argc, char *argv[])
{
	struct doc_setup ds;
	struct opts o;
	struct state st;
	struct inputs in;
	int ch, status, i, same;
	const char *color = "auto";
	int bychar = 0;
	size_t common;
	int movemin = 0;

	memset(&o, 0, sizeof(o));
	o.movemin = 8;
	doc_setup_init(&ds, &o.doc);
	inputs_init(&in);
	while ((ch = getopt_long(argc, argv, "hivV" INPUTS_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (doc_option(&ds, ch, optarg) || inputs_option(&in, ch, optarg))
			continue;
		switch (ch) {
		case 'i': o.icase = 1; break;
		case OPT_MOVEMIN:
			o.movemin = parse_count(optarg, "--move-min");
			movemin = 1;
			break;
		case OPT_CONTEXT:
			o.context = parse_count(optarg, "--context");
			o.contextset = 1;
			break;
		case OPT_TSV: o.tsv = 1; break;
		case OPT_CSV: o.csv = OUT_CSV; break;
		case OUT_OPT_CSV_SAFE: o.csv = OUT_CSV_SAFE; break;
		case OPT_STAT: o.stat = 1; break;
		case OPT_BY:
			/* --by char: Han text has no spaces, so a changed
			 * character would show as its whole word changed;
			 * a character a token (TOK_ZH_CHAR, as --zh=char)
			 * shows the character. */
			if (strcmp(optarg, "char") == 0) {
				bychar = 1;
				break;
			}
			if (strcmp(optarg, "sent") != 0)
				errx(STATUS_TROUBLE, "--by: '%s': sent or char",
				    optarg);
			o.bysent = 1;
			break;
		case OPT_COLOR: color = optarg ? optarg : "always"; break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default: tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	doc_setup_load(&ds);
	/* Two documents, old and new: a list or a tree has no order that
	 * says which is which. */
	if (inputs_listed(&in) || in.nul)
		errx(STATUS_TROUBLE, "%s: txdiff compares two files: name them "
		    "as its two arguments, old new", in.nul && !inputs_listed(&in)
		    ? "-0" : in.first);
	o.doc.idfrom = in.idfrom;
	if (bychar)
		o.doc.tokopts |= TOK_ZH_CHAR;
	inputs_free(&in);
	if (argc != 2)
		tool_usage(usage_line);
	/* Options that would silently override or be ignored. */
	if (o.tsv && o.csv)
		tool_contradict("--tsv", o.csv == OUT_CSV_SAFE ? "--csv-safe" :
		    "--csv");
	if (o.stat && o.bysent)
		tool_contradict("--stat", "--by sent");
	if (o.contextset && (o.tsv || o.csv || o.stat || o.bysent))
		tool_contradict("--context", o.stat ? "--stat" : o.bysent ?
		    "--by sent" : o.tsv ? "--tsv" : o.csv == OUT_CSV_SAFE ?
		    "--csv-safe" : "--csv");
	if (movemin && o.bysent)
		tool_contradict("--move-min", "--by sent");
	o.fmt = o.stat ? FMT_STAT : o.bysent ? FMT_SENT : o.csv ? FMT_CSV :
	    o.tsv ? FMT_TSV : FMT_INLINE;
	o.offsets = o.fmt == FMT_TSV || o.fmt == FMT_CSV;
	o.color = tool_color(color);
	if (o.fmt != FMT_INLINE)
		o.color = 0;

	memset(&st, 0, sizeof(st));
	st.o = &o;
	ht_init(&st.disp, 1 << 12);
	if (o.icase)
		ht_init(&st.cmp, 1 << 12);
	status = read_sides(&st, argv);
	if (status == STATUS_OK && o.fmt == FMT_SENT) {
		/* No edit script: the same when the tokens are. */
		same = st.s[0].ids.n == st.s[1].ids.n && (st.s[0].ids.n == 0 ||
		    memcmp(st.s[0].ids.v, st.s[1].ids.v, st.s[0].ids.n *
		    sizeof(*st.s[0].ids.v)) == 0);
		out_init(&st.out, STDOUT_FILENO, o.csv);
		print_by_sent(&st);
		out_close(&st.out);
		status = same ? STATUS_OK : STATUS_NOMATCH;
	} else if (status == STATUS_OK) {
		common = diff_lcs(st.s[0].ids.v, st.s[0].ids.n, st.s[1].ids.v,
		    st.s[1].ids.n, &st.runs);
		{
			uint8_t *ca = cuts(&st, &st.s[0]), *cb = cuts(&st, &st.s[1]);

			diff_slide(st.s[0].ids.v, st.s[0].ids.n, ca, st.s[1].ids.v,
			    st.s[1].ids.n, cb, &st.runs);
			free(ca);
			free(cb);
		}
		mark(&st);
		find_moves(&st);
		out_init(&st.out, STDOUT_FILENO, o.csv);
		switch (o.fmt) {
		case FMT_STAT: print_stat(&st); break;
		default: print_script(&st); break;
		}
		out_close(&st.out);
		status = common == st.s[0].ids.n && common == st.s[1].ids.n ?
		    STATUS_OK : STATUS_NOMATCH;
	}
	for (i = 0; i < 2; i++) {
		VEC_FREE(st.s[i].ids);
		VEC_FREE(st.s[i].disp);
		VEC_FREE(st.s[i].f);
		VEC_FREE(st.s[i].step);
		VEC_FREE(st.s[i].len);
		VEC_FREE(st.s[i].bigstep);
		VEC_FREE(st.s[i].biglen);
		VEC_FREE(st.s[i].blk);
		VEC_FREE(st.s[i].secat);
		str_free(&st.s[i].secs);
		str_free(&st.s[i].id);
	}
	ht_free(&st.disp);
	if (o.icase)
		ht_free(&st.cmp);
	VEC_FREE(st.runs);
	VEC_FREE(st.moves);
	free(st.moveb);
	str_free(&st.tmp);
	doc_setup_free(&ds);
	return status;
}
