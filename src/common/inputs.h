/*
 * inputs.h: which files a run reads and what each document is called.
 *
 * The inputs are the file operands, then each --files-from list and each
 * -r tree in the order given (no operand and none of these: standard
 * input, "-").
 *
 *   --files-from FILE  one path a line (a CR before the LF is dropped,
 *                      empty lines skipped); "-": the list is on stdin
 *   -0, --null         the lists are NUL-separated (find -print0)
 *   -r, --recursive DIR  the regular files under DIR, hidden ones (a
 *                      name starting with '.') and those under hidden
 *                      directories left out, symbolic links met in the
 *                      walk not followed (as grep -r), sorted by path in
 *                      byte order; DIR itself may be a link, or a file
 *   --id-from suffix|path|base  how documents are named (inputs_ids)
 *
 * Document ids (inputs_ids): a file's id is its base name without its
 * last extension (io_docid); two different paths that would get one id
 * each take one more directory from their paths, again until the ids
 * differ (a/strategy.txt, b/strategy.txt: "a/strategy", "b/strategy");
 * paths that differ only in an extension or in how they are written
 * (./a/x.txt and a/x.txt) are named by their paths as given.  The same
 * path given twice is one id.  The ids do not depend on the order of the
 * paths, and a path's id is the same in any run over the same set of
 * paths (corpus_walk names by --corpus-list's corpus when it has one).  --id-from path: the whole path (its "."
 * components and repeated slashes left out, its extension too), base:
 * the base name alone, as before, where two files of one name are one
 * document.
 */
#ifndef TX_INPUTS_H
#define TX_INPUTS_H

#include "util.h"

/* How documents are named (--id-from). */
enum inputs_id { ID_SUFFIX = 0, ID_PATH, ID_BASE };

enum { IN_FILES_FROM = 896, IN_ID_FROM };
#define INPUTS_SHORTOPTS "0r:"
#define INPUTS_LONGOPTS \
	{ "files-from",	required_argument, NULL, IN_FILES_FROM }, \
	{ "null",	no_argument,	   NULL, '0' }, \
	{ "recursive",	required_argument, NULL, 'r' }, \
	{ "id-from",	required_argument, NULL, IN_ID_FROM }
#define INPUTS_HELP \
"      --files-from FILE  read the paths of the inputs from FILE, one a line\n" \
"                      (-: from standard input)\n" \
"  -0, --null          the --files-from lists are NUL-separated\n" \
"  -r, --recursive DIR read the regular files under DIR, sorted by path\n" \
"                      (hidden files and directories, and links, skipped)\n" \
"      --id-from suffix|path|base  document ids: the base name, with as\n" \
"                      much of the path as tells same-named files apart\n" \
"                      (suffix, the default), the whole path, or the base\n" \
"                      name alone (same-named files are one document)\n"

struct inputs_src {
	const char *arg;	/* the list (--files-from) or the tree (-r) */
	int	 tree;
};

struct inputs {
	VEC(struct inputs_src) srcs;	/* in the order given */
	int	 nul;		/* -0 */
	int	 idfrom;	/* enum inputs_id */
	int	 idgiven;	/* --id-from was given */
	int	 status;	/* STATUS_TROUBLE: a tree or an entry in it
				 * could not be read (reported) */
	const char *first;	/* the first list or tree option, as --name */
	VEC(char *) paths;	/* the inputs, after inputs_load */
};

/* Zeroes in. */
void	inputs_init(struct inputs *in);
/* Takes option ch (from getopt_long) when it is one of these: 1, else 0.
 * A bad --id-from value exits 2. */
int	inputs_option(struct inputs *in, int ch, const char *arg);
/* Whether --files-from or -r was given (for tools that refuse them). */
int	inputs_listed(const struct inputs *in);
/*
 * The paths of the run: the n operands, then the lists and trees; "-"
 * alone when there are none of them.  Sets *npaths.  Fatal (exit 2): a
 * list that cannot be read, a NUL in a newline list, "-" in a list read
 * from stdin (or as an operand beside it), -0 without --files-from.  A
 * tree that cannot be read, or a directory in it, is reported with warn()
 * and sets in->status; the rest is read.
 */
char	**inputs_load(struct inputs *in, char **operands, int n, int *npaths);
void	inputs_free(struct inputs *in);

/*
 * The ids of paths[0..n) under mode (enum inputs_id), as described
 * above: a fresh array of n NUL-terminated strings, each printable UTF-8
 * (io_idadd); stdin ("-" or NULL) is "-".  Under ID_SUFFIX and ID_PATH two
 * different paths never get one id (short of two paths that differ only
 * in a byte io_idadd writes \xHH and those four characters).
 */
char	**inputs_ids(char *const *paths, int n, int mode);
void	inputs_ids_free(char **ids, int n);

#endif
