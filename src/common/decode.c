/*
 * decode.c: an input's bytes to UTF-8 text, with the map back (see
 * decode.h).
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <uchardet/uchardet.h>

#include "decode.h"
#include "pair.h"
#include "utf8.h"

#define NO_CD	((iconv_t)-1)

static int
same_name(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

/* UTF-8 by any of its usual names: nothing to decode. */
static int
is_utf8_name(const char *name)
{
	return same_name(name, "utf-8") || same_name(name, "utf8");
}

const char *
decode_guess(const char *s, size_t n, char *buf, size_t bufsz)
{
	uchardet_t ud;
	const char *cs;
	size_t i;

	if (bufsz == 0 || (ud = uchardet_new()) == NULL)
		return NULL;
	/* The whole input: a single é in a long English file is what tells
	 * windows-1252 from ASCII. */
	uchardet_handle_data(ud, s, n);
	uchardet_data_end(ud);
	cs = uchardet_get_charset(ud);
	buf[0] = '\0';
	if (cs != NULL && *cs != '\0' && !is_utf8_name(cs) &&
	    !same_name(cs, "ascii")) {
		for (i = 0; cs[i] != '\0' && i + 1 < bufsz; i++)
			buf[i] = (char)tolower((unsigned char)cs[i]);
		buf[i] = '\0';
	}
	uchardet_delete(ud);
	return buf[0] != '\0' ? buf : NULL;
}

int
decode_known(const char *name)
{
	iconv_t cd;

	if (is_utf8_name(name))
		return 1;
	if ((cd = iconv_open("UTF-32BE", name)) == NO_CD)
		return 0;
	iconv_close(cd);
	return 1;
}

int
decode_bom(const char *s, size_t n)
{
	return n >= 2 && (((unsigned char)s[0] == 0xFF &&
	    (unsigned char)s[1] == 0xFE) || ((unsigned char)s[0] == 0xFE &&
	    (unsigned char)s[1] == 0xFF));
}

/* Byte b (0x80 or above) is one character, the same in enc and in
 * windows-1252 (a converter that holds a character back until the next,
 * as cp1258 does, is flushed). */
static int
same_byte(const char *enc, unsigned char b)
{
	const char *encs[2] = { enc, "windows-1252" };
	char out[2][16];
	size_t got[2];
	int j;

	for (j = 0; j < 2; j++) {
		iconv_t cd = iconv_open("UTF-32BE", encs[j]);
		char in = (char)b, *ip = &in, *op = out[j];
		size_t il = 1, ol = sizeof(out[j]), r;

		if (cd == NO_CD)
			return 0;
		r = iconv(cd, &ip, &il, &op, &ol);
		if (r != (size_t)-1)
			r = iconv(cd, NULL, NULL, &op, &ol);
		iconv_close(cd);
		if (r == (size_t)-1 || il != 0)
			return 0;
		got[j] = sizeof(out[j]) - ol;
	}
	return got[0] == got[1] && got[0] > 0 &&
	    memcmp(out[0], out[1], got[0]) == 0;
}

