/*
 * clean.c: the "lines" and "clean" stops of the road.  A document is split
 * into lines; each line is classified (blank, text, heading, contents,
 * dropped furniture) by general rules; text lines are joined into
 * paragraphs, across stray blank lines and page breaks that fall inside a
 * sentence, and hyphens at line breaks are resolved with the corpus as a
 * dictionary.  Every byte of cleaned text keeps a map to its source span.
 */
#include <err.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docint.h"
#include "furniture.h"
#include "io.h"
#include "marker.h"
#include "rx.h"
#include "sent.h"
#include "utf8.h"


/* Estimates the width of hard-wrapped lines: the median length of text
 * lines that another text line follows; 0 when lines are paragraphs. */
static void
estimate_wrap(struct doc *d)
{
	size_t li, *lens = NULL, n = 0, cap = 0;

	for (li = 0; li + 1 < d->lines.n; li++) {
		const struct line *ln = &d->lines.v[li];

		if (ln->cls != L_TEXT || d->lines.v[li + 1].cls != L_TEXT)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			lens = xreallocarray(lens, cap, sizeof(*lens));
		}
		lens[n++] = ln->te - ln->ts;
	}
	d->wrap = 0;
	if (n >= 3) {
		size_t i, j, m;

		/* A partial selection is enough: sort a copy. */
		for (i = 1; i < n; i++) {
			size_t v = lens[i];

			for (j = i; j > 0 && lens[j - 1] > v; j--)
				lens[j] = lens[j - 1];
			lens[j] = v;
			if (i > 4096)
				break;
		}
		m = lens[(n < 4096 ? n : 4096) / 2];
		if (m <= 120)
			d->wrap = m;
	}
	free(lens);
}

int
doc_next_dropped(struct doc *d, size_t *it, struct doc_drop *l)
{
	size_t li;

	for (li = *it; li < d->lines.n; li++) {
		const struct line *ln = &d->lines.v[li];

		if (ln->cls != L_DROP)
			continue;
		l->lineno = li + 1;
		l->start = ln->start;
		l->end = ln->end;
		l->reason = ln->reason;
		l->text = d->src.s + ln->ts;
		l->len = ln->te - ln->ts;
		l->special = (ln->flags & LF_SPECIAL) != 0;
		*it = li + 1;
		return 1;
	}
	*it = li;
	return 0;
}

void
clean_document(struct doc *d)
{
	doclines_split(&d->lines, d->src.s, d->src.n);
	if (!d->opts->keep) {
		furniture_mark(&d->lines);
	}
	headings_mark(&d->lines, d->opts);
	sections_init(&d->sect, &d->lines);
	estimate_wrap(d);
	d->li = 0;
}

void
clean_free(struct doc *d)
{
	doclines_free(&d->lines);
}

const char *
doc_reason_name(int reason)
{
	static const char *const names[] = { "none", "page-number",
	    "running-header", "language-menu", "breadcrumb", "navigation",
	    "interface-word", "copyright", "footer", "dateline",
	    "duplicate", "byline", "cookie-notice", "control" };

	if (reason < 0 || reason >= (int)(sizeof(names) / sizeof(names[0])))
		return "other";
	return names[reason];
}

/* ---- building paragraph text ---- */

static void
add_piece(struct doc *d, const char *text, size_t clen, size_t src,
    size_t slen, int verbatim)
{
	struct piece *last = d->pieces.n ? &d->pieces.v[d->pieces.n - 1] : NULL;

	if (verbatim && last != NULL && last->clen == last->slen &&
	    last->clean + last->clen == d->text.n &&
	    last->src + last->slen == src) {
		last->clen += clen;
		last->slen += slen;
	} else {
		struct piece p = { d->text.n, clen, src, slen };

		VEC_PUSH(d->pieces, p);
	}
	str_add(&d->text, text, clen);
}

/* NFC of source bytes [x, y) as one piece: the unchanged bytes before and
 * after the part NFC changes keep their one-to-one map. */
