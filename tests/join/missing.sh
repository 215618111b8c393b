# An unreadable operand is reported; the others are still read.
printf 'a\tsentence\t1\t1\t0\t3\tOne\n' >"${TMPDIR:-/tmp}/wire-missing.$$"
wire-join /nonexistent/file "${TMPDIR:-/tmp}/wire-missing.$$" 2>&1
echo "exit $?"
rm -f "${TMPDIR:-/tmp}/wire-missing.$$"
