/*
 * meta.c: the documents' metadata (see meta.h).
 */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "io.h"
#include "meta.h"
#include "utf8.h"
#include "util.h"

/* Rows as they are parsed: the fields of the current one, then checked
 * against the header and stored. */
struct mparse {
	struct meta *m;
	VEC(char *) fields;
	size_t	 row;		/* 1-based, the header is 1 */
	char	*err;
	size_t	 errsize;
	int	 failed;
};

static void
fail(struct mparse *p, const char *fmt, ...)
{
	va_list ap;

	if (p->failed)
		return;
	p->failed = 1;
	va_start(ap, fmt);
	vsnprintf(p->err, p->errsize, fmt, ap);
	va_end(ap);
}

/* A value as stored: tabs and line ends are spaces, the white space
 * around it trimmed. */
static char *
value(const char *s, size_t n)
{
	char *v;
	size_t i;

	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r' || s[n - 1] == '\n'))
		n--;
	v = xmemdup(s, n);
	for (i = 0; i < n; i++)
		if (v[i] == '\t' || v[i] == '\r' || v[i] == '\n')
			v[i] = ' ';
	return v;
}

static void
field(struct mparse *p, const char *s, size_t n)
{
	VEC_PUSH(p->fields, value(s, n));
}

static void
drop_fields(struct mparse *p)
{
	size_t i;

	for (i = 0; i < p->fields.n; i++)
		free(p->fields.v[i]);
	p->fields.n = 0;
}

/* The end of a row: the header, or a row of values. */
static void
endrow(struct mparse *p)
{
	struct meta *m = p->m;
	struct ht_entry *e;
	size_t i, j;
	int isnew;

	p->row++;
	if (p->failed) {
		drop_fields(p);
		return;
	}
	if (p->row == 1) {
		m->ncol = p->fields.n;
		m->names = xcalloc(m->ncol + 1, sizeof(*m->names));
		for (i = 0; i < m->ncol; i++) {
			m->names[i] = p->fields.v[i];
			if (m->names[i][0] == '\0')
				fail(p, "row 1: column %zu has no name", i + 1);
			for (j = 0; j < i && !p->failed; j++)
				if (strcmp(m->names[i], m->names[j]) == 0)
					fail(p, "row 1: column '%s' twice",
					    m->names[i]);
		}
		p->fields.n = 0;
		return;
	}
	if (p->fields.n != m->ncol) {
		fail(p, "row %zu: %zu fields, the header has %zu", p->row,
		    p->fields.n, m->ncol);
		drop_fields(p);
		return;
	}
	if (p->fields.v[0][0] == '\0') {
		fail(p, "row %zu: no key in the first column (%s)", p->row,
		    m->names[0]);
		drop_fields(p);
		return;
	}
	e = ht_upsert(&m->keys, p->fields.v[0], strlen(p->fields.v[0]),
	    &isnew);
	if (!isnew) {
		fail(p, "row %zu: key '%s' again (first on row %llu): one "
		    "document, two rows", p->row, p->fields.v[0],
		    (unsigned long long)e->aux);
		drop_fields(p);
		return;
	}
	e->val = m->nrows;
	e->aux = p->row;
	m->cells = xreallocarray(m->cells, (m->nrows + 1) * m->ncol,
	    sizeof(*m->cells));
	for (i = 0; i < m->ncol; i++)
		m->cells[m->nrows * m->ncol + i] = p->fields.v[i];
	m->nrows++;
	p->fields.n = 0;
}

static void
csv_cb_field(void *s, size_t n, void *arg)
{
	field(arg, s, n);
}

static void
csv_cb_row(int c, void *arg)
{
	(void)c;
	endrow(arg);
}

int
meta_parse(struct meta *m, const char *name, const char *s, size_t n,
    int csv, char *err, size_t errsize)
{
	struct mparse p;
	size_t bad;

	memset(m, 0, sizeof(*m));
	memset(&p, 0, sizeof(p));
	m->path = xstrdup(name);
	ht_init(&m->keys, 64);
	ht_init(&m->warned, 16);
	p.m = m;
	p.err = err;
	p.errsize = errsize;
	err[0] = '\0';
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3, n -= 3;
	if ((bad = utf8_validate(s, n)) < n) {
		snprintf(err, errsize, "invalid UTF-8 at byte %zu", bad);
		return -1;
	}
	if (csv) {
		struct csv_parser cp;

		if (csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI) != 0)
			errx(STATUS_TROUBLE, "out of memory");
		if (csv_parse(&cp, s, n, csv_cb_field, csv_cb_row, &p) != n ||
		    csv_fini(&cp, csv_cb_field, csv_cb_row, &p) != 0)
			fail(&p, "row %zu: not CSV (%s)", p.row + 1,
			    csv_strerror(csv_error(&cp)));
		csv_free(&cp);
	} else {
		const char *q = s, *end = s + n;

		while (q < end) {
			const char *nl = memchr(q, '\n', (size_t)(end - q));
			size_t len = (size_t)((nl ? nl : end) - q);
			const char *f;

			if (len > 0 && q[len - 1] == '\r')
				len--;
			if (len > 0) {
				const char *le = q + len;

				for (f = q;; ) {
					const char *t = memchr(f, '\t',
					    (size_t)(le - f));

					field(&p, f, (size_t)((t ? t : le) - f));
					if (t == NULL)
						break;
					f = t + 1;
				}
				endrow(&p);
			}
			q = nl ? nl + 1 : end;
		}
	}
	drop_fields(&p);
	VEC_FREE(p.fields);
	if (!p.failed && p.row == 0)
		fail(&p, "row 1: no header (the first column names the "
		    "document, the others its variables)");
	return p.failed ? -1 : 0;
}

