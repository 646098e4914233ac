/*
 * test_utf8: decoding, validation (fast and slow paths against a plain
 * decoder loop), encoding, character classes, widths, NFC and folding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "util.h"

#include "check.h"

static void
test_decode(void)
{
	int32_t cp;

	CHECK(utf8_decode("a", 1, &cp) == 1 && cp == 'a');
	CHECK(utf8_decode("", 1, &cp) == 1 && cp == 0);	/* NUL decodes */
	CHECK(utf8_decode("\xc3\xa9", 2, &cp) == 2 && cp == 0xE9);
	CHECK(utf8_decode("\xe4\xb8\xad", 3, &cp) == 3 && cp == 0x4E2D);
	CHECK(utf8_decode("\xf0\x9f\x98\x80", 4, &cp) == 4 && cp == 0x1F600);
	CHECK(utf8_decode("\xf4\x8f\xbf\xbf", 4, &cp) == 4 && cp == 0x10FFFF);
	CHECK(utf8_decode("\xef\xbf\xbf", 3, &cp) == 3 && cp == 0xFFFF);
	CHECK(utf8_decode("\xc3", 1, &cp) == -1);		/* truncated */
	CHECK(utf8_decode("\xe4\xb8", 2, &cp) == -1);
	CHECK(utf8_decode("\xf0\x9f\x98", 3, &cp) == -1);
	CHECK(utf8_decode("\xc3(", 2, &cp) == -1);	/* bad continuation */
	CHECK(utf8_decode("\x80", 1, &cp) == -1);	/* lone continuation */
	CHECK(utf8_decode("\xc0\x80", 2, &cp) == -1);	/* overlong NUL */
	CHECK(utf8_decode("\xc1\xbf", 2, &cp) == -1);
	CHECK(utf8_decode("\xe0\x80\x80", 3, &cp) == -1);
	CHECK(utf8_decode("\xe0\x9f\xbf", 3, &cp) == -1);
	CHECK(utf8_decode("\xf0\x80\x80\x80", 4, &cp) == -1);
	CHECK(utf8_decode("\xf0\x8f\xbf\xbf", 4, &cp) == -1);
	CHECK(utf8_decode("\xed\xa0\x80", 3, &cp) == -1);	/* surrogates */
	CHECK(utf8_decode("\xed\xbf\xbf", 3, &cp) == -1);
	CHECK(utf8_decode("\xed\x9f\xbf", 3, &cp) == 3 && cp == 0xD7FF);
	CHECK(utf8_decode("\xf4\x90\x80\x80", 4, &cp) == -1);	/* > U+10FFFF */
	CHECK(utf8_decode("\xf5\x80\x80\x80", 4, &cp) == -1);
	CHECK(utf8_decode("\xff", 1, &cp) == -1);
	CHECK(utf8_decode("a", 0, &cp) == -1);
}

/* The validator spelled out with utf8_decode. */
static size_t
slow_validate(const char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;
	int l;

	while (i < n) {
		if (s[i] == '\0' || (l = utf8_decode(s + i, n - i, &cp)) < 0)
			return i;
		i += (size_t)l;
	}
	return n;
}

