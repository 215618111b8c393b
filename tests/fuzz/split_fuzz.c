/*
 * split_fuzz -- libFuzzer target for wire-split's core: paragraphs
 * (lib/para.c) and sentences (lib/sentseg.c).
 * Links: buf utf8 para sentseg xalloc
 *
 * The first byte chooses the paragraph mode (auto, line, blank); the
 * rest, repaired to valid UTF-8 as lib/input.c would, is the document.
 * Paragraphs must be non-empty, in order, disjoint, inside the text and
 * without white space at their ends; sentences the same inside their
 * paragraph, covering every byte of it that is not white space; every
 * span starts and ends on a character boundary.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "para.h"
#include "sentseg.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct sentseg *ss;
static struct para_ctx pctx = PARA_CTX_INIT;
static struct spans paras = SPANS_INIT, sents = SPANS_INIT;

static int
cont(const char *s, size_t i, size_t len)
{
	return i < len && ((unsigned char)s[i] & 0xC0) == 0x80;
}

/* Is there white space at either end of s[off, off + len)? */
static int
ragged(const char *s, size_t off, size_t len)
{
	size_t last = off + len - 1;

	while (last > off && cont(s, last, off + len))
		last--;
	return para_space(s, off, off + len) != 0 ||
	    para_space(s, last, off + len) != 0;
}

/* Is s[from, to) all white space? */
static int
blank(const char *s, size_t from, size_t to)
{
	size_t n;

	while (from < to) {
		if ((n = para_space(s, from, to)) == 0)
			return 0;
		from += n;
	}
	return 1;
}

static void
check_span(const char *s, size_t len, size_t lo, size_t hi,
    const struct span *sp)
{
	if (sp->len == 0 || sp->off < lo || sp->off > hi ||
	    sp->len > hi - sp->off || sp->off + sp->len > len)
		abort();
	if (cont(s, sp->off, len) || cont(s, sp->off + sp->len, len))
		abort();
	if (ragged(s, sp->off, sp->len))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum para_mode modes[] = { PARA_AUTO, PARA_LINE,
	    PARA_BLANK };
	struct buf text = BUF_INIT;
	size_t p, i, start = 0, prev, end;
	const char *s;

	if (size < 1)
		return 0;
	if (ss == NULL)
		ss = sentseg_new();
	buf_put(&text, "", 0);
	utf8_repair(&text, (const char *)data + 1, size - 1);
	s = text.data;
	if (text.len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		start = 3;
	para_split(&pctx, s, text.len, start, modes[data[0] % 3], &paras);
	prev = start;
	for (p = 0; p < paras.n; p++) {
		check_span(s, text.len, prev, text.len, &paras.v[p]);
		end = paras.v[p].off + paras.v[p].len;
		sentseg_split(ss, s, paras.v[p].off, paras.v[p].len, &sents);
		if (sents.n == 0)
			abort();
		prev = paras.v[p].off;
		for (i = 0; i < sents.n; i++) {
			check_span(s, text.len, prev, end, &sents.v[i]);
			if (!blank(s, prev, sents.v[i].off))
				abort();
			prev = sents.v[i].off + sents.v[i].len;
		}
		if (prev != end)
			abort();
	}
	buf_free(&text);
	return 0;
}
