# wire split | wire join gives back every document's paragraphs with every
# word intact: the same words in the same order as the source file.
t=${TMPDIR:-/tmp}/wire-roundtrip.$$
for f in examples/*/*.txt; do
	tr -s ' \t\r\n' '\n\n\n\n' <"$f" | grep . >"$t.src"
	wire-split "$f" | wire-join | tr -s ' \t\r\n' '\n\n\n\n' | grep . >"$t.out"
	if cmp -s "$t.src" "$t.out"; then
		echo "$f: $(wc -l <"$t.src") words intact"
	else
		echo "$f: words differ"
		diff "$t.src" "$t.out" | head -n 5
	fi
done
# All documents at once: one paragraph block per document.
wire-split examples/*/*.txt | wire-join | awk 'BEGIN { n = 1 } /^$/ { n++ } END { print n " documents" }'
rm -f "$t.src" "$t.out"
