/*
 * boiler.c -- per-paragraph boilerplate classification and smoothing.
 *
 * The shape features follow jusText (Pomikalek 2011: length, stopword
 * density) and the C4 line rules (terminal punctuation); the position
 * step replaces jusText's neighbour passes with one maximum-sum run,
 * because a news article is one contiguous block of prose.  Content
 * rules are hand-written byte scans and one table of phrases.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "boiler.h"
#include "re.h"
#include "swar.h"
#include "xalloc.h"

/* Sorted, lower case: binary search. */
static const char *const stopwords[] = {
	"a", "about", "after", "again", "against", "all", "also", "although",
	"am", "among", "an", "and", "another", "any", "are", "as", "at", "be",
	"because", "been", "before", "being", "between", "both", "but", "by",
	"can", "could", "did", "do", "does", "during", "each", "even", "every",
	"few", "for", "from", "had", "has", "have", "having", "he", "her",
	"here", "hers", "him", "his", "how", "however", "i", "if", "in",
	"into", "is", "it", "its", "just", "may", "me", "might", "more",
	"most", "much", "must", "my", "no", "nor", "not", "now", "of", "off",
	"on", "once", "one", "only", "or", "other", "our", "out", "over",
	"own", "said", "same", "says", "she", "should", "since", "so", "some",
	"such", "than", "that", "the", "their", "them", "then", "there",
	"these", "they", "this", "those", "though", "through", "to", "too",
	"under", "until", "up", "upon", "us", "very", "was", "we", "were",
	"what", "when", "where", "whether", "which", "while", "who", "whom",
	"whose", "why", "will", "with", "within", "without", "would", "yet",
	"you", "your"
};

/*
 * The stopwords again, in a hash table built on first use.  No
 * stopword is longer than eight bytes, so a word folded to lower case
 * fits in one 64-bit key (bytes in order, the rest zero).  The
 * multiplier is the first of a fixed sequence that gives every
 * stopword a slot of its own: a lookup is one multiply and one
 * comparison, without a branch on how long a probe takes (half the
 * words of prose are stopwords, so that branch was a coin toss).
 */
#define SW_BITS		11
#define SW_SLOTS	(1u << SW_BITS)	/* ~17 per stopword */
#define SW_MAXLEN	16	/* words this long are never looked at */
#define SW_KEYLEN	8	/* bytes in a key */
#define SW_STOP		1	/* sw_lookup(): a stopword */
#define SW_FIGURE	2	/* sw_lookup(): "nil" */
#define NIL_KEY		0x6c696eULL	/* "nil" as a key */

static uint64_t sw_tab[SW_SLOTS];
static uint64_t sw_mult = 0x9e3779b97f4a7c15ULL;
static size_t sw_maxlen;
static int sw_ready;

static inline size_t
sw_slot(uint64_t key)
{
	return (size_t)((key * sw_mult) >> (64 - SW_BITS));
}

static void
sw_init(void)
{
	size_t i, k, n, slot, tries;
	uint64_t key;

	for (tries = 0;; tries++) {
		if (tries == 100000)
			abort();	/* cannot happen: about 1 in 40 works */
		memset(sw_tab, 0, sizeof(sw_tab));
		for (i = 0; i < sizeof(stopwords) / sizeof(stopwords[0]); i++) {
			n = strlen(stopwords[i]);
			if (n > SW_KEYLEN)
				abort();	/* the key would not hold it */
			for (k = 0, key = 0; k < n; k++)
				key |= (uint64_t)(unsigned char)stopwords[i][k]
				    << (8 * k);
			slot = sw_slot(key);
			if (sw_tab[slot] != 0)
				break;
			sw_tab[slot] = key;
			if (n > sw_maxlen)
				sw_maxlen = n;
		}
		if (i == sizeof(stopwords) / sizeof(stopwords[0]))
			break;
		sw_mult += 0x632be59bd9b4e01aULL;	/* stays odd */
	}
	sw_ready = 1;
}

/* The first version: a binary search, for words with a NUL byte. */
static int
stopword_slow(const char *s, size_t len)
{
	char w[SW_MAXLEN];
	size_t i, lo, hi, mid;
	int c;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80)
			return 0;
		w[i] = (char)tolower((unsigned char)s[i]);
	}
	w[len] = '\0';
	lo = 0;
	hi = sizeof(stopwords) / sizeof(stopwords[0]);
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(w, stopwords[mid])) == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/*
 * Is the word u[0..len), 0 < len <= sw_maxlen, of ASCII bytes without
 * a NUL, a stopword (SW_STOP), or a word for a figure (SW_FIGURE)?  u
 * has avail >= len bytes.
 */
static inline int
sw_lookup(const unsigned char *u, size_t len, size_t avail)
{
	/* Bytes in the key's order, folded; the word's only. */
	uint64_t key = swar_lower(swar_load_n(u, avail));

	if (len < 8)
		key &= ((uint64_t)1 << (8 * len)) - 1;
	/* "nil" is a figure in a table ("Unnamed-B nil nil"). */
	return (sw_tab[sw_slot(key)] == key) | (key == NIL_KEY) * SW_FIGURE;
}

int
boiler_stopword(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;
	int nul = 0;

	if (len == 0 || len >= SW_MAXLEN)
		return 0;
	if (!sw_ready)
		sw_init();
	for (i = 0; i < len; i++) {
		if (u[i] >= 0x80)
			return 0;
		nul |= u[i] == '\0';
	}
	if (nul)
		return stopword_slow(s, len);
	return len <= sw_maxlen && (sw_lookup(u, len, len) & SW_STOP);
}

/*
 * Phrases.  A strong phrase marks a paragraph of up to STRONG_MAX words
 * (a cookie banner is a long paragraph); a weak one only a short line,
 * because prose may say "subscribe" or "read more" in passing.
 */
#define STRONG_MAX	80
#define WEAK_MAX	14
#define SHORT_PHRASE	20	/* words: where prose's phrases are chrome */

enum { RE_STRONG_COOKIE, RE_STRONG_LEGAL, RE_STRONG_SUBSCRIBE,
	RE_STRONG_SHARE, RE_STRONG_NAV, RE_WEAK_SHARE, RE_WEAK_SUBSCRIBE,
	RE_WEAK_NAV, RE_WEAK_AD, RE_CREDIT_START, RE_CREDIT_ANY, RE_BYLINE,
	RE_DATE, RE_WIRE_CREDIT, RE_COMMENTS, RE_DATELINE, RE_SHORT_SUBSCRIBE,
	RE_SHORT_LEGAL, RE_N };

