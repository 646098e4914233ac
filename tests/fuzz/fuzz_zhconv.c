/*
 * fuzz_zhconv.c: --zh-convert's view (zhconv.h) of arbitrary bytes, with
 * OpenCC's t2s, or tw2sp (which shortens phrases: 記憶體 → 内存) when the
 * first byte is odd.  What zhconv.h promises is checked:
 *
 *  - the view is valid UTF-8 when the input is, and it is the input
 *    itself (no copy) when nothing changed;
 *  - the map goes forward: each character of the view (a byte, where it
 *    is not UTF-8) maps to a span [a, b) of the input, 0 <= a <= b <= n,
 *    a on a character boundary, the starts never going back, and the
 *    view's end to the input's end;
 *  - what is not converted stays: an ASCII byte of the view is the same
 *    byte of the input, one for one.
 */
#include <stdint.h>
#include <string.h>

#include "zhconv.h"
#include "utf8.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static void *cc[2];
	static struct zhconv C;
	const char *s;
	size_t v = 0, prev = 0;
	int which;
	char why[256];

	if (n == 0)
		return 0;
	which = data[0] & 1;
	s = (const char *)data + 1;
	n--;
	if (cc[which] == NULL) {
		cc[which] = zhconv_open(which ? "tw2sp" : "t2s", why,
		    sizeof(why));
		FZ_CHECK(cc[which] != NULL, "%s", why);
	}
	zhconv_view(&C, cc[which], s, n);
	if (!C.changed)
		FZ_CHECK(C.s == s && C.n == n, "unchanged, yet a copy");
	if (utf8_validate(s, n) == n)
		FZ_CHECK(utf8_validate(C.s, C.n) == C.n, "view not UTF-8");
	while (v < C.n) {
		int32_t cp;
		int l = utf8_decode(C.s + v, C.n - v, &cp);
		size_t a, b;

		if (l < 1)
			l = 1;
		a = zhconv_src(&C, v, 0);
		b = zhconv_src(&C, v + (size_t)l, 1);
		FZ_CHECK(a <= b && b <= n, "view %zu: [%zu, %zu) of %zu", v,
		    a, b, n);
		FZ_CHECK(a >= prev, "view %zu: start %zu before %zu", v, a,
		    prev);
		FZ_CHECK(a == n || ((unsigned char)s[a] & 0xC0) != 0x80 ||
		    utf8_validate(s, n) < n, "view %zu: %zu inside a character",
		    v, a);
		if ((unsigned char)C.s[v] < 0x80)
			FZ_CHECK(b == a + 1 && s[a] == C.s[v],
			    "ASCII at view %zu is not input %zu", v, a);
		prev = a;
		v += (size_t)l;
	}
	FZ_CHECK(zhconv_src(&C, C.n, 1) == n, "the end maps to %zu, not %zu",
	    zhconv_src(&C, C.n, 1), n);
	return 0;
}