static void
add_nfc_run(struct doc *d, size_t x, size_t y, const struct str *nfc)
{
	const char *s = d->src.s;
	size_t p = 0, q = 0, n = y - x, m = nfc->n;

	while (p < n && p < m && s[x + p] == nfc->s[p])
		p++;
	while (p > 0 && ((unsigned char)s[x + p] & 0xC0) == 0x80)
		p--;		/* back to a character boundary */
	while (q < n - p && q < m - p && s[y - 1 - q] == nfc->s[m - 1 - q])
		q++;
	while (q > 0 && ((unsigned char)s[y - q] & 0xC0) == 0x80)
		q--;
	if (p > 0)
		add_piece(d, s + x, p, x, p, 1);
	add_piece(d, nfc->s + p, m - p - q, x + p, n - p - q, 0);
	if (q > 0)
		add_piece(d, s + y - q, q, y - q, q, 1);
}

/* NFC of one grapheme cluster s[0..n), appended to out; 1 when it differs.
 * A lone ASCII character is its own NFC. */
static int
cluster_nfc(const char *s, size_t n, struct str *out)
{
	if (n == 1 && (unsigned char)s[0] < 0x80) {
		str_addc(out, s[0]);
		return 0;
	}
	return utf8_nfc(s, n, out);
}

/* Adds source bytes [x, y) (valid UTF-8, nothing to drop) in NFC.  Each
 * grapheme cluster that NFC changes becomes a piece of its own, so that
 * every changed character maps to its own source bytes and the spans of
 * the words around it stay exact; unchanged bytes map one to one.  Should
 * NFC ever compose across clusters (their forms do not add up to the
 * run's), what was added is taken back and the changed part is one piece. */
static void
add_nfc(struct doc *d, size_t x, size_t y)
{
	const char *s = d->src.s;
	struct str nfc = { 0 }, part = { 0 };
	size_t i, e, pos = 0, tn = d->text.n, pn = d->pieces.n;
	struct piece last = { 0, 0, 0, 0 };

	if (!utf8_nfc(s + x, y - x, &nfc)) {
		add_piece(d, s + x, y - x, x, y - x, 1);
		goto out;
	}
	if (pn > 0)
		last = d->pieces.v[pn - 1];	/* add_piece may grow it */
	for (i = x; i < y; i = e) {
		int changed;

		e = i + utf8_cluster(s + i, y - i);
		str_clear(&part);
		changed = cluster_nfc(s + i, e - i, &part);
		if (part.n > nfc.n - pos ||
		    memcmp(part.s, nfc.s + pos, part.n) != 0)
			break;
		pos += part.n;
		if (changed)
			add_piece(d, part.s, part.n, i, e - i, 0);
		else
			add_piece(d, s + i, e - i, i, e - i, 1);
	}
	if (i < y || pos != nfc.n) {
		d->text.n = tn;
		if (d->text.s != NULL)
			d->text.s[tn] = '\0';
		d->pieces.n = pn;
		if (pn > 0)
			d->pieces.v[pn - 1] = last;
		add_nfc_run(d, x, y, &nfc);
	}
out:
	str_free(&nfc);
	str_free(&part);
}

/* The end of the combining marks that start s[j..b), or j. */
static size_t
marks_end(const char *s, size_t j, size_t b)
{
	int32_t cp;
	int l;

	while (j < b && (l = utf8_decode(s + j, b - j, &cp)) >= 1 &&
	    utf8_ismark(cp))
		j += (size_t)l;
	return j;
}

/* The start of the last grapheme cluster of s[a..i), or a. */
static size_t
last_cluster(const char *s, size_t a, size_t i)
{
	size_t c = a, e;

	while (c < i && (e = c + utf8_cluster(s + c, i - c)) < i)
		c = e;
	return c;
}

/* A soft hyphen or zero-width character at [i, j) between the cluster
 * [c, i) and combining marks [j, k): dropping it puts the marks on that
 * cluster, so the NFC of the two together is one piece, mapped to all of
 * [c, k) ("cafe", U+00AD, U+0301 is "café"; made NFC apart, it was not
 * NFC at all). */
