# A 100 MB line with no newline goes through split and join whole.
yes | head -c 100000000 | tr -d '\n' | wire-split | wire-join | wc -c
