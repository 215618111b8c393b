# Saving a model replaces the file by rename (a new inode), never by
# rewriting it in place: a tagger that has the old model mapped must not
# see it truncated (regression: SIGBUS while `make model` ran).  No
# temporary file is left behind.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 2 \
    --seed 3 --bits 12 -o "$T/m.model" || echo "train failed"
before=$(ls -i "$T/m.model" | cut -d' ' -f1)
wire-tag-entities --train tests/tag-entities/tiny.conll --epochs 2 \
    --seed 3 --bits 12 -o "$T/m.model" || echo "train failed"
after=$(ls -i "$T/m.model" | cut -d' ' -f1)
[ "$before" != "$after" ] && echo "replaced by rename"
ls "$T"
printf 'd\tsentence\t1\t1\t0\t9\tAnna Berg\n' | wire-tag-entities -m "$T/m.model" | wc -l
