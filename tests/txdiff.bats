#!/usr/bin/env bats
# txdiff: minimal edit counts against diff --minimal, the script rebuilds
# both texts, moves, every output, exit status, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	HEADER=$'op\ta_start\ta_end\tb_start\tb_end\ta_sec\ta_sent\tb_sec\tb_sent\ta_text\tb_text'
}

# The tokens txdiff compares, one per line: txseg's, contents left out.
tokens() {
	txseg --unit=token "$1" | awk -F '\t' 'NR > 1 && $5 != "toc" { print $8 }'
}

# diff --minimal's count of deleted plus inserted tokens.
minimal() {
	tokens "$1" > "$T/ta"
	tokens "$2" > "$T/tb"
	diff --minimal "$T/ta" "$T/tb" | grep -c '^[<>]' || true
}

edits() {
	txdiff --stat --csv "$1" "$2" | tr -d '\r' | awk -F ',' 'NR == 2 { print $11 }'
}

@test "txdiff --help, --version and usage errors" {
	run -0 txdiff --help
	[[ "${lines[0]}" == "usage: txdiff "* ]]
	run -0 txdiff --version
	[[ "$output" =~ ^txdiff\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	run -2 --separate-stderr txdiff one-file
	[[ "$stderr" == *"Try 'txdiff --help'"* ]]
	run -2 --separate-stderr txdiff --by para a b
	[ "$stderr" = "txdiff: --by: 'para': sent or char" ]
	run -2 --separate-stderr txdiff --move-min x a b
	[ "$stderr" = "txdiff: --move-min: invalid number 'x'" ]
}

@test "txdiff --help and --version to a full disk: a write error, exit 1" {
	run -1 --separate-stderr bash -c 'txdiff --help > /dev/full'
	[ "$output" = "" ]
	[ "$stderr" = "txdiff: write error: No space left on device" ]
	run -1 --separate-stderr bash -c 'txdiff --version > /dev/full'
	[ "$stderr" = "txdiff: write error: No space left on device" ]
}

@test "txdiff --csv-safe puts a ' before a text a spreadsheet would compute" {
	printf 'one = two three.\n' > "$T/a.txt"
	printf 'one + @ two three.\n' > "$T/b.txt"
	run -1 txdiff --csv-safe "$T/a.txt" "$T/b.txt"
	[ "${lines[2]}" = $'replace,4,5,4,7,0,1,0,1,=,\'+ @\r' ]
	run -1 txdiff --csv "$T/a.txt" "$T/b.txt"
	[ "${lines[2]}" = $'replace,4,5,4,7,0,1,0,1,=,+ @\r' ]
}

@test "txdiff edit counts equal diff --minimal on generated pairs and on the samples" {
	cd "$TX_ROOT"
	for seed in 1 2 3 4 5 6; do
		for f in samples/2016-12-27*.txt samples/2021*.txt; do
			scripts/make-pair "$f" "$seed" 0.0$seed 0.2 > "$T/b.txt"
			want=$(minimal "$f" "$T/b.txt")
			[ "$want" -gt 0 ]
			[ "$(edits "$f" "$T/b.txt")" = "$want" ] || { echo "$f $seed: want $want"; false; }
		done
	done
	# Random word salad with a tiny vocabulary: many equal tokens.
	awk 'BEGIN { srand(9); for (i = 0; i < 3000; i++) printf "%s%s", substr("abcab", int(rand() * 5) + 1, 1), (i % 12 == 11 ? ".\n" : " ") }' > "$T/x.txt"
	awk 'BEGIN { srand(10); for (i = 0; i < 2800; i++) printf "%s%s", substr("abcab", int(rand() * 5) + 1, 1), (i % 9 == 8 ? ".\n" : " ") }' > "$T/y.txt"
	[ "$(edits "$T/x.txt" "$T/y.txt")" = "$(minimal "$T/x.txt" "$T/y.txt")" ]
	# The two pairs the analysts ask about.
	a=samples/2017-03-01-strategy-international-cooperation-cyberspace.txt
	b=samples/2017-03-01-summary-strategy-international-cooperation.txt
	[ "$(edits $a $b)" = "$(minimal $a $b)" ]
	a=samples/2016-12-27-strategy-national-cyberspace-security.txt
	b=samples/2021-10-20-position-international-rules-making.txt
	[ "$(edits $a $b)" = "$(minimal $a $b)" ]
}

@test "txdiff's script rebuilds both texts exactly" {
	cd "$TX_ROOT"
	a=samples/2016-12-27-strategy-national-cyberspace-security.txt
	scripts/make-pair $a 7 0.03 0.3 > "$T/b.txt"
	txdiff --tsv $a "$T/b.txt" > "$T/script" || [ $? = 1 ]
	[ "$(head -1 "$T/script")" = "$HEADER" ]
	# A: every row with an A side, in A order; B: every row with a B
	# side, by b_start.  Spaces aside, they are the token streams.
	tail -n +2 "$T/script" | awk -F '\t' '$2 != "" { print $2 "\t" $10 }' | sort -n -k1,1 | cut -f2- | tr -d ' \n' > "$T/ra"
	tail -n +2 "$T/script" | awk -F '\t' '$4 != "" { print $4 "\t" $11 }' | sort -n -k1,1 | cut -f2- | tr -d ' \n' > "$T/rb"
	tokens $a | tr -d ' \n' > "$T/wa"
	tokens "$T/b.txt" | tr -d ' \n' > "$T/wb"
	cmp "$T/wa" "$T/ra"
	cmp "$T/wb" "$T/rb"
	# Offsets cut each row's text out of the sources (one-line rows).
	# shellcheck disable=SC1112 # the curly quotes are awk's, in its regex
	tail -n +2 "$T/script" | awk -F '\t' '$1 == "equal" && $2 != "" && $10 !~ /[“”’]/' | head -20 |
	while IFS=$'\t' read -r _ as ae _ _ _ _ _ _ at _; do
		src=$(tail -c +$((as + 1)) "$a" | head -c $((ae - as)) | tr '\n' ' ')
		[ "${src// /}" = "${at// /}" ] || { echo "$as: $src / $at"; false; }
	done
}

@test "txdiff reports moved sentences as moves, both places" {
	w='the quick brown fox jumps over the lazy dog near the river bank'
	printf 'Alpha beta gamma delta. %s. Epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi. Rho sigma tau.\n' "$w" > "$T/a.txt"
	printf 'Alpha beta gamma delta. Epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi. Rho sigma tau. %s.\n' "$w" > "$T/b.txt"
	run -1 txdiff --tsv "$T/a.txt" "$T/b.txt"
	[ "$(grep -c '^move' <<< "$output")" -eq 1 ]
	# The sentence with its full stop (slid along the equal "."), and
	# nothing else: no stray deleted or inserted "."
	grep -q $'^move\t24\t88\t101\t165\t' <<< "$output"
	[ "$(grep -c -v '^move\|^equal' <<< "$output")" -eq 1 ]
	run -1 txdiff --color=never "$T/a.txt" "$T/b.txt"
	[ "$output" = "Alpha beta gamma delta. [-=>1 $w.-] Epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi. Rho sigma tau. {+<=1 $w.+}" ]
	run -1 txdiff --stat "$T/a.txt" "$T/b.txt"
	[[ "$output" == *", 13 moved "* ]]
	# Shorter than --move-min: a delete and an insert.
	run -1 txdiff --tsv --move-min 20 "$T/a.txt" "$T/b.txt"
	[ "$(grep -c '^move' <<< "$output")" -eq 0 ]
	# The count stays minimal with moves.
	[ "$(edits "$T/a.txt" "$T/b.txt")" = "$(minimal "$T/a.txt" "$T/b.txt")" ]
}

@test "txdiff: wrapping and spacing are no change, punctuation and case are" {
	printf 'The strategy   was released\nin March, 2017.\n' > "$T/a.txt"
	printf 'The strategy was\n   released in March, 2017.\n' > "$T/b.txt"
	run -0 txdiff "$T/a.txt" "$T/b.txt"
	[ "$output" = "The strategy was released in March, 2017." ]
	printf 'The Strategy was released in March; 2017.\n' > "$T/c.txt"
	run -1 txdiff "$T/a.txt" "$T/c.txt"
	[ "$output" = "The [-strategy-] {+Strategy+} was released in March[-,-]{+;+} 2017." ]
	run -1 txdiff -i "$T/a.txt" "$T/c.txt"
	[ "$output" = "The Strategy was released in March[-,-]{+;+} 2017." ]
}

@test "txdiff: of the minimal scripts, the one a reader expects" {
	# A deleted "(Applause.)" shows whole, never as "[-. (Applause-].[-)-]":
	# a speech with many, where moved-like repeats send the diff the
	# exact way.
	awk 'BEGIN { srand(5); for (p = 0; p < 30; p++) { for (s = 0; s < 4; s++) { n = 4 + int(rand() * 6); t = "We"; for (k = 0; k < n; k++) t = t " w" int(rand() * 40); printf "%s.%s", t, (rand() < 0.5 ? " (Applause.) " : " ") } print "\n" } }' > "$T/a.txt"
	sed 's/ (Applause\.)//g' "$T/a.txt" > "$T/b.txt"
	run -1 txdiff "$T/a.txt" "$T/b.txt"
	[ "$(grep -o '\[-(Applause.)-\]' <<< "$output" | wc -l)" -eq "$(grep -o '(Applause' "$T/a.txt" | wc -l)" ]
	[ "${output// \[-(Applause.)-\]/}" = "$(txdiff "$T/b.txt" "$T/b.txt")" ]
	printf 'The crowd cheered. (Applause.) Then he said.\n' > "$T/a.txt"
	printf 'The crowd cheered. Then he said.\n' > "$T/b.txt"
	run -1 txdiff "$T/a.txt" "$T/b.txt"
	[ "$output" = "The crowd cheered. [-(Applause.)-] Then he said." ]
	# A sentence that begins as the next one does goes whole.
	printf 'Yes. We will act. We will act now.\n' > "$T/a.txt"
	printf 'Yes. We will act now.\n' > "$T/b.txt"
	run -1 txdiff "$T/a.txt" "$T/b.txt"
	[ "$output" = "Yes. [-We will act.-] We will act now." ]
	printf 'Look. The cat sat. The dog ran.\n' > "$T/a.txt"
	printf 'Look. The dog ran.\n' > "$T/b.txt"
	run -1 txdiff "$T/a.txt" "$T/b.txt"
	[ "$output" = "Look. [-The cat sat.-] The dog ran." ]
	run -1 txdiff --tsv "$T/a.txt" "$T/b.txt"
	[ "${lines[2]}" = $'delete\t6\t18\t\t\t0\t2\t\t\tThe cat sat.\t' ]
	# An inserted sentence with its own full stop, a repeated word.
	printf 'He said no. Then he left.\n' > "$T/a.txt"
	printf 'He said no. He said no again. Then he left.\n' > "$T/b.txt"
	run -1 txdiff "$T/a.txt" "$T/b.txt"
	[ "$output" = "He said no. {+He said no again.+} Then he left." ]
	printf 'It was a very very good day.\n' > "$T/a.txt"
	printf 'It was a very good day.\n' > "$T/b.txt"
	run -1 txdiff "$T/a.txt" "$T/b.txt"
	[ "$output" = "It was a very [-very-] good day." ]
	# Still minimal.
	[ "$(edits "$T/a.txt" "$T/b.txt")" = 1 ]
}

@test "txdiff outputs: --csv, --stat, --context, --color, --by sent" {
	printf 'One two three four five six seven eight nine ten. Eleven twelve.\n' > "$T/a.txt"
	printf 'One two three four FIVE six seven eight nine ten. Eleven twelve thirteen.\n' > "$T/b.txt"
	run -1 txdiff --csv "$T/a.txt" "$T/b.txt"
	[ "${lines[0]}" = $'op,a_start,a_end,b_start,b_end,a_sec,a_sent,b_sec,b_sent,a_text,b_text\r' ]
	[ "${lines[2]}" = $'replace,19,23,19,23,0,1,0,1,five,FIVE\r' ]
	[ "${lines[4]}" = $'insert,,,64,72,,,0,2,,thirteen\r' ]
	run -1 txdiff --stat "$T/a.txt" "$T/b.txt"
	[ "$output" = "$T/a.txt $T/b.txt: old 12 words, 11 common 91.7%, 0 deleted 0.0%, 1 changed 8.3%, 0 moved 0.0%; new 13 words, 11 common 84.6%, 1 inserted 7.7%, 1 changed 7.7%, 0 moved 0.0%" ]
	run -1 txdiff --stat --csv "$T/a.txt" "$T/b.txt"
	[ "${lines[1]}" = "$T/a.txt,$T/b.txt,12,13,11,0,1,1,1,0,3"$'\r' ]
	run -1 txdiff --stat --tsv "$T/a.txt" "$T/b.txt"
	[ "${lines[1]}" = "$T/a.txt"$'\t'"$T/b.txt"$'\t12\t13\t11\t0\t1\t1\t1\t0\t3' ]
	run -2 --separate-stderr txdiff --stat --by sent "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txdiff: --stat and --by sent contradict each other" ]
	run -1 txdiff --context 2 "$T/a.txt" "$T/b.txt"
	[ "$output" = $'...\nthree four [-five-] {+FIVE+} six seven\n...\nEleven twelve {+thirteen+}.' ]
	run -1 txdiff --color=always "$T/a.txt" "$T/b.txt"
	[[ "$output" == *$'\033[31m[-five-]\033[0m \033[32m{+FIVE+}\033[0m'* ]]
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -1 bash -c 'NO_COLOR=1 script -qec "txdiff $1 $2" /dev/null' _ "$T/a.txt" "$T/b.txt"
	[[ "$output" != *$'\033[3'* ]]
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -1 bash -c 'script -qec "txdiff $1 $2" /dev/null' _ "$T/a.txt" "$T/b.txt"
	[[ "$output" == *$'\033[31m'* ]]
	printf 'Cats sleep all day long. Dogs bark at night. Birds sing.\n' > "$T/s1.txt"
	printf 'Birds sing in spring. Cats sleep all day. Fish swim.\n' > "$T/s2.txt"
	run -1 txdiff --by sent "$T/s1.txt" "$T/s2.txt"
	[ "${lines[0]}" = $'a_sent\ta_sec\tb_sent\tb_sec\tscore\ta_text\tb_text' ]
	# cats sleep all day long / cats sleep all day: 2 * 4 / (5 + 4)
	[ "${lines[1]}" = $'1\t0\t2\t0\t0.8889\tCats sleep all day long.\tCats sleep all day.' ]
	[ "${lines[2]}" = $'2\t0\t\t\t0.0000\tDogs bark at night.\t' ]
	# birds sing / birds sing in spring: 2 * 2 / (2 + 4)
	[ "${lines[3]}" = $'3\t0\t1\t0\t0.6667\tBirds sing.\tBirds sing in spring.' ]
}

@test "txdiff refuses options that contradict each other" {
	printf 'One two three. Four five.\n' > "$T/a.txt"
	printf 'One two. Four five six.\n' > "$T/b.txt"
	# the options given, then the two the message names
	while IFS='|' read -r opts want; do
		# shellcheck disable=SC2086	# the options, split
		run -2 --separate-stderr txdiff $opts "$T/a.txt" "$T/b.txt"
		[ "$stderr" = "txdiff: $want contradict each other" ] || { echo "$opts: $stderr"; false; }
		[ -z "$output" ]
	done <<-'EOF'
	--tsv --csv|--tsv and --csv
	--csv --tsv|--tsv and --csv
	--stat --tsv --csv|--tsv and --csv
	--by sent --stat|--stat and --by sent
	--context 2 --tsv|--context and --tsv
	--csv --context 0|--context and --csv
	--stat --context 1|--context and --stat
	--by sent --context 3|--context and --by sent
	--move-min 3 --by sent|--move-min and --by sent
	EOF
	# what goes together: --by sent as CSV; --color without effect on a table
	run -1 txdiff --by sent --csv "$T/a.txt" "$T/b.txt"
	[ "${lines[0]}" = $'a_sent,a_sec,b_sent,b_sec,score,a_text,b_text\r' ]
	run -1 txdiff --color=always --tsv "$T/a.txt" "$T/b.txt"
	[[ "$output" != *$'\033'* ]]
	run -1 txdiff --move-min 2 --stat --tsv "$T/a.txt" "$T/b.txt"
	[ "${#lines[@]}" -eq 2 ]
}

@test "txdiff --by sent is linear: 100,000 sentences with words in all of them" {
	# "the", "of", "and", "in", "a" are in every sentence: a search that
	# walks every sentence sharing a word takes hours here.
	awk 'BEGIN { srand(3); for (i = 1; i <= 100000; i++) printf "N%d the v%db of the v%dc and v%dd in a v%de.%s", i, int(rand() * 1000), int(rand() * 1000), int(rand() * 1000), int(rand() * 1000), (i % 4 ? " " : "\n\n") }' > "$T/a.txt"
	# b: the sentences in reverse order, every tenth with a word more
	tr -s '\n' ' ' < "$T/a.txt" | sed 's/\. /.\n/g' |
	    awk '{ s[NR] = $0 } END { for (i = NR; i > 0; i--) { t = s[i]; if (i % 10 == 0) sub(/ the /, " the new ", t); print t "\n" } }' > "$T/b.txt"
	run -1 timeout 60 txdiff --by sent "$T/a.txt" "$T/b.txt"
	[ "${#lines[@]}" -eq 100001 ]
	[ "${lines[1]}" = $'1\t0\t100000\t0\t1.0000\tN1 the v561b of the v224c and v393d in a v443e.\tN1 the v561b of the v224c and v393d in a v443e.' ]
	# Each sentence with its own: the same first word (N1 ... N100000),
	# b_sent 100001 - a_sent; 2 * 10 / (10 + 11) for the tenths.
	awk -F '\t' 'NR > 1 { split($6, x, " "); split($7, y, " ");
	    if (x[1] != y[1] || $3 != 100001 - $1 || $5 != ($1 % 10 ? "1.0000" : "0.9524")) bad++ }
	    END { exit bad > 0 }' <<< "$output"
}

