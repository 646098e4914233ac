/*
 * test_decode: an input's bytes to UTF-8 text (decode.c) from strings:
 * which encoding (a UTF-16 BOM, auto on UTF-8 and on cp1252 bytes, a
 * name), the text of cp1252, GB18030 and UTF-16, bad bytes (stopped at
 * their offset, or U+FFFD with lossy), and the map: every character's
 * text offsets map to the source bytes it came from, for one offset and
 * for a paragraph's pieces.
 */
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "decode.h"

#include "check.h"

static struct decoded D;

/* The text of s[0..n) in enc is want (NUL-terminated), each of its
 * characters mapping back to the source bytes src[i] .. src[i + 1). */
static void
decodes(const char *s, size_t n, const char *enc, const char *want,
    const size_t *src, size_t nsrc)
{
	size_t bad, t = 0, i;

	CHECK(decode_text(&D, s, n, enc, 0, &bad) == DECODE_OK);
	CHECK(bad == n);
	CHECK(D.n == strlen(want) && memcmp(D.s, want, D.n) == 0);
	for (i = 0; i + 1 < nsrc; i++) {
		size_t len = 1;

		while (t + len < D.n && ((unsigned char)D.s[t + len] & 0xC0) ==
		    0x80)
			len++;
		CHECK(decode_src(&D, t, 0) == src[i]);
		CHECK(decode_src(&D, t + len, 1) == src[i + 1]);
		t += len;
	}
	CHECK(t == D.n);
	CHECK(decode_src(&D, D.n, 1) == n);
}

/* s[0..n) in enc, by iconv, into out (of size cap): its length. */
static size_t
encode(const char *s, size_t n, const char *enc, char *out, size_t cap)
{
	iconv_t cd = iconv_open(enc, "UTF-8");
	char *ip = (char *)(uintptr_t)s, *op = out;
	size_t il = n, ol = cap;

	CHECK(cd != (iconv_t)-1);
	CHECK(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && il == 0);
	iconv_close(cd);
	return cap - ol;
}

/*
 * Random texts of characters each encoding has (ASCII, Latin letters,
 * curly quotes, Han, and beyond the BMP for UTF-16): encoded by iconv,
 * decoded back to the same UTF-8, and every character's source span, cut
 * out and encoded apart, is that character's own bytes.
 */
static void
random_round_trips(void)
{
	static const char *const common[] = { "a", "Z", " ", ".", "\n",
	    "\xc3\xa9", "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x94" };
	static const char *const wide[] = { "\xe4\xb8\xad", "\xe5\x9b\xbd",
	    "\xef\xbc\x8c", "\xc2\xa9", "\xf0\x9f\x98\x80" };
	static const char *const encs[] = { "CP1252", "GB18030", "UTF-16LE",
	    "UTF-16BE" };
	uint32_t seed = 12345;
	int round, e;

	for (e = 0; e < 4; e++)
		for (round = 0; round < 300; round++) {
			char text[512], src[1024], one[16];
			size_t off[100], n = 0, k, nc, sn, bad, t;

			nc = 1 + (seed = seed * 1103515245 + 12345) % 60;
			for (k = 0; k < nc; k++) {
				const char *c;

				seed = seed * 1103515245 + 12345;
				c = e > 0 && (seed >> 8) % 3 == 0 ?
				    wide[(seed >> 12) % (e == 1 ? 4 : 5)] :
				    common[(seed >> 12) % 9];
				off[k] = n;
				memcpy(text + n, c, strlen(c));
				n += strlen(c);
			}
			off[nc] = n;
			sn = encode(text, n, encs[e], src, sizeof(src));
			CHECK(decode_text(&D, src, sn, encs[e], 0, &bad) ==
			    DECODE_OK && bad == sn);
			CHECK(D.n == n && memcmp(D.s, text, n) == 0);
			for (k = 0; k < nc; k++) {
				size_t a = decode_src(&D, off[k], 0);
				size_t b = decode_src(&D, off[k + 1], 1);

				t = encode(text + off[k], off[k + 1] - off[k],
				    encs[e], one, sizeof(one));
				CHECK(b - a == t && memcmp(src + a, one, t) == 0);
			}
		}
}

