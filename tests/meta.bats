#!/usr/bin/env bats
# --meta: the documents' variables (meta.h), grouping by them in txfreq
# (--by VAR, --parts VAR), txkeys (--target VAR=VALUE, --reference) and
# txkwic (--count --by VAR), and txseg's stream carrying them
# (--meta-columns) through every tool.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	mkdir -p "$T/c"
	# Four documents of one sentence each; items (words) per document:
	# a1 3, a2 2, b1 3, b2 1.
	printf 'red red blue.\n' > "$T/c/a1.txt"
	printf 'blue green.\n' > "$T/c/a2.txt"
	printf 'red red red.\n' > "$T/c/b1.txt"
	printf 'grey.\n' > "$T/c/b2.txt"
	# b2 has no row.  The keys: a path as given, a base name, doc ids.
	{
		printf 'doc\tyear\tkind\tcountry\n'
		printf '%s\t2017\tstrategy\tcn\n' "$T/c/a1.txt"
		printf 'a2.txt\t2017\tpaper\tus\n'
		printf 'b1\t2021\tstrategy\tcn\n'
	} > "$T/m.tsv"
	# The same as CSV, a quoted title with a comma in it.
	cat > "$T/m.csv" <<-EOF
	doc,year,title,kind,country
	a1,2017,"Red, mostly",strategy,cn
	a2,2017,Blue,paper,us
	b1,2021,"Red ""again""",strategy,cn
	EOF
	F=("$T/c/a1.txt" "$T/c/a2.txt" "$T/c/b1.txt" "$T/c/b2.txt")
}

@test "txfreq --by year: the counts per value, by hand; the missing row reported once" {
	run -0 --separate-stderr txfreq --meta "$T/m.tsv" --by year "${F[@]}"
	# 2017 = a1 + a2: red 2, blue 1 + 1, green 1 in 3 + 2 = 5 items;
	# 2021 = b1: red 3 of 3; the empty group = b2: grey 1 of 1.
	[ "${lines[0]}" = $'year\tterm\tcount\tper_million' ]
	[ "${lines[1]}" = $'2017\tblue\t2\t400000.00' ]
	[ "${lines[2]}" = $'2017\tred\t2\t400000.00' ]
	[ "${lines[3]}" = $'2017\tgreen\t1\t200000.00' ]
	[ "${lines[4]}" = $'2021\tred\t3\t1000000.00' ]
	[ "${lines[5]}" = $'\tgrey\t1\t1000000.00' ]
	[ "${#lines[@]}" = 6 ]
	# shellcheck disable=SC2154 # bats sets stderr (run --separate-stderr)
	[ "$stderr" = "txfreq: $T/m.tsv: no row for document 'b2' ($T/c/b2.txt): its values are empty" ]
	# The CSV table gives the same table.
	run -0 --separate-stderr txfreq --meta "$T/m.csv" --by year "${F[@]}"
	[ "${lines[1]}" = $'2017\tblue\t2\t400000.00' ]
	[ "${lines[4]}" = $'2021\tred\t3\t1000000.00' ]
	# --csv, and --wide: one column per value.
	run -0 --separate-stderr txfreq --meta "$T/m.tsv" --by year --csv "${F[@]}"
	[ "${lines[0]}" = $'year,term,count,per_million\r' ]
	[ "${lines[5]}" = $',grey,1,1000000.00\r' ]
	run -0 --separate-stderr txfreq --meta "$T/m.tsv" --by kind --wide "${F[@]}"
	[ "${lines[0]}" = $'term\tcount\tstrategy\tpaper\t' ]
	[ "${lines[1]}" = $'red\t5\t5\t0\t0' ]
}

@test "txfreq --by VAR --dispersion: the parts are each value's documents" {
	run -0 --separate-stderr txfreq --meta "$T/m.tsv" --by kind --dispersion "${F[@]}"
	# strategy = a1 (3 items: red 2, blue 1) + b1 (3: red 3): red is in
	# both documents, 5 of 6 items: DP = 1/2 (|2/5 - 1/2| + |3/5 - 1/2|) = 0.1.
	[ "${lines[0]}" = $'kind\tterm\tcount\tper_million\trange\tjuilland_d\tgries_dp' ]
	[[ "${lines[1]}" == $'strategy\tred\t5\t833333.33\t2\t'*$'\t0.1000' ]]
}

