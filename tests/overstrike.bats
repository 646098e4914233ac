#!/usr/bin/env bats
# Overprinted bold (overstrike.c): PDF text where every character of a
# heading stands k times ("EEEEXXXXIIIITTTT") reads as its words in every
# tool, with source offsets that cut out its k copies exactly; ordinary
# text, underlines, placeholders and tables of letters are left alone;
# --keep keeps it all as it is.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	# Two numbered headings printed four times (spaces 4 and 2 times),
	# body text, a heading printed twice with a doubled letter, and one
	# printed three times with punctuation and digits.
	{
		printf 'IIII....    OOOOVVVVEEEERRRRVVVVIIIIEEEEWWWW\n'
		printf 'The strategy sets out the goals of the country. It is short.\n\n'
		printf 'IIIIIIII....  SSSSccccooooppppeeee    aaaannnndddd    AAAAiiiimmmmssss\n'
		printf 'This part says what the policy covers and what it is for.\n\n'
		printf 'SSUUMMMMAARRYY  OOFF  AACCTTIIOONNSS\n'
		printf 'Each action has an owner and a date.\n\n'
		printf 'PPPlllaaannn   222000222000---222000222555\n'
		printf 'Work begins in the first year.\n'
	} > "$T/bold.txt"
}

# The text column of txseg's records.
texts() {
	txseg "$@" | col 8
}

@test "overstrike: headings printed 2, 3 and 4 times read as their words" {
	run -0 txseg "$T/bold.txt"
	[ "$(col 5 <<< "$output" | tr '\n' ' ')" = "heading text text heading text heading text heading text " ]
	[ "$(awk -F '\t' '$5 == "heading" { print $8 }' <<< "$output" | tr '\n' '|')" = \
	    "I. OVERVIEW|II. Scope and Aims|SUMMARY OF ACTIONS|Plan 2020-2025|" ]
	# The numbered ones open sections 1 and 2, as they would unprinted.
	[ "$(awk -F '\t' '$5 == "heading" { print $2 }' <<< "$output" | tr '\n' ' ')" = "1 2 2 2 " ]
	[ "$(col 8 <<< "$output" | sed -n 2p)" = "The strategy sets out the goals of the country." ]
}

@test "overstrike: every stage sees the words: the same records as the text written plainly" {
	printf '%s\n' 'I. OVERVIEW' \
	    'The strategy sets out the goals of the country. It is short.' '' \
	    'II. Scope and Aims' \
	    'This part says what the policy covers and what it is for.' '' \
	    'SUMMARY OF ACTIONS' 'Each action has an owner and a date.' '' \
	    'Plan 2020-2025' 'Work begins in the first year.' > "$T/plain.txt"
	txseg --id x "$T/plain.txt" | cut -f1-5,8 > "$T/plain.tsv"
	run -0 txseg --id x "$T/bold.txt"
	[ "$(cut -f1-5,8 <<< "$output")" = "$(cat "$T/plain.tsv")" ]
	# Headings, numbering and sections too, in every unit.
	txseg --id x --unit=section "$T/plain.txt" | cut -f1-5,8 > "$T/plain.tsv"
	run -0 txseg --id x --unit=section "$T/bold.txt"
	[ "$(cut -f1-5,8 <<< "$output")" = "$(cat "$T/plain.tsv")" ]
}

@test "overstrike: a run among ordinary words, a doubled letter, a dash of three bytes" {
	run -0 texts <<< 'Short Term  IIIIddddeeeennnnttttiiiiffffyyyyiiiinnnngggg    CCCCNNNNIIIIIIII and the rest.'
	[ "$output" = "Short Term Identifying CNII and the rest." ]
	run -0 texts <<< $'FFFFIIIIVVVVEEEE ––––YYYYEEEEAAAARRRR PPPPLLLLAAAANNNN ((((2222000011116666))))\n\nText follows here.'
	[ "${lines[0]}" = "FIVE –YEAR PLAN (2016)" ]
	run -0 texts <<< 'A sssseeeellllffff----rrrreeeelllliiiiaaaannnncccceeee goal.'
	[ "$output" = "A self-reliance goal." ]
}

@test "overstrike: a short bold cell reads as its words beside a long run of its k, alone it stays" {
	printf 'RRRRIIIISSSSKKKK    RRRREEEEGGGGIIIISSSSTTTTEEEERRRR\n\nNNNNoooo....\tiiiinnnn 2222000011119999\t33330000\nAfter WWII the plan was made.\n' > "$T/cells.txt"
	run -0 texts "$T/cells.txt"
	[ "${lines[0]}" = "RISK REGISTER" ]
	[ "${lines[1]}" = "No. in 2019 33330000" ]
	[ "${lines[2]}" = "After WWII the plan was made." ]
	printf 'NNNNoooo....\tiiiinnnn 2222000011119999\n' > "$T/cells.txt"
	run -0 texts "$T/cells.txt"
	[ "$output" = "NNNNoooo.... iiiinnnn 2222000011119999" ]
}

