/*
 * test_furniture: the furniture rules (furniture.c) from strings, each
 * judged alone, and furniture_mark marking what they judge.
 */
#include <string.h>

#include "doc.h"
#include "furniture.h"
#include "lines.h"
#include "rx.h"

#include "check.h"

static struct doclines L;

static size_t
split(const char *s)
{
	doclines_split(&L, s, strlen(s));
	return L.n;
}

static int
pagenum(const char *s)
{
	return is_page_number(s, strlen(s));
}

/* The reason of the one line of s by its content. */
static int
content(const char *s)
{
	CHECK(split(s) == 1);
	return content_reason(&L, &L.v[0]);
}

/* The registry names every rule once; furniture_run keeps what the
 * options turn off or a --heading pattern claims. */
static void
registry_checks(void)
{
	static const char text[] = "This is the running text of the first "
	    "page, and it goes on.\n\n12\n\n\fAnnual Report\n\nThe text of "
	    "the second page goes on and on here.\n\n\fAnnual Report\n\nThe "
	    "text of the third page goes on and on here.\n\n\fAnnual Report"
	    "\n\nTags: a, b";
	struct doc_opts o = { 0 };
	struct doc_heading h;
	char eb[64];
	size_t k, j;
	int r;

	CHECK(ndrop_rules == DR_CONTROL - 1);
	for (r = DR_NONE + 1; r < DR_CONTROL; r++) {
		size_t n = 0;

		for (k = 0; k < ndrop_rules; k++)
			n += drop_rules[k].reason == r;
		CHECK(n == 1);
	}
	for (k = 0; k < ndrop_rules; k++) {
		const char *nm = drop_rules[k].name;

		CHECK(drop_rule_find(nm, strlen(nm)) == drop_rules[k].reason);
		CHECK(strcmp(doc_reason_name(drop_rules[k].reason), nm) == 0);
		CHECK(drop_rules[k].drops[0] != '\0' &&
		    drop_rules[k].evidence[0] != '\0');
		for (j = k + 1; j < ndrop_rules; j++)
			CHECK(strcmp(nm, drop_rules[j].name) != 0);
	}
	CHECK(drop_rule_find("byline", 5) == DR_NONE);
	CHECK(drop_rule_find("control", 7) == DR_NONE);
	CHECK(drop_rule_find("none", 4) == DR_NONE);
	CHECK(strcmp(doc_reason_name(DR_CONTROL), "control") == 0);

	/* Page numbers kept: still the evidence, the headers still go. */
	o.nodrop = UINT32_C(1) << DR_PAGENUM;
	CHECK(split(text) == 15);
	furniture_run(&L, &o);
	CHECK(L.v[2].cls == L_TEXT && L.v[2].reason == DR_NONE);
	CHECK(L.v[4].cls == L_DROP && L.v[4].reason == DR_RUNHEAD);
	CHECK(L.v[14].cls == L_DROP && L.v[14].reason == DR_FOOTER);
	/* Every rule off: nothing dropped. */
	o.nodrop = ~UINT32_C(0);
	CHECK(split(text) == 15);
	furniture_run(&L, &o);
	for (k = 0; k < L.n; k++)
		CHECK(L.v[k].cls != L_DROP);
	/* A --heading pattern claims the headers back, nothing else. */
	o.nodrop = 0;
	h.rx = rx_compile("^Annual", 7, 0, eb, sizeof(eb));
	h.level = 1;
	CHECK(h.rx != NULL);
	o.headings = &h;
	o.nheadings = 1;
	rx_budget(h.rx, sizeof(text));
	CHECK(split(text) == 15);
	furniture_run(&L, &o);
	CHECK(L.v[4].cls == L_TEXT && L.v[8].cls == L_TEXT &&
	    L.v[12].cls == L_TEXT);
	CHECK(L.v[2].cls == L_DROP && L.v[14].cls == L_DROP);
	rx_free(h.rx);
}

/* Notes at a page's foot between the halves of a sentence: moved
 * (L_NOTE) unless the footnote rule is asked for (then dropped); not
 * when the page number under them stays text, nor below a finished
 * sentence. */
