#include <err.h>
#include <stdlib.h>

#include "re.h"
#include "xalloc.h"

struct re_table *
re_table_compile(const struct re_def *defs, size_t n)
{
	struct re_table *t;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE erroff;
	int errcode;
	size_t i;

	t = xcalloc(1, sizeof(*t));
	t->n = n;
	t->defs = defs;
	t->code = xcalloc(n, sizeof(*t->code));
	for (i = 0; i < n; i++) {
		t->code[i] = pcre2_compile((PCRE2_SPTR)defs[i].pattern,
		    PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP | defs[i].flags, &errcode, &erroff,
		    NULL);
		if (t->code[i] == NULL) {
			pcre2_get_error_message(errcode, msg, sizeof(msg));
			errx(1, "pattern %s at offset %zu: %s", defs[i].name,
			    (size_t)erroff, (char *)msg);
		}
		/* Ignore JIT errors: the interpreter gives the same answers. */
		(void)pcre2_jit_compile(t->code[i], PCRE2_JIT_COMPLETE);
	}
	t->md = pcre2_match_data_create(32, NULL);
	t->mctx = pcre2_match_context_create(NULL);
	if (t->md == NULL || t->mctx == NULL)
		err(1, NULL);
	t->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (t->jstack != NULL)
		pcre2_jit_stack_assign(t->mctx, NULL, t->jstack);
	return t;
}

void
re_table_free(struct re_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++)
		pcre2_code_free(t->code[i]);
	free(t->code);
	pcre2_match_data_free(t->md);
	pcre2_match_context_free(t->mctx);
	pcre2_jit_stack_free(t->jstack);
	free(t);
}

int
re_match(struct re_table *t, size_t i, const char *s, size_t len,
    size_t start, size_t *mstart, size_t *mend)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE *ov;
	int rc;

	rc = pcre2_match(t->code[i], (PCRE2_SPTR)s, len, start,
	    PCRE2_NO_UTF_CHECK, t->md, t->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		pcre2_get_error_message(rc, msg, sizeof(msg));
		warnx("pattern %s: %s", t->defs[i].name, (char *)msg);
		return 0;
	}
	ov = pcre2_get_ovector_pointer(t->md);
	if (mstart != NULL)
		*mstart = ov[0];
	if (mend != NULL)
		*mend = ov[1];
	return 1;
}

size_t *
re_ovector(struct re_table *t)
{
	return pcre2_get_ovector_pointer(t->md);
}
