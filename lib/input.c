#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "utf8.h"
#include "xalloc.h"

struct input *
input_open(const char *path)
{
	struct input *in;
	FILE *fp;

	static char stdinbuf[INPUT_BUFSIZE];
	static int stdinbuffered;
	char *iobuf = NULL;

	if (path == NULL || strcmp(path, "-") == 0) {
		fp = stdin;
		path = "stdin";
		/* setvbuf(3) only before the first read of the stream. */
		if (!stdinbuffered) {
			setvbuf(stdin, stdinbuf, _IOFBF, sizeof(stdinbuf));
			stdinbuffered = 1;
		}
	} else if ((fp = fopen(path, "r")) == NULL) {
		warn("%s", path);
		return NULL;
	} else {
		/*
		 * Large reads: stdio's default is one 4 KiB read(2) per
		 * block, and a system call costs more than the filters'
		 * work on those bytes.
		 */
		iobuf = xmalloc(INPUT_BUFSIZE);
		setvbuf(fp, iobuf, _IOFBF, INPUT_BUFSIZE);
	}
	in = xcalloc(1, sizeof(*in));
	in->fp = fp;
	in->iobuf = iobuf;
	in->name = xstrdup(path);
	return in;
}

int
input_line(struct input *in, char **s, size_t *len)
{
	ssize_t n;
	size_t l, skip = 0, term = 0, good;
	char *p;

	errno = 0;
	if ((n = getline(&in->raw, &in->rawcap, in->fp)) == -1) {
		if (ferror(in->fp))
			err(1, "%s", in->name);
		return 0;
	}
	in->lineno++;
	in->offset = in->next;
	p = in->raw;
	l = (size_t)n;
	in->newline = in->crlf = 0;
	if (l > 0 && p[l - 1] == '\n') {
		l--;
		term++;
		in->newline = 1;
		if (l > 0 && p[l - 1] == '\r') {
			l--;
			term++;
			in->crlf = 1;
		}
	}
	if (in->lineno == 1 && l >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		skip = 3;
		in->had_bom = 1;
		in->offset += 3;
	}
	p += skip;
	l -= skip;
	p[l] = '\0';
	good = utf8_valid_prefix(p, l);
	if (good < l) {
		buf_reset(&in->line);
		in->repaired += utf8_repair(&in->line, p, l);
		p = in->line.data;
		l = in->line.len;
	}
	in->next = in->offset + l + term;
	*s = p;
	*len = l;
	return 1;
}

const char *
input_where(const struct input *in)
{
	static char where[4096];

	snprintf(where, sizeof(where), "%s:%lu", in->name, in->lineno);
	return where;
}

int
input_close(struct input *in)
{
	int rv = 0;

	if (in == NULL)
		return 0;
	if (in->repaired > 0)
		warnx("%s: replaced %zu invalid UTF-8 or NUL byte%s with U+FFFD",
		    in->name, in->repaired, in->repaired == 1 ? "" : "s");
	if (in->fp != stdin && fclose(in->fp) == EOF) {
		warn("%s", in->name);
		rv = -1;
	}
	free(in->iobuf);
	free(in->raw);
	buf_free(&in->line);
	free(in->name);
	free(in);
	return rv;
}
