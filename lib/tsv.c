#include <string.h>

#include "buf.h"
#include "tsv.h"

void
tsv_escape(struct buf *out, const char *s, size_t len)
{
	size_t i, start = 0;
	char e;

	buf_grow(out, len);
	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '\\': e = '\\'; break;
		case '\t': e = 't'; break;
		case '\n': e = 'n'; break;
		case '\r': e = 'r'; break;
		default:
			continue;
		}
		buf_put(out, s + start, i - start);
		buf_putc(out, '\\');
		buf_putc(out, e);
		start = i + 1;
	}
	buf_put(out, s + start, len - start);
}

int
tsv_unescape(char *s, size_t *len, size_t *bad)
{
	char *r, *w, *end, *bs;

	end = s + *len;
	if ((bs = memchr(s, '\\', *len)) == NULL)
		return 0;
	for (r = w = bs; r < end; ) {
		/* Copy the run up to the next backslash in one go. */
		if (*r != '\\') {
			char *nb = memchr(r, '\\', (size_t)(end - r));
			size_t run = (size_t)((nb == NULL ? end : nb) - r);

			memmove(w, r, run);
			w += run;
			r += run;
			continue;
		}
		if (r + 1 == end)
			goto fail;
		switch (r[1]) {
		case '\\': *w++ = '\\'; break;
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		default:
			goto fail;
		}
		r += 2;
	}
	*len = (size_t)(w - s);
	*w = '\0';
	return 0;
fail:
	*bad = (size_t)(r - s);
	return -1;
}
