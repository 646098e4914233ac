/*
 * source.h: the inputs of a corpus.  corpus_scan (doc.h) reads each input
 * once in pass 1: it checks the bytes (UTF-8), hands them to the lexicon
 * and keeps them when they cannot be read again (standard input, a pipe,
 * a device) or when there is only one input; of a regular file it keeps
 * a stamp, and a later read must match it.  Standard input belongs here:
 * the bytes a tool read from it already to judge its kind are given back
 * with corpus_set_stdin (doc.h) and taken by the next corpus that reads
 * "-".  input_load is the one read of an input both passes use.
 */
#ifndef TX_SOURCE_H
#define TX_SOURCE_H

#include "doc.h"
#include "io.h"
#include "sniff.h"

/* What pass 1 read of one input: its bytes, when it cannot be read again
 * (or is the only one), else the stamp a later read must match. */
enum { IN_NONE = 0, IN_KEPT, IN_STAMPED, IN_TAKEN };

struct corpus_input {
	int	 state;		/* IN_NONE until a read succeeds */
	struct str bytes;
	struct io_stamp st;
	int	 kind;		/* what its first read was (sniff.h) */
	int	 empty;		/* no bytes: a stream or a text alike */
	char	*why;		/* what is wrong, for a broken kind */
	int	 opens;		/* pass 2's opens still to come (corpus_plan) */
};

enum { LOAD_OK = 0, LOAD_ERR = -1, LOAD_CHANGED = -2 };

/*
 * The bytes of input path, in *out: the kept ones, or b after path was
 * read into it.  The first read of a path records it (keeping its bytes
 * when it cannot be read again, or when keep is set); a later read must
 * match that record.  *seen says whether there was one.  LOAD_OK,
 * LOAD_ERR (errno set), or LOAD_CHANGED.
 */
int	input_load(struct corpus *c, const char *path, int keep, struct str *b,
	    const struct str **out, int *seen);
/*
 * Pass 2 opens input path once more (after input_load): 1 when that was
 * its last planned open (corpus_plan, doc.h) and its bytes were kept,
 * which are then moved into *b, the caller's to free; the input is
 * IN_TAKEN, and a read of it after that fails.  Else 0, nothing moved.
 */
int	input_take(struct corpus *c, const char *path, struct str *b);
/* Reports (warn) an input input_load could not give. */
void	load_failed(const char *path, int rc);

/*
 * The text of input path, its bytes s[0..n), in D (decode.h), in the
 * encoding o->encoding says (decode_choose): 0, or -1 when it is not
 * text in that encoding, reported (warnx: the byte offset, and what to
 * try: --encoding auto when uchardet recognises the bytes, "it looks like
 * windows-1252", or --lossy); the input is then to be skipped whole.
 * With --lossy the bad bytes are U+FFFD, reported once when warnlossy is
 * set; *raw is set when they are still in the text (UTF-8 with bad bytes:
 * the stages repair them, lines.c's LF_SPECIAL).
 */
struct decoded;
int	input_text(const struct doc_opts *o, const char *path, const char *s,
	    size_t n, struct decoded *D, int warnlossy, int *raw);

/*
 * What the inputs of a run are, as pass 1 judged each one on its first
 * read (sniff.h; an input it could not read counts for nothing):
 * SNIFF_STREAM when they are txseg streams, SNIFF_TEXT when they are
 * text.  Fatal (exit 2, before anything is written), naming the file: a
 * txfreq table ("f: a txfreq table, not text (give it to txfreq
 * --merge)"), a broken stream or table ("f: line N: ..."), and streams
 * mixed with texts ("s.tsv is a txseg stream, a.txt is text: ...";
 * an empty input is either).
 * With streams 0 (txseg) only a stream is refused ("f: a txseg stream
 * already: ..."); every other input is text.
 */
int	source_kinds(const struct corpus *c, char **paths, int npaths,
	    int streams);
/*
 * Reads the stream inputs of paths, one after another as one stream (so
 * an id whose records come back in a later file is two documents): fn
 * gets the reader, which names the file and line in its messages.  An
 * input that cannot be read again is reported and left out: 2, else 0.
 */
struct stream_in;
int	source_streams(struct corpus *c, char **paths, int npaths,
	    void (*fn)(void *arg, struct stream_in *in), void *arg);

/*
 * Standard input as the one input of a tool that reads text and also a
 * stream (or a table): source_stdin_open starts reading it and, with
 * sniffit, judges its head (sniff.h: the kind, why set for a broken one;
 * else SNIFF_TEXT); source_stdin_take reads its first line: 1 when stream
 * is set and there is one (the stream goes on in in->lr, its first line in
 * in->first), else 0, and what was read of stdin goes to the next corpus
 * that reads "-" (corpus_set_stdin).  A read error is fatal ("-: ...").
 */
struct stdin_in {
	struct lines lr;
	const char *first;
	size_t	 nfirst;
	char	 why[160];
};
int	source_stdin_open(struct stdin_in *in, int sniffit);
int	source_stdin_take(struct stdin_in *in, int stream);
void	source_stdin_close(struct stdin_in *in);

#endif
