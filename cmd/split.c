/*
 * wire-split -- documents to paragraph and sentence records.
 *
 * Each document is read whole into one buffer (reused for the next
 * document), cut into paragraphs (lib/para.c) and each paragraph into
 * sentences (lib/sentseg.c); the records carry byte offsets into the
 * document's text, so later filters can map everything back to the
 * source.  Memory is about twice the size of the largest document (its
 * text and the line reader's buffer) plus a small constant, whatever
 * the number of documents.
 */
#include <err.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "cli.h"
#include "input.h"
#include "out.h"
#include "para.h"
#include "sentseg.h"
#include "tsv.h"
#include "wire.h"

static const char help[] =
"usage: wire-split [-r] [--id NAME] [--paragraphs=auto|line|blank] [--text]\n"
"                  [--skip-bad] [file ...]\n"
"\n"
"Cut documents into paragraphs and sentences and write doc, para and\n"
"sentence records (see wire(5)).  Each file is one document whose id is\n"
"the path as given; no file or \"-\" reads one document from stdin.\n"
"\n"
"  -r, --records          input lines are documents: ID<TAB>TEXT or\n"
"                         ID<TAB>TITLE<TAB>TEXT with @tsv escapes\n"
"      --id NAME          id of the document read from stdin (default -)\n"
"      --paragraphs=MODE  auto (default: detect per document), line (one\n"
"                         paragraph per line) or blank (blank lines\n"
"                         separate paragraphs, lines are joined)\n"
"      --text             print only the sentences, one per line; a line\n"
"                         holding only a form feed ends a document and is\n"
"                         echoed after its sentences\n"
"      --skip-bad         skip malformed -r lines (warn once) instead of\n"
"                         failing\n"
"  -h, --help             show this help\n"
"      --version          show the version\n";

static int		 rflag;		/* -r: one document per line */
static int		 tflag;		/* --text */
static int		 skipbad;	/* --skip-bad */
static const char	*stdin_id = "-";
static enum para_mode	 pmode = PARA_AUTO;

typedef unsigned char v16 __attribute__((vector_size(16)));

static struct sentseg	*ss;
static struct para_ctx	 pctx = PARA_CTX_INIT;
static struct spans	 paras = SPANS_INIT;
static struct spans	 sents = SPANS_INIT;
static struct buf	 doc = BUF_INIT;	/* the document's text */
static struct buf	 head = BUF_INIT;	/* a record's leading fields */
static unsigned long	 nbad;			/* malformed -r lines */

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [-r] [--id NAME] "
	    "[--paragraphs=auto|line|blank] [--text] [--skip-bad] "
	    "[file ...]\n", getprogname());
	exit(WIRE_USAGE);
}

/*
 * The site of a document id: the host of a URL without "www.", else
 * the directory part of a path, else "".
 */
static void
site_of(const char *id, size_t len, const char **site, size_t *slen)
{
	const char *p, *host, *end;
	size_t i;

	*site = id;
	*slen = 0;
	p = memchr(id, ':', len);
	if (p != NULL && (size_t)(id + len - p) > 3 && p[1] == '/' &&
	    p[2] == '/' && p > id) {
		for (i = 0; id + i < p; i++)
			if (!((id[i] | 0x20) >= 'a' && (id[i] | 0x20) <= 'z') &&
			    !(i > 0 && ((id[i] >= '0' && id[i] <= '9') ||
			    id[i] == '+' || id[i] == '-' || id[i] == '.')))
				goto path;
		host = p + 3;
		for (end = host; end < id + len && *end != '/' &&
		    *end != '?' && *end != '#'; end++)
			if (*end == '@')
				host = end + 1;
		for (p = host; p < end && *p != ':'; p++)
			continue;
		end = p;
		if (end - host > 4 && strncasecmp(host, "www.", 4) == 0)
			host += 4;
		*site = host;
		*slen = (size_t)(end - host);
		return;
	}
path:
	for (i = len; i > 0; i--)
		if (id[i - 1] == '/')
			break;
	if (i > 1) {
		*slen = i - 1;
		return;
	}
	if (i == 1)
		*slen = 1;	/* "/x": the root */
}

/*
 * Append s to b as sentence text: TAB LF VT FF CR become a space and,
 * unless raw, a backslash is escaped as the record format wants.
 */
