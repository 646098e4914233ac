/*
 * test_words: loading a word list (possessives, CR, NFC, invalid lines
 * skipped), the case rules of words_has, words_default with TX_WORDS (a
 * list, none, a missing one and its one warning), and the full wamerican
 * list.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "words.h"

#include "check.h"

#define HAS(w, s)	words_has(w, s, strlen(s))

/* Writes text to a new temporary file; its name goes to path. */
static void
write_list(char *path, const char *text)
{
	int fd = mkstemp(path);
	size_t n = strlen(text);

	CHECK(fd != -1);
	CHECK(write(fd, text, n) == (ssize_t)n);
	close(fd);
}

static const char list[] =
    "government\n"
    "Government's\n"		/* possessives are skipped */
    "China\n"
    "China's\n"
    "china\n"			/* the porcelain: both spellings are words */
    "Bill\n"			/* a name only */
    "a\n"
    "I\n"
    "reform\r\n"		/* CRLF */
    "\n"			/* an empty line */
    "cafe\xcc\x81\n"		/* café, decomposed: stored in NFC */
    "bad\xff\n"			/* invalid UTF-8: skipped */
    "o'clock\n"			/* an apostrophe that is no possessive */
    "McDonald\n"
    "last";			/* no final newline */

static void
test_load(void)
{
	char path[] = "/tmp/test_words.XXXXXX";
	struct words *w;

	write_list(path, list);
	CHECK((w = words_open(path)) != NULL);
	CHECK(words_count(w) == 11);
	CHECK(HAS(w, "government"));
	CHECK(!HAS(w, "Government's"));
	CHECK(!HAS(w, "China's"));
	CHECK(HAS(w, "reform"));
	CHECK(!HAS(w, "reform\r"));
	CHECK(HAS(w, "caf\xc3\xa9"));		/* NFC query, NFC entry */
	CHECK(!HAS(w, "bad\xff"));
	CHECK(!HAS(w, "bad"));
	CHECK(HAS(w, "o'clock"));
	CHECK(HAS(w, "last"));
	CHECK(!HAS(w, ""));
	words_free(w);
	unlink(path);

	errno = 0;
	CHECK(words_open("/nonexistent/words") == NULL && errno == ENOENT);
	errno = 0;
	CHECK(words_open("/") == NULL && errno == EISDIR);

	/* An empty file is an empty list, not a failure. */
	strcpy(path, "/tmp/test_words.XXXXXX");
	write_list(path, "");
	CHECK((w = words_open(path)) != NULL && words_count(w) == 0);
	CHECK(!HAS(w, "a"));
	words_free(w);
	unlink(path);

	CHECK(words_count(NULL) == 0 && !HAS(NULL, "a"));
	words_free(NULL);
}

static void
test_case(void)
{
	struct words *w = words_new();
	const char *const add[] = { "government", "China", "china", "Bill",
	    "a", "I", "caf\xc3\xa9", "McDonald", "NATO", "stra\xc3\x9f\x65" };
	size_t i;

	for (i = 0; i < sizeof(add) / sizeof(add[0]); i++)
		words_add(w, add[i], strlen(add[i]));
	words_add(w, "Bill's", 6);
	words_add(w, "", 0);
	CHECK(words_count(w) == 10);

	/* lower case matches lower case only */
	CHECK(HAS(w, "government"));
	CHECK(HAS(w, "china"));
	CHECK(!HAS(w, "bill"));			/* not the name */
	CHECK(!HAS(w, "mcdonald"));
	CHECK(!HAS(w, "nato"));
	CHECK(!HAS(w, "i"));
	/* a capital first letter also matches the lower-case form */
	CHECK(HAS(w, "Government"));
	CHECK(HAS(w, "Bill"));
	CHECK(HAS(w, "A"));
	CHECK(HAS(w, "I"));
	CHECK(HAS(w, "Caf\xc3\xa9"));
	CHECK(HAS(w, "GoVeRnMeNt"));		/* lower-case form */
	CHECK(!HAS(w, "gOVERNMENT"));
	CHECK(!HAS(w, "Mcdonald"));
	CHECK(HAS(w, "McDonald"));
	/* all capitals: also the capitalised form */
	CHECK(HAS(w, "GOVERNMENT"));
	CHECK(HAS(w, "CHINA"));
	CHECK(HAS(w, "BILL"));
	CHECK(HAS(w, "NATO"));
	CHECK(HAS(w, "CAF\xc3\x89"));		/* É lowers to é */
	CHECK(HAS(w, "STRA\xc3\x9f" "E"));	/* ß has no capital here */
	CHECK(!HAS(w, "GOVERNMENTS"));
	/* no prefix matches, no invalid bytes */
	CHECK(!HAS(w, "govern"));
	CHECK(!HAS(w, "governments"));
	CHECK(!HAS(w, "Govern\xff"));
	CHECK(!HAS(w, "\xc3"));
	words_free(w);
}

