# lessons/lib/ways.sh — run one program four ways, side by side (sourced by each lesson's ./run).
#
#   way_native  CMD ARGS...   its own output and exit status
#   way_strace  CMD ARGS...   under the real strace (ptrace from the host)
#   way_trace   CMD ARGS...   under sysgate's bin/trace (same ptrace, our decoder;
#                             under emulation, --qemu: QEMU >= 9's gdbstub)
#   way_qemu    [-strace] CMD ARGS...   under qemu-x86_64, a user-mode emulator
#   ways_done                 one summary line; exit 1 if a way that ran went wrong
#
# Set WANT_STATUS (default 0) to the exit status the program should end with.
# A tool that is missing is reported in one line and counted as skipped, not failed.
# Each way's output is indented under its heading so the four read as columns
# of one table when scrolled: program output with "  | ", traces with "  ~ ".
#
# Emulation (a laptop that is not x86-64, or SG_EMULATED=1 to try it here):
#   sg_emulated               true when x86-64 programs run under an emulator;
#                             SG_EMULATED_WHY says why, in a few words
#   sg_x86 CMD ARGS...        run an x86-64 program: directly where the kernel
#                             is x86-64, else by $SG_QEMU_BIN
#   sg_no_ptrace [trace]      why ptrace cannot watch the program here (one
#                             line; "trace": for bin/trace), or nothing and
#                             status 1 where it can
#   SG_QEMU_BIN               the qemu-x86_64 to use (default: the one on PATH)
# Under emulation the strace and bin/trace ways are skipped in one line each:
# ptrace would watch the emulator (or is not implemented for its guest).

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
OUT=${OUT:-$ROOT/build/lessons/$(basename "$PWD")}
WANT_STATUS=${WANT_STATUS:-0}
SG_QEMU_BIN=${SG_QEMU_BIN:-$(command -v qemu-x86_64)}
ways_ran=0 ways_bad=0 ways_skipped=0
ways_tmp=$(mktemp -d)
trap 'rm -rf "$ways_tmp"' EXIT

_head() { printf '\n\033[1m== %s\033[0m\n' "$*" 2>/dev/null; }
[ -t 1 ] || _head() { printf '\n== %s\n' "$*"; }

# _show FILE PREFIX: print FILE indented (at most $WAYS_LINES lines, default 40)
_show() {
	local n
	n=$(wc -l <"$1")
	sed -n "1,${WAYS_LINES:-40}p" "$1" | sed "s/^/$2/"
	[ "$n" -le "${WAYS_LINES:-40}" ] || echo "$2... ($((n - ${WAYS_LINES:-40})) more lines)"
}

# _judge NAME STATUS: count the way as good or bad
_judge() {
	ways_ran=$((ways_ran + 1))
	if [ "$2" = "$WANT_STATUS" ]; then
		echo "  exit status $2"
	else
		echo "  exit status $2 (expected $WANT_STATUS): $1 went wrong"
		ways_bad=$((ways_bad + 1))
	fi
}

# _clean CMD...: run CMD with descriptors 3-9 closed, as from a fresh shell
# (make, bats and editors leak some; a program's first open should get 3)
_clean() {
	"$@" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
}

_skip() {
	echo "  skipped: $*"
	ways_skipped=$((ways_skipped + 1))
}

way_native() {
	local st=0
	_head "1. native: $*"
	[ "$(uname -m)" = x86_64 ] || echo "  (this kernel is $(uname -m): run by ${SG_QEMU_BIN:-qemu-x86_64})"
	_clean sg_x86 "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
	_show "$ways_tmp/out" "  | "
	_show "$ways_tmp/err" "  ! "
	_judge native "$st"
}

