#!/usr/bin/env bats
# txkwic: queries, hit counts against grep, context, order, formats,
# counts and plots, exit status, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	HEADER=$'doc\tsec\tpar\tsent\tstart\tend\tleft\tmatch\tright'
}

# The cleaned text of the samples, one paragraph a line, contents left
# out: what txkwic matches.
cleaned() {
	txseg --unit=para "$SAMPLES"/*.txt | awk -F '\t' 'NR > 1 && $5 != "toc" { print $8 }'
}

@test "txkwic --help, --version and usage errors" {
	run -0 txkwic --help
	[[ "${lines[0]}" == "usage: txkwic "* ]]
	run -0 txkwic --version
	[[ "$output" =~ ^txkwic\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	run -2 --separate-stderr txkwic
	[[ "$stderr" == *"Try 'txkwic --help'"* ]]
	run -2 --separate-stderr txkwic --sort X1 a /dev/null
	[[ "$stderr" == "txkwic: --sort: 'X1': keys such as L1,R1,L2"* ]]
	run -2 --separate-stderr txkwic --within doc a /dev/null
	[ "$stderr" = "txkwic: --within: 'doc': sent or para" ]
	run -2 --separate-stderr txkwic --color=sometimes a /dev/null
	[ "$stderr" = "txkwic: --color: 'sometimes': auto, always or never" ]
}

@test "txkwic hit counts equal GNU grep's on the cleaned text" {
	cleaned > "$T/clean.txt"
	for p in 'sovereign\w*' 'cyber\w*' '\bInternet\b' 'rule of law' '\d+' 'data'; do
		want=$(grep -oP "$p" "$T/clean.txt" | wc -l)
		[ "$want" -gt 0 ]
		got=$(txkwic --tsv "$p" "$SAMPLES"/*.txt | tail -n +2 | wc -l)
		[ "$got" = "$want" ] || { echo "$p: grep $want, txkwic $got"; false; }
	done
	want=$(grep -oiP 'security' "$T/clean.txt" | wc -l)
	[ "$(txkwic --tsv -i security "$SAMPLES"/*.txt | tail -n +2 | wc -l)" = "$want" ]
	want=$(grep -owP 'China' "$T/clean.txt" | wc -l)
	[ "$(txkwic --tsv -w China "$SAMPLES"/*.txt | tail -n +2 | wc -l)" = "$want" ]
	want=$(grep -oF 'U.S.' "$T/clean.txt" | wc -l)
	[ "$(txkwic --tsv -F 'U.S.' "$SAMPLES"/*.txt | tail -n +2 | wc -l)" = "$want" ]
}

@test "txkwic finds a word split by a line-break hyphen, with source offsets" {
	f=$(sample 2016-12-01)
	run -0 txkwic --tsv multilateral "$f"
	[ "${#lines[@]}" -eq 6 ]
	# Every hit's offsets cut the word out of the source; one of them has
	# a line break inside.
	n=0
	while IFS=$'\t' read -r doc sec par sent start end left match right; do
		src=$(tail -c +$((start + 1)) "$f" | head -c $((end - start)))
		[ "$src" = multilateral ] || [ "$src" = $'mul-\ntilateral' ] || { echo "$start: $src"; false; }
		[ "$src" = multilateral ] || n=$((n + 1))
	done < <(tail -n +2 <<< "$output")
	[ "$n" -eq 1 ]
	grep -q $'establish a \tmultilateral\t, democratic, and transparent inter$' <<< "$output"
}

@test "txkwic -p matches a phrase across line breaks and any whitespace" {
	printf 'We protect critical\ninformation   infrastructure, and Critical Information Infrastructure.\n' > "$T/p.txt"
	run -0 txkwic --tsv -p 'critical information infrastructure' "$T/p.txt"
	[ "${#lines[@]}" -eq 2 ]
	[ "$(cut -f5,6,8 <<< "${lines[1]}")" = $'11\t48\tcritical information infrastructure' ]
	run -0 txkwic --tsv -i -p 'critical information infrastructure' "$T/p.txt"
	[ "${#lines[@]}" -eq 3 ]
	# Whole words: no match inside a longer word.
	printf 'criticalinformation infrastructure; uncritical information infrastructure.\n' > "$T/q.txt"
	run -1 txkwic -p 'critical information infrastructure' "$T/q.txt"
	run -0 txkwic --tsv -p 'critical information infrastructure' "$SAMPLES"/*.txt
	[ "$(tail -n +2 <<< "$output" | wc -l)" -eq "$(cleaned | grep -oP '\bcritical\s+information\s+infrastructure\b' | wc -l)" ]
}

@test "txkwic context: --width, --words, --left/--right, --within sent" {
	printf 'One two three four five. Six seven eight nine ten.\n' > "$T/c.txt"
	run -0 txkwic --tsv --width 6 seven "$T/c.txt"
	[ "$(cut -f7-9 <<< "${lines[1]}")" = $'. Six \tseven\t eight' ]
	run -0 txkwic --tsv --words 2 seven "$T/c.txt"
	[ "$(cut -f7-9 <<< "${lines[1]}")" = $'. Six \tseven\t eight nine' ]
	run -0 txkwic --tsv --left 0 --right 4 seven "$T/c.txt"
	[ "$(cut -f7-9 <<< "${lines[1]}")" = $'\tseven\t eig' ]
	run -0 txkwic --tsv --width 20 --within sent seven "$T/c.txt"
	[ "$(cut -f7-9 <<< "${lines[1]}")" = $'Six \tseven\t eight nine ten.' ]
	run -0 txkwic --tsv --width 20 seven "$T/c.txt"
	[ "$(cut -f7-9 <<< "${lines[1]}")" = $'hree four five. Six \tseven\t eight nine ten.' ]
	# Context never leaves the paragraph; it counts characters, not bytes.
	printf 'Ünïcödé wörd.\n\nNext paragraph.\n' > "$T/u.txt"
	run -0 txkwic --tsv --width 3 wörd "$T/u.txt"
	[ "$(cut -f7-9 <<< "${lines[1]}")" = $'dé \twörd\t.' ]
}

@test "txkwic --sort orders by the words around the match, stably and case-folded" {
	printf 'b Key x. a key y. B key z. a KEY w.\n' > "$T/s.txt"
	run -0 txkwic --tsv --sort L1 -i key "$T/s.txt"
	[ "${lines[0]}" = "$HEADER"$'\tL1' ]
	[ "$(tail -n +2 <<< "$output" | cut -f9,10 | tr '\n' '|')" = " y.	a| w.	a| x. b	b| z.	b|" ] || [ "$(tail -n +2 <<< "$output" | cut -f10 | tr '\n' ' ')" = "a a b b " ]
	[ "$(tail -n +2 <<< "$output" | cut -f8 | tr '\n' ' ')" = "key KEY Key key " ]
	run -0 txkwic --tsv --sort L1,R1 -i key "$T/s.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f10,11 | tr '\n' ' ')" = $'a\tw a\ty b\tx b\tz ' ]
	# Without --sort: document order.
	run -0 txkwic --tsv -i key "$T/s.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f5 | tr '\n' ' ')" = "2 11 20 29 " ]
}

@test "txkwic for people: aligned, cut to 80 columns, colour on demand" {
	run -0 txkwic sovereignty "$SAMPLES"/*.txt
	[ "${#lines[@]}" -gt 10 ]
	for l in "${lines[@]}"; do
		# the match starts at column 37 of every line
		[ "${l:36:11}" = sovereignty ] || { echo "$l"; false; }
		[ "$(printf '%s' "$l" | wc -m)" -le 80 ]
	done
	run -0 txkwic --color=always -w China "$(sample 2021)"
	[[ "${lines[0]}" == *$'\033[1;31mChina\033[0m'* ]]
	run -0 txkwic --color=never -w China "$(sample 2021)"
	[[ "$output" != *$'\033'* ]]
	# auto: never into a pipe, and NO_COLOR is honoured
	run -0 bash -c 'NO_COLOR=1 script -qec "txkwic --color=auto -w China $1" /dev/null' _ "$(sample 2021)"
	[[ "$output" != *$'\033[1;31m'* ]]
	run -0 bash -c 'script -qec "txkwic -w China $1" /dev/null' _ "$(sample 2021)"
	[[ "$output" == *$'\033[1;31m'* ]]
	# East Asian wide characters take two columns.
	printf '中国网络空间主权 sovereignty here.\n' > "$T/w.txt"
	run -0 txkwic sovereignty "$T/w.txt"
	[ "${lines[0]}" = "                  中国网络空间主权  sovereignty  here." ]
}

@test "txkwic --csv quotes what needs it; --tsv gives every location" {
	printf 'Alpha, "beta" gamma.\n' > "$T/q.txt"
	run -0 txkwic --csv beta "$T/q.txt"
	[ "${lines[0]}" = $'doc,sec,par,sent,start,end,left,match,right\r' ]
	[ "${lines[1]}" = $'q,0,1,1,8,12,"Alpha, """,beta,""" gamma."\r' ]
	run -0 txkwic --tsv beta "$T/q.txt"
	[ "${lines[1]}" = $'q\t0\t1\t1\t8\t12\tAlpha, "\tbeta\t" gamma.' ]
}

@test "txkwic --count gives hits and words per document and section" {
	cd "$TX_ROOT"
	run -0 txkwic --count -i 'sovereign\w*' samples/*.txt
	[ "${lines[0]}" = $'doc\tsec\thits\twords' ]
	# hits add up to the concordance's
	total=$(awk -F '\t' '$2 == "*" { s += $3 } END { print s }' <<< "$output")
	[ "$total" = "$(txkwic --tsv -i 'sovereign\w*' samples/*.txt | tail -n +2 | wc -l)" ]
	# a document's row is the sum of its sections'
	awk -F '\t' 'NR > 1 && $2 == "*" { d = $1; h[d] = $3; w[d] = $4 } NR > 1 && $2 != "*" { hs[$1] += $3; ws[$1] += $4 }
	    END { for (d in h) if (h[d] != hs[d] || w[d] != ws[d]) exit 1 }' <<< "$output"
	# words per section are txfreq's items per section
	txfreq --by section samples/*.txt | awk -F '\t' 'NR > 1 { w[$1 "\t" $2] += $4 } END { for (k in w) print k "\t" w[k] }' | LC_ALL=C sort > "$T/want"
	awk -F '\t' 'NR > 1 && $2 != "*" && $4 > 0 { print $1 "\t" $2 "\t" $4 }' <<< "$output" | LC_ALL=C sort > "$T/got"
	diff -u "$T/want" "$T/got"
}

@test "txkwic --plot draws a row per document" {
	cd "$TX_ROOT"
	run -0 txkwic --plot -i 'sovereign\w*' samples/*.txt
	[ "${#lines[@]}" -eq 5 ]
	[[ "${lines[0]}" =~ ^2016-12-01-paper-interna\ +13\ \[[-\|]{50}\]$ ]]
	# one mark per distinct column at least, none where there is no hit
	printf 'key %.0s' $(seq 200) > "$T/even.txt"
	run -0 txkwic --plot key "$T/even.txt"
	[[ "${lines[0]}" =~ \[\|{50}\]$ ]]
	printf 'key. %s\n' "$(printf 'word %.0s' $(seq 500))" > "$T/start.txt"
	run -0 txkwic --plot key "$T/start.txt"
	[[ "${lines[0]}" =~ \[\|-{49}\]$ ]]
	run -2 --separate-stderr txkwic --plot --count key "$T/start.txt"
	[ "$stderr" = "txkwic: --count or --plot, not both" ]
}

@test "txkwic exit status is grep's: 0 found, 1 none, 2 trouble" {
	printf 'alpha beta.\n' > "$T/a.txt"
	run -0 txkwic alpha "$T/a.txt"
	run -1 txkwic --tsv gamma "$T/a.txt"
	[ "$output" = "$HEADER" ]
	run -2 --separate-stderr txkwic 'x(' "$T/a.txt"
	[ "$stderr" = "txkwic: bad regex at offset 2: missing closing parenthesis" ]
	[ -z "$output" ]
	run -2 --separate-stderr txkwic -e alpha -e '[b-a]' "$T/a.txt"
	[ "$stderr" = "txkwic: '[b-a]': bad regex at offset 3: range out of order in character class" ]
	# A pattern that backtracks without end stops at the match limit.
	printf '%s!\n' "$(printf 'a%.0s' $(seq 60))" > "$T/bt.txt"
	run -2 --separate-stderr timeout 20 txkwic '(a|a)+$' "$T/bt.txt"
	[ "$stderr" = "txkwic: bt: match limit exceeded: the pattern backtracks too much" ]
	# Found in one file, missing another: trouble wins.
	run -2 --separate-stderr txkwic alpha "$T/a.txt" "$T/none.txt"
	[ "$stderr" = "txkwic: $T/none.txt: No such file or directory" ]
	[[ "$output" == *alpha* ]]
}

@test "txkwic reads txseg's stream: the same hits, offsets where they are exact" {
	cd "$TX_ROOT"
	# A sentence record bounds the context as --within sent does; a
	# paragraph record as the default.
	cmp <(txseg samples/*.txt | txkwic --tsv -i 'sovereign\w*' | cut -f1-4,7-9) \
	    <(txkwic --within sent --tsv -i 'sovereign\w*' samples/*.txt | cut -f1-4,7-9)
	cmp <(txseg --unit=para samples/*.txt | txkwic --tsv -i 'sovereign\w*' | cut -f1-3,7-9) \
	    <(txkwic --tsv -i 'sovereign\w*' samples/*.txt | cut -f1-3,7-9)
	# Where a record's text is its source bytes, offsets are exact.
	txseg samples/2017*.txt samples/2021*.txt | txkwic --tsv sovereignty | tail -n +2 |
	while IFS=$'\t' read -r doc sec par sent start end left match right; do
		[ "$(tail -c +$((start + 1)) samples/$doc.txt | head -c $((end - start)))" = sovereignty ]
	done
	run -2 --separate-stderr bash -c 'txseg --unit=token samples/*.txt | txkwic x'
	[[ "$stderr" == *"txkwic reads txseg's sentence or paragraph records"* ]]
}

@test "txkwic bad input: invalid UTF-8, NUL, CRLF, BOM, empty, directory, full disk, head" {
	printf 'ok\n\xff\n' > "$T/bad.txt"
	run -2 --separate-stderr txkwic ok "$T/bad.txt"
	[ "$stderr" = "txkwic: $T/bad.txt: invalid UTF-8 at byte 3" ]
	[ -z "$output" ]
	printf 'ok\0no\n' > "$T/nul.txt"
	run -2 --separate-stderr txkwic ok "$T/nul.txt"
	[ "$stderr" = "txkwic: $T/nul.txt: invalid UTF-8 at byte 2" ]
	printf 'Alpha beta.\r\nBeta gamma.\r\n' > "$T/crlf.txt"
	run -0 txkwic --tsv -i beta "$T/crlf.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f5,6 | tr '\n' ' ')" = $'6\t10 13\t17 ' ]
	printf '\xef\xbb\xbfAlpha beta.\n' > "$T/bom.txt"
	run -0 txkwic --tsv Alpha "$T/bom.txt"
	[ "$(cut -f5,6,7 <<< "${lines[1]}")" = $'3\t8\t' ]
	: > "$T/empty.txt"
	run -1 txkwic --tsv x "$T/empty.txt"
	[ "$output" = "$HEADER" ]
	run -1 txkwic --tsv x < /dev/null
	[ "$output" = "$HEADER" ]
	# No hits to sort (qsort_r on NULL once: UBSan stops there).
	run -1 --separate-stderr txkwic --tsv --sort R1 x "$T/empty.txt"
	[ "$output" = "$HEADER"$'\tR1' ]
	[ -z "$stderr" ]
	run -2 --separate-stderr txkwic x "$T"
	[ "$stderr" = "txkwic: $T: Is a directory" ]
	run -2 --separate-stderr bash -c 'txkwic China "$@" > /dev/full' _ "$SAMPLES"/*.txt
	[ "$stderr" = "txkwic: write error: No space left on device" ]
	run -0 bash -c 'txkwic --tsv China "$@" | head -1' _ "$SAMPLES"/*.txt
	[ "$output" = "$HEADER" ]
}

@test "txkwic finds the words of a 1 GB line with bounded memory" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	size=$((1 << 30))
	[ -n "${TX_BIG_SIZE:-}" ] && size=$TX_BIG_SIZE
	yes 'Word word word.' | tr '\n' ' ' | head -c "$size" > "$T/big.txt"
	printf 'needle.' >> "$T/big.txt"
	run -0 --separate-stderr txkwic --tsv needle "$T/big.txt"
	[ -z "$stderr" ]
	[ "$(cut -f5,6,8 <<< "${lines[1]}")" = "$size"$'\t'$((size + 6))$'\tneedle' ]
	rm -f "$T/big.txt"
}
