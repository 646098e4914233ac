/*
 * test_count: the counter's cells and chains, the stop list, terms, runs
 * of a txseg stream and the reading of txfreq tables.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "count.h"
#include "util.h"

#include "check.h"

/* The count of term in cell (by walking its chain), or 0. */
static uint64_t
in_cell(const struct counter *c, const char *term, uint32_t cell)
{
	struct ht_entry *e = ht_get(&c->terms, term, strlen(term));
	uint64_t n = 0;
	uint32_t p;

	if (e == NULL)
		return 0;
	for (p = c->ti.v[e - c->terms.ents].head; p; p = c->pairs.v[p - 1].next)
		if (c->pairs.v[p - 1].cell == cell)
			n += c->pairs.v[p - 1].n;
	return n;
}

static void
test_cells(void)
{
	struct count_opts o = { 0 };
	struct counter c;

	o.nmin = o.nmax = 1;
	o.cells = LV_SECTION;
	o.pairs = 1;
	counter_init(&c, &o);
	counter_cell(&c, "a", 1, "0", 1);
	counter_add(&c, "x", 1, 1);
	counter_add(&c, "x", 1, 2);
	counter_cell(&c, "a", 1, "0", 1);	/* the same cell: no new one */
	counter_add(&c, "y", 1, 1);
	counter_cell(&c, "a", 1, "1", 1);
	counter_add(&c, "x", 1, 4);
	counter_cell(&c, "b", 1, "1", 1);
	counter_add(&c, "y", 1, 1);
	counter_cell(&c, "a", 1, "0", 1);	/* back to cell 0 */
	counter_add(&c, "y", 1, 5);
	counter_finish(&c);
	CHECK(c.cells.n == 3 && counter_ndocs(&c) == 2);
	CHECK(strcmp(counter_doc(&c, 1), "b") == 0);
	CHECK(c.cells.v[1].doc == 0 && strcmp(c.cells.v[1].sec, "1") == 0);
	CHECK(c.cells.v[2].doc == 1);
	CHECK(c.items == 14);
	CHECK(c.cells.v[0].items == 9 && c.cells.v[1].items == 4 &&
	    c.cells.v[2].items == 1);
	CHECK(ht_get(&c.terms, "x", 1)->val == 7);
	CHECK(in_cell(&c, "x", 0) == 3 && in_cell(&c, "x", 1) == 4);
	CHECK(in_cell(&c, "y", 0) == 6 && in_cell(&c, "y", 2) == 1);
	CHECK(counter_range(&c, (size_t)(ht_get(&c.terms, "x", 1) - c.terms.ents)) == 2);
	counter_free(&c);

	/* Cells are documents unless sections are asked for. */
	o.cells = LV_DOC;
	o.pairs = 0;
	counter_init(&c, &o);
	counter_cell(&c, "a", 1, "0", 1);
	counter_add(&c, "x", 1, 1);
	counter_cell(&c, "a", 1, "1", 1);
	counter_add(&c, "x", 1, 1);
	counter_finish(&c);
	CHECK(c.cells.n == 1 && c.pairs.n == 0);
	CHECK(counter_range(&c, 0) == 1 && c.cells.v[0].types == 1 && c.ti.n == 0);
	counter_free(&c);
}

/* The counts of test_cells' corpus, cells a:0, a:1, b:1, a:0 again. */
static void
fill_cells(struct counter *c)
{
	counter_cell(c, "a", 1, "0", 1);
	counter_add(c, "x", 1, 3);
	counter_add(c, "y", 1, 1);
	counter_cell(c, "a", 1, "1", 1);
	counter_add(c, "x", 1, 4);
	counter_add(c, "z", 1, 2);
	counter_cell(c, "b", 1, "1", 1);
	counter_add(c, "y", 1, 1);
	counter_add(c, "x", 1, 1);
	counter_cell(c, "a", 1, "0", 1);
	counter_add(c, "y", 1, 5);
	counter_finish(c);
}

/* Row k of a table is (group, term, n)? */
static int
row_is(const struct counter *c, size_t k, uint32_t group, const char *term,
    uint64_t n)
{
	const struct pair *r = &c->pairs.v[k];

	return r->cell == group && strcmp(c->terms.ents[r->term].key, term) == 0
	    && r->n == n;
}

static void
test_rows(void)
{
	struct count_opts o = { 0 };
	struct counter c;
	size_t *start;

	o.nmin = o.nmax = 1;
	o.cells = LV_SECTION;
	o.pairs = 1;
	/* Rows per cell: the revisited a:0 holds y once, 1 + 5. */
	counter_init(&c, &o);
	fill_cells(&c);
	start = counter_rows(&c, 0);
	CHECK(c.pairs.n == 6 && c.ti.n == 0);
	CHECK(start[0] == 0 && start[1] == 2 && start[2] == 4 && start[3] == 6);
	CHECK(row_is(&c, 0, 0, "x", 3) && row_is(&c, 1, 0, "y", 6));
	CHECK(row_is(&c, 2, 1, "x", 4) && row_is(&c, 3, 1, "z", 2));
	CHECK(row_is(&c, 4, 2, "x", 1) && row_is(&c, 5, 2, "y", 1));
	free(start);
	counter_free(&c);
	/* Rows per document: a's sections summed. */
	counter_init(&c, &o);
	fill_cells(&c);
	start = counter_rows(&c, 1);
	CHECK(c.pairs.n == 5);
	CHECK(start[0] == 0 && start[1] == 3 && start[2] == 5);
	CHECK(row_is(&c, 0, 0, "x", 7) && row_is(&c, 1, 0, "y", 6) &&
	    row_is(&c, 2, 0, "z", 2));
	CHECK(row_is(&c, 3, 1, "x", 1) && row_is(&c, 4, 1, "y", 1));
	free(start);
	counter_free(&c);
	/* Nothing counted: no rows, one empty group per document. */
	counter_init(&c, &o);
	counter_cell(&c, "a", 1, "0", 1);
	counter_finish(&c);
	start = counter_rows(&c, 1);
	CHECK(c.pairs.n == 0 && start[0] == 0 && start[1] == 0);
	free(start);
	counter_free(&c);
}

