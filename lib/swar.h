/*
 * swar.h -- tests on eight bytes at once in a 64-bit word.
 *
 * The hot loops (record fields, word classes, phrase triggers,
 * fingerprints) look for rare bytes in long runs of common ones; a
 * branch per byte costs more than the work.  A word is loaded with
 * byte 0 in its low end on every machine, so the first byte a test
 * flags is the lowest flag (swar_first()).  A test sets the high bit
 * of each byte it flags and nothing else.
 */
#ifndef SWAR_H
#define SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES	0x0101010101010101ULL
#define SWAR_HIGHS	0x8080808080808080ULL

/* Eight bytes from p, the first in the low end. */
static inline uint64_t
swar_load(const void *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

/* The first n bytes from p (all eight if n >= 8), the rest zero. */
static inline uint64_t
swar_load_n(const void *p, size_t n)
{
	uint64_t w = 0;

	if (n >= 8)
		return swar_load(p);
	memcpy(&w, p, n);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

/* The bytes of w equal to c (any byte values). */
static inline uint64_t
swar_eq(uint64_t w, unsigned char c)
{
	uint64_t t = w ^ (c * SWAR_ONES);

	return ~(((t & ~SWAR_HIGHS) + ~SWAR_HIGHS) | t) & SWAR_HIGHS;
}

/* The bytes of x equal to c, for x without high bits: a step less. */
static inline uint64_t
swar_eq7(uint64_t x, unsigned char c)
{
	return ~((x ^ (c * SWAR_ONES)) + 0x7f * SWAR_ONES) & SWAR_HIGHS;
}

/*
 * The bytes of x in [lo, hi], for x without high bits (ASCII, or a
 * word masked with ~SWAR_HIGHS): then no byte's sum carries.
 */
static inline uint64_t
swar_range(uint64_t x, unsigned char lo, unsigned char hi)
{
	return (x + (0x80 - lo) * SWAR_ONES) &
	    ~(x + (0x7f - hi) * SWAR_ONES) & SWAR_HIGHS;
}

/* w with its ASCII capitals in lower case; other bytes as they are. */
static inline uint64_t
swar_lower(uint64_t w)
{
	uint64_t high = w & SWAR_HIGHS;

	return w | (swar_range(w & ~SWAR_HIGHS, 'A', 'Z') & ~high) >> 2;
}

/* The index of the first byte flagged in a non-zero mask. */
static inline size_t
swar_first(uint64_t mask)
{
	return (size_t)__builtin_ctzll(mask) / 8;
}

#endif
