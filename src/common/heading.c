/*
 * heading.c: the heading stage (see heading.h): which lines are headings
 * and contents, and the section paths the headings open.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "furniture.h"
#include "heading.h"
#include "ht.h"
#include "marker.h"
#include "rx.h"
#include "swar.h"
#include "utf8.h"

_Static_assert(ST_NSTYLES <= 24, "struct sections holds every style");

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
static int	is_leader_line(const struct doclines *, const struct line *);

/* What headings_mark carries from line to line. */
struct hctx {
	int32_t	 last_roman;	/* the last roman chapter number */
	int	 last_chstyle;	/* the style of the last chapter heading, */
	int32_t	 last_chnum;	/* and its number */
	size_t	 wrap;		/* the usual width of wrapped lines, 0 unknown */
	size_t	 last_sign;	/* the last line taken for a sign-off, or NONE */
	int	 last_style;	/* the style of the last heading marked */
	int	 tables;	/* copies and labels are built */
	struct ht copies;	/* a number and its title: lines, aux a heading */
	struct ht labels;	/* opening words before a gap: lines */
	struct str key;
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
		size_t len = line_width(ln);

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
	return wrap >= 30 && line_width(ln) * 100 >= wrap * 85;
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

/*
 * Does the text of line li come back, byte for byte (ends' white space
 * aside), on two other lines of the document or more (three times in
 * all)?  A line that a
 * title's first line does not own: the label of a form's cell printed on
 * each sheet ("Name of Project" under each project's name), not the
 * second half of a wrapped title, which is said once.
 */
static int
line_recurs(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li];
	size_t n = ln->te - ln->ts, k, seen = 0;

	for (k = 0; k < L->n && seen < 2; k++)
		if (k != li && L->v[k].te - L->v[k].ts == n && n > 0 &&
		    memcmp(L->s + L->v[k].ts, L->s + ln->ts, n) == 0)
			seen++;
	return seen >= 2;
}

/* Is line li, right under line top, a label that recurs (line_recurs)
 * under a line that does not: each sheet's own name over the same label,
 * not a title repeated whole with its second line ("The Same Subject
 * Continued" / "(Concerning Taxation)" on each paper)? */
