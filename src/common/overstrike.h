/*
 * overstrike.h: the first stage of the cleanup road, before lines.c.  PDF
 * producers draw bold by printing each glyph two to four times at a tiny
 * offset, and text extraction then writes every character k times:
 * "iiii....  OOOOvvvveeeerrrrvvvviiiieeeewwww" is "ii. Overview".
 * overstrike_view finds such runs of words (the evidence is stated in
 * overstrike.c above the judge) and gives the document's view: its bytes
 * with those runs collapsed and every other byte as it was (line ends
 * included, so line numbers stay).  The stages after it (lines, furniture,
 * headings, paragraphs) read the view as they read any text, so every
 * judge sees "ii. Overview" and none needs to know of overprinting.  The
 * view keeps a map of its offsets to the source's: overstrike_src for one
 * offset, overstrike_para for a paragraph (its pieces and span), so that
 * what leaves the road points into the source, exactly: each collapsed
 * character maps to its k copies.  A document with no such run is its own
 * view (no copy, no map).  No state but the struct:
 * overstrike_view(&O, "AAAABBBB", 8) ... overstrike_free(&O).
 */
#ifndef TX_OVERSTRIKE_H
#define TX_OVERSTRIKE_H

#include <stddef.h>

#include "doc.h"
#include "util.h"
#include "viewmap.h"

/* A word that may be overprinted: source bytes [a, b), the greatest
 * common divisor of the lengths of its runs of one character. */
struct ostrike_word {
	size_t	 a, b, g;
};

/* A run the judge found: words [w0, w0 + nw) of words, printed k times;
 * strong: evidence on its own (else only beside a strong run of k). */
struct ostrike_run {
	size_t	 w0, nw;
	unsigned k;
	int	 strong;
};

struct overstrike {
	const char *s;		/* the view: the source, or view.s */
	size_t	 n;
	struct str view;	/* the collapsed bytes, when map.segs.n > 0 */
	struct viewmap map;	/* view offsets to source offsets: each
				 * collapsed byte from its k copies, the spaces
				 * between overprinted words a block */
	VEC(struct ostrike_word) words;	/* of the runs, then of the group */
	size_t	 group;		/* the group being read: words[group..] */
	VEC(struct ostrike_run) runs;
	unsigned strong;	/* bit k: a strong run was printed k times */
};

/* Makes O the view of source s[0..n) (kept, not owned): runs of
 * overprinted words collapsed.  O's old view goes. */
void	overstrike_view(struct overstrike *O, const char *s, size_t n);
/* Makes O the view of s[0..n) that is s itself (--keep: no cleanup). */
void	overstrike_none(struct overstrike *O, const char *s, size_t n);
/* The source offset of view offset v: where the character at v starts
 * (forend 0), or where the character that ends at v ends (forend 1). */
size_t	overstrike_src(const struct overstrike *O, size_t v, int forend);
/* Maps paragraph p, built on the view, to the source: its span and its
 * pieces (which then live in O until the next call; p is untouched when
 * the document had nothing to collapse). */
void	overstrike_para(struct overstrike *O, struct para *p);
void	overstrike_free(struct overstrike *O);

#endif
