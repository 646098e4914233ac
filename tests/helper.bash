# Loaded by every bats file: puts the tools under test first on PATH
# (TX_BIN, set by scripts/run-tests to bin/ or the sanitized build) and
# gives the tests a scratch directory.
TX_ROOT="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
PATH="${TX_BIN:-$TX_ROOT/bin}:$PATH"
SAMPLES="$TX_ROOT/samples"
# shellcheck disable=SC2034 # used by the bats files that load this one
DATA="$TX_ROOT/tests/data"
export LC_ALL=C.UTF-8

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
