/*
 * boiler_fuzz -- libFuzzer target for wire-dedupe-boilerplate's core:
 * the paragraph rules (lib/boiler.c) and the fingerprint table
 * (lib/fptab.c).
 * Links: boiler fptab re buf utf8 xalloc
 * Plain compares: fptab
 *
 * The first byte chooses what to do, the second seeds the pieces.
 * With the low two bits of the first byte 3, the rest is read as a
 * table file: it must be refused with a reason or read cleanly, and a
 * table read cleanly must write back the same bytes (bit 2: the header
 * gets a right checksum first, bit 3 also the right magic, version and
 * entry count, so the fuzzer reaches the checks of the entries).
 * Otherwise the
 * rest, repaired to valid UTF-8 as lib/input.c would, is a document
 * with a paragraph a line, each in a block of its own size so that
 * AddressSanitizer sees any read past its end:
 *  - boiler_classify gives each paragraph a class and a reason, the
 *    same twice; boiler_smooth a keep of 0 or 1 and a reason, the same
 *    twice (bit 2: the first line is also the title; bit 3: every third
 *    paragraph is a template, as the repetition rules would mark it);
 *  - fingerprints are never 0, fptab_norm ignores ASCII case and which
 *    digit, fptab_hash ignores trailing spaces;
 *  - the paragraphs' fingerprints counted into one table, and counted
 *    into two tables over pseudo-random pieces of the document then
 *    merged, give the same table file; every count and least document
 *    is what a plain count says; the file reads back to the same bytes.
 *    With bit 4, the tables are small and overflow: then no count may
 *    exceed the plain count.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boiler.h"
#include "buf.h"
#include "fptab.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define MAXPARA	2000	/* paragraphs looked at */
/*
 * Table memory for reading a file: 2048 slots, more than an input of
 * max_len bytes can fill; a larger table was cleared and unmapped on
 * every run, a third of the time.
 */
#define FILEROOM	(1 << 16)

static struct boiler_para bp[MAXPARA], bp2[MAXPARA];
static char *ptext[MAXPARA];
static uint64_t fp[MAXPARA];

/*
 * Table memory with room for n fingerprints and not much more: tables
 * are made three times a run, and clearing large ones took its time.
 */
static size_t
room(size_t n)
{
	size_t cap = 1024;

	while (cap / 4 * 3 < n)
		cap *= 2;
	return cap * FPTAB_ENTRY;
}

/* Write t to memory; the caller frees *out. */
static void
tofile(const struct fptab *t, char **out, size_t *len)
{
	FILE *f;

	if ((f = open_memstream(out, len)) == NULL)
		abort();
	if (fptab_write(t, f) != 0 || fclose(f) != 0)
		abort();
}

static void
put64(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* Make the header of a table file right, as flags ask. */
static void
fixup(unsigned char *p, size_t size, int flags)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	if (size < FPTAB_HEADER)
		return;
	if (flags & 8) {
		memcpy(p, FPTAB_MAGIC, 8);
		put64(p + 8, FPTAB_VERSION | (uint64_t)FPTAB_ENTRY << 32);
		put64(p + 16, (size - FPTAB_HEADER) / FPTAB_ENTRY);
		memset(p + 28, 0, 4);
		memset(p + 40, 0, 8);
	}
	for (i = 0; i < size; i++)
		if (i < 32 || i >= FPTAB_HEADER)
			h = (h ^ p[i]) * 0x100000001b3ULL;
	put64(p + 32, h);
}

