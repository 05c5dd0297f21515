# tests/helper.bash — loaded by every tests/*.bats file.
#
#   sg NAME ARGS...        run our bin/NAME with argv[0]=NAME: natively, or under
#                          `qemu-x86_64 -0 NAME` when the suite runs with SG_QEMU=1
#   gnu NAME ARGS...       run the system's NAME (the oracle) with argv[0]=NAME
#   same_as_gnu [-i FILE] NAME ARGS...
#                          run both on the same input (default /dev/null); assert
#                          byte-identical stdout, stderr and exit status.
#                          SG_ORACLE_QEMU=1: in the qemu pass, run GNU's tool under
#                          qemu too (qemu-user itself changes what a guest is
#                          given, e.g. it passes the environment in reverse order)
#   skip_under_qemu WHY    skip this test in the qemu pass, saying why
#   skip_unless_ptrace     skip where ptrace cannot work (qemu-user)
# bats sources this file again for every test: the libraries' own load.bash
# files run `dirname` once per part (17 processes a test), so their parts are
# sourced here directly, once each
for f in /usr/lib/bats/bats-support/src/{output,error,lang}.bash /usr/lib/bats/bats-assert/src/*.bash; do
	# shellcheck disable=SC1090
	source "$f" || exit 1
done
ROOT=${BATS_TEST_DIRNAME%/tests}

BIN=$ROOT/bin
BUILD=$ROOT/build
export LC_ALL=C TZ=UTC
# the system's python3 (a real binary), not a version manager's shim that may
# come first on PATH and cost seconds a start
PY3=/usr/bin/python3
[ -x "$PY3" ] || PY3=python3
python3() { "$PY3" "$@"; }

# run_as NAME PATH ARGS: PATH with argv[0]=NAME, natively or, in the qemu
# pass, as `qemu-x86_64 -0 NAME PATH ARGS`
run_as() {
	local n=$1 p=$2
	shift 2
	if [ -n "${SG_QEMU:-}" ]; then
		qemu-x86_64 -0 "$n" "$p" "$@"
	else
		(exec -a "$n" "$p" "$@")
	fi
}

sg() { run_as "$1" "$BIN/$1" "${@:2}"; }

gnu() {
	local n=$1 p
	shift
	for p in /usr/bin/$n /bin/$n; do
		[ -x "$p" ] && { (exec -a "$n" "$p" "$@"); return; }
	done
	echo "no GNU $n on this machine" >&2
	return 99
}

same_as_gnu() {
	local in=/dev/null d=$BATS_TEST_TMPDIR gs ss
	if [ "$1" = -i ]; then
		in=$2
		shift 2
	fi
	[ -d "$d/sg" ] || mkdir -p "$d/gnu" "$d/sg"
	if [ -n "${SG_QEMU:-}" ] && [ -n "${SG_ORACLE_QEMU:-}" ]; then
		qemu-x86_64 -0 "$1" "$(type -P "$1")" "${@:2}" <"$in" >"$d/gnu/out" 2>"$d/gnu/err" && gs=0 || gs=$?
	else
		gnu "$@" <"$in" >"$d/gnu/out" 2>"$d/gnu/err" && gs=0 || gs=$?
	fi
	sg "$@" <"$in" >"$d/sg/out" 2>"$d/sg/err" && ss=0 || ss=$?
	# one process compares both streams (this runs thousands of times);
	# only a difference costs more
	if ! diff -rq "$d/gnu" "$d/sg" >/dev/null; then
		if ! cmp -s "$d/gnu/out" "$d/sg/out"; then
			echo "stdout differs for: $*"
			diff <(od -c "$d/gnu/out") <(od -c "$d/sg/out") | head -20
			return 1
		fi
		echo "stderr differs for: $*"
		diff "$d/gnu/err" "$d/sg/err" | head -20
		return 1
	fi
	if [ "$gs" != "$ss" ]; then
		echo "exit status differs for: $*"": GNU $gs, ours $ss"
		return 1
	fi
}

# A test that calls one of these first thing (or whose file's setup() does)
# carries `# bats test_tags=native-only` on the line above its @test (the
# whole file: `# bats file_tags=native-only`): the QEMU passes of tests/run
# do not start it at all. binaries.bats checks that no tagged test does
# anything first.
skip_under_qemu() {
	[ -z "${SG_QEMU:-}" ] || skip "under qemu-x86_64: $*"
}

skip_unless_ptrace() {
	skip_under_qemu "qemu-user does not implement ptrace for its guest"
}

# rt NAME ARGS: a freestanding runtime test program (build/tests/NAME, from
# tests/rt/NAME.c), natively or under qemu in the qemu pass.
rt() { run_as "$1" "$BUILD/tests/$1" "${@:2}"; }

# host NAME ARGS: its oracle (build/host/NAME, from tests/host/NAME.c, on
# glibc). In the qemu pass it runs under qemu as well, so that both sides
# see the same emulated process (auxv, environment).
host() { run_as "$1" "$BUILD/host/$1" "${@:2}"; }

# same_as_host NAME ARGS: rt and host print byte-identical stdout and stderr
same_as_host() {
	local d=$BATS_TEST_TMPDIR
	rt "$@" >"$d/rt.out" 2>"$d/rt.err"
	host "$@" >"$d/host.out" 2>"$d/host.err"
	diff -u "$d/host.out" "$d/rt.out" && diff -u "$d/host.err" "$d/rt.err"
}

# public_bin NAME: the path of a copy of bin/NAME that any user may run. A
# fresh clone can sit in a private directory (mktemp -d is 0700), where a test
# that drops to user nobody could not even execute our binary.
public_bin() {
	local d=/tmp/sg-public.$(id -u)
	mkdir -p "$d" && chmod 755 "$d"
	cp "$BIN/$1" "$d/$1.$$" && chmod 755 "$d/$1.$$" && mv -f "$d/$1.$$" "$d/$1"
	echo "$d/$1"
}

# qemu_major: the major version of the qemu-x86_64 on PATH (the qemu passes
# put the one they test first on PATH)
qemu_major() {
	qemu-x86_64 --version | sed -n '1s/.*version \([0-9]*\)\..*/\1/p'
}

