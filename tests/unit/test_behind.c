/*
 * test_behind: pages given back behind a reader are gone from memory,
 * unreadable (a read stops the reader instead of seeing zeros) and
 * readable again after behind_end; nothing ahead of the offset, and no
 * byte outside the buffer's whole pages, is touched.
 */
#include <sys/mman.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "behind.h"

#include "check.h"

static size_t ps;

/* Whether the page holding p is in memory. */
static int
resident(const char *p)
{
	unsigned char v = 0;
	uintptr_t a = (uintptr_t)p & ~(uintptr_t)(ps - 1);

	CHECK(mincore((void *)a, ps, &v) == 0);
	return v & 1;
}

/* Whether reading p stops a child: 1, or 0 when the read went through. */
static int
read_stops(const volatile char *p)
{
	pid_t pid;
	int st, fd;

	fflush(NULL);
	if ((pid = fork()) == 0) {
		/* Quiet: a sanitizer reports the fault on stderr. */
		if ((fd = open("/dev/null", O_WRONLY)) >= 0)
			dup2(fd, STDERR_FILENO);
		(void)*p;
		_exit(0);
	}
	CHECK(pid > 0);
	CHECK(waitpid(pid, &st, 0) == pid);
	return !(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static void
test_drop(void)
{
	size_t n = 64 * ps + 123, i, cut = 20 * ps + 7;
	/* Not page-aligned on purpose: the head up to the first whole page
	 * is never given back. */
	char *buf = malloc(n + 1), *s = buf + 1;
	struct behind b;

	CHECK(buf != NULL);
	for (i = 0; i < n; i++)
		s[i] = (char)('a' + i % 26);
	behind_init(&b, s, n);
	CHECK(b.base == s && b.lo < ps && b.lo == b.hi);
	behind_drop(&b, cut);
	/* The whole pages before cut, from the first whole page. */
	CHECK(b.hi > b.lo && b.hi <= cut && cut - b.hi < ps);
	CHECK((((uintptr_t)s + b.hi) & (ps - 1)) == 0);
	CHECK(!resident(s + b.lo) && !resident(s + b.hi - 1));
	CHECK(read_stops(s + b.lo) && read_stops(s + b.hi - 1));
	/* The bytes around them are as they were. */
	for (i = 0; i < b.lo; i++)
		CHECK(s[i] == (char)('a' + i % 26));
	for (i = b.hi; i < n; i++)
		CHECK(s[i] == (char)('a' + i % 26));
	CHECK(!read_stops(s + b.hi));
	/* Behind what is given back already, or less than a page more:
	 * nothing. */
	i = b.hi;
	behind_drop(&b, cut - 3 * ps);
	behind_drop(&b, i + ps - 1);
	CHECK(b.hi == i);
	behind_drop(&b, SIZE_MAX);	/* to the end: its whole pages */
	CHECK(n - b.hi < ps && read_stops(s + b.hi - 1));
	CHECK(s[n - 1] == (char)('a' + (n - 1) % 26));
	CHECK(behind_end(&b) == 0);
	CHECK(b.base == NULL);
	/* Readable, and zeros, once ended; the buffer frees as any. */
	CHECK(!read_stops(s + ps * 2) && s[ps * 2] == 0 && s[ps * 30] == 0);
	s[ps * 2] = 'x';
	free(buf);
}

static void
test_small(void)
{
	char *s = malloc(100);
	struct behind b;

	CHECK(s != NULL);
	memset(s, 'q', 100);
	behind_init(&b, s, 100);	/* 100 bytes hold no whole page */
	behind_drop(&b, 100);
	CHECK(!read_stops(s) && s[99] == 'q');
	CHECK(behind_end(&b) == 0);
	free(s);
	behind_init(&b, NULL, 0);	/* nothing: a no-op */
	behind_drop(&b, 10);
	CHECK(behind_end(&b) == 0);
}

int
main(void)
{
	ps = (size_t)sysconf(_SC_PAGESIZE);
	test_drop();
	test_small();
	printf("test_behind: %d checks passed\n", nchecks);
	return 0;
}
