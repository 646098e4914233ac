/*
 * marker.c: numbering markers, roman numerals and word lists of the line
 * stages (see marker.h).
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "marker.h"

int
is_closer(int32_t cp)
{
	int cat;

	if (cp < 0x80)
		return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
		    cp == '}' || cp == '*' || cp == '`';
	/* ＂ ＇: the full-width forms of " and ' (category Po, as theirs) */
	if (cp == 0xFF02 || cp == 0xFF07)
		return 1;
	if (!utf8proc_codepoint_valid(cp))
		return 0;
	cat = utf8proc_category(cp);
	return cat == UTF8PROC_CATEGORY_PE || cat == UTF8PROC_CATEGORY_PF;
}

int
is_close_quote(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case 0xFF02: case 0xFF07:	/* " ' ＂ ＇ */
	case 0x300D: case 0x300F:			/* 」 』 */
	case 0xFE42: case 0xFE44:			/* ﹂ ﹄ (vertical) */
	case 0x301E: case 0x301F:			/* 〞 〟 */
		return 1;
	}
	/* ’ ” » › ⸃ ...: final punctuation is quotes only */
	return cp >= 0x80 && utf8proc_codepoint_valid(cp) &&
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_PF;
}

int
is_cjk_stop(int32_t cp)
{
	/* 。 ｡ ！ ？ and their vertical forms ︒ ︕ ︖ */
	return cp == 0x3002 || cp == 0xFF61 || cp == 0xFF01 || cp == 0xFF1F ||
	    cp == 0xFE12 || cp == 0xFE15 || cp == 0xFE16;
}

int
is_ellipsis(int32_t cp)
{
	/* … ⋯ ︙ */
	return cp == 0x2026 || cp == 0x22EF || cp == 0xFE19;
}

int
is_pause(int32_t cp)
{
	switch (cp) {
	case ',': case ';': case ':':
	case 0x3001: case 0xFF0C: case 0xFF1B: case 0xFF1A:	/* 、 ， ； ： */
	case 0xFF64:						/* ､ */
	case 0xFE10: case 0xFE11: case 0xFE13: case 0xFE14:	/* ︐ ︑ ︓ ︔ */
	case 0xFE50: case 0xFE51: case 0xFE54: case 0xFE55:	/* ﹐ ﹑ ﹔ ﹕ */
		return 1;
	}
	return 0;
}

/* A mark that Chinese sets among wide characters but that is not wide
 * itself: “ ” ‘ ’ — … · (East Asian Ambiguous). */
static int
cjk_narrow_mark(int32_t cp)
{
	return cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 ||
	    cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;
}

int
cjk_unspaced(int32_t a, int32_t b)
{
	int wa = a >= 0x1100 && utf8_width(a) == 2;
	int wb = b >= 0x1100 && utf8_width(b) == 2;

	return (wa && (wb || cjk_narrow_mark(b))) ||
	    (wb && cjk_narrow_mark(a));
}

int
is_terminal(int32_t cp)
{
	switch (cp) {
	case '.': case '!': case '?': case 0x2026:
	case 0x203C: case 0x2047: case 0x2048: case 0x2049:	/* ‼ ⁇ ⁈ ⁉ */
	case 0x061F: case 0x06D4:				/* ؟ ۔ */
	case 0x0964: case 0x0965: case 0x0589:			/* । ॥ ։ */
	case 0x1362: case 0x1367:				/* ። ፧ */
	case 0xFF0E:						/* ． */
		return 1;
	}
	return is_cjk_stop(cp);
}

int
is_bullet(int32_t cp)
{
	switch (cp) {
	case 0x2022: case 0x2023: case 0x2043:		/* • ‣ ⁃ */
	case 0x25E6: case 0x25AA: case 0x25AB:		/* ◦ ▪ ▫ */
	case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1:	/* ● ○ ■ □ */
	case 0x25BA: case 0x25B6: case 0x25B8:		/* ► ▶ ▸ */
	case 0x27A2: case 0x27A4: case 0x2713: case 0x2714:	/* ➢ ➤ ✓ ✔ */
	case 0x2756: case 0x25C6: case 0x25C7:		/* ❖ ◆ ◇ */
	/* Symbol-font bullets left in the Private Use Area: U+F0B7 (•),
	 * U+F0A7 (▪), U+F076 (❖), U+F0D8 (➢), U+F0FC (✓), U+F0A8 (♦). */
	case 0xF0B7: case 0xF0A7: case 0xF076: case 0xF0D8: case 0xF0FC:
	case 0xF0A8:
		return 1;
	}
	/* The other glyphs of the symbol fonts' range are never text
	 * either (the caller asks for a space after them). */
	return cp >= 0xF020 && cp <= 0xF0FF;
}

