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

@test "txfreq counts equal tr | sort | uniq -c on plain ASCII words" {
	# The samples reduced to ASCII letters and spaces on one line: there
	# the two tokenizations coincide.
	cat "$SAMPLES"/*.txt | LC_ALL=C tr -cs 'A-Za-z' ' ' > "$T/words.txt"
	txfreq "$T/words.txt" | tail -n +2 | cut -f1,2 | LC_ALL=C sort > "$T/got"
	LC_ALL=C tr -cs 'A-Za-z' '\n' < "$T/words.txt" | LC_ALL=C tr A-Z a-z |
	    grep -v '^$' | LC_ALL=C sort | uniq -c |
	    awk '{ print $2 "\t" $1 }' | LC_ALL=C sort > "$T/want"
	[ "$(wc -l < "$T/want")" -gt 1500 ]
	diff -u "$T/want" "$T/got"
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
	! grep -q $'^report\t' <<< "$output"
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
	! grep -q '^2030' <<< "$output"
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
	[ "$stderr" = "txfreq: $T/bad.txt: invalid UTF-8 at byte 3" ]
	[ -z "$output" ]
	printf 'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext\nd\t0\t1\t1\ttext\t0\t2\t\xff\n' > "$T/bad.tsv"
	run -2 --separate-stderr txfreq < "$T/bad.tsv"
	[ "$stderr" = "txfreq: -: invalid UTF-8 at byte 54" ]
	printf 'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext\nbroken line\n' > "$T/junk.tsv"
	run -2 --separate-stderr txfreq < "$T/junk.tsv"
	[ "$stderr" = "txfreq: -: line 2: not a txseg record (8 or 9 fields: doc sec par sent kind start end text [type])" ]
	# A table piped in is not text to count.
	printf 'fine words.\n' | txfreq > "$T/table.tsv"
	run -2 --separate-stderr txfreq < "$T/table.tsv"
	[ "$stderr" = "txfreq: -: a txfreq table, not text (give it as a file, or to txfreq --merge)" ]
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
	run -2 --separate-stderr bash -c 'txfreq "$1" > /dev/full' _ "$TX_ROOT/samples/2021-10-20-position-international-rules-making.txt"
	[ "$stderr" = "txfreq: write error: No space left on device" ]
	run -0 bash -c 'txfreq "$@" | head -1' _ "$SAMPLES"/*.txt
	[ "$output" = "$HEADER" ]
}

@test "txfreq -n 2 counts equal an awk bigram count on plain ASCII words" {
	cat "$SAMPLES"/*.txt | LC_ALL=C tr -cs 'A-Za-z' ' ' > "$T/words.txt"
	txfreq -n 2 "$T/words.txt" | tail -n +2 | cut -f1,2 | LC_ALL=C sort > "$T/got"
	LC_ALL=C tr -cs 'A-Za-z' '\n' < "$T/words.txt" | LC_ALL=C tr A-Z a-z |
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

@test "txfreq --stats: tokens, types, ratio, sentences, mean length" {
	three_docs
	printf 'One two two. Three.\n' > "$T/d.txt"
	run -0 txfreq --stats "$T/a.txt" "$T/d.txt"
	[ "$output" = $'doc\ttokens\ttypes\tttr\tsentences\tmean_sentence_length\na\t10\t4\t0.4000\t1\t10.00\nd\t4\t3\t0.7500\t2\t2.00' ]
	# The stream gives the same table.
	cmp <(txseg "$T/a.txt" "$T/d.txt" | txfreq --stats) <(txfreq --stats "$T/a.txt" "$T/d.txt")
	cd "$TX_ROOT"
	for u in sent para token; do
		cmp <(txseg --unit=$u samples/*.txt | txfreq --stats) <(txfreq --stats samples/*.txt)
	done
	# tokens equal the word list's total for each document
	for f in samples/*.txt; do
		want=$(txfreq "$f" | col 2 | paste -sd+ | bc)
		[ "$(txfreq --stats "$f" | col 2)" = "$want" ]
	done
	run -2 --separate-stderr txfreq --stats -n 2 /dev/null
	[ "$stderr" = "txfreq: --stats describes words: no -n with it" ]
	run -2 --separate-stderr txfreq --stats --by doc /dev/null
	[[ "$stderr" == "txfreq: --stats prints its own table"* ]]
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

@test "scripts/txfreq-parallel gives one run's bytes" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed (make deps)"
	cd "$TX_ROOT"
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
	[ "$(ls "$T"/split.* | wc -l)" -gt 5 ]
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
	size=$((1 << 30))
	[ -n "${TX_BIG_SIZE:-}" ] && size=$TX_BIG_SIZE
	yes 'Word word word.' | tr '\n' ' ' | head -c "$size" > "$T/big.txt"
	run -0 --separate-stderr txfreq "$T/big.txt"
	[ -z "$stderr" ]
	[ "${lines[1]}" = "word"$'\t'$((size / 16 * 3))$'\t1000000.00\t1' ]
	rm -f "$T/big.txt"
}
