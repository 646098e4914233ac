/*
 * test_tok: the tokenizer.  Table cases (text and type of every token),
 * flags, TOK_SPLIT_HYPHENS, then invariants on random input, and the
 * eight-bytes-at-a-time word scan against the plain byte loop.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tok.h"
#include "util.h"

/*
 * A second copy of the tokenizer, built with the byte loop only, under
 * other names: the fast word scan must give the same tokens.
 */
#define TOK_NO_SWAR
#define tok_init	plain_tok_init
#define tok_next	plain_tok_next
#define tok_typename	plain_tok_typename
#define tok_zh_ids	plain_tok_zh_ids
void	plain_tok_init(struct tokenizer *, const char *, size_t, unsigned);
int	plain_tok_next(struct tokenizer *, struct tok *);
const char *plain_tok_typename(int);
size_t	plain_tok_zh_ids(void);
#include "tok.c"
#undef tok_init
#undef tok_next
#undef tok_typename
#undef tok_zh_ids

#include "check.h"

/* One letter per type, as the cases below write them. */
static char
typechar(int type)
{
	return "?wnpsuec"[type >= TOK_WORD && type <= TOK_CJK ? type : 0];
}

/* The tokens of text as "text/t text/t ...". */
static void
dump(const char *text, unsigned opts, struct str *out)
{
	struct tokenizer t;
	struct tok k;

	str_clear(out);
	str_add(out, "", 0);	/* never NULL, even with no token */
	tok_init(&t, text, strlen(text), opts);
	while (tok_next(&t, &k)) {
		if (out->n > 0)
			str_addc(out, ' ');
		str_add(out, text + k.start, k.end - k.start);
		str_addc(out, '/');
		str_addc(out, typechar(k.type));
	}
}

