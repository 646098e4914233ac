/*
 * doc.c: reading inputs, the two passes over a corpus, paragraph text with
 * its piece map back to the source, and sentence iteration.  The line
 * classification and paragraph joining live in clean.c.
 */
#include <sys/wait.h>

#include <err.h>
#include <pthread.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "batch.h"
#include "docint.h"
#include "furniture.h"
#include "heading.h"
#include "lexicon.h"
#include "lines.h"
#include "para.h"
#include "io.h"
#include "rx.h"
#include "utf8.h"


/* Bytes of stdin a tool read before any corpus did (corpus_set_stdin). */
static struct str stdin_given;
static int stdin_isgiven;

static int
is_stdin(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

/* What pass 1 read of one input: its bytes, when it cannot be read again
 * (or is the only one), else the stamp a later read must match. */
enum { IN_NONE = 0, IN_KEPT, IN_STAMPED };

struct corpus_input {
	int	 state;		/* IN_NONE until a read succeeds */
	struct str bytes;
	struct io_stamp st;
};

enum { LOAD_OK = 0, LOAD_ERR = -1, LOAD_CHANGED = -2 };

/*
 * The bytes of input path, in *out: the kept ones, or b after path was
 * read into it.  The first read of a path records it (keeping its bytes
 * when it cannot be read again, or when keep is set); a later read must
 * match that record.  *seen says whether there was one.  LOAD_OK,
 * LOAD_ERR (errno set), or LOAD_CHANGED.
 */
static int
input_load(struct corpus *c, const char *path, int keep, struct str *b,
    const struct str **out, int *seen)
{
	const char *key = is_stdin(path) ? "-" : path;
	struct corpus_input *in;
	struct io_stamp st;
	struct ht_entry *e;
	int isnew;

	e = ht_upsert(&c->inputs, key, strlen(key), &isnew);
	if (isnew) {
		struct corpus_input none = { 0 };

		e->val = c->ins.n;
		VEC_PUSH(c->ins, none);
	}
	in = &c->ins.v[e->val];
	*seen = in->state != IN_NONE;
	switch (in->state) {
	case IN_KEPT:
		*out = &in->bytes;
		return LOAD_OK;
	case IN_STAMPED:
		if (io_slurp_stamp(path, b, &st) == -1)
			return LOAD_ERR;
		*out = b;
		return io_stamp_same(&in->st, &st) ? LOAD_OK : LOAD_CHANGED;
	}
	if (is_stdin(path) && stdin_isgiven) {
		in->bytes = stdin_given;	/* moved: it can be big */
		memset(&stdin_given, 0, sizeof(stdin_given));
		stdin_isgiven = 0;
		in->state = IN_KEPT;
	} else if (io_slurp_stamp(path, b, &in->st) == -1)
		return LOAD_ERR;
	else if (!in->st.rereadable || keep) {
		in->bytes = *b;
		memset(b, 0, sizeof(*b));
		in->state = IN_KEPT;
	} else
		in->state = IN_STAMPED;
	*out = in->state == IN_KEPT ? &in->bytes : b;
	return LOAD_OK;
}

/* Reports an input input_load could not give. */
static void
load_failed(const char *path, int rc)
{
	if (rc == LOAD_CHANGED)
		warnx("%s: changed while being read", io_name(path));
	else
		warn("%s", io_name(path));
}

/* The test hook between the reads (see corpus_scan in doc.h). */
static void
between_reads(void)
{
	const char *cmd = getenv("TX_TEST_BETWEEN_PASSES");
	int rc;

	if (cmd == NULL || *cmd == '\0')
		return;
	if ((rc = system(cmd)) != 0)
		warnx("TX_TEST_BETWEEN_PASSES: '%s' exited %d", cmd,
		    WIFEXITED(rc) ? WEXITSTATUS(rc) : rc);
}

const char *const doc_stream_fields[] = { "doc", "sec", "par", "sent",
	"kind", "start", "end", "text", NULL };

int
doc_is_stream_header(const char *s, size_t n)
{
	size_t i, k = 0, l;

	for (i = 0; doc_stream_fields[i] != NULL; i++) {
		l = strlen(doc_stream_fields[i]);
		if (k + l > n || memcmp(s + k, doc_stream_fields[i], l) != 0)
			return 0;
		k += l;
		if (doc_stream_fields[i + 1] != NULL) {
			if (k >= n || s[k] != '\t')
				return 0;
			k++;
		}
	}
	return k == n || s[k] == '\t' || s[k] == '\r';
}

int
corpus_walk(const struct doc_opts *o, char **paths, int npaths, char **scan,
    int nscan, const struct walk *w)
{
	struct corpus corp;
	struct para p;
	struct str id = { 0 };
	int i, status = STATUS_OK;

	corpus_init(&corp, o);
	if (corpus_scan(&corp, scan ? scan : paths, scan ? nscan : npaths) > 0)
		status = STATUS_TROUBLE;
	for (i = 0; i < npaths; i++) {
		struct doc *d = doc_open(&corp, paths[i]);

		if (d == NULL) {
			status = STATUS_TROUBLE;
			continue;
		}
		io_docid(paths[i], &id);
		if (w->begin == NULL || w->begin(w->arg, d, paths[i], id.s, id.n))
			while (doc_next(d, &p))
				if (w->para != NULL)
					w->para(w->arg, d, &p);
		if (w->end != NULL)
			w->end(w->arg, d);
		doc_close(d);
	}
	corpus_free(&corp);
	str_free(&id);
	return status;
}

int
doc_parse_record(const char *s, size_t n, struct doc_record *r)
{
	const char *f[10];
	size_t fl[10], nf, *num[4], i, j;
	static const int col[4] = { 2, 3, 5, 6 };

	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (doc_is_stream_header(s, n))
		return -1;
	nf = io_fields(s, n, '\t', f, fl, 10);
	if (nf != 8 && nf != 9)
		return -1;
	num[0] = &r->par;
	num[1] = &r->sent;
	num[2] = &r->start;
	num[3] = &r->end;
	for (i = 0; i < 4; i++) {
		size_t v = 0, c = (size_t)col[i];

		if (fl[c] == 0 || fl[c] > 19)
			return -1;
		for (j = 0; j < fl[c]; j++) {
			if (f[c][j] < '0' || f[c][j] > '9')
				return -1;
			v = v * 10 + (size_t)(f[c][j] - '0');
		}
		*num[i] = v;
	}
	if (r->end < r->start)
		return -1;
	r->doc = f[0];
	r->ldoc = fl[0];
	r->sec = f[1];
	r->lsec = fl[1];
	r->kind = f[4];
	r->lkind = fl[4];
	r->text = f[7];
	r->ltext = fl[7];
	r->type = nf == 9 ? f[8] : NULL;
	r->ltype = nf == 9 ? fl[8] : 0;
	return 0;
}

int
doc_stream_line(const char *s, size_t n, struct doc_record *r)
{
	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (n == 0 || doc_is_stream_header(s, n))
		return 0;
	return doc_parse_record(s, n, r) == 0 ? 1 : -1;
}

void
corpus_set_stdin(struct str *b)
{
	/* The bytes move, not a copy: stdin can be the biggest input. */
	str_free(&stdin_given);
	stdin_given = *b;
	memset(b, 0, sizeof(*b));
	str_grow(&stdin_given, 0);
	stdin_isgiven = 1;
}

void
corpus_forget_stdin(void)
{
	str_free(&stdin_given);
	stdin_isgiven = 0;
}

void
corpus_init(struct corpus *c, const struct doc_opts *o)
{
	memset(c, 0, sizeof(*c));
	c->opts = o;
	lexicon_init(&c->lex);
	ht_init(&c->failed, 16);
	ht_init(&c->inputs, 16);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->ins.n; i++)
		str_free(&c->ins.v[i].bytes);
	VEC_FREE(c->ins);
	ht_free(&c->inputs);
	lexicon_free(&c->lex);
	ht_free(&c->failed);
}

