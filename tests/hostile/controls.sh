# Control and format characters: VT, FF, ESC, DEL, C1 controls, NEL,
# U+2028/2029, bidi overrides, zero-width characters, lone TABs; a
# document of white space only.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
C='vt\013ff\014esc\033del\177 c1 \302\200\302\237 nel\302\205 ls\342\200\250 ps\342\200\251 rlo\342\200\256olleh\342\200\254 zw\342\200\213\342\200\215\357\273\277.'
{ printf "$ARTICLE"; printf "\"$C,\" he said.\t\tTabbed. \014\n\013\n"; } >"$T/raw"
printf ' \t\n\r\n\014\n   \n' >"$T/ws"
printf "a\\t$C\\n" >"$T/r"
records "$T/rec"
doc2 d2 "$C" >>"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/ws" 1
split_raw "$T/r" 1 -r
filters "$T/rec"
