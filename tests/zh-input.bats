#!/usr/bin/env bats
# The bad-input list of DEVELOPERS.md on Chinese input: legacy encodings,
# UTF-16, bytes cut inside a Han character, NUL and controls inside a Han
# run, CRLF and a BOM, and lines of Han characters with no punctuation,
# which jieba's model cuts by a route over the whole run (zhseg.h: windows
# past ZH_WHOLE characters, 4096).  Texts written for this test.
bats_require_minimum_version 1.5.0

load helper
load zh

HDR=$'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext'

setup() {
	T="$BATS_TEST_TMPDIR"
	printf '%s\n' '第一条　为了维护网络空间主权，制定本规定。' \
	    '国家坚持网络安全与信息化发展并重。' > "$T/u.txt"
	iconv -f UTF-8 -t GB18030 "$T/u.txt" > "$T/g.txt"
}

# The text of each sentence record of a stream on stdin.
texts() { tail -n +2 | cut -f8; }

@test "zh-input: GB18030 without --encoding: named, what it looks like, nothing written; auto reads it with offsets into its bytes" {
	for tool in txseg txfreq txkwic; do
		args=("$T/g.txt")
		[ "$tool" = txkwic ] && args=('网络' "$T/g.txt")
		run -2 --separate-stderr "$tool" "${args[@]}"
		[ "$stderr" = "$tool: $T/g.txt: invalid UTF-8 at byte 0; it looks like gb18030: try --encoding auto, or --lossy" ]
	done
	run -2 --separate-stderr txseg "$T/g.txt"
	[ "$output" = "$HDR" ]
	run -0 --separate-stderr txseg --encoding auto "$T/g.txt"
	[ -z "$stderr" ]
	[ "$(texts <<< "$output")" = "$(txseg "$T/u.txt" | texts)" ]
	# every record's span, cut from the GB18030 bytes, is its text there
	# (the heading 第一条 and the sentence after U+3000)
	n=0
	while IFS=$'\t' read -r _ _ _ _ _ s e text; do
		[ "$(tail -c +$((s + 1)) "$T/g.txt" | head -c $((e - s)) | iconv -f GB18030 -t UTF-8)" = "$text" ]
		n=$((n + 1))
	done < <(tail -n +2 <<< "$output")
	[ "$n" -eq 3 ]
	# the words are jieba's, as in the UTF-8 text
	[ "$(txseg --encoding auto --unit=token "$T/g.txt" | cut -f8,9)" = "$(txseg --unit=token "$T/u.txt" | cut -f8,9)" ]
}

@test "zh-input: a GB18030 character cut off at the end: the byte named, nothing of the file written" {
	# 第一条 and U+3000: 6 + 2 bytes; one byte of 为 (B2 BB) follows
	head -c 9 "$T/g.txt" > "$T/gc.txt"
	run -2 --separate-stderr txseg --encoding gb18030 "$T/gc.txt"
	[ "$stderr" = "txseg: $T/gc.txt: invalid gb18030 at byte 8: try --encoding NAME, or --lossy" ]
	[ "$output" = "$HDR" ]
}

@test "zh-input: invalid UTF-8 or a NUL inside a Han run: the byte named; --lossy gives U+FFFD and jieba's words around it" {
	printf '维护网络\xe5\xae安全\n' > "$T/bad.txt"
	run -2 --separate-stderr txseg "$T/bad.txt"
	[ "$stderr" = "txseg: $T/bad.txt: invalid UTF-8 at byte 12: try --encoding NAME, or --lossy" ]
	[ "$output" = "$HDR" ]
	printf '维护网络\000安全\n' > "$T/nul.txt"
	run -2 --separate-stderr txfreq "$T/nul.txt"
	[ "$stderr" = "txfreq: $T/nul.txt: invalid UTF-8 at byte 12: try --encoding NAME, or --lossy" ]
	run -0 --separate-stderr txseg --lossy --unit=token "$T/bad.txt"
	[ "$stderr" = "txseg: $T/bad.txt: invalid UTF-8 at byte 12, replaced by U+FFFD" ]
	# each bad byte is a U+FFFD of its own, with its one byte of span
	[ "$(tail -n +2 <<< "$output" | cut -f6-9 | paste -sd ' ')" = $'0\t6\t维护\tcjk 6\t12\t网络\tcjk 12\t13\t\xef\xbf\xbd\tsym 13\t14\t\xef\xbf\xbd\tsym 14\t20\t安全\tcjk' ]
}

