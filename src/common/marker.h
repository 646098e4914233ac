/*
 * marker.h: the vocabulary the line stages read characters and words by:
 * numbering markers (1. 2.2.1 (a) iv) Chapter I. and bullets), roman
 * numerals, sentence-final and closing characters, and the small word
 * lists (function words, small title words).  Pure functions of their
 * arguments, no state: parse_marker("2.1 Scope", 9, &m) gives ST_DECIMAL,
 * nnum 2, num {2, 1}, len 4.  sent.c reads characters by the same
 * vocabulary.
 */
#ifndef TX_MARKER_H
#define TX_MARKER_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"


/* Heading numbering styles; their rank in a document is their level. */
enum {
	ST_NONE = 0,
	ST_CHAPTER,	/* Chapter I. (and Part 2, Section 3, Article 5, Annex A:
			 * ST_CHAPTER + the index of the word in chapter_words;
			 * ST_CHAPTER_LAST: "FEDERALIST No. 10", a word, No.
			 * and a number) */
	ST_CHAPTER_LAST = ST_CHAPTER + 5,
	ST_ROMAN,	/* I, II. III: */
	ST_DECIMAL,	/* 1. / 1  Title / 2.2.1 */
	ST_PAREN,	/* (1) */
	ST_ALPHA,	/* A. */
	/* Chinese numbering (issue 13), each a style of its own; the text
	 * after the marker is Chinese (zh_marker): */
	ST_ZH_ORD,	/* 一、 */
	ST_ZH_PORD,	/* （一） (一) */
	ST_ZH_NUM,	/* 1． 1、 1. (digits ASCII or full-width) */
	ST_ZH_PNUM,	/* （1） (1) */
	ST_ZH_CIRCLED,	/* ① .. ⑳ */
	ST_USER,	/* --heading REGEX */
	ST_LIST,	/* list-item markers only: 1) 1.) a. i. (a) - * • */
	ST_NSTYLES
};

static inline int
is_chapter(int style)
{
	return style >= ST_CHAPTER && style <= ST_CHAPTER_LAST;
}

/* A Chinese numbering style (一、 （一） 1． （1） ①)? */
static inline int
is_zh_style(int style)
{
	return style >= ST_ZH_ORD && style <= ST_ZH_CIRCLED;
}

static inline int
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' ||
	    c == '\n';
}