static const char *const cases[][2] = {
	{ "", "" },
	{ "   \t\n ", "" },
	{ "Hello, world!", "Hello/w ,/p world/w !/p" },
	/* hyphens and apostrophes */
	{ "rule-based win-win self-defense state-to-state",
	  "rule-based/w win-win/w self-defense/w state-to-state/w" },
	{ "pre- and post-war", "pre/w -/p and/w post-war/w" },
	{ "word--word", "word/w --/p word/w" },
	{ "non\xe2\x80\x90state", "non\xe2\x80\x90state/w" },
	{ "China's China\xe2\x80\x99s don't rock'n'roll",
	  "China's/w China\xe2\x80\x99s/w don't/w rock'n'roll/w" },
	{ "countries\xe2\x80\x99 interests", "countries\xe2\x80\x99/w "
	  "interests/w" },
	{ "the 'Two Centenaries' goal",
	  "the/w '/p Two/w Centenaries/w '/p goal/w" },
	{ "JFK Jr.'s book", "JFK/w Jr/w ./p '/p s/w book/w" },
	/* dotted abbreviations */
	{ "U.S. U.S.A. e.g. i.e. a.m. P.M. H.E.",
	  "U.S./w U.S.A./w e.g./w i.e./w a.m./w P.M./w H.E./w" },
	{ "e.g., U.S-made", "e.g./w ,/p U.S/w -/p made/w" },
	/* U+FFFD (a legacy byte --lossy replaced) between letters stays
	 * in the word; after or before one it is a symbol. */
	{ "moment\xef\xbf\xbds \xef\xbf\xbdgreat\xef\xbf\xbd",
	  "moment\xef\xbf\xbds/w \xef\xbf\xbd/s great/w \xef\xbf\xbd/s" },
	{ "U.S.-China U.S.Government",
	  "U.S./w -/p China/w U.S./w Government/w" },
	{ "Mr. Smith", "Mr/w ./p Smith/w" },
	{ "Jonas E. Smith", "Jonas/w E/w ./p Smith/w" },
	{ "Ph.D. Node.js v1.2", "Ph.D/w ./p Node.js/w v1.2/w" },
	/* numbers */
	{ "[1,2] 12,34 1,000,000 1,0000",
	  "[/p 1/n ,/p 2/n ]/p 12/n ,/p 34/n 1,000,000/n 1/n ,/p 0000/n" },
	{ "countries\xe2\x80\x99 rights States' permission the boss' s",
	  "countries\xe2\x80\x99/w rights/w States'/w permission/w the/w "
	  "boss'/w s/w" },
	{ "the \xe2\x80\x98Two Centenaries\xe2\x80\x99 goal",
	  "the/w \xe2\x80\x98/p Two/w Centenaries/w \xe2\x80\x99/p goal/w" },
	{ "2030 3.5 1,000 100.00 2021-10-20 14:29 2015/12/16",
	  "2030/n 3.5/n 1,000/n 100.00/n 2021-10-20/n 14:29/n 2015/12/16/n" },
	{ "1026.253.553. 2.2.1 [1,2]",
	  "1026.253.553/n ./p 2.2.1/n [/p 1/n ,/p 2/n ]/p" },
	{ "5th 3D 1990s 10-year 1990's G20 ICT4D COVID-19",
	  "5th/w 3D/w 1990s/w 10-year/w 1990's/w G20/w ICT4D/w COVID-19/w" },
	{ "$100.00. -5 +3 50%", "$/s 100.00/n ./p -/p 5/n +/s 3/n 50/n %/p" },
	{ "\xd9\xa3\xd9\xa4 items", "\xd9\xa3\xd9\xa4/n items/w" },
	/* missing spaces */
	{ "world.Today Tuesday.Mr. 1,000.That G20.The",
	  "world/w ./p Today/w Tuesday/w ./p Mr/w ./p 1,000/n ./p That/w "
	  "G20/w ./p The/w" },
	{ "1.The Principle", "1/n ./p The/w Principle/w" },
	{ "ASP.NET world.today", "ASP.NET/w world.today/w" },
	{ "security.3 The Fig.2 a.1 web2.0",
	  "security/w ./p 3/n The/w Fig/w ./p 2/n a.1/w web2.0/w" },
	/* URLs and e-mail */
	{ "Her email is Jane.Doe@example.com.",
	  "Her/w email/w is/w Jane.Doe@example.com/e ./p" },
	{ "https://www.example.50.com/new-site/awesome_content.html.",
	  "https://www.example.50.com/new-site/awesome_content.html/u ./p" },
	{ "(see http://en.wikipedia.org/wiki/Foo_(bar)).",
	  "(/p see/w http://en.wikipedia.org/wiki/Foo_(bar)/u )/p ./p" },
	{ "Visit www.gov.cn, un.org; example.com/a?b=c#d!",
	  "Visit/w www.gov.cn/u ,/p un.org/u ;/p example.com/a?b=c#d/u !/p" },
	{ "news.xinhuanet.com/english:", "news.xinhuanet.com/english/u :/p" },
	{ "mailto:a.b@c.org ftp://x.y/z\xe2\x80\x9d",
	  "mailto:a.b@c.org/u ftp://x.y/z/u \xe2\x80\x9d/p" },
	{ "163.com 192.168.0.1 a.b.com", "163.com/u 192.168.0.1/n a.b.com/u" },
	{ "end.It courtesy @rajfortyseven on Twitter",
	  "end/w ./p It/w courtesy/w @/p rajfortyseven/w on/w Twitter/w" },
	{ "x@y john+doe@mail.example.org",
	  "x/w @/p y/w john+doe@mail.example.org/e" },
	{ "http:// http:x", "http/w :/p ///p http/w :/p x/w" },
	/* CJK */
	{ "\xe4\xb8\xad\xe5\x9b\xbd\xe3\x80\x82\xe3\x81\xb2\xe3\x82\xab"
	  "\xef\xbd\xb6",
	  "\xe4\xb8\xad/c \xe5\x9b\xbd/c \xe3\x80\x82/p \xe3\x81\xb2/c "
	  "\xe3\x82\xab/c \xef\xbd\xb6/c" },
	{ "5G\xe7\xbd\x91\xe7\xbb\x9c", "5G/w \xe7\xbd\x91/c \xe7\xbb\x9c/c" },
	{ "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 text",
	  "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4/w text/w" },
	/* punctuation and symbols */
	{ "... !! ?? -- *** ?! !? ?!?", ".../p !!/p ?\?/p --/p ***/p ?!/p "
	  "!?/p ?!?/p" },
	{ "\xe2\x80\xa6 \xe2\x80\xa6\xe2\x80\xa6 \xe2\x80\x94\xe2\x80\x94 "
	  "\xe2\x80\x9cq\xe2\x80\x9d",
	  "\xe2\x80\xa6/p \xe2\x80\xa6\xe2\x80\xa6/p \xe2\x80\x94\xe2\x80\x94/p "
	  "\xe2\x80\x9c/p q/w \xe2\x80\x9d/p" },
	{ "((a)) \"\" ''", "(/p (/p a/w )/p )/p \"/p \"/p '/p '/p" },
	{ "\xc2\xa9 \xc2\xb0 += == \xe2\x82\xac",
	  "\xc2\xa9/s \xc2\xb0/s +/s =/s =/s =/s \xe2\x82\xac/s" },
	{ "N\xc2\xb0. N\xc2\xba. Yahoo!", "N/w \xc2\xb0/s ./p N\xc2\xba/w ./p "
	  "Yahoo/w !/p" },
	{ "__init__ ___ _x a_b", "__init__/w ___/p _x/w a_b/w" },
	/* spaces, marks, invisible characters */
	{ "a\xc2\xa0" "b\xe2\x80\x83" "c\xe3\x80\x80" "d\xe2\x80\xa8" "e",
	  "a/w b/w c/w d/w e/w" },
	{ "\xef\xbb\xbf" "BOM a\xe2\x80\x8b" "b",
	  "BOM/w a/w b/w" },
	{ "infor\xc2\xadmation e\xcc\x81t\xc3\xa9 \xcc\x81x",
	  "infor\xc2\xadmation/w e\xcc\x81t\xc3\xa9/w \xcc\x81x/w" },
	{ "a\x01" "b", "a/w b/w" },
	{ "\xe2\x9d\xa4\xef\xb8\x8f #\xef\xb8\x8f\xe2\x83\xa3 x",
	  "\xe2\x9d\xa4\xef\xb8\x8f/s #\xef\xb8\x8f\xe2\x83\xa3/p x/w" },
	{ "bad\xff" "byte \xc3", "bad\xff" "byte/w \xc3/s" }
};

