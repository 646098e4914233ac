#!/usr/bin/env bats
# --zh-convert (zhconv.h): traditional characters read as simplified with
# OpenCC before the text is cut into words, every offset still the
# file's.  The oracle is OpenCC's own command (Debian opencc) on the same
# text, and python jieba on what it gives.  Texts written for this test.
bats_require_minimum_version 1.5.0

load helper
load zh

setup() {
	command -v opencc > /dev/null || skip "no opencc command (Debian opencc)"
	T="$BATS_TEST_TMPDIR"
	# A law in Taiwan's characters: chapter and article headings, a
	# phrase that tw2sp shortens (記憶體, 3 characters, is 内存, 2), a
	# character whose simplified form is longer in UTF-8 (噁, 3 bytes, is
	# 𫫇, 4), Latin words and digits inside the Han text.
	printf '%s\n' '第一章　總則' '' \
	    '第一條　為保障網路安全，維護國家主權與社會公共利益，特制定本法。' \
	    '' '第二條　本法所稱電腦系統，指使用記憶體與處理器儲存資料之設備。' \
	    '' '第三條　二噁英之排放，於2018年APEC會議後，依環境保護法規定辦理。' \
	    > "$T/t.txt"
	opencc -c t2s.json -i "$T/t.txt" -o "$T/s.txt"
}

# Field 8 (text) of every record of a stream on stdin.
texts() { tail -n +2 | cut -f8; }

# Every record's [start, end) of stream file $2, cut from file $1's bytes
# and decoded from encoding $3 (default UTF-8), one a line.
spans() {
	perl -e '
		open(my $f, "<:raw", $ARGV[0]) or die;
		my $s = do { local $/; <$f> };
		open(my $r, "<", $ARGV[1]) or die; <$r>;
		while (<$r>) { my @f = split /\t/; print substr($s, $f[5], $f[6] - $f[5]), "\n"; }
	' "$1" "$2" | iconv -f "${3:-UTF-8}" -t UTF-8
}

@test "zh-convert: t2s words are those of OpenCC's own conversion cut by txseg, and jieba's" {
	need_jieba
	txseg --unit=token --zh-convert t2s "$T/t.txt" > "$T/ours.tsv"
	txseg --unit=token "$T/s.txt" > "$T/theirs.tsv"
	[ "$(texts < "$T/ours.tsv")" = "$(texts < "$T/theirs.tsv")" ]
	# the simplified words are there: 网路 (t2s keeps Taiwan's word),
	# 电脑系统
	grep -q $'\t网路\tcjk$' "$T/ours.tsv"
	grep -q $'\t电脑系统\tcjk$' "$T/ours.tsv"
	txseg --unit=token --zh-hmm=off --zh-convert t2s "$T/t.txt" > "$T/off.tsv"
	read -r nj nt both < <(agree "$T/s.txt" 0 "$T/off.tsv")
	[ "$nj" -gt 40 ]
	[ "$nj" = "$nt" ] && [ "$nt" = "$both" ]
}

@test "zh-convert: every token's span is the file's, and OpenCC makes of those bytes the token's text" {
	# (but 二噁英's 噁, which OpenCC makes 𫫇 in the phrase, 恶 alone)
	txseg --unit=token --zh-convert t2s "$T/t.txt" > "$T/tok.tsv"
	[ "$(spans "$T/t.txt" "$T/tok.tsv" | opencc -c t2s.json | sed 's/^恶$/𫫇/')" = "$(texts < "$T/tok.tsv")" ]
	# and the sentences and paragraphs, of the same text
	for unit in sent para; do
		txseg --unit=$unit --zh-convert t2s "$T/t.txt" > "$T/$unit.tsv"
		[ "$(spans "$T/t.txt" "$T/$unit.tsv" | opencc -c t2s.json | sed 's/[ 　]//g')" = \
		    "$(texts < "$T/$unit.tsv" | tr -d ' ')" ]
	done
}

@test "zh-convert: a longer character (噁 3 bytes, 𫫇 4) shifts no offset after it; GNU grep -ob places them" {
	txseg --unit=token --zh-convert t2s "$T/t.txt" > "$T/tok.tsv"
	at=$(grep -ob '噁' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "𫫇" { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 3))" ]
	at=$(grep -ob '排放' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "排放" { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 6))" ]
	# the view has the 4 bytes: a sentence's text is longer than its span
	txseg --unit=sent --zh-convert t2s "$T/t.txt" |
	    awk -F '\t' 'index($8, "𫫇") { exit !(length($8) == $7 - $6 + 1) }'
}

