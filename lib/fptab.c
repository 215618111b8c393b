/*
 * fptab.c -- bounded fingerprint-count table, its file format and the
 * state file protocol (lock, load, write temp, fsync, rename).
 */
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fptab.h"
#include "hash.h"
#include "swar.h"
#include "xalloc.h"

#define WINDOW		32	/* slots searched for a victim when full */

/* splitmix64's finaliser: spreads FNV's weak low bits. */
static uint64_t
fmix(uint64_t x)
{
	/* 0 marks an empty slot of the table. */
	x = hash_mix64(x);
	return x == 0 ? 1 : x;
}

uint64_t
fptab_mix(uint64_t a, uint64_t b)
{
	return fmix(a ^ (b * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL));
}

uint64_t
fptab_hash(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return fmix(hash_fnv64(HASH_FNV64_INIT, s, len));
}

/*
 * Sixteen bytes at a time in two independent chains, for sets that
 * live only as long as one document (repeats inside it): never saved,
 * so free to differ from fptab_hash(), and many times faster on long
 * paragraphs.  The length goes in first, so the zero padding of the
 * tail is no ambiguity.
 */
uint64_t
fptab_quick(const char *s, size_t len)
{
	const uint64_t k = 0x9e3779b97f4a7c15ULL;
	uint64_t h, g, w, v;
	size_t i;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	h = (uint64_t)len * k + 0x632be59bd9b4e019ULL;
	g = 0x243f6a8885a308d3ULL;
	for (i = 0; i + 16 <= len; i += 16) {
		memcpy(&w, s + i, 8);
		memcpy(&v, s + i + 8, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
		g = (g ^ v) * k;
		g ^= g >> 29;
	}
	for (; i < len; i += 8) {
		w = 0;
		memcpy(&w, s + i, len - i < 8 ? len - i : 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	return fmix(h ^ fmix(g));
}

/*
 * What fptab_norm() keeps of a byte that needs no look-around: ASCII
 * letters folded, a space for space and tab; 0 for the bytes that may
 * start a quote mark or a NBSP (and NUL), which take the slow way.
 */
static const unsigned char *
norm_table(void)
{
	static unsigned char tab[256];
	static int ready;
	int c;

	if (ready)
		return tab;
	for (c = 1; c < 256; c++) {
		if (c == '"' || c == '\'' || c == '`' || c == 0xc2 || c == 0xe2)
			continue;
		if (c >= 'A' && c <= 'Z')
			tab[c] = (unsigned char)(c + 'a' - 'A');
		else if (c == '\t')
			tab[c] = ' ';
		else
			tab[c] = (unsigned char)c;
	}
	ready = 1;
	return tab;
}

/*
 * Two hashes of one normalised text, eight bytes at a time: the text
 * as it is, and with its ASCII digits masked to 0.  The two chains are
 * independent, so the processor runs them side by side.
 */
struct wh {
	uint64_t	 a, b;		/* unmasked, masked */
	uint64_t	 n;		/* bytes hashed */
};

#define WH_K		0x9e3779b97f4a7c15ULL

/*
 * Words are taken as little-endian (swar_load()) on every machine:
 * fingerprints are saved in state and count files, which must mean the
 * same everywhere.
 */
static inline uint64_t
mask_digits(uint64_t w)
{
	uint64_t high = w & SWAR_HIGHS;
	uint64_t d = swar_range(w & ~SWAR_HIGHS, '0', '9') & ~high;

	/* Digits are 0x30..0x39: clearing the low nibble makes them '0'. */
	return w & ~((d >> 7) * 0x0f);
}

static inline void
wh_word(struct wh *h, uint64_t w)
{
	uint64_t m = mask_digits(w);

	h->a = (h->a ^ w) * WH_K;
	h->a ^= h->a >> 32;
	h->b = (h->b ^ m) * WH_K;
	h->b ^= h->b >> 32;
}

/*
 * Hash the whole words of buf[0..*n) but its last byte (which may be a
 * trailing space to take back); move the rest to the front.
 */
static void
wh_flush(struct wh *h, unsigned char *buf, size_t *n)
{
	uint64_t w;
	size_t i;

	for (i = 0; i + 8 < *n; i += 8) {
		w = swar_load(buf + i);
		wh_word(h, w);
	}
	h->n += i;
	memmove(buf, buf + i, *n - i);
	*n -= i;
}

#define NORM_BUF	256

/*
 * How many of the eight bytes w (in memory order, little-endian) from
 * the start normalise to themselves but for case: ASCII without NUL,
 * TAB or a quote mark, and no space after a space (*lastsp: the byte
 * before was one).  *folded is w with ASCII capitals folded; *lastsp is
 * set for the bytes counted.
 */
static inline size_t
plain_run(uint64_t w, unsigned *lastsp, uint64_t *folded)
{
	uint64_t high = w & SWAR_HIGHS, x = w & ~SWAR_HIGHS, sp, bad;
	size_t k;

	sp = swar_eq7(x, ' ') & ~high;
	bad = high | swar_eq7(x, 0) | swar_eq7(x, '"') | swar_eq7(x, '\'') |
	    swar_eq7(x, '`') | swar_eq7(x, '\t') |
	    (sp & ((sp << 8) | (*lastsp ? 0x80 : 0)));
	k = bad == 0 ? 8 : swar_first(bad);
	if (k > 0)
		*lastsp = (unsigned)(sp >> (8 * k - 1)) & 1;
	*folded = swar_lower(w);
	return k;
}

/*
 * Normalise, then hash: ASCII letters folded, quote marks (ASCII and
 * the curly ones) dropped, any run of spaces and NBSPs one space,
 * leading and trailing space ignored; the fingerprint also masks
 * digits to 0, *exact (if not NULL) does not.  The common bytes go
 * without a branch: a space is written always, and kept only if the
 * byte before it was not one (nor the start).
 */
uint64_t
fptab_norm2(const char *s, size_t len, uint64_t *exact)
{
	const unsigned char *plain = norm_table();
	const unsigned char *u = (const unsigned char *)s;
	unsigned char buf[NORM_BUF + 16];
	struct wh h = { 0x243f6a8885a308d3ULL, 0x243f6a8885a308d3ULL, 0 };
	size_t i = 0, n = 0;
	uint64_t w;
	unsigned sp, lastsp = 1;
	unsigned char c, v;

	while (i < len) {
		if (n >= NORM_BUF)
			wh_flush(&h, buf, &n);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/*
		 * Bytes no rule changes but case folding, up to eight in
		 * one go; the buffer has room for all eight.
		 */
		if (i + 8 <= len) {
			size_t k;

			memcpy(&w, u + i, 8);
			k = plain_run(w, &lastsp, &w);
			memcpy(buf + n, &w, 8);
			n += k;
			i += k;
			if (k == 8)
				continue;
		}
#endif
		c = u[i];
		if ((v = plain[c]) != 0) {
			buf[n] = v;
			sp = v == ' ';
			n += !(sp & lastsp);
			lastsp = sp;
			i++;
			continue;
		}
		if (c == 0xc2 && i + 1 < len && u[i + 1] == 0xa0) {
			buf[n] = ' ';
			n += !lastsp;
			lastsp = 1;
			i += 2;
			continue;
		}
		if (c == '"' || c == '\'' || c == '`') {
			i++;
			continue;
		}
		/* ‘ ’ ‚ ‛ “ ” „ ‟ are e2 80 98..9f; « » c2 ab, c2 bb. */
		if (c == 0xe2 && i + 2 < len && u[i + 1] == 0x80 &&
		    u[i + 2] >= 0x98 && u[i + 2] <= 0x9f) {
			i += 3;
			continue;
		}
		if (c == 0xc2 && i + 1 < len && (u[i + 1] == 0xab ||
		    u[i + 1] == 0xbb)) {
			i += 2;
			continue;
		}
		buf[n++] = c;
		lastsp = 0;
		i++;
	}
	/* A trailing space is still in the buffer: wh_flush left it. */
	if (lastsp && n > 0)
		n--;
	wh_flush(&h, buf, &n);
	if (n == 8) {
		w = swar_load(buf);
		wh_word(&h, w);
		h.n += 8;
		n = 0;
	}
	/* The tail, padded with zeros: the length tells the padding apart. */
	h.n += n;
	memset(buf + n, 0, 8 - n);
	w = swar_load(buf);
	wh_word(&h, w);
	h.a = fmix(h.a ^ h.n);
	h.b = fmix(h.b ^ h.n);
	if (exact != NULL)
		*exact = h.a;
	return h.b;
}

uint64_t
fptab_norm(const char *s, size_t len)
{
	return fptab_norm2(s, len, NULL);
}

/*
 * The slots, zeroed.  A large table is touched at random, one slot per
 * paragraph: ask for huge pages, so filling it costs a few page faults
 * and TLB misses instead of one per 4 KiB.  Only a hint; the memory
 * bound is the same.
 */
static struct fptab_ent *
slots_new(size_t cap)
{
	struct fptab_ent *e;

	e = xcalloc(cap, sizeof(*e));
#ifdef MADV_HUGEPAGE
	{
		uintptr_t huge = (uintptr_t)2 << 20, lo, hi;

		lo = ((uintptr_t)e + huge - 1) & ~(huge - 1);
		hi = ((uintptr_t)e + cap * sizeof(*e)) & ~(huge - 1);
		if (hi > lo)
			(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	}
#endif
	return e;
}

/*
 * A table starts small and doubles while it fills, up to the capacity
 * the memory bound allows: a run that stores few keys touches (and has
 * the kernel zero) only the pages it needs, and its slots stay in the
 * cache.  Growth ends at the bound, so what a full table does is the
 * same.  While a table grows, its old and new slots are both held, and
 * together stay within the bound.
 */
#define START_CAP	((size_t)1 << 16)

struct fptab *
fptab_new(size_t memory)
{
	struct fptab *t;
	size_t cap = 1024;

	while (cap * 2 * sizeof(struct fptab_ent) <= memory &&
	    cap < ((size_t)1 << 40))
		cap *= 2;
	t = xcalloc(1, sizeof(*t));
	t->capmax = cap;
	t->bound = memory;
	if (cap <= START_CAP ||
	    (START_CAP + cap) * sizeof(struct fptab_ent) > memory)
		t->cap = cap;
	else
		t->cap = START_CAP;
	t->max = t->cap / 4 * 3;
	t->e = slots_new(t->cap);
	return t;
}

/* Double the slots, keeping every entry. */
static void
grow(struct fptab *t)
{
	struct fptab_ent *old = t->e;
	size_t oldcap = t->cap, mask, i, k;

	/*
	 * Old and new slots are held at once: the step that reaches the
	 * full size must fit in the bound with the slots it leaves, so
	 * it is taken from a size that makes it fit.
	 */
	if (t->cap * 2 < t->capmax && (t->cap * 2 + t->capmax) *
	    sizeof(struct fptab_ent) <= t->bound)
		t->cap *= 2;
	else
		t->cap = t->capmax;
	t->max = t->cap / 4 * 3;
	t->e = slots_new(t->cap);
	mask = t->cap - 1;
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == 0)
			continue;
		for (k = old[i].key & mask; t->e[k].key != 0; k = (k + 1) & mask)
			;
		t->e[k] = old[i];
	}
	free(old);
}

void
fptab_free(struct fptab *t)
{
	if (t == NULL)
		return;
	free(t->e);
	free(t);
}

size_t
fptab_bytes(const struct fptab *t)
{
	return t->cap * sizeof(*t->e);
}

struct fptab_ent *
fptab_get(struct fptab *t, uint64_t key)
{
	size_t mask = t->cap - 1, i;

	for (i = key & mask;; i = (i + 1) & mask) {
		if (t->e[i].key == key)
			return &t->e[i];
		if (t->e[i].key == 0)
			return NULL;
	}
}

/* Insert or update; gen is the generation to record. */
static struct fptab_ent *
upsert(struct fptab *t, uint64_t key, uint32_t add, uint64_t doc,
    int keep_min, uint32_t gen)
{
	size_t mask = t->cap - 1, i, k, victim = (size_t)-1;
	struct fptab_ent *e;

	for (i = key & mask, k = 0;; i = (i + 1) & mask, k++) {
		e = &t->e[i];
		if (e->key == key) {
			e->count = e->count > UINT32_MAX - add ? UINT32_MAX :
			    e->count + add;
			if (keep_min && doc < e->first)
				e->first = doc;
			if (gen > e->gen)
				e->gen = gen;
			return e;
		}
		if (e->key == 0)
			break;
		/* A victim if full: seen once, oldest first. */
		if (k < WINDOW && e->count <= 1 && (victim == (size_t)-1 ||
		    e->gen < t->e[victim].gen))
			victim = i;
	}
	if (t->n >= t->max && t->cap < t->capmax) {
		grow(t);
		return upsert(t, key, add, doc, keep_min, gen);
	}
	if (t->n >= t->max) {
		if (victim == (size_t)-1) {
			t->refused++;
			return NULL;
		}
		t->evicted++;
		e = &t->e[victim];
	} else
		t->n++;
	e->key = key;
	e->count = add;
	e->first = doc;
	e->gen = gen;
	return e;
}

struct fptab_ent *
fptab_add(struct fptab *t, uint64_t key, uint32_t add, uint64_t doc,
    int keep_min)
{
	return upsert(t, key, add, doc, keep_min, t->gen);
}

void
fptab_merge(struct fptab *dst, const struct fptab *src)
{
	size_t i;

	for (i = 0; i < src->cap; i++)
		if (src->e[i].key != 0)
			(void)upsert(dst, src->e[i].key, src->e[i].count,
			    src->e[i].first, 1, src->e[i].gen);
	if (src->gen > dst->gen)
		dst->gen = src->gen;
}

/*
 * Ageing works in place: a second set of slots would take the table
 * above --memory.  An entry is removed by backward-shift deletion
 * (linear probing keeps no tombstones): later entries of its cluster
 * move up into the hole when their home slot allows, so every entry
 * stays reachable from its home.  The slot is then looked at again,
 * as another entry may have moved into it; entries only move into
 * slots not yet passed, or (a cluster wrapping past the end) into
 * slots already kept, so each entry is judged.
 */
size_t
fptab_age(struct fptab *t, uint32_t maxage)
{
	size_t mask = t->cap - 1, i, j, hole, dropped = 0;

	if (maxage == 0 || t->gen < maxage)
		return 0;
	for (i = 0; i < t->cap; ) {
		if (t->e[i].key == 0 || t->e[i].gen > t->gen - maxage) {
			i++;
			continue;
		}
		hole = i;
		for (j = (i + 1) & mask; t->e[j].key != 0; j = (j + 1) & mask)
			/* Can it move: is the hole between its home and it? */
			if (((j - (t->e[j].key & mask)) & mask) >=
			    ((j - hole) & mask)) {
				t->e[hole] = t->e[j];
				hole = j;
			}
		memset(&t->e[hole], 0, sizeof(t->e[hole]));
		t->n--;
		dropped++;
	}
	return dropped;
}

static void
put64(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void
put32(unsigned char *p, uint32_t v)
{
	int i;

	for (i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t
get64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static uint32_t
get32(const unsigned char *p)
{
	uint32_t v = 0;
	int i;

	for (i = 3; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}


static int
cmpkey(const void *a, const void *b)
{
	uint64_t x = ((const struct fptab_ent *)a)->key;
	uint64_t y = ((const struct fptab_ent *)b)->key;

	return x < y ? -1 : x > y;
}

static void
encode(unsigned char *p, const struct fptab_ent *e)
{
	put64(p, e->key);
	put64(p + 8, e->first);
	put32(p + 16, e->count);
	put32(p + 20, e->gen);
}

int
fptab_write(const struct fptab *t, FILE *fp)
{
	struct fptab_ent *v;
	unsigned char hdr[FPTAB_HEADER], rec[FPTAB_ENTRY];
	uint64_t sum;
	size_t i, n = 0;

	/* Sorted entries make equal tables equal files. */
	v = xreallocarray(NULL, t->n + 1, sizeof(*v));
	for (i = 0; i < t->cap; i++)
		if (t->e[i].key != 0)
			v[n++] = t->e[i];
	qsort(v, n, sizeof(*v), cmpkey);
	memset(hdr, 0, sizeof(hdr));
	memcpy(hdr, FPTAB_MAGIC, 8);
	put32(hdr + 8, FPTAB_VERSION);
	put32(hdr + 12, FPTAB_ENTRY);
	put64(hdr + 16, n);
	put32(hdr + 24, t->gen);
	sum = hash_fnv64(HASH_FNV64_INIT, hdr, 32);
	for (i = 0; i < n; i++) {
		encode(rec, &v[i]);
		sum = hash_fnv64(sum, rec, sizeof(rec));
	}
	put64(hdr + 32, sum);
	if (fwrite(hdr, sizeof(hdr), 1, fp) != 1)
		goto fail;
	for (i = 0; i < n; i++) {
		encode(rec, &v[i]);
		if (fwrite(rec, sizeof(rec), 1, fp) != 1)
			goto fail;
	}
	free(v);
	return fflush(fp) == EOF ? -1 : 0;
fail:
	free(v);
	return -1;
}

int
fptab_read(struct fptab *t, FILE *fp, const char **why)
{
	unsigned char hdr[FPTAB_HEADER], rec[FPTAB_ENTRY];
	struct fptab_ent *v;
	uint64_t n, sum, i;
	size_t vcap;
	uint32_t gen;

	if (fread(hdr, sizeof(hdr), 1, fp) != 1) {
		*why = ferror(fp) ? strerror(errno) :
		    "too short for a fingerprint table";
		return -1;
	}
	if (memcmp(hdr, FPTAB_MAGIC, 8) != 0) {
		*why = "not a fingerprint table (bad magic)";
		return -1;
	}
	if (get32(hdr + 8) == 1) {
		/* Its keys would silently match nothing: say so. */
		*why = "fingerprint table of version 1, whose fingerprints "
		    "this version does not compute: remove the file and "
		    "rebuild it (--state, --count)";
		return -1;
	}
	if (get32(hdr + 8) != FPTAB_VERSION || get32(hdr + 12) !=
	    FPTAB_ENTRY) {
		*why = "unsupported fingerprint table version";
		return -1;
	}
	n = get64(hdr + 16);
	gen = get32(hdr + 24);
	if (get32(hdr + 28) != 0 || get64(hdr + 40) != 0) {
		*why = "corrupt fingerprint table (reserved bytes)";
		return -1;
	}
	if (n > ((uint64_t)1 << 40)) {
		*why = "corrupt fingerprint table (entry count)";
		return -1;
	}
	sum = hash_fnv64(HASH_FNV64_INIT, hdr, 32);
	/*
	 * Check everything before touching t.  The array grows with what
	 * is read, not with what the header claims: a damaged count must
	 * not ask for memory the file does not hold.
	 */
	v = NULL;
	vcap = 0;
	for (i = 0; i < n; i++) {
		if (i == vcap) {
			vcap = vcap ? vcap * 2 : 1024;
			v = xreallocarray(v, vcap, sizeof(*v));
		}
		if (fread(rec, sizeof(rec), 1, fp) != 1) {
			free(v);
			*why = ferror(fp) ? strerror(errno) :
			    "corrupt fingerprint table (truncated)";
			return -1;
		}
		sum = hash_fnv64(sum, rec, sizeof(rec));
		v[i].key = get64(rec);
		v[i].first = get64(rec + 8);
		v[i].count = get32(rec + 16);
		v[i].gen = get32(rec + 20);
		if (v[i].key == 0 || (i > 0 && v[i].key <= v[i - 1].key)) {
			free(v);
			*why = "corrupt fingerprint table (keys out of order)";
			return -1;
		}
	}
	if (fgetc(fp) != EOF) {
		free(v);
		*why = "corrupt fingerprint table (trailing bytes)";
		return -1;
	}
	if (sum != get64(hdr + 32)) {
		free(v);
		*why = "corrupt fingerprint table (checksum mismatch)";
		return -1;
	}
	for (i = 0; i < n; i++)
		(void)upsert(t, v[i].key, v[i].count, v[i].first, 1,
		    v[i].gen);
	if (gen > t->gen)
		t->gen = gen;
	free(v);
	return 0;
}

int
fptab_state_open(struct fptab *t, const char *path, const char **why)
{
	char *lp;
	FILE *fp;
	int fd, rv;

	lp = xasprintf("%s.lock", path);
	fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	free(lp);
	if (fd == -1) {
		*why = strerror(errno);
		return -1;
	}
	/* Wait for a concurrent run: its saved state is ours to load. */
	while (flock(fd, LOCK_EX) == -1)
		if (errno != EINTR) {
			*why = strerror(errno);
			close(fd);
			return -1;
		}
	if ((fp = fopen(path, "rb")) == NULL) {
		if (errno == ENOENT)
			return fd;
		*why = strerror(errno);
		close(fd);
		return -1;
	}
	rv = fptab_read(t, fp, why);
	fclose(fp);
	if (rv == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

int
fptab_state_save(const struct fptab *t, const char *path)
{
	char *tmp, *dir, *slash;
	FILE *fp;
	int fd, dfd, saved;

	tmp = xasprintf("%s.tmp", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd == -1 || (fp = fdopen(fd, "wb")) == NULL) {
		saved = errno;
		if (fd != -1)
			close(fd);
		free(tmp);
		errno = saved;
		return -1;
	}
	if (fptab_write(t, fp) == -1 || fsync(fd) == -1) {
		saved = errno;
		fclose(fp);
		unlink(tmp);
		free(tmp);
		errno = saved;
		return -1;
	}
	if (fclose(fp) == EOF || rename(tmp, path) == -1) {
		saved = errno;
		unlink(tmp);
		free(tmp);
		errno = saved;
		return -1;
	}
	free(tmp);
	/* Make the rename itself durable. */
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL)
		slash[slash == dir ? 1 : 0] = '\0';
	else
		strcpy(dir, ".");
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		(void)fsync(dfd);
		close(dfd);
	}
	free(dir);
	return 0;
}

void
fptab_state_close(int lock)
{
	if (lock >= 0)
		close(lock);
}
