/*
 * viewmap.h: the map of a view back to the bytes it was made from.
 *
 * Three steps of the road make a new text of their input: decode.c (an
 * input's bytes in a legacy encoding to UTF-8), zhconv.c (traditional
 * characters as simplified, --zh-convert) and overstrike.c (runs of
 * overprinted words collapsed).  The stages after them read the new text,
 * but every offset that leaves the road must point into the original file.
 * Each of those steps fills one map as it writes its text; the road then
 * maps a paragraph through them in turn (overstrike's, zhconv's, then
 * decode's):
 *
 *   viewmap_add    view bytes [t, t + tlen) came from source bytes
 *                  [s, s + slen), in units of tu view bytes from su source
 *                  bytes each (a cp1252 quote: 3 from 1; a character
 *                  printed 4 times: 1 from 4; a block whose inside does not
 *                  map, only its ends: tu = tlen, su = slen)
 *   viewmap_src    one offset: where the unit at t starts, or (forend)
 *                  where the unit that ends at t ends
 *   viewmap_para   a paragraph built on the view: its span and its pieces
 *                  (para.c's struct piece), each unit that is not one byte
 *                  for one byte a piece of its own, so that a token that
 *                  starts or ends at it has its exact span
 *
 * Segments are added in order of t and of s.  Between two segments, and
 * before the first, the view is its source byte for byte (offsets shift by
 * what the segments before changed).  An empty map is the identity: a
 * view that is its own source costs nothing.  No state but the struct.
 */
#ifndef TX_VIEWMAP_H
#define TX_VIEWMAP_H

#include <stddef.h>

#include "doc.h"
#include "util.h"

struct viewmap_seg {
	size_t	 t, tlen;	/* view bytes */
	size_t	 s, slen;	/* source bytes */
	size_t	 tu, su;	/* a unit: tu view bytes from su source bytes */
};

struct viewmap {
	VEC(struct viewmap_seg) segs;
	piecevec pieces;	/* the last paragraph's, mapped */
};

/* Appends a segment (see above); one that goes on from the last in both
 * texts with the same unit lengthens it. */
void	viewmap_add(struct viewmap *M, size_t t, size_t tlen, size_t s,
	    size_t slen, size_t tu, size_t su);
/* The last unit takes extra source bytes more (a stateful encoding's
 * shift bytes at the end of the input, after its last character). */
void	viewmap_widen_last(struct viewmap *M, size_t extra);
/* Forgets every segment (a new view). */
void	viewmap_clear(struct viewmap *M);
size_t	viewmap_src(const struct viewmap *M, size_t t, int forend);
/* Maps paragraph p in place: its span, and its pieces, which then live in
 * M until the next call (p is untouched when the map is empty). */
void	viewmap_para(struct viewmap *M, struct para *p);
void	viewmap_free(struct viewmap *M);

#endif