@test "overstrike: words, underlines, numerals and tables that repeat letters stay" {
	printf '%s\n' 'Mississippi and the committee said aaa, zzz and Hmmmm.' \
	    '====' 'IIII. The fourth item.' 'IIII' 'xxxx-xxxx xxxx-xxxx' \
	    'xx xx xx xx' 'AA BB CC DD' 'Dates as YYYYMMDD, colours as RRGGBB.' \
	    '.... ---- ____' > "$T/plain.txt"
	# No rule drops a line: each is as it was, but for white space.
	run -0 txseg --drop=none "$T/plain.txt"
	[ "$(col 8 <<< "$output" | tr -d '\n ')" = "$(tr -d '\n ' < "$T/plain.txt")" ]
	[ "${lines[1]}" = $'plain\t0\t1\t1\ttext\t0\t54\tMississippi and the committee said aaa, zzz and Hmmmm.' ]
}

@test "overstrike: sentence and token offsets cut out the k copies exactly" {
	txseg --dropped "$T/d.tsv" "$T/bold.txt" > "$T/s.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/bold.txt" "$T/s.tsv" "$T/d.tsv"
	[ "$output" = "" ]
	txseg --unit=token "$T/bold.txt" > "$T/t.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/bold.txt" "$T/t.tsv" "$T/d.tsv"
	[ "$output" = "" ]
	# "I" is bytes 0-4, "." 4-8, "OVERVIEW" 12-44 (4 spaces before it);
	# "II" 107-115, "." 115-119, "Scope" 121-141 (2 spaces before it).
	[ "$(cut -f6-8 "$T/t.tsv" | sed -n '2,4p;19,21p' | tr '\t\n' ' |')" = \
	    "0 4 I|4 8 .|12 44 OVERVIEW|107 115 II|115 119 .|121 141 Scope|" ]
	[ "$(head -c 44 "$T/bold.txt" | tail -c 32)" = "OOOOVVVVEEEERRRRVVVVIIIIEEEEWWWW" ]
	[ "$(head -c 141 "$T/bold.txt" | tail -c 20)" = "SSSSccccooooppppeeee" ]
	# The checker is no rubber stamp: a span one byte short fails it.
	awk -F '\t' -v OFS='\t' 'NR == 2 { $7 = $7 - 1 } 1' "$T/s.tsv" > "$T/bad.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/bold.txt" "$T/bad.tsv" "$T/d.tsv"
	[[ "$output" == "record 1 [0, 43): text 'I. OVERVIEW' but source"* ]]
}

@test "overstrike: a running header printed four times is dropped with its source span and text" {
	for p in 1 2 3; do
		printf 'NNNNaaaattttiiiioooonnnnaaaallll    PPPPoooolllliiiiccccyyyy\n'
		printf 'Page %d has a sentence of its own that goes on and on here.\n%d\n\f' "$p" "$p"
	done > "$T/pages.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/pages.txt"
	# Line 4 starts with the form feed.
	[ "$(awk -F '\t' '$5 == "running-header" { print $2, $3, $4, $6 }' "$T/d.tsv" | head -2 | tr '\n' '|')" = \
	    "1 0 60 NNNNaaaattttiiiioooonnnnaaaallll    PPPPoooolllliiiiccccyyyy|4 122 183 NNNNaaaattttiiiioooonnnnaaaallll    PPPPoooolllliiiiccccyyyy|" ]
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "Page 1 has a sentence of its own that goes on and on here.|Page 2 has a sentence of its own that goes on and on here.|Page 3 has a sentence of its own that goes on and on here.|" ]
	[ "$(col 6 <<< "$output" | tr '\n' ' ')" = "61 184 307 " ]
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/pages.txt" <(txseg "$T/pages.txt") "$T/d.tsv"
	[ "$output" = "" ]
}

@test "overstrike: txfreq counts the words, txkwic finds them at their source offsets" {
	run -0 txfreq "$T/bold.txt"
	[[ "$output" == *$'\noverview\t1\t'* ]]
	[[ "$output" == *$'\nsummary\t1\t'* ]]
	[[ "$output" != *"oooo"* && "$output" != *"OOOO"* ]]
	run -0 txkwic --tsv -i 'overview|aims' "$T/bold.txt"
	[ "$(cut -f6-9 <<< "$output" | tail -n +2 | tr '\t\n' ' |')" = "12 44 I.  OVERVIEW|161 177 II. Scope and  Aims|" ]
}

@test "overstrike: --keep leaves overprinted text as it is" {
	run -0 texts --keep "$T/bold.txt"
	[ "${lines[0]}" = "IIII.... OOOOVVVVEEEERRRRVVVVIIIIEEEEWWWW" ]
	run -0 txfreq --keep "$T/bold.txt"
	[[ "$output" == *$'\noooovvvveeeerrrrvvvviiiieeeewwww\t1\t'* ]]
}

@test "overstrike: a run that starts beyond ASCII, after a long line of Chinese, at every alignment and after a tab" {
	# The scan skips eight bytes at a time where no separator is; the
	# run's first word must be found wherever the eight bytes fall.
	local pad sep
	for sep in ' ' $'\t'; do
		for pad in x xx xxx xxxx xxxxx xxxxxx xxxxxxx xxxxxxxx; do
			run -0 texts <<< "网络安全法律法规和标准体系建设$pad${sep}ÉÉÉÉTTTTAAAATTTT    ddddeeee    DDDDRRRROOOOIIIITTTT"
			[ "$output" = "网络安全法律法规和标准体系建设$pad ÉTAT de DROIT" ]
		done
	done
	# The first character printed once: Chinese text stays as it is.
	run -0 texts <<< '网网络络 安安全全法 中中国国国'
	[ "$output" = '网网络络 安安全全法 中中国国国' ]
}
