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
	unlink(path);
	fptab_free(t);
}

int
main(void)
{
	test_norm();
	test_table();
	test_file();
	return harness_done();
}
