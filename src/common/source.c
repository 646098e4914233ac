/*
 * source.c: reading the inputs (see source.h): each read once in pass 1,
 * kept or stamped for pass 2, standard input included.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"
#include "decode.h"
#include "io.h"
#include "pair.h"
#include "stream.h"
#include "utf8.h"

/* Bytes of stdin a tool read before any corpus did (corpus_set_stdin). */
static struct str stdin_given;
static int stdin_isgiven;

static int
is_stdin(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0;
}

/* What pass 1 found input path to be (NULL: not read). */
static const struct corpus_input *
input_of(const struct corpus *c, const char *path)
{
	const char *key = is_stdin(path) ? "-" : path;
	const struct ht_entry *e = ht_get(&c->inputs, key, strlen(key));

	if (e == NULL || c->ins.v[e->val].state == IN_NONE)
		return NULL;
	return &c->ins.v[e->val];
}

/* The first read of input path into in (see input_load). */
static int
first_load(struct corpus_input *in, const char *path, int keep,
    struct str *b)
{
	if (is_stdin(path) && stdin_isgiven) {
		in->bytes = stdin_given;	/* moved: it can be big */
		memset(&stdin_given, 0, sizeof(stdin_given));
		stdin_isgiven = 0;
		in->state = IN_KEPT;
	} else if (io_slurp_stamp(path, b, &in->st) == -1)
		return LOAD_ERR;
	else if (!in->st.rereadable || keep) {
		in->bytes = *b;
		memset(b, 0, sizeof(*b));
		in->state = IN_KEPT;
	} else
		in->state = IN_STAMPED;
	return LOAD_OK;
}

/* What an input is, judged once on its first read from its head (the
 * one vocabulary of sniff.h): a later read has the same bytes (stamped),
 * so the kind holds for the run. */
static void
judge(struct corpus_input *in, const char *s, size_t n)
{
	char why[160];

	in->kind = sniff(s, n < SNIFF_HEAD ? n : SNIFF_HEAD, n <= SNIFF_HEAD,
	    why, sizeof(why));
	in->empty = n == 0;
	if (in->kind == SNIFF_BAD_STREAM || in->kind == SNIFF_BAD_TABLE)
		in->why = xstrdup(why);
}

/*
 * The bytes of input path, in *out: the kept ones, or b after path was
 * read into it.  The first read of a path records it (keeping its bytes
 * when it cannot be read again, or when keep is set); a later read must
 * match that record.  *seen says whether there was one.  LOAD_OK,
 * LOAD_ERR (errno set), or LOAD_CHANGED.
 */
int
input_load(struct corpus *c, const char *path, int keep, struct str *b,
    const struct str **out, int *seen)
{
	const char *key = is_stdin(path) ? "-" : path;
	struct corpus_input *in;
	struct io_stamp st;
	struct ht_entry *e;
	int isnew;

	e = ht_upsert(&c->inputs, key, strlen(key), &isnew);
	if (isnew) {
		struct corpus_input none = { 0 };

		e->val = c->ins.n;
		VEC_PUSH(c->ins, none);
	}
	in = &c->ins.v[e->val];
	*seen = in->state != IN_NONE;
	if (in->state == IN_NONE) {
		int rc = first_load(in, path, keep, b);

		*out = in->state == IN_KEPT ? &in->bytes : b;
		if (rc == LOAD_OK)
			judge(in, (*out)->s, (*out)->n);
		return rc;
	}
	switch (in->state) {
	case IN_KEPT:
		*out = &in->bytes;
		return LOAD_OK;
	case IN_STAMPED:
		if (io_slurp_stamp(path, b, &st) == -1)
			return LOAD_ERR;
		*out = b;
		return io_stamp_same(&in->st, &st) ? LOAD_OK : LOAD_CHANGED;
	case IN_TAKEN:
		/* Not planned (corpus_plan counts every open). */
		errno = EINVAL;
		return LOAD_ERR;
	}
	return LOAD_ERR;	/* not reached */
}

void
corpus_plan(struct corpus *c, char **paths, int npaths)
{
	const char *key;
	struct ht_entry *e;
	int i;

	for (i = 0; i < npaths; i++) {
		key = is_stdin(paths[i]) ? "-" : paths[i];
		if ((e = ht_get(&c->inputs, key, strlen(key))) != NULL)
			c->ins.v[e->val].opens++;
	}
}

