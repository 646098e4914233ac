/*
 * util.h: allocation that never returns NULL, growable arrays, and the
 * exit statuses every tx tool shares.
 */
#ifndef TX_UTIL_H
#define TX_UTIL_H

#include <stddef.h>
#include <stdint.h>

enum { STATUS_OK = 0, STATUS_NOMATCH = 1, STATUS_TROUBLE = 2 };

#define IOBUF (256 * 1024)

/* Allocators: on failure they print "tool: out of memory" and exit 2.
 * xreallocarray also checks n * size for overflow. */
void	*xmalloc(size_t n);
void	*xcalloc(size_t n, size_t size);
/* xcalloc for a table that is probed (read) before it is written: its
 * zeros are written at once.  A big calloc is fresh pages that a read maps
 * to the kernel's one zero page; the first write to each then takes a
 * second fault, a copy, and a TLB flush that interrupts every other thread
 * of the process. */
void	*xcalloc_written(size_t n, size_t size);
void	*xrealloc(void *p, size_t n);
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrdup(const char *s);
char	*xmemdup(const char *s, size_t n);	/* adds a NUL */

/* A growable array of T: VEC(T) v = {0}; VEC_PUSH(v, x); v.v[i]; v.n.
 * Capacity doubles; VEC_FREE releases it. */
#define VEC(T)	struct { T *v; size_t n, cap; }
#define VEC_GROW(a, need) do {						\
	if ((need) > (a).cap) {						\
		size_t nc_ = (a).cap ? (a).cap : 16;			\
		while (nc_ < (need))					\
			nc_ *= 2;					\
		(a).v = xreallocarray((a).v, nc_, sizeof(*(a).v));	\
		(a).cap = nc_;						\
	}								\
} while (0)
#define VEC_PUSH(a, x) do {						\
	VEC_GROW(a, (a).n + 1);						\
	(a).v[(a).n++] = (x);						\
} while (0)
#define VEC_FREE(a) do { free((a).v); (a).v = NULL; (a).n = (a).cap = 0; } while (0)

/* A growable byte string, always NUL-terminated after s[n]. */
struct str {
	char	*s;
	size_t	 n, cap;
};
void	str_grow(struct str *b, size_t need);	/* room for need more bytes */
void	str_add(struct str *b, const char *s, size_t n);
void	str_addc(struct str *b, char c);
void	str_clear(struct str *b);		/* n = 0, keeps the memory */
void	str_free(struct str *b);

/* Parses a non-negative decimal count for option `opt`; on junk prints
 * "tool: opt: invalid number 'arg'" and exits 2. */
size_t	parse_count(const char *arg, const char *opt);
/* The same check without exiting: stores the value in *res and returns 0,
 * or returns -1 on an empty string, a non-digit or overflow. */
int	parse_count_try(const char *arg, size_t *res);

/* The version of every tx tool. */
#define TX_VERSION "0.1.0"

/* A tool's standard answers, none of which returns: tool_usage prints
 * the usage lines and "Try 'tool --help'" on stderr and exits 2;
 * tool_help prints the usage lines and the text on stdout and exits 0;
 * tool_version prints "tool 0.1.0" and exits 0.  When stdout cannot take
 * the text (/dev/full) they exit 2: "tool: write error: reason". */
void	tool_usage(const char *usage) __attribute__((noreturn));
void	tool_help(const char *usage, const char *text) __attribute__((noreturn));
void	tool_version(void) __attribute__((noreturn));

/* How many threads a tool may use: 2, or 1 when TX_THREADS=1 (the same
 * output either way). */
int	tool_threads(void);

/* --color=WHEN: 1 to colour standard output, 0 not to.  "always",
 * "never", or "auto": when it is a terminal and NO_COLOR is unset (see
 * no-color.org).  Anything else exits 2 with a message. */
int	tool_color(const char *when);

/* Two options given together that cannot both be honoured: prints
 * "tool: a and b contradict each other" and exits 2. */
void	tool_contradict(const char *a, const char *b) __attribute__((noreturn));

#endif
