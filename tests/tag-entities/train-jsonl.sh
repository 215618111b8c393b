# Training on JSON lines (the layout of the NER evaluation kit: text,
# entities with character offsets): escapes, curly quotes, a character
# outside the BMP before an entity (one character, two UTF-16 units),
# OTH and PERSON types, an unknown key with nested values, a blank line.
# The model tags its own training sentences; bad lines name file:line.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
d=tests/tag-entities
wire-tag-entities --train $d/tiny.jsonl --epochs 8 --seed 2 --bits 14 \
    -o "$T/a.model" || echo "train failed"
wire-tag-entities --train $d/tiny.jsonl --epochs 8 --seed 2 --bits 14 \
    -o "$T/b.model" || echo "train failed"
cmp -s "$T/a.model" "$T/b.model" && echo "same seed: same model"
# Both formats together, the JSON lines as the dev file.
wire-tag-entities --train $d/tiny.conll --train $d/tiny.jsonl \
    --dev $d/tiny.jsonl --epochs 3 --seed 2 --bits 14 -v \
    -o "$T/c.model" 2>&1 | head -n 1
printf 'José Silva’s team at Globex met “Northwind” staff in Oslo.\n\nThe Danish firm 😀 opened an office in Porto.\n' |
    wire-split | wire-tag-entities -c -m "$T/a.model" |
    awk -F '\t' '$2 == "entity"'
# An unknown type, and a line that is not JSON.
printf '{"text": "Oslo", "entities": [[0, 4, "CITY"]]}\n' >"$T/bad1.jsonl"
(cd "$T" && wire-tag-entities --train bad1.jsonl -o x.model 2>&1)
echo "exit $?"
printf '{"text": "Oslo", "entities": []}\n{"text": "Oslo", "entities": [[0, 9, "LOC"]]}\n' >"$T/bad2.jsonl"
(cd "$T" && wire-tag-entities --train bad2.jsonl -o x.model 2>&1)
echo "exit $?"
printf '{"text": "Oslo\n' >"$T/bad3.jsonl"
(cd "$T" && wire-tag-entities --train bad3.jsonl -o x.model 2>&1)
echo "exit $?"
# An object that is never closed.
printf '{"text": "Oslo", "entities": []\n' >"$T/bad4.jsonl"
(cd "$T" && wire-tag-entities --train bad4.jsonl -o x.model 2>&1)
echo "exit $?"
