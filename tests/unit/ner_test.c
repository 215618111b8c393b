/*
 * ner_test.c -- BILOU constraints, Viterbi decoding, the model file
 * (save, load, checksum), gazetteers and the date/amount patterns.
 */
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "ner.h"
#include "xalloc.h"

#define B(t)	NER_LABEL(t, NER_B)
#define I(t)	NER_LABEL(t, NER_I)
#define L(t)	NER_LABEL(t, NER_L)
#define U(t)	NER_LABEL(t, NER_U)

static float trans[NER_NLABELS + 1][NER_NLABELS];

/* Is the label sequence well formed under BILOU? */
static int
valid(const uint8_t *y, size_t n)
{
	size_t i;
	int prev = NER_NLABELS;

	for (i = 0; i < n; i++) {
		if (!ner_allowed(prev, y[i]))
			return 0;
		prev = y[i];
	}
	return prev == NER_O || NER_LPOS(prev) == NER_L ||
	    NER_LPOS(prev) == NER_U;
}

static void
test_allowed(void)
{
	OK(ner_allowed(NER_NLABELS, B(NER_PER)), "start -> B");
	OK(!ner_allowed(NER_NLABELS, I(NER_PER)), "start -> I");
	OK(!ner_allowed(NER_O, L(NER_ORG)), "O -> L");
	OK(ner_allowed(B(NER_PER), L(NER_PER)), "B-PER -> L-PER");
	OK(!ner_allowed(B(NER_PER), L(NER_ORG)), "B-PER -> L-ORG");
	OK(!ner_allowed(B(NER_PER), NER_O), "B -> O");
	OK(ner_allowed(L(NER_LOC), U(NER_MISC)), "L -> U");
	OK(ner_allowed(U(NER_LOC), B(NER_LOC)), "U -> B");
	OK(!ner_allowed(I(NER_LOC), B(NER_LOC)), "I -> B");
}

static void
test_viterbi(void)
{
	float score[4 * NER_NLABELS];
	uint8_t y[4];
	size_t i;

	/* The best label of each token alone is B, O, L: not allowed. */
	memset(score, 0, sizeof(score));
	score[0 * NER_NLABELS + B(NER_PER)] = 5;
	score[1 * NER_NLABELS + NER_O] = 5;
	score[2 * NER_NLABELS + L(NER_PER)] = 5;
	ner_viterbi(score, 3, trans, y);
	OK(valid(y, 3), "viterbi gives a valid sequence");

	/* A clear three-token entity. */
	memset(score, 0, sizeof(score));
	score[0 * NER_NLABELS + B(NER_ORG)] = 3;
	score[1 * NER_NLABELS + I(NER_ORG)] = 3;
	score[2 * NER_NLABELS + L(NER_ORG)] = 3;
	score[3 * NER_NLABELS + NER_O] = 3;
	ner_viterbi(score, 4, trans, y);
	INT_EQ(y[0], B(NER_ORG), "B-ORG");
	INT_EQ(y[1], I(NER_ORG), "I-ORG");
	INT_EQ(y[2], L(NER_ORG), "L-ORG");
	INT_EQ(y[3], NER_O, "O");

	/* Transitions count: a penalty on O -> U-LOC flips a close call. */
	memset(score, 0, sizeof(score));
	score[0 * NER_NLABELS + NER_O] = 1;
	score[1 * NER_NLABELS + U(NER_LOC)] = 1;
	score[1 * NER_NLABELS + NER_O] = 0.5f;
	ner_viterbi(score, 2, trans, y);
	INT_EQ(y[1], U(NER_LOC), "without penalty");
	trans[NER_O][U(NER_LOC)] = -1;
	ner_viterbi(score, 2, trans, y);
	INT_EQ(y[1], NER_O, "with penalty");
	trans[NER_O][U(NER_LOC)] = 0;

	/* A token ruled out (fast mode) stays O. */
	memset(score, 0, sizeof(score));
	for (i = 1; i < NER_NLABELS; i++)
		score[1 * NER_NLABELS + i] = -INFINITY;
	score[0 * NER_NLABELS + B(NER_PER)] = 9;
	score[1 * NER_NLABELS + NER_O] = 0;
	ner_viterbi(score, 2, trans, y);
	INT_EQ(y[1], NER_O, "forced O");
	OK(valid(y, 2), "forced O valid");
}

