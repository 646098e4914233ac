/*
 * docint.h: the inside of struct doc, shared by doc.c (reading, sentences)
 * and clean.c (line classification, paragraphs).  Not for tools.
 */
#ifndef TX_DOCINT_H
#define TX_DOCINT_H

#include "doc.h"
#include "tok.h"
#include "lines.h"
#include "heading.h"
#include "pair.h"

struct batch;

struct doc {
	int	 started;	/* doc_next has handed out a paragraph */
	struct corpus *corpus;
	const struct doc_opts *opts;
	const char *name;
	struct str src;		/* the whole input */
	int	 srckept;	/* src is the corpus's kept bytes: not freed */

	/* clean.c */
	struct doclines lines;
	size_t	 li;		/* next line to look at */
	size_t	 parno;
	struct sections sect;
	size_t	 resume;	/* source offset where a split line goes on */
	size_t	 wrap;		/* typical width of hard-wrapped lines, 0 none */
	struct str text;	/* the current paragraph's clean text */
	VEC(struct piece) pieces;
	VEC(size_t) breaks;

	/* doc.c: sentences of the current paragraph */
	struct batch *bat[2];	/* paragraphs split ahead, two threads */
	int	 bi;		/* bat[bi] is handed out now */
	int	 inbatch;	/* cur is from the batch (else: windows) */
	int	 cleandone;	/* clean_next said the end */
	int	 giant;		/* giantp waits for the batch before it */
	struct para giantp;
	struct para cur;
	struct tokenizer tk;
	int	 tkdone;
	VEC(struct tok) toks;
	VEC(size_t) starts;
	VEC(size_t) merged;
	size_t	 nfinal, sentidx, nsent;
};

void	clean_document(struct doc *d);
int	clean_next(struct doc *d, struct para *p);
void	clean_free(struct doc *d);
uint64_t corpus_count(const struct corpus *c, const char *s, size_t n);

#endif
