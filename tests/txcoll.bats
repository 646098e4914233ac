#!/usr/bin/env bats
# txcoll: collocates against counts done by hand and by awk over txkwic's
# lines, every measure against worked arithmetic, clusters, positions,
# groups, the network through Graphviz, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	HEADER=$'collocate\tf_node_coll\tf_coll\tf_node\twindow_size\tn\texpected\tmi\tmi3\tg2\tt\tz\tdice\tlogdice\tlog_ratio\tdp_coll_node\tdp_node_coll\trange'
	# Three sentences, 24 words; the node (sovereign*) 3 times.
	cat > "$T/c.txt" <<-'EOF'
	The state holds sovereign power over the land. The people hold sovereign rights in the state.

	Sovereignty belongs to the people and the state.
	EOF
}

row() {	# row KEY: the row of $output whose first field is KEY
	grep $'^'"$1"$'\t' <<< "$output"
}

@test "txcoll --help, --version and option errors" {
	run -0 txcoll --help
	[[ "${lines[0]}" == "usage: txcoll "* ]]
	run -0 txcoll --version
	[[ "$output" =~ ^txcoll\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	run -2 --separate-stderr txcoll
	[[ "$stderr" == *"Try 'txcoll --help'"* ]]
	run -2 --separate-stderr txcoll --within line x "$T/c.txt"
	[ "$stderr" = "txcoll: --within: 'line' is not sent, para or doc" ]
	run -2 --separate-stderr txcoll --expected span x "$T/c.txt"
	[ "$stderr" = "txcoll: --expected: 'span' is not window or node" ]
	run -2 --separate-stderr txcoll --sort chi2 x "$T/c.txt"
	[[ "$stderr" == "txcoll: --sort: 'chi2' is not a measure: g2, mi, "* ]]
	run -2 --separate-stderr txcoll --network svg x "$T/c.txt"
	[ "$stderr" = "txcoll: --network: 'svg' is not dot or graphml" ]
	run -2 --separate-stderr txcoll --window 3 --left 2 x "$T/c.txt"
	[ "$stderr" = "txcoll: --window and --left contradict each other" ]
	run -2 --separate-stderr txcoll --left 0 --right 0 x "$T/c.txt"
	[ "$stderr" = "txcoll: the window is empty: --left and --right are 0" ]
	run -2 --separate-stderr txcoll --left 1001 x "$T/c.txt"
	[ "$stderr" = "txcoll: --left: '1001': at most 1000 words" ]
	run -2 --separate-stderr txcoll --depth 2 x "$T/c.txt"
	[ "$stderr" = "txcoll: --depth goes with --network" ]
	run -2 --separate-stderr txcoll --clusters 1 x "$T/c.txt"
	[ "$stderr" = "txcoll: --clusters: '1': 2 to 9 words" ]
	run -2 --separate-stderr txcoll --clusters 3 --positions x "$T/c.txt"
	[ "$stderr" = "txcoll: --clusters and --positions contradict each other" ]
	run -2 --separate-stderr txcoll --network dot --csv x "$T/c.txt"
	[ "$stderr" = "txcoll: --network and --csv contradict each other" ]
	run -2 --separate-stderr txcoll --network dot --depth 2 x - < "$T/c.txt"
	[ "$stderr" = "txcoll: --depth 2 reads the input twice: not standard input" ]
	run -2 --separate-stderr txcoll --also-words x "$T/c.txt"
	[ "$stderr" = "txcoll: --also-words: a collocate is a term or a word, not both" ]
	run -2 --separate-stderr txcoll --meta "$T/c.txt" x "$T/c.txt"
	[ "$stderr" = "txcoll: --meta goes with --by VAR" ]
	run -2 --separate-stderr txcoll '(x' "$T/c.txt"
	[ "$stderr" = "txcoll: bad regex at offset 2: missing closing parenthesis" ]
	[ -z "$output" ]
}

@test "txcoll: every measure of a worked example, the arithmetic by hand" {
	run -0 txcoll -i 'sovereign\w*' "$T/c.txt"
	[ "${lines[0]}" = "$HEADER" ]
	# N = 24 words (8 a sentence); the node 3 times; its windows (5 and
	# 5 within the sentence): 3 + 4, 3 + 4, 0 + 5 = R1 = 19 items.
	# people: O11 = 2 (L2 of the second, R4 of the third), C1 = 2.
	#   E11 = R1 C1 / N = 19 * 2 / 24 = 1.583333
	#   MI  = log2(O11 / E11) = log2(1.263158) = 0.3370
	#   MI3 = log2(O11^3 / E11) = log2(8 / 1.583333) = log2(5.052632) = 2.3370
	#   O12 = R1 - O11 = 17, O21 = C1 - O11 = 0, O22 = N - R1 - C1 + O11 = 5
	#   E12 = R1 (N - C1) / N = 17.416667, E21 = (N - R1) C1 / N = 0.416667,
	#   E22 = (N - R1)(N - C1) / N = 4.583333
	#   G2 = 2 (2 ln(2 / 1.583333) + 17 ln(17 / 17.416667) + 5 ln(5 / 4.583333))
	#      = 2 (0.467229 - 0.411638 + 0.435057) = 0.9813 (O11 > E11: +)
	#   t = (O11 - E11) / sqrt(O11) = 0.416667 / 1.414214 = 0.2946
	#   z = (O11 - E11) / sqrt(E11) = 0.416667 / 1.258306 = 0.3311
	#   Dice = 2 O11 / (f_node + C1) = 4 / 5 = 0.8; logDice = 14 + log2(0.8) = 13.6781
	#   Log Ratio = log2((O11 / R1) / (O21 / (N - R1))), O21 = 0 taken as 0.5:
	#      log2((2 / 19) / (0.5 / 5)) = log2(1.052632) = 0.0740
	#   dP(coll|node) = O11 / R1 - O21 / (N - R1) = 2 / 19 - 0 = 0.1053
	#   dP(node|coll) = O11 / C1 - O12 / (N - C1) = 1 - 17 / 22 = 0.2273
	[ "$(row people)" = "people	2	2	3	19	24	1.5833	0.3370	2.3370	0.9813	0.2946	0.3311	0.8000	13.6781	0.0740	0.1053	0.2273	1" ]
	# state: O11 = 2 (L3 of the second, R5 of the third; not L2 of the
	# first, the sentence's start is 3 words back), C1 = 3: under-used.
	#   E11 = 19 * 3 / 24 = 2.375; MI = log2(2 / 2.375) = -0.2479
	#   O12 = 17, O21 = 1, O22 = 4; E12 = 19 * 21 / 24 = 16.625,
	#   E21 = 5 * 3 / 24 = 0.625, E22 = 5 * 21 / 24 = 4.375
	#   G2 = 2 (2 ln(2 / 2.375) + 17 ln(17 / 16.625) + 1 ln(1 / 0.625)
	#      + 4 ln(4 / 4.375)) = 2 (-0.343710 + 0.379215 + 0.470004
	#      - 0.358377) = 0.2941, O11 < E11: -0.2941
	#   Log Ratio = log2((2 / 19) / (1 / 5)) = log2(0.526316) = -0.9260
	[ "$(row state | cut -f1-10,15)" = "state	2	3	3	19	24	2.3750	-0.2479	1.7521	-0.2941	-0.9260" ]
	# Sorted by G2 (default): people first, state (negative) last.
	[ "$(cut -f1 <<< "${lines[1]}")" = people ]
	[ "$(cut -f1 <<< "${lines[-1]}")" = state ]
	# Zero cells: every item of the one window is the collocate, every
	# collocate in it: O11 = R1 = C1 = 2, O12 = O21 = 0, O22 = 3 - 2 - 2 + 2
	# = 1 (the node), N = 3.
	#   E11 = 2 * 2 / 3 = 1.333333, MI = log2(1.5) = 0.5850, MI3 = log2(6) = 2.5850
	#   E22 = (3 - 2)(3 - 2) / 3 = 0.333333; the empty cells add nothing:
	#   G2 = 2 (2 ln 1.5 + 1 ln 3) = 2 (0.810930 + 1.098612) = 3.8191
	#   t = 0.666667 / sqrt 2 = 0.4714, z = 0.666667 / sqrt 1.333333 = 0.5774
	#   Dice = 4 / (1 + 2) = 1.3333 (a window counts what it holds: past 1),
	#   logDice = 14 + log2(1.333333) = 14.4150
	#   Log Ratio: O21 = 0 taken as 0.5: log2((2 / 2) / (0.5 / 1)) = 1
	#   dP = 2 / 2 - 0 / 1 = 1 both ways
	printf 'Xi node xi.\n' > "$T/z.txt"
	run -0 txcoll --window 1 node "$T/z.txt"
	[ "${lines[1]}" = "xi	2	2	1	2	3	1.3333	0.5850	2.5850	3.8191	0.4714	0.5774	1.3333	14.4150	1.0000	1.0000	1.0000	1" ]
	# --expected node: R1 = f_node = 3 (#LancsBox), E11 = 3 * 2 / 24 =
	# 0.25, MI = log2(2 / 0.25) = 3; window_size is still reported.
	run -0 txcoll --expected node -i 'sovereign\w*' "$T/c.txt"
	[ "$(row people | cut -f1-8)" = "people	2	2	3	19	24	0.2500	3.0000" ]
}

@test "txcoll: f_coll and n are txfreq's counts; the same under --stop, --stem and -n 2" {
	cd "$TX_ROOT"
	for opts in "" "--stop en" "--stem" "-n 2"; do
		# shellcheck disable=SC2086 # the options are words
		txfreq $opts samples/*.txt > "$T/freq.tsv"
		# shellcheck disable=SC2086
		run -0 txcoll $opts --min-count 2 -i 'sovereign\w*' samples/*.txt
		[ "${#lines[@]}" -gt 10 ]
		# The count column (the third with --stem's form).
		total=$(awk -F '\t' 'NR == 1 { for (i = 1; i <= NF; i++)
		    if ($i == "count") c = i; next } { s += $c } END { print s }' "$T/freq.tsv")
		[ "$(tail -n +2 <<< "$output" | cut -f6 | sort -u)" = "$total" ]
		tail -n +2 <<< "$output" | cut -f1,3 | sort > "$T/ours"
		awk -F '\t' 'NR == FNR { want[$1] = 1; next }
		    FNR == 1 { for (i = 1; i <= NF; i++) if ($i == "count") c = i; next }
		    ($1 in want) { print $1 "\t" $c }' "$T/ours" "$T/freq.tsv" |
		    sort > "$T/theirs"
		diff "$T/ours" "$T/theirs"
	done
}

# A text of sentences of 3 to 12 words drawn from 12, the first of each
# capitalised (so that the full stop ends it), punctuation only at the
# sentence ends: txkwic's tokens each side are then the words.
make_text() {
	awk 'BEGIN { srand(7); for (p = 0; p < 60; p++) { line = "";
		for (s = 0; s < 4; s++) { n = 3 + int(rand() * 10);
			for (i = 0; i < n; i++) line = line (i ? " " : "") (i ? "w" : "W") int(rand() * 12);
			line = line ". " }
		print line; print "" } }' > "$1"
}

# The words of txkwic --tsv's contexts on stdin, lower-cased, counted.
kwic_words() {
	awk -F '\t' 'NR > 1 { n = split($8 " " $10, w, " ");
		for (i = 1; i <= n; i++) { x = tolower(w[i]); sub(/\.$/, "", x); if (x != "") c[x]++ } }
		END { for (k in c) print k "\t" c[k] }' | sort
}

@test "txcoll counts what awk counts in txkwic's lines: --words 5 --within sent" {
	make_text "$T/r.txt"
	run -0 txcoll --window 5 --min-count 1 -i -w w3 "$T/r.txt"
	tail -n +2 <<< "$output" | cut -f1,2 | sort > "$T/ours"
	# The words of each line's left and right context, the final '.' off.
	txkwic --tsv --words 5 --within sent -i -w w3 "$T/r.txt" | kwic_words > "$T/theirs"
	[ "$(wc -l < "$T/ours")" -ge 10 ]
	diff "$T/ours" "$T/theirs"
	# f_node is txkwic's hit count; window_size its context words.
	hits=$(txkwic --tsv -i -w w3 "$T/r.txt" | tail -n +2 | wc -l)
	[ "$(tail -n +2 <<< "$output" | cut -f4 | sort -u)" = "$hits" ]
	[ "$(tail -n +2 <<< "$output" | cut -f5 | sort -u)" = "$(cut -f2 "$T/ours" | paste -sd+ | bc)" ]
	# Three words left, one right: the same.
	run -0 txcoll --left 3 --right 1 -i -w w3 "$T/r.txt"
	tail -n +2 <<< "$output" | cut -f1,2 | sort > "$T/ours"
	txkwic --tsv --words 3 --right 1 --within sent -i -w w3 "$T/r.txt" | kwic_words > "$T/theirs"
	diff "$T/ours" "$T/theirs"
}

@test "txcoll --clusters are the n-grams of txkwic's lines that hold the node" {
	make_text "$T/r.txt"
	run -0 txcoll --clusters 3 -i -w w5 "$T/r.txt"
	[ "${lines[0]}" = $'cluster\tnode_at\tcount\trange' ]
	tail -n +2 <<< "$output" | cut -f1-3 | sort > "$T/ours"
	# Two words each side: the 3-grams l2 l1 N (R), l1 N r1 (M), N r1 r2 (L).
	txkwic --tsv --words 2 --within sent -i -w w5 "$T/r.txt" |
	    awk -F '\t' 'NR > 1 {
		nl = split(tolower($8), l, " "); nr = split(tolower($10), r, " ");
		for (i = 1; i <= nl; i++) if (l[i] ~ /\./) { delete l[i] }
		m = 0; for (i = 1; i <= nl; i++) if (i in l) L[++m] = l[i]; nl = m
		m = 0; for (i = 1; i <= nr; i++) { x = r[i]; end = x ~ /\.$/; sub(/\.$/, "", x)
			if (x != "") R[++m] = x; if (end) break } nr = m
		if (nl >= 2) c[L[nl-1] " " L[nl] " w5\tR"]++
		if (nl >= 1 && nr >= 1) c[L[nl] " w5 " R[1] "\tM"]++
		if (nr >= 2) c["w5 " R[1] " " R[2] "\tL"]++ }
		END { for (k in c) print k "\t" c[k] }' | sort > "$T/theirs"
	[ "$(wc -l < "$T/ours")" -ge 10 ]
	diff "$T/ours" "$T/theirs"
}

@test "txcoll: a node that is its own collocate, a window at the sentence edge, --within" {
	printf 'The cat saw the dog. Alpha beta gamma. Delta node epsilon.\n' > "$T/e.txt"
	# the at 1 and 4: each in the other's window (R3 and L3).
	run -0 txcoll --positions -i -w the "$T/e.txt"
	[ "$(row the | cut -f1-6)" = "the	2	2	2	8	11" ]
	[ "$(row the | cut -f19-)" = "0	0	1	0	0	0	0	1	0	0" ]
	# node: its sentence gives it delta on the left, epsilon on the right.
	run -0 txcoll node "$T/e.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1,5 | sort | tr '\n' ' ')" = $'delta\t2 epsilon\t2 ' ]
	# Within the paragraph the window reaches back over two sentences,
	# five words: delta gamma beta alpha dog.
	run -0 txcoll --within para node "$T/e.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | sort | tr '\n' ' ')" = "alpha beta delta dog epsilon gamma " ]
	[ "$(row epsilon | cut -f5)" = 6 ]
	# Not across paragraphs; across them with --within doc.
	printf 'Alpha beta.\n\nGamma node.\n' > "$T/p.txt"
	run -0 txcoll --within para node "$T/p.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1)" = gamma ]
	run -0 txcoll --within doc node "$T/p.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1 | sort | tr '\n' ' ')" = "alpha beta gamma " ]
}

@test "txcoll --positions sum to f_node_coll; -n 2 collocates stay on one side" {
	run -0 txcoll --positions -i 'sovereign\w*' "$T/c.txt"
	[ "${lines[0]}" = "$HEADER"$'\tL5\tL4\tL3\tL2\tL1\tR1\tR2\tR3\tR4\tR5' ]
	# people: L2 (The people hold sovereign) and R4 (Sovereignty belongs
	# to the people).
	[ "$(row people | cut -f19-)" = "0	0	0	1	0	0	0	0	1	0" ]
	tail -n +2 <<< "$output" | awk -F '\t' '{ s = 0; for (i = 19; i <= 28; i++) s += $i
	    if (s != $2) { print "row " $1 ": " s " != " $2; bad = 1 } } END { exit bad }'
	# Bigrams in windows of 3: holds sovereign power over the: "state
	# holds" (L), "power over", "over the" (R).
	run -0 txcoll -n 2 --window 3 -i 'sovereign\w*' "$T/c.txt"
	[ "$(row 'state holds' | cut -f2)" = 1 ]
	[ "$(row 'power over' | cut -f2)" = 1 ]
	[ -z "$(row 'holds sovereign')" ]
	# window_size: bigrams in 3 words a side: 2 + 2, 2 + 2, 0 + 2.
	[ "$(row 'power over' | cut -f5)" = 10 ]
}

@test "txcoll --sort, --min-count, --min-range, --top, --by doc and --by VAR" {
	cp "$T/c.txt" "$T/a.txt"
	printf 'A sovereign people.\n' > "$T/b.txt"
	run -0 txcoll --sort mi --top 3 -i 'sovereign\w*' "$T/a.txt" "$T/b.txt"
	[ "${#lines[@]}" -eq 4 ]
	mi=$(tail -n +2 <<< "$output" | cut -f8)
	[ "$mi" = "$(sort -rn <<< "$mi")" ]
	run -0 txcoll --min-count 3 -i 'sovereign\w*' "$T/a.txt" "$T/b.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1,2 | tr '\n' ' ')" = $'people\t3 the\t5 ' ]
	run -0 txcoll --min-range 2 -i 'sovereign\w*' "$T/a.txt" "$T/b.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1,18)" = $'people\t2' ]
	run -0 txcoll --by doc -i 'sovereign\w*' "$T/a.txt" "$T/b.txt"
	[ "$(head -1 <<< "$output" | cut -f1,2)" = $'doc\tcollocate' ]
	[ "$(grep -c $'^b\t' <<< "$output")" -eq 2 ]
	[ "$(grep $'^b\tpeople' <<< "$output" | cut -f3-7)" = "1	1	1	2	3" ]
	printf 'doc\tyear\na\t2016\nb\t2021\n' > "$T/m.tsv"
	run -0 txcoll --by year --meta "$T/m.tsv" -i 'sovereign\w*' "$T/a.txt" "$T/b.txt"
	[ "$(head -1 <<< "$output" | cut -f1)" = year ]
	[ "$(grep $'^2021\tpeople' <<< "$output" | cut -f3-7)" = "1	1	1	2	3" ]
	run -2 --separate-stderr txcoll --by year -i sovereign "$T/a.txt"
	[[ "$stderr" == "txcoll: --by year: a variable needs --meta FILE"* ]]
}

@test "txcoll: Chinese words as nodes and collocates, -p across Han words, --sep" {
	printf '我们要维护国家主权和安全。网络空间主权是国家主权在网络空间的延伸。\n' > "$T/z.txt"
	# jieba: 国家主权 and 空间主权 are words, so -w 主权 finds none.
	run -1 txcoll -w 主权 "$T/z.txt"
	[ "$output" = "$HEADER" ]
	# Its windows: 我们 要 维护 _ 和 安全 (3 + 2), 网络 空间主权 是 _ 在
	# 网络空间 的 延伸 (3 + 4); 14 words.
	run -0 txcoll -w 国家主权 "$T/z.txt"
	[ "$(row 维护 | cut -f2-6)" = "1	1	2	12	14" ]
	run -0 txcoll -p '网络 空间' --clusters 2 "$T/z.txt"
	[ "$(tail -n +2 <<< "$output" | cut -f1,2 | sort | tr '\n' ' ')" = $'在网络空间\tR 网络空间的\tL ' ]
	run -0 txcoll -p '网络 空间' --clusters 2 --sep ' ' "$T/z.txt"
	[[ "$output" == *$'在 网络空间\tR'* ]]
}

@test "txcoll --network: DOT that Graphviz renders, GraphML that parses, --depth 2" {
	run -0 txcoll --network dot --top 2 -i 'sovereign\w*' "$T/c.txt"
	[ "${lines[0]}" = "graph collocates {" ]
	[[ "$output" == *'n0 [label="sovereign", style=bold];'* ]]
	[[ "$output" == *'n0 -- n1 [score=0.9813, f_node_coll=2];'* ]]
	[ "$(grep -c -- ' -- ' <<< "$output")" -eq 2 ]
	dot -Tsvg <<< "$output" > "$T/g.svg"
	grep -q '>people<' "$T/g.svg"
	run -0 txcoll --network graphml --depth 2 --top 2 -i 'sovereign\w*' "$T/c.txt"
	/usr/bin/python3 -c 'import sys, xml.dom.minidom as m
d = m.parseString(sys.stdin.read())
print(len(d.getElementsByTagName("node")), len(d.getElementsByTagName("edge")))' <<< "$output" > "$T/n"
	# sovereign, people, and, belongs: sovereignty (a form of the node)
	# is the node's vertex; people-and, people-belongs, and-belongs,
	# and-sovereign(ty) join the two first edges (one edge a pair).
	[ "$(cat "$T/n")" = "4 5" ]
	run -1 txcoll --network dot nothing "$T/c.txt"
	[ "${lines[0]}" = "graph collocates {" ]
}

@test "txcoll bad input: invalid UTF-8, NUL, empty, directory, missing file, stream, table, full disk" {
	printf 'ok sovereign\n\xff\n' > "$T/bad.txt"
	run -2 --separate-stderr txcoll sovereign "$T/bad.txt" "$T/c.txt"
	[[ "$stderr" == "txcoll: $T/bad.txt: invalid UTF-8 at byte 13"*"--lossy" ]]
	[ "$(row hold | cut -f4)" = 2 ]
	printf 'ok\0no\n' > "$T/nul.txt"
	run -2 --separate-stderr txcoll ok "$T/nul.txt"
	[[ "$stderr" == "txcoll: $T/nul.txt: invalid UTF-8 at byte 2"*"--lossy" ]]
	[ "$output" = "$HEADER" ]
	: > "$T/empty.txt"
	run -1 txcoll x "$T/empty.txt"
	[ "$output" = "$HEADER" ]
	run -1 txcoll x < /dev/null
	[ "$output" = "$HEADER" ]
	run -2 --separate-stderr txcoll x "$T"
	[ "$stderr" = "txcoll: $T: Is a directory" ]
	run -2 --separate-stderr txcoll sovereign "$T/none.txt" "$T/c.txt"
	[ "$stderr" = "txcoll: $T/none.txt: No such file or directory" ]
	[ "$(row hold | cut -f4)" = 2 ]
	txseg "$T/c.txt" > "$T/s.tsv"
	run -2 --separate-stderr txcoll sovereign "$T/s.tsv"
	[ "$stderr" = "txcoll: a txseg stream: txcoll reads text (give it the texts the stream was made from)" ]
	[ -z "$output" ]
	txfreq "$T/c.txt" > "$T/t.tsv"
	run -2 --separate-stderr txcoll sovereign < "$T/t.tsv"
	[ "$stderr" = "txcoll: -: a txfreq table, not text (give it to txfreq --merge)" ]
	run -2 --separate-stderr bash -c 'txcoll sovereign "$@" > /dev/full' _ "$T/c.txt"
	[ "$stderr" = "txcoll: write error: No space left on device" ]
	run -0 bash -c 'txcoll sovereign "$@" | head -1' _ "$SAMPLES"/*.txt
	[ "$output" = "$HEADER" ]
	run -0 txcoll --csv -i sovereign "$T/c.txt"
	[ "${lines[0]%$'\r'}" = "${HEADER//$'\t'/,}" ]
}

@test "txcoll: a 128 MiB line in bounded memory" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	# An eighth of the other tools' 1 GiB: txcoll reads every word into
	# its windows (20 MB/s on this text, 50 s for 1 GiB), and a tool that
	# held them (24 bytes a word: 800 MiB here) fails the bound as well.
	size=$((1 << 27))
	[ -n "${TX_BIG_SIZE:-}" ] && size=$TX_BIG_SIZE
	yes 'Word word word.' | tr '\n' ' ' | head -c "$size" > "$T/big.txt"
	printf 'A needle here.' >> "$T/big.txt"
	run -0 --separate-stderr /usr/bin/time -o "$T/rss" -f %M txcoll --within para needle "$T/big.txt"
	[ -z "$stderr" ]
	# Five words back: A and four of the Word word word.
	[ "$(tail -n +2 <<< "$output" | cut -f1 | sort | tr '\n' ' ')" = "a here word " ]
	[ "$(row word | cut -f2)" = 4 ]
	rm -f "$T/big.txt"
	# The document and its cleaned text, as every tool; the units of the
	# paragraph's windows are let go as they pass.
	rss_at_most "$T/rss" $((2 * size + (16 << 20)))
}
