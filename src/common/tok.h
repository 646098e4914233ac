/*
 * tok.h: the one tokenizer.  It reads cleaned text (valid UTF-8, NFC,
 * whitespace already collapsed, no newlines needed) and yields tokens with
 * their byte offsets in that text.
 *
 * Rules (English first, any script works):
 *  - words: letters, marks and digits; internal hyphens and apostrophes
 *    (' and U+2019) stay inside ("rule-based", "China's", "China’s"),
 *    unless TOK_SPLIT_HYPHENS; so does U+FFFD between two letters (a
 *    legacy byte --lossy replaced: "moment\uFFFDs");
 *  - dotted abbreviations made of single letters keep their periods,
 *    the final one too: "U.S.", "U.S.A.", "e.g.", "a.m.";
 *  - numbers: 2030, 3.5, 1,000, $-less 100.00, 2021-10-20, 14:29,
 *    2015/12/16; a number followed by letters (5th) is a word;
 *  - URLs (scheme://..., www...., host names ending in a common TLD
 *    such as un.org) and e-mail addresses are one token, trailing
 *    sentence punctuation excluded;
 *  - a missing space after a sentence splits: "world.Today" is
 *    world . Today;
 *  - Chinese: a run of Han characters (jieba's range, U+4E00..U+9FD5)
 *    is cut into words by jieba's model (zhseg.h), each a token of type
 *    cjk; with TOK_ZH_CHAR, or when no dictionary is installed, every
 *    Han character is one token; every other Han, Hiragana or Katakana
 *    character is one token (jieba too leaves those alone);
 *  - every other non-space character is a punctuation or symbol token;
 *    runs of the same ASCII punctuation (..., !!, --), but not of
 *    brackets or quotes, are one token, as are the mixes ?! and !?.
 */
#ifndef TX_TOK_H
#define TX_TOK_H

#include <stddef.h>
#include <stdint.h>

enum tok_type {
	TOK_WORD = 1,
	TOK_NUM,
	TOK_PUNCT,
	TOK_SYM,
	TOK_URL,
	TOK_EMAIL,
	TOK_CJK
};

#define TOK_SPLIT_HYPHENS	0x1	/* option: "rule-based" -> rule - based */
#define TOK_ZH_CHAR		0x2	/* --zh=char: one token per Han character */
#define TOK_ZH_NOHMM		0x4	/* --zh-hmm=off: no HMM for unknown words */

/* Words of a Han run kept between calls (a longer run is cut again). */
#define TOK_ZH_BATCH	64

/* Flags on a token. */
#define TF_SPACE_BEFORE	0x01	/* whitespace (or start of text) before it */
#define TF_UPPER	0x02	/* first letter is upper or title case */
#define TF_ALLCAPS	0x04	/* has letters, all upper case */
#define TF_LOWER	0x08	/* first letter is lower case */
#define TF_DOTTED	0x10	/* abbreviation with internal periods (U.S.) */

struct tok {
	size_t	 start, end;	/* [start, end) in the text */
	uint8_t	 type;		/* enum tok_type */
	uint8_t	 flags;
	uint32_t zh;		/* a word of a Han run, its text its model
				 * entry's: that entry's id (zhseg.h's
				 * zh_cut, below tok_zh_ids()); else 0 */
};

struct tokenizer {
	const char *s;
	size_t	 n, pos;
	unsigned opts;
	/* The words of the Han run being read: ends and ids of the next
	 * ones. */
	unsigned zh_i, zh_n;
	size_t	 zh_end[TOK_ZH_BATCH];
	uint32_t zh_id[TOK_ZH_BATCH];
};

/* Starts tokenizing s[0..n). */
void	tok_init(struct tokenizer *t, const char *s, size_t n, unsigned opts);
/* Yields the next token; returns 1, or 0 at the end of the text. */
int	tok_next(struct tokenizer *t, struct tok *k);
/* The name of a token type: "word", "num", "punct", "sym", "url",
 * "email", "cjk". */
const char *tok_typename(int type);
/* The ids of struct tok's zh are below this: 0 when no model is loaded. */
size_t	tok_zh_ids(void);

#endif
