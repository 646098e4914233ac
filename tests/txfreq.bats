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
	run -2 --separate-stderr txfreq "$T/missing" "$T/bad.txt"
	[[ "$stderr" == "txfreq: $T/missing: No such file or directory"* ]]
	printf 'fine words.\n' > "$T/ok.txt"
	run -2 --separate-stderr txfreq "$T" "$T/ok.txt"
	[ "$stderr" = "txfreq: $T: Is a directory" ]
	[ "${lines[1]}" = $'fine\t1\t500000.00\t1' ]
	run -0 txfreq < /dev/null
	[ "$output" = "$HEADER" ]
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
