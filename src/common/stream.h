/*
 * stream.h: the stream between tools, txseg's TSV records, and the one
 * reader of it every tool uses (txfreq/txkeys through count.c, txkwic,
 * txdiff).  A stream is txseg's header line, then one record a line:
 * doc sec par sent kind start end text, and type for tokens.  Streams may
 * be concatenated: a header met again is skipped, as are blank lines.
 *
 * stream_next gives one record at a time from a struct lines (io.h) or a
 * buffer: 1 and *r (pointers into the current line, valid until the next
 * call; in->line and in->len are that line without its LF), 0 at the end,
 * -1 for a line that is no record (in->lineno says which: the caller
 * reports).  Fatal: a read error ("name: strerror"), when check is set,
 * invalid UTF-8 ("name: invalid UTF-8 at byte N", N an offset in the
 * input), and two documents with one id: txseg writes all the records of
 * a document together, so records of an id that come back after another
 * id's ("a", "b", then "a" again: two same-named files summed, or streams
 * concatenated) are the evidence ("name: line N: records of 'a' again,
 * after 'b': two documents with one id ...").  Streams sorted by doc, or
 * cut by grep, keep each id together and pass.  stream_close frees what
 * that check keeps (the ids met: a few bytes a document).
 */
#ifndef TX_STREAM_H
#define TX_STREAM_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

#include "ht.h"
#include "util.h"

struct lines;

/* The stream between tools: txseg's header fields (tokens add "type"),
 * NULL-terminated, and whether a line s[0..n) is that header.  The
 * header may carry variables of the documents between doc and sec
 * (txseg --meta-columns: "doc year meta_kind sec par sent kind start end
 * text"), at most STREAM_MAXMETA of them; doc_stream_header says how
 * many (*nmeta) and where their names start (*names: the byte after
 * "doc\t", or NULL with none). */
#define STREAM_MAXMETA	32
extern const char *const doc_stream_fields[];
int	doc_is_stream_header(const char *s, size_t n);
int	doc_stream_header(const char *s, size_t n, size_t *nmeta);

/* One record of the stream, parsed: pointers into the line.  meta: the
 * values of the header's variables, in its order. */
struct doc_record {
	const char *doc, *sec, *kind, *text, *type;	/* type: NULL unless */
	size_t	 ldoc, lsec, lkind, ltext, ltype;	/* a token record */
	size_t	 par, sent, start, end;
	size_t	 nmeta;
	const char *meta[STREAM_MAXMETA];
	size_t	 lmeta[STREAM_MAXMETA];
};
/* Parses line s[0..n) (no LF; a CR at its end is ignored): 0, or -1 when
 * it is no record (the header, 8 or 9 fields wanted, par, sent, start
 * and end numbers with start <= end). */
int	doc_parse_record(const char *s, size_t n, struct doc_record *r);
/* The same for a stream whose header carries nmeta variables: 8 + nmeta
 * or 9 + nmeta fields. */
int	doc_parse_record_meta(const char *s, size_t n, size_t nmeta,
	    struct doc_record *r);
/* A line s[0..n) of a stream, as every reader takes it: 1 (and *r) for a
 * record, 0 for a line every reader skips (blank, or txseg's header met
 * again: streams are concatenated), -1 for anything else. */
int	doc_stream_line(const char *s, size_t n, struct doc_record *r);

struct stream_in {
	struct lines *lr;	/* the lines read from, or NULL: */
	const char *p, *end;	/* the rest of the buffer read from */
	const char *buf;	/* its start */
	const char *name;	/* the input, for messages */
	int	 check;		/* validate UTF-8 line by line */
	int	 crfirst;	/* take a CR off the line before it is parsed */
	const char *first;	/* a line read already, given out first */
	size_t	 nfirst;
	int	 hasfirst;
	const char *line;	/* the current line */
	size_t	 len;
	uint64_t off;		/* its offset in the input */
	size_t	 lineno;	/* its number (1-based) */
	struct str cur;		/* the id of the records at hand */
	int	 hascur;
	struct ht done;		/* the ids met before it */
	/* The variables of the last header (txseg --meta-columns): their
	 * names in hdr, nmeta of them; gen counts the headers that set
	 * them, so a reader can look a name up again when it changes. */
	struct str hdr;
	size_t	 nmeta;
	const char *mname[STREAM_MAXMETA];
	size_t	 lmname[STREAM_MAXMETA];
	unsigned gen;
	/* At the end of a buffer, more (when set) may give the next one
	 * (stream_switch) and return 1: files read one after another as
	 * one stream, the ids and the header carried over. */
	int	(*more)(void *arg, struct stream_in *in);
	void	*morearg;
};

/* Reads the records of lr, lineno lines of which were read already. */
void	stream_from_lines(struct stream_in *in, struct lines *lr,
	    const char *name, size_t lineno, int check);
/* Reads the records of s[0..n) (a BOM at its start skipped). */
void	stream_from_buffer(struct stream_in *in, const char *s, size_t n,
	    const char *name, int check);
/* Goes on with the records of s[0..n) (a BOM at its start skipped),
 * named name, its lines counted from 1: what was met before stays met. */
void	stream_switch(struct stream_in *in, const char *s, size_t n,
	    const char *name);
/* Line s[0..n), read already (offset 0), comes first. */
void	stream_push_first(struct stream_in *in, const char *s, size_t n);
int	stream_next(struct stream_in *in, struct doc_record *r);
/* Takes header line s[0..n) (read before the stream was set up) as the
 * one its records follow: 0, or -1 when it is not txseg's header. */
int	stream_header(struct stream_in *in, const char *s, size_t n);
/* A variable whose name is one of the stream's own fields (doc_stream_fields
 * or "type": a --meta table's "kind" column, say) is written in the header
 * as STREAM_VAR_PREFIX and its name ("meta_kind"), so that no header names
 * two columns alike (spreadsheets, pandas and R would rename one).
 * stream_var_clashes judges a name; stream_column finds a variable by its
 * name or, failing that, by the prefixed one. */
#define STREAM_VAR_PREFIX	"meta_"
int	stream_var_clashes(const char *name);
/* The index of variable name among the header's, or -1; the names,
 * ", "-separated, into b. */
int	stream_column(const struct stream_in *in, const char *name);
void	stream_names(const struct stream_in *in, struct str *b);
/* Frees what the reader keeps (the header's names). */
void	stream_close(struct stream_in *in);

#endif
