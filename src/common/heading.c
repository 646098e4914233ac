/*
 * heading.c: the heading stage (see heading.h): which lines are headings
 * and contents, and the section paths the headings open.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heading.h"
#include "marker.h"
#include "rx.h"
#include "utf8.h"

/* Is line li the last line with content? */
static int
last_content(const struct doclines *L, size_t li)
{
	size_t k;

	for (k = li + 1; k < L->n; k++)
		if (L->v[k].cls == L_TEXT || L->v[k].cls == L_HEAD)
			return 0;
	return 1;
}

static int
has_runin(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i, ws, we;
	int after = 0;

	for (i = ln->ts; i < ln->te; i++)
		if (s[i] == ':')
			break;
	if (i >= ln->te)
		return 0;
	i++;
	while (next_word(s, &i, ln->te, &ws, &we))
		after++;
	return after >= 3;
}

/* Whether what starts at s[i] (before e) can open a sentence after a
 * full stop: a capital, or a list item ("1) ", "(a) ", "a. ", "iv. ", a
 * bullet): "We met at noon. 1) The first item 2) The second" is a
 * sentence and a list, not a title. */
static int
opens_sentence(const char *s, size_t i, size_t e)
{
	size_t j;
	int32_t cp;
	int l;

	if (s[i] >= 'A' && s[i] <= 'Z')
		return 1;
	/* "1) ", "1.) ", "2. ", "(a) ", "(12) ": a marker, not "No. 5" */
	if (s[i] == '(' || (s[i] >= '0' && s[i] <= '9')) {
		for (j = s[i] == '(' ? i + 1 : i; j < e && j < i + 4 &&
		    ((s[j] >= '0' && s[j] <= '9') || (s[i] == '(' &&
		    s[j] >= 'a' && s[j] <= 'z')); j++)
			;
		if (s[i] == '(')
			return j > i + 1 && j + 1 < e && s[j] == ')' &&
			    s[j + 1] == ' ';
		if (j + 2 < e && s[j] == '.' && s[j + 1] == ')')
			j++;		/* "1.) " */
		return j > i && j + 1 < e && (s[j] == ')' || s[j] == '.') &&
		    s[j + 1] == ' ';
	}
	if (s[i] >= 'a' && s[i] <= 'z') {
		for (j = i + 1; j < e && strchr("ivx", s[j]) != NULL &&
		    strchr("ivx", s[i]) != NULL; j++)
			;
		return j + 1 < e && (s[j] == '.' || s[j] == ')') &&
		    s[j + 1] == ' ';
	}
	cp = next_cp(s, i, e, &l);
	return is_bullet(cp);
}

/* Does the line hold a sentence end inside it: ". A", "? The"? */
static int
two_sentences(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i;

	for (i = ln->ts + 1; i + 2 < ln->te; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') &&
		    s[i + 1] == ' ' && s[i - 1] >= 'a' && s[i - 1] <= 'z' &&
		    opens_sentence(s, i + 2, ln->te))
			return 1;
	return 0;
}

/* Whether a --heading pattern matches line ln (the first that does, in
 * the order given): *level is its level (0: none given), *lead the bytes
 * from ts that the match ends at when it starts the line and ends before
 * its end (a run-in lead), else 0.  pcre2 takes the subject for valid
 * UTF-8 unchecked, so a line with invalid bytes (--lossy) is matched as it
 * decodes, each bad byte a U+FFFD, as in the cleaned text (and is never a
 * lead: its offsets are not the source's). */
int
heading_user(const struct doclines *L, const struct doc_opts *o,
    const struct line *ln, int *level, size_t *lead)
{
	const char *s = L->s + ln->ts;
	size_t n = ln->te - ln->ts, ms, me, k;
	struct str dec = { 0 };
	char eb[8];
	int rc = 0;

	*level = 0;
	*lead = 0;
	if (o->lossy && (ln->flags & LF_SPECIAL) &&
	    utf8_validate(s, n) < n) {
		utf8_lossy(s, n, &dec);
		s = dec.s;
		n = dec.n;
	}
	for (k = 0; k < o->nheadings && rc != 1; k++)
		rc = rx_exec(o->headings[k].rx, s, n, 0, &ms, &me, eb,
		    sizeof(eb));
	if (rc == 1) {
		*level = o->headings[k - 1].level;
		if (dec.s == NULL && ms == 0 && me > 0 && me < n)
			*lead = me;
	}
	str_free(&dec);
	return rc == 1;
}

static int	is_contents_title(const struct doclines *, const struct line *);