/*
 * uchardet's answer, as auto reads it.  Two readings of its answer, each
 * with its evidence:
 *  - iso-8859-1 is read as windows-1252, as the WHATWG Encoding Standard
 *    (what browsers do) reads that label: the two differ only in 0x80 to
 *    0x9F, C1 controls in Latin-1, never text, and cp1252's quotes,
 *    dashes and apostrophe (0x91 to 0x97), which files so labelled hold;
 *  - a Latin code page other than cp1252 (iso-8859-2, windows-1250 ...)
 *    named for a text with fewer than one byte in 1000 outside ASCII is
 *    read as windows-1252, when cp1252 has a character for each of its
 *    bytes: on so few bytes the detector cannot tell the Latin code pages
 *    apart (of the 11 non-UTF-8 State of the Union texts and a Latin-1
 *    Federalist, 1 to 6 such bytes in 10 KB to 1.1 MB, it named
 *    iso-8859-2 for 6, reading Latin-1's é, Õ as é, Ő), and a mostly
 *    ASCII text with a few accented letters is West European far more
 *    often; a text in a Central European language has a letter outside
 *    ASCII in every few words.  Other scripts (Cyrillic, Greek, CJK) are
 *    left as named;
 *  - such a code page is read as windows-1252 too, whatever the share of
 *    bytes outside ASCII, when every such byte of the text is one of
 *    cp1252's typographic marks (0x85 and 0x91 to 0x97: ellipsis, curly
 *    quotes, apostrophe, bullet, dashes), or when each reads as the same
 *    character in both: a short English text with Word's quotes is named
 *    windows-1250, -1258 or mac-centraleurope by uchardet ("It\x92s the
 *    moment\x92s need" mac-centraleurope, which reads 0x92 as i acute), and a
 *    text in a Central European language has letters of its own outside
 *    ASCII, not only quotes and dashes; where the two pages read the same
 *    the text is the same and windows-1252 is the name its user knows.
 */
static const char *
read_guess(struct decoded *D, const char *s, size_t n, char *buf)
{
	static const char *const latin[] = { "iso-8859-2", "iso-8859-3",
	    "iso-8859-4", "iso-8859-9", "iso-8859-10", "iso-8859-13",
	    "iso-8859-14", "iso-8859-15", "iso-8859-16", "windows-1250",
	    "windows-1254", "windows-1257", "windows-1258", "mac-centraleurope",
	    "ibm852", NULL };
	size_t i, high = 0, bad;
	char seen[128] = { 0 };
	int k;

	if (strcmp(buf, "iso-8859-1") == 0)
		return "windows-1252";
	for (k = 0; latin[k] != NULL && strcmp(buf, latin[k]) != 0; k++)
		;
	if (latin[k] == NULL)
		return buf;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		high += c >= 0x80;
		if (c >= 0x80)
			seen[c - 0x80] = 1;
	}
	if (high * 1000 >= n) {
		for (k = 0; k < 128; k++)
			if (seen[k] && !(k + 0x80 == 0x85 ||
			    (k + 0x80 >= 0x91 && k + 0x80 <= 0x97)))
				break;
		for (; k < 128; k++)	/* not only cp1252's punctuation */
			if (seen[k] && !same_byte(buf, (unsigned char)(k + 0x80)))
				return buf;
	}
	if (decode_text(D, s, n, "windows-1252", 0, &bad) != DECODE_OK)
		return buf;
	return "windows-1252";
}

/* enc reads every byte as the code point of its value: ISO-8859-1, by
 * any of its names (latin1, l1, iso8859-1, cp819 ...). */
static int
is_latin1(const char *enc)
{
	iconv_t cd = iconv_open("UTF-32BE", enc);
	int c, same = 1;

	if (cd == NO_CD)
		return 0;
	for (c = 0x80; c <= 0xFF && same; c++) {
		char in = (char)c, *ip = &in;
		unsigned char out[8];
		char *op = (char *)out;
		size_t il = 1, ol = sizeof(out);

		iconv(cd, NULL, NULL, NULL, NULL);
		same = iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 &&
		    ol == sizeof(out) - 4 && out[0] == 0 && out[1] == 0 &&
		    out[2] == 0 && out[3] == (unsigned char)c;
	}
	iconv_close(cd);
	return same;
}

/*
 * A name given, as read: ISO-8859-1 (latin1) is read as windows-1252 when
 * the text has a byte from 0x80 to 0x9F and windows-1252 reads it all, as
 * the WHATWG Encoding Standard (what browsers do) reads that label: those
 * bytes are C1 controls in Latin-1, never text, and cp1252's quotes,
 * dashes and apostrophe in a file so labelled (`file` calls a cp1252
 * file "ISO-8859 text"; read as Latin-1, moment\x92s would be "moment",
 * a control, "s").  Every other name is read as iconv reads it.
 */
