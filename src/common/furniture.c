/*
 * furniture.c: the furniture stage.  Page furniture and web debris found
 * by general rules, each rule a named function that only judges a line;
 * furniture_mark runs them in their order and marks the lines they judge
 * (see furniture.h).
 */
#include <stdlib.h>
#include <string.h>

#include "furniture.h"
#include "heading.h"
#include "ht.h"
#include "marker.h"

/* Names of languages in their own script, as language menus list them. */
/* The form feeds in s[*pos, to), found by memchr (most text has none,
 * and every byte of the document passes here); *pos becomes to. */
static size_t
form_feeds(const char *s, size_t *pos, size_t to)
{
	const char *q;
	size_t n = 0;

	while (*pos < to && (q = memchr(s + *pos, '\f', to - *pos)) != NULL) {
		n++;
		*pos = (size_t)(q - s) + 1;
	}
	if (*pos < to)
		*pos = to;
	return n;
}

static const char *const endonyms[] = {
	"bahasa", "català", "čeština", "dansk", "deutsch", "english",
	"español", "français", "hrvatski", "indonesia", "italiano", "magyar",
	"melayu", "nederlands", "norsk", "polski", "português", "română",
	"slovenčina", "suomi", "svenska", "tiếng", "türkçe", "việt",
	"ελληνικά", "русский", "српски", "українська", "български",
	"עברית", "العربية", "عربي", "فارسی", "اردو", "हिन्दी", "বাংলা",
	"ไทย", "ภาษาไทย", "中文", "简体中文", "繁體中文", "简体", "繁體", "日本語",
	"한국어", "汉语", "漢語"
};

static const char *const ui_words[] = {
	"advanced search", "back", "back to top", "close", "contact",
	"contact us", "email", "home", "log in", "login", "main menu", "menu",
	"more", "more stories", "navigation", "next", "previous", "print",
	"read more", "recommended", "related", "related articles",
	"related posts", "related stories",
	"register", "rss", "search", "search this site", "share",
	"share this", "sign in", "sign up", "sitemap", "site map",
	"skip to content", "skip to main content", "subscribe",
	"toggle navigation", "top"
};

static const char *const footer_starts[] = {
	"last edited by", "latest replies", "no comments", "posted by",
	"labels:", "tags:", "permalink", "reply", "share this",
	"related posts", "leave a comment", "comments"
};

/* Bylines and credits: "By Jane Doe, Reuters", "Posted by Adam Segal at
 * 3:45 PM", "Reporting by ...; Editing by ...". */
int
is_byline(const char *low, const struct line *ln)
{
	static const char *const starts[] = { "by ", "posted by ",
	    "written by ", "reporting by ", "edited by ", "editing by ",
	    "reported by " };
	size_t k;

	for (k = 0; k < sizeof(starts) / sizeof(starts[0]); k++)
		if (strncmp(low, starts[k], strlen(starts[k])) == 0)
			break;
	if (k == sizeof(starts) / sizeof(starts[0]))
		return 0;
	/* "By the end of 2020, ..." is a sentence: a byline names people
	 * (capitalised words), and has no sentence punctuation but the end. */
	if (k == 0 && (ln->flags & LF_COMMA))
		return 0;
	if (k == 0 && (low[3] < 'a' || low[3] > 'z'))
		return 0;
	return k > 0 || strstr(low, " the ") == NULL;
}

static const char *const share_words[] = { "e-mail", "email", "facebook",
    "linkedin", "link", "copy", "pinterest", "print", "reddit", "share",
    "telegram", "this", "to", "tumblr", "twitter", "wechat", "weibo",
    "whatsapp", "x", "on", "tweet", "blogthis!" };

static int
share_word(const char *w)
{
	size_t k;

	for (k = 0; k < sizeof(share_words) / sizeof(share_words[0]); k++)
		if (strcmp(w, share_words[k]) == 0)
			return 1;
	return 0;
}

/* A bar of share buttons: only network names and share words. */
int
is_share_bar(const char *low)
{
	static const char *const nets[] = { "facebook", "linkedin",
	    "pinterest", "reddit", "telegram", "tumblr", "twitter", "wechat",
	    "weibo", "whatsapp", "blogthis!" };
	char w[32];
	size_t i = 0, k, l;
	int nnet = 0;

	while (low[i] != '\0') {
		while (low[i] != '\0' && strchr(" /|,\xc2\xb7", low[i]) != NULL)
			i++;
		for (l = 0; low[i + l] != '\0' && strchr(" /|,", low[i + l]) ==
		    NULL && l < sizeof(w) - 1; l++)
			w[l] = low[i + l];
		if (l == 0)
			break;
		w[l] = '\0';
		i += l;
		if (!share_word(w))
			return 0;
		for (k = 0; k < sizeof(nets) / sizeof(nets[0]); k++)
			nnet += strcmp(w, nets[k]) == 0;
	}
	return nnet > 0;
}

int
is_page_number(const char *s, size_t n)
{
	size_t i = 0, j;

	if (n > 4 && (memcmp(s, "Page", 4) == 0 || memcmp(s, "page", 4) == 0))
		i = skip_sp(s, 4, n);
	else if (n > 2 && (s[0] == '-' || s[0] == '[')) {
		i = skip_sp(s, 1, n);
		if (s[n - 1] != '-' && s[n - 1] != ']')
			return 0;
		n--;
		while (n > i && s[n - 1] == ' ')
			n--;
	}
	j = i;
	while (i < n && is_digit(s[i]))
		i++;
	if (i == j || i - j > 4)
		return 0;
	if (i == n)
		return 1;
	/* "12 / 40", "12 of 40" */
	i = skip_sp(s, i, n);
	if (i < n && s[i] == '/')
		i++;
	else if (i + 1 < n && s[i] == 'o' && s[i + 1] == 'f')
		i += 2;
	else
		return 0;
	i = skip_sp(s, i, n);
	j = i;
	while (i < n && is_digit(s[i]))
		i++;
	return i == n && i > j;
}

static void
drop(struct line *ln, int reason)
{
	ln->cls = L_DROP;
	ln->reason = (uint8_t)reason;
}

/* "We use cookies to ... By clicking Accept all cookies you agree ...". */
int
is_cookie_notice(const struct doclines *L, const struct line *ln)
{
	char low[1024];

	line_lower(L, ln, low, sizeof(low));
	return strstr(low, "cookie") != NULL && (strstr(low, "accept") ||
	    strstr(low, "consent") || strstr(low, "we use cookies") ||
	    strstr(low, "cookie policy") || strstr(low, "cookie settings") ||
	    strstr(low, "uses cookies"));
}

/* The first word of the line, lower-cased ASCII, in w (cap bytes): its
 * length (w1 - w0 of the source word), or 0 when there is none or it does
 * not fit. */
static int
first_word_lower(const struct doclines *L, const struct line *ln, char *w,
    size_t cap, size_t *len)
{
	size_t j = ln->ts, w0, w1;

	if (!next_word(L->s, &j, ln->te, &w0, &w1) ||
	    !lower_ascii_word(L->s + w0, w1 - w0, w, cap))
		return 0;
	*len = w1 - w0;
	return 1;
}

/* A byline's first word: By, Posted, Written... */
static int
byline_start(const struct doclines *L, const struct line *ln)
{
	char w[16];
	size_t wl;

	return first_word_lower(L, ln, w, sizeof(w), &wl) &&
	    (strcmp(w, "by") == 0 || strcmp(w, "posted") == 0 ||
	    strcmp(w, "written") == 0 ||
	    strcmp(w, "reporting") == 0 ||
	    strcmp(w, "reported") == 0 ||
	    strcmp(w, "edited") == 0 || strcmp(w, "editing") == 0);
}

/* A share bar starts with a network or share word. */
static int
share_start(const struct doclines *L, const struct line *ln)
{
	char w[32];
	size_t wl;

	return first_word_lower(L, ln, w, sizeof(w), &wl) && share_word(w);
}

/* A language menu starts with a language name. */
static int
lang_start(const struct doclines *L, const struct line *ln)
{
	char w[64];
	size_t wl;

	return first_word_lower(L, ln, w, sizeof(w), &wl) &&
	    in_list(endonyms, sizeof(endonyms) / sizeof(endonyms[0]), w, wl);
}

