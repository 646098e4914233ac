#!/usr/bin/env bats
# Notes at a PDF page's foot that stand between the halves of a sentence
# (furniture.c is_foot_notes, furniture_notes; para.c note_para): kept,
# but moved after the paragraph they cut, which joins across them; the
# look-alikes that must stay where they are; every tool on the result.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
}

# page N LINES: LINES - 1 lines of running text without a sentence end.
body() {
	local k
	for k in $(seq "$2"); do
		printf 'Line %d of page %d goes on and on\n' "$k" "$1"
	done
}

# notes N: a page of 30 lines whose sentence stops mid-way ("could also"),
# two notes (N and N + 10), the page number N; the next page goes on
# ("lead to ...").
notes() {
	body "$1" 29
	printf 'and the plan that the ministry made could also\n\n'
	printf '%d For example, the centre was built in 2013 and opened\n' "$1"
	printf 'in the spring of that year.\n%d Another note.\n\n%d\n\n' \
	    $(($1 + 10)) "$1"
	printf 'lead to a new industry in the country.\n\n'
}

# span FILE START END: the source bytes [START, END) of FILE.
span() {
	head -c "$3" "$1" | tail -c +$(($2 + 1))
}

# via_stream FILE TOOL ARG...: TOOL reading txseg's stream of FILE.
via_stream() {
	local f="$1"
	shift
	txseg "$f" | "$@"
}

# in_order TSV: "yes" when every record starts at or after the end of the
# one before it (in one document), else the first record out of order.
in_order() {
	awk -F '\t' 'NR > 1 && $6 + 0 < end { print "record " NR - 1; bad = 1; exit }
	    NR > 1 { end = $7 + 0 } END { if (!bad) print "yes" }' "$1"
}

