/*
 * viewmap.c: the map of a view back to its source (see viewmap.h).
 */
#include <stdlib.h>

#include "viewmap.h"

#define NO_SEG	((size_t)-1)

void
viewmap_add(struct viewmap *M, size_t t, size_t tlen, size_t s, size_t slen,
    size_t tu, size_t su)
{
	struct viewmap_seg *g = M->segs.n ? &M->segs.v[M->segs.n - 1] : NULL;

	if (g != NULL && g->tu == tu && g->su == su && g->t + g->tlen == t &&
	    g->s + g->slen == s) {
		g->tlen += tlen;
		g->slen += slen;
		return;
	}
	VEC_PUSH(M->segs, ((struct viewmap_seg){ t, tlen, s, slen, tu, su }));
}

void
viewmap_widen_last(struct viewmap *M, size_t extra)
{
	struct viewmap_seg *g;

	if (M->segs.n == 0)
		return;
	g = &M->segs.v[M->segs.n - 1];
	if (g->tlen > g->tu) {
		/* The last unit alone, so that the others keep theirs. */
		struct viewmap_seg u = { g->t + g->tlen - g->tu, g->tu,
		    g->s + g->slen - g->su, g->su, g->tu, g->su };

		g->tlen -= g->tu;
		g->slen -= g->su;
		VEC_PUSH(M->segs, u);
		g = &M->segs.v[M->segs.n - 1];
	}
	g->slen += extra;
	g->su += extra;
}

void
viewmap_clear(struct viewmap *M)
{
	M->segs.n = 0;
}

/* The index of the last segment that starts at or before t, or NO_SEG. */
static size_t
seg_at(const struct viewmap *M, size_t t)
{
	size_t lo = 0, hi = M->segs.n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (M->segs.v[mid].t <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? NO_SEG : lo - 1;
}

size_t
viewmap_src(const struct viewmap *M, size_t t, int forend)
{
	const struct viewmap_seg *g;
	size_t at = seg_at(M, t), k;

	if (at == NO_SEG)
		return t;
	g = &M->segs.v[at];
	if (t >= g->t + g->tlen)
		return g->s + g->slen + (t - g->t - g->tlen);
	k = (t - g->t) / g->tu;
	if (forend && (t - g->t) % g->tu != 0)
		k++;
	return g->s + k * g->su;
}

/* A piece that is view bytes [t, t + len) byte for byte, from clean
 * offset c: each unit that is not one source byte for one view byte
 * becomes a piece of its own. */
static void
map_verbatim(struct viewmap *M, size_t c, size_t t, size_t len)
{
	if (len == 0)	/* an empty piece stays one */
		piece_push(&M->pieces, c, 0, viewmap_src(M, t, 0), 0);
	while (len > 0) {
		size_t at = seg_at(M, t), part, e, a;
		const struct viewmap_seg *g = at == NO_SEG ? NULL :
		    &M->segs.v[at];

		if (g == NULL || t >= g->t + g->tlen) {
			/* Between segments: the source as it is. */
			at = at == NO_SEG ? 0 : at + 1;
			e = at < M->segs.n ? M->segs.v[at].t : t + len;
			part = e - t < len ? e - t : len;
			piece_push(&M->pieces, c, part, viewmap_src(M, t, 0),
			    part);
		} else if (g->tu == g->su) {
			e = g->t + g->tlen;
			part = e - t < len ? e - t : len;
			piece_push(&M->pieces, c, part, viewmap_src(M, t, 0),
			    part);
		} else {
			/* One unit, or the rest of one. */
			a = viewmap_src(M, t, 0);
			part = g->tu - (t - g->t) % g->tu;
			if (part > len)
				part = len;
			piece_push(&M->pieces, c, part, a,
			    viewmap_src(M, t + part, 1) - a);
		}
		c += part;
		t += part;
		len -= part;
	}
}

void
viewmap_para(struct viewmap *M, struct para *p)
{
	size_t i;

	if (M->segs.n == 0)
		return;
	M->pieces.n = 0;
	for (i = 0; i < p->npieces; i++) {
		const struct piece *q = &p->pieces[i];
		size_t a, b;

		if (q->clen == q->slen) {
			map_verbatim(M, q->clean, q->src, q->slen);
			continue;
		}
		a = viewmap_src(M, q->src, 0);
		b = viewmap_src(M, q->src + q->slen, 1);
		piece_push(&M->pieces, q->clean, q->clen, a, b - a);
	}
	p->start = viewmap_src(M, p->start, 0);
	p->end = viewmap_src(M, p->end, 1);
	p->pieces = M->pieces.n ? M->pieces.v : NULL;
	p->npieces = M->pieces.n;
}

void
viewmap_free(struct viewmap *M)
{
	VEC_FREE(M->segs);
	VEC_FREE(M->pieces);
}