/* What headings_mark carries from line to line. */
struct hctx {
	int32_t	 last_roman;	/* the last roman chapter number */
	size_t	 wrap;		/* the usual width of wrapped lines, 0 unknown */
	size_t	 last_sign;	/* the last line taken for a sign-off, or NONE */
};

/*
 * The width of the document's hard-wrapped lines, or 0 when it shows none:
 * W, the 75th percentile of the lengths of text lines another text line
 * follows, when at least 8 such lines exist and two thirds reach 80 % of
 * W (wrapped prose fills its lines; a list of short headings over long
 * one-line paragraphs does not).
 */
size_t
heading_wrap(const struct doclines *L)
{
	size_t hist[WRAP_MAX + 1] = { 0 }, li, n = 0, k, acc, w, wide;

	for (li = 0; li + 1 < L->n; li++) {
		const struct line *ln = &L->v[li];
		size_t len = ln->te - ln->ts;

		if (ln->cls != L_TEXT || L->v[li + 1].cls != L_TEXT)
			continue;
		hist[len < WRAP_MAX ? len : WRAP_MAX]++;
		n++;
	}
	if (n < 8)
		return 0;
	for (w = 0, acc = 0; w <= WRAP_MAX; w++)
		if ((acc += hist[w]) * 4 >= n * 3)
			break;
	if (w >= WRAP_MAX || w < 20)
		return 0;
	for (wide = 0, k = w * 8 / 10; k <= WRAP_MAX; k++)
		wide += hist[k];
	return wide * 3 >= n * 2 ? w : 0;
}

/* Is the line as wide as the document's wrapped lines (a line of running
 * prose), not a short heading against them? */
static int
wide_line(const struct line *ln, size_t wrap)
{
	return wrap >= 30 && (ln->te - ln->ts) * 100 >= wrap * 85;
}

/* Does the text of line li go on, in lower case, on the next line with
 * content (across blank lines and dropped page furniture): the sentence
 * runs on, so the line is not a heading of its own? */
static int
runs_on(const struct doclines *L, size_t li)
{
	size_t nx = next_nonblank(L, li, 1);
	const struct line *n;

	if (nx == NONE)
		return 0;
	n = &L->v[nx];
	return n->cls == L_TEXT && (n->flags & LF_LOWER) &&
	    !(n->flags & LF_LIST) && n->style == ST_NONE;
}

/* Is line li the second line of a title wrapped in two: right after the
 * first, in the same title case, short, without a sentence end, and the
 * last line of its block? */
static int
title_tail(struct doclines *L, size_t li)
{
	struct line *n;

	if (li >= L->n)
		return 0;
	n = &L->v[li];
	return n->cls == L_TEXT && n->style == ST_NONE && n->nwords <= 12 &&
	    !(n->flags & (LF_TERM | LF_COLON | LF_LIST | LF_HYPH)) &&
	    (n->flags & LF_UPPER) && is_title(L, n) &&
	    (li + 1 >= L->n || L->v[li + 1].cls != L_TEXT);
}

/* Does a title line show that it was wrapped: it ends open (a comma, a
 * function word, a bracket left open) or fills most of the usual line? */
static int
title_wrapped(const struct doclines *L, const struct line *ln, size_t wrap)
{
	size_t i;
	int open = 0;

	for (i = ln->ts; i < ln->te; i++)
		if (L->s[i] == '(')
			open++;
		else if (L->s[i] == ')' && open > 0)
			open--;
	return open > 0 || (ln->flags & LF_CONT) ||
	    (wrap >= 30 && (ln->te - ln->ts) * 100 >= wrap * 70);
}

/* A "Field: value" line: one or two words, a colon, then more ("Author:
 * Madison", "Release Date: July, 1998", "President: Bill Clinton"). */
static int
field_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i, words = 1;

	for (i = ln->ts; i < ln->te; i++) {
		if ((s[i] == ' ' && ++words > 2) || is_digit(s[i]))
			return 0;
		if (s[i] == ':')
			return i > ln->ts && i + 2 < ln->te && s[i + 1] == ' ';
	}
	return 0;
}

/* Is the line a single word in capitals ("PUBLIUS", "HAMILTON")? */
static int
caps_word(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i;

	if (ln->nwords != 1 || ln->te - ln->ts < 2)
		return 0;
	for (i = ln->ts; i < ln->te; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '.' &&
		    s[i] != '-' && (unsigned char)s[i] < 0x80)
			return 0;
	return 1;
}

/* Does body text come within the next three lines with content after line
 * li: a line of prose (most of the usual width, or a sentence of four words
 * or more; a title-case line is no prose), or a numbered heading over it? */