static const char *
read_name(const char *s, size_t n, const char *opt)
{
	struct decoded D = { 0 };
	size_t i, bad;
	int ok;

	for (i = 0; i < n && !((unsigned char)s[i] >= 0x80 &&
	    (unsigned char)s[i] <= 0x9F); i++)
		;
	if (i == n || !is_latin1(opt))
		return opt;
	ok = decode_text(&D, s, n, "windows-1252", 0, &bad) == DECODE_OK;
	decode_free(&D);
	return ok ? "windows-1252" : opt;
}

/*
 * The byte order of UTF-16 without a BOM, judged by its NUL bytes (the
 * rule of Notepad's IsTextUnicode and of file(1)): text in a Latin script
 * is mostly ASCII, each such character a NUL and its byte, so one of the
 * two positions of a byte pair is NUL in most pairs and the other almost
 * never.  Evidence: of the pairs in the first 64 KiB (16 at least), at
 * least 40 % have NUL in one position and at most a tenth as many in the
 * other.  "UTF-16LE" (NUL second), "UTF-16BE", or NULL: too short, no
 * such pattern (a text of Han characters has few NULs: it needs its BOM
 * or a name), or both.
 */
static const char *
utf16_order(const char *s, size_t n)
{
	size_t i, pairs, nul[2] = { 0, 0 };

	if (n > 65536)
		n = 65536;
	pairs = n / 2;
	if (pairs < 16)
		return NULL;
	for (i = 0; i + 1 < n; i += 2) {
		nul[0] += s[i] == '\0';
		nul[1] += s[i + 1] == '\0';
	}
	if (nul[1] * 10 >= pairs * 4 && nul[0] * 10 <= nul[1])
		return "UTF-16LE";
	if (nul[0] * 10 >= pairs * 4 && nul[1] * 10 <= nul[0])
		return "UTF-16BE";
	return NULL;
}

/* A name of UTF-16 (or UCS-2) that does not say the byte order. */
static int
is_utf16_name(const char *name)
{
	return same_name(name, "utf-16") || same_name(name, "utf16") ||
	    same_name(name, "ucs-2") || same_name(name, "ucs2");
}

const char *
decode_choose(const char *s, size_t n, const char *opt, char *buf,
    size_t bufsz)
{
	const char *order;

	/* A UTF-16 BOM says what the file is, unless a name was given:
	 * no UTF-8 text starts with FF FE or FE FF. */
	if (opt == NULL || strcmp(opt, "auto") == 0) {
		if (n >= 2 && (unsigned char)s[0] == 0xFF &&
		    (unsigned char)s[1] == 0xFE)
			return "UTF-16LE";
		if (n >= 2 && (unsigned char)s[0] == 0xFE &&
		    (unsigned char)s[1] == 0xFF)
			return "UTF-16BE";
	}
	if (opt == NULL || is_utf8_name(opt))
		return NULL;
	/* No BOM: the NULs say the byte order (glibc reads UTF-16 without
	 * one as big-endian), for auto and for a name without an order. */
	if ((strcmp(opt, "auto") == 0 || is_utf16_name(opt)) &&
	    !decode_bom(s, n) && (order = utf16_order(s, n)) != NULL)
		return order;
	if (strcmp(opt, "auto") != 0)
		return read_name(s, n, opt);
	if (pair_validate(s, n) == n)
		return NULL;	/* cheap: no detector for valid UTF-8 */
	if (decode_guess(s, n, buf, bufsz) == NULL)
		return "";
	{
		struct decoded D = { 0 };
		const char *r = read_guess(&D, s, n, buf);

		decode_free(&D);
		return r;
	}
}

/* Opens D's converter for enc, or keeps the one it has; judges whether
 * each ASCII byte alone is itself in enc (then runs of them are copied:
 * no stateful encoding passes, since the byte that shifts its state,
 * ESC, SO, '+' or '~', is not a character alone).  0, or -1. */
