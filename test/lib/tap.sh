# test/lib/tap.sh: TAP for the bash tests (test/loader/, test/upgrade/,
# test/security/), sourced, not run: counts, the checks, and done at the end.

n=0
failed=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $1"; }
# is GOT EXPECTED DESCRIPTION
is() {
	if [ "$1" = "$2" ]; then pass "$3"; else
		fail "$3"; printf '#   got:      %s\n#   expected: %s\n' "$1" "$2" | head -40; fi
}
# check STATUS DESCRIPTION [DIAGNOSTIC]: ok when STATUS is 0
check() {
	if [ "$1" = 0 ]; then pass "$2"; else fail "$2"; [ -n "${3:-}" ] && sed 's/^/#   /' <<<"$3"; fi
}
# todo STATUS DESCRIPTION REASON [DIAGNOSTIC]: a known bug; the suite stays green
todo() {
	n=$((n + 1))
	if [ "$1" = 0 ]; then echo "ok $n - $2 # TODO $3"; else
		echo "not ok $n - $2 # TODO $3"; [ -n "${4:-}" ] && sed 's/^/#   /' <<<"$4"; fi
}
# like VALUE ERE DESCRIPTION: the value matches the extended regular expression
like() {
	if grep -Eq -- "$2" <<<"$1"; then pass "$3"; else
		fail "$3"; printf '#   got:      %s\n#   expected: /%s/\n' "$1" "$2" | head -40; fi
}
# has VALUE STRING DESCRIPTION: the value holds the string
has() {
	if grep -Fq -- "$2" <<<"$1"; then pass "$3"; else
		fail "$3"; printf '#   got:      %s\n#   expected to hold: %s\n' "$1" "$2" | head -40; fi
}
# expect_exit CODE PATTERN DESCRIPTION COMMAND...: exit code and a message on stderr
expect_exit() {
	local code=$1 pattern=$2 what=$3 out rc
	shift 3
	out=$("$@" 2>&1 >/dev/null)
	rc=$?
	if [ "$rc" = "$code" ] && grep -q -- "$pattern" <<<"$out"; then pass "$what"; else
		fail "$what"; printf '#   exit %s, stderr: %s\n' "$rc" "$out"; fi
}
# done_testing: the plan, and the exit status prove reads
done_testing() {
	echo "1..$n"
	echo "# $((n - failed)) passed, $failed failed"
	[ "$failed" = 0 ]
}
