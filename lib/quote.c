/*
 * quote.c -- quotations and their speakers (see quote.h and
 * wire-extract-quotes(1)).
 *
 * The work is done in passes over one document:
 *  1. pair the quote marks paragraph by paragraph; a quote left open at
 *     the end of a paragraph continues when the next paragraph opens
 *     with a mark (the multi-paragraph convention);
 *  2. set titles and naming quotes apart from the context;
 *  3. look for a cue (a speech verb) and its speaker in the clause
 *     before and after each quote, within the quote's sentence;
 *  4. in document order, turn each speaker into a name: entities'
 *     canonical names, pronouns resolved to a recent person, quotes
 *     without a cue inheriting the speaker of the quote before them.
 * No sentence splitter is needed: clause windows end at our own
 * sentence boundaries, which only look at the text around a window.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "buf.h"
#include "hash.h"
#include "quote.h"
#include "utf8.h"
#include "xalloc.h"

/* Quote marks. */
enum mark { MK_NONE, MK_OPEN, MK_CLOSE, MK_AMBIG };

/* Token kinds. */
enum { T_WORD = 1, T_PUNCT, T_MARK };

struct tok {
	size_t		 off, len;
	unsigned	 cls;		/* lexicon classes of a word */
	unsigned char	 kind;
	unsigned char	 cap;		/* begins with a capital letter */
	unsigned char	 poss;		/* ends in 's */
	unsigned char	 c;		/* punctuation, ASCII-fied */
};

struct part {
	size_t		 start, end;
};

/* What the clause around a quote says about its speaker. */
enum { AT_NONE, AT_NAME, AT_PRON, AT_NOM, AT_SUBJ };

struct attr {
	int		 kind;
	int		 subj;		/* found as the clause's subject */
	size_t		 s, e;		/* speaker phrase */
	size_t		 cs, ce;	/* cue phrase */
	unsigned	 pcls;		/* pronoun classes */
	int		 inv;		/* inverted after the quote: said X */
};

struct qi {
	size_t		 open, close;	/* marks: open start, close end */
	size_t		 start, end;	/* content */
	size_t		 pfirst, plast;	/* paragraph indices */
	size_t		 part0, nparts;
	enum quote_type	 type;
	int		 cued;		/* own cue found */
	int		 samesent;	/* follows a speech quote in its sentence */
	int		 initial;	/* begins its paragraph */
	int		 unclosed;
	struct attr	 a;
};

struct mention {
	size_t		 off, end;	/* the mention in the text */
	size_t		 para;
	size_t		 name, namelen;	/* in priv->names */
	unsigned	 gender;	/* QLEX_MASC, QLEX_FEM or 0 */
	int		 subj;		/* subject-like (-1: not known yet) */
};

/* The most tokens of an apposition between a name and its cue. */
#define APPOS_MAX	24

/* How many paragraphs back a pronoun looks for a subject. */
#define PRON_PARAS	3

struct priv {
	struct qi	*qs;
	size_t		 nqs, qscap;
	struct part	*parts;
	size_t		 nparts, partcap;
	struct tok	*toks;
	size_t		 ntoks, tokcap;
	struct mention	*ms;
	size_t		 nms, mscap;
	struct buf	 names;
	struct buf	 tmp;
	int		 hasent;	/* the document has entities */
};

/*
 * The lexicon as an open-addressing hash table (FNV-1a), built on
 * first use; duplicate words have their classes merged.  Lookups run
 * for every word near a quote, so they must be cheap.
 */
#define LEX_BITS	12
#define LEX_SIZE	(1u << LEX_BITS)

static const char *lexw[LEX_SIZE];
static size_t	 lexl[LEX_SIZE];
static unsigned	 lexc[LEX_SIZE];
static int	 lex_ready;

static void
lex_init(void)
{
	size_t i, len;
	uint32_t h;

	if (lex_ready)
		return;
	lex_ready = 1;
	for (i = 0; i < quote_nlexicon; i++) {
		len = strlen(quote_lexicon[i].word);
		h = hash_fnv32(quote_lexicon[i].word, len) & (LEX_SIZE - 1);
		while (lexw[h] != NULL && !(lexl[h] == len &&
		    memcmp(lexw[h], quote_lexicon[i].word, len) == 0))
			h = (h + 1) & (LEX_SIZE - 1);
		lexw[h] = quote_lexicon[i].word;
		lexl[h] = len;
		lexc[h] |= quote_lexicon[i].cls;
	}
}

unsigned
quote_lex(const char *s, size_t len)
{
	char w[40];
	size_t i, n = 0;
	unsigned char c;
	uint32_t h;

	lex_init();
	if (len >= sizeof(w))
		return 0;
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99) {
			w[n++] = '\'';
			i += 2;
			continue;
		}
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		w[n++] = (char)c;
	}
	h = hash_fnv32(w, n) & (LEX_SIZE - 1);
	while (lexw[h] != NULL) {
		if (lexl[h] == n && memcmp(lexw[h], w, n) == 0)
			return lexc[h];
		h = (h + 1) & (LEX_SIZE - 1);
	}
	return 0;
}

const char *
quote_type_name(enum quote_type t)
{
	switch (t) {
	case QUOTE_DIRECT:
		return "direct";
	case QUOTE_PARTIAL:
		return "partial";
	case QUOTE_INDIRECT:
		return "indirect";
	case QUOTE_TITLE:
		return "title";
	case QUOTE_TERM:
		return "term";
	}
	return "direct";
}

enum quote_ent_type
quote_ent_type(const char *s, size_t len)
{
	if (len == 6 && memcmp(s, "PERSON", 6) == 0)
		return QENT_PERSON;
	if (len == 3 && memcmp(s, "ORG", 3) == 0)
		return QENT_ORG;
	if (len == 3 && (memcmp(s, "GPE", 3) == 0 ||
	    memcmp(s, "LOC", 3) == 0))
		return QENT_GPE;
	if (len == 4 && memcmp(s, "NORP", 4) == 0)
		return QENT_OTHER;
	return QENT_OTHER;
}

static struct priv *
priv(struct quote_doc *d)
{
	if (d->priv == NULL)
		d->priv = xcalloc(1, sizeof(struct priv));
	return d->priv;
}

void
quote_doc_reset(struct quote_doc *d)
{
	buf_reset(&d->text);
	buf_reset(&d->names);
	buf_reset(&d->strs);
	d->npara = d->nsent = d->nent = d->nq = 0;
}

void
quote_doc_free(struct quote_doc *d)
{
	struct priv *p = d->priv;

	buf_free(&d->text);
	buf_free(&d->names);
	buf_free(&d->strs);
	free(d->paras);
	free(d->sents);
	free(d->ents);
	free(d->q);
	if (p != NULL) {
		free(p->qs);
		free(p->parts);
		free(p->toks);
		free(p->ms);
		buf_free(&p->names);
		buf_free(&p->tmp);
		free(p);
	}
	memset(d, 0, sizeof(*d));
}

#define GROW(arr, n, cap) do {						\
	if ((n) == (cap)) {						\
		(cap) = (cap) == 0 ? 16 : (cap) * 2;			\
		(arr) = xreallocarray((arr), (cap), sizeof(*(arr)));	\
	}								\
} while (0)

void
quote_add_para(struct quote_doc *d, size_t off, size_t len, long long p)
{
	GROW(d->paras, d->npara, d->paracap);
	d->paras[d->npara].off = off;
	d->paras[d->npara].len = len;
	d->paras[d->npara].p = p;
	d->paras[d->npara].s = 0;
	d->npara++;
}

void
quote_add_sent(struct quote_doc *d, size_t off, size_t len, long long p,
    long long s)
{
	GROW(d->sents, d->nsent, d->sentcap);
	d->sents[d->nsent].off = off;
	d->sents[d->nsent].len = len;
	d->sents[d->nsent].p = p;
	d->sents[d->nsent].s = s;
	d->nsent++;
}

void
quote_add_ent(struct quote_doc *d, size_t start, size_t end,
    enum quote_ent_type type, const char *canon, size_t canonlen)
{
	struct quote_ent *e;

	GROW(d->ents, d->nent, d->entcap);
	e = &d->ents[d->nent++];
	e->start = start;
	e->end = end;
	e->type = type;
	e->canon = d->names.len;
	e->canonlen = canonlen;
	buf_put(&d->names, canon, canonlen);
}

/*
 * Characters.
 */

/* Decode the character at i (i < n); *w gets its length. */
static uint32_t
cp_at(const char *t, size_t i, size_t n, size_t *w)
{
	uint32_t cp;
	unsigned char c = (unsigned char)t[i];

	if (c < 0x80) {
		*w = 1;
		return c;
	}
	*w = utf8_decode(t + i, n - i, &cp, NULL);
	return cp;
}

/* The character that ends before i, or 0 at lo. */
static uint32_t
cp_before(const char *t, size_t i, size_t lo)
{
	size_t j, w;

	if (i <= lo)
		return 0;
	j = i - 1;
	while (j > lo && ((unsigned char)t[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	return cp_at(t, j, i, &w);
}

static inline int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
	    c == 0x3000;
}

static inline int
is_wordc(uint32_t c)
{
	utf8proc_category_t k;

	if (c < 0x80)
		return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
		    (c >= '0' && c <= '9');
	k = utf8proc_category((utf8proc_int32_t)c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO) &&
	    c != 0xFFFD;
}

static int
is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return utf8proc_isupper((utf8proc_int32_t)c);
}

static int
is_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return utf8proc_islower((utf8proc_int32_t)c);
}

/*
 * The quote mark at i, if any, and its length.  Doubled single marks
 * (‘‘ ’’, the typesetters' convention many sites still use) and ``
 * '' count as double marks; a lone ‘ or ’ is an apostrophe or a
 * nested quote and is not a mark here.
 */
static enum mark
mark_at(const char *t, size_t i, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)t + i;
	size_t r = n - i;

	switch (u[0]) {
	case '"':
		*len = 1;
		return MK_AMBIG;
	case '`':
		if (r >= 2 && u[1] == '`') {
			*len = 2;
			return MK_OPEN;
		}
		return MK_NONE;
	case '\'':
		if (r >= 2 && u[1] == '\'') {
			*len = 2;
			return MK_AMBIG;
		}
		return MK_NONE;
	case 0xC2:
		if (r >= 2 && u[1] == 0xAB) {
			*len = 2;
			return MK_OPEN;
		}
		if (r >= 2 && u[1] == 0xBB) {
			*len = 2;
			return MK_CLOSE;
		}
		return MK_NONE;
	case 0xE2:
		if (r < 3 || u[1] != 0x80)
			return MK_NONE;
		*len = 3;
		switch (u[2]) {
		case 0x9C:		/* U+201C */
		case 0x9E:		/* U+201E */
			return MK_OPEN;
		case 0x9D:		/* U+201D */
			return MK_CLOSE;
		case 0x98:		/* U+2018 */
			if (r >= 6 && u[3] == 0xE2 && u[4] == 0x80 &&
			    u[5] == 0x98) {
				*len = 6;
				return MK_OPEN;
			}
			return MK_NONE;
		case 0x99:		/* U+2019 */
			if (r >= 6 && u[3] == 0xE2 && u[4] == 0x80 &&
			    u[5] == 0x99) {
				*len = 6;
				return MK_CLOSE;
			}
			return MK_NONE;
		}
		return MK_NONE;
	}
	return MK_NONE;
}

/* Punctuation that may stand right outside a quote mark. */
static int
is_outer_punct(uint32_t c)
{
	return c == '(' || c == '[' || c == '{' || c == ')' || c == ']' ||
	    c == '}' || c == ',' || c == '.' || c == ';' || c == ':' ||
	    c == '!' || c == '?' || c == '-' || c == 0x2014 || c == 0x2013 ||
	    c == '/' || c == 0x2026;
}

/*
 * Tokens.
 */

static void
tok_push(struct priv *p, const struct tok *t)
{
	GROW(p->toks, p->ntoks, p->tokcap);
	p->toks[p->ntoks++] = *t;
}

/*
 * Tokenise t[lo, hi) onto p->toks.  With capsonly, only capitalised
 * words get their lexicon classes (enough for finding names, and
 * much cheaper over a whole document).
 */
static void
tokenize2(struct priv *p, const char *t, size_t lo, size_t hi, int capsonly)
{
	struct tok k;
	size_t i = lo, w, w2, j, ml;
	uint32_t c, c2;
	enum mark m;

	while (i < hi) {
		c = cp_at(t, i, hi, &w);
		if (is_space(c)) {
			i += w;
			continue;
		}
		memset(&k, 0, sizeof(k));
		k.off = i;
		if ((m = mark_at(t, i, hi, &ml)) != MK_NONE) {
			k.kind = T_MARK;
			k.len = ml;
			k.c = '"';
			tok_push(p, &k);
			i += ml;
			continue;
		}
		if (!is_wordc(c)) {
			k.kind = T_PUNCT;
			k.len = w;
			k.c = c < 0x80 ? (unsigned char)c :
			    (c == 0x2014 || c == 0x2013) ? '-' :
			    (c == 0x2018 || c == 0x2019) ? '\'' : '?';
			if (c == 0x2026)
				k.c = '.';
			tok_push(p, &k);
			i += w;
			continue;
		}
		k.kind = T_WORD;
		k.cap = is_upper(c);
		j = i + w;
		for (;;) {
			if (j >= hi)
				break;
			c = cp_at(t, j, hi, &w);
			if (is_wordc(c)) {
				j += w;
				continue;
			}
			/* Joiners: O'Malley, R-Fla., U.S., AT&T. */
			if ((c == '-' || c == '\'' || c == 0x2019 ||
			    c == '.' || c == '&') && j + w < hi) {
				c2 = cp_at(t, j + w, hi, &w2);
				if (is_wordc(c2)) {
					j += w + w2;
					continue;
				}
			}
			break;
		}
		if (capsonly && !k.cap) {
			k.len = j - i;
			tok_push(p, &k);
			i = j;
			continue;
		}
		/* A period that belongs to the word: Mr. U.S. F. */
		if (j < hi && t[j] == '.') {
			if ((quote_lex(t + i, j + 1 - i) & QLEX_ABBR) ||
			    (k.cap && j - i == 1) ||
			    memchr(t + i, '.', j - i) != NULL)
				j++;
		}
		k.len = j - i;
		if (k.len > 2 && (t[j - 1] == 's' || t[j - 1] == 'S') &&
		    (t[j - 2] == '\'' || (k.len > 4 &&
		    (unsigned char)t[j - 2] == 0x99 &&
		    (unsigned char)t[j - 4] == 0xE2))) {
			k.poss = 1;
			k.cls = quote_lex(t + i, j - i - (t[j - 2] == '\'' ?
			    2 : 4));
		} else
			k.cls = quote_lex(t + i, k.len);
		tok_push(p, &k);
		i = j;
	}
}