/* A year of four digits from 1800 to 2099 in low ("2021", "1998-2014"). */
static int
has_year(const char *low)
{
	size_t i;

	for (i = 0; low[i] != '\0'; i++)
		if ((i == 0 || !is_digit(low[i - 1])) &&
		    ((low[i] == '1' && (low[i + 1] == '8' ||
		    low[i + 1] == '9')) ||
		    (low[i] == '2' && low[i + 1] == '0')) &&
		    is_digit(low[i + 2]) && is_digit(low[i + 3]) &&
		    !is_digit(low[i + 4]))
			return 1;
	return 0;
}

/*
 * Copyright lines.  Evidence in the line: it starts with the word
 * "copyright" (or has "all rights reserved"), or it starts with "Â©" or
 * "(c)" and names a year or the reservation of rights: "Â© 2024 Example
 * Org", "(C) 2017 Company Ltd.".  A "Â©" or "(c)" before words alone is a
 * bullet or a list label ("Â© Establishing roles ...", "(C) Hello
 * world.").  The position (before the first / after the last body
 * paragraph, not a run of Â© bullets) is furniture_mark's to check.
 */
int
is_copyright(const char *low)
{
	if ((strncmp(low, "copyright", 9) == 0 &&
	    !(low[9] >= 'a' && low[9] <= 'z')) ||
	    strstr(low, "all rights reserved") != NULL)
		return 1;
	if (strncmp(low, "\xc2\xa9", 2) == 0 || strncmp(low, "(c) ", 4) == 0)
		return has_year(low) ||
		    strstr(low, "rights reserved") != NULL ||
		    strstr(low, "copyright") != NULL;
	return 0;
}

int
is_ui_word(char *low)
{
	size_t ll = strlen(low);

	while (ll > 0 && strchr(":.|", low[ll - 1]))
		low[--ll] = '\0';
	return in_list(ui_words, sizeof(ui_words) / sizeof(ui_words[0]), low,
	    ll);
}

int
is_language_menu(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, ws, we, nw = 0, nlang = 0;

	while (next_word(s, &i, ln->te, &ws, &we)) {
		char w[64];
		size_t wl = we - ws;

		nw++;
		if (lower_ascii_word(s + ws, wl, w, sizeof(w))) {
			/* Lower-case the Latin-1 capitals too. */
			if (wl >= 2 && (unsigned char)w[0] == 0xC3 &&
			    (unsigned char)w[1] >= 0x80 &&
			    (unsigned char)w[1] <= 0x9E)
				w[1] = (char)((unsigned char)w[1] + 0x20);
			if (in_list(endonyms, sizeof(endonyms) /
			    sizeof(endonyms[0]), w, wl))
				nlang++;
		}
	}
	return nw >= 2 && nlang * 5 >= nw * 3;
}

int
menu_reason(const char *low, const struct line *ln)
{
	static const char *const seps[] = { " > ", " \xc2\xbb ",
	    " \xe2\x80\xba ", " / ", " | " };
	size_t k;

	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		const char *p = low, *q;
		int nsep = 0;

		int numeric = 0;

		/* Menu items are words: a row with a number in
		 * it ("China | 2016 | 2021") is a table. */
		while ((q = strstr(p, seps[k])) != NULL) {
			nsep++;
			p = q + strlen(seps[k]);
			numeric |= is_digit(*p);
		}
		numeric |= is_digit(low[0]);
		if (nsep >= 2 && !numeric && !(ln->flags & LF_TERM))
			return k == 4 ? DR_NAVMENU : DR_BREADCRUMB;
	}
	return DR_NONE;
}

int
is_nav_bar(struct doclines *L, struct line *ln, const char *low)
{
	return strncmp(low, "home ", 5) == 0 && ln->nwords >= 3 &&
	    (ln->flags & LF_NOPUNCT) && is_title(L, ln);
}

int
content_reason(struct doclines *L, struct line *ln)
{
	const char *s = L->s;
	char low[256];
	size_t n = ln->te - ln->ts;
	unsigned char c0;
	int cand_copy, cand_ui, cand_crumb, cand_nav, cand_lang, cand_by;
	int cand_share, r;

	if (is_page_number(s + ln->ts, n))
		return DR_PAGENUM;
	/* A cookie notice: "We use cookies ... Accept all cookies". */
	if (ln->nwords <= 80 && (ln->flags & LF_HASK) &&
	    (memmem(s + ln->ts, n, "ookie", 5) ||
	    memmem(s + ln->ts, n, "OOKIE", 5)) && is_cookie_notice(L, ln))
		return DR_COOKIE;
	if (ln->nwords > 30)
		return DR_NONE;
	/* Each test runs only where a cheap look says it may hit:
	 * most lines are plain text. */
	c0 = (unsigned char)s[ln->ts];
	cand_copy = c0 == 'C' || c0 == 'c' || c0 == 0xC2 || c0 == '(' ||
	    (n >= 9 && (memcmp(s + ln->te - 9, "reserved.", 9) == 0 ||
	    memcmp(s + ln->te - 9, "Reserved.", 9) == 0));
	cand_ui = ln->nwords <= 4 && c0 < 0x80;	/* the words are ASCII */
	/* two separators between words: three words, as menu_reason asks */
	cand_crumb = (ln->flags & LF_SPECIAL) && ln->nwords >= 3 &&
	    !(ln->flags & LF_TERM);
	cand_nav = c0 == 'H' || c0 == 'h' || c0 == '#';
	cand_by = ln->nwords <= 16 && strchr("BbPpRrWwEe", c0) != NULL &&
	    byline_start(L, ln);
	cand_share = ln->nwords <= 10 && !(ln->flags & LF_TERM) &&
	    strchr("BbEeFfLlPpRrSsTtWwXx", c0) != NULL && share_start(L, ln);
	cand_lang = (ln->flags & LF_NOPUNCT) && ln->nwords >= 2 &&
	    lang_start(L, ln);
	if (!cand_copy && !cand_ui && !cand_crumb && !cand_nav &&
	    !cand_lang && !cand_by && !cand_share)
		return DR_NONE;
	line_lower(L, ln, low, sizeof(low));
	if (cand_copy && is_copyright(low))
		return DR_COPYRIGHT;
	if (cand_by && is_byline(low, ln))
		return DR_BYLINE;
	if (cand_share && is_share_bar(low))
		return DR_UIWORD;
	/* is_ui_word trims the ":.|" at the end of low: the tests after it
	 * see low so trimmed. */
	if (cand_ui && is_ui_word(low))
		return DR_UIWORD;
	if (cand_lang && is_language_menu(L, ln))
		return DR_LANGMENU;
	/* Breadcrumbs: Home > Section > Page. */
	if (cand_crumb && (r = menu_reason(low, ln)) != DR_NONE)
		return r;
	/* A navigation bar: "Home About Us News ...", no punctuation. */
	if (cand_nav && is_nav_bar(L, ln, low))
		return DR_NAVMENU;
	return DR_NONE;
}

/*
 * The evidence that the rules below share, found once per document by
 * furniture_context: where the body is, and where the pages break.
 */
struct furnctx {
	size_t	 top;		/* lines [0, top) come before the body */
	size_t	 bottom;	/* lines [bottom, n) come after it */
	uint8_t	*pn;		/* per line: a page number, with its evidence */
	uint8_t	*near;		/* per line: at a page boundary */
	uint32_t *page;		/* per line: page boundaries before it */
	int	 hasff;		/* the document has form feeds */
};

/* A body line: a sentence end, eight words or more (minwords), and no
 * furniture by its content. */
static int
body_line(struct doclines *L, struct line *ln, uint32_t minwords)
{
	return ln->cls == L_TEXT && ln->nwords >= minwords &&
	    (ln->flags & LF_TERM) && content_reason(L, ln) == DR_NONE;
}

/*
 * Is line li inside a running sentence: the line before it (no blank line
 * between) ends without final punctuation and the text goes on into li —
 * li starts in lower case, or the line before ends in a comma or a
 * function word, or is prose (six words or more, not a title); or li
 * itself ends in a comma or function word and the next line goes on in
 * lower case.  Such a line is never furniture by its content.
 */
int
in_running_sentence(struct doclines *L, size_t li)
{
	struct line *ln = &L->v[li], *p;

	if (li > 0 && (p = &L->v[li - 1])->cls == L_TEXT &&
	    !(p->flags & (LF_TERM | LF_COLON)) &&
	    ((ln->flags & LF_LOWER) || (p->flags & LF_CONT) ||
	    (p->nwords >= 6 && !is_title(L, p))))
		return 1;
	return (ln->flags & LF_CONT) && li + 1 < L->n &&
	    L->v[li + 1].cls == L_TEXT && (L->v[li + 1].flags & LF_LOWER);
}

