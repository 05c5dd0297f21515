#!/usr/bin/env bats
# tests/trace.bats — bin/trace against real strace 6, line by line.
#
# Most tests run bin/trace-vs-strace, which traces the same program with both
# tracers, masks what must differ between two runs (pids, addresses, the
# environment count, random bytes, clock readings) and ends with
# "N/M lines identical": vs_strace asserts N = M. Under qemu-x86_64 there is
# no ptrace, so those tests skip; the usage errors and the one-line refusal
# are checked in both passes.
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# same exit status (and death by the same signal) as under strace
same_status() {
	local s t
	(strace -o /dev/null "$@" >/dev/null 2>&1) 2>/dev/null && s=0 || s=$?
	("$BIN/trace" -o /dev/null "$@" >/dev/null 2>&1) 2>/dev/null && t=0 || t=$?
	if [ "$s" != "$t" ]; then
		echo "exit status for $*: strace $s, trace $t"
		return 1
	fi
}

# --- usage, in both passes (options are read before ptrace is needed) -------

@test "trace vs strace: no program is a usage error" {
	run sg trace
	assert_failure 1
	assert_line -n 0 "trace: must have PROG [ARGS] or -p PID"	# strace 6.1's words
	assert_line -n 1 "Try 'trace -h' for more information."
}

@test "trace vs strace: a missing program, in strace's words" {
	gnu_err=$(strace /nonexistent/x 2>&1 >/dev/null) || true
	run sg trace /nonexistent/x
	assert_failure 1
	assert_output "${gnu_err/strace:/trace:}"
	run sg trace no-such-program-here
	assert_failure 1
	assert_output "trace: Can't stat 'no-such-program-here': No such file or directory"
}

