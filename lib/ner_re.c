/*
 * ner_re.c -- DATE, TIME, MONEY and PERCENT expressions by pattern.
 *
 * Numeric and calendar expressions follow a small grammar that
 * patterns cover better than a model trained on CoNLL (which has no
 * such types).  One pattern per type, tried anchored at the tokens an
 * expression can start with (a digit, a currency sign, a month ...), so
 * most text costs no matching at all; the longest match wins.
 */
#include <stdlib.h>
#include <string.h>

#include "ner.h"
#include "re.h"
#include "xalloc.h"

#define MONTH "(?:January|February|March|April|June|July|August|" \
	"September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|" \
	"Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)"
#define NUM "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
#define MULT "(?:\\s?(?:million|billion|trillion|thousand|mln|bln|bn|" \
	"m\\b))?"
#define CUR "(?:dollars?|pounds?|sterling|euros?|yen|marks?|francs?|" \
	"lire|yuan|rupees?|cents?|pence|roubles?|rubles?|pesos?|" \
	"guilders?|crowns?|rand|won|schillings?|dinars?|riyals?|shekels?)"

static const struct re_def defs[] = {
	{ "MONEY",
	  "(?:(?:US|U\\.S\\.|A|C|NZ|HK|S)?\\$|€|£|¥|\\b(?:USD|EUR|GBP|JPY|"
	  "DM|CHF|Rs\\.?)\\s?)\\s?(?:" NUM ")" MULT
	  "|\\b(?:" NUM ")" MULT "\\s" CUR "\\b", 0 },
	{ "PERCENT",
	  "(?<![\\w.])(?:" NUM ")(?:\\s?%|\\s(?:percent|per\\scent|pct)\\b|"
	  "\\spercentage\\spoints?\\b)", 0 },
	{ "TIME",
	  "\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|(?:am|pm|AM|PM)"
	  "\\b)(?:\\s(?:GMT|EST|EDT|BST|CET|UTC)\\b)?"
	  "|\\b\\d{1,2}:\\d{2}(?:\\s(?:GMT|EST|EDT|BST|CET|UTC)\\b)?"
	  "|\\b\\d{4}\\s(?:GMT|EST|EDT|BST|CET|UTC)\\b"
	  "|\\b(?:noon|midnight|tonight|(?:this|Monday|Tuesday|Wednesday|"
	  "Thursday|Friday|Saturday|Sunday|yesterday|tomorrow)\\s"
	  "(?:morning|afternoon|evening|night)|last\\snight)\\b", 0 },
	{ "DATE",
	  "\\b(?:" MONTH "|May(?=\\s\\d))(?:\\s\\d{1,2}(?:st|nd|rd|th)?\\b)?"
	  "(?:,?\\s(?:1[89]|20)\\d{2}\\b)?"
	  "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:" MONTH "|May)"
	  "(?:,?\\s(?:1[89]|20)\\d{2}\\b)?"
	  "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
	  "s?\\b"
	  "|\\b(?:yesterday|today|tomorrow|Yesterday|Today|Tomorrow)\\b"
	  "|\\b(?:last|next|this|past|coming|Last|Next|This)\\s(?:week|"
	  "month|year|decade|century|weekend|spring|summer|autumn|fall|"
	  "winter|quarter)\\b"
	  "|\\b(?:the\\s)?(?:(?:1[89]|20)\\d0|'\\d0)s\\b"
	  "|\\b\\d+\\s(?:days?|weeks?|months?|years?)\\sago\\b"
	  "|\\b(?:1[89]|20)\\d{2}-\\d{2}-\\d{2}\\b"
	  "|\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b"
	  "|(?<![\\w$£€.,])(?:1[89]\\d\\d|20\\d\\d)(?![\\w%]|[.,]\\d|\\s?"
	  "(?:percent|million|billion|dollars|people|tonnes|tons)\\b)", 0 },
};

static const uint8_t types[] = { T_MONEY, T_PERCENT, T_TIME, T_DATE };

/*
 * Words an expression can start with, sorted for bsearch(3).  Tokens
 * starting with a digit or a currency sign are tried too.
 */
