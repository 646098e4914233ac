/*
 * io.h: reading whole inputs, and the one buffered writer for stdout.
 */
#ifndef TX_IO_H
#define TX_IO_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* Reads all of path (NULL or "-" means stdin) into b (replacing its
 * contents; b->s is NUL-terminated).  Returns 0, or -1 with errno set:
 * ENOENT, EACCES, EISDIR for a directory, ... The caller reports it with
 * warn("%s", path).  Memory grows with the input, so callers hold one
 * document at a time. */
int	io_slurp(const char *path, struct str *b);

/*
 * What one read of an input saw, to tell whether a second read gives the
 * same bytes.  An input can be read again (rereadable) when it is a
 * regular file whose size after the read is the number of bytes read;
 * stdin, pipes, FIFOs, devices, and files that changed size while they
 * were read (or that report no size, as /proc files do) cannot.
 */
struct io_stamp {
	uint64_t dev, ino;
	uint64_t size;		/* bytes read */
	int64_t	 mtime_ns;	/* modification time, after the read */
	uint64_t sum;		/* io_checksum of the bytes read */
	int	 rereadable;
};

/* io_slurp that also fills *st (after the read, from the open
 * descriptor).  Returns 0, or -1 with errno set, as io_slurp. */
int	io_slurp_stamp(const char *path, struct str *b, struct io_stamp *st);

/* Whether stamps a and b of two reads of a rereadable input say the same
 * file with the same bytes: device, inode, size, mtime and checksum. */
int	io_stamp_same(const struct io_stamp *a, const struct io_stamp *b);

/* A 64-bit checksum of s[0..n), continuing from h (0 to start).  The
 * input is taken in blocks of IO_SUMBLK bytes, so feeding it in pieces
 * whose lengths (all but the last) are multiples of IO_SUMBLK gives the
 * same sum as one call (libxxhash's XXH3).  For telling changed input,
 * not for security. */
#define IO_SUMBLK	65536
uint64_t io_checksum(uint64_t h, const char *s, size_t n);

/* io_slurp for a small text an option names (stop words, terms,
 * patterns, paths): exits 2 with "tool: path: reason" when it cannot be
 * read or is not UTF-8. */
void	io_slurp_text(const char *path, struct str *b);
/* The lines of such a text that are not empty (a final CR taken off each),
 * as NUL-terminated copies: *n of them (the array NULL when none); the
 * caller frees each and the array. */
char	**io_slurp_lines(const char *path, size_t *n);

/* The display name of an input: "-" for stdin, else the path itself. */
const char *io_name(const char *path);

/* The document id of a path: base name without directory and without
 * its last extension ("samples/a.b.txt" -> "a.b"); "-" for stdin. Writes
 * into b. */
void	io_docid(const char *path, struct str *b);
/* Where the last component of path[0..n) ends without its extension: at
 * its last dot that is not one of its leading dots, else n; *start: where
 * the component starts.  io_docid's rule, for whoever cuts ids alike. */
size_t	io_stem_end(const char *path, size_t n, size_t *start);
/* Appends s[0..n) to b as a doc id: a byte that is not valid UTF-8 (NUL
 * too), a control (below 0x20) or DEL becomes \xHH (two lower-case hex
 * digits), so that the id is printable UTF-8 that every reader takes. */
void	io_idadd(struct str *b, const char *s, size_t n);

/* Splits s[0..n) at sep into its first max fields at most (f[k], fl[k]:
 * start and length; what follows the max-th is not looked at); returns
 * how many.  The one splitter of TSV records, headers, sniffed lines. */
size_t	io_fields(const char *s, size_t n, char sep, const char **f,
	    size_t *fl, size_t max);
/* Is field f[0..fl) the NUL-terminated word w? */
int	io_field_is(const char *f, size_t fl, const char *w);

/*
 * struct lines: reads a file descriptor line by line with memory bounded
 * by the longest line (for streams between tools, which can be long).
 */
struct lines {
	int	 fd;
	char	*buf;
	size_t	 start, end, cap;	/* unread bytes: buf[start .. end) */
	size_t	 last;		/* where the last line returned starts */
	uint64_t offset;	/* input offset of buf[0] */
	int	 eof;
};
void	lines_init(struct lines *l, int fd);
/* The next line, without its LF (a CR before it stays), in *s (valid until
 * the next call), its input offset in *off when off is not NULL.  A UTF-8
 * BOM that starts the input is not part of the first line (whose offset
 * is then 3).  Returns 1, 0 at the end, -1 on a read error (errno set). */
