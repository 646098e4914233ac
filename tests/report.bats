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

# readme_lists DIR OUT: DIR/README names every file of DIR and only those,
# OUT (the report's stdout) ends with the count, the log is empty.
readme_lists() {
	local R=$1 f
	[ -s "$R/README" ]
	[[ "$(tail -1 "$2")" == "report: wrote "*" files to $R/ (start with $R/README)" ]]
	for f in "$R"/*; do
		f=${f##*/}
		[ "$f" = README ] && continue
		grep -q "^$f\( \|$\)" "$R/README" || { echo "not in README: $f"; return 1; }
	done
	grep -oE '^[a-z0-9-]+\.(tsv|csv)' "$R/README" | while read -r f; do
		[ -s "$R/$f" ] || { echo "README names a missing file: $f"; return 1; }
	done
	[ ! -s "$R/log" ]
}

@test "report: README names every file the report writes, and only those" {
	readme_lists "$T/rep" "$T/out"
	# the samples are English: no Chinese section
	[ ! -e "$T/rep/zh-words.tsv" ]
	[ "$(grep -c '^zh-' "$T/rep/README")" -eq 0 ]
}

@test "report: tokens, words and items mean what README says, in every file" {
	R="$T/rep"
	[ "$(head -1 "$R/summary.tsv")" = $'doc\tsections\tparagraphs\tsentences\theadings\ttoc\ttokens\twords\tcjk\tdropped' ]
	[ "$(head -1 "$R/stats.tsv")" = $'doc\titems\ttypes\tttr\tsentences\tmean_sentence_length' ]
	n=0
	while IFS=$'\t' read -r doc _ _ _ _ _ tokens words cjk _; do
		f="samples/$doc.txt"
		# tokens: every token record; words: those of type word
		[ "$tokens" = "$(txseg --unit=token "$f" | tail -n +2 | wc -l)" ]
		[ "$words" = "$(txseg --unit=token "$f" | awk -F '\t' '$9 == "word"' | wc -l)" ]
		# cjk: those of type cjk (Han words)
		[ "$cjk" = "$(txseg --unit=token "$f" | awk -F '\t' '$9 == "cjk"' | wc -l)" ]
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

@test "report: a Chinese document beside the samples gets a Chinese section, in its own words" {
	in="$T/in"
	mkdir "$in"
	cp samples/*.txt samples/corpus.tsv "$in/"
	z=2016-11-07-law-test-zh
	# a law of two chapters and three articles, written for this test;
	# 主权 three times, twice inside the jieba word 空间主权
	printf '%s\n\n' '某某网络管理规定' '第一章　总　则' \
	    '第一条　为了维护网络空间主权和公共利益，制定本规定。' \
	    '第二条　在境内建设和使用网络，适用本规定。' \
	    '第二章　支持与促进' \
	    '第三条　国家尊重各国网络主权，维护网络空间主权，反对网络霸权。' > "$in/$z.txt"
	printf '%s\t%s.txt\t2016-11-07\t2016\t网络管理规定\ttest\tlaw\t0\twritten for the test\n' "$z" "$z" >> "$in/corpus.tsv"
	REPORT_SAMPLES="$in" REPORT_DIR="$T/zrep" TX_BIN="${TX_BIN:-$TX_ROOT/bin}" scripts/report > "$T/zout"
	R="$T/zrep"
	readme_lists "$R" "$T/zout"
	[ "$(grep -c '^zh-' "$R/README")" -eq 7 ]
	# summary: Han words counted as cjk, no Latin words; English docs none
	tok=$(txseg --unit=token "$in/$z.txt")
	[ "$(awk -F '\t' -v d="$z" '$1 == d { print $8, $9 }' "$R/summary.tsv")" = "0 $(awk -F '\t' '$9 == "cjk"' <<< "$tok" | wc -l)" ]
	[ "$(awk -F '\t' 'NR > 1 && $1 != "'"$z"'" && $9 != 0' "$R/summary.tsv" | wc -l)" -eq 0 ]
	# only the Chinese document is in the Chinese files
	[ "$(tail -n +2 "$R/zh-sections.tsv" | cut -f1 | sort -u)" = "$z" ]
	[ "$(tail -n +2 "$R/zh-words-by-doc.tsv" | cut -f1 | sort -u)" = "$z" ]
	# its tree: the title (section 0), two chapters, three articles under
	# them
	[ "$(awk -F '\t' '$5 == "heading" { print $2 }' "$R/zh-sections.tsv" | paste -sd ' ')" = "0 1 1.1 1.2 2 2.3" ]
	# every 主权, as grep counts them, compounds too
	[ "$(awk -F '\t' '$2 == "*" { print $3 }' "$R/zh-kwic-sovereignty-count.tsv")" = "$(grep -o '主权' "$in/$z.txt" | wc -l)" ]
	[ "$(tail -n +2 "$R/zh-kwic-sovereignty.csv" | wc -l)" -eq 3 ]
	# the collocates of 主权: f_node is grep's count; 维护 is in three
	# windows (L2 of both 空间主权, R1 of 网络主权 past the comma) of its
	# two occurrences (f_coll 2: the third article's is in two windows)
	[ "$(tail -n +2 "$R/zh-coll-sovereignty.tsv" | cut -f4 | sort -u)" = "$(grep -o '主权' "$in/$z.txt" | wc -l)" ]
	[ "$(awk -F '\t' '$1 == "维护" { print $2, $3 }' "$R/zh-coll-sovereignty.tsv")" = "3 2" ]
	# phrases without a space: 网络 + 空间主权, twice
	[ "$(awk -F '\t' '$1 == "网络空间主权" { print $2 }' "$R/zh-bigrams.tsv")" = 2 ]
	[ "$(cut -f1 "$R/zh-bigrams.tsv" | grep -c ' ')" -eq 0 ]
	# the English files hold it too, and the English sections are as before
	cmp "$R/kwic-sovereign.csv" "$T/rep/kwic-sovereign.csv"
}
