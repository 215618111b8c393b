/*
 * ner.c -- entity features, decoding and the model file (see ner.h).
 *
 * Model file format, version 2 (all numbers little-endian):
 *
 *	offset	size	field
 *	0	8	magic "WIRENER\0"
 *	8	4	file version (NER_FILE_VERSION)
 *	12	4	feature set version (FEATSET): a model only works with
 *			the feature code it was trained with
 *	16	4	number of labels (NER_NLABELS)
 *	20	4	bits: features hash to 2^bits rows
 *	24	8	checksum of everything after the header (sum64 below)
 *	32	8	gazetteer slots (a power of two)
 *	40	8	gazetteer entries
 *	48	8	nnz: rows that are not all zero
 *	56	8	zero
 *	64	1280	transitions: (NER_NLABELS + 1) * NER_NLABELS floats,
 *			the last row from the start; zero padding
 *	1344	2^bits / 8	bitmap of the non-zero rows (64-bit words)
 *	...	2^bits / 16	for each bitmap word, the number of non-zero
 *			rows before it (uint32)
 *	...	32 * nnz	the non-zero rows in order, 32 bytes each (two
 *			to a cache line): a float scale, NER_NLABELS int8
 *			weights (times the scale), zeros
 *	...	NER_GAZ_ENTRY * slots	the gazetteer hash table (ner_gaz.c):
 *			phrase and word entries, with the words' clusters
 *			(new in version 2, with the cluster features)
 *	...	NER_GAZ_BLOOM / 8	the Bloom filter of phrase prefixes and
 *			place names' first words (ner_gaz.c)
 *
 * Only about a quarter of the rows of a trained model are non-zero, and
 * the bitmap (in cache) says which without reading a row.  The file is
 * mapped, not parsed: start-up costs one checksum pass.
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hash.h"
#include "ner.h"
#include "tok.h"
#include "xalloc.h"

#define MAGIC		"WIRENER"
#define HEADER_SIZE	64
#define FEATSET		5
#define TRANS_AREA	1280

/* ---- Sentences ---- */

void
ner_sent_init(struct ner_sent *s)
{
	memset(s, 0, sizeof(*s));
}

void
ner_sent_free(struct ner_sent *s)
{
	free(s->w);
	free(s->wl);
	free(s->gold);
	free(s->pred);
	free(s->feat);
	free(s->nfeat);
	free(s->gaz);
	free(s->lex);
	free(s->clus);
	free(s->skip);
	free(s->wkey);
	free(s->lexc);
	free(s->score);
	free(s->text);
	memset(s, 0, sizeof(*s));
}

void
ner_sent_clear(struct ner_sent *s)
{
	s->n = 0;
	s->textlen = 0;
}

void
ner_sent_push(struct ner_sent *s, const char *w, size_t len, int gold)
{
	size_t i;
	char *old;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->w = xreallocarray(s->w, s->cap, sizeof(*s->w));
		s->wl = xreallocarray(s->wl, s->cap, sizeof(*s->wl));
		s->gold = xreallocarray(s->gold, s->cap, 1);
		s->pred = xreallocarray(s->pred, s->cap, 1);
		s->feat = xreallocarray(s->feat, s->cap,
		    NER_MAXF * sizeof(*s->feat));
		s->nfeat = xreallocarray(s->nfeat, s->cap, 1);
		s->gaz = xreallocarray(s->gaz, s->cap, sizeof(*s->gaz));
		s->score = xreallocarray(s->score, s->cap,
		    NER_NLABELS * sizeof(*s->score));
	}
	if (s->textlen + 2 * len + 1 > s->textcap) {
		old = s->text;
		while (s->textlen + 2 * len + 1 > s->textcap)
			s->textcap = s->textcap ? s->textcap * 2 : 1024;
		s->text = xreallocarray(s->text, s->textcap, 1);
		/* The w pointers point into text: move them along. */
		if (old != NULL && old != s->text)
			for (i = 0; i < s->n; i++)
				s->w[i] = s->text + (s->w[i] - old);
	}
	s->w[s->n] = s->text + s->textlen;
	s->wl[s->n] = tok_norm(w, len, s->text + s->textlen);
	s->textlen += s->wl[s->n] + 1;
	s->gold[s->n] = (uint8_t)gold;
	s->n++;
}

/* ---- Features ---- */

static inline int
a_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
a_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
a_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Hashes standing for the words before and after the sentence. */
#define KEY_BOS		0x1000
#define KEY_EOS		0x2000

/*
 * The first features of every token come in groups that depend on one
 * word each: its own (G_OWN), and those looking at it from the next
 * token (G_P1: the previous word), from the previous one (G_N1), and two
 * tokens away (G_P2, G_N2).  ner_decode caches each group's weight sum
 * by word, so frequent words cost no row reads.  Then come G_PAIR
 * features of word pairs, read every time.
 */