static void
put_text(struct buf *b, const char *s, size_t len, int raw)
{
	static unsigned char special[256];
	const unsigned char *u = (const unsigned char *)s;
	size_t i, start = 0;
	char *w;

	if (special['\t'] == 0) {
		special['\t'] = special['\n'] = special['\v'] =
		    special['\f'] = special['\r'] = 1;
		special['\\'] = 2;
	}
	buf_grow(b, 2 * len);
	w = b->data + b->len;
	for (i = 0; i < len; i++) {
		/*
		 * Skip sixteen bytes at a time while none is below 0x20 or
		 * a backslash (vector compares: SSE2 on x86-64).
		 */
		while (i + 16 <= len) {
			v16 x, m;
			uint64_t lo, hi;

			memcpy(&x, u + i, 16);
			m = (v16)(x < 0x20) | (v16)(x == '\\');
			memcpy(&lo, &m, 8);
			memcpy(&hi, (unsigned char *)&m + 8, 8);
			if (lo != 0) {
				i += (size_t)__builtin_ctzll(lo) / 8;
				break;
			}
			if (hi != 0) {
				i += 8 + (size_t)__builtin_ctzll(hi) / 8;
				break;
			}
			i += 16;
		}
		if (i >= len)
			break;
		if (special[u[i]] == 0)
			continue;
		memcpy(w, s + start, i - start);
		w += i - start;
		if (special[u[i]] == 1)
			*w++ = ' ';
		else {
			*w++ = '\\';
			if (!raw)
				*w++ = '\\';
		}
		start = i + 1;
	}
	memcpy(w, s + start, len - start);
	w += len - start;
	b->len = (size_t)(w - b->data);
}

/* Write TAB and the decimal number n to w; returns the end. */
static char *
put_num(char *w, size_t n)
{
	char tmp[24], *p = tmp + sizeof(tmp);
	size_t len;

	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	*w++ = '\t';
	len = (size_t)(tmp + sizeof(tmp) - p);
	memcpy(w, p, len);
	return w + len;
}

/* Split one document and write its records (or its sentences). */
static void
split_doc(const char *id, size_t idlen, const char *title, size_t tlen,
    const char *text, size_t len, size_t start)
{
	const char *site;
	size_t slen, p, s, idend = 0;
	char *w;

	para_split(&pctx, text, len, start, pmode, &paras);
	if (!tflag) {
		site_of(id, idlen, &site, &slen);
		out_head(id, idlen, "doc", 0, 0);
		out_field(site, slen);
		out_field(title, tlen);
		out_end();
		/*
		 * The escaped id is kept, and each para and sentence record's
		 * head is built after it and written in one piece: this is
		 * the hot path.
		 */
		buf_reset(&head);
		tsv_escape(&head, id, idlen);
		idend = head.len;
	}
	for (p = 0; p < paras.n; p++) {
		sentseg_split(ss, text, paras.v[p].off, paras.v[p].len, &sents);
		if (!tflag) {
			head.len = idend;
			buf_grow(&head, 5 + 4 * 24);
			w = head.data + head.len;
			memcpy(w, "\tpara", 5);
			w = put_num(w + 5, p + 1);
			w = put_num(w, 0);
			w = put_num(w, paras.v[p].off);
			w = put_num(w, paras.v[p].len);
			out_bytes(head.data, (size_t)(w - head.data));
			out_end();
		}
		for (s = 0; s < sents.n; s++) {
			const struct span *sp = &sents.v[s];

			if (!tflag) {
				head.len = idend;
				buf_grow(&head, 9 + 4 * 24 + 1);
				w = head.data + head.len;
				memcpy(w, "\tsentence", 9);
				w = put_num(w + 9, p + 1);
				w = put_num(w, s + 1);
				w = put_num(w, sp->off);
				w = put_num(w, sp->len);
				*w++ = '\t';
				head.len = (size_t)(w - head.data);
			} else
				head.len = 0;
			put_text(&head, text + sp->off, sp->len, tflag);
			out_bytes(head.data, head.len);
			out_end();
		}
	}
}

/* A line holding only a form feed: the --text batch separator. */
static int
is_formfeed(const char *s, size_t len)
{
	return tflag && len == 1 && s[0] == '\f';
}

