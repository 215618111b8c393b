# Words, signs, blanks and 19-digit numbers where wire's kinds have
# numbers (malformed); other kinds may have anything there.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd1\tsentence\tone\t1\t0\t4\ttext\n'
  printf 'd1\tsentence\t1\t1\t-1\t4\ttext\n'
  printf 'd1\tsentence\t1\t1\t0\t+4\ttext\n'
  printf 'd1\tpara\t1\t0\t \t4\n'
  printf 'd1\tpara\t1\t0\t0\t9999999999999999999\n'
  printf 'd1\tentity\t1\t1\t0x1\t4\tPERSON\tA\tA\n'
  printf 'd1\tsentence\t\t\t0\t4\ttext\n'
  printf 'd1\tmine\t-1\tword\tother kinds may\n'; } >>"$T/rec"
filters "$T/rec"
filters "$T/rec" --skip-bad
