/*
 * sniff.h: what an input is, judged from its first lines: text, txseg's
 * stream, a txfreq table, or a stream or table that is broken.
 *
 * Every tool that reads more than text asks here, so that none reads a
 * stream or a table as text (its numbers counted as words, exit 0) and
 * all of them agree on what a stream and a table look like.  sniff()
 * only judges; the caller decides what a kind means for it and reports.
 *
 * The rules, on the first non-blank lines (a UTF-8 BOM, a CR before the
 * LF and blank lines are skipped):
 *  - stream: the first is txseg's header (doc_is_stream_header);
 *  - table: the first is a txfreq header, tab-separated: its first field
 *    is term, or doc then term or tokens, or doc sec term, or a
 *    variable's name then term and count or form (txfreq --by VAR);
 *    txseg's header may name variables between doc and sec;
 *  - a broken stream: the first is nearly txseg's header (its words,
 *    whatever separates them or their case, start with doc and hold five
 *    of its eight names; or it is that header with commas: --csv), or
 *    the first or the second parses as a txseg record while the first is
 *    no header;
 *  - a broken table: the first is a txfreq header with commas (--csv) or
 *    nearly one (its words start with term, or doc and then term, and
 *    hold count), or the first is none of these and every line after it
 *    looked at (up to four) is a table row: tab-separated, the same
 *    number of fields, a count (digits only) in the second, third or
 *    fourth;
 *  - text: anything else.
 */
#ifndef TX_SNIFF_H
#define TX_SNIFF_H

#include <stddef.h>

enum sniff_kind {
	SNIFF_TEXT = 0,
	SNIFF_STREAM,
	SNIFF_TABLE,
	SNIFF_BAD_STREAM,
	SNIFF_BAD_TABLE
};

/* The bytes of an input's head that sniff() looks at, at most. */
#define SNIFF_HEAD	16384

/* The kind of an input whose first n bytes are s; all: s is the whole
 * input (else a last line without its LF is judged on what is there).
 * For the broken kinds, why[0..whysize) gets what is wrong ("line N:
 * ...", no tool or file name); else it gets "". */
int	sniff(const char *s, size_t n, int all, char *why, size_t whysize);

#endif
