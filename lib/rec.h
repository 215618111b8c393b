/*
 * rec.h -- the wire record format (see wire(5)).
 *
 * A record is one line of TAB-separated fields with the @tsv escapes.
 * Every record starts with the same four fields: document id, kind,
 * paragraph number and sentence number.  The kinds wire defines have a
 * fixed number of fields, free text last; other kinds are passed along
 * untouched by every filter.
 *
 * Semantics (man/wire.5 is the long form):
 * - ID is the document id (the path as given, `-`, or the id column of
 *   `wire split -r` input).  All records of a document are contiguous,
 *   in this order: doc, then for each paragraph its para record, its
 *   sentence records, and records that annotate them (entity, mark, ...).
 *   Filters that need the whole document buffer one document at a time.
 * - P is the 1-based paragraph number in the document, S the 1-based
 *   sentence number in the paragraph; 0 means "not applicable" (doc: 0 0,
 *   para: P 0).
 * - Offsets are byte offsets into the document's UTF-8 text: the input
 *   bytes with invalid sequences and NULs replaced by U+FFFD (so, for a
 *   valid UTF-8 file, offsets into the file itself; a leading BOM counts
 *   as bytes 0-2 and belongs to no paragraph).  For `split -r` input, the
 *   text is the unescaped text column.
 * - sentence TEXT is the document's bytes [OFFSET, OFFSET+LENGTH) with
 *   each TAB, LF, VT, FF and CR replaced by one space: byte i of TEXT is
 *   byte OFFSET+i of the document, so annotations map back exactly.
 * - entity START END are byte offsets into its sentence's TEXT (end
 *   exclusive); TYPE is PERSON ORG GPE LOC NORP FAC EVENT DATE TIME MONEY
 *   PERCENT or MISC; CANONICAL is the document-level name ("Kerry" ->
 *   "John Kerry"), else the surface text; TEXT the surface text.
 *   Entity records follow the sentence record they belong to.
 * - quote P S are where the quotation starts, ENDPARA ENDSENT where it
 *   ends; START END byte offsets into the document of the quoted content
 *   without the marks; TYPE direct, partial or indirect (title, term for
 *   non-speech quotes if emitted); SPEAKER the canonical speaker name or
 *   phrase ("" if unknown); ORG the speaker's organisation ("" if none);
 *   CUE the cue verb phrase ("said", "told reporters"); TEXT the quoted
 *   text without marks, parts of a multi-paragraph quote joined by a
 *   space.  Quote records come after the last other record of their
 *   document.
 * - mark DECISION is keep or drop, REASON a short word naming the rule
 *   (dedupe-boilerplate --mark); S is 0 when the whole paragraph is meant.
 *   A mark record comes right before the para or sentence it judges.
 * - doc SITE is the site the document came from (URL host without www.,
 *   else the directory of the path, else ""), TITLE the title if known.
 */
#ifndef REC_H
#define REC_H

#include <stddef.h>

#include "buf.h"
#include "input.h"

enum rec_kind {
	REC_OTHER,		/* a kind wire does not define */
	REC_DOC,
	REC_PARA,
	REC_SENTENCE,
	REC_ENTITY,
	REC_QUOTE,
	REC_MARK
};

/* Leading fields of every record. */
#define F_ID		0
#define F_KIND		1
#define F_PARA		2
#define F_SENT		3

/* doc: ID doc 0 0 SITE TITLE */
#define DOC_SITE	4
#define DOC_TITLE	5
#define DOC_NF		6

/* para: ID para P 0 OFFSET LENGTH */
#define PARA_OFFSET	4
#define PARA_LENGTH	5
#define PARA_NF		6

/* sentence: ID sentence P S OFFSET LENGTH TEXT */
#define SENT_OFFSET	4
#define SENT_LENGTH	5
#define SENT_TEXT	6
#define SENT_NF		7

/* entity: ID entity P S START END TYPE CANONICAL TEXT */
#define ENT_START	4
#define ENT_END		5
#define ENT_TYPE	6
#define ENT_CANON	7
#define ENT_TEXT	8
#define ENT_NF		9

/* quote: ID quote P S ENDPARA ENDSENT START END TYPE SPEAKER ORG CUE TEXT */
#define QUOTE_ENDPARA	4
#define QUOTE_ENDSENT	5
#define QUOTE_START	6
#define QUOTE_END	7
#define QUOTE_TYPE	8
#define QUOTE_SPEAKER	9
#define QUOTE_ORG	10
#define QUOTE_CUE	11
#define QUOTE_TEXT	12
#define QUOTE_NF	13

/* mark: ID mark P S DECISION REASON */
#define MARK_DECISION	4
#define MARK_REASON	5
#define MARK_NF		6

#define REC_MINFIELDS	4

struct rec_field {
	char	*s;		/* unescaped; not NUL-terminated */
	size_t	 len;
};

struct rec {
	enum rec_kind	 kind;
	long long	 para, sent;	/* -1 for other kinds if not numeric */
	size_t		 nf;
	struct rec_field *f;
	const char	*raw;		/* the line as read, still escaped */
	size_t		 rawlen;
};

/* Reader flags. */
#define REC_SKIPBAD	0x01	/* warn about malformed records, skip them */

struct rec_in {
	struct input	*in;
	int		 flags;
	unsigned long	 skipped;
	struct buf	 arena;		/* unescaped copy of the fields */
	struct rec_field *f;
	size_t		 fcap;
};

/* Open path ("-" for stdin); NULL after a warning if it cannot be. */
struct rec_in	*rec_open(const char *path, int flags);

/*
 * Read the next record into r (valid until the next call).  Returns 1,
 * or 0 at end of input.  A malformed record is fatal, naming file:line,
 * unless REC_SKIPBAD is set: then it is counted and skipped.
 */
int		 rec_read(struct rec_in *, struct rec *);

/* Close; warns about skipped records.  Returns -1 on a close error. */
int		 rec_close(struct rec_in *);

/*
 * rec_each --
 *	Read every record of the operands in turn (standard input when
 *	there are none; "-" is standard input too) and call fn(record, arg)
 *	for each.  An operand that cannot be opened is reported and skipped.
 *	Returns WIRE_OK, or WIRE_ERROR if an operand could not be read.
 */
int		 rec_each(int argc, char *argv[], int flags,
		    void (*fn)(const struct rec *, void *), void *arg);

/* Kind name to enum, and back. */
enum rec_kind	 rec_kind(const char *, size_t);
const char	*rec_kind_name(enum rec_kind);

/* Is field i of kind k a number (always so for P and S of known kinds)? */
int		 rec_field_numeric(enum rec_kind, size_t);

/* Does the field equal the NUL-terminated string s? */
int		 rec_field_is(const struct rec *, size_t, const char *s);

/*
 * Parse a field as a non-negative decimal number; -1 if it is not
 * one.  Inline: every record has four to eight numbers.
 */
static inline long long
rec_num(const struct rec *r, size_t i)
{
	const char *s;
	long long n = 0;
	size_t k;

	if (i >= r->nf || r->f[i].len == 0 || r->f[i].len > 18)
		return -1;
	s = r->f[i].s;
	for (k = 0; k < r->f[i].len; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -1;
		n = n * 10 + (s[k] - '0');
	}
	return n;
}

#endif
