/*
 * mkclusters.c -- hierarchical word clusters from unlabelled text, for
 * the entity model's cluster features (data/mkclusters runs it).
 *
 * Reads text on stdin (one paragraph or sentence a line, valid UTF-8),
 * tokenizes it with wire's tokenizer, and lower-cases it as the model's
 * word table does (-c keeps the case).  Every word seen at least
 * MINCOUNT times (-m) gets a context vector: how often each of the NCTX
 * most frequent words comes just before it and just after it (-w 2:
 * also two words away, as separate dimensions), weighted by positive
 * pointwise mutual information and scaled to unit length.  The words
 * are then split in two again and again (principal-direction divisive
 * partitioning, refined by spherical 2-means), so that each word's
 * cluster is a bit string whose prefixes are coarser clusters, as with
 * Brown clusters.  Output, on stdout, is in the format of Brown
 * clusters ("bits<TAB>word<TAB>count"), most frequent words first.
 *
 * Everything is deterministic: no random numbers, ties broken by word
 * order (frequency, then bytes).
 *
 * usage: mkclusters [-c] [-m mincount] [-w window] < text > clusters.txt
 */
#include <ctype.h>
#include <err.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hash.h"
#include "tok.h"
#include "xalloc.h"

#define MINCOUNT	3	/* rarer words get no cluster */
#define NCTX		600	/* context words */
#define MAXDEPTH	15	/* bits in a cluster path */
#define MINSIZE		8	/* smaller clusters are not split */
#define POWER_ITERS	15
#define KMEANS_ITERS	6

struct word {
	char		*s;
	size_t		 len;
	unsigned long	 count;
	int		 ctx;		/* context index, or -1 */
};

static struct word *words;
static size_t nwords, capwords;
static uint32_t *tab;			/* hash table of word indices + 1 */
static size_t tabcap;

/* The token stream, as word indices. */
static uint32_t *toks;
static size_t ntoks, captoks;
#define BOUNDARY UINT32_MAX

static uint64_t
hashw(const char *s, size_t len)
{
	return hash_fnv64(HASH_FNV64_INIT, s, len);
}

static uint32_t
intern(const char *s, size_t len)
{
	size_t i, k;
	uint32_t *old;

	if ((nwords + 1) * 2 > tabcap) {
		old = tab;
		k = tabcap;
		tabcap = tabcap ? tabcap * 2 : 1 << 16;
		tab = xcalloc(tabcap, sizeof(*tab));
		for (i = 0; i < k; i++)
			if (old[i] != 0) {
				size_t j = hashw(words[old[i] - 1].s,
				    words[old[i] - 1].len) & (tabcap - 1);

				while (tab[j] != 0)
					j = (j + 1) & (tabcap - 1);
				tab[j] = old[i];
			}
		free(old);
	}
	i = hashw(s, len) & (tabcap - 1);
	while (tab[i] != 0) {
		struct word *w = &words[tab[i] - 1];

		if (w->len == len && memcmp(w->s, s, len) == 0)
			return tab[i] - 1;
		i = (i + 1) & (tabcap - 1);
	}
	if (nwords == capwords) {
		capwords = capwords ? capwords * 2 : 1 << 16;
		words = xreallocarray(words, capwords, sizeof(*words));
	}
	words[nwords].s = xmalloc(len + 1);
	memcpy(words[nwords].s, s, len);
	words[nwords].s[len] = '\0';
	words[nwords].len = len;
	words[nwords].count = 0;
	words[nwords].ctx = -1;
	tab[i] = (uint32_t)nwords + 1;
	return (uint32_t)nwords++;
}

static void
push(uint32_t w)
{
	if (ntoks == captoks) {
		captoks = captoks ? captoks * 2 : 1 << 20;
		toks = xreallocarray(toks, captoks, sizeof(*toks));
	}
	toks[ntoks++] = w;
}

static int
by_freq(const void *a, const void *b)
{
	const struct word *x = *(struct word *const *)a;
	const struct word *y = *(struct word *const *)b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->s, y->s);
}

/* The clustered words: sparse unit vectors. */
struct vec {
	uint32_t	 word;
	uint32_t	 n;
	uint32_t	*dim;
	float		*val;
	char		 path[MAXDEPTH + 1];
};

static struct vec *vecs;
static size_t nvecs;
#define NWIN	2
#define D	(2 * NWIN * NCTX)

static double
dot(const struct vec *v, const double *c)
{
	double s = 0;
	uint32_t k;

	for (k = 0; k < v->n; k++)
		s += v->val[k] * c[v->dim[k]];
	return s;
}

static void
normalise(double *c)
{
	double s = 0;
	int d;

	for (d = 0; d < D; d++)
		s += c[d] * c[d];
	s = sqrt(s);
	if (s > 0)
		for (d = 0; d < D; d++)
			c[d] /= s;
}

