/*
 * sentseg.c -- sentence boundaries in a paragraph of English text.
 *
 * A sentence can only end at a terminal cluster: a run of . ! ? and
 * ellipses, spaced ellipses (". . ."), followed by closing quotes and
 * brackets; or at a few marks of web and e-mail text (emoticons,
 * attachments, header times, greetings).  The scanner compares sixteen
 * bytes at a time against the few bytes that can start one of these and
 * applies the rules only there.  At a cluster the rules look at the
 * word before it and the word after it:
 *
 * - no white space after the cluster: no boundary (decimals, domains,
 *   "Jr.'s"), except a period glued between a lower-case word and a
 *   capitalised one ("ended.KIMIMASA", "Tuesday.Mr."), which is a
 *   missing space unless the token is an e-mail address, URL or file
 *   name, and a question mark glued to a word ("it?how");
 * - ! and ?: a boundary, also before lower case as web text has it,
 *   except after a closing quote ("great!" she said) or a name
 *   ("Yahoo! in");
 * - an ellipsis: a boundary before a capital, except "[...]" and ". . .
 *   I" in quoted prose; a period plus a spaced ellipsis (". . . .")
 *   puts the ellipsis in front of the next sentence, as the style
 *   manuals do;
 * - a period: before lower case, no boundary after an abbreviation, a
 *   single letter or a closing quote, else a boundary; titles ("Mr.")
 *   and never-final abbreviations ("e.g.") do not end a sentence;
 *   abbreviations before numbers ("No. 5") do not before a number;
 *   abbreviations that may end one ("Inc.", "U.S.", "Calif.") end it
 *   only before a word that typically starts a sentence ("The", "He",
 *   "But"); a single capital ("John F. Kennedy") ends one only after a
 *   lower-case word ("you and I."); "a.m."/"p.m." are like "Inc."
 *   unless they close a fronted time phrase ("At 5 a.m. Mr. Smith
 *   went"); anything else ends one.
 *
 * Lists: a paragraph that starts with a list marker ("1.", "2)",
 * "a.") is cut before each next marker in sequence, and bullets
 * (• ⁃ ▪ ◦) start sentences.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "hash.h"
#include "para.h"
#include "sentseg.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * The rule tables.  Each line is a class and its words, separated by
 * spaces; a word in several lines gets all their classes.
 */
static const struct {
	unsigned	 flags;
	const char	*words;
} tables[] = {
	/* Titles and name prefixes: never the last word of a sentence. */
	{ SENTSEG_TITLE,
	  "Mr Mrs Ms Mx Messrs Mmes Mme Mlle Dr Drs Prof Profs Rev Revd "
	  "Hon Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Capt Cmdr Cdr Adm "
	  "Maj Sgt Cpl Pvt Brig Supt Insp Det Fr Msgr Atty Amb Pres Ft Rt "
	  "Sra Srta Sgts Cmdt Lieut Cdt Hr Hrn Mssrs" },
	/* Before a number: "No. 5", "p. 55", "Vol. 3", "N°. 12". */
	{ SENTSEG_NUM,
	  "No Nos Nr N\xC2\xB0 no nos nr p pp P PP Vol Vols vol vols Art Arts "
	  "art arts Fig Figs fig figs Sec Secs sec secs Ch Chap ch chap Para "
	  "para Ex ex Tel tel Ext ext Op op Pt pt Rs Ref ref Tab tab Eq eq "
	  "Par par Pg pg Sect sect Ord Cal Rm rm Ste Apt apt Bldg Div Reg "
	  "Ps ps Fl fl Ct St Mt Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct "
	  "Nov Dec" },
	/* Never the end of a sentence. */
	{ SENTSEG_NEVER,
	  "e.g E.g i.e I.e cf Cf vs Vs v viz Viz approx Approx ca c incl "
	  "Incl esp Esp resp fig figs eg ie St Mt Ft Messrs Mr Mrs Ms Dr "
	  "Prof Rev Hon Gen Sen Rep Gov Lt Col Capt Sgt Adm Maj Cmdr Cdr "
	  "Brig Gens Sens Reps Supt Insp Msgr Atty Amb" },
	/* May end a sentence: companies, suffixes, months, days, states. */
	{ SENTSEG_AMBIG,
	  "st Co Corp Inc Ltd Bros Jr Sr Plc plc Cos Corps Inc's LLC Llc Assn "
	  "Assoc Univ Ave Blvd Rd Hwy Pky Pkwy Sq St Mt Ft co corp inc ltd "
	  "bros jr sr etc Etc al Al est Est dept Dept govt Govt mfg Mfg "
	  "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
	  "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
	  "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La "
	  "Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Pa Penn "
	  "Tenn Tex Va Vt Wash Wis Wisc Wyo Alta Ont Que Sask "
	  "Ph.D PhD Ph.d M.A M.S B.A B.S M.D D.C N.Y N.J L.A U.S U.K U.N "
	  "E.U a.m p.m A.M P.M" },
	{ SENTSEG_TIME, "a.m p.m A.M P.M AM PM" },
	/* Words that typically begin a sentence. */
	{ SENTSEG_STARTER,
	  "The A An I He She It We They You This That These Those There "
	  "Here His Her Its Our Their My Your But And Or So Yet Nor If When "
	  "While Although Though After Before Since Because As In On At For "
	  "With From By To Of Some Many Most Several All Both Each Every No "
	  "Not None One Two Three Other Another Such Then Now Still Also "
	  "However Meanwhile Instead Later Earlier What Who Whom Whose How "
	  "Why Where Which Did Do Does Is Are Was Were Has Have Had Will "
	  "Would Can Could Should May Might Must Shall Please Yes Thanks "
	  "Let Mr Mrs Ms Dr Messrs Prof Only Even Last Next First Under "
	  "Over Despite During Until Unlike Like Among Between Without "
	  "Officials Analysts Shares Prices Sales Earnings Asked Meanwhile "
	  "Today Yesterday Tomorrow Thus Hence Indeed Moreover Furthermore "
	  "Nevertheless Nonetheless Otherwise Besides Again Nobody Nothing "
	  "Everyone Everybody Everything Someone Somebody Something Anyone "
	  "Anything Oh Well Sure Ok Okay Hi Hello Dear" },
	/* Greetings and closings that a comma sets off: "Hi John,". */
	{ SENTSEG_GREET,
	  "Hi Hello Hey Dear Greetings Thanks Regards Cheers Sincerely Yo "
	  "Congratulations Congrats Thx Howdy Hiya" },
	/* Prepositions that open a fronted phrase ("At 5 a.m. ..."). */
	{ SENTSEG_PREP,
	  "At By Around Before After Until Till From Since About On Near "
	  "Shortly Just Early Late Sometime Between" },
};

