/*
 * doc.c: the road, stage after stage (see doc.h and DEVELOPERS.md): a
 * document opened from its source (source.c) gets its view, overprinted
 * runs collapsed (overstrike.c), which is cut into lines (lines.c), its
 * furniture dropped (furniture.c), its headings and contents found
 * (heading.c); paragraphs are built (para.c), mapped back to the source
 * and split into sentences (batch.c) as the tool asks for them.
 */
#include <sys/wait.h>

#include <err.h>
#include <pthread.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "source.h"
#include "batch.h"
#include "docint.h"
#include "furniture.h"
#include "heading.h"
#include "lexicon.h"
#include "lines.h"
#include "overstrike.h"
#include "decode.h"
#include "zhconv.h"
#include "para.h"
#include "inputs.h"
#include "io.h"
#include "rx.h"
#include "tok.h"
#include "utf8.h"
#include "zhseg.h"


int
corpus_walk(const struct doc_opts *o, char **paths, int npaths, char **scan,
    int nscan, const struct walk *w)
{
	struct corpus corp;
	struct para p;
	char **ids, **all = paths;
	int i, nall = npaths, status = STATUS_OK;

	corpus_init(&corp, o);
	corp.streams = w->judge && w->stream != NULL;
	if (corpus_scan(&corp, scan ? scan : paths, scan ? nscan : npaths) > 0)
		status = STATUS_TROUBLE;
	if (w->judge && source_kinds(&corp, paths, npaths, w->stream !=
	    NULL) == SNIFF_STREAM) {
		if (source_streams(&corp, paths, npaths, w->stream, w->arg) !=
		    STATUS_OK)
			status = STATUS_TROUBLE;
		corpus_free(&corp);
		return status;
	}
	/* With the whole corpus in scan, the ids are the corpus's, so that
	 * runs over parts of it (scripts/txfreq-parallel) name same-named
	 * files as one run over all of it does: the ids of scan and paths
	 * together (the same path, the same id), paths' at the end. */
	if (scan != NULL) {
		nall = nscan + npaths;
		all = xreallocarray(NULL, (size_t)nall + 1, sizeof(*all));
		memcpy(all, scan, (size_t)nscan * sizeof(*all));
		memcpy(all + nscan, paths, (size_t)npaths * sizeof(*all));
	}
	ids = inputs_ids(all, nall, o->idfrom);
	corpus_plan(&corp, paths, npaths);
	for (i = 0; i < npaths; i++) {
		struct doc *d = doc_open(&corp, paths[i]);

		if (d == NULL) {
			status = STATUS_TROUBLE;
			continue;
		}
		doc_set_id(d, ids[nall - npaths + i],
		    strlen(ids[nall - npaths + i]));
		if (o->report != NULL)
			o->report(o->reportarg, d);
		if (w->begin == NULL || w->begin(w->arg, d, paths[i], d->id.s,
		    d->id.n))
			while (doc_next(d, &p))
				if (w->para != NULL)
					w->para(w->arg, d, &p);
		if (w->end != NULL)
			w->end(w->arg, d);
		doc_close(d);
	}
	corpus_free(&corp);
	inputs_ids_free(ids, nall);
	if (all != paths)
		free(all);
	return status;
}

/* Cleans d.  Each --heading pattern gets the work budget of this document;
 * one that runs past it (or past pcre2's limits) stops the tool, since
 * the headings it missed would be a wrong answer. */
static void
clean_bounded(struct doc *d)
{
	const struct doc_opts *o = d->opts;
	const char *why;
	size_t k;

	for (k = 0; k < o->nheadings; k++)
		rx_budget(o->headings[k].rx, d->dec.n);
	/* The stages read the text (decode.h), the source when it is
	 * UTF-8, in simplified characters with --zh-convert (zhconv.h). */
	zhconv_view(&d->cv, o->zhcc, d->dec.s, d->dec.n);
	if (o->keep)
		overstrike_none(&d->os, d->cv.s, d->cv.n);
	else
		overstrike_view(&d->os, d->cv.s, d->cv.n);
	doclines_split(&d->lines, d->os.s, d->os.n);
	/* The model loads beside the stages below, which run on this thread
	 * alone (the split above takes both cores of two). */
	if (!(o->tokopts & TOK_ZH_CHAR) && zh_wanted(d->cv.s, d->cv.n))
		zh_preload();
	if (!o->keep)
		furniture_run(&d->lines, o);
	headings_mark(&d->lines, o);
	paras_init(&d->paras, &d->lines, o, &d->corpus->lex, batch_first_sentence,
	    (void *)&o->tokopts);
	/* The view is the document's own but when it is the corpus's
	 * bytes: batch.c gives it back behind the batches. */
	if (o->forget && !(d->srckept && d->os.s == d->src.s) &&
	    getenv("TX_TEST_KEEP_TEXT") == NULL)
		behind_init(&d->behind, d->os.s, d->os.n);
	for (k = 0; k < o->nheadings; k++)
		if ((why = rx_failure(o->headings[k].rx)) != NULL)
			errx(STATUS_TROUBLE, "%s: %s", d->name, why);
}

