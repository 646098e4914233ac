/*
 * txkeys: keyness.  Which terms set a target document (or corpus) apart
 * from a reference one: one row per term with its counts, rates and
 * ranges on both sides, log-likelihood, its p value, chi-square, the log
 * ratio, %DIFF and BIC, each by a formula stated in txkeys(1).
 *
 * The counts come from src/common/count.c: txfreq tables read back, or
 * text counted with the same code and options as txfreq.
 */
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "count.h"
#include "docopt.h"
#include "inputs.h"
#include "io.h"
#include "sniff.h"
#include "util.h"

struct opts {
	struct count_setup cs;
	int	 csv, g2four, yates, bonferroni;
	double	 p;		/* --p: 0 for none */
	double	 effect;	/* --effect-min: 0 for none */
	size_t	 top, mincount;
	const char *target;	/* --target DOC, or VAR=VALUE */
	const char *reference;	/* --reference DOC, or VAR=VALUE */
	const char *meta;	/* --meta FILE */
	char	*tvar, *rvar;	/* their variables */
};

/* One side's counts. */
struct side {
	struct counter c;
	const char *path;
	uint64_t items;
	size_t	*forms;		/* best form per term, or NULL */
};

struct row {
	const char *term;
	size_t	 len;
	const char *form;
	uint64_t a, b;		/* counts in target and reference */
	uint64_t ra, rb;	/* ranges */
	double	 g2, p, chi2, lr, pct, bic;
	int	 plus;
};

typedef VEC(struct row) rowvec;

enum { OPT_CSV = 256, OPT_G2, OPT_YATES, OPT_MINCOUNT, OPT_P, OPT_BONF,
	OPT_TOP, OPT_EFFECT, OPT_TARGET, OPT_REFERENCE };

