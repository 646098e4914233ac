# Loaded by every bats file: puts the tools under test first on PATH
# (TX_BIN, set by scripts/run-tests to bin/ or the sanitized build) and
# gives the tests a scratch directory.
TX_ROOT="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
PATH="${TX_BIN:-$TX_ROOT/bin}:$PATH"
SAMPLES="$TX_ROOT/samples"
# shellcheck disable=SC2034 # used by the bats files that load this one
DATA="$TX_ROOT/tests/data"
export LC_ALL=C.UTF-8
# No word list for line-end hyphens (words.h), so that no result depends
# on the machine's dictionary: the hyphen judge goes by the corpus and the
# spelling; a test of the list writes its own and sets TX_WORDS to it.
export TX_WORDS=

# A sample by the start of its name: sample 2016-12-01
sample() {
	local f
	for f in "$SAMPLES"/"$1"*.txt; do
		printf '%s\n' "$f"
		return
	done
}

# Field N (1-based) of every data row of a TSV stream on stdin.
col() {
	awk -F '\t' -v c="$1" 'NR > 1 { print $c }'
}

# big_line FILE: one line of $TX_BIG_SIZE bytes (default 1 GiB), the
# 64-byte sentence 'Internationalisation internationalisation
# internationalisation. ' over and over, no newline: size / 64 sentences
# of three words, the word size / 64 * 3 times.  Three long words a
# sentence, not a short word's many: the bound is on bytes, and a byte of
# this costs a quarter of the tokens of 'Word word word. ' (the four 1 GB
# tests took 220 of make test's 600 s with it).  It prints the size.
BIG_UNIT='Internationalisation internationalisation internationalisation.'
big_line() {
	local size=$((1 << 30))
	[ -n "${TX_BIG_SIZE:-}" ] && size=$TX_BIG_SIZE
	size=$((size / 64 * 64))
	yes "$BIG_UNIT" | tr '\n' ' ' | head -c "$size" > "$1"
	echo "$size"
}

# rss_at_most FILE BYTES: the peak RSS that GNU time wrote to FILE
# (`/usr/bin/time -o FILE -f %M`: KiB, on its last line) is at most BYTES.
# Under AddressSanitizer, whose shadow memory and quarantine multiply RSS,
# it only prints the figure: the bound is for the release build.
rss_at_most() {
	local kib
	kib=$(tail -1 "$1")
	echo "peak RSS $kib KiB, bound $(($2 >> 10)) KiB"
	if grep -qa __asan_init "$(command -v txseg)"; then
		echo "an ASan build: the RSS bound is not checked"
		return 0
	fi
	[ "$kib" -le $(($2 >> 10)) ]
}
