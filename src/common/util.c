/*
 * util.c: allocators that never return NULL, growable strings, and the
 * option-number parser every tool shares.
 */
#include <errno.h>
#include <stdio.h>
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static void
nomem(void)
{
	errx(STATUS_TROUBLE, "out of memory");
}

void *
xmalloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		nomem();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = calloc(n, size)) == NULL)
		nomem();
	return p;
}

void *
xcalloc_written(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0)
		n = size = 1;
	p = xreallocarray(NULL, n, size);	/* checks n * size */
	memset(p, 0, n * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q;

	if ((q = realloc(p, n ? n : 1)) == NULL)
		nomem();
	return q;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		nomem();
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}

char *
xmemdup(const char *s, size_t n)
{
	char *p;

	if (n == SIZE_MAX)
		nomem();
	p = xmalloc(n + 1);
	if (n > 0)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/*
 * The buffer always holds cap + 1 bytes so that s[n] can carry the NUL
 * even when the string is full.
 */
void
str_grow(struct str *b, size_t need)
{
	size_t nc;

	if (need > SIZE_MAX - 1 - b->n)
		nomem();
	if (b->s != NULL && b->n + need <= b->cap)
		return;
	/* Double, or take exactly what a big request asks for. */
	nc = b->cap == 0 ? 64 :
	    b->cap <= (SIZE_MAX - 1) / 2 ? b->cap * 2 : SIZE_MAX - 1;
	if (nc < b->n + need)
		nc = b->n + need;
	b->s = xrealloc(b->s, nc + 1);
	b->cap = nc;
	b->s[b->n] = '\0';
}

void
str_add(struct str *b, const char *s, size_t n)
{
	str_grow(b, n);
	if (n > 0)
		memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void
str_addc(struct str *b, char c)
{
	if (b->s == NULL || b->n >= b->cap)
		str_grow(b, 1);
	b->s[b->n++] = c;
	b->s[b->n] = '\0';
}

void
str_clear(struct str *b)
{
	b->n = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

void
str_free(struct str *b)
{
	free(b->s);
	b->s = NULL;
	b->n = b->cap = 0;
}

int
parse_count_try(const char *arg, size_t *res)
{
	const char *p;
	size_t v = 0, d;

	if (arg == NULL || *arg == '\0')
		return -1;
	for (p = arg; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		d = (size_t)(*p - '0');
		if (v > (SIZE_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*res = v;
	return 0;
}

size_t
parse_count(const char *arg, const char *opt)
{
	size_t v;

	if (parse_count_try(arg, &v) == -1)
		errx(STATUS_TROUBLE, "%s: invalid number '%s'", opt,
		    arg ? arg : "");
	return v;
}

void
tool_usage(const char *usage)
{
	fputs(usage, stderr);
	fprintf(stderr, "Try '%s --help' for more information.\n",
	    program_invocation_short_name);
	exit(STATUS_TROUBLE);
}

/*
 * Closes stdout after --help or --version and exits 0, or 1 with "tool:
 * write error: reason" when the text did not all get out (a full disk,
 * /dev/full), as coreutils' close_stdout does with EXIT_FAILURE (cat,
 * head, wc...).  1, not 2: no input was read, so it cannot be mistaken
 * for "no match" or "the texts differ", and the issue asked for it.
 */
static void __attribute__((noreturn))
answered(int why)
{
	int bad = ferror(stdout);

	errno = 0;
	if (fclose(stdout) != 0 || bad) {
		/* A text longer than stdio's buffer fails while it is
		 * written, and fclose then has nothing left to say why. */
		if (errno == 0)
			errno = why;
		if (errno != 0)
			err(1, "write error");
		errx(1, "write error");
	}
	exit(STATUS_OK);
}

void
tool_help(const char *usage, const char *text)
{
	int why = 0;

	errno = 0;
	if (fputs(usage, stdout) == EOF || fputs(text, stdout) == EOF)
		why = errno;
	answered(why);
}

void
tool_version(void)
{
	int why = 0;

	errno = 0;
	if (printf("%s %s\n", program_invocation_short_name, TX_VERSION) < 0)
		why = errno;
	answered(why);
}

int
tool_color(const char *when)
{
	if (strcmp(when, "always") == 0)
		return 1;
	if (strcmp(when, "never") == 0)
		return 0;
	if (strcmp(when, "auto") == 0)
		return isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL;
	errx(STATUS_TROUBLE, "--color: '%s': auto, always or never", when);
}

void
tool_contradict(const char *a, const char *b)
{
	errx(STATUS_TROUBLE, "%s and %s contradict each other", a, b);
}

int
tool_threads(void)
{
	const char *e = getenv("TX_THREADS");

	return e != NULL && strcmp(e, "1") == 0 ? 1 : 2;
}
