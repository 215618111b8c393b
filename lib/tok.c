/*
 * tok.c -- a news tokenizer that keeps byte offsets (see tok.h).
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include <utf8proc.h>

#include "tok.h"
#include "utf8.h"
#include "xalloc.h"

/* Character classes the scanner works with. */
enum cc {
	C_SPACE, C_LETTER, C_DIGIT, C_APOS, C_PUNCT
};

/*
 * Words that take a final period as part of themselves.  Single letters
 * (initials) and words with an inner period ("U.S.") are handled apart.
 */
static const char *const abbrevs[] = {
	"Adm", "Apr", "Aug", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp",
	"Cpl", "Dec", "Dept", "Dr", "Feb", "Fr", "Ft", "Gen", "Gov", "Hon",
	"Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Messrs",
	"Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Prof", "Rep", "Reps",
	"Rev", "Sen", "Sens", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "vs",
	"etc", "approx", "est", "Ave", "Blvd", "Bros", "Univ", "Fig", "Mass",
	"Calif", "Conn", "Fla", "Ill", "Mich", "Minn", "Penn", "Tenn", "Va",
	"Wash", "Wis", "Ariz", "Colo", "Ga", "Ky", "La", "Md", "Mo", "Nev",
	"Okla", "Ore", "Pa", "Tex", "Del", "Kan", "Neb", "Vt", "Wyo", "cf",
	"al", "Gens", "Pvt", "Cie", "Plc", "Pty", "Bhd", "Nos"
};

/*
 * The classes of ASCII characters, by table: this is the tokenizer's
 * inner loop.  Letters and digits are the ASCII ones whatever the locale.
 */
#define S_ C_SPACE
#define L_ C_LETTER
#define D_ C_DIGIT
#define P_ C_PUNCT
static const unsigned char ascii_class[128] = {
	P_, P_, P_, P_, P_, P_, P_, P_, P_, S_, S_, S_, S_, S_, P_, P_,
	P_, P_, P_, P_, P_, P_, P_, P_, P_, P_, P_, P_, P_, P_, P_, P_,
	S_, P_, P_, P_, P_, P_, P_, C_APOS, P_, P_, P_, P_, P_, P_, P_, P_,
	D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, P_, P_, P_, P_, P_, P_,
	P_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, P_, P_, P_, P_, P_,
	P_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, P_, P_, P_, P_, P_
};
#undef S_
#undef L_
#undef D_
#undef P_

/* Decode the character at s[i]; its class goes in *cls. */
static inline size_t
classify(const char *s, size_t len, size_t i, enum cc *cls)
{
	unsigned char c = (unsigned char)s[i];
	uint32_t cp;
	size_t n;
	utf8proc_category_t cat;

	if (c < 0x80) {
		*cls = (enum cc)ascii_class[c];
		return 1;
	}
	n = utf8_decode(s + i, len - i, &cp, NULL);
	if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
		*cls = C_APOS;
		return n;
	}
	cat = utf8proc_category((utf8proc_int32_t)cp);
	switch (cat) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		*cls = C_SPACE;
		break;
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		*cls = C_LETTER;
		break;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		*cls = C_DIGIT;
		break;
	case UTF8PROC_CATEGORY_CF:
		/* Soft hyphens, zero-width joiners: treat as part of a word. */
		*cls = C_LETTER;
		break;
	default:
		*cls = C_PUNCT;
		break;
	}
	return n;
}

static int
is_word(enum cc c)
{
	return c == C_LETTER || c == C_DIGIT;
}

static void
push(struct tok_list *tl, size_t a, size_t b)
{
	if (a >= b)
		return;
	if (tl->n == tl->cap) {
		tl->cap = tl->cap ? tl->cap * 2 : 64;
		tl->t = xreallocarray(tl->t, tl->cap, sizeof(*tl->t));
	}
	tl->t[tl->n].start = (uint32_t)a;
	tl->t[tl->n].end = (uint32_t)b;
	tl->n++;
}

static int
is_abbrev(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++)
		if (abbrevs[i][0] == s[0] && strlen(abbrevs[i]) == len &&
		    memcmp(abbrevs[i], s, len) == 0)
			return 1;
	return 0;
}

/*
 * Length of a clitic starting at the apostrophe s[i] (of alen bytes)
 * that ends a word there ("'s", "'ll", "'re", "'ve", "'d", "'m"), or 0.
 */
static size_t
clitic(const char *s, size_t len, size_t i, size_t alen)
{
	static const char *const cl[] = { "s", "ll", "re", "ve", "d", "m" };
	size_t k, n, j;
	enum cc c;

	for (k = 0; k < sizeof(cl) / sizeof(cl[0]); k++) {
		n = strlen(cl[k]);
		j = i + alen;
		if (j + n > len || strncasecmp(s + j, cl[k], n) != 0)
			continue;
		if (j + n == len)
			return alen + n;
		classify(s, len, j + n, &c);
		if (!is_word(c))
			return alen + n;
	}
	return 0;
}

