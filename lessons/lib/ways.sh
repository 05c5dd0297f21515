# lessons/lib/ways.sh — run one program four ways, side by side (sourced by each lesson's ./run).
#
#   way_native  CMD ARGS...   its own output and exit status
#   way_strace  CMD ARGS...   under the real strace (ptrace from the host)
#   way_trace   CMD ARGS...   under sysgate's bin/trace (same ptrace, our decoder)
#   way_qemu    [-strace] CMD ARGS...   under qemu-x86_64, a user-mode emulator
#   ways_done                 one summary line; exit 1 if a way that ran went wrong
#
# Set WANT_STATUS (default 0) to the exit status the program should end with.
# A tool that is missing is reported in one line and counted as skipped, not failed.
# Each way's output is indented under its heading so the four read as columns
# of one table when scrolled: program output with "  | ", traces with "  ~ ".

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
OUT=${OUT:-$ROOT/build/lessons/$(basename "$PWD")}
WANT_STATUS=${WANT_STATUS:-0}
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
	_clean "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
	_show "$ways_tmp/out" "  | "
	_show "$ways_tmp/err" "  ! "
	_judge native "$st"
}

# ptrace works where the kernel allows it: not inside qemu-user, and not under
# a seccomp/Yama policy that forbids it. Ask strace once, quietly.
_ptrace_ok() {
	strace -qq -e trace=none true >/dev/null 2>&1
}

way_strace() {
	local st=0
	_head "2. strace: $*"
	if ! command -v strace >/dev/null; then
		_skip "strace is not installed (apt-get install strace)"
		return
	fi
	if ! _ptrace_ok; then
		_skip "ptrace is not permitted here (container policy or emulator)"
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
	if ! _ptrace_ok; then
		_skip "ptrace is not permitted here (container policy or emulator)"
		return
	fi
	_clean "$ROOT/bin/trace" -o "$ways_tmp/trace" ${TRACE_OPTS:-} "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
	_show "$ways_tmp/trace" "  ~ "
	_show "$ways_tmp/out" "  | "
	_show "$ways_tmp/err" "  ! "
	_judge bin/trace "$st"
}

way_qemu() {
	local st=0 opt=
	[ "$1" = -strace ] && { opt=-strace; shift; }
	_head "4. qemu-x86_64${opt:+ $opt}: $*"
	if ! command -v qemu-x86_64 >/dev/null; then
		_skip "qemu-x86_64 is not installed (apt-get install qemu-user)"
		return
	fi
	# -strace goes to stderr: keep it apart from the program's own stderr is not
	# possible, so both are shown with "~ " when -strace is on.
	_clean qemu-x86_64 $opt "$@" >"$ways_tmp/out" 2>"$ways_tmp/err" || st=$?
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
