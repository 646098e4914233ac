/*
 * test_io: io_slurp, io_name, io_docid and the TSV/CSV writer.
 */
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"

#include "check.h"

static char tmpdir[] = "/tmp/test_io.XXXXXX";
static pid_t mainpid;

static int
exited(int status, int code)
{
	return WIFEXITED(status) && WEXITSTATUS(status) == code;
}

static void
tmppath(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "%s/%s", tmpdir, name);
}

static void
write_file(const char *path, const char *s, size_t n)
{
	int fd;

	CHECK((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) != -1);
	CHECK(write(fd, s, n) == (ssize_t)n);
	CHECK(close(fd) == 0);
}

/* Big enough to take several reads, with NULs and every byte value. */
static char *
pattern(size_t n)
{
	char *p = xmalloc(n);
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (char)(i * 7 + i / 251);
	return p;
}

static void
test_slurp(void)
{
	struct str b = { 0 };
	char path[256], *data;
	size_t n = 3 * IOBUF + 123;
	int saved, fd[2];
	pid_t pid;

	data = pattern(n);
	tmppath(path, sizeof(path), "big");
	write_file(path, data, n);
	CHECK(io_slurp(path, &b) == 0);
	CHECK(b.n == n && memcmp(b.s, data, n) == 0 && b.s[n] == '\0');

	/* b is replaced, not appended to. */
	tmppath(path, sizeof(path), "small");
	write_file(path, "hello\n", 6);
	CHECK(io_slurp(path, &b) == 0);
	CHECK(b.n == 6 && strcmp(b.s, "hello\n") == 0);

	tmppath(path, sizeof(path), "empty");
	write_file(path, "", 0);
	CHECK(io_slurp(path, &b) == 0);
	CHECK(b.n == 0 && b.s != NULL && b.s[0] == '\0');
	str_free(&b);
	CHECK(io_slurp(path, &b) == 0);		/* into a fresh str too */
	CHECK(b.n == 0 && b.s != NULL && b.s[0] == '\0');

	errno = 0;
	CHECK(io_slurp(tmpdir, &b) == -1 && errno == EISDIR);
	CHECK(b.s != NULL && b.n == 0);
	errno = 0;
	CHECK(io_slurp(".", &b) == -1 && errno == EISDIR);
	tmppath(path, sizeof(path), "no-such-file");
	errno = 0;
	CHECK(io_slurp(path, &b) == -1 && errno == ENOENT);
	CHECK(b.s != NULL && b.n == 0 && b.s[0] == '\0');
	tmppath(path, sizeof(path), "no-such-dir/x");
	errno = 0;
	CHECK(io_slurp(path, &b) == -1 && errno == ENOENT);

	/* /proc files say st_size 0 but have content. */
	CHECK(io_slurp("/proc/self/status", &b) == 0);
	CHECK(b.n > 0 && strstr(b.s, "Name:") != NULL);

	/* stdin from a regular file, both spellings. */
	saved = dup(STDIN_FILENO);
	tmppath(path, sizeof(path), "big");
	CHECK(freopen(path, "r", stdin) != NULL);
	CHECK(io_slurp("-", &b) == 0);
	CHECK(b.n == n && memcmp(b.s, data, n) == 0);
	CHECK(lseek(STDIN_FILENO, 0, SEEK_SET) == 0);
	CHECK(io_slurp(NULL, &b) == 0);
	CHECK(b.n == n && memcmp(b.s, data, n) == 0);

	/* stdin from a pipe fed in pieces by a child. */
	CHECK(pipe(fd) == 0);
	fflush(NULL);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		size_t off = 0, k;

		close(fd[0]);
		while (off < n) {
			k = n - off < 10000 ? n - off : 10000;
			if (write(fd[1], data + off, k) != (ssize_t)k)
				_exit(1);
			off += k;
		}
		_exit(0);
	}
	close(fd[1]);
	CHECK(dup2(fd[0], STDIN_FILENO) == STDIN_FILENO);
	close(fd[0]);
	CHECK(io_slurp("-", &b) == 0);
	CHECK(b.n == n && memcmp(b.s, data, n) == 0 && b.s[n] == '\0');
	CHECK(waitpid(pid, &saved, 0) == pid && exited(saved, 0));

	/* stdin that is a directory */
	CHECK((fd[0] = open(".", O_RDONLY)) != -1);
	CHECK(dup2(fd[0], STDIN_FILENO) == STDIN_FILENO);
	close(fd[0]);
	errno = 0;
	CHECK(io_slurp("-", &b) == -1 && errno == EISDIR);

	free(data);
	str_free(&b);
}

