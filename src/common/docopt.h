/*
 * docopt.h: the cleanup options, the same in every tool that reads raw
 * text (txseg, txfreq, txkwic, txdiff, txkeys): their getopt_long entries
 * (DOC_LONGOPTS, with -v in the short options as "v"), their help lines
 * (DOC_HELP), their handling (doc_option), and the report they ask for of
 * each document: --dropped FILE (every dropped line), -v (the lines each
 * rule dropped, on stderr) and, in txseg, --stats (the same on stdout).
 *
 *   --keep            no cleanup (furniture_run is not run at all)
 *   --lossy           invalid UTF-8 (or bytes not of --encoding) become
 *                     U+FFFD
 *   --encoding NAME   the inputs' encoding: a name iconv knows, or auto
 *                     (detected per file, decode.h)
 *   --heading [N:]RE  lines RE matches are headings (of level N); given
 *                     many times, the first that matches wins
 *   --drop=LIST       only these rules drop (none: no rule drops;
 *                     +LIST: these with those that drop unasked)
 *   --no-drop=LIST    these rules do not drop
 *   --rules           lists the rules and exits 0
 *   --dropped FILE    every dropped line: doc line start end reason text
 *   --learn-abbrevs   pass 1 learns the corpus's abbreviations (sent.h)
 *   -v, --verbose     per document, the lines each rule dropped (stderr)
 * and the Chinese ones, for the tokenizer (tok.h, zhseg.h):
 *   --zh=word|char    Han runs cut into words (jieba), or one token per
 *                     character
 *   --zh-hmm=on|off   jieba's HMM for words the dictionary lacks
 *   --zh-dict FILE    jieba's dictionary (else $TX_ZH_DICT, else
 *                     python3-jieba's dict.txt)
 *   --zh-user-dict FILE  words to add (jieba's user dictionary)
 *   --zh-convert NAME  the text converted to simplified characters first
 *                     (OpenCC, zhconv.h), opened by doc_setup_load
 * A bad value exits 2; so does a file that cannot be read (checked by
 * doc_setup_load) or a malformed line (when the first Han run is read).
 *
 * The table of -v and --stats: a header row "doc rule lines", then per
 * document a row for each rule that dropped a line, in the order of
 * --rules (then control), and a row "total" with them all (0 too).
 */
#ifndef TX_DOCOPT_H
#define TX_DOCOPT_H

#include "doc.h"
#include "io.h"
#include "util.h"

enum { DO_KEEP = 768, DO_LOSSY, DO_HEADING, DO_DROP, DO_NODROP, DO_RULES,
	DO_DROPPED, DO_LEARN, DO_ENCODING, DO_ZH, DO_ZHHMM, DO_ZHDICT,
	DO_ZHUSER, DO_ZHCONV };
#define DOC_LONGOPTS \
	{ "keep",	 no_argument,	    NULL, DO_KEEP }, \
	{ "lossy",	 no_argument,	    NULL, DO_LOSSY }, \
	{ "encoding",	 required_argument, NULL, DO_ENCODING }, \
	{ "heading",	 required_argument, NULL, DO_HEADING }, \
	{ "drop",	 required_argument, NULL, DO_DROP }, \
	{ "no-drop",	 required_argument, NULL, DO_NODROP }, \
	{ "rules",	 no_argument,	    NULL, DO_RULES }, \
	{ "dropped",	 required_argument, NULL, DO_DROPPED }, \
	{ "learn-abbrevs", no_argument,	    NULL, DO_LEARN }, \
	{ "zh",		 required_argument, NULL, DO_ZH }, \
	{ "zh-hmm",	 required_argument, NULL, DO_ZHHMM }, \
	{ "zh-dict",	 required_argument, NULL, DO_ZHDICT }, \
	{ "zh-user-dict", required_argument, NULL, DO_ZHUSER }, \
	{ "zh-convert",	 required_argument, NULL, DO_ZHCONV }, \
	{ "verbose",	 no_argument,	    NULL, 'v' }
