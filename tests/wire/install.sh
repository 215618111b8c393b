# make install puts programs, manuals and data under DESTDIR; make uninstall
# removes exactly those and never a source file (regression: a pattern that
# did not match once passed man/wire.5 itself to rm).
d=$(mktemp -d)
make -s B="${B:-.}" install DESTDIR="$d" PREFIX=/usr >/dev/null 2>&1 || echo "install failed"
for f in usr/bin/wire usr/bin/wire-join usr/share/man/man1/wire.1 usr/share/man/man5/wire.5; do
	[ -f "$d/$f" ] && echo "installed $f"
done
"$d/usr/bin/wire" --version
make -s B="${B:-.}" uninstall DESTDIR="$d" PREFIX=/usr >/dev/null 2>&1 || echo "uninstall failed"
echo "left after uninstall: $(find "$d" -type f | wc -l)"
for f in man/wire.1 man/wire.5 man/wire-join.1; do
	[ -f "$f" ] || echo "SOURCE REMOVED: $f"
done
rm -rf "$d"