/*
 * The furniture blocks: before the paragraph of the first body line and
 * after the paragraph of the last.  The body lines are the sentence ends
 * of eight words or more, or in a document without one, any sentence end
 * ("Some text here."); never a line that is furniture by its content.  A
 * document without a body line has no furniture blocks: there is nothing
 * for furniture to stand around, and a document whose only line is
 * "(C) 2017 Company Ltd. All rights reserved." keeps it (dropping it
 * would leave an empty document and hide that it was ever read).
 */
static void
find_blocks(struct doclines *L, struct furnctx *c)
{
	size_t li, fb = NONE, lb = NONE;
	uint32_t minw = 8;

	for (;;) {
		for (li = 0; li < L->n && fb == NONE; li++)
			if (body_line(L, &L->v[li], minw))
				fb = li;
		if (fb != NONE || minw == 0)
			break;
		minw = 0;
	}
	if (fb == NONE) {
		c->top = 0;
		c->bottom = L->n;
		return;
	}
	for (li = L->n; li-- > 0 && lb == NONE;)
		if (body_line(L, &L->v[li], minw))
			lb = li;
	/* The paragraph goes back over the lines that run into it. */
	while (fb > 0 && L->v[fb - 1].cls == L_TEXT &&
	    !(L->v[fb - 1].flags & LF_TERM) &&
	    (L->v[fb - 1].nwords >= 8 || (L->v[fb - 1].flags & LF_CONT) ||
	    (L->v[fb].flags & LF_LOWER)))
		fb--;
	c->top = fb;
	c->bottom = lb + 1;
}

/* Is the line a table cell by itself: a number, a dash, yes / no, (%)? */
static int
is_cell_line(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s + ln->ts;
	size_t n = ln->te - ln->ts, i;

	if (ln->cls == L_BLANK)
		return 0;
	if (is_page_number(s, n))
		return 1;
	for (i = 0; i < n && is_digit(s[i]); i++)
		;
	if (i > 0 && (i == n || (s[i] == '%' && i + 1 == n)))
		return 1;
	return (n == 1 && (s[0] == '-' || s[0] == 'x' || s[0] == 'X')) ||
	    (n == 3 && (memcmp(s, "\xe2\x80\x93", 3) == 0 ||
	    memcmp(s, "\xe2\x80\x94", 3) == 0)) ||
	    (n == 3 && (memcmp(s, "yes", 3) == 0 ||
	    memcmp(s, "Yes", 3) == 0 || memcmp(s, "(%)", 3) == 0)) ||
	    (n == 2 && (memcmp(s, "no", 2) == 0 || memcmp(s, "No", 2) == 0));
}

static uint64_t page_value(const struct doclines *L, const struct line *ln);

/* A number-only line next to a table cell (blank lines aside) is a cell
 * of the table, whatever its value; but for the next page's number (a
 * page left blank, a spread: "15", "16"). */
static int
is_cell_beside(const struct doclines *L, size_t li)
{
	size_t k[2], j;
	uint64_t v = page_value(L, &L->v[li]), w;

	k[0] = prev_nonblank(L, li, 0);
	k[1] = next_nonblank(L, li, 0);
	for (j = 0; j < 2; j++) {
		const struct line *o;

		if (k[j] == NONE || !is_cell_line(L, (o = &L->v[k[j]])))
			continue;
		w = page_value(L, o);
		if (is_page_number(L->s + o->ts, o->te - o->ts) &&
		    (j == 0 ? w + 1 == v : v + 1 == w))
			continue;
		return 1;
	}
	return 0;
}

/* The page number of a page-number line: its first run of digits. */
static uint64_t
page_value(const struct doclines *L, const struct line *ln)
{
	size_t i = ln->ts;
	uint64_t v = 0;

	while (i < ln->te && !is_digit(L->s[i]))
		i++;
	for (; i < ln->te && is_digit(L->s[i]); i++)
		v = v * 10 + (uint64_t)(L->s[i] - '0');
	return v;
}

/* Is there a form feed between the lines next to li and li? */
static int
beside_ff(const struct doclines *L, size_t li)
{
	size_t p = prev_nonblank(L, li, 0), n = next_nonblank(L, li, 0);
	size_t a = p == NONE ? 0 : L->v[p].te, b = n == NONE ? L->len :
	    L->v[n].ts;
	const struct line *ln = &L->v[li];

	return memchr(L->s + a, '\f', ln->ts - a) != NULL ||
	    memchr(L->s + ln->te, '\f', b - ln->te) != NULL;
}

/* Page numbers, from one to the next, rise by at most this much (pages
 * of figures go unnumbered) ... */
#define PAGE_MAXSKIP	10
/* ... stand at least this many lines apart (two on a spread: "1",
 * header, "2") ... */
#define PAGE_MINGAP	2
/* ... and at most this many lines a page. */
#define PAGE_MAXLINES	150
/* A chain of page numbers has at least this many. */
#define PAGE_CHAIN	3
/* A chain with fewer lines a page than this is a contents column. */
#define PAGE_TOCLINES	4
/* ... and has this many page numbers at least. */
#define PAGE_TOCCHAIN	5
/* How many candidates back a chain looks for the one before. */
#define PAGE_WINDOW	64

struct pagecand {
	size_t	 li;
	uint64_t v;
	size_t	 len, prev;	/* longest chain ending here, its link */
	int	 used;
};

/*
 * Page numbers.  A line that is only a page number ("12", "Page 3",
 * "- 4 -", "12 of 40") is one with structural evidence only:
 *   - a form feed beside it (the first or last line of a page); or
 *   - a chain: at least PAGE_CHAIN such lines in document order whose
 *     numbers rise, from one to the next, by 1 to PAGE_MAXSKIP, at least
 *     PAGE_MINGAP lines and at most PAGE_MAXLINES lines a page apart
 *     (two interleaved chains, a spread's left and right pages, are two
 *     chains; a chain with fewer than PAGE_TOCLINES lines a page is the
 *     page column of a table of contents: page references, dropped, but
 *     no page boundaries, and only PAGE_TOCCHAIN of them or more: fewer
 *     are table cells); or
 *   - alone: the text runs on across it (the text before it, past one
 *     title-like header line, ends without final punctuation, and the
 *     text after it, past one header line, starts in lower case), which
 *     is what a page break does to a sentence.
 * Never a table cell: a number-only line next to another cell (a number
 * that is not the page before or after, a dash, yes / no; blank lines
 * aside) is a cell.  Numbers that
 * fall and rise (70, 100, 70, 100) make no chain.
 */
static int
beside_skip_header(struct doclines *L, size_t k, int after)
{
	struct line *h = &L->v[k];

	return h->nwords <= 10 && !(h->flags & LF_TERM) && is_title(L, h) &&
	    (after ? next_nonblank(L, k, 1) : prev_nonblank(L, k, 1)) != NONE;
}

int
is_lone_page_number(struct doclines *L, size_t li)
{
	size_t p = prev_nonblank(L, li, 1), n = next_nonblank(L, li, 1);

	if (p != NONE && beside_skip_header(L, p, 0) &&
	    prev_nonblank(L, p, 1) != NONE)
		p = prev_nonblank(L, p, 1);
	if (n != NONE && beside_skip_header(L, n, 1) &&
	    next_nonblank(L, n, 1) != NONE)
		n = next_nonblank(L, n, 1);
	return p != NONE && n != NONE && L->v[p].cls == L_TEXT &&
	    L->v[n].cls == L_TEXT && !(L->v[p].flags & (LF_TERM | LF_COLON)) &&
	    (L->v[n].flags & LF_LOWER) && !(L->v[n].flags & LF_LIST);
}

