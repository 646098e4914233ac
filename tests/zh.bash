# Shared by the Chinese tests (zh.bats, zh-input.bats): python jieba, the
# oracle, and the dictionary txseg would read.
# shellcheck shell=bash

# Han-word agreement: prints "jieba ours equal" for HMM on (1) or off (0).
agree() {
	/usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import logging, subprocess, sys
import jieba
jieba.setLogLevel(logging.WARNING)
path, hmm, out = sys.argv[1], sys.argv[2] == "1", sys.argv[3]
han = lambda c: "\u4e00" <= c <= "\u9fd5"
def spans(tokens):
    s, k = set(), 0
    for t in tokens:
        n = sum(1 for c in t if han(c))
        if n and n == len(t):
            s.add((k, n))
        k += n
    return s
j = spans(jieba.cut(open(path, encoding="utf-8").read(), HMM=hmm))
t = spans(l.split("\t")[7] for l in open(out, encoding="utf-8").read().split("\n")[1:] if l)
print(len(j), len(t), len(j & t))
PY
}

need_jieba() {
	/usr/bin/python3 -c 'import jieba' 2>/dev/null ||
	    skip "/usr/bin/python3 has no jieba (Debian python3-jieba)"
	[ -n "$(zh_dict)" ] || skip "no jieba dictionary installed"
}

# The dictionary txseg would read.
zh_dict() {
	local d
	for d in /usr/lib/python3/dist-packages/jieba/dict.txt \
	    /usr/local/lib/python3*/dist-packages/jieba/dict.txt; do
		[ -r "$d" ] && { printf '%s\n' "$d"; return; }
	done
}
