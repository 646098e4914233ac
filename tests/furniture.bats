#!/usr/bin/env bats
# txseg's furniture rules (src/common/furniture.c): each rule drops a line
# only with its structural evidence.  For each rule a text it must drop,
# and texts built to break it: the look-alike without the evidence stays.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
}

# dropped FILE: "line reason text|" for each line txseg drops from FILE.
dropped() {
	txseg --dropped "$T/d.tsv" "$@" > /dev/null || return 1
	tail -n +2 "$T/d.tsv" | cut -f2,5,6 | tr '\t\n' ' |'
}

# page N LINES: LINES lines of running text that end with a full stop.
page() {
	local k
	for k in $(seq $(($2 - 1))); do
		printf 'Line %d of page %d goes on and on\n' "$k" "$1"
	done
	printf 'and the page ends here.\n'
}

@test "page numbers: beside a form feed, dropped" {
	for i in 1 2 3; do page "$i" 5; printf '\n%d\n\f' "$i"; done > "$T/p.txt"
	run -0 dropped "$T/p.txt"
	[ "$output" = "7 page-number 1|14 page-number 2|21 page-number 3|" ]
}

@test "page numbers: a chain rising by one a page, without form feeds, dropped" {
	for i in 1 2 3 4; do page "$i" 30; printf '\n%d\n\n' "$i"; done > "$T/p.txt"
	run -0 dropped "$T/p.txt"
	[ "$output" = "32 page-number 1|65 page-number 2|98 page-number 3|131 page-number 4|" ]
	# Two numbers are no chain: kept.
	for i in 1 2; do page "$i" 30; printf '\n%d\n\n' "$i"; done > "$T/q.txt"
	run -0 dropped "$T/q.txt"
	[ "$output" = "" ]
}

@test "page numbers: table cells that fall and rise are kept" {
	# 70, 100, 70, 100 ... a column of indicator values, rows apart.
	{ printf 'The table below shows the targets of the plan for each year.\n\n'
	  for r in 1 2 3 4 5; do printf 'Indicator %d\n\n70\n\n100\n\n' "$r"; done
	  printf 'The targets were met in most years, as the text says.\n'; } > "$T/t.txt"
	run -0 dropped "$T/t.txt"
	[ "$output" = "" ]
	# Rising values next to other cells (a dash, yes): cells too.
	printf 'Level of compliance, (%%)\n\xe2\x80\x93\n\n4\n\n20\nyes\n\n8\n\n10\nMinistry of the Interior\n' > "$T/u.txt"
	run -0 dropped "$T/u.txt"
	[ "$output" = "" ]
}

@test "page numbers: alone, only where the sentence runs on across it" {
	printf 'The ministry will act on the plan that\n\n17\n\nwas agreed by the council last year.\n' > "$T/a.txt"
	run -0 dropped "$T/a.txt"
	[ "$output" = "3 page-number 17|" ]
	# Between two whole sentences a lone number is no evidence of a page.
	printf 'The ministry will act on the plan.\n\n17\n\nThe council agreed to it last year.\n' > "$T/b.txt"
	run -0 dropped "$T/b.txt"
	[ "$output" = "" ]
}

@test "running headers: headings at irregular intervals with no page evidence are kept" {
	# A Gutenberg-like text: "CHAPTER No. N" and a salutation after each,
	# far apart at irregular intervals, no form feed, no page numbers.
	n=0
	for len in 40 130 75 210 55; do
		n=$((n + 1))
		printf 'CHAPTER No. %d\n\nTo the Reader:\n\n' "$n"
		page "$n" "$len"
		printf '\nTHE AUTHOR\n\n'
	done > "$T/g.txt"
	run -0 dropped "$T/g.txt"
	[ "$output" = "" ]
	run -0 txseg --unit=section "$T/g.txt"
	[ "$(grep -c $'\theading\t.*CHAPTER No. [1-5]$' <<< "$output")" -eq 5 ]
}

@test "running headers: a header repeated at each page break of a PDF-like text is dropped" {
	for i in 1 2 3 4; do printf 'Annual Report 2021\n\n'; page "$i" 3; printf '\n%d\n\f' "$i"; done > "$T/p.txt"
	run -0 dropped "$T/p.txt"
	[ "$output" = "1 running-header Annual Report 2021|7 page-number 1|8 running-header Annual Report 2021|14 page-number 2|15 running-header Annual Report 2021|21 page-number 3|22 running-header Annual Report 2021|28 page-number 4|" ]
	# A header with the page number in it, rising with the form feeds.
	for i in 1 2 3; do printf 'Cyber Strategy | %d\n\n' "$i"; page "$i" 3; printf '\f'; done > "$T/n.txt"
	run -0 dropped "$T/n.txt"
	[ "$output" = "1 running-header Cyber Strategy | 1|6 running-header Cyber Strategy | 2|11 running-header Cyber Strategy | 3|" ]
}

