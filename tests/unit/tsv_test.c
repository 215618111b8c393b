/* Unit tests for lib/tsv: the @tsv escapes round-trip any bytes. */
#include <stdlib.h>

#include "buf.h"
#include "harness.h"
#include "tsv.h"

/* Does s survive escape + unescape, with no raw TAB, LF, CR between? */
static int
survives(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	size_t n, bad;
	int ok;

	tsv_escape(&b, s, len);
	n = b.len;
	ok = memchr(b.data, '\t', b.len) == NULL &&
	    memchr(b.data, '\n', b.len) == NULL &&
	    memchr(b.data, '\r', b.len) == NULL &&
	    tsv_unescape(b.data, &n, &bad) == 0 && n == len &&
	    memcmp(b.data, s, len) == 0;
	buf_free(&b);
	return ok;
}

#define roundtrip(s, len, name) OK(survives((s), (len)), (name))

int
main(void)
{
	struct buf b = BUF_INIT;
	char s[64], bad1[] = "ab\\x", bad2[] = "ab\\";
	size_t n, bad, i, len;
	int k, failed = 0;

	tsv_escape(&b, "a\tb\nc\\d\re", 9);
	STR_EQ(b.data, "a\\tb\\nc\\\\d\\re", "escape all four");
	buf_free(&b);

	n = strlen(bad1);
	INT_EQ(tsv_unescape(bad1, &n, &bad), -1, "unknown escape");
	INT_EQ(bad, 2, "unknown escape offset");
	n = strlen(bad2);
	INT_EQ(tsv_unescape(bad2, &n, &bad), -1, "lone trailing backslash");

	roundtrip("", 0, "empty");
	roundtrip("\\\\t", 3, "escaped-looking text");
	roundtrip("a\0b\tc", 5, "NUL byte");
	roundtrip("\xff\xfe\xc0\x80\t", 5, "invalid UTF-8");

	/* Random byte strings, biased towards the special bytes. */
	srand(42);
	for (k = 0; k < 2000; k++) {
		len = (size_t)(rand() % (int)sizeof(s));
		for (i = 0; i < len; i++) {
			switch (rand() % 6) {
			case 0: s[i] = '\\'; break;
			case 1: s[i] = "\t\n\r\0"[rand() % 4]; break;
			default: s[i] = (char)(rand() % 256); break;
			}
		}
		if (!survives(s, len))
			failed++;
	}
	INT_EQ(failed, 0, "2000 random byte strings round-trip");
	return harness_done();
}