@test "trace vs strace: unknown option, syscall name, class, -s and -a values" {
	for args in "-Q true" "-e trace=nosuchcall true" "-e trace=%nosuchclass true" "-e net true" \
		"-s x true" "-a -3 true" "-X nosuch true" "-o /nonexistent/dir/f true"; do
		# shellcheck disable=SC2086
		want=$(strace $args 2>&1 >/dev/null) && ws=0 || ws=$?
		# shellcheck disable=SC2086
		run sg trace $args
		[ "$status" -eq "$ws" ] || { echo "status for $args: strace $ws, trace $status"; return 1; }
		want=${want//strace:/trace:}
		assert_output "${want//strace -h/trace -h}"
	done
}

@test "trace: --help prints the help block and exits 0" {
	run sg trace --help
	assert_success
	assert_line -n 0 --partial "trace — show the system calls a program makes"
	assert_line --partial "-e trace=LIST"
}

@test "trace under qemu-x86_64: says once it traces through the gdbstub; QEMU 7.2 cannot, in one line" {
	command -v qemu-x86_64 >/dev/null || skip "no qemu-x86_64"
	q=$(command -v qemu-x86_64)
	run --separate-stderr env -u SG_QEMU_BIN qemu-x86_64 -0 trace "$BIN/trace" -o /dev/null /bin/true
	assert_equal "${stderr_lines[0]}" "trace: ptrace is not available under qemu-user: tracing through QEMU's gdbstub instead (--qemu)"
	v=$(qemu-x86_64 --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p;q')
	if [ "$v" -lt 9 ]; then	# tests/trace-qemu.bats: the rest, with QEMU 10
		assert_failure 1
		assert_equal "${stderr_lines[1]}" "trace: $q cannot stop a program at its system calls: --qemu needs QEMU 9.0 or later (QCatchSyscalls)"
		[ "${#stderr_lines[@]}" -eq 2 ]
	else
		assert_success
	fi
}

# bats test_tags=native-only
@test "trace: a tracee that cannot be traced (already under strace -f) says why, exit 1" {
	skip_unless_ptrace
	run timeout 20 strace -f -o /dev/null "$BIN/trace" /bin/true
	assert_failure 1
	assert_output --regexp "^$BIN/trace: attach: ptrace"'\(PTRACE_SEIZE, [0-9]+\): Operation not permitted$'
}

# --- sysgate's own programs: every line the same -----------------------------

# bats test_tags=native-only
@test "trace vs strace: every program in bin/" {
	skip_unless_ptrace
	echo "some input" >in.txt
	vs_strace "$BIN/hello"
	vs_strace "$BIN/true"
	vs_strace "$BIN/false"
	vs_strace "$BIN/echo" -e 'tab\there' "a  b" ""
	vs_strace "$BIN/pwd"
	vs_strace "$BIN/env"
	vs_strace "$BIN/env" -i A=1 "$BIN/echo" hi
	[ ! -x "$BIN/cat" ] || vs_strace "$BIN/cat" in.txt /nonexistent in.txt
	[ ! -x "$BIN/ls" ] || vs_strace "$BIN/ls" -la /
}

# bats test_tags=native-only
@test "trace vs strace: the lesson programs of 01-08 that are built" {
	skip_unless_ptrace
	n=0
	# 09-12 fork, thread and time: their own files compare them with strace
	# process by process (tests/lessons-09.bats ...)
	for p in "$BUILD"/lessons/0[1-8]-*/*; do
		[ -f "$p" ] && [ -x "$p" ] || continue
		# lesson 02's stubs prints getppid's result, the tracer's own pid: when
		# strace's and trace's pids differ in digits (pid_max 32768 wraps often)
		# its write lines differ by a byte, so such a pair is run once more
		vs_strace "$p" || { [[ $output == *"(getppid) returned"* ]] && vs_strace "$p"; }
		n=$((n + 1))
	done
	[ "$n" -gt 0 ] || skip "no lesson program is built (make -C lessons/NN)"
}

# --- decoders: tests/rt/trace-calls.c makes ~110 calls with flags and failures -

# bats test_tags=native-only
@test "trace vs strace: files, descriptors, memory, signals, sockets (trace-calls)" {
	skip_unless_ptrace
	vs_strace "$RT/trace-calls"
}

# bats test_tags=native-only
@test "trace vs strace: data movers, ids, times, epoll/eventfd/memfd, xattrs (trace-more)" {
	skip_unless_ptrace
	vs_strace "$RT/trace-more"
	vs_strace -X raw "$RT/trace-more"
	for e in %file %desc %process %network %memory %signal %ipc %creds %clock %pure \
		%stat %lstat %fstat %%stat %statfs %fstatfs %%statfs file desc fstat %net; do
		vs_strace -e "$e" "$RT/trace-more"
	done
}

# bats test_tags=native-only
@test "trace vs strace: the PTRACE_GETREGS and PTRACE_PEEKDATA fallbacks print the same" {
	skip_unless_ptrace
	export TRACE_FALLBACK=1
	vs_strace "$RT/trace-calls"
	vs_strace "$RT/trace-more"
	vs_strace "$RT/trace-signals" interrupt
	vs_strace "$RT/trace-signals" exec "$BIN/echo"
	vs_strace /bin/ls /
}

# bats test_tags=native-only
@test "trace vs strace: -s 0, -s 5, -s 100 cut strings and arrays alike" {
	skip_unless_ptrace
	vs_strace -s 0 "$RT/trace-calls"
	vs_strace -s 5 "$RT/trace-calls"
	vs_strace -s 100 "$RT/trace-calls"
	vs_strace -s 0 "$RT/trace-more"
	vs_strace -s 3 "$RT/trace-more"
}

# bats test_tags=native-only
@test "trace vs strace: -a 0, -a 20, -a 60 align the results alike" {
	skip_unless_ptrace
	vs_strace -a 0 "$RT/trace-calls"
	vs_strace -a 20 "$RT/trace-calls"
	vs_strace -a 60 "$RT/trace-calls"
}

# bats test_tags=native-only
@test "trace vs strace: -X raw prints every constant as a number" {
	skip_unless_ptrace
	# the ephemeral port is random, and -X raw shows it as bytes that no mask knows
	vs_strace -X raw -e 'trace=!getsockname,connect' "$RT/trace-calls"
	vs_strace -X raw /bin/true
}

# bats test_tags=native-only
@test "trace vs strace: -e trace= with names, negation and classes" {
	skip_unless_ptrace
	for e in read,write '!read,write' %file %desc %process %network %memory %signal \
		'%file,%network' all none trace=close; do
		vs_strace -e "$e" "$RT/trace-calls"
	done
}

# bats test_tags=native-only
@test "trace vs strace: -q and -qq" {
	skip_unless_ptrace
	vs_strace -q "$RT/trace-calls"
	vs_strace -qq "$RT/trace-signals" exit 3
}

# --- signals, deaths, exec -----------------------------------------------------

# bats test_tags=native-only
@test "trace vs strace: a tracee killed by SIGSEGV, same exit status" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" segv
	same_status "$RT/trace-signals" segv
}

# bats test_tags=native-only
@test "trace vs strace: SIGTERM by its own hand, same exit status" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" term
	same_status "$RT/trace-signals" term
}

# bats test_tags=native-only
@test "trace vs strace: pause() interrupted: ERESTARTNOHAND, the signal, rt_sigreturn, SIGCHLD" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" interrupt
	run "$BIN/trace" "$RT/trace-signals" interrupt
	assert_line --regexp '^pause\(\) +\= \? ERESTARTNOHAND \(To be restarted if no handler\)$'
	assert_line --regexp '^--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_USER, si_pid=[0-9]+, si_uid=[0-9]+\} ---$'
	assert_line --regexp '^--- SIGCHLD \{si_signo=SIGCHLD, si_code=CLD_EXITED, '
}

# bats test_tags=native-only
@test "trace vs strace: nanosleep cut by SIGCHLD, resumed by restart_syscall" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" restart
}

# bats test_tags=native-only
@test "trace vs strace: SIGSTOP stops the tracee until a SIGCONT (job control)" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" stop
	run "$BIN/trace" "$RT/trace-signals" stop
	assert_line "--- stopped by SIGSTOP ---"
	assert_line --regexp '^--- SIGCONT \{si_signo=SIGCONT, si_code=SI_USER, '
}

# bats test_tags=native-only
@test "trace vs strace: killed by SIGKILL inside a call: '= ?' then the death" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" sigkill
	same_status "$RT/trace-signals" sigkill
}

# bats test_tags=native-only
@test "trace vs strace: exit status passed through" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" exit 7
	same_status "$RT/trace-signals" exit 7
	same_status "$BIN/false"
}

# bats test_tags=native-only
@test "trace vs strace: a tracee that execs another program" {
	skip_unless_ptrace
	vs_strace "$RT/trace-signals" exec "$BIN/echo"
	vs_strace "$RT/trace-signals" exec /nonexistent
}

# bats test_tags=native-only
@test "trace vs strace: a program that cannot be executed" {
	skip_unless_ptrace
	vs_strace /etc/passwd
	same_status /etc/passwd
	run "$BIN/trace" /etc/passwd
	assert_line "$BIN/trace: exec: Permission denied"
}

# bats test_tags=native-only
@test "trace: output goes to stderr, or to -o FILE" {
	skip_unless_ptrace
	run --separate-stderr "$BIN/trace" "$BIN/echo" hi
	assert_output "hi"
	[[ $stderr == *'write(1, "hi\n", 3)'* ]]
	"$BIN/trace" -o out.txt "$BIN/echo" hi >/dev/null
	grep -q '^+++ exited with 0 +++$' out.txt
}

# run "$@" with stdin, stdout and stderr on a new pseudo-terminal (python3's pty);
# with ODD=1 the terminal gets unusual flags, to show every name
on_pty() {
	python3 - "$@" <<'PY'
import os, pty, subprocess, sys, termios, fcntl, struct
m, s = pty.openpty()
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
if os.environ.get("ODD"):
    a = termios.tcgetattr(s)
    a[0], a[1], a[3] = 0o37777, 0o177777, 0o377777
    a[2] = termios.B9600 | termios.CS7 | termios.CSTOPB | termios.CREAD | termios.HUPCL
    termios.tcsetattr(s, termios.TCSANOW, a)
sys.exit(subprocess.run(sys.argv[1:], stdin=s, stdout=s, stderr=s).returncode)
PY
}

# bats test_tags=native-only
@test "trace vs strace: TCGETS and TIOCGWINSZ on a terminal" {
	skip_unless_ptrace
	command -v python3 >/dev/null || skip "no python3 for a pseudo-terminal"
	for odd in "" 1; do
		ODD=$odd on_pty strace -e trace=ioctl -o s.txt /bin/ls /
		ODD=$odd on_pty "$BIN/trace" -e trace=ioctl -o t.txt /bin/ls /
		grep -q 'TCGETS, {c_iflag=' s.txt
		diff -u s.txt t.txt
	done
}

# run "$@" on a new pseudo-terminal and print everything it wrote there
pty_capture() {
	python3 - "$@" <<'PY'
import os, pty, select, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdin=s, stdout=s, stderr=s)
os.close(s)
out = b""
while True:
    r, _, _ = select.select([m], [], [], 0.2)
    if r:
        try:
            d = os.read(m, 4096)
        except OSError:
            break
        if not d:
            break
        out += d
    elif p.poll() is not None:
        break
p.wait()
sys.stdout.buffer.write(out)
PY
}

# bats test_tags=native-only
@test "trace vs strace: on one terminal, the call is cut by the program's own output" {
	skip_unless_ptrace
	command -v python3 >/dev/null || skip "no python3 for a pseudo-terminal"
	pty_capture strace "$BIN/echo" hi | sed -E 's/0x[0-9a-f]+/ADDR/' >s.txt
	pty_capture "$BIN/trace" "$BIN/echo" hi | sed -E 's/0x[0-9a-f]+/ADDR/' >t.txt
	grep -q '^write(1, "hi\\n", 3hi' t.txt
	diff -u s.txt t.txt
}

# --- host programs: dynamic, many more calls ----------------------------------

# bats test_tags=native-only
@test "trace vs strace: host /bin/true, cat, ls, env" {
	skip_unless_ptrace
	echo "a line" >f.txt
	vs_strace /bin/true
	vs_strace /bin/cat f.txt
	vs_strace /bin/ls /
	vs_strace /bin/ls -la "$BATS_TEST_TMPDIR"
	vs_strace /usr/bin/env
}

# bats test_tags=native-only
@test "trace vs strace: 25 more host programs, every line" {
	skip_unless_ptrace
	printf 'b\na\n' >f
	mkdir -p d/e
	local progs=(
		"date -d @1234567890" "id" "sleep 0" "uname -a" "sort f" "find /etc -maxdepth 1 -name pass*"
		"stat /" "head -1 f" "tail -1 f" "wc f" "sh -c true" "bash -c true" "hostname"
		"whoami" "readlink -f /bin/sh" "md5sum f" "ls -lR d" "seq 3" "printf x"
		"getent passwd root" "nproc" "env -i /bin/true" "nice true" "sed -n 1p f" "od -c f"
	)
	for p in "${progs[@]}"; do
		# shellcheck disable=SC2086
		command -v ${p%% *} >/dev/null || continue
		# shellcheck disable=SC2086
		vs_strace $p </dev/null
	done
	# ps reads a changing process list; its memory-policy calls do not change
	! command -v ps >/dev/null || vs_strace -e trace=get_mempolicy,set_mempolicy ps
}

# bats test_tags=native-only
@test "trace vs strace: host python3 one-liner" {
	skip_unless_ptrace
	[ -x /usr/bin/python3 ] || skip "no /usr/bin/python3"
	vs_strace /usr/bin/python3 -c 'print(1)'
	vs_strace /usr/bin/python3 -c 'import os, json; print(json.dumps(sorted(os.listdir("/"))))'
}

# bats test_tags=native-only
@test "trace vs strace: host python3: sendmsg, recvmsg, select, poll, fork, posix_spawn (clone3)" {
	skip_unless_ptrace
	[ -x /usr/bin/python3 ] || skip "no /usr/bin/python3"
	# SIGCHLD stays blocked until each child is reaped, so that it arrives at
	# one known place and not wherever the child's exit happens to fall
	cat >net.py <<'PY'
import os, select, signal, socket
a, b = socket.socketpair()
a.sendmsg([b"hello", b" world"])
b.recvmsg(100)
a.send(b"x")
select.select([b], [], [], 0.5)
select.select([], [], [], 0)
p = select.poll(); p.register(b, select.POLLIN); p.poll(0)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
pid = os.fork()
if pid == 0:
    os._exit(3)
os.waitpid(pid, 0)
os.posix_spawn("/bin/true", ["true"], {})
os.wait()
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGCHLD])
PY
	vs_strace /usr/bin/python3 net.py
}