static const struct option longopts[] = {
	COUNT_LONGOPTS,
	{ "csv",	 no_argument,	    NULL, OPT_CSV },
	OUT_CSV_SAFE_LONGOPT,
	{ "g2",		 required_argument, NULL, OPT_G2 },
	{ "chi2-yates",	 no_argument,	    NULL, OPT_YATES },
	{ "min-count",	 required_argument, NULL, OPT_MINCOUNT },
	{ "p",		 required_argument, NULL, OPT_P },
	{ "bonferroni",	 no_argument,	    NULL, OPT_BONF },
	{ "top",	 required_argument, NULL, OPT_TOP },
	{ "effect-min",	 required_argument, NULL, OPT_EFFECT },
	{ "target",	 required_argument, NULL, OPT_TARGET },
	{ "reference",	 required_argument, NULL, OPT_REFERENCE },
	META_LONGOPTS,
	DOC_LONGOPTS,
	INPUTS_LONGOPTS,
	{ "help",	 no_argument,	    NULL, 'h' },
	{ "version",	 no_argument,	    NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txkeys [counting options] [--g2 2term|4term] [--chi2-yates]\n"
    "              [--min-count n] [--p level [--bonferroni]] [--top n]\n"
    "              [--effect-min x] [--csv | --csv-safe] [cleanup options]\n"
    "              target reference\n"
    "       txkeys [options] [--id-from suffix|path|base]\n"
    "              [--files-from list [-0]] [-r dir] --target doc|var=value\n"
    "              [--reference doc|var=value] [--meta file] file ...\n";

static const char help_text[] =
"\n"
"Keyness: the terms of the target that are more (+) or less (-) frequent\n"
"than in the reference, one row per term, TSV with a header:\n"
"\n"
"  term count_t count_r pm_t pm_r range_t range_r g2 p chi2 log_ratio\n"
"  pct_diff bic direction\n"
"\n"
"sorted by g2 within direction, + first.  target and reference are txfreq\n"
"tables or text files (counted as txfreq counts them).  With --target DOC\n"
"the files (or one txfreq --by doc table) are a corpus: DOC is the\n"
"target, the other documents the reference.  With --target VAR=VALUE the\n"
"documents whose variable VAR (a column of --meta FILE, or of txseg's\n"
"stream) is VALUE are the target; --reference VAR=VALUE (the same VAR)\n"
"makes those the reference instead of all the others.\n"
"\n"
"Counting (for text; as txfreq):\n"
COUNT_HELP
"Statistics (formulas in txkeys(1)):\n"
"      --g2 2term|4term  log-likelihood, Rayson's two cells (the default) or\n"
"                      the four cells of the contingency table\n"
"      --chi2-yates    chi-square with Yates' correction\n"
"Filters and output:\n"
"      --min-count N   terms counted at least N times in the target\n"
"      --p LEVEL       terms with p below 0.05, 0.01, 0.001 or 0.0001\n"
"      --bonferroni    divide that level by the number of terms\n"
"      --effect-min X  terms with |log_ratio| >= X\n"
"      --top N         N terms of each direction\n"
"      --csv           RFC 4180 CSV instead of TSV\n"
OUT_CSV_SAFE_HELP
META_HELP
DOC_HELP
"With --target, the corpus may also come from lists and trees:\n"
INPUTS_HELP
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"Exit status: 0 on success, 2 on trouble.  See txkeys(1).\n";

/*
 * Statistics.  a, b: the term's counts in target and reference; c, d:
 * the items counted in each.
 */

/* O ln(O / E), 0 when O is 0. */
static double
oln(double o, double e)
{
	return o > 0 ? o * log(o / e) : 0;
}

static void
stats(struct row *r, double c, double d, const struct opts *o)
{
	double a = (double)r->a, b = (double)r->b, n = c + d;
	double e1 = c * (a + b) / n, e2 = d * (a + b) / n;
	double za = a > 0 ? a : 0.5, zb = b > 0 ? b : 0.5;
	double r1 = a + b, r2 = n - a - b, num, den;

	if (o->g2four)
		r->g2 = 2 * (oln(a, e1) + oln(b, e2) +
		    oln(c - a, c * r2 / n) + oln(d - b, d * r2 / n));
	else
		r->g2 = 2 * (oln(a, e1) + oln(b, e2));
	if (r->g2 < 0)
		r->g2 = 0;
	r->p = erfc(sqrt(r->g2 / 2));
	/* Pearson's chi-square of the 2x2 table (term, other) x (target,
	 * reference). */
	num = fabs(a * (d - b) - b * (c - a));
	if (o->yates)
		num = num > n / 2 ? num - n / 2 : 0;
	den = r1 * r2 * c * d;
	r->chi2 = den > 0 ? n * num * num / den : 0;
	r->lr = log2((za / c) / (zb / d));
	r->pct = ((a / c) - (zb / d)) * 100 / (zb / d);
	r->bic = r->g2 - log(n);
	r->plus = a * d >= b * c;
}

/*
 * Reading.
 */

/* Is the file at path a txfreq table?  Its first lines say (sniff.h);
 * a broken table or stream exits 2 with what it is: counted as text, its
 * numbers would be terms.  A stream is no table: count_inputs reads it
 * as a stream, in a file as on standard input.  Only a regular file
 * is looked at: the bytes of a pipe or FIFO would be gone (and opening a
 * FIFO waits for a writer), so count_inputs judges those. */
static int
is_table(const char *path)
{
	char buf[SNIFF_HEAD], why[160];
	struct stat sb;
	size_t n = 0;
	ssize_t r;
	int fd;

	if (strcmp(path, "-") == 0 || stat(path, &sb) == -1 ||
	    !S_ISREG(sb.st_mode))
		return 0;	/* count_inputs judges standard input and pipes */
	if ((fd = open(path, O_RDONLY)) == -1)
		return 0;	/* reported when it is read */
	while (n < sizeof(buf) && ((r = read(fd, buf + n, sizeof(buf) - n)) >
	    0 || (r == -1 && errno == EINTR)))
		if (r > 0)
			n += (size_t)r;
	close(fd);
	switch (sniff(buf, n, n < sizeof(buf), why, sizeof(why))) {
	case SNIFF_TABLE:
		return 1;
	case SNIFF_BAD_TABLE:
	case SNIFF_BAD_STREAM:
		errx(STATUS_TROUBLE, "%s: %s", path, why);
	}
	return 0;
}

/* The counting options were given with a table: they would count the
 * text side (or nothing) differently from the run that made it. */
static void
counted_already(const char *path)
{
	errx(STATUS_TROUBLE, "%s: a txfreq table, counted already: give the "
	    "counting options (-n, --stem, --stop, --terms, --case...) to the "
	    "txfreq run that made it", path);
}

/* Counts one side (s->path): a table or a text.  Sides are read on two
 * threads; the options they share are only read. */
struct job {
	struct side *s;
	const struct count_opts *co;
	struct table_kind k;
	int	 status;
};

static void *
read_side(void *arg)
{
	struct job *j = arg;
	struct side *s = j->s;
	char *paths[1];

	j->status = STATUS_OK;
	counter_init(&s->c, j->co);
	if (is_table(s->path))
		count_table(&s->c, s->path, &j->k);
	else {
		paths[0] = (char *)s->path;
		j->status = count_inputs(&s->c, paths, 1);
	}
	counter_finish(&s->c);
	s->items = s->c.items;
	s->forms = s->c.forms.n > 0 ? counter_best_forms(&s->c) : NULL;
	return NULL;
}

/* Exits 2 when table side a (kind *ka) holds n-grams of another n than
 * side b: a table (*kb) or text counted with co. */
static void
side_words(const struct table_kind *ka, const char *a,
    const struct table_kind *kb, const char *b, const struct count_opts *co)
{
	if (ka->words == 0)
		return;
	if (kb->ncol > 0 && kb->words > 0 && kb->words != ka->words)
		errx(STATUS_TROUBLE, "%s: its shortest terms are %zu-grams, "
		    "those of %s %zu-grams: compare tables made with the same "
		    "-n", a, ka->words, b, kb->words);
	if (kb->ncol == 0 && ka->words != co->nmin)
		errx(STATUS_TROUBLE, "%s: its shortest terms are %zu-grams, and "
		    "%s is counted in %zu-grams: give -n %zu", a, ka->words, b,
		    co->nmin, ka->words);
}

static const char *
form_of(const struct side *s, size_t idx)
{
	if (s->forms == NULL || s->forms[idx] == SIZE_MAX)
		return NULL;
	return s->c.forms.ents[s->forms[idx]].key;
}

/* Target vs reference sides: the union of their terms. */
static void
rows_two(struct side *t, struct side *r, rowvec *rows)
{
	size_t i;

	for (i = 0; i < t->c.terms.n; i++) {
		const struct ht_entry *e = &t->c.terms.ents[i];
		const struct ht_entry *f = ht_get(&r->c.terms, e->key, e->len);
		struct row x;

		memset(&x, 0, sizeof(x));
		x.term = e->key;
		x.len = e->len;
		x.form = form_of(t, i);
		x.a = e->val;
		x.ra = counter_range(&t->c, i);
		if (f != NULL) {
			x.b = f->val;
			x.rb = counter_range(&r->c, (size_t)(f - r->c.terms.ents));
		}
		VEC_PUSH(*rows, x);
	}
	for (i = 0; i < r->c.terms.n; i++) {
		const struct ht_entry *e = &r->c.terms.ents[i];
		struct row x;

		if (ht_get(&t->c.terms, e->key, e->len) != NULL)
			continue;
		memset(&x, 0, sizeof(x));
		x.term = e->key;
		x.len = e->len;
		x.form = form_of(r, i);
		x.b = e->val;
		x.rb = counter_range(&r->c, i);
		VEC_PUSH(*rows, x);
	}
}

/* --target: one counter with a cell per document (or per section of a
 * table's documents, or per (value, document) when grouped: then each
 * cell is a document of its own).  doc: the target's "document" (a
 * document, or a value), ref: the reference's, or UINT32_MAX for all the
 * others.  Ranges count documents. */
static void
rows_target(struct side *s, uint32_t doc, uint32_t ref, int grouped,
    rowvec *rows, uint64_t *c, uint64_t *d)
{
	size_t i;

	*c = *d = 0;
	for (i = 0; i < s->c.cells.n; i++)
		if (s->c.cells.v[i].doc == doc)
			*c += s->c.cells.v[i].items;
		else if (ref == UINT32_MAX || s->c.cells.v[i].doc == ref)
			*d += s->c.cells.v[i].items;
	for (i = 0; i < s->c.terms.n; i++) {
		const struct ht_entry *e = &s->c.terms.ents[i];
		struct row x;
		uint32_t p, last = UINT32_MAX;
		int any = 0;

		memset(&x, 0, sizeof(x));
		x.term = e->key;
		x.len = e->len;
		x.form = form_of(s, i);
		/* chains run from the last cell back; cells of a document
		 * follow each other */
		for (p = s->c.ti.v[i].head; p != 0; p = s->c.pairs.v[p - 1].next) {
			const struct pair *q = &s->c.pairs.v[p - 1];
			uint32_t dd = s->c.cells.v[q->cell].doc;
			uint32_t unit = grouped ? q->cell : dd;

			if (dd == doc) {
				x.a += q->n;
				if (unit != last)
					x.ra++;
				any = 1;
			} else if (ref == UINT32_MAX || dd == ref) {
				x.b += q->n;
				if (unit != last)
					x.rb++;
				any = 1;
			}
			last = unit;
		}
		if (any)
			VEC_PUSH(*rows, x);
	}
}

/* --target VAR=VALUE: VAR (a copy), *val the rest; an argument with no
 * '=' is a doc id: "doc". */
static char *
split_var(const char *arg, const char **val)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg) {
		*val = arg;
		return xstrdup("doc");
	}
	*val = eq + 1;
	return xmemdup(arg, (size_t)(eq - arg));
}

