# Old Mac line ends (CR only): raw text is one line; records run together
# into one line, which is malformed (a doc record with too many fields).
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
printf "$ARTICLE" | tr '\n' '\r' >"$T/raw"
printf 'a\tfirst text.\rb\tsecond text.\r' >"$T/r"
records "$T/rec0"
tr '\n' '\r' <"$T/rec0" >"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/r" 1 -r
filters "$T/rec"
filters "$T/rec" --skip-bad
# CRs inside a record's last field, kept: an unescaped CR is a byte.
{ cat "$T/rec0"; printf 'd1\tmine\t1\t0\ttrailing CR\r\r\n'; } >"$T/rec2"
filters "$T/rec2"