static int
label_under(const struct doclines *L, size_t top, size_t li)
{
	return line_recurs(L, li) && !line_recurs(L, top);
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
	    (wrap >= 30 && line_width(ln) * 100 >= wrap * 70);
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

/*
 * Is line n a line of prose: a sentence of four words or more, or a line
 * most of the usual width (eight words when the document shows no wrap)?
 * A title-like line without a sentence end is prose only when the next
 * line carries its paragraph on (right after it, not title-like: "QUEEN
 * ANNE, in her letter of the 1st July, 1706, to the Scotch" / "Parliament,
 * makes ..."); alone it is the expansion of an abbreviation, a table cell,
 * a name or a salutation, however wide.
 */
static int
prose_line(const struct doclines *L, struct line *n, size_t wrap)
{
	struct line *nn;

	if (n->cls != L_TEXT || n->style != ST_NONE || (n->flags & LF_LIST))
		return 0;
	if ((n->flags & LF_TERM) && n->nwords >= 4)
		return 1;
	if (!(wrap >= 30 ? line_width(n) * 100 >= wrap * 60 :
	    n->nwords >= 8))
		return 0;
	if (!is_title(L, n))
		return 1;
	nn = n + 1;
	return nn < L->v + L->n && nn->cls == L_TEXT &&
	    nn->style == ST_NONE && !is_title(L, nn);
}

/* The title of a section number standing alone on its line ("II." over
 * "Objective 2: Timely Detection"): the next line with content, at most
 * one blank line on, a title line of 12 words or fewer without a sentence
 * end, not numbered; when that line shows it was wrapped (it ends open or
 * fills most of the usual line) and the line right under it, with no
 * blank line between, is a second title-case line without an end (not
 * one over prose, unless the title ends open), the title has two lines.  Returns the title's lines, 0 when there is none. */
static int
bare_title(struct doclines *L, size_t li, size_t wrap)
{
	size_t nx = next_nonblank(L, li, 1);
	struct line *t, *u;

	if (nx == NONE || nx > li + 2)
		return 0;
	t = &L->v[nx];
	if (t->cls != L_TEXT || t->style != ST_NONE || t->nwords > 12 ||
	    (t->flags & (LF_TERM | LF_LIST | LF_HYPH)) ||
	    !(t->flags & LF_UPPER) || !is_title(L, t))
		return 0;
	if (nx + 1 >= L->n || !title_wrapped(L, t, wrap))
		return 1;
	u = &L->v[nx + 1];
	if (u->cls != L_TEXT || u->style != ST_NONE || u->nwords > 12 ||
	    (u->flags & (LF_TERM | LF_COLON | LF_LIST | LF_HYPH)) ||
	    !(u->flags & LF_UPPER) || !is_title(L, u))
		return 1;
	/* A title that only fills its line ("... to Cyber Incidents") over
	 * a short line right over prose ("Detect" / "The team found ..."):
	 * that line is a heading of its own.  One that ends open ("... and")
	 * goes on whatever follows. */
	if (!(t->flags & LF_CONT) && nx + 2 < L->n &&
	    prose_line(L, &L->v[nx + 2], wrap))
		return 1;
	return 2;
}

/* A salutation or address: a title-like line of at most 12 words that
 * ends in a colon ("To the People of the State of New York:", "Gentlemen
 * of the Senate and of the House:"). */
static int
salutation(const struct doclines *L, struct line *n)
{
	return n->cls == L_TEXT && (n->flags & LF_COLON) && n->nwords <= 12 &&
	    n->style == ST_NONE && is_title(L, n);
}

/* A line of a letter's or a speech's front matter, between its title and
 * its body: a salutation, a name in capitals, or a short line with a
 * number in it (a date: "December 3, 1799", "Friday, May 3, 1787"). */
static int
front_matter(struct doclines *L, struct line *n)
{
	return salutation(L, n) || caps_word(L, n) ||
	    (n->nwords <= 10 && n->style == ST_NONE && has_digit(L, n) &&
	    !(n->flags & LF_TERM));
}

/* Does body text come within the next three blocks of lines with content
 * after line li (front matter not counted): a line of prose (prose_line),
 * a numbered heading over it, or a list right under the line?  A salutation right after a line without
 * a number ("MADISON, with HAMILTON" / "To the People of ...:") makes it
 * a byline over a letter, not a heading ("CHAPTER No. 5" stays one). */
static int
prose_follows(struct doclines *L, size_t li, size_t wrap)
{
	size_t nx = li, seen, k;

	for (seen = 0, k = 0; seen < 3 && k < 10; k++) {
		struct line *n;
		size_t at = nx;

		nx = next_nonblank(L, nx, 1);
		if (nx == NONE)
			return 0;
		n = &L->v[nx];
		if (n->cls != L_TEXT && n->cls != L_HEAD)
			return 0;
		if (k == 0 && !has_digit(L, &L->v[li]) && salutation(L,
		    &L->v[next_nonblank(L, li, 0)]))
			return 0;
		/* The text after it opens in lower case, not as a list
		 * item ("ALAN SILOR" / "ASSISTANT SECRETARY" over "extensive
		 * work with NGOs ..."): a sentence begun before it goes on,
		 * the line was set into the running text (a name, a
		 * caption), it is not over it. */
		if (k == 0 && (n->flags & LF_LOWER) && n->style == ST_NONE &&
		    !(n->flags & LF_LIST))
			return 0;
		if (n->style != ST_NONE && n->style != ST_LIST &&
		    n->nwords <= 12)
			return 1;
		/* A list right under the line is its body. */
		if (k == 0 && (n->flags & LF_LIST))
			return 1;
		if (prose_line(L, n, wrap))
			return 1;
		/* Lines of one block (a wrapped title) count once. */
		if (!front_matter(L, n) && (nx > at + 1 || k == 0))
			seen++;
	}
	return 0;
}

/* Is the next line with content (dropped ones count) a line of prose?  A
 * numbered line that ends in a full stop is a heading only over body text:
 * footnotes ("2. Ibid.") come one after another. */
static int
prose_next(struct doclines *L, size_t li, size_t wrap)
{
	size_t nx = next_nonblank(L, li, 0);

	return nx != NONE && prose_line(L, &L->v[nx], wrap);
}

/*
 * Is line li, alone between blank lines, a line of running text the PDF
 * set apart: the text before it (the last line with content) is text
 * that ends without a sentence end, it is as wide as the document's
 * wrapped prose (wide_line), and a line of prose comes next ("DIRECTOR
 * OF PLANNING" / "" / "Head of the Planning Unit at the Office of Works
 * and" / "" / "Transport (OWT), where he ...")?  A title of that width
 * comes after a finished sentence, a list's item or under a heading.
 */
static int
amid_text(struct doclines *L, size_t li, size_t wrap)
{
	size_t pv = prev_nonblank(L, li, 1), a;

	if (pv == NONE || pv + 1 >= li || L->v[pv].cls != L_TEXT ||
	    (L->v[pv].flags & LF_TERM) || !wide_line(&L->v[li], wrap) ||
	    !prose_next(L, li, wrap))
		return 0;
	/* An item of a list before it ends open by its nature. */
	for (a = pv; a > 0 && L->v[a - 1].cls == L_TEXT; a--)
		;
	return L->v[a].style == ST_NONE && !(L->v[a].flags & LF_LIST);
}

/* Does a body paragraph (or a numbered heading over one) come next, as
 * after a real heading?  A salutation ("To the People of ...:", or with a
 * full stop: a short title-like line), a short line (a name's office), a
 * numbered line whose sentence runs on or ends (a footnote) or nothing are
 * not one. */
static int
body_follows(struct doclines *L, size_t li, int skipdrop)
{
	size_t nx = next_nonblank(L, li, skipdrop);
	struct line *n;

	if (nx == NONE)
		return 0;
	n = &L->v[nx];
	if (n->cls != L_TEXT && n->cls != L_HEAD)
		return 0;
	if (n->style != ST_NONE && n->style != ST_LIST)
		return n->nwords <= 12 && !(n->flags & LF_TERM) &&
		    !runs_on(L, nx);
	if (n->nwords <= 12 && (n->flags & (LF_TERM | LF_COLON)) &&
	    is_title(L, n))
		return 0;
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
	struct line *ln = &L->v[li];
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

/* Is the line a bare number ("12", "iv", "7" and a tab): a page or
 * paragraph number of a PDF? */
static int
bare_number(const struct doclines *L, const struct line *n)
{
	size_t i;

	if (n->nwords != 1 || n->te - n->ts > 4)
		return 0;
	for (i = n->ts; i < n->te; i++)
		if (!is_digit(L->s[i]) && strchr("ivxlc", L->s[i]) == NULL)
			return 0;
	return 1;
}

/* A contents entry set as a title line over its page number ("Overview" /
 * "7" / "The threat environment" / "10"): two of the four lines with
 * content after line li (dropped page numbers count) are bare numbers. */
static int
contents_pair(const struct doclines *L, size_t li)
{
	size_t nx = li, k;
	int nums = 0;

	for (k = 0; k < 4; k++) {
		if ((nx = next_nonblank(L, nx, 0)) == NONE)
			break;
		if (bare_number(L, &L->v[nx]))
			nums++;
	}
	return nums >= 2;
}

/* Does the previous line with content (across blank lines and dropped
 * page furniture) end open, on a comma, a function word or a hyphen
 * ("... one or more of the target audiences discussed in" / "" / "Section
 * 4."): its sentence runs on into line li? */
static int
prev_open(const struct doclines *L, size_t li)
{
	size_t pv = prev_nonblank(L, li, 1);
	const struct line *p;

	if (pv == NONE || li - pv > 4)
		return 0;
	p = &L->v[pv];
	return p->cls == L_TEXT && (p->flags & (LF_CONT | LF_HYPH)) &&
	    !(p->flags & LF_TERM);
}

/*
 * Does the next line, right after line ln (no blank line between), carry
 * on a sentence that ln began?  Evidence, each from the shape of the two
 * lines: the next line opens with a bracket whose first word after it is
 * in lower case ("The Department of National Defense" / "(DND) will be
 * ..."); its first word closes a sentence ("Agencies and the Local
 * Government" / "Units. CISOs have ..."); it reads like a title but ends
 * with a line-break hyphen (a paragraph of three lines or more, not a
 * title's second line); ln holds a comma followed
 * by a lower-case word ("Through this Strategy, the Australian") or is as
 * wide as the wrapped lines (3/4 of them) over a line no wider than they
 * (a line of a narrow PDF column, not a heading over a one-line
 * paragraph) that does not open with a function word, and the next line
 * is no title.  A title over its paragraph shows none.
 */
static int
carries_on(const struct doclines *L, const struct line *ln,
    struct line *n, size_t wrap)
{
	const char *s = L->s;
	size_t i, ws, we;
	char w[32];

	if (n->cls != L_TEXT || n->style != ST_NONE || (n->flags & LF_LIST))
		return 0;
	i = n->ts;
	if (s[i] == '(') {
		while (i < n->te && s[i] != ')')
			i++;
		if (i + 2 < n->te && s[i + 1] == ' ' && s[i + 2] >= 'a' &&
		    s[i + 2] <= 'z')
			return 1;
		i = n->ts;
	}
	if (!(ln->flags & LF_TERM) && next_word(s, &i, n->te, &ws, &we) &&
	    we - ws >= 4 && we < n->te && (s[we - 1] == '.' ||
	    s[we - 1] == ';') && s[we - 2] >= 'a' && s[we - 2] <= 'z')
		return 1;
	if (is_title(L, n))
		return (n->flags & LF_HYPH) != 0;
	for (i = ln->ts; i + 2 < ln->te; i++) {
		const char *c = memchr(s + i, ',', ln->te - 2 - i);

		if (c == NULL)
			break;
		i = (size_t)(c - s);
		if (s[i + 1] == ' ' && s[i + 2] >= 'a' && s[i + 2] <= 'z')
			return 1;
	}
	if (!(wrap >= 30 && line_width(ln) * 4 >= wrap * 3 &&
	    line_width(n) * 10 <= wrap * 12))
		return 0;
	/* A next line that opens with a function word ("Under this
	 * strategy, ...") starts a sentence of its own. */
	i = n->ts;
	if (next_word(s, &i, n->te, &ws, &we) &&
	    lower_ascii_word(s + ws, we - ws, w, sizeof(w)) &&
	    (is_function_word(w, we - ws) || is_title_small(w, we - ws)))
		return 0;
	return 1;
}

/* Is line li a line of a block: three lines or more, one right after
 * another (dropped furniture between them aside), none of them prose, the
 * first not numbered?  A list, the rows or cells of a table, a title block
 * ("John Adams" / "Third Annual Message" / "December 3, 1799") or an
 * address: its lines are not headings of their own, but for the last one
 * right over a paragraph.  A numbered heading, its title and a subheading
 * over the body ("II." / "Objective 2: ..." / "Detect") are no block. */
static int
in_block(struct doclines *L, size_t li, size_t wrap)
{
	size_t n = 1, k, first = li;

	for (k = li; k > 0 && L->v[k - 1].cls != L_BLANK && li - k < 50; k--)
		if (!line_away(&L->v[k - 1])) {
			if (prose_line(L, &L->v[k - 1], wrap))
				break;
			first = k - 1;
			n++;
		}
	if (L->v[first].style != ST_NONE && L->v[first].style != ST_LIST)
		return 0;
	/* A title over a list ("Equipping the Government" / "a. Capacity
	 * Building ...") heads it. */
	if (li + 1 < L->n && L->v[li + 1].cls == L_TEXT &&
	    L->v[li + 1].style != ST_NONE)
		return 0;
	/* The block's last line right over its paragraph may head it. */
	for (k = li + 1; k < L->n && line_away(&L->v[k]); k++)
		;
	if (k < L->n && prose_line(L, &L->v[k], wrap))
		return 0;
	for (; k < L->n && L->v[k].cls != L_BLANK && n < 3; k++)
		if (!line_away(&L->v[k])) {
			if (prose_line(L, &L->v[k], wrap))
				break;
			n++;
		}
	return n >= 3;
}

/* Is the block of lines around line li (up to blank lines, dropped
 * furniture aside) made only of short title-like lines, unnumbered, no
 * prose, no front matter?  *a and *b are set to its first and last line. */
static int
title_block(struct doclines *L, size_t li, size_t wrap, size_t *a, size_t *b)
{
	size_t k;

	/* At most four lines: the scans stop there. */
	for (*a = li; *a > 0 && L->v[*a - 1].cls != L_BLANK && li - *a < 4;
	    (*a)--)
		;
	for (*b = li; *b + 1 < L->n && L->v[*b + 1].cls != L_BLANK &&
	    *b - *a < 4; (*b)++)
		;
	if (*b - *a > 3)
		return 0;
	for (k = *a; k <= *b; k++) {
		struct line *n = &L->v[k];

		if (line_away(n)) {
			if (front_matter(L, n))
				return 0;	/* a dropped date */
			continue;
		}
		if ((n->cls != L_TEXT && n->cls != L_HEAD) ||
		    n->style != ST_NONE || n->nwords > 12 ||
		    (n->flags & (LF_TERM | LF_COLON)) || !is_title(L, n) ||
		    prose_line(L, n, wrap) || front_matter(L, n))
			return 0;
	}
	return 1;
}

/* Is line li in a run of three blocks or more of short title-like lines,
 * one after another with only blank lines between ("Abbreviations" / "" /
 * "Chief Information Officer" / "" / "Internet of Things")?  A list of
 * names, terms or cells: a heading has body text, not more of its kind,
 * around it; but the last block, right over a paragraph, may head it. */
static int
title_run(struct doclines *L, size_t li, size_t wrap)
{
	size_t a, b, pa, pb, n = 1, k;

	if (!title_block(L, li, wrap, &a, &b))
		return 0;
	/* The last block, right over prose, is the heading after the list. */
	if ((k = next_nonblank(L, b, 1)) != NONE && prose_line(L, &L->v[k], wrap))
		return 0;
	for (pa = a; n < 3 && (k = prev_nonblank(L, pa, 1)) != NONE &&
	    title_block(L, k, wrap, &pa, &pb); )
		n++;
	for (pb = b; n < 3 && (k = next_nonblank(L, pb, 1)) != NONE &&
	    title_block(L, k, wrap, &pa, &pb); )
		n++;
	return n >= 3;
}

/* A date or a place and a date: a short line with a comma followed by a
 * number ("December 3, 1799", "Vienna, 2021", "13 May~5 July, 2011"), the
 * front matter of a document, never the title of a section. */
static int
date_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i;

	if (ln->nwords > 6)
		return 0;
	for (i = ln->ts; i + 2 < ln->te; i++)
		if (s[i] == ',' && s[i + 1] == ' ' && is_digit(s[i + 2]))
			return 1;
	return 0;
}

/* A person's name: two to five words, one of them (not the first) an
 * initial, a capital and a full stop ("RODOLFO A. SALALIMA", "Harry S.
 * Truman"): a byline, a signature or a list of officials. */
static int
name_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, ws, we;
	int k = 0, initial = 0;

	if (ln->nwords < 2 || ln->nwords > 5)
		return 0;
	while (next_word(s, &i, ln->te, &ws, &we)) {
		if (k > 0 && we < ln->te && we - ws == 2 && s[ws] >= 'A' &&
		    s[ws] <= 'Z' && s[ws + 1] == '.')
			initial = 1;
		k++;
	}
	return initial;
}

