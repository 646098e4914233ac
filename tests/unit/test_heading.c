/*
 * test_heading: the heading stage (heading.c) from strings: the width of
 * hard-wrapped lines, which lines are headings, and the section paths they
 * open (unique, roman above arabic).
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "heading.h"
#include "lines.h"

#include "check.h"

static struct doclines L;

static void
mark(const char *s)
{
	struct doc_opts o;

	memset(&o, 0, sizeof(o));
	doclines_split(&L, s, strlen(s));
	headings_mark(&L, &o);
}

/* The classes of the non-blank lines: H heading, T text, C contents. */
static const char *
classes(void)
{
	static char buf[128];
	size_t i, n = 0;

	for (i = 0; i < L.n && n + 1 < sizeof(buf); i++)
		if (L.v[i].cls != L_BLANK)
			buf[n++] = "-THCD"[L.v[i].cls];
	buf[n] = '\0';
	return buf;
}

/* The paths the heading lines open, space-separated. */
static const char *
paths(void)
{
	static char buf[256];
	struct sections S;
	size_t i, n = 0;
	int level;

	sections_init(&S, &L);
	buf[0] = '\0';
	for (i = 0; i < L.n; i++) {
		if (L.v[i].cls != L_HEAD)
			continue;
		section_open(&S, &L, &L.v[i], &level);
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s",
		    n ? " " : "", S.sec);
	}
	return buf;
}

