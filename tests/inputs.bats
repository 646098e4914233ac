#!/usr/bin/env bats
# Every tool reads each input once: a pipe, <(...), a FIFO or stdin among
# other inputs gives what the same bytes in a file give, and a file that
# changes between the passes is refused, with nothing of it written.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	mkdir "$T/p"
	# a's line-break hyphen is kept because b writes "co-operation": b's
	# bytes must be there in the pass that counts the words too.
	printf 'We need more co-\noperation between states.\n' > "$T/a.txt"
	printf 'The co-operation of states is the aim. It builds trust.\n' > "$T/b.txt"
	printf 'The last text is here. Trust is good, states say.\n' > "$T/c.txt"
}

# fifo SRC: a FIFO $T/p/<name of SRC> that a background writer fills with
# SRC once (it gives up after 60 s, so a failing test leaves nothing).
fifo() {
	local f="$T/p/${1##*/}"
	mkfifo "$f"
	# shellcheck disable=SC2016  # $1 and $2 are the inner shell's
	timeout 60 sh -c 'cat "$1" > "$2"' sh "$1" "$f" 3>&- &
}

# The hook the corpus runs after reading every input once.
between() {
	export TX_TEST_BETWEEN_PASSES="$1"
}

# ---- pipes, FIFOs and stdin among files ----

@test "txseg: <(...), a FIFO and stdin among files give the files' records" {
	want=$(txseg "$T/a.txt" "$T/b.txt" "$T/c.txt")
	[[ "$want" == *$'\tWe need more co-operation between states.'* ]]
	run -0 --separate-stderr timeout 30 txseg "$T/a.txt" <(cat "$T/b.txt") "$T/c.txt"
	[ -z "$stderr" ]
	[ "$(cut -f2- <<< "$output")" = "$(cut -f2- <<< "$want")" ]
	fifo "$T/b.txt"
	run -0 --separate-stderr timeout 30 txseg "$T/a.txt" "$T/p/b.txt" "$T/c.txt"
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	# Read once, given twice: the kept bytes serve both.
	fifo "$T/a.txt"
	run -0 timeout 30 txseg "$T/p/a.txt" "$T/b.txt" "$T/p/a.txt"
	[ "$output" = "$(txseg "$T/a.txt" "$T/b.txt" "$T/a.txt")" ]
	run -0 timeout 30 txseg "$T/a.txt" - "$T/c.txt" < "$T/b.txt"
	[ "$(cut -f2- <<< "$output")" = "$(cut -f2- <<< "$want")" ]
	[ "$(cut -f1 <<< "$output" | sort -u | tr '\n' ' ')" = "- a c doc " ]
}

@test "txfreq: <(...), a FIFO and stdin among files count as the files" {
	want=$(txfreq -n 1-2 "$T/a.txt" "$T/b.txt" "$T/c.txt")
	[[ "$want" == *$'\nco-operation\t2\t'* ]]
	run -0 --separate-stderr timeout 30 txfreq -n 1-2 "$T/a.txt" <(cat "$T/b.txt") <(cat "$T/c.txt")
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	fifo "$T/b.txt"
	fifo "$T/c.txt"
	run -0 timeout 30 txfreq --by doc "$T/a.txt" "$T/p/b.txt" "$T/p/c.txt"
	[ "$output" = "$(txfreq --by doc "$T/a.txt" "$T/b.txt" "$T/c.txt")" ]
	run -0 timeout 30 txfreq -n 1-2 "$T/a.txt" - "$T/c.txt" < "$T/b.txt"
	[ "$output" = "$want" ]
}

@test "txkwic: <(...) and a FIFO among files give the files' hits" {
	want=$(txkwic --tsv -i 'states|trust' "$T/a.txt" "$T/b.txt" "$T/c.txt")
	[ "$(wc -l <<< "$want")" -eq 6 ]
	run -0 --separate-stderr timeout 30 txkwic --tsv -i 'states|trust' <(cat "$T/a.txt") <(cat "$T/b.txt") "$T/c.txt"
	[ -z "$stderr" ]
	[ "$(cut -f2- <<< "$output")" = "$(cut -f2- <<< "$want")" ]
	fifo "$T/a.txt"
	fifo "$T/c.txt"
	run -0 timeout 30 txkwic --tsv -i 'states|trust' "$T/p/a.txt" "$T/b.txt" "$T/p/c.txt"
	[ "$output" = "$want" ]
}

@test "txdiff <(...) <(...) says two different texts differ, and the same texts are the same" {
	run -1 --separate-stderr timeout 30 txdiff <(cat "$T/a.txt") <(cat "$T/b.txt")
	[ -z "$stderr" ]
	[ "$output" = "$(txdiff "$T/a.txt" "$T/b.txt")" ]
	[[ "$output" == *"[-"*"{+"* ]]
	run -0 timeout 30 txdiff <(cat "$T/a.txt") <(cat "$T/a.txt")
	[ "$output" = "$(txdiff "$T/a.txt" "$T/a.txt")" ]
	fifo "$T/a.txt"
	fifo "$T/b.txt"
	run -1 timeout 30 txdiff --tsv "$T/p/a.txt" "$T/p/b.txt"
	[ "$output" = "$(txdiff --tsv "$T/a.txt" "$T/b.txt")" ]
	run -1 txdiff --stat "$T/a.txt" "$T/c.txt"
	want=$output
	[[ "$want" == *": old "* ]]
	run -1 timeout 30 txdiff --stat <(cat "$T/a.txt") - < "$T/c.txt"
	[ "${output#*: }" = "${want#*: }" ]
}

