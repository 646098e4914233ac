#!/usr/bin/env bats
# The paragraph stage on short inputs: line-end hyphens (the judge of
# hyphen.h, the corpus, the word list of TX_WORDS), ligatures, and lines
# that start list items with the bullets of PDF text extraction.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
	# The word list of these tests (helper.bash sets none for the suite).
	printf '%s\n' in demand nation building signature based well \
	    coordinated information time to face cyber security > "$T/words"
}

# The text column of txseg's sentences of stdin, one a line.
sents() {
	txseg "$@" | col 8
}

@test "paras: a compound broken after an inner hyphen keeps its hyphens" {
	run -0 sents <<< $'We meet face-to-\nface, fit-for-\npurpose.'
	[ "$output" = "We meet face-to-face, fit-for-purpose." ]
	run -0 sents <<< $'A Software-as-\na-Service and Protection-\nas-a-Service deal.'
	[ "$output" = "A Software-as-a-Service and Protection-as-a-Service deal." ]
	run -0 sents <<< $'It is (state-of-the-\nart), they say.'
	[ "$output" = "It is (state-of-the-art), they say." ]
}

@test "paras: the corpus decides first, over the whole compound" {
	# Written twice with its hyphen elsewhere: kept, though "to" "face"
	# would be joined by the word list.
	printf 'A face-to-\nface talk. Face-to-face is best, face-to-face.\n' > "$T/a.txt"
	run -0 txseg "$T/a.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "A face-to-face talk." ]
	# Joined twice elsewhere, hyphenated never: joined, though both
	# halves are words.
	printf 'The cyber-\nsecurity plan. Cybersecurity is cybersecurity.\n' > "$T/b.txt"
	TX_WORDS="$T/words" run -0 txseg "$T/b.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "The cybersecurity plan." ]
	# Once against none is no clear evidence: the word list decides.
	printf 'The cyber-\nsecurity plan. Cybersecurity.\nCyber-security!\n' > "$T/c.txt"
	TX_WORDS="$T/words" run -0 txseg "$T/c.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "The cyber-security plan." ]
}

@test "paras: both halves words and the joined form not: the hyphen stays (TX_WORDS)" {
	in=$'In-\ndemand skills, nation-\nbuilding and signature-\nbased tools,\nwell-\ncoordinated, infor-\nmation.'
	TX_WORDS="$T/words" run -0 sents <<< "$in"
	[ "$output" = "In-demand skills, nation-building and signature-based tools, well-coordinated, information." ]
	# Without a list there is no such evidence: the words are joined.
	run -0 sents <<< "$in"
	[ "$output" = "Indemand skills, nationbuilding and signaturebased tools, wellcoordinated, information." ]
}

@test "paras: prefixes that English hyphenates and halves the corpus has as words keep the hyphen" {
	run -0 sents <<< $'Self-\neducation and non-\nformal and cross-\nsectoral work.'
	[ "$output" = "Self-education and non-formal and cross-sectoral work." ]
	printf 'A low-\ncost plan: low risk, no cost.\n' > "$T/a.txt"
	run -0 txseg "$T/a.txt"
	[ "$(col 8 <<< "$output")" = "A low-cost plan: low risk, no cost." ]
	# A prefix-like start of a longer word is no prefix; a half found
	# only where it was broken is no word.
	run -0 sents <<< $'Nonethe-\nless a selfie-\nstick and a syl-\nlable.'
	[ "$output" = "Nonetheless a selfiestick and a syllable." ]
}

@test "paras: URLs and e-mail addresses are never joined" {
	run -0 sents <<< $'See https://example.org/cyber-\nsecurity and un.org/cyber-\nsecurity now.'
	[ "$output" = "See https://example.org/cyber-security and un.org/cyber-security now." ]
	run -0 sents <<< $'Write to cyber-\nsecurity@example.org, please.'
	[ "$output" = "Write to cyber-security@example.org, please." ]
}

@test "paras: a folded count is no evidence for a capital inside a word" {
	printf 'The Cyber-\nSecurity Act. Cybersecurity, cybersecurity.\n' > "$T/a.txt"
	run -0 txseg "$T/a.txt"
	[ "$(col 8 <<< "$output" | head -1)" = "The Cyber-Security Act." ]
}

