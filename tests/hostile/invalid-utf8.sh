# Invalid UTF-8: stray continuation bytes, bytes that never occur
# (C0 C1 F5..FF), sequences cut short (at a line end and before ASCII).
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
BAD='lone \200\277 cont, \300 \301 \365 \370 \377, cut \342\200 x, \360\237\230 end \342\200'
{ printf "$ARTICLE"; printf "$BAD\n\n\"Quote \342\200\234 \377 said\" he said.\342\n"; } >"$T/raw"
{ printf "a\\t$BAD\\n"; printf "id\\377\\200\\t\\342\\200\\234T\\342\\t$BAD\\n"; } >"$T/r"
records "$T/rec"
{ doc2 d2 "$BAD. Mr. Smith said \\342\\200\\234no\\377\\342\\200\\235."
  printf 'd2\tmi\377ne\t1\t0\tbad byte in the kind\n'
  printf 'd\377\tmine\t1\t0\tbad byte in the id\n'; } >>"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/r" 2 -r
filters "$T/rec"
