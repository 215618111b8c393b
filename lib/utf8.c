#include <string.h>

#include "buf.h"
#include "swar.h"
#include "utf8.h"

/*
 * Sequence length by lead byte: 0 marks a byte that cannot start a
 * sequence (continuation bytes, C0/C1 overlong leads, F5..FF).
 */
static const unsigned char lead_len[256] = {
	/* 00..7F */
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	/* 80..BF */
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	/* C0..DF (C0, C1 are overlong) */
	0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2, 2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,
	/* E0..EF */
	3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,
	/* F0..FF (F5..FF are out of range) */
	4,4,4,4,4,0,0,0,0,0,0,0,0,0,0,0
};

size_t
utf8_decode(const char *s, size_t len, uint32_t *cp, int *valid)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char lo = 0x80, hi = 0xBF;
	uint32_t c;
	size_t n, i;

	n = lead_len[u[0]];
	if (n == 1) {
		*cp = u[0];
		if (valid != NULL)
			*valid = 1;
		return 1;
	}
	if (n == 0 || n > len)
		goto bad;
	/* Second-byte ranges that exclude overlongs and surrogates. */
	switch (u[0]) {
	case 0xE0: lo = 0xA0; break;
	case 0xED: hi = 0x9F; break;
	case 0xF0: lo = 0x90; break;
	case 0xF4: hi = 0x8F; break;
	}
	if (u[1] < lo || u[1] > hi)
		goto bad;
	c = u[0] & (0xFF >> (n + 1));
	for (i = 1; i < n; i++) {
		if (i > 1 && (u[i] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (u[i] & 0x3F);
	}
	*cp = c;
	if (valid != NULL)
		*valid = 1;
	return n;
bad:
	*cp = UTF8_REPLACEMENT;
	if (valid != NULL)
		*valid = 0;
	return 1;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_valid_prefix(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n;
	uint32_t cp;
	int ok;

	while (i < len) {
		/*
		 * Eight ASCII bytes without a NUL at a time, and then
		 * straight to the first byte that is not one (a borrow may
		 * flag bytes after a NUL, never before it).
		 */
		while (i + 8 <= len) {
			uint64_t x = swar_load(u + i), stop;

			stop = (x | ((x - SWAR_ONES) & ~x)) & SWAR_HIGHS;
			if (stop != 0) {
				i += swar_first(stop);
				break;
			}
			i += 8;
		}
		if (i >= len)
			break;
		/* Plain ASCII runs are the common case: skip them fast. */
		if (u[i] >= 0x01 && u[i] < 0x80) {
			i++;
			continue;
		}
		if (u[i] == 0)
			return i;
		n = utf8_decode(s + i, len - i, &cp, &ok);
		if (!ok)
			return i;
		i += n;
	}
	return len;
}

size_t
utf8_repair(struct buf *out, const char *s, size_t len)
{
	static const char repl[] = "\xEF\xBF\xBD";
	size_t i = 0, good, n, bad = 0;
	uint32_t cp;
	int ok;

	while (i < len) {
		good = utf8_valid_prefix(s + i, len - i);
		buf_put(out, s + i, good);
		i += good;
		if (i == len)
			break;
		n = utf8_decode(s + i, len - i, &cp, &ok);
		if (ok && cp != 0) {
			/* Cannot happen: the prefix stopped here. */
			buf_put(out, s + i, n);
		} else {
			buf_put(out, repl, 3);
			bad++;
		}
		i += n;
	}
	return bad;
}

size_t
utf8_count(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if ((u[i] & 0xC0) != 0x80)
			n++;
	return n;
}
