# lessons/lib/grade.sh — a small course grader (sourced by each lesson's ./check).
#
# A lesson's ./check defines one shell function per exercise and calls
#
#   grade NAME "what it asks" check_fn
#
# for each; grade builds exercises/NAME (or solutions/NAME with SOLUTIONS=1),
# runs check_fn, and prints
#
#   [PASS] ex1-exit42: exit with status 42
#   [FAIL] ex2-twolines: write to stderr: expected write(2, "oops\n", 5) = 5, got exit_group(0) = ?
#
# and grade_done prints "score: X/Y" and exits 0 only when all passed.
# Inside check_fn, chain the helpers with && : the first that fails sets the
# reason. Traces come from the real strace (the oracle), with pids and
# addresses masked so that only what the exercise is about is compared.

ROOT=${ROOT:?run me through make check}
gr_pass=0 gr_total=0 gr_reason=
gr_tmp=$(mktemp -d)
trap 'rm -rf "$gr_tmp"' EXIT
export LC_ALL=C TZ=UTC

# fail REASON: the check runs in a subshell (inside the scratch directory), so
# the reason goes to a file as well.
fail() { gr_reason=$*; printf '%s' "$*" >"$gr_tmp/reason"; return 1; }

# run NAME ARGS...: run the built exercise under strace; sets $status, and the
# files $gr_tmp/out, $gr_tmp/err, $gr_tmp/calls (one masked syscall per line).
# STDIN (default /dev/null) is its input; STRACE_OPTS adds options (-e inject=...).
# Descriptors 3-9 are closed for it (bats, make and shells leak some): the
# first file an exercise opens must be 3, as in a fresh shell.
run() {
	local name=$1
	shift
	status=0
	# through PATH, so that argv[0] is the bare name, as in error messages
	PATH=$EXOUT:$PATH strace -f -qq -s 64 -o "$gr_tmp/raw" ${STRACE_OPTS:-} "$name" "$@" \
		<"${STDIN:-/dev/null}" >"$gr_tmp/out" 2>"$gr_tmp/err" \
		3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || status=$?
	mask <"$gr_tmp/raw" >"$gr_tmp/calls"
}

# run_plain NAME ARGS...: the same without strace (for what ptrace would change)
run_plain() {
	local name=$1
	shift
	status=0
	(exec -a "$name" "$EXOUT/$name" "$@") <"${STDIN:-/dev/null}" >"$gr_tmp/out" 2>"$gr_tmp/err" \
		3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || status=$?
}

# run_qemu NAME ARGS...: the same under qemu-x86_64, argv[0] the bare name (-0)
run_qemu() {
	local name=$1
	shift
	status=0
	qemu-x86_64 -0 "$name" "$EXOUT/$name" "$@" <"${STDIN:-/dev/null}" >"$gr_tmp/out" 2>"$gr_tmp/err" \
		3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || status=$?
}

# mask: pids, addresses and alignment padding vary; the execve line names
# the grader's paths. What stays: names, arguments that matter, results.
mask() {
	sed -E -e 's/^[0-9]+ +//' \
		-e 's/^execve\(.*/execve(...) = 0/' \
		-e 's/0x[0-9a-f]{6,}/ADDR/g' \
		-e 's/\) +=/) =/' -e 's/ +$//'
}

# calls: the masked trace, for messages
calls_text() { tr '\n' ';' <"$gr_tmp/calls" | sed 's/;$//; s/;/; /g'; }

want_status() {
	[ "$status" = "$1" ] || fail "exit status $status, expected $1"
}

# want_calls: stdin holds the exact masked trace expected, line by line
want_calls() {
	cat >"$gr_tmp/want"
	local i=0 w g
	exec 3<"$gr_tmp/want" 4<"$gr_tmp/calls"
	while :; do
		i=$((i + 1))
		IFS= read -r w <&3 || w="<end>"
		IFS= read -r g <&4 || g="<end>"
		[ "$w" = "<end>" ] && [ "$g" = "<end>" ] && break
		if [ "$w" != "$g" ]; then
			exec 3<&- 4<&-
			fail "syscall $i: expected $w, got $(printf "%s" "$g" | cut -c1-100)"
			return 1
		fi
	done
	exec 3<&- 4<&-
}

