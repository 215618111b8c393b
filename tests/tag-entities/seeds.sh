# The names of the two seed articles (../shared/seeds, the scraped pages
# the project started from), through split and dedupe-boilerplate as a
# user runs them: for each name expected (by reading the articles), "ok"
# if some mention has that type and canonical name, else what was found.
# Skipped (exit 77) without ../shared.
set -u
seeds=../shared/seeds
if [ ! -d "$seeds" ]; then
	echo "no $seeds" >&2
	exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
wire-split "$seeds"/*.txt | wire-dedupe-boilerplate |
    wire-tag-entities -t PERSON,ORG,GPE,LOC,FAC |
    awk -F '\t' '$2 == "entity" { print $7 "\t" $9 }' |
    LC_ALL=C sort -u >"$T/found"
sh tests/tag-entities/check-names "$T/found" tests/tag-entities/seeds.expect
