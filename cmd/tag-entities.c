/*
 * wire-tag-entities -- tag named entities in sentence records with a
 * trained sequence model, patterns for dates and amounts, gazetteers,
 * and a second look at the whole document.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "ner.h"
#include "out.h"
#include "rec.h"
#include "tok.h"
#include "wire.h"
#include "xalloc.h"

static const char help[] =
"usage: wire-tag-entities [-c] [-g file] [-m file] [-t types] [--skip-bad]\n"
"                         [file ...]\n"
"       wire-tag-entities --train file [--train file ...] [--dev file]\n"
"                         [--epochs n] [--seed n] [--runs n] [--prune w]\n"
"                         [--bits n] [-v] -o model\n"
"\n"
"Find people, organisations, places, dates and amounts in sentence records;\n"
"after each sentence, write one record per mention:\n"
"ID entity P S START END TYPE CANONICAL TEXT.\n"
"\n"
"  -c, --conll         CoNLL types: PER ORG LOC MISC (no dates or amounts)\n"
"  -g, --gazetteer F   add a gazetteer of name<TAB>TYPE lines (repeatable)\n"
"  -m, --model F       use the model F (default: ner.model in the data\n"
"                      directory, $WIRE_DATADIR if set)\n"
"  -t, --types LIST    write only these types (comma-separated)\n"
"      --skip-bad      skip malformed records (warn once) instead of failing\n"
"\n"
"Training (reads CoNLL files: token ... label per line, IOB1 or IOB2;\n"
"or JSON lines: {\"text\": ..., \"entities\": [[start, end, type], ...]}):\n"
"      --train F       train on F (repeatable); write the model to -o\n"
"      --dev F         choose the number of epochs by F1 on F\n"
"      --epochs N      train N epochs (default: best on --dev, up to 12)\n"
"      --seed N        shuffling seed (default 1)\n"
"      --runs N        save the mean of N runs (seeds seed, seed+1 ...)\n"
"                      (default 1)\n"
"      --prune W       leave out features whose weights are all below W\n"
"                      (default 0: none)\n"
"      --bits N        2^N feature rows (default 20)\n"
"  -o, --output F      write the trained model to F\n"
"  -v, --verbose       report progress on stderr\n"
"  -h, --help          show this help\n"
"      --version       show the version\n";

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [-c] [-g file] [-m file] [-t types] "
	    "[--skip-bad] [file ...]\n"
	    "       %s --train file [--dev file] [--epochs n] [--seed n] "
	    "[--runs n] [--prune w] [--bits n] [-v] -o model\n", getprogname(),
	    getprogname());
	exit(WIRE_USAGE);
}

/* Output selection. */
static int	 conll;
static unsigned	 want_types = ~0u;	/* bit per enum ner_type */
static int	 have_user_gaz;
static int	 fast = 1;

static struct ner_model *model;
static struct ner_gaz *gaz;

/*
 * The document buffer.  A document's records arrive together; they are
 * held until the next id or the end of input.  DOC_MAX bounds the
 * memory: a larger document is flushed in parts, each part looked at
 * on its own.
 */
#define DOC_MAX		(8u << 20)
/* Documents with more mentions get no document-level pass. */
#define DOC_MAXMENT	4000

struct drec {
	size_t		 raw, rawlen;	/* in arena */
	size_t		 text, textlen;	/* in arena (sentences) */
	long long	 para, sent;
	int		 kind;
	size_t		 tok0, ntok;	/* in toks */
	size_t		 ment0, nment;	/* in ments, after tagging */
};

struct ment {
	size_t		 rec;		/* index in recs */
	uint32_t	 start, end;	/* bytes in the sentence text */
	uint32_t	 t0, t1;	/* tokens [t0, t1) of the sentence */
	int		 type;
	int		 dropped;
	int		 titled;	/* after a person's title: a person */
	size_t		 canon, canonlen; /* in arena; canonlen 0: surface */
};

static struct buf arena = BUF_INIT;
static struct buf docid = BUF_INIT;
static struct drec *recs;
static size_t nrecs, caprecs;
static struct tok *toks;
static size_t ntoks, captoks;
static struct ment *ments;
static size_t nments, capments;
static uint8_t *covered;	/* tokens of a record's mentions */
static size_t capcovered;

static struct tok_list tl = TOK_LIST_INIT;
static struct ner_sent ns;
static struct ner_span *spans;
static size_t nspans, capspans;

static const char *
A(size_t off)
{
	return arena.data + off;
}

static void
add_ment(size_t rec, uint32_t start, uint32_t end, uint32_t t0, uint32_t t1,
    int type)
{
	struct ment *m;

	if (nments == capments) {
		capments = capments ? capments * 2 : 256;
		ments = xreallocarray(ments, capments, sizeof(*ments));
	}
	m = &ments[nments++];
	memset(m, 0, sizeof(*m));
	m->rec = rec;
	m->start = start;
	m->end = end;
	m->t0 = t0;
	m->t1 = t1;
	m->type = type;
}

/* Token k of record r, as a pointer and length. */
static const char *
tokstr(const struct drec *r, size_t k, size_t *len)
{
	const struct tok *t = &toks[r->tok0 + k];

	*len = t->end - t->start;
	return A(r->text) + t->start;
}

static int
word_in(const char *s, size_t len, const char *const *list)
{
	for (; *list != NULL; list++)
		if ((*list)[0] == s[0] && strlen(*list) == len &&
		    memcmp(*list, s, len) == 0)
			return 1;
	return 0;
}

/* Is token k of s the word w? */
static int
word_is(const struct ner_sent *s, size_t k, const char *w)
{
	return k < s->n && s->wl[k] == strlen(w) &&
	    memcmp(s->w[k], w, s->wl[k]) == 0;
}

/* Is token k of s one of the words of list? */
static int
token_in(const struct ner_sent *s, size_t k, const char *const *list)
{
	return k < s->n && word_in(s->w[k], s->wl[k], list);
}

/* The end of the model's mention that starts at token i (a B or a U). */
static size_t
mention_end(const struct ner_sent *s, size_t i, size_t n)
{
	size_t j = i + 1;

	if (NER_LPOS(s->pred[i]) == NER_B)
		while (j < n && s->pred[j - 1] != NER_O &&
		    NER_LPOS(s->pred[j - 1]) != NER_L)
			j++;
	return j;
}

static const char *const natural[] = {
	"River", "Sea", "Ocean", "Lake", "Lakes", "Mountains", "Mount", "Mt.",
	"Gulf", "Bay", "Island", "Islands", "Valley", "Peninsula", "Desert",
	"Strait", "Straits", "Channel", "Coast", "Basin", "Plateau", "Hills",
	"Forest", "Range", "Glacier", "Falls", "Delta", NULL
};
static const char *const facility[] = {
	"Airport", "Stadium", "Bridge", "Street", "Avenue", "Square",
	"Palace", "Hospital", "Station", "Prison", "Tower", "Park", "Road",
	"Arena", "Centre", "Center", "Hall", "Building", "Cathedral",
	"Church", "Mosque", "Temple", "Museum", "Highway", "Tunnel", "Dam",
	"Port", "Harbour", "Harbor", "Gate", "Garden", "Gardens", NULL
};
static const char *const eventw[] = {
	"War", "Cup", "Olympics", "Games", "Championship", "Championships",
	"Open", "Prix", "Tour", "Series", "Festival", "Summit", "Olympic",
	"Marathon", "Rally", "Classic", "Trophy", "Masters", "Revolution",
	"Conference", "Election", "Elections", "Derby", "Grand", NULL
};

/* Words that make a name an event whatever the model typed it as. */
static const char *const event_heads[] = {
	"War", "Wars", "Revolution", "Rebellion", "Uprising", "Offensive",
	"Crusade", "Massacre", NULL
};
static const char *const event_starts[] = {
	"Battle", "Siege", "Invasion", "Sack", "Massacre", NULL
};

/*
 * "Battle of Gettysburg", "Siege of Petersburg", "Bangladesh Liberation
 * War": an event, though its words are a place's or a people's.
 */
static int
event_name(const struct drec *r, uint32_t t0, uint32_t t1)
{
	const char *w;
	size_t len;

	w = tokstr(r, t1 - 1, &len);
	if (t1 - t0 >= 2 && word_in(w, len, event_heads))
		return 1;
	w = tokstr(r, t0, &len);
	if (t1 - t0 >= 3 && word_in(w, len, event_starts)) {
		w = tokstr(r, t0 + 1, &len);
		return len == 2 && memcmp(w, "of", 2) == 0;
	}
	return 0;
}

static int
is_quote(const char *s, size_t len)
{
	return (len == 1 && s[0] == '"') || (len == 3 &&
	    (memcmp(s, "\xe2\x80\x9c", 3) == 0 ||
	    memcmp(s, "\xe2\x80\x9d", 3) == 0));
}

/*
 * Is the mention of tokens [t0, t1) all that stands between double
 * quotes?  Then it names a song, a film, a book or a ship, not its
 * namesake: the "Hunter" of a track list is no person.  A sender's
 * name quoted before an address ("Julie" <julie@...>) is not a title.
 */
