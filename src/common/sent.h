/*
 * sent.h: sentence boundaries in one paragraph of cleaned text, decided
 * over its tokens.  Knows abbreviations (titles, initials, U.S., e.g., No.,
 * Vol., a.m.), numbers, list items (1.) 1) 1. a. • ⁃ (1) - i.), quotations,
 * brackets, ellipses and footnote marks; passes the English Golden Rules
 * alone and inside running text.  Chinese ends sentences at 。！？ (a run
 * of them is one end) and ． with the closing quotes and brackets after
 * them, goes on at ； and mostly at ……, after GB/T 15834-2011.
 */
#ifndef TX_SENT_H
#define TX_SENT_H

#include <stddef.h>
#include "tok.h"

/* Splits the paragraph s (whose tokens are toks[0..ntok)) into sentences.
 * Writes into starts[] the index of the first token of each sentence
 * (starts[0] == 0 when ntok > 0) and returns their number; starts must
 * have room for ntok entries.  A sentence runs from its first token to
 * the token before the next start. */
size_t	sent_split(const char *s, const struct tok *toks, size_t ntok,
	    size_t *starts);

/* Does the text s[0..n) end with a title that takes a name after it
 * ("Mr.", "Dr.", "H.E.": capitalized, glued to its period, not after a
 * capitalized word as in "Main St.")?  sent_split() never ends a
 * sentence there; a line that ends so goes on with the next. */
int	sent_title_end(const char *s, size_t n);
/* Does a sentence that starts at token k (a forced break: a line of its
 * own) begin with a label, one lower-case word of three letters or fewer
 * glued to its period ("ab. Another item"), so that no sentence starts at
 * k + 2? */
int	sent_label_at(const char *s, const struct tok *toks, size_t ntok,
	    size_t k);

/*
 * What a whole corpus says about its own abbreviations and sentence
 * starters, after Kiss & Strunk's Punkt (Computational Linguistics 32(4),
 * 2006), for the words no built-in list knows.  Gathered from token
 * counts over every paragraph (corpus pass 1), then used read-only by
 * sent_split_with() (pass 2; any number of threads):
 *
 *	struct sent_abbrev *ab = sent_abbrev_new();
 *	[for each paragraph:  sent_abbrev_note(ab, text, toks, ntok);]
 *	for each paragraph:  sent_abbrev_add(ab, text, toks, ntok);
 *	sent_abbrev_done(ab);
 *	for each paragraph:
 *		n = sent_split_with(ab, text, toks, ntok, starts);
 *	sent_abbrev_free(ab);
 *
 * The counts are sums, so the result does not depend on the order of the
 * paragraphs; the same corpus always gives the same decisions.  Words are
 * compared case-folded (utf8_fold).  A word of two to six letters, not
 * a roman numeral (ii. is a list marker), is learned as an abbreviation
 * when, glued to a single period, it is
 *  - mostly followed by lower case, "," or ";" (at least twice, and in
 *    at least half of its occurrences with the period), or
 *  - of at most 4 letters and followed by those or a number (not after
 *    an acronym in capitals: "DHS. 6 As defined" is a footnote) at least
 *    twice and in nine tenths of its occurrences with the period ("Ver.
 *    1.0"; a number after a longer word is often a footnote or page:
 *    "fields. 89 The"), or
 *  - rare without its period: at least 3 times with one, at most one
 *    time in ten without, at most 4 letters, and followed at least once
 *    by lower case, "," or ";" ("Wow." before capitals only ends
 *    sentences).
 * After a learned abbreviation, a dotted one (U.S.) or one of sent.c's
 * that may end a sentence (Inc.), but not after an initial, a
 * capitalized word starts a sentence when it is a function word (sent.c's
 * list) or, by the orthographic evidence, when the corpus writes it in
 * lower case, never capitalizes it inside a sentence (after a word, a
 * number, "," or ";"), and capitalizes it at least once after a sure
 * sentence end (! ?, or a period after a lower-case word of four letters
 * or more): "the U.S. Crowds cheered" when the corpus has "crowds" and
 * "... grew. Crowds came"; not "the U.S. Government" when it has "the
 * Government" (Punkt's weakness stays: a name made of words the corpus
 * only writes in lower case, "U.N. Democracy Fund", may be split).
 * Built-in titles, number words and the like keep their own rules.
 * Memory: one hash entry per word type.
 */
struct sent_abbrev;

struct sent_abbrev *sent_abbrev_new(void);
/* Optional first round over every paragraph: notes the only words that
 * matter (those glued to a period, and the capitalized ones after them),
 * so that sent_abbrev_add() then counts those alone, with a hash lookup
 * for few words (a corpus of many word types stays fast and small).  The
 * decisions about the words sent_split_with() asks about are the same as
 * without it. */
void	sent_abbrev_note(struct sent_abbrev *ab, const char *s,
	    const struct tok *toks, size_t ntok);
/* Counts the words of one paragraph; not after sent_abbrev_done(). */
void	sent_abbrev_add(struct sent_abbrev *ab, const char *s,
	    const struct tok *toks, size_t ntok);
/* Decides from the counts; after it, ab is read-only. */
void	sent_abbrev_done(struct sent_abbrev *ab);
/* Is the word w[0..n) (without its period, any case) a learned
 * abbreviation?  0 before sent_abbrev_done(). */
int	sent_abbrev_is(const struct sent_abbrev *ab, const char *w,
	    size_t n);
/* Does the capitalized word w[0..n) start a sentence after an
 * abbreviation, by the orthographic evidence?  0 before done. */
int	sent_abbrev_starter(const struct sent_abbrev *ab, const char *w,
	    size_t n);
void	sent_abbrev_free(struct sent_abbrev *ab);

/* sent_split() with the learned facts of ab (NULL: sent_split()). */
size_t	sent_split_with(const struct sent_abbrev *ab, const char *s,
	    const struct tok *toks, size_t ntok, size_t *starts);

#endif
