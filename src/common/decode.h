/*
 * decode.h: the first step of the road (doc.h: source -> decode -> ...):
 * an input's bytes in its own encoding become the UTF-8 text every later
 * stage reads, with a map back to the bytes, so that every offset that
 * leaves the road is an offset into the original file, exactly.
 *
 *   which encoding      decode_choose: --encoding NAME (any name iconv
 *                       knows), --encoding auto (valid UTF-8 is UTF-8, at
 *                       the cost of the validation alone; else what
 *                       uchardet says), or none given: UTF-8, or UTF-16
 *                       LE/BE when the input starts with its BOM; without
 *                       a BOM, auto and utf-16 take the byte order its NUL
 *                       bytes show (utf16_order)
 *   the text            decode_text: through iconv, one character at a
 *                       time (a run of ASCII bytes at once where the
 *                       encoding is plain ASCII there), so that each
 *                       character's source bytes are known; a byte that
 *                       is not of the encoding, a truncated character at
 *                       the end, or a decoded U+0000 stops it (its
 *                       offset in *bad), or with lossy becomes U+FFFD
 *   the map             decode_src (one offset), decode_para (a
 *                       paragraph's span and pieces, para.c's struct
 *                       piece, one piece per character that is not one
 *                       byte for one byte)
 *
 * UTF-8 input is its own text: no copy, no map.  A BOM is decoded like
 * any character (U+FEFF, which lines.c drops), so offsets count it.  No
 * state but the struct: decode_text(&D, ...) ... decode_free(&D).
 */
#ifndef TX_DECODE_H
#define TX_DECODE_H

#include <stddef.h>

#include "doc.h"
#include "util.h"
#include "viewmap.h"

struct decoded {
	const char *s;		/* the text: the source itself, or text.s */
	size_t	 n;
	size_t	 srcn;		/* the source's length */
	struct str text;	/* the decoded bytes, when map.segs.n > 0 */
	struct viewmap map;	/* text offsets to source offsets */
	/* The converter of the last encoding, kept for the next input. */
	void	*cd;
	char	 cdname[64];
	int	 ascii;		/* its ASCII bytes are themselves */
	int	 holds;		/* it holds a character back (cp1258) */
};

/* What decode_text says. */
enum { DECODE_OK = 0, DECODE_BAD = -1 };

/*
 * The encoding of source s[0..n) under option opt (NULL: none given,
 * "auto", or a name iconv knows): NULL for UTF-8, else a name for
 * decode_text (opt itself, "UTF-16LE"/"UTF-16BE" for a UTF-16 BOM, or
 * uchardet's name, kept in buf of size bufsz, or windows-1252 for its
 * iso-8859-1, and for a Latin code page it names for a text with fewer
 * than one byte in 1000 outside ASCII: see decode.c).  With auto, an input that
 * is not UTF-8 and that uchardet does not recognise gives "" (nothing to
 * decode it with).
 */
const char *decode_choose(const char *s, size_t n, const char *opt,
	    char *buf, size_t bufsz);
/* What uchardet makes of s[0..n), lower case ("windows-1252") in buf, or
 * NULL when it does not know (or says UTF-8, ASCII: not for bytes that
 * are not UTF-8). */
const char *decode_guess(const char *s, size_t n, char *buf, size_t bufsz);
/* Whether s[0..n) starts with a UTF-16 BOM (FF FE or FE FF). */
int	decode_bom(const char *s, size_t n);
/* Whether iconv knows the encoding name (converting it to UTF-8). */
int	decode_known(const char *name);

/*
 * Makes D the text of source s[0..n) (kept, not owned) in encoding enc
 * (NULL: UTF-8, s itself, unchecked).  DECODE_OK, or DECODE_BAD with
 * *bad the offset of the first byte that is not text in enc; with lossy
 * such bytes become U+FFFD (one for each byte) and the result is
 * DECODE_OK, *bad the first of them (n if none).  D's old text goes.
 */
int	decode_text(struct decoded *D, const char *s, size_t n,
	    const char *enc, int lossy, size_t *bad);
/* The source offset of text offset t: where the character at t starts
 * (forend 0), or where the character that ends at t ends (forend 1). */
size_t	decode_src(const struct decoded *D, size_t t, int forend);
/* Maps paragraph p, whose span and pieces are text offsets, to the
 * source (the pieces then live in D until the next call; p is untouched
 * when the text is the source). */
void	decode_para(struct decoded *D, struct para *p);
void	decode_free(struct decoded *D);

#endif