@test "txfreq --dispersion --parts kind: range and DP over the values" {
	run -0 --separate-stderr txfreq --meta "$T/m.tsv" --dispersion --parts kind "${F[@]}"
	# Parts: strategy 6 items, paper 2, the empty group 1 (9 in all).
	# blue: 1 in strategy, 1 in paper: range 2, DP = 1/2 (|1/2 - 6/9| +
	# |1/2 - 2/9| + |0 - 1/9|) = 1/2 (1/6 + 5/18 + 1/9) = 0.2778.
	row=$(grep $'^blue\t' <<< "$output")
	[[ "$row" == $'blue\t2\t222222.22\t2\t'*$'\t0.2778' ]]
	# red only in strategy: range 1, DP = 1/2 (|1 - 6/9| + 2/9 + 1/9) = 1/3.
	row=$(grep $'^red\t' <<< "$output")
	[[ "$row" == $'red\t5\t555555.56\t1\t'*$'\t0.3333' ]]
}

@test "txkeys --target kind=strategy equals the hand-split comparison" {
	cat "$T/c/a1.txt" "$T/c/b1.txt" > "$T/strategy.txt"
	cat "$T/c/a2.txt" "$T/c/b2.txt" > "$T/rest.txt"
	# Ranges count documents, which the split files merged: compare the
	# rest.
	run -0 --separate-stderr txkeys --meta "$T/m.tsv" --target kind=strategy "${F[@]}"
	got=$(cut -f 1-5,8- <<< "$output")
	want=$(txkeys "$T/strategy.txt" "$T/rest.txt" | cut -f 1-5,8-)
	[ "$got" = "$want" ]
	[ "$(grep -c . <<< "$got")" = 5 ]
	[[ "$(grep $'^red\t' <<< "$output")" == $'red\t5\t0\t833333.33\t0.00\t2\t0\t'* ]]
}

@test "txkeys --target year=2021 --reference year=2017 equals the hand-split comparison" {
	cat "$T/c/a1.txt" "$T/c/a2.txt" > "$T/y2017.txt"
	run -0 --separate-stderr txkeys --meta "$T/m.csv" --target year=2021 --reference year=2017 "${F[@]}"
	got=$(cut -f 1-5,8- <<< "$output")
	want=$(txkeys "$T/c/b1.txt" "$T/y2017.txt" | cut -f 1-5,8-)
	[ "$got" = "$want" ]
	# grey (b2, no year) is on neither side.
	run ! grep -q $'^grey\t' <<< "$output"
}

@test "txkeys --target and --reference: one variable, a value that is there" {
	run -2 --separate-stderr txkeys --meta "$T/m.tsv" --target year=2021 --reference kind=paper "${F[@]}"
	[ "$stderr" = "txkeys: --target year=2021 and --reference kind=paper: one variable for both sides" ]
	run -2 --separate-stderr txkeys --meta "$T/m.tsv" --target year=1999 "${F[@]}"
	[[ "$stderr" == *"txkeys: --target year=1999: no document has year '1999'" ]]
	run -2 --separate-stderr txkeys --reference year=2017 "${F[@]}"
	[ "$stderr" = "txkeys: --reference goes with --target" ]
	run -2 --separate-stderr txkeys --target year=2017 "${F[@]}"
	[ "$stderr" = "txkeys: --target year: a variable needs --meta FILE (or txseg's stream with that column)" ]
}

@test "txkwic --count --by country: documents, hits and words per value" {
	run -0 --separate-stderr txkwic --count --by country --meta "$T/m.tsv" -e 'red|blue' "${F[@]}"
	# cn: a1 (3 hits of 3 words) + b1 (3 of 3); us: a2 (1 of 2); the
	# empty group: b2 (0 of 1).
	[ "${lines[0]}" = $'country\tdocs\thits\twords' ]
	[ "${lines[1]}" = $'cn\t2\t6\t6' ]
	[ "${lines[2]}" = $'us\t1\t1\t2' ]
	[ "${lines[3]}" = $'\t1\t0\t1' ]
	[ "${#lines[@]}" = 4 ]
	run -2 --separate-stderr txkwic --by country -e red "${F[@]}"
	[ "$stderr" = "txkwic: --by goes with --count" ]
}