static void
find_page_numbers(struct doclines *L, struct furnctx *c)
{
	VEC(struct pagecand) cands = { 0 };
	size_t li, i, j, k, nchain;
	int dense;

	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];
		struct pagecand pc = { 0 };

		if (ln->cls != L_TEXT ||
		    !is_page_number(L->s + ln->ts, ln->te - ln->ts))
			continue;
		if (c->hasff && beside_ff(L, li)) {
			c->pn[li] = 1;
			continue;
		}
		if (is_cell_beside(L, li))
			continue;
		pc.li = li;
		pc.v = page_value(L, ln);
		VEC_PUSH(cands, pc);
	}
	/* The longest chain, again and again while one is long enough. */
	for (nchain = 0; nchain < 16; nchain++) {
		size_t best = NONE;

		for (i = 0; i < cands.n; i++) {
			struct pagecand *ci = &cands.v[i];

			ci->len = 0;
			ci->prev = NONE;
			if (ci->used)
				continue;
			ci->len = 1;
			for (j = i; j-- > 0 && i - j <= PAGE_WINDOW;) {
				const struct pagecand *cj = &cands.v[j];
				size_t gap = ci->li - cj->li;

				if (cj->used || ci->v <= cj->v ||
				    ci->v - cj->v > PAGE_MAXSKIP ||
				    gap < PAGE_MINGAP ||
				    gap > PAGE_MAXLINES * (ci->v - cj->v) ||
				    cj->len + 1 <= ci->len)
					continue;
				ci->len = cj->len + 1;
				ci->prev = j;
			}
			if (best == NONE || ci->len > cands.v[best].len)
				best = i;
		}
		if (best == NONE || cands.v[best].len < PAGE_CHAIN)
			break;
		/* A chain of more pages than lines is the page column of a
		 * table of contents: page references, but no page breaks. */
		for (k = best; cands.v[k].prev != NONE; k = cands.v[k].prev)
			;
		dense = cands.v[best].li - cands.v[k].li <
		    PAGE_TOCLINES * (cands.v[best].v - cands.v[k].v);
		/* Too short for a contents column: table cells (4, 8, 10). */
		if (dense && cands.v[best].len < PAGE_TOCCHAIN) {
			for (k = best; k != NONE; k = cands.v[k].prev)
				cands.v[k].used = 1;
			continue;
		}
		for (k = best; k != NONE; k = cands.v[k].prev) {
			cands.v[k].used = 1;
			c->pn[cands.v[k].li] = dense ? 2 : 1;
		}
	}
	for (i = 0; i < cands.n; i++)
		if (!cands.v[i].used && is_lone_page_number(L, cands.v[i].li))
			c->pn[cands.v[i].li] = 1;
	VEC_FREE(cands);
}

/* Lines at a page boundary: the line (not blank) on each side of a page
 * number, and on each side of a form feed, and the first and last line of
 * a document that has pages; and per line, the boundaries before it. */
static void
find_boundaries(struct doclines *L, struct furnctx *c)
{
	size_t li, p, k, nb = 0, ffpos = 0, npage = 0;

	for (li = 0; li < L->n; li++)
		npage += c->pn[li] == 1;
	/* With pages, the start and the end of the document are page
	 * boundaries too: the first page's header, the last page's footer. */
	if (npage > 0 || c->hasff) {
		if ((p = next_nonblank(L, NONE, 0)) != NONE)
			c->near[p] = 1;
		if ((p = prev_nonblank(L, L->n, 0)) != NONE)
			c->near[p] = 1;
	}

	for (li = 0; li < L->n; li++) {
		const struct line *ln = &L->v[li];
		int edge = c->pn[li] == 1;

		if ((k = form_feeds(L->s, &ffpos, ln->ts)) > 0) {
			nb += k;
			edge = 1;
		}
		c->page[li] = (uint32_t)nb;
		nb += c->pn[li] == 1;
		if (!edge || ln->cls == L_BLANK)
			continue;
		c->near[li] = 1;
		if ((p = prev_nonblank(L, li, 0)) != NONE)
			c->near[p] = 1;
		if (c->pn[li] == 1 && (p = next_nonblank(L, li, 0)) != NONE)
			c->near[p] = 1;
	}
}

static void
furniture_context(struct doclines *L, struct furnctx *c)
{
	memset(c, 0, sizeof(*c));
	c->hasff = L->len > 0 && memchr(L->s, '\f', L->len) != NULL;
	c->pn = xcalloc(L->n + 1, 1);
	c->near = xcalloc(L->n + 1, 1);
	c->page = xcalloc(L->n + 1, sizeof(*c->page));
	find_blocks(L, c);
	find_page_numbers(L, c);
	find_boundaries(L, c);
}

static void
furniture_context_free(struct furnctx *c)
{
	free(c->pn);
	free(c->near);
	free(c->page);
}

/* Does a "\xc2\xa9" line stand in a run of lines that each start with one
 * (bullets)? */
static int
in_copyright_run(const struct doclines *L, size_t li)
{
	size_t k[2], j;

	k[0] = prev_nonblank(L, li, 0);
	k[1] = next_nonblank(L, li, 0);
	for (j = 0; j < 2; j++)
		if (k[j] != NONE && L->v[k[j]].te - L->v[k[j]].ts >= 2 &&
		    memcmp(L->s + L->v[k[j]].ts, "\xc2\xa9", 2) == 0 &&
		    L->v[li].te - L->v[li].ts >= 2 &&
		    memcmp(L->s + L->v[li].ts, "\xc2\xa9", 2) == 0)
			return 1;
	return 0;
}

/*
 * The position a rule by content needs.  No such rule drops a line inside
 * a running sentence.  Page numbers are judged by position
 * (find_page_numbers).  Bylines, share bars, interface words and
 * copyright lines are furniture only in the furniture blocks, before the
 * first and after the last body paragraph; a "\xc2\xa9" line in a run of them
 * is a list of bullets.
 */
int
content_evidence(struct doclines *L, size_t li, int reason,
    size_t top, size_t bottom)
{
	if (reason == DR_PAGENUM || in_running_sentence(L, li))
		return 0;
	if (reason == DR_BYLINE || reason == DR_UIWORD ||
	    reason == DR_COPYRIGHT) {
		if (li >= top && li < bottom)
			return 0;
		if (reason == DR_COPYRIGHT && in_copyright_run(L, li))
			return 0;
	}
	return 1;
}

/* Lines that are furniture by their own content, where they stand where
 * that furniture stands (content_evidence). */
static void
furniture_by_content(struct doclines *L, const struct furnctx *c)
{
	size_t li;
	int r;

	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];

		if (ln->cls == L_TEXT &&
		    (r = content_reason(L, ln)) != DR_NONE &&
		    content_evidence(L, li, r, c->top, c->bottom))
			drop(ln, r);
	}
}

/* Lines per page at least, when a document has no form feeds to say
 * where its pages break. */
#define PAGE_MINLINES	20
/* Digits of a number that may count pages. */
#define PAGE_MAXDIGITS	9

/* A line that may be a running header, and the lines like it. */
struct runcand {
	size_t	 li;		/* the line */
	size_t	 group;		/* lines alike but for their numbers */
	size_t	 num, nnum;	/* its numbers: nums.v[num .. num + nnum) */
	size_t	 ff;		/* form feeds before it */
	size_t	 exact;		/* its exactgroup (lines with its exact key) */
};

#define VARY_NONE	((size_t)-1)
#define VARY_MANY	((size_t)-2)

struct rungroup {
	size_t	 n;		/* members */
	size_t	 first, prev;	/* first member, and the one before */
	size_t	 vary;		/* the one number that varies, or VARY_* */
	int	 pages;		/* that number counts pages */
	size_t	 nstep, nshort;	/* steps, and steps of short pages */
};

/* A number in a line; edge: it begins or ends the line, where page
 * numbers stand ("Strategy 2021 | 7", "8 | Strategy 2021"). */
struct runnum {
	uint64_t v;
	int	 edge;
};

struct numvec {
	struct runnum *v;
	size_t	 n, cap;
};

/* The line's text without white space as a key: exact, or (alike) each
 * run of digits one #,
 * its numbers pushed onto nums (UINT64_MAX for one too long to count
 * pages). */
static void
runhead_key(const struct doclines *L, const struct line *ln, int alike,
    struct str *key, struct numvec *nums)
{
	const char *s = L->s;
	size_t i, j;

	str_clear(key);
	for (i = ln->ts; i < ln->te; i = j) {
		struct runnum r;
		uint64_t v = 0;
		int l;

		/* White space does not count: "N ationa l Cybe r" is
		 * "National Cyber" letter-spaced. */
		if (is_ws((unsigned char)s[i]) ||
		    (l = uspace(s + i, ln->te - i)) > 0) {
			j = i + (is_ws((unsigned char)s[i]) ? 1 : (size_t)l);
			continue;
		}
		if (!alike || !is_digit(s[i])) {
			/* with the ASCII bytes after it that count as
			 * they are, added at once */
			for (j = i + 1; j < ln->te &&
			    (unsigned char)s[j] < 0x80 &&
			    !is_ws((unsigned char)s[j]) &&
			    !(alike && is_digit(s[j])); j++)
				;
			str_add(key, s + i, j - i);
			continue;
		}
		for (j = i; j < ln->te && is_digit(s[j]); j++)
			v = v * 10 + (uint64_t)(s[j] - '0');
		str_addc(key, '#');
		r.v = j - i > PAGE_MAXDIGITS ? UINT64_MAX : v;
		r.edge = i == ln->ts || j == ln->te;
		VEC_PUSH(*nums, r);
	}
}

