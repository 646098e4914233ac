/*
 * docopt.c: the cleanup options of every tool that reads raw text, and
 * the report of what the cleanup dropped (see docopt.h).
 */
#include <sys/stat.h>

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "docopt.h"
#include "decode.h"
#include "furniture.h"
#include "rx.h"
#include "tok.h"
#include "utf8.h"
#include "zhseg.h"
#include "zhconv.h"

void
doc_setup_init(struct doc_setup *s, struct doc_opts *o)
{
	memset(s, 0, sizeof(*s));
	s->o = o;
}

/* The rules of a comma-separated LIST as a mask; "none" alone is no rule
 * (allownone).  An unknown or empty name exits 2. */
static uint32_t
parse_rules(const char *opt, const char *list, int allownone)
{
	uint32_t m = 0;
	const char *p = list, *q;

	if (allownone && strcmp(list, "none") == 0)
		return 0;
	for (;;) {
		size_t n;
		int r;

		q = strchr(p, ',');
		n = q != NULL ? (size_t)(q - p) : strlen(p);
		if (n == 0)
			errx(STATUS_TROUBLE, "%s: an empty rule name in '%s' "
			    "(see --rules)", opt, list);
		if ((r = drop_rule_find(p, n)) == DR_NONE) {
			if (allownone && n == 4 && memcmp(p, "none", 4) == 0)
				errx(STATUS_TROUBLE, "%s: none stands alone, "
				    "not in a list", opt);
			errx(STATUS_TROUBLE, "%s: unknown rule '%.*s' (see "
			    "--rules)", opt, (int)n, p);
		}
		m |= UINT32_C(1) << r;
		if (q == NULL)
			return m;
		p = q + 1;
	}
}

int
doc_option(struct doc_setup *s, int ch, const char *arg)
{
	switch (ch) {
	case DO_KEEP: s->o->keep = 1; break;
	case DO_LOSSY: s->o->lossy = 1; break;
	case DO_ENCODING:
		/* Checked here, before any input is read. */
		if (strcmp(arg, "auto") != 0 && !decode_known(arg))
			errx(STATUS_TROUBLE, "--encoding: unknown encoding "
			    "'%s' (iconv -l lists them)", arg);
		s->o->encoding = arg;
		break;
	case DO_HEADING: VEC_PUSH(s->heads, arg); break;
	case DO_DROP:
		if (arg[0] == '+')
			s->addmask |= parse_rules("--drop", arg + 1, 0);
		else {
			s->dropmask |= parse_rules("--drop", arg, 1);
			s->hasdrop = 1;
		}
		break;
	case DO_NODROP:
		s->nodropmask |= parse_rules("--no-drop", arg, 0);
		s->hasnodrop = 1;
		break;
	case DO_RULES: s->rules = 1; break;
	case DO_DROPPED: s->dropped = arg; break;
	case DO_LEARN: s->o->abbrevs = 1; break;
	case 'v': s->verbose = 1; return 1;
	/* The tokenizer's: not cleanup, so they leave s->given alone. */
	case DO_ZH:
		if (strcmp(arg, "word") == 0)
			s->o->tokopts &= ~(unsigned)TOK_ZH_CHAR;
		else if (strcmp(arg, "char") == 0)
			s->o->tokopts |= TOK_ZH_CHAR;
		else
			errx(STATUS_TROUBLE, "--zh: '%s' is not word or char",
			    arg);
		return 1;
	case DO_ZHHMM:
		if (strcmp(arg, "on") == 0)
			s->o->tokopts &= ~(unsigned)TOK_ZH_NOHMM;
		else if (strcmp(arg, "off") == 0)
			s->o->tokopts |= TOK_ZH_NOHMM;
		else
			errx(STATUS_TROUBLE, "--zh-hmm: '%s' is not on or off",
			    arg);
		return 1;
	case DO_ZHDICT: s->zhdict = arg; return 1;
	case DO_ZHUSER: s->zhuser = arg; return 1;
	case DO_ZHCONV:
		if (!zhconv_known(arg))
			errx(STATUS_TROUBLE, "--zh-convert: '%s' is not %s",
			    arg, zhconv_names);
		s->zhconv = arg;
		return 1;
	default: return 0;
	}
	if (!s->given)
		s->first = ch == DO_KEEP ? "--keep" : ch == DO_LOSSY ?
		    "--lossy" : ch == DO_ENCODING ? "--encoding" : ch == DO_HEADING ? "--heading" : ch == DO_DROP ?
		    "--drop" : ch == DO_NODROP ? "--no-drop" : ch == DO_RULES ?
		    "--rules" : ch == DO_LEARN ? "--learn-abbrevs" : "--dropped";
	s->given = 1;
	return 1;
}