@test "zh-input: UTF-16 with a BOM is read as UTF-8 is; without one a Han text needs its name" {
	iconv -f UTF-8 -t UTF-16 "$T/u.txt" > "$T/16.txt"	# glibc: a BOM, LE
	iconv -f UTF-8 -t UTF-16BE "$T/u.txt" > "$T/be.txt"
	printf '\xfe\xff' | cat - "$T/be.txt" > "$T/bebom.txt"
	want=$(txseg "$T/u.txt" | texts)
	[ "$(txseg "$T/16.txt" | texts)" = "$want" ]
	[ "$(txseg "$T/bebom.txt" | texts)" = "$want" ]
	# No BOM: a Han text has too few NUL bytes to show its byte order
	# (decode.c's utf16_order): refused, not read as garbage...
	run -2 --separate-stderr txseg --encoding auto "$T/be.txt"
	# (uchardet guesses windows-1252 of these bytes; 0x81 is not one)
	[ "$stderr" = "txseg: $T/be.txt: invalid windows-1252 at byte 3 (what --encoding auto took it for): try --encoding NAME, or --lossy" ]
	[ "$output" = "$HDR" ]
	# ...and read when named
	[ "$(txseg --encoding utf-16be "$T/be.txt" | texts)" = "$want" ]
}

@test "zh-input: CRLF, a BOM and a control inside a Han run: line ends, dropped, white space; offsets count every byte" {
	printf '\xef\xbb\xbf网络安全。\r\n国家\001坚持。\r\n' > "$T/crlf.txt"
	run -0 --separate-stderr txseg "$T/crlf.txt"
	[ "$output" = "$HDR"$'\n'"crlf	0	1	1	text	3	18	网络安全。"$'\n'"crlf	0	2	2	text	20	36	国家 坚持。" ]
	[ "$(txseg --unit=token "$T/crlf.txt" | awk -F '\t' '$9 == "cjk" { print $6, $7, $8 }' | paste -sd ' ')" = "3 15 网络安全 20 26 国家 27 33 坚持" ]
}

@test "zh-input: an empty file and a Chinese text cut by head -1: the header, nothing on stderr" {
	: > "$T/empty.txt"
	run -0 --separate-stderr txseg "$T/empty.txt"
	[ "$output" = "$HDR" ]
	[ -z "$stderr" ]
	for _ in $(seq 3000); do cat "$T/u.txt"; done > "$T/many.txt"
	# shellcheck disable=SC2016 # $1 is the inner shell's
	run -0 --separate-stderr bash -c 'txseg "$1" | head -1; txfreq "$1" | head -1' _ "$T/many.txt"
	[ "$output" = "$HDR"$'\n'$'term\tcount\tper_million\trange' ]
	[ -z "$stderr" ]
}

@test "zh-input: a Han line of more than ZH_WHOLE characters with no punctuation is cut as jieba cuts it, HMM on and off" {
	need_jieba
	# 12 sentences of dictionary words, their punctuation taken out,
	# 40 times: about 9,000 characters on one line, cut in windows
	s='国家坚持网络安全与信息化发展并重遵循积极利用科学发展依法管理确保安全的方针推进网络基础设施建设和互联互通鼓励网络技术创新和应用支持培养网络安全人才建立健全网络安全保障体系提高网络安全保护能力村里成立了青年创业服务站邀请在外打拼的年轻人回乡负责培训课程内容包括直播带货冷链物流和品牌设计'
	for _ in $(seq 40); do printf '%s' "$s"; done > "$T/long.txt"
	echo >> "$T/long.txt"
	[ "$(wc -m < "$T/long.txt")" -gt 5000 ]
	txseg --unit=token --keep --zh-hmm=off "$T/long.txt" > "$T/off.tsv"
	run -0 agree "$T/long.txt" 0 "$T/off.tsv"
	echo "off: jieba ours equal: $output"
	read -r j t e <<< "$output"
	[ "$j" -gt 2000 ]
	[ "$e" -eq "$j" ]
	[ "$t" -eq "$j" ]
	txseg --unit=token --keep "$T/long.txt" > "$T/on.tsv"
	run -0 agree "$T/long.txt" 1 "$T/on.tsv"
	echo "on: jieba ours equal: $output"
	read -r j t e <<< "$output"
	[ "$e" -eq "$j" ]
	[ "$t" -eq "$j" ]
}

@test "zh-input: a line of one character repeated a million times ends (no route over the whole run each time), every byte in a word" {
	# 一一 is a word: it crosses every point, so jieba's cut depends on
	# the run's length; tx cuts windows of ZH_WHOLE characters at their
	# last word instead of routing a million characters per 64 words
	# (that took about 8 minutes).  timeout guards against a hang, far
	# above the time it takes (about 3 s, 30 s under the sanitizers).
	head -c 1000000 /dev/zero | tr '\0' 'x' | sed 's/x/一/g' > "$T/rep.txt"
	echo >> "$T/rep.txt"
	run -0 --separate-stderr timeout 300 txseg --unit=token --no-header "$T/rep.txt"
	[ -z "$stderr" ]
	# words of one or two characters, end to end from byte 0 to the end
	[ "$(awk -F '\t' -v p=0 '$6 != p || ($7 - $6 != 3 && $7 - $6 != 6) { bad++ } { p = $7 } END { print bad + 0, p }' <<< "$output")" = "0 3000000" ]
}

