# A damaged or foreign model file is refused with a message, exit 1.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp "$WIRE_DATADIR/ner.model" "$T/m"
# Flip one byte in the middle of the weights.
size=$(wc -c <"$T/m")
printf '\377' | dd of="$T/m" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
cd "$T"
printf 'd\tdoc\t0\t0\t\t\n' | wire-tag-entities -m m 2>&1
echo "exit $?"
printf 'not a model at all\n' >junk
printf 'd\tdoc\t0\t0\t\t\n' | wire-tag-entities -m junk 2>&1
echo "exit $?"
: >empty
printf 'd\tdoc\t0\t0\t\t\n' | wire-tag-entities -m empty 2>&1
echo "exit $?"
