# A full disk is an error with a message, exit 1.
printf 'a\tsentence\t1\t1\t0\t1\tx\n' | wire-join >/dev/full 2>"${TMPDIR:-/tmp}/wire-devfull.$$"
echo "exit $?"
sed 's/^[^:]*: //' "${TMPDIR:-/tmp}/wire-devfull.$$"
rm -f "${TMPDIR:-/tmp}/wire-devfull.$$"
