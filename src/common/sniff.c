/*
 * sniff.c: what an input is (see sniff.h).
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "io.h"
#include "sniff.h"

#define MAXF	16	/* fields looked at in a line */
#define MAXL	5	/* lines looked at: the first and four more */

struct line {
	const char *s;
	size_t	 n;
	size_t	 lineno;
	int	 complete;	/* its LF (or the input's end) is in the head */
};

static int
digits(const char *f, size_t fl)
{
	size_t i;

	for (i = 0; i < fl; i++)
		if (f[i] < '0' || f[i] > '9')
			return 0;
	return fl > 0;
}

/* Fields that start a txfreq header: term ..., doc term|tokens ...,
 * doc sec term ... */
static int
table_fields(const char **f, const size_t *fl, size_t nf)
{
	if (nf >= 2 && io_field_is(f[0], fl[0], "term"))
		return 1;
	if (nf >= 2 && io_field_is(f[0], fl[0], "doc") &&
	    (io_field_is(f[1], fl[1], "term") ||
	    io_field_is(f[1], fl[1], "tokens")))
		return 1;
	/* txfreq --by VAR: the variable's name, then term count|form. */
	if (nf >= 3 && fl[0] > 0 && io_field_is(f[1], fl[1], "term") &&
	    (io_field_is(f[2], fl[2], "count") ||
	    io_field_is(f[2], fl[2], "form")))
		return 1;
	return nf >= 3 && io_field_is(f[0], fl[0], "doc") &&
	    io_field_is(f[1], fl[1], "sec") && io_field_is(f[2], fl[2], "term");
}

/* Is s[0..n), split at commas, txseg's header (with or without type)? */
static int
stream_fields_csv(const char *s, size_t n)
{
	const char *f[MAXF];
	size_t fl[MAXF], nf = io_fields(s, n, ',', f, fl, MAXF), i;

	if (nf != 8 && !(nf == 9 && io_field_is(f[8], fl[8], "type")))
		return 0;
	for (i = 0; i < 8; i++)
		if (!io_field_is(f[i], fl[i], doc_stream_fields[i]))
			return 0;
	return 1;
}

/* The words of s[0..n), folded to ASCII lower case, whatever separates
 * them: at most MAXF of them, each at most 15 bytes (cut). */
static size_t
words(const char *s, size_t n, char w[][16])
{
	size_t i = 0, nw = 0, k;

	while (i < n && nw < MAXF) {
		while (i < n && strchr(" \t,;|", s[i]) != NULL)
			i++;
		if (i == n)
			break;
		for (k = 0; i < n && strchr(" \t,;|", s[i]) == NULL; i++)
			if (k < 15) {
				char c = s[i];

				w[nw][k++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' +
				    'a') : c;
			}
		w[nw++][k] = '\0';
	}
	return nw;
}

static int
has_word(char w[][16], size_t nw, const char *x)
{
	size_t i;

	for (i = 0; i < nw; i++)
		if (strcmp(w[i], x) == 0)
			return 1;
	return 0;
}

/* Nearly txseg's header: starts with doc and holds five of its names. */
static int
near_stream(char w[][16], size_t nw)
{
	size_t i, k = 0;

	if (nw == 0 || strcmp(w[0], "doc") != 0)
		return 0;
	for (i = 0; doc_stream_fields[i] != NULL; i++)
		k += has_word(w, nw, doc_stream_fields[i]);
	return k >= 5;
}

/* Nearly a txfreq header: term, or doc (sec) term, first, and count. */
static int
near_table(char w[][16], size_t nw)
{
	int lead = (nw > 0 && strcmp(w[0], "term") == 0) || (nw > 1 &&
	    strcmp(w[0], "doc") == 0 && (strcmp(w[1], "term") == 0 ||
	    (nw > 2 && strcmp(w[1], "sec") == 0 && strcmp(w[2], "term") == 0)));

	return lead && has_word(w, nw, "count");
}

/* Is line l a txseg record?  A line cut short by the head is judged on
 * its first seven fields. */
static int
record(const struct line *l)
{
	struct doc_record r;
	const char *f[MAXF];
	size_t fl[MAXF], nf;
	static const int num[4] = { 2, 3, 5, 6 };
	int i;