@test "txseg --meta-columns: the variables after doc, through every tool" {
	run -0 --separate-stderr txseg --meta "$T/m.csv" --meta-columns year,kind "${F[@]}"
	[ "${lines[0]}" = $'doc\tyear\tmeta_kind\tsec\tpar\tsent\tkind\tstart\tend\ttext' ]
	[ "${lines[1]}" = $'a1\t2017\tstrategy\t0\t1\t1\ttext\t0\t13\tred red blue.' ]
	[ "${lines[4]}" = $'b2\t\t\t0\t1\t1\ttext\t0\t5\tgrey.' ]
	[ "$stderr" = "txseg: $T/m.csv: no row for document 'b2' ($T/c/b2.txt): its values are empty" ]
	txseg --meta "$T/m.csv" --meta-columns year,kind,country "${F[@]}" 2> /dev/null > "$T/s.tsv"
	txseg --meta "$T/m.csv" --meta-columns year --unit=token "${F[@]}" 2> /dev/null > "$T/tok.tsv"
	# No --meta again: the stream carries the columns.
	run -0 --separate-stderr txfreq --by year < "$T/s.tsv"
	[ "$output" = "$(txfreq --meta "$T/m.tsv" --by year "${F[@]}" 2> /dev/null)" ]
	[ "$stderr" = "" ]
	run -0 txfreq --by year < "$T/tok.tsv"
	[ "$output" = "$(txfreq --meta "$T/m.tsv" --by year "${F[@]}" 2> /dev/null)" ]
	run -0 txfreq < "$T/s.tsv"
	[ "$output" = "$(txfreq "${F[@]}")" ]
	run -0 txfreq --dispersion --parts kind < "$T/s.tsv"
	[ "$output" = "$(txfreq --meta "$T/m.tsv" --dispersion --parts kind "${F[@]}" 2> /dev/null)" ]
	# "kind" is a stream field: the variable is written meta_kind and
	# found by either name.
	run -0 txfreq --by meta_kind < "$T/s.tsv"
	[ "${lines[1]}" = "$(txfreq --meta "$T/m.tsv" --by kind "${F[@]}" 2> /dev/null | sed -n 2p)" ]
	[ "${lines[0]}" = $'meta_kind\tterm\tcount\tper_million' ]
	run -0 txkeys --target kind=strategy - < "$T/s.tsv"
	[ "$output" = "$(txkeys --meta "$T/m.tsv" --target kind=strategy "${F[@]}" 2> /dev/null)" ]
	run -0 txkwic --count --by country -e 'red|blue' < "$T/s.tsv"
	[ "$output" = "$(txkwic --count --by country --meta "$T/m.tsv" -e 'red|blue' "${F[@]}" 2> /dev/null)" ]
	run -0 txkwic --tsv -e green < "$T/s.tsv"
	[ "${lines[1]}" = $'a2\t0\t1\t1\ttext\t5\t10\tblue \tgreen\t.' ]
	run -1 txdiff - "$T/c/a1.txt" < "$T/s.tsv"
	[ "$output" != "" ]
	# A column the stream lacks.
	run -2 --separate-stderr txfreq --by author < "$T/s.tsv"
	[ "$stderr" = "txfreq: -: --by: the stream has no column 'author' (its columns after doc: year, meta_kind, country; or give --meta FILE)" ]
}

