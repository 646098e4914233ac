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

int
is_copyright(const char *low)
{
	return strncmp(low, "copyright", 9) == 0 ||
	    strncmp(low, "\xc2\xa9", 2) == 0 ||
	    strncmp(low, "(c) ", 4) == 0 ||
	    strstr(low, "all rights reserved") != NULL;
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
	cand_ui = ln->nwords <= 4;
	cand_crumb = (ln->flags & LF_SPECIAL) != 0;
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

/* Lines that are furniture by their own content. */
static void
furniture_by_content(struct doclines *L)
{
	size_t li;
	int r;

	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];

		if (ln->cls == L_TEXT && (r = content_reason(L, ln)) != DR_NONE)
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
};

#define VARY_NONE	((size_t)-1)
#define VARY_MANY	((size_t)-2)

struct rungroup {
	size_t	 n;		/* members */
	size_t	 first, prev;	/* first member, and the one before */
	size_t	 vary;		/* the one number that varies, or VARY_* */
	int	 pages;		/* that number counts pages */
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

/* The line's text as a key: exact, or (alike) each run of digits one #,
 * its numbers pushed onto nums (UINT64_MAX for one too long to count
 * pages). */
static void
runhead_key(const struct doclines *L, const struct line *ln, int alike,
    struct str *key, struct numvec *nums)
{
	const char *s = L->s;
	size_t i, j;