# skip_under_qemu_since N WHY: skip in a qemu pass whose QEMU is version N or
# later, saying why (a behaviour or a cost of newer QEMUs, not of our code)
skip_under_qemu_since() {
	[ -n "${SG_QEMU:-}" ] || return 0
	local v
	v=$(qemu_major)
	[ "${v:-0}" -lt "$1" ] || skip "under QEMU $v (>= $1): ${*:2}"
}

# qemu_shared: called from setup() by the long files that compare a tool with
# GNU's (or dash) on hundreds of command lines. The emulated passes then share
# them: when both QEMU passes run (tests/run exports SG_QEMU_SHARE=1), the
# odd-numbered tests run under QEMU 7.2 and the even-numbered ones under
# QEMU >= 9. Every test still runs natively and under one emulator; what is
# saved is running each command line a third time (about 6 of the suite's
# CPU minutes). A test that only one QEMU can run (skip_under_qemu_since)
# must have the number of the pass that runs it.
qemu_shared() {
	[ -n "${SG_QEMU:-}" ] && [ -n "${SG_QEMU_SHARE:-}" ] || return 0
	case ${SG_PASS:-}:$((BATS_TEST_NUMBER % 2)) in
	qemu:0) skip "shared between the QEMU passes: the QEMU >= 9 pass runs this test" ;;
	qemu-new:1) skip "shared between the QEMU passes: the QEMU 7.2 pass runs this test" ;;
	esac
}

# vs_strace [TRACE OPTIONS] PROG [ARGS]: bin/trace-vs-strace finds every
# strace line printed the same by trace (and at least one line)
vs_strace() {
	run "$BIN/trace-vs-strace" "$@"
	if [ "$status" -ne 0 ] || ! [[ ${lines[-1]} =~ ^([0-9]+)/([0-9]+)\ lines\ identical$ ]] ||
		[ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ] || [ "${BASH_REMATCH[2]}" -eq 0 ]; then
		echo "trace differs from strace for: $*"
		echo "$output" | head -60
		return 1
	fi
}

# same_error STRACE_ARGS...: trace refuses (or accepts) the options as
# strace does: the same error on stderr, "strace" read as "trace", and the
# same status, without tracing anything
same_error() {
	local want ws
	want=$(strace "$@" 2>&1 >/dev/null) && ws=0 || ws=$?
	run sg trace "$@"
	[ "$status" = "$ws" ] || { echo "status for $*: strace $ws, trace $status"; return 1; }
	want=${want//strace:/trace:}
	assert_output "${want//strace -h/trace -h}"
}