static void
test_names(void)
{
	static const char *cases[][2] = {
		{ "samples/a.b.txt", "a.b" },
		{ "a.txt", "a" },
		{ "x", "x" },
		{ ".bashrc", ".bashrc" },
		{ "dir/.bashrc", ".bashrc" },
		{ "..bashrc", "..bashrc" },
		{ ".x.txt", ".x" },
		{ "-", "-" },
		{ "dir/", "dir" },
		{ "dir.d/", "dir" },
		{ "a/b.txt//", "b" },
		{ "dir.d/file", "file" },
		{ "/abs/x.tar.gz", "x.tar" },
		{ "a.", "a" },
		{ ".", "." },
		{ "..", ".." },
		{ "../..", ".." },
		{ "/", "/" },
		{ "//", "/" },
		{ "", "" },
		{ "./-", "-" },
		{ "dir/caf\xc3\xa9.md", "caf\xc3\xa9" },
		/* Bytes that are not UTF-8, controls and DEL become \xHH. */
		{ "dir/caf\xe9.txt", "caf\\xe9" },
		{ "a\x01\x1f\x7f\\b.txt", "a\\x01\\x1f\\x7f\\b" },
		{ "\xc3\xa9\xc3.x", "\xc3\xa9\\xc3" },
		{ "\xed\xa0\x80\xc0\xaf", "\\xed\\xa0\\x80\\xc0\\xaf" },
		{ "\xf0\x9f\x98\x80\xe2\x82", "\xf0\x9f\x98\x80\\xe2\\x82" },
	};
	struct str b = { 0 };
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		io_docid(cases[i][0], &b);
		if (strcmp(b.s, cases[i][1]) != 0)
			fprintf(stderr, "io_docid(\"%s\") = \"%s\"\n",
			    cases[i][0], b.s);
		CHECK(strcmp(b.s, cases[i][1]) == 0);
		CHECK(b.n == strlen(cases[i][1]));
	}
	io_docid(NULL, &b);
	CHECK(strcmp(b.s, "-") == 0);
	str_free(&b);

	CHECK(strcmp(io_name(NULL), "-") == 0);
	CHECK(strcmp(io_name("-"), "-") == 0);
	CHECK(strcmp(io_name("a/b.txt"), "a/b.txt") == 0);
}

/* An out on a fresh temporary file; read it back with readback(). */
static int
tmpfd(void)
{
	char path[256];
	int fd;

	tmppath(path, sizeof(path), "out");
	CHECK((fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600)) != -1);
	return fd;
}

static void
readback(int fd, struct str *b)
{
	ssize_t r;

	str_clear(b);
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	for (;;) {
		str_grow(b, 65536);
		CHECK((r = read(fd, b->s + b->n, 65536)) >= 0);
		if (r == 0)
			break;
		b->n += (size_t)r;
	}
	b->s[b->n] = '\0';
	close(fd);
}

static int
same(const struct str *b, const char *want, size_t n)
{
	if (b->n == n && memcmp(b->s, want, n) == 0)
		return 1;
	fprintf(stderr, "got %zu bytes: [%.*s]\nwant %zu: [%.*s]\n",
	    b->n, (int)b->n, b->s, n, (int)n, want);
	return 0;
}

#define SAME(b, lit)	same(b, lit, sizeof(lit) - 1)

