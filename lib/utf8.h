/*
 * utf8.h -- UTF-8 decoding, validation and repair (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF).
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

struct buf;

#define UTF8_REPLACEMENT 0xFFFD

/*
 * Decode one character from s (len > 0 bytes).  Returns the number of
 * bytes used, at least 1.  An invalid or truncated sequence yields
 * UTF8_REPLACEMENT and uses exactly one byte, so every bad byte is
 * replaced on its own and decoding resynchronises at the next byte.
 * Sets *valid to 0 in that case, 1 otherwise (valid may be NULL).
 */
size_t	utf8_decode(const char *s, size_t len, uint32_t *cp, int *valid);

/* Encode cp into out (4 bytes of room); returns the byte count. */
size_t	utf8_encode(uint32_t cp, char *out);

/* Length of the longest valid UTF-8 prefix of s without NUL bytes. */
size_t	utf8_valid_prefix(const char *s, size_t len);

/*
 * Append s to out with each invalid byte and each NUL byte replaced by
 * U+FFFD.  Returns the number of replacements made.
 */
size_t	utf8_repair(struct buf *out, const char *s, size_t len);

/* Number of characters (code points) in valid UTF-8 text. */
size_t	utf8_count(const char *s, size_t len);

#endif
