/*
 * test_doc: the road from a file to paragraphs, sentences and tokens
 * (doc.c and its stages): classification, joining, line-break hyphens with
 * the corpus as dictionary, the piece map back to source offsets, the
 * windows of a giant paragraph, the tokens a sentence carries, and one
 * thread against two.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "docint.h"
#include "util.h"

#include "check.h"

static char tmpdir[] = "/tmp/test_doc.XXXXXX";

static char *
write_file(const char *name, const char *text, size_t n)
{
	static char path[4][256];
	static int k;
	char *p = path[k++ % 4];
	FILE *f;

	snprintf(p, 256, "%s/%s", tmpdir, name);
	f = fopen(p, "wb");
	CHECK(f != NULL);
	CHECK(fwrite(text, 1, n, f) == n);
	CHECK(fclose(f) == 0);
	return p;
}

/* The paragraphs of d, each as a "kind|sec|text" line, its sentences as
 * "  text" lines under it (when sentences), appended to out; *back (when
 * not NULL): the view's bytes given back (behind.h) by the last one. */
static void
doc_lines(struct doc *d, int sentences, struct str *out, size_t *back)
{
	struct para p;
	struct sentence s;

	while (doc_next(d, &p)) {
		char head[64];

		snprintf(head, sizeof(head), "%d|%s|", p.kind, p.sec);
		str_add(out, head, strlen(head));
		str_add(out, p.text, p.len);
		str_addc(out, '\n');
		while (doc_next_sentence(d, &s)) {
			if (!sentences)
				continue;
			str_add(out, "  ", 2);
			str_add(out, p.text + s.cstart, s.cend - s.cstart);
			str_addc(out, '\n');
		}
		if (back != NULL)
			*back = d->behind.hi - d->behind.lo;
	}
}

/* Every paragraph of the first path (pass 1 over all paths), as
 * doc_lines gives them. */
static char *
run(char **paths, int npaths, const struct doc_opts *o, int sentences)
{
	struct corpus c;
	struct doc *d;
	struct str out = { 0 };

	corpus_init(&c, o);
	CHECK(corpus_scan(&c, paths, npaths) == 0);
	d = doc_open(&c, paths[0]);
	CHECK(d != NULL);
	doc_lines(d, sentences, &out, NULL);
	doc_close(d);
	corpus_free(&c);
	return out.s ? out.s : xstrdup("");
}

static void
test_join_and_hyphens(void)
{
	static const char a[] =
	    "The principles of the cy-\n"
	    "berspace are in the\n"
	    "\n"
	    "Charter, and a gold-\n"
	    "smith deal is made.\n";
	static const char b[] = "Gold-smith matters. Cyberspace grows.\n";
	struct doc_opts o = { 0 };
	char *paths[2], *r;

	paths[0] = write_file("a.txt", a, sizeof(a) - 1);
	paths[1] = write_file("b.txt", b, sizeof(b) - 1);
	/* Alone: no evidence for gold-smith, so the rule joins it; a
	 * stray blank line after "the" does not end the paragraph. */
	r = run(paths, 1, &o, 0);
	CHECK(strcmp(r, "0|0|The principles of the cyberspace are in the "
	    "Charter, and a goldsmith deal is made.\n") == 0);
	free(r);
	/* With b.txt as dictionary the hyphen is real. */
	r = run(paths, 2, &o, 0);
	CHECK(strcmp(r, "0|0|The principles of the cyberspace are in the "
	    "Charter, and a gold-smith deal is made.\n") == 0);
	free(r);
	/* --keep: blocks between blank lines, hyphens as they are. */
	o.keep = 1;
	r = run(paths, 2, &o, 0);
	CHECK(strcmp(r, "0|0|The principles of the cy- berspace are in the\n"
	    "0|0|Charter, and a gold- smith deal is made.\n") == 0);
	free(r);
}