/*
 * Running headers and footers: short lines that repeat within the
 * document, and short title-like lines beside a page number where the
 * text runs on across the page break.
 *
 * Evidence: a running header is what repeats at page boundaries, and
 * lines are compared with white space removed (letter-spacing varies).
 * Either
 *   - the same text at three page boundaries or more (next to a page
 *     number with its evidence, or a form feed: see find_boundaries), on
 *     at least a third of the pages from its first to its last; the
 *     copies away from a boundary are text and stay; or
 *   - three or more lines that differ only in one number that counts
 *     pages: it begins or ends the line and rises with the page breaks (by
 *     as many as there are form feeds between two of them, or, with no
 *     form feed in the document, by at least one a PAGE_MAXLINES lines,
 *     and mostly by at most one a PAGE_MINLINES lines: the document's
 *     page period).
 * Digits count otherwise: "FEDERALIST No. 1", "FEDERALIST No. 2" ... a
 * few hundred lines apart at irregular intervals, "Heading 1", "Heading
 * 2" ... and "Saturday, January 5, 1788" are different lines, not pages.
 * A line that ends in a comma or a function word runs on into the next:
 * prose, not a header.
 */
typedef VEC(size_t) linelist;

/* The lines that repeat as running headers do, in *hits (line indices,
 * in order). */
typedef VEC(struct runcand) candlist;
typedef VEC(struct rungroup) grouplist;

/* Groups of lines whose number counts pages, taken at most. */
#define PAGE_MAXGROUPS	32

/*
 * A number that counts pages rises in step with the other evidence of
 * pages too.  The page groups in order of size, each against the page
 * numbers, the form feeds and the lines of the groups taken before it:
 * from one of its lines to the next, the number rises by at least as
 * many page boundaries as lie between them.  "APPENDIX -1" ... "APPENDIX
 * -6", one a part and a hundred lines apart, with nine page footers
 * "N | Page ..." between two of them, counts parts, not pages; a
 * footer on odd pages rises by two with one even footer between.
 */
static void
in_step_with_pages(const struct doclines *L, const struct furnctx *fc,
    const candlist *cands, grouplist *groups, const struct numvec *nums)
{
	uint32_t *cum = xcalloc(L->n + 1, sizeof(*cum));
	uint8_t *taken = xcalloc(L->n + 1, 1);
	size_t gi, i, k, nt;

	for (nt = 0; nt < PAGE_MAXGROUPS; nt++) {
		size_t best = NONE, prev = NONE;
		struct rungroup *g;

		for (gi = 0; gi < groups->n; gi++) {
			g = &groups->v[gi];
			if (g->n >= 3 && g->vary < VARY_MANY && g->pages &&
			    g->pages != 2 && (best == NONE ||
			    g->n > groups->v[best].n))
				best = gi;
		}
		if (best == NONE)
			break;
		g = &groups->v[best];
		for (i = 0; i < cands->n; i++) {
			const struct runcand *c = &cands->v[i], *p;
			uint64_t a, b, nb;

			if (c->group != best)
				continue;
			if (prev != NONE) {
				p = &cands->v[prev];
				a = nums->v[p->num + g->vary].v;
				b = nums->v[c->num + g->vary].v;
				/* Page breaks between the two: those of the
				 * page numbers and form feeds, or one a
				 * page marked by the groups taken. */
				nb = (uint64_t)(cum[c->li] - cum[p->li]) + 1;
				if (fc->page[c->li] - fc->page[p->li] > nb)
					nb = fc->page[c->li] - fc->page[p->li];
				if (b - a < nb)
					g->pages = 0;
			}
			prev = i;
		}
		if (!g->pages)
			continue;
		g->pages = 2;	/* taken */
		for (i = 0; i < cands->n; i++)
			if (cands->v[i].group == best)
				taken[cands->v[i].li] = 1;
		for (k = 0; k < L->n; k++)
			cum[k + 1] = cum[k] + taken[k];
	}
	/* Groups beyond PAGE_MAXGROUPS are not checked: none counts. */
	for (gi = 0; gi < groups->n; gi++)
		groups->v[gi].pages = groups->v[gi].pages == 2;
	free(cum);
	free(taken);
}

struct exactgroup {
	size_t	 nnear;		/* copies at a page boundary */
	uint32_t pfirst, plast;	/* the pages of the first and last */
};

static void
repeating_lines(struct doclines *L, const struct furnctx *fc, linelist *hits)
{
	VEC(struct exactgroup) eg = { 0 };
	struct ht exact, alike;
	struct str key = { 0 };
	candlist cands = { 0 };
	grouplist groups = { 0 };
	struct numvec nums = { 0 };
	size_t li, i, j, ffpos = 0, nff = 0;
	int hasff = fc->hasff;

	ht_init(&exact, 64);
	ht_init(&alike, 64);
	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];
		struct runcand c = { 0 };
		struct ht_entry *e;
		int isnew;

		if (ln->cls != L_TEXT || ln->nwords > 16 || ln->nwords < 2 ||
		    (ln->flags & (LF_TERM | LF_LIST)) || ln->style != ST_NONE ||
		    !(is_title(L, ln) ||
		    has_digit(L, ln)) || is_atx_heading(L, ln) ||
		    (ln->flags & LF_CONT))
			continue;
		ln->flags |= LF_RUNCAND;
		nff += form_feeds(L->s, &ffpos, ln->ts);
		runhead_key(L, ln, 0, &key, &nums);
		e = ht_upsert(&exact, key.s, key.n, &isnew);
		if (isnew) {
			struct exactgroup x = { 0 };

			x.pfirst = fc->page[li];
			e->val = eg.n;
			VEC_PUSH(eg, x);
		}
		if (fc->near[li]) {
			struct exactgroup *x = &eg.v[e->val];

			if (x->nnear++ == 0)
				x->pfirst = fc->page[li];
			x->plast = fc->page[li];
		}
		c.li = li;
		c.ff = nff;
		c.exact = (size_t)e->val;
		c.num = nums.n;
		runhead_key(L, ln, 1, &key, &nums);
		c.nnum = nums.n - c.num;
		e = ht_upsert(&alike, key.s, key.n, &isnew);
		if (isnew) {
			struct rungroup g = { 0 };

			g.first = cands.n;
			g.vary = VARY_NONE;
			g.pages = 1;
			e->val = groups.n;
			VEC_PUSH(groups, g);
		}
		c.group = (size_t)e->val;
		VEC_PUSH(cands, c);
	}
	/* Which number varies in each group, and does it count pages? */
	for (i = 0; i < cands.n; i++) {
		const struct runcand *c = &cands.v[i];
		struct rungroup *g = &groups.v[c->group];
		size_t v = c->num, f = cands.v[g->first].num;

		/* Indices, not pointers: nums.v is NULL when no line has a
		 * number, and NULL + 0 is undefined. */
		if (g->n++ == 0)
			continue;
		for (j = 0; j < c->nnum; j++)
			if (nums.v[v + j].v != nums.v[f + j].v && g->vary != j)
				g->vary = g->vary == VARY_NONE ? j : VARY_MANY;
	}
	for (i = 0; i < groups.n; i++)
		groups.v[i].n = 0;
	for (i = 0; i < cands.n; i++) {
		const struct runcand *c = &cands.v[i], *p;
		struct rungroup *g = &groups.v[c->group];
		uint64_t a, b;

		if (g->vary >= VARY_MANY || g->n++ == 0) {
			g->prev = i;
			continue;
		}
		p = &cands.v[g->prev];
		a = nums.v[p->num + g->vary].v;
		b = nums.v[c->num + g->vary].v;
		if (!nums.v[c->num + g->vary].edge || a == UINT64_MAX ||
		    b == UINT64_MAX || b <= a ||
		    (hasff ? b - a != c->ff - p->ff :
		    c->li - p->li > PAGE_MAXLINES * (b - a)))
			g->pages = 0;
		g->nstep++;
		if (b > a && (c->li - p->li) / PAGE_MINLINES < b - a)
			g->nshort++;
		g->prev = i;
	}
	/* Without form feeds, most pages are PAGE_MINLINES long at least
	 * (a page of contents or a figure may be shorter). */
	for (i = 0; i < groups.n && !hasff; i++)
		if (groups.v[i].nshort * 2 > groups.v[i].nstep)
			groups.v[i].pages = 0;
	in_step_with_pages(L, fc, &cands, &groups, &nums);
	for (i = 0; i < cands.n; i++) {
		const struct runcand *c = &cands.v[i];
		const struct rungroup *g = &groups.v[c->group];
		const struct exactgroup *x = &eg.v[c->exact];

		if ((fc->near[c->li] && x->nnear >= 3 &&
		    x->nnear * 3 >= (size_t)(x->plast - x->pfirst) + 1) ||
		    (g->n >= 3 && g->vary < VARY_MANY && g->pages))
			VEC_PUSH(*hits, c->li);
	}
	ht_free(&exact);
	ht_free(&alike);
	str_free(&key);
	VEC_FREE(cands);
	VEC_FREE(groups);
	VEC_FREE(nums);
	VEC_FREE(eg);
}

