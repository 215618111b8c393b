/*
 * tok_test.c -- the tokenizer: offsets, possessives, clitics, curly
 * quotes, hyphens, abbreviations, initials, numbers.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "tok.h"

static struct tok_list tl = TOK_LIST_INIT;

/* Tokenize s and compare with the tokens in want, separated by '|'. */
static void
check(const char *s, const char *want)
{
	char got[1024];
	size_t i, o = 0, n;

	tok_split(s, strlen(s), &tl);
	for (i = 0; i < tl.n && o + 64 < sizeof(got); i++) {
		if (i > 0)
			got[o++] = '|';
		n = tl.t[i].end - tl.t[i].start;
		memcpy(got + o, s + tl.t[i].start, n);
		o += n;
	}
	got[o] = '\0';
	STR_EQ(got, want, s);
}

int
main(void)
{
	char out[64];
	size_t n;

	check("U.S. officials said", "U.S.|officials|said");
	check("in the U.S.", "in|the|U.S.");
	check("Kerry's aides", "Kerry|'s|aides");
	check("Kerry\xe2\x80\x99s aides", "Kerry|\xe2\x80\x99s|aides");
	check("the Joneses' house", "the|Joneses|'|house");
	check("don't stop", "do|n't|stop");
	check("they'll go", "they|'ll|go");
	check("O'Neill won", "O'Neill|won");
	check("a short-lived truce", "a|short-lived|truce");
	check("J. R. R. Tolkien", "J.|R.|R.|Tolkien");
	check("Mr. Smith and Dr. Jones", "Mr.|Smith|and|Dr.|Jones");
	check("He left. She stayed.", "He|left|.|She|stayed|.");
	check("$1,000.50 or 3.5%", "$|1,000.50|or|3.5|%");
	check("at 10:30 on 1996-08-30", "at|10:30|on|1996-08-30");
	check("AT&T shares", "AT&T|shares");
	check("\xe2\x80\x9cHello,\xe2\x80\x9d he said",
	    "\xe2\x80\x9c|Hello|,|\xe2\x80\x9d|he|said");
	check("wait... no -- yes", "wait|...|no|--|yes");
	check("Z\xc3\xbcrich and S\xc3\xa3o Paulo",
	    "Z\xc3\xbcrich|and|S\xc3\xa3o|Paulo");
	check("a\xc2\xa0" "b", "a|b");
	check("", "");
	check("   ", "");

	/* Offsets are bytes into the input. */
	tok_split("  Kerry's", 9, &tl);
	INT_EQ(tl.n, 2, "offset count");
	INT_EQ(tl.t[0].start, 2, "first start");
	INT_EQ(tl.t[0].end, 7, "first end");
	INT_EQ(tl.t[1].start, 7, "second start");
	INT_EQ(tl.t[1].end, 9, "second end");

	/* Normalisation: curly quotes and dashes become ASCII. */
	n = tok_norm("\xe2\x80\x99s", 4, out);
	MEM_EQ(out, n, "'s", 2, "norm apostrophe");
	n = tok_norm("\xe2\x80\x94", 3, out);
	MEM_EQ(out, n, "-", 1, "norm dash");
	n = tok_norm("Z\xc3\xbcrich", 7, out);
	MEM_EQ(out, n, "Z\xc3\xbcrich", 7, "norm keeps letters");

	tok_free(&tl);
	return harness_done();
}
