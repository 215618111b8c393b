/*
 * sentseg.h -- sentence boundaries in a paragraph of English text.
 *
 * The rules are data: tables of abbreviations (titles, abbreviations
 * that go before numbers, ones that may or may not end a sentence),
 * of words that typically start a sentence, of closing and opening
 * marks, compiled once into a hash table by sentseg_new.  Splitting
 * scans the bytes for the few characters that can end a sentence
 * (. ! ? and the ellipsis, bullets) and applies the rules only there.
 */
#ifndef SENTSEG_H
#define SENTSEG_H

#include <stddef.h>

#include "para.h"

struct sentseg;

/* Compile the rule tables; never fails (allocation failure exits). */
struct sentseg	*sentseg_new(void);
void		 sentseg_free(struct sentseg *);

/*
 * Split the paragraph s[off..off + len) into sentences.  The spans
 * stored in out (emptied first) are offsets into s, without white
 * space at either end, in order, and cover every non-space byte of
 * the paragraph.
 */
void	sentseg_split(const struct sentseg *, const char *s, size_t off,
	    size_t len, struct spans *out);

/*
 * Look a word up in the abbreviation tables: returns its class bits
 * (SENTSEG_*), 0 if it is not an abbreviation.  For tests.
 */
unsigned	sentseg_abbrev(const struct sentseg *, const char *, size_t);

#define SENTSEG_TITLE	0x01	/* Mr. Dr. Gen.: before a name */
#define SENTSEG_NUM	0x02	/* No. p. Vol.: before a number */
#define SENTSEG_AMBIG	0x04	/* Inc. Jr. Calif.: may end a sentence */
#define SENTSEG_NEVER	0x08	/* e.g. vs. cf.: never ends one */
#define SENTSEG_TIME	0x10	/* a.m. p.m. */
#define SENTSEG_STARTER	0x20	/* The, He, But: begins sentences */
#define SENTSEG_PREP	0x40	/* At, By, After: begins a fronted phrase */
#define SENTSEG_GREET	0x80	/* Hi, Dear, Thanks: set off by a comma */

#endif