	if (l->complete)
		return doc_parse_record(l->s, l->n, &r) == 0;
	nf = io_fields(l->s, l->n, '\t', f, fl, MAXF);
	if (nf < 8)
		return 0;
	for (i = 0; i < 4; i++)
		if (!digits(f[num[i]], fl[num[i]]) || fl[num[i]] > 19)
			return 0;
	return 1;
}

/* A table row (a whole line): tab-separated, a count in the second,
 * third or fourth field.  Its number of fields, or 0. */
static size_t
row(const struct line *l)
{
	const char *f[MAXF];
	size_t fl[MAXF], nf = io_fields(l->s, l->n, '\t', f, fl, MAXF), i;

	for (i = 1; i < nf && i < 4; i++)
		if (digits(f[i], fl[i]))
			return nf;
	return 0;
}

int
sniff(const char *s, size_t n, int all, char *why, size_t whysize)
{
	struct line L[MAXL];
	const char *p = s, *end, *f[MAXF];
	size_t fl[MAXF], nl = 0, lineno = 0, nf, nw, i;
	char w[MAXF][16];

	why[0] = '\0';
	if (n > SNIFF_HEAD) {
		n = SNIFF_HEAD;
		all = 0;
	}
	end = s + n;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end && nl < MAXL) {
		const char *q = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((q ? q : end) - p);

		lineno++;
		L[nl].complete = q != NULL || all;
		if (len > 0 && p[len - 1] == '\r' && L[nl].complete)
			len--;
		if (len > 0) {
			L[nl].s = p;
			L[nl].n = len;
			L[nl].lineno = lineno;
			nl++;
		}
		p = q ? q + 1 : end;
	}
	if (nl == 0)
		return SNIFF_TEXT;
	if (L[0].complete) {
		if (doc_is_stream_header(L[0].s, L[0].n))
			return SNIFF_STREAM;
		nf = io_fields(L[0].s, L[0].n, '\t', f, fl, MAXF);
		if (table_fields(f, fl, nf))
			return SNIFF_TABLE;
		if (stream_fields_csv(L[0].s, L[0].n)) {
			snprintf(why, whysize, "line %zu: txseg's header with "
			    "commas: the tools read its TSV stream (make it "
			    "without --csv)", L[0].lineno);
			return SNIFF_BAD_STREAM;
		}
		nf = io_fields(L[0].s, L[0].n, ',', f, fl, MAXF);
		if (table_fields(f, fl, nf)) {
			snprintf(why, whysize, "line %zu: a txfreq header with "
			    "commas: tables are read as TSV (make it without "
			    "--csv)", L[0].lineno);
			return SNIFF_BAD_TABLE;
		}
		nw = words(L[0].s, L[0].n, w);
		if (near_stream(w, nw)) {
			snprintf(why, whysize, "line %zu: not txseg's header "
			    "(doc sec par sent kind start end text, "
			    "tab-separated)", L[0].lineno);
			return SNIFF_BAD_STREAM;
		}
		if (near_table(w, nw)) {
			snprintf(why, whysize, "line %zu: not a txfreq header "
			    "(term count ..., tab-separated)", L[0].lineno);
			return SNIFF_BAD_TABLE;
		}
	}
	if (record(&L[0])) {
		snprintf(why, whysize, "line %zu: a txseg record where txseg's "
		    "header is due", L[0].lineno);
		return SNIFF_BAD_STREAM;
	}
	if (nl > 1 && record(&L[1])) {
		snprintf(why, whysize, "line %zu: not txseg's header, yet line "
		    "%zu is a txseg record", L[0].lineno, L[1].lineno);
		return SNIFF_BAD_STREAM;
	}
	/* Rows after the first line: all those seen whole, one at least. */
	if (nl < 2 || !L[1].complete || (nf = row(&L[1])) == 0)
		return SNIFF_TEXT;
	for (i = 2; i < nl && L[i].complete; i++)
		if (row(&L[i]) != nf)
			return SNIFF_TEXT;
	if (L[0].complete && row(&L[0]) == nf)
		snprintf(why, whysize, "line %zu: a table row where a txfreq "
		    "header is due", L[0].lineno);
	else
		snprintf(why, whysize, "line %zu: not a txfreq header, yet the "
		    "lines after it are a table's rows", L[0].lineno);
	return SNIFF_BAD_TABLE;
}
