/*
 * txcoll: collocates and clusters.  Which words keep company with a node
 * (the matches of a txkwic query) within a window of words, and how
 * strongly, by the association measures of the field; the clusters
 * (n-grams) that hold the node; the node's network for Graphviz and
 * Gephi.  Words are the units txfreq counts (the same folding, terms,
 * stems and stop words): what txcoll calls f_coll is txfreq's count.
 *
 * The contingency table (Evert 2008, "Corpora and collocations") of a node
 * and a collocate, in a corpus of N items (txfreq's total), with O11 the
 * items of the collocate in the node's windows:
 *
 *                 collocate       other
 *   in windows    O11             O12 = R1 - O11        R1
 *   elsewhere     O21 = C1 - O11  O22                   N - R1
 *                 C1 = f_coll                           N
 *
 * R1 is the windows' size (--expected window, the default: the items in
 * all the node's windows, cut at the sentence edge, Evert's surface
 * co-occurrence), or the node's frequency (--expected node, as #LancsBox
 * does, Brezina et al. 2015); E11 = R1 * C1 / N either way.  txcoll.1
 * states every measure's formula and its source.
 */
#include <err.h>
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "count.h"
#include "doc.h"
#include "docopt.h"
#include "ht.h"
#include "inputs.h"
#include "io.h"
#include "meta.h"
#include "query.h"
#include "rx.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"

enum { WITHIN_SENT, WITHIN_PARA, WITHIN_DOC };
enum { EXP_WINDOW, EXP_NODE };
enum { NET_NONE, NET_DOT, NET_GRAPHML };

/* The measures, in the order of their columns. */
enum measure { M_EXPECTED, M_MI, M_MI3, M_G2, M_T, M_Z, M_DICE, M_LOGDICE,
	M_LR, M_DPCN, M_DPNC, NMEASURE, M_FREQ = NMEASURE };
static const char *const mnames[] = { "expected", "mi", "mi3", "g2", "t",
	"z", "dice", "logdice", "log_ratio", "dp_coll_node", "dp_node_coll",
	"f_node_coll", NULL };

#define MAXSPAN	1000	/* --left, --right at most */

struct opts {
	struct query q;
	struct count_setup cs;
	size_t	 left, right;
	int	 within, expected, positions, network, depth;
	int	 sort;		/* enum measure, or M_FREQ */
	size_t	 clusters;	/* --clusters N, 0: collocates */
	uint64_t mincount, minrange;
	size_t	 top;		/* 0: all */
	int	 csv;
	const char *sep;	/* --sep: between Han words */
	const char *byvar;	/* --by VAR (doc: the document) */
	const char *meta;
};

/* A unit of the current scope (sentence, paragraph or document). */
struct bunit {
	size_t	 k, kn;		/* key in the buffer's keys */
	uint64_t run;		/* never the same in two sentences */
	int	 stop;
};

/* A node occurrence: units [a, b] of the buffer, of node id. */
struct occ {
	size_t	 a, b;
	uint32_t node;
};

/* Per (group, node). */
struct gnode {
	uint64_t fnode, wsize;
};

/* Per co-occurrence (group, node, collocate) or cluster. */
struct cinfo {
	uint64_t range;		/* documents */
	uint64_t lastdoc;	/* the last + 1 */
	size_t	 pos;		/* --positions: first of its counts */
};

struct state {
	const struct opts *o;
	struct counter c;	/* the units (counter_sentence) */
	struct rx *rx;		/* the node query; NULL: nodes by key */
	struct ht nodekeys;	/* --depth 2, pass 2: key -> val: node id */
	uint32_t nnodes;
	struct meta_var *var;	/* --by VAR, or NULL (doc: var->isdoc) */
	char	 errbuf[256];
	/* Groups: name -> val: index; per group its N. */
	struct ht groups;
	VEC(uint64_t) gN;
	uint32_t g;		/* the current group */
	uint64_t docno;		/* documents begun */
	const char *docname;
	/* Counts. */
	struct ht freq;		/* (group, item) -> val: f_coll */
	struct ht co;		/* (group, node, item) -> val: O11, aux: info */
	struct ht cl;		/* (group, node, at, cluster) -> the same */
	struct ht gn;		/* (group, node) -> aux: index in gns */
	VEC(struct gnode) gns;
	VEC(struct cinfo) infos;
	VEC(uint64_t) posv;
	struct ht forms;	/* pass 1: the node's forms (folded) -> count */
	/* The scope's units and the occurrences still to count. */
	VEC(struct bunit) buf;
	struct str keys;
	VEC(struct occ) occs;
	size_t	 done;		/* occs before this one are counted */
	uint64_t runbase;
	struct str kb, tb;	/* work space */
	int	 pass;		/* 1, or 2 for --depth 2 */
};

enum { OPT_LEFT = 256, OPT_RIGHT, OPT_WINDOW, OPT_WITHIN, OPT_EXPECTED,
	OPT_POSITIONS, OPT_SORT, OPT_MINCOUNT, OPT_MINRANGE, OPT_TOP, OPT_BY,
	OPT_CLUSTERS, OPT_NETWORK, OPT_DEPTH, OPT_CSV, OPT_TSV, OPT_SEP };

