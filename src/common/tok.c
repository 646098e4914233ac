/*
 * tok.c: the one tokenizer every tool shares (rules in tok.h).
 *
 * ASCII bytes are classified through a 256-entry table; utf8proc is asked
 * only about non-ASCII characters.  A word is scanned in a tight loop over
 * the table, and the rarer cases (hyphens, apostrophes, periods inside a
 * word, URLs, e-mail addresses) are decided where the loop stops.
 *
 * Decisions worth knowing:
 *  - a period between word characters stays inside the word ("Node.js",
 *    "Ph.D", "v1.2") unless it looks like a missing space: the left side
 *    (two characters or more) ends in a lower-case letter or a digit and
 *    the right side is a capitalized word ("world.Today"), or the left
 *    side ends in a letter and the right one is a number (a footnote,
 *    "security.3"); then the period is a token of its own;
 *  - a bare host name is a URL only when its last label is in tlds[]
 *    below ("example.com", "un.org", "gov.cn") and is written in lower
 *    case, so "end.It" is prose; two-letter country codes that are
 *    English words (in, it, is, no, to, me, us...) are left out;
 *  - format characters (soft hyphen, ZWJ, BOM) and control characters
 *    are skipped outside words and kept inside them; U+200B counts as a
 *    space;
 *  - runs of the same ASCII punctuation are one token, except brackets
 *    and quotes, which are always single; "…", "—" and "―" runs are one
 *    token too (Chinese writes "……" and "——").
 */
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "tok.h"
#include "utf8.h"
#include "zhseg.h"

/* Character classes.  ASCII gets them from ascii[], the rest from uclass(). */
enum {
	C_SPACE = 0x001,
	C_UPPER = 0x002,
	C_LOWER = 0x004,
	C_DIGIT = 0x008,
	C_UNDER = 0x010,	/* connector punctuation: _ */
	C_PUNCT = 0x020,
	C_SYM	= 0x040,
	C_CTRL	= 0x080,	/* skipped: controls and format characters */
	C_OTHL	= 0x100,	/* letter without case */
	C_MARK	= 0x200,
	C_CJK	= 0x400,
	C_ZWSP	= 0x800,	/* zero width space: a space, but C_CTRL too */
	C_STOP	= 0x1000,	/* may continue a word: . - ' @ : + % & */
	C_HIGH	= 0x2000	/* any byte >= 0x80 */
};
#define C_LETTER	(C_UPPER | C_LOWER | C_OTHL)
#define RSQUO		"\xE2\x80\x99"	/* U+2019 */
#define C_ALNUM		(C_LETTER | C_DIGIT)
#define C_WORD		(C_ALNUM | C_UNDER | C_MARK)

#define H_	C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, \
	C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH
#define T_	(C_PUNCT | C_STOP)
#define S_	C_SPACE
#define U_	C_UPPER
#define L_	C_LOWER
#define D_	C_DIGIT
#define P_	C_PUNCT
#define Y_	C_SYM
#define X_	C_CTRL
static const unsigned short ascii[256] = {
	X_, X_, X_, X_, X_, X_, X_, X_, X_, S_, S_, S_, S_, S_, X_, X_,
	X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_, X_,
	/*  !   "   #   $   %   &   '   (   )   *   +   ,   -   .   / */
	S_, P_, P_, P_, Y_, T_, T_, T_, P_, P_, P_, C_SYM | C_STOP, P_,
	T_, T_, P_,
	D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, T_, P_, Y_, Y_, Y_, P_,
	/*  @   A ...                                                   */
	T_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
	/*  P ...                               Z   [   \   ]   ^   _   */
	U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, P_, P_, P_, Y_, C_UNDER,
	/*  `   a ...                                                   */
	Y_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
	/*  p ...                               z   {   |   }   ~  DEL  */
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, P_, Y_, P_, Y_, X_,
	/* 0x80..0xFF: look the character up */
	H_, H_, H_, H_, H_, H_, H_, H_
};
#undef S_
#undef U_
#undef L_
#undef D_
#undef P_
#undef Y_
#undef X_
#undef H_
#undef T_