static const struct re_def re_defs[] = {
	{ "cookie",
	    "\\b(?:we use cookies|uses? cookies|cookie (?:policy|settings|"
	    "preferences|notice|consent)|accept (?:all )?cookies|"
	    "(?:essential|non-essential|third[- ]party|necessary) cookies|"
	    "manage (?:your )?(?:privacy|cookie|consent)|"
	    "consent to (?:the use of )?cookies|privacy preferences|"
	    "your privacy choices|by clicking (?:accept|continue|“?i agree)|"
	    "(?:our|the) use of cookies|cookies help us)",
	    PCRE2_CASELESS },
	{ "legal",
	    "(?:all rights reserved|©|\\(c\\) ?(?:19|20)\\d\\d|"
	    "copyright (?:©|\\d{4}|\\(c\\))|\\bterms of (?:use|service)\\b|"
	    "\\b(?-i:Terms and Conditions)\\b|"
	    "\\b(?:our|these|site's) terms and conditions\\b|"
	    "\\bagree(?:s|d|ing)? (?:to|with) (?:the|its) terms and "
	    "conditions\\b|"
	    "\\bprivacy (?:policy|notice|statement)\\b|"
	    "do not sell (?:or share )?my|may not be (?:published|"
	    "reproduced|copied)|without (?:the )?(?:prior )?written "
	    "permission|(?:earn|receive) (?:an? )?(?:affiliate )?commission|"
	    "affiliate links?\\b|registered trademarks?)",
	    PCRE2_CASELESS },
	{ "subscribe",
	    "(?:sign up (?:for|to) (?:our|the|my) |"
	    "subscribe to (?:our|my|this|these|us)\\b|^\\W*subscribe to\\b|"
	    "subscribe (?:now|today|here)\\b|"
	    "(?:our|free) (?:(?:daily|weekly) )?newsletters?\\b|"
	    "delivered (?:straight )?to your inbox|already (?:a |have an )"
	    "(?:subscriber|account)|create (?:a|an|your) (?:free )?account|"
	    "(?:sign|log) in to (?:continue|read|view|comment)|"
	    "subscribers? only|unlimited (?:digital )?access|"
	    "support (?:our|independent) journalism|"
	    "become a (?:subscriber|supporter)|^\\W*become a member|"
	    "become a member (?:today|now)\\b|"
	    "download (?:the|our) (?:free )?app|get the app\\b|"
	    "enter your email|email address\\b.{0,40}\\bsubscribe|"
	    "thanks? (?:you )?for (?:signing up|subscribing)|"
	    "this (?:article|content) is (?:for|available to) subscribers)",
	    PCRE2_CASELESS },
	{ "share",
	    "(?:^|\\b)(?:share (?:this|on|via) (?:article|story|page|"
	    "facebook|twitter|x\\b|linkedin|email|whatsapp)|"
	    "click to (?:share|email|print)|copy (?:the )?link|"
	    "opens in (?:a )?new (?:window|tab))",
	    PCRE2_CASELESS },
	{ "nav",
	    "(?:skip to (?:main )?(?:content|navigation|search)|"
	    "back to top|jump to (?:content|navigation)|"
	    "you are (?:here|viewing)|javascript (?:is )?(?:disabled|"
	    "required)|enable javascript|your browser (?:does not|doesn't) "
	    "support|this (?:video|content) is not available)",
	    PCRE2_CASELESS },
	{ "share-line",
	    "^\\W*(?:share(?: this)?(?: article| story| post)?|tweet|email|"
	    "e-mail|print|pin|save|copy|copied|link copied|facebook|twitter|"
	    "x|linkedin|whatsapp|pinterest|reddit|flipboard|telegram|"
	    "messenger|threads|bluesky|comments?|\\d+ comments?|"
	    "gift (?:this )?article|listen|bookmark|share on|share via|"
	    "like this|add (?:a )?(?:new )?comment|(?:post )?load (?:all |more )?"
	    "comments|view comments|show comments|reply|report)\\W*$",
	    PCRE2_CASELESS },
	{ "subscribe-line",
	    "(?:\\bsubscribe\\b|\\bnewsletters?\\b|\\bsign (?:in|up)\\b|"
	    "\\blog ?(?:in|out)\\b|\\bregister\\b|\\bjoin now\\b|"
	    "\\bmy account\\b|\\bfollow us\\b|\\bfollow\\b.*\\bon\\b)",
	    PCRE2_CASELESS },
	{ "nav-line",
	    "^\\W*(?:home|menu|search|news|sections?|more|next|previous|"
	    "prev|close|open|toggle|show more|load more|see more|see all|"
	    "view all|read more|continue reading|read (?:the )?full "
	    "(?:story|article)|related(?: (?:articles?|stories|posts|"
	    "content|topics|coverage))?|recommended(?: for you)?|"
	    "most (?:read|popular|viewed|shared)|trending(?: now)?|"
	    "popular|latest(?: news| stories)?|top stories|"
	    "you (?:may|might) (?:also )?like|more (?:from|on|in|stories|"
	    "news)\\b.*|up next|watch(?: now)?|tags?:?.*|topics?:?.*|"
	    "filed under:?.*|posted in:?.*|categories:?.*|"
	    "(?:\\d+ )?min(?:ute)?s? read|reading time.*|"
	    "listen to (?:this )?article.*|"
	    "loading|loading\\.\\.\\.|please wait.*|contact us|about us|"
	    "privacy|terms|cookies?|accept|reject|decline|agree|ok|got it|"
	    "leave a (?:comment|reply)|comments? (?:are )?closed|"
	    "(?:\\d+ )?(?:likes?|views?|shares?|replies|responses)|"
	    "report (?:this )?(?:article|ad|comment)|"
	    "image|photo|video|gallery|play|pause|mute|unmute|"
	    "(?:previous|next) (?:article|post|story|page)|"
	    "back|go back|return to.*|breadcrumbs?|"
	    "(?:english|español|français|deutsch)|edition|"
	    "(?:log|sign) ?(?:in|up|out)|register|subscribe|"
	    "click here.*|learn more|find out more|shop now|buy now|"
	    "download|explore|discover more|more info.*)\\W*$",
	    PCRE2_CASELESS },
	{ "ad-line",
	    "^\\W*(?:(?:advertisement|advertising|ad|sponsored(?: content)?|"
	    "partner content|promoted)\\W*$|ad feedback|sponsored by|"
	    "paid (?:post|content)|supported by|presented by|"
	    "story continues below|scroll (?:down )?to continue|"
	    "continue reading below)",
	    PCRE2_CASELESS },
	{ "credit-start",
	    "^\\W*(?:photo(?:graph)?s?|image|picture|pic|illustration|"
	    "graphic|video|credit|photo credit|image credit|image source|"
	    "header image|featured image|top image|source|file photo|"
	    "caption)\\s*(?::|by\\b|credit\\b|courtesy\\b)",
	    PCRE2_CASELESS },
	{ "credit-any",
	    "(?:getty images|shutterstock|istock(?:photo)?|alamy|"
	    "ap photo|afp via|\\(photo(?:graph)?:? |\\(image:? |"
	    "\\((?:photo|image|picture) (?:by|credit|courtesy)|"
	    "\\bphoto(?:graph)?: |\\bcredit: |\\bimage: |\\bcourtesy of\\b|"
	    "/(?:afp|epa|ap|reuters|getty|efe|ansa|dpa|xinhua|"
	    "anadolu|sipa|pool)\\b)",
	    PCRE2_CASELESS },
	{ "byline",
	    "^(?i:by|written by|words by|reporting by|story by|posted by|"
	    "published by|author:?)\\s+\\p{Lu}",
	    0 },
	/* A timestamp; two dates in a row head a table's columns instead. */
	{ "date",
	    "^\\W*(?:(?:published|updated|posted|last updated|modified|"
	    "first published)\\b:?.*|"
	    "(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)"
	    "(?:day)?\\.?,? .*\\d.*|"
	    "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
	    "[a-z]*\\.? \\d{1,2},? \\d{4}.*|"
	    "\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
	    "dec)[a-z]* \\d{4}.*|\\d{4}-\\d\\d-\\d\\d.*|"
	    "\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
	    "(?! \\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b).*|"
	    "\\d+ (?:second|minute|hour|day|week|month|year)s? ago)$",
	    PCRE2_CASELESS },
	{ "wire-credit",
	    "^\\((?:reporting|writing|editing|additional reporting|"
	    "compiled|edited) by\\b",
	    PCRE2_CASELESS },
	{ "comments",
	    "^\\W*(?:(?:\\d+|one|two) (?:comments?|responses?|thoughts?|"
	    "replies|reactions)(?: (?:on|to)\\b.*)?|comments?(?: \\(\\d+\\))?|"
	    "leave a (?:comment|reply)|post a comment|add a comment|"
	    "join the (?:discussion|conversation)|discussion|"
	    "(?:show|view|load|read) (?:all )?(?:\\d+ )?comments|"
	    "what do you think\\?|reader comments|responses)\\W*$",
	    PCRE2_CASELESS },
	{ "dateline",
	    "^\\p{Lu}[\\p{L}.'\xe2\x80\x99&-]*(?: [\\p{L}.'\xe2\x80\x99&-]+){0,3}"
	    "(?:(?:, \\p{L}[\\p{L}.]*(?: \\p{L}[\\p{L}.]*)?)*,? "
	    "(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
	    "\\.? \\d{1,2}(?: \\(\\w+\\))?|"
	    "(?:, [\\p{L}.]+)* \\((?i:reuters|ap|afp|upi|dpa|ansa|"
	    "bloomberg)\\)) ?(?:-|\xe2\x80\x93|\xe2\x80\x94) ",
	    0 },
	/*
	 * Phrases news prose also uses ("the right to subscribe to new
	 * shares", "a weekly newsletter quoted", "to become a member of
	 * the IMF", "the terms and conditions of the offer"): chrome only
	 * in a short paragraph.
	 */
	{ "subscribe-short",
	    "(?:\\bsubscribe to\\b|\\b(?:daily|weekly) newsletters?\\b|"
	    "\\bbecome a member\\b)",
	    PCRE2_CASELESS },
	{ "legal-short",
	    "\\bterms and conditions\\b",
	    PCRE2_CASELESS },
};

static struct re_table *re;

/*
 * Weights of the maximum-sum run, per word of a paragraph: prose counts
 * fully, near-prose half; a short line costs a little (an article has
 * subheadings), chrome costs much (it ends the article).  Measured on
 * the dev set of ../shared/eval/boilerplate; see the manual.
 */
#define W_NEAR		0.5	/* per word */
#define W_SHORT		1.0	/* per line ... */
#define W_SHORT_WORD	0.25	/* ... plus per word */
#define W_BAD		6.0
#define W_BAD_WORD	1.0
#define SHORT_BLOCK	4	/* short lines in a row always kept */
#define SHORT_WORDS	3	/* mean words of a longer block to keep it */
#define MORE_RUNS	0.5	/* other runs kept if this share of the best */
#define FIGURES		2	/* tenths of tokens with digits: figures */
#define GAP		2	/* lines an ad slot may take in an article */
#define CLOSING		2	/* short sentences that may end an article */
#define OPENING		12	/* lines a dateline may stand above it */
#define CUT_WORDS	20	/* a paragraph cut off with "..." this long */

/*
 * A pre-filter for the unanchored phrase patterns, which scan every
 * byte of every paragraph and cost most of the run time.  Each pattern
 * can only match where one of its trigger strings occurs (every
 * alternative contains one, in ASCII lower case), so one pass over the
 * paragraph finds which patterns are worth running; it changes no
 * decision.  Caseless UTF matching lets "k" and "s" also match U+212A
 * KELVIN SIGN and U+017F LONG S, so either of those enables them all.
 * Whoever edits one of these patterns must keep its triggers in step:
 * a literal every alternative needs, taken after any \b or \W.
 */
#define PF_COOKIE	0x01
#define PF_LEGAL	0x02
#define PF_SUBSCRIBE	0x04
#define PF_SHARE	0x08
#define PF_NAV		0x10
#define PF_CREDIT	0x20
#define PF_ALL		0x3f

