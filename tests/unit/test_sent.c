/*
 * test_sent: sentence boundaries.  Runs the English Golden Rules from
 * tests/data (all 48, plus PS52; PS40-PS42 are about line breaks and
 * belong to the line cleaner), then cases from policy texts and the
 * invariants of sent_split.  Run from the repository root.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sent.h"
#include "tok.h"
#include "util.h"

#include "check.h"

#define SEP	" ||| "

/* Splits text (with what ab learned, or without: NULL) and joins its
 * sentences with SEP into out. */
static void
split_with(const struct sent_abbrev *ab, const char *text, struct str *out)
{
	VEC(struct tok) toks = { 0 };
	struct tokenizer t;
	struct tok k;
	size_t *starts, n, i, first, last;

	tok_init(&t, text, strlen(text), 0);
	while (tok_next(&t, &k))
		VEC_PUSH(toks, k);
	starts = xreallocarray(NULL, toks.n + 1, sizeof(*starts));
	n = ab != NULL ? sent_split_with(ab, text, toks.v, toks.n, starts) :
	    sent_split(text, toks.v, toks.n, starts);
	str_clear(out);
	str_add(out, "", 0);	/* never NULL, even with no sentence */
	CHECK(n <= toks.n);
	CHECK(toks.n == 0 || (n > 0 && starts[0] == 0));
	for (i = 0; i < n; i++) {
		CHECK(i == 0 || starts[i] > starts[i - 1]);
		first = starts[i];
		last = i + 1 < n ? starts[i + 1] - 1 : toks.n - 1;
		if (i > 0)
			str_add(out, SEP, strlen(SEP));
		str_add(out, text + toks.v[first].start,
		    toks.v[last].end - toks.v[first].start);
	}
	free(starts);
	VEC_FREE(toks);
}

static void
split(const char *text, struct str *out)
{
	split_with(NULL, text, out);
}

/* Undoes the \n \t \r \\ escapes of the TSV files, in place. */
static void
unescape(char *s)
{
	char *d = s;

	for (; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			*d++ = *s == 'n' ? '\n' : *s == 't' ? '\t' :
			    *s == 'r' ? '\r' : *s;
		} else
			*d++ = *s;
	}
	*d = '\0';
}

#define BEFORE	"We met at noon."
#define AFTER	"It was late."

/* Does a sentence end at the end of s (a terminal, maybe closers after
 * it), and not with a closing ellipsis ". . . ." that the Golden Rules
 * read as opening the next sentence? */
static int
ends_sentence(const char *s)
{
	size_t n = strlen(s);

	for (;;) {
		if (n > 0 && strchr("\"')]", s[n - 1]) != NULL)
			n--;
		else if (n >= 3 && (memcmp(s + n - 3, "\xe2\x80\x9d", 3) == 0 ||
		    memcmp(s + n - 3, "\xe2\x80\x99", 3) == 0))
			n -= 3;
		else
			break;
	}
	if (n >= 7 && memcmp(s + n - 7, ". . . .", 7) == 0)
		return 0;
	return n > 0 && strchr(".!?", s[n - 1]) != NULL;
}

/* Splits text and compares with want; returns 1 on a failure. */
static int
expect(const char *rule, const char *how, const char *text, const char *want)
{
	struct str got = { 0 };
	int bad;

	split(text, &got);
	nchecks++;
	if ((bad = strcmp(got.s, want) != 0))
		fprintf(stderr, "golden rule %s failed %s:\n  input:    %s\n"
		    "  expected: %s\n  got:      %s\n", rule, how, text, want,
		    got.s);
	str_free(&got);
	return bad;
}

/*
 * Runs one golden-rules file, each rule alone, after a sentence in the
 * same paragraph (nrun[1]), and, when it ends a sentence, between two
 * sentences (nrun[2]); returns the number of failures.
 */
