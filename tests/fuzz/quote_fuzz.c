/*
 * quote_fuzz -- libFuzzer target for wire-extract-quotes' core, the
 * quotation finder (lib/quote.c, lib/quote_lex.c).
 * Links: quote quote_lex buf utf8 xalloc
 * Plain compares: quote
 *
 * The first byte chooses the entities (bit 0: some capitalised words
 * become entities, their type from the second byte and the word's
 * place), the rest, repaired to valid UTF-8 as lib/input.c would, is
 * the document, laid out as wire-extract-quotes lays it out: a
 * paragraph a non-empty line (newlines outside paragraphs), a sentence
 * wherever ". " cuts it.  quote_find runs with the flags in bits 1-2 of
 * the first byte (one combination per input, so the fuzzer's speed is
 * not spent four times on each: it mutates that byte like any other),
 * twice on the document as it is and once more after another document
 * went through the same struct quote_doc with the other flags (its
 * scratch space is reused), and must give the same result each time.
 * Always:
 *  - quotes are in order of start, start <= end inside the text,
 *    their paragraph and sentence numbers are the document's, the end
 *    not before the start;
 *  - types are known, titles and terms only with QUOTE_F_ALL, reported
 *    speech only with QUOTE_F_INDIRECT;
 *  - speaker, org, cue and text strings lie inside strs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "quote.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct quote_doc doc;
static struct buf saved = BUF_INIT, text = BUF_INIT;

static int
upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
wordc(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || upper(c) || c >= 0x80 || c == '.';
}

/* Lay the document s[0..len) out in doc. */
static void
build(const char *s, size_t len, int ents, unsigned seed)
{
	size_t off, l, i, st, w;
	long long p = 0, sn;
	const char *nl;

	quote_doc_reset(&doc);
	buf_put(&doc.text, s, len);
	for (off = 0; off < len; off += l + 1) {
		nl = memchr(s + off, '\n', len - off);
		l = nl != NULL ? (size_t)(nl - (s + off)) : len - off;
		if (l == 0)
			continue;
		quote_add_para(&doc, off, l, ++p);
		for (i = st = off, sn = 0; i <= off + l; i++) {
			if (i < off + l && !(i > st && s[i - 1] == '.' &&
			    s[i] == ' '))
				continue;
			if (i > st)
				quote_add_sent(&doc, st, i - st, p, ++sn);
			st = i + 1;
		}
		if (!ents)
			continue;
		for (i = off; i < off + l; i = w) {
			w = i + 1;
			if (!upper((unsigned char)s[i]) || (i > off &&
			    wordc((unsigned char)s[i - 1])))
				continue;
			while (w < off + l && wordc((unsigned char)s[w]))
				w++;
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 3 == 0)
				continue;
			quote_add_ent(&doc, i, w,
			    (enum quote_ent_type)((seed >> 20) % 4),
			    s + i, w - i);
		}
	}
}

static int
ours(long long p, long long s)
{
	size_t i;

	if (s == 0) {
		for (i = 0; i < doc.npara; i++)
			if (doc.paras[i].p == p)
				return 1;
		return 0;
	}
	for (i = 0; i < doc.nsent; i++)
		if (doc.sents[i].p == p && doc.sents[i].s == s)
			return 1;
	return 0;
}

static void
check(int flags)
{
	const struct quote *q;
	size_t i;

	for (i = 0; i < doc.nq; i++) {
		q = &doc.q[i];
		if (q->start > q->end || q->end > doc.text.len ||
		    (i > 0 && q->start < doc.q[i - 1].start))
			abort();
		if (!ours(q->p, q->s) || !ours(q->endp, q->ends) ||
		    q->endp < q->p || (q->endp == q->p && q->ends < q->s))
			abort();
		switch (q->type) {
		case QUOTE_DIRECT:
		case QUOTE_PARTIAL:
			break;
		case QUOTE_INDIRECT:
			if (!(flags & QUOTE_F_INDIRECT))
				abort();
			break;
		case QUOTE_TITLE:
		case QUOTE_TERM:
			if (!(flags & QUOTE_F_ALL))
				abort();
			break;
		default:
			abort();
		}
		if (quote_type_name(q->type) == NULL)
			abort();
		if (q->speaker > doc.strs.len ||
		    q->speakerlen > doc.strs.len - q->speaker ||
		    q->org > doc.strs.len ||
		    q->orglen > doc.strs.len - q->org ||
		    q->cue > doc.strs.len || q->cuelen > doc.strs.len - q->cue ||
		    q->text > doc.strs.len ||
		    q->textlen > doc.strs.len - q->text)
			abort();
	}
}

/* The results as bytes, to compare runs. */
static void
results(struct buf *out)
{
	const struct quote *q;
	size_t i;

	/* Field by field: padding bytes may differ. */
	buf_reset(out);
	for (i = 0; i < doc.nq; i++) {
		q = &doc.q[i];
		buf_putnum(out, (long long)q->start);
		buf_putc(out, ' ');
		buf_putnum(out, (long long)q->end);
		buf_putc(out, ' ');
		buf_putnum(out, q->p);
		buf_putc(out, ' ');
		buf_putnum(out, q->s);
		buf_putc(out, ' ');
		buf_putnum(out, q->endp);
		buf_putc(out, ' ');
		buf_putnum(out, q->ends);
		buf_putc(out, ' ');
		buf_putnum(out, q->type);
		buf_putc(out, ' ');
		buf_put(out, doc.strs.data + q->speaker, q->speakerlen);
		buf_putc(out, '|');
		buf_put(out, doc.strs.data + q->org, q->orglen);
		buf_putc(out, '|');
		buf_put(out, doc.strs.data + q->cue, q->cuelen);
		buf_putc(out, '|');
		buf_put(out, doc.strs.data + q->text, q->textlen);
		buf_putc(out, '\n');
	}
	buf_putc(out, '.');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct buf again = BUF_INIT;
	const char *s;
	int flags;

	if (size < 2)
		return 0;
	buf_reset(&text);
	buf_put(&text, "", 0);
	utf8_repair(&text, (const char *)data + 2, size - 2);
	s = text.data;
	flags = data[0] >> 1 & 3;
	build(s, text.len, data[0] & 1, data[1]);
	quote_find(&doc, flags);
	check(flags);
	results(&saved);
	quote_find(&doc, flags);
	results(&again);
	if (again.len != saved.len ||
	    memcmp(again.data, saved.data, saved.len) != 0)
		abort();
	/* Another document through the same scratch, then this. */
	build("\"Yes,\" she said.\n\"No.\"", 22, 0, 0);
	quote_find(&doc, flags ^ 3);
	check(flags ^ 3);
	build(s, text.len, data[0] & 1, data[1]);
	quote_find(&doc, flags);
	results(&again);
	if (again.len != saved.len ||
	    memcmp(again.data, saved.data, saved.len) != 0)
		abort();
	return 0;
}
