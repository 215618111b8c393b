# -h prints the help to stdout (exit 0), --version the version, a bad
# option the usage line to stderr and nothing to stdout (exit 2).
wire-extract-quotes -h | head -n 1
echo "exit $?"
wire-extract-quotes --version
err=$(wire-extract-quotes -x 2>&1 >/dev/null)
echo "exit $?"
echo "$err" | grep -o 'usage: wire-extract-quotes.*'
