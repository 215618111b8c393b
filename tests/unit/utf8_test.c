/* Unit tests for lib/utf8: decoding and repair per RFC 3629. */
#include "buf.h"
#include "harness.h"
#include "utf8.h"

static void
repair(const char *in, size_t len, const char *want, size_t nbad,
    const char *name)
{
	struct buf b = BUF_INIT;

	INT_EQ(utf8_repair(&b, in, len), nbad, name);
	MEM_EQ(b.data == NULL ? "" : b.data, b.len, want, strlen(want), name);
	buf_free(&b);
}

#define R "\xEF\xBF\xBD"

int
main(void)
{
	uint32_t cp;
	char enc[4];
	int valid;

	INT_EQ(utf8_decode("\xE2\x82\xAC", 3, &cp, &valid), 3, "euro len");
	INT_EQ(cp, 0x20AC, "euro");
	INT_EQ(utf8_decode("\xF0\x9F\x98\x80", 4, &cp, &valid), 4, "emoji");
	INT_EQ(cp, 0x1F600, "emoji cp");
	INT_EQ(utf8_decode("\xE2\x82", 2, &cp, &valid), 1, "truncated");
	INT_EQ(valid, 0, "truncated invalid");
	INT_EQ(utf8_encode(0x20AC, enc), 3, "encode euro");
	MEM_EQ(enc, 3, "\xE2\x82\xAC", 3, "encode euro bytes");
	INT_EQ(utf8_encode(0xD800, enc), 3, "encode surrogate");
	MEM_EQ(enc, 3, R, 3, "surrogate becomes U+FFFD");

	repair("plain", 5, "plain", 0, "ASCII unchanged");
	repair("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D", 13,
	    "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D", 0, "valid kept");
	repair("a\xC0\x80z", 4, "a" R R "z", 2, "overlong NUL");
	repair("\xE0\x80\xAF", 3, R R R, 3, "overlong slash");
	repair("\xED\xA0\x80", 3, R R R, 3, "surrogate");
	repair("\xF4\x90\x80\x80", 4, R R R R, 4, "above U+10FFFF");
	repair("\xF5\xFF", 2, R R, 2, "never-valid bytes");
	repair("x\xE2\x82", 3, "x" R R, 2, "truncated at end");
	repair("a\0b", 3, "a" R "b", 1, "NUL replaced");
	repair("\x80\x80", 2, R R, 2, "stray continuation");
	INT_EQ(utf8_valid_prefix("ab\xFF" "c", 4), 2, "valid prefix");
	INT_EQ(utf8_count("\xE2\x82\xAC" "ab", 5), 3, "count");
	return harness_done();
}
