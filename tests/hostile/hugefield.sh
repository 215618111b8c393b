# 10 MB fields: a "mine" record's field, a sentence's text, a -r text
# and a raw document that is one 10 MB line.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd1\tmine\t1\t0\t'; head -c 10000000 /dev/zero | tr '\0' 'a'; printf '\n'; } >>"$T/rec"
{ printf 'd5\tdoc\t0\t0\t\t\nd5\tpara\t1\t0\t0\t10000000\nd5\tsentence\t1\t1\t0\t10000000\t'
  head -c 10000000 /dev/zero | tr '\0' 'a'; printf '\n'; mine d5 'after the big one'; } >>"$T/rec"
head -c 10000000 /dev/zero | tr '\0' 'a' >"$T/raw"
{ printf 'big\t'; cat "$T/raw"; printf '\n'; } >"$T/r"
split_raw "$T/raw" 1
split_raw "$T/r" 1 -r
filters "$T/rec"