@test "txdiff --by sent: a word in many sentences still finds the best of them" {
	# "alpha" is in 200 sentences of b, most longer than a's: the
	# sentences nearest to a in size are proposed, the best is found.
	{ for i in $(seq 1 200); do printf 'Alpha x%d y%d z%d w%d v%d.\n' "$i" "$i" "$i" "$i" "$i"; done
	  printf 'Alpha beta.\n'; } > "$T/b.txt"
	printf 'Alpha beta gamma.\n' > "$T/a.txt"
	run -1 txdiff --by sent "$T/a.txt" "$T/b.txt"
	[ "${lines[1]}" = $'1\t0\t201\t0\t0.8000\tAlpha beta gamma.\tAlpha beta.' ]
	printf 'Alpha gamma.\n' > "$T/a.txt"
	run -1 txdiff --by sent "$T/a.txt" "$T/b.txt"
	[ "${lines[1]}" = $'1\t0\t201\t0\t0.5000\tAlpha gamma.\tAlpha beta.' ]
	run -0 txdiff --by sent "$T/b.txt" "$T/b.txt"
	[ "${#lines[@]}" -eq 202 ]
}

@test "txdiff reads txseg's streams" {
	cd "$TX_ROOT"
	a=samples/2017-03-01-strategy-international-cooperation-cyberspace.txt
	b=samples/2017-03-01-summary-strategy-international-cooperation.txt
	txseg $a > "$T/a.tsv"
	txseg --unit=para $b > "$T/b.tsv"
	[ "$(edits "$T/a.tsv" "$T/b.tsv")" = "$(edits $a $b)" ]
	# A stream gives the same text, paragraphs and all, as its source.
	txseg --unit=para $b > "$T/bp.tsv"
	txseg $b > "$T/bs.tsv"
	cmp <(txdiff $b $b) <(txdiff $b "$T/bp.tsv")
	cmp <(txdiff $b $b) <(txdiff $b "$T/bs.tsv")
	# a stream file is read as the same stream on standard input
	run -1 --separate-stderr txdiff "$T/a.tsv" $b
	[ "$output" = "$(txdiff - $b < "$T/a.tsv")" ]
	[ "${#lines[@]}" -gt 0 ]
	txseg --unit=token $a > "$T/t.tsv"
	run -2 --separate-stderr txdiff "$T/t.tsv" $b
	[[ "$stderr" == *"a token stream: txdiff reads sentence or paragraph records" ]]
}

