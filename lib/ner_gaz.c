/*
 * ner_gaz.c -- gazetteers: phrase lists matched over token sequences.
 *
 * A phrase is stored as the 64-bit hash of its lower-cased tokens, so
 * lookups extend one token at a time and compare no strings.  With a
 * few hundred thousand entries a false match is about as likely as
 * 2^-40 per lookup.
 */
#include <ctype.h>
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "input.h"
#include "ner.h"
#include "tok.h"
#include "xalloc.h"

struct gaz_ent {
	uint64_t	key;		/* 0: empty slot */
	uint8_t		type;		/* NOTYPE: only a dictionary word */
	uint8_t		user;
	uint8_t		lex;		/* NER_LEX_* bits */
	uint8_t		pad;
	uint16_t	clus;		/* word cluster (ner_gaz_cluster), 0: none */
};

#define NOTYPE	0xff

struct ner_gaz {
	struct gaz_ent	*t;
	size_t		 n, cap;	/* cap a power of two */
	int		 view;		/* t, bloom not ours: copy before writing */
	/*
	 * A Bloom filter of the first words of place names, so that text
	 * in lower case can be checked for places without a table read,
	 * and of every phrase's first 1, 2 ... words, so that a scan stops
	 * as soon as no phrase can match.
	 */
	uint64_t	*bloom;		/* BLOOM_BITS bits */
};

#define BLOOM_BITS	NER_GAZ_BLOOM
#define SALT_PLACE	0x5bd1e9955bd1e995ULL
#define SALT_CASED	0xc2b2ae3d27d4eb4fULL

const char *const ner_type_names[T_NTYPES] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "DATE",
	"TIME", "MONEY", "PERCENT", "MISC"
};

int
ner_type_parse(const char *s, size_t len)
{
	int i;

	for (i = 0; i < T_NTYPES; i++)
		if (strlen(ner_type_names[i]) == len &&
		    memcmp(ner_type_names[i], s, len) == 0)
			return i;
	if (len == 3 && memcmp(s, "PER", 3) == 0)
		return T_PERSON;
	return -1;
}

enum ner_ctype
ner_type_coarse(enum ner_type t)
{
	switch (t) {
	case T_PERSON:
		return NER_PER;
	case T_ORG:
		return NER_ORG;
	case T_GPE:
	case T_LOC:
	case T_FAC:
		return NER_LOC;
	case T_NORP:
	case T_EVENT:
	case T_MISC:
		return NER_MISC;
	default:
		return NER_NCTYPES;
	}
}

/* Hash of one token, lower-cased, continuing h. */
static uint64_t
hash_tok(uint64_t h, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)tolower((unsigned char)s[i]);
		h *= HASH_FNV64_PRIME;
	}
	return h;
}

/* The separator between tokens of a phrase. */
static uint64_t
hash_sep(uint64_t h)
{
	h ^= 0x1f;
	return h * HASH_FNV64_PRIME;
}

/* Key of a word with its case kept (clusters of capitalised forms). */
static uint64_t
hash_cased(const char *s, size_t len)
{
	return hash_fnv64(HASH_FNV64_INIT, s, len);
}

static int
has_upper(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (isupper((unsigned char)s[i]))
			return 1;
	return 0;
}

static uint64_t
finish(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1;
}

struct ner_gaz *
ner_gaz_new(void)
{
	struct ner_gaz *g;

	g = xcalloc(1, sizeof(*g));
	g->cap = 1024;
	g->t = xcalloc(g->cap, sizeof(*g->t));
	g->bloom = xcalloc(BLOOM_BITS / 64, sizeof(*g->bloom));
	return g;
}

void
ner_gaz_free(struct ner_gaz *g)
{
	if (g == NULL)
		return;
	if (!g->view) {
		free(g->t);
		free(g->bloom);
	}
	free(g);
}

size_t
ner_gaz_size(const struct ner_gaz *g)
{
	return g->n;
}