static int
golden(const char *path, size_t *nrun)
{
	struct str text = { 0 }, want = { 0 };
	FILE *fp;
	char *line = NULL, *f[4], *p;
	size_t cap = 0, nf;
	ssize_t len;
	int fails = 0, lineno = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		perror(path);
		exit(1);
	}
	while ((len = getline(&line, &cap, fp)) != -1) {
		if (++lineno == 1)
			continue;	/* header */
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r'))
			line[--len] = '\0';
		for (nf = 0, p = line; nf < 4; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '\t')) == NULL)
				break;
			*p++ = '\0';
		}
		CHECK(nf == 3);
		/* Line breaks inside a paragraph are the cleaner's job. */
		if (strcmp(f[0], "PS40") == 0 || strcmp(f[0], "PS41") == 0 ||
		    strcmp(f[0], "PS42") == 0)
			continue;
		unescape(f[2]);
		unescape(f[3]);
		nrun[0]++;
		fails += expect(f[0], "alone", f[2], f[3]);
		str_clear(&text);
		str_add(&text, BEFORE " ", strlen(BEFORE " "));
		str_add(&text, f[2], strlen(f[2]));
		str_clear(&want);
		str_add(&want, BEFORE SEP, strlen(BEFORE SEP));
		str_add(&want, f[3], strlen(f[3]));
		nrun[1]++;
		fails += expect(f[0], "after a sentence", text.s, want.s);
		if (!ends_sentence(f[3]))
			continue;
		str_add(&text, " " AFTER, strlen(" " AFTER));
		str_add(&want, SEP AFTER, strlen(SEP AFTER));
		nrun[2]++;
		fails += expect(f[0], "between sentences", text.s, want.s);
	}
	free(line);
	str_free(&text);
	str_free(&want);
	fclose(fp);
	return fails;
}

