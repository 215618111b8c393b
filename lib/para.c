/*
 * para.c -- paragraph detection.
 *
 * The text is cut into lines first (a table reused from document to
 * document, so the cost is one memchr pass and a few counters per
 * line).  In line mode every non-blank line is a paragraph, except
 * that an "errant" line break inside a sentence (a line that stops
 * mid-sentence and a next line that goes on in lower case, up to a line
 * that ends the sentence) is joined.  Hard-wrapped text is recognised
 * by its shape: most lines fill nearly the same width, and lines that
 * break mid-sentence go on in lower case on the next line.  There, a
 * paragraph ends at a blank line, before an indented line, before a
 * list item, around a line well over the wrap width, and after a line
 * whose successor's first word would have fitted on it (so headlines,
 * datelines and table rows stay apart).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "para.h"
#include "xalloc.h"

struct para_line {
	size_t	start, end;	/* the line without its terminator */
	size_t	tstart, tend;	/* without white space at either end */
	size_t	width;		/* bytes from start to tend, indent as 1 each */
	size_t	indent;		/* leading white-space characters */
	size_t	firstword;	/* characters in the first word */
	unsigned flags;
};

#define L_BLANK		0x01	/* nothing but white space */
#define L_TERM		0x02	/* ends a sentence: . ! ? maybe + closers */
#define L_LOWER		0x04	/* starts with a lower-case letter */
#define L_ITEM		0x08	/* starts with a bullet or list marker */
#define L_OPEN		0x10	/* ends like an open clause: , ; or a word */
#define L_DETAIL	0x40	/* firstword and L_ITEM are known */

void
spans_push(struct spans *s, size_t off, size_t len)
{
	if (s->n == s->cap) {
		s->cap = s->cap == 0 ? 64 : s->cap * 2;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	s->v[s->n].off = off;
	s->v[s->n].len = len;
	s->n++;
}

void
spans_free(struct spans *s)
{
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}

size_t
para_space(const char *s, size_t i, size_t len)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	switch (u[0]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xC2:
		return left >= 2 && u[1] == 0xA0 ? 2 : 0;
	case 0xE2:
		if (left < 3)
			return 0;
		if (u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) ||
		    u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
			return 3;
		if (u[1] == 0x81 && u[2] == 0x9F)
			return 3;
		return 0;
	case 0xE3:
		return left >= 3 && u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
	default:
		return 0;
	}
}

/* Length of a white-space character that ends at s[end - 1], or 0. */
static inline size_t
space_before(const char *s, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = end - start;

	switch (u[end - 1]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xA0:
		if (n >= 2 && u[end - 2] == 0xC2)
			return 2;
		break;
	}
	if (u[end - 1] >= 0x80 && n >= 3 &&
	    para_space(s, end - 3, end) == 3)
		return 3;
	return 0;
}

void
para_trim(const char *s, size_t *off, size_t *len)
{
	size_t a = *off, b = *off + *len, k;

	while (a < b && (k = para_isspace(s, a, b)) > 0)
		a += k;
	while (b > a && (k = space_before(s, a, b)) > 0)
		b -= k;
	*off = a;
	*len = b - a;
}

/* Does the line start with a bullet or a list marker ("1.", "a)")? */
static int
is_item(const char *s, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j;

	if (i >= end)
		return 0;
	if ((u[i] == '-' || u[i] == '*') && i + 1 < end && u[i + 1] == ' ')
		return 1;
	if (u[i] == 0xE2 && i + 2 < end && ((u[i + 1] == 0x80 &&
	    (u[i + 2] == 0xA2 || u[i + 2] == 0x93 || u[i + 2] == 0x94)) ||
	    (u[i + 1] == 0x81 && u[i + 2] == 0x83)))
		return 1;
	if (u[i] == 0xC2 && i + 1 < end && u[i + 1] == 0xB7)
		return 1;
	for (j = i; j < end && j - i < 3 && u[j] >= '0' && u[j] <= '9'; j++)
		continue;
	if (j == i)
		return 0;
	if (j < end && (u[j] == '.' || u[j] == ')') && j + 1 < end &&
	    u[j + 1] == ' ')
		return 1;
	return 0;
}

