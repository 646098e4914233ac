/*
 * utf8.c: UTF-8 decoding and validation, character classes, NFC and case
 * folding.  Every Unicode property comes from utf8proc; the only tables
 * written here are ASCII fast paths and the block ranges of utf8_iscjk,
 * which utf8proc (having no Script property) cannot give.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "swar.h"
#include "utf8.h"


int
utf8_decode(const char *s, size_t n, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t c;
	int len, i;

	if (n == 0)
		return -1;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] < 0xC2)	/* a continuation byte, or overlong C0 C1 */
		return -1;
	if (u[0] < 0xE0) {
		len = 2;
		c = u[0] & 0x1F;
	} else if (u[0] < 0xF0) {
		len = 3;
		c = u[0] & 0x0F;
	} else if (u[0] < 0xF5) {
		len = 4;
		c = u[0] & 0x07;
	} else
		return -1;
	if ((size_t)len > n)
		return -1;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* Overlong 3- and 4-byte forms, surrogates, beyond U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return -1;
	*cp = c;
	return len;
}

/* Word-at-a-time test: does v hold a byte with the high bit, or a zero? */
static inline int
word_clean(uint64_t v)
{
	return !(v & SWAR_HIGHS) && !swar_below(v, 1);
}

size_t
utf8_validate(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t a, b;
	int32_t cp;
	int len, k;

	while (i < n) {
		/* Sixteen ASCII bytes per round while the text allows. */
		while (i + 16 <= n) {
			memcpy(&a, s + i, 8);
			memcpy(&b, s + i + 8, 8);
			if (!word_clean(a) || !word_clean(b))
				break;
			i += 16;
		}
		if (i + 8 <= n) {
			memcpy(&a, s + i, 8);
			if (word_clean(a)) {
				i += 8;
				continue;
			}
		}
		/* Slow path: a few characters, then back to the fast one. */
		for (k = 0; k < 16 && i < n; k++) {
			unsigned char c = (unsigned char)s[i];

			if (c == 0)
				return i;
			if (c < 0x80) {
				i++;
				continue;
			}
			/* Three bytes led by E1..EC or EE..EF (Han, kana,
			 * most of the BMP): any two continuation bytes make
			 * a character, no overlong form or surrogate. */
			if (c >= 0xE1 && c != 0xED && i + 2 < n &&
			    c <= 0xEF && ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
			    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
				i += 3;
				continue;
			}
			if ((len = utf8_decode(s + i, n - i, &cp)) < 0)
				return i;
			i += (size_t)len;
		}
	}
	return n;
}