int
input_take(struct corpus *c, const char *path, struct str *b)
{
	const char *key = is_stdin(path) ? "-" : path;
	struct ht_entry *e = ht_get(&c->inputs, key, strlen(key));
	struct corpus_input *in;

	if (e == NULL)
		return 0;
	in = &c->ins.v[e->val];
	if (in->opens == 0 || --in->opens > 0 || in->state != IN_KEPT)
		return 0;
	*b = in->bytes;
	memset(&in->bytes, 0, sizeof(in->bytes));
	in->state = IN_TAKEN;
	return 1;
}

/* Reports an input input_load could not give. */
void
load_failed(const char *path, int rc)
{
	if (rc == LOAD_CHANGED)
		warnx("%s: changed while being read", io_name(path));
	else
		warn("%s", io_name(path));
}

int
input_text(const struct doc_opts *o, const char *path, const char *s,
    size_t n, struct decoded *D, int warnlossy, int *raw)
{
	char buf[64], gb[64];
	const char *enc, *name = io_name(path), *guess;
	size_t bad;

	*raw = 0;
	enc = decode_choose(s, n, o->encoding, buf, sizeof(buf));
	if (enc != NULL && *enc == '\0' && o->lossy)
		enc = NULL;	/* unknown: UTF-8 with bad bytes */
	if (enc != NULL && *enc == '\0') {
		warnx("%s: invalid UTF-8 at byte %zu, and --encoding auto does "
		    "not recognise its encoding (try --encoding NAME, or "
		    "--lossy)", name, utf8_validate(s, n));
		return -1;
	}
	if (enc == NULL) {
		decode_text(D, s, n, NULL, 0, &bad);
		if ((bad = pair_validate(s, n)) == n)
			return 0;
		if (o->lossy) {
			*raw = 1;
			if (warnlossy)
				warnx("%s: invalid UTF-8 at byte %zu, replaced "
				    "by U+FFFD", name, bad);
			return 0;
		}
		/* What to try: what --encoding auto would read it as,
		 * when the detector has a word for it. */
		guess = decode_choose(s, n, "auto", gb, sizeof(gb));
		if (guess != NULL && *guess != '\0')
			warnx("%s: invalid UTF-8 at byte %zu; it looks like "
			    "%s: try --encoding auto, or --lossy", name, bad,
			    guess);
		else
			warnx("%s: invalid UTF-8 at byte %zu: try --encoding "
			    "NAME, or --lossy", name, bad);
		return -1;
	}
	if (decode_text(D, s, n, enc, o->lossy, &bad) != DECODE_OK) {
		if (bad == 0 && !decode_known(enc))
			warnx("%s: cannot decode %s", name, enc);
		else if (o->encoding != NULL &&
		    strcmp(o->encoding, "auto") == 0)
			warnx("%s: invalid %s at byte %zu (what --encoding auto "
			    "took it for): try --encoding NAME, or --lossy",
			    name, enc, bad);
		else
			warnx("%s: invalid %s at byte %zu: try --encoding "
			    "NAME, or --lossy", name, enc, bad);
		return -1;
	}
	if (bad < n && warnlossy)
		warnx("%s: invalid %s at byte %zu, replaced by U+FFFD", name,
		    enc, bad);
	return 0;
}

/* The test hook between the reads (see corpus_scan in doc.h). */
static void
between_reads(void)
{
	const char *cmd = getenv("TX_TEST_BETWEEN_PASSES");
	int rc;

	if (cmd == NULL || *cmd == '\0')
		return;
	if ((rc = system(cmd)) != 0)
		warnx("TX_TEST_BETWEEN_PASSES: '%s' exited %d", cmd,
		    WIFEXITED(rc) ? WEXITSTATUS(rc) : rc);
}

void
corpus_set_stdin(struct str *b)
{
	/* The bytes move, not a copy: stdin can be the biggest input. */
	str_free(&stdin_given);
	stdin_given = *b;
	memset(b, 0, sizeof(*b));
	str_grow(&stdin_given, 0);
	stdin_isgiven = 1;
}