int	lines_next(struct lines *l, const char **s, size_t *n, uint64_t *off);
/* The unread input ahead, at least want bytes of it unless it ends first
 * (*all is then 1): *s and *n, valid until the next call; nothing is
 * consumed.  0, or -1 on a read error. */
int	lines_peek(struct lines *l, size_t want, const char **s, size_t *n,
	    int *all);
/* Appends to b every byte from the start of the last line returned (or
 * from the first byte, before any) to the end of the input. 0 or -1. */
int	lines_rest(struct lines *l, struct str *b);
void	lines_free(struct lines *l);

/*
 * struct out: the one writer of records, TSV or RFC 4180 CSV.
 * TSV: fields joined by TAB, records end in LF; a TAB, CR or LF inside a
 * field is written as a space (our text fields never carry them).
 * CSV: fields joined by ',', records end in CRLF; a field is quoted (by
 * libcsv) when it holds a comma, a double quote, CR, LF, or starts or ends
 * with a space.  Output is buffered in IOBUF-sized chunks; a write error
 * prints "tool: write error: reason" and exits 2.  EPIPE is left to the
 * default SIGPIPE action, as in coreutils.
 * CSV-safe (--csv-safe): CSV in which a text cell (out_field, out_cstr)
 * that begins with '=', '+', '-', '@', TAB or CR gets a "'" in front, so
 * that no spreadsheet takes it for a formula (OWASP's CSV injection
 * advice).  Numbers (out_u64, out_double) are exempt: they are written as
 * numbers, a spreadsheet reads them as numbers, and a negative one (a
 * log ratio) must stay one.  A term such as "-5" or "-ism" is text and
 * gets its "'".  A cell of one byte alone ("+", "-") is left as it is:
 * nothing follows to compute.
 */
enum { OUT_TSV = 0, OUT_CSV = 1, OUT_CSV_SAFE = 2 };	/* out_init's csv */

/* --csv-safe in every tool that takes --csv: its getopt_long entry (the
 * value OUT_OPT_CSV_SAFE) and its help line. */
enum { OUT_OPT_CSV_SAFE = 1024 };
#define OUT_CSV_SAFE_LONGOPT \
	{ "csv-safe", no_argument, NULL, OUT_OPT_CSV_SAFE }
#define OUT_CSV_SAFE_HELP \
"      --csv-safe      --csv for spreadsheets: a text cell that begins with\n" \
"                      = + - @, a tab or a CR gets a ' in front of it\n"

struct out {
	int	 fd;
	const char *path;	/* the file out_open opened, else NULL */
	int	 csv;
	int	 safe;		/* OUT_CSV_SAFE */
	int	 nfield;	/* fields written in the current record */
	char	*buf;
	size_t	 n, cap;
	struct str tmp, pre;
};
/* csv: OUT_TSV, OUT_CSV or OUT_CSV_SAFE (any other non-zero is CSV). */
void	out_init(struct out *o, int fd, int csv);
/* out_init on a file it creates (or truncates): exits 2 with "tool: path:
 * reason" when it cannot.  out_close then closes it. */
void	out_open(struct out *o, const char *path, int csv);
/* out_init on memory: what is written is held (the buffer grows) until
 * out_held appends it to another out; out_close frees it.  So a second
 * thread can write its part of a table while the first writes its own. */
void	out_hold(struct out *o, int csv);
void	out_held(struct out *to, const struct out *held);
void	out_field(struct out *o, const char *s, size_t n);
void	out_cstr(struct out *o, const char *s);	/* a NUL-terminated field */
void	out_u64(struct out *o, uint64_t v);		/* a decimal field */
void	out_double(struct out *o, double v, int prec);	/* "%.*f", locale-free */
void	out_endrec(struct out *o);
void	out_header(struct out *o, const char *const *names);	/* NULL-terminated */
void	out_raw(struct out *o, const char *s, size_t n);	/* bytes as they are */
void	out_flush(struct out *o);
/* Flushes, frees, and closes the fd when out_open opened it (fds from
 * out_init belong to the caller); exits 2 on a write error. */
void	out_close(struct out *o);

#endif