static int
prose_follows(const struct doclines *L, size_t li, size_t wrap)
{
	size_t nx = li, seen;

	for (seen = 0; seen < 3; seen++) {
		const struct line *n;

		nx = next_nonblank(L, nx, 1);
		if (nx == NONE)
			return 0;
		n = &L->v[nx];
		if (n->cls != L_TEXT && n->cls != L_HEAD)
			return 0;
		if (n->style != ST_NONE && n->style != ST_LIST &&
		    n->nwords <= 12)
			return 1;
		if ((n->flags & LF_TERM) && n->nwords >= 4)
			return 1;
		if (wrap >= 30 ? (n->te - n->ts) * 100 >= wrap * 60 :
		    n->nwords >= 8 && !is_title(L, &L->v[nx]))
			return 1;
	}
	return 0;
}

/* Is the next line with content (dropped ones count) a line of prose?  A
 * numbered line that ends in a full stop is a heading only over body text:
 * footnotes ("2. Ibid.") come one after another. */
static int
prose_next(const struct doclines *L, size_t li, size_t wrap)
{
	size_t nx = next_nonblank(L, li, 0);
	const struct line *n;

	if (nx == NONE)
		return 0;
	n = &L->v[nx];
	if (n->cls != L_TEXT || n->style != ST_NONE || (n->flags & LF_LIST))
		return 0;
	return ((n->flags & LF_TERM) && n->nwords >= 4) ||
	    (wrap >= 30 ? (n->te - n->ts) * 100 >= wrap * 60 :
	    n->nwords >= 8 && !is_title(L, &L->v[nx]));
}

/* Does a body paragraph (or a numbered heading over one) come next, as
 * after a real heading?  A salutation (a short line ending in a colon: "To
 * the People of ...:"), a short
 * line (a name's office), a long numbered line (a footnote) or nothing are
 * not one. */
static int
body_follows(const struct doclines *L, size_t li, int skipdrop)
{
	size_t nx = next_nonblank(L, li, skipdrop);
	const struct line *n;

	if (nx == NONE)
		return 0;
	n = &L->v[nx];
	if (n->cls != L_TEXT && n->cls != L_HEAD)
		return 0;
	if (n->style != ST_NONE && n->style != ST_LIST)
		return n->nwords <= 12 && !(n->flags & LF_TERM);
	return n->nwords >= 4 && (!(n->flags & LF_COLON) || n->nwords > 12);
}

/*
 * A sign-off or byline: a short name line that closes a text (the line
 * before ends a sentence, or is a sign-off itself: "Erna Solberg" / "Prime
 * Minister") or a name in capitals on its own ("PUBLIUS" after a paper,
 * "HAMILTON" before its salutation), with no body paragraph after it.
 */
static int
sign_off(struct doclines *L, const struct hctx *H, size_t li)
{
	const struct line *ln = &L->v[li];
	size_t pv;

	if (ln->nwords > 4 || (ln->flags & (LF_TERM | LF_MD)) ||
	    has_digit(L, ln))
		return 0;
	if (caps_word(L, ln))
		return !body_follows(L, li, 0);
	pv = prev_nonblank(L, li, 0);
	if (pv == NONE || li - pv > 2 || is_contents_title(L, ln) ||
	    !((L->v[pv].cls == L_TEXT &&
	    (L->v[pv].flags & LF_TERM) && L->v[pv].nwords >= 6) ||
	    pv == H->last_sign))
		return 0;
	return !body_follows(L, li, 1);
}

/* Structural heading test for line li; may mark the next line as its
 * continuation. */
