/*
 * quote_test.c -- unit tests for lib/quote.c: the lexicon, mark
 * pairing, titles and terms, cues and speakers.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "quote.h"

static struct quote_doc doc;

/*
 * Load paragraphs (separated by '\n' in text) as one document, one
 * sentence per paragraph, and find its quotes.
 */
static void
load(const char *text, int flags)
{
	const char *p = text, *nl;
	long long pn = 1;
	size_t off;

	quote_doc_reset(&doc);
	buf_puts(&doc.text, text);
	for (;;) {
		nl = strchr(p, '\n');
		off = (size_t)(p - text);
		if (nl == NULL)
			nl = p + strlen(p);
		if (nl > p) {
			quote_add_para(&doc, off, (size_t)(nl - p), pn);
			quote_add_sent(&doc, off, (size_t)(nl - p), pn, 1);
			pn++;
		}
		if (*nl == '\0')
			break;
		p = nl + 1;
	}
	quote_find(&doc, flags);
}

#define FIELD(q, f)	(doc.strs.data + (q)->f)
#define LEN(q, f)	((q)->f##len)

/* Check quote i: its text, speaker and cue. */
static void
check(size_t i, const char *text, const char *speaker, const char *cue,
    const char *name)
{
	char what[200];
	struct quote *q;

	snprintf(what, sizeof(what), "%s: quote %zu exists", name, i);
	OK(i < doc.nq, what);
	if (i >= doc.nq)
		return;
	q = &doc.q[i];
	snprintf(what, sizeof(what), "%s: text", name);
	MEM_EQ(FIELD(q, text), LEN(q, text), text, strlen(text), what);
	snprintf(what, sizeof(what), "%s: speaker", name);
	MEM_EQ(FIELD(q, speaker), LEN(q, speaker), speaker, strlen(speaker),
	    what);
	snprintf(what, sizeof(what), "%s: cue", name);
	MEM_EQ(FIELD(q, cue), LEN(q, cue), cue, strlen(cue), what);
}

static void
test_lexicon(void)
{
	OK(quote_lex("said", 4) & QLEX_SPEECH, "said is a cue");
	OK(quote_lex("SAID", 4) & QLEX_SPEECH, "any case");
	OK(quote_lex("saying", 6) & QLEX_PART, "saying is a participle");
	OK(quote_lex("dubbed", 6) & QLEX_TERM, "dubbed names a term");
	OK(quote_lex("he", 2) & QLEX_PRON, "he is a pronoun");
	OK(quote_lex("she", 3) & QLEX_FEM, "she is feminine");
	OK(quote_lex("Mr.", 3) & QLEX_ABBR, "Mr. is an abbreviation");
	OK(quote_lex("Sen.", 4) & QLEX_TITLE, "Sen. is a title");
	OK(quote_lex("show", 4) & QLEX_TCTX, "show is title context");
	OK(quote_lex("they\xe2\x80\x99re", 9) == quote_lex("they're", 7),
	    "curly apostrophe counts as straight");
	INT_EQ(quote_lex("zzzz", 4), 0, "unknown word");
	INT_EQ(quote_lex("", 0), 0, "empty word");
	/* A word listed twice has both classes. */
	OK((quote_lex("the", 3) & (QLEX_DET | QLEX_STOP)) ==
	    (QLEX_DET | QLEX_STOP), "classes merge");
}

static void
test_names(void)
{
	STR_EQ(quote_type_name(QUOTE_DIRECT), "direct", "direct");
	STR_EQ(quote_type_name(QUOTE_PARTIAL), "partial", "partial");
	STR_EQ(quote_type_name(QUOTE_INDIRECT), "indirect", "indirect");
	STR_EQ(quote_type_name(QUOTE_TITLE), "title", "title");
	STR_EQ(quote_type_name(QUOTE_TERM), "term", "term");
	INT_EQ(quote_ent_type("PERSON", 6), QENT_PERSON, "PERSON");
	INT_EQ(quote_ent_type("ORG", 3), QENT_ORG, "ORG");
	INT_EQ(quote_ent_type("GPE", 3), QENT_GPE, "GPE");
	INT_EQ(quote_ent_type("DATE", 4), QENT_OTHER, "DATE");
}

