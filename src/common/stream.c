/*
 * stream.c: the stream between tools, txseg's records (see stream.h).
 */
#include <string.h>

#include "doc.h"
#include "io.h"

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