/*
 * Scan a word starting at i; returns its end.  Inner hyphens, periods,
 * commas and colons between digits, ampersands between capitals and
 * apostrophes followed by letters (O'Neill) stay inside the word.
 */
static size_t
scan_word(const char *s, size_t len, size_t i, int *inner_period)
{
	size_t j = i, n, n2;
	enum cc c, c2, prev = C_LETTER;
	unsigned char ch;

	*inner_period = 0;
	while (j < len) {
		n = classify(s, len, j, &c);
		if (is_word(c)) {
			prev = c;
			j += n;
			continue;
		}
		if (j + n >= len)
			break;
		n2 = classify(s, len, j + n, &c2);
		(void)n2;
		ch = (unsigned char)s[j];
		if (c == C_APOS) {
			/* "don't": the word ends before the n. */
			if (j >= i + 2 && (s[j - 1] == 'n' || s[j - 1] == 'N') &&
			    (s[j + n] == 't' || s[j + n] == 'T') &&
			    (j + n + 1 >= len || (classify(s, len, j + n + 1,
			    &c2), !is_word(c2))))
				return j - 1;
			if (clitic(s, len, j, n))
				break;
			if (c2 == C_LETTER && prev == C_LETTER) {
				j += n;
				continue;
			}
			break;
		}
		if (c != C_PUNCT || n != 1)
			break;
		if (ch == '-' && is_word(c2)) {
			j++;
			continue;
		}
		if (ch == '.' && is_word(c2)) {
			*inner_period = 1;
			j++;
			continue;
		}
		if ((ch == ',' || ch == ':' || ch == '/') && prev == C_DIGIT &&
		    c2 == C_DIGIT) {
			j++;
			continue;
		}
		if (ch == '&' && isupper((unsigned char)s[j - 1]) &&
		    isupper((unsigned char)s[j + 1])) {
			j++;
			continue;
		}
		break;
	}
	return j;
}

size_t
tok_split(const char *s, size_t len, struct tok_list *tl)
{
	size_t i = 0, j, n, k;
	int inner;
	enum cc c;

	tl->n = 0;
	if (len > UINT32_MAX)
		len = UINT32_MAX;
	while (i < len) {
		n = classify(s, len, i, &c);
		if (c == C_SPACE) {
			i += n;
			continue;
		}
		if (is_word(c)) {
			j = scan_word(s, len, i, &inner);
			/* "n't" after "do" */
			if (j < len && (s[j] == 'n' || s[j] == 'N') && j > i &&
			    j + 1 < len) {
				push(tl, i, j);
				classify(s, len, j + 1, &c);
				k = j + 1;
				k += classify(s, len, k, &c);
				push(tl, j, k + 1);
				i = k + 1;
				continue;
			}
			if (j < len && s[j] == '.' && (inner ||
			    (j - i == 1 && isalpha((unsigned char)s[i])) ||
			    is_abbrev(s + i, j - i)))
				j++;
			push(tl, i, j);
			i = j;
			continue;
		}
		if (c == C_APOS) {
			if (tl->n > 0 && tl->t[tl->n - 1].end == i &&
			    (k = clitic(s, len, i, n)) != 0) {
				push(tl, i, i + k);
				i += k;
				continue;
			}
			/* '' as a closing double quote */
			push(tl, i, i + n);
			i += n;
			continue;
		}
		/* Runs of periods, hyphens or equal signs are one token. */
		if (n == 1 && (s[i] == '.' || s[i] == '-' || s[i] == '=' ||
		    s[i] == '*' || s[i] == '`')) {
			j = i + 1;
			while (j < len && s[j] == s[i])
				j++;
			push(tl, i, j);
			i = j;
			continue;
		}
		push(tl, i, i + n);
		i += n;
	}
	return tl->n;
}

void
tok_free(struct tok_list *tl)
{
	free(tl->t);
	tl->t = NULL;
	tl->n = tl->cap = 0;
}

size_t
tok_norm(const char *s, size_t len, char *out)
{
	size_t i = 0, o = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			out[o++] = s[i++];
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp, NULL);
		switch (cp) {
		case 0x2018: case 0x2019: case 0x02BC: case 0x2032:
			out[o++] = '\'';
			break;
		case 0x201C: case 0x201D: case 0x00AB: case 0x00BB:
		case 0x201E: case 0x2033:
			out[o++] = '"';
			break;
		case 0x2010: case 0x2011: case 0x2012: case 0x2013:
		case 0x2014: case 0x2212:
			out[o++] = '-';
			break;
		case 0x00AD:
			break;
		default:
			memcpy(out + o, s + i, n);
			o += n;
			break;
		}
		i += n;
	}
	out[o] = '\0';
	return o;
}