static void
test_validate(void)
{
	static const char *const bad[] = {
		"", "\x80", "\xc3", "\xc0\x80", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "\xe4\xb8", "\xff", "\xfe"
	};
	static const char *const good[] = {
		"\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80", "a"
	};
	const char *filler = "The quick brown fox jumps over the lazy dog and "
	    "the cat.";
	char buf[80];
	size_t len, pos, b, g;
	unsigned seed = 7;
	int round;

	CHECK(utf8_validate("", 0) == 0);
	CHECK(utf8_validate("hello", 5) == 5);
	CHECK(utf8_validate("hel\0lo", 6) == 3);
	CHECK(utf8_validate("caf\xc3\xa9", 5) == 5);
	CHECK(utf8_validate("caf\xc3", 4) == 3);
	/* A bad sequence at every position of texts of every length, so that
	 * both the word-at-a-time and the byte paths meet it. */
	for (len = 1; len <= 70; len++) {
		for (pos = 0; pos < len; pos++) {
			for (b = 0; b < sizeof(bad) / sizeof(bad[0]); b++) {
				size_t bl = b == 0 ? 1 : strlen(bad[b]);

				if (pos + bl > len)
					continue;
				memset(buf, 'x', len);
				memcpy(buf, filler, pos < 50 ? pos : 50);
				memcpy(buf + pos, bad[b], bl);
				CHECK(utf8_validate(buf, len) ==
				    slow_validate(buf, len));
				CHECK(utf8_validate(buf, len) <= pos);
			}
		}
	}
	/* Random mixes of good and bad pieces. */
	for (round = 0; round < 20000; round++) {
		len = 0;
		while (len < 60) {
			seed = seed * 1103515245u + 12345u;
			g = (seed >> 16) % 16;
			if (g < 10)
				buf[len++] = (char)('a' + g);
			else if (g < 14) {
				const char *p = good[g - 10];

				memcpy(buf + len, p, strlen(p));
				len += strlen(p);
			} else if ((seed >> 8) % 8 == 0) {
				const char *p = bad[1 + (seed >> 4) % 8];

				memcpy(buf + len, p, strlen(p));
				len += strlen(p);
			}
		}
		CHECK(utf8_validate(buf, len) == slow_validate(buf, len));
	}
	/* Every lead byte from E0 with every two bytes after it (the
	 * three-byte fast path), inside a text and cut at its end. */
	for (b = 0xE0; b <= 0xEF; b++)
		for (g = 0; g < 65536; g++) {
			memcpy(buf, "ab", 2);
			buf[2] = (char)b;
			buf[3] = (char)(g >> 8);
			buf[4] = (char)(g & 0xFF);
			buf[5] = 'c';
			CHECK(utf8_validate(buf, 6) == slow_validate(buf, 6));
			CHECK(utf8_validate(buf, 5) == slow_validate(buf, 5));
			CHECK(utf8_validate(buf, 4) == slow_validate(buf, 4));
		}
}

static void
test_encode(void)
{
	static const int32_t cps[] = {
		0, 'A', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
		0x10000, 0x1F600, 0x10FFFF
	};
	char buf[4];
	size_t i;
	int32_t cp;
	int l;

	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		l = utf8_encode(cps[i], buf);
		CHECK(l >= 1 && l <= 4);
		CHECK(utf8_decode(buf, (size_t)l, &cp) == l && cp == cps[i]);
	}
	CHECK(utf8_encode(0xE9, buf) == 2 && memcmp(buf, "\xc3\xa9", 2) == 0);
	CHECK(utf8_encode(0x4E2D, buf) == 3 &&
	    memcmp(buf, "\xe4\xb8\xad", 3) == 0);
}

