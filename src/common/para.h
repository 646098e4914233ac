/*
 * para.h: the paragraph stage, after heading.c.  paras_next walks the
 * classified lines of a document (struct doclines) and gives out one
 * paragraph, heading or contents line at a time (struct para, doc.h):
 * wrapped text lines joined with one space, across stray blank lines and
 * page breaks inside a sentence, and across notes at a page's foot that
 * furniture.c moved (L_NOTE), which come out right after the paragraph,
 * one paragraph a note (so paragraphs are not in offset order there;
 * notes the paragraph before did not join across come out in place); a
 * hyphen at a line break dropped or kept
 * by the judge of hyphen.h, with the corpus as a dictionary (lexicon.c)
 * and the word list (words.h) as evidence (para_hyphen); ligatures
 * (U+FB00..U+FB06) spelt out;
 * white space collapsed, soft hyphens and zero-width characters dropped,
 * the rest in NFC, invalid bytes (--lossy) as U+FFFD.  Every piece of the
 * clean text maps to its source bytes (struct piece), so that any clean
 * offset has a source offset (para_src_start/para_src_end).  A numbered
 * paragraph that opens a section (line runin) gives its first sentence as
 * the heading: where that sentence ends is asked of first_sentence, which
 * the stage that owns sentences supplies (batch.c).
 *
 * struct parabuild is the text being built and its piece map; add_span
 * and add_line append source bytes to it, so a test can build a paragraph
 * from a string: B.s = "cy-\nber"; add_span(&B, 0, 3) ...
 */
#ifndef TX_PARA_H
#define TX_PARA_H

#include <stddef.h>

#include "doc.h"
#include "heading.h"
#include "lines.h"
#include "hyphen.h"
#include "lexicon.h"
#include "words.h"

struct parabuild {
	const char *s;		/* the source (not owned) */
	struct str text;	/* the clean text */
	VEC(struct piece) pieces;
	VEC(size_t) breaks;	/* clean offsets where a sentence must start */
};

/* Empties B (keeps s). */
void	para_reset(struct parabuild *B);
/* Appends text[0..clen) made of source bytes [src, src + slen); verbatim
 * when they are the same bytes (then merged with the piece before). */
void	add_piece(struct parabuild *B, const char *text, size_t clen,
	    size_t src, size_t slen, int verbatim);
/* Appends source bytes [a, b) cleaned: white space runs one space (none
 * at the start), soft hyphens and zero-width characters out, NFC. */
void	add_span(struct parabuild *B, size_t a, size_t b);
/* Appends a whole trimmed line (one piece when plain ASCII). */
void	add_line(struct parabuild *B, const struct line *ln);
/* Takes the last byte off, or a trailing space. */
void	unadd_byte(struct parabuild *B);
void	trim_end(struct parabuild *B);

/* What becomes of a hyphen (-, U+2010, U+00AD) that ends line ln before
 * line nx: HYPHEN_JOIN (hyphen.h: hyphen and line break go, "cy-"
 * "berspace"), HYPHEN_KEEP (the hyphen stays, no space: "face-to-"
 * "face"), or PH_APART (the hyphen stays and a space follows).  The
 * judge of hyphen.h decides, from the token ending ln, the first token
 * of nx (ligatures spelt out), their counts in lex (lexicon_forms; NULL:
 * none) and the word list words (NULL: none).  gap: blank or dropped
 * lines lie between; a join across them needs evidence (the corpus, the
 * word list, the shape of the parts), and without it (the judge's rules
 * DEFAULT and UPPER) the answer is PH_APART.  Where the judge finds no
 * evidence (DEFAULT), the hyphen still stays after a prefix that English
 * hyphenates (PR_PREFIX: "self-", "non-"), before a right part that goes
 * on with a hyphen (PR_RIGHT_COMPOUND: "secure-" "by-design"), and
 * between two halves that the
 * corpus has as words of their own (PR_CORPUS_HALVES: "cross- sectoral");
 * a count of the joined form is no evidence when the join would put a
 * capital inside a word ("Cyber- Security").  *rule (NULL: not wanted)
 * gets the judge's rule.  An address in the first token of nx
 * ("security@example.org") is never joined either (HR_URL).  s is the
 * source of both lines. */
#define PH_APART	3
/* Rules of para_hyphen after the judge's DEFAULT: a prefix that takes a
 * hyphen (self-, non-, pre-...), halves the corpus has as words. */
enum { PR_PREFIX = HR_DEFAULT + 1, PR_CORPUS_HALVES, PR_RIGHT_COMPOUND };
int	para_hyphen(const char *s, const struct lexicon *lex,
	    const struct words *words, const struct line *ln,
	    const struct line *nx, int gap, int *rule);
/* Does a paragraph that ends with line pl go on with line nl?  gap: blank
 * or dropped lines lie between; wrap: estimate_wrap's width. */
int	joins(int keep, size_t wrap, const struct line *pl,
	    const struct line *nl, int gap);
/* The typical width of hard-wrapped lines (the median length of text
 * lines another text line follows), or 0 when lines are paragraphs. */
size_t	estimate_wrap(const struct doclines *L);
/* Do the document's wrapped lines keep a space at their end (95 % of 40
 * or more lines a sentence runs on from)?  wrap: estimate_wrap's. */
size_t	trailing_space_wraps(const struct doclines *L, size_t wrap);
/* Does the line start with a letter or digit? */
int	word_start(const char *s, const struct line *ln);
/* Line ln is a numbering marker alone ("c.", "4.", "(a)"). */
int	lone_marker(const char *s, const struct line *ln);
/* Line ln starts with a marker closed by "." or ")" and text after it
 * ("9.2. to strengthen"), though lines.c saw no list item in it: the
 * marker's number of levels (2 for "9.2."), or 0. */
int	item_start(const char *s, const struct line *ln);
/* Line pl, which goes on with nl, ends a title or lead-in sentence of its
 * own: starts says a sentence starts at pl or the line before it, wrap is
 * estimate_wrap's. */
int	lead_line(const char *s, size_t wrap, const struct line *pl,
	    const struct line *nl, int starts);
/* Lines li.. li + 2 are a column of short lines (one sentence each). */
int	short_column(const struct doclines *L, size_t li);

/* Where the first sentence of text[0..n) ends and the second starts
 * (clean offsets); both n when there is one sentence only. */
typedef void first_sentence_fn(void *arg, const char *text, size_t n,
    size_t *end, size_t *next);

struct paras {
	struct doclines *L;
	const struct doc_opts *o;
	const struct lexicon *lex;	/* the corpus as dictionary */
	first_sentence_fn *first_sentence;
	void	*fsarg;
	struct sections sect;
	size_t	 li;		/* next line to look at */
	size_t	 parno;
	size_t	 resume;	/* source offset where a split line goes on */
	size_t	 nq, nqend;	/* lines [nq, nqend) may hold moved
				 * notes (L_NOTE) still to give out */
	size_t	 wrap;		/* typical width of hard-wrapped lines, 0 none */
	int	 tsp;		/* wrapped lines end in a space (unspaced_end) */
	const struct words *words;	/* the word list, words_default() */
	int	 words_loaded;	/* loaded when a first hyphen is judged */
	struct parabuild b;	/* the current paragraph */
};

/* After headings_mark. */
void	paras_init(struct paras *P, struct doclines *L,
	    const struct doc_opts *o, const struct lexicon *lex,
	    first_sentence_fn *fs, void *fsarg);
/* The next paragraph (its text, pieces and breaks valid until the next
 * call), or 0 at the end. */
int	paras_next(struct paras *P, struct para *p);
void	paras_free(struct paras *P);

#endif
