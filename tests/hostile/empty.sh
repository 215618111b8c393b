# Empty input: no bytes at all, and a file of blank lines.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
: >"$T/empty"
printf '\n\n\n' >"$T/blank"
split_raw "$T/empty" 1
split_raw "$T/empty" 0 -r
split_raw "$T/blank" 1
filters "$T/empty"
# A blank line is a record of one empty field: malformed.
filters "$T/blank"
filters "$T/blank" --skip-bad
