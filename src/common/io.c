/*
 * io.c: whole-input reading, document ids, and the buffered TSV/CSV
 * record writer.
 */
#include <sys/stat.h>

#include <csv.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#include "io.h"
#include "swar.h"
#include "utf8.h"

/* The writer's buffer; big enough that a write(2) moves a lot at once. */
#define OUTBUF	(4 * IOBUF)

static int
is_stdin(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

/*
 * The checksum: libxxhash's XXH3, a block of IO_SUMBLK bytes at a time, each
 * block seeded with the sum so far, so that sums can be taken as blocks
 * arrive and still equal one over the whole.
 */
uint64_t
io_checksum(uint64_t h, const char *s, size_t n)
{
	size_t k;

	while (n > 0) {
		k = n < IO_SUMBLK ? n : IO_SUMBLK;
		h = XXH3_64bits_withSeed(s, k, h);
		s += k;
		n -= k;
	}
	return h;
}

size_t
io_fields(const char *s, size_t n, char sep, const char **f, size_t *fl,
    size_t max)
{
	const char *q = s, *end = s + n, *p;
	size_t nf = 0;

	while (nf < max) {
		p = memchr(q, sep, (size_t)(end - q));
		f[nf] = q;
		fl[nf++] = (size_t)((p ? p : end) - q);
		if (p == NULL)
			break;
		q = p + 1;
	}
	return nf;
}

int
io_field_is(const char *f, size_t fl, const char *w)
{
	return strlen(w) == fl && memcmp(f, w, fl) == 0;
}

int
io_stamp_same(const struct io_stamp *a, const struct io_stamp *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	    a->mtime_ns == b->mtime_ns && a->sum == b->sum;
}

/*
 * Reads fd to EOF into b.  For a regular file the buffer is sized from
 * st_size up front (plus one byte, so the final read that sees EOF needs
 * no realloc), but reading goes on until EOF: files can grow, and /proc
 * files report a size of 0.  With st, whole checksum blocks are summed as
 * they arrive (while they are in the cache) and the file is described
 * after the read.
 */
static int
slurp_fd(int fd, struct str *b, struct io_stamp *st)
{
	struct stat sb;
	size_t room, summed = 0;
	ssize_t r;

	str_grow(b, 0);		/* b->s is a valid "" even on error */
	if (fstat(fd, &sb) == -1)
		return -1;
	if (S_ISDIR(sb.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	if (S_ISREG(sb.st_mode) && sb.st_size > 0 &&
	    (unsigned long long)sb.st_size < (unsigned long long)SIZE_MAX / 2)
		str_grow(b, (size_t)sb.st_size + 1);
	if (st != NULL)
		st->sum = 0;
	for (;;) {
		if (b->cap == b->n)
			str_grow(b, IOBUF);
		room = b->cap - b->n;
		if (room > IOBUF)
			room = IOBUF;
		r = read(fd, b->s + b->n, room);
		if (r == -1) {
			if (errno == EINTR)
				continue;
			b->s[b->n] = '\0';
			return -1;
		}
		if (r == 0)
			break;
		b->n += (size_t)r;
		if (st != NULL && b->n - summed >= IO_SUMBLK) {
			size_t k = (b->n - summed) / IO_SUMBLK * IO_SUMBLK;

			st->sum = io_checksum(st->sum, b->s + summed, k);
			summed += k;
		}
	}
	b->s[b->n] = '\0';
	if (st != NULL) {
		st->sum = io_checksum(st->sum, b->s + summed, b->n - summed);
		if (fstat(fd, &sb) == -1)
			return -1;
		st->dev = (uint64_t)sb.st_dev;
		st->ino = (uint64_t)sb.st_ino;
		st->size = b->n;
		st->mtime_ns = (int64_t)sb.st_mtim.tv_sec * 1000000000 +
		    sb.st_mtim.tv_nsec;
		st->rereadable = S_ISREG(sb.st_mode) &&
		    (unsigned long long)sb.st_size == (unsigned long long)b->n;
	}
	return 0;
}

int
io_slurp_stamp(const char *path, struct str *b, struct io_stamp *st)
{
	int fd, rc, saved;

	str_clear(b);
	if (is_stdin(path)) {
		rc = slurp_fd(STDIN_FILENO, b, st);
		if (st != NULL)
			st->rereadable = 0;	/* reopening reads on */
		return rc;
	}
	do
		fd = open(path, O_RDONLY | O_CLOEXEC);
	while (fd == -1 && errno == EINTR);
	if (fd == -1) {
		str_grow(b, 0);		/* b->s is a valid "" even on error */
		return -1;
	}
	rc = slurp_fd(fd, b, st);
	saved = errno;
	close(fd);
	if (rc == -1)
		errno = saved;
	return rc;
}

int
io_slurp(const char *path, struct str *b)
{
	return io_slurp_stamp(path, b, NULL);
}

void
io_slurp_text(const char *path, struct str *b)
{
	size_t bad;

	if (io_slurp(path, b) == -1)
		err(STATUS_TROUBLE, "%s", io_name(path));
	if ((bad = utf8_validate(b->s, b->n)) < b->n)
		errx(STATUS_TROUBLE, "%s: invalid UTF-8 at byte %zu",
		    io_name(path), bad);
}

char **
io_slurp_lines(const char *path, size_t *n)
{
	struct str b = { 0 };
	VEC(char *) v = { 0 };

	io_slurp_text(path, &b);
	for (char *p = b.s, *end = b.s + b.n; p < end;) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);

		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (len > 0)
			VEC_PUSH(v, xmemdup(p, len));
		p = nl ? nl + 1 : end;
	}
	str_free(&b);
	*n = v.n;
	return v.v;
}

const char *
io_name(const char *path)
{
	return is_stdin(path) ? "-" : path;
}

/*
 * Trailing slashes are ignored ("dir/" -> "dir"); a path of slashes only
 * gives "/".  Leading dots do not start an extension (".bashrc" stays, as
 * do "." and ".."), as with Python's os.path.splitext.
 */
void
io_docid(const char *path, struct str *b)
{
	size_t end, start, dot;

	str_clear(b);
	if (is_stdin(path)) {
		str_add(b, "-", 1);
		return;
	}
	end = strlen(path);
	while (end > 1 && path[end - 1] == '/')
		end--;
	if (end == 1 && path[0] == '/') {
		str_add(b, "/", 1);
		return;
	}
	dot = io_stem_end(path, end, &start);
	io_idadd(b, path + start, dot - start);
}

size_t
io_stem_end(const char *path, size_t n, size_t *start)
{
	size_t i, dot;

	*start = n;
	while (*start > 0 && path[*start - 1] != '/')
		(*start)--;
	i = *start;
	while (i < n && path[i] == '.')
		i++;
	dot = n;
	for (; i < n; i++)
		if (path[i] == '.')
			dot = i;
	return dot;
}

void
io_idadd(struct str *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp;
		int l = utf8_decode(s + i, n - i, &cp);

		if (l >= 1 && cp >= 0x20 && cp != 0x7F) {
			str_add(b, s + i, (size_t)l);
			i += (size_t)l;
		} else {
			char e[4] = { '\\', 'x', hex[c >> 4], hex[c & 15] };

			str_add(b, e, sizeof(e));
			i++;
		}
	}
}

