# Overlong encodings, including overlong TAB, LF, backslash and NUL,
# which must not turn into field or record separators or escapes.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
OV='slash \300\257 \340\200\257 \360\200\200\257 \370\200\200\200\257, tab \300\211 lf \300\212 bs \301\234 nul \300\200 max \301\277 \340\237\277'
{ printf "$ARTICLE"; printf "$OV.\n"; } >"$T/raw"
printf "a\\t$OV\\nb\\300\\211c\\tT\\301\\234n\\t$OV\\n" >"$T/r"
records "$T/rec"
{ doc2 d2 "$OV."; printf "d2\\tmine\\t1\\t0\\t\\300\\211not\\300\\212split\\301\\234n\\n"; } >>"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/r" 2 -r
filters "$T/rec"
