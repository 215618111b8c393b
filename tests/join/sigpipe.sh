# A reader that stops early ends the program quietly: nothing on stderr.
i=0
while [ $i -lt 20000 ]; do
	printf 'd\tsentence\t%d\t1\t0\t34\tA sentence long enough to matter.\n' $i
	i=$((i + 1))
done >"${TMPDIR:-/tmp}/wire-sigpipe.$$"
err=$( { wire-join "${TMPDIR:-/tmp}/wire-sigpipe.$$" | head -n 1; } 2>&1 >/dev/null)
echo "stderr: [$err]"
rm -f "${TMPDIR:-/tmp}/wire-sigpipe.$$"
