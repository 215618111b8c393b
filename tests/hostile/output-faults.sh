# Output faults: a full disk (/dev/full) must give exit 1 and a
# message; a reader that goes away early must end the program quietly
# (SIGPIPE, as for cat) or with exit 0, never with an error message.
# shellcheck shell=sh disable=SC2059
. tests/hostile/lib
records "$T/rec0"
printf "$ARTICLE" >"$T/raw"
# Enough records that the output cannot fit in a pipe buffer.
i=0
while [ $i -lt 400 ]; do
	sed "s/^d1/d1-$i/" "$T/rec0"
	i=$((i + 1))
done >"$T/rec"
i=0
while [ $i -lt 400 ]; do printf "$ARTICLE"; i=$((i + 1)); done >"$T/bigraw"
for p in $PROGS; do
	case $p in wire-split) in=$T/raw big=$T/bigraw ;; *) in=$T/rec0 big=$T/rec ;; esac
	if ! have "$p"; then
		echo "$p: not built"
		continue
	fi
	timeout -k 5 "$TMO" "$p" <"$in" >/dev/full 2>"$T/err"
	rc=$?
	echo "$p >/dev/full: $(status)"
	{ timeout -k 5 "$TMO" "$p" <"$big" 2>"$T/err"; echo $? >"$T/rc"; } |
	    head -c 100 >/dev/null
	rc=$(cat "$T/rc")
	if { [ "$rc" -eq 141 ] || [ "$rc" -eq 0 ]; } && [ ! -s "$T/err" ]; then
		echo "$p | head -c 100: quiet"
	else
		echo "$p | head -c 100: $(status)"
	fi
done