@test "txfreq --by VAR tables merge, the group column kept; txkeys reads them" {
	txfreq --meta "$T/m.tsv" --by year "${F[@]:0:2}" > "$T/t1.tsv"
	txfreq --meta "$T/m.tsv" --by year "${F[@]:2}" 2> /dev/null > "$T/t2.tsv"
	run -0 txfreq --merge "$T/t1.tsv" "$T/t2.tsv"
	[ "$output" = "$(txfreq --meta "$T/m.tsv" --by year "${F[@]}" 2> /dev/null)" ]
	txfreq --by doc "${F[@]}" > "$T/d.tsv"
	run -2 --separate-stderr txfreq --merge "$T/t1.tsv" "$T/d.tsv"
	[[ "$stderr" == *"its columns differ from the first table's" ]]
	run -2 --separate-stderr txfreq --merge --by kind "$T/t1.tsv"
	[ "$stderr" = "txfreq: --merge: the tables are per year: give --by year, or none" ]
	# txkeys takes such a table as a corpus whose documents are the
	# values (ranges count values there, documents with the files).
	txfreq --meta "$T/m.tsv" --by year "${F[@]}" 2> /dev/null > "$T/y.tsv"
	run -0 txkeys --target year=2021 "$T/y.tsv"
	[ "$(cut -f 1-5,8- <<< "$output")" = "$(txkeys --meta "$T/m.tsv" --target year=2021 "${F[@]}" 2> /dev/null | cut -f 1-5,8-)" ]
	run -2 --separate-stderr txkeys --target kind=paper "$T/y.tsv"
	[ "$stderr" = "txkeys: --target kind=paper: $T/y.tsv is a table per year: make it with txfreq --by kind" ]
}

@test "a bad metadata table or variable is refused with exit 2" {
	printf 'doc\tyear\na1\t2017\na1.txt\t2018\na1\t2019\n' > "$T/dup.tsv"
	run -2 --separate-stderr txfreq --meta "$T/dup.tsv" --by year "${F[@]}"
	[ "$stderr" = "txfreq: $T/dup.tsv: row 4: key 'a1' again (first on row 2): one document, two rows" ]
	[ "$output" = "" ]
	run -2 --separate-stderr txfreq --meta "$T/m.tsv" --by yeer "${F[@]}"
	[ "$stderr" = "txfreq: --by: no variable 'yeer' in $T/m.tsv (its columns: year, kind, country)" ]
	[ "$output" = "" ]
	run -2 --separate-stderr txseg --meta "$T/m.tsv" --meta-columns year,yeer "${F[@]}"
	[ "$stderr" = "txseg: --meta-columns: no variable 'yeer' in $T/m.tsv (its columns: year, kind, country)" ]
	run -2 --separate-stderr txfreq --meta "$T/m.tsv" --parts yeer --dispersion "${F[@]}"
	[ "$stderr" = "txfreq: --parts: no variable 'yeer' in $T/m.tsv (its columns: year, kind, country)" ]
	run -2 --separate-stderr txkwic --count --by yeer --meta "$T/m.tsv" -e red "${F[@]}"
	[ "$stderr" = "txkwic: --by: no variable 'yeer' in $T/m.tsv (its columns: year, kind, country)" ]
	printf 'doc\tyear\na1\t2017\t3\n' > "$T/wide.tsv"
	run -2 --separate-stderr txfreq --meta "$T/wide.tsv" --by year "${F[@]}"
	[ "$stderr" = "txfreq: $T/wide.tsv: row 2: 3 fields, the header has 2" ]
	printf 'doc,year\na1,"2017\n' > "$T/open.csv"
	run -2 --separate-stderr txfreq --meta "$T/open.csv" --by year "${F[@]}"
	[[ "$stderr" == "txfreq: $T/open.csv: row 2: not CSV"* ]]
	printf 'doc\tyear\na1\t20\xff\n' > "$T/bad.tsv"
	run -2 --separate-stderr txfreq --meta "$T/bad.tsv" --by year "${F[@]}"
	[ "$stderr" = "txfreq: $T/bad.tsv: invalid UTF-8 at byte 14" ]
	run -2 --separate-stderr txfreq --meta "$T/none.tsv" --by year "${F[@]}"
	[ "$stderr" = "txfreq: $T/none.tsv: No such file or directory" ]
	run -2 --separate-stderr txfreq --by year "${F[@]}"
	[ "$stderr" = "txfreq: --by year: a variable needs --meta FILE (or txseg's stream with that column)" ]
}