void
corpus_forget_stdin(void)
{
	str_free(&stdin_given);
	stdin_isgiven = 0;
}

void
corpus_init(struct corpus *c, const struct doc_opts *o)
{
	memset(c, 0, sizeof(*c));
	c->opts = o;
	lexicon_init(&c->lex);
	c->dec = xcalloc(1, sizeof(*c->dec));
	ht_init(&c->failed, 16);
	ht_init(&c->inputs, 16);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->ins.n; i++) {
		str_free(&c->ins.v[i].bytes);
		free(c->ins.v[i].why);
	}
	VEC_FREE(c->ins);
	ht_free(&c->inputs);
	lexicon_free(&c->lex);
	if (c->dec != NULL)
		decode_free(c->dec);
	free(c->dec);
	c->dec = NULL;
	ht_free(&c->failed);
}

int
corpus_reads(const struct corpus *c, const char *path)
{
	struct stat sb;
	size_t i;

	if (path == NULL || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return 0;
	for (i = 0; i < c->ins.n; i++)
		if (c->ins.v[i].state != IN_NONE &&
		    c->ins.v[i].st.dev == (uint64_t)sb.st_dev &&
		    c->ins.v[i].st.ino == (uint64_t)sb.st_ino)
			return 1;
	return 0;
}

int
corpus_scan(struct corpus *c, char **paths, int npaths)
{
	struct str b = { 0 };
	const struct str *in;
	const struct decoded *t = c->dec;
	size_t ncand = 0;
	int i, rc, seen, raw, nerr = 0;
	char *ok;

	ok = xcalloc((size_t)npaths + 1, 1);
	for (i = 0; i < npaths; i++) {
		/* One input: pass 2 takes the bytes read and checked here. */
		rc = input_load(c, paths[i], npaths == 1, &b, &in, &seen);
		if (rc != LOAD_OK) {
			load_failed(paths[i], rc);
			nerr++;
			ht_upsert(&c->failed, paths[i], strlen(paths[i]), NULL);
			continue;
		}
		/* Not text: skipped whole, here and in pass 2 (doc_open
		 * refuses what failed), and the run goes on. */
		if (input_text(c->opts, paths[i], in->s, in->n, c->dec, 0,
		    &raw) == -1) {
			nerr++;
			ht_upsert(&c->failed, paths[i], strlen(paths[i]), NULL);
			continue;
		}
		/* A stream is read as one, not as text (source_streams). */
		if (c->streams && input_of(c, paths[i])->kind == SNIFF_STREAM)
			continue;
		ok[i] = 1;
		if (!c->opts->keep)
			ncand += lexicon_scan(&c->lex, t->s, t->n);
		/* not a --lossy input's bad bytes: pass 2 repairs them */
		if (c->opts->abbrevs && !raw)
			lexicon_sentences_note(&c->lex, t->s, t->n,
			    c->opts->tokopts);
		else
			ok[i] = 2;
	}
	between_reads();
	if (ncand > 0 || c->lex.abbrev != NULL) {
		for (i = 0; i < npaths; i++) {
			if (!ok[i])
				continue;
			rc = input_load(c, paths[i], 0, &b, &in, &seen);
			if (rc != LOAD_OK) {
				/* Gone or changed since: not counted, and
				 * pass 2 leaves it out. */
				load_failed(paths[i], rc);
				nerr++;
				ht_upsert(&c->failed, paths[i],
				    strlen(paths[i]), NULL);
				continue;
			}
			/* The same bytes: the same text. */
			if (input_text(c->opts, paths[i], in->s, in->n, c->dec,
			    0, &raw) == -1)
				continue;
			if (ncand > 0)
				lexicon_count(&c->lex, t->s, t->n);
			if (ok[i] == 1 && c->opts->abbrevs)
				lexicon_sentences(&c->lex, t->s, t->n,
				    c->opts->tokopts);
		}
		c->lex.counted = ncand > 0;
	}
	lexicon_sentences_done(&c->lex);
	decode_free(c->dec);	/* pass 2 decodes each document again */
	str_free(&b);
	free(ok);
	return nerr;
}

int
source_kinds(const struct corpus *c, char **paths, int npaths, int streams)
{
	const struct corpus_input *in;
	const char *text = NULL, *stream = NULL;
	int i;

	for (i = 0; i < npaths; i++) {
		if ((in = input_of(c, paths[i])) == NULL ||
		    ht_get(&c->failed, paths[i], strlen(paths[i])) != NULL)
			continue;	/* reported by pass 1 */
		/* txseg: text it reads, a table too; only its own stream
		 * is surely not what was meant. */
		switch (!streams && in->kind != SNIFF_STREAM ? SNIFF_TEXT :
		    in->kind) {
		case SNIFF_TABLE:
			/* Its counts and words would be counted as words. */
			errx(STATUS_TROUBLE, "%s: a txfreq table, not text "
			    "(give it to txfreq --merge)", io_name(paths[i]));
		case SNIFF_BAD_TABLE:
		case SNIFF_BAD_STREAM:
			errx(STATUS_TROUBLE, "%s: %s", io_name(paths[i]),
			    in->why);
		case SNIFF_STREAM:
			if (!streams)
				errx(STATUS_TROUBLE, "%s: a txseg stream "
				    "already: give the texts it was made from",
				    io_name(paths[i]));
			if (stream == NULL)
				stream = paths[i];
			break;
		default:
			if (text == NULL && !in->empty)
				text = paths[i];
		}
	}
	/* Which would be half right: the texts counted, the stream's
	 * numbers as words, or the texts left out. */
	if (stream != NULL && text != NULL)
		errx(STATUS_TROUBLE, "%s is a txseg stream, %s is text: give "
		    "streams or texts, not both (txseg the texts first)",
		    io_name(stream), io_name(text));
	return stream != NULL ? SNIFF_STREAM : SNIFF_TEXT;
}

struct streams {
	struct corpus *c;
	char	**paths;
	int	 npaths, i, status;
	struct str b;
};

/* The next stream input that can be read, for in (stream.h's more). */
static int
next_stream(void *arg, struct stream_in *in)
{
	struct streams *s = arg;
	const struct str *out;
	int rc, seen;

	while (s->i < s->npaths) {
		const char *path = s->paths[s->i++];

		if (ht_get(&s->c->failed, path, strlen(path)) != NULL ||
		    input_of(s->c, path) == NULL)
			continue;	/* reported by pass 1 */
		if ((rc = input_load(s->c, path, 0, &s->b, &out, &seen)) !=
		    LOAD_OK) {
			load_failed(path, rc);
			s->status = STATUS_TROUBLE;
			continue;
		}
		stream_switch(in, out->s, out->n, io_name(path));
		return 1;
	}
	return 0;
}

int
source_streams(struct corpus *c, char **paths, int npaths,
    void (*fn)(void *arg, struct stream_in *in), void *arg)
{
	struct streams s = { c, paths, npaths, 0, STATUS_OK, { 0 } };
	struct stream_in in;

	stream_from_buffer(&in, "", 0, "-", 1);
	in.more = next_stream;
	in.morearg = &s;
	fn(arg, &in);
	stream_close(&in);
	str_free(&s.b);
	return s.status;
}

int
source_stdin_open(struct stdin_in *in, int sniffit)
{
	const char *s;
	size_t n;
	int all;

	memset(in, 0, sizeof(*in));
	lines_init(&in->lr, STDIN_FILENO);
	if (!sniffit)
		return SNIFF_TEXT;
	if (lines_peek(&in->lr, SNIFF_HEAD, &s, &n, &all) == -1)
		err(STATUS_TROUBLE, "-");
	return sniff(s, n, all, in->why, sizeof(in->why));
}

int
source_stdin_take(struct stdin_in *in, int stream)
{
	struct str b = { 0 };
	int rc;

	rc = lines_next(&in->lr, &in->first, &in->nfirst, NULL);
	if (rc == -1)
		err(STATUS_TROUBLE, "-");
	if (rc == 1 && stream)
		return 1;
	if (lines_rest(&in->lr, &b) == -1)
		err(STATUS_TROUBLE, "-");
	corpus_set_stdin(&b);
	str_free(&b);
	return 0;
}

void
source_stdin_close(struct stdin_in *in)
{
	corpus_forget_stdin();
	lines_free(&in->lr);
}
