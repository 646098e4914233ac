/*
 * lines.c: the lines stage (see lines.h): a document cut into lines, and
 * the features of each line that the furniture and heading rules read.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "furniture.h"	/* DR_CONTROL */
#include "marker.h"
#include "pair.h"
#include "doc.h"
#include "swar.h"
#include "utf8.h"

/* Line analysis classes of bytes: 1 white space, 2 sentence punctuation,
 * 4 not plain ASCII, 8 a menu separator, 16 a k. */
static unsigned char byte_class[256];

static void
init_byte_class(void)
{
	int i;

	for (i = 0; i < 256; i++)
		byte_class[i] = i < 0x20 || i >= 0x7F ? 4 : 0;
	byte_class[' '] = 1;
	for (i = 1; i < 0x20; i++)
		byte_class[i] = 1 | 4;	/* white space and controls */
	byte_class[0x7F] = 1 | 4;
	byte_class['.'] = byte_class[','] = byte_class[';'] =
	    byte_class[':'] = byte_class['!'] = byte_class['?'] = 2;
	byte_class['>'] = byte_class['|'] = byte_class['/'] = 8;
	byte_class['k'] = byte_class['K'] = 16;	/* for "cookie" */
}

/* Whether s[a, b) shows nothing: white space, controls and characters
 * the cleaned text leaves out, so that it would give no text at all. */
static int
is_invisible(const char *s, size_t a, size_t b)
{
	int32_t cp;
	int l;

	while (a < b) {
		if (is_sep((unsigned char)s[a]))
			l = 1;
		else if ((l = uspace(s + a, b - a)) == 0 &&
		    ((unsigned char)s[a] < 0x80 ||
		    (l = utf8_decode(s + a, b - a, &cp)) < 1 ||
		    !is_zero_width(cp)))
			return 0;
		a += (size_t)l;
	}
	return 1;
}

/*
 * Does a line read like a title: at least three quarters of its content
 * words (small words such as "of" and "the" aside) capitalised?  Decided
 * when first asked, since most lines are never asked.
 */
int
is_title(const struct doclines *L, struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, ws, we;
	int ncontent = 0, ncap = 0;
	char w[32];

	if (ln->flags & LF_TDONE)
		return (ln->flags & LF_TITLE) != 0;
	ln->flags |= LF_TDONE;
	if (ln->nwords > 30)
		return 0;
	while (line_word(L, ln, &i, &ws, &we)) {
		size_t wl = we - ws;
		int32_t c0;
		int l0;

		c0 = next_cp(s, ws, we, &l0);
		if (!utf8_isalpha(c0) && !utf8_isdigit(c0))
			continue;
		if (lower_ascii_word(s + ws, wl, w, sizeof(w)) &&
		    is_title_small(w, wl))
			continue;
		ncontent++;
		if (utf8_isupper(c0) || utf8_isdigit(c0))
			ncap++;
		else if ((ncontent - ncap) * 4 > (int)ln->nwords)
			return 0;	/* cannot reach 3/4 any more */
	}
	if (ncontent > 0 && ncap * 4 >= ncontent * 3)
		ln->flags |= LF_TITLE;
	return (ln->flags & LF_TITLE) != 0;
}

/* What the byte at s[i] (i < b) adds to wide_excess: a character that
 * starts there and is wide (two display columns, utf8_width) adds its
 * bytes beyond two; any other byte nothing.  The sum over every byte of
 * a line is its excess, since no continuation byte starts a character. */
static size_t
excess_at(const char *s, size_t i, size_t b)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;
	int l;

	if (c < 0xE1)
		return 0;	/* ASCII, 2-byte and U+0800..U+0FFF */
	/* Han: U+4000..U+4DBF and U+4E00..U+9FFF, all wide, without the
	 * table (a Chinese text is mostly these); the hexagrams between,
	 * E4 B7 xx, are narrow. */
	if (utf8_cjk3(s, i, b))
		return c != 0xE4 || (unsigned char)s[i + 1] != 0xB7;
	if ((l = utf8_decode(s + i, b - i, &cp)) < 3 || utf8_width(cp) != 2)
		return 0;
	return (size_t)l - 2;
}