static void
add_nfc_across(struct doc *d, size_t c, size_t i, size_t j, size_t k)
{
	struct str joined = { 0 }, nfc = { 0 };

	str_add(&joined, d->src.s + c, i - c);
	str_add(&joined, d->src.s + j, k - j);
	if (!utf8_nfc(joined.s, joined.n, &nfc)) {
		str_clear(&nfc);
		str_add(&nfc, joined.s, joined.n);
	}
	add_piece(d, nfc.s, nfc.n, c, k - c, 0);
	str_free(&joined);
	str_free(&nfc);
}

/* Adds one word (no white space inside) that has non-ASCII bytes:
 * invalid bytes become U+FFFD, soft hyphens and zero-width characters go,
 * the rest is made NFC; each part keeps its own map to the source. */
static void
add_word_slow(struct doc *d, size_t a, size_t b)
{
	const char *s = d->src.s;
	size_t i = a, run = a, j, k, c;

	while (i < b) {
		int32_t cp;
		int l = utf8_decode(s + i, b - i, &cp);

		if (l >= 1 && cp != 0 && !is_zero_width(cp)) {
			i += (size_t)l;
			continue;
		}
		j = l >= 1 ? i + (size_t)l : i + 1;
		if (l >= 1 && cp != 0 && i > run &&
		    (k = marks_end(s, j, b)) > j) {
			/* Marks after the dropped character belong to the
			 * cluster before it. */
			c = last_cluster(s, run, i);
			if (c > run)
				add_nfc(d, run, c);
			add_nfc_across(d, c, i, j, k);
			run = i = k;
			continue;
		}
		if (i > run)
			add_nfc(d, run, i);
		if (l < 1 || cp == 0)
			add_piece(d, "\xEF\xBF\xBD", 3, i, 1, 0);
		i = j;		/* past a soft hyphen, zero-width, bad byte */
		run = i;
	}
	if (b > run)
		add_nfc(d, run, b);
}

/* Appends the cleaned text of source bytes [a, b): runs of white space and
 * controls (is_sep) become one space (none at the start of the paragraph).
 * Runs of printable ASCII with single spaces go in as one piece; a word
 * with other bytes goes through add_word_slow whole, so that NFC sees its
 * base letters. */
static void
add_span(struct doc *d, size_t a, size_t b)
{
	const char *s = d->src.s;
	size_t i = a;

	while (i < b) {
		unsigned char c = (unsigned char)s[i];
		size_t j = i, w0;
		int l;

		if (is_sep(c) || (c >= 0x80 && uspace(s + i, b - i))) {
			while (j < b) {
				unsigned char cj = (unsigned char)s[j];

				if (is_sep(cj))
					j++;
				else if (cj >= 0x80 && (l = uspace(s + j,
				    b - j)) > 0)
					j += (size_t)l;
				else
					break;
			}
			if (d->text.n > 0 && d->text.s[d->text.n - 1] != ' ')
				add_piece(d, " ", 1, i, j - i,
				    j - i == 1 && c == ' ');
			i = j;
			continue;
		}
		/* Plain ASCII words and single spaces. */
		w0 = i;
		while (j < b) {
			unsigned char cj = (unsigned char)s[j];

			if (cj > ' ' && cj < 0x7F)
				j++;
			else if (cj == ' ' && j + 1 < b &&
			    (unsigned char)s[j + 1] > ' ' &&
			    (unsigned char)s[j + 1] < 0x7F) {
				j++;
				w0 = j;
			} else
				break;
		}
		if (j < b && (s[j] == '\0' || ((unsigned char)s[j] >= 0x80 &&
		    !uspace(s + j, b - j))))
			j = w0;		/* the word goes on with other bytes */
		if (j > i) {
			add_piece(d, s + i, j - i, i, j - i, 1);
			i = j;
			continue;
		}
		/* A word with non-ASCII bytes. */
		while (j < b) {
			unsigned char cj = (unsigned char)s[j];

			if (is_sep(cj))
				break;
			if (cj >= 0x80 && uspace(s + j, b - j))
				break;
			j++;
		}
		add_word_slow(d, i, j);
		i = j;
	}
}

static void
para_reset(struct doc *d)
{
	str_clear(&d->text);
	d->pieces.n = 0;
	d->breaks.n = 0;
}

