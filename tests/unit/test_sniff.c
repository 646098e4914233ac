/*
 * test_sniff: what an input is, from its first lines (sniff.c), and the
 * one rule every stream reader applies to a line (doc_stream_line).
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "sniff.h"

#include "check.h"

#define HDR	"doc\tsec\tpar\tsent\tkind\tstart\tend\ttext"
#define REC	"a\t0\t1\t1\ttext\t0\t5\tHello"
#define THDR	"term\tcount\tper_million\trange"

static char why[200];

static int
kind(const char *s)
{
	return sniff(s, strlen(s), 1, why, sizeof(why));
}

static void
test_kinds(void)
{
	CHECK(kind("") == SNIFF_TEXT && why[0] == '\0');
	CHECK(kind("Plain prose.\nMore of it, 12 times.\n") == SNIFF_TEXT);
	CHECK(kind(HDR "\n" REC "\n") == SNIFF_STREAM);
	CHECK(kind(HDR "\ttype\n") == SNIFF_STREAM);	/* tokens */
	CHECK(kind(HDR "\r\n" REC "\r\n") == SNIFF_STREAM);
	CHECK(kind("\xEF\xBB\xBF" HDR "\n" REC "\n") == SNIFF_STREAM);
	CHECK(kind("\n\n" HDR "\n") == SNIFF_STREAM);	/* blank lines first */
	CHECK(kind(THDR "\nsecurity\t4\t2.00\t1\n") == SNIFF_TABLE);
	CHECK(kind("\xEF\xBB\xBF" THDR "\n") == SNIFF_TABLE);
	CHECK(kind("doc\tterm\tcount\tper_million\n") == SNIFF_TABLE);
	CHECK(kind("doc\tsec\tterm\tcount\tper_million\n") == SNIFF_TABLE);
	CHECK(kind("doc\ttokens\ttypes\tttr\n") == SNIFF_TABLE);	/* --stats */
	CHECK(kind("term\tcount_t\tcount_r\n") == SNIFF_TABLE);	/* txkeys' */
	/* An input cut short: its last line is judged on what is there. */
	CHECK(sniff(HDR "\n" REC, strlen(HDR) + 1 + 10, 0, why,
	    sizeof(why)) == SNIFF_STREAM);
}

static void
test_broken_streams(void)
{
	CHECK(kind("doc sec par sent kind start end text\n" REC "\n") ==
	    SNIFF_BAD_STREAM);
	CHECK(strcmp(why, "line 1: not txseg's header (doc sec par sent kind "
	    "start end text, tab-separated)") == 0);
	CHECK(kind("Doc\tSec\tPar\tSent\tKind\tStart\tEnd\tText\n") ==
	    SNIFF_BAD_STREAM);
	CHECK(kind("doc\tsec\tpar\tsent\tstart\tend\ttext\n") ==
	    SNIFF_BAD_STREAM);	/* a column missing */
	CHECK(kind("doc,sec,par,sent,kind,start,end,text\r\n") ==
	    SNIFF_BAD_STREAM);
	CHECK(strcmp(why, "line 1: txseg's header with commas: the tools read "
	    "its TSV stream (make it without --csv)") == 0);
	CHECK(kind(REC "\n" REC "\n") == SNIFF_BAD_STREAM);
	CHECK(strcmp(why, "line 1: a txseg record where txseg's header is "
	    "due") == 0);
	CHECK(kind("\n# my stream\n" REC "\n") == SNIFF_BAD_STREAM);
	CHECK(strcmp(why, "line 2: not txseg's header, yet line 3 is a txseg "
	    "record") == 0);
	/* A record cut by the head is judged on its first seven fields. */
	CHECK(sniff("junk\na\t0\t1\t1\ttext\t0\t5\tHel", 25, 0, why,
	    sizeof(why)) == SNIFF_BAD_STREAM);
	CHECK(sniff("junk\na\t0\t1\t1\ttext\t0\t5", 21, 0, why,
	    sizeof(why)) == SNIFF_TEXT);	/* seven fields, not yet eight */
	/* Prose that starts with "doc" is prose. */
	CHECK(kind("doc: the start of a text\nand its end\n") == SNIFF_TEXT);
}

static void
test_broken_tables(void)
{
	CHECK(kind("term,count,per_million,range\r\nx,1,2.00,1\r\n") ==
	    SNIFF_BAD_TABLE);
	CHECK(strcmp(why, "line 1: a txfreq header with commas: tables are "
	    "read as TSV (make it without --csv)") == 0);
	CHECK(kind("doc,term,count,per_million\r\n") == SNIFF_BAD_TABLE);
	CHECK(kind("Term Count\nx 1\n") == SNIFF_BAD_TABLE);
	CHECK(strcmp(why, "line 1: not a txfreq header (term count ..., "
	    "tab-separated)") == 0);
	CHECK(kind("my word list\nsecurity\t4\t2.00\t1\nstate\t2\t1.00\t1\n") ==
	    SNIFF_BAD_TABLE);
	CHECK(strcmp(why, "line 1: not a txfreq header, yet the lines after it "
	    "are a table's rows") == 0);
	CHECK(kind("security\t4\t2.00\t1\nstate\t2\t1.00\t1\n") ==
	    SNIFF_BAD_TABLE);
	CHECK(strcmp(why, "line 1: a table row where a txfreq header is "
	    "due") == 0);
	/* Rows that differ in shape, or tabs without counts, are text. */
	CHECK(kind("Title\nsecurity\t4\nstate\t2\t1.00\n") == SNIFF_TEXT);
	CHECK(kind("Title\none\ttwo\nthree\tfour\n") == SNIFF_TEXT);
	CHECK(kind("Title\nOne line of prose.\n") == SNIFF_TEXT);
}

static void
test_stream_line(void)
{
	struct doc_record r;

	CHECK(doc_stream_line("", 0, &r) == 0);
	CHECK(doc_stream_line("\r", 1, &r) == 0);
	CHECK(doc_stream_line(HDR, strlen(HDR), &r) == 0);
	CHECK(doc_stream_line(HDR "\r", strlen(HDR) + 1, &r) == 0);
	CHECK(doc_stream_line(REC, strlen(REC), &r) == 1 && r.ltext == 5 &&
	    memcmp(r.text, "Hello", 5) == 0 && r.end == 5);
	CHECK(doc_stream_line(REC "\r", strlen(REC) + 1, &r) == 1 &&
	    r.ltext == 5);
	CHECK(doc_stream_line(" ", 1, &r) == -1);
	CHECK(doc_stream_line("a\tb", 3, &r) == -1);
}

int
main(void)
{
	test_kinds();
	test_broken_streams();
	test_broken_tables();
	test_stream_line();
	printf("test_sniff: %d checks passed\n", nchecks);
	return 0;
}
