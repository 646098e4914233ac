/*
 * query.c: the queries of txkwic and txcoll as one regex (see query.h).
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "io.h"
#include "query.h"
#include "rx.h"
#include "tok.h"
#include "utf8.h"

void
query_init(struct query *q)
{
	memset(q, 0, sizeof(*q));
}

/* -f FILE: one pattern per line. */
static void
read_patterns(struct query *q, const char *path)
{
	size_t n, i;
	char **v = io_slurp_lines(path, &n);

	for (i = 0; i < n; i++)
		VEC_PUSH(q->pats, v[i]);
	free(v);
}

int
query_option(struct query *q, int ch, const char *arg)
{
	switch (ch) {
	case 'e': VEC_PUSH(q->pats, xstrdup(arg)); return 1;
	case 'f': read_patterns(q, arg); return 1;
	case 'F': q->fixed = 1; return 1;
	case 'i': q->icase = 1; return 1;
	case 'w': q->word = 1; return 1;
	case 'p': VEC_PUSH(q->phrases, xstrdup(arg)); return 1;
	default: return 0;
	}
}

int
query_given(const struct query *q)
{
	return q->pats.n > 0 || q->phrases.n > 0;
}

void
query_add(struct query *q, const char *p)
{
	VEC_PUSH(q->pats, xstrdup(p));
}

void
query_free(struct query *q)
{
	size_t i;

	for (i = 0; i < q->pats.n; i++)
		free(q->pats.v[i]);
	for (i = 0; i < q->phrases.n; i++)
		free(q->phrases.v[i]);
	VEC_FREE(q->pats);
	VEC_FREE(q->phrases);
}

/*
 * The edge of a -w or -p query: \b, or next to a Han character, where the
 * caller then asks for a token edge (query_han_inner).
 */
#define HAN_EDGE	"(?:\\b|(?<=[\\p{Han}\\p{Hiragana}\\p{Katakana}])|" \
			"(?=[\\p{Han}\\p{Hiragana}\\p{Katakana}]))"

/*
 * Each pattern is compiled alone first, so that an error names its
 * offset in that pattern, then all are joined as (?:a)|(?:b)...  -F
 * quotes the patterns.  With -w or -p (q->han), -w is done here, by
 * HAN_EDGE for every query, not by RX_WORD: a Latin word too has no \b
 * next to a Han character (APEC in 支持APEC和), and documents mix them.
 * HAN_EDGE costs English text about 5 % (txkwic -w the on 5.8 MB: 0.35 s
 * against 0.34).
 */
struct rx *
query_compile(struct query *q, unsigned tokopts)
{
	struct str all = { 0 }, one = { 0 };
	unsigned flags;
	const char *edge;
	char errbuf[256];
	struct rx *r;
	size_t i;

	q->han = q->phrases.n > 0 || (q->word && q->pats.n > 0);
	flags = (q->icase ? RX_ICASE : 0) | (q->word && !q->han ? RX_WORD : 0);
	edge = q->han ? HAN_EDGE : "\\b";
	for (i = 0; i < q->pats.n + q->phrases.n; i++) {
		const char *p = i < q->pats.n ? q->pats.v[i] :
		    q->phrases.v[i - q->pats.n];
		size_t n = strlen(p);

		str_clear(&one);
		if (utf8_validate(p, n) < n)
			errx(STATUS_TROUBLE, "a pattern is not valid UTF-8");
		if (i < q->pats.n && q->word && q->han)
			str_add(&one, edge, strlen(edge)), str_add(&one, "(?:", 3);
		if (i < q->pats.n && !q->fixed) {
			str_add(&one, p, n);
			r = rx_compile(p, n, flags & ~RX_WORD, errbuf,
			    sizeof(errbuf));
			if (r == NULL) {
				if (q->pats.n + q->phrases.n > 1)
					errx(STATUS_TROUBLE, "'%s': %s", p, errbuf);
				errx(STATUS_TROUBLE, "%s", errbuf);
			}
			rx_free(r);
		} else if (i < q->pats.n)
			rx_quote(p, n, &one);
		else {
			struct tokenizer t;
			struct tok k;
			size_t nt = 0;
			int prevcjk = 0;

			tok_init(&t, p, n, tokopts);
			while (tok_next(&t, &k)) {
				if (nt++ == 0) {
					if (k.type != TOK_PUNCT && k.type != TOK_SYM)
						str_add(&one, edge, strlen(edge));
				} else if (prevcjk || k.type == TOK_CJK)
					str_add(&one, "\\s*", 3);
				else
					str_add(&one, "\\s+", 3);
				prevcjk = k.type == TOK_CJK;
				rx_quote(p + k.start, k.end - k.start, &one);
				if (t.pos >= n && k.type != TOK_PUNCT &&
				    k.type != TOK_SYM)
					str_add(&one, edge, strlen(edge));
			}
			if (nt == 0)
				errx(STATUS_TROUBLE, "-p: '%s' holds no words", p);
		}
		if (i < q->pats.n && q->word && q->han)
			str_add(&one, "\\E)", 3), str_add(&one, edge, strlen(edge));
		if (all.n > 0)
			str_addc(&all, '|');
		str_add(&all, "(?:", 3);
		str_add(&all, one.s, one.n);
		str_addc(&all, ')');
	}
	r = rx_compile(all.s, all.n, flags, errbuf, sizeof(errbuf));
	if (r == NULL)
		errx(STATUS_TROUBLE, "%s", errbuf);
	str_free(&all);
	str_free(&one);
	return r;
}

#define ISWORD(c)	(utf8_isalpha(c) || utf8_isdigit(c))

int
query_han_inner(const char *s, size_t n, size_t off)
{
	int32_t a, b;
	size_t p = off;
	int l;

	if (off == 0 || off >= n)
		return 0;
	while (p > 0 && ((unsigned char)s[p - 1] & 0xC0) == 0x80)
		p--;
	if (p == 0 || utf8_decode(s + p - 1, off - p + 1, &a) < 1 ||
	    (l = utf8_decode(s + off, n - off, &b)) < 1)
		return 0;
	return (utf8_iscjk(a) || utf8_iscjk(b)) && ISWORD(a) &&
	    ISWORD(b);
}