/* Added to a token type while scanning: a dotted abbreviation. */
#define T_DOTTED	0x80

/* Word runs go eight bytes at a time where the compiler tells the byte
 * order; -DTOK_NO_SWAR keeps the plain loop (the tests compare both). */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(TOK_NO_SWAR)
#define SWAR	1
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL
#define LOW7	0x7F7F7F7F7F7F7F7FULL

/*
 * Eight bytes at a time: the end of a run of ASCII letters, digits and '_'
 * from p, with C_UPPER and C_LOWER of its letters added to *m.  Each byte
 * test below keeps its sums under 0x100, so no carry crosses bytes; bit 7
 * of each byte holds the answer for that byte.
 */
static inline size_t
ascii_run(const char *s, size_t n, size_t p, unsigned *m)
{
	uint64_t x, t, l, v, letter, digit, under, stop, below, up;

	while (p + 8 <= n) {
		memcpy(&x, s + p, 8);
		t = x & LOW7;
		l = t | 0x20 * ONES;
		letter = (l + (0x80 - 'a') * ONES) & ~(l + (0x7F - 'z') * ONES);
		digit = (t + (0x80 - '0') * ONES) & ~(t + (0x7F - '9') * ONES);
		v = t ^ ('_' * ONES);
		under = ~((v + LOW7) | v);
		stop = ~(letter | digit | under) | x;
		stop &= HIGHS;
		below = stop ? (stop & (~stop + 1)) - 1 : ~0ULL;
		letter &= below & HIGHS;
		up = letter & ~(x << 2);	/* bit 5 clear: upper case */
		if (up)
			*m |= C_UPPER;
		if (letter & ~up)
			*m |= C_LOWER;
		if (stop)
			return p + ((unsigned)__builtin_ctzll(stop) >> 3);
		p += 8;
	}
	while (p < n && (ascii[(unsigned char)s[p]] & C_WORD))
		*m |= ascii[(unsigned char)s[p++]];
	return p;
}
#endif

/* The class of a non-ASCII code point. */
static int
uclass(int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return utf8_iscjk(cp) ? C_CJK : C_OTHL;
	case UTF8PROC_CATEGORY_NL:
		return utf8_iscjk(cp) ? C_CJK : C_SYM;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_MARK;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_PC:
		return C_UNDER;
	case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS:
	case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI:
	case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO:
		return C_PUNCT;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return C_SPACE;
	case UTF8PROC_CATEGORY_CC:
		return cp == 0x85 ? C_SPACE : C_CTRL;
	case UTF8PROC_CATEGORY_CF:
		return cp == 0x200B ? C_ZWSP | C_CTRL : C_CTRL;
	default:		/* S*, No, unassigned, private use */
		return C_SYM;
	}
}

/* The class of the character at s[p] (p < n); *len gets its length.  A
 * byte that is not valid UTF-8 is a symbol of length 1. */
static inline int
class_at(const char *s, size_t n, size_t p, int32_t *cp, int *len)
{
	unsigned char b = (unsigned char)s[p];
	int l;

	if (b < 0x80) {
		*cp = b;
		*len = 1;
		return ascii[b];
	}
	if ((l = utf8_decode(s + p, n - p, cp)) < 0) {
		*cp = -1;
		*len = 1;
		return C_SYM;
	}
	*len = l;
	return uclass(*cp);
}

/* The class at p, 0 past the end. */
static inline int
class_of(const char *s, size_t n, size_t p)
{
	int32_t cp;
	int len;

	if (p >= n)
		return 0;
	if ((unsigned char)s[p] < 0x80)
		return ascii[(unsigned char)s[p]];
	return class_at(s, n, p, &cp, &len);
}

/* The class of the character that ends at p (p > lo). */
static int
class_before(const char *s, size_t n, size_t lo, size_t p)
{
	size_t q = p - 1;

	if ((unsigned char)s[q] < 0x80)
		return ascii[(unsigned char)s[q]];
	while (q > lo && q + 4 > p && ((unsigned char)s[q] & 0xC0) == 0x80)
		q--;
	return class_of(s, n, q);
}

/* A word character that may continue a word (CJK starts its own token). */
static inline int
wordch(int c)
{
	return (c & C_WORD) && !(c & C_CJK);
}