static void
test_structure(void)
{
	static const char t[] =
	    "A Title Of The Paper\n"
	    "\n"
	    "31 December 2016\n"
	    "\n"
	    "1  Introduction\n"
	    "Some text starts here. It goes on.\n"
	    "\n"
	    "1.1  Scope\n"
	    "\n"
	    "The scope is wide, e.g. this. Mr. Smith agrees.\n"
	    "\n"
	    "42\n"
	    "\f\n"
	    "2  End\n"
	    "\n"
	    "- i. first item\n"
	    "- ii. second item\n";
	/* (Lines here are not hard-wrapped: each list item is a paragraph;
	 * the page number goes, "2  End" beside it stays a heading.) */
	struct doc_opts o = { 0 };
	char *paths[1], *r;

	paths[0] = write_file("t.txt", t, sizeof(t) - 1);
	r = run(paths, 1, &o, 1);
	CHECK(strcmp(r,
	    "1|0|A Title Of The Paper\n"
	    "  A Title Of The Paper\n"
	    "1|1|1 Introduction\n"
	    "  1 Introduction\n"
	    "0|1|Some text starts here. It goes on.\n"
	    "  Some text starts here.\n"
	    "  It goes on.\n"
	    "1|1.1|1.1 Scope\n"
	    "  1.1 Scope\n"
	    "0|1.1|The scope is wide, e.g. this. Mr. Smith agrees.\n"
	    "  The scope is wide, e.g. this.\n"
	    "  Mr. Smith agrees.\n"
	    "1|2|2 End\n"
	    "  2 End\n"
	    "0|2|- i. first item\n"
	    "  - i. first item\n"
	    "0|2|- ii. second item\n"
	    "  - ii. second item\n") == 0);
	free(r);
}

/* Source offsets through whitespace, hyphens, NFC and CRLF. */
static void
test_offsets(void)
{
	/* "Cafe" with a combining acute, CRLF, a hyphen at a line end. */
	static const char t[] = "  Cafe\xcc\x81  au   lait, cy-\r\nber.\r\n";
	struct doc_opts o = { 0 };
	struct corpus c;
	struct doc *d;
	struct para p;
	char *paths[1];
	size_t cs;

	paths[0] = write_file("o.txt", t, sizeof(t) - 1);
	corpus_init(&c, &o);
	CHECK(corpus_scan(&c, paths, 1) == 0);
	d = doc_open(&c, paths[0]);
	CHECK(doc_next(d, &p));
	CHECK(strcmp(p.text, "Caf\xc3\xa9 au lait, cyber.") == 0);
	CHECK(p.start == 2 && p.end == sizeof(t) - 3);
	/* "Café" (NFC, 5 bytes) came from 6 source bytes. */
	CHECK(para_src_start(&p, 0) == 2);
	CHECK(para_src_end(&p, 5) == 8);
	/* "au" and "lait" map one to one. */
	CHECK(para_src_start(&p, 6) == 10 && para_src_end(&p, 8) == 12);
	cs = (size_t)(strstr(p.text, "lait") - p.text);
	CHECK(para_src_start(&p, cs) == 15 && para_src_end(&p, cs + 4) == 19);
	/* "cyber" spans "cy-\r\nber". */
	cs = (size_t)(strstr(p.text, "cyber") - p.text);
	CHECK(para_src_start(&p, cs) == 21);
	CHECK(para_src_end(&p, cs + 5) == 29);
	CHECK(!doc_next(d, &p));
	doc_close(d);
	corpus_free(&c);
}

/* A paragraph over the giant size goes through windows; the sentences are
 * the same on one thread and two, and none is lost at a window edge. */
static void
test_giant(void)
{
	struct str t = { 0 };
	struct doc_opts o = { 0 };
	char *paths[1], *r1, *r2;
	size_t i, n = 0;
	const char *q;

	str_add(&t, "Before it.\n\n", 12);
	for (i = 0; i < 300000; i++) {
		char w[64];
		int l = snprintf(w, sizeof(w), "Sentence %zu is here. ", i);

		str_add(&t, w, (size_t)l);
	}
	str_add(&t, "\n\nAfter it.\n", 12);
	paths[0] = write_file("g.txt", t.s, t.n);
	setenv("TX_THREADS", "1", 1);
	r1 = run(paths, 1, &o, 1);
	unsetenv("TX_THREADS");
	r2 = run(paths, 1, &o, 1);
	CHECK(strcmp(r1, r2) == 0);
	/* A plain scan: strstr from each hit would be quadratic under
	 * ASan, whose interceptor measures the whole haystack each call. */
	for (q = r1; *q != '\0'; q++)
		if (q[0] == '\n' && strncmp(q + 1, "  Sentence ", 11) == 0)
			n++;
	CHECK(n == 300000);
	CHECK(strstr(r1, "\n  Sentence 299999 is here.\n0|0|After it.\n") !=
	    NULL);
	free(r1);
	free(r2);
	str_free(&t);
}

