/*
 * ner_train.c -- training the entity model: an averaged structured
 * perceptron (Collins 2002) over CoNLL-format files.
 *
 * Every sentence's features are computed once and kept; each epoch
 * visits the sentences in an order shuffled by a seeded generator, so
 * a run is deterministic given the seed.  With dev files, the epoch
 * whose averaged weights score best on them is the one saved.  With
 * several runs (seeds seed, seed + 1 ...), the mean of their weights is.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "ner.h"
#include "tok.h"
#include "utf8.h"
#include "xalloc.h"

/* A corpus: sentences of tokens, with their features. */
struct corpus {
	size_t		 nsent, capsent;
	size_t		*first;		/* first token of each sentence */
	size_t		 ntok, captok;
	uint32_t	*feat;		/* ntok * NER_MAXF */
	uint8_t		*nfeat;
	uint8_t		*gold;
};

static void
corpus_add(struct corpus *c, const struct ner_sent *s)
{
	size_t i;

	if (s->n == 0)
		return;
	if (c->nsent + 1 >= c->capsent) {
		c->capsent = c->capsent ? c->capsent * 2 : 1024;
		c->first = xreallocarray(c->first, c->capsent,
		    sizeof(*c->first));
	}
	while (c->ntok + s->n > c->captok) {
		c->captok = c->captok ? c->captok * 2 : 16384;
		c->feat = xreallocarray(c->feat, c->captok,
		    NER_MAXF * sizeof(*c->feat));
		c->nfeat = xreallocarray(c->nfeat, c->captok, 1);
		c->gold = xreallocarray(c->gold, c->captok, 1);
	}
	c->first[c->nsent++] = c->ntok;
	for (i = 0; i < s->n; i++) {
		memcpy(c->feat + (c->ntok + i) * NER_MAXF,
		    s->feat + i * NER_MAXF, NER_MAXF * sizeof(*c->feat));
		c->nfeat[c->ntok + i] = s->nfeat[i];
		c->gold[c->ntok + i] = s->gold[i];
	}
	c->ntok += s->n;
	c->first[c->nsent] = c->ntok;
}

static void
corpus_free(struct corpus *c)
{
	free(c->first);
	free(c->feat);
	free(c->nfeat);
	free(c->gold);
}

/* Turn IOB1/IOB2 types (-1 = O, with begin flags) into BILOU labels. */
static void
to_bilou(struct ner_sent *s, const int *type, const int *begin)
{
	size_t i, j;

	for (i = 0; i < s->n; i = j) {
		if (type[i] < 0) {
			s->gold[i] = NER_O;
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < s->n && type[j] == type[i] && !begin[j];
		    j++)
			;
		if (j == i + 1) {
			s->gold[i] = NER_LABEL(type[i], NER_U);
			continue;
		}
		s->gold[i] = NER_LABEL(type[i], NER_B);
		s->gold[j - 1] = NER_LABEL(type[i], NER_L);
		for (i = i + 1; i < j - 1; i++)
			s->gold[i] = NER_LABEL(type[i], NER_I);
	}
}

static int
parse_label(const char *s, size_t len, int *begin)
{
	static const char *const names[] = { "PER", "ORG", "LOC", "MISC" };
	int t;

	*begin = 0;
	if (len == 1 && s[0] == 'O')
		return -1;
	if (len < 3 || s[1] != '-')
		return -2;
	if (s[0] == 'B' || s[0] == 'S' || s[0] == 'U')
		*begin = 1;
	else if (s[0] != 'I' && s[0] != 'E' && s[0] != 'L')
		return -2;
	for (t = 0; t < NER_NCTYPES; t++)
		if (strlen(names[t]) == len - 2 &&
		    memcmp(names[t], s + 2, len - 2) == 0)
			return t;
	if (len - 2 == 6 && memcmp(s + 2, "PERSON", 6) == 0)
		return NER_PER;
	return -2;
}

