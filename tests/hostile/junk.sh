# 64 KB of pseudo-random bytes (a binary file): as raw text, as -r lines,
# as records, between records, and inside a field.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
junk 65536 1 >"$T/junk"
records "$T/rec0"
{ cat "$T/rec0"; cat "$T/junk"; printf '\n'; mine d9 'after junk'; } >"$T/mixed"
{ cat "$T/rec0"; printf 'd1\tmine\t1\t0\t'; junk 65536 7 | LC_ALL=C tr -d '\t\n\r\134'; printf '\n'; } >"$T/field"
split_raw "$T/junk" 1
split_raw "$T/junk" 1 -r
split_raw "$T/junk" lines -r --skip-bad
filters "$T/junk"
filters "$T/junk" --skip-bad
filters "$T/mixed" --skip-bad
filters "$T/field"