static void
notes_checks(void)
{
	static const char text[] = "The running text of the first page goes "
	    "on and the plan could also\n\n1 For example, a note that\ngoes "
	    "on.\n\n1\n\flead to more text on the second page, which "
	    "ends.\n\n2\n\fThe third page has text.\n\n3\n";
	struct doc_opts o = { 0 };
	size_t k;

	/* Unasked, as docopt.c sets it: the rule keeps its lines. */
	o.nodrop = UINT32_C(1) << DR_FOOTNOTE;
	CHECK(split(text) == 12);
	furniture_run(&L, &o);
	CHECK(L.v[2].cls == L_NOTE && L.v[3].cls == L_NOTE);
	CHECK(L.v[5].cls == L_DROP && L.v[5].reason == DR_PAGENUM);
	CHECK(L.v[0].cls == L_TEXT && L.v[6].cls == L_TEXT);
	CHECK(line_away(&L.v[2]) && !line_away(&L.v[0]));
	CHECK(next_nonblank(&L, 0, 1) == 6 && next_nonblank(&L, 0, 0) == 2);
	/* Asked for: dropped. */
	o.nodrop = 0;
	CHECK(split(text) == 12);
	furniture_run(&L, &o);
	CHECK(L.v[2].cls == L_DROP && L.v[2].reason == DR_FOOTNOTE &&
	    L.v[3].reason == DR_FOOTNOTE);
	/* The page numbers kept: no page break to cross, the notes stay. */
	o.nodrop = UINT32_C(1) << DR_FOOTNOTE | UINT32_C(1) << DR_PAGENUM;
	CHECK(split(text) == 12);
	furniture_run(&L, &o);
	for (k = 0; k < L.n; k++)
		CHECK(L.v[k].cls != L_NOTE);
	/* Below a finished sentence the notes stay. */
	{
		char t2[sizeof(text)];

		memcpy(t2, text, sizeof(text));
		memcpy(strstr(t2, "could also"), "could do. ", 10);
		o.nodrop = UINT32_C(1) << DR_FOOTNOTE;
		CHECK(split(t2) == 12);
		furniture_run(&L, &o);
		for (k = 0; k < L.n; k++)
			CHECK(L.v[k].cls != L_NOTE);
	}
}