@test "paras: across a blank or dropped line a join needs evidence" {
	# A page break between the halves of one word: joined by the list.
	TX_WORDS="$T/words" run -0 sents <<< $'The infor-\n\nmation is here.'
	[ "$output" = "The information is here." ]
	# Two words that were not one: no evidence, the hyphen stays, apart.
	TX_WORDS="$T/words" run -0 sents <<< $'The cybersecurity-\n\ninformation is here.'
	[ "$output" = "The cybersecurity- information is here." ]
	# A compound across the break: halves that are words keep it.
	TX_WORDS="$T/words" run -0 sents <<< $'It cuts the time-\n\nto-hire by half.'
	[ "$output" = "It cuts the time-to-hire by half." ]
	# Without a gap, the same words are joined (no evidence either way).
	TX_WORDS="$T/words" run -0 sents <<< $'The cybersecurity-\ninformation is here.'
	[ "$output" = "The cybersecurityinformation is here." ]
}

@test "paras: a title at a line end takes the name on the next line" {
	run -0 sents <<< $'Then it was\nsaid. And this is Mr.\nSmith, who came.'
	[ "$output" = "Then it was said.
And this is Mr. Smith, who came." ]
	run -0 sents <<< $'We wrote to Prof.\nJones and to H.E.\nAmbassador Lee.'
	[ "$output" = "We wrote to Prof. Jones and to H.E. Ambassador Lee." ]
	# not a place ("Main St."), not across a blank line, not a word
	# that only ends like a title
	run -0 sents <<< $'We live on Main St.\nThe house is old.'
	[ "$output" = "We live on Main St.
The house is old." ]
	run -0 sents <<< $'It was Mr.\n\nSmith came.'
	[ "$output" = "It was Mr.
Smith came." ]
	run -0 sents <<< $'They came from Sydney.\nThe rest stayed home.'
	[ "$output" = "They came from Sydney.
The rest stayed home." ]
}

@test "paras: a full stop before a column of short lines that a blank line ends: one line a sentence" {
	# Pragmatic_segmenter's "lower case list separated by newline"
	# after a sentence.
	run -0 sents <<< $'We met at noon.\nfeatures\ncontact manager\nevents, activities\n\nMore text.'
	[ "$output" = "We met at noon.
features
contact manager
events, activities
More text." ]
	# A narrow PDF column: the short lines run on into the sentence
	# that ends them, or the first break was the wrapping's.  The label
	# above it is a title line of its own (a capital line follows whose
	# first word would have fitted on it).
	run -0 sents <<< $'We met at noon.\nSUPPORT\nThe community should take\nresponsibility for practising\nsafe online habits and\nmaking informed decisions.'
	[ "$output" = "We met at noon.
SUPPORT
The community should take responsibility for practising safe online habits and making informed decisions." ]
	run -0 sents <<< $'We met at noon.\nThe community should take\nresponsibility for practising\nsafe online habits\n\nMore text.'
	[ "$output" = "We met at noon.
The community should take responsibility for practising safe online habits
More text." ]
}

@test "paras: a page number dropped between the halves, page break and all" {
	{
		for w in one two three; do
			printf 'This is line %s, long enough to be running text,\n' "$w"
		done
		printf 'and the plan needs more cyber-\n\n\f3\n\ncurity work and less infor-\n\n\f4\n\nmation.\n'
	} > "$T/a.txt"
	TX_WORDS="$T/words" run -0 txseg --dropped "$T/d.tsv" "$T/a.txt"
	[[ "$(col 8 <<< "$output")" == *"needs more cyber- curity work and less information." ]]
	[ "$(col 5 < "$T/d.tsv" | sort -u)" = page-number ]
}

@test "paras: the real word list is read when TX_WORDS is unset" {
	[ -r /usr/share/dict/american-english ] || skip "no wamerican"
	# in, demand, well, coordinated are words; indemand, wellcoordinated not.
	run -0 env -u TX_WORDS txseg <<< $'In-\ndemand and well-\ncoordinated.'
	[ "$(col 8 <<< "$output")" = "In-demand and well-coordinated." ]
}

@test "paras: a word list that cannot be read is said once, and none is used" {
	run -0 --separate-stderr env TX_WORDS="$T/none" txseg <<< $'In-\ndemand, nation-\nbuilding.'
	[ "$(col 8 <<< "$output")" = "Indemand, nationbuilding." ]
	# shellcheck disable=SC2154 # bats sets stderr (run --separate-stderr)
	[ "$stderr" = "txseg: $T/none: No such file or directory; line-end hyphens are judged without a word list" ]
}

@test "paras: soft hyphens and U+2010 at a line end" {
	TX_WORDS="$T/words" run -0 sents <<< $'The infor\xc2\xad\nmation and the well\xe2\x80\x90\ncoordinated plan.'
	[ "$output" = $'The information and the well\xe2\x80\x90coordinated plan.' ]
	TX_WORDS="$T/words" run -0 sents <<< $'The infor\xe2\x80\x90\nmation.'
	[ "$output" = "The information." ]
}

@test "paras: ligatures are spelt out: counted, found, with their source offsets" {
	printf 'The \xef\xac\x81nancial plan is e\xef\xac\x83cient.\n' > "$T/a.txt"
	run -0 txseg --unit=token "$T/a.txt"
	[ "${lines[2]}" = $'a\t0\t1\t1\ttext\t4\t14\tfinancial\tword' ]
	[ "${lines[5]}" = $'a\t0\t1\t1\ttext\t23\t32\tefficient\tword' ]
	[ "$(tail -c +5 "$T/a.txt" | head -c 10)" = $'\xef\xac\x81nancial' ]
	[ "$(tail -c +24 "$T/a.txt" | head -c 9)" = $'e\xef\xac\x83cient' ]
	run -0 txfreq "$T/a.txt"
	[[ "$output" == *$'\nfinancial\t1\t'* && "$output" == *$'\nefficient\t1\t'* ]]
	run -0 txkwic --tsv -w financial "$T/a.txt"
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == *$'\t4\t14\t'* ]]
	# A mark after a ligature goes on its last letter.
	run -0 sents <<< $'\xef\xac\x81\xcc\x81x'
	[ "$output" = $'f\xc3\xadx' ]
}

@test "paras: a PDF bullet starts a list item, not glued to the line before" {
	lead=$'We will do the following things in the\nnext five years and the ones after that:'
	for b in $'\xef\x82\xb7' $'\xef\x82\xa7' $'\xef\x81\xb6' $'\xef\x83\x98' $'\xef\x83\xbc' $'\xef\x82\xa8' $'\xe2\x96\xaa' $'\xe2\x9e\xa2'; do
		run -0 sents <<< "$lead"$'\n'"$b build things that"$'\nlast long\n'"$b train people"
		[ "${#lines[@]}" -eq 3 ]
		[ "${lines[1]}" = "$b build things that last long" ]
		[ "${lines[2]}" = "$b train people" ]
	done
	# Without a space after it too.
	run -0 sents <<< "$lead"$'\n\xef\x82\xb7build things\n\xef\x82\xb7train people'
	[ "${#lines[@]}" -eq 3 ]
}

@test "paras: a lone o among list items starts one; o the word does not" {
	lead=$'We will do the following things in the\nnext five years and the ones after that:'
	run -0 sents <<< "$lead"$'\n\xef\x82\xb7 build things\no build roads\no build ports\n\xef\x82\xb7 train people'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[2]}" = "o build roads" ]
	[ "${lines[3]}" = "o build ports" ]
	# A run of o lines alone is a list too.
	run -0 sents <<< "$lead"$'\no build roads\no build ports'
	[ "${#lines[@]}" -eq 3 ]
	# "o Captain" in running text, and "or" at a line start, go on.
	run -0 sents <<< $'We looked at the plan and said to him\no Captain, my Captain, the plan is good\nor so we thought at the time.'
	[ "$output" = "We looked at the plan and said to him o Captain, my Captain, the plan is good or so we thought at the time." ]
}

# A wrapped paragraph to put before a case, so that the document has a
# wrap width (estimate_wrap wants three wrapped lines).
WRAPPED=$'The strategy sets out what the government will do over the next\nten years to keep the networks of the country safe and open, and\nhow it will work with businesses and the community to that end.\nIt will be reviewed every year by the ministry that leads it now.\n'

@test "paras: a short line without a full stop before a capitalised line ends a sentence" {
	run -0 sents <<< "$WRAPPED"$'Access help and support when needed\nAll Australians should be able to get help and support when they\nneed it from the services the government runs for them each day.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[2]}" = "Access help and support when needed" ]
	[ "${lines[3]:0:28}" = "All Australians should be ab" ]
	# Two lines of a title, then the text.
	run -0 sents <<< "$WRAPPED"$'Leverage research and innovation\nas a competitive advantage\nWe want to be at the forefront of research and development to\nkeep pace with the rapidly evolving landscape of technologies.'
	[ "${lines[2]}" = "Leverage research and innovation as a competitive advantage" ]
	[ "${lines[3]:0:10}" = "We want to" ]
}

@test "paras: a line the wrap ended, or one that ends a clause, goes on" {
	# The next word would not have fitted: a name broken by the wrap.
	run -0 sents <<< "$WRAPPED"$'It met the Member States of the Commonwealth of the Shanghai\nCooperation Organization and the Collective Security Treaty group.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]:0:20}" = "It met the Member St" ]
	# A short line that ends in a function word or a comma.
	run -0 sents <<< "$WRAPPED"$'It was signed by the\nGovernment of Norway and the Government of Sweden in the spring.'
	[ "${#lines[@]}" -eq 3 ]
	# The sentence began three lines before: a short last line in it.
	run -0 sents <<< "$WRAPPED"$'It was signed by the ministers of the two countries in a hall\nof the old town that their governments have used for such ends\nfor many years now and will go on to use\nThe plan is a good one and the ministers of both were pleased.'
	[ "${#lines[@]}" -eq 3 ]
	# A short next line gives no room to measure by: a term on two lines.
	run -0 sents <<< "$WRAPPED"$'Critical Information\nInfrastructure (CII)\n\nThe term is defined in the act.'
	[ "${lines[2]}" = "Critical Information Infrastructure (CII)" ]
	# Text with a paragraph a line has no wrap to go by.
	run -0 sents <<< $'Access help\nAll Australians should access help.'
	[ "$output" = "Access help All Australians should access help." ]
}

@test "paras: a list marker on a line of its own goes with its item, not the line before" {
	run -0 sents <<< "$WRAPPED"$'The CSIP directs the following actions to be taken by the agencies:\na.\nTighten privileged user policies, practices, and procedures.\nb.\nThe agencies will report to OMB by the end of December of 2015.'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[2]}" = "The CSIP directs the following actions to be taken by the agencies:" ]
	[ "${lines[3]}" = "a. Tighten privileged user policies, practices, and procedures." ]
	[ "${lines[4]}" = "b. The agencies will report to OMB by the end of December of 2015." ]
	# Across blank lines too (a table's row number).
	run -0 sents <<< "$WRAPPED"$'Office of the Prime Minister\n11.\n\n\nParticipation in the investigation of incidents\n\nThe table ends here.'
	[ "${lines[2]}" = "Office of the Prime Minister" ]
	[ "${lines[3]}" = "11. Participation in the investigation of incidents" ]
	# A year, or a number after "and", ends the sentence it is in.
	run -0 sents <<< "$WRAPPED"$'The work on the new centre was completed in the spring of\n2019.\nIt is open.'
	[ "${lines[2]}" = "The work on the new centre was completed in the spring of 2019." ]
	run -0 sents <<< "$WRAPPED"$'The rules are set out in the sections 3 and\n4.\nThey apply.'
	[ "${lines[2]}" = "The rules are set out in the sections 3 and 4." ]
	# A capital roman numeral or letter after a name is the name's.
	run -0 sents <<< "$WRAPPED"$'They were among the most implacable of the opponents of Louis\nXIV.\n\nIn the government of Britain it was not so.'
	[ "${lines[2]}" = "They were among the most implacable of the opponents of Louis XIV." ]
}

@test "paras: a line that starts with 9.2. after a semicolon or colon starts an item" {
	run -0 sents <<< "$WRAPPED"$'9. The tasks shall be the following:\n9.1. to enhance the culture of protection of information;\n9.2. to strengthen the security of the country;\n9.3. to reinforce the security of services.'
	[ "${#lines[@]}" -eq 6 ]
	[ "${lines[2]}" = "9. The tasks shall be the following:" ]
	[ "${lines[3]}" = "9.1. to enhance the culture of protection of information;" ]
	[ "${lines[4]}" = "9.2. to strengthen the security of the country;" ]
	# A marker of one level that the wrap put at a line start, in a
	# sentence that runs on, goes on; the first item after a colon
	# starts the list.
	run -0 sents <<< "$WRAPPED"$'The heads are: I. The qualification of senators; II. The appointment of them by the legislatures;\nIII. The equality of representation in the Senate; IV. The number of senators.'
	[ "${#lines[@]}" -eq 3 ]
	run -0 sents <<< "$WRAPPED"$'The following sectors have been identified as the critical sectors:\n1. National Defense and Security\n2. Banking and Finance'
	[ "${lines[3]}" = "1. National Defense and Security" ]
	# A number without a closing mark is no marker.
	run -0 sents <<< "$WRAPPED"$'The cost of the plan in its first year is estimated at about:\n3.2 million euros, with more in the years after it.'
	[ "${#lines[@]}" -eq 3 ]
}

@test "paras: in a column of short lines a lower-case line goes on with the line before" {
	run -0 sents <<< $'Protect critical\ninfrastructure\nin a national\nemergency'
	[ "$output" = "Protect critical infrastructure in a national emergency" ]
	run -0 sents <<< $'Raise, train\nand sustain\nProtect critical\ninfrastructure'
	[ "$output" = $'Raise, train and sustain\nProtect critical infrastructure' ]
	# A column of lower-case items stays one item a line.
	run -0 sents <<< $'confidentiality\nintegrity\navailability'
	[ "${#lines[@]}" -eq 3 ]
}

@test "paras: a column of short lines goes on into a longer lower-case line as prose" {
	# The narrow column wraps one sentence: short lines, then a longer
	# one in lower case.
	run -0 sents <<< $'The Board\nwill guard\nthe upkeep\nof parks, lakes and woods in the whole town.\nIt meets in May.'
	[ "$output" = $'The Board will guard the upkeep of parks, lakes and woods in the whole town.\nIt meets in May.' ]
	# The sentence of the column ends at a capital after a line with no
	# comma or function word at its end: a title set in the column.
	run -0 sents <<< $'Keep clean\nthe old\nriver banks\nand ponds\nof the whole town in\nspring\nThe town will fine those who leave litter on them.'
	[ "$output" = $'Keep clean the old river banks and ponds of the whole town in spring\nThe town will fine those who leave litter on them.' ]
	# Built to break it: a longer line in capitals after the column is
	# no part of it, and a full stop ends the column's sentence.
	run -0 sents <<< $'Plan ahead\nStay safe\nBe kind\nThe Board meets in May, June and July each year to plan.'
	[ "${#lines[@]}" -eq 4 ]
	run -0 sents <<< $'Plan ahead.\nStay safe.\nBe kind.\nand the rest of a long line in lower case for the test.'
	[ "${lines[0]}" = "Plan ahead." ]
}

@test "paras: after a blank line a note number does not go on with a line that ends in a function word" {
	run -0 sents <<< $'The town will plan its parks and woods for the years ahead, and this could be used by\n\n12 For example, the plan of the year before.\n'
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[1]}" = "12 For example, the plan of the year before." ]
	# Built to break it: a lower-case line after the blank line goes on.
	run -0 sents <<< $'The town will plan its parks and woods for the years ahead, and this could be used by\n\nthe 12 towns near it.\n'
	[ "${#lines[@]}" -eq 1 ]
}

@test "paras: a line that ends in \"within\", \"through\" or \"will\" goes on" {
	run -0 sents <<< $'Changes in the plan may come from developments within\nTown Hall and its offices, in the town and in the country round it.'
	[ "$output" = "Changes in the plan may come from developments within Town Hall and its offices, in the town and in the country round it." ]
	run -0 sents <<< $'The plan is carried out by the town through\nTown Hall and its offices, in the town and in the country round it.'
	[ "${#lines[@]}" -eq 1 ]
	# Built to break it: a title that ends in a word of the list's
	# kind that is left out of it ("for All") stays a line of its own.
	run -0 sents <<< $'Parks for All\nThe town will plan its parks and woods for the years ahead, so that all may use them.'
	[ "${lines[0]}" = "Parks for All" ]
}

@test "paras: a title set in a narrow column takes up to three short lines" {
	W=$'The town will plan its parks and woods for the years ahead, and it will ask\nthe people who live near them what they want, so that all may use them.\n'
	run -0 sents <<< "$W"$'Keep the parks open\nand clean the woods\nof old litter\nThe town will fine those who leave litter in the parks and the woods.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[1]}" = "Keep the parks open and clean the woods of old litter" ]
	[ "${lines[2]}" = "The town will fine those who leave litter in the parks and the woods." ]
	# Built to break it: a line of the three that is not short (five
	# words or more) is wrapped prose, no title.
	run -0 sents <<< "$W"$'Keep the parks open\nand clean the woods\nof the old litter that visitors leave\nThe town will fine those who leave litter in the parks and the woods.'
	[ "${#lines[@]}" -eq 2 ]
}

@test "paras: a title of any number of lines set in a box narrower than the text after it ends a sentence" {
	# Lines that end in a comma or a function word, then a last line the
	# first word of the wide line would have fitted on.
	run -0 sents <<< "$WRAPPED"$'Advance the work\nand the building of\nsafe, open and\nfair rules, which sit next to\nthe law of nations\nThe town council is an important forum that offers all members a voice.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[2]}" = "Advance the work and the building of safe, open and fair rules, which sit next to the law of nations" ]
	[ "${lines[3]}" = "The town council is an important forum that offers all members a voice." ]
	# Built to break it: a narrow column whose sentence goes on into the
	# wide line fills its last line (the next word would not have fitted).
	run -0 sents <<< "$WRAPPED"$'Our rules and laws\nmust change and\ngrow to meet the new risks and keep\nthe town safe from the threats that the wider world now faces every day.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]:0:40}" = "Our rules and laws must change and grow " ]
	# A capitalised word at the end may be a name that goes on.
	run -0 sents <<< "$WRAPPED"$'Our work with the teams\nof the staff at\nthe Cyber Security\nAgency of the State is an important part of the work we plan to do.'
	[ "${#lines[@]}" -eq 3 ]
	# The wide line must be half as wide again as the widest of the title.
	run -0 sents <<< "$WRAPPED"$'Advance the work and the\nbuilding of the rules\nof the old town\nThe town council is a forum for us.'
	[ "${#lines[@]}" -eq 3 ]
	run -0 sents <<< "$WRAPPED"$'Advance the work and the\nbuilding of the rules\nof the old town\nThe town council is a forum for all of us.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[3]}" = "The town council is a forum for all of us." ]
	# Text with a paragraph a line has no widths to go by.
	run -0 sents <<< $'[Laughter]\nI must say that in both years we did not hear the town singing, we heard the town shouting, and it went on for the whole long night.\nThe rest of it was quiet, as all of us who were there that night will tell you.'
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]:0:20}" = "[Laughter] I must sa" ]
}

