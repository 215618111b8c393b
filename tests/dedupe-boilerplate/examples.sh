# Golden test: the sample articles of examples/ (three sites) through the
# real pipeline.  Every chrome line of examples/README.md is dropped,
# every content line kept; the reasons show why.
d=tests/dedupe-boilerplate
wire-split examples/harbourledger/*.txt examples/northgatedaily/*.txt \
    examples/valleywire/*.txt | wire-dedupe-boilerplate --mark |
    awk -f $d/show.awk