static const struct trigger {
	const char	*s;
	unsigned	 mask;
} triggers[] = {
	{ "cookie", PF_COOKIE }, { "manage ", PF_COOKIE },
	{ "privacy", PF_COOKIE | PF_LEGAL }, { "by clicking", PF_COOKIE },
	{ "rights reserved", PF_LEGAL }, { "\xc2\xa9", PF_LEGAL },
	{ "(c)", PF_LEGAL }, { "copyright", PF_LEGAL },
	{ "terms of use", PF_LEGAL }, { "terms of service", PF_LEGAL },
	{ "terms and conditions", PF_LEGAL }, { "do not sell", PF_LEGAL },
	{ "may not be", PF_LEGAL }, { "written permission", PF_LEGAL },
	{ "earn a", PF_LEGAL }, { "earn commission", PF_LEGAL },
	{ "receive a", PF_LEGAL }, { "receive commission", PF_LEGAL },
	{ "affiliate link", PF_LEGAL }, { "registered trademark", PF_LEGAL },
	{ "sign up", PF_SUBSCRIBE }, { "signing up", PF_SUBSCRIBE },
	{ "sign in to", PF_SUBSCRIBE }, { "log in to", PF_SUBSCRIBE },
	{ "subscri", PF_SUBSCRIBE }, { "newsletter", PF_SUBSCRIBE },
	{ "your inbox", PF_SUBSCRIBE }, { "already a", PF_SUBSCRIBE },
	{ "already have", PF_SUBSCRIBE }, { "create ", PF_SUBSCRIBE },
	{ "unlimited", PF_SUBSCRIBE }, { "journalism", PF_SUBSCRIBE },
	{ "become a", PF_SUBSCRIBE }, { "download the", PF_SUBSCRIBE },
	{ "download our", PF_SUBSCRIBE }, { "get the app", PF_SUBSCRIBE },
	{ "enter your email", PF_SUBSCRIBE },
	{ "share this", PF_SHARE }, { "share on", PF_SHARE },
	{ "share via", PF_SHARE }, { "click to", PF_SHARE },
	{ "copy link", PF_SHARE }, { "copy the link", PF_SHARE },
	{ "opens in", PF_SHARE },
	{ "skip to", PF_NAV }, { "back to top", PF_NAV }, { "jump to", PF_NAV },
	{ "you are here", PF_NAV }, { "you are viewing", PF_NAV },
	{ "javascript", PF_NAV }, { "your browser", PF_NAV },
	{ "not available", PF_NAV },
	{ "getty images", PF_CREDIT }, { "shutterstock", PF_CREDIT },
	{ "istock", PF_CREDIT }, { "alamy", PF_CREDIT },
	{ "ap photo", PF_CREDIT }, { "afp via", PF_CREDIT },
	{ "(photo", PF_CREDIT }, { "(image", PF_CREDIT },
	{ "(picture", PF_CREDIT }, { "photo: ", PF_CREDIT },
	{ "photograph: ", PF_CREDIT }, { "credit: ", PF_CREDIT },
	{ "image: ", PF_CREDIT }, { "courtesy of", PF_CREDIT },
	{ "/afp", PF_CREDIT }, { "/epa", PF_CREDIT }, { "/ap", PF_CREDIT },
	{ "/reuters", PF_CREDIT }, { "/getty", PF_CREDIT },
	{ "/efe", PF_CREDIT }, { "/ansa", PF_CREDIT }, { "/dpa", PF_CREDIT },
	{ "/xinhua", PF_CREDIT }, { "/anadolu", PF_CREDIT },
	{ "/sipa", PF_CREDIT }, { "/pool", PF_CREDIT },
	{ "\xc5\xbf", PF_ALL }, { "\xe2\x84\xaa", PF_ALL },
};
#define NTRIGGERS	(sizeof(triggers) / sizeof(triggers[0]))

/* Triggers by first byte: a list of indices ending in 0xff. */
static unsigned char pf_first[256][16];
static size_t pf_len[NTRIGGERS];
/*
 * Where to look.  A trigger starting with a letter has five bytes or
 * more, so every place it occurs has an even place among its first two:
 * looking at every other place, by a hash of the four bytes there, is
 * enough if the table holds the four bytes at both of its first two
 * places.  The others start with "(", "/" or a byte not ASCII, rare in
 * prose: those places are found eight at a time.  Most places are
 * neither, and only a hit is checked against the triggers.
 */
#define QUAD_BITS	16
static unsigned char pf_quad[1 << QUAD_BITS];
/* The first two bytes of the others, first byte as is, second folded. */
static unsigned char pf_rare[256 * 256];

static unsigned char pf_lower[256];	/* ASCII tolower() */

/*
 * A hash of the four bytes at s (of avail, padded with NULs), ASCII
 * letters folded; more collisions are fine.
 */
static inline size_t
quad_hash(const unsigned char *s, size_t avail)
{
	/* The low four bytes of the word are the first four. */
	uint32_t x = (uint32_t)swar_load_n(s, avail);

	x |= 0x20202020u;	/* trigger bytes all have this bit */
	return (x * 2654435761u) >> (32 - QUAD_BITS);
}

static int pf_ready;

static void
pf_init(void)
{
	const unsigned char *ts;
	size_t i, k;
	unsigned char c;

	memset(pf_first, 0xff, sizeof(pf_first));
	for (k = 0; k < 256; k++)
		pf_lower[k] = (unsigned char)(k >= 'A' && k <= 'Z' ? k + 32 : k);
	for (i = 0; i < NTRIGGERS; i++) {
		pf_len[i] = strlen(triggers[i].s);
		c = (unsigned char)triggers[i].s[0];
		if (c >= 'a' && c <= 'z') {
			/* Every other place would miss a shorter one. */
			if (pf_len[i] < 5)
				abort();
			ts = (const unsigned char *)triggers[i].s;
			pf_quad[quad_hash(ts, pf_len[i])] |= triggers[i].mask;
			pf_quad[quad_hash(ts + 1, pf_len[i] - 1)] |=
			    triggers[i].mask;
		} else if ((c == '(' || c == '/' || c >= 0x80) &&
		    pf_len[i] >= 2)
			pf_rare[c * 256 + (unsigned char)triggers[i].s[1]] = 1;
		else
			abort();	/* the scan for rare bytes misses it */
		for (k = 0; pf_first[c][k] != 0xff; k++)
			;
		if (k + 1 >= sizeof(pf_first[c]))
			abort();	/* a longer list is a programming error */
		pf_first[c][k] = (unsigned char)i;
	}
	pf_ready = 1;
}

/* Add the patterns of the triggers starting at u[i] to found. */
static unsigned
pf_check(const unsigned char *u, size_t len, size_t i, unsigned found)
{
	const struct trigger *t;
	const unsigned char *b;
	size_t k, n;

	for (b = pf_first[pf_lower[u[i]]]; *b != 0xff; b++) {
		t = &triggers[*b];
		if ((t->mask & ~found) == 0)
			continue;
		n = pf_len[*b];
		if (n > len - i)
			continue;
		for (k = 1; k < n; k++)
			if (pf_lower[u[i + k]] != (unsigned char)t->s[k])
				break;
		if (k == n)
			found |= t->mask;
	}
	return found;
}

/* Places of "(", "/" and bytes not ASCII in u[0..8), of avail. */
static inline uint64_t
rare_bytes(const unsigned char *u, size_t avail)
{
	uint64_t w = swar_load_n(u, avail);

	return (w & SWAR_HIGHS) | swar_eq(w, '(') | swar_eq(w, '/');
}

static unsigned
prefilter(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned found = 0;
	uint64_t rare;
	size_t i, k;

	if (!pf_ready)
		pf_init();
	for (i = 0; i < len; i += 2) {
		if ((pf_quad[quad_hash(u + i, len - i)] & ~found) == 0)
			continue;
		found = pf_check(u, len, i, found);
		if (i > 0)
			found = pf_check(u, len, i - 1, found);
		if (found == PF_ALL)
			return found;
	}
	for (i = 0; i < len; i += 8) {
		/* Curly quotes are rare bytes, yet common: pairs first. */
		for (rare = rare_bytes(u + i, len - i); rare != 0;
		    rare &= rare - 1) {
			k = i + swar_first(rare);
			if (k + 1 < len && pf_rare[u[k] * 256 +
			    pf_lower[u[k + 1]]] &&
			    (found = pf_check(u, len, k, found)) == PF_ALL)
				return found;
		}
	}
	return found;
}

static int
match(size_t i, const struct boiler_para *p)
{
	if (re == NULL)
		re = re_table_compile(re_defs, RE_N);
	return re_match(re, i, p->text, p->len, 0, NULL, NULL);
}

/* Length of a UTF-8 quote mark or bracket ending at s[end-1], or 0. */
static size_t
trail_quote(const char *s, size_t end)
{
	unsigned char c;

	if (end == 0)
		return 0;
	c = (unsigned char)s[end - 1];
	if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' ||
	    c == '_')
		return 1;
	/* ’ ” » are e2 80 99, e2 80 9d, c2 bb. */
	if (end >= 3 && (unsigned char)s[end - 3] == 0xe2 &&
	    (unsigned char)s[end - 2] == 0x80 &&
	    (c == 0x99 || c == 0x9d || c == 0xba))
		return 3;
	if (end >= 2 && (unsigned char)s[end - 2] == 0xc2 && c == 0xbb)
		return 2;
	return 0;
}

/* Does the text end in an ellipsis ("…" or "...")? */
static int
ends_ellipsis(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || trail_quote(s, len) == 1))
		len--;
	if (len >= 3 && memcmp(s + len - 3, "\xe2\x80\xa6", 3) == 0)
		return 1;
	if (len >= 3 && memcmp(s + len - 3, "...", 3) == 0)
		return 1;
	return 0;
}

/*
 * Wire copy ends its last paragraph with the agency's sign-off
 * ("... a year ago. REUTER", "reuter...", with the ^M of a carriage
 * return shown as text): the length of s without it, when a sentence
 * ends before it.
 */
static size_t
signoff(const char *s, size_t len)
{
	size_t end = len;

	while (end > 0 && s[end - 1] == ' ')
		end--;
	if (end >= 2 && s[end - 2] == '^' && s[end - 1] == 'M')
		end -= 2;
	while (end > 0 && s[end - 1] == '.')
		end--;
	if (end >= 6 && (s[end - 1] == 's' || s[end - 1] == 'S'))
		end--;
	if (end < 8 || (s[end - 1] | 0x20) != 'r' ||
	    strncasecmp(s + end - 6, "reuter", 6) != 0 ||
	    s[end - 7] != ' ')
		return len;
	end -= 7;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	if (end > 0 && (s[end - 1] == '.' || s[end - 1] == '!' ||
	    s[end - 1] == '?' || trail_quote(s, end) > 0))
		return end;
	return len;
}

/* Terminal punctuation, looking through closing quotes and brackets. */
static int
ends_punct(const char *s, size_t len)
{
	size_t q;

	len = signoff(s, len);
	while (len > 0) {
		if (s[len - 1] == ' ')
			len--;
		else if ((q = trail_quote(s, len)) > 0)
			len -= q;
		else
			break;
	}
	if (len == 0)
		return 0;
	switch (s[len - 1]) {
	case '.':
	case '!':
	case '?':
		return 1;
	case ':':
	case ';':
		return 2;
	}
	return 0;
}