static int
quoted_title(const struct drec *r, uint32_t t0, uint32_t t1)
{
	const char *a, *z;
	size_t al, zl;

	if (t0 == 0 || t1 >= r->ntok)
		return 0;
	a = tokstr(r, t0 - 1, &al);
	z = tokstr(r, t1, &zl);
	if (!is_quote(a, al) || !is_quote(z, zl))
		return 0;
	if (t1 + 1 < r->ntok && *tokstr(r, t1 + 1, &zl) == '<')
		return 0;
	return 1;
}

/* The finer type of a model mention of coarse type ct. */
static int
fine_type(const struct drec *r, uint32_t t0, uint32_t t1, int ct)
{
	const char *w[NER_GAZ_MAXLEN], *last, *first;
	size_t wl[NER_GAZ_MAXLEN], ll, fl, k, n = t1 - t0;
	enum ner_type gt;
	int user;

	if (ct != NER_MISC && quoted_title(r, t0, t1))
		return T_MISC;
	if (n <= NER_GAZ_MAXLEN) {
		for (k = 0; k < n; k++)
			w[k] = tokstr(r, t0 + k, &wl[k]);
		if (ner_gaz_find(gaz, w, wl, n, &gt, &user) &&
		    (user || (int)ner_type_coarse(gt) == ct))
			return gt;
	}
	last = tokstr(r, t1 - 1, &ll);
	first = tokstr(r, t0, &fl);
	if (ct != NER_MISC && event_name(r, t0, t1))
		return T_EVENT;
	switch (ct) {
	case NER_PER:
		return T_PERSON;
	case NER_ORG:
		return T_ORG;
	case NER_LOC:
		if (word_in(last, ll, natural) || word_in(first, fl, natural))
			return T_LOC;
		if (n > 1 && word_in(last, ll, facility))
			return T_FAC;
		return T_GPE;
	default:
		/* Plural demonyms: "Americans" when "American" is listed. */
		if (n == 1 && ll > 2 && last[ll - 1] == 's') {
			w[0] = last;
			wl[0] = ll - 1;
			if (ner_gaz_find(gaz, w, wl, 1, &gt, NULL) &&
			    gt == T_NORP)
				return T_NORP;
		}
		for (k = 0; k < n; k++) {
			first = tokstr(r, t0 + k, &fl);
			if (word_in(first, fl, eventw))
				return T_EVENT;
		}
		return T_MISC;
	}
}

static const char *const units[] = {
	"Army", "Artillery", "Battalion", "Brigade", "Cavalry", "Corps",
	"Division", "Fleet", "Group", "Infantry", "Regiment", "Squadron",
	"Wing", NULL
};

/*
 * Does the ORG mention of tokens [i, j) name a military unit whose
 * number comes before it ("65th Air Division", "102d Regiment")?  The
 * number is the name's first word.
 */
static int
numbered_unit(const struct ner_sent *s, size_t i, size_t j)
{
	const char *w = s->w[i - 1];
	size_t k, len = s->wl[i - 1];

	if (!word_in(s->w[j - 1], s->wl[j - 1], units))
		return 0;
	for (k = 0; k < len && w[k] >= '0' && w[k] <= '9'; k++)
		;
	if (k == 0 || k > 4)
		return 0;
	return k == len || (len - k == 2 && (memcmp(w + k, "st", 2) == 0 ||
	    memcmp(w + k, "nd", 2) == 0 || memcmp(w + k, "rd", 2) == 0 ||
	    memcmp(w + k, "th", 2) == 0)) || (len - k == 1 && w[k] == 'd');
}

/* Last words of the names of organisations. */
static const char *const org_heads[] = {
	"Academy", "Affiliation", "Agency", "Airline", "Airlines", "Army",
	"Assembly", "Association", "Authority", "Bank", "Battalion", "Board",
	"Brigade", "Broadcasting", "Bureau", "Church", "Club", "College",
	"Commission", "Committee", "Communications", "Company",
	"Confederation", "Conference", "Congress", "Corp", "Corp.",
	"Corporation", "Corps", "Council", "Court", "Department", "District",
	"Division", "Federation", "Fleet", "Foundation", "Fund", "Gazette",
	"Government", "Group", "Herald", "Hospital", "Industries",
	"Institute", "Journal", "League", "Lines", "Magazine", "Media",
	"Ministry", "Motors", "Movement", "Museum", "Navy", "Network", "News",
	"Office", "Organisation", "Organization", "Parliament", "Party",
	"Post", "Press", "Radio", "Railroad", "Railway", "Records",
	"Regiment", "School", "Senate", "Service", "Services", "Society",
	"Squadron", "Studios", "Systems", "Team", "Technologies",
	"Television", "Times", "Trust", "Union", "University", "Works", NULL
};

/* A capitalised word with lower-case letters: "Cycling", not "NCAA". */
static int
title_case(const char *w, size_t len)
{
	size_t k;

	if (len < 2 || w[0] < 'A' || w[0] > 'Z')
		return 0;
	for (k = 1; k < len; k++)
		if (w[k] >= 'a' && w[k] <= 'z')
			return 1;
	return 0;
}

/*
 * Is the sentence a headline in title case, with no word of four
 * letters or more in lower case?  Its capitals say nothing of where
 * names end.
 */
static int
title_case_sentence(const struct ner_sent *s)
{
	size_t k;

	for (k = 0; k < s->n; k++)
		if (s->wl[k] >= 4 && s->w[k][0] >= 'a' && s->w[k][0] <= 'z')
			return 0;
	return 1;
}

/*
 * Where does the name end that the mention ending at token j begins, if
 * the capitalised words the model left out after it end in a word such
 * as League or Museum, an organisation's ("Brazilian" Cycling
 * Confederation, "Dover" Area School District), or War or Revolution,
 * an event's ("Bangladesh" Liberation War, a MISC that fine_type makes
 * an EVENT)?  Sets *ct to the name's type; j if there is none.
 */
static size_t
name_end(const struct ner_sent *s, size_t j, size_t n, int *ct)
{
	size_t k, end = j;

	for (k = j; k < n && s->pred[k] == NER_O &&
	    title_case(s->w[k], s->wl[k]); k++)
		if (word_in(s->w[k], s->wl[k], org_heads)) {
			end = k + 1;
			*ct = NER_ORG;
		} else if (word_in(s->w[k], s->wl[k], event_heads)) {
			end = k + 1;
			*ct = NER_MISC;
		}
	return end;
}

/*
 * Public bodies, whose names go on with "of" and a place or a field; a
 * company's "of" names where it is ("Kia Motor Corp" of South Korea).
 */
static const char *const bodies[] = {
	"Academy", "Agency", "Army", "Association", "Authority", "Board",
	"Bureau", "Church", "College", "Commission", "Committee", "Corps",
	"Council", "Court", "Department", "Division", "Federation",
	"Institute", "League", "Ministry", "Museum", "Office",
	"Organisation", "Organization", "Party", "School", "Society", "Union",
	"University", NULL
};

/*
 * Where does the name of a public body end whose mention ends at token
 * j, if "of" or "for" (with "the" or not) and a name follow ("New Jersey
 * Department" of Public Safety, "Liberal Party" of Nova Scotia,
 * "Committee" for the Peaceful Reunification of Korea)?  The next
 * mention, or the capitalised words the model left out, are part of it,
 * and a name after those and "of" too.  j if not.
 */
static size_t
org_of_end(const struct ner_sent *s, size_t j, size_t n)
{
	/* Bodies named for a cause: one plays for a league. */
	static const char *const causes[] = {
		"Agency", "Association", "Commission", "Committee", "Council",
		"Foundation", "Institute", "Office", "Society", NULL
	};
	size_t k, start, round;
	int cause;

	if (!word_in(s->w[j - 1], s->wl[j - 1], bodies))
		return j;
	cause = word_in(s->w[j - 1], s->wl[j - 1], causes);
	for (round = 0; round < 2; round++) {
		if (!word_is(s, j, "of") &&
		    (round > 0 || !cause || !word_is(s, j, "for")))
			break;
		start = word_is(s, j + 1, "the") ? j + 2 : j + 1;
		if (start >= n)
			break;
		if (s->pred[start] != NER_O) {
			if (NER_LPOS(s->pred[start]) == NER_B ||
			    NER_LPOS(s->pred[start]) == NER_U)
				j = mention_end(s, start, n);
			break;
		}
		for (k = start; k < n && s->pred[k] == NER_O &&
		    title_case(s->w[k], s->wl[k]); k++)
			;
		if (k == start)
			break;
		j = k;
	}
	return j;
}

/*
 * The possessive that follows a listed place at the start of the
 * mention of tokens [i, j) ("the North's Committee for ..."): the place
 * is a name of its own, the organisation's name begins after it.  Its
 * index, or i if there is none.
 */