static inline int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The index past the spaces and tabs at s[i..n). */
static inline size_t
skip_sp(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static inline int32_t
prev_cp(const char *s, size_t lo, size_t i, size_t *at)
{
	size_t j = i;
	int32_t cp = 0xFFFD;

	if (j <= lo)
		return -1;
	j--;
	while (j > lo && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	if (utf8_decode(s + j, i - j, &cp) != (int)(i - j))
		cp = 0xFFFD;
	*at = j;
	return cp;
}

static inline int32_t
next_cp(const char *s, size_t i, size_t hi, int *len)
{
	int32_t cp;
	int l = utf8_decode(s + i, hi - i, &cp);

	if (l < 1) {
		*len = 1;
		return 0xFFFD;
	}
	*len = l;
	return cp;
}

/* A closing quote or bracket: ASCII " ' ` ) ] }, their full-width forms
 * ＂ ＇ (the brackets ） ］ ｝ are Pe), the closing and final punctuation
 * of Unicode (categories Pe, Pf: ’ ” » ） 」 』 》), and the * of
 * **bold.** or a footnote star. */
int	is_closer(int32_t cp);

/* A closing quotation mark, not a bracket: " ' ＂ ＇ 」 』 ﹂ ﹄ 〞 〟
 * and final punctuation (Pf: ’ ” »). */
int	is_close_quote(int32_t cp);

/* A sentence-final character: . ! ? … and the stops of other scripts
 * (。 ． ｡ ！ ？ ‼ ⁇ ⁈ ⁉ ؟ ۔ । ॥ ։ ። ፧). */
int	is_terminal(int32_t cp);

/* A Chinese or Japanese stop, a 句末点号 of GB/T 15834-2011 (句号 。 ｡,
 * 问号 ？, 叹号 ！, and the vertical forms ︒ ︖ ︕): a sentence ends
 * after it (and the closers glued to it) unless a pause mark or another
 * stop follows.  Not the full-width period ． (U+FF0E), which is also the
 * decimal point of ３．５ and the delimiter of the marker １．; sent.c
 * reads it as a period. */
int	is_cjk_stop(int32_t cp);

/* An ellipsis character: … (two of them are the Chinese 省略号 ……),
 * ⋯ (written ⋯⋯ in Taiwan and Hong Kong), ︙ (vertical). */
int	is_ellipsis(int32_t cp);

/* A pause inside a sentence, a 句内点号 of GB/T 15834-2011: , ; : and
 * the Chinese 逗号 ，, 顿号 、 (and half-width ､), 分号 ；, 冒号 ：,
 * with their vertical and small forms.  No sentence starts with one. */
int	is_pause(int32_t cp);


/* Are a and b, the last character of a line and the first of the next,
 * written with no space between them when the lines join: Chinese text,
 * one of them wide (utf8_width 2: Han, kana, full-width punctuation) and
 * the other wide too or a mark Chinese sets among wide characters
 * (“ ” ‘ ’ — … ·)?  "网络\n安全" joins as 网络安全, "说：\n“我们" as 说：“我们;
 * Latin words beside Han keep their space, and so do two Latin lines
 * ("word—" before "“Next"). */
int	cjk_unspaced(int32_t a, int32_t b);

/* A numbering marker at the start of a trimmed line. */
struct marker {
	int	 style;
	int	 nnum;
	int32_t	 num[4];
	size_t	 len;		/* marker bytes, with the spaces after it */
	int	 list;		/* a list-item marker */
	int	 weak;		/* "1 Title": a number and one space */
	int	 broman;	/* "- III." */
};

/*
 * Parses the numbering at the start of a trimmed line s[0..n): 1 and *m,
 * or 0.  Heading styles need an upper-case letter (or nothing) after the
 * marker; list markers (1) 1.) a. i. (a) and bullets) set m->list.  The
 * Chinese styles (一、 （一） 1． 1、 （1） ①, brackets full-width or ASCII,
 * digits ASCII or full-width) need Chinese text after the marker.
 */
int	parse_marker(const char *s, size_t n, struct marker *m);

/* The value of a Chinese numeral (七十九 = 79) or of digits at s[0..n),
 * its bytes in *used; 0 when there is none. */
int32_t	zh_numeral(const char *s, size_t n, size_t *used);
/* The value of one to max (at most 9) digits at s[0..n), ASCII 0-9 or
 * full-width ０-９ (read as digits, the text itself not normalised), their
 * bytes in *used; -1 when none is there or more than max follow. */
int32_t	zh_digits(const char *s, size_t n, int max, size_t *used);
/* A stop, comma or other mark of Chinese punctuation that ends a clause:
 * 。 ， 、 ； ： ！ ？ and their ASCII forms . , ; : ! ? */
int	is_zh_clause_end(int32_t cp);
/* A bullet that opens a list item wherever it stands, at a line start or
 * after a space inside a paragraph: • ‣ ⁃ ◦ ▪ ▫ ● ○ ■ □ ► ▶ ▸ ➢ ➤ ✓ ✔ ❖ ◆
 * ◇, and the glyphs of symbol fonts that PDF text extraction leaves in
 * the Private Use Area (U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC, U+F0A8;
 * any other of U+F020..U+F0FF, which the caller wants a space after).
 * A line may also open with - * – · (parse_marker reads them all). */
int	is_bullet(int32_t cp);
/* Bullets that need their neighbours to be one (lines.c decides): a lone
 * "o" and a space ("o Scope of work"), a "©" and a space in a line that
 * has no year and no "Copyright" or "rights" (PDF fonts that map the
 * bullet to ©).  The marker's length with the spaces after it, or 0. */
size_t	o_bullet(const char *s, size_t n);
size_t	copyright_bullet(const char *s, size_t n);
/* Value of a canonical upper-case roman numeral s[0..n) (I..MMM), or 0;
 * lower_roman: the same for a lower-case one. */
int	roman_value(const char *s, size_t n);
int	lower_roman(const char *s, size_t n);
/* Whether w[0..len) is one of list[0..n) (w may hold a NUL). */
int	in_list(const char *const *list, size_t n, const char *w, size_t len);
/* s[0..n) lower-cased (ASCII) into buf, NUL-terminated; 0 when it does
 * not fit in cap. */
int	lower_ascii_word(const char *s, size_t n, char *buf, size_t cap);
/* A function word a wrapped line may end with ("of", "the", "and"...);
 * a small word of a title ("of", "the", "via"...).  w is lower-case. */
int	is_function_word(const char *w, size_t len);
int	is_title_small(const char *w, size_t len);
/* The number of a note at a page's foot opening s[0..n): one to three
 * digits, a space and a capital ("102 For example, ..."); its length in
 * digits, or 0. */
size_t	note_number(const char *s, size_t n);
/* The number of a numbered paragraph opening s[0..n): one to three
 * digits, spaces or tabs, and a capital ("50\t Finally, ..."); its length
 * in digits, or 0.  note_number is the case of one space. */
size_t	number_lead(const char *s, size_t n);
/* Is s[0..n) the salutation of a letter: "Dear", one to four words, and
 * "," or ":" at the end, no other punctuation ("Dear readers,", "Dear
 * Sir or Madam:")? */
int	is_salutation(const char *s, size_t n);
/* Is s[0..n), blanks after it aside, one bullet (is_bullet) or one of
 * "-" "*" U+00B7 U+2013 U+2014 alone: a list item's marker that PDF
 * extraction put on a line of its own?  (An em dash is no bullet before
 * text on its line: prose sets dashes there.) */
int	lone_bullet(const char *s, size_t n);

#endif
