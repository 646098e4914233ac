/*
 * count.h: counting terms and n-grams over a corpus, the engine that
 * txfreq prints and txkeys compares.
 *
 * Text comes from raw files (the road of doc.h), from txseg's stream, or
 * from txfreq tables (merging).  Each item counted belongs to a cell: a
 * document, or a section of one when the caller needs sections.  Per term
 * the counter keeps its total and, when asked, its count in every cell it
 * occurs in (a chain of pairs, 16 bytes each, so memory grows with the
 * distinct (term, cell) pairs and never with the input); at the end the
 * pairs can become a table per document or section in place.
 *
 * Items are made per sentence run: the counted tokens between two tokens
 * that are not counted (punctuation) or sentence ends, folded unless
 * keepcase; multi-word terms are joined into one unit, longest match
 * first; stop words drop the n-grams they start or end; stems replace
 * words.  An n-gram's key is its units joined by one space.
 */
#ifndef TX_COUNT_H
#define TX_COUNT_H

#include <stddef.h>
#include <stdint.h>
#include "doc.h"
#include "ht.h"
#include "meta.h"
#include "util.h"

/* Levels of grouping, coarse to fine. */
enum count_level { LV_CORPUS = 0, LV_DOC, LV_SECTION };

struct count_opts {
	int	 keepcase;	/* --case */
	int	 punct;		/* --punct: punctuation and symbols are terms */
	int	 nonumbers;	/* --no-numbers */
	int	 noheadings;	/* --no-headings */
	size_t	 nmin, nmax;	/* -n: n-gram sizes, 1 <= nmin <= nmax <= 9 */
	int	 stem;		/* --stem: Snowball English stems */
	int	 alsowords;	/* --also-words: a term's words count too */
	int	 stream;	/* stdin is txseg records even with no header */
	int	 tablefiles;	/* the tool reads tables given as files (txkeys):
				 * the hint for a table on stdin says so */
	int	 cells;		/* LV_DOC or LV_SECTION: what a cell is */
	int	 pairs;		/* keep counts per (term, cell) */
	struct ht *stop;	/* folded stop words, or NULL */
	struct ht *terms;	/* folded multi-word terms, or NULL */
	size_t	 termmax;	/* the longest term, in words */
	char	**scan;		/* --corpus-list: pass 1 reads these (all the */
	int	 nscan;		/* corpus) when only some files are counted */
	/* Grouped (--by VAR, --parts VAR, --target VAR=VALUE): a document's
	 * cell is (its value of by, its doc id), the value standing for the
	 * document and the doc id for the section (cells must be
	 * LV_SECTION); NULL: cells are documents or sections. */
	struct meta_var *by;
	struct doc_opts doc;
};

/* One cell: a document or a section, in order of first appearance. */
struct cell {
	uint32_t doc;		/* index in docs */
	const char *sec;	/* section path ("" when cells are documents) */
	uint64_t items;		/* items counted in it */
	uint64_t sentences;	/* sentences counted in it */
	uint64_t types;		/* distinct items in it */
};

/* Per term (by its entry index in terms): its last cell and the count
 * there, the chain of earlier (cell, count) pairs, and its range. */
struct tinfo {
	uint32_t cell;		/* last cell + 1; 0 before any */
	uint32_t head;		/* earlier pairs: index + 1 in pairs; 0 none */
	uint64_t n;		/* count in the last cell */
	uint64_t range;		/* cells it occurs in */
};

/* A Chinese word counted by id since the last drain: its id and text. */
struct idword {
	uint32_t id;
	uint32_t len;
	size_t	 off;		/* in nkeys */
};

/* A (term, cell) count in a chain; counter_rows turns it into a row of
 * a per-group table: (group, term, count). */
struct pair {
	uint32_t cell;		/* the cell; a row's group */
	union {
		uint32_t next;	/* in a chain: index + 1, 0 at the end */
		uint32_t term;	/* in a row: the term's entry index */
	};
	uint64_t n;
};

/* A unit of a run: a word or a joined term, run[a..b), srun[sa..sb);
 * the run's words [w0, w1). */
struct unit {
	size_t	 a, b, sa, sb;
	size_t	 w0, w1;
	int	 stop;
};

/*
 * A unit of a sentence, for a tool that reads the units instead of
 * counting them (counter_sentence): its key in skeys (folded unless
 * keepcase, its stem with stem: what txfreq counts), the tokens it holds,
 * [t0, t1) of the sentence's, whether it is a stop word, and its run: the
 * units of one run have only counted tokens between them, and an n-gram
 * never spans two runs.
 */
struct sunit {
	size_t	 k, kn;
	size_t	 t0, t1;
	uint32_t run;
	int	 stop;
};

/* An item to count: units i .. i + n, and its key's hash. */
struct item {
	size_t	 i, n;
	uint32_t h;
};

/* An item waiting to be counted: its key, pkeys[off, off + len). */
struct pend {
	size_t	 off;
	uint32_t len, h;
	uint64_t n;		/* the count to add */
};

