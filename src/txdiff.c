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
#include "ht.h"
#include "io.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"

enum { FMT_INLINE, FMT_TSV, FMT_CSV, FMT_STAT, FMT_SENT };

/* Token flags. */
#define T_SPACE	0x1	/* whitespace before it */
#define T_PARA	0x2	/* first of a paragraph */
#define T_WORD	0x4	/* not punctuation or a symbol */

/* What became of a token. */
enum { M_EQ = 0, M_DEL, M_INS, M_MOV };

struct tokrec {
	uint64_t start;		/* source offsets */
	uint32_t len;
	uint32_t disp;		/* id of its text as written */
	uint32_t sent;		/* sentence number */
	uint32_t sec;		/* offset of its section path in secs */
	uint8_t	 flags;
	uint8_t	 mark;		/* M_* */
	uint32_t move;		/* move number (from 1) when M_MOV */
};

struct side {
	const char *path;
	struct str id;
	VEC(struct tokrec) t;
	VEC(uint32_t) ids;	/* what is compared */
	struct str secs;	/* section paths, NUL-terminated */
};

struct opts {
	int	 icase, fmt, csv, tsv, stat, bysent, color;
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
	VEC(struct move) moves;
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
	{ "stat",	no_argument,	   NULL, OPT_STAT },
	{ "by",		required_argument, NULL, OPT_BY },
	{ "color",	optional_argument, NULL, OPT_COLOR },
	{ "colour",	optional_argument, NULL, OPT_COLOR },
	{ "context",	required_argument, NULL, OPT_CONTEXT },
	{ "help",	no_argument,	   NULL, 'h' },
	{ "version",	no_argument,	   NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txdiff [-i] [--move-min n] [--context n] [--color[=when]]\n"
    "              [--tsv | --csv | --stat [--tsv | --csv] | --by sent] old new\n";

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
"      --stat          common, deleted, inserted, changed and moved words\n"
"                      (with --tsv or --csv: as a table)\n"
"      --by sent       each sentence of old with its best match in new\n"
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
add_token(struct state *st, struct side *sd, const char *text,
    const struct tok *k, uint64_t start, uint64_t end, size_t sent,
    uint32_t sec, int para)
{
	struct tokrec r;
	const char *s = text + k->start;
	size_t n = k->end - k->start;

	memset(&r, 0, sizeof(r));
	r.start = start;
	r.len = (uint32_t)(end - start);
	r.sent = (uint32_t)sent;
	r.sec = sec;
	r.flags = (k->flags & TF_SPACE_BEFORE ? T_SPACE : 0) |
	    (para ? T_PARA : 0) |
	    (k->type != TOK_PUNCT && k->type != TOK_SYM ? T_WORD : 0);
	r.disp = intern(&st->disp, s, n);
	if (st->o->icase) {
		str_clear(&st->tmp);
		utf8_fold(s, n, &st->tmp);
		VEC_PUSH(sd->ids, intern(&st->cmp, st->tmp.s, st->tmp.n));
	} else
		VEC_PUSH(sd->ids, r.disp);
	VEC_PUSH(sd->t, r);
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
	const char *p = b->s, *end = b->s + b->n;
	size_t lineno = 0, lastpar = SIZE_MAX;
	int first = 1;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);
		struct tokenizer t;
		struct tok k;
		uint32_t sec;
		int exact, para = 1;

		lineno++;
		if (doc_parse_record(p, len, &r) == -1) {
			if (lineno > 1 || !doc_is_stream_header(p, len))
				errx(STATUS_TROUBLE, "%s: line %zu: not a txseg "
				    "sentence or paragraph record",
				    io_name(sd->path), lineno);
			p = nl ? nl + 1 : end;
			continue;
		}
		if (r.type != NULL)
			errx(STATUS_TROUBLE, "%s: line %zu: a token stream: "
			    "txdiff reads sentence or paragraph records",
			    io_name(sd->path), lineno);
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
		p = nl ? nl + 1 : end;
	}
}

