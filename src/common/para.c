/*
 * para.c: the paragraph stage (see para.h).  Classified lines are joined
 * into paragraphs, across stray blank lines and page breaks that fall
 * inside a sentence; hyphens at line breaks are resolved with the corpus
 * as a dictionary (lexicon.c); every byte of cleaned text keeps a map to
 * its source span.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "para.h"
#include "hyphen.h"
#include "marker.h"
#include "sent.h"
#include "utf8.h"

void
add_piece(struct parabuild *B, const char *text, size_t clen, size_t src,
    size_t slen, int verbatim)
{
	struct piece *last = B->pieces.n ? &B->pieces.v[B->pieces.n - 1] : NULL;

	if (verbatim && last != NULL && last->clen == last->slen &&
	    last->clean + last->clen == B->text.n &&
	    last->src + last->slen == src) {
		last->clen += clen;
		last->slen += slen;
	} else {
		struct piece p = { B->text.n, clen, src, slen };

		VEC_PUSH(B->pieces, p);
	}
	str_add(&B->text, text, clen);
}

/* NFC of source bytes [x, y) as one piece: the unchanged bytes before and
 * after the part NFC changes keep their one-to-one map. */
static void
add_nfc_run(struct parabuild *B, size_t x, size_t y, const struct str *nfc)
{
	const char *s = B->s;
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
		add_piece(B, s + x, p, x, p, 1);
	add_piece(B, nfc->s + p, m - p - q, x + p, n - p - q, 0);
	if (q > 0)
		add_piece(B, s + y - q, q, y - q, q, 1);
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
add_nfc(struct parabuild *B, size_t x, size_t y)
{
	const char *s = B->s;
	struct str nfc = { 0 }, part = { 0 };
	size_t i, e, pos = 0, tn = B->text.n, pn = B->pieces.n;
	struct piece last = { 0, 0, 0, 0 };

	/* Chinese text: a word may be a whole line, and its copy in NFC
	 * another line's worth of memory; most of it needs none. */
	if (utf8_nfc_stable(s + x, y - x) || !utf8_nfc(s + x, y - x, &nfc)) {
		add_piece(B, s + x, y - x, x, y - x, 1);
		goto out;
	}
	if (pn > 0)
		last = B->pieces.v[pn - 1];	/* add_piece may grow it */
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
			add_piece(B, part.s, part.n, i, e - i, 0);
		else
			add_piece(B, s + i, e - i, i, e - i, 1);
	}
	if (i < y || pos != nfc.n) {
		B->text.n = tn;
		if (B->text.s != NULL)
			B->text.s[tn] = '\0';
		B->pieces.n = pn;
		if (pn > 0)
			B->pieces.v[pn - 1] = last;
		add_nfc_run(B, x, y, &nfc);
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
add_nfc_across(struct parabuild *B, size_t c, size_t i, size_t j, size_t k)
{
	struct str joined = { 0 }, nfc = { 0 };

	str_add(&joined, B->s + c, i - c);
	str_add(&joined, B->s + j, k - j);
	if (!utf8_nfc(joined.s, joined.n, &nfc)) {
		str_clear(&nfc);
		str_add(&nfc, joined.s, joined.n);
	}
	add_piece(B, nfc.s, nfc.n, c, k - c, 0);
	str_free(&joined);
	str_free(&nfc);
}

/* The ligature at source [i, j) spelt in its letters, with the marks at
 * [j, k) on them in NFC, as one piece mapped to [i, k). */
static void
add_ligature(struct parabuild *B, size_t i, size_t j, size_t k)
{
	struct str letters = { 0 }, nfc = { 0 };

	utf8_unligate(B->s + i, j - i, &letters, NULL);
	str_add(&letters, B->s + j, k - j);
	if (k > j && utf8_nfc(letters.s, letters.n, &nfc))
		add_piece(B, nfc.s, nfc.n, i, k - i, 0);
	else
		add_piece(B, letters.s, letters.n, i, k - i, 0);
	str_free(&letters);
	str_free(&nfc);
}

/* Adds one word (no white space inside) that has non-ASCII bytes:
 * invalid bytes become U+FFFD, soft hyphens and zero-width characters go,
 * ligatures are spelt out, the rest is made NFC; each part keeps its own
 * map to the source. */
static void
add_word_slow(struct parabuild *B, size_t a, size_t b)
{
	const char *s = B->s;
	size_t i = a, run = a, j, k, c;

	while (i < b) {
		int32_t cp;
		int l;

		if (utf8_cjk3(s, i, b)) {	/* valid, kept, no ligature */
			i += 3;
			continue;
		}
		l = utf8_decode(s + i, b - i, &cp);
		if (l >= 1 && cp >= 0xFB00 && cp <= 0xFB06) {
			/* A ligature as PDF extraction leaves it: its
			 * letters, mapped to its bytes (with the marks after
			 * it, which go on its last letter). */
			if (i > run)
				add_nfc(B, run, i);
			j = i + (size_t)l;
			add_ligature(B, i, j, marks_end(s, j, b));
			run = i = marks_end(s, j, b);
			continue;
		}
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
				add_nfc(B, run, c);
			add_nfc_across(B, c, i, j, k);
			run = i = k;
			continue;
		}
		if (i > run)
			add_nfc(B, run, i);
		if (l < 1 || cp == 0)
			add_piece(B, "\xEF\xBF\xBD", 3, i, 1, 0);
		i = j;		/* past a soft hyphen, zero-width, bad byte */
		run = i;
	}
	if (b > run)
		add_nfc(B, run, b);
}

/* Appends the cleaned text of source bytes [a, b): runs of white space and
 * controls (is_sep) become one space (none at the start of the paragraph).
 * Runs of printable ASCII with single spaces go in as one piece; a word
 * with other bytes goes through add_word_slow whole, so that NFC sees its
 * base letters. */
void
add_span(struct parabuild *B, size_t a, size_t b)
{
	const char *s = B->s;
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
			if (B->text.n > 0 && B->text.s[B->text.n - 1] != ' ')
				add_piece(B, " ", 1, i, j - i,
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
			add_piece(B, s + i, j - i, i, j - i, 1);
			i = j;
			continue;
		}
		/* A word with non-ASCII bytes. */
		while (j < b) {
			unsigned char cj = (unsigned char)s[j];

			if (utf8_cjk3(s, j, b)) {	/* no space of any kind */
				j += 3;
				continue;
			}
			if (is_sep(cj))
				break;
			if (cj >= 0x80 && uspace(s + j, b - j))
				break;
			j++;
		}
		add_word_slow(B, i, j);
		i = j;
	}
}

void
para_reset(struct parabuild *B)
{
	str_clear(&B->text);
	B->pieces.n = 0;
	B->breaks.n = 0;
}

/* Appends a whole trimmed line: one piece when it is plain ASCII. */
void
add_line(struct parabuild *B, const struct line *ln)
{
	if ((ln->flags & LF_PLAIN) && (B->text.n == 0 ||
	    B->text.s[B->text.n - 1] == ' ' || ln->ts == ln->te))
		add_piece(B, B->s + ln->ts, ln->te - ln->ts, ln->ts,
		    ln->te - ln->ts, 1);
	else
		add_span(B, ln->ts, ln->te);
}

