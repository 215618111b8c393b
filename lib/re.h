/*
 * re.h -- tables of compiled pcre2 patterns (after pcre2grep).
 *
 * Patterns are data: a filter declares a table of struct re_def and
 * compiles it once at start-up.  Every pattern is compiled with
 * PCRE2_UTF | PCRE2_UCP; subjects are valid UTF-8 (the input layer
 * repairs them), so matching skips the UTF check.  JIT is used when
 * available; a JIT failure falls back to the interpreter.
 */
#ifndef RE_H
#define RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>

struct re_def {
	const char	*name;		/* for messages */
	const char	*pattern;
	uint32_t	 flags;		/* extra compile options */
};

struct re_table {
	size_t			 n;
	const struct re_def	*defs;
	pcre2_code		**code;
	pcre2_match_data	*md;	/* shared, reused for every match */
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jstack;
};

/*
 * Compile n patterns; a compile error is fatal and names the pattern
 * and the offset.  The table must outlive the returned object.
 */
struct re_table	*re_table_compile(const struct re_def *, size_t n);
void		 re_table_free(struct re_table *);

/*
 * Match pattern i against s[0..len) from offset start.  Returns 1 and
 * sets *mstart, *mend (either may be NULL) on a match, 0 on no match.
 * Any other outcome (e.g. a resource limit) is reported and counts as
 * no match.
 */
int		 re_match(struct re_table *, size_t i, const char *s,
		    size_t len, size_t start, size_t *mstart, size_t *mend);

/* The ovector of the last match, for capture groups. */
size_t		*re_ovector(struct re_table *);

#endif
