/*
 * test_meta: the metadata tables of meta.h (TSV and CSV, the checks, the
 * order keys are matched in) and the stream header's variables of
 * stream.h.
 */
#include <stdio.h>
#include <string.h>

#include "meta.h"
#include "stream.h"
#include "util.h"

#include "check.h"

static int
parse(struct meta *m, const char *s, int csv, char *err)
{
	return meta_parse(m, "t", s, strlen(s), csv, err, 256);
}

static void
test_tsv(void)
{
	struct meta m;
	char err[256];
	long r;

	CHECK(parse(&m, "\xEF\xBB\xBF" "file\tyear\tkind\r\n"
	    "dir/a.txt\t2017\tstrategy\r\n\r\n"
	    "a.txt\t2018\t paper \n"
	    "b\t\tx\ty\n", 0, err) == -1);
	CHECK(strcmp(err, "row 4: 4 fields, the header has 3") == 0);
	meta_free(&m);
	CHECK(parse(&m, "\xEF\xBB\xBF" "file\tyear\tkind\r\n"
	    "dir/a.txt\t2017\tstrategy\r\n\r\n"
	    "a.txt\t2018\t paper \n"
	    "b\t\tx\n"
	    "c\t2021\tx", 0, err) == 0);
	CHECK(m.ncol == 3 && m.nrows == 4);
	CHECK(strcmp(m.names[0], "file") == 0 && strcmp(m.names[2], "kind") == 0);
	CHECK(meta_column(&m, "year") == 1 && meta_column(&m, "yr") == -1);
	/* The path as given first, then the base name, then the doc id. */
	r = meta_row(&m, "dir/a.txt", "a", 1);
	CHECK(strcmp(meta_cell(&m, r, 1), "2017") == 0);
	r = meta_row(&m, "other/a.txt", "a", 1);
	CHECK(strcmp(meta_cell(&m, r, 1), "2018") == 0);
	CHECK(strcmp(meta_cell(&m, r, 2), "paper") == 0);	/* trimmed */
	r = meta_row(&m, "x/b.txt", "b", 1);
	CHECK(r >= 0 && strcmp(meta_cell(&m, r, 1), "") == 0);
	r = meta_row(&m, NULL, "c", 1);		/* a stream's document */
	CHECK(strcmp(meta_cell(&m, r, 1), "2021") == 0);
	/* No row: the values are empty, and it is reported once. */
	CHECK(meta_row(&m, "d.txt", "d", 1) == -1);
	CHECK(m.warned.n == 1);
	CHECK(meta_row(&m, "d.txt", "d", 1) == -1 && m.warned.n == 1);
	CHECK(strcmp(meta_cell(&m, -1, 1), "") == 0);
	meta_free(&m);
}

static void
test_csv(void)
{
	struct meta m;
	char err[256];

	CHECK(parse(&m, "id,title,year\r\n"
	    "a,\"Red, mostly\",2017\r\n"
	    "b,\"say \"\"hi\"\"\nthere\",2018\r\n", 1, err) == 0);
	CHECK(m.nrows == 2);
	CHECK(strcmp(meta_cell(&m, 0, 1), "Red, mostly") == 0);
	/* A line end inside a value is a space: values go into TSV. */
	CHECK(strcmp(meta_cell(&m, 1, 1), "say \"hi\" there") == 0);
	meta_free(&m);
	CHECK(parse(&m, "id,year\na,\"2017\n", 1, err) == -1);
	CHECK(strncmp(err, "row 2: not CSV", 14) == 0);
	meta_free(&m);
	CHECK(meta_is_csv("m.csv", "a\tb", 3) == 1);
	CHECK(meta_is_csv("m.tsv", "a,b", 3) == 0);
	CHECK(meta_is_csv("m.txt", "a,b\n", 4) == 1);
	CHECK(meta_is_csv("m.txt", "a\tb,c\n", 6) == 0);
	CHECK(meta_is_csv("m", "a\nb,c\n", 6) == 0);
}