static struct gaz_ent *
slot(const struct ner_gaz *g, uint64_t key)
{
	size_t i = (size_t)key & (g->cap - 1);

	while (g->t[i].key != 0 && g->t[i].key != key)
		i = (i + 1) & (g->cap - 1);
	return &g->t[i];
}

/* Make a view's table and filter our own before changing them. */
static void
own(struct ner_gaz *g)
{
	struct gaz_ent *ot = g->t;
	uint64_t *ob = g->bloom;

	if (!g->view)
		return;
	g->t = xreallocarray(NULL, g->cap, sizeof(*g->t));
	memcpy(g->t, ot, g->cap * sizeof(*g->t));
	g->bloom = xreallocarray(NULL, BLOOM_BITS / 64, sizeof(*g->bloom));
	memcpy(g->bloom, ob, BLOOM_BITS / 8);
	g->view = 0;
}

/* Add key (or find it), and return its entry. */
static struct gaz_ent *
insert(struct ner_gaz *g, uint64_t key, enum ner_type type, int user)
{
	struct gaz_ent *e, *old;
	size_t i, ocap;

	own(g);
	if ((g->n + 1) * 2 > g->cap) {
		old = g->t;
		ocap = g->cap;
		g->cap *= 2;
		g->t = xcalloc(g->cap, sizeof(*g->t));
		for (i = 0; i < ocap; i++)
			if (old[i].key != 0)
				*slot(g, old[i].key) = old[i];
		free(old);
	}
	e = slot(g, key);
	if (e->key == 0) {
		e->key = key;
		e->type = (uint8_t)type;
		e->user = (uint8_t)user;
		g->n++;
	} else if (user || e->type == NOTYPE) {
		/* A user's entry overrides the shipped lists. */
		e->type = (uint8_t)type;
		e->user = (uint8_t)user;
	}
	return e;
}

static void
bloom_add(struct ner_gaz *g, uint64_t key)
{
	uint32_t a = (uint32_t)key % BLOOM_BITS;
	uint32_t b = (uint32_t)(key >> 32) % BLOOM_BITS;

	own(g);
	g->bloom[a / 64] |= (uint64_t)1 << (a % 64);
	g->bloom[b / 64] |= (uint64_t)1 << (b % 64);
}

static int
bloom_has(const struct ner_gaz *g, uint64_t key)
{
	uint32_t a = (uint32_t)key % BLOOM_BITS;
	uint32_t b = (uint32_t)(key >> 32) % BLOOM_BITS;

	return (g->bloom[a / 64] >> (a % 64) & 1) &&
	    (g->bloom[b / 64] >> (b % 64) & 1);
}

int
ner_gaz_place_start(const struct ner_gaz *g, const char *w, size_t len)
{
	return bloom_has(g, finish(hash_tok(HASH_FNV64_INIT, w, len)) ^ SALT_PLACE);
}

void
ner_gaz_add(struct ner_gaz *g, const char *s, size_t len, enum ner_type type,
    int flags)
{
	struct tok_list tl = TOK_LIST_INIT;
	uint64_t h = HASH_FNV64_INIT;
	char *nb;
	size_t i, nl;

	if (tok_split(s, len, &tl) == 0 || tl.n > NER_GAZ_MAXLEN) {
		tok_free(&tl);
		return;
	}
	nb = xmalloc(len * 2 + 1);
	for (i = 0; i < tl.n; i++) {
		if (i > 0)
			h = hash_sep(h);
		nl = tok_norm(s + tl.t[i].start, tl.t[i].end - tl.t[i].start,
		    nb);
		h = hash_tok(h, nb, nl);
		if (i == 0 && (type == T_GPE || type == T_LOC) &&
		    !(flags & NER_GAZ_CASED))
			bloom_add(g, finish(h) ^ SALT_PLACE);
		bloom_add(g, finish(h));
	}
	free(nb);
	tok_free(&tl);
	insert(g, finish(h), type, flags & NER_GAZ_USER);
}

