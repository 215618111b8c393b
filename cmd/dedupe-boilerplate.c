/*
 * wire-dedupe-boilerplate -- keep the article, drop the page.
 *
 * Reads the record stream of wire-split one document at a time, judges
 * each paragraph by content and shape (lib/boiler.c), by repetition
 * across documents of a site or of the stream and inside the document
 * (lib/fptab.c), and writes the records of what it keeps.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boiler.h"
#include "buf.h"
#include "cli.h"
#include "fptab.h"
#include "out.h"
#include "rec.h"
#include "swar.h"
#include "wire.h"
#include "xalloc.h"

static const char help[] =
"usage: wire-dedupe-boilerplate [options] [file ...]\n"
"       wire-dedupe-boilerplate --count [options] [file ...] > table\n"
"       wire-dedupe-boilerplate --merge table ... > table\n"
"\n"
"Drop page chrome (navigation, credits, captions, teasers, share,\n"
"subscribe, cookie and legal lines), site templates, syndicated copies\n"
"and repeats from a wire record stream; keep the article.\n"
"\n"
"  -m, --mark          keep every record, add a mark record with the\n"
"                      decision and its reason before each paragraph\n"
"  -v, --invert        write only what would be dropped\n"
"  -k, --min-docs K    a paragraph in K documents of a site is a\n"
"                      template (default 3)\n"
"      --stream-docs N a short line in N documents of the stream is\n"
"                      boilerplate (default 10, 0: off)\n"
"      --memory SIZE   bound of the fingerprint table, bytes with an\n"
"                      optional k, M or G (default 64M)\n"
"      --state FILE    load counts from FILE, save them back (locked)\n"
"      --max-age N     forget state entries not seen in N runs\n"
"                      (default 30, 0: never)\n"
"      --count         write the fingerprint table of the input to\n"
"                      stdout instead of records\n"
"      --merge         add up the tables named as operands, write the\n"
"                      sum to stdout\n"
"      --table FILE    judge repetition by the counts in FILE (from\n"
"                      --count/--merge) instead of counting\n"
"      --no-content    only the repetition rules\n"
"      --no-cross      no rules across documents\n"
"      --skip-bad      skip malformed records (warn once) instead of\n"
"                      failing\n"
"  -h, --help          show this help\n"
"      --version       show the version\n";

/* Tags that keep the table's kinds of keys apart. */
#define TAG_STREAM	0x73747265616d0001ULL
#define TAG_SYND	0x73796e6469630002ULL
#define TAG_DOC		0x646f630000000003ULL
#define TAG_SITEDOCS	0x73697465646f0004ULL
/*
 * A template in under one in FORMULA_SHARE of its site's documents is a
 * formula of its articles ("Terms were not disclosed."), which may end
 * one; a site's own lines are on most of its pages.
 */
#define FORMULA_SHARE	10
#define SYND_MIN	15	/* words: a paragraph long enough to be copy */

enum mode { M_FILTER, M_COUNT, M_MERGE };

static int	 mflag, vflag, content_rules = 1, cross_rules = 1;
static unsigned	 min_docs = 3, stream_docs = 10;
static enum mode mode = M_FILTER;
static struct fptab *tab;	/* counts: built here, or loaded */
static int	 applying;	/* tab came from --table: do not count */

/* One buffered record of the document. */
struct drec {
	size_t		 off, len;	/* raw line in doc.raw */
	enum rec_kind	 kind;
	long long	 p, s;
	long long	 offset, length;/* para, sentence */
	size_t		 toff, tlen;	/* sentence text in doc.text */
	int		 drop;
	const char	*why;		/* sentence-level reason, or NULL */
};

struct dpara {
	size_t		 rec;		/* index of the para record */
	long long	 p;
	size_t		 toff, tlen;	/* text in doc.ptext */
	size_t		 last;		/* its last sentence record, or rec */
	size_t		 lastat;	/* where that sentence starts in text */
	size_t		 nsent;
};

