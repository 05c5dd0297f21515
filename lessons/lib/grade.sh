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
#
# Random inputs: every run draws some inputs at random (file sizes and
# contents, a cut point, an errno). rnd and rand_file take them from a
# generator seeded per exercise from SG_SEED, which a FAIL line prints:
# `SG_SEED=1234 make check ONLY=NAME` repeats the same inputs.
#
# Emulated mode (SG_EMULATED=1, or a host that is not x86-64): the
# exercise runs under `${SG_QEMU_BIN:-qemu-x86_64} -strace -D FILE` and is
# judged from qemu's trace; a check that needs ptrace (strace -e inject=)
# calls native_only, and the exercise is scored "not gradable here" (a
# separate count on the score line), never failed. A lesson's check sets
# GR_EMULATION_READY=1 once its checks judge from the normalized trace below
# (until then its exercises are not gradable under emulation).
#
# Dialect-free helpers (both modes): after run, $gr_tmp/norm holds one call a
# line as `name(arg,arg,...) = R`: no pid, no spaces, the buffer argument of
# read/write/pread64/pwrite64 as BUF, addresses as ADDR (not mmap's offset),
# -100 as AT_FDCWD, errors as -ERRNO (a number), ? for calls that do not
# return; the execve that starts the exercise is left out. want_op,
# want_op_seq, op_count, op_sum, want_exit and refuse_exec judge from it;
# own_code judges the exercise's object file (nm, objdump).
#
# Other helpers: WRAP=CMD runs the tracer under CMD (to set up descriptors
# or signal dispositions); MERGE=1 sends stderr to stdout's open file;
# native_only WHY marks a check that needs ptrace.

ROOT=${ROOT:?run me through make check}
gr_pass=0 gr_total=0 gr_reason= gr_ungradable=0
gr_tmp=$(mktemp -d)
# one seed for the whole run; each exercise's generator starts from it and its name
gr_seed=${SG_SEED:-$(( ($$ * 7919 + $(date +%N | sed 's/^0*//;s/^$/0/')) % 100000 ))}
gr_emulated=
if [ "${SG_EMULATED:-}" = 1 ] || [ "$(uname -m)" != x86_64 ]; then
	gr_emulated=1
fi
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
	if [ -n "$gr_emulated" ]; then
		run_emulated "$name" "$@"
		return
	fi
	# through PATH, so that argv[0] is the bare name, as in error messages
	PATH=$EXOUT:$PATH _outerr ${WRAP:-} strace -f -qq -s 64 -o "$gr_tmp/raw" ${STRACE_OPTS:-} "$name" "$@" \
		<"${STDIN:-/dev/null}" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || status=$?
	mask <"$gr_tmp/raw" >"$gr_tmp/calls"
	normalize strace <"$gr_tmp/raw" >"$gr_tmp/norm"
	_allnorm
}

