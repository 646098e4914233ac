/*
 * lines.h: the lines stage.  doclines_split cuts a document's bytes into
 * lines (LF, CRLF or CR; a BOM at the start is skipped) and gives each
 * the features every later rule reads: its trimmed span, its number of
 * words, LF_* flags (sentence end, case of the first letter, list marker,
 * hyphen at the end, ...) and its numbering marker (marker.h).  Every line
 * comes out L_TEXT or L_BLANK, or L_DROP with DR_CONTROL when it shows
 * nothing; the stages after it (furniture.c, heading.c) change cls.  The
 * helpers below read one line of a struct doclines.  No state but the
 * struct: doclines_split(&L, "a\n\nb", 4) gives three lines.
 */
#ifndef TX_LINES_H
#define TX_LINES_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Line flags. */
#define LF_TERM		0x0001	/* ends a sentence: . ! ? (+ closing quotes) */
#define LF_LOWER	0x0002	/* first letter is lower case */
#define LF_UPPER	0x0004	/* first letter is upper case */
#define LF_LIST		0x0008	/* starts with a list-item marker */
#define LF_HYPH		0x0010	/* ends with letter + hyphen (-, U+2010, U+00AD) */
#define LF_CONT		0x0020	/* ends with a comma or a function word */
#define LF_TITLE	0x0040	/* reads like a title: capitalised words */
#define LF_COLON	0x0080	/* ends with : or ; */
#define LF_MD		0x0100	/* starts with markdown #, or *** decoration */
#define LF_BROMAN	0x0200	/* bulleted upper-case roman: "- III." */
#define LF_DIGIT	0x0400	/* first character is a digit */
#define LF_NOPUNCT	0x0800	/* no . , ; : ! ? anywhere */
#define LF_COMMA	0x1000	/* ends with a comma */
#define LF_TDONE	0x2000	/* LF_TITLE has been decided */
#define LF_RUNCAND	0x4000	/* may be a running header */
#define LF_PLAIN	0x8000	/* printable ASCII, single spaces */
#define LF_SPECIAL	0x10000	/* non-ASCII, a control, or > | / */
#define LF_WEAK		0x20000	/* numbered "1 Title" with one space */
#define LF_HASK		0x40000	/* has a k: may speak of cookies */
#define LF_FWINDENT	0x80000	/* indented with U+3000 (a Chinese paragraph) */

/* How a line is classified.  L_NOTE: a line of notes at a page's foot
 * that stands between the halves of a sentence (furniture_run marks it):
 * not dropped but moved, given out as paragraphs of its own after the
 * paragraph it interrupts (para.c); the stages look across it as across a
 * dropped line (line_away). */
enum { L_BLANK = 0, L_TEXT, L_HEAD, L_TOC, L_DROP, L_NOTE };

struct line {
	size_t	 start, end;	/* content, without the line terminator */
	size_t	 ts, te;	/* content without surrounding white space */
	uint32_t nwords;
	uint32_t flags;		/* LF_* */
	uint32_t narrow;	/* bytes a line's width lacks (line_width) */
	uint8_t	 cls;		/* L_* */
	uint8_t	 reason;	/* enum drop_reason for L_DROP */
	int8_t	 style;		/* heading numbering style, 0 for none */
	uint8_t	 nnum;		/* numbers in the marker */
	uint8_t	 level;		/* heading level once known */
	uint8_t	 cont;		/* heading continues on the next line */
	uint8_t	 runin;		/* a numbered paragraph that opens a section */
	uint16_t mlen;		/* bytes of the marker from ts */
	uint16_t ulead;		/* --heading: bytes from ts of the run-in lead
				 * that is the heading, 0: the whole line */
	int32_t	 num[4];	/* numbers of the marker (2.2.1 -> 2, 2, 1) */
};

/*
 * The width of a line's trimmed text, what the rules that compare a line
 * with the document's wrapped lines measure: its bytes, but a wide
 * character (Han, kana, full-width punctuation: East Asian Wide or
 * Fullwidth, two display columns) counts its two columns, not its three or
 * four bytes.  Latin text measures as many bytes as it has, as before;
 * Chinese wrapped at 40 characters measures 80, not 120.
 */
static inline size_t
line_width(const struct line *ln)
{
	return ln->te - ln->ts - ln->narrow;
}

/* The lines of one document: s[0..len) is the source they point into
 * (not owned); v[0..n) the lines, a VEC. */
struct doclines {
	const char *s;
	size_t	 len;
	struct line *v;
	size_t	 n, cap;
};

/* Splits s[0..n) into L (whose old lines go), a large one in two halves
 * on two threads. */
void	doclines_split(struct doclines *L, const char *s, size_t n);
void	doclines_free(struct doclines *L);

/* A byte the cleaned text turns into a space: white space, a C0 control
 * or DEL.  NUL is not one: under --lossy it is invalid, so U+FFFD. */
static inline int
is_sep(unsigned char c)
{
	return (c != 0 && c <= ' ') || c == 0x7F;
}

/* Characters the cleaned text leaves out: a soft hyphen, zero-width
 * spaces and joiners, the word joiner. */
static inline int
is_zero_width(int32_t cp)
{
	return cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
	    cp == 0x2060;
}

/* Length of a Unicode space at s (NBSP, U+2000..U+200A, U+202F, U+205F,
 * U+3000, U+FEFF), or 0. */
static inline int
uspace(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
		return 3;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
		return 3;
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;
	return 0;
}

/* Does the line read like a title: three quarters of its content words
 * capitalised?  Decided on the first call and kept in its flags. */
int	is_title(const struct doclines *L, struct line *ln);
/* The trimmed text of a line, lower-cased ASCII, markdown # removed, in
 * buf (NUL-terminated, cut to cap); its length. */
size_t	line_lower(const struct doclines *L, const struct line *ln, char *buf,
	    size_t cap);
/* The next word of s[*i..e) in [*ws, *we), *i moved past it; 0 at the end. */
int	next_word(const char *s, size_t *i, size_t e, size_t *ws, size_t *we);
/* The end of the word at s[i] (i < e): the first white space (is_ws) in
 * s[i..e), or e. */
size_t	word_end(const char *s, size_t i, size_t e);
/* next_word over line ln (*i from ln->ts): a line of one word (nwords,
 * whose separators include all white space) is that word, its bytes
 * unread, as most lines of Chinese are. */
int	line_word(const struct doclines *L, const struct line *ln, size_t *i,
	    size_t *ws, size_t *we);
/* Is the line away from where it stands: dropped, or moved (L_NOTE)? */
static inline int
line_away(const struct line *ln)
{
	return ln->cls == L_DROP || ln->cls == L_NOTE;
}

/* The line before / after li that is not blank (nor away, line_away, when
 * skipdrop), or NONE. */
#define NONE ((size_t)-1)
size_t	prev_nonblank(const struct doclines *L, size_t li, int skipdrop);
size_t	next_nonblank(const struct doclines *L, size_t li, int skipdrop);
/* Whether the line holds a digit. */
int	has_digit(const struct doclines *L, const struct line *ln);
/* A markdown ATX heading ("## Title"): its number of #s, or 0. */
int	is_atx_heading(const struct doclines *L, const struct line *ln);

#endif