#define G_OWN	17
#define G_P1	4
#define G_N1	4
#define G_P2	1
#define G_N2	1
#define G_ALL	(G_OWN + G_P1 + G_N1 + G_P2 + G_N2)
#define G_PAIR	5
/*
 * The remaining features (G_REST) take few distinct values together
 * (shapes, dictionary and gazetteer bits): their sum is cached by the
 * set of rows itself.
 */

/* Per-token string hashes the templates combine. */
struct tokh {
	uint64_t	word, lower, shape, sshape;
	uint64_t	pre[4], suf[4];
	int		cap;		/* starts with a capital */
};

#define MAXW	64		/* longer words are hashed on a prefix */

#define FNV(h, c) (((h) ^ (unsigned char)(c)) * 0x100000001b3ULL)

/*
 * All the hashes of one word in one pass: the word, lower case, shape
 * ("Xxxxx"), short shape ("Xx"), and the lower-case prefixes and
 * suffixes of 1-4 bytes.
 */
static void
token_hashes(const char *w, size_t len, struct tokh *h)
{
	uint64_t hw, hl, hs, hss, hx;
	size_t i, n, ns = 0;
	unsigned char c, low[MAXW];
	char k, last = 0;

	n = len < MAXW ? len : MAXW;
	hw = 0xcbf29ce484222325ULL ^ 1;
	hl = 0xcbf29ce484222325ULL ^ 2;
	hs = 0xcbf29ce484222325ULL ^ 3;
	hss = 0xcbf29ce484222325ULL ^ 4;
	for (i = 0; i < n; i++) {
		c = (unsigned char)w[i];
		low[i] = a_upper(c) ? (unsigned char)(c + 32) : c;
		hw = FNV(hw, c);
		hl = FNV(hl, low[i]);
		if (i < 4)
			h->pre[i] = hl;
		if (a_upper(c))
			k = 'X';
		else if (a_lower(c))
			k = 'x';
		else if (a_digit(c))
			k = 'd';
		else if (c >= 0xc0)
			k = 'u';
		else if (c >= 0x80)
			continue;
		else
			k = (char)c;
		if (ns++ < 16)
			hs = FNV(hs, k);
		if (k != last)
			hss = FNV(hss, k);
		last = k;
	}
	for (i = n; i < 4; i++)
		h->pre[i] = hl;
	h->word = hw;
	h->lower = hl;
	h->shape = hs;
	h->sshape = hss;
	/* Suffixes are hashed from the end backwards. */
	hx = 0xcbf29ce484222325ULL ^ 5;
	for (i = 0; i < 4; i++) {
		if (i < n)
			hx = FNV(hx, low[n - 1 - i]);
		h->suf[i] = hx;
	}
	h->cap = n > 0 && (a_upper((unsigned char)w[0]) ||
	    (unsigned char)w[0] >= 0xc0);
}

/* Feature templates. */
enum {
	F_BIAS = 1, F_W, F_L, F_S, F_SS, F_PRE, F_SUF = F_PRE + 4,
	F_LM1 = F_SUF + 4, F_LP1, F_LM2, F_LP2, F_SSM1, F_SSP1, F_SSM1_0,
	F_SS0_P1, F_SSM1_0_P1, F_LM1_L0, F_L0_LP1, F_LM1_SS0, F_LP1_SS0,
	F_FIRST_SS0, F_HEAD_L0, F_GAZ, F_GAZM1, F_GAZP1, F_WM1, F_WP1,
	F_SUF3_SSM1, F_LEX, F_LEXM1, F_LEXP1, F_CL4, F_CL6, F_CL10, F_CLALL,
	F_CLM1, F_CLM1ALL, F_CLP1, F_CLP1ALL
};

static inline uint64_t
f1(int t, uint64_t a)
{
	return hash_mix64(a + (uint64_t)t * 0x9e3779b97f4a7c15ULL);
}

static inline uint64_t
f2(int t, uint64_t a, uint64_t b)
{
	return hash_mix64(a ^
	    hash_mix64(b + (uint64_t)t * 0x9e3779b97f4a7c15ULL));
}

/* Capitalised function words, which start sentences, not names. */
static const char *const function_words[] = {
	"A", "After", "An", "And", "As", "At", "But", "By", "For", "He",
	"His", "I", "If", "In", "It", "Its", "On", "She", "That", "The",
	"There", "They", "This", "We", "When", "While", "With", NULL
};

/*
 * A lower-case word, a number, a capitalised function word or a lone
 * punctuation mark: tokens that are almost never part of a name.
 */