@test "paras: a title line before a numbered paragraph ends a sentence" {
	run -0 sents <<< "$WRAPPED"$'International ties\n50\t Finally, the town has a duty to keep to the law and to the rules it made.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[2]}" = "International ties" ]
	[ "${lines[3]}" = "50 Finally, the town has a duty to keep to the law and to the rules it made." ]
	# Built to break it: a number the wrap put at the start of a line
	# (it would not have fitted on the full line before) goes on.
	run -0 sents <<< "$WRAPPED"$'The plan was read out to all the people of the old town in its great hall\n300 Members of the council voted for it on the same day.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]:0:25}" = "The plan was read out to " ]
}

@test "paras: a page break after a full line with no final punctuation goes on before a capital" {
	a=$'These risks may grow into real threats that could harm the peace and\n'
	run -0 sents <<< "$WRAPPED$a"$'the order of the towns on the coast, and in time they could weaken\n\nNorway and its people. They fall into three groups:'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[2]}" = "These risks may grow into real threats that could harm the peace and the order of the towns on the coast, and in time they could weaken Norway and its people." ]
	[ "${lines[3]}" = "They fall into three groups:" ]
	# Built to break it: a short last line ends its paragraph.
	run -0 sents <<< "$WRAPPED$a"$'the order of the towns, and weaken\n\nNorway and its people. They fall into three groups:'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[3]}" = "Norway and its people." ]
	# A last word that is no word of lower-case letters.
	run -0 sents <<< "$WRAPPED$a"$'the order of the towns on the coast, as they are set out in www.towns.org\n\nNorway and its people. They fall into three groups:'
	[ "${#lines[@]}" -eq 5 ]
	# A title after the break (no sentence end in it or the lines after).
	run -0 sents <<< "$WRAPPED$a"$'the order of the towns on the coast, and in time they could weaken\n\nNorway and Its People\n\nThey fall into three groups.'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[3]}" = "Norway and Its People" ]
	# A note at a page's foot after the break.
	run -0 sents <<< "$WRAPPED$a"$'the order of the towns on the coast, and in time they could weaken\n\n12 For example, the plan of the year before.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[3]}" = "12 For example, the plan of the year before." ]
	# A paragraph of one line is no sentence cut by a page.
	run -0 sents <<< "$WRAPPED"$'\nThe order of the towns on the coast, and in time they could weaken\n\nNorway and its people. They fall into three groups:'
	[ "${#lines[@]}" -eq 5 ]
}