static struct {
	struct buf	 raw, text, ptext, id, site, title;
	struct drec	*r;
	size_t		 nr, rcap;
	struct dpara	*p;
	size_t		 np, pcap;
	struct dpara	*lastpara;	/* para_of()'s last answer */
	struct boiler_para *bp;
	size_t		 bcap;
	uint64_t	*seen;		/* in-document fingerprint set */
	size_t		*seenat;	/* what seen_add_at() was given */
	size_t		 seencap, seenmask;
	uint64_t	*pfp, *pex;	/* per paragraph: its fingerprint,
					   and without digit masking */
	int		 open;
} doc;

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [-mv] [-k K] [--state FILE] "
	    "[--count | --merge | --table FILE] [options] [file ...]\n",
	    getprogname());
	exit(WIRE_USAGE);
}

/* Parse a size with an optional k, M or G suffix. */
static size_t
parse_size(const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || end == s || *s == '-')
		errx(WIRE_USAGE, "--memory: invalid size: %s", s);
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end != '\0' || v < 65536 || v > ((unsigned long long)1 << 40))
		errx(WIRE_USAGE, "--memory: %s: want 64k to 1024G", s);
	return (size_t)v;
}

/*
 * In-document set of fingerprints: open addressing, cleared per doc.
 * Each remembers a number given when it was added (a paragraph's).
 */
static int
seen_add_at(uint64_t h, size_t at, size_t *first)
{
	size_t i;

	for (i = h & doc.seenmask; doc.seen[i] != 0;
	    i = (i + 1) & doc.seenmask)
		if (doc.seen[i] == h) {
			if (first != NULL)
				*first = doc.seenat[i];
			return 1;
		}
	doc.seen[i] = h;
	doc.seenat[i] = at;
	return 0;
}

static int
seen_add(uint64_t h)
{
	return seen_add_at(h, 0, NULL);
}

/*
 * Empty the set, sized for this document.  At most two keys per record
 * go in (paragraph text and its fingerprint, or a sentence): sized for
 * that, the set is never more than half full.  Only the part this
 * document uses is cleared, so one huge document does not make every
 * later one pay for clearing its set.
 */
static void
seen_clear(void)
{
	size_t size = 64;

	while (size < 4 * (doc.nr + 16))
		size *= 2;
	if (size > doc.seencap) {
		free(doc.seen);
		free(doc.seenat);
		doc.seencap = size;
		doc.seen = xcalloc(doc.seencap, sizeof(*doc.seen));
		doc.seenat = xcalloc(doc.seencap, sizeof(*doc.seenat));
	} else
		memset(doc.seen, 0, size * sizeof(*doc.seen));
	doc.seenmask = size - 1;
}

static struct dpara *
find_para(long long p)
{
	size_t lo = 0, hi = doc.np, mid, i;

	/* Paragraph numbers ascend in well-formed input: bisect. */
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (doc.p[mid].p == p)
			return doc.lastpara = &doc.p[mid];
		if (doc.p[mid].p < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = 0; i < doc.np; i++)
		if (doc.p[i].p == p)
			return doc.lastpara = &doc.p[i];
	return NULL;
}

/* The records of a paragraph come together: look it up once for them. */
static inline struct dpara *
para_of(long long p)
{
	if (doc.lastpara != NULL && doc.lastpara->p == p)
		return doc.lastpara;
	return find_para(p);
}

/*
 * Rebuild each paragraph's text from its sentences: byte i of a
 * sentence is byte OFFSET+i of the document, so the gaps between them
 * become spaces.
 */
static void
build_text(void)
{
	struct dpara *cur = NULL;
	struct drec *r;
	size_t i, at;
	long long pos;

	buf_reset(&doc.ptext);
	doc.lastpara = NULL;
	for (i = 0; i < doc.nr; i++) {
		r = &doc.r[i];
		if (r->kind == REC_PARA) {
			if (cur != NULL)
				cur->tlen = doc.ptext.len - cur->toff;
			if (doc.np == doc.pcap) {
				doc.pcap = doc.pcap ? doc.pcap * 2 : 64;
				doc.p = xreallocarray(doc.p, doc.pcap,
				    sizeof(*doc.p));
			}
			cur = &doc.p[doc.np++];
			cur->rec = i;
			cur->p = r->p;
			cur->toff = doc.ptext.len;
			cur->tlen = 0;
			cur->last = i;
			cur->lastat = 0;
			cur->nsent = 0;
			continue;
		}
		if (r->kind != REC_SENTENCE || cur == NULL || r->p != cur->p)
			continue;
		at = doc.ptext.len - cur->toff;
		pos = r->offset - doc.r[cur->rec].offset;
		if (pos < 0 || (unsigned long long)pos < at ||
		    (unsigned long long)pos > at + 64)
			pos = at > 0 ? (long long)at + 1 : 0;
		while (at < (size_t)pos) {
			buf_putc(&doc.ptext, ' ');
			at++;
		}
		cur->last = i;
		cur->lastat = at;
		cur->nsent++;
		buf_put(&doc.ptext, doc.text.data + r->toff, r->tlen);
	}
	if (cur != NULL)
		cur->tlen = doc.ptext.len - cur->toff;
}