/* Line reader. */

void
lines_init(struct lines *l, int fd)
{
	memset(l, 0, sizeof(*l));
	l->fd = fd;
}

/* Reads more input behind buf[end]; 1 when some came, 0 at EOF, -1. */
static int
lines_fill(struct lines *l)
{
	ssize_t r;

	if (l->start > 0 && l->start == l->end) {
		l->offset += l->start;
		l->start = l->end = l->last = 0;
	}
	if (l->cap - l->end < IOBUF) {
		if (l->start > l->cap / 2) {
			/* Move the unread tail down rather than grow. */
			memmove(l->buf, l->buf + l->start, l->end - l->start);
			l->offset += l->start;
			l->end -= l->start;
			l->start = l->last = 0;
		}
		if (l->cap - l->end < IOBUF) {
			l->cap = l->cap ? l->cap * 2 : 4 * IOBUF;
			l->buf = xrealloc(l->buf, l->cap);
		}
	}
	do
		r = read(l->fd, l->buf + l->end, l->cap - l->end);
	while (r == -1 && errno == EINTR);
	if (r == -1)
		return -1;
	if (r == 0) {
		l->eof = 1;
		return 0;
	}
	l->end += (size_t)r;
	return 1;
}

int
lines_next(struct lines *l, const char **s, size_t *n, uint64_t *off)
{
	size_t scanned = 0;
	char *nl;

	for (;;) {
		nl = l->end > l->start + scanned ? memchr(l->buf + l->start +
		    scanned, '\n', l->end - l->start - scanned) : NULL;
		if (nl != NULL || (l->eof && l->end > l->start))
			break;
		if (l->eof)
			return 0;
		scanned = l->end - l->start;
		if (lines_fill(l) == -1)
			return -1;
	}
	l->last = l->start;
	*s = l->buf + l->start;
	*n = nl ? (size_t)(nl - *s) : l->end - l->start;
	if (off != NULL)
		*off = l->offset + l->start;
	l->start += *n + (nl != NULL);
	if (l->offset + l->last == 0 && *n >= 3 &&
	    memcmp(*s, "\xEF\xBB\xBF", 3) == 0) {
		*s += 3;
		*n -= 3;
		if (off != NULL)
			*off = 3;
	}
	return 1;
}

