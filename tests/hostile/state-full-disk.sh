# A full disk while wire-dedupe-boilerplate writes its --state file or
# a --count/--merge table: the file size limit (ulimit -f, with SIGXFSZ
# ignored so that write(2) fails with EFBIG, as on a full disk) is set
# below the size of the new file.  The run must fail with a message
# naming the file, the old state file must be byte-identical afterwards
# and no temporary file may be left beside it.  A table cut short by a
# full disk must then be refused by --table and --merge.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
d=wire-dedupe-boilerplate
if ! have $d || ! have wire-split; then
	echo "$d: not built"
	exit 0
fi
# Many different paragraphs, so the state file is some tens of KB:
# words made of letters from the paragraph's number (fingerprints mask
# digits).
LC_ALL=C awk 'BEGIN {
	for (i = 0; i < 600; i++) {
		w = ""
		for (k = i; k > 0 || w == ""; k = int(k / 26))
			w = w sprintf("%c", 97 + k % 26)
		printf "The %s report says the %s plan will go ahead in the %s valley next year.\n", w, w, w
	}
}' | wire-split --id d1 >"$T/rec" 2>/dev/null
mkdir "$T/s"
st=$T/s/state
$d --state "$st" <"$T/rec" >/dev/null 2>"$T/err"
echo "first run: exit $?, state $([ -s "$st" ] && echo written || echo MISSING)"
[ "$(wc -c <"$st")" -gt 8192 ] || echo "state file too small for the test"
cp "$st" "$T/old"
ls "$T/s" | tr '\n' ' ' | sed 's/ $//; s/^/before: /'
echo

# run OUT LABEL ARGS...: run with a 4 KB file size limit, stdout to OUT
# (the limit also applies to stderr, a file here: messages are short).
run() {
	o=$1 label=$2
	shift 2
	(
		ulimit -f 8
		trap '' XFSZ
		exec timeout -k 5 "$TMO" "$@" <"$T/rec" >"$o" 2>"$T/err"
	)
	rc=$?
	echo "$label: $(status)"
}

run /dev/null "$d --state (disk full)" $d --state "$st"
grep -q "$st" "$T/err" && echo "  message names the state file" ||
    echo "  MESSAGE DOES NOT NAME THE STATE FILE"
cmp -s "$st" "$T/old" && echo "  state file unchanged" ||
    echo "  STATE FILE CHANGED"
ls "$T/s" | tr '\n' ' ' | sed 's/ $//; s/^/  after: /'
echo

# The state still loads and counts go on.
$d --state "$st" <"$T/rec" >/dev/null 2>"$T/err"
echo "next run: exit $?, $([ -s "$T/err" ] && echo message || echo quiet)"

run "$T/out" "$d --count (disk full)" $d --count
grep -qi "stdout\|standard output" "$T/err" && echo "  message names stdout" ||
    echo "  MESSAGE DOES NOT NAME STDOUT"
cp "$T/out" "$T/half"
$d --count <"$T/rec" >"$T/table" 2>/dev/null
[ "$(wc -c <"$T/half")" -lt "$(wc -c <"$T/table")" ] &&
    echo "  table cut short" || echo "  TABLE NOT CUT SHORT"
run "$T/out" "$d --merge (disk full)" $d --merge "$T/table"
grep -qi "stdout\|standard output" "$T/err" && echo "  message names stdout" ||
    echo "  MESSAGE DOES NOT NAME STDOUT"
runs "$d --table (cut-short table)" "$T/rec" $d --table "$T/half"
grep -q "$T/half" "$T/err" && echo "  message names the table" ||
    echo "  MESSAGE DOES NOT NAME THE TABLE"
runs "$d --merge (cut-short table)" "$T/rec" $d --merge "$T/table" "$T/half"
grep -q "$T/half" "$T/err" && echo "  message names the table" ||
    echo "  MESSAGE DOES NOT NAME THE TABLE"