/* Takes the last byte off the paragraph text, and off its piece. */
void
unadd_byte(struct parabuild *B)
{
	struct piece *p = &B->pieces.v[B->pieces.n - 1];

	B->text.n--;
	B->text.s[B->text.n] = '\0';
	if (p->clen == p->slen)
		p->slen--;
	p->clen--;
	if (p->clen == 0)
		B->pieces.n--;
}

/* Drops a trailing space from the paragraph text. */
void
trim_end(struct parabuild *B)
{
	if (B->text.n > 0 && B->text.s[B->text.n - 1] == ' ')
		unadd_byte(B);
}

/* s[0..n) with the ligatures U+FB00..U+FB06 spelt out, into out. */
static void
unligated(const char *s, size_t n, struct str *out)
{
	str_clear(out);
	utf8_unligate(s, n, out, NULL);
}

/* Prefixes English writes with a hyphen before a word ("self-education",
 * "non-authorised"): a join of one with a word that the word list does
 * not know is more likely wrong than right. */
static int
hyphen_prefix(const char *s, size_t n)
{
	static const char *const prefixes[] = {
		"all", "anti", "cross", "ex", "mid", "multi", "non", "post",
		"pre", "pseudo", "quasi", "self", "semi"
	};
	char w[16];

	return lower_ascii_word(s, n, w, sizeof(w)) &&
	    in_list(prefixes, sizeof(prefixes) / sizeof(prefixes[0]), w, n);
}

/* Would L + R have a capital inside: L ends in a lower-case letter and R
 * starts with a capital ("Cyber" "Security")? */
static int
camel(const char *l, size_t ln, const char *r, size_t rn)
{
	size_t at;
	int len;

	if (ln == 0 || rn == 0)
		return 0;
	return utf8_islower(prev_cp(l, 0, ln, &at)) &&
	    utf8_isupper(next_cp(r, 0, rn, &len));
}

/*
 * Decides a hyphen at a line break by the judge of hyphen.h: left is the
 * token that ends line ln, right the first token of line nx, the counts
 * those of lexicon_forms in the corpus.  Across a gap (blank or dropped
 * lines between), a join is made only on evidence: a verdict of rule
 * DEFAULT or UPPER there gives PH_APART, the hyphen kept and the lines
 * apart.
 */
int
para_hyphen(const char *s, const struct lexicon *lex,
    const struct words *words, const struct line *ln, const struct line *nx,
    int gap, int *rule)
{
	struct str l = { 0 }, r = { 0 }, j = { 0 }, h = { 0 };
	struct hyphen_split sp;
	uint64_t cj = 0, ch = 0;
	size_t a = ln->te, b = nx->ts;
	int act, rl;

	while (a > ln->ts && !is_ws((unsigned char)s[a - 1]) &&
	    ln->te - a < LEXICON_TOKEN_MAX)
		a--;
	while (a < ln->te && ((unsigned char)s[a] & 0xC0) == 0x80)
		a++;	/* as lexicon_scan cuts a long token */
	while (b < nx->te && !is_ws((unsigned char)s[b]) &&
	    b - nx->ts < LEXICON_TOKEN_MAX)
		b++;
	unligated(s + a, ln->te - a, &l);
	unligated(s + nx->ts, b - nx->ts, &r);
	if (lex != NULL && lexicon_forms(l.s, l.n, r.s, r.n, &j, &h)) {
		cj = lexicon_get(lex, j.s, j.n);
		ch = lexicon_get(lex, h.s, h.n);
		/* The corpus counts folded words: "cybersecurity" is no
		 * evidence for "CyberSecurity", a capital inside a word. */
		(void)hyphen_split(l.s, l.n, r.s, r.n, &sp);
		if (camel(l.s + sp.last, sp.hy - sp.last, r.s, sp.rlen))
			cj = 0;
	}
	act = hyphen_judge(l.s, l.n, r.s, r.n, cj, ch, words, &rl);
	if (act == HYPHEN_JOIN && rl != HR_SOFT &&
	    (memchr(r.s, '@', r.n) != NULL || memmem(r.s, r.n, "://", 3))) {
		act = HYPHEN_KEEP;	/* "cyber-" "security@example.org" */
		rl = HR_URL;
	}
	if (rl == HR_DEFAULT && hyphen_split(l.s, l.n, r.s, r.n, &sp)) {
		/* No evidence for a join: a prefix that takes a hyphen, a
		 * right part that goes on with a hyphen of its own
		 * ("by-design", "as-a-Service"), or two halves the corpus
		 * writes as words of their own ("low" and "cost"), keep it. */
		if (sp.rlen < r.n && r.s[sp.rlen] == '-' && sp.rlen + 1 < r.n &&
		    !is_ws((unsigned char)r.s[sp.rlen + 1])) {
			act = HYPHEN_KEEP;
			rl = PR_RIGHT_COMPOUND;
		} else if (sp.core == sp.last && hyphen_prefix(l.s + sp.last,
		    sp.hy - sp.last)) {
			act = HYPHEN_KEEP;
			rl = PR_PREFIX;
		} else if (lex != NULL && lexicon_get(lex, l.s + sp.last,
		    sp.hy - sp.last) > 0 && lexicon_get(lex, r.s, sp.rlen) > 0) {
			act = HYPHEN_KEEP;
			rl = PR_CORPUS_HALVES;
		}
	}
	if (gap && (rl == HR_DEFAULT || rl == HR_UPPER))
		act = PH_APART;	/* no evidence that the lines make a word */
	if (rule != NULL)
		*rule = rl;
	str_free(&l);
	str_free(&r);
	str_free(&j);
	str_free(&h);
	return act;
}

/* Takes the line-end hyphen off the clean text: "-" or U+2010 (a soft
 * hyphen is not in it). */
static void
drop_hyphen(struct parabuild *B)
{
	const char *t = B->text.s;
	size_t n = B->text.n, k;

	if (n >= 1 && t[n - 1] == '-')
		unadd_byte(B);
	else if (n >= 3 && memcmp(t + n - 3, "\xe2\x80\x90", 3) == 0)
		for (k = 0; k < 3; k++)
			unadd_byte(B);
}

/* Does a paragraph that ends with line pl go on with line nl? gap: blank
 * or dropped lines lie between them. */