/*
 * A glued id: the first token is an opaque id (mixed case with digits,
 * as video or tracking ids are) run into a capitalised word, as in
 * "jGGiXtGYVr8The US House".
 */
static int
glued_id(const char *s, size_t len)
{
	size_t i, end, split = 0;
	int digit = 0, upper = 0, lower = 0, flips = 0, prevlow = 0;

	for (end = 0; end < len && isalnum((unsigned char)s[end]); end++)
		;
	if (end < 9 || (end < len && s[end] != ' '))
		return 0;
	/* The glued word: the last capital followed only by lower case. */
	for (i = end; i > 0; i--)
		if (isupper((unsigned char)s[i - 1]))
			break;
	if (i == 0 || end - i < 1)
		return 0;
	split = i - 1;
	for (i = split + 1; i < end; i++)
		if (!islower((unsigned char)s[i]))
			return 0;
	if (split < 6)
		return 0;
	for (i = 0; i < split; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isdigit(c))
			digit = 1;
		else if (isupper(c)) {
			upper = 1;
			if (prevlow)
				flips++;
		} else
			lower = 1;
		prevlow = islower(c) != 0;
	}
	return upper && lower && (digit || flips >= 3) && flips >= 2;
}

/* Is s[0..len) one of the n words, in any case? */
static int
in_words(const char *s, size_t len, const char *const *words, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strlen(words[k]) == len &&
		    strncasecmp(s, words[k], len) == 0)
			return 1;
	return 0;
}

#define IN_WORDS(s, len, w) in_words(s, len, w, sizeof(w) / sizeof(w[0]))

/* Is s[0..len) a news or photo agency? */
static int
news_agency(const char *s, size_t len)
{
	static const char *const words[] = { "afp", "ap", "epa", "reuters",
	    "reuter", "getty", "efe", "ansa", "dpa", "xinhua", "anadolu",
	    "sipa", "bloomberg", "kyodo", "yonhap", "tass", "upi", "ians",
	    "pti", "aap" };

	return IN_WORDS(s, len, words);
}

/*
 * Is s[0..len) a news or photo agency, or a word credits use instead
 * of a name?
 */
static int
agency(const char *s, size_t len)
{
	static const char *const words[] = { "pool", "handout", "stringer",
	    "file", "staff" };

	return IN_WORDS(s, len, words) || news_agency(s, len);
}

/*
 * A credit at the end: "... NAME NAME/AGENCY" with the name in
 * capitals, as "KIMIMASA MAYAMA/EPA" glued to the end of a caption.
 */
static int
ends_credit(const char *s, size_t len)
{
	const char *q;
	size_t i, k, slash, letters = 0, words = 1;

	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == ')'))
		len--;
	q = len > 0 ? memrchr(s, '/', len) : NULL;
	slash = q == NULL ? 0 : (size_t)(q - s) + 1;
	if (slash < 3 || len - slash < 2)
		return 0;
	slash--;
	/* The agency: up to four capitalised words. */
	if (!isupper((unsigned char)s[slash + 1]))
		return 0;
	for (i = slash + 1; i < len; i++) {
		if (s[i] == ' ') {
			if (++words > 4 || i + 1 >= len ||
			    !isupper((unsigned char)s[i + 1]))
				return 0;
		} else if (!isalpha((unsigned char)s[i]) && s[i] != '-' &&
		    s[i] != '.' && s[i] != '&' && s[i] != '\'')
			return 0;
	}
	/* The name: capitals back to the caption's end or the start. */
	for (i = slash; i > 0; i--) {
		unsigned char c = (unsigned char)s[i - 1];

		if (isupper(c))
			letters++;
		else if (c != ' ' && c != '-' && c != '\'')
			break;
	}
	if (letters < 2 || !(i == 0 || !isalnum((unsigned char)s[i - 1]) ||
	    islower((unsigned char)s[i - 1])))
		return 0;
	/*
	 * One word before the slash is a credit with an agency or a
	 * stand-in for a name on either side ("AFP/Getty Images",
	 * "HANDOUT/REUTERS", "NASA/HANDOUT"); other pairs of single words
	 * are codes or names ("rated AAA/AA", "ADM/Growmark").
	 */
	while (i < slash && s[i] == ' ')
		i++;
	for (k = slash + 1; k < len && isalpha((unsigned char)s[k]); k++)
		;
	return memchr(s + i, ' ', slash - i) != NULL ||
	    agency(s + i, slash - i) || agency(s + slash + 1, k - slash - 1);
}

int
boiler_credit(const char *s, size_t len)
{
	size_t i, words = 1;

	if (!ends_credit(s, len))
		return 0;
	for (i = 0; i < len && s[i] != '/'; i++) {
		if (islower((unsigned char)s[i]))
			return 0;
		if (s[i] == ' ')
			words++;
	}
	return words <= 6;
}

/* Count separators of a menu or link list: | · • › » and " / ". */
static unsigned
menu_seps(const char *s, size_t len)
{
	unsigned n = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '|' && i > 0 && i + 1 < len &&
		    s[i - 1] == ' ' && s[i + 1] == ' ')
			n++;
		else if (s[i] == '/' && i > 0 && i + 1 < len &&
		    s[i - 1] == ' ' && s[i + 1] == ' ')
			n++;
		else if ((unsigned char)s[i] == 0xc2 && i + 1 < len &&
		    ((unsigned char)s[i + 1] == 0xb7 ||
		    (unsigned char)s[i + 1] == 0xbb))
			n++;
		else if ((unsigned char)s[i] == 0xe2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xa2 ||
		    (unsigned char)s[i + 2] == 0xba))
			n++;
	}
	return n;
}

/* A form field as w3m and lynx draw them: "[      ]", "[ ]", "(*)". */
static int
form_field(const char *s, size_t len)
{
	size_t i, j;

	for (i = 0; i + 2 < len; i++) {
		if (s[i] != '[' && s[i] != '(')
			continue;
		for (j = i + 1; j < len && (s[j] == ' ' || s[j] == '_' ||
		    s[j] == 'X' || s[j] == '*'); j++)
			;
		if (j < len && ((s[i] == '[' && s[j] == ']') ||
		    (s[i] == '(' && s[j] == ')' && j - i == 2)) &&
		    (j - i >= 3 || (j - i == 2 && s[i + 1] == ' ')))
			return 1;
	}
	return 0;
}

/* An image drawn as its name or alt text: the whole line in [ ]. */
static int
image_alt(const char *s, size_t len)
{
	size_t i;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len < 3 || s[0] != '[' || s[len - 1] != ']')
		return 0;
	for (i = 1; i < len - 1; i++)
		if (s[i] == '[' || s[i] == ']')
			return 0;
	return 1;
}

/*
 * The same label twice, glued ("ToolsTools", "Sign upSign up"): a
 * responsive page's two copies of one button.
 */
static int
doubled(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len >= 4 && len % 2 == 0 && len <= 80 &&
	    memcmp(s, s + len / 2, len / 2) == 0;
}

/*
 * Byte classes for the feature scan, taken from <ctype.h> once (so they
 * follow the locale exactly as the calls did) instead of a call per
 * byte.
 */
#define BC_SPACE	0x01	/* ASCII space and control separators */
#define BC_ALNUM	0x02
#define BC_DIGIT	0x04
#define BC_UPPER	0x08
#define BC_LOWER	0x10
#define BC_HIGH		0x20	/* not ASCII: counts as a letter */
#define BC_NUL		0x40
#define BC_C2		0x80	/* may start a NBSP */

static unsigned char bclass[256];
static int bclass_ready;

static void
bclass_init(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		bclass[c] = (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v') ? BC_SPACE : 0;
		if (isalnum(c))
			bclass[c] |= BC_ALNUM;
		if (isdigit(c))
			bclass[c] |= BC_DIGIT;
		if (isupper(c))
			bclass[c] |= BC_UPPER;
		if (islower(c))
			bclass[c] |= BC_LOWER;
		if (c >= 0x80)
			bclass[c] |= BC_HIGH;
		if (c == 0)
			bclass[c] |= BC_NUL;
		if (c == 0xc2)
			bclass[c] |= BC_C2;
	}
	bclass_ready = 1;
}

/*
 * The classes of the ASCII bytes of x that in has (as high bits), as
 * the byte loop finds them (ASCII classes are the same in every
 * locale); ~0u if one of them is a NUL.
 */
static inline unsigned
ascii_classes(uint64_t x, uint64_t in)
{
	uint64_t digit, upper, lower;

	if (swar_range(x, 0, 0) & in)
		return ~0u;
	digit = swar_range(x, '0', '9') & in;
	upper = swar_range(x, 'A', 'Z') & in;
	lower = swar_range(x, 'a', 'z') & in;
	return (digit ? BC_DIGIT : 0) | (upper ? BC_UPPER : 0) |
	    (lower ? BC_LOWER : 0) | ((digit | upper | lower) ? BC_ALNUM : 0);
}

/*
 * Most words are short and ASCII: find the end of one of up to fifteen
 * bytes and the classes of its bytes eight at a time, instead of a byte
 * and an unpredictable branch at a time.  Returns the length and sets
 * *acc as the byte loop would, or 0 for the byte loop to take: a longer
 * token, or one with a byte not ASCII or a NUL.  u has avail bytes, at
 * least eight.
 */
static inline size_t
short_token(const unsigned char *u, size_t avail, unsigned *acc)
{
	uint64_t w, x, high, space, stop;
	unsigned first = 0;
	size_t k, base;

	for (base = 0; base < 16 && base + 8 <= avail; base += 8) {
		w = swar_load(u + base);
		high = w & SWAR_HIGHS;
		x = w & ~SWAR_HIGHS;
		space = (swar_range(x, '\t', '\r') | swar_range(x, ' ', ' ')) &
		    ~high;
		if ((stop = space | high) == 0) {
			/* Eight bytes of the word: on to the next eight. */
			if ((first = ascii_classes(x, ~0ULL)) == ~0u)
				return 0;
			continue;
		}
		k = swar_first(stop);
		if (base + k == 0 || !(space & (0x80ULL << (8 * k))))
			return 0;
		if ((*acc = ascii_classes(x, ((uint64_t)1 << (8 * k)) - 1)) ==
		    ~0u)
			return 0;
		*acc |= first;
		return base + k;
	}
	return 0;
}

