# A reader that goes away ends wire-split quietly (SIGPIPE), no message.
t=${TMPDIR:-/tmp}/wire-split-sigpipe.$$
yes 'One sentence here. Another one.' | head -c 3000000 > "$t.in"
(wire-split "$t.in" 2>"$t.err"; echo $? > "$t.rc") | head -c 1 > /dev/null
echo "rc=$(cat "$t.rc") stderr=$(wc -c < "$t.err")"
rm -f "$t.in" "$t.err" "$t.rc"