@test "a document without a row is reported exactly once in every tool; an empty value is the empty group, silently" {
	msg="$T/m.tsv: no row for document 'b2' ($T/c/b2.txt): its values are empty"
	for tool in "txfreq --by year" "txfreq --dispersion --parts kind" "txfreq --by kind --dispersion" \
	    "txkwic --count --by country -e red" "txkeys --target kind=strategy" \
	    "txkeys --target year=2021 --reference year=2017" "txseg --meta-columns year"; do
		# shellcheck disable=SC2086 # the tool and its arguments
		run -0 --separate-stderr $tool --meta "$T/m.tsv" "${F[@]}"
		[ "$stderr" = "${tool%% *}: $msg" ] || { echo "$tool: $stderr"; return 1; }
	done
	# Given twice, still one document, one report.
	run -0 --separate-stderr txfreq --by year --meta "$T/m.tsv" "${F[@]}" "$T/c/b2.txt"
	[ "$stderr" = "txfreq: $msg" ]
	# Through a stream without the columns: the doc ids are the keys
	# (m.csv's), and a stream's document has no path to name.
	txseg "${F[@]}" > "$T/plain.tsv"
	for tool in "txkwic --count --by country -e red" "txfreq --by year"; do
		# shellcheck disable=SC2086 # the tool and its arguments
		run -0 --separate-stderr $tool --meta "$T/m.csv" < "$T/plain.tsv"
		[ "$stderr" = "${tool%% *}: $T/m.csv: no row for document 'b2': its values are empty" ] || { echo "$tool: $stderr"; return 1; }
		# shellcheck disable=SC2086 # the tool and its arguments
		[ "$output" = "$($tool --meta "$T/m.tsv" "${F[@]}" 2> /dev/null)" ]
	done
	run -0 --separate-stderr txkeys --target kind=strategy --meta "$T/m.csv" - < "$T/plain.tsv"
	[ "$stderr" = "txkeys: $T/m.csv: no row for document 'b2': its values are empty" ]
	[ "$output" = "$(txkeys --target kind=strategy --meta "$T/m.tsv" "${F[@]}" 2> /dev/null)" ]
	# Every document with a row, one of them an empty year: no report,
	# and that document is in the empty group.
	{ cat "$T/m.tsv"; printf 'b2\t\tnote\tus\n'; } > "$T/full.tsv"
	run -0 --separate-stderr txfreq --meta "$T/full.tsv" --by year "${F[@]}"
	[ -z "$stderr" ]
	[ "${lines[5]}" = $'\tgrey\t1\t1000000.00' ]
	run -0 --separate-stderr txkwic --count --by year --meta "$T/full.tsv" -e grey "${F[@]}"
	[ -z "$stderr" ]
	[ "${lines[3]}" = $'\t1\t1\t1' ]
	run -0 --separate-stderr txkeys --meta "$T/full.tsv" --target year=2021 "${F[@]}"
	[ -z "$stderr" ]
}

@test "txdiff reads a --meta-columns stream as the text it carries" {
	txseg --meta "$T/m.csv" --meta-columns year,kind "$T/c/a1.txt" > "$T/s1.tsv"
	run -0 --separate-stderr txdiff "$T/s1.tsv" "$T/c/a1.txt"
	[ -z "$stderr" ]
	[ "$output" = "red red blue." ]
	run -1 txdiff "$T/s1.tsv" "$T/c/b1.txt"
	[ "$output" = "red red [-blue-] {+red+}." ]
}