/* Words a sentence or a title does not end with: a line that ends with
 * one goes on.  Prepositions, articles, conjunctions, auxiliaries; not
 * the words a title can end with ("for All", "Over", "Under", "Who We
 * Are", "See also", "About"; "May" is a month). */
static const char *const function_words[] = {
	"a", "across", "against", "along", "among", "an",
	"and", "are", "as", "at", "be", "been", "between", "both", "but", "by",
	"can", "could", "either", "for", "from", "has", "have", "in", "into",
	"is", "its", "must", "nor", "of", "on", "onto", "or", "our",
	"per", "shall", "should", "such", "than", "that", "the", "their",
	"these", "this", "through", "throughout", "to", "toward", "towards",
	"upon", "via", "was", "were", "whether", "which", "whose", "will",
	"with", "within", "without", "would"
};

static const char *const title_small[] = {
	"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of",
	"on", "or", "nor", "over", "the", "to", "under", "via", "vs", "with"
};

int
in_list(const char *const *list, size_t n, const char *w, size_t len)
{
	size_t i;

	/* w may hold a NUL (--lossy): compare lengths first, never read
	 * past the end of a list entry. */
	for (i = 0; i < n; i++)
		if (list[i][0] == w[0] && strlen(list[i]) == len &&
		    memcmp(list[i], w, len) == 0)
			return 1;
	return 0;
}

int
lower_ascii_word(const char *s, size_t n, char *buf, size_t cap)
{
	size_t i;

	if (n >= cap)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	buf[n] = '\0';
	return 1;
}

int
is_function_word(const char *w, size_t len)
{
	return in_list(function_words, sizeof(function_words) /
	    sizeof(function_words[0]), w, len);
}

int
is_title_small(const char *w, size_t len)
{
	return in_list(title_small, sizeof(title_small) /
	    sizeof(title_small[0]), w, len);
}

/* Value of an upper-case roman numeral s[0..n), or 0. */
int
roman_value(const char *s, size_t n)
{
	int v = 0, prev = 0, i, d;
	char canon[32];
	static const int vals[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10,
	    9, 5, 4, 1 };
	static const char *const syms[] = { "M", "CM", "D", "CD", "C", "XC",
	    "L", "XL", "X", "IX", "V", "IV", "I" };
	size_t k, cn = 0;

	if (n == 0 || n > 12)
		return 0;
	for (i = (int)n - 1; i >= 0; i--) {
		switch (s[i]) {
		case 'I': d = 1; break;
		case 'V': d = 5; break;
		case 'X': d = 10; break;
		case 'L': d = 50; break;
		case 'C': d = 100; break;
		default: return 0;
		}
		v += d < prev ? -d : d;
		if (d > prev)
			prev = d;
	}
	/* Only canonical numerals: "IIII" or "VX" are not numbers. */
	for (k = 0, d = v; k < 13 && d > 0; k++)
		while (d >= vals[k]) {
			size_t l = strlen(syms[k]);

			if (cn + l >= sizeof(canon))
				return 0;
			memcpy(canon + cn, syms[k], l);
			cn += l;
			d -= vals[k];
		}
	if (cn != n || memcmp(canon, s, n) != 0)
		return 0;
	return v;
}

int
lower_roman(const char *s, size_t n)
{
	char up[16];
	size_t i;

	if (n == 0 || n >= sizeof(up))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '\0' || !strchr("ivxlc", s[i]))
			return 0;
		up[i] = (char)(s[i] - 32);
	}
	return roman_value(up, n);
}
/* The six bullets PDF text extraction leaves most (U+F0B7 bullet, U+F0A7
 * and U+F0A8 squares, U+F076 diamond, U+F0D8 arrowhead, U+F0FC tick): never
 * text, so no space need follow them at a line start. */
static int
pdf_bullet(int32_t cp)
{
	return cp == 0xF0B7 || cp == 0xF0A7 || cp == 0xF0A8 || cp == 0xF076 ||
	    cp == 0xF0D8 || cp == 0xF0FC;
}