@test "txdiff refuses a stream with a broken header; reads one with a BOM, blank lines, a header again" {
	cd "$TX_ROOT"
	a=samples/2017-03-01-strategy-international-cooperation-cyberspace.txt
	b=samples/2017-03-01-summary-strategy-international-cooperation.txt
	txseg $a > "$T/a.tsv"
	txdiff --tsv "$T/a.tsv" $b > "$T/want" || [ $? -eq 1 ]
	[ "$(wc -l < "$T/want")" -gt 10 ]
	# read as text, these were diffed field by field, with exit 1
	sed '1s/\t/ /g' "$T/a.tsv" > "$T/spaces.tsv"
	run -2 --separate-stderr txdiff "$T/spaces.tsv" $b
	[ "$stderr" = "txdiff: $T/spaces.tsv: line 1: not txseg's header (doc sec par sent kind start end text, tab-separated)" ]
	[ -z "$output" ]
	sed '1s/^doc/# doc/' "$T/a.tsv" > "$T/hash.tsv"
	run -2 --separate-stderr txdiff $b "$T/hash.tsv"
	[ "$stderr" = "txdiff: $T/hash.tsv: line 1: not txseg's header, yet line 2 is a txseg record" ]
	tail -n +2 "$T/a.tsv" > "$T/nohdr.tsv"
	run -2 --separate-stderr txdiff "$T/nohdr.tsv" $b
	[ "$stderr" = "txdiff: $T/nohdr.tsv: line 1: a txseg record where txseg's header is due" ]
	run -2 --separate-stderr txdiff - $b < "$T/nohdr.tsv"
	[ "$stderr" = "txdiff: -: line 1: a txseg record where txseg's header is due" ]
	# a blank line was refused here and skipped by the other readers
	{ printf '\xef\xbb\xbf'; cat "$T/a.tsv"; } > "$T/bom.tsv"
	cmp "$T/want" <(txdiff --tsv "$T/bom.tsv" $b)
	awk 'NR == 2 || NR == 9 { print "" } { print }' "$T/a.tsv" > "$T/blank.tsv"
	cmp "$T/want" <(txdiff --tsv "$T/blank.tsv" $b)
	{ head -9 "$T/a.tsv"; head -1 "$T/a.tsv"; tail -n +10 "$T/a.tsv"; } > "$T/again.tsv"
	cmp "$T/want" <(txdiff --tsv "$T/again.tsv" $b)
	awk -F '\t' -v OFS='\t' 'NR == 5 { $6 = "x" } { print }' "$T/a.tsv" > "$T/bad.tsv"
	run -2 --separate-stderr txdiff "$T/bad.tsv" $b
	[ "$stderr" = "txdiff: $T/bad.tsv: line 5: not a txseg sentence or paragraph record" ]
}