int
main(void)
{
	static const char wrapped[] =
	    "The rules name the main duties of the members of the club and\n"
	    "the aims of the club, and the ways in which its officers work\n"
	    "with the members of the club in the towns and the villages of\n"
	    "the region. The legal basis of the rules is the charter of the\n"
	    "club and the decisions of its general meeting, taken by all of\n"
	    "the members present at the meeting, and the laws of the whole\n"
	    "country. The club aims at friendship among the members and at\n"
	    "the common good of the towns and villages of the whole region,\n"
	    "and at the care of the gardens.\n";
	static const char heads[] =
	    "1. Peace Among Nations\nA long one-line paragraph follows it here, long.\n\n"
	    "2. Sovereignty\nAnother long one-line paragraph follows it here.\n\n"
	    "3. Shared Governance of All\nA third paragraph.\n\n"
	    "4. Benefits\nA fourth.\n\n5. Order of the World and All\nA fifth.\n\n"
	    "6. Partnership\nA sixth.\n\n7. Culture and Exchange\nA seventh.\n\n"
	    "8. Rules\nAn eighth.\n";

	/* Wrapped prose: its width; too few lines, or a list of headings
	 * over one-line paragraphs: none. */
	doclines_split(&L, wrapped, strlen(wrapped));
	CHECK(heading_wrap(&L) >= 60 && heading_wrap(&L) <= 64);
	doclines_split(&L, "a b c\nd e f\ng h\n", 16);
	CHECK(heading_wrap(&L) == 0);
	doclines_split(&L, heads, strlen(heads));
	CHECK(heading_wrap(&L) == 0);

	/* A numbered line that runs on in lower case is text; a short
	 * numbered line over a paragraph is a heading. */
	mark("Title\n\n1. The committee examined the proposals and found\n"
	    "them wanting, and asked for new ones.\n\n2. Membership\n\n"
	    "Members pay a fee each year.\n");
	CHECK(strcmp(classes(), "HTTHT") == 0);
	/* A footnote (a numbered line ending in a full stop, no prose
	 * after it) is text. */
	mark("Text of the paper ends here with a sentence.\n\n1. Ibid.\n\n"
	    "2. Worn by the popes.\n");
	CHECK(strcmp(classes(), "TTT") == 0);
	/* A sign-off in capitals after a paper is text. */
	mark("The paper ends here with a long sentence, as they do.\n\n"
	    "PUBLIUS\n\n");
	CHECK(strcmp(classes(), "TT") == 0);
	/* A two-line title with a bracket left open is one heading. */
	mark("The Same Subject (The Powers of the\nSenate Considered)\n\n"
	    "The senate has many powers, and they are the subject here.\n");
	CHECK(strcmp(classes(), "HTT") == 0 && L.v[0].cont == 1);

	/* Expansions of abbreviations, wide or not, are no body text for
	 * the title-like line over them: no heading; prose after a title
	 * is. */
	mark("The words in this plan are short.\n\n"
	    "Armed Forces of the Garden Republic\n\n"
	    "Cybercrime Investigation and Coordination Center\n"
	    "Critical Infrastructure\n\nChief Information Security Officer\n\n"
	    "Distributed Denial of Service\n\n");
	CHECK(strcmp(classes(), "TTTTTT") == 0);
	mark("Closing Remarks\n\nThe gardens are kept by all of us, and the "
	    "plan says how they are kept.\n");
	CHECK(strcmp(classes(), "HT") == 0);
	/* A title block of three lines is no heading; the last line of a
	 * block right over its paragraph, or a title over a list, is. */
	mark("Letters\n\nJohn Smith\nSecond Annual Letter\nDecember 3, 1799\n\n"
	    "It is with great pleasure that I write to the members again this "
	    "year.\n");
	CHECK(strcmp(classes(), "HTTTT") == 0);
	mark("OFFICE OF THE GARDENS\nCITY HALL\nOctober 30, 2015\nExecutive Summary\n"
	    "Strengthening the gardens of the city is one of the most important "
	    "tasks we face as a town, and we take it on.\n");
	CHECK(strcmp(classes(), "TTTHT") == 0);
	mark("Equipping the Gardeners\na. Training of Trainers\n"
	    "b. Tools for the Schools\n\nThe gardeners learn from each "
	    "other, and the town pays for it.\n");
	CHECK(L.v[0].cls == L_HEAD);
	mark("The plan is short.\n\nEquipping the Gardeners\n"
	    "a. Training of Trainers\nb. Tools for the Schools\n\n");
	CHECK(L.v[2].cls == L_HEAD);
	/* A line the next line carries on is no heading: a bracket and a
	 * lower-case word, a first word that closes the sentence, a comma
	 * and a lower-case word, a line as wide as a narrow column. */
	mark("The Department of Garden Defense\n(DGD) will be in charge of "
	    "the tools.\n\nMore text follows here, and it ends.\n");
	CHECK(L.v[0].cls == L_TEXT);
	mark("Agencies and the Local Garden\nUnits. They have a role to play "
	    "in it.\n\nMore text follows here, and it ends.\n");
	CHECK(L.v[0].cls == L_TEXT);
	mark("Through this Plan, the Garden\nBoard will build trust in the "
	    "town.\n\nMore text follows here, and it ends.\n");
	CHECK(L.v[0].cls == L_TEXT);
	mark("The plan is short.\n\nPurpose of the Plan\nThe Masterplan is a response to the needs of the town "
	    "and its gardens.\n\nMore text follows here, and it ends.\n");
	CHECK(L.v[2].cls == L_HEAD);
	/* A numbered heading with a comma over its paragraph stays one. */
	mark("The plan is short.\n\n2.1 Threats, risks and harms\nThe threats "
	    "to the town are many and we name them here in this part.\n");
	CHECK(L.v[2].cls == L_HEAD);
	/* Across a blank line: the line before ends on a function word. */
	mark("The members set out the rules of the club, which are discussed "
	    "in\n\nSection 4.\n\nThe board will update the list each year, "
	    "and the members vote on it.\n");
	CHECK(L.v[2].cls == L_TEXT);
	/* A date, a name with an initial, a line opening with "Word,": text;
	 * a title over its page number among others: contents, not a
	 * heading. */
	mark("Vienna, 2021\n\nThe plan was adopted by the council and it "
	    "starts now, as planned.\n");
	CHECK(L.v[0].cls == L_TEXT);
	mark("RODOLFO A. GARDENER\n\nThe secretary of the gardens has led "
	    "the office since the year began.\n");
	CHECK(L.v[0].cls == L_TEXT);
	mark("Overview\n7\nThe threat environment\n10\nConsultation\n15\n\n"
	    "Text of the plan begins here, and it is long enough to be prose.\n");
	CHECK(L.v[0].cls != L_HEAD && L.v[2].cls != L_HEAD);

	/* Two title-like lines, the second ending its block: one heading
	 * of two lines. */
	mark("The plan is short.\n\nGLOBAL AND REGIONAL\nTHREAT LANDSCAPE\n\n"
	    "This section names the threats that the town faces in the "
	    "region, and what it does.\n");
	CHECK(L.v[2].cls == L_HEAD && L.v[2].cont == 1 &&
	    L.v[3].cls == L_TEXT);
	/* A chapter marker over a sentence is an article of the text; over
	 * a title, a heading. */
	mark("Treaty\n\nThe parties agreed on these terms.\n\n"
	    "ARTICLE I. The old power will give up all claim to the island.\n\n"
	    "ARTICLE II. Scope of the Treaty\n\nThe treaty covers the whole "
	    "island and the waters around it.\n");
	CHECK(L.v[4].cls == L_TEXT && L.v[6].cls == L_HEAD);

	/* "Table of Contents" over its entries (a block) heads them. */
	mark("The plan is short.\n\nTable of Contents\nMinister's foreword\n4\n"
	    "Overview\n6\n\nThe plan begins here, and it is long enough to be "
	    "prose.\n");
	CHECK(L.v[2].cls == L_HEAD);

	/* Paths: roman chapters above arabic ones used before them; a
	 * dotted number that would go back is put after the last path. */
	mark("Plan\n\n1. Purpose\n\nThe plan sets out what the club does.\n\n"
	    "II. The Aims\n\nThe aims are few.\n\n1. Friendship\n\n"
	    "Members help each other.\n");
	CHECK(strcmp(paths(), "0 0.1 2 2.1") == 0);
	mark("Strategy\n\n1.1  Scope\n\nThe scope is wide.\n\n"
	    "1  Introduction\n\nThe strategy starts here.\n\n1.2  Goals\n\n"
	    "The goals are set.\n\n2  Aims\n\nThe aims are many.\n");
	CHECK(strcmp(paths(), "0 1.1 2 2.1 3") == 0);
	mark("Strategy\n\n1  One\n\nText one.\n\n1.1  One One\n\nText.\n\n"
	    "2  Two\n\nText two.\n\n2.1  Two One\n\nText.\n");
	CHECK(strcmp(paths(), "0 1 1.1 2 2.1") == 0);

	doclines_free(&L);
	printf("test_heading: %d checks passed\n", nchecks);
	return 0;
}
