/*
 * fuzz_stream.c: the readers of what the tools write, on arbitrary bytes.
 *
 *  - doc_parse_record on every line, against a reading of its contract
 *    written here: a record is 8 or 9 tab-separated fields (a CR at the
 *    end ignored), not the header, with par, sent, start and end of 1 to
 *    19 digits and start <= end; the fields it gives back are the line's.
 *  - count_inputs on the bytes as a txseg stream on stdin (txfreq -, with
 *    its first line taken as a record unless it is the header), and
 *    count_table on them as a txfreq table (txfreq --merge -): either
 *    they fail as the tools do ("-: reason", exit 2) or they return, and
 *    a table's counts add up to the sum of its rows' count fields.
 */
#include <stdint.h>
#include <string.h>

#include "count.h"
#include "doc.h"
#include "fuzz.h"

/* The contract of doc_parse_record, read independently. */
static int
my_parse(const char *s, size_t n, const char **f, size_t *fl, size_t *nf,
    uint64_t *num)
{
	static const int col[4] = { 2, 3, 5, 6 };
	size_t i, j, k = 0;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (doc_is_stream_header(s, n))
		return -1;
	*nf = 0;
	f[0] = s;
	for (i = 0; i <= n; i++)
		if (i == n || s[i] == '\t') {
			if (*nf == 10)
				return -1;
			f[*nf] = s + k;
			fl[(*nf)++] = i - k;
			k = i + 1;
		}
	if (*nf != 8 && *nf != 9)
		return -1;
	for (i = 0; i < 4; i++) {
		const char *p = f[col[i]];

		if (fl[col[i]] == 0 || fl[col[i]] > 19)
			return -1;
		num[i] = 0;
		for (j = 0; j < fl[col[i]]; j++) {
			if (p[j] < '0' || p[j] > '9')
				return -1;
			num[i] = num[i] * 10 + (uint64_t)(p[j] - '0');
		}
	}
	return num[2] <= num[3] ? 0 : -1;
}

static void
check_line(const char *s, size_t n)
{
	struct doc_record r;
	const char *f[10];
	size_t fl[10], nf = 0;
	uint64_t num[4];
	int got = doc_parse_record(s, n, &r);
	int want = my_parse(s, n, f, fl, &nf, num);

	FZ_CHECK(got == want, "doc_parse_record says %d, the contract %d on "
	    "'%.*s'", got, want, (int)n, s);
	if (got != 0)
		return;
	FZ_CHECK(r.doc == f[0] && r.ldoc == fl[0] && r.sec == f[1] &&
	    r.lsec == fl[1] && r.kind == f[4] && r.lkind == fl[4] &&
	    r.text == f[7] && r.ltext == fl[7], "fields differ on '%.*s'",
	    (int)n, s);
	FZ_CHECK(nf == 9 ? r.type == f[8] && r.ltype == fl[8] :
	    r.type == NULL && r.ltype == 0, "type field on '%.*s'", (int)n, s);
	FZ_CHECK(r.par == num[0] && r.sent == num[1] && r.start == num[2] &&
	    r.end == num[3] && r.start <= r.end, "numbers differ on '%.*s'",
	    (int)n, s);
}

struct job {
	struct count_opts o;
	struct counter c;
	struct table_kind k;
	int	 status;
};

static void
stream_job(void *arg)
{
	struct job *j = arg;
	static char dash[] = "-";
	char *paths[1] = { dash };

	counter_init(&j->c, &j->o);
	j->status = count_inputs(&j->c, paths, 1);
	counter_free(&j->c);
}

static void
table_job(void *arg)
{
	struct job *j = arg;

	counter_init(&j->c, &j->o);
	count_table(&j->c, "-", &j->k);
	/* counter_free after the check, in the caller. */
}

/* The sum of the count fields of the rows of a table of kind k; 0 on
 * overflow (counts that overflow are issue 10, section 4: not here). */
static int
row_sum(const uint8_t *data, size_t n, const struct table_kind *k,
    uint64_t *sum)
{
	const char *s = (const char *)data, *e = s + n, *nl;
	size_t col = (size_t)k->level + 1 + (size_t)k->form;

	*sum = 0;
	if (e - s >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;		/* a BOM: the same table (issue 10, section 4) */
	for (; s < e; s = nl + 1) {
		struct table_kind h;
		const char *why, *f;
		size_t len, i, c = 0;
		uint64_t v = 0;

		nl = memchr(s, '\n', (size_t)(e - s));
		if (nl == NULL)
			nl = e;
		len = (size_t)(nl - s);
		if (len > 0 && s[len - 1] == '\r')
			len--;
		if (len == 0 || count_table_header(s, len, &h, &why))
			continue;
		for (f = s, i = 0; i < len && c < col; i++)
			if (s[i] == '\t') {
				c++;
				f = s + i + 1;
			}
		for (; f < s + len && *f != '\t'; f++) {
			if (v > (UINT64_MAX - 9) / 10)
				return 0;
			v = v * 10 + (uint64_t)(*f - '0');
		}
		if (*sum > UINT64_MAX - v)
			return 0;
		*sum += v;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *s = (const char *)data, *e = s + n, *nl;
	struct job j;
	uint64_t want, got;
	size_t i;
	int st;

	for (; s <= e; s = nl + 1) {
		nl = memchr(s, '\n', (size_t)(e - s));
		if (nl == NULL)
			nl = e;
		check_line(s, (size_t)(nl - s));
	}

	memset(&j, 0, sizeof(j));
	j.o.nmin = j.o.nmax = 1;
	j.o.stream = 1;
	j.o.cells = LV_DOC;
	j.o.pairs = n & 1;
	fz_stdin(data, n);
	st = fz_try(stream_job, &j);
	FZ_CHECK(st == 0 ? j.status == STATUS_OK : st == STATUS_TROUBLE &&
	    strncmp(fz_msg, "-: ", 3) == 0, "the stream reader: exit %d, "
	    "'%s'", st, fz_msg);

	memset(&j, 0, sizeof(j));
	j.o.nmin = j.o.nmax = 1;
	j.o.cells = n & 2 ? LV_SECTION : LV_DOC;
	j.o.pairs = n & 1;
	fz_stdin(data, n);
	st = fz_try(table_job, &j);
	FZ_CHECK(st == 0 || (st == STATUS_TROUBLE &&
	    strncmp(fz_msg, "-: ", 3) == 0), "the table reader: exit %d, '%s'",
	    st, fz_msg);
	if (st != 0)
		return 0;
	for (got = 0, i = 0; i < j.c.terms.n; i++)
		got += j.c.terms.ents[i].val;
	if (row_sum(data, n, &j.k, &want))
		FZ_CHECK(got == want, "the table's rows hold %llu, the counter "
		    "%llu", (unsigned long long)want, (unsigned long long)got);
	counter_free(&j.c);
	return 0;
}