static void
scan_line(const char *s, struct para_line *l)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t a, b, k;

	l->flags = 0;
	a = l->start;
	l->indent = 0;
	while (a < l->end && (k = para_isspace(s, a, l->end)) > 0) {
		a += k;
		l->indent++;
	}
	b = l->end;
	while (b > a && (k = space_before(s, a, b)) > 0)
		b -= k;
	l->tstart = a;
	l->tend = b;
	l->width = 0;
	l->firstword = 0;
	if (a == b) {
		l->flags |= L_BLANK;
		return;
	}
	/*
	 * Widths are in bytes: an accented letter now and then moves a
	 * width by a byte, well within the tolerances of the rules below.
	 */
	l->width = l->indent + (b - a);
	if (u[a] >= 'a' && u[a] <= 'z')
		l->flags |= L_LOWER;
	/* Look through closing quotes and brackets for the end mark. */
	k = b;
	while (k > a) {
		unsigned char c = u[k - 1];

		if (c == '"' || c == '\'' || c == ')' || c == ']')
			k--;
		else if (k - a >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
		    (c == 0x99 || c == 0x9D))
			k -= 3;
		else
			break;
	}
	if (k > a) {
		unsigned char c = u[k - 1];

		if (c == '.' || c == '!' || c == '?' || c == ':')
			l->flags |= L_TERM;
		else if (k - a >= 3 && u[k - 3] == 0xE2 && u[k - 2] == 0x80 &&
		    c == 0xA6)
			l->flags |= L_TERM;
		else
			l->flags |= L_OPEN;
	}
}

/*
 * The details only some rules need, worked out when first asked for:
 * the first word's width, list items.
 */
static void
detail(const char *s, struct para_line *l)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t a = l->tstart, b = l->tend, w;

	if (l->flags & (L_DETAIL | L_BLANK))
		return;
	l->flags |= L_DETAIL;
	for (w = a; w < b && u[w] != ' ' && u[w] != '\t'; w++)
		continue;
	l->firstword = w - a;
	if (is_item(s, a, b))
		l->flags |= L_ITEM;
}

/*
 * Does the line's last sentence start like a sentence: a capital or a
 * digit, then three or more words, not all in capitals?  The last
 * sentence starts after the line's last ". ", "! " or "? ".
 */
static int
sentlike(const char *s, const struct para_line *l)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t a = l->tstart, b = l->tend, k, words = 1, lower = 0;

	for (k = b; k > a + 1; k--)
		if (u[k - 1] == ' ' && (u[k - 2] == '.' || u[k - 2] == '!' ||
		    u[k - 2] == '?')) {
			a = k;
			break;
		}
	while (a < b && u[a] == ' ')
		a++;
	if (a >= b || !((u[a] >= 'A' && u[a] <= 'Z') ||
	    (u[a] >= '0' && u[a] <= '9')))
		return 0;
	for (k = a; k < b && (words < 3 || lower == 0); k++) {
		if (u[k] == ' ' && k + 1 < b && u[k + 1] != ' ')
			words++;
		else if (u[k] >= 'a' && u[k] <= 'z')
			lower++;
	}
	return words >= 3 && lower > 0;
}

static void
find_lines(struct para_ctx *c, const char *s, size_t len, size_t start)
{
	const char *nl;
	size_t p = start, e;

	c->nlines = 0;
	while (p < len) {
		nl = memchr(s + p, '\n', len - p);
		e = nl == NULL ? len : (size_t)(nl - s);
		if (c->nlines == c->cap) {
			c->cap = c->cap == 0 ? 256 : c->cap * 2;
			c->lines = xreallocarray(c->lines, c->cap,
			    sizeof(*c->lines));
		}
		c->lines[c->nlines].start = p;
		c->lines[c->nlines].end = e > p && s[e - 1] == '\r' ? e - 1 : e;
		scan_line(s, &c->lines[c->nlines]);
		c->nlines++;
		p = e + 1;
	}
}

static void
emit(const char *s, size_t a, size_t b, struct spans *out)
{
	size_t off = a, len = b - a;

	para_trim(s, &off, &len);
	if (len > 0)
		spans_push(out, off, len);
}

/*
 * The shape of a document, measured in one pass over its lines: the
 * wrap width w (the width that 90% of the non-blank lines do not
 * exceed; widths over 128 count as 128), whether the text is
 * hard-wrapped, and the widest line that certainly was wrapped (it
 * stops mid-sentence and the next line goes on in lower case), or w if
 * that is wider.
 *
 * The text is hard-wrapped when it has three or more lines, w is 30 to
 * 110 columns, at least two lines and a third of them are "full" (3/4
 * of w up to w + 10), and at least one in seven line breaks is a wrap:
 * a mid-sentence break followed by lower case, where the next line's
 * first word would not have fitted.
 */
