/*
 * rx.h: the pcre2 wrapper. Patterns are UTF-8 with PCRE2_UTF and PCRE2_UCP
 * on, JIT-compiled when the library supports it, and matched with a match
 * limit so that no pattern runs away: pcre2's limits bound each start
 * position, and a work budget bounds all the matching in one document.
 * Subjects must be valid UTF-8: they are matched with PCRE2_NO_UTF_CHECK
 * (a bad byte lets pcre2 read outside them).
 */
#ifndef TX_RX_H
#define TX_RX_H

#include <stddef.h>

#define RX_ICASE	0x1	/* caseless */
#define RX_WORD		0x2	/* whole words: \b(?:...)\b */
#define RX_LITERAL	0x4	/* the pattern is a fixed string */
#define RX_NOJIT	0x8	/* never JIT-compile: for tests and debugging */

/* The work budget of a document: honest patterns take a few steps a byte
 * at most; (a+)+$ over 1 MB of "aaaaaaaaaaaaaaaaaa! " stops within about
 * a second.  The floor is what a short text may spend: some 0.1 s of
 * counted steps without the JIT (0.3 s in the sanitized fuzz build, whose
 * oracle allows a call 1 s). */
#define RX_WORK_FLOOR		(1ULL << 22)
#define RX_WORK_PER_BYTE	128ULL

struct rx;

/* Compiles pattern (n bytes).  On error returns NULL and writes
 * "bad regex at offset N: message" into errbuf (size errlen). */
struct rx *rx_compile(const char *pat, size_t n, unsigned flags,
	    char *errbuf, size_t errlen);
/* Finds the first match in s[start..n).  Returns 1 and sets
 * [*ms, *me) on a match, 0 when there is none, -1 when the match limit
 * was hit or another matching error happened (message in errbuf). */
int	rx_exec(struct rx *r, const char *s, size_t n, size_t start,
	    size_t *ms, size_t *me, char *errbuf, size_t errlen);
/* Starts a document of n bytes: the rx_exec calls that follow may do,
 * together, RX_WORK_FLOOR + RX_WORK_PER_BYTE * n steps of matching work
 * (pcre2 callouts, about one per pattern item tried; the first 256 steps
 * at each start position are free), then return -1 with "match limit
 * exceeded".  rx_compile sets the budget of an empty one. */
void	rx_budget(struct rx *r, size_t n);
/* Adds the work of n more bytes of the same document (for text that
 * arrives in pieces, as records of a stream). */
void	rx_budget_more(struct rx *r, size_t n);
/* Why an rx_exec call since the last rx_budget returned -1, or NULL when
 * none did: for callers that test many pieces and report once. */
const char *rx_failure(const struct rx *r);
void	rx_free(struct rx *r);
/* Appends s[0..n) to out as a pattern that matches it literally. */
struct str;
void	rx_quote(const char *s, size_t n, struct str *out);

#endif
