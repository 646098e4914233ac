#!/usr/bin/env bats
# Chinese word segmentation (zhseg.h, tok.h) against python jieba, the
# model it reimplements, on a text written for this test: three
# paragraphs with names and coinages no dictionary has (柯蔓璐, 翟昊然,
# 数智乡村, 蓝莓小镇) for the HMM, Latin words and numbers inside.

bats_require_minimum_version 1.5.0
load helper
load zh

setup() {
	T="$BATS_TEST_TMPDIR"
	cat >"$T/zh.txt" <<'TXT'
去年秋天，柯蔓璐和翟昊然从杭州回到老家，打算把祖传的茶园改造成数智乡村的样板。村委会起初并不看好，他们担心年轻人只会说漂亮话，干不了粗活。两人花了三个月走访每一户人家，把土壤、雨水和销量的数据整理成表格，又请来农学院的老师讲解病虫害防治。

到了第二年春天，茶园的产量提高了百分之三十，线上订单从每周20单涨到了500单。镇上的干部专门来参观，称赞这里是蓝莓小镇以外最有活力的合作社。柯蔓璐却说，技术只是工具，真正让乡亲们愿意改变的，是看得见的收入和彼此之间的信任。

如今，村里成立了青年创业服务站，邀请在外打拼的年轻人回乡。翟昊然负责培训课程，内容包括直播带货、冷链物流和品牌设计。有人问他会不会再回城市，他笑着回答：“这片山就是我的办公室，我哪儿也不去。”
TXT
}

@test "zh: txseg cuts Han words as python jieba does without the HMM: all of them" {
	need_jieba
	run txseg --unit=token --keep --zh-hmm=off "$T/zh.txt"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$T/off.tsv"
	run agree "$T/zh.txt" 0 "$T/off.tsv"
	echo "jieba ours equal: $output"
	[ "$status" -eq 0 ]
	read -r j t e <<<"$output"
	[ "$j" -gt 150 ]
	[ "$e" -eq "$j" ]
	[ "$t" -eq "$j" ]
}

@test "zh: with the HMM, at least 99.5 % of jieba's Han words, names it guesses among them" {
	need_jieba
	run txseg --unit=token --keep "$T/zh.txt"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$T/on.tsv"
	# A name the dictionary lacks, which only the HMM makes one word.
	run grep -c $'\t柯蔓璐\tcjk$' "$T/on.tsv"
	[ "$output" = 2 ]
	run agree "$T/zh.txt" 1 "$T/on.tsv"
	echo "jieba ours equal: $output"
	[ "$status" -eq 0 ]
	read -r j t e <<<"$output"
	[ "$j" -gt 150 ]
	[ $((e * 1000)) -ge $((j * 995)) ]
	[ $((e * 1000)) -ge $((t * 995)) ]
}

@test "zh: a Han run of hundreds of characters (no punctuation) is cut as jieba cuts it, HMM on and off" {
	need_jieba
	# All three paragraphs as one run: more words than the tokenizer
	# keeps at a time (64), more characters than zh_cut's stack (256).
	sed 's/[，。、：“”0-9]//g' "$T/zh.txt" | tr -d '\n' >"$T/long.txt"
	echo >>"$T/long.txt"
	[ "$(wc -m <"$T/long.txt")" -gt 280 ]
	run txseg --unit=token --keep --zh-hmm=off "$T/long.txt"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$T/long-off.tsv"
	run agree "$T/long.txt" 0 "$T/long-off.tsv"
	echo "off: jieba ours equal: $output"
	read -r j t e <<<"$output"
	[ "$j" -gt 150 ]
	[ "$e" -eq "$j" ]
	[ "$t" -eq "$j" ]
	run txseg --unit=token --keep "$T/long.txt"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$T/long-on.tsv"
	run agree "$T/long.txt" 1 "$T/long-on.tsv"
	echo "on: jieba ours equal: $output"
	read -r j t e <<<"$output"
	[ "$j" -gt 150 ]
	[ $((e * 1000)) -ge $((j * 995)) ]
}

@test "zh: word offsets are exact; Latin words and numbers inside keep their rules" {
	need_jieba
	printf '我们在2024年用Python分析数据，网址是www.example.cn。\n' >"$T/a.txt"
	run txseg --unit=token "$T/a.txt"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = $'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext\ttype' ]
	printf '%s\n' "$output" >"$T/a.tsv"
	run grep -c $'\twww.example.cn\turl$' "$T/a.tsv"
	[ "$output" = 1 ]
	# Each token is the bytes at its offsets, and they are jieba's tokens
	# but for the URL, which jieba cuts in five (www . example . cn).
	run /usr/bin/python3 - "$T/a.txt" "$T/a.tsv" <<'PY'