/* Appends a whole trimmed line: one piece when it is plain ASCII. */
static void
add_line(struct doc *d, const struct line *ln)
{
	if ((ln->flags & LF_PLAIN) && (d->text.n == 0 ||
	    d->text.s[d->text.n - 1] == ' ' || ln->ts == ln->te))
		add_piece(d, d->src.s + ln->ts, ln->te - ln->ts, ln->ts,
		    ln->te - ln->ts, 1);
	else
		add_span(d, ln->ts, ln->te);
}


/* Takes the last byte off the paragraph text, and off its piece. */
static void
unadd_byte(struct doc *d)
{
	struct piece *p = &d->pieces.v[d->pieces.n - 1];

	d->text.n--;
	d->text.s[d->text.n] = '\0';
	if (p->clen == p->slen)
		p->slen--;
	p->clen--;
	if (p->clen == 0)
		d->pieces.n--;
}

/* Drops a trailing space from the paragraph text. */
static void
trim_end(struct doc *d)
{
	if (d->text.n > 0 && d->text.s[d->text.n - 1] == ' ')
		unadd_byte(d);
}

/* The word fragment that ends at e (letters only) and the one that
 * starts at b. */
static void
hyphen_parts(const struct doc *d, size_t e, size_t lo, size_t b, size_t hi,
    size_t *x0, size_t *y1)
{
	const char *s = d->src.s;
	size_t i = e;
	int32_t cp;
	int l;

	while (i > lo) {
		size_t at;

		cp = prev_cp(s, lo, i, &at);
		if (!utf8_isalpha(cp) && !utf8_ismark(cp))
			break;
		i = at;
	}
	*x0 = i;
	i = b;
	while (i < hi) {
		cp = next_cp(s, i, hi, &l);
		if (!utf8_isalpha(cp) && !utf8_ismark(cp))
			break;
		i += (size_t)l;
	}
	*y1 = i;
}

/*
 * Decides a hyphen at a line break: "cy-" + "berspace" is one word,
 * "win-" + "win" keeps its hyphen.  The corpus is the dictionary; without
 * evidence, a hyphen is kept before a capital or between equal halves, and
 * dropped otherwise (most line-break hyphens split syllables).
 */
static int
keep_hyphen(struct doc *d, const struct line *ln, const struct line *nx)
{
	const char *s = d->src.s;
	size_t x0, y1, hy = ln->te - 1;
	struct str w = { 0 };
	uint64_t cj, ch;
	int32_t cp;
	int l, keep;

	hyphen_parts(d, hy, ln->ts, nx->ts, nx->te, &x0, &y1);
	if (x0 == hy || y1 == nx->ts)
		return 1;
	str_add(&w, s + x0, hy - x0);
	str_add(&w, s + nx->ts, y1 - nx->ts);
	cj = corpus_count(d->corpus, w.s, w.n);
	str_clear(&w);
	str_add(&w, s + x0, hy + 1 - x0);
	str_add(&w, s + nx->ts, y1 - nx->ts);
	ch = corpus_count(d->corpus, w.s, w.n);
	if (cj != ch)
		keep = ch > cj;
	else {
		cp = next_cp(s, nx->ts, nx->te, &l);
		keep = utf8_isupper(cp) || (hy - x0 == y1 - nx->ts &&
		    memcmp(s + x0, s + nx->ts, hy - x0) == 0);
	}
	str_free(&w);
	return keep;
}

/* Does a paragraph that ends with line pl go on with line nl? gap: blank
 * or dropped lines lie between them. */
static int
joins(const struct doc *d, const struct line *pl, const struct line *nl,
    int gap)
{
	if (nl->cls != L_TEXT)
		return 0;
	if (!gap) {
		if (d->opts->keep)
			return 1;
		if (nl->flags & LF_LIST)
			return d->wrap > 0;	/* one paragraph a line: a new one */
		if (!(pl->flags & LF_TERM))
			return 1;
		/* A full stop at the end of a line that fills the width goes
		 * on; one at the end of a short line, or of a line far wider
		 * than the others (a paragraph on a line of its own), or
		 * before an indented line, ends the paragraph. */
		return d->wrap > 0 && (pl->te - pl->ts) * 10 >= d->wrap * 6 &&
		    (pl->te - pl->ts) * 2 <= d->wrap * 3 &&
		    nl->ts - nl->start <= pl->ts - pl->start + 1;
	}
	if (d->opts->keep || (nl->flags & LF_LIST) || nl->style != ST_NONE)
		return 0;
	if (pl->flags & (LF_TERM | LF_COLON))
		return 0;
	if (nl->flags & LF_LOWER)
		return 1;
	return (pl->flags & (LF_CONT | LF_HYPH)) != 0;
}

