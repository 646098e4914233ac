/*
 * query.h: what a tool searches for, the same in txkwic and txcoll: -e
 * patterns (PCRE2), -f files of them, -F fixed strings, -i caseless, -w
 * whole words, -p phrases of words.  All of them become one regex.
 *
 * Han text has no \b between its words (every Han character is \w), so a
 * query with -w or -p gets an edge that is \b, or next to a Han character;
 * there the caller asks for a token edge (query_han_inner says where), as
 * \b is a token edge in English.  A phrase is its tokens quoted and joined
 * by \s+, or by \s* where one of two neighbours is Han (Chinese is written
 * without spaces: -p '网络 安全' finds 网络安全, -p '5G 网络' finds 5G网络).
 */
#ifndef TX_QUERY_H
#define TX_QUERY_H

#include <stddef.h>
#include "util.h"

struct rx;

struct query {
	VEC(char *) pats;	/* -e, -f: as given */
	VEC(char *) phrases;	/* -p */
	int	 icase, word, fixed;
	int	 han;		/* -w or -p: word edges, Han text's too (set
				 * by query_compile) */
};

/* The short options query_option takes. */
#define QUERY_SHORTOPTS	"e:f:Fip:w"
#define QUERY_LONGOPTS \
	{ "regexp",	   required_argument, NULL, 'e' }, \
	{ "file",	   required_argument, NULL, 'f' }, \
	{ "fixed-strings", no_argument,	      NULL, 'F' }, \
	{ "ignore-case",   no_argument,	      NULL, 'i' }, \
	{ "word-regexp",   no_argument,	      NULL, 'w' }, \
	{ "phrase",	   required_argument, NULL, 'p' }
#define QUERY_HELP \
"  -e, --regexp=PAT    a pattern (repeatable)\n" \
"  -f, --file=FILE     patterns, one per line\n" \
"  -F, --fixed-strings the patterns are plain strings\n" \
"  -i, --ignore-case   caseless (Unicode)\n" \
"  -w, --word-regexp   whole words only (in Han text: whole jieba words)\n" \
"  -p, --phrase=WORDS  these words in a row, across any whitespace (none\n" \
"                      needed between Han words)\n"

void	query_init(struct query *q);
/* Takes option ch when it is one of the query's: 1, else 0.  -f reads its
 * file now (exit 2 when it cannot). */
int	query_option(struct query *q, int ch, const char *arg);
/* Whether a pattern or phrase was given. */
int	query_given(const struct query *q);
/* Adds pattern p (the first argument, when no -e, -f or -p was given). */
void	query_add(struct query *q, const char *p);
/* The one regex of all the queries; tokopts: the tokenizer's options (a
 * phrase is tokenized as text is).  A bad pattern exits 2 with its
 * message ("'PAT': bad regex at offset N: ..." when there are several). */
struct rx *query_compile(struct query *q, unsigned tokopts);
void	query_free(struct query *q);

/* Is offset off of s[0..n) between two word characters of which one is
 * Han (or kana)?  There a match edge of a -w or -p query must be a token
 * edge for the match to count. */
int	query_han_inner(const char *s, size_t n, size_t off);

#endif