/* Every paragraph and sentence of path as run() gives them, with
 * o->forget and pass 2 planned; *back: the view's bytes given back by the
 * last paragraph, *n: the view's length. */
static char *
run_forget(char *path, struct doc_opts *o, size_t *back, size_t *n)
{
	struct corpus c;
	struct doc *d;
	struct str out = { 0 };

	o->forget = 1;
	corpus_init(&c, o);
	CHECK(corpus_scan(&c, &path, 1) == 0);
	corpus_plan(&c, &path, 1);
	d = doc_open(&c, path);
	CHECK(d != NULL && !d->srckept);	/* the kept bytes are its own */
	*n = d->os.n;
	doc_lines(d, 1, &out, back);
	doc_close(d);
	corpus_free(&c);
	o->forget = 0;
	return out.s;
}

/* With o->forget the text behind the batches is given back (behind.h:
 * a read of it would stop the test), and the paragraphs and sentences
 * are the same: headings, wrapped lines joined over a hyphen, a giant
 * paragraph's windows, furniture, on one thread and two. */
static void
test_forget(void)
{
	struct str t = { 0 };
	struct doc_opts o = { 0 };
	char *paths[1], *r1, *r2, w[128];
	size_t i, back = 0, n = 0;
	int l, th;

	for (i = 0; i < 60000; i++) {
		if (i % 2000 == 0) {
			l = snprintf(w, sizeof(w), "%zu. Part %zu\n\n",
			    i / 2000 + 1, i / 2000 + 1);
			str_add(&t, w, (size_t)l);
		}
		l = snprintf(w, sizeof(w), "Line %zu of a para-\ngraph that "
		    "wraps. It goes on\nover lines.\n\n", i);
		str_add(&t, w, (size_t)l);
		if (i == 30000)
			for (l = 0; l < 250000; l++) {
				int k = snprintf(w, sizeof(w), "Giant %d. ", l);

				str_add(&t, w, (size_t)k);
			}
	}
	paths[0] = write_file("f.txt", t.s, t.n);
	for (th = 0; th < 2; th++) {
		if (th == 0)
			setenv("TX_THREADS", "1", 1);
		r1 = run(paths, 1, &o, 1);
		r2 = run_forget(paths[0], &o, &back, &n);
		unsetenv("TX_THREADS");
		CHECK(strcmp(r1, r2) == 0);
		CHECK(strstr(r1, "paragraph that wraps") != NULL);
		CHECK(strstr(r1, "  Giant 249999.\n") != NULL);
		/* All but the last batches' (two of half a MiB at most). */
		CHECK(n == t.n && back > n / 2 && n - back < (2u << 20));
		free(r1);
		free(r2);
	}
	/* Without corpus_plan the kept bytes are the corpus's: none is
	 * given back. */
	o.forget = 1;
	{
		struct corpus c;
		struct doc *d;
		struct para p;

		corpus_init(&c, &o);
		CHECK(corpus_scan(&c, paths, 1) == 0);
		d = doc_open(&c, paths[0]);
		CHECK(d != NULL && d->srckept);
		while (doc_next(d, &p))
			;
		CHECK(d->behind.hi == d->behind.lo);
		doc_close(d);
		corpus_free(&c);
	}
	str_free(&t);
}

/* A sentence carries its tokens: one after the other they are the
 * paragraph's, as the tokenizer gives them, in a small paragraph and in a
 * giant one (its windows); each is at most SENT_MAXTOK. */