static int
plain(const char *w, size_t len)
{
	const char *const *p;
	unsigned char c = (unsigned char)w[0];

	if (a_lower(c) || a_digit(c))
		return 1;
	if (len == 1)
		return strchr(",.;:!?()\"'$%", c) != NULL;
	if (len <= 5 && a_upper(c))
		for (p = function_words; *p != NULL; p++)
			if ((*p)[0] == w[0] && strlen(*p) == len &&
			    memcmp(*p, w, len) == 0)
				return 1;
	return 0;
}

/*
 * Token i's dictionary bits and cluster (ner_gaz_word), through the
 * cache (key: its hash).
 */
static uint32_t
word_info(struct ner_sent *s, const struct ner_gaz *gaz, uint64_t key,
    size_t i)
{
	struct ner_lexc *c;

	if (gaz == NULL)
		return 0;
	/* Long words are hashed on a prefix: ask the table itself. */
	if (s->wl[i] >= MAXW)
		return ner_gaz_word(gaz, s->w[i], s->wl[i]);
	if (s->lexc == NULL || s->lexg != gaz) {
		if (s->lexc == NULL)
			s->lexc = xreallocarray(NULL,
			    (size_t)1 << NER_LEXC_BITS, sizeof(*s->lexc));
		memset(s->lexc, 0, ((size_t)1 << NER_LEXC_BITS) *
		    sizeof(*s->lexc));
		s->lexg = gaz;
	}
	key |= 1;
	c = &s->lexc[hash_mix64(key) >> (64 - NER_LEXC_BITS)];
	if (c->key != key) {
		c->key = key;
		c->info = ner_gaz_word(gaz, s->w[i], s->wl[i]);
	}
	return c->info;
}

/*
 * The first len bits of cluster c (1 followed by the path): a shorter
 * path is its own prefix.
 */
static inline uint64_t
clus_prefix(unsigned c, int len)
{
	int have = 31 - __builtin_clz(c | 1);

	return have > len ? c >> (have - len) : c;
}

