/*
 * heading.h: the heading stage, after furniture.c.  headings_mark finds
 * the headings of a document (numbered: 1. 2.2.1 I. (1) A. Chapter I.;
 * markdown #; short title-like lines standing alone; --heading REGEX) and
 * marks them L_HEAD, a heading's continuation line in its cont; then the
 * tables of contents (a run of heading-like lines whose titles come back
 * later, or of dot-leader lines) L_TOC.  It changes cls, cont, runin and
 * style (ST_USER) of lines, nothing else.
 *
 * struct sections numbers the sections as the headings come, in order:
 * each numbering style's rank in the document (its order of first use) is
 * its level, except that upper-case roman chapters stand above the
 * arabic, letter and bracketed numbers used before them (numbered
 * paragraphs do not set the levels); dotted numbers name their parents;
 * markdown #s say their level.  Paths only go forward (each is greater
 * than the one before, compared number by number), so no path comes
 * twice in a document and every tool that groups by sec splits it alike:
 * a number that would go back ("1.3" after "3") is put after the last.  section_open gives a heading line its level (0 for a title) and
 * sets sec, the path "2.2.1" ("0" before the first section).
 */
#ifndef TX_HEADING_H
#define TX_HEADING_H

#include <stdint.h>

#include "doc.h"
#include "lines.h"

#define MAXLEVEL 6

void	headings_mark(struct doclines *L, const struct doc_opts *o);
/* The width in bytes of the document's hard-wrapped lines, 0 when it
 * shows none (see heading.c); lines as wide as it that go on are prose. */
#define WRAP_MAX 300
size_t	heading_wrap(const struct doclines *L);
/* Does a --heading pattern match line ln?  *level: its level (0 none
 * given); *lead: the bytes from ts the match ends at when it starts the
 * line and ends before its end, else 0. */
int	heading_user(const struct doclines *L, const struct doc_opts *o,
	    const struct line *ln, int *level, size_t *lead);

struct sections {
	int	 styles[24];	/* heading style (< ST_NSTYLES) -> rank (level),
				 * 0 unseen */
	int	 nstyles;
	int	 numbered;	/* the document has numbered headings */
	int	 seen_text;	/* a text paragraph was given out (set by the
				 * caller) */
	int	 mdtop;		/* the #s of a level-1 markdown heading, or 0 */
	int32_t	 counter[8];	/* section counters by level */
	int	 depth;		/* the level of the current path, 0 none */
	char	 sec[96];	/* the current section path */
};

/* Starts numbering the sections of L, after headings_mark. */
void	sections_init(struct sections *S, const struct doclines *L);
/* Heading line ln opens its section: *level and S->sec are set (a title,
 * level 0, leaves sec as it was). */
void	section_open(struct sections *S, const struct doclines *L,
	    const struct line *ln, int *level);

#endif
