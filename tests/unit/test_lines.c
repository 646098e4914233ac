/*
 * test_lines: the lines stage (lines.c) from strings: where lines start
 * and end (LF, CRLF, CR, a BOM), their trimmed spans, words and flags,
 * their markers, and the helpers the later rules read lines with.
 */
#include <string.h>

#include "doc.h"
#include "lines.h"
#include "furniture.h"	/* DR_CONTROL */
#include "marker.h"
#include "utf8.h"

#include "check.h"

static struct doclines L;

/* Splits s; the number of lines. */
static size_t
split(const char *s)
{
	doclines_split(&L, s, strlen(s));
	return L.n;
}

static const struct line *
ln(size_t i)
{
	return &L.v[i];
}

int
main(void)
{
	char buf[64];

	/* Width: bytes, a wide character two columns (line_width); U+3000
	 * before the text is a Chinese paragraph's indent (LF_FWINDENT). */
	CHECK(split("\xE3\x80\x80\xE3\x80\x80网络安全。\nab “c” é") == 2);
	CHECK(line_width(ln(0)) == 10 && (ln(0)->flags & LF_FWINDENT) &&
	    (ln(0)->flags & LF_TERM));
	CHECK(line_width(ln(1)) == ln(1)->te - ln(1)->ts &&
	    !(ln(1)->flags & LF_FWINDENT));
	CHECK(split("  a") == 1 && !(ln(0)->flags & LF_FWINDENT));
	/* Extension A (U+4DB5) is wide, a hexagram after it (U+4DC0)
	 * narrow (its three bytes), as utf8proc says; a Han character cut
	 * short is no wide character. */
	CHECK(split("\xE4\xB6\xB5\xE4\xB7\x80\xE4\xB8\x80") == 1 &&
	    line_width(ln(0)) == 2 + 3 + 2);
	CHECK(split("a\xE4\xB8\xE4\xB8\x80") == 1 &&
	    line_width(ln(0)) == 1 + 2 + 2);
	CHECK(split("a\n\nb") == 3);
	CHECK(ln(0)->start == 0 && ln(0)->end == 1 && ln(0)->cls == L_TEXT);
	CHECK(ln(1)->start == 2 && ln(1)->end == 2 && ln(1)->cls == L_BLANK);
	CHECK(ln(2)->start == 3 && ln(2)->end == 4 && ln(2)->cls == L_TEXT);
	/* CRLF is one break, a lone CR another. */
	CHECK(split("x\r\ny\rz") == 3);
	CHECK(ln(0)->end == 1 && ln(1)->start == 3 && ln(1)->end == 4 &&
	    ln(2)->start == 5 && ln(2)->end == 6);
	/* U+2028 ends a line; U+2029 ends one and makes a blank line
	 * after it; U+0085 (a cp1252 ellipsis read as Latin-1) ends
	 * nothing. */
	CHECK(split("a\xE2\x80\xA8" "b") == 2);
	CHECK(ln(0)->end == 1 && ln(1)->start == 4 && ln(1)->end == 5);
	CHECK(split("a\xE2\x80\xA9" "b") == 3);
	CHECK(ln(0)->end == 1 && ln(1)->start == 4 && ln(1)->end == 4 &&
	    ln(1)->cls == L_BLANK && ln(2)->start == 4 &&
	    ln(2)->cls == L_TEXT);
	CHECK(split("a\xE2\x80\xA9") == 1 && ln(0)->end == 1);
	/* ... after quotes and a dash, which share their lead byte */
	CHECK(split("\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x94 a\xE2\x80\xA8"
	    "b\xE2\x80\xA9" "c") == 4 && ln(1)->start == 16 &&
	    ln(2)->cls == L_BLANK);
	CHECK(split("a\xC2\x85" "b\nc") == 2 && ln(0)->end == 4);
	/* A lone E2 80 at the end is no line end (and no overrun). */
	CHECK(split("a\xE2\x80") == 1 && ln(0)->end == 3);
	/* A BOM is no part of the first line. */
	CHECK(split("\xEF\xBB\xBFHi") == 1 && ln(0)->start == 3);
	/* Trimmed span, words, flags. */
	CHECK(split("  The end.  ") == 1);
	CHECK(ln(0)->ts == 2 && ln(0)->te == 10 && ln(0)->nwords == 2);
	CHECK((ln(0)->flags & (LF_TERM | LF_UPPER | LF_PLAIN)) ==
	    (LF_TERM | LF_UPPER | LF_PLAIN));
	CHECK(!(ln(0)->flags & (LF_LOWER | LF_NOPUNCT | LF_SPECIAL)));
	/* A closing quote after the full stop still ends a sentence. */
	CHECK(split("He said \"no.\"") == 1 && (ln(0)->flags & LF_TERM));
	CHECK(split("two  spaces") == 1 && !(ln(0)->flags & LF_PLAIN) &&
	    (ln(0)->flags & LF_NOPUNCT));
	CHECK(split("multi-") == 1 &&
	    (ln(0)->flags & (LF_HYPH | LF_LOWER)) == (LF_HYPH | LF_LOWER));
	CHECK(split("- item") == 1 && !(ln(0)->flags & LF_HYPH) &&
	    (ln(0)->flags & LF_LIST));
	CHECK(split("the rise of the") == 1 && (ln(0)->flags & LF_CONT) &&
	    !(ln(0)->flags & LF_COMMA));
	CHECK(split("one, two,") == 1 &&
	    (ln(0)->flags & (LF_CONT | LF_COMMA)) == (LF_CONT | LF_COMMA));
	CHECK(split("Items:") == 1 && (ln(0)->flags & LF_COLON));
	CHECK(split("# Title") == 1 && (ln(0)->flags & LF_MD));
	CHECK(split("Caf\xC3\xA9 > Menu") == 1 &&
	    (ln(0)->flags & LF_SPECIAL));
	CHECK(split("We use cookies") == 1 && (ln(0)->flags & LF_HASK));
	/* The marker, markdown marks skipped. */
	CHECK(split("2.1 Scope") == 1 && ln(0)->style == ST_DECIMAL &&
	    ln(0)->nnum == 2 && ln(0)->num[0] == 2 && ln(0)->num[1] == 1 &&
	    ln(0)->mlen == 4 && (ln(0)->flags & LF_DIGIT));
	CHECK(split("## 3. Results") == 1 && ln(0)->style == ST_DECIMAL &&
	    ln(0)->mlen == 6);
	CHECK(split("1 Introduction") == 1 && (ln(0)->flags & LF_WEAK));
	/* A line that shows nothing is dropped here already. */
	CHECK(split("\xE2\x80\x8B\t") == 1 && ln(0)->cls == L_DROP &&
	    ln(0)->reason == DR_CONTROL);
	CHECK(split("\xC2\xA0 ") == 1 && ln(0)->cls == L_BLANK);

	/* Title-like: three quarters of the content words capitalised. */
	CHECK(split("The Rise of Nations\nThe rise of nations") == 2);
	CHECK(is_title(&L, &L.v[0]) && !is_title(&L, &L.v[1]));
	CHECK(L.v[0].flags & LF_TDONE);
	CHECK(split("## Hello World") == 1 &&
	    line_lower(&L, ln(0), buf, sizeof(buf)) == 11 &&
	    strcmp(buf, "hello world") == 0);
	CHECK(line_lower(&L, ln(0), buf, 4) == 3 && strcmp(buf, "hel") == 0);
	CHECK(is_atx_heading(&L, ln(0)) == 2);
	CHECK(split("#hashtag") == 1 && is_atx_heading(&L, ln(0)) == 0);
	CHECK(split("a\n\nb\n") == 3);
	CHECK(next_nonblank(&L, 0, 0) == 2 && prev_nonblank(&L, 2, 0) == 0 &&
	    prev_nonblank(&L, 0, 0) == NONE && next_nonblank(&L, 2, 0) == NONE);
	CHECK(split("abc 12") == 1 && has_digit(&L, ln(0)));
	{
		size_t i = 0, ws, we;
		const char *s = " ab  c";

		CHECK(next_word(s, &i, 6, &ws, &we) && ws == 1 && we == 3);
		CHECK(next_word(s, &i, 6, &ws, &we) && ws == 5 && we == 6);
		CHECK(!next_word(s, &i, 6, &ws, &we));
	}
	/* line_word: a line of one word is that word; others go by
	 * next_word, a control inside a word too (a word for next_word,
	 * two for the count). */
	{
		static const char *const lines[] = { "  \xE7\xBD\x91\xE7\xBB\x9C ",
		    "a b\tc", "a\x01" "b c", "x" };
		size_t k;

		for (k = 0; k < sizeof(lines) / sizeof(*lines); k++) {
			size_t i, j, ws, we, ws2, we2;
			int n = 0;

			CHECK(split(lines[k]) == 1);
			i = j = ln(0)->ts;
			for (;;) {
				int a = line_word(&L, ln(0), &i, &ws, &we);
				int b = next_word(lines[k], &j, ln(0)->te, &ws2,
				    &we2);

				CHECK(a == b);
				if (!a || !b)
					break;
				CHECK(ws == ws2 && we == we2 && i == j);
				n++;
			}
			CHECK(n == (k == 1 ? 3 : k == 2 ? 2 : 1));
		}
	}
	/* Runs above ASCII go eight bytes at a time (word_end, and the
	 * word count of analyze_line): a separator at every offset after
	 * Chinese, white space or a control, ends the word where a byte
	 * loop ends it. */
	{
		static const char seps[] = " \t\f\v\r\x01\x1f\x7f!";
		char t[64];
		size_t k, at, i, e, n;

		for (k = 0; seps[k] != '\0'; k++)
			for (at = 0; at < 20; at++) {
				for (n = 0; n < at; n++)
					t[n] = "\xe7\xbd\x91"[n % 3];
				t[n++] = seps[k];
				memcpy(t + n, "\xe5\xae\x89\xe5\xae\x89\xe5"
				    "\xae\x89x", 10);
				n += 10;
				for (i = 0; i <= at; i++) {
					for (e = i; e < n && !is_ws(
					    (unsigned char)t[e]); e++)
						;
					CHECK(word_end(t, i, n) == e);
				}
				t[n] = '\0';
				/* a control or DEL separates words in the
				 * count, as a space does */
				CHECK(split(t) == 1 || seps[k] == '\r');
				if (seps[k] != '\r' && at > 0)
					CHECK(ln(0)->nwords ==
					    ((unsigned char)seps[k] < 0x20 ||
					    seps[k] == ' ' || seps[k] == 0x7f ?
					    2u : 1u));
			}
	}
	/* The width, eight bytes at a time, against one character at a
	 * time (utf8_decode, utf8_width; the Han block wide but for the
	 * hexagrams) on lines of Chinese, punctuation, kana, emoji, Latin
	 * and broken sequences, at every alignment. */
	{
		static const char *const parts[] = { "\xE7\xBD\x91",
		    "\xE4\xB8\x80", "\xE4\xB7\x80", "\xE3\x80\x82",
		    "\xEF\xBC\x8C", "\xE3\x81\x82", "\xF0\x9F\x98\x80",
		    "a", "1", "\xC3\xA9", "\xE2\x80\x94", "\xE9\xBF\xBF",
		    "\xE5", "\xBD", "\xE1\x80\x80", "\xED\x9F\xBF", "-" };
		uint64_t r = 88172645463325252ULL;
		char t[200];
		int round, nmany = 0;

		for (round = 0; round < 20000; round++) {
			size_t n = 0, k, want = 0, p;

			r ^= r << 13, r ^= r >> 7, r ^= r << 17;
			for (k = r % 40; k > 0 && n + 4 < sizeof(t) - 1; k--) {
				const char *q;

				r ^= r << 13, r ^= r >> 7, r ^= r << 17;
				q = parts[r % (sizeof(parts) / sizeof(*parts))];
				memcpy(t + n, q, strlen(q));
				n += strlen(q);
			}
			t[n] = '\0';
			if (n == 0 || split(t) != 1 || ln(0)->cls != L_TEXT)
				continue;
			for (p = ln(0)->ts; p < ln(0)->te; p++) {
				const unsigned char *u = (const unsigned char *)t;
				int32_t cp;
				int l;

				if (u[p] < 0xE1)
					continue;
				if (u[p] >= 0xE4 && u[p] <= 0xE9 &&
				    p + 3 <= ln(0)->te &&
				    (u[p + 1] & 0xC0) == 0x80 &&
				    (u[p + 2] & 0xC0) == 0x80) {
					want += !(u[p] == 0xE4 && u[p + 1] == 0xB7);
					continue;
				}
				l = utf8_decode(t + p, ln(0)->te - p, &cp);
				if (l >= 3 && utf8_width(cp) == 2)
					want += (size_t)l - 2;
			}
			nmany += want >= 8;
			CHECK(line_width(ln(0)) == ln(0)->te - ln(0)->ts - want);
		}
		CHECK(nmany > 1000);
	}
	doclines_free(&L);
	printf("test_lines: %d checks passed\n", nchecks);
	return 0;
}
