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
# --runs N averages N runs (seeds seed .. seed+N-1): deterministic, not
# the model of one run, and one run of it is the run of its seed.
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --runs 3 --bits 14 -o "$T/r1.model"
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --runs 3 --bits 14 -o "$T/r2.model"
cmp -s "$T/r1.model" "$T/r2.model" && echo "runs: same model"
cmp -s "$T/r1.model" "$T/a.model" || echo "runs: not one run's model"
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --runs 1 --bits 14 -o "$T/r3.model"
cmp -s "$T/r3.model" "$T/a.model" && echo "one run: the seed's model"
printf 'd\tsentence\t1\t1\t0\t46\tAnna Berg said Northwind would expand to Oslo.\n' |
    wire-tag-entities -c -m "$T/r1.model"
wire-tag-entities --train tests/tag-entities/tiny.conll \
    --dev tests/tag-entities/tiny.conll --seed 3 --runs 2 --bits 12 \
    -v -o "$T/r4.model" 2>&1 | grep -E '^(best|mean)'
wire-tag-entities --train tests/tag-entities/tiny.conll --runs 0 \
    -o "$T/r5.model" 2>"$T/err"
echo "exit $?"
head -n 1 "$T/err"
# --prune W leaves out the rows whose weights are all below W: the
# model of a huge W keeps only its label transitions; a W that is not a
# number is refused.
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --bits 14 --prune 0 -o "$T/p0.model"
cmp -s "$T/p0.model" "$T/a.model" && echo "prune 0: nothing left out"
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 6 \
    --seed 3 --bits 14 --prune 1000 -o "$T/p1.model"
[ "$(wc -c <"$T/p1.model")" -lt "$(wc -c <"$T/a.model")" ] &&
    echo "prune 1000: a smaller model"
printf 'd\tsentence\t1\t1\t0\t46\tAnna Berg said Northwind would expand to Oslo.\n' |
    wire-tag-entities -c -m "$T/p1.model"
wire-tag-entities --train tests/tag-entities/tiny.conll --prune x \
    -o "$T/p2.model" 2>"$T/err"
echo "exit $?"
head -n 1 "$T/err"
