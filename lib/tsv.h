/*
 * tsv.h -- the field escapes of the record format, exactly those that
 * jq's @tsv writes: backslash, TAB, LF and CR become \\ \t \n \r.
 */
#ifndef TSV_H
#define TSV_H

#include <stddef.h>

struct buf;

/* Append s to out, escaped. */
void	tsv_escape(struct buf *out, const char *s, size_t len);

/*
 * Unescape s in place; *len is updated.  Returns -1 and sets *bad to
 * the offset of the offending backslash if s has an escape other than
 * the four above (or a lone backslash at the end), 0 otherwise.
 */
int	tsv_unescape(char *s, size_t *len, size_t *bad);

#endif
