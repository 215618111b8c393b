#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input.h"
#include "utf8.h"
#include "xalloc.h"

/* The default source: read(2) on the stream's descriptor. */
static ssize_t
read_fd(void *arg, char *buf, size_t size)
{
	return read(fileno(((struct input *)arg)->fp), buf, size);
}

struct input *
input_open(const char *path)
{
	struct input *in;
	FILE *fp;

	if (path == NULL || strcmp(path, "-") == 0) {
		fp = stdin;
		path = "stdin";
	} else if ((fp = fopen(path, "r")) == NULL) {
		warn("%s", path);
		return NULL;
	}
	in = xcalloc(1, sizeof(*in));
	in->fp = fp;
	in->name = xstrdup(path);
	in->readfn = read_fd;
	in->readarg = in;
	return in;
}

/*
 * The next line, terminator included, in *s and *len; 0 at the end.
 * Lines are read with read(2) in large blocks and handed out where
 * they lie: getline(3) would lock the stream and copy each one, which
 * costs as much as some filters' work on it.  The byte after the line
 * is in the buffer, so the caller may write a NUL there.
 */
static int
next_line(struct input *in, char **s, size_t *len)
{
	char *nl;
	ssize_t n;

	for (;;) {
		/* A long line comes in many reads: look at each byte once. */
		if (in->bscan < in->bpos)
			in->bscan = in->bpos;
		if (in->bscan < in->blen && (nl = memchr(in->blk + in->bscan,
		    '\n', in->blen - in->bscan)) != NULL) {
			*s = in->blk + in->bpos;
			*len = (size_t)(nl - *s) + 1;
			in->bpos += *len;
			return 1;
		}
		in->bscan = in->blen;
		if (in->eof) {
			if (in->bpos == in->blen)
				return 0;
			*s = in->blk + in->bpos;
			*len = in->blen - in->bpos;
			in->bpos = in->blen;
			return 1;
		}
		/* Keep the start of a line; make room for more of it. */
		if (in->bpos > 0) {
			memmove(in->blk, in->blk + in->bpos,
			    in->blen - in->bpos);
			in->blen -= in->bpos;
			in->bscan -= in->bpos;
			in->bpos = 0;
		}
		if (in->bcap - in->blen < INPUT_BUFSIZE / 2) {
			in->bcap = in->bcap == 0 ? INPUT_BUFSIZE : in->bcap * 2;
			in->blk = xreallocarray(in->blk, in->bcap, 1);
		}
		/* One byte stays free for the NUL after a last line. */
		n = in->readfn(in->readarg, in->blk + in->blen,
		    in->bcap - in->blen - 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			err(1, "%s", in->name);
		if (n == 0)
			in->eof = 1;
		in->blen += (size_t)n;
	}
}

int
input_line(struct input *in, char **s, size_t *len)
{
	size_t l, skip = 0, term = 0, good;
	char *p;

	if (!next_line(in, &p, &l))
		return 0;
	in->lineno++;
	in->offset = in->next;
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
	free(in->blk);
	buf_free(&in->line);
	free(in->name);
	free(in);
	return rv;
}
