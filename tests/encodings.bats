#!/usr/bin/env bats
# Encodings and bad files in every tool that reads text: --encoding NAME
# and auto (uchardet, iconv), a UTF-16 BOM recognised unasked, byte
# offsets into the original bytes, --lossy, and a bad input skipped whole
# with its name and offset while the run goes on (exit 2).
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	# The same two sentences in UTF-8 and in cp1252 (curly quotes 0x93
	# 0x94, the apostrophe 0x92, é 0xe9).
	printf 'The \xe2\x80\x9cgreat\xe2\x80\x9d moment\xe2\x80\x99s here, said the caf\xc3\xa9 owner.\nIt was the moment\xe2\x80\x99s need.\n' > "$T/u8.txt"
	printf 'The \x93great\x94 moment\x92s here, said the caf\xe9 owner.\nIt was the moment\x92s need.\n' > "$T/cp.txt"
	# Chinese, written in UTF-8 here and made GB18030 by iconv.
	printf '第一条 为了保障网络安全，维护网络空间主权和国家安全，制定本法。\n第二条 在中华人民共和国境内建设、运营、维护和使用网络，适用本法。\n第三条 国家坚持网络安全与信息化发展并重，推进网络基础设施建设。\n' > "$T/zh8.txt"
	iconv -f UTF-8 -t GB18030 "$T/zh8.txt" > "$T/zh.txt"
	printf 'A good text is here. It says little.\n' > "$T/good.txt"
	printf 'Another good one. Short.\n' > "$T/good2.txt"
}

# The records' text of a txseg stream (field 8).
texts() {
	cut -f 8
}

@test "--encoding cp1252 and auto read curly quotes and apostrophes as the UTF-8 ones" {
	want=$(txseg --unit=token "$T/u8.txt" | cut -f 8,9)
	[[ "$want" == *$'moment\xe2\x80\x99s\tword'* ]]
	[[ "$want" == *$'\xe2\x80\x9c\tpunct'* ]]
	run -0 --separate-stderr txseg --unit=token --encoding cp1252 "$T/cp.txt"
	[ -z "$stderr" ]
	[ "$(cut -f 8,9 <<< "$output")" = "$want" ]
	run -0 --separate-stderr txseg --unit=token --encoding auto "$T/cp.txt"
	[ -z "$stderr" ]
	[ "$(cut -f 8,9 <<< "$output")" = "$want" ]
	# txfreq counts moment’s as one word, twice, as in UTF-8.
	run -0 txfreq --encoding auto "$T/cp.txt"
	[[ "$output" == *$'\nmoment\xe2\x80\x99s\t2\t'* ]]
	[ "$output" = "$(txfreq "$T/u8.txt")" ]
}

@test "--encoding gb18030 and auto read GB18030 as the UTF-8 text" {
	want=$(txseg "$T/zh8.txt" | texts)
	[[ "$want" == *'第一条'* ]]
	run -0 --separate-stderr txseg --encoding gb18030 "$T/zh.txt"
	[ -z "$stderr" ]
	[ "$(texts <<< "$output")" = "$want" ]
	run -0 --separate-stderr txseg --encoding auto "$T/zh.txt"
	[ -z "$stderr" ]
	[ "$(texts <<< "$output")" = "$want" ]
	run -0 txfreq --encoding GB18030 "$T/zh.txt"
	[ "$output" = "$(txfreq "$T/zh8.txt")" ]
}

