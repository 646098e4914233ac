#!/usr/bin/env bats
# Headings and sections (heading.c): numbered paragraphs are text, roman
# chapters stand above the numbers inside them, section paths are unique
# and every tool splits a document alike, two-line titles are one heading,
# sign-offs, metadata, footnotes and table cells are text.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
}

# The section paths of a tool's records, in order, each once.
secs() {
	"$@" | cut -f 2 | sed 1d | uniq
}

# sec, kind and text of each record of txseg FILE [OPTIONS]
skt() {
	txseg "$@" | cut -f 2,5,8
}

@test "a numbered line whose sentence wraps on in lower case is a paragraph" {
	printf '%s\n' "Rules of the Club" "" \
	    "1. The committee examined the proposals of the regional" \
	    "governments and found them wanting in several respects, and it" \
	    "asked the governments for new ones." "" \
	    "2. Membership" "" \
	    "Members pay a fee each year and vote at the meeting." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$output" = "sec	kind	text
0	heading	Rules of the Club
0	text	1. The committee examined the proposals of the regional governments and found them wanting in several respects, and it asked the governments for new ones.
2	heading	2. Membership
2	text	Members pay a fee each year and vote at the meeting." ]
}

@test "a numbered line as wide as the wrapped lines that goes on is a paragraph, a short one a heading" {
	printf '%s\n' "Basic Rules" "" \
	    "1. These rules are the founding document of the Society of Free" \
	    "Gardeners." "" \
	    "2. The rules name the main duties of the members of the club and" \
	    "the aims of the club, and the ways in which its officers work with" \
	    "the members of the club in the towns and villages of the region and" \
	    "in the city." "" \
	    "3. The legal basis of these rules is the charter of the club and" \
	    "the decisions of its general meeting, taken by a majority of the" \
	    "members present at the meeting, and the laws of the country." "" \
	    "4. Officers" "" \
	    "5. The officers of the club are chosen each year at the meeting," \
	    "and they answer to the members for the work they have done in the" \
	    "club and for the money of the club." >"$T/b.txt"
	run -0 skt "$T/b.txt"
	[ "$output" = "sec	kind	text
0	heading	Basic Rules
0	text	1. These rules are the founding document of the Society of Free Gardeners.
0	text	2. The rules name the main duties of the members of the club and the aims of the club, and the ways in which its officers work with the members of the club in the towns and villages of the region and in the city.
0	text	3. The legal basis of these rules is the charter of the club and the decisions of its general meeting, taken by a majority of the members present at the meeting, and the laws of the country.
4	heading	4. Officers
4	text	5. The officers of the club are chosen each year at the meeting, and they answer to the members for the work they have done in the club and for the money of the club." ]
}

@test "numbered headings over one-line paragraphs stay headings, however long their lines" {
	# Headings right over their paragraphs are the only lines another
	# line follows: they are no hard wrap to measure prose against.
	for i in 1 2 3 4 5 6 7 8 9; do
		printf '%s\n' "  $i. The Principle of Peace Among the Many Nations Number $i" \
		    "In the connected world, countries are bound together by shared interests and they keep the peace in many ways, as paragraph $i says." ""
	done >"$T/c.txt"
	run -0 txseg "$T/c.txt"
	[ "$(printf '%s\n' "$output" | cut -f 5 | sort | uniq -c | tr -s ' ')" = " 9 heading
 1 kind
 9 text" ]
	[ "$(printf '%s\n' "$output" | sed -n 2p | cut -f 2,5,8)" = "1	heading	1. The Principle of Peace Among the Many Nations Number 1" ]
}

@test "roman chapters stand above the arabic numbers used before them" {
	printf '%s\n' "Plan" "" "1. Purpose" "" "The plan sets out what the club does." "" \
	    "II. The Aims" "" "The aims are few." "" "1. Friendship" "" \
	    "Members help each other." >"$T/r.txt"
	run -0 skt --unit section "$T/r.txt"
	[ "$output" = "sec	kind	text
0	heading	Plan
0.1	heading	1. Purpose
2	heading	II. The Aims
2.1	heading	1. Friendship" ]
}

@test "a number that would go back does not repeat a section path; txseg, txfreq and txkwic split alike" {
	printf '%s\n' "Strategy" "" "1.1  Scope" "" "The scope is wide." "" \
	    "1  Introduction" "" "The strategy starts here. It is short." "" \
	    "1.2  Goals" "" "The goals are set." "" "2  Aims" "" \
	    "The aims are many." >"$T/d.txt"
	run -0 skt --unit section "$T/d.txt"
	[ "$output" = "sec	kind	text
0	heading	Strategy
1.1	heading	1.1 Scope
2	heading	1 Introduction
2.1	heading	1.2 Goals
3	heading	2 Aims" ]
	want=$'0\n1.1\n2\n2.1\n3'
	run -0 secs txseg --unit section "$T/d.txt"
	[ "$output" = "$want" ]
	run -0 secs txseg "$T/d.txt"
	[ "$output" = "$want" ]
	run -0 secs txfreq --by section "$T/d.txt"
	[ "$output" = "$want" ]
	# --count's first row is the document's total (sec *)
	run -0 secs txkwic --count the "$T/d.txt"
	[ "$output" = "*
$want" ]
}

@test "a wrapped title is one heading; sign-offs, salutations and footnotes are text" {
	printf '%s\n' "The Papers" "" \
	    "The Same Subject Continued (The Powers of the" "Senate Considered)" "" \
	    "MADISON" "" "To the People of the State:" "" \
	    "THE powers of the senate are the next subject of our inquiry and" \
	    "they are many." "" "PUBLIUS" "" "1. Ibid." "" "2. Worn by the popes." \
	    "" "" "Objections to the Plan From Extent of the Country" "" \
	    "The plan is too large, some say, for a country of this size." >"$T/e.txt"
	run -0 skt "$T/e.txt"
	[ "$output" = "sec	kind	text
0	heading	The Papers
0	heading	The Same Subject Continued (The Powers of the Senate Considered)
0	text	MADISON
0	text	To the People of the State:
0	text	THE powers of the senate are the next subject of our inquiry and they are many.
0	text	PUBLIUS
0	text	1. Ibid.
0	text	2. Worn by the popes.
1	heading	Objections to the Plan From Extent of the Country
1	text	The plan is too large, some say, for a country of this size." ]
}

@test "a heading in capitals over body text stays a heading, after a paragraph too" {
	printf '%s\n' "The gardens of the club are many and they are kept well by all." "" \
	    "MESSAGE" "" "My warm greetings go to all the members of the club." "" \
	    "INTRODUCTION" "" "The club was founded long ago by a few friends." "" \
	    "GENERAL MATTERS" "" \
	    "There are many other subjects that the club must settle at this meeting, and I list them here:" >"$T/m.txt"
	run -0 skt "$T/m.txt"
	[ "$output" = "sec	kind	text
0	text	The gardens of the club are many and they are kept well by all.
1	heading	MESSAGE
1	text	My warm greetings go to all the members of the club.
2	heading	INTRODUCTION
2	text	The club was founded long ago by a few friends.
3	heading	GENERAL MATTERS
3	text	There are many other subjects that the club must settle at this meeting, and I list them here:" ]
}

@test "a name and office after the last paragraph of a foreword are a sign-off, not headings" {
	printf '%s\n' "Foreword" "" "We are glad to give the club its first plan, and we thank all who helped." "" \
	    "Jane Smith" "Minister of Gardens" "" "" "1  Introduction" "" \
	    "The plan has three parts, each of them short." >"$T/s.txt"
	run -0 skt "$T/s.txt"
	[ "$output" = "sec	kind	text
0	heading	Foreword
0	text	We are glad to give the club its first plan, and we thank all who helped.
0	text	Jane Smith Minister of Gardens
1	heading	1 Introduction
1	text	The plan has three parts, each of them short." ]
}

@test "metadata fields and a list of short capitalised cells are text, not headings" {
	printf '%s\n' "Strategy for Gardens" "" "Author: Jane Smith" "Tags: Gardens, Law, Trees" "" \
	    "The strategy sets out how the gardens of the country are kept and who keeps them." "" \
	    "Abbreviations" "" "Federal Chancellery" "" "Garden Board" "" "Tree Council" "" \
	    "North Garden Union" "" "Closing Remarks" "" \
	    "The gardens are kept by all of us, and the strategy says how." >"$T/f.txt"
	run -0 skt "$T/f.txt"
	[ "$output" = "sec	kind	text
0	heading	Strategy for Gardens
0	text	Author: Jane Smith Tags: Gardens, Law, Trees
0	text	The strategy sets out how the gardens of the country are kept and who keeps them.
0	text	Abbreviations
0	text	Federal Chancellery
0	text	Garden Board
0	text	Tree Council
0	text	North Garden Union
1	heading	Closing Remarks
1	text	The gardens are kept by all of us, and the strategy says how." ]
}

@test "a title-case line after a page number whose sentence goes on in lower case is not a heading" {
	printf '%s\n' "The plan is kept by the Minister for Gardens and by the Board." "" \
	    $'\f12' "" "The Minister for Garden Affairs has" \
	    "the last word on every plan." >"$T/o.txt"
	run -0 skt "$T/o.txt"
	[ "$output" = "sec	kind	text
0	text	The plan is kept by the Minister for Gardens and by the Board.
0	text	The Minister for Garden Affairs has the last word on every plan." ]
}

@test "a first line holding a sentence and then list items is text, but 'FEDERALIST No. 5' stays a title" {
	# Evidence: a full stop after a lower-case word, then a list marker
	# (1) 1.) (a) a. iv. or a bullet) opens a new sentence inside the
	# line; a title holds no sentence end.  "No. 5" is no marker.
	printf 'We met at noon. 1) The first item 2) The second item\n\nIt went on.\n' > "$T/a.txt"
	printf 'We met at noon. (a) The first item (b) The second item\n\nIt went on.\n' > "$T/b.txt"
	printf 'FEDERALIST No. 5\n\nIt went on.\n' > "$T/c.txt"
	printf 'Article 5. 2 Scope\n\nIt went on.\n' > "$T/d.txt"
	run -0 txseg "$T/a.txt" "$T/b.txt" "$T/c.txt" "$T/d.txt"
	[ "$(cut -f 1,5,8 <<< "$output")" = "doc	kind	text
a	text	We met at noon.
a	text	1) The first item
a	text	2) The second item
a	text	It went on.
b	text	We met at noon.
b	text	(a) The first item
b	text	(b) The second item
b	text	It went on.
c	heading	FEDERALIST No. 5
c	text	It went on.
d	heading	Article 5. 2 Scope
d	text	It went on." ]
}

@test "PDF fragments are no headings: a line its next line carries on, across a blank line too; a heading over its paragraph stays" {
	# Evidence: "(DGD) will", "Units. They", ", the Garden" / "Board
	# will", a line before that ends on "in"; a title over a sentence
	# that starts on its own is a heading.
	printf '%s\n' "The rules of the club are short, and all of them are kept." "" \
	    "The Department of Garden Defense" "(DGD) will be in charge of the tools." "" \
	    "Through this Plan, the Garden" "Board will build trust in the town." "" \
	    "The members set out the rules, which are discussed in" "" "Section 4." "" \
	    "The board will update the list each year, and the members vote on it." "" \
	    "Purpose of the Plan" "The plan is a response to the needs of the town and its gardens." >"$T/p.txt"
	run -0 skt "$T/p.txt"
	[ "$output" = "sec	kind	text
0	text	The rules of the club are short, and all of them are kept.
0	text	The Department of Garden Defense (DGD) will be in charge of the tools.
0	text	Through this Plan, the Garden Board will build trust in the town.
0	text	The members set out the rules, which are discussed in
0	text	Section 4.
0	text	The board will update the list each year, and the members vote on it.
1	heading	Purpose of the Plan
1	text	The plan is a response to the needs of the town and its gardens." ]
}

@test "a byline over a salutation and the expansions of abbreviations are text; a numbered title over a salutation stays" {
	printf '%s\n' "LETTER No. 1" "" "For the Town Journal. Saturday, May 3, 1787" "" "SMITH, with JONES" "" \
	    "To the People of the Town:" "" "AFTER a long wait, the club has a plan, and here it is for all to read." "" \
	    "Abbreviations" "" "Garden Investigation and Coordination Center" "Critical Garden Works" "" \
	    "Chief Garden Officer" "" "Closing Remarks" "" \
	    "The gardens are kept by all of us, and the plan says how." >"$T/b.txt"
	run -0 skt "$T/b.txt"
	# LETTER No. 1 numbers a series (sec 1), and its dateline is not its
	# title; Closing Remarks, unnumbered in a numbered letter, is a title.
	[ "$output" = "sec	kind	text
1	heading	LETTER No. 1
1	text	For the Town Journal.
1	text	Saturday, May 3, 1787
1	text	SMITH, with JONES
1	text	To the People of the Town:
1	text	AFTER a long wait, the club has a plan, and here it is for all to read.
1	text	Abbreviations
1	text	Garden Investigation and Coordination Center Critical Garden Works
1	text	Chief Garden Officer
1	heading	Closing Remarks
1	text	The gardens are kept by all of us, and the plan says how." ]
}

@test "a place or release line over a clock time or a date is a dateline, not a heading; a title over a time stays one" {
	printf '%s\n' "Office of the Press Secretary" "" "For Immediate Release" \
	    "March 4, 2019" "" "" "Remarks by the Minister at the Opening of the Harbour Bridge" \
	    "" "East Room" "" "11:05 A.M. EST" "" \
	    "THE MINISTER: Thank you all for coming to the opening today." "" \
	    "We built this bridge over four long years of hard work together." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\theading\tRemarks by the Minister at the Opening of the Harbour Bridge$' <<< "$output"
	grep -q $'\ttext\tFor Immediate Release$' <<< "$output"
	grep -q $'\ttext\tEast Room$' <<< "$output"
	# A title over a time, and a title over a line that holds more than a
	# date, stay headings.
	printf '%s\n' "Remarks by the Minister at the Opening" "" "11:05 A.M. EST" "" \
	    "THE MINISTER: Thank you all for coming to the opening today." >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'\theading\tRemarks by the Minister at the Opening$' <<< "$output"
	printf '%s\n' "THE HARBOUR PAPERS" "" "Compiled on February 16, 2025" "" \
	    "The papers of the harbour board are gathered here for the first time." >"$T/c.txt"
	run -0 --separate-stderr skt "$T/c.txt"
	grep -q $'\theading\tTHE HARBOUR PAPERS$' <<< "$output"
}

@test "a row label of a form repeated on each sheet, a gap and a cell after it, is no heading; a title that repeats alone, a label once, four-times-printed words stay" {
	printf '%s\n' "Garden Works Plan" "" "The club sets out its programmes below, one sheet for each programme of the year." "" \
	    "Programme Lead Office  Garden Board of the Town" "The board plants trees along the river every spring, with the help of the schools." "" \
	    "Programme Lead Office  Town Council" "The council keeps the paths clean for all who walk there, and mends the benches." "" \
	    "Programme Lead Office  Water Board" "The water board digs the ponds that the gardens need in the dry months of summer." "" \
	    "The Same Subject Continued" "" "The club met again to speak of the same subject, and agreed on a plan." "" \
	    "The Same Subject Continued" "" "The club met once more, and the plan was read out to all the members." "" \
	    "The Same Subject Continued" "" "The plan was adopted by all, and the meeting closed at nine o'clock." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\ttext\tProgramme Lead Office Garden Board of the Town$' <<< "$output"
	grep -q $'\ttext\tProgramme Lead Office Town Council$' <<< "$output"
	grep -q $'\ttext\tProgramme Lead Office Water Board$' <<< "$output"
	[ "$(grep -c $'\theading\tThe Same Subject Continued$' <<< "$output")" -eq 3 ]
	# Once, or in words printed four times over (four spaces between
	# them are their spacing, not a column gap): headings.
	printf '%s\n' "Garden Works Plan" "" "The club sets out its programmes below, one sheet for each programme of the year." "" \
	    "Programme Lead Office  Garden Board of the Town" "The board plants trees along the river every spring, with the help of the schools." "" \
	    "PPPPllllaaaannnn    LLLLeeeeaaaadddd    GGGGaaaarrrrddddeeeennnn" "The gardens are kept by all of us, and the plan says how it is to be done." "" \
	    "PPPPllllaaaannnn    LLLLeeeeaaaadddd    TTTToooowwwwnnnn" "The paths are kept by all of us, and the plan says how it is to be done." "" \
	    "PPPPllllaaaannnn    LLLLeeeeaaaadddd    WWWWaaaatttteeeerrrr" "The ponds are kept by all of us, and the plan says how it is to be done." >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'\theading\tProgramme Lead Office Garden Board of the Town$' <<< "$output"
	# (Collapsed by the overprint view: "Plan Lead Garden".)
	[ "$(grep -c $'\theading\tPlan Lead ' <<< "$output")" -eq 3 ]
}

@test "a form's row label set off by a tab is a label as one set off by spaces; three different labels once each stay headings" {
	printf '%s\n' "Garden Works Plan" "" "The club sets out its programmes below, one sheet for each programme of the year." "" \
	    $'Programme Lead Office\tGarden Board of the Town' "The board plants trees along the river every spring, with the help of the schools." "" \
	    $'Programme Lead Office\tTown Council' "The council keeps the paths clean for all who walk there, and mends the benches." "" \
	    $'Programme Lead Office\tWater Board' "The water board digs the ponds that the gardens need in the dry months of summer." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ "$(grep -c $'\ttext\tProgramme Lead Office ' <<< "$output")" -eq 3 ]
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 1 ]
	sed -e '8s/ Office//' -e '11s/Lead //' "$T/a.txt" >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'\theading\tProgramme Lead Office Garden Board of the Town$' <<< "$output"
	grep -q $'\theading\tProgramme Lead Town Council$' <<< "$output"
	grep -q $'\theading\tProgramme Office Water Board$' <<< "$output"
}

@test "numbered sentences one after the other with no text under them are clauses, not headings; short titles with a period, and sentences over their paragraphs, stay headings" {
	printf '%s\n' "Rules of the Club" "" "1.1. The committee shall meet on the day set for it by the board." "" \
	    "1.2. The committee shall keep minutes of every meeting it holds." "" \
	    "1.3. The chair shall sign the minutes once they are read out." "" \
	    "2.1. Members shall pay their dues before the first day of spring." "" \
	    "2.2. A member who does not pay shall not vote at the meeting." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 1 ]
	[ "$(grep -c $'\ttext\t[12]\\.[123]\\. ' <<< "$output")" -eq 5 ]
	# Sections of a plan: short titles, and sentences with text under them.
	printf '%s\n' "Garden Works Plan" "" "1.1. Purpose." "" "The club sets out its plan for the gardens of the town in this paper." "" \
	    "1.2. Scope." "" "The plan covers the parks, the river banks and the school gardens alike." "" \
	    "2.1. The gardens of the town need more water every summer." "" \
	    "The water board digs ponds, and the club plants trees that need less of it." "" \
	    "2.2. The paths of the parks need mending after every winter." "" \
	    "The council mends the fences, and the schools plant the flowers every spring." >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'^1.1\theading\t1.1. Purpose.$' <<< "$output"
	grep -q $'^1.2\theading\t1.2. Scope.$' <<< "$output"
	grep -q $'^2.1\theading\t2.1. The gardens of the town need more water every summer.$' <<< "$output"
	grep -q $'^2.2\theading\t2.2. The paths of the parks need mending after every winter.$' <<< "$output"
}

@test "the next chapter's marker alone over its title opens the chapter though the line before ends open; out of sequence, first, or over a line that ends, it stays text" {
	printf '%s\n' "Garden Works Plan" "" "CHAPTER 1" "PLANT MORE TREES" "" "The club plants trees along the river every spring, with the help of the schools." \
	    "The council keeps the paths clean for all who walk there." "Scan to read the" "Tree Planting Masterplan" "CHAPTER 2" "KEEP THE PATHS" "" \
	    "The paths are kept by all of us, and the plan says how it is to be done." "The rules are set out in" "CHAPTER 4" "Of The Old Plan" \
	    "and the board adopted them in May." "The new rules are in" "CHAPTER 3" "The board adopted them in June." >"$T/a.txt"
	run -0 --separate-stderr skt --unit=para "$T/a.txt"
	grep -q $'^1\theading\tCHAPTER 1 PLANT MORE TREES$' <<< "$output"
	grep -q $'^1\ttext\tScan to read the Tree Planting Masterplan$' <<< "$output"
	grep -q $'^2\theading\tCHAPTER 2 KEEP THE PATHS$' <<< "$output"
	grep -q $'^2\ttext\tThe rules are set out in CHAPTER 4 Of The Old Plan and the board adopted them in May\\. The new rules are in CHAPTER 3 The board' <<< "$output"
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 3 ]
	# No chapter before it: text.
	printf '%s\n' "Garden Works Plan" "" "The club plants trees along the river every spring, with the help of the schools and" \
	    "CHAPTER 2" "The Board of the Town" "" "The paths are kept by all of us." >"$T/b.txt"
	run -0 --separate-stderr skt --unit=para "$T/b.txt"
	grep -q $'^0\ttext\tThe club plants .* schools and CHAPTER 2 The Board of the Town$' <<< "$output"
}

@test "the next roman numeral with a short title, over a blank or numbered line, opens its section though the line before ends open; out of sequence it stays text" {
	printf '%s\n' "Basic principles" "" "for the Gardens of the Town in the field of" "Public Works" "to 2030" "I. General provisions" "" \
	    "1. The principles are a planning paper of the club." "" "2. The principles name the threats to the gardens." "" \
	    "The board read them out at" "III. Main Tasks" "" "3. The club plants trees." >"$T/a.txt"
	run -0 --separate-stderr skt --unit=para "$T/a.txt"
	grep -q $'^0\ttext\tBasic principles for the Gardens of the Town in the field of Public Works to 2030$' <<< "$output"
	grep -q $'^1\theading\tI. General provisions$' <<< "$output"
	grep -q $'^1\ttext\tThe board read them out at III. Main Tasks$' <<< "$output"
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 1 ]
}

@test "a word, No. and a number alone on its line is a series' numbering (FEDERALIST No. 10), one section each; with text after it, or initials (P. O. Box), it is not" {
	printf '%s\n' "The Garden Papers" "" "P. O. Box 2782" "Champaign, IL 61825" "" "PAPER No. 1" "" "General Introduction" "" \
	    "The club sets out its plan for the gardens of the town in this paper." "" "PAPER No. 2" "" "The Same Subject Continued" "" \
	    "The club plants trees along the river every spring, with the help of the schools." "" \
	    "Proposition No. 56 LS (2017-2018) Act on the gardens of the town" "The board keeps the paths clean for all who walk there." >"$T/a.txt"
	run -0 --separate-stderr skt --unit=para "$T/a.txt"
	grep -q $'^1\theading\tPAPER No. 1 General Introduction$' <<< "$output"
	grep -q $'^2\theading\tPAPER No. 2 The Same Subject Continued$' <<< "$output"
	grep -q $'^0\ttext\tP. O. Box 2782 Champaign, IL 61825$' <<< "$output"
	grep -q $'^2\ttext\tProposition No. 56 LS (2017-2018) Act on the gardens of the town The board' <<< "$output"
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 3 ]
}

@test "titles a contents list names over their page numbers head the body, first copy only, where they stand as headings; the list is toc; two entries are no list" {
	# shellcheck disable=SC1111 # the curly quotes are the pull quote under test
	printf '%s\n' "Garden Works Plan" "" "Contents" "Overview" "3" "The state of the gardens" "5" "Our response" "8" "" \
	    "Overview" "The club sets out its plan for the gardens of the town in this paper." "" \
	    "The state of the gardens" "“The gardens are dry, and the trees are old.”" "" "The club counted the trees of the town last spring." "" \
	    "The board wrote that" "Our response" "was too slow, and the club agreed with it." "" \
	    "Our response" "" "The club plants trees along the river every spring." "" \
	    "Our response" "" "The club will plant more trees next year." >"$T/a.txt"
	run -0 --separate-stderr skt --unit=para "$T/a.txt"
	[ "$(grep -c $'\ttoc\t' <<< "$output")" -eq 6 ]
	grep -q $'\theading\tOverview$' <<< "$output"
	grep -q $'\theading\tThe state of the gardens$' <<< "$output"
	grep -q $'\ttext\tThe board wrote that Our response was too slow' <<< "$output"
	[ "$(grep -c $'\theading\tOur response$' <<< "$output")" -eq 1 ]
	[ "$(grep -c $'\ttext\tOur response$' <<< "$output")" -eq 1 ]
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 5 ]
	# Two entries: no list to go by.
	sed -e '/^Our response$/d' -e '/^8$/d' "$T/a.txt" >"$T/b.txt"
	run -0 --separate-stderr skt --unit=para "$T/b.txt"
	[ "$(grep -c $'\ttoc\t' <<< "$output")" -eq 0 ]
	grep -q $'\ttext\tThe state of the gardens “The gardens are dry' <<< "$output"
}

@test "a numbered heading's third copy after the heading is its running header or footer; the first heading stays, and so does a heading and its contents entry" {
	printf '%s\n' "Garden Works Plan" "" "1  Introduction" "The club sets out its plan for the gardens of the town in this short paper." "" \
	    "2  Working together" "The club works with the schools and the council on every garden of the town." \
	    "The board keeps the paths and the benches in good order for all who walk there." "2  Working together" "" \
	    "2   WORKING TOGETHER" "The council mends the fences, and the schools plant the flowers every spring." "" \
	    "3  Planting trees" "PLANTING TREES   3" "The club plants trees along the river every spring, with the help of all." "" \
	    "PLANTING TREES   3" "The trees need water in the dry months, and the water board digs the ponds." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 4 ]
	grep -q $'^2\theading\t2 Working together$' <<< "$output"
	grep -q $'\ttext\t2 Working together$' <<< "$output"
	grep -q $'\ttext\t2 WORKING TOGETHER The council' <<< "$output"
	grep -q $'\theading\t3 Planting trees$' <<< "$output"
	printf '%s\n' "Contents" "1  Introduction" "2  Working together" "" "1  Introduction" \
	    "The club sets out its plan for the gardens of the town in this short paper." "" "2  Working together" \
	    "The club works with the schools and the council on every garden of the town." >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'\theading\t1 Introduction$' <<< "$output"
	grep -q $'\theading\t2 Working together$' <<< "$output"
}

@test "a title-like line over text that opens in lower case (a name set into running text) is no heading; over a lettered list or a paragraph it stays" {
	printf '%s\n' "Garden Works Plan" "" "She is a known expert in the field of gardens and the leading figure" \
	    "in the crafting of the Town Garden Plan 2022" "" "MARTHA GREENWOOD" "CHIEF GARDENER" "" \
	    "long work in the parks of the town and the schools of the county for many years." "" \
	    "Planting the Trees" "" "a. Trees along the river, planted by the schools every spring." \
	    "b. Trees in the square, planted by the council every autumn." "" "Keeping the Paths" "" \
	    "The paths are kept by all of us, and the plan says how it is to be done." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\ttext\tMARTHA GREENWOOD CHIEF GARDENER long work' <<< "$output"
	grep -q $'\theading\tPlanting the Trees$' <<< "$output"
	grep -q $'\theading\tKeeping the Paths$' <<< "$output"
}

@test "the issuer's masthead over the release line and its date is front matter; a short title over a paragraph or a longer one over its time stays" {
	printf '%s\n' "Cite: http://www.example.org/press/2019/03/04/remarks" "" "" "The Harbour Board" \
	    "Office of the Press Secretary" "" "" "For Immediate Release" "March 04, 2019" "" "" \
	    "Remarks by the Minister at the Opening of the Harbour Bridge" "" "" "11:05 A.M. EST" "" \
	    "THE MINISTER: Thank you all for coming to the opening of the bridge today." "" \
	    "We built this bridge over four long years of hard work together." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\ttext\tThe Harbour Board Office of the Press Secretary$' <<< "$output"
	grep -q $'\theading\tRemarks by the Minister at the Opening of the Harbour Bridge$' <<< "$output"
	printf '%s\n' "The Harbour Board" "Harbour Plan" "" "" "The board sets out its plan for the harbour, and the town will read it." "" \
	    "We built this bridge over four long years of hard work together." >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'\theading\tThe Harbour Board Harbour Plan$' <<< "$output"
}

@test "a line that is only a date, a numbered reference with a web address, debris of a picture are no headings; a title over a date, U.S./EU, Version 2.0 stay" {
	printf '%s\n' "Harbour Plan" "" "The board sets out its plan for the harbour, and the town will read it." "" \
	    "December 2021" "" "The board sets out its plan for the harbour, and the town will read it." "" \
	    "1  Partnership with the U.S./EU" "" "The board works with its partners over the sea on the harbour and its ships." "" \
	    "2  Version 2.0 of the Plan" "" "The second version of the plan was adopted by the board in the spring." "" \
	    "3 Harbour Report (2020), Ship Safety Results, available at www.example.org/report" "" \
	    "The board read the report and agreed with it in every point it made." "" \
	    "4 Harbour Review (2021), Results, available at now.example.com/content/review" "" \
	    "The board read the review and agreed with it in every point it made." "" \
	    "Ce) 4) &) &®&" "" "The board read the review and agreed with it in every point it made." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\theading\tHarbour Plan$' <<< "$output"
	grep -q $'\ttext\tDecember 2021$' <<< "$output"
	grep -q $'\theading\t1 Partnership with the U.S./EU$' <<< "$output"
	grep -q $'\theading\t2 Version 2.0 of the Plan$' <<< "$output"
	grep -q $'\ttext\t3 Harbour Report (2020)' <<< "$output"
	grep -q $'\ttext\t4 Harbour Review (2021)' <<< "$output"
	grep -q $'\ttext\tCe) 4) &) &®&$' <<< "$output"
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 3 ]
	# A title over a date on its title page stays one.
	printf '%s\n' "Harbour Plan" "" "December 2021" "" "The board sets out its plan for the harbour." >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	grep -q $'\theading\tHarbour Plan$' <<< "$output"
}

@test "debris is judged by bytes: letters above ASCII count one per byte, eight at a time as one by one" {
	# "ÉÉÉÉ" is eight bytes that count as letters; with eight ")"
	# beside them half the line is letters, with nine fewer than half.
	for n in 8 9; do
		p=$(printf ') %.0s' $(seq $n))
		printf '%s\n' "Harbour Plan" "" "The board sets out its plan for the harbour, and the town will read it." "" \
		    "ÉÉÉÉ ${p% }" "" "The board read the review and agreed with it in every point it made." >"$T/a$n.txt"
	done
	run -0 --separate-stderr skt "$T/a8.txt"
	grep -q $'\theading\tÉÉÉÉ ) ) ) ) ) ) ) )$' <<< "$output"
	run -0 --separate-stderr skt "$T/a9.txt"
	grep -q $'\ttext\tÉÉÉÉ ) ) ) ) ) ) ) ) )$' <<< "$output"
}

@test "an address without a path is no heading either: www. opens it; a title with a slash but no host stays" {
	printf '%s\n' "Harbour Plan" "" "The board sets out its plan for the harbour, and the town will read it." "" \
	    "3 Harbour Report (2020), Results, available at WWW.example.org" "" \
	    "The board read the report and agreed with it in every point it made." "" \
	    "4 Harbour and Port Review 2021/22" "" \
	    "The board read the review and agreed with it in every point it made." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\ttext\t3 Harbour Report (2020)' <<< "$output"
	grep -q $'\theading\t4 Harbour and Port Review 2021/22$' <<< "$output"
}

@test "a line that is one word said again is no heading; a title that names a word twice among others stays" {
	printf '%s\n' "Harbour Plan" "" "The board sets out its plan for the harbour, and the town will read it." "" \
	    "Map Map" "" "The board read the review and agreed with it in every point it made." "" \
	    "Ships for Ships" "" "The board read the review and agreed with it in every point it made." >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\theading\tHarbour Plan$' <<< "$output"
	grep -q $'\ttext\tMap Map$' <<< "$output"
	grep -q $'\theading\tShips for Ships$' <<< "$output"
}

@test "a line that comes back under each sheet's own title is the sheet's label, not the title's second line; a two-line title repeated whole stays one" {
	for t in "Harbour Board Policy Working Group" "National Ship Safety Council Office" "River Crossing Programme for the Town"; do
		printf '%s\n' "$t" "Name of Project" "" "The board sets out its plan for the harbour, and the town will read it." ""
	done >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\theading\tHarbour Board Policy Working Group$' <<< "$output"
	grep -q $'\theading\tNational Ship Safety Council Office$' <<< "$output"
	grep -q $'\theading\tRiver Crossing Programme for the Town$' <<< "$output"
	[ "$(grep -c $'\ttext\tName of Project$' <<< "$output")" -eq 3 ]
	[ "$(grep -c $'\theading\t' <<< "$output")" -eq 3 ]
	# The same two-line title over each of four papers: one heading each.
	for n in 1 2 3 4; do
		printf '%s\n' "The Same Plan Continued" "(The Board and Its Harbour)" "" "The board sets out plan number $n for the harbour, and the town will read it." ""
	done >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	[ "$(grep -c $'\theading\tThe Same Plan Continued (The Board and Its Harbour)$' <<< "$output")" -eq 4 ]
}

# Prose lines wrapped at about 72 characters, for the bare-number tests.
wrapped_prose() {
	printf '%s\n' \
	    "The working group met in the spring and again in the autumn of the year" \
	    "to review the progress that the agencies had made on each of the tasks" \
	    "set for them, and it wrote down what each of them still had to finish."
}

@test "a line as wide as the prose, alone between text that ends open and prose, is text; after a finished sentence or a list's item it stays a heading" {
	{
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "PAT J. MORROW" "DIRECTOR OF PLANNING AND" "PUBLIC WORKS" "" \
		    "Executive Director of Planning at the Office of Works and Communications" "" \
		    "Services (OPWTS), where she wrote the plan for the roads of the town and" \
		    "the bridges over the river, which the board adopted in the spring." ""
		wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "Executive Director of Planning at the Office of Works and Communications" ""
		wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "a. The roads of the town and the bridges over the river" "" \
		    "Executive Director of Planning at the Office of Works and Communications" ""
		wrapped_prose; wrapped_prose
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	grep -q $'\ttext\tExecutive Director of Planning at the Office of Works and Communications$' <<< "$output"
	[ "$(grep -c $'\theading\tExecutive Director of Planning at the Office of Works and Communications$' <<< "$output")" -eq 2 ]
}

@test "a roman number alone on its line takes the title line under it, and a wrapped title's second line" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "I." \
		    "Objective One: Better Protection of the Shared Records of the Agencies and" \
		    "Their Systems" "Identify"
		wrapped_prose; printf '\n'
		printf '%s\n' "II." \
		    "Objective Two: Quick Recovery From Incidents When They Occur and Wider" \
		    "Adoption of the Lessons Learned" "Recovery" "Plans"
		wrapped_prose
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2=="heading"' | cut -f 1,3)" = "0	Plan for the Agencies
1	I. Objective One: Better Protection of the Shared Records of the Agencies and Their Systems
2	II. Objective Two: Quick Recovery From Incidents When They Occur and Wider Adoption of the Lessons Learned" ]
}

@test "a roman number alone keeps a sentence under it as text, and a full title does not take a heading over prose" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "I." \
		    "Objective Two: Faster Detection of and Rapid Response to Incidents" \
		    "Detect"
		wrapped_prose; printf '\n'
		printf '%s\n' "II." \
		    "The group met twice this year and it agreed on the new budget."
		wrapped_prose
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2=="heading"' | cut -f 1,3)" = "0	Plan for the Agencies
1	I. Objective Two: Faster Detection of and Rapid Response to Incidents
2	II." ]
	printf '%s\n' "$output" | grep -qx '1	text	Detect'
	printf '%s\n' "$output" | grep -qx '2	text	The group met twice this year and it agreed on the new budget.'
}

@test "a numbered sentence whose numbered neighbours are paragraphs is a paragraph too" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "2. The plan sets the following goals:" \
		    "2.1. To protect the records of the agencies."
		wrapped_prose
		printf '%s\n' "2.2. To ensure the working of the shared network."
		wrapped_prose
		printf '%s\n' "2.3. To train the staff of each agency" \
		    "in the new rules."
		wrapped_prose
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2=="heading"' | cut -f 3)" = "Plan for the Agencies" ]
	printf '%s\n' "$output" | grep -qx '0	text	2.2. To ensure the working of the shared network.'
}

