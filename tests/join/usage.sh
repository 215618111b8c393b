# A bad option prints the usage line to stderr, nothing to stdout, exit 2.
err=$(wire-join --bogus 2>&1 >/dev/null)
echo "exit $?"
echo "$err" | grep -o 'usage: wire-join.*'