@test "paras: a letter's salutation that opens a paragraph is a sentence of its own" {
	run -0 sents <<< $'Dear readers,\n\nThe town has a new plan for its parks.\nIt will be ready in May.'
	[ "${lines[0]}" = "Dear readers," ]
	[ "${lines[1]}" = "The town has a new plan for its parks." ]
	run -0 sents <<< "$WRAPPED"$'\nDear Sir or Madam:\nThe town has a new plan for its parks and woods, and it asks you.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[2]}" = "Dear Sir or Madam:" ]
	# Built to break it: a lower-case line after it goes on, and so does
	# a line that only starts with "Dear".
	run -0 sents <<< $'Dear as the old house was to him,\n\nhe sold it in the spring.'
	[ "$output" = "Dear as the old house was to him, he sold it in the spring." ]
	run -0 sents <<< "$WRAPPED"$'\nDear readers, we write to\nThe Times about the plan for the parks of the town and its woods.'
	[ "${#lines[@]}" -eq 3 ]
}

@test "paras: a dash or bullet alone on a line opens an item before a capital" {
	run -0 sents <<< "$WRAPPED"$'Cyber threats continue\nto grow in every town\n\xe2\x80\x94\t\nCyber security threats are increasing.\n\xe2\x80\x94\t\nCriminals are using the dark web.'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[2]}" = "Cyber threats continue to grow in every town" ]
	[ "${lines[3]}" = $'\xe2\x80\x94 Cyber security threats are increasing.' ]
	[ "${lines[4]}" = $'\xe2\x80\x94 Criminals are using the dark web.' ]
	run -0 sents <<< "$WRAPPED"$'Before you buy a device\n\xe2\x80\xa2\nIs it made by a firm you know?'
	[ "${lines[2]}" = "Before you buy a device" ]
	[ "${lines[3]}" = $'\xe2\x80\xa2 Is it made by a firm you know?' ]
	# Built to break it: a sentence that goes on (a function word
	# before the dash), or a lower-case line after it, stays one.
	run -0 sents <<< "$WRAPPED"$'The threats to the town are set out in the plan of the\n\xe2\x80\x94\t\nTown Hall and in its annexes, which the Board will read soon.'
	[ "${#lines[@]}" -eq 3 ]
	run -0 sents <<< "$WRAPPED"$'Cyber threats continue\nto grow in every town\n\xe2\x80\x94\t\nand so do the risks that they bring to all of the people.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]}" = $'Cyber threats continue to grow in every town \xe2\x80\x94 and so do the risks that they bring to all of the people.' ]
}

