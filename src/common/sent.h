/*
 * sent.h: sentence boundaries in one paragraph of cleaned text, decided
 * over its tokens.  Knows abbreviations (titles, initials, U.S., e.g., No.,
 * Vol., a.m.), numbers, list items (1.) 1) 1. a. • ⁃ (1) - i.), quotations,
 * brackets and ellipses; passes the English Golden Rules.
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

#endif
