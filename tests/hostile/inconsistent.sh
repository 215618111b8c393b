# Well-formed records whose numbers make no sense: offsets past the end,
# lengths that do not match the text, entity spans outside or reversed,
# huge paragraph and sentence numbers, zero-length paragraphs, quotes
# ending before they start.  Either correct output or an error naming
# file:line; never a crash.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
{ printf 'd3\tdoc\t0\t0\t\t\n'
  printf 'd3\tpara\t1\t0\t999999999999999999\t0\n'
  printf 'd3\tsentence\t1\t1\t999999999999999999\t999999999999999999\tMr. John Kerry said "yes".\n'
  printf 'd3\tentity\t1\t1\t20\t999\tPERSON\tKerry\tKerry\n'
  printf 'd3\tentity\t1\t1\t9\t3\tPERSON\tKerry\tKerry\n'
  printf 'd3\tsentence\t1\t2\t0\t0\t\n'
  printf 'd3\tpara\t999999999999999999\t0\t5\t5\n'
  printf 'd3\tsentence\t999999999999999999\t999999999999999999\t5\t3\t"A"\n'
  printf 'd3\tquote\t2\t1\t1\t1\t50\t10\tdirect\tX\t\tsaid\ttext\n'
  printf 'd3\tmark\t1\t0\tmaybe\t\n'
  mine d3 'end of d3'; } >>"$T/rec"
filters "$T/rec"
