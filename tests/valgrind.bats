#!/usr/bin/env bats
# valgrind finds nothing: no invalid reads or writes, no use of
# uninitialised memory, no leaks, on the samples and on bad input.  (The
# sanitized round of scripts/run-tests skips this file: ASan binaries do
# not run under valgrind, and ASan checks the same things there.)
bats_require_minimum_version 1.5.0

setup() {
	load helper
	case "${TX_BIN:-}" in
	*/asan*/*) skip "an ASan build does not run under valgrind" ;;
	esac
	T="$BATS_TEST_TMPDIR"
	# pcre2's JIT code reads whole words past a subject's bytes, which
	# valgrind cannot tell from a bug: patterns run interpreted here.
	# shellcheck disable=SC2054 # the commas are inside valgrind's option values
	VG=(env TX_NOJIT=1 valgrind -q --error-exitcode=99 --leak-check=full
	    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect)
}

@test "valgrind: txseg on all samples, every unit and option" {
	cd "$TX_ROOT"
	for u in sent para section token; do
		run -0 --separate-stderr "${VG[@]}" txseg --unit=$u --dropped "$T/d.tsv" samples/*.txt
		[ -z "$stderr" ] || { echo "$u: $stderr"; false; }
	done
	run -0 --separate-stderr "${VG[@]}" txseg --csv --keep --split-hyphens --heading '^[0-9]' samples/*.txt
	[ -z "$stderr" ]
}

@test "valgrind: txseg on a 3 MB document split by two threads" {
	cd "$TX_ROOT"
	for _ in $(seq 30); do cat samples/*.txt; echo; done > "$T/big.txt"
	run -0 --separate-stderr "${VG[@]}" txseg "$T/big.txt"
	[ -z "$stderr" ]
	[ "${#lines[@]}" -gt 10000 ]
}

@test "valgrind: txseg on bad input and stdin" {
	printf 'ok\n\xff bad\n' > "$T/bad.txt"
	run -2 --separate-stderr "${VG[@]}" txseg "$T/bad.txt"
	[[ "$stderr" == "txseg: $T/bad.txt: invalid UTF-8 at byte 3"*"--lossy" ]]
	run -0 --separate-stderr "${VG[@]}" txseg --lossy "$T/bad.txt"
	[ "$stderr" = "txseg: $T/bad.txt: invalid UTF-8 at byte 3, replaced by U+FFFD" ]
	run -2 --separate-stderr "${VG[@]}" txseg "$T/missing" "$TX_ROOT/samples/corpus.tsv"
	[ "$stderr" = "txseg: $T/missing: No such file or directory" ]
	run -0 --separate-stderr bash -c 'printf "A b. C d.\r\n" | "$@" txseg -' _ "${VG[@]}"
	[ -z "$stderr" ]
}

@test "valgrind: txseg --lossy --heading matches bad bytes inside the buffer" {
	# A lookbehind over raw invalid bytes at the start of the input once
	# made pcre2 read before the buffer (PCRE2_NO_UTF_CHECK).
	printf '\x80\x80 Heading\n\nSome text here.\n' > "$T/h.txt"
	for p in '(?<=\x80)' '.\bH' '(?<=.).'; do
		run -0 --separate-stderr "${VG[@]}" txseg --lossy --heading "$p" "$T/h.txt"
		[ "$stderr" = "txseg: $T/h.txt: invalid UTF-8 at byte 0, replaced by U+FFFD" ] ||
		    { echo "$p: $stderr"; false; }
	done
}

@test "valgrind: txfreq on the samples, raw and as a stream" {
	cd "$TX_ROOT"
	run -0 --separate-stderr "${VG[@]}" txfreq --csv samples/*.txt
	[ -z "$stderr" ]
	run -0 --separate-stderr bash -c 'txseg samples/*.txt | "$@" txfreq --top 5' _ "${VG[@]}"
	[ -z "$stderr" ]
}

@test "valgrind: txfreq's tables, stems, stop words, terms and merge" {
	cd "$TX_ROOT"
	printf 'critical information infrastructure\nrule of law\n' > "$T/terms.txt"
	run -0 --separate-stderr "${VG[@]}" txfreq --stem --stop en -n 1-3 --terms "$T/terms.txt" --by doc --dispersion samples/*.txt
	[ -z "$stderr" ]
	txfreq --by section samples/2016*.txt > "$T/a.tsv"
	txfreq --by section samples/20[12][17]*.txt > "$T/b.tsv"
	run -0 --separate-stderr "${VG[@]}" txfreq --merge --wide --tfidf "$T/a.tsv" "$T/b.tsv"
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txfreq --stats samples/*.txt
	[ -z "$stderr" ]
	run -0 --separate-stderr bash -c 'txseg --no-header samples/*.txt | "$@" txfreq --stream --parts section --dispersion' _ "${VG[@]}"
	[ -z "$stderr" ]
}

@test "valgrind: txkwic on the samples, every output, and bad patterns" {
	cd "$TX_ROOT"
	run -0 --separate-stderr "${VG[@]}" txkwic --sort L1,R2 -i -e 'sovereign\w*' -p 'critical information infrastructure' samples/*.txt
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txkwic --csv --words 3 --within sent multilateral samples/*.txt
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txkwic --count China samples/*.txt
	[ -z "$stderr" ]
	run -0 --separate-stderr bash -c 'txseg samples/*.txt | "$@" txkwic --plot China' _ "${VG[@]}"
	[ -z "$stderr" ]
	run -2 --separate-stderr "${VG[@]}" txkwic -e ok -e 'x(' samples/corpus.tsv
	[ "$stderr" = "txkwic: 'x(': bad regex at offset 2: missing closing parenthesis" ]
}

@test "valgrind: txcoll on the samples: measures, positions, clusters, groups, the network" {
	cd "$TX_ROOT"
	two=(samples/2016-12-27*.txt samples/2021*.txt)
	run -0 --separate-stderr "${VG[@]}" txcoll --positions --stop en -i 'sovereign\w*' "${two[@]}"
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txcoll --within para -n 1-2 --by doc --min-range 1 -p 'cyber security' samples/*.txt
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txcoll --clusters 3 --within doc sovereignty "${two[@]}"
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txcoll --network graphml --depth 2 --top 3 -w sovereignty "${two[@]}"
	[ -z "$stderr" ]
	run -2 --separate-stderr "${VG[@]}" txcoll sovereignty samples/*.txt "$BATS_TEST_TMPDIR/none"
	[ "$stderr" = "txcoll: $BATS_TEST_TMPDIR/none: No such file or directory" ]
}

@test "valgrind: txdiff on the samples, every output" {
	cd "$TX_ROOT"
	a=samples/2016-12-27-strategy-national-cyberspace-security.txt
	scripts/make-pair $a 3 0.03 0.3 > "$BATS_TEST_TMPDIR/b.txt"
	# shellcheck disable=SC2086 # $o holds several options, split on purpose
	for o in "" --tsv --stat "--stat --csv" "--by sent" "--context 3 --color=always" "-i --move-min 4"; do
		run -1 --separate-stderr "${VG[@]}" txdiff $o $a "$BATS_TEST_TMPDIR/b.txt"
		[ -z "$stderr" ] || { echo "$o: $stderr"; false; }
	done
	run -2 --separate-stderr "${VG[@]}" txdiff $a "$BATS_TEST_TMPDIR/none"
	[ "$stderr" = "txdiff: $BATS_TEST_TMPDIR/none: No such file or directory" ]
}

@test "valgrind: txkeys on text, tables and --target" {
	cd "$TX_ROOT"
	run -0 --separate-stderr "${VG[@]}" txkeys --stem --stop en -n 1-2 --g2 4term --p 0.05 samples/2021*.txt samples/2016-12-27*.txt
	[ -z "$stderr" ]
	txfreq --by doc samples/*.txt > "$BATS_TEST_TMPDIR/bydoc.tsv"
	run -0 --separate-stderr "${VG[@]}" txkeys --target 2021-10-20-position-international-rules-making "$BATS_TEST_TMPDIR/bydoc.tsv"
	[ -z "$stderr" ]
	run -2 --separate-stderr "${VG[@]}" txkeys samples/2021*.txt "$BATS_TEST_TMPDIR/none"
	[ "$stderr" = "txkeys: $BATS_TEST_TMPDIR/none: No such file or directory" ]
}

@test "valgrind: Chinese: jieba's model, traditional text through --zh-convert (OpenCC), txkwic --collate" {
	# (a law in Taiwan's characters, with a phrase tw2sp shortens)
	printf '%s\n' '第一章　總則' '' '第一條　為保障網路安全，維護國家主權。' '' \
	    '第二條　本法所稱電腦系統，指使用記憶體與處理器儲存資料之設備。' > "$T/t.txt"
	for conv in t2s tw2sp; do
		run -0 --separate-stderr "${VG[@]}" txseg --unit=token --zh-convert $conv "$T/t.txt"
		[ -z "$stderr" ] || { echo "$conv: $stderr"; false; }
		[ "${#lines[@]}" -gt 20 ]
	done
	run -0 --separate-stderr "${VG[@]}" txfreq -n 2 --zh-convert t2s "$T/t.txt"
	[ -z "$stderr" ]
	run -0 --separate-stderr "${VG[@]}" txkwic --sort L1 --collate pinyin --zh-convert t2s 网 "$T/t.txt"
	[ -z "$stderr" ]
	[ "${#lines[@]}" -ge 1 ]
}
