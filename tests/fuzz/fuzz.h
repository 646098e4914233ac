/*
 * fuzz.h: what the libFuzzer harnesses share.  Each tests/fuzz/fuzz_*.c
 * includes it once (everything here is static).
 *
 *  - err(), errx(), warn() and warnx() of <err.h> are replaced: the
 *    library's fatal errors ("tool: file: reason", exit 2) longjmp back to
 *    the harness while one is expected (fz_try), and abort otherwise, so
 *    that libFuzzer reports them with a stack; warnings are kept, not
 *    printed.
 *  - malloc, calloc, realloc and free are wrapped (-Wl,--wrap=..., see the
 *    Makefile): while fz_try runs, every live block is tracked, so that
 *    what a longjmp out of the library left behind can be freed.
 *  - FZ_CHECK(cond, ...) aborts with a message when an invariant fails.
 */
#ifndef TX_FUZZ_H
#define TX_FUZZ_H

#include <err.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "words.h"
#include "zhseg.h"

#define FZ_CHECK(cond, ...) do {					\
	if (!(cond)) {							\
		fprintf(stderr, "fuzz: %s:%d: %s: ", __FILE__, __LINE__,	\
		    #cond);						\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
		abort();						\
	}								\
} while (0)

/* ---- fatal errors ---- */

static jmp_buf	 fz_jmp;
static int	 fz_armed;	/* a fatal error longjmps to fz_jmp */
static char	 fz_msg[1024];	/* the last error or warning, no prefix */
static int	 fz_status;	/* its exit status */

static void
fz_format(int errnum, const char *fmt, va_list ap)
{
	int n = 0;

	if (fmt != NULL)
		n = vsnprintf(fz_msg, sizeof(fz_msg), fmt, ap);
	if (n < 0)
		n = 0;
	if (errnum >= 0 && (size_t)n < sizeof(fz_msg))
		snprintf(fz_msg + n, sizeof(fz_msg) - (size_t)n, "%s%s",
		    fmt != NULL ? ": " : "", strerror(errnum));
}

static void __attribute__((noreturn))
fz_fatal(int status)
{
	fz_status = status;
	if (fz_armed) {
		fz_armed = 0;
		longjmp(fz_jmp, 1);
	}
	fprintf(stderr, "fuzz: unexpected fatal error (exit %d): %s\n",
	    status, fz_msg);
	abort();
}

void
verr(int status, const char *fmt, va_list ap)
{
	fz_format(errno, fmt, ap);
	fz_fatal(status);
}

void
verrx(int status, const char *fmt, va_list ap)
{
	fz_format(-1, fmt, ap);
	fz_fatal(status);
}

void
err(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(status, fmt, ap);
}

void
errx(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrx(status, fmt, ap);
}

void
vwarn(const char *fmt, va_list ap)
{
	fz_format(errno, fmt, ap);
}

void
vwarnx(const char *fmt, va_list ap)
{
	fz_format(-1, fmt, ap);
}

void
warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarnx(fmt, ap);
	va_end(ap);
}

/* ---- tracked allocation ---- */

void	*__real_malloc(size_t);
void	*__real_calloc(size_t, size_t);
void	*__real_realloc(void *, size_t);
void	 __real_free(void *);

static int	  fz_tracking;
static void	**fz_live;	/* open addressing; NULL empty, FZ_GONE deleted */
static size_t	  fz_cap, fz_used;
#define FZ_GONE	((void *)1)

static size_t
fz_slot(void *p)
{
	uintptr_t h = (uintptr_t)p;

	h ^= h >> 17;
	h *= 0x9E3779B97F4A7C15u;
	return (size_t)(h >> 20) & (fz_cap - 1);
}

static void fz_track(void *p);

static void
fz_rehash(void)
{
	void **old = fz_live;
	size_t i, ocap = fz_cap;

	fz_cap = fz_cap ? fz_cap * 2 : 1024;
	fz_live = __real_calloc(fz_cap, sizeof(*fz_live));
	FZ_CHECK(fz_live != NULL, "out of memory");
	fz_used = 0;
	for (i = 0; i < ocap; i++)
		if (old[i] != NULL && old[i] != FZ_GONE)
			fz_track(old[i]);
	__real_free(old);
}

