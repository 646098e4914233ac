/*
 * test_pair: two threads over one buffer (pair.c).  pair_validate gives
 * utf8_validate's answer on a buffer big enough to be cut: valid text,
 * and a bad byte, a truncated character or a NUL at each offset around
 * the middle, where the cut falls, and in either half.
 */
#include <stdlib.h>
#include <string.h>

#include "pair.h"
#include "utf8.h"

#include "check.h"

#define N	((1 << 20) + 4099)

int
main(void)
{
	static const char *const bad[] = { "\xFF", "\xE7\xBD", "\x80", "",
	    "\xC0\xAF" };
	char *s = malloc(N), *t = malloc(N);
	size_t i, k, at, mid = N / 2;

	if (s == NULL || t == NULL)
		return 2;
	/* Han characters, three bytes each, a line feed now and then: the
	 * middle of the buffer falls inside a character. */
	for (i = 0; i + 3 <= N; i += 3)
		memcpy(s + i, i % 300 == 0 ? "ab\n" : "\xE7\xBD\x91", 3);
	for (; i < N; i++)
		s[i] = 'x';
	CHECK(utf8_validate(s, N) == N && pair_validate(s, N) == N);
	for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		size_t len = strlen(bad[k]) ? strlen(bad[k]) : 1;
		const size_t spots[] = { 0, 3, mid - 9, N - 7 };

		size_t nbad = 0;

		for (at = mid - 8; at < mid + 8; at++) {
			memcpy(t, s, N);
			memcpy(t + at, bad[k], len);	/* "" puts a NUL */
			CHECK(pair_validate(t, N) == utf8_validate(t, N));
			nbad += utf8_validate(t, N) < N;
		}
		CHECK(nbad >= 5);	/* a third of the spots at least */
		for (i = 0; i < sizeof(spots) / sizeof(spots[0]); i++) {
			memcpy(t, s, N);
			memcpy(t + spots[i], bad[k], len);
			/* and a second error after the middle: the first
			 * one counts */
			memcpy(t + mid + 100, "\xFF", 1);
			CHECK(pair_validate(t, N) == utf8_validate(t, N));
		}
	}
	/* Continuation bytes all the way from the middle: no cut, one
	 * pass. */
	memcpy(t, s, N);
	memset(t + mid - 2, 0x80, N - mid + 2);
	CHECK(pair_validate(t, N) == utf8_validate(t, N));
	free(s);
	free(t);
	printf("test_pair: %d checks passed\n", nchecks);
	return 0;
}
