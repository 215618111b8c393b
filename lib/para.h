/*
 * para.h -- paragraphs in a document's text.
 *
 * Scraped text has one paragraph per line; hard-wrapped text (newswire
 * copy, e-mail) has lines of about the same width with paragraphs set
 * off by blank lines or indents.  para_split finds the paragraphs of
 * either, as byte spans of the text without surrounding white space.
 */
#ifndef PARA_H
#define PARA_H

#include <stddef.h>

/* A byte span [off, off + len) of some text. */
struct span {
	size_t	off;
	size_t	len;
};

/* A growable array of spans, reused from one call to the next. */
struct spans {
	struct span	*v;
	size_t		 n;
	size_t		 cap;
};

#define SPANS_INIT { NULL, 0, 0 }

void	spans_push(struct spans *, size_t off, size_t len);
void	spans_free(struct spans *);

enum para_mode {
	PARA_AUTO,	/* decide per document between the two below */
	PARA_LINE,	/* every non-blank line is a paragraph */
	PARA_BLANK	/* blocks between blank lines, lines joined */
};

/* Per-call scratch space (line table), reused across documents. */
struct para_ctx {
	struct para_line *lines;
	size_t		 nlines;
	size_t		 cap;
};

#define PARA_CTX_INIT { NULL, 0, 0 }

/*
 * Find the paragraphs of text[start..len) and store them in out
 * (which is emptied first).  Returns the mode that was applied
 * (PARA_LINE or PARA_BLANK-like hard-wrap joining for PARA_AUTO).
 */
enum para_mode	para_split(struct para_ctx *, const char *text, size_t len,
		    size_t start, enum para_mode, struct spans *out);
void		para_ctx_free(struct para_ctx *);

/*
 * Length in bytes of the white-space character at s[i] (ASCII white
 * space, NO-BREAK SPACE and the other Unicode space separators), or 0.
 */
size_t	para_space(const char *s, size_t i, size_t len);

/* para_space with the common ASCII cases inline. */
static inline size_t
para_isspace(const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];

	if (c == ' ')
		return 1;
	if (c < 0x80 && (c < '\t' || c > '\r'))
		return 0;
	return para_space(s, i, len);
}

/* Shrink [*off, *off + *len) of s so it has no white space at the ends. */
void	para_trim(const char *s, size_t *off, size_t *len);

#endif
