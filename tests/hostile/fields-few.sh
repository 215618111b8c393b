# Records with fewer than the four leading fields, and -r lines with no
# TAB.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
printf 'd1\nd1\tshort\nd1\tshort\t1\n\t\t\n' >>"$T/rec"
mine d1 'after the short ones' >>"$T/rec"
printf 'a\tgood text.\nno tab here\n\nb\tgood text.\n' >"$T/r"
split_raw "$T/r" 2 -r
split_raw "$T/r" lines -r --skip-bad
filters "$T/rec"
filters "$T/rec" --skip-bad
