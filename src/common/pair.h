/*
 * pair.h: two threads over one buffer.  half_cut says where to cut
 * s[0..n) (after a line feed near the middle; n, no cut, for a buffer of
 * 1 MiB or less or when TX_THREADS=1); run_pair runs fn(b) on a second
 * thread while this one runs fn(a), then waits (both here when two is 0
 * or no thread can start).  The stages that split a document in two
 * (lines.c, lexicon.c) use it.
 */
#ifndef TX_PAIR_H
#define TX_PAIR_H

#include <stddef.h>

size_t	half_cut(const char *s, size_t n);
void	run_pair(void *(*fn)(void *), void *a, void *b, int two);

#endif