/* File extensions that may follow a period in capitals ("a.PDF"). */
static const char *const extensions[] = {
	"HTML", "HTM", "JPEG", "JSON", "DOCX", "XLSX", "PPTX", "TIFF",
	"MPEG", "WEBP", "TEXT", "YAML", "XHTML",
};

struct slot {
	const char	*w;
	size_t		 len;
	unsigned	 flags;
};

struct sentseg {
	struct slot	*tab;
	size_t		 mask;
	unsigned char	 greet_first[256];	/* first bytes of greetings */
};

/* Byte classes for the scanner. */
#define C_STOP	1	/* . ! ? */
#define C_E2	2	/* lead byte of the ellipsis and of bullets */
#define C_EMO	3	/* first byte of an emoticon */

static unsigned char stopclass[256];

static void
insert(struct sentseg *ss, const char *w, size_t len, unsigned flags)
{
	size_t i = hash_fnv32(w, len) & ss->mask;

	while (ss->tab[i].w != NULL) {
		if (ss->tab[i].len == len && memcmp(ss->tab[i].w, w, len) == 0) {
			ss->tab[i].flags |= flags;
			return;
		}
		i = (i + 1) & ss->mask;
	}
	ss->tab[i].w = w;
	ss->tab[i].len = len;
	ss->tab[i].flags = flags;
}

unsigned
sentseg_abbrev(const struct sentseg *ss, const char *w, size_t len)
{
	size_t i;

	if (len == 0 || len > 16)
		return 0;
	i = hash_fnv32(w, len) & ss->mask;
	while (ss->tab[i].w != NULL) {
		if (ss->tab[i].len == len && memcmp(ss->tab[i].w, w, len) == 0)
			return ss->tab[i].flags;
		i = (i + 1) & ss->mask;
	}
	return 0;
}

struct sentseg *
sentseg_new(void)
{
	struct sentseg *ss;
	const char *p, *q;
	size_t t;

	ss = xcalloc(1, sizeof(*ss));
	/* Room for every word with the table at most half full. */
	ss->mask = 2047;
	ss->tab = xcalloc(ss->mask + 1, sizeof(*ss->tab));
	for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
		for (p = tables[t].words; *p != '\0'; p = q) {
			while (*p == ' ')
				p++;
			for (q = p; *q != '\0' && *q != ' '; q++)
				continue;
			if (q > p)
				insert(ss, p, (size_t)(q - p), tables[t].flags);
			if (q > p && (tables[t].flags & SENTSEG_GREET))
				ss->greet_first[(unsigned char)*p] = 1;
		}
	}
	stopclass['.'] = stopclass['!'] = stopclass['?'] = C_STOP;
	stopclass[0xE2] = C_E2;
	stopclass[':'] = stopclass[';'] = stopclass['='] = C_EMO;
	stopclass['<'] = stopclass['>'] = C_EMO;
	return ss;
}

void
sentseg_free(struct sentseg *ss)
{
	if (ss == NULL)
		return;
	free(ss->tab);
	free(ss);
}

/* Character tests at a byte position; b is the end of the paragraph. */

static uint32_t
cp_at(const unsigned char *u, size_t k, size_t b)
{
	uint32_t cp;

	utf8_decode((const char *)u + k, b - k, &cp, NULL);
	return cp;
}