int
lines_peek(struct lines *l, size_t want, const char **s, size_t *n, int *all)
{
	while (!l->eof && l->end - l->start < want)
		if (lines_fill(l) == -1)
			return -1;
	*s = l->buf ? l->buf + l->start : "";
	*n = l->end - l->start;
	*all = l->eof;
	return 0;
}

int
lines_rest(struct lines *l, struct str *b)
{
	size_t from = l->buf ? l->last : 0;

	str_grow(b, 0);
	if (l->buf)
		str_add(b, l->buf + from, l->end - from);
	while (!l->eof) {
		l->start = l->end = l->last = 0;
		if (lines_fill(l) == -1)
			return -1;
		str_add(b, l->buf, l->end);
	}
	return 0;
}

void
lines_free(struct lines *l)
{
	free(l->buf);
	memset(l, 0, sizeof(*l));
}

/* Writer. */

static void
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w == -1) {
			if (errno == EINTR)
				continue;
			err(STATUS_TROUBLE, "write error");
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_init(struct out *o, int fd, int csv)
{
	o->fd = fd;
	o->path = NULL;
	o->csv = csv != 0;
	o->safe = csv == OUT_CSV_SAFE;
	o->nfield = 0;
	o->cap = OUTBUF;
	o->buf = xmalloc(o->cap);
	o->n = 0;
	o->tmp.s = NULL;
	o->tmp.n = o->tmp.cap = 0;
	o->pre.s = NULL;
	o->pre.n = o->pre.cap = 0;
}

void
out_open(struct out *o, const char *path, int csv)
{
	int fd;

	do
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	while (fd == -1 && errno == EINTR);
	if (fd == -1)
		err(STATUS_TROUBLE, "%s", path);
	out_init(o, fd, csv);
	o->path = path;
}

void
out_hold(struct out *o, int csv)
{
	out_init(o, -1, csv);
}

void
out_held(struct out *to, const struct out *held)
{
	out_raw(to, held->buf, held->n);
}

/* Empties the buffer, or for a held out (fd -1) makes it twice as big. */
void
out_flush(struct out *o)
{
	if (o->fd < 0) {
		o->buf = xreallocarray(o->buf, 2, o->cap);
		o->cap *= 2;
		return;
	}
	if (o->n > 0)
		write_all(o->fd, o->buf, o->n);
	o->n = 0;
}

void
out_raw(struct out *o, const char *s, size_t n)
{
	if (n == 0)
		return;		/* s may be NULL: keep it from memcpy */
	while (o->fd < 0 && n > o->cap - o->n)
		out_flush(o);
	if (n > o->cap - o->n) {
		out_flush(o);
		if (n >= o->cap) {
			write_all(o->fd, s, n);
			return;
		}
	}
	memcpy(o->buf + o->n, s, n);
	o->n += n;
}

static inline void
sep(struct out *o)
{
	if (o->nfield++ > 0) {
		if (o->n == o->cap)
			out_flush(o);
		o->buf[o->n++] = o->csv ? ',' : '\t';
	}
}


/*
 * TSV: copy, then turn TAB, CR and LF into spaces.  The check runs eight
 * bytes at a time and looks at single bytes only in words that hold a
 * control character, which our text almost never has.
 */
static void
tsv_fix(char *d, size_t n)
{
	size_t i = 0, j;
	uint64_t w;
	char c;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, d + i, 8);
		if (!swar_below(w, 14))
			continue;
		for (j = i; j < i + 8; j++) {
			c = d[j];
			if (c == '\t' || c == '\n' || c == '\r')
				d[j] = ' ';
		}
	}
	for (; i < n; i++) {
		c = d[i];
		if (c == '\t' || c == '\n' || c == '\r')
			d[i] = ' ';
	}
}