@test "paras: a run of cells of figures, one a line, is a sentence a cell" {
	run -0 sents <<< $'9. Percentage of completed investigations into offences, (%)\n\xe2\x80\x93\n30\n50\nPolice Department under the Ministry of the Interior\n10. Share of incidents investigated, (%)\n\xe2\x80\x93\n60\n0,5\nOffice of the Prime Minister'
	[ "${#lines[@]}" -eq 10 ]
	[ "${lines[0]}" = "9. Percentage of completed investigations into offences, (%)" ]
	[ "${lines[1]}" = $'\xe2\x80\x93' ]
	[ "${lines[2]}" = "30" ]
	[ "${lines[4]}" = "Police Department under the Ministry of the Interior" ]
	[ "${lines[8]}" = "0,5" ]
	# A figure alone among lines of prose goes on with them; a
	# marker ("10.") after the run goes with its item.
	run -0 sents <<< $'The programme will have cost about\n2.5\nmillion euros by the end of the year.'
	[ "$output" = "The programme will have cost about 2.5 million euros by the end of the year." ]
	run -0 sents <<< $'Office of the Prime Minister\n\xe2\x80\x93\n30\n50\n10.\nParticipation in the investigation of incidents, (%)'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[4]}" = "10. Participation in the investigation of incidents, (%)" ]
}