static void
tokenize(struct priv *p, const char *t, size_t lo, size_t hi)
{
	tokenize2(p, t, lo, hi, 0);
}

#define ISW(k)		((k)->kind == T_WORD)
#define ISP(k, ch)	((k)->kind == T_PUNCT && (k)->c == (ch))
#define LOWW(k)		(ISW(k) && !(k)->cap)
#define CAPW(k)		(ISW(k) && (k)->cap)

/*
 * Sentence boundaries of our own.  A sentence ends at . ! ? (then
 * maybe closing marks or brackets) followed by space and a capital,
 * a digit or an opening mark; a period after an abbreviation or an
 * initial does not end one.
 */
static size_t
sent_end_at(const char *t, size_t i, size_t lo, size_t hi)
{
	size_t j = i + 1, k, w, ml;
	uint32_t c;
	enum mark m;

	if (t[i] == '.') {
		k = i;
		while (k > lo && !is_space((unsigned char)t[k - 1]) &&
		    t[k - 1] != '(' && t[k - 1] != '"')
			k--;
		if (quote_lex(t + k, i + 1 - k) & QLEX_ABBR)
			return 0;
		if (i - k == 1 && t[k] >= 'A' && t[k] <= 'Z')
			return 0;
		if (i > lo && t[i - 1] == '.')
			return 0;
	}
	while (j < hi) {
		m = mark_at(t, j, hi, &ml);
		if (m == MK_CLOSE || m == MK_AMBIG) {
			j += ml;
			continue;
		}
		if (t[j] == ')' || t[j] == ']' || t[j] == '\'') {
			j++;
			continue;
		}
		if ((unsigned char)t[j] == 0xE2 && j + 2 < hi &&
		    (unsigned char)t[j + 1] == 0x80 &&
		    (unsigned char)t[j + 2] == 0x99) {
			j += 3;
			continue;
		}
		break;
	}
	if (j >= hi)
		return hi;
	c = cp_at(t, j, hi, &w);
	if (!is_space(c))
		return 0;
	while (j < hi && is_space(c = cp_at(t, j, hi, &w)))
		j += w;
	if (j >= hi)
		return hi;
	if (is_upper(c) || (c >= '0' && c <= '9') ||
	    mark_at(t, j, hi, &ml) != MK_NONE || c == 0x2018)
		return j;
	return 0;
}

/* Start of the last sentence in t[lo, hi). */
static size_t
sent_cut_back(const char *t, size_t lo, size_t hi)
{
	size_t i, e;

	for (i = hi; i > lo; i--) {
		if (t[i - 1] != '.' && t[i - 1] != '?' && t[i - 1] != '!')
			continue;
		if ((e = sent_end_at(t, i - 1, lo, hi)) != 0 && e <= hi)
			return e;
	}
	return lo;
}

/* End of the first sentence in t[lo, hi). */
static size_t
sent_cut_fwd(const char *t, size_t lo, size_t hi)
{
	size_t i;

	for (i = lo; i < hi; i++) {
		if (t[i] != '.' && t[i] != '?' && t[i] != '!')
			continue;
		if (sent_end_at(t, i, lo, hi) != 0)
			return i + 1;
	}
	return hi;
}

/*
 * Pass 1: pairing the marks.
 */

static void
add_part(struct priv *p, struct qi *q, size_t s, size_t e)
{
	GROW(p->parts, p->nparts, p->partcap);
	p->parts[p->nparts].start = s;
	p->parts[p->nparts].end = e;
	p->nparts++;
	q->nparts++;
}

/* Trim spaces at both ends of [*s, *e). */
static void
trim(const char *t, size_t *s, size_t *e)
{
	size_t w;

	while (*s < *e && is_space(cp_at(t, *s, *e, &w)))
		*s += w;
	while (*e > *s && is_space(cp_before(t, *e, *s))) {
		(*e)--;
		while (*e > *s && ((unsigned char)t[*e] & 0xC0) == 0x80)
			(*e)--;
	}
}

/* The first opening mark at the start of paragraph pi, if any. */
static size_t
para_opens(const struct quote_doc *d, size_t pi, size_t *ml)
{
	const char *t = d->text.data;
	size_t i = d->paras[pi].off, e = i + d->paras[pi].len, w;
	enum mark m;

	while (i < e && is_space(cp_at(t, i, e, &w)))
		i += w;
	if (i >= e)
		return (size_t)-1;
	m = mark_at(t, i, e, ml);
	if (m == MK_OPEN || m == MK_AMBIG)
		return i;
	return (size_t)-1;
}

/* Does t[s, e) hold a mark that can only open a quote? */
static int
para_has_open(const char *t, size_t s, size_t e)
{
	size_t i, ml;

	for (i = s; i < e; i++)
		if ((t[i] == '`' || (unsigned char)t[i] == 0xC2 ||
		    (unsigned char)t[i] == 0xE2) &&
		    mark_at(t, i, e, &ml) == MK_OPEN)
			return 1;
	return 0;
}

static void
pair_marks(struct quote_doc *d, struct priv *p)
{
	const char *t = d->text.data;
	struct qi *q = NULL;
	size_t pi, i, e, ml, ps, pstart, at;
	uint32_t before, after;
	int lf, rf, skip = 0, fam = 0, nest = 0, mfam, hasopen;
	enum mark m;

	for (pi = 0; pi < d->npara; pi++) {
		ps = d->paras[pi].off;
		e = ps + d->paras[pi].len;
		i = ps;
		hasopen = -1;
		if (skip) {
			/* A continued quote: skip the repeated mark. */
			i = para_opens(d, pi, &ml) + ml;
			pstart = i;
			skip = 0;
		} else
			pstart = 0;
		for (; i < e; i++) {
			unsigned char c = (unsigned char)t[i];

			if (c != '"' && c != '\'' && c != '`' && c != 0xC2 &&
			    c != 0xE2)
				continue;
			if ((m = mark_at(t, i, e, &ml)) == MK_NONE)
				continue;
			before = cp_before(t, i, ps);
			after = i + ml < e ? cp_at(t, i + ml, e, &at) : 0;
			lf = after != 0 && !is_space(after) &&
			    (before == 0 || is_space(before) ||
			    is_outer_punct(before));
			rf = before != 0 && !is_space(before) &&
			    (after == 0 || is_space(after) ||
			    is_outer_punct(after));
			/* ASCII marks and typographic marks are two
			 * families: one inside the other is nested. */
			mfam = c == '"' || c == '\'' || c == '`';
			if (q != NULL && mfam != fam) {
				if (m == MK_OPEN || (m == MK_AMBIG && lf &&
				    !rf)) {
					nest++;
					i += ml - 1;
					continue;
				}
				if (nest > 0) {
					nest--;
					i += ml - 1;
					continue;
				}
			}
			if (q == NULL) {
				/* A closing mark opens a quote only on pages
				 * that have no opening marks: ”…” */
				if (m == MK_CLOSE && !lf)
					continue;
				if (m == MK_CLOSE && hasopen == -1)
					hasopen = para_has_open(t, ps, e);
				if (m == MK_CLOSE && hasopen)
					continue;
				if (m == MK_AMBIG && rf && !lf)
					continue;
				GROW(p->qs, p->nqs, p->qscap);
				q = &p->qs[p->nqs];
				memset(q, 0, sizeof(*q));
				q->open = i;
				q->start = i + ml;
				q->pfirst = pi;
				q->part0 = p->nparts;
				pstart = i + ml;
				fam = mfam;
				nest = 0;
				i += ml - 1;
				continue;
			}
			if (m == MK_OPEN && lf && !rf && i > pstart) {
				/* An opening mark inside: the last one never
				 * closed.  End it here and start again. */
				size_t s = pstart, en = i;

				trim(t, &s, &en);
				/*
				 * Nothing quoted yet (a flood of opening
				 * marks): the quote starts again here, in
				 * place, rather than being kept.
				 */
				if (s == en && q->part0 == p->nparts) {
					q->open = i;
					q->start = i + ml;
					pstart = i + ml;
					i += ml - 1;
					continue;
				}
				add_part(p, q, s, en);
				q->end = en;
				q->close = i;
				q->plast = pi;
				q->unclosed = 1;
				p->nqs++;
				GROW(p->qs, p->nqs, p->qscap);
				q = &p->qs[p->nqs];
				memset(q, 0, sizeof(*q));
				q->open = i;
				q->start = i + ml;
				q->pfirst = pi;
				q->part0 = p->nparts;
				pstart = i + ml;
				i += ml - 1;
				continue;
			}
			/* "": nothing quoted, nothing kept (a flood of
			 * marks would otherwise keep a quote per pair). */
			if (pstart == i && q->part0 == p->nparts) {
				q = NULL;
				i += ml - 1;
				continue;
			}
			add_part(p, q, pstart, i);
			q->end = i;
			q->close = i + ml;
			q->plast = pi;
			p->nqs++;
			q = NULL;
			i += ml - 1;
		}
		if (q == NULL)
			continue;
		/* Open at the end of the paragraph. */
		{
			size_t s = pstart, en = e;

			trim(t, &s, &en);
			if (pi + 1 < d->npara &&
			    para_opens(d, pi + 1, &ml) != (size_t)-1) {
				add_part(p, q, s, en);
				skip = 1;
				continue;
			}
			add_part(p, q, s, en);
			q->end = en;
			q->close = e;
			q->plast = pi;
			q->unclosed = 1;
			p->nqs++;
			q = NULL;
		}
	}
	if (q != NULL) {
		/* Cannot happen: the last paragraph always closes. */
		q = NULL;
	}
}

/*
 * Pass 2 and 3: the context of each quote.
 */

/* Number of word tokens in t[s, e). */
static size_t
count_words(struct priv *p, const char *t, size_t s, size_t e,
    size_t *ncap, int *lower_first)
{
	size_t n0 = p->ntoks, i, nw = 0, nc = 0;

	tokenize(p, t, s, e);
	*lower_first = 0;
	for (i = n0; i < p->ntoks; i++) {
		struct tok *k = &p->toks[i];

		if (!ISW(k))
			continue;
		if (nw == 0 && !k->cap) {
			uint32_t c;
			size_t w;

			c = cp_at(t, k->off, e, &w);
			*lower_first = is_lower(c);
		}
		nw++;
		if (k->cap || (k->cls & (QLEX_NAMEP | QLEX_DET | QLEX_PREP |
		    QLEX_CONJ)))
			nc++;
	}
	p->ntoks = n0;
	*ncap = nc;
	return nw;
}

/* Last token before the quote's opening mark and first after it. */
static int
title_or_term(struct quote_doc *d, struct priv *p, struct qi *q)
{
	const char *t = d->text.data;
	size_t ps = d->paras[q->pfirst].off;
	size_t pe = d->paras[q->plast].off + d->paras[q->plast].len;
	size_t lo = q->open > ps + 80 ? q->open - 80 : ps;
	size_t nw, nc, n, i, a, b;
	int lowf, titlecase, r = -1;
	struct tok *k;

	if (q->nparts != 1)
		return -1;
	nw = count_words(p, t, q->start, q->end, &nc, &lowf);
	if (nw == 0)
		return QUOTE_TERM;
	titlecase = nw <= 12 && nc == nw && !lowf;
	/* Context before: the last few tokens. */
	p->ntoks = 0;
	/* Start the context at a word boundary. */
	while (lo > ps && !is_space((unsigned char)t[lo - 1]))
		lo--;
	tokenize(p, t, lo, q->open);
	n = p->ntoks;
	if (n > 0) {
		k = &p->toks[n - 1];
		/* dubbed "X", so-called "X", known as "X", the word "X" */
		for (i = n; i > 0 && i + 3 > n; i--) {
			k = &p->toks[i - 1];
			if (!ISW(k))
				break;
			if ((k->cls & QLEX_TERM) && !k->cap && nw <= 6)
				return QUOTE_TERM;
			if (!(k->cls & (QLEX_DET | QLEX_CONJ)))
				break;
		}
		k = &p->toks[n - 1];
		if (titlecase) {
			/* on CBS's "Face the Nation", on "Meet the Press" */
			if (CAPW(k) && k->poss)
				r = QUOTE_TITLE;
			if (ISW(k) && !k->cap && k->off + 2 == q->open - 1 &&
			    memcmp(t + k->off, "on", 2) == 0)
				r = QUOTE_TITLE;
			for (i = n; i > 0 && i + 3 > n; i--)
				if (ISW(&p->toks[i - 1]) &&
				    (p->toks[i - 1].cls & QLEX_TCTX) &&
				    !p->toks[i - 1].cap)
					r = QUOTE_TITLE;
		}
	}
	if (r == -1 && titlecase) {
		/* "X" show, "X" book */
		p->ntoks = 0;
		a = q->close;
		b = a + 40 < pe ? a + 40 : pe;
		tokenize(p, t, a, b);
		for (i = 0; i < p->ntoks && i < 2; i++)
			if (ISW(&p->toks[i]) && (p->toks[i].cls & QLEX_TCTX) &&
			    !p->toks[i].cap)
				r = QUOTE_TITLE;
	}
	p->ntoks = 0;
	return r;
}