/* --rules: rule, what it drops, its evidence; TSV with a header row. */
static void
print_rules(int csv)
{
	static const char *const header[] = { "rule", "drops", "evidence",
	    NULL };
	struct out out;
	size_t k;

	out_init(&out, STDOUT_FILENO, csv);
	out_header(&out, header);
	for (k = 0; k < ndrop_rules; k++) {
		out_cstr(&out, drop_rules[k].name);
		out_cstr(&out, drop_rules[k].drops);
		out_cstr(&out, drop_rules[k].evidence);
		out_endrec(&out);
	}
	out_close(&out);
	exit(STATUS_OK);
}

/* "N:REGEX": the level N (1 to 6) and the pattern after it; a pattern
 * without a digit and a colon in front has level 0. */
static const char *
heading_level(const char *arg, int *level)
{
	*level = 0;
	if (arg[0] < '0' || arg[0] > '9' || arg[1] != ':')
		return arg;
	if (arg[0] < '1' || arg[0] > '6')
		errx(STATUS_TROUBLE, "--heading: level %c is not 1 to 6 (in "
		    "'%s')", arg[0], arg);
	*level = arg[0] - '0';
	return arg + 2;
}

void
doc_setup_load(struct doc_setup *s)
{
	struct doc_opts *o = s->o;
	size_t k;

	if (s->rules)
		print_rules(s->csv);
	/* Files checked now; the model is loaded at the first Han run. */
	zh_config(s->zhdict, s->zhuser, !(o->tokopts & TOK_ZH_NOHMM));
	/* The converter's tables are read now, before any input. */
	if (s->zhconv != NULL && o->zhcc == NULL) {
		char why[256];

		if ((o->zhcc = zhconv_open(s->zhconv, why, sizeof(why))) ==
		    NULL)
			errx(STATUS_TROUBLE, "--zh-convert: %s", why);
	}
	if (o->keep && (s->hasdrop || s->addmask != 0))
		tool_contradict("--keep", "--drop");
	if (o->keep && s->hasnodrop)
		tool_contradict("--keep", "--no-drop");
	if (s->hasdrop && s->hasnodrop)
		tool_contradict("--drop", "--no-drop");
	if (s->addmask & s->nodropmask)
		tool_contradict("--drop=+RULE", "--no-drop of the same rule");
	/* --drop=LIST: these rules and no other; else the rules that drop
	 * unasked, with those --drop=+LIST adds, less those of --no-drop. */
	for (k = 0; k < ndrop_rules; k++) {
		uint32_t bit = UINT32_C(1) << drop_rules[k].reason;

		if (s->hasdrop ? !((s->dropmask | s->addmask) & bit) :
		    (drop_rules[k].asked && !(s->addmask & bit)))
			o->nodrop |= bit;
	}
	o->nodrop |= s->nodropmask;
	if (s->heads.n > 0) {
		o->headings = xcalloc(s->heads.n, sizeof(*o->headings));
		for (k = 0; k < s->heads.n; k++) {
			char eb[256];
			const char *pat = heading_level(s->heads.v[k],
			    &o->headings[k].level);

			o->headings[k].rx = rx_compile(pat, strlen(pat), 0, eb,
			    sizeof(eb));
			if (o->headings[k].rx == NULL)
				errx(STATUS_TROUBLE, "--heading: %s", eb);
			o->nheadings = k + 1;
		}
	}
	if (s->verbose)
		out_init(&s->eout, STDERR_FILENO, 0);
	if (s->dropped != NULL || s->verbose || s->stats) {
		o->report = doc_setup_report;
		o->reportarg = s;
	}
}

/*
 * May --dropped overwrite path?  Yes when it is no regular file (a
 * pipe, /dev/null), is empty, or begins with the list's own header (TSV
 * or CSV: a run again); no for any other file, a document most likely,
 * named where a flag was meant ("--dropped notes.txt" with the inputs on
 * stdin).
 */