/* Strip punctuation around a token; returns the core's start. */
static inline size_t
fast_core(const unsigned char *u, size_t start, size_t *end)
{
	while (start < *end && !(bclass[u[start]] & BC_ALNUM) &&
	    u[start] < 0x80)
		start++;
	while (*end - start >= 3 && u[start] == 0xe2 && u[start + 1] == 0x80)
		start += 3;
	while (*end > start && !(bclass[u[*end - 1]] & BC_ALNUM) &&
	    u[*end - 1] < 0x80)
		(*end)--;
	while (*end - start >= 3 && u[*end - 3] == 0xe2 &&
	    u[*end - 2] == 0x80)
		*end -= 3;
	return start;
}

static void
features(struct boiler_para *p)
{
	const unsigned char *u = (const unsigned char *)p->text;
	size_t len = p->len, i = 0, start, end, core, k;
	unsigned acc, words = 0, alnum = 0, stops = 0, caps = 0, ucase = 0;
	unsigned digits = 0, wc;
	unsigned char c;

	if (!bclass_ready)
		bclass_init();
	if (!sw_ready)
		sw_init();
	while (i < len) {
		c = u[i];
		if (bclass[c] & BC_SPACE) {
			i++;
			continue;
		}
		if (c == 0xc2 && i + 1 < len && u[i + 1] == 0xa0) {
			i += 2;
			continue;
		}
		/* A token: up to the next space; the classes of its bytes. */
		start = i;
		if (i + 8 <= len &&
		    (k = short_token(u + i, len - i, &acc)) != 0)
			i += k;
		else for (acc = bclass[c], i++; i < len; i++) {
			c = u[i];
			if ((bclass[c] & (BC_SPACE | BC_C2)) &&
			    ((bclass[c] & BC_SPACE) || (i + 1 < len &&
			    u[i + 1] == 0xa0)))
				break;
			acc |= bclass[c];
		}
		end = i;
		words++;
		/*
		 * Most tokens are words that start and end with a letter or
		 * digit: then the core is the token, and so are its classes.
		 */
		if (!(bclass[u[start]] & BC_ALNUM) ||
		    !(bclass[u[end - 1]] & BC_ALNUM) || (end - start >= 3 &&
		    u[end - 3] == 0xe2 && u[end - 2] == 0x80)) {
			core = fast_core(u, start, &end);
			if (core >= end)
				continue;
			for (acc = 0, k = core; k < end; k++)
				acc |= bclass[u[k]];
		} else
			core = start;
		if (!(acc & (BC_ALNUM | BC_HIGH)))
			continue;
		alnum++;
		digits += (acc & BC_DIGIT) != 0;
		if (bclass[u[core]] & BC_UPPER)
			caps++;
		if ((acc & BC_UPPER) && !(acc & BC_LOWER) && end - core >= 2)
			ucase++;
		/* boiler_stopword(), without its checks when they cannot fail. */
		if (end - core > sw_maxlen || (acc & BC_HIGH))
			stops += (acc & BC_NUL) &&
			    boiler_stopword(p->text + core, end - core);
		else if (acc & BC_NUL)
			stops += boiler_stopword(p->text + core, end - core);
		else {
			wc = sw_lookup(u + core, end - core, len - core);
			stops += wc & SW_STOP;
			digits += wc / SW_FIGURE;
		}
	}
	p->words = words;
	p->alnum = alnum;
	p->stops = stops;
	p->caps = caps;
	p->ucase = ucase;
	p->digits = digits;
	p->endpunct = ends_punct(p->text, len);
}

static int
bad(struct boiler_para *p, const char *reason)
{
	p->cls = BOILER_BAD;
	p->reason = reason;
	return 1;
}

/* A sentence end other than ":" or ";". */
static int
ends_punct_strict(const struct boiler_para *p)
{
	return p->endpunct == 1 && p->words > 12;
}

/*
 * Does the paragraph start with a dateline?  The pattern runs only on
 * paragraphs that start with a capital and have a dash and a space
 * (-, en or em dash) early on: curly quotes also start with 0xe2, and
 * most paragraphs have one.
 */
static int
dateline(const struct boiler_para *p)
{
	const unsigned char *u = (const unsigned char *)p->text;
	size_t i, k, n = p->len < 80 ? p->len : 80;
	uint64_t w, dash;

	if (n < 8 || !((u[0] >= 'A' && u[0] <= 'Z') || u[0] >= 0x80))
		return 0;
	for (i = 1; i < n; i += 8) {
		/* Eight places at once: dashes and 0xe2 are rare. */
		w = swar_load_n(u + i, p->len - i);
		for (dash = swar_eq(w, '-') | swar_eq(w, 0xe2); dash != 0;
		    dash &= dash - 1) {
			k = i + swar_first(dash);
			if (k >= n)
				break;
			if (u[k] == '-' && k + 1 < p->len && u[k + 1] == ' ')
				return match(RE_DATELINE, p);
			if (u[k] == 0xe2 && k + 3 < p->len &&
			    u[k + 1] == 0x80 && (u[k + 2] == 0x93 ||
			    u[k + 2] == 0x94) && u[k + 3] == ' ')
				return match(RE_DATELINE, p);
		}
	}
	return 0;
}

/* Content rules; returns 1 if one fired, 2 for a dateline. */
static int
content(struct boiler_para *p)
{
	unsigned w = p->words, pf, seps;

	if (w == 0)
		return bad(p, "empty");
	if (p->alnum == 0)
		return bad(p, "symbols");
	if (w <= 20 && form_field(p->text, p->len))
		return bad(p, "form");
	if (image_alt(p->text, p->len))
		return bad(p, "image");
	if (doubled(p->text, p->len))
		return bad(p, "doubled");
	/*
	 * A glued id on a headline is harmless; on a teaser, telling.
	 * "REUTER..." signs a sentence off; it cuts nothing off.
	 */
	if (w <= 60 && ends_ellipsis(p->text, p->len) &&
	    ends_ellipsis(p->text, signoff(p->text, p->len)))
		return bad(p, glued_id(p->text, p->len) ? "glued-id" :
		    "teaser");
	if (w <= 40 && ends_credit(p->text, p->len))
		return bad(p, p->endpunct || w <= 4 ? "credit" : "caption");
	if (w <= 25 && match(RE_WIRE_CREDIT, p))
		return bad(p, "credit");
	if (w <= 40 && match(RE_CREDIT_START, p))
		return bad(p, "credit");
	pf = w <= STRONG_MAX ? prefilter(p->text, p->len) : 0;
	if (w <= 25 && (pf & PF_CREDIT) && match(RE_CREDIT_ANY, p))
		return bad(p, "credit");
	if (w <= STRONG_MAX) {
		if ((pf & PF_COOKIE) && match(RE_STRONG_COOKIE, p))
			return bad(p, "cookie");
		if ((pf & PF_NAV) && match(RE_STRONG_NAV, p))
			return bad(p, "nav");
		if ((pf & PF_SHARE) && match(RE_STRONG_SHARE, p))
			return bad(p, "share");
		if (w <= 40 && (pf & PF_SUBSCRIBE) &&
		    match(RE_STRONG_SUBSCRIBE, p))
			return bad(p, "subscribe");
		if (w <= 40 && (pf & PF_LEGAL) && match(RE_STRONG_LEGAL, p))
			return bad(p, "legal");
		if (w <= SHORT_PHRASE && (pf & PF_SUBSCRIBE) &&
		    match(RE_SHORT_SUBSCRIBE, p))
			return bad(p, "subscribe");
		if (w <= SHORT_PHRASE && (pf & PF_LEGAL) &&
		    match(RE_SHORT_LEGAL, p))
			return bad(p, "legal");
	}
	/*
	 * A wire dateline ("CITY, March 3 -") opens an article: no shape
	 * rule calls it chrome, however terse its figures are.
	 */
	if (dateline(p))
		return 2;
	if (w <= WEAK_MAX && p->endpunct != 1) {
		if (match(RE_COMMENTS, p))
			return bad(p, "comments");
		if (match(RE_WEAK_SHARE, p))
			return bad(p, "share");
		if (match(RE_WEAK_AD, p))
			return bad(p, "ad");
		if (match(RE_WEAK_NAV, p))
			return bad(p, "nav");
		if (w <= 8 && match(RE_WEAK_SUBSCRIBE, p))
			return bad(p, "subscribe");
		if (match(RE_DATE, p))
			return bad(p, "date");
		if (w <= 8 && match(RE_BYLINE, p))
			return bad(p, "byline");
	}
	if (w <= 20 && p->ucase >= 1 && p->ucase * 5 >= p->alnum * 4 &&
	    !ends_punct_strict(p))
		return bad(p, "caps");
	if (p->endpunct != 1 && (seps = menu_seps(p->text, p->len)) >= 2 &&
	    w <= 6 * (seps + 1))
		return bad(p, "menu");
	return 0;
}

void
boiler_classify(struct boiler_para *p)
{
	double ratio;
	int c;

	features(p);
	p->heading = 0;
	p->keep = 0;
	if ((c = content(p)) == 1)
		return;
	ratio = p->alnum > 0 ? (double)p->stops / p->alnum : 0;
	if (p->words >= 10 && p->endpunct && ratio >= 0.2) {
		p->cls = BOILER_GOOD;
		p->reason = "prose";
	} else if (c == 2) {
		p->cls = BOILER_NEAR;
		p->reason = "dateline";
	} else if ((p->words >= 5 && p->endpunct && ratio >= 0.1) ||
	    (p->words >= 20 && ratio >= 0.25)) {
		p->cls = BOILER_NEAR;
		p->reason = "prose";
	} else if (p->alnum >= 3 && p->words <= 40 &&
	    p->digits * 10 >= p->alnum * FIGURES) {
		/* Figures: a table row, a results line. */
		p->cls = BOILER_NEAR;
		p->reason = "figures";
	} else if (p->words >= 15 && ratio < 0.08 && p->endpunct != 1) {
		bad(p, "stopwords");
	} else {
		p->cls = BOILER_SHORT;
		p->reason = "short";
		p->heading = p->words >= 2 && p->words <= 24 &&
		    p->endpunct != 1 && p->alnum > 0 &&
		    (isupper((unsigned char)p->text[0]) ||
		    glued_id(p->text, p->len) ||
		    isdigit((unsigned char)p->text[0]) ||
		    (unsigned char)p->text[0] >= 0x80);
	}
}

