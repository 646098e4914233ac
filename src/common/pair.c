/*
 * pair.c: two threads over one buffer (see pair.h).
 */
#include <pthread.h>
#include <string.h>

#include "pair.h"
#include "utf8.h"
#include "util.h"

size_t
half_cut(const char *s, size_t n)
{
	const char *nl;

	if (n <= (1 << 20) || tool_threads() < 2 ||
	    (nl = memchr(s + n / 2, '\n', n - n / 2)) == NULL)
		return n;
	return (size_t)(nl - s) + 1;
}

void
run_pair(void *(*fn)(void *), void *a, void *b, int two)
{
	pthread_t tid;
	int threaded = two && pthread_create(&tid, NULL, fn, b) == 0;

	fn(a);
	if (threaded)
		pthread_join(tid, NULL);
	else
		fn(b);
}

struct vhalf {
	const char *s;
	size_t n, bad;
};

static void *
validate_half(void *arg)
{
	struct vhalf *h = arg;

	h->bad = utf8_validate(h->s, h->n);
	return NULL;
}

size_t
pair_validate(const char *s, size_t n)
{
	struct vhalf a, b;
	size_t m = n / 2;

	if (n <= (1 << 20) || tool_threads() < 2)
		return utf8_validate(s, n);
	/* The first byte from the middle on that continues nothing. */
	while (m < n && ((unsigned char)s[m] & 0xC0) == 0x80)
		m++;
	a.s = s;
	a.n = m;
	b.s = s + m;
	b.n = n - m;
	run_pair(validate_half, &a, &b, m < n);
	return a.bad < m ? a.bad : m + b.bad;
}