/* Cases with TOK_SPLIT_HYPHENS. */
static const char *const split_cases[][2] = {
	{ "rule-based state-to-state", "rule/w -/p based/w state/w -/p to/w "
	  "-/p state/w" },
	{ "2021-10-20 10-year COVID-19", "2021-10-20/n 10/n -/p year/w COVID/w "
	  "-/p 19/n" },
	{ "non\xe2\x80\x90state", "non/w \xe2\x80\x90/p state/w" },
	{ "http://a-b.com/c-d x-y.org", "http://a-b.com/c-d/u x-y.org/u" }
};

static void
test_cases(void)
{
	struct str got = { 0 };
	size_t i;
	int fails = 0;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		/* Han runs one token per character: these cases test the
		 * rules around them; words are test_zhseg's and zh.bats'. */
		dump(cases[i][0], TOK_ZH_CHAR, &got);
		nchecks++;
		if (strcmp(got.s, cases[i][1]) != 0) {
			fprintf(stderr, "case %zu failed:\n  input:    %s\n"
			    "  expected: %s\n  got:      %s\n", i, cases[i][0],
			    cases[i][1], got.s);
			fails++;
		}
	}
	for (i = 0; i < sizeof(split_cases) / sizeof(split_cases[0]); i++) {
		dump(split_cases[i][0], TOK_SPLIT_HYPHENS, &got);
		nchecks++;
		if (strcmp(got.s, split_cases[i][1]) != 0) {
			fprintf(stderr, "split case %zu failed:\n  input:    %s\n"
			    "  expected: %s\n  got:      %s\n", i,
			    split_cases[i][0], split_cases[i][1], got.s);
			fails++;
		}
	}
	str_free(&got);
	CHECK(fails == 0);
}

/* The flags of each token of text, in order. */
static void
flags_of(const char *text, const unsigned *want, size_t nwant)
{
	struct tokenizer t;
	struct tok k;
	size_t i = 0;

	tok_init(&t, text, strlen(text), 0);
	while (tok_next(&t, &k)) {
		CHECK(i < nwant);
		if (k.flags != want[i])
			fprintf(stderr, "%s: token %zu: flags %#x, want %#x\n",
			    text, i, k.flags, want[i]);
		CHECK(k.flags == want[i]);
		i++;
	}
	CHECK(i == nwant);
}

static void
test_flags(void)
{
	const unsigned sp = TF_SPACE_BEFORE, up = TF_UPPER, lo = TF_LOWER,
	    all = TF_ALLCAPS, dot = TF_DOTTED;

	flags_of("The U.S. is\xc2\xa0here.",
	    (const unsigned[]){ sp | up, sp | up | all | dot, sp | lo,
	    sp | lo, 0 }, 5);
	flags_of("e.g. NATO-led iPhone 5th 2030 \xc3\x89t\xc3\xa9 "
	    "\xce\xa3\xce\x91",
	    (const unsigned[]){ sp | lo | dot, sp | up, sp | lo, sp | lo, sp,
	    sp | up, sp | up | all }, 7);
	flags_of("(I)\xe4\xb8\xad",
	    (const unsigned[]){ sp, up | all, 0, 0 }, 4);
	flags_of("G20 http://X.org",
	    (const unsigned[]){ sp | up | all, sp | lo }, 2);
	CHECK(strcmp(tok_typename(TOK_WORD), "word") == 0);
	CHECK(strcmp(tok_typename(TOK_NUM), "num") == 0);
	CHECK(strcmp(tok_typename(TOK_PUNCT), "punct") == 0);
	CHECK(strcmp(tok_typename(TOK_SYM), "sym") == 0);
	CHECK(strcmp(tok_typename(TOK_URL), "url") == 0);
	CHECK(strcmp(tok_typename(TOK_EMAIL), "email") == 0);
	CHECK(strcmp(tok_typename(TOK_CJK), "cjk") == 0);
	CHECK(strcmp(tok_typename(0), "?") == 0);
}