/*
 * Split idx[0..n) (indices into vecs) in two, recursively, appending
 * '0' or '1' to the paths at depth.
 */
static void
split(uint32_t *idx, size_t n, int depth)
{
	double *mu, *v, *nv, *c0, *c1, p;
	uint32_t *tmp;
	uint8_t *side;
	size_t i, n0, k;
	int it, d;

	if (n < MINSIZE || depth == MAXDEPTH)
		return;
	mu = xcalloc(D, sizeof(*mu));
	v = xcalloc(D, sizeof(*v));
	nv = xcalloc(D, sizeof(*nv));
	side = xcalloc(n, 1);
	for (i = 0; i < n; i++) {
		struct vec *x = &vecs[idx[i]];

		for (k = 0; k < x->n; k++)
			mu[x->dim[k]] += x->val[k];
	}
	for (d = 0; d < D; d++)
		mu[d] /= (double)n;
	/* The first principal direction, by power iteration. */
	for (d = 0; d < D; d++)
		v[d] = 1.0 / (1 + d % 7);
	normalise(v);
	for (it = 0; it < POWER_ITERS; it++) {
		double muv = 0;

		for (d = 0; d < D; d++)
			muv += mu[d] * v[d];
		memset(nv, 0, D * sizeof(*nv));
		for (i = 0; i < n; i++) {
			struct vec *x = &vecs[idx[i]];

			p = dot(x, v) - muv;
			for (k = 0; k < x->n; k++)
				nv[x->dim[k]] += p * x->val[k];
		}
		/* The sum of p * mu is zero: mu is the mean. */
		normalise(nv);
		memcpy(v, nv, D * sizeof(*v));
	}
	{
		double muv = 0;

		for (d = 0; d < D; d++)
			muv += mu[d] * v[d];
		for (i = 0; i < n; i++)
			side[i] = dot(&vecs[idx[i]], v) - muv > 0;
	}
	/* Refine: spherical 2-means from the two halves. */
	c0 = mu;
	c1 = nv;
	for (it = 0; it < KMEANS_ITERS; it++) {
		size_t ch = 0;

		memset(c0, 0, D * sizeof(*c0));
		memset(c1, 0, D * sizeof(*c1));
		for (i = 0; i < n; i++) {
			struct vec *x = &vecs[idx[i]];
			double *c = side[i] ? c1 : c0;

			for (k = 0; k < x->n; k++)
				c[x->dim[k]] += x->val[k];
		}
		normalise(c0);
		normalise(c1);
		for (i = 0; i < n; i++) {
			uint8_t sd = dot(&vecs[idx[i]], c1) >
			    dot(&vecs[idx[i]], c0);

			ch += sd != side[i];
			side[i] = sd;
		}
		if (ch == 0)
			break;
	}
	free(mu);
	free(v);
	free(nv);
	/* Stable partition: side 0 first. */
	tmp = xreallocarray(NULL, n, sizeof(*tmp));
	n0 = 0;
	for (i = 0; i < n; i++)
		if (!side[i])
			tmp[n0++] = idx[i];
	k = n0;
	for (i = 0; i < n; i++)
		if (side[i])
			tmp[k++] = idx[i];
	memcpy(idx, tmp, n * sizeof(*idx));
	free(tmp);
	free(side);
	if (n0 == 0 || n0 == n)
		return;
	for (i = 0; i < n; i++)
		vecs[idx[i]].path[depth] = i < n0 ? '0' : '1';
	split(idx, n0, depth + 1);
	split(idx + n0, n - n0, depth + 1);
}