@test "txdiff bad input: missing, directory, invalid UTF-8, empty, CRLF, BOM, full disk, head" {
	printf 'Some text.\n' > "$T/a.txt"
	run -2 --separate-stderr txdiff "$T/a.txt" "$T/none.txt"
	[ "$stderr" = "txdiff: $T/none.txt: No such file or directory" ]
	[ -z "$output" ]
	run -2 --separate-stderr txdiff "$T" "$T/a.txt"
	[ "$stderr" = "txdiff: $T: Is a directory" ]
	printf 'ok\n\xff\n' > "$T/bad.txt"
	run -2 --separate-stderr txdiff "$T/a.txt" "$T/bad.txt"
	[[ "$stderr" == "txdiff: $T/bad.txt: invalid UTF-8 at byte 3"*"--lossy" ]]
	[ -z "$output" ]
	printf 'a\0b\n' > "$T/nul.txt"
	run -2 --separate-stderr txdiff "$T/nul.txt" "$T/a.txt"
	[[ "$stderr" == "txdiff: $T/nul.txt: invalid UTF-8 at byte 1"*"--lossy" ]]
	: > "$T/e1.txt"
	: > "$T/e2.txt"
	run -0 txdiff "$T/e1.txt" "$T/e2.txt"
	[ -z "$output" ]
	run -1 txdiff "$T/e1.txt" "$T/a.txt"
	[ "$output" = "{+Some text.+}" ]
	# The empty side's fields: once memcpy from NULL (UBSan stops there).
	run -1 --separate-stderr txdiff --csv "$T/e1.txt" "$T/a.txt"
	[ "${lines[1]}" = $'insert,,,0,10,,,0,1,,Some text.\r' ]
	[ -z "$stderr" ]
	run -0 txdiff --tsv "$T/e1.txt" "$T/e2.txt"
	[ "$output" = "$HEADER" ]
	printf 'Some text.\r\n' > "$T/crlf.txt"
	printf '\xef\xbb\xbfSome text.\n' > "$T/bom.txt"
	run -0 txdiff "$T/a.txt" "$T/crlf.txt"
	run -0 txdiff "$T/a.txt" "$T/bom.txt"
	run -1 txdiff - "$T/a.txt" <<< "Some other text."
	[ "$output" = "Some {+other+} text." ] || [ "$output" = "Some [-other-] text." ]
	cd "$TX_ROOT"
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -2 --separate-stderr bash -c 'txdiff "$1" "$2" > /dev/full' _ samples/2017-03-01-s*.txt
	[ "$stderr" = "txdiff: write error: No space left on device" ]
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -0 bash -c 'txdiff --tsv "$1" "$2" | head -1' _ samples/2017-03-01-s*.txt
	[ "$output" = "$HEADER" ]
}