/* Read one file as documents (one, or several split by form feeds). */
static int
split_file(const char *path)
{
	struct input *in;
	const char *id;
	char *s;
	size_t len, start = 0;

	if ((in = input_open(path)) == NULL)
		return -1;
	id = strcmp(path, "-") == 0 ? stdin_id : path;
	buf_reset(&doc);
	while (input_line(in, &s, &len)) {
		if (in->lineno == 1 && in->had_bom) {
			buf_put(&doc, "\xEF\xBB\xBF", 3);
			start = 3;
		}
		if (is_formfeed(s, len)) {
			split_doc(id, strlen(id), "", 0,
			    doc.data == NULL ? "" : doc.data, doc.len, start);
			out_bytes("\f", 1);
			out_end();
			buf_reset(&doc);
			start = 0;
			continue;
		}
		buf_put(&doc, s, len);
		if (in->crlf)
			buf_put(&doc, "\r\n", 2);
		else if (in->newline)
			buf_putc(&doc, '\n');
	}
	/* After a batch's last form feed there is no further document. */
	if (!(tflag && doc.len == 0 && in->lineno > 0))
		split_doc(id, strlen(id), "", 0,
		    doc.data == NULL ? "" : doc.data, doc.len, start);
	return input_close(in);
}

/* Complain about a malformed -r line, or count it with --skip-bad. */
static void
bad_line(const struct input *in, const char *why)
{
	if (!skipbad)
		errx(WIRE_ERROR, "%s: malformed line: %s", input_where(in), why);
	nbad++;
}

/* Read one file of ID<TAB>[TITLE<TAB>]TEXT lines. */
static int
split_records(const char *path)
{
	struct input *in;
	char *s, *t1, *t2, *title = NULL, *text;
	size_t len, idlen, tlen = 0, xlen, bad;

	if ((in = input_open(path)) == NULL)
		return -1;
	while (input_line(in, &s, &len)) {
		if (is_formfeed(s, len)) {
			out_bytes("\f", 1);
			out_end();
			continue;
		}
		if ((t1 = memchr(s, '\t', len)) == NULL) {
			bad_line(in, "no TAB after the id");
			continue;
		}
		text = t1 + 1;
		xlen = len - (size_t)(text - s);
		if ((t2 = memchr(text, '\t', xlen)) != NULL) {
			title = text;
			tlen = (size_t)(t2 - title);
			text = t2 + 1;
			xlen = len - (size_t)(text - s);
			if (memchr(text, '\t', xlen) != NULL) {
				bad_line(in, "more than 3 fields");
				continue;
			}
		} else {
			title = text;
			tlen = 0;
		}
		idlen = (size_t)(t1 - s);
		if (tsv_unescape(s, &idlen, &bad) == -1 ||
		    tsv_unescape(title, &tlen, &bad) == -1 ||
		    tsv_unescape(text, &xlen, &bad) == -1) {
			bad_line(in, "bad escape");
			continue;
		}
		split_doc(s, idlen, title, tlen, text, xlen, 0);
	}
	return input_close(in);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "records",	no_argument,		NULL, 'r' },
		{ "id",		required_argument,	NULL, 'I' },
		{ "paragraphs",	required_argument,	NULL, 'P' },
		{ "text",	no_argument,		NULL, 'T' },
		{ "skip-bad",	no_argument,		NULL, 'S' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, rval = WIRE_OK, r;

	out_init();
	while ((ch = getopt_long(argc, argv, "hr", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(help);
		case 'I':
			stdin_id = optarg;
			break;
		case 'P':
			if (strcmp(optarg, "auto") == 0)
				pmode = PARA_AUTO;
			else if (strcmp(optarg, "line") == 0)
				pmode = PARA_LINE;
			else if (strcmp(optarg, "blank") == 0)
				pmode = PARA_BLANK;
			else {
				warnx("--paragraphs: %s: not auto, line or "
				    "blank", optarg);
				usage();
			}
			break;
		case 'r':
			rflag = 1;
			break;
		case 'S':
			skipbad = 1;
			break;
		case 'T':
			tflag = 1;
			break;
		case 'V':
			cli_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	ss = sentseg_new();
	if (argc == 0) {
		r = rflag ? split_records("-") : split_file("-");
		if (r == -1)
			rval = WIRE_ERROR;
	}
	for (; argc > 0; argc--, argv++) {
		r = rflag ? split_records(*argv) : split_file(*argv);
		if (r == -1)
			rval = WIRE_ERROR;
	}
	if (nbad > 0)
		warnx("skipped %lu malformed line%s", nbad,
		    nbad == 1 ? "" : "s");
	sentseg_free(ss);
	para_ctx_free(&pctx);
	spans_free(&paras);
	spans_free(&sents);
	buf_free(&doc);
	buf_free(&head);
	out_close();
	return rval;
}