# sg_emulated: are this course's x86-64 programs run by an emulator? The
# answer is worked out once per script, first clue first:
#   SG_EMULATED=1 says yes and SG_EMULATED=0 says no, whatever the clues;
#   1. the kernel is not x86-64 (uname -m): x86-64 programs can only run
#      through qemu-x86_64 (binfmt_misc, or by name);
#   2. the CPU is not x86-64: /proc/cpuinfo has no "flags" line with "lm"
#      (long mode). Inside qemu-user `uname -m` answers the guest's x86_64,
#      but /proc/cpuinfo is the host's (QEMU passes it through for x86
#      guests): this catches a whole x86-64 userland emulated on an arm64
#      machine (a container run with --platform linux/amd64);
#   3. ptrace answers ENOSYS ("Function not implemented"): every x86-64
#      kernel has ptrace, and qemu-user answers ENOSYS for its guest. A
#      seccomp or Yama policy answers EPERM instead: that is no ptrace, not
#      emulation. Asked of strace, so this clue needs strace installed.
_sg_cpuinfo=/proc/cpuinfo
_sg_emu_probe() {
	local m err
	case ${SG_EMULATED:-} in
	1 | yes) SG_EMULATED_WHY="SG_EMULATED=1"; return 0 ;;
	0 | no) SG_EMULATED_WHY=; return 1 ;;
	esac
	m=$(uname -m)
	if [ "$m" != x86_64 ]; then
		SG_EMULATED_WHY="this kernel is $m, not x86-64"
		return 0
	fi
	if [ -r "$_sg_cpuinfo" ] && grep -q '^processor' "$_sg_cpuinfo" &&
		! grep -Eq '^flags[[:space:]]*:.* lm( |$)' "$_sg_cpuinfo"; then
		SG_EMULATED_WHY="the CPU is not x86-64 (/proc/cpuinfo)"
		return 0
	fi
	if command -v strace >/dev/null; then
		err=$(strace -qq -e trace=none true 2>&1 >/dev/null)
		case $err in
		*"Function not implemented"*)
			SG_EMULATED_WHY="ptrace is not implemented (ENOSYS): an emulator such as qemu-user"
			return 0 ;;
		esac
	fi
	SG_EMULATED_WHY=
	return 1
}
sg_emulated() {
	if [ -z "${_sg_emu:-}" ]; then
		if _sg_emu_probe; then _sg_emu=yes; else _sg_emu=no; fi
	fi
	[ "$_sg_emu" = yes ]
}

# sg_x86 CMD ARGS...: run an x86-64 program, by qemu where the kernel is not
# x86-64 (the program's argv[0] stays CMD, as natively)
sg_x86() {
	if [ "$(uname -m)" = x86_64 ]; then
		"$@"
	elif [ -n "$SG_QEMU_BIN" ]; then
		"$SG_QEMU_BIN" -0 "$1" "$@"
	else
		echo "${1##*/}: an x86-64 program, and no qemu-x86_64 to run it (apt-get install qemu-user)" >&2
		return 127
	fi
}

# sg_no_ptrace [trace]: print why ptrace cannot watch the program here, in one line;
# status 1 (and nothing printed) where it can. Under emulation strace would
# see the emulator's calls (lesson 01's 4 became 889 on an arm64 laptop), and
# bin/trace, an x86-64 program itself, gets ENOSYS: both need native x86-64 Linux.
sg_no_ptrace() {
	if sg_emulated; then
		if [ "${1:-}" = trace ]; then
			echo "emulated ($SG_EMULATED_WHY): bin/trace is x86-64 code too, and qemu-user gives its guest no ptrace; needs native x86-64 Linux"
		else
			echo "emulated ($SG_EMULATED_WHY): ptrace would watch qemu-x86_64, not the program; needs native x86-64 Linux"
		fi
		return 0
	fi
	if [ -z "${_sg_ptrace:-}" ]; then
		# ptrace works where the kernel allows it: not under a seccomp/Yama
		# policy that forbids it. Ask strace once, quietly.
		if ! command -v strace >/dev/null; then
			_sg_ptrace="strace is not installed, so ptrace cannot be tried (apt-get install strace)"
		elif strace -qq -e trace=none true >/dev/null 2>&1; then
			_sg_ptrace=ok
		else
			_sg_ptrace="ptrace is not permitted here (container policy)"
		fi
	fi
	[ "$_sg_ptrace" != ok ] || return 1
	echo "$_sg_ptrace"
}