/*
 * URLs and e-mail addresses.
 */

/* Top-level domains that make a bare host name a URL; see the top. */
static const char *const tlds[] = {
	"aero", "ai", "app", "arpa", "asia", "au", "biz", "br", "ca", "cc",
	"ch", "cn", "com", "coop", "de", "dev", "edu", "eu", "fr", "gov",
	"hk", "info", "int", "io", "jobs", "jp", "kr", "mil", "mo", "mobi",
	"museum", "name", "net", "nl", "org", "pro", "ru", "se", "sg", "tv",
	"tw", "uk", "ws"
};

static int
known_tld(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(tlds) / sizeof(tlds[0]); i++)
		if (strlen(tlds[i]) == n && memcmp(tlds[i], s, n) == 0)
			return 1;
	return 0;
}

static inline int
is_alnum_byte(const char *s, size_t n, size_t p)
{
	return p < n && (ascii[(unsigned char)s[p]] & (C_UPPER | C_LOWER |
	    C_DIGIT));
}

/*
 * A host name at s[p]: labels of ASCII letters, digits and hyphens joined
 * by single periods.  Returns its end (p when there is none), the number
 * of labels and where the last one starts.
 */
static size_t
scan_host(const char *s, size_t n, size_t p, int *nlabels, size_t *last)
{
	size_t q = p, end = p;

	*nlabels = 0;
	*last = p;
	while (is_alnum_byte(s, n, q)) {
		*last = q;
		while (q < n && (is_alnum_byte(s, n, q) || s[q] == '-'))
			q++;
		end = q;
		(*nlabels)++;
		if (q + 1 < n && s[q] == '.' && is_alnum_byte(s, n, q + 1))
			q++;
		else
			break;
	}
	return end;
}

/* Characters a URL may hold after its host; non-ASCII letters too. */
static int
urlbyte(unsigned char b)
{
	if (b >= 0x80)
		return 0;
	if (ascii[b] & (C_UPPER | C_LOWER | C_DIGIT | C_UNDER))
		return 1;
	return strchr("-.~:/?#[]@!$&'()*+,;=%", b) != NULL && b != '\0';
}

/* The rest of a URL from p (just after the host or the "//"); trailing
 * sentence punctuation and unbalanced closing brackets are left out. */
static size_t
url_tail(const char *s, size_t n, size_t start, size_t p)
{
	int32_t cp;
	int len, c, paren = 0, brack = 0;
	size_t q;

	while (p < n) {
		if (urlbyte((unsigned char)s[p])) {
			p++;
			continue;
		}
		if ((unsigned char)s[p] < 0x80)
			break;
		c = class_at(s, n, p, &cp, &len);
		if (!(c & (C_LETTER | C_DIGIT | C_MARK)))
			break;
		p += (size_t)len;
	}
	for (q = start; q < p; q++) {
		if (s[q] == '(')
			paren++;
		else if (s[q] == ')')
			paren--;
		else if (s[q] == '[')
			brack++;
		else if (s[q] == ']')
			brack--;
	}
	while (p > start) {
		char b = s[p - 1];

		if (b != '\0' && strchr(".,;:!?'*", b) != NULL)
			p--;
		else if (b == ')' && paren < 0) {
			paren++;
			p--;
		} else if (b == ']' && brack < 0) {
			brack++;
			p--;
		} else
			break;
	}
	return p;
}

/* After a host: an optional :port, then a path, query or fragment. */
static size_t
after_host(const char *s, size_t n, size_t start, size_t h)
{
	size_t q = h;

	if (q + 1 < n && s[q] == ':' && (ascii[(unsigned char)s[q + 1]] &
	    C_DIGIT)) {
		q++;
		while (q < n && (ascii[(unsigned char)s[q]] & C_DIGIT))
			q++;
		h = q;
	}
	if (h < n && (s[h] == '/' || s[h] == '?' || s[h] == '#'))
		return url_tail(s, n, start, h);
	return h;
}

static int
is_local_byte(unsigned char b)
{
	return (ascii[b] & (C_UPPER | C_LOWER | C_DIGIT | C_UNDER)) ||
	    b == '.' || b == '%' || b == '+' || b == '-';
}