/* The bytes of a marker `c` and the spaces after it at the start of
 * s[0..n), when a space follows and text after it; else 0. */
static size_t
lead_and_space(const char *s, size_t n, const char *c, size_t cn)
{
	size_t k;

	if (n <= cn + 1 || memcmp(s, c, cn) != 0 ||
	    (s[cn] != ' ' && s[cn] != '\t'))
		return 0;
	k = skip_sp(s, cn, n);
	return k < n ? k : 0;
}

size_t
o_bullet(const char *s, size_t n)
{
	return lead_and_space(s, n, "o", 1);
}

size_t
copyright_bullet(const char *s, size_t n)
{
	size_t k = lead_and_space(s, n, "\xC2\xA9", 2), i, run = 0;

	if (k == 0)
		return 0;
	/* A year or the words of a notice make it a copyright line. */
	for (i = k; i < n; i++) {
		run = is_digit(s[i]) ? run + 1 : 0;
		if (run == 4)
			return 0;
	}
	if (memmem(s, n, "ights", 5) != NULL || memmem(s, n, "opyright", 8))
		return 0;
	return k;
}

static int
is_upper_at(const char *s, size_t i, size_t n)
{
	int32_t cp;
	int l;

	if (i >= n)
		return 0;
	/* An opening quote may come first: "(1) “Internet Plus” plan". */
	cp = next_cp(s, i, n, &l);
	if (cp == '"' || cp == 0x201C || cp == 0x2018 || cp == '\'') {
		i += (size_t)l;
		if (i >= n)
			return 0;
		cp = next_cp(s, i, n, &l);
	}
	return utf8_isupper(cp) || (cp >= '0' && cp <= '9');
}

/*
 * The value of the Chinese numeral at s[0..n) (一二三四五六七八九, 零〇,
 * 两 = 2, units 十百千: 七十九 = 79, 十二 = 12, 一百零五 = 105) or of
 * ASCII digits; *used gets the bytes read.  0 when none is there.
 */
int32_t
zh_numeral(const char *s, size_t n, size_t *used)
{
	static const int32_t digit[] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09,
	    0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };
	int32_t total = 0, cur = 0, cp;
	size_t i = 0;
	int l, d, any = 0;

	if (n > 0 && is_digit(s[0])) {
		/* The digits read, not atoi's: s need not end in a NUL. */
		while (i < n && i < 4 && is_digit(s[i]))
			total = total * 10 + (s[i++] - '0');
		*used = i;
		return total;
	}
	while (i < n && total < 100000) {
		cp = next_cp(s, i, n, &l);
		for (d = 0; d < 10 && digit[d] != cp; d++)
			;
		if (cp == 0x3007)
			d = 0;
		else if (cp == 0x4E24 || cp == 0x5169)	/* 两, 兩 */
			d = 2;
		if (d < 10) {
			cur = d;
		} else if (cp == 0x5341 || cp == 0x767E || cp == 0x5343) {
			int32_t u = cp == 0x5341 ? 10 : cp == 0x767E ? 100 :
			    1000;

			total += (cur != 0 ? cur : 1) * u;
			cur = 0;
		} else
			break;
		any = 1;
		i += (size_t)l;
	}
	*used = i;
	return any ? total + cur : 0;
}

int32_t
zh_digits(const char *s, size_t n, int max, size_t *used)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int32_t v = 0;
	int k = 0;

	while (k < max && i < n) {
		if (is_digit(s[i])) {
			v = v * 10 + (s[i] - '0');
			i++;
		} else if (i + 2 < n && u[i] == 0xEF && u[i + 1] == 0xBC &&
		    u[i + 2] >= 0x90 && u[i + 2] <= 0x99) {
			v = v * 10 + (u[i + 2] - 0x90);	/* ０..９ */
			i += 3;
		} else
			break;
		k++;
	}
	*used = i;
	if (k == 0)
		return -1;
	/* One digit more: a year or a figure, not the number asked for. */
	if (i < n && (is_digit(s[i]) || (i + 2 < n && u[i] == 0xEF &&
	    u[i + 1] == 0xBC && u[i + 2] >= 0x90 && u[i + 2] <= 0x99)))
		return -1;
	return v;
}

/* A mark that ends a clause or a sentence: the two vocabularies above,
 * not a third list. */
int
is_zh_clause_end(int32_t cp)
{
	return is_pause(cp) || is_terminal(cp);
}