/* Is token k a speech cue verb (in lower case)? */
static int
is_cue(const struct tok *k)
{
	/* Capitalised only as "According to". */
	return ISW(k) && (k->cls & QLEX_SPEECH) && (!k->cap ||
	    (k->len == 9 && (k->cls & QLEX_STOP)));
}

/*
 * Is token v the noun "states" rather than the verb ("in many Asian
 * states", "the first four states account for")?  After a capitalised
 * word, a number or a quantifier, or before a preposition or a verb
 * of its own, it is the noun.
 */
static const char *const states_before[] = {
	"many", "other", "some", "all", "both", "those", "these", "the",
	"two", "three", "four", "five", "six", "several", "swing", "key",
	"battleground", "early", "member", "neighboring", "western",
	"southern", "northern", "eastern", "red", "blue", "most", "few",
	"remaining", "primary", "border", "arab", "gulf", "individual"
};
static const char *const states_after[] = {
	"and", "or", "of", "in", "where", "with", "have", "are", "were",
	"to", "had", "will", "would", "account", "vote", "voted", "like",
	"such", "including", "on", "for", "from", "at"
};

static int
word_in(const char *t, const struct tok *k, const char *const *l,
    size_t nl)
{
	size_t i;

	for (i = 0; i < nl; i++)
		if (strlen(l[i]) == k->len &&
		    strncasecmp(l[i], t + k->off, k->len) == 0)
			return 1;
	return 0;
}

static int
noun_states(const char *t, const struct tok *k, size_t v, size_t n)
{
	if (k[v].len != 6 || memcmp(t + k[v].off, "states", 6) != 0)
		return 0;
	if (v > 0 && (CAPW(&k[v - 1]) || (ISW(&k[v - 1]) &&
	    (t[k[v - 1].off] >= '0' && t[k[v - 1].off] <= '9')) ||
	    (ISW(&k[v - 1]) && word_in(t, &k[v - 1], states_before,
	    sizeof(states_before) / sizeof(states_before[0])))))
		return 1;
	return v + 1 < n && ISW(&k[v + 1]) && word_in(t, &k[v + 1],
	    states_after, sizeof(states_after) / sizeof(states_after[0]));
}

/* Extend the cue at v to the phrase: has said, was quoted as saying,
 * told reporters, pointed out, according to. */
static void
cue_phrase(struct priv *p, const char *t, size_t lo, size_t n, size_t v,
    struct attr *a)
{
	struct tok *k = p->toks;
	size_t s = v, e = v;

	while (s > lo && LOWW(&k[s - 1]) &&
	    (k[s - 1].cls & (QLEX_AUX | QLEX_ADV)) &&
	    !(k[s - 1].cls & QLEX_PRON))
		s--;
	if (e + 2 < n && LOWW(&k[e + 1]) && LOWW(&k[e + 2]) &&
	    k[e + 1].len == 2 && memcmp(t + k[e + 1].off, "as", 2) == 0 &&
	    (k[e + 2].cls & QLEX_SPEECH))
		e += 2;
	else if (e + 1 < n && LOWW(&k[e + 1]) &&
	    ((k[e + 1].len == 2 && memcmp(t + k[e + 1].off, "to", 2) == 0 &&
	    k[v].len == 9) || (k[e + 1].len == 9 &&
	    memcmp(t + k[e + 1].off, "reporters", 9) == 0) ||
	    (k[e + 1].len == 3 && memcmp(t + k[e + 1].off, "out", 3) == 0)))
		e++;
	a->cs = k[s].off;
	a->ce = k[e].off + k[e].len;
}

/*
 * Can token k stand between a speaker and the cue verb: an auxiliary
 * or adverb (has, also, gingerly)?
 */
static int
is_adv(const char *t, const struct tok *k)
{
	if (!LOWW(k) || (k->cls & QLEX_PRON))
		return 0;
	if (k->cls & (QLEX_AUX | QLEX_ADV))
		return 1;
	return k->cls == 0 && k->len > 4 && t[k->off + k->len - 1] == 'y' &&
	    t[k->off + k->len - 2] == 'l';
}

/* Can token k go inside a name going backwards from a capital? */
static int
name_word(const struct tok *k)
{
	return CAPW(k) && !(k->cls & QLEX_PRON);
}

/*
 * The speaker phrase ending right before token v (exclusive), going
 * back no further than lo.  Skips auxiliaries, adverbs and one
 * parenthetical ("Kerry, speaking in Tokyo, said").
 */
static int
np_back1(struct priv *p, const char *t, size_t lo, size_t v, struct attr *a,
    size_t *aps, size_t *ape)
{
	struct tok *k = p->toks;
	size_t i, j, m, lim, iend, ps = 0, pe = 0;
	int paren = 0, bracket = 0;

	if (v <= lo)
		return 0;
	i = v - 1;
again:
	/* Skip adverbs and times: Feinstein last week said. */
	for (;;) {
		if (i > lo && is_adv(t, &k[i]))
			i--;
		else if (ISW(&k[i]) && (k[i].cls & QLEX_TIME) &&
		    !(k[i].cls & QLEX_PREP)) {
			/* A run of time words, maybe after on/in. */
			for (j = i; j > lo && ISW(&k[j - 1]) &&
			    (k[j - 1].cls & QLEX_TIME); j--)
				;
			if (j > lo && (name_word(&k[j - 1]) ||
			    ISP(&k[j - 1], ')') ||
			    (ISW(&k[j - 1]) && (k[j - 1].cls & QLEX_PRON))))
				i = j - 1;
			else
				break;
		} else
			break;
	}
	if (ISP(&k[i], ')') && !bracket) {
		/* Sen. Chris Murphy (D-Conn.) said */
		for (j = i; j > lo && i - j < 8; j--)
			if (ISP(&k[j - 1], '('))
				break;
		if (j <= lo + 1 || !ISP(&k[j - 1], '('))
			return 0;
		i = j - 2;
		bracket = 1;
		goto again;
	}
	if (ISP(&k[i], ',') && !paren) {
		/* A parenthetical between commas. */
		for (j = i; j > lo && i - j < APPOS_MAX; j--) {
			if (ISP(&k[j - 1], ','))
				break;
			/* The period of a party tag (Dan Roe, D-Ore.,
			 * said) ends no sentence. */
			if (ISP(&k[j - 1], '.') && j >= lo + 2 &&
			    ISW(&k[j - 2]) &&
			    k[j - 2].off + k[j - 2].len == k[j - 1].off &&
			    (memchr(t + k[j - 2].off, '-', k[j - 2].len) !=
			    NULL || (k[j - 2].off > 0 &&
			    t[k[j - 2].off - 1] == '-')))
				continue;
			if (k[j - 1].kind == T_MARK || ISP(&k[j - 1], '.') ||
			    ISP(&k[j - 1], ';') || ISP(&k[j - 1], ':'))
				return 0;
		}
		if (j <= lo + 1 || !ISP(&k[j - 1], ','))
			return 0;
		/* A relative clause may hold commas of its own: Swanson,
		 * who is a pastor in Elizabeth, Colorado, said. */
		for (m = j - 1; m > lo + 1 && j - m < 20; m--) {
			if (k[m - 1].kind == T_MARK || ISP(&k[m - 1], '.') ||
			    ISP(&k[m - 1], ';'))
				break;
			if (ISP(&k[m - 1], ',') && LOWW(&k[m]) &&
			    ((k[m].len == 3 && memcmp(t + k[m].off, "who",
			    3) == 0) || (k[m].len == 5 &&
			    (memcmp(t + k[m].off, "which", 5) == 0 ||
			    memcmp(t + k[m].off, "whose", 5) == 0)))) {
				j = m;
				break;
			}
		}
		ps = j;
		pe = i;
		*aps = ps;
		*ape = pe;
		i = j - 2;
		paren = 1;
		goto again;
	}
	if (!ISW(&k[i]))
		return 0;
	iend = i;
	if (k[i].cls & QLEX_PRON) {
		if (k[i].poss)
			return 0;
		a->kind = AT_PRON;
		a->s = k[i].off;
		a->e = k[i].off + k[i].len;
		a->pcls = k[i].cls;
		return 1;
	}
	/* Judicial Watch, Human Rights Watch: a word that alone is no
	 * name ends one after a name word. */
	if (name_word(&k[i]) && ((k[i].cls & QLEX_STOP) == 0 ||
	    (k[i].cls == QLEX_STOP && k[i].len > 4 && i > lo &&
	    name_word(&k[i - 1]) && !(k[i - 1].cls & QLEX_STOP)))) {
		if (k[i].poss)
			return 0;
		j = i;
		for (;;) {
			if (j > lo && name_word(&k[j - 1]) &&
			    !(k[j - 1].cls & QLEX_STOP)) {
				j--;
				continue;
			}
			/* Committee for the Peaceful Reunification */
			if (j > lo + 1 && LOWW(&k[j - 1]) &&
			    (k[j - 1].cls & QLEX_NAMEP) &&
			    name_word(&k[j - 2])) {
				j -= 2;
				continue;
			}
			if (j > lo + 2 && LOWW(&k[j - 1]) &&
			    k[j - 1].len == 3 &&
			    memcmp(t + k[j - 1].off, "the", 3) == 0 &&
			    (k[j - 2].cls & QLEX_NAMEP) && LOWW(&k[j - 2]) &&
			    name_word(&k[j - 3])) {
				j -= 3;
				continue;
			}
			break;
		}
		/* "the" and a preposition before the capitals: nominal. */
		m = j;
		if (m > lo && LOWW(&k[m - 1]) && k[m - 1].len == 3 &&
		    memcmp(t + k[m - 1].off, "the", 3) == 0)
			m--;
		if (m > lo + 1 && LOWW(&k[m - 1]) &&
		    (k[m - 1].cls & QLEX_PREP) && LOWW(&k[m - 2]) &&
		    !(k[m - 2].cls & (QLEX_SPEECH | QLEX_AUX | QLEX_CONJ |
		    QLEX_PRON))) {
			i = m - 2;
			goto nominal;
		}
		/* The White House spokesman: a nominal with capitals. */
		a->kind = AT_NAME;
		a->s = k[j].off;
		a->e = k[i].off + k[i].len;
		return 1;
	}
	if (k[i].cap || (k[i].cls & (QLEX_CONJ | QLEX_PREP | QLEX_DET)))
		return 0;
	/* "said" is no head, but "one tweet", "a statement" are. */
	if ((k[i].cls & QLEX_SPEECH) && !(i > lo && LOWW(&k[i - 1]) &&
	    (k[i - 1].cls & QLEX_DET)) && !(i > lo && CAPW(&k[i - 1]) &&
	    (k[i - 1].cls & QLEX_DET)))
		return 0;
nominal:
	/* A nominal phrase: back to its determiner. */
	lim = i > lo + 14 ? i - 14 : lo;
	for (j = i + 1; j > lim; j--) {
		struct tok *x = &k[j - 1];

		if (!ISW(x))
			break;
		if (!x->cap && (x->cls & (QLEX_CONJ | QLEX_SPEECH | QLEX_AUX |
		    QLEX_PRON)) && j - 1 != iend)
			break;
		if ((x->cls & QLEX_DET) && !x->cap) {
			if (j - 1 > lo && LOWW(&k[j - 2]) &&
			    (k[j - 2].cls & QLEX_PREP))
				continue;
			a->kind = AT_NOM;
			a->s = x->off;
			a->e = k[iend].off + k[iend].len;
			return 1;
		}
		if ((x->cls & QLEX_DET) && x->cap) {
			a->kind = AT_NOM;
			a->s = x->off;
			a->e = k[iend].off + k[iend].len;
			return 1;
		}
	}
	/* No determiner: a short bare phrase (officials, Republican
	 * lawmakers), but not a prepositional one ("at one point
	 * calling", "in key states"): that is no subject. */
	if (i + 1 - j <= 3 && !(LOWW(&k[j]) && (k[j].cls & QLEX_PREP)) &&
	    (j == lo || !ISW(&k[j - 1]) ||
	    (k[j - 1].cls & QLEX_CONJ))) {
		a->kind = AT_NOM;
		a->s = k[j].off;
		a->e = k[iend].off + k[iend].len;
		return 1;
	}
	return 0;
}

/*
 * np_back1, and a nominal speaker with a name in apposition ("the
 * White House spokesman, Josh Earnest, said") is the name.
 */
static int
np_back(struct priv *p, const char *t, size_t lo, size_t v, struct attr *a)
{
	struct tok *k;
	size_t ps = 0, pe = 0, m;

	if (!np_back1(p, t, lo, v, a, &ps, &pe)) {
		/* Kasich (R-OH), said: a comma that opens nothing. */
		k = p->toks;
		ps = pe = 0;
		if (v >= lo + 2 && ISP(&k[v - 1], ',') && (name_word(&k[v - 2]) ||
		    ISP(&k[v - 2], ')')) && np_back1(p, t, lo, v - 1, a, &ps,
		    &pe) && a->kind == AT_NAME && ps == 0 && pe == 0) {
			/* ... but not "for the EU, said Wilders": the
			 * name must open its clause. */
			for (m = v - 1; m > lo && k[m - 1].off >= a->s; m--)
				;
			if (m == lo || !ISW(&k[m - 1]))
				return 1;
			a->kind = AT_NONE;
			a->s = a->e = 0;
		}
		return 0;
	}
	k = p->toks;
	if (a->kind != AT_NOM || pe <= ps || pe - ps > 4)
		return 1;
	for (m = ps; m < pe; m++)
		if (!name_word(&k[m]))
			return 1;
	a->kind = AT_NAME;
	a->s = k[ps].off;
	a->e = k[pe - 1].off + k[pe - 1].len;
	return 1;
}