static int
is_heading(struct doclines *L, const struct doc_opts *o, struct hctx *H,
    size_t li)
{
	struct line *ln = &L->v[li];
	const struct line *prev = li > 0 ? &L->v[li - 1] : NULL;
	const struct line *next = li + 1 < L->n ? &L->v[li + 1] :
	    NULL;
	size_t twords;
	int standalone, lastc, direct, tail, wrapped;

	if (ln->cls != L_TEXT)
		return 0;
	standalone = prev == NULL || prev->cls != L_TEXT ||
	    (prev->flags & LF_TERM);
	if (o->nheadings > 0) {
		int level;
		size_t lead;

		if (heading_user(L, o, ln, &level, &lead)) {
			ln->style = ST_USER;
			ln->level = (uint8_t)level;
			/* Only the lead is the heading when the line goes on
			 * as a paragraph: it ends a sentence, or the next
			 * line carries it on (in lower case, or after 8
			 * words or more): "CHAPTER I" over "It was ..." and
			 * "Section A" stay whole. */
			ln->ulead = 0;
			if (lead > 0 && lead <= UINT16_MAX &&
			    ((ln->flags & LF_TERM) ||
			    (next != NULL && next->cls == L_TEXT &&
			    ((next->flags & LF_LOWER) || ln->nwords >= 8))))
				ln->ulead = (uint16_t)lead;
			return 1;
		}
	}
	/* The line right before, even one dropped as furniture, ends open
	 * ("Ministry of Transport and"): the text runs on through it. */
	if (prev != NULL && prev->cls != L_BLANK &&
	    (prev->flags & (LF_CONT | LF_HYPH)) && !(prev->flags & LF_TERM))
		return 0;
	if (ln->flags & LF_HYPH)
		return 0;
	/* The next line, right after this one: does it go on with it? A
	 * short lower-case line without an end, alone before a blank line or
	 * a new start, is the heading's own second line. */
	direct = next != NULL && next->cls == L_TEXT &&
	    next->style == ST_NONE && !(next->flags & LF_LIST);
	tail = direct && (next->flags & LF_LOWER) &&
	    !(next->flags & (LF_TERM | LF_CONT | LF_COLON)) &&
	    next->nwords <= 8 && !two_sentences(L, next) &&
	    !wide_line(next, H->wrap) &&
	    (li + 2 >= L->n || L->v[li + 2].cls == L_BLANK ||
	    (L->v[li + 2].flags & LF_UPPER));
	if (ln->style != ST_NONE && ln->style != ST_LIST) {
		twords = ln->nwords;
		/* words of the marker */
		{
			size_t i = ln->ts, ws, we, e = ln->ts + ln->mlen;

			while (i < e && next_word(L->s, &i, e, &ws, &we))
				twords--;
		}
		if (!standalone)
			return 0;
		/* "1 Introduction": short, no punctuation at the end, and
		 * what follows starts a sentence or a paragraph. */
		if ((ln->flags & LF_WEAK) && (ln->nwords > 10 ||
		    (ln->flags & (LF_TERM | LF_COLON | LF_COMMA)) ||
		    (next != NULL && next->cls == L_TEXT &&
		    !(next->flags & LF_UPPER) && next->style == ST_NONE)))
			return 0;
		/* After "the following steps:" numbered lines are a list. */
		{
			size_t pv = prev_nonblank(L, li, 1);

			if (pv != NONE && (L->v[pv].flags & LF_COLON) &&
			    L->v[pv].cls == L_TEXT &&
			    !is_chapter(ln->style) && ln->style != ST_ROMAN)
				return 0;
		}
		/* An item of a list whose earlier item is in the same block
		 * (no blank line between), wrapped or not. */
		{
			size_t k = li;

			while (k > 0 && L->v[k - 1].cls == L_TEXT &&
			    li - k < 50) {
				k--;
				if (L->v[k].style == ln->style &&
				    ln->style != ST_ROMAN &&
				    (ln->nnum == 0 || L->v[k].nnum == 0 ||
				    L->v[k].num[0] < ln->num[0]))
					return 0;
			}
		}
		/* A numbered paragraph, not a heading: its sentence wraps on
		 * in lower case (across page furniture too), or onto a line
		 * that ends it, or it is as wide as the running lines and
		 * goes on ("... of the Russian" / "Federation."), or it is a
		 * sentence of its own.  A short heading wrapped onto a short
		 * lower-case last line stays one (see below). */
		if (!tail && runs_on(L, li))
			return 0;
		if (direct && twords > 0 && (next->flags & LF_TERM) &&
		    !(next->flags & LF_UPPER))
			return 0;
		if (direct && !tail && twords > 0 && wide_line(ln, H->wrap) &&
		    (next->te - next->ts) * 10 <= H->wrap * 12 &&
		    !(ln->flags & LF_TERM) && !title_tail(L, li + 1))
			return 0;
		if ((ln->flags & LF_TERM) && ln->style != ST_ROMAN &&
		    ln->nnum <= 1 && !is_chapter(ln->style) &&
		    !prose_next(L, li, H->wrap))
			return 0;
		/* A heading wrapped onto a short lower-case line, or onto a
		 * second title-case line: one heading. */
		if (tail && !(ln->flags & LF_TERM))
			ln->cont = 1;
		if (!ln->cont && twords > 0 && !(ln->flags & LF_TERM) &&
		    direct && title_wrapped(L, ln, H->wrap) &&
		    title_tail(L, li + 1))
			ln->cont = 1;
		lastc = last_content(L, li);
		/* Upper-case roman numerals that go on with the sequence open
		 * a section even when the numbered line is a paragraph. */
		if (ln->style == ST_ROMAN) {
			int seq = ln->num[0] == H->last_roman + 1;

			if ((ln->flags & LF_BROMAN) && !seq)
				return 0;
			if (twords > 40) {
				if (!seq)
					return 0;
				ln->runin = 1;
			} else if (lastc)
				return 0;
			H->last_roman = ln->num[0];
			return 1;
		}
		if (lastc || twords > (is_chapter(ln->style) ? 40u : 15u))
			return 0;
		if (ln->flags & (LF_COMMA | LF_COLON))
			return 0;
		if (!is_chapter(ln->style) && has_runin(L, ln))
			return 0;
		if (twords == 0 && !is_chapter(ln->style))
			return 0;
		/* Numbered lines in a block without blank lines are a list. */
		if (next != NULL && next->cls == L_TEXT &&
		    next->style == ln->style && ln->style != ST_ROMAN)
			return 0;
		/* "Chapter I." with its title on the next line. */
		if (twords == 0) {
			size_t nx = next_nonblank(L, li, 1);

			if (nx != NONE && nx <= li + 2 &&
			    L->v[nx].cls == L_TEXT &&
			    L->v[nx].style == ST_NONE &&
			    L->v[nx].nwords <= 12 &&
			    !(L->v[nx].flags & LF_TERM))
				ln->cont = 1;
		}
		if ((ln->flags & LF_CONT) && !ln->cont)
			return 0;
		return 1;
	}
	if (ln->style == ST_LIST)
		return 0;
	/* Unnumbered: markdown headings, or short title-like lines. */
	if (last_content(L, li))
		return 0;
	if ((ln->flags & LF_MD) && ln->nwords <= 20)
		return 1;
	/* A line whose sentence goes on in lower case, a dateline of two
	 * sentences ("For the Journal. Saturday, May 3"), a "Field: value"
	 * line of metadata, a sign-off: text, not headings. */
	if ((!tail && runs_on(L, li)) || two_sentences(L, ln) ||
	    field_line(L, ln))
		return 0;
	if (sign_off(L, H, li)) {
		H->last_sign = li;
		return 0;
	}
	/* The first line, standing alone without a full stop: a title
	 * (not two sentences of which the last lacks its stop). */
	if (prev_nonblank(L, li, 1) == NONE && ln->nwords <= 25 &&
	    !two_sentences(L, ln) &&
	    !(ln->flags & (LF_TERM | LF_COLON | LF_CONT | LF_DIGIT |
	    LF_LIST)) && (ln->flags & LF_UPPER) &&
	    (next == NULL || next->cls != L_TEXT || tail)) {
		ln->cont = tail;
		return 1;
	}
	wrapped = title_wrapped(L, ln, H->wrap) && title_tail(L, li + 1);
	if (ln->nwords > 12 ||
	    (ln->flags & (LF_TERM | LF_COLON | LF_DIGIT)) ||
	    ((ln->flags & LF_CONT) && !wrapped) ||
	    !(ln->flags & LF_UPPER) || !is_title(L, ln))
		return 0;
	if (prev != NULL && prev->cls == L_TEXT)
		return 0;
	if (next != NULL && next->cls == L_TEXT && ln->nwords < 2 && !tail)
		return 0;
	/* No body text comes after it: a cell of a table, an entry of a
	 * list of abbreviations. */
	if (!prose_follows(L, wrapped || tail ? li + 1 : li, H->wrap))
		return 0;
	/* A title wrapped onto a second line: one heading. */
	if (wrapped || tail)
		ln->cont = 1;
	return 1;
}