void
ner_features(struct ner_sent *s, const struct ner_gaz *gaz, unsigned bits,
    int fast)
{
	struct tokh hb[2], he[2], *h, *hm1, *hm2, *hp1, *hp2;
	struct tokh stackh[64], *th;

	uint32_t *f;
	size_t i, n = s->n, k;
	int head, lowseen = 0, upseen = 0, shift = 64 - (int)bits, b;
	uint32_t info;
	uint16_t g;

	if (n == 0)
		return;
	th = n <= 64 ? stackh : xreallocarray(NULL, n, sizeof(*th));

	if (n > s->lexcap) {
		s->lexcap = s->cap;
		s->lex = xreallocarray(s->lex, s->lexcap, 1);
		s->clus = xreallocarray(s->clus, s->lexcap,
		    sizeof(*s->clus));
		s->skip = xreallocarray(s->skip, s->lexcap, 1);
		s->wkey = xreallocarray(s->wkey, s->lexcap,
		    sizeof(*s->wkey));
	}
	/*
	 * Fast mode: a plain token between plain tokens is taken to be
	 * outside any entity without asking the model, which it nearly
	 * always agrees with; news text is mostly such tokens.
	 */
	memset(s->skip, 0, n);
	if (fast) {
		for (i = 0; i < n; i++)
			s->skip[i] = (uint8_t)plain(s->w[i], s->wl[i]);
		for (i = 0; i < n; i++)
			if ((s->skip[i] & 1) && (i == 0 ||
			    (s->skip[i - 1] & 1)) && (i + 1 == n ||
			    (s->skip[i + 1] & 1)))
				s->skip[i] |= 2;
		for (i = 0; i < n; i++)
			s->skip[i] >>= 1;
	}
	for (i = 0; i < n; i++) {
		/* Only tokens within two of a tagged one are looked at. */
		if (!fast || !s->skip[i] || (i >= 1 && !s->skip[i - 1]) ||
		    (i >= 2 && !s->skip[i - 2]) ||
		    (i + 1 < n && !s->skip[i + 1]) ||
		    (i + 2 < n && !s->skip[i + 2])) {
			token_hashes(s->w[i], s->wl[i], &th[i]);
			s->wkey[i] = th[i].word;
			info = word_info(s, gaz, th[i].word, i);
			s->lex[i] = (uint8_t)info;
			s->clus[i] = (uint16_t)(info >> 8);
		}
		/* Once a lower-case letter is seen, head below is 0. */
		for (k = 0; k < s->wl[i] && !lowseen; k++) {
			if (a_lower((unsigned char)s->w[i][k]))
				lowseen = 1;
			else if (a_upper((unsigned char)s->w[i][k]))
				upseen = 1;
		}
	}
	/* Headlines in capitals make shapes useless: words must do. */
	head = upseen && !lowseen;
	if (gaz != NULL)
		ner_gaz_scan(gaz, (const char *const *)s->w, s->wl, n, s->gaz);
	else
		memset(s->gaz, 0, n * sizeof(*s->gaz));
	memset(hb, 0, sizeof(hb));
	memset(he, 0, sizeof(he));
	for (k = 0; k < 2; k++) {
		hb[k].word = hb[k].lower = hb[k].shape = hb[k].sshape =
		    KEY_BOS + k;
		he[k].word = he[k].lower = he[k].shape = he[k].sshape =
		    KEY_EOS + k;
	}
	for (i = 0; i < n; i++) {
		if (s->skip[i]) {
			s->nfeat[i] = 0;
			continue;
		}
		h = &th[i];
		hm1 = i >= 1 ? &th[i - 1] : &hb[0];
		hm2 = i >= 2 ? &th[i - 2] : &hb[1];
		hp1 = i + 1 < n ? &th[i + 1] : &he[0];
		hp2 = i + 2 < n ? &th[i + 2] : &he[1];
		f = s->feat + i * NER_MAXF;
		k = 0;
#define ADD(x) (f[k++] = (uint32_t)((x) >> shift))
		/* Groups that depend on one word only: see ner_decode. */
		ADD(f1(F_BIAS, 0));
		ADD(f1(F_W, h->word));
		ADD(f1(F_L, h->lower));
		ADD(f1(F_S, h->shape));
		ADD(f1(F_SS, h->sshape));
		for (b = 0; b < 4; b++) {
			ADD(f1(F_PRE + b, h->pre[b]));
			ADD(f1(F_SUF + b, h->suf[b]));
		}
		/* Word clusters: coarse to fine (Ratinov & Roth 2009). */
		ADD(f1(F_CL4, clus_prefix(s->clus[i], 4)));
		ADD(f1(F_CL6, clus_prefix(s->clus[i], 6)));
		ADD(f1(F_CL10, clus_prefix(s->clus[i], 10)));
		ADD(f1(F_CLALL, s->clus[i]));
		ADD(f1(F_LM1, hm1->lower));
		ADD(f1(F_WM1, hm1->word));
		ADD(f1(F_CLM1, i >= 1 ? clus_prefix(s->clus[i - 1], 6) :
		    KEY_BOS));
		ADD(f1(F_CLM1ALL, i >= 1 ? s->clus[i - 1] : KEY_BOS));
		ADD(f1(F_LP1, hp1->lower));
		ADD(f1(F_WP1, hp1->word));
		ADD(f1(F_CLP1, i + 1 < n ? clus_prefix(s->clus[i + 1], 6) :
		    KEY_EOS));
		ADD(f1(F_CLP1ALL, i + 1 < n ? s->clus[i + 1] : KEY_EOS));
		ADD(f1(F_LM2, hm2->lower));
		ADD(f1(F_LP2, hp2->lower));
		/* Pairs of words, or of a word and a shape (G_PAIR). */
		ADD(f2(F_LM1_L0, hm1->lower, h->lower));
		ADD(f2(F_L0_LP1, h->lower, hp1->lower));
		ADD(f2(F_LM1_SS0, hm1->lower, h->sshape));
		ADD(f2(F_LP1_SS0, hp1->lower, h->sshape));
		ADD(f2(F_SUF3_SSM1, h->suf[2], hm1->sshape));
		/* The rest: shapes, dictionary, gazetteers (G_REST). */
		ADD(f1(F_SSM1, hm1->sshape));
		ADD(f1(F_SSP1, hp1->sshape));
		ADD(f2(F_SSM1_0, hm1->sshape, h->sshape));
		ADD(f2(F_SS0_P1, h->sshape, hp1->sshape));
		ADD(f2(F_SSM1_0_P1, hm1->sshape, f2(0, h->sshape,
		    hp1->sshape)));
		if (i == 0)
			ADD(f1(F_FIRST_SS0, h->sshape));
		/* Is it a dictionary word, and in which case? */
		ADD(f1(F_LEX, (uint64_t)(s->lex[i] + 16 * h->cap +
		    32 * (i == 0) + 64 * head)));
		ADD(f1(F_LEXM1, (uint64_t)(i > 0 ? s->lex[i - 1] + 16 *
		    th[i - 1].cap : 99) + 128 * (uint64_t)h->cap));
		ADD(f1(F_LEXP1, (uint64_t)(i + 1 < n ? s->lex[i + 1] + 16 *
		    th[i + 1].cap : 99) + 128 * (uint64_t)h->cap));
		if (head)
			ADD(f1(F_HEAD_L0, h->lower));

		g = s->gaz[i];
		/* The set bits, lowest first (most tokens have none). */
		for (; g != 0 && k < NER_MAXF - 2; g &= (uint16_t)(g - 1))
			ADD(f1(F_GAZ, (uint64_t)__builtin_ctz(g)));
		/* Neighbours' classes, without their positions. */
		g = i >= 1 ? s->gaz[i - 1] : 0;
		for (b = 0; b < 4 && k < NER_MAXF - 1; b++)
			if (g & (0xfu << (4 * b)))
				ADD(f1(F_GAZM1, (uint64_t)b));
		g = i + 1 < n ? s->gaz[i + 1] : 0;
		for (b = 0; b < 4 && k < NER_MAXF; b++)
			if (g & (0xfu << (4 * b)))
				ADD(f1(F_GAZP1, (uint64_t)b));
#undef ADD
		s->nfeat[i] = (uint8_t)k;
	}
	if (th != stackh)
		free(th);

}

