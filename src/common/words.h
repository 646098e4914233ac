/*
 * words.h: an English word list, to tell whether a string is a word: by
 * default wamerican's /usr/share/dict/american-english (Debian package
 * wamerican, a run-time need of the tools), one word a line.
 *
 * Case rules of words_has: a query matches an entry spelt the same; a
 * query whose first letter is upper case ("Government", sentence-initial)
 * also matches its lower-case form ("government"); one in capitals
 * throughout, two letters at least ("GOVERNMENT", "CHINA"), also matches
 * its capitalised form ("China").  A lower-case query never matches a
 * capitalised entry ("china" is not "China").
 *
 * Loading skips empty lines, possessives (entries ending in "'s") and
 * lines that are not valid UTF-8, takes off a final CR, and stores each
 * entry in NFC (the form cleaned text is in).  The full list (wamerican
 * 2020.12.07: 104,334 lines, 74,837 entries once the possessives are
 * skipped) loads in about 15 ms of CPU and adds about 4.4 MB to the
 * resident size; a lookup is one hash probe, up to three for a capital.
 */
#ifndef TX_WORDS_H
#define TX_WORDS_H

#include <stddef.h>

#define WORDS_PATH	"/usr/share/dict/american-english"

struct words;	/* opaque */

/* A new, empty list, to fill with words_add. */
struct words *words_new(void);
/* Adds one entry under the loading rules above (a possessive, an empty or
 * invalid one is ignored). */
void	words_add(struct words *w, const char *s, size_t n);
/* Loads the file at path, one entry a line; NULL with errno set when it
 * cannot be read (a read error half-way is the same). */
struct words *words_open(const char *path);
void	words_free(struct words *w);
/* The number of entries; 0 for NULL. */
size_t	words_count(const struct words *w);
/* Is s[0..n) a word, under the case rules above?  NULL is the empty list. */
int	words_has(const struct words *w, const char *s, size_t n);

/*
 * The process's list, loaded on the first call (thread-safe, once): the
 * file named by the environment variable TX_WORDS, or WORDS_PATH when it
 * is unset.  TX_WORDS set to "" means no list, silently.  A file that
 * cannot be read gives no list, with one warning for the whole run,
 *   tool: PATH: REASON; line-end hyphens are judged without a word list
 * since the output then differs from a run with the list: the hyphen
 * judge (hyphen.h) then goes by the corpus and the spelling alone.
 * Returns NULL for no list (words_has takes it as the empty list).  The
 * list lives until the process ends.
 */
const struct words *words_default(void);

#endif
