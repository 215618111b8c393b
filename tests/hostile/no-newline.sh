# The last line has no line feed: it is still a line, a document, a record.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
printf "$ARTICLE" | head -c -1 >"$T/raw"
printf 'a\tfirst text.\nb\tlast text, no newline.' >"$T/r"
records "$T/rec0"
head -c -1 "$T/rec0" >"$T/rec"
split_raw "$T/raw" 1
split_raw "$T/r" 2 -r
filters "$T/rec"
