# The state file: counts carry over between runs; a corrupt or foreign
# file is an error that leaves it untouched; kill -9 during a save leaves
# the old state readable; two concurrent runs both count.
d=tests/dedupe-boilerplate
t=${TMPDIR:-/tmp}/dbp-state.$$
mkdir -p $t
trap 'rm -rf $t' EXIT
LC_ALL=C sed -n "/<<'PAGE'/,/^PAGE\$/p" $d/cross.sh | sed '1d;$d' |
    LC_ALL=C awk -f $d/mkrec.awk >$t/all
awk -F '\t' '$1 == "a/1" || $1 == "a/2"' $t/all >$t/day1
awk -F '\t' '$1 == "a/3"' $t/all >$t/day2
dbp() { wire-dedupe-boilerplate "$@"; }

dbp --state $t/st <$t/day1 >/dev/null && echo "day 1: exit $?"
# Day 2 knows day 1's template lines at once.
dbp --state $t/st --mark <$t/day2 | awk -f $d/show.awk

# Corrupt: one byte changed; foreign: not a table.  Exit 1, untouched.
cp $t/st $t/good
printf 'X' | dd of=$t/st bs=1 seek=60 conv=notrunc 2>/dev/null
cp $t/st $t/bad
dbp --state $t/st <$t/day2 >/dev/null 2>$t/err
echo "corrupt: exit $?"; sed 's/.*: //' $t/err
cmp -s $t/st $t/bad && echo "corrupt file untouched"
echo "just some text" >$t/foreign
cp $t/foreign $t/foreign.orig
dbp --state $t/foreign <$t/day2 >/dev/null 2>$t/err
echo "foreign: exit $?"; sed 's/.*: //' $t/err
cmp -s $t/foreign $t/foreign.orig && echo "foreign file untouched"
# A version 1 state (older fingerprints): exit 1, untouched, and says
# what to do.
cp $t/good $t/old
printf '\001' | dd of=$t/old bs=1 seek=8 conv=notrunc 2>/dev/null
cp $t/old $t/old.orig
dbp --state $t/old <$t/day2 >/dev/null 2>$t/err
echo "version 1: exit $?"; sed 's/^[^:]*: [^:]*: //' $t/err
cmp -s $t/old $t/old.orig && echo "version 1 file untouched"
cp $t/good $t/st

# kill -9 at random moments of runs that save a big table: the state
# must load every time.
awk 'BEGIN { for (i = 0; i < 30000; i++) {
	printf "big/%d\tdoc\t0\t0\tbig.example\t\n", i
	printf "big/%d\tpara\t1\t0\t0\t20\n", i
	printf "big/%d\tsentence\t1\t1\t0\t20\tline number %d here\n", i, i } }' >$t/big
bad=0
for i in 1 2 3 4; do
	dbp --state $t/st <$t/big >/dev/null 2>&1 &
	pid=$!
	sleep 0.$((i * 20))
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	dbp --state $t/st </dev/null >/dev/null 2>&1 || bad=$((bad + 1))
done
echo "kill -9 during runs: $bad unreadable states"

# Two runs at once: the lock makes the second wait for the first, so
# both runs' counts are kept (a/3's lines reach K=3 only with both).
rm -f $t/st $t/st.lock
awk -F '\t' '$1 == "a/1"' $t/all >$t/r1
awk -F '\t' '$1 == "a/2"' $t/all >$t/r2
dbp --state $t/st <$t/r1 >/dev/null & p1=$!
dbp --state $t/st <$t/r2 >/dev/null & p2=$!
wait $p1; wait $p2
dbp --state $t/st --mark <$t/day2 | awk -f $d/show.awk | grep -c template
