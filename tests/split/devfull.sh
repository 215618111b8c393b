# A write error (a full disk) is an error, exit 1 with a message.
printf 'x\n' | wire-split > /dev/full 2>/dev/null
echo "rc=$?"
printf 'x\n' | wire-split --text 2>&1 > /dev/full | grep -c 'wire-split: write error'