/* Our own cases: input, then the sentences joined by SEP. */
static const char *const cases[][2] = {
	/* From the sample policy texts. */
	{ "Terrorist activities, etc. States should conduct exchanges.",
	  "Terrorist activities, etc." SEP "States should conduct exchanges." },
	{ "Systems, etc. Adopt all measures. Data, etc. are kept.",
	  "Systems, etc." SEP "Adopt all measures." SEP "Data, etc. are kept." },
	{ "Strategic Study of CAE 2016 Vol. 18 No. 6",
	  "Strategic Study of CAE 2016 Vol. 18 No. 6" },
	{ "\xe2\x80\x94Remarks by H.E. Xi Jinping, President of the People"
	  "\xe2\x80\x99s Republic of China, 2015/12/16",
	  "\xe2\x80\x94Remarks by H.E. Xi Jinping, President of the People"
	  "\xe2\x80\x99s Republic of China, 2015/12/16" },
	{ "It will vigorously promote the reform of ICANN to make it a truly "
	  "independent international institution. It will also help.",
	  "It will vigorously promote the reform of ICANN to make it a truly "
	  "independent international institution." SEP "It will also help." },
	{ "China supports the UN CCPCJ and UNGGE. The work goes on.",
	  "China supports the UN CCPCJ and UNGGE." SEP "The work goes on." },
	{ "Many rules apply, e.g. this one, i.e. that one. Good.",
	  "Many rules apply, e.g. this one, i.e. that one." SEP "Good." },
	{ "Use of information and communication technologies (ICT) to "
	  "interfere in internal affairs.",
	  "Use of information and communication technologies (ICT) to "
	  "interfere in internal affairs." },
	{ "See Art. 5 of the Charter. It applies.",
	  "See Art. 5 of the Charter." SEP "It applies." },
	{ "He asked, \"Is this fair?\" The answer was no.",
	  "He asked, \"Is this fair?\"" SEP "The answer was no." },
	{ "\"Is this fair?\" he asked.", "\"Is this fair?\" he asked." },
	{ "He asked: \xe2\x80\x9cIs this fair?\xe2\x80\x9d Nobody replied.",
	  "He asked: \xe2\x80\x9cIs this fair?\xe2\x80\x9d" SEP
	  "Nobody replied." },
	{ "online education, start-ups, healthcare, shopping, finance, etc. "
	  "The network grows.",
	  "online education, start-ups, healthcare, shopping, finance, etc." SEP
	  "The network grows." },
	{ "finance, etc., are becoming widespread.",
	  "finance, etc., are becoming widespread." },
	{ "\xe4\xb8\xad\xe5\x9b\xbd\xe3\x80\x82\xe7\xbd\x91\xe7\xbb\x9c"
	  "\xe4\xb8\xbb\xe6\x9d\x83\xe3\x80\x82",
	  "\xe4\xb8\xad\xe5\x9b\xbd\xe3\x80\x82" SEP
	  "\xe7\xbd\x91\xe7\xbb\x9c\xe4\xb8\xbb\xe6\x9d\x83\xe3\x80\x82" },
	{ "\xe5\xa5\xbd\xef\xbc\x81\xe7\x9c\x9f\xef\xbc\x9f\xe6\x98\xaf",
	  "\xe5\xa5\xbd\xef\xbc\x81" SEP "\xe7\x9c\x9f\xef\xbc\x9f" SEP
	  "\xe6\x98\xaf" },
	{ "\xe5\xa5\xbd\xe3\x80\x82\xe2\x80\x9d", "\xe5\xa5\xbd\xe3\x80\x82"
	  "\xe2\x80\x9d" },
	{ "(1) Major opportunities.", "(1) Major opportunities." },
	{ "1.The Principle of Peace", "1.The Principle of Peace" },
	{ "The principles are: 1. Peace. 2. Sovereignty. 3. Shared governance.",
	  "The principles are: 1. Peace." SEP "2. Sovereignty." SEP
	  "3. Shared governance." },
	{ "Tasks include: 1) promoting peace; 2) protecting sovereignty; and "
	  "3) sharing benefits.",
	  "Tasks include: 1) promoting peace; 2) protecting sovereignty; and "
	  "3) sharing benefits." },
	{ "(a) the first (b) the second",
	  "(a) the first" SEP "(b) the second" },
	{ "- i. one thing - ii. another thing",
	  "- i. one thing" SEP "- ii. another thing" },
	{ "The rate rose in 2. The next year it fell.",
	  "The rate rose in 2." SEP "The next year it fell." },
	{ "By 2030. China will lead.", "By 2030." SEP "China will lead." },
	{ "A cost of 1 - 2 percent - not more.",
	  "A cost of 1 - 2 percent - not more." },
	/* Abbreviations and initials. */
	{ "Dr. Wang met Prof. Li at the U.N. headquarters.",
	  "Dr. Wang met Prof. Li at the U.N. headquarters." },
	{ "He lives on Main St. The house is old.",
	  "He lives on Main St." SEP "The house is old." },
	{ "Dear Mr. Smith, Lt. Gen. Wang agreed.",
	  "Dear Mr. Smith, Lt. Gen. Wang agreed." },
	{ "The ratio is: 3. The rest is noise.",
	  "The ratio is: 3." SEP "The rest is noise." },
	{ "It was signed by Pitt & Co. Ltd. in May.",
	  "It was signed by Pitt & Co. Ltd. in May." },
	{ "He worked at Acme Inc. They paid well.",
	  "He worked at Acme Inc." SEP "They paid well." },
	{ "The Lord of the Rings by J. R. R. Tolkien is long.",
	  "The Lord of the Rings by J. R. R. Tolkien is long." },
	{ "See Fig. 3 and pp. 10-12 in Ch. 2.",
	  "See Fig. 3 and pp. 10-12 in Ch. 2." },
	{ "The answer was no. No one knew.",
	  "The answer was no." SEP "No one knew." },
	{ "Smith et al. (2015) disagree.", "Smith et al. (2015) disagree." },
	{ "They met at 10 a.m. on Monday.", "They met at 10 a.m. on Monday." },
	{ "Between 5 and 6 a.m. Mr. Smith worked.",
	  "Between 5 and 6 a.m. Mr. Smith worked." },
	{ "She left at 9 p.m. The party went on.",
	  "She left at 9 p.m." SEP "The party went on." },
	{ "We use Node.js here. It works.", "We use Node.js here." SEP
	  "It works." },
	{ "Visit www.gov.cn. It has news.", "Visit www.gov.cn." SEP
	  "It has news." },
	/* Brackets, quotes and ellipses. */
	{ "He left. (He was tired.) Then he slept.",
	  "He left." SEP "(He was tired.)" SEP "Then he slept." },
	{ "He said \xe2\x80\x98stop.\xe2\x80\x99 Nobody did.",
	  "He said \xe2\x80\x98stop.\xe2\x80\x99" SEP "Nobody did." },
	{ "Wait\xe2\x80\xa6 then go.", "Wait\xe2\x80\xa6 then go." },
	{ "Wait\xe2\x80\xa6 Then go.", "Wait\xe2\x80\xa6" SEP "Then go." },
	{ "Really?! Yes.", "Really?!" SEP "Yes." },
	{ "It cost a lot. $5 was paid.", "It cost a lot." SEP "$5 was paid." },
	{ "Bullets: \xe2\x80\xa2 one \xe2\x80\xa2 two",
	  "Bullets:" SEP "\xe2\x80\xa2 one" SEP "\xe2\x80\xa2 two" },
	{ "End. . .", "End. . ." },
	{ "Done.", "Done." },
	{ ".", "." },
	{ "...", "..." },
	{ "", "" },
	{ " ", "" },
	{ "Hello . World", "Hello ." SEP "World" },
	/* Issue 11: rules that pass alone, inside running text. */
	{ "Crowds came to the capital of the U.S. Millions attended the "
	  "rally. It was calm.",
	  "Crowds came to the capital of the U.S." SEP "Millions attended the "
	  "rally." SEP "It was calm." },
	{ "He joined the U.S. Army in 1990. He left.",
	  "He joined the U.S. Army in 1990." SEP "He left." },
	{ "We met at noon. He talks slowly... And this is why we left.",
	  "We met at noon." SEP "He talks slowly..." SEP
	  "And this is why we left." },
	{ "We met at noon. He talks slowly... and then stops.",
	  "We met at noon." SEP "He talks slowly... and then stops." },
	{ "We met at noon. She waited... I knew it.",
	  "We met at noon." SEP "She waited... I knew it." },
	{ "We met at noon. The plan has parts. a. The first part b. The "
	  "second part c. The third part",
	  "We met at noon." SEP "The plan has parts." SEP "a. The first part"
	  SEP "b. The second part" SEP "c. The third part" },
	{ "It ended. i. The first point ii. The second point",
	  "It ended." SEP "i. The first point" SEP "ii. The second point" },
	{ "We met at noon. See the table (No. 5) for details. It is long.",
	  "We met at noon." SEP "See the table (No. 5) for details." SEP
	  "It is long." },
	{ "We met at noon. As noted (p. 154) the rule holds. It is clear.",
	  "We met at noon." SEP "As noted (p. 154) the rule holds." SEP
	  "It is clear." },
	{ "We met at noon. He played Op. 46 twice. It went well.",
	  "We met at noon." SEP "He played Op. 46 twice." SEP
	  "It went well." },
	{ "We met at noon. The price was Rs. 16720 in May. It rose.",
	  "We met at noon." SEP "The price was Rs. 16720 in May." SEP
	  "It rose." },
	{ "We met at noon. The town (pop. 256,000) is small. It grows.",
	  "We met at noon." SEP "The town (pop. 256,000) is small." SEP
	  "It grows." },
	{ "We met at noon. It starts at 5 P.M. EDT on Monday. We left.",
	  "We met at noon." SEP "It starts at 5 P.M. EDT on Monday." SEP
	  "We left." },
	{ "We met at noon. He died a martyr.[1] The church grew.",
	  "We met at noon." SEP "He died a martyr.[1]" SEP "The church grew." },
	{ "We met at noon. He died a martyr.[1][2] The church grew.",
	  "We met at noon." SEP "He died a martyr.[1][2]" SEP
	  "The church grew." },
	{ "We met at noon. It was left to regulators.1 Governments acted "
	  "later.",
	  "We met at noon." SEP "It was left to regulators.1" SEP
	  "Governments acted later." },
	{ "We met at noon. It is the state.\xc2\xb9 The law says so.",
	  "We met at noon." SEP "It is the state.\xc2\xb9" SEP
	  "The law says so." },
	{ "We met at noon. Was it fair?[3] Nobody knew.",
	  "We met at noon." SEP "Was it fair?[3]" SEP "Nobody knew." },
	{ "We met at noon. It listed: \xef\x82\xb7 First item \xef\x82\xa7 "
	  "Second item \xef\x81\xb6 Third item \xef\x83\x98 Fourth item "
	  "\xef\x83\xbc Fifth item",
	  "We met at noon." SEP "It listed:" SEP "\xef\x82\xb7 First item" SEP
	  "\xef\x82\xa7 Second item" SEP "\xef\x81\xb6 Third item" SEP
	  "\xef\x83\x98 Fourth item" SEP "\xef\x83\xbc Fifth item" },
	{ "We met at noon. It listed \xe2\x96\xaa one thing \xe2\x9e\xa2 "
	  "another",
	  "We met at noon." SEP "It listed" SEP "\xe2\x96\xaa one thing" SEP
	  "\xe2\x9e\xa2 another" },
	{ "We met at noon. Benefits include: o Lower cost o Faster delivery",
	  "We met at noon." SEP "Benefits include:" SEP "o Lower cost" SEP
	  "o Faster delivery" },
	{ "o Lower cost o Faster delivery",
	  "o Lower cost" SEP "o Faster delivery" },
	{ "We met at noon. The members were: \xe2\x80\x94 Mr A (Chair) "
	  "\xe2\x80\x94 Ms B \xe2\x80\x94 Dr C",
	  "We met at noon." SEP "The members were:" SEP
	  "\xe2\x80\x94 Mr A (Chair)" SEP "\xe2\x80\x94 Ms B" SEP
	  "\xe2\x80\x94 Dr C" },
	{ "We met at noon. The cost \xe2\x80\x94 high \xe2\x80\x94 fell.",
	  "We met at noon." SEP
	  "The cost \xe2\x80\x94 high \xe2\x80\x94 fell." },
	/* Built to break them. */
	{ "We met at noon. The winner was No. 5. No one expected it.",
	  "We met at noon." SEP "The winner was No. 5." SEP
	  "No one expected it." },
	{ "We met at noon. He lives at No. 5. The house is old.",
	  "We met at noon." SEP "He lives at No. 5." SEP "The house is old." },
	{ "We met at noon. Turn to the next p. The text goes on.",
	  "We met at noon." SEP "Turn to the next p." SEP "The text goes on." },
	{ "We met at noon. It ends at 5 P.M. Then we left.",
	  "We met at noon." SEP "It ends at 5 P.M." SEP "Then we left." },
	{ "We met at noon. It cost 5 Rs. The seller smiled.",
	  "We met at noon." SEP "It cost 5 Rs." SEP "The seller smiled." },
	{ "We met at noon. They like pop. Rock is less popular.",
	  "We met at noon." SEP "They like pop." SEP "Rock is less popular." },
	{ "We met at noon. The rate was 5.[2] The next year it fell.",
	  "We met at noon." SEP "The rate was 5.[2]" SEP
	  "The next year it fell." },
	{ "We met at noon. It rose in 2019.[3] in most states.",
	  "We met at noon." SEP "It rose in 2019.[3] in most states." },
	{ "We met at noon. See Fig.1 for the data.",
	  "We met at noon." SEP "See Fig.1 for the data." },
	{ "We met at noon. The value fell to 0.1 in May.",
	  "We met at noon." SEP "The value fell to 0.1 in May." },
	{ "We met at noon. The letter o is round. So is O.",
	  "We met at noon." SEP "The letter o is round." SEP "So is O." },
	{ "We met at noon. Pick one: a or b. The rest waits.",
	  "We met at noon." SEP "Pick one: a or b." SEP "The rest waits." },
	{ "We met at noon. Bohr [...] used stairways [...] (Smith 55). Fine.",
	  "We met at noon." SEP "Bohr [...] used stairways [...] (Smith 55)."
	  SEP "Fine." },
	/* A stop that lost its space, between a lower-case word and a
	 * capitalized one; not in a name ("Y!J.", "Yahoo!ABC"). */
	{ "James is from Ireland!He lives in Spain. Is it?Yes, it is.",
	  "James is from Ireland!" SEP "He lives in Spain." SEP "Is it?"
	  SEP "Yes, it is." },
	{ "We use Yahoo!ABC and Y!J. every day.",
	  "We use Yahoo!ABC and Y!J. every day." },
	/* A glued ellipsis before a capitalized function word. */
	{ "He talks slowly...But this is another one.",
	  "He talks slowly..." SEP "But this is another one." },
	{ "He talks slowly...Smith said so.",
	  "He talks slowly...Smith said so." },
	/* Spaced initials: "A." is one more, not the article. */
	{ "Don't split strings like U. S. A. either. A new one.",
	  "Don't split strings like U. S. A. either." SEP "A new one." },
	/* The day after a time goes on; a sentence after it does not. */
	{ "Open 9:30 a.m. to 4 p.m. Monday through Saturday. Sunday closed.",
	  "Open 9:30 a.m. to 4 p.m. Monday through Saturday." SEP
	  "Sunday closed." },
	{ "We met at 5 p.m. The rest left.",
	  "We met at 5 p.m." SEP "The rest left." },
	/* A dash after a short capitalized abbreviation is a dateline's. */
	{ "HOWELL, Mich. - Blissfield was nine outs away.",
	  "HOWELL, Mich. - Blissfield was nine outs away." },
	{ "He said it First. - In order to see, we look.",
	  "He said it First." SEP "- In order to see, we look." },
	/* A parenthesis between sentences, without a stop of its own. */
	{ "This is a bible quote? (Phil. 4:8) Yes, it is!",
	  "This is a bible quote?" SEP "(Phil. 4:8)" SEP "Yes, it is!" },
	{ "Thank you. (Applause) We go on. It rose. (1999) This grew.",
	  "Thank you." SEP "(Applause)" SEP "We go on." SEP "It rose." SEP
	  "(1999) This grew." },
	{ "It rose. (A) The first. (I lied.) Then.",
	  "It rose." SEP "(A) The first." SEP "(I lied.)" SEP "Then." },
	/* One short lower-case word is no sentence: a label, a marker. */
	{ "ji. Determine the levels. It was done. Do it now.",
	  "ji. Determine the levels." SEP "It was done." SEP "Do it now." },
	{ "We met. It is. He ran. Then we left.",
	  "We met." SEP "It is." SEP "He ran." SEP "Then we left." },
	/* "(1.)" is a marker: its period ends nothing. */
	{ "Another item (1.) Third item (a.) Fourth.",
	  "Another item (1.) Third item (a.) Fourth." }
};