import logging, sys
import jieba
jieba.setLogLevel(logging.WARNING)
raw = open(sys.argv[1], "rb").read()
rows = [l.split("\t") for l in open(sys.argv[2], encoding="utf-8").read().split("\n")[1:] if l]
bad = [r for r in rows if raw[int(r[5]):int(r[6])].decode() != r[7]]
ours = [r[7] for r in rows]
theirs = [w for w in jieba.cut(raw.decode()) if w.strip()]
i = theirs.index("www")
theirs[i:i + 5] = ["".join(theirs[i:i + 5])]
print(len(rows), len(bad), "same" if ours == theirs else "differ: %s / %s" % (ours, theirs))
PY
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" =~ ^1[0-9]\ 0\ same$ ]]
}

@test "zh: --zh=char keeps one token per Han character" {
	printf '网络安全法\n' >"$T/b.txt"
	run txseg --unit=token --zh=char "$T/b.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | col 8 | tr '\n' ' ')" = "网 络 安 全 法 " ]
}

@test "zh: a user dictionary keeps 网络空间 whole, in txseg and txfreq" {
	need_jieba
	printf '维护网络空间主权和国家安全。\n' >"$T/c.txt"
	run txfreq --zh-hmm=off "$T/c.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\n空间主权\t1\t'* ]]
	[[ "$output" != *网络空间* ]]
	# Without a frequency jieba would make 网络空间 only as likely as
	# 网络 + 空间, and 网络 空间主权 would still win: give one.
	printf '网络空间 20000\n' >"$T/user.txt"
	run txfreq --zh-hmm=off --zh-user-dict "$T/user.txt" "$T/c.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\n网络空间\t1\t'* ]]
	[[ "$output" == *$'\n主权\t1\t'* ]]
	run txseg --unit=token --zh-user-dict "$T/user.txt" "$T/c.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | col 8 | tr '\n' ' ')" = "维护 网络空间 主权 和 国家 安全 。 " ]
}

@test "zh: the user dictionary's words get python jieba's frequencies and cuts" {
	need_jieba
	printf '柯蔓璐\n数智乡村 5\n蓝莓小镇 3 ns\n' >"$T/user.txt"
	run txseg --unit=token --keep --zh-user-dict "$T/user.txt" "$T/zh.txt"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$T/u.tsv"
	run /usr/bin/python3 - "$T/user.txt" "$T/zh.txt" "$T/u.tsv" <<'PY'
import logging, sys
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.load_userdict(sys.argv[1])
words = [w for w in jieba.cut(open(sys.argv[2], encoding="utf-8").read())
         if w.strip() and all("\u4e00" <= c <= "\u9fd5" for c in w)]
ours = [l.split("\t")[7] for l in open(sys.argv[3], encoding="utf-8").read().split("\n")[1:]
        if l and l.split("\t")[8] == "cjk"]
print(len(words), len(ours), "same" if words == ours else "differ")
PY
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *" same" ]]
}

@test "zh: a missing dictionary, a malformed line and bad values exit 2 with a message" {
	printf '网络\n' >"$T/d.txt"
	run txseg --zh-dict "$T/none.txt" "$T/d.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "txseg: --zh-dict: $T/none.txt: No such file or directory" ]
	run txfreq --zh-user-dict "$T/none.txt" "$T/d.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "txfreq: --zh-user-dict: $T/none.txt: No such file or directory" ]
	printf '网 3\n络\n' >"$T/bad.txt"
	run txseg --zh-dict "$T/bad.txt" "$T/d.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "txseg: $T/bad.txt:2: not 'word frequency [tag]': 络" ]
	TX_ZH_DICT="$T/none.txt" run txkwic -w 网络 "$T/d.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "txkwic: TX_ZH_DICT: $T/none.txt: No such file or directory" ]
	run txseg --zh=words "$T/d.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "txseg: --zh: 'words' is not word or char" ]
	run txseg --zh-hmm=no "$T/d.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "txseg: --zh-hmm: 'no' is not on or off" ]
	# English text never reads the dictionary: a malformed one is fine.
	printf 'plain words\n' >"$T/e.txt"
	run txseg --zh-dict "$T/bad.txt" "$T/e.txt"
	[ "$status" -eq 0 ]
}