static const struct option longopts[] = {
	QUERY_LONGOPTS,
	{ "left",	required_argument, NULL, OPT_LEFT },
	{ "right",	required_argument, NULL, OPT_RIGHT },
	{ "window",	required_argument, NULL, OPT_WINDOW },
	{ "within",	required_argument, NULL, OPT_WITHIN },
	{ "expected",	required_argument, NULL, OPT_EXPECTED },
	{ "positions",	no_argument,	   NULL, OPT_POSITIONS },
	{ "sort",	required_argument, NULL, OPT_SORT },
	{ "min-count",	required_argument, NULL, OPT_MINCOUNT },
	{ "min-range",	required_argument, NULL, OPT_MINRANGE },
	{ "top",	required_argument, NULL, OPT_TOP },
	{ "by",		required_argument, NULL, OPT_BY },
	{ "clusters",	required_argument, NULL, OPT_CLUSTERS },
	{ "network",	required_argument, NULL, OPT_NETWORK },
	{ "depth",	required_argument, NULL, OPT_DEPTH },
	{ "tsv",	no_argument,	   NULL, OPT_TSV },
	{ "csv",	no_argument,	   NULL, OPT_CSV },
	OUT_CSV_SAFE_LONGOPT,
	{ "sep",	required_argument, NULL, OPT_SEP },
	META_LONGOPTS,
	COUNT_LONGOPTS,
	DOC_LONGOPTS,
	INPUTS_LONGOPTS,
	{ "help",	no_argument,	   NULL, 'h' },
	{ "version",	no_argument,	   NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txcoll [-Fiw] [-e pattern]... [-f file] [-p phrase]...\n"
    "              [--left n] [--right n] [--window n]\n"
    "              [--within sent|para|doc] [--expected window|node]\n"
    "              [--positions] [--sort measure] [--min-count n]\n"
    "              [--min-range n] [--top n] [--by doc|var [--meta file]]\n"
    "              [--clusters n] [--network dot|graphml [--depth 2]]\n"
    "              [--tsv | --csv | --csv-safe] [--sep str]\n"
    "              [counting options] [cleanup options]\n"
    "              [--files-from list [-0]] [-r dir] [pattern] [file ...]\n";

static const char help_text[] =
"\n"
"The collocates of a node: the words in a window around each match of the\n"
"query, in the cleaned text txseg makes, with their frequencies and the\n"
"association measures of corpus linguistics; or the clusters that hold the\n"
"node; or its network.  Words are counted as txfreq counts them.\n"
"\n"
"The node (without -e, -f or -p the first argument is the pattern):\n"
QUERY_HELP
"The window:\n"
"      --left N, --right N  words each side (default 5 and 5)\n"
"      --window N      N words each side\n"
"      --within sent|para|doc  where a window stops (default: sent)\n"
"      --expected window|node  R1 of the contingency table: the windows'\n"
"                      size (default, Evert) or the node's frequency\n"
"                      (#LancsBox)\n"
"Output:\n"
"      --positions     each collocate's counts at L5 .. L1, R1 .. R5\n"
"      --sort MEASURE  g2 (default), mi, mi3, t, z, dice, logdice,\n"
"                      log_ratio, dp_coll_node, dp_node_coll, expected or\n"
"                      f_node_coll; ties by f_node_coll, then collocate\n"
"      --min-count N   collocates seen N times in the windows at least\n"
"      --min-range N   ... in N documents at least\n"
"      --top N         the first N (per group)\n"
"      --by doc|VAR    a table per document, or per value of VAR (--meta)\n"
META_HELP
"      --clusters N    the N-word clusters that hold the node, with where\n"
"                      it stands in them: L (first), R (last), M\n"
"      --network dot|graphml  the node and its collocates as a graph, the\n"
"                      edges weighted by the --sort measure (--top: 10)\n"
"      --depth 2       with --network: the collocates' own collocates too\n"
"      --tsv, --csv    TSV (default) or RFC 4180 CSV\n"
OUT_CSV_SAFE_HELP
"      --sep STR       between two Han words of an n-gram (default none)\n"
"Counting (as in txfreq):\n"
COUNT_HELP
DOC_HELP
INPUTS_HELP
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"Exit status: 0 when the node occurred, 1 when it never did (the header\n"
"alone is written), 2 on trouble.  See txcoll(1).\n";

/*
 * Keys of the tables: a group index, a node id (and a cluster's place),
 * then the item, so that one table holds every group's and node's.
 */
static void
key_start(struct str *b, uint32_t g, int node, uint32_t id)
{
	unsigned char h[8];
	int n = 4, i;

	for (i = 0; i < 4; i++)
		h[i] = (unsigned char)(g >> (8 * i));
	if (node) {
		for (i = 0; i < 4; i++)
			h[4 + i] = (unsigned char)(id >> (8 * i));
		n = 8;
	}
	str_clear(b);
	str_add(b, (const char *)h, (size_t)n);
}

static uint32_t
key_u32(const char *k, int at)
{
	const unsigned char *u = (const unsigned char *)k + at;

	return (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 |
	    (uint32_t)u[3] << 24;
}

/* The group of a name, added when new. */
static uint32_t
group_of(struct state *st, const char *name, size_t n)
{
	int isnew;
	struct ht_entry *e = ht_upsert(&st->groups, name, n, &isnew);

	if (isnew) {
		e->val = st->groups.n - 1;
		VEC_PUSH(st->gN, 0);
	}
	return (uint32_t)e->val;
}

static struct gnode *
gnode_of(struct state *st, uint32_t g, uint32_t node)
{
	int isnew;
	struct ht_entry *e;

	key_start(&st->kb, g, 1, node);
	e = ht_upsert(&st->gn, st->kb.s, st->kb.n, &isnew);
	if (isnew) {
		e->aux = st->gns.n;
		VEC_PUSH(st->gns, ((struct gnode){ 0, 0 }));
	}
	return &st->gns.v[e->aux];
}

/* Adds one to the entry of st->kb in t (co-occurrences or clusters): its
 * count, its range; at a position pos (0: none) of 2 * MAXSPAN. */
static void
bump(struct state *st, struct ht *t, long pos)
{
	const struct opts *o = st->o;
	int isnew;
	struct ht_entry *e = ht_upsert(t, st->kb.s, st->kb.n, &isnew);
	struct cinfo *ci;

	if (isnew) {
		struct cinfo x = { 0, 0, SIZE_MAX };

		e->aux = st->infos.n;
		if (o->positions && t == &st->co) {
			size_t w = o->left + o->right, i;

			x.pos = st->posv.n;
			for (i = 0; i < w; i++)
				VEC_PUSH(st->posv, 0);
		}
		VEC_PUSH(st->infos, x);
	}
	e->val++;
	ci = &st->infos.v[e->aux];
	if (ci->lastdoc != st->docno) {
		ci->lastdoc = st->docno;
		ci->range++;
	}
	if (pos != 0 && ci->pos != SIZE_MAX)
		st->posv.v[ci->pos + (size_t)(pos < 0 ? (long)o->left + pos :
		    (long)o->left + pos - 1)]++;
}

/* The key of the n-gram of buffer units [s, s + n) into b (appended):
 * its units joined by single spaces, as the counter joins them. */
static void
ngram_key(struct state *st, size_t s, size_t n, struct str *b)
{
	size_t i;

	for (i = s; i < s + n; i++) {
		if (i > s)
			str_addc(b, ' ');
		str_add(b, st->keys.s + st->buf.v[i].k, st->buf.v[i].kn);
	}
}

/* Is the n-gram of units [s, s + n) an item txfreq counts: one run, and
 * (with --stop) no stop word at either end? */
static int
is_item(const struct state *st, size_t s, size_t n)
{
	const struct bunit *u = st->buf.v;

	if (u[s].run != u[s + n - 1].run)
		return 0;
	return !(u[s].stop || u[s + n - 1].stop);
}

/*
 * Counts occurrence x: the items in its windows (each side apart: an
 * n-gram never holds the node), and with --clusters its clusters.
 */
static void
count_occ(struct state *st, const struct occ *x)
{
	const struct opts *o = st->o;
	const struct count_opts *co = &o->cs.c;
	size_t nb = st->buf.n, lo, hi, s, n;
	struct gnode *gn = gnode_of(st, st->g, x->node);
	uint64_t slots = 0;

	gn->fnode++;
	if (o->clusters > 0) {
		size_t N = o->clusters, k = x->b - x->a + 1;

		if (k >= N)
			return;
		for (s = x->b + 1 >= N ? x->b + 1 - N : 0; s <= x->a; s++) {
			char at;

			if (s + N > nb || st->buf.v[s].run !=
			    st->buf.v[s + N - 1].run)
				continue;
			at = s == x->a ? 'L' : s + N - 1 == x->b ? 'R' : 'M';
			key_start(&st->kb, st->g, 1, x->node);
			str_addc(&st->kb, at);
			ngram_key(st, s, N, &st->kb);
			bump(st, &st->cl, 0);
		}
		return;
	}
	lo = x->a >= o->left ? x->a - o->left : 0;
	hi = x->b + o->right < nb ? x->b + o->right : nb - 1;
	for (n = co->nmin; n <= co->nmax; n++) {
		/* Left: n-grams in [lo, a); right: in (b, hi]. */
		for (s = lo; s + n <= x->a; s++) {
			if (!is_item(st, s, n))
				continue;
			slots++;
			key_start(&st->kb, st->g, 1, x->node);
			ngram_key(st, s, n, &st->kb);
			bump(st, &st->co, -(long)(x->a - (s + n - 1)));
		}
		for (s = x->b + 1; s + n <= hi + 1; s++) {
			if (!is_item(st, s, n))
				continue;
			slots++;
			key_start(&st->kb, st->g, 1, x->node);
			ngram_key(st, s, n, &st->kb);
			bump(st, &st->co, (long)(s - x->b));
		}
	}
	gn->wsize += slots;
}

/* How far right occurrence x needs units. */
static size_t
reach(const struct opts *o, const struct occ *x)
{
	size_t r = o->clusters > 0 ? o->clusters - 1 : o->right;

	return x->b + r;
}

/*
 * Counts the occurrences whose windows are complete (all of them at the
 * scope's end), then lets go of the units no later window reaches.
 */
static void
drain(struct state *st, int end)
{
	const struct opts *o = st->o;
	size_t keep, i, drop, kdrop;

	while (st->done < st->occs.n && (end ||
	    reach(o, &st->occs.v[st->done]) < st->buf.n))
		count_occ(st, &st->occs.v[st->done++]);
	if (end) {
		st->buf.n = 0;
		str_clear(&st->keys);
		st->occs.n = st->done = 0;
		return;
	}
	/* The units a later occurrence's left side may reach. */
	keep = st->buf.n > o->left ? st->buf.n - o->left : 0;
	if (st->done < st->occs.n) {
		size_t a = st->occs.v[st->done].a;

		a = a > o->left ? a - o->left : 0;
		if (a < keep)
			keep = a;
	}
	if (keep < 4096)
		return;
	drop = keep;
	kdrop = drop < st->buf.n ? st->buf.v[drop].k : st->keys.n;
	memmove(st->keys.s, st->keys.s + kdrop, st->keys.n - kdrop);
	st->keys.n -= kdrop;
	memmove(st->buf.v, st->buf.v + drop, (st->buf.n - drop) *
	    sizeof(*st->buf.v));
	st->buf.n -= drop;
	for (i = 0; i < st->buf.n; i++)
		st->buf.v[i].k -= kdrop;
	/* An empty vector's v is NULL, and NULL + 0 is undefined. */
	if (st->occs.n > st->done)
		memmove(st->occs.v, st->occs.v + st->done, (st->occs.n -
		    st->done) * sizeof(*st->occs.v));
	st->occs.n -= st->done;
	st->done = 0;
	for (i = 0; i < st->occs.n; i++) {
		st->occs.v[i].a -= drop;
		st->occs.v[i].b -= drop;
	}
}

/* The sentence's items, counted for f_coll and N. */
static void
count_items(struct state *st, const struct sunit *u, size_t m)
{
	const struct count_opts *co = &st->o->cs.c;
	size_t n, i, j;

	for (n = co->nmin; n <= co->nmax; n++)
		for (i = 0; i + n <= m; i++) {
			if (u[i].run != u[i + n - 1].run ||
			    u[i].stop || u[i + n - 1].stop)
				continue;
			key_start(&st->kb, st->g, 0, 0);
			for (j = i; j < i + n; j++) {
				if (j > i)
					str_addc(&st->kb, ' ');
				str_add(&st->kb, st->c.skeys.s + u[j].k, u[j].kn);
			}
			ht_upsert(&st->freq, st->kb.s, st->kb.n, NULL)->val++;
			st->gN.v[st->g]++;
		}
}

/* The units of the sentence that [ms, me) of text covers: *a, *b (of
 * m); 0 when it covers none. */
static int
covered(const struct sentence *s, const struct sunit *u, size_t m,
    size_t ms, size_t me, size_t *a, size_t *b)
{
	size_t i;
	int any = 0;

	for (i = 0; i < m; i++) {
		size_t us = s->toks[u[i].t0].start, ue = s->toks[u[i].t1 - 1].end;

		/* An empty match covers the unit it falls inside. */
		if (ue <= ms || (me > ms ? us >= me : us > ms))
			continue;
		if (!any)
			*a = i;
		*b = i;
		any = 1;
	}
	return any;
}

/* Are the match's edges, where they fall inside Han text, token edges of
 * the sentence (query.h)? */
static int
han_ok(const struct sentence *s, const char *text, size_t len, size_t ms,
    size_t me)
{
	size_t i;
	int sok = !query_han_inner(text, len, ms);
	int eok = !query_han_inner(text, len, me);

	for (i = 0; i < s->ntok && !(sok && eok); i++) {
		if (s->toks[i].start == ms)
			sok = 1;
		if (s->toks[i].end == me)
			eok = 1;
	}
	return sok && eok;
}

/* The paragraph at hand: the next match of the query in it. */
struct pmatch {
	const char *text;
	size_t	 len, from, ms, me;
	int	 have;		/* ms, me hold a match not yet used */
	int	 end;		/* no more */
};

static void
next_match(struct state *st, struct pmatch *pm)
{
	int rc;

	if (pm->end || pm->from > pm->len) {
		pm->end = 1;
		pm->have = 0;
		return;
	}
	rc = rx_exec(st->rx, pm->text, pm->len, pm->from, &pm->ms, &pm->me,
	    st->errbuf, sizeof(st->errbuf));
	if (rc == -1)
		errx(STATUS_TROUBLE, "%s: %s", st->docname, st->errbuf);
	if (rc == 0) {
		pm->end = 1;
		pm->have = 0;
		return;
	}
	pm->have = 1;
	if (pm->me > pm->ms)
		pm->from = pm->me;
	else {		/* an empty match moves on by a character */
		size_t p = pm->me + 1;

		while (p < pm->len && ((unsigned char)pm->text[p] & 0xC0) ==
		    0x80)
			p++;
		pm->from = p;
	}
}

/* Pass 1 notes the forms the node has (folded), for --network's label. */
static void
note_form(struct state *st, const char *s, size_t n)
{
	str_clear(&st->tb);
	utf8_fold(s, n, &st->tb);
	ht_upsert(&st->forms, st->tb.s, st->tb.n, NULL)->val++;
}

/* One sentence: its units join the scope, with its node occurrences. */
static void
sentence(struct state *st, const struct para *p, const struct sentence *s,
    struct pmatch *pm)
{
	const struct opts *o = st->o;
	const struct sunit *u;
	size_t m, i, base = st->buf.n, a = 0, b = 0, lastb = SIZE_MAX;

	counter_sentence(&st->c, p->text, s->toks, s->ntok);
	u = st->c.sunits.v;
	m = st->c.sunits.n;
	if (st->pass == 1)	/* pass 2 has them */
		count_items(st, u, m);
	for (i = 0; i < m; i++) {
		struct bunit x;

		x.k = st->keys.n;
		x.kn = u[i].kn;
		str_add(&st->keys, st->c.skeys.s + u[i].k, u[i].kn);
		x.run = st->runbase + u[i].run;
		x.stop = u[i].stop;
		VEC_PUSH(st->buf, x);
	}
	st->runbase += st->c.nrun + 1;
	if (st->rx != NULL) {
		/* The matches that start before the sentence's end. */
		while (pm->have && pm->ms < s->cend) {
			if (pm->me > s->cstart && (!o->q.han || han_ok(s,
			    pm->text, pm->len, pm->ms, pm->me)) &&
			    covered(s, u, m, pm->ms, pm->me, &a, &b) &&
			    (lastb == SIZE_MAX || a > lastb)) {
				struct occ x = { base + a, base + b, 0 };

				VEC_PUSH(st->occs, x);
				lastb = b;
				if (st->pass == 1 && o->network != NET_NONE)
					note_form(st, pm->text + pm->ms,
					    pm->me - pm->ms);
			}
			next_match(st, pm);
		}
	} else
		for (i = 0; i < m; i++) {
			struct ht_entry *e = ht_get(&st->nodekeys,
			    st->c.skeys.s + u[i].k, u[i].kn);

			if (e != NULL) {
				struct occ x = { base + i, base + i,
				    (uint32_t)e->val };

				VEC_PUSH(st->occs, x);
			}
		}
	drain(st, o->within == WITHIN_SENT);
}

/*
 * The walk.
 */

static int
walk_begin(void *arg, struct doc *d, const char *path, const char *id,
    size_t idlen)
{
	struct state *st = arg;
	size_t srclen, gl;
	const char *g;

	(void)doc_source(d, &srclen);
	if (st->rx != NULL)
		rx_budget(st->rx, srclen);
	st->docno++;
	st->docname = doc_name(d);
	if (st->var != NULL) {
		g = meta_var_file(st->var, path, id, idlen, &gl);
		st->g = group_of(st, g, gl);
	} else
		st->g = group_of(st, "", 0);
	return 1;
}

static void
walk_para(void *arg, struct doc *d, const struct para *p)
{
	struct state *st = arg;
	const struct opts *o = st->o;
	struct sentence s;
	struct pmatch pm;

	if (p->kind == PK_TOC || (p->kind == PK_HEADING &&
	    o->cs.c.noheadings))
		return;
	memset(&pm, 0, sizeof(pm));
	pm.text = p->text;
	pm.len = p->len;
	if (st->rx != NULL)
		next_match(st, &pm);
	while (doc_next_sentence(d, &s))
		sentence(st, p, &s, &pm);
	if (o->within == WITHIN_PARA)
		drain(st, 1);
}

static void
walk_end(void *arg, struct doc *d)
{
	struct state *st = arg;

	(void)d;
	drain(st, 1);
}

/* A txseg stream: its records are cut already, txcoll's windows need the
 * text (a table is refused by the walk, as in txfreq). */
static void
walk_stream(void *arg, struct stream_in *in)
{
	(void)arg;
	(void)in;	/* its name is "-" for stream files too */
	errx(STATUS_TROUBLE, "a txseg stream: txcoll reads text (give it the "
	    "texts the stream was made from)");
}

static int
walk(struct state *st, char **paths, int npaths)
{
	const struct count_opts *co = &st->o->cs.c;
	struct walk w = { walk_begin, walk_para, walk_end, st, 1,
	    walk_stream };

	return corpus_walk(&co->doc, paths, npaths, co->scan, co->nscan, &w);
}

/*
 * The measures.
 */

/* O ln(O / E), 0 when O is 0. */
static double
oln(double o, double e)
{
	return o > 0 ? o * log(o / e) : 0;
}

static double
ratio(double a, double b)
{
	return b != 0 ? a / b : NAN;
}

/* Every measure of a collocate seen O11 times, of frequency C1, with a
 * node of frequency fnode and windows of wsize items in N. */
static void
measures(const struct opts *o, double O11, double C1, double fnode,
    double wsize, double N, double *m)
{
	double R1 = o->expected == EXP_NODE ? fnode : wsize;
	double E11 = R1 * C1 / N, O12, O21, O22, E12, E21, E22, g2;
	double o21lr;

	O12 = R1 - O11 > 0 ? R1 - O11 : 0;
	O21 = C1 - O11 > 0 ? C1 - O11 : 0;
	O22 = N - R1 - C1 + O11 > 0 ? N - R1 - C1 + O11 : 0;
	E12 = R1 * (N - C1) / N;
	E21 = (N - R1) * C1 / N;
	E22 = (N - R1) * (N - C1) / N;
	m[M_EXPECTED] = E11;
	m[M_MI] = E11 > 0 ? log2(O11 / E11) : NAN;
	m[M_MI3] = E11 > 0 ? log2(O11 * O11 * O11 / E11) : NAN;
	g2 = 2 * (oln(O11, E11) + oln(O12, E12) + oln(O21, E21) +
	    oln(O22, E22));
	if (g2 < 0)
		g2 = 0;		/* rounding */
	m[M_G2] = O11 < E11 ? -g2 : g2;
	m[M_T] = (O11 - E11) / sqrt(O11);
	m[M_Z] = E11 > 0 ? (O11 - E11) / sqrt(E11) : NAN;
	m[M_DICE] = 2 * O11 / (fnode + C1);
	m[M_LOGDICE] = 14 + log2(m[M_DICE]);
	/* Hardie's Log Ratio: the relative frequency in the windows over
	 * the one elsewhere, a zero elsewhere taken as 0.5. */
	o21lr = O21 > 0 ? O21 : 0.5;
	m[M_LR] = N - R1 > 0 && R1 > 0 ? log2((O11 / R1) /
	    (o21lr / (N - R1))) : NAN;
	m[M_DPCN] = N - R1 > 0 ? ratio(O11, R1) - O21 / (N - R1) : NAN;
	m[M_DPNC] = N - C1 > 0 ? ratio(O11, C1) - O12 / (N - C1) : NAN;
}

/*
 * The table.
 */

struct row {
	const struct ht_entry *e;
	uint32_t g, node;
	double	 m[NMEASURE];
	double	 key;		/* the --sort value */
	const char *item;
	size_t	 ilen;
	char	 at;		/* clusters: L, R, M */
};
typedef VEC(struct row) rowvec;
typedef VEC(size_t) sizevec;

static int
by_rank(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	int c;
	size_t n;

	if (a->g != b->g)
		return a->g < b->g ? -1 : 1;
	if (a->node != b->node)
		return a->node < b->node ? -1 : 1;
	/* NaN sorts last. */
	if (a->key != b->key) {
		if (isnan(a->key))
			return 1;
		if (isnan(b->key))
			return -1;
		return a->key > b->key ? -1 : 1;
	}
	if (a->e->val != b->e->val)
		return a->e->val > b->e->val ? -1 : 1;
	n = a->ilen < b->ilen ? a->ilen : b->ilen;
	if (n > 0 && (c = memcmp(a->item, b->item, n)) != 0)
		return c;
	if (a->ilen != b->ilen)
		return a->ilen < b->ilen ? -1 : 1;
	return a->at < b->at ? -1 : a->at > b->at;
}

static uint64_t
fcoll(struct state *st, uint32_t g, const char *item, size_t n)
{
	const struct ht_entry *e;

	key_start(&st->tb, g, 0, 0);
	str_add(&st->tb, item, n);
	e = ht_get(&st->freq, st->tb.s, st->tb.n);
	return e != NULL ? e->val : 0;
}

/* The rows of t (co or cl), filtered and sorted; node: only this node's
 * (UINT32_MAX: all). */
static void
make_rows(struct state *st, struct ht *t, uint32_t node, rowvec *rows)
{
	const struct opts *o = st->o;
	size_t i, at = 8;	/* the item after group and node */

	rows->n = 0;
	for (i = 0; i < t->n; i++) {
		const struct ht_entry *e = &t->ents[i];
		const struct cinfo *ci = &st->infos.v[e->aux];
		struct row r;

		memset(&r, 0, sizeof(r));
		r.e = e;
		r.g = key_u32(e->key, 0);
		r.node = key_u32(e->key, 4);
		if (node != UINT32_MAX && r.node != node)
			continue;
		if (e->val < o->mincount || ci->range < o->minrange)
			continue;
		if (t == &st->cl) {
			r.at = e->key[at];
			r.item = e->key + at + 1;
			r.ilen = e->len - at - 1;
			r.key = (double)e->val;
		} else {
			const struct gnode *gn = gnode_of(st, r.g, r.node);

			r.item = e->key + at;
			r.ilen = e->len - at;
			measures(o, (double)e->val, (double)fcoll(st, r.g,
			    r.item, r.ilen), (double)gn->fnode,
			    (double)gn->wsize, (double)st->gN.v[r.g], r.m);
			r.key = o->sort == M_FREQ ? (double)e->val :
			    r.m[o->sort];
		}
		VEC_PUSH(*rows, r);
	}
	if (rows->n > 1)
		qsort(rows->v, rows->n, sizeof(*rows->v), by_rank);
}

static void
put_num(struct out *out, double v)
{
	if (isnan(v) || isinf(v))
		out_field(out, "", 0);
	else
		out_double(out, v, 4);
}

static void
put_item(struct state *st, struct out *out, const char *s, size_t n)
{
	counter_item_text(s, n, st->o->sep, &st->tb);
	out_field(out, st->tb.s, st->tb.n);
}

static int
grouped(const struct state *st)
{
	return st->var != NULL;
}

static void
print_table(struct state *st, struct out *out)
{
	const struct opts *o = st->o;
	VEC(const char *) h = { 0 };
	rowvec rows = { 0 };
	char names[2 * MAXSPAN][24];
	size_t i, j, nrow = 0, w = o->left + o->right;
	uint32_t lastg = UINT32_MAX;
	int k;

	if (grouped(st))
		VEC_PUSH(h, st->var->name);
	if (o->clusters > 0) {
		VEC_PUSH(h, "cluster");
		VEC_PUSH(h, "node_at");
		VEC_PUSH(h, "count");
		VEC_PUSH(h, "range");
	} else {
		VEC_PUSH(h, "collocate");
		VEC_PUSH(h, "f_node_coll");
		VEC_PUSH(h, "f_coll");
		VEC_PUSH(h, "f_node");
		VEC_PUSH(h, "window_size");
		VEC_PUSH(h, "n");
		for (k = 0; k < NMEASURE; k++)
			VEC_PUSH(h, mnames[k]);
		VEC_PUSH(h, "range");
		if (o->positions)
			for (i = 0; i < w; i++) {
				if (i < o->left)
					snprintf(names[i], sizeof(names[i]),
					    "L%zu", o->left - i);
				else
					snprintf(names[i], sizeof(names[i]),
					    "R%zu", i - o->left + 1);
				VEC_PUSH(h, names[i]);
			}
	}
	VEC_PUSH(h, NULL);
	out_header(out, h.v);
	VEC_FREE(h);
	make_rows(st, o->clusters > 0 ? &st->cl : &st->co, UINT32_MAX, &rows);
	for (i = 0; i < rows.n; i++) {
		const struct row *r = &rows.v[i];
		const struct cinfo *ci = &st->infos.v[r->e->aux];

		if (r->g != lastg) {
			lastg = r->g;
			nrow = 0;
		}
		if (o->top > 0 && nrow >= o->top)
			continue;
		nrow++;
		if (grouped(st))
			out_field(out, st->groups.ents[r->g].key,
			    st->groups.ents[r->g].len);
		put_item(st, out, r->item, r->ilen);
		if (o->clusters > 0) {
			out_field(out, &r->at, 1);
			out_u64(out, r->e->val);
			out_u64(out, ci->range);
			out_endrec(out);
			continue;
		} else {
			const struct gnode *gn = gnode_of(st, r->g, r->node);

			out_u64(out, r->e->val);
			out_u64(out, fcoll(st, r->g, r->item, r->ilen));
			out_u64(out, gn->fnode);
			out_u64(out, gn->wsize);
			out_u64(out, st->gN.v[r->g]);
		}
		for (k = 0; k < NMEASURE; k++)
			put_num(out, r->m[k]);
		out_u64(out, ci->range);
		if (o->positions)
			for (j = 0; j < w; j++)
				out_u64(out, st->posv.v[ci->pos + j]);
		out_endrec(out);
	}
	VEC_FREE(rows);
}

/*
 * --network: the node, its --top collocates by the --sort measure, and
 * with --depth 2 theirs.
 */

struct net {
	VEC(size_t) labels;	/* offsets in names of the vertices */
	struct str names;
	struct ht ids;		/* label -> val: vertex */
	struct edge {
		size_t	 a, b;
		double	 w;
		uint64_t f;
	} *e;
	size_t	 ne, ce;
};

static size_t
vertex(struct net *nt, const char *s, size_t n)
{
	int isnew;
	struct ht_entry *e = ht_upsert(&nt->ids, s, n, &isnew);

	if (isnew) {
		e->val = nt->labels.n;
		VEC_PUSH(nt->labels, nt->names.n);
		str_add(&nt->names, s, n);
		str_addc(&nt->names, '\0');
	}
	return (size_t)e->val;
}

static void
edge(struct net *nt, size_t a, size_t b, double w, uint64_t f)
{
	size_t i;

	if (a == b)
		return;
	for (i = 0; i < nt->ne; i++)	/* an edge once, either way */
		if ((nt->e[i].a == a && nt->e[i].b == b) ||
		    (nt->e[i].a == b && nt->e[i].b == a))
			return;
	if (nt->ne == nt->ce) {
		nt->ce = nt->ce ? nt->ce * 2 : 16;
		nt->e = xreallocarray(nt->e, nt->ce, sizeof(*nt->e));
	}
	nt->e[nt->ne++] = (struct edge){ a, b, w, f };
}

/* The node's label: its most frequent form (ties: byte order). */
static void
node_label(struct state *st, struct str *b)
{
	const struct ht_entry *best = NULL;
	size_t i;

	for (i = 0; i < st->forms.n; i++) {
		const struct ht_entry *e = &st->forms.ents[i];

		if (best == NULL || e->val > best->val || (e->val == best->val &&
		    ht_cmp_key(&e, &best) < 0))
			best = e;
	}
	str_clear(b);
	if (best != NULL)
		str_add(b, best->key, best->len);
}

static void
xml_text(struct out *out, const char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		const char *r = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" :
		    s[i] == '>' ? "&gt;" : s[i] == '"' ? "&quot;" : NULL;

		if (r == NULL)
			continue;
		out_raw(out, s + from, i - from);
		out_raw(out, r, strlen(r));
		from = i + 1;
	}
	out_raw(out, s + from, n - from);
}

static void
dot_text(struct out *out, const char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		if (s[i] != '"' && s[i] != '\\')
			continue;
		out_raw(out, s + from, i - from);
		out_raw(out, "\\", 1);
		from = i;
	}
	out_raw(out, s + from, n - from);
}

static void
raw(struct out *out, const char *s)
{
	out_raw(out, s, strlen(s));
}

/* A weight in the C locale's form, whatever the process's. */
static void
weight(char *b, size_t n, double w)
{
	char *p;

	snprintf(b, n, "%.4f", w);
	for (p = b; *p != '\0'; p++)
		if (*p == ',')
			*p = '.';
}

/*
 * DOT (Graphviz) or GraphML (Gephi, yEd): an undirected graph, the node
 * first (vertex n0), each edge with the --sort measure's value (score in
 * DOT, weight in GraphML) and the co-occurrence count.
 */
static void
print_network(struct state *st, struct net *nt, struct out *out)
{
	const struct opts *o = st->o;
	char b[160], w[64];
	size_t i;
	int dot = o->network == NET_DOT;

	if (dot) {
		raw(out, "graph collocates {\n");
		raw(out, "\tnode [shape=ellipse];\n");
	} else {
		raw(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		raw(out, "<graphml xmlns=\"http://graphml.graphdrawing.org/"
		    "xmlns\">\n");
		raw(out, "  <key id=\"label\" for=\"node\" attr.name=\"label\" "
		    "attr.type=\"string\"/>\n");
		raw(out, "  <key id=\"weight\" for=\"edge\" "
		    "attr.name=\"weight\" attr.type=\"double\"/>\n");
		raw(out, "  <key id=\"f\" for=\"edge\" attr.name=\"f_node_coll\" "
		    "attr.type=\"long\"/>\n");
		raw(out, "  <graph id=\"collocates\" "
		    "edgedefault=\"undirected\">\n");
	}
	for (i = 0; i < nt->labels.n; i++) {
		const char *l = nt->names.s + nt->labels.v[i];

		if (dot) {
			snprintf(b, sizeof(b), "\tn%zu [label=\"", i);
			raw(out, b);
			dot_text(out, l, strlen(l));
			raw(out, i == 0 ? "\", style=bold];\n" : "\"];\n");
		} else {
			snprintf(b, sizeof(b), "    <node id=\"n%zu\"><data "
			    "key=\"label\">", i);
			raw(out, b);
			xml_text(out, l, strlen(l));
			raw(out, "</data></node>\n");
		}
	}
	for (i = 0; i < nt->ne; i++) {
		weight(w, sizeof(w), nt->e[i].w);
		if (dot)
			snprintf(b, sizeof(b), "\tn%zu -- n%zu [score=%s, "
			    "f_node_coll=%llu];\n", nt->e[i].a, nt->e[i].b, w,
			    (unsigned long long)nt->e[i].f);
		else
			snprintf(b, sizeof(b), "    <edge source=\"n%zu\" "
			    "target=\"n%zu\"><data key=\"weight\">%s</data>"
			    "<data key=\"f\">%llu</data></edge>\n", nt->e[i].a,
			    nt->e[i].b, w, (unsigned long long)nt->e[i].f);
		raw(out, b);
	}
	raw(out, dot ? "}\n" : "  </graph>\n</graphml>\n");
}

/* The first --top rows of node's (group 0: --network has no --by). */
static void
top_edges(struct state *st, struct net *nt, uint32_t node, size_t from,
    rowvec *rows, sizevec *kids)
{
	const struct opts *o = st->o;
	size_t i, top = o->top > 0 ? o->top : 10, n = 0;

	make_rows(st, &st->co, node, rows);
	for (i = 0; i < rows->n && n < top; i++) {
		const struct row *r = &rows->v[i];
		size_t v;

		if (isnan(r->key) || r->key <= 0)	/* not attracted */
			continue;
		/* A form of the node (sovereignty among the collocates of
		 * sovereign's) is the node's vertex. */
		if (ht_get(&st->forms, r->item, r->ilen) != NULL)
			v = 0;
		else {
			counter_item_text(r->item, r->ilen, o->sep, &st->tb);
			v = vertex(nt, st->tb.s, st->tb.n);
		}
		edge(nt, from, v, r->key, r->e->val);
		if (kids != NULL)
			VEC_PUSH(*kids, i);
		n++;
	}
}

static int
network(struct state *st, char **paths, int npaths, struct out *out)
{
	const struct opts *o = st->o;
	struct net nt;
	rowvec rows = { 0 };
	sizevec kids = { 0 };
	VEC(char *) kidkeys = { 0 };
	size_t i;
	int status = STATUS_OK;

	memset(&nt, 0, sizeof(nt));
	node_label(st, &st->kb);
	(void)vertex(&nt, st->kb.s, st->kb.n);
	top_edges(st, &nt, 0, 0, &rows, &kids);
	if (o->depth > 1 && kids.n > 0) {
		/* Pass 2: each collocate a node of its own, by its key. */
		for (i = 0; i < kids.n; i++) {
			const struct row *r = &rows.v[kids.v[i]];

			VEC_PUSH(kidkeys, xmemdup(r->item, r->ilen));
			ht_upsert(&st->nodekeys, r->item, r->ilen, NULL)->val =
			    i + 1;
		}
		st->pass = 2;
		st->rx = NULL;
		status = walk(st, paths, npaths);
		for (i = 0; i < kidkeys.n; i++) {
			size_t v;

			counter_item_text(kidkeys.v[i], strlen(kidkeys.v[i]),
			    o->sep, &st->tb);
			v = vertex(&nt, st->tb.s, st->tb.n);
			top_edges(st, &nt, (uint32_t)(i + 1), v, &rows, NULL);
			free(kidkeys.v[i]);
		}
	}
	print_network(st, &nt, out);
	VEC_FREE(rows);
	VEC_FREE(kids);
	VEC_FREE(kidkeys);
	VEC_FREE(nt.labels);
	str_free(&nt.names);
	ht_free(&nt.ids);
	free(nt.e);
	return status;
}

/*
 * Options.
 */

static size_t
span_arg(const char *arg, const char *opt)
{
	size_t n = parse_count(arg, opt);

	if (n > MAXSPAN)
		errx(STATUS_TROUBLE, "%s: '%s': at most %d words", opt, arg,
		    MAXSPAN);
	return n;
}

static int
measure_arg(const char *arg)
{
	int k;

	for (k = 0; mnames[k] != NULL; k++)
		if (strcmp(arg, mnames[k]) == 0)
			return k;
	errx(STATUS_TROUBLE, "--sort: '%s' is not a measure: g2, mi, mi3, t, "
	    "z, dice, logdice, log_ratio, dp_coll_node, dp_node_coll, "
	    "expected or f_node_coll", arg);
}

/* The index of arg among words; else exits 2 with "opt: 'arg' is not
 * what". */
static int
word_arg(const char *arg, const char *opt, const char *const *words,
    const char *what)
{
	int k;

	for (k = 0; words[k] != NULL; k++)
		if (strcmp(arg, words[k]) == 0)
			return k;
	errx(STATUS_TROUBLE, "%s: '%s' is not %s", opt, arg, what);
}

int
main(int argc, char *argv[])
{
	static const char *const withins[] = { "sent", "para", "doc", NULL };
	static const char *const expects[] = { "window", "node", NULL };
	static const char *const nets[] = { "dot", "graphml", NULL };
	struct doc_setup ds;
	struct inputs inp;
	struct meta meta;
	struct meta_var var;
	struct opts o;
	struct state st;
	struct out out;
	char **paths;
	int ch, npaths, status = STATUS_OK, leftset = 0, rightset = 0;
	int windowset = 0, tsv = 0, csv = 0, depthset = 0;
	size_t window = 5;

	memset(&o, 0, sizeof(o));
	memset(&st, 0, sizeof(st));
	memset(&meta, 0, sizeof(meta));
	query_init(&o.q);
	inputs_init(&inp);
	count_setup_init(&o.cs);
	doc_setup_init(&ds, &o.cs.c.doc);
	o.sort = M_G2;
	o.mincount = 1;
	o.depth = 1;
	while ((ch = getopt_long(argc, argv, "hn:vV" QUERY_SHORTOPTS
	    INPUTS_SHORTOPTS, longopts, NULL)) != -1) {
		if (doc_option(&ds, ch, optarg) || inputs_option(&inp, ch,
		    optarg) || query_option(&o.q, ch, optarg))
			continue;
		switch (ch) {
		case OPT_LEFT:
			o.left = span_arg(optarg, "--left");
			leftset = 1;
			break;
		case OPT_RIGHT:
			o.right = span_arg(optarg, "--right");
			rightset = 1;
			break;
		case OPT_WINDOW:
			window = span_arg(optarg, "--window");
			windowset = 1;
			break;
		case OPT_WITHIN:
			o.within = word_arg(optarg, "--within", withins,
			    "sent, para or doc");
			break;
		case OPT_EXPECTED:
			o.expected = word_arg(optarg, "--expected",
			    expects, "window or node");
			break;
		case OPT_POSITIONS: o.positions = 1; break;
		case OPT_SORT: o.sort = measure_arg(optarg); break;
		case OPT_MINCOUNT:
			o.mincount = parse_count(optarg, "--min-count");
			break;
		case OPT_MINRANGE:
			o.minrange = parse_count(optarg, "--min-range");
			break;
		case OPT_TOP: o.top = parse_count(optarg, "--top"); break;
		case OPT_BY:
			if (*optarg == '\0')
				errx(STATUS_TROUBLE, "--by: '': doc or a "
				    "variable");
			o.byvar = optarg;
			break;
		case META_OPT: o.meta = optarg; break;
		case OPT_CLUSTERS:
			o.clusters = parse_count(optarg, "--clusters");
			if (o.clusters < 2 || o.clusters > 9)
				errx(STATUS_TROUBLE, "--clusters: '%s': 2 to 9 "
				    "words", optarg);
			break;
		case OPT_NETWORK:
			o.network = word_arg(optarg, "--network", nets,
			    "dot or graphml") + 1;
			break;
		case OPT_DEPTH:
			if (strcmp(optarg, "1") == 0)
				o.depth = 1;
			else if (strcmp(optarg, "2") == 0)
				o.depth = 2;
			else
				errx(STATUS_TROUBLE, "--depth: '%s' is not 1 or "
				    "2", optarg);
			depthset = 1;
			break;
		case OPT_TSV: tsv = 1; break;
		case OPT_CSV: o.csv = OUT_CSV; csv = 1; break;
		case OUT_OPT_CSV_SAFE: o.csv = OUT_CSV_SAFE; csv = 2; break;
		case OPT_SEP: o.sep = optarg; break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default:
			if (!count_option(&o.cs, ch, optarg))
				tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	if (!query_given(&o.q)) {
		if (argc == 0)
			tool_usage(usage_line);
		query_add(&o.q, argv[0]);
		argc--;
		argv++;
	}
	/* Options that would silently override or be ignored. */
	if (windowset && (leftset || rightset))
		tool_contradict("--window", leftset ? "--left" : "--right");
	if (tsv && csv)
		tool_contradict("--tsv", csv == 2 ? "--csv-safe" : "--csv");
	if (o.network != NET_NONE && (tsv || csv))
		tool_contradict("--network", tsv ? "--tsv" : csv == 2 ?
		    "--csv-safe" : "--csv");
	if (o.clusters > 0 && o.network != NET_NONE)
		tool_contradict("--clusters", "--network");
	if (o.clusters > 0 && o.positions)
		tool_contradict("--clusters", "--positions");
	if (o.network != NET_NONE && o.byvar != NULL)
		tool_contradict("--network", "--by");
	if (depthset && o.network == NET_NONE)
		errx(STATUS_TROUBLE, "--depth goes with --network");
	if (o.meta != NULL && o.byvar == NULL)
		errx(STATUS_TROUBLE, "--meta goes with --by VAR");
	if (o.cs.c.stream)
		errx(STATUS_TROUBLE, "--stream: txcoll reads text, not "
		    "txseg's stream");
	if (o.cs.c.alsowords)
		errx(STATUS_TROUBLE, "--also-words: a collocate is a term or "
		    "a word, not both");
	if (o.clusters > 0 && (o.cs.c.nmin != 1 || o.cs.c.nmax != 1))
		tool_contradict("--clusters", "-n");
	if (o.depth > 1 && o.cs.c.nmax > 1)
		errx(STATUS_TROUBLE, "--depth 2 takes one-word collocates: "
		    "not with -n");
	if (o.clusters > 0 && o.sort != M_G2)
		errx(STATUS_TROUBLE, "--sort: clusters are sorted by count");
	if (!leftset)
		o.left = window;
	if (!rightset)
		o.right = window;
	if (o.left + o.right == 0)
		errx(STATUS_TROUBLE, "the window is empty: --left and --right "
		    "are 0");
	if (o.clusters > 0)
		o.sort = M_FREQ;
	paths = inputs_load(&inp, argv, argc, &npaths);
	o.cs.c.doc.idfrom = inp.idfrom;
	if (o.depth > 1) {
		int i;

		for (i = 0; i < npaths; i++)
			if (strcmp(paths[i], "-") == 0)
				errx(STATUS_TROUBLE, "--depth 2 reads the input "
				    "twice: not standard input");
	}
	doc_setup_load(&ds);
	count_setup_load(&o.cs);
	if (o.byvar != NULL) {
		if (o.meta != NULL)
			meta_load(&meta, o.meta);
		meta_var_init(&var, "--by", o.byvar, o.meta ? &meta : NULL);
		st.var = &var;
	}
	o.cs.c.cells = LV_DOC;
	st.o = &o;
	st.pass = 1;
	counter_init(&st.c, &o.cs.c);
	st.rx = query_compile(&o.q, o.cs.c.doc.tokopts);
	out_init(&out, STDOUT_FILENO, o.csv ? o.csv : OUT_TSV);
	status = walk(&st, paths, npaths);
	if (o.network != NET_NONE) {
		struct rx *rx = st.rx;

		if (network(&st, paths, npaths, &out) != STATUS_OK)
			status = STATUS_TROUBLE;
		st.rx = rx;
	} else
		print_table(&st, &out);
	out_close(&out);
	if (inp.status != STATUS_OK)
		status = STATUS_TROUBLE;
	{
		/* Did the node occur at all (pass 1, group any)? */
		uint64_t seen = 0;
		size_t i;

		for (i = 0; i < st.gn.n; i++)
			if (key_u32(st.gn.ents[i].key, 4) == 0)
				seen += st.gns.v[st.gn.ents[i].aux].fnode;
		if (status == STATUS_OK && seen == 0)
			status = STATUS_NOMATCH;
	}
	rx_free(st.rx);
	counter_free(&st.c);
	ht_free(&st.nodekeys);
	ht_free(&st.groups);
	ht_free(&st.freq);
	ht_free(&st.co);
	ht_free(&st.cl);
	ht_free(&st.gn);
	ht_free(&st.forms);
	VEC_FREE(st.gN);
	VEC_FREE(st.gns);
	VEC_FREE(st.infos);
	VEC_FREE(st.posv);
	VEC_FREE(st.buf);
	VEC_FREE(st.occs);
	str_free(&st.keys);
	str_free(&st.kb);
	str_free(&st.tb);
	query_free(&o.q);
	count_setup_free(&o.cs);
	doc_setup_free(&ds);
	inputs_free(&inp);
	if (o.meta != NULL)
		meta_free(&meta);
	return status;
}
