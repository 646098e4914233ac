#!/usr/bin/env bats
# txfreq: the word list, its options, stream input, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
}

HEADER=$'term\tcount\tper_million\trange'

@test "txfreq --help and --version" {
	run -0 --separate-stderr txfreq --help
	[[ "${lines[0]}" == "usage: txfreq "* ]]
	[[ "$output" == *"term count per_million range"* ]]
	run -0 txfreq --version
	[[ "$output" =~ ^txfreq\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	run -2 --separate-stderr txfreq --bogus
	[[ "$stderr" == *"Try 'txfreq --help'"* ]]
	run -2 --separate-stderr txfreq --top x /dev/null
	[ "$stderr" = "txfreq: --top: invalid number 'x'" ]
}

@test "txfreq --help and --version to a full disk: a write error, exit 1" {
	run -1 --separate-stderr bash -c 'txfreq --help > /dev/full'
	[ "$output" = "" ]
	[ "$stderr" = "txfreq: write error: No space left on device" ]
	run -1 --separate-stderr bash -c 'txfreq --version > /dev/full'
	[ "$stderr" = "txfreq: write error: No space left on device" ]
	run -1 --separate-stderr bash -c 'txfreq --help >&-'
	[ "$stderr" = "txfreq: write error: Bad file descriptor" ]
}

@test "txfreq --csv-safe puts a ' before a term a spreadsheet would compute" {
	run -0 txfreq --punct -n 2 --csv-safe <<< '- = + @ x.'
	[ "$output" = $'term,count,per_million,range\r\n\'+ @,1,200000.00,1\r\n\'- =,1,200000.00,1\r\n\'= +,1,200000.00,1\r\n\'@ x,1,200000.00,1\r\nx .,1,200000.00,1\r' ]
	# a term of one character alone is no formula
	run -0 txfreq --punct --csv-safe <<< '= x'
	[ "$output" = $'term,count,per_million,range\r\n=,1,500000.00,1\r\nx,1,500000.00,1\r' ]
}

@test "txfreq counts equal tr | sort | uniq -c on plain ASCII words" {
	# The samples reduced to ASCII letters and spaces on one line: there
	# the two tokenizations coincide.
	cat "$SAMPLES"/*.txt | LC_ALL=C tr -cs 'A-Za-z' ' ' > "$T/words.txt"
	txfreq "$T/words.txt" | tail -n +2 | cut -f1,2 | LC_ALL=C sort > "$T/got"
	LC_ALL=C tr -cs 'A-Za-z' '\n' < "$T/words.txt" | LC_ALL=C tr '[:upper:]' '[:lower:]' |
	    grep -v '^$' | LC_ALL=C sort | uniq -c |
	    awk '{ print $2 "\t" $1 }' | LC_ALL=C sort > "$T/want"
	[ "$(wc -l < "$T/want")" -gt 1500 ]
	diff -u "$T/want" "$T/got"
}

@test "txfreq writes a list of 70,000 terms on two threads with the bytes of one, and the counts of sort | uniq -c" {
	# Words of letters made from numbers (k -> base 26), word k
	# (1 + k % 7) times: ties of every count, more rows than the list
	# writes on one thread.
	awk 'BEGIN { for (k = 0; k < 70000; k++) { w = ""; x = k
		do { w = w sprintf("%c", 97 + x % 26); x = int(x / 26) } while (x > 0)
		for (r = 0; r <= k % 7; r++) printf "%s%s", w, (++n % 12 ? " " : "\n") } }' > "$T/w.txt"
	run -0 --separate-stderr txfreq "$T/w.txt"
	one="$output"
	TX_THREADS=1 run -0 --separate-stderr txfreq "$T/w.txt"
	[ "$output" = "$one" ]
	[ "$(wc -l <<< "$one")" -eq 70001 ]
	tail -n +2 <<< "$one" | cut -f1,2 | LC_ALL=C sort > "$T/got"
	tr ' ' '\n' < "$T/w.txt" | grep -v '^$' | LC_ALL=C sort | uniq -c |
	    awk '{ print $2 "\t" $1 }' | LC_ALL=C sort > "$T/want"
	diff -u "$T/want" "$T/got"
	# in count order, ties by term in byte order
	tail -n +2 <<< "$one" | cut -f1,2 > "$T/order"
	LC_ALL=C sort -t "$(printf '\t')" -k2,2nr -k1,1 "$T/order" | diff -u - "$T/order"
}

@test "txfreq sorts by count, then term in byte order, and computes per_million" {
	printf 'b a c b a b. C c\n' > "$T/s.txt"
	run -0 txfreq "$T/s.txt"
	[ "$output" = "$HEADER"$'\nb\t3\t375000.00\t1\nc\t3\t375000.00\t1\na\t2\t250000.00\t1' ]
}

@test "txfreq reads txseg's stream and gives the same list as on the raw files" {
	cd "$TX_ROOT"
	txfreq samples/*.txt > "$T/raw"
	txseg samples/*.txt | txfreq > "$T/sent"
	txseg --unit=para samples/*.txt | txfreq > "$T/para"
	txseg --unit=token samples/*.txt | txfreq > "$T/tok"
	cmp "$T/raw" "$T/sent"
	cmp "$T/raw" "$T/para"
	cmp "$T/raw" "$T/tok"
	[ "$(sed -n 2p "$T/raw")" = $'and\t962\t74245.58\t5' ]
}

@test "txfreq range counts the documents a term is in" {
	printf 'alpha beta.\n' > "$T/a.txt"
	printf 'alpha gamma alpha.\n' > "$T/b.txt"
	run -0 txfreq "$T/a.txt" "$T/b.txt"
	[ "${lines[1]}" = $'alpha\t3\t600000.00\t2' ]
	grep -qx $'gamma\t1\t200000.00\t1' <<< "$output"
}

@test "txfreq leaves contents lines out, and headings with --no-headings" {
	printf 'A Report\n\nContents\n\n1. Scope ........ 3\n2. Terms ....... 7\n\n1. Scope\n\nThe scope is wide.\n\n2. Terms\n\nTerms are short.\n' > "$T/toc.txt"
	run -0 txfreq "$T/toc.txt"
	grep -qx $'scope\t2\t[0-9.]*\t1' <<< "$output"
	run -0 txfreq --no-headings "$T/toc.txt"
	grep -qx $'scope\t1\t[0-9.]*\t1' <<< "$output"
	run ! grep -q $'^report\t' <<< "$output"
}

@test "txfreq options: --case --punct --no-numbers --top --min-count --min-range --csv" {
	printf 'The the THE, 2030 2030 x.\n' > "$T/o.txt"
	printf 'x y.\n' > "$T/p.txt"
	run -0 txfreq "$T/o.txt"
	[ "${lines[1]}" = $'the\t3\t500000.00\t1' ]
	run -0 txfreq --case "$T/o.txt"
	grep -qx $'THE\t1\t[0-9.]*\t1' <<< "$output"
	run -0 txfreq --punct "$T/o.txt"
	grep -qx $',\t1\t[0-9.]*\t1' <<< "$output"
	run -0 txfreq --no-numbers "$T/o.txt"
	run ! grep -q '^2030' <<< "$output"
	run -0 txfreq --top 1 "$T/o.txt"
	[ "${#lines[@]}" -eq 2 ]
	run -0 txfreq --min-count 2 "$T/o.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' ' ')" = "the 2030 " ]
	run -0 txfreq --min-range 2 "$T/o.txt" "$T/p.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1)" = "x" ]
	run -0 txfreq --csv "$T/o.txt"
	[ "${lines[0]}" = $'term,count,per_million,range\r' ]
	[ "${lines[1]}" = $'the,3,500000.00,1\r' ]
}

@test "txfreq bad input: invalid UTF-8, missing file, directory, empty, full disk, head" {
	printf 'ok\n\xff\n' > "$T/bad.txt"
	run -2 --separate-stderr txfreq "$T/bad.txt"
	[[ "$stderr" == "txfreq: $T/bad.txt: invalid UTF-8 at byte 3"*"--lossy" ]]
	[ "$output" = $'term\tcount\tper_million\trange' ]	# nothing of it
	printf 'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext\nd\t0\t1\t1\ttext\t0\t2\t\xff\n' > "$T/bad.tsv"
	run -2 --separate-stderr txfreq < "$T/bad.tsv"
	[ "$stderr" = "txfreq: -: invalid UTF-8 at byte 54" ]
	printf 'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext\nbroken line\n' > "$T/junk.tsv"
	run -2 --separate-stderr txfreq < "$T/junk.tsv"
	[ "$stderr" = "txfreq: -: line 2: not a txseg record (8 or 9 fields: doc sec par sent kind start end text [type])" ]
	# A table piped in is not text to count.
	printf 'fine words.\n' | txfreq > "$T/table.tsv"
	run -2 --separate-stderr txfreq < "$T/table.tsv"
	[ "$stderr" = "txfreq: -: a txfreq table, not text (give it to txfreq --merge)" ]
	[ -z "$output" ]
	run -2 --separate-stderr txfreq "$T/missing" "$T/bad.txt"
	[[ "$stderr" == "txfreq: $T/missing: No such file or directory"* ]]
	printf 'fine words.\n' > "$T/ok.txt"
	run -2 --separate-stderr txfreq "$T" "$T/ok.txt"
	[ "$stderr" = "txfreq: $T: Is a directory" ]
	[ "${lines[1]}" = $'fine\t1\t500000.00\t1' ]
	run -0 txfreq < /dev/null
	[ "$output" = "$HEADER" ]
	# No rows to sort (qsort_r on NULL once: UBSan stops there).
	run -0 --separate-stderr txfreq --by doc < /dev/null
	[ "$output" = $'doc\tterm\tcount\tper_million' ]
	[ -z "$stderr" ]
	# shellcheck disable=SC2016 # $1 is the inner shell's
	run -2 --separate-stderr bash -c 'txfreq "$1" > /dev/full' _ "$TX_ROOT/samples/2021-10-20-position-international-rules-making.txt"
	[ "$stderr" = "txfreq: write error: No space left on device" ]
	run -0 bash -c 'txfreq "$@" | head -1' _ "$SAMPLES"/*.txt
	[ "$output" = "$HEADER" ]
}

@test "txfreq counts words one by one as it counts them in runs: a multi-word term that never occurs changes nothing" {
	# Without n-grams, stop words, stems or multi-word terms each word is
	# counted as it comes (a Chinese one by its id in the model); with a
	# term the words go through the run.  Case, accents, Chinese (a name
	# only the HMM finds, a mark after a run), numbers, URLs and
	# punctuation, in two cells.
	printf '%s\n' "The Cyberspace, the CYBERSPACE and Café café CAFÉ." "" \
	    "柯蔓璐在杭州研究网络空间治理。网络安全́ 网络安全。" "" \
	    "网络空间的安全，网络安全。See https://example.org/x and 42 or 4.2!" >"$T/a.txt"
	printf '%s\n' "第一章 总则" "" "The end; the END: 网络。" >"$T/b.txt"
	printf 'zzz qqq\n' >"$T/never.txt"
	for opt in "" --case --punct --no-numbers "--by doc" "--by section"; do
		read -ra args <<< "$opt"
		run -0 --separate-stderr txfreq "${args[@]}" "$T/a.txt" "$T/b.txt"
		one="$output"
		run -0 --separate-stderr txfreq "${args[@]}" --terms "$T/never.txt" "$T/a.txt" "$T/b.txt"
		[ "$output" = "$one" ]
	done
	# and the counts are the folded words': the 2 + 2, café 3, cyberspace
	# 2; jieba keeps 网络空间 and 网络安全 whole, so 网络 is b's alone;
	# 网络安全 with the mark is a word of its own
	run -0 --separate-stderr txfreq "$T/a.txt" "$T/b.txt"
	grep -q $'^the\t4\t' <<< "$output"
	grep -q $'^网络空间\t2\t' <<< "$output"
	grep -q $'^网络安全\t2\t' <<< "$output"
	grep -q $'^网络安全́\t1\t' <<< "$output"
	grep -q $'^柯蔓璐\t1\t' <<< "$output"
	grep -q $'^café\t3\t' <<< "$output"
	grep -q $'^cyberspace\t2\t' <<< "$output"
	grep -q $'^网络\t1\t' <<< "$output"
}

@test "txfreq -n 2 counts equal an awk bigram count on plain ASCII words" {
	cat "$SAMPLES"/*.txt | LC_ALL=C tr -cs 'A-Za-z' ' ' > "$T/words.txt"
	txfreq -n 2 "$T/words.txt" | tail -n +2 | cut -f1,2 | LC_ALL=C sort > "$T/got"
	LC_ALL=C tr -cs 'A-Za-z' '\n' < "$T/words.txt" | LC_ALL=C tr '[:upper:]' '[:lower:]' |
	    grep -v '^$' | awk 'NR > 1 { print prev " " $0 } { prev = $0 }' |
	    LC_ALL=C sort | uniq -c | awk '{ print $2 " " $3 "\t" $1 }' |
	    LC_ALL=C sort > "$T/want"
	[ "$(wc -l < "$T/want")" -gt 5000 ]
	diff -u "$T/want" "$T/got"
}

@test "txfreq n-grams stop at sentence ends and punctuation" {
	printf 'Alpha beta. Gamma delta, epsilon zeta\n\neta theta iota.\n' > "$T/n.txt"
	run -0 txfreq -n 2 "$T/n.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | tr '\n' '|')" = "alpha beta|epsilon zeta|eta theta|gamma delta|theta iota|zeta eta|" ]
	run -0 txfreq -n 1-2 --top 3 "$T/n.txt"
	[ "${lines[1]}" = $'alpha\t1\t66666.67\t1' ]
	cd "$TX_ROOT"
	for u in sent para token; do
		cmp <(txseg --unit=$u samples/*.txt | txfreq -n 2-3) <(txfreq -n 2-3 samples/*.txt)
	done
	run -0 txfreq -n 3 samples/*.txt
	grep -qx $'critical information infrastructure\t17\t[0-9.]*\t3' <<< "$output"
}

@test "txfreq rejects a bad -n" {
	for a in 0 x 3-2 1-10; do
		run -2 --separate-stderr txfreq -n "$a" /dev/null
		[[ "$stderr" == "txfreq: -n: "* ]]
	done
}

# Three documents of 10, 20 and 30 counted words (the worked examples of
# dispersion and tf-idf below use them).
three_docs() {
	printf 't u u u w w a a a a.\n' > "$T/a.txt"
	printf 't t w w b b b b b b b b b b b b b b b b.\n' > "$T/b.txt"
	printf 't t t c c c c c c c c c c c c c c c c c c c c c c c c c c c.\n' > "$T/c.txt"
}

@test "txfreq --dispersion: range, Juilland's D and Gries' DP against worked examples" {
	three_docs
	run -0 txfreq --dispersion "$T/a.txt" "$T/b.txt" "$T/c.txt"
	[ "${lines[0]}" = $'term\tcount\tper_million\trange\tjuilland_d\tgries_dp' ]
	# Parts: a, b, c with 10, 20, 30 words of 60: s = 1/6, 1/3, 1/2.
	# t: v = 1, 2, 3, f = 6. v/f = s, so DP = 0; the relative
	#    frequencies v/size are .1 .1 .1, sd 0, so D = 1.
	grep -qx $'t\t6\t100000.00\t3\t1.0000\t0.0000' <<< "$output"
	# w: v = 2, 2, 0, f = 4.
	#    DP = (|.5 - 1/6| + |.5 - 1/3| + |0 - .5|) / 2 = (1/3 + 1/6 + 1/2) / 2 = .5
	#    r = .2 .1 0, mean .1, var = (.04 + .01 + 0) / 3 - .01 = .0066667,
	#    sd = .0816497, V = sd / mean = .816497,
	#    D = 1 - V / sqrt(3 - 1) = 1 - .57735 = .42265
	grep -qx $'w\t4\t66666.67\t2\t0.4226\t0.5000' <<< "$output"
	# u: all 3 in a. DP = (|1 - 1/6| + 1/3 + 1/2) / 2 = 5/6 = .8333;
	#    r = .3 0 0: mean .1, var = .09 / 3 - .01 = .02, V = 1.41421 =
	#    sqrt(2), the most uneven: D = 0.
	grep -qx $'u\t3\t50000.00\t1\t0.0000\t0.8333' <<< "$output"
	# b: all 16 in b. DP = (1/6 + |1 - 1/3| + 1/2) / 2 = 2/3.
	grep -qx $'b\t16\t266666.67\t1\t0.0000\t0.6667' <<< "$output"
}

@test "txfreq --by doc --dispersion: the parts are the document's sections" {
	printf '1. One\n\nAlpha beta beta beta.\n\n2. Two\n\nAlpha gamma gamma gamma gamma gamma.\n' > "$T/s.txt"
	run -0 txfreq --by doc --dispersion "$T/s.txt"
	[ "${lines[0]}" = $'doc\tterm\tcount\tper_million\trange\tjuilland_d\tgries_dp' ]
	# Sections (headings and their numbers count): 1 = "1 one alpha beta
	# beta beta" (6 words), 2 = "2 two alpha gamma x5" (8); of 14,
	# s = 3/7, 4/7.
	# alpha: v = 1, 1, f = 2: DP = (|.5 - 3/7| + |.5 - 4/7|) / 2 = 1/14
	#   = .0714; r = 1/6, 1/8: mean = 7/48, sd = (1/6 - 1/8) / 2 = 1/48,
	#   V = 1/7, D = 1 - (1/7) / sqrt(2 - 1) = 6/7 = .8571
	grep -qx $'s\talpha\t2\t142857.14\t2\t0.8571\t0.0714' <<< "$output"
	# beta: only in section 1: DP = (|1 - 3/7| + 4/7) / 2 = 4/7 = .5714
	grep -qx $'s\tbeta\t3\t214285.71\t1\t0.0000\t0.5714' <<< "$output"
	run -2 --separate-stderr txfreq --by section --dispersion "$T/s.txt"
	[[ "$stderr" == "txfreq: --dispersion: a section has no parts"* ]]
	# --parts section: the corpus list's parts are the sections.
	run -0 txfreq --parts section --dispersion "$T/s.txt"
	grep -qx $'alpha\t2\t142857.14\t2\t0.8571\t0.0714' <<< "$output"
}

@test "txfreq --tfidf is count * log10(N / df), checked by hand" {
	three_docs
	run -0 txfreq --tfidf "$T/a.txt" "$T/b.txt" "$T/c.txt"
	[ "${lines[0]}" = $'doc\tterm\tcount\tper_million\ttfidf' ]
	# N = 3. a in a only: 4 * log10(3/1) = 4 * .4771213 = 1.9085
	[ "${lines[1]}" = $'a\ta\t4\t400000.00\t1.9085' ]
	# u: 3 * .4771213 = 1.4314; w in a and b: 2 * log10(3/2) = 2 * .1760913
	grep -qx $'a\tu\t3\t300000.00\t1.4314' <<< "$output"
	grep -qx $'a\tw\t2\t200000.00\t0.3522' <<< "$output"
	grep -qx $'b\tw\t2\t100000.00\t0.3522' <<< "$output"
	# t is in every document: log10(3/3) = 0
	grep -qx $'c\tt\t3\t100000.00\t0.0000' <<< "$output"
	# Sorted by document, then tf-idf, count and term.
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "a b c " ]
}

@test "txfreq --by doc, --by section and --wide" {
	three_docs
	run -0 txfreq --by doc --top 2 "$T/a.txt" "$T/b.txt"
	[ "$output" = $'doc\tterm\tcount\tper_million\na\ta\t4\t400000.00\na\tu\t3\t300000.00\nb\tb\t16\t800000.00\nb\tt\t2\t100000.00' ]
	printf '1. One\n\nAlpha beta.\n\n2. Two\n\nAlpha.\n' > "$T/s.txt"
	run -0 txfreq --by section --no-headings "$T/s.txt"
	[ "$output" = $'doc\tsec\tterm\tcount\tper_million\ns\t1\talpha\t1\t500000.00\ns\t1\tbeta\t1\t500000.00\ns\t2\talpha\t1\t1000000.00' ]
	run -0 txfreq --wide "$T/a.txt" "$T/b.txt" "$T/c.txt"
	[ "${lines[0]}" = $'term\tcount\ta\tb\tc' ]
	[ "${lines[1]}" = $'c\t27\t0\t0\t27' ]
	grep -qx $'t\t6\t1\t2\t3' <<< "$output"
	grep -qx $'w\t4\t2\t2\t0' <<< "$output"
	run -0 txfreq --wide --by section --no-headings --csv "$T/s.txt"
	[ "${lines[0]}" = $'term,count,s:1,s:2\r' ]
	[ "${lines[1]}" = $'alpha,2,1,1\r' ]
	run -0 txfreq --wide --tfidf "$T/a.txt" "$T/b.txt" "$T/c.txt"
	grep -qx $'w\t4\t0.3522\t0.3522\t0.0000' <<< "$output"
}

@test "txfreq --stats: items, types, ratio, sentences, mean length" {
	three_docs
	printf 'One two two. Three.\n' > "$T/d.txt"
	run -0 txfreq --stats "$T/a.txt" "$T/d.txt"
	[ "$output" = $'doc\titems\ttypes\tttr\tsentences\tmean_sentence_length\na\t10\t4\t0.4000\t1\t10.00\nd\t4\t3\t0.7500\t2\t2.00' ]
	# The stream gives the same table.
	cmp <(txseg "$T/a.txt" "$T/d.txt" | txfreq --stats) <(txfreq --stats "$T/a.txt" "$T/d.txt")
	cd "$TX_ROOT"
	for u in sent para token; do
		cmp <(txseg --unit=$u samples/*.txt | txfreq --stats) <(txfreq --stats samples/*.txt)
	done
	# items equal the word list's total for each document
	for f in samples/*.txt; do
		want=$(txfreq "$f" | col 2 | paste -sd+ | bc)
		[ "$(txfreq --stats "$f" | col 2)" = "$want" ]
	done
	run -2 --separate-stderr txfreq --stats -n 2 /dev/null
	[ "$stderr" = "txfreq: --stats describes words: no -n with it" ]
	run -2 --separate-stderr txfreq --stats --by doc /dev/null
	[[ "$stderr" == "txfreq: --stats prints its own table"* ]]
}

@test "txfreq refuses options that contradict each other" {
	printf 'One two. Three two.\n' > "$T/a.txt"
	stats="txfreq: --stats prints its own table: no --by, --wide, --tfidf, --dispersion, --merge, --top, --min-count or --min-range with it"
	while IFS='|' read -r opts want; do
		# shellcheck disable=SC2086	# the options, split
		run -2 --separate-stderr txfreq $opts
		[ "$stderr" = "$want" ] || { echo "$opts: $stderr"; false; }
		[ -z "$output" ]
	done <<-EOF
	--stats --top 3 $T/a.txt|$stats
	--stats --min-count 2 $T/a.txt|$stats
	--min-range 1 --stats $T/a.txt|$stats
	--stream $T/a.txt|txfreq: --stream reads standard input: no file with it
	--stream - $T/a.txt|txfreq: --stream reads standard input: no file with it
	--stream --corpus-list $T/a.txt -|txfreq: --stream and --corpus-list contradict each other
	--wide --parts section $T/a.txt|txfreq: --parts and --wide contradict each other
	--parts doc --tfidf $T/a.txt|txfreq: --parts and --tfidf contradict each other
	EOF
	# --wide and --tfidf make the table per document even after --by
	# corpus (a default a script gives first)
	cmp <(txfreq --by corpus --tfidf "$T/a.txt") <(txfreq --by doc --tfidf "$T/a.txt")
	cmp <(txfreq --by corpus --wide "$T/a.txt") <(txfreq --wide "$T/a.txt")
	# --stream with - alone is standard input
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -0 bash -c 'txseg --no-header "$1" | txfreq --stream -' _ "$T/a.txt"
	[ "${lines[1]}" = $'two\t2\t500000.00\t1' ]
}

@test "txfreq --stem: Snowball stems with their most frequent form" {
	printf 'Connected, connecting and connected connections connect.\n' > "$T/st.txt"
	run -0 txfreq --stem "$T/st.txt"
	[ "${lines[0]}" = $'term\tform\tcount\tper_million\trange' ]
	[ "${lines[1]}" = $'connect\tconnected\t5\t833333.33\t1' ]
	[ "${lines[2]}" = $'and\tand\t1\t166666.67\t1' ]
	cd "$TX_ROOT"
	run -0 txfreq --stem --top 3 samples/*.txt
	[ "${lines[1]}" = $'and\tand\t962\t74245.58\t5' ]
	run -0 txfreq --stem samples/*.txt
	grep -qx $'cyberspac\tcyberspace\t247\t[0-9.]*\t5' <<< "$output"
	grep -qx $'intern\tinternational\t187\t[0-9.]*\t5' <<< "$output"
}

@test "txfreq --stop: the built-in list, a file, and n-grams at the edges" {
	printf 'The rule of law. The Rule of the law.\n' > "$T/r.txt"
	run -0 txfreq --stop en "$T/r.txt"
	[ "$output" = $'term\tcount\tper_million\trange\nlaw\t2\t500000.00\t1\nrule\t2\t500000.00\t1' ]
	run -0 txfreq --stop en -n 2 "$T/r.txt"
	[ "$output" = $'term\tcount\tper_million\trange' ]
	run -0 txfreq --stop en -n 3 "$T/r.txt"
	[ "$output" = $'term\tcount\tper_million\trange\nrule of law\t1\t500000.00\t1\nrule of the law\t0\t0\t0' ] || {
		[ "$output" = $'term\tcount\tper_million\trange\nrule of law\t1\t1000000.00\t1' ]
	}
	printf '# my list\nRULE\nlaw   # and this\n\n' > "$T/stop.txt"
	run -0 txfreq --stop "$T/stop.txt" "$T/r.txt"
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "the of " ]
	# U+2019 spells an apostrophe: "it’s" is the stop word "it's".
	printf 'It\xe2\x80\x99s ours.\n' > "$T/q.txt"
	run -0 txfreq --stop en "$T/q.txt"
	[ "$output" = $'term\tcount\tper_million\trange' ]
	run -2 --separate-stderr txfreq --stop "$T/none" "$T/r.txt"
	[ "$stderr" = "txfreq: $T/none: No such file or directory" ]
	[ -z "$output" ]
}

@test "txfreq --terms: multi-word terms, longest first, and --also-words" {
	printf 'critical information infrastructure\ncritical information\nshared future\n' > "$T/terms.txt"
	printf 'Critical information infrastructure matters. Critical information flows, critical.\n' > "$T/t.txt"
	run -0 txfreq --terms "$T/terms.txt" "$T/t.txt"
	[ "$output" = $'term\tcount\tper_million\trange\ncritical\t1\t200000.00\t1\ncritical information\t1\t200000.00\t1\ncritical information infrastructure\t1\t200000.00\t1\nflows\t1\t200000.00\t1\nmatters\t1\t200000.00\t1' ]
	run -0 txfreq --terms "$T/terms.txt" --also-words "$T/t.txt"
	grep -qx $'critical\t3\t[0-9.]*\t1' <<< "$output"
	grep -qx $'critical information infrastructure\t1\t[0-9.]*\t1' <<< "$output"
	grep -qx $'infrastructure\t1\t[0-9.]*\t1' <<< "$output"
	# A term is one unit of an n-gram.
	run -0 txfreq --terms "$T/terms.txt" -n 2 "$T/t.txt"
	grep -qx $'critical information infrastructure matters\t1\t[0-9.]*\t1' <<< "$output"
	printf 'rule-of-law\nU.S., China\n' > "$T/bad-terms.txt"
	run -2 --separate-stderr txfreq --terms "$T/bad-terms.txt" "$T/t.txt"
	[ "$stderr" = "txfreq: $T/bad-terms.txt: line 2: ',' is not counted, so no term can hold it (see --punct)" ]
	run -2 --separate-stderr txfreq --also-words "$T/t.txt"
	[ "$stderr" = "txfreq: --also-words goes with --terms" ]
	cd "$TX_ROOT"
	printf 'community of shared future\n' > "$T/cs.txt"
	run -0 txfreq --terms "$T/cs.txt" samples/*.txt
	grep -q $'^community of shared future\t[1-9]' <<< "$output"
	[ "$(grep -c $'^community of shared future\t' <<< "$output")" -eq 1 ]
}

@test "txfreq --merge of split runs equals one run" {
	cd "$TX_ROOT"
	s=(samples/*.txt)
	txfreq --by section "${s[@]:0:2}" > "$T/a.tsv"
	txfreq --by section "${s[@]:2}" > "$T/b.tsv"
	# shellcheck disable=SC2086 # $o holds several options, split on purpose
	for o in "" "--dispersion" "--parts section --dispersion" "--by doc --dispersion" "--by doc --tfidf" "--wide" "--by section --csv" "--top 7 --min-range 3"; do
		txfreq $o "${s[@]}" > "$T/one"
		txfreq --merge --by corpus $o "$T/a.tsv" "$T/b.tsv" > "$T/two"
		cmp "$T/one" "$T/two"
	done
	# Corpus tables add up too (the documents of two runs differ).
	txfreq -n 1-2 "${s[@]:0:3}" > "$T/c.tsv"
	txfreq -n 1-2 "${s[@]:3}" > "$T/d.tsv"
	cmp <(txfreq -n 1-2 "${s[@]}") <(txfreq --merge "$T/c.tsv" "$T/d.tsv")
	# By default the merge keeps the level of its tables.
	txfreq --by doc "${s[@]:0:2}" > "$T/e.tsv"
	txfreq --by doc "${s[@]:2}" > "$T/f.tsv"
	cmp <(txfreq --by doc "${s[@]}") <(txfreq --merge "$T/e.tsv" "$T/f.tsv")
}

@test "txfreq --merge refuses tables that do not add up" {
	cd "$TX_ROOT"
	txfreq samples/*.txt > "$T/list.tsv"
	txfreq --by doc samples/*.txt > "$T/doc.tsv"
	run -2 --separate-stderr txfreq --merge "$T/list.tsv" "$T/doc.tsv"
	[ "$stderr" = "txfreq: $T/doc.tsv: line 1: its columns differ from the first table's" ]
	txfreq --dispersion samples/*.txt > "$T/disp.tsv"
	run -2 --separate-stderr txfreq --merge "$T/disp.tsv"
	[ "$stderr" = "txfreq: $T/disp.tsv: line 1: dispersion columns do not add up: merge --by doc or --by section tables and give --dispersion to --merge" ]
	txfreq --stats samples/*.txt > "$T/stats.tsv"
	run -2 --separate-stderr txfreq --merge "$T/stats.tsv"
	[[ "$stderr" == "txfreq: $T/stats.tsv: line 1: a --stats table does not merge"* ]]
	txfreq --wide samples/*.txt > "$T/wide.tsv"
	run -2 --separate-stderr txfreq --merge "$T/wide.tsv"
	[[ "$stderr" == *"a --wide table does not merge"* ]]
	txkeys samples/2021*.txt samples/2016-12-27*.txt > "$T/keys.tsv"
	run -2 --separate-stderr txfreq --merge "$T/keys.tsv"
	[ "$stderr" = "txfreq: $T/keys.tsv: line 1: not a txfreq table (its header has no count column after the term)" ]
	txfreq --csv samples/*.txt > "$T/list.csv"
	run -2 --separate-stderr txfreq --merge "$T/list.csv"
	[ "$stderr" = "txfreq: $T/list.csv: line 1: --merge reads TSV tables (make them without --csv)" ]
	run -2 --separate-stderr txfreq --merge --dispersion "$T/list.tsv"
	[ "$stderr" = "txfreq: --merge: the tables hold counts per corpus; this output needs them per document (make them with --by doc)" ]
	run -2 --separate-stderr txfreq --merge --stem "$T/list.tsv"
	[[ "$stderr" == "txfreq: --merge sums tables as they are"* ]]
	printf 'term\tcount\tper_million\trange\nx\tmany\t1\t1\n' > "$T/junk.tsv"
	run -2 --separate-stderr txfreq --merge "$T/junk.tsv"
	[ "$stderr" = "txfreq: $T/junk.tsv: line 2: count 'many' is not a number" ]
	run -2 --separate-stderr txfreq --merge "$T/missing.tsv"
	[ "$stderr" = "txfreq: $T/missing.tsv: No such file or directory" ]
	[ -z "$output" ]
}

@test "txfreq --merge refuses a count that overflows, a count of 0, a range beyond the count" {
	H=$'term\tcount\tper_million\trange'
	printf '%s\nx\t18446744073709551615\t1.00\t1\n' "$H" > "$T/max.tsv"
	run -0 txfreq --merge "$T/max.tsv"
	[ "${lines[1]}" = $'x\t18446744073709551615\t1000000.00\t1' ]
	# 2 x (2^64 - 1) was 2^64 - 2, silently
	run -2 --separate-stderr txfreq --merge "$T/max.tsv" "$T/max.tsv"
	[ "$stderr" = "txfreq: $T/max.tsv: line 2: count overflows" ]
	[ -z "$output" ]
	printf '%s\nx\t18446744073709551615\t1.00\t1\ny\t1\t1.00\t1\n' "$H" > "$T/two.tsv"
	run -2 --separate-stderr txfreq --merge "$T/two.tsv"
	[ "$stderr" = "txfreq: $T/two.tsv: line 3: count overflows" ]
	printf '%s\nx\t18446744073709551616\t1.00\t1\n' "$H" > "$T/big.tsv"
	run -2 --separate-stderr txfreq --merge "$T/big.tsv"
	[ "$stderr" = "txfreq: $T/big.tsv: line 2: count overflows" ]
	# a count of 0 printed per_million nan
	printf '%s\nx\t0\t0.00\t0\n' "$H" > "$T/zero.tsv"
	run -2 --separate-stderr txfreq --merge "$T/zero.tsv"
	[ "$stderr" = "txfreq: $T/zero.tsv: line 2: count 0 (a txfreq table lists terms counted at least once)" ]
	[ -z "$output" ]
	printf 'doc\tterm\tcount\tper_million\na\tx\t0\t0.00\n' > "$T/zdoc.tsv"
	run -2 --separate-stderr txfreq --merge "$T/zdoc.tsv"
	[ "$stderr" = "txfreq: $T/zdoc.tsv: line 2: count 0 (a txfreq table lists terms counted at least once)" ]
	printf '%s\nx\t2\t1.00\t3\n' "$H" > "$T/range.tsv"
	run -2 --separate-stderr txfreq --merge "$T/range.tsv"
	[ "$stderr" = "txfreq: $T/range.tsv: line 2: range 3 is not from 1 to the count, 2" ]
}

@test "txfreq --merge reads a table with a BOM as the same table" {
	cd "$TX_ROOT"
	txfreq samples/2016*.txt > "$T/a.tsv"
	txfreq samples/2017*.txt > "$T/b.tsv"
	{ printf '\xef\xbb\xbf'; cat "$T/b.tsv"; } > "$T/bom.tsv"
	{ printf '\xef\xbb\xbf'; tr -d '\r' < "$T/b.tsv" | sed 's/$/\r/'; } > "$T/bomcrlf.tsv"
	txfreq --merge "$T/a.tsv" "$T/b.tsv" > "$T/want"
	[ "$(wc -l < "$T/want")" -gt 1000 ]
	cmp "$T/want" <(txfreq --merge "$T/a.tsv" "$T/bom.tsv")
	cmp "$T/want" <(txfreq --merge "$T/bom.tsv" "$T/a.tsv")
	cmp "$T/want" <(txfreq --merge "$T/a.tsv" "$T/bomcrlf.tsv")
	cmp "$T/want" <(txfreq --merge "$T/a.tsv" - < "$T/bom.tsv")
}

@test "txfreq --merge refuses a unigram and a bigram table, naming both n" {
	cd "$TX_ROOT"
	txfreq samples/2016*.txt > "$T/uni.tsv"
	txfreq -n 2 samples/2017*.txt > "$T/bi.tsv"
	txfreq -n 1-3 samples/2017*.txt > "$T/one3.tsv"
	txfreq --by doc -n 2 samples/2017*.txt > "$T/bidoc.tsv"
	run -2 --separate-stderr txfreq --merge "$T/uni.tsv" "$T/bi.tsv"
	[ "$stderr" = "txfreq: $T/bi.tsv: its shortest terms are 2-grams, those of $T/uni.tsv 1-grams: merge tables made with the same -n" ]
	[ -z "$output" ]
	run -2 --separate-stderr txfreq --merge "$T/bi.tsv" "$T/uni.tsv"
	[ "$stderr" = "txfreq: $T/uni.tsv: its shortest terms are 1-grams, those of $T/bi.tsv 2-grams: merge tables made with the same -n" ]
	run -2 --separate-stderr txfreq --merge "$T/bidoc.tsv" - < <(txfreq --by doc samples/2016*.txt)
	[ "$stderr" = "txfreq: -: its shortest terms are 1-grams, those of $T/bidoc.tsv 2-grams: merge tables made with the same -n" ]
	# the same n merges, and -n 1-3 starts at 1 as -n 1 does
	run -0 txfreq --merge "$T/uni.tsv" "$T/one3.tsv"
	run -0 txfreq --merge "$T/bi.tsv" <(txfreq -n 2 samples/2016*.txt)
}

@test "txfreq reads a txseg stream file as the same stream on standard input" {
	printf 'The cat sat. The cat ran.\n\nA second paragraph here.\n' > "$T/a.txt"
	printf 'Dogs bark. The dog sat.\n' > "$T/b.txt"
	txseg "$T/a.txt" > "$T/sa.tsv"
	txseg "$T/b.txt" > "$T/sb.tsv"
	txseg "$T/a.txt" "$T/b.txt" > "$T/sab.tsv"
	# One file: what stdin gives, and what the text gives (no "0",
	# "1" or "text" counted as words).
	run -0 --separate-stderr txfreq "$T/sa.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(txfreq < "$T/sa.tsv")" ]
	[ "$output" = "$(txfreq "$T/a.txt")" ]
	run -0 --separate-stderr txfreq --by doc "$T/sa.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(txfreq --by doc < "$T/sa.tsv")" ]
	# Two files: one stream, the body of their concatenation.
	run -0 --separate-stderr txfreq --by doc "$T/sa.tsv" "$T/sb.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(cat "$T/sa.tsv" "$T/sb.tsv" | txfreq --by doc)" ]
	[ "$output" = "$(txfreq --by doc < "$T/sab.tsv")" ]
	[ "$output" = "$(txfreq --by doc "$T/a.txt" "$T/b.txt")" ]
	run -0 --separate-stderr txfreq "$T/sa.tsv" "$T/sb.tsv"
	[ "$output" = "$(txfreq < "$T/sab.tsv")" ]
	# an empty file is a stream with nothing in it; stdin among them
	: > "$T/empty.txt"
	run -0 --separate-stderr txfreq "$T/sa.tsv" "$T/empty.txt" - < "$T/sb.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(txfreq < "$T/sab.tsv")" ]
	# An id whose records come back in a later file: two documents.
	run -2 --separate-stderr txfreq "$T/sa.tsv" "$T/sb.tsv" "$T/sa.tsv"
	[ "$stderr" = "txfreq: $T/sa.tsv: line 2: records of 'a' again, after 'b': two documents with one id (txseg writes a document's records together; same-named files get their paths as ids unless --id-from base)" ]
	[ -z "$output" ]
}

@test "txfreq refuses a table, a broken stream and streams mixed with texts given as files" {
	printf 'The cat sat. The cat ran.\n' > "$T/a.txt"
	txseg "$T/a.txt" > "$T/sa.tsv"
	txfreq "$T/a.txt" > "$T/t.tsv"
	run -2 --separate-stderr txfreq "$T/t.tsv"
	[ "$stderr" = "txfreq: $T/t.tsv: a txfreq table, not text (give it to txfreq --merge)" ]
	[ -z "$output" ]
	sed '1s/\t/ /g' "$T/sa.tsv" > "$T/spaces.tsv"
	run -2 --separate-stderr txfreq "$T/a.txt" "$T/spaces.tsv"
	[ "$stderr" = "txfreq: $T/spaces.tsv: line 1: not txseg's header (doc sec par sent kind start end text, tab-separated)" ]
	[ -z "$output" ]
	run -2 --separate-stderr txfreq "$T/a.txt" "$T/sa.tsv"
	[ "$stderr" = "txfreq: $T/sa.tsv is a txseg stream, $T/a.txt is text: give streams or texts, not both (txseg the texts first)" ]
	[ -z "$output" ]
	# the look-alike: the same words as text stay text
	cut -f 8 "$T/sa.tsv" > "$T/plain.txt"
	run -0 --separate-stderr txfreq "$T/plain.txt"
	[ -z "$stderr" ]
	[[ "$output" == *$'\ntext\t1\t'* ]]
}

@test "txfreq refuses a table, a broken table or a broken stream on standard input" {
	cd "$TX_ROOT"
	txfreq samples/2016-12-01*.txt > "$T/uni.tsv"
	txseg samples/2016-12-01*.txt > "$T/s.tsv"
	run -2 --separate-stderr txfreq < "$T/uni.tsv"
	[ "$stderr" = "txfreq: -: a txfreq table, not text (give it to txfreq --merge)" ]
	{ printf '\xef\xbb\xbf'; cat "$T/uni.tsv"; } > "$T/bom.tsv"
	run -2 --separate-stderr txfreq < "$T/bom.tsv"
	[ "$stderr" = "txfreq: -: a txfreq table, not text (give it to txfreq --merge)" ]
	txfreq --csv samples/2016-12-01*.txt > "$T/uni.csv"
	run -2 --separate-stderr txfreq < "$T/uni.csv"
	[ "$stderr" = "txfreq: -: line 1: a txfreq header with commas: tables are read as TSV (make it without --csv)" ]
	{ echo "my word list"; tail -n +2 "$T/uni.tsv"; } > "$T/junk.tsv"
	run -2 --separate-stderr txfreq < "$T/junk.tsv"
	[ "$stderr" = "txfreq: -: line 1: not a txfreq header, yet the lines after it are a table's rows" ]
	[ -z "$output" ]
	sed '1s/\t/ /g' "$T/s.tsv" > "$T/spaces.tsv"
	run -2 --separate-stderr txfreq < "$T/spaces.tsv"
	[ "$stderr" = "txfreq: -: line 1: not txseg's header (doc sec par sent kind start end text, tab-separated)" ]
	{ echo "junk"; tail -n +2 "$T/s.tsv"; } > "$T/junkhdr.tsv"
	run -2 --separate-stderr txfreq < "$T/junkhdr.tsv"
	[ "$stderr" = "txfreq: -: line 1: not txseg's header, yet line 2 is a txseg record" ]
	tail -n +2 "$T/s.tsv" > "$T/nohdr.tsv"
	run -2 --separate-stderr txfreq < "$T/nohdr.tsv"
	[ "$stderr" = "txfreq: -: line 1: a txseg record where txseg's header is due" ]
	[ -z "$output" ]
	# --stream reads records without a header; a BOM, blank lines and
	# a header met again are what the stream is without them
	txfreq < "$T/s.tsv" > "$T/want"
	cmp "$T/want" <(txfreq --stream < "$T/nohdr.tsv")
	cmp "$T/want" <({ printf '\xef\xbb\xbf'; cat "$T/s.tsv"; } | txfreq)
	cmp "$T/want" <(awk 'NR == 3 { print ""; print "" } { print }' "$T/s.tsv" | txfreq)
	cmp "$T/want" <({ head -5 "$T/s.tsv"; head -1 "$T/s.tsv"; tail -n +6 "$T/s.tsv"; } | txfreq)
}

@test "scripts/txfreq-parallel gives one run's bytes" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed (make deps)"
	cd "$TX_ROOT"
	# shellcheck disable=SC2086 # $o holds several options, split on purpose
	for o in "" "-n 1-3 --stop en" "--dispersion" "--by doc --dispersion" "--by section --tfidf" "--wide --csv" "--stats" "--parts section --dispersion --top 20"; do
		txfreq $o samples/*.txt > "$T/one"
		scripts/txfreq-parallel -j 2 $o samples/*.txt > "$T/two"
		cmp "$T/one" "$T/two"
		scripts/txfreq-parallel -j 5 $o samples/*.txt > "$T/five"
		cmp "$T/one" "$T/five"
	done
	run -2 --separate-stderr scripts/txfreq-parallel --merge samples/*.txt
	[[ "$stderr" == "txfreq-parallel: --merge: not an option of txfreq's that splits"* ]]
}

@test "the README's Hadoop Streaming reducer on sorted mapper output equals one run" {
	cd "$TX_ROOT"
	# What Hadoop does: txseg's stream cut into splits at line ends (the
	# header in the first only), a mapper per split, a sort by key, one
	# reducer.
	txseg samples/*.txt > "$T/stream.tsv"
	split -l 100 "$T/stream.tsv" "$T/split."
	parts=("$T"/split.*)
	[ "${#parts[@]}" -gt 5 ]
	for f in "$T"/split.*; do
		txfreq --stream --by doc < "$f"	# the mapper
	done | LC_ALL=C sort > "$T/shuffled"
	# The header rows sort among the rows: the reducer finds them.
	[ "$(grep -c $'^doc\tterm\t' "$T/shuffled")" -gt 5 ]
	txfreq --merge --by corpus - < "$T/shuffled" > "$T/got"	# the reducer
	cmp <(txfreq samples/*.txt) "$T/got"
	txfreq --merge --by corpus --dispersion - < "$T/shuffled" > "$T/got"
	cmp <(txfreq --dispersion samples/*.txt) "$T/got"
	cmp <(txfreq --by doc samples/*.txt) <(txfreq --merge - < "$T/shuffled")
}

@test "txfreq reads CRLF, a BOM and a headerless stream; counts a 1 GB line" {
	printf 'Alpha beta.\r\nBeta gamma.\r\n' > "$T/crlf.txt"
	printf '\xef\xbb\xbfAlpha beta.\nBeta gamma.\n' > "$T/bom.txt"
	printf 'Alpha beta.\nBeta gamma.\n' > "$T/lf.txt"
	txfreq "$T/lf.txt" | tail -n +2 > "$T/want"
	cmp "$T/want" <(txfreq "$T/crlf.txt" | tail -n +2)
	cmp "$T/want" <(txfreq "$T/bom.txt" | tail -n +2)
	cmp <(txseg "$T/lf.txt" | txfreq) <(txseg --no-header "$T/lf.txt" | txfreq --stream)
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	size=$(big_line "$T/big.txt")
	run -0 --separate-stderr /usr/bin/time -o "$T/rss" -f %M txfreq "$T/big.txt"
	[ -z "$stderr" ]
	# shellcheck disable=SC2017 # whole 64-byte sentences, three words each
	[ "${lines[1]}" = "internationalisation"$'\t'$((size / 64 * 3))$'\t1000000.00\t1' ]
	rm -f "$T/big.txt"
	# Peak RSS at most twice the line plus 16 MiB, as txseg's road needs
	# (2026-12: 2052 MiB for 1 GiB).
	rss_at_most "$T/rss" $((2 * size + (16 << 20)))
}

@test "txfreq --by doc holds about 16 bytes per (term, document) pair" {
	# 1,000 documents of 1,000 words from 3,000: some 850,000 pairs of
	# few terms, so the pairs are what memory holds.  It was 81 bytes a
	# pair (a chain and a row of 48 bytes each, and qsort's copy).
	mkdir "$T/m"
	awk 'BEGIN { srand(7); for (w = 0; w < 3000; w++) { s = ""; for (k = 0; k < 3; k++) s = s sprintf("%c", 97 + int(rand() * 26)); v[w] = s w }
	    for (f = 0; f < 1000; f++) { fn = sprintf("'"$T"'/m/d%04d.txt", f); s = ""
	    for (i = 1; i <= 1000; i++) s = s v[int(rand() * 3000)] (i % 12 ? " " : ".\n"); print s > fn; close(fn) } }'
	/usr/bin/time -o "$T/rss0" -f %M txfreq "$T"/m/*.txt > /dev/null
	/usr/bin/time -o "$T/rss1" -f %M txfreq --by doc "$T"/m/*.txt > "$T/out"
	pairs=$(($(wc -l < "$T/out") - 1))
	[ "$pairs" -gt 800000 ]
	per=$((($(cat "$T/rss1") - $(cat "$T/rss0")) * 1024 / pairs))
	echo "$per bytes per pair"
	# Under ASan realloc copies and the freed blocks wait in quarantine.
	max=32
	grep -qa __asan_init "$(command -v txfreq)" && max=64
	[ "$per" -le "$max" ]
	# the same table as the chains give (--wide walks them)
	txfreq --wide "$T"/m/*.txt | awk -F '\t' 'NR == 1 { for (i = 3; i <= NF; i++) d[i] = $i; next }
	    { for (i = 3; i <= NF; i++) if ($i > 0) print d[i] "\t" $1 "\t" $i }' | LC_ALL=C sort > "$T/wide"
	tail -n +2 "$T/out" | cut -f1-3 | LC_ALL=C sort > "$T/long"
	cmp "$T/wide" "$T/long"
}

# ---- cleanup options (as txseg's) ----

@test "txfreq takes txseg's cleanup options: --rules, --drop, --no-drop, --heading, --dropped, -v" {
	printf 'By Jane Doe\n\nThe committee met on Monday.\n\n\f12\n\nIt went on.\n' > "$T/b.txt"
	run -0 txfreq --rules
	[ "$output" = "$(txseg --rules)" ]
	# By default the byline and the page number are not counted.
	run -0 txfreq "$T/b.txt"
	[ "$(awk -F '\t' '$1 == "jane" || $1 == "12"' <<< "$output")" = "" ]
	run -0 txfreq --no-drop=byline,page-number "$T/b.txt"
	[ "$(awk -F '\t' '$1 == "jane" || $1 == "12" { print $1, $2 }' <<< "$output" | sort | tr '\n' '|')" = "12 1|jane 1|" ]
	run -0 txfreq --drop=page-number "$T/b.txt"
	[ "$(awk -F '\t' '$1 == "jane" || $1 == "12" { print $1, $2 }' <<< "$output" | tr '\n' '|')" = "jane 1|" ]
	# A --heading pattern makes a heading: --no-headings leaves it
	# out; matching a run-in lead, only the lead.
	run -0 txfreq --no-headings --heading '^The committee' "$T/b.txt"
	[ "$(col 1 <<< "$output" | sort | tr '\n' ' ')" = "it met monday on went " ]
	run -0 txfreq --no-headings --heading '^The committee.*$' "$T/b.txt"
	[ "$(col 1 <<< "$output" | sort | tr '\n' ' ')" = "it on went " ]
	# --dropped lists what txseg's lists; -v says per rule on stderr.
	txseg --dropped "$T/s.tsv" "$T/b.txt" > /dev/null
	run -0 --separate-stderr txfreq -v --dropped "$T/f.tsv" "$T/b.txt"
	cmp "$T/s.tsv" "$T/f.tsv"
	[ "$stderr" = $'doc\trule\tlines\nb\tpage-number\t1\nb\tbyline\t1\nb\ttotal\t2' ]
	[ "$output" = "$(txfreq "$T/b.txt")" ]
}

@test "txfreq refuses an unknown rule and cleanup options with --keep, --stream or --merge" {
	run -2 --separate-stderr txfreq --drop=pagenumber /dev/null
	[ "$stderr" = "txfreq: --drop: unknown rule 'pagenumber' (see --rules)" ]
	run -2 --separate-stderr txfreq --keep --no-drop=byline /dev/null
	[ "$stderr" = "txfreq: --keep and --no-drop contradict each other" ]
	run -2 --separate-stderr txfreq --stream --keep < /dev/null
	[ "$stderr" = "txfreq: --stream and --keep contradict each other" ]
	run -2 --separate-stderr txfreq --merge --heading x /dev/null
	[ "$stderr" = "txfreq: --merge and --heading contradict each other" ]
	[ -z "$output" ]
}