static void
usage(void)
{
	fprintf(stderr, "usage: mkclusters [-c] [-m mincount] [-w window] "
	    "< text > clusters\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct tok_list tl = TOK_LIST_INIT;
	struct word **order;
	char *line = NULL, *nb = NULL;
	size_t cap = 0, nbcap = 0, i, j, k, nl;
	ssize_t len;
	uint32_t *cnt, *idx, *remap;
	double *ctxtot, total = 0;
	int ch, cased = 0, win = 1, off;
	unsigned long mincount = MINCOUNT;

	while ((ch = getopt(argc, argv, "cm:w:")) != -1)
		switch (ch) {
		case 'c':
			cased = 1;
			break;
		case 'm':
			mincount = strtoul(optarg, NULL, 10);
			break;
		case 'w':
			win = atoi(optarg);
			if (win < 1 || win > NWIN)
				usage();
			break;
		default:
			usage();
		}

	while ((len = getline(&line, &cap, stdin)) != -1) {
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r'))
			len--;
		tok_split(line, (size_t)len, &tl);
		for (i = 0; i < tl.n; i++) {
			size_t tlen = tl.t[i].end - tl.t[i].start;

			if (2 * tlen + 1 > nbcap) {
				nbcap = 2 * tlen + 1;
				nb = xreallocarray(nb, nbcap, 1);
			}
			nl = tok_norm(line + tl.t[i].start, tlen, nb);
			for (k = 0; k < nl && !cased; k++)
				nb[k] = (char)tolower((unsigned char)nb[k]);
			if (nl == 0 || memchr(nb, '\t', nl) != NULL)
				continue;
			j = intern(nb, nl);
			words[j].count++;
			push((uint32_t)j);
		}
		push(BOUNDARY);
	}
	if (ferror(stdin))
		err(1, "stdin");
	free(line);
	free(nb);
	tok_free(&tl);
	if (nwords == 0)
		errx(1, "no text");
	/* Context words: the most frequent ones. */
	order = xreallocarray(NULL, nwords, sizeof(*order));
	for (i = 0; i < nwords; i++)
		order[i] = &words[i];
	qsort(order, nwords, sizeof(*order), by_freq);
	for (i = 0; i < nwords && i < NCTX; i++)
		order[i]->ctx = (int)i;
	/* The clustered words, in frequency order. */
	remap = xreallocarray(NULL, nwords, sizeof(*remap));
	for (i = 0; i < nwords; i++)
		remap[i] = UINT32_MAX;
	for (nvecs = 0; nvecs < nwords && order[nvecs]->count >= mincount;
	    nvecs++)
		remap[order[nvecs] - words] = (uint32_t)nvecs;
	fprintf(stderr, "mkclusters: %zu tokens, %zu words, %zu clustered\n",
	    ntoks, nwords, nvecs);
	/* Co-occurrence counts, dense (nvecs * D), then PPMI. */
	cnt = xcalloc(nvecs * D, sizeof(*cnt));
	for (i = 0; i < ntoks; i++) {
		uint32_t w = toks[i], r;

		if (w == BOUNDARY || (r = remap[w]) == UINT32_MAX)
			continue;
		/* Left contexts, then right ones, nearest first. */
		for (off = 1; off <= win; off++) {
			size_t base = (size_t)r * D + (size_t)(off - 1) * 2 *
			    NCTX;

			if (i >= (size_t)off) {
				for (k = 1; k < (size_t)off &&
				    toks[i - k] != BOUNDARY; k++)
					;
				if (k == (size_t)off && toks[i - k] != BOUNDARY &&
				    words[toks[i - k]].ctx >= 0)
					cnt[base + words[toks[i - k]].ctx]++;
			}
			if (i + off < ntoks) {
				for (k = 1; k < (size_t)off &&
				    toks[i + k] != BOUNDARY; k++)
					;
				if (k == (size_t)off && toks[i + k] != BOUNDARY &&
				    words[toks[i + k]].ctx >= 0)
					cnt[base + NCTX + words[toks[i + k]].ctx]++;
			}
		}
	}
	ctxtot = xcalloc(D, sizeof(*ctxtot));
	for (i = 0; i < nvecs * D; i++) {
		ctxtot[i % D] += cnt[i];
		total += cnt[i];
	}
	vecs = xcalloc(nvecs, sizeof(*vecs));
	for (i = 0; i < nvecs; i++) {
		struct vec *v = &vecs[i];
		double rowtot = 0, s = 0, x;
		int d;

		v->word = (uint32_t)(order[i] - words);
		for (d = 0; d < D; d++)
			rowtot += cnt[i * D + d];
		v->dim = xreallocarray(NULL, D, sizeof(*v->dim));
		v->val = xreallocarray(NULL, D, sizeof(*v->val));
		for (d = 0; d < D; d++) {
			if (cnt[i * D + d] == 0)
				continue;
			x = log(cnt[i * D + d] * total /
			    (rowtot * ctxtot[d]));
			if (x <= 0)
				continue;
			v->dim[v->n] = (uint32_t)d;
			v->val[v->n++] = (float)x;
			s += x * x;
		}
		s = sqrt(s);
		for (k = 0; k < v->n; k++)
			v->val[k] = (float)(v->val[k] / s);
	}
	free(cnt);
	free(ctxtot);
	idx = xreallocarray(NULL, nvecs, sizeof(*idx));
	for (i = 0; i < nvecs; i++)
		idx[i] = (uint32_t)i;
	split(idx, nvecs, 0);
	/*
	 * Words without contexts stay at the root: path "0" says so.  In
	 * order of frequency, so that the first of a word's casings is its
	 * most frequent one.
	 */
	for (i = 0; i < nvecs; i++) {
		struct vec *v = &vecs[i];

		printf("%s\t%s\t%lu\n", v->path[0] ? v->path : "0",
		    words[v->word].s, words[v->word].count);
	}
	/* A short file must not replace data/clusters.txt. */
	if (fflush(stdout) == EOF || ferror(stdout))
		err(1, "stdout");
	return 0;
}