/* An e-mail domain at p: two labels or more, the last of letters. */
static size_t
email_domain(const char *s, size_t n, size_t p)
{
	size_t h, last, q;
	int nl;

	h = scan_host(s, n, p, &nl, &last);
	if (nl < 2 || h - last < 2)
		return 0;
	for (q = last; q < h; q++)
		if (!(ascii[(unsigned char)s[q]] & (C_UPPER | C_LOWER)))
			return 0;
	return h;
}

/*
 * A URL or an e-mail address starting at s[p]: sets *type and returns its
 * end, or returns 0.
 */
static size_t
scan_special(const char *s, size_t n, size_t p, int *type)
{
	size_t q, h, last;
	int nl;

	/* scheme://... and mailto: */
	for (q = p; q < n && q - p < 16 && ((ascii[(unsigned char)s[q]] &
	    (C_UPPER | C_LOWER | C_DIGIT)) || s[q] == '+' || s[q] == '-' ||
	    s[q] == '.'); q++)
		;
	if (q < n && s[q] == ':' && (ascii[(unsigned char)s[p]] &
	    (C_UPPER | C_LOWER))) {
		if (q + 2 < n && s[q + 1] == '/' && s[q + 2] == '/' &&
		    q + 3 < n && urlbyte((unsigned char)s[q + 3])) {
			*type = TOK_URL;
			return url_tail(s, n, p, q + 3);
		}
		if (q - p == 6 && strncasecmp(s + p, "mailto", 6) == 0) {
			h = q + 1;
			while (h < n && is_local_byte((unsigned char)s[h]))
				h++;
			if (h > q + 1 && h < n && s[h] == '@' &&
			    (last = email_domain(s, n, h + 1)) != 0) {
				*type = TOK_URL;
				return url_tail(s, n, p, last);
			}
		}
	}
	/* local@domain.tld */
	for (q = p; q < n && is_local_byte((unsigned char)s[q]); q++)
		;
	if (q < n && s[q] == '@' && s[q - 1] != '.' &&
	    (h = email_domain(s, n, q + 1)) != 0) {
		*type = TOK_EMAIL;
		return h;
	}
	/* www.host and host.tld */
	h = scan_host(s, n, p, &nl, &last);
	if (nl < 2 || (h < n && (wordch(class_of(s, n, h)) || s[h] == '@')))
		return 0;
	if ((h - p > 4 && strncasecmp(s + p, "www.", 4) == 0) ||
	    known_tld(s + last, h - last)) {
		*type = TOK_URL;
		return after_host(s, n, p, h);
	}
	return 0;
}

/*
 * Words.
 */

/* "U.S.", "e.g.", "U.S.A": two single letters or more, each followed by a
 * period (the last one may lack it).  Returns the end, or 0. */
static size_t
scan_dotted(const char *s, size_t n, size_t p)
{
	size_t end = 0, r;
	int count = 0, c, len;
	int32_t cp;

	while (p < n) {
		c = class_at(s, n, p, &cp, &len);
		if (!(c & C_LETTER))
			break;
		r = p + (size_t)len;
		if (r < n && s[r] == '.') {
			count++;
			end = p = r + 1;
			continue;
		}
		if (!wordch(class_of(s, n, r))) {
			count++;
			end = r;
		}
		break;
	}
	return count >= 2 ? end : 0;
}

/* "countries’ rights", "States' permission": an apostrophe (alen bytes
 * at p) after an s, then a space and a word, is a plural possessive and
 * belongs to the word. */
static int
plural_possessive(const char *s, size_t n, size_t p, size_t alen)
{
	size_t q = p + alen;

	size_t k, lo = p > 300 ? p - 300 : 0;

	if (!(p >= 2 && (s[p - 1] == 's' || s[p - 1] == 'S') &&
	    (ascii[(unsigned char)s[p - 2]] & C_LETTER) && q + 1 < n &&
	    s[q] == ' ' && (class_of(s, n, q + 1) & C_LETTER)))
		return 0;
	/* Not when it closes a quotation: 'Two Centenaries' goal. */
	for (k = p; k-- > lo;) {
		int open = alen == 1 ? s[k] == '\'' : (k + 3 <= p &&
		    memcmp(s + k, "\xe2\x80\x98", 3) == 0);

		if (open && (k == 0 || s[k - 1] == ' ' || s[k - 1] == '(') &&
		    k + 1 < p && !(s[k + (alen == 1 ? 1 : 3)] == ' '))
			return 0;
	}
	return 1;
}

