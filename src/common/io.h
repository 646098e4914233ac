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

/* io_slurp for a small text an option names (stop words, terms,
 * patterns, paths): exits 2 with "tool: path: reason" when it cannot be
 * read or is not UTF-8. */
void	io_slurp_text(const char *path, struct str *b);

/* The display name of an input: "-" for stdin, else the path itself. */
const char *io_name(const char *path);

/* The document id of a path: base name without directory and without
 * its last extension ("samples/a.b.txt" -> "a.b"); "-" for stdin. Writes
 * into b. */
void	io_docid(const char *path, struct str *b);
/* Appends s[0..n) to b as a doc id: a byte that is not valid UTF-8 (NUL
 * too), a control (below 0x20) or DEL becomes \xHH (two lower-case hex
 * digits), so that the id is printable UTF-8 that every reader takes. */
void	io_idadd(struct str *b, const char *s, size_t n);

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
 * the next call), its input offset in *off when off is not NULL.  Returns
 * 1, 0 at the end, -1 on a read error (errno set). */
int	lines_next(struct lines *l, const char **s, size_t *n, uint64_t *off);
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
 */
struct out {
	int	 fd;
	int	 csv;
	int	 nfield;	/* fields written in the current record */
	char	*buf;
	size_t	 n, cap;
	struct str tmp;
};
void	out_init(struct out *o, int fd, int csv);
void	out_field(struct out *o, const char *s, size_t n);
void	out_cstr(struct out *o, const char *s);	/* a NUL-terminated field */
void	out_u64(struct out *o, uint64_t v);		/* a decimal field */
void	out_double(struct out *o, double v, int prec);	/* "%.*f", locale-free */
void	out_endrec(struct out *o);
void	out_header(struct out *o, const char *const *names);	/* NULL-terminated */
void	out_raw(struct out *o, const char *s, size_t n);	/* bytes as they are */
void	out_flush(struct out *o);
void	out_close(struct out *o);	/* flushes, checks, frees; exits 2 on error */

#endif
