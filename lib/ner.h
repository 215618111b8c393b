/*
 * ner.h -- named entity recognition: features, an averaged perceptron
 * over BILOU labels, Viterbi decoding, gazetteers and the model file.
 *
 * The model tags the four CoNLL types (PER ORG LOC MISC); finer types
 * (GPE, NORP, FAC, EVENT) come from gazetteers and word lists afterwards,
 * and DATE/TIME/MONEY/PERCENT from patterns (ner_re.c).
 *
 * Features are hashed into 2^bits rows of NER_NLABELS weights, so one
 * feature costs one row read.  The model file (format in ner.c) holds
 * the rows quantised to 8 bits with a scale per row, the label
 * transition weights and a checksum; it is read with one read(2).
 */
#ifndef NER_H
#define NER_H

#include <stddef.h>
#include <stdint.h>

#include "tok.h"

/* Coarse (model) types. */
enum ner_ctype { NER_PER, NER_ORG, NER_LOC, NER_MISC, NER_NCTYPES };

/* Labels: 0 is O; then B, I, L, U for each coarse type. */
#define NER_O		0
#define NER_NLABELS	(1 + 4 * NER_NCTYPES)
#define NER_B		0
#define NER_I		1
#define NER_L		2
#define NER_U		3
#define NER_LABEL(ct, pos) (1 + 4 * (ct) + (pos))
#define NER_LTYPE(l)	(((l) - 1) / 4)
#define NER_LPOS(l)	(((l) - 1) % 4)

/* Fine (output) types, in the order of ner_type_names. */
enum ner_type {
	T_PERSON, T_ORG, T_GPE, T_LOC, T_NORP, T_FAC, T_EVENT, T_DATE,
	T_TIME, T_MONEY, T_PERCENT, T_MISC, T_NTYPES
};
extern const char *const ner_type_names[T_NTYPES];
/* Name to type; -1 if unknown.  Also accepts PER, LOC as for CoNLL. */
int		 ner_type_parse(const char *, size_t);
/* The coarse type a fine one falls under (NER_NCTYPES for DATE etc.). */
enum ner_ctype	 ner_type_coarse(enum ner_type);

/* Hard limits that bound memory per sentence. */
#define NER_MAXTOK	4096	/* longer sentences are tagged in pieces */
#define NER_MAXF	64	/* features per token */
#define NER_GAZ_MAXLEN	6	/* tokens in a gazetteer phrase */

/* ---- Gazetteers (ner_gaz.c) ---- */
struct ner_gaz;

struct ner_gaz	*ner_gaz_new(void);
void		 ner_gaz_free(struct ner_gaz *);
/*
 * Add a phrase (tokenized like text, matched without regard to case).
 * Flags: NER_GAZ_USER marks entries of a user gazetteer, which also
 * decide the type of a mention they match exactly; NER_GAZ_CASED
 * places are not looked for in lower-case text (a long list of towns
 * holds too many ordinary words).
 */
#define NER_GAZ_USER	1
#define NER_GAZ_CASED	2
void		 ner_gaz_add(struct ner_gaz *, const char *, size_t,
		    enum ner_type, int flags);
/* Load a name<TAB>TYPE file; -1 after a warning naming file:line. */
int		 ner_gaz_load(struct ner_gaz *, const char *path, int flags);
/*
 * Look the token sequence up; returns 1 and its type (and whether it
 * came from a user gazetteer) if present.
 */
int		 ner_gaz_find(const struct ner_gaz *, const char *const *w,
		    const size_t *wl, size_t n, enum ner_type *,
		    int *user);
size_t		 ner_gaz_size(const struct ner_gaz *);

/*
 * A dictionary of words (one a line): whether a word is known in lower
 * case, capitalised, or both, is a feature; so is whether it is a
 * given name or a family name (lists loaded with flag NER_LEX_GIVEN or
 * NER_LEX_FAMILY; flag 0 loads the dictionary).
 */