/* The score of label sequence y under score and transitions t. */
static float
path_score(const float *score, size_t n,
    const float t[NER_NLABELS + 1][NER_NLABELS], const uint8_t *y)
{
	float v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v += t[i ? y[i - 1] : NER_NLABELS][y[i]] +
		    score[i * NER_NLABELS + y[i]];
	return v;
}

/*
 * The Viterbi search works on the shape of the BILOU constraints; check
 * it against trying every sequence of up to three labels, with random
 * scores, random transitions and some tokens forced to O.
 */
static void
test_viterbi_brute(void)
{
	static float t[NER_NLABELS + 1][NER_NLABELS];
	float score[3 * NER_NLABELS], best, v;
	uint8_t y[3], z[3];
	uint64_t st = 12345;
	size_t n, i, k, round, bad = 0, total = 0;
	int a;

	for (round = 0; round < 300; round++) {
		for (a = 0; a <= NER_NLABELS; a++)
			for (k = 0; k < NER_NLABELS; k++) {
				st = st * 6364136223846793005ULL + 1;
				t[a][k] = (float)((st >> 40) % 2001) / 500 - 2;
			}
		n = 1 + round % 3;
		for (i = 0; i < n * NER_NLABELS; i++) {
			st = st * 6364136223846793005ULL + 1;
			score[i] = (float)((st >> 40) % 2001) / 250 - 4;
		}
		/* Every fifth sentence has its middle token forced to O. */
		if (n == 3 && round % 5 == 0)
			for (k = 1; k < NER_NLABELS; k++)
				score[NER_NLABELS + k] = -INFINITY;
		ner_viterbi(score, n, t, y);
		best = -INFINITY;
		for (i = 0; i < (size_t)NER_NLABELS * NER_NLABELS *
		    NER_NLABELS; i++) {
			z[0] = (uint8_t)(i % NER_NLABELS);
			z[1] = (uint8_t)(i / NER_NLABELS % NER_NLABELS);
			z[2] = (uint8_t)(i / NER_NLABELS / NER_NLABELS);
			if ((n < 3 && z[2] != 0) || (n < 2 && z[1] != 0) ||
			    !valid(z, n))
				continue;
			if ((v = path_score(score, n, t, z)) > best)
				best = v;
		}
		total++;
		if (!valid(y, n) || path_score(score, n, t, y) < best - 1e-4f)
			bad++;
	}
	INT_EQ(bad, 0, "viterbi finds the best path (brute force)");
	INT_EQ(total, 300, "brute force rounds");
}

/* Tag a sentence given as words separated by spaces. */
static void
sentence(struct ner_sent *s, const char *text)
{
	const char *p = text, *q;

	ner_sent_clear(s);
	while (*p != '\0') {
		q = strchr(p, ' ');
		if (q == NULL)
			q = p + strlen(p);
		ner_sent_push(s, p, (size_t)(q - p), 0);
		p = *q ? q + 1 : q;
	}
}

