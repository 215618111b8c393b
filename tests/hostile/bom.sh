# Byte order marks: at the start (dropped), in the middle (text), twice.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
{ printf '\357\273\277'; printf "$ARTICLE"; printf 'Mid\357\273\277word.\n'; } >"$T/raw"
printf '\357\273\277\357\273\277' >"$T/bomonly"
printf '\357\273\277a\tfirst text.\n\357\273\277b\tsecond text.\n' >"$T/r"
records "$T/rec0"
{ printf '\357\273\277'; cat "$T/rec0"; printf '\357\273\277d1\tmine\t1\t0\tbom id\n'; } >"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/bomonly" 1
split_raw "$T/r" 2 -r
filters "$T/rec"