/* The entry of key: counted once more, or only looked up. */
static struct fptab_ent *
count(uint64_t k, uint64_t dochash, int counting, int keep_min)
{
	if (applying || !counting)
		return fptab_get(tab, k);
	return fptab_add(tab, k, 1, dochash, keep_min);
}

/* Is b long prose, which is judged as a possible syndicated copy? */
static int
copy(const struct boiler_para *b)
{
	return b->cls == BOILER_GOOD && b->words >= SYND_MIN;
}

/*
 * Judge repetition across documents; may relabel b as boilerplate.  fp
 * is the paragraph's exact fingerprint if it is long prose (copy()),
 * else the one with digits masked.
 */
static void
cross(struct boiler_para *b, uint64_t fp, uint64_t sitekey, uint64_t dochash,
    int counting, uint64_t sitedocs)
{
	struct fptab_ent *e;
	uint64_t k;
	int site = 0, common = 0, formula = 0;

	if (copy(b)) {
		/* Syndicated copy: the first document keeps it. */
		k = fptab_mix(fp, TAG_SYND);
		e = count(k, dochash, counting, mode == M_COUNT);
		if (e != NULL && e->first != dochash && mode != M_COUNT) {
			b->cls = BOILER_BAD;
			b->reason = "syndicated";
		}
		return;
	}
	/*
	 * Rows of figures differ only in digits, which fingerprints mask;
	 * so do datelines, and one opens an article, never a template.
	 */
	if (b->reason != NULL && (strcmp(b->reason, "figures") == 0 ||
	    strcmp(b->reason, "dateline") == 0))
		return;
	if (doc.site.len > 0) {
		e = count(fptab_mix(fp, sitekey), dochash, counting, 1);
		site = e != NULL && e->count >= min_docs;
		formula = site && e->count * FORMULA_SHARE < sitedocs;
	}
	if (stream_docs > 0) {
		e = count(fptab_mix(fp, TAG_STREAM), dochash, counting, 1);
		common = e != NULL && e->count >= stream_docs &&
		    b->cls != BOILER_GOOD;
	}
	/* A content rule's reason says more than the repetition. */
	if (mode == M_COUNT || b->cls == BOILER_BAD || (!site && !common))
		return;
	b->cls = BOILER_BAD;
	b->reason = site ? "template" : "common";
	b->templ = 1;
	b->formula = formula;
}

/* Prefetch the slots cross() will look at for b. */
static void
prefetch(const struct boiler_para *b, uint64_t fp, uint64_t sitekey)
{
	if (copy(b)) {
		fptab_prefetch(tab, fptab_mix(fp, TAG_SYND));
		return;
	}
	if (doc.site.len > 0)
		fptab_prefetch(tab, fptab_mix(fp, sitekey));
	if (stream_docs > 0)
		fptab_prefetch(tab, fptab_mix(fp, TAG_STREAM));
}

static void
mark(const struct drec *r, long long s, int keep, const char *why)
{
	out_head(doc.id.data, doc.id.len, "mark", r->p, s);
	out_str(keep ? "keep" : "drop");
	out_str(why);
	out_end();
}

/* Drop what annotates the sentence record i (entities follow it). */
static void
drop_annotations(size_t i)
{
	size_t k;

	for (k = i + 1; k < doc.nr && doc.r[k].p == doc.r[i].p &&
	    doc.r[k].s == doc.r[i].s && doc.r[k].kind != REC_PARA &&
	    doc.r[k].kind != REC_SENTENCE; k++)
		doc.r[k].drop = 1;
}

/* Has s[0..len) n spaces or more (at least n + 1 words)? */
static int
has_spaces(const char *s, size_t len, unsigned n)
{
	size_t i;
	unsigned seen = 0;

	for (i = 0; i + 8 <= len; i += 8)
		if ((seen += (unsigned)__builtin_popcountll(
		    swar_eq(swar_load(s + i), ' '))) >= n)
			return 1;
	for (; i < len; i++)
		if (s[i] == ' ' && ++seen >= n)
			return 1;
	return 0;
}

