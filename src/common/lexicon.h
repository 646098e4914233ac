/*
 * lexicon.h: pass 1, the corpus as its own dictionary.  Whether a hyphen
 * at a line break belongs to the word ("win-win") or only splits it
 * ("cy-berspace") is told by how often the corpus writes each form.
 * lexicon_scan notes, in every input, the words broken by a hyphen at a
 * line end ("X-\n Y") as two candidates, XY and X-Y; lexicon_count then
 * counts those candidates over every input (words folded to lower case,
 * not broken across lines); lexicon_get answers para.c's keep_hyphen.
 * Scan all inputs, then count all: a count sees every candidate.
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
