/*
 * check.h: the one assertion of the unit tests.  Unlike assert(), CHECK
 * never compiles away; it counts, and on failure names the file, line and
 * expression and exits 1.  Each test prints "test_x: N checks passed".
 */
#ifndef TX_CHECK_H
#define TX_CHECK_H

#include <stdio.h>
#include <stdlib.h>

static int nchecks;

#define CHECK(c) do {							\
	nchecks++;							\
	if (!(c)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #c);				\
		exit(1);						\
	}								\
} while (0)

#endif
