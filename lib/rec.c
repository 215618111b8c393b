#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "rec.h"
#include "swar.h"
#include "tsv.h"
#include "wire.h"
#include "xalloc.h"

#define N(i)	(1u << (i))

/* Each kind's field count and which of its fields are numbers. */
static const struct {
	const char	*name;
	enum rec_kind	 kind;
	size_t		 nf;
	unsigned	 numeric;
} kinds[] = {
	{ "doc",	REC_DOC,	DOC_NF,		0 },
	{ "para",	REC_PARA,	PARA_NF,
	    N(PARA_OFFSET) | N(PARA_LENGTH) },
	{ "sentence",	REC_SENTENCE,	SENT_NF,
	    N(SENT_OFFSET) | N(SENT_LENGTH) },
	{ "entity",	REC_ENTITY,	ENT_NF,
	    N(ENT_START) | N(ENT_END) },
	{ "quote",	REC_QUOTE,	QUOTE_NF,
	    N(QUOTE_ENDPARA) | N(QUOTE_ENDSENT) | N(QUOTE_START) |
	    N(QUOTE_END) },
	{ "mark",	REC_MARK,	MARK_NF,	0 },
};

#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

enum rec_kind
rec_kind(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < NKINDS; i++)
		if (strlen(kinds[i].name) == len &&
		    memcmp(kinds[i].name, s, len) == 0)
			return kinds[i].kind;
	return REC_OTHER;
}

const char *
rec_kind_name(enum rec_kind k)
{
	size_t i;

	for (i = 0; i < NKINDS; i++)
		if (kinds[i].kind == k)
			return kinds[i].name;
	return "other";
}

static size_t
kind_index(enum rec_kind k)
{
	size_t i;

	for (i = 0; i < NKINDS; i++)
		if (kinds[i].kind == k)
			break;
	return i;
}

int
rec_field_numeric(enum rec_kind k, size_t field)
{
	size_t i;

	if (field == F_PARA || field == F_SENT)
		return k != REC_OTHER;
	if ((i = kind_index(k)) == NKINDS || field >= 32)
		return 0;
	return (kinds[i].numeric & N(field)) != 0;
}

struct rec_in *
rec_open(const char *path, int flags)
{
	struct rec_in *ri;
	struct input *in;

	if ((in = input_open(path)) == NULL)
		return NULL;
	ri = xcalloc(1, sizeof(*ri));
	ri->in = in;
	ri->flags = flags;
	return ri;
}

int
rec_field_is(const struct rec *r, size_t i, const char *s)
{
	size_t len = strlen(s);

	return i < r->nf && r->f[i].len == len &&
	    memcmp(r->f[i].s, s, len) == 0;
}

/*
 * The TAB ending the field at p, or end.  The leading fields are ids
 * and numbers of a few bytes: look at those bytes eight at a time
 * before calling memchr() for a long field.
 */
static inline char *
next_tab(char *p, char *end)
{
	uint64_t tabs;
	char *tab;
	int k;

	for (k = 0; k < 4 && end - p >= 8; k++, p += 8)
		if ((tabs = swar_eq(swar_load(p), '\t')) != 0)
			return p + swar_first(tabs);
	if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
		return end;
	return tab;
}

/*
 * Split the line into fields and check them.  Returns NULL on success,
 * or a description of what is wrong.
 */
