/*
 * tok.h -- a news tokenizer that keeps byte offsets.
 *
 * Tokens are byte ranges of the UTF-8 text, never copies, so every
 * annotation maps back to the input exactly.  The rules follow the
 * CoNLL-2003/Penn conventions the entity model was trained on:
 * possessive and clitic "'s", "n't", "'ll" ... are split off; hyphenated
 * words ("short-lived"), numbers ("1,000.50", "10:30", "1996-08-30"),
 * abbreviations and initials ("U.S.", "J.", "Mr.") stay whole; curly
 * quotes and apostrophes are handled like their ASCII forms.
 */
#ifndef TOK_H
#define TOK_H

#include <stddef.h>
#include <stdint.h>

struct tok {
	uint32_t	start;		/* byte offset of the first byte */
	uint32_t	end;		/* one past the last byte */
};

struct tok_list {
	struct tok	*t;
	size_t		 n, cap;
};

#define TOK_LIST_INIT { NULL, 0, 0 }

/*
 * Tokenize s[0..len) (valid UTF-8) into tl, replacing its contents.
 * Texts longer than 4 GiB are cut at that point.  Returns the count.
 */
size_t	tok_split(const char *s, size_t len, struct tok_list *tl);
void	tok_free(struct tok_list *);

/*
 * Append the normalised form of a token to out (out has room for
 * 2 * len + 1 bytes): curly quotes and apostrophes become ASCII, en and
 * em dashes "-".  Returns the length written (NUL-terminated).
 */
size_t	tok_norm(const char *s, size_t len, char *out);

#endif