@test "zh: a dictionary of one's own replaces jieba's, through --zh-dict or TX_ZH_DICT" {
	printf '网络 5\n安全 5\n网络安全 1\n' >"$T/own.txt"
	printf '网络安全\n' >"$T/f.txt"
	run txseg --unit=token --zh-hmm=off --zh-dict "$T/own.txt" "$T/f.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | col 8 | tr '\n' ' ')" = "网络 安全 " ]
	TX_ZH_DICT="$T/own.txt" run txseg --unit=token --zh-hmm=off "$T/f.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | col 8 | tr '\n' ' ')" = "网络 安全 " ]
}

# A small law written for these tests: 第X章 chapters over 第X条 articles,
# each article's number alone on its line, as the official texts print it;
# its look-alike is a sentence that starts with 第一 (第一次会议...), no unit
# word after the numeral, which stays text.
zh_law() {
	printf '%s\n' '第一章　总　　则' '第一条' '为了保护湖泊，制定本条例。' \
	    '第二条' '第一次会议在北京举行。' '第二章　附　　则' \
	    '第十九条' '本条例自公布之日起施行。' '第一百零五条' '第一百零五条不是第二条。'
}

@test "zh: 第X章 and 第X条 are headings, chapters over articles, numbered by their Chinese numerals" {
	zh_law >"$T/law.txt"
	run txseg "$T/law.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $8 }' <<<"$output"
	[ "$status" -eq 0 ]
	[ "$output" = "1|heading|第一章 总 则
1.1|heading|第一条
1.1|text|为了保护湖泊，制定本条例。
1.2|heading|第二条
1.2|text|第一次会议在北京举行。
2|heading|第二章 附 则
2.19|heading|第十九条
2.19|text|本条例自公布之日起施行。
2.105|heading|第一百零五条
2.105|text|第一百零五条不是第二条。" ]
}

@test "zh: --unit=section gives one record a chapter and an article, with its span" {
	zh_law >"$T/law.txt"
	run txseg --unit=section "$T/law.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $6 "|" $7 "|" $8 }' <<<"$output"
	[ "$status" -eq 0 ]
	[ "$output" = "1|0|118|第一章 总 则
1.1|25|74|第一条
1.2|75|118|第二条
2|119|249|第二章 附 则
2.19|144|193|第十九条
2.105|194|249|第一百零五条" ]
}

@test "zh: an article 第X条 with its text on its line is a run-in heading: the marker alone, the text after U+3000 goes on" {
	printf '%s\n' '第一章　总则' '第一条　为了保护湖泊，制定本条例。' \
	    '第二条 本条例自公布之日起施行。' >"$T/runin.txt"
	run txseg "$T/runin.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $6 "|" $7 "|" $8 }' <<<"$output"
	[ "$status" -eq 0 ]
	[ "$output" = "1|heading|0|18|第一章 总则
1.1|heading|19|28|第一条
1.1|text|31|70|为了保护湖泊，制定本条例。
1.2|heading|71|80|第二条
1.2|text|81|117|本条例自公布之日起施行。" ]
}

# txkwic on Chinese: a text written for these tests where 网络 stands
# alone once, inside jieba's words 网络安全 and 网络空间 (three and two
# times) and in 网络化, and an English sentence as the look-alike.
kwic_text() {
	cat >"$T/k.txt" <<'TXT'
我们要保障网络安全，也要建设清朗的网络空间。网络安全和网络空间都需要大家共同维护。

学校开设了网络课程，老师讲解网络安全知识，学生讨论网络化的生活。Internet security is part of networking.
TXT
}

# Hits of txkwic "$@" on k.txt (TSV rows less the header).
kwic_hits() {
	txkwic --tsv "$@" "$T/k.txt" | tail -n +2 | wc -l
}

@test "zh: txkwic -w finds a jieba word as often as grep -o, and 网络 only where it is a word" {
	kwic_text
	for w in 网络安全 网络空间; do
		run kwic_hits -w "$w"
		[ "$status" -eq 0 ]
		[ "$output" -eq "$(grep -o "$w" "$T/k.txt" | wc -l)" ]
	done
	# 网络 is a token once (网络课程); grep -o finds it seven times.
	run kwic_hits -w 网络
	[ "$status" -eq 0 ]
	[ "$output" -eq "$(txseg --unit=token "$T/k.txt" | col 8 | grep -cx 网络)" ]
	[ "$output" -lt "$(grep -o 网络 "$T/k.txt" | wc -l)" ]
	# Without -w, a substring as before.
	run kwic_hits 网络
	[ "$status" -eq 0 ]
	[ "$output" -eq "$(grep -o 网络 "$T/k.txt" | wc -l)" ]
	# English -w keeps its \b: net is not in networking.
	run kwic_hits -w net
	[ "$status" -eq 0 ]
	[ "$output" -eq 0 ]
}

@test "zh: txkwic -p matches Han words with or without a space between them" {
	kwic_text
	run kwic_hits -p '网络 安全'
	[ "$status" -eq 0 ]
	[ "$output" -eq "$(grep -o 网络安全 "$T/k.txt" | wc -l)" ]
	spaced="$output"
	run kwic_hits -p '网络安全'
	[ "$status" -eq 0 ]
	[ "$output" -eq "$spaced" ]
	run kwic_hits -p 'Internet security'
	[ "$status" -eq 0 ]
	[ "$output" -eq 1 ]
	run kwic_hits -p 'Internetsecurity'
	[ "$status" -eq 0 ]
	[ "$output" -eq 0 ]
}

@test "zh: txkwic aligns Han contexts by display columns (Han = 2)" {
	kwic_text
	run txkwic -w 网络安全 "$T/k.txt"
	[ "$status" -eq 0 ]
	run /usr/bin/python3 -c '
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols = set()
for line in sys.argv[1].split("\n"):
    cols.add(w(line[:line.index("网络安全 ")]))
print(len(sys.argv[1].split("\n")), sorted(cols))' "$output"
	[ "$status" -eq 0 ]
	[ "$output" = "3 [36]" ]
}

@test "zh: txfreq writes Han n-grams without spaces, --sep says otherwise, English keeps its space" {
	printf '我们要保障网络安全，维护网络 安全。Internet security matters.\n' >"$T/f.txt"
	run txfreq -n 2 "$T/f.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1 | tr '\n' ' ')" = "term internet security security matters 保障网络安全 我们要 维护网络 网络安全 要保障 " ]
	run txfreq -n 2 --sep + "$T/f.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1 | tr '\n' ' ')" = "term internet security security matters 保障+网络安全 我们+要 维护+网络 网络+安全 要+保障 " ]
	# A table of joined n-grams merges with itself.
	txfreq -n 2 "$T/f.txt" >"$T/f2.tsv"
	run txfreq --merge "$T/f2.tsv" "$T/f2.tsv"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | grep -c $'\t2\t')" -eq 7 ]
}