/* Runs words_default in a child with TX_WORDS = val (NULL: unset), its
 * stderr into a file; returns the number of entries (or -1 for no list)
 * and puts stderr into err. */
static long
child_default(const char *val, char *err, size_t errsize)
{
	char path[] = "/tmp/test_words.XXXXXX";
	int fd, st;
	ssize_t k;
	pid_t pid;
	long n;
	FILE *fp;

	CHECK((fd = mkstemp(path)) != -1);
	fflush(NULL);
	CHECK((pid = fork()) != -1);
	if (pid == 0) {
		const struct words *a, *b;

		if (dup2(fd, STDERR_FILENO) == -1)
			_exit(99);
		if (val)
			setenv("TX_WORDS", val, 1);
		else
			unsetenv("TX_WORDS");
		a = words_default();
		b = words_default();	/* loaded once: no second warning */
		if (a != b)
			_exit(98);
		fp = fopen(path, "a");
		fprintf(fp, "\n%ld", a ? (long)words_count(a) : -1L);
		fclose(fp);
		_exit(0);
	}
	CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
	    WEXITSTATUS(st) == 0);
	CHECK(lseek(fd, 0, SEEK_SET) == 0);	/* the child moved it */
	k = read(fd, err, errsize - 1);
	CHECK(k > 0);
	err[k] = '\0';
	close(fd);
	unlink(path);
	/* The count is the last line; stderr is what comes before it. */
	n = strtol(strrchr(err, '\n') + 1, NULL, 10);
	*strrchr(err, '\n') = '\0';
	return n;
}

static void
test_default(void)
{
	char path[] = "/tmp/test_words.XXXXXX";
	char err[512];

	write_list(path, list);
	CHECK(child_default(path, err, sizeof(err)) == 11);
	CHECK(strcmp(err, "") == 0);
	unlink(path);
	CHECK(child_default("", err, sizeof(err)) == -1);
	CHECK(strcmp(err, "") == 0);
	CHECK(child_default("/nonexistent/words", err, sizeof(err)) == -1);
	CHECK(strcmp(err, "test_words: /nonexistent/words: No such file or "
	    "directory; line-end hyphens are judged without a word list\n")
	    == 0);
	/* Unset: the wamerican list. */
	CHECK(child_default(NULL, err, sizeof(err)) > 70000);
	CHECK(strcmp(err, "") == 0);
}

/* The full list of wamerican (a run-time need: scripts/install-deps). */
static void
test_wamerican(void)
{
	struct words *w = words_open(WORDS_PATH);

	if (w == NULL) {
		fprintf(stderr, "test_words: %s: %s (install wamerican)\n",
		    WORDS_PATH, strerror(errno));
		exit(1);
	}
	CHECK(words_count(w) > 70000);
	CHECK(HAS(w, "information"));
	CHECK(HAS(w, "Information"));
	CHECK(HAS(w, "government"));
	CHECK(HAS(w, "cooperation"));
	CHECK(HAS(w, "self") && HAS(w, "state"));
	CHECK(HAS(w, "China") && HAS(w, "CHINA"));
	CHECK(HAS(w, "Asunci\xc3\xb3n"));
	CHECK(!HAS(w, "China's"));
	CHECK(!HAS(w, "selfgovernment"));
	CHECK(!HAS(w, "infor") && !HAS(w, "mation"));
	words_free(w);
}

int
main(void)
{
	test_load();
	test_case();
	test_default();
	test_wamerican();
	printf("test_words: %d checks passed\n", nchecks);
	return 0;
}