static void
fz_track(void *p)
{
	size_t i;

	if (p == NULL)
		return;
	if ((fz_used + 1) * 2 > fz_cap)
		fz_rehash();
	for (i = fz_slot(p); fz_live[i] != NULL && fz_live[i] != FZ_GONE;
	    i = (i + 1) & (fz_cap - 1))
		;
	fz_live[i] = p;
	fz_used++;
}

static void
fz_untrack(void *p)
{
	size_t i;

	if (p == NULL || fz_cap == 0)
		return;
	for (i = fz_slot(p); fz_live[i] != NULL; i = (i + 1) & (fz_cap - 1))
		if (fz_live[i] == p) {
			fz_live[i] = FZ_GONE;
			return;
		}
}

void *
__wrap_malloc(size_t n)
{
	void *p = __real_malloc(n);

	if (fz_tracking)
		fz_track(p);
	return p;
}

void *
__wrap_calloc(size_t n, size_t size)
{
	void *p = __real_calloc(n, size);

	if (fz_tracking)
		fz_track(p);
	return p;
}

void *
__wrap_realloc(void *p, size_t n)
{
	void *q = __real_realloc(p, n);

	if (fz_tracking && q != NULL) {
		fz_untrack(p);
		fz_track(q);
	}
	return q;
}

void
__wrap_free(void *p)
{
	if (fz_tracking)
		fz_untrack(p);
	__real_free(p);
}

/* Starts tracking allocations (nothing tracked yet). */
static void
fz_track_begin(void)
{
	if (fz_live != NULL)
		memset(fz_live, 0, fz_cap * sizeof(*fz_live));
	fz_used = 0;
	fz_tracking = 1;
}

/* Stops tracking; with release, frees every block still live. */
static void
fz_track_end(int release)
{
	size_t i;

	fz_tracking = 0;
	for (i = 0; release && i < fz_cap; i++)
		if (fz_live[i] != NULL && fz_live[i] != FZ_GONE)
			__real_free(fz_live[i]);
}

/*
 * What the library loads once for the whole run and keeps to its end:
 * the word list (words_default) and jieba's model (zh_default).  Loaded
 * inside a run that then failed, they were freed with the rest of its
 * blocks while the library still pointed at them (a use after free that
 * fuzz_stream found in words_has); and a document with Han text starts
 * the model's load on a thread of its own (zh_preload), whose blocks the
 * tracker must not see.  So they are loaded here, untracked, before the
 * first run: the preload then finds the model there and allocates
 * nothing.
 */
static void
fz_warm(void)
{
	static int warm;

	if (warm)
		return;
	warm = 1;
	(void)words_default();
	(void)zh_default();
}

/*
 * Runs fn(arg) with fatal errors caught and allocations tracked: returns
 * 0 when fn returned, else the exit status it asked for (fz_msg holds the
 * message), with everything it allocated freed.
 */
static int __attribute__((unused))
fz_try(void (*fn)(void *), void *arg)
{
	fz_warm();
	fz_track_begin();
	fz_armed = 1;
	if (setjmp(fz_jmp) == 0) {
		fn(arg);
		fz_armed = 0;
		fz_track_end(0);
		return 0;
	}
	fz_track_end(1);
	return fz_status;
}

/* ---- standard input from bytes ---- */

/* Makes fd 0 read data[0..n) from its start (a memfd behind it). */
static void __attribute__((unused))
fz_stdin(const uint8_t *data, size_t n)
{
	static int fd = -1;
	size_t off = 0;
	ssize_t w;

	if (fd == -1) {
		fd = memfd_create("fuzz-stdin", 0);
		FZ_CHECK(fd != -1, "memfd_create: %s", strerror(errno));
	}
	FZ_CHECK(ftruncate(fd, 0) == 0, "ftruncate: %s", strerror(errno));
	while (off < n) {
		w = pwrite(fd, data + off, n - off, (off_t)off);
		FZ_CHECK(w > 0, "pwrite: %s", strerror(errno));
		off += (size_t)w;
	}
	FZ_CHECK(dup2(fd, STDIN_FILENO) == STDIN_FILENO, "dup2: %s",
	    strerror(errno));
	FZ_CHECK(lseek(STDIN_FILENO, 0, SEEK_SET) == 0, "lseek: %s",
	    strerror(errno));
}

#endif
