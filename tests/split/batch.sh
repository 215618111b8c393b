# The form-feed batch protocol gives what one run per text gives.
t=${TMPDIR:-/tmp}/wire-split-batch.$$
: > "$t.one"
: > "$t.in"
for f in examples/*/*.txt tests/split/rules.in tests/split/wrapped.in; do
	wire-split --text < "$f" >> "$t.one"
	printf '\f\n' >> "$t.one"
	cat "$f" >> "$t.in"
	# A text without a final newline still ends before the form feed.
	[ -n "$(tail -c 1 "$f")" ] && printf '\n' >> "$t.in"
	printf '\f\n' >> "$t.in"
done
wire-split --text < "$t.in" > "$t.batch"
if cmp -s "$t.one" "$t.batch"; then echo same; else echo differ; fi
grep -c "$(printf '\f')" "$t.batch"
rm -f "$t.one" "$t.in" "$t.batch"
