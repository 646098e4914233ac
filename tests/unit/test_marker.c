/*
 * test_marker: the numbering markers, roman numerals, sentence-final
 * characters and word lists of the line stages (marker.c), from strings.
 */
#include <string.h>

#include "marker.h"

#include "check.h"

static int
pm(const char *s, struct marker *m)
{
	return parse_marker(s, strlen(s), m);
}

int
main(void)
{
	struct marker m;
	char buf[8];

	/* A series' numbering: a word, No. and a number alone on the line;
	 * not with text after it, not "No." alone or without its space. */
	CHECK(pm("FEDERALIST No. 10", &m) && m.style == ST_CHAPTER_LAST &&
	    m.nnum == 1 && m.num[0] == 10 && m.len == 17);
	CHECK(pm("Paper No. 3.", &m) && m.style == ST_CHAPTER_LAST &&
	    m.num[0] == 3);
	CHECK(!pm("Proposition No. 56 LS (2017-2018) Act on data", &m) ||
	    m.style != ST_CHAPTER_LAST);
	CHECK(!pm("No. 10", &m) || m.style != ST_CHAPTER_LAST);
	CHECK(!pm("FEDERALIST No.10", &m) || m.style != ST_CHAPTER_LAST);
	/* A. is a letter's numbering; P. O. and J. R. are initials. */
	CHECK(pm("A. The Board", &m) && m.style == ST_ALPHA && m.num[0] == 1);
	CHECK(!pm("P. O. Box 2782", &m) || m.style != ST_ALPHA);
	CHECK(!pm("J. R. Smith", &m) || m.style != ST_ALPHA);

	/* Dotted decimal: its numbers, and the marker with its space. */
	CHECK(pm("2.1 Scope", &m) && m.style == ST_DECIMAL && m.nnum == 2 &&
	    m.num[0] == 2 && m.num[1] == 1 && m.len == 4 && !m.weak &&
	    !m.list);
	CHECK(pm("1  Introduction", &m) && m.style == ST_DECIMAL &&
	    m.nnum == 1 && m.num[0] == 1 && m.len == 3 && !m.weak);
	/* One number and one space: a weak marker. */
	CHECK(pm("1 Introduction", &m) && m.style == ST_DECIMAL && m.weak &&
	    m.len == 2);
	/* A heading style wants a capital after it. */
	CHECK(!pm("1. the rest", &m));
	CHECK(pm("1. The rest", &m) && m.style == ST_DECIMAL && m.len == 3);
	CHECK(!pm("1 the rest", &m));
	/* List items. */
	CHECK(pm("1) item", &m) && m.style == ST_LIST && m.list && m.len == 3);
	CHECK(pm("(a) item", &m) && m.style == ST_LIST && m.list &&
	    m.len == 4);
	CHECK(pm("iv) item", &m) && m.style == ST_LIST && m.len == 4);
	CHECK(pm("\xE2\x80\xA2 item", &m) && m.style == ST_LIST && m.list &&
	    m.len == 4);
	CHECK(!pm("**bold**", &m));
	CHECK(!pm("word", &m));
	/* Chinese numerals and 第X章 / 第X条 (issue 13). */
	{
		size_t u;

		CHECK(zh_numeral("七十九条", 12, &u) == 79 && u == 9);
		CHECK(zh_numeral("十二", 6, &u) == 12 && u == 6);
		CHECK(zh_numeral("一百零五", 12, &u) == 105);
		CHECK(zh_numeral("两千〇一", 12, &u) == 2001);
		CHECK(zh_numeral("12条", 5, &u) == 12 && u == 2);
		CHECK(zh_numeral("条", 3, &u) == 0 && u == 0);
	}
	CHECK(pm("第七十九条", &m) && m.style == ST_CHAPTER + 3 &&
	    m.num[0] == 79 && m.len == 15);
	CHECK(pm("第一章　总则", &m) && m.style == ST_CHAPTER &&
	    m.num[0] == 1 && m.len == 12);
	CHECK(pm("第二编", &m) && m.style == ST_CHAPTER + 1);
	CHECK(pm("第三节 一般规定", &m) && m.style == ST_CHAPTER + 2);
	CHECK(!pm("第一次会议在北京举行。", &m));
	CHECK(!pm("第一条例", &m));
	/* The same in traditional characters (編 節 條). */
	CHECK(pm("第七十九條", &m) && m.style == ST_CHAPTER + 3 &&
	    m.num[0] == 79);
	CHECK(pm("第二編", &m) && m.style == ST_CHAPTER + 1);
	CHECK(pm("第三節　一般規定", &m) && m.style == ST_CHAPTER + 2);
	CHECK(!pm("第一條例", &m));
	CHECK(!pm("第一次會議", &m));
	/* The Chinese numbering styles: their number, the marker with the
	 * U+3000 or spaces after it; Chinese text must follow. */
	CHECK(pm("一、新时代", &m) && m.style == ST_ZH_ORD && m.num[0] == 1 &&
	    m.len == 6 && !m.list);
	CHECK(pm("十二、坚持", &m) && m.style == ST_ZH_ORD && m.num[0] == 12);
	CHECK(pm("（三）基本原则", &m) && m.style == ST_ZH_PORD &&
	    m.num[0] == 3 && m.len == 9);
	CHECK(pm("(十一)　目标", &m) && m.style == ST_ZH_PORD &&
	    m.num[0] == 11 && m.len == 11);
	CHECK(pm("1．标题", &m) && m.style == ST_ZH_NUM && m.num[0] == 1 &&
	    m.len == 4);
	CHECK(pm("１２．标题", &m) && m.style == ST_ZH_NUM && m.num[0] == 12 &&
	    m.len == 9);
	CHECK(pm("3.标题", &m) && m.style == ST_ZH_NUM && m.len == 2);
	CHECK(pm("4、标题", &m) && m.style == ST_ZH_NUM && m.len == 4);
	CHECK(pm("（１）标题", &m) && m.style == ST_ZH_PNUM && m.num[0] == 1);
	CHECK(pm("(2)“标题”", &m) && m.style == ST_ZH_PNUM && m.num[0] == 2);
	CHECK(pm("⑳标题", &m) && m.style == ST_ZH_CIRCLED && m.num[0] == 20 &&
	    m.len == 3);
	CHECK(!pm("一、二、三产业", &m));
	CHECK(!pm("1．5亿元", &m));
	CHECK(!pm("2018年", &m));
	CHECK(!pm("（2018年1月2日）", &m));
	CHECK(!pm("三农工作", &m));
	CHECK(!pm("十分重要", &m));
	CHECK(pm("1. Introduction", &m) && m.style == ST_DECIMAL);
	CHECK(pm("(1) The", &m) && m.style == ST_PAREN);
	CHECK(!is_zh_style(ST_PAREN) && is_zh_style(ST_ZH_CIRCLED));
	{
		size_t u;

		CHECK(zh_digits("１２．", 9, 3, &u) == 12 && u == 6);
		CHECK(zh_digits("2018年", 7, 4, &u) == 2018 && u == 4);
		CHECK(zh_digits("2018年", 7, 3, &u) == -1);
		CHECK(zh_digits("年", 3, 3, &u) == -1 && u == 0);
	}
	/* Which line ends join without a space. */
	CHECK(cjk_unspaced(0x7F51, 0x5B89));	/* 网 安 */
	CHECK(cjk_unspaced(0xFF1A, 0x201C));	/* ： “ */
	CHECK(cjk_unspaced(0x201D, 0x5DE5));	/* ” 工 */
	CHECK(!cjk_unspaced(0x2014, 0x201C));	/* — “: English */
	CHECK(!cjk_unspaced(0x7F51, 'A') && !cjk_unspaced('1', 0x4EBF));
	CHECK(is_zh_clause_end(0xFF1B) && is_zh_clause_end(',') &&
	    !is_zh_clause_end(0x201D));
	CHECK(!pm("", &m));
	/* (1) (12) */
	CHECK(pm("(12) Text", &m) && m.style == ST_PAREN && m.num[0] == 12 &&
	    m.len == 5);
	/* Chapter words, each a style of its own; annexes by letter. */
	CHECK(pm("Chapter IV. Results", &m) && m.style == ST_CHAPTER &&
	    m.num[0] == 4 && m.nnum == 1 && m.len == 12);
	CHECK(pm("PART 2 Scope", &m) && m.style == ST_CHAPTER + 1 &&
	    m.num[0] == 2);
	CHECK(pm("Annex B Title", &m) && m.style == ST_CHAPTER + 4 &&
	    m.num[0] == 2);
	CHECK(is_chapter(ST_CHAPTER + 4) && !is_chapter(ST_ROMAN));
	CHECK(!pm("Chapter and verse", &m));
	/* Roman numerals; "I, too" is the pronoun. */
	CHECK(pm("III. Findings", &m) && m.style == ST_ROMAN &&
	    m.num[0] == 3 && m.len == 5);
	CHECK(!pm("I, too, was there", &m));
	CHECK(pm("I, The Start", &m) && m.style == ST_ROMAN);
	/* A bullet before a roman heading number. */
	CHECK(pm("- III. Scope", &m) && m.style == ST_ROMAN && m.broman &&
	    m.num[0] == 3 && m.len == 7);
	CHECK(pm("A. Title", &m) && m.style == ST_ALPHA && m.num[0] == 1 &&
	    m.len == 3);

	CHECK(roman_value("XIV", 3) == 14);
	CHECK(roman_value("XC", 2) == 90);
	CHECK(roman_value("IIII", 4) == 0);	/* not canonical */
	CHECK(roman_value("VX", 2) == 0);
	CHECK(roman_value("", 0) == 0);
	CHECK(lower_roman("xii", 3) == 12);
	CHECK(lower_roman("xij", 3) == 0);

	CHECK(is_terminal('.') && is_terminal('?') && is_terminal(0x3002) &&
	    is_terminal(0x2026) && !is_terminal(',') && !is_terminal(':'));
	CHECK(is_closer('"') && is_closer(0x201D) && is_closer(')') &&
	    !is_closer('a') && !is_closer('('));
	/* the Chinese marks of GB/T 15834-2011 */
	CHECK(is_closer(0x300D) && is_closer(0xFF09) && is_closer(0xFF02) &&
	    !is_closer(0x300C) && !is_closer(0xFF08));	/* 」 ） ＂, not 「 （ */
	CHECK(is_close_quote(0x201D) && is_close_quote(0x300F) &&
	    is_close_quote(0xFF02) && !is_close_quote(0xFF09) &&
	    !is_close_quote(')') && !is_close_quote(0x201C));
	CHECK(is_cjk_stop(0x3002) && is_cjk_stop(0xFF01) &&
	    is_cjk_stop(0xFF1F) && is_cjk_stop(0xFF61) &&
	    !is_cjk_stop(0xFF0E) && !is_cjk_stop(0xFF1B) && !is_cjk_stop('.'));
	CHECK(is_terminal(0xFF0E) && is_terminal(0xFF01) &&
	    !is_terminal(0xFF1B) && !is_terminal(0xFF0C));
	CHECK(is_ellipsis(0x2026) && is_ellipsis(0x22EF) && !is_ellipsis('.'));
	CHECK(is_pause(0xFF0C) && is_pause(0x3001) && is_pause(0xFF1B) &&
	    is_pause(0xFF1A) && is_pause(';') && !is_pause(0x3002) &&
	    !is_pause('.'));
	CHECK(is_ws('\f') && is_ws('\r') && !is_ws('x'));
	CHECK(skip_sp("a  \tb", 1, 5) == 4);

	CHECK(lower_ascii_word("AbC", 3, buf, sizeof(buf)) &&
	    strcmp(buf, "abc") == 0);
	CHECK(!lower_ascii_word("ABCDEFGH", 8, buf, sizeof(buf)));
	CHECK(is_function_word("the", 3) && is_function_word("of", 2) &&
	    !is_function_word("cat", 3) && !is_function_word("th", 2));
	CHECK(is_title_small("via", 3) && !is_title_small("nation", 6));
	/* A word may hold a NUL (--lossy): compared by length. */
	CHECK(!in_list((const char *const[]){ "a" }, 1, "a\0", 2));
	/* A paragraph number: digits, blanks, a capital. */
	CHECK(number_lead("50\t Finally", 11) == 2);
	CHECK(number_lead("7 The", 5) == 1);
	CHECK(number_lead("1234 The", 8) == 0);	/* four digits: a year */
	CHECK(number_lead("50 finally", 10) == 0);
	CHECK(number_lead("50.", 3) == 0 && number_lead("50 ", 3) == 0);
	CHECK(number_lead("Finally", 7) == 0);
	CHECK(lone_bullet("\xe2\x80\x94\t", 4) && lone_bullet("-", 1) &&
	    lone_bullet("\xef\x82\xb7 ", 4));
	CHECK(!lone_bullet("--", 2) && !lone_bullet("\xe2\x80\x94 So", 6) &&
	    !lone_bullet("", 0) && !lone_bullet("x", 1));
	CHECK(is_salutation("Dear readers,", 13));
	CHECK(is_salutation("Dear Sir or Madam:", 18));
	CHECK(!is_salutation("Dear readers", 12));
	CHECK(!is_salutation("Dear Sir, we write,", 19));
	CHECK(!is_salutation("Dear as it was to all of them,", 30));
	CHECK(!is_salutation("Dearest,", 8) && !is_salutation("Dear ,", 6));

	printf("test_marker: %d checks passed\n", nchecks);
	return 0;
}
