#!/usr/bin/env bats
# txkeys: every statistic against worked examples, filters, sides from
# text, tables and --target, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	HEADER=$'term\tcount_t\tcount_r\tpm_t\tpm_r\trange_t\trange_r\tg2\tp\tchi2\tlog_ratio\tpct_diff\tbic\tdirection'
	# The worked examples' tables: a target of c = 1000 items and a
	# reference of d = 2000.
	printf 'term\tcount\tper_million\trange\nfiller\t985\t0\t1\nx\t10\t0\t1\nz\t5\t0\t1\n' > "$T/t.tsv"
	printf 'term\tcount\tper_million\trange\nfiller\t1968\t0\t2\nw\t30\t0\t2\nx\t2\t0\t1\n' > "$T/r.tsv"
}

row() {	# row TERM: that term's row of $output
	grep $'^'"$1"$'\t' <<< "$output"
}

@test "txkeys --help, --version and option errors" {
	run -0 txkeys --help
	[[ "${lines[0]}" == "usage: txkeys "* ]]
	run -0 txkeys --version
	[[ "$output" =~ ^txkeys\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	run -2 --separate-stderr txkeys only-one
	[[ "$stderr" == *"Try 'txkeys --help'"* ]]
	run -2 --separate-stderr txkeys --g2 3term a b
	[ "$stderr" = "txkeys: --g2: '3term': 2term or 4term" ]
	run -2 --separate-stderr txkeys --p 0.02 a b
	[ "$stderr" = "txkeys: --p: '0.02': 0.05, 0.01, 0.001 or 0.0001" ]
	run -2 --separate-stderr txkeys --bonferroni a b
	[ "$stderr" = "txkeys: --bonferroni goes with --p" ]
	run -2 --separate-stderr txkeys --effect-min x a b
	[ "$stderr" = "txkeys: --effect-min: invalid number 'x'" ]
}

@test "txkeys refuses counting options with a table, --stream without stdin" {
	cd "$TX_ROOT"
	txfreq samples/2016-12-01*.txt > "$T/ref.tsv"
	txfreq --by doc samples/*.txt > "$T/docs.tsv"
	t=samples/2021-10-20-position-international-rules-making.txt
	counted="a txfreq table, counted already: give the counting options (-n, --stem, --stop, --terms, --case...) to the txfreq run that made it"
	while IFS='|' read -r opts want; do
		# shellcheck disable=SC2086	# the options, split
		run -2 --separate-stderr txkeys $opts
		[ "$stderr" = "txkeys: $want" ] || { echo "$opts: $stderr"; false; }
		[ -z "$output" ]
	done <<-EOF
	-n 2 $T/ref.tsv $T/ref.tsv|$T/ref.tsv: $counted
	--stem $T/ref.tsv $T/ref.tsv|$T/ref.tsv: $counted
	--stop en --target ${t:8:-4} $T/docs.tsv|$T/docs.tsv: $counted
	--stream $t $T/ref.tsv|--stream reads standard input: give it as -
	--stream --target x $t -|--stream reads standard input: give it as -, alone
	--stream --corpus-list $t - $T/ref.tsv|--stream and --corpus-list contradict each other
	EOF
	# what goes together: a stream on stdin against a table; options that
	# only say how text is read
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -0 bash -c 'txseg "$1" | txkeys --stream - "$2"' _ "$t" "$T/ref.tsv"
	cmp <(echo "$output") <(txkeys "$t" "$T/ref.tsv")
	echo "$PWD/$t" > "$T/list"
	txkeys --corpus-list "$T/list" "$t" "$T/ref.tsv" > /dev/null
}

@test "txkeys --help and --version to a full disk: a write error, exit 1" {
	run -1 --separate-stderr bash -c 'txkeys --help > /dev/full'
	[ "$output" = "" ]
	[ "$stderr" = "txkeys: write error: No space left on device" ]
	run -1 --separate-stderr bash -c 'txkeys --version > /dev/full'
	[ "$stderr" = "txkeys: write error: No space left on device" ]
}

@test "txkeys --csv-safe puts a ' before a term, not before a number or the direction" {
	printf 'a a a a b -x.\n' > "$T/t.txt"
	printf 'b b b b a c.\n' > "$T/r.txt"
	run -0 txkeys --punct -n 2 --csv-safe "$T/t.txt" "$T/r.txt"
	[ "${lines[2]}" = $'\'- x,1,0,142857.14,0.00,1,0,1.2381,2.6584e-01,0.9286,0.7776,71.43,-1.3269,+\r' ]
	[ "${lines[6]}" = $'b b,0,3,0.00,500000.00,0,1,4.6391,3.1251e-02,4.5500,-2.8074,-100.00,2.0742,-\r' ]
}

@test "txkeys statistics equal worked examples (Rayson's two-term G2)" {
	run -0 txkeys "$T/t.tsv" "$T/r.tsv"
	[ "${lines[0]}" = "$HEADER" ]
	# x: a = 10, b = 2, c = 1000, d = 2000, N = 3000.
	#  E1 = c(a+b)/N = 1000*12/3000 = 4;  E2 = 2000*12/3000 = 8
	#  G2 = 2 (10 ln(10/4) + 2 ln(2/8)) = 2 (9.162907 - 2.772589) = 12.7806
	#  p = erfc(sqrt(G2 / 2)) = 3.5023e-04 (chi-square, 1 df)
	#  chi2 = N (a(d-b) - b(c-a))^2 / ((a+b)(N-a-b) c d)
	#       = 3000 (10*1998 - 2*990)^2 / (12*2988*1000*2000) = 13.5542
	#  log_ratio = log2((10/1000) / (2/2000)) = log2(10) = 3.3219
	#  pct_diff = (0.01 - 0.001) * 100 / 0.001 = 900.00
	#  bic = G2 - ln(N) = 12.7806 - 8.0064 = 4.7743
	[ "$(row x)" = $'x\t10\t2\t10000.00\t1000.00\t1\t1\t12.7806\t3.5023e-04\t13.5542\t3.3219\t900.00\t4.7743\t+' ]
	# z: a = 5, b = 0 (a zero cell).  E1 = 1000*5/3000 = 1.6667;
	#  G2 = 2 (5 ln 3 + 0) = 10.9861; chi2 = 3000 (5*2000)^2 /
	#  (5*2995*1000*2000) = 10.0167; the zero count is read as 0.5 in the
	#  log ratio and %DIFF: log2((5/1000) / (0.5/2000)) = log2(20) =
	#  4.3219; (0.005 - 0.00025) * 100 / 0.00025 = 1900.00
	[ "$(row z)" = $'z\t5\t0\t5000.00\t0.00\t1\t0\t10.9861\t9.1797e-04\t10.0167\t4.3219\t1900.00\t2.9798\t+' ]
	# w: only in the reference: a = 0, b = 30.  E2 = 2000*30/3000 = 20;
	#  G2 = 2 (30 ln(30/20)) = 24.3279; log2((0.5/1000) / (30/2000)) =
	#  -4.9069; pct = (0 - 0.015) * 100 / 0.015 = -100.00
	[ "$(row w)" = $'w\t0\t30\t0.00\t15000.00\t0\t2\t24.3279\t8.1253e-07\t15.1515\t-4.9069\t-100.00\t16.3215\t-' ]
	# Order: + by g2 (x, z, filler), then - (w).
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' ' ')" = "x z filler w " ]
	# No infinities or NaN anywhere.
	run ! grep -qiE 'inf|nan' <<< "$output"
}

@test "txkeys gives the UCREL log-likelihood calculator's published example" {
	# The calculator's instructions (ucrel.lancs.ac.uk/llwizard.html): a
	# word found 52 times in a corpus of 50,000 words and 57 times in one
	# of 75,000 gives "Word 52 0.10 57 0.08 + 2.65".
	printf 'term\tcount\tper_million\trange\nfiller\t49948\t0\t1\nword\t52\t0\t1\n' > "$T/c1.tsv"
	printf 'term\tcount\tper_million\trange\nfiller\t74943\t0\t1\nword\t57\t0\t1\n' > "$T/c2.tsv"
	run -0 txkeys "$T/c1.tsv" "$T/c2.tsv"
	[ "$(row word | cut -f2,3,8,14)" = $'52\t57\t2.6517\t+' ]
	# 0.10 and 0.08 per cent are 1040 and 760 per million
	[ "$(row word | cut -f4,5)" = $'1040.00\t760.00' ]
}

@test "txkeys --g2 4term and --chi2-yates against worked examples" {
	run -0 txkeys --g2 4term --chi2-yates "$T/t.tsv" "$T/r.tsv"
	# x, four cells: O = 10, 2, 990, 1998; E = 4, 8, 996, 1992.
	#  G2 = 2 (9.162907 - 2.772589 + 990 ln(990/996) + 1998 ln(1998/1992))
	#     = 2 (6.390318 - 5.981896 + 6.009034) = 12.8349
	#  Yates: 3000 (|10*1998 - 2*990| - 1500)^2 / (12*2988*1000*2000)
	#       = 3000 * 16500^2 / 7.1712e10 = 11.3893
	[ "$(row x | cut -f8,10,13)" = $'12.8349\t11.3893\t4.8285' ]
	[ "$(row z | cut -f8,10)" = $'11.0028\t7.2371' ]
	[ "$(row w | cut -f8,10)" = $'24.4792\t13.6742' ]
}

@test "txkeys filters: --min-count, --p, --bonferroni, --effect-min, --top" {
	run -0 txkeys --min-count 6 "$T/t.tsv" "$T/r.tsv"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' ' ')" = "x filler " ]
	run -0 txkeys --p 0.001 "$T/t.tsv" "$T/r.tsv"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' ' ')" = "x z w " ]
	# Four terms: 0.001 / 4 = 0.00025 keeps only w (8.1e-07).
	run -0 txkeys --p 0.001 --bonferroni "$T/t.tsv" "$T/r.tsv"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' ' ')" = "w " ]
	run -0 txkeys --effect-min 4 "$T/t.tsv" "$T/r.tsv"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' ' ')" = "z w " ]
	run -0 txkeys --top 1 --csv "$T/t.tsv" "$T/r.tsv"
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[1]}" == x,10,2,* ]]
	[[ "${lines[2]}" == w,0,30,* ]]
}

@test "txkeys counts text as txfreq does, and --target takes one document of a corpus" {
	cd "$TX_ROOT"
	t=samples/2021-10-20-position-international-rules-making.txt
	r=samples/2017-03-01-strategy-international-cooperation-cyberspace.txt
	txfreq --stop en $t > "$T/t.txt.tsv"
	txfreq --stop en $r > "$T/r.txt.tsv"
	cmp <(txkeys --stop en $t $r) <(txkeys "$T/t.txt.tsv" "$T/r.txt.tsv")
	run -0 txkeys --stop en $t $r
	[ "$(row states | cut -f2,3,14)" = $'34\t6\t+' ]
	[ "$(row will | cut -f2,3,14)" = $'0\t56\t-' ]
	# --target: the other documents are the reference.
	others=(samples/2016*.txt samples/2017*.txt)
	txfreq -n 2 "${others[@]}" > "$T/others.tsv"
	txfreq -n 2 $t > "$T/target.tsv"
	cmp <(txkeys -n 2 --target 2021-10-20-position-international-rules-making samples/*.txt) \
	    <(txkeys "$T/target.tsv" "$T/others.tsv")
	txfreq -n 2 --by doc samples/*.txt > "$T/bydoc.tsv"
	cmp <(txkeys --target 2021-10-20-position-international-rules-making "$T/bydoc.tsv") \
	    <(txkeys "$T/target.tsv" "$T/others.tsv")
	run -2 --separate-stderr txkeys --target nothing samples/*.txt
	[ "$stderr" = "txkeys: --target: no document 'nothing'" ]
}

@test "txkeys --stem shows forms; tables with different columns are refused" {
	cd "$TX_ROOT"
	run -0 txkeys --stem --top 2 samples/2021*.txt samples/2016-12-27*.txt
	[ "${lines[0]}" = "term"$'\t'"form"$'\t'"${HEADER#term$'\t'}" ]
	txfreq --stem samples/2021*.txt > "$T/stem.tsv"
	txfreq samples/2016-12-27*.txt > "$T/plain.tsv"
	run -2 --separate-stderr txkeys "$T/stem.tsv" "$T/plain.tsv"
	[ "$stderr" = "txkeys: $T/stem.tsv and $T/plain.tsv: tables with different columns (make both with the same txfreq options)" ]
	txfreq --dispersion samples/2021*.txt > "$T/disp.tsv"
	run -2 --separate-stderr txkeys "$T/disp.tsv" "$T/plain.tsv"
	[[ "$stderr" == "txkeys: $T/disp.tsv: line 1: dispersion columns do not add up"* ]]
}

@test "txkeys reads a table with a BOM; refuses a CSV table, a junk header, a stream file, other n" {
	cd "$TX_ROOT"
	txfreq samples/2021*.txt > "$T/t.tsv"
	txfreq samples/2016-12-27*.txt > "$T/r.tsv"
	txkeys "$T/t.tsv" "$T/r.tsv" > "$T/want"
	[ "$(wc -l < "$T/want")" -gt 100 ]
	{ printf '\xef\xbb\xbf'; cat "$T/t.tsv"; } > "$T/bom.tsv"
	cmp "$T/want" <(txkeys "$T/bom.tsv" "$T/r.tsv")
	# the numbers of these were counted as terms, exit 0
	txfreq --csv samples/2021*.txt > "$T/t.csv"
	run -2 --separate-stderr txkeys "$T/t.csv" "$T/r.tsv"
	[ "$stderr" = "txkeys: $T/t.csv: line 1: a txfreq header with commas: tables are read as TSV (make it without --csv)" ]
	[ -z "$output" ]
	{ echo "Terms of the 2021 paper"; tail -n +2 "$T/t.tsv"; } > "$T/junk.tsv"
	run -2 --separate-stderr txkeys "$T/junk.tsv" "$T/r.tsv"
	[ "$stderr" = "txkeys: $T/junk.tsv: line 1: not a txfreq header, yet the lines after it are a table's rows" ]
	tail -n +2 "$T/t.tsv" > "$T/nohdr.tsv"
	run -2 --separate-stderr txkeys "$T/r.tsv" "$T/nohdr.tsv"
	[ "$stderr" = "txkeys: $T/nohdr.tsv: line 1: a table row where a txfreq header is due" ]
	txseg samples/2021*.txt > "$T/s.tsv"
	# A stream in a file is read as one, as on standard input.
	run -0 --separate-stderr txkeys "$T/s.tsv" "$T/r.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(txkeys - "$T/r.tsv" < "$T/s.tsv")" ]
	[ "${#lines[@]}" -gt 10 ]
	cmp <(txkeys samples/2021*.txt "$T/r.tsv") <(txkeys - "$T/r.tsv" < "$T/s.tsv")
	sed '1s/start/begin/' "$T/s.tsv" > "$T/s2.tsv"
	run -2 --separate-stderr txkeys "$T/s2.tsv" "$T/r.tsv"
	[ "$stderr" = "txkeys: $T/s2.tsv: line 1: not txseg's header (doc sec par sent kind start end text, tab-separated)" ]
	sed '1s/.*/the stream/' "$T/s.tsv" > "$T/s3.tsv"
	run -2 --separate-stderr txkeys "$T/r.tsv" "$T/s3.tsv"
	[ "$stderr" = "txkeys: $T/s3.tsv: line 1: not txseg's header, yet line 2 is a txseg record" ]
	# 1-grams against 2-grams
	txfreq -n 2 samples/2016-12-27*.txt > "$T/r2.tsv"
	run -2 --separate-stderr txkeys "$T/t.tsv" "$T/r2.tsv"
	[ "$stderr" = "txkeys: $T/t.tsv: its shortest terms are 1-grams, those of $T/r2.tsv 2-grams: compare tables made with the same -n" ]
	run -2 --separate-stderr txkeys samples/2021*.txt "$T/r2.tsv"
	[ "$stderr" = "txkeys: $T/r2.tsv: its shortest terms are 2-grams, and $(ls samples/2021*.txt) is counted in 1-grams: give -n 2" ]
	cmp <(txkeys -n 2 samples/2021*.txt samples/2016-12-27*.txt) <(txkeys -n 2 samples/2021*.txt "$T/r2.tsv")
}

@test "txkeys bad input: empty, missing, directory, invalid UTF-8, full disk, head" {
	: > "$T/empty.txt"
	printf 'Some words here.\n' > "$T/a.txt"
	run -0 txkeys "$T/empty.txt" "$T/a.txt"
	[ "$output" = "$HEADER" ]
	run -2 --separate-stderr txkeys "$T/a.txt" "$T/none.txt"
	[ "$stderr" = "txkeys: $T/none.txt: No such file or directory" ]
	run -2 --separate-stderr txkeys - "$T/a.txt" < "$T/t.tsv"
	[ "$stderr" = "txkeys: -: a txfreq table, not text (give it as a file, or to txfreq --merge)" ]
	run -2 --separate-stderr txkeys "$T" "$T/a.txt"
	[ "$stderr" = "txkeys: $T: Is a directory" ]
	printf 'ok\n\xff\n' > "$T/bad.txt"
	run -2 --separate-stderr txkeys "$T/a.txt" "$T/bad.txt"
	[[ "$stderr" == "txkeys: $T/bad.txt: invalid UTF-8 at byte 3"*"--lossy" ]]
	[ "$(wc -l <<< "$output")" -eq 1 ]	# the header: nothing of it
	printf 'Some words.\r\n' > "$T/crlf.txt"
	printf '\xef\xbb\xbfSome words.\n' > "$T/bom.txt"
	cmp <(txkeys "$T/crlf.txt" "$T/a.txt") <(txkeys "$T/bom.txt" "$T/a.txt")
	cd "$TX_ROOT"
	run -2 --separate-stderr bash -c 'txkeys "$@" > /dev/full' _ samples/2021*.txt samples/2016-12-27*.txt
	[ "$stderr" = "txkeys: write error: No space left on device" ]
	run -0 bash -c 'txkeys "$@" | head -1' _ samples/2021*.txt samples/2016-12-27*.txt
	[ "$output" = "$HEADER" ]
}

@test "txkeys counts a 1 GB line" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	size=$(big_line "$T/big.txt")
	printf 'Other words.\n' > "$T/small.txt"
	run -0 --separate-stderr /usr/bin/time -o "$T/rss" -f %M txkeys "$T/big.txt" "$T/small.txt"
	[ -z "$stderr" ]
	# shellcheck disable=SC2017 # whole 64-byte sentences, three words each
	[ "$(row internationalisation | cut -f2,3,14)" = "$((size / 64 * 3))"$'\t0\t+' ]
	rm -f "$T/big.txt"
	# Peak RSS at most twice the line plus 16 MiB, as txseg's road needs
	# (2026-12: 2052 MiB for 1 GiB).
	rss_at_most "$T/rss" $((2 * size + (16 << 20)))
}

# ---- cleanup options (as txseg's) ----

@test "txkeys takes txseg's cleanup options: --rules, --no-drop, -v, refusals" {
	printf 'By Jane Doe\n\nThe committee met on Monday.\n\n\f12\n\nIt went on.\n' > "$T/a.txt"
	printf 'By John Roe\n\nThe committee met on Monday.\n\n\f13\n\nIt went on.\n' > "$T/b.txt"
	run -0 txkeys --rules
	[ "$output" = "$(txseg --rules)" ]
	run -0 txkeys "$T/a.txt" "$T/b.txt"
	[ -z "$(row jane)" ]
	run -0 txkeys --no-drop=byline "$T/a.txt" "$T/b.txt"
	[ "$(row jane | cut -f 1-3)" = $'jane\t1\t0' ]
	[ "$(row roe | cut -f 1-3)" = $'roe\t0\t1' ]
	run -0 --separate-stderr txkeys -v --drop=page-number "$T/a.txt" "$T/b.txt"
	[ "$(sort <<< "$stderr" | tr '\n' '|')" = $'a\tpage-number\t1|a\ttotal\t1|b\tpage-number\t1|b\ttotal\t1|doc\trule\tlines|' ]
	# The two sides were read on two threads that both wrote the report
	# (a header twice, a document's rows twice, 3 runs in 200): with a
	# report they are read in turn, target first, the same bytes each run.
	txkeys --dropped "$T/d0.tsv" "$T/a.txt" "$T/b.txt" > /dev/null
	[ "$(cut -f1,5 "$T/d0.tsv" | tr '\n' '|')" = $'doc\treason|a\tbyline|a\tpage-number|b\tbyline|b\tpage-number|' ]
	for _ in $(seq 40); do
		txkeys -v --dropped "$T/d.tsv" "$T/a.txt" "$T/b.txt" 2> "$T/v.txt" > /dev/null
		cmp "$T/d0.tsv" "$T/d.tsv"
		[ "$(tr '\n' '|' < "$T/v.txt")" = $'doc\trule\tlines|a\tpage-number\t1|a\tbyline\t1|a\ttotal\t2|b\tpage-number\t1|b\tbyline\t1|b\ttotal\t2|' ]
	done
	run -2 --separate-stderr txkeys --drop=none --keep "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txkeys: --keep and --drop contradict each other" ]
	run -2 --separate-stderr txkeys --no-drop=byline,bogus "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txkeys: --no-drop: unknown rule 'bogus' (see --rules)" ]
}