/* A capitalized word at p: an upper-case letter, then a lower-case one. */
static int
capitalized_at(const char *s, size_t n, size_t p)
{
	int32_t cp;
	int len;

	if (p >= n || !(class_at(s, n, p, &cp, &len) & C_UPPER))
		return 0;
	return class_of(s, n, p + (size_t)len) & C_LOWER;
}

/*
 * The end of a word that starts at start; scanning resumes at p (a
 * number may have turned into a word).  *type may become URL or EMAIL.
 */
static size_t
scan_word(const struct tokenizer *t, size_t start, size_t p, int *type)
{
	const char *s = t->s;
	size_t n = t->n, e;
	int tried = 0, c, len;
	int32_t cp;

	for (;;) {
		while (p < n && (ascii[(unsigned char)s[p]] & C_WORD))
			p++;
		if (p >= n)
			break;
		if ((unsigned char)s[p] >= 0x80) {
			c = class_at(s, n, p, &cp, &len);
			if (wordch(c)) {
				p += (size_t)len;
				continue;
			}
			if (cp == 0x2019 && (class_before(s, n, start, p) &
			    C_ALNUM) && (class_of(s, n, p + 3) & C_LETTER)) {
				p += 3;
				continue;
			}
			/* A byte that is not UTF-8 (--lossy: U+FFFD in the
			 * stream) between letters: a byte of a legacy code
			 * page ("moment\x92s", "caf\xe9s" of cp1252 or
			 * Latin-1), a letter or an apostrophe there, since
			 * the separators of those code pages (space,
			 * punctuation) are ASCII and read as such.  (A dash,
			 * 0x96 or 0x97, set without spaces joins two words:
			 * the cost.) */
			if ((cp == 0xFFFD || cp == -1) &&
			    (class_before(s, n, start, p) & C_LETTER) &&
			    (class_of(s, n, p + (size_t)len) & C_LETTER)) {
				p += (size_t)len;
				continue;
			}
			if (cp == 0x2019 && plural_possessive(s, n, p, 3)) {
				p += 3;
				break;
			}
			if ((cp == 0x2010 || cp == 0x2011) &&
			    !(t->opts & TOK_SPLIT_HYPHENS) &&
			    wordch(class_of(s, n, p + 3))) {
				p += 3;
				continue;
			}
			if ((c & C_CTRL) && !(c & C_ZWSP) &&
			    wordch(class_of(s, n, p + (size_t)len))) {
				p += (size_t)len;
				continue;
			}
			break;
		}
		switch (s[p]) {
		case '\'':
			if ((class_before(s, n, start, p) & C_ALNUM) &&
			    (class_of(s, n, p + 1) & C_LETTER)) {
				p++;
				continue;
			}
			if (plural_possessive(s, n, p, 1))
				return p + 1;
			break;
		case '&':
			/* R&D, AT&T, M&A: capitals on both sides. */
			if (p > start && s[p - 1] >= 'A' && s[p - 1] <= 'Z' &&
			    p + 1 < n && s[p + 1] >= 'A' && s[p + 1] <= 'Z') {
				p++;
				continue;
			}
			break;
		case '-':
			if (!wordch(class_of(s, n, p + 1)))
				break;
			if (!tried && is_alnum_byte(s, n, p + 1)) {
				tried = 1;
				if ((e = scan_special(s, n, start, type)) != 0)
					return e;
			}
			if (t->opts & TOK_SPLIT_HYPHENS)
				break;
			p++;
			continue;
		case '.':
			if (!wordch(class_of(s, n, p + 1)))
				break;
			if (!tried && is_alnum_byte(s, n, p + 1)) {
				tried = 1;
				if ((e = scan_special(s, n, start, type)) != 0)
					return e;
			}
			/* One letter so far: an abbreviation like "U.S."? */
			if ((class_at(s, n, start, &cp, &len) & C_LETTER) &&
			    p == start + (size_t)len &&
			    (e = scan_dotted(s, n, start)) != 0) {
				*type |= T_DOTTED;
				return e;
			}
			/* "world.Today", "security.3": a missing space. */
			c = p - start >= 2 ? class_before(s, n, start, p) : 0;
			if ((c & (C_LOWER | C_DIGIT)) &&
			    capitalized_at(s, n, p + 1))
				break;
			if ((c & C_LETTER) && (class_of(s, n, p + 1) & C_DIGIT))
				break;
			p++;
			continue;
		case '@':
		case ':':
		case '+':
		case '%':
			if (!tried && p + 1 < n && (is_alnum_byte(s, n, p + 1) ||
			    s[p + 1] == '/')) {
				tried = 1;
				if ((e = scan_special(s, n, start, type)) != 0)
					return e;
			}
			break;
		}
		break;
	}
	return p;
}

