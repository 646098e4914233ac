#!/usr/bin/env bats
# Which document is which: ids unique in a run (same-named files told
# apart by their paths, --id-from), a stream with two documents of one id
# refused, and the inputs of --files-from (newline or NUL lists, stdin)
# and -r (a directory tree).
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	mkdir -p "$T/a" "$T/b"
	printf 'Alpha talks of ports. Alpha again.\n' > "$T/a/strategy.txt"
	printf 'Beta talks of roads. Beta again.\n' > "$T/b/strategy.txt"
}

# ---- ids ----

@test "txseg: two same-named files in two folders are a/strategy and b/strategy" {
	run -0 txseg "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "a/strategy b/strategy " ]
	[[ "$output" == *$'a/strategy\t0\t1\t1\ttext\t0\t21\tAlpha talks of ports.'* ]]
	# One input, or different names: the base name, as ever.
	run -0 txseg "$T/a/strategy.txt"
	[ "$(col 1 <<< "$output" | uniq)" = "strategy" ]
	# The ids of --dropped and --stats are the stream's.
	printf 'Page 1\n\nA text of one sentence here.\n\nPage 2\n\nAnd a second one here.\n\nPage 3\n' > "$T/a/p.txt"
	cp "$T/a/p.txt" "$T/b/p.txt"
	run -0 txseg --stats "$T/a/p.txt" "$T/b/p.txt"
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "a/p b/p " ]
	run -0 txseg --dropped "$T/d.tsv" "$T/a/p.txt" "$T/b/p.txt"
	[ "$(col 1 < "$T/d.tsv" | uniq | tr '\n' ' ')" = "a/p b/p " ]
}

@test "txfreq --by doc and txkwic name same-named files apart" {
	run -0 txfreq --by doc "$T/a/strategy.txt" "$T/b/strategy.txt"
	[[ "$output" == *$'\na/strategy\talpha\t2\t'* ]]
	[[ "$output" == *$'\nb/strategy\tbeta\t2\t'* ]]
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = "a/strategy b/strategy " ]
	run -0 txfreq --stats "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "a/strategy b/strategy " ]
	run -0 txkwic --tsv talks "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "a/strategy b/strategy " ]
	# The same through the stream: txseg's ids go on.
	txseg "$T/a/strategy.txt" "$T/b/strategy.txt" > "$T/s.tsv"
	run -0 txfreq --by doc < "$T/s.tsv"
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = "a/strategy b/strategy " ]
}

@test "txkeys --target a/strategy compares it with b/strategy; --target strategy names both" {
	run -0 txkeys --target a/strategy "$T/a/strategy.txt" "$T/b/strategy.txt"
	[[ "$output" == *$'\nalpha\t2\t0\t'*'+'* ]]
	[[ "$output" == *$'\nbeta\t0\t2\t'*'-'* ]]
	run -2 --separate-stderr txkeys --target strategy "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ -z "$output" ]
	[ "$stderr" = "txkeys: --target: no document 'strategy'; same-named files are named by their paths: a/strategy, b/strategy" ]
}

@test "three levels of same names: each id as long as it must be" {
	mkdir -p "$T/x/a" "$T/y/a" "$T/z/b"
	for d in x/a y/a z/b; do printf 'Text of %s.\n' "$d" > "$T/$d/s.txt"; done
	run -0 txseg "$T/x/a/s.txt" "$T/y/a/s.txt" "$T/z/b/s.txt"
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "x/a/s y/a/s b/s " ]
	run -0 txfreq --by doc "$T/x/a/s.txt" "$T/y/a/s.txt" "$T/z/b/s.txt"
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = "b/s x/a/s y/a/s " ]
	# Only the same-named take more; the same path twice is one id.
	run -0 txseg "$T/x/a/s.txt" "$T/a/strategy.txt" "$T/x/a/s.txt"
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "s strategy s " ]
	# Names that differ only in the extension: the paths as given.
	printf 'Markdown text.\n' > "$T/a/strategy.md"
	run -0 txseg "$T/a/strategy.txt" "$T/a/strategy.md"
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "$T/a/strategy.txt $T/a/strategy.md " ]
}

