/*
 * stream.c: the stream between tools, txseg's records (see stream.h).
 */
#include <err.h>
#include <string.h>

#include "stream.h"
#include "io.h"
#include "utf8.h"
#include "util.h"

const char *const doc_stream_fields[] = { "doc", "sec", "par", "sent",
	"kind", "start", "end", "text", NULL };

/* Are fields f[j..] txseg's from sec to text? */
static int
fixed_from(const char **f, const size_t *fl, size_t nf, size_t j)
{
	size_t i;

	for (i = 1; doc_stream_fields[i] != NULL; i++, j++)
		if (j >= nf || !io_field_is(f[j], fl[j], doc_stream_fields[i]))
			return 0;
	return 1;
}

int
doc_stream_header(const char *s, size_t n, size_t *nmeta)
{
	const char *f[STREAM_MAXMETA + 12];
	size_t fl[STREAM_MAXMETA + 12], nf, j;

	*nmeta = 0;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	nf = io_fields(s, n, '\t', f, fl, STREAM_MAXMETA + 12);
	if (nf < 8 || !io_field_is(f[0], fl[0], "doc"))
		return 0;
	for (j = 1; j <= STREAM_MAXMETA + 1 && j + 7 <= nf; j++)
		if (fixed_from(f, fl, nf, j)) {
			*nmeta = j - 1;
			return 1;
		}
	return 0;
}

int
doc_is_stream_header(const char *s, size_t n)
{
	size_t nm;

	return doc_stream_header(s, n, &nm);
}

int
doc_parse_record_meta(const char *s, size_t n, size_t nmeta,
    struct doc_record *r)
{
	const char *f[STREAM_MAXMETA + 10];
	size_t fl[STREAM_MAXMETA + 10], nf, *num[4], i, j, x = nmeta;
	static const int col[4] = { 2, 3, 5, 6 };

	if (nmeta > STREAM_MAXMETA)
		return -1;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (doc_is_stream_header(s, n))
		return -1;
	nf = io_fields(s, n, '\t', f, fl, 10 + nmeta);
	if (nf != 8 + x && nf != 9 + x)
		return -1;
	num[0] = &r->par;
	num[1] = &r->sent;
	num[2] = &r->start;
	num[3] = &r->end;
	for (i = 0; i < 4; i++) {
		size_t v = 0, c = (size_t)col[i] + x;

		if (fl[c] == 0 || fl[c] > 19)
			return -1;
		for (j = 0; j < fl[c]; j++) {
			if (f[c][j] < '0' || f[c][j] > '9')
				return -1;
			v = v * 10 + (size_t)(f[c][j] - '0');
		}
		*num[i] = v;
	}
	if (r->end < r->start)
		return -1;
	r->doc = f[0];
	r->ldoc = fl[0];
	r->nmeta = nmeta;
	for (i = 0; i < nmeta; i++) {
		r->meta[i] = f[1 + i];
		r->lmeta[i] = fl[1 + i];
	}
	r->sec = f[1 + x];
	r->lsec = fl[1 + x];
	r->kind = f[4 + x];
	r->lkind = fl[4 + x];
	r->text = f[7 + x];
	r->ltext = fl[7 + x];
	r->type = nf == 9 + x ? f[8 + x] : NULL;
	r->ltype = nf == 9 + x ? fl[8 + x] : 0;
	return 0;
}

int
doc_parse_record(const char *s, size_t n, struct doc_record *r)
{
	return doc_parse_record_meta(s, n, 0, r);
}

int
doc_stream_line(const char *s, size_t n, struct doc_record *r)
{
	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (n == 0 || doc_is_stream_header(s, n))
		return 0;
	return doc_parse_record(s, n, r) == 0 ? 1 : -1;
}

int
stream_header(struct stream_in *in, const char *s, size_t n)
{
	const char *f[STREAM_MAXMETA + 1];
	size_t fl[STREAM_MAXMETA + 1], nm, i;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (!doc_stream_header(s, n, &nm))
		return -1;
	str_clear(&in->hdr);
	str_add(&in->hdr, s, n);
	io_fields(in->hdr.s, in->hdr.n, '\t', f, fl, nm + 1);
	for (i = 0; i < nm; i++) {
		in->mname[i] = f[i + 1];
		in->lmname[i] = fl[i + 1];
	}
	in->nmeta = nm;
	in->gen++;
	return 0;
}

int
stream_var_clashes(const char *name)
{
	size_t i;

	for (i = 0; doc_stream_fields[i] != NULL; i++)
		if (strcmp(name, doc_stream_fields[i]) == 0)
			return 1;
	return strcmp(name, "type") == 0;
}