/* The bytes by which the wide characters of s[a..b) exceed their two
 * columns: line_width's narrow.  Eight bytes at a time where each of
 * them is ASCII, a continuation byte, or the lead of a Han character of
 * excess_at's table (E4..E9 and two continuation bytes, no hexagram):
 * each such lead adds one.  Eight bytes with any other lead at or above
 * E1 go byte by byte. */
static uint32_t
wide_excess(const char *s, size_t a, size_t b)
{
	const uint64_t low7 = SWAR_ONES * 0x7F;
	size_t i = a, x = 0, k;

	while (i < b) {
		if (i + 10 <= b) {
			uint64_t w = swar_load(s + i), y = swar_load(s + i + 1);
			uint64_t z = swar_load(s + i + 2), t = w & low7;
			uint64_t hi = w & SWAR_HIGHS, lead, han;

			/* bytes at or above E1; within them E4..E9 */
			lead = (t + SWAR_ONES * (0x80 - 0x61)) & hi;
			han = (t + SWAR_ONES * (0x80 - 0x64)) & ~(t +
			    SWAR_ONES * (0x7F - 0x69)) & hi;
			/* followed by two continuation bytes, and not E4 B7 */
			han &= swar_cont(y) & swar_cont(z) &
			    ~(swar_eq(w, 0xE4) & swar_eq(y, 0xB7));
			if ((lead & ~han) == 0) {
				x += (size_t)(((han >> 7) * SWAR_ONES) >> 56);
				i += 8;
				continue;
			}
			for (k = i + 8; i < k; i++)
				x += excess_at(s, i, b);
			continue;
		}
		x += excess_at(s, i, b);
		i++;
	}
	return x > UINT32_MAX ? UINT32_MAX : (uint32_t)x;
}