@test "--id-from base gives the old ids (one document), path the whole path" {
	run -0 txseg --id-from base "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | uniq)" = "strategy" ]
	run -0 txfreq --id-from base --by doc "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | sort -u)" = "strategy" ]
	[[ "$output" == *$'\nstrategy\tagain\t2\t'* ]]
	# One document: the rest of the corpus is empty, nothing to compare.
	run -0 txkeys --id-from base --target strategy "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "${#lines[@]}" -eq 1 ]
	cd "$T"
	run -0 txseg --id-from path ./a//strategy.txt b/strategy.txt
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "a/strategy b/strategy " ]
	run -0 txkwic --id-from path --tsv Alpha "$T/a/strategy.txt"
	[ "$(col 1 <<< "$output" | uniq)" = "$T/a/strategy" ]
	run -2 --separate-stderr txseg --id-from name a/strategy.txt
	[ "$stderr" = "txseg: --id-from: 'name': suffix, path or base" ]
	run -2 --separate-stderr txseg --id x --id-from path a/strategy.txt
	[ "$stderr" = "txseg: --id and --id-from contradict each other" ]
	run -2 --separate-stderr txfreq --merge --id-from base a/strategy.txt
	[ "$stderr" = "txfreq: --merge and --id-from contradict each other" ]
}

# ---- a stream with two documents of one id ----

@test "a stream whose id comes back after another's is refused, in every reader" {
	{ txseg --id-from base "$T/a/strategy.txt"
	  printf 'Gamma.\n' | txseg --id g --no-header
	  txseg --id-from base --no-header "$T/b/strategy.txt"; } > "$T/s.tsv"
	msg="-: line 5: records of 'strategy' again, after 'g': two documents with one id (txseg writes a document's records together; same-named files get their paths as ids unless --id-from base)"
	run -2 --separate-stderr txfreq < "$T/s.tsv"
	[ -z "$output" ]
	[ "$stderr" = "txfreq: $msg" ]
	run -2 --separate-stderr txfreq --by doc --stream - < "$T/s.tsv"
	[ "$stderr" = "txfreq: $msg" ]
	run -2 --separate-stderr txkwic -w Beta < "$T/s.tsv"
	[ "$stderr" = "txkwic: $msg" ]
	run -2 --separate-stderr txkeys --target g - < "$T/s.tsv"
	[ "$stderr" = "txkeys: $msg" ]
	run -2 --separate-stderr txdiff "$T/s.tsv" "$T/a/strategy.txt"
	[ "$stderr" = "txdiff: ${T}/s.tsv${msg#-}" ]
	# Each id together (sorted by doc, or cut by grep): read.
	sort -s -t "$(printf '\t')" -k1,1 "$T/s.tsv" > "$T/sorted.tsv"
	run -0 txfreq --by doc < "$T/sorted.tsv"
	[[ "$output" == *$'\nstrategy\tagain\t2\t'* ]]
	grep -v Gamma "$T/s.tsv" > "$T/cut.tsv"
	run -0 txfreq --by doc < "$T/cut.tsv"
	[[ "$output" == *$'\nstrategy\tagain\t2\t'* ]]
}

# ---- --files-from ----

@test "--files-from: a newline list and a NUL list (spaces, a newline in a name)" {
	mkdir "$T/c d"
	printf 'Delta text here.\n' > "$T/c d/e f.txt"
	printf 'Epsilon text here.\n' > "$T/new"$'\n'"line.txt"
	want=$(txseg "$T/a/strategy.txt" "$T/c d/e f.txt")
	printf '%s\n' "$T/a/strategy.txt" "" "$T/c d/e f.txt" > "$T/list"
	run -0 txseg --files-from "$T/list"
	[ "$output" = "$want" ]
	# CRLF lists too.
	sed 's/$/\r/' "$T/list" > "$T/crlf"
	run -0 txseg --files-from "$T/crlf"
	[ "$output" = "$want" ]
	printf '%s\0' "$T/a/strategy.txt" "$T/c d/e f.txt" "$T/new"$'\n'"line.txt" > "$T/nul"
	run -0 txfreq --by doc -0 --files-from "$T/nul"
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = $'e f new\\x0aline strategy ' ]
	run -0 txseg --null --files-from "$T/nul"
	[ "$(col 8 <<< "$output" | tail -1)" = "Epsilon text here." ]
	# Operands first, then the list.
	run -0 txseg --files-from "$T/list" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "b/strategy a/strategy e f " ]
	# A NUL in a newline list is a -0 list.
	run -2 --separate-stderr txseg --files-from "$T/nul"
	[ "$stderr" = "txseg: --files-from $T/nul: line 1 holds a NUL byte (a NUL-separated list wants -0)" ]
	run -2 --separate-stderr txseg -0 "$T/a/strategy.txt"
	[ "$stderr" = "txseg: -0 goes with --files-from" ]
	run -2 --separate-stderr txseg --files-from "$T/none"
	[ "$stderr" = "txseg: $T/none: No such file or directory" ]
	# An empty list: no input, the header only.
	run -0 txseg --files-from /dev/null
	[ "$output" = $'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext' ]
}