/* A key for matching contents lines with headings: letters and digits
 * only, lower-cased; skip the numbering marker when notitle is 0. */
static void
heading_key(const struct doclines *L, const struct line *ln, int withmarker,
    struct str *key)
{
	const char *s = L->s;
	size_t i = ln->ts + (withmarker ? 0 : ln->mlen);

	str_clear(key);
	if (!withmarker && ln->mlen == 0 && (ln->flags & LF_MD))
		while (i < ln->te && (s[i] == '#' || s[i] == '*' || s[i] == ' '))
			i++;
	for (; i < ln->te; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			str_addc(key, (char)(c + 32));
		else if ((c >= 'a' && c <= 'z') || is_digit((char)c) || c >= 0x80)
			str_addc(key, (char)c);
		/* Stop at dot leaders: "Introduction ....... 3". */
		if (c == '.' && i + 2 < ln->te && s[i + 1] == '.' &&
		    s[i + 2] == '.')
			break;
	}
}

static int
lex_heading(const struct doclines *L, struct line *ln)
{
	const char *s = L->s;
	size_t n = ln->te - ln->ts;

	if (ln->cls != L_TEXT && ln->cls != L_HEAD)
		return 0;
	/* Dot leaders with a page number. */
	if (n > 6 && is_digit(s[ln->te - 1]) && memmem(s + ln->ts, n,
	    "...", 3) != NULL)
		return 1;
	if (ln->nwords > 14 || (ln->flags & (LF_TERM | LF_COLON | LF_CONT)))
		return ln->style != ST_NONE && ln->te - ln->ts == ln->mlen;
	/* A title starts with a capital: most prose lines do not. */
	return ln->style != ST_NONE || (ln->flags & LF_MD) ||
	    ((ln->flags & LF_UPPER) && is_title(L, ln));
}

