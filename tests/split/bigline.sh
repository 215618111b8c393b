# A single 20 MB line with no sentence end: one doc, para and sentence.
yes | head -c 20000000 | tr -d '\n' | wire-split | cut -f 2-6