int
is_header_beside(struct doclines *L, size_t li, int after)
{
	size_t side[2], far, other, k = after ? 1 : 0;
	struct line *c;

	side[0] = prev_nonblank(L, li, 0);
	side[1] = next_nonblank(L, li, 0);
	if (side[k] == NONE)
		return 0;
	c = &L->v[side[k]];
	/* Not a numbered heading ("2  End" after a page
	 * number), not a list item. */
	if (c->cls != L_TEXT || c->nwords > 12 ||
	    c->style != ST_NONE || is_atx_heading(L, c) ||
	    (c->flags & (LF_TERM | LF_LIST)) ||
	    (!(c->flags & LF_DIGIT) && !is_title(L, c)))
		return 0;
	/* The header stands alone between blank lines. */
	if (side[k] > 0 && L->v[side[k] - 1].cls == L_TEXT)
		return 0;
	if (side[k] + 1 < L->n &&
	    L->v[side[k] + 1].cls == L_TEXT)
		return 0;
	far = k == 0 ? prev_nonblank(L, side[k], 1) :
	    next_nonblank(L, side[k], 1);
	other = k == 0 ? side[1] : side[0];
	/* The sentence runs on across the page break. */
	if (k == 1 && far != NONE &&
	    (L->v[far].flags & LF_LOWER) &&
	    !(L->v[far].flags & LF_LIST))
		return 1;
	if (k == 1 && other != NONE &&
	    !(L->v[other].flags & LF_TERM) &&
	    L->v[other].cls == L_TEXT)
		return 1;
	return k == 0 && other != NONE &&
	    (L->v[other].flags & LF_LOWER) && far != NONE &&
	    !(L->v[far].flags & LF_TERM);
}

/* The most text lines a block of notes at a page's foot may take: about
 * half of a page of a PDF's text (a page runs 40 to 50 lines). */
#define NOTES_MAXLINES	40

/* Does line ln open a note: one to three digits, a space, a word ("102
 * For example, ...")? */
static int
note_opens(const char *s, const struct line *ln)
{
	size_t i, d = 0;

	for (i = ln->ts; i < ln->te && is_digit(s[i]); i++)
		d++;
	return d > 0 && d <= 3 && i + 1 < ln->te && s[i] == ' ' &&
	    !is_ws((unsigned char)s[i + 1]);
}

/* Is the line part of a block of notes as the marking goes: text, notes
 * moved already (L_NOTE) or dropped by the footnote rule? */
static int
notes_line(const struct line *ln)
{
	return ln->cls == L_TEXT || ln->cls == L_NOTE ||
	    (ln->cls == L_DROP && ln->reason == DR_FOOTNOTE);
}

/* Does the page break nearest above line k (a dropped page number at most
 * PAGE_MAXLINES lines up) have a block of notes right above it (after a
 * blank line, opened by a note number, at most NOTES_MAXLINES lines) whose
 * last line ends without a sentence end: a note the page break cut, whose
 * rest opens the next page's notes? */
static int
note_cut_above(const struct doclines *L, size_t k)
{
	size_t pb = k, e, top;

	while (pb > 0 && k - pb < PAGE_MAXLINES && !(L->v[pb - 1].cls ==
	    L_DROP && L->v[pb - 1].reason == DR_PAGENUM))
		pb--;
	if (pb == 0 || k - pb >= PAGE_MAXLINES)
		return 0;
	e = pb - 1;
	while (e > 0 && (L->v[e - 1].cls == L_BLANK ||
	    (L->v[e - 1].cls == L_DROP && L->v[e - 1].reason != DR_FOOTNOTE)))
		e--;
	if (e == 0 || !notes_line(&L->v[e - 1]) ||
	    (L->v[e - 1].flags & LF_TERM))
		return 0;
	e--;
	for (top = e; top > 0 && e - top + 1 < NOTES_MAXLINES &&
	    notes_line(&L->v[top - 1]); top--)
		;
	return top > 0 && L->v[top - 1].cls == L_BLANK &&
	    note_opens(L->s, &L->v[top]);
}

/*
 * Are lines [*a, *b] notes at the foot of a page that cut a sentence in
 * two?  pb is a page break (a dropped page number).  The notes are the
 * text lines right above it (blank and dropped lines aside), at most
 * NOTES_MAXLINES (half a page), with no blank line among them; the first
 * starts with a note number (one to three digits, a space, a word: "102
 * For example, ..."), or goes on with a note that the page break above
 * cut (note_cut_above: the notes over the previous page number end
 * mid-sentence, "... destroyed data on", and this block opens with the
 * rest, "PCs in the first half ..."); a blank line stands above it, and
 * above that a text line that ends without a sentence end, colon or
 * semicolon; after the page break the text goes on in lower case, or
 * that line ends in a comma, function word or hyphen.  Notes below a
 * finished sentence are kept: only these stand between the halves of a
 * sentence (a record cannot hold both halves and leave the notes out).
 */
static int
is_foot_notes(struct doclines *L, size_t pb, size_t *a, size_t *b)
{
	size_t e, k, body, nx;
	const struct line *bl, *nl;

	e = pb;
	while (e > 0 && (L->v[e - 1].cls == L_BLANK ||
	    L->v[e - 1].cls == L_DROP))
		e--;
	if (e == 0 || L->v[e - 1].cls != L_TEXT)
		return 0;
	e--;
	for (k = e; k > 0 && e - k + 1 < NOTES_MAXLINES &&
	    L->v[k - 1].cls == L_TEXT; k--)
		;
	if (k == 0 || L->v[k - 1].cls != L_BLANK)
		return 0;
	if (!note_opens(L->s, &L->v[k]) && !note_cut_above(L, k))
		return 0;
	if ((body = prev_nonblank(L, k, 0)) == NONE)
		return 0;
	bl = &L->v[body];
	if (bl->cls != L_TEXT || (bl->flags & (LF_TERM | LF_COLON)))
		return 0;
	if ((nx = next_nonblank(L, pb, 1)) == NONE)
		return 0;
	nl = &L->v[nx];
	if (nl->cls != L_TEXT || (nl->flags & LF_LIST) ||
	    !((nl->flags & LF_LOWER) || (bl->flags & (LF_CONT | LF_HYPH))))
		return 0;
	*a = k;
	*b = e;
	return 1;
}

/* Running headers: the lines that repeat, then the lines beside a page
 * number, then the notes at a page's foot that cut a sentence.  Each mark
 * counts for the tests after it (a header dropped before a page number is
 * skipped by the one after it). */
static void
furniture_by_position(struct doclines *L, const struct furnctx *fc)
{
	linelist hits = { 0 };
	size_t li, k;

	for (li = 0; li < L->n; li++)
		if (fc->pn[li] && L->v[li].cls == L_TEXT)
			drop(&L->v[li], DR_PAGENUM);
	repeating_lines(L, fc, &hits);
	for (k = 0; k < hits.n; k++)
		drop(&L->v[hits.v[k]], DR_RUNHEAD);
	VEC_FREE(hits);
	for (li = 0; li < L->n; li++) {
		/* A page reference of a contents column is no page
		 * break. */
		if (L->v[li].cls != L_DROP ||
		    L->v[li].reason != DR_PAGENUM || fc->pn[li] != 1)
			continue;
		for (k = 0; k < 2; k++)
			if (is_header_beside(L, li, (int)k))
				drop(&L->v[k == 0 ?
				    prev_nonblank(L, li, 0) :
				    next_nonblank(L, li, 0)], DR_RUNHEAD);
	}
	for (li = 0; li < L->n; li++) {
		size_t a, b;

		if (L->v[li].cls == L_DROP && L->v[li].reason == DR_PAGENUM &&
		    is_foot_notes(L, li, &a, &b))
			for (k = a; k <= b; k++)
				drop(&L->v[k], DR_FOOTNOTE);
	}
}