static void
test_model(void)
{
	struct ner_model m, *lm;
	struct ner_gaz *g;
	struct ner_sent s, s2;
	enum ner_type t;
	char path[] = "/tmp/ner_testXXXXXX";
	const char *w[2];
	size_t wl[2], i, k, rows;
	uint16_t mark[3];
	int fd, l, user, same;
	FILE *fp;

	g = ner_gaz_new();
	ner_gaz_add(g, "New York", 8, T_GPE, 0);
	ner_gaz_add(g, "Acme", 4, T_ORG, NER_GAZ_USER);
	w[0] = "NEW";
	wl[0] = 3;
	w[1] = "york";
	wl[1] = 4;
	OK(ner_gaz_find(g, w, wl, 2, &t, &user) && t == T_GPE && !user,
	    "gazetteer ignores case");
	OK(!ner_gaz_find(g, w, wl, 1, &t, NULL), "gazetteer: prefix only");
	w[0] = "Acme";
	wl[0] = 4;
	OK(ner_gaz_find(g, w, wl, 1, &t, &user) && t == T_ORG && user,
	    "user gazetteer entry");
	w[0] = "in";
	wl[0] = 2;
	w[1] = "New";
	wl[1] = 3;
	{
		const char *ws[3] = { "in", "New", "York" };
		size_t wls[3] = { 2, 3, 4 };

		ner_gaz_scan(g, ws, wls, 3, mark);
		INT_EQ(mark[0], 0, "scan: no mark");
		INT_EQ(mark[1], 1u << (4 * NER_LOC + NER_B), "scan: B-LOC");
		INT_EQ(mark[2], 1u << (4 * NER_LOC + NER_L), "scan: L-LOC");
	}
	/*
	 * Places are looked for in lower case unless their list is
	 * NER_GAZ_CASED; they are found capitalised either way.
	 */
	ner_gaz_add(g, "Porto", 5, T_GPE, 0);
	ner_gaz_add(g, "Lakeside", 8, T_GPE, NER_GAZ_CASED);
	OK(ner_gaz_place_start(g, "porto", 5), "place start: listed");
	OK(!ner_gaz_place_start(g, "lakeside", 8),
	    "place start: not from a cased list");
	w[0] = "Lakeside";
	wl[0] = 8;
	OK(ner_gaz_find(g, w, wl, 1, &t, &user) && t == T_GPE && !user,
	    "cased list: found capitalised");
	/* Given names are a bit of their own, beside the dictionary's. */
	{
		char lpath[] = "/tmp/ner_lexXXXXXX";
		int lfd = mkstemp(lpath);

		OK(lfd != -1 && write(lfd, "hunter\nParis\n", 13) == 13,
		    "lex file");
		close(lfd);
		INT_EQ(ner_gaz_load_lex(g, lpath, 0), 0, "load dictionary");
		lfd = open(lpath, O_WRONLY | O_TRUNC);
		OK(lfd != -1 && write(lfd, "Hunter\n", 7) == 7,
		    "given-name file");
		close(lfd);
		INT_EQ(ner_gaz_load_lex(g, lpath, NER_LEX_GIVEN), 0,
		    "load given names");
		INT_EQ(ner_gaz_lex(g, "Hunter", 6), NER_LEX_LOWER |
		    NER_LEX_GIVEN, "lex: word and given name");
		INT_EQ(ner_gaz_load_lex(g, lpath, NER_LEX_FAMILY), 0,
		    "load family names");
		INT_EQ(ner_gaz_lex(g, "hunter", 6), NER_LEX_LOWER |
		    NER_LEX_GIVEN | NER_LEX_FAMILY,
		    "lex: word, given and family name");
		INT_EQ(ner_gaz_lex(g, "PARIS", 5), NER_LEX_CAP,
		    "lex: capitalised word only");
		unlink(lpath);
	}

	/* A small model with arbitrary weights. */
	memset(&m, 0, sizeof(m));
	m.bits = 12;
	rows = (size_t)1 << m.bits;
	m.w = xcalloc(rows * NER_NLABELS, sizeof(float));
	srand(7);
	for (i = 0; i < rows * NER_NLABELS; i++)
		if (rand() % 3 == 0)
			m.w[i] = (float)(rand() % 2001 - 1000) / 100;
	for (k = 0; k <= NER_NLABELS; k++)
		for (l = 0; l < NER_NLABELS; l++)
			m.trans[k][l] = (float)(rand() % 201 - 100) / 100;
	fd = mkstemp(path);
	OK(fd != -1, "mkstemp");
	close(fd);
	OK(ner_save(&m, g, path) == 0, "save");
	lm = ner_load(path);
	OK(lm != NULL, "load");
	if (lm == NULL)
		goto out;
	INT_EQ(lm->bits, 12, "bits");
	w[0] = "new";
	wl[0] = 3;
	w[1] = "YORK";
	wl[1] = 4;
	OK(ner_gaz_find(lm->gaz, w, wl, 2, &t, NULL) && t == T_GPE,
	    "gazetteer in the model file");

	/* The 8-bit model decodes as the float one does. */
	ner_sent_init(&s);
	ner_sent_init(&s2);
	sentence(&s, "Talks with Acme Corp resumed in New York on Monday .");
	sentence(&s2, "Talks with Acme Corp resumed in New York on Monday .");
	ner_features(&s, g, m.bits, 0);
	ner_features(&s2, lm->gaz, lm->bits, 0);
	ner_decode(&m, &s);
	ner_decode(lm, &s2);
	/* Each weight is off by at most half a step of its row's scale. */
	same = 1;
	for (i = 0; i < s.n; i++) {
		float a, b;

		for (l = 0; l < NER_NLABELS; l++) {
			a = s.score[i * NER_NLABELS + l];
			b = s2.score[i * NER_NLABELS + l];
			if (fabsf(a - b) > s.nfeat[i] * 10.0f / 254 + 1e-3f)
				same = 0;
		}
	}
	OK(same, "quantised scores within the rounding bound");
	OK(valid(s2.pred, s2.n), "decoded sequence is valid");
	ner_model_free(lm);

	/* A damaged file is refused. */
	fp = fopen(path, "r+b");
	OK(fp != NULL, "reopen");
	if (fp != NULL) {
		fseek(fp, 5000, SEEK_SET);
		fputc(0x55 ^ 0xff, fp);
		fclose(fp);
	}
	fprintf(stderr, "(a checksum warning is expected here)\n");
	OK(ner_load(path) == NULL, "damaged model refused");
	ner_sent_free(&s);
	ner_sent_free(&s2);
out:
	unlink(path);
	free(m.w);
	ner_gaz_free(g);
}