/* Features of one line that every rule below reads. */
static void
analyze_line(const struct doclines *L, struct line *ln)
{
	const char *s = L->s;
	size_t i, a = ln->start, b = ln->end;
	int32_t cp;
	int l;
	size_t at;
	char w[32];

	/* Trim white space, Unicode spaces included. */
	while (a < b) {
		if (is_ws((unsigned char)s[a]))
			a++;
		else if ((l = uspace(s + a, b - a)) > 0)
			a += (size_t)l;
		else
			break;
	}
	while (b > a) {
		if (is_ws((unsigned char)s[b - 1]))
			b--;
		else if (b - a >= 2 && uspace(s + b - 2, 2) == 2)
			b -= 2;
		else if (b - a >= 3 && uspace(s + b - 3, 3) == 3)
			b -= 3;
		else
			break;
	}
	ln->ts = a;
	ln->te = b;
	ln->flags = a > ln->start && a < b && memmem(s + ln->start,
	    a - ln->start, "\xE3\x80\x80", 3) != NULL ? LF_FWINDENT : 0;
	ln->nwords = 0;
	if (a == b) {
		ln->cls = L_BLANK;
		return;
	}
	ln->cls = L_TEXT;
	/* Words and punctuation: a table per byte, this runs over every
	 * byte of the input. */
	{
		/* 1 white space, 2 sentence punctuation, 4 not plain
		 * ASCII, 8 a menu separator */
		const unsigned char *cls = byte_class;
		int seen = 0, dirty = 0;
		unsigned prevsp = 1, nw = 0;

		/* Branch-free: a word starts where a non-space follows a
		 * space; two spaces in a row make the line not plain. */
		for (i = a; i < b; i++) {
			unsigned char k = cls[(unsigned char)s[i]];
			unsigned sp = k & 1;

			/* Eight bytes above ASCII (a run of Chinese): no
			 * space, all class 4. */
			if (k == 4 && i + 8 <= b &&
			    !swar_ascii(swar_load(s + i))) {
				nw += prevsp;
				prevsp = 0;
				seen |= 4;
				i += 7;
				continue;
			}
			nw += (sp ^ 1) & prevsp;
			dirty |= (int)(sp & prevsp);
			prevsp = sp;
			seen |= k;
		}
		ln->nwords = nw;
		if ((seen & 4) && is_invisible(s, a, b)) {
			/* Nothing to show, but its bytes are accounted for. */
			ln->cls = L_DROP;
			ln->reason = DR_CONTROL;
			return;
		}
		if (!(seen & 2))
			ln->flags |= LF_NOPUNCT;
		if (!(seen & 4) && !dirty)
			ln->flags |= LF_PLAIN;
		if (seen & (4 | 8))
			ln->flags |= LF_SPECIAL;
		if (seen & 16)
			ln->flags |= LF_HASK;
		if (seen & 4)
			ln->narrow = wide_excess(s, a, b);
	}
	if (s[a] == '#' || (b - a > 3 && memcmp(s + a, "***", 3) == 0 &&
	    s[a + 3] == ' '))
		ln->flags |= LF_MD;
	if (is_digit(s[a]))
		ln->flags |= LF_DIGIT;
	/* First letter. */
	for (i = a; i < b; i += (size_t)l) {
		cp = next_cp(s, i, b, &l);
		if (utf8_isalpha(cp)) {
			if (utf8_islower(cp))
				ln->flags |= LF_LOWER;
			else if (utf8_isupper(cp))
				ln->flags |= LF_UPPER;
			break;
		}
		if (utf8_isdigit(cp))
			break;
	}
	/* Last characters. */
	i = b;
	cp = prev_cp(s, a, i, &at);
	while (cp >= 0 && is_closer(cp)) {
		i = at;
		cp = prev_cp(s, a, i, &at);
	}
	if (cp >= 0 && is_terminal(cp))
		ln->flags |= LF_TERM;
	else if (cp == ':' || cp == ';')
		ln->flags |= LF_COLON;
	else if (cp == ',')
		ln->flags |= LF_CONT | LF_COMMA;
	else if ((cp == '-' || cp == 0x2010 || cp == 0xAD) && at > a) {
		int32_t c2 = prev_cp(s, a, at, &at);

		if (c2 >= 0 && utf8_isalpha(c2))
			ln->flags |= LF_HYPH;
	} else if (cp >= 0 && utf8_isalpha(cp)) {
		size_t e = i, st = i;

		while (st > a && !is_ws((unsigned char)s[st - 1]))
			st--;
		if (lower_ascii_word(s + st, e - st, w, sizeof(w)) &&
		    is_function_word(w, e - st))
			ln->flags |= LF_CONT;
	}
	/* Numbering. */
	{
		struct marker m;
		const char *t = s + a;
		size_t tn = b - a;

		if (ln->flags & LF_MD) {
			size_t k = 0;

			while (k < tn && (t[k] == '#' || t[k] == '*'))
				k++;
			k = skip_sp(t, k, tn);
			t += k;
			tn -= k;
		}
		if (parse_marker(t, tn, &m)) {
			ln->style = (int8_t)m.style;
			ln->nnum = (uint8_t)m.nnum;
			memcpy(ln->num, m.num, sizeof(ln->num));
			ln->mlen = (uint16_t)(m.len + (size_t)(t - (s + a)));
			if (m.list)
				ln->flags |= LF_LIST;
			if (m.broman)
				ln->flags |= LF_BROMAN;
			if (m.weak)
				ln->flags |= LF_WEAK;
		}
	}
}

struct lines_job {
	const struct doclines *L;
	size_t	 from, to;
	VEC(struct line) lines;
};

/*
 * The length of the line end at s[e] (LF, CR, CRLF, or U+2028 LINE
 * SEPARATOR and U+2029 PARAGRAPH SEPARATOR, which Unicode makes mandatory
 * breaks and which text exported from web pages and word processors
 * holds in place of LF and of a blank line), or 0.  *para: a paragraph
 * ends there.  U+0085 (NEL) is no line end here: in UTF-8 text it is
 * almost always a Windows-1252 ellipsis read as Latin-1, in mid-sentence.
 */
static size_t
line_end_len(const char *s, size_t e, size_t n, int *para)
{
	*para = 0;
	if (s[e] == '\n')
		return 1;
	if (s[e] == '\r')
		return e + 1 < n && s[e + 1] == '\n' ? 2 : 1;
	if ((unsigned char)s[e] == 0xE2 && e + 2 < n &&
	    (unsigned char)s[e + 1] == 0x80 &&
	    ((unsigned char)s[e + 2] == 0xA8 ||
	    (unsigned char)s[e + 2] == 0xA9)) {
		*para = (unsigned char)s[e + 2] == 0xA9;
		return 3;
	}
	return 0;
}

/* Does s[0, n) hold a line end other than LF (a CR, U+2028, U+2029)?
 * One look for the lead byte of both separators, not one per separator. */