/* Seconds to split a paragraph of `reps` copies of a piece (best of 3). */
static double
split_time(size_t reps, size_t *nsent)
{
	struct str text = { 0 }, got = { 0 };
	const char *piece = "Mr. Smith met the U.S. team at 5 p.m. in No. 3 "
	    "(see p. 4). It was fine! . . . 1) one 2) two ";
	double best = 1e9, sec;
	clock_t t0;
	size_t i;
	int r;

	for (i = 0; i < reps; i++)
		str_add(&text, piece, strlen(piece));
	for (r = 0; r < 3; r++) {
		t0 = clock();
		split(text.s, &got);
		sec = (double)(clock() - t0) / CLOCKS_PER_SEC;
		if (sec < best)
			best = sec;
	}
	for (*nsent = 0, i = 0; i + 5 <= got.n; i++)
		if (memcmp(got.s + i, SEP, 5) == 0)
			(*nsent)++;
	str_free(&text);
	str_free(&got);
	return best;
}

/* Eight times the text takes about eight times as long, not 64: the
 * splitter is linear (the bound leaves room for noisy machines). */
static void
test_long(void)
{
	double small, large;
	size_t ns, nl;

	small = split_time(2000, &ns);
	large = split_time(16000, &nl);
	CHECK(ns >= 2000 && nl >= 16000);
	CHECK(large < 24 * small + 0.01);
}