static void
test_tsv(void)
{
	static const char *hdr[] = { "term", "count", "share", NULL };
	struct out o;
	struct str b = { 0 };
	int fd = tmpfd();

	out_init(&o, fd, 0);
	out_header(&o, hdr);
	out_cstr(&o, "a\tb");
	out_u64(&o, 0);
	out_double(&o, 3.14159, 2);
	out_endrec(&o);
	out_field(&o, "x\r\ny\0z", 6);
	out_u64(&o, UINT64_MAX);
	out_double(&o, -0.0001, 3);
	out_endrec(&o);
	out_field(&o, "", 0);
	out_field(&o, "", 0);
	out_double(&o, -1.25, 1);
	out_double(&o, 2.5, 0);
	out_double(&o, -0.0, 2);
	out_double(&o, 1e6, 1);
	out_endrec(&o);
	out_cstr(&o, "a,\"b\" ");	/* TSV leaves these alone */
	out_u64(&o, 1234567890);
	out_endrec(&o);
	out_raw(&o, "# raw\n", 6);
	out_cstr(&o, "\t\t12345678\t9\n");	/* the 8-byte path */
	out_endrec(&o);
	out_close(&o);
	readback(fd, &b);
	CHECK(SAME(&b,
	    "term\tcount\tshare\n"
	    "a b\t0\t3.14\n"
	    "x  y\0z\t18446744073709551615\t0.000\n"
	    "\t\t-1.2\t2\t0.00\t1000000.0\n"
	    "a,\"b\" \t1234567890\n"
	    "# raw\n"
	    "  12345678 9 \n"));
	str_free(&b);
}

/* out_double is printf's "%.*f" to the byte (its -0 aside), whichever
 * road it takes: many values, near halves and far from them. */
static void
test_double_like_printf(void)
{
	struct out o;
	struct str b = { 0 }, want = { 0 };
	uint64_t x = 88172645463325252ULL;
	int fd = tmpfd(), i;
	char buf[512];

	out_init(&o, fd, 0);
	for (i = 0; i < 200000; i++) {
		double v;
		int prec = i % 7, n;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		switch (i % 5) {
		case 0:	/* halves and near-halves at this precision */
			v = ((double)(x % 200000) + 0.5) / 1e3;
			break;
		case 1:
			v = (double)(x % 1000000007) / (double)(1 + x % 997);
			break;
		case 2:
			v = -(double)(x % 100000) / 7.0;
			break;
		case 3:
			v = (double)(x >> 11) * 0x1.0p-53 * 1e13;
			break;
		default:
			v = ((double)(x % 2000) - 1000) / 8.0;	/* exact .125s */
			break;
		}
		out_double(&o, v, prec);
		out_endrec(&o);
		n = snprintf(buf, sizeof(buf), "%.*f", prec, v);
		/* out_double writes no "-0.000": printf's -0 loses its sign */
		if (buf[0] == '-' && strspn(buf + 1, "0.") == (size_t)(n - 1))
			str_add(&want, buf + 1, (size_t)n - 1);
		else
			str_add(&want, buf, (size_t)n);
		str_addc(&want, '\n');
	}
	out_close(&o);
	readback(fd, &b);
	CHECK(b.n == want.n && memcmp(b.s, want.s, b.n) == 0);
	str_free(&b);
	str_free(&want);
}

static void
test_csv(void)
{
	struct out o;
	struct str b = { 0 };
	int fd = tmpfd();

	out_init(&o, fd, 1);
	out_cstr(&o, "plain");
	out_cstr(&o, "a,b");
	out_cstr(&o, "say \"hi\"");
	out_cstr(&o, " lead");
	out_cstr(&o, "trail ");
	out_cstr(&o, "");
	out_cstr(&o, "in side");
	out_endrec(&o);
	out_cstr(&o, "cr\rlf\ncrlf\r\n");
	out_u64(&o, 42);
	out_double(&o, 0.5, 3);
	out_cstr(&o, "tab\tok");
	out_cstr(&o, "\"");
	out_endrec(&o);
	out_cstr(&o, "");
	out_endrec(&o);
	out_close(&o);
	readback(fd, &b);
	CHECK(SAME(&b,
	    "plain,\"a,b\",\"say \"\"hi\"\"\",\" lead\",\"trail \",,in side\r\n"
	    "\"cr\rlf\ncrlf\r\n\",42,0.500,tab\tok,\"\"\"\"\r\n"
	    "\r\n"));
	str_free(&b);
}

