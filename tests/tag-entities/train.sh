# Training smoke test: train on a tiny hand-written CoNLL file (IOB1
# and IOB2 lines), tag with the result, and check that training is
# deterministic for a given seed and that a different seed still gives
# a usable model.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --bits 14 -o "$T/a.model" || echo "train failed"
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --bits 14 -o "$T/b.model" || echo "train failed"
cmp -s "$T/a.model" "$T/b.model" && echo "same seed: same model"
printf 'd\tsentence\t1\t1\t0\t46\tAnna Berg said Northwind would expand to Oslo.\n' |
    wire-tag-entities -c -m "$T/a.model"
# Bad training input: a line with a label that is not one.
printf 'Oslo B-CITY\n' >"$T/bad.conll"
(cd "$T" && wire-tag-entities --train bad.conll -o c.model 2>&1)
echo "exit $?"
# --train without -o is a usage error.
wire-tag-entities --train tests/tag-entities/tiny.conll 2>/dev/null
echo "exit $?"
# --dev picks the best epoch; -v reports progress.
wire-tag-entities --train tests/tag-entities/tiny.conll \
    --dev tests/tag-entities/tiny.conll --epochs 3 --seed 3 --bits 12 \
    -v -o "$T/d.model" 2>&1
wire-tag-entities --train tests/tag-entities/tiny.conll \
    --dev tests/tag-entities/tiny.conll --seed 3 --bits 12 \
    --verbose -o "$T/e.model" 2>&1 | tail -n 1
# Out of range numbers are usage errors.
wire-tag-entities --train tests/tag-entities/tiny.conll --bits 30 \
    -o "$T/f.model" 2>&1
echo "exit $?"