/* Random paragraphs from pieces that stress the rules: split() checks
 * that the starts increase, begin at 0 and are fewer than the tokens. */
static void
test_random(void)
{
	static const char *const bits[] = {
		"a", "The", "Mr", "U.S.", "a.m.", "e.g.", "I", "E", "No", "p",
		"1", "2", "10", "ii", "b", ".", ".", ".", "?", "!", "?!", "...",
		"\xe2\x80\xa6", "\xe3\x80\x82", "\xe4\xb8\xad", "(", ")",
		"\"", "'", "\xe2\x80\x9d", "\xe2\x80\x9c", "\xe2\x80\xa2",
		"-", "*", ":", ";", ",", "and", "$", "www.x.com", "N\xc2\xb0",
		" ", " ", " ", " ", " "
	};
	struct str text = { 0 }, got = { 0 };
	unsigned seed = 1;
	size_t round, i, k;

	for (round = 0; round < 20000; round++) {
		str_clear(&text);
		for (i = 0; i < 1 + round % 40; i++) {
			seed = seed * 1103515245u + 12345u;
			k = (seed >> 16) % (sizeof(bits) / sizeof(bits[0]));
			str_add(&text, bits[k], strlen(bits[k]));
		}
		split(text.s, &got);
	}
	str_free(&text);
	str_free(&got);
}

