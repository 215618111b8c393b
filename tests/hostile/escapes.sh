# Escaped TAB, LF, CR and backslash in ids, kinds and text must come out
# byte for byte where a record is passed through.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd\\t1\tdoc\t0\t0\ts\\\\ite\tti\\ntle\n'
  printf 'd\\t1\tmine\t1\t0\t\\t\\n\\r\\\\\n'
  printf 'd\\t1\tmi\\tne\t1\t0\tkind with a tab\n'
  printf 'd\\t1\tpara\t1\t0\t0\t9\n'
  printf 'd\\t1\tsentence\t1\t1\t0\t9\ta\\\\b "c" d\n'
  printf 'd\\t1\tmine\t1\t1\t\\\\\\\\\\\\\n'; } >>"$T/rec"
printf 'id\\twith\\ttabs\ttext with \\\\ and \\n lines.\n' >"$T/r"
split_raw "$T/r" 1 -r
SAME=1 filters "$T/rec"
