# The names of a sample article (examples/): for each name expected (by
# reading the article), "ok" if some mention has that type and canonical
# name, else what was found; then the mentions nobody expected.  Known
# misses stay visible in the expected output.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
exp=tests/tag-entities/whitcombe.expect
wire-split examples/harbourledger/whitcombe-sorland-talks.txt |
    wire-tag-entities -t PERSON,ORG,GPE,LOC,NORP,FAC,EVENT,MISC |
    awk -F '\t' '$2 == "entity" { print $7 "\t" $8 }' |
    LC_ALL=C sort -u >"$T/found"
sh tests/tag-entities/check-names "$T/found" "$exp"
grep -v '^#' "$exp" | LC_ALL=C sort >"$T/expected"
LC_ALL=C comm -23 "$T/found" "$T/expected" | sed 's/^/extra	/'