struct sb_stemmer;

struct counter {
	const struct count_opts *o;
	struct ht terms;	/* item -> val: count; entry i has ti.v[i] when
				 * haveti, else aux = (range << 32) | cell + 1 */
	VEC(struct tinfo) ti;
	VEC(struct pair) pairs;
	VEC(struct cell) cells;
	struct ht cellkeys;	/* "doc index\tsec" -> val: cell index */
	struct ht docs;		/* document names, in order: entry i is doc i */
	uint32_t cur;		/* the current cell + 1; 0 before any */
	int	 haveti;	/* ti and chains kept (o->pairs at init) */
	uint64_t items;		/* all items counted */
	struct ht forms;	/* --stem: surface item -> val: count, aux: term */
	/* Work space of a sentence run. */
	struct str run, srun, key;
	struct str fold;	/* a word folded, counted one by one */
	/* Chinese words counted by their model id (tok.h's zh) until the
	 * next drain: counts per id, and the ids counted, with their text
	 * in nkeys. */
	uint32_t *ncount;
	size_t	 nids;
	VEC(struct idword) touched;
	struct str nkeys;
	VEC(size_t) ends;	/* where each word of run ends */
	VEC(uint8_t) types;	/* and its token type */
	VEC(struct unit) units;
	VEC(struct item) items_;
	/* Items wait here, in order, until a cell ends or PEND_MAX of
	 * them do: the table is looked up a long batch at a time, which
	 * a run between two commas is not (count.c, drain). */
	VEC(struct pend) pend;
	struct str pkeys;
	VEC(struct tok) toks;
	VEC(size_t) starts;
	struct ht stems;	/* --stem: word -> val: offset, aux: length */
	struct str stembuf;
	struct sb_stemmer *stemmer;
	/* counter_sentence: the units of the sentence, nothing counted */
	int	 unitsonly;
	VEC(struct sunit) sunits;
	struct str skeys;
	VEC(size_t) tidx;	/* each word of run: its token */
	size_t	 curtok;
	uint32_t nrun;
};

void	counter_init(struct counter *c, const struct count_opts *o);
void	counter_free(struct counter *c);

/* Counts raw files (or stdin, "-": txseg's stream when it starts with
 * txseg's header or when o->stream, raw text otherwise).  Reports
 * unreadable inputs and returns STATUS_TROUBLE after counting the rest;
 * invalid input is fatal (exit 2) before anything is written. */
int	count_inputs(struct counter *c, char **paths, int npaths);

/* Merging: the kind of a txfreq table, from its header line, and the
 * n of its n-grams, from its rows. */
struct table_kind {
	int	 level;		/* LV_CORPUS (term ... range), LV_DOC, LV_SECTION */
	int	 form;		/* has a form column (--stem) */
	int	 ncol;
	size_t	 words;		/* the fewest words in a term: -n's low end;
				 * 0 before a row */
	const char *wpath;	/* the table words came from */
	char	 group[128];	/* LV_DOC: the first column's name when it is
				 * a variable (txfreq --by VAR), else "" */
};
/* Is line s[0..n) the header of a txfreq table that merges?  1 (and *k
 * set), else 0 with *why saying what it is when it looks like a header
 * (the fuzz harness of the table reader checks rows against it). */
int	count_table_header(const char *s, size_t n, struct table_kind *k,
	    const char **why);
/* Adds every row of the txfreq table at path (TSV; "-" is stdin) to c.
 * Every table must have the header *k had when k->ncol > 0, and terms of
 * as many words at the fewest (the same -n) as k->words when it is set;
 * the first table sets them.  A header row met again anywhere (sorted map
 * outputs) is skipped.  A count is at least 1 (txfreq lists what it
 * counted), a range from 1 to the count; counts that add up beyond
 * 2^64 - 1 overflow.  Errors are fatal: "tool: path: reason", exit 2. */
void	count_table(struct counter *c, const char *path, struct table_kind *k);

/* Opens the current cell (doc, sec): counting goes there until the next
 * call.  sec is ignored when cells are documents. */
void	counter_cell(struct counter *c, const char *doc, size_t dlen,
	    const char *sec, size_t slen);
/* Adds n to item key[0..len) in the current cell. */
struct ht_entry *counter_add(struct counter *c, const char *key, size_t len,
	    uint64_t n);
/* The number of cells term idx (its entry index) occurs in. */
uint64_t counter_range(const struct counter *c, size_t idx);
/* Asks the cache for term idx's entry and what counter_range(c, idx)
 * reads, for a caller that reads terms in an order of its own. */
void	counter_prefetch(const struct counter *c, size_t idx);
/* --stem: each term's most frequent form (ties: the first in byte
 * order), as an index into c->forms, or SIZE_MAX; caller frees. */