static size_t
place_owner(const struct ner_sent *s, size_t i, size_t j, enum ner_type *gt)
{
	size_t k;

	for (k = i + 1; k + 1 < j && k - i <= NER_GAZ_MAXLEN; k++)
		if (word_is(s, k, "'s"))
			return ner_gaz_find(gaz, (const char *const *)s->w + i,
			    s->wl + i, k - i, gt, NULL) &&
			    (*gt == T_GPE || *gt == T_LOC) ? k : i;
	return i;
}

/*
 * Nouns that say what a name is, in "X is a village", "X, an American
 * rapper": a place, a person or an organisation.
 */
static const char *const place_nouns[] = {
	"borough", "capital", "city", "commune", "country", "county",
	"district", "hamlet", "island", "lake", "locality", "mountain",
	"municipality", "neighborhood", "neighbourhood", "parish",
	"peninsula", "port", "province", "region", "river", "settlement",
	"suburb", "town", "township", "valley", "village", NULL
};
static const char *const person_nouns[] = {
	"activist", "actor", "actress", "architect", "artist", "athlete",
	"author", "bassist", "biologist", "bishop", "boxer", "businessman",
	"businesswoman", "chemist", "coach", "comedian", "composer",
	"cyclist", "dancer", "designer", "diplomat", "director", "doctor",
	"drummer", "economist", "engineer", "entrepreneur", "footballer",
	"guitarist", "historian", "inventor", "journalist", "king", "lawyer",
	"manager", "mathematician", "model", "musician", "novelist",
	"officer", "painter", "philosopher", "photographer", "physician",
	"physicist", "player", "poet", "politician", "priest", "prince",
	"princess", "producer", "professor", "queen", "rapper", "scientist",
	"singer", "soldier", "swimmer", "vocalist", "wrestler", "writer",
	NULL
};
static const char *const org_nouns[] = {
	"agency", "airline", "association", "band", "brand", "chain",
	"channel", "charity", "club", "college", "company", "corporation",
	"firm", "foundation", "group", "institute", "label", "league",
	"magazine", "manufacturer", "network", "newspaper", "organisation",
	"organization", "party", "publisher", "retailer", "school", "society",
	"station", "studio", "team", "union", "university", NULL
};

/* The coarse type a noun of the lists above gives a name, or -1. */
static int
noun_type(const char *w, size_t len)
{
	if (word_in(w, len, place_nouns))
		return NER_LOC;
	if (word_in(w, len, person_nouns))
		return NER_PER;
	if (word_in(w, len, org_nouns))
		return NER_ORG;
	return -1;
}

/*
 * The type the words around the mention of tokens [i, j), of coarse
 * type ct, give it.  "the town of X" is a place; "X is a small
 * village", "X was a kitplane manufacturer" of a sentence's subject, "X,
 * an American rapper" anywhere: the type of the first of the next five
 * words that is a noun of the lists (the last of a run of them: "a
 * village and commune"), before a comma, "of", "in" or a relative
 * pronoun ends the description.  Else a person or an organisation just
 * before the name ("the band Deadsy", "writer X") tells, unless the
 * model found a MISC; else ct.
 */
static int
described_type(const struct ner_sent *s, size_t i, size_t j, int ct)
{
	static const char *const stops[] = {
		",", ".", "of", "in", "and", "who", "which", "that", NULL
	};
	static const char *const articles[] = { "a", "an", NULL };
	static const char *const copulas[] = {
		"is", "was", "are", "were", NULL
	};
	size_t k;
	int t;

	if (i >= 2 && word_is(s, i - 1, "of") &&
	    noun_type(s->w[i - 2], s->wl[i - 2]) == NER_LOC)
		return NER_LOC;
	k = s->n;
	if (token_in(s, j + 1, articles) && (word_is(s, j, ",") ||
	    ((i == 0 || (i == 1 && word_is(s, 0, "The"))) &&
	    token_in(s, j, copulas))))
		k = j + 2;
	for (; k < s->n && k < j + 7; k++) {
		if ((t = noun_type(s->w[k], s->wl[k])) >= 0) {
			if (k + 1 < s->n && k + 1 < j + 7 &&
			    noun_type(s->w[k + 1], s->wl[k + 1]) >= 0)
				continue;
			return t;
		}
		if (word_in(s->w[k], s->wl[k], stops))
			break;
	}
	if (i >= 1 && ct != NER_MISC && (t = noun_type(s->w[i - 1],
	    s->wl[i - 1])) >= 0 && t != NER_LOC)
		return t;
	return ct;
}

/*
 * Is the mention of tokens [i, j) of the chunk from record token c0 a
 * listed place that follows a place mention (from index m0 on) and a
 * comma, with nothing after it but punctuation ("Grantham,
 * Lincolnshire, England")?  A town is named so by its county or state,
 * whose name alone may have been a club's in the training text.
 */
static int
place_after_place(const struct ner_sent *s, size_t i, size_t j, size_t c0,
    size_t m0)
{
	static const char *const closers[] = { ",", ".", "(", ")", NULL };
	const struct ment *prev;
	enum ner_type gt;

	if (nments == m0 || i == 0 || !word_is(s, i - 1, ",") ||
	    (j < s->n && !token_in(s, j, closers)))
		return 0;
	prev = &ments[nments - 1];
	if (prev->t1 + 1 != c0 + i || ner_type_coarse(prev->type) != NER_LOC)
		return 0;
	return ner_gaz_find(gaz, (const char *const *)s->w + i, s->wl + i,
	    j - i, &gt, NULL) && (gt == T_GPE || gt == T_LOC);
}

/*
 * Is the person mention of tokens [i, j) followed by a comma and a listed
 * place with nothing after it but punctuation ("Debden, England, 4 June
 * 1943")?  Then it is a place the country or state locates, unless a
 * comma before it makes it an item of a list ("Breen, Staunton, Irwin").
 */
static int
place_before_place(const struct ner_sent *s, size_t i, size_t j, size_t n)
{
	static const char *const closers[] = { ",", ".", ";", ")", NULL };
	enum ner_type gt;
	size_t e;

	if ((i > 0 && word_is(s, i - 1, ",")) || j + 1 >= n ||
	    !word_is(s, j, ",") || s->pred[j + 1] == NER_O ||
	    NER_LTYPE(s->pred[j + 1]) != NER_LOC ||
	    NER_LPOS(s->pred[j + 1]) == NER_I ||
	    NER_LPOS(s->pred[j + 1]) == NER_L)
		return 0;
	e = mention_end(s, j + 1, n);
	if ((e < n && !token_in(s, e, closers)) ||
	    e - j - 1 > NER_GAZ_MAXLEN)
		return 0;
	return ner_gaz_find(gaz, (const char *const *)s->w + j + 1,
	    s->wl + j + 1, e - j - 1, &gt, NULL) &&
	    (gt == T_GPE || gt == T_LOC);
}

/* Last words of the names of prizes, charts and contests (MISC). */
static const char *const prizes[] = {
	"Award", "Awards", "Championship", "Championships", "Chart",
	"Classic", "Cup", "Festival", "Games", "Marathon", "Medal",
	"Olympics", "Open", "Prize", "Series", "Tournament", "Trophy", NULL
};

/*
 * Is the mention of tokens [i, j) a listed place, none of whose words is
 * a given or a family name?  The model, from the sports pages it was
 * trained on, sometimes takes a city alone for a person ("the train,
 * which left Philadelphia at 5:40").
 */
static int
listed_place(const struct ner_sent *s, size_t i, size_t j)
{
	enum ner_type gt;
	size_t k;

	if (j - i > NER_GAZ_MAXLEN)
		return 0;
	for (k = i; k < j; k++)
		if (s->lex[k] & (NER_LEX_GIVEN | NER_LEX_FAMILY))
			return 0;
	return ner_gaz_find(gaz, (const char *const *)s->w + i, s->wl + i,
	    j - i, &gt, NULL) && (gt == T_GPE || gt == T_LOC);
}

/*
 * Is w a model designation, a short code in capitals, a hyphen and a
 * number ("F-86", "MiG-21", "AK-47", "CH-53E")?  A name that starts with
 * one is an aircraft's, a weapon's or an index's (MISC), not the
 * maker's or the place's its other words are.
 */
static int
designation(const char *w, size_t len)
{
	size_t k, d;

	if (len < 3 || w[0] < 'A' || w[0] > 'Z')
		return 0;
	for (k = 1; k < len && k < 4 && ((w[k] >= 'A' && w[k] <= 'Z') ||
	    (w[k] >= 'a' && w[k] <= 'z')); k++)
		;
	if (k == len || w[k] != '-')
		return 0;
	for (d = ++k; k < len && w[k] >= '0' && w[k] <= '9'; k++)
		;
	if (k == d)
		return 0;
	return k == len || (k + 1 == len && ((w[k] >= 'A' && w[k] <= 'Z') ||
	    (w[k] >= 'a' && w[k] <= 'z')));
}

/*
 * Is w "Re" and an ordinary word of six letters or more, in lower case
 * ("Redesignated", "Reorganized"), which the dictionary, without
 * such derived words, does not know?
 */