# _ptrace_ok: can strace and bin/trace watch the program here? (the lessons'
# ./run scripts ask before each table of counts or costs)
_ptrace_ok() {
	! sg_no_ptrace >/dev/null
}

way_strace() {
	local st=0
	_head "2. strace: $*"
	if ! command -v strace >/dev/null; then
		_skip "strace is not installed (apt-get install strace)"
		return
	fi
	if sg_no_ptrace >/dev/null; then
		_skip "$(sg_no_ptrace)"
		return
	fi
	_clean strace -qq -o "$ways_tmp/trace" ${STRACE_OPTS:-} "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
	_show "$ways_tmp/trace" "  ~ "
	_show "$ways_tmp/out" "  | "
	_judge strace "$st"
}

way_trace() {
	local st=0
	_head "3. bin/trace: $*"
	if [ ! -x "$ROOT/bin/trace" ]; then
		_skip "bin/trace is not built yet (issue 5); run make at the top"
		return
	fi
	if sg_emulated; then
		# no ptrace for the guest, but QEMU >= 9's gdbstub stops it at each
		# call: bin/trace --qemu reads the calls there (QEMU 7.2: one line
		# naming the version needed, and the way is skipped)
		_clean sg_x86 "$ROOT/bin/trace" --qemu="${SG_QEMU_BIN:-qemu-x86_64}" -o "$ways_tmp/trace" \
			${TRACE_OPTS:-} "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
		if grep -q 'needs QEMU 9.0 or later' "$ways_tmp/err"; then
			# (trace names itself by its path, as strace does: shown as "trace")
			_skip "emulated ($SG_EMULATED_WHY): $(grep -m1 'needs QEMU 9.0 or later' "$ways_tmp/err" | sed 's|^[^ ]*/trace: |trace: |')"
			return
		fi
	elif sg_no_ptrace >/dev/null; then
		_skip "$(sg_no_ptrace trace)"
		return
	else
		_clean "$ROOT/bin/trace" -o "$ways_tmp/trace" ${TRACE_OPTS:-} "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
	fi
	_show "$ways_tmp/trace" "  ~ "
	_show "$ways_tmp/out" "  | "
	_show "$ways_tmp/err" "  ! "
	_judge bin/trace "$st"
}

way_qemu() {
	local st=0 opt=
	[ "$1" = -strace ] && { opt=-strace; shift; }
	_head "4. qemu-x86_64${opt:+ $opt}: $*"
	if [ -z "$SG_QEMU_BIN" ]; then
		_skip "qemu-x86_64 is not installed (apt-get install qemu-user)"
		return
	fi
	if ! command -v "$SG_QEMU_BIN" >/dev/null; then
		_skip "SG_QEMU_BIN=$SG_QEMU_BIN is not an executable"
		return
	fi
	echo "  ($("$SG_QEMU_BIN" --version | head -n 1))"
	# -strace goes to stderr: keep it apart from the program's own stderr is not
	# possible, so both are shown with "~ " when -strace is on.
	_clean "$SG_QEMU_BIN" $opt "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
	if [ -n "$opt" ]; then
		# mask the pid qemu prints first on each line: it varies from run to run
		sed -E 's/^[0-9]+ /PID /' "$ways_tmp/err" >"$ways_tmp/err2"
		_show "$ways_tmp/err2" "  ~ "
	else
		_show "$ways_tmp/err" "  ! "
	fi
	_show "$ways_tmp/out" "  | "
	_judge qemu "$st"
}

ways_done() {
	echo
	echo "four-way run: $ways_ran ran, $ways_bad went wrong, $ways_skipped skipped"
	[ "$ways_bad" -eq 0 ]
}
