/*
 * inputs.c: the paths a run reads (operands, --files-from lists, -r
 * trees) and the ids of its documents (see inputs.h).
 */
#include <sys/stat.h>

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "inputs.h"
#include "ht.h"
#include "io.h"

void
inputs_init(struct inputs *in)
{
	memset(in, 0, sizeof(*in));
}

int
inputs_option(struct inputs *in, int ch, const char *arg)
{
	struct inputs_src s;

	switch (ch) {
	case IN_FILES_FROM:
	case 'r':
		s.arg = arg;
		s.tree = ch == 'r';
		VEC_PUSH(in->srcs, s);
		if (in->first == NULL)
			in->first = s.tree ? "-r" : "--files-from";
		return 1;
	case '0':
		in->nul = 1;
		return 1;
	case IN_ID_FROM:
		in->idgiven = 1;
		if (strcmp(arg, "suffix") == 0)
			in->idfrom = ID_SUFFIX;
		else if (strcmp(arg, "path") == 0)
			in->idfrom = ID_PATH;
		else if (strcmp(arg, "base") == 0)
			in->idfrom = ID_BASE;
		else
			errx(STATUS_TROUBLE, "--id-from: '%s': suffix, path or "
			    "base", arg);
		return 1;
	}
	return 0;
}

int
inputs_listed(const struct inputs *in)
{
	return in->srcs.n > 0;
}

static int
is_stdin(const char *p)
{
	return strcmp(p, "-") == 0;
}

/* A --files-from list: entries end at sep (LF or NUL); a newline list
 * drops a CR before the LF (a list written on Windows); empty entries are
 * skipped.  A NUL in a newline list is no path: it is a -0 list. */
static void
add_list(struct inputs *in, const char *list)
{
	struct str b = { 0 };
	char sep = in->nul ? '\0' : '\n';
	size_t lineno = 0;

	if (io_slurp(list, &b) == -1)
		err(STATUS_TROUBLE, "%s", io_name(list));
	for (char *p = b.s, *end = b.s + b.n; p < end;) {
		char *e = memchr(p, sep, (size_t)(end - p));
		size_t len = (size_t)((e ? e : end) - p);

		lineno++;
		if (!in->nul && len > 0 && p[len - 1] == '\r')
			len--;
		if (!in->nul && memchr(p, '\0', len) != NULL)
			errx(STATUS_TROUBLE, "--files-from %s: line %zu holds a "
			    "NUL byte (a NUL-separated list wants -0)",
			    io_name(list), lineno);
		if (len == 1 && *p == '-' && is_stdin(list))
			errx(STATUS_TROUBLE, "--files-from -: the list is read "
			    "from standard input, so '-' cannot be in it");
		if (len > 0)
			VEC_PUSH(in->paths, xmemdup(p, len));
		p = e ? e + 1 : end;
	}
	str_free(&b);
}

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files under dir (a directory), hidden names skipped and
 * links not followed (lstat), into in->paths unsorted. */
static void
add_dir(struct inputs *in, const char *dir)
{
	DIR *dp;
	struct dirent *de;
	struct str p = { 0 };
	size_t dl = strlen(dir);

	if ((dp = opendir(dir)) == NULL) {
		warn("%s", dir);
		in->status = STATUS_TROUBLE;
		return;
	}
	while (dl > 1 && dir[dl - 1] == '/')
		dl--;
	for (;;) {
		struct stat st;

		errno = 0;
		if ((de = readdir(dp)) == NULL) {
			if (errno != 0) {
				warn("%s", dir);
				in->status = STATUS_TROUBLE;
			}
			break;
		}
		if (de->d_name[0] == '.')	/* hidden, and . and .. */
			continue;
		str_clear(&p);
		str_add(&p, dir, dl);
		if (!(dl == 1 && dir[0] == '/'))
			str_addc(&p, '/');
		str_add(&p, de->d_name, strlen(de->d_name));
		if (lstat(p.s, &st) == -1) {
			warn("%s", p.s);
			in->status = STATUS_TROUBLE;
		} else if (S_ISDIR(st.st_mode))
			add_dir(in, p.s);
		else if (S_ISREG(st.st_mode))
			VEC_PUSH(in->paths, xmemdup(p.s, p.n));
	}
	closedir(dp);
	str_free(&p);
}

