# A model of an older file format (version 1: before word clusters) is
# refused with a message naming both versions, exit 1.  The file is the
# shipped model with its version field set back to 1.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp "$WIRE_DATADIR/ner.model" "$T/m"
printf '\001\000\000\000' | dd of="$T/m" bs=1 seek=8 conv=notrunc 2>/dev/null
cd "$T"
printf 'd\tdoc\t0\t0\t\t\n' | wire-tag-entities -m m 2>&1
echo "exit $?"