/* The speaker phrase starting at token v (inverted: said Kerry). */
static int
np_fwd(struct priv *p, const char *t, size_t v, size_t n, struct attr *a)
{
	struct tok *k = p->toks;
	size_t i = v, j;

	if (i >= n || !ISW(&k[i]))
		return 0;
	if ((k[i].cls & QLEX_PRON) && !k[i].poss &&
	    !(k[i].cls & QLEX_DET)) {
		a->kind = AT_PRON;
		a->s = k[i].off;
		a->e = k[i].off + k[i].len;
		a->pcls = k[i].cls;
		return 1;
	}
	if ((CAPW(&k[i]) && !(k[i].cls & QLEX_STOP)) || (LOWW(&k[i]) &&
	    !(k[i].cls & (QLEX_DET | QLEX_CONJ | QLEX_PREP | QLEX_AUX |
	    QLEX_SPEECH | QLEX_ADV | QLEX_TIME)))) {
		/*
		 * Kerry; former Rep. George Miller; Pentagon spokesman
		 * Navy Capt. Jeff Davis: the last run of capitals before
		 * the phrase ends.
		 */
		size_t cs = 0, ce = 0;
		int inrun = 0;

		for (j = i; j < n && j < i + 10; j++) {
			if (name_word(&k[j])) {
				if (!inrun)
					cs = j;
				inrun = 1;
				ce = j + 1;
				/* said Clinton's top aide Jake Sullivan:
				 * the name after the possessive. */
				if (k[j].poss)
					inrun = 0;
				continue;
			}
			if (inrun && LOWW(&k[j]) && (k[j].cls & QLEX_NAMEP) &&
			    j + 1 < n && name_word(&k[j + 1]))
				continue;
			inrun = 0;
			if (!ISW(&k[j]) || (k[j].cls & (QLEX_CONJ | QLEX_AUX |
			    QLEX_SPEECH | QLEX_PRON | QLEX_DET | QLEX_TIME)) ||
			    ((k[j].cls & QLEX_PREP) && !(k[j].cls & QLEX_NAMEP)))
				break;
		}
		if (ce == 0 || k[ce - 1].poss)
			return 0;
		/* Lower-case words after the name: not a name phrase. */
		if (ce != j && ce < n && LOWW(&k[ce]) && !(k[ce].cls &
		    (QLEX_CONJ | QLEX_PREP | QLEX_TIME | QLEX_AUX |
		    QLEX_SPEECH | QLEX_ADV)))
			return 0;
		a->kind = AT_NAME;
		a->s = k[cs].off;
		a->e = k[ce - 1].off + k[ce - 1].len;
		return 1;
	}
	if (LOWW(&k[i]) && (k[i].cls & QLEX_DET)) {
		for (j = i + 1; j < n && j < i + 14; j++) {
			if (!ISW(&k[j]))
				break;
			if (!k[j].cap && (k[j].cls & (QLEX_CONJ | QLEX_SPEECH |
			    QLEX_AUX | QLEX_PRON)))
				break;
			if (!k[j].cap && (k[j].cls & QLEX_TIME))
				break;
		}
		if (j == i + 1 && !((k[i].len == 7 &&
		    memcmp(t + k[i].off, "another", 7) == 0) ||
		    (k[i].len == 3 && memcmp(t + k[i].off, "one", 3) == 0)))
			return 0;
		a->kind = AT_NOM;
		a->s = k[i].off;
		a->e = k[j - 1].off + k[j - 1].len;
		/* the analyst Ivo Brandt: a name after a title noun. */
		{
			size_t m = j;

			while (m > i + 2 && name_word(&k[m - 1]) &&
			    !(k[m - 1].cls & (QLEX_STOP | QLEX_TITLE |
			    QLEX_ORGW)) && !k[m - 1].poss)
				m--;
			if (j - m >= 2 && LOWW(&k[m - 1]) && (k[m - 1].cls &
			    (QLEX_TITLE | QLEX_NOMINAL)) && !(k[m - 1].cls &
			    (QLEX_DET | QLEX_PREP | QLEX_NAMEP | QLEX_CONJ))) {
				a->kind = AT_NAME;
				a->s = k[m].off;
				return 1;
			}
		}
		/* the spokesman, Josh Earnest, */
		if (j + 1 < n && ISP(&k[j], ',') && name_word(&k[j + 1])) {
			size_t m = j + 1;

			while (m < n && name_word(&k[m]) && m < j + 5)
				m++;
			if (m == n || ISP(&k[m], ',') || ISP(&k[m], '.')) {
				a->kind = AT_NAME;
				a->s = k[j + 1].off;
				a->e = k[m - 1].off + k[m - 1].len;
			}
		}
		return 1;
	}
	return 0;
}

/*
 * The source after "according to": a name, or a nominal phrase that
 * runs to the end of its clause ("a study last year by economists at
 * Duke University and the University of Ottawa").
 */
static int
according_np(struct priv *p, const char *t, size_t v, size_t n,
    struct attr *a)
{
	struct tok *k = p->toks;
	size_t j;

	if (!np_fwd(p, t, v, n, a))
		return 0;
	if (a->kind != AT_NOM)
		return 1;
	for (j = v; j < n && j < v + 25 && (ISW(&k[j]) || ISP(&k[j], '-') ||
	    ISP(&k[j], '\'')); j++)
		;
	if (j > v && (j == n || !ISW(&k[j])) &&
	    k[j - 1].off + k[j - 1].len > a->e && ISW(&k[j - 1]) &&
	    !(k[j - 1].cls & (QLEX_PREP | QLEX_DET | QLEX_CONJ)))
		a->e = k[j - 1].off + k[j - 1].len;
	return 1;
}

/*
 * The subject of the clause that ends at token v (for participle
 * cues: "North Korea rebuffed the offer, calling it ..."): the first
 * phrase of the window after a leading adverbial ("On Sunday,").
 */
static int
clause_subject(struct priv *p, const char *t, size_t lo, size_t v,
    struct attr *a)
{
	struct tok *k = p->toks;
	size_t i = lo, j, r;

	/* On Sunday, ...; Reached by POLITICO, Bennett ...; and more
	 * than one: On Tuesday, even as shares fell, Mr. Ackman ... */
	for (r = 0; r < 3; r++) {
		for (j = i; j < v && j < i + 10 && !ISP(&k[j], ','); j++)
			;
		if (j + 1 < v && ISP(&k[j], ',') && ((CAPW(&k[i]) &&
		    ((k[i].cls & (QLEX_STOP | QLEX_PREP)) || (k[i].len > 4 &&
		    (memcmp(t + k[i].off + k[i].len - 3, "ing", 3) == 0 ||
		    memcmp(t + k[i].off + k[i].len - 2, "ed", 2) == 0)))) ||
		    (r > 0 && LOWW(&k[i]) && (k[i].cls & (QLEX_ADV |
		    QLEX_CONJ | QLEX_PREP))) ||
		    (name_word(&k[j + 1]) && !(k[j + 1].cls & QLEX_STOP))))
			i = j + 1;
		else
			break;
	}
	if (r > 0)
		;
	else if (i + 2 < v && CAPW(&k[i]) && (k[i].cls & QLEX_PREP) &&
	    (k[i + 1].cls & QLEX_TIME))
		i += 2;		/* On Sunday its government ... */
	for (j = i; j < v && j < i + 12; j++) {
		if (ISP(&k[j], '(')) {
			while (j < v && !ISP(&k[j], ')'))
				j++;
			continue;
		}
		if (!ISW(&k[j]))
			return 0;
		/* its government rejected: a noun after a determiner,
		 * up to a word that looks like a past tense. */
		if (LOWW(&k[j]) && j > i && (k[j - 1].cls & QLEX_DET) &&
		    !(k[j].cls & (QLEX_SPEECH | QLEX_AUX | QLEX_CONJ |
		    QLEX_PREP)) && !(k[j].len > 3 &&
		    t[k[j].off + k[j].len - 1] == 'd' &&
		    t[k[j].off + k[j].len - 2] == 'e'))
			continue;
		/* Democratic presidential candidate Bernie Sanders */
		if (LOWW(&k[j]) && (k[j].cls & QLEX_TITLE) && j > i &&
		    (CAPW(&k[j - 1]) || (k[j - 1].cls & QLEX_TITLE)))
			continue;
		if (LOWW(&k[j]) && !(k[j].cls & (QLEX_DET | QLEX_NAMEP)) &&
		    !(k[j].cls & QLEX_PRON))
			break;
	}
	if (j == i || j >= v)
		return 0;
	if (np_back(p, t, i, j, a) && a->s >= k[i].off)
		return 1;
	return 0;
}

/*
 * A participle cue right after a phrase that itself follows a verb
 * ("she revised her statement explaining that ...", "his office put
 * out a statement saying ...") has that phrase as its object: its
 * speaker is the subject before the verb, when there is one.  The cue
 * phrase is kept.
 */
static const char *const past_irregular[] = {
	"put", "sent", "gave", "made", "did", "wrote", "issued", "posted",
	"released", "tweeted", "shared"
};

static int
past_verb(const char *t, const struct tok *k, int particle)
{
	size_t i;

	if (!LOWW(k) || k->len < 3)
		return 0;
	/* blasted out, sent out */
	if (particle && k->len >= 4 && (k->cls & QLEX_SPEECH) &&
	    t[k->off + k->len - 1] == 'd' && t[k->off + k->len - 2] == 'e')
		return 1;
	for (i = 0; i < sizeof(past_irregular) / sizeof(past_irregular[0]);
	    i++)
		if (strlen(past_irregular[i]) == k->len &&
		    memcmp(past_irregular[i], t + k->off, k->len) == 0)
			return 1;
	return k->len >= 4 && !(k->cls & (QLEX_DET | QLEX_PREP | QLEX_CONJ |
	    QLEX_PRON | QLEX_AUX | QLEX_ADV | QLEX_SPEECH | QLEX_TIME)) &&
	    t[k->off + k->len - 1] == 'd' && t[k->off + k->len - 2] == 'e';
}

static void
part_object(struct priv *p, const char *t, struct attr *a)
{
	struct tok *k = p->toks;
	struct attr b;
	size_t i, v, n = p->ntoks;

	for (i = 0; i < n && k[i].off < a->s; i++)
		;
	if (i < 2 || i >= n)
		return;
	v = i - 1;
	/* put out, sent out, blasted out, put up */
	if (a->kind == AT_NOM && v > 1 && LOWW(&k[v]) && ((k[v].len == 3 &&
	    memcmp(t + k[v].off, "out", 3) == 0) || (k[v].len == 2 &&
	    memcmp(t + k[v].off, "up", 2) == 0)))
		v--;
	if (!past_verb(t, &k[v], v + 1 < i))
		return;
	/* Irregular verbs, and particles, only before a nominal. */
	if (a->kind != AT_NOM && (v + 1 < i ||
	    t[k[v].off + k[v].len - 1] != 'd' ||
	    t[k[v].off + k[v].len - 2] != 'e' || k[v].len < 4 ||
	    (k[v].cls & QLEX_SPEECH)))
		return;
	memset(&b, 0, sizeof(b));
	if (!np_back(p, t, 0, v, &b) || (b.kind != AT_PRON &&
	    b.kind != AT_NAME && (b.kind != AT_NOM || a->kind != AT_NOM)))
		return;
	a->kind = b.kind;
	a->s = b.s;
	a->e = b.e;
	a->pcls = b.pcls;
}

/*
 * Look for the cue and speaker of a quote in the window t[lo, hi)
 * before (post = 0) or after (post = 1) it.
 */
