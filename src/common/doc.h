/*
 * doc.h: the road every tool drives, from a file to cleaned paragraphs,
 * sentences and tokens, each with [start, end) byte offsets in the
 * original input.
 *
 *   source -> decode -> zhconv -> lines -> clean -> paragraphs -> sentences -> tokens
 *
 * A corpus is read twice.  Pass 1 (corpus_scan) decodes (decode.h) and
 * validates every input and
 * gathers the small facts that decisions need from all documents: words
 * that tell whether a hyphen at a line break is real.  Pass 2 (doc_open,
 * doc_next) holds one document at a time, classifies its lines (blank,
 * text, heading, contents, dropped furniture), joins wrapped lines into
 * paragraphs and yields them in order.
 */
#ifndef TX_DOC_H
#define TX_DOC_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"
#include "ht.h"
#include "tok.h"
#include "lexicon.h"
#include "stream.h"

struct rx;
struct out;
struct doc;

/* What a paragraph is. */
enum para_kind { PK_TEXT = 0, PK_HEADING, PK_TOC };


/* clean[clean, clean + clen) came from src[src, src + slen).  When the two
 * lengths are equal the bytes map one to one. */
struct piece {
	size_t	clean, clen;
	size_t	src, slen;
};
typedef VEC(struct piece) piecevec;

/* Appends piece { clean, clen, src, slen } to v; a one-to-one piece that
 * goes on where the last one-to-one piece ends (in both texts) lengthens
 * it instead.  The map of a view (overstrike.c, decode.c) is built so. */
static inline void
piece_push(piecevec *v, size_t clean, size_t clen, size_t src, size_t slen)
{
	struct piece *q = v->n ? &v->v[v->n - 1] : NULL;

	if (clen == slen && q != NULL && q->clen == q->slen &&
	    q->clean + q->clen == clean && q->src + q->slen == src) {
		q->clen += clen;
		q->slen += slen;
		return;
	}
	VEC_PUSH(*v, ((struct piece){ clean, clen, src, slen }));
}

/* A --heading pattern: lines it matches are headings, of this level
 * (1..6), or 0: the rank of the style, as the numbered ones have. */
struct doc_heading {
	struct rx *rx;
	int	 level;
};

struct doc_opts {
	int	 keep;		/* --keep: no cleanup beyond whitespace and NFC */
	int	 lossy;		/* --lossy: invalid UTF-8 becomes U+FFFD */
	const char *encoding;	/* --encoding: NULL (UTF-8, or UTF-16 by its
				 * BOM), "auto", or a name iconv knows
				 * (decode.h) */
	unsigned tokopts;	/* TOK_SPLIT_HYPHENS */
	uint32_t nodrop;	/* rules turned off (--drop, --no-drop): bit
				 * 1 << reason (enum drop_reason, furniture.h) */
	struct doc_heading *headings;	/* --heading, in the order given */
	size_t	 nheadings;
	/* Called with every document doc_open opened for corpus_walk (and
	 * by tools that open their own), before its paragraphs: --dropped,
	 * --stats and -v (docopt.h).  NULL: none. */
	void	(*report)(void *arg, struct doc *d);
	void	*reportarg;
	int	 abbrevs;	/* --learn-abbrevs: pass 1 learns the corpus's
				   abbreviations for the sentences (lexicon.h) */
	int	 idfrom;	/* --id-from: how corpus_walk names documents
				   (enum inputs_id, inputs.h) */
	void	*zhcc;		/* --zh-convert: OpenCC's converter (zhconv.h),
				   or NULL */
	int	 forget;	/* the tool reads each document's paragraphs
				   once, in order, and never its source
				   (doc_source) after o->report: the road
				   gives back the text behind them as it
				   goes (behind.h), so a big document costs
				   what lies ahead of the reader, not its
				   size; with corpus_plan, the bytes pass 1
				   kept are the document's to give back
				   (source.h).  A test hook: with
				   TX_TEST_KEEP_TEXT set, nothing is given
				   back, the output the same */
};

struct corpus_input;	/* doc.c: kept bytes, or a stamp to check */
struct decoded;		/* decode.h */

/* Facts gathered over all inputs in pass 1. */
struct corpus {
	const struct doc_opts *opts;
	struct lexicon lex;	/* the corpus as dictionary (lexicon.h) */
	struct ht failed;	/* inputs pass 1 could not read */
	struct ht inputs;	/* path ("-": stdin) -> its index in ins */
	VEC(struct corpus_input) ins;	/* what pass 1 read of each input */
	struct decoded *dec;	/* pass 1's text of an input */
	int	 streams;	/* inputs judged streams are read as such */
};

/* One paragraph (or heading, or contents line) of cleaned text. */
struct para {
	int	 kind;		/* enum para_kind */
	int	 level;		/* heading level: 0 for a title, 1.. */
	const char *text;	/* cleaned text, NUL-terminated, no tab or newline */
	size_t	 len;
	const struct piece *pieces;
	size_t	 npieces;
	size_t	 start, end;	/* source span */
	size_t	 lineno;	/* line number (1-based) of its first line */
	size_t	 parno;		/* 1-based ordinal in the document */
	const char *sec;	/* section path: "0", "2", "2.2.1" */
	const size_t *breaks;	/* clean offsets where a new sentence must start */
	size_t	 nbreaks;
};

/*
 * One sentence, with its tokens: toks[0 .. ntok), in order, their start
 * and end clean offsets in the paragraph text; the array is the road's,
 * valid until the next doc_next_sentence or doc_next.  A sentence holds
 * at least one token and at most SENT_MAXTOK: a longer run without a
 * sentence break (a 1 GB line with no full stop) is cut into sentences
 * of exactly SENT_MAXTOK tokens, the last one holding the rest.  No tool
 * needs the paragraph's tokens at once: a paragraph of any size comes as
 * a sentence at a time, in bounded memory.
 */
