# Regression: a paragraph with far more sentences than the document has
# paragraphs once filled the in-document set and looped for ever.
awk 'BEGIN { print "x\tdoc\t0\t0\ts\t"; print "x\tpara\t1\t0\t0\t10"
	for (i = 1; i <= 500; i++)
		printf "x\tsentence\t1\t%d\t0\t10\tThis is sentence number %c%c of the long paragraph here.\n", i, 97 + i % 26, 97 + int(i / 26) % 26 }' |
    wire-dedupe-boilerplate --mark | awk -F '\t' '{ n[$2]++ } END { print n["mark"], n["para"], n["sentence"] }'
