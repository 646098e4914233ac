/*
 * furniture.h: the furniture stage, after lines.c.  furniture_mark finds
 * the lines of a document that are page furniture or web debris and marks
 * them L_DROP with their reason (enum drop_reason below); it changes
 * nothing else but the LF_TITLE cache of the lines it asks (and
 * LF_RUNCAND).  In order:
 *
 *   by content   cookie notices, copyright, bylines, share bars, lone
 *                interface words, language menus, breadcrumbs and menus,
 *                navigation bars (content_reason), where they may stand
 *                (content_evidence): never inside a running sentence;
 *                bylines, share bars, interface words and copyright only
 *                before the first and after the last body paragraph
 *   by position  page numbers with their evidence (a form feed, a rising
 *                chain of them, a sentence running on across one);
 *                running headers that repeat at page boundaries (alike
 *                but for a number in step with the pages), and title-like
 *                lines beside a page number where the text runs on
 *                (is_header_beside); notes at the foot of a page
 *                between the two halves of a sentence (is_foot_notes)
 *   footers      short lines after the last line of running text
 *   top          datelines and a title repeating the line before it,
 *                before the first line of running text
 *
 * Every rule below only judges: it returns yes/no (or a reason) and marks
 * nothing; furniture_mark marks, and a mark counts for the rules after it;
 * furniture_run marks the notes it moves (L_NOTE, lines.h).
 * A rule that takes low wants line_lower's text of the line.
 */
#ifndef TX_FURNITURE_H
#define TX_FURNITURE_H

#include "doc.h"
#include "lines.h"

/* Why a line was dropped: each reason but DR_NONE and DR_CONTROL is a
 * named rule (drop_rules) the user may turn off. */
enum drop_reason {
	DR_NONE = 0,
	DR_PAGENUM,	/* a page number */
	DR_RUNHEAD,	/* a running header or footer */
	DR_LANGMENU,	/* a menu of language names */
	DR_BREADCRUMB,	/* Home > Section > Page */
	DR_NAVMENU,	/* a navigation bar */
	DR_UIWORD,	/* a lone "search", "menu", "share"... */
	DR_COPYRIGHT,	/* a copyright line */
	DR_FOOTER,	/* forum or blog footer lines after the text */
	DR_DATELINE,	/* a line that is only a date, before the text */
	DR_DUPLICATE,	/* a title line repeating the line before it */
	DR_BYLINE,	/* By Jane Doe, Reuters; Posted by ...; Editing by ... */
	DR_COOKIE,	/* a cookie notice */
	DR_FOOTNOTE,	/* notes at a page's foot that cut a sentence in two */
	DR_CONTROL,	/* nothing visible: controls, zero-width characters
			 * (lines.c; white space, not a rule: always) */
	DR_MAX
};

/* The registry of the drop rules, in the order --rules lists them: the
 * reason, its name (as --drop, --no-drop, --dropped and --stats spell
 * it), what it drops, and the evidence it needs. */
struct drop_rule {
	int	 reason;
	const char *name;
	const char *drops;
	const char *evidence;
	int	 asked;		/* 1: drops only when --drop names it */
};
extern const struct drop_rule drop_rules[];
extern const size_t ndrop_rules;
/* The name of a reason ("control" too, "other" out of range). */
const char *doc_reason_name(int reason);
/* The reason of the rule named s[0..n), or DR_NONE. */
int	drop_rule_find(const char *s, size_t n);

/* Every rule, as furniture_mark marks (it judges with all of them). */
void	furniture_mark(struct doclines *L);
/* The furniture stage as the options ask: furniture_mark, then the lines
 * a --heading pattern matches and those of the rules o->nodrop turns off
 * are text again (the rules all judged, so a rule turned off is still
 * evidence for the others: a page number for the header beside it); when
 * o->nodrop turns the footnote rule off (unasked, the default), the notes
 * it finds over a page number still dropped are marked L_NOTE instead:
 * moved, not dropped (para.c gives them out after the paragraph they
 * cut), unless a --heading pattern matches one of their lines. */
void	furniture_run(struct doclines *L, const struct doc_opts *o);

/* The reason a text line is furniture by its own content, or DR_NONE. */
int	content_reason(struct doclines *L, struct line *ln);
/* "12", "Page 3", "- 4 -", "[5]", "12 / 40", "12 of 40". */
int	is_page_number(const char *s, size_t n);
/* "We use cookies ... Accept all cookies". */
int	is_cookie_notice(const struct doclines *L, const struct line *ln);
/* "copyright ...", "© ...", "(c) ...", "... all rights reserved". */
int	is_copyright(const char *low);
/* "By Jane Doe, Reuters", "Posted by ...", "Editing by ...". */
int	is_byline(const char *low, const struct line *ln);
/* Only share words and at least one network: "Share Facebook Twitter". */
int	is_share_bar(const char *low);
/* A lone "search", "menu", "back to top"...; trims ":.|" off the end of
 * low in place. */
int	is_ui_word(char *low);
/* Mostly names of languages in their own script. */
int	is_language_menu(const struct doclines *L, const struct line *ln);
/* DR_BREADCRUMB for "Home > News > Page", DR_NAVMENU for "A | B | C", or
 * DR_NONE (a row with numbers is a table). */
int	menu_reason(const char *low, const struct line *ln);
/* "Home About Us News", title-like, no punctuation. */
int	is_nav_bar(struct doclines *L, struct line *ln, const char *low);
/* Is the line before (after == 0) or after the page number at line li a
 * running header? */
int	is_header_beside(struct doclines *L, size_t li, int after);
/* May a line after the running text be footer ("Posted by", "Tags:", a
 * short line without a full stop)? */
int	is_footer_line(const struct doclines *L, const struct line *ln);
/* Only a date, perhaps with a time: "Updated: 2021-10-20 14:29". */
int	is_dateline(const struct doclines *L, const struct line *ln);
/* Is line li inside a running sentence (the line before ends without
 * final punctuation and the text goes on into it)? */
int	in_running_sentence(struct doclines *L, size_t li);
/* A number-only line alone where the text runs on across it (a page
 * break inside a sentence). */
int	is_lone_page_number(struct doclines *L, size_t li);
/* May a line that content_reason judged (reason) be dropped where it
 * stands: not in a running sentence, and for bylines, share bars,
 * interface words and copyright lines in the furniture blocks, the lines
 * [0, top) before the body and [bottom, n) after it? */
int	content_evidence(struct doclines *L, size_t li, int reason,
	    size_t top, size_t bottom);
/* A short line without a full stop, the same as prev. */
int	is_duplicate(const struct doclines *L, const struct line *ln,
	    const struct line *prev);

#endif