@test "zh: txfreq --terms and --stop take Chinese entries" {
	printf '学校开设了网络课程，维护网络安全。\n' >"$T/g.txt"
	# 网络课程 is two tokens, 网络 and 课程: a two-word term.
	printf '网络课程\n' >"$T/terms.txt"
	run txfreq --terms "$T/terms.txt" "$T/g.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1,2 | grep -c $'^网络课程\t1$')" -eq 1 ]
	[ "$(printf '%s\n' "$output" | cut -f1 | grep -cx 课程)" -eq 0 ]
	printf '了\n网络\n' >"$T/stop.txt"
	run txfreq --stop "$T/stop.txt" "$T/g.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1 | tail -n +2 | tr '\n' ' ')" = "学校 开设 维护 网络安全 课程 " ]
}

@test "zh: txdiff compares Chinese word by word (jieba's words), --by char character by character, moves as in English" {
	printf '国家保障网络安全，维护网络空间主权。学校开设网络课程。\n' >"$T/d1.txt"
	printf '学校开设网络课程。国家保障数据安全，维护网络空间主权。\n' >"$T/d2.txt"
	run txdiff --move-min 3 "$T/d1.txt" "$T/d2.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "{+<=1 学校开设网络课程。+}国家保障[-网络安全-]{+数据安全+}，维护网络空间主权。[-=>1 学校开设网络课程。-]" ]
	run txdiff --by char "$T/d1.txt" "$T/d2.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "{+<=1 学校开设网络课程。+}国家保障[-网络-]{+数据+}安全，维护网络空间主权。[-=>1 学校开设网络课程。-]" ]
	run txdiff --by char "$T/d1.txt" "$T/d1.txt"
	[ "$status" -eq 0 ]
}