static void
test_styles(void)
{
	load("\xe2\x80\x9c" "A b c,\xe2\x80\x9d Ann Lee said.", 0);
	INT_EQ(doc.nq, 1, "curly double");
	check(0, "A b c,", "Ann Lee", "said", "curly");
	INT_EQ(doc.q[0].start, 3, "content starts after the mark");
	INT_EQ(doc.q[0].end, 9, "content ends before the mark");

	load("\"A b c,\" said Ann Lee.", 0);
	check(0, "A b c,", "Ann Lee", "said", "straight, inverted cue");

	load("\xe2\x80\x98\xe2\x80\x98They\xe2\x80\x99re here,"
	    "\xe2\x80\x99\xe2\x80\x99 Ann Lee said.", 0);
	INT_EQ(doc.nq, 1, "doubled single marks, apostrophe inside");
	check(0, "They\xe2\x80\x99re here,", "Ann Lee", "said", "doubled");

	load("``A b,'' Ann Lee said.", 0);
	check(0, "A b,", "Ann Lee", "said", "backticks");

	load("''A b,'' Ann Lee said.", 0);
	check(0, "A b,", "Ann Lee", "said", "two apostrophes");

	load("\xc2\xab" "A b\xc2\xbb, Ann Lee said.", 0);
	check(0, "A b", "Ann Lee", "said", "guillemets");

	load("\xe2\x80\x9c" "A b,\xe2\x80\x99\xe2\x80\x99 Ann Lee said.", 0);
	check(0, "A b,", "Ann Lee", "said", "mismatched open/close");

	load("\xe2\x80\x9c" "He said \xe2\x80\x98no\xe2\x80\x99 twice,"
	    "\xe2\x80\x9d Ann Lee said.", 0);
	INT_EQ(doc.nq, 1, "nested single quote is inside");

	load("\"Her \xe2\x80\x9c" "big\xe2\x80\x9d day,\" Ann Lee said.", 0);
	INT_EQ(doc.nq, 1, "typographic marks nested in ASCII ones");
	check(0, "Her \xe2\x80\x9c" "big\xe2\x80\x9d day,", "Ann Lee", "said",
	    "nested family");
}

static void
test_structure(void)
{
	/* One quotation over two paragraphs. */
	load("\xe2\x80\x9c" "First part.\n\xe2\x80\x9c" "Second part,"
	    "\xe2\x80\x9d Ann Lee said.", 0);
	INT_EQ(doc.nq, 1, "multi-paragraph is one quote");
	check(0, "First part. Second part,", "Ann Lee", "said", "multi");
	if (doc.nq > 0) {
		INT_EQ(doc.q[0].p, 1, "starts in paragraph 1");
		INT_EQ(doc.q[0].endp, 2, "ends in paragraph 2");
	}

	/* Interrupted by its cue: two quotes, one speaker. */
	load("\"One,\" Ann Lee said. \"Two.\"", 0);
	INT_EQ(doc.nq, 2, "interrupted quote is two");
	check(1, "Two.", "Ann Lee", "said", "second part inherits");

	/* A paragraph of quote only continues the speaker before, with
	 * its cue and organisation. */
	load("\"One,\" Ann Lee said.\n\"Two.\"", 0);
	check(1, "Two.", "Ann Lee", "said", "cue-less paragraph");
	load("\"One,\" a spokesman for the Leeds Rowing Club said.\n"
	    "\"Two.\"", 0);
	check(1, "Two.", "a spokesman for the Leeds Rowing Club", "said",
	    "cue-less paragraph, nominal");
	if (doc.nq == 2)
		MEM_EQ(FIELD(&doc.q[1], org), LEN(&doc.q[1], org),
		    "Leeds Rowing Club", 17, "organisation carried over");

	/* A quote left open at the end of the text ends there. */
	load("Ann Lee said: \"never closed", 0);
	INT_EQ(doc.nq, 1, "unclosed quote");
	check(0, "never closed", "Ann Lee", "said", "unclosed");
}