/* Drop repeated sentences of kept paragraphs (sentence level). */
static void
sentence_repeats(void)
{
	struct drec *r;
	struct dpara *dp;
	size_t i;

	seen_clear();
	for (i = 0; i < doc.nr; i++) {
		r = &doc.r[i];
		if (r->kind != REC_SENTENCE || r->drop)
			continue;
		if ((dp = para_of(r->p)) == NULL ||
		    !doc.bp[dp - doc.p].keep)
			continue;
		/* Short sentences ("Yes.") repeat in real prose. */
		if (!has_spaces(doc.text.data + r->toff, r->tlen, 5))
			continue;
		if (seen_add(fptab_quick(doc.text.data + r->toff, r->tlen))) {
			r->drop = 1;
			r->why = "repeat-sentence";
			drop_annotations(i);
		}
	}
}

static void
flush_doc(void)
{
	struct boiler_para *b;
	struct drec *r;
	struct dpara *dp;
	struct fptab_ent *e;
	uint64_t fp, sitekey = 0, dochash, sitedocs = 0;
	size_t i, k, first;
	int drop, keep;

	if (!doc.open)
		return;
	doc.open = 0;
	build_text();
	if (doc.np > doc.bcap) {
		doc.bcap = doc.np;
		doc.bp = xreallocarray(doc.bp, doc.bcap, sizeof(*doc.bp));
		doc.pfp = xreallocarray(doc.pfp, doc.bcap, sizeof(*doc.pfp));
		doc.pex = xreallocarray(doc.pex, doc.bcap, sizeof(*doc.pex));
	}
	dochash = fptab_hash(doc.id.data, doc.id.len);
	if (doc.site.len > 0 && cross_rules) {
		sitekey = fptab_hash(doc.site.data, doc.site.len);
		/* The site's documents, this one included. */
		e = count(fptab_mix(sitekey, TAG_SITEDOCS), dochash, 1, 1);
		sitedocs = e != NULL ? e->count : 0;
	}
	seen_clear();
	for (i = 0; i < doc.np; i++) {
		b = &doc.bp[i];
		memset(b, 0, sizeof(*b));
		b->text = doc.ptext.data + doc.p[i].toff;
		b->len = doc.p[i].tlen;
		/*
		 * A credit glued to a caption is a sentence of its own:
		 * drop it, and judge the caption without it.
		 */
		r = &doc.r[doc.p[i].last];
		if (content_rules && doc.p[i].nsent >= 2 &&
		    boiler_credit(doc.text.data + r->toff, r->tlen)) {
			r->drop = 1;
			r->why = "credit";
			drop_annotations(doc.p[i].last);
			b->len = doc.p[i].lastat;
			while (b->len > 0 && b->text[b->len - 1] == ' ')
				b->len--;
		}
		if (content_rules)
			boiler_classify(b);
		else {
			/* Words still decide what is long enough to be copy. */
			for (k = 0, b->words = b->len > 0; k < b->len; k++)
				b->words += b->text[k] == ' ';
			b->cls = BOILER_GOOD;
			b->reason = "kept";
		}
		if (b->len == 0 || !cross_rules)
			continue;
		/*
		 * The table's slots for this document are fetched while
		 * the next paragraphs are classified.
		 */
		doc.pfp[i] = fptab_norm2(b->text, b->len, &doc.pex[i]);
		prefetch(b, copy(b) ? doc.pex[i] : doc.pfp[i], sitekey);
	}
	for (i = 0; i < doc.np; i++) {
		b = &doc.bp[i];
		if (b->len == 0)
			continue;
		/*
		 * A repeat is the same text (table rows differ only in
		 * their figures); a document counts a fingerprint once.
		 */
		if (seen_add_at(fptab_quick(b->text, b->len), i + 1, &first)) {
			b->orig = first;
			b->cls = BOILER_BAD;
			b->reason = "repeat";
			continue;
		}
		if (!cross_rules)
			continue;
		/*
		 * Copies are the same text, figures and all; templates
		 * may differ in their figures (dates, counts).
		 */
		fp = copy(b) ? doc.pex[i] : doc.pfp[i];
		cross(b, fp, sitekey, dochash,
		    !seen_add(fptab_mix(fp, TAG_DOC)), sitedocs);
	}
	if (mode == M_COUNT)
		goto done;
	if (content_rules)
		boiler_smooth(doc.bp, doc.np, doc.title.data, doc.title.len);
	else
		for (i = 0; i < doc.np; i++)
			doc.bp[i].keep = doc.bp[i].cls != BOILER_BAD;
	sentence_repeats();

	for (i = 0; i < doc.nr; i++) {
		r = &doc.r[i];
		dp = r->kind == REC_DOC || r->p <= 0 ? NULL : para_of(r->p);
		keep = dp == NULL || doc.bp[dp - doc.p].keep;
		drop = !keep || r->drop;
		if (mflag) {
			if (r->kind == REC_PARA)
				mark(r, 0, keep, doc.bp[dp - doc.p].reason);
			else if (r->kind == REC_SENTENCE && r->drop && keep)
				mark(r, r->s, 0, r->why);
		} else if (vflag) {
			/* The doc record gives the dropped text its place. */
			if (!drop && r->kind != REC_DOC)
				continue;
		} else if (drop)
			continue;
		out_bytes(doc.raw.data + r->off, r->len);
		out_end();
	}
done:
	buf_reset(&doc.raw);
	buf_reset(&doc.text);
	doc.nr = 0;
	doc.np = 0;
}