int
is_footer_line(const struct doclines *L, const struct line *ln)
{
	char low[64];
	size_t k;
	int known = 0;

	line_lower(L, ln, low, sizeof(low));
	for (k = 0; k < sizeof(footer_starts) / sizeof(*footer_starts);
	    k++)
		if (strncmp(low, footer_starts[k],
		    strlen(footer_starts[k])) == 0)
			known = 1;
	return known || !(ln->nwords > 8 || (ln->flags & LF_TERM) ||
	    ln->style != ST_NONE);
}

/* Forum and blog footers: short lines without a full stop after the last
 * line of running text, up from the end of the document.  Evidence: the
 * position after the last body line, and the form of the line.  The run
 * stops at a line inside a running sentence (a wrapped line of text or of
 * a table cell: "Proportion of the population who" / "trust in ..."), at
 * a table cell (a number, a dash) and at a row of columns (two spaces
 * inside the line): a document that ends in a table keeps it. */
static void
furniture_footer(struct doclines *L)
{
	size_t li, body = NONE, n = 0;

	for (li = L->n; li-- > 0;) {
		const struct line *ln = &L->v[li];

		if (ln->cls == L_TEXT && ln->nwords >= 8 &&
		    (ln->flags & LF_TERM)) {
			body = li;
			break;
		}
	}
	if (body == NONE)
		return;
	for (li = L->n; li-- > body + 1;) {
		struct line *ln = &L->v[li];

		if (ln->cls == L_BLANK || ln->cls == L_DROP)
			continue;
		if (!is_footer_line(L, ln) || in_running_sentence(L, li) ||
		    is_cell_line(L, ln) ||
		    memmem(L->s + ln->ts, ln->te - ln->ts, "  ", 2) != NULL)
			break;
		if (++n > 12)
			break;
		drop(ln, DR_FOOTER);
	}
}

/* Words that may stand before a date: "Updated: 2021-10-20". */
static const char *const date_words[] = {
	"date", "dated", "posted", "published", "released", "updated"
};

static const char *const months[] = {
	"apr", "april", "aug", "august", "dec", "december", "feb", "february",
	"jan", "january", "jul", "july", "jun", "june", "mar", "march", "may",
	"nov", "november", "oct", "october", "sep", "sept", "september"
};

static const char *const weekdays[] = {
	"fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday",
	"thu", "thursday", "tue", "tuesday", "wed", "wednesday"
};

/* A number of a Chinese date at s[*i..e): digits (ASCII or full-width,
 * up to max) or Chinese numerals (二〇一八, 十二), then the unit unit[0..3)
 * (年 月 日); *i moves past it.  0 when it is not there. */
static int
zh_date_part(const char *s, size_t *i, size_t e, int max, const char *unit)
{
	size_t used = 0, k = *i;

	if (zh_digits(s + k, e - k, max, &used) < 0 &&
	    (is_digit(s[k]) || zh_numeral(s + k, e - k, &used) <= 0))
		return 0;
	k += used;
	if (e - k < 3 || memcmp(s + k, unit, 3) != 0)
		return 0;
	*i = k + 3;
	return 1;
}

/*
 * Is s[a..e) only a Chinese date: a year and month and perhaps a day
 * (2018年1月2日, ２０１８年１月２日, 二〇一八年一月二日), in brackets or not
 * (（2018年1月2日） 〔2018年1月2日〕 (2018年1月2日) 【…】 [...]), spaces and
 * U+3000 aside?  A title's date line, as the State Council prints it
 * under an opinion's title.
 */
static int
zh_dateline(const char *s, size_t a, size_t e)
{
	static const char *const open[] = { "\xEF\xBC\x88", "\xE3\x80\x94",
	    "\xE3\x80\x90", "(", "[" };	/* （ 〔 【 ( [ */
	static const char *const close[] = { "\xEF\xBC\x89", "\xE3\x80\x95",
	    "\xE3\x80\x91", ")", "]" };	/* ） 〕 】 ) ] */
	size_t k, ol, cl;

	for (k = 0; k < 5; k++) {
		ol = strlen(open[k]);
		cl = strlen(close[k]);
		if (e - a > ol + cl && memcmp(s + a, open[k], ol) == 0 &&
		    memcmp(s + e - cl, close[k], cl) == 0) {
			a += ol;
			e -= cl;
			break;
		}
	}
	while (a < e && (s[a] == ' ' || (e - a >= 3 &&
	    memcmp(s + a, "\xE3\x80\x80", 3) == 0)))
		a += s[a] == ' ' ? 1 : 3;
	while (e > a && (s[e - 1] == ' ' || (e - a >= 3 &&
	    memcmp(s + e - 3, "\xE3\x80\x80", 3) == 0)))
		e -= s[e - 1] == ' ' ? 1 : 3;
	/* 年 月 日 */
	if (!zh_date_part(s, &a, e, 4, "\xE5\xB9\xB4") ||
	    !zh_date_part(s, &a, e, 2, "\xE6\x9C\x88"))
		return 0;
	if (a < e && !zh_date_part(s, &a, e, 2, "\xE6\x97\xA5"))
		return 0;
	return a == e;
}

/* Is the line only a date, perhaps with a time: 31 December 2016,
 * December 31, 2016, 2021-10-20 14:29, 20/10/2021, Updated: Mon 3 May, or
 * a Chinese one (zh_dateline: （2018年1月2日）)? */
int
is_dateline(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, w0, w1;
	int nyear = 0, nmonth = 0, nday = 0, nother = 0, ntok = 0;

	if ((ln->flags & LF_SPECIAL) && ln->te - ln->ts < 64 &&
	    zh_dateline(s, ln->ts, ln->te))
		return 1;

	if (ln->nwords > 7)
		return 0;
	while (next_word(s, &i, ln->te, &w0, &w1)) {
		char w[32];
		size_t n, k, digits = 0, seps = 0;

		while (w1 > w0 && s[w1 - 1] != '\0' &&
		    strchr(",.:;", s[w1 - 1]) != NULL)
			w1--;
		n = w1 - w0;
		ntok++;
		if (n == 0 || n >= sizeof(w))
			return 0;
		lower_ascii_word(s + w0, n, w, sizeof(w));
		for (k = 0; k < n; k++) {
			if (is_digit(w[k]))
				digits++;
			else if (w[k] != '\0' && strchr("-/.:T", w[k]) != NULL)
				seps++;
		}
		if (digits == n && n == 4)
			nyear++;
		else if (digits == n && n <= 2)
			nday++;
		else if (digits + seps == n && digits >= 6 && seps >= 2)
			nyear++, nmonth++, nday++;	/* 2021-10-20, 20/10/2021 */
		else if (digits + seps == n && digits >= 3 && memchr(w, ':', n))
			nother++;	/* 14:29 */
		else if (in_list(months, sizeof(months) / sizeof(*months), w, n))
			nmonth++;
		else if (in_list(weekdays, sizeof(weekdays) / sizeof(*weekdays),
		    w, n) || in_list(date_words, sizeof(date_words) /
		    sizeof(*date_words), w, n) || strcmp(w, "am") == 0 ||
		    strcmp(w, "pm") == 0 || strcmp(w, "utc") == 0 ||
		    strcmp(w, "gmt") == 0)
			nother++;
		else
			return 0;
	}
	return ntok > 0 && nmonth > 0 && (nyear > 0 || nday > 0);
}

/* Does a short line name a month and hold a digit: a date or a range of
 * dates ("13 May~5 July, 2011")? */
static int
has_date(const struct doclines *L, const struct line *ln)
{
	char low[128];
	size_t k, n, ml;
	const char *p;

	if (ln->cls != L_TEXT || ln->nwords > 8 || !has_digit(L, ln))
		return 0;
	n = line_lower(L, ln, low, sizeof(low));
	for (k = 0; k < sizeof(months) / sizeof(*months); k++) {
		ml = strlen(months[k]);
		for (p = low; (p = strstr(p, months[k])) != NULL; p++)
			if ((p == low || !(p[-1] >= 'a' && p[-1] <= 'z')) &&
			    (size_t)(p - low) + ml <= n &&
			    !(p[ml] >= 'a' && p[ml] <= 'z'))
				return 1;
	}
	return 0;
}

/* A dateline stands alone: a date with another date or range of dates
 * next to it is a row of a timeline or a table. */