static int
rare_ends(const char *s, size_t n)
{
	const char *p = s, *e = s + n;

	if (memchr(s, '\r', n) != NULL)
		return 1;
	while ((p = memchr(p, 0xE2, (size_t)(e - p))) != NULL) {
		if (e - p >= 3 && (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
			return 1;
		p++;
	}
	return 0;
}

/* Splits src[from, to) into lines (see line_end_len) and analyses each;
 * a paragraph separator is a line end and a blank line after it (an empty
 * line where the next line starts). */
static void *
lines_job(void *arg)
{
	struct lines_job *j = arg;
	const struct doclines *L = j->L;
	const char *s = L->s;
	size_t n = j->to, i = j->from, el = 1;
	int slow = rare_ends(s + i, n - i);
	int para = 0;
	struct line ln;

	while (i < n) {
		size_t e = i;

		if (!slow) {
			const char *nl = memchr(s + i, '\n', n - i);

			e = nl ? (size_t)(nl - s) : n;
			el = 1;
		} else
			while (e < n && (el = line_end_len(s, e, n, &para)) == 0)
				e++;
		memset(&ln, 0, sizeof(ln));
		ln.start = i;
		ln.end = e;
		analyze_line(L, &ln);
		VEC_PUSH(j->lines, ln);
		i = e + el;
		if (para && i < n) {
			memset(&ln, 0, sizeof(ln));
			ln.start = ln.end = i;
			analyze_line(L, &ln);
			VEC_PUSH(j->lines, ln);
		}
		para = 0;
	}
	return NULL;
}

static void mark_context_bullets(struct doclines *L);

/*
 * Splits the source into lines and analyses each: a large document in two
 * halves on two threads, cut after a line feed.
 */
void
doclines_split(struct doclines *L, const char *s, size_t n)
{
	size_t start = 0, mid;
	struct lines_job a, b;

	L->s = s;
	L->len = n;
	init_byte_class();
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		start = 3;	/* a BOM is dropped */
	mid = half_cut(s, n);
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	a.L = b.L = L;
	a.from = start;
	a.to = b.from = mid;
	b.to = n;
	run_pair(lines_job, &a, &b, mid < n);
	free(L->v);
	L->v = (void *)a.lines.v;
	L->n = a.lines.n;
	L->cap = a.lines.cap;
	/* To the size, not the next power of two: the lines of a big
	 * document are its largest array after its text. */
	if (b.lines.n > 0 || L->cap > L->n + L->n / 8) {
		L->cap = L->n + b.lines.n;
		L->v = xreallocarray(L->v, L->cap > 0 ? L->cap : 1,
		    sizeof(*L->v));
	}
	if (b.lines.n > 0) {
		memcpy(L->v + L->n, b.lines.v,
		    b.lines.n * sizeof(*b.lines.v));
		L->n += b.lines.n;
	}
	VEC_FREE(b.lines);
	mark_context_bullets(L);
}

/* A bullet at the start of line ln that only its neighbours make one
 * (marker.h): its length, and in *kind 1 for "o", 2 for "©"; else 0. */
static size_t
context_bullet(const struct doclines *L, const struct line *ln, int *kind)
{
	const char *t = L->s + ln->ts;
	size_t n = ln->te - ln->ts, k;

	if (ln->cls != L_TEXT || n < 3)
		return 0;
	if (t[0] == 'o' && (k = o_bullet(t, n)) > 0) {
		*kind = 1;
		return k;
	}
	if (t[0] == '\xC2' && (k = copyright_bullet(t, n)) > 0) {
		*kind = 2;
		return k;
	}
	return 0;
}

/* Is there, within `window` non-blank lines of li in direction dir, a
 * line that makes li's bullet of this kind one: for "o", a list item or
 * another "o" line; for "©", another "©" line with other text (a
 * running footer repeats its text; bullets do not)? */
static int
bullet_near(const struct doclines *L, size_t li, int kind, int dir,
    int window)
{
	const struct line *ln = &L->v[li], *o;
	size_t j = li, k;
	int c, kind2;

	for (c = 0; c < window; c++) {
		j = dir < 0 ? prev_nonblank(L, j, 0) : next_nonblank(L, j, 0);
		if (j == NONE)
			return 0;
		o = &L->v[j];
		if (kind == 1 && (o->flags & LF_LIST))
			return 1;
		if ((k = context_bullet(L, o, &kind2)) == 0 || kind2 != kind)
			continue;
		if (kind == 1 || o->te - o->ts != ln->te - ln->ts ||
		    memcmp(L->s + o->ts, L->s + ln->ts, o->te - o->ts) != 0)
			return 1;
	}
	return 0;
}

/*
 * Lines that start with a bullet that only its neighbours make one: a
 * lone "o" and a space among list items (the second level of PDF lists,
 * "o Captain!" alone is a word), a "©" and a space in a run of such
 * lines (a PDF font that mapped its bullet to ©; a copyright line has a
 * year, or stands alone, or repeats as a footer).  They get LF_LIST.
 */
static void
mark_context_bullets(struct doclines *L)
{
	size_t li, k;
	int kind;

	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];

		if ((ln->flags & LF_LIST) ||
		    (k = context_bullet(L, ln, &kind)) == 0)
			continue;
		if (bullet_near(L, li, kind, -1, kind == 1 ? 3 : 40) ||
		    bullet_near(L, li, kind, 1, kind == 1 ? 3 : 40)) {
			ln->flags |= LF_LIST;
			ln->style = ST_LIST;
			ln->mlen = (uint16_t)k;
		}
	}
}