/* Does the line start with a letter or digit (a word a hyphen at the end
 * of the line before can join)? */
static int
word_start(const struct doc *d, const struct line *ln)
{
	int32_t cp;
	int l;

	cp = next_cp(d->src.s, ln->ts, ln->te, &l);
	return utf8_isalpha(cp) || utf8_isdigit(cp);
}

/* A column of at least three short lines without punctuation at the end
 * is a list: one sentence a line. */
static int
short_line(const struct line *ln)
{
	return ln->cls == L_TEXT && ln->nwords <= 4 && ln->te - ln->ts <= 40 &&
	    !(ln->flags & (LF_TERM | LF_HYPH | LF_CONT));
}

static int
short_column(const struct doc *d, size_t li)
{
	size_t k;

	for (k = li; k < li + 3; k++)
		if (k >= d->lines.n || !short_line(&d->lines.v[k]))
			return 0;
	return 1;
}

/*
 * Where the first sentence of the paragraph text ends (a clean offset),
 * and where the second starts; both are the text length when there is one
 * sentence only.
 */
static void
first_sentence(struct doc *d, size_t *end, size_t *next)
{
	struct tokenizer t;
	struct tok k;
	VEC(struct tok) toks = { 0 };
	size_t *starts, n;

	*end = *next = d->text.n;
	tok_init(&t, d->text.s, d->text.n, d->opts->tokopts);
	while (tok_next(&t, &k))
		VEC_PUSH(toks, k);
	if (toks.n < 2) {
		VEC_FREE(toks);
		return;
	}
	starts = xreallocarray(NULL, toks.n, sizeof(*starts));
	n = sent_split(d->text.s, toks.v, toks.n, starts);
	if (n > 1) {
		*end = toks.v[starts[1] - 1].end;
		*next = toks.v[starts[1]].start;
	}
	free(starts);
	VEC_FREE(toks);
}

/* The source offset of a clean offset of the paragraph being built. */
static size_t
building_src(struct doc *d, size_t off, int forend)
{
	struct para tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.pieces = d->pieces.v;
	tmp.npieces = d->pieces.n;
	tmp.len = d->text.n;
	return forend ? para_src_end(&tmp, off) : para_src_start(&tmp, off);
}

/* Bytes of markdown marks, *** decoration or a bullet before "- III." that
 * are not part of a heading's text. */
static size_t
heading_skip(const struct doc *d, const struct line *ln)
{
	const char *s = d->src.s;
	size_t skip = 0;

	if (ln->flags & LF_MD) {
		while (ln->ts + skip < ln->te &&
		    (s[ln->ts + skip] == '#' || s[ln->ts + skip] == '*'))
			skip++;
	} else if (ln->flags & LF_BROMAN) {
		int l;

		(void)next_cp(s, ln->ts, ln->te, &l);
		skip = (size_t)l;
	} else
		return 0;
	while (ln->ts + skip < ln->te && s[ln->ts + skip] == ' ')
		skip++;
	return skip;
}

/* A heading or contents line (with its continuation line).  A numbered
 * paragraph that opens a section gives its first sentence as the heading
 * and keeps the rest for the next text paragraph. */