/*
 * --csv-safe: a text cell that begins with = + - @ TAB or CR gets a "'"
 * (and is then quoted as a whole when it needs it); numbers written as
 * numbers never do, so -5 from out_double stays a number while the term
 * "-5" is text; one byte alone ("-", "=") is never a formula.  Plain CSV
 * and TSV are unchanged.
 */
static void
test_csv_safe(void)
{
	static const char *const cells[] = { "=1+2", "+31", "-ism", "@SUM(A1)",
	    "\tx", "\rx", "-5", "a=b", "", "'", "=a,b", "=\"q\"", NULL };
	struct out o;
	struct str b = { 0 };
	int fd, i, mode;

	for (mode = OUT_TSV; mode <= OUT_CSV_SAFE; mode++) {
		fd = tmpfd();
		out_init(&o, fd, mode);
		for (i = 0; cells[i] != NULL; i++)
			out_cstr(&o, cells[i]);
		out_endrec(&o);
		out_double(&o, -5, 0);
		out_double(&o, -0.25, 2);
		out_u64(&o, 7);
		out_field(&o, "-", 1);
		out_field(&o, "=", 1);
		out_endrec(&o);
		out_close(&o);
		readback(fd, &b);
		if (mode == OUT_TSV)
			CHECK(SAME(&b, "=1+2\t+31\t-ism\t@SUM(A1)\t x\t x\t-5\t"
			    "a=b\t\t'\t=a,b\t=\"q\"\n"
			    "-5\t-0.25\t7\t-\t=\n"));
		else if (mode == OUT_CSV)
			CHECK(SAME(&b, "=1+2,+31,-ism,@SUM(A1),\tx,\"\rx\",-5,"
			    "a=b,,',\"=a,b\",\"=\"\"q\"\"\"\r\n"
			    "-5,-0.25,7,-,=\r\n"));
		else
			CHECK(SAME(&b, "'=1+2,'+31,'-ism,'@SUM(A1),'\tx,"
			    "\"'\rx\",'-5,a=b,,',\"'=a,b\",\"'=\"\"q\"\"\"\r\n"
			    "-5,-0.25,7,-,=\r\n"));
	}
	str_free(&b);
}

/* out_open makes the file and out_close closes its fd; out_init's fd
 * stays open (it is the caller's); a path that cannot be made exits 2. */
static void
test_open(void)
{
	struct out o;
	struct str b = { 0 };
	char path[256];
	int fd, st;
	pid_t pid;

	tmppath(path, sizeof(path), "out");
	out_open(&o, path, OUT_TSV);
	fd = o.fd;
	out_cstr(&o, "x");
	out_endrec(&o);
	out_close(&o);
	errno = 0;
	CHECK(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
	CHECK(io_slurp(path, &b) == 0 && strcmp(b.s, "x\n") == 0);

	fd = tmpfd();
	out_init(&o, fd, OUT_TSV);
	out_close(&o);
	CHECK(fcntl(fd, F_GETFD) != -1);
	close(fd);

	fflush(NULL);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		dup2(null, STDERR_FILENO);
		out_open(&o, tmpdir, OUT_TSV);	/* a directory */
		_exit(0);
	}
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(exited(st, 2));
	str_free(&b);
}

/* struct lines: a BOM that starts the input is no part of the first line
 * (lines_rest still hands it over); lines_peek looks ahead and consumes
 * nothing; a BOM later on is data. */
