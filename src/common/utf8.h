/*
 * utf8.h: UTF-8 decoding with validation, character classes (from
 * utf8proc's tables, never hand-written), NFC and case folding.
 */
#ifndef TX_UTF8_H
#define TX_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* Decodes one character from s (n > 0 bytes available).  Returns its
 * length 1..4 and sets *cp, or -1 for an invalid or truncated sequence
 * (overlong forms, surrogates, > U+10FFFF).  NUL decodes as U+0000; the
 * validator below is what rejects it. */
int	utf8_decode(const char *s, size_t n, int32_t *cp);

/* Does s[i..n) open with one character of U+4000..U+9FFF, three bytes
 * (the unified ideographs from U+4E00, before them the end of Extension A
 * and the Yijing hexagrams)?  Any two continuation bytes after E4..E9
 * make one: no overlong form, no surrogate.  The scans that walk Chinese
 * text step over these three bytes at a time, without decoding. */
static inline int
utf8_cjk3(const char *s, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)s + i;

	return i + 3 <= n && u[0] >= 0xE4 && u[0] <= 0xE9 &&
	    (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
}

/* Returns the offset of the first byte that is not valid UTF-8, or n when
 * all of s is valid.  A NUL byte counts as invalid.  Fast on ASCII. */
size_t	utf8_validate(const char *s, size_t n);

/* Appends s[0..n) to out with every byte utf8_validate refuses (a NUL
 * too) replaced by U+FFFD, one for each byte, as --lossy reads text. */
void	utf8_lossy(const char *s, size_t n, struct str *out);

/* Encodes cp into out (at least 4 bytes); returns the length. */
int	utf8_encode(int32_t cp, char *out);

/* Character classes of a code point. */
int	utf8_isalpha(int32_t cp);	/* categories L* */
int	utf8_ismark(int32_t cp);	/* categories M* */
int	utf8_isdigit(int32_t cp);	/* category Nd */
int	utf8_isupper(int32_t cp);	/* Lu, Lt */
int	utf8_islower(int32_t cp);	/* Ll */
int	utf8_isspace(int32_t cp);	/* White_Space: Zs, TAB, NBSP, U+2028... */
int	utf8_ispunct(int32_t cp);	/* P* */
int	utf8_issym(int32_t cp);		/* S* */
/* Han ideographs, Hiragana and Katakana: each is a token of its own. */
int	utf8_iscjk(int32_t cp);
/* Whether s[0..n) holds such a character (a bad byte is none). */
int	utf8_has_cjk(const char *s, size_t n);
/* Display width in columns: 0 for marks, 2 for East Asian wide. */
int	utf8_width(int32_t cp);

/* The length of the extended grapheme cluster (UAX #29) that starts s
 * (n > 0 bytes, valid UTF-8): at least 1, at most n. */
size_t	utf8_cluster(const char *s, size_t n);

/* NFC: appends the NFC form of s[0..n) to out; returns 1 when it differs
 * from the input, 0 when s was already NFC (then out gets s unchanged). */
int	utf8_nfc(const char *s, size_t n, struct str *out);
/* 1 when s[0..n) is certainly NFC whatever surrounds it, without copying
 * it: ASCII and the CJK characters that NFC leaves alone (ideographs, CJK
 * and fullwidth punctuation, U+2010..U+2027); 0: ask utf8_nfc. */
int	utf8_nfc_stable(const char *s, size_t n);
/* Whether s[0..n) is CJK ideographs U+4E00..U+9FFF only (a Chinese word
 * as zhseg.c cuts it): text that NFC and case folding leave alone, so
 * that utf8_fold of it is a copy. */
int	utf8_han_only(const char *s, size_t n);

/* Unicode full case folding (utf8proc CASEFOLD, then NFC), appended to out.
 * ASCII is folded without calling utf8proc.  Full folding already turns
 * the ligatures U+FB00..U+FB06 into their letters ("\uFB01" folds to
 * "fi"); NFC leaves them alone (they are compatibility characters). */
void	utf8_fold(const char *s, size_t n, struct str *out);

/* Simple (one code point to one) lower and upper case mappings from
 * utf8proc; a code point without one maps to itself. */
int32_t	utf8_tolower(int32_t cp);
int32_t	utf8_toupper(int32_t cp);

/* One folded ligature: out[dst, dst + dlen) came from s[src, src + slen),
 * the shape of a struct piece (doc.h) with clean = dst, clen = dlen. */
struct utf8_span {
	size_t	 src, slen;
	size_t	 dst, dlen;
};
typedef VEC(struct utf8_span) utf8_spans;

/* The Latin ligatures U+FB00..U+FB06 (ff fi fl ffi ffl, long s t, st) as
 * PDF text extraction leaves them: appends s[0..n) to out with each one
 * spelt in its letters ("e\uFB03cient" -> "efficient"), and for each
 * appends a span to spans (NULL: none) whose src is an offset in s and
 * whose dst is an offset in out->s (after what out held before).
 * Everything else, invalid bytes too, is copied as it is.  Returns the
 * number of ligatures folded. */
size_t	utf8_unligate(const char *s, size_t n, struct str *out,
	    utf8_spans *spans);

#endif