#define DOC_HELP \
"      --keep          no cleanup: keep line-break hyphens, furniture, and\n" \
"                      paragraphs exactly as blank lines separate them\n" \
"      --encoding NAME the inputs are in NAME (cp1252, latin1, gb18030,\n" \
"                      big5, utf-16...: any name iconv knows); auto: each\n" \
"                      file's own, UTF-8 if it is valid, else detected\n" \
"      --lossy         replace invalid UTF-8 by U+FFFD (warns once per file)\n" \
"      --heading [N:]REGEX  lines matching this PCRE2 pattern are headings\n" \
"                      (of level N, 1-6), never dropped; may be repeated\n" \
"      --drop=LIST     only these rules drop lines (comma-separated names;\n" \
"                      none: no rule drops, but lines are still joined;\n" \
"                      +LIST: these too, with the rules that drop unasked)\n" \
"      --no-drop=LIST  these rules drop nothing\n" \
"      --rules         list the rules (name, what it drops, its evidence)\n" \
"      --dropped FILE  write every dropped line with its line number, byte\n" \
"                      offsets and the rule to FILE (TSV)\n" \
"      --learn-abbrevs learn abbreviations from the whole corpus (pass 1)\n" \
"                      for the sentence splitter: slower; same in every tool\n" \
"  -v, --verbose       per document, the lines each rule dropped (stderr)\n" \
"      --zh=word|char  Chinese: cut runs of Han characters into words with\n" \
"                      jieba's dictionary (word, the default) or make each\n" \
"                      character a token (char)\n" \
"      --zh-hmm=on|off guess words the dictionary lacks (jieba's HMM; on)\n" \
"      --zh-dict FILE  jieba's dictionary (default: $TX_ZH_DICT, else the\n" \
"                      dict.txt of python3-jieba)\n" \
"      --zh-user-dict FILE  more words, one a line: word [freq] [tag]\n" \
"      --zh-convert t2s  read traditional characters as simplified (OpenCC:\n" \
"                      t2s, or tw2s, tw2sp, hk2s); offsets stay the file's\n"

struct doc_setup {
	struct doc_opts *o;	/* where the options go */
	VEC(const char *) heads;	/* --heading, as given */
	uint32_t dropmask, nodropmask;	/* --drop, --no-drop: 1 << reason */
	uint32_t addmask;	/* --drop=+LIST: rules added to the defaults */
	int	 hasdrop, hasnodrop;
	int	 rules;		/* --rules */
	int	 verbose;	/* -v */
	int	 stats;		/* set by the tool (txseg --stats) */
	struct out *statsout;	/* where --stats goes (set by the tool) */
	int	 csv;		/* --dropped and --stats as CSV (set by the
				 * tool before doc_setup_load) */
	const char *dropped;	/* --dropped FILE */
	const char *zhdict, *zhuser;	/* --zh-dict, --zh-user-dict */
	const char *zhconv;	/* --zh-convert */
	int	 given;		/* a cleanup option was given (not -v) */
	const char *first;	/* the first one given, as --name */
	/* The report. */
	struct out dout, eout;
	int	 dopen;		/* dout is open */
	int	 eheader;	/* the header of -v is out */
	int	 sheader;	/* the header of --stats is out */
	struct str id, dec;
};

/* Zeroes s; the options go into *o. */
void	doc_setup_init(struct doc_setup *s, struct doc_opts *o);
/* Takes option ch (from getopt_long) when it is a cleanup one: 1, or 0
 * when it is not.  Bad values (an unknown rule, a bad level) exit 2 with
 * a message. */
int	doc_option(struct doc_setup *s, int ch, const char *arg);
/* Checks the options against each other, compiles the --heading
 * patterns, opens --dropped and sets the report; --rules prints the rules
 * on stdout and exits 0. */
void	doc_setup_load(struct doc_setup *s);
/* The report of document d (doc_opts' report calls it). */
void	doc_setup_report(void *arg, struct doc *d);
/* Closes --dropped (opening it first if no document was read: it always
 * has its header) and frees the patterns. */
void	doc_setup_free(struct doc_setup *s);

#endif