static void
test_lines(void)
{
	static const char in[] = "\xEF\xBB\xBF" "a\tb\r\n\nc\xEF\xBB\xBF\n" "d";
	struct lines l;
	struct str b = { 0 };
	const char *s;
	size_t n;
	uint64_t off;
	char path[256];
	int fd, all;

	tmppath(path, sizeof(path), "peeked");
	write_file(path, in, sizeof(in) - 1);
	CHECK((fd = open(path, O_RDONLY)) != -1);
	lines_init(&l, fd);
	CHECK(lines_peek(&l, 4, &s, &n, &all) == 0 && n >= 4 &&
	    memcmp(s, in, 4) == 0);
	CHECK(lines_peek(&l, 1 << 20, &s, &n, &all) == 0 && all == 1 &&
	    n == sizeof(in) - 1 && memcmp(s, in, n) == 0);
	CHECK(lines_next(&l, &s, &n, &off) == 1 && n == 4 &&
	    memcmp(s, "a\tb\r", 4) == 0 && off == 3);
	CHECK(lines_next(&l, &s, &n, &off) == 1 && n == 0 && off == 8);
	CHECK(lines_next(&l, &s, &n, &off) == 1 && n == 4 && off == 9 &&
	    memcmp(s, "c\xEF\xBB\xBF", 4) == 0);
	CHECK(lines_next(&l, &s, &n, &off) == 1 && n == 1 && *s == 'd');
	CHECK(lines_next(&l, &s, &n, &off) == 0);
	lines_free(&l);
	close(fd);

	/* Text read past its first line gets every byte, the BOM too. */
	CHECK((fd = open(path, O_RDONLY)) != -1);
	lines_init(&l, fd);
	CHECK(lines_next(&l, &s, &n, NULL) == 1 && n == 4);
	CHECK(lines_rest(&l, &b) == 0 && b.n == sizeof(in) - 1 &&
	    memcmp(b.s, in, b.n) == 0);
	lines_free(&l);
	close(fd);

	/* Empty input: nothing to peek, nothing to read. */
	tmppath(path, sizeof(path), "empty");
	write_file(path, "", 0);
	CHECK((fd = open(path, O_RDONLY)) != -1);
	lines_init(&l, fd);
	CHECK(lines_peek(&l, 10, &s, &n, &all) == 0 && n == 0 && all == 1);
	CHECK(lines_next(&l, &s, &n, NULL) == 0);
	lines_free(&l);
	close(fd);
	str_free(&b);
}

/* Records that cross the buffer many times, and fields bigger than it. */
/* 300,000 short records, then one field of n bytes. */
static void
write_big(struct out *o, const char *big, size_t n)
{
	size_t i;

	for (i = 0; i < 300000; i++) {
		out_cstr(o, "word");
		out_u64(o, i);
		out_endrec(o);
	}
	out_field(o, big, n);
	out_cstr(o, "end");
	out_endrec(o);
}

static void
test_big(void)
{
	struct out o, h;
	struct str b = { 0 }, want = { 0 };
	char num[32], *big;
	size_t i, n = 5 * 1024 * 1024;
	int fd, csv;

	big = xmalloc(n);
	for (i = 0; i < n; i++)
		big[i] = "ab\tc,\" \n"[i % 8];
	for (csv = 0; csv <= 1; csv++) {
		fd = tmpfd();
		str_clear(&want);
		out_init(&o, fd, csv);
		write_big(&o, big, n);
		for (i = 0; i < 300000; i++) {
			snprintf(num, sizeof(num), "word%c%zu%s",
			    csv ? ',' : '\t', i, csv ? "\r\n" : "\n");
			str_add(&want, num, strlen(num));
		}
		if (csv) {
			str_addc(&want, '"');
			for (i = 0; i < n; i++) {
				if (big[i] == '"')
					str_addc(&want, '"');
				str_addc(&want, big[i]);
			}
			str_add(&want, "\",end\r\n", 7);
		} else {
			for (i = 0; i < n; i++)
				str_addc(&want, big[i] == '\t' ||
				    big[i] == '\n' ? ' ' : big[i]);
			str_add(&want, "\tend\n", 5);
		}
		out_close(&o);
		readback(fd, &b);
		CHECK(same(&b, want.s, want.n));
		/* The same held in memory (from its first small buffer up to
		 * megabytes), then put after a line written straight out. */
		fd = tmpfd();
		out_init(&o, fd, csv);
		out_raw(&o, "head\n", 5);
		out_hold(&h, csv);
		out_raw(&h, big, n);	/* many times the first buffer */
		write_big(&h, big, n);
		out_held(&o, &h);
		out_close(&h);
		out_close(&o);
		readback(fd, &b);
		CHECK(b.n == 5 + n + want.n && memcmp(b.s, "head\n", 5) == 0 &&
		    memcmp(b.s + 5, big, n) == 0 &&
		    memcmp(b.s + 5 + n, want.s, want.n) == 0);
	}
	free(big);
	str_free(&b);
	str_free(&want);
}

