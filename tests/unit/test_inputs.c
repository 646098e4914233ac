/*
 * test_inputs: document ids (inputs_ids) and the -r tree (inputs_load).
 */
#include <sys/stat.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "inputs.h"
#include "util.h"

#include "check.h"

/* The ids of the n paths under mode, joined by '|'. */
static const char *
ids(int mode, int n, ...)
{
	static char buf[1024];
	char *paths[16], **v;
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		paths[i] = va_arg(ap, char *);
	va_end(ap);
	v = inputs_ids(paths, n, mode);
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(buf, "|");
		strcat(buf, v[i]);
	}
	inputs_ids_free(v, n);
	return buf;
}

static void
test_suffix(void)
{
	/* One input, or different base names: the base name, as before. */
	CHECK(strcmp(ids(ID_SUFFIX, 1, "samples/a.b.txt"), "a.b") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 2, "x/a.txt", "y/b.txt"), "a|b") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 1, "-"), "-") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 1, ".bashrc"), ".bashrc") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 1, "dir/"), "dir") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 1, "///"), "/") == 0);
	/* Same base name: one directory more. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "a/strategy.txt", "b/strategy.txt"),
	    "a/strategy|b/strategy") == 0);
	/* Only the inputs that share a name take more. */
	CHECK(strcmp(ids(ID_SUFFIX, 3, "a/s.txt", "b/s.txt", "c/t.txt"),
	    "a/s|b/s|t") == 0);
	/* Three levels: each as long as it must be. */
	CHECK(strcmp(ids(ID_SUFFIX, 3, "x/a/s.txt", "y/a/s.txt", "z/b/s.txt"),
	    "x/a/s|y/a/s|b/s") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 3, "p/x/a/s.txt", "q/x/a/s.txt",
	    "r/y/a/s.txt"), "p/x/a/s|q/x/a/s|y/a/s") == 0);
	/* A file at the top keeps its base name. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "s.txt", "a/s.txt"), "s|a/s") == 0);
	/* Empty and "." components are no part of an id. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "./a//s.txt", "b/./s.txt"),
	    "a/s|b/s") == 0);
	/* The whole path of an absolute one starts with '/'. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "/s.txt", "a/s.txt"), "/s|a/s") == 0);
	/* Paths that differ only in the extension, or in how they are
	 * written: the paths as given. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "a/s.txt", "a/s.md"),
	    "a/s.txt|a/s.md") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 2, "./a/s.txt", "a/s.txt"),
	    "./a/s.txt|a/s.txt") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 3, "a/s.txt", "a/s.md", "b/a/s.txt"),
	    "a/s.txt|a/s.md|b/a/s") == 0);
	/* A path as given that another's suffix reads: that one goes on. */
	CHECK(strcmp(ids(ID_SUFFIX, 4, "a/s.txt", "a/s.md", "x/a/s.txt.gz",
	    "y/s.txt.gz"), "a/s.txt|a/s.md|x/a/s.txt|y/s.txt") == 0);
	/* The same path twice is one document. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "a/s.txt", "a/s.txt"), "s|s") == 0);
	CHECK(strcmp(ids(ID_SUFFIX, 3, "a/s.txt", "a/s.txt", "b/s.txt"),
	    "a/s|a/s|b/s") == 0);
	/* Bytes that are not UTF-8 are \xHH, as io_idadd writes them. */
	CHECK(strcmp(ids(ID_SUFFIX, 2, "a/caf\xe9.txt", "b/caf\xe9.txt"),
	    "a/caf\\xe9|b/caf\\xe9") == 0);
	/* 0 inputs. */
	CHECK(strcmp(ids(ID_SUFFIX, 0), "") == 0);
}

static void
test_path_base(void)
{
	CHECK(strcmp(ids(ID_PATH, 2, "a/b/s.txt", "c.txt"), "a/b/s|c") == 0);
	CHECK(strcmp(ids(ID_PATH, 1, "./a//s.txt"), "a/s") == 0);
	CHECK(strcmp(ids(ID_PATH, 1, "/x/s.txt"), "/x/s") == 0);
	CHECK(strcmp(ids(ID_PATH, 1, "-"), "-") == 0);
	CHECK(strcmp(ids(ID_PATH, 2, "a/s.txt", "a/s.md"),
	    "a/s.txt|a/s.md") == 0);
	/* base: the old ids, one name for same-named files. */
	CHECK(strcmp(ids(ID_BASE, 2, "a/strategy.txt", "b/strategy.txt"),
	    "strategy|strategy") == 0);
	CHECK(strcmp(ids(ID_BASE, 1, "/x/a.b.txt"), "a.b") == 0);
}

/* Many same-named files, one level deeper each other time: all ids
 * differ. */
static void
test_many(void)
{
	enum { N = 2000 };
	char *paths[N], **v;
	int i, j;

	for (i = 0; i < N; i++) {
		paths[i] = xmalloc(64);
		snprintf(paths[i], 64, "%s/d%d/s.txt", i % 2 ? "x" : "y", i / 2);
	}
	v = inputs_ids(paths, N, ID_SUFFIX);
	CHECK(strcmp(v[0], "y/d0/s") == 0 && strcmp(v[1], "x/d0/s") == 0);
	for (i = 0; i < N; i += 97)
		for (j = i + 1; j < N; j++)
			CHECK(strcmp(v[i], v[j]) != 0);
	inputs_ids_free(v, N);
	for (i = 0; i < N; i++)
		free(paths[i]);
}

