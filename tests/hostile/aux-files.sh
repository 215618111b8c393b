# Side files that are not what they claim: a dedupe state file, count
# table or merge operand of junk, truncated or empty; an entity model or
# gazetteer of junk.  Either they are used (exit 0) or refused with a
# message (exit 1); never a crash.  A refused state file is left as it
# was.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec"
junk 4096 3 >"$T/junk"
: >"$T/empty"
d=wire-dedupe-boilerplate
if have $d; then
	$d --count "$T/rec" >"$T/table" 2>/dev/null
	head -c 20 "$T/table" >"$T/short"
	for f in junk empty short; do
		cp "$T/$f" "$T/state"
		runs "$d --state $f" "$T/rec" $d --state "$T/state"
		if [ "$rc" -ne 0 ] && ! cmp -s "$T/$f" "$T/state"; then
			echo "$d --state $f: REFUSED STATE FILE CHANGED"
		fi
		runs "$d --table $f" "$T/rec" $d --table "$T/$f"
		runs "$d --merge table $f" "$T/rec" $d --merge "$T/table" "$T/$f"
	done
else
	echo "$d: not built"
fi
t=wire-tag-entities
if have $t; then
	for f in junk empty; do
		runs "$t --model $f" "$T/rec" $t --model "$T/$f"
		runs "$t --gazetteer $f" "$T/rec" $t --gazetteer "$T/$f"
	done
else
	echo "$t: not built"
fi