@test "--meta keys by file name or absolute path match a stream's documents as ids do" {
	cd "$T"
	printf 'doc\tyear\na1\t2017\na2\t2017\nb1\t2021\nb2\t2021\n' > ids.tsv
	printf 'doc\tyear\na1.txt\t2017\na2.txt\t2017\nb1.txt\t2021\nb2.txt\t2021\n' > names.tsv
	printf 'doc\tyear\n%s/c/a1.txt\t2017\n%s/c/a2.txt\t2017\n%s/c/b1.txt\t2021\n%s/c/b2.txt\t2021\n' \
	    "$T" "$T" "$T" "$T" > abs.tsv
	txseg c/*.txt > s.tsv
	run -0 --separate-stderr txfreq --meta ids.tsv --by year < s.tsv
	[ -z "$stderr" ]
	want=$output
	# red: 2 + 3 in 2017 and 2021; grey only in 2021
	[[ "$want" == *$'\n2017\tred\t2\t'* ]]
	[[ "$want" == *$'\n2021\tred\t3\t'* ]]
	[[ "$want" == *$'\n2021\tgrey\t1\t'* ]]
	run -0 --separate-stderr txfreq --meta names.tsv --by year < s.tsv
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	run -0 --separate-stderr txfreq --meta abs.tsv --by year < s.tsv
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	# the same through a pipe, and with the stream as a file
	run -0 --separate-stderr bash -c 'txseg c/*.txt | txfreq --meta abs.tsv --by year'
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	run -0 --separate-stderr txfreq --meta names.tsv --by year s.tsv
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	# an absolute key for a relative argument (and ./c/…): the same file
	run -0 --separate-stderr txfreq --meta abs.tsv --by year c/*.txt
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	run -0 --separate-stderr txfreq --meta abs.tsv --by year ./c/a1.txt c/../c/a2.txt c/b1.txt c/b2.txt
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	# a key of the same name in another folder is another file
	printf 'doc\tyear\nd/a1.txt\t2017\n' > other.tsv
	run -0 --separate-stderr txfreq --meta other.tsv --by year c/a1.txt
	[ "$stderr" = "txfreq: other.tsv: no row for document 'a1' (c/a1.txt): its values are empty" ]
}

@test "--meta: two keys for one document are reported once, not guessed; an exact id wins over a suffix" {
	cd "$T"
	txseg c/*.txt > s.tsv
	printf 'doc\tyear\nc/a1.txt\t2017\nd/a1.txt\t2021\na2\t2017\nb1\t2021\nb2\t2021\n' > amb.tsv
	run -0 --separate-stderr txfreq --meta amb.tsv --by year s.tsv
	[ "$stderr" = "txfreq: amb.tsv: document 'a1' matches two keys, 'c/a1.txt' and 'd/a1.txt': its values are empty (give one key for it)" ]
	# a1 is in the empty group: red 2 there, the 2021 red is b1's 3
	[[ "$output" == *$'\n\tred\t2\t'* ]]
	[[ "$output" == *$'\n2021\tred\t3\t'* ]]
	run -0 --separate-stderr txkwic --count --by year --meta amb.tsv red s.tsv
	[ "$stderr" = "txkwic: amb.tsv: document 'a1' matches two keys, 'c/a1.txt' and 'd/a1.txt': its values are empty (give one key for it)" ]
	# the id itself beside a suffix key: the id's row, silently
	printf 'doc\tyear\na1\t2017\nd/a1.txt\t2021\na2\t2017\nb1\t2021\nb2\t2021\n' > exact.tsv
	run -0 --separate-stderr txfreq --meta exact.tsv --by year s.tsv
	[ -z "$stderr" ]
	[[ "$output" == *$'\n2017\tred\t2\t'* ]]
	# two keys naming one file (relative and absolute), for a file argument
	printf 'doc\tyear\nc/a1.txt\t2017\n%s/c/a1.txt\t2021\n' "$T" > two.tsv
	run -0 --separate-stderr txfreq --meta two.tsv --by year ./c/a1.txt
	[ "$stderr" = "txfreq: two.tsv: document 'a1' matches two keys, 'c/a1.txt' and '$T/c/a1.txt': its values are empty (give one key for it)" ]
	# given as the key spells it, the path as given wins
	run -0 --separate-stderr txfreq --meta two.tsv --by year c/a1.txt
	[ -z "$stderr" ]
	[[ "$output" == *$'\n2017\tred\t2\t'* ]]
}

@test "a --meta-columns stream in a file groups by its column as on standard input" {
	cd "$T"
	txseg --meta m.tsv --meta-columns year c/*.txt 2> /dev/null > sy.tsv
	run -0 --separate-stderr txfreq --by year sy.tsv
	[ -z "$stderr" ]
	[ "$output" = "$(txfreq --by year < sy.tsv)" ]
	[[ "$output" == *$'\n2021\tred\t3\t'* ]]
	run -0 --separate-stderr txkwic --count --by year red sy.tsv
	[ -z "$stderr" ]
	[ "$output" = "$(txkwic --count --by year red < sy.tsv)" ]
	run -0 --separate-stderr txkeys --target year=2021 sy.tsv
	[ -z "$stderr" ]
	[ "$output" = "$(txkeys --target year=2021 - < sy.tsv)" ]
	# text files still need the table
	run -2 --separate-stderr txfreq --by year c/a1.txt
	[ "$stderr" = "txfreq: --by year: a variable needs --meta FILE (or txseg's stream with that column)" ]
	[ -z "$output" ]
}