/* A locale whose decimal point is ',' must not leak into the output. */
static void
test_locale(void)
{
	static const char *names[] = {
		"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "nl_NL.UTF-8", NULL
	};
	struct out o;
	struct str b = { 0 };
	int i, fd;

	for (i = 0; names[i] != NULL; i++)
		if (setlocale(LC_NUMERIC, names[i]) != NULL)
			break;
	if (names[i] == NULL) {
		printf("test_io: no locale with a decimal comma, skipped\n");
		return;
	}
	CHECK(strcmp(localeconv()->decimal_point, ".") != 0);
	fd = tmpfd();
	out_init(&o, fd, 1);
	out_double(&o, 1234.5678, 2);
	out_double(&o, -0.001, 2);
	out_endrec(&o);
	out_close(&o);
	readback(fd, &b);
	CHECK(SAME(&b, "1234.57,0.00\r\n"));
	setlocale(LC_NUMERIC, "C");
	str_free(&b);
}

static void
child_full(void)
{
	struct out o;
	int fd, i;

	if ((fd = open("/dev/full", O_WRONLY)) == -1)
		_exit(99);
	out_init(&o, fd, 0);
	for (i = 0; i < 10; i++) {
		out_cstr(&o, "hello");
		out_endrec(&o);
	}
	out_close(&o);
	_exit(0);
}

static void
test_devfull(void)
{
	char err[512];
	int fd[2], st;
	ssize_t r;
	size_t n = 0;
	pid_t pid;

	CHECK(pipe(fd) == 0);
	fflush(NULL);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		close(fd[0]);
		dup2(fd[1], STDERR_FILENO);
		child_full();
	}
	close(fd[1]);
	while (n + 1 < sizeof(err) &&
	    (r = read(fd[0], err + n, sizeof(err) - 1 - n)) > 0)
		n += (size_t)r;
	err[n] = '\0';
	close(fd[0]);
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(exited(st, 2));
	CHECK(strstr(err, ": write error: No space left on device\n") != NULL);
}

static void
on_alarm(int sig)
{
	(void)sig;
}

/*
 * Partial writes and EINTR: a slow reader on a pipe and a 2 ms timer
 * whose handler is installed without SA_RESTART, so write(2) keeps
 * returning short counts or failing with EINTR.
 */
static void
test_partial(void)
{
	struct sigaction sa;
	struct itimerval it;
	struct out o;
	char *data;
	size_t n = 4 * 1024 * 1024 + 17, i;
	int fd[2], st;
	pid_t pid;

	data = pattern(n);
	for (i = 0; i < n; i++)
		if (data[i] == '\t' || data[i] == '\n' || data[i] == '\r')
			data[i] = 'x';
	CHECK(pipe(fd) == 0);
	fflush(NULL);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		char buf[4096];
		size_t got = 0;
		ssize_t r;

		close(fd[1]);
		while ((r = read(fd[0], buf, sizeof(buf))) > 0) {
			if (got + (size_t)r > n ||
			    memcmp(buf, data + got, (size_t)r) != 0)
				_exit(1);
			got += (size_t)r;
			if (got % 64 == 0)
				usleep(50);
		}
		_exit(got == n ? 0 : 2);
	}
	close(fd[0]);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
	it.it_interval.tv_sec = 0;
	it.it_interval.tv_usec = 2000;
	it.it_value = it.it_interval;
	CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
	out_init(&o, fd[1], 0);
	out_field(&o, data, n);
	out_close(&o);
	memset(&it, 0, sizeof(it));
	CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
	close(fd[1]);
	CHECK(waitpid(pid, &st, 0) == pid);
	CHECK(exited(st, 0));
	free(data);
}

