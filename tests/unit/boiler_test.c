/*
 * boiler_test.c -- unit tests for lib/boiler.c.
 */
#include <string.h>

#include "boiler.h"
#include "harness.h"

static const char *
classify(const char *text, enum boiler_class *cls)
{
	static struct boiler_para p;

	memset(&p, 0, sizeof(p));
	p.text = text;
	p.len = strlen(text);
	boiler_classify(&p);
	*cls = p.cls;
	return p.reason;
}

static void
test_stopwords(void)
{
	OK(boiler_stopword("the", 3), "the");
	OK(boiler_stopword("The", 3), "The, folded");
	OK(boiler_stopword("would", 5), "would");
	OK(!boiler_stopword("harbour", 7), "harbour");
	OK(!boiler_stopword("", 0), "empty");
	OK(!boiler_stopword("thereinafterwards", 17), "long word");
	/* The hash table must hold every word of the list, in any case. */
	OK(boiler_stopword("ALTHOUGH", 8), "ALTHOUGH, longest, folded");
	OK(boiler_stopword("a", 1), "a, shortest");
	OK(boiler_stopword("yOuR", 4), "yOuR, last, folded");
	OK(boiler_stopword("whose", 5), "whose");
	OK(!boiler_stopword("althoughs", 9), "longer than any stopword");
	OK(!boiler_stopword("th", 2), "prefix of a stopword");
	OK(!boiler_stopword("th\xc3\xa9", 4), "not ASCII");
	OK(!boiler_stopword("the", 2), "length counts, not the NUL");
	/* A NUL ends the word, as the first version's strcmp did. */
	OK(boiler_stopword("a\0xyz", 5), "NUL cuts a short word");
	OK(boiler_stopword("although\0zzzz", 13), "NUL cuts a long word");
	OK(!boiler_stopword("a\0x\xc3\xa9", 5), "not ASCII after a NUL");
}

/*
 * The phrase patterns run only where a trigger string occurs: they
 * must still fire in any letter case, and on the two characters that
 * caseless UTF matching takes for ASCII letters (KELVIN SIGN for k,
 * LONG S for s).
 */
static void
test_prefilter(void)
{
	enum boiler_class cls;

	OK(strcmp(classify("We use coo\xe2\x84\xaaies to give you the best "
	    "experience on our site.", &cls), "cookie") == 0, "Kelvin sign");
	OK(strcmp(classify("\xc5\xbfubscribe to our newsletter for the "
	    "latest news and offers from us", &cls), "subscribe") == 0,
	    "long s");
	OK(strcmp(classify("WE USE COOKIES TO GIVE YOU THE BEST EXPERIENCE "
	    "ON OUR SITE.", &cls), "cookie") == 0, "cookie, capitals");
	OK(strcmp(classify("All Rights Reserved. Copyright 2024 The Harbour "
	    "Ledger and its owners.", &cls), "legal") == 0, "legal");
	OK(strcmp(classify("Skip To Main Content of this page now", &cls),
	    "nav") == 0, "nav, title case");
	OK(strcmp(classify("Click To Share this story with your friends and "
	    "family today", &cls), "share") == 0, "share");
	OK(strcmp(classify("A harbour crane (Photo: Marcus Fell) lifts the "
	    "last container", &cls), "credit") == 0, "credit");
	OK(strcmp(classify("Photographer Marcus Fell lifts the last "
	    "container at HARBOUR LEDGER/AFP today", &cls), "credit") == 0,
	    "credit after a slash");
	OK(strcmp(classify("The harbour reopened on Monday after a week of "
	    "repairs to the crane.", &cls), "prose") == 0, "no trigger");
}

static void
test_credit(void)
{
	OK(boiler_credit("KIMIMASA MAYAMA/EPA", 19), "NAME/AGENCY");
	OK(boiler_credit("MARCUS FELL/HARBOUR LEDGER", 26), "agency of two words");
	OK(!boiler_credit("and/or", 6), "and/or");
	OK(!boiler_credit("The AC/DC concert", 17), "band name in prose");
	OK(!boiler_credit("Reuters", 7), "no slash");
}