static void
test_patterns(void)
{
	static const struct {
		const char *text, *match;
		int type;
	} cases[] = {
		{ "It cost $15 million.", "$15 million", T_MONEY },
		{ "It rose 3.5% in all.", "3.5%", T_PERCENT },
		{ "It rose 12 percent.", "12 percent", T_PERCENT },
		{ "They met on Sunday.", "Sunday", T_DATE },
		{ "Due by April 15, 2024 at the latest.", "April 15, 2024",
		    T_DATE },
		{ "Music of the 1950s.", "the 1950s", T_DATE },
		{ "At 10:30 a.m. GMT sharp.", "10:30 a.m. GMT", T_TIME },
		{ "Talks in 1996 failed.", "1996", T_DATE },
		{ "Paid 500 million yen.", "500 million yen", T_MONEY },
		{ "Nothing here may be found.", NULL, 0 },
		{ "He has 1,996 sheep.", NULL, 0 },
		{ "A 2000 percent rise.", "2000 percent", T_PERCENT },
	};
	struct tok_list tl = TOK_LIST_INIT;
	struct ner_span *sp = NULL;
	size_t i, n, cap = 0, len;
	char name[80];

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		len = strlen(cases[i].text);
		tok_split(cases[i].text, len, &tl);
		n = 0;
		ner_re_find(cases[i].text, len, tl.t, tl.n, &sp, &n, &cap);
		snprintf(name, sizeof(name), "pattern: %s", cases[i].text);
		if (cases[i].match == NULL) {
			INT_EQ(n, 0, name);
			continue;
		}
		INT_EQ(n, 1, name);
		if (n != 1)
			continue;
		MEM_EQ(cases[i].text + sp[0].start, sp[0].end - sp[0].start,
		    cases[i].match, strlen(cases[i].match), name);
		INT_EQ(sp[0].type, cases[i].type, name);
	}
	free(sp);
	tok_free(&tl);
	ner_re_free();
}

/* Write text to a new temporary file; returns its path (static). */
static const char *
tmpfile_with(const char *text)
{
	static char path[32];
	FILE *fp;
	int fd;

	snprintf(path, sizeof(path), "/tmp/ner_clusXXXXXX");
	if ((fd = mkstemp(path)) == -1 || (fp = fdopen(fd, "w")) == NULL)
		return NULL;
	fputs(text, fp);
	fclose(fp);
	return path;
}