static int
row_cmp(const void *p, const void *q)
{
	const struct row *x = *(const struct row *const *)p;
	const struct row *y = *(const struct row *const *)q;
	size_t n;
	int c;

	if (x->plus != y->plus)
		return x->plus ? -1 : 1;
	if (x->g2 != y->g2)
		return x->g2 > y->g2 ? -1 : 1;
	n = x->len < y->len ? x->len : y->len;
	if ((c = memcmp(x->term, y->term, n)) != 0)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static void
put_sci(struct out *out, double v)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.4e", v);
	out_cstr(out, buf);
}

static void
print_rows(struct row **v, size_t n, double c, double d, const struct opts *o,
    int form)
{
	static const char *const cols[] = { "count_t", "count_r", "pm_t",
	    "pm_r", "range_t", "range_r", "g2", "p", "chi2", "log_ratio",
	    "pct_diff", "bic", "direction", NULL };
	struct out out;
	size_t i, shown[2] = { 0, 0 };
	double level = o->p;

	if (o->bonferroni && n > 0)
		level /= (double)n;
	out_init(&out, STDOUT_FILENO, o->csv);
	out_cstr(&out, "term");
	if (form)
		out_cstr(&out, "form");
	for (i = 0; cols[i] != NULL; i++)
		out_cstr(&out, cols[i]);
	out_endrec(&out);
	for (i = 0; i < n; i++) {
		const struct row *r = v[i];

		if (r->a < o->mincount || (o->p > 0 && !(r->p < level)) ||
		    (o->effect > 0 && fabs(r->lr) < o->effect))
			continue;
		if (o->top > 0 && shown[r->plus] >= o->top)
			continue;
		shown[r->plus]++;
		out_field(&out, r->term, r->len);
		if (form)
			out_cstr(&out, r->form ? r->form : "");
		out_u64(&out, r->a);
		out_u64(&out, r->b);
		out_double(&out, (double)r->a * 1e6 / c, 2);
		out_double(&out, (double)r->b * 1e6 / d, 2);
		out_u64(&out, r->ra);
		out_u64(&out, r->rb);
		out_double(&out, r->g2, 4);
		put_sci(&out, r->p);
		out_double(&out, r->chi2, 4);
		out_double(&out, r->lr, 4);
		out_double(&out, r->pct, 2);
		out_double(&out, r->bic, 4);
		out_cstr(&out, r->plus ? "+" : "-");
		out_endrec(&out);
	}
	out_close(&out);
}