@test "numbered sentences that are all headings stay headings" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "2. Goals" "" "2.1. Protect the records." ""
		wrapped_prose; printf '\n'
		printf '%s\n' "2.2. Ensure the network." ""
		wrapped_prose; printf '\n'
		printf '%s\n' "2.3. Train the staff." ""
		wrapped_prose
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2=="heading"' | cut -f 1,3)" = "0	Plan for the Agencies
2	2. Goals
2.1	2.1. Protect the records.
2.2	2.2. Ensure the network.
2.3	2.3. Train the staff." ]
}

@test "a table row with a second numbered cell after a gap is text, a title with a number in it a heading" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		printf '%s\n' "Standards" "" \
		    "3.  Cyber Security  1.  Government with key  NITA" \
		    "Framework  stakeholders will adopt  Universities" ""
		wrapped_prose; printf '\n'
		printf '%s\n' "4. Phase 1. Planning" ""
		wrapped_prose
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2=="heading"' | cut -f 1,3)" = "0	Plan for the Agencies
0	Standards
4	4. Phase 1. Planning" ]
}

# A sheet of a form: label, two cells, then a paragraph of prose.
form_sheet() {
	printf '%s\n' "$1" "" "Title of Program  $2" "Goal  To train the staff" ""
	wrapped_prose
	printf '\n'
}