static int
open_cd(struct decoded *D, const char *enc)
{
	iconv_t cd;
	int c;

	if (D->cd != NULL && strcmp(D->cdname, enc) == 0) {
		iconv((iconv_t)D->cd, NULL, NULL, NULL, NULL);
		return 0;
	}
	if (D->cd != NULL)
		iconv_close((iconv_t)D->cd);
	D->cd = NULL;
	if (strlen(enc) >= sizeof(D->cdname) ||
	    (cd = iconv_open("UTF-32BE", enc)) == NO_CD)
		return -1;
	D->cd = (void *)cd;
	strcpy(D->cdname, enc);
	D->ascii = 1;
	D->holds = 0;
	for (c = 1; c < 0x80 && D->ascii; c++) {
		char in = (char)c, out[8];
		char *ip = &in, *op = out;
		size_t il = 1, ol = sizeof(out);

		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0 ||
		    ol != sizeof(out) - 4 || out[0] != 0 || out[1] != 0 ||
		    out[2] != 0 || out[3] != (char)c)
			D->ascii = 0;
	}
	{
		/* Nothing out for a whole letter, and the letter when
		 * flushed: glibc's cp1258 and TCVN keep a base letter until
		 * the next byte, which may be a tone mark to compose. */
		char in = 'a', out[8];
		char *ip = &in, *op = out;
		size_t il = 1, ol = sizeof(out);

		iconv(cd, NULL, NULL, NULL, NULL);
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && il == 0 &&
		    op == out && iconv(cd, NULL, NULL, &op, &ol) !=
		    (size_t)-1 && op > out)
			D->holds = 1;
	}
	iconv(cd, NULL, NULL, NULL, NULL);
	return 0;
}

/* One character of a converter that holds characters back: the fewest
 * bytes from s (at most 4 of n) that give one when flushed, its code
 * points in out (*op past them).  The bytes taken, or 0 (*r and errno as
 * iconv left them: EILSEQ, or EINVAL at the end).  A tone mark is then a
 * code point of its own, which NFC composes with its letter later. */
static size_t
held_char(iconv_t cd, const char *s, size_t n, unsigned char *out,
    char **op, size_t *r)
{
	size_t k;

	for (k = 1; k <= 4 && k <= n; k++) {
		char *ip = (char *)(uintptr_t)s;
		size_t il = k, ol = 8;

		*op = (char *)out;
		iconv(cd, NULL, NULL, NULL, NULL);
		*r = iconv(cd, &ip, &il, op, &ol);
		if (*r == (size_t)-1 && errno == EINVAL)
			continue;	/* a character cut off: one more */
		if (*r == (size_t)-1)
			break;
		*r = iconv(cd, NULL, NULL, op, &ol);
		if (*r != (size_t)-1 && *op > (char *)out)
			return k;
		if (*r == (size_t)-1)
			break;
	}
	*op = (char *)out;
	*r = (size_t)-1;
	if (errno != EILSEQ)
		errno = EINVAL;
	return 0;
}

static void
add_char(struct decoded *D, int32_t cp, size_t s, size_t sw)
{
	char u[4];
	int len = utf8_encode(cp, u);

	/* One more character: len text bytes from sw source bytes. */
	viewmap_add(&D->map, D->text.n, (size_t)len, s, sw, (size_t)len, sw);
	str_add(&D->text, u, (size_t)len);
}