@test "zh: txkeys ranks Chinese words, from text and from txfreq tables alike" {
	for _ in 1 2 3 4 5 6; do printf '国家保障网络安全，维护网络安全。'; done >"$T/kt.txt"
	for _ in 1 2 3 4 5 6; do printf '学校开设网络课程，学生学习课程。'; done >"$T/kr.txt"
	run txkeys "$T/kt.txt" "$T/kr.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | sed -n 2p | cut -f1-3)" = $'网络安全\t12\t0' ]
	[ "$(printf '%s\n' "$output" | cut -f1-3 | grep -cx $'课程\t0\t12')" -eq 1 ]
	text="$output"
	txfreq "$T/kt.txt" >"$T/kt.tsv"
	txfreq "$T/kr.txt" >"$T/kr.tsv"
	run txkeys "$T/kt.tsv" "$T/kr.tsv"
	[ "$status" -eq 0 ]
	[ "$output" = "$text" ]
}

# Structure (issue 13 §2): an opinion written for these tests as the State
# Council prints one, CRLF and a paragraph a line: a title, its date in
# brackets, 一、 parts, （一） run-in and standalone headings.
zh_opinion() {
	printf '%s\r\n' '某部门关于加强湖泊保护工作的意见' '（2020年3月5日）' \
	    '为了加强湖泊保护，推进生态文明建设，现提出如下意见。' '一、总体要求' \
	    '（一）指导思想。坚持保护优先，推进综合治理，建设美丽湖泊。' \
	    '（二）基本原则。统筹规划，分类施策，久久为功。' '（三）主要目标' \
	    '到2025年，湖泊水质明显改善，生态功能逐步恢复。' '二、重点任务' \
	    '（一）加强水源保护。划定保护区，严格管控排污口。' \
	    '（二）推进生态修复。实施退田还湖工程，恢复湿地功能。'
}

# sec|kind|start|end|text of txseg's records on stdin.
fields() {
	awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $6 "|" $7 "|" $8 }'
}