/* Does the line open with a word and a comma ("Thus, Information
 * Security, Application"): a sentence's opening, not a title? */
static int
comma_opening(const struct doclines *L, const struct line *ln)
{
	size_t i = ln->ts, ws, we;

	return ln->nwords > 1 && next_word(L->s, &i, ln->te, &ws, &we) &&
	    L->s[we - 1] == ',';
}

/* A clock time: a line of at most four words that opens with one or two
 * digits, a colon and two digits ("10:53 A.M. EST", "12:08 P.M. EDT",
 * "9:30"). */
static int
time_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts;

	if (ln->nwords > 4 || ln->te - ln->ts < 4 || !is_digit(s[i]))
		return 0;
	if (is_digit(s[i + 1]))
		i++;
	return i + 3 < ln->te && s[i + 1] == ':' && is_digit(s[i + 2]) &&
	    is_digit(s[i + 3]) && (i + 4 == ln->te || !is_digit(s[i + 4]));
}

/* Is line li, of at most four words and not numbered, the place or the
 * release line right over a clock time or a line that is only a date (the
 * next line with content: "Roosevelt Room" / "10:53 A.M. EST", "For
 * Immediate Release" / "January 22, 2014", which the dateline rule
 * dropped; not "THE FEDERALIST PAPERS" / "Compiled on February 16,
 * 2025")?  That is the dateline of a
 * release or a speech, front matter, not the title of a section.  A
 * longer line over a time ("Remarks by the President in Eulogy in Honor
 * of ..." / "12:08 P.M. EDT") is the document's title and stays one. */
static int
over_date(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li], *n;
	size_t nx;

	if (ln->nwords > 4 || ln->style != ST_NONE ||
	    (nx = next_nonblank(L, li, 0)) == NONE)
		return 0;
	n = &L->v[nx];
	return n->cls != L_HEAD && (time_line(L, n) ||
	    (n->cls == L_DROP && date_line(L, n)));
}

/* Is c an ASCII lower-case letter, an ASCII letter? */
static int
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int
ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Does the line hold a web address (a word with "://", one that opens
 * with "www.", or a dotted name with a path: "now.symassets.com/content/")?
 * A reference or a footnote ("4 NortonLifeLock (2020), ... available at
 * now.symassets.com/..."), not a title: a section is not named by an
 * address.
 */
static int
has_address(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, ws, we, k;
	/* Without a '/' only "www." can say so. */
	int slash = memchr(s + ln->ts, '/', ln->te - ln->ts) != NULL;

	while (line_word(L, ln, &i, &ws, &we)) {
		int dot = 0;

		if (we - ws >= 4 && (s[ws] | 0x20) == 'w' &&
		    (s[ws + 1] | 0x20) == 'w' && (s[ws + 2] | 0x20) == 'w' &&
		    s[ws + 3] == '.')
			return 1;
		for (k = ws; slash && k + 1 < we; k++) {
			if (s[k] == ':' && s[k + 1] == '/' && k + 2 < we &&
			    s[k + 2] == '/')
				return 1;
			/* in lower case: "U.S./EU" is no host */
			if (s[k] == '.' && k > ws && is_lower(s[k - 1]) &&
			    is_lower(s[k + 1]))
				dot = 1;
			if (s[k] == '/' && dot && is_lower(s[k - 1]))
				return 1;
		}
	}
	return 0;
}

/*
 * Are fewer than half of the line's characters (white space and a
 * markdown heading's #s aside, four at least) letters or digits ("Ce) 4)
 * &) &®&")?  Debris of a picture read as text, not a title.  A byte
 * above ASCII counts as a letter, so words of any script pass.
 */
static int
debris_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, alnum = 0, all = 0;

	/* a markdown heading's #s are its marker */
	while (i < ln->te && s[i] == '#')
		i++;
	while (i < ln->te) {
		unsigned char c = (unsigned char)s[i];

		/* eight bytes above ASCII: eight letters' worth */
		if (c >= 0x80 && i + 8 <= ln->te &&
		    !swar_ascii(swar_load(s + i))) {
			all += 8;
			alnum += 8;
			i += 8;
			continue;
		}
		i++;
		if (is_ws(c))
			continue;
		all++;
		if (c >= 0x80 || ascii_alpha((char)c) || is_digit((char)c))
			alnum++;
	}
	return all >= 4 && alnum * 2 < all;
}

/*
 * Is the line one word said again and nothing else ("See See", "Data
 * Data Data"), in any case?  A picture's label read twice over by the
 * text layer, not a title: a title names its subject once ("See and
 * Act", "Data for Data Users" stay).
 */
static int
echo_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, ws, we, fs = 0, fe = 0, k;

	if (ln->nwords < 2)
		return 0;
	while (next_word(s, &i, ln->te, &ws, &we)) {
		if (fe == 0) {
			fs = ws;
			fe = we;
			continue;
		}
		if (we - ws != fe - fs)
			return 0;
		for (k = 0; k < we - ws; k++)
			if ((s[ws + k] | 0x20) != (s[fs + k] | 0x20))
				return 0;
	}
	return fe > fs;
}