static void
tsv_field(struct out *o, const char *s, size_t n)
{
	size_t k;

	while (n > 0) {
		if (o->n == o->cap)
			out_flush(o);
		k = o->cap - o->n;
		if (k > n)
			k = n;
		memcpy(o->buf + o->n, s, k);
		tsv_fix(o->buf + o->n, k);
		o->n += k;
		s += k;
		n -= k;
	}
}

static int
csv_needs_quotes(const char *s, size_t n)
{
	size_t i;
	char c;

	if (n == 0)
		return 0;
	if (s[0] == ' ' || s[n - 1] == ' ')
		return 1;
	for (i = 0; i < n; i++) {
		c = s[i];
		if (c == ',' || c == '"' || c == '\r' || c == '\n')
			return 1;
	}
	return 0;
}

static void
csv_field(struct out *o, const char *s, size_t n)
{
	size_t need;

	if (!csv_needs_quotes(s, n)) {
		out_raw(o, s, n);
		return;
	}
	if (n > (SIZE_MAX - 2) / 2)
		errx(STATUS_TROUBLE, "out of memory");
	need = 2 * n + 2;	/* every byte a quote, plus the outer pair */
	if (need > o->cap - o->n)
		out_flush(o);
	if (need <= o->cap - o->n) {
		o->n += csv_write2(o->buf + o->n, o->cap - o->n, s, n, '"');
		return;
	}
	str_clear(&o->tmp);
	str_grow(&o->tmp, need);
	o->tmp.n = csv_write2(o->tmp.s, o->tmp.cap, s, n, '"');
	out_raw(o, o->tmp.s, o->tmp.n);
}

/* Would a spreadsheet take text cell s[0..n) for a formula?  One byte
 * alone (txkeys' direction "+" or "-", stdin's doc id "-") has nothing
 * after it to compute. */
