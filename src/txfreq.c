/*
 * txfreq: word lists, n-grams, dispersion and tf-idf from raw text, from
 * txseg's stream, or from txfreq tables merged.
 *
 * The counting is src/common/count.c (txkeys counts with it too); this
 * file holds the options and the tables printed from the counts.
 */
#include <err.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "count.h"
#include "docopt.h"
#include "inputs.h"
#include "io.h"
#include "pair.h"
#include "utf8.h"
#include "util.h"

struct opts {
	struct count_setup cs;
	const char *sep;	/* --sep: between two Han words of an item */
	int	 csv;
	int	 by;		/* LV_CORPUS, LV_DOC, LV_SECTION */
	int	 byset;		/* --by was given */
	int	 parts;		/* --parts: LV_DOC or LV_SECTION */
	int	 partsset;
	int	 dispersion;	/* --dispersion */
	int	 tfidf;		/* --tfidf */
	int	 wide;		/* --wide */
	int	 stats;		/* --stats */
	int	 merge;		/* --merge */
	size_t	 top, mincount, minrange;
	const char *meta;	/* --meta FILE */
	const char *byvar;	/* --by VAR: groups are its values */
	const char *partsvar;	/* --parts VAR */
	const char *label;	/* the first column of a --by table */
};

enum { OPT_CSV = 256, OPT_MINCOUNT, OPT_MINRANGE, OPT_TOP, OPT_BY,
	OPT_PARTS, OPT_DISP, OPT_TFIDF, OPT_WIDE, OPT_STATS, OPT_MERGE,
	OPT_SEP };