@test "UTF-16 with a BOM (LE and BE) is read without --encoding; a UTF-8 BOM stays accepted" {
	want=$(txseg --unit=token "$T/u8.txt" | cut -f 8,9)
	iconv -f UTF-8 -t UTF-16 "$T/u8.txt" > "$T/u16.txt"
	{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$T/u8.txt"; } > "$T/le.txt"
	{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$T/u8.txt"; } > "$T/be.txt"
	{ printf '\xef\xbb\xbf'; cat "$T/u8.txt"; } > "$T/bom8.txt"
	for f in u16 le be bom8; do
		run -0 --separate-stderr txseg --unit=token "$T/$f.txt"
		[ -z "$stderr" ]
		[ "$(cut -f 8,9 <<< "$output")" = "$want" ]
	done
	# The first record starts after the BOM: offsets are the file's.
	run -0 txseg --unit=token "$T/le.txt"
	[ "$(sed -n 2p <<< "$output" | cut -f 6,7)" = $'2\t8' ]
	run -0 txfreq "$T/be.txt"
	[ "$output" = "$(txfreq "$T/u8.txt")" ]
}

@test "UTF-16 without a BOM: its NULs say the byte order, for auto and utf-16; unasked, the hint names it" {
	want=$(txseg --unit=token "$T/u8.txt" | cut -f 8,9)
	iconv -f UTF-8 -t UTF-16LE "$T/u8.txt" > "$T/le.txt"
	iconv -f UTF-8 -t UTF-16BE "$T/u8.txt" > "$T/be.txt"
	for f in le be; do
		for e in auto utf-16 UCS-2; do
			run -0 --separate-stderr txseg --encoding "$e" --unit=token "$T/$f.txt"
			[ -z "$stderr" ]
			[ "$(cut -f 8,9 <<< "$output")" = "$want" ]
		done
	done
	run -0 txfreq --encoding auto "$T/be.txt"
	[ "$output" = "$(txfreq "$T/u8.txt")" ]
	# Offsets are the file's: "The" is bytes 0-6, "great" 10-20 in LE.
	run -0 txseg --encoding auto --unit=token "$T/le.txt"
	[ "$(sed -n 2p <<< "$output" | cut -f 6-8)" = $'0\t6\tThe' ]
	[ "$(sed -n 4p <<< "$output" | cut -f 6-8)" = $'10\t20\tgreat' ]
	run -2 --separate-stderr txseg "$T/le.txt"
	[ "$stderr" = "txseg: $T/le.txt: invalid UTF-8 at byte 1; it looks like UTF-16LE: try --encoding auto, or --lossy" ]
	run -2 --separate-stderr txfreq "$T/be.txt"
	[ "$stderr" = "txfreq: $T/be.txt: invalid UTF-8 at byte 0; it looks like UTF-16BE: try --encoding auto, or --lossy" ]
	# Look-alikes: one NUL in a longer text is no UTF-16 (nor text);
	# a short file is not judged.
	printf 'A NUL \0 in a line that is long enough to be judged here.\n' > "$T/nul.txt"
	run -2 --separate-stderr txseg --encoding auto "$T/nul.txt"
	[[ "$stderr" != *UTF-16* ]]
	printf 'H\0i\0' > "$T/short.txt"
	run -2 --separate-stderr txseg --encoding auto "$T/short.txt"
	[[ "$stderr" != *UTF-16* ]]
}

# span_text FILE START END ENC: bytes [START, END) of FILE, as UTF-8.
span_text() {
	tail -c +$(($2 + 1)) "$1" | head -c $(($3 - $2)) | iconv -f "$4" -t UTF-8
}

@test "offsets point into the original bytes: a record's span decodes to its text (cp1252, GB18030, UTF-16)" {
	iconv -f UTF-8 -t UTF-16 "$T/zh8.txt" > "$T/zh16.txt"
	for c in "cp.txt cp1252" "zh.txt gb18030" "zh16.txt UTF-16LE"; do
		set -- "${c% *}" "${c#* }"
		for unit in sentence token; do
			n=0
			while IFS=$'\t' read -r _ _ _ _ _ start end text _; do
				[ "$(span_text "$T/$1" "$start" "$end" "$2")" = "$text" ] ||
					{ echo "$1 $unit [$start, $end) is not '$text'"; return 1; }
				n=$((n + 1))
			done < <(txseg --encoding auto --unit="$unit" "$T/$1" | tail -n +2)
			[ "$n" -ge 2 ]
		done
	done
}

@test "invalid UTF-8 says where, what it looks like and what to try; nothing of it is written" {
	# (uchardet says windows-1250 of so short a text: its bytes outside
	# ASCII read the same in windows-1252, the name auto gives)
	run -2 --separate-stderr txseg "$T/cp.txt"
	[ "$stderr" = "txseg: $T/cp.txt: invalid UTF-8 at byte 4; it looks like windows-1252: try --encoding auto, or --lossy" ]
	[ "$output" = $'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext' ]
	printf 'abc\xff\n' > "$T/junk.txt"
	run -2 --separate-stderr txseg "$T/junk.txt"
	[[ "$stderr" == "txseg: $T/junk.txt: invalid UTF-8 at byte 3"* ]]
	[[ "$stderr" == *"--lossy"* ]]
	run -2 --separate-stderr txseg --encoding nosuch-code "$T/good.txt"
	[ "$stderr" = "txseg: --encoding: unknown encoding 'nosuch-code' (iconv -l lists them)" ]
	[ -z "$output" ]
	# Bytes that are not of the encoding named: skipped, with the offset.
	printf 'ok \xd6\n' > "$T/cut.txt"
	run -2 --separate-stderr txseg --encoding gb18030 "$T/cut.txt"
	[ "$stderr" = "txseg: $T/cut.txt: invalid gb18030 at byte 3: try --encoding NAME, or --lossy" ]
}

@test "a corpus with two bad files: both named, the good ones done, exit 2, in every tool" {
	printf 'Bad \0 byte.\n' > "$T/bad2.txt"	# NUL: no text of any encoding
	mkdir "$T/dir"
	set -- "$T/good.txt" "$T/cp.txt" "$T/good2.txt" "$T/bad2.txt" "$T/dir"
	run -2 --separate-stderr txseg "$@"
	[[ "$stderr" == *"$T/cp.txt: invalid UTF-8 at byte 4"* ]]
	[[ "$stderr" == *"$T/bad2.txt: invalid UTF-8 at byte 4"* ]]
	[[ "$stderr" == *"$T/dir: Is a directory"* ]]
	[ "$(col 1 <<< "$output" | sort -u | tr '\n' ' ')" = "good good2 " ]
	[ "$(tail -n +2 <<< "$output")" = "$(txseg "$T/good.txt" "$T/good2.txt" | tail -n +2)" ]
	run -2 --separate-stderr txfreq "$@"
	[ "$(grep -c 'invalid UTF-8' <<< "$stderr")" -eq 2 ]
	[ "$output" = "$(txfreq "$T/good.txt" "$T/good2.txt")" ]
	run -2 --separate-stderr txkwic good "$@"
	[ "$(grep -c 'invalid UTF-8' <<< "$stderr")" -eq 2 ]
	[ "$output" = "$(txkwic good "$T/good.txt" "$T/good2.txt")" ]
	run -2 --separate-stderr txkeys --target good "$@"
	[ "$(grep -c 'invalid UTF-8' <<< "$stderr")" -eq 2 ]
	[ "$output" = "$(txkeys --target good "$T/good.txt" "$T/good2.txt")" ]
	# With --encoding auto the cp1252 file is read; the others stay bad.
	run -2 --separate-stderr txfreq --encoding auto "$@"
	[[ "$stderr" != *"cp.txt"* ]]
	[[ "$stderr" == *"$T/bad2.txt: invalid UTF-8 at byte 4, and --encoding auto does not recognise its encoding (try --encoding NAME, or --lossy)"* ]]
	[[ "$stderr" == *"$T/dir: Is a directory"* ]]
	[[ "$output" == *$'\nmoment\xe2\x80\x99s\t2\t'* ]]
	# txdiff compares two inputs: a bad one, and there is nothing to
	# compare (exit 2, nothing written), as for a missing one.
	run -2 --separate-stderr txdiff "$T/good.txt" "$T/cp.txt"
	[[ "$stderr" == "txdiff: $T/cp.txt: invalid UTF-8 at byte 4; it looks like "*": try --encoding auto, or --lossy" ]]
	[ -z "$output" ]
	run -0 txdiff --encoding auto "$T/u8.txt" "$T/cp.txt"
	# txkeys' two sides: a bad side is left out, as a missing one.
	run -2 --separate-stderr txkeys "$T/good.txt" "$T/cp.txt"
	[[ "$stderr" == *"$T/cp.txt: invalid UTF-8 at byte 4"* ]]
}

@test "--lossy in every tool: U+FFFD, one warning per file with the first bad byte" {
	for tool in txseg txfreq "txkwic moment" "txkeys --target cp" txdiff; do
		# shellcheck disable=SC2086 # the tool and its arguments
		run --separate-stderr $tool --lossy "$T/cp.txt" "$T/good2.txt"
		# (txdiff: 1, the two differ)
		[ "$status" -eq 0 ] || { [ "$tool" = txdiff ] && [ "$status" -eq 1 ]; }
		[ "$stderr" = "${tool%% *}: $T/cp.txt: invalid UTF-8 at byte 4, replaced by U+FFFD" ] ||
			{ echo "$tool: $stderr"; return 1; }
	done
	# moment’s, its apostrophe lost, is still one word, in txseg and
	# through the stream.
	run -0 txfreq --lossy "$T/cp.txt"
	[[ "$output" == *$'\nmoment\xef\xbf\xbds\t2\t'* ]]
	# shellcheck disable=SC2016 # $1 is the inner shell's
	run -0 --separate-stderr bash -c 'txseg --lossy "$1" | txfreq' sh "$T/cp.txt"
	[[ "$output" == *$'\nmoment\xef\xbf\xbds\t2\t'* ]]
	[[ "$output" != *$'\ns\t'* ]]
	# With an encoding too: bytes that are not of it.
	printf 'a \x81 b\n' > "$T/un.txt"
	run -0 --separate-stderr txseg --lossy --encoding cp1252 "$T/un.txt"
	[ "$stderr" = "txseg: $T/un.txt: invalid cp1252 at byte 2, replaced by U+FFFD" ]
	[[ "$output" == *$'\ta \xef\xbf\xbd b' ]]
}

# moment’s, its apostrophe U+2019
MS=$'moment\xe2\x80\x99s'

# one_dir NAME FILE: FILE copied to $T/NAME/t.txt, so that every copy is
# document t in a run of its own.
one_dir() {
	mkdir -p "$T/$1"
	cp "$2" "$T/$1/t.txt"
}

@test "txkwic, txkeys and txdiff read cp1252, GB18030 and UTF-16 (BOM or --encoding utf-16) as the UTF-8 text" {
	printf 'A short text of the reference side.\n' > "$T/ref.txt"
	one_dir u8 "$T/u8.txt"
	one_dir cp "$T/cp.txt"
	one_dir z8 "$T/zh8.txt"
	one_dir zh "$T/zh.txt"
	iconv -f UTF-8 -t UTF-16 "$T/u8.txt" > "$T/bom.txt"
	iconv -f UTF-8 -t UTF-16LE "$T/u8.txt" > "$T/le.txt"
	one_dir bom "$T/bom.txt"
	one_dir le "$T/le.txt"
	iconv -f UTF-8 -t UTF-16LE "$T/ref.txt" > "$T/ref16.txt"
	# (the reference in UTF-16 too when every input is read as utf-16)
	for c in "cp --encoding=cp1252" "cp --encoding=auto" "zh --encoding=gb18030" "zh --encoding=auto" "bom" "le --encoding=utf-16"; do
		d=${c%% *}
		enc=${c#"$d"}
		enc=${enc# }
		ref=$T/ref.txt
		[ "$enc" = --encoding=utf-16 ] && ref=$T/ref16.txt
		base=u8
		case $d in zh) base=z8 ;; esac
		# shellcheck disable=SC2086 # $enc: an option or none
		{
			# txkwic: the same hits and context; offsets the file's
			run -0 --separate-stderr txkwic --tsv $enc -e "$MS|网络" "$T/$d/t.txt"
			[ -z "$stderr" ]
			[ "${#lines[@]}" -ge 3 ] || { echo "$c: ${#lines[@]} lines"; return 1; }
			[ "$(cut -f 1-5,8- <<< "$output")" = "$(txkwic --tsv -e "$MS|网络" "$T/$base/t.txt" | cut -f 1-5,8-)" ]
			# txkeys: the same counts against the same reference
			run -0 --separate-stderr txkeys $enc "$T/$d/t.txt" "$ref"
			[ -z "$stderr" ]
			[ "$output" = "$(txkeys "$T/$base/t.txt" "$T/ref.txt")" ] || { echo "txkeys $c"; return 1; }
			# txdiff: no difference with the UTF-8 text
			run -0 --separate-stderr txdiff --stat $enc "$T/$d/t.txt" "$T/$d/t.txt"
			[ -z "$stderr" ]
		}
	done
	# moment’s is one word (two of them) in txkeys and in txkwic's
	# phrase search, from cp1252 as from UTF-8.
	run -0 txkeys --encoding auto "$T/cp/t.txt" "$T/ref.txt"
	[[ "$output" == *$'\nmoment\xe2\x80\x99s\t2\t0\t'* ]]
	run -0 txkwic --tsv --encoding cp1252 -p "$MS" "$T/cp/t.txt"
	[ "$(col 9 <<< "$output" | tr '\n' ' ')" = "$MS $MS " ]
	# txdiff: the cp1252 file and its UTF-8 twin are the same text.
	run -0 --separate-stderr txdiff --encoding auto "$T/u8/t.txt" "$T/cp/t.txt"
	[ -z "$stderr" ]
	run -0 --separate-stderr txdiff "$T/u8/t.txt" "$T/bom/t.txt"
	[ -z "$stderr" ]
	run -0 --separate-stderr txdiff --encoding auto "$T/z8/t.txt" "$T/zh/t.txt"
	[ -z "$stderr" ]
	# A different text differs, so the exit 0 above says something.
	run -1 txdiff --encoding auto "$T/u8/t.txt" "$T/zh/t.txt"
}

@test "txkwic's match spans cut out of a cp1252 and a GB18030 file decode to the match" {
	for c in "cp.txt cp1252 $MS" "zh.txt gb18030 网络空间"; do
		read -r f enc pat <<< "$c"
		set -- "$f" "$enc" "$pat"
		n=0
		while IFS=$'\t' read -r _ _ _ _ _ start end _ match _; do
			[ "$(span_text "$T/$1" "$start" "$end" "$2")" = "$match" ] ||
				{ echo "$1 [$start, $end) is not '$match'"; return 1; }
			n=$((n + 1))
		done < <(txkwic --tsv --encoding auto "$3" "$T/$1" | tail -n +2)
		[ "$n" -ge 1 ]
	done
}

@test "the hint names windows-1252 and gb18030, in every tool" {
	for tool in txseg txfreq "txkwic moment" "txkeys --target good" txdiff; do
		set -- "$T/cp.txt" "$T/zh.txt" "$T/good.txt"
		[ "$tool" = txdiff ] && set -- "$T/cp.txt" "$T/good.txt"
		# shellcheck disable=SC2086 # the tool and its arguments
		run -2 --separate-stderr $tool "$@"
		want="${tool%% *}: $T/cp.txt: invalid UTF-8 at byte 4; it looks like windows-1252: try --encoding auto, or --lossy"
		[ "$tool" = txdiff ] || want+=$'\n'"${tool%% *}: $T/zh.txt: invalid UTF-8 at byte 0; it looks like gb18030: try --encoding auto, or --lossy"
		[ "$stderr" = "$want" ] || { echo "$tool: $stderr"; return 1; }
	done
}

# The one input of a run that cannot be read, whoever runs the tests:
# /proc/self/mem fails a read at offset 0 (EIO) even for root.
UNREAD=/proc/self/mem

@test "three bad files (invalid, unreadable, a directory) among good ones: each named, nothing of them written, exit 2, in every tool" {
	mkdir "$T/dir"
	printf 'Third good text. Fine.\n' > "$T/good3.txt"
	set -- "$T/good.txt" "$T/cp.txt" "$T/good2.txt" "$UNREAD" "$T/dir" "$T/good3.txt"
	good=("$T/good.txt" "$T/good2.txt" "$T/good3.txt")
	for tool in txseg txfreq "txkwic -i good" "txkeys --target good" "txfreq --by doc"; do
		t=${tool%% *}
		# shellcheck disable=SC2086 # the tool and its arguments
		run -2 --separate-stderr $tool "$@"
		[ "$stderr" = "$t: $T/cp.txt: invalid UTF-8 at byte 4; it looks like windows-1252: try --encoding auto, or --lossy
$t: $UNREAD: Input/output error
$t: $T/dir: Is a directory" ] || { echo "$tool: $stderr"; return 1; }
		# shellcheck disable=SC2086 # the tool and its arguments
		[ "$output" = "$($tool "${good[@]}")" ] || { echo "$tool: $output"; return 1; }
		[ "${#lines[@]}" -ge 3 ]
	done
	# The same with a file its owner cannot read (not for root).
	if [ "$(id -u)" != 0 ]; then
		cp "$T/good.txt" "$T/locked.txt"
		chmod 000 "$T/locked.txt"
		run -2 --separate-stderr txfreq "$T/locked.txt" "$T/good2.txt"
		[ "$stderr" = "txfreq: $T/locked.txt: Permission denied" ]
		[ "$output" = "$(txfreq "$T/good2.txt")" ]
	fi
	# txdiff: either side bad, nothing to compare, nothing written.
	for bad in "$T/cp.txt" "$UNREAD" "$T/dir"; do
		run -2 --separate-stderr txdiff "$T/good.txt" "$bad"
		[ -z "$output" ]
		[[ "$stderr" == "txdiff: $bad: "* ]] && [ "${#stderr}" -gt "${#bad}" ]
		[ "$(wc -l <<< "$stderr")" -eq 1 ]
		run -2 --separate-stderr txdiff "$bad" "$T/good.txt"
		[ -z "$output" ]
		[[ "$stderr" == "txdiff: $bad: "* ]]
	done
	# txkeys' two sides: a bad reference is left out, the target counted.
	run -2 --separate-stderr txkeys "$T/good.txt" "$T/dir"
	[ "$stderr" = "txkeys: $T/dir: Is a directory" ]
	[ "$output" = "$(txkeys "$T/good.txt" /dev/null)" ]
}

@test "--encoding cp1258, a converter that holds letters back for tone marks: every character, the last one too" {
	# Vietnamese: a, then 0xF2 (U+0323, the dot below): NFC composes ạ.
	printf 'Vi\xeat Nam \xf0a\xf2t.\n' > "$T/vn.txt"
	run -0 --separate-stderr txseg --unit=token --encoding cp1258 "$T/vn.txt"
	[ -z "$stderr" ]
	[ "$(tail -n +2 <<< "$output" | cut -f 6-9)" = $'0\t4\tVi\xc3\xaat\tword\n5\t8\tNam\tword\n9\t13\t\xc4\x91\xe1\xba\xa1t\tword\n13\t14\t.\tpunct' ]
	run -0 txfreq --encoding windows-1258 "$T/good.txt"
	[ "$output" = "$(txfreq "$T/good.txt")" ]
}

@test "--encoding latin1 on a cp1252 file reads its quotes (WHATWG); a Latin-1 file stays Latin-1" {
	run -0 --separate-stderr txfreq --encoding latin1 "$T/cp.txt"
	[ -z "$stderr" ]
	[ "$output" = "$(txfreq "$T/u8.txt")" ]
	# 0x81 is no character of cp1252: Latin-1 as named (a C1 control).
	printf 'caf\xe9 \x81 na\xefve.\n' > "$T/l1.txt"
	run -0 --separate-stderr txseg --encoding ISO-8859-1 "$T/l1.txt"
	[ -z "$stderr" ]
	[ "$(col 8 <<< "$output")" = $'caf\xc3\xa9 \xc2\x81 na\xc3\xafve.' ]
}

@test "--lossy with several bad files: one warning for each, in input order, each at its first bad byte" {
	printf 'Bad \0 byte and \xff more.\n' > "$T/bad2.txt"
	printf 'ok \xd6\n' > "$T/cut.txt"
	for tool in txseg txfreq "txkwic -i bad" "txkeys --target bad2"; do
		# shellcheck disable=SC2086 # the tool and its arguments
		run -0 --separate-stderr $tool --lossy "$T/cp.txt" "$T/good.txt" "$T/bad2.txt" "$T/cut.txt"
		t=${tool%% *}
		[ "$stderr" = "$t: $T/cp.txt: invalid UTF-8 at byte 4, replaced by U+FFFD
$t: $T/bad2.txt: invalid UTF-8 at byte 4, replaced by U+FFFD
$t: $T/cut.txt: invalid UTF-8 at byte 3, replaced by U+FFFD" ] || { echo "$tool: $stderr"; return 1; }
	done
	run -1 --separate-stderr txdiff --lossy "$T/bad2.txt" "$T/cut.txt"
	[ "$stderr" = "txdiff: $T/bad2.txt: invalid UTF-8 at byte 4, replaced by U+FFFD
txdiff: $T/cut.txt: invalid UTF-8 at byte 3, replaced by U+FFFD" ]
}