/* Random paths from a few names, slashes and dots: under ID_SUFFIX and
 * ID_PATH, different paths get different ids, equal paths equal ones, and
 * under ID_SUFFIX a path whose base name no other path has keeps it. */
static void
test_random(void)
{
	static const char *const parts[] = { "a", "b", "s", "s.txt", "s.md",
	    ".", "", "x.y.txt", ".s" };
	enum { NP = sizeof(parts) / sizeof(parts[0]), N = 24 };
	char buf[N][64], *paths[N], **v, **base;
	unsigned seed = 12345;
	int it, i, j, k, mode;

	for (it = 0; it < 3000; it++) {
		int n = 1 + (int)(seed % N);

		for (i = 0; i < n; i++) {
			int depth = 1 + (int)((seed = seed * 1103515245 + 12345) >>
			    16) % 4;

			buf[i][0] = '\0';
			if ((seed >> 20) % 5 == 0)
				strcat(buf[i], "/");
			for (k = 0; k < depth; k++) {
				seed = seed * 1103515245 + 12345;
				if (k > 0)
					strcat(buf[i], "/");
				strcat(buf[i], parts[(seed >> 16) % NP]);
			}
			paths[i] = buf[i];
		}
		seed = seed * 1103515245 + 12345;
		base = inputs_ids(paths, n, ID_BASE);
		for (mode = ID_SUFFIX; mode <= ID_PATH; mode++) {
			v = inputs_ids(paths, n, mode);
			for (i = 0; i < n; i++)
				for (j = i + 1; j < n; j++) {
					if ((strcmp(paths[i], paths[j]) == 0) !=
					    (strcmp(v[i], v[j]) == 0))
						fprintf(stderr, "mode %d: '%s' '%s' "
						    "-> '%s' '%s'\n", mode, paths[i],
						    paths[j], v[i], v[j]);
					CHECK((strcmp(paths[i], paths[j]) == 0) ==
					    (strcmp(v[i], v[j]) == 0));
				}
			for (i = 0; i < n && mode == ID_SUFFIX; i++) {
				int shared = 0;

				for (j = 0; j < n; j++)
					shared |= strcmp(paths[i], paths[j]) != 0 &&
					    strcmp(base[i], base[j]) == 0;
				CHECK(shared || strcmp(v[i], base[i]) == 0);
			}
			/* The same set in the other order: the same ids. */
			{
				char *rev[N], **w;

				for (i = 0; i < n; i++)
					rev[i] = paths[n - 1 - i];
				w = inputs_ids(rev, n, mode);
				for (i = 0; i < n; i++)
					CHECK(strcmp(w[n - 1 - i], v[i]) == 0);
				inputs_ids_free(w, n);
			}
			inputs_ids_free(v, n);
		}
		inputs_ids_free(base, n);
	}
}

static void
touch(const char *p)
{
	FILE *f = fopen(p, "w");

	CHECK(f != NULL);
	fclose(f);
}

/* -r: regular files, sorted by path in byte order, hidden ones and links
 * left out. */
static void
test_tree(void)
{
	char dir[] = "/tmp/test_inputs.XXXXXX", p[256];
	struct inputs in;
	char **paths;
	int n;

	CHECK(mkdtemp(dir) != NULL);
#define P(s) (snprintf(p, sizeof(p), "%s/%s", dir, s), p)
	CHECK(mkdir(P("b"), 0700) == 0);
	CHECK(mkdir(P(".git"), 0700) == 0);
	touch(P("b/x.txt"));
	touch(P("b.txt"));
	touch(P("B.txt"));
	touch(P(".hidden.txt"));
	touch(P(".git/config"));
	CHECK(symlink("b.txt", P("link.txt")) == 0);
	inputs_init(&in);
	CHECK(inputs_option(&in, 'r', dir) == 1);
	paths = inputs_load(&in, NULL, 0, &n);
	CHECK(n == 3 && in.status == STATUS_OK);
	CHECK(strcmp(paths[0], P("B.txt")) == 0);
	CHECK(strcmp(paths[1], P("b.txt")) == 0);	/* '.' < '/' */
	CHECK(strcmp(paths[2], P("b/x.txt")) == 0);
	CHECK(paths[3] == NULL);
	inputs_free(&in);
	/* No input at all: stdin. */
	inputs_init(&in);
	paths = inputs_load(&in, NULL, 0, &n);
	CHECK(n == 1 && strcmp(paths[0], "-") == 0);
	inputs_free(&in);
	unlink(P("link.txt"));
	unlink(P(".git/config"));
	unlink(P(".hidden.txt"));
	unlink(P("B.txt"));
	unlink(P("b.txt"));
	unlink(P("b/x.txt"));
	rmdir(P(".git"));
	rmdir(P("b"));
	rmdir(dir);
#undef P
}

int
main(void)
{
	test_suffix();
	test_path_base();
	test_many();
	test_random();
	test_tree();
	printf("test_inputs: %d checks passed\n", nchecks);
	return 0;
}
