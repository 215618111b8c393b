# 100,000 quotes in one paragraph, and a 2 MB quote: all found, in
# linear time (tests/run would time out otherwise).
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "\"q%d,\" said Al. ", i; print "" }' |
    wire-split | wire-extract-quotes | awk -F '\t' '$2 == "quote"' | wc -l
awk 'BEGIN { printf "Al said: \""; for (i = 0; i < 200000; i++) printf "word %d ", i; print "end.\"" }' |
    wire-split | wire-extract-quotes | awk -F '\t' '$2 == "quote" { print $9, $10, $12, length($13) }'
