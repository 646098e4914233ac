/*
 * txseg: clean text and segment it into sections, paragraphs, sentences or
 * tokens, one TSV (or CSV) record each, with the byte offsets of the
 * source.
 */
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
#include "rx.h"
#include "source.h"
#include "utf8.h"
#include "util.h"

enum unit { U_SECTION, U_PARA, U_SENT, U_TOKEN };

struct opts {
	enum unit unit;
	int	 csv;
	int	 header;
	int	 stats;		/* --stats */
	const char *id;
	const char *meta;	/* --meta FILE */
	const char *columns;	/* --meta-columns LIST */
	struct doc_opts doc;
};

/* What a record's first fields hold: the doc id, then the values of
 * the --meta-columns. */
struct docf {
	const struct str *id;
	const char **vals;
	size_t	 nvals;
};

enum { OPT_CSV = 256, OPT_SPLIT, OPT_ID, OPT_NOHEADER, OPT_STATS };

static const struct option longopts[] = {
	{ "unit",		required_argument, NULL, 'u' },
	{ "csv",		no_argument,	   NULL, OPT_CSV },
	OUT_CSV_SAFE_LONGOPT,
	DOC_LONGOPTS,
	INPUTS_LONGOPTS,
	{ "split-hyphens",	no_argument,	   NULL, OPT_SPLIT },
	{ "id",			required_argument, NULL, OPT_ID },
	{ "stats",		no_argument,	   NULL, OPT_STATS },
	{ "no-header",		no_argument,	   NULL, OPT_NOHEADER },
	META_LONGOPTS,
	{ "meta-columns",	required_argument, NULL, META_OPT_COLUMNS },
	{ "help",		no_argument,	   NULL, 'h' },
	{ "version",		no_argument,	   NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static const char usage_line[] =
    "usage: txseg [--unit=section|para|sent|token] [--csv | --csv-safe]\n"
    "             [--keep] [--encoding name|auto] [--lossy] [--split-hyphens]\n"
    "             [--id name] [--heading [n:]regex ...]\n"
    "             [--drop=list | --no-drop=list]\n"
    "             [--rules] [--dropped file] [--stats] [-v] [--no-header]\n"
    "             [--id-from suffix|path|base] [--files-from list [-0]]\n"
    "             [-r dir] [--meta file [--meta-columns list]]\n"
    "             [file ...]\n";

static const char help_text[] =
"\n"
"Cleans text (PDF line wraps, hyphens at line breaks, page numbers, running\n"
"headers, web menus and footers) and segments it into sections, paragraphs,\n"
"sentences or tokens. Prints one TSV record per unit with a header row:\n"
"\n"
"  doc sec par sent kind start end text        (token: + type)\n"
"\n"
"  doc    file name without directory and extension ('-' for stdin), with\n"
"         as much of its path as tells same-named files apart (a/strategy)\n"
"  sec    section path from the headings (2.2.1); 0 before the first\n"
"  par    paragraph number, sent sentence number (1-based, per document)\n"
"  kind   text, heading or toc\n"
"  start  end  byte offsets [start, end) in the input file\n"
"  text   the cleaned text: white space collapsed, no tabs or newlines\n"
"\n"
"Options:\n"
"  -u, --unit=UNIT     section, para, sent (default) or token\n"
"      --csv           RFC 4180 CSV instead of TSV\n"
OUT_CSV_SAFE_HELP
"      --split-hyphens split words at hyphens (rule-based -> rule - based)\n"
"      --id NAME       the doc column for a single input\n"
"      --stats         instead of the records, per document the lines each\n"
"                      rule dropped: doc rule lines (and a total row)\n"
"      --no-header     no header row\n"
META_HELP
"      --meta-columns LIST  the variables of --meta (comma-separated; all\n"
"                      by default) as columns after doc\n"
DOC_HELP
INPUTS_HELP
"  -h, --help          this help\n"
"  -V, --version       the version\n"
"\n"
"With no file, or when file is -, reads standard input. Exit status: 0 on\n"
"success, 2 on trouble (an unreadable file, invalid UTF-8, a bad option or\n"
"regex, a write error). See txseg(1).\n";

static enum unit
parse_unit(const char *s)
{
	if (strcmp(s, "section") == 0 || strcmp(s, "sections") == 0)
		return U_SECTION;
	if (strcmp(s, "para") == 0 || strcmp(s, "paragraph") == 0)
		return U_PARA;
	if (strcmp(s, "sent") == 0 || strcmp(s, "sentence") == 0)
		return U_SENT;
	if (strcmp(s, "token") == 0 || strcmp(s, "tok") == 0)
		return U_TOKEN;
	warnx("--unit: unknown unit '%s' (section, para, sent, token)", s);
	tool_usage(usage_line);
}

static const char *
kind_name(int kind)
{
	return kind == PK_HEADING ? "heading" : kind == PK_TOC ? "toc" : "text";
}

/* The common first seven fields of a record. */
static void
record_head(struct out *o, const struct docf *id, const char *sec,
    size_t par, size_t sent, int kind, size_t start, size_t end)
{
	size_t i;

	out_field(o, id->id->s, id->id->n);
	for (i = 0; i < id->nvals; i++)
		out_cstr(o, id->vals[i]);
	out_cstr(o, sec);
	out_u64(o, par);
	out_u64(o, sent);
	out_cstr(o, kind_name(kind));
	out_u64(o, start);
	out_u64(o, end);
}

/* Sections are printed once their end is known: collected per document. */
struct section {
	char	*sec;
	char	*text;
	size_t	 par, sent, start, end;
	int	 level, kind;
};

static int
section_cmp(const void *a, const void *b)
{
	const struct section *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->level - y->level;
}

static void
segment(struct doc *d, const struct opts *o, const struct docf *id,
    struct out *out)
{
	struct para p;
	struct sentence s;
	VEC(struct section) secs = { 0 };
	VEC(size_t) stack = { 0 };	/* open sections, levels rising */
	size_t i, lastend = 0;

	while (doc_next(d, &p)) {
		size_t first = 0;
		int nsent = 0;

		if (o->unit == U_SECTION) {
			/* A heading closes the open sections at its level
			 * and below: the top of the stack, since each one
			 * pushed is deeper than those left open. */
			int lv = p.level > 0 ? p.level : -1;

			if (lv > 0 || (secs.n == 0 && p.kind != PK_TOC)) {
				struct section sc = { 0 };

				while (lv > 0 && stack.n > 0 &&
				    secs.v[stack.v[stack.n - 1]].level >= lv)
					secs.v[stack.v[--stack.n]].end = lastend;
				sc.sec = xstrdup(lv > 0 ? p.sec : "0");
				sc.text = xstrdup(lv > 0 || p.kind ==
				    PK_HEADING ? p.text : "");
				sc.kind = lv > 0 || p.kind == PK_HEADING ?
				    PK_HEADING : PK_TEXT;
				sc.level = lv > 0 ? lv : 1;
				sc.par = p.parno;
				sc.start = p.start;
				VEC_PUSH(stack, secs.n);
				VEC_PUSH(secs, sc);
			}
		}
		while (doc_next_sentence(d, &s)) {
			if (nsent++ == 0)
				first = s.sentno;
			if (o->unit == U_SENT) {
				record_head(out, id, p.sec, p.parno, s.sentno,
				    p.kind, s.start, s.end);
				out_field(out, p.text + s.cstart,
				    s.cend - s.cstart);
				out_endrec(out);
			} else if (o->unit == U_TOKEN) {
				for (i = 0; i < s.ntok; i++) {
					const struct tok *k = &s.toks[i];

					record_head(out, id, p.sec, p.parno,
					    s.sentno, p.kind,
					    para_src_start(&p, k->start),
					    para_src_end(&p, k->end));
					out_field(out, p.text + k->start,
					    k->end - k->start);
					out_cstr(out, tok_typename(k->type));
					out_endrec(out);
				}
			}
		}
		if (o->unit == U_PARA && p.len > 0) {
			record_head(out, id, p.sec, p.parno, first, p.kind,
			    p.start, p.end);
			out_field(out, p.text, p.len);
			out_endrec(out);
		}
		if (o->unit == U_SECTION && secs.n > 0 &&
		    secs.v[secs.n - 1].par == p.parno)
			secs.v[secs.n - 1].sent = first;
		/* Section 0 is named by the document's title, if it has one. */
		if (o->unit == U_SECTION && secs.n == 1 &&
		    secs.v[0].kind == PK_TEXT && p.kind == PK_HEADING &&
		    p.level == 0) {
			free(secs.v[0].text);
			secs.v[0].text = xstrdup(p.text);
			secs.v[0].kind = PK_HEADING;
		}
		/* The greatest end: moved notes end before the paragraph
		 * they were moved behind (txseg.1). */
		if (p.kind != PK_TOC && p.end > lastend)
			lastend = p.end;
	}
	if (o->unit == U_SECTION) {
		for (i = 0; i < secs.n; i++)
			if (secs.v[i].end == 0)
				secs.v[i].end = lastend;
		if (secs.n > 0)	/* qsort(NULL, 0, ...) is undefined */
			qsort(secs.v, secs.n, sizeof(*secs.v), section_cmp);
		for (i = 0; i < secs.n; i++) {
			struct section *sc = &secs.v[i];

			record_head(out, id, sc->sec, sc->par, sc->sent,
			    sc->kind, sc->start, sc->end);
			out_cstr(out, sc->text);
			out_endrec(out);
			free(sc->sec);
			free(sc->text);
		}
		VEC_FREE(secs);
	}
	VEC_FREE(stack);
}

int
main(int argc, char *argv[])
{
	struct inputs in;
	VEC(const char *) hdr = { 0 };
	VEC(char *) owned = { 0 };	/* header names made here */
	VEC(int) cols = { 0 };
	VEC(const char *) vals = { 0 };
	struct meta meta;
	struct str mnames = { 0 };
	struct docf df;
	struct opts o;
	struct out out;
	struct doc_setup ds;
	struct corpus c;
	struct str id = { 0 };
	char **paths, **ids;
	int ch, npaths, i, status = STATUS_OK;

	memset(&o, 0, sizeof(o));
	inputs_init(&in);
	o.unit = U_SENT;
	o.header = 1;
	doc_setup_init(&ds, &o.doc);
	while ((ch = getopt_long(argc, argv, "u:hvV" INPUTS_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (doc_option(&ds, ch, optarg) || inputs_option(&in, ch, optarg))
			continue;
		switch (ch) {
		case 'u': o.unit = parse_unit(optarg); break;
		case OPT_CSV: o.csv = OUT_CSV; break;
		case OUT_OPT_CSV_SAFE: o.csv = OUT_CSV_SAFE; break;
		case OPT_SPLIT: o.doc.tokopts |= TOK_SPLIT_HYPHENS; break;
		case OPT_ID: o.id = optarg; break;
		case OPT_STATS: o.stats = 1; break;
		case OPT_NOHEADER: o.header = 0; break;
		case META_OPT: o.meta = optarg; break;
		case META_OPT_COLUMNS: o.columns = optarg; break;
		case 'h': tool_help(usage_line, help_text);
		case 'V': tool_version();
		default: tool_usage(usage_line);
		}
	}
	argc -= optind;
	argv += optind;
	/* The sentences it prints (and the tokens' sentence numbers) go by
	 * the abbreviations the corpus teaches. */
	paths = inputs_load(&in, argv, argc, &npaths);
	if (in.status != STATUS_OK)
		status = STATUS_TROUBLE;
	if (o.id != NULL && npaths != 1)
		errx(STATUS_TROUBLE, "--id names one input, not %d", npaths);
	if (o.id != NULL && in.idgiven)
		tool_contradict("--id", "--id-from");
	o.doc.idfrom = in.idfrom;
	o.doc.forget = 1;	/* each paragraph is written once, in order */
	ids = inputs_ids(paths, npaths, in.idfrom);
	if (o.columns != NULL && o.meta == NULL)
		errx(STATUS_TROUBLE, "--meta-columns names columns of --meta "
		    "FILE: give it");
	memset(&meta, 0, sizeof(meta));
	VEC_PUSH(hdr, "doc");
	if (o.meta != NULL) {
		const char *p = o.columns;
		size_t k, j;

		meta_load(&meta, o.meta);
		if (p == NULL)	/* every variable */
			for (k = 1; k < meta.ncol; k++)
				VEC_PUSH(cols, (int)k);
		while (p != NULL) {
			const char *q = strchr(p, ',');
			size_t l = q ? (size_t)(q - p) : strlen(p);
			char *name = xmemdup(p, l);
			int c = meta_column(&meta, name);

			free(name);	/* the messages print p[0..l) */
			if (c < 0) {
				meta_names(&meta, &mnames);
				errx(STATUS_TROUBLE, "--meta-columns: no variable "
				    "'%.*s' in %s (its columns: %s)", (int)l, p,
				    o.meta, mnames.s);
			}
			for (j = 0; j < cols.n; j++)
				if (cols.v[j] == c)
					errx(STATUS_TROUBLE, "--meta-columns: '%.*s' "
					    "twice", (int)l, p);
			VEC_PUSH(cols, c);
			p = q ? q + 1 : NULL;
		}
		if (cols.n > STREAM_MAXMETA)
			errx(STATUS_TROUBLE, "--meta-columns: %zu columns; a "
			    "stream carries at most %d", cols.n,
			    STREAM_MAXMETA);
		for (k = 0; k < cols.n; k++) {
			const char *nm = meta.names[cols.v[k]];

			if (stream_var_clashes(nm)) {
				char *w = xmalloc(strlen(STREAM_VAR_PREFIX) +
				    strlen(nm) + 1);

				strcpy(w, STREAM_VAR_PREFIX);
				strcat(w, nm);
				VEC_PUSH(owned, w);
				nm = w;
			}
			VEC_PUSH(hdr, nm);
			VEC_PUSH(vals, "");
		}
	}
	for (i = 1; doc_stream_fields[i] != NULL; i++)
		VEC_PUSH(hdr, doc_stream_fields[i]);
	if (o.unit == U_TOKEN)
		VEC_PUSH(hdr, "type");
	VEC_PUSH(hdr, NULL);
	df.id = &id;
	df.vals = vals.v;
	df.nvals = cols.n;
	ds.csv = o.csv;
	ds.stats = o.stats;
	ds.statsout = &out;
	ds.sheader = !o.header;
	doc_setup_load(&ds);
	corpus_init(&c, &o.doc);
	if (corpus_scan(&c, paths, npaths) > 0)
		status = STATUS_TROUBLE;
	/* Its own stream again would be segmented as text: the records'
	 * numbers and fields become sentences (source_kinds refuses). */
	(void)source_kinds(&c, paths, npaths, 0);
	corpus_plan(&c, paths, npaths);

	out_init(&out, STDOUT_FILENO, o.csv);
	if (o.header && !o.stats)
		out_header(&out, hdr.v);
	for (i = 0; i < npaths; i++) {
		struct doc *d = doc_open(&c, paths[i]);

		if (d == NULL) {
			status = STATUS_TROUBLE;
			continue;
		}
		str_clear(&id);
		if (o.id != NULL)
			io_idadd(&id, o.id, strlen(o.id));
		else
			str_add(&id, ids[i], strlen(ids[i]));
		doc_set_id(d, id.s, id.n);
		if (o.doc.report != NULL)
			o.doc.report(o.doc.reportarg, d);
		if (cols.n > 0 && !o.stats) {
			long row = meta_row(&meta, strcmp(paths[i], "-") == 0 ?
			    NULL : paths[i], id.s, id.n);
			size_t k;

			for (k = 0; k < cols.n; k++)
				vals.v[k] = meta_cell(&meta, row, cols.v[k]);
		}
		if (!o.stats)
			segment(d, &o, &df, &out);
		doc_close(d);
	}
	out_close(&out);
	doc_setup_free(&ds);
	corpus_free(&c);
	corpus_forget_stdin();
	str_free(&id);
	inputs_ids_free(ids, npaths);
	inputs_free(&in);
	VEC_FREE(hdr);
	while (owned.n > 0)
		free(owned.v[--owned.n]);
	VEC_FREE(owned);
	VEC_FREE(cols);
	VEC_FREE(vals);
	str_free(&mnames);
	if (o.meta != NULL)
		meta_free(&meta);
	return status;
}
