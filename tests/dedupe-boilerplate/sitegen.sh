# The site-template test on all 19,043 Reuters articles of the shared
# corpus (skipped, exit 77, if the corpus is not there), against the
# issue's targets: template recall >= .99 and article paragraphs kept
# >= .999 (measured .9982 and .9990; about 6 s).
c=../shared/data/corpus/reuters21578.jsonl.xz
if [ ! -f "$c" ]; then
	echo "no $c" >&2
	exit 77
fi
bin=$(dirname "$(command -v wire-dedupe-boilerplate)")
python3 tests/dedupe-boilerplate/sitegen.py --bin "$bin" --check "$c"