static int
find_cue(struct quote_doc *d, struct priv *p, size_t lo, size_t hi,
    int post, struct attr *a)
{
	const char *t = d->text.data;
	struct tok *k;
	size_t n, v, i, lim, nlim;

	p->ntoks = 0;
	memset(a, 0, sizeof(*a));
	if (lo >= hi)
		return 0;
	tokenize(p, t, lo, hi);
	n = p->ntoks;
	k = p->toks;
	if (post) {
		lim = n < 16 ? n : 16;
		if (post == 2 && lim > 5)
			lim = 5;
		/* A name and a long apposition: "...," Robert McDuff,
		 * attorney for one of four groups ..., said. */
		for (i = 0; i < n && i < 5 && CAPW(&k[i]); i++)
			;
		nlim = lim;
		if (i > 0 && i < n && ISP(&k[i], ',') && n > lim)
			lim = n < i + APPOS_MAX + 2 ? n : i + APPOS_MAX + 2;
		for (v = 0; v < lim; v++) {
			if (k[v].kind == T_MARK)
				break;
			if (v >= nlim && !(ISP(&k[v - 1], ',') && is_cue(&k[v])))
				continue;
			if (!is_cue(&k[v]) || noun_states(t, k, v, n))
				continue;
			cue_phrase(p, t, 0, n, v, a);
			if (k[v].len == 9 && v + 1 < n &&
			    strncasecmp(t + k[v].off, "according", 9) == 0)
				return according_np(p, t, v + 2, n, a);
			/* Inverted: ", said Kerry". */
			for (i = 0; i < v; i++)
				if (ISW(&k[i]) && !(k[i].cls & QLEX_ADV))
					break;
			/* "...", saying the city ...: what follows a
			 * participle is no speaker; the subject of the
			 * clause before the quote is (see attribute()). */
			if (i == v && (k[v].cls & QLEX_PART))
				continue;
			if (i == v) {
				if (np_fwd(p, t, v + 1, n, a)) {
					a->inv = 1;
					return 1;
				}
				continue;
			}
			if (np_back(p, t, 0, v, a))
				return 1;
			if (ISP(&k[v - 1], ',') && np_fwd(p, t, v + 1, n, a)) {
				a->inv = 1;
				return 1;
			}
		}
		return 0;
	}
	/* Said Dorothy Poynter, who grew up with him, "..." */
	if (n > 2 && CAPW(&k[0]) && (k[0].cls & QLEX_SPEECH) &&
	    !(k[0].cls & QLEX_STOP) && np_fwd(p, t, 1, n, a)) {
		a->cs = k[0].off;
		a->ce = k[0].off + k[0].len;
		return 1;
	}
	memset(a, 0, sizeof(*a));
	for (v = n; v > 0; v--) {
		if (!is_cue(&k[v - 1]) || noun_states(t, k, v - 1, n))
			continue;
		cue_phrase(p, t, 0, n, v - 1, a);
		if (k[v - 1].len == 9 && v < n &&
		    strncasecmp(t + k[v - 1].off, "according", 9) == 0) {
			if (according_np(p, t, v + 1, n, a))
				return 1;
			continue;
		}
		if ((k[v - 1].cls & QLEX_PART) && v > 1 &&
		    ISP(&k[v - 2], ',')) {
			size_t v2;

			/* Nefzi said, adding, "...": the verb before. */
			for (v2 = v - 2; v2 > 0 && v - v2 < 4; v2--)
				if (is_cue(&k[v2 - 1]) &&
				    !(k[v2 - 1].cls & QLEX_PART) &&
				    np_back(p, t, 0, v2 - 1, a)) {
					cue_phrase(p, t, 0, n, v - 1, a);
					return 1;
				}
			memset(a, 0, sizeof(*a));
			cue_phrase(p, t, 0, n, v - 1, a);
			if (clause_subject(p, t, 0, v - 2, a)) {
				a->subj = 1;
				return 1;
			}
			a->kind = AT_SUBJ;
			return 1;
		}
		if (np_back(p, t, 0, v - 1, a)) {
			if (k[v - 1].cls & QLEX_PART)
				part_object(p, t, a);
			return 1;
		}
		/* Clinton slammed the shift and accused ... */
		if (v > 1 && LOWW(&k[v - 2]) && k[v - 2].len == 3 &&
		    memcmp(t + k[v - 2].off, "and", 3) == 0 &&
		    clause_subject(p, t, 0, v - 2, a))
			return 1;
	}
	memset(a, 0, sizeof(*a));
	/* Colon layout: Name: "..." */
	if (n >= 2 && n <= 8 && ISP(&k[n - 1], ':')) {
		for (i = 0; i + 1 < n; i++)
			if (!CAPW(&k[i]) && !(LOWW(&k[i]) &&
			    (k[i].cls & QLEX_NAMEP)))
				break;
		if (i + 1 == n && !(k[0].cls & QLEX_STOP)) {
			a->kind = AT_NAME;
			a->s = k[0].off;
			a->e = k[n - 2].off + k[n - 2].len;
			a->cs = k[n - 1].off;
			a->ce = a->cs + 1;
			return 1;
		}
	}
	/* ... from Jones: "..." */
	if (n >= 2 && ISP(&k[n - 1], ':') && CAPW(&k[n - 2]) &&
	    np_back(p, t, 0, n - 1, a) && a->kind == AT_NAME) {
		a->cs = k[n - 1].off;
		a->ce = a->cs + 1;
		return 1;
	}
	memset(a, 0, sizeof(*a));
	/* Sanders delivered a snappy retort: "..." */
	if (n >= 3 && ISP(&k[n - 1], ':') && clause_subject(p, t, 0, n - 1,
	    a)) {
		for (i = 0; i < n && k[i].off < a->e; i++)
			;
		if (i < n - 1 && n - 1 - i <= 5) {
			a->cs = k[i].off;
			a->ce = k[n - 2].off + k[n - 2].len;
			return 1;
		}
	}
	return 0;
}

/* Is the content's last character sentence-final punctuation? */
static int
ends_sentence(const char *t, size_t s, size_t e)
{
	while (e > s && is_space((unsigned char)t[e - 1]))
		e--;
	return e > s && (t[e - 1] == '.' || t[e - 1] == '!' ||
	    t[e - 1] == '?');
}

/*
 * A short quote inside a sentence with no cue of its own: a title if
 * it is in title case, a term if it modifies a noun ("the “Never
 * Trump” movement") or if no speech verb is anywhere in its sentence,
 * else a partial quote whose speaker comes from the context.
 */
#define TERM_MAXWORDS	4

static enum quote_type
uncued_type(struct quote_doc *d, struct priv *p, struct qi *q)
{
	const char *t = d->text.data;
	size_t nw, nc, lo, hi, i, before = 0, n;
	int lowf, r = QUOTE_TERM;
	struct tok *k;

	nw = count_words(p, t, q->start, q->end, &nc, &lowf);
	if (nw >= TERM_MAXWORDS)
		return QUOTE_PARTIAL;
	if (nc == nw && !lowf)
		return QUOTE_TITLE;
	lo = sent_cut_back(t, d->paras[q->pfirst].off, q->open);
	hi = sent_cut_fwd(t, q->close, d->paras[q->plast].off +
	    d->paras[q->plast].len);
	p->ntoks = 0;
	tokenize(p, t, lo, hi);
	n = p->ntoks;
	k = p->toks;
	for (i = 0; i < n; i++) {
		if (k[i].off < q->open)
			before = i + 1;
		if (k[i].off >= q->open && k[i].off < q->close)
			continue;
		if (is_cue(&k[i]) && !(k[i].cls & QLEX_TERM))
			r = QUOTE_PARTIAL;
	}
	/* the "X" movement */
	for (i = before; i < n && k[i].off < q->close; i++)
		;
	if (before > 0 && LOWW(&k[before - 1]) &&
	    (k[before - 1].cls & QLEX_DET) && i < n && LOWW(&k[i]) &&
	    !(k[i].cls & (QLEX_CONJ | QLEX_PREP | QLEX_AUX | QLEX_SPEECH |
	    QLEX_ADV | QLEX_PRON | QLEX_DET)))
		r = QUOTE_TERM;
	p->ntoks = 0;
	return (enum quote_type)r;
}

/*
 * The subject of the clause in t[lo, hi), for a quote inside a
 * sentence with no cue verb ("Clinton supports “...”"): a name or a
 * pronoun only, and the cue stays empty.
 */
static int
subject_only(struct quote_doc *d, struct priv *p, size_t lo, size_t hi,
    struct attr *a)
{
	const char *t = d->text.data;
	size_t n;

	p->ntoks = 0;
	memset(a, 0, sizeof(*a));
	tokenize(p, t, lo, hi);
	n = p->ntoks;
	if (n < 2 || !clause_subject(p, t, 0, n, a) ||
	    (a->kind != AT_NAME && a->kind != AT_PRON)) {
		memset(a, 0, sizeof(*a));
		return 0;
	}
	a->cs = a->ce = 0;
	return 1;
}

/*
 * A quote that opens its paragraph after a paragraph ending in a
 * colon ("Breitbart News responded:"): the window before it is the
 * last sentence of that paragraph.
 */
static void
colon_before(struct quote_doc *d, struct priv *p, struct qi *q,
    size_t *plo, size_t *phi)
{
	const char *t = d->text.data;
	size_t pp = q->pfirst - 1, lo = d->paras[pp].off;
	size_t hi = lo + d->paras[pp].len, i, lo0;

	while (hi > lo && is_space((unsigned char)t[hi - 1]))
		hi--;
	if (hi == lo || t[hi - 1] != ':')
		return;
	/*
	 * Quotes are in text order, so those ending in paragraph pp sit
	 * right before q: look back only that far (a scan of every quote
	 * per quote was quadratic in documents of many paragraphs).
	 */
	lo0 = lo;
	for (i = (size_t)(q - p->qs); i > 0 && p->qs[i - 1].plast >= pp; i--)
		if (p->qs[i - 1].plast == pp && p->qs[i - 1].close > lo0 &&
		    p->qs[i - 1].close <= hi && p->qs[i - 1].close > lo)
			lo = p->qs[i - 1].close;
	*plo = sent_cut_back(t, lo, hi);
	*phi = hi;
}

static void
attribute(struct quote_doc *d, struct priv *p)
{
	const char *t = d->text.data;
	size_t qi, lo, hi, cut, w;
	struct qi *q, *prev;
	struct attr a;
	uint32_t c;
	int r, strict;

	for (qi = 0; qi < p->nqs; qi++) {
		q = &p->qs[qi];
		q->type = QUOTE_DIRECT;
		if ((r = title_or_term(d, p, q)) >= 0) {
			q->type = (enum quote_type)r;
			continue;
		}
		/* The window before: back to the last speech quote or the
		 * start of the sentence. */
		prev = NULL;
		for (r = (int)qi - 1; r >= 0; r--)
			if (p->qs[r].type != QUOTE_TITLE &&
			    p->qs[r].type != QUOTE_TERM)
				break;
		if (r >= 0)
			prev = &p->qs[r];
		lo = d->paras[q->pfirst].off;
		if (prev != NULL && prev->plast == q->pfirst &&
		    prev->close > lo)
			lo = prev->close;
		hi = q->open;
		cut = sent_cut_back(t, lo, hi);
		q->samesent = prev != NULL && prev->plast == q->pfirst &&
		    cut == lo && lo == prev->close &&
		    !(ends_sentence(t, prev->start, prev->end) &&
		    sent_end_at(t, prev->close - 1, prev->start, hi));
		lo = cut;
		{
			size_t s = lo, e = hi;

			trim(t, &s, &e);
			q->initial = s == e && lo == d->paras[q->pfirst].off;
			if (s != e) {
				/* Text before: a partial quote unless it ends
				 * with a colon or comma. */
				c = cp_before(t, e, s);
				if (c != ':' && c != ',')
					q->type = QUOTE_PARTIAL;
			}
			c = cp_at(t, q->start, q->end > q->start ? q->end :
			    q->start + 1, &w);
			if (is_lower(c))
				q->type = QUOTE_PARTIAL;
		}
		/* The window after: to the next quote or the sentence
		 * end. */
		lo = q->close;
		hi = d->paras[q->plast].off + d->paras[q->plast].len;
		if (qi + 1 < p->nqs && p->qs[qi + 1].pfirst == q->plast)
			hi = p->qs[qi + 1].open;
		if (q->unclosed)
			hi = lo;
		strict = 0;
		if (ends_sentence(t, q->start, q->end) && lo < hi) {
			size_t j = lo;

			/* “Why?” Trump asked. but not “No.” Trump left. */
			while (j < hi && is_space(cp_at(t, j, hi, &w)))
				j += w;
			if (j < hi && !is_lower(cp_at(t, j, hi, &w)))
				strict = 1;
		}
		hi = sent_cut_fwd(t, lo, hi);
		memset(&q->a, 0, sizeof(q->a));
		if (q->type == QUOTE_DIRECT || q->type == QUOTE_PARTIAL) {
			/* A quote that starts its sentence has its cue
			 * after it; one inside a sentence, before it. */
			size_t plo = cut, phi = q->open;

			if (q->initial && q->pfirst > 0)
				colon_before(d, p, q, &plo, &phi);
			if ((q->type == QUOTE_DIRECT &&
			    find_cue(d, p, lo, hi, 1 + strict, &a)) ||
			    (q->type == QUOTE_PARTIAL &&
			    find_cue(d, p, lo, hi, 1 + strict, &a) && a.inv &&
			    a.kind == AT_NAME)) {
				/* A partial quote followed by "said Kerry"
				 * is Kerry's, whatever verb comes before. */
				q->a = a;
				q->cued = 1;
			} else if (find_cue(d, p, plo, phi, 0, &a)) {
				/* A window that starts after a quote in the
				 * same sentence does not hold its subject. */
				if (a.subj && q->samesent)
					a.kind = AT_SUBJ;
				q->a = a;
				q->cued = 1;
			} else if (find_cue(d, p, lo, hi, 1 + strict, &a)) {
				q->a = a;
				q->cued = 1;
			}
		}
		if (!q->cued && q->type == QUOTE_PARTIAL && !q->samesent &&
		    !q->initial)
			q->type = uncued_type(d, p, q);
		if (!q->cued && q->type == QUOTE_PARTIAL && !q->samesent &&
		    subject_only(d, p, cut, q->open, &a)) {
			/* Clinton supports "...": the subject, with no
			 * cue. */
			q->a = a;
			q->cued = 1;
		}
	}
}

/*
 * Pass 4: names.
 */