# peak_rss FILE CMD...: runs CMD, its output to /dev/null, and puts its
# peak RSS in bytes in FILE.
peak_rss() {
	local f=$1
	shift
	/usr/bin/time -o "$f" -f %M "$@" > /dev/null || [ $? = 1 ]
	echo $(( $(tail -1 "$f") * 1024 )) > "$f"
}

@test "txdiff holds at most twice its two inputs (a 64 MiB pair)" {
	[ -x /usr/bin/time ] || skip "no GNU time"
	# clang links ASan in statically: look for it in the binary, not ldd.
	if grep -qa __asan_init "$(command -v txdiff)"; then
		skip "the sanitizers' memory is not txdiff's"
	fi
	# 32 MiB of text with a growing vocabulary, and the same with a
	# paragraph inserted halfway.  Before: 7.5 times (503 MB).
	awk 'BEGIN { srand(7); n = 0; while (n < 33554432) { m = 5 + int(rand() * 15); s = "W" int(rand() * 100); for (k = 0; k < m; k++) s = s " w" int(rand() * rand() * 30000); s = s (rand() < 0.1 ? ".\n\n" : ". "); n += length(s); printf "%s", s } print "" }' > "$T/a.txt"
	n=$(wc -l < "$T/a.txt")
	{ head -n $((n / 2)) "$T/a.txt"; printf 'An inserted sentence here.\n\n'; tail -n +$((n / 2 + 1)) "$T/a.txt"; } > "$T/b.txt"
	run -1 txdiff --stat --csv "$T/a.txt" "$T/b.txt"
	[ "$(tr -d '\r' <<< "${lines[1]}" | cut -d, -f11)" = 5 ]
	inputs=$(( $(stat -c %s "$T/a.txt") + $(stat -c %s "$T/b.txt") ))
	peak_rss "$T/rss" txdiff "$T/a.txt" "$T/b.txt"
	echo "inline: peak RSS $(cat "$T/rss") bytes for $inputs bytes of input"
	[ "$(cat "$T/rss")" -le $((2 * inputs)) ]
	# Offsets for --tsv cost 2 bytes a token more.
	peak_rss "$T/rss" txdiff --tsv "$T/a.txt" "$T/b.txt"
	echo "--tsv: peak RSS $(cat "$T/rss") bytes"
	[ "$(cat "$T/rss")" -le $((5 * inputs / 2)) ]
	# All inserted: no index of every k-gram (it took 17 times the
	# text); one document's reading alone is 1.7 times it.
	peak_rss "$T/rss" txdiff /dev/null "$T/b.txt"
	echo "all inserted: peak RSS $(cat "$T/rss") bytes"
	[ "$(cat "$T/rss")" -le $((3 * $(stat -c %s "$T/b.txt"))) ]
}