@test "paras: a dash that closes the bracket of the line before is no bullet" {
	run -0 sents <<< "$WRAPPED"$'One key hub is the Joint Cyber Coordination Centre (Felles cyberkoordineringssenter\n\xe2\x80\x93 FCKS), which comprises representatives from the services.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]}" = $'One key hub is the Joint Cyber Coordination Centre (Felles cyberkoordineringssenter \xe2\x80\x93 FCKS), which comprises representatives from the services.' ]
	# A closed bracket, or a dash item that opens one of its own, stays
	# an item.
	run -0 sents <<< "$WRAPPED"$'The centre (FCKS) works with these agencies\n\xe2\x80\x93 the police (PST) and the intelligence service.'
	[ "${#lines[@]}" -eq 4 ]
	run -0 sents <<< "$WRAPPED"$'The centre works with these agencies (see the annex\n\xe2\x80\x93 (a) the police) and the intelligence service.'
	[ "${#lines[@]}" -eq 4 ]
}

@test "paras: a lettered list goes on past z. with two letters" {
	run -0 sents <<< $'a. The item\nab. Another item\n(1.) Third item'
	[ "$output" = $'a. The item\nab. Another item\n(1.) Third item' ]
	run -0 sents <<< $'a. The item\nzz. Another item'
	[ "$output" = $'a. The item\nzz. Another item' ]
	# Not a wrapped line that the abbreviation after "et" starts, nor
	# after a line that no letter opens.
	run -0 sents <<< "$WRAPPED"$'a. The results that the study of Smith and the others who worked with him et\nal. Found were confirmed by the ministry.'
	[ "${lines[2]}" = "a. The results that the study of Smith and the others who worked with him et al. Found were confirmed by the ministry." ]
	run -0 sents <<< $'1. The item\nzz. Another item'
	[ "$output" = $'1. The item zz.\nAnother item' ]
}

