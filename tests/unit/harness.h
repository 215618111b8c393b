/*
 * harness.h -- a tiny unit-test harness (after cmark's api_test).
 * Each check prints one line; main returns harness_done().
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_pass, harness_fail;

#define OK(cond, name) do {						\
	if (cond) {							\
		harness_pass++;						\
	} else {							\
		harness_fail++;						\
		printf("not ok: %s (%s:%d)\n", (name), __FILE__, __LINE__); \
	}								\
} while (0)

#define INT_EQ(got, want, name) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	if (g_ == w_) {							\
		harness_pass++;						\
	} else {							\
		harness_fail++;						\
		printf("not ok: %s: got %lld, want %lld (%s:%d)\n", (name), \
		    g_, w_, __FILE__, __LINE__);			\
	}								\
} while (0)

#define MEM_EQ(got, glen, want, wlen, name) do {			\
	size_t gl_ = (glen), wl_ = (wlen);				\
	if (gl_ == wl_ && memcmp((got), (want), gl_) == 0) {		\
		harness_pass++;						\
	} else {							\
		harness_fail++;						\
		printf("not ok: %s: got \"%.*s\", want \"%.*s\" (%s:%d)\n", \
		    (name), (int)gl_, (const char *)(got), (int)wl_,	\
		    (const char *)(want), __FILE__, __LINE__);		\
	}								\
} while (0)

#define STR_EQ(got, want, name) \
	MEM_EQ((got), strlen(got), (want), strlen(want), (name))

/* The last line is read by tests/run. */
static int
harness_done(void)
{
	printf("unit: %d passed, %d failed\n", harness_pass, harness_fail);
	return harness_fail != 0;
}

#endif