#define SENT_MAXTOK	32768
struct sentence {
	const struct tok *toks;
	size_t	 ntok;
	size_t	 cstart, cend;	/* clean offsets in the paragraph text */
	size_t	 start, end;	/* source offsets */
	size_t	 sentno;	/* 1-based ordinal in the document */
};

struct doc;	/* opaque: one open document */
struct stream_in;

void	corpus_init(struct corpus *c, const struct doc_opts *o);
void	corpus_free(struct corpus *c);
/*
 * Pass 1 over the inputs.  Reports unreadable inputs with warn(), and
 * inputs that are not text in their encoding (decode.h, input_text in
 * source.h: "tool: name: invalid UTF-8 at byte N; ..."), and returns the
 * number of them; each is skipped whole (doc_open refuses it), the others
 * are read.  Every input is read once here: the bytes of one
 * that cannot be read again (stdin, a pipe, a FIFO, a device; see
 * io_stamp) are kept for pass 2, as are those of a single input; of a
 * regular file, what was read is stamped (io_slurp_stamp).  A file that
 * changed on a later read is reported as "name: changed while being
 * read" and counted here, or refused by doc_open.  The environment
 * variable TX_TEST_BETWEEN_PASSES, when set, is a shell command run (for
 * tests) after every input was read once, before any is read again.
 */
int	corpus_scan(struct corpus *c, char **paths, int npaths);
/* Whether path names a regular file (the same device and inode) that
 * pass 1 read as an input: an output file must not be one. */
int	corpus_reads(const struct corpus *c, const char *path);

/* Pass 2 will open paths[0 .. npaths), each once for each time it is
 * named there: an input opened for the last time may hand the bytes pass
 * 1 kept of it to its document (o->forget).  Without it, none does. */
void	corpus_plan(struct corpus *c, char **paths, int npaths);
/* Opens path (NULL or "-" is stdin) for pass 2: the bytes pass 1 kept, or
 * the file read again and found the same as pass 1 saw it.  Returns NULL
 * after warn() when it cannot be read, or after "name: changed while
 * being read" when it is not the same (nothing of it given out). */
struct doc *doc_open(struct corpus *c, const char *path);
/* The next paragraph, or 0 at the end of the document. */
int	doc_next(struct doc *d, struct para *p);
/* The next sentence of the current paragraph and its tokens, or 0 after
 * its last. */
int	doc_next_sentence(struct doc *d, struct sentence *s);
/* Source offsets of a clean offset in paragraph p: the start of the
 * character at off, and the end of the character that ends at off. */
size_t	para_src_start(const struct para *p, size_t off);
size_t	para_src_end(const struct para *p, size_t off);
/* A line the cleanup dropped: its line number (1-based), the span of the
 * line [start, end) without its terminator, why, and its text with the
 * white space around it trimmed (source bytes: special says they may hold
 * bytes that are not plain ASCII, such as invalid UTF-8 under --lossy). */
struct doc_drop {
	size_t	 lineno, start, end;
	int	 reason;	/* enum drop_reason (furniture.h) */
	const char *text;
	size_t	 len;
	int	 special;
};
/* The dropped lines of an open document, in order: *it is 0 to start;
 * 1 and *l for the next, 0 after the last. */
int	doc_next_dropped(struct doc *d, size_t *it, struct doc_drop *l);
/* The original bytes of the whole input (for tools that show source). */
const char *doc_source(struct doc *d, size_t *len);
const char *doc_name(struct doc *d);
/* The document's id: the one doc_set_id gave (corpus_walk gives every
 * document its id of inputs_ids), else io_docid's of its path. */
const char *doc_id(struct doc *d, size_t *len);
void	doc_set_id(struct doc *d, const char *id, size_t len);
/* The corpus the document belongs to. */
const struct corpus *doc_corpus(struct doc *d);
void	doc_close(struct doc *d);

/*
 * The walk every tool takes over its inputs: pass 1 over scan (the whole
 * corpus, when only some of it is read) or over paths, then each path in
 * turn.  begin(arg, d, path, id) opens a document (id: its doc id, of
 * inputs_ids under o->idfrom over paths, or over scan and paths when scan
 * is given: unique in the corpus; a
 * return of 0 skips its paragraphs), para(arg, d, p) gets each paragraph
 * (its sentences, each with its tokens, are there to pull), end(arg, d)
 * follows its last.  Unreadable inputs are reported and skipped: the
 * result is then STATUS_TROUBLE, else STATUS_OK.  Any callback may be
 * NULL.
 */
struct walk {
	int	(*begin)(void *arg, struct doc *d, const char *path,
		    const char *id, size_t idlen);
	void	(*para)(void *arg, struct doc *d, const struct para *p);
	void	(*end)(void *arg, struct doc *d);
	void	*arg;
	/* Set: each input is judged (source_kinds in source.h): tables and
	 * broken inputs are refused, and txseg streams, one after another,
	 * go to stream instead of begin/para/end (refused when it is NULL;
	 * with texts, refused too).  Unset: every input is text. */
	int	 judge;
	void	(*stream)(void *arg, struct stream_in *in);
};
int	corpus_walk(const struct doc_opts *o, char **paths, int npaths,
	    char **scan, int nscan, const struct walk *w);

/* Drops the bytes corpus_set_stdin gave that no corpus took. */
void	corpus_forget_stdin(void);
/* Gives the bytes of stdin a tool has read already (to look at its first
 * line): the next corpus to read stdin keeps these instead.  They move: b
 * is left empty. */
void	corpus_set_stdin(struct str *b);

#endif