static size_t
heading_para(struct doc *d, struct para *p, size_t li)
{
	struct line *ln = &d->lines.v[li];
	size_t last = li, nx, skip = heading_skip(d, ln);
	int level = 0;

	p->kind = ln->cls == L_HEAD ? PK_HEADING : PK_TOC;
	add_span(d, ln->ts + skip, ln->te);
	if (ln->cont && (nx = next_nonblank(&d->lines, li, 1)) != NONE) {
		const struct line *c = &d->lines.v[nx];

		trim_end(d);
		add_piece(d, " ", 1, ln->te, c->ts - ln->te, 0);
		add_line(d, c);
		last = nx;
	}
	if (ln->cls == L_HEAD)
		section_open(&d->sect, &d->lines, ln, &level);
	p->level = level;
	if (ln->runin) {
		size_t ce, cn;

		first_sentence(d, &ce, &cn);
		if (cn < d->text.n) {
			size_t se = building_src(d, ce, 1);

			d->resume = building_src(d, cn, 0);
			para_reset(d);
			add_span(d, ln->ts + skip, se);
			p->end = se;
			return li;
		}
	}
	p->end = d->lines.v[last].te;
	return last;
}

/* A text paragraph from line li (from source offset `from` on, when a
 * heading took the start of the line), joined with the lines that go on
 * with it. */
static size_t
text_para(struct doc *d, struct para *p, size_t li, size_t from)
{
	const struct line *ln = &d->lines.v[li];
	size_t last = li, nx;
	int column = !d->opts->keep && from == 0 && short_column(d, li);

	p->kind = PK_TEXT;
	d->sect.seen_text = 1;
	if (from > ln->ts)
		add_span(d, from, ln->te);
	else
		add_line(d, ln);
	if ((ln->flags & LF_LIST) && from <= ln->ts)
		VEC_PUSH(d->breaks, (size_t)0);
	for (;;) {
		const struct line *pl = &d->lines.v[last];
		const struct line *nl;
		int gap;

		nx = next_nonblank(&d->lines, last, 1);
		if (nx == NONE)
			break;
		nl = &d->lines.v[nx];
		gap = nx != last + 1;
		if (column) {
			if (gap || !short_line(nl))
				break;
		} else if (!joins(d, pl, nl, gap))
			break;
		/* The join itself: a space, or a resolved hyphen. */
		trim_end(d);
		if (!d->opts->keep && (pl->flags & LF_HYPH) &&
		    (nl->flags & LF_LOWER)) {
			if (!keep_hyphen(d, pl, nl))
				unadd_byte(d);	/* the hyphen */
		} else if (!d->opts->keep && (pl->flags & LF_HYPH) &&
		    word_start(d, nl)) {
			;	/* "Asia-" + "Pacific", "COVID-" + "19": kept */
		} else if (d->text.n > 0)	/* a line of only U+200B gave none */
			add_piece(d, " ", 1, pl->te, nl->ts - pl->te, 0);
		if ((nl->flags & LF_LIST) || column)
			VEC_PUSH(d->breaks, d->text.n);
		add_line(d, nl);
		last = nx;
	}
	p->end = d->lines.v[last].te;
	return last;
}

int
clean_next(struct doc *d, struct para *p)
{
	size_t li = d->li, last;
	struct line *ln;

	para_reset(d);
	memset(p, 0, sizeof(*p));
	if (d->resume != 0) {
		/* The rest of a numbered paragraph whose first sentence was
		 * given out as its heading. */
		li = d->li - 1;
		p->start = d->resume;
		p->lineno = li + 1;
		last = text_para(d, p, li, d->resume);
		d->resume = 0;
	} else {
		while (li < d->lines.n && (d->lines.v[li].cls == L_BLANK ||
		    d->lines.v[li].cls == L_DROP))
			li++;
		if (li >= d->lines.n) {
			d->li = li;
			return 0;
		}
		ln = &d->lines.v[li];
		p->lineno = li + 1;
		p->start = ln->ts;
		if (ln->cls == L_HEAD || ln->cls == L_TOC)
			last = heading_para(d, p, li);
		else
			last = text_para(d, p, li, 0);
	}
	trim_end(d);
	/* A last line that cleaned to nothing left its break past the end. */
	while (d->breaks.n > 0 && d->breaks.v[d->breaks.n - 1] > d->text.n)
		d->breaks.n--;
	d->li = last + 1;
	d->parno++;
	p->parno = d->parno;
	p->sec = d->sect.sec;
	p->text = d->text.s ? d->text.s : "";
	p->len = d->text.n;
	p->pieces = d->pieces.v;
	p->npieces = d->pieces.n;
	p->breaks = d->breaks.v;
	p->nbreaks = d->breaks.n;
	return 1;
}