int
main(void)
{
	struct line plain = { 0 }, comma = { 0 };
	char low[64];

	comma.flags = LF_COMMA;
	CHECK(pagenum("12") && pagenum("Page 3") && pagenum("- 4 -") &&
	    pagenum("[5]") && pagenum("12 of 40") && pagenum("12 / 40"));
	CHECK(!pagenum("12 apples") && !pagenum("12345") && !pagenum("- 4") &&
	    !pagenum("Page") && !pagenum("12 of"));

	CHECK(is_copyright("copyright 2020 foo inc."));
	CHECK(is_copyright("\xc2\xa9 2020 foo"));
	CHECK(is_copyright("foo inc. all rights reserved."));
	CHECK(!is_copyright("copy this"));
	/* "(c)" and "\xc2\xa9" need a year or the rights: else a list label or
	 * a bullet. */
	CHECK(is_copyright("(c) 2017 company ltd. all rights reserved."));
	CHECK(is_copyright("\xc2\xa9 commonwealth of australia 2020"));
	CHECK(!is_copyright("(c) hello world."));
	CHECK(!is_copyright("\xc2\xa9 establishing roles among organizations"));
	CHECK(!is_copyright("copyrighted works are many"));

	CHECK(is_byline("by jane doe", &plain));
	CHECK(is_byline("posted by adam at 3:45 pm", &plain));
	CHECK(!is_byline("by the end of 2020 we", &plain));
	CHECK(!is_byline("by jane, in paris", &comma));
	CHECK(!is_byline("bypass", &plain));

	CHECK(is_share_bar("share facebook twitter"));
	CHECK(is_share_bar("facebook / twitter / email"));
	CHECK(!is_share_bar("share this"));	/* no network */
	CHECK(!is_share_bar("facebook posts grew"));

	strcpy(low, "search:");
	CHECK(is_ui_word(low) && strcmp(low, "search") == 0);
	strcpy(low, "research");
	CHECK(!is_ui_word(low));

	CHECK(menu_reason("home > news > page", &plain) == DR_BREADCRUMB);
	CHECK(menu_reason("about | news | contact", &plain) == DR_NAVMENU);
	CHECK(menu_reason("china | 2016 | 2021", &plain) == DR_NONE);
	CHECK(menu_reason("home > news", &plain) == DR_NONE);

	CHECK(split("December 31, 2016\nUpdated: 2021-10-20 14:29\n"
	    "December plans\n2016") == 4);
	CHECK(is_dateline(&L, &L.v[0]) && is_dateline(&L, &L.v[1]));
	CHECK(!is_dateline(&L, &L.v[2]) && !is_dateline(&L, &L.v[3]));

	CHECK(split("English Deutsch Fran\xC3\xA7" "ais\nEnglish is spoken") ==
	    2);
	CHECK(is_language_menu(&L, &L.v[0]) && !is_language_menu(&L, &L.v[1]));

	CHECK(split("We use cookies. Accept all cookies to go on.\n"
	    "The cookie jar is empty.") == 2);
	CHECK(is_cookie_notice(&L, &L.v[0]) && !is_cookie_notice(&L, &L.v[1]));

	/* By content, in the order of the rules. */
	CHECK(content("Page 7") == DR_PAGENUM);
	CHECK(content("Copyright 2020 Foo Inc.") == DR_COPYRIGHT);
	CHECK(content("By Jane Doe") == DR_BYLINE);
	CHECK(content("Share Facebook Twitter") == DR_UIWORD);
	CHECK(content("Back to top") == DR_UIWORD);
	CHECK(content("Home > News > Page") == DR_BREADCRUMB);
	CHECK(content("Home About Us News") == DR_NAVMENU);
	CHECK(content("English Deutsch Espa\xC3\xB1ol") == DR_LANGMENU);
	CHECK(content("The text goes on here.") == DR_NONE);
	/* Judging marks nothing. */
	CHECK(L.v[0].cls == L_TEXT);

	/* Inside a running sentence: the line before runs on into it. */
	CHECK(split("The council met and the members\nby a show of hands "
	    "agreed.\n\nBy Jane Doe\nThe Big Title\nBy Jane Doe\n") == 6);
	CHECK(in_running_sentence(&L, 1));
	CHECK(!in_running_sentence(&L, 3));	/* after a blank line */
	CHECK(!in_running_sentence(&L, 5));	/* after a title line */
	/* Bylines only before the first and after the last body line. */
	CHECK(!content_evidence(&L, 1, DR_BYLINE, 0, 6));
	CHECK(content_evidence(&L, 3, DR_BYLINE, 4, 6));
	CHECK(!content_evidence(&L, 3, DR_BYLINE, 0, 6));
	CHECK(!content_evidence(&L, 3, DR_PAGENUM, 0, 0));
	/* A lone number is a page number where the sentence runs across. */
	CHECK(split("The plan that\n\n17\n\nwas agreed.\n\n18\n\nIt ends.\n")
	    == 9);
	CHECK(is_lone_page_number(&L, 2));
	CHECK(!is_lone_page_number(&L, 6));

	/* furniture_mark marks: a page number beside a form feed; a header
	 * that repeats at three page boundaries; a footer after the last line
	 * of running text. */
	CHECK(split("This is the running text of the first page, and it goes "
	    "on.\n\n12\n\n\fAnnual Report\n\nThe text of the second page "
	    "goes on and on here.\n\n\fAnnual Report\n\nThe text of the third "
	    "page goes on and on here.\n\n\fAnnual Report\n\nTags: a, b") ==
	    15);
	furniture_mark(&L);
	CHECK(L.v[0].cls == L_TEXT);
	CHECK(L.v[2].cls == L_DROP && L.v[2].reason == DR_PAGENUM);
	CHECK(L.v[4].cls == L_DROP && L.v[4].reason == DR_RUNHEAD);
	CHECK(L.v[6].cls == L_TEXT);
	CHECK(L.v[8].cls == L_DROP && L.v[8].reason == DR_RUNHEAD);
	CHECK(L.v[12].cls == L_DROP && L.v[12].reason == DR_RUNHEAD);
	CHECK(L.v[14].cls == L_DROP && L.v[14].reason == DR_FOOTER);
	CHECK(is_footer_line(&L, &L.v[14]) && !is_footer_line(&L, &L.v[10]));
	/* Twice is no running header. */
	CHECK(split("Annual Report\n\nThe text goes on and on and on here.\n\n"
	    "Annual Report\n\nThe text goes on and on and on here too.") == 7);
	furniture_mark(&L);
	CHECK(L.v[0].cls == L_TEXT && L.v[4].cls == L_TEXT);
	/* Before the text: a dateline, and a title repeating the line
	 * before it. */
	CHECK(split("Forum Title\nForum Title\nMarch 3, 2020\nThe post itself "
	    "has eight words or more in it.") == 4);
	CHECK(is_duplicate(&L, &L.v[1], &L.v[0]));
	furniture_mark(&L);
	CHECK(L.v[0].cls == L_TEXT);
	CHECK(L.v[1].cls == L_DROP && L.v[1].reason == DR_DUPLICATE);
	CHECK(L.v[2].cls == L_DROP && L.v[2].reason == DR_DATELINE);
	CHECK(strcmp(doc_reason_name(DR_RUNHEAD), "running-header") == 0 &&
	    strcmp(doc_reason_name(99), "other") == 0);
	registry_checks();
	notes_checks();
	doclines_free(&L);
	printf("test_furniture: %d checks passed\n", nchecks);
	return 0;
}
