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

int
doc_is_stream_header(const char *s, size_t n)
{
	size_t i, k = 0, l;

	for (i = 0; doc_stream_fields[i] != NULL; i++) {
		l = strlen(doc_stream_fields[i]);
		if (k + l > n || memcmp(s + k, doc_stream_fields[i], l) != 0)
			return 0;
		k += l;
		if (doc_stream_fields[i + 1] != NULL) {
			if (k >= n || s[k] != '\t')
				return 0;
			k++;
		}
	}
	return k == n || s[k] == '\t' || s[k] == '\r';
}

int
doc_parse_record(const char *s, size_t n, struct doc_record *r)
{
	const char *f[10];
	size_t fl[10], nf, *num[4], i, j;
	static const int col[4] = { 2, 3, 5, 6 };

	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (doc_is_stream_header(s, n))
		return -1;
	nf = io_fields(s, n, '\t', f, fl, 10);
	if (nf != 8 && nf != 9)
		return -1;
	num[0] = &r->par;
	num[1] = &r->sent;
	num[2] = &r->start;
	num[3] = &r->end;
	for (i = 0; i < 4; i++) {
		size_t v = 0, c = (size_t)col[i];

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
	r->sec = f[1];
	r->lsec = fl[1];
	r->kind = f[4];
	r->lkind = fl[4];
	r->text = f[7];
	r->ltext = fl[7];
	r->type = nf == 9 ? f[8] : NULL;
	r->ltype = nf == 9 ? fl[8] : 0;
	return 0;
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

			if (in->p >= in->end)
				return 0;
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
		if ((rc = doc_stream_line(s, len, r)) == 1)
			one_run(in, r);
		if (rc != 0)
			return rc;
	}
}
