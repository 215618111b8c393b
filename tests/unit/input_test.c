/* Unit tests for lib/input and lib/rec: line ends, BOM, huge lines. */
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "input.h"
#include "rec.h"

static char tmpl[] = "/tmp/wire-input-XXXXXX";

#define WRITE_LIT(lit) write_file((lit), sizeof(lit) - 1)

static void
write_file(const char *data, size_t len)
{
	FILE *fp;

	fp = fopen(tmpl, "w");
	fwrite(data, 1, len, fp);
	fclose(fp);
}

int
main(void)
{
	struct input *in;
	struct rec_in *ri;
	struct rec r;
	char *s;
	size_t len, i;
	int fd;
	FILE *fp;

	if ((fd = mkstemp(tmpl)) == -1)
		return 1;
	close(fd);

	/* BOM, CRLF, LF, invalid byte, no final newline. */
	WRITE_LIT("\xEF\xBB\xBFone\r\ntwo\n\xFFx\nlast");
	in = input_open(tmpl);
	OK(input_line(in, &s, &len), "line 1");
	MEM_EQ(s, len, "one", 3, "BOM and CR stripped");
	INT_EQ(in->offset, 3, "offset after BOM");
	INT_EQ(in->crlf, 1, "crlf seen");
	OK(input_line(in, &s, &len), "line 2");
	MEM_EQ(s, len, "two", 3, "LF line");
	INT_EQ(in->offset, 8, "offset counts CRLF");
	OK(input_line(in, &s, &len), "line 3");
	MEM_EQ(s, len, "\xEF\xBF\xBDx", 4, "invalid byte repaired");
	OK(input_line(in, &s, &len), "line 4");
	MEM_EQ(s, len, "last", 4, "no final newline");
	INT_EQ(in->newline, 0, "no newline flag");
	INT_EQ(in->offset, 17, "offset in repaired text");
	OK(!input_line(in, &s, &len), "EOF");
	INT_EQ(in->repaired, 1, "repairs counted");
	INT_EQ(in->lineno, 4, "line count");
	input_close(in);

	/* A 100 MB line without a newline. */
	fp = fopen(tmpl, "w");
	for (i = 0; i < 100; i++) {
		static char mb[1000000];
		memset(mb, 'y', sizeof(mb));
		fwrite(mb, 1, sizeof(mb), fp);
	}
	fclose(fp);
	in = input_open(tmpl);
	OK(input_line(in, &s, &len), "100 MB line read");
	INT_EQ(len, 100000000, "100 MB line length");
	OK(!input_line(in, &s, &len), "100 MB line EOF");
	input_close(in);

	/*
	 * Lines of many lengths, some longer than the reader's buffer,
	 * so that line ends fall everywhere in and across its reads.
	 */
	{
		size_t k, n = 400, want, off = 0, bad = 0, got = 0;

		fp = fopen(tmpl, "w");
		for (k = 0; k < n; k++) {
			want = (k * 7919) % 70000 + (k % 50 == 0 ? 300000 : 0);
			for (i = 0; i < want; i++)
				putc('a' + (int)(k % 26), fp);
			fputs(k % 3 == 0 ? "\r\n" : "\n", fp);
		}
		fclose(fp);
		in = input_open(tmpl);
		for (k = 0; input_line(in, &s, &len); k++, got++) {
			want = (k * 7919) % 70000 + (k % 50 == 0 ? 300000 : 0);
			for (i = 0; i < len; i++)
				if (s[i] != 'a' + (int)(k % 26))
					break;
			if (len != want || i != len || s[len] != '\0' ||
			    in->crlf != (k % 3 == 0) || in->offset != off)
				bad++;
			off += want + (k % 3 == 0 ? 2 : 1);
		}
		INT_EQ(got, n, "lines across reads: all read");
		INT_EQ(bad, 0, "lines across reads: text, ends, offsets");
		input_close(in);
	}

	/* Records: kinds, escapes, numbers; bad ones skipped and counted. */
	WRITE_LIT("d\tsentence\t1\t2\t0\t3\ta\\tb\n"
	    "d\tsentence\t1\n"
	    "d\tsentence\t1\t1\t0\t3\n"
	    "d\tmine\tx\ty\tz\n"
	    "d\tpara\t1\t0\t0\tten\n"
	    "d\tdoc\t0\t0\ts\tbad\\q\n");
	ri = rec_open(tmpl, REC_SKIPBAD);
	OK(rec_read(ri, &r), "record 1");
	INT_EQ(r.kind, REC_SENTENCE, "kind");
	INT_EQ(r.sent, 2, "sentence number");
	MEM_EQ(r.f[SENT_TEXT].s, r.f[SENT_TEXT].len, "a\tb", 3, "unescaped");
	MEM_EQ(r.raw, r.rawlen, "d\tsentence\t1\t2\t0\t3\ta\\tb", 23,
	    "raw kept for pass-through");
	OK(rec_read(ri, &r), "record of an unknown kind");
	INT_EQ(r.kind, REC_OTHER, "unknown kind passes");
	INT_EQ(r.nf, 5, "unknown kind fields");
	OK(!rec_read(ri, &r), "rest malformed");
	INT_EQ(ri->skipped, 4, "malformed records counted");
	rec_close(ri);

	unlink(tmpl);
	return harness_done();
}
