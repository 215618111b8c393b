# Backslash escapes other than \\ \t \n \r, and a lone backslash at the
# end of a field or line.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd1\tbad\t1\t0\tx\\q\n'
  printf 'd1\tbad\t1\t0\tends in \\\n'
  printf 'd1\tbad\t1\t0\todd \\\\\\\tnext\n'
  printf 'd1\tsentence\t1\t9\t0\t4\tte\\0t\n'
  printf 'd1\\x\tbad\t1\t0\tin the id\n'
  printf 'd1\tbad\\u0041\t1\t0\tin the kind\n'
  printf 'd1\tmine\t1\t0\tfine \\\\ \\t \\n \\r\n'; } >>"$T/rec"
printf 'a\tbad \\q escape.\nb\tends \\\nc\tfine \\\\ \\t \\n.\n' >"$T/r"
split_raw "$T/r" 3 -r
split_raw "$T/r" lines -r --skip-bad
filters "$T/rec"
filters "$T/rec" --skip-bad
