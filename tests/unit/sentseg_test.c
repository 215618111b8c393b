/*
 * sentseg_test.c -- the sentence rules, one rule at a time.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "para.h"
#include "sentseg.h"

static struct sentseg *ss;
static struct spans sp = SPANS_INIT;

/* Split text as one paragraph and join the sentences with " | ". */
static const char *
split(const char *text)
{
	static char out[4096];
	size_t i, n = 0;

	sentseg_split(ss, text, 0, strlen(text), &sp);
	out[0] = '\0';
	for (i = 0; i < sp.n; i++) {
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%.*s",
		    i > 0 ? " | " : "", (int)sp.v[i].len, text + sp.v[i].off);
		if (n >= sizeof(out))
			break;
	}
	return out;
}

#define SPLIT(text, want) STR_EQ(split(text), (want), (text))

int
main(void)
{
	ss = sentseg_new();

	/* The tables. */
	OK(sentseg_abbrev(ss, "Mr", 2) & SENTSEG_TITLE, "Mr is a title");
	OK(sentseg_abbrev(ss, "Inc", 3) & SENTSEG_AMBIG, "Inc may end");
	OK(sentseg_abbrev(ss, "No", 2) & SENTSEG_NUM, "No before numbers");
	OK(sentseg_abbrev(ss, "e.g", 3) & SENTSEG_NEVER, "e.g never ends");
	OK(sentseg_abbrev(ss, "p.m", 3) & SENTSEG_TIME, "p.m is a time");
	OK(sentseg_abbrev(ss, "The", 3) & SENTSEG_STARTER, "The starts");
	OK(sentseg_abbrev(ss, "Hi", 2) & SENTSEG_GREET, "Hi greets");
	INT_EQ(sentseg_abbrev(ss, "table", 5), 0, "not an abbreviation");
	INT_EQ(sentseg_abbrev(ss, "mr", 2), 0, "tables are case-sensitive");

	/* Plain ends. */
	SPLIT("One. Two! Three? Four", "One. | Two! | Three? | Four");
	SPLIT("What?! Really?? Yes!!", "What?! | Really?? | Yes!!");
	SPLIT("  Spaces around.   Trimmed.  ", "Spaces around. | Trimmed.");
	SPLIT("", "");
	SPLIT("No end at all", "No end at all");

	/* Abbreviations. */
	SPLIT("Mr. Okafor and Dr. Varga met Gen. Pike.",
	    "Mr. Okafor and Dr. Varga met Gen. Pike.");
	SPLIT("See No. 7 on p. 12 today.", "See No. 7 on p. 12 today.");
	SPLIT("They met on Jan. 9 and Feb. 2.", "They met on Jan. 9 and Feb. 2.");
	SPLIT("Fruit, e.g. Apples, sells.", "Fruit, e.g. Apples, sells.");
	SPLIT("He joined Kestrel Inc. The firm grew.",
	    "He joined Kestrel Inc. | The firm grew.");
	SPLIT("Kestrel Inc. Chairman Hale spoke.",
	    "Kestrel Inc. Chairman Hale spoke.");
	SPLIT("Ask Jo and co. at the desk.", "Ask Jo and co. at the desk.");
	SPLIT("Back in the U.K. We were home.",
	    "Back in the U.K. | We were home.");
	SPLIT("The U.K. Treasury said no.", "The U.K. Treasury said no.");
	SPLIT("She left the U.S.A. in May.", "She left the U.S.A. in May.");
	SPLIT("A non-U.S. bank and an EU-U.S. deal.",
	    "A non-U.S. bank and an EU-U.S. deal.");

	/* Times. */
	SPLIT("By 6 a.m. Mr. Hale was up. He ate at 7 p.m. Mr. Hale slept.",
	    "By 6 a.m. Mr. Hale was up. | He ate at 7 p.m. | "
	    "Mr. Hale slept.");
	SPLIT("We met at 5 p.m. in town.", "We met at 5 p.m. in town.");

	/* Initials. */
	SPLIT("Alan J. Pryce spoke.", "Alan J. Pryce spoke.");
	SPLIT("J. Pryce spoke.", "J. Pryce spoke.");
	SPLIT("It was she and I. Then we ate.",
	    "It was she and I. | Then we ate.");
	SPLIT("Take vitamin C. It helps.", "Take vitamin C. | It helps.");
	SPLIT("Go to 12 W. Main Street.", "Go to 12 W. Main Street.");

	/* Numbers, addresses, URLs, file names. */
	SPLIT("It cost $3.50 in 2024. Prices rose.",
	    "It cost $3.50 in 2024. | Prices rose.");
	SPLIT("Mail jo.doe@example.org. She answers.",
	    "Mail jo.doe@example.org. | She answers.");
	SPLIT("Go to https://ex.example/a.html. It is there.",
	    "Go to https://ex.example/a.html. | It is there.");
	SPLIT("Open report.PDF now.", "Open report.PDF now.");
	SPLIT("Open notes.txt. Then close it.",
	    "Open notes.txt. | Then close it.");

	/* Missing space after a period. */
	SPLIT("The storm came.JO LEE/WIRE", "The storm came. | JO LEE/WIRE");
	SPLIT("We sold 1,000.Then we stopped.",
	    "We sold 1,000. | Then we stopped.");
	SPLIT("It is Monday.Mr. Hale is back.",
	    "It is Monday. | Mr. Hale is back.");
	SPLIT("See www.Example.com for more.", "See www.Example.com for more.");
	SPLIT("It held (for now).Then it broke.",
	    "It held (for now). | Then it broke.");
	/* A period at the very start (found by the fuzzer: read before). */
	SPLIT(".Mr. Hale came.", ".Mr. Hale came.");
	SPLIT(".Then it ended.", ".Then it ended.");

	/* Quotes and brackets. */
	SPLIT("\"It is done.\" She left.", "\"It is done.\" | She left.");
	SPLIT("\"It is done.\" she said.", "\"It is done.\" she said.");
	SPLIT("\xe2\x80\x9cWe go.\xe2\x80\x9d Then silence.",
	    "\xe2\x80\x9cWe go.\xe2\x80\x9d | Then silence.");
	SPLIT("\xe2\x80\x9cWe go. You stay,\xe2\x80\x9d he said.",
	    "\xe2\x80\x9cWe go. | You stay,\xe2\x80\x9d he said.");
	SPLIT("He sings (He always did.) at night.",
	    "He sings (He always did.) at night.");
	SPLIT("That is Jo Jr.'s car.", "That is Jo Jr.'s car.");
	SPLIT("Buy Yahoo! shares? No.", "Buy Yahoo! shares? | No.");

	/* Lower case after a period starts a sentence in web text. */
	SPLIT("it was fine. then it broke.", "it was fine. | then it broke.");
	SPLIT("great!! i love it", "great!! | i love it");

	/* Ellipses. */
	SPLIT("Wait... what now?", "Wait... what now?");
	SPLIT("He left... The door shut.", "He left... | The door shut.");
	SPLIT("So . . . I stayed.", "So . . . I stayed.");
	SPLIT("The end. . . . A new start.", "The end. | . . . A new start.");
	SPLIT("It stops . . . . Then more.", "It stops . . . . | Then more.");
	SPLIT("He said [...] nothing.", "He said [...] nothing.");
	SPLIT("Gone\xe2\x80\xa6 Then back.", "Gone\xe2\x80\xa6 | Then back.");

	/* Lists and bullets. */
	SPLIT("1. Eggs 2. Milk 3. Bread", "1. Eggs | 2. Milk | 3. Bread");
	SPLIT("1) Eggs. 2) Milk.", "1) Eggs. | 2) Milk.");
	SPLIT("a. red b. green", "a. red | b. green");
	SPLIT("\xe2\x80\xa2 one \xe2\x80\xa2 two",
	    "\xe2\x80\xa2 one | \xe2\x80\xa2 two");
	SPLIT("He scored 2. Then 3.", "He scored 2. | Then 3.");

	/* Marks of web and e-mail text. */
	SPLIT("Nice one :) See you.", "Nice one :) | See you.");
	SPLIT("Nice one :) see you.", "Nice one :) see you.");
	SPLIT("Hi Ann, Thanks for this.", "Hi Ann, | Thanks for this.");
	SPLIT("Well, The end.", "Well, The end.");
	SPLIT("Read it <<plan.doc>> Call me.",
	    "Read it | <<plan.doc>> | Call me.");
	SPLIT("Jo <jo@ex.example> 03/15/2001 04:17 PM Hello there.",
	    "Jo <jo@ex.example> | 03/15/2001 04:17 PM | Hello there.");
	SPLIT("At 9:41 AM GMT it fell.", "At 9:41 AM GMT it fell.");
	SPLIT("See <<a.doc>> <<b.doc>> Then call.",
	    "See | <<a.doc>> <<b.doc>> | Then call.");
	SPLIT("gas providers,? producers,? and more.",
	    "gas providers,? producers,? and more.");
	SPLIT("is it new?how old is it?", "is it new? | how old is it?");
	SPLIT("Open page.php?id=3 now.", "Open page.php?id=3 now.");
	SPLIT("It was over....Then rain.", "It was over.... | Then rain.");
	SPLIT("It grows...Which helps.", "It grows...Which helps.");
	SPLIT("I waited ... I left.", "I waited ... | I left.");

	/* Offsets are into the text given, from the paragraph's start. */
	sentseg_split(ss, "xx One. Two.", 3, 9, &sp);
	INT_EQ(sp.n, 2, "two sentences");
	INT_EQ(sp.v[0].off, 3, "first offset");
	INT_EQ(sp.v[1].off, 8, "second offset");
	INT_EQ(sp.v[1].len, 4, "second length");

	spans_free(&sp);
	sentseg_free(ss);
	return harness_done();
}