int
joins(int keep, size_t wrap, const struct line *pl, const struct line *nl,
    int gap)
{
	if (nl->cls != L_TEXT)
		return 0;
	if (!gap) {
		if (keep)
			return 1;
		/* "　　" (U+3000) before a line: the indent of a Chinese
		 * paragraph, which starts there. */
		if (nl->flags & LF_FWINDENT)
			return 0;
		if (nl->flags & LF_LIST)
			return wrap > 0;	/* one paragraph a line: a new one */
		if (!(pl->flags & LF_TERM))
			return 1;
		/* A full stop at the end of a line that fills the width goes
		 * on; one at the end of a short line, or of a line far wider
		 * than the others (a paragraph on a line of its own), or
		 * before an indented line, ends the paragraph. */
		return wrap > 0 && line_width(pl) * 10 >= wrap * 6 &&
		    line_width(pl) * 2 <= wrap * 3 &&
		    nl->ts - nl->start <= pl->ts - pl->start + 1;
	}
	if (keep || (nl->flags & LF_LIST) || nl->style != ST_NONE)
		return 0;
	if (pl->flags & (LF_TERM | LF_COLON))
		return 0;
	if (nl->flags & LF_LOWER)
		return 1;
	return (pl->flags & (LF_CONT | LF_HYPH)) != 0;
}

/* Is the word s[a..b) a numbering marker closed by "." or ")" ("c.",
 * "4.", "9.2.", "iv.", "(a)"; a bullet is LF_LIST's)?  Its number of
 * levels (2 for "9.2."), or 0.  parse_marker
 * judges it as if a capitalised word followed it (a heading style wants
 * one); its numbers stay below 200, so that a year ("2019.") that ends a
 * sentence is no marker. */
static int
marker_word(const char *s, size_t a, size_t b)
{
	char buf[24];
	size_t n = b - a;
	struct marker m;
	int k;

	if (n == 0 || n > 12 || (s[b - 1] != '.' && s[b - 1] != ')'))
		return 0;
	memcpy(buf, s + a, n);
	memcpy(buf + n, " Word", 5);
	if (!parse_marker(buf, n + 5, &m) || m.len < n + 1 || m.weak)
		return 0;
	for (k = 0; k < m.nnum && k < 4; k++)
		if (m.num[k] >= 200)
			return 0;
	return m.nnum > 1 ? m.nnum : 1;
}

/* Is the line a numbering marker and nothing else ("c.", "4.", "(a)")?
 * PDF extraction puts a list item's marker on a line of its own when the
 * marker stands in a column of its own. */
int
lone_marker(const char *s, const struct line *ln)
{
	return ln->cls == L_TEXT && marker_word(s, ln->ts, ln->te);
}

/* Does line ln start with a numbering marker closed by "." or ")" and
 * text after it ("9.2. to strengthen", "15.1. supervise")?  Its number of
 * levels, or 0.  After a line that ends in ";", ":" or a sentence end
 * such a line starts a list item even when lines.c gave it no LF_LIST (a
 * decimal marker before lower case); "3.2 million" (no closing mark) is a
 * number. */
int
item_start(const char *s, const struct line *ln)
{
	size_t e = ln->ts;

	if (ln->flags & LF_LIST)
		return 0;
	while (e < ln->te && !is_ws((unsigned char)s[e]))
		e++;
	return e < ln->te ? marker_word(s, ln->ts, e) : 0;
}

/* Length in bytes of the first word of line ln. */
static size_t
first_word(const char *s, const struct line *ln)
{
	size_t i = ln->ts;

	while (i < ln->te && !is_ws((unsigned char)s[i]))
		i++;
	return i - ln->ts;
}

/* Does line ln start with the first marker of a list: 1. a. i. A. I.,
 * with ")" or in brackets ("(1)", "a)")? */
static int
first_item(const char *s, const struct line *ln)
{
	size_t i = ln->ts;

	if (i < ln->te && s[i] == '(')
		i++;
	return i + 1 < ln->te && strchr("1aiAI", s[i]) != NULL &&
	    (s[i + 1] == '.' || s[i + 1] == ')');
}

/* Would the first word of line nl have fitted on line pl, with room to
 * spare: within 85 % of nl's width?  Then the writer ended pl, not the
 * wrap (a page mixes columns of different widths, so the document's
 * wrap is no measure; a short nl gives no room). */
static int
room_left(const char *s, const struct line *pl, const struct line *nl)
{
	return (pl->te - pl->ts + 1 + first_word(s, nl)) * 20 <
	    (nl->te - nl->ts) * 17;
}

/* Does line ln end with a word that starts with a capital ("Louis",
 * "Annex")?  A roman numeral or letter in capitals after it is the
 * name's ("Louis XIV.", "Annex B."), not a marker. */
static int
ends_capitalised(const char *s, const struct line *ln)
{
	size_t i = ln->te;
	int32_t cp;
	int l;

	while (i > ln->ts && !is_ws((unsigned char)s[i - 1]))
		i--;
	cp = next_cp(s, i, ln->te, &l);
	return i < ln->te && utf8_isupper(cp);
}

/*
 * Is line pl, which the paragraph joins with nl, a title or lead-in that
 * is a sentence of its own ("Access help and support when needed" before
 * "All Australians should ...")?  starts: a sentence starts at pl or at
 * the line before it (it opens the paragraph, or the line before ended
 * one): a title takes one or two lines (the caller lets a title of
 * three short lines of a narrow column in too).  The evidence that its writer, not
 * the wrap, ended the line: it holds a word, has no sentence end and no
 * ":" ";" "," hyphen or function word at its end, the next line starts
 * with a capital, and the first word of the next line would have fitted
 * on it (room_left: a term broken over two lines leaves no room on its
 * short second line).  A paragraph number before the capital counts as
 * the capital ("International engagement" / "50  Finally, governments
 * ...": number_lead).  Not in text with a paragraph a line (wrap 0).
 */
int
lead_line(const char *s, size_t wrap, const struct line *pl,
    const struct line *nl, int starts)
{
	if (!starts || wrap == 0 || nl->cls != L_TEXT || pl->te - pl->ts < 3 ||
	    !(pl->flags & (LF_UPPER | LF_LOWER)))
		return 0;	/* no word in it: "—" or "x" before its item */
	if (pl->flags & (LF_TERM | LF_COLON | LF_CONT | LF_HYPH | LF_LIST))
		return 0;
	if (!(nl->flags & LF_UPPER) &&
	    number_lead(s + nl->ts, nl->te - nl->ts) == 0)
		return 0;
	if ((nl->flags & LF_LIST) || nl->nwords < 2)
		return 0;
	return room_left(s, pl, nl);
}

/* Does the line start with a letter or digit (a word a hyphen at the end
 * of the line before can join)? */
