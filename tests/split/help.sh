# --help goes to stdout with exit 0; --version prints the version.
wire-split --help | head -n 1
echo "rc=$?"
wire-split -h | grep -c -- '--paragraphs'
wire-split --version