@test "paras: a line that leaves a bracket open goes on with a lower-case line" {
	run -0 sents <<< "$WRAPPED"$'A model for enabling access to a shared pool of computing resources (e.g.\nnetworks and servers) that can be provisioned with little effort.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]}" = "A model for enabling access to a shared pool of computing resources (e.g. networks and servers) that can be provisioned with little effort." ]
	# A closed bracket gives no such evidence.
	run -0 sents <<< "$WRAPPED"$'The model (cloud) suits the resources that are shared (e.g.\nnetworks).\nit is a model that the agencies will adopt across the government.'
	[ "${#lines[@]}" -eq 4 ]
}

@test "paras: one lower-case letter alone on a line is a bullet glyph before a capitalised line" {
	run -0 sents <<< $'The plan is organized in the following manner:\nx\nObjectives: what we need to achieve\nx\nActions: how we focus our efforts\nThe Council will create a sub-committee to facilitate efforts.\nx\nThe agencies will report to it.'
	[ "$output" = $'The plan is organized in the following manner:\nx Objectives: what we need to achieve\nx Actions: how we focus our efforts\nThe Council will create a sub-committee to facilitate efforts.\nx The agencies will report to it.' ]
	# Not the word a, nor a letter after a line that goes on, nor
	# before a lower-case line.
	run -0 sents <<< $'The agencies will report to\na\nCouncil that the plan will create.'
	[ "${#lines[@]}" -eq 1 ]
	run -0 sents <<< $'The agencies will report to the value of\nx\nThe Council will compute.'
	[ "${#lines[@]}" -eq 1 ]
	run -0 sents <<< $'The agencies will report to the council.\nx\nand y are the values.'
	[ "$output" = $'The agencies will report to the council.\nx and y are the values.' ]
}