	str_clear(key);
	if (!alike) {
		str_add(key, s + ln->ts, ln->te - ln->ts);
		return;
	}
	for (i = ln->ts; i < ln->te; i = j) {
		struct runnum r;
		uint64_t v = 0;

		if (!is_digit(s[i])) {
			str_addc(key, s[i]);
			j = i + 1;
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
 * Repeating means the same text three times or more, or three or more
 * lines that differ only in one number that counts pages: it begins or
 * ends the line and rises with the page breaks (by as many as there are
 * form feeds between two of them, or, with no form feed in the document,
 * by at most one a PAGE_MINLINES lines).  Other numbers count: "Heading
 * 1", "Heading 2" ... and "Saturday, January 5, 1788", "Saturday,
 * January 19, 1788" are different lines.
 */
typedef VEC(size_t) linelist;

/* The lines that repeat as running headers do, in *hits (line indices,
 * in order). */
static void
repeating_lines(struct doclines *L, linelist *hits)
{
	struct ht exact, alike;
	struct str key = { 0 };
	VEC(struct runcand) cands = { 0 };
	VEC(struct rungroup) groups = { 0 };
	struct numvec nums = { 0 };
	size_t li, i, j, ffpos = 0, nff = 0;
	int hasff = L->len > 0 && memchr(L->s, '\f', L->len) != NULL;

	ht_init(&exact, 64);
	ht_init(&alike, 64);
	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];
		struct runcand c = { 0 };
		struct ht_entry *e;
		int isnew;

		if (ln->cls != L_TEXT || ln->nwords > 10 || ln->nwords < 2 ||
		    (ln->flags & (LF_TERM | LF_LIST)) || ln->style != ST_NONE ||
		    !(is_title(L, ln) ||
		    has_digit(L, ln)) || is_atx_heading(L, ln))
			continue;
		ln->flags |= LF_RUNCAND;
		for (; ffpos < ln->ts; ffpos++)
			nff += L->s[ffpos] == '\f';
		runhead_key(L, ln, 0, &key, &nums);
		ht_upsert(&exact, key.s, key.n, NULL)->val++;
		c.li = li;
		c.ff = nff;
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
		    (c->li - p->li) / PAGE_MINLINES < b - a))
			g->pages = 0;
		g->prev = i;
	}
	for (i = 0; i < cands.n; i++) {
		const struct runcand *c = &cands.v[i];
		const struct rungroup *g = &groups.v[c->group];
		struct line *ln = &L->v[c->li];
		struct ht_entry *e;

		runhead_key(L, ln, 0, &key, &nums);
		e = ht_get(&exact, key.s, key.n);
		if ((e != NULL && e->val >= 3) ||
		    (g->n >= 3 && g->vary < VARY_MANY && g->pages))
			VEC_PUSH(*hits, c->li);
	}
	ht_free(&exact);
	ht_free(&alike);
	str_free(&key);
	VEC_FREE(cands);
	VEC_FREE(groups);
	VEC_FREE(nums);
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

/* Running headers: the lines that repeat, then the lines beside a page
 * number.  Each mark counts for the tests after it (a header dropped
 * before a page number is skipped by the one after it). */
static void
furniture_by_position(struct doclines *L)
{
	linelist hits = { 0 };
	size_t li, k;

	repeating_lines(L, &hits);
	for (k = 0; k < hits.n; k++)
		drop(&L->v[hits.v[k]], DR_RUNHEAD);
	VEC_FREE(hits);
	for (li = 0; li < L->n; li++) {
		if (L->v[li].cls != L_DROP ||
		    L->v[li].reason != DR_PAGENUM)
			continue;
		for (k = 0; k < 2; k++)
			if (is_header_beside(L, li, (int)k))
				drop(&L->v[k == 0 ?
				    prev_nonblank(L, li, 0) :
				    next_nonblank(L, li, 0)], DR_RUNHEAD);
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
 * line of running text. */
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
		if (!is_footer_line(L, ln))
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

/* Is the line only a date, perhaps with a time: 31 December 2016,
 * December 31, 2016, 2021-10-20 14:29, 20/10/2021, Updated: Mon 3 May? */
int
is_dateline(const struct doclines *L, const struct line *ln)
{
	const char *s = L->s;
	size_t i = ln->ts, w0, w1;
	int nyear = 0, nmonth = 0, nday = 0, nother = 0, ntok = 0;

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

int
is_duplicate(const struct doclines *L, const struct line *ln,
    const struct line *prev)
{
	return ln->nwords <= 15 && !(ln->flags & LF_TERM) &&
	    ln->te - ln->ts == prev->te - prev->ts &&
	    memcmp(L->s + ln->ts, L->s + prev->ts, ln->te - ln->ts) == 0;
}

/*
 * Before the first line of running text: a line that is only a date (a
 * dateline), and a title line that repeats the line before it (a forum
 * thread title and its post's title).
 */
static void
furniture_top(struct doclines *L)
{
	size_t li, prev = NONE;

	for (li = 0; li < L->n; li++) {
		struct line *ln = &L->v[li];

		if (ln->cls == L_BLANK || ln->cls == L_DROP)
			continue;
		if (ln->nwords >= 8 && (ln->flags & LF_TERM))
			break;
		if (is_dateline(L, ln))
			drop(ln, DR_DATELINE);
		else if (prev != NONE && is_duplicate(L, ln, &L->v[prev]))
			drop(ln, DR_DUPLICATE);
		prev = li;
	}
}

void
furniture_mark(struct doclines *L)
{
	furniture_by_content(L);
	furniture_by_position(L);
	furniture_footer(L);
	furniture_top(L);
}

/* furniture_mark marks with every rule; the options keep the lines of
 * the rules they turn off, and those a --heading pattern claims. */
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
}

/* The registry: one line each, what the rule drops and on what evidence
 * (keep it true to the rule's judge above). */
const struct drop_rule drop_rules[] = {
	{ DR_PAGENUM, "page-number",
	  "a line that is only a page number: 12, Page 3, - 4 -, [5], 12 / 40",
	  "the whole line is the number (at most 4 digits)" },
	{ DR_RUNHEAD, "running-header",
	  "a short line repeated as page headers and footers are",
	  "the same text 3 times, or 3 lines alike but for a number that "
	  "rises with the pages; or a title-like line alone beside a page "
	  "number where the text runs on across the page break" },
	{ DR_LANGMENU, "language-menu",
	  "a menu of language names in their own script (English Deutsch ...)",
	  "most of its words (3 in 5) are language names" },
	{ DR_BREADCRUMB, "breadcrumb",
	  "a trail like Home > News > Page",
	  "two or more > >> / separators between words, no number, no "
	  "final punctuation" },
	{ DR_NAVMENU, "navigation",
	  "a navigation bar: A | B | C, or Home About Us News",
	  "two or more | between words, or a title-like line of 3+ words "
	  "starting with Home and without punctuation" },
	{ DR_UIWORD, "interface-word",
	  "a lone interface word (Search, Menu, Back to top) or a share bar",
	  "the whole line is one such word, or only share words with a "
	  "network name" },
	{ DR_COPYRIGHT, "copyright",
	  "a copyright line",
	  "it starts with Copyright, (c) or the copyright sign, or says "
	  "all rights reserved" },
	{ DR_FOOTER, "footer",
	  "forum or blog footer lines after the text",
	  "short lines without a full stop (or Posted by, Tags: ...) after "
	  "the last line of running text, at most 12" },
	{ DR_DATELINE, "dateline",
	  "a line that is only a date (and time) before the text",
	  "before the first line of running text" },
	{ DR_DUPLICATE, "duplicate",
	  "a title line repeating the line before it",
	  "before the first line of running text, short, no full stop" },
	{ DR_BYLINE, "byline",
	  "a byline or credit: By Jane Doe, Posted by ..., Editing by ...",
	  "it starts with By (then a name, no comma), Posted by, Written "
	  "by, Reporting by, Edited by ..." },
	{ DR_COOKIE, "cookie-notice",
	  "a cookie notice",
	  "it speaks of cookies and of accepting, consent or a cookie "
	  "policy" },
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