int
ner_gaz_load(struct ner_gaz *g, const char *path, int flags)
{
	struct input *in;
	char *line, *tab;
	size_t len;
	int t, rv = 0;

	if ((in = input_open(path)) == NULL)
		return -1;
	while (input_line(in, &line, &len)) {
		if (len == 0 || line[0] == '#')
			continue;
		if ((tab = memchr(line, '\t', len)) == NULL ||
		    (t = ner_type_parse(tab + 1,
		    len - (size_t)(tab - line) - 1)) < 0) {
			warnx("%s: expected name<TAB>TYPE", input_where(in));
			rv = -1;
			break;
		}
		ner_gaz_add(g, line, (size_t)(tab - line), (enum ner_type)t,
		    flags);
	}
	if (input_close(in) == -1)
		rv = -1;
	return rv;
}

int
ner_gaz_find(const struct ner_gaz *g, const char *const *w, const size_t *wl,
    size_t n, enum ner_type *type, int *user)
{
	const struct gaz_ent *e;
	uint64_t h = HASH_FNV64_INIT;
	size_t i;

	if (n == 0 || n > NER_GAZ_MAXLEN)
		return 0;
	for (i = 0; i < n; i++) {
		if (i > 0)
			h = hash_sep(h);
		h = hash_tok(h, w[i], wl[i]);
	}
	e = slot(g, finish(h));
	if (e->key == 0 || e->type == NOTYPE)
		return 0;
	if (type != NULL)
		*type = (enum ner_type)e->type;
	if (user != NULL)
		*user = e->user;
	return 1;
}

static int
capitalised(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];

	return len > 0 && (isupper(c) || c >= 0x80);
}

void
ner_gaz_scan(const struct ner_gaz *g, const char *const *w, const size_t *wl,
    size_t n, uint16_t *mark)
{
	const struct gaz_ent *e;
	uint64_t h, key;
	size_t i, k, j;
	int ct;

	memset(mark, 0, n * sizeof(*mark));
	for (i = 0; i < n; i++) {
		if (!capitalised(w[i], wl[i]))
			continue;
		h = HASH_FNV64_INIT;
		for (k = 0; k < NER_GAZ_MAXLEN && i + k < n; k++) {
			if (k > 0)
				h = hash_sep(h);
			h = hash_tok(h, w[i + k], wl[i + k]);
			key = finish(h);
			if (!bloom_has(g, key))
				break;
			/* Phrases end on a capitalised word or a number. */
			if (!capitalised(w[i + k], wl[i + k]) &&
			    !isdigit((unsigned char)w[i + k][0]))
				continue;
			e = slot(g, key);
			if (e->key == 0 || e->type == NOTYPE)
				continue;
			ct = ner_type_coarse((enum ner_type)e->type);
			if (ct == NER_NCTYPES)
				continue;
			if (k == 0) {
				mark[i] |= 1u << (4 * ct + NER_U);
				continue;
			}
			mark[i] |= 1u << (4 * ct + NER_B);
			for (j = 1; j < k; j++)
				mark[i + j] |= 1u << (4 * ct + NER_I);
			mark[i + k] |= 1u << (4 * ct + NER_L);
		}
	}
}

int
ner_gaz_load_lex(struct ner_gaz *g, const char *path, int flag)
{
	struct gaz_ent *e;
	struct input *in;
	char *line;
	size_t len;

	if ((in = input_open(path)) == NULL)
		return -1;
	while (input_line(in, &line, &len)) {
		if (len == 0)
			continue;
		e = insert(g, finish(hash_tok(HASH_FNV64_INIT, line, len)),
		    (enum ner_type)NOTYPE, 0);
		if (flag != 0)
			e->lex |= (uint8_t)flag;
		else
			e->lex |= isupper((unsigned char)line[0]) ?
			    NER_LEX_CAP : NER_LEX_LOWER;
	}
	return input_close(in);
}

/*
 * Brown-format clusters: "bits<TAB>word[<TAB>count]".  The path is
 * kept as 1 followed by its first NER_CLUS_MAXLEN bits, so that its
 * prefixes stay distinct.  A word with capitals is stored twice: as
 * written (a key of its own) and, if no casing of it came before, in
 * lower case, which is what other casings fall back to.
 */