@test "zh: an opinion's 一、 and （一） are headings in the order used, a run-in title up to its 。, the title a heading, its date furniture" {
	zh_opinion >"$T/op.txt"
	run --separate-stderr txseg --unit=para --dropped "$T/d.tsv" "$T/op.txt"
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run fields <<<"$output"
	[ "$output" = "0|heading|0|48|某部门关于加强湖泊保护工作的意见
0|text|73|151|为了加强湖泊保护，推进生态文明建设，现提出如下意见。
1|heading|153|171|一、总体要求
1.1|heading|173|197|（一）指导思想。
1.1|text|197|260|坚持保护优先，推进综合治理，建设美丽湖泊。
1.2|heading|262|286|（二）基本原则。
1.2|text|286|331|统筹规划，分类施策，久久为功。
1.3|heading|333|354|（三）主要目标
1.3|text|356|423|到2025年，湖泊水质明显改善，生态功能逐步恢复。
2|heading|425|443|二、重点任务
2.1|heading|445|475|（一）加强水源保护。
2.1|text|475|517|划定保护区，严格管控排污口。
2.2|heading|519|549|（二）推进生态修复。
2.2|text|549|597|实施退田还湖工程，恢复湿地功能。" ]
	# The date line is kept, as a dropped line with its text.
	[ "$(cat "$T/d.tsv")" = "doc	line	start	end	reason	text
op	2	50	71	dateline	（2020年3月5日）" ]
	# Every span is the source's bytes: the run-in heading's and its text's.
	[ "$(head -c 197 "$T/op.txt" | tail -c +174)" = "（一）指导思想。" ]
	[ "$(head -c 260 "$T/op.txt" | tail -c +198)" = "坚持保护优先，推进综合治理，建设美丽湖泊。" ]
	# --no-drop=dateline keeps the date in the text under the title,
	# which stays a heading.
	run txseg --unit=para --no-drop=dateline "$T/op.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | sed -n 2,3p | cut -f5,8)" = "heading	某部门关于加强湖泊保护工作的意见
text	（2020年3月5日）为了加强湖泊保护，推进生态文明建设，现提出如下意见。" ]
}

@test "zh: 1． １２． 1. 1、 （1） ① number headings below 一、, full-width digits as digits, levels in the order used" {
	printf '%s\n' '一、总则' '1．目的' '（1）保护湖泊。加强湖泊管理，改善水质。' \
	    '①水质监测' '定期开展水质监测，公布监测结果。' '２．范围' \
	    '本办法适用于全市湖泊。' '二、附则' '1.本办法自发布之日起施行。' \
	    '2、本办法由市政府负责解释。' >"$T/lv.txt"
	run txseg --unit=para "$T/lv.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $8 }' <<<"$output"
	[ "$output" = "1|heading|一、总则
1.1|heading|1．目的
1.1.1|heading|（1）保护湖泊。
1.1.1|text|加强湖泊管理，改善水质。
1.1.1.1|heading|①水质监测
1.1.1.1|text|定期开展水质监测，公布监测结果。
1.2|heading|２．范围
1.2|text|本办法适用于全市湖泊。
2|heading|二、附则
2|text|1.本办法自发布之日起施行。
2|text|2、本办法由市政府负责解释。" ]
}

@test "zh: look-alikes stay text: a law article's items, 一、 inside a sentence, 一、二、三, 1．5, a date in a sentence" {
	# Items of an article, after its colon and ending in ；: text of the
	# article, joined without spaces.
	printf '%s\n' '第一章　总则' '第一条　网络运营者应当履行下列义务：' \
	    '（一）制定内部安全管理制度。确定负责人，落实责任；' \
	    '（二）采取防范措施；' '（三）法律规定的其他义务。' \
	    '第二条　本条例自公布之日起施行。' >"$T/law.txt"
	run txseg --unit=para "$T/law.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $8 }' <<<"$output"
	[ "$output" = "1|heading|第一章 总则
1.1|heading|第一条
1.1|text|网络运营者应当履行下列义务：（一）制定内部安全管理制度。确定负责人，落实责任；（二）采取防范措施；（三）法律规定的其他义务。
1.2|heading|第二条
1.2|text|本条例自公布之日起施行。" ]
	# Outside a law: after a colon, items ending in ；, a short one too.
	printf '%s\n' '一、主要任务' '各地要做好以下工作：' '（一）加强监测；' \
	    '（二）完善制度。健全机制，落实责任。' >"$T/items.txt"
	run txseg --unit=para "$T/items.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f2,5 | sort | uniq -c | awk '{ print $1, $2, $3 }')" = "1 1 heading
1 1 text
1 sec kind" ]
	# In running text: a line that goes on from a sentence, numbers.
	printf '%s\n' '　　我们讨论了三个问题，分别是关于' '一、二、三产业的融合，以及他说的' \
	    '一、要加强管理的意见和' '1．5亿元资金的使用。' '2018年1月2日，会议在北京召开。' \
	    >"$T/run.txt"
	run txseg --unit=para "$T/run.txt"
	[ "$status" -eq 0 ]
	run fields <<<"$output"
	[ "$output" = "0|text|6|207|我们讨论了三个问题，分别是关于一、二、三产业的融合，以及他说的一、要加强管理的意见和 1．5亿元资金的使用。 2018年1月2日，会议在北京召开。" ]
}

@test "zh: a numbered paragraph whose title has a comma is text, and those after it stay headings; short numbered lines in a row are a list" {
	printf '%s\n' '一、总体要求' '（一）指导思想。坚持保护优先，推进综合治理。' \
	    '（二）坚持创新，推动发展。统筹规划，分类施策。' \
	    '（三）主要目标。到2025年，水质明显改善。' >"$T/sib.txt"
	run txseg --unit=para "$T/sib.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $8 }' <<<"$output"
	[ "$output" = "1|heading|一、总体要求
1.1|heading|（一）指导思想。
1.1|text|坚持保护优先，推进综合治理。
1.1|text|（二）坚持创新，推动发展。统筹规划，分类施策。
1.3|heading|（三）主要目标。
1.3|text|到2025年，水质明显改善。" ]
	printf '%s\n' '一、主要内容' '（一）加强监测' '（二）完善制度' '（三）落实责任' \
	    '各地要抓好落实。' >"$T/short.txt"
	run txseg "$T/short.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $8 }' <<<"$output"
	[ "$output" = "1|heading|一、主要内容
1|text|（一）加强监测
1|text|（二）完善制度
1|text|（三）落实责任
1|text|各地要抓好落实。" ]
}

@test "zh: a Chinese title over a blank line and a wrapped paragraph is a heading; a first line that is a clause is not" {
	printf '%s\n' '关于加强湖泊保护工作的通知' '' \
	    '　　为了加强湖泊保护，推进生态文明建设，根据有关法律法规，结合本地实' \
	    '际，现就有关事项通知如下。' >"$T/tt.txt"
	run txseg --unit=para "$T/tt.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f5 | tr '\n' ' ')" = "kind heading text " ]
	printf '%s\n' '为了加强湖泊保护，推进生态建设' '' '现就有关事项通知如下。' >"$T/nt.txt"
	run txseg --unit=para "$T/nt.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f5 | tr '\n' ' ')" = "kind text text " ]
}

@test "zh: a title's date line is furniture in （） 〔〕 () with full-width digits, a date line after the text is not" {
	printf '%s\n' '湖泊保护办法' '〔２０１８年１月２日〕' \
	    '为了保护湖泊，制定本办法。各级政府应当加强领导。' '一、总体要求' \
	    '各地区要高度重视湖泊保护工作。' '(2018年1月2日)' >"$T/dt.txt"
	run txseg --unit=para --dropped "$T/d.tsv" "$T/dt.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $2 "|" $5 "|" $8 }' <<<"$output"
	[ "$output" = "0|heading|湖泊保护办法
0|text|为了保护湖泊，制定本办法。各级政府应当加强领导。
1|heading|一、总体要求
1|text|各地区要高度重视湖泊保护工作。
1|text|(2018年1月2日)" ]
	[ "$(cut -f2,5,6 "$T/d.tsv")" = "line	reason	text
2	dateline	〔２０１８年１月２日〕" ]
	# Not a date: a figure in brackets, a year alone.
	printf '%s\n' '湖泊保护办法' '（2018年）' '（共3条）' \
	    '为了保护湖泊，制定本办法。各级政府应当加强领导。' >"$T/nd.txt"
	run txseg --stats "$T/nd.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "doc	rule	lines
nd	total	0" ]
}

@test "zh: U+3000 at a line start opens a paragraph; wrapped Chinese lines join without a space, Latin ones with one" {
	printf '%s\n' '　　第一段的内容写在这里，这一行没有句号结尾，还在继续' \
	    '写下去直到这里，然后没有标点' '　　第二段从这里开始，用全角空格缩进，' \
	    '说：' '“我们同意。”' '' 'The lines of English text wrap' \
	    'and keep their space—' '“Next” says so.' >"$T/ind.txt"
	run txseg --unit=para "$T/ind.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $3 "|" $6 "|" $7 "|" $8 }' <<<"$output"
	[ "$output" = '1|6|124|第一段的内容写在这里，这一行没有句号结尾，还在继续写下去直到这里，然后没有标点
2|131|211|第二段从这里开始，用全角空格缩进，说：“我们同意。”
3|213|287|The lines of English text wrap and keep their space— “Next” says so.' ]
	# The spans are exact: each paragraph is its source bytes, the line
	# ends taken out.
	[ "$(head -c 124 "$T/ind.txt" | tail -c +7 | tr -d '\n')" = "第一段的内容写在这里，这一行没有句号结尾，还在继续写下去直到这里，然后没有标点" ]
	# Without the indent the second paragraph goes on from the first.
	sed 's/^　　//' "$T/ind.txt" >"$T/flat.txt"
	run txseg --unit=para "$T/flat.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | sed -n 2p | cut -f8)" = '第一段的内容写在这里，这一行没有句号结尾，还在继续写下去直到这里，然后没有标点第二段从这里开始，用全角空格缩进，说：“我们同意。”' ]
}

@test "zh: lines are measured in display columns: a 。 that ends a full wrapped line goes on, a short line's ends the paragraph" {
	# 42 to 43 characters a line (84 to 86 columns, 126 to 129 bytes): by
	# bytes the lines would be too wide for wrapped text, and every 。 at
	# a line end would end a paragraph.
	printf '%s\n' '各地区各部门要充分认识保护湖泊的重要意义，把湖泊保护摆在更加突出的位置上来抓好落实。' \
	    '要建立健全湖泊保护责任体系，明确各级政府和有关部门的职责分工，形成上下联动的工作格局，' \
	    '切实做到守土有责、守土负责、守土尽责。' \
	    '要加强湖泊水质监测，完善监测网络，提高监测能力，及时发布监测信息，接受社会各界的监督，' \
	    '确保湖泊水质稳步改善。' >"$T/wr.txt"
	run txseg --unit=para "$T/wr.txt"
	[ "$status" -eq 0 ]
	run awk -F'\t' 'NR > 1 { print $3 "|" $6 "|" $7 }' <<<"$output"
	[ "$output" = "1|0|314
2|315|478" ]
}

@test "zh: a document whose lines are paragraphs keeps each line a paragraph, as English does" {
	# Lines of 61 characters or more (122 columns and over): no wrapped
	# text is that wide (para.c's estimate_wrap), so each line that ends
	# a sentence ends its paragraph, in Chinese as in English.
	p=湖泊保护工作要坚持生态优先，推进绿色发展，
	printf '%s\r\n' "$p$p$p确保取得实效。" "$p$p$p$p落实各项任务。" \
	    "$p$p$p加强监督检查。" >"$T/lines.txt"
	run txseg --unit=para "$T/lines.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | col 3 | tr '\n' ' ')" = "1 2 3 " ]
	e="The work of protecting lakes puts ecology first and greens growth, "
	printf '%s\r\n' "$e$e so it goes." "$e$e$e so it is done." \
	    "$e$e so it is checked." >"$T/en.txt"
	run txseg --unit=para "$T/en.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | col 3 | tr '\n' ' ')" = "1 2 3 " ]
}

@test "zh: list items on lines of their own after ：/； end their sentences there; the same items run into one line are one sentence" {
	printf '%s\n' '第二十一条　运营者应当履行下列义务：' '（一）制定内部管理制度；' '（二）采取技术措施；' '（三）其他义务。' '' \
	    '第二十二条　运营者应当遵守下列规定：（一）不得设置恶意程序；（二）及时告知用户。' '' \
	    '第二十三条　本条不列项目；' '一般的文字接在下一行。' > "$T/items.txt"
	run -0 txseg "$T/items.txt"
	[ "$(tail -n +2 <<< "$output" | awk -F '\t' '$5 == "text" { print $2 ":" $8 }')" = "$(printf '%s\n' '21:运营者应当履行下列义务：' '21:（一）制定内部管理制度；' '21:（二）采取技术措施；' '21:（三）其他义务。' '22:运营者应当遵守下列规定：（一）不得设置恶意程序；（二）及时告知用户。' '23:本条不列项目；一般的文字接在下一行。')" ]
	# one paragraph each article, the items' lines joined without a space
	[ "$(txseg --unit=para "$T/items.txt" | awk -F '\t' '$5 == "text"' | wc -l)" -eq 3 ]
}

@test "zh: txkwic --sort L1 orders Han keys by code point, --collate pinyin by their pinyin (ICU), in any locale" {
	# the words left of 网络: 在 zai U+5728, 中 zhong U+4E2D, 啊 a
	# U+554A, 七八 qi ba U+4E03: by code point 七八 中 啊 在; by pinyin
	# a, qi ba, zai, zhong: 啊 七八 在 中
	printf '%s\n\n' '我们在网络上。' '这是中网络。' '他说啊网络。' '七八网络。' > "$T/col.txt"
	run -0 txkwic --tsv --sort L1 '网络' "$T/col.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f11 | paste -sd ' ')" = "七八 中 啊 在" ]
	run -0 txkwic --tsv --sort L1 --collate pinyin '网络' "$T/col.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f11 | paste -sd ' ')" = "啊 七八 在 中" ]
	want=$output
	# the collator is named, not taken from the locale
	run -0 env LC_ALL=tr_TR.UTF-8 LANG=de_DE.UTF-8 txkwic --tsv --sort L1 --collate pinyin '网络' "$T/col.txt"
	[ "$output" = "$want" ]
	# Latin keys keep their order among themselves (case-folded)
	printf '%s\n\n' 'the Beta 网络。' 'an alpha 网络。' > "$T/lat.txt"
	run -0 txkwic --tsv --sort L1 --collate pinyin '网络' "$T/lat.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f11 | paste -sd ' ')" = "alpha beta" ]
	run -2 --separate-stderr txkwic --sort L1 --collate x '网络' "$T/col.txt"
	[ "$stderr" = "txkwic: --collate: 'x' is not codepoint or pinyin" ]
	run -2 --separate-stderr txkwic --collate pinyin '网络' "$T/col.txt"
	[ "$stderr" = "txkwic: --collate goes with --sort" ]
	[ -z "$output" ]
}