/* Read bytes as a table; a table read cleanly writes them back. */
static void
table_file(const uint8_t *in, size_t size, int flags)
{
	struct fptab *t;
	const char *why = NULL;
	unsigned char *data;
	char *back;
	size_t blen;
	FILE *f;
	int rv;

	data = malloc(size > 0 ? size : 1);
	memcpy(data, in, size);
	if (flags & 4)
		fixup(data, size, flags);
	t = fptab_new(FILEROOM);
	if ((f = fmemopen((void *)(uintptr_t)data, size, "rb")) == NULL) {
		/* glibc refuses an empty buffer: read /dev/null instead. */
		if (size != 0 || (f = fopen("/dev/null", "rb")) == NULL)
			abort();
	}
	rv = fptab_read(t, f, &why);
	fclose(f);
	if (rv == -1) {
		if (why == NULL || *why == '\0' || t->n != 0)
			abort();
	} else if (rv == 0) {
		tofile(t, &back, &blen);
		if (t->n <= t->max && t->refused == 0 && t->evicted == 0 &&
		    (blen != size || memcmp(back, data, size) != 0))
			abort();
		free(back);
	} else
		abort();
	fptab_free(t);
	free(data);
}

static void
same_para(const struct boiler_para *a, const struct boiler_para *b,
    int smoothed)
{
	if (a->cls != b->cls || a->words != b->words ||
	    a->alnum != b->alnum || a->stops != b->stops ||
	    a->caps != b->caps || a->ucase != b->ucase ||
	    a->digits != b->digits || a->endpunct != b->endpunct ||
	    a->heading != b->heading || strcmp(a->reason, b->reason) != 0)
		abort();
	if (smoothed && (a->keep != b->keep || a->inrun != b->inrun))
		abort();
}

static void
check_para(const struct boiler_para *b, int smoothed)
{
	if (b->reason == NULL || b->reason[0] == '\0' ||
	    (b->cls != BOILER_GOOD && b->cls != BOILER_NEAR &&
	    b->cls != BOILER_SHORT && b->cls != BOILER_BAD))
		abort();
	if (b->alnum > b->words || b->stops > b->alnum ||
	    b->words > b->len)
		abort();
	if (smoothed && b->keep != 0 && b->keep != 1)
		abort();
}

/* Flip the case of ASCII letters and change every digit. */
static void
variant(const char *s, size_t len, char *out)
{
	size_t i;
	char c;

	for (i = 0; i < len; i++) {
		c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		else if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (c >= '0' && c <= '9')
			c = (char)('0' + (c - '0' + 7) % 10);
		out[i] = c;
	}
}

