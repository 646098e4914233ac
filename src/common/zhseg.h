/*
 * zhseg.h: Chinese word segmentation, jieba's model written in C.
 *
 * A model is jieba's prefix dictionary (dict.txt: lines "word freq [tag]",
 * every prefix of a word known too, with frequency 0), optionally a user
 * dictionary (lines "word [freq] [tag]"), and jieba's HMM (states B M E S:
 * start, transition and emission log probabilities).  zh_cut segments a
 * run of Han characters as jieba.cut(run, HMM=...) does:
 *  - the DAG: from each character, the dictionary words (frequency > 0)
 *    that start there; a character with none is a word of its own;
 *  - the route: from the end, the best next word at each position by
 *    log(freq) - log(total) + the rest's score (a character the
 *    dictionary lacks counts as freq 1); ties go to the longer word;
 *  - without the HMM the route's words are the result; with it, each
 *    stretch of two or more one-character words that is not itself a
 *    dictionary word (frequency > 0) is re-cut by Viterbi over B M E S
 *    (ties go to the later state letter, the last state is E or S, S on
 *    a tie), and a word the user dictionary gave frequency 0 is split
 *    into its characters.
 * The text of a run must be characters zh_ishan accepts (jieba's own
 * range, U+4E00..U+9FD5), nothing else: the caller finds the runs.
 *
 * A model is read-only once built: any number of threads may cut with it.
 * The tokenizer (tok.h) uses one model per process, zh_default(): it is
 * loaded on the first Han run, once, whichever thread asks first.
 */
#ifndef TX_ZHSEG_H
#define TX_ZHSEG_H

#include <stddef.h>
#include <stdint.h>

struct zh_model;

/* jieba's range of Han characters (its re_han): U+4E00..U+9FD5. */
static inline int
zh_ishan(int32_t cp)
{
	return cp >= 0x4E00 && cp <= 0x9FD5;
}

/*
 * Building a model.  Each returns 0, or -1 with a message in err
 * ("NAME:LINE: reason"); the texts are read, not kept.
 */
/* A model from jieba's main dictionary text (name names it in messages).
 * Blank lines are skipped; a line that is not "word freq [...]", freq a
 * decimal integer, is an error. */
struct zh_model *zh_new(const char *dict, size_t n, const char *name,
	    char *err, size_t errlen);
/* Adds a user dictionary, line by line as jieba's load_userdict: the
 * shortest word that leaves " freq" (digits) and/or " tag" (a-z) or
 * nothing; a word without freq gets jieba's suggest_freq(word).  A line
 * that is not UTF-8 is an error, and so is a model zh_finish ended. */
int	zh_add_user(struct zh_model *m, const char *text, size_t n,
	    const char *name, char *err, size_t errlen);
/* jieba's HMM from the Python sources of its finalseg: the texts of
 * prob_start.py, prob_trans.py, prob_emit.py (dicts of floats). */
int	zh_add_hmm(struct zh_model *m, const char *start, size_t nstart,
	    const char *trans, size_t ntrans, const char *emit, size_t nemit,
	    char *err, size_t errlen);
/* Ends building: computes each word's log probability and lays the
 * dictionary out for the route (zhseg.c).  Call once, after the words
 * are added (none may be added after) and before zh_cut. */
void	zh_finish(struct zh_model *m);
void	zh_free(struct zh_model *m);
/* The model has an HMM. */
int	zh_has_hmm(const struct zh_model *m);
/* Frequency of a word, -1 when it is not even a prefix (tests). */
int64_t	zh_freq(const struct zh_model *m, const char *w, size_t n);
int64_t	zh_total(const struct zh_model *m);

/*
 * Cuts the run s[0..n) (characters of zh_ishan) into words: writes the
 * end offset of each word, in order, to ends[] and returns their number.
 * At most max words (max >= 1): when the run has more, it stops at a
 * boundary where jieba's result does not depend on what comes before
 * (next to a word of two characters or more), and the caller cuts the
 * rest s[ends[k-1]..n) again, getting the same words as in one go.
 * With hmm and a model without an HMM, the HMM is not used.
 */
size_t	zh_cut(const struct zh_model *m, const char *s, size_t n, int hmm,
	    size_t *ends, uint32_t *ids, size_t max);
/*
 * ids (NULL: not wanted) gets the id of each word, ids[k] for the word
 * that ends at ends[k]: its entry in the model, 1 .. zh_nids(m) - 1, one
 * id for one string of characters; or 0, for a word of two characters or
 * more that the HMM made (its text may still be an entry's).  A counter
 * can count words by id.
 */
size_t	zh_nids(const struct zh_model *m);
/*
 * A run of up to ZH_WHOLE characters is cut in one go, as jieba cuts it;
 * a longer one a window at a time, each ending where no word of the
 * dictionary crosses and a word of two characters or more ends (the best
 * path up to there is the best path of the whole run: the same words, but
 * for a tie of jieba's floating-point scores that rounds otherwise).  So
 * a run of any length costs time and memory in proportion to its length.
 * A run where words cross every point of ZH_WHOLE characters (one
 * character repeated: 一一一…, whose cut jieba decides from the run's
 * length) is cut there at the last word of its best path, which may
 * differ from jieba's.
 */
#define ZH_WHOLE	4096
/*
 * zh_cut for s[0..n), the first characters of a run that goes on past n
 * (the caller looked no further): only words up to such a boundary, at
 * least maxw characters (the longest word) before n; 0 only when s is
 * shorter than ZH_WHOLE + maxw characters and holds none (the caller then
 * gives a longer head, or the whole run to zh_cut).
 */
size_t	zh_cut_head(const struct zh_model *m, const char *s, size_t n,
	    int hmm, size_t *ends, uint32_t *ids, size_t max);

/*
 * The process's model, for the tokenizer.  zh_config (before any
 * thread starts) names the files: dict NULL looks at $TX_ZH_DICT, then
 * where python3-jieba installs dict.txt; user NULL: no user dictionary;
 * hmm 0: the HMM is not loaded.  It checks that the named files can be
 * read (exits 2 with a message when not).  zh_default() loads the model
 * on its first call and returns it; NULL when no dictionary is installed
 * (it warns once: Han characters are then one token each).  A malformed
 * dictionary exits 2 with a message.
 */
void	zh_config(const char *dict, const char *user, int hmm);
const struct zh_model *zh_default(void);
/*
 * Does a text want the model: a run of two Han characters (zh_ishan, what
 * the tokenizer cuts) within its first ZH_LOOK bytes?  zh_preload then
 * starts loading it on a thread of its own (once a run; nothing with one
 * core), so that the load goes beside the line stages instead of holding
 * the first Han run up; zh_default waits for it as before.
 */
#define ZH_LOOK	(1 << 20)
int	zh_wanted(const char *s, size_t n);
void	zh_preload(void);

#endif