/* Is line li, of at most four words and not numbered, with the line
 * right under it (its block), over a release or place line over a date
 * (over_date): "The White House" / "Office of the Press Secretary" over
 * "For Immediate Release" / "June 06, 2015"?  The issuer's masthead,
 * front matter like the release line under it.  A longer title over the
 * place line of its speech stays ("Remarks by the President at ..." /
 * "East Room" / "11:05 A.M. EST"). */
static int
over_release(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li];
	size_t k = li, nx;

	if (ln->nwords > 4 || ln->style != ST_NONE)
		return 0;
	if (k + 1 < L->n && L->v[k + 1].cls == L_TEXT)
		k++;
	nx = next_nonblank(L, k, 0);
	return nx != NONE && L->v[nx].cls == L_TEXT &&
	    !(L->v[nx].flags & LF_TERM) && over_date(L, nx);
}

/* Is line li no line of its own: the sentence of the line before runs on
 * into it across a blank line, it is a title over its page number among
 * others (a line of the contents), a date (with a comma, or only a date:
 * "December 2021"), the place or release line over one, or the masthead
 * over that (front matter)?  A title over a date without a comma stays
 * ("Harbour Plan" / "December 2021"). */
static int
not_own(const struct doclines *L, size_t li)
{
	return prev_open(L, li) || contents_pair(L, li) ||
	    date_line(L, &L->v[li]) || is_dateline(L, &L->v[li]) ||
	    over_date(L, li) ||
	    over_release(L, li);
}

/* Add the words of s[a..e) to key, ASCII letters in lower case, one
 * space between them. */
static void
add_words(struct str *key, const char *s, size_t a, size_t e)
{
	size_t i = a, ws, we;

	while (next_word(s, &i, e, &ws, &we)) {
		if (key->n > 0 && key->s[key->n - 1] != '\001')
			str_addc(key, ' ');
		for (; ws < we; ws++)
			str_addc(key, ascii_alpha(s[ws]) ? (char)(s[ws] | 0x20) :
			    s[ws]);
	}
}

/* The key of a number (s[ns..ne)) and a title (s[ta..te)): the
 * number, \001, the title's words. */
static void
copy_key(struct str *key, const char *s, size_t ns, size_t ne, size_t ta,
    size_t te)
{
	str_clear(key);
	str_add(key, s + ns, ne - ns);
	str_addc(key, '\001');
	add_words(key, s, ta, te);
}

/* The narrowest run of spaces between two words of s[ts..te), or 0 for
 * a line of one word. */
static size_t
word_space(const char *s, size_t ts, size_t te)
{
	size_t i, n, min = 0;

	for (i = ts; i < te; i++) {
		if (s[i] != ' ')
			continue;
		for (n = 0; i < te && s[i] == ' '; i++)
			n++;
		if (i < te && (min == 0 || n < min))
			min = n;
	}
	return min;
}

/* Is there a column gap at s[i], with more text after it before e: a
 * tab, or two spaces or more, wider than the line's narrowest spacing sp
 * or fewer than four (not the four spaces between the words of a line
 * whose every character is printed four times, "TTTThhhheeee
 * IIIImmmm")? */
static int
gap_at(const char *s, size_t i, size_t e, size_t sp)
{
	size_t n = 0;
	int tab = 0;

	for (; i < e && is_ws((unsigned char)s[i]); i++, n++)
		if (s[i] == '\t')
			tab = 1;
	return i < e && (tab || (n >= 2 && (n > sp || n < 4)));
}

/* Does a numbered line hold a second marker after its first words, set
 * off by a gap wider than its narrowest spacing, before a capital ("3.
 * Cyber Security  1.  Government will ...")?  Two numbered cells of a
 * table's row, not a title: "3. Phase 1. Planning" has no gap. */
static int
cell_marker(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i, j, n, sp = word_space(s, ln->ts, ln->te);

	for (i = ln->ts + ln->mlen; i < ln->te; i++) {
		if (s[i] != ' ' || i == ln->ts + ln->mlen)
			continue;
		for (n = 0; i < ln->te && s[i] == ' '; i++)
			n++;
		if (n < 2 || n <= sp)
			continue;
		for (j = i; j < ln->te && j < i + 3 && is_digit(s[j]); j++)
			;
		if (j == i || j + 1 >= ln->te || (s[j] != '.' && s[j] != ')'))
			continue;
		for (j++; j < ln->te && s[j] == ' '; j++)
			;
		if (j < ln->te && s[j] >= 'A' && s[j] <= 'Z')
			return 1;
	}
	return 0;
}

/* Is numbered line k the sibling after numbered line ln: the same style
 * and parent, its last number one more? */
static int
next_sibling(const struct line *ln, const struct line *k)
{
	int m;

	if (k->style != ln->style || k->nnum != ln->nnum || ln->nnum < 1 ||
	    ln->nnum > 4)
		return 0;
	for (m = 0; m + 1 < ln->nnum; m++)
		if (k->num[m] != ln->num[m])
			return 0;
	return k->num[m] == ln->num[m] + 1;
}

/*
 * A numbered heading that ends a sentence ("6.2. To ensure the working
 * of the network.") whose numbered neighbours (6.1 and 6.3: the same
 * style and parent, one number off) are all text paragraphs: one of
 * their numbered paragraphs, not a heading.  Not the Chinese styles: a
 * run-in title there (（一）指导思想。…) has its own evidence, a short
 * title without a comma, which a neighbour with a longer one does not
 * take away (zh_heading).
 */
static int
text_siblings(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li], *k;
	size_t j;
	int sibs = 0, text = 0;

	if (ln->cls != L_HEAD || !(ln->flags & LF_TERM) || ln->nnum < 1 ||
	    ln->nnum > 4 || ln->style == ST_NONE || ln->style == ST_ROMAN ||
	    is_zh_style(ln->style) ||
	    ln->style == ST_USER || ln->style == ST_LIST ||
	    is_chapter(ln->style))
		return 0;
	for (j = 0; j < L->n; j++) {
		k = &L->v[j];
		if (j == li || (k->cls != L_TEXT && k->cls != L_HEAD) ||
		    (!next_sibling(ln, k) && !next_sibling(k, ln)))
			continue;
		sibs++;
		if (k->cls == L_TEXT)
			text++;
	}
	return sibs > 0 && text == sibs;
}

/* The words of a numbered line's title: its words less its marker's. */
static size_t
title_words(const struct doclines *L, const struct line *ln)
{
	size_t n = ln->nwords, i = ln->ts, ws, we, e = ln->ts + ln->mlen;

	while (n > 0 && i < e && next_word(L->s, &i, e, &ws, &we))
		n--;
	return n;
}

/* A heading with a dotted number that is a sentence: it ends one, with six
 * words or more after the number. */
static int
numbered_sentence(const struct doclines *L, const struct line *ln)
{
	return ln->cls == L_HEAD && (ln->flags & LF_TERM) && ln->nnum >= 2 &&
	    ln->style != ST_NONE && ln->style != ST_ROMAN &&
	    !is_zh_style(ln->style) && ln->style != ST_USER &&
	    ln->style != ST_LIST && !is_chapter(ln->style) &&
	    title_words(L, ln) >= 6;
}

/*
 * Is line li the next chapter's marker alone on its line, over its title
 * (or the next roman numeral with its title: below):
 * the style of the last chapter heading and its number plus one
 * ("CHAPTER 2" after "CHAPTER 1"), nothing after the marker, and right
 * under it a short line with a capital and no end ("ENABLE A", "The
 * Board")?  It opens the chapter even when the line before ends open: a
 * page's last line, a caption ("Scan to read the" / "Safer Cyberspace
 * Masterplan"), run into it by the extraction.  A chapter named in
 * running text does not stand alone on its line over a title.
 */