static int
redone_word(const char *w, size_t len)
{
	size_t k;

	if (len < 8 || w[0] != 'R' || w[1] != 'e')
		return 0;
	for (k = 2; k < len; k++)
		if (w[k] < 'a' || w[k] > 'z')
			return 0;
	return (ner_gaz_lex(gaz, w + 2, len - 2) &
	    (NER_LEX_LOWER | NER_LEX_CAP)) == NER_LEX_LOWER;
}

/*
 * Is the one-word mention at token i an ordinary word the model took
 * for a name: a dictionary word known only in lower case, in no
 * gazetteer, either first in its sentence (or after an opening quote or
 * bracket) or written in capitals in a sentence that is not?  ("Best
 * regards", "Hope this helps", "the BEST photographer")
 */
static int
common_word(const struct ner_sent *s, size_t i)
{
	const char *w = s->w[i];
	size_t k, len = s->wl[i];
	int caps = 1, head = 1;

	if (i == 0 && s->lex[i] == 0 && s->gaz[i] == 0 &&
	    redone_word(w, len))
		return 1;
	if ((s->lex[i] & (NER_LEX_LOWER | NER_LEX_CAP)) != NER_LEX_LOWER ||
	    s->gaz[i] != 0)
		return 0;
	if (i == 0 || (s->wl[i - 1] == 1 && strchr("\"'(`[", s->w[i - 1][0])))
		return 1;
	for (k = 0; k < len; k++)
		if (w[k] >= 'a' && w[k] <= 'z')
			caps = 0;
	if (!caps || len < 3)
		return 0;
	for (k = 0; k < s->n && head; k++)
		if (s->wl[k] > 1 && s->w[k][1] >= 'a' && s->w[k][1] <= 'z')
			head = 0;
	return !head;
}

/* Does [a, b) overlap a mention of record rec from index m0 on? */
static int
overlaps(size_t m0, uint32_t a, uint32_t b)
{
	size_t k;

	for (k = m0; k < nments; k++)
		if (!ments[k].dropped && a < ments[k].end &&
		    ments[k].start < b)
			return 1;
	return 0;
}

/* Does a mention from m0 on overlap [a, b) without lying inside it? */
static int
overlaps_outside(size_t m0, uint32_t a, uint32_t b)
{
	size_t k;

	for (k = m0; k < nments; k++)
		if (!ments[k].dropped && a < ments[k].end &&
		    ments[k].start < b &&
		    (ments[k].start < a || ments[k].end > b))
			return 1;
	return 0;
}

static int
is_cap(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];

	return len > 0 && ((c >= 'A' && c <= 'Z') || c >= 0xc0);
}

/*
 * Is token i a capitalised plural of an ordinary word after a
 * lower-case "the", with no capitalised word after it ("for the
 * Falcons", "by the Pirates")?  Mid-sentence, such a word names a team,
 * a band or a party; a place or a people would be in the word lists.
 */
static int
plural_name(const char *text, const struct tok_list *t, size_t i)
{
	const char *p = text + t->t[i].start, *q;
	size_t len = t->t[i].end - t->t[i].start;

	if (i == 0 || len < 4 || p[0] < 'A' || p[0] > 'Z' ||
	    p[len - 1] != 's' || p[len - 2] == 's' || p[len - 2] == '\'')
		return 0;
	q = text + t->t[i - 1].start;
	if (t->t[i - 1].end - t->t[i - 1].start != 3 ||
	    memcmp(q, "the", 3) != 0)
		return 0;
	if (i + 1 < t->n && is_cap(text + t->t[i + 1].start,
	    t->t[i + 1].end - t->t[i + 1].start))
		return 0;
	for (q = p + 1; q < p + len; q++)
		if (*q < 'a' || *q > 'z')
			return 0;
	return (ner_gaz_lex(gaz, p, len) & NER_LEX_LOWER) ||
	    (ner_gaz_lex(gaz, p, len - 1) & NER_LEX_LOWER);
}

/*
 * Is the text between two mentions only what separates the items of a
 * list: a comma, "and", ", and", "&", "/" or ";"?
 */
static int
list_gap(const char *p, const char *q)
{
	static const char *const seps[] = {
		",", "and", ", and", "&", "/", ";", NULL
	};
	const char *const *sp;

	while (p < q && *p == ' ')
		p++;
	while (q > p && q[-1] == ' ')
		q--;
	for (sp = seps; *sp != NULL; sp++)
		if ((size_t)(q - p) == strlen(*sp) &&
		    memcmp(p, *sp, (size_t)(q - p)) == 0)
			return 1;
	return 0;
}

/*
 * Should mention m keep its coarse type ct in a list whose other items
 * are mostly of type lt?  Yes if the word lists give it that type
 * itself ("US" among "EU" and "IAEA"), unless the list is of people and
 * its words are family names as well ("Staunton" among players).
 */
static int
keeps_type(const struct drec *r, const struct ment *m, int ct, int lt)
{
	const char *w[NER_GAZ_MAXLEN];
	size_t wl[NER_GAZ_MAXLEN], k, n = m->t1 - m->t0;
	enum ner_type gt;
	int user, family = 1;

	if (n > NER_GAZ_MAXLEN)
		return 0;
	for (k = 0; k < n; k++) {
		w[k] = tokstr(r, m->t0 + k, &wl[k]);
		if (!(ner_gaz_lex(gaz, w[k], wl[k]) & NER_LEX_FAMILY))
			family = 0;
	}
	if (!ner_gaz_find(gaz, w, wl, n, &gt, &user))
		return 0;
	if (user)
		return 1;
	return (int)ner_type_coarse(gt) == ct && !(lt == NER_PER && family);
}

/*
 * In a list of three or more names ("Justin Timberlake, Gwen Stefani,
 * Kanye West"), the items are of one kind: when two thirds or more of
 * them have one type of person, organisation or place, the others take
 * it.  The model types each from its own few words, and a rare name
 * from its last word ("West").  Mentions from m0 on, in order.
 */
static void
list_types(size_t ri, size_t m0)
{
	const struct drec *r = &recs[ri];
	const char *text = A(r->text);
	size_t a, b, k, count[3];
	int ct, lt;

	for (a = m0; a < nments; a = b) {
		memset(count, 0, sizeof(count));
		for (b = a; b < nments; b++) {
			ct = (int)ner_type_coarse(ments[b].type);
			if (ct != NER_PER && ct != NER_ORG && ct != NER_LOC)
				break;
			if (b > a && !list_gap(text + ments[b - 1].end,
			    text + ments[b].start))
				break;
			count[ct == NER_PER ? 0 : ct == NER_ORG ? 1 : 2]++;
		}
		if (b == a)
			b++;
		if (b - a < 3)
			continue;
		for (lt = -1, k = 0; k < 3; k++)
			if (count[k] < b - a && 3 * count[k] >= 2 * (b - a))
				lt = k == 0 ? NER_PER : k == 1 ? NER_ORG :
				    NER_LOC;
		if (lt < 0)
			continue;
		for (k = a; k < b; k++) {
			ct = (int)ner_type_coarse(ments[k].type);
			if (ct != lt && !keeps_type(r, &ments[k], ct, lt))
				ments[k].type = fine_type(r, ments[k].t0,
				    ments[k].t1, lt);
		}
	}
}

/*
 * A regnal number after a person's name ("Eberhard Faber V"): II to
 * XVIII, or I before punctuation, where it cannot be the pronoun.
 */
static int
regnal(const struct ner_sent *s, size_t j)
{
	static const char *const numerals[] = {
		"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
		"XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", NULL
	};
	static const char *const punct[] = {
		",", ".", ";", ":", "(", ")", NULL
	};

	if (token_in(s, j, numerals))
		return 1;
	return word_is(s, j, "I") && (j + 1 == s->n ||
	    token_in(s, j + 1, punct));
}

/*
 * Is token j a syllable of a name the model cut short ("Kim Jong" Un,
 * "Kim Dae" Jung): a word of two to four letters in title case, no
 * English word of the kind a title-case headline has, and no capital
 * after it?
 */
static int
name_syllable(const struct ner_sent *s, size_t j)
{
	static const char *const small[] = {
		"An", "And", "Are", "As", "At", "Be", "But", "By", "Do", "For",
		"From", "Go", "Has", "Had", "He", "Her", "His", "If", "In",
		"Into", "Is", "It", "Its", "Me", "My", "New", "No", "Not",
		"Now", "Of", "Off", "On", "Or", "Our", "Out", "Over", "So",
		"The", "To", "Up", "Us", "Was", "We", "Who", "Why", "With",
		"Yet", "You", NULL
	};
	const char *w = s->w[j];
	size_t k, len = s->wl[j];

	if (len < 2 || len > 4 || w[0] < 'A' || w[0] > 'Z' ||
	    token_in(s, j, small) ||
	    (j + 1 < s->n && is_cap(s->w[j + 1], s->wl[j + 1])))
		return 0;
	for (k = 1; k < len; k++)
		if (w[k] < 'a' || w[k] > 'z')
			return 0;
	return 1;
}

/* Is token i of t, in text, the word w? */
static int
tok_is(const char *text, const struct tok_list *t, size_t i, const char *w)
{
	size_t len = t->t[i].end - t->t[i].start;

	return len == strlen(w) && memcmp(text + t->t[i].start, w, len) == 0;
}

