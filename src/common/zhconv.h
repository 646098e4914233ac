/*
 * zhconv.h: --zh-convert, the step of the road between decode and
 * overstrike (doc.h): a document in traditional characters becomes the
 * view in simplified ones that jieba's dictionary (simplified) cuts into
 * words, with a map of the view's offsets back to the text's, so that
 * every offset that leaves the road still points into the original
 * file, exactly.  The converter is OpenCC's (Debian libopencc-dev), with
 * one of its configurations that end in simplified characters:
 *
 *   t2s    traditional to simplified (OpenCC's phrases and characters)
 *   tw2s   Taiwan's standard to simplified
 *   tw2sp  the same, with Taiwan's words for mainland ones (軟體 → 软件)
 *   hk2s   Hong Kong's standard to simplified
 *
 * What is converted, and how it maps (evidence: OpenCC's phrase and
 * character tables hold Han characters and a few symbols beyond ASCII,
 * never an ASCII byte, and no phrase holds punctuation or white space):
 *  - a run of characters beyond ASCII (so never across a line end, an
 *    ASCII space or an ASCII digit) goes to OpenCC whole, so that its
 *    phrases are seen; past 64 KiB it ends at the next mark or space
 *    (OpenCC holds 4.5 times what it is given), and past 256 KiB of
 *    letters alone anywhere;
 *  - where the run comes back with as many characters as it had, the
 *    i-th character of the view came from the i-th of the text (most of
 *    the time the same number of bytes: no segment in the map);
 *  - where it does not (tw2sp's 記憶體 → 内存), each clause of the run
 *    (its letters between marks and spaces) is converted alone; in a
 *    clause whose count changed, the characters before and after the
 *    phrase that changed it still map one to one (they are what the
 *    characters converted one at a time give), and the phrase is a block
 *    whose ends map, not its inside (viewmap.h).
 * Bytes that are not valid UTF-8 (--lossy) and NUL are left as they are.
 * A text that conversion does not change is its own view (no copy, no
 * map).  No state but the struct; the converter is opened once:
 *
 *   zhconv_known(name)            one of the four names
 *   zhconv_open(name, why, n)     OpenCC's converter, or NULL and why
 *   zhconv_view(&C, cc, s, n) ... zhconv_src / zhconv_para ... zhconv_free
 */
#ifndef TX_ZHCONV_H
#define TX_ZHCONV_H

#include <stddef.h>

#include "doc.h"
#include "util.h"
#include "viewmap.h"

struct zhconv {
	const char *s;		/* the view: the text, or view.s */
	size_t	 n;
	struct str view;	/* the converted bytes, when changed */
	int	 changed;
	struct viewmap map;	/* view offsets to text offsets */
	struct str run;		/* scratch: a clause converted a character
				 * at a time */
};

/* Whether name is one of the configurations above. */
int	zhconv_known(const char *name);
/* The four names, for a message: "t2s, tw2s, tw2sp or hk2s". */
extern const char zhconv_names[];
/* OpenCC's converter for configuration name (a known one), or NULL with
 * OpenCC's reason in why[0..whyn). */
void	*zhconv_open(const char *name, char *why, size_t whyn);
void	zhconv_close(void *cc);
/* Makes C the view of text s[0..n) (kept, not owned) converted by cc;
 * with cc NULL the view is the text.  C's old view goes. */
void	zhconv_view(struct zhconv *C, void *cc, const char *s, size_t n);
/* The text offset of view offset v: where the character at v starts
 * (forend 0), or where the character that ends at v ends (forend 1). */
size_t	zhconv_src(const struct zhconv *C, size_t v, int forend);
/* Maps paragraph p, built on the view, to the text (see viewmap_para). */
void	zhconv_para(struct zhconv *C, struct para *p);
void	zhconv_free(struct zhconv *C);

#endif
