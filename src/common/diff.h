/*
 * diff.h: minimal edit scripts between two sequences of integers (token
 * ids), by Myers' O(ND) algorithm in its linear-space form (E. Myers, "An
 * O(ND) difference algorithm and its variations", Algorithmica 1, 1986):
 * the middle snake splits the problem in two, recursively, after the
 * common prefix and suffix are taken off.
 *
 * The result is a longest common subsequence as runs of equal elements;
 * what lies between two runs is deleted from a and inserted from b, and
 * na + nb - 2 * (elements in runs) is the least number of insertions plus
 * deletions, as diff --minimal finds it.
 */
#ifndef TX_DIFF_H
#define TX_DIFF_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* a[a .. a + n) equals b[b .. b + n). */
struct diff_run {
	size_t	 a, b, n;
};
typedef VEC(struct diff_run) diff_runs;

/* Appends the runs of a longest common subsequence of a[0..na) and
 * b[0..nb) to out, in order, adjacent runs merged, and returns the
 * number of equal elements.  Memory: na + nb integers at most, and
 * working space that grows with the number of edits. */
size_t	diff_lcs(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
	    diff_runs *out);

/* Among the minimal scripts, the one a reader expects: each stretch of
 * deleted (inserted) elements is slid along equal ones (256 places at
 * most each way), as git's diff does it: down as far as it goes, merging
 * with the stretches it meets, then up to line up with a change of the
 * other side or, failing that, to where cut_a[start] + cut_a[end] is
 * least (cut_a[i], i in 0 .. na: what a boundary before a[i] costs; of
 * equal ones, the last).  runs are rewritten; their number of equal
 * elements stays.  Memory: a byte per element. */
void	diff_slide(const uint32_t *a, size_t na, const uint8_t *cut_a,
	    const uint32_t *b, size_t nb, const uint8_t *cut_b, diff_runs *runs);

#endif