/* Read one CoNLL file into the corpus; -1 after a warning. */
static int
read_conll(const char *path, struct corpus *c, const struct ner_gaz *gaz,
    unsigned bits)
{
	struct ner_sent s;
	struct input *in;
	int *type = NULL, *begin = NULL, rv = 0, t, b;
	size_t cap = 0, len, tl;
	char *line, *sp, *lab;

	if ((in = input_open(path)) == NULL)
		return -1;
	ner_sent_init(&s);
	for (;;) {
		int more = input_line(in, &line, &len);

		while (more && len > 0 && (line[len - 1] == ' ' ||
		    line[len - 1] == '\t'))
			line[--len] = '\0';
		if (!more || len == 0 || strncmp(line, "-DOCSTART-", 10) == 0) {
			if (s.n > 0) {
				to_bilou(&s, type, begin);
				ner_features(&s, gaz, bits, 0);
				corpus_add(c, &s);
				ner_sent_clear(&s);
			}
			if (!more)
				break;
			continue;
		}
		if ((sp = memchr(line, ' ', len)) == NULL &&
		    (sp = memchr(line, '\t', len)) == NULL) {
			warnx("%s: expected TOKEN ... LABEL", input_where(in));
			rv = -1;
			break;
		}
		tl = (size_t)(sp - line);
		for (lab = line + len; lab > line && lab[-1] != ' ' &&
		    lab[-1] != '\t'; lab--)
			;
		if ((t = parse_label(lab, (size_t)(line + len - lab), &b)) ==
		    -2) {
			warnx("%s: unknown label %s", input_where(in), lab);
			rv = -1;
			break;
		}
		if (s.n == cap) {
			cap = cap ? cap * 2 : 256;
			type = xreallocarray(type, cap, sizeof(*type));
			begin = xreallocarray(begin, cap, sizeof(*begin));
		}
		type[s.n] = t;
		begin[s.n] = b;
		if (s.n >= NER_MAXTOK - 1)
			continue;
		ner_sent_push(&s, line, tl, 0);
	}
	input_close(in);
	ner_sent_free(&s);
	free(type);
	free(begin);
	return rv;
}

/*
 * JSON lines: {"text": "...", "entities": [[start, end, "TYPE"], ...]}
 * with Unicode character offsets, end exclusive (the layout of the NER
 * evaluation kit, and of UNER and similar corpora).  The text is
 * tokenized by tok_split, as when tagging, so the model learns from the
 * tokens it will see; a token takes the type of the entity it overlaps.
 * Types are PER (PERSON), ORG, LOC, MISC, and OTH (taken as MISC).
 * Other keys are skipped.
 */
struct jspan {
	long		 start, end;	/* characters, then bytes */
	int		 type;
};

struct jline {
	const char	*p, *e;
	struct buf	*text;
	size_t		*cpos;		/* byte offset of each character */
	size_t		 nc, capc;
	struct jspan	*sp;
	size_t		 nsp, capsp;
};

static void
jws(struct jline *j)
{
	while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\r' || *j->p == '\n'))
		j->p++;
}

static int
jhex4(const char *p, const char *e, uint32_t *v)
{
	int k, c;

	if (e - p < 4)
		return -1;
	*v = 0;
	for (k = 0; k < 4; k++) {
		c = (unsigned char)p[k];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if (c >= 'a' && c <= 'f')
			c -= 'a' - 10;
		else if (c >= 'A' && c <= 'F')
			c -= 'A' - 10;
		else
			return -1;
		*v = *v * 16 + (uint32_t)c;
	}
	return 0;
}

/*
 * Parse a string at j->p into out (NULL: skip it).  With pos set, the
 * byte offset of every character goes in j->cpos, as the offsets count
 * characters (code points; a surrogate pair is one).
 */