@test "--files-from - reads the list from stdin, in every tool that takes files" {
	find "$T/a" "$T/b" -name '*.txt' -print0 | sort -z > "$T/nul"
	run -0 txseg -0 --files-from - < "$T/nul"
	[ "$output" = "$(txseg "$T/a/strategy.txt" "$T/b/strategy.txt")" ]
	tr '\0' '\n' < "$T/nul" > "$T/list"
	run -0 txfreq --by doc --files-from - < "$T/list"
	[ "$output" = "$(txfreq --by doc "$T/a/strategy.txt" "$T/b/strategy.txt")" ]
	run -0 txkwic --tsv -0 --files-from - talks < "$T/nul"
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "a/strategy b/strategy " ]
	run -0 txkeys --target b/strategy -0 --files-from - < "$T/nul"
	[[ "$output" == *$'\nbeta\t2\t0\t'* ]]
	# stdin is the list: it cannot be an input too.
	run -2 --separate-stderr bash -c 'printf -- "-\n" | txseg --files-from -'
	[ "$stderr" = "txseg: --files-from -: the list is read from standard input, so '-' cannot be in it" ]
	run -2 --separate-stderr bash -c 'printf "x\n" | txfreq --files-from - -'
	[ "$stderr" = "txfreq: --files-from -: the list is read from standard input, so '-' cannot be an input" ]
}

@test "a missing file in the list is named, the rest done, exit 2" {
	printf '%s\n' "$T/a/strategy.txt" "$T/gone.txt" "$T/b/strategy.txt" > "$T/list"
	for tool in txseg txfreq; do
		run -2 --separate-stderr "$tool" --files-from "$T/list"
		[ "$stderr" = "$tool: $T/gone.txt: No such file or directory" ]
		[[ "$output" == *alpha* || "$output" == *Alpha* ]]
		[[ "$output" == *beta* || "$output" == *Beta* ]]
	done
	run -2 --separate-stderr txkwic --files-from "$T/list" -i beta
	[ "$stderr" = "txkwic: $T/gone.txt: No such file or directory" ]
	[[ "$output" == *Beta* ]]
	run -2 --separate-stderr txkeys --target a/strategy --files-from "$T/list"
	[ "$stderr" = "txkeys: $T/gone.txt: No such file or directory" ]
	[[ "$output" == *$'\nalpha\t2\t0\t'* ]]
}

# ---- -r ----

@test "-r reads a tree: regular files sorted by path, hidden ones and links skipped" {
	R="$T/tree"
	mkdir -p "$R/sub" "$R/.git" "$R/sub/.cache"
	printf 'Top b.\n' > "$R/b.txt"
	printf 'Top upper.\n' > "$R/B.txt"
	printf 'In sub.\n' > "$R/sub/x.txt"
	printf 'Hidden.\n' > "$R/.hidden.txt"
	printf 'Git.\n' > "$R/.git/config"
	printf 'Cache.\n' > "$R/sub/.cache/c.txt"
	ln -s b.txt "$R/link.txt"
	ln -s sub "$R/linkdir"
	mkfifo "$R/fifo"
	run -0 --separate-stderr timeout 30 txseg -r "$R"
	[ -z "$stderr" ]
	# Byte order: B < b.txt < sub/x.txt ('.' before '/'), in any locale.
	[ "$(col 8 <<< "$output" | tr '\n' ' ')" = "Top upper. Top b. In sub. " ]
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "B b x " ]
	run -0 txfreq --by doc --recursive "$R/"
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = "B b x " ]
	run -0 txkwic --tsv -r "$R" -i top
	[ "${#lines[@]}" -eq 3 ]
	# Several trees and lists, in the order given; a link named is read.
	run -0 txseg -r "$R/linkdir" -r "$T/a"
	[ "$(col 1 <<< "$output" | uniq | tr '\n' ' ')" = "x strategy " ]
	run -2 --separate-stderr txseg -r "$T/nowhere"
	[ "$stderr" = "txseg: $T/nowhere: No such file or directory" ]
	[ "$output" = $'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext' ]
}