@test "labels that come back in turn on each sheet of a form, over its cells, are text" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		for p in Awareness Response Research; do
			form_sheet "Programs and Initiatives" "$p"
			form_sheet "Targets and Dates" "$p"
		done
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2=="heading"' | cut -f 3)" = "Plan for the Agencies" ]
	[ "$(printf '%s\n' "$output" | grep -c '	text	Targets and Dates$')" -eq 3 ]
}

@test "repeated headings over prose, or in a row rather than in turn, stay headings" {
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		for p in One Two Three; do
			printf '%s\n\n%s\n\n' "Chapter Title $p" "Objectives"
			wrapped_prose
			printf '\n%s\n\n' "Measures"
			wrapped_prose
			printf '\n'
		done
	} >"$T/a.txt"
	run -0 --separate-stderr skt "$T/a.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | grep -c '	heading	Objectives$')" -eq 3 ]
	[ "$(printf '%s\n' "$output" | grep -c '	heading	Measures$')" -eq 3 ]
	{
		printf '%s\n' "Plan for the Agencies" ""
		wrapped_prose; wrapped_prose; wrapped_prose; printf '\n'
		for p in Awareness Response Research; do
			form_sheet "Programs and Initiatives" "$p"
		done
		for p in Awareness Response Research; do
			form_sheet "Targets and Dates" "$p"
		done
	} >"$T/b.txt"
	run -0 --separate-stderr skt "$T/b.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | grep -c '	heading	Programs and Initiatives$')" -eq 3 ]
	[ "$(printf '%s\n' "$output" | grep -c '	heading	Targets and Dates$')" -eq 3 ]
}