static void
test_classify(void)
{
	enum boiler_class c;

	STR_EQ(classify("Storm Orla: what to expect on the coast this week\xe2\x80\xa6",
	    &c), "teaser", "teaser");
	STR_EQ(classify("jGGiXtGYVr8The US House Ethics Committee has voted to "
	    "release\xe2\x80\xa6", &c), "glued-id", "glued id");
	STR_EQ(classify("We use cookies to improve your experience.", &c),
	    "cookie", "cookie");
	STR_EQ(classify("\xc2\xa9 2026 Harbour Ledger Media. All rights "
	    "reserved.", &c), "legal", "legal");
	STR_EQ(classify("Share this article", &c), "share", "share");
	STR_EQ(classify("Advertisement", &c), "ad", "ad");
	STR_EQ(classify("Home | World | Business | Sport", &c), "menu", "menu");
	STR_EQ(classify("MOST READ STORIES", &c), "caps", "caps");
	STR_EQ(classify("3 Comments", &c), "comments", "comments");
	STR_EQ(classify("The council voted on Tuesday to raise ferry fares by "
	    "3.5 percent from next year.", &c), "prose", "prose");
	INT_EQ(c, BOILER_GOOD, "prose is good");
	STR_EQ(classify("Net 7,168,000 vs 11.3 mln", &c), "figures", "figures");
	STR_EQ(classify("What they said", &c), "short", "short line");
	INT_EQ(c, BOILER_SHORT, "short line class");
	/* A sentence that mentions cookies in passing is still prose. */
	STR_EQ(classify("The bakery sold more than 4,000 cookies on Saturday, "
	    "the owner said.", &c), "prose", "cookies in prose");
}

static void
test_smooth(void)
{
	static const char *page[] = {
		"Skip to main content",
		"Home | News | Sport | Weather",
		"Ferry fares to rise after council vote",
		"The city council voted on Tuesday night to raise ferry fares "
		    "by 3.5 percent from the start of next year.",
		"What they said",
		"The mayor said the boats were older than some of the crew "
		    "who sail them and the repairs would not wait.",
		"Share this article",
		"Related stories",
		"Harbour council backs plan for late-night ferry sailings\xe2\x80\xa6",
	};
	static const int want[] = { 0, 0, 1, 1, 1, 1, 0, 0, 0 };
	struct boiler_para p[9];
	size_t i, n = sizeof(page) / sizeof(page[0]);

	memset(p, 0, sizeof(p));
	for (i = 0; i < n; i++) {
		p[i].text = page[i];
		p[i].len = strlen(page[i]);
		boiler_classify(&p[i]);
	}
	boiler_smooth(p, n, NULL, 0);
	for (i = 0; i < n; i++)
		INT_EQ(p[i].keep, want[i], page[i]);
	STR_EQ(p[2].reason, "headline", "headline reason");
	STR_EQ(p[4].reason, "context", "subheading reason");
	/* No prose at all: keep what no rule called chrome. */
	memset(p, 0, sizeof(p));
	p[0].text = "Shr 72 cts vs 71 cts";
	p[1].text = "Share this article";
	for (i = 0; i < 2; i++) {
		p[i].len = strlen(p[i].text);
		boiler_classify(&p[i]);
	}
	boiler_smooth(p, 2, NULL, 0);
	INT_EQ(p[0].keep, 1, "no-prose keeps figures");
	INT_EQ(p[1].keep, 0, "no-prose drops chrome");
	boiler_smooth(p, 0, NULL, 0);
}