static void
paragraphs(int flags, uint32_t seed, const char *s, size_t len)
{
	struct fptab *whole, *a, *b, *back;
	struct fptab_ent *e, *e2;
	const char *title = NULL, *nl, *why;
	char *f1, *f2, *f3, *tmp;
	size_t n = 0, i, k, off, l, titlelen = 0, l1, l2, l3, cut;
	uint32_t cnt;
	uint64_t least;
	FILE *f;
	int small;

	for (off = 0; off <= len && n < MAXPARA; off += l + 1) {
		nl = memchr(s + off, '\n', len - off);
		l = nl != NULL ? (size_t)(nl - (s + off)) : len - off;
		/* A block of exactly the paragraph's size. */
		ptext[n] = malloc(l > 0 ? l : 1);
		memcpy(ptext[n], s + off, l);
		memset(&bp[n], 0, sizeof(bp[n]));
		bp[n].text = ptext[n];
		bp[n].len = l;
		n++;
		if (nl == NULL)
			break;
	}
	if ((flags & 4) && n > 0) {
		title = ptext[0];
		titlelen = bp[0].len;
	}

	/* The rules: deterministic, every paragraph decided. */
	for (i = 0; i < n; i++) {
		boiler_classify(&bp[i]);
		check_para(&bp[i], 0);
		memset(&bp2[i], 0, sizeof(bp2[i]));
		bp2[i].text = bp[i].text;
		bp2[i].len = bp[i].len;
		boiler_classify(&bp2[i]);
		same_para(&bp[i], &bp2[i], 0);
		(void)boiler_credit(bp[i].text, bp[i].len);
		if ((flags & 8) && i % 3 == 2) {
			bp[i].cls = bp2[i].cls = BOILER_BAD;
			bp[i].reason = bp2[i].reason = "template";
			bp[i].templ = bp2[i].templ = 1;
		}
	}
	boiler_smooth(bp, n, title, titlelen);
	boiler_smooth(bp2, n, title, titlelen);
	for (i = 0; i < n; i++) {
		check_para(&bp[i], 1);
		same_para(&bp[i], &bp2[i], 1);
	}

	/* Fingerprints. */
	for (i = 0; i < n; i++) {
		l = bp[i].len;
		tmp = malloc(l + 3);
		variant(ptext[i], l, tmp);
		fp[i] = fptab_norm(ptext[i], l);
		if (fp[i] == 0 || fptab_norm(tmp, l) != fp[i])
			abort();
		memcpy(tmp, ptext[i], l);
		memcpy(tmp + l, "   ", 3);
		if (fptab_hash(ptext[i], l) == 0 ||
		    fptab_hash(tmp, l + 3) != fptab_hash(ptext[i], l))
			abort();
		if (fptab_mix(fp[i], i) == 0)
			abort();
		free(tmp);
	}

	/*
	 * One table, and two over pieces merged: the same counts.  A
	 * paragraph's document is its number; shards cut at random.
	 */
	small = (flags & 16) != 0;
	whole = fptab_new(small ? 0 : room(n));
	a = fptab_new(small ? 0 : room(n));
	b = fptab_new(small ? 0 : room(n));
	cut = n > 0 ? (seed * 2654435761u) % (n + 1) : 0;
	for (i = 0; i < n; i++) {
		if (fptab_add(whole, fp[i], 1, n - i, 1) == NULL && !small)
			abort();
		if (fptab_add(i < cut ? a : b, fp[i], 1, n - i, 1) == NULL &&
		    !small)
			abort();
	}
	fptab_merge(a, b);
	if (whole->n > whole->max || a->n > a->max || b->n > b->max)
		abort();
	if (small) {
		/* A full table forgets, but never invents a count. */
		for (i = 0; i < n; i++) {
			for (k = 0, cnt = 0; k < n; k++)
				cnt += fp[k] == fp[i];
			if (((e = fptab_get(whole, fp[i])) != NULL &&
			    e->count > cnt) ||
			    ((e = fptab_get(a, fp[i])) != NULL &&
			    e->count > cnt))
				abort();
		}
		goto done;
	}
	if (whole->evicted || whole->refused || a->evicted || a->refused ||
	    a->n != whole->n)
		abort();
	for (i = 0; i < n; i++) {
		cnt = 0;
		least = UINT64_MAX;
		for (k = 0; k < n; k++)
			if (fp[k] == fp[i]) {
				cnt++;
				if (n - k < least)
					least = n - k;
			}
		if ((e = fptab_get(whole, fp[i])) == NULL ||
		    (e2 = fptab_get(a, fp[i])) == NULL ||
		    e->count != cnt || e->first != least ||
		    e2->count != cnt || e2->first != least)
			abort();
	}
	tofile(whole, &f1, &l1);
	tofile(a, &f2, &l2);
	if (l1 != l2 || memcmp(f1, f2, l1) != 0)
		abort();

	/* The file reads back into the same table. */
	back = fptab_new(0);
	if ((f = fmemopen(f1, l1, "rb")) == NULL)
		abort();
	if (fptab_read(back, f, &why) != 0)
		abort();
	fclose(f);
	tofile(back, &f3, &l3);
	if (l1 != l3 || memcmp(f1, f3, l1) != 0)
		abort();
	free(f1);
	free(f2);
	free(f3);
	fptab_free(back);
done:
	fptab_free(whole);
	fptab_free(a);
	fptab_free(b);
	for (i = 0; i < n; i++)
		free(ptext[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf text = BUF_INIT;

	if (size < 2)
		return 0;
	if ((data[0] & 3) == 3) {
		table_file(data + 2, size - 2, data[0]);
		return 0;
	}
	buf_put(&text, "", 0);
	utf8_repair(&text, (const char *)data + 2, size - 2);
	paragraphs(data[0], data[1], text.data, text.len);
	buf_free(&text);
	return 0;
}
