/*
 * fptab_test.c -- unit tests for lib/fptab.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fptab.h"
#include "harness.h"

#define NORM(s)	fptab_norm((s), strlen(s))

static void
test_norm(void)
{
	OK(NORM("Share This Article") == NORM("share this article"), "case");
	OK(NORM("share  this\tarticle ") == NORM(" share this article"),
	    "white space");
	OK(NORM("\xe2\x80\x9cHello\xe2\x80\x9d") == NORM("\"Hello\""),
	    "quote marks");
	OK(NORM("\xc2\xa9 2025 Ledger") == NORM("\xc2\xa9 2026 Ledger"),
	    "digits masked");
	OK(NORM("share this article") != NORM("share this page"), "differs");
	OK(fptab_hash("a b", 3) != fptab_hash("a  b", 4), "hash is exact");
	OK(fptab_hash("a b ", 4) == fptab_hash("a b", 3), "trailing space");
	OK(NORM("") != 0 && fptab_mix(0, 0) != 0, "never zero");
}

/*
 * fptab_norm2 hashes eight bytes at a time: lengths around the word
 * size, long texts and the unmasked twin.
 */
static void
test_norm2(void)
{
	char a[600], b[600];
	uint64_t ea, eb;
	size_t n;

	OK(fptab_norm2("Net 12 mln", 10, &ea) ==
	    fptab_norm2("net 99 mln", 10, &eb) && ea != eb,
	    "masked equal, exact differs");
	OK(fptab_norm2("a \"b\"  c ", 9, &ea) == NORM("A b c") &&
	    ea == (fptab_norm2("a b c", 5, &eb), eb), "exact normalises");
	OK(fptab_norm("abcdefg", 7) != fptab_norm("abcdefg\0", 8) &&
	    fptab_norm("abcdefgh", 8) != fptab_norm("abcdefgh\0", 9),
	    "NUL padding is not the tail");
	OK(NORM("abcdefgh ") == NORM("abcdefgh") &&
	    NORM("abcdefghijklmno  ") == NORM("  abcdefghijklmno"),
	    "trailing space at a word boundary");
	for (n = 0; n < sizeof(a) - 1; n++)
		a[n] = (char)('a' + n % 23);
	a[n] = '\0';
	memcpy(b, a, sizeof(a));
	b[400] = 'Z';
	OK(NORM(a) != NORM(b), "late byte counts");
	b[400] = (char)(a[400] - 32);
	OK(NORM(a) == NORM(b), "late byte folded");
	/* A run of spaces across the buffer's refill. */
	memset(b + 250, ' ', 20);
	memcpy(a, b, sizeof(a));
	memset(a + 251, '\t', 18);
	OK(NORM(a) == NORM(b), "space run across a refill");
	/*
	 * Fingerprints are saved in state and count files (version 2):
	 * these values must not change, nor differ between machines.
	 */
	OK(fptab_norm2("Shares in Brightwater fell 3.5 percent in early "
	    "trade.", 54, &ea) == 0x72de72b196510652ULL &&
	    ea == 0xaac99dc0fb4d5518ULL, "pinned fingerprint, prose");
	OK(fptab_norm2("Net 12 mln", 10, &ea) == 0xac8432e6e7b48fbdULL &&
	    ea == 0x8526fc9d687d9acaULL, "pinned fingerprint, figures");
}

/* A table grows as it fills, up to its bound, and keeps every entry. */
static void
test_grow(void)
{
	struct fptab *t = fptab_new(64 << 20);
	uint64_t k;
	int all = 1;

	OK(t->cap < t->capmax, "starts small");
	for (k = 1; k <= 200000; k++)
		fptab_add(t, fptab_mix(k, 2), 1, k, 0);
	for (k = 1; k <= 200000; k++)
		all &= fptab_get(t, fptab_mix(k, 2)) != NULL;
	OK(all && t->n == 200000 && t->evicted == 0, "kept all");
	OK(t->cap > 200000 && t->cap <= t->capmax, "grew");
	fptab_free(t);
	/* Too tight to hold the first and the full slots: full at once. */
	t = fptab_new(12 << 20);
	OK(t->cap == t->capmax, "tight bound: full size");
	fptab_free(t);
}

/*
 * Ageing in place, in long clusters of keys that share home slots,
 * one wrapping past the end of the slots: exactly the young entries
 * stay, each still found, counts and all.
 */