static int
next_chapter(const struct doclines *L, const struct hctx *H, size_t li)
{
	const struct line *ln = &L->v[li], *nx;
	size_t tw;

	/* The same for an upper-case roman numeral that goes on with the
	 * sequence, its title on its line ("I. General provisions" under a
	 * title that ends "to 2020"): a short title without an end, and a
	 * blank line or a numbered line right under it. */
	if (ln->style == ST_ROMAN) {
		size_t i = ln->ts + ln->mlen;

		while (i < ln->te && is_ws((unsigned char)L->s[i]))
			i++;
		tw = title_words(L, ln);
		return !(ln->flags & (LF_BROMAN | LF_TERM | LF_COLON |
		    LF_COMMA | LF_CONT | LF_HYPH)) &&
		    ln->nnum >= 1 && ln->num[0] == H->last_roman + 1 &&
		    tw >= 1 && tw <= 12 && i < ln->te && L->s[i] >= 'A' &&
		    L->s[i] <= 'Z' &&
		    (li + 1 >= L->n || L->v[li + 1].cls == L_BLANK ||
		    L->v[li + 1].style != ST_NONE);
	}
	if (!is_chapter(ln->style) || ln->nnum < 1 ||
	    ln->style != H->last_chstyle || ln->num[0] != H->last_chnum + 1 ||
	    title_words(L, ln) != 0 || li + 1 >= L->n)
		return 0;
	nx = &L->v[li + 1];
	return nx->cls == L_TEXT && nx->style == ST_NONE &&
	    (nx->flags & LF_UPPER) &&
	    !(nx->flags & (LF_TERM | LF_COLON | LF_COMMA | LF_LIST)) &&
	    nx->nwords <= 12;
}

/*
 * Is heading li a clause of a run of numbered sentences with no text under
 * any: a numbered sentence (numbered_sentence) whose next line with content
 * is its next sibling and one too, or whose line before is its previous
 * sibling and one too ("1.1. The committee shall meet on the day set for it
 * by the board." / "" / "1.2. The committee shall keep minutes of every
 * meeting it holds.")?  A section's heading heads text; sentences numbered
 * one after the other with nothing under them are the articles of a text.
 * A short title with a period ("1.1. Purpose.") and a sentence over its
 * paragraphs ("2.1. Threats to the networks of the state are rising." over
 * its text) stay headings.
 */
static int
clause_run(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li];
	size_t nx, pv;

	if (!numbered_sentence(L, ln))
		return 0;
	nx = next_nonblank(L, li, 1);
	if (nx != NONE && numbered_sentence(L, &L->v[nx]) &&
	    next_sibling(ln, &L->v[nx]))
		return 1;
	pv = prev_nonblank(L, li, 1);
	return pv != NONE && numbered_sentence(L, &L->v[pv]) &&
	    next_sibling(&L->v[pv], ln);
}

/* Does s[a..e) hold a column gap anywhere (gap_at): a tab, or two
 * white-space bytes in a row?  A line without one opens no label. */
static int
has_gap(const char *s, size_t a, size_t e)
{
	size_t i;

	for (i = a; i < e; i++)
		if (s[i] == '\t' ||
		    (i + 1 < e && is_ws((unsigned char)s[i]) &&
		    is_ws((unsigned char)s[i + 1])))
			return 1;
	return 0;
}

/* The first word of numbered line ln, within its marker (what
 * number_key keys it by): 1 and s[*ws..*we), else 0. */
static int
number_word(const struct doclines *L, const struct line *ln, size_t *ws,
    size_t *we)
{
	size_t i = ln->ts;

	return ln->mlen > 0 && next_word(L->s, &i, ln->te, ws, we) &&
	    *we <= ln->ts + ln->mlen;
}

/*
 * The tables of copies and labels, built the first time a judge below
 * asks: every line's number and title (its first word and the rest, and
 * its last word and the rest: "A STRONGER COOPERATION   2"), and its
 * opening two to six words where a column gap follows them.  Only what a
 * lookup can find goes in: a copy whose number is the first word of some
 * numbered line's marker (number_key), a label from a line with a column
 * gap (form_label counts only those); the rest of a document's lines,
 * most of them, cost a word or two and no key.
 */
static void
build_tables(struct doclines *L, struct hctx *H)
{
	const char *s = L->s;
	struct ht nums;
	size_t li;
	int isnew;

	H->tables = 1;
	ht_init(&H->copies, 64);
	ht_init(&H->labels, 64);
	ht_init(&nums, 64);
	for (li = 0; li < L->n; li++) {
		size_t ws, we;

		if (number_word(L, &L->v[li], &ws, &we))
			ht_upsert(&nums, s + ws, we - ws, NULL);
	}
	for (li = 0; li < L->n; li++) {
		const struct line *o = &L->v[li];
		size_t i = o->ts, ws, we, fs, fe, ls, le, sp;
		int nw = 0;

		if (o->cls == L_BLANK || o->te - o->ts < 2 ||
		    !next_word(s, &i, o->te, &fs, &fe))
			continue;
		if (nums.n > 0) {
			if (ht_get(&nums, s + fs, fe - fs) != NULL) {
				copy_key(&H->key, s, fs, fe, fe, o->te);
				ht_upsert(&H->copies, H->key.s, H->key.n,
				    &isnew)->val++;
			}
			/* The last word, from the end: words are what lies
			 * between white space, either way. */
			for (le = o->te; le > fe && is_ws((unsigned char)s[le - 1]);
			    le--)
				;
			for (ls = le; ls > fe && !is_ws((unsigned char)s[ls - 1]);
			    ls--)
				;
			if (ls > fe && ht_get(&nums, s + ls, le - ls) != NULL) {
				copy_key(&H->key, s, ls, le, o->ts, ls);
				ht_upsert(&H->copies, H->key.s, H->key.n,
				    &isnew)->val++;
			}
		}
		if (!has_gap(s, o->ts, o->te))
			continue;
		sp = word_space(s, o->ts, o->te);
		for (i = o->ts; nw < 6 && next_word(s, &i, o->te, &ws, &we); ) {
			if (++nw < 2 || !gap_at(s, we, o->te, sp))
				continue;
			str_clear(&H->key);
			add_words(&H->key, s, o->ts, we);
			ht_upsert(&H->labels, H->key.s, H->key.n, &isnew)->val++;
		}
	}
	ht_free(&nums);
}

/*
 * Is line li a row label of a form that repeats, sheet after sheet: its
 * first two to six words, followed in it by a column gap or its end,
 * open two other lines or more where a column gap and a cell follow
 * them ("Policy Objective  Cyber Security ..." on each program's sheet,
 * "Supporting Implementation   Ministry of ...")?  A table's label, not
 * a section title: a title is not the first column of rows.  A title
 * that repeats alone ("The Same Subject Continued", with no cell after
 * it) is not this.
 */
static int
form_label(struct doclines *L, struct hctx *H, size_t li)
{
	const struct line *ln = &L->v[li];
	const char *s = L->s;
	size_t i = ln->ts, ws, we, sp = word_space(s, ln->ts, ln->te);
	const struct ht_entry *e;
	int nw = 0;

	if (!H->tables)
		build_tables(L, H);
	while (nw < 6 && next_word(s, &i, ln->te, &ws, &we)) {
		int gap;

		if (++nw < 2)
			continue;
		gap = gap_at(s, we, ln->te, sp);
		if (!gap && we < ln->te)
			continue;
		str_clear(&H->key);
		add_words(&H->key, s, ln->ts, we);
		e = ht_get(&H->labels, H->key.s, H->key.n);
		if (e != NULL && e->val - (uint64_t)gap >= 2)
			return 1;
	}
	return 0;
}

/* The key of the numbered line li, its marker's first word as the
 * number, in H->key; 0 when it has none. */
static int
number_key(struct doclines *L, struct hctx *H, size_t li)
{
	size_t ws, we;

	if (!number_word(L, &L->v[li], &ws, &we))
		return 0;
	copy_key(&H->key, L->s, ws, we, we, L->v[li].te);
	return 1;
}

/*
 * Is the numbered line li ("2   A STRONGER COOPERATION") the same, but
 * for case and spacing, as two other lines of the document or more, its
 * number at either end ("A STRONGER COOPERATION   2"), one of them a
 * heading already, before it?  A numbered section has its heading once
 * in the text (and once in the contents, often with a page number after
 * it); a third copy after the heading is the chapter's running header or
 * footer at a page top or foot.  The first copy that is a heading stays
 * one ("3  Prioritised areas" over the page header "PRIORITISED AREAS
 * 3" that repeats on the chapter's pages; "CHAPTER 3" at the first page
 * top when the chapter's opener went into the text).  The lines are
 * counted once, in a table, not line against line.
 */
