#!/usr/bin/env bats
# txseg: options, the stream, cleanup, headings, sentences, bad input.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	PAPER=$(sample 2016-12-01)
	COOP=$(sample 2017-03-01-strategy)
	NATIONAL=$(sample 2016-12-27)
	SUMMARY=$(sample 2017-03-01-summary)
	POSITION=$(sample 2021-10-20)
}

HEADER=$'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext'

# ---- options ----

@test "txseg --help prints usage and the stream format on stdout" {
	run -0 --separate-stderr txseg --help
	[[ "${lines[0]}" == "usage: txseg "* ]]
	[[ "$output" == *"doc sec par sent kind start end text"* ]]
	[ -z "$stderr" ]
}

@test "txseg --help and --version to a full disk: a write error, exit 1" {
	run -1 --separate-stderr bash -c 'txseg --help > /dev/full'
	[ "$output" = "" ]
	[ "$stderr" = "txseg: write error: No space left on device" ]
	run -1 --separate-stderr bash -c 'txseg --version > /dev/full'
	[ "$stderr" = "txseg: write error: No space left on device" ]
}

@test "txseg --version prints the version" {
	run -0 txseg --version
	[[ "$output" =~ ^txseg\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
}

@test "txseg rejects an unknown option with usage on stderr and exit 2" {
	run -2 --separate-stderr txseg --bogus
	[ -z "$output" ]
	[[ "$stderr" == *"unrecognized option"* ]]
	[[ "$stderr" == *"Try 'txseg --help'"* ]]
}

@test "txseg rejects an unknown unit" {
	run -2 --separate-stderr txseg --unit=word /dev/null
	[[ "$stderr" == "txseg: --unit: unknown unit 'word'"* ]]
}

@test "txseg --id needs exactly one input" {
	run -2 --separate-stderr txseg --id x "$PAPER" "$COOP"
	[ "$stderr" = "txseg: --id names one input, not 2" ]
	[ -z "$output" ]
}

# ---- the stream ----

@test "txseg writes a header and eight fields per sentence record" {
	run -0 txseg "$PAPER"
	[ "${lines[0]}" = "$HEADER" ]
	bad=$(printf '%s\n' "$output" | awk -F '\t' 'NF != 8' | wc -l)
	[ "$bad" -eq 0 ]
	[ "${#lines[@]}" -gt 100 ]
}

@test "txseg reads stdin as doc '-', and --id names it" {
	run -0 txseg <<< "One sentence. Another one."
	[ "${lines[1]}" = $'-\t0\t1\t1\ttext\t0\t13\tOne sentence.' ]
	[ "${lines[2]}" = $'-\t0\t1\t2\ttext\t14\t26\tAnother one.' ]
	run -0 txseg --id memo - <<< "One sentence."
	[ "${lines[1]}" = $'memo\t0\t1\t1\ttext\t0\t13\tOne sentence.' ]
}

@test "txseg names documents by file name without directory and extension" {
	run -0 txseg "$PAPER"
	[[ "${lines[1]}" == 2016-12-01-paper-international-cyberspace-security-strategy$'\t'* ]]
}

@test "txseg escapes a file name's bad bytes in the doc id, and its stream is read back" {
	# A Latin-1 e-acute and a control in a file name are \xHH in the id:
	# the stream stays UTF-8, so txfreq and txkwic read it.
	f="$T/caf"$'\xe9\x01'".txt"
	printf 'Some text here. Another one.\n' > "$f"
	txseg "$f" > "$T/s.tsv"
	[ "$(col 1 < "$T/s.tsv" | sort -u)" = 'caf\xe9\x01' ]
	run -0 --separate-stderr txfreq < "$T/s.tsv"
	[ "${lines[1]}" = $'another\t1\t200000.00\t1' ]
	[ -z "$stderr" ]
	run -0 --separate-stderr txkwic --tsv text < "$T/s.tsv"
	[ "${lines[1]}" = $'caf\\xe9\\x01\t0\t1\t1\ttext\t5\t9\tSome \ttext\t here.' ]
	[ -z "$stderr" ]
	run -0 txseg --id $'a\xffb' "$f"
	[ "${lines[1]}" = $'a\\xffb\t0\t1\t1\ttext\t0\t15\tSome text here.' ]
}

@test "txseg sentence offsets cut out their text from every sample" {
	for f in "$SAMPLES"/*.txt; do
		txseg --dropped "$T/dropped.tsv" "$f" > "$T/out.tsv"
		run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$f" "$T/out.tsv" "$T/dropped.tsv"
		[ "$output" = "" ] || { echo "$f: $output"; false; }
	done
}

@test "txseg token offsets cut out every token exactly" {
	txseg --unit=token "$PAPER" > "$T/tok.tsv"
	# shellcheck disable=SC2016 # perl's variables
	run -0 perl -e '
		open(my $f, "<:raw", $ARGV[0]) or die; local $/; my $src = <$f>;
		open(my $t, "<:raw", $ARGV[1]) or die; <$t>; my ($n, $bad) = (0, 0);
		$/ = "\n";
		while (<$t>) { chomp; my @c = split /\t/;
			my $s = substr($src, $c[5], $c[6] - $c[5]); $n++;
			# a joined hyphenation is the one place where source and token differ
			(my $j = $s) =~ s/-\n\s*//; $bad++, print "$c[7] <> $s\n" if $j ne $c[7] && $s ne $c[7]; }
		print "tokens $n bad $bad\n";' "$PAPER" "$T/tok.tsv"
	[[ "$output" == *"bad 0" ]]
	[[ "$output" == "tokens "* ]]
}

@test "txseg --unit=token adds a type column" {
	run -0 txseg --unit=token <<< "China’s 2030 rule-based plan: see https://example.org/a."
	[ "${lines[0]}" = "$HEADER"$'\ttype' ]
	printf '%s\n' "$output" | cut -f8,9 > "$T/got"
	# shellcheck disable=SC1110 # the ’ is the apostrophe under test
	printf '%s\n' text$'\t'type China’s$'\t'word 2030$'\t'num rule-based$'\t'word plan$'\t'word \
	    :$'\t'punct see$'\t'word https://example.org/a$'\t'url .$'\t'punct > "$T/want"
	diff -u "$T/want" "$T/got"
}

@test "txseg --split-hyphens splits words at hyphens" {
	run -0 txseg --unit=token --split-hyphens <<< "rule-based"
	[ "$(printf '%s\n' "$output" | col 8 | tr '\n' ' ')" = "rule - based " ]
	# it shows in tokens only: the other units' records are the same
	for u in sent para section; do
		cmp <(txseg --unit=$u "$SAMPLES"/*.txt) <(txseg --unit=$u --split-hyphens "$SAMPLES"/*.txt)
	done
	[ "$(txseg --unit=token "$SAMPLES"/*.txt | wc -l)" -lt "$(txseg --unit=token --split-hyphens "$SAMPLES"/*.txt | wc -l)" ]
}

@test "txseg --csv writes RFC 4180 with CRLF and quotes" {
	run -0 txseg --csv <<< 'She said "yes, indeed" to it.'
	[ "${lines[0]}" = $'doc,sec,par,sent,kind,start,end,text\r' ]
	[ "${lines[1]}" = $'-,0,1,1,text,0,29,"She said ""yes, indeed"" to it."\r' ]
}

@test "txseg --csv-safe puts a ' before a text cell a spreadsheet would compute" {
	run -0 txseg --csv-safe <<< '=1+2 is @home, -ism.'
	[ "${lines[0]}" = $'doc,sec,par,sent,kind,start,end,text\r' ]
	# the doc id "-" alone is no formula; numbers stay numbers
	[ "${lines[1]}" = $'-,0,1,1,text,0,20,"\'=1+2 is @home, -ism."\r' ]
	run -0 txseg --csv <<< '=1+2 is @home, -ism.'
	[ "${lines[1]}" = $'-,0,1,1,text,0,20,"=1+2 is @home, -ism."\r' ]
	# --dropped gets the same rule
	printf 'Text here is a sentence that\n\n- 12 -\n\nruns on across the page.\n' > "$T/d.txt"
	run -0 txseg --csv-safe --dropped "$T/d.csv" "$T/d.txt"
	run -0 cat "$T/d.csv"
	[ "$output" = $'doc,line,start,end,reason,text\r\nd,3,30,36,page-number,\'- 12 -\r' ]
}

@test "txseg output is the same bytes in any locale" {
	LC_ALL=C txseg samples/*.txt > "$T/c" 2>&1 || true
	cd "$TX_ROOT"
	LC_ALL=C txseg samples/*.txt > "$T/c"
	LC_ALL=C.UTF-8 txseg samples/*.txt > "$T/u"
	LANG='' LC_ALL='' txseg samples/*.txt > "$T/n"
	cmp "$T/c" "$T/u"
	cmp "$T/c" "$T/n"
}

# ---- cleanup ----

@test "txseg joins words hyphenated at line breaks, with the corpus as dictionary" {
	run -0 txseg --unit=token "$PAPER"
	toks=$(printf '%s\n' "$output" | col 8)
	grep -qx cyberspace <<< "$toks"
	grep -qx international <<< "$toks"
	grep -qx win-win <<< "$toks"
	run ! grep -qx 'cy-' <<< "$toks"
	run ! grep -qx 'berspace' <<< "$toks"
	run ! grep -qx 'cyber-space' <<< "$toks"
	run ! grep -qx 'interna' <<< "$toks"
}

@test "txseg keeps a line-break hyphen the corpus writes with a hyphen" {
	printf 'Both sides won a win-\nwin deal. A win-win deal is rare.\n' > "$T/a.txt"
	run -0 txseg "$T/a.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "Both sides won a win-win deal." ]
	printf 'The cyber-\nspace. Cyberspace is large.\n' > "$T/b.txt"
	run -0 txseg "$T/b.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "The cyberspace." ]
}

@test "txseg uses the other input files as dictionary too" {
	printf 'The gold-\nsmith of it.\n' > "$T/a.txt"
	printf 'Gold-smith matters.\n' > "$T/b.txt"
	run -0 txseg "$T/a.txt"
	[ "$(col 8 <<< "$output")" = "The goldsmith of it." ]
	run -0 txseg "$T/a.txt" "$T/b.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "The gold-smith of it." ]
}

@test "txseg joins a paragraph across a page break that falls mid-sentence" {
	run -0 txseg "$PAPER"
	sents=$output	# each `run` below sets $output anew
	grep -q $'\tEncourage innovation in and peaceful application of network technology: China must encourage' <<< "$sents"
	run ! grep -q 'Strategic Study of CAE' <<< "$sents"
	run ! grep -qP '\t015\t|\t015$' <<< "$sents"
}

@test "txseg joins a paragraph across a stray blank line" {
	run -0 txseg "$PAPER"
	grep -q $'\tThe principles of sovereign equality that are enshrined in the Charter of the United Nations cover various aspects of international communications.' <<< "$output"
	run -0 txseg "$POSITION"
	grep -q "taking advantage of users' dependence on their products" <<< "$output"
}

# "--dropped a.txt b.txt" meant as a list of rules emptied a.txt: an
# input is never the --dropped file, by any path, in any tool.
@test "txseg and txfreq refuse a --dropped file that is one of the inputs, and leave it whole" {
	printf 'Some text here.\n' > "$T/a.txt"
	printf 'More text.\n' > "$T/b.txt"
	cp "$T/a.txt" "$T/a0"
	run -2 --separate-stderr txseg --dropped "$T/a.txt" "$T/b.txt" "$T/a.txt"
	[ "$stderr" = "txseg: --dropped $T/a.txt: is one of the inputs; it would be overwritten" ]
	[ -z "$output" ]
	cmp "$T/a.txt" "$T/a0"
	ln -s "$T/a.txt" "$T/link.txt"
	run -2 --separate-stderr txfreq --dropped "$T/link.txt" "$T/a.txt"
	[ "$stderr" = "txfreq: --dropped $T/link.txt: is one of the inputs; it would be overwritten" ]
	cmp "$T/a.txt" "$T/a0"
	# Another file is written as before.
	run -0 txseg --dropped "$T/d.tsv" "$T/a.txt"
	[ "$(cat "$T/d.tsv")" = "$(printf 'doc\tline\tstart\tend\treason\ttext')" ]
}

# "txseg --dropped notes.txt < in.txt" wrote the list over notes.txt: a
# document named where a flag was meant, with no operand to compare.
@test "txseg and txfreq refuse to write --dropped over a file that is not a list of dropped lines" {
	printf 'My own notes.\n' > "$T/notes.txt"
	cp "$T/notes.txt" "$T/notes0"
	for tool in txseg txfreq; do
		run -2 --separate-stderr "$tool" --dropped "$T/notes.txt" < "$PAPER"
		[ "$stderr" = "$tool: --dropped $T/notes.txt: a file that is not a list of dropped lines is not overwritten (its first line is not doc line start end reason text): remove it first, or name another (was it meant as an input?)" ]
		[ -z "$output" ]
		cmp "$T/notes.txt" "$T/notes0"
	done
	# A list written before, TSV or CSV, is written again; so is an
	# empty file, and /dev/null.
	txseg --dropped "$T/d.tsv" "$SAMPLES"/*.txt > /dev/null
	cp "$T/d.tsv" "$T/d0"
	run -0 txseg --dropped "$T/d.tsv" "$SAMPLES"/*.txt
	cmp "$T/d.tsv" "$T/d0"
	txseg --csv --dropped "$T/d.csv" "$SAMPLES"/*.txt > /dev/null
	run -0 txseg --csv --dropped "$T/d.csv" "$SAMPLES"/*.txt
	[ "$(head -1 "$T/d.csv")" = $'doc,line,start,end,reason,text\r' ]
	: > "$T/empty"
	run -0 txseg --dropped "$T/empty" "$SAMPLES"/*.txt
	cmp "$T/empty" "$T/d0"
	run -0 txseg --dropped /dev/null "$SAMPLES"/*.txt
}

@test "txseg --dropped lists every dropped line of the samples with a reason" {
	run -0 txseg --dropped "$T/d.tsv" "$SAMPLES"/*.txt
	cut -f2,5,6 "$T/d.tsv" > "$T/got"
	cat > "$T/want" <<-'EOF'
	line	reason	text
	167	page-number	015
	169	running-header	Strategic Study of CAE  2016 Vol. 18 No. 6
	1	dateline	31 December 2016
	135	footer	No comments:
	3	duplicate	China's Cyberspace Whitepaper
	203	footer	Last edited by a moderator:
	206	footer	Latest Replies
	208	footer	Global Defence
	1	language-menu	简体中文 Français Русский Español عربي
	3	interface-word	search
	5	navigation	## Home The Ministry Policies and Activities Press and Media Service Countries and Regions About China Resources
	7	breadcrumb	## Home > The Ministry > Departments > The Department of Arms Control > Positions > Others
	11	dateline	2021-10-20 14:29
	49	copyright	Copyright©1998-2014, Ministry of Foreign Affairs, the People's Republic of China
	EOF
	diff -u "$T/want" "$T/got"
	# The offsets of a dropped line cut out that line.
	line=$(awk -F '\t' '$5 == "copyright"' "$T/d.tsv")
	start=$(cut -f3 <<< "$line"); end=$(cut -f4 <<< "$line")
	[ "$(tail -c +$((start + 1)) "$POSITION" | head -c $((end - start)))" = "Copyright©1998-2014, Ministry of Foreign Affairs, the People's Republic of China" ]
}

@test "txseg drops furniture by general rules, not by sample text" {
	printf 'English Deutsch 日本語\n\nMenu\n\nHome > News > Item\n\nThe text starts here and runs for a while, as text does. It runs\n\n12\n\non across a page and ends here with a full stop, like text should.\n\n© 2024 Example Org. All rights reserved.\n' > "$T/w.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/w.txt"
	[ "$(cut -f5 "$T/d.tsv" | tail -n +2 | tr '\n' ' ')" = "language-menu interface-word breadcrumb page-number copyright " ]
	[ "$(col 8 <<< "$output" | wc -l)" -eq 2 ]
}

@test "txseg drops datelines and a repeated title before the text, not dates in it" {
	printf 'Policy Paper\n\nPolicy Paper\n\nUpdated: 3 May 2021\n\nOn 3 May 2021 the ministry said many things about its plans.\n\n2021-10-20 14:29\n' > "$T/t.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/t.txt"
	[ "$(tail -n +2 "$T/d.tsv" | cut -f2,5 | tr '\n\t' '  ')" = "3 duplicate 5 dateline 9 footer " ]
	grep -q $'\tOn 3 May 2021 the ministry said many things about its plans.$' <<< "$output"
}

@test "txseg drops a short line repeated on every page as a running header" {
	# Pages: a form feed before each header.
	{ for i in 1 2 3 4; do printf '\fJournal of Things 2016\n\nParagraph %s has a sentence that ends.\n\n' "$i"; done; } > "$T/r.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/r.txt"
	[ "$(grep -c running-header "$T/d.tsv")" -eq 4 ]
	run ! grep -q Journal <<< "$output"
}

@test "txseg drops a running header with the page number in it, in step with the pages" {
	# Before each of 5 pages, with page numbers, form feeds between.
	for i in 1 2 3 4 5; do printf 'Cyber Strategy 2021\n\nThe text of page %d runs on across the lines of the\npage and ends here with a full stop.\n\n%d\n\f' "$i" "$i"; done > "$T/p.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/p.txt"
	[ "$(awk -F '\t' '$5 == "running-header"' "$T/d.tsv" | cut -f2,6 | tr '\n\t' '| ')" = "1 Cyber Strategy 2021|7 Cyber Strategy 2021|13 Cyber Strategy 2021|19 Cyber Strategy 2021|25 Cyber Strategy 2021|" ]
	[ "$(grep -c Cyber <<< "$output")" -eq 0 ]
	# The page number in the header: it counts the form feeds.
	for i in 1 2 3 4 5; do printf 'Cyber Strategy 2021 | %d\n\nThe text of page %d runs on across the lines of the\npage and ends here with a full stop.\n\f' "$i" "$i"; done > "$T/n.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/n.txt"
	[ "$(grep -c $'\trunning-header\tCyber Strategy 2021 | [1-5]$' "$T/d.tsv")" -eq 5 ]
	[ "$(grep -c Cyber <<< "$output")" -eq 0 ]
	# Numbers out of step with the form feeds are not page numbers.
	for i in 1 2 3 4 5; do printf 'Cyber Strategy 2021 | %d\n\nThe text of part %d runs on across the lines of the\npage and ends here with a full stop.\n' "$i" "$i"; [ "$i" -eq 3 ] && printf '\f'; done > "$T/o.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/o.txt"
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
	[ "$(grep -c Cyber <<< "$output")" -eq 5 ]
	# Without form feeds, a page number rises at most one a 20 lines:
	# odd pages 45 lines apart, yes; 30 lines apart, no.
	for n in 45 30; do
		for i in 1 3 5 7; do printf '%s\n' "National Strategy for Norway   |  $i"; for k in $(seq $((n - 2))); do printf 'Line %d of page %d goes on\n' "$k" "$i"; done; printf 'and ends.\n'; done > "$T/w$n.txt"
	done
	run -0 txseg --dropped "$T/d.tsv" "$T/w45.txt"
	[ "$(grep -c $'\trunning-header\tNational Strategy for Norway   |  [1357]$' "$T/d.tsv")" -eq 4 ]
	[ "$(wc -l < "$T/d.tsv")" -eq 5 ]
	run -0 txseg --dropped "$T/d.tsv" "$T/w30.txt"
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
}

@test "txseg keeps numbered lines that are no page numbers: Heading 1, Heading 2 ..." {
	# Digits count when lines are compared; a varying date is no page.
	for i in $(seq 100); do printf 'Heading %d\n\nThe text of section %d ends here.\n\n' "$i" "$i"; done > "$T/h.txt"
	run -0 txseg --unit=section --dropped "$T/d.tsv" "$T/h.txt"
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
	[ "$(awk -F '\t' '$5 == "heading"' <<< "$output" | wc -l)" -eq 100 ]
	for d in 5 12 19 26; do printf 'Saturday, January %d, 1788\n\n' "$d"; for k in $(seq 50); do printf 'Line %d of paper %d goes on\n' "$k" "$d"; done; printf 'and ends.\n\n'; done > "$T/f.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/f.txt"
	[ "$(grep -c running-header "$T/d.tsv")" -eq 0 ]
}

# 100,000 markdown headings took 7 s, all dropped as running headers (the
# rule ignored digits); timeout guards against a hang, nothing more.
@test "txseg keeps 100,000 markdown headings as headings, and an 8-step guide's" {
	awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "# Heading %d\n\nThe text of section %d ends here.\n\n", i, i }' > "$T/m.txt"
	run -0 --separate-stderr timeout 20 txseg --unit=section --dropped "$T/d.tsv" "$T/m.txt"
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
	[ "$(awk -F '\t' '$5 == "heading"' <<< "$output" | wc -l)" -eq 100000 ]
	# The last section: from its heading to the end of the text.
	start=$(grep -b -o '^# Heading 100000$' "$T/m.txt" | cut -d: -f1)
	end=$(($(wc -c < "$T/m.txt") - 2))
	[ "${lines[100000]}" = "$(printf 'm\t99999\t199999\t199999\theading\t%s\t%s\tHeading 100000' "$start" "$end")" ]
	{ printf '# Guide\n\nWhat the steps are for.\n\n'; for i in 1 2 3 4 5 6 7 8; do printf '## Step %d\n\nDo the thing number %d and check it.\n\n' "$i" "$i"; done; } > "$T/g.txt"
	run -0 txseg --unit=section --dropped "$T/d.tsv" "$T/g.txt"
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "Guide|Step 1|Step 2|Step 3|Step 4|Step 5|Step 6|Step 7|Step 8|" ]
	# With no text between the title and Step 1, the #s still say the
	# levels: each step is a section of its own, ### under its ##.
	{ printf '# Guide\n\n'; for i in 1 2 3; do printf '## Step %d\n\n### Check\n\nDo thing %d.\n\n' "$i" "$i"; done; } > "$T/g2.txt"
	run -0 txseg --unit=section "$T/g2.txt"
	[ "$(cut -f2,8 <<< "$output" | tail -n +2 | tr '\t\n' ':|')" = "0:Guide|1:Step 1|1.1:Check|2:Step 2|2.1:Check|3:Step 3|3.1:Check|" ]
	# Without a title the first heading's #s are level 1; a second # line
	# before any text is a subtitle.
	printf 'Intro text.\n\n## A\n\nText a.\n\n### A.a\n\nMore.\n\n## B\n\nText b.\n' > "$T/g3.txt"
	run -0 txseg --unit=section "$T/g3.txt"
	[ "$(cut -f2 <<< "$output" | tail -n +2 | tr '\n' ' ')" = "0 1 1.1 2 " ]
	printf '# Title\n# Subtitle\n\nText.\n' > "$T/g4.txt"
	run -0 txseg --unit=section "$T/g4.txt"
	[ "${#lines[@]}" -eq 2 ]
	# An ATX heading beside a page number is no running header either.
	printf 'The text runs on and on\n\n12\n\n## Step Nine\n\nand it ends here.\n' > "$T/s.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/s.txt"
	[ "$(tail -n +2 "$T/d.tsv" | cut -f5 | tr '\n' ' ')" = "page-number " ]
}

# Closing the open sections scanned all sections at each heading: 7.6 s
# for 100,000.  A generated 200,000 would take half a minute.
@test "txseg --unit=section closes sections in linear time: 200,000 decimal headings" {
	awk 'BEGIN { for (n = 1; n <= 999; n++) { printf "%d. Part %d\n\nThe text of part %d ends here.\n\n", n, n, n; for (m = 1; m <= 200; m++) printf "%d.%d Heading\nThe text of section %d.%d ends here.\n\n", n, m, n, m } }' > "$T/dec.txt"
	run -0 --separate-stderr timeout 20 txseg --unit=section "$T/dec.txt"
	[ "$(awk -F '\t' '$5 == "heading"' <<< "$output" | wc -l)" -eq 200799 ]
	# Part 2 runs from its heading to the end of section 2.200's text.
	[ "$(awk -F '\t' '$2 == "2" { print $8 }' <<< "$output")" = "2. Part 2" ]
	start=$(grep -b -o '^2\. Part 2$' "$T/dec.txt" | cut -d: -f1)
	last='The text of section 2.200 ends here.'
	end=$(grep -b -o "^$last\$" "$T/dec.txt" | cut -d: -f1)
	end=$((end + ${#last}))
	[ "$(awk -F '\t' '$2 == "2" { print $6, $7 }' <<< "$output")" = "$start $end" ]
}

@test "txseg --keep keeps every line, hyphen and paragraph break" {
	run -0 txseg --keep --unit=para --dropped "$T/d.tsv" "$PAPER"
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
	grep -q 'cy- berspace' <<< "$output"
	grep -q $'\t015$' <<< "$output"
}

# ---- headings, sections, contents ----

@test "txseg finds dotted section paths in the journal article" {
	run -0 txseg --unit=section "$PAPER"
	printf '%s\n' "$output" | cut -f2,8 > "$T/got"
	grep -qx $'2.2.1\t2.2.1 Respect cyberspace sovereignty' "$T/got"
	grep -qx $'3\t3 Strategic tasks of international strategy for cyberspace security' "$T/got"
	grep -qx $'3.6\t3.6 Accelerate the construction of a global network infrastructure' "$T/got"
	[ "$(col 2 <<< "$output" | tr '\n' ' ')" = "0 1 2 2.1 2.2 2.2.1 2.2.2 2.2.3 2.2.4 3 3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 3.9 " ]
}

@test "txseg numbers chapter sections and renumbered items, and marks the contents" {
	run -0 txseg --unit=para "$COOP"
	# 23 contents lines: "Chapter I." takes its title from the next line.
	[ "$(printf '%s\n' "$output" | awk -F '\t' '$5 == "toc"' | wc -l)" -eq 23 ]
	grep -q $'\ttoc\t[0-9]*\t[0-9]*\tChapter I. Opportunities and Challenges$' <<< "$output"
	grep -q $'\t2.2\t[0-9]*\t[0-9]*\theading\t.*\t1. The Principle of Sovereignty$' <<< "$output"
	grep -q $'\t4.9\t[0-9]*\t[0-9]*\theading\t.*\t1. Exchange of Cyber Cultures$' <<< "$output"
	grep -q $'\t0\t3\t[0-9]*\theading\t.*\tInternational Strategy of Cooperation on Cyberspace$' <<< "$output"
	# The quoted epigraph and its attribution are text of section 0.
	grep -q $'\t0\t28\t[0-9]*\ttext\t.*\t—Remarks by H.E. Xi Jinping' <<< "$output"
}

@test "txseg reads 'I,' and '(1)' headings and keeps run-in list paragraphs as text" {
	run -0 txseg --unit=section "$NATIONAL"
	[ "$(col 2 <<< "$output" | tr '\n' ' ')" = "0 1 1.1 1.2 2 3 3.1 3.2 3.3 3.4 4 4.1 4.2 4.3 4.4 4.5 4.6 4.8 4.9 " ]
	# Section 0 is named by the title.
	[ "$(sed -n 2p <<< "$output" | cut -f5,8)" = $'heading\tNational Cyberspace Security Strategy' ]
	run -0 txseg --unit=para "$SUMMARY"
	[ "$(awk -F '\t' '$5 == "heading"' <<< "$output" | wc -l)" -eq 2 ]
	grep -q $'\ttext\t.*\t(1) Peace and stability in cyberspace: participating' <<< "$output"
}

@test "txseg opens roman-numbered sections and keeps '- i.' items as sentences" {
	run -0 txseg --unit=section "$POSITION"
	[ "$(col 2 <<< "$output" | tr '\n' ' ')" = "0 1 2 3 4 5 " ]
	run -0 txseg "$POSITION"
	grep -q $'\t2\t[0-9]*\t[0-9]*\ttext\t[0-9]*\t[0-9]*\t- ii. The principle of sovereignty applies in cyberspace.$' <<< "$output"
	# "- III." goes on with I. and II.: a heading, without its bullet.
	grep -q $'\t3\t[0-9]*\t[0-9]*\theading\t[0-9]*\t[0-9]*\tIII. The international community, with a view' <<< "$output"
	# A long numbered paragraph: its first sentence is the heading, the
	# rest is text of that section.
	grep -q $'\t5\t[0-9]*\t[0-9]*\theading\t[0-9]*\t[0-9]*\tV. China supports the establishment of an inclusive and sustainable process with broad participation of all States within the framework of the UN to deal with the issue of cybersecurity, and welcomes the 2021 report of the Open-ended Working Group on Developments in the Field of Information and Telecommunications.$' <<< "$output"
	grep -q $'\t5\t[0-9]*\t[0-9]*\ttext\t[0-9]*\t[0-9]*\tStates should observe and implement previous international consensus' <<< "$output"
	# On a page of one paragraph a line, each list item is a paragraph.
	run -0 txseg --unit=para "$POSITION"
	[ "$(grep -c $'\ttext\t[0-9]*\t[0-9]*\t- [iv]*\. ' <<< "$output")" -eq 5 ]
}

@test "txseg --heading adds a user pattern" {
	printf 'ANNEX ONE\nSome text that runs on and ends here.\n\nANNEX TWO\nMore text that also ends.\n' > "$T/h.txt"
	run -0 txseg --unit=section --heading '^ANNEX [A-Z]+$' "$T/h.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "ANNEX ONE|ANNEX TWO|" ]
}

# Each line stays under pcre2's match limit; the document's budget stops
# the whole (minutes without it), and grows with the document.
@test "txseg --heading stops a pattern that backtracks on every line, within the document's budget" {
	awk 'BEGIN { for (i = 0; i < 50000; i++) print "aaaaaaaaaaaaaaaaaa! " }' > "$T/p1m.txt"
	run -2 --separate-stderr timeout 20 txseg --heading '(a+)+$' "$T/p1m.txt"
	[ "$stderr" = "txseg: $T/p1m.txt: match limit exceeded: the pattern backtracks too much" ]
	[ -z "$output" ]
	# Some 1,600 counted steps a line of 67 bytes, 50,000 lines: more
	# than an empty document may take, well within this one's budget.
	awk 'BEGIN { for (i = 0; i < 50000; i++) printf "aaaaaaaa! and some more words to pad the line out to sixty bytes.\n\n" }' > "$T/a8.txt"
	run -0 --separate-stderr timeout 20 txseg --heading '(a+)+$' "$T/a8.txt"
	[ "${#lines[@]}" -eq 50001 ]
	[ -z "$stderr" ]
}

@test "txseg reports a bad --heading regex with its offset" {
	run -2 --separate-stderr txseg --heading 'a(b' /dev/null
	[[ "$stderr" == "txseg: --heading: bad regex at offset 3: "* ]]
	[ -z "$output" ]
}

# ---- cleanup options: named rules, --drop, --no-drop, --stats ----

RULES='page-number running-header language-menu breadcrumb navigation interface-word copyright footer dateline duplicate byline cookie-notice footnote'

@test "txseg --rules lists every rule: its name, what it drops, its evidence" {
	run -0 --separate-stderr txseg --rules
	[ "${lines[0]}" = $'rule\tdrops\tevidence' ]
	[ "$(col 1 <<< "$output" | tr '\n' ' ')" = "$RULES " ]
	# Three fields, none empty, one line each.
	[ "$(awk -F '\t' 'NF != 3 || $2 == "" || $3 == ""' <<< "$output")" = "" ]
	[ -z "$stderr" ]
	# Every reason --dropped gives is a rule (or control, white space).
	txseg --dropped "$T/d.tsv" "$SAMPLES"/*.txt > /dev/null
	for r in $(col 5 < "$T/d.tsv" | sort -u); do
		[[ " $RULES control " == *" $r "* ]]
	done
}

@test "txseg --no-drop=byline keeps a byline; the other rules still drop" {
	printf 'By Jane Doe\n\nThe committee met on Monday and agreed.\n\n\f12\n\nIt went on.\n' > "$T/b.txt"
	run -0 txseg --unit=para --no-drop=byline --dropped "$T/d.tsv" "$T/b.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "By Jane Doe|The committee met on Monday and agreed.|It went on.|" ]
	[ "$(cat "$T/d.tsv")" = $'doc\tline\tstart\tend\treason\ttext\nb\t5\t54\t57\tpage-number\t12' ]
	# By default the byline goes; a list of two keeps both.
	run -0 txseg --unit=para "$T/b.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "The committee met on Monday and agreed.|It went on.|" ]
	run -0 txseg --unit=para --no-drop=byline,page-number "$T/b.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "By Jane Doe|The committee met on Monday and agreed.|12|It went on.|" ]
}

@test "txseg --drop=none drops no furniture but still joins lines and cleans white space, unlike --keep" {
	printf 'By Jane Doe\n\nThe  committee met on Mon-\nday and agreed.\n\n12\n\xe2\x80\x8b\nIt went on.\n' > "$T/w.txt"
	run -0 txseg --unit=para --drop=none --dropped "$T/d.tsv" "$T/w.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "By Jane Doe|The committee met on Monday and agreed.|12|It went on.|" ]
	# A line of nothing visible is white space, not furniture: it goes.
	[ "$(cat "$T/d.tsv")" = $'doc\tline\tstart\tend\treason\ttext\nw\t7\t60\t63\tcontrol\t\xe2\x80\x8b' ]
	# --keep does no cleanup: the line-break hyphen stays.
	run -0 txseg --unit=para --keep "$T/w.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "By Jane Doe|The committee met on Mon- day and agreed.|12|It went on.|" ]
}

@test "txseg --drop=page-number drops only page numbers" {
	printf 'By Jane Doe\n\nThe committee met on Monday and agreed.\n\n\f12\n\nCopyright 2020 Foo Inc. All rights reserved.\n' > "$T/p.txt"
	run -0 txseg --unit=para --drop=page-number --dropped "$T/d.tsv" "$T/p.txt"
	[ "$(col 5 < "$T/d.tsv" | tr '\n' ' ')" = "page-number " ]
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "By Jane Doe|The committee met on Monday and agreed.|Copyright 2020 Foo Inc. All rights reserved.|" ]
	# Without it, all three go.
	txseg --dropped "$T/d.tsv" "$T/p.txt" > /dev/null
	[ "$(col 5 < "$T/d.tsv" | tr '\n' ' ')" = "byline page-number copyright " ]
}

@test "txseg --stats counts per document and rule the rows of --dropped, -v the same on stderr" {
	run -0 --separate-stderr txseg --stats --dropped "$T/d.tsv" "$SAMPLES"/*.txt
	[ "${lines[0]}" = $'doc\trule\tlines' ]
	[ -z "$stderr" ]
	# The oracle: the rows of --dropped, counted per (doc, reason).
	tail -n +2 "$T/d.tsv" | cut -f 1,5 | sort | uniq -c |
	    awk '{ print $2 "\t" $3 "\t" $1 }' > "$T/want"
	awk -F '\t' 'NR > 1 && $2 != "total"' <<< "$output" | sort > "$T/got"
	[ -s "$T/want" ]
	diff "$T/want" "$T/got"
	# A total row for every document, the empty one too.
	for f in "$SAMPLES"/*.txt; do
		d=$(basename "$f" .txt)
		n=$(awk -F '\t' -v d="$d" 'NR > 1 && $1 == d' "$T/d.tsv" | wc -l)
		[ "$(grep -c "^$d"$'\ttotal\t'"$n\$" <<< "$output")" -eq 1 ]
	done
	grep -q $'\ttotal\t0$' <<< "$output"
	# -v writes the table to stderr and the records as ever to stdout.
	stats=$output
	run -0 --separate-stderr txseg -v "$SAMPLES"/*.txt
	[ "$stderr" = "$stats" ]
	[ "$output" = "$(txseg "$SAMPLES"/*.txt)" ]
	# --no-header leaves the header out of --stats.
	run -0 txseg --stats --no-header "$SAMPLES"/*.txt
	[ "$output" = "$(tail -n +2 <<< "$stats")" ]
}

@test "txseg refuses an unknown rule, none in a list, and cleanup options that contradict" {
	run -2 --separate-stderr txseg --no-drop=bylines /dev/null
	[ "$stderr" = "txseg: --no-drop: unknown rule 'bylines' (see --rules)" ]
	[ -z "$output" ]
	run -2 --separate-stderr txseg --drop=page-number,foo /dev/null
	[ "$stderr" = "txseg: --drop: unknown rule 'foo' (see --rules)" ]
	run -2 --separate-stderr txseg --drop=byline, /dev/null
	[ "$stderr" = "txseg: --drop: an empty rule name in 'byline,' (see --rules)" ]
	run -2 --separate-stderr txseg --drop=none,byline /dev/null
	[ "$stderr" = "txseg: --drop: none stands alone, not in a list" ]
	run -2 --separate-stderr txseg --no-drop=none /dev/null
	[ "$stderr" = "txseg: --no-drop: unknown rule 'none' (see --rules)" ]
	run -2 --separate-stderr txseg --keep --drop=none /dev/null
	[ "$stderr" = "txseg: --keep and --drop contradict each other" ]
	run -2 --separate-stderr txseg --no-drop=byline --keep /dev/null
	[ "$stderr" = "txseg: --keep and --no-drop contradict each other" ]
	run -2 --separate-stderr txseg --drop=byline --no-drop=footer /dev/null
	[ "$stderr" = "txseg: --drop and --no-drop contradict each other" ]
	[ -z "$output" ]
}

@test "txseg --heading refuses a level outside 1 to 6" {
	run -2 --separate-stderr txseg --heading '7:^x' /dev/null
	[ "$stderr" = "txseg: --heading: level 7 is not 1 to 6 (in '7:^x')" ]
	run -2 --separate-stderr txseg --heading '0:^x' /dev/null
	[ "$stderr" = "txseg: --heading: level 0 is not 1 to 6 (in '0:^x')" ]
	[ -z "$output" ]
	# Two digits are no level: the pattern is all of it.
	printf '12:00 Opening\n\nThe meeting opened on time.\n' > "$T/t.txt"
	run -0 txseg --unit=para --heading '12:00' "$T/t.txt"
	[ "${lines[1]}" = $'t\t1\t1\t1\theading\t0\t13\t12:00 Opening' ]
}

@test "txseg --heading twice with two levels gives the two levels" {
	printf 'PART ONE\n\nSection A\n\nText of the first section goes here.\n\nSection B\n\nMore text here.\n\nPART TWO\n\nSection C\n\nThe last text.\n' > "$T/l.txt"
	run -0 txseg --unit=section --heading '1:^PART' --heading '2:^Section' "$T/l.txt"
	[ "$output" = "$HEADER
l	1	1	1	heading	0	85	PART ONE
l	1.1	2	2	heading	10	57	Section A
l	1.2	4	4	heading	59	85	Section B
l	2	6	6	heading	87	122	PART TWO
l	2.1	7	7	heading	97	122	Section C" ]
	# The levels are the patterns', not their order of use.
	run -0 txseg --unit=section --heading '2:^Section' --heading '1:^PART' "$T/l.txt"
	[ "$(col 2 <<< "$output" | tr '\n' ' ')" = "1 1.1 1.2 2 2.1 " ]
}

@test "txseg --heading beats a running-header repeat: PART No. 1, PART No. 2 ..." {
	for p in 1 2 3; do
		printf 'PART No. %d\n\n' "$p"
		for i in $(seq 1 22); do
			printf 'This is line %d of the body of part %d and it goes on.\n' "$i" "$p"
		done
		printf '\n'
	done > "$T/parts.txt"
	# Alike but for a number that rises once in 20 lines or more: the
	# running-header rule takes them.
	run -0 txseg --stats "$T/parts.txt"
	[ "$output" = $'doc\trule\tlines\nparts\trunning-header\t3\nparts\ttotal\t3' ]
	run -0 txseg --unit=section --heading '^PART No\.' --dropped "$T/d.tsv" "$T/parts.txt"
	[ "$output" = "$HEADER
parts	1	1	1	heading	0	1190	PART No. 1
parts	2	3	24	heading	1192	2382	PART No. 2
parts	3	5	47	heading	2384	3574	PART No. 3" ]
	[ "$(cat "$T/d.tsv")" = $'doc\tline\tstart\tend\treason\ttext' ]
}

@test "txseg --heading that matches a run-in lead makes only the lead a heading" {
	printf 'Article 1\n\n(1) The Congress shall have power to lay and collect taxes,\nduties, imposts and excises.\n(2) To borrow money.\n\nCHAPTER I\nIt was a dark night.\n' > "$T/r.txt"
	run -0 txseg --unit=para --heading '2:^\(\d+\)' --heading '^CHAPTER' "$T/r.txt"
	[ "$output" = "$HEADER
r	1	1	1	heading	0	9	Article 1
r	1.1	2	2	heading	11	14	(1)
r	1.1	3	3	text	15	99	The Congress shall have power to lay and collect taxes, duties, imposts and excises.
r	1.2	4	4	heading	100	103	(2)
r	1.2	5	5	text	104	120	To borrow money.
r	1.3	6	6	heading	122	131	CHAPTER I
r	1.3	7	7	text	132	152	It was a dark night." ]
}

# ---- sentences ----

@test "txseg passes the 48 English Golden Rules" {
	run -0 perl "$BATS_TEST_DIRNAME/golden.pl" "$DATA/golden-rules-en.tsv"
	[ "$output" = "48 passed, 0 failed" ]
}

@test "txseg passes the 4 pragmatic_segmenter rules with line breaks" {
	run -0 perl "$BATS_TEST_DIRNAME/golden.pl" "$DATA/golden-rules-en-ps-extra.tsv"
	[ "$output" = "4 passed, 0 failed" ]
}

@test "txseg ends a sentence after etc. before a capital, not before lower case" {
	run -0 txseg <<< "Tools, data, etc. States should act. Tools, etc. are fine."
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "Tools, data, etc.|States should act.|Tools, etc. are fine.|" ]
}

@test "txseg keeps plural possessives whole and [1,2] as two numbers" {
	run -0 txseg --unit=token <<< "The countries’ and States' rights [1,2] cost 1,000."
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "The|countries’|and|States'|rights|[|1|,|2|]|cost|1,000|.|" ]
}

@test "txseg starts a sentence at each list item and keeps its marker" {
	printf 'Do this:\n- i. first thing\n- ii. second thing\n(1) third thing\n• fourth thing\n' > "$T/l.txt"
	run -0 txseg "$T/l.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "Do this:|- i. first thing|- ii. second thing|(1) third thing|• fourth thing|" ]
}

# ---- bad input ----

@test "txseg skips a file of invalid UTF-8, with the byte offset, and writes the others" {
	printf 'Good text.\n\xff\xfe bad\n' > "$T/bad.txt"
	run -2 --separate-stderr txseg "$PAPER" "$T/bad.txt"
	[[ "$stderr" == "txseg: $T/bad.txt: invalid UTF-8 at byte 11"*"--lossy" ]]
	[ "$output" = "$(txseg "$PAPER")" ]
}

@test "txseg treats a NUL byte as invalid UTF-8" {
	printf 'abc\0def.\n' > "$T/nul.txt"
	run -2 --separate-stderr txseg "$T/nul.txt"
	[[ "$stderr" == "txseg: $T/nul.txt: invalid UTF-8 at byte 3"*"--lossy" ]]
	[ "$output" = $'doc\tsec\tpar\tsent\tkind\tstart\tend\ttext' ]
}

@test "txseg --lossy replaces bad bytes by U+FFFD and warns once" {
	printf 'Bad \xff byte and \xfe another.\n' > "$T/bad.txt"
	run -0 --separate-stderr txseg --lossy "$T/bad.txt"
	[ "$stderr" = "txseg: $T/bad.txt: invalid UTF-8 at byte 4, replaced by U+FFFD" ]
	[ "${lines[1]}" = $'bad\t0\t1\t1\ttext\t0\t25\tBad \xef\xbf\xbd byte and \xef\xbf\xbd another.' ]
}

@test "txseg --lossy reads a NUL as U+FFFD, in a word after a function word too" {
	# "to" + NUL + 11 letters once made the function-word test read past
	# the end of the string "to" (ASan: global-buffer-overflow).
	printf 'Some text and then to\0abcdefghijk\nnext line here.\n' > "$T/nul.txt"
	run -0 --separate-stderr txseg --lossy "$T/nul.txt"
	[ "$stderr" = "txseg: $T/nul.txt: invalid UTF-8 at byte 21, replaced by U+FFFD" ]
	[ "${lines[1]}" = $'nul\t0\t1\t1\ttext\t0\t49\tSome text and then to\xef\xbf\xbdabcdefghijk next line here.' ]
	printf 'a\0b \0 c\n' > "$T/nul2.txt"
	run -0 --separate-stderr txseg --lossy --unit=token "$T/nul2.txt"
	# (between two letters the bad byte stays in the word: txseg(1))
	[ "$(cut -f6-8 <<< "$output" | tail -n +2 | tr '\t\n' ' |')" = \
	    $'0 3 a\xef\xbf\xbdb|4 5 \xef\xbf\xbd|6 7 c|' ]
	# A dropped line shows its bad bytes as U+FFFD too: --dropped is UTF-8.
	printf 'Some text here.\n\nCopyright 2020 Foo \xff\0 Inc.\n' > "$T/c.txt"
	run -0 --separate-stderr txseg --lossy --dropped "$T/d.tsv" "$T/c.txt"
	[ "$(tail -n +2 "$T/d.tsv")" = $'c\t3\t17\t43\tcopyright\tCopyright 2020 Foo \xef\xbf\xbd\xef\xbf\xbd Inc.' ]
}

@test "txseg --lossy --heading matches the line as it decodes, bad bytes as U+FFFD" {
	printf '\x80\x80 Heading\n\nSome text here.\n' > "$T/h.txt"
	run -0 --separate-stderr txseg --lossy --heading '^\x{FFFD}{2} H' "$T/h.txt"
	[ "${lines[1]}" = $'h\t1\t1\t1\theading\t0\t10\t\xef\xbf\xbd\xef\xbf\xbd Heading' ]
	[ "${lines[2]}" = $'h\t1\t2\t2\ttext\t12\t27\tSome text here.' ]
	# A lookbehind over a bad line looks at U+FFFD, never before the
	# buffer (valgrind.bats checks the reads); no match here, so the line
	# is the title it is without --heading (section 0, not 1).
	run -0 --separate-stderr txseg --lossy --heading '(?<=\x{FFFD})H' "$T/h.txt"
	[ "${lines[1]}" = $'h\t0\t1\t1\theading\t0\t10\t\xef\xbf\xbd\xef\xbf\xbd Heading' ]
}

@test "txseg reads C0 controls and DEL as white space and drops a line of nothing else" {
	# Every control but tab, LF, CR and FF, inside a line, at its ends,
	# alone on a line; and a line of a zero-width space and a soft hyphen.
	perl -e 'print "First\x01word and\x1fmore\x7f here.\n\x02Starts with one.\n",
	    join("", map { chr } 1 .. 8, 11, 14 .. 31, 127), "\n\n",
	    "\xe2\x80\x8b\xc2\xad \x01\n\nEnds with one.\x1b\n"' > "$T/c0.txt"
	for k in "" --keep; do
		run -0 --separate-stderr txseg $k --dropped "$T/d.tsv" "$T/c0.txt"
		[ "$(col 8 <<< "$output" | tr '\n' '|')" = "First word and more here.|Starts with one.|Ends with one.|" ]
		[ "$(cut -f2-5 "$T/d.tsv" | tail -n +2 | tr '\t\n' ' |')" = "3 45 73 control|5 75 82 control|" ]
		[ "$(col 6 < "$T/d.tsv" | head -1 | od -An -tx1 | tr -d ' \n')" = \
		    01020304050607080b0e0f101112131415161718191a1b1c1d1e1f7f0a ]
		printf '%s\n' "$output" > "$T/out.tsv"
		run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/c0.txt" "$T/out.tsv" "$T/d.tsv"
		[ "$output" = "" ]
	done
	run -0 txseg --unit=token "$T/c0.txt"
	[ "$(cut -f6-8 <<< "$output" | sed -n 2,4p | tr '\t\n' ' |')" = "0 5 First|6 10 word|11 14 and|" ]
	# The checker sees a line of controls that nothing accounts for.
	printf 'Text.\n\x01\x02\n' > "$T/cc.txt"
	printf '%s\n' "$HEADER" > "$T/none.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/cc.txt" <(txseg "$T/cc.txt") "$T/none.tsv"
	[ "$output" = "byte 6 (line 2) is in no record and was not dropped" ]
}

@test "txseg treats CRLF and lone CR as line ends" {
	printf 'First line of a para-\ngraph goes on.\n\nSecond.\n' > "$T/lf.txt"
	printf 'First line of a para-\r\ngraph goes on.\r\n\r\nSecond.\r\n' > "$T/crlf.txt"
	printf 'First line of a para-\rgraph goes on.\r\rSecond.\r' > "$T/cr.txt"
	a=$(txseg "$T/lf.txt" | col 8); b=$(txseg "$T/crlf.txt" | col 8); c=$(txseg "$T/cr.txt" | col 8)
	[ "$a" = $'First line of a paragraph goes on.\nSecond.' ]
	[ "$a" = "$b" ]
	[ "$a" = "$c" ]
	# Offsets count the CR bytes.
	[ "$(txseg "$T/crlf.txt" | awk -F '\t' 'NR == 3 { print $6, $7 }')" = "41 48" ]
}

@test "txseg drops a byte order mark and counts offsets past it" {
	printf '\xef\xbb\xbfHello there. Bye.\n' > "$T/bom.txt"
	run -0 txseg "$T/bom.txt"
	[ "${lines[1]}" = $'bom\t0\t1\t1\ttext\t3\t15\tHello there.' ]
}

@test "txseg prints only the header for an empty file" {
	: > "$T/empty.txt"
	run -0 --separate-stderr txseg "$T/empty.txt"
	[ "$output" = "$HEADER" ]
	[ -z "$stderr" ]
	run -0 txseg < /dev/null
	[ "$output" = "$HEADER" ]
	# No sections to sort: once qsort(NULL, 0, ...), which clang's UBSan
	# stops on (the sanitized round of scripts/run-tests).
	run -0 --separate-stderr txseg --unit=section "$T/empty.txt"
	[ "$output" = "$HEADER" ]
	[ -z "$stderr" ]
}

@test "txseg reports a directory and exits 2" {
	run -2 --separate-stderr txseg "$T"
	[ "$stderr" = "txseg: $T: Is a directory" ]
	[ "$output" = "$HEADER" ]
}

@test "txseg reports a missing file, still does the others, and exits 2" {
	run -2 --separate-stderr txseg "$T/missing.txt" "$SUMMARY"
	[ "$stderr" = "txseg: $T/missing.txt: No such file or directory" ]
	[ "${#lines[@]}" -gt 10 ]
	[[ "${lines[1]}" == 2017-03-01-summary* ]]
}

@test "txseg reports a full disk as a write error" {
	# shellcheck disable=SC2016 # $1 is the inner shell's
	run -2 --separate-stderr bash -c 'txseg "$1" > /dev/full' _ "$PAPER"
	[ "$stderr" = "txseg: write error: No space left on device" ]
}

@test "txseg ends quietly when its reader goes away" {
	# shellcheck disable=SC2016 # $1 is the inner shell's
	run -0 --separate-stderr bash -c 'set -o pipefail; txseg --unit=token "$1" "$1" "$1" | head -1; echo "status ${PIPESTATUS[0]}"' _ "$PAPER"
	[ "${lines[0]}" = "doc	sec	par	sent	kind	start	end	text	type" ]
	# 141 is death by SIGPIPE, as cat and grep die too
	[ "${lines[1]}" = "status 141" ]
	[ -z "$stderr" ]
}

@test "txseg cuts a run of more than 32768 tokens every 32768, in a batch and in a giant paragraph" {
	# Token counts per sentence: a run of n words and a full stop, then
	# a sentence of three tokens (the full stop starts the count again).
	for n in 70000 1000000; do
		{ yes word | head -"$n" | tr '\n' ' '; printf '. More words.\n'; } > "$T/run.txt"
		txseg --unit=token --no-header "$T/run.txt" | cut -f4 | uniq -c | awk '{ print $1 }' > "$T/got"
		{
			for _ in $(seq $((n / 32768))); do echo 32768; done
			echo $((n % 32768 + 1))
			echo 3
		} > "$T/want"
		cmp "$T/want" "$T/got"
	done
	# 5 MB: over 4 MiB, the windowed road
	[ "$(stat -c %s "$T/run.txt")" -gt $((4 << 20)) ]
}

@test "txseg handles a 1 GB line with bounded memory" {
	[ -n "${TX_SKIP_BIG:-}" ] && skip "TX_SKIP_BIG is set"
	# 1 GiB on one line of 64-byte sentences (helper.bash)
	size=$(big_line "$T/big.txt")
	# shellcheck disable=SC2016 # $1 and $2 are the inner shell's
	run -0 --separate-stderr bash -c '/usr/bin/time -o "$2" -f %M txseg --no-header "$1" | tail -1' _ "$T/big.txt" "$T/rss"
	[ -z "$stderr" ]
	n=$((size / 64))
	[[ "$output" == big$'\t'0$'\t'1$'\t'* ]]
	[ "$(cut -f4 <<< "$output")" -eq "$n" ]
	rm -f "$T/big.txt"
	# Peak RSS at most twice the line plus 16 MiB: the document and its
	# cleaned text, then a bounded window (2026-12: 2052 MiB for 1 GiB).
	rss_at_most "$T/rss" $((2 * size + (16 << 20)))
}

@test "txseg gives the same bytes on one thread and on two" {
	for i in $(seq 40); do cat "$SAMPLES"/*.txt; echo; done > "$T/big.txt"
	yes 'Alpha beta gamma. Delta epsilon.' | head -c 5000000 | tr '\n' ' ' >> "$T/big.txt"
	printf '\n\nThe end.\n' >> "$T/big.txt"
	for u in sent token section; do
		txseg --unit=$u "$T/big.txt" > "$T/two"
		TX_THREADS=1 txseg --unit=$u "$T/big.txt" > "$T/one"
		cmp "$T/one" "$T/two"
	done
	# Sentences run on through the batches and the giant paragraph
	# (over 4 MB, split in windows) without a gap or a repeat.
	txseg "$T/big.txt" > "$T/two"
	[ "$(tail -1 "$T/two" | cut -f8)" = "The end." ]
	[ "$(awk -F '\t' 'NR > 1 && $4 != NR - 1' "$T/two" | wc -l)" -eq 0 ]
	[ "$(grep -c $'\tDelta epsilon.$' "$T/two")" -ge 150000 ]
}

@test "txseg makes text NFC and maps it back to the decomposed source" {
	printf 'Cafe\xcc\x81 au lait.\n' > "$T/nfc.txt"
	run -0 txseg --unit=token "$T/nfc.txt"
	[ "${lines[1]}" = $'nfc\t0\t1\t1\ttext\t0\t6\tCaf\xc3\xa9\tword' ]
	run -0 txseg "$T/nfc.txt"
	[ "${lines[1]}" = $'nfc\t0\t1\t1\ttext\t0\t15\tCaf\xc3\xa9 au lait.' ]
}

@test "txseg gives each character NFC changes its own span, however they are packed" {
	# Decomposed e + U+0301 and r + U+0301, U+2126 OHM SIGN (NFC: U+03A9),
	# side by side and in runs without white space: every token's and
	# every sentence's [start, end) of the source, made NFC, is its text.
	printf 'Cafe\xcc\x81:noir\xcc\x81 \xe2\x84\xa6mega\xc2\xb7\xe2\x84\xa6 Cafe\xcc\x81.Re\xcc\x81sume\xcc\x81 here. x\xe2\x84\xa6e\xcc\x81\xe2\x84\xa6y ends.\n' > "$T/n.txt"
	# shellcheck disable=SC2016 # a Perl program: its $ are Perl's
	check='use Unicode::Normalize; use Encode;
		open(my $f, "<:raw", $ARGV[0]) or die; my $src = do { local $/; <$f> };
		open(my $t, "<:raw", $ARGV[1]) or die; <$t>; my ($n, $bad, $prev) = (0, 0, 0);
		while (<$t>) { chomp; my @c = split /\t/; $n++;
			my $s = NFC(decode("UTF-8", substr($src, $c[5], $c[6] - $c[5])));
			$bad++, print "[$c[5],$c[6]) $c[7] <> ", encode("UTF-8", $s), "\n"
			    if $s ne decode("UTF-8", $c[7]) || $c[5] < $prev;
			$prev = $c[6]; }
		print "records $n bad $bad\n";'
	txseg --unit=token "$T/n.txt" > "$T/tok.tsv"
	run -0 perl -e "$check" "$T/n.txt" "$T/tok.tsv"
	[ "$output" = "records 14 bad 0" ]
	run -0 txseg --unit=token "$T/n.txt"
	[ "$(cut -f6-8 <<< "$output" | sed -n 2,4p | tr '\t\n' ' |')" = \
	    $'0 6 Caf\xc3\xa9|6 7 :|7 13 noi\xc5\x95|' ]
	txseg "$T/n.txt" > "$T/sent.tsv"
	run -0 perl -e "$check" "$T/n.txt" "$T/sent.tsv"
	[ "$output" = "records 2 bad 0" ]
	run -0 txseg "$T/n.txt"
	[ "$(cut -f6,7 <<< "$output" | tail -n +2 | tr '\t\n' ' |')" = "0 34|34 68|" ]
}

@test "txseg keeps a numbered heading beside a page number" {
	printf 'Some text that runs on for a while and ends here.\n\n42\n\f2  Results\n\nThe results are good and they are many, as we said.\n' > "$T/p.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/p.txt"
	[ "$(tail -n +2 "$T/d.tsv" | cut -f5,6)" = $'page-number\t42' ]
	grep -q $'\t2\t[0-9]*\t[0-9]*\theading\t[0-9]*\t[0-9]*\t2 Results$' <<< "$output"
}

@test "txseg keeps a line-end hyphen before a capital or digit, without a space" {
	printf 'The Asia-\nPacific region and COVID-\n19 rules.\n' > "$T/h.txt"
	run -0 txseg "$T/h.txt"
	[ "$(col 8 <<< "$output")" = "The Asia-Pacific region and COVID-19 rules." ]
}

@test "txseg maps each token exactly around soft hyphens and accents" {
	printf 'co\xc2\xadoperation (infor\xc2\xadmation), Cafe\xcc\x81s.\n' > "$T/s.txt"
	run -0 txseg --unit=token "$T/s.txt"
	[ "$(cut -f6-8 <<< "$output" | tail -n +2 | tr '\t\n' ' |')" = \
	    "0 13 cooperation|14 15 (|15 28 information|28 29 )|29 30 ,|31 38 Cafés|38 39 .|" ]
}

@test "txseg: R&D is a word, Amb. and Int. do not end sentences, a table row is not a menu" {
	printf 'Amb. Smith met the Int. Telecommunication Union on R&D.\n\nChina | 2016 | 2021\n\nThe table above shows the two years we compare here.\n' > "$T/m.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/m.txt"
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "Amb. Smith met the Int. Telecommunication Union on R&D.|China | 2016 | 2021|The table above shows the two years we compare here.|" ]
	[ "$(wc -l < "$T/d.tsv")" -eq 1 ]
	run -0 txseg --unit=token "$T/m.txt"
	grep -q $'\tR&D\tword$' <<< "$output"
}

@test "txseg drops bylines, share bars, cookie notices and 'Related' labels, not sentences" {
	printf 'Cyber Rules Tighten\n\nBy Jane Doe, Reuters\n\nFacebook / Twitter / LinkedIn\n\nBy the end of 2020, the rules had changed a great deal in many ways.\n\nThe ministry said more was to come, and that it would act soon.\n\nWe use cookies to improve your experience. By clicking Accept all cookies you agree to our cookie policy.\n\nReporting by Jane Doe; Editing by John Roe\n\nRelated articles\n\nPosted by Adam Segal at 3:45 PM\n' > "$T/w.txt"
	run -0 txseg --dropped "$T/d.tsv" "$T/w.txt"
	[ "$(tail -n +2 "$T/d.tsv" | cut -f2,5 | tr '\t\n' ' |')" = "3 byline|5 interface-word|11 cookie-notice|13 byline|15 interface-word|17 byline|" ]
	[ "$(col 8 <<< "$output" | tr '\n' '|')" = "Cyber Rules Tighten|By the end of 2020, the rules had changed a great deal in many ways.|The ministry said more was to come, and that it would act soon.|" ]
}

@test "txseg reads '1 Introduction' headings and keeps a numbered list after a colon as text" {
	printf 'Report Title\n\n1 Introduction\n\nThe report starts here. It says things.\n\nWe recommend that governments take the following steps:\n\n1. Adopt a national data strategy by 2025, with clear\n   milestones.\n2. Fund research.\n\n2 Findings\n\nThe findings are many and we list them all here.\n' > "$T/r.txt"
	run -0 txseg "$T/r.txt"
	[ "$(cut -f2,5,8 <<< "$output" | tail -n +2 | tr '\t\n' ' |')" = "0 heading Report Title|1 heading 1 Introduction|1 text The report starts here.|1 text It says things.|1 text We recommend that governments take the following steps:|1 text 1. Adopt a national data strategy by 2025, with clear milestones.|1 text 2. Fund research.|2 heading 2 Findings|2 text The findings are many and we list them all here.|" ]
}

@test "txseg nests Part, Chapter and Article by their order of use" {
	printf 'Part I General\n\nChapter 1 Scope\n\nArticle 1\n\nThis law applies to networks and to the people who run them.\n\nArticle 2\n\nIt also applies to data, as defined below in this law.\n\nChapter 2 Duties\n\nArticle 3\n\nOperators shall keep logs for six months at the least.\n\nPart II Final\n\nArticle 4\n\nThis law takes effect on 1 June 2017 and not before.\n' > "$T/law.txt"
	run -0 txseg --unit=section "$T/law.txt"
	[ "$(cut -f2,8 <<< "$output" | tail -n +2 | tr '\t\n' ' |')" = "1 Part I General|1.1 Chapter 1 Scope|1.1.1 Article 1|1.1.2 Article 2|1.2 Chapter 2 Duties|1.2.3 Article 3|2 Part II Final|2.0.4 Article 4|" ]
}

@test "txseg marks a table of contents with dot leaders and page numbers" {
	printf 'A Report\n\nContents\n\n1. Introduction ........ 3\n2. The state of play ..... 7\nAnnex A\tiv\n\n1. Introduction\n\nThe report starts here. It says things.\n\n2. The state of play\n\nPlay is in a state, as it often is.\n' > "$T/toc.txt"
	run -0 txseg --unit=para "$T/toc.txt"
	[ "$(awk -F '\t' '$5 == "toc" { print $8 }' <<< "$output" | tr '\n' '|')" = "Contents|1. Introduction ........ 3|2. The state of play ..... 7|Annex A iv|" ]
	[ "$(awk -F '\t' '$5 == "heading" { print $2 }' <<< "$output" | tr '\n' ' ')" = "0 1 2 " ]
}

@test "txseg starts a paragraph at an indented line and after a line far wider than the wrap" {
	printf 'This paragraph is hard-wrapped at a width of about sixty\ncharacters, as PDF text is. It ends here with a stop.\n  An indented line starts the next paragraph, as in many\nreports. It also wraps like the one before it does.\n' > "$T/ind.txt"
	run -0 txseg --unit=para "$T/ind.txt"
	[ "${#lines[@]}" -eq 3 ]
	long="This is a long paragraph on one line, as web pages give them, and it goes on and on for well over two hundred characters so that no wrapping width could explain it, which is the point here."
	{ printf 'Short one\nShort two\nShort three\nShort four\n'; printf '%s\n' "$long" "$long" "$long"; } > "$T/web.txt"
	run -0 txseg --unit=para "$T/web.txt"
	[ "$(grep -c $'\tThis is a long paragraph' <<< "$output")" -eq 3 ]
}

# fuzz_road found it: a paragraph with no token first in its batch took
# NULL + 0 from an empty token vector (clang's UBSan round stops there).
@test "txseg reads a paragraph that has no token before the first that has one" {
	printf '# Title\n\n## \n\nDo * .\n' > "$T/e.txt"
	run -0 --separate-stderr txseg "$T/e.txt"
	[ -z "$stderr" ]
	[ "${lines[*]:1}" = "$(printf 'e\t0\t1\t1\theading\t0\t7\tTitle e\t0\t3\t2\ttext\t14\t20\tDo * .')" ]
}

# fuzz_road found it: a soft hyphen or zero-width character between a
# letter and its combining mark was dropped after each side was made NFC
# apart, so "cafe" + U+00AD + U+0301 stayed "cafe" + U+0301, not NFC, and
# txfreq counted two words where a reader sees one.
@test "txseg makes a word NFC across a soft hyphen or zero-width character before a mark" {
	printf 'caf\303\251 cafe\314\201 cafe\302\255\314\201 cafe\342\200\213\314\201.\n' > "$T/c.txt"
	run -0 txfreq "$T/c.txt"
	[ "${lines[1]}" = $'caf\303\251\t4\t1000000.00\t1' ]
	[ "${#lines[@]}" -eq 2 ]
	# Each token's span holds exactly its source: the third is bytes 13..21.
	run -0 txseg --unit=token "$T/c.txt"
	[ "$(cut -f6-8 <<< "${lines[3]}")" = $'13\t21\tcaf\303\251' ]
	[ "$(cut -f6-8 <<< "${lines[4]}")" = $'22\t31\tcaf\303\251' ]
}

@test "txseg refuses its own stream, in a file or on standard input" {
	printf 'The cat sat. The cat ran.\n' > "$T/a.txt"
	txseg "$T/a.txt" > "$T/sa.tsv"
	run -2 --separate-stderr txseg "$T/sa.tsv"
	[ "$stderr" = "txseg: $T/sa.tsv: a txseg stream already: give the texts it was made from" ]
	[ -z "$output" ]
	run -2 --separate-stderr txseg - < "$T/sa.tsv"
	[ "$stderr" = "txseg: -: a txseg stream already: give the texts it was made from" ]
	[ -z "$output" ]
	# the look-alike: its text column, and a table, are text to txseg
	cut -f 8 "$T/sa.tsv" > "$T/plain.txt"
	run -0 --separate-stderr txseg "$T/plain.txt"
	[ -z "$stderr" ]
	[ "${lines[1]}" = $'plain\t0\t1\t1\ttext\t0\t17\ttext The cat sat.' ]
}

@test "txseg and txfreq give a big document's text back behind them, and write the same" {
	# About 9 MB: numbered sections, wrapped paragraphs with a hyphen at
	# the break, page furniture, Chinese, and a 4.5 MB paragraph (the
	# windows) in the middle.  Every batch of half a MiB gives back the
	# text before the one it follows (src/common/behind.h); a read of
	# that text would stop the tool with SIGSEGV, not read zeros.
	# TX_TEST_KEEP_TEXT keeps it all: the output must not change.
	awk 'BEGIN {
		for (i = 0; i < 60000; i++) {
			if (i % 3000 == 0)
				printf "%d. Part number %d\n\n", i / 3000 + 1, i / 3000 + 1
			if (i % 500 == 499)
				printf "Page %d\n\n", (i + 1) / 500
			printf "Line %d of a para-\ngraph that wraps. It goes on\nover lines.\n\n", i
			if (i % 1000 == 7)
				printf "网络安全是国家安全的重要组成部分。第%d条\n\n", i
			if (i == 30000) {
				for (k = 0; k < 450000; k++)
					printf "Giant %d. ", k
				printf "\n\n"
			}
		}
	}' > "$T/big.txt"
	[ "$(wc -c < "$T/big.txt")" -gt 9000000 ]
	for u in para sent token; do
		txseg --unit=$u "$T/big.txt" > "$T/got.$u"
		TX_TEST_KEEP_TEXT=1 txseg --unit=$u "$T/big.txt" > "$T/want.$u"
		cmp "$T/want.$u" "$T/got.$u"
		# Standard input: pass 1 kept the bytes, the document takes them.
		txseg --unit=$u < "$T/big.txt" | cut -f2- > "$T/stdin.$u"
		cmp <(cut -f2- "$T/want.$u") "$T/stdin.$u"
	done
	[ "$(grep -c $'\tgraph\t' "$T/got.token")" = 0 ]
	grep -q $'\tparagraph\t' "$T/got.token"
	grep -q 'Giant 449999\.' "$T/got.sent"
	txfreq "$T/big.txt" > "$T/got.freq"
	TX_TEST_KEEP_TEXT=1 txfreq "$T/big.txt" > "$T/want.freq"
	cmp "$T/want.freq" "$T/got.freq"
	# 60,000 lines, each "paragraph" once (grep counts the same lines).
	[ "$(awk -F '\t' '$1 == "paragraph" { print $2 }' "$T/got.freq")" = \
	    "$(grep -c 'of a para-$' "$T/big.txt")" ]
}