/* A capitalised word of two letters or more: a name's ("Eels", "NOK"). */
static int
cap_word(const char *text, const struct tok_list *t, size_t i)
{
	return t->t[i].end - t->t[i].start >= 2 &&
	    is_cap(text + t->t[i].start, t->t[i].end - t->t[i].start);
}

/*
 * Where does the name end that follows token i if token i is "band" or
 * "label" ("the punk band Killing Joke", "the label Food", "a band
 * called "Squirrell"")?  The capitalised words after it, with "of",
 * "to" or "the" between two of them, are a band's or a record label's
 * name.  Sets *start to its first token; returns i + 1 if there is none.
 */
static size_t
named_band(const char *text, const struct tok_list *t, size_t i,
    size_t *start)
{
	static const char *const joins[] = { "of", "to", "the", NULL };
	const char *const *p;
	size_t k;

	if (!tok_is(text, t, i, "band") && !tok_is(text, t, i, "label"))
		return i + 1;
	for (k = i + 1; k < t->n && (tok_is(text, t, k, ",") ||
	    tok_is(text, t, k, "called") || tok_is(text, t, k, "named") ||
	    tok_is(text, t, k, "\"")); k++)
		;
	*start = k;
	while (k < t->n) {
		if (cap_word(text, t, k)) {
			k++;
			continue;
		}
		for (p = joins; *p != NULL && !tok_is(text, t, k, *p); p++)
			;
		if (*p == NULL || k == *start || k + 1 >= t->n ||
		    !cap_word(text, t, k + 1))
			break;
		k++;
	}
	return k > *start ? k : i + 1;
}

/*
 * Last words that make capitalised words before them an organisation's
 * name, of whatever type the model thought it, or where it saw none:
 * org_heads without the words that also end ordinary phrases in
 * capitals ("Great Service", "World Group", "Post Office"), or a
 * country's name ("Russian Federation"), and without those of a
 * railway, which is a line (a place) as often as a company.
 */
static const char *const org_ends[] = {
	"Academy", "Assembly", "Association", "Battalion", "Brigade",
	"Brotherhood", "College", "Command", "Commission", "Committee",
	"Company", "Corporation", "Corps", "Council", "Department",
	"Entertainment", "Forces", "Foundation", "Institute",
	"Laboratory", "League", "Ministry", "Museum", "Party", "Publishing",
	"Recordings", "Records", "Regiment", "School", "Society", "Squadron",
	"University", NULL
};

/*
 * Is the record a headline in title case, with no word of four letters
 * or more in lower case?  (title_case_sentence for a whole record.)
 */
static int
headline(const char *text, const struct tok_list *t)
{
	size_t k;

	for (k = 0; k < t->n; k++)
		if (t->t[k].end - t->t[k].start >= 4 &&
		    text[t->t[k].start] >= 'a' && text[t->t[k].start] <= 'z')
			return 0;
	return 1;
}

/*
 * Where does the organisation's name end that starts at token i, if
 * capitalised words from there (with "of", "the", "for" or "&" between
 * two of them) end in a word of org_ends ("Cold Spring Harbor
 * Laboratory", "Aftermath Records", "The League" at a sentence's
 * start)?  A word of a mention (covered) ends the run.  Sets *start to
 * the name's first token (after "The") and *stop to where the run of
 * capitalised words ends; returns i if there is no name.
 */
static size_t
org_run(const char *text, const struct tok_list *t, const uint8_t *cov,
    size_t i, size_t *start, size_t *stop)
{
	static const char *const joins[] = { "of", "the", "for", "&", NULL };
	const char *const *p;
	size_t k, end = i;

	for (k = i; k < t->n && !cov[k]; k++) {
		if (cap_word(text, t, k)) {
			if (k > i && word_in(text + t->t[k].start,
			    t->t[k].end - t->t[k].start, org_ends))
				end = k + 1;
			continue;
		}
		for (p = joins; *p != NULL && !tok_is(text, t, k, *p); p++)
			;
		if (*p == NULL || k == i || k + 1 >= t->n ||
		    !cap_word(text, t, k + 1))
			break;
	}
	*start = tok_is(text, t, i, "The") ? i + 1 : i;
	*stop = k > i ? k : i + 1;
	return end;
}

/* Marks in covered the tokens of the record's mentions from m0 on. */
static void
cover(size_t ntok, size_t m0)
{
	if (ntok > capcovered) {
		capcovered = ntok;
		covered = xreallocarray(covered, capcovered, 1);
	}
	if (ntok > 0)
		memset(covered, 0, ntok);
	for (; m0 < nments; m0++)
		if (!ments[m0].dropped)
			memset(covered + ments[m0].t0, 1,
			    ments[m0].t1 - ments[m0].t0);
}

/*
 * Is w words of the dictionary joined by hyphens ("south-west"), an
 * ordinary word though a place may be named so ("South-West")?
 */
static int
ordinary_compound(const char *w, size_t len)
{
	const char *p, *q, *end = w + len;

	if (memchr(w, '-', len) == NULL)
		return 0;
	for (p = w; p < end; p = q + 1) {
		if ((q = memchr(p, '-', (size_t)(end - p))) == NULL)
			q = end;
		if (q == p || !(ner_gaz_lex(gaz, p, (size_t)(q - p)) &
		    NER_LEX_LOWER))
			return 0;
	}
	return 1;
}

