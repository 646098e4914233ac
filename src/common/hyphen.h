/*
 * hyphen.h: the judge of a hyphen at the end of a line.  Does "infor-" at
 * a line end and "mation" at the start of the next make "information"
 * (JOIN: the hyphen and the line break go), or do "self-" and
 * "government" make "self-government" (KEEP: the hyphen stays, no space)?
 * Pure: the corpus evidence comes in as two counts and the word list as a
 * pointer (words.h), so the judge knows neither the corpus nor the files.
 *
 * The parts: left is the whole token before the line break, its final
 * hyphen included ("infor-", "face-to-", "(state-of-the-",
 * "http://example.org/cyber-"); right is the start of the next line, of
 * which only the leading run of letters, marks and digits counts
 * ("mation", "face" of "face),").  The line-end hyphen is U+002D, U+2010
 * or U+00AD (soft hyphen).  L is the last fragment of left, the run of
 * letters, marks and digits before the hyphen; R is that run of right; LR
 * is the two together.  Left is a compound when its word part (leading
 * punctuation off) holds more than L ("face-to", "and/or").
 *
 * The rules, the first that applies decides:
 *  1 NOWORD   no line-end hyphen, or L or R is empty ("U.S.-", "-"): KEEP
 *             (nothing to join: the caller keeps what it has);
 *  2 SOFT     the hyphen is U+00AD, a hyphenation point by definition: JOIN;
 *  3 URL      left holds a URL or an e-mail address (as tok.h finds them,
 *             or any "://" or "@"): KEEP, whatever the corpus says;
 *  4 CORPUS   one of the joined and hyphenated forms (hyphen_forms) is
 *             seen in the corpus and the other not, or clearly more often
 *             (twice as often and by 2 at least: 3 to 1, not 2 to 1):
 *             the more frequent one;
 *  5 DIGIT    L or R holds a digit ("COVID- / 19", "2019- / 2020"): KEEP;
 *  6 UPPER    R starts with a capital ("Franco- / German"), unless L and R
 *             are both in capitals ("INFOR- / MATION", see CAPS): KEEP;
 *  7 HALVES   L and R are words and LR is not ("well- / coordinated",
 *             "self- / government", "Government- / owned"): KEEP;
 *  8 WORD     LR is a word ("infor- / mation", "re- / form", and in a
 *             compound "co-oper- / ation", "well-in- / formed"): JOIN;
 *  9 COMPOUND left is a compound ("face-to- / face", "state-of-the- /
 *             art"): KEEP;
 * 10 REDUP    L and R are equal but for case ("win- / win"): KEEP;
 * 11 CAPS     L and R in capitals, R of 2 letters at least ("EU- / US"):
 *             KEEP (acronyms);
 * 12 DEFAULT  JOIN: the classic soft hyphenation of a long word
 *             ("cyber- / attacks" without evidence: "cyberattacks").
 * Word-list lookups follow the case rules of words.h.  With no list
 * (NULL), 7 and 8 never apply, and the rest decide.
 */
#ifndef TX_HYPHEN_H
#define TX_HYPHEN_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"
#include "words.h"

enum hyphen_act {
	HYPHEN_JOIN = 1,	/* drop the hyphen and the line break */
	HYPHEN_KEEP		/* keep the hyphen, no space after it */
};

enum hyphen_rule {
	HR_NOWORD = 1,
	HR_SOFT,
	HR_URL,
	HR_CORPUS,
	HR_DIGIT,
	HR_UPPER,
	HR_HALVES,
	HR_WORD,
	HR_COMPOUND,
	HR_REDUP,
	HR_CAPS,
	HR_DEFAULT
};

/* Where the parts lie, as byte offsets: left[core .. hy) is the word part
 * of the token, left[last .. hy) its last fragment L, left[hy .. hy +
 * hylen) the line-end hyphen (hylen 1, 2 or 3), right[0 .. rlen) is R. */
struct hyphen_split {
	size_t	 core, last, hy, hylen, rlen;
};

/* Splits left[0..ln) and right[0..rn) (any bytes; invalid UTF-8 counts as
 * punctuation) as above.  Returns 0 when there is nothing to judge (rule
 * NOWORD: no line-end hyphen, or L or R empty), else 1. */
int	hyphen_split(const char *left, size_t ln, const char *right, size_t rn,
	    struct hyphen_split *sp);

/* The two forms whose corpus counts the judge takes, replacing the
 * contents of joined and hyph: the word part of left without its hyphen,
 * then R ("face-toface", "information"), and the same with the hyphen as
 * left has it ("face-to-face", "infor-mation").  Not case-folded.
 * Returns 0 (and leaves both empty) when hyphen_split does. */
int	hyphen_forms(const char *left, size_t ln, const char *right, size_t rn,
	    struct str *joined, struct str *hyph);

/* The verdict on the line-end hyphen of left[0..ln) before right[0..rn):
 * HYPHEN_JOIN or HYPHEN_KEEP, and in *rule (NULL: not wanted) the rule
 * that decided.  njoined and nhyph are the corpus counts of the two forms
 * of hyphen_forms (0 and 0: no evidence); words may be NULL. */
int	hyphen_judge(const char *left, size_t ln, const char *right, size_t rn,
	    uint64_t njoined, uint64_t nhyph, const struct words *words,
	    int *rule);

/* The name of a rule, lower case ("noword", "soft", "url", "corpus",
 * "digit", "upper", "halves", "word", "compound", "redup", "caps",
 * "default"), for --dropped and --stats style explanations; "?" for
 * anything else. */
const char *hyphen_rulename(int rule);

#endif