static const struct option longopts[] = {
	COUNT_LONGOPTS,
	{ "csv",	 no_argument,	    NULL, OPT_CSV },
	{ "sep",	 required_argument, NULL, OPT_SEP },
	OUT_CSV_SAFE_LONGOPT,
	{ "top",	 required_argument, NULL, OPT_TOP },
	{ "min-count",	 required_argument, NULL, OPT_MINCOUNT },
	{ "min-range",	 required_argument, NULL, OPT_MINRANGE },
	{ "by",		 required_argument, NULL, OPT_BY },
	{ "parts",	 required_argument, NULL, OPT_PARTS },
	{ "dispersion",	 no_argument,	    NULL, OPT_DISP },
	{ "tfidf",	 no_argument,	    NULL, OPT_TFIDF },
	{ "wide",	 no_argument,	    NULL, OPT_WIDE },
	{ "stats",	 no_argument,	    NULL, OPT_STATS },
	{ "merge",	 no_argument,	    NULL, OPT_MERGE },
	META_LONGOPTS,
	DOC_LONGOPTS,
	INPUTS_LONGOPTS,
	{ "help",	 no_argument,	    NULL, 'h' },
	{ "version",	 no_argument,	    NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txfreq [-n size|low-high] [--by doc|section|var] [--wide]\n"
    "              [--stats] [--dispersion] [--parts doc|section|var]\n"
    "              [--tfidf] [--meta file]\n"
    "              [--csv | --csv-safe] [--case] [--punct] [--no-numbers]\n"
    "              [--no-headings]\n"
    "              [--stem] [--stop en|file] [--terms file] [--also-words]\n"
    "              [--top n] [--min-count n] [--min-range n] [--stream]\n"
    "              [--corpus-list file] [cleanup options]\n"
    "              [--id-from suffix|path|base] [--files-from list [-0]]\n"
    "              [-r dir] [file ...]\n"
    "       txfreq --merge [output options] [--files-from list [-0]]\n"
    "              [-r dir] table ...\n";

static const char help_text[] =
"\n"
"Counts the terms of raw text files (cleaned and tokenized as txseg does)\n"
"or of txseg's stream on standard input, and prints a table, TSV with a\n"
"header row:\n"
"\n"
"  term count per_million range\n"
"\n"
"sorted by count (highest first), then term in byte order.  per_million is\n"
"count / items counted * 10^6; range is the number of documents the term\n"
"occurs in.  Terms are case-folded; punctuation is not counted; contents\n"
"lines never are.  See txfreq(1) for every formula.\n"
"\n"
"What to count:\n"
COUNT_HELP
"What to print:\n"
"      --by corpus|doc|section|VAR  one list (the default), or a table\n"
"                      per document, section, or value of variable VAR\n"
"                      (a column of --meta, or of txseg's stream):\n"
"                      doc [sec] term count per_million (VAR term ...)\n"
"      --wide          a term x document (or section) matrix of counts\n"
"      --stats         per document: items types ttr sentences\n"
"                      mean_sentence_length\n"
"      --dispersion    add juilland_d and gries_dp over the parts\n"
"      --parts doc|section|VAR  the parts of range and dispersion in\n"
"                      the corpus list (default doc); --by doc uses\n"
"                      sections, --by VAR the documents of each value\n"
META_HELP
"      --tfidf         add tf-idf, count * log10(N / df), per document\n"
"      --csv           RFC 4180 CSV instead of TSV\n"
"      --sep STR       between two Han words of an n-gram (default: none,\n"
"                      as Chinese is written; other words: a space)\n"
OUT_CSV_SAFE_HELP
"      --top N         the N most frequent terms (per document with --by)\n"
"      --min-count N   terms counted at least N times\n"
"      --min-range N   terms in at least N documents (or parts)\n"
"      --merge         sum txfreq tables made with the same options\n"
DOC_HELP
INPUTS_HELP
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"With no file, or when file is -, reads standard input: txseg's stream\n"
"when its first line is txseg's header, raw text otherwise.  Exit status:\n"
"0 on success, 2 on trouble.\n";

/* A level, or a variable (*var: its name; the groups are then its values,
 * counted as documents are). */
static int
parse_level(const char *arg, const char *opt, const char **var)
{
	*var = NULL;
	if (strcmp(arg, "corpus") == 0 && strcmp(opt, "--by") == 0)
		return LV_CORPUS;
	if (strcmp(arg, "doc") == 0)
		return LV_DOC;
	if (strcmp(arg, "section") == 0)
		return LV_SECTION;
	if (*arg == '\0')
		errx(STATUS_TROUBLE, "%s: '': %sdoc, section or a variable", opt,
		    strcmp(opt, "--by") == 0 ? "corpus, " : "");
	*var = arg;
	return LV_DOC;
}

/*
 * Grouping.
 */

/* The unit of `level` cell i belongs to. */
static uint32_t
unit_of(const struct counter *c, uint32_t cell, int level)
{
	switch (level) {
	case LV_CORPUS:
		return 0;
	case LV_DOC:
		return c->cells.v[cell].doc;
	default:
		return cell;
	}
}

static size_t
nunits(const struct counter *c, int level)
{
	return level == LV_CORPUS ? 1 : level == LV_DOC ? counter_ndocs(c) :
	    c->cells.n;
}

/* What a --by or --parts level sums up: items per unit. */
struct units {
	int	 level;
	size_t	 n;		/* units */
	uint64_t *items;	/* per unit */
	uint32_t *group;	/* per unit: its group one level up */
	uint32_t *parts;	/* per group: units with items (for D) */
};

static void
units_init(struct units *u, const struct counter *c, int level, int up)
{
	size_t i;

	u->level = level;
	u->n = nunits(c, level);
	u->items = xcalloc(u->n + 1, sizeof(*u->items));
	u->group = xcalloc(u->n + 1, sizeof(*u->group));
	u->parts = xcalloc(nunits(c, up) + 1, sizeof(*u->parts));
	for (i = 0; i < c->cells.n; i++) {
		uint32_t k = unit_of(c, (uint32_t)i, level);

		u->items[k] += c->cells.v[i].items;
		u->group[k] = unit_of(c, (uint32_t)i, up);
	}
	for (i = 0; i < u->n; i++)
		if (u->items[i] > 0)
			u->parts[u->group[i]]++;
}

static void
units_free(struct units *u)
{
	free(u->items);
	free(u->group);
	free(u->parts);
}

/* Work space of gather(). */
struct acc {
	uint64_t *n;		/* per unit */
	uint32_t *touched;
	size_t	 nt;
	const struct units *u;
};

static int
by_group_unit(const void *a, const void *b, void *arg)
{
	const struct units *u = arg;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	if (u->group[x] != u->group[y])
		return u->group[x] < u->group[y] ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Gathers term idx's counts per unit of a->u into a->n, the units it is
 * in listed in a->touched by group, then unit. */
static void
gather(const struct counter *c, size_t idx, struct acc *a)
{
	uint32_t p;
	size_t i;

	for (i = 0; i < a->nt; i++)
		a->n[a->touched[i]] = 0;
	a->nt = 0;
	for (p = c->ti.v[idx].head; p != 0; p = c->pairs.v[p - 1].next) {
		const struct pair *q = &c->pairs.v[p - 1];
		uint32_t k = unit_of(c, q->cell, a->u->level);

		if (a->n[k] == 0)
			a->touched[a->nt++] = k;
		a->n[k] += q->n;
	}
	qsort_r(a->touched, a->nt, sizeof(*a->touched), by_group_unit,
	    (void *)a->u);
}

/*
 * Dispersion of a term over parts t[0..nt) (units of u, all in one
 * group) with counts n[], in a group of `items` items and `np` parts with
 * items.  Gries' DP = 1/2 sum |v_i/f - s_i| over all parts, s_i the
 * part's share of the items; Juilland's D = 1 - (sd/mean)/sqrt(np - 1)
 * of the relative frequencies v_i/size_i (population sd).  Sums run in
 * part order, so a merge computes the same bits as one run.
 */
static void
dispersion(const struct units *u, const uint64_t *n, const uint32_t *t,
    size_t nt, uint64_t items, size_t np, double *d, double *dp)
{
	double f = 0, sum = 0, r, sr = 0, sr2 = 0, mean, var;
	size_t i;

	for (i = 0; i < nt; i++)
		f += (double)n[t[i]];
	for (i = 0; i < nt; i++) {
		double s = (double)u->items[t[i]] / (double)items;

		sum += fabs((double)n[t[i]] / f - s) - s;
		r = (double)n[t[i]] / (double)u->items[t[i]];
		sr += r;
		sr2 += r * r;
	}
	*dp = 0.5 * (1.0 + sum);
	if (*dp < 0)
		*dp = 0;
	if (np < 2) {
		*d = NAN;
		return;
	}
	mean = sr / (double)np;
	var = sr2 / (double)np - mean * mean;
	if (var < 0)
		var = 0;
	*d = 1.0 - sqrt(var) / mean / sqrt((double)np - 1.0);
	if (*d < 0)
		*d = 0;
	if (*d > 1)
		*d = 1;
}

/*
 * Printing.
 */

/*
 * An item's words are joined by spaces inside the counter; between two
 * Han words the table writes o->sep instead (default "": 网络 安全 is
 * written 网络安全, as Chinese is), a space between any others.
 */
static void
put_item(struct out *out, const struct opts *o, const char *s, size_t n,
    struct str *b)
{
	counter_item_text(s, n, o->sep, b);
	out_field(out, b->s, b->n);
}

static void
put_form(struct out *out, const struct counter *c, const size_t *best,
    size_t idx)
{
	if (best[idx] == SIZE_MAX)
		out_field(out, "", 0);
	else
		out_field(out, c->forms.ents[best[idx]].key,
		    c->forms.ents[best[idx]].len);
}

static void
put_ratio(struct out *out, double v, int prec)
{
	if (isnan(v))
		out_field(out, "", 0);
	else
		out_double(out, v, prec);
}

static void
header(struct out *out, const struct opts *o, const char *const *lead,
    const char *const *tail, int form)
{
	VEC(const char *) h = { 0 };

	for (; *lead != NULL; lead++)
		VEC_PUSH(h, *lead);
	VEC_PUSH(h, "term");
	if (form)
		VEC_PUSH(h, "form");
	for (; *tail != NULL; tail++)
		VEC_PUSH(h, *tail);
	VEC_PUSH(h, NULL);
	out_header(out, h.v);
	VEC_FREE(h);
	(void)o;
}

/* Rows [from, to) of the word list (v: the terms in count order), to
 * out, until top rows are written (0: no limit); with a, the range and
 * dispersion come from the chains. */
struct list_job {
	struct counter *c;
	const struct opts *o;
	struct ht_entry **v;
	const size_t *best;	/* --stem's forms, or NULL */
	struct acc *a;
	size_t	 from, to, top, n;
	struct out out;
	struct str item;
};

static void *
list_rows(void *arg)
{
	struct list_job *j = arg;
	struct counter *c = j->c;
	const struct opts *o = j->o;
	size_t i;

	for (i = j->from; i < j->to && !(j->top > 0 && j->n >= j->top); i++) {
		const struct ht_entry *e = j->v[i];
		size_t idx = (size_t)(e - c->terms.ents);
		uint64_t range;
		double d = NAN, dp = NAN;

		/* The rows are in count order, their entries and keys all over
		 * memory: each is asked of the cache some rows ahead. */
		if (i + 16 < j->to)
			counter_prefetch(c, (size_t)(j->v[i + 16] - c->terms.ents));
		if (i + 8 < j->to)
			__builtin_prefetch(j->v[i + 8]->key);
		range = counter_range(c, idx);

		if (e->val < o->mincount)
			continue;
		if (j->a != NULL) {
			gather(c, idx, j->a);
			range = j->a->nt;
		}
		if (range < o->minrange)
			continue;
		if (o->dispersion)
			dispersion(j->a->u, j->a->n, j->a->touched, j->a->nt,
			    c->items, j->a->u->parts[0], &d, &dp);
		put_item(&j->out, o, e->key, e->len, &j->item);
		if (j->best != NULL)
			put_form(&j->out, c, j->best, idx);
		out_u64(&j->out, e->val);
		out_double(&j->out, (double)e->val * 1e6 / (double)c->items, 2);
		out_u64(&j->out, range);
		if (o->dispersion) {
			put_ratio(&j->out, d, 4);
			put_ratio(&j->out, dp, 4);
		}
		out_endrec(&j->out);
		j->n++;
	}
	return NULL;
}

/*
 * The corpus word list.  A long one without --top or the chains is
 * written by two threads: the second half into memory (out_hold) while
 * the first goes out, then the second after it; the same bytes.
 */
static void
print_list(struct counter *c, const struct opts *o, int form)
{
	static const char *const none[] = { NULL };
	static const char *const cols[] = { "count", "per_million", "range",
	    NULL };
	static const char *const dcols[] = { "count", "per_million", "range",
	    "juilland_d", "gries_dp", NULL };
	struct list_job j[2];
	struct units u;
	struct acc a = { 0 };
	size_t mid = c->terms.n;
	int walk = o->cs.c.pairs;

	memset(j, 0, sizeof(j));
	j[0].c = c;
	j[0].o = o;
	j[0].v = ht_sorted_by_val(&c->terms);
	j[0].best = form ? counter_best_forms(c) : NULL;
	j[0].top = o->top;
	if (walk) {
		units_init(&u, c, o->parts, LV_CORPUS);
		a.n = xcalloc(u.n + 1, sizeof(*a.n));
		a.touched = xcalloc(u.n + 1, sizeof(*a.touched));
		a.u = &u;
		j[0].a = &a;
	} else if (o->top == 0 && c->terms.n >= (1 << 16) &&
	    tool_threads() > 1)
		mid = c->terms.n / 2;
	j[1] = j[0];
	j[0].to = j[1].from = mid;
	j[1].to = c->terms.n;
	out_init(&j[0].out, STDOUT_FILENO, o->csv);
	out_hold(&j[1].out, o->csv);
	header(&j[0].out, o, none, o->dispersion ? dcols : cols, form);
	run_pair(list_rows, &j[0], &j[1], mid < c->terms.n);
	out_held(&j[0].out, &j[1].out);
	out_close(&j[1].out);
	out_close(&j[0].out);
	if (walk) {
		units_free(&u);
		free(a.n);
		free(a.touched);
	}
	str_free(&j[0].item);
	str_free(&j[1].item);
	free((void *)j[0].best);
	free(j[0].v);
}

/* One row of a --by table. */
struct row {
	uint32_t group, term;
	uint64_t n;
	uint64_t range;		/* parts of the group it is in (--dispersion) */
	double	 tfidf, d, dp;
};
typedef VEC(struct row) rowvec;

static int
row_cmp(const void *a, const void *b, void *arg)
{
	const struct row *x = a, *y = b;
	const struct counter *c = arg;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->tfidf != y->tfidf)
		return x->tfidf > y->tfidf ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(c->terms.ents[x->term].key, c->terms.ents[y->term].key);
}

/* A group's name in the header of a --wide table. */
static void
group_name(const struct counter *c, int level, uint32_t g, struct str *b)
{
	str_clear(b);
	if (level == LV_DOC) {
		str_add(b, counter_doc(c, g), strlen(counter_doc(c, g)));
		return;
	}
	str_add(b, counter_doc(c, c->cells.v[g].doc),
	    strlen(counter_doc(c, c->cells.v[g].doc)));
	str_addc(b, ':');
	str_add(b, c->cells.v[g].sec, strlen(c->cells.v[g].sec));
}

/* The header of a --by table. */
static void
long_header(struct out *out, const struct opts *o, int form)
{
	const char *lead_doc[] = { o->label, NULL };
	static const char *const lead_sec[] = { "doc", "sec", NULL };
	VEC(const char *) tail = { 0 };

	VEC_PUSH(tail, "count");
	VEC_PUSH(tail, "per_million");
	if (o->dispersion) {
		VEC_PUSH(tail, "range");
		VEC_PUSH(tail, "juilland_d");
		VEC_PUSH(tail, "gries_dp");
	}
	if (o->tfidf)
		VEC_PUSH(tail, "tfidf");
	VEC_PUSH(tail, NULL);
	header(out, o, o->by == LV_DOC ? lead_doc : lead_sec, tail.v, form);
	VEC_FREE(tail);
}

/* One row of a --by table; g: the groups. */
static void
put_row(struct out *out, const struct counter *c, const struct opts *o,
    const struct units *g, const size_t *best, int form, const struct row *r,
    struct str *item)
{
	const struct ht_entry *e = &c->terms.ents[r->term];

	if (o->by == LV_DOC)
		out_cstr(out, counter_doc(c, r->group));
	else {
		out_cstr(out, counter_doc(c, c->cells.v[r->group].doc));
		out_cstr(out, c->cells.v[r->group].sec);
	}
	put_item(out, o, e->key, e->len, item);
	if (form)
		put_form(out, c, best, r->term);
	out_u64(out, r->n);
	out_double(out, (double)r->n * 1e6 / (double)g->items[r->group], 2);
	if (o->dispersion) {
		out_u64(out, r->range);
		put_ratio(out, r->d, 4);
		put_ratio(out, r->dp, 4);
	}
	if (o->tfidf)
		out_double(out, r->tfidf, 4);
	out_endrec(out);
}

/* Parts of a document for --dispersion: its rows per section. */
struct parts {
	struct units u;		/* sections */
	size_t	*first;		/* per document: where its sections start */
	uint32_t *secs;		/* in `order`: the sections of each document */
	VEC(struct pair) run;	/* the rows of one document's sections */
	uint64_t *n;		/* per section: the count of the term at hand */
	uint32_t *t;		/* the term's sections */
};

static int
by_term_cell(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->term != y->term)
		return x->term < y->term ? -1 : 1;
	return x->cell < y->cell ? -1 : x->cell > y->cell;
}

/* The rows of document d from its sections' rows, with each term's range
 * and dispersion over them (parts in section order, as print_groups). */
static void
disp_rows(const struct counter *c, const struct opts *o, struct parts *pt,
    const size_t *start, const uint64_t *df, uint32_t d, uint64_t items,
    rowvec *rows)
{
	size_t i, j, k;

	pt->run.n = 0;
	for (k = pt->first[d]; k < pt->first[d + 1]; k++)
		for (j = start[pt->secs[k]]; j < start[pt->secs[k] + 1]; j++)
			VEC_PUSH(pt->run, c->pairs.v[j]);
	if (pt->run.n > 1)
		qsort(pt->run.v, pt->run.n, sizeof(*pt->run.v), by_term_cell);
	for (i = 0; i < pt->run.n; i = j) {
		uint32_t term = pt->run.v[i].term;
		struct row r = { 0 };

		for (j = i; j < pt->run.n && pt->run.v[j].term == term; j++) {
			pt->n[pt->run.v[j].cell] = pt->run.v[j].n;
			pt->t[j - i] = pt->run.v[j].cell;
			r.n += pt->run.v[j].n;
		}
		if (df[term] < o->minrange || r.n < o->mincount)
			continue;
		r.group = d;
		r.term = term;
		r.range = j - i;
		dispersion(&pt->u, pt->n, pt->t, j - i, items,
		    pt->u.parts[d], &r.d, &r.dp);
		VEC_PUSH(*rows, r);
	}
}

/*
 * --by doc or section without --wide: the chains become the table
 * (counter_rows), and one group's rows at a time are sorted and printed,
 * so memory stays that of the (term, group) counts themselves.  With
 * --dispersion the rows stay per section, and a document's are gathered
 * when it is printed.
 */
static void
print_table(struct counter *c, const struct opts *o, int form)
{
	rowvec rows = { 0 };
	size_t *best = form ? counter_best_forms(c) : NULL, *start, i, j, k;
	uint64_t *df = xcalloc(c->terms.n + 1, sizeof(*df));
	size_t ngroups = 0;
	struct parts pt = { 0 };
	struct units g;
	struct out out;
	struct str item = { 0 };

	units_init(&g, c, o->by, LV_CORPUS);
	for (i = 0; i < g.n; i++)
		ngroups += g.items[i] > 0;
	start = counter_rows(c, o->by == LV_DOC && !o->dispersion);
	if (o->dispersion) {
		/* Rows are per section: a term's documents are counted once. */
		uint32_t *last = xcalloc(c->terms.n + 1, sizeof(*last));

		for (i = 0; i < c->pairs.n; i++) {
			const struct pair *q = &c->pairs.v[i];
			uint32_t d = c->cells.v[q->cell].doc;

			if (last[q->term] != d + 1) {
				last[q->term] = d + 1;
				df[q->term]++;
			}
		}
		free(last);
		units_init(&pt.u, c, LV_SECTION, o->by);
		pt.first = xcalloc(g.n + 2, sizeof(*pt.first));
		pt.secs = xcalloc(c->cells.n + 1, sizeof(*pt.secs));
		pt.n = xcalloc(c->cells.n + 1, sizeof(*pt.n));
		pt.t = xcalloc(c->cells.n + 1, sizeof(*pt.t));
		for (i = 0; i < c->cells.n; i++)
			pt.first[c->cells.v[i].doc + 1]++;
		for (i = 0; i < g.n; i++)
			pt.first[i + 1] += pt.first[i];
		for (i = 0; i < c->cells.n; i++)
			pt.secs[pt.first[c->cells.v[i].doc]++] = (uint32_t)i;
		for (i = g.n; i > 0; i--)
			pt.first[i] = pt.first[i - 1];
		pt.first[0] = 0;
	} else
		for (i = 0; i < c->pairs.n; i++)
			df[c->pairs.v[i].term]++;
	out_init(&out, STDOUT_FILENO, o->csv);
	long_header(&out, o, form);
	for (i = 0; i < g.n; i++) {
		rows.n = 0;
		if (o->dispersion)
			disp_rows(c, o, &pt, start, df, (uint32_t)i,
			    g.items[i], &rows);
		else
			for (j = start[i]; j < start[i + 1]; j++) {
				const struct pair *q = &c->pairs.v[j];
				struct row r = { 0 };

				if (df[q->term] < o->minrange ||
				    q->n < o->mincount)
					continue;
				r.group = (uint32_t)i;
				r.term = q->term;
				r.n = q->n;
				VEC_PUSH(rows, r);
			}
		if (o->tfidf)
			for (k = 0; k < rows.n; k++)
				rows.v[k].tfidf = (double)rows.v[k].n *
				    log10((double)ngroups /
				    (double)df[rows.v[k].term]);
		if (rows.n > 1)
			qsort_r(rows.v, rows.n, sizeof(*rows.v), row_cmp, c);
		for (k = 0; k < rows.n && !(o->top > 0 && k >= o->top); k++)
			put_row(&out, c, o, &g, best, form, &rows.v[k], &item);
	}
	out_close(&out);
	str_free(&item);
	units_free(&g);
	if (o->dispersion) {
		units_free(&pt.u);
		free(pt.first);
		free(pt.secs);
		free(pt.n);
		free(pt.t);
		VEC_FREE(pt.run);
	}
	VEC_FREE(rows);
	free(start);
	free(df);
	free(best);
}

/* --wide: a term x group matrix of counts (or tf-idf). */
static void
print_wide(struct counter *c, const struct opts *o, int form)
{
	VEC(const char *) tail = { 0 };
	size_t *best = form ? counter_best_forms(c) : NULL;
	struct ht_entry **v = ht_sorted_by_val(&c->terms);
	struct units g;
	struct acc a = { 0 };
	struct out out;
	size_t i, j, ngroups = 0, n = 0;
	uint64_t *df = xcalloc(c->terms.n + 1, sizeof(*df));
	double *cellv;
	struct str name = { 0 }, item = { 0 };

	units_init(&g, c, o->by, LV_CORPUS);
	a.n = xcalloc(g.n + 1, sizeof(*a.n));
	a.touched = xcalloc(g.n + 1, sizeof(*a.touched));
	a.u = &g;
	cellv = xcalloc(g.n + 1, sizeof(*cellv));
	for (i = 0; i < g.n; i++)
		ngroups += g.items[i] > 0;
	for (i = 0; i < c->terms.n; i++) {
		if (c->terms.ents[i].val < o->mincount)
			continue;
		gather(c, i, &a);
		df[i] = a.nt;
	}
	out_init(&out, STDOUT_FILENO, o->csv);
	/* One row per term, one column per group with items. */
	VEC_PUSH(tail, "term");
	if (form)
		VEC_PUSH(tail, "form");
	VEC_PUSH(tail, "count");
	for (i = 0; i < tail.n; i++)
		out_cstr(&out, tail.v[i]);
	for (i = 0; i < g.n; i++)
		if (g.items[i] > 0) {
			group_name(c, o->by, (uint32_t)i, &name);
			out_field(&out, name.s, name.n);
		}
	out_endrec(&out);
	for (i = 0; i < c->terms.n && !(o->top > 0 && n >= o->top); i++) {
		const struct ht_entry *e = v[i];
		size_t idx = (size_t)(e - c->terms.ents);

		if (e->val < o->mincount || df[idx] < o->minrange)
			continue;
		gather(c, idx, &a);
		for (j = 0; j < g.n; j++)
			cellv[j] = 0;
		for (j = 0; j < a.nt; j++)
			cellv[a.touched[j]] = o->tfidf ?
			    (double)a.n[a.touched[j]] *
			    log10((double)ngroups / (double)df[idx]) :
			    (double)a.n[a.touched[j]];
		put_item(&out, o, e->key, e->len, &item);
		if (form)
			put_form(&out, c, best, idx);
		out_u64(&out, e->val);
		for (j = 0; j < g.n; j++)
			if (g.items[j] > 0) {
				if (o->tfidf)
					out_double(&out, cellv[j], 4);
				else
					out_u64(&out, (uint64_t)cellv[j]);
			}
		out_endrec(&out);
		n++;
	}
	out_close(&out);
	units_free(&g);
	free(a.n);
	free(a.touched);
	free(cellv);
	free(v);
	VEC_FREE(tail);
	str_free(&name);
	str_free(&item);
	free(df);
	free(best);
}

/* --stats: one row per document. */
static void
print_stats(struct counter *c, const struct opts *o)
{
	static const char *const cols[] = { "doc", "items", "types", "ttr",
	    "sentences", "mean_sentence_length", NULL };
	size_t nd = counter_ndocs(c), i;
	uint64_t *tok = xcalloc(nd + 1, sizeof(*tok));
	uint64_t *typ = xcalloc(nd + 1, sizeof(*typ));
	uint64_t *sen = xcalloc(nd + 1, sizeof(*sen));
	struct out out;

	for (i = 0; i < c->cells.n; i++) {
		const struct cell *cl = &c->cells.v[i];

		tok[cl->doc] += cl->items;
		typ[cl->doc] += cl->types;
		sen[cl->doc] += cl->sentences;
	}
	out_init(&out, STDOUT_FILENO, o->csv);
	out_header(&out, cols);
	for (i = 0; i < nd; i++) {
		out_cstr(&out, counter_doc(c, (uint32_t)i));
		out_u64(&out, tok[i]);
		out_u64(&out, typ[i]);
		put_ratio(&out, tok[i] ? (double)typ[i] / (double)tok[i] : NAN,
		    4);
		out_u64(&out, sen[i]);
		put_ratio(&out, sen[i] ? (double)tok[i] / (double)sen[i] : NAN,
		    2);
		out_endrec(&out);
	}
	out_close(&out);
	free(tok);
	free(typ);
	free(sen);
}

/* Checks the options against each other and sets what counting keeps. */
static void
settle(struct opts *o, int inlevel)
{
	if (o->stats && (o->byset || o->wide || o->tfidf || o->dispersion ||
	    o->merge || o->top > 0 || o->mincount > 0 || o->minrange > 0))
		errx(STATUS_TROUBLE, "--stats prints its own table: no --by, "
		    "--wide, --tfidf, --dispersion, --merge, --top, --min-count "
		    "or --min-range with it");
	if (o->stats && (o->cs.c.nmin != 1 || o->cs.c.nmax != 1))
		errx(STATUS_TROUBLE, "--stats describes words: no -n with it");
	if (o->partsset && o->by == LV_CORPUS && (o->wide || o->tfidf))
		tool_contradict("--parts", o->wide ? "--wide" : "--tfidf");
	/* A matrix or tf-idf is per document: --by corpus (a default that
	 * scripts such as txfreq-parallel give first) yields to them. */
	if ((o->wide || o->tfidf) && o->by == LV_CORPUS)
		o->by = LV_DOC;
	if (o->dispersion && o->by == LV_SECTION)
		errx(STATUS_TROUBLE, "--dispersion: a section has no parts; use "
		    "--by doc (parts: its sections) or no --by");
	if (o->dispersion && o->wide)
		errx(STATUS_TROUBLE, "--dispersion goes with the long tables, "
		    "not with --wide");
	if (o->partsset && o->by != LV_CORPUS)
		errx(STATUS_TROUBLE, "--parts sets the parts of the corpus list; "
		    "with --by doc they are the sections");
	if (o->by == LV_DOC && o->dispersion)
		o->parts = LV_SECTION;
	if (o->merge) {
		int need = o->by > o->parts ? o->by : o->parts;

		if (!o->dispersion && o->by == LV_CORPUS && !o->partsset)
			need = LV_CORPUS;
		if (inlevel < need)
			errx(STATUS_TROUBLE, "--merge: the tables hold counts "
			    "per %s; this output needs them per %s (make them "
			    "with --by %s)", inlevel == LV_CORPUS ? "corpus" :
			    inlevel == LV_DOC ? "document" : "section",
			    need == LV_DOC ? "document" : "section",
			    need == LV_DOC ? "doc" : "section");
	}
	o->cs.c.cells = o->by == LV_SECTION || o->parts == LV_SECTION ?
	    LV_SECTION : LV_DOC;
	o->cs.c.pairs = o->by != LV_CORPUS || o->dispersion || o->partsset;
}

int
main(int argc, char *argv[])
{
	struct doc_setup ds;
	struct inputs in;
	struct opts o;
	struct counter c;
	struct meta meta;
	struct meta_var var;
	char *group = NULL;	/* the group column of merged tables */
	char **paths;
	int ch, npaths, status = STATUS_OK, form;

	memset(&o, 0, sizeof(o));
	inputs_init(&in);
	memset(&meta, 0, sizeof(meta));
	count_setup_init(&o.cs);
	o.parts = LV_DOC;
	doc_setup_init(&ds, &o.cs.c.doc);
	while ((ch = getopt_long(argc, argv, "hn:vV" INPUTS_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (doc_option(&ds, ch, optarg) || inputs_option(&in, ch, optarg))
			continue;
		switch (ch) {
		case OPT_CSV: o.csv = OUT_CSV; break;
		case OPT_SEP: o.sep = optarg; break;
		case OUT_OPT_CSV_SAFE: o.csv = OUT_CSV_SAFE; break;
		case OPT_TOP: o.top = parse_count(optarg, "--top"); break;
		case OPT_MINCOUNT:
			o.mincount = parse_count(optarg, "--min-count");
			break;
		case OPT_MINRANGE:
			o.minrange = parse_count(optarg, "--min-range");
			break;
		case OPT_BY:
			o.by = parse_level(optarg, "--by", &o.byvar);
			o.byset = 1;
			break;
		case OPT_PARTS:
			o.parts = parse_level(optarg, "--parts", &o.partsvar);
			o.partsset = 1;
			break;
		case META_OPT: o.meta = optarg; break;
		case OPT_DISP: o.dispersion = 1; break;
		case OPT_TFIDF: o.tfidf = 1; break;
		case OPT_WIDE: o.wide = 1; break;
		case OPT_STATS: o.stats = 1; break;
		case OPT_MERGE: o.merge = 1; break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default:
			if (!count_option(&o.cs, ch, optarg))
				tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	if (in.idgiven && o.merge)
		tool_contradict("--merge", "--id-from");	/* tables' ids */
	paths = inputs_load(&in, argv, argc, &npaths);
	if (in.status != STATUS_OK)
		status = STATUS_TROUBLE;
	o.cs.c.doc.idfrom = in.idfrom;
	o.cs.c.doc.forget = 1;	/* counts read each paragraph once */
	if (o.cs.c.stream && !(npaths == 1 && strcmp(paths[0], "-") == 0))
		errx(STATUS_TROUBLE, "--stream reads standard input: no file "
		    "with it");
	if (ds.given && o.cs.c.stream)
		tool_contradict("--stream", ds.first);
	if (ds.given && o.merge)
		tool_contradict("--merge", ds.first);
	if (o.meta != NULL && o.merge)
		tool_contradict("--merge", "--meta");
	doc_setup_load(&ds);
	o.label = o.byvar != NULL ? o.byvar : "doc";
	if (o.meta != NULL)
		meta_load(&meta, o.meta);
	if (!o.merge && (o.byvar != NULL || o.partsvar != NULL)) {
		meta_var_init(&var, o.byvar ? "--by" : "--parts",
		    o.byvar ? o.byvar : o.partsvar, o.meta ? &meta : NULL);
		/* Text needs the table, a stream may carry the column:
		 * meta_var_file asks for each text document (stream files
		 * are known only once read). */
		o.cs.c.by = &var;
	}

	if (o.merge) {
		struct table_kind k = { 0 };
		int i;

		if (o.cs.given)
			errx(STATUS_TROUBLE, "--merge sums tables as they are: "
			    "give the counting options (-n, --stem, --stop, "
			    "--terms, --case...) to the runs that made them");
		/* Cells are the finest the tables have; settle() checks the
		 * output needs no finer. */
		o.cs.c.cells = LV_SECTION;
		o.cs.c.pairs = 1;
		counter_init(&c, &o.cs.c);
		for (i = 0; i < npaths; i++)
			count_table(&c, paths[i], &k);
		if (k.ncol == 0)
			errx(STATUS_TROUBLE, "--merge: no table header in the "
			    "input");
		if (!o.byset)
			o.by = k.level;
		if (k.group[0] != '\0' && (o.byvar == NULL ?
		    o.byset && o.by != LV_CORPUS : strcmp(o.byvar, k.group) != 0))
			errx(STATUS_TROUBLE, "--merge: the tables are per %s: "
			    "give --by %s, or none", k.group, k.group);
		if (o.byvar != NULL && strcmp(o.byvar, k.group) != 0)
			errx(STATUS_TROUBLE, "--merge: --by %s needs tables made "
			    "with --by %s", o.byvar, o.byvar);
		if (k.group[0] != '\0')
			o.label = group = xstrdup(k.group);
		if (o.partsvar != NULL)
			errx(STATUS_TROUBLE, "--merge: --parts %s needs the "
			    "documents' variables: count the text with --meta",
			    o.partsvar);
		if (o.by > k.level)
			errx(STATUS_TROUBLE, "--merge: --by %s needs tables made "
			    "with --by %s", o.by == LV_DOC ? "doc" : "section",
			    o.by == LV_DOC ? "doc (or section)" : "section");
		settle(&o, k.level);
		o.cs.c.pairs = k.level != LV_CORPUS;
		form = k.form;
	} else {
		settle(&o, LV_SECTION);
		if (o.cs.c.by != NULL)	/* cells: (value, document) */
			o.cs.c.cells = LV_SECTION;
		count_setup_load(&o.cs);
		counter_init(&c, &o.cs.c);
		if (count_inputs(&c, paths, npaths) != STATUS_OK)
			status = STATUS_TROUBLE;
		form = o.cs.c.stem;
	}
	counter_finish(&c);
	if (o.stats)
		print_stats(&c, &o);
	else if (o.by == LV_CORPUS)
		print_list(&c, &o, form);
	else if (o.wide)
		print_wide(&c, &o, form);
	else
		print_table(&c, &o, form);
	counter_free(&c);
	doc_setup_free(&ds);
	count_setup_free(&o.cs);
	inputs_free(&in);
	if (o.meta != NULL)
		meta_free(&meta);
	free(group);
	return status;
}