/* -r arg: a directory's tree sorted by path; a file is itself (as with
 * grep -r); arg may be a link. */
static void
add_tree(struct inputs *in, const char *arg)
{
	struct stat st;
	size_t from = in->paths.n;

	if (stat(arg, &st) == -1) {
		warn("%s", arg);
		in->status = STATUS_TROUBLE;
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		VEC_PUSH(in->paths, xstrdup(arg));
		return;
	}
	add_dir(in, arg);
	if (in->paths.n - from > 1)
		qsort(in->paths.v + from, in->paths.n - from,
		    sizeof(*in->paths.v), path_cmp);
}

char **
inputs_load(struct inputs *in, char **operands, int n, int *npaths)
{
	size_t k;
	int i, liststdin = 0;

	for (k = 0; k < in->srcs.n; k++)
		if (!in->srcs.v[k].tree && is_stdin(in->srcs.v[k].arg))
			liststdin = 1;
	if (in->nul && !liststdin && in->srcs.n == 0)
		errx(STATUS_TROUBLE, "-0 goes with --files-from");
	for (i = 0; i < n; i++) {
		if (liststdin && is_stdin(operands[i]))
			errx(STATUS_TROUBLE, "--files-from -: the list is read "
			    "from standard input, so '-' cannot be an input");
		VEC_PUSH(in->paths, xstrdup(operands[i]));
	}
	for (k = 0; k < in->srcs.n; k++)
		if (in->srcs.v[k].tree)
			add_tree(in, in->srcs.v[k].arg);
		else
			add_list(in, in->srcs.v[k].arg);
	if (n == 0 && in->srcs.n == 0)
		VEC_PUSH(in->paths, xstrdup("-"));
	if (in->paths.n > INT32_MAX)
		errx(STATUS_TROUBLE, "too many inputs");
	*npaths = (int)in->paths.n;
	VEC_PUSH(in->paths, NULL);	/* argv-like */
	in->paths.n--;
	return in->paths.v;
}

void
inputs_free(struct inputs *in)
{
	size_t k;

	for (k = 0; k < in->paths.n; k++)
		free(in->paths.v[k]);
	VEC_FREE(in->paths);
	VEC_FREE(in->srcs);
}

/*
 * Ids.  An input's candidates, shortest first: the last k of its
 * components (the parts between slashes, empty ones and "." left out),
 * k = 1 to
 * all of them, the last without its extension (the rule of io_docid),
 * and then the whole with a leading "/" when the path has one; then the
 * path as given.  ID_PATH starts at the whole, ID_BASE has only k = 1.  Every
 * input starts at its first; while two different paths share an id,
 * those of them that have a longer suffix take it, and when none has,
 * they take their paths as given.  Each step moves an input forward in
 * a finite list, so it ends; at the end two paths share an id only when
 * their paths as given read the same after io_idadd.
 */
struct name {
	const char *path;
	size_t	 ncomp;		/* its components */
	size_t	 level;		/* 0 .. ncomp - 1: that many more than
				 * one; ncomp: the path as given */
	int	 bare;		/* no component ("/", ".", ""): level 0 is
				 * io_docid's name */
	struct str id;
};

/* Is p[0..n) a component ids keep (not empty, not ".")? */
static int
is_comp(const char *p, size_t n)
{
	return n > 0 && !(n == 1 && *p == '.');
}

static size_t
count_comps(const char *p)
{
	size_t n = 0;

	while (*p != '\0') {
		size_t l = strcspn(p, "/");

		n += is_comp(p, l);
		p += l;
		p += strspn(p, "/");
	}
	return n;
}