int
stream_column(const struct stream_in *in, const char *name)
{
	size_t i, lp = strlen(STREAM_VAR_PREFIX), ln = strlen(name);

	for (i = 0; i < in->nmeta; i++)
		if (io_field_is(in->mname[i], in->lmname[i], name))
			return (int)i;
	for (i = 0; i < in->nmeta; i++)
		if (in->lmname[i] == lp + ln &&
		    memcmp(in->mname[i], STREAM_VAR_PREFIX, lp) == 0 &&
		    memcmp(in->mname[i] + lp, name, ln) == 0)
			return (int)i;
	return -1;
}

void
stream_names(const struct stream_in *in, struct str *b)
{
	size_t i;

	str_clear(b);
	for (i = 0; i < in->nmeta; i++) {
		if (i > 0)
			str_add(b, ", ", 2);
		str_add(b, in->mname[i], in->lmname[i]);
	}
}

void
stream_from_lines(struct stream_in *in, struct lines *lr, const char *name,
    size_t lineno, int check)
{
	memset(in, 0, sizeof(*in));
	ht_init(&in->done, 0);
	in->lr = lr;
	in->name = name;
	in->lineno = lineno;
	in->check = check;
}

void
stream_from_buffer(struct stream_in *in, const char *s, size_t n,
    const char *name, int check)
{
	memset(in, 0, sizeof(*in));
	ht_init(&in->done, 0);
	in->buf = in->p = s;
	in->end = s + n;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		in->p += 3;	/* a BOM */
	in->name = name;
	in->check = check;
}

void
stream_switch(struct stream_in *in, const char *s, size_t n,
    const char *name)
{
	in->buf = in->p = s;
	in->end = s + n;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		in->p += 3;	/* a BOM */
	in->name = name;
	in->lineno = 0;
}

void
stream_push_first(struct stream_in *in, const char *s, size_t n)
{
	in->first = s;
	in->nfirst = n;
	in->hasfirst = 1;
}

/* Record r begins or goes on with a run of its id: one id, one run. */
static void
one_run(struct stream_in *in, const struct doc_record *r)
{
	if (in->hascur && in->cur.n == r->ldoc &&
	    memcmp(in->cur.s, r->doc, r->ldoc) == 0)
		return;
	if (ht_get(&in->done, r->doc, r->ldoc) != NULL)
		errx(STATUS_TROUBLE, "%s: line %zu: records of '%.*s' again, "
		    "after '%.*s': two documents with one id (txseg writes "
		    "a document's records together; same-named files get "
		    "their paths as ids unless --id-from base)", in->name,
		    in->lineno, (int)r->ldoc, r->doc, (int)in->cur.n,
		    in->cur.s);
	if (in->hascur)
		ht_upsert(&in->done, in->cur.s, in->cur.n, NULL);
	str_clear(&in->cur);
	str_add(&in->cur, r->doc, r->ldoc);
	in->hascur = 1;
}

void
stream_close(struct stream_in *in)
{
	ht_free(&in->done);
	str_free(&in->cur);
	str_free(&in->hdr);
	in->nmeta = 0;
}

int
stream_next(struct stream_in *in, struct doc_record *r)
{
	const char *s;
	size_t len, bad;
	int rc;

	for (;;) {
		if (in->hasfirst) {
			s = in->first;
			len = in->nfirst;
			in->off = 0;
			in->hasfirst = 0;
		} else if (in->lr != NULL) {
			rc = lines_next(in->lr, &s, &len, &in->off);
			if (rc == -1)
				err(STATUS_TROUBLE, "%s", in->name);
			if (rc == 0)
				return 0;
		} else {
			const char *nl;

			if (in->p >= in->end && (in->more == NULL ||
			    !in->more(in->morearg, in)))
				return 0;
			if (in->p >= in->end)
				continue;	/* an empty file */
			nl = memchr(in->p, '\n', (size_t)(in->end - in->p));
			s = in->p;
			len = (size_t)((nl ? nl : in->end) - in->p);
			in->off = (uint64_t)(in->p - in->buf);
			in->p = nl ? nl + 1 : in->end;
		}
		in->lineno++;
		if (in->crfirst && len > 0 && s[len - 1] == '\r')
			len--;
		if (in->check && (bad = utf8_validate(s, len)) < len)
			errx(STATUS_TROUBLE, "%s: invalid UTF-8 at byte %llu",
			    in->name, (unsigned long long)(in->off + bad));
		in->line = s;
		in->len = len;
		if (len > 0 && s[len - 1] == '\r')
			len--;
		if (len == 0)
			continue;
		if (stream_header(in, s, len) == 0)
			continue;	/* streams are concatenated */
		if (doc_parse_record_meta(s, len, in->nmeta, r) != 0)
			return -1;
		one_run(in, r);
		return 1;
	}
}