/* --target names no document: exits 2, naming the documents whose id
 * ends in /target (same-named files are told apart by their paths,
 * inputs.h), so that the user sees which to pick. */
static void
no_target(const struct ht *docs, const char *target)
{
	struct str b = { 0 };
	size_t i, tl = strlen(target), n = 0;

	for (i = 0; i < docs->n; i++) {
		const struct ht_entry *e = &docs->ents[i];

		if (e->len > tl && e->key[e->len - tl - 1] == '/' &&
		    memcmp(e->key + e->len - tl, target, tl) == 0) {
			if (n++ > 0)
				str_add(&b, ", ", 2);
			str_add(&b, e->key, e->len);
		}
	}
	if (n > 0)
		errx(STATUS_TROUBLE, "--target: no document '%s'; same-named "
		    "files are named by their paths: %s", target, b.s);
	errx(STATUS_TROUBLE, "--target: no document '%s'", target);
}

int
main(int argc, char *argv[])
{
	struct doc_setup ds;
	struct opts o;
	struct side t, r;
	rowvec rows = { 0 };
	struct row **sorted;
	uint64_t c = 0, d = 0;
	int ch, status = STATUS_OK, form, i;
	char *end;
	struct table_kind kt = { 0 }, kr = { 0 };
	struct inputs in;
	char **paths;
	int npaths;
	struct meta meta;
	struct meta_var var;

	inputs_init(&in);
	memset(&o, 0, sizeof(o));
	memset(&meta, 0, sizeof(meta));
	memset(&t, 0, sizeof(t));
	memset(&r, 0, sizeof(r));
	count_setup_init(&o.cs);
	o.cs.c.tablefiles = 1;	/* target and reference may be tables */
	doc_setup_init(&ds, &o.cs.c.doc);
	while ((ch = getopt_long(argc, argv, "hn:vV" INPUTS_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (doc_option(&ds, ch, optarg) || inputs_option(&in, ch, optarg))
			continue;
		switch (ch) {
		case OPT_CSV: o.csv = OUT_CSV; break;
		case OUT_OPT_CSV_SAFE: o.csv = OUT_CSV_SAFE; break;
		case OPT_G2:
			if (strcmp(optarg, "4term") == 0)
				o.g2four = 1;
			else if (strcmp(optarg, "2term") != 0)
				errx(STATUS_TROUBLE, "--g2: '%s': 2term or 4term",
				    optarg);
			break;
		case OPT_YATES: o.yates = 1; break;
		case OPT_MINCOUNT:
			o.mincount = parse_count(optarg, "--min-count");
			break;
		case OPT_P:
			if (strcmp(optarg, "0.05") && strcmp(optarg, "0.01") &&
			    strcmp(optarg, "0.001") && strcmp(optarg, "0.0001"))
				errx(STATUS_TROUBLE, "--p: '%s': 0.05, 0.01, 0.001 "
				    "or 0.0001", optarg);
			o.p = strtod(optarg, NULL);
			break;
		case OPT_BONF: o.bonferroni = 1; break;
		case OPT_TOP: o.top = parse_count(optarg, "--top"); break;
		case OPT_EFFECT:
			o.effect = strtod(optarg, &end);
			if (*optarg == '\0' || *end != '\0' || !(o.effect >= 0))
				errx(STATUS_TROUBLE, "--effect-min: invalid number "
				    "'%s'", optarg);
			break;
		case OPT_TARGET: o.target = optarg; break;
		case OPT_REFERENCE: o.reference = optarg; break;
		case META_OPT: o.meta = optarg; break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default:
			if (!count_option(&o.cs, ch, optarg))
				tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	/* Without --target the two sides are one file or table each: a list
	 * or a tree would not say which is the target. */
	if (o.target == NULL && (inputs_listed(&in) || in.nul))
		errx(STATUS_TROUBLE, "%s: the corpus of --target DOC; without "
		    "it the two sides are named as two arguments, target "
		    "reference", in.nul && !inputs_listed(&in) ? "-0" :
		    in.first);
	o.cs.c.doc.idfrom = in.idfrom;
	o.cs.c.doc.forget = 1;	/* counts read each paragraph once */
	if (o.target != NULL) {
		paths = inputs_load(&in, argv, argc, &npaths);
		if (in.status != STATUS_OK)
			status = STATUS_TROUBLE;
		if (npaths == 1 && strcmp(paths[0], "-") == 0 && argc == 0 &&
		    !inputs_listed(&in))
			npaths = 0;	/* no corpus named: usage */
		argv = paths;
		argc = npaths;
	}
	if (o.bonferroni && o.p == 0)
		errx(STATUS_TROUBLE, "--bonferroni goes with --p");
	for (i = 0; i < argc && o.cs.c.stream; i++)
		if (strcmp(argv[i], "-") == 0)
			break;
	if (o.cs.c.stream && (i == argc || (o.target != NULL && argc > 1)))
		errx(STATUS_TROUBLE, "--stream reads standard input: give it "
		    "as -%s", o.target != NULL ? ", alone" : "");
	if (ds.given && o.cs.c.stream)
		tool_contradict("--stream", ds.first);
	doc_setup_load(&ds);
	count_setup_load(&o.cs);
	if (o.reference != NULL && o.target == NULL)
		errx(STATUS_TROUBLE, "--reference goes with --target");
	if (o.meta != NULL && o.target == NULL)
		errx(STATUS_TROUBLE, "--meta goes with --target VAR=VALUE");
	if (o.target != NULL) {
		struct ht_entry *e;
		char *tvar, *rvar = NULL;
		const char *tval, *rval = NULL;
		uint32_t ti, ri = UINT32_MAX;
		int grouped;

		if (argc < 1)
			tool_usage(usage_line);
		/* VAR=VALUE, or a doc id (a doc id that holds '=' is
		 * doc=ID). */
		tvar = o.tvar = split_var(o.target, &tval);
		if (o.reference != NULL) {
			rvar = o.rvar = split_var(o.reference, &rval);
			if (strcmp(tvar, rvar) != 0)
				errx(STATUS_TROUBLE, "--target %s and --reference "
				    "%s: one variable for both sides", o.target,
				    o.reference);
		}
		if (o.meta != NULL)
			meta_load(&meta, o.meta);
		grouped = strcmp(tvar, "doc") != 0;
		if (argc == 1 && is_table(argv[0])) {
			o.cs.c.cells = LV_SECTION;
			o.cs.c.pairs = 1;
			counter_init(&t.c, &o.cs.c);
			if (count_setup_shapes(&o.cs))
				counted_already(argv[0]);
			count_table(&t.c, argv[0], &kt);
			if (kt.level == LV_CORPUS)
				errx(STATUS_TROUBLE, "--target: %s is a corpus list; "
				    "make it with txfreq --by doc", argv[0]);
			/* A txfreq --by VAR table: its groups are the
			 * documents here. */
			if (strcmp(kt.group[0] ? kt.group : "doc", tvar) != 0)
				errx(STATUS_TROUBLE, "--target %s: %s is a table "
				    "per %s: make it with txfreq --by %s",
				    o.target, argv[0], kt.group[0] ? kt.group :
				    "doc", tvar);
			grouped = 0;
		} else {
			if (grouped) {
				meta_var_init(&var, "--target", tvar,
				    o.meta != NULL ? &meta : NULL);
				/* meta_var_file asks for a table for
				 * text, a stream may carry the column */
				o.cs.c.by = &var;
			}
			o.cs.c.cells = grouped ? LV_SECTION : LV_DOC;
			o.cs.c.pairs = 1;
			counter_init(&t.c, &o.cs.c);
			if (count_inputs(&t.c, argv, argc) != STATUS_OK)
				status = STATUS_TROUBLE;
		}
		counter_finish(&t.c);
		t.forms = t.c.forms.n > 0 ? counter_best_forms(&t.c) : NULL;
		e = ht_get(&t.c.docs, tval, strlen(tval));
		if (e == NULL && strcmp(tvar, "doc") == 0)
			no_target(&t.c.docs, tval);
		if (e == NULL)
			errx(STATUS_TROUBLE, "--target %s: no document has %s "
			    "'%s'", o.target, tvar, tval);
		ti = (uint32_t)(e - t.c.docs.ents);
		if (rval != NULL) {
			e = ht_get(&t.c.docs, rval, strlen(rval));
			if (e == NULL)
				errx(STATUS_TROUBLE, "--reference %s: no document "
				    "%s", o.reference, strcmp(rvar, "doc") == 0 ?
				    "of that name" : "has that value");
			ri = (uint32_t)(e - t.c.docs.ents);
			if (ri == ti)
				errx(STATUS_TROUBLE, "--target %s and --reference "
				    "%s: the same documents", o.target,
				    o.reference);
		}
		rows_target(&t, ti, ri, grouped, &rows, &c, &d);
		form = t.forms != NULL;
	} else {
		if (argc != 2)
			tool_usage(usage_line);
		{
		struct job jt = { &t, &o.cs.c, { 0 }, 0 };
		struct job jr = { &r, &o.cs.c, { 0 }, 0 };
		pthread_t tid;
		int two;

		/* range counts documents; no chains are needed */
		o.cs.c.cells = LV_DOC;
		o.cs.c.pairs = 0;
		t.path = argv[0];
		r.path = argv[1];
		/* The report of what the cleanup dropped (--dropped, -v)
		 * is one writer: with it the sides are read one after the
		 * other, so its rows do not mix and come in one order. */
		two = o.cs.c.doc.report == NULL &&
		    pthread_create(&tid, NULL, read_side, &jr) == 0;
		read_side(&jt);
		if (two)
			pthread_join(tid, NULL);
		else
			read_side(&jr);
		status |= jt.status | jr.status;
		kt = jt.k;
		kr = jr.k;
		/* With a text side the options count it as the table was
		 * counted (side_words checks n); with two tables they would
		 * count nothing. */
		if (count_setup_shapes(&o.cs) && kt.ncol > 0 && kr.ncol > 0)
			counted_already(argv[0]);
		if (kt.ncol > 0 && kr.ncol > 0 && (kt.level != kr.level ||
		    kt.form != kr.form || kt.ncol != kr.ncol))
			errx(STATUS_TROUBLE, "%s and %s: tables with different "
			    "columns (make both with the same txfreq options)",
			    argv[0], argv[1]);
		/* 1-grams against 2-grams is no comparison; a text side is
		 * counted in -n's n-grams. */
		side_words(&kt, argv[0], &kr, argv[1], &o.cs.c);
		side_words(&kr, argv[1], &kt, argv[0], &o.cs.c);
		}
		rows_two(&t, &r, &rows);
		c = t.items;
		d = r.items;
		form = t.forms != NULL || r.forms != NULL;
	}
	/* Sorting pointers moves 8 bytes a swap, not a row's 96. */
	sorted = xreallocarray(NULL, rows.n + 1, sizeof(*sorted));
	if (c > 0 && d > 0) {
		for (i = 0; (size_t)i < rows.n; i++) {
			stats(&rows.v[i], (double)c, (double)d, &o);
			sorted[i] = &rows.v[i];
		}
		qsort(sorted, rows.n, sizeof(*sorted), row_cmp);
	} else
		rows.n = 0;	/* an empty side: nothing to compare */
	print_rows(sorted, rows.n, (double)c, (double)d, &o, form);
	free(sorted);
	VEC_FREE(rows);
	free(t.forms);
	free(r.forms);
	counter_free(&t.c);
	if (o.target == NULL)
		counter_free(&r.c);
	if (o.meta != NULL)
		meta_free(&meta);
	free(o.tvar);
	free(o.rvar);
	doc_setup_free(&ds);
	count_setup_free(&o.cs);
	inputs_free(&in);
	return status ? STATUS_TROUBLE : STATUS_OK;
}