static void
test_sentence_tokens(void)
{
	struct str t = { 0 };
	struct doc_opts o = { 0 };
	struct corpus c;
	struct doc *d;
	struct para p;
	struct sentence s;
	struct tokenizer tk;
	struct tok k;
	char *paths[1];
	size_t i, npara = 0, bad = 0, ntok = 0;

	str_add(&t, "A small one. It has two.\n\n", 26);
	for (i = 0; i < 300000; i++) {
		char w[64];
		int l = snprintf(w, sizeof(w), "Sentence %zu, here. ", i);

		str_add(&t, w, (size_t)l);
	}
	/* a run with no sentence break, cut every SENT_MAXTOK tokens */
	for (i = 0; i < 100000; i++)
		str_add(&t, "word ", 5);
	str_add(&t, "\n", 1);
	paths[0] = write_file("toks.txt", t.s, t.n);
	corpus_init(&c, &o);
	CHECK(corpus_scan(&c, paths, 1) == 0);
	d = doc_open(&c, paths[0]);
	CHECK(d != NULL);
	while (doc_next(d, &p)) {
		npara++;
		tok_init(&tk, p.text, p.len, o.tokopts);
		while (doc_next_sentence(d, &s)) {
			if (s.ntok == 0 || s.ntok > SENT_MAXTOK ||
			    s.toks[0].start != s.cstart ||
			    s.toks[s.ntok - 1].end != s.cend)
				bad++;
			for (i = 0; i < s.ntok; i++, ntok++)
				if (!tok_next(&tk, &k) || k.start !=
				    s.toks[i].start || k.end != s.toks[i].end ||
				    k.type != s.toks[i].type)
					bad++;
		}
		if (tok_next(&tk, &k))
			bad++;	/* a token no sentence carried */
	}
	CHECK(npara == 2);
	CHECK(bad == 0);
	CHECK(ntok == 8 + 300000 * 5 + 100000);
	doc_close(d);
	corpus_free(&c);
	str_free(&t);
}

/* Sentence numbers are the document's: skipping a paragraph's sentences
 * (or some of them) leaves the numbers of the next ones as they are. */
static void
test_sentno_skips(void)
{
	static const char text[] = "One. Two. Three.\n\nFour. Five.\n\nSix.\n";
	char *paths[1];
	struct doc_opts o = { 0 };
	struct corpus c;
	struct doc *d;
	struct para p;
	struct sentence s;
	int k = 0;

	paths[0] = write_file("sentno.txt", text, sizeof(text) - 1);
	corpus_init(&c, &o);
	CHECK(corpus_scan(&c, paths, 1) == 0);
	d = doc_open(&c, paths[0]);
	CHECK(d != NULL);
	while (doc_next(d, &p)) {
		k++;
		if (k == 1) {	/* pull only the first of three */
			CHECK(doc_next_sentence(d, &s) && s.sentno == 1);
		} else if (k == 2)	/* pull none */
			continue;
		else
			CHECK(doc_next_sentence(d, &s) && s.sentno == 6);
	}
	CHECK(k == 3);
	doc_close(d);
	corpus_free(&c);
}

/*
 * Inputs read once: a pipe among files is read in pass 1 and its bytes
 * serve pass 2 (twice, when given twice); a file changed after pass 1 is
 * refused by doc_open, and one that went away too.
 */
