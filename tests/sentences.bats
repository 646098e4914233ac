#!/usr/bin/env bats
# Sentence boundaries through txseg: the Golden Rules inside running text,
# and the cases of issue 11 (abbreviations, lists, footnote marks, PDF
# bullets), each inside running text and next to texts built to break it.
bats_require_minimum_version 1.5.0

setup() {
	load helper
	T="$BATS_TEST_TMPDIR"
}

# The sentences of txseg's output on stdin, one per line.
sents() {
	col 8
}

@test "the 52 Golden Rules pass alone, after a sentence, and between sentences" {
	# PS42 inside running text ("We met at noon." on the line before
	# its short lines) needs para.c's rule for a column of short lines
	# after a full stop; a line "We met at noon. 1) The first item 2)
	# ..." before a blank line needs heading.c's two_sentences.
	run -0 perl "$BATS_TEST_DIRNAME/embed.pl" -q "$DATA/golden-rules-en.tsv" \
	    "$DATA/golden-rules-en-ps-extra.tsv"
	[ "$output" = "alone: 52/52, embedded: 52/52, followed: 44/44" ]
}

@test "embed.pl reports a rule that fails" {
	printf 'id\trule\tinput\texpected\nX1\tmade up\tOne. Two.\tOne. Two.\n' > "$T/r.tsv"
	run -0 perl "$BATS_TEST_DIRNAME/embed.pl" -q "$T/r.tsv"
	[ "$output" = "rule X1 alone
rule X1 embedded
rule X1 followed
alone: 0/1, embedded: 0/1, followed: 0/1" ]
}

@test "txseg splits after U.S. before a sentence, not inside the U.S. Army" {
	printf 'We met at noon. Crowds came to the capital of the U.S. Millions attended. He joined the U.S. Army in 1990.\n\nAnother paragraph follows here.\n' > "$T/us.txt"
	run -0 txseg "$T/us.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
Crowds came to the capital of the U.S.
Millions attended.
He joined the U.S. Army in 1990.
Another paragraph follows here." ]
}

@test "txseg ends a sentence at an ellipsis glued to a word before And, not before I or lower case" {
	printf 'We met at noon. He talks slowly... And this is why. She waited... I knew it. He paused... and went on.\n' > "$T/e.txt"
	run -0 txseg "$T/e.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
He talks slowly...
And this is why.
She waited... I knew it.
He paused... and went on." ]
}

@test "txseg starts a lettered list a. b. c. after other sentences" {
	printf 'We met at noon. The plan has parts. a. The first part b. The second part c. The third part.\n\nAnother paragraph follows here.\n' > "$T/l.txt"
	run -0 txseg "$T/l.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
The plan has parts.
a. The first part
b. The second part
c. The third part.
Another paragraph follows here." ]
}

@test "txseg does not split after No. p. Op. Rs. pop. before a number, nor after P.M. before a time zone" {
	printf 'We met at noon. See the table (No. 5) for details. As noted (p. 154) the rule holds. He played Op. 46 twice. The price was Rs. 16720 in May. The town (pop. 256,000) is small. It starts at 5 P.M. EDT on Monday.\n' > "$T/n.txt"
	run -0 txseg "$T/n.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
See the table (No. 5) for details.
As noted (p. 154) the rule holds.
He played Op. 46 twice.
The price was Rs. 16720 in May.
The town (pop. 256,000) is small.
It starts at 5 P.M. EDT on Monday." ]
}

@test "txseg still splits after No. 5, p., P.M., Rs. and pop. at a sentence end" {
	printf 'We met at noon. The winner was No. 5. No one expected it. Turn to the next p. The text goes on. It ends at 5 P.M. Then we left. It cost 5 Rs. The seller smiled. They like pop. Rock is less popular.\n' > "$T/b.txt"
	run -0 txseg "$T/b.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
The winner was No. 5.
No one expected it.
Turn to the next p.
The text goes on.
It ends at 5 P.M.
Then we left.
It cost 5 Rs.
The seller smiled.
They like pop.
Rock is less popular." ]
}

@test "txseg keeps a footnote mark glued to a full stop with the sentence before it" {
	printf 'We met at noon. He died a martyr.[1] The church grew. It was left to regulators.1 Governments acted later. It is the state.\xc2\xb9 The law says so. The rate was 5.[2] The next year it fell. It rose in 2019.[3] in most states. See Fig.1 for the data.\n' > "$T/f.txt"
	run -0 txseg "$T/f.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
He died a martyr.[1]
The church grew.
It was left to regulators.1
Governments acted later.
It is the state.¹
The law says so.
The rate was 5.[2]
The next year it fell.
It rose in 2019.[3] in most states.
See Fig.1 for the data." ]
	# The offsets of the first mark's sentence end after the mark.
	[ "$(col 6 <<< "$output" | sed -n 2p) $(col 7 <<< "$output" | sed -n 2p)" = "16 36" ]
}

@test "txseg starts list items at PDF symbol-font bullets and ▪ ➢ inside a paragraph" {
	# U+F0B7 U+F0A7 U+F076 U+F0D8 U+F0FC, then ▪ ➢, all on one line
	printf 'We met at noon. It listed: \xef\x82\xb7 First item \xef\x82\xa7 Second item \xef\x81\xb6 Third item \xef\x83\x98 Fourth item \xef\x83\xbc Fifth item \xe2\x96\xaa Sixth item \xe2\x9e\xa2 Seventh item\n' > "$T/p.txt"
	printf 'We met at noon.\nIt listed:\n\xef\x82\xb7 First item\n\xef\x82\xa7 Second item\n\xef\x81\xb6 Third item\n\xef\x83\x98 Fourth item\n\xef\x83\xbc Fifth item\n\xe2\x96\xaa Sixth item\n\xe2\x9e\xa2 Seventh item\n' > "$T/p.want"
	run -0 txseg "$T/p.txt"
	[ "$(sents <<< "$output")" = "$(cat "$T/p.want")" ]
}

@test "txseg starts list items at a Word 'o' bullet, and not at the letter o" {
	printf 'We met at noon. Benefits include:\no Lower cost\no Faster delivery\n\nThe letter o is round. So is O. A or o Both are letters.\n' > "$T/o.txt"
	run -0 txseg "$T/o.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
Benefits include:
o Lower cost
o Faster delivery
The letter o is round.
So is O.
A or o Both are letters." ]
}

@test "txseg starts dash items after a colon inside a paragraph, not at a dash in a sentence" {
	printf 'We met at noon. The members were: \xe2\x80\x94 Mr A (Chair) \xe2\x80\x94 Ms B \xe2\x80\x94 Dr C\n\nThe cost \xe2\x80\x94 high as it was \xe2\x80\x94 fell.\n' > "$T/d.txt"
	printf 'We met at noon.\nThe members were:\n\xe2\x80\x94 Mr A (Chair)\n\xe2\x80\x94 Ms B\n\xe2\x80\x94 Dr C\nThe cost \xe2\x80\x94 high as it was \xe2\x80\x94 fell.\n' > "$T/d.want"
	run -0 txseg "$T/d.txt"
	[ "$(sents <<< "$output")" = "$(cat "$T/d.want")" ]
}

@test "txseg --learn-abbrevs learns an abbreviation from the whole corpus in pass 1, and then does not split after it" {
	# "Usec." is in no built-in list.  a.txt writes it three times
	# before lower case or a comma; b.txt then has it before a name.
	printf 'The Usec. requires a report.\n\nThe Usec. said it would wait, and the Usec., too.\n\nWe asked the Usec. whether staff agree.\n' > "$T/a.txt"
	printf 'In the end the Usec. Smith said so. He left.\n' > "$T/b.txt"
	# Without the option nothing is learned: the split after "Usec.".
	run -0 txseg "$T/a.txt" "$T/b.txt"
	[ "$(sents <<< "$output" | tail -n 3)" = "In the end the Usec.
Smith said so.
He left." ]
	# txkwic learns the same with the same option: its sent number
	# is txseg's (b's "Smith" is in its sentence 1, not 2).
	run -0 txkwic --learn-abbrevs --tsv Smith "$T/a.txt" "$T/b.txt"
	[ "$(cut -f 4 <<< "$output" | tail -n 1)" = 1 ]
	[ "$(txseg --learn-abbrevs "$T/a.txt" "$T/b.txt" | awk -F '\t' '$1 == "b" && $8 ~ /Smith/ { print $4 }')" = 1 ]
	run -0 txseg --learn-abbrevs "$T/a.txt" "$T/b.txt"
	[ "$(sents <<< "$output")" = "The Usec. requires a report.
The Usec. said it would wait, and the Usec., too.
We asked the Usec. whether staff agree.
In the end the Usec. Smith said so.
He left." ]
	# b.txt alone teaches nothing: "Usec." is an ordinary word.
	run -0 txseg --learn-abbrevs "$T/b.txt"
	[ "$(sents <<< "$output")" = "In the end the Usec.
Smith said so.
He left." ]
}

@test "txseg --learn-abbrevs does not learn an abbreviation from a word that ends sentences before capitals" {
	# "Usec." three times, always before a capital: sentence ends.
	printf 'It went to the Usec. Then it came back.\n\nWe wrote to the Usec. They did not answer.\n\nThis was sent to the Usec. Nobody knew why.\n' > "$T/a.txt"
	printf 'In the end we asked the Usec. Smith said so.\n' > "$T/b.txt"
	run -0 txseg --learn-abbrevs "$T/a.txt" "$T/b.txt"
	[ "$(sents <<< "$output")" = "It went to the Usec.
Then it came back.
We wrote to the Usec.
They did not answer.
This was sent to the Usec.
Nobody knew why.
In the end we asked the Usec.
Smith said so." ]
}

@test "txseg does not split inside brackets that close later, but does in bracketed sentences" {
	printf 'We met at noon. See (Proc. ABC with Abs. Reg. Compliance) for it. Check [page. 42] for details. It is in (vol. 2, Eq. 3) too.\n\nAfter that (Here is another view of the same. And then there is a different case here.) we left.\n\nWe met at noon. (If you want to extract sentences, remove those breaks. Segtok assumes your content has meaning.) It works.\n\nAn open bracket (never closed. This is a new sentence.\n' > "$T/b.txt"
	run -0 txseg "$T/b.txt"
	[ "$(sents <<< "$output")" = "We met at noon.
See (Proc. ABC with Abs. Reg. Compliance) for it.
Check [page. 42] for details.
It is in (vol. 2, Eq. 3) too.
After that (Here is another view of the same.
And then there is a different case here.) we left.
We met at noon.
(If you want to extract sentences, remove those breaks.
Segtok assumes your content has meaning.)
It works.
An open bracket (never closed.
This is a new sentence." ]
}

@test "txseg keeps leading-dot decimals and a ! or ? inside a word, and splits after a real stop before a number" {
	printf 'It was significant (p <= .001). Yay $.50 and .50! That is all. He speaks !Xun and !Kung. He works at Yahoo! and Y!J. in Tokyo. The text cites "First Strategy").34 In the First Strategy it grew.\n' > "$T/d.txt"
	run -0 txseg "$T/d.txt"
	[ "$(sents <<< "$output")" = "It was significant (p <= .001).
Yay \$.50 and .50!
That is all.
He speaks !Xun and !Kung.
He works at Yahoo! and Y!J. in Tokyo.
The text cites \"First Strategy\").34
In the First Strategy it grew." ]
}

@test "txseg: reference abbreviations before numbers, initials, an A., spaced citation marks, dashes" {
	printf 'This is a bible quote (Phil. 4:8) here. See Abs. 3 now. It was in Ghana. 17 people came. This is no. A13 here. R. S. Kauffman and B. N. Fields wrote it. How we got an A. Mathematics is hard. Hydrogen is a gas. [1][2] [3] It is light. The list [1] Item here. What do you see? - Posted like sentinels. A pause - and then more.\n' > "$T/r.txt"
	run -0 txseg "$T/r.txt"
	[ "$(sents <<< "$output")" = "This is a bible quote (Phil. 4:8) here.
See Abs. 3 now.
It was in Ghana.
17 people came.
This is no. A13 here.
R. S. Kauffman and B. N. Fields wrote it.
How we got an A.
Mathematics is hard.
Hydrogen is a gas. [1][2] [3]
It is light.
The list [1] Item here.
What do you see?
- Posted like sentinels.
A pause - and then more." ]
}

@test "txseg splits inline letter items after a sentence only when item b. follows" {
	# (a line without a final stop before a blank line is a heading:
	# the items end with one)
	printf 'His name is Mark E. Smith. a. here it is b. another c. one more.\n\nHis name is Mark E. Smith. a. here it is, and so on.\n' > "$T/l.txt"
	run -0 txseg "$T/l.txt"
	[ "$(sents <<< "$output")" = "His name is Mark E. Smith.
a. here it is
b. another
c. one more.
His name is Mark E. Smith. a. here it is, and so on." ]
}

@test "txseg takes a short word that is no English word for an abbreviation before a number or a name (TX_WORDS list)" {
	printf 'apple\nbanana\nrisk\nsmith\nthe\nis\nhere\nthis\n' > "$T/words"
	printf 'This is abcf. 123 here. This is abcf. (123) in here. And here is Sra. Smithers. The Cll. Risk is here. This is apple. 123 is here.\n' > "$T/u.txt"
	TX_WORDS="$T/words" run -0 txseg "$T/u.txt"
	[ "$(sents <<< "$output")" = "This is abcf. 123 here.
This is abcf. (123) in here.
And here is Sra. Smithers.
The Cll.
Risk is here.
This is apple.
123 is here." ]
	# Without a word list there is no telling.
	TX_WORDS='' run -0 txseg "$T/u.txt"
	[ "$(sents <<< "$output")" = "This is abcf.
123 here.
This is abcf.
(123) in here.
And here is Sra.
Smithers.
The Cll.
Risk is here.
This is apple.
123 is here." ]
}

@test "txseg --learn-abbrevs does not learn an abbreviation from a word before list items" {
	# "Ann. a. here": the "a" after the period is an item, not the
	# lower case that marks an abbreviation.
	printf 'We met Ann. a. here it is b. another one.\n\nWe saw Ann. a. there it was b. and more.\n\nWe met Ann. Bob left.\n' > "$T/a.txt"
	run -0 txseg --learn-abbrevs "$T/a.txt"
	[ "$(sents <<< "$output" | tail -2)" = "We met Ann.
Bob left." ]
}

@test "txseg: a later list letter after a sentence end starts an item, not a sentence of its own" {
	run -0 sents < <(txseg <<< $'It was done in a timely manner. b. In the FY 2016 guidance, OMB will act. c. The rest follows.')
	[ "$output" = $'It was done in a timely manner.\nb. In the FY 2016 guidance, OMB will act.\nc. The rest follows.' ]
	# Before a lower-case word it is no item: no boundary at it.
	run -0 sents < <(txseg <<< $'We list them. b. and c. are done.')
	[ "${#lines[@]}" -eq 1 ]
	# Initials are no items.
	run -0 sents < <(txseg <<< $'It was written by J. B. Smith. He liked it.')
	[ "$output" = $'It was written by J. B. Smith.\nHe liked it.' ]
}

@test "txseg: a numbered item 6.1. after a colon or at a sentence start is no sentence" {
	run -0 sents < <(txseg <<< $'The following objectives shall be established: 6.1. To ensure the security of resources. 6.2. To ensure more.')
	[ "$output" = $'The following objectives shall be established: 6.1. To ensure the security of resources.\n6.2. To ensure more.' ]
	# Elsewhere a number ends its sentence.
	run -0 sents < <(txseg <<< $'The rate rose to 6.1. The next year was worse.')
	[ "$output" = $'The rate rose to 6.1.\nThe next year was worse.' ]
}

@test "txseg keeps a period glued to the word after an opening quote: \".SG\", not a stop" {
	printf 'We met at noon. The names end in \xe2\x80\x9c.SG\xe2\x80\x9d or \x27.CO\x27 and he hit \xe2\x80\x9c.305.\xe2\x80\x9d this year. It was good.\n' > "$T/q.txt"
	run -0 txseg "$T/q.txt"
	[ "$(sents <<< "$output")" = $'We met at noon.\nThe names end in \xe2\x80\x9c.SG\xe2\x80\x9d or \x27.CO\x27 and he hit \xe2\x80\x9c.305.\xe2\x80\x9d this year.\nIt was good.' ]
	# Built to break it: a quote glued to the word before it closes, and
	# the period after it is a stop that lost its space.
	printf 'He said \xe2\x80\x9cno\xe2\x80\x9d.Then he left. He said "no".Then he came.\n' > "$T/c.txt"
	run -0 txseg "$T/c.txt"
	[ "$(sents <<< "$output")" = $'He said \xe2\x80\x9cno\xe2\x80\x9d.\nThen he left.\nHe said "no".\nThen he came.' ]
}

@test "txseg keeps titles of ranks and offices with the name after them (Atty., Engr., Insp., Adm.)" {
	run -0 txseg <<< 'He drafted the plan. Atty. Naga led the work. Engr. Cruz and Insp. Reyes signed it. Adm. Lee, Brig. Gen. Ortiz and Asst. Sec. Tan came.'
	[ "$(sents <<< "$output")" = $'He drafted the plan.\nAtty. Naga led the work.\nEngr. Cruz and Insp. Reyes signed it.\nAdm. Lee, Brig. Gen. Ortiz and Asst. Sec. Tan came.' ]
	# A sentence that ends in a word spelt like one still ends there.
	run -0 txseg <<< 'The firm hired a new atty. Then it grew.'
	[ "$(sents <<< "$output")" = $'The firm hired a new atty.\nThen it grew.' ]
}

# Chinese sentences (sent.c, after GB/T 15834-2011 标点符号用法): each rule
# with a text written to trigger it and a look-alike that must not.

@test "zh sentences: 。！？ end one, a run of them (？！ ！！！ 。。。) is one end" {
	run -0 sents < <(txseg <<< '你去吗？！他不去。太好了！！！我们赢了。他说。。。好吧？')
	[ "$output" = $'你去吗？！\n他不去。\n太好了！！！\n我们赢了。\n他说。。。\n好吧？' ]
	# Look-alike: single marks, each an end, and ASCII ?! in English.
	run -0 sents < <(txseg <<< '你去吗？他不去！好。Is it?! Yes.')
	[ "$output" = $'你去吗？\n他不去！\n好。\nIs it?!\nYes.' ]
}

@test "zh sentences: closing quotes and brackets after the stop stay with the sentence, ”。 too" {
	run -0 sents < <(txseg <<< '他说：“我不去。”她走了。他答：「好。」然后走了。（见附件。）下一句。')
	[ "$output" = $'他说：“我不去。”\n她走了。\n他答：「好。」\n然后走了。\n（见附件。）\n下一句。' ]
	# The quote before the stop: the stop after it ends the sentence.
	run -0 sents < <(txseg <<< '他说“不去”。她走了。他写了『好』。完。')
	[ "$output" = $'他说“不去”。\n她走了。\n他写了『好』。\n完。' ]
}

@test "zh sentences: no sentence starts at a pause or a stop after the quote" {
	run -0 sents < <(txseg <<< '“快走！”，他说完就走了。“好！”。下一句。')
	[ "$output" = $'“快走！”，他说完就走了。\n“好！”。\n下一句。' ]
	# Look-alike: Han text after the quote starts a sentence.
	run -0 sents < <(txseg <<< '“快走！”他说。')
	[ "$output" = $'“快走！”\n他说。' ]
}

@test "zh sentences: a straight quote after a stop closes when an odd number come before it, else opens" {
	run -0 sents < <(txseg <<< '他走了。＂我也走。＂他说。他走了。"我也走。"他说。')
	[ "$output" = $'他走了。\n＂我也走。＂\n他说。\n他走了。\n"我也走。"\n他说。' ]
	run -0 sents < <(txseg <<< '他说：＂好。＂然后走了。他说："好。"然后走了。')
	[ "$output" = $'他说：＂好。＂\n然后走了。\n他说："好。"\n然后走了。' ]
}

@test "zh sentences: ； joins clauses and the items of a list in one line; 。 ends them" {
	run -0 sents < <(txseg <<< '网络安全；数据安全。应当履行下列义务：（一）制定制度；（二）采取措施；（三）其他义务。下一句。')
	[ "$output" = $'网络安全；数据安全。\n应当履行下列义务：（一）制定制度；（二）采取措施；（三）其他义务。\n下一句。' ]
	# Look-alike: the same items closed by 。 are sentences.
	run -0 sents < <(txseg <<< '（一）制定制度。（二）采取措施。')
	[ "$output" = $'（一）制定制度。\n（二）采取措施。' ]
}

@test "zh sentences: ． ends a sentence, not inside ３．５ or Ｎｏ．１ or a marker １．/1." {
	run -0 sents < <(txseg <<< '增长３．５个百分点．下一句．Ｎｏ．１是第一。')
	[ "$output" = $'增长３．５个百分点．\n下一句．\nＮｏ．１是第一。' ]
	run -0 sents < <(txseg <<< '１．加强管理。２．完善制度。包括：1.网络；2.数据。')
	[ "$output" = $'１．加强管理。\n２．完善制度。\n包括：1.网络；2.数据。' ]
	# Look-alikes: a number of four digits, or one after a Han word, ends
	# its sentence at a period; so does ． before a capital.
	run -0 sents < <(txseg <<< '人数达到1000.下一句。他有３．下一句。Test strange period．Does it work．')
	[ "$output" = $'人数达到1000.\n下一句。\n他有３．\n下一句。\nTest strange period．\nDoes it work．' ]
}

@test "zh sentences: …… goes on before Han text and a bracket, ends before a closing quote and at a stop" {
	run -0 sents < <(txseg <<< '牡丹、水仙……都挤在一起。水仙（还有菊花……）都来了。他说......好吧。他说⋯⋯好吧。')
	[ "$output" = $'牡丹、水仙……都挤在一起。\n水仙（还有菊花……）都来了。\n他说......好吧。\n他说⋯⋯好吧。' ]
	run -0 sents < <(txseg <<< '“还没结婚吧？”“……”他飞红了脸。我想……。下一句。他说：“可是……”，就走了。')
	[ "$output" = $'“还没结婚吧？”\n“……”\n他飞红了脸。\n我想……。\n下一句。\n他说：“可是……”，就走了。' ]
	# English keeps its rule: an ellipsis ends a sentence before And, not
	# before a closing quote and a lower-case word.
	run -0 sents < <(txseg <<< 'He talks slowly... And this is why. He said "well..." and left.')
	[ "$output" = $'He talks slowly...\nAnd this is why.\nHe said "well..." and left.' ]
}

@test "zh sentences: English inside Chinese and Chinese names in English keep the English rules" {
	run -0 sents < <(txseg <<< 'He said "Yes." 他说好。APEC、G20。美国U.S.政府说。')
	[ "$output" = $'He said "Yes."\n他说好。\nAPEC、G20。\n美国U.S.政府说。' ]
	run -0 sents < <(txseg <<< 'He met 习近平. Then he left. He met 习近平. then left. Mr. 王 came.')
	[ "$output" = $'He met 习近平.\nThen he left.\nHe met 习近平. then left.\nMr. 王 came.' ]
}

@test "zh sentences: offsets of full-width text are the input's bytes (no NFKC)" {
	printf '增长３．５个百分点！！下一句＂好。＂完。\n' > "$T/fw.txt"
	txseg --no-header "$T/fw.txt" > "$T/fw.tsv"
	run -0 cut -f8 "$T/fw.tsv"
	[ "$output" = $'增长３．５个百分点！！\n下一句＂好。＂\n完。' ]
	while IFS=$'\t' read -r _ _ _ _ _ a b text; do
		[ "$(tail -c +$((a + 1)) "$T/fw.txt" | head -c $((b - a)))" = "$text" ]
	done < "$T/fw.tsv"
}