/* Word clusters: loading, casings, prefixes as features. */
static void
test_clusters(void)
{
	struct ner_gaz *g1, *g2;
	struct ner_sent s1, s2;
	const char *path;
	static const char *const sent[] = { "Anna", "went", "to", "Oslo" };
	size_t i;
	int diff;

	g1 = ner_gaz_new();
	path = tmpfile_with("# comment\n0110\tnorway\t12\n1\tOslo\t5\n"
	    "0\toslo\t2\n01101\tbergen\n"
	    "10101010101010101111\tlongpath\t1\n");
	OK(path != NULL, "clusters: temp file");
	INT_EQ(ner_gaz_load_clusters(g1, path), 0, "clusters: load");
	unlink(path);
	INT_EQ(ner_gaz_cluster(g1, "Norway", 6), 0x16, "clusters: 1 + path");
	INT_EQ(ner_gaz_cluster(g1, "Oslo", 4), 3, "clusters: cased form");
	INT_EQ(ner_gaz_cluster(g1, "oslo", 4), 3,
	    "clusters: first casing gives the lower-case one");
	INT_EQ(ner_gaz_cluster(g1, "OSLO", 4), 3,
	    "clusters: unseen casing falls back");
	INT_EQ(ner_gaz_cluster(g1, "Trondheim", 9), 0, "clusters: none");
	INT_EQ(ner_gaz_cluster(g1, "longpath", 8),
	    (1u << NER_CLUS_MAXLEN) | (0xaaabu >> 1), "clusters: long path cut");
	INT_EQ(ner_gaz_word(g1, "bergen", 6) >> 8, 0x2d,
	    "clusters: ner_gaz_word");
	path = tmpfile_with("0110\tnorway\n01x1\toslo\n");
	OK(path != NULL, "clusters: temp file 2");
	INT_EQ(ner_gaz_load_clusters(g1, path), -1, "clusters: bad path");
	unlink(path);

	/* Same words, Oslo in a sibling cluster: coarse features agree. */
	g1 = (ner_gaz_free(g1), ner_gaz_new());
	g2 = ner_gaz_new();
	path = tmpfile_with("01100\toslo\n");
	ner_gaz_load_clusters(g1, path);
	unlink(path);
	path = tmpfile_with("01101\toslo\n");
	ner_gaz_load_clusters(g2, path);
	unlink(path);
	ner_sent_init(&s1);
	ner_sent_init(&s2);
	for (i = 0; i < 4; i++) {
		ner_sent_push(&s1, sent[i], strlen(sent[i]), 0);
		ner_sent_push(&s2, sent[i], strlen(sent[i]), 0);
	}
	ner_features(&s1, g1, 20, 0);
	ner_features(&s2, g2, 20, 0);
	INT_EQ(s1.nfeat[3], s2.nfeat[3], "clusters: same feature count");
	/* Own-word features 13..16: prefixes of 4, 6, 10 bits, whole. */
	INT_EQ(s1.feat[3 * NER_MAXF + 13], s2.feat[3 * NER_MAXF + 13],
	    "clusters: 4-bit prefix shared");
	OK(s1.feat[3 * NER_MAXF + 16] != s2.feat[3 * NER_MAXF + 16],
	    "clusters: whole path differs");
	for (diff = 0, i = 0; i < s1.nfeat[2]; i++)
		diff += s1.feat[2 * NER_MAXF + i] != s2.feat[2 * NER_MAXF + i];
	OK(diff > 0, "clusters: the next word's cluster is a feature");
	for (diff = 0, i = 0; i < s1.nfeat[0]; i++)
		diff += s1.feat[i] != s2.feat[i];
	INT_EQ(diff, 0, "clusters: words two away unaffected");
	ner_sent_free(&s1);
	ner_sent_free(&s2);
	ner_gaz_free(g1);
	ner_gaz_free(g2);
}

int
main(void)
{
	test_allowed();
	test_viterbi();
	test_viterbi_brute();
	test_model();
	test_patterns();
	test_clusters();
	return harness_done();
}