int
corpus_scan(struct corpus *c, char **paths, int npaths)
{
	struct str b = { 0 };
	const struct str *in;
	size_t bad, ncand = 0;
	int i, rc, seen, nerr = 0;
	char *ok;

	ok = xcalloc((size_t)npaths + 1, 1);
	for (i = 0; i < npaths; i++) {
		/* One input: pass 2 takes the bytes read and checked here. */
		rc = input_load(c, paths[i], npaths == 1, &b, &in, &seen);
		if (rc != LOAD_OK) {
			load_failed(paths[i], rc);
			nerr++;
			ht_upsert(&c->failed, paths[i], strlen(paths[i]), NULL);
			continue;
		}
		ok[i] = 1;
		bad = utf8_validate(in->s, in->n);
		if (bad < in->n && !c->opts->lossy)
			errx(STATUS_TROUBLE, "%s: invalid UTF-8 at byte %zu",
			    io_name(paths[i]), bad);
		if (!c->opts->keep)
			ncand += lexicon_scan(&c->lex, in->s, in->n);
	}
	between_reads();
	if (ncand > 0) {
		for (i = 0; i < npaths; i++) {
			if (!ok[i])
				continue;
			rc = input_load(c, paths[i], 0, &b, &in, &seen);
			if (rc != LOAD_OK) {
				/* Gone or changed since: not counted, and
				 * pass 2 leaves it out. */
				load_failed(paths[i], rc);
				nerr++;
				ht_upsert(&c->failed, paths[i],
				    strlen(paths[i]), NULL);
				continue;
			}
			lexicon_count(&c->lex, in->s, in->n);
		}
		c->lex.counted = 1;
	}
	str_free(&b);
	free(ok);
	return nerr;
}