#define NER_LEX_LOWER	1
#define NER_LEX_CAP	2
#define NER_LEX_GIVEN	4
#define NER_LEX_FAMILY	8
int		 ner_gaz_load_lex(struct ner_gaz *, const char *path,
		    int flag);
int		 ner_gaz_lex(const struct ner_gaz *, const char *, size_t);

/*
 * Word clusters (data/clusters.txt, made by data/mkclusters; any file of
 * Brown clusters will do): "bits<TAB>word[<TAB>count]" a line, words
 * matched without regard to case.  A word's cluster is returned as a
 * 1 bit followed by the first NER_CLUS_MAXLEN bits of its path (so 0
 * means no cluster); the features use its prefixes.
 */
#define NER_CLUS_MAXLEN	15
int		 ner_gaz_load_clusters(struct ner_gaz *, const char *path);
unsigned	 ner_gaz_cluster(const struct ner_gaz *, const char *, size_t);
/* Dictionary bits (low 8) and cluster (<< 8) in one look-up. */
unsigned	 ner_gaz_word(const struct ner_gaz *, const char *, size_t);

/*
 * Might a place name (GPE or LOC) start with this word?  A Bloom filter:
 * no false "no"s, few false "yes"es.
 */
int		 ner_gaz_place_start(const struct ner_gaz *, const char *,
		    size_t);

/*
 * The table as bytes for the model file (NER_GAZ_ENTRY bytes per slot,
 * then the Bloom filter), and a read-only view of such bytes (copied on
 * the first add).
 */
#define NER_GAZ_ENTRY	16
#define NER_GAZ_BLOOM	(1u << 20)	/* bits in the Bloom filter */
size_t		 ner_gaz_dump_size(const struct ner_gaz *);
void		 ner_gaz_dump(const struct ner_gaz *, void *, uint64_t *cap,
		    uint64_t *n);
struct ner_gaz	*ner_gaz_view(const void *, uint64_t cap, uint64_t n);
/*
 * Mark every token covered by a gazetteer phrase: bit 4 * class + pos
 * (class a coarse type, pos NER_B/I/L/U) of mark[i].  Phrases start at
 * a capitalised token.
 */
void		 ner_gaz_scan(const struct ner_gaz *, const char *const *w,
		    const size_t *wl, size_t n, uint16_t *mark);

/* ---- Sentences and features (ner.c) ---- */

/*
 * A direct-mapped cache of dictionary look-ups by word hash: the table
 * is large and a look-up usually misses the processor's caches, while
 * a few thousand frequent words make most of the text.
 */
#define NER_LEXC_BITS	12
struct ner_lexc {
	uint64_t	key;
	uint32_t	info;		/* ner_gaz_word */
};

/* One sentence's tokens as the model sees them. */
struct ner_sent {
	size_t		 n;
	const char	**w;		/* normalised token text */
	size_t		*wl;
	uint8_t		*gold;		/* training labels, or NULL */
	uint8_t		*pred;
	uint32_t	*feat;		/* n * NER_MAXF row numbers */
	uint8_t		*nfeat;
	uint16_t	*gaz;		/* per-token gazetteer marks (ner_gaz_scan) */
	float		*score;		/* n * NER_NLABELS */
	uint8_t		*lex;		/* dictionary bits, lexcap of them */
	uint16_t	*clus;		/* word clusters, lexcap of them */
	uint8_t		*skip;		/* taken as O without the model */
	uint64_t	*wkey;		/* hash of each word */
	struct ner_lexc	*lexc;		/* dictionary bits by word hash */
	const struct ner_gaz *lexg;	/* the gazetteer lexc is for */
	size_t		 lexcap;
	size_t		 cap;
	char		*text;		/* storage of the w strings */
	size_t		 textlen, textcap;
};

void	ner_sent_init(struct ner_sent *);
void	ner_sent_free(struct ner_sent *);
void	ner_sent_clear(struct ner_sent *);
/* Append one token (normalised on the way). */
void	ner_sent_push(struct ner_sent *, const char *, size_t, int gold);
/*
 * Compute the features of every token into row numbers below 2^bits.
 * With fast set, lower-case words and punctuation between such tokens
 * get none and are decoded as O.
 */
