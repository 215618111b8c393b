# Records out of the order wire(5) promises: sentences before their doc
# record, documents interleaved, paragraph numbers going backwards, a
# doc record twice, sentences with no doc at all.  Records must still
# all come out (or an error naming file:line).
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
{ printf 'd1\tsentence\t1\t1\t0\t6\tEarly.\n'
  printf 'd1\tdoc\t0\t0\t\t\n'
  mine d1 'one'
  printf 'd2\tdoc\t0\t0\t\t\n'
  printf 'd1\tpara\t2\t0\t10\t20\n'
  printf 'd1\tsentence\t2\t1\t10\t20\t"Back in d1," he said.\n'
  printf 'd1\tpara\t1\t0\t0\t9\n'
  printf 'd1\tsentence\t1\t1\t0\t9\tBackward.\n'
  printf 'd1\tdoc\t0\t0\t\t\n'
  mine d1 'two'
  printf 'd4\tsentence\t3\t3\t0\t5\tOrph.\n'
  mine d4 'three'; } >"$T/rec"
filters "$T/rec"