int
meta_is_csv(const char *path, const char *s, size_t n)
{
	size_t l = strlen(path);
	const char *nl;

	if (l >= 4 && strcmp(path + l - 4, ".csv") == 0)
		return 1;
	if ((l >= 4 && strcmp(path + l - 4, ".tsv") == 0) ||
	    (l >= 4 && strcmp(path + l - 4, ".tab") == 0))
		return 0;
	if ((nl = memchr(s, '\n', n)) != NULL)
		n = (size_t)(nl - s);
	return memchr(s, '\t', n) == NULL && memchr(s, ',', n) != NULL;
}

void
meta_load(struct meta *m, const char *path)
{
	struct str b = { 0 };
	char why[512];

	if (io_slurp(path, &b) == -1)
		err(STATUS_TROUBLE, "%s", path);
	if (meta_parse(m, path, b.s ? b.s : "", b.n,
	    meta_is_csv(path, b.s ? b.s : "", b.n), why, sizeof(why)) != 0)
		errx(STATUS_TROUBLE, "%s: %s", path, why);
	str_free(&b);
}

void
meta_free(struct meta *m)
{
	size_t i;

	for (i = 0; m->names != NULL && i < m->ncol; i++)
		free(m->names[i]);
	for (i = 0; i < m->nrows * m->ncol; i++)
		free(m->cells[i]);
	free(m->names);
	free(m->cells);
	free(m->path);
	ht_free(&m->keys);
	ht_free(&m->warned);
	if (m->indexed) {
		ht_free(&m->real);
		ht_free(&m->suffix);
	}
	memset(m, 0, sizeof(*m));
}

int
meta_column(const struct meta *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->ncol; i++)
		if (strcmp(m->names[i], name) == 0)
			return (int)i;
	return -1;
}

void
meta_names(const struct meta *m, struct str *b)
{
	size_t i;

	str_clear(b);
	for (i = 1; i < m->ncol; i++) {
		if (i > 1)
			str_add(b, ", ", 2);
		str_add(b, m->names[i], strlen(m->names[i]));
	}
	if (m->ncol < 2)
		str_add(b, "none", 4);
}

/* Row r as the one of name k[0..n) in t; a second row under one name
 * is kept in aux (the rules above: two keys, no guess). */
static void
index_add(struct ht *t, const char *k, size_t n, long r)
{
	struct ht_entry *e;
	int isnew;

	e = ht_upsert(t, k, n, &isnew);
	if (isnew)
		e->val = (uint64_t)r;
	else if (e->aux == 0 && e->val != (uint64_t)r)
		e->aux = (uint64_t)r + 1;
}

/* The indexes of the keys as files (realpath) and as ids: built once,
 * the first time a key is not found as it is. */
static void
meta_index(struct meta *m)
{
	size_t r;

	if (m->indexed)
		return;
	m->indexed = 1;
	ht_init(&m->real, 64);
	ht_init(&m->suffix, 64);
	for (r = 0; r < m->nrows; r++) {
		const char *k = m->cells[r * m->ncol];
		size_t n = strlen(k), start, dot, i;
		char *rp;

		if ((rp = realpath(k, NULL)) != NULL) {
			index_add(&m->real, rp, strlen(rp), (long)r);
			free(rp);
		}
		/* Without the extension: a dot in its last component that
		 * is not one of its leading dots (as io_docid cuts ids). */
		dot = io_stem_end(k, n, &start);
		for (i = 0; i < dot; i++)
			if (i == 0 || k[i - 1] == '/')
				if (k[i] != '/')
					index_add(&m->suffix, k + i, dot - i,
					    (long)r);
	}
}

