/*
 * xalloc.h -- allocation that never returns NULL: on failure the
 * program exits with a message, so callers need no checks.
 */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
/* Copy len bytes and add a terminating NUL. */
char	*xmemdup(const void *, size_t);
/* asprintf(3) that exits on failure. */
char	*xasprintf(const char *, ...)
	    __attribute__((format(printf, 1, 2)));

#endif
