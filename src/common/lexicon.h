/*
 * lexicon.h: pass 1, the corpus as its own dictionary.  Whether a hyphen
 * at a line break belongs to the word ("win-win") or only splits it
 * ("cy-berspace") is told by how often the corpus writes each form.
 * lexicon_scan notes, in every input, the words broken by a hyphen at a
 * line end as two candidates, the joined and the hyphenated form of
 * lexicon_forms ("face-to-\nface": "face-toface" and "face-to-face"),
 * and its halves as words of their own ("to", "face");
 * lexicon_count then counts those candidates over every input (words
 * folded, not broken across lines); lexicon_get gives para.c the counts
 * that the hyphen judge (hyphen.h) takes.  A word, for both, is a run of
 * letters, marks and digits with single inner hyphens, so that what is
 * noted is what can be counted.  Scan all inputs, then count all: a count
 * sees every candidate.
 *
 * Pass 1 also learns the corpus's own abbreviations (sent.h's
 * sent_abbrev, after Punkt): lexicon_sentences_note notes in every input
 * the words that matter, lexicon_sentences then counts them over every
 * input, lexicon_sentences_done decides, and pass 2 splits sentences
 * with x->abbrev (read-only, any thread).
 */
#ifndef TX_LEXICON_H
#define TX_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "ht.h"
#include "util.h"

struct sent_abbrev;

struct lexicon {
	struct ht cands;	/* joined and hyphenated forms of line-break hyphens */
	int	 counted;	/* cands hold counts */
	uint8_t	 sigs[8192];	/* signature bits of candidate keys */
	struct sent_abbrev *abbrev;	/* learned abbreviations, or NULL */
};

void	lexicon_init(struct lexicon *x);
void	lexicon_free(struct lexicon *x);
/* Notes the candidates of s[0..n); their number (0: nothing to count). */
size_t	lexicon_scan(struct lexicon *x, const char *s, size_t n);
/* Adds the counts of the candidates in s[0..n) (two threads when large). */
void	lexicon_count(struct lexicon *x, const char *s, size_t n);
/* The most bytes of the token before a line-end hyphen, and of the line
 * after it, that lexicon_scan and para.c look at (a token longer than
 * that is no word: its last bytes still are judged). */
#define LEXICON_TOKEN_MAX	512

/* The two forms of the line-end hyphen that ends left[0..ln) before
 * right[0..rn), as the counting pass sees words: hyphen_forms of the word
 * that ends left, its whole compound ("(state-of-the-" gives
 * "state-of-the"), with R and the rest of the compound it opens
 * ("a-Service" gives "a-Service").  Not folded.  0 (both empty) when
 * there is nothing to join (hyphen_split). */
int	lexicon_forms(const char *left, size_t ln, const char *right, size_t rn,
	    struct str *joined, struct str *hyph);
/* How often the corpus has the word form s[0..n) (folded), 0 when it is
 * no candidate. */
uint64_t lexicon_get(const struct lexicon *x, const char *s, size_t n);
/* Notes the words of the input s[0..n) (tokenized with tokopts) that
 * the abbreviations need, then (once every input was noted) counts them;
 * lexicon_sentences_done() decides, once all inputs are counted.
 * x->abbrev stays NULL when nothing was noted. */
void	lexicon_sentences_note(struct lexicon *x, const char *s, size_t n,
	    unsigned tokopts);
void	lexicon_sentences(struct lexicon *x, const char *s, size_t n,
	    unsigned tokopts);
void	lexicon_sentences_done(struct lexicon *x);

#endif
