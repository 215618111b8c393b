/*
 * buf.h -- a growable byte buffer (after cmark's strbuf and sbase's
 * struct line).  The data is always NUL-terminated, but may hold NUL
 * bytes too, so the length is what counts.
 */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* Make room for at least extra more bytes (plus the NUL). */
void	buf_grow(struct buf *, size_t extra);
void	buf_put(struct buf *, const void *, size_t);
void	buf_putc(struct buf *, int);
void	buf_puts(struct buf *, const char *);
/* Append a decimal number. */
void	buf_putnum(struct buf *, long long);
void	buf_truncate(struct buf *, size_t);
void	buf_reset(struct buf *);
void	buf_free(struct buf *);

#endif