static int
jstring(struct jline *j, struct buf *out, int pos)
{
	uint32_t cp, lo;
	size_t n;
	char u[4];

	if (j->p >= j->e || *j->p != '"')
		return -1;
	j->p++;
	while (j->p < j->e && *j->p != '"') {
		if (*j->p == '\\') {
			if (j->e - j->p < 2)
				return -1;
			j->p += 2;
			switch (j->p[-1]) {
			case 'n': cp = '\n'; break;
			case 't': cp = '\t'; break;
			case 'r': cp = '\r'; break;
			case 'b': cp = '\b'; break;
			case 'f': cp = '\f'; break;
			case 'u':
				if (jhex4(j->p, j->e, &cp) == -1)
					return -1;
				j->p += 4;
				if (cp >= 0xd800 && cp < 0xdc00 &&
				    j->e - j->p >= 6 && j->p[0] == '\\' &&
				    j->p[1] == 'u' && jhex4(j->p + 2, j->e,
				    &lo) == 0 && lo >= 0xdc00 && lo < 0xe000) {
					cp = 0x10000 + ((cp - 0xd800) << 10) +
					    (lo - 0xdc00);
					j->p += 6;
				} else if (cp >= 0xd800 && cp < 0xe000)
					cp = 0xfffd;
				/* NUL would end the token text early. */
				if (cp == 0)
					cp = ' ';
				break;
			default: cp = (unsigned char)j->p[-1]; break;
			}
			n = utf8_encode(cp, u);
		} else {
			n = utf8_decode(j->p, (size_t)(j->e - j->p), &cp,
			    NULL);
			memcpy(u, j->p, n < 4 ? n : 4);
			j->p += n;
		}
		if (out == NULL)
			continue;
		if (pos) {
			if (j->nc == j->capc) {
				j->capc = j->capc ? j->capc * 2 : 256;
				j->cpos = xreallocarray(j->cpos, j->capc,
				    sizeof(*j->cpos));
			}
			j->cpos[j->nc++] = out->len;
		}
		buf_put(out, u, n);
	}
	if (j->p >= j->e)
		return -1;
	j->p++;
	return 0;
}

static int
jnumber(struct jline *j, long *v)
{
	int neg = 0;

	jws(j);
	if (j->p < j->e && *j->p == '-') {
		neg = 1;
		j->p++;
	}
	if (j->p >= j->e || *j->p < '0' || *j->p > '9')
		return -1;
	for (*v = 0; j->p < j->e && *j->p >= '0' && *j->p <= '9'; j->p++)
		if (*v < 100000000)
			*v = *v * 10 + (*j->p - '0');
	if (neg)
		*v = -*v;
	return 0;
}

/* Skip any value. */
static int
jskip(struct jline *j)
{
	int depth = 0;

	jws(j);
	do {
		if (j->p >= j->e)
			return -1;
		if (*j->p == '"') {
			if (jstring(j, NULL, 0) == -1)
				return -1;
		} else {
			if (*j->p == '[' || *j->p == '{')
				depth++;
			else if (*j->p == ']' || *j->p == '}')
				depth--;
			j->p++;
		}
		jws(j);
		while (depth > 0 && j->p < j->e && (*j->p == ',' ||
		    *j->p == ':')) {
			j->p++;
			jws(j);
		}
	} while (depth > 0 || (j->p < j->e && strchr(",]}", *j->p) ==
	    NULL));
	return 0;
}

static int
jtype(const char *s, size_t len)
{
	char lab[18];
	int b;

	if (len == 3 && memcmp(s, "OTH", 3) == 0)
		return NER_MISC;
	if (len + 2 > sizeof(lab))
		return -2;
	lab[0] = 'B';
	lab[1] = '-';
	memcpy(lab + 2, s, len);
	return parse_label(lab, len + 2, &b);
}