/* Is there a quote whose content holds offset x? */
static int
in_quote(struct priv *p, size_t x)
{
	size_t lo = 0, hi = p->nqs, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (p->qs[mid].close <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nqs && p->qs[lo].open <= x &&
	    p->qs[lo].type != QUOTE_TITLE;
}

static void
add_mention(struct priv *p, size_t off, size_t end, size_t para,
    const char *name, size_t len, unsigned gender)
{
	struct mention *m;

	GROW(p->ms, p->nms, p->mscap);
	m = &p->ms[p->nms++];
	m->off = off;
	m->end = end;
	m->para = para;
	m->name = p->names.len;
	m->namelen = len;
	m->gender = gender;
	m->subj = 0;
	if (p->names.data != NULL && name >= p->names.data &&
	    name < p->names.data + p->names.len) {
		/* A name already in the list: copy it safely. */
		size_t at = (size_t)(name - p->names.data);

		buf_grow(&p->names, len);
		name = p->names.data + at;
	}
	buf_put(&p->names, name, len);
}

/* The gender a first name or a title before the name suggests. */
static unsigned
gender_of(const char *t, size_t s, size_t e, size_t lo)
{
	size_t i = s;
	unsigned g;

	while (i < e && t[i] != ' ')
		i++;
	g = quote_lex(t + s, i - s) & (QLEX_FEM | QLEX_MASC);
	/* A title right before: Mr. Smith, Ms. Jones. */
	if (s >= lo + 4) {
		size_t j = s - 1;

		while (j > lo && t[j - 1] != ' ')
			j--;
		g |= quote_lex(t + j, s - 1 - j) & (QLEX_FEM | QLEX_MASC);
	}
	if ((g & QLEX_FEM) && (g & QLEX_MASC))
		return 0;
	return g;
}

/* Find the paragraph index of offset x. */
static size_t
para_of(const struct quote_doc *d, size_t x)
{
	size_t lo = 0, hi = d->npara, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (d->paras[mid].off + d->paras[mid].len <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->npara ? lo : d->npara - 1;
}

static int	subject_like(struct quote_doc *, struct priv *, size_t, size_t);

static int
mention_cmp(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

/*
 * How many mentions start before offset x (they are in text order).
 * Look-backs start there rather than at the last mention, and go back
 * at most MENTION_LOOKBACK mentions: a pronoun or "the senator" refers
 * to someone recent, and a scan of every mention for every quote was
 * quadratic in long documents.
 */
#define MENTION_LOOKBACK 256

static size_t
mentions_before(const struct priv *p, size_t x)
{
	size_t lo = 0, hi = p->nms, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (p->ms[mid].off < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index below which a look-back from n mentions stops. */
static size_t
lookback_floor(size_t n)
{
	return n > MENTION_LOOKBACK ? n - MENTION_LOOKBACK : 0;
}

/*
 * An organisation or place the tagger found whose canonical name is a
 * known given name and a surname ("Ivanka Trump" taken for her brand)
 * is a person: two to four capitalised words, none of them a word of
 * organisations.
 */
static int
named_like_person(const struct quote_doc *d, const struct quote_ent *en)
{
	const char *c = d->names.data + en->canon;
	size_t a = 0, b, nw = 0;

	if (en->type != QENT_ORG && en->type != QENT_GPE)
		return 0;
	while (a < en->canonlen) {
		for (b = a; b < en->canonlen && c[b] != ' '; b++)
			;
		if (b == a || !is_upper((unsigned char)c[a]) ||
		    (quote_lex(c + a, b - a) & (QLEX_ORGW | QLEX_STOP |
		    QLEX_TITLE)))
			return 0;
		if (nw == 0 && !(quote_lex(c + a, b - a) &
		    (QLEX_FEM | QLEX_MASC)))
			return 0;
		nw++;
		a = b + 1;
	}
	return nw >= 2 && nw <= 4;
}

/*
 * The people of the document, in order: PERSON entities when there
 * are entities, else runs of two to four capitalised words that are
 * not organisations or places, and later surnames of those.
 */
static void
collect_people(struct quote_doc *d, struct priv *p)
{
	const char *t = d->text.data;
	size_t i, pi, j, s, e, nw, lo, m, nent, ei = 0;
	struct quote_ent *en;
	int bad, hasent = 0;

	p->nms = 0;
	buf_reset(&p->names);
	for (i = 0; i < d->nent; i++) {
		en = &d->ents[i];
		if (en->type == QENT_OTHER)
			continue;
		hasent = 1;
		if ((en->type != QENT_PERSON && !named_like_person(d, en)) ||
		    in_quote(p, en->start))
			continue;
		pi = para_of(d, en->start);
		add_mention(p, en->start, en->end, pi,
		    d->names.data + en->canon,
		    en->canonlen, gender_of(d->names.data, en->canon,
		    en->canon + en->canonlen, en->canon) |
		    gender_of(t, en->start, en->end,
		    d->paras[pi].off));
	}
	nent = p->nms;
	for (pi = 0; pi < d->npara; pi++) {
		lo = d->paras[pi].off;
		p->ntoks = 0;
		tokenize2(p, t, lo, lo + d->paras[pi].len, 1);
		for (i = 0; i < p->ntoks; i++) {
			struct tok *k = p->toks;

			if (!CAPW(&k[i]) || (k[i].cls & QLEX_STOP) ||
			    in_quote(p, k[i].off))
				continue;
			/* With entities, only what the tagger missed. */
			while (ei < d->nent && d->ents[ei].end <= k[i].off)
				ei++;
			if (hasent && ei < d->nent &&
			    d->ents[ei].start <= k[i].off)
				continue;
			/* Skip titles: Secretary of State John Kerry. */
			while (i < p->ntoks && CAPW(&k[i]) &&
			    (k[i].cls & QLEX_TITLE) && !k[i].poss)
				i++;
			if (i >= p->ntoks || !CAPW(&k[i]))
				continue;
			for (j = i; j < p->ntoks && CAPW(&k[j]) &&
			    !(k[j].cls & QLEX_STOP); j++)
				if (k[j].poss) {
					j++;
					break;
				}
			/* Health Minister Aleksander Novak: the name is
			 * what follows the last title word. */
			for (m = j; m > i + 1; m--)
				if (k[m - 2].cls & QLEX_TITLE)
					break;
			if (m > i + 1)
				i = m - 1;
			nw = j - i;
			/* Power company Westshore Grid */
			bad = i > 0 && LOWW(&k[i - 1]) &&
			    (k[i - 1].cls & QLEX_ORGN);
			for (m = i; m < j; m++)
				if ((k[m].cls & (QLEX_ORGW | QLEX_TITLE)) ||
				    (k[m].len > 1 + (k[m].poss ? 3 : 0) &&
				    is_upper((unsigned char)t[k[m].off + 1])))
					bad = 1;
			s = k[i].off;
			e = k[j - 1].off + k[j - 1].len;
			if (k[j - 1].poss)
				e -= t[e - 2] == '\'' ? 2 : 4;
			/* With entities, a name the tagger missed counts
			 * when a speech verb follows it. */
			if (!bad && nw >= 2 && nw <= 4 && (!hasent ||
			    (j < p->ntoks && LOWW(&k[j]) &&
			    (quote_lex(t + k[j].off, k[j].len) &
			    QLEX_SPEECH))))
				add_mention(p, s, e, pi, t + s, e - s,
				    gender_of(t, s, e, lo));
			else if (!bad && nw == 1) {
				/* A surname seen in a full name (before it,
				 * or anywhere for the tagger's people). */
				size_t q, q0 = hasent ? nent : p->nms;

				for (q = q0; q > lookback_floor(q0); q--) {
					struct mention *mm = &p->ms[q - 1];
					const char *nm = p->names.data +
					    mm->name;
					size_t l = e - s;

					if (mm->namelen > l &&
					    nm[mm->namelen - l - 1] == ' ' &&
					    memcmp(nm + mm->namelen - l, t + s,
					    l) == 0) {
						add_mention(p, s, e, pi, nm,
						    mm->namelen, mm->gender);
						break;
					}
				}
			}
			i = j - 1;
		}
	}
	p->ntoks = 0;
	p->hasent = hasent;
	if (hasent && p->nms > 1)
		qsort(p->ms, p->nms, sizeof(*p->ms), mention_cmp);
	/* Whether each is a subject is worked out when asked. */
	for (i = 0; i < p->nms; i++)
		p->ms[i].subj = -1;
	p->ntoks = 0;
}

/* Append a string to d->strs; returns its offset. */
static size_t
str_add(struct quote_doc *d, const char *s, size_t len)
{
	size_t off = d->strs.len;

	buf_put(&d->strs, s, len);
	return off;
}

/*
 * The canonical name for a capitalised speaker phrase t[s, e): the
 * entity's canonical name, else the phrase without its titles,
 * completed from a fuller earlier name with the same last word.
 */
static void
name_for(struct quote_doc *d, struct priv *p, size_t s, size_t e,
    struct buf *out, struct buf *org)
{
	const char *t = d->text.data;
	size_t i, best = (size_t)-1, n, j, l;
	struct quote_ent *en;
	struct tok *k;

	buf_reset(out);
	buf_reset(org);
	for (i = 0; i < d->nent; i++) {
		en = &d->ents[i];
		if (en->start >= e)
			break;
		if (en->end <= s || en->type == QENT_OTHER)
			continue;
		if (best == (size_t)-1 || en->type == QENT_PERSON)
			best = i;
	}
	if (best != (size_t)-1) {
		en = &d->ents[best];
		buf_put(out, d->names.data + en->canon, en->canonlen);
		if (en->type == QENT_PERSON) {
			/* Joel Pollak of Breitbart: the person. */
			return;
		}
		if (en->start <= s + 4 && en->end + 4 >= e)
			return;
	}
	p->ntoks = 0;
	tokenize(p, t, s, e);
	n = p->ntoks;
	k = p->toks;
	/* Brightwater Chief Executive Alan J. Pryce: after the last
	 * title word, if a name follows it. */
	for (i = n; i > 1; i--)
		if (CAPW(&k[i - 2]) && (k[i - 2].cls & QLEX_TITLE) &&
		    name_word(&k[i - 1]))
			break;
	if (i > 1 && i < n)
		i--;
	else
		i = 0;
	for (; i + 1 < n; i++) {
		if (CAPW(&k[i]) && (k[i].cls & QLEX_TITLE))
			continue;
		if (LOWW(&k[i]) && (k[i].cls & (QLEX_NAMEP | QLEX_DET)) &&
		    i + 1 < n && CAPW(&k[i + 1]) &&
		    (k[i + 1].cls & QLEX_TITLE))
			continue;
		if (ISP(&k[i], '.'))
			continue;
		break;
	}
	/* Person of Place: keep the person. */
	for (j = i; j < n; j++)
		if (LOWW(&k[j]) && (k[j].cls & QLEX_NAMEP) && j > i + 1 &&
		    !(k[j].len == 3 && memcmp(t + k[j].off, "for", 3) == 0)) {
			int orgish = 0;
			size_t m;

			for (m = i; m < j; m++)
				if (k[m].cls & QLEX_ORGW)
					orgish = 1;
			if (!orgish) {
				buf_put(org, t + k[j + 1].off, e - k[j + 1].off);
				e = k[j - 1].off + k[j - 1].len;
			}
			break;
		}
	s = k[i].off;
	buf_reset(out);
	l = e - s;
	/* Complete a surname from the people seen so far. */
	if (memchr(t + s, ' ', l) == NULL) {
		for (j = p->nms; j > lookback_floor(p->nms); j--) {
			struct mention *mm = &p->ms[j - 1];
			const char *nm = p->names.data + mm->name;

			if (mm->namelen > l && nm[mm->namelen - l - 1] == ' ' &&
			    memcmp(nm + mm->namelen - l, t + s, l) == 0) {
				buf_put(out, nm, mm->namelen);
				return;
			}
		}
	}
	buf_put(out, t + s, l);
	p->ntoks = 0;
}

/* The organisation in a nominal speaker phrase: "of the X Y". */
static void
org_for(struct quote_doc *d, struct priv *p, size_t s, size_t e,
    struct buf *org)
{
	const char *t = d->text.data;
	size_t i, n, j;
	struct tok *k;

	buf_reset(org);
	for (i = 0; i < d->nent; i++) {
		if (d->ents[i].start >= e)
			break;
		if (d->ents[i].end > s && d->ents[i].type == QENT_ORG) {
			buf_put(org, d->names.data + d->ents[i].canon,
			    d->ents[i].canonlen);
			return;
		}
	}
	p->ntoks = 0;
	tokenize(p, t, s, e);
	n = p->ntoks;
	k = p->toks;
	for (i = 0; i < n; i++)
		if (CAPW(&k[i]) && !(k[i].cls & QLEX_STOP))
			break;
	if (i < n) {
		for (j = i; j < n && (CAPW(&k[j]) || (LOWW(&k[j]) &&
		    (k[j].cls & (QLEX_NAMEP | QLEX_DET)) && j + 1 < n &&
		    CAPW(&k[j + 1]))); j++)
			;
		buf_put(org, t + k[i].off, k[j - 1].off + k[j - 1].len -
		    k[i].off);
		if (k[j - 1].poss)
			org->len -= t[org->len - 2] == '\'' ? 2 : 0;
	}
	p->ntoks = 0;
}

struct last {
	struct buf	 name;
	struct buf	 org;
	size_t		 para;
	size_t		 pos;		/* where it was named */
	size_t		 cs, ce;	/* its cue */
	unsigned	 gender;
	int		 set;
	int		 thing;		/* a nominal that names no person */
};

/*
 * A lower-case word that can stand between capitals and a name as its
 * job ("The Washington Post columnist Ruth Marcus"): a plain word of
 * the lexicon's unknowns, not a verb form (-ed, -s, -ing).
 */
static int
job_word(const char *t, const struct tok *k)
{
	const char *w = t + k->off;

	if (!LOWW(k) || k->cls != 0 || k->len < 4 || k->poss)
		return 0;
	return !(w[k->len - 1] == 'd' && w[k->len - 2] == 'e') &&
	    !(w[k->len - 1] == 's' && w[k->len - 2] != 's') &&
	    !(w[k->len - 1] == 'g' && w[k->len - 2] == 'n' &&
	    w[k->len - 3] == 'i');
}

/*
 * Is the mention at [s, e) the subject of its clause: at the start of
 * its sentence (after titles or a leading adverbial), or right before
 * or after a speech verb?  Pronouns prefer such mentions.
 */
static int
subject_like(struct quote_doc *d, struct priv *p, size_t s, size_t e)
{
	const char *t = d->text.data;
	size_t pi = para_of(d, s), ps = d->paras[pi].off;
	size_t pe = ps + d->paras[pi].len, lo, n, i, j;
	struct tok *k;
	int ok = 1;

	/* Kerry's aide: a possessive is no subject. */
	if (e + 1 < pe && (t[e] == '\'' || (e + 3 < pe &&
	    (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 2] == 0x99)))
		return 0;
	lo = sent_cut_back(t, ps, s);
	p->ntoks = 0;
	tokenize(p, t, lo, s);
	n = p->ntoks;
	k = p->toks;
	/* "Smithy, 33, of Baldwin": the object of a preposition is no
	 * subject ("according to Kerry" is a cue, though). */
	if (n > 0 && LOWW(&k[n - 1]) && (k[n - 1].cls & QLEX_PREP) &&
	    !(n > 1 && LOWW(&k[n - 2]) && k[n - 2].len == 9 &&
	    memcmp(t + k[n - 2].off, "according", 9) == 0))
		return 0;
	for (i = n; i > 0; i--)
		if (ISP(&k[i - 1], ','))
			break;
	/* Titles and first names before it.  In a subordinate clause
	 * ("such as when President Nixon engaged China") it is not the
	 * subject that a later pronoun means. */
	for (j = i; j < n; j++) {
		if (LOWW(&k[j]) && (k[j].cls & QLEX_CONJ) &&
		    !(k[j].len == 3 && (memcmp(t + k[j].off, "and", 3) == 0 ||
		    memcmp(t + k[j].off, "but", 3) == 0)))
			return 0;
		if (!CAPW(&k[j]) && !(ISW(&k[j]) &&
		    (k[j].cls & (QLEX_TITLE | QLEX_NAMEP | QLEX_DET |
		    QLEX_NOMINAL))) && !(j > i && CAPW(&k[j - 1]) &&
		    job_word(t, &k[j])))
			ok = 0;
	}
	if (n > 0 && ok)
		return 1;
	if (n == 0)
		return 1;
	/* said Kerry, but not "Ryan said Obama has ...", where Obama
	 * is the subject of the reported clause. */
	if (n > 0 && is_cue(&k[n - 1]) && (n == 1 || !ISW(&k[n - 2])))
		return 1;
	/* Kerry, speaking in Tokyo, said */
	p->ntoks = 0;
	tokenize(p, t, e, e + 200 < pe ? e + 200 : pe);
	n = p->ntoks;
	k = p->toks;
	i = 0;
	if (n > 0 && ISP(&k[0], ',')) {
		for (i = 1; i < n && i < 16 && !ISP(&k[i], ','); i++)
			;
		i++;
	}
	/* Kerry warned */
	if (i < n && LOWW(&k[i]) && k[i].cls == 0 && k[i].len > 3 &&
	    t[k[i].off + k[i].len - 1] == 'd' &&
	    t[k[i].off + k[i].len - 2] == 'e')
		return 1;
	while (i < n && LOWW(&k[i]) && (k[i].cls & (QLEX_AUX | QLEX_ADV)))
		i++;
	return i < n && is_cue(&k[i]);
}

/* Can a pronoun with classes pcls refer to someone of gender g? */
#define COMPAT(g, avoid)	(((g) & (avoid)) == 0)

/*
 * The person a pronoun at x refers to: the most recent subject-like
 * person of a compatible gender in the last few paragraphs, or the
 * last speaker if named more recently; failing both, the most recent
 * compatible person.
 */
static int
resolve_pron(struct quote_doc *d, struct priv *p, size_t x, unsigned pcls,
    const struct last *last, struct buf *out, int anyfirst)
{
	size_t i, stop, pi = para_of(d, x);
	struct mention *m, *best = NULL, *any = NULL;
	unsigned avoid = (pcls & QLEX_FEM) ? QLEX_MASC :
	    (pcls & QLEX_MASC) ? QLEX_FEM : 0;
	int lastok = last->set && COMPAT(last->gender, avoid) &&
	    !(avoid && last->thing);

	buf_reset(out);
	if ((pcls & QLEX_PLUR) && last->set) {
		buf_put(out, last->name.data, last->name.len);
		return 1;
	}
	for (i = mentions_before(p, x), stop = lookback_floor(i); i > stop;
	    i--) {
		m = &p->ms[i - 1];
		if (m->off >= x || !COMPAT(m->gender, avoid))
			continue;
		if (any == NULL)
			any = m;
		if (m->para + PRON_PARAS < pi)
			break;
		if (anyfirst)
			break;
		if (m->subj == -1)
			m->subj = subject_like(d, p, m->off, m->end);
		if (m->subj) {
			best = m;
			break;
		}
	}
	if (best == NULL && anyfirst)
		best = any;
	if (lastok && (best == NULL || last->pos > best->off)) {
		buf_put(out, last->name.data, last->name.len);
		return 1;
	}
	if (best == NULL)
		best = any;
	if (best == NULL) {
		if (last->set && !(avoid && last->thing)) {
			buf_put(out, last->name.data, last->name.len);
			return 1;
		}
		return 0;
	}
	buf_put(out, p->names.data + best->name, best->namelen);
	return 1;
}

/*
 * "the company", "the ministry": the organisation the text named
 * before it, if the tagger found one: the last whose name says it is
 * a body (Ltd, Ministry), else the last.
 */
static int
org_before(struct quote_doc *d, size_t s, size_t e, struct buf *out)
{
	const char *t = d->text.data;
	struct quote_ent *best = NULL;
	size_t i, h = e;

	if (e - s < 5 || (memcmp(t + s, "the ", 4) != 0 &&
	    memcmp(t + s, "The ", 4) != 0))
		return 0;
	while (h > s && t[h - 1] != ' ')
		h--;
	if (h != s + 4 || !(quote_lex(t + h, e - h) & QLEX_ORGN))
		return 0;
	/* The last one whose name says it is a body (Ltd, Ministry),
	 * else the last one. */
	for (i = d->nent; i > 0; i--) {
		struct quote_ent *en = &d->ents[i - 1];
		const char *c = d->names.data + en->canon;
		size_t a = 0, b;

		if (en->start >= s || en->type != QENT_ORG)
			continue;
		if (best == NULL)
			best = en;
		while (a < en->canonlen) {
			for (b = a; b < en->canonlen && c[b] != ' '; b++)
				;
			if (b > a && (quote_lex(c + a, b - a -
			    (c[b - 1] == '.')) & QLEX_ORGW)) {
				best = en;
				i = 1;
				break;
			}
			a = b + 1;
		}
	}
	if (best == NULL)
		return 0;
	buf_reset(out);
	buf_put(out, d->names.data + best->canon, best->canonlen);
	return 1;
}

/* Names of publications that are one word after "the". */
static const char *const outlets[] = {
	"Post", "Journal", "Hill", "Blaze", "Guardian", "Telegraph", "Sun",
	"Mirror", "Independent", "Atlantic", "Economist", "Intercept",
	"Globe", "Herald", "Tribune", "Register", "Observer", "Star",
	"Examiner", "Courant", "Oregonian", "Inquirer", "Chronicle",
	"Bulletin", "Gazette", "Record", "Nation", "Spectator", "Federalist",
	"Courier", "Ledger", "Dispatch", "Beacon", "Sentinel", "Citizen"
};

/*
 * "the Swede", "the American": a single capitalised word after "the"
 * that the tagger did not call a person or organisation stands for
 * someone named before.
 */
static int
the_demonym(struct quote_doc *d, struct priv *p, size_t s, size_t e)
{
	const char *t = d->text.data;
	size_t i;

	if (s < 4 || memchr(t + s, ' ', e - s) != NULL ||
	    (memcmp(t + s - 4, "the ", 4) != 0 &&
	    memcmp(t + s - 4, "The ", 4) != 0))
		return 0;
	if (quote_lex(t + s, e - s) & (QLEX_TITLE | QLEX_ORGW))
		return 0;
	/* "the Saudis", "the Rainmakers": a plural is a group. */
	if (e - s > 3 && t[e - 1] == 's' && t[e - 2] != 's')
		return 0;
	/* "The Post reported", "the Blaze": a publication. */
	for (i = 0; i < sizeof(outlets) / sizeof(outlets[0]); i++)
		if (strlen(outlets[i]) == e - s &&
		    memcmp(outlets[i], t + s, e - s) == 0)
			return 0;
	for (i = 0; i < d->nent; i++) {
		if (d->ents[i].start >= e)
			break;
		if (d->ents[i].end > s && d->ents[i].type != QENT_OTHER)
			return 0;
	}
	/* Without entities: not the surname of someone named. */
	for (i = lookback_floor(p->nms); i < p->nms; i++) {
		const char *nm = p->names.data + p->ms[i].name;
		size_t l = e - s, ml = p->ms[i].namelen;

		if (ml >= l && memcmp(nm + ml - l, t + s, l) == 0)
			return 0;
	}
	return 1;
}

/* Title words and their abbreviations: "the senator" is Sen. Lee. */
static const char *const title_abbr[][2] = {
	{ "senator", "sen." }, { "governor", "gov." },
	{ "representative", "rep." }, { "congressman", "rep." },
	{ "congresswoman", "rep." }, { "general", "gen." },
	{ "doctor", "dr." }, { "professor", "prof." },
	{ "lieutenant", "lt." }, { "colonel", "col." },
	{ "captain", "capt." }, { "sergeant", "sgt." },
};

/* The abbreviation of the title x[0, xl), or NULL. */
static const char *
title_abbrev(const char *x, size_t xl)
{
	size_t i;

	for (i = 0; i < sizeof(title_abbr) / sizeof(title_abbr[0]); i++)
		if (strlen(title_abbr[i][0]) == xl &&
		    strncasecmp(title_abbr[i][0], x, xl) == 0)
			return title_abbr[i][1];
	return NULL;
}

/*
 * Is the title x[0, xl) (or its abbreviation ab, if not NULL) among
 * the words of t[s, e)?  The abbreviation is looked up once per call,
 * not once per word: this runs for every word near every "the
 * senator".
 */
static int
title_in(const char *t, size_t s, size_t e, const char *x, size_t xl,
    const char *ab)
{
	size_t a = s, b, al = ab != NULL ? strlen(ab) : 0;

	while (a < e) {
		while (a < e && (t[a] == ' ' || t[a] == ','))
			a++;
		for (b = a; b < e && t[b] != ' ' && t[b] != ','; b++)
			;
		if (b > a && ((b - a == xl && strncasecmp(t + a, x, xl) ==
		    0) || (ab != NULL && b - a == al &&
		    strncasecmp(t + a, ab, al) == 0)))
			return 1;
		a = b;
	}
	return 0;
}

/*
 * "the judge", "the senator": a title word after "the" stands for the
 * last person named with that title before it ("Judge Ann Berman",
 * "Sen. Lee", "Lee, the senator from Ohio") in the last few
 * paragraphs.
 */
static int
title_anaphor(struct quote_doc *d, struct priv *p, size_t s, size_t e,
    struct buf *out)
{
	const char *t = d->text.data, *ab;
	size_t h, i, pi, ps, a, b, w, stop;
	struct mention *m;

	if (e - s < 6 || (memcmp(t + s, "the ", 4) != 0 &&
	    memcmp(t + s, "The ", 4) != 0))
		return 0;
	h = s + 4;
	if (memchr(t + h, ' ', e - h) != NULL ||
	    !is_lower((unsigned char)t[h]) || !(quote_lex(t + h, e - h) & QLEX_TITLE) ||
	    (quote_lex(t + h, e - h) & QLEX_ORGN))
		return 0;
	ab = title_abbrev(t + h, e - h);
	pi = para_of(d, s);
	/* Titles name someone close by: a shorter look-back. */
	for (i = mentions_before(p, s), stop = i > 64 ? i - 64 : 0; i > stop;
	    i--) {
		m = &p->ms[i - 1];
		if (m->off >= s)
			continue;
		if (m->para + PRON_PARAS < pi)
			break;
		ps = d->paras[m->para].off;
		/* Up to three words before the name, and the name. */
		for (a = m->off, w = 0; a > ps && w < 3; w++) {
			b = a;
			while (b > ps && t[b - 1] == ' ')
				b--;
			a = b;
			while (a > ps && t[a - 1] != ' ')
				a--;
			if (a == b || t[b - 1] == ',' || t[b - 1] == ';' ||
			    t[b - 1] == ':')
				break;
		}
		if (title_in(t, a, m->end, t + h, e - h, ab))
			goto found;
		/* An apposition after it: "Lee, the senator from Ohio". */
		if (m->end + 2 < d->text.len && t[m->end] == ',') {
			for (b = m->end + 1, w = 0; b < d->text.len && w < 5;
			    b++) {
				if (t[b] == ' ')
					w++;
				else if (t[b] == ',' || t[b] == '.' ||
				    t[b] == '\n' || t[b] == ';')
					break;
			}
			if (title_in(t, m->end + 1, b, t + h, e - h, ab))
				goto found;
		}
	}
	return 0;
found:
	buf_reset(out);
	buf_put(out, p->names.data + m->name, m->namelen);
	return 1;
}

/* The gender of a resolved name, from the people list. */
static unsigned
gender_name(struct priv *p, const char *s, size_t len)
{
	size_t i;

	for (i = p->nms; i > lookback_floor(p->nms); i--)
		if (p->ms[i - 1].namelen == len &&
		    memcmp(p->names.data + p->ms[i - 1].name, s, len) == 0)
			return p->ms[i - 1].gender;
	return 0;
}

/* The sentence holding offset x (the last one starting at or before
 * it), or -1. */
static size_t
sent_of(const struct quote_doc *d, size_t x)
{
	size_t lo = 0, hi = d->nsent, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (d->sents[mid].off <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? (size_t)-1 : lo - 1;
}

static void
emit(struct quote_doc *d, struct priv *p, struct qi *q, const char *spk,
    size_t spklen, const char *org, size_t orglen, const char *cue,
    size_t cuelen)
{
	struct quote *o;
	size_t i, pi;

	GROW(d->q, d->nq, d->qcap);
	o = &d->q[d->nq++];
	memset(o, 0, sizeof(*o));
	o->start = q->start;
	o->end = q->end;
	if (q->nparts > 0) {
		o->start = p->parts[q->part0].start;
		o->end = p->parts[q->part0 + q->nparts - 1].end;
	}
	o->type = q->type;
	o->speaker = str_add(d, spk, spklen);
	o->speakerlen = spklen;
	o->org = str_add(d, org, orglen);
	o->orglen = orglen;
	o->cue = str_add(d, cue, cuelen);
	o->cuelen = cuelen;
	o->text = d->strs.len;
	for (i = 0; i < q->nparts; i++) {
		struct part *pt = &p->parts[q->part0 + i];

		if (i > 0)
			buf_putc(&d->strs, ' ');
		buf_put(&d->strs, d->text.data + pt->start,
		    pt->end - pt->start);
	}
	o->textlen = d->strs.len - o->text;
	/* Paragraph and sentence numbers of both ends. */
	pi = para_of(d, o->start);
	o->p = d->paras[pi].p;
	pi = para_of(d, o->end > o->start ? o->end - 1 : o->end);
	o->endp = d->paras[pi].p;
	if ((i = sent_of(d, o->start)) != (size_t)-1) {
		o->p = d->sents[i].p;
		o->s = d->sents[i].s;
	}
	if ((i = sent_of(d, o->end > o->start ? o->end - 1 : o->end)) !=
	    (size_t)-1) {
		o->endp = d->sents[i].p;
		o->ends = d->sents[i].s;
	}
}

/*
 * Is t[s, e) a lone capitalised word that names nobody: the tagger
 * ran and found no entity there, and no one named so far has it as a
 * surname?  "Boos rained down", "Audiences can expect": a sentence's
 * first word is capitalised whatever it is.
 */
static int
stray_word(struct quote_doc *d, struct priv *p, size_t s, size_t e)
{
	const char *t = d->text.data;
	size_t i, l = e - s;

	if (!p->hasent || e <= s || memchr(t + s, ' ', l) != NULL)
		return 0;
	for (i = 0; i < d->nent; i++) {
		if (d->ents[i].start >= e)
			break;
		if (d->ents[i].end > s && d->ents[i].type != QENT_OTHER)
			return 0;
	}
	for (i = p->nms; i > lookback_floor(p->nms); i--) {
		const char *nm = p->names.data + p->ms[i - 1].name;
		size_t ml = p->ms[i - 1].namelen;

		if (ml >= l && memcmp(nm + ml - l, t + s, l) == 0 &&
		    (ml == l || nm[ml - l - 1] == ' '))
			return 0;
	}
	return 1;
}

/*
 * A quote without a cue that starts a sentence after another sentence
 * of its paragraph ("Clinton touted her record. \"...\"") is most
 * often by that sentence's subject, when it is a person or a pronoun.
 */
static int
lead_subject(struct quote_doc *d, struct priv *p, struct qi *q,
    const struct last *last, struct buf *spk, struct buf *org)
{
	const char *t = d->text.data;
	size_t lo = d->paras[q->pfirst].off, e = q->open, s, i;
	struct attr a;

	/* The last speech quote before q in its paragraph (text order). */
	for (i = (size_t)(q - p->qs); i > 0 && p->qs[i - 1].close > lo; i--)
		if (p->qs[i - 1].close <= q->open &&
		    p->qs[i - 1].type != QUOTE_TITLE &&
		    p->qs[i - 1].type != QUOTE_TERM) {
			lo = p->qs[i - 1].close;
			break;
		}
	while (e > lo && (t[e - 1] == ' ' || t[e - 1] == '\n'))
		e--;
	/*
	 * A quote that opens its paragraph after a paragraph without
	 * quotes ("Valastro praised the governor. \n "We need ...""):
	 * the subject of that paragraph's last sentence.
	 */
	if (e <= lo + 1 && q->initial && q->pfirst > 0 &&
	    (q == p->qs || q[-1].plast + 1 < q->pfirst)) {
		lo = d->paras[q->pfirst - 1].off;
		e = lo + d->paras[q->pfirst - 1].len;
		while (e > lo && is_space((unsigned char)t[e - 1]))
			e--;
		if (e > lo && t[e - 1] == ':')
			return 0;
	}
	if (e <= lo + 1 || (t[e - 1] != '.' && t[e - 1] != '!' &&
	    t[e - 1] != '?'))
		return 0;
	s = sent_cut_back(t, lo, e - 1);
	if (!subject_only(d, p, s, e, &a) ||
	    (a.kind == AT_PRON && (a.pcls & QLEX_PLUR)))
		return 0;
	buf_reset(spk);
	buf_reset(org);
	if (a.kind == AT_PRON)
		return resolve_pron(d, p, a.s, a.pcls, last, spk, 0);
	if (the_demonym(d, p, a.s, a.e) || stray_word(d, p, a.s, a.e))
		return 0;
	name_for(d, p, a.s, a.e, spk, org);
	return spk->len > 0;
}

/*
 * Does a nominal speaker phrase name a person: its head (last word)
 * a title or a gendered word ("the senator", "a spokeswoman"), or a
 * noun of people other than a document ("an aide", not "a
 * statement")?  A phrase that is not a nominal (a name) does.
 */
static int
title_like(const char *t, const char *s, size_t len)
{
	size_t h = len;
	unsigned c;

	(void)t;
	if (len == 0 || !is_lower((unsigned char)s[0]))
		return len > 0 && !(len > 4 && (memcmp(s, "The ", 4) == 0 ||
		    memcmp(s, "A ", 2) == 0 || memcmp(s, "An ", 3) == 0 ||
		    memcmp(s, "His ", 4) == 0 || memcmp(s, "Her ", 4) == 0 ||
		    memcmp(s, "Its ", 4) == 0 || memcmp(s, "Their ", 6) == 0));
	while (h > 0 && s[h - 1] != ' ')
		h--;
	c = quote_lex(s + h, len - h);
	if (c & (QLEX_TITLE | QLEX_MASC | QLEX_FEM))
		return 1;
	return (c & QLEX_NOMINAL) && !(len - h == 9 &&
	    memcmp(s + h, "statement", 9) == 0) && !(len - h == 6 &&
	    memcmp(s + h, "report", 6) == 0) && !(len - h == 8 &&
	    memcmp(s + h, "campaign", 8) == 0);
}

static void
name_quotes(struct quote_doc *d, struct priv *p, int all)
{
	const char *t = d->text.data;
	struct last last;
	struct buf spk = BUF_INIT, org = BUF_INIT;
	size_t qi, j, cs, ce, scan_end = 0, scan_par = 0;
	struct qi *q, *src, *scan_src = NULL;
	unsigned g;
	int cont;

	memset(&last, 0, sizeof(last));
	for (qi = 0; qi < p->nqs; qi++) {
		q = &p->qs[qi];
		buf_reset(&spk);
		buf_reset(&org);
		cs = ce = 0;
		cont = 0;
		if (q->type == QUOTE_TITLE || q->type == QUOTE_TERM) {
			if (all)
				emit(d, p, q, "", 0, "", 0, "", 0);
			continue;
		}
		src = q->cued && q->a.kind != AT_SUBJ ? q : NULL;
		if (src == NULL) {
			/* No cue of its own: the quote before it in the
			 * paragraph, else the next one with a cue. */
			for (j = qi; j > 0; j--) {
				struct qi *x = &p->qs[j - 1];

				if (x->plast != q->pfirst)
					break;
				if (x->type == QUOTE_TITLE ||
				    x->type == QUOTE_TERM)
					continue;
				if (x->cued && x->a.kind != AT_SUBJ)
					src = x;
				break;
			}
			/*
			 * The scan is remembered: every uncued quote of a
			 * run shares its answer, so a paragraph of many
			 * uncued quotes is scanned once, not once per quote.
			 */
			if (src == NULL && (qi >= scan_end ||
			    q->plast != scan_par)) {
				scan_par = q->plast;
				scan_src = NULL;
				for (j = qi + 1; j < p->nqs; j++) {
					struct qi *x = &p->qs[j];

					if (x->pfirst != scan_par)
						break;
					if (x->cued && x->a.kind != AT_SUBJ) {
						scan_src = x;
						break;
					}
				}
				scan_end = j;
			}
			if (src == NULL)
				src = scan_src;
			if (q->cued) {
				cs = q->a.cs;
				ce = q->a.ce;
			}
		}
		if (src != NULL && src != q && src->cued) {
			cs = src->a.cs;
			ce = src->a.ce;
		} else if (src != NULL) {
			cs = q->a.cs;
			ce = q->a.ce;
		}
		/* Clinton supports "...", but not Boos rained down. */
		if (src != NULL && src->a.kind == AT_NAME &&
		    src->a.cs == src->a.ce &&
		    stray_word(d, p, src->a.s, src->a.e)) {
			src = NULL;
			cs = ce = 0;
		}
		if (src != NULL && src->a.kind == AT_NAME &&
		    the_demonym(d, p, src->a.s, src->a.e) &&
		    resolve_pron(d, p, src->a.s, 0, &last, &spk, 1))
			;	/* the Swede: someone named before */
		else if (src != NULL && src->a.kind == AT_NAME)
			name_for(d, p, src->a.s, src->a.e, &spk, &org);
		else if (src != NULL && src->a.kind == AT_NOM &&
		    title_anaphor(d, p, src->a.s, src->a.e, &spk))
			;	/* the senator: the last one named */
		else if (src != NULL && src->a.kind == AT_NOM) {
			/* the company: its name is the organisation */
			buf_put(&spk, t + src->a.s, src->a.e - src->a.s);
			if (!org_before(d, src->a.s, src->a.e, &org))
				org_for(d, p, src->a.s, src->a.e, &org);
		} else if (src != NULL && src->a.kind == AT_PRON) {
			resolve_pron(d, p, src->a.s, src->a.pcls, &last,
			    &spk, 0);
		} else if (lead_subject(d, p, q, &last, &spk, &org)) {
			/* Clinton touted her record. "...": the subject
			 * of the sentence before it. */
			if (q->cued) {
				cs = q->a.cs;
				ce = q->a.ce;
			}
		} else if (last.set) {
			/* A quote that continues the last speaker takes
			 * that speaker's cue too. */
			buf_put(&spk, last.name.data, last.name.len);
			buf_put(&org, last.org.data, last.org.len);
			cs = last.cs;
			ce = last.ce;
			cont = 1;
		} else {
			/* Nobody yet: the last person before the quote. */
			for (j = mentions_before(p, q->open); j > 0; j--)
				if (p->ms[j - 1].off < q->open) {
					buf_put(&spk, p->names.data +
					    p->ms[j - 1].name,
					    p->ms[j - 1].namelen);
					break;
				}
		}
		emit(d, p, q, spk.data ? spk.data : "", spk.len,
		    org.data ? org.data : "", org.len, t + cs, ce - cs);
		if (spk.len > 0) {
			g = gender_name(p, spk.data, spk.len);
			if (src != NULL && src->a.kind == AT_PRON)
				g = src->a.pcls & (QLEX_MASC | QLEX_FEM);
			buf_reset(&last.name);
			buf_put(&last.name, spk.data, spk.len);
			last.gender = g;
			last.para = q->plast;
			last.pos = src != NULL ? src->a.s : q->open;
			last.cs = cs;
			last.ce = ce;
			buf_reset(&last.org);
			buf_put(&last.org, org.data, org.len);
			last.set = 1;
			/*
			 * "a statement", "the report": no "he" or "she".
			 * A continued speaker stays what it was.
			 */
			if (!cont)
				last.thing = src != NULL &&
				    src->a.kind == AT_NOM &&
				    !title_like(t, spk.data, spk.len);
		}
	}
	buf_free(&spk);
	buf_free(&org);
	buf_free(&last.name);
	buf_free(&last.org);
}

static int
qi_cmp(const void *a, const void *b)
{
	const struct qi *x = a, *y = b;

	return x->open < y->open ? -1 : x->open > y->open;
}

/*
 * Reported speech without marks, in sentences without quotes:
 * SPEAKER CUE [time words] that CONTENT ("Kerry said Sunday that the
 * United States was prepared ...").  The content runs to the end of
 * the sentence.
 */
static void
find_indirect(struct quote_doc *d, struct priv *p)
{
	const char *t = d->text.data;
	size_t pi, s0, e0, pe, i, v, n, c, cs, ce, nq0 = p->nqs;
	struct tok *k;
	struct attr a;
	struct qi *q;

	for (pi = 0; pi < d->npara; pi++) {
		s0 = d->paras[pi].off;
		pe = s0 + d->paras[pi].len;
		while (s0 < pe) {
			e0 = sent_cut_fwd(t, s0, pe);
			for (i = 0; i < nq0; i++)
				if (p->qs[i].open < e0 && p->qs[i].close > s0)
					break;
			if (i < nq0)
				goto next;
			p->ntoks = 0;
			tokenize(p, t, s0, e0);
			n = p->ntoks;
			k = p->toks;
			for (v = 0; v + 2 < n; v++) {
				if (!is_cue(&k[v]) || (k[v].cls & QLEX_PART))
					continue;
				/* said Sunday that; told reporters that */
				for (c = v + 1; c < n && c < v + 4 &&
				    ISW(&k[c]) && !(LOWW(&k[c]) &&
				    (k[c].cls & QLEX_CONJ)); c++)
					;
				if (c + 1 >= n || !LOWW(&k[c]) || k[c].len != 4 ||
				    memcmp(t + k[c].off, "that", 4) != 0)
					continue;
				memset(&a, 0, sizeof(a));
				cue_phrase(p, t, 0, n, v, &a);
				cs = a.cs;
				ce = a.ce;
				if (!np_back(p, t, 0, v, &a))
					break;
				a.cs = cs;
				a.ce = ce;
				GROW(p->qs, p->nqs, p->qscap);
				q = &p->qs[p->nqs++];
				memset(q, 0, sizeof(*q));
				q->open = q->start = k[c + 1].off;
				q->close = q->end = e0;
				while (q->end > q->start && (t[q->end - 1] == '.' ||
				    is_space((unsigned char)t[q->end - 1])))
					q->end--;
				q->pfirst = q->plast = pi;
				q->part0 = p->nparts;
				add_part(p, q, q->start, q->end);
				q->type = QUOTE_INDIRECT;
				q->cued = 1;
				q->a = a;
				break;
			}
next:
			s0 = e0;
			while (s0 < pe && is_space((unsigned char)t[s0]))
				s0++;
		}
	}
	p->ntoks = 0;
	if (p->nqs > nq0)
		qsort(p->qs, p->nqs, sizeof(*p->qs), qi_cmp);
}

void
quote_find(struct quote_doc *d, int flags)
{
	struct priv *p = priv(d);

	lex_init();
	d->nq = 0;
	buf_reset(&d->strs);
	p->nqs = p->nparts = p->ntoks = p->nms = 0;
	if (d->text.len == 0 || d->npara == 0)
		return;
	pair_marks(d, p);
	if (p->nqs > 0)
		attribute(d, p);
	if (flags & QUOTE_F_INDIRECT)
		find_indirect(d, p);
	if (p->nqs == 0)
		return;
	collect_people(d, p);
	name_quotes(d, p, (flags & QUOTE_F_ALL) != 0);
}
