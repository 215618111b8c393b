/*
 * tsv_fuzz -- libFuzzer target for lib/tsv.c.
 * Links: buf tsv xalloc
 *
 * Any bytes escaped and unescaped again are the same bytes; escaped
 * text never holds a raw TAB, LF or CR; unescaping either succeeds and
 * re-escapes to its input (when the input held no raw TAB, LF or CR),
 * or fails pointing at a backslash.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tsv.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf esc = BUF_INIT, back = BUF_INIT, copy = BUF_INIT;
	size_t len, bad = (size_t)-1;

	/* escape, then unescape: the round trip. */
	tsv_escape(&esc, (const char *)data, size);
	if (memchr(esc.data, '\t', esc.len) != NULL ||
	    memchr(esc.data, '\n', esc.len) != NULL ||
	    memchr(esc.data, '\r', esc.len) != NULL)
		abort();
	len = esc.len;
	if (tsv_unescape(esc.data, &len, &bad) != 0)
		abort();
	if (len != size || (size > 0 && memcmp(esc.data, data, size) != 0))
		abort();
	if (esc.data[len] != '\0')
		abort();

	/* unescape arbitrary bytes. */
	buf_put(&copy, data, size);
	len = copy.len;
	if (tsv_unescape(copy.data, &len, &bad) == 0) {
		if (len > size)
			abort();
		if (memchr(data, '\t', size) == NULL &&
		    memchr(data, '\n', size) == NULL &&
		    memchr(data, '\r', size) == NULL) {
			tsv_escape(&back, copy.data, len);
			if (back.len != size ||
			    (size > 0 && memcmp(back.data, data, size) != 0))
				abort();
		}
	} else if (bad >= size || data[bad] != '\\')
		abort();
	buf_free(&esc);
	buf_free(&back);
	buf_free(&copy);
	return 0;
}
