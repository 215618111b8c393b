# Surrogates (lone, paired as CESU-8) and code points above U+10FFFF.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
SG='lo \355\240\200 hi \355\277\277 pair \355\240\275\355\270\200 big \364\220\200\200 \367\277\277\277 ok \360\237\230\200 \364\217\277\277'
{ printf "$ARTICLE"; printf "\"$SG,\" he said.\n"; } >"$T/raw"
printf "a\\t$SG\\n\\355\\240\\200\\t$SG\\n" >"$T/r"
records "$T/rec"
doc2 d2 "$SG." >>"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/r" 2 -r
filters "$T/rec"
