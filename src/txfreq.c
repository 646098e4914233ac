/*
 * txfreq: word lists from raw text or from txseg's stream: how often each
 * term occurs, per million words, and in how many documents.
 *
 * This is the first part of the tool (issue "txfreq"): the corpus-wide word
 * list with its normalisation options.  n-grams, --by, dispersion, tf-idf,
 * stemming, stop lists and --merge come next.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "ht.h"
#include "io.h"
#include "sent.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"

struct opts {
	int	 csv;
	int	 keepcase;	/* --case */
	int	 punct;		/* --punct */
	int	 nonumbers;	/* --no-numbers */
	int	 noheadings;	/* --no-headings */
	size_t	 top, mincount, minrange;
	size_t	 nmin, nmax;	/* -n: n-gram sizes */
	struct doc_opts doc;
};

/* The counts: term -> val = count, aux = (range << 32) | (last doc + 1). */
struct counts {
	struct ht terms;
	uint64_t ntokens;	/* items counted (tokens, or n-grams) */
	uint32_t docno;		/* the current document, from 1 */
	struct str key;
	struct str run;		/* the current run of terms, folded */
	VEC(size_t) ends;	/* where each term of the run ends in run */
	VEC(struct tok) toks;	/* a stream record's tokens */
	VEC(size_t) starts;	/* and its sentence starts */
};

enum { OPT_CSV = 256, OPT_CASE, OPT_PUNCT, OPT_NONUM, OPT_NOHEAD,
	OPT_MINCOUNT, OPT_MINRANGE, OPT_TOP };

