/*
 * docint.h: the inside of struct doc, shared by doc.c (which runs the
 * stages) and batch.c (sentences).  Not for tools.
 */
#ifndef TX_DOCINT_H
#define TX_DOCINT_H

#include "doc.h"
#include "tok.h"
#include "lines.h"
#include "overstrike.h"
#include "decode.h"
#include "zhconv.h"
#include "heading.h"
#include "para.h"
#include "pair.h"
#include "behind.h"

struct batch;

struct doc {
	int	 started;	/* doc_next has handed out a paragraph */
	struct corpus *corpus;
	const struct doc_opts *opts;
	const char *name;
	struct str id;		/* doc_id */
	struct str src;		/* the whole input */
	int	 srckept;	/* src is the corpus's kept bytes: not freed */
	struct decoded dec;	/* decode.c: src as UTF-8 text, the map back */
	struct zhconv cv;	/* zhconv.c: the text in simplified characters
				 * (--zh-convert), the map back */

	/* the stages */
	struct overstrike os;	/* overstrike.c: the view the others read */
	struct doclines lines;	/* lines.c, furniture.c, heading.c */
	struct paras paras;	/* para.c */
	struct behind behind;	/* o->forget: the view (os.s) given back
				 * behind the batches (batch.c) */

	/* doc.c: sentences of the current paragraph */
	struct batch *bat[2];	/* paragraphs split ahead, two threads */
	int	 bi;		/* bat[bi] is handed out now */
	int	 share;		/* the other thread's share of a batch, in
				 * sixteenths (batch.c), 0 before the first */
	int	 inbatch;	/* cur is from the batch (else: windows) */
	int	 cleandone;	/* paras_next said the end */
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


#endif
