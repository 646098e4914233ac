/*
 * test_util: allocators, VEC, struct str and parse_count.
 */
#include <sys/mman.h>
#include <sys/wait.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

#include "check.h"

/*
 * Runs fn(arg) in a child with stderr captured; returns its wait status
 * and what it printed (NUL-terminated, truncated to errlen - 1).
 */
static int
run_child(void (*fn)(const void *), const void *arg, char *errbuf,
    size_t errlen)
{
	int fd[2], status;
	size_t n = 0;
	ssize_t r;
	pid_t pid;

	CHECK(pipe(fd) == 0);
	fflush(NULL);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		close(fd[0]);
		dup2(fd[1], STDERR_FILENO);
		fn(arg);
		_exit(0);
	}
	close(fd[1]);
	while (n + 1 < errlen &&
	    (r = read(fd[0], errbuf + n, errlen - 1 - n)) > 0)
		n += (size_t)r;
	errbuf[n] = '\0';
	close(fd[0]);
	CHECK(waitpid(pid, &status, 0) == pid);
	return status;
}

static int
exited(int status, int code)
{
	return WIFEXITED(status) && WEXITSTATUS(status) == code;
}

static int
endswith(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

static void
child_parse(const void *arg)
{
	parse_count(arg, "--top");
}

static void
child_overflow(const void *arg)
{
	(void)arg;
	xreallocarray(NULL, SIZE_MAX / 2, 4);
}

static void
child_overflow_written(const void *arg)
{
	(void)arg;
	xcalloc_written(SIZE_MAX / 2, 4);
}

/* Pages of [p, p + n) in memory (mincore), of those wholly inside. */
static size_t
resident(const void *p, size_t n)
{
	size_t pg = (size_t)sysconf(_SC_PAGESIZE), i, k = 0;
	uintptr_t a = ((uintptr_t)p + pg - 1) & ~(uintptr_t)(pg - 1);
	uintptr_t b = ((uintptr_t)p + n) & ~(uintptr_t)(pg - 1);
	unsigned char *v;

	if (b <= a)
		return 0;
	v = xmalloc((b - a) / pg);
	CHECK(mincore((void *)a, b - a, v) == 0);
	for (i = 0; i < (b - a) / pg; i++)
		k += v[i] & 1;
	free(v);
	return k;
}

/* xcalloc_written: zeros, and every page of them in memory before any
 * write of ours (glibc's xcalloc of 4 MiB has none until it is touched;
 * ASan's may, so that is not checked). */
static void
test_alloc_written(void)
{
	size_t n = 4 << 20, pg = (size_t)sysconf(_SC_PAGESIZE), i;
	unsigned char *b = xcalloc_written(n, 1);
	char err[512];
	unsigned char any = 0;
	int st;

	CHECK(resident(b, n) == n / pg - 1 || resident(b, n) == n / pg);
	for (i = 0; i < n; i++)
		any |= b[i];
	CHECK(any == 0);
	free(b);
	b = xcalloc_written(0, 8);
	CHECK(b != NULL);
	free(b);
	st = run_child(child_overflow_written, NULL, err, sizeof(err));
	CHECK(exited(st, 2));
	CHECK(endswith(err, ": out of memory\n"));
}

static void
test_alloc(void)
{
	char *p, *q, err[512];
	int *a, i, st;

	p = xmalloc(0);
	CHECK(p != NULL);
	free(p);
	a = xcalloc(100, sizeof(*a));
	for (i = 0; i < 100; i++)
		CHECK(a[i] == 0);
	a = xreallocarray(a, 1000, sizeof(*a));
	a[999] = 7;
	CHECK(a[0] == 0 && a[999] == 7);
	free(a);
	p = xrealloc(NULL, 10);
	memcpy(p, "123456789", 10);
	p = xrealloc(p, 100000);
	CHECK(strcmp(p, "123456789") == 0);
	free(p);

	p = xstrdup("hello");
	CHECK(strcmp(p, "hello") == 0);
	q = xmemdup("ab\0cd", 5);
	CHECK(memcmp(q, "ab\0cd", 5) == 0 && q[5] == '\0');
	free(p);
	free(q);
	q = xmemdup(NULL, 0);
	CHECK(q[0] == '\0');
	free(q);

	st = run_child(child_overflow, NULL, err, sizeof(err));
	CHECK(exited(st, 2));
	CHECK(endswith(err, ": out of memory\n"));
}

static void
test_vec(void)
{
	VEC(int) v = { 0 };
	int i;

	for (i = 0; i < 100000; i++)
		VEC_PUSH(v, i * 3);
	CHECK(v.n == 100000 && v.cap >= v.n);
	CHECK((v.cap & (v.cap - 1)) == 0);	/* doubled from 16 */
	for (i = 0; i < 100000; i++)
		if (v.v[i] != i * 3)
			break;
	CHECK(i == 100000);
	VEC_FREE(v);
	CHECK(v.v == NULL && v.n == 0 && v.cap == 0);
}

static void
test_str(void)
{
	struct str b = { 0 };
	char *big;
	size_t i, cap;

	str_add(&b, "", 0);
	CHECK(b.s != NULL && b.n == 0 && b.s[0] == '\0');
	str_free(&b);

	str_addc(&b, 'x');
	CHECK(b.n == 1 && strcmp(b.s, "x") == 0);
	str_add(&b, "yz", 2);
	CHECK(b.n == 3 && strcmp(b.s, "xyz") == 0);
	str_add(&b, "a\0b", 3);
	CHECK(b.n == 6 && memcmp(b.s, "xyza\0b", 7) == 0);

	/* Growth one byte at a time across many doublings. */
	str_clear(&b);
	for (i = 0; i < 1000000; i++) {
		str_addc(&b, (char)('a' + i % 26));
		if (b.s[b.n] != '\0' || b.n > b.cap)
			break;
	}
	CHECK(i == 1000000);
	CHECK(b.n == 1000000 && b.s[999999] == 'a' + 999999 % 26);

	/* str_clear keeps the memory. */
	cap = b.cap;
	str_clear(&b);
	CHECK(b.n == 0 && b.cap == cap && b.s[0] == '\0');

	/* A big append in one go, and str_grow making room. */
	big = xmalloc(5000000);
	memset(big, 'q', 5000000);
	str_add(&b, big, 5000000);
	CHECK(b.n == 5000000 && b.s[4999999] == 'q' && b.s[5000000] == '\0');
	str_grow(&b, 10000000);
	CHECK(b.cap - b.n >= 10000000);
	CHECK(b.s[b.n] == '\0');
	free(big);

	str_free(&b);
	CHECK(b.s == NULL && b.n == 0 && b.cap == 0);
	str_free(&b);		/* twice is harmless */

	/* str_grow on an empty struct gives a valid "" */
	str_grow(&b, 0);
	CHECK(b.s != NULL && b.s[0] == '\0');
	str_free(&b);
}

static void
test_parse(void)
{
	static const char *bad[] = {
		"", "-1", "+1", "1x", "x1", " 1", "1 ", "0x10", "1.5", "1e3",
		"18446744073709551616", "99999999999999999999999", "١",
		NULL
	};
	char err[512];
	size_t v;
	int i, st;

	CHECK(parse_count_try("0", &v) == 0 && v == 0);
	CHECK(parse_count_try("42", &v) == 0 && v == 42);
	CHECK(parse_count_try("007", &v) == 0 && v == 7);
	if (SIZE_MAX == UINT64_MAX) {
		CHECK(parse_count_try("18446744073709551615", &v) == 0);
		CHECK(v == SIZE_MAX);
	}
	for (i = 0; bad[i] != NULL; i++) {
		v = 12345;
		CHECK(parse_count_try(bad[i], &v) == -1);
		CHECK(v == 12345);	/* untouched on error */
	}
	CHECK(parse_count_try(NULL, &v) == -1);

	CHECK(parse_count("1000", "--top") == 1000);
	st = run_child(child_parse, "12a", err, sizeof(err));
	CHECK(exited(st, 2));
	CHECK(endswith(err, ": --top: invalid number '12a'\n"));
	st = run_child(child_parse, "-3", err, sizeof(err));
	CHECK(exited(st, 2));
	CHECK(endswith(err, ": --top: invalid number '-3'\n"));
	st = run_child(child_parse, "18446744073709551616", err, sizeof(err));
	CHECK(exited(st, 2));
	CHECK(strstr(err, "invalid number '18446744073709551616'") != NULL);
	st = run_child(child_parse, "5", err, sizeof(err));
	CHECK(exited(st, 0) && err[0] == '\0');
}

int
main(void)
{
	test_alloc();
	test_alloc_written();
	test_vec();
	test_str();
	test_parse();
	printf("test_util: %d checks passed\n", nchecks);
	return 0;
}
