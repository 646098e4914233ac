/*
 * lexicon.h: pass 1, the corpus as its own dictionary.
 */
#ifndef TX_LEXICON_H
#define TX_LEXICON_H

#include <stdint.h>

#include "doc.h"

/* How often the corpus has the word s[0..n) (a joined or hyphenated form
 * of a line-break hyphen it gathered), 0 for any other. */
uint64_t corpus_count(const struct corpus *c, const char *s, size_t n);

#endif