size_t	*counter_best_forms(const struct counter *c);
/* Ends counting: the last (term, cell) pairs join their chains. */
void	counter_finish(struct counter *c);
/* After counter_finish, turns the chains into a table in place: c->pairs
 * become rows (group, term, n), group the cell's document when bydoc,
 * else the cell, one row per (group, term), sorted by group, then term
 * (entry index).  Returns where each group's rows start (ngroups + 1 of
 * them; caller frees).  The chains and c->ti are gone: only the rows are
 * left.  Memory: the pairs' own, plus two words per group. */
size_t	*counter_rows(struct counter *c, int bydoc);

/*
 * The units of one sentence, toks[0..ntok) of text, as they would be
 * counted, into c->sunits (keys in c->skeys), for a tool that does its
 * own counting with them (txcoll): nothing is counted, c->unitsonly is
 * set for good.  They stay until the next call.  --also-words has no
 * meaning here (a unit is a term or a word).
 */
void	counter_sentence(struct counter *c, const char *text,
	    const struct tok *toks, size_t ntok);

/*
 * How an item (a key, its words joined by single spaces) is shown: between
 * two Han words sep (NULL: "", so 网络 安全 is written 网络安全, as Chinese
 * is), a space between any others.  Into out (cleared first).
 */
void	counter_item_text(const char *s, size_t n, const char *sep,
	    struct str *out);

/* The name of document i. */
const char *counter_doc(const struct counter *c, uint32_t i);
size_t	counter_ndocs(const struct counter *c);

/* Stop lists: "en" is the built-in English list (Snowball's), anything
 * else a file of one word per line ('#' starts a comment).  Words are
 * folded.  Exits 2 with a message when the file cannot be read. */
void	stop_load(struct ht *stop, const char *what);
/* --corpus-list: the paths of listfile (one a line) become o->scan. */
void	paths_load(struct count_opts *o, const char *listfile);
/* Terms: one per line, tokenized and folded as text is.  A line whose
 * tokens would not be counted under o is an error.  Sets o->termmax. */
void	terms_load(struct count_opts *o, struct ht *terms, const char *path);

/*
 * The counting options, the same in every tool that counts: their
 * getopt_long entries (COUNT_LONGOPTS, with -n in the short options as
 * "n:"), their help lines (COUNT_HELP), and their handling.
 */
enum { CO_CASE = 512, CO_PUNCT, CO_NONUM, CO_NOHEAD, CO_STEM, CO_STOP,
	CO_TERMS, CO_ALSO, CO_STREAM, CO_CORPUS };
#define COUNT_LONGOPTS \
	{ "ngrams",	 required_argument, NULL, 'n' }, \
	{ "case",	 no_argument,	    NULL, CO_CASE }, \
	{ "punct",	 no_argument,	    NULL, CO_PUNCT }, \
	{ "no-numbers",	 no_argument,	    NULL, CO_NONUM }, \
	{ "no-headings", no_argument,	    NULL, CO_NOHEAD }, \
	{ "stem",	 no_argument,	    NULL, CO_STEM }, \
	{ "stop",	 required_argument, NULL, CO_STOP }, \
	{ "terms",	 required_argument, NULL, CO_TERMS }, \
	{ "also-words",	 no_argument,	    NULL, CO_ALSO }, \
	{ "stream",	 no_argument,	    NULL, CO_STREAM }, \
	{ "corpus-list", required_argument, NULL, CO_CORPUS }
#define COUNT_HELP \
"  -n, --ngrams=N|A-B  n-grams of N (or A to B) words, within sentences\n" \
"      --case          keep case\n" \
"      --punct         count punctuation and symbol tokens too\n" \
"      --no-numbers    do not count numbers\n" \
"      --no-headings   do not count headings\n" \
"      --stem          Snowball English stems; a form column shows each\n" \
"                      stem's most frequent word\n" \
"      --stop en|FILE  leave out stop words (and n-grams that start or end\n" \
"                      with one): en is Snowball's English list\n" \
"      --terms FILE    count the multi-word terms of FILE (one a line) as\n" \
"                      units, longest first\n" \
"      --also-words    count a term's words on their own too\n" \
"      --stream        standard input is txseg's stream, header or not\n" \
"      --corpus-list FILE  the whole corpus, one path a line: line-break\n" \
"                      hyphens are judged on all of it (for split runs)\n"

struct count_setup {
	struct count_opts c;
	const char *stop, *terms, *list;	/* file names, or NULL */
	int	 given;		/* a counting option was given */
	struct ht stopt, termst;
};
/* Zeroes s, with unigrams. */
void	count_setup_init(struct count_setup *s);
/* Takes option ch (from getopt_long) when it is a counting one: 1, or 0
 * when it is not.  Bad values exit 2 with a message. */
int	count_option(struct count_setup *s, int ch, const char *arg);
/* Was an option given that changes which terms are counted (any but
 * --stream and --corpus-list, which only say how text is read)? */
int	count_setup_shapes(const struct count_setup *s);
/* Checks the options against each other and loads the stop list, the
 * terms and the corpus list they name into s->c. */
void	count_setup_load(struct count_setup *s);
void	count_setup_free(struct count_setup *s);

#endif