static void
start_doc(const struct rec *r)
{
	flush_doc();
	doc.open = 1;
	buf_reset(&doc.id);
	buf_put(&doc.id, r->f[F_ID].s, r->f[F_ID].len);
	buf_reset(&doc.site);
	buf_reset(&doc.title);
	if (r->kind == REC_DOC) {
		buf_put(&doc.site, r->f[DOC_SITE].s, r->f[DOC_SITE].len);
		buf_put(&doc.title, r->f[DOC_TITLE].s, r->f[DOC_TITLE].len);
	}
}

static void
add_rec(const struct rec *r, void *unused)
{
	struct drec *d;

	if (!doc.open || r->kind == REC_DOC || r->f[F_ID].len != doc.id.len ||
	    memcmp(r->f[F_ID].s, doc.id.data, doc.id.len) != 0)
		start_doc(r);
	if (doc.nr == doc.rcap) {
		doc.rcap = doc.rcap ? doc.rcap * 2 : 256;
		doc.r = xreallocarray(doc.r, doc.rcap, sizeof(*doc.r));
	}
	d = &doc.r[doc.nr++];
	memset(d, 0, sizeof(*d));
	d->off = doc.raw.len;
	d->len = r->rawlen;
	buf_put(&doc.raw, r->raw, r->rawlen);
	d->kind = r->kind;
	d->p = r->para;
	d->s = r->sent;
	if (r->kind == REC_PARA) {
		d->offset = rec_num(r, PARA_OFFSET);
		d->length = rec_num(r, PARA_LENGTH);
	} else if (r->kind == REC_SENTENCE) {
		d->offset = rec_num(r, SENT_OFFSET);
		d->length = rec_num(r, SENT_LENGTH);
		d->toff = doc.text.len;
		d->tlen = r->f[SENT_TEXT].len;
		buf_put(&doc.text, r->f[SENT_TEXT].s, r->f[SENT_TEXT].len);
	}
}

static void
load_table(const char *path, struct fptab *t)
{
	const char *why;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		err(WIRE_ERROR, "%s", path);
	if (fptab_read(t, fp, &why) == -1)
		errx(WIRE_ERROR, "%s: %s", path, why);
	fclose(fp);
}

static void
write_table(const struct fptab *t)
{
	if (fptab_write(t, stdout) == -1 || fflush(stdout) == EOF)
		err(WIRE_ERROR, "stdout");
}

