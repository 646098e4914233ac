/*
 * meta.h: the documents' metadata (--meta FILE), and the variable a tool
 * groups by (--by VAR, --parts VAR, --target VAR=VALUE, txseg's
 * --meta-columns).
 *
 * A metadata table is TSV or CSV with one header row.  Its first column
 * names a document, its other columns are the document's variables
 * (date, year, country, kind, author...).  The format: CSV when the file
 * name ends in .csv, TSV when it ends in .tsv or .tab; otherwise CSV when
 * the header holds a comma and no tab, else TSV.  TSV is split at tabs
 * (no quoting); CSV is RFC 4180, read by libcsv (a quoted field may hold
 * commas, quotes doubled, and line ends).  A BOM is skipped, CRLF ends a
 * row like LF, blank rows are skipped.  A tab, CR or LF inside a value
 * becomes a space (a value goes into a TSV stream), and the white space
 * around a value is trimmed.
 *
 * Refused, with "path: row N: reason" (row 1 is the header): invalid
 * UTF-8, an empty or repeated column name, a row of more or fewer fields
 * than the header, an empty key, and a key given twice (duplicate keys
 * would give one document two sets of values).  An empty value is
 * allowed: the document is in the empty group of that variable.
 *
 * A document is matched to a row by its key, in this order: the path as
 * given on the command line ("samples/a.txt"), a key that names the same
 * file (both exist and have one realpath: "/home/me/samples/a.txt" for
 * the argument samples/a.txt, or the other way round), its base name
 * ("a.txt"), its doc id ("a"); the first that is a key wins.  Standard
 * input and the documents of a txseg stream have no path, only a doc id
 * (the file's base name without its extension, or the path suffix
 * "a/strategy" that tells same-named files apart): a key is theirs when
 * it is the id, or else when the key without its extension is the id or
 * ends in "/" and the id ("a1.txt", "/data/c/a1.txt", "x/a/strategy.csv"
 * for "a1", "a1", "a/strategy").  When two keys name one document by the
 * same rule (two keys of one file, "c/a1.txt" and "d/a1.txt" for a
 * stream's "a1"), meta_row does not guess: it reports the ambiguity once,
 * naming both keys, and the document gets no row.  A document without a
 * row is reported once (meta_row) and its values are all empty.  A row that matches no document is not reported: a table may
 * describe a larger corpus than one run reads.
 */
#ifndef TX_META_H
#define TX_META_H

#include <stddef.h>
#include "ht.h"
#include "stream.h"

struct meta {
	char	*path;		/* the file, for messages */
	size_t	 ncol;		/* columns, the key column's included */
	char	**names;	/* ncol column names */
	size_t	 nrows;
	char	**cells;	/* nrows * ncol values, NUL-terminated */
	struct ht keys;		/* key -> val: row index */
	struct ht warned;	/* documents reported without a row */
	int	 indexed;	/* real and suffix are built (on first use) */
	struct ht real;		/* realpath of a key that exists -> row */
	struct ht suffix;	/* a key without its extension, and each of
				   its suffixes after a '/' -> row; aux: the
				   row + 1 of a second key with it */
};

/* Parses a table s[0..n) (csv: 1 for CSV, 0 for TSV) named name into
 * *m: 0, or -1 with the reason in err ("row N: ...", no path).  m is
 * ready for meta_free either way. */
int	meta_parse(struct meta *m, const char *name, const char *s, size_t n,
	    int csv, char *err, size_t errsize);
/* Is path a CSV table (by its extension, else by its header line s)? */
int	meta_is_csv(const char *path, const char *s, size_t n);
/* Reads path into *m (meta_parse); any error exits 2 with
 * "tool: path: reason". */
void	meta_load(struct meta *m, const char *path);
void	meta_free(struct meta *m);
/* The index of column name (0 is the key column), or -1. */
int	meta_column(const struct meta *m, const char *name);
/* The variables' names, ", "-separated, into b (for messages). */
void	meta_names(const struct meta *m, struct str *b);
/* The row of a document: path as given (NULL for stdin or a stream's
 * document), the same file, its base name, its doc id id[0..idlen), and
 * with no path a key ending in the id (the rules above).  -1 when none
 * is a key, or two are; then, the first time for that id, "tool: m.tsv:
 * no row for document 'id' (path): its values are empty" (or "...:
 * document 'id' matches two keys, 'k1' and 'k2': ...") on stderr. */
long	meta_row(struct meta *m, const char *path, const char *id,
	    size_t idlen);
/* The value of column col in row (row -1: ""). */
const char *meta_cell(const struct meta *m, long row, int col);

/*
 * A variable to group by: a column of a metadata table, or, with no
 * table, the column of that name a txseg stream carries after doc
 * (txseg --meta-columns), or "doc", the doc id itself.  opt names the
 * option for messages ("--by").
 */
struct meta_var {
	const char *name;
	const char *opt;
	struct meta *m;		/* the table, or NULL */
	int	 col;		/* in m */
	int	 isdoc;		/* "doc": the doc id */
	unsigned gen;		/* the stream header scol was found in */
	int	 scol;		/* the column among the stream's, or -1 */
};

/* Sets v to variable name of option opt, in m (may be NULL).  With a
 * table, a name that is not one of its columns exits 2: "opt: no
 * variable 'name' in path (its columns: ...)"; with no table, a name
 * other than doc is looked for in the stream (meta_var_record). */
void	meta_var_init(struct meta_var *v, const char *opt, const char *name,
	    struct meta *m);
/* The value of v for a file: path as given (NULL: stdin), doc id. */
const char *meta_var_file(struct meta_var *v, const char *path,
	    const char *id, size_t idlen, size_t *len);
/* The value of v for record r of stream in: from the table by r's doc
 * id, else from the stream's column of that name.  A stream without it
 * exits 2: "name: opt: the stream has no column 'var' (...)". */
const char *meta_var_record(struct meta_var *v, const struct stream_in *in,
	    const struct doc_record *r, size_t *len);
/* Can v be had for text documents (a table, or doc)?  Else exits 2
 * naming the option and saying --meta FILE is wanted (meta_var_file
 * asks, for each text document: a stream may carry the column). */
void	meta_var_need_table(const struct meta_var *v);

/*
 * The --meta option, the same in every tool that takes it.
 */
enum { META_OPT = 1100, META_OPT_COLUMNS };
#define META_LONGOPTS \
	{ "meta",	  required_argument, NULL, META_OPT }
#define META_HELP \
"      --meta FILE     the documents' variables: a TSV or CSV table whose\n" \
"                      first column is a path, base name or doc id\n"

#endif