/* Tag one sentence record: model, then patterns, then user lists. */
static void
tag_sentence(size_t ri)
{
	struct drec *r = &recs[ri];
	const char *text = A(r->text);
	size_t k, i, j, e, c0, cn, m0 = nments;
	const char *w[NER_GAZ_MAXLEN];
	size_t wl[NER_GAZ_MAXLEN];
	enum ner_type gt;
	int user, l, ct, t;
	unsigned char c;

	tok_split(text, r->textlen, &tl);
	r->tok0 = ntoks;
	r->ntok = tl.n;
	if (ntoks + tl.n > captoks) {
		while (ntoks + tl.n > captoks)
			captoks = captoks ? captoks * 2 : 1024;
		toks = xreallocarray(toks, captoks, sizeof(*toks));
	}
	if (tl.n > 0)
		memcpy(toks + ntoks, tl.t, tl.n * sizeof(*toks));
	ntoks += tl.n;
	/* Very long "sentences" are tagged in pieces. */
	for (c0 = 0; c0 < tl.n; c0 += cn) {
		cn = tl.n - c0 < NER_MAXTOK ? tl.n - c0 : NER_MAXTOK;
		ner_sent_clear(&ns);
		for (k = 0; k < cn; k++)
			ner_sent_push(&ns, text + tl.t[c0 + k].start,
			    tl.t[c0 + k].end - tl.t[c0 + k].start, 0);
		ner_features(&ns, gaz, model->bits, fast);
		ner_decode(model, &ns);
		for (i = 0; i < cn; i = j) {
			l = ns.pred[i];
			j = i + 1;
			if (l == NER_O)
				continue;
			ct = NER_LTYPE(l);
			j = mention_end(&ns, i, cn);
			if (j == i + 1 && common_word(&ns, i))
				continue;
			t = ct;
			if ((e = name_end(&ns, j, cn, &t)) > j &&
			    !title_case_sentence(&ns)) {
				j = e;
				ct = t;
			}
			/* "University of Zurich": its head says what it is. */
			if ((ct == NER_LOC || ct == NER_PER) && j - i >= 3 &&
			    token_in(&ns, i, bodies) &&
			    word_is(&ns, i + 1, "of"))
				ct = NER_ORG;
			/*
			 * "Ford County" is a place; a club named after one
			 * has its score after it ("Notts County 3").
			 */
			if (ct == NER_ORG && j - i >= 2 &&
			    word_is(&ns, j - 1, "County") && (j == cn ||
			    ns.w[j][0] < '0' || ns.w[j][0] > '9'))
				ct = NER_LOC;
			else if ((ct == NER_LOC || ct == NER_PER) &&
			    j - i >= 2 && token_in(&ns, j - 1, org_ends))
				ct = NER_ORG;
			if (ct == NER_ORG && (e = org_of_end(&ns, j, cn)) > j)
				j = e;
			if ((t = described_type(&ns, i, j, ct)) != ct)
				ct = t;
			else if (ct != NER_LOC &&
			    place_after_place(&ns, i, j, c0, m0))
				ct = NER_LOC;
			else if (ct == NER_PER && (listed_place(&ns, i, j) ||
			    place_before_place(&ns, i, j, cn)))
				ct = NER_LOC;
			if (ct != NER_MISC && j - i >= 2 &&
			    token_in(&ns, j - 1, prizes))
				ct = NER_MISC;
			if (ct != NER_MISC && designation(ns.w[i], ns.wl[i]))
				ct = NER_MISC;
			if (ct == NER_ORG && i > 0 && ns.pred[i - 1] == NER_O &&
			    numbered_unit(&ns, i, j))
				i--;
			if (ct == NER_ORG &&
			    (k = place_owner(&ns, i, j, &gt)) > i) {
				add_ment(ri, tl.t[c0 + i].start,
				    tl.t[c0 + k - 1].end, (uint32_t)(c0 + i),
				    (uint32_t)(c0 + k), gt);
				i = k + 1;
			}
			if (ct == NER_PER && j < cn && ns.pred[j] == NER_O &&
			    (regnal(&ns, j) || (j - i >= 2 &&
			    name_syllable(&ns, j))))
				j++;
			add_ment(ri, tl.t[c0 + i].start, tl.t[c0 + j - 1].end,
			    (uint32_t)(c0 + i), (uint32_t)(c0 + j), 0);
			ments[nments - 1].type = fine_type(r,
			    (uint32_t)(c0 + i), (uint32_t)(c0 + j), ct);
		}
	}
	list_types(ri, m0);
	/* User gazetteer phrases the model missed. */
	if (have_user_gaz)
		for (i = 0; i < tl.n; i++) {
			if (!is_cap(text + tl.t[i].start,
			    tl.t[i].end - tl.t[i].start))
				continue;
			for (k = NER_GAZ_MAXLEN; k > 0; k--) {
				if (i + k > tl.n)
					continue;
				for (j = 0; j < k; j++) {
					w[j] = text + tl.t[i + j].start;
					wl[j] = tl.t[i + j].end -
					    tl.t[i + j].start;
				}
				if (!ner_gaz_find(gaz, w, wl, k, &gt, &user) ||
				    !user || overlaps(m0, tl.t[i].start,
				    tl.t[i + k - 1].end))
					continue;
				add_ment(ri, tl.t[i].start,
				    tl.t[i + k - 1].end, (uint32_t)i,
				    (uint32_t)(i + k), gt);
				break;
			}
		}
	/* "the Falcons": a team, band or party the model passed over. */
	for (i = 1; i < tl.n; i++) {
		if (!plural_name(text, &tl, i) || overlaps(m0, tl.t[i].start,
		    tl.t[i].end))
			continue;
		w[0] = text + tl.t[i].start;
		wl[0] = tl.t[i].end - tl.t[i].start;
		if (!ner_gaz_find(gaz, w, wl, 1, NULL, NULL))
			add_ment(ri, tl.t[i].start, tl.t[i].end, (uint32_t)i,
			    (uint32_t)(i + 1), T_ORG);
	}
	/*
	 * "Aftermath Records", "the band Killing Joke": organisations the
	 * model passed over.
	 */
	cover(tl.n, m0);
	for (i = headline(text, &tl) ? tl.n : 0; i < tl.n; i = e) {
		e = i + 1;
		if (covered[i] || !cap_word(text, &tl, i))
			continue;
		if ((j = org_run(text, &tl, covered, i, &k, &e)) > i) {
			add_ment(ri, tl.t[k].start, tl.t[j - 1].end,
			    (uint32_t)k, (uint32_t)j, T_ORG);
			memset(covered + k, 1, j - k);
		}
	}
	for (i = 0; i < tl.n; i = j) {
		if ((j = named_band(text, &tl, i, &k)) > i + 1 &&
		    memchr(covered + k, 1, j - k) == NULL)
			add_ment(ri, tl.t[k].start, tl.t[j - 1].end,
			    (uint32_t)k, (uint32_t)j, T_ORG);
	}
	/*
	 * Place names written in lower case ("flights to malaysia"), which
	 * the model, trained on edited news, does not look at: a listed
	 * place whose first word is not an ordinary dictionary word.
	 */
	for (i = 0; i < tl.n; i++) {
		c = (unsigned char)text[tl.t[i].start];
		if (c < 'a' || c > 'z')
			continue;
		w[0] = text + tl.t[i].start;
		wl[0] = tl.t[i].end - tl.t[i].start;
		if (wl[0] < 3 || !ner_gaz_place_start(gaz, w[0], wl[0]) ||
		    (ner_gaz_lex(gaz, w[0], wl[0]) & NER_LEX_LOWER) ||
		    ordinary_compound(w[0], wl[0]))
			continue;
		for (k = 3; k > 0; k--) {
			if (i + k > tl.n)
				continue;
			for (j = 1; j < k; j++) {
				w[j] = text + tl.t[i + j].start;
				wl[j] = tl.t[i + j].end - tl.t[i + j].start;
			}
			if (!ner_gaz_find(gaz, w, wl, k, &gt, &user) ||
			    (gt != T_GPE && gt != T_LOC) || overlaps(m0,
			    tl.t[i].start, tl.t[i + k - 1].end))
				continue;
			add_ment(ri, tl.t[i].start, tl.t[i + k - 1].end,
			    (uint32_t)i, (uint32_t)(i + k), gt);
			i += k - 1;
			break;
		}
	}
	/* Dates, times and amounts. */
	nspans = 0;
	ner_re_find(text, r->textlen, tl.t, tl.n, &spans, &nspans, &capspans);
	for (k = 0; k < nspans; k++) {
		/*
		 * A pattern match wins over model mentions it contains
		 * ("GMT" in "10:30 a.m. GMT") and loses to any other.
		 */
		if (overlaps_outside(m0, spans[k].start, spans[k].end))
			continue;
		for (i = m0; i < nments; i++)
			if (ments[i].start >= spans[k].start &&
			    ments[i].end <= spans[k].end)
				ments[i].dropped = 1;
		for (i = 0; i < tl.n && tl.t[i].end <= spans[k].start; i++)
			;
		for (j = i; j < tl.n && tl.t[j].start < spans[k].end; j++)
			;
		add_ment(ri, spans[k].start, spans[k].end, (uint32_t)i,
		    (uint32_t)j, spans[k].type);
	}
	r->ment0 = m0;
	r->nment = nments - m0;
}

/* Words that are titles, not names, at the start of a PERSON mention. */
static const char *const titles[] = {
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen.", "Sen",
	"Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Capt.", "Maj.", "Sgt.",
	"Prof.", "Rev.", "Sir", "Dame", "Lord", "Lady", "President",
	"Premier", "Prime", "Minister", "Chancellor", "King", "Queen",
	"Prince", "Princess", "Pope", "Judge", "Justice", "Secretary", "of",
	"State", "Senator", "Governor", "Mayor", "Ambassador", "Chairman",
	"Director", "Coach", "Foreign", "Finance", "Defence", "Defense",
	"Interior", "Trade", "Vice", "Deputy", "General", "Attorney",
	"Sheikh", "Ayatollah", "Cardinal", "Bishop", "Archbishop", "Father",
	"Saint", "St.", "Captain", "Colonel", "Lieutenant", "Sergeant",
	"Commander", "Admiral", "Speaker", "Congressman", "Congresswoman",
	"Representative", "Leader", "Chief", "Executive", "Officer",
	"Counsel", "Professor", "Doctor", "Miss", "Mme", "Mme.", "Herr",
	NULL
};

/* Titles that only ever precede a person's name. */
static const char *const honorifics[] = {
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen.", "Rep.",
	"Gov.", "Gen.", "Col.", "Lt.", "Capt.", "Maj.", "Sgt.", "Prof.",
	"Rev.", "Sir", "Dame", "Mme", "Mme.", "Messrs", "Messrs.", "Mlle",
	NULL
};

/*
 * Titles before a name that only a person bears, in news; not "King",
 * "Prince", "Lord", "Saint" or "General", which begin the names of
 * places, ships and companies too ("Prince Edward Island", "General
 * Motors").
 */
static const char *const person_titles[] = {
	"President", "Premier", "Chancellor", "Minister", "Secretary",
	"Senator", "Governor", "Mayor", "Ambassador", "Chairman",
	"Congressman", "Congresswoman", "Pope", "Judge", "Sheikh",
	"Ayatollah", "Cardinal", "Archbishop", "Professor", "Colonel",
	"Captain", "Lieutenant", "Sergeant", "Admiral", NULL
};

/* Compare the surface texts of two mentions. */
static int
same_text(const struct ment *a, const struct ment *b)
{
	return a->end - a->start == b->end - b->start &&
	    memcmp(A(recs[a->rec].text) + a->start,
	    A(recs[b->rec].text) + b->start, a->end - a->start) == 0;
}

static int
tok_eq(size_t ra, size_t ka, size_t rb, size_t kb)
{
	size_t la, lb;
	const char *a = tokstr(&recs[ra], ka, &la);
	const char *b = tokstr(&recs[rb], kb, &lb);

	return la == lb && memcmp(a, b, la) == 0;
}

/*
 * The person's full name in the document that the one-word mention m
 * ends, or else begins as a family name written first; NULL if none.
 */
static struct ment *
full_name(const struct ment *m, size_t nm)
{
	struct ment *o;
	const char *s;
	size_t j, len, n;
	int given;

	for (j = 0; j < nm; j++) {
		o = &ments[j];
		if (o->type == T_PERSON && o->t1 - o->t0 >= 2 && !o->dropped &&
		    tok_eq(m->rec, m->t0, o->rec, o->t1 - 1))
			return o;
	}
	s = tokstr(&recs[m->rec], m->t0, &len);
	given = (ner_gaz_lex(gaz, s, len) & NER_LEX_GIVEN) != 0;
	for (j = 0; j < nm; j++) {
		o = &ments[j];
		n = o->t1 - o->t0;
		if (o->type == T_PERSON && !o->dropped && o != m &&
		    (n >= 3 || (n == 2 && !given)) &&
		    tok_eq(m->rec, m->t0, o->rec, o->t0))
			return o;
	}
	return NULL;
}