static int
dropped_list(const char *path)
{
	static const char tsv[] = "doc\tline\tstart\tend\treason\ttext";
	static const char csv[] = "doc,line,start,end,reason,text";
	char head[64];
	struct stat st;
	size_t n;
	FILE *f;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0)
		return 1;
	if ((f = fopen(path, "rb")) == NULL)
		return 1;	/* out_open says why it cannot be written */
	n = fread(head, 1, sizeof(head) - 1, f);
	fclose(f);
	head[n] = '\0';
	head[strcspn(head, "\r\n")] = '\0';
	return strcmp(head, tsv) == 0 || strcmp(head, csv) == 0;
}

/* --dropped is opened when the first document d is read (after pass 1
 * validated the inputs), or at the end when none was (d NULL).  A file
 * that is also an input is refused before it is opened: opening it would
 * empty the document ("txseg --dropped a.txt b.txt" for "--dropped=LIST"
 * of some other option). */
static void
open_dropped(struct doc_setup *s, struct doc *d)
{
	static const char *const dheader[] = { "doc", "line", "start", "end",
	    "reason", "text", NULL };

	if (s->dropped == NULL || s->dopen)
		return;
	if (d != NULL && corpus_reads(doc_corpus(d), s->dropped))
		errx(STATUS_TROUBLE, "--dropped %s: is one of the inputs; "
		    "it would be overwritten", s->dropped);
	if (!dropped_list(s->dropped))
		errx(STATUS_TROUBLE, "--dropped %s: a file that is not a list "
		    "of dropped lines is not overwritten (its first line is "
		    "not doc line start end reason text): remove it first, "
		    "or name another (was it meant as an input?)", s->dropped);
	out_open(&s->dout, s->dropped, s->csv);
	out_header(&s->dout, dheader);
	s->dopen = 1;
}

static const char *const sheader[] = { "doc", "rule", "lines", NULL };

/* The table of --stats and -v for one document. */
static void
write_stats(struct out *out, const struct str *id, const size_t *n)
{
	size_t k, total = 0;

	for (k = 0; k <= ndrop_rules; k++) {
		int r = k < ndrop_rules ? drop_rules[k].reason : DR_CONTROL;

		if (n[r] == 0)
			continue;
		total += n[r];
		out_field(out, id->s, id->n);
		out_cstr(out, doc_reason_name(r));
		out_u64(out, n[r]);
		out_endrec(out);
	}
	out_field(out, id->s, id->n);
	out_cstr(out, "total");
	out_u64(out, total);
	out_endrec(out);
}

void
doc_setup_report(void *arg, struct doc *d)
{
	struct doc_setup *s = arg;
	struct doc_drop l;
	size_t it = 0, n[DR_MAX + 1] = { 0 };

	open_dropped(s, d);
	{
		size_t n;
		const char *id = doc_id(d, &n);	/* the stream's */

		str_clear(&s->id);
		str_add(&s->id, id, n);
	}
	while (doc_next_dropped(d, &it, &l)) {
		n[l.reason >= 0 && l.reason < DR_MAX ? l.reason : DR_MAX]++;
		if (s->dropped == NULL)
			continue;
		out_field(&s->dout, s->id.s, s->id.n);
		out_u64(&s->dout, l.lineno);
		out_u64(&s->dout, l.start);
		out_u64(&s->dout, l.end);
		out_cstr(&s->dout, doc_reason_name(l.reason));
		if (s->o->lossy && l.special) {
			/* Bad bytes as U+FFFD: the list stays UTF-8. */
			str_clear(&s->dec);
			utf8_lossy(l.text, l.len, &s->dec);
			out_field(&s->dout, s->dec.s, s->dec.n);
		} else
			out_field(&s->dout, l.text, l.len);
		out_endrec(&s->dout);
	}
	if (s->stats && s->statsout != NULL) {
		if (!s->sheader++)
			out_header(s->statsout, sheader);
		write_stats(s->statsout, &s->id, n);
	}
	if (s->verbose) {
		if (!s->eheader++)
			out_header(&s->eout, sheader);
		write_stats(&s->eout, &s->id, n);
		out_flush(&s->eout);
	}
}

void
doc_setup_free(struct doc_setup *s)
{
	size_t k;

	if (s->dropped != NULL) {
		open_dropped(s, NULL);
		out_close(&s->dout);
	}
	if (s->verbose)
		out_close(&s->eout);
	for (k = 0; k < s->o->nheadings; k++)
		rx_free(s->o->headings[k].rx);
	zhconv_close(s->o->zhcc);
	s->o->zhcc = NULL;
	free(s->o->headings);
	s->o->headings = NULL;
	s->o->nheadings = 0;
	VEC_FREE(s->heads);
	str_free(&s->id);
	str_free(&s->dec);
}
