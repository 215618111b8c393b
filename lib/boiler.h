/*
 * boiler.h -- is a paragraph part of the article or part of the page?
 *
 * Two steps.  boiler_classify() looks at one paragraph alone: its shape
 * (words, terminal punctuation, stopword density, capitals, menu and
 * link-list separators) and its content (credits, captions, teasers,
 * share/subscribe/cookie/legal phrases, glued ids).  boiler_smooth()
 * then looks at the document: the article is one contiguous run of
 * prose, so chrome before and after it is trimmed, and paragraphs the
 * first step could not decide take the label of their neighbours.
 *
 * Every decision carries a reason, a short word listed in
 * wire-dedupe-boilerplate(1), so audits can grep for it.
 */
#ifndef BOILER_H
#define BOILER_H

#include <stddef.h>

/* What a paragraph looks like on its own. */
enum boiler_class {
	BOILER_GOOD,		/* prose: long, punctuated, many stopwords */
	BOILER_NEAR,		/* prose-like but short or thin */
	BOILER_SHORT,		/* a line: heading, label, byline, menu item */
	BOILER_BAD		/* boilerplate by content or shape */
};

struct boiler_para {
	/* Input. */
	const char	*text;
	size_t		 len;
	/* Features (set by boiler_classify). */
	unsigned	 words;		/* whitespace-separated tokens */
	unsigned	 alnum;		/* tokens with a letter or digit */
	unsigned	 stops;		/* English stopwords among them */
	unsigned	 caps;		/* tokens starting with a capital */
	unsigned	 ucase;		/* tokens all in capitals (>= 2 letters) */
	unsigned	 digits;	/* tokens with a digit, or "nil" */
	int		 endpunct;	/* ends with . ! ? or a closing quote */
	int		 heading;	/* looks like a title or subheading */
	int		 inrun;		/* inside the article's run */
	int		 templ;		/* set by the caller: a repeat across
					   documents (with cls BOILER_BAD) */
	int		 formula;	/* set by the caller: templ, but in a
					   small share of the site's documents
					   ("Terms were not disclosed.") */
	size_t		 orig;		/* set by the caller for a "repeat":
					   1 + the index of the paragraph it
					   repeats, or 0 */
	/* Output. */
	enum boiler_class cls;
	int		 keep;		/* decision after boiler_smooth */
	const char	*reason;	/* rule that decided */
};

/*
 * Classify one paragraph from its text (valid UTF-8).  Sets the
 * features, cls, and reason (for BOILER_BAD the content rule that
 * fired, else the shape).
 */
void	boiler_classify(struct boiler_para *);

/*
 * Decide keep/drop for the n paragraphs of one document, in order,
 * after boiler_classify.  Sets keep and reason of each.  title (may be
 * NULL or empty) is the document's title if the input had one.
 */
void	boiler_smooth(struct boiler_para *, size_t n, const char *title,
	    size_t titlelen);

/*
 * Is s[0..len) a photo credit on its own: "NAME NAME/AGENCY" in capitals
 * (the sentence wire-split cuts from "...arrived.MARCUS FELL/LEDGER")?
 */
int	boiler_credit(const char *s, size_t len);

/* Is the word s[0..len) an English stopword?  (ASCII case-insensitive) */
int	boiler_stopword(const char *s, size_t len);

#endif
