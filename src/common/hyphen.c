/*
 * hyphen.c: the line-end hyphen judge.  The rules and their order are in
 * hyphen.h; each is a few lines here, in that order.
 */
#include <stdint.h>
#include <string.h>

#include "hyphen.h"
#include "tok.h"
#include "utf8.h"
#include "util.h"
#include "words.h"

/* The code point that ends at s[i] (i > lo), found by stepping back over
 * continuation bytes; -1 for an invalid sequence, which then counts as one
 * byte.  *at gets its start. */
static int32_t
prev_cp(const char *s, size_t lo, size_t i, size_t *at)
{
	size_t j = i - 1;
	int32_t cp;

	while (j > lo && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	if (utf8_decode(s + j, i - j, &cp) != (int)(i - j)) {
		*at = i - 1;
		return -1;
	}
	*at = j;
	return cp;
}

/* The code point at s[i] (i < n), its length in *l; -1 and 1 for an
 * invalid byte. */
static int32_t
next_cp(const char *s, size_t i, size_t n, int *l)
{
	int32_t cp;

	if ((*l = utf8_decode(s + i, n - i, &cp)) < 0) {
		*l = 1;
		return -1;
	}
	return cp;
}

static int
isword(int32_t cp)
{
	return cp >= 0 && (utf8_isalpha(cp) || utf8_ismark(cp) ||
	    utf8_isdigit(cp));
}

int
hyphen_split(const char *left, size_t ln, const char *right, size_t rn,
    struct hyphen_split *sp)
{
	size_t i, at;
	int l;

	memset(sp, 0, sizeof(*sp));
	if (ln == 0 || rn == 0)
		return 0;
	if (left[ln - 1] == '-')
		sp->hylen = 1;
	else if (ln >= 2 && memcmp(left + ln - 2, "\xc2\xad", 2) == 0)
		sp->hylen = 2;		/* U+00AD SOFT HYPHEN */
	else if (ln >= 3 && memcmp(left + ln - 3, "\xe2\x80\x90", 3) == 0)
		sp->hylen = 3;		/* U+2010 HYPHEN */
	else
		return 0;
	sp->hy = ln - sp->hylen;
	for (i = sp->hy; i > 0; i = at)
		if (!isword(prev_cp(left, 0, i, &at)))
			break;
	sp->last = i;
	for (i = 0; i < sp->hy; i += (size_t)l)
		if (isword(next_cp(left, i, sp->hy, &l)))
			break;
	sp->core = i;
	for (i = 0; i < rn; i += (size_t)l)
		if (!isword(next_cp(right, i, rn, &l)))
			break;
	sp->rlen = i;
	return sp->last < sp->hy && sp->rlen > 0;
}

int
hyphen_forms(const char *left, size_t ln, const char *right, size_t rn,
    struct str *joined, struct str *hyph)
{
	struct hyphen_split sp;

	str_clear(joined);
	str_clear(hyph);
	if (!hyphen_split(left, ln, right, rn, &sp))
		return 0;
	str_add(joined, left + sp.core, sp.hy - sp.core);
	str_add(joined, right, sp.rlen);
	str_add(hyph, left + sp.core, sp.hy + sp.hylen - sp.core);
	str_add(hyph, right, sp.rlen);
	return 1;
}

/* Does a clearly outnumber b?  Seen against unseen does; else twice as
 * often and by 2 at least. */
static int
clearly(uint64_t a, uint64_t b)
{
	return a > 0 && (b == 0 || (a / 2 >= b && a - b >= 2));
}

/* Does left[0..n) hold a URL or an e-mail address?  "@" and "://" are
 * enough; the tokenizer finds host names ("un.org/cyber"). */
static int
has_address(const char *s, size_t n)
{
	struct tokenizer t;
	struct tok k;

	if (memchr(s, '@', n) != NULL || memmem(s, n, "://", 3) != NULL)
		return 1;
	if (utf8_validate(s, n) != n)	/* the tokenizer's contract */
		return 0;
	tok_init(&t, s, n, 0);
	while (tok_next(&t, &k))
		if (k.type == TOK_URL || k.type == TOK_EMAIL)
			return 1;
	return 0;
}

/* Digits, letters and capitals of s[0..n) (valid UTF-8 or not). */
struct shape {
	size_t	 digits, letters, upper;
	int	 first_upper;
};

static void
shape_of(const char *s, size_t n, struct shape *sh)
{
	size_t i;
	int32_t cp;
	int l;

	memset(sh, 0, sizeof(*sh));
	for (i = 0; i < n; i += (size_t)l) {
		cp = next_cp(s, i, n, &l);
		if (cp < 0)
			continue;
		if (utf8_isdigit(cp))
			sh->digits++;
		else if (utf8_isalpha(cp)) {
			if (utf8_isupper(cp)) {
				sh->upper++;
				if (sh->letters == 0)
					sh->first_upper = 1;
			}
			sh->letters++;
		}
	}
}

/* Are a[0..an) and b[0..bn) equal under case folding? */
static int
same_folded(const char *a, size_t an, const char *b, size_t bn)
{
	struct str fa = { 0 }, fb = { 0 };
	int eq;

	utf8_fold(a, an, &fa);
	utf8_fold(b, bn, &fb);
	eq = fa.n == fb.n && memcmp(fa.s, fb.s, fa.n) == 0;
	str_free(&fa);
	str_free(&fb);
	return eq;
}

static int
verdict(int act, int r, int *rule)
{
	if (rule != NULL)
		*rule = r;
	return act;
}

int
hyphen_judge(const char *left, size_t ln, const char *right, size_t rn,
    uint64_t njoined, uint64_t nhyph, const struct words *words, int *rule)
{
	struct hyphen_split sp;
	struct shape shl, shr;
	struct str lr = { 0 };
	const char *l;
	size_t lfn;
	int caps, inl, inr, inlr;

	if (!hyphen_split(left, ln, right, rn, &sp))
		return verdict(HYPHEN_KEEP, HR_NOWORD, rule);
	if (sp.hylen == 2)
		return verdict(HYPHEN_JOIN, HR_SOFT, rule);
	if (has_address(left, sp.hy))
		return verdict(HYPHEN_KEEP, HR_URL, rule);
	if (clearly(njoined, nhyph))
		return verdict(HYPHEN_JOIN, HR_CORPUS, rule);
	if (clearly(nhyph, njoined))
		return verdict(HYPHEN_KEEP, HR_CORPUS, rule);

	l = left + sp.last;
	lfn = sp.hy - sp.last;
	shape_of(l, lfn, &shl);
	shape_of(right, sp.rlen, &shr);
	if (shl.digits > 0 || shr.digits > 0)
		return verdict(HYPHEN_KEEP, HR_DIGIT, rule);
	caps = shl.letters > 0 && shl.upper == shl.letters && shr.upper == shr.letters &&
	    shr.letters >= 2;
	if (shr.first_upper && !caps)
		return verdict(HYPHEN_KEEP, HR_UPPER, rule);

	str_add(&lr, l, lfn);
	str_add(&lr, right, sp.rlen);
	inlr = words_has(words, lr.s, lr.n);
	str_free(&lr);
	inl = words_has(words, l, lfn);
	inr = words_has(words, right, sp.rlen);
	if (inl && inr && !inlr)
		return verdict(HYPHEN_KEEP, HR_HALVES, rule);
	if (inlr)
		return verdict(HYPHEN_JOIN, HR_WORD, rule);
	if (sp.core < sp.last)
		return verdict(HYPHEN_KEEP, HR_COMPOUND, rule);
	if (same_folded(l, lfn, right, sp.rlen))
		return verdict(HYPHEN_KEEP, HR_REDUP, rule);
	if (caps)
		return verdict(HYPHEN_KEEP, HR_CAPS, rule);
	return verdict(HYPHEN_JOIN, HR_DEFAULT, rule);
}

const char *
hyphen_rulename(int rule)
{
	static const char *const names[] = {
		"?", "noword", "soft", "url", "corpus", "digit", "upper",
		"halves", "word", "compound", "redup", "caps", "default"
	};

	if (rule < 0 || (size_t)rule >= sizeof(names) / sizeof(names[0]))
		return "?";
	return names[rule];
}
