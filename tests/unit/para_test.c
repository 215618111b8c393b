/*
 * para_test.c -- paragraph detection in each mode, and the helpers.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "para.h"

static struct para_ctx ctx = PARA_CTX_INIT;
static struct spans sp = SPANS_INIT;
static enum para_mode applied;

/* The paragraphs of text, joined with " | " (newlines shown as "/"). */
static const char *
paras(const char *text, enum para_mode mode)
{
	static char out[4096];
	size_t i, k, n = 0;

	applied = para_split(&ctx, text, strlen(text), 0, mode, &sp);
	out[0] = '\0';
	for (i = 0; i < sp.n && n + 8 < sizeof(out); i++) {
		if (i > 0)
			n += (size_t)snprintf(out + n, sizeof(out) - n, " | ");
		for (k = 0; k < sp.v[i].len && n + 2 < sizeof(out); k++) {
			char c = text[sp.v[i].off + k];

			out[n++] = c == '\n' ? '/' : c;
		}
		out[n] = '\0';
	}
	return out;
}

#define PARAS(text, mode, want) STR_EQ(paras((text), (mode)), (want), (text))

static const char wrapped[] =
    "OFFICE MOVE PLANNED\n"
    "    LONDON, May 4 - The agency said on Monday that it would\n"
    "move its head office to a smaller building next year and cut\n"
    "its rent by a third.\n"
    "    The move had been planned for two years, it said, and the\n"
    "staff had been told in March about the new site.\n"
    "    Rent 1.2 mln vs 1.8 mln\n";

int
main(void)
{
	char sp3[] = "a\xc2\xa0 b \xe2\x80\x83";
	size_t off, len;

	/* White space. */
	INT_EQ(para_space(" x", 0, 2), 1, "space");
	INT_EQ(para_space("\xc2\xa0", 0, 2), 2, "no-break space");
	INT_EQ(para_space("\xe2\x80\x83", 0, 3), 3, "em space");
	INT_EQ(para_space("\xe2\x80\x94", 0, 3), 0, "em dash is not");
	INT_EQ(para_space("x", 0, 1), 0, "letter is not");
	INT_EQ(para_space("\xc2", 0, 1), 0, "truncated is not");
	off = 1;
	len = sizeof(sp3) - 2;
	para_trim(sp3, &off, &len);
	INT_EQ(off, 4, "trim start over NBSP");
	INT_EQ(len, 1, "trim end over em space");

	/* Line mode: every non-blank line. */
	PARAS("One\nTwo\n\n  Three  \n", PARA_LINE, "One | Two | Three");
	PARAS("One\r\nTwo\r\n", PARA_LINE, "One | Two");
	PARAS("", PARA_LINE, "");
	PARAS("\n\n \n", PARA_AUTO, "");
	PARAS("no newline", PARA_AUTO, "no newline");

	/* Blank mode: blocks between blank lines, joined. */
	PARAS("One\nstill one\n\nTwo\n", PARA_BLANK, "One/still one | Two");

	/* Auto: one paragraph per line, errant breaks joined. */
	PARAS("Headline here\nThe story starts on a line and\nends on the "
	    "next one.\n", PARA_AUTO,
	    "Headline here | The story starts on a line and/ends on the "
	    "next one.");
	INT_EQ(applied, PARA_LINE, "scraped text is line mode");
	/* Not when the run never ends a sentence: menu items. */
	PARAS("Home\nnews and views\nabout us\n", PARA_AUTO,
	    "Home | news and views | about us");
	/* Not after a title-like line. */
	PARAS("Rude service\nthey were rude to us.\n", PARA_AUTO,
	    "Rude service | they were rude to us.");

	/* Auto: hard-wrapped text. */
	PARAS(wrapped, PARA_AUTO,
	    "OFFICE MOVE PLANNED | LONDON, May 4 - The agency said on Monday "
	    "that it would/move its head office to a smaller building next "
	    "year and cut/its rent by a third. | The move had been planned "
	    "for two years, it said, and the/staff had been told in March "
	    "about the new site. | Rent 1.2 mln vs 1.8 mln");
	INT_EQ(applied, PARA_BLANK, "wrapped text is joined");
	PARAS(wrapped, PARA_LINE,
	    "OFFICE MOVE PLANNED | LONDON, May 4 - The agency said on Monday "
	    "that it would | move its head office to a smaller building next "
	    "year and cut | its rent by a third. | The move had been planned "
	    "for two years, it said, and the | staff had been told in March "
	    "about the new site. | Rent 1.2 mln vs 1.8 mln");

	/* Offsets start after a BOM when the caller says so. */
	applied = para_split(&ctx, "\xef\xbb\xbfHi.\n", 7, 3, PARA_AUTO, &sp);
	INT_EQ(sp.n, 1, "one paragraph after the BOM");
	INT_EQ(sp.v[0].off, 3, "it starts after the BOM");

	spans_free(&sp);
	para_ctx_free(&ctx);
	return harness_done();
}
