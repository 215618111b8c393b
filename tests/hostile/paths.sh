# Operands that are not readable files: missing, a directory; and a
# missing file after a good one (the good one is still processed).
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
printf "$ARTICLE" >"$T/raw"
: >"$T/null"
for p in $PROGS; do
	case $p in wire-split) good=$T/raw ;; *) good=$T/rec ;; esac
	# The message must name the file.
	l=$(runs "$p missing" "$T/null" "$p" "$T/no such file")
	have "$p" && grep -q 'no such file' "$T/err" && l="$l naming it"
	echo "$l"
	l=$(runs "$p directory" "$T/null" "$p" "$T/")
	have "$p" && grep -q "$T/" "$T/err" && l="$l naming it"
	echo "$l"
	if have "$p"; then
		exec_prog "$T/null" "$p" "$good" "$T/no such file"
		n=$(wc -l <"$T/out")
		[ "$n" -gt 0 ] && n="output" || n="NO OUTPUT"
		echo "$p good missing: $(status), $n"
	fi
done