static void
cleanup(void)
{
	static const char *names[] = { "big", "small", "empty", "out", NULL };
	char path[256];
	int i;

	if (getpid() != mainpid)	/* a child that exited */
		return;
	for (i = 0; names[i] != NULL; i++) {
		tmppath(path, sizeof(path), names[i]);
		unlink(path);
	}
	rmdir(tmpdir);
}

/* The checksum io_slurp_stamp takes, and what tells two reads apart. */
static void
test_stamp(void)
{
	struct io_stamp a, b2;
	struct timespec ts[2];
	struct str b = { 0 };
	char path[256], other[256], *data;
	size_t n = 3 * IO_SUMBLK + 77, i, k;
	static const size_t at[] = { 0, 1, 7, 8, 31, 32, 33, IO_SUMBLK - 1,
	    IO_SUMBLK, IO_SUMBLK + 1, 2 * IO_SUMBLK + 5, 3 * IO_SUMBLK,
	    3 * IO_SUMBLK + 40, 3 * IO_SUMBLK + 76 };
	uint64_t whole, h;
	int fd[2];

	data = pattern(n);
	whole = io_checksum(0, data, n);
	CHECK(whole == io_checksum(0, data, n));
	CHECK(io_checksum(0, data, n - 1) != whole);
	CHECK(io_checksum(0, "", 0) != io_checksum(0, "\0", 1));
	CHECK(io_checksum(0, "ab", 2) != io_checksum(0, "ba", 2));
	/* Pieces of whole blocks give the sum of one call. */
	h = io_checksum(0, data, IO_SUMBLK);
	h = io_checksum(h, data + IO_SUMBLK, 2 * IO_SUMBLK);
	CHECK(io_checksum(h, data + 3 * IO_SUMBLK, n - 3 * IO_SUMBLK) == whole);
	/* One bit changed anywhere changes the sum: at block edges, in the
	 * lanes and in every byte of the short tail. */
	for (i = 0; i < sizeof(at) / sizeof(at[0]); i++)
		for (k = 0; k < 8; k++) {
			data[at[i]] ^= (char)(1 << k);
			CHECK(io_checksum(0, data, n) != whole);
			data[at[i]] ^= (char)(1 << k);
		}
	for (i = n - 40; i < n; i++) {
		data[i] ^= 0x20;
		CHECK(io_checksum(0, data, n) != whole);
		data[i] ^= 0x20;
	}
	/* Two blocks swapped. */
	whole = io_checksum(0, data, 2 * IO_SUMBLK);
	{
		char *sw = xmalloc(2 * IO_SUMBLK);

		memcpy(sw, data + IO_SUMBLK, IO_SUMBLK);
		memcpy(sw + IO_SUMBLK, data, IO_SUMBLK);
		CHECK(io_checksum(0, sw, 2 * IO_SUMBLK) != whole);
		free(sw);
	}

	/* A regular file: the same read twice is the same. */
	tmppath(path, sizeof(path), "stamped");
	write_file(path, data, n);
	CHECK(io_slurp_stamp(path, &b, &a) == 0);
	CHECK(b.n == n && memcmp(b.s, data, n) == 0 && b.s[n] == '\0');
	CHECK(a.rereadable && a.size == n);
	CHECK(a.sum == io_checksum(0, data, n));
	CHECK(io_slurp_stamp(path, &b, &b2) == 0);
	CHECK(io_stamp_same(&a, &b2));
	/* The same size and mtime, one byte changed: the checksum tells. */
	data[n / 2] ^= 1;
	CHECK((fd[0] = open(path, O_WRONLY)) != -1);
	CHECK(pwrite(fd[0], data + n / 2, 1, (off_t)(n / 2)) == 1);
	CHECK(close(fd[0]) == 0);
	ts[0].tv_sec = ts[1].tv_sec = (time_t)(a.mtime_ns / 1000000000);
	ts[0].tv_nsec = ts[1].tv_nsec = (long)(a.mtime_ns % 1000000000);
	CHECK(utimensat(AT_FDCWD, path, ts, 0) == 0);
	CHECK(io_slurp_stamp(path, &b, &b2) == 0);
	CHECK(b2.mtime_ns == a.mtime_ns && b2.size == a.size);
	CHECK(!io_stamp_same(&a, &b2));
	/* The bytes back, a later mtime: that tells. */
	data[n / 2] ^= 1;
	write_file(path, data, n);
	ts[0].tv_nsec = ts[1].tv_nsec = (ts[1].tv_nsec + 1) % 1000000000;
	CHECK(utimensat(AT_FDCWD, path, ts, 0) == 0);
	CHECK(io_slurp_stamp(path, &b, &b2) == 0);
	CHECK(b2.sum == a.sum && !io_stamp_same(&a, &b2));
	/* The same bytes and mtime in another file put in its place. */
	tmppath(other, sizeof(other), "stamped.new");
	write_file(other, data, n);
	ts[0].tv_nsec = ts[1].tv_nsec = (long)(a.mtime_ns % 1000000000);
	CHECK(utimensat(AT_FDCWD, other, ts, 0) == 0);
	CHECK(rename(other, path) == 0);
	CHECK(io_slurp_stamp(path, &b, &b2) == 0);
	CHECK(b2.sum == a.sum && b2.mtime_ns == a.mtime_ns);
	CHECK(b2.ino != a.ino && !io_stamp_same(&a, &b2));
	/* A file one byte longer. */
	write_file(path, data, n - 1);
	CHECK(io_slurp_stamp(path, &b, &b2) == 0 && b2.size == n - 1);

	/* What cannot be read again: a pipe, stdin, a /proc file. */
	CHECK(pipe(fd) == 0);
	CHECK(write(fd[1], "abc", 3) == 3);
	close(fd[1]);
	snprintf(other, sizeof(other), "/dev/fd/%d", fd[0]);
	CHECK(io_slurp_stamp(other, &b, &b2) == 0);
	CHECK(b.n == 3 && memcmp(b.s, "abc", 3) == 0 && !b2.rereadable);
	CHECK(b2.sum == io_checksum(0, "abc", 3));
	close(fd[0]);
	CHECK(io_slurp_stamp("/proc/self/status", &b, &b2) == 0);
	CHECK(b.n > 0 && !b2.rereadable);
	tmppath(path, sizeof(path), "small");
	CHECK(freopen(path, "r", stdin) != NULL);
	CHECK(io_slurp_stamp("-", &b, &b2) == 0);
	CHECK(b.n == 6 && !b2.rereadable);
	CHECK(io_slurp_stamp(path, &b, &b2) == 0 && b2.rereadable);

	free(data);
	str_free(&b);
}