# _allnorm: this run's normalized calls added to the exercise's (refuse_exec)
_allnorm() { _norm_lines; [ ${#gr_norm[@]} -eq 0 ] || printf '%s\n' "${gr_norm[@]}" >>"$gr_tmp/allnorm"; }

# _outerr CMD...: CMD with stdout to $gr_tmp/out, stderr to $gr_tmp/err, or with
# MERGE=1 to the same open file as stdout (to judge the order of the two)
_outerr() {
	if [ -n "${MERGE:-}" ]; then
		: >"$gr_tmp/err"
		"$@" >"$gr_tmp/out" 2>&1
	else
		"$@" >"$gr_tmp/out" 2>"$gr_tmp/err"
	fi
}

# run_emulated NAME ARGS...: run under qemu-x86_64 -strace (SG_EMULATED mode).
# qemu's log is the guest's fd 3 (-D opens it first), so the guest's first
# open is 4: checks take descriptors from the trace, never type 3.
run_emulated() {
	local name=$1
	shift
	status=0
	# a lesson whose checks read strace's own format sets nothing: qemu's
	# trace would fail right answers, so its exercises are not gradable here
	[ -n "${GR_EMULATION_READY:-}" ] || { native_only "this lesson's checks read the host's strace"; return 1; }
	[ -z "${STRACE_OPTS:-}" ] || { native_only "strace ${STRACE_OPTS}"; return 1; }
	rm -f "$gr_tmp/raw"
	_outerr ${WRAP:-} timeout 60 "${SG_QEMU_BIN:-qemu-x86_64}" -0 "$name" -strace -D "$gr_tmp/raw" \
		"$EXOUT/$name" "$@" <"${STDIN:-/dev/null}" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- || status=$?
	qemu_unmerge "$gr_tmp/raw"
	mask <"$gr_tmp/raw" >"$gr_tmp/calls"
	normalize qemu <"$gr_tmp/raw" >"$gr_tmp/norm"
	_allnorm
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

# normalize strace|qemu: strace's or qemu -strace's lines to the common form
# described at the top. The numbers of errno names come from the kernel's
# UAPI headers (strace prints names, qemu numbers).
normalize() {
	awk -v dialect="$1" -v errfile="$gr_tmp/errnos" '
	BEGIN {
		while ((getline l < errfile) > 0) { split(l, f, " "); num[f[1]] = f[2] }
		buf["read"] = buf["write"] = buf["pread64"] = buf["pwrite64"] = 1
	}
	{
		sub(/^\[pid +[0-9]+\] /, ""); sub(/^[0-9]+ +/, "")
		if ($0 !~ /^[a-z_0-9]+\(/) next		# signals, exits, resumed pieces
		name = substr($0, 1, index($0, "(") - 1)
		# the arguments: split at commas outside strings, [], {} and () (qemu prints (nil))
		n = 0; arg = ""; depth = 0; q = 0
		for (i = length(name) + 2; i <= length($0); i++) {
			c = substr($0, i, 1)
			if (q) { arg = arg c; if (c == "\\") { i++; arg = arg substr($0, i, 1) } else if (c == "\"") q = 0; continue }
			if (c == "\"") { q = 1; arg = arg c; continue }
			if (c == ")" && depth == 0) break
			if (c == "[" || c == "{" || c == "(") depth++
			if (c == "]" || c == "}" || c == ")") depth--
			if (c == "," && depth == 0) { a[++n] = arg; arg = ""; continue }
			if (c == " " && depth == 0) continue
			arg = arg c
		}
		if (arg != "" || n > 0) a[++n] = arg
		rest = substr($0, i + 1)
		out = name "("
		for (k = 1; k <= n; k++) {
			v = a[k]
			if ((v ~ /^0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]*$/ && !(name == "mmap" && k == 6)) || (v ~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*$/ && k == 2 && (name in buf))) v = "ADDR"
			if (v == "(nil)") v = "NULL"
			if (k == 1 && v == "-100" && name ~ /at$/) v = "AT_FDCWD"
			if (k == 2 && (name in buf)) v = "BUF"
			out = out (k > 1 ? "," : "") v
		}
		out = out ")"
		# the result
		sub(/^ *= */, "", rest)
		if (rest == "" || rest ~ /^\?/) r = "?"
		else if (rest ~ /^-1 errno=[0-9]+/) { split(rest, f, /[= ]/); r = "-" f[3] }
		else if (rest ~ /^-1 \(errno [0-9]+\)/) { split(rest, f, /[ )]/); r = "-" f[3] }	# no name
		else if (rest ~ /^-1 E[A-Z0-9]+/) { split(rest, f, " "); r = (f[2] in num) ? "-" num[f[2]] : "-" f[2] }
		else if (rest ~ /^0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]/) r = "ADDR"
		else { split(rest, f, " "); r = f[1] }
		line = out " = " r
		# (mawk has no {m,n}: the repetitions are spelled out)
	# strace shows the grader starting the exercise; qemu does not
		if (dialect == "strace" && !seen++ && name == "execve") next
		print line
	}'
}

# the errno names and numbers, from the kernel's headers (for normalize)
sed -n -E 's/^#define[ \t]+(E[A-Z0-9]+)[ \t]+([0-9]+).*/\1 \2/p' \
	/usr/include/asm-generic/errno-base.h /usr/include/asm-generic/errno.h >"$gr_tmp/errnos" 2>/dev/null

# errno_num NAME: its number (EINTR -> 4)
errno_num() { awk -v n="$1" '$1 == n { print $2 }' "$gr_tmp/errnos"; }

# errno_text N: glibc's text for errno N (GNU tools print it; perl's $! is strerror)
errno_text() { perl -e '$! = $ARGV[0]; print "$!"' "$1"; }

# rnd VAR LO HI: VAR = a number drawn from LO..HI (inclusive) by the
# exercise's generator (a 64-bit LCG: reproducible from SG_SEED alone)
rnd() {
	gr_rng=$(( (gr_rng * 6364136223846793005 + 1442695040888963407) & 0x7fffffffffffffff ))
	printf -v "$1" '%d' $(( $2 + (gr_rng >> 16) % ($3 - $2 + 1) ))
}

# rand_file FILE SIZE: SIZE bytes of every value, from the generator
rand_file() {
	local s
	rnd s 1 2147483647
	perl -e 'srand($ARGV[0]); my $n = $ARGV[1]; while ($n > 0) { my $k = $n < 65536 ? $n : 65536;
		print pack("C*", map { int(rand(256)) } 1..$k); $n -= $k }' "$s" "$2" >"$1"
}

# norm_text: the normalized trace, for messages
norm_text() { tr '\n' ';' <"$gr_tmp/norm" | sed 's/;$//; s/;/; /g' | cut -c1-300; }

# The helpers below run hundreds of times in one grading: they use the
# shell's own string and regex operations instead of a sed or grep process
# per call (each fork and exec costs milliseconds on a virtual machine).

# _re_escape VAR STRING: VAR = STRING with every ERE special character escaped
_re_escape() {
	local _gr_s=$2 _gr_o= _gr_c _gr_i
	for ((_gr_i = 0; _gr_i < ${#_gr_s}; _gr_i++)); do
		_gr_c=${_gr_s:_gr_i:1}
		case $_gr_c in
		'['|']'|'\'|'.'|'*'|'^'|'$'|'('|')'|'+'|'?'|'{'|'}'|'|') _gr_o+="\\$_gr_c" ;;
		*) _gr_o+=$_gr_c ;;
		esac
	done
	printf -v "$1" '%s' "$_gr_o"
}

# _op_re_v VAR "NAME A1 A2 ... = R": VAR = an extended regex for one
# normalized call; * matches any one argument, and qemu 7.2's extra
# trailing arguments are allowed
_op_re_v() {
	# names of its own that no caller uses: printf -v would set a local
	local _gr_v=$1 _gr_re= _gr_t _gr_first=1 _gr_res=
	local -
	set -f		# a * stays a *
	set -- $2
	_gr_re="^$1\\("
	shift
	while [ $# -gt 0 ] && [ "$1" != = ]; do
		_gr_t=$1
		shift
		if [ "$_gr_t" = '*' ]; then _gr_t='[^,]*'
		else _re_escape _gr_t "$_gr_t"; fi
		if [ -n "$_gr_first" ]; then _gr_re="$_gr_re$_gr_t"; else _gr_re="$_gr_re,$_gr_t"; fi
		_gr_first=
	done
	_gr_re="$_gr_re(,[^,]*)*\\)"
	if [ "${1:-}" = = ]; then
		_gr_res=$2
		if [ "$_gr_res" = '*' ]; then _gr_res='.*'; else _re_escape _gr_res "$_gr_res"; fi
		_gr_re="$_gr_re = $_gr_res"
	else
		_gr_re="$_gr_re = .*"
	fi
	printf -v "$_gr_v" '%s$' "$_gr_re"
}

# _op_re "NAME A1 A2 ... = R": the same regex, printed
_op_re() { local r; _op_re_v r "$1"; printf '%s' "$r"; }

# _op_show "NAME A1 ... = R": as a call is written, NAME(A1, ...) = R
_op_show() {
	local s i=0 w
	local -
	set -f
	set -- $1
	s="$1("
	shift
	while [ $# -gt 0 ] && [ "$1" != = ]; do
		[ "$i" -gt 0 ] && s+=", "
		s+=$1
		i=$((i + 1))
		shift
	done
	s+=")"
	[ "${1:-}" = = ] && s+=" = $2"
	printf '%s\n' "$s"
}

# _norm_lines: the normalized trace into the array gr_norm (one call an element)
_norm_lines() { gr_norm=(); [ -f "$gr_tmp/norm" ] && mapfile -t gr_norm <"$gr_tmp/norm"; }

# want_op "NAME A1 ... = R" [WHY]: some call in the trace is that one
want_op() {
	local re l
	_op_re_v re "$1"
	_norm_lines
	for l in "${gr_norm[@]}"; do [[ $l =~ $re ]] && return 0; done
	fail "${2:-expected $(_op_show "$1")}; trace: $(norm_text)"
}

# want_op_seq: stdin holds the whole expected trace, one "NAME A1 ... = R" a line
want_op_seq() {
	local i=0 w g re
	_norm_lines
	while IFS= read -r w; do
		g=${gr_norm[i]-}
		i=$((i + 1))
		_op_re_v re "$w"
		[[ $g =~ $re ]] ||
			{ fail "syscall $i: expected $(_op_show "$w"), got ${g:-nothing}; trace: $(norm_text)"; return 1; }
	done
	g=${gr_norm[i]-}
	[ -z "$g" ] || fail "after $i calls, more than expected: $g; trace: $(norm_text)"
}

# op_count NAMEREGEX: how many calls whose name matches (whole name)
op_count() {
	local re="^($1)\\(" l n=0
	_norm_lines
	for l in "${gr_norm[@]}"; do [[ $l =~ $re ]] && n=$((n + 1)); done
	echo "$n"
}

# want_no_call_op NAMEREGEX WHY: no call of those names in the trace
want_no_call_op() {
	local re="^($1)\\(" l
	_norm_lines
	for l in "${gr_norm[@]}"; do
		[[ $l =~ $re ]] && { fail "$2: ${l:0:70}"; return 1; }
	done
	return 0
}

# op_result NAME ARGPATTERN...: the result of the first call matching
op_result() {
	local re l
	_op_re_v re "$*"
	_norm_lines
	for l in "${gr_norm[@]}"; do
		[[ $l =~ $re ]] && { printf '%s\n' "${l##* = }"; return 0; }
	done
}

# op_sum NAMEREGEX [FD]: the sum of the non-negative results of those calls
# (on descriptor FD, its first argument, when given)
op_sum() {
	awk -v re="^($1)\\\\(" -v fd="${2:-}" '
	$0 ~ re { a = $0; sub(/^[^(]*\(/, "", a); split(a, f, ","); sub(/\).*/, "", f[1])
		if (fd != "" && f[1] != fd) next
		r = $0; sub(/.* = /, "", r); if (r + 0 > 0) s += r }
	END { printf "%d\n", s }' "$gr_tmp/norm"
}

# want_exit N: the program ended with exit_group(N) or exit(N), the last call,
# and its status is N (either call is right where a text says "exit with N")
want_exit() {
	local last re="^(exit_group|exit)\\($1\\) = \\?$"
	_norm_lines
	last=
	[ ${#gr_norm[@]} -eq 0 ] || last=${gr_norm[-1]}
	[[ -n $last && $last =~ $re ]] ||
		{ fail "expected the last call to be exit_group($1) (or exit($1)), got $last; trace: $(norm_text)"; return 1; }
	want_status "$1"
}

# refuse_exec: no call of any run of this exercise so far started another
# program or process: the exercise must do the work itself
refuse_exec() {
	local l prog
	l=$(grep -E -m1 '^(execve|execveat|clone|clone3|fork|vfork)\(' "$gr_tmp/allnorm" 2>/dev/null) || return 0
	case $l in
	exec*)	prog=$(printf '%s' "$l" | sed -E 's/^execve(at)?\((AT_FDCWD,|[0-9]+,)?"([^"]*)".*/\3/; s,.*/,,')
		fail "this exercise must do the work itself, not run $prog (it called $(printf '%s' "$l" | cut -c1-60)...)" ;;
	*)	fail "this exercise must do the work itself, not start another process ($(printf '%s' "$l" | cut -c1-60))" ;;
	esac
}

# own_code SYMBOL [ALLOWED...]: the exercise's own object (from SRCDIR)
# defines SYMBOL, holds a syscall instruction when it is assembly, and uses
# nothing from the runtime but ALLOWED (symbols it leaves undefined):
# a stub that jumps to the runtime's sys_* stub did not write the stub.
own_code() {
	local sym=$1 obj u
	shift
	obj=$(ls "$EXOUT/${SRCDIR//\//_}_$gr_name".{asm,c}.o 2>/dev/null | head -1)
	[ -n "$obj" ] || { fail "internal: no object for $gr_name in $EXOUT"; return 1; }
	nm "$obj" | grep -Eq " T $sym\$" || { fail "$sym is not defined in your file"; return 1; }
	for u in $(nm -u "$obj" | awk '{ print $2 }'); do
		case " $* " in *" $u "*) continue ;; esac
		fail "your code calls $u from the runtime: write that part yourself (the exercise is about it)"
		return 1
	done
	case $obj in
	*.asm.o) objdump -d "$obj" | grep -Eq '	syscall' ||
		fail "no syscall instruction in your file: write the syscall yourself" ;;
	esac
}

# native_only WHY: this check needs ptrace (strace); under emulation the
# exercise is "not gradable here", counted apart from passes and failures
native_only() {
	[ -n "$gr_emulated" ] || return 0
	printf '%s' "$1" >"$gr_tmp/ungradable"
	return 1
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
	gr_reason= gr_name=$name
	rm -f "$gr_tmp/reason" "$gr_tmp/ungradable" "$gr_tmp/allnorm"
	# this exercise's random inputs: from the seed and its name alone
	gr_rng=$(( gr_seed * 1000003 + $(printf '%s' "$name" | cksum | cut -d' ' -f1) ))
	if ! make --no-print-directory -s "$EXOUT/$name" >"$gr_tmp/build" 2>&1; then
		echo "[FAIL] $name: $title: does not build:"
		grep -m3 -E 'error|undefined' "$gr_tmp/build" | sed 's/^/         /'
		return
	fi
	rm -rf "$gr_tmp/work" && mkdir "$gr_tmp/work"	# a fresh directory for each exercise
	RANDOM=$((gr_rng % 32768))	# bash's $RANDOM too repeats with SG_SEED
	if (cd "$gr_tmp/work" && "$fn") && [ ! -s "$gr_tmp/reason" ]; then
		echo "[PASS] $name: $title"
		gr_pass=$((gr_pass + 1))
	elif [ -f "$gr_tmp/ungradable" ]; then
		echo "[SKIP] $name: $title: not gradable here: needs native x86-64 Linux ($(cat "$gr_tmp/ungradable"))"
		gr_total=$((gr_total - 1)) gr_ungradable=$((gr_ungradable + 1))
	else
		[ -f "$gr_tmp/reason" ] && gr_reason=$(cat "$gr_tmp/reason")
		echo "[FAIL] $name: $title: ${gr_reason:-check failed} (inputs: SG_SEED=$gr_seed make check ONLY=$name repeats them)"
	fi
}

grade_done() {
	local what=
	[ "$SRCDIR" = solutions ] && what=" (reference solutions)"
	[ "$gr_ungradable" -eq 0 ] || what="$what, $gr_ungradable not gradable here (need native x86-64 Linux)"
	echo "score: $gr_pass/$gr_total$what"
	[ "$gr_pass" -eq "$gr_total" ]
}

# qemu_unmerge FILE: one call a line in a qemu -strace log of several
# processes. qemu writes a call and its result in two pieces, so another
# process's line can start right after a call that blocks (wait4, execve):
# "10 wait4(11,...)11 getppid() = 10". The glued line is split; the result
# that then stands alone (" = 11") cannot be told whose and is dropped by
# normalize: checks of several processes judge calls and arguments there.
# QEMU >= 8 also writes the "PID " before a call apart from it, so a line can
# even come between the two: "10 11 getppid() = 10" then "wait4(11,...)":
# the stray pid is given back to the next call that has none. And a call
# whose "(" was cut off from its arguments by another's piece (two execve
# at once: 'execve("/a",{...,NULL}11 execve()"/b",...) = 0', the ")" the
# first one's) is split after the argument list it had, and the stray ")"
# dropped.
qemu_unmerge() {
	[ -f "$1" ] || return 0
	sed -E -i 's/\)( = [^ ]*)?([0-9]+ [a-z_0-9]+\()/)\1\n\2/g
		s/([]}"])([0-9]+ [a-z_0-9]+\()\)"/\1\n\2"/g' "$1"
	awk '{
		while (match($0, /^[0-9]+ [0-9]+ /)) { p = $0; sub(/ .*/, "", p); stray[++n] = p; $0 = substr($0, length(p) + 2) }
		if (n > 0 && $0 ~ /^[a-z_0-9]+\(/) { $0 = stray[1] " " $0; for (i = 1; i < n; i++) stray[i] = stray[i + 1]; n-- }
		print
	}' "$1" >"$1.un" && mv "$1.un" "$1"
}

# sig_name N: signal N as the trace in use names it: strace's SIGUSR1,
# SIGRTMIN (32), SIGRT_3 (35); qemu -strace names 1..31 and numbers the rest
sig_name() {
	if [ "$1" -lt 32 ]; then echo "SIG$(kill -l "$1")"
	elif [ -n "$gr_emulated" ]; then echo "$1"
	elif [ "$1" -eq 32 ]; then echo SIGRTMIN
	else echo "SIGRT_$(($1 - 32))"; fi
}

# qemu_major: the major version of the qemu-x86_64 that runs the exercises
qemu_major() { "${SG_QEMU_BIN:-qemu-x86_64}" --version | sed -n '1s/.*version \([0-9]*\).*/\1/p'; }

# Grading needs the real strace; without ptrace it cannot judge syscalls.
# Under emulation, qemu's own -strace judges instead.
if [ -z "$gr_emulated" ] && ! strace -qq -e trace=none true >/dev/null 2>&1; then
	echo "cannot grade: strace is missing or ptrace is not permitted here" >&2
	exit 2
fi
