# count -> merge -> apply over two shards equals count -> apply over the
# whole stream (the repetition rules), and the tables are the same bytes.
d=tests/dedupe-boilerplate
t=${TMPDIR:-/tmp}/dbp-shard.$$
mkdir -p $t
trap 'rm -rf $t' EXIT
# The documents of cross.sh, as records.
LC_ALL=C sed -n "/<<'PAGE'/,/^PAGE\$/p" $d/cross.sh | sed '1d;$d' |
    LC_ALL=C awk -f $d/mkrec.awk >$t/all
# Shard 1: a/1 b/1; shard 2: a/2 a/3 (documents stay whole).
awk -F '\t' '$1 == "a/1" || $1 == "b/1"' $t/all >$t/s1
awk -F '\t' '$1 == "a/2" || $1 == "a/3"' $t/all >$t/s2
a="--stream-docs 3"
wire-dedupe-boilerplate $a --count <$t/all >$t/all.fpt
wire-dedupe-boilerplate $a --count <$t/s1 >$t/s1.fpt
wire-dedupe-boilerplate $a --count <$t/s2 >$t/s2.fpt
wire-dedupe-boilerplate --merge $t/s1.fpt $t/s2.fpt >$t/merged.fpt
cmp -s $t/all.fpt $t/merged.fpt && echo "merged table = whole table"
wire-dedupe-boilerplate $a --table $t/all.fpt --mark <$t/all >$t/whole.out
wire-dedupe-boilerplate $a --table $t/merged.fpt --mark <$t/s1 >$t/sh.out
wire-dedupe-boilerplate $a --table $t/merged.fpt --mark <$t/s2 >>$t/sh.out
sort $t/whole.out >$t/a; sort $t/sh.out >$t/b
cmp -s $t/a $t/b && echo "sharded apply = whole apply"
# With the full table the first pages of a site lose their template too.
awk -f $d/show.awk $t/whole.out