@test "txdiff and txkeys without --target refuse lists and trees" {
	run -2 --separate-stderr txdiff -r "$T/a" "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$stderr" = "txdiff: -r: txdiff compares two files: name them as its two arguments, old new" ]
	run -2 --separate-stderr txdiff --files-from /dev/null "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$stderr" = "txdiff: --files-from: txdiff compares two files: name them as its two arguments, old new" ]
	run -2 --separate-stderr txkeys --files-from /dev/null "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$stderr" = "txkeys: --files-from: the corpus of --target DOC; without it the two sides are named as two arguments, target reference" ]
	run -2 --separate-stderr txkeys -0 "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$stderr" = "txkeys: -0: the corpus of --target DOC; without it the two sides are named as two arguments, target reference" ]
	# txdiff's --dropped names its two same-named files apart.
	printf 'Page 1\n\nA text of one sentence here.\n\nPage 2\n\nAnd a second one here.\n\nPage 3\n' > "$T/a/p.txt"
	sed 's/second/third/' "$T/a/p.txt" > "$T/b/p.txt"
	run -1 txdiff --dropped "$T/d.tsv" "$T/a/p.txt" "$T/b/p.txt"
	[ "$(col 1 < "$T/d.tsv" | uniq | tr '\n' ' ')" = "a/p b/p " ]
	run -1 txdiff --id-from base --dropped "$T/d.tsv" "$T/a/p.txt" "$T/b/p.txt"
	[ "$(col 1 < "$T/d.tsv" | uniq | tr '\n' ' ')" = "p " ]
}

@test "scripts/txfreq-parallel names same-named files as one run does" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed (make deps)"
	printf 'Gamma talks of ships. Gamma again.\n' > "$T/a/t.txt"
	# Each run counts part of the files, but names them by the whole
	# corpus (--corpus-list): a/strategy is not "strategy" in its run.
	# shellcheck disable=SC2086 # $o holds several options, split on purpose
	for o in "--by doc" "--stats" "--tfidf"; do
		txfreq $o "$T/a/strategy.txt" "$T/a/t.txt" "$T/b/strategy.txt" > "$T/one"
		[[ "$(cat "$T/one")" == *a/strategy* ]]
		"$TX_ROOT/scripts/txfreq-parallel" -j 3 $o "$T/a/strategy.txt" "$T/a/t.txt" "$T/b/strategy.txt" > "$T/three"
		cmp "$T/one" "$T/three"
	done
	# The same with --corpus-list by hand: the ids of the whole corpus.
	printf '%s\n' "$T/a/strategy.txt" "$T/a/t.txt" "$T/b/strategy.txt" > "$T/corpus"
	run -0 txfreq --by doc --corpus-list "$T/corpus" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | sort -u)" = "b/strategy" ]
}

@test "every tool's other outputs name same-named files apart: txkwic --count and --plot, txfreq --tfidf, txdiff -v, txkeys -r" {
	run -0 txkwic --count --by doc talks "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$output" = $'doc\tdocs\thits\twords\na/strategy\t1\t1\t6\nb/strategy\t1\t1\t6' ]
	run -0 txkwic --plot talks "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(cut -c 1-10 <<< "$output" | tr '\n' ' ')" = "a/strategy b/strategy " ]
	run -0 txfreq --tfidf "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = "a/strategy b/strategy " ]
	run -1 --separate-stderr txdiff -v "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$stderr" = $'doc\trule\tlines\na/strategy\ttotal\t0\nb/strategy\ttotal\t0' ]
	# -r in txkeys (with --target): the tree's ids, sorted, hidden skipped.
	mkdir -p "$T/r/x" "$T/r/.h"
	cp "$T/a/strategy.txt" "$T/r/x/"
	cp "$T/b/strategy.txt" "$T/r/"
	cp "$T/b/strategy.txt" "$T/r/.h/strategy.txt"
	run -0 txkeys --target x/strategy -r "$T/r"
	[ "$output" = "$(txkeys "$T/a/strategy.txt" "$T/b/strategy.txt")" ]
	# --id-from path in txfreq and txkeys.
	run -0 txfreq --id-from path --by doc "$T/a/strategy.txt"
	[ "$(col 1 <<< "$output" | sort -u)" = "$T/a/strategy" ]
	run -0 txkeys --id-from path --target "$T/b/strategy" "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$output" = "$(txkeys "$T/b/strategy.txt" "$T/a/strategy.txt")" ]
	# -0 (like -r and --files-from) is refused by txdiff.
	run -2 --separate-stderr txdiff -0 "$T/a/strategy.txt" "$T/b/strategy.txt"
	[ "$stderr" = "txdiff: -0: txdiff compares two files: name them as its two arguments, old new" ]
	[ -z "$output" ]
}
