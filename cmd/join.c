/*
 * wire-join -- records back to plain text: each document's paragraphs,
 * one per line, with a blank line between documents.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "out.h"
#include "rec.h"
#include "wire.h"

static const char help[] =
"usage: wire-join [-i] [--skip-bad] [file ...]\n"
"\n"
"Turn wire records back into text: each document's paragraphs, one per\n"
"line (sentences joined as in the source), a blank line between documents.\n"
"\n"
"  -i, --ids       write ID<TAB>paragraph lines, no blank lines\n"
"      --skip-bad  skip malformed records (warn once) instead of failing\n"
"  -h, --help      show this help\n"
"      --version   show the version\n";

static int	iflag;

static struct buf docid = BUF_INIT;	/* document being joined */
static struct buf para = BUF_INIT;	/* paragraph being joined */
static long long parano = -1;		/* its number, -1 if none */
static unsigned long long paraend;	/* end offset of its last sentence */
static int	 ndocs_out;		/* documents with output so far */
static int	 doc_has_output;

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [-i] [--skip-bad] [file ...]\n",
	    getprogname());
	exit(WIRE_USAGE);
}

static void
flush_para(void)
{
	if (parano < 0)
		return;
	if (iflag) {
		out_field(docid.data, docid.len);
		out_field(para.data, para.len);
	} else {
		if (!doc_has_output && ndocs_out > 0)
			out_end();
		out_bytes(para.data, para.len);
	}
	out_end();
	if (!doc_has_output) {
		doc_has_output = 1;
		ndocs_out++;
	}
	buf_reset(&para);
	parano = -1;
}

static void
add_sentence(const struct rec *r, void *unused)
{
	unsigned long long off, len;

	if (r->kind != REC_SENTENCE)
		return;
	if (docid.data == NULL || r->f[F_ID].len != docid.len ||
	    memcmp(r->f[F_ID].s, docid.data, docid.len) != 0) {
		flush_para();
		buf_reset(&docid);
		buf_put(&docid, r->f[F_ID].s, r->f[F_ID].len);
		doc_has_output = 0;
	} else if (r->para != parano)
		flush_para();
	off = (unsigned long long)rec_num(r, SENT_OFFSET);
	len = (unsigned long long)rec_num(r, SENT_LENGTH);
	/* Sentences that touched in the source touch again. */
	if (parano >= 0 && off > paraend)
		buf_putc(&para, ' ');
	buf_put(&para, r->f[SENT_TEXT].s, r->f[SENT_TEXT].len);
	parano = r->para;
	paraend = off + len;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "ids",	no_argument, NULL, 'i' },
		{ "skip-bad",	no_argument, NULL, 'S' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, flags = 0, rval;

	out_init();
	while ((ch = getopt_long(argc, argv, "hi", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(help);
		case 'i':
			iflag = 1;
			break;
		case 'S':
			flags |= REC_SKIPBAD;
			break;
		case 'V':
			cli_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rval = rec_each(argc, argv, flags, add_sentence, NULL);
	flush_para();
	buf_free(&docid);
	buf_free(&para);
	out_close();
	return rval;
}
