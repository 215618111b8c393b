/*
 * ner_fuzz -- libFuzzer target for wire-tag-entities' core: the
 * tokenizer (lib/tok.c), the tagger with the shipped model (lib/ner.c,
 * lib/ner_gaz.c) and the date and amount patterns (lib/ner_re.c).
 * Links: tok ner ner_gaz ner_re ner_train re input buf utf8 xalloc
 * Plain compares: ner
 *
 * The model is loaded once: $WIRE_FUZZ_MODEL, else data/ner.model
 * under the current directory or three levels above the executable
 * (build/fuzz/bin/ner_fuzz).  If none loads (the shipped model is made
 * for another version of the features while they change), a small
 * model is trained from the few sentences below, so the code is still
 * fuzzed with a model of its own version.  The first byte chooses the
 * options (bit 0: the fast features wire-tag-entities uses; bit 1: a
 * sentence a line, else the whole input is one sentence; bit 2: tag
 * each piece twice, to see the same labels come out, which halves the
 * speed, so not on every input), the rest, repaired to valid UTF-8 as
 * lib/input.c would, is the text.  Each sentence is
 * tagged as wire-tag-entities does, in pieces of NER_MAXTOK tokens:
 *  - tokens are non-empty, in order, disjoint, inside the sentence and
 *    start and end on character boundaries; tok_norm stays in its room;
 *  - feature rows are below 2^bits; labels are labels, every step of
 *    the sequence is allowed and it ends outside an entity, so the
 *    entities are inside the sentence, disjoint, of a known type;
 *  - pattern spans are in order, disjoint, inside the sentence, start
 *    at a token, end on a character boundary, and are dates, times,
 *    amounts or percentages.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "ner.h"
#include "tok.h"
#include "utf8.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct ner_model *model;
static struct ner_sent ns;
static struct tok_list tl = TOK_LIST_INIT;
static struct ner_span *spans;
static size_t nspans, capspans;
static uint8_t pred[NER_MAXTOK];
static char normbuf[2 * 65536 + 1];

/* Training sentences for the fallback model (CoNLL, IOB2). */
static const char conll[] =
"Harriet B-PER\nOkafor I-PER\ntold O\nthe O\nValley B-ORG\n"
"Courier I-ORG\non O\nMonday O\nthat O\nLisbon B-LOC\nwas O\n"
"calm O\n. O\n\n"
"The O\nDanish B-MISC\nteam O\nbeat O\nNorthgate B-ORG\n"
"United I-ORG\n3-1 O\nin O\nOslo B-LOC\n. O\n\n"
"Mr. O\nTomas B-PER\nReyes I-PER\n, O\na O\nspokesman O\n"
"for O\nHarbour B-ORG\nLedger I-ORG\nInc. I-ORG\n, O\n"
"said O\nprices O\nrose O\n5 O\npercent O\n. O\n\n"
"Officials O\nin O\nCairo B-LOC\nand O\nParis B-LOC\n"
"met O\nMaria B-PER\nat O\nthe O\nUnited B-ORG\nNations I-ORG\n"
". O\n";

/* Train the fallback model into a temporary file and load it. */
static struct ner_model *
fallback(void)
{
	struct ner_train_opts o;
	struct ner_model *m;
	struct ner_gaz *g;
	char in[] = "/tmp/ner_fuzz.XXXXXX", out[] = "/tmp/ner_fuzz.XXXXXX";
	char *train[1];
	int fd;

	if ((fd = mkstemp(in)) == -1)
		return NULL;
	if (write(fd, conll, sizeof(conll) - 1) != (ssize_t)sizeof(conll) - 1)
		abort();
	close(fd);
	if ((fd = mkstemp(out)) == -1)
		return NULL;
	close(fd);
	memset(&o, 0, sizeof(o));
	o.bits = 14;
	o.epochs = 3;
	o.maxepochs = 3;
	o.seed = 1;
	g = ner_gaz_new();
	ner_gaz_add(g, "Lisbon", 6, T_GPE, 0);
	ner_gaz_add(g, "Harbour Ledger", 14, T_ORG, 0);
	train[0] = in;
	m = ner_train(train, 1, NULL, 0, g, &o, out) == 0 ? ner_load(out) :
	    NULL;
	unlink(in);
	unlink(out);
	ner_gaz_free(g);
	if (m != NULL)
		fprintf(stderr, "ner_fuzz: fuzzing with a small model of "
		    "this version\n");
	return m;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char exe[PATH_MAX], path[PATH_MAX + 32], *slash;
	const char *env;
	ssize_t n;
	int up;

	if ((env = getenv("WIRE_FUZZ_MODEL")) != NULL)
		model = ner_load(env);
	else if (access("data/ner.model", R_OK) == 0)
		model = ner_load("data/ner.model");
	else if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		for (up = 0; up < 4 && (slash = strrchr(exe, '/')) != NULL;
		    up++)
			*slash = '\0';
		snprintf(path, sizeof(path), "%s/data/ner.model", exe);
		model = ner_load(path);
	}
	if (model == NULL)
		model = fallback();
	if (model == NULL) {
		fprintf(stderr, "ner_fuzz: no model: set WIRE_FUZZ_MODEL\n");
		exit(1);
	}
	ner_sent_init(&ns);
	return 0;
}