struct doc *
doc_open(struct corpus *c, const char *path)
{
	struct doc *d;
	const struct str *in;
	int rc, seen, raw;

	if (path != NULL && ht_get(&c->failed, path, strlen(path)) != NULL)
		return NULL;	/* pass 1 said so already */
	d = xcalloc(1, sizeof(*d));
	d->corpus = c;
	d->opts = c->opts;
	d->name = io_name(path);
	io_docid(path, &d->id);
	/* Nothing of the document is given out before this check. */
	if ((rc = input_load(c, path, 0, &d->src, &in, &seen)) != LOAD_OK) {
		load_failed(path, rc);
		str_free(&d->src);
		str_free(&d->id);
		free(d);
		return NULL;
	}
	if (in != &d->src) {
		str_free(&d->src);
		/* Kept by the corpus: ours to give back when this is the
		 * last open of it (corpus_plan). */
		if (!d->opts->forget || !input_take(c, path, &d->src)) {
			d->src = *in;
			d->srckept = 1;
		}
	}
	/* Bytes pass 1 saw were validated there: UTF-8 needs no second
	 * look.  The rest is decoded again (the same bytes, the same text),
	 * and --lossy warns here, once. */
	if (seen && !d->opts->lossy && d->opts->encoding == NULL &&
	    !decode_bom(d->src.s, d->src.n))
		decode_text(&d->dec, d->src.s, d->src.n, NULL, 0, &(size_t){0});
	else if (input_text(d->opts, path, d->src.s, d->src.n, &d->dec, 1,
	    &raw) == -1) {
		if (!d->srckept)
			str_free(&d->src);
		decode_free(&d->dec);
		str_free(&d->id);
		free(d);
		return NULL;
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

const char *
doc_id(struct doc *d, size_t *len)
{
	*len = d->id.n;
	return d->id.s;
}

void
doc_set_id(struct doc *d, const char *id, size_t len)
{
	str_clear(&d->id);
	str_add(&d->id, id, len);
}

const struct corpus *
doc_corpus(struct doc *d)
{
	return d->corpus;
}

void
doc_close(struct doc *d)
{
	if (d == NULL)
		return;
	/* First the batches: the other thread may still be building one
	 * from the stages below (batch.c). */
	batch_free(d->bat[0]);
	batch_free(d->bat[1]);
	d->bat[0] = d->bat[1] = NULL;
	/* Readable again before the text is freed; a buffer that could
	 * not be made so is never freed (malloc would hand it out). */
	if (behind_end(&d->behind) != 0)
		err(STATUS_TROUBLE, "%s: mprotect", d->name);
	doclines_free(&d->lines);
	paras_free(&d->paras);
	overstrike_free(&d->os);
	zhconv_free(&d->cv);
	decode_free(&d->dec);
	str_free(&d->id);
	if (!d->srckept)
		str_free(&d->src);
	VEC_FREE(d->toks);
	VEC_FREE(d->starts);
	VEC_FREE(d->merged);
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
		/* The lines are the view's (overstrike.h) of the text
		 * (decode.h) as converted (zhconv.h): the span given out
		 * is the source's, the text the converted one (UTF-8),
		 * as the other tools read it, overprinting and all. */
		l->start = decode_src(&d->dec, zhconv_src(&d->cv,
		    overstrike_src(&d->os, ln->start, 0), 0), 0);
		l->end = decode_src(&d->dec, zhconv_src(&d->cv,
		    overstrike_src(&d->os, ln->end, 1), 1), 1);
		l->reason = ln->reason;
		l->text = d->cv.s + overstrike_src(&d->os, ln->ts, 0);
		l->len = overstrike_src(&d->os, ln->te, 1) -
		    overstrike_src(&d->os, ln->ts, 0);
		l->special = (ln->flags & LF_SPECIAL) != 0;
		*it = li + 1;
		return 1;
	}
	*it = li;
	return 0;
}