/* Cleans d.  A --heading pattern gets the work budget of this document;
 * one that runs past it (or past pcre2's limits) stops the tool, since
 * the headings it missed would be a wrong answer. */
static void
clean_bounded(struct doc *d)
{
	struct rx *h = d->opts->heading;
	const char *why;

	if (h != NULL)
		rx_budget(h, d->src.n);
	doclines_split(&d->lines, d->src.s, d->src.n);
	if (!d->opts->keep)
		furniture_mark(&d->lines);
	headings_mark(&d->lines, d->opts);
	paras_init(&d->paras, &d->lines, d->opts, &d->corpus->lex, batch_first_sentence,
	    (void *)&d->opts->tokopts);
	if (h != NULL && (why = rx_failure(h)) != NULL)
		errx(STATUS_TROUBLE, "%s: %s", d->name, why);
}

struct doc *
doc_open(struct corpus *c, const char *path)
{
	struct doc *d;
	const struct str *in;
	size_t bad;
	int rc, seen;

	if (path != NULL && ht_get(&c->failed, path, strlen(path)) != NULL)
		return NULL;	/* pass 1 said so already */
	d = xcalloc(1, sizeof(*d));
	d->corpus = c;
	d->opts = c->opts;
	d->name = io_name(path);
	/* Nothing of the document is given out before this check. */
	if ((rc = input_load(c, path, 0, &d->src, &in, &seen)) != LOAD_OK) {
		load_failed(path, rc);
		str_free(&d->src);
		free(d);
		return NULL;
	}
	if (in != &d->src) {
		str_free(&d->src);
		d->src = *in;		/* kept by the corpus */
		d->srckept = 1;
	}
	/* Bytes pass 1 saw were validated there. */
	if (!seen || d->opts->lossy) {
		bad = utf8_validate(d->src.s, d->src.n);
		if (bad < d->src.n) {
			if (!d->opts->lossy)
				errx(STATUS_TROUBLE, "%s: invalid UTF-8 at "
				    "byte %zu", d->name, bad);
			warnx("%s: invalid UTF-8 at byte %zu, replaced by "
			    "U+FFFD", d->name, bad);
		}
	}
	clean_bounded(d);
	return d;
}

const char *
doc_source(struct doc *d, size_t *len)
{
	*len = d->src.n;
	return d->src.s;
}

const char *
doc_name(struct doc *d)
{
	return d->name;
}

void
doc_close(struct doc *d)
{
	if (d == NULL)
		return;
	doclines_free(&d->lines);
	paras_free(&d->paras);
	if (!d->srckept)
		str_free(&d->src);
	VEC_FREE(d->toks);
	VEC_FREE(d->starts);
	VEC_FREE(d->merged);
	batch_free(d->bat[0]);
	batch_free(d->bat[1]);
	free(d);
}

int
doc_next_dropped(struct doc *d, size_t *it, struct doc_drop *l)
{
	size_t li;

	for (li = *it; li < d->lines.n; li++) {
		const struct line *ln = &d->lines.v[li];

		if (ln->cls != L_DROP)
			continue;
		l->lineno = li + 1;
		l->start = ln->start;
		l->end = ln->end;
		l->reason = ln->reason;
		l->text = d->src.s + ln->ts;
		l->len = ln->te - ln->ts;
		l->special = (ln->flags & LF_SPECIAL) != 0;
		*it = li + 1;
		return 1;
	}
	*it = li;
	return 0;
}
