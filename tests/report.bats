#!/usr/bin/env bats
# make report (report.mk, scripts/report, scripts/report-page): a page a
# person opens, tested as a person would in headless Chromium; a make
# graph that rebuilds only what a change touches, the same bytes with -j2;
# counts that mean what they say; Chinese documents in their own words;
# document text escaped.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	# The report is shell, awk and make around the tools, which every
	# other file tests under the sanitizers: the sanitized round (some
	# 300 tool runs here, 3 to 5 times slower) would only add time past
	# the suite's 10 minutes.
	case "${TX_BIN:-}" in
	*/asan*/*) skip "the sanitized round: report.mk drives the release tools" ;;
	esac
	T="$BATS_TEST_TMPDIR"
	cd "$TX_ROOT" || return 1
	export TX_BIN="${TX_BIN:-$TX_ROOT/bin}"
}

# report DIR [CORPUS] [make args...]: the report of CORPUS (default the
# samples) into DIR.
report() {
	local dir=$1 corpus=${2:-samples}
	shift 2 || shift $#
	REPORT_DIR="$dir" REPORT_SAMPLES="$corpus" scripts/report "$@"
}

# chromium_page FILE [shot]: opens FILE in headless Chromium; the DOM
# after its scripts ran into $T/dom.html, its console into $T/console;
# with shot, a screenshot beside FILE (screenshot.png).
chromium_page() {
	local url="file://$1"
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --hide-scrollbars --enable-logging=stderr --v=0 --dump-dom "$url" \
	    > "$T/dom.html" 2> "$T/chromium.err"
	grep ':CONSOLE' "$T/chromium.err" > "$T/console" || true
	[ "${2:-}" = shot ] || return 0
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --hide-scrollbars --window-size=1280,1800 \
	    --screenshot="$(dirname "$1")/screenshot.png" "$url" 2>/dev/null
}

# columns_defined PAGE: every column name the page's tables show is in
# its Columns list (<dt>a, b</dt>), but for the few that say what they
# are; and the list is there.
columns_defined() {
	/usr/bin/python3 - "$1" <<-'PY'
	import sys
	from html.parser import HTMLParser
	class P(HTMLParser):
	    tag = ""; ths = set(); dts = set()
	    def handle_starttag(s, tag, a): s.tag = tag
	    def handle_endtag(s, tag): s.tag = ""
	    def handle_data(s, d):
	        if s.tag == "th": s.ths.add(d.strip())
	        elif s.tag == "dt": s.dts.update(x.strip() for x in d.split(","))
	p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
	plain = {"date", "title", "publisher", "term", "collocate", "left",
	    "match", "right", "sentences", "sections"}
	assert len(p.dts) >= 30, p.dts
	assert p.ths - plain - p.dts == set(), p.ths - plain - p.dts
	PY
}

@test "report: the page of the samples, opened in Chromium: no console error, every link a file, plots with titles and axes" {
	command -v chromium >/dev/null || skip "no chromium (scripts/install-deps test installs it)"
	# The report itself (report/, as make report writes it), so that its
	# screenshot is there for a person to look at: report/screenshot.png.
	run -0 report "$TX_ROOT/report"
	[ "${lines[-1]}" = "report: open $TX_ROOT/report/index.html" ]
	rm -rf "$T/r"
	ln -s "$TX_ROOT/report" "$T/r"
	chromium_page "$TX_ROOT/report/index.html" shot
	[ ! -s "$T/console" ] || { cat "$T/console"; false; }
	[ -s "$T/r/screenshot.png" ]
	# Every link of the page is a file of the report (or an anchor).
	n=0
	while read -r href; do
		case $href in '#'*) continue ;; esac
		[ -f "$T/r/$href" ] || { echo "broken link: $href"; false; }
		n=$((n + 1))
	done < <(grep -o 'href="[^"]*"' "$T/dom.html" | sed 's/^href="//; s/"$//' | sort -u)
	[ "$n" -gt 40 ]
	# Every plot has a title and two axis labels; every table a header.
	/usr/bin/python3 - "$T/dom.html" <<-'PY'
	import sys, xml.dom.minidom, re
	from html.parser import HTMLParser
	class P(HTMLParser):
	    def __init__(s):
	        super().__init__(); s.stack = []; s.plots = []; s.tables = []
	    def handle_starttag(s, tag, a):
	        a = dict(a)
	        if tag == "svg" and "plot" in (a.get("class") or ""):
	            s.plots.append({"title": 0, "axis": 0}); s.stack.append("plot")
	        elif tag == "title" and s.stack and s.stack[-1] == "plot":
	            s.plots[-1]["title"] += 1
	        elif tag == "text" and s.stack and "axis-label" in (a.get("class") or ""):
	            s.plots[-1]["axis"] += 1
	        elif tag == "table":
	            s.tables.append(0)
	        elif tag == "th" and s.tables:
	            s.tables[-1] += 1
	    def handle_endtag(s, tag):
	        if tag == "svg" and s.stack:
	            s.stack.pop()
	p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
	assert len(p.plots) >= 4, p.plots
	for i, q in enumerate(p.plots):
	    assert q["title"] >= 1 and q["axis"] >= 2, (i, q)
	assert len(p.tables) >= 7 and all(t >= 3 for t in p.tables), p.tables
	PY
	# The sections a reader looks for, each with its picture or table.
	for h in 'The corpus' Frequency 'Dispersion plots' Keyness Concordance Collocates Diff Columns; do
		grep -q "<h2 id=\"[a-z]*\">$h</h2>" "$T/dom.html" || { echo "no section $h"; false; }
	done
	columns_defined "$T/dom.html"
	# The corpus table's txseg runs, each as make ran it (R/cmd/).
	id=2016-12-27-strategy-national-cyberspace-security
	grep -qF "<a href=\"doc/$id.tokens.tsv\">doc/$id.tokens.tsv</a>: <code>$(cat "$T/r/cmd/$id.tokens.tsv.txt")</code>" "$T/dom.html"
	[ "$(grep -o '<a href="doc/[^"]*">' "$T/dom.html" | grep -c -v dropped)" -eq 20 ]
	# The diff's figures are txdiff --stat's table, shown as one.
	for f in "$T"/r/diff-*.stat.tsv; do
		[ "$(head -1 "$f")" = $'a\tb\ta_words\tb_words\tcommon\tdeleted\tinserted\tchanged_a\tchanged_b\tmoved\tedits' ]
	done
	[ "$(grep -c '<th>changed_a</th>' "$T/dom.html")" -eq 2 ]
	# PNG copies of every SVG, the networks drawn by Graphviz.
	for f in "$T"/r/*.svg; do [ -s "${f%.svg}.png" ]; done
	grep -q '<title>collocates</title>' "$T/r/coll-sovereignty.svg"
}

@test "report: a make graph: nothing to do twice, a touched document rebuilds what depends on it, -j2 the same bytes" {
	mkdir "$T/in"
	cp samples/*.txt samples/corpus.tsv "$T/in/"
	run -0 report "$T/r" "$T/in"
	# Up to date: make -q says so, and a run rewrites nothing.
	run -0 report "$T/r" "$T/in" -q "$T/r/index.html"
	find "$T/r" -type f -newer "$T/r/index.html" > "$T/newer"
	[ ! -s "$T/newer" ]
	# One document touched: its own files and the corpus's, not the
	# others' (their txseg runs, their hits).
	sleep 1
	touch "$T/in/2017-03-01-summary-strategy-international-cooperation.txt"
	run -0 report "$T/r" "$T/in" -n
	grep -q 'txseg --unit=token .*2017-03-01-summary' <<< "$output"
	grep -q 'txfreq ' <<< "$output"
	! grep -q 'txseg --unit=token .*2016-12-27' <<< "$output" || false
	# The diff of the pair without it is not redone; the one with it is.
	grep -q 'txdiff --tsv .*2017-03-01-summary' <<< "$output"
	! grep -q 'txdiff --tsv .*2021-10-20' <<< "$output" || false
	run -0 report "$T/r" "$T/in"
	# The same bytes from scratch with two jobs, in another locale.
	(cd "$T/r" && find . -type f ! -name screenshot.png -print0 | sort -z | xargs -0 sha256sum) > "$T/sums1"
	rm -rf "$T/r"
	run -0 report "$T/r" "$T/in" -j2
	(cd "$T/r" && find . -type f ! -name screenshot.png -print0 | sort -z | xargs -0 sha256sum) > "$T/sums2"
	diff "$T/sums1" "$T/sums2"
}

@test "report: the user's corpus, terms and pairs; document text is escaped, nothing in it runs" {
	mkdir "$T/c"
	# A document of its own, with markup in its text and in its title.
	printf '%s\n\n%s\n' 'Tags and sovereignty' \
	    'A page on sovereignty said <script>alert(1)</script> and </td> and &amp; to test us. Multilateralism is the rule.' > "$T/c/a.txt"
	printf '%s\n\n%s\n' 'Plain text' 'Sovereignty and multilateralism, again, with no tags at all.' > "$T/c/b.txt"
	printf 'doc\tdate\tyear\ttitle\tpublisher\tkind\na\t2020-01-01\t2020\tA </td><script>alert(2)</script> title\tus & co\ttest\nb\t2021-01-01\t2021\tB\tthem\ttest\n' > "$T/c/meta.tsv"
	run -0 report "$T/r" "$T/c" META="$T/c/meta.tsv" TERMS="sovereignty multilateralism" PAIRS="a.txt:b.txt"
	[ -s "$T/r/plot-multilateralism.svg" ]
	[ -s "$T/r/diff-a-vs-b.tsv" ]
	# Escaped in the page's source: the text shows, no tag of it is one.
	grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$T/r/index.html"
	grep -q '&lt;/td&gt;&lt;script&gt;alert(2)' "$T/r/index.html"
	grep -q '&amp;amp;' "$T/r/index.html"
	[ "$(grep -c '<script' "$T/r/index.html")" -eq 1 ]	# the page's own
	command -v chromium >/dev/null || skip "no chromium (scripts/install-deps test installs it)"
	chromium_page "$T/r/index.html"
	[ ! -s "$T/console" ] || { cat "$T/console"; false; }
	[ "$(grep -c '<script' "$T/dom.html")" -eq 1 ]
	grep -q 'alert(1)' "$T/dom.html"
}

@test "report: tokens, words and items mean what they say, in every file" {
	# The samples' report (report/, made already by the first test: then
	# make has nothing to do).
	report "$TX_ROOT/report" > /dev/null
	R="$TX_ROOT/report"
	[ "$(head -1 "$R/summary.tsv")" = $'doc\tsections\tparagraphs\tsentences\theadings\ttoc\ttokens\twords\tcjk\tdropped\tdropped_by_rule' ]
	[ "$(head -1 "$R/stats.tsv")" = $'doc\titems\ttypes\tttr\tsentences\tmean_sentence_length' ]
	n=0
	while IFS=$'\t' read -r doc _ _ _ _ _ tokens words cjk dropped rules; do
		f="samples/$doc.txt"
		# tokens: every token record; words: those of type word
		[ "$tokens" = "$(txseg --unit=token "$f" | tail -n +2 | wc -l)" ]
		[ "$words" = "$(txseg --unit=token "$f" | awk -F '\t' '$9 == "word"' | wc -l)" ]
		# cjk: those of type cjk (Han words)
		[ "$cjk" = "$(txseg --unit=token "$f" | awk -F '\t' '$9 == "cjk"' | wc -l)" ]
		# items: the tokens other than punctuation and symbols, contents
		# lines aside, which is the sum of the word list's counts
		items=$(awk -F '\t' -v d="$doc" '$1 == d { print $2 }' "$R/stats.tsv")
		[ "$items" = "$(txseg --unit=token "$f" | awk -F '\t' 'NR > 1 && $5 != "toc" && $9 != "punct" && $9 != "sym"' | wc -l)" ]
		[ "$items" = "$(txfreq "$f" | col 2 | paste -sd+ | bc)" ]
		[ "$items" -lt "$tokens" ]
		# dropped: txseg --dropped's lines, by rule as they add up
		txseg --dropped "$T/d.tsv" "$f" > /dev/null
		[ "$dropped" = "$(tail -n +2 "$T/d.tsv" | wc -l)" ]
		[ "$dropped" = "$(tr ' ' '\n' <<< "$rules" | awk -F = '{ s += $2 } END { print s + 0 }')" ]
		n=$((n + 1))
	done < <(tail -n +2 "$R/summary.tsv")
	[ "$n" -eq 5 ]
	# The corpus's files are the documents' put together.
	[ "$(tail -n +2 "$R/tokens.tsv" | wc -l)" = "$(cut -f7 "$R/summary.tsv" | tail -n +2 | paste -sd+ | bc)" ]
}

@test "report: no documents, a missing META, a PAIRS document not in CORPUS stop with a message; a term with a quote works" {
	mkdir "$T/c" "$T/empty"
	printf '%s\n\n%s\n' 'Rules' "Don't rule: the states' sovereignty." > "$T/c/a.txt"
	printf '%s\n\n%s\n' 'Other' "Sovereignty, they don't say." > "$T/c/b.txt"
	run -2 report "$T/r" "$T/empty"
	[[ $output == *"report: no documents (*.txt) in $T/empty"* ]]
	run -2 report "$T/r" "$T/c" META="$T/c/none.tsv" PAIRS=a.txt:b.txt
	[[ $output == *"report: META=$T/c/none.tsv: no such file"* ]]
	run -2 report "$T/r" "$T/c" PAIRS=a.txt:c.txt
	[[ $output == *"report: PAIRS: c.txt is not a document of $T/c"* ]]
	run -2 report "$T/r" "$T/c" PAIRS=a.txt
	[[ $output == *"report: PAIRS: a.txt is not a.txt:b.txt"* ]]
	[ ! -e "$T/r/index.html" ]
	# A quote in a term is the shell's problem no more: the hits are
	# grep's, and the recorded command gives the file again.
	run -0 report "$T/r" "$T/c" TERMS="don't sovereignty" PAIRS=a.txt:b.txt
	s=$(scripts/report-page slug "don't")
	[ "$s" = don_27t ]
	[ "$(tail -n +2 "$T/r/kwic-$s.tsv" | wc -l)" -eq "$(grep -oi "don't" "$T/c"/*.txt | wc -l)" ]
	bash -c "$(cat "$T/r/cmd/kwic-$s.tsv.txt")" | cmp - "$T/r/kwic-$s.tsv"
	grep -q "^TERMS=don't sovereignty\$" "$T/r/settings.txt"
}

@test "report: terms and documents with Chinese or other non-ASCII names get files of their own" {
	mkdir "$T/c"
	printf '%s\n\n%s\n' '网络规定' '国家尊重各国的主权，保护网络和信息安全。主权不容侵犯。' > "$T/c/规定.txt"
	printf '%s\n\n%s\n' 'Rules' 'Sovereignty and the network, 网络 and 主权 once each.' > "$T/c/rules.txt"
	run -0 report "$T/r" "$T/c" TERMS="主权 网络 Sovereignty" PAIRS="规定.txt:rules.txt"
	[[ $output != *warning* ]]
	# One name, one file: the two Chinese terms were both "------".
	[ "$(scripts/report-page slug 主权)" = _e4_b8_bb_e6_9d_83 ]
	[ "$(scripts/report-page slug 'Cyber security_x')" = cyber_20security_5fx ]
	[ "$(scripts/report-page slug 2017-03-01-strategy)" = 2017-03-01-strategy ]
	for t in 主权 网络 Sovereignty; do
		s=$(scripts/report-page slug "$t")
		[ -s "$T/r/plot-$s.svg" ]
		# jieba's words: the hits are grep's count of the term
		[ "$(tail -n +2 "$T/r/kwic-$s.tsv" | wc -l)" -eq "$(grep -oi "$t" "$T/c"/*.txt | wc -l)" ]
	done
	[ "$(tail -n +2 "$T/r/kwic-$(scripts/report-page slug 主权).tsv" | wc -l)" -eq 3 ]
	[ -s "$T/r/diff-_e8_a7_84_e5_ae_9a-vs-rules.tsv" ]
	grep -q 'Dispersion of «主权»: 3 hits' "$T/r/index.html"
	columns_defined "$T/r/index.html"
}

@test "report: a Chinese document beside the samples gets a Chinese section, in its own words" {
	in="$T/in"
	mkdir "$in"
	cp samples/*.txt samples/corpus.tsv "$in/"
	z=2016-11-07-law-test-zh
	# a law of two chapters and three articles, written for this test;
	# 主权 three times, twice inside the jieba word 空间主权
	printf '%s\n\n' '某某网络管理规定' '第一章　总　则' \
	    '第一条　为了维护网络空间主权和公共利益，制定本规定。' \
	    '第二条　在境内建设和使用网络，适用本规定。' \
	    '第二章　支持与促进' \
	    '第三条　国家尊重各国网络主权，维护网络空间主权，反对网络霸权。' > "$in/$z.txt"
	printf '%s\t%s.txt\t2016-11-07\t2016\t网络管理规定\ttest\tlaw\t0\twritten for the test\n' "$z" "$z" >> "$in/corpus.tsv"
	report "$T/zr" "$in" > /dev/null
	R="$T/zr"
	[ "$(cat "$R/zh.list")" = "$in/$z.txt" ]
	grep -q '<h2 id="chinese">Chinese documents</h2>' "$R/index.html"
	columns_defined "$R/index.html"
	# summary: Han words counted as cjk, no Latin words; English docs none
	tok=$(txseg --unit=token "$in/$z.txt")
	[ "$(awk -F '\t' -v d="$z" '$1 == d { print $8, $9 }' "$R/summary.tsv")" = "0 $(awk -F '\t' '$9 == "cjk"' <<< "$tok" | wc -l)" ]
	[ "$(awk -F '\t' 'NR > 1 && $1 != "'"$z"'" && $9 != 0' "$R/summary.tsv" | wc -l)" -eq 0 ]
	# only the Chinese document is in the Chinese files; its tree: the
	# title (section 0), two chapters, three articles under them
	[ "$(tail -n +2 "$R/zh-sections.tsv" | cut -f1 | sort -u)" = "$z" ]
	[ "$(awk -F '\t' '$5 == "heading" { print $2 }' "$R/zh-sections.tsv" | paste -sd ' ')" = "0 1 1.1 1.2 2 2.3" ]
	# every 主权, as grep counts them, compounds too
	[ "$(tail -n +2 "$R/zh-kwic-sovereignty.tsv" | wc -l)" = "$(grep -o '主权' "$in/$z.txt" | wc -l)" ]
	# the collocates of 主权: f_node is grep's count; 维护 is in three
	# windows (L2 of both 空间主权, R1 of 网络主权 past the comma) of its
	# two occurrences (f_coll 2: the third article's is in two windows)
	[ "$(tail -n +2 "$R/zh-coll-sovereignty.tsv" | cut -f4 | sort -u)" = "$(grep -o '主权' "$in/$z.txt" | wc -l)" ]
	[ "$(awk -F '\t' '$1 == "维护" { print $2, $3 }' "$R/zh-coll-sovereignty.tsv")" = "3 2" ]
	# phrases without a space: 网络 + 空间主权, twice
	[ "$(awk -F '\t' '$1 == "网络空间主权" { print $2 }' "$R/zh-bigrams.tsv")" = 2 ]
	[ "$(cut -f1 "$R/zh-bigrams.tsv" | grep -c ' ')" -eq 0 ]
	# Without it again, the Chinese files go.
	rm "$in/$z.txt"
	report "$T/zr" "$in" > /dev/null
	[ ! -s "$R/zh.list" ]
	[ -z "$(find "$R" -name 'zh-*')" ]
}