/* The end of a number at start, or of the word or URL it turns into. */
static size_t
scan_number(const struct tokenizer *t, size_t start, int *type)
{
	const char *s = t->s;
	size_t n = t->n, p = start, e;
	int c, len, word = 0;
	int32_t cp;

	for (;;) {
		while (p < n && (ascii[(unsigned char)s[p]] & C_DIGIT))
			p++;
		if (p < n && (unsigned char)s[p] >= 0x80 &&
		    (class_at(s, n, p, &cp, &len) & C_DIGIT)) {
			p += (size_t)len;
			continue;
		}
		/* A comma groups thousands: three digits follow it ("1,000"
		 * but "[1,2]" is two numbers). */
		if (p + 1 < n && s[p] == ',') {
			size_t k = p + 1;

			while (k < n && k - p <= 4 &&
			    (ascii[(unsigned char)s[k]] & C_DIGIT))
				k++;
			if (k - p - 1 != 3 || (k < n &&
			    (class_of(s, n, k) & C_DIGIT)))
				break;
			p++;
			continue;
		}
		if (p + 1 < n && s[p] != '\0' && strchr(".:/-", s[p]) &&
		    (class_of(s, n, p + 1) & C_DIGIT)) {
			p++;
			continue;
		}
		break;
	}
	if (p >= n)
		return p;
	/* 5th, 3D, 10-year, 1990's: a word. */
	c = class_of(s, n, p);
	if (wordch(c))
		word = 1;
	else if (s[p] == '-')
		word = !(t->opts & TOK_SPLIT_HYPHENS) &&
		    wordch(class_of(s, n, p + 1));
	else if (s[p] == '\'')
		word = class_of(s, n, p + 1) & C_LETTER;
	else if (p + 3 < n && memcmp(s + p, RSQUO, 3) == 0)
		word = class_of(s, n, p + 3) & C_LETTER;
	if (word) {
		*type = TOK_WORD;
		return scan_word(t, start, p, type);
	}
	if ((s[p] == '.' || s[p] == '@' || s[p] == '-') &&
	    is_alnum_byte(s, n, p + 1) &&
	    (e = scan_special(s, n, start, type)) != 0)
		return e;
	return p;
}

/* Case flags of a word: the first letter's case, and all capitals. */
static int
case_flags(const char *s, size_t p, size_t e)
{
	int f = -1, all = 0, c, len;
	int32_t cp;

	while (p < e) {
		if ((unsigned char)s[p] < 0x80)
			c = ascii[(unsigned char)s[p++]];
		else {
			c = class_at(s, e, p, &cp, &len);
			p += (size_t)len;
		}
		if (c & C_LETTER) {
			if (f < 0)
				f = c & C_UPPER ? TF_UPPER : c & C_LOWER ?
				    TF_LOWER : 0;
			all |= c;
		}
	}
	if (f < 0)
		return 0;
	if ((all & C_UPPER) && !(all & C_LOWER))
		f |= TF_ALLCAPS;
	return f;
}