/* ---- Decoding ---- */

int
ner_allowed(int a, int b)
{
	int ain, bcont;

	/* Inside an entity (after B or I) the next must continue it. */
	ain = a != NER_NLABELS && a != NER_O &&
	    (NER_LPOS(a) == NER_B || NER_LPOS(a) == NER_I);
	bcont = b != NER_O && (NER_LPOS(b) == NER_I || NER_LPOS(b) == NER_L);
	if (ain)
		return bcont && NER_LTYPE(a) == NER_LTYPE(b);
	return !bcont;
}

/* May a sentence end after label a? */
static int
final_ok(int a)
{
	return a == NER_O || NER_LPOS(a) == NER_L || NER_LPOS(a) == NER_U;
}

/* Allowed predecessors of each label, built on first use. */
static uint8_t npred[NER_NLABELS], preds[NER_NLABELS][NER_NLABELS];

static void
init_preds(void)
{
	int a, b;

	if (npred[0] != 0)
		return;
	for (b = 0; b < NER_NLABELS; b++)
		for (a = 0; a < NER_NLABELS; a++)
			if (ner_allowed(a, b))
				preds[b][npred[b]++] = (uint8_t)a;
}

/*
 * The BILOU constraints give the transitions a fixed shape: O, B and U
 * (entering labels) follow O, L and U (exiting labels), and I and L
 * follow B or I of their own type.  The forward pass works on that
 * shape with fixed-size loops the compiler can vectorise, and keeps
 * only the scores; the backward pass finds each best predecessor
 * again from the kept scores (in the order of preds[], the first best
 * winning, as a plain search would).
 */
#define NX	(1 + 2 * NER_NCTYPES)	/* exiting and entering labels */
#define VW	12			/* NX rounded up for the loops */
static const uint8_t exit_l[NX] = { 0, 3, 4, 7, 8, 11, 12, 15, 16 };
static const uint8_t enter_l[NX] = { 0, 1, 4, 5, 8, 9, 12, 13, 16 };

void
ner_viterbi(const float *score, size_t n,
    const float trans[NER_NLABELS + 1][NER_NLABELS], uint8_t *out)
{
	float te[NX][VW], acc[VW], *hist, stackh[64 * NER_NLABELS], *cur;
	float *nxt, best, v, x;
	const float *sc;
	size_t i;
	int a, b, k, t, arg, forced = 0;

	if (n == 0)
		return;
	init_preds();
	hist = n <= 64 ? stackh : xreallocarray(NULL, n,
	    NER_NLABELS * sizeof(*hist));
	for (a = 0; a < NX; a++) {
		for (k = 0; k < NX; k++)
			te[a][k] = trans[exit_l[a]][enter_l[k]];
		for (; k < VW; k++)
			te[a][k] = -INFINITY;
	}
	cur = hist;
	for (b = 0; b < NER_NLABELS; b++)
		cur[b] = ner_allowed(NER_NLABELS, b) ?
		    trans[NER_NLABELS][b] + score[b] : -INFINITY;
	for (i = 1; i < n; i++, cur = nxt) {
		sc = score + i * NER_NLABELS;
		nxt = cur + NER_NLABELS;
		/* A token forced to O (fast mode) has one way in. */
		if (sc[0] != -INFINITY && sc[1] == -INFINITY) {
			best = -INFINITY;
			for (a = 0; a < NX; a++) {
				v = cur[exit_l[a]] + te[a][0];
				best = v > best ? v : best;
			}
			nxt[NER_O] = best + sc[NER_O];
			for (b = 1; b < NER_NLABELS; b++)
				nxt[b] = -INFINITY;
			forced = 1;
			continue;
		}
		for (k = 0; k < VW; k++)
			acc[k] = cur[exit_l[0]] + te[0][k];
		/* After a forced O only O is left to come from. */
		for (a = 1; a < NX && !forced; a++) {
			x = cur[exit_l[a]];
			for (k = 0; k < VW; k++) {
				v = x + te[a][k];
				acc[k] = v > acc[k] ? v : acc[k];
			}
		}
		for (k = 0; k < NX; k++)
			nxt[enter_l[k]] = acc[k] + sc[enter_l[k]];
		for (t = 0; t < NER_NCTYPES; t++) {
			int lb = NER_LABEL(t, NER_B), li = NER_LABEL(t, NER_I);

			for (b = li; b <= li + 1; b++) {
				v = cur[lb] + trans[lb][b];
				x = cur[li] + trans[li][b];
				nxt[b] = (x > v ? x : v) + sc[b];
			}
		}
		forced = 0;
	}
	best = -INFINITY;
	arg = NER_O;
	for (b = 0; b < NER_NLABELS; b++)
		if (final_ok(b) && cur[b] > best) {
			best = cur[b];
			arg = b;
		}
	out[n - 1] = (uint8_t)arg;
	for (i = n - 1; i > 0; i--) {
		b = out[i];
		cur = hist + (i - 1) * NER_NLABELS;
		best = -INFINITY;
		arg = preds[b][0];
		for (k = 0; k < npred[b]; k++) {
			a = preds[b][k];
			v = cur[a] + trans[a][b];
			if (v > best) {
				best = v;
				arg = a;
			}
		}
		out[i - 1] = (uint8_t)arg;
	}
	if (hist != stackh)
		free(hist);
}