/* A Chinese numeral character (一 .. 九, 十 百 千, 零 〇 两), as
 * zh_numeral reads them? */
static int
zh_numeral_char(int32_t cp)
{
	switch (cp) {
	case 0x96F6: case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E24:
	case 0x5169:
	case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:
	case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343:
		return 1;
	}
	return 0;
}

/*
 * Does Chinese text start at s[i..n), after spaces, tabs and U+3000: a
 * CJK character (utf8_iscjk) or an opening quote or bracket (“ ‘ 《 「 『
 * 〈 【 〔), and not a numeral before 、 (一、二、三 counts, it numbers
 * nothing)?  The index of its start in *at.
 */
static int
zh_text_at(const char *s, size_t i, size_t n, size_t *at)
{
	int32_t cp;
	int l;
	size_t used;

	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (i + 2 < n && memcmp(s + i, "\xE3\x80\x80", 3) == 0)
			i += 3;
		else
			break;
	}
	if (i >= n)
		return 0;
	*at = i;
	cp = next_cp(s, i, n, &l);
	switch (cp) {
	case 0x201C: case 0x2018: case 0x300A: case 0x300C: case 0x300E:
	case 0x3008: case 0x3010: case 0x3014:
		return 1;
	}
	if (!utf8_iscjk(cp))
		return 0;
	if (zh_numeral_char(cp) && zh_numeral(s + i, n - i, &used) > 0 &&
	    i + used + 2 < n && memcmp(s + i + used, "\xE3\x80\x81", 3) == 0)
		return 0;
	return 1;
}

/* Is s[i..] one of the two closing brackets, ） or )?  Its length. */
static int
zh_close(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == ')')
		return 1;
	return i + 2 < n && memcmp(s + i, "\xEF\xBC\x89", 3) == 0 ? 3 : 0;
}

/*
 * The Chinese numbering at s[0..n): 一、 (ST_ZH_ORD), （一） (ST_ZH_PORD),
 * 1． 1、 1. (ST_ZH_NUM), （1） (ST_ZH_PNUM), ① .. ⑳ (ST_ZH_CIRCLED), the
 * brackets full-width or ASCII, the digits ASCII or full-width (zh_digits),
 * numbers 1 to 999.  The evidence that it numbers a line: Chinese text
 * follows (zh_text_at), so "1. Introduction" and "(1) The" keep their
 * English styles, "1．5亿" and "2018年" are figures, "一、二、三" counts.
 */
static int
zh_marker(const char *s, size_t n, struct marker *m)
{
	size_t i = 0, used, at;
	int32_t v, cp;
	int l, style;

	cp = next_cp(s, 0, n, &l);
	if (cp >= 0x2460 && cp <= 0x2473) {		/* ① .. ⑳ */
		v = cp - 0x245F;
		i = (size_t)l;
		style = ST_ZH_CIRCLED;
	} else if (cp == '(' || cp == 0xFF08) {		/* （ */
		i = (size_t)l;
		if ((v = zh_digits(s + i, n - i, 3, &used)) > 0)
			style = ST_ZH_PNUM;
		else if ((v = zh_numeral(s + i, n - i, &used)) > 0 &&
		    !is_digit(s[i]))
			style = ST_ZH_PORD;
		else
			return 0;
		i += used;
		if ((l = zh_close(s, i, n)) == 0)
			return 0;
		i += (size_t)l;
	} else if ((v = zh_digits(s, n, 3, &used)) > 0) {
		i = used;
		if (i < n && s[i] == '.')
			i++;
		else if (i + 2 < n && (memcmp(s + i, "\xEF\xBC\x8E", 3) == 0 ||
		    memcmp(s + i, "\xE3\x80\x81", 3) == 0))
			i += 3;			/* ． 、 */
		else
			return 0;
		style = ST_ZH_NUM;
	} else if (zh_numeral_char(cp) &&
	    (v = zh_numeral(s, n, &used)) > 0) {
		i = used;
		if (i + 2 >= n || memcmp(s + i, "\xE3\x80\x81", 3) != 0)
			return 0;
		i += 3;
		style = ST_ZH_ORD;
	} else
		return 0;
	if (v < 1 || v > 999 || !zh_text_at(s, i, n, &at))
		return 0;
	m->style = style;
	m->nnum = 1;
	m->num[0] = v;
	m->len = at;
	return 1;
}