/* Feeds the paragraph text to ab. */
static void
learn(struct sent_abbrev *ab, const char *text)
{
	VEC(struct tok) toks = { 0 };
	struct tokenizer t;
	struct tok k;

	tok_init(&t, text, strlen(text), 0);
	while (tok_next(&t, &k))
		VEC_PUSH(toks, k);
	sent_abbrev_add(ab, text, toks.v, toks.n);
	VEC_FREE(toks);
}

#define IS(ab, w)	sent_abbrev_is(ab, w, strlen(w))
#define STARTER(ab, w)	sent_abbrev_starter(ab, w, strlen(w))

/* A corpus teaches abbreviations (Sqn., mostly before lower case; Hosp.,
 * never without its period) and starters (crowds, written in lower case
 * and never capitalized inside a sentence; not Government). */
static void
test_learn(void)
{
	static const char *const corpus[] = {
		"The Sqn. pilots flew at dawn, and 2 Sqn. members met crowds.",
		"The Hosp. The Hosp. The Hosp. staff met.",
		("Wow. Goodbye. Wow. Thanks. Wow. Great. The item ii. is here, "
		"ii. too and ii. again."),
		"The crowds grew. Crowds came.",
		"They asked the Government for help; the government was slow.",
		"See Ver. 1.0 and Ver. 2.0 of the DHS. 6 As the DHS. 7 It said.",
		"The end came late. Pilots rested. The pilots slept. It was late.",
		"The end. and so on."
	};
	static const char *const words[] = {
		"sqn", "Sqn", "SQN", "hosp", "crowds", "Crowds", "government",
		"Government", "pilots", "the", "end", "it", "late", "commander",
		"wow", "ii", "staff"
	};
	struct sent_abbrev *ab = sent_abbrev_new(), *rev = sent_abbrev_new();
	struct str got = { 0 };
	size_t i, n = sizeof(corpus) / sizeof(corpus[0]);

	for (i = 0; i < n; i++) {
		learn(ab, corpus[i]);
		learn(rev, corpus[n - 1 - i]);
	}
	CHECK(!IS(ab, "sqn"));		/* nothing before done */
	sent_abbrev_done(ab);
	sent_abbrev_done(rev);
	learn(ab, "Zork. zork. zork. zork.");	/* ignored after done */
	CHECK(IS(ab, "sqn") && IS(ab, "Sqn") && IS(ab, "SQN"));
	CHECK(IS(ab, "hosp") && IS(ab, "Hosp"));
	CHECK(!IS(ab, "end") && !IS(ab, "late") && !IS(ab, "pilots"));
	CHECK(!IS(ab, "zork") && !IS(ab, "commander") && !IS(NULL, "sqn"));
	CHECK(!IS(ab, "wow") && !IS(ab, "ii") && !IS(ab, "dhs"));
	CHECK(IS(ab, "ver"));
	CHECK(STARTER(ab, "Crowds") && STARTER(ab, "crowds"));
	CHECK(STARTER(ab, "Pilots"));
	CHECK(!STARTER(ab, "Government") && !STARTER(ab, "Commander"));
	CHECK(!STARTER(ab, "Staff"));	/* never capitalized after a sentence */
	/* The order of the paragraphs does not matter. */
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		CHECK(IS(ab, words[i]) == IS(rev, words[i]) &&
		    STARTER(ab, words[i]) == STARTER(rev, words[i]));
	/* A learned abbreviation goes on before a name, ends before a
	 * starter; without the corpus, "Sqn." is a word and ends one. */
	split_with(ab, "He met the Sqn. Commander today.", &got);
	CHECK(strcmp(got.s, "He met the Sqn. Commander today.") == 0);
	split("He met the Sqn. Commander today.", &got);
	CHECK(strcmp(got.s, "He met the Sqn." SEP "Commander today.") == 0);
	split_with(ab, "He flew with 5 Sqn. Pilots know him.", &got);
	CHECK(strcmp(got.s, "He flew with 5 Sqn." SEP "Pilots know him.") == 0);
	/* Not after an initial. */
	split_with(ab, "He met J. Pilots today.", &got);
	CHECK(strcmp(got.s, "He met J. Pilots today.") == 0);
	/* After U.S., a word the corpus writes in lower case starts a
	 * sentence; Government, capitalized inside sentences, does not. */
	split_with(ab, "They left the U.S. Crowds cheered.", &got);
	CHECK(strcmp(got.s, "They left the U.S." SEP "Crowds cheered.") == 0);
	split("They left the U.S. Crowds cheered.", &got);
	CHECK(strcmp(got.s, "They left the U.S. Crowds cheered.") == 0);
	split_with(ab, "I work for the U.S. Government in Virginia.", &got);
	CHECK(strcmp(got.s,
	    "I work for the U.S. Government in Virginia.") == 0);
	/* The Golden Rules still pass with it. */
	split_with(ab, "I live in the U.S. How about you?", &got);
	CHECK(strcmp(got.s, "I live in the U.S." SEP "How about you?") == 0);
	str_free(&got);
	sent_abbrev_free(ab);
	sent_abbrev_free(rev);
	sent_abbrev_free(NULL);
}

