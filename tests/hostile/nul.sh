# NUL bytes: in text, at the start, alone on a line, in ids and kinds.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
{ printf '\000\000'; printf "$ARTICLE"; printf 'Mid\000word. \000\n\000\n\000\000\000\n'; } >"$T/raw"
printf '\000\000\000' >"$T/nulonly"
printf 'a\000b\tte\000xt.\n\000\t\000\n' >"$T/r"
records "$T/rec"
{ doc2 d2 'Mr. \000Smith said \000 so.\000'
  printf 'd2\tmine\000\t1\t0\tnul in kind\n'
  printf 'd\0002\tmine\t1\t0\tnul in id\n'
  printf '\000\n'; } >>"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/nulonly" 1
split_raw "$T/r" 2 -r
# The last line, a lone NUL, is one field: malformed.
filters "$T/rec"
filters "$T/rec" --skip-bad