/* "Introduction ........ 3", "Scope\t12", "Annex  iv": a title, then
 * dot leaders, a tab or a wide gap, then a page number. */
static int
is_leader_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t e = ln->te, k = e, dots = 0;
	int letters = 0;

	while (k > ln->ts && (is_digit(s[k - 1]) ||
	    strchr("ivxlcIVXLC", s[k - 1]) != NULL) && e - k < 6)
		k--;
	if (k == e || k == ln->ts)
		return 0;
	if (s[k - 1] == '\t' || (k - ln->ts > 2 && s[k - 1] == ' ' &&
	    s[k - 2] == ' '))
		dots = 2;
	while (k > ln->ts && (s[k - 1] == ' ' || s[k - 1] == '.' ||
	    s[k - 1] == '\t' || (k - ln->ts >= 3 &&
	    (memcmp(s + k - 3, "\xe2\x80\xa6", 3) == 0 ||
	    memcmp(s + k - 2, "\xc2\xb7", 2) == 0)))) {
		if (s[k - 1] == '.')
			dots++;
		else if ((unsigned char)s[k - 1] >= 0x80) {
			dots += 2;
			k -= (unsigned char)s[k - 2] == 0xC2 ? 1 : 2;
		}
		k--;
	}
	if (dots < 2)
		return 0;
	for (; k > ln->ts; k--)
		if ((s[k - 1] | 0x20) >= 'a' && (s[k - 1] | 0x20) <= 'z')
			letters++;
	return dots >= 2 && letters >= 2;
}

static int
is_contents_title(const struct doclines *L, const struct line *ln)
{
	char low[40];

	line_lower(L, ln, low, sizeof(low));
	return strcmp(low, "contents") == 0 ||
	    strcmp(low, "table of contents") == 0 ||
	    strcmp(low, "contents:") == 0;
}

/* Runs of two or more leader lines are a table of contents, with the
 * heading-like lines between them and a "Contents" line before them. */
static void
find_leader_toc(struct doclines *L)
{
	size_t li, a, b, k, nlead;

	for (li = 0; li < L->n; li++) {
		if (L->v[li].cls == L_BLANK || L->v[li].cls == L_DROP ||
		    !is_leader_line(L, &L->v[li]))
			continue;
		a = li;
		nlead = 0;
		for (b = li; b < L->n; b++) {
			struct line *ln = &L->v[b];

			if (ln->cls == L_BLANK || ln->cls == L_DROP)
				continue;
			if (is_leader_line(L, ln))
				nlead++;
			else if (!lex_heading(L, ln))
				break;
		}
		while (b > a && (L->v[b - 1].cls == L_BLANK ||
		    !is_leader_line(L, &L->v[b - 1])))
			b--;
		if (nlead >= 2) {
			k = prev_nonblank(L, a, 1);
			if (k != NONE && is_contents_title(L, &L->v[k]))
				a = k;
			for (k = a; k < b; k++)
				if (L->v[k].cls == L_TEXT ||
				    L->v[k].cls == L_HEAD) {
					L->v[k].cls = L_TOC;
					L->v[k].cont = 0;
				}
		}
		li = b > li ? b : li;
	}
}

/*
 * A table of contents: a run of heading-like lines whose titles come back
 * later as headings of the body.  Lines that match nothing at either end
 * of the run (a document title before it) are not part of it.
 */