int
decode_text(struct decoded *D, const char *s, size_t n, const char *enc,
    int lossy, size_t *bad)
{
	iconv_t cd;
	size_t p = 0;

	str_clear(&D->text);
	viewmap_clear(&D->map);
	D->srcn = n;
	*bad = n;
	if (enc == NULL || is_utf8_name(enc)) {
		D->s = s;
		D->n = n;
		return DECODE_OK;
	}
	if (open_cd(D, enc) == -1) {
		*bad = 0;
		return DECODE_BAD;
	}
	cd = (iconv_t)D->cd;
	str_grow(&D->text, n + n / 2);
	while (p < n) {
		unsigned char out[8];
		char *ip = (char *)(uintptr_t)(s + p), *op = (char *)out;
		size_t il, ol, r, used, k, win;
		int32_t cp;

		if (D->ascii && (unsigned char)s[p] < 0x80 && s[p] != '\0') {
			size_t q = p;

			while (q < n && (unsigned char)s[q] < 0x80 &&
			    s[q] != '\0')
				q++;
			viewmap_add(&D->map, D->text.n, q - p, p, q - p, 1, 1);
			str_add(&D->text, s + p, q - p);
			p = q;
			continue;
		}
		/* A window of the input, not all the rest: glibc converts
		 * through a buffer of its own as far as the input goes, then
		 * goes back to the one character that fits (a pass over the
		 * whole rest for each character).  Wider when a character
		 * (with its shift sequence) does not fit in it. */
		win = n - p < 16 ? n - p : 16;
		if (D->holds) {
			used = held_char(cd, s + p, n - p, out, &op, &r);
			ip = (char *)(uintptr_t)(s + p + used);
		}
		while (!D->holds) {
			ip = (char *)(uintptr_t)(s + p);
			op = (char *)out;
			il = win;
			ol = 4;
			r = iconv(cd, &ip, &il, &op, &ol);
			if (r == (size_t)-1 && errno == E2BIG && ol == 4) {
				/* A character that is two code points
				 * (Big5-HKSCS, TCVN): room for them (a second
				 * character that fits too shares the source
				 * bytes of both). */
				ol = 8;
				r = iconv(cd, &ip, &il, &op, &ol);
			}
			if (op > (char *)out || win == n - p ||
			    (r == (size_t)-1 && errno == EILSEQ))
				break;
			win = n - p - win < win ? n - p : 2 * win;
		}
		used = (size_t)(ip - (s + p));
		if (op > (char *)out && used > 0) {
			/* One character, its code points: the first has its
			 * source bytes, the others none. */
			for (k = 0; k + 4 <= (size_t)(op - (char *)out);
			    k += 4) {
				cp = (int32_t)((uint32_t)out[k] << 24 |
				    (uint32_t)out[k + 1] << 16 |
				    (uint32_t)out[k + 2] << 8 | out[k + 3]);
				if (cp == 0 || cp > 0x10FFFF ||
				    (cp >= 0xD800 && cp <= 0xDFFF)) {
					/* Not text: NUL is invalid in every
					 * input. */
					if (!lossy) {
						*bad = p;
						return DECODE_BAD;
					}
					if (*bad == n)
						*bad = p;
					cp = 0xFFFD;
				}
				add_char(D, cp, k == 0 ? p : p + used,
				    k == 0 ? used : 0);
			}
			p += used;
			continue;
		}
		if (r != (size_t)-1 && op == (char *)out) {
			/* Shift bytes at the end, no character after them:
			 * the last character's. */
			if (D->map.segs.n > 0)
				viewmap_widen_last(&D->map, n - p);
			else
				add_char(D, 0xFEFF, p, n - p);
			p = n;
			continue;
		}
		/* EILSEQ, or EINVAL: a character cut off at the end. */
		if (!lossy) {
			*bad = p;
			return DECODE_BAD;
		}
		if (*bad == n)
			*bad = p;
		add_char(D, 0xFFFD, p, 1);
		p++;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	D->s = D->text.s;
	D->n = D->text.n;
	return DECODE_OK;
}

size_t
decode_src(const struct decoded *D, size_t t, int forend)
{
	return t >= D->n && D->map.segs.n > 0 ? D->srcn :
	    viewmap_src(&D->map, t, forend);
}

void
decode_para(struct decoded *D, struct para *p)
{
	viewmap_para(&D->map, p);
}

void
decode_free(struct decoded *D)
{
	if (D->cd != NULL)
		iconv_close((iconv_t)D->cd);
	D->cd = NULL;
	str_free(&D->text);
	viewmap_free(&D->map);
	D->s = NULL;
	D->n = 0;
}
