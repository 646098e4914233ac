/*
 * behind.h: gives the memory of a text back behind its one reader.  A
 * tool that reads a big text once, front to back, needs only what lies
 * ahead of where it reads: behind_drop hands the whole pages before an
 * offset back to the kernel.  They are made unreadable first, so that a
 * read of them that the reader promised not to make stops the program
 * (SIGSEGV) instead of reading zeros; a page that cannot be made so is
 * kept.  behind_end makes them readable (and zero) again: call it before
 * the buffer is freed or reused.
 */
#ifndef TX_BEHIND_H
#define TX_BEHIND_H

#include <stddef.h>

struct behind {
	char	*base;		/* the buffer, n bytes; NULL: nothing to do */
	size_t	 n;
	size_t	 lo, hi;	/* base[lo, hi): the pages given back */
};

/* Starts giving back the buffer base[0, n) (any alignment). */
void	behind_init(struct behind *b, const char *base, size_t n);
/* Gives back the whole pages of base[0, off) not given back yet. */
void	behind_drop(struct behind *b, size_t off);
/* Makes what was given back readable and writable again (zeros): 0, or
 * -1 (errno set) when it could not, and the buffer must not be freed. */
int	behind_end(struct behind *b);

#endif