/* The entities array: [[start, end, "TYPE"], ...]. */
static int
jentities(struct jline *j, struct buf *tmp)
{
	struct jspan sp;

	jws(j);
	if (j->p >= j->e || *j->p++ != '[')
		return -1;
	for (jws(j); j->p < j->e && *j->p != ']'; jws(j)) {
		if (*j->p++ != '[' || jnumber(j, &sp.start) == -1)
			return -1;
		jws(j);
		if (j->p >= j->e || *j->p++ != ',' || jnumber(j, &sp.end) ==
		    -1)
			return -1;
		jws(j);
		if (j->p >= j->e || *j->p++ != ',')
			return -1;
		jws(j);
		buf_reset(tmp);
		if (jstring(j, tmp, 0) == -1)
			return -1;
		if ((sp.type = jtype(tmp->data, tmp->len)) < 0)
			return -2;
		jws(j);
		if (j->p >= j->e || *j->p++ != ']')
			return -1;
		if (j->nsp == j->capsp) {
			j->capsp = j->capsp ? j->capsp * 2 : 16;
			j->sp = xreallocarray(j->sp, j->capsp, sizeof(*j->sp));
		}
		j->sp[j->nsp++] = sp;
		jws(j);
		if (j->p < j->e && *j->p == ',')
			j->p++;
	}
	if (j->p >= j->e)
		return -1;
	j->p++;
	return 0;
}

/*
 * One JSON line into text and spans (byte offsets); -1 if malformed, -2
 * for an unknown type, -3 for offsets outside the text.
 */
static int
jparse(struct jline *j, const char *line, size_t len, struct buf *tmp)
{
	size_t k;
	int rv;

	j->p = line;
	j->e = line + len;
	j->nc = j->nsp = 0;
	buf_reset(j->text);
	jws(j);
	if (j->p >= j->e || *j->p++ != '{')
		return -1;
	for (jws(j); j->p < j->e && *j->p != '}'; jws(j)) {
		buf_reset(tmp);
		if (jstring(j, tmp, 0) == -1)
			return -1;
		jws(j);
		if (j->p >= j->e || *j->p++ != ':')
			return -1;
		jws(j);
		if (tmp->len == 4 && memcmp(tmp->data, "text", 4) == 0)
			rv = jstring(j, j->text, 1);
		else if (tmp->len == 8 && memcmp(tmp->data, "entities", 8) ==
		    0)
			rv = jentities(j, tmp);
		else
			rv = jskip(j);
		if (rv != 0)
			return rv;
		jws(j);
		if (j->p < j->e && *j->p == ',')
			j->p++;
	}
	if (j->p >= j->e)
		return -1;
	/* Characters to bytes; spans outside the text are errors. */
	for (k = 0; k < j->nsp; k++) {
		if (j->sp[k].start < 0 || j->sp[k].end <= j->sp[k].start ||
		    (size_t)j->sp[k].end > j->nc)
			return -3;
		j->sp[k].start = (long)j->cpos[j->sp[k].start];
		j->sp[k].end = (size_t)j->sp[k].end == j->nc ?
		    (long)j->text->len : (long)j->cpos[j->sp[k].end];
	}
	return 0;
}