static int
csv_risky(const char *s, size_t n)
{
	return n > 1 && (s[0] == '=' || s[0] == '+' || s[0] == '-' ||
	    s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

void
out_field(struct out *o, const char *s, size_t n)
{
	sep(o);
	if (o->csv && o->safe && csv_risky(s, n)) {
		/* The cell is "'" and the text, quoted as a whole. */
		str_clear(&o->pre);
		str_addc(&o->pre, '\'');
		str_add(&o->pre, s, n);
		csv_field(o, o->pre.s, o->pre.n);
	} else if (o->csv)
		csv_field(o, s, n);
	else
		tsv_field(o, s, n);
}

void
out_cstr(struct out *o, const char *s)
{
	out_field(o, s, strlen(s));
}

/* A field that needs neither escaping nor quoting. */
static void
plain_field(struct out *o, const char *s, size_t n)
{
	sep(o);
	out_raw(o, s, n);
}

void
out_u64(struct out *o, uint64_t v)
{
	char d[20], *p = d + sizeof(d);

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	plain_field(o, p, (size_t)(d + sizeof(d) - p));
}

/*
 * printf's "%f" rounding is what people expect, so use it, then undo the
 * locale: whatever LC_NUMERIC says the decimal point is becomes '.'.
 * A result that rounds to zero loses its sign ("-0.000" -> "0.000").
 */
/*
 * "%.*f" without printf for the common case, a moderate number with few
 * decimals: v * 10^prec rounded to an integer, the point put in.  Where
 * the scaled value comes within 1e-6 of a half (printf rounds the exact
 * binary value, half to even) or reaches 2^31, it declines and printf
 * does it, so the bytes are always printf's.
 */
static int
fast_fixed(struct out *o, double v, int prec)
{
	static const double scale[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };
	char d[48], *p = d + sizeof(d);
	double x, f;
	uint64_t n;
	int neg = v < 0, k;

	if (prec > 6 || !(v > -1e9 && v < 1e9))
		return 0;
	x = (neg ? -v : v) * scale[prec];
	/* Below 2^31 the product is off the exact one by less than 2^-22,
	 * well inside the margin around a half. */
	if (x >= 2147483648.0)
		return 0;
	f = x - floor(x);
	if (f > 0.5 - 1e-6 && f < 0.5 + 1e-6)
		return 0;
	n = (uint64_t)(f > 0.5 ? floor(x) + 1 : floor(x));
	if (neg && n == 0)
		neg = 0;	/* printf's -0.00 is not wanted either */
	for (k = 0; k < prec; k++) {
		*--p = (char)('0' + n % 10);
		n /= 10;
	}
	if (prec > 0)
		*--p = '.';
	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	if (neg)
		*--p = '-';
	plain_field(o, p, (size_t)(d + sizeof(d) - p));
	return 1;
}

void
out_double(struct out *o, double v, int prec)
{
	char d[512];		/* "%.100f" of DBL_MAX is 411 bytes */
	const char *dp, *q;
	size_t dl, len;
	char *p;
	int r;

	if (prec < 0)
		prec = 0;
	if (prec > 100)
		prec = 100;
	if (fast_fixed(o, v, prec))
		return;
	r = snprintf(d, sizeof(d), "%.*f", prec, v);
	if (r < 0 || (size_t)r >= sizeof(d))
		errx(STATUS_TROUBLE, "cannot format number");
	len = (size_t)r;
	dp = localeconv()->decimal_point;
	if (dp != NULL && *dp != '\0' && strcmp(dp, ".") != 0 &&
	    (p = strstr(d, dp)) != NULL) {
		dl = strlen(dp);
		*p = '.';
		memmove(p + 1, p + dl, len - (size_t)(p + dl - d) + 1);
		len -= dl - 1;
	}
	p = d;
	if (d[0] == '-') {
		for (q = d + 1; *q == '0' || *q == '.'; q++)
			;
		if (*q == '\0' || strcmp(d, "-nan") == 0) {
			p++;
			len--;
		}
	}
	plain_field(o, p, len);
}

void
out_endrec(struct out *o)
{
	if (o->cap - o->n < 2)
		out_flush(o);
	if (o->csv)
		o->buf[o->n++] = '\r';
	o->buf[o->n++] = '\n';
	o->nfield = 0;
}

void
out_header(struct out *o, const char *const *names)
{
	for (; *names != NULL; names++)
		out_cstr(o, *names);
	out_endrec(o);
}

void
out_close(struct out *o)
{
	out_flush(o);
	if (o->path != NULL) {
		if (close(o->fd) == -1 && errno != EINTR)
			err(STATUS_TROUBLE, "%s", o->path);
		o->path = NULL;
		o->fd = -1;
	}
	free(o->buf);
	o->buf = NULL;
	o->n = o->cap = 0;
	o->nfield = 0;
	str_free(&o->tmp);
	str_free(&o->pre);
}