int
main(void)
{
	char buf[64];
	size_t bad;

	/* Which encoding. */
	CHECK(decode_choose("abc", 3, NULL, buf, sizeof(buf)) == NULL);
	CHECK(decode_choose("\xc3\xa9t\xc3\xa9", 5, "auto", buf,
	    sizeof(buf)) == NULL);
	CHECK(strcmp(decode_choose("\xff\xfe" "a\0", 4, NULL, buf,
	    sizeof(buf)), "UTF-16LE") == 0);
	CHECK(strcmp(decode_choose("\xfe\xff\0a", 4, "auto", buf,
	    sizeof(buf)), "UTF-16BE") == 0);
	CHECK(strcmp(decode_choose("\xff\xfe", 2, "latin1", buf,
	    sizeof(buf)), "latin1") == 0);	/* a name given wins */
	CHECK(decode_choose("abc", 3, "utf8", buf, sizeof(buf)) == NULL);
	/* latin1 with cp1252's apostrophe (a C1 control in Latin-1):
	 * windows-1252, by any name of Latin-1; without such a byte, or
	 * with one cp1252 lacks (0x81), as named. */
	CHECK(strcmp(decode_choose("moment\x92s", 8, "latin1", buf,
	    sizeof(buf)), "windows-1252") == 0);
	CHECK(strcmp(decode_choose("moment\x92s", 8, "ISO_8859-1", buf,
	    sizeof(buf)), "windows-1252") == 0);
	CHECK(strcmp(decode_choose("caf\xe9", 4, "latin1", buf,
	    sizeof(buf)), "latin1") == 0);
	CHECK(strcmp(decode_choose("a\x81\x92", 3, "latin1", buf,
	    sizeof(buf)), "latin1") == 0);
	CHECK(strcmp(decode_choose("moment\x92s", 8, "iso-8859-2", buf,
	    sizeof(buf)), "iso-8859-2") == 0);
	{
		const char *s = "The President said it was the moment\x92s "
		    "need. \x93We will,\x94 he said, \x93" "do what the "
		    "caf\xe9 owners ask.\x94 Then we left.\n";
		const char *e = decode_choose(s, strlen(s), "auto", buf,
		    sizeof(buf));

		CHECK(e != NULL && strcmp(e, "windows-1252") == 0);
		CHECK(decode_guess(s, strlen(s), buf, sizeof(buf)) != NULL);
	}
	{
		/* Short texts, many bytes outside ASCII: uchardet names
		 * mac-centraleurope, windows-1250, -1258 (read_guess). */
		static const char *const short1252[] = {
		    "It\x92s the moment\x92s need, don\x92t you think? "
		    "We\x92ll see.\n",
		    "The \x93great\x94 moment\x92s here.\n",
		    "The \x93great\x94 moment\x92s here, said the caf\xe9 "
		    "owner.\n", NULL };
		/* Czech in cp1250: its own letters, left as named. */
		const char *cz = "P\xf8\xedli\x9a \x9elu\x9dou\xe8k\xfd "
		    "k\xf9\xf2 \xfap\xecl \xef\xe1" "belsk\xe9 \xf3" "dy. "
		    "V\xecta o st\xe1tn\xed spr\xe1v\xec a \xf8\xedzen\xed."
		    "\n";
		const char *e;
		int i;

		for (i = 0; short1252[i] != NULL; i++) {
			e = decode_choose(short1252[i], strlen(short1252[i]),
			    "auto", buf, sizeof(buf));
			CHECK(e != NULL && strcmp(e, "windows-1252") == 0);
		}
		e = decode_choose(cz, strlen(cz), "auto", buf, sizeof(buf));
		CHECK(e != NULL && *e != '\0' && strcmp(e, "windows-1252") != 0);
	}
	CHECK(decode_guess("plain", 5, buf, sizeof(buf)) == NULL);
	CHECK(decode_known("cp1252") && decode_known("GB18030") &&
	    decode_known("UTF-8") && !decode_known("no-such-code"));

	/* UTF-8: the source itself, no map. */
	CHECK(decode_text(&D, "a\xff", 2, NULL, 0, &bad) == DECODE_OK);
	CHECK(D.s != NULL && D.n == 2 && D.map.segs.n == 0);
	CHECK(decode_src(&D, 1, 0) == 1);

	/* cp1252: curly quotes and an apostrophe, one byte each. */
	{
		static const size_t src[] = { 0, 1, 2, 3, 4, 5 };

		decodes("\x93" "a\x94 \x92", 5, "cp1252",
		    "\xe2\x80\x9c" "a\xe2\x80\x9d \xe2\x80\x99", src, 6);
	}
	/* GB18030: two bytes a Han character, four for U+00A9... */
	{
		static const size_t src[] = { 0, 2, 3, 5, 9, 10 };

		decodes("\xd6\xd0" "a\xb9\xfa\x81\x30\x84\x38" "b", 10,
		    "GB18030", "\xe4\xb8\xad" "a\xe5\x9b\xbd\xc2\xa9" "b", src,
		    6);
	}
	/* ... UTF-16 with its BOM (U+FEFF, lines.c drops it), a surrogate
	 * pair. */
	{
		static const size_t src[] = { 0, 2, 4, 8 };

		decodes("\xff\xfe" "a\0" "\x3d\xd8\x00\xde", 8, "UTF-16LE",
		    "\xef\xbb\xbf" "a\xf0\x9f\x98\x80", src, 4);
	}
	/* cp1258 holds a letter back for a tone mark to follow (glibc):
	 * each byte is still one character, the last one too, and a tone
	 * mark a code point of its own (0xF2: U+0323 under the a). */
	{
		static const size_t src[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };

		decodes("\xf0" "a\xf2" "t b", 6, "cp1258",
		    "\xc4\x91" "a\xcc\xa3" "t b", src, 7);
		decodes("abc def.", 8, "cp1258", "abc def.", src, 9);
	}
	/* Bad bytes: the offset of the first; lossy: U+FFFD each. */
	CHECK(decode_text(&D, "ab\x81", 3, "cp1252", 0, &bad) == DECODE_BAD);
	CHECK(bad == 2);
	CHECK(decode_text(&D, "ab\xd6", 3, "GB18030", 0, &bad) == DECODE_BAD);
	CHECK(bad == 2);	/* cut off at the end */
	CHECK(decode_text(&D, "a\0b", 3, "latin1", 0, &bad) == DECODE_BAD);
	CHECK(bad == 1);	/* NUL is not text */
	CHECK(decode_text(&D, "a\0\0\xd8", 4, "UTF-16LE", 0, &bad) ==
	    DECODE_BAD);
	CHECK(bad == 2);	/* a lone surrogate */
	{
		static const size_t src[] = { 0, 1, 2, 3 };

		CHECK(decode_text(&D, "a\x81" "b", 3, "cp1252", 1, &bad) ==
		    DECODE_OK);
		CHECK(bad == 1);
		CHECK(D.n == 5 && memcmp(D.s, "a\xef\xbf\xbd" "b", 5) == 0);
		CHECK(decode_src(&D, 1, 0) == src[1]);
		CHECK(decode_src(&D, 4, 1) == src[2]);
	}

	/* A paragraph: a piece byte for byte in the text becomes a piece
	 * per character that is not one byte for one, and its span the
	 * source's. */
	{
		struct piece pc[2] = { { 0, 5, 0, 5 }, { 5, 1, 5, 3 } };
		struct para p = { 0 };

		decodes("\x93" "a\x94 \x92", 5, "cp1252",
		    "\xe2\x80\x9c" "a\xe2\x80\x9d \xe2\x80\x99",
		    (const size_t []){ 0, 1, 2, 3, 4, 5 }, 6);
		/* clean "\xe2\x80\x9c" "a" (4 bytes) ... */
		pc[0] = (struct piece){ 0, 4, 0, 4 };
		pc[1] = (struct piece){ 4, 1, 4, 3 };	/* ” as one piece */
		p.pieces = pc;
		p.npieces = 2;
		p.start = 0;
		p.end = 7;
		decode_para(&D, &p);
		CHECK(p.start == 0 && p.end == 3);
		CHECK(para_src_start(&p, 0) == 0 && para_src_end(&p, 3) == 1);
		CHECK(para_src_start(&p, 3) == 1 && para_src_end(&p, 4) == 2);
		CHECK(para_src_start(&p, 4) == 2 && para_src_end(&p, 5) == 3);
	}
	random_round_trips();
	decode_free(&D);
	printf("test_decode: %d checks passed\n", nchecks);
	return 0;
}
