/*
 * wire-json -- records to JSON Lines, one object per record, with the
 * field names of wire(5), for jq and friends.
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
"usage: wire-json [--skip-bad] [file ...]\n"
"\n"
"Write each wire record as one JSON object per line, with the field\n"
"names of wire(5); numbers are JSON numbers.  Records of kinds wire does\n"
"not define keep their extra fields in an array \"fields\".\n"
"\n"
"      --skip-bad  skip malformed records (warn once) instead of failing\n"
"  -h, --help      show this help\n"
"      --version   show the version\n";

/* Field names after the four leading ones, by kind (see wire(5)). */
static const char *const doc_names[] = { "site", "title" };
static const char *const para_names[] = { "offset", "length" };
static const char *const sent_names[] = { "offset", "length", "text" };
static const char *const ent_names[] = {
	"start", "end", "type", "canonical", "text" };
static const char *const quote_names[] = {
	"endpara", "endsent", "start", "end", "type", "speaker", "org",
	"cue", "text" };
static const char *const mark_names[] = { "decision", "reason" };

static const char *const *
names_of(enum rec_kind k)
{
	switch (k) {
	case REC_DOC:		return doc_names;
	case REC_PARA:		return para_names;
	case REC_SENTENCE:	return sent_names;
	case REC_ENTITY:	return ent_names;
	case REC_QUOTE:		return quote_names;
	case REC_MARK:		return mark_names;
	default:		return NULL;
	}
}

static struct buf line = BUF_INIT;

static void
json_string(const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char c;
	size_t i, start = 0;

	buf_putc(&line, '"');
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_put(&line, s + start, i - start);
		start = i + 1;
		switch (c) {
		case '"':  buf_puts(&line, "\\\""); break;
		case '\\': buf_puts(&line, "\\\\"); break;
		case '\n': buf_puts(&line, "\\n"); break;
		case '\r': buf_puts(&line, "\\r"); break;
		case '\t': buf_puts(&line, "\\t"); break;
		default:
			buf_puts(&line, "\\u00");
			buf_putc(&line, hex[c >> 4]);
			buf_putc(&line, hex[c & 15]);
		}
	}
	buf_put(&line, s + start, len - start);
	buf_putc(&line, '"');
}

static void
json_value(const struct rec *r, size_t i)
{
	/* Numbers are numbers, also in kinds of the user's own. */
	if (rec_field_numeric(r->kind, i) ||
	    ((i == F_PARA || i == F_SENT) && rec_num(r, i) >= 0))
		buf_putnum(&line, rec_num(r, i));
	else
		json_string(r->f[i].s, r->f[i].len);
}

static void
json_member(const char *name, const struct rec *r, size_t i)
{
	if (i > 0)
		buf_putc(&line, ',');
	json_string(name, strlen(name));
	buf_putc(&line, ':');
	json_value(r, i);
}

static void
json_record(const struct rec *r, void *unused)
{
	static const char *const lead[] = { "id", "kind", "para", "sent" };
	const char *const *names = names_of(r->kind);
	size_t i;

	buf_reset(&line);
	buf_putc(&line, '{');
	for (i = 0; i < REC_MINFIELDS; i++)
		json_member(lead[i], r, i);
	if (names != NULL) {
		for (; i < r->nf; i++)
			json_member(names[i - REC_MINFIELDS], r, i);
	} else {
		/* A kind of the user's own: the rest as an array. */
		buf_puts(&line, ",\"fields\":[");
		for (; i < r->nf; i++) {
			if (i > REC_MINFIELDS)
				buf_putc(&line, ',');
			json_string(r->f[i].s, r->f[i].len);
		}
		buf_putc(&line, ']');
	}
	buf_putc(&line, '}');
	out_bytes(line.data, line.len);
	out_end();
}

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [--skip-bad] [file ...]\n", getprogname());
	exit(WIRE_USAGE);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "skip-bad",	no_argument, NULL, 'S' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int ch, flags = 0, rval;

	out_init();
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(help);
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

	rval = rec_each(argc, argv, flags, json_record, NULL);
	buf_free(&line);
	out_close();
	return rval;
}