static int
upper_at(const unsigned char *u, size_t k, size_t b)
{
	utf8proc_category_t cat;

	if (k >= b)
		return 0;
	if (u[k] < 0x80)
		return u[k] >= 'A' && u[k] <= 'Z';
	cat = utf8proc_category((utf8proc_int32_t)cp_at(u, k, b));
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int
lower_at(const unsigned char *u, size_t k, size_t b)
{
	if (k >= b)
		return 0;
	if (u[k] < 0x80)
		return u[k] >= 'a' && u[k] <= 'z';
	return utf8proc_category((utf8proc_int32_t)cp_at(u, k, b)) ==
	    UTF8PROC_CATEGORY_LL;
}

static int
alpha_at(const unsigned char *u, size_t k, size_t b)
{
	utf8proc_category_t cat;

	if (k >= b)
		return 0;
	if (u[k] < 0x80)
		return (u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z';
	cat = utf8proc_category((utf8proc_int32_t)cp_at(u, k, b));
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

static int
digit_at(const unsigned char *u, size_t k, size_t b)
{
	return k < b && u[k] >= '0' && u[k] <= '9';
}

/* Length of the ellipsis character U+2026 at k, or 0. */
static size_t
ellipsis_at(const unsigned char *u, size_t k, size_t b)
{
	return k + 2 < b && u[k] == 0xE2 && u[k + 1] == 0x80 &&
	    u[k + 2] == 0xA6 ? 3 : 0;
}

/* Length of a bullet (• ⁃ ▪ ◦ ‣) at k, or 0. */
static size_t
bullet_at(const unsigned char *u, size_t k, size_t b)
{
	if (k + 2 >= b || u[k] != 0xE2)
		return 0;
	if ((u[k + 1] == 0x80 && (u[k + 2] == 0xA2 || u[k + 2] == 0xA3)) ||
	    (u[k + 1] == 0x81 && u[k + 2] == 0x83) ||
	    (u[k + 1] == 0x96 && u[k + 2] == 0xAA) ||
	    (u[k + 1] == 0x97 && u[k + 2] == 0xA6))
		return 3;
	return 0;
}

/* Length of a closing quote or bracket at k, or 0. */
static size_t
closer_at(const unsigned char *u, size_t k, size_t b)
{
	if (k >= b)
		return 0;
	switch (u[k]) {
	case '"': case '\'': case ')': case ']': case '}':
		return 1;
	case 0xC2:	/* » */
		return k + 1 < b && u[k + 1] == 0xBB ? 2 : 0;
	case 0xE2:	/* ’ ” › */
		if (k + 2 < b && u[k + 1] == 0x80 && (u[k + 2] == 0x99 ||
		    u[k + 2] == 0x9D || u[k + 2] == 0xBA))
			return 3;
		return 0;
	}
	return 0;
}

/* Length of an opening quote or bracket at k, or 0. */
static size_t
opener_at(const unsigned char *u, size_t k, size_t b)
{
	if (k >= b)
		return 0;
	switch (u[k]) {
	case '"': case '\'': case '(': case '[': case '{': case '`':
		return 1;
	case 0xC2:	/* « ¿ ¡ */
		return k + 1 < b && (u[k + 1] == 0xAB || u[k + 1] == 0xBF ||
		    u[k + 1] == 0xA1) ? 2 : 0;
	case 0xE2:	/* ‘ “ ‹ */
		if (k + 2 < b && u[k + 1] == 0x80 && (u[k + 2] == 0x98 ||
		    u[k + 2] == 0x9C || u[k + 2] == 0xB9))
			return 3;
		return 0;
	}
	return 0;
}

static size_t
skip_space(const unsigned char *u, size_t k, size_t b)
{
	size_t n;

	while (k < b && (n = para_isspace((const char *)u, k, b)) > 0)
		k += n;
	return k;
}

/* Is the byte before k (not before a) white space? */
static int
space_before(const unsigned char *u, size_t a, size_t k)
{
	if (k <= a)
		return 1;
	switch (u[k - 1]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xA0:
		return k - a >= 2 && u[k - 2] == 0xC2;
	}
	return 0;
}

/*
 * The word before a period at i: back to white space or an opening
 * mark.  Letters, digits, inner periods, apostrophes and the like.
 */
static size_t
word_start(const unsigned char *u, size_t a, size_t i)
{
	size_t k = i;

	while (k > a) {
		unsigned char c = u[k - 1];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\v' || c == '\f' || c == '(' || c == '[' ||
		    c == '{' || c == '"' || c == '/' || c == '`' || c == '<')
			break;
		if (c >= 0x80 && k - a >= 3 && u[k - 3] == 0xE2 &&
		    u[k - 2] == 0x80 && (c == 0x9C || c == 0x98 ||
		    c == 0x94 || c == 0x93))
			break;
		if (c == 0xA0 && k - a >= 2 && u[k - 2] == 0xC2)
			break;
		if (c == 0xAB && k - a >= 2 && u[k - 2] == 0xC2)
			break;
		if (c >= 0x80 && k - a >= 3 && bullet_at(u, k - 3, k))
			break;
		k--;
	}
	/* Leading punctuation is not part of the word: ".Mr", "-Inc". */
	while (k < i && u[k] < 0x80 && strchr(".,;:!?*-_~&#", u[k]) != NULL &&
	    u[k] != '\0')
		k++;
	return k;
}

/* The end of the word (letters and apostrophes) that starts at m. */
static size_t
word_end(const unsigned char *u, size_t m, size_t b)
{
	size_t k = m;

	while (k < b) {
		if (u[k] < 0x80) {
			if (!((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z'))
				break;
			k++;
		} else if (alpha_at(u, k, b)) {
			k++;
			while (k < b && (u[k] & 0xC0) == 0x80)
				k++;
		} else
			break;
	}
	return k;
}

/* Where the words of the sentence that starts at s begin. */
static size_t
content_start(const unsigned char *u, size_t s, size_t b)
{
	size_t n;

	for (;;) {
		s = skip_space(u, s, b);
		if ((n = opener_at(u, s, b)) > 0 || (n = bullet_at(u, s, b)) > 0)
			s += n;
		else if (s + 1 < b && (u[s] == '-' || u[s] == '*') &&
		    u[s + 1] == ' ')
			s++;
		else
			return s;
	}
}

static unsigned
next_word_flags(const struct sentseg *ss, const unsigned char *u, size_t m,
    size_t b)
{
	size_t e = word_end(u, m, b);

	return sentseg_abbrev(ss, (const char *)u + m, e - m);
}

/* An initialism like "U.S", "e.g", "Ph.D": short letter groups. */
static int
initialism(const unsigned char *u, size_t w, size_t i)
{
	size_t k, run = 0, dots = 0;

	for (k = w; k < i; k++) {
		if (u[k] == '.') {
			if (run == 0)
				return 0;
			dots++;
			run = 0;
		} else if ((u[k] | 0x20) >= 'a' && (u[k] | 0x20) <= 'z') {
			if (++run > 2)
				return 0;
		} else
			return 0;
	}
	return dots > 0 && run > 0;
}

/* Is s[w..i) a capitalised word that is not all capitals ("Yahoo")? */
static int
name_like(const unsigned char *u, size_t w, size_t i)
{
	size_t k;

	if (w >= i || !upper_at(u, w, i))
		return 0;
	for (k = w + 1; k < i; k++)
		if (u[k] >= 'a' && u[k] <= 'z')
			return 1;
	return 0;
}

/*
 * Is the token before i (back to white space) a plain word of two or
 * more letters, not part of a URL or a file name ("page.php?id=3")?
 */
static int
glued_word(const unsigned char *u, size_t a, size_t i)
{
	size_t k;

	for (k = i; k > a && ((u[k - 1] | 0x20) >= 'a' &&
	    (u[k - 1] | 0x20) <= 'z'); k--)
		continue;
	if (i - k < 2)
		return 0;
	return k == a || u[k - 1] == ' ' || u[k - 1] == '\t' ||
	    u[k - 1] == '\n';
}

/* Is the word at m the pronoun "I" (also "I'm", "I’ve")? */
static int
pronoun_i(const unsigned char *u, size_t m, size_t b)
{
	return m < b && u[m] == 'I' && (m + 1 == b || !alpha_at(u, m + 1, b));
}

/* Does the word before w start with a capital (a name before "E.")? */
static int
prev_capitalised(const unsigned char *u, size_t a, size_t w)
{
	size_t k = w, n;

	while (k > a && space_before(u, a, k))
		k -= u[k - 1] == 0xA0 ? 2 : 1;
	if (k == a || k == w)
		return 0;
	k = word_start(u, a, k);
	while ((n = opener_at(u, k, w)) > 0)
		k += n;
	/* "1381 W. Hubbard": a street address. */
	return upper_at(u, k, w) || digit_at(u, k, w);
}

/* Number of words from s up to w. */
static size_t
words_between(const unsigned char *u, size_t s, size_t w)
{
	size_t k, n = 0;
	int in = 0;

	for (k = s; k < w; k++) {
		int sp = u[k] == ' ' || u[k] == '\t' || u[k] == '\n';

		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/*
 * A period glued to the next word: "ended.KIMIMASA", "Tuesday.Mr.",
 * "1,000.That".  Not in e-mail addresses, URLs, initialisms, file
 * names ("report.PDF") or after abbreviations.
 */
static int
missing_space(const struct sentseg *ss, const unsigned char *u, size_t a,
    size_t b, size_t i)
{
	size_t w, k, r, e = i;

	if (i == a || !upper_at(u, i + 1, b))
		return 0;
	/* "(for example).This": look through a closing bracket or quote. */
	while (e > a && (u[e - 1] == ')' || u[e - 1] == ']' ||
	    u[e - 1] == '"'))
		e--;
	if (e == a || !(digit_at(u, e - 1, b) ||
	    (u[e - 1] >= 'a' && u[e - 1] <= 'z')))
		return 0;
	for (w = e; w > a; w--) {
		unsigned char c = u[w - 1];

		if (c == ' ' || c == '\t' || c == '\n' || c == '(' ||
		    c == '"' || c == '\'')
			break;
		if (c == '.' || c == '@' || c == '/' || c == ':' || c == '_' ||
		    c == '\\' || c == '=')
			return 0;
		if (!(((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
		    (c >= '0' && c <= '9') || c == ',' || c >= 0x80))
			return 0;
	}
	if (e - w < 2 || sentseg_abbrev(ss, (const char *)u + w, e - w) != 0)
		return 0;
	/* The rest of the token must not look like a host or address. */
	for (k = i + 1; k < b && u[k] != ' ' && u[k] != '\t' &&
	    u[k] != '\n'; k++)
		if (u[k] == '@' || u[k] == '/' || u[k] == '\\' ||
		    (u[k] == '.' && lower_at(u, k + 1, b)))
			if (u[k] != '/' || k + 1 >= b || u[k + 1] == '/')
				return 0;
	for (r = 0; i + 1 + r < b && u[i + 1 + r] >= 'A' &&
	    u[i + 1 + r] <= 'Z'; r++)
		continue;
	if (r == 1 || u[i + 1] >= 0x80)
		return lower_at(u, i + 1 + r, b) || u[i + 1] >= 0x80;
	if (r >= 2 && lower_at(u, i + 1 + r, b))
		return 1;	/* "McDONALD" style is rare; "MPs" */
	/* "came.JO LEE/WIRE": a run of capitalised words, a credit. */
	if (r >= 2 && r < 4 && i + 1 + r + 1 < b && u[i + 1 + r] == ' ' &&
	    upper_at(u, i + 2 + r, b))
		return 1;
	if (r < 4)
		return 0;
	for (k = 0; k < sizeof(extensions) / sizeof(extensions[0]); k++)
		if (strlen(extensions[k]) == r &&
		    memcmp(extensions[k], u + i + 1, r) == 0)
			return 0;
	return 1;
}

/*
 * An emoticon at k standing alone: ":)", ";-)", "=(", ":D", ":P",
 * "<3", followed by white space or the end.  Returns its length or 0.
 */
static size_t
emoticon_at(const unsigned char *u, size_t k, size_t b)
{
	static const char mouths[] = ")(DPpO/|[]3*o";
	size_t j = k;

	if (k + 1 >= b)
		return 0;
	if (u[j] == '<' && u[j + 1] == '3')
		j += 2;
	else if (u[j] == ':' || u[j] == ';' || u[j] == '=') {
		j++;
		if (j < b && (u[j] == '-' || u[j] == '\''))
			j++;
		if (j >= b || u[j] == '\0' || strchr(mouths, u[j]) == NULL)
			return 0;
		/* ":))" */
		for (j++; j < b && u[j] == u[j - 1]; j++)
			continue;
	} else
		return 0;
	if (j < b && para_space((const char *)u, j, b) == 0)
		return 0;
	return j - k;
}

/*
 * If the colon at i is in "http://" or "https://", the end of the URL
 * (its token), and in *punct where punctuation and closing marks at
 * its end start (a period after a URL is left to the cluster rules);
 * else i.
 */
static size_t
url_end(const unsigned char *u, size_t a, size_t i, size_t b, size_t *punct)
{
	size_t e, p;

	if (i + 2 >= b || u[i + 1] != '/' || u[i + 2] != '/')
		return i;
	if (!((i - a >= 4 && memcmp(u + i - 4, "http", 4) == 0) ||
	    (i - a >= 5 && memcmp(u + i - 5, "https", 5) == 0)))
		return i;
	for (e = i; e < b && para_space((const char *)u, e, b) == 0; e++)
		continue;
	for (p = e; p > i + 3 && strchr(".!?,;:)]\"'", u[p - 1]) != NULL;
	    p--)
		continue;
	*punct = p;
	return e;
}

/* The state of one paragraph's scan. */
struct scan {
	const struct sentseg *ss;
	const unsigned char *u;
	size_t		 a, b;		/* the paragraph */
	size_t		 cur;		/* start of the current sentence */
	struct spans	*out;
};

static void
emit(struct scan *sc, size_t end, size_t next)
{
	size_t off = sc->cur, len = end > sc->cur ? end - sc->cur : 0;

	para_trim((const char *)sc->u, &off, &len);
	if (len > 0)
		spans_push(sc->out, off, len);
	sc->cur = next;
}

/*
 * Decide the terminal cluster that starts at i.  Returns where the scan
 * goes on; emits a sentence if the cluster ends one.
 */
static size_t
cluster(struct scan *sc, size_t i)
{
	const struct sentseg *ss = sc->ss;
	const unsigned char *u = sc->u;
	size_t a = sc->a, b = sc->b;
	size_t j = i, k, m, n, dots = 0, w, cs, dotend = i;
	int q = 0, spaced = 0, closers = 0, attached, lower;
	unsigned fl;

	attached = i > a && !space_before(u, a, i);
	for (;;) {
		if (j < b && u[j] == '.') {
			dots++;
			q = 0;
			dotend = ++j;
		} else if (j < b && (u[j] == '!' || u[j] == '?')) {
			q = 1;
			dotend = ++j;
		} else if ((n = ellipsis_at(u, j, b)) > 0) {
			dots += 3;
			q = 0;
			dotend = j += n;
		} else if (dots > 0 && j + 1 < b && u[j] == ' ' &&
		    u[j + 1] == '.') {
			spaced = 1;
			j++;
		} else if ((n = closer_at(u, j, b)) > 0) {
			closers = 1;
			j += n;
		} else
			break;
	}
	k = skip_space(u, j, b);
	if (k >= b)
		return j;		/* the paragraph's end */
	/* "providers,? gas": a stray mark after a comma ends nothing. */
	if (q && dots == 0 && i > a && (u[i - 1] == ',' || u[i - 1] == ';' ||
	    u[i - 1] == ':'))
		return j;
	if (k == j) {
		/* No space: a boundary only for a missing space. */
		if (dots == 1 && !q && !closers && j == i + 1 &&
		    missing_space(ss, u, a, b, i))
			emit(sc, j, j);
		/* "it?how", "camera body?lens": a question glued on. */
		else if (q && !closers && glued_word(u, sc->cur, i) &&
		    alpha_at(u, j, b))
			emit(sc, j, j);
		/* "country....Iguazu is": an ellipsis glued to a capital. */
		else if (dots >= 4 && !q && !closers && upper_at(u, j, b) &&
		    lower_at(u, j + 1, b))
			emit(sc, j, j);
		return j;
	}
	m = k;
	while ((n = opener_at(u, m, b)) > 0)
		m += n;
	/* An emoticon after the cluster ends the sentence itself. */
	if (emoticon_at(u, k, b))
		return j;
	lower = lower_at(u, m, b);
	if (q) {
		/*
		 * "great!" she said; "Yahoo! in": a quotation or a name
		 * goes on in lower case.  Elsewhere "?" and "!" end a
		 * sentence even before lower case, as web text has it.
		 */
		if (lower) {
			w = word_start(u, sc->cur, i);
			if (closers || name_like(u, w, i))
				return j;
		}
		emit(sc, j, k);
		return j;
	}
	if (dots >= 2) {
		if (lower)
			return j;
		if (dots == 2) {
			emit(sc, j, k);
			return j;
		}
		/* "[...]" marks an omission, not an end. */
		if (i > a && (u[i - 1] == '[' || u[i - 1] == '(') &&
		    dotend < b && (u[dotend] == ']' || u[dotend] == ')'))
			return j;
		if (dots == 3 && !q) {
			/* ". . . I" goes on in quoted prose; "... I" not. */
			if (upper_at(u, m, b) && !(spaced && pronoun_i(u, m, b)))
				emit(sc, j, k);
			return j;
		}
		/* A period and then an ellipsis: ". . . The". */
		if (attached && spaced && u[i] == '.')
			emit(sc, i + 1, skip_space(u, i + 1, b));
		else
			emit(sc, j, k);
		return j;
	}
	/* A period (or two).  Look at the word before it. */
	w = word_start(u, sc->cur, i);
	if (w == i) {
		emit(sc, j, k);
		return j;
	}
	fl = sentseg_abbrev(ss, (const char *)u + w, i - w);
	if (fl == 0 && initialism(u, w, i))
		fl = SENTSEG_AMBIG;
	/* "non-U.S.", "R-Mo.": the part after the last hyphen. */
	if (fl == 0) {
		size_t h = i;

		while (h > w && u[h - 1] != '-')
			h--;
		if (h > w && h < i) {
			fl = sentseg_abbrev(ss, (const char *)u + h, i - h);
			if (fl == 0 && initialism(u, h, i))
				fl = SENTSEG_AMBIG;
		}
	}
	/* A list marker that starts the sentence: "1.", "a.", "• 9.". */
	if (i - w <= 3 && (digit_at(u, w, b) ?
	    digit_at(u, i - 1, b) && (i - w == 1 || digit_at(u, w + 1, b)) :
	    i - w == 1) && w == content_start(u, sc->cur, b))
		return j;
	/*
	 * Lower case after a period: an abbreviation ("co. at", "U.S.A.
	 * last"), a quotation going on ("great." she said), or else a
	 * sentence that starts in lower case, as web text has them.
	 */
	if (lower) {
		if (closers || fl != 0 || i - w == 1)
			return j;
		emit(sc, j, k);
		return j;
	}
	if (digit_at(u, m, b)) {
		if (fl & (SENTSEG_TITLE | SENTSEG_NUM | SENTSEG_AMBIG |
		    SENTSEG_NEVER))
			return j;
		emit(sc, j, k);
		return j;
	}
	if (fl & (SENTSEG_NEVER | SENTSEG_TITLE))
		return j;
	if (fl & SENTSEG_TIME) {
		unsigned nf = next_word_flags(ss, u, m, b);

		if (!(nf & SENTSEG_STARTER))
			return j;
		/* "At 5 a.m. Mr. Smith went": a fronted phrase goes on. */
		cs = content_start(u, sc->cur, b);
		if ((next_word_flags(ss, u, cs, b) & SENTSEG_PREP) &&
		    words_between(u, cs, w) <= 4)
			return j;
		emit(sc, j, k);
		return j;
	}
	if (fl & SENTSEG_AMBIG) {
		if (next_word_flags(ss, u, m, b) & SENTSEG_STARTER)
			emit(sc, j, k);
		return j;
	}
	if (i - w == 1 && upper_at(u, w, i)) {
		/* An initial, unless after a lower-case word ("and I."). */
		if (w == content_start(u, sc->cur, b))
			return j;
		if (!(next_word_flags(ss, u, m, b) & SENTSEG_STARTER) &&
		    prev_capitalised(u, a, w))
			return j;
		emit(sc, j, k);
		return j;
	}
	emit(sc, j, k);
	return j;
}

/* The position after the white space at k, if a non-lower-case word follows. */
static size_t
next_unless_lower(const unsigned char *u, size_t k, size_t b)
{
	size_t nx = skip_space(u, k, b);

	if (nx == k || nx >= b || lower_at(u, nx, b))
		return 0;
	return nx;
}

/* Does ">>" and white space come right before i? */
static int
after_attachment(const unsigned char *u, size_t a, size_t i)
{
	while (i > a && space_before(u, a, i))
		i--;
	return i - a >= 2 && u[i - 1] == '>' && u[i - 2] == '>';
}

/*
 * Marks of web and e-mail text that end a sentence without a period:
 * emoticons, a URL before a capital, "<<attachment.doc>>", an address
 * "<a@b.com>" or a time "04:17 PM" closing a header line.  Returns
 * where the scan goes on.
 */
static size_t
mark(struct scan *sc, size_t i, size_t to)
{
	const unsigned char *u = sc->u;
	size_t n, nx, k;

	switch (u[i]) {
	case ':': case ';': case '=': case '<':
		/* An emoticon, unless the sentence goes on in lower case. */
		if (space_before(u, sc->a, i) &&
		    i > content_start(u, sc->cur, to) &&
		    (n = emoticon_at(u, i, to)) > 0) {
			if ((nx = next_unless_lower(u, i + n, to)) > 0)
				emit(sc, i + n, nx);
			return i + n;
		}
		if (u[i] == '<' && i + 1 < to && u[i + 1] == '<' &&
		    space_before(u, sc->a, i) &&
		    i > content_start(u, sc->cur, to) &&
		    !after_attachment(u, sc->a, i)) {
			emit(sc, i, i);
			return i + 2;
		}
		if (u[i] != ':')
			return i + 1;
		/*
		 * A URL and then a capital: "x.htm Unique".  The scan goes
		 * on after the URL (or at its final punctuation), so a line
		 * of URLs costs one pass.
		 */
		if ((n = url_end(u, sc->a, i, to, &k)) > i) {
			if (k < n)
				return k;
			nx = skip_space(u, n, to);
			if (nx > n && nx < to && upper_at(u, nx, to) &&
			    !pronoun_i(u, nx, to))
				emit(sc, n, nx);
			return n;
		}
		/*
		 * A time closing a header line: "03/15/2001 04:17 PM Text"
		 * (but not "9:41 AM GMT").
		 */
		if (i > sc->a && digit_at(u, i - 1, to) && i + 6 < to &&
		    digit_at(u, i + 1, to) && digit_at(u, i + 2, to) &&
		    u[i + 3] == ' ' && (u[i + 4] == 'A' || u[i + 4] == 'P') &&
		    u[i + 5] == 'M' && (nx = next_unless_lower(u, i + 6,
		    to)) > 0 && upper_at(u, nx, to) &&
		    lower_at(u, nx + 1, to)) {
			emit(sc, i + 6, nx);
			return i + 6;
		}
		return i + 1;
	case '>':
		/* The end of "<<attachment>>" or "<address@host>". */
		if (i + 1 < to && u[i + 1] == '>') {
			/* A list of attachments is one sentence. */
			if ((nx = next_unless_lower(u, i + 2, to)) > 0 &&
			    !(nx + 1 < to && u[nx] == '<' && u[nx + 1] == '<'))
				emit(sc, i + 2, nx);
			return i + 2;
		}
		for (k = i; k > sc->cur && i - k < 100 && u[k - 1] != '<' &&
		    u[k - 1] != ' '; k--)
			continue;
		if (k > sc->cur && u[k - 1] == '<' &&
		    memchr(u + k, '@', i - k) != NULL &&
		    (nx = next_unless_lower(u, i + 1, to)) > 0)
			emit(sc, i + 1, nx);
		return i + 1;
	}
	return i + 1;
}

/*
 * "Hi John," "Thanks," at the start of a paragraph, before a capital:
 * a greeting or closing set off by a comma is a sentence of its own.
 */
static void
greeting(struct scan *sc, size_t cs)
{
	const unsigned char *u = sc->u;
	size_t i, nx, lim;

	if (cs >= sc->b || !sc->ss->greet_first[u[cs]] ||
	    !(next_word_flags(sc->ss, u, cs, sc->b) & SENTSEG_GREET))
		return;
	lim = sc->b - cs < 40 ? sc->b : cs + 40;
	for (i = cs; i < lim && u[i] != ','; i++)
		continue;
	if (i < lim && words_between(u, cs, i) <= 3 &&
	    (nx = next_unless_lower(u, i + 1, sc->b)) > 0 &&
	    !pronoun_i(u, nx, sc->b))
		emit(sc, i + 1, nx);
}

typedef unsigned char v16 __attribute__((vector_size(16)));

/*
 * The first position from i on (before b) that may hold a character
 * the scanner stops at, sixteen bytes at a time: the bytes are compared
 * with each stop character at once (SSE2 on x86-64, NEON on ARM), and
 * the lowest set lane gives the position.
 */
static size_t
skip_plain(const unsigned char *u, size_t i, size_t b)
{
	uint64_t lo, hi;
	v16 x, m;

	while (i + 16 <= b) {
		memcpy(&x, u + i, 16);
		m = (v16)(x == '.') | (v16)(x == '!') | (v16)(x == '?') |
		    (v16)(x == 0xE2) | (v16)(x == ':') | (v16)(x == ';') |
		    (v16)(x == '=') | (v16)(x == '<') | (v16)(x == '>');
		memcpy(&lo, &m, 8);
		memcpy(&hi, (unsigned char *)&m + 8, 8);
		if (lo != 0)
			return i + (size_t)__builtin_ctzll(lo) / 8;
		if (hi != 0)
			return i + 8 + (size_t)__builtin_ctzll(hi) / 8;
		i += 16;
	}
	while (i < b && stopclass[u[i]] == 0)
		i++;
	return i;
}

/* Scan s[from..to) for clusters and bullets. */
static void
scan_range(struct scan *sc, size_t from, size_t to)
{
	const unsigned char *u = sc->u;
	size_t i = from, n, save_b = sc->b;

	/* Rules look no further than the end of this range. */
	sc->b = to;
	while (i < to) {
		if (stopclass[u[i]] == 0) {
			i = skip_plain(u, i + 1, to);
			continue;
		}
		if (stopclass[u[i]] == C_STOP) {
			i = cluster(sc, i);
			continue;
		}
		if (ellipsis_at(u, i, to)) {
			i = cluster(sc, i);
			continue;
		}
		if (stopclass[u[i]] == C_EMO) {
			i = mark(sc, i, to);
			continue;
		}
		if ((n = bullet_at(u, i, to)) > 0) {
			if (i > content_start(u, sc->cur, to) &&
			    space_before(u, sc->a, i))
				emit(sc, i, i);
			i += n;
			continue;
		}
		i++;
	}
	sc->b = save_b;
}

/*
 * A list marker at k: digits (up to 3) or one letter, then ".)" ")"
 * or ".", then a space.  Returns the marker's value (letters count
 * from 'a' or 'A' with base 1000/2000) and its style, or -1.
 */
static int
marker(const unsigned char *u, size_t k, size_t b, size_t *style)
{
	size_t j = k;
	int v = 0;

	if (digit_at(u, j, b)) {
		while (j < b && j - k < 3 && digit_at(u, j, b))
			v = v * 10 + (u[j++] - '0');
		if (digit_at(u, j, b))
			return -1;
	} else if (j < b && u[j] >= 'a' && u[j] <= 'z') {
		v = 1000 + (u[j++] - 'a');
	} else
		return -1;
	if (j + 1 < b && u[j] == '.' && u[j + 1] == ')')
		*style = 2;
	else if (j < b && u[j] == ')')
		*style = 1;
	else if (j < b && u[j] == '.')
		*style = 0;
	else
		return -1;
	j += *style == 2 ? 2 : 1;
	if (j >= b || para_space((const char *)u, j, b) == 0)
		return -1;
	return v;
}

/* Where the marker with value v and style st occurs next, or b. */
static size_t
find_marker(const unsigned char *u, size_t from, size_t b, int v, size_t st)
{
	size_t k, s;

	for (k = from; k < b; k++) {
		if (!space_before(u, from, k) || space_before(u, k, k + 1))
			continue;
		if (u[k] != (v >= 1000 ? 'a' + (v - 1000) : '0' + v % 10) &&
		    !(v < 1000 && digit_at(u, k, b)))
			continue;
		if (marker(u, k, b, &s) == v && s == st)
			return k;
	}
	return b;
}

void
sentseg_split(const struct sentseg *ss, const char *s, size_t off,
    size_t len, struct spans *out)
{
	struct scan sc;
	size_t cs, st, at, next;
	int v;

	out->n = 0;
	sc.ss = ss;
	sc.u = (const unsigned char *)s;
	sc.a = off;
	sc.b = off + len;
	sc.cur = off;
	sc.out = out;

	cs = content_start(sc.u, sc.cur, sc.b);
	greeting(&sc, cs);
	if (sc.cur != off)
		cs = content_start(sc.u, sc.cur, sc.b);
	v = marker(sc.u, cs, sc.b, &st);
	at = sc.cur;
	if (v >= 0) {
		/* A list: cut before each next marker in sequence. */
		while ((next = find_marker(sc.u, cs + 1, sc.b, ++v, st)) <
		    sc.b) {
			cs = next;
			/* A bullet before the marker goes with it. */
			while (next > at && space_before(sc.u, at, next))
				next--;
			if (next - at >= 3 && bullet_at(sc.u, next - 3, sc.b))
				next -= 3;
			else
				next = cs;
			scan_range(&sc, at, next);
			emit(&sc, next, next);
			at = next;
		}
	}
	scan_range(&sc, at, sc.b);
	emit(&sc, sc.b, sc.b);
}