/* The row e gives, or -1 (reported once) when two keys have its name. */
static long
one_row(struct meta *m, const struct ht_entry *e, const char *id,
    size_t idlen)
{
	int isnew;

	if (e->aux == 0)
		return (long)e->val;
	ht_upsert(&m->warned, id, idlen, &isnew);
	if (isnew)
		warnx("%s: document '%.*s' matches two keys, '%s' and '%s': "
		    "its values are empty (give one key for it)", m->path,
		    (int)idlen, id, m->cells[e->val * m->ncol],
		    m->cells[(e->aux - 1) * m->ncol]);
	return -1;
}

long
meta_row(struct meta *m, const char *path, const char *id, size_t idlen)
{
	const struct ht_entry *e = NULL;
	int isnew, file = path != NULL && strcmp(path, "-") != 0;

	if (file) {
		const char *base = strrchr(path, '/');
		char *rp;

		if ((e = ht_get(&m->keys, path, strlen(path))) != NULL)
			return (long)e->val;
		/* The same file by another name: an absolute key for a
		 * relative argument, or the other way round. */
		meta_index(m);
		if ((rp = realpath(path, NULL)) != NULL) {
			e = ht_get(&m->real, rp, strlen(rp));
			free(rp);
			if (e != NULL)
				return one_row(m, e, id, idlen);
		}
		if (base != NULL && base[1] != '\0' &&
		    (e = ht_get(&m->keys, base + 1, strlen(base + 1))) != NULL)
			return (long)e->val;
	}
	if ((e = ht_get(&m->keys, id, idlen)) != NULL)
		return (long)e->val;
	/* A stream's document (or stdin): its id is all there is, and a
	 * key ending in it names it.  Not for a file: a key "d/a1.txt" is
	 * another file than the argument c/a1.txt. */
	if (!file) {
		meta_index(m);
		if ((e = ht_get(&m->suffix, id, idlen)) != NULL)
			return one_row(m, e, id, idlen);
	}
	ht_upsert(&m->warned, id, idlen, &isnew);
	if (isnew) {
		if (file)
			warnx("%s: no row for document '%.*s' (%s): its values "
			    "are empty", m->path, (int)idlen, id, path);
		else
			warnx("%s: no row for document '%.*s': its values are "
			    "empty", m->path, (int)idlen, id);
	}
	return -1;
}

const char *
meta_cell(const struct meta *m, long row, int col)
{
	if (row < 0 || col < 0 || (size_t)col >= m->ncol)
		return "";
	return m->cells[(size_t)row * m->ncol + (size_t)col];
}

void
meta_var_init(struct meta_var *v, const char *opt, const char *name,
    struct meta *m)
{
	memset(v, 0, sizeof(*v));
	v->name = name;
	v->opt = opt;
	v->m = m;
	v->scol = -1;
	v->col = -1;
	if (m != NULL && (v->col = meta_column(m, name)) < 0) {
		struct str b = { 0 };

		if (strcmp(name, "doc") == 0) {
			v->isdoc = 1;
			return;
		}
		meta_names(m, &b);
		errx(STATUS_TROUBLE, "%s: no variable '%s' in %s (its columns: "
		    "%s)", opt, name, m->path, b.s);
	}
	if (m == NULL && strcmp(name, "doc") == 0)
		v->isdoc = 1;
}

void
meta_var_need_table(const struct meta_var *v)
{
	if (v->m == NULL && !v->isdoc)
		errx(STATUS_TROUBLE, "%s %s: a variable needs --meta FILE (or "
		    "txseg's stream with that column)",
		    v->opt, v->name);
}

const char *
meta_var_file(struct meta_var *v, const char *path, const char *id,
    size_t idlen, size_t *len)
{
	const char *s;

	if (v->isdoc) {
		*len = idlen;
		return id;
	}
	meta_var_need_table(v);
	s = meta_cell(v->m, meta_row(v->m, path, id, idlen), v->col);
	*len = strlen(s);
	return s;
}

const char *
meta_var_record(struct meta_var *v, const struct stream_in *in,
    const struct doc_record *r, size_t *len)
{
	if (v->isdoc) {
		*len = r->ldoc;
		return r->doc;
	}
	if (v->m != NULL)
		return meta_var_file(v, NULL, r->doc, r->ldoc, len);
	if (v->gen != in->gen || v->scol < 0) {
		v->gen = in->gen;
		v->scol = stream_column(in, v->name);
		if (v->scol < 0) {
			struct str b = { 0 };

			stream_names(in, &b);
			errx(STATUS_TROUBLE, "%s: %s: the stream has no column "
			    "'%s' (its columns after doc: %s; or give --meta "
			    "FILE)", in->name, v->opt, v->name,
			    b.n > 0 ? b.s : "none");
		}
	}
	if ((size_t)v->scol >= r->nmeta) {
		*len = 0;
		return "";
	}
	*len = r->lmeta[v->scol];
	return r->meta[v->scol];
}