static const struct option longopts[] = {
	{ "csv",	 no_argument,	    NULL, OPT_CSV },
	{ "case",	 no_argument,	    NULL, OPT_CASE },
	{ "punct",	 no_argument,	    NULL, OPT_PUNCT },
	{ "no-numbers",	 no_argument,	    NULL, OPT_NONUM },
	{ "no-headings", no_argument,	    NULL, OPT_NOHEAD },
	{ "top",	 required_argument, NULL, OPT_TOP },
	{ "min-count",	 required_argument, NULL, OPT_MINCOUNT },
	{ "min-range",	 required_argument, NULL, OPT_MINRANGE },
	{ "ngrams",	 required_argument, NULL, 'n' },
	{ "help",	 no_argument,	    NULL, 'h' },
	{ "version",	 no_argument,	    NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txfreq [-n size|low-high] [--csv] [--case] [--punct] [--no-numbers]\n"
    "              [--no-headings] [--top n] [--min-count n] [--min-range n]\n"
    "              [file ...]\n";

static const char help_text[] =
"\n"
"Counts the terms of raw text files (cleaned and tokenized as txseg does)\n"
"or of txseg's stream on standard input, and prints a word list, TSV with a\n"
"header row:\n"
"\n"
"  term count per_million range\n"
"\n"
"sorted by count (highest first), then term in byte order.  per_million is\n"
"count / tokens counted * 10^6 (two decimals); range is the number of\n"
"documents the term occurs in.  Terms are case-folded (Unicode full case\n"
"folding); punctuation is not counted; contents lines (kind toc) never are.\n"
"\n"
"Options:\n"
"  -n, --ngrams=N|A-B  count n-grams of N (or A to B) terms, within sentences\n"
"                      and never across punctuation\n"
"      --csv           RFC 4180 CSV instead of TSV\n"
"      --case          keep case\n"
"      --punct         count punctuation and symbol tokens too\n"
"      --no-numbers    do not count numbers\n"
"      --no-headings   do not count heading records\n"
"      --top N         print the N most frequent terms only\n"
"      --min-count N   print terms counted at least N times\n"
"      --min-range N   print terms found in at least N documents\n"
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"With no file, or when file is -, reads standard input: txseg's stream\n"
"when its first line is txseg's header, raw text otherwise.  Exit status:\n"
"0 on success, 2 on trouble.  See txfreq(1).\n";

/* -n 2, -n 1-3 */
static void
parse_ngrams(const char *arg, struct opts *o)
{
	const char *dash = strchr(arg, '-');
	char lo[24];

	if (dash == NULL)
		o->nmin = o->nmax = parse_count(arg, "-n");
	else {
		snprintf(lo, sizeof(lo), "%.*s", (int)(dash - arg), arg);
		o->nmin = parse_count(lo, "-n");
		o->nmax = parse_count(dash + 1, "-n");
	}
	if (o->nmin < 1 || o->nmax < o->nmin || o->nmax > 9)
		errx(STATUS_TROUBLE, "-n: '%s': sizes from 1 to 9, low-high", arg);
}

/* Should a token of this type be counted? */
static int
counted(const struct opts *o, int type)
{
	switch (type) {
	case TOK_WORD:
	case TOK_URL:
	case TOK_EMAIL:
	case TOK_CJK:
		return 1;
	case TOK_NUM:
		return !o->nonumbers;
	default:
		return o->punct;
	}
}

/* Counts one item (a term or an n-gram) key[0..n). */
static void
count_item(struct counts *c, const char *key, size_t n)
{
	struct ht_entry *e = ht_upsert(&c->terms, key, n, NULL);
	uint32_t last = (uint32_t)(e->aux & 0xFFFFFFFFu);

	e->val++;
	if (last != c->docno)
		e->aux = ((e->aux >> 32) + 1) << 32 | c->docno;
	c->ntokens++;
}

/*
 * Counts the n-grams of the run of terms gathered so far and empties it.
 * A run ends at a sentence end and at a token that is not counted (a
 * punctuation mark): n-grams never cross either.
 */
static void
flush(struct counts *c, const struct opts *o)
{
	size_t i, n, m = c->ends.n;

	for (n = o->nmin; n <= o->nmax; n++)
		for (i = 0; i + n <= m; i++) {
			size_t a = i == 0 ? 0 : c->ends.v[i - 1] + 1;
			size_t b = c->ends.v[i + n - 1];

			count_item(c, c->run.s + a, b - a);
		}
	str_clear(&c->run);
	c->ends.n = 0;
}

/* Adds one counted token s[0..n) to the run, folded unless --case. */
static void
count(struct counts *c, const struct opts *o, const char *s, size_t n)
{
	if (c->run.n > 0)
		str_addc(&c->run, ' ');
	if (o->keepcase)
		str_add(&c->run, s, n);
	else
		utf8_fold(s, n, &c->run);
	VEC_PUSH(c->ends, c->run.n);
}

/* A token that is not counted breaks the run. */
static void
token(struct counts *c, const struct opts *o, int type, const char *s,
    size_t n)
{
	if (counted(o, type))
		count(c, o, s, n);
	else
		flush(c, o);
}

/* Counts the tokens of a piece of cleaned text. */
static void
count_text(struct counts *c, const struct opts *o, const char *s, size_t n)
{
	struct tokenizer t;
	struct tok k;

	size_t i, b, nst;

	/* A record may hold several sentences (a paragraph): n-grams stop
	 * at their ends. */
	c->toks.n = 0;
	tok_init(&t, s, n, o->doc.tokopts);
	while (tok_next(&t, &k))
		VEC_PUSH(c->toks, k);
	VEC_GROW(c->starts, c->toks.n + 1);
	nst = c->toks.n > 0 ? sent_split(s, c->toks.v, c->toks.n,
	    c->starts.v) : 0;
	for (i = 0, b = 0; i < c->toks.n; i++) {
		if (b < nst && c->starts.v[b] == i) {
			flush(c, o);
			b++;
		}
		token(c, o, c->toks.v[i].type, s + c->toks.v[i].start,
		    c->toks.v[i].end - c->toks.v[i].start);
	}
	flush(c, o);
}

/* Raw files, through the same road as txseg. */
static int
count_files(struct counts *c, const struct opts *o, char **paths, int npaths)
{
	struct corpus corp;
	struct para p;
	struct sentence s;
	int i, status = STATUS_OK;

	corpus_init(&corp, &o->doc);
	if (corpus_scan(&corp, paths, npaths) > 0)
		status = STATUS_TROUBLE;
	for (i = 0; i < npaths; i++) {
		struct doc *d = doc_open(&corp, paths[i]);
		const struct tok *toks;
		size_t ntok, j;

		if (d == NULL) {
			status = STATUS_TROUBLE;
			continue;
		}
		c->docno++;
		while (doc_next(d, &p)) {
			int skip = p.kind == PK_TOC ||
			    (p.kind == PK_HEADING && o->noheadings);

			while (doc_next_sentence(d, &s)) {
				if (skip)
					continue;
				toks = doc_tokens(d, &ntok);
				for (j = s.first; j < s.last; j++)
					token(c, o, toks[j].type, p.text +
					    toks[j].start,
					    toks[j].end - toks[j].start);
				flush(c, o);
			}
		}
		doc_close(d);
	}
	corpus_free(&corp);
	return status;
}

/*
 * Counts a txseg stream held in b: each record's text is tokenized again
 * (the same tokenizer gives the same tokens); a token stream's records are
 * one token each, typed by their ninth field.
 */
static int
count_stream(struct counts *c, const struct opts *o, const struct str *b)
{
	const char *p = b->s, *end = b->s + b->n, *nl;
	struct str doc = { 0 }, sent = { 0 };
	size_t lineno = 1;

	nl = memchr(p, '\n', (size_t)(end - p));
	p = nl ? nl + 1 : end;
	while (p < end) {
		const char *f[10];
		size_t fl[10], nf = 0, len;
		const char *q;

		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		lineno++;
		if (len > 0 && p[len - 1] == '\r')
			len--;
		for (q = p; nf < 10;) {
			const char *tab = memchr(q, '\t', len - (size_t)(q - p));

			f[nf] = q;
			fl[nf] = tab ? (size_t)(tab - q) : len - (size_t)(q - p);
			nf++;
			if (tab == NULL)
				break;
			q = tab + 1;
		}
		if (len > 0 && nf < 8)
			errx(STATUS_TROUBLE, "-: line %zu: %zu fields, a txseg "
			    "record has 8 or 9", lineno, nf);
		if (len > 0) {
			if (fl[0] != doc.n || memcmp(f[0], doc.s, doc.n) != 0) {
				flush(c, o);
				str_clear(&doc);
				str_add(&doc, f[0], fl[0]);
				c->docno++;
			}
			if (!(fl[4] == 3 && memcmp(f[4], "toc", 3) == 0) &&
			    !(o->noheadings && fl[4] == 7 &&
			    memcmp(f[4], "heading", 7) == 0)) {
				if (nf >= 9) {
					int type = 0, k;

					for (k = TOK_WORD; k <= TOK_CJK; k++)
						if (strlen(tok_typename(k)) == fl[8] &&
						    memcmp(tok_typename(k), f[8],
						    fl[8]) == 0)
							type = k;
					/* A token stream: a new sentence
					 * number ends the run. */
					if (fl[3] != sent.n || memcmp(f[3], sent.s,
					    sent.n) != 0) {
						flush(c, o);
						str_clear(&sent);
						str_add(&sent, f[3], fl[3]);
					}
					token(c, o, type, f[7], fl[7]);
				} else if (utf8_validate(f[7], fl[7]) == fl[7]) {
					flush(c, o);
					count_text(c, o, f[7], fl[7]);
				}
				else
					errx(STATUS_TROUBLE, "-: line %zu: invalid "
					    "UTF-8", lineno);
			}
		}
		p = nl ? nl + 1 : end;
	}
	flush(c, o);
	str_free(&doc);
	str_free(&sent);
	return STATUS_OK;
}

/* Count descending, then term in byte order. */
static int
by_count(const void *a, const void *b)
{
	const struct ht_entry *x = *(const struct ht_entry *const *)a;
	const struct ht_entry *y = *(const struct ht_entry *const *)b;

	if (x->val != y->val)
		return x->val > y->val ? -1 : 1;
	return ht_cmp_key(a, b);
}

static void
print(struct counts *c, const struct opts *o)
{
	static const char *const header[] = { "term", "count", "per_million",
	    "range", NULL };
	struct ht_entry **v = ht_sorted(&c->terms, by_count);
	struct out out;
	size_t i, n = 0;

	out_init(&out, STDOUT_FILENO, o->csv);
	out_header(&out, header);
	for (i = 0; i < c->terms.n; i++) {
		const struct ht_entry *e = v[i];
		uint64_t range = e->aux >> 32;

		if (o->top > 0 && n >= o->top)
			break;
		if (e->val < o->mincount || range < o->minrange)
			continue;
		out_field(&out, e->key, e->len);
		out_u64(&out, e->val);
		out_double(&out, (double)e->val * 1e6 / (double)c->ntokens, 2);
		out_u64(&out, range);
		out_endrec(&out);
		n++;
	}
	free(v);
	out_close(&out);
}

int
main(int argc, char *argv[])
{
	static char *stdin_only[] = { "-" };
	struct opts o;
	struct counts c;
	char **paths;
	int ch, npaths, status;

	memset(&o, 0, sizeof(o));
	o.nmin = o.nmax = 1;
	while ((ch = getopt_long(argc, argv, "hn:V", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_CSV: o.csv = 1; break;
		case OPT_CASE: o.keepcase = 1; break;
		case OPT_PUNCT: o.punct = 1; break;
		case OPT_NONUM: o.nonumbers = 1; break;
		case OPT_NOHEAD: o.noheadings = 1; break;
		case OPT_TOP: o.top = parse_count(optarg, "--top"); break;
		case OPT_MINCOUNT:
			o.mincount = parse_count(optarg, "--min-count");
			break;
		case OPT_MINRANGE:
			o.minrange = parse_count(optarg, "--min-range");
			break;
		case 'n': parse_ngrams(optarg, &o); break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default: tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	paths = argc > 0 ? argv : stdin_only;
	npaths = argc > 0 ? argc : 1;

	memset(&c, 0, sizeof(c));
	ht_init(&c.terms, 1 << 16);
	if (npaths == 1 && strcmp(paths[0], "-") == 0) {
		/* Standard input: txseg's stream, or raw text. */
		struct str b = { 0 };
		const char *nl;

		if (io_slurp(NULL, &b) == -1)
			err(STATUS_TROUBLE, "-");
		nl = memchr(b.s, '\n', b.n);
		if (doc_is_stream_header(b.s, nl ? (size_t)(nl - b.s) : b.n)) {
			if (utf8_validate(b.s, b.n) < b.n && !o.doc.lossy)
				errx(STATUS_TROUBLE, "-: invalid UTF-8 at byte %zu",
				    utf8_validate(b.s, b.n));
			status = count_stream(&c, &o, &b);
		} else {
			corpus_set_stdin(&b);
			status = count_files(&c, &o, paths, npaths);
		}
		str_free(&b);
	} else
		status = count_files(&c, &o, paths, npaths);
	print(&c, &o);
	corpus_forget_stdin();
	ht_free(&c.terms);
	str_free(&c.key);
	str_free(&c.run);
	VEC_FREE(c.ends);
	VEC_FREE(c.toks);
	VEC_FREE(c.starts);
	return status;
}