@test "zh-convert: tw2sp's 記憶體 → 内存 maps the phrase as a block, the words around it exactly" {
	txseg --unit=token --zh-convert tw2sp "$T/t.txt" > "$T/tok.tsv"
	# tw2sp: Taiwan's 網路 is 网络, and 資料 数据
	grep -q $'\t网络安全\tcjk$' "$T/tok.tsv"
	grep -q $'\t数据\tcjk$' "$T/tok.tsv"
	at=$(grep -ob '記憶體' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "内存" { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 9))" ]
	# 儲存資料 → 保存数据 in the same clause: each word its own span
	at=$(grep -ob '儲存' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "保存" { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 6))" ]
	at=$(grep -ob '資料' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "数据" { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 6))" ]
	at=$(grep -ob '使用' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "使用" { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 6))" ]
	at=$(grep -ob '與處理器' "$T/t.txt" | cut -d: -f1)
	[ "$(awk -F '\t' -v at="$at" '$8 == "与" && $6 == at { print $6, $7 }' "$T/tok.tsv")" = "$at $((at + 3))" ]
	# the rest of the text is what OpenCC's command makes of it
	opencc -c tw2sp.json -i "$T/t.txt" -o "$T/sp.txt"
	[ "$(texts < "$T/tok.tsv")" = "$(txseg --unit=token "$T/sp.txt" | texts)" ]
}

@test "zh-convert: a Big5 file (--encoding big5): spans into its bytes, read back through iconv and OpenCC" {
	iconv -f UTF-8 -t BIG5 "$T/t.txt" > "$T/b5.txt" 2> /dev/null ||
	    { sed 's/二噁英/戴奧辛/' "$T/t.txt" | iconv -f UTF-8 -t BIG5 > "$T/b5.txt"; }
	txseg --unit=token --encoding big5 --zh-convert t2s "$T/b5.txt" > "$T/tok.tsv"
	[ "$(wc -l < "$T/tok.tsv")" -gt 40 ]
	[ "$(spans "$T/b5.txt" "$T/tok.tsv" BIG5 | opencc -c t2s.json | sed 's/^恶$/𫫇/')" = "$(texts < "$T/tok.tsv")" ]
}

@test "zh-convert: 第X章 / 第X條 are headings in traditional characters, with or without conversion" {
	for conv in "" "--zh-convert=t2s"; do
		run -0 txseg --unit=para ${conv:+"$conv"} "$T/t.txt"
		[ "$(cut -f5 <<< "$output" | tail -n +2 | tr '\n' ' ')" = "heading heading text heading text heading text " ]
	done
	[ "$(txseg --unit=para "$T/t.txt" | cut -f3,5)" = "$(txseg --unit=para "$T/s.txt" | cut -f3,5)" ]
	# the section of an article is the chapter's and the article's
	run -0 txseg --unit=para --zh-convert t2s "$T/t.txt"
	[ "$(sed -n 3p <<< "$output" | cut -f8)" = "第一条" ]
	[ "$(sed -n 3p <<< "$output" | cut -f2)" = "1.1" ]
}

@test "zh-convert: txfreq and txkwic count the simplified words: as on OpenCC's output, byte for byte" {
	[ "$(txfreq --zh-convert t2s < "$T/t.txt")" = "$(txfreq < "$T/s.txt")" ]
	[ "$(txfreq -n 2 --zh-convert t2s < "$T/t.txt")" = "$(txfreq -n 2 < "$T/s.txt")" ]
	n=$(grep -o '国家主权' "$T/s.txt" | wc -l)
	[ "$n" = 1 ]
	run -0 txkwic --count --zh-convert t2s '国家主权' "$T/t.txt"
	[ "$(awk -F '\t' '$2 == "*" { print $3 }' <<< "$output")" = "$n" ]
	# the traditional word is not found in the converted text
	run -1 txkwic --count --zh-convert t2s '國家主權' "$T/t.txt"
	[ "$(awk -F '\t' '$2 == "*" { print $3 }' <<< "$output")" = 0 ]
	# txdiff sees no difference between the two scripts' texts
	run -0 txdiff --zh-convert t2s "$T/s.txt" "$T/t.txt" --stat
	[ "${output#*: }" = "old 45 words, 45 common 100.0%, 0 deleted 0.0%, 0 changed 0.0%, 0 moved 0.0%; new 45 words, 45 common 100.0%, 0 inserted 0.0%, 0 changed 0.0%, 0 moved 0.0%" ]
	[ "$(txseg --unit=token "$T/s.txt" | texts | grep -vc '^[，。　]$')" = 45 ]
}

