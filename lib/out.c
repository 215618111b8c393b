#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "out.h"
#include "rec.h"
#include "tsv.h"

#define OUT_FLUSH_AT	(64 * 1024)

static struct buf obuf;
static int	  at_line_start = 1;
static int	  closed;

static void
out_flush(void)
{
	size_t off = 0;
	ssize_t n;

	while (off < obuf.len) {
		n = write(STDOUT_FILENO, obuf.data + off, obuf.len - off);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			/* SIGPIPE ignored by our parent: still go quietly. */
			if (errno == EPIPE)
				_exit(1);
			obuf.len = 0;
			closed = 1;
			err(1, "write error on stdout");
		}
		off += (size_t)n;
	}
	obuf.len = 0;
}

static void
out_atexit(void)
{
	/* Flush what an early exit (a fatal input error) left behind. */
	if (!closed)
		out_flush();
}

void
out_init(void)
{
	/*
	 * A parent that ignores SIGPIPE (Python's subprocess does) would
	 * otherwise turn "| head -1" into a write error.
	 */
	signal(SIGPIPE, SIG_DFL);
	buf_grow(&obuf, OUT_FLUSH_AT + 4096);
	atexit(out_atexit);
}

static void
maybe_flush(void)
{
	if (obuf.len >= OUT_FLUSH_AT)
		out_flush();
}

void
out_field(const char *s, size_t len)
{
	if (!at_line_start)
		buf_putc(&obuf, '\t');
	at_line_start = 0;
	tsv_escape(&obuf, s, len);
}

void
out_str(const char *s)
{
	out_field(s, strlen(s));
}

void
out_num(long long n)
{
	if (!at_line_start)
		buf_putc(&obuf, '\t');
	at_line_start = 0;
	buf_putnum(&obuf, n);
}

void
out_end(void)
{
	buf_putc(&obuf, '\n');
	at_line_start = 1;
	maybe_flush();
}

void
out_head(const char *id, size_t idlen, const char *kind, long long para,
    long long sent)
{
	out_field(id, idlen);
	out_str(kind);
	out_num(para);
	out_num(sent);
}

void
out_rec(const struct rec *r)
{
	buf_put(&obuf, r->raw, r->rawlen);
	buf_putc(&obuf, '\n');
	at_line_start = 1;
	maybe_flush();
}

void
out_bytes(const char *s, size_t len)
{
	buf_put(&obuf, s, len);
	at_line_start = 0;
	maybe_flush();
}

void
out_close(void)
{
	out_flush();
	closed = 1;
	buf_free(&obuf);
	if (close(STDOUT_FILENO) == -1 && errno != EBADF)
		err(1, "stdout");
}