@test "paras: U+2028 ends a line and U+2029 a paragraph; U+0085 ends nothing" {
	# A wrapped line joins across U+2028 as across LF; U+2029 stands for
	# the end of a paragraph, so the sentence before it ends there.
	printf 'The rules of the road\xe2\x80\xa8apply here, as before.\xe2\x80\xa9Second one.\xe2\x80\xa9Third\xc2\x85 one.\n' > "$T/u.txt"
	run -0 txseg --unit=para --no-header "$T/u.txt"
	[ "$output" = "$(printf 'u\t0\t1\t1\ttext\t0\t46\tThe rules of the road apply here, as before.\nu\t0\t2\t2\ttext\t49\t60\tSecond one.\nu\t0\t3\t3\ttext\t63\t75\tThird\xc2\x85 one.')" ]
	# Without them the same text is one paragraph.
	printf 'The rules of the road apply here, as before. Second one. Third one.\n' > "$T/v.txt"
	run -0 txseg --unit=para --no-header "$T/v.txt"
	[ "${#lines[@]}" -eq 1 ]
}

# tsp_doc N TITLE_END: N times three wrapped lines whose run-on lines keep
# a space at their end (PDF text), then a title line that ends in
# TITLE_END and has none, and a sentence after it.
tsp_doc() {
	local i
	for ((i = 0; i < $1; i++)); do
		printf 'The agencies will report each year on the plans \nthey have made and on the work that is still \nto be done, so that the public can follow it.\n'
	done
	printf 'Enable a Safer Cyberspace for Enterprises%s\nNotwithstanding their size, small firms \nwill get help from the agency this year.\n' "$2"
}

@test "paras: where wrapped lines keep a space at their end, a line without one before a capital ends a sentence" {
	tsp_doc 22 '' > "$T/tsp.txt"
	run -0 sents "$T/tsp.txt"
	[ "${lines[-2]}" = "Enable a Safer Cyberspace for Enterprises" ]
	[ "${lines[-1]}" = "Notwithstanding their size, small firms will get help from the agency this year." ]
	# Its offsets: the title line alone.
	run -0 txseg --no-header "$T/tsp.txt"
	[ "$(cut -f 6,7 <<< "${lines[-2]}")" = $'3102\t3143' ]
	# Look-alikes. The same lines without the spaces: no evidence.
	sed 's/ $//' "$T/tsp.txt" > "$T/nosp.txt"
	run -0 sents "$T/nosp.txt"
	[ "${lines[-1]}" = "Enable a Safer Cyberspace for Enterprises Notwithstanding their size, small firms will get help from the agency this year." ]
	# Too few lines to tell (30 run-on lines, 40 wanted).
	tsp_doc 15 '' > "$T/few.txt"
	run -0 sents "$T/few.txt"
	[ "${lines[-1]}" = "Enable a Safer Cyberspace for Enterprises Notwithstanding their size, small firms will get help from the agency this year." ]
	# A line that ends in a comma goes on, space or none.
	tsp_doc 22 ',' > "$T/comma.txt"
	run -0 sents "$T/comma.txt"
	[ "${lines[-1]}" = "Enable a Safer Cyberspace for Enterprises, Notwithstanding their size, small firms will get help from the agency this year." ]
}