static void
test_classes(void)
{
	CHECK(utf8_isalpha('a') && utf8_isalpha('Z') && !utf8_isalpha('1'));
	CHECK(utf8_isalpha(0xE9) && utf8_isalpha(0x4E2D));
	CHECK(utf8_isalpha(0x3042) && !utf8_isalpha(0x301));
	CHECK(!utf8_isalpha('_') && !utf8_isalpha(0x2019));
	CHECK(utf8_ismark(0x301) && utf8_ismark(0x903) && !utf8_ismark('a'));
	CHECK(utf8_isdigit('0') && utf8_isdigit('9') && utf8_isdigit(0x663));
	CHECK(utf8_isdigit(0xFF13) && !utf8_isdigit(0xB2) && !utf8_isdigit('a'));
	CHECK(utf8_isupper('A') && utf8_isupper(0xC9) && utf8_isupper(0x1C5));
	CHECK(!utf8_isupper('a') && !utf8_isupper(0x4E2D));
	CHECK(utf8_islower('a') && utf8_islower(0xDF) && utf8_islower(0x3C3));
	CHECK(!utf8_islower('A') && !utf8_islower(0x1C5) && !utf8_islower('1'));
	CHECK(utf8_isspace(' ') && utf8_isspace('\t') && utf8_isspace('\n'));
	CHECK(utf8_isspace('\r') && utf8_isspace(0xA0) && utf8_isspace(0x85));
	CHECK(utf8_isspace(0x2028) && utf8_isspace(0x2029) &&
	    utf8_isspace(0x3000));
	CHECK(utf8_isspace(0x2003) && utf8_isspace(0x202F));
	CHECK(!utf8_isspace(0x200B) && !utf8_isspace('a') && !utf8_isspace(0));
	CHECK(utf8_ispunct('.') && utf8_ispunct('_') && utf8_ispunct(0x3002));
	CHECK(utf8_ispunct(0x201C) && utf8_ispunct(0x2014) &&
	    utf8_ispunct(0x2026));
	CHECK(!utf8_ispunct('$') && !utf8_ispunct('a'));
	CHECK(utf8_issym('$') && utf8_issym('+') && utf8_issym(0xA9));
	CHECK(utf8_issym(0xB0) && utf8_issym(0x20AC) && !utf8_issym('.'));
	CHECK(utf8_iscjk(0x4E2D) && utf8_iscjk(0x3042) && utf8_iscjk(0x30AB));
	CHECK(utf8_iscjk(0xFF76) && utf8_iscjk(0x3400) && utf8_iscjk(0x20000));
	CHECK(utf8_has_cjk("net \xe7\xbd\x91", 7) && !utf8_has_cjk("caf\xc3\xa9", 5) &&
	    !utf8_has_cjk("\xff\xe7\xbd", 3) && !utf8_has_cjk("", 0));
	CHECK(utf8_iscjk(0xF900) && utf8_iscjk(0x2F800) && utf8_iscjk(0x30000));
	CHECK(utf8_iscjk(0x3005) && utf8_iscjk(0x3007) && utf8_iscjk(0x30FC));
	CHECK(!utf8_iscjk(0xD55C) && !utf8_iscjk(0x3002) &&
	    !utf8_iscjk(0x30FB));
	CHECK(!utf8_iscjk(0x30A0) && !utf8_iscjk('A') && !utf8_iscjk(0xFF0C));
	CHECK(!utf8_iscjk(-1) && !utf8_iscjk(0x110000) && !utf8_isalpha(-1));
	CHECK(utf8_width('a') == 1 && utf8_width(0x4E2D) == 2);
	CHECK(utf8_width(0x301) == 0 && utf8_width('\n') == 0);
	CHECK(utf8_width(0xFF21) == 2 && utf8_width(0xE9) == 1);
	CHECK(utf8_width(0x110000) == 0);
}

/* utf8_nfc(in) appends want to what out held and returns changed. */
static void
nfc_is(const char *in, const char *want, int changed)
{
	struct str out = { 0 };

	str_add(&out, "<", 1);
	CHECK(utf8_nfc(in, strlen(in), &out) == changed);
	CHECK(out.n == strlen(want) + 1 && out.s[0] == '<');
	CHECK(memcmp(out.s + 1, want, strlen(want)) == 0);
	CHECK(out.s[out.n] == '\0');
	str_free(&out);
}

static void
fold_is(const char *in, const char *want)
{
	struct str out = { 0 };

	str_add(&out, "<", 1);
	utf8_fold(in, strlen(in), &out);
	if (out.n != strlen(want) + 1 || memcmp(out.s + 1, want,
	    strlen(want)) != 0)
		fprintf(stderr, "fold %s: got %s, want %s\n", in, out.s + 1,
		    want);
	CHECK(out.n == strlen(want) + 1 && memcmp(out.s + 1, want,
	    strlen(want)) == 0);
	str_free(&out);
}

static void
test_nfc_fold(void)
{
	const char *piece = "The U.S. and China\xe2\x80\x99s policy. ";
	struct str big = { 0 }, out = { 0 };
	size_t i;

	nfc_is("", "", 0);
	nfc_is("plain ASCII text.", "plain ASCII text.", 0);
	nfc_is("caf\xc3\xa9", "caf\xc3\xa9", 0);
	nfc_is("cafe\xcc\x81", "caf\xc3\xa9", 1);
	nfc_is("cafe\xcc\x81 and more", "caf\xc3\xa9 and more", 1);
	nfc_is("\xe2\x84\xab", "\xc3\x85", 1);		/* Angstrom sign */
	nfc_is("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab", "\xed\x95\x9c", 1);
	nfc_is("a\xcc\xa3\xcc\x87 x", "\xe1\xba\xa1\xcc\x87 x", 1);
	nfc_is("\xe4\xb8\xad\xe5\x9b\xbd", "\xe4\xb8\xad\xe5\x9b\xbd", 0);
	nfc_is("China\xe2\x80\x99s", "China\xe2\x80\x99s", 0);
	nfc_is("bad \xff byte", "bad \xff byte", 0);	/* kept as is */
	fold_is("", "");
	fold_is("HeLLo, World 42!", "hello, world 42!");
	fold_is("Stra\xc3\x9f" "e", "strasse");
	fold_is("\xce\xa3\xce\x91\xce\xa3", "\xcf\x83\xce\xb1\xcf\x83");
	fold_is("\xef\xac\x81nance", "finance");	/* fi ligature */
	fold_is("\xe2\x84\xaa" "elvin", "kelvin");
	fold_is("E\xcc\x81T\xc3\x89", "\xc3\xa9t\xc3\xa9");
	fold_is("\xc4\xb0stanbul", "i\xcc\x87stanbul");
	fold_is("\xe4\xb8\xad\xe5\x9b\xbd ABC", "\xe4\xb8\xad\xe5\x9b\xbd abc");
	/* A long mostly-ASCII text comes through byte for byte. */
	for (i = 0; i < 10000; i++)
		str_add(&big, piece, strlen(piece));
	CHECK(utf8_nfc(big.s, big.n, &out) == 0);
	CHECK(out.n == big.n && memcmp(out.s, big.s, big.n) == 0);
	str_free(&big);
	str_free(&out);
}

