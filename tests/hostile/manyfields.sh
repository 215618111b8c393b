# 100,000 fields: in a "mine" record (fine, passed through), in a doc
# record (malformed), on a -r line (malformed), as TABs in raw text.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd1\tmine\t1\t0'; repeat 100000 '\tf'; printf '\n'; } >>"$T/rec"
{ cat "$T/rec"; printf 'd1\tdoc\t0\t0'; repeat 100000 '\tf'; printf '\n'; } >"$T/bad"
{ printf 'a'; repeat 100000 '\tf'; printf '\n'; } >"$T/r"
{ printf "$ARTICLE"; repeat 100000 '\t'; printf 'end.\n'; } >"$T/raw"
split_raw "$T/raw" 1
split_raw "$T/r" 1 -r
split_raw "$T/r" lines -r --skip-bad
filters "$T/rec"
filters "$T/bad"
filters "$T/bad" --skip-bad
