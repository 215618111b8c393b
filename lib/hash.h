/*
 * hash.h -- FNV-1a string hashing for the word tables of the filters.
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

#endif