@test "running headers: a footer whose letter spacing varies is compared without spaces" {
	for i in 2 3 4 5; do
		page "$i" 25
		if [ $((i % 2)) -eq 0 ]; then sp='N ationa l Cybe r Policy'; else sp='N ati onal  Cyber Poli cy'; fi
		printf '%d | Page    %s\n' "$i" "$sp"
	done > "$T/f.txt"
	run -0 dropped "$T/f.txt"
	[ "$output" = "26 running-header 2 | Page    N ationa l Cybe r Policy|52 running-header 3 | Page    N ati onal  Cyber Poli cy|78 running-header 4 | Page    N ationa l Cybe r Policy|104 running-header 5 | Page    N ati onal  Cyber Poli cy|" ]
}

@test "running headers: a repeated prose line on a few pages is kept" {
	# Thirty numbered pages; a paragraph opening repeats after three page
	# numbers only: not a header of the pages.
	for i in $(seq 30); do
		[ "$i" -eq 5 ] || [ "$i" -eq 20 ] || [ "$i" -eq 25 ] && printf 'Through this Strategy, the Government\n'
		page "$i" 25
		printf '%d\n' "$i"
	done > "$T/r.txt"
	txseg --dropped "$T/d.tsv" "$T/r.txt" > /dev/null
	[ "$(grep -c $'\tpage-number\t' "$T/d.tsv")" -eq 30 ]
	[ "$(grep -c running-header "$T/d.tsv")" -eq 0 ]
}

@test "bylines: above the first paragraph dropped, inside the text kept" {
	printf 'Cyber Rules Tighten\n\nBy Jane Doe and John Roe\n\nThe new rules came into force today, the ministry said in a statement.\n\nBy a faction, I understand a number of citizens, whether amounting to\na majority or a minority of the whole, who are united.\n\nThe rules are many and\nby the way they are also long, as the ministry admits here.\n' > "$T/b.txt"
	run -0 dropped "$T/b.txt"
	[ "$output" = "3 byline By Jane Doe and John Roe|" ]
	run -0 txseg "$T/b.txt"
	grep -q $'\tBy a faction, I understand' <<< "$output"
	grep -q 'many and by the way they' <<< "$output"
}

@test "copyright: after the last paragraph dropped; in the body, as a bullet, or as a list label kept" {
	printf 'The report starts here and it says a number of things.\n\nCopyright law protects the works of authors, and it is the subject here.\n\n\xc2\xa9 Establishing roles among the relevant organizations\n\xc2\xa9 Building the cyber security infrastructure\n\n(A) Goodbye.\n(B) Hello again.\n(C) Hello world.\n\nThe report ends here and it says no more than it did.\n\n\xc2\xa9 2024 Example Org.\n' > "$T/c.txt"
	run -0 dropped "$T/c.txt"
	[ "$output" = $'14 copyright \xc2\xa9 2024 Example Org.|' ]
	# A document of that line alone keeps it: there is no body for it to
	# stand around, and an empty document would hide that it was read.
	printf '(C) 2017 Company Ltd. All rights reserved.\n' > "$T/one.txt"
	run -0 dropped "$T/one.txt"
	[ "$output" = "" ]
	run -0 txseg "$T/one.txt"
	[ "$(col 8 <<< "$output" | tr '\n' ' ')" = "(C) 2017 Company Ltd. All rights reserved. " ]
}

@test "footers and datelines: at the ends, not inside a sentence or a table" {
	printf 'March 3, 2020\n\nThe post itself has eight words or more in it.\n\nTags: rules, cyber\n' > "$T/f.txt"
	run -0 dropped "$T/f.txt"
	[ "$output" = "1 dateline March 3, 2020|5 footer Tags: rules, cyber|" ]
	# The short last line of a paragraph is no footer.
	printf 'The post itself has eight words or more in it, and it goes on\nfor a while\n' > "$T/g.txt"
	run -0 dropped "$T/g.txt"
	[ "$output" = "" ]
	# A date among dates is a timeline row, no dateline.
	printf 'Progress\n11 May, 2011\n\n13 May~5 July, 2011\n\nThe plan was made in these steps, as the table above shows.\n' > "$T/h.txt"
	run -0 dropped "$T/h.txt"
	[ "$output" = "" ]
}