@test "zh-input: mixed documents: Latin words in Chinese text and Han names in English are words of their own, found by -w and -p" {
	printf '%s\n' 'President Xi Jinping (习近平) spoke at the APEC summit. He said 网络主权 matters.' '' \
	    '中国支持APEC和G20框架下的合作，推动5G网络建设。美国总统Joe Biden表示欢迎。APECS不是APEC。' > "$T/mix.txt"
	tok=$(txseg --unit=token "$T/mix.txt")
	# the tokens: Han runs cut by jieba, the Latin words between them kept
	[ "$(awk -F '\t' '$9 == "word" && $8 ~ /^(APEC|G20|5G|Joe|Biden|APECS)$/ { print $8 }' <<< "$tok" | paste -sd ' ')" = "APEC APEC G20 5G Joe Biden APECS APEC" ]
	[ "$(awk -F '\t' '$9 == "cjk" && ($8 == "习近平" || $8 == "网络" || $8 == "主权") { print $8 }' <<< "$tok" | paste -sd ' ')" = "习近平 网络 主权 网络" ]
	# -w finds a word where the tokens have it: APEC three times (once
	# English, twice next to Han), not inside APECS; GNU grep -w finds
	# only the English one (every Han character is a word character)
	want=$(awk -F '\t' '$8 == "APEC"' <<< "$tok" | wc -l)
	[ "$want" -eq 3 ]
	run -0 txkwic --count -w APEC "$T/mix.txt"
	[ "$(awk -F '\t' '$2 == "*" { print $3 }' <<< "$output")" -eq "$want" ]
	[ "$(grep -ow APEC "$T/mix.txt" | wc -l)" -eq 1 ]
	run -1 txkwic --count -w AP "$T/mix.txt"
	[ "$(awk -F '\t' '$2 == "*" { print $3 }' <<< "$output")" -eq 0 ]
	# phrases across the script change, with or without the space
	for p in '5G 网络' '5G网络' 'Joe Biden' '总统 Joe'; do
		run -0 txkwic --count -p "$p" "$T/mix.txt"
		[ "$(awk -F '\t' '$2 == "*" { print $3 }' <<< "$output")" -eq 1 ]
	done
	# sentences: English rules in the English paragraph, 。 in the Chinese
	[ "$(txseg "$T/mix.txt" | texts)" = "$(printf '%s\n' 'President Xi Jinping (习近平) spoke at the APEC summit.' 'He said 网络主权 matters.' '中国支持APEC和G20框架下的合作，推动5G网络建设。' '美国总统Joe Biden表示欢迎。' 'APECS不是APEC。')" ]
}

@test "zh-input: a 128 MiB line of Han characters with no punctuation: cut whole, memory bounded" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	# An eighth of txseg.bats's 1 GB line (Chinese is cut about three
	# times slower; 256 MiB took 36 s of make test), 64 MiB under the
	# sanitizers (TX_BIG_SIZE); a multiple of the phrase's 48 bytes, so
	# no character is cut off.
	size=$((128 << 20))
	[ -n "${TX_BIG_SIZE:-}" ] && size=$TX_BIG_SIZE
	size=$((size / 48 * 48))
	yes '国家坚持网络安全与信息化发展并重' | tr -d '\n' | head -c "$size" > "$T/big.txt"
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -0 --separate-stderr bash -c '/usr/bin/time -o "$2" -f %M txfreq "$1"' _ "$T/big.txt" "$T/rss"
	[ -z "$stderr" ]
	rm -f "$T/big.txt"
	# jieba cuts the phrase 国家 坚持 网络安全 与 信息化 发展 并重, so
	# each of them is counted size / 48 times (the 2.8 million-odd
	# repeats, windows of zhseg.h between them)
	n=$((size / 48))
	[ "$(awk -F '\t' 'NR > 1 { print $1, $2 }' <<< "$output" | sort | paste -sd ' ')" = "$(printf '%s '"$n"'\n' 与 信息化 发展 国家 坚持 并重 网络安全 | sort | paste -sd ' ')" ]
	# Peak RSS at most twice the line plus 64 MiB: the document and its
	# cleaned text, jieba's dictionary (about 30 MiB), a bounded window
	# (2026-12: 547 MiB for 258 MiB with txseg)
	rss_at_most "$T/rss" $((2 * size + (64 << 20)))
}
