/*
 * behind.c: see behind.h.  The buffer may be any allocation (malloc's
 * among others): only pages wholly inside it are touched, which malloc
 * never reads while the block is in use, and behind_end gives them
 * their access back before free can reuse them.
 */
#include <sys/mman.h>

#include <stdint.h>
#include <unistd.h>

#include "behind.h"

static size_t
page_size(void)
{
	static size_t ps;

	if (ps == 0) {
		long v = sysconf(_SC_PAGESIZE);

		ps = v > 0 ? (size_t)v : 4096;
	}
	return ps;
}

void
behind_init(struct behind *b, const char *base, size_t n)
{
	size_t ps = page_size();
	uintptr_t a = (uintptr_t)base;

	b->base = (char *)base;
	b->n = n;
	/* The first whole page: nothing before it is ever given back. */
	b->lo = b->hi = (size_t)(((a + ps - 1) & ~(uintptr_t)(ps - 1)) - a);
	if (base == NULL || b->lo >= n)
		b->base = NULL;
}

void
behind_drop(struct behind *b, size_t off)
{
	size_t ps = page_size(), end;

	if (b->base == NULL)
		return;
	if (off > b->n)
		off = b->n;
	if (off < b->hi || off - b->hi < ps)
		return;
	end = b->hi + (off - b->hi) / ps * ps;
	/* Unreadable first: a page that stays readable is not given back. */
	if (mprotect(b->base + b->hi, end - b->hi, PROT_NONE) != 0)
		return;
	(void)madvise(b->base + b->hi, end - b->hi, MADV_DONTNEED);
	b->hi = end;
}

int
behind_end(struct behind *b)
{
	int rc = 0;

	if (b->base != NULL && b->hi > b->lo)
		rc = mprotect(b->base + b->lo, b->hi - b->lo,
		    PROT_READ | PROT_WRITE);
	b->base = NULL;
	b->lo = b->hi = 0;
	return rc;
}