static void
find_toc(struct doclines *L)
{
	struct ht keys;
	struct str key = { 0 };
	struct ht_entry *e;
	size_t li, a, b, k;

	ht_init(&keys, 64);
	for (li = 0; li < L->n; li++) {
		const struct line *ln = &L->v[li];

		if (ln->cls != L_HEAD)
			continue;
		heading_key(L, ln, 0, &key);
		if (key.n > 0)
			ht_upsert(&keys, key.s, key.n, NULL)->val = li + 1;
		if (ln->mlen > 0) {
			heading_key(L, ln, 1, &key);
			if (key.n > 0)
				ht_upsert(&keys, key.s, key.n, NULL)->val =
				    li + 1;
			/* "Chapter I." alone in the contents. */
			{
				size_t save = ln->te;
				struct line tmp = *ln;

				tmp.te = ln->ts + ln->mlen;
				(void)save;
				heading_key(L, &tmp, 1, &key);
				if (key.n > 0)
					ht_upsert(&keys, key.s, key.n,
					    NULL)->aux = li + 1;
			}
		}
	}
	for (a = 0; a < L->n; a = b + 1) {
		size_t nlex = 0, nmatch = 0, first = NONE, last = NONE;
		size_t blanks = 0;

		/* The run [a, b) of heading-like lines and blank lines. */
		while (a < L->n && !lex_heading(L, &L->v[a]))
			a++;
		for (b = a; b < L->n; b++) {
			struct line *ln = &L->v[b];

			if (ln->cls == L_BLANK || ln->cls == L_DROP) {
				if (++blanks > 3)
					break;
				continue;
			}
			blanks = 0;
			if (!lex_heading(L, ln))
				break;
		}
		if (a >= L->n)
			break;
		for (k = a; k < b; k++) {
			const struct line *ln = &L->v[k];
			int hit = 0;

			if (ln->cls != L_TEXT && ln->cls != L_HEAD)
				continue;
			nlex++;
			heading_key(L, ln, 0, &key);
			if (key.n > 0 && (e = ht_get(&keys, key.s, key.n)) &&
			    e->val > b)
				hit = 1;
			heading_key(L, ln, 1, &key);
			if (key.n > 0 && (e = ht_get(&keys, key.s, key.n)) &&
			    (e->val > b || e->aux > b))
				hit = 1;
			if (hit) {
				nmatch++;
				if (first == NONE)
					first = k;
				last = k;
			}
		}
		if (nlex >= 3 && nmatch >= 2 && nmatch * 2 >= nlex) {
			for (k = first; k <= last; k++) {
				struct line *ln = &L->v[k];

				if (ln->cls == L_TEXT || ln->cls == L_HEAD) {
					ln->cls = L_TOC;
					/* "Chapter I." keeps its title line. */
					if (ln->te - ln->ts != ln->mlen)
						ln->cont = 0;
				}
			}
		}
		if (b == a)
			b = a;
	}
	ht_free(&keys);
	str_free(&key);
}

void
headings_mark(struct doclines *L, const struct doc_opts *o)
{
	struct hctx H = { 0, 0, NONE };
	size_t li;

	H.wrap = heading_wrap(L);
	for (li = 0; li < L->n; li++) {
		if (!is_heading(L, o, &H, li))
			continue;
		L->v[li].cls = L_HEAD;
		/* A continuation line is the heading's, not one of its own. */
		if (L->v[li].cont) {
			size_t nx = next_nonblank(L, li, 1);

			if (nx != NONE)
				li = nx;
		}
	}
	find_toc(L);
	find_leader_toc(L);
}

void
sections_init(struct sections *S, const struct doclines *L)
{
	int order[ST_NSTYLES], n = 0, k, r = -1, first = -1;
	size_t li;

	memset(S, 0, sizeof(*S));
	for (li = 0; li < L->n; li++) {
		const struct line *ln = &L->v[li];

		if (ln->cls != L_HEAD || ln->style == ST_NONE ||
		    (ln->flags & LF_BROMAN))
			continue;
		S->numbered = 1;
		if (ln->style == ST_CHAPTER + 4 || ln->style >= ST_NSTYLES)
			continue;
		for (k = 0; k < n && order[k] != ln->style; k++)
			;
		if (k == n)
			order[n++] = ln->style;
	}
	/* Roman chapters after arabic, letter or bracketed numbers: those
	 * were paragraphs or items inside them; rank the roman above. */
	for (k = 0; k < n; k++) {
		if (order[k] == ST_ROMAN)
			r = k;
		else if (first < 0 && (order[k] == ST_DECIMAL ||
		    order[k] == ST_PAREN || order[k] == ST_ALPHA))
			first = k;
	}
	if (r > first && first >= 0) {
		for (k = r; k > first; k--)
			order[k] = order[k - 1];
		order[first] = ST_ROMAN;
		for (k = 0; k < n; k++)
			S->styles[order[k]] = k + 1;
		S->nstyles = n;
	}
	strcpy(S->sec, "0");
}