static void
test_kinds(void)
{
	load("She spoke on CBS\xe2\x80\x99s \"Face the Nation\" about it.", 0);
	INT_EQ(doc.nq, 0, "programme title is not emitted");
	load("She spoke on CBS\xe2\x80\x99s \"Face the Nation\" about it.",
	    QUOTE_F_ALL);
	INT_EQ(doc.nq, 1, "title with --all");
	if (doc.nq == 1)
		INT_EQ(doc.q[0].type, QUOTE_TITLE, "type title");

	load("A policy critics have dubbed \"quiet pressure\" failed.",
	    QUOTE_F_ALL);
	if (doc.nq == 1)
		INT_EQ(doc.q[0].type, QUOTE_TERM, "dubbed: term");

	load("Ann Lee called the plan \"empty\" on Monday.", 0);
	INT_EQ(doc.nq, 1, "one-word partial quote with a cue");
	if (doc.nq == 1)
		INT_EQ(doc.q[0].type, QUOTE_PARTIAL, "type partial");
	check(0, "empty", "Ann Lee", "called", "one-word");

	load("Ann Lee said on Friday that the plan would work.",
	    QUOTE_F_INDIRECT);
	INT_EQ(doc.nq, 1, "indirect speech with -i");
	if (doc.nq == 1)
		INT_EQ(doc.q[0].type, QUOTE_INDIRECT, "type indirect");
	check(0, "the plan would work", "Ann Lee", "said", "indirect");
	load("Ann Lee said on Friday that the plan would work.", 0);
	INT_EQ(doc.nq, 0, "no indirect speech without -i");
}

static void
test_speakers(void)
{
	load("Ann Lee, speaking in Leeds, said \"we will win.\"", 0);
	check(0, "we will win.", "Ann Lee", "said", "parenthetical");

	load("According to Ann Lee, \"we will win.\"", 0);
	check(0, "we will win.", "Ann Lee", "According to", "according to");

	load("Ann Lee: \"We will win.\"", 0);
	check(0, "We will win.", "Ann Lee", ":", "colon layout");

	load("Secretary of State Ann Lee arrived.\nThe talks went on.\n"
	    "\"We will win,\" she said.", 0);
	check(0, "We will win,", "Ann Lee", "said",
	    "pronoun two paragraphs back, title dropped");

	load("Mr. Bo Tan met Ms. Ann Lee.\n\"We will win,\" she said.", 0);
	check(0, "We will win,", "Ann Lee", "said", "pronoun gender");

	load("Ann Lee arrived.\n\"We will win,\" Lee said.", 0);
	check(0, "We will win,", "Ann Lee", "said", "surname completed");

	load("\"We will win,\" a spokesman for the Leeds Rowing Club was "
	    "quoted as saying.", 0);
	check(0, "We will win,", "a spokesman for the Leeds Rowing Club",
	    "was quoted as saying", "nominal speaker");
	if (doc.nq == 1)
		MEM_EQ(FIELD(&doc.q[0], org), LEN(&doc.q[0], org),
		    "Leeds Rowing Club", 17, "organisation of nominal");

	/* Regression: someone named in a subordinate clause is not what
	 * a later pronoun means. */
	load("Dan Roe arrived.\n\"Yes,\" he said.\nTalks, he said, need "
	    "patience, such as when Bo Tan visited Rome.\n"
	    "\"We will win,\" he added.", 0);
	check(1, "We will win,", "Dan Roe", "added", "subordinate clause");

	/* Regression: a participle after a cue with its own speaker. */
	load("Bo Tan left early, Ann Lee said, adding, \"He was tired.\"", 0);
	check(0, "He was tired.", "Ann Lee", "adding", "said, adding");

	/* Regression: the cue phrase keeps its object. */
	load("\"Yes,\" Ann Lee told reporters.", 0);
	check(0, "Yes,", "Ann Lee", "told reporters", "told reporters");

	/* Regression: a quote right after a sentence starts one. */
	load("It rained. \"Yes,\" Ann Lee said.", 0);
	if (doc.nq == 1)
		INT_EQ(doc.q[0].type, QUOTE_DIRECT, "direct after a sentence");

	/* Regression: a time between speaker and cue. */
	load("Ann Lee last week said it was \"a mess.\"", 0);
	check(0, "a mess.", "Ann Lee", "said", "time before the cue");

	/* Entities give the canonical name. */
	quote_doc_reset(&doc);
	buf_puts(&doc.text, "\"Yes,\" Lee said.");
	quote_add_para(&doc, 0, doc.text.len, 1);
	quote_add_sent(&doc, 0, doc.text.len, 1, 1);
	quote_add_ent(&doc, 7, 10, QENT_PERSON, "Ann Lee", 7);
	quote_find(&doc, 0);
	check(0, "Yes,", "Ann Lee", "said", "entity canonical name");
}