static int
repeated_number(struct doclines *L, struct hctx *H, size_t li)
{
	const struct ht_entry *e;

	if (!H->tables)
		build_tables(L, H);
	if (!number_key(L, H, li))
		return 0;
	e = ht_get(&H->copies, H->key.s, H->key.n);
	return e != NULL && e->val >= 3 && e->aux;
}

/* A heading is given: a numbered copy after it is its running header. */
static void
heading_given(struct doclines *L, struct hctx *H, size_t li)
{
	struct ht_entry *e;

	if (L->v[li].mlen == 0)
		return;
	if (!H->tables)
		build_tables(L, H);
	if (number_key(L, H, li) &&
	    (e = ht_get(&H->copies, H->key.s, H->key.n)) != NULL)
		e->aux = 1;
}

/*
 * Chinese headings (issue 13).  Bounds, from the 2018 State Council
 * opinion and the 2016 Cybersecurity Law: a heading's title alone on its
 * line (一、新时代实施乡村振兴战略的重大意义, （三）基本原则) runs 4 to
 * 24 characters, a run-in title before its 。 (（一）指导思想。全面贯彻…)
 * 4 to 16 and never holds a comma; the first sentences of the opinion's
 * paragraphs without a comma run 21 characters or more, and the items of
 * the law's articles (（一）设置专门安全管理机构…；) hold commas and end in
 * ； or 。.  ZH_TITLE_MAX and ZH_RUNIN_MAX leave room above those.
 */
#define ZH_TITLE_MAX	40
#define ZH_RUNIN_MAX	20

/* The last character of line ln, closing quotes and brackets skipped
 * (”）」), or -1. */
static int32_t
last_char(const struct doclines *L, const struct line *ln)
{
	size_t i = ln->te, at;
	int32_t cp = prev_cp(L->s, ln->ts, i, &at);

	while (cp >= 0 && is_closer(cp)) {
		i = at;
		cp = prev_cp(L->s, ln->ts, i, &at);
	}
	return cp;
}

/* Does line ln end a clause that a list goes on after: ； ： ; : (the
 * line before an item, or an item itself)? */
static int
ends_clause(const struct doclines *L, const struct line *ln)
{
	int32_t cp = last_char(L, ln);

	return cp == 0xFF1B || cp == 0xFF1A || cp == ';' || cp == ':';
}

/*
 * The title of a Chinese numbered line at s[a..e): the number of its
 * characters, or -1 when it holds a character that a title does not: a
 * sentence end, comma or other clause mark (is_zh_clause_end) when
 * `commas` is 0; with commas 1, only a sentence end (。 ！ ？ ． . ! ?)
 * and ； ： (a heading alone on its line may hold a comma: 三、提升农业
 * 发展质量，培育乡村发展新动能).  At most max characters are counted.
 */
static int
zh_title_chars(const char *s, size_t a, size_t e, int commas, int max)
{
	int32_t cp;
	int l, n = 0;

	while (a < e) {
		cp = next_cp(s, a, e, &l);
		if (is_zh_clause_end(cp) && !(commas && (cp == 0xFF0C ||
		    cp == 0x3001 || cp == ',')))
			return -1;
		if (++n > max)
			return -1;
		a += (size_t)l;
	}
	return n;
}

/*
 * A Chinese numbered line (一、 （一） 1． （1） ①, marker.c) that is a
 * heading: 1 for one alone on its line, 2 for a run-in heading, whose
 * title up to its first 。 is the heading and the rest of the line text
 * (the opinion's （一）指导思想。全面贯彻…, as a law's 第X条 is); 0 for
 * text.  The evidence:
 * - it stands on its own: the line before is none, no text (a blank, a
 *   heading, a dropped line) or ends a sentence (。！？);
 * - it is no item of a list: the text line before it (blanks aside) does
 *   not end in ： or ；, nor does the line itself in ； (（一）…；（二）…；), it
 *   does not stand inside a law's article (the last heading is a 第X条:
 *   its 项 are items), and it is no line of a list of short lines: the
 *   line right before is no text line of its style with a lower number
 *   and no sentence end (（一）加强监测 / （二）完善制度), nor is the next
 *   line such a one (a numbered paragraph that is text, （二）坚持创新，推动
 *   发展。…, is no item: in a document of a paragraph a line without blank
 *   lines it would make every line of its style after it text);
 * - alone on its line: a title of at most ZH_TITLE_MAX characters with
 *   no sentence end or ； ： in it nor a clause mark at its end, not as
 *   wide as the document's wrapped lines, not the last line;
 * - run-in: its title up to the first 。 has 1 to ZH_RUNIN_MAX
 *   characters and no comma or other clause mark, and text follows.
 * Anything else stays text: a false heading cuts a paragraph in two.
 */
static int
zh_heading(struct doclines *L, struct hctx *H, size_t li)
{
	struct line *ln = &L->v[li];
	const struct line *prev = li > 0 ? &L->v[li - 1] : NULL;
	const char *s = L->s;
	size_t a = ln->ts + ln->mlen, pv, nx, e;
	int32_t cp;

	if (prev != NULL && prev->cls == L_TEXT && !(prev->flags & LF_TERM))
		return 0;
	if ((pv = prev_nonblank(L, li, 1)) != NONE &&
	    L->v[pv].cls == L_TEXT && ends_clause(L, &L->v[pv]))
		return 0;
	cp = last_char(L, ln);
	if (cp == 0xFF1B || cp == ';' || H->last_style == ST_CHAPTER + 3)
		return 0;
	if (prev != NULL && prev->cls == L_TEXT && prev->style == ln->style &&
	    prev->num[0] < ln->num[0] && !(prev->flags & LF_TERM))
		return 0;
	/* Alone on its line. */
	if (!(ln->flags & LF_TERM) && !is_zh_clause_end(cp) && cp != 0x2026 &&
	    !last_content(L, li) &&
	    zh_title_chars(s, a, ln->te, 1, ZH_TITLE_MAX) > 0 &&
	    !wide_line(ln, H->wrap)) {
		nx = next_nonblank(L, li, 1);
		if (nx != NONE && L->v[nx].cls == L_TEXT &&
		    L->v[nx].style == ln->style &&
		    !(L->v[nx].flags & LF_TERM))
			return 0;
		return 1;
	}
	/* Run-in: the title before the first 。 (looked for no further than
	 * ZH_RUNIN_MAX characters of four bytes could reach). */
	for (e = a; e + 2 < ln->te && e - a <= 4 * ZH_RUNIN_MAX &&
	    memcmp(s + e, "\xE3\x80\x82", 3) != 0; e++)
		;
	if (e - a > 4 * ZH_RUNIN_MAX)
		return 0;
	if (e + 3 >= ln->te || zh_title_chars(s, a, e, 0, ZH_RUNIN_MAX) < 1)
		return 0;
	e += 3;
	if (e - ln->ts > UINT16_MAX)
		return 0;
	ln->ulead = (uint16_t)(e - ln->ts);
	return 2;
}

/*
 * The title of a Chinese document: its first line with content, short
 * (at most ZH_TITLE_MAX characters) and one phrase (no sentence end or
 * clause mark anywhere in it: 中共中央 国务院关于实施乡村振兴战略的意见),
 * in Chinese (a CJK character), unnumbered, not as wide as the wrapped
 * lines, with more after it: alone (a blank or dropped line under it, as
 * an English title stands), or over a heading or text that ends a sentence
 * or is as wide as the wrapped lines (a paragraph that goes on).  A date
 * line under it is furniture, dropped before this stage, or kept by
 * --no-drop: looked across.
 */
