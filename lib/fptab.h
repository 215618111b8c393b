/*
 * fptab.h -- a bounded table of paragraph fingerprints and counts.
 *
 * A fingerprint is a 64-bit hash of a normalised paragraph (case
 * folded, whitespace runs and quote marks unified, digits masked).  The
 * table maps a key (a fingerprint, possibly mixed with a site) to the
 * number of documents it was seen in, the smallest or first document
 * hash that had it, and the run ("generation") that last saw it.
 *
 * The table starts small and doubles as it fills, but never grows past
 * the capacity fixed by the memory bound when it is made: when
 * it is full, a new key takes the place of a key seen only once in its
 * probe window, or is not stored.  So a full table forgets rare
 * paragraphs (it may miss a template), but never invents a count: the
 * only false positives are 64-bit hash collisions.
 *
 * Tables are saved in one binary format (see wire-dedupe-boilerplate(1),
 * STATE FILE): a header with magic, version, entry count, generation and
 * a checksum, then the entries sorted by key.  Tables merge by adding
 * counts, so counts over shards add up to counts over the whole input.
 */
#ifndef FPTAB_H
#define FPTAB_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define FPTAB_MAGIC	"WIREFPT\0"
#define FPTAB_VERSION	2	/* 1: FNV fingerprints, masked for copies */
#define FPTAB_HEADER	48	/* bytes */
#define FPTAB_ENTRY	24	/* bytes per entry, in memory and on disk */

struct fptab_ent {
	uint64_t	key;		/* 0: empty slot */
	uint64_t	first;		/* document hash: first seen, or least */
	uint32_t	count;		/* documents seen in (saturates) */
	uint32_t	gen;		/* generation that last saw it */
};

struct fptab {
	struct fptab_ent *e;
	size_t		 cap;		/* slots, a power of two */
	size_t		 capmax;	/* cap grows up to this */
	size_t		 bound;		/* bytes the slots may take */
	size_t		 n;		/* used slots */
	size_t		 max;		/* n never exceeds this */
	uint32_t	 gen;		/* the current generation */
	unsigned long long evicted, refused;
};

/* Normalised fingerprint of a paragraph; never 0. */
uint64_t	 fptab_norm(const char *, size_t);
/*
 * The same, and in *exact (if not NULL) the fingerprint of the same
 * normalisation without the digit masking; never 0.
 */
uint64_t	 fptab_norm2(const char *, size_t, uint64_t *exact);
/* Hash of the bytes as they are (trailing spaces ignored); never 0. */
uint64_t	 fptab_hash(const char *, size_t);
/*
 * A faster hash of the bytes as they are (trailing spaces ignored),
 * for in-memory sets only: it is not fptab_hash() and never saved.
 */
uint64_t	 fptab_quick(const char *, size_t);
/* Combine a fingerprint with a tag or a site hash; never 0. */
uint64_t	 fptab_mix(uint64_t, uint64_t);

/* A table using at most memory bytes (at least 1024 entries). */
struct fptab	*fptab_new(size_t memory);
void		 fptab_free(struct fptab *);
size_t		 fptab_bytes(const struct fptab *);

/*
 * Start loading the slot of key into the cache: a document's keys
 * prefetched before they are counted overlap their cache misses.
 */
static inline void
fptab_prefetch(const struct fptab *t, uint64_t key)
{
	__builtin_prefetch(&t->e[key & (t->cap - 1)]);
}

/* The entry for key, or NULL. */
struct fptab_ent *fptab_get(struct fptab *, uint64_t key);

/*
 * Count key once more (by add), noting doc as its document: the first
 * one if keep_min is 0, else the least.  Returns the entry, or NULL if
 * the table is full and had no room.
 */
struct fptab_ent *fptab_add(struct fptab *, uint64_t key, uint32_t add,
		    uint64_t doc, int keep_min);

/* Add every entry of src into dst (counts add, least doc, newest gen). */
void		 fptab_merge(struct fptab *dst, const struct fptab *src);

/*
 * Drop entries not seen in the last maxage generations (0: keep all).
 * Returns how many were dropped.
 */
size_t		 fptab_age(struct fptab *, uint32_t maxage);

/*
 * Write the table to fp (entries sorted by key).  Returns 0, or -1 with
 * errno set.
 */
int		 fptab_write(const struct fptab *, FILE *fp);

/*
 * Read a table from fp into t (merging into what it holds; t->gen
 * becomes the larger of the two).  Returns 0, or -1 with *why set to a
 * description if the data is not a valid table (wrong magic, version,
 * size or checksum) or cannot be read.  Nothing is added to t unless
 * the whole file checks out.
 */
int		 fptab_read(struct fptab *, FILE *fp, const char **why);

/*
 * The state file: lock path (an flock on path.lock, held until
 * fptab_state_close), then load path if it exists.  Returns a lock
 * handle (>= 0) or -1 with *why set; a missing file is not an error.
 */
int		 fptab_state_open(struct fptab *, const char *path,
		    const char **why);

/*
 * Save t to path: write path.tmp, fsync it, rename it over path, fsync
 * the directory.  Returns 0, or -1 with errno set (path untouched).
 */
int		 fptab_state_save(const struct fptab *, const char *path);

/* Release the lock. */
void		 fptab_state_close(int lock);

#endif