/* utf8_lossy: one U+FFFD per refused byte, NUL included. */
static void
test_lossy(void)
{
	struct str out = { 0 };

	utf8_lossy("a\0b\xff\xe2\x82z\xc3\xa9", 9, &out);
	CHECK(out.n == 17 && memcmp(out.s, "a\xef\xbf\xbd" "b\xef\xbf\xbd"
	    "\xef\xbf\xbd\xef\xbf\xbd" "z\xc3\xa9", 17) == 0);
	str_clear(&out);
	utf8_lossy("", 0, &out);
	CHECK(out.n == 0);
	str_free(&out);
}

/* utf8_cluster: a base with its marks, a Hangul syllable of jamo, one
 * character alone; never past n. */
static void
test_cluster(void)
{
	CHECK(utf8_cluster("e\xcc\x81x", 4) == 3);		/* e U+0301 */
	CHECK(utf8_cluster("e\xcc\x81\xcc\xa7.", 6) == 5);	/* two marks */
	CHECK(utf8_cluster("\xe2\x84\xa6" "e", 4) == 3);		/* U+2126 */
	CHECK(utf8_cluster("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8" "a",
	    10) == 9);						/* L V T */
	CHECK(utf8_cluster("ab", 2) == 1);
	CHECK(utf8_cluster("a", 1) == 1);
	CHECK(utf8_cluster("e\xcc\x81", 2) == 1);		/* cut mark */
	CHECK(utf8_cluster("\r\n", 2) == 2);
}

/* Is the span sp = { src, slen, dst, dlen }? */
static int
span_is(const struct utf8_span *sp, size_t src, size_t slen, size_t dst,
    size_t dlen)
{
	return sp->src == src && sp->slen == slen && sp->dst == dst &&
	    sp->dlen == dlen;
}