static int
zh_title(struct doclines *L, struct hctx *H, size_t li)
{
	struct line *ln = &L->v[li];
	size_t nx;

	if (ln->style != ST_NONE || prev_nonblank(L, li, 1) != NONE ||
	    (ln->flags & LF_LIST) || wide_line(ln, H->wrap) ||
	    !utf8_has_cjk(L->s + ln->ts, ln->te - ln->ts) ||
	    zh_title_chars(L->s, ln->ts, ln->te, 0, ZH_TITLE_MAX) < 1)
		return 0;
	nx = next_nonblank(L, li, 1);
	if (nx != NONE && L->v[nx].cls == L_TEXT && is_dateline(L, &L->v[nx]))
		nx = next_nonblank(L, nx, 1);	/* its date, kept as text */
	if (nx == NONE)
		return 0;
	if (li + 1 < L->n && L->v[li + 1].cls != L_TEXT)
		return 1;	/* alone: a blank or dropped line under it */
	return L->v[nx].cls == L_HEAD || (L->v[nx].cls == L_TEXT &&
	    ((L->v[nx].flags & LF_TERM) || wide_line(&L->v[nx], H->wrap)));
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
	/* The line before is the last line of a heading's title (taken
	 * with it as its cont): it stands for that heading. */
	if (prev != NULL && prev->cls == L_TEXT) {
		size_t k = li - 1, h = prev_nonblank(L, k, 1);

		if (h != NONE && L->v[h].cls == L_HEAD && L->v[h].cont >= 1 &&
		    next_nonblank(L, h, 1) == k)
			prev = &L->v[h];
		else if (h != NONE && h > 0 &&
		    (h = prev_nonblank(L, h, 1)) != NONE &&
		    L->v[h].cls == L_HEAD && L->v[h].cont >= 2)
			prev = &L->v[h];
	}
	standalone = prev == NULL || prev->cls != L_TEXT ||
	    (prev->flags & LF_TERM) || is_leader_line(L, prev);
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
	if (has_address(L, ln) || debris_line(L, ln) || echo_line(L, ln))
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
	/* An unnumbered line whose sentence the next line carries on is no
	 * title (a numbered one has its own tests below: "2.1 Threats,
	 * risks and harms" over its paragraph stays a heading). */
	if (ln->style == ST_NONE && direct && !tail &&
	    carries_on(L, ln, &L->v[li + 1], H->wrap))
		return 0;
	if (is_zh_style(ln->style))
		return zh_heading(L, H, li) > 0;
	if (ln->style != ST_NONE && ln->style != ST_LIST) {
		twords = title_words(L, ln);
		if ((!standalone && !next_chapter(L, H, li)) ||
		    not_own(L, li) || cell_marker(L, ln))
			return 0;
		/* "第一条　为了……": a Chinese article, 第X条, with its text on
		 * its line is a run-in heading, the marker alone (ulead), as
		 * the laws print it; the rest of the line goes on as text. */
		if (ln->style == ST_CHAPTER + 3 && ln->mlen < ln->te - ln->ts &&
		    memcmp(L->s + ln->ts, "\xE7\xAC\xAC", 3) == 0) {
			size_t e = ln->ts + ln->mlen;

			while (e > ln->ts && (L->s[e - 1] == ' ' ||
			    L->s[e - 1] == '\t' || (e - ln->ts >= 3 &&
			    memcmp(L->s + e - 3, "\xE3\x80\x80", 3) == 0)))
				e -= L->s[e - 1] == ' ' || L->s[e - 1] == '\t' ?
				    1 : 3;
			ln->ulead = (uint16_t)(e - ln->ts);
			return 1;
		}
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
		 * (no blank line between), wrapped or not, or right before it
		 * but for page furniture dropped between them ("9. Emergency
		 * services" / "20 | Page" / "10. Food and Agriculture"). */
		{
			size_t k = li;

			while (k > 0 && line_away(&L->v[k - 1]))
				k--;
			if (k < li && k > 0 && L->v[k - 1].cls == L_TEXT &&
			    L->v[k - 1].style == ln->style &&
			    ln->style != ST_ROMAN && ln->nnum > 0 &&
			    L->v[k - 1].nnum > 0 &&
			    L->v[k - 1].num[0] < ln->num[0])
				return 0;
			k = li;
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
		    line_width(next) * 10 <= H->wrap * 12 &&
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
			if (twords == 0)
				ln->cont = (uint8_t)bare_title(L, li, H->wrap);
			H->last_roman = ln->num[0];
			return 1;
		}
		if (lastc || twords > (is_chapter(ln->style) ? 40u : 15u))
			return 0;
		/* "ARTICLE I. Spain will relinquish all claim of sovereignty
		 * over Cuba.": a chapter marker over a sentence of six words
		 * or more, not a title: an article of the text. */
		if (is_chapter(ln->style) && (ln->flags & LF_TERM) &&
		    twords >= 6 && !is_title(L, ln))
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
		/* "Chapter I." with its title on the next line; not a dateline
		 * ("For the Journal. Saturday, May 3, 1787" under "LETTER
		 * No. 1", which has no title of its own). */
		if (twords == 0) {
			size_t nx = next_nonblank(L, li, 1);

			if (nx != NONE && nx <= li + 2 &&
			    L->v[nx].cls == L_TEXT &&
			    L->v[nx].style == ST_NONE &&
			    L->v[nx].nwords <= 12 &&
			    !(L->v[nx].flags & LF_TERM) &&
			    !two_sentences(L, &L->v[nx]) &&
			    !date_line(L, &L->v[nx]) &&
			    !is_dateline(L, &L->v[nx]))
				ln->cont = 1;
		}
		if ((ln->flags & LF_CONT) && !ln->cont)
			return 0;
		/* A chapter's running header or footer. */
		if (repeated_number(L, H, li))
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
	/* "Contents" heads the contents under it, which are a block. */
	if (is_contents_title(L, ln))
		return 1;
	if (zh_title(L, H, li))
		return 1;
	/* Only a short line with a capital and no final punctuation or
	 * leading digit can be a title (below): the rest is text. */
	if (ln->nwords > 25 || (ln->flags & (LF_TERM | LF_COLON | LF_DIGIT)) ||
	    !(ln->flags & LF_UPPER) || not_own(L, li))
		return 0;
	/* A form's label right under a heading: text. */
	if (prev != NULL && prev->cls == L_HEAD &&
	    label_under(L, (size_t)(prev - L->v), li))
		return 0;
	/* A title, a gap and a number ("INTRODUCTION   1"): a contents
	 * entry or a running header with its page or chapter; a line of a
	 * block of short lines (a list, a table, a title block). */
	if (is_leader_line(L, ln) || in_block(L, li, H->wrap))
		return 0;
	/* A name with an initial, a sentence's opening clause, an entry of
	 * a list of short title-like lines. */
	if (name_line(L, ln) || comma_opening(L, ln) || title_run(L, li, H->wrap))
		return 0;
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
	/* A title-like line right over a second title-like line that ends
	 * its block ("GLOBAL AND REGIONAL" / "THREAT LANDSCAPE", a name over
	 * the title of the address) is a title of two lines, one heading:
	 * neither half is a heading of its own. */
	wrapped = title_tail(L, li + 1) && !label_under(L, li, li + 1);
	if (ln->nwords > 12 ||
	    (ln->flags & (LF_TERM | LF_COLON | LF_DIGIT)) ||
	    ((ln->flags & LF_CONT) && !wrapped) ||
	    !(ln->flags & LF_UPPER) || !is_title(L, ln))
		return 0;
	if (prev != NULL && prev->cls == L_TEXT && !date_line(L, prev))
		return 0;
	if (next != NULL && next->cls == L_TEXT && ln->nwords < 2 && !tail)
		return 0;
	if (!wrapped && !tail && amid_text(L, li, H->wrap))
		return 0;
	/* No body text comes after it: a cell of a table, an entry of a
	 * list of abbreviations. */
	if (!prose_follows(L, wrapped || tail ? li + 1 : li, H->wrap))
		return 0;
	/* A row label of a form repeated on each sheet. */
	if (form_label(L, H, li))
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
		if (L->v[li].cls == L_BLANK || line_away(&L->v[li]) ||
		    !is_leader_line(L, &L->v[li]))
			continue;
		a = li;
		nlead = 0;
		for (b = li; b < L->n; b++) {
			struct line *ln = &L->v[b];

			if (ln->cls == L_BLANK || line_away(ln))
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

			if (ln->cls == L_BLANK || line_away(ln)) {
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

/* An entry of the list under a Contents line: a title right over its
 * page number.  contents_pair judges a line with no Contents line to go
 * by, so it asks more (two numbers in the next four lines); under one, the
 * list's last entry, over the body, has only its own. */
static int
contents_entry(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li];
	size_t nx;

	if ((ln->cls != L_TEXT && ln->cls != L_HEAD) || bare_number(L, ln) ||
	    ln->nwords > 14)
		return 0;
	nx = next_nonblank(L, li, 0);
	return nx != NONE && bare_number(L, &L->v[nx]);
}

/* Does text line li stand as a section's heading (contents_heads)? */
static int
heads_body(const struct doclines *L, size_t li)
{
	const struct line *ln = &L->v[li];
	size_t pv = prev_nonblank(L, li, 0);

	if (ln->cls != L_TEXT || ln->nwords > 14 || !(ln->flags & LF_UPPER) ||
	    (ln->flags & (LF_TERM | LF_COLON | LF_CONT | LF_HYPH | LF_COMMA)))
		return 0;
	if (pv != NONE && pv + 1 == li && L->v[pv].cls == L_TEXT &&
	    !(L->v[pv].flags & LF_TERM))
		return 0;
	return li + 1 >= L->n || L->v[li + 1].cls != L_TEXT ||
	    !(L->v[li + 1].flags & LF_LOWER);
}

/*
 * The titles a contents list names head the body.  A contents list here:
 * a "Contents" line, then three entries or more, each a line over its page
 * number (dropped as furniture or not: "Overview" / "7" / "The threat
 * environment" / "10"), with only blank lines, dropped lines and page
 * numbers between them.  After the list, the first text line with an
 * entry's title (heading_key with its marker: the same letters and
 * digits) is that section's heading when it stands as one: at most 14
 * words, no end, no colon, no open end, a capital first, nothing open
 * before it (a blank line, a dropped line, a heading, or a sentence's
 * end) and no lower-case line right under it.  The document's own list is
 * the evidence that rules of title shape (a quotation under it, a line of
 * its block) could not see ("The threat environment" over a pull quote).
 */
static void
contents_heads(struct doclines *L)
{
	struct ht titles;
	struct str key = { 0 };
	struct ht_entry *e;
	size_t ct, k, end, n, found = 0;

	for (ct = 0; ct < L->n; ct++)
		if (L->v[ct].cls == L_HEAD && is_contents_title(L, &L->v[ct]))
			break;
	if (ct == L->n)
		return;
	ht_init(&titles, 64);
	for (k = ct + 1, n = 0, end = ct + 1; k < L->n; k++) {
		const struct line *ln = &L->v[k];

		if (ln->cls == L_BLANK || line_away(ln))
			continue;
		if (bare_number(L, ln)) {
			end = k + 1;
			continue;
		}
		if (!contents_entry(L, k))
			break;
		heading_key(L, ln, 1, &key);
		if (key.n > 0 && ht_upsert(&titles, key.s, key.n, NULL)->val++ == 0)
			n++;
		end = k + 1;
	}
	for (k = end; n >= 3 && k < L->n; k++) {
		if (L->v[k].cls != L_TEXT)
			continue;
		heading_key(L, &L->v[k], 1, &key);
		if (key.n == 0 || (e = ht_get(&titles, key.s, key.n)) == NULL ||
		    e->aux || !heads_body(L, k))
			continue;
		e->aux = 1;
		L->v[k].cls = L_HEAD;
		L->v[k].cont = 0;
		found++;
	}
	/* The list, its titles found: contents lines (find_toc's kind), its
	 * page numbers too. */
	for (k = ct + 1; found >= 2 && k < end; k++)
		if (contents_entry(L, k) || (L->v[k].cls == L_TEXT &&
		    bare_number(L, &L->v[k]))) {
			L->v[k].cls = L_TOC;
			L->v[k].cont = 0;
		}
	ht_free(&titles);
	str_free(&key);
}

/*
 * Is a heading's title a form's label: it comes back as a heading three
 * times or more, none of its copies over a line of prose, a copy of
 * another such label between each two of its copies (the sections of a
 * form filled in once per program, in turn: "Deliverables and Target"
 * over the cells of a table, on each sheet), and the document has two
 * such labels or more?  "MESSAGE" five times over letters, "Objectives"
 * over prose in every chapter, and a subtitle that comes back on papers
 * in a row ("The Same Subject Continued") stay headings.  e->val: its
 * copies, e->aux: a copy over prose or two copies with no other label
 * between.
 */
static int
form_copy(const struct ht_entry *e, size_t labels)
{
	return e != NULL && e->val >= 3 && e->aux == 0 && labels >= 2;
}

/* Marks the headings that are copies of a form's label (form_copy) text. */
static void
form_labels(struct doclines *L, size_t wrap, struct str *key)
{
	struct ht keys;
	struct ht_entry *e;
	size_t li, labels = 0, k, j, *last = NULL;
	unsigned char *other = NULL;

	ht_init(&keys, 64);
	for (li = 0; li < L->n; li++) {
		if (L->v[li].cls != L_HEAD || L->v[li].style != ST_NONE)
			continue;
		heading_key(L, &L->v[li], 0, key);
		if (key->n == 0)
			continue;
		e = ht_upsert(&keys, key->s, key->n, NULL);
		e->val++;
		if (prose_next(L, li, wrap))
			e->aux = 1;
	}
	for (k = 0; k < keys.n; k++)
		if (keys.ents[k].val >= 3 && keys.ents[k].aux == 0)
			labels++;
	if (labels >= 2) {
		last = calloc(keys.n, sizeof(*last));
		other = calloc(keys.n, 1);
		if (last == NULL || other == NULL)
			labels = 0;
	}
	/* In turn: another label's copy between each two copies. */
	for (li = 0; labels >= 2 && li < L->n; li++) {
		if (L->v[li].cls != L_HEAD || L->v[li].style != ST_NONE)
			continue;
		heading_key(L, &L->v[li], 0, key);
		if (key->n == 0 || (e = ht_get(&keys, key->s, key->n)) == NULL ||
		    e->val < 3 || e->aux)
			continue;
		k = (size_t)(e - keys.ents);
		if (last[k] > 0 && !other[k])
			e->aux = 1;
		last[k] = li + 1;
		other[k] = 0;
		for (j = 0; j < keys.n; j++)
			if (j != k)
				other[j] = 1;
	}
	for (k = 0, j = 0; labels >= 2 && k < keys.n; k++)
		if (keys.ents[k].val >= 3 && keys.ents[k].aux == 0)
			j++;
	if (labels >= 2)
		labels = j;
	for (li = 0; labels >= 2 && li < L->n; li++) {
		if (L->v[li].cls != L_HEAD || L->v[li].style != ST_NONE)
			continue;
		heading_key(L, &L->v[li], 0, key);
		if (key->n > 0 &&
		    form_copy(ht_get(&keys, key->s, key->n), labels)) {
			L->v[li].cls = L_TEXT;
			L->v[li].cont = 0;
		}
	}
	free(last);
	free(other);
	ht_free(&keys);
}

void
headings_mark(struct doclines *L, const struct doc_opts *o)
{
	struct hctx H;
	unsigned char *clauses;
	size_t li;
	int k;

	memset(&H, 0, sizeof(H));
	H.last_sign = NONE;
	H.wrap = heading_wrap(L);
	for (li = 0; li < L->n; li++) {
		if (!is_heading(L, o, &H, li))
			continue;
		L->v[li].cls = L_HEAD;
		H.last_style = L->v[li].style;
		if (is_chapter(L->v[li].style) && L->v[li].nnum >= 1) {
			H.last_chstyle = L->v[li].style;
			H.last_chnum = L->v[li].num[0];
		}
		heading_given(L, &H, li);
		/* A continuation line is the heading's, not one of its own. */
		for (k = L->v[li].cont; k > 0; k--) {
			size_t nx = next_nonblank(L, li, 1);

			if (nx == NONE)
				break;
			li = nx;
		}
	}
	/* Judged once every line is: numbered paragraphs among text, then
	 * runs of numbered sentences (all judged before any is marked). */
	for (li = 0; li < L->n; li++)
		if (text_siblings(L, li)) {
			L->v[li].cls = L_TEXT;
			L->v[li].cont = 0;
		}
	clauses = xcalloc(L->n + 1, 1);
	for (li = 0; li < L->n; li++)
		clauses[li] = (unsigned char)clause_run(L, li);
	for (li = 0; li < L->n; li++)
		if (clauses[li]) {
			L->v[li].cls = L_TEXT;
			L->v[li].cont = 0;
		}
	free(clauses);
	form_labels(L, H.wrap, &H.key);
	contents_heads(L);
	if (H.tables) {
		ht_free(&H.copies);
		ht_free(&H.labels);
	}
	str_free(&H.key);
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
