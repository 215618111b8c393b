# Training reads data/clusters.txt (Brown format, bits<TAB>word); a bad
# line stops it with file:line, exit 1.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for f in gaz-places.tsv gaz-extra.tsv gaz-wordnet.tsv gaz-cities.tsv \
    gaz-companies.tsv lex-words.txt names-given.txt names-family.txt; do
	cp "data/$f" "$T/$f"
done
printf '0110\tnorway\t12\n01x1\toslo\t3\n' >"$T/clusters.txt"
cp tests/tag-entities/tiny.conll "$T/tiny.conll"
cd "$T"
WIRE_DATADIR=. wire-tag-entities --train tiny.conll --epochs 1 --bits 12 \
    -o m 2>&1
echo "exit $?"
printf '0110\tnorway\t12\n0111\toslo\n' >clusters.txt
WIRE_DATADIR=. wire-tag-entities --train tiny.conll --epochs 1 --bits 12 \
    -o m 2>&1
echo "exit $?"