/* The id of nm at its level. */
static void
name_id(struct name *nm)
{
	const char *p = nm->path, *s, *e;
	size_t want, k, end, start, dot, i;
	struct str raw = { 0 };
	int whole;

	str_clear(&nm->id);
	if (nm->bare && nm->level == 0) {
		io_docid(p, &nm->id);	/* "/", ".", "" */
		return;
	}
	if (nm->level >= nm->ncomp) {
		io_idadd(&nm->id, p, strlen(p));	/* as given; "-" */
		return;
	}
	want = nm->level + 1;
	whole = want == nm->ncomp && *p == '/';
	if (whole)
		want--;		/* the root is a component */
	/* s: the start of the want-th component from the end. */
	e = p + strlen(p);
	s = e;
	for (k = 0; k < want;) {
		const char *c;

		while (s > p && s[-1] == '/')
			s--;
		c = s;
		while (s > p && s[-1] != '/')
			s--;
		k += is_comp(s, (size_t)(c - s));
	}
	if (whole)
		str_addc(&raw, '/');
	while (s < e) {
		size_t l = strcspn(s, "/");

		if (is_comp(s, l)) {
			if (raw.n > 0 && raw.s[raw.n - 1] != '/')
				str_addc(&raw, '/');
			str_add(&raw, s, l);
		}
		s += l;
		s += strspn(s, "/");
	}
	/* The last component without its extension: a dot that is not
	 * one of its leading dots starts it. */
	end = raw.n;
	start = end;
	while (start > 0 && raw.s[start - 1] != '/')
		start--;
	i = start;
	while (i < end && raw.s[i] == '.')
		i++;
	dot = end;
	for (; i < end; i++)
		if (raw.s[i] == '.')
			dot = i;
	io_idadd(&nm->id, raw.s, dot);
	str_free(&raw);
}

char **
inputs_ids(char *const *paths, int n, int mode)
{
	struct name *nm = xcalloc((size_t)n + 1, sizeof(*nm));
	char **ids = xcalloc((size_t)n + 1, sizeof(*ids));
	struct ht t;
	int i, changed;

	for (i = 0; i < n; i++) {
		nm[i].path = paths[i] != NULL ? paths[i] : "-";
		nm[i].ncomp = is_stdin(nm[i].path) ? 0 :
		    count_comps(nm[i].path);
		if (nm[i].ncomp > 0 && nm[i].path[0] == '/')
			nm[i].ncomp++;	/* the root, for the whole path */
		if (nm[i].ncomp == 0 && !is_stdin(nm[i].path)) {
			nm[i].bare = 1;
			nm[i].ncomp = 1;
		}
		if (mode == ID_PATH && nm[i].ncomp > 0)
			nm[i].level = nm[i].ncomp - 1;
		name_id(&nm[i]);
	}
	/* val: 1 + the first input with this id; aux: bit 1, another path
	 * has it too; bit 2, one of those can take a longer suffix. */
	do {
		changed = 0;
		if (mode == ID_BASE)
			break;
		ht_init(&t, (size_t)n);
		for (i = 0; i < n; i++) {
			struct ht_entry *e = ht_upsert(&t, nm[i].id.s,
			    nm[i].id.n, NULL);

			if (e->val == 0)
				e->val = (uint64_t)i + 1;
			else if (strcmp(nm[e->val - 1].path, nm[i].path) != 0)
				e->aux |= 1;
		}
		for (i = 0; i < n; i++) {
			struct ht_entry *e = ht_get(&t, nm[i].id.s, nm[i].id.n);

			if ((e->aux & 1) && nm[i].level + 1 < nm[i].ncomp)
				e->aux |= 2;
		}
		for (i = 0; i < n; i++) {
			struct ht_entry *e = ht_get(&t, nm[i].id.s, nm[i].id.n);

			if (!(e->aux & 1))
				continue;
			if ((e->aux & 2) ? nm[i].level + 1 < nm[i].ncomp :
			    nm[i].level < nm[i].ncomp) {
				nm[i].level++;
				name_id(&nm[i]);	/* the table keeps the old */
				changed = 1;
			}
		}
		ht_free(&t);
	} while (changed);
	for (i = 0; i < n; i++) {
		ids[i] = xmemdup(nm[i].id.s, nm[i].id.n);
		str_free(&nm[i].id);
	}
	free(nm);
	return ids;
}

void
inputs_ids_free(char **ids, int n)
{
	int i;

	if (ids == NULL)
		return;
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
}
