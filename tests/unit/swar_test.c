/*
 * Unit tests for lib/swar.h: every byte value in every place, against
 * the one-byte-at-a-time answer.
 */
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"
#include "swar.h"

/* The mask a byte-at-a-time test would give. */
static uint64_t
flags_of(const unsigned char *b, int (*test)(unsigned char, int, int),
    int lo, int hi)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 8; i++)
		if (test(b[i], lo, hi))
			m |= 0x80ULL << (8 * i);
	return m;
}

static int
in(unsigned char c, int lo, int hi)
{
	return c >= lo && c <= hi;
}

int
main(void)
{
	unsigned char b[8] = { 'a', 0x80, 0, 'Z', 0xff, ' ', '\t', 0x7f };
	unsigned char low[8];
	uint64_t w, x;
	int c, v, pos, k, eq = 0, eq7 = 0, range = 0, first = 0;

	w = swar_load(b);
	INT_EQ(w & 0xff, 'a', "byte 0 in the low end");
	INT_EQ(w >> 56, 0x7f, "byte 7 in the high end");

	srand(7);
	for (pos = 0; pos < 8; pos++)
		for (v = 0; v < 256; v++) {
			/* Neighbours that would borrow or carry. */
			for (k = 0; k < 8; k++)
				b[k] = (unsigned char)"\x00\x80\xff\x01\x7f "[
				    rand() % 6];
			b[pos] = (unsigned char)v;
			w = swar_load(b);
			x = w & ~SWAR_HIGHS;
			for (k = 0; k < 8; k++)
				low[k] = b[k] & 0x7f;
			for (c = 0; c < 256; c++) {
				if (swar_eq(w, (unsigned char)c) !=
				    flags_of(b, in, c, c))
					eq++;
				if (c < 128 && swar_eq7(x, (unsigned char)c) !=
				    flags_of(low, in, c, c))
					eq7++;
			}
			x = swar_eq(w, (unsigned char)v);
			if (x == 0 || swar_first(x) > (size_t)pos)
				first++;
		}
	INT_EQ(eq, 0, "swar_eq: every byte, every place");
	INT_EQ(eq7, 0, "swar_eq7: every ASCII byte, every place");
	INT_EQ(first, 0, "swar_first: no later than the place set");

	/* Ranges: every ASCII byte against the edges the filters use. */
	for (pos = 0; pos < 8; pos++)
		for (v = 0; v < 128; v++) {
			static const int edges[][2] = { { '0', '9' },
			    { 'A', 'Z' }, { 'a', 'z' }, { '\t', '\r' },
			    { 0, 0 }, { ' ', ' ' }, { 0, 127 } };
			size_t e;

			for (k = 0; k < 8; k++)
				b[k] = (unsigned char)(rand() % 128);
			b[pos] = (unsigned char)v;
			w = swar_load(b);
			for (e = 0; e < sizeof(edges) / sizeof(edges[0]); e++)
				if (swar_range(w, (unsigned char)edges[e][0],
				    (unsigned char)edges[e][1]) !=
				    flags_of(b, in, edges[e][0], edges[e][1]))
					range++;
		}
	INT_EQ(range, 0, "swar_range: every ASCII byte, every place");

	/* Folding, and loads of fewer than eight bytes. */
	for (pos = 0, k = 0; pos < 8; pos++)
		for (v = 0; v < 256; v++) {
			memset(b, 'Q', sizeof(b));
			b[pos] = (unsigned char)v;
			w = swar_lower(swar_load(b));
			for (c = 0; c < 8; c++)
				if ((unsigned char)(w >> (8 * c)) !=
				    (b[c] >= 'A' && b[c] <= 'Z' ? b[c] + 32 : b[c]))
					k++;
		}
	INT_EQ(k, 0, "swar_lower: every byte, every place");
	for (pos = 0, k = 0; pos <= 9; pos++) {
		w = swar_load_n("abcdefgh", (size_t)pos);
		for (c = 0; c < 8; c++)
			if ((unsigned char)(w >> (8 * c)) !=
			    (c < pos ? "abcdefgh"[c] : 0))
				k++;
	}
	INT_EQ(k, 0, "swar_load_n: the first n bytes, then zeros");
	return harness_done();
}
