# Hostile text: stray and unbalanced marks, a quote left open at the end
# of the document, invalid UTF-8 and NUL bytes, a lone closing mark, CRLF,
# no final newline.  Every record still comes out once, offsets stay
# inside the document, and the program exits 0.
printf '\342\200\235stray close, then \342\200\234open and never closed\r\nx\377\000y "a" said Al "b\r\n\342\200\230\342\200\230 half' |
    wire-split | wire-extract-quotes --all |
    awk -F '\t' '$2 == "quote" { print $2, $7, $8, $9, "[" $13 "]" } $2 != "quote" { n++ } END { print n " other records" }'
