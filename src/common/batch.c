/*
 * batch.c: the sentence stage (see batch.h).  Paragraphs from para.c are
 * tokenized and split into sentences ahead, in batches of about half a MiB
 * split by two threads; a giant paragraph is tokenized and split a window
 * of tokens at a time instead.  Either way a sentence is handed out with
 * its tokens (doc.h).
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "docint.h"
#include "sent.h"

/*
 * Where the first sentence of text[0..n) ends (a clean offset), and where
 * the second starts; both n when there is one sentence only (para.c asks,
 * to split a run-in heading).  arg points to the tokenizer options.
 */
void
batch_first_sentence(void *arg, const char *text, size_t n, size_t *end,
    size_t *next)
{
	struct tokenizer t;
	struct tok k;
	VEC(struct tok) toks = { 0 };
	size_t *starts, ns;

	*end = *next = n;
	tok_init(&t, text, n, *(const unsigned *)arg);
	while (tok_next(&t, &k))
		VEC_PUSH(toks, k);
	if (toks.n < 2) {
		VEC_FREE(toks);
		return;
	}
	starts = xreallocarray(NULL, toks.n, sizeof(*starts));
	ns = sent_split(text, toks.v, toks.n, starts);
	if (ns > 1) {
		*end = toks.v[starts[1] - 1].end;
		*next = toks.v[starts[1]].start;
	}
	free(starts);
	VEC_FREE(toks);
}

/*
 * A giant paragraph's sentences are found over a window of at most WINDOW
 * tokens, so that a paragraph of any size (a 1 GB line) is split with
 * bounded memory.  The last sentence of a window may go on in the next
 * one: it is carried over and decided again.  A sentence never grows past
 * MAXSENT tokens (doc.h: a longer one is cut every MAXSENT tokens, in a
 * batch as in the windows), so the carried tail always leaves room.
 */
#define MAXSENT	SENT_MAXTOK
#define WINDOW	(2 * MAXSENT)

/*
 * Paragraphs are tokenized and split into sentences a batch at a time:
 * about BATCH bytes of text, split by two threads (the caller's and one
 * more), then handed out in order.  A paragraph longer than GIANT goes
 * alone, through the windows above, so memory stays bounded.
 *
 * The two threads share the splitting of a batch: each takes the next
 * paragraph not yet taken (an atomic counter), the other thread up to its
 * share of the text and the caller's up to the rest, then what is left
 * once the other is done (SHARE, which moves with the work).  The
 * sentences do not depend on who split them.  In a document of more than
 * ASYNC bytes the other thread also builds the batch (para.c and the
 * stages before it, which only it then touches) while the caller hands
 * out the one before: the caller's thread, which runs the tool's own work
 * (counting, diffing), is the longer one, and building was a fifth of it
 * on Chinese text.  In a smaller document the caller builds the batch,
 * so that a corpus of small files does not start a thread per batch for
 * nothing.  Half a MiB: the
 * token arrays of two batches are 10 MB on Chinese text, and a whole MiB
 * was no faster.
 */
#define BATCH	(1 << 19)
#define GIANT	(4 << 20)
#define ASYNC	(256 << 10)
/*
 * The share of a batch's text the other thread takes, at most, in
 * sixteenths; the caller's takes the rest, then what is left once the
 * other is done.  It follows the work: the caller's thread also runs the
 * tool's own (counting words is most of txfreq's on Chinese, txkwic's
 * matching little), so after each batch the share moves a sixteenth
 * toward the thread that waited: up when the other thread was done
 * before the caller's had split its part, down when the caller's had to
 * wait for it.  Between 8 and 13 sixteenths, so that the token arrays of
 * both stay within 1.3 batches (arrays that could each hold a whole batch
 * cost txdiff 5 % more memory); the sentences never depend on it.
 */
#define SHARE0		11
#define SHARE_MIN	8
#define SHARE_MAX	13
#define SHARE(b, th)	((th) == 0 ? (b)->text.n / 16 * (size_t)(b)->share + 1 : \
	(b)->text.n / 16 * (size_t)(16 - (b)->share) + 1)

typedef VEC(size_t) sizevec;
typedef VEC(struct tok) tokvec;