void	ner_features(struct ner_sent *, const struct ner_gaz *,
	    unsigned bits, int fast);

/* ---- The model (ner.c) ---- */

/* A cache of per-word weight sums (see ner_decode). */
#define NER_CACHE_BITS	14
struct ner_cache {
	uint64_t	tag;
	float		v[NER_NLABELS];
};

struct ner_model {
	unsigned	 bits;		/* 2^bits feature rows */
	float		 trans[NER_NLABELS + 1][NER_NLABELS]; /* last: start */
	/* A loaded model: quantised rows, and the gazetteers. */
	const uint64_t	*bitmap;	/* which rows are not zero */
	const uint32_t	*prefix;	/* non-zero rows before each word */
	const unsigned char *rows;	/* nnz rows of NER_ROWSZ bytes */
	uint64_t	 nnz;
	struct ner_gaz	*gaz;
	struct ner_cache *cache;	/* 2^NER_CACHE_BITS entries */
	void		*map;
	size_t		 maplen;
	/* A model being trained: float rows and their running sums. */
	float		*w;
	float		*u;
	float		 utrans[NER_NLABELS + 1][NER_NLABELS];
	unsigned long	 c;		/* updates so far, for averaging */
};

#define NER_FILE_VERSION 2
#define NER_ROWSZ	32	/* bytes per feature row in the file */

/* Load a model file; NULL after a warning naming the file. */
struct ner_model *ner_load(const char *path);
/*
 * Save with the gazetteers the model was trained with (training models
 * are quantised first: w holds the averaged weights).
 */
int		 ner_save(struct ner_model *, const struct ner_gaz *,
		    const char *path);
void		 ner_model_free(struct ner_model *);

/*
 * Decode: fill s->pred with the best label sequence under the BILOU
 * constraints.  ner_features must have run.
 */
void		 ner_decode(const struct ner_model *, struct ner_sent *);

/*
 * Viterbi over precomputed scores (n * NER_NLABELS) and transitions;
 * the BILOU constraints are hard.  Exposed for the unit tests.
 */
void		 ner_viterbi(const float *score, size_t n,
		    const float trans[NER_NLABELS + 1][NER_NLABELS],
		    uint8_t *out);
/* Is the label sequence a -> b allowed (a = NER_NLABELS: start)? */
int		 ner_allowed(int a, int b);

/* ---- Dates, times, money, percentages (ner_re.c) ---- */
struct ner_span {
	uint32_t	start, end;	/* byte offsets, end exclusive */
	uint8_t		type;		/* enum ner_type */
};

/*
 * Append the DATE, TIME, MONEY and PERCENT expressions of s[0..len)
 * (valid UTF-8, tokens t[0..nt)) to *sp, not overlapping each other, in
 * text order; each starts at a token.  Returns the new count.  The
 * patterns are compiled on first use.
 */
size_t	ner_re_find(const char *s, size_t len, const struct tok *t,
	    size_t nt, struct ner_span **sp, size_t *n, size_t *cap);
void	ner_re_free(void);

/* ---- Training (ner_train.c) ---- */
struct ner_train_opts {
	unsigned	 bits;
	unsigned	 epochs;	/* 0: choose on dev, up to maxepochs */
	unsigned	 maxepochs;
	unsigned long	 seed;
	unsigned	 wdrop;		/* word dropout, per mille (ner_train.c) */
	unsigned	 runs;		/* runs averaged, seeds seed, seed+1 ... */
	float		 prune;		/* rows with all |weights| below: dropped */
	int		 verbose;
};

/*
 * Train on CoNLL files (token ... label per line, IOB1 or IOB2,
 * -DOCSTART- and blank lines separate), with dev files (may be 0) for
 * choosing the number of epochs; the model, with the gazetteers, is
 * written to out.
 * Returns 0, or -1 after a warning.
 */
int	ner_train(char *const *train, size_t ntrain, char *const *dev,
	    size_t ndev, const struct ner_gaz *, const struct ner_train_opts *,
	    const char *out);

#endif