static int
is_lone_dateline(struct doclines *L, size_t li)
{
	size_t p = prev_nonblank(L, li, 0), n = next_nonblank(L, li, 0);

	return is_dateline(L, &L->v[li]) &&
	    (p == NONE || !has_date(L, &L->v[p])) &&
	    (n == NONE || !has_date(L, &L->v[n]));
}

int
is_duplicate(const struct doclines *L, const struct line *ln,
    const struct line *prev)
{
	return ln->nwords <= 15 && !(ln->flags & LF_TERM) &&
	    ln->te - ln->ts == prev->te - prev->ts &&
	    memcmp(L->s + ln->ts, L->s + prev->ts, ln->te - ln->ts) == 0;
}

/* A line of running Chinese text: 16 characters or more, one of them CJK
 * (a Chinese sentence has no spaces to count its words by: 16 characters
 * are about the 8 words an English line of running text needs, at the two
 * characters a word of jieba's dictionary averages). */
static int
zh_sentence(const struct doclines *L, const struct line *ln)
{
	size_t i, n = 0;

	if (!(ln->flags & LF_SPECIAL))
		return 0;
	for (i = ln->ts; i < ln->te && n < 16; i++)
		n += ((unsigned char)L->s[i] & 0xC0) != 0x80;
	return n >= 16 && utf8_has_cjk(L->s + ln->ts, ln->te - ln->ts);
}

/*
 * Before the first line of running text (a sentence end on a line of
 * eight words or more, or of Chinese text, zh_sentence): a line that is
 * only a date (a dateline), and a title line that repeats the line before
 * it (a forum thread title and its post's title).
 */
static void
furniture_top(struct doclines *L)
{
	size_t li, prev = NONE;

	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];

		if (ln->cls == L_BLANK || ln->cls == L_DROP)
			continue;
		if ((ln->flags & LF_TERM) && (ln->nwords >= 8 ||
		    zh_sentence(L, ln)))
			break;
		if (!in_running_sentence(L, li) && is_lone_dateline(L, li))
			drop(ln, DR_DATELINE);
		else if (prev != NONE && is_duplicate(L, ln, &L->v[prev]))
			drop(ln, DR_DUPLICATE);
		prev = li;
	}
}

void
furniture_mark(struct doclines *L)
{
	struct furnctx fc;

	furniture_context(L, &fc);
	furniture_by_content(L, &fc);
	furniture_by_position(L, &fc);
	furniture_footer(L);
	furniture_top(L);
	furniture_context_free(&fc);
}

/*
 * Notes at a page's foot that the footnote rule does not drop are moved:
 * the lines of each block is_foot_notes finds over a page number still
 * dropped (the rules turned off are text again by now, so a page number
 * kept as text, or a running header kept between the notes and it, is no
 * page break the sentence can cross) become L_NOTE, and para.c gives them
 * out as paragraphs of their own after the paragraph whose sentence they
 * cut, which joins across them as across dropped lines.  The evidence is
 * the judge's: the notes stand between the two halves of one sentence, so
 * left in place they cut it in two.  A block one of whose lines a
 * --heading pattern claims stays in place (the pattern wins).
 */
static void
furniture_notes(struct doclines *L, const struct doc_opts *o)
{
	size_t li, a, b, k;
	int level;
	size_t lead;

	for (li = 0; li < L->n; li++) {
		if (L->v[li].cls != L_DROP || L->v[li].reason != DR_PAGENUM ||
		    !is_foot_notes(L, li, &a, &b))
			continue;
		for (k = a; k <= b && o->nheadings > 0; k++)
			if (heading_user(L, o, &L->v[k], &level, &lead))
				break;
		if (o->nheadings > 0 && k <= b)
			continue;
		for (k = a; k <= b; k++)
			L->v[k].cls = L_NOTE;
	}
}

/* furniture_mark marks with every rule; the options keep the lines of
 * the rules they turn off, and those a --heading pattern claims; notes
 * the footnote rule does not drop are moved (furniture_notes). */
void
furniture_run(struct doclines *L, const struct doc_opts *o)
{
	size_t li;
	int level;
	size_t lead;

	furniture_mark(L);
	if (o->nodrop == 0 && o->nheadings == 0)
		return;
	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];

		if (ln->cls != L_DROP || ln->reason == DR_CONTROL)
			continue;
		if ((o->nodrop & (UINT32_C(1) << ln->reason)) ||
		    (o->nheadings > 0 &&
		    heading_user(L, o, ln, &level, &lead))) {
			ln->cls = L_TEXT;
			ln->reason = DR_NONE;
		}
	}
	if (o->nodrop & (UINT32_C(1) << DR_FOOTNOTE))
		furniture_notes(L, o);
}

/* The registry: one line each, what the rule drops and on what evidence
 * (keep it true to the rule's judge above). */
const struct drop_rule drop_rules[] = {
	{ DR_PAGENUM, "page-number",
	  "a line that is only a page number: 12, Page 3, - 4 -, [5], 12 / 40",
	  "the whole line is the number (at most 4 digits)", 0 },
	{ DR_RUNHEAD, "running-header",
	  "a short line repeated as page headers and footers are",
	  "the same text 3 times, or 3 lines alike but for a number that "
	  "rises with the pages; or a title-like line alone beside a page "
	  "number where the text runs on across the page break", 0 },
	{ DR_LANGMENU, "language-menu",
	  "a menu of language names in their own script (English Deutsch ...)",
	  "most of its words (3 in 5) are language names", 0 },
	{ DR_BREADCRUMB, "breadcrumb",
	  "a trail like Home > News > Page",
	  "two or more > >> / separators between words, no number, no "
	  "final punctuation", 0 },
	{ DR_NAVMENU, "navigation",
	  "a navigation bar: A | B | C, or Home About Us News",
	  "two or more | between words, or a title-like line of 3+ words "
	  "starting with Home and without punctuation", 0 },
	{ DR_UIWORD, "interface-word",
	  "a lone interface word (Search, Menu, Back to top) or a share bar",
	  "the whole line is one such word, or only share words with a "
	  "network name", 0 },
	{ DR_COPYRIGHT, "copyright",
	  "a copyright line",
	  "it starts with Copyright, (c) or the copyright sign, or says "
	  "all rights reserved", 0 },
	{ DR_FOOTER, "footer",
	  "forum or blog footer lines after the text",
	  "short lines without a full stop (or Posted by, Tags: ...) after "
	  "the last line of running text, at most 12", 0 },
	{ DR_DATELINE, "dateline",
	  "a line that is only a date (and time) before the text, or a Chinese date under the title: （2018年1月2日）",
	  "before the first line of running text (a sentence end on a line of 8 words or more, or of 16 characters of Chinese)", 0 },
	{ DR_DUPLICATE, "duplicate",
	  "a title line repeating the line before it",
	  "before the first line of running text, short, no full stop", 0 },
	{ DR_BYLINE, "byline",
	  "a byline or credit: By Jane Doe, Posted by ..., Editing by ...",
	  "it starts with By (then a name, no comma), Posted by, Written "
	  "by, Reporting by, Edited by ...", 0 },
	{ DR_COOKIE, "cookie-notice",
	  "a cookie notice",
	  "it speaks of cookies and of accepting, consent or a cookie "
	  "policy", 0 },
	{ DR_FOOTNOTE, "footnote",
	  "notes at the foot of a page between the halves of a sentence "
	  "(unless asked for, they are moved instead: paragraphs of their "
	  "own after the paragraph whose sentence they cut, which joins "
	  "across them)",
	  "up to 40 text lines right above a page number, the first "
	  "starting with a note number (1 to 3 digits, a space) or going on "
	  "with a note that ends mid-sentence above the page number before, "
	  "below a blank line and a line that ends mid-sentence, which goes "
	  "on after the page break in lower case (or after a comma, function "
	  "word or hyphen); dropped only when asked for (--drop=+footnote): "
	  "notes are the author's text", 1 },
};
const size_t ndrop_rules = sizeof(drop_rules) / sizeof(drop_rules[0]);

int
drop_rule_find(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < ndrop_rules; k++)
		if (strlen(drop_rules[k].name) == n &&
		    memcmp(drop_rules[k].name, s, n) == 0)
			return drop_rules[k].reason;
	return DR_NONE;
}

const char *
doc_reason_name(int reason)
{
	size_t k;

	if (reason == DR_NONE)
		return "none";
	if (reason == DR_CONTROL)
		return "control";
	for (k = 0; k < ndrop_rules; k++)
		if (drop_rules[k].reason == reason)
			return drop_rules[k].name;
	return "other";
}