@test "txdiff compares two long lines" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	# Memory is linear in the input (about 70 bytes a token): 16 MiB
	# lines, 4 million tokens in all.
	size=$((16 << 20))
	yes 'Word word word.' | tr '\n' ' ' | head -c "$size" > "$T/a.txt"
	{ head -c $((size / 2)) "$T/a.txt"; printf 'Needle. '; tail -c $((size / 2)) "$T/a.txt"; } > "$T/b.txt"
	run -1 --separate-stderr /usr/bin/time -o "$T/rss" -f %M txdiff --tsv "$T/a.txt" "$T/b.txt"
	[ -z "$stderr" ]
	[ "$(grep -c '^insert' <<< "$output")" -eq 1 ]
	# Peak RSS: 11 times the two inputs today (2026-12: 351 MiB for two
	# 16 MiB lines); the bound, 11.5 times, keeps it from growing.
	rss_at_most "$T/rss" $((2 * size * 23 / 2))
	grep -q $'^insert\t\t\t'$((size / 2))$'\t'$((size / 2 + 7))$'\t' <<< "$output"
}

# ---- cleanup options (as txseg's) ----

@test "txdiff takes txseg's cleanup options: bylines and page numbers differ only when kept" {
	printf 'By Jane Doe\n\nThe committee met on Monday.\n\n\f12\n\nIt went on.\n' > "$T/a.txt"
	printf 'By John Roe\n\nThe committee met on Monday.\n\n\f13\n\nIt went on.\n' > "$T/b.txt"
	run -0 txdiff --rules
	[ "$output" = "$(txseg --rules)" ]
	# Dropped as furniture, the two are the same text.
	run -0 txdiff "$T/a.txt" "$T/b.txt"
	run -1 txdiff --no-drop=byline "$T/a.txt" "$T/b.txt"
	[ "${lines[0]}" = "By [-Jane Doe-] {+John Roe+}" ]
	run -1 txdiff --drop=byline "$T/a.txt" "$T/b.txt"
	[ "$output" = "The committee met on Monday.

[-12-]

{+13+}

It went on." ]
	run -0 --separate-stderr txdiff -v --dropped "$T/d.tsv" "$T/a.txt" "$T/b.txt"
	[ "$stderr" = $'doc\trule\tlines\na\tpage-number\t1\na\tbyline\t1\na\ttotal\t2\nb\tpage-number\t1\nb\tbyline\t1\nb\ttotal\t2' ]
	[ "$(col 5 < "$T/d.tsv" | tr '\n' ' ')" = "byline page-number byline page-number " ]
	run -2 --separate-stderr txdiff --keep --no-drop=byline "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txdiff: --keep and --no-drop contradict each other" ]
	run -2 --separate-stderr txdiff --heading '9:x' "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txdiff: --heading: level 9 is not 1 to 6 (in '9:x')" ]
}