int
word_start(const char *s, const struct line *ln)
{
	int32_t cp;
	int l;

	cp = next_cp(s, ln->ts, ln->te, &l);
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

int
short_column(const struct doclines *L, size_t li)
{
	size_t k;

	for (k = li; k < li + 3; k++)
		if (k >= L->n || !short_line(&L->v[k]))
			return 0;
	return 1;
}

/* Estimates the width of hard-wrapped lines: the median length of text
 * lines that another text line follows (of the first EW_SAMPLE such
 * lines, the one of rank EW_RANK); 0 when lines are paragraphs.  A
 * median above EW_MAX is no wrap, so lengths are counted in a histogram
 * of 0..EW_MAX and one bin for longer: the rank is found in one pass. */
#define EW_MAX	120
#define EW_SAMPLE	4098
#define EW_RANK(n)	(((n) < 4096 ? (n) : 4096) / 2)

size_t
estimate_wrap(const struct doclines *L)
{
	size_t li, n = 0, hist[EW_MAX + 2] = { 0 }, len, k, c, v;

	for (li = 0; li + 1 < L->n && n < EW_SAMPLE; li++) {
		const struct line *ln = &L->v[li];

		if (ln->cls != L_TEXT || L->v[li + 1].cls != L_TEXT)
			continue;
		len = line_width(ln);
		hist[len <= EW_MAX ? len : EW_MAX + 1]++;
		n++;
	}
	if (n < 3)
		return 0;
	k = EW_RANK(n);
	for (v = 0, c = 0; v <= EW_MAX; v++)
		if ((c += hist[v]) > k)
			return v;
	return 0;
}

/* The source offset of a clean offset of the paragraph being built. */
static size_t
building_src(struct parabuild *B, size_t off, int forend)
{
	struct para tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.pieces = B->pieces.v;
	tmp.npieces = B->pieces.n;
	tmp.len = B->text.n;
	return forend ? para_src_end(&tmp, off) : para_src_start(&tmp, off);
}

/* Bytes of markdown marks, *** decoration or a bullet before "- III." that
 * are not part of a heading's text. */
static size_t
heading_skip(const char *s, const struct line *ln)
{
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

/* Do lines pl and nl join with no space between them: Chinese text, the
 * last character of pl and the first of nl written without one
 * (cjk_unspaced, marker.c)? */
static int
unspaced_join(const char *s, const struct line *pl, const struct line *nl)
{
	size_t at;
	int32_t a, b;
	int l;

	if (!((pl->flags | nl->flags) & LF_SPECIAL) || pl->te <= pl->ts ||
	    nl->te <= nl->ts)
		return 0;
	a = prev_cp(s, pl->ts, pl->te, &at);
	b = next_cp(s, nl->ts, nl->te, &l);
	return cjk_unspaced(a, b);
}

/*
 * Does line nl open a Chinese list item (一、 （一） 1． （1） ①: marker.c's
 * Chinese styles) after a line that ends in ； or ：?  GB/T 15834-2011
 * (4.6.3) sets a 分号 between the items of a list and a colon before the
 * first; a law puts each item on a line of its own ("（一）制定……；"),
 * and each is then a sentence, ending at its line's end.  The same items
 * run into one line are one sentence (sent.c).
 */
static int
zh_item_line(const char *s, const struct line *pl, const struct line *nl)
{
	size_t at;
	int32_t cp;

	if (!is_zh_style(nl->style) || pl->te <= pl->ts)
		return 0;
	cp = prev_cp(s, pl->ts, pl->te, &at);
	return cp == 0xFF1B || cp == 0xFF1A || cp == ';' || cp == ':';
}

/* A heading or contents line (with its continuation line).  A numbered
 * paragraph that opens a section gives its first sentence as the heading
 * and keeps the rest for the next text paragraph. */
static size_t
heading_para(struct paras *P, struct para *p, size_t li)
{
	struct line *ln = &P->L->v[li];
	size_t last = li, nx, skip = heading_skip(P->L->s, ln);
	int level = 0, k;

	p->kind = ln->cls == L_HEAD ? PK_HEADING : PK_TOC;
	if (ln->cls == L_HEAD && ln->ulead > 0) {
		/* A --heading pattern took a run-in lead, or heading.c a
		 * Chinese article's 第X条: only the lead is the heading, the
		 * rest of the line (after spaces and U+3000) goes on as text. */
		const char *s = P->L->s;
		size_t le = ln->ts + ln->ulead, rs = le;

		while (le > ln->ts && is_sep((unsigned char)s[le - 1]))
			le--;
		while (rs < ln->te && (is_sep((unsigned char)s[rs]) ||
		    (ln->te - rs >= 3 && memcmp(s + rs, "\xE3\x80\x80", 3) == 0)))
			rs += is_sep((unsigned char)s[rs]) ? 1 : 3;
		add_span(&P->b, ln->ts, le);
		section_open(&P->sect, P->L, ln, &level);
		p->level = level;
		p->end = le;
		if (rs < ln->te)
			P->resume = rs;
		return li;
	}
	add_span(&P->b, ln->ts + skip, ln->te);
	/* cont: the lines the heading goes on over (a title of two lines
	 * under a bare section number takes two). */
	for (k = 0; k < ln->cont &&
	    (nx = next_nonblank(P->L, last, 1)) != NONE; k++) {
		const struct line *c = &P->L->v[nx];

		trim_end(&P->b);
		if (!unspaced_join(P->L->s, &P->L->v[last], c))
			add_piece(&P->b, " ", 1, P->L->v[last].te,
			    c->ts - P->L->v[last].te, 0);
		add_line(&P->b, c);
		last = nx;
	}
	if (ln->cls == L_HEAD)
		section_open(&P->sect, P->L, ln, &level);
	p->level = level;
	if (ln->runin) {
		size_t ce, cn;

		P->first_sentence(P->fsarg, P->b.text.s, P->b.text.n, &ce, &cn);
		if (cn < P->b.text.n) {
			size_t se = building_src(&P->b, ce, 1);

			P->resume = building_src(&P->b, cn, 0);
			para_reset(&P->b);
			add_span(&P->b, ln->ts + skip, se);
			p->end = se;
			return li;
		}
	}
	p->end = P->L->v[last].te;
	return last;
}

/* Characters of s[a..b). */
static size_t
nchars(const char *s, size_t a, size_t b)
{
	size_t n = 0;

	for (; a < b; a++)
		n += ((unsigned char)s[a] & 0xC0) != 0x80;
	return n;
}

/* Would the first word of line li + 1 have fitted at the end of line li,
 * in the width of the widest of lines li .. li + 2?  Then the break
 * after li was made on purpose, not by the wrapping. */
static int
deliberate_break(const struct doclines *L, size_t li)
{
	const struct line *a = &L->v[li], *b = &L->v[li + 1];
	size_t k, w = 0, fw, we;

	for (k = li; k < li + 3; k++) {
		size_t n = nchars(L->s, L->v[k].ts, L->v[k].te);

		w = n > w ? n : w;
	}
	for (we = b->ts; we < b->te && !is_sep((unsigned char)L->s[we]); we++)
		;
	fw = nchars(L->s, b->ts, we);
	return nchars(L->s, a->ts, a->te) + 1 + fw <= w;
}

/* Do the short lines from li on run to a line that is no text (blank,
 * dropped, a heading) or to the end? */
static int
column_ends(const struct doclines *L, size_t li)
{
	while (li < L->n && short_line(&L->v[li]))
		li++;
	return li >= L->n || L->v[li].cls != L_TEXT;
}

/* Does line ln leave a "(" open at its end? */
static int
open_bracket(const char *s, const struct line *ln)
{
	size_t i;
	int open = 0;

	for (i = ln->ts; i < ln->te; i++)
		if (s[i] == '(')
			open++;
		else if (s[i] == ')' && open > 0)
			open--;
	return open > 0;
}

/*
 * Is line ln one lower-case letter alone, not the words "a" and "i"
 * ("x", "l", "n")?  A symbol font's bullet that the extraction gave as
 * the letter it is coded as, when it stands between a line that ends a
 * sentence or a clause (or follows an item the same glyph opened) and a
 * capitalised line (lone_glyph_item).
 */
static int
lone_glyph(const char *s, const struct line *ln)
{
	return ln->cls == L_TEXT && ln->te == ln->ts + 1 &&
	    s[ln->ts] >= 'a' && s[ln->ts] <= 'z' && s[ln->ts] != 'a' &&
	    s[ln->ts] != 'i';
}

static int
lone_glyph_item(const struct doclines *L, const struct line *first,
    const struct line *pl, size_t nx)
{
	size_t k;

	/* after a sentence or a clause, or in a list the same glyph
	 * opened (the paragraph's first line) */
	if (!lone_glyph(L->s, &L->v[nx]) || (!(pl->flags &
	    (LF_TERM | LF_COLON)) && !(lone_glyph(L->s, first) &&
	    L->s[first->ts] == L->s[L->v[nx].ts])))
		return 0;
	k = next_nonblank(L, nx, 1);
	return k == nx + 1 && L->v[k].cls == L_TEXT &&
	    (L->v[k].flags & LF_UPPER);
}

/*
 * Does a page break (blank or dropped lines) fall inside a sentence
 * before a capital ("capable of jeopardising and destabilising" / "" /
 * "Austria and its society.")?  The evidence: pl, a line of a paragraph
 * that is not its first (the caller says so: a title is one line), is as
 * wide as the document's wrapped lines (nine tenths of the wrap to a
 * tenth over it: the wrap, not the writer, ended it) and ends in a word of
 * lower-case letters only (no punctuation, digit or capital in it); nl is
 * text whose first character is a capital letter, is no list item, heading
 * style or note at a page's foot ("1 Directive (EU) ...": note_number),
 * and it or one of the two text lines after it, with no blank line or
 * list item before, ends in a sentence end, ":" or ";" (prose, not a title
 * or a table's cells).  A short last line, or one that
 * ends in a full stop, a colon or a name, ends its paragraph as before.
 */
static int
full_line_break(const struct doclines *L, size_t wrap, const struct line *pl,
    size_t nx)
{
	const char *s = L->s;
	const struct line *nl = &L->v[nx];
	size_t w = line_width(pl), at, i, k;
	int32_t cp;
	int l, prose = 0;

	if (wrap == 0 || w * 10 < wrap * 9 || w * 10 > wrap * 11)
		return 0;
	if (nl->cls != L_TEXT || !(nl->flags & LF_UPPER) ||
	    (nl->flags & LF_LIST) || nl->style != ST_NONE ||
	    note_number(s + nl->ts, nl->te - nl->ts))
		return 0;
	for (k = nx; k < nx + 3 && k < L->n && L->v[k].cls == L_TEXT &&
	    !(L->v[k].flags & LF_LIST); k++)
		if (L->v[k].flags & (LF_TERM | LF_COLON)) {
			prose = 1;
			break;
		}
	if (!prose)
		return 0;	/* a title or a table's cell: no prose after */
	cp = next_cp(s, nl->ts, nl->te, &l);
	if (!utf8_isupper(cp))
		return 0;	/* "\xc2\xa2 The ...": a bullet glyph first */
	if (pl->flags & (LF_TERM | LF_COLON | LF_LIST | LF_HYPH) ||
	    ends_capitalised(s, pl))
		return 0;
	for (i = pl->te; i > pl->ts && !is_ws((unsigned char)s[i - 1]);
	    i = at) {
		cp = prev_cp(s, pl->ts, i, &at);
		if (!utf8_islower(cp))
			return 0;	/* "feder10b.txt": no word */
	}
	return 1;
}

/*
 * joins(), and two cases that two lines alone do not show:
 * - a title that takes a name at the end of pl ("Mr.", "Dr.": sent.h's
 *   sent_title_end) before a capital on nl, with no blank line between:
 *   the name is on the next line, the period ends no sentence;
 * - a full stop at the end of pl before a column of short lines
 *   (short_column: three lines of at most four words, none ending in
 *   punctuation) whose first line was broken on purpose, the first word
 *   of the second would have fitted on it (deliberate_break): the column
 *   is a list of its own ("features / contact manager / events"), not
 *   the wrapped rest of the paragraph in a narrow column of a PDF
 *   ("COMMUNITY / The community should take / responsibility for
 *   practising"), when the short lines run on to a blank line, a line
 *   that is no text, or the end (column_ends: in a narrow column the
 *   sentence goes on after them, "... purchasing decisions.").
 */
static int
goes_on(const struct paras *P, const struct line *pl, const struct line *nl,
    size_t nx, int gap, int inner)
{
	if (!P->o->keep && !gap && nl->cls == L_TEXT &&
	    !(nl->flags & LF_LIST)) {
		/* "resources (e.g." / "networks, servers ...)": a
		 * paragraph does not end inside a bracket before a
		 * lower-case line */
		if ((nl->flags & LF_LOWER) && open_bracket(P->L->s, pl))
			return 1;
		if ((nl->flags & LF_UPPER) &&
		    sent_title_end(P->L->s + pl->ts, pl->te - pl->ts))
			return 1;
		if ((pl->flags & LF_TERM) && short_column(P->L, nx) &&
		    deliberate_break(P->L, nx) && column_ends(P->L, nx))
			return 0;
	}
	/* After a blank line a note number and a capital ("102 For
	 * example, ...") open the notes at the foot of a page, not the
	 * rest of a line that ends in a function word ("this could
	 * also"): the sentence goes on past the notes. */
	if (!P->o->keep && gap && (pl->flags & LF_CONT) &&
	    note_number(P->L->s + nl->ts, nl->te - nl->ts))
		return 0;
	if (!P->o->keep && gap && inner && full_line_break(P->L, P->wrap,
	    pl, nx))
		return 1;
	return joins(P->o->keep, P->wrap, pl, nl, gap);
}

/*
 * Is line ln a cell of figures: a number alone ("30", "4.5", "1,200",
 * "97%"), or a dash alone (an empty cell)?  A number closed by "." or ")"
 * is a marker ("10."), not a figure.
 */
static int
figure_line(const char *s, const struct line *ln)
{
	size_t i, n = ln->te - ln->ts;
	const char *t = s + ln->ts;
	int digit = 0;

	if (ln->cls != L_TEXT || n == 0 || n > 12)
		return 0;
	if ((n == 1 && t[0] == '-') || (n == 3 &&
	    (memcmp(t, "\xe2\x80\x93", 3) == 0 ||
	    memcmp(t, "\xe2\x80\x94", 3) == 0)))
		return 1;
	for (i = 0; i < n; i++) {
		if (is_digit(t[i]))
			digit = 1;
		else if (!(i > 0 && (t[i] == '.' || t[i] == ',') &&
		    i + 1 < n && is_digit(t[i + 1])) &&
		    !(i + 1 == n && t[i] == '%'))
			return 0;
	}
	return digit;
}

/*
 * Is line li one of a run of figure lines (figure_line), it or the text
 * line right before or after it being one as well?  pdftotext puts the
 * cells of a table one a line; two cells of figures in a row are a
 * table's, not a sentence's ("... (%)" / "\xe2\x80\x93" / "30" / "50" /
 * "Police Department"): each cell is a sentence of its own.  A figure
 * alone among lines of prose is left to the paragraph.
 */
static int
figure_run(const struct doclines *L, size_t li)
{
	const char *s = L->s;

	if (!figure_line(s, &L->v[li]))
		return 0;
	return (li > 0 && figure_line(s, &L->v[li - 1])) ||
	    (li + 1 < L->n && figure_line(s, &L->v[li + 1]));
}

/*
 * Does line pl leave a bracket open that line nl, a list line, closes
 * before it opens one ("Centre (Felles cyberkoordineringssenter" /
 * "\xe2\x80\x93 FCKS), which comprises")?  Then its dash is the
 * sentence's, not a bullet: an item does not close its line's bracket.
 */
static int
closes_bracket(const char *s, const struct line *pl, const struct line *nl)
{
	size_t i;

	if (!open_bracket(s, pl))
		return 0;
	for (i = nl->ts; i < nl->te; i++)
		if (s[i] == '(')
			return 0;
		else if (s[i] == ')')
			return 1;
	return 0;
}

/*
 * Does line nl go on with the lettered list of line pl: pl opens with a
 * lower-case letter marker ("a.", "b)"), nl with a code of one or two
 * lower-case letters closed by "." before a capital ("ab. Another item",
 * "zz. Another item": after "z." a list goes on with two letters), and
 * the writer ended pl (lines that are paragraphs, or the code would have
 * fitted on pl: not "a. Smith et" / "al. The results" in wrapped text)?
 */
static int
next_letter(const char *s, size_t wrap, const struct line *pl,
    const struct line *nl)
{
	const char *t = s + nl->ts;
	size_t n = nl->te - nl->ts, k = 0;

	if (!(pl->flags & LF_LIST) || pl->te - pl->ts < 3 ||
	    s[pl->ts] < 'a' || s[pl->ts] > 'z' ||
	    (s[pl->ts + 1] != '.' && s[pl->ts + 1] != ')') ||
	    s[pl->ts + 2] != ' ')
		return 0;
	while (k < n && k < 3 && t[k] >= 'a' && t[k] <= 'z')
		k++;
	if (k == 0 || k > 2 || k + 2 >= n || t[k] != '.' || t[k + 1] != ' ' ||
	    t[k + 2] < 'A' || t[k + 2] > 'Z')
		return 0;
	return wrap == 0 || room_left(s, pl, nl);
}

/*
 * Does line nx, a bullet or dash alone (lone_bullet), open a list item
 * after line pl ("Cyber threats continue" / "to evolve rapidly" / "\xe2\x80\x94" /
 * "Cyber security threats are increasing.")?  The evidence: the line after
 * it, with no blank line between, is text that starts with a capital and
 * is no list item of its own; pl does not end in a comma, function word
 * or hyphen (a sentence that goes on); and the dash is no empty cell of a
 * table of figures (figure_run).
 */
static int
lone_bullet_item(const struct doclines *L, const struct line *pl, size_t nx)
{
	const struct line *nl = &L->v[nx], *it;

	if (nl->cls != L_TEXT || !lone_bullet(L->s + nl->ts, nl->te - nl->ts) ||
	    nx + 1 >= L->n || (pl->flags & (LF_CONT | LF_HYPH)))
		return 0;
	it = &L->v[nx + 1];
	return it->cls == L_TEXT && (it->flags & LF_UPPER) &&
	    !(it->flags & LF_LIST) && !figure_run(L, nx);
}

/*
 * Is line pl the last line of a title set in a box narrower than the text
 * after it ("Advance the development" / "and implementation of" / ... /
 * "international law" before "The United Nations (UN) is an important
 * platform")?  runw is the width in characters of the widest line of the
 * sentence that pl ends, all of whose lines start at a line start.  The
 * evidence that the title ended there and no wrap broke a sentence: pl
 * has a word and no sentence end, ":" ";" "," hyphen, function word or
 * list marker at its end, and does not end in a capitalised word (a name
 * may go on: "Cyber Security" / "Agency of ..."); nl is text that starts
 * with a capital, is no list item, has four words or more and is at
 * least half as wide again as runw (another box); and the first word of
 * nl would have fitted on pl within runw and two characters (a narrow
 * column that a sentence goes on from fills its last line, "risks and
 * keep" / "Singapore safe ...").  Not in text with a paragraph a line
 * (wrap 0), whose widths are no layout.
 */
static int
box_title_end(const char *s, size_t wrap, const struct line *pl,
    const struct line *nl, size_t runw)
{
	size_t fw = first_word(s, nl);

	if (wrap == 0 || nl->cls != L_TEXT || !(nl->flags & LF_UPPER) ||
	    (nl->flags & LF_LIST) || nl->nwords < 4)
		return 0;
	if (!(pl->flags & (LF_UPPER | LF_LOWER)) || (pl->flags & (LF_TERM |
	    LF_COLON | LF_CONT | LF_HYPH | LF_LIST)) || ends_capitalised(s, pl))
		return 0;
	return nchars(s, nl->ts, nl->te) * 2 >= runw * 3 &&
	    nchars(s, pl->ts, pl->te) + 1 + nchars(s, nl->ts, nl->ts + fw) <=
	    runw + 2;
}

/*
 * Does the document keep a space at the end of its wrapped lines?  Text
 * extracted from a PDF often keeps the space between a line's last word
 * and the next line's first at the line's end, where a title, a label or
 * a caption, set on lines of its own, has none.  The evidence: of the
 * text lines a sentence runs on from (the line ends in a lower-case letter
 * or a comma, and the line right after it is text that starts in lower
 * case), at least TS_MIN are counted and TS_PCT % or more end in a space
 * or tab.  Not in text with a paragraph a line (wrap 0).
 */
#define TS_MIN	40
#define TS_PCT	95
size_t
trailing_space_wraps(const struct doclines *L, size_t wrap)
{
	size_t li, n = 0, sp = 0;

	if (wrap == 0)
		return 0;
	for (li = 0; li + 1 < L->n; li++) {
		const struct line *ln = &L->v[li], *nl = &L->v[li + 1];
		unsigned char c;

		if (ln->cls != L_TEXT || nl->cls != L_TEXT ||
		    !(nl->flags & LF_LOWER) || ln->te <= ln->ts)
			continue;
		c = (unsigned char)L->s[ln->te - 1];
		if (!((c >= 'a' && c <= 'z') || c == ','))
			continue;
		n++;
		sp += ln->te < ln->end;
	}
	return n >= TS_MIN && sp * 100 >= n * TS_PCT;
}

/*
 * In a document that keeps a space at the end of its wrapped lines
 * (trailing_space_wraps), is line pl, which has none, a line its writer
 * ended before the capital that opens nl ("Enable a Safer Cyberspace" /
 * "For smaller enterprises that ")?  pl holds a word and has no sentence
 * end, ":" ";" "," or hyphen at its end (a sentence may go on after
 * those whatever the space says); nl is text that starts with a capital.
 */
static int
unspaced_end(const struct paras *P, const struct line *pl,
    const struct line *nl)
{
	return P->tsp && pl->te == pl->end && nl->cls == L_TEXT &&
	    (nl->flags & LF_UPPER) && (pl->flags & (LF_UPPER | LF_LOWER)) &&
	    !(pl->flags & (LF_TERM | LF_COLON | LF_CONT | LF_HYPH));
}

/* A text paragraph from line li (from source offset `from` on, when a
 * heading took the start of the line), joined with the lines that go on
 * with it. */
static size_t
text_para(struct paras *P, struct para *p, size_t li, size_t from)
{
	const struct line *ln = &P->L->v[li];
	const char *s = P->L->s;
	size_t last = li, nx;
	int column = !P->o->keep && from == 0 && short_column(P->L, li);
	int since = 0;		/* lines since a sentence started: 0 at last */
	int narrow = 0;		/* a short column went on as prose */
	/* All the lines of the sentence that starts at or before last are
	 * short (short_line): a title set in a narrow column may take three
	 * ("Enhance career pathways" / "and facilitate development" / "of
	 * deep skills" before "The Government will ..."). */
	int shorts = short_line(ln);
	int upper = !(ln->flags & LF_LOWER);	/* and not in lower case */
	/* The widest of those lines, in characters (box_title_end). */
	size_t runw = nchars(s, ln->ts, ln->te);

	p->kind = PK_TEXT;
	P->sect.seen_text = 1;
	if (from > ln->ts)
		add_span(&P->b, from, ln->te);
	else
		add_line(&P->b, ln);
	if ((ln->flags & LF_LIST) && from <= ln->ts)
		VEC_PUSH(P->b.breaks, (size_t)0);
	for (;;) {
		const struct line *pl = &P->L->v[last];
		const struct line *nl;
		int gap, act, brk, lv, list;

		nx = next_nonblank(P->L, last, 1);
		if (nx == NONE)
			break;
		nl = &P->L->v[nx];
		gap = nx != last + 1;
		brk = 0;
		/* A narrow column of a PDF wraps a sentence into short lines
		 * ("Special responsibility" / "for working to promote"), then
		 * into a longer one: a lower-case line right after the column,
		 * its last line with no sentence end, is the rest of the
		 * sentence, not a new paragraph ("to cyber security in
		 * public").  The column had begun with a capital; the
		 * paragraph goes on as prose. */
		if (column && !gap && !short_line(nl) && upper &&
		    nl->cls == L_TEXT && (nl->flags & LF_LOWER) &&
		    !(nl->flags & LF_LIST) && nl->style == ST_NONE &&
		    !(pl->flags & LF_TERM))
			column = 0, narrow = 1;
		/* That sentence of the column ends at its full stop; with
		 * none, at a line with no ",", hyphen or function word at its
		 * end before a capital (a title set in the column: "Uphold
		 * existing" ... "state behaviour in" / "cyberspace" / "The
		 * Government will ..."). */
		if (narrow && (gap || (pl->flags & LF_TERM)))
			narrow = 0;
		else if (narrow && (nl->flags & LF_UPPER) &&
		    !(pl->flags & (LF_CONT | LF_HYPH | LF_COLON)))
			break;
		if (column) {
			if (gap || !short_line(nl))
				break;
			/* A lower-case line goes on with the line before
			 * when the sentence there began with a capital
			 * ("Protect critical" "infrastructure"); a column
			 * of lower-case items stays one a line.  A marker
			 * alone goes on with its item. */
			brk = !(upper && (nl->flags & LF_LOWER)) &&
			    !lone_marker(s, pl);
		} else if (!P->o->keep && !gap &&
		    lone_glyph_item(P->L, ln, pl, nx))
			break;	/* a bullet glyph alone opens an item */
		else if (!P->o->keep && lone_glyph(s, pl) &&
		    nl->cls == L_TEXT && (nl->flags & LF_UPPER) && !gap &&
		    last > 0 && last == li)
			;	/* its item, after the glyph's line */
		else if (!P->o->keep && lone_marker(s, nl) &&
		    !(pl->flags & LF_CONT) && !((nl->flags & LF_UPPER) &&
		    ends_capitalised(s, pl)))
			break;	/* a marker alone opens an item */
		else if (!P->o->keep && lone_marker(s, pl) &&
		    nl->cls == L_TEXT && !(nl->flags & LF_LIST))
			;	/* its item, after the marker's line */
		else if (!P->o->keep && last == li && nl->cls == L_TEXT &&
		    (nl->flags & LF_UPPER) &&
		    is_salutation(s + pl->ts, pl->te - pl->ts)) {
			/* A letter's salutation on the paragraph's first line
			 * ("Dear readers,") is a sentence of its own, and a
			 * paragraph when a blank line follows it, though it
			 * ends in a comma. */
			if (gap)
				break;
			brk = 1;
		} else if (!goes_on(P, pl, nl, nx, gap, last != li))
			break;
		else if (!P->o->keep && !gap && (((lv = item_start(s, nl)) > 0 &&
		    (pl->flags & (LF_TERM | LF_COLON)) && (lv >= 2 ||
		    room_left(s, pl, nl) || ((pl->flags & LF_COLON) &&
		    first_item(s, nl)))) ||
		    zh_item_line(s, pl, nl) ||
		    lead_line(s, P->wrap, pl, nl, since <= 1 ||
		    (since == 2 && shorts)) || box_title_end(s, P->wrap, pl, nl,
		    runw) || lone_bullet_item(P->L, pl, nx) ||
		    unspaced_end(P, pl, nl)))
			brk = 1;
		if (!P->o->keep && !gap && next_letter(s, P->wrap, pl, nl))
			brk = 1;
		/* A cell of figures is a sentence of its own (figure_run). */
		if (!P->o->keep && !gap && (figure_run(P->L, last) ||
		    figure_run(P->L, nx)))
			brk = 1;
		list = (nl->flags & LF_LIST) && !(!P->o->keep && !gap &&
		    closes_bracket(s, pl, nl));
		/* The join itself: a space, or a resolved hyphen. */
		trim_end(&P->b);
		act = PH_APART;
		if (!P->o->keep && (pl->flags & LF_HYPH) &&
		    ((nl->flags & LF_LOWER) || word_start(P->L->s, nl))) {
			if (!P->words_loaded) {
				P->words = words_default();
				P->words_loaded = 1;
			}
			act = para_hyphen(P->L->s, P->lex, P->words, pl, nl,
			    gap, NULL);
		}
		if (act == HYPHEN_JOIN)
			drop_hyphen(&P->b);
		else if (act == HYPHEN_KEEP)
			;	/* "win-win", "COVID-19": no space */
		else if (P->b.text.n > 0 && !unspaced_join(s, pl, nl))
			/* a line of only U+200B gave none */
			add_piece(&P->b, " ", 1, pl->te, nl->ts - pl->te, 0);
		if (list || brk) {
			VEC_PUSH(P->b.breaks, P->b.text.n);
			upper = !(nl->flags & LF_LOWER);
		}
		add_line(&P->b, nl);
		if (brk || list || (pl->flags & LF_TERM)) {
			since = 0;
			shorts = short_line(nl);
			runw = nchars(s, nl->ts, nl->te);
		} else if (!lone_marker(s, pl)) {
			since++;	/* a marker's line is no line of its item */
			shorts = shorts && short_line(nl);
		}
		if (since > 0 && nchars(s, nl->ts, nl->te) > runw)
			runw = nchars(s, nl->ts, nl->te);
		last = nx;
	}
	p->end = P->L->v[last].te;
	return last;
}

/* Does line ln, a line of moved notes, open the next note: one to three
 * digits, spaces and a capital ("5 For example", "8  For example")? */
static int
next_note(const char *s, const struct line *ln)
{
	size_t i = ln->ts, d = 0;

	while (i < ln->te && is_digit(s[i]) && d < 4)
		i++, d++;
	if (d == 0 || d > 3 || i >= ln->te || s[i] != ' ')
		return 0;
	while (i < ln->te && s[i] == ' ')
		i++;
	return i < ln->te && s[i] >= 'A' && s[i] <= 'Z';
}

/*
 * A paragraph of moved notes (L_NOTE, furniture.c) from line li: a note
 * opens with its number ("5 For example, ...", next_note), and its lines
 * join up to the next note's number or the end of the block; a hyphen at
 * a line end is judged as inside any paragraph.
 */
static size_t
note_para(struct paras *P, struct para *p, size_t li)
{
	const char *s = P->L->s;
	size_t last = li;

	p->kind = PK_TEXT;
	add_line(&P->b, &P->L->v[li]);
	while (last + 1 < P->L->n && P->L->v[last + 1].cls == L_NOTE) {
		const struct line *pl = &P->L->v[last], *nl = pl + 1;
		int act = PH_APART;

		if (next_note(s, nl))
			break;
		trim_end(&P->b);
		if ((pl->flags & LF_HYPH) &&
		    ((nl->flags & LF_LOWER) || word_start(s, nl))) {
			if (!P->words_loaded) {
				P->words = words_default();
				P->words_loaded = 1;
			}
			act = para_hyphen(s, P->lex, P->words, pl, nl, 0,
			    NULL);
		}
		if (act == HYPHEN_JOIN)
			drop_hyphen(&P->b);
		else if (act != HYPHEN_KEEP && P->b.text.n > 0 &&
		    !unspaced_join(s, pl, nl))
			add_piece(&P->b, " ", 1, pl->te, nl->ts - pl->te, 0);
		add_line(&P->b, nl);
		last++;
	}
	p->end = P->L->v[last].te;
	return last;
}

int
paras_next(struct paras *P, struct para *p)
{
	size_t li = P->li, last;
	struct line *ln;

	para_reset(&P->b);
	memset(p, 0, sizeof(*p));
	/* The notes the paragraph just given out joined across come right
	 * after it, before the rest of a split line: they stand inside it. */
	while (P->nq < P->nqend && P->L->v[P->nq].cls != L_NOTE)
		P->nq++;
	if (P->nq < P->nqend) {
		li = P->nq;
		p->lineno = li + 1;
		p->start = P->L->v[li].ts;
		P->nq = note_para(P, p, li) + 1;
		goto out;
	}
	if (P->resume != 0) {
		/* The rest of a numbered paragraph whose first sentence was
		 * given out as its heading. */
		li = P->li - 1;
		p->start = P->resume;
		p->lineno = li + 1;
		last = text_para(P, p, li, P->resume);
		P->resume = 0;
	} else {
		while (li < P->L->n && (P->L->v[li].cls == L_BLANK ||
		    P->L->v[li].cls == L_DROP))
			li++;
		if (li >= P->L->n) {
			P->li = li;
			return 0;
		}
		ln = &P->L->v[li];
		p->lineno = li + 1;
		p->start = ln->ts;
		if (ln->cls == L_HEAD || ln->cls == L_TOC)
			last = heading_para(P, p, li);
		else if (ln->cls == L_NOTE)	/* not joined across */
			last = note_para(P, p, li);
		else
			last = text_para(P, p, li, 0);
	}
	/* Moved notes the paragraph joined across lie between its lines
	 * (a paragraph of notes given out in place joined across none). */
	P->nq = li + 1;
	P->nqend = P->L->v[li].cls == L_NOTE ? li + 1 : last;
	P->li = last + 1;
out:
	trim_end(&P->b);
	/* A last line that cleaned to nothing left its break past the end. */
	while (P->b.breaks.n > 0 && P->b.breaks.v[P->b.breaks.n - 1] > P->b.text.n)
		P->b.breaks.n--;
	P->parno++;
	p->parno = P->parno;
	p->sec = P->sect.sec;
	p->text = P->b.text.s ? P->b.text.s : "";
	p->len = P->b.text.n;
	p->pieces = P->b.pieces.v;
	p->npieces = P->b.pieces.n;
	p->breaks = P->b.breaks.v;
	p->nbreaks = P->b.breaks.n;
	return 1;
}

void
paras_init(struct paras *P, struct doclines *L, const struct doc_opts *o,
    const struct lexicon *lex, first_sentence_fn *fs, void *fsarg)
{
	memset(P, 0, sizeof(*P));
	P->L = L;
	P->o = o;
	P->lex = lex;
	P->first_sentence = fs;
	P->fsarg = fsarg;
	P->b.s = L->s;
	sections_init(&P->sect, L);
	P->wrap = estimate_wrap(L);
	P->tsp = trailing_space_wraps(L, P->wrap) != 0;
}

void
paras_free(struct paras *P)
{
	str_free(&P->b.text);
	VEC_FREE(P->b.pieces);
	VEC_FREE(P->b.breaks);
}

/* Binary search for the piece holding clean offset off (for a start) or
 * ending at off (for an end). */
static const struct piece *
find_piece(const struct para *p, size_t off, int forend)
{
	size_t lo = 0, hi = p->npieces;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct piece *q = &p->pieces[mid];
		size_t a = q->clean, b = q->clean + q->clen;

		if (forend ? off <= a : off < a)
			hi = mid;
		else if (forend ? off > b : off >= b)
			lo = mid + 1;
		else
			return q;
	}
	return NULL;
}

size_t
para_src_start(const struct para *p, size_t off)
{
	const struct piece *q = find_piece(p, off, 0);

	if (q == NULL)
		return off >= p->len ? p->end : p->start;
	if (q->clen == q->slen)
		return q->src + (off - q->clean);
	return q->src;
}

size_t
para_src_end(const struct para *p, size_t off)
{
	const struct piece *q = find_piece(p, off, 1);

	if (q == NULL)
		return off == 0 ? p->start : p->end;
	if (q->clen == q->slen)
		return q->src + (off - q->clean);
	return q->src + q->slen;
}
