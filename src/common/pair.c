/*
 * pair.c: two threads over one buffer (see pair.h).
 */
#include <pthread.h>
#include <string.h>

#include "pair.h"
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