/* Bits set in x (without relying on a popcnt instruction). */
static inline unsigned
popcount64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ULL);
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

/* The row of feature r, or NULL if it is all zeros. */
static inline const unsigned char *
row_of(const struct ner_model *m, uint32_t r)
{
	uint64_t w = m->bitmap[r >> 6], bit = (uint64_t)1 << (r & 63);

	if (!(w & bit))
		return NULL;
	return m->rows + ((size_t)m->prefix[r >> 6] +
	    (size_t)popcount64(w & (bit - 1))) * NER_ROWSZ;
}

/* Add the weights of rows f[0..n) to sc. */
static inline void
add_rows(const struct ner_model *m, const uint32_t *f, size_t n, float *sc)
{
	const unsigned char *row;
	int8_t q[NER_NLABELS];
	float scale, acc[NER_NLABELS];
	size_t k;
	int l;

	/* Local copies, so that the compiler can vectorise the loop. */
	memset(acc, 0, sizeof(acc));
	for (k = 0; k < n; k++) {
		if ((row = row_of(m, f[k])) == NULL)
			continue;
		memcpy(&scale, row, sizeof(scale));
		memcpy(q, row + sizeof(float), sizeof(q));
		for (l = 0; l < 16; l++)
			acc[l] += scale * (float)q[l];
		for (; l < NER_NLABELS; l++)
			acc[l] += scale * (float)q[l];
	}
	/* Sixteen, then the last: so the loops vectorise. */
	for (l = 0; l < 16; l++)
		sc[l] += acc[l];
	for (; l < NER_NLABELS; l++)
		sc[l] += acc[l];
}

/* Add group g of word key's rows f[0..n), through the cache. */
static inline void
add_group(const struct ner_model *m, uint64_t key, int g, const uint32_t *f,
    size_t n, float *sc)
{
	struct ner_cache *c;
	uint64_t tag;
	int l;

	tag = hash_mix64(key * 8 + (uint64_t)g) | 1;
	c = &m->cache[tag >> (64 - NER_CACHE_BITS)];
	if (c->tag != tag) {
		memset(c->v, 0, sizeof(c->v));
		add_rows(m, f, n, c->v);
		c->tag = tag;
	}
	for (l = 0; l < 16; l++)
		sc[l] += c->v[l];
	for (; l < NER_NLABELS; l++)
		sc[l] += c->v[l];
}