/* Judge lines[0..n) as one document; keep[] gets the decisions. */
static void
judge(const char **lines, size_t n, int *keep, const char **why)
{
	static struct boiler_para p[32];
	size_t i;

	memset(p, 0, sizeof(p));
	for (i = 0; i < n; i++) {
		p[i].text = lines[i];
		p[i].len = strlen(lines[i]);
		boiler_classify(&p[i]);
	}
	boiler_smooth(p, n, NULL, 0);
	for (i = 0; i < n; i++) {
		keep[i] = p[i].keep;
		why[i] = p[i].reason;
	}
}

/*
 * Wire copy: a dateline opens the article, an ad slot between its parts
 * and a closing short sentence do not end it, the agency's sign-off
 * does not hide a sentence end.
 */
static void
test_wire(void)
{
	static const char *doc[] = {
		"Menu",
		"Latest",
		"AUBURN, Wash., March 18 - Qtr ends Jan 31",
		"Shr three cts vs one cent",
		"Qtrly div seven cts vs seven cts prior",
		"Net 106,185 vs 28,871",
		"Revs 46.9 mln vs 30.3 mln",
		"Shr profit three cts vs loss five cts in the prior year",
		"Story continues below advertisement",
		"Oper shr profit 32 cts vs profit eight cts",
		"Net profit 688,000 vs 982,000",
		("NOTE: the company said its year results include a gain of "
		    "two mln dlrs from the sale of its Seattle office building."),
		"Terms were not disclosed.",
		"Share",
		"Copy link",
	};
	static const int want[] = { 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
		0, 0 };
	int keep[32];
	const char *why[32];
	enum boiler_class cls;
	size_t i, n = sizeof(doc) / sizeof(doc[0]);

	judge(doc, n, keep, why);
	for (i = 0; i < n; i++)
		INT_EQ(keep[i], want[i], doc[i]);
	STR_EQ(why[2], "dateline", "dateline reason");
	/* Datelines escape the shape rules; weekdays are words. */
	STR_EQ(classify("EDEN PRAIRIE, MINN., March 24 - Oper shr loss one ct "
	    "vs loss seven cts in the year", &cls), "dateline",
	    "dateline, not stopwords");
	STR_EQ(classify("SAO PAULO, APRIL 9 - THE FOLLOWING RAINFALL WAS "
	    "RECORDED", &cls), "dateline", "dateline, not caps");
	STR_EQ(classify("LONDON (Reuters) - Shares fell", &cls), "dateline",
	    "agency dateline");
	OK(strcmp(classify("MONTREAL, Feb 26 Shr 1.11 dlrs", &cls),
	    "date") != 0, "MONTREAL is no Monday");
	STR_EQ(classify("Monday, March 3, 2025", &cls), "date", "a Monday");
	STR_EQ(classify("Wed. 4 June 2025", &cls), "date", "a Wednesday");
	STR_EQ(classify("04/09/87 10:32 GMT", &cls), "date", "a timestamp");
	OK(strcmp(classify("04/09/87 03/09/87 04/09/87 03/09/87 Usage: Feed",
	    &cls), "date") != 0, "two dates head a table's columns");
	/* "nil" is a figure. */
	STR_EQ(classify("Named-A nil nil 50.0 Unnamed-B nil nil nil Other",
	    &cls), "figures", "nil rows");
	OK(strcmp(classify("Nil by mouth for the patients of the ward", &cls),
	    "figures") != 0, "one nil");
	OK(strcmp(classify("Home - News - Sport", &cls), "dateline") != 0,
	    "menu is no dateline");
	/* The sign-off. */
	STR_EQ(classify("The company said this will identify it with its "
	    "strongest selling brand. reuter", &cls), "prose", "reuter");
	STR_EQ(classify("\"The amounts are peanuts,\" he said at the "
	    "meeting in New York. REUTER...^M", &cls), "prose", "REUTER^M");
	OK(strcmp(classify("A report we sent on the wires to our friends "
	    "at Reuter", &cls), "prose") != 0, "no sentence end before it");
}

int
main(void)
{
	test_stopwords();
	test_prefilter();
	test_credit();
	test_classify();
	test_smooth();
	test_wire();
	return harness_done();
}