/*
 * 第X编 / 第X章 / 第X节 / 第X条 at s[0..n): the chapter style of the word
 * (编 Part, 章 Chapter, 节 Section, 条 Article, or in traditional
 * characters 編, 節, 條: Taiwan's and Hong Kong's laws) and the marker in
 * *m, or 0.  The evidence: 第 + a numeral + the unit word, then the
 * line's end, a space or U+3000; "第一次会议" has no unit word after its
 * numeral.
 */
static int
zh_chapter(const char *s, size_t n, struct marker *m)
{
	static const struct { int32_t cp; int style; } unit[] = {
		{ 0x7F16, ST_CHAPTER + 1 }, { 0x7AE0, ST_CHAPTER },
		{ 0x8282, ST_CHAPTER + 2 }, { 0x6761, ST_CHAPTER + 3 },
		{ 0x7DE8, ST_CHAPTER + 1 }, { 0x7BC0, ST_CHAPTER + 2 },
		{ 0x689D, ST_CHAPTER + 3 } };
	const size_t nunit = sizeof(unit) / sizeof(unit[0]);
	size_t i, used, k;
	int32_t v, cp;
	int l;

	if (n < 9 || next_cp(s, 0, n, &l) != 0x7B2C)
		return 0;
	i = (size_t)l;
	v = zh_numeral(s + i, n - i, &used);
	if (v <= 0)
		return 0;
	i += used;
	if (i >= n)
		return 0;
	cp = next_cp(s, i, n, &l);
	for (k = 0; k < nunit && unit[k].cp != cp; k++)
		;
	if (k == nunit)
		return 0;
	i += (size_t)l;
	if (i < n) {
		cp = next_cp(s, i, n, &l);
		if (cp != ' ' && cp != '\t' && cp != 0x3000)
			return 0;
	}
	while (i < n) {
		cp = next_cp(s, i, n, &l);
		if (cp != ' ' && cp != '\t' && cp != 0x3000)
			break;
		i += (size_t)l;
	}
	m->style = unit[k].style;
	m->nnum = 1;
	m->num[0] = v;
	m->len = i;
	return 1;
}

/*
 * Parses the numbering at the start of a trimmed line s[0..n).  Heading
 * styles need an upper-case letter (or nothing) after the marker; list
 * markers (1) 1.) a. i. (a) and bullets) are flagged as lists.
 */