static void
test_read_once(void)
{
	static const char pipetext[] = "Piped text. It is kept.\n";
	struct doc_opts o = { 0 };
	struct corpus c;
	struct doc *d;
	struct para p;
	const char *src;
	char pipepath[64], *paths[5], *a, *b;
	size_t n;
	int fd[2], saved;

	a = write_file("ra.txt", "First file.\n", 12);
	b = write_file("rb.txt", "Second file.\n", 13);
	CHECK(pipe(fd) == 0);
	CHECK(write(fd[1], pipetext, sizeof(pipetext) - 1) ==
	    (ssize_t)sizeof(pipetext) - 1);
	close(fd[1]);
	snprintf(pipepath, sizeof(pipepath), "/dev/fd/%d", fd[0]);
	paths[0] = a;
	paths[1] = pipepath;
	paths[2] = b;
	paths[3] = pipepath;
	corpus_init(&c, &o);
	CHECK(corpus_scan(&c, paths, 4) == 0);
	close(fd[0]);		/* pass 2 must not need it */
	d = doc_open(&c, pipepath);
	CHECK(d != NULL);
	src = doc_source(d, &n);
	CHECK(n == sizeof(pipetext) - 1 && memcmp(src, pipetext, n) == 0);
	CHECK(doc_next(d, &p) && strcmp(p.text, "Piped text. It is kept.") == 0);
	doc_close(d);
	d = doc_open(&c, pipepath);	/* given twice: the same bytes */
	CHECK(d != NULL);
	src = doc_source(d, &n);
	CHECK(n == sizeof(pipetext) - 1 && memcmp(src, pipetext, n) == 0);
	doc_close(d);
	/* Unchanged: read again and accepted. */
	d = doc_open(&c, a);
	CHECK(d != NULL && doc_next(d, &p) &&
	    strcmp(p.text, "First file.") == 0);
	doc_close(d);
	/* Changed after pass 1 (same size): refused, with a warning. */
	write_file("rb.txt", "Second FILE.\n", 13);
	saved = dup(STDERR_FILENO);
	CHECK(freopen("/dev/null", "w", stderr) != NULL);
	CHECK(doc_open(&c, b) == NULL);
	CHECK(unlink(a) == 0);
	CHECK(doc_open(&c, a) == NULL);
	fflush(stderr);
	CHECK(dup2(saved, STDERR_FILENO) == STDERR_FILENO);
	close(saved);
	corpus_free(&c);
}

/* A line that cleans to nothing (only a zero-width space or a soft
 * hyphen) before a text line: the paragraph starts with the text, not a
 * space (fuzz_road found " i").  "Word" is capitalised: a lower-case
 * line after a blank one would join "i" as a sentence that runs on. */
static void
test_empty_first_line(void)
{
	static const char a[] = "\xE2\x80\x8B\ni\n\n\xC2\xAD\nWord here.\n";
	struct doc_opts o = { 0 };
	char *paths[1], *r;

	paths[0] = write_file("zw.txt", a, sizeof(a) - 1);
	r = run(paths, 1, &o, 0);
	CHECK(strcmp(r, "0|0|i\n0|0|Word here.\n") == 0);
	free(r);
	o.keep = 1;
	r = run(paths, 1, &o, 0);
	CHECK(strcmp(r, "0|0|i\n0|0|Word here.\n") == 0);
	free(r);
}

/* Forced sentence breaks lie inside the text, even when the last line
 * of a column cleans to nothing (fuzz_road: a break at 4 in "/ T"). */
static void
test_breaks_inside(void)
{
	static const char a[] = "/\nT\r\xC2\xAD";
	struct doc_opts o = { 0 };
	char *paths[1];
	struct corpus c;
	struct doc *d;
	struct para p;
	size_t i, n = 0;

	paths[0] = write_file("brk.txt", a, sizeof(a) - 1);
	corpus_init(&c, &o);
	CHECK(corpus_scan(&c, paths, 1) == 0);
	CHECK((d = doc_open(&c, paths[0])) != NULL);
	while (doc_next(d, &p)) {
		n++;
		CHECK(strcmp(p.text, "/ T") == 0);
		for (i = 0; i < p.nbreaks; i++)
			CHECK(p.breaks[i] <= p.len);
	}
	CHECK(n == 1);
	doc_close(d);
	corpus_free(&c);
}

int
main(void)
{
	char cmd[300];

	CHECK(mkdtemp(tmpdir) != NULL);
	test_join_and_hyphens();
	test_structure();
	test_offsets();
	test_giant();
	test_forget();
	test_sentence_tokens();
	test_sentno_skips();
	test_read_once();
	test_empty_first_line();
	test_breaks_inside();
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	CHECK(system(cmd) == 0);
	printf("test_doc: %d checks passed\n", nchecks);
	return 0;
}