@test "footnotes: kept unless asked for; with --drop=+footnote the notes between the halves of a sentence are dropped, and the sentence joined" {
	# page2 N: a page of running text that stops mid-sentence, a note,
	# the page number N; the next page goes on in lower case.
	page2() {
		page "$1" 30 | sed '$d'
		printf 'and the plan that the ministry made could also\n\n'
		printf '%d For example, the centre was built in 2013 and opened\nin the spring of that year.\n\n%d\n\n' "$1" "$1"
		printf 'lead to a new industry in the country.\n\n'
	}
	for i in 1 2 3; do page2 "$i"; done > "$T/n.txt"
	# Notes are the author's text: by default they stay records.
	run -0 dropped "$T/n.txt"
	[ "$output" = "35 page-number 1|73 page-number 2|111 page-number 3|" ]
	run -0 txseg "$T/n.txt"
	[ "$(col 8 <<< "$output" | grep -c '^1 For example, the centre')" = 1 ]
	run -0 dropped --drop=+footnote "$T/n.txt"
	[ "$output" = "32 footnote 1 For example, the centre was built in 2013 and opened|33 footnote in the spring of that year.|35 page-number 1|70 footnote 2 For example, the centre was built in 2013 and opened|71 footnote in the spring of that year.|73 page-number 2|108 footnote 3 For example, the centre was built in 2013 and opened|109 footnote in the spring of that year.|111 page-number 3|" ]
	run -0 txseg --drop=+footnote "$T/n.txt"
	[ "$(col 8 <<< "$output" | grep -c 'made could also lead to a new industry in the country\.$')" = 3 ]
	# A --drop list that names it drops it too, with only the rules named.
	run -0 dropped --drop=footnote "$T/n.txt"
	[ "$output" = "32 footnote 1 For example, the centre was built in 2013 and opened|33 footnote in the spring of that year.|70 footnote 2 For example, the centre was built in 2013 and opened|71 footnote in the spring of that year.|108 footnote 3 For example, the centre was built in 2013 and opened|109 footnote in the spring of that year.|" ]
	# Asking for a rule and refusing it is a contradiction.
	run -2 --separate-stderr txseg --drop=+footnote --no-drop=footnote "$T/n.txt"
	# shellcheck disable=SC2154 # bats sets stderr (run --separate-stderr)
	[[ "$stderr" == "txseg: --drop=+RULE"* ]]
	run -2 --separate-stderr txseg --drop=+footnote --keep "$T/n.txt"
	[[ "$stderr" == *"--keep"*"--drop"* ]]
	# Below a finished sentence, or before a capital, a note is kept.
	for i in 1 2 3; do page2 "$i"; done | sed 's/^and the plan that the ministry made could also$/and the plan is done./' > "$T/m.txt"
	run -0 dropped --drop=+footnote "$T/m.txt"
	[ "$output" = "35 page-number 1|73 page-number 2|111 page-number 3|" ]
	for i in 1 2 3; do page2 "$i"; done | sed 's/^lead to a new/Lead to a new/' > "$T/o.txt"
	run -0 dropped --drop=+footnote "$T/o.txt"
	[ "$output" = "35 page-number 1|73 page-number 2|111 page-number 3|" ]
	# A block without a note number above the page number is kept.
	for i in 1 2 3; do page2 "$i"; done | sed 's/^\([123]\) For example/For example/' > "$T/p.txt"
	run -0 dropped --drop=+footnote "$T/p.txt"
	[ "$output" = "35 page-number 1|73 page-number 2|111 page-number 3|" ]
}

@test "breadcrumbs: a Chinese trail of two separators is dropped; one separator, or a sentence end, is kept" {
	printf '%s\n' "网络安全法" "" "首页 > 新闻 > 正文" "" "首页 > 新闻" "" "首页 > 新闻 > 正文。" "" \
	    "国家坚持网络安全与信息化发展并重，遵循积极利用、科学发展的方针。" >"$T/c.txt"
	run -0 dropped "$T/c.txt"
	[ "$output" = "3 breadcrumb 首页 > 新闻 > 正文|" ]
}
