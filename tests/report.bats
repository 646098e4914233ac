#!/usr/bin/env bats
# scripts/report (`make report`): report/README says what every file is,
# and a count has one name and one meaning across the files.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	cd "$TX_ROOT" || return 1
	REPORT_DIR="$T/rep" TX_BIN="${TX_BIN:-$TX_ROOT/bin}" scripts/report > "$T/out"
}

@test "report: README names every file the report writes, and only those" {
	R="$T/rep"
	[ -s "$R/README" ]
	[[ "$(tail -1 "$T/out")" == "report: wrote "*" files to $R/ (start with $R/README)" ]]
	for f in "$R"/*; do
		f=${f##*/}
		[ "$f" = README ] && continue
		grep -q "^$f\( \|$\)" "$R/README" || { echo "not in README: $f"; false; }
	done
	grep -oE '^[a-z0-9-]+\.(tsv|csv)' "$R/README" | while read -r f; do
		[ -s "$R/$f" ] || { echo "README names a missing file: $f"; false; }
	done
	[ ! -s "$R/log" ]
}

@test "report: tokens, words and items mean what README says, in every file" {
	R="$T/rep"
	[ "$(head -1 "$R/summary.tsv")" = $'doc\tsections\tparagraphs\tsentences\theadings\ttoc\ttokens\twords\tdropped' ]
	[ "$(head -1 "$R/stats.tsv")" = $'doc\titems\ttypes\tttr\tsentences\tmean_sentence_length' ]
	n=0
	while IFS=$'\t' read -r doc _ _ _ _ _ tokens words _; do
		f="samples/$doc.txt"
		# tokens: every token record; words: those of type word
		[ "$tokens" = "$(txseg --unit=token "$f" | tail -n +2 | wc -l)" ]
		[ "$words" = "$(txseg --unit=token "$f" | awk -F '\t' '$9 == "word"' | wc -l)" ]
		# items: the tokens other than punctuation and symbols, contents
		# lines aside, which is the sum of the word list's counts
		items=$(awk -F '\t' -v d="$doc" '$1 == d { print $2 }' "$R/stats.tsv")
		[ "$items" = "$(txseg --unit=token "$f" | awk -F '\t' 'NR > 1 && $5 != "toc" && $9 != "punct" && $9 != "sym"' | wc -l)" ]
		[ "$items" = "$(txfreq "$f" | col 2 | paste -sd+ | bc)" ]
		[ "$items" -lt "$tokens" ]
		n=$((n + 1))
	done < <(tail -n +2 "$R/summary.tsv")
	[ "$n" -eq 5 ]
}
