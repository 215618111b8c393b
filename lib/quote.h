/*
 * quote.h -- finding quotations and their speakers in one document.
 *
 * The caller fills a struct quote_doc with the document text (bytes
 * outside every paragraph are newlines), its paragraphs and sentences
 * (for numbering only: the rules work on paragraphs and their own
 * clause boundaries) and, when known, its entities; quote_find() then
 * pairs the quote marks, keeps quotations apart from titles and scare
 * quotes, and names the speaker and the cue of each.
 *
 * Everything quote_find() allocates lives in the struct quote_doc and
 * is reused for the next document: memory is bounded by the largest
 * document seen.
 */
#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>

#include "buf.h"

enum quote_type {
	QUOTE_DIRECT,		/* a quoted clause or more */
	QUOTE_PARTIAL,		/* a quoted part of a sentence */
	QUOTE_INDIRECT,		/* reported speech without marks */
	QUOTE_TITLE,		/* title of a programme, book, film, ... */
	QUOTE_TERM		/* scare, naming or unattributed short quote */
};

/* Entity types quote_find() uses; anything else is QENT_OTHER. */
enum quote_ent_type {
	QENT_OTHER,
	QENT_PERSON,
	QENT_ORG,
	QENT_GPE
};

struct quote_ent {
	size_t		 start, end;	/* byte offsets into the document */
	enum quote_ent_type type;
	size_t		 canon;		/* canonical name: offset in names */
	size_t		 canonlen;
};

struct quote_span {
	size_t		 off, len;	/* byte offsets into the document */
	long long	 p, s;		/* paragraph and sentence numbers */
};

struct quote {
	size_t		 start, end;	/* content without marks */
	long long	 p, s, endp, ends;
	enum quote_type	 type;
	size_t		 speaker, speakerlen;	/* in quote_doc.strs */
	size_t		 org, orglen;
	size_t		 cue, cuelen;
	size_t		 text, textlen;
};

/* Flags for quote_find(). */
#define QUOTE_F_INDIRECT 0x01	/* also find reported speech */
#define QUOTE_F_ALL	0x02	/* also titles and terms */

struct quote_doc {
	/* Filled by the caller. */
	struct buf	 text;
	struct quote_span *paras;
	size_t		 npara, paracap;
	struct quote_span *sents;
	size_t		 nsent, sentcap;
	struct quote_ent *ents;		/* in document order */
	size_t		 nent, entcap;
	struct buf	 names;		/* canonical names of ents */

	/* Filled by quote_find(). */
	struct quote	*q;
	size_t		 nq, qcap;
	struct buf	 strs;		/* speaker, org, cue, text strings */

	/* Scratch. */
	void		*priv;
};

/* Empty the document for reuse. */
void	quote_doc_reset(struct quote_doc *);
void	quote_doc_free(struct quote_doc *);

/* Add a paragraph, a sentence or an entity (canonical name copied). */
void	quote_add_para(struct quote_doc *, size_t off, size_t len,
	    long long p);
void	quote_add_sent(struct quote_doc *, size_t off, size_t len,
	    long long p, long long s);
void	quote_add_ent(struct quote_doc *, size_t start, size_t end,
	    enum quote_ent_type, const char *canon, size_t canonlen);

/* Find the quotations; results in d->q[0 .. d->nq), by start. */
void	quote_find(struct quote_doc *, int flags);

/* The name of a quote type ("direct", ...). */
const char *quote_type_name(enum quote_type);

/* Entity type name ("PERSON", ...) to enum. */
enum quote_ent_type quote_ent_type(const char *, size_t);

/* Word classes of the lexicon (quote_lex.c). */
#define QLEX_SPEECH	0x000001	/* speech cue verb: said, told */
#define QLEX_PART	0x000002	/* participle cue: saying, adding */
#define QLEX_TERM	0x000004	/* naming cue: dubbed, so-called */
#define QLEX_AUX	0x000008	/* has, was, would */
#define QLEX_ADV	0x000010	/* also, later */
#define QLEX_PRON	0x000020	/* he, she, they */
#define QLEX_MASC	0x000040	/* he, Mr. */
#define QLEX_FEM	0x000080	/* she, Ms., common female names */
#define QLEX_PLUR	0x000100	/* they, we, it */
#define QLEX_DET	0x000200	/* a, the, his */
#define QLEX_TITLE	0x000400	/* Sen., President, spokesman */
#define QLEX_PREP	0x000800	/* of, for, at */
#define QLEX_NAMEP	0x001000	/* lower-case words inside names */
#define QLEX_CONJ	0x002000	/* that, and, who */
#define QLEX_STOP	0x004000	/* capitalised but not a name */
#define QLEX_ORGW	0x008000	/* Committee, House, Korea */
#define QLEX_TCTX	0x010000	/* show, book, film */
#define QLEX_ABBR	0x020000	/* Mr., Jan.: no sentence end */
#define QLEX_TIME	0x040000	/* Sunday, today */
#define QLEX_NOMINAL	0x080000	/* spokesman, official */
#define QLEX_ORGN	0x100000	/* company, ministry: "the company" */

struct quote_lexent {
	const char	*word;		/* lower case */
	unsigned	 cls;
};

extern const struct quote_lexent quote_lexicon[];
extern const size_t quote_nlexicon;

/*
 * The classes of a word (any ASCII case; a curly apostrophe counts
 * as a straight one), 0 if it is not in the lexicon.
 */
unsigned quote_lex(const char *, size_t);

#endif