void
doclines_free(struct doclines *L)
{
	VEC_FREE(*L);
}

/* Words of a line as [start, end) pairs, one at a time. */
int
next_word(const char *s, size_t *i, size_t e, size_t *ws, size_t *we)
{
	while (*i < e && is_ws((unsigned char)s[*i]))
		(*i)++;
	if (*i >= e)
		return 0;
	*ws = *i;
	*i = word_end(s, *i, e);
	*we = *i;
	return 1;
}

int
line_word(const struct doclines *L, const struct line *ln, size_t *i,
    size_t *ws, size_t *we)
{
	if (ln->nwords != 1)
		return next_word(L->s, i, ln->te, ws, we);
	if (*i > ln->ts)
		return 0;
	*ws = ln->ts;
	*we = *i = ln->te;
	return 1;
}

size_t
word_end(const char *s, size_t i, size_t e)
{
	while (i < e) {
		/* Bytes above ASCII are never white space: where they start,
		 * eight bytes of which none is at or below ' ' go at once. */
		if ((unsigned char)s[i] >= 0x80 && i + 8 <= e &&
		    !swar_below(swar_load(s + i), 0x21)) {
			i += 8;
			continue;
		}
		if (is_ws((unsigned char)s[i]))
			break;
		i++;
	}
	return i;
}

/* The trimmed text of a line, lower-cased ASCII, markdown # removed. */
size_t
line_lower(const struct doclines *L, const struct line *ln, char *buf, size_t cap)
{
	const char *s = L->s + ln->ts;
	size_t n = ln->te - ln->ts, i = 0, k = 0;

	while (i < n && s[i] == '#')
		i++;
	i = skip_sp(s, i, n);
	for (; i < n && k + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];

		buf[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	buf[k] = '\0';
	return k;
}

/* Previous / next line index that is not blank (and not dropped when
 * skipdrop), or (size_t)-1. */
size_t
prev_nonblank(const struct doclines *L, size_t li, int skipdrop)
{
	while (li-- > 0) {
		const struct line *ln = &L->v[li];

		if (ln->cls == L_BLANK || (skipdrop && line_away(ln)))
			continue;
		return li;
	}
	return (size_t)-1;
}

size_t
next_nonblank(const struct doclines *L, size_t li, int skipdrop)
{
	while (++li < L->n) {
		const struct line *ln = &L->v[li];

		if (ln->cls == L_BLANK || (skipdrop && line_away(ln)))
			continue;
		return li;
	}
	return (size_t)-1;
}

int
has_digit(const struct doclines *L, const struct line *ln)
{
	size_t i;

	for (i = ln->ts; i < ln->te; i++)
		if (is_digit(L->s[i]))
			return 1;
	return 0;
}

/* A markdown ATX heading: one to six #, a space, text.  A heading, never
 * furniture, however often its words come back ("## Step 1", ...).
 * Returns its number of #s (its level), or 0. */
int
is_atx_heading(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s + ln->ts;
	size_t n = ln->te - ln->ts, k = 0;

	while (k < n && s[k] == '#')
		k++;
	/* ts..te is trimmed: text follows the space. */
	return k >= 1 && k <= 6 && k < n && (s[k] == ' ' || s[k] == '\t') ?
	    (int)k : 0;
}