int
utf8_encode(int32_t cp, char *out)
{
	unsigned char *u = (unsigned char *)out;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	u[0] = (unsigned char)(0xF0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	u[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* utf8proc asserts nothing about bad code points; keep them out. */
static inline int
category(int32_t cp)
{
	if (cp < 0 || cp > 0x10FFFF)
		return UTF8PROC_CATEGORY_CN;
	return utf8proc_category(cp);
}

int
utf8_isalpha(int32_t cp)
{
	int c;

	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	c = category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int
utf8_ismark(int32_t cp)
{
	int c;

	if (cp < 0x80)
		return 0;
	c = category(cp);
	return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

int
utf8_isdigit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return category(cp) == UTF8PROC_CATEGORY_ND;
}

int
utf8_isupper(int32_t cp)
{
	int c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	c = category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int
utf8_islower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return category(cp) == UTF8PROC_CATEGORY_LL;
}

/* White_Space is exactly Zs, Zl, Zp plus TAB..CR and NEL. */
int
utf8_isspace(int32_t cp)
{
	int c;

	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	if (cp == 0x85)
		return 1;
	c = category(cp);
	return c >= UTF8PROC_CATEGORY_ZS && c <= UTF8PROC_CATEGORY_ZP;
}

int
utf8_ispunct(int32_t cp)
{
	int c = category(cp);

	return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

int
utf8_issym(int32_t cp)
{
	int c = category(cp);

	return c >= UTF8PROC_CATEGORY_SM && c <= UTF8PROC_CATEGORY_SO;
}

/*
 * Blocks whose letters are tokens of their own.  utf8proc has no Script
 * property, so these are the Unicode 15.1 block bounds (Blocks.txt); the
 * category test below drops their punctuation (・ ゠) and unassigned
 * code points.
 */
static const struct { int32_t lo, hi; } cjk_blocks[] = {
	{ 0x3005, 0x3007 },	/* 々 〆 〇 */
	{ 0x3021, 0x3029 },	/* Hangzhou numerals */
	{ 0x3038, 0x303B },
	{ 0x3040, 0x309F },	/* Hiragana */
	{ 0x30A0, 0x30FF },	/* Katakana */
	{ 0x31F0, 0x31FF },	/* Katakana Phonetic Extensions */
	{ 0x3400, 0x4DBF },	/* CJK Unified Ideographs Extension A */
	{ 0x4E00, 0x9FFF },	/* CJK Unified Ideographs */
	{ 0xF900, 0xFAFF },	/* CJK Compatibility Ideographs */
	{ 0xFF66, 0xFF9F },	/* Halfwidth Katakana */
	{ 0x1B000, 0x1B16F },	/* Kana Supplement, Extended-A, Small Kana */
	{ 0x20000, 0x2FA1F },	/* Ext. B-F, I, Compatibility Supplement */
	{ 0x30000, 0x323AF }	/* Extensions G, H */
};

int
utf8_has_cjk(const char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;
	int l;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {	/* no CJK in ASCII */
			i++;
			continue;
		}
		if ((l = utf8_decode(s + i, n - i, &cp)) < 1)
			l = 1, cp = 0;
		if (utf8_iscjk(cp))
			return 1;
		i += (size_t)l;
	}
	return 0;
}

int
utf8_iscjk(int32_t cp)
{
	size_t i;
	int c;

	if (cp < 0x3005)
		return 0;
	for (i = 0; i < sizeof(cjk_blocks) / sizeof(cjk_blocks[0]); i++) {
		if (cp < cjk_blocks[i].lo)
			return 0;
		if (cp <= cjk_blocks[i].hi) {
			c = category(cp);
			return (c >= UTF8PROC_CATEGORY_LU &&
			    c <= UTF8PROC_CATEGORY_LO) ||
			    c == UTF8PROC_CATEGORY_NL;
		}
	}
	return 0;
}

int
utf8_width(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 0x20 && cp < 0x7F;
	if (cp > 0x10FFFF)
		return 0;
	return utf8proc_charwidth(cp);
}

void
utf8_lossy(const char *s, size_t n, struct str *out)
{
	size_t i = 0, bad;

	while ((bad = i + utf8_validate(s + i, n - i)) < n) {
		str_add(out, s + i, bad - i);
		str_add(out, "\xEF\xBF\xBD", 3);
		i = bad + 1;
	}
	str_add(out, s + i, n - i);
}

size_t
utf8_cluster(const char *s, size_t n)
{
	utf8proc_int32_t state = 0;
	int32_t c1, c2;
	size_t i;
	int l;

	if ((unsigned char)s[0] < 0x80 && s[0] != '\r' &&
	    (n == 1 || (unsigned char)s[1] < 0x80))
		return 1;	/* ASCII before ASCII: always a break */
	if ((l = utf8_decode(s, n, &c1)) < 1)
		return 1;
	for (i = (size_t)l; i < n; i += (size_t)l, c1 = c2)
		if ((l = utf8_decode(s + i, n - i, &c2)) < 1 ||
		    utf8proc_grapheme_break_stateful(c1, c2, &state))
			break;
	return i;
}

/*
 * NFC and folding work on spans: every ASCII character is a starter that
 * never composes with what precedes it, so text splits at ASCII bytes into
 * independent pieces.  Only a run of non-ASCII bytes, with the one ASCII
 * character before it (a base that may take combining marks), goes
 * through utf8proc; the rest is copied (or folded) byte for byte.
 */
static int
map_span(const char *s, size_t n, int flags, struct str *out)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t r;
	int changed;

	r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
	    &dst, (utf8proc_option_t)flags);
	if (r < 0) {
		/* Invalid UTF-8: keep the bytes as they are. */
		free(dst);
		str_add(out, s, n);
		return 0;
	}
	changed = (size_t)r != n || memcmp(dst, s, n) != 0;
	str_add(out, (const char *)dst, (size_t)r);
	free(dst);
	return changed;
}

/* Index of the first byte >= 0x80 in s[i..n), or n. */
static size_t
next_high(const char *s, size_t i, size_t n)
{
	uint64_t v;

	for (; i + 8 <= n; i += 8) {
		memcpy(&v, s + i, 8);
		if (v & SWAR_HIGHS)
			break;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return i;
	return n;
}

static void
add_folded_ascii(struct str *out, const char *s, size_t n)
{
	size_t i;
	char *d;

	str_grow(out, n);
	d = out->s + out->n;
	for (i = 0; i < n; i++) {
		char c = s[i];

		d[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
	}
	out->n += n;
	out->s[out->n] = '\0';
}

/*
 * s[0..n) is three-byte characters NFC leaves alone whatever surrounds
 * them: CJK ideographs U+4E00..U+9FFF, CJK punctuation U+3001..U+3029
 * (U+302A.. are combining marks), fullwidth forms U+FF01..U+FF5E, and
 * U+2010..U+2027 (dashes, quotes, "…"): none decomposes canonically,
 * none has a combining class or composes with a neighbour (UnicodeData,
 * Decomposition_Mapping and Canonical_Combining_Class).  Chinese text
 * is almost all these, and utf8proc would copy them the slow way.  With
 * fold, the fullwidth capitals U+FF21..U+FF3A are left to utf8proc (they
 * fold to U+FF41..); nothing else here has a case folding.
 */
static int
nfc_stable_cjk(const char *s, size_t n, int fold)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;
	int32_t cp;

	if (n % 3 != 0)
		return 0;
	for (i = 0; i < n; i += 3) {
		if ((u[i] & 0xF0) != 0xE0 || (u[i + 1] & 0xC0) != 0x80 ||
		    (u[i + 2] & 0xC0) != 0x80)
			return 0;
		cp = (u[i] & 0x0F) << 12 | (u[i + 1] & 0x3F) << 6 |
		    (u[i + 2] & 0x3F);
		if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3001 &&
		    cp <= 0x3029) || (cp >= 0xFF01 && cp <= 0xFF5E) ||
		    (cp >= 0x2010 && cp <= 0x2027)) ||
		    (fold && cp >= 0xFF21 && cp <= 0xFF3A))
			return 0;
	}
	return 1;
}