int
parse_marker(const char *s, size_t n, struct marker *m)
{
	/* Each word is a style of its own: their order of first use in a
	 * document gives the levels (Part > Chapter > Section > Article). */
	static const char *const chapter[] = { "Chapter", "CHAPTER", "Part",
	    "PART", "Section", "SECTION", "Article", "ARTICLE", "Annex",
	    "ANNEX", "Appendix", "APPENDIX" };
	size_t i = 0, j, k;
	int32_t cp;
	int l;

	memset(m, 0, sizeof(*m));
	if (n == 0)
		return 0;
	/* Most lines start with a word: "a." "iv)" are the only markers
	 * that start with a lower-case letter. */
	if (s[0] >= 'a' && s[0] <= 'z' && n > 1 && s[1] != '.' &&
	    s[1] != ')' && strchr("ivxlc", s[0]) == NULL)
		return 0;
	/* Bullets. */
	cp = next_cp(s, 0, n, &l);
	if (is_bullet(cp) || cp == 0x2013 || cp == '-' || cp == '*' ||
	    cp == 0x00B7) {
		struct marker sub;

		j = (size_t)l;
		if (cp == '*' && j < n && s[j] == '*')
			return 0;	/* **bold** or *** decoration */
		if (j < n && (s[j] == ' ' || s[j] == '\t' || is_digit(s[j]) ||
		    cp == 0x2022 || cp == 0x2043 || pdf_bullet(cp))) {
			k = skip_sp(s, j, n);
			/* "- III." continues a roman-numbered heading list. */
			if (parse_marker(s + k, n - k, &sub) &&
			    sub.style == ST_ROMAN && !sub.list) {
				*m = sub;
				m->len += k;
				m->broman = 1;
				return 1;
			}
			m->style = ST_LIST;
			m->list = 1;
			m->len = k;
			if (parse_marker(s + k, n - k, &sub))
				m->len += sub.len;
			return 1;
		}
		return 0;
	}
	/* 一、 （一） 1． （1） ①, before the English (1) and 1. */
	if (((unsigned char)s[0] >= 0x80 || s[0] == '(' || is_digit(s[0])) &&
	    zh_marker(s, n, m))
		return 1;
	/* 第一章 / 第七十九条 */
	if ((unsigned char)s[0] == 0xE7 && zh_chapter(s, n, m))
		return 1;
	/* Chapter I. / Part 2: */
	for (k = 0; strchr("CPSA", s[0]) != NULL &&
	    k < sizeof(chapter) / sizeof(chapter[0]); k++) {
		size_t cl = strlen(chapter[k]);

		if (n > cl + 1 && memcmp(s, chapter[k], cl) == 0 &&
		    s[cl] == ' ') {
			j = skip_sp(s, cl, n);
			i = j;
			while (i < n && ((s[i] >= 'A' && s[i] <= 'Z') ||
			    is_digit(s[i])))
				i++;
			if (i == j || i - j > 8)
				return 0;
			if (is_digit(s[j]))
				m->num[0] = atoi(s + j);
			else if ((m->num[0] = roman_value(s + j, i - j)) == 0) {
				if (i - j == 1)
					m->num[0] = s[j] - 'A' + 1;
				else
					return 0;
			}
			if (i < n && (s[i] == '.' || s[i] == ':'))
				i++;
			if (i < n && s[i] != ' ' && s[i] != '\t')
				return 0;
			m->style = ST_CHAPTER + (int)(k / 2 < 5 ? k / 2 : 4);
			m->nnum = 1;
			m->len = skip_sp(s, i, n);
			return 1;
		}
	}
	/* "FEDERALIST No. 10", "Paper No. 3": a capitalised word, "No." and
	 * a number alone on the line (its title, if any, under it), a style
	 * of its own (ST_CHAPTER_LAST): the papers of a series.  "No. 10"
	 * alone, "No.10", or an item of a list of acts with its text after it
	 * ("Proposition No. 56 LS (2017-2018) Act on ...") is not this. */
	if (s[0] >= 'A' && s[0] <= 'Z') {
		for (j = 1; j < n && j < 24 && ((s[j] >= 'A' && s[j] <= 'Z') ||
		    (s[j] >= 'a' && s[j] <= 'z')); j++)
			;
		if (j >= 2 && j + 5 < n && s[j] == ' ' &&
		    memcmp(s + j + 1, "No. ", 4) == 0 && is_digit(s[j + 5])) {
			i = j + 5;
			while (i < n && is_digit(s[i]) && i - (j + 5) < 5)
				i++;
			if (i < n && s[i] == '.')
				i++;
			if (skip_sp(s, i, n) == n) {
				m->style = ST_CHAPTER_LAST;
				m->nnum = 1;
				m->num[0] = atoi(s + j + 5);
				m->len = skip_sp(s, i, n);
				return 1;
			}
		}
	}
	/* (1) and (a) (i) */
	if (s[0] == '(') {
		j = 1;
		while (j < n && j < 5 && is_digit(s[j]))
			j++;
		if (j > 1 && j < n && s[j] == ')') {
			m->style = ST_PAREN;
			m->nnum = 1;
			m->num[0] = atoi(s + 1);
			m->len = skip_sp(s, j + 1, n);
			return 1;
		}
		j = 1;
		while (j < n && j < 6 && s[j] >= 'a' && s[j] <= 'z')
			j++;
		if (j > 1 && j < n && s[j] == ')') {
			m->style = ST_LIST;
			m->list = 1;
			m->len = skip_sp(s, j + 1, n);
			return 1;
		}
		return 0;
	}
	/* Numbers: 1. 1  2.2.1 1) 1.) */
	if (is_digit(s[0])) {
		int nn = 0;

		i = 0;
		while (nn < 4) {
			j = i;
			while (i < n && is_digit(s[i]) && i - j < 3)
				i++;
			if (i == j || (i < n && is_digit(s[i])))
				return 0;
			m->num[nn++] = atoi(s + j);
			if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
				i++;
				continue;
			}
			break;
		}
		m->nnum = nn;
		if (i < n && s[i] == ')') {
			m->style = ST_LIST;
			m->list = 1;
			m->len = skip_sp(s, i + 1, n);
			return 1;
		}
		if (i + 1 < n && s[i] == '.' && s[i + 1] == ')') {
			m->style = ST_LIST;
			m->list = 1;
			m->len = skip_sp(s, i + 2, n);
			return 1;
		}
		if (i < n && s[i] == '.') {
			i++;
			m->style = ST_DECIMAL;
			m->len = skip_sp(s, i, n);
			return is_upper_at(s, m->len, n) || m->len == n;
		}
		/* "1  Introduction", "2.1  Title": two spaces or a tab. */
		if (i + 1 < n && ((s[i] == ' ' && s[i + 1] == ' ') ||
		    s[i] == '\t') && (nn > 1 || m->num[0] < 100)) {
			m->style = ST_DECIMAL;
			m->len = skip_sp(s, i, n);
			return is_upper_at(s, m->len, n);
		}
		/* "2.1 Title", and "1 Introduction" as pdftotext lays it
		 * out (a weak marker: is_heading asks more of its line). */
		if (i + 1 < n && s[i] == ' ' && is_upper_at(s, i + 1, n) &&
		    (nn > 1 || m->num[0] < 100)) {
			m->style = ST_DECIMAL;
			m->len = skip_sp(s, i, n);
			m->weak = nn == 1;
			return 1;
		}
		return 0;
	}
	/* I, II. III: and A. ; lower-case a. i. are list items. */
	i = 0;
	while (i < n && i < 8 && s[i] != '\0' && strchr("IVXLC", s[i]) != NULL)
		i++;
	if (i > 0 && i < n && (s[i] == '.' || s[i] == ',' || s[i] == ':' ||
	    s[i] == ')') && roman_value(s, i) > 0 &&
	    (i + 1 == n || s[i + 1] == ' ')) {
		m->style = ST_ROMAN;
		m->nnum = 1;
		m->num[0] = roman_value(s, i);
		m->len = skip_sp(s, i + 1, n);
		/* "I, too" is the pronoun. */
		if (s[i] == ',' && !is_upper_at(s, m->len, n))
			return 0;
		return m->len == n || is_upper_at(s, m->len, n);
	}
	/* "A. Title", but not initials: "P. O. Box 2782", "J. R. Smith". */
	if (n >= 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' &&
	    s[2] == ' ' && is_upper_at(s, 3, n) &&
	    !(n >= 5 && s[3] >= 'A' && s[3] <= 'Z' && s[4] == '.')) {
		m->style = ST_ALPHA;
		m->nnum = 1;
		m->num[0] = s[0] - 'A' + 1;
		m->len = skip_sp(s, 2, n);
		return 1;
	}
	i = 0;
	while (i < n && i < 6 && s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
	    s[i + 1] == ' ' && (i == 1 || lower_roman(s, i) > 0)) {
		m->style = ST_LIST;
		m->list = 1;
		m->len = skip_sp(s, i + 1, n);
		return 1;
	}
	return 0;
}