/* Punctuation that stays single even when repeated. */
static int
single_punct(unsigned char b)
{
	return b == '(' || b == ')' || b == '[' || b == ']' || b == '{' ||
	    b == '}' || b == '"' || b == '\'';
}

void
tok_init(struct tokenizer *t, const char *s, size_t n, unsigned opts)
{
	t->s = s;
	t->n = n;
	t->pos = 0;
	t->opts = opts;
	t->zh_i = t->zh_n = 0;
}

/*
 * The words of the Han run at p (its first character cp, len bytes):
 * cut by the model, kept in t->zh_end; returns the end of the first, or
 * 0 when the run is not cut (--zh=char, one character, no dictionary).
 */
static size_t
zh_run(struct tokenizer *t, size_t p, int32_t cp, int len)
{
	const struct zh_model *m;
	const char *s = t->s;
	size_t n = t->n, q = p + (size_t)len, k, cap = 3 * (ZH_WHOLE + 1);
	int32_t c;
	int hmm = !(t->opts & TOK_ZH_NOHMM);

	if ((t->opts & TOK_ZH_CHAR) || !zh_ishan(cp))
		return 0;
	/* Characters of zh_ishan are three bytes: E4..E9 lead bytes.  The
	 * run is looked at up to cap bytes: a longer one is cut from its
	 * head (zhseg.h), so that a line of Han characters with no
	 * punctuation is not read to its end again for each batch. */
	for (;;) {
		while (q + 3 <= n && q - p < cap &&
		    (unsigned char)s[q] >= 0xE4 && (unsigned char)s[q] <= 0xE9 &&
		    utf8_decode(s + q, n - q, &c) == 3 && zh_ishan(c))
			q += 3;
		if (q - p == (size_t)len || (m = zh_default()) == NULL)
			return 0;
		if (q - p < cap) {
			t->zh_n = (unsigned)zh_cut(m, s + p, q - p, hmm,
			    t->zh_end, t->zh_id, TOK_ZH_BATCH);
			break;
		}
		if ((t->zh_n = (unsigned)zh_cut_head(m, s + p, q - p, hmm,
		    t->zh_end, t->zh_id, TOK_ZH_BATCH)) > 0)
			break;
		cap *= 2;
	}
	for (k = 0; k < t->zh_n; k++)
		t->zh_end[k] += p;
	t->zh_i = 1;
	return t->zh_end[0];
}

