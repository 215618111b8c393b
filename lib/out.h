/*
 * out.h -- buffered record output on stdout.
 *
 * Output errors are fatal (a full disk must not pass unnoticed), and a
 * reader that goes away ends the program quietly, as SIGPIPE does for
 * cat(1).
 */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>

struct rec;

/* Call once, first thing: restores SIGPIPE and sets up flushing. */
void	out_init(void);

/* Append one field, escaped; a TAB goes before all but the first. */
void	out_field(const char *, size_t);
void	out_str(const char *);
void	out_num(long long);
/* End the record. */
void	out_end(void);

/* The four leading fields of every record. */
void	out_head(const char *id, size_t idlen, const char *kind,
	    long long para, long long sent);

/* Copy a record through unchanged. */
void	out_rec(const struct rec *);

/* Append bytes as they are (no escaping, no separator). */
void	out_bytes(const char *, size_t);

/* Flush and close stdout; exits 1 with a message on any error. */
void	out_close(void);

#endif