static int
shape(const char *s, struct para_ctx *c, size_t *wp, size_t *wmaxp)
{
	static size_t hist[129];
	struct para_line *l, *m;
	size_t i, n = 0, above = 0, w, maxw = 0, res = 0, full = 0;
	size_t pairs = 0, cont = 0, wmax = 0;

	for (i = 0; i < c->nlines; i++) {
		l = &c->lines[i];
		if (l->flags & L_BLANK)
			continue;
		w = l->width > 128 ? 128 : l->width;
		hist[w]++;
		if (w > maxw)
			maxw = w;
		n++;
		if (i + 1 == c->nlines)
			continue;
		m = l + 1;
		if (m->flags & L_BLANK)
			continue;
		pairs++;
		if ((l->flags & L_OPEN) && (m->flags & L_LOWER)) {
			cont++;
			if (m->indent <= l->indent && l->width > wmax)
				wmax = l->width;
		}
	}
	/* The smallest w with at most 10% of the lines wider than w. */
	for (w = maxw; w > 0; w--) {
		above += hist[w];
		if (above * 10 > n) {
			res = w;
			break;
		}
	}
	for (w = (res * 3 + 3) / 4; w <= res + 10 && w <= maxw; w++)
		full += hist[w];
	memset(hist, 0, (maxw + 1) * sizeof(hist[0]));
	*wp = res;
	*wmaxp = wmax > res ? wmax : res;
	if (n < 3 || res < 30 || res > 110 || full < 2 || full * 3 < n ||
	    cont == 0 || cont * 7 < pairs)
		return 0;
	/*
	 * Count again only the mid-sentence breaks that look like wraps:
	 * the next line's first word would not have fitted.  Short lines
	 * of chat going on in lower case are not wrapped text.
	 */
	cont = 0;
	for (i = 0; i + 1 < c->nlines; i++) {
		l = &c->lines[i];
		m = l + 1;
		if (!(l->flags & L_OPEN) || !(m->flags & L_LOWER))
			continue;
		detail(s, m);
		if ((l->width + 1 + m->firstword) * 5 >= res * 4)
			cont++;
	}
	return cont > 0 && cont * 7 >= pairs;
}

/* Does the break between lines l and m end a hard-wrapped paragraph? */
static int
wrapped_break(const char *s, struct para_line *l, struct para_line *m,
    size_t w, size_t wmax)
{
	if ((l->flags & L_BLANK) || (m->flags & L_BLANK))
		return 1;
	if (m->indent > l->indent || (m->indent >= 2 && m->indent == l->indent))
		return 1;
	/*
	 * A line over the widest wrapped line was not wrapped: a title,
	 * site chrome.
	 */
	if (l->width > wmax + 5 || m->width > wmax + 5)
		return 1;
	detail(s, m);
	if (m->flags & L_ITEM)
		return 1;
	/* The next line's first word would have fitted: a real break. */
	if ((l->width + 1 + m->firstword) * 5 < w * 4)
		return 1;
	return 0;
}

/*
 * An errant line break in one-paragraph-per-line text: line l stops
 * mid-sentence and m goes on in lower case.  The caller checks that the
 * run of such lines ends a sentence.
 */
static int
errant(const char *s, struct para_line *l, struct para_line *m)
{
	if ((l->flags & L_BLANK) || (m->flags & L_BLANK) ||
	    !(l->flags & L_OPEN) || !(m->flags & L_LOWER))
		return 0;
	detail(s, m);
	return !(m->flags & L_ITEM);
}

enum para_mode
para_split(struct para_ctx *c, const char *s, size_t len, size_t start,
    enum para_mode mode, struct spans *out)
{
	size_t i, j, w = 0, wmax = 0;
	int wrapped = 0;

	out->n = 0;
	find_lines(c, s, len, start);
	if (c->nlines == 0)
		return mode == PARA_BLANK ? PARA_BLANK : PARA_LINE;
	if (mode == PARA_AUTO)
		wrapped = shape(s, c, &w, &wmax);
	for (i = 0; i < c->nlines; i = j) {
		if (c->lines[i].flags & L_BLANK) {
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < c->nlines; j++) {
			struct para_line *l = &c->lines[j - 1],
			    *m = &c->lines[j];

			if (mode == PARA_LINE)
				break;
			if (mode == PARA_BLANK) {
				if (m->flags & L_BLANK)
					break;
				continue;
			}
			if (wrapped) {
				if (wrapped_break(s, l, m, w, wmax))
					break;
				continue;
			}
			if (!errant(s, l, m))
				break;
		}
		/*
		 * Errant breaks are joined only when the run ends a
		 * sentence and the first line's last sentence starts like
		 * one (a capital or digit, then three or more words not all
		 * in capitals): short lower-case lines
		 * without punctuation are items of their own ("features /
		 * contact manager"), and so are titles ("Rude service").
		 */
		if (mode == PARA_AUTO && !wrapped && j > i + 1 &&
		    (!(c->lines[j - 1].flags & L_TERM) ||
		    !sentlike(s, &c->lines[i]))) {
			size_t k;

			for (k = i; k < j; k++)
				emit(s, c->lines[k].start, c->lines[k].end, out);
			continue;
		}
		emit(s, c->lines[i].start, c->lines[j - 1].end, out);
	}
	if (mode == PARA_AUTO)
		return wrapped ? PARA_BLANK : PARA_LINE;
	return mode;
}

void
para_ctx_free(struct para_ctx *c)
{
	free(c->lines);
	c->lines = NULL;
	c->nlines = c->cap = 0;
}
