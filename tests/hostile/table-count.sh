# A fingerprint table (--state, --table or --merge file) whose header is
# right but claims more entries than the file holds: 2^32 and 2^40 of
# 24 bytes each, with none following.  It must be refused like any
# other damaged table, exit 1 with a message naming the file, without
# first asking for memory for all the entries it claims; a refused
# state file is left as it was.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
d=wire-dedupe-boilerplate
if ! have $d; then
	echo "$d: not built"
	exit 0
fi
records "$T/rec"
$d --count "$T/rec" >"$T/table" 2>/dev/null
# header COUNT-BYTES: the magic, version and entry size of a real table
# (16 bytes), the count (8 bytes, little-endian, octal escapes),
# generation 0, reserved, checksum 0 and reserved: 48 bytes.
header() {
	head -c 16 "$T/table"
	printf "$1"
	printf '\000\000\000\000\000\000\000\000'
	printf '\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'
}
header '\000\000\000\000\001\000\000\000' >"$T/c32"
header '\000\000\000\000\000\001\000\000' >"$T/c40"
for f in c32 c40; do
	echo "$f: $(wc -c <"$T/$f") bytes"
	cp "$T/$f" "$T/state"
	runs "$d --state $f" "$T/rec" $d --state "$T/state"
	grep -q "$T/state" "$T/err" && echo "  message names the file" ||
	    echo "  MESSAGE DOES NOT NAME THE FILE: $(sed "s|$T/||g" "$T/err")"
	cmp -s "$T/$f" "$T/state" || echo "  REFUSED STATE FILE CHANGED"
	runs "$d --table $f" "$T/rec" $d --table "$T/$f"
	grep -q "$T/$f" "$T/err" && echo "  message names the file" ||
	    echo "  MESSAGE DOES NOT NAME THE FILE: $(sed "s|$T/||g" "$T/err")"
	runs "$d --merge table $f" "$T/rec" $d --merge "$T/table" "$T/$f"
	grep -q "$T/$f" "$T/err" && echo "  message names the file" ||
	    echo "  MESSAGE DOES NOT NAME THE FILE: $(sed "s|$T/||g" "$T/err")"
done
