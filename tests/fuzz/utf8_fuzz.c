/*
 * utf8_fuzz -- libFuzzer target for lib/utf8.c.
 * Links: buf utf8 xalloc
 *
 * Repaired text is valid UTF-8 without NUL; repairing it again changes
 * nothing; valid input is left alone; each replacement turns one byte
 * into the three of U+FFFD; decoding and re-encoding every valid
 * character gives its bytes back; counts agree.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct buf a = BUF_INIT, b = BUF_INIT;
	size_t n, good, i, k, nc = 0;
	uint32_t cp;
	char enc[4];
	int ok;

	n = utf8_repair(&a, s, size);
	good = utf8_valid_prefix(s, size);
	if (good > size || (n == 0) != (good == size))
		abort();
	/* The valid prefix is copied as it is. */
	if (a.len < good || (good > 0 && memcmp(a.data, s, good) != 0))
		abort();
	if (utf8_valid_prefix(a.data, a.len) != a.len)
		abort();
	if (a.len > 0 && memchr(a.data, '\0', a.len) != NULL)
		abort();
	if (utf8_repair(&b, a.data, a.len) != 0 || b.len != a.len ||
	    (a.len > 0 && memcmp(a.data, b.data, a.len) != 0))
		abort();
	/* Each byte of the input is kept or becomes exactly 3 bytes. */
	if (a.len != size + 2 * n)
		abort();

	for (i = 0; i < a.len; i += k) {
		k = utf8_decode(a.data + i, a.len - i, &cp, &ok);
		if (!ok || k < 1 || k > 4 || i + k > a.len)
			abort();
		if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			abort();
		if (utf8_encode(cp, enc) != k || memcmp(enc, a.data + i, k))
			abort();
		nc++;
	}
	if (utf8_count(a.data, a.len) != nc)
		abort();
	/* Decoding raw bytes always moves forward and stays in range. */
	for (i = 0; i < size; i += k) {
		k = utf8_decode(s + i, size - i, &cp, &ok);
		if (k < 1 || i + k > size)
			abort();
		if (!ok && (k != 1 || cp != UTF8_REPLACEMENT))
			abort();
	}
	buf_free(&a);
	buf_free(&b);
	return 0;
}