static const char *const starts[] = {
	"A", "Apr.", "April", "Aug.", "August", "C", "CHF", "Coming", "DM",
	"Dec.", "December", "EUR", "Feb.", "February", "Friday", "Fridays",
	"GBP", "HK", "JPY", "Jan.", "January", "Jul.", "July", "Jun.", "June",
	"Last", "Mar.", "March", "May", "Monday", "Mondays", "NZ", "Next",
	"Nov.", "November", "Oct.", "October", "Past", "Rs", "Rs.", "S",
	"Saturday", "Saturdays", "Sep.", "Sept.", "September", "Sunday",
	"Sundays", "The", "This", "Thursday", "Thursdays", "Today",
	"Tomorrow", "Tuesday", "Tuesdays", "U.S.", "US", "USD", "Wednesday",
	"Wednesdays", "Yesterday", "coming", "last", "midnight", "next",
	"noon", "past", "the", "this", "today", "tomorrow", "tonight",
	"yesterday"
};

static struct re_table *tab;
static struct re_def adefs[sizeof(defs) / sizeof(defs[0])];

void
ner_re_free(void)
{
	if (tab != NULL)
		re_table_free(tab);
	tab = NULL;
}

static int
cmp_word(const void *key, const void *elem)
{
	const char *const *k = key, *const *e = elem;

	return strcmp(*k, *e);
}

/* A byte of a non-ASCII character: Unicode spaces and digits match too. */
static int
wide(char c)
{
	return (unsigned char)c >= 0x80;
}

/*
 * Could an expression start at the token s[0..len) of text ending at e?
 * The most frequent listed words start an expression only before a
 * currency sign ("US$", "A$") or, for "the", a decade ("the 1990s",
 * "the '90s"): look at what follows them before trying the patterns.
 */
static int
candidate(const char *s, size_t len, const char *e)
{
	unsigned char c = (unsigned char)s[0];
	char w[16];
	const char *p = w;

	if ((c >= '0' && c <= '9') || c == '$')
		return 1;
	/* £ ¥ € */
	if (len >= 2 && ((c == 0xc2 && ((unsigned char)s[1] == 0xa3 ||
	    (unsigned char)s[1] == 0xa5)) || (len >= 3 && c == 0xe2 &&
	    (unsigned char)s[1] == 0x82 && (unsigned char)s[2] == 0xac)))
		return 1;
	/* Every listed word starts with one of these. */
	if (len >= sizeof(w) || strchr("ACDEFGHJLMNOPRSTUWYclmnpty", c) ==
	    NULL)
		return 0;
	if ((len == 1 && (c == 'A' || c == 'C' || c == 'S')) ||
	    (len == 2 && (memcmp(s, "US", 2) == 0 ||
	    memcmp(s, "NZ", 2) == 0 || memcmp(s, "HK", 2) == 0)) ||
	    (len == 4 && memcmp(s, "U.S.", 4) == 0))
		return s + len < e && s[len] == '$';
	if (len == 3 && (memcmp(s, "the", 3) == 0 ||
	    memcmp(s, "The", 3) == 0))
		return e - (s + len) >= 2 && (wide(s[len]) ||
		    (strchr(" \t\n\r\f\v", s[len]) != NULL &&
		    s[len] != '\0' && ((s[len + 1] >= '0' &&
		    s[len + 1] <= '9') || s[len + 1] == '\'' ||
		    wide(s[len + 1]))));
	memcpy(w, s, len);
	w[len] = '\0';
	return bsearch(&p, starts, sizeof(starts) / sizeof(starts[0]),
	    sizeof(starts[0]), cmp_word) != NULL;
}

size_t
ner_re_find(const char *s, size_t len, const struct tok *t, size_t nt,
    struct ner_span **sp, size_t *n, size_t *cap)
{
	struct ner_span *o;
	size_t i, k, a, b, bestb, pos;
	int best;

	if (tab == NULL) {
		/* Patterns are tried only where a candidate token starts. */
		for (k = 0; k < sizeof(defs) / sizeof(defs[0]); k++) {
			adefs[k] = defs[k];
			adefs[k].flags |= PCRE2_ANCHORED;
		}
		tab = re_table_compile(adefs, sizeof(adefs) / sizeof(adefs[0]));
	}
	pos = 0;
	for (i = 0; i < nt; i++) {
		if (t[i].start < pos ||
		    !candidate(s + t[i].start, t[i].end - t[i].start,
		    s + len))
			continue;
		best = -1;
		bestb = 0;
		for (k = 0; k < sizeof(defs) / sizeof(defs[0]); k++)
			if (re_match(tab, k, s, len, t[i].start, &a, &b) &&
			    b > bestb) {
				best = (int)k;
				bestb = b;
			}
		if (best < 0)
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 16;
			*sp = xreallocarray(*sp, *cap, sizeof(**sp));
		}
		o = *sp + (*n)++;
		o->start = t[i].start;
		o->end = (uint32_t)bestb;
		o->type = types[best];
		pos = bestb;
	}
	return *n;
}
