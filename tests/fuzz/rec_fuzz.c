/*
 * rec_fuzz -- libFuzzer target for the record reader (lib/input.c and
 * lib/rec.c with REC_SKIPBAD).
 * Links: buf utf8 tsv input rec xalloc
 *
 * The input after the first two bytes is written to a memfd and read
 * twice through rec_open("/proc/self/fd/N"): once as it is, once
 * through a read function that hands it over in pieces, so the reader
 * sees every way a pipe could cut the data.  The first byte chooses the
 * pieces (low two bits: whole, byte by byte, pseudo-random sizes seeded
 * by the second byte, or 4096-byte blocks); both reads must give the
 * same records, the same skipped count and the same line numbers.
 * Every record must obey rec.h: at least four fields, valid UTF-8
 * without NUL, its kind's field count and numbers; a line without
 * escapes is its fields joined by TABs.
 */
#include <sys/mman.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "rec.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct chunker {
	const uint8_t	*p;
	size_t		 left;
	int		 mode;
	uint32_t	 seed;
};

static ssize_t
chunk_read(void *cookie, char *out, size_t size)
{
	struct chunker *c = cookie;
	size_t n;

	switch (c->mode) {
	case 1:
		n = 1;
		break;
	case 2:
		c->seed = c->seed * 1103515245u + 12345u;
		n = 1 + (c->seed >> 16) % 97;
		break;
	default:
		n = 4096;
		break;
	}
	if (n > size)
		n = size;
	if (n > c->left)
		n = c->left;
	memcpy(out, c->p, n);
	c->p += n;
	c->left -= n;
	return (ssize_t)n;
}

static void
check(const struct rec *r)
{
	static const size_t nf[] = { 0, 6, 6, 7, 9, 13, 6 };
	size_t i, at;
	int plain = memchr(r->raw, '\\', r->rawlen) == NULL;

	if (r->nf < REC_MINFIELDS)
		abort();
	for (i = 0, at = 0; i < r->nf; i++) {
		if (utf8_valid_prefix(r->f[i].s, r->f[i].len) != r->f[i].len)
			abort();
		if (!plain)
			continue;
		if (at + r->f[i].len > r->rawlen ||
		    memcmp(r->raw + at, r->f[i].s, r->f[i].len) != 0 ||
		    memchr(r->f[i].s, '\t', r->f[i].len) != NULL)
			abort();
		at += r->f[i].len;
		if (i + 1 < r->nf && (at >= r->rawlen || r->raw[at++] != '\t'))
			abort();
	}
	if (plain && at != r->rawlen)
		abort();
	if (rec_kind(r->f[F_KIND].s, r->f[F_KIND].len) != r->kind)
		abort();
	if (memchr(r->raw, '\n', r->rawlen) != NULL)
		abort();
	if (r->kind == REC_OTHER)
		return;
	if ((size_t)r->kind >= sizeof(nf) / sizeof(nf[0]) ||
	    r->nf != nf[r->kind] || r->para < 0 || r->sent < 0)
		abort();
	for (i = 0; i < r->nf; i++)
		if (rec_field_numeric(r->kind, i) && rec_num(r, i) < 0)
			abort();
}

/* Read every record of fd, in pieces if c is not NULL, into out. */
static void
readall(int fd, struct chunker *c, struct buf *out)
{
	struct rec_in *ri;
	struct rec r;
	char path[64];
	size_t i;

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if ((ri = rec_open(path, REC_SKIPBAD)) == NULL)
		abort();
	if (c != NULL) {
		ri->in->readfn = chunk_read;
		ri->in->readarg = c;
	}
	while (rec_read(ri, &r)) {
		check(&r);
		buf_putnum(out, (long long)ri->in->lineno);
		buf_putc(out, ' ');
		buf_putnum(out, (long long)ri->in->offset);
		buf_putc(out, ' ');
		buf_putnum(out, r.kind);
		buf_putc(out, ' ');
		buf_putnum(out, r.para);
		buf_putc(out, ' ');
		buf_putnum(out, r.sent);
		for (i = 0; i < r.nf; i++) {
			buf_putc(out, ' ');
			buf_putnum(out, (long long)r.f[i].len);
			buf_putc(out, ':');
			buf_put(out, r.f[i].s, r.f[i].len);
		}
		buf_putc(out, '\n');
	}
	buf_puts(out, "skipped ");
	buf_putnum(out, (long long)ri->skipped);
	buf_puts(out, " lines ");
	buf_putnum(out, (long long)ri->in->lineno);
	if (rec_close(ri) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf whole = BUF_INIT, pieces = BUF_INIT;
	static int fd = -1;
	struct chunker c;

	if (size < 2)
		return 0;
	c.mode = data[0] & 3;
	c.seed = data[1];
	c.p = data + 2;
	c.left = size - 2;
	/* One memfd for all runs: emptied and refilled each time. */
	if (fd == -1 && (fd = memfd_create("rec_fuzz", 0)) == -1)
		abort();
	if (ftruncate(fd, 0) == -1)
		abort();
	if (c.left > 0 && pwrite(fd, c.p, c.left, 0) != (ssize_t)c.left)
		abort();
	readall(fd, NULL, &whole);
	if (c.mode != 0) {
		readall(fd, &c, &pieces);
		if (whole.len != pieces.len ||
		    memcmp(whole.data, pieces.data, whole.len) != 0)
			abort();
	}
	buf_free(&whole);
	buf_free(&pieces);
	return 0;
}