static int
cont(const char *s, size_t i, size_t len)
{
	return i < len && ((unsigned char)s[i] & 0xC0) == 0x80;
}

static void
tokens(const char *s, size_t len)
{
	size_t i, prev = 0, tlen, nl;

	if (tok_split(s, len, &tl) != tl.n)
		abort();
	for (i = 0; i < tl.n; i++) {
		if (tl.t[i].start < prev || tl.t[i].end <= tl.t[i].start ||
		    tl.t[i].end > len)
			abort();
		if (cont(s, tl.t[i].start, len) || cont(s, tl.t[i].end, len))
			abort();
		prev = tl.t[i].end;
		tlen = tl.t[i].end - tl.t[i].start;
		if (tlen <= 65536) {
			nl = tok_norm(s + tl.t[i].start, tlen, normbuf);
			if (nl > 2 * tlen || normbuf[nl] != '\0')
				abort();
		}
	}
}

/*
 * Tag tokens [c0, c0 + cn) as wire-tag-entities does; check the labels,
 * and with again set that tagging once more gives the same.
 */
static void
tag(const char *s, size_t c0, size_t cn, int fast, int again)
{
	size_t i, k, j, prevend = 0;
	int l, pl;

	ner_sent_clear(&ns);
	for (k = 0; k < cn; k++)
		ner_sent_push(&ns, s + tl.t[c0 + k].start,
		    tl.t[c0 + k].end - tl.t[c0 + k].start, 0);
	if (ns.n != cn)
		abort();
	ner_features(&ns, model->gaz, model->bits, fast);
	for (i = 0; i < cn; i++) {
		if (ns.nfeat[i] > NER_MAXF)
			abort();
		for (k = 0; k < ns.nfeat[i]; k++)
			if (ns.feat[i * NER_MAXF + k] >> model->bits != 0)
				abort();
	}
	ner_decode(model, &ns);
	pl = NER_NLABELS;
	for (i = 0; i < cn; i++) {
		l = ns.pred[i];
		if (l >= NER_NLABELS || !ner_allowed(pl, l))
			abort();
		pl = l;
		pred[i] = (uint8_t)l;
	}
	if (cn > 0 && pl != NER_O && NER_LPOS(pl) != NER_L &&
	    NER_LPOS(pl) != NER_U)
		abort();
	/* Entities, as wire-tag-entities reads them off the labels. */
	for (i = 0; i < cn; i = j) {
		l = pred[i];
		j = i + 1;
		if (l == NER_O)
			continue;
		if (NER_LPOS(l) != NER_B && NER_LPOS(l) != NER_U)
			abort();
		if (NER_LPOS(l) == NER_B)
			while (j < cn && pred[j - 1] != NER_O &&
			    NER_LPOS(pred[j - 1]) != NER_L)
				j++;
		if (NER_LTYPE(pred[j - 1]) != NER_LTYPE(l) ||
		    NER_LTYPE(l) >= NER_NCTYPES)
			abort();
		if (tl.t[c0 + i].start < prevend ||
		    tl.t[c0 + j - 1].end < tl.t[c0 + i].start)
			abort();
		prevend = tl.t[c0 + j - 1].end;
	}
	if (!again)
		return;
	ner_features(&ns, model->gaz, model->bits, fast);
	ner_decode(model, &ns);
	if (memcmp(ns.pred, pred, cn) != 0)
		abort();
}

static void
patterns(const char *s, size_t len)
{
	size_t k, i, prev = 0;

	nspans = 0;
	if (ner_re_find(s, len, tl.t, tl.n, &spans, &nspans, &capspans) !=
	    nspans)
		abort();
	for (k = 0; k < nspans; k++) {
		if (spans[k].start < prev || spans[k].end <= spans[k].start ||
		    spans[k].end > len || cont(s, spans[k].end, len))
			abort();
		if (spans[k].type != T_DATE && spans[k].type != T_TIME &&
		    spans[k].type != T_MONEY && spans[k].type != T_PERCENT)
			abort();
		for (i = 0; i < tl.n && tl.t[i].start < spans[k].start; i++)
			;
		if (i == tl.n || tl.t[i].start != spans[k].start)
			abort();
		prev = spans[k].end;
	}
}

static void
sentence(const char *s, size_t len, int fast, int again)
{
	size_t c0, cn;

	tokens(s, len);
	for (c0 = 0; c0 < tl.n; c0 += cn) {
		cn = tl.n - c0 < NER_MAXTOK ? tl.n - c0 : NER_MAXTOK;
		tag(s, c0, cn, fast, again);
	}
	patterns(s, len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf text = BUF_INIT;
	const char *s, *nl;
	size_t off, l;
	char *copy;

	if (size < 1)
		return 0;
	buf_put(&text, "", 0);
	utf8_repair(&text, (const char *)data + 1, size - 1);
	s = text.data;
	for (off = 0; off <= text.len; off += l + 1) {
		nl = (data[0] & 2) ? memchr(s + off, '\n', text.len - off) :
		    NULL;
		l = nl != NULL ? (size_t)(nl - (s + off)) : text.len - off;
		/* Exactly the sentence's bytes: reads past it are caught. */
		copy = malloc(l > 0 ? l : 1);
		memcpy(copy, s + off, l);
		sentence(copy, l, data[0] & 1, data[0] & 4);
		free(copy);
	}
	buf_free(&text);
	return 0;
}