/* Weight of a paragraph for the maximum-sum run. */
static double
weight(const struct boiler_para *p)
{
	switch (p->cls) {
	case BOILER_GOOD:
		return p->words;
	case BOILER_NEAR:
		return p->words * W_NEAR;
	case BOILER_SHORT:
		return -W_SHORT - p->words * W_SHORT_WORD;
	case BOILER_BAD:
		/*
		 * Capitals are often a page's subheadings, and a line
		 * many pages share may be a formula of the article
		 * ("Year", in results): no barrier.
		 */
		if (p->templ || strcmp(p->reason, "caps") == 0)
			return -W_SHORT - p->words * W_SHORT_WORD;
		/* A copy is prose: it is dropped, but it ends nothing. */
		if (strcmp(p->reason, "syndicated") == 0)
			return p->words;
		/* FALLTHROUGH */
	default:
		return -W_BAD - p->words * W_BAD_WORD;
	}
}

static int
same_text(const struct boiler_para *p, const char *t, size_t tlen)
{
	size_t a = p->len;

	while (a > 0 && p->text[a - 1] == ' ')
		a--;
	while (tlen > 0 && t[tlen - 1] == ' ')
		tlen--;
	return a == tlen && a > 0 && memcmp(p->text, t, a) == 0;
}

/* The run of p[lo..hi) with the largest weight: *bs, *be; its sum. */
static double
best_run(const struct boiler_para *p, size_t lo, size_t hi, size_t *bs,
    size_t *be)
{
	double sum = 0, best = 0;
	size_t i, start = lo;

	*bs = *be = lo;
	for (i = lo; i < hi; i++) {
		if (sum <= 0) {
			sum = 0;
			start = i;
		}
		sum += weight(&p[i]);
		if (sum > best) {
			best = sum;
			*bs = start;
			*be = i + 1;
		}
	}
	return best;
}

/*
 * Mark runs in p[lo..hi) that weigh at least min: an article broken by
 * a large block of chrome (a related-links list, an ad) goes on after
 * it.  Depth is bounded: a page is not made of many articles.
 */
static void
mark_runs(struct boiler_para *p, size_t lo, size_t hi, double min, int depth)
{
	size_t bs, be, i;

	if (lo >= hi || depth > 6 || best_run(p, lo, hi, &bs, &be) < min ||
	    bs == be)
		return;
	for (i = bs; i < be; i++)
		p[i].inrun = 1;
	mark_runs(p, lo, bs, min, depth + 1);
	mark_runs(p, be, hi, min, depth + 1);
}

/* Does q continue p, a paragraph hard-wrapped into lines? */
static int
continues(const struct boiler_para *p, const struct boiler_para *q)
{
	if (p->endpunct == 1 || p->len < 50 || q->len == 0 ||
	    p->reason == NULL || q->reason == NULL)
		return 0;
	if (p->cls == BOILER_BAD && strcmp(p->reason, "stopwords") != 0 &&
	    strcmp(p->reason, "menu") != 0)
		return 0;
	if (q->cls == BOILER_BAD && strcmp(q->reason, "stopwords") != 0 &&
	    strcmp(q->reason, "menu") != 0)
		return 0;
	return islower((unsigned char)q->text[0]);
}

/*
 * Text wrapped at a fixed width (e-mail, plain-text pages) arrives as
 * one paragraph per line, none of them a sentence: judge the chain of
 * lines as the paragraph it is.
 */
static void
wrapped(struct boiler_para *p, size_t n)
{
	size_t i, j, k;
	unsigned words, stops, alnum;
	double ratio;

	for (i = 0; i < n; i = j) {
		words = p[i].words;
		stops = p[i].stops;
		alnum = p[i].alnum;
		for (j = i + 1; j < n && continues(&p[j - 1], &p[j]); j++) {
			words += p[j].words;
			stops += p[j].stops;
			alnum += p[j].alnum;
		}
		if (j - i < 2)
			continue;
		ratio = alnum > 0 ? (double)stops / alnum : 0;
		if (words < 10 || !p[j - 1].endpunct || ratio < 0.2)
			continue;
		for (k = i; k < j; k++) {
			p[k].cls = BOILER_GOOD;
			p[k].reason = "prose";
		}
	}
}

/* A short line that may interrupt an article: an ad slot, a label. */
static int
gap_line(const struct boiler_para *p)
{
	return !p->inrun && (p->cls == BOILER_SHORT || (p->words <= 8 &&
	    p->cls == BOILER_BAD && (p->templ ||
	    strcmp(p->reason, "ad") == 0 || strcmp(p->reason, "caps") == 0)));
}

/* Is one of the gap's lines an ad slot or a repeated line? */
static int
gap_ad(const struct boiler_para *p, size_t from, size_t to)
{
	for (; from < to; from++)
		if (p[from].cls == BOILER_BAD)
			return 1;
	return 0;
}

/*
 * An article interrupted by an ad slot or a label goes on after it:
 * a run of positive weight separated from the article by at most two
 * short lines joins it, however small it is.
 */
static void
extend(struct boiler_para *p, size_t n)
{
	size_t i, g, k, best_at;
	double sum, best;

	for (i = 1; i < n; i++) {
		/* i: first paragraph of a run, i-1 outside it. */
		if (!p[i].inrun || p[i - 1].inrun)
			continue;
		for (g = i; g > 0 && i - g < SHORT_BLOCK &&
		    gap_line(&p[g - 1]); g--)
			;
		if (g < i && g > 0 && p[g - 1].inrun && gap_ad(p, g, i)) {
			/* An ad slot between two parts of the article. */
			for (k = g; k < i; k++)
				p[k].inrun = 1;
			continue;
		}
		if (i - g > GAP)
			g = i - GAP;
		if (g == i || g == 0 || p[g - 1].inrun || !gap_ad(p, g, i))
			continue;
		sum = best = 0;
		best_at = g;
		for (k = g; k > 0 && !p[k - 1].inrun; k--) {
			sum += weight(&p[k - 1]);
			if (sum > best) {
				best = sum;
				best_at = k - 1;
			}
		}
		/* The gap's lines join the article too: chrome among them
		   is dropped by its own rule. */
		for (k = best_at; k < i && best > 0; k++)
			p[k].inrun = 1;
	}
	for (i = n - 1; i > 0; i--) {
		/* i-1: last paragraph of a run, i outside it. */
		if (!p[i - 1].inrun || p[i].inrun)
			continue;
		for (g = i; g < n && g - i < GAP && gap_line(&p[g]); g++)
			;
		if (g == i || g == n || p[g].inrun || !gap_ad(p, i, g))
			continue;
		sum = best = 0;
		best_at = g;
		for (k = g; k < n && !p[k].inrun; k++) {
			sum += weight(&p[k]);
			if (sum > best) {
				best = sum;
				best_at = k + 1;
			}
		}
		for (k = i; k < best_at && best > 0; k++)
			p[k].inrun = 1;
	}
}

/*
 * A short sentence right after the article ("Terms were not
 * disclosed.") is its last line: chrome after an article is labels,
 * links and lists, which do not end in a full stop, or is called
 * chrome by a content rule or by repetition.  A sentence few of the
 * site's pages repeat is a formula of its articles, not its chrome.
 */
static int
closing_line(const struct boiler_para *p)
{
	unsigned char c;

	if (p->inrun || p->endpunct != 1 || p->words < 3 ||
	    (p->cls != BOILER_SHORT && p->cls != BOILER_NEAR &&
	    !(p->templ && p->formula)))
		return 0;
	c = (unsigned char)p->text[0];
	return isalnum(c) || c == '"' || c >= 0x80;
}

/* Did boiler_classify find a dateline opening the paragraph? */
static int
is_dateline(const struct boiler_para *p)
{
	return p->cls == BOILER_NEAR && strcmp(p->reason, "dateline") == 0;
}

/* Take p into the article as a paragraph of it, for reason. */
static void
join_as(struct boiler_para *p, const char *reason)
{
	p->inrun = 1;
	p->cls = BOILER_NEAR;
	p->reason = reason;
}

static int table_gap(const struct boiler_para *);

/* An ad slot ("Advertisement") a content rule found. */
static int
ad_slot(const struct boiler_para *p)
{
	return p->cls == BOILER_BAD && !p->templ &&
	    strcmp(p->reason, "ad") == 0;
}

/*
 * A dateline opens the article, whatever stands between it and the
 * prose: a results table's rows, up to four short lines (its labels)
 * and an ad slot.
 */
static void
opening(struct boiler_para *p, size_t n)
{
	size_t i, k, nshort, ngap;

	for (i = 1; i < n; i++) {
		if (!p[i].inrun || p[i - 1].inrun)
			continue;
		nshort = ngap = 0;
		for (k = i; k > 0 && i - k < OPENING && !p[k - 1].inrun; k--) {
			if (is_dateline(&p[k - 1])) {
				for (k--; k < i; k++)
					p[k].inrun = 1;
				break;
			}
			if (p[k - 1].cls == BOILER_SHORT ||
			    (table_gap(&p[k - 1]) && !ad_slot(&p[k - 1])))
				nshort++;
			else if (gap_line(&p[k - 1]))
				ngap++;
			else if (p[k - 1].cls != BOILER_NEAR)
				break;
			if (nshort > SHORT_BLOCK || ngap > GAP)
				break;
		}
	}
}

/*
 * Does the paragraph announce what follows: does it end in a colon, or
 * say "as follows" near its end?
 */