/* One to three digits, then one space (any: spaces and tabs, at least
 * one), then a capital: the digits' length, or 0. */
static size_t
digits_before_capital(const char *s, size_t n, int any)
{
	size_t i = 0, j;

	while (i < n && i < 4 && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == 0 || i > 3)
		return 0;
	for (j = i; j < n && (s[j] == ' ' || (any && s[j] == '\t')) &&
	    (any || j == i); j++)
		;
	if (j == i || j >= n || s[j] < 'A' || s[j] > 'Z')
		return 0;
	return i;
}

size_t
note_number(const char *s, size_t n)
{
	return digits_before_capital(s, n, 0);
}

size_t
number_lead(const char *s, size_t n)
{
	return digits_before_capital(s, n, 1);
}

int
is_salutation(const char *s, size_t n)
{
	size_t i, words = 1;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n < 7 || memcmp(s, "Dear ", 5) != 0 ||
	    (s[n - 1] != ',' && s[n - 1] != ':'))
		return 0;
	for (i = 5; i < n - 1; i++) {
		if (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ':' ||
		    s[i] == '!' || s[i] == '?')
			return 0;	/* "Dear Sir, we write ..." is prose */
		if (s[i] == ' ' && s[i - 1] != ' ')
			words++;
	}
	return s[5] != ' ' && words <= 5;
}

int
lone_bullet(const char *s, size_t n)
{
	int32_t cp;
	int l;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0)
		return 0;
	cp = next_cp(s, 0, n, &l);
	if ((size_t)l != n)
		return 0;
	return is_bullet(cp) || cp == '-' || cp == '*' || cp == 0x00B7 ||
	    cp == 0x2013 || cp == 0x2014;
}