static void
test_edges(void)
{
	struct tok k[4];
	size_t starts[4];

	CHECK(sent_split("", k, 0, starts) == 0);
	k[0].start = 0;
	k[0].end = 1;
	k[0].type = TOK_PUNCT;
	k[0].flags = TF_SPACE_BEFORE;
	CHECK(sent_split(".", k, 1, starts) == 1 && starts[0] == 0);
}

/* A text that ends with a title before a name (sent_title_end). */
static int
title_end(const char *s)
{
	return sent_title_end(s, strlen(s));
}

static void
test_title_end(void)
{
	CHECK(title_end("And this is Mr."));
	CHECK(title_end("Mr."));
	CHECK(title_end("the report of Dr."));
	CHECK(title_end("written by (Prof."));
	CHECK(title_end("a letter to H.E."));
	CHECK(!title_end("on Main St."));	/* a place */
	CHECK(!title_end("And this is mr."));	/* lower case */
	CHECK(!title_end("And this is Mr"));	/* no period */
	CHECK(!title_end("And this is Mr.."));
	CHECK(!title_end("it was done."));
	CHECK(!title_end("the No."));		/* a number follows No. */
	CHECK(!title_end("thisMr."));		/* inside a word */
	CHECK(!title_end("Inc."));
	CHECK(!title_end(""));
}