# want_names "execve write exit_group": just the sequence of syscall names
want_names() {
	local got
	got=$(sed -E 's/\(.*//' "$gr_tmp/calls" | tr '\n' ' ' | sed 's/ $//')
	[ "$got" = "$1" ] || fail "syscalls were: $got; expected: $1"
}

# want_call REGEX [WHY]: some line of the trace matches (extended regex)
want_call() {
	grep -Eq -- "$1" "$gr_tmp/calls" || fail "${2:-no syscall matching $1}; trace: $(calls_text | cut -c1-300)"
}

# want_no_call REGEX WHY
want_no_call() {
	! grep -Eq -- "$1" "$gr_tmp/calls" || fail "$2: $(grep -E -- "$1" "$gr_tmp/calls" | head -1 | cut -c1-70)..."
}

# count_calls NAME: how many calls of that name
count_calls() { grep -c "^$1(" "$gr_tmp/calls"; }

# _first_diff WANT GOT: "line N: got 'X', expected 'Y'" for the first line that differs
_first_diff() {
	local n=1 w g
	while :; do
		w=$(sed -n "${n}p" "$1"); g=$(sed -n "${n}p" "$2")
		if [ "$w" != "$g" ] || [ "$n" -gt "$(wc -l <"$1")" ]; then
			[ "$n" -gt "$(wc -l <"$2")" ] && [ -z "$g" ] && g="<nothing>"
			[ "$n" -gt "$(wc -l <"$1")" ] && [ -z "$w" ] && w="<nothing>"
			[ "$w" != "$g" ] && { echo "line $n: got '$g', expected '$w'"; return; }
			echo "no newline where expected, or extra bytes at the end"
			return
		fi
		n=$((n + 1))
	done
}

want_stdout() {
	printf '%s' "$1" >"$gr_tmp/wout"
	cmp -s "$gr_tmp/wout" "$gr_tmp/out" || fail "stdout $(_first_diff "$gr_tmp/wout" "$gr_tmp/out")"
}

want_stderr() {
	printf '%s' "$1" >"$gr_tmp/werr"
	cmp -s "$gr_tmp/werr" "$gr_tmp/err" || fail "stderr $(_first_diff "$gr_tmp/werr" "$gr_tmp/err")"
}

want_file_same() {
	cmp -s "$1" "$2" || fail "$2 differs from $1"
}

grade() {
	local name=$1 title=$2 fn=$3
	# ONLY=NAME (make check ONLY=NAME): grade that exercise alone
	[ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && return 0
	gr_total=$((gr_total + 1))
	gr_reason=
	rm -f "$gr_tmp/reason"
	if ! make --no-print-directory -s "$EXOUT/$name" >"$gr_tmp/build" 2>&1; then
		echo "[FAIL] $name: $title: does not build:"
		grep -m3 -E 'error|undefined' "$gr_tmp/build" | sed 's/^/         /'
		return
	fi
	rm -rf "$gr_tmp/work" && mkdir "$gr_tmp/work"	# a fresh directory for each exercise
	if (cd "$gr_tmp/work" && "$fn") && [ ! -s "$gr_tmp/reason" ]; then
		echo "[PASS] $name: $title"
		gr_pass=$((gr_pass + 1))
	else
		[ -f "$gr_tmp/reason" ] && gr_reason=$(cat "$gr_tmp/reason")
		echo "[FAIL] $name: $title: ${gr_reason:-check failed}"
	fi
}

grade_done() {
	local what=
	[ "$SRCDIR" = solutions ] && what=" (reference solutions)"
	echo "score: $gr_pass/$gr_total$what"
	[ "$gr_pass" -eq "$gr_total" ]
}

# Grading needs the real strace; without ptrace it cannot judge syscalls.
if ! strace -qq -e trace=none true >/dev/null 2>&1; then
	echo "cannot grade: strace is missing or ptrace is not permitted here" >&2
	exit 2
fi