static void
test_stop(void)
{
	struct ht stop;
	char path[] = "/tmp/test_count.XXXXXX";
	int fd;
	static const char list[] = "# comment\n  Rule \t# words\n\nIT\xe2\x80\x99S\n";

	stop_load(&stop, "en");
	CHECK(stop.n == 174);
	CHECK(ht_get(&stop, "the", 3) != NULL);
	CHECK(ht_get(&stop, "it's", 4) != NULL);
	CHECK(ht_get(&stop, "us", 2) == NULL);	/* US = United States */
	ht_free(&stop);
	fd = mkstemp(path);
	CHECK(fd != -1);
	CHECK(write(fd, list, sizeof(list) - 1) == (ssize_t)sizeof(list) - 1);
	close(fd);
	stop_load(&stop, path);
	CHECK(stop.n == 2);
	CHECK(ht_get(&stop, "rule", 4) != NULL);
	CHECK(ht_get(&stop, "it's", 4) != NULL);
	ht_free(&stop);
	unlink(path);
}

static void
test_terms(void)
{
	struct count_opts o = { 0 };
	struct ht terms;
	char path[] = "/tmp/test_count.XXXXXX";
	int fd;
	static const char list[] = "Critical  Information Infrastructure\n"
	    "rule of law\r\n\nChina's\n";

	fd = mkstemp(path);
	CHECK(fd != -1);
	CHECK(write(fd, list, sizeof(list) - 1) == (ssize_t)sizeof(list) - 1);
	close(fd);
	terms_load(&o, &terms, path);
	CHECK(terms.n == 3 && o.termmax == 3);
	CHECK(ht_get(&terms, "critical information infrastructure", 35) != NULL);
	CHECK(ht_get(&terms, "rule of law", 11) != NULL);
	CHECK(ht_get(&terms, "china's", 7) != NULL);
	ht_free(&terms);
	unlink(path);
}

/* Counts the txfreq table text[] with a fresh counter of cells c. */
static void
table(struct counter *c, struct count_opts *o, const char *text,
    struct table_kind *k)
{
	char path[] = "/tmp/test_count.XXXXXX";
	int fd = mkstemp(path);
	size_t n = strlen(text);

	CHECK(fd != -1);
	CHECK(write(fd, text, n) == (ssize_t)n);
	close(fd);
	o->nmin = o->nmax = 1;
	o->cells = LV_SECTION;
	o->pairs = 1;
	counter_init(c, o);
	memset(k, 0, sizeof(*k));
	count_table(c, path, k);
	counter_finish(c);
	unlink(path);
}

static void
test_tables(void)
{
	struct count_opts o = { 0 };
	struct counter c;
	struct table_kind k;

	table(&c, &o, "term\tcount\tper_million\trange\nx\t3\t1.00\t2\n"
	    "y\t1\t1.00\t1\nterm\tcount\tper_million\trange\nx\t2\t1\t1\n", &k);
	CHECK(k.level == LV_CORPUS && k.form == 0 && k.ncol == 4);
	CHECK(c.items == 6 && ht_get(&c.terms, "x", 1)->val == 5);
	CHECK(counter_range(&c, 0) == 3);	/* 2 + 1: different documents */
	counter_free(&c);
	/* Rows before the header (a sorted map output) wait for it. */
	table(&c, &o, "d1\t1\tx\tX\t2\t9\nd1\t1\ty\tY\t1\t9\n"
	    "doc\tsec\tterm\tform\tcount\tper_million\nd2\t0\tx\tXs\t4\t1\n", &k);
	CHECK(k.level == LV_SECTION && k.form == 1);
	CHECK(c.cells.n == 2 && c.items == 7);
	CHECK(ht_get(&c.forms, "X", 1)->val == 2);	/* weighed by count */
	CHECK(ht_get(&c.forms, "Xs", 2)->val == 4);
	counter_free(&c);
	table(&c, &o, "doc\tterm\tcount\tper_million\nd1\tx\t2\t1\nd2\tx\t4\t1\n"
	    "d1\tx\t1\t1\n", &k);
	CHECK(k.level == LV_DOC && c.cells.n == 2);
	CHECK(in_cell(&c, "x", 0) == 3 && in_cell(&c, "x", 1) == 4);
	counter_free(&c);
}

int
main(void)
{
	test_cells();
	test_rows();
	test_stop();
	test_terms();
	test_tables();
	printf("test_count: %d checks passed\n", nchecks);
	return 0;
}