@test "notes: a sentence cut by the notes at a page's foot is one record; the notes come after it, with their own offsets" {
	for i in 1 2 3; do notes "$i"; done > "$T/n.txt"
	run -0 txseg --unit=sent --dropped "$T/d.tsv" "$T/n.txt"
	printf '%s\n' "$output" > "$T/s.tsv"
	[ "${#lines[@]}" = 10 ]
	# One whole sentence a page, then its two notes, numbered in output
	# order.
	[ "$(col 3 < "$T/s.tsv" | tr '\n' ' ')" = "1 2 3 4 5 6 7 8 9 " ]
	[ "$(col 4 < "$T/s.tsv" | tr '\n' ' ')" = "1 2 3 4 5 6 7 8 9 " ]
	[[ "${lines[1]}" == *$'\tLine 1 of page 1 goes on and on Line 2 '*' made could also lead to a new industry in the country.' ]]
	[ "$(col 8 < "$T/s.tsv" | sed -n 2,3p | tr '\n' '|')" = "1 For example, the centre was built in 2013 and opened in the spring of that year.|11 Another note.|" ]
	# The sentence's span runs from its first byte to its last, across
	# the notes and the page number; each note's span is its own lines.
	read -r a b < <(awk -F '\t' 'NR == 2 { print $6, $7 }' "$T/s.tsv")
	[ "$(span "$T/n.txt" "$a" "$b" | head -1)" = "Line 1 of page 1 goes on and on" ]
	[ "$(span "$T/n.txt" "$a" "$b" | tail -1)" = "lead to a new industry in the country." ]
	[ "$(span "$T/n.txt" "$a" "$b")" = "$(sed -n 1,38p "$T/n.txt")" ]
	read -r a b < <(awk -F '\t' 'NR == 3 { print $6, $7 }' "$T/s.tsv")
	[ "$(span "$T/n.txt" "$a" "$b")" = "1 For example, the centre was built in 2013 and opened
in the spring of that year." ]
	read -r a b < <(awk -F '\t' 'NR == 4 { print $6, $7 }' "$T/s.tsv")
	[ "$(span "$T/n.txt" "$a" "$b")" = "11 Another note." ]
	# Records are out of offset order there, and the checker knows why;
	# only the page numbers are dropped.
	[ "$(in_order "$T/s.tsv")" = "record 2" ]
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/n.txt" "$T/s.tsv" "$T/d.tsv"
	[ "$output" = "" ]
	[ "$(col 5 < "$T/d.tsv" | sort | uniq -c | tr -s ' ')" = " 3 page-number" ]
	txseg --unit=para "$T/n.txt" > "$T/p.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/n.txt" "$T/p.tsv" "$T/d.tsv"
	[ "$output" = "" ]
	txseg --unit=token "$T/n.txt" > "$T/t.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/n.txt" "$T/t.tsv" "$T/d.tsv"
	[ "$output" = "" ]
	# The checker is no rubber stamp: a note's span moved a byte out of
	# the sentence it stands in fails it.
	awk -F '\t' -v OFS='\t' 'NR == 4 { $7 = 1200 } 1' "$T/s.tsv" > "$T/bad.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/n.txt" "$T/bad.tsv" "$T/d.tsv"
	[[ "$output" == "record 3: span [1079, 1200) starts before the previous end 1138"* ]]
}

@test "notes: the move is no drop: --no-drop and --drop=none move them too; --drop=+footnote drops them; --keep leaves them in place" {
	for i in 1 2 3; do notes "$i"; done > "$T/n.txt"
	txseg "$T/n.txt" > "$T/default.tsv"
	run -0 txseg --no-drop=footnote "$T/n.txt"
	[ "$output" = "$(cat "$T/default.tsv")" ]
	run -0 txseg --no-drop=byline "$T/n.txt"
	[ "$output" = "$(cat "$T/default.tsv")" ]
	# With no rule at all the page numbers stay text: no page break the
	# sentence could cross, so nothing moves.
	run -0 txseg --drop=none --unit=sent "$T/n.txt"
	printf '%s\n' "$output" > "$T/none.tsv"
	[ "$(in_order "$T/none.tsv")" = yes ]
	[ "$(col 8 < "$T/none.tsv" | grep -c '^1 For example')" = 1 ]
	# The page numbers dropped and nothing else: the notes move.
	run -0 txseg --drop=page-number --unit=sent "$T/n.txt"
	[[ "${lines[1]}" == *' could also lead to a new industry in the country.' ]]
	[[ "${lines[2]}" == *$'\t1 For example, the centre was built in 2013 and opened in the spring of that year.' ]]
	run -0 txseg --drop=+footnote --unit=sent "$T/n.txt"
	[ "${#lines[@]}" = 4 ]
	[[ "${lines[1]}" == *' could also lead to a new industry in the country.' ]]
	# The sentence is the same text whether its notes are moved or dropped.
	[ "$(col 8 <<< "$output")" = "$(txseg --unit=sent "$T/n.txt" | col 8 | grep '^Line 1 ')" ]
	run -0 txseg --keep --unit=sent "$T/n.txt"
	printf '%s\n' "$output" > "$T/keep.tsv"
	[ "$(in_order "$T/keep.tsv")" = yes ]
	# --rules says so.
	run -0 txseg --rules
	[[ "$output" == *$'\nfootnote\t'*'moved'* ]]
}

@test "notes: a hyphen at the body line's end across moved notes is judged as across dropped lines" {
	{
		body 1 29
		printf 'and the plan made could lead to a cyber-\n\n'
		printf '1 For example, the centre was built in 2013.\n\n1\n\n'
		printf 'security industry in the country.\n\n'
		body 2 30
		printf '\n2\n\n'
		body 3 29
		printf 'and it ends here.\n\n3\n\n'
	} > "$T/h.txt"
	run -0 txseg --unit=sent "$T/h.txt"
	moved=$(col 8 <<< "$output" | grep -o 'a cyber-* *security industry')
	[[ "$output" == *$'\t1 For example, the centre was built in 2013.\n'* ]]
	run -0 txseg --unit=sent --drop=+footnote "$T/h.txt"
	[ "$(col 8 <<< "$output" | grep -o 'a cyber-* *security industry')" = "$moved" ]
}

@test "notes: look-alikes stay where they are: a list after a colon, a numbered list after a title, notes below a finished sentence, before a capital" {
	# A numbered list after a sentence that ends in a colon.
	{
		body 1 29; printf 'and the shop sells these fruits:\n\n1 Apples\n2 Pears\n\n1\n\n'
		printf 'and many more in the season.\n\n'
		body 2 30; printf '\n2\n\n'; body 3 30; printf '\n3\n\n'
	} > "$T/a.txt"
	txseg "$T/a.txt" > "$T/a.tsv"
	[ "$(in_order "$T/a.tsv")" = yes ]
	[ "$(col 8 < "$T/a.tsv" | grep -c '^1 Apples')" = 1 ]
	# A short numbered list of paragraphs under a title line, before a
	# capital on the next page.
	{
		body 1 29; printf 'The plan has three parts\n\n1 Build the centre.\n2 Train the staff.\n\n1\n\n'
		printf 'The next page starts here.\n\n'
		body 2 30; printf '\n2\n\n'; body 3 30; printf '\n3\n\n'
	} > "$T/b.txt"
	txseg "$T/b.txt" > "$T/b.tsv"
	[ "$(in_order "$T/b.tsv")" = yes ]
	# Notes below a finished sentence stay in place.
	for i in 1 2 3; do notes "$i"; done | sed 's/ could also$/ could also./' > "$T/c.txt"
	txseg --unit=sent "$T/c.txt" > "$T/c.tsv"
	[ "$(in_order "$T/c.tsv")" = yes ]
	# Before a capital after a line that ends in no function word.
	for i in 1 2 3; do notes "$i"; done | sed 's/ could also$/ could do it/; s/^lead to/Lead to/' > "$T/e.txt"
	txseg --unit=sent "$T/e.txt" > "$T/e.tsv"
	[ "$(in_order "$T/e.tsv")" = yes ]
	# A block without a note number, under no cut note, stays.
	for i in 1 2 3; do notes "$i"; done | sed 's/^\([123]\) For example/For example/' > "$T/f.txt"
	txseg --unit=sent "$T/f.txt" > "$T/f.tsv"
	[ "$(in_order "$T/f.tsv")" = yes ]
}

@test "notes: a note the page break cut goes on at the top of the next page's notes, which move too; not after a finished note" {
	# cut N END: page N's notes, the last one ending with END.
	cut_page() {
		body "$1" 29
		printf 'and the plan that the ministry made could also\n\n'
		printf '%d For example, the centre was built in 2013 and%s\n\n%d\n\n' \
		    "$1" "$2" "$1"
		printf 'lead to a new industry in the country.\n\n'
	}
	# rest N: page N's notes open with the rest of the last note.
	rest_page() {
		body "$1" 28
		printf 'and the plan that the ministry made could also\n\n'
		printf 'opened in the spring of that year.\n%d Another note.\n\n%d\n\n' \
		    $(($1 + 10)) "$1"
		printf 'lead to a new industry in the country.\n\n'
	}
	{ cut_page 1 ''; rest_page 2; body 3 30; printf '\n3\n\n'; } > "$T/r.txt"
	run -0 txseg --unit=sent --dropped "$T/d.tsv" "$T/r.txt"
	printf '%s\n' "$output" > "$T/r.tsv"
	[ "$(col 8 < "$T/r.tsv" | grep -c ' made could also lead to a new industry in the country\.$')" = 2 ]
	[ "$(col 8 < "$T/r.tsv" | sed -n 4,5p | tr '\n' '|')" = "opened in the spring of that year.|12 Another note.|" ]
	run -0 perl "$BATS_TEST_DIRNAME/check-offsets.pl" "$T/r.txt" "$T/r.tsv" "$T/d.tsv"
	[ "$output" = "" ]
	# The note above the page break was finished: page 2's block is no
	# rest of it and stays.
	{ cut_page 1 ' opened.'; rest_page 2; body 3 30; printf '\n3\n\n'; } > "$T/q.txt"
	txseg --unit=sent "$T/q.txt" > "$T/q.tsv"
	[ "$(col 8 < "$T/q.tsv" | grep -c ' made could also lead to a new industry in the country\.$')" = 1 ]
	[ "$(col 8 < "$T/q.tsv" | sed -n 2p)" = "1 For example, the centre was built in 2013 and opened." ]
	# Page 2's block stays in place: the records from there on are in
	# offset order.
	[ "$(tail -n +4 "$T/q.tsv" | in_order /dev/stdin)" = yes ]
}

@test "notes: every tool reads the joined sentence: txfreq counts as without the move, txkwic finds a phrase across the page break, txdiff and the stream cope" {
	for i in 1 2 3; do notes "$i"; done > "$T/n.txt"
	# The same words, the sentence ended before the notes: nothing moves.
	sed 's/ could also$/ could also./; s/^lead to/Lead to/' "$T/n.txt" > "$T/m.txt"
	txseg "$T/m.txt" > "$T/m.tsv"
	[ "$(in_order "$T/m.tsv")" = yes ]
	run -0 txfreq "$T/n.txt"
	[ "$output" = "$(txfreq "$T/m.txt")" ]
	[[ "$output" == *$'\nlead\t3\t'* ]]
	run -0 txfreq -n 2 "$T/n.txt"
	[[ "$output" == *$'\nalso lead\t3\t'* ]]
	# From the stream, out of offset order, the same counts.
	run -0 via_stream "$T/n.txt" txfreq
	[ "$output" = "$(txfreq "$T/n.txt")" ]
	run -0 txkwic --tsv -p 'could also lead' "$T/n.txt"
	[ "${#lines[@]}" = 4 ]
	[ "$(col 6 <<< "$output" | head -1)" = "$(grep -bo 'could also$' "$T/n.txt" | head -1 | cut -d: -f1)" ]
	read -r a b < <(awk -F '\t' 'NR == 2 { print $6, $7 }' <<< "$output")
	[ "$(span "$T/n.txt" "$a" "$b" | head -1)" = "could also" ]
	[ "$(span "$T/n.txt" "$a" "$b" | tail -1)" = "lead" ]
	run -0 via_stream "$T/n.txt" txkwic --tsv -p 'could also lead'
	[ "${#lines[@]}" = 4 ]
	# A note is found in its own record.
	run -0 txkwic --tsv -F 'Another note' "$T/n.txt"
	[ "$(col 3 <<< "$output" | tr '\n' ' ')" = "3 6 9 " ]
	# txdiff's rows: a row's span holds its own tokens, cut where the
	# offsets go back to the notes and where they go on after them.
	run -0 txdiff --tsv "$T/n.txt" "$T/n.txt"
	[ "$(col 1 <<< "$output" | sort -u)" = equal ]
	[ "$(awk -F '\t' 'NR > 1 && $2 >= $3' <<< "$output")" = "" ]
	a=$(grep -bo '^1 For example' "$T/n.txt" | cut -d: -f1)
	b=$(grep -bo '^11 Another note\.' "$T/n.txt" | cut -d: -f1)
	[ "$(awk -F '\t' 'NR == 3 { print $2, $3 }' <<< "$output")" = "$a $((b + 16))" ]
	run -1 txdiff --tsv "$T/n.txt" "$T/m.txt"
	[ "$(awk -F '\t' 'NR > 1 && $2 != "" && $2 >= $3' <<< "$output")" = "" ]
	[ "$(col 10 <<< "$output" | grep -c '^lead to a new industry in the country$')" = 3 ]
}

@test "notes: a block of up to 40 lines moves, a longer one stays; a --heading pattern on a note keeps its block in place" {
	# long N K: page N's notes take K lines.
	long() {
		body "$1" 29
		printf 'and the plan that the ministry made could also\n\n'
		printf '%d For example, the centre was built in 2013 and opened\n' "$1"
		for k in $(seq $(($2 - 1))); do
			printf 'in the spring of that year, line %d of the note\n' "$k"
		done
		printf '\n%d\n\n' "$1"
		printf 'lead to a new industry in the country.\n\n'
	}
	# Two such pages (a third copy of a line at a page's foot would be a
	# running footer), then a page of text.
	{ long 1 40; long 2 40; body 3 30; printf '\n3\n\n'; } > "$T/l.txt"
	txseg --unit=sent "$T/l.txt" > "$T/l.tsv"
	[ "$(col 8 < "$T/l.tsv" | grep -c ' made could also lead to a new industry in the country\.$')" = 2 ]
	{ long 1 41; long 2 41; body 3 30; printf '\n3\n\n'; } > "$T/k.txt"
	txseg --unit=sent --dropped "$T/d.tsv" "$T/k.txt" > "$T/k.tsv"
	[ "$(col 5 < "$T/d.tsv" | tr '\n' ' ')" = "page-number page-number page-number " ]
	[ "$(in_order "$T/k.tsv")" = yes ]
	for i in 1 2 3; do notes "$i"; done > "$T/n.txt"
	txseg --unit=sent --heading '^1 For example' "$T/n.txt" > "$T/h.tsv"
	[ "$(col 5 < "$T/h.tsv" | grep -c heading)" = 1 ]
	[ "$(col 8 < "$T/h.tsv" | grep -c ' made could also lead to a new industry in the country\.$')" = 2 ]
	[ "$(awk -F '\t' '$5 == "heading" { print $8 }' "$T/h.tsv")" = "1 For example" ]
}