int
utf8_han_only(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	if (n == 0 || n % 3 != 0)
		return 0;
	/* U+4E00 is E4 B8 80, U+9FFF E9 BF BF. */
	for (i = 0; i < n; i += 3)
		if (u[i] < 0xE4 || u[i] > 0xE9 || (u[i + 1] & 0xC0) != 0x80 ||
		    (u[i + 2] & 0xC0) != 0x80 || (u[i] == 0xE4 &&
		    u[i + 1] < 0xB8))
			return 0;
	return 1;
}

int
utf8_nfc_stable(const char *s, size_t n)
{
	size_t done = 0, i, j;

	while ((i = next_high(s, done, n)) < n) {
		for (j = i; j < n && (unsigned char)s[j] >= 0x80; j++)
			;
		if (!nfc_stable_cjk(s + i, j - i, 0))
			return 0;
		done = j;
	}
	return 1;
}

/* Shared walk of utf8_nfc and utf8_fold. */
static int
map_text(const char *s, size_t n, int fold, struct str *out)
{
	int flags = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	size_t done = 0, i, start, j;
	int changed = 0;

	if (fold)
		flags |= UTF8PROC_CASEFOLD;
	while ((i = next_high(s, done, n)) < n) {
		start = i > done ? i - 1 : i;
		j = i;
		while (j < n && (unsigned char)s[j] >= 0x80)
			j++;
		if (fold)
			add_folded_ascii(out, s + done, start - done);
		else
			str_add(out, s + done, start - done);
		if (nfc_stable_cjk(s + i, j - i, fold)) {
			if (fold)
				add_folded_ascii(out, s + start, i - start);
			else
				str_add(out, s + start, i - start);
			str_add(out, s + i, j - i);
		} else
			changed |= map_span(s + start, j - start, flags, out);
		done = j;
	}
	if (fold)
		add_folded_ascii(out, s + done, n - done);
	else
		str_add(out, s + done, n - done);
	return changed;
}

int
utf8_nfc(const char *s, size_t n, struct str *out)
{
	return map_text(s, n, 0, out);
}

void
utf8_fold(const char *s, size_t n, struct str *out)
{
	map_text(s, n, 1, out);
}

int32_t
utf8_tolower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	return utf8proc_tolower(cp);
}

int32_t
utf8_toupper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
	return utf8proc_toupper(cp);
}

/* The letters of U+FB00 + i, from Unicode's compatibility decompositions
 * (U+FB05, long s t, decomposes to U+017F t; read as "st" it is). */
static const char *const ligatures[] = {
	"ff", "fi", "fl", "ffi", "ffl", "st", "st"
};

size_t
utf8_unligate(const char *s, size_t n, struct str *out, utf8_spans *spans)
{
	size_t i = 0, run = 0, nlig = 0;

	str_grow(out, n);	/* out->s is a string even for n == 0 */
	/* U+FB00..U+FB06 is EF AC 80..86 in UTF-8. */
	while (i + 3 <= n) {
		const char *p = memchr(s + i, 0xEF, n - 2 - i);
		unsigned char b;
		const char *l;
		size_t k;

		if (p == NULL)
			break;
		k = (size_t)(p - s);
		b = (unsigned char)p[2];
		if ((unsigned char)p[1] != 0xAC || b < 0x80 || b > 0x86) {
			i = k + 1;
			continue;
		}
		str_add(out, s + run, k - run);
		l = ligatures[b - 0x80];
		if (spans) {
			struct utf8_span sp = { k, 3, out->n, strlen(l) };

			VEC_PUSH(*spans, sp);
		}
		str_add(out, l, strlen(l));
		nlig++;
		i = run = k + 3;
	}
	if (run < n)
		str_add(out, s + run, n - run);
	return nlig;
}
