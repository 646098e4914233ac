#!/usr/bin/env bats
# txkwic: queries, hit counts against grep, context, order, formats,
# counts and plots, exit status, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	HEADER=$'doc\tsec\tpar\tsent\tkind\tstart\tend\tleft\tmatch\tright'
}

# The cleaned text of the samples, one paragraph a line, headings and
# contents too: what txkwic matches.
cleaned() {
	txseg --unit=para "$SAMPLES"/*.txt | awk -F '\t' 'NR > 1 { print $8 }'
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

@test "txkwic --help and --version to a full disk: a write error, exit 1" {
	run -1 --separate-stderr bash -c 'txkwic --help > /dev/full'
	[ "$output" = "" ]
	[ "$stderr" = "txkwic: write error: No space left on device" ]
	run -1 --separate-stderr bash -c 'txkwic --version > /dev/full'
	[ "$stderr" = "txkwic: write error: No space left on device" ]
}

@test "txkwic --csv-safe puts a ' before a context a spreadsheet would compute" {
	run -0 txkwic --csv-safe two <<< '-one two'
	[ "$output" = $'doc,sec,par,sent,kind,start,end,left,match,right\r\n-,0,1,1,text,5,8,"\'-one ",two,\r' ]
	run -0 txkwic --csv two <<< '-one two'
	[ "${lines[1]}" = $'-,0,1,1,text,5,8,"-one ",two,\r' ]
	run -2 --separate-stderr txkwic --csv-safe --tsv two <<< '-one two'
	[ "$stderr" = "txkwic: --tsv and --csv-safe contradict each other" ]
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
	while IFS=$'\t' read -r _ _ _ _ _ start end _; do
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
	[ "$(cut -f6,7,9 <<< "${lines[1]}")" = $'11\t48\tcritical information infrastructure' ]
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
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'. Six \tseven\t eight' ]
	run -0 txkwic --tsv --words 2 seven "$T/c.txt"
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'. Six \tseven\t eight nine' ]
	run -0 txkwic --tsv --left 0 --right 4 seven "$T/c.txt"
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'\tseven\t eig' ]
	run -0 txkwic --tsv --width 20 --within sent seven "$T/c.txt"
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'Six \tseven\t eight nine ten.' ]
	run -0 txkwic --tsv --width 20 seven "$T/c.txt"
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'hree four five. Six \tseven\t eight nine ten.' ]
	# Context never leaves the paragraph; it counts characters, not bytes.
	printf 'Ünïcödé wörd.\n\nNext paragraph.\n' > "$T/u.txt"
	run -0 txkwic --tsv --width 3 wörd "$T/u.txt"
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'dé \twörd\t.' ]
}

@test "txkwic --sort orders by the words around the match, stably and case-folded" {
	printf 'b Key x. a key y. B key z. a KEY w.\n' > "$T/s.txt"
	run -0 txkwic --tsv --sort L1 -i key "$T/s.txt"
	[ "${lines[0]}" = "$HEADER"$'\tL1' ]
	[ "$(tail -n +2 <<< "$output" | cut -f10,11 | tr '\n' '|')" = " y.	a| w.	a| x. b	b| z.	b|" ] || [ "$(tail -n +2 <<< "$output" | cut -f11 | tr '\n' ' ')" = "a a b b " ]
	[ "$(tail -n +2 <<< "$output" | cut -f9 | tr '\n' ' ')" = "key KEY Key key " ]
	run -0 txkwic --tsv --sort L1,R1 -i key "$T/s.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f11,12 | tr '\n' ' ')" = $'a\tw a\ty b\tx b\tz ' ]
	# Without --sort: document order.
	run -0 txkwic --tsv -i key "$T/s.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f6 | tr '\n' ' ')" = "2 11 20 29 " ]
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
	# shellcheck disable=SC2016 # $1 is the inner shell's
	run -0 bash -c 'NO_COLOR=1 script -qec "txkwic --color=auto -w China $1" /dev/null' _ "$(sample 2021)"
	[[ "$output" != *$'\033[1;31m'* ]]
	# shellcheck disable=SC2016 # $1 is the inner shell's
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
	[ "${lines[0]}" = $'doc,sec,par,sent,kind,start,end,left,match,right\r' ]
	[ "${lines[1]}" = $'q,0,1,1,text,8,12,"Alpha, """,beta,""" gamma."\r' ]
	run -0 txkwic --tsv beta "$T/q.txt"
	[ "${lines[1]}" = $'q\t0\t1\t1\ttext\t8\t12\tAlpha, "\tbeta\t" gamma.' ]
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
	# words are those of the records searched: without the contents
	# lines, txfreq's items per section (txfreq never counts contents)
	for no in "" --no-headings; do
		txfreq --by section $no samples/*.txt | awk -F '\t' 'NR > 1 { w[$1 "\t" $2] += $4 } END { for (k in w) print k "\t" w[k] }' | LC_ALL=C sort > "$T/want"
		txkwic --count --no-toc $no -i 'sovereign\w*' samples/*.txt |
		    awk -F '\t' 'NR > 1 && $2 != "*" && $4 > 0 { print $1 "\t" $2 "\t" $4 }' | LC_ALL=C sort > "$T/got"
		diff -u "$T/want" "$T/got"
	done
	# with them, more words than txfreq's and the contents' hits
	f=samples/2017-03-01-strategy-international-cooperation-cyberspace.txt
	[ "$(txkwic --count -i 'sovereign\w*' "$f" | sed -n 2p)" = "${f:8:-4}"$'\t*\t13\t4582' ]
	[ "$(txkwic --count --no-toc -i 'sovereign\w*' "$f" | sed -n 2p)" = "${f:8:-4}"$'\t*\t11\t4444' ]
}

@test "txkwic searches headings and contents, marked by kind; --no-toc, --no-headings leave them out" {
	cd "$TX_ROOT"
	f=samples/2017-03-01-strategy-international-cooperation-cyberspace.txt
	# GNU grep on the file is the oracle: two hits are in its contents
	want=$(grep -oiP 'sovereign\w*' "$f" | wc -l)
	[ "$want" -eq 13 ]
	run -0 txkwic --tsv -i 'sovereign\w*' "$f"
	[ "${lines[0]}" = "$HEADER" ]
	[ "$(tail -n +2 <<< "$output" | wc -l)" -eq "$want" ]
	[ "$(tail -n +2 <<< "$output" | cut -f5 | sort | uniq -c | tr -s ' ' | tr '\n' '|')" = " 2 heading| 9 text| 2 toc|" ]
	# the kind is txseg's for the paragraph that holds the hit
	tail -n +2 <<< "$output" | cut -f3,5 | LC_ALL=C sort -u > "$T/got"
	txseg --unit=para "$f" | awk -F '\t' 'NR > 1 { print $3 "\t" $5 }' | LC_ALL=C sort > "$T/all"
	[ -z "$(LC_ALL=C comm -23 "$T/got" "$T/all")" ]
	# the contents lines' offsets cut the word out of the source
	tail -n +2 <<< "$output" | awk -F '\t' '$5 == "toc" { print $6, $7 }' | while read -r s e; do
		[ "$(tail -c +$((s + 1)) "$f" | head -c $((e - s)))" = Sovereignty ]
	done
	# the concordance and the counts show them too
	[ "$(txkwic -i 'sovereign\w*' "$f" | wc -l)" -eq 13 ]
	[ "$(txkwic -i 'sovereign\w*' "$f" | head -1)" = "                2.The Principle of  Sovereignty " ]
	# --no-toc, --no-headings
	run -0 txkwic --tsv --no-toc -i 'sovereign\w*' "$f"
	[ "$(tail -n +2 <<< "$output" | cut -f5 | sort | uniq -c | tr -s ' ' | tr '\n' '|')" = " 2 heading| 9 text|" ]
	run -0 txkwic --tsv --no-headings -i 'sovereign\w*' "$f"
	[ "$(tail -n +2 <<< "$output" | cut -f5 | sort | uniq -c | tr -s ' ' | tr '\n' '|')" = " 9 text| 2 toc|" ]
	run -1 txkwic --tsv --no-toc --no-headings 'Chapter II' "$f"
	[ "$output" = "$HEADER" ]
	# txseg's stream gives the same hits and kinds
	for no in "" --no-toc --no-headings; do
		cmp <(txseg "$f" | txkwic --tsv $no -i 'sovereign\w*' | cut -f1-5,8-10) \
		    <(txkwic --within sent --tsv $no -i 'sovereign\w*' "$f" | cut -f1-5,8-10)
	done
	# a kind txseg never writes is refused
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -2 --separate-stderr bash -c 'txseg "$1" | sed "3s/\ttext\t/\tlist\t/" | txkwic x' _ "$f"
	[ "$stderr" = "txkwic: -: line 3: kind 'list' is not text, heading or toc" ]
	[ -z "$output" ]
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
	[ "$stderr" = "txkwic: --count and --plot contradict each other" ]
}

@test "txkwic refuses options that contradict each other" {
	printf 'One two three four five. Six seven eight nine ten.\n' > "$T/c.txt"
	# the options given, then the two the message names
	while IFS='|' read -r opts want; do
		# shellcheck disable=SC2086	# the options, split
		run -2 --separate-stderr txkwic $opts seven "$T/c.txt"
		[ "$stderr" = "txkwic: $want contradict each other" ] || { echo "$opts: $stderr"; false; }
		[ -z "$output" ]
	done <<-'EOF'
	--width 3 --words 2|--width and --words
	--words 2 --width 3|--width and --words
	--tsv --csv|--tsv and --csv
	--csv --tsv|--tsv and --csv
	--count --plot|--count and --plot
	--sort L1 --count|--sort and --count
	--count --sort R1|--sort and --count
	--sort L1 --plot|--sort and --plot
	--plot --tsv|--plot and --tsv
	--csv --plot|--plot and --csv
	EOF
	# what goes together: --count as CSV, --left over --words on one side
	run -0 txkwic --count --csv seven "$T/c.txt"
	[ "${lines[1]}" = $'c,*,1,10\r' ]
	run -0 txkwic --tsv --words 1 --left 2 seven "$T/c.txt"
	[ "$(cut -f8-10 <<< "${lines[1]}")" = $'. Six \tseven\t eight' ]
	# --color has no effect on a table
	run -0 txkwic --tsv --color=always seven "$T/c.txt"
	[[ "$output" != *$'\033'* ]]
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

# Runs of 18 a's: each start position stays under pcre2's match limit, so
# only a budget across the calls of a document stops (a+)+$ (100 KB took
# 28 s, 1 MB minutes).  timeout is a guard against a hang, not a speed test.
@test "txkwic stops a pattern that backtracks a little everywhere: a budget per document" {
	awk 'BEGIN { for (i = 0; i < 5000; i++) printf "aaaaaaaaaaaaaaaaaa! "; print "" }' > "$T/p100k.txt"
	awk 'BEGIN { for (i = 0; i < 50000; i++) printf "aaaaaaaaaaaaaaaaaa! "; print "" }' > "$T/p1m.txt"
	for f in p100k p1m; do
		run -2 --separate-stderr timeout 20 txkwic '(a+)+$' "$T/$f.txt"
		[ "$stderr" = "txkwic: $f: match limit exceeded: the pattern backtracks too much" ]
		[ -z "$output" ]
	done
	# The same text as txseg's stream: the budget grows with the records.
	txseg "$T/p1m.txt" > "$T/p1m.tsv"
	run -2 --separate-stderr timeout 20 txkwic '(a+)+$' - < "$T/p1m.tsv"
	[ "$stderr" = "txkwic: p1m: match limit exceeded: the pattern backtracks too much" ]
	[ -z "$output" ]
}

@test "txkwic: an honest pattern on a big document is not stopped by the budget" {
	# 7.6 MB, 80,000 paragraphs: the patterns take more work than an
	# empty document's budget, far less than this one's.
	awk 'BEGIN { for (i = 0; i < 80000; i++) printf "The nation and its national security: information, cooperation and deterrence in region %d.\n\n", i }' > "$T/big.txt"
	run -0 --separate-stderr timeout 60 txkwic --count -i '\b\w+tion\b' "$T/big.txt"
	[ "${lines[1]}" = $'big\t*\t240000\t1040000' ]
	[ -z "$stderr" ]
	run -0 --separate-stderr timeout 60 txkwic --count '(\w+ ){3}\w+tion' "$T/big.txt"
	[ "${lines[1]}" = $'big\t*\t80000\t1040000' ]
	[ -z "$stderr" ]
	txseg "$T/big.txt" > "$T/big.tsv"
	run -0 --separate-stderr timeout 60 txkwic --count '(\w+ ){3}\w+tion' - < "$T/big.tsv"
	[ "${lines[1]}" = $'big\t*\t80000\t1040000' ]
	[ -z "$stderr" ]
	# Some 1,600 counted steps a paragraph of 67 bytes, 50,000 of them:
	# more than an empty document may take, within this one's budget.
	awk 'BEGIN { for (i = 0; i < 50000; i++) printf "aaaaaaaa! and some more words to pad the line out to sixty bytes.\n\n" }' > "$T/a8.txt"
	run -0 --separate-stderr timeout 60 txkwic --count '(a+)+$|pad' "$T/a8.txt"
	[ "${lines[1]}" = $'a8\t*\t50000\t650000' ]
	[ -z "$stderr" ]
	txseg "$T/a8.txt" > "$T/a8.tsv"
	run -0 --separate-stderr timeout 60 txkwic --count '(a+)+$|pad' - < "$T/a8.tsv"
	[ "${lines[1]}" = $'a8\t*\t50000\t650000' ]
	[ -z "$stderr" ]
}

@test "txkwic reads txseg's stream: the same hits, offsets where they are exact" {
	cd "$TX_ROOT"
	# A sentence record bounds the context as --within sent does; a
	# paragraph record as the default.
	cmp <(txseg samples/*.txt | txkwic --tsv -i 'sovereign\w*' | cut -f1-5,8-10) \
	    <(txkwic --within sent --tsv -i 'sovereign\w*' samples/*.txt | cut -f1-5,8-10)
	cmp <(txseg --unit=para samples/*.txt | txkwic --tsv -i 'sovereign\w*' | cut -f1-3,5,8-10) \
	    <(txkwic --tsv -i 'sovereign\w*' samples/*.txt | cut -f1-3,5,8-10)
	# Where a record's text is its source bytes, offsets are exact.
	txseg samples/2017*.txt samples/2021*.txt | txkwic --tsv sovereignty | tail -n +2 |
	while IFS=$'\t' read -r doc _ _ _ _ start end _; do
		[ "$(tail -c +$((start + 1)) "samples/$doc.txt" | head -c $((end - start)))" = sovereignty ]
	done
	run -2 --separate-stderr bash -c 'txseg --unit=token samples/*.txt | txkwic x'
	[[ "$stderr" == *"txkwic reads txseg's sentence or paragraph records"* ]]
}

@test "txkwic reads a txseg stream file as the same stream on standard input" {
	printf 'The cat sat. The cat ran.\n\nA second cat here.\n' > "$T/a.txt"
	printf 'Dogs bark at a cat. The dog sat.\n' > "$T/b.txt"
	txseg "$T/a.txt" > "$T/sa.tsv"
	txseg "$T/b.txt" > "$T/sb.tsv"
	run -0 --separate-stderr txkwic --tsv cat "$T/sa.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(txkwic --tsv cat < "$T/sa.tsv")" ]
	[ "${#lines[@]}" -eq 4 ]
	# no hit in the stream's own fields: "text" is no word of a.txt
	run -1 --separate-stderr txkwic --tsv -w text "$T/sa.tsv"
	[ -z "$stderr" ]
	[ "$output" = $'doc\tsec\tpar\tsent\tkind\tstart\tend\tleft\tmatch\tright' ]
	# two files: one stream, their concatenation's body
	run -0 --separate-stderr txkwic --tsv cat "$T/sa.tsv" "$T/sb.tsv"
	[ -z "$stderr" ]
	[ "$output" = "$(cat "$T/sa.tsv" "$T/sb.tsv" | txkwic --tsv cat)" ]
	[ "${#lines[@]}" -eq 5 ]
	run -0 --separate-stderr txkwic --count cat "$T/sa.tsv" "$T/sb.tsv"
	[ "$output" = "$(cat "$T/sa.tsv" "$T/sb.tsv" | txkwic --count cat)" ]
}

@test "txkwic refuses a table, a broken stream and streams mixed with texts given as files" {
	printf 'The cat sat. The cat ran.\n' > "$T/a.txt"
	txseg "$T/a.txt" > "$T/sa.tsv"
	txfreq "$T/a.txt" > "$T/t.tsv"
	run -2 --separate-stderr txkwic cat "$T/t.tsv"
	[ "$stderr" = "txkwic: $T/t.tsv: a txfreq table, not text (give it to txfreq --merge)" ]
	[ -z "$output" ]
	run -2 --separate-stderr txkwic cat < "$T/t.tsv"
	[ "$stderr" = "txkwic: -: a txfreq table, not text (give it to txfreq --merge)" ]
	[ -z "$output" ]
	{ echo "junk"; tail -n +2 "$T/sa.tsv"; } > "$T/junkhdr.tsv"
	run -2 --separate-stderr txkwic --tsv cat "$T/junkhdr.tsv"
	[ "$stderr" = "txkwic: $T/junkhdr.tsv: line 1: not txseg's header, yet line 2 is a txseg record" ]
	[ -z "$output" ]
	run -2 --separate-stderr txkwic --tsv cat "$T/sa.tsv" "$T/a.txt"
	[ "$stderr" = "txkwic: $T/sa.tsv is a txseg stream, $T/a.txt is text: give streams or texts, not both (txseg the texts first)" ]
	[ -z "$output" ]
}

@test "txkwic refuses a stream with a broken header; reads one with a BOM, blank lines, a header again" {
	cd "$TX_ROOT"
	txseg samples/2017*.txt > "$T/s.tsv"
	txkwic --tsv -i 'sovereign\w*' < "$T/s.tsv" > "$T/want"
	[ "$(wc -l < "$T/want")" -gt 5 ]
	# read as text, these gave "hits" in the TSV and exit 0
	sed '1s/\t/ /g' "$T/s.tsv" > "$T/spaces.tsv"
	run -2 --separate-stderr txkwic --tsv -i 'sovereign\w*' < "$T/spaces.tsv"
	[ "$stderr" = "txkwic: -: line 1: not txseg's header (doc sec par sent kind start end text, tab-separated)" ]
	[ -z "$output" ]
	sed '1s/^doc/# doc/' "$T/s.tsv" > "$T/hash.tsv"
	run -2 --separate-stderr txkwic --tsv -i 'sovereign\w*' < "$T/hash.tsv"
	[ "$stderr" = "txkwic: -: line 1: not txseg's header, yet line 2 is a txseg record" ]
	[ -z "$output" ]
	tail -n +2 "$T/s.tsv" > "$T/nohdr.tsv"
	run -2 --separate-stderr txkwic --tsv -i 'sovereign\w*' < "$T/nohdr.tsv"
	[ "$stderr" = "txkwic: -: line 1: a txseg record where txseg's header is due" ]
	txseg --csv samples/2017*.txt > "$T/s.csv"
	run -2 --separate-stderr txkwic -i 'sovereign\w*' < "$T/s.csv"
	[ "$stderr" = "txkwic: -: line 1: txseg's header with commas: the tools read its TSV stream (make it without --csv)" ]
	cmp "$T/want" <({ printf '\xef\xbb\xbf'; cat "$T/s.tsv"; } | txkwic --tsv -i 'sovereign\w*')
	cmp "$T/want" <(awk 'NR == 2 || NR == 9 { print "" } { print }' "$T/s.tsv" | txkwic --tsv -i 'sovereign\w*')
	cmp "$T/want" <({ head -9 "$T/s.tsv"; head -1 "$T/s.tsv"; tail -n +10 "$T/s.tsv"; } | txkwic --tsv -i 'sovereign\w*')
}

@test "txkwic bad input: invalid UTF-8, NUL, CRLF, BOM, empty, directory, full disk, head" {
	printf 'ok\n\xff\n' > "$T/bad.txt"
	run -2 --separate-stderr txkwic ok "$T/bad.txt"
	[[ "$stderr" == "txkwic: $T/bad.txt: invalid UTF-8 at byte 3"*"--lossy" ]]
	[ -z "$output" ]
	printf 'ok\0no\n' > "$T/nul.txt"
	run -2 --separate-stderr txkwic ok "$T/nul.txt"
	[[ "$stderr" == "txkwic: $T/nul.txt: invalid UTF-8 at byte 2"*"--lossy" ]]
	printf 'Alpha beta.\r\nBeta gamma.\r\n' > "$T/crlf.txt"
	run -0 txkwic --tsv -i beta "$T/crlf.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f6,7 | tr '\n' ' ')" = $'6\t10 13\t17 ' ]
	printf '\xef\xbb\xbfAlpha beta.\n' > "$T/bom.txt"
	run -0 txkwic --tsv Alpha "$T/bom.txt"
	[ "$(cut -f6,7,8 <<< "${lines[1]}")" = $'3\t8\t' ]
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

# The hits of needle in the one-line file $1, as perl finds them: TSV rows
# of txkwic --tsv (with --words 3 when $2 is "words") plus the keys
# $3 (L1,R1 or R1,L1), sorted by the first.
needle_oracle() {
	# shellcheck disable=SC2016 # perl's variables
	perl -e '
		my ($path, $mode, $key) = @ARGV;
		open(my $f, "<", $path) or die; local $/; my $t = <$f>;
		my @h;
		while ($t =~ /needle/g) {
			my ($s, $e) = ($-[0], $+[0]);
			my $pre = substr($t, 0, $s);
			my $post = substr($t, $e);
			my $sent = 1 + (() = $pre =~ /\. /g);
			my ($l, $r);
			if ($mode eq "words") {
				($l) = $pre =~ /((?:(?:\w+|\.)\s*){1,3})\z/;
				($r) = $post =~ /\A(\s*(?:\w+|\.)(?:\s*(?:\w+|\.)){0,2})/;
			} else {
				$l = substr($pre, $s >= 35 ? $s - 35 : 0);
				$r = substr($post, 0, 35);
			}
			my ($l1) = $pre =~ /(\w+)\W*\z/;
			my ($r1) = $post =~ /\A\W*(\w+)/;
			my @k = $key eq "L1,R1" ? (lc $l1, lc $r1) :
			    (lc $r1, lc $l1);
			push @h, [ join("\t", "g", 0, 1, $sent, "text", $s, $e,
			    $l, "needle", $r, @k), $k[0] ];
		}
		print "$_->[0]\n" for sort { $a->[1] cmp $b->[1] } @h;
	' "$@"
}

@test "txkwic: a paragraph over 4 MB has its whole context, keys and words" {
	# Over 4 MiB on one line (5.2 MB), so the road splits it in windows;
	# three hits at its start, middle and end, each sorting elsewhere by
	# L1 and by R1.
	unit='Word word word. '
	{
		yes "$unit" | head -7 | tr -d '\n'
		printf 'Yankee needle zulu. '
		yes "$unit" | head -160000 | tr -d '\n'
		printf 'Bravo needle mike. '
		yes "$unit" | head -160000 | tr -d '\n'
		printf 'Kilo needle alpha.'
	} > "$T/g.txt"
	[ "$(stat -c %s "$T/g.txt")" -gt $((4 << 20)) ]
	run -0 --separate-stderr txkwic --tsv --sort R1,L1 needle "$T/g.txt"
	[ -z "$stderr" ]
	[ "$output" = "$HEADER"$'\tR1\tL1\n'"$(needle_oracle "$T/g.txt" chars R1,L1)" ]
	[ "${#lines[@]}" -eq 4 ]
	# The first hit by R1 is the last in the text: its left context is
	# the 35 characters before it.
	[ "${lines[1]}" = "g	0	1	320010	text	5120156	5120162	rd word word. Word word word. Kilo 	needle	 alpha.	alpha	kilo" ]
	run -0 --separate-stderr txkwic --tsv --words 3 --sort L1,R1 needle "$T/g.txt"
	[ "$output" = "$HEADER"$'\tL1\tR1\n'"$(needle_oracle "$T/g.txt" words L1,R1)" ]
	# The middle hit by hand: 3 tokens each side, its sentence number.
	[ "${lines[1]}" = "g	0	1	160009	text	2560138	2560144	word. Bravo 	needle	 mike. Word	bravo	mike" ]
	# Every word of the paragraph is counted: 3 a unit, 3 a needle phrase.
	run -0 txkwic --count needle "$T/g.txt"
	[ "${lines[1]}" = "g	*	3	$(((7 + 320000) * 3 + 9))" ]
	[ "$(grep -o '[A-Za-z]*' "$T/g.txt" | wc -l)" -eq $(((7 + 320000) * 3 + 9)) ]
}

@test "txkwic finds the words of a 1 GB line with bounded memory" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	size=$(big_line "$T/big.txt")
	printf 'needle.' >> "$T/big.txt"
	run -0 --separate-stderr /usr/bin/time -o "$T/rss" -f %M txkwic --tsv needle "$T/big.txt"
	[ -z "$stderr" ]
	[ "$(cut -f6,7,9 <<< "${lines[1]}")" = "$size"$'\t'$((size + 6))$'\tneedle' ]
	rm -f "$T/big.txt"
	# Peak RSS at most twice the line plus 16 MiB: the document and its
	# cleaned text; the sentences and tokens are pulled as the hits need
	# them (2026-12: 2052 MiB for 1 GiB, 5636 when txkwic held them all).
	rss_at_most "$T/rss" $((2 * size + (16 << 20)))
}

# ---- cleanup options (as txseg's) ----

@test "txkwic takes txseg's cleanup options: --rules, --no-drop, --drop, --dropped, -v" {
	printf 'By Jane Doe\n\nThe committee met on Monday.\n\n\f12\n\nIt went on.\n' > "$T/b.txt"
	run -0 txkwic --rules
	[ "$output" = "$(txseg --rules)" ]
	# The byline is dropped: no match, exit 1; kept, it is found.
	run -1 txkwic Jane "$T/b.txt"
	[ -z "$output" ]
	run -0 txkwic --tsv --no-drop=byline Jane "$T/b.txt"
	[ "$output" = "$HEADER"$'\nb\t0\t1\t1\theading\t3\t7\tBy \tJane\t Doe' ]
	run -0 txkwic --count --drop=none '\d+' "$T/b.txt"
	[ "${lines[1]}" = $'b\t*\t1\t12' ]
	txseg --dropped "$T/s.tsv" "$T/b.txt" > /dev/null
	run -1 --separate-stderr txkwic -v --dropped "$T/k.tsv" Jane "$T/b.txt"
	cmp "$T/s.tsv" "$T/k.tsv"
	[ "$stderr" = $'doc\trule\tlines\nb\tpage-number\t1\nb\tbyline\t1\nb\ttotal\t2' ]
	run -2 --separate-stderr txkwic --keep --drop=byline Jane "$T/b.txt"
	[ "$stderr" = "txkwic: --keep and --drop contradict each other" ]
	run -2 --separate-stderr txkwic --no-drop=foo Jane "$T/b.txt"
	[ "$stderr" = "txkwic: --no-drop: unknown rule 'foo' (see --rules)" ]
}