static int
announces(const struct boiler_para *p)
{
	static const char phrase[] = "as follows";
	size_t len = p->len, from;

	while (len > 0 && p->text[len - 1] == ' ')
		len--;
	if (len > 0 && p->text[len - 1] == ':')
		return 1;
	from = len > 80 ? len - 80 : 0;
	return memmem(p->text + from, len - from, phrase,
	    sizeof(phrase) - 1) != NULL;
}

/* A line of a table or list: terse, but no content rule's chrome. */
static int
table_line(const struct boiler_para *p)
{
	if (p->cls != BOILER_BAD)
		return 1;
	return !p->templ && (strcmp(p->reason, "caps") == 0 ||
	    strcmp(p->reason, "stopwords") == 0 ||
	    strcmp(p->reason, "symbols") == 0 ||
	    strcmp(p->reason, "date") == 0);
}

/* Words only: no figures, and none of the brackets and signs of code. */
static int
words_only(const struct boiler_para *p)
{
	size_t i;

	if (p->digits > 0)
		return 0;
	for (i = 0; i < p->len; i++)
		switch (p->text[i]) {
		case '{': case '}': case '(': case ')': case '<': case '>':
		case '=': case ';':
			return 0;
		}
	return 1;
}

/*
 * A line a table may hold without ending (not a table line): one that
 * may interrupt the article, or a short line repeated in the document
 * (a table's heading repeated over its next part may be longer).
 */
static int
table_gap(const struct boiler_para *p)
{
	return gap_line(p) || (strcmp(p->reason, "repeat") == 0 &&
	    (p->words <= 8 || (p->words <= 12 && words_only(p))));
}

/* Take p[from..to) into the article: its table lines are kept. */
static void
take_table(struct boiler_para *p, size_t from, size_t to)
{
	for (; from < to; from++) {
		if (!table_line(&p[from]))
			continue;
		if (p[from].cls == BOILER_BAD)
			join_as(&p[from], "table");
		else
			p[from].inrun = 1;
	}
}

/*
 * An article that ends by announcing a table or a list ("... in
 * thousand tonnes, as follows:", "had four goals:") goes on through
 * it, up to the first line a content rule calls chrome; ad slots and
 * repeated lines in the table stay out but do not end it.  The table's
 * lines in capitals and its keyword-like rows are kept as the
 * article's.
 */
static void
announced(struct boiler_para *p, size_t n)
{
	size_t i, k;

	for (i = 0; i + 1 < n; i++) {
		if (!p[i].inrun || p[i + 1].inrun || p[i].words < 6 ||
		    (p[i].cls != BOILER_GOOD && p[i].cls != BOILER_NEAR) ||
		    !announces(&p[i]))
			continue;
		for (k = i + 1; k < n && !p[k].inrun; k++) {
			if (table_line(&p[k]))
				take_table(p, k, k + 1);
			else if (!table_gap(&p[k]))
				break;
		}
		i = k - 1;
	}
}

/*
 * A wire's sign-off on a line of its own: the agency's name alone
 * ("Reuter", "(AP)", "REUTER...^M", with the carriage return some
 * archives spell out).
 */
static int
lone_sign_off(const struct boiler_para *p)
{
	const char *s = p->text;
	size_t len = p->len;

	if (p->words != 1)
		return 0;
	if (len >= 2 && s[len - 2] == '^' && s[len - 1] == 'M')
		len -= 2;
	while (len > 0 && !isalpha((unsigned char)s[len - 1]))
		len--;
	while (len > 0 && !isalpha((unsigned char)*s)) {
		s++;
		len--;
	}
	return len > 0 && news_agency(s, len);
}

/*
 * An editor's note in brackets, three words or more ("(Correcting the
 * unit's output)", "(Reporting by ...; editing by ...)").
 */
static int
bracketed(const struct boiler_para *p)
{
	size_t len = p->len;

	while (len > 0 && p->text[len - 1] == ' ')
		len--;
	return p->words >= 3 && len >= 2 && p->text[0] == '(' &&
	    p->text[len - 1] == ')' &&
	    memchr(p->text + 1, '(', len - 2) == NULL;
}

/* Is p[k], after the article's prose, a sentence without its end? */
static int
cut_line(const struct boiler_para *p, size_t k)
{
	return p[k].cls == BOILER_SHORT && p[k].words >= 10 &&
	    p[k].stops * 5 >= p[k].alnum &&
	    (p[k - 1].cls == BOILER_GOOD || p[k - 1].cls == BOILER_NEAR) &&
	    isalnum((unsigned char)p[k].text[0]);
}

static void
closing(struct boiler_para *p, size_t n)
{
	size_t i, k, m;

	for (i = 1; i < n; i++) {
		if (!p[i - 1].inrun || p[i].inrun)
			continue;
		for (k = i; k < n && k - i < CLOSING && closing_line(&p[k]); k++)
			if (p[k].templ)
				join_as(&p[k], "formula");
			else
				p[k].inrun = 1;
		/* Last sentences without their full stop (results' notes). */
		if (k == i)
			for (; k < n && k - i < CLOSING && cut_line(p, k); k++)
				join_as(&p[k], "cut-off");
		for (m = k; k < n && !p[k].inrun && k - m < CLOSING; k++)
			if (lone_sign_off(&p[k]))
				join_as(&p[k], "sign-off");
			else if (bracketed(&p[k]))
				join_as(&p[k], "note");
			else
				break;
		i = k;
	}
}

/* Lines a repeated line may stand among and still be sandwiched. */
static int
skippable(const struct boiler_para *p)
{
	return p->templ || (p->cls == BOILER_BAD && p->words <= 6 &&
	    (strcmp(p->reason, "ad") == 0 || strcmp(p->reason, "caps") == 0));
}

/*
 * A repeated line between two kept paragraphs of the article is part
 * of it (no content rule called it chrome).
 */
static void
sandwich(struct boiler_para *p, size_t n, int need_run)
{
	size_t i, j, k;

	for (i = 1; i + 1 < n; i++) {
		if (!p[i].templ || (need_run && !p[i].inrun))
			continue;
		for (j = i; j > 0 && skippable(&p[j - 1]); j--)
			;
		for (k = i + 1; k < n && skippable(&p[k]); k++)
			;
		if (j > 0 && k < n && p[j - 1].keep && p[k].keep &&
		    k - j <= SHORT_BLOCK) {
			p[i].keep = 1;
			p[i].reason = "sandwiched";
		}
	}
}

/* A line in capitals no repetition rule decided on. */
static int
caps_line(const struct boiler_para *p)
{
	return p->cls == BOILER_BAD && !p->templ &&
	    strcmp(p->reason, "caps") == 0;
}

/*
 * A kept row of a table: figures, two numbers at least ("$75 at Amazon"
 * is a shop's link), or any line of a page of them.
 */
static int
kept_row(const struct boiler_para *p)
{
	return p->keep && p->reason != NULL && p->digits >= 2 &&
	    (strcmp(p->reason, "figures") == 0 ||
	    strcmp(p->reason, "no-prose") == 0 ||
	    strcmp(p->reason, "table") == 0);
}

/*
 * Lines in capitals between two kept lines of the article, ad slots
 * aside, are a table's labels and rows ("YEAR", "SIX MTHS", "CHICAGO
 * CORN PROCESSORS SPOT, 4 UNDER MAY") when a row of figures stands
 * beside them.  A page's capitals ("RELATED STORIES", a list of its
 * sections) stand among its chrome or its prose.  In a document of
 * tables alone (noprose), such lines need not stand among kept lines:
 * one over a row of figures is its label, and one with figures after a
 * kept line is a row.
 */
static void
caps_table(struct boiler_para *p, size_t n, int noprose)
{
	size_t i, j, k, a, ncaps;
	int after, label, between;

	for (i = 0; i < n; i = k) {
		k = i + 1;
		if (!caps_line(&p[i]))
			continue;
		/* p[i..k): the lines in capitals, ad slots among them. */
		for (k = i, ncaps = 0; k < n && (caps_line(&p[k]) ||
		    skippable(&p[k])); k++)
			ncaps += caps_line(&p[k]);
		for (j = i; j > 0 && skippable(&p[j - 1]); j--)
			;
		after = j > 0 && p[j - 1].keep;
		label = k < n && kept_row(&p[k]);
		between = after && k < n && p[k].keep;
		if (ncaps > SHORT_BLOCK || !((between &&
		    (label || kept_row(&p[j - 1]))) || (noprose && (between ||
		    label || (after && ncaps == 1 && p[i].digits >= 2)))))
			continue;
		for (a = i; a < k; a++)
			if (caps_line(&p[a])) {
				p[a].keep = 1;
				p[a].reason = "table";
			}
	}
}

/*
 * A row of figures: min numbers or more, and numbers a third of it.
 * A date is a table's label at most ("Published April 8, 1987").
 */
static int
figures_row(const struct boiler_para *p, unsigned min)
{
	return p->digits >= min && p->digits * 3 >= p->alnum &&
	    (p->cls != BOILER_BAD || strcmp(p->reason, "date") != 0);
}

/*
 * A table after the article's last paragraph is the article's: rows of
 * figures, with at most two label lines ("ALL WHEAT", "1986/87") before
 * each row, up to the first line a content rule calls chrome.  Labels
 * with no row after them stay out.
 */
static void
tail_table(struct boiler_para *p, size_t n)
{
	size_t i, k, from, labels;

	for (i = 0; i + 1 < n; i++) {
		if (!p[i].inrun || p[i + 1].inrun)
			continue;
		from = i + 1;
		labels = 0;
		for (k = i + 1; k < n && !p[k].inrun && labels <= 2; k++) {
			if (table_line(&p[k])) {
				if (!figures_row(&p[k], 2)) {
					labels++;
					continue;
				}
				take_table(p, from, k + 1);
				from = k + 1;
				labels = 0;
			} else if (!table_gap(&p[k]))
				break;
		}
		i = k - 1;
	}
}