@test "zh-convert: simplified text is its own view: the same bytes out as without the option" {
	for unit in token sent para; do
		[ "$(txseg --unit=$unit --zh-convert t2s "$T/s.txt")" = "$(txseg --unit=$unit "$T/s.txt")" ]
	done
	printf 'Plain English, no Chinese at all.\n' > "$T/e.txt"
	[ "$(txseg --unit=token --zh-convert t2s "$T/e.txt")" = "$(txseg --unit=token "$T/e.txt")" ]
}

@test "zh-convert: a name that is not a configuration: named, exit 2, nothing read" {
	run -2 --separate-stderr txseg --zh-convert s2t "$T/t.txt"
	[ "$stderr" = "txseg: --zh-convert: 's2t' is not t2s, tw2s, tw2sp or hk2s" ]
	[ -z "$output" ]
	run -2 --separate-stderr txfreq --zh-convert=t2s.json - < "$T/t.txt"
	[ "$stderr" = "txfreq: --zh-convert: 't2s.json' is not t2s, tw2s, tw2sp or hk2s" ]
}

@test "zh-convert: a t2s.json in the current directory is not the one read" {
	mkdir "$T/cwd"
	printf '{ not json\n' > "$T/cwd/t2s.json"
	cd "$T/cwd"
	run -0 --separate-stderr txseg --unit=token --zh-convert t2s "$T/t.txt"
	[ -z "$stderr" ]
	[ "$(texts <<< "$output")" = "$(txseg --unit=token "$T/s.txt" | texts)" ]
}

@test "zh-convert: bad bytes (--lossy), NUL, CRLF and an empty file: kept as they were, offsets the file's" {
	printf '第一條\t為保障網路\xff安全。\r\n電腦\r\n' > "$T/bad.txt"
	run -0 --separate-stderr txseg --unit=token --lossy --zh-convert t2s "$T/bad.txt"
	[ "$(texts <<< "$output" | tr '\n' ' ')" = "第一条 为 保障 网路 � 安全 。 电脑 " ]
	at=$(grep -aob $'\xff' "$T/bad.txt" | cut -d: -f1)
	[ "$(awk -F '\t' '$8 == "安全" { print $6 }' <<< "$output")" = "$((at + 1))" ]
	[ "$(awk -F '\t' '$8 == "电脑" { print $6, $7 }' <<< "$output")" = "$(($(grep -aob '電腦' "$T/bad.txt" | cut -d: -f1))) $(($(grep -aob '電腦' "$T/bad.txt" | cut -d: -f1) + 6))" ]
	# without --lossy the bad byte is named, as without --zh-convert
	run -2 --separate-stderr txseg --zh-convert t2s "$T/bad.txt"
	[ "$stderr" = "$(txseg "$T/bad.txt" 2>&1 > /dev/null)" ]
	: > "$T/empty.txt"
	run -0 txseg --zh-convert t2s "$T/empty.txt"
	[ "$output" = "$(txseg "$T/empty.txt")" ]
}

@test "zh-convert: a 16 MiB line of Han characters is converted a run at a time: memory is the view's copy, not OpenCC's 4.5 times the line" {
	[ -x /usr/bin/time ] || skip "no GNU time"
	# 電腦網路記憶體 and friends, no mark, no space: one run of letters
	perl -e 'my @w = ("電腦", "網路", "記憶體", "國家", "為了", "資料"); srand(3);
		my $s = ""; $s .= $w[int(rand(6))] while length($s) < 16777216; print $s, "\n"' > "$T/long.txt"
	size=$(stat -c %s "$T/long.txt")
	[ "$size" -gt 16000000 ]
	/usr/bin/time -o "$T/plain.rss" -f %M txseg --unit=token --zh=char "$T/long.txt" | tail -n +2 | wc -l > "$T/plain.n"
	/usr/bin/time -o "$T/conv.rss" -f %M txseg --unit=token --zh=char --zh-convert t2s "$T/long.txt" | tail -n +2 | wc -l > "$T/conv.n"
	# one token per character either way (t2s keeps each one)
	[ "$(cat "$T/conv.n")" = "$(cat "$T/plain.n")" ]
	[ "$(cat "$T/conv.n")" = $((size / 3)) ]
	# the view is one more copy of the line; one OpenCC call over the
	# whole line took 4.5 times it more
	rss_at_most "$T/conv.rss" $(( $(tail -1 "$T/plain.rss") * 1024 + 3 * size / 2 ))
}