static void
test_age_clusters(void)
{
	struct fptab *t = fptab_new(1 << 16);
	struct fptab_ent *e;
	size_t cap = t->cap, k, young = 0, found = 0, old = 0;
	uint64_t key;

	/* Keys k * cap + home: homes 0-3 and the last four slots. */
	for (k = 1; k <= 40 * 8; k++) {
		key = (uint64_t)(k / 8 + 1) * cap + (k % 8 < 4 ? k % 8 :
		    cap - 8 + k % 8);
		t->gen = (uint32_t)(1 + (k * 7) % 5);	/* 1 to 5 */
		fptab_add(t, key, (uint32_t)k, k, 1);
	}
	OK(t->n == 320, "clusters built");
	t->gen = 5;
	for (k = 0; k < cap; k++)
		if (t->e[k].key != 0 && t->e[k].gen <= 3)
			old++;
	INT_EQ(fptab_age(t, 2), old, "aged the old ones");
	for (k = 1; k <= 40 * 8; k++) {
		key = (uint64_t)(k / 8 + 1) * cap + (k % 8 < 4 ? k % 8 :
		    cap - 8 + k % 8);
		e = fptab_get(t, key);
		if (1 + (k * 7) % 5 > 3) {
			young++;
			found += e != NULL && e->count == k && e->first == k;
		} else
			found += e != NULL ? 1000 : 0;
	}
	INT_EQ(found, young, "every young entry found, no old one");
	INT_EQ(t->n, young, "count right");
	fptab_free(t);
}

static void
test_table(void)
{
	struct fptab *t = fptab_new(1 << 20), *u;
	struct fptab_ent *e;
	uint64_t k;

	e = fptab_add(t, 42, 1, 7, 0);
	OK(e != NULL && e->count == 1 && e->first == 7, "add");
	e = fptab_add(t, 42, 1, 3, 0);
	OK(e->count == 2 && e->first == 7, "first kept");
	e = fptab_add(t, 42, 1, 3, 1);
	OK(e->count == 3 && e->first == 3, "least kept");
	OK(fptab_get(t, 43) == NULL, "absent");
	u = fptab_new(1 << 20);
	fptab_add(u, 42, 5, 1, 1);
	fptab_add(u, 99, 1, 9, 1);
	fptab_merge(t, u);
	INT_EQ(fptab_get(t, 42)->count, 8, "merge adds");
	INT_EQ(fptab_get(t, 42)->first, 1, "merge takes the least");
	INT_EQ(fptab_get(t, 99)->count, 1, "merge inserts");
	fptab_free(u);
	fptab_free(t);

	/* Bounded: a table never holds more than its max. */
	t = fptab_new(64 * 1024);
	for (k = 1; k < 100000; k++)
		fptab_add(t, fptab_mix(k, 1), 1, k, 0);
	OK(t->n <= t->max, "bounded");
	OK(fptab_bytes(t) <= 64 * 1024, "within memory");
	OK(t->evicted > 0, "evicts singletons when full");
	fptab_free(t);

	/* Ageing drops what the last runs did not see. */
	t = fptab_new(1 << 16);
	t->gen = 1;
	fptab_add(t, 5, 1, 1, 1);
	t->gen = 5;
	fptab_add(t, 6, 1, 1, 1);
	INT_EQ(fptab_age(t, 2), 1, "aged one");
	OK(fptab_get(t, 5) == NULL && fptab_get(t, 6) != NULL, "kept the new");
	fptab_free(t);
	test_age_clusters();
}

static void
test_file(void)
{
	struct fptab *t = fptab_new(1 << 16), *u;
	const char *why = NULL;
	char path[] = "/tmp/fptab_testXXXXXX";
	FILE *fp;
	int fd, c;

	t->gen = 3;
	fptab_add(t, 11, 2, 5, 1);
	fptab_add(t, 7, 1, 6, 1);
	fd = mkstemp(path);
	OK(fd != -1, "mkstemp");
	close(fd);
	OK(fptab_state_save(t, path) == 0, "save");
	u = fptab_new(1 << 16);
	fp = fopen(path, "rb");
	OK(fptab_read(u, fp, &why) == 0, "read back");
	fclose(fp);
	OK(u->gen == 3 && u->n == 2 && fptab_get(u, 11)->count == 2,
	    "same table");
	fptab_free(u);

	/* One flipped byte anywhere is caught, and nothing is loaded. */
	fp = fopen(path, "r+b");
	fseek(fp, FPTAB_HEADER + 3, SEEK_SET);
	c = fgetc(fp);
	fseek(fp, FPTAB_HEADER + 3, SEEK_SET);
	fputc(c ^ 1, fp);
	fclose(fp);
	u = fptab_new(1 << 16);
	fp = fopen(path, "rb");
	OK(fptab_read(u, fp, &why) == -1, "corrupt rejected");
	OK(why != NULL && strstr(why, "corrupt") != NULL, "says corrupt");
	OK(u->n == 0, "nothing loaded");
	fclose(fp);
	fptab_free(u);

	/* A version 1 table: refused, with what to do. */
	OK(fptab_state_save(t, path) == 0, "save again");
	fp = fopen(path, "r+b");
	fseek(fp, 8, SEEK_SET);
	fputc(1, fp);
	fclose(fp);
	u = fptab_new(1 << 16);
	fp = fopen(path, "rb");
	OK(fptab_read(u, fp, &why) == -1, "version 1 rejected");
	OK(why != NULL && strstr(why, "version 1") != NULL &&
	    strstr(why, "rebuild") != NULL, "says version 1, rebuild");
	OK(u->n == 0, "nothing loaded");
	fclose(fp);
	fptab_free(u);
	unlink(path);
	fptab_free(t);
}

int
main(void)
{
	test_norm();
	test_norm2();
	test_grow();
	test_table();
	test_file();
	return harness_done();
}