static void
test_ligatures(void)
{
	struct str out = { 0 };
	utf8_spans sp = { 0 };
	/* U+FB00..U+FB06, then U+FB07 (unassigned) and U+FB13 (Armenian). */
	static const char all[] = "\xef\xac\x80\xef\xac\x81\xef\xac\x82"
	    "\xef\xac\x83\xef\xac\x84\xef\xac\x85\xef\xac\x86"
	    "\xef\xac\x87\xef\xac\x93";

	/* "efficient" as PDF extraction gives it: e, U+FB03, cient */
	CHECK(utf8_unligate("e\xef\xac\x83" "cient", 9, &out, &sp) == 1);
	CHECK(out.n == 9 && strcmp(out.s, "efficient") == 0);
	CHECK(sp.n == 1 && span_is(&sp.v[0], 1, 3, 1, 3));

	/* Offsets in out count what it held before; spans are appended. */
	str_clear(&out);
	str_add(&out, "xy", 2);
	CHECK(utf8_unligate("\xef\xac\x81\xef\xac\x82 of", 9, &out, &sp) == 2);
	CHECK(strcmp(out.s, "xyfifl of") == 0);
	CHECK(sp.n == 3 && span_is(&sp.v[1], 0, 3, 2, 2) &&
	    span_is(&sp.v[2], 3, 3, 4, 2));

	/* All seven; the neighbours outside the block stay. */
	str_clear(&out);
	sp.n = 0;
	CHECK(utf8_unligate(all, sizeof(all) - 1, &out, &sp) == 7);
	CHECK(strcmp(out.s, "fffiflffifflstst\xef\xac\x87\xef\xac\x93") == 0);
	CHECK(sp.n == 7 && span_is(&sp.v[3], 9, 3, 6, 3) &&
	    span_is(&sp.v[5], 15, 3, 12, 2) && span_is(&sp.v[6], 18, 3, 14, 2));

	/* No spans wanted; truncated and invalid bytes copied as they are. */
	str_clear(&out);
	CHECK(utf8_unligate("\xef\xac", 2, &out, NULL) == 0);
	CHECK(out.n == 2 && memcmp(out.s, "\xef\xac", 2) == 0);
	str_clear(&out);
	CHECK(utf8_unligate("\xef\xef\xac\x81\xff", 5, &out, NULL) == 1);
	CHECK(out.n == 4 && memcmp(out.s, "\xef" "fi\xff", 4) == 0);
	str_clear(&out);
	CHECK(utf8_unligate("plain", 5, &out, NULL) == 0);
	CHECK(strcmp(out.s, "plain") == 0);
	str_free(&out);
	CHECK(utf8_unligate(NULL, 0, &out, NULL) == 0);
	CHECK(out.s != NULL && out.n == 0 && out.s[0] == '\0');
	str_free(&out);
	VEC_FREE(sp);

	/* NFC leaves ligatures alone (compatibility characters); full case
	 * folding spells them out. */
	CHECK(utf8_nfc("e\xef\xac\x83" "cient", 9, &out) == 0);
	CHECK(strcmp(out.s, "e\xef\xac\x83" "cient") == 0);
	str_clear(&out);
	utf8_fold(all, 21, &out);
	CHECK(strcmp(out.s, "fffiflffifflstst") == 0);
	str_free(&out);
}

static void
test_case_map(void)
{
	CHECK(utf8_tolower('A') == 'a' && utf8_tolower('a') == 'a');
	CHECK(utf8_tolower('-') == '-' && utf8_toupper('z') == 'Z');
	CHECK(utf8_tolower(0xC9) == 0xE9 && utf8_toupper(0xE9) == 0xC9);
	CHECK(utf8_tolower(0x3A3) == 0x3C3);	/* Greek sigma */
	CHECK(utf8_toupper(0x3C3) == 0x3A3);
	CHECK(utf8_tolower(0x4E2D) == 0x4E2D);
}

/* utf8_han_only: U+4E00..U+9FFF and nothing else; each character there
 * folds to itself (utf8proc's CASEFOLD and NFC, asked for every one). */
static void
test_han_only(void)
{
	struct str f = { 0 };
	char b[4];
	int32_t cp;
	int bad = 0;

	CHECK(utf8_han_only("网络空间", strlen("网络空间")));
	CHECK(utf8_han_only("\xE4\xB8\x80\xE9\xBF\xBF", 6));  /* U+4E00 U+9FFF */
	CHECK(!utf8_han_only("\xE4\xB7\xBF", 3));	/* U+4DFF */
	CHECK(!utf8_han_only("\xEA\x80\x80", 3));	/* U+A000 */
	CHECK(!utf8_han_only("\xEF\xBC\xA1", 3));	/* Ａ: folds to ａ */
	CHECK(!utf8_han_only("网a", 4) && !utf8_han_only("", 0));
	CHECK(!utf8_han_only("\xE4\xB8", 2) && !utf8_han_only("\xE4\xB8\x41", 3));
	for (cp = 0x4E00; cp <= 0x9FFF; cp++) {
		int l = utf8_encode(cp, b);

		str_clear(&f);
		utf8_fold(b, (size_t)l, &f);
		bad += !utf8_han_only(b, (size_t)l) || f.n != (size_t)l ||
		    memcmp(f.s, b, (size_t)l) != 0;
	}
	CHECK(bad == 0);
	str_free(&f);
}

int
main(void)
{
	test_decode();
	test_validate();
	test_encode();
	test_classes();
	test_nfc_fold();
	test_lossy();
	test_cluster();
	test_ligatures();
	test_case_map();
	test_han_only();
	printf("test_utf8: %d checks passed\n", nchecks);
	return 0;
}