int
tok_next(struct tokenizer *t, struct tok *k)
{
	const char *s = t->s;
	size_t n = t->n, p = t->pos, start, q;
	int space = p == 0, c, len, clen, type;
	int32_t cp;
	unsigned char b;

	k->zh = 0;
	/* The next word of a Han run. */
	if (t->zh_i < t->zh_n) {
		k->start = p;
		k->flags = 0;
		k->zh = t->zh_id[t->zh_i];
		p = t->zh_end[t->zh_i++];
		goto cjk;
	}
	t->zh_i = t->zh_n = 0;
	/* Skip white space; controls and format characters are invisible. */
	for (;;) {
		if (p >= n) {
			t->pos = p;
			return 0;
		}
		b = (unsigned char)s[p];
		if (b < 0x80) {
			c = ascii[b];
			len = 1;
			cp = b;
		} else
			c = class_at(s, n, p, &cp, &len);
		if (c & (C_SPACE | C_ZWSP))
			space = 1;
		else if (!(c & C_CTRL))
			break;
		p += (size_t)len;
	}
	start = p;
	clen = len;
	type = TOK_WORD;
	if (b < 0x80 && (c & C_LETTER)) {
		/* The common case: ASCII letters and digits up to a space or
		 * a punctuation mark that cannot continue a word. */
		unsigned m = (unsigned)c, c2 = 0;

#ifdef SWAR
		p = ascii_run(s, n, p + 1, &m);
		if (p < n)
			c2 = ascii[(unsigned char)s[p]];
#else
		for (p++; p < n && ((c2 = ascii[(unsigned char)s[p]]) & C_WORD);
		    p++)
			m |= c2;
#endif
		if (p >= n || !(c2 & (C_STOP | C_HIGH))) {
			k->start = start;
			k->end = p;
			k->type = TOK_WORD;
			k->flags = (uint8_t)((space ? TF_SPACE_BEFORE : 0) |
			    (c & C_UPPER ? TF_UPPER : TF_LOWER) |
			    ((m & C_UPPER) && !(m & C_LOWER) ? TF_ALLCAPS : 0));
			t->pos = p;
			return 1;
		}
		p = scan_word(t, start, p, &type);
	} else if (c & (C_LETTER | C_MARK))
		p = scan_word(t, start, p + (size_t)len, &type);
	else if (c & C_DIGIT) {
		type = TOK_NUM;
		p = scan_number(t, start, &type);
	} else if (c & C_CJK) {
		if ((q = zh_run(t, p, cp, len)) != 0) {
			k->start = start;
			k->flags = space ? TF_SPACE_BEFORE : 0;
			k->zh = t->zh_id[0];
			p = q;
			goto cjk;
		}
		type = TOK_CJK;
		p += (size_t)len;
		while (p < n && (unsigned char)s[p] >= 0x80 &&
		    (class_at(s, n, p, &cp, &len) & C_MARK))
			p += (size_t)len;
	} else if (c & C_UNDER) {
		/* "_id", "__init__" are words; "___" is punctuation. */
		for (q = p; q < n && (class_at(s, n, q, &cp, &len) & C_UNDER);
		    q += (size_t)len)
			;
		if (q < n && wordch(class_of(s, n, q)))
			p = scan_word(t, start, q, &type);
		else {
			/* One token per run of '_', as for other ASCII. */
			type = TOK_PUNCT;
			for (q = p + 1; b == '_' && q < n && s[q] == '_'; q++)
				;
			p = b == '_' ? q : start + (size_t)clen;
		}
	} else if (b < 0x80) {
		type = c & C_PUNCT ? TOK_PUNCT : TOK_SYM;
		p++;
		if (b == '!' || b == '?') {
			while (p < n && (s[p] == '!' || s[p] == '?'))
				p++;
		} else if ((c & C_PUNCT) && !single_punct(b)) {
			while (p < n && (unsigned char)s[p] == b)
				p++;
		}
	} else {
		type = c & C_PUNCT ? TOK_PUNCT : TOK_SYM;
		p += (size_t)len;
		if (cp == 0x2026 || cp == 0x2014 || cp == 0x2015) {
			while (p + (size_t)len <= n &&
			    memcmp(s + p, s + start, (size_t)len) == 0)
				p += (size_t)len;
		}
	}
	if (type == TOK_PUNCT || type == TOK_SYM) {
		/* Variation selectors and keycaps stay on their symbol. */
		while (p < n && (unsigned char)s[p] >= 0x80 &&
		    (class_at(s, n, p, &cp, &len) & C_MARK))
			p += (size_t)len;
	}
	k->start = start;
	k->end = p;
	k->flags = space ? TF_SPACE_BEFORE : 0;
	if (type & T_DOTTED) {
		k->flags |= TF_DOTTED;
		type &= ~T_DOTTED;
	}
	k->type = (uint8_t)type;
	if (type == TOK_WORD || type == TOK_URL || type == TOK_EMAIL)
		k->flags |= (uint8_t)case_flags(s, start, p);
	t->pos = p;
	return 1;
cjk:
	/* A word of a Han run; marks after the run stay on its last word,
	 * which is then no model entry's text. */
	q = p;
	if (t->zh_i >= t->zh_n)
		while (p < n && (unsigned char)s[p] >= 0x80 &&
		    (class_at(s, n, p, &cp, &len) & C_MARK))
			p += (size_t)len;
	if (p != q)
		k->zh = 0;
	k->end = p;
	k->type = TOK_CJK;
	t->pos = p;
	return 1;
}

size_t
tok_zh_ids(void)
{
	const struct zh_model *m = zh_default();

	return m != NULL ? zh_nids(m) : 0;
}

const char *
tok_typename(int type)
{
	static const char *const names[] = {
		"?", "word", "num", "punct", "sym", "url", "email", "cjk"
	};

	if (type < TOK_WORD || type > TOK_CJK)
		return "?";
	return names[type];
}
