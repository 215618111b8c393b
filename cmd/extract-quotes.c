/*
 * wire-extract-quotes -- quotations and their speakers: one quote
 * record per quotation after each document's records.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "out.h"
#include "quote.h"
#include "rec.h"
#include "wire.h"

static const char help[] =
"usage: wire-extract-quotes [-ai] [--skip-bad] [file ...]\n"
"\n"
"Find every quotation in each document of a record stream (after wire split\n"
"and, better, wire tag-entities) with its speaker and cue.  All records pass\n"
"through; after each document's last record come its quote records:\n"
"ID quote P S ENDPARA ENDSENT START END TYPE SPEAKER ORG CUE TEXT.\n"
"\n"
"  -a, --all       also titles and scare or naming quotes (type title, term)\n"
"  -i, --indirect  also reported speech without marks (type indirect)\n"
"      --skip-bad  skip malformed records (warn once) instead of failing\n"
"  -h, --help      show this help\n"
"      --version   show the version\n";

static int	qflags;

static struct quote_doc doc;
static struct buf docid = BUF_INIT;	/* document being buffered */
static int	 indoc;
static size_t	 sentoff;		/* offset of the last sentence */
static int	 havesent;

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [-ai] [--skip-bad] [file ...]\n",
	    getprogname());
	exit(WIRE_USAGE);
}

/* Make the document text at least n bytes long, newlines outside. */
static void
text_extend(size_t n)
{
	struct buf *t = &doc.text;

	if (n <= t->len)
		return;
	buf_grow(t, n - t->len);
	memset(t->data + t->len, '\n', n - t->len);
	t->len = n;
	t->data[n] = '\0';
}

/* Find the quotes of the buffered document and write them. */
static void
flush_doc(void)
{
	struct quote *q;
	size_t i;

	if (!indoc)
		return;
	quote_find(&doc, qflags);
	for (i = 0; i < doc.nq; i++) {
		q = &doc.q[i];
		out_head(docid.data, docid.len, "quote", q->p, q->s);
		out_num(q->endp);
		out_num(q->ends);
		out_num((long long)q->start);
		out_num((long long)q->end);
		out_str(quote_type_name(q->type));
		out_field(doc.strs.data + q->speaker, q->speakerlen);
		out_field(doc.strs.data + q->org, q->orglen);
		out_field(doc.strs.data + q->cue, q->cuelen);
		out_field(doc.strs.data + q->text, q->textlen);
		out_end();
	}
	quote_doc_reset(&doc);
	indoc = 0;
	havesent = 0;
}

/* Largest offset we accept: a document beyond this is not text. */
#define MAXOFF	((long long)1 << 40)

static void
add_rec(const struct rec *r, void *unused)
{
	long long off, len, s, e;

	if (!indoc || r->f[F_ID].len != docid.len ||
	    memcmp(r->f[F_ID].s, docid.data, docid.len) != 0) {
		flush_doc();
		buf_reset(&docid);
		buf_put(&docid, r->f[F_ID].s, r->f[F_ID].len);
		indoc = 1;
	}
	out_rec(r);
	switch (r->kind) {
	case REC_PARA:
		off = rec_num(r, PARA_OFFSET);
		len = rec_num(r, PARA_LENGTH);
		if (off < 0 || len < 0 || off + len > MAXOFF)
			break;
		/* Paragraphs must come in order; ignore any that do not. */
		if (doc.npara > 0 && (size_t)off < doc.paras[doc.npara - 1].off +
		    doc.paras[doc.npara - 1].len)
			break;
		text_extend((size_t)(off + len));
		memset(doc.text.data + off, ' ', (size_t)len);
		quote_add_para(&doc, (size_t)off, (size_t)len, r->para);
		break;
	case REC_SENTENCE:
		off = rec_num(r, SENT_OFFSET);
		len = (long long)r->f[SENT_TEXT].len;
		if (off < 0 || off + len > MAXOFF)
			break;
		if (doc.npara == 0 || (size_t)off < doc.paras[doc.npara - 1].off ||
		    (size_t)(off + len) > doc.paras[doc.npara - 1].off +
		    doc.paras[doc.npara - 1].len) {
			/* No paragraph record around it: make one. */
			if (doc.npara > 0 && (size_t)off <
			    doc.paras[doc.npara - 1].off +
			    doc.paras[doc.npara - 1].len)
				break;
			text_extend((size_t)(off + len));
			quote_add_para(&doc, (size_t)off, (size_t)len,
			    r->para);
		}
		memcpy(doc.text.data + off, r->f[SENT_TEXT].s, (size_t)len);
		quote_add_sent(&doc, (size_t)off, (size_t)len, r->para,
		    r->sent);
		sentoff = (size_t)off;
		havesent = 1;
		break;
	case REC_ENTITY:
		s = rec_num(r, ENT_START);
		e = rec_num(r, ENT_END);
		if (!havesent || s < 0 || e < s ||
		    sentoff + (size_t)e > doc.text.len)
			break;
		quote_add_ent(&doc, sentoff + (size_t)s, sentoff + (size_t)e,
		    quote_ent_type(r->f[ENT_TYPE].s, r->f[ENT_TYPE].len),
		    r->f[ENT_CANON].s, r->f[ENT_CANON].len);
		break;
	default:
		break;
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "all",	no_argument, NULL, 'a' },
		{ "indirect",	no_argument, NULL, 'i' },
		{ "skip-bad",	no_argument, NULL, 'S' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, flags = 0, rval;

	out_init();
	while ((ch = getopt_long(argc, argv, "ahi", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			qflags |= QUOTE_F_ALL;
			break;
		case 'h':
			cli_help(help);
		case 'i':
			qflags |= QUOTE_F_INDIRECT;
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

	rval = rec_each(argc, argv, flags, add_rec, NULL);
	flush_doc();
	quote_doc_free(&doc);
	buf_free(&docid);
	out_close();
	return rval;
}