@test "txkeys: <(...) and FIFOs on both sides, and in --target, count as the files" {
	want=$(txkeys "$T/a.txt" "$T/b.txt")
	[ "$(wc -l <<< "$want")" -gt 5 ]
	run -0 --separate-stderr timeout 30 txkeys <(cat "$T/a.txt") <(cat "$T/b.txt")
	[ -z "$stderr" ]
	[ "$output" = "$want" ]
	fifo "$T/a.txt"
	fifo "$T/b.txt"
	run -0 timeout 30 txkeys "$T/p/a.txt" "$T/p/b.txt"
	[ "$output" = "$want" ]
	want=$(txkeys --target c "$T/a.txt" "$T/b.txt" "$T/c.txt")
	[ "$(wc -l <<< "$want")" -gt 5 ]
	fifo "$T/c.txt"
	run -0 timeout 30 txkeys --target c <(cat "$T/a.txt") "$T/b.txt" "$T/p/c.txt"
	[ "$output" = "$want" ]
}

# ---- a file that changes between the passes ----

@test "txseg refuses a file that grew between the passes and writes the others whole" {
	printf 'One more line of the first text.\n' >> "$T/c.txt"
	want=$(txseg "$T/b.txt" "$T/c.txt")
	# Found in pass 2 (no line-break hyphen: pass 1 reads a file once).
	between "printf 'It goes on and on and on\n' >> '$T/b.txt'"
	run -2 --separate-stderr txseg "$T/b.txt" "$T/c.txt"
	[ "$stderr" = "txseg: $T/b.txt: changed while being read" ]
	[ "$output" = "$(txseg "$T/c.txt")" ]
	# Found when pass 1 reads the files again to count words.
	cp "$T/a.txt" "$T/a2.txt"
	between "printf 'It goes on\n' >> '$T/a2.txt'"
	run -2 --separate-stderr txseg "$T/a2.txt" "$T/b.txt" "$T/c.txt"
	[ "$stderr" = "txseg: $T/a2.txt: changed while being read" ]
	unset TX_TEST_BETWEEN_PASSES
	[ "$output" = "$(txseg "$T/b.txt" "$T/c.txt")" ]
	[ "$(cut -f1 <<< "$output" | sort -u | tr '\n' ' ')" = "b c doc " ]
	[ "${output: -1}" != $'\t' ]
}

@test "txseg refuses a file only touched between the passes, and one replaced by another" {
	between "touch -d '2001-01-01 00:00:00' '$T/b.txt'"
	run -2 --separate-stderr txseg "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txseg: $T/b.txt: changed while being read" ]
	[ "$output" = "$(unset TX_TEST_BETWEEN_PASSES; txseg "$T/a.txt")" ]
	cp -p "$T/b.txt" "$T/b.new"
	between "mv '$T/b.new' '$T/b.txt'"
	run -2 --separate-stderr txseg "$T/b.txt" "$T/c.txt"
	[ "$stderr" = "txseg: $T/b.txt: changed while being read" ]
	[ "$output" = "$(unset TX_TEST_BETWEEN_PASSES; txseg "$T/c.txt")" ]
}

@test "txkwic refuses a file whose bytes changed between the passes, size and mtime kept" {
	touch -r "$T/b.txt" "$T/ref"
	between "printf X | dd of='$T/b.txt' conv=notrunc status=none && touch -r '$T/ref' '$T/b.txt'"
	run -2 --separate-stderr txkwic --tsv -i 'states|trust' "$T/c.txt" "$T/b.txt" "$T/c.txt"
	[ "$stderr" = "txkwic: $T/b.txt: changed while being read" ]
	unset TX_TEST_BETWEEN_PASSES
	[ "$(head -c 1 "$T/b.txt")" = X ]
	[ "$(wc -c < "$T/b.txt")" -eq 56 ]
	[ "$output" = "$(txkwic --tsv -i 'states|trust' "$T/c.txt" "$T/c.txt")" ]
	[ "$(wc -l <<< "$output")" -eq 5 ]
}

@test "txfreq refuses a file emptied between the passes" {
	between ": > '$T/b.txt'"
	run -2 --separate-stderr txfreq --by doc "$T/b.txt" "$T/c.txt"
	[ "$stderr" = "txfreq: $T/b.txt: changed while being read" ]
	unset TX_TEST_BETWEEN_PASSES
	[ "$output" = "$(txfreq --by doc "$T/c.txt")" ]
}

@test "txdiff refuses a file that changed between the passes and writes nothing" {
	between "printf 'More.\n' >> '$T/b.txt'"
	run -2 --separate-stderr txdiff "$T/a.txt" "$T/b.txt"
	[ "$stderr" = "txdiff: $T/b.txt: changed while being read" ]
	[ -z "$output" ]
}

@test "txkeys --target refuses a file that changed between the passes" {
	printf 'States talk. Trust grows slowly among the states.\n' > "$T/d.txt"
	want=$(txkeys --target c "$T/d.txt" "$T/c.txt")
	[ "$(wc -l <<< "$want")" -gt 5 ]
	between "printf 'More.\n' >> '$T/b.txt'"
	run -2 --separate-stderr txkeys --target c "$T/d.txt" "$T/b.txt" "$T/c.txt"
	[ "$stderr" = "txkeys: $T/b.txt: changed while being read" ]
	[ "$output" = "$want" ]
}