/*
 * The longest company's name in the document that the one-word mention
 * m begins, if m is no listed place; NULL if none.  A public body named
 * after a place ("Sorland News Agency") is not what the place's name
 * alone means.
 */
static struct ment *
org_name(const struct ment *m, size_t nm)
{
	struct ment *o, *best = NULL;
	const char *w;
	size_t j, len;
	enum ner_type gt;

	for (j = 0; j < nm; j++) {
		o = &ments[j];
		if (o->type != T_ORG || o->t1 - o->t0 < 2 || o->dropped ||
		    !tok_eq(m->rec, m->t0, o->rec, o->t0))
			continue;
		w = tokstr(&recs[o->rec], o->t1 - 1, &len);
		if (!word_in(w, len, bodies) && (best == NULL ||
		    o->end - o->start > best->end - best->start))
			best = o;
	}
	if (best == NULL)
		return NULL;
	w = tokstr(&recs[m->rec], m->t0, &len);
	if (ner_gaz_find(gaz, &w, &len, 1, &gt, NULL) &&
	    (gt == T_GPE || gt == T_LOC || gt == T_NORP))
		return NULL;
	return best;
}

/*
 * The second look at the document: titles off person names, one type
 * per name, surnames linked to full names, and names the model missed
 * in one place but found in another.
 */
static void
doc_pass(void)
{
	struct ment *m, *o;
	size_t i, j, k, len, nm = nments, cnt[T_NTYPES], canon, canonlen;
	const char *s;
	int t, best, titled;

	/*
	 * "Mr. Kerry", "President Obama": whatever follows an honorific or a
	 * person's title is a person.
	 */
	for (i = 0; i < nm; i++) {
		m = &ments[i];
		if (m->dropped || (m->type >= T_DATE && m->type <= T_PERCENT))
			continue;
		s = tokstr(&recs[m->rec], m->t0, &len);
		if (m->t1 - m->t0 > 1 && word_in(s, len, honorifics)) {
			m->t0++;
			m->start = toks[recs[m->rec].tok0 + m->t0].start;
			m->type = T_PERSON;
			m->titled = 1;
		} else if (m->t0 > 0) {
			s = tokstr(&recs[m->rec], m->t0 - 1, &len);
			if (word_in(s, len, honorifics) ||
			    (word_in(s, len, person_titles) &&
			    m->t1 - m->t0 <= 3)) {
				m->type = T_PERSON;
				m->titled = 1;
			}
		}
	}
	for (i = 0; i < nm; i++) {
		m = &ments[i];
		if (m->type != T_PERSON || m->dropped)
			continue;
		while (m->t1 - m->t0 > 1) {
			s = tokstr(&recs[m->rec], m->t0, &len);
			if (!word_in(s, len, titles))
				break;
			if (word_in(s, len, honorifics) ||
			    word_in(s, len, person_titles))
				m->titled = 1;
			m->t0++;
			m->start = toks[recs[m->rec].tok0 + m->t0].start;
		}
	}
	/* The rest compares mentions pairwise: skip it for huge documents. */
	if (nm > DOC_MAXMENT)
		return;
	/*
	 * One type per surface text: a person's if a title went before it
	 * once ("President Obama", though "the Obama administration"),
	 * else the majority's.
	 */
	for (i = 0; i < nm; i++) {
		m = &ments[i];
		if ((m->type >= T_DATE && m->type <= T_PERCENT) || m->dropped)
			continue;
		memset(cnt, 0, sizeof(cnt));
		titled = 0;
		for (j = 0; j < nm; j++)
			if (!ments[j].dropped && same_text(m, &ments[j])) {
				cnt[ments[j].type]++;
				titled |= ments[j].titled;
			}
		best = m->type;
		for (t = 0; t < T_NTYPES; t++)
			if (cnt[t] > cnt[best])
				best = t;
		m->type = titled ? T_PERSON : best;
	}
	/*
	 * A single word that ends a person's full name in this document is
	 * that person ("Kerry" -> "John Kerry"); else one that begins a
	 * full name where the family name comes first: one of three words,
	 * or of two if the word is no given name ("Kim" -> "Kim Jong Un",
	 * "Xi" -> "Xi Jinping"); else one that begins an organisation's
	 * name is its short name ("Brightwater" -> "Brightwater Energy
	 * Corp."), unless it is a place's ("Washington" of "Washington
	 * Post"), by the lists or by the model ("Paxton" of "Paxton Public
	 * Library").
	 */
	for (i = 0; i < nm; i++) {
		m = &ments[i];
		if (m->t1 - m->t0 != 1 || m->dropped ||
		    (m->type >= T_DATE && m->type <= T_PERCENT))
			continue;
		if ((o = full_name(m, nm)) != NULL) {
			m->type = T_PERSON;
			m->canon = recs[o->rec].text + o->start;
			m->canonlen = o->end - o->start;
		} else if (!m->titled && ner_type_coarse(m->type) != NER_LOC &&
		    (o = org_name(m, nm)) != NULL) {
			m->type = T_ORG;
			m->canon = recs[o->rec].text + o->start;
			m->canonlen = o->end - o->start;
		}
	}
	/* Capitalised words the model missed that are a known surname. */
	for (i = 0; i < nrecs; i++) {
		struct drec *r = &recs[i];

		if (r->kind != REC_SENTENCE)
			continue;
		for (k = 1; k < r->ntok; k++) {
			s = tokstr(r, k, &len);
			if (!is_cap(s, len) || len < 3)
				continue;
			for (j = r->ment0; j < r->ment0 + r->nment; j++)
				if (!ments[j].dropped && ments[j].t0 <= k &&
				    k < ments[j].t1)
					break;
			if (j < r->ment0 + r->nment)
				continue;
			for (j = 0; j < nm; j++) {
				o = &ments[j];
				if (o->type != T_PERSON || o->t1 - o->t0 < 2 ||
				    o->dropped || !tok_eq(i, k, o->rec, o->t1 - 1))
					continue;
				canon = recs[o->rec].text + o->start;
				canonlen = o->end - o->start;
				add_ment(i, toks[r->tok0 + k].start,
				    toks[r->tok0 + k].end, (uint32_t)k,
				    (uint32_t)k + 1, T_PERSON);
				ments[nments - 1].canon = canon;
				ments[nments - 1].canonlen = canonlen;
				break;
			}
		}
	}
}

static const char *
type_name(int t)
{
	static const char *const cn[NER_NCTYPES] = {
		"PER", "ORG", "LOC", "MISC"
	};
	int ct;

	if (!conll)
		return ner_type_names[t];
	ct = ner_type_coarse((enum ner_type)t);
	return ct == NER_NCTYPES ? NULL : cn[ct];
}

static int
cmp_ment(const void *a, const void *b)
{
	const struct ment *x = a, *y = b;

	if (x->rec != y->rec)
		return x->rec < y->rec ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

static void
flush_doc(void)
{
	struct drec *r;
	struct ment *m;
	size_t i, k;
	const char *tn;

	if (nrecs == 0)
		return;
	for (i = 0; i < nrecs; i++)
		if (recs[i].kind == REC_SENTENCE)
			tag_sentence(i);
	doc_pass();
	if (nments > 0)
		qsort(ments, nments, sizeof(*ments), cmp_ment);
	k = 0;
	for (i = 0; i < nrecs; i++) {
		r = &recs[i];
		out_bytes(A(r->raw), r->rawlen);
		out_end();
		for (; k < nments && ments[k].rec == i; k++) {
			m = &ments[k];
			if (m->dropped || !(want_types & (1u << m->type)) ||
			    (tn = type_name(m->type)) == NULL)
				continue;
			out_head(docid.data, docid.len, "entity", r->para,
			    r->sent);
			out_num(m->start);
			out_num(m->end);
			out_str(tn);
			if (m->canonlen > 0)
				out_field(A(m->canon), m->canonlen);
			else
				out_field(A(r->text) + m->start,
				    m->end - m->start);
			out_field(A(r->text) + m->start, m->end - m->start);
			out_end();
		}
	}
	nrecs = ntoks = nments = 0;
	buf_reset(&arena);
}

static void
add_rec(const struct rec *r, void *unused)
{
	struct drec *d;

	if (docid.data == NULL || r->f[F_ID].len != docid.len ||
	    memcmp(r->f[F_ID].s, docid.data, docid.len) != 0 ||
	    arena.len > DOC_MAX) {
		flush_doc();
		buf_reset(&docid);
		buf_put(&docid, r->f[F_ID].s, r->f[F_ID].len);
	}
	if (nrecs == caprecs) {
		caprecs = caprecs ? caprecs * 2 : 64;
		recs = xreallocarray(recs, caprecs, sizeof(*recs));
	}
	d = &recs[nrecs++];
	memset(d, 0, sizeof(*d));
	d->kind = r->kind;
	d->para = r->para;
	d->sent = r->sent;
	d->raw = arena.len;
	d->rawlen = r->rawlen;
	buf_put(&arena, r->raw, r->rawlen);
	buf_putc(&arena, '\0');
	if (r->kind == REC_SENTENCE) {
		d->text = arena.len;
		d->textlen = r->f[SENT_TEXT].len;
		buf_put(&arena, r->f[SENT_TEXT].s, r->f[SENT_TEXT].len);
		buf_putc(&arena, '\0');
	}
}

/* Is path a readable file? */
static int
readable(const char *path)
{
	return access(path, R_OK) == 0;
}

/*
 * The data directory: $WIRE_DATADIR, else the installed one, else
 * data/ next to the program's bin/ (an uninstalled build, also one in
 * build/NAME/bin).
 */
static const char *
data_dir(void)
{
	static char buf[PATH_MAX + 32];
	static const char *const rel[] = { "/../data", "/../../../data" };
	char exe[PATH_MAX], *slash;
	const char *e;
	ssize_t n;
	size_t i;

	if ((e = getenv("WIRE_DATADIR")) != NULL && *e != '\0')
		return e;
	snprintf(buf, sizeof(buf), "%s/ner.model", WIRE_DATADIR);
	if (readable(buf))
		return WIRE_DATADIR;
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		for (i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
			snprintf(buf, sizeof(buf), "%s%s/ner.model", exe,
			    rel[i]);
			if (readable(buf)) {
				snprintf(buf, sizeof(buf), "%s%s", exe, rel[i]);
				return buf;
			}
		}
	}
	return WIRE_DATADIR;
}