int
ner_gaz_load_clusters(struct ner_gaz *g, const char *path)
{
	struct gaz_ent *e;
	struct input *in;
	char *line, *tab, *end;
	size_t len, i, wl;
	uint64_t key;
	unsigned code;
	int rv = 0;

	if ((in = input_open(path)) == NULL)
		return -1;
	while (input_line(in, &line, &len)) {
		if (len == 0 || line[0] == '#')
			continue;
		tab = memchr(line, '\t', len);
		code = 1;
		for (i = 0; tab != NULL && line + i < tab; i++) {
			if (line[i] != '0' && line[i] != '1')
				break;
			if (i < NER_CLUS_MAXLEN)
				code = code << 1 | (unsigned)(line[i] - '0');
		}
		if (tab == NULL || i == 0 || line + i != tab) {
			warnx("%s: expected bits<TAB>word", input_where(in));
			rv = -1;
			break;
		}
		tab++;
		end = memchr(tab, '\t', len - (size_t)(tab - line));
		wl = end != NULL ? (size_t)(end - tab) :
		    len - (size_t)(tab - line);
		if (wl == 0)
			continue;
		key = finish(hash_tok(HASH_FNV64_INIT, tab, wl));
		e = insert(g, key, (enum ner_type)NOTYPE, 0);
		if (e->clus == 0)
			e->clus = (uint16_t)code;
		if (!has_upper(tab, wl))
			continue;
		key = finish(hash_cased(tab, wl)) ^ SALT_CASED;
		e = insert(g, key ? key : 1, (enum ner_type)NOTYPE, 0);
		if (e->clus == 0)
			e->clus = (uint16_t)code;
	}
	if (input_close(in) == -1)
		rv = -1;
	return rv;
}

unsigned
ner_gaz_word(const struct ner_gaz *g, const char *w, size_t len)
{
	const struct gaz_ent *e, *c;
	uint64_t key;
	unsigned clus;

	e = slot(g, finish(hash_tok(HASH_FNV64_INIT, w, len)));
	clus = e->key == 0 ? 0 : e->clus;
	/* A capitalised form has its own cluster if it was seen. */
	if (has_upper(w, len)) {
		key = finish(hash_cased(w, len)) ^ SALT_CASED;
		c = slot(g, key ? key : 1);
		if (c->key != 0 && c->clus != 0)
			clus = c->clus;
	}
	return (e->key == 0 ? 0 : (unsigned)e->lex) | clus << 8;
}

unsigned
ner_gaz_cluster(const struct ner_gaz *g, const char *w, size_t len)
{
	return ner_gaz_word(g, w, len) >> 8;
}

int
ner_gaz_lex(const struct ner_gaz *g, const char *w, size_t len)
{
	const struct gaz_ent *e;

	e = slot(g, finish(hash_tok(HASH_FNV64_INIT, w, len)));
	return e->key == 0 ? 0 : e->lex;
}

size_t
ner_gaz_dump_size(const struct ner_gaz *g)
{
	return g->cap * sizeof(*g->t) + BLOOM_BITS / 8;
}

void
ner_gaz_dump(const struct ner_gaz *g, void *out, uint64_t *cap, uint64_t *n)
{
	memcpy(out, g->t, g->cap * sizeof(*g->t));
	memcpy((char *)out + g->cap * sizeof(*g->t), g->bloom,
	    BLOOM_BITS / 8);
	*cap = g->cap;
	*n = g->n;
}

struct ner_gaz *
ner_gaz_view(const void *p, uint64_t cap, uint64_t n)
{
	struct ner_gaz *g;

	if (cap == 0 || (cap & (cap - 1)) != 0 || n >= cap)
		return NULL;
	g = xcalloc(1, sizeof(*g));
	g->t = (struct gaz_ent *)(uintptr_t)p;
	g->bloom = (uint64_t *)(uintptr_t)((const char *)p +
	    cap * sizeof(*g->t));
	g->cap = (size_t)cap;
	g->n = (size_t)n;
	g->view = 1;
	return g;
}