void
ner_decode(const struct ner_model *m, struct ner_sent *s)
{
	const uint32_t *f;
	const float *w;
	float *sc, tot[NER_NLABELS];
	size_t i, k, n = s->n;
	uint64_t km1, kp1, km2, kp2, krest;
	int l;

	/*
	 * Reading rows is what costs: ask for all of the sentence's rows
	 * at once so the reads overlap.
	 */
	if (m->w == NULL)
		for (i = 0; i < n; i++) {
			if (s->skip[i])
				continue;
			f = s->feat + i * NER_MAXF;
			for (k = G_ALL; k < G_ALL + G_PAIR; k++) {
				const unsigned char *row = row_of(m, f[k]);

				if (row != NULL)
					__builtin_prefetch(row);
			}
		}
	for (i = 0; i < n; i++) {
		sc = s->score + i * NER_NLABELS;
		if (s->skip[i]) {
			sc[NER_O] = 0;
			for (l = 1; l < NER_NLABELS; l++)
				sc[l] = -INFINITY;
			continue;
		}
		memset(sc, 0, NER_NLABELS * sizeof(*sc));
		f = s->feat + i * NER_MAXF;
		if (m->w != NULL) {
			for (k = 0; k < s->nfeat[i]; k++) {
				w = m->w + (size_t)f[k] * NER_NLABELS;
				for (l = 0; l < NER_NLABELS; l++)
					sc[l] += w[l];
			}
			continue;
		}
		/* A local sum (not aliased by the cache) vectorises. */
		memset(tot, 0, sizeof(tot));
		km1 = i >= 1 ? s->wkey[i - 1] : KEY_BOS;
		km2 = i >= 2 ? s->wkey[i - 2] : KEY_BOS + 1;
		kp1 = i + 1 < n ? s->wkey[i + 1] : KEY_EOS;
		kp2 = i + 2 < n ? s->wkey[i + 2] : KEY_EOS + 1;
		add_group(m, s->wkey[i], 0, f, G_OWN, tot);
		add_group(m, km1, 1, f + G_OWN, G_P1, tot);
		add_group(m, kp1, 2, f + G_OWN + G_P1, G_N1, tot);
		add_group(m, km2, 3, f + G_OWN + G_P1 + G_N1, G_P2, tot);
		add_group(m, kp2, 4, f + G_OWN + G_P1 + G_N1 + G_P2, G_N2,
		    tot);
		add_rows(m, f + G_ALL, G_PAIR, tot);
		krest = 0x5bd1e995;
		for (k = G_ALL + G_PAIR; k < s->nfeat[i]; k++)
			krest = (krest ^ f[k]) * 0x100000001b3ULL;
		add_group(m, krest, 5, f + G_ALL + G_PAIR,
		    s->nfeat[i] - G_ALL - G_PAIR, tot);
		memcpy(sc, tot, sizeof(tot));
	}
	ner_viterbi(s->score, n, m->trans, s->pred);
}

/* ---- The model file ---- */

static uint64_t
sum64(const unsigned char *p, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL, x;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&x, p + i, 8);
		h = (h ^ x) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	for (; i < len; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	return h ^ (uint64_t)len;
}