int
main(int argc, char *argv[])
{
	enum { O_STREAM = 256, O_MEMORY, O_STATE, O_MAXAGE, O_COUNT, O_MERGE,
		O_TABLE, O_NOCONTENT, O_NOCROSS, O_SKIPBAD };
	static const struct option longopts[] = {
		{ "mark",	 no_argument,	    NULL, 'm' },
		{ "invert",	 no_argument,	    NULL, 'v' },
		{ "min-docs",	 required_argument, NULL, 'k' },
		{ "stream-docs", required_argument, NULL, O_STREAM },
		{ "memory",	 required_argument, NULL, O_MEMORY },
		{ "state",	 required_argument, NULL, O_STATE },
		{ "max-age",	 required_argument, NULL, O_MAXAGE },
		{ "count",	 no_argument,	    NULL, O_COUNT },
		{ "merge",	 no_argument,	    NULL, O_MERGE },
		{ "table",	 required_argument, NULL, O_TABLE },
		{ "no-content",	 no_argument,	    NULL, O_NOCONTENT },
		{ "no-cross",	 no_argument,	    NULL, O_NOCROSS },
		{ "skip-bad",	 no_argument,	    NULL, O_SKIPBAD },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char *errstr, *state = NULL, *table = NULL, *why;
	size_t memory = 64 << 20;
	unsigned max_age = 30;
	int ch, flags = 0, rval = WIRE_OK, lock = -1;

	out_init();
	while ((ch = getopt_long(argc, argv, "hk:mv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(help);
		case 'k':
			min_docs = strtonum(optarg, 1, UINT_MAX, &errstr);
			if (errstr != NULL)
				errx(WIRE_USAGE, "--min-docs: %s: %s", optarg,
				    errstr);
			break;
		case 'm':
			mflag = 1;
			break;
		case 'v':
			vflag = 1;
			break;
		case O_STREAM:
			stream_docs = strtonum(optarg, 0, UINT_MAX, &errstr);
			if (errstr != NULL)
				errx(WIRE_USAGE, "--stream-docs: %s: %s",
				    optarg, errstr);
			break;
		case O_MEMORY:
			memory = parse_size(optarg);
			break;
		case O_STATE:
			state = optarg;
			break;
		case O_MAXAGE:
			max_age = strtonum(optarg, 0, UINT_MAX, &errstr);
			if (errstr != NULL)
				errx(WIRE_USAGE, "--max-age: %s: %s", optarg,
				    errstr);
			break;
		case O_COUNT:
			mode = M_COUNT;
			break;
		case O_MERGE:
			mode = M_MERGE;
			break;
		case O_TABLE:
			table = optarg;
			break;
		case O_NOCONTENT:
			content_rules = 0;
			break;
		case O_NOCROSS:
			cross_rules = 0;
			break;
		case O_SKIPBAD:
			flags |= REC_SKIPBAD;
			break;
		case 'V':
			cli_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (mflag && vflag)
		errx(WIRE_USAGE, "--mark and --invert exclude each other");
	if ((state != NULL) + (table != NULL) + (mode != M_FILTER) > 1)
		errx(WIRE_USAGE, "--state, --table, --count and --merge "
		    "exclude each other");

	tab = fptab_new(memory);
	if (mode == M_MERGE) {
		if (argc == 0)
			errx(WIRE_USAGE, "--merge: no tables given");
		for (; argc > 0; argc--, argv++)
			load_table(*argv, tab);
		write_table(tab);
		fptab_free(tab);
		return WIRE_OK;
	}
	if (table != NULL) {
		load_table(table, tab);
		applying = 1;
	}
	if (state != NULL) {
		if ((lock = fptab_state_open(tab, state, &why)) == -1)
			errx(WIRE_ERROR, "%s: %s", state, why);
		tab->gen++;
	}

	rval = rec_each(argc, argv, flags, add_rec, NULL);
	flush_doc();

	if (mode == M_COUNT)
		write_table(tab);
	if (state != NULL) {
		(void)fptab_age(tab, max_age);
		if (rval == WIRE_OK && fptab_state_save(tab, state) == -1)
			err(WIRE_ERROR, "%s", state);
		fptab_state_close(lock);
	}
	if (tab->refused > 0 || tab->evicted > 0)
		warnx("fingerprint table full (%zu bytes): %llu evicted, "
		    "%llu not stored", fptab_bytes(tab), tab->evicted,
		    tab->refused);
	fptab_free(tab);
	buf_free(&doc.raw);
	buf_free(&doc.text);
	buf_free(&doc.ptext);
	buf_free(&doc.id);
	buf_free(&doc.site);
	buf_free(&doc.title);
	free(doc.r);
	free(doc.p);
	free(doc.bp);
	free(doc.pfp);
	free(doc.pex);
	free(doc.seen);
	free(doc.seenat);
	out_close();
	return rval;
}