/* Is the path counter[1..L] (tentative) after the current one, cur[1..depth],
 * compared number by number, a path before its extensions? */
static int
path_after(const int32_t *tent, int L, const int32_t *cur, int depth)
{
	int k;

	for (k = 1; k <= L && k <= depth; k++)
		if (tent[k] != cur[k])
			return tent[k] > cur[k];
	return L > depth;
}

/* The rank (level) of a numbering style: its order of first use. */
static int
style_rank(struct sections *S, int style)
{
	if (style == ST_CHAPTER + 4)
		return 1;	/* an annex or appendix stands at the top */
	if (S->styles[style] == 0)
		S->styles[style] = ++S->nstyles;
	return S->styles[style];
}

void
section_open(struct sections *S, const struct doclines *lines,
    const struct line *ln, int *level)
{
	int rank, L, k, hashes;
	int32_t v;
	char *p;

	if (ln->style == ST_NONE && !S->numbered &&
	    (hashes = is_atx_heading(lines, ln)) > 0 &&
	    (S->seen_text || (S->mdtop > 0 && hashes >= S->mdtop))) {
		/* A markdown heading says its level by its #s: below the
		 * title's (# Guide, then ## Step 1) it opens a section even
		 * before any text, at its depth under the title; without a
		 * title the first one's #s are level 1. */
		if (S->mdtop == 0)
			S->mdtop = hashes;
		L = hashes - S->mdtop + 1;
		if (L < 1)
			L = 1;
		if (L > MAXLEVEL)
			L = MAXLEVEL;
		S->counter[L]++;
		for (k = L + 1; k <= MAXLEVEL; k++)
			S->counter[k] = 0;
	} else if (ln->style == ST_NONE) {
		/* Unnumbered headings are titles, unless the document has
		 * no numbered ones and running text came before: then they
		 * make level-1 sections. */
		if (S->numbered || !S->seen_text) {
			if (!S->seen_text && S->mdtop == 0 &&
			    (hashes = is_atx_heading(lines, ln)) > 0)
				S->mdtop = hashes + 1;
			*level = 0;
			return;
		}
		rank = 1;
		L = 1;
		S->counter[1]++;
		for (k = 2; k <= MAXLEVEL; k++)
			S->counter[k] = 0;
	} else if (ln->style == ST_USER && ln->level > 0) {
		/* --heading gave its level. */
		L = ln->level > MAXLEVEL ? MAXLEVEL : ln->level;
		S->counter[L]++;
		for (k = L + 1; k <= MAXLEVEL; k++)
			S->counter[k] = 0;
	} else {
		if (ln->style == ST_ROMAN && (ln->flags & LF_BROMAN) &&
		    S->styles[ST_ROMAN] == 0)
			return;
		rank = style_rank(S, ln->style);
		L = rank;
		if (ln->style == ST_DECIMAL && ln->nnum > 1)
			L = rank + ln->nnum - 1;
		if (L > MAXLEVEL)
			L = MAXLEVEL;
		if (ln->style == ST_DECIMAL && ln->nnum > 1) {
			int32_t tent[8];

			/* Dotted numbers name their parents: 2.2.1; one that
			 * would go back goes after the current path. */
			memcpy(tent, S->counter, sizeof(tent));
			for (k = 0; k < ln->nnum && rank + k <= MAXLEVEL; k++)
				tent[rank + k] = ln->num[k];
			if (path_after(tent, L, S->counter, S->depth))
				memcpy(S->counter, tent, sizeof(tent));
			else
				S->counter[L]++;
		} else {
			v = ln->num[0];
			if (v <= S->counter[L] || ln->nnum == 0)
				v = S->counter[L] + 1;
			S->counter[L] = v;
		}
		for (k = L + 1; k <= MAXLEVEL; k++)
			S->counter[k] = 0;
	}
	*level = L;
	S->depth = L;
	p = S->sec;
	for (k = 1; k <= L; k++) {
		int w = snprintf(p, sizeof(S->sec) - (size_t)(p - S->sec),
		    k == 1 ? "%d" : ".%d", (int)S->counter[k]);

		if (w < 0 || (size_t)w >= sizeof(S->sec) - (size_t)(p - S->sec))
			break;
		p += w;
	}
	if (p == S->sec)
		strcpy(S->sec, "0");
}
