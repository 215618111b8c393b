# mkrec.awk -- hand-made wire records for the dedupe-boilerplate tests,
# so they do not depend on wire-split's choices.  Input: a line "# ID SITE"
# starts a document; every other line is a paragraph whose sentences are
# separated by " || ".  Offsets are byte offsets as wire-split gives them
# (run under LC_ALL=C so length() counts bytes).
BEGIN { OFS = "\t" }
/^# / { id = $2; site = $3; print id, "doc", 0, 0, site, ""; p = 0; off = 0; next }
{
	p++
	line = $0
	gsub(/ \|\| /, "\001", line)
	n = split(line, s, "\001")
	plen = length(line)
	print id, "para", p, 0, off, plen
	o = off
	for (i = 1; i <= n; i++) {
		print id, "sentence", p, i, o, length(s[i]), s[i]
		o += length(s[i]) + 1
	}
	off += plen + 1
}
