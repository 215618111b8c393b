# Records of wire's kinds with too many or too few kind fields, a
# "mine" record with 50 fields (fine), -r lines with 4 fields.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd1\tdoc\t0\t0\tsite\ttitle\textra\n'
  printf 'd1\tpara\t1\t0\t0\n'
  printf 'd1\tsentence\t1\t1\t0\t4\ttext\textra\n'
  printf 'd1\tentity\t1\t1\t0\t4\tPERSON\tA\tA\textra\n'
  printf 'd1\tquote\t1\t1\t1\t1\t0\t4\tdirect\tA\tB\tsaid\n'
  printf 'd1\tmark\t1\t0\tkeep\n'
  printf 'd1\tmine\t1\t0'; repeat 50 '\tf'; printf '\n'; } >>"$T/rec"
printf 'a\tT\ttext.\textra\nb\ttext.\n' >"$T/r"
split_raw "$T/r" 2 -r
split_raw "$T/r" lines -r --skip-bad
filters "$T/rec"
filters "$T/rec" --skip-bad