static const char *
parse(struct rec_in *ri, struct rec *r, char *line, size_t len)
{
	static char why[128];
	char *p, *end, *tab;
	size_t nf = 0, bad, k, i;
	int escaped;

	/*
	 * Most records have no escape at all: one search of the line
	 * instead of one per field (a record has six or seven, most of
	 * them a few bytes long, where a call costs more than the search).
	 * Their fields are read where they lie in the line; the others
	 * are unescaped in a copy, so that the line stays as it was read.
	 */
	escaped = memchr(line, '\\', len) != NULL;
	p = line;
	if (escaped) {
		buf_reset(&ri->arena);
		buf_put(&ri->arena, line, len);
		p = ri->arena.data;
	}
	end = p + len;
	for (;;) {
		if (nf == ri->fcap) {
			ri->fcap = ri->fcap == 0 ? 16 : ri->fcap * 2;
			ri->f = xreallocarray(ri->f, ri->fcap, sizeof(*ri->f));
		}
		tab = next_tab(p, end);
		ri->f[nf].s = p;
		ri->f[nf].len = (size_t)(tab - p);
		if (escaped &&
		    tsv_unescape(p, &ri->f[nf].len, &bad) == -1) {
			snprintf(why, sizeof(why),
			    "field %zu: bad escape at byte %zu", nf + 1,
			    (size_t)(p - ri->arena.data) + bad + 1);
			return why;
		}
		nf++;
		if (tab == end)
			break;
		p = tab + 1;
	}
	r->f = ri->f;
	r->nf = nf;
	r->raw = line;
	r->rawlen = len;
	if (nf < REC_MINFIELDS) {
		snprintf(why, sizeof(why),
		    "%zu field%s, a record has at least %d", nf,
		    nf == 1 ? "" : "s", REC_MINFIELDS);
		return why;
	}
	r->kind = rec_kind(r->f[F_KIND].s, r->f[F_KIND].len);
	r->para = rec_num(r, F_PARA);
	r->sent = rec_num(r, F_SENT);
	if (r->kind == REC_OTHER)
		return NULL;
	k = kind_index(r->kind);
	if (nf != kinds[k].nf) {
		snprintf(why, sizeof(why), "%s record with %zu fields, not %zu",
		    kinds[k].name, nf, kinds[k].nf);
		return why;
	}
	if (r->para < 0 || r->sent < 0)
		return "paragraph and sentence numbers must be numbers";
	for (i = REC_MINFIELDS; i < nf; i++)
		if ((kinds[k].numeric & N(i)) && rec_num(r, i) < 0) {
			snprintf(why, sizeof(why),
			    "%s record: field %zu must be a number",
			    kinds[k].name, i + 1);
			return why;
		}
	return NULL;
}

int
rec_read(struct rec_in *ri, struct rec *r)
{
	const char *why;
	char *line;
	size_t len;

	while (input_line(ri->in, &line, &len)) {
		if ((why = parse(ri, r, line, len)) == NULL)
			return 1;
		if (!(ri->flags & REC_SKIPBAD))
			errx(1, "%s: malformed record: %s",
			    input_where(ri->in), why);
		ri->skipped++;
	}
	return 0;
}

int
rec_close(struct rec_in *ri)
{
	unsigned long skipped;
	int rv;

	if (ri == NULL)
		return 0;
	skipped = ri->skipped;
	if (skipped > 0)
		warnx("%s: skipped %lu malformed record%s", ri->in->name,
		    skipped, skipped == 1 ? "" : "s");
	rv = input_close(ri->in);
	buf_free(&ri->arena);
	free(ri->f);
	free(ri);
	return rv;
}

static int
each_file(const char *path, int flags,
    void (*fn)(const struct rec *, void *), void *arg)
{
	struct rec_in *ri;
	struct rec r;

	if ((ri = rec_open(path, flags)) == NULL)
		return -1;
	while (rec_read(ri, &r))
		fn(&r, arg);
	return rec_close(ri);
}

int
rec_each(int argc, char *argv[], int flags,
    void (*fn)(const struct rec *, void *), void *arg)
{
	int rval = WIRE_OK;

	if (argc == 0)
		return each_file("-", flags, fn, arg) == -1 ?
		    WIRE_ERROR : WIRE_OK;
	for (; argc > 0; argc--, argv++)
		if (each_file(*argv, flags, fn, arg) == -1)
			rval = WIRE_ERROR;
	return rval;
}