/* Read one JSON-lines file into the corpus; -1 after a warning. */
static int
read_jsonl(const char *path, struct corpus *c, const struct ner_gaz *gaz,
    unsigned bits)
{
	struct ner_sent s;
	struct input *in;
	struct jline j;
	struct buf text = BUF_INIT, tmp = BUF_INIT;
	struct tok_list tl = TOK_LIST_INIT;
	int *type = NULL, *begin = NULL, rv = 0, r;
	size_t cap = 0, len, i, k, n;
	char *line;
	long ts, te;

	if ((in = input_open(path)) == NULL)
		return -1;
	memset(&j, 0, sizeof(j));
	j.text = &text;
	ner_sent_init(&s);
	while (input_line(in, &line, &len)) {
		if (strspn(line, " \t") == len)
			continue;
		if ((r = jparse(&j, line, len, &tmp)) != 0) {
			warnx("%s: %s", input_where(in), r == -2 ?
			    "unknown entity type" : r == -3 ?
			    "entity offsets outside the text" :
			    "expected {\"text\": ..., \"entities\": "
			    "[[start, end, type], ...]}");
			rv = -1;
			break;
		}
		n = tok_split(text.data, text.len, &tl);
		if (n > NER_MAXTOK)
			n = NER_MAXTOK;
		if (n > cap) {
			cap = n;
			type = xreallocarray(type, cap, sizeof(*type));
			begin = xreallocarray(begin, cap, sizeof(*begin));
		}
		ner_sent_clear(&s);
		for (i = 0; i < n; i++) {
			ts = tl.t[i].start;
			te = tl.t[i].end;
			type[i] = -1;
			begin[i] = 0;
			for (k = 0; k < j.nsp; k++)
				if (ts < j.sp[k].end && j.sp[k].start < te) {
					type[i] = j.sp[k].type;
					begin[i] = i == 0 ||
					    (long)tl.t[i - 1].end <=
					    j.sp[k].start;
					break;
				}
			ner_sent_push(&s, text.data + ts, (size_t)(te - ts), 0);
		}
		if (s.n > 0) {
			to_bilou(&s, type, begin);
			ner_features(&s, gaz, bits, 0);
			corpus_add(c, &s);
		}
	}
	input_close(in);
	ner_sent_free(&s);
	tok_free(&tl);
	buf_free(&text);
	buf_free(&tmp);
	free(j.cpos);
	free(j.sp);
	free(type);
	free(begin);
	return rv;
}

/* Is the file JSON lines (its first non-blank byte "{")? */
static int
is_jsonl(const char *path)
{
	FILE *fp;
	int ch;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while ((ch = getc(fp)) == ' ' || ch == '\t' || ch == '\n' ||
	    ch == '\r')
		;
	fclose(fp);
	return ch == '{';
}

/* Read a training or development file of either format. */
static int
read_file(const char *path, struct corpus *c, const struct ner_gaz *gaz,
    unsigned bits)
{
	if (is_jsonl(path))
		return read_jsonl(path, c, gaz, bits);
	return read_conll(path, c, gaz, bits);
}

/* Count exact entity matches between two label sequences. */
static void
count_spans(const uint8_t *gold, const uint8_t *pred, size_t n,
    size_t *ng, size_t *np, size_t *nc)
{
	size_t i, gs = 0, ps = 0;
	int gin = 0, pin = 0, gt = -1, pt = -1;

	for (i = 0; i < n; i++) {
		if (gold[i] != NER_O) {
			if (NER_LPOS(gold[i]) == NER_B ||
			    NER_LPOS(gold[i]) == NER_U) {
				gs = i;
				gt = NER_LTYPE(gold[i]);
				gin = 1;
			}
		}
		if (pred[i] != NER_O) {
			if (NER_LPOS(pred[i]) == NER_B ||
			    NER_LPOS(pred[i]) == NER_U) {
				ps = i;
				pt = NER_LTYPE(pred[i]);
				pin = 1;
			}
		}
		if (gold[i] != NER_O && gin && (NER_LPOS(gold[i]) == NER_L ||
		    NER_LPOS(gold[i]) == NER_U)) {
			(*ng)++;
			if (pred[i] != NER_O && pin && ps == gs && pt == gt &&
			    (NER_LPOS(pred[i]) == NER_L ||
			    NER_LPOS(pred[i]) == NER_U))
				(*nc)++;
			gin = 0;
		}
		if (pred[i] != NER_O && pin && (NER_LPOS(pred[i]) == NER_L ||
		    NER_LPOS(pred[i]) == NER_U)) {
			(*np)++;
			pin = 0;
		}
	}
}

/*
 * Word dropout: in training, each token's own word features (the word
 * and its lower case: the first after the bias) are left out now and
 * then, so that the model also learns to find names by their shape,
 * affixes and context, which carry over to text of other kinds where
 * many names are new.
 */