/* The shipped gazetteers, built into the model when training. */
static const struct {
	const char	*name;
	int		 flags;
} gaz_files[] = {
	{ "/gaz-places.tsv", 0 }, { "/gaz-extra.tsv", 0 },
	{ "/gaz-wordnet.tsv", 0 }, { "/gaz-cities.tsv", NER_GAZ_CASED },
	{ "/gaz-companies.tsv", 0 }
};

/* The word lists whose bits are features (flag 0: the dictionary). */
static const struct {
	const char	*name;
	int		 flag;
} lex_files[] = {
	{ "/lex-words.txt", 0 }, { "/names-given.txt", NER_LEX_GIVEN },
	{ "/names-family.txt", NER_LEX_FAMILY }
};

static void
load_gazetteers(const char *dir)
{
	char *path;
	size_t i;

	for (i = 0; i < sizeof(gaz_files) / sizeof(gaz_files[0]); i++) {
		path = xasprintf("%s%s", dir, gaz_files[i].name);
		if (ner_gaz_load(gaz, path, gaz_files[i].flags) == -1)
			exit(WIRE_ERROR);
		free(path);
	}
	for (i = 0; i < sizeof(lex_files) / sizeof(lex_files[0]); i++) {
		path = xasprintf("%s%s", dir, lex_files[i].name);
		if (ner_gaz_load_lex(gaz, path, lex_files[i].flag) == -1)
			exit(WIRE_ERROR);
		free(path);
	}
	/* After the typed lists: a word entry must not shadow a type. */
	path = xasprintf("%s/clusters.txt", dir);
	if (ner_gaz_load_clusters(gaz, path) == -1)
		exit(WIRE_ERROR);
	free(path);
}

/* The value of option name, a number from min to max; else a usage error. */
static long long
num_arg(const char *name, const char *arg, long long min, long long max)
{
	const char *errstr;
	long long v;

	v = strtonum(arg, min, max, &errstr);
	if (errstr != NULL) {
		warnx("%s %s: %s", name, arg, errstr);
		usage();
	}
	return v;
}

static unsigned
parse_types(char *list)
{
	static const char *const cn[] = { "PER", "ORG", "LOC", "MISC" };
	unsigned mask = 0;
	char *p;
	int t, c;

	while ((p = strsep(&list, ",")) != NULL) {
		if (*p == '\0')
			continue;
		if (conll) {
			for (c = 0; c < 4; c++)
				if (strcmp(p, cn[c]) == 0)
					break;
			if (c == 4) {
				warnx("unknown CoNLL type: %s", p);
				usage();
			}
			for (t = 0; t < T_NTYPES; t++)
				if ((int)ner_type_coarse(t) == c)
					mask |= 1u << t;
			continue;
		}
		if ((t = ner_type_parse(p, strlen(p))) < 0 ||
		    strcmp(p, "PER") == 0) {
			warnx("unknown type: %s", p);
			usage();
		}
		mask |= 1u << t;
	}
	return mask;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "conll",	no_argument,		NULL, 'c' },
		{ "gazetteer",	required_argument,	NULL, 'g' },
		{ "model",	required_argument,	NULL, 'm' },
		{ "types",	required_argument,	NULL, 't' },
		{ "skip-bad",	no_argument,		NULL, 'S' },
		{ "train",	required_argument,	NULL, 'T' },
		{ "dev",	required_argument,	NULL, 'D' },
		{ "epochs",	required_argument,	NULL, 'E' },
		{ "seed",	required_argument,	NULL, 'R' },
		{ "runs",	required_argument,	NULL, 'N' },
		{ "prune",	required_argument,	NULL, 'P' },
		{ "bits",	required_argument,	NULL, 'B' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "verbose",	no_argument,		NULL, 'v' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct ner_train_opts to = { 20, 0, 12, 1, 400, 1, 0, 0 };
	char **train = NULL, **dev = NULL, *types = NULL;
	char **ugaz = NULL, *path = NULL;
	const char *modelpath = NULL, *output = NULL, *dir;
	char *end;
	size_t ntrain = 0, ndev = 0, nugaz = 0, i;
	int ch, flags = 0, rval = WIRE_OK;

	out_init();
	while ((ch = getopt_long(argc, argv, "cg:hm:o:t:v", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			conll = 1;
			break;
		case 'g':
			ugaz = xreallocarray(ugaz, nugaz + 1, sizeof(*ugaz));
			ugaz[nugaz++] = optarg;
			break;
		case 'h':
			cli_help(help);
		case 'm':
			modelpath = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 't':
			types = optarg;
			break;
		case 'v':
			to.verbose = 1;
			break;
		case 'S':
			flags |= REC_SKIPBAD;
			break;
		case 'T':
			train = xreallocarray(train, ntrain + 1,
			    sizeof(*train));
			train[ntrain++] = optarg;
			break;
		case 'D':
			dev = xreallocarray(dev, ndev + 1, sizeof(*dev));
			dev[ndev++] = optarg;
			break;
		case 'E':
			to.epochs = (unsigned)num_arg("epochs", optarg, 1, 1000);
			break;
		case 'R':
			to.seed = (unsigned long)num_arg("seed", optarg, 0,
			    LLONG_MAX);
			break;
		case 'N':
			to.runs = (unsigned)num_arg("runs", optarg, 1, 100);
			break;
		case 'P':
			to.prune = (float)strtod(optarg, &end);
			if (end == optarg || *end != '\0' || !(to.prune >= 0) ||
			    to.prune > 1e6) {
				warnx("prune %s: not a number from 0 to 1e6",
				    optarg);
				usage();
			}
			break;
		case 'B':
			to.bits = (unsigned)num_arg("bits", optarg, 12, 24);
			break;
		case 'V':
			cli_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (types != NULL)
		want_types = parse_types(types);

	dir = data_dir();
	if (ntrain > 0) {
		gaz = ner_gaz_new();
		if (output == NULL || argc > 0) {
			warnx("--train needs -o and takes no operands");
			usage();
		}
		load_gazetteers(dir);
		if (ner_train(train, ntrain, dev, ndev, gaz, &to, output) == -1)
			rval = WIRE_ERROR;
		ner_gaz_free(gaz);
		free(train);
		free(dev);
		free(ugaz);
		out_close();
		return rval;
	}
	if (output != NULL || ndev > 0) {
		warnx("-o and --dev go with --train");
		usage();
	}
	if (modelpath == NULL) {
		path = xasprintf("%s/ner.model", dir);
		modelpath = path;
	}
	if ((model = ner_load(modelpath)) == NULL)
		exit(WIRE_ERROR);
	/* The model carries the gazetteers it was trained with. */
	gaz = model->gaz;
	for (i = 0; i < nugaz; i++)
		if (ner_gaz_load(gaz, ugaz[i], NER_GAZ_USER) == -1)
			exit(WIRE_ERROR);
	have_user_gaz = nugaz > 0;
	ner_sent_init(&ns);

	rval = rec_each(argc, argv, flags, add_rec, NULL);
	flush_doc();

	ner_sent_free(&ns);
	tok_free(&tl);
	ner_re_free();
	ner_model_free(model);
	free(recs);
	free(toks);
	free(ments);
	free(covered);
	free(spans);
	free(ugaz);
	free(train);
	free(dev);
	free(path);
	buf_free(&arena);
	buf_free(&docid);
	out_close();
	return rval;
}