static void
test_refused(void)
{
	struct meta m;
	char err[256];

	CHECK(parse(&m, "id\tyear\na\t1\nb\t2\na\t3\n", 0, err) == -1);
	CHECK(strcmp(err, "row 4: key 'a' again (first on row 2): one "
	    "document, two rows") == 0);
	meta_free(&m);
	CHECK(parse(&m, "id\tyear\tyear\n", 0, err) == -1);
	CHECK(strcmp(err, "row 1: column 'year' twice") == 0);
	meta_free(&m);
	CHECK(parse(&m, "id\t\tx\n", 0, err) == -1);
	CHECK(strcmp(err, "row 1: column 2 has no name") == 0);
	meta_free(&m);
	CHECK(parse(&m, "id\tyear\n\t2017\n", 0, err) == -1);
	CHECK(strcmp(err, "row 2: no key in the first column (id)") == 0);
	meta_free(&m);
	CHECK(parse(&m, "", 0, err) == -1);
	CHECK(strncmp(err, "row 1: no header", 16) == 0);
	meta_free(&m);
	CHECK(parse(&m, "id\tyear\na\t\xff\n", 0, err) == -1);
	CHECK(strcmp(err, "invalid UTF-8 at byte 10") == 0);
	meta_free(&m);
}

#define HDR	"doc\tsec\tpar\tsent\tkind\tstart\tend\ttext"
#define REC	"a\t2017\tx\t0\t1\t1\ttext\t0\t3\tabc"
#define MHDR	"doc\tyear\tkind\tsec\tpar\tsent\tkind\tstart\tend\ttext"

static void
test_stream(void)
{
	struct doc_record r;
	struct stream_in in;
	const char *s = MHDR "\na\t2017\tx\t0\t1\t1\ttext\t0\t3\tabc\n"
	    HDR "\nb\t0\t1\t1\ttext\t0\t2\tde\n";
	size_t nm;
	struct str b = { 0 };

	CHECK(doc_stream_header(HDR, strlen(HDR), &nm) == 1 && nm == 0);
	CHECK(doc_stream_header(MHDR, strlen(MHDR), &nm) == 1 && nm == 2);
	CHECK(doc_stream_header(MHDR "\ttype", strlen(MHDR) + 5, &nm) == 1 &&
	    nm == 2);
	CHECK(doc_is_stream_header(MHDR, strlen(MHDR)) == 1);
	CHECK(doc_stream_header("doc\tyear", 8, &nm) == 0);
	CHECK(doc_parse_record_meta(REC, strlen(REC), 2, &r) == 0);
	CHECK(r.nmeta == 2 && r.lmeta[0] == 4 && memcmp(r.meta[1], "x", 1) == 0);
	CHECK(r.ldoc == 1 && r.ltext == 3 && r.end == 3 && r.type == NULL);
	/* Without the header's count of variables it is no record. */
	CHECK(doc_parse_record(REC, strlen(REC), &r) == -1);
	stream_from_buffer(&in, s, strlen(s), "-", 1);
	CHECK(stream_next(&in, &r) == 1 && r.nmeta == 2);
	CHECK(stream_column(&in, "kind") == 1 && stream_column(&in, "x") == -1);
	stream_names(&in, &b);
	CHECK(strcmp(b.s, "year, kind") == 0);
	CHECK(in.gen == 1);
	/* A concatenated stream with another header: its own columns. */
	CHECK(stream_next(&in, &r) == 1 && r.nmeta == 0 && r.ltext == 2);
	CHECK(in.gen == 2 && in.nmeta == 0);
	CHECK(stream_next(&in, &r) == 0);
	stream_close(&in);
	str_free(&b);
}

int
main(void)
{
	test_tsv();
	test_csv();
	test_refused();
	test_stream();
	printf("test_meta: %d checks passed\n", nchecks);
	return 0;
}
