/*
 * pair.h: two threads over one buffer.  half_cut says where to cut
 * s[0..n) (after a line feed near the middle; n, no cut, for a buffer of
 * 1 MiB or less or when TX_THREADS=1); run_pair runs fn(b) on a second
 * thread while this one runs fn(a), then waits (both here when two is 0
 * or no thread can start).  The stages that split a document in two
 * (lines.c, lexicon.c) use it.
 *
 * pair_validate is utf8_validate (utf8.h) on two threads, with its
 * answer: the halves are cut at a byte that continues no character, so
 * each character, and the first bad one, is where one pass finds it.
 */
#ifndef TX_PAIR_H
#define TX_PAIR_H

#include <stddef.h>

size_t	half_cut(const char *s, size_t n);
void	run_pair(void *(*fn)(void *), void *a, void *b, int two);
size_t	pair_validate(const char *s, size_t n);

#endif
