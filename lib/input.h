/*
 * input.h -- reading lines of any length from a file or stdin.
 *
 * Each line comes back without its terminator (LF or CRLF), with a
 * leading byte order mark removed from the first line, and with invalid
 * UTF-8 and NUL bytes replaced by U+FFFD.  The reader counts lines and
 * replacements and knows each line's byte offset in the repaired text,
 * so callers can report file:line and compute offsets into the source.
 */
#ifndef INPUT_H
#define INPUT_H

#include <stdio.h>
#include <sys/types.h>

#include "buf.h"

struct input {
	FILE		*fp;
	char		*name;		/* "-" is shown as "stdin" */
	unsigned long	 lineno;	/* number of the current line */
	unsigned long long offset;	/* offset of the current line */
	unsigned long long next;	/* offset of the line after it */
	size_t		 repaired;	/* U+FFFD substitutions so far */
	int		 had_bom;	/* the first line began with a BOM */
	int		 crlf;		/* the current line ended in CRLF */
	int		 newline;	/* the current line ended in LF */
	char		*blk;		/* bytes read, lines handed out */
	size_t		 blen, bpos, bcap; /* read, handed out, size */
	size_t		 bscan;		/* no newline in blk[bpos..bscan) */
	int		 eof;		/* read(2) said so */
	/*
	 * Where bytes come from: read(2) on fp's descriptor, unless a
	 * test sets a function that hands them out in pieces, as a pipe
	 * may.
	 */
	ssize_t		(*readfn)(void *, char *, size_t);
	void		*readarg;
	struct buf	 line;		/* repaired copy when needed */
};

/*
 * The first size of an input's buffer: lines are handed out where
 * read(2) put them, so the buffer doubles up to the longest line.
 */
#define INPUT_BUFSIZE	(256 * 1024)

/*
 * Open path ("-" or NULL for stdin).  Returns NULL after a warning
 * naming the file if it cannot be opened.
 */
struct input	*input_open(const char *path);

/*
 * Read the next line.  Returns 1 and sets *s, *len (the text is
 * NUL-terminated and may be overwritten by the caller), 0 at end of
 * input.  A read error is fatal: the message names the file.
 */
int		 input_line(struct input *, char **s, size_t *len);

/* Close the input; warns about repaired bytes.  Returns 0 or -1. */
int		 input_close(struct input *);

/* "file:line" of the current line, for messages. */
const char	*input_where(const struct input *);

#endif