/* Does a sentence that starts at token k of s open with a one-word label
 * (sent_label_at)? */
static int
label_at(const char *s, size_t k)
{
	VEC(struct tok) toks = { 0 };
	struct tokenizer t;
	struct tok tk;
	int r;

	tok_init(&t, s, strlen(s), 0);
	while (tok_next(&t, &tk))
		VEC_PUSH(toks, tk);
	r = sent_label_at(s, toks.v, toks.n, k);
	VEC_FREE(toks);
	return r;
}

static void
test_label_at(void)
{
	CHECK(label_at("ab. Another item", 0));
	CHECK(label_at("a. The item zz. Another item", 4));
	CHECK(label_at("cf. Smith", 0));
	CHECK(!label_at("abcd. Another item", 0));	/* four letters */
	CHECK(!label_at("Ab. Another item", 0));	/* a capital */
	CHECK(!label_at("ab.Another item", 0));		/* no space after */
	CHECK(!label_at("ab. ", 0));			/* nothing after */
	CHECK(!label_at("ab Another item", 0));		/* no period */
	CHECK(!label_at("12. Another item", 0));	/* a number */
}

int
main(void)
{
	struct str got = { 0 };
	size_t i, nrun[3] = { 0, 0, 0 };
	int fails = 0;

	fails += golden("tests/data/golden-rules-en.tsv", nrun);
	fails += golden("tests/data/golden-rules-en-ps-extra.tsv", nrun);
	CHECK(nrun[0] == 49 && nrun[1] == 49);
	CHECK(nrun[2] == 41);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		split(cases[i][0], &got);
		nchecks++;
		if (strcmp(got.s, cases[i][1]) != 0) {
			fprintf(stderr, "case %zu failed:\n  input:    %s\n"
			    "  expected: %s\n  got:      %s\n", i, cases[i][0],
			    cases[i][1], got.s);
			fails++;
		}
	}
	str_free(&got);
	test_edges();
	test_title_end();
	test_label_at();
	test_learn();
	test_random();
	test_long();
	if (fails > 0) {
		fprintf(stderr, "test_sent: %d failed\n", fails);
		return 1;
	}
	printf("test_sent: %d checks passed\n", nchecks);
	return 0;
}