/* Only white space or invisible characters lie between tokens. */
static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];

		if (b >= 0x80)
			return 1;	/* NBSP, ZWSP, BOM...: checked above */
		if (b > ' ' && b != 0x7F)
			return 0;
	}
	return 1;
}

/* Does s[0..n) hold one of the spaces random_text() uses? */
static int
has_space(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == ' ' || s[i] == '\t' || (i + 1 < n &&
		    memcmp(s + i, "\xc2\xa0", 2) == 0) || (i + 2 < n &&
		    memcmp(s + i, "\xe2\x80\x8b", 3) == 0))
			return 1;
	return 0;
}

/* Random text from pieces that stress the rules. */
static void
random_text(struct str *b, size_t n, unsigned *seed)
{
	static const char *const bits[] = {
		"a", "Z", "e", "0", "9", ".", ",", "-", "'", "@", ":", "/", "_",
		" ", " ", " ", "\t", "(", ")", "!", "?", "+", "%", "#", "www",
		"http", "com", "org", "\xe2\x80\x99", "\xe2\x80\x90",
		"\xe2\x80\xa6", "\xe4\xb8\xad", "\xc3\xa9", "\xcc\x81",
		"\xc2\xa0", "\xc2\xad", "\xe2\x80\x8b", "\xff", "\xc3", "\x01",
		"U.S.", "e.g", "https://", "mailto:", "\xc2\xb0", "\xd9\xa3"
	};
	size_t i;

	str_clear(b);
	for (i = 0; i < n; i++) {
		*seed = *seed * 1103515245u + 12345u;
		str_add(b, bits[(*seed >> 16) % (sizeof(bits) /
		    sizeof(bits[0]))], strlen(bits[(*seed >> 16) %
		    (sizeof(bits) / sizeof(bits[0]))]));
	}
}

static void
test_random(void)
{
	struct str b = { 0 };
	struct tokenizer t, u;
	struct tok k, l;
	unsigned seed = 42, opts;
	size_t round, prev;
	int r1, r2;

	for (round = 0; round < 20000; round++) {
		random_text(&b, 1 + round % 60, &seed);
		opts = round % 3 == 0 ? TOK_SPLIT_HYPHENS : 0;
		tok_init(&t, b.s, b.n, opts);
		plain_tok_init(&u, b.s, b.n, opts);
		prev = 0;
		for (;;) {
			r1 = tok_next(&t, &k);
			r2 = plain_tok_next(&u, &l);
			CHECK(r1 == r2);
			if (!r1)
				break;
			CHECK(k.start == l.start && k.end == l.end &&
			    k.type == l.type && k.flags == l.flags);
			CHECK(k.start >= prev && k.end > k.start &&
			    k.end <= b.n);
			CHECK(k.type >= TOK_WORD && k.type <= TOK_CJK);
			CHECK(blank(b.s + prev, k.start - prev));
			CHECK(((k.flags & TF_SPACE_BEFORE) != 0) ==
			    (prev == 0 ||
			    has_space(b.s + prev, k.start - prev)));
			prev = k.end;
		}
		CHECK(blank(b.s + prev, b.n - prev));
	}
	str_free(&b);
}

/* Long words, and words that end exactly at the end of the text, cross
 * the eight-byte steps in every position. */
static void
test_lengths(void)
{
	char buf[64];
	struct tokenizer t;
	struct tok k;
	size_t len, off;

	for (len = 1; len < 40; len++) {
		for (off = 0; off < 3; off++) {
			memset(buf, ' ', off);
			memset(buf + off, 'a', len);
			buf[off + len / 2] = 'B';
			tok_init(&t, buf, off + len, 0);
			CHECK(tok_next(&t, &k));
			CHECK(k.start == off && k.end == off + len);
			CHECK(k.flags == (TF_SPACE_BEFORE | (len / 2 == 0 ?
			    TF_UPPER : TF_LOWER) | (len == 1 ? TF_ALLCAPS :
			    0)));
			CHECK(!tok_next(&t, &k));
		}
	}
}

int
main(void)
{
	test_cases();
	test_flags();
	test_lengths();
	test_random();
	printf("test_tok: %d checks passed\n", nchecks);
	return 0;
}
