#!/usr/bin/env bash
# The loader's files depend on each other in one direction only: no two of
# them call each other's functions, directly or round a circle (a file
# about one thing does not reach back into the file that uses it).  Each
# file is compiled on its own; a file uses another when it needs a symbol
# the other defines; tsort refuses a graph with a loop.  And every symbol a
# file shares (not static) but main carries the loader's prefix, ecl_, so
# that none can clash with libpq's, libcrypto's or the core's (ec_).
# Prints TAP.
set -u
cd "$(dirname "$0")/../.."
. test/lib/tap.sh

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
include=$("$PG_CONFIG" --includedir)

status=0
for f in loader/*.c; do
	${CC:-cc} -c -Iextension/core -I"$include" -o "$WORK/$(basename "$f" .c).o" "$f" || status=1
done
check $status "each file of loader/ compiles on its own"

for o in "$WORK"/*.o; do
	nm --defined-only -g "$o" | awk -v f="$(basename "$o" .o)" 'NF == 3 {print $3, f}'
done | sort >"$WORK/defines"
for o in "$WORK"/*.o; do
	nm -u "$o" | awk -v f="$(basename "$o" .o)" '{print $2, f}'
done | sort >"$WORK/uses"
# "user used" for each symbol one file takes from another
join "$WORK/uses" "$WORK/defines" | awk '$2 != $3 {print $2, $3}' | sort -u >"$WORK/edges"
check $(( $(wc -l <"$WORK/edges") > 10 ? 0 : 1 )) "the files use each other ($(wc -l <"$WORK/edges") pairs)"
loop=$(tsort "$WORK/edges" 2>&1 >/dev/null)
check $(( ${#loop} == 0 ? 0 : 1 )) "no circle of dependencies between the loader's files" "$loop"

unprefixed=$(awk '$1 != "main" && $1 !~ /^ecl_/ {print $2 ": " $1}' "$WORK/defines")
check $(( ${#unprefixed} == 0 ? 0 : 1 )) "every symbol a file of loader/ shares is ecl_..." "$unprefixed"

done_testing