/* The side being read (by its path: a side that could not be read is
 * never begun). */
static int
side_begin(void *arg, struct doc *d, const char *path, const char *id,
    size_t idlen)
{
	struct state *st = arg;
	struct side *sd = &st->s[path == st->s[0].path ? 0 : 1];
	const char *src, *nl;
	size_t srclen;

	st->cur = sd;
	str_clear(&sd->id);
	str_add(&sd->id, id, idlen);
	src = doc_source(d, &srclen);
	nl = memchr(src, '\n', srclen);
	if (doc_is_stream_header(src, nl ? (size_t)(nl - src) : srclen)) {
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
	const struct tok *toks;
	size_t ntok, j;
	int first = 1;
	uint32_t sec;

	if (p->kind == PK_TOC)
		return;
	sec = add_sec(sd, p->sec, strlen(p->sec));
	while (doc_next_sentence(d, &s)) {
		toks = doc_tokens(d, &ntok);
		for (j = s.first; j < s.last; j++) {
			add_token(st, sd, p->text, &toks[j],
			    para_src_start(p, toks[j].start),
			    para_src_end(p, toks[j].end), s.sentno, sec, first);
			first = 0;
		}
	}
}

static int
read_sides(struct state *st, char **paths)
{
	struct walk w = { side_begin, side_para, NULL, st };

	st->s[0].path = paths[0];
	st->s[1].path = paths[1];
	return corpus_walk(&st->o->doc, paths, 2, NULL, 0, &w);
}

/*
 * Moves: k-grams of the inserted tokens, indexed; the deleted tokens
 * looked up in them and the matches grown as far as they go.
 */
static void
find_moves(struct state *st)
{
	struct side *A = &st->s[0], *B = &st->s[1];
	size_t k = st->o->movemin, i, j;
	struct ht grams;
	size_t *next;
	uint32_t nmove = 0;

	if (k == 0)
		return;
	ht_init(&grams, 1024);
	next = xcalloc(B->ids.n + 1, sizeof(*next));
	/* Index every start of k inserted tokens in a row. */
	for (j = 0; j + k <= B->ids.n; j++) {
		struct ht_entry *e;

		if (B->t.v[j].mark != M_INS || B->t.v[j + k - 1].mark != M_INS)
			continue;
		for (i = 1; i < k && B->t.v[j + i].mark == M_INS; i++)
			;
		if (i < k)
			continue;
		e = ht_upsert(&grams, (const char *)(B->ids.v + j),
		    k * sizeof(uint32_t), NULL);
		/* A chain in order: val is its first start + 1, aux its
		 * last, next[] links them. */
		if (e->val == 0)
			e->val = e->aux = j + 1;
		else {
			next[e->aux - 1] = j + 1;
			e->aux = j + 1;
		}
	}
	for (i = 0; i + k <= A->ids.n;) {
		struct ht_entry *e;
		size_t q, n, best = 0, bestj = 0;

		if (A->t.v[i].mark != M_DEL) {
			i++;
			continue;
		}
		for (n = 1; n < k && A->t.v[i + n].mark == M_DEL; n++)
			;
		if (n < k) {
			i += n;
			continue;
		}
		e = ht_get(&grams, (const char *)(A->ids.v + i),
		    k * sizeof(uint32_t));
		for (q = e ? (size_t)e->val : 0; q != 0; q = next[q - 1]) {
			size_t b = q - 1, m = 0;

			while (i + m < A->ids.n && b + m < B->ids.n &&
			    A->t.v[i + m].mark == M_DEL &&
			    B->t.v[b + m].mark == M_INS &&
			    A->ids.v[i + m] == B->ids.v[b + m])
				m++;
			if (m > best) {
				best = m;
				bestj = b;
			}
		}
		if (best >= k) {
			struct move mv = { i, bestj, best };

			nmove++;
			for (n = 0; n < best; n++) {
				A->t.v[i + n].mark = B->t.v[bestj + n].mark = M_MOV;
				A->t.v[i + n].move = B->t.v[bestj + n].move = nmove;
			}
			VEC_PUSH(st->moves, mv);
			i += best;
		} else
			i++;
	}
	free(next);
	ht_free(&grams);
}

/* Marks every token from the runs: equal, deleted or inserted. */
static void
mark(struct state *st)
{
	struct side *A = &st->s[0], *B = &st->s[1];
	size_t r, i;

	for (i = 0; i < A->t.n; i++)
		A->t.v[i].mark = M_DEL;
	for (i = 0; i < B->t.n; i++)
		B->t.v[i].mark = M_INS;
	for (r = 0; r < st->runs.n; r++) {
		const struct diff_run *d = &st->runs.v[r];

		for (i = 0; i < d->n; i++) {
			A->t.v[d->a + i].mark = M_EQ;
			B->t.v[d->b + i].mark = M_EQ;
		}
	}
}

/* A token that opens (1) or closes (-1) a bracket or a quotation. */
static int
bracket(const struct state *st, const struct tokrec *r)
{
	const struct ht_entry *e = &st->disp.ents[r->disp];

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
	uint8_t *c = xmalloc(sd->t.n + 1);
	size_t i;

	c[0] = c[sd->t.n] = 0;
	for (i = 1; i < sd->t.n; i++) {
		const struct tokrec *r = &sd->t.v[i], *p = r - 1;

		if (r->flags & T_PARA)
			c[i] = 0;
		else if (!(r->flags & T_SPACE))
			c[i] = 8;
		else if (r->sent != p->sent)
			c[i] = 1;
		else if (bracket(st, r) == 1 || bracket(st, p) == -1)
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
		const struct ht_entry *e = &st->disp.ents[sd->t.v[i].disp];

		if (i > from && (sd->t.v[i].flags & (T_SPACE | T_PARA)))
			str_addc(b, ' ');
		str_add(b, e->key, e->len);
	}
}

/* A row of the --tsv/--csv script.  Either side may be empty (from ==
 * to): its fields are then empty. */
static void
put_row(struct state *st, const char *op, size_t a0, size_t a1, size_t b0,
    size_t b1)
{
	const struct side *A = &st->s[0], *B = &st->s[1];

	out_cstr(&st->out, op);
	if (a1 > a0) {
		out_u64(&st->out, A->t.v[a0].start);
		out_u64(&st->out, A->t.v[a1 - 1].start + A->t.v[a1 - 1].len);
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	if (b1 > b0) {
		out_u64(&st->out, B->t.v[b0].start);
		out_u64(&st->out, B->t.v[b1 - 1].start + B->t.v[b1 - 1].len);
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	if (a1 > a0) {
		out_cstr(&st->out, A->secs.s + A->t.v[a0].sec);
		out_u64(&st->out, A->t.v[a0].sent);
	} else {
		out_field(&st->out, "", 0);
		out_field(&st->out, "", 0);
	}
	if (b1 > b0) {
		out_cstr(&st->out, B->secs.s + B->t.v[b0].sec);
		out_u64(&st->out, B->t.v[b0].sent);
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
		const struct ht_entry *e = &st->disp.ents[sd->t.v[i].disp];
		uint8_t f = sd->t.v[i].flags;

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
				    sd->t.v[i].move);
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
seg_end(const struct side *sd, size_t i, size_t to)
{
	size_t j = i + 1;

	while (j < to && sd->t.v[j].mark == sd->t.v[i].mark &&
	    sd->t.v[j].move == sd->t.v[i].move)
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
		j = seg_end(A, i, a1);
		if (A->t.v[i].mark == M_DEL) {
			ndel++;
			d0 = i;
			d1 = j;
		}
	}
	for (i = b0; i < b1; i = j) {
		j = seg_end(B, i, b1);
		if (B->t.v[i].mark == M_INS) {
			nins++;
			i0 = i;
			i1 = j;
		}
	}
	replace = ndel == 1 && nins == 1;
	if (st->o->fmt == FMT_TSV || st->o->fmt == FMT_CSV) {
		if (replace)
			put_row(st, "replace", d0, d1, i0, i1);
		for (i = a0; i < a1; i = j) {
			j = seg_end(A, i, a1);
			if (A->t.v[i].mark == M_MOV) {
				const struct move *mv = &st->moves.v[A->t.v[i].move - 1];

				put_row(st, "move", i, j, mv->b, mv->b + (j - i));
			} else if (!replace)
				put_row(st, "delete", i, j, 0, 0);
		}
		for (i = b0; i < b1 && !replace; i = j) {
			j = seg_end(B, i, b1);
			if (B->t.v[i].mark == M_INS)
				put_row(st, "insert", 0, 0, i, j);
		}
		return;
	}
	for (i = a0; i < a1; i = j) {
		j = seg_end(A, i, a1);
		put_inline(st, A, i, j, A->t.v[i].mark);
	}
	for (i = b0; i < b1; i = j) {
		j = seg_end(B, i, b1);
		put_inline(st, B, i, j, B->t.v[i].mark);
	}
}

/* An equal run; with --context only its ends show. */
static void
equal(struct state *st, size_t a, size_t b, size_t n, int first, int last)
{
	size_t c = st->o->context, head, tail;

	if (st->o->fmt == FMT_TSV || st->o->fmt == FMT_CSV) {
		put_row(st, "equal", a, a + n, b, b + n);
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
		size_t ra = d ? d->a : st->s[0].t.n, rb = d ? d->b : st->s[1].t.n;

		gap(st, pa, ra, pb, rb);
		if (d == NULL)
			break;
		equal(st, d->a, d->b, d->n, r == 0 && d->a == 0 && d->b == 0,
		    d->a + d->n == st->s[0].t.n && d->b + d->n == st->s[1].t.n);
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

	for (i = 0; i < A->t.n; i++)
		aw += (A->t.v[i].flags & T_WORD) != 0;
	for (i = 0; i < B->t.n; i++)
		bw += (B->t.v[i].flags & T_WORD) != 0;
	for (r = 0; r <= st->runs.n; r++) {
		const struct diff_run *d = r < st->runs.n ? &st->runs.v[r] : NULL;
		size_t ra = d ? d->a : A->t.n, rb = d ? d->b : B->t.n;
		size_t nd = 0, ni = 0, wd = 0, wi = 0;

		for (i = pa; i < ra; i = j) {
			size_t w = 0;

			j = seg_end(A, i, ra);
			for (size_t q = i; q < j; q++)
				w += (A->t.v[q].flags & T_WORD) != 0;
			if (A->t.v[i].mark == M_MOV)
				moved += w;
			else {
				nd++;
				wd += w;
			}
		}
		for (i = pb; i < rb; i = j) {
			size_t w = 0;

			j = seg_end(B, i, rb);
			for (size_t q = i; q < j; q++)
				w += (B->t.v[q].flags & T_WORD) != 0;
			if (B->t.v[i].mark != M_MOV) {
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
			common += (A->t.v[d->a + i].flags & T_WORD) != 0;
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
		out_u64(&st->out, A->t.n + B->t.n - 2 * ntok);
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

	for (i = 0; i < sd->t.n; i = j) {
		struct sent s = { i, 0, 0, 0 };

		for (j = i; j < sd->t.n && sd->t.v[j].sent == sd->t.v[i].sent; j++)
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

			if (!(sd->t.v[j].flags & T_WORD) || seen[id] == i + 1)
				continue;
			seen[id] = (uint32_t)i + 1;
			VEC_PUSH(*words, id);
		}
		v->v[i].nw = (uint32_t)(words->n - v->v[i].w0);
	}
}

static const sentvec *sort_sb;

/* Postings in order of their sentence's number of distinct words, then
 * of the sentence. */
static int
cmp_posting(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	uint32_t na = sort_sb->v[a].nw, nb = sort_sb->v[b].nw;

	if (na != nb)
		return na < nb ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* Adds the sentences of post[0 .. n) not yet stamped to cand. */
static void
propose_all(const uint32_t *post, size_t n, uint32_t *stamp, size_t mark,
    idvec *cand)
{
	size_t q;

	for (q = 0; q < n; q++)
		if (stamp[post[q]] != mark) {
			stamp[post[q]] = (uint32_t)mark;
			VEC_PUSH(*cand, post[q]);
		}
}

/* The same for the BYSENT_K sentences of post[0 .. n) (n > BYSENT_K,
 * sorted by size) nearest to nw distinct words. */
static void
propose_near(const sentvec *sb, const uint32_t *post, size_t n, uint32_t nw,
    uint32_t *stamp, size_t mark, idvec *cand)
{
	size_t l = 0, r = n, m, k;

	while (l < r) {
		m = l + (r - l) / 2;
		if (sb->v[post[m]].nw <= nw)
			l = m + 1;
		else
			r = m;
	}
	r = l;
	for (k = 0; k < BYSENT_K; k++) {
		uint32_t s;

		if (l > 0 && (r == n || nw - sb->v[post[l - 1]].nw <=
		    sb->v[post[r]].nw - nw))
			s = post[--l];
		else
			s = post[r++];
		propose_all(&s, 1, stamp, mark, cand);
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
	uint32_t *seen, *pstart, *post, *fill, *inb;
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
			post[fill[wb.v[sb.v[i].w0 + j]]++] = (uint32_t)i;
	free(fill);
	sort_sb = &sb;
	for (i = 0; i < nids; i++)
		if (pstart[i + 1] - pstart[i] > BYSENT_K)
			qsort(post + pstart[i], pstart[i + 1] - pstart[i],
			    sizeof(*post), cmp_posting);
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
					propose_near(&sb, post + lo, hi - lo,
					    a->nw, inb, i + 1, &cand);
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
		out_u64(&st->out, A->t.v[a->from].sent);
		out_cstr(&st->out, A->secs.s + A->t.v[a->from].sec);
		if (best != SIZE_MAX) {
			out_u64(&st->out, B->t.v[sb.v[best].from].sent);
			out_cstr(&st->out, B->secs.s + B->t.v[sb.v[best].from].sec);
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
	struct opts o;
	struct state st;
	int ch, status, i, same;
	const char *color = "auto";
	size_t common;

	memset(&o, 0, sizeof(o));
	o.movemin = 8;
	while ((ch = getopt_long(argc, argv, "hiV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'i': o.icase = 1; break;
		case OPT_MOVEMIN:
			o.movemin = parse_count(optarg, "--move-min");
			break;
		case OPT_CONTEXT:
			o.context = parse_count(optarg, "--context");
			o.contextset = 1;
			break;
		case OPT_TSV: o.tsv = 1; break;
		case OPT_CSV: o.csv = 1; break;
		case OPT_STAT: o.stat = 1; break;
		case OPT_BY:
			if (strcmp(optarg, "sent") != 0)
				errx(STATUS_TROUBLE, "--by: '%s': sent", optarg);
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
	if (argc != 2)
		tool_usage(usage_line);
	if (o.stat && o.bysent)
		errx(STATUS_TROUBLE, "--stat or --by sent, not both");
	o.fmt = o.stat ? FMT_STAT : o.bysent ? FMT_SENT : o.csv ? FMT_CSV :
	    o.tsv ? FMT_TSV : FMT_INLINE;
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
		VEC_FREE(st.s[i].t);
		VEC_FREE(st.s[i].ids);
		str_free(&st.s[i].secs);
		str_free(&st.s[i].id);
	}
	ht_free(&st.disp);
	if (o.icase)
		ht_free(&st.cmp);
	VEC_FREE(st.runs);
	VEC_FREE(st.moves);
	str_free(&st.tmp);
	return status;
}