/* Rules for the speaker that came from errors on real news text. */
static void
test_speaker_rules(void)
{
	/* A prepositional phrase before a participle is no speaker. */
	load("Dan Roe has battled the mayor, at one point calling him "
	    "a \"liar.\"", 0);
	check(0, "liar.", "Dan Roe", "", "prepositional phrase");
	load("Bo Tan arrived.\nHis support nationwide and in key states "
	    "means \"we are winning,\" he said.", 0);
	check(0, "we are winning,", "Bo Tan", "said",
	    "no speaker from a preposition");

	/* The object of a verb before a participle cue is no speaker:
	 * the verb's subject is. */
	load("Later, Ann Lee revised her statement explaining that she had "
	    "\"no records.\"", 0);
	check(0, "no records.", "Ann Lee", "explaining",
	    "object before a participle");

	/* After a quote, a participle's object is no speaker. */
	load("Ann Lee gave a defense of \"old values,\" saying the city "
	    "embodied them.", 0);
	check(0, "old values,", "Ann Lee", "", "participle after a quote");

	/* The object of a preposition is no antecedent. */
	load("Bo Tan, 33, of Carl Hill, dismissed it.\n\"No,\" he said.",
	    0);
	check(0, "No,", "Bo Tan", "said", "pronoun skips a prepositional "
	    "object");

	/* Who a reported clause is about is no antecedent. */
	load("Dan Roe said Bo Tan has never helped.\n\"We will win,\" he "
	    "said.", 0);
	check(0, "We will win,", "Dan Roe", "said",
	    "pronoun skips the subject of a reported clause");
	load("\"No,\" said Dan Roe.\n\"We will win,\" he said.", 0);
	check(1, "We will win,", "Dan Roe", "said",
	    "inverted cue still makes a subject");

	/* A party tag with periods between commas. */
	load("\"We will win,\" Dan Roe, D-Ore., said.", 0);
	check(0, "We will win,", "Dan Roe", "said", "party tag with periods");

	/* A quote with no cue after a sentence: that sentence's
	 * subject, not the last speaker. */
	load("\"No,\" said Dan Roe.\nBo Tan touted his record. \"We will "
	    "win.\"", 0);
	check(1, "We will win.", "Bo Tan", "", "subject of the sentence "
	    "before");
	load("\"No,\" said Dan Roe.\nThe talks went on. \"We will "
	    "win.\"", 0);
	check(1, "We will win.", "Dan Roe", "said", "no subject before: "
	    "the last speaker");

	/* "the Swede" is someone named before; "the Saudis" are not. */
	load("Bo Tan arrived.\n\"No,\" the Swede said.", 0);
	check(0, "No,", "Bo Tan", "said", "the Swede");
	load("Bo Tan arrived.\n\"No,\" the Saudis said.", 0);
	check(0, "No,", "Saudis", "said", "the Saudis: a plural");

	/* "the judge": the last person named with that title. */
	load("Judge Ann Berman heard the case.\nBo Tan spoke for hours.\n"
	    "\"Denied,\" the judge said.", 0);
	check(0, "Denied,", "Ann Berman", "said", "the judge");
	load("Sen. Bo Tan arrived.\nGov. Dan Roe spoke.\n"
	    "\"No,\" the senator said.", 0);
	check(0, "No,", "Bo Tan", "said", "the senator: Sen.");
	load("Bo Tan, the senator from Leeds, arrived.\nDan Roe spoke.\n"
	    "\"No,\" the senator said.", 0);
	check(0, "No,", "Bo Tan", "said", "the senator: apposition");
	load("Bo Tan arrived.\n\"No,\" the senator said.", 0);
	check(0, "No,", "the senator", "said",
	    "the senator: nobody with the title");

	/* An organisation with a given name is a person. */
	quote_doc_reset(&doc);
	buf_puts(&doc.text, "Ann Lee met Bo Tan.\n\"Yes,\" she said.");
	quote_add_para(&doc, 0, 19, 1);
	quote_add_sent(&doc, 0, 19, 1, 1);
	quote_add_para(&doc, 20, doc.text.len - 20, 2);
	quote_add_sent(&doc, 20, doc.text.len - 20, 2, 1);
	quote_add_ent(&doc, 0, 7, QENT_ORG, "Ann Lee", 7);
	quote_add_ent(&doc, 12, 18, QENT_PERSON, "Bo Tan", 6);
	quote_find(&doc, 0);
	check(0, "Yes,", "Ann Lee", "said", "organisation named as a person");
}

int
main(void)
{
	test_lexicon();
	test_names();
	test_styles();
	test_structure();
	test_kinds();
	test_speakers();
	test_speaker_rules();
	quote_doc_free(&doc);
	return harness_done();
}
