# Inputs the fuzz targets (tests/fuzz) found, through the programs; the
# same files are replayed by tests/fuzz/run.  Under `make check-san` an
# out-of-bounds read here is a sanitizer report.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
# split: a period as the very first byte of the text, before a capital
# (lib/sentseg.c read the byte before the buffer).
printf '.NET Framework 4.8 was released.\n' >"$T/raw"
printf '.S' >"$T/raw2"
printf 'a\t.S\n' >"$T/r"
split_raw "$T/raw" 1
split_raw "$T/raw2" 1
split_raw "$T/r" 1 -r