/* The first forced break at or after clean offset off. */
static size_t
first_break(const struct para *p, size_t off)
{
	size_t lo = 0, hi = p->nbreaks;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->breaks[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Appends to st the sentence starts (token indices) of toks[0..ntok), the
 * tokens of paragraph p or a window of them: the splitter's, the forced
 * breaks, and a cut every MAXSENT tokens.  Returns their number.
 */
static size_t
find_sentences(const struct sent_abbrev *ab, const struct para *p,
    const struct tok *toks, size_t ntok, sizevec *st, sizevec *tmp)
{
	size_t i, j, n, b, prev, base = st->n;
	size_t *v;

	if (ntok == 0)
		return 0;
	VEC_GROW(*st, base + ntok + 1);
	v = st->v + base;
	if (p->kind != PK_TEXT) {
		v[0] = 0;
		n = 1;
	} else {
		n = sent_split_with(ab, p->text, toks, ntok, v);
		if (p->nbreaks == 0 && ntok <= MAXSENT) {
			st->n = base + n;	/* nothing to merge */
			return n;
		}
	}
	/* Merge in the forced breaks and the MAXSENT cap. */
	VEC_GROW(*tmp, ntok + 1);
	b = first_break(p, toks[0].start);
	prev = 0;
	tmp->n = 0;
	for (i = 0, j = 0; j < ntok; j++) {
		int start = j == 0;

		if (i < n && v[i] == j) {
			start = 1;
			i++;
		}
		while (b < p->nbreaks && p->breaks[b] <= toks[j].start) {
			if (p->kind == PK_TEXT) {
				start = 1;
				/* "ab. Another item" on a line of its own:
				 * the splitter, which saw no line, took
				 * "ab." for a sentence */
				if (i < n && v[i] == j + 2 &&
				    sent_label_at(p->text, toks, ntok, j))
					i++;
			}
			b++;
		}
		if (!start && j - prev >= MAXSENT)
			start = 1;
		if (start) {
			tmp->v[tmp->n++] = j;
			prev = j;
		}
	}
	memcpy(v, tmp->v, tmp->n * sizeof(size_t));
	st->n = base + tmp->n;
	return tmp->n;
}

/* Moves the undecided tail of the window to its front and reads more
 * tokens. */
static void
refill(struct doc *d, size_t keep)
{
	struct tok k;
	size_t n = d->toks.n - keep;

	if (n > 0)
		memmove(d->toks.v, d->toks.v + keep, n * sizeof(*d->toks.v));
	d->toks.n = n;
	while (!d->tkdone && d->toks.n < WINDOW) {
		if (!tok_next(&d->tk, &k)) {
			d->tkdone = 1;
			break;
		}
		VEC_PUSH(d->toks, k);
	}
	d->starts.n = 0;
	find_sentences(d->corpus->lex.abbrev, &d->cur, d->toks.v, d->toks.n,
	    (sizevec *)(void *)&d->starts, (sizevec *)(void *)&d->merged);
	/* The last sentence is final only when the text is finished. */
	d->nfinal = d->starts.n;
	if (!d->tkdone && d->nfinal > 1)
		d->nfinal--;
	d->sentidx = 0;
}

/* ---- batches ---- */

struct bpara {
	struct para p;
	size_t	 toff, poff, boff, soff;	/* where its parts are in the batch */
	int	 th;			/* which thread's arrays hold its tokens */
	size_t	 tok0, ntok, st0, nst;
};

struct batch {
	struct str text, secs;
	VEC(struct piece) pieces;
	sizevec	 breaks;
	VEC(struct bpara) paras;
	tokvec	 toks[2];
	sizevec	 starts[2], tmp[2];
	size_t	 next;			/* next paragraph to hand out */
	int	 share;			/* the other thread's (SHARE) */
	atomic_int wdone;		/* the other thread has split its part */
	int	 giant_after;		/* d->giantp follows this batch */
	int	 launched;		/* batch_launch'ed, not yet handed out */
	int	 running;		/* the other thread works on it */
	pthread_t tid;
	struct doc *d;
	unsigned tokopts;
	const struct sent_abbrev *ab;	/* the corpus's abbreviations */
	atomic_size_t claim;		/* the next paragraph to split */
	/* The other thread builds the batch (async) and says when done. */
	int	 async, built;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

/* Tokenizes and splits the paragraphs of a batch that thread th (0: the
 * other, 1: the caller's) takes, one at a time, until none is left or it
 * has taken limit bytes of text or more; it writes only its own arrays
 * (appending) and the fields of the paragraphs it took. */
static void
split_claims(struct batch *b, int th, size_t limit)
{
	struct tokenizer t;
	struct tok k;
	size_t i;
	/* Local copies: the two threads' arrays sit side by side in the
	 * batch, and pushing through them there would share cache lines. */
	tokvec toks = b->toks[th];
	sizevec starts = b->starts[th], tmp = b->tmp[th];
	size_t took = 0;

	while (took < limit && (i = atomic_fetch_add_explicit(&b->claim, 1,
	    memory_order_relaxed)) < b->paras.n) {
		struct bpara *bp = &b->paras.v[i];
		size_t tok0 = toks.n, st0 = starts.n;

		took += bp->p.len + 1;
		tok_init(&t, bp->p.text, bp->p.len, b->tokopts);
		while (tok_next(&t, &k))
			VEC_PUSH(toks, k);
		bp->th = th;
		bp->tok0 = tok0;
		bp->ntok = toks.n - tok0;
		bp->st0 = st0;
		/* No token yet: toks.v is NULL, and NULL + 0 is undefined. */
		bp->nst = find_sentences(b->ab, &bp->p, bp->ntok > 0 ?
		    toks.v + tok0 : NULL, bp->ntok, &starts, &tmp);
	}
	b->toks[th] = toks;
	b->starts[th] = starts;
	b->tmp[th] = tmp;
}

/* Copies the paragraph clean_next just built into the batch. */
static void
batch_add(struct batch *b, const struct para *p)
{
	struct bpara bp;

	memset(&bp, 0, sizeof(bp));
	bp.p = *p;
	bp.toff = b->text.n;
	str_add(&b->text, p->text, p->len);
	str_addc(&b->text, '\0');
	bp.poff = b->pieces.n;
	if (p->npieces > 0) {
		VEC_GROW(b->pieces, b->pieces.n + p->npieces);
		memcpy(b->pieces.v + b->pieces.n, p->pieces,
		    p->npieces * sizeof(*p->pieces));
		b->pieces.n += p->npieces;
	}
	bp.boff = b->breaks.n;
	if (p->nbreaks > 0) {
		VEC_GROW(b->breaks, b->breaks.n + p->nbreaks);
		memcpy(b->breaks.v + b->breaks.n, p->breaks,
		    p->nbreaks * sizeof(*p->breaks));
		b->breaks.n += p->nbreaks;
	}
	bp.soff = b->secs.n;
	str_add(&b->secs, p->sec, strlen(p->sec) + 1);
	VEC_PUSH(b->paras, bp);
}

/*
 * Builds batch b from the next paragraphs (a giant one ends it and waits
 * in d->giantp).  Only one thread at a time runs it: the caller, or the
 * other thread of an async batch while the caller hands out the batch
 * before, which touches none of what this does.
 */
static void
batch_fill(struct doc *d, struct batch *b)
{
	struct para p;
	size_t i, target;

	/* A small document still makes a few batches, so that handing one
	 * out overlaps with splitting the next. */
	target = d->src.n / 4 < BATCH ? d->src.n / 4 : BATCH;
	if (target < 65536)
		target = 65536;
	while (!d->cleandone && b->text.n < target) {
		if (!paras_next(&d->paras, &p)) {
			d->cleandone = 1;
			break;
		}
		overstrike_para(&d->os, &p);	/* view offsets to text ones */
		zhconv_para(&d->cv, &p);	/* converted to the text's */
		decode_para(&d->dec, &p);	/* text offsets to source ones */
		if (p.len > GIANT) {
			b->giant_after = 1;
			d->giantp = p;
			break;
		}
		batch_add(b, &p);
	}
	/* The pointers, now that the arrays no longer move. */
	for (i = 0; i < b->paras.n; i++) {
		struct bpara *bp = &b->paras.v[i];

		bp->p.text = b->text.s + bp->toff;
		/* An empty vector's v is NULL, and NULL + 0 is undefined. */
		bp->p.pieces = bp->p.npieces ? b->pieces.v + bp->poff : NULL;
		bp->p.breaks = bp->p.nbreaks ? b->breaks.v + bp->boff : NULL;
		bp->p.sec = b->secs.s + bp->soff;
	}
}

/* The other thread: builds an async batch, says so, then splits
 * paragraphs beside the caller. */
static void *
batch_worker(void *arg)
{
	struct batch *b = arg;

	if (b->async) {
		batch_fill(b->d, b);
		pthread_mutex_lock(&b->mu);
		b->built = 1;
		pthread_cond_signal(&b->cv);
		pthread_mutex_unlock(&b->mu);
	}
	split_claims(b, 0, SHARE(b, 0));
	atomic_store_explicit(&b->wdone, 1, memory_order_relaxed);
	return NULL;
}

/*
 * Starts batch b, the one after the batch being handed out: in a large
 * document the other thread builds and splits it; else it is built here
 * and the other thread starts on its splitting (when it has 64 KiB).
 */
static void
batch_launch(struct doc *d, struct batch *b)
{
	int two = tool_threads() > 1;

	str_clear(&b->text);
	str_clear(&b->secs);
	b->pieces.n = b->breaks.n = b->paras.n = 0;
	b->next = 0;
	b->giant_after = 0;
	b->d = d;
	b->tokopts = d->opts->tokopts;
	b->ab = d->corpus->lex.abbrev;
	atomic_store(&b->claim, 0);
	atomic_store(&b->wdone, 0);
	if (d->share == 0)
		d->share = SHARE0;
	b->share = d->share;
	b->toks[0].n = b->toks[1].n = 0;
	b->starts[0].n = b->starts[1].n = 0;
	b->launched = 1;
	b->built = 0;
	b->async = two && d->src.n > ASYNC;
	if (b->async) {
		b->running = pthread_create(&b->tid, NULL, batch_worker, b) ==
		    0;
		if (b->running)
			return;
		b->async = 0;
	}
	batch_fill(d, b);
	b->built = 1;
	b->running = two && b->text.n >= 65536 &&
	    pthread_create(&b->tid, NULL, batch_worker, b) == 0;
}

/* Finishes batch b: once it is built, splits what the other thread has
 * not taken, and waits for it. */
static void
batch_finish(struct batch *b)
{
	if (b->async) {
		pthread_mutex_lock(&b->mu);
		while (!b->built)
			pthread_cond_wait(&b->cv, &b->mu);
		pthread_mutex_unlock(&b->mu);
	}
	split_claims(b, 1, b->running ? SHARE(b, 1) : SIZE_MAX);
	if (b->running) {
		int early = atomic_load_explicit(&b->wdone,
		    memory_order_relaxed);

		if (early && b->d->share < SHARE_MAX)
			b->d->share++;
		else if (!early && b->d->share > SHARE_MIN)
			b->d->share--;
		pthread_join(b->tid, NULL);
		b->running = 0;
		split_claims(b, 1, SIZE_MAX);	/* what is left */
	}
	b->async = 0;
}

static struct batch *
batch_new(void)
{
	struct batch *b = xcalloc(1, sizeof(*b));

	pthread_mutex_init(&b->mu, NULL);
	pthread_cond_init(&b->cv, NULL);
	atomic_init(&b->claim, 0);
	return b;
}

/* Hands out paragraph p through the windows (a giant one). */
static void
window_start(struct doc *d, const struct para *p)
{
	d->inbatch = 0;
	d->cur = *p;
	tok_init(&d->tk, p->text, p->len, d->opts->tokopts);
	d->tkdone = 0;
	d->toks.n = 0;
	d->starts.n = 0;
	d->nfinal = 0;
	d->sentidx = 0;
}

/*
 * Paragraphs come from two batches: the current one is handed out while a
 * thread splits the next one into sentences.
 */
int
doc_next(struct doc *d, struct para *p)
{
	struct batch *a, *b;
	struct sentence rest;

	/* Sentences the caller did not pull still count: sent numbers are
	 * the document's, whoever skips what. */
	if (d->started)
		while (doc_next_sentence(d, &rest))
			;
	d->started = 1;
	if (d->bat[0] == NULL) {
		d->bat[0] = batch_new();
		d->bat[1] = batch_new();
		batch_launch(d, d->bat[1]);
	}
	for (;;) {
		a = d->bat[d->bi];
		b = d->bat[d->bi ^ 1];
		if (a->next < a->paras.n) {
			*p = a->paras.v[a->next++].p;
			d->cur = *p;
			d->inbatch = 1;
			d->sentidx = 0;
			return 1;
		}
		if (a->giant_after) {
			/* After the batch before it: the giant paragraph. */
			a->giant_after = 0;
			*p = d->giantp;
			window_start(d, p);
			return 1;	/* its text lives in clean_next's buffer */
		}
		/* a is done; no thread works on the document now but for
		 * b's, if b was launched. */
		if (!b->launched) {
			if (d->cleandone)
				return 0;
			batch_launch(d, b);
		}
		batch_finish(b);
		/* Nothing reads the view before b's first line now: b is
		 * built, and the next batch starts after its last. */
		if (b->paras.n > 0)
			behind_drop(&d->behind,
			    d->lines.v[b->paras.v[0].p.lineno - 1].start);
		a->paras.n = a->next = 0;
		a->launched = 0;
		d->bi ^= 1;
		/* Clean the next batch now, unless a giant paragraph's text
		 * must stay where clean_next left it (or nothing is left:
		 * d->cleandone is read only when no other thread runs). */
		if (!b->giant_after && !d->cleandone)
			batch_launch(d, a);
	}
}

int
doc_next_sentence(struct doc *d, struct sentence *s)
{
	const struct para *p = &d->cur;
	const struct tok *toks;
	const size_t *st;
	size_t i, nst, ntok, first, last;

	if (d->inbatch) {
		const struct batch *b = d->bat[d->bi];
		const struct bpara *bp = &b->paras.v[b->next - 1];

		nst = bp->nst;
		if (d->sentidx >= nst)
			return 0;
		toks = b->toks[bp->th].v + bp->tok0;	/* nst > 0: not NULL */
		ntok = bp->ntok;
		st = b->starts[bp->th].v + bp->st0;
	} else {
		if (d->sentidx >= d->nfinal) {
			if (d->tkdone)
				return 0;
			refill(d, d->nfinal < d->starts.n ?
			    d->starts.v[d->nfinal] : d->toks.n);
			if (d->nfinal == 0)
				return 0;
		}
		toks = d->toks.v;
		ntok = d->toks.n;
		st = d->starts.v;
		nst = d->starts.n;
	}
	i = d->sentidx++;
	first = st[i];
	last = i + 1 < nst ? st[i + 1] : ntok;
	s->toks = toks + first;
	s->ntok = last - first;
	s->cstart = toks[first].start;
	s->cend = toks[last - 1].end;
	s->start = para_src_start(p, s->cstart);
	s->end = para_src_end(p, s->cend);
	/* A heading's span takes in its markdown marks. */
	if (p->kind != PK_TEXT && first == 0 && last == ntok &&
	    (d->inbatch || d->tkdone)) {
		s->start = p->start;
		s->end = p->end;
	}
	s->sentno = ++d->nsent;
	return 1;
}

void
batch_free(struct batch *b)
{
	int k;

	if (b == NULL)
		return;
	if (b->running)
		pthread_join(b->tid, NULL);
	pthread_mutex_destroy(&b->mu);
	pthread_cond_destroy(&b->cv);
	str_free(&b->text);
	str_free(&b->secs);
	VEC_FREE(b->pieces);
	VEC_FREE(b->breaks);
	VEC_FREE(b->paras);
	for (k = 0; k < 2; k++) {
		VEC_FREE(b->toks[k]);
		VEC_FREE(b->starts[k]);
		VEC_FREE(b->tmp[k]);
	}
	free(b);
}