static void
put32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static uint32_t
get32(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static uint64_t
get64(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static int
little_endian(void)
{
	uint32_t one = 1;

	return *(unsigned char *)&one == 1;
}

/* Offsets (from the file start) of the parts of a model file. */
struct layout {
	size_t	bitmap, prefix, rows, gaz, end;
};

static void
layout(unsigned bits, uint64_t nnz, uint64_t gcap, struct layout *l)
{
	size_t nrows = (size_t)1 << bits;

	l->bitmap = HEADER_SIZE + TRANS_AREA;
	l->prefix = l->bitmap + nrows / 8;
	l->rows = l->prefix + nrows / 64 * 4;
	l->gaz = l->rows + (size_t)nnz * NER_ROWSZ;
	l->end = l->gaz + (size_t)gcap * NER_GAZ_ENTRY + NER_GAZ_BLOOM / 8;
}

struct ner_model *
ner_load(const char *path)
{
	struct ner_model *m;
	const unsigned char *p;
	struct layout lo;
	struct stat st;
	uint64_t gcap, gn, nnz;
	size_t len;
	unsigned bits;
	void *map;
	int fd;

	if (!little_endian()) {
		warnx("%s: model files are little-endian only", path);
		return NULL;
	}
	if ((fd = open(path, O_RDONLY)) == -1) {
		warn("%s", path);
		return NULL;
	}
	if (fstat(fd, &st) == -1 || st.st_size < HEADER_SIZE + TRANS_AREA) {
		warnx("%s: not a wire entity model", path);
		close(fd);
		return NULL;
	}
	len = (size_t)st.st_size;
	map = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		warn("%s", path);
		return NULL;
	}
	p = map;
	if (memcmp(p, MAGIC, 8) != 0) {
		warnx("%s: not a wire entity model", path);
		goto bad;
	}
	if (get32(p + 8) != NER_FILE_VERSION || get32(p + 12) != FEATSET ||
	    get32(p + 16) != NER_NLABELS) {
		warnx("%s: model format %u (features %u, labels %u), this "
		    "program reads format %u (features %u, labels %u): use "
		    "a model made for this version (make model)",
		    path, get32(p + 8), get32(p + 12), get32(p + 16),
		    NER_FILE_VERSION, FEATSET, NER_NLABELS);
		goto bad;
	}
	bits = get32(p + 20);
	gcap = get64(p + 32);
	gn = get64(p + 40);
	nnz = get64(p + 48);
	if (bits < 12 || bits > 26 || nnz > ((uint64_t)1 << bits) ||
	    gcap > len / NER_GAZ_ENTRY) {
		warnx("%s: bad model header", path);
		goto bad;
	}
	layout(bits, nnz, gcap, &lo);
	if (lo.end != len) {
		warnx("%s: model file has the wrong size", path);
		goto bad;
	}
	if (sum64(p + HEADER_SIZE, len - HEADER_SIZE) != get64(p + 24)) {
		warnx("%s: model checksum mismatch (damaged file)", path);
		goto bad;
	}
	m = xcalloc(1, sizeof(*m));
	m->bits = bits;
	m->map = map;
	m->maplen = len;
	memcpy(m->trans, p + HEADER_SIZE, sizeof(m->trans));
	m->bitmap = (const uint64_t *)(uintptr_t)(p + lo.bitmap);
	m->prefix = (const uint32_t *)(uintptr_t)(p + lo.prefix);
	m->rows = p + lo.rows;
	m->nnz = nnz;
	if ((m->gaz = ner_gaz_view(p + lo.gaz, gcap, gn)) == NULL) {
		warnx("%s: bad gazetteer table", path);
		free(m);
		goto bad;
	}
	m->cache = xcalloc((size_t)1 << NER_CACHE_BITS, sizeof(*m->cache));
	return m;
bad:
	munmap(map, len);
	return NULL;
}

int
ner_save(struct ner_model *m, const struct ner_gaz *gaz, const char *path)
{
	unsigned char *file, *rowp;
	size_t nrows = (size_t)1 << m->bits, r, k;
	struct layout lo;
	uint64_t sum, gcap, gn, nnz = 0, *bitmap;
	uint32_t *prefix;
	float mx, v, scale;
	int8_t *q;
	FILE *fp;
	char *tmp;
	int l, bad, fd = -1;

	if (m->w == NULL) {
		warnx("%s: only a trained model can be saved", path);
		return -1;
	}
	for (r = 0; r < nrows; r++)
		for (l = 0; l < NER_NLABELS; l++)
			if (fabsf(m->w[r * NER_NLABELS + l]) >= 1e-6f) {
				nnz++;
				break;
			}
	layout(m->bits, nnz, (ner_gaz_dump_size(gaz) - NER_GAZ_BLOOM / 8) /
	    NER_GAZ_ENTRY, &lo);
	file = xcalloc(1, lo.end);
	memcpy(file + HEADER_SIZE, m->trans, sizeof(m->trans));
	bitmap = (uint64_t *)(file + lo.bitmap);
	prefix = (uint32_t *)(file + lo.prefix);
	/* Quantise each non-zero row to 8 bits with its own scale. */
	for (r = 0, k = 0; r < nrows; r++) {
		if ((r & 63) == 0)
			prefix[r >> 6] = (uint32_t)k;
		mx = 0;
		for (l = 0; l < NER_NLABELS; l++) {
			v = m->w[r * NER_NLABELS + l];
			if (fabsf(v) > mx)
				mx = fabsf(v);
		}
		if (mx < 1e-6f)
			continue;
		bitmap[r >> 6] |= (uint64_t)1 << (r & 63);
		rowp = file + lo.rows + k++ * NER_ROWSZ;
		scale = mx / 127;
		memcpy(rowp, &scale, sizeof(scale));
		q = (int8_t *)(rowp + sizeof(float));
		for (l = 0; l < NER_NLABELS; l++)
			q[l] = (int8_t)lrintf(m->w[r * NER_NLABELS + l] / scale);
	}
	ner_gaz_dump(gaz, file + lo.gaz, &gcap, &gn);
	memcpy(file, MAGIC, 8);
	put32(file + 8, NER_FILE_VERSION);
	put32(file + 12, FEATSET);
	put32(file + 16, NER_NLABELS);
	put32(file + 20, m->bits);
	memcpy(file + 32, &gcap, 8);
	memcpy(file + 40, &gn, 8);
	memcpy(file + 48, &nnz, 8);
	sum = sum64(file + HEADER_SIZE, lo.end - HEADER_SIZE);
	memcpy(file + 24, &sum, 8);
	/*
	 * Write a temporary file beside the model and rename it into
	 * place: a tagger that has the old model mapped must never see
	 * it truncated (SIGBUS), and a crash must not leave half a model.
	 */
	tmp = xasprintf("%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) == -1 || (fp = fdopen(fd, "wb")) == NULL) {
		warn("%s", tmp);
		if (fd != -1) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		free(file);
		return -1;
	}
	bad = fwrite(file, 1, lo.end, fp) != lo.end;
	bad |= fflush(fp) == EOF || fsync(fd) == -1 ||
	    fchmod(fd, 0644) == -1;
	if (fclose(fp) == EOF || bad || rename(tmp, path) == -1) {
		warn("%s", path);
		unlink(tmp);
		free(tmp);
		free(file);
		return -1;
	}
	free(tmp);
	free(file);
	return 0;
}

void
ner_model_free(struct ner_model *m)
{
	if (m == NULL)
		return;
	ner_gaz_free(m->gaz);
	if (m->map != NULL)
		munmap(m->map, m->maplen);
	free(m->w);
	free(m->u);
	free(m->cache);
	free(m);
}
