/*
 * test_overstrike: the view of overprinted text (overstrike.c) from
 * strings: the runs it collapses (k = 2, 3, 4, punctuation, digits, a
 * doubled letter, a dash of three bytes, short runs beside a long one of
 * the same k), the text it must leave alone,
 * and the map of view offsets to source offsets, for one offset and for
 * a paragraph's pieces.
 */
#include <string.h>

#include "doc.h"
#include "overstrike.h"

#include "check.h"

static struct overstrike O;
static char view[512];

/* The view of s, NUL-terminated in view[]. */
static const char *
collapsed(const char *s)
{
	overstrike_view(&O, s, strlen(s));
	CHECK(O.n < sizeof(view));
	memcpy(view, O.s, O.n);
	view[O.n] = '\0';
	return view;
}

/* Is s its own view: nothing collapsed, no copy, no map? */
static int
untouched(const char *s)
{
	overstrike_view(&O, s, strlen(s));
	return O.s == s && O.n == strlen(s) && O.map.segs.n == 0;
}

int
main(void)
{
	const char *s;
	struct piece pc[2];
	struct para p;

	/* k = 2, 3 and 4; spaces printed k times or kept. */
	CHECK(strcmp(collapsed("EEXXEECCUUTTIIVVEE  SSUUMMMMAARRYY\n"),
	    "EXECUTIVE SUMMARY\n") == 0);
	CHECK(strcmp(collapsed("TTThhheee   ppplllaaannn,,, (((222000111666)))...\n"),
	    "The plan, (2016).\n") == 0);
	CHECK(strcmp(collapsed("iiii....  OOOOvvvveeeerrrrvvvviiiieeeewwww    \n"),
	    "i. Overview    \n") == 0);
	CHECK(strcmp(collapsed("IIIIIIII....    NNNNEEEEEEEEDDDD    FFFFOOOORRRR"),
	    "II. NEED FOR") == 0);
	/* A roman numeral may run three in a row; a dash is three bytes. */
	CHECK(strcmp(collapsed("iiiiiiiiiiii....  RRRReeeeggggiiiioooonnnnaaaallll"),
	    "iii. Regional") == 0);
	CHECK(strcmp(collapsed("FFFFIIIIVVVVEEEE ––––YYYYEEEEAAAARRRR"),
	    "FIVE –YEAR") == 0);
	CHECK(strcmp(collapsed("sssseeeellllffff----rrrreeeelllliiiiaaaannnncccceeee"),
	    "self-reliance") == 0);
	/* Runs inside ordinary text; a word printed twice among words
	 * printed four times is no part of their run. */
	CHECK(strcmp(collapsed("Short Term  IIIIddddeeeennnnttttiiiiffffyyyy    "
	    "CCCCNNNNIIIIIIII and more\n"),
	    "Short Term  Identify CNII and more\n") == 0);
	CHECK(strcmp(collapsed("WWII  OOOOvvvveeeerrrr"), "WWII  Over") == 0);
	/* Punctuation printed once after a word stays. */
	CHECK(strcmp(collapsed("(1) AAAArrrrttttssss    ttttrrrreeeeaaaattttmmmmeeeennnntttt): arts"),
	    "(1) Arts treatment): arts") == 0);
	CHECK(strcmp(collapsed("TTTThhhheeee::::  PPPPllllaaaannnn.  Done"),
	    "The: Plan.  Done") == 0);
	/* A tab or a line end ends a run: each line is judged alone. */
	CHECK(strcmp(collapsed("AAAAPPPPPPPPEEEENNNNDDDDIIIIXXXX\r\nok\tGGGGLLLLOOOOSSSSSSSSAAAARRRRYYYY"),
	    "APPENDIX\r\nok\tGLOSSARY") == 0);

	/* Short runs (a bold table cell) only beside a strong run of the
	 * same k, anywhere in the document; one character alone never. */
	CHECK(strcmp(collapsed("NNNNoooo....\tiiiinnnn 2222000011119999\t111100000000\n"
	    "IIII\t....\t((((%%%%))))\tNNoo..\n"
	    "SSSSUUUUMMMMMMMMAAAARRRRYYYY\n"),
	    "No.\tin 2019\t111100000000\nIIII\t....\t((((%%%%))))\tNNoo..\nSUMMARY\n") == 0);
	CHECK(untouched("NNNNoooo....\tiiiinnnn 2222000011119999\t111100000000\n"));
	CHECK(untouched("NNoo.. iinn 22001199 SSSSUUUUMMMM\n"));
	/* A short run among ordinary words is no cell. */
	CHECK(strcmp(collapsed("EEXXEECCUUTTIIVVEE SSUUMMMMAARRYY\n"
	    "After WWII it grew.\nNNoo..  \n"),
	    "EXECUTIVE SUMMARY\nAfter WWII it grew.\nNo.  \n") == 0);

	/* Text it must leave alone. */
	CHECK(untouched("Mississippi committee aaa zzz Hmmmm oops"));
	CHECK(untouched("Mississippi. (committee) aaa: zzz! Hmmmm? oops..."));
	CHECK(untouched("IIII. The fourth item\nIIII\n"));
	CHECK(untouched("====\n....\n----\n________\n"));
	CHECK(untouched("xx xx xx\nxxxx-xxxx xxxx-xxxx\nAA BB CC DD\n"));
	CHECK(untouched("Dates as YYYYMMDD or HHMMSS, colours as RRGGBB."));
	CHECK(untouched("ll ee ss 1122 3344 5566"));
	CHECK(untouched("aabb ccdd"));		/* no word of 3 letters */
	CHECK(untouched("\xff\xff\xff\xff" "AAAABBBBCCCC"));	/* --lossy */
	CHECK(untouched(""));
	/* Runs of 4, 4, 4 and 6: no one k. */
	CHECK(untouched("OOOOvvvveeeerrrrrr"));

	/* The map: each collapsed character to its k copies, the spaces
	 * between as a block, the text after shifted. */
	s = "iiii....  OOOOvvvveeeerrrrvvvviiiieeeewwww\nplain text";
	CHECK(strcmp(collapsed(s), "i. Overview\nplain text") == 0);
	CHECK(overstrike_src(&O, 0, 0) == 0);
	CHECK(overstrike_src(&O, 1, 0) == 4);	/* "." */
	CHECK(overstrike_src(&O, 2, 1) == 8);	/* its end */
	CHECK(overstrike_src(&O, 2, 0) == 8);	/* the two spaces */
	CHECK(overstrike_src(&O, 3, 1) == 10);
	CHECK(overstrike_src(&O, 3, 0) == 10);	/* "O" */
	CHECK(overstrike_src(&O, 4, 0) == 14);	/* "v" */
	CHECK(overstrike_src(&O, 11, 1) == 42);	/* the end of "Overview" */
	CHECK(overstrike_src(&O, 12, 0) == 43);	/* "plain" */
	CHECK(overstrike_src(&O, 22, 1) == 53);	/* the end */

	/* A paragraph built on the view: one piece, its bytes, and one
	 * space for the line end; mapped, every word has its source span. */
	memset(&p, 0, sizeof(p));
	pc[0] = (struct piece){ 0, 11, 0, 11 };
	pc[1] = (struct piece){ 11, 1, 11, 1 };
	p.pieces = pc;
	p.npieces = 2;
	p.len = 12;
	p.start = 0;
	p.end = 12;
	overstrike_para(&O, &p);
	CHECK(p.start == 0 && p.end == 43);
	CHECK(para_src_start(&p, 0) == 0 && para_src_end(&p, 1) == 4);
	CHECK(para_src_start(&p, 1) == 4 && para_src_end(&p, 2) == 8);
	CHECK(para_src_start(&p, 3) == 10 && para_src_end(&p, 11) == 42);
	CHECK(para_src_start(&p, 11) == 42 && para_src_end(&p, 12) == 43);
	/* Nothing collapsed: the paragraph is left as it is. */
	CHECK(untouched("plain text"));
	pc[0] = (struct piece){ 0, 5, 0, 5 };
	p.pieces = pc;
	p.npieces = 1;
	p.start = 0;
	p.end = 5;
	overstrike_para(&O, &p);
	CHECK(p.pieces == pc && p.npieces == 1 && p.end == 5);
	overstrike_free(&O);
	printf("test_overstrike: %d checks passed\n", nchecks);
	return 0;
}
