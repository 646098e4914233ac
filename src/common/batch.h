/*
 * batch.h: the sentence stage, after para.c.  doc_next and
 * doc_next_sentence (doc.h) are here: paragraphs are pulled from
 * paras_next in batches of about half a MiB of text, tokenized (tok.h) and
 * split into sentences (sent.h) by two threads, each taking the next
 * paragraph not yet taken, while the batch before is handed out (in a
 * document of more than 256 KiB the other thread also builds the batch,
 * the caller's thread then left to the tool's own work); a paragraph of more than 4 MiB is tokenized and
 * split through a window of 64 Ki tokens instead, so memory stays
 * bounded.  Each sentence is handed out with its tokens, so no caller
 * needs a paragraph's tokens at once.  The sentences are the same either
 * way: a forced break (a list item, struct para's breaks) starts a
 * sentence, and one longer than SENT_MAXTOK tokens (doc.h) is cut every
 * SENT_MAXTOK tokens.
 *
 * batch_first_sentence is the first_sentence_fn para.c asks to split a
 * run-in heading; arg points to the tokenizer options (TOK_*).
 */
#ifndef TX_BATCH_H
#define TX_BATCH_H

#include <stddef.h>

struct batch;

void	batch_first_sentence(void *arg, const char *text, size_t n,
	    size_t *end, size_t *next);
void	batch_free(struct batch *b);

#endif
