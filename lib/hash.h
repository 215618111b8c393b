/*
 * hash.h -- FNV-1a string hashing for the word tables of the filters,
 * and a 64-bit finaliser for the fingerprint and feature hashes.
 * Small and inline: the tables hash a word per candidate boundary, and a
 * call would cost as much as the hash.
 */
#ifndef HASH_H
#define HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t
hash_fnv32(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

#define HASH_FNV64_INIT	0xcbf29ce484222325ULL
#define HASH_FNV64_PRIME 0x100000001b3ULL

/* 64-bit FNV-1a of s[0..len), continuing from h (HASH_FNV64_INIT). */
static inline uint64_t
hash_fnv64(uint64_t h, const void *s, size_t len)
{
	const unsigned char *p = s;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ p[i]) * HASH_FNV64_PRIME;
	return h;
}

/*
 * splitmix64's finaliser: spreads the weak low bits of a 64-bit hash
 * (FNV's, say) over the whole word.
 */
static inline uint64_t
hash_mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

#endif
