# CR LF line ends: in raw text, in -r lines and in records.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
printf "$ARTICLE" | sed 's/$/\r/' >"$T/raw"
printf 'a\tfirst text.\r\nb\tT\tsecond text.\r\n' >"$T/r"
records "$T/rec0"
sed 's/$/\r/' "$T/rec0" >"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/r" 2 -r
SAME=1 filters "$T/rec"