/*
 * A line in capitals inside the article, or right above it, that
 * stands over a row of figures, or over its column labels, is the
 * table's label ("SPRING BARLEY").
 */
static void
table_labels(struct boiler_para *p, size_t n)
{
	size_t i, k;

	for (i = 0; i + 1 < n; i++) {
		if ((!p[i].inrun && !p[i + 1].inrun) || !caps_line(&p[i]))
			continue;
		for (k = i + 1; k < n && k <= i + 2 && p[k].inrun; k++)
			if (figures_row(&p[k], 2) && table_line(&p[k])) {
				take_table(p, i, i + 1);
				break;
			}
	}
}

/*
 * The same above the article's first paragraph: a table the prose
 * comments on, back to a dateline that opens it.
 */
static void
head_table(struct boiler_para *p, size_t n)
{
	size_t i, k, to, labels;

	for (i = n - 1; i > 0; i--) {
		if (!p[i].inrun || p[i - 1].inrun)
			continue;
		to = i;
		labels = 0;
		for (k = i; k > 0 && !p[k - 1].inrun && labels <= 2; k--) {
			if (table_line(&p[k - 1])) {
				if (is_dateline(&p[k - 1])) {
					take_table(p, k - 1, to);
					break;
				}
				if (!figures_row(&p[k - 1], 3)) {
					labels++;
					continue;
				}
				take_table(p, k - 1, to);
				to = k - 1;
				labels = 0;
			} else if (!table_gap(&p[k - 1]))
				break;
		}
		i = k > 0 ? k : 1;
	}
}

/* A teaser, with or without a glued id. */
static int
is_teaser(const struct boiler_para *p)
{
	return p->cls == BOILER_BAD && (strcmp(p->reason, "teaser") == 0 ||
	    strcmp(p->reason, "glued-id") == 0);
}

/*
 * Is p[i] a long paragraph cut off with "...", alone (teasers come in
 * lists)?  Next to the article's prose, it is a paragraph of the
 * article, cut off by whoever copied it.
 */
static int
lone_cut(const struct boiler_para *p, size_t i, size_t n)
{
	return p[i].words >= CUT_WORDS && p[i].cls == BOILER_BAD &&
	    strcmp(p[i].reason, "teaser") == 0 &&
	    (i == 0 || !is_teaser(&p[i - 1])) &&
	    (i + 1 == n || !is_teaser(&p[i + 1]));
}

/* One right after the article's prose is its last paragraph. */
static void
cut_off(struct boiler_para *p, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (!p[i].inrun && p[i - 1].inrun &&
		    p[i - 1].cls == BOILER_GOOD && lone_cut(p, i, n))
			join_as(&p[i], "cut-off");
}

/*
 * One inside the article, with its prose after it (ad slots aside)
 * and its prose or dateline before it, is one of its paragraphs; so is
 * what stands before it, if the run began after it.
 */
static void
cut_inside(struct boiler_para *p, size_t n)
{
	size_t i, j, k;

	for (i = 1; i + 1 < n; i++) {
		if (!lone_cut(p, i, n))
			continue;
		for (k = i + 1; k < n && skippable(&p[k]); k++)
			;
		for (j = i; j > 0 && skippable(&p[j - 1]); j--)
			;
		if (k == n || !p[k].inrun || p[k].cls != BOILER_GOOD ||
		    j == 0 || !(p[j - 1].inrun ||
		    p[j - 1].cls == BOILER_GOOD || is_dateline(&p[j - 1])))
			continue;
		join_as(&p[i], "cut-off");
		p[j - 1].inrun = 1;
	}
}

/*
 * Prose next to the article is the article's: the run took everything
 * of positive weight, so prose outside it stood beyond a line a later
 * rule has since taken in (a cut-off paragraph, a list).
 */
/* Take the prose from p[k] on into the article; where it ends. */
static size_t
take_prose(struct boiler_para *p, size_t n, size_t k)
{
	for (; k < n && !p[k].inrun && p[k].cls == BOILER_GOOD; k++)
		p[k].inrun = 1;
	return k;
}

static void
adjoin(struct boiler_para *p, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (!p[i].inrun)
			continue;
		take_prose(p, n, i + 1);
		for (k = i; k > 0 && !p[k - 1].inrun &&
		    p[k - 1].cls == BOILER_GOOD; k--)
			p[k - 1].inrun = 1;
	}
}

/* A repeat of one of the article's paragraphs. */
static int
pasted_line(const struct boiler_para *p, size_t i)
{
	return !p[i].inrun && p[i].cls == BOILER_BAD && p[i].orig > 0 &&
	    p[i].orig <= i && p[p[i].orig - 1].inrun &&
	    strcmp(p[i].reason, "repeat") == 0;
}

/*
 * A block of the article pasted again inside it ends nothing: prose
 * after it, ad slots aside, goes on with the article.
 */
static void
pasted(struct boiler_para *p, size_t n)
{
	size_t i, k;

	for (i = 1; i < n; i++) {
		if (!p[i - 1].inrun || !pasted_line(p, i))
			continue;
		for (k = i; k < n && (pasted_line(p, k) || skippable(&p[k]));
		    k++)
			;
		i = take_prose(p, n, k);
	}
}

/* An editor's note in brackets between kept paragraphs of the article. */
static void
notes_inside(struct boiler_para *p, size_t n)
{
	size_t i;

	for (i = 1; i + 1 < n; i++)
		if (!p[i].keep && !p[i].templ && p[i - 1].keep &&
		    p[i + 1].keep && p[i - 1].inrun && p[i + 1].inrun &&
		    bracketed(&p[i])) {
			p[i].keep = 1;
			p[i].reason = "note";
		}
}

void
boiler_smooth(struct boiler_para *p, size_t n, const char *title,
    size_t titlelen)
{
	double best;
	size_t i, j, k, bs = 0, be = 0, nshort, first, by[4], nby;
	unsigned wsum;

	wrapped(p, n);
	/*
	 * No prose at all (a results table, a list of figures): nothing
	 * to anchor an article on, so keep what no rule called chrome,
	 * and the formulas of the site's articles ("Record April Three").
	 */
	for (i = 0; i < n && p[i].cls != BOILER_GOOD; i++)
		;
	if (i == n) {
		for (i = 0; i < n; i++) {
			p[i].inrun = 0;
			p[i].keep = p[i].formula || p[i].cls != BOILER_BAD;
			if (p[i].formula)
				p[i].reason = "formula";
			else if (p[i].keep)
				p[i].reason = "no-prose";
		}
		sandwich(p, n, 0);
		caps_table(p, n, 1);
		return;
	}
	/* The article: the run of paragraphs with the largest weight. */
	for (i = 0; i < n; i++)
		p[i].inrun = 0;
	best = best_run(p, 0, n, &bs, &be);
	if (best > 0) {
		for (i = bs; i < be; i++)
			p[i].inrun = 1;
		mark_runs(p, 0, bs, best * MORE_RUNS, 1);
		mark_runs(p, be, n, best * MORE_RUNS, 1);
	}
	if (best > 0) {
		extend(p, n);
		opening(p, n);
		closing(p, n);
		announced(p, n);
		tail_table(p, n);
		head_table(p, n);
		table_labels(p, n);
		cut_off(p, n);
		cut_inside(p, n);
		adjoin(p, n);
		pasted(p, n);
	}
	/* Comments follow the article: nothing after their heading. */
	if (best > 0)
		for (i = bs + 1; i < n; i++)
			if (p[i].cls == BOILER_BAD &&
			    strcmp(p[i].reason, "comments") == 0) {
				for (; i < n; i++) {
					p[i].inrun = 0;
					p[i].cls = BOILER_BAD;
					p[i].reason = "comments";
				}
				break;
			}
	first = n;
	for (i = 0; i < n; i++) {
		p[i].keep = 0;
		if (p[i].inrun && first == n)
			first = i;
		if (!p[i].inrun) {
			if (p[i].cls != BOILER_BAD)
				p[i].reason = first == n ? "head" : "tail";
		} else if (p[i].cls == BOILER_GOOD ||
		    p[i].cls == BOILER_NEAR)
			p[i].keep = 1;
	}
	bs = first;
	/*
	 * Short lines inside the article: a few between prose are
	 * subheadings, datelines, one-line quotes; a long block of them
	 * is a link list unless its lines are long.
	 */
	for (i = 0; i < n; i = j) {
		if (p[i].cls != BOILER_SHORT || !p[i].inrun) {
			j = i + 1;
			continue;
		}
		wsum = 0;
		for (j = i; j < n && p[j].inrun && p[j].cls == BOILER_SHORT;
		    j++)
			wsum += p[j].words;
		nshort = j - i;
		for (k = i; k < j; k++) {
			if (nshort <= SHORT_BLOCK || wsum >= SHORT_WORDS * nshort) {
				p[k].keep = 1;
				p[k].reason = "context";
			} else
				p[k].reason = "list";
		}
	}
	sandwich(p, n, 1);
	caps_table(p, n, 0);
	notes_inside(p, n);
	/*
	 * The headline: the nearest heading above the article, and a
	 * standfirst between them.
	 */
	nby = 0;
	for (i = bs, k = 0, j = 0; i > 0 && k < 6 && j < 2; i--) {
		if (p[i - 1].cls == BOILER_BAD) {
			/* A byline or timestamp under the headline. */
			if (j == 0 && nby < 4 &&
			    (strcmp(p[i - 1].reason, "byline") == 0 ||
			    strcmp(p[i - 1].reason, "date") == 0))
				by[nby++] = i - 1;
			if (j == 0)
				continue;
			break;
		}
		k++;
		if (p[i - 1].heading && p[i - 1].words >= 3) {
			p[i - 1].keep = 1;
			p[i - 1].reason = "headline";
			j++;
		} else if (j > 0)
			break;
	}
	for (k = 0; k < nby && j > 0; k++)
		p[by[k]].keep = 1;
	if (title != NULL && titlelen > 0)
		for (i = 0; i < bs; i++)
			if (same_text(&p[i], title, titlelen)) {
				p[i].keep = 1;
				p[i].reason = "headline";
			}
}
