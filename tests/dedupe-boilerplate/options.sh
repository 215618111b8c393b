# Options: --invert, --no-content, --no-cross, -k, --memory, --max-age,
# --skip-bad, unknown kinds, usage errors.
d=tests/dedupe-boilerplate
t=${TMPDIR:-/tmp}/dbp-opt.$$
mkdir -p $t
trap 'rm -rf $t' EXIT
LC_ALL=C sed -n "/<<'PAGE'/,/^PAGE\$/p" $d/cross.sh | sed '1d;$d' |
    LC_ALL=C awk -f $d/mkrec.awk >$t/all
echo "-- invert: only what is dropped (and the doc records)"
wire-dedupe-boilerplate --invert <$t/all | cut -f1,2,3,7
echo "-- no-content: only repetition; -k 2"
wire-dedupe-boilerplate --no-content -k 2 --mark <$t/all | awk -f $d/show.awk
echo "-- no-cross: no template, common or syndicated"
wire-dedupe-boilerplate --no-cross --mark <$t/all | awk -f $d/show.awk |
    grep -c 'template\|common\|syndicated'
echo "-- memory: a full table warns and stays in its bound"
awk 'BEGIN { for (i = 0; i < 20000; i++) {
	w = ""; for (n = i; n > 0; n = int(n / 26)) w = w substr("abcdefghijklmnopqrstuvwxyz", n % 26 + 1, 1)
	printf "m/%d\tpara\t1\t0\t0\t9\nm/%d\tsentence\t1\t1\t0\t9\tline %s\n", i, i, w } }' |
    wire-dedupe-boilerplate --memory 64k 2>&1 >/dev/null | sed 's/: [0-9]* evicted.*//'
echo "-- max-age 1: entries of an earlier run are forgotten"
awk -F '\t' '$1 == "a/1" || $1 == "a/2"' $t/all >$t/day1
awk -F '\t' '$1 == "a/3"' $t/all >$t/day3
wire-dedupe-boilerplate --state $t/st <$t/day1 >/dev/null
wire-dedupe-boilerplate --state $t/st --max-age 1 </dev/null >/dev/null
wire-dedupe-boilerplate --state $t/st --mark <$t/day3 | awk -f $d/show.awk | grep -c template
echo "-- unknown kinds pass through, in order; a dropped paragraph takes its annotations"
printf 'x\tdoc\t0\t0\ts\t\nx\tnote\t0\t0\tfirst\nx\tpara\t1\t0\t0\t5\nx\tsentence\t1\t1\t0\t5\tShare\nx\tentity\t1\t1\t0\t5\tORG\tShare\tShare\nx\tpara\t2\t0\t6\t60\nx\tsentence\t2\t1\t6\t60\tThe council voted on Tuesday to raise the fares by a small amount.\nx\tnote\t2\t0\tkept\n' |
    wire-dedupe-boilerplate
echo "-- skip-bad"
printf 'x\tpara\tone\t0\t0\t1\n' | wire-dedupe-boilerplate --skip-bad; echo "exit $?"
printf 'x\tpara\tone\t0\t0\t1\n' | wire-dedupe-boilerplate 2>/dev/null; echo "exit $?"
echo "-- usage"
wire-dedupe-boilerplate --mark --invert </dev/null 2>/dev/null; echo "exit $?"
wire-dedupe-boilerplate --memory 1 </dev/null 2>/dev/null; echo "exit $?"
wire-dedupe-boilerplate --count --table x </dev/null 2>/dev/null; echo "exit $?"
wire-dedupe-boilerplate --bogus </dev/null 2>/dev/null; echo "exit $?"
wire-dedupe-boilerplate --merge </dev/null 2>/dev/null; echo "exit $?"
wire-dedupe-boilerplate --version
wire-dedupe-boilerplate --help | head -1