#define IS_WORDF(j)	((j) == 1 || (j) == 2)

/* Decode sentence k of the corpus with float weights w. */
static void
decode(const struct corpus *c, size_t k, const float *w,
    const float trans[NER_NLABELS + 1][NER_NLABELS], float *score,
    uint8_t *pred, const uint8_t *drop)
{
	size_t i, j, a = c->first[k], n = c->first[k + 1] - a;
	const uint32_t *f;
	const float *row;
	float *sc;
	int l;

	for (i = 0; i < n; i++) {
		sc = score + i * NER_NLABELS;
		memset(sc, 0, NER_NLABELS * sizeof(*sc));
		f = c->feat + (a + i) * NER_MAXF;
		for (j = 0; j < c->nfeat[a + i]; j++) {
			if (drop != NULL && drop[i] && IS_WORDF(j))
				continue;
			row = w + (size_t)f[j] * NER_NLABELS;
			for (l = 0; l < NER_NLABELS; l++)
				sc[l] += row[l];
		}
	}
	ner_viterbi(score, n, trans, pred);
}

static double
evaluate(const struct corpus *c, const float *w,
    const float trans[NER_NLABELS + 1][NER_NLABELS], float *score,
    uint8_t *pred)
{
	size_t k, ng = 0, np = 0, nc = 0;
	double p, r;

	for (k = 0; k < c->nsent; k++) {
		decode(c, k, w, trans, score, pred, NULL);
		count_spans(c->gold + c->first[k], pred,
		    c->first[k + 1] - c->first[k], &ng, &np, &nc);
	}
	p = np ? (double)nc / np : 0;
	r = ng ? (double)nc / ng : 0;
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static uint64_t
rng(uint64_t *st)
{
	uint64_t x = *st;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *st = x;
}

/* What the runs of one training share. */
struct trainer {
	const struct corpus		*tc, *dc;
	const struct ner_train_opts	*o;
	struct ner_model		 m;	/* w, u: weights, sums */
	size_t				 rows;	/* 2^bits */
	float				*avg, *best;
	float				(*avgtrans)[NER_NLABELS];
	float				(*besttrans)[NER_NLABELS];
	float				*score;
	uint8_t				*pred, *drop;
	size_t				*order;
};

/* One sentence: decode, and where it is wrong, move the weights. */
static size_t
update(struct trainer *t, size_t sent)
{
	const struct corpus *tc = t->tc;
	struct ner_model *m = &t->m;
	size_t i, j, a = tc->first[sent], n = tc->first[sent + 1] - a;
	size_t errs = 0;
	int g, p, gp, pp;

	decode(tc, sent, m->w, m->trans, t->score, t->pred, t->drop);
	for (i = 0; i < n; i++) {
		g = tc->gold[a + i];
		p = t->pred[i];
		gp = i ? tc->gold[a + i - 1] : NER_NLABELS;
		pp = i ? t->pred[i - 1] : NER_NLABELS;
		if (g != p) {
			const uint32_t *f = tc->feat + (a + i) * NER_MAXF;

			errs++;
			for (j = 0; j < tc->nfeat[a + i]; j++) {
				size_t r = (size_t)f[j] * NER_NLABELS;

				if (t->drop[i] && IS_WORDF(j))
					continue;
				m->w[r + g] += 1;
				m->u[r + g] += (float)m->c;
				m->w[r + p] -= 1;
				m->u[r + p] -= (float)m->c;
			}
		}
		if (g != p || gp != pp) {
			m->trans[gp][g] += 1;
			m->utrans[gp][g] += (float)m->c;
			m->trans[pp][p] -= 1;
			m->utrans[pp][p] -= (float)m->c;
		}
	}
	m->c++;
	return errs;
}

/*
 * One training run from zero weights with the given seed; leaves the
 * averaged weights of the best epoch on the dev files (or of the last)
 * in m.w and m.trans.
 */
static void
train_run(struct trainer *t, unsigned long seed)
{
	const struct corpus *tc = t->tc, *dc = t->dc;
	const struct ner_train_opts *o = t->o;
	struct ner_model *m = &t->m;
	size_t i, j, k, x, n, errs, cells = t->rows * NER_NLABELS;
	unsigned ep, nep, bestep = 0;
	uint64_t st;
	double fs, bestf = -1;
	int g, p;

	memset(m->w, 0, cells * sizeof(float));
	memset(m->u, 0, cells * sizeof(float));
	memset(m->trans, 0, sizeof(m->trans));
	memset(m->utrans, 0, sizeof(m->utrans));
	m->c = 1;
	for (k = 0; k < tc->nsent; k++)
		t->order[k] = k;
	st = seed * 0x9e3779b97f4a7c15ULL + 1;
	nep = o->epochs ? o->epochs : o->maxepochs;
	for (ep = 1; ep <= nep; ep++) {
		for (k = tc->nsent; k > 1; k--) {
			j = (size_t)(rng(&st) % k);
			x = t->order[k - 1];
			t->order[k - 1] = t->order[j];
			t->order[j] = x;
		}
		errs = 0;
		for (k = 0; k < tc->nsent; k++) {
			n = tc->first[t->order[k] + 1] - tc->first[t->order[k]];
			for (i = 0; i < n; i++)
				t->drop[i] = o->wdrop > 0 &&
				    rng(&st) % 1000 < o->wdrop;
			errs += update(t, t->order[k]);
		}
		for (i = 0; i < cells; i++)
			t->avg[i] = m->w[i] - m->u[i] / (float)m->c;
		for (g = 0; g <= NER_NLABELS; g++)
			for (p = 0; p < NER_NLABELS; p++)
				t->avgtrans[g][p] = m->trans[g][p] -
				    m->utrans[g][p] / (float)m->c;
		fs = dc->nsent ? evaluate(dc, t->avg, t->avgtrans, t->score,
		    t->pred) : 0;
		if (o->verbose)
			fprintf(stderr, "epoch %u: %zu token errors, dev F1 "
			    "%.4f\n", ep, errs, fs);
		if (o->epochs == 0 && dc->nsent > 0 && fs > bestf) {
			bestf = fs;
			bestep = ep;
			memcpy(t->best, t->avg, cells * sizeof(float));
			memcpy(t->besttrans, t->avgtrans,
			    (NER_NLABELS + 1) * sizeof(*t->besttrans));
		}
	}
	if (bestep > 0) {
		memcpy(m->w, t->best, cells * sizeof(float));
		memcpy(m->trans, t->besttrans, sizeof(m->trans));
		if (o->verbose)
			fprintf(stderr, "best epoch %u (dev F1 %.4f)\n", bestep,
			    bestf);
	} else {
		memcpy(m->w, t->avg, cells * sizeof(float));
		memcpy(m->trans, t->avgtrans, sizeof(m->trans));
	}
}

int
ner_train(char *const *train, size_t ntrain, char *const *dev, size_t ndev,
    const struct ner_gaz *gaz, const struct ner_train_opts *o,
    const char *out)
{
	struct corpus tc, dc;
	struct trainer t;
	float *sum, (*sumtrans)[NER_NLABELS];
	size_t i, k, maxn = 0, cells;
	unsigned run, nruns = o->runs ? o->runs : 1;
	int g, p, rv;

	memset(&tc, 0, sizeof(tc));
	memset(&dc, 0, sizeof(dc));
	for (i = 0; i < ntrain; i++)
		if (read_file(train[i], &tc, gaz, o->bits) == -1)
			goto fail;
	for (i = 0; i < ndev; i++)
		if (read_file(dev[i], &dc, gaz, o->bits) == -1)
			goto fail;
	if (tc.nsent == 0) {
		warnx("no training sentences");
		goto fail;
	}
	if (o->verbose)
		fprintf(stderr, "train: %zu sentences, %zu tokens; dev: %zu "
		    "sentences\n", tc.nsent, tc.ntok, dc.nsent);
	memset(&t, 0, sizeof(t));
	t.tc = &tc;
	t.dc = &dc;
	t.o = o;
	t.rows = (size_t)1 << o->bits;
	cells = t.rows * NER_NLABELS;
	t.m.bits = o->bits;
	t.m.w = xcalloc(cells, sizeof(float));
	t.m.u = xcalloc(cells, sizeof(float));
	t.avg = xcalloc(cells, sizeof(float));
	if (o->epochs == 0 && dc.nsent > 0)
		t.best = xcalloc(cells, sizeof(float));
	t.avgtrans = xcalloc(NER_NLABELS + 1, sizeof(*t.avgtrans));
	t.besttrans = xcalloc(NER_NLABELS + 1, sizeof(*t.besttrans));
	t.order = xreallocarray(NULL, tc.nsent, sizeof(*t.order));
	for (k = 0; k < tc.nsent; k++)
		if (tc.first[k + 1] - tc.first[k] > maxn)
			maxn = tc.first[k + 1] - tc.first[k];
	for (k = 0; k < dc.nsent; k++)
		if (dc.first[k + 1] - dc.first[k] > maxn)
			maxn = dc.first[k + 1] - dc.first[k];
	t.score = xreallocarray(NULL, maxn, NER_NLABELS * sizeof(float));
	t.pred = xmalloc(maxn);
	t.drop = xmalloc(maxn);
	/*
	 * Several runs are averaged: a model less at the mercy of one
	 * shuffling order.
	 */
	sum = NULL;
	sumtrans = NULL;
	if (nruns > 1) {
		sum = xcalloc(cells, sizeof(float));
		sumtrans = xcalloc(NER_NLABELS + 1, sizeof(*sumtrans));
	}
	for (run = 0; run < nruns; run++) {
		train_run(&t, o->seed + run);
		if (nruns == 1)
			break;
		for (i = 0; i < cells; i++)
			sum[i] += t.m.w[i] / (float)nruns;
		for (g = 0; g <= NER_NLABELS; g++)
			for (p = 0; p < NER_NLABELS; p++)
				sumtrans[g][p] += t.m.trans[g][p] /
				    (float)nruns;
	}
	if (sum != NULL) {
		memcpy(t.m.w, sum, cells * sizeof(float));
		memcpy(t.m.trans, sumtrans, sizeof(t.m.trans));
		if (o->verbose && dc.nsent > 0)
			fprintf(stderr, "mean of %u runs: dev F1 %.4f\n",
			    nruns, evaluate(&dc, t.m.w, t.m.trans, t.score,
			    t.pred));
	}
	/*
	 * A row whose weights all stay under the threshold is a feature
	 * seen too rarely to matter: left out, the model is smaller and
	 * reads fewer rows.
	 */
	for (i = 0; o->prune > 0 && i < t.rows; i++) {
		for (p = 0; p < NER_NLABELS; p++)
			if (fabsf(t.m.w[i * NER_NLABELS + p]) >= o->prune)
				break;
		if (p == NER_NLABELS)
			memset(t.m.w + i * NER_NLABELS, 0,
			    NER_NLABELS * sizeof(float));
	}
	/* Save averaged weights: w holds them, c = 0 says so. */
	t.m.c = 0;
	rv = ner_save(&t.m, gaz, out);
	free(t.m.w);
	free(t.m.u);
	free(t.avg);
	free(t.best);
	free(t.avgtrans);
	free(t.besttrans);
	free(sum);
	free(sumtrans);
	free(t.order);
	free(t.score);
	free(t.pred);
	free(t.drop);
	corpus_free(&tc);
	corpus_free(&dc);
	return rv;
fail:
	corpus_free(&tc);
	corpus_free(&dc);
	return -1;
}