/* The one field splitter: at most max fields, empty ones count; a word
 * is matched whole. */
static void
test_fields(void)
{
	const char *f[3];
	size_t fl[3];

	CHECK(io_fields("a\tbb\t\tc", 7, '\t', f, fl, 3) == 3);
	CHECK(fl[0] == 1 && fl[1] == 2 && fl[2] == 0 && f[2] == f[1] + 3);
	CHECK(io_fields("a\tbb\t\tc", 7, '\t', f, fl, 3) == 3);
	CHECK(io_fields("", 0, ',', f, fl, 3) == 1 && fl[0] == 0);
	CHECK(io_fields("x,y", 3, ',', f, fl, 3) == 2 && f[1][0] == 'y');
	CHECK(io_field_is(f[0], fl[0], "x") && !io_field_is(f[0], fl[0], "xy"));
	CHECK(!io_field_is("term", 3, "term") && io_field_is("term", 4, "term"));
}

int
main(void)
{
	mainpid = getpid();
	CHECK(mkdtemp(tmpdir) != NULL);
	atexit(cleanup);
	test_slurp();
	test_names();
	test_tsv();
	test_csv();
	test_csv_safe();
	test_open();
	test_lines();
	test_double_like_printf();
	test_big();
	test_locale();
	test_devfull();
	test_partial();
	test_stamp();
	test_fields();
	printf("test_io: %d checks passed\n", nchecks);
	return 0;
}
