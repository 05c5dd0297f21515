#!/usr/bin/env bats
# tests/trace-qemu.bats — trace --qemu (a program under qemu-x86_64, traced
# through QEMU's gdbstub) against real strace 6 tracing the same program
# natively, line by line; and the protocol code against a scripted broken
# stub (tests/fake-gdbstub.py).
#
# The comparison runs bin/trace-vs-strace with TRACE set to a wrapper that
# calls trace --qemu: it masks what differs between any two runs (addresses,
# pids, clocks, random bytes) and prints the diff. Each test then lists the
# lines allowed to differ, each for a reason the guest really sees under
# QEMU 10, and checks that trace shows that reason:
#   execve      QEMU loads the program itself: the guest never calls execve
#   descriptors QEMU's gdbstub holds fds 3 (listening socket) and 4 (the
#               connection), so the guest's first new descriptor is 5: the
#               native run is given fds 3 and 4 too, and then they agree
#   ENOSYS      calls QEMU does not implement: set_robust_list, rseq, mlock2,
#               pkey_alloc, io_setup, userfaultfd, process_vm_readv
#   vDSO        QEMU's vDSO makes clock_gettime a real system call
#   signals     ignored signals never reach the guest (QEMU has the host drop
#               them); restart codes (ERESTART*) are QEMU's business: the
#               guest sees EINTR or a completed call, never restart_syscall;
#               a fatal signal the program sends itself ends QEMU with no
#               stop to report ("= ?", no "--- SIG... ---" line)
# In the qemu pass trace itself runs under qemu-x86_64 (7.2): --qemu is
# what it needs there too, and SG_QEMU_BIN names QEMU 10 for the automatic
# switch.
load helper
bats_require_minimum_version 1.5.0

QN=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
# every run is bounded: a hang fails its test instead of the suite (2 cores
# shared, a loaded machine: generous, far below a hang's forever)
TMO=${SG_TRACE_QEMU_TIMEOUT:-180}
RT=$BUILD/tests
FAKE=	# setup(): a wrapper that runs tests/fake-gdbstub.py

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
	# trace --qemu with fds 3 and 4 closed: QEMU's gdbstub takes them
	{
		echo '#!/bin/sh'
		echo 'exec 3<&- 4<&-'
		# bounded: timeout passes the exit status (and a signal death) on
		if [ -n "${SG_QEMU:-}" ]; then
			echo "exec timeout $TMO qemu-x86_64 -0 trace '$BIN/trace' --qemu='$QN' \"\$@\""
		else
			echo "exec timeout $TMO '$BIN/trace' --qemu='$QN' \"\$@\""
		fi
	} >trace-qemu
	chmod +x trace-qemu
	# the name ./trace-qemu's messages begin with: trace's argv[0]
	TQ_NAME=$BIN/trace
	[ -z "${SG_QEMU:-}" ] || TQ_NAME=trace
	# the scripted stub, started by the system's python3 without site
	# packages when it has one: a version manager's python3 shim can take
	# seconds to start on a loaded machine, more than trace's 5 s grace
	# for QEMU to listen
	py=/usr/bin/python3
	[ -x "$py" ] || py=$(command -v python3) || py=python3
	printf '#!/bin/sh\nexec %s -S %s "$@"\n' "$py" "$ROOT/tests/fake-gdbstub.py" >fake-gdbstub
	chmod +x fake-gdbstub
	FAKE=$BATS_TEST_TMPDIR/fake-gdbstub
}

# tsg ARGS: bin/trace named "trace" (emulated in the qemu passes), bounded
tsg() {
	if [ -n "${SG_QEMU:-}" ]; then
		timeout "$TMO" qemu-x86_64 -0 trace "$BIN/trace" "$@"
	else
		timeout "$TMO" bash -c 'exec -a trace "$0" "$@"' "$BIN/trace" "$@"
	fi
}

# The tracee runs under QEMU 10 in every pass; in the qemu passes trace itself
# is emulated too. Those passes keep what emulation could change (every
# program in bin/, the automatic switch, the protocol, signals and exit
# statuses); the long per-program comparisons run once, natively.
native_pass_only() {
	skip_under_qemu "the same comparison as the native pass (the tracee under QEMU 10 there too), with trace emulated: minutes for nothing new"
}

need_qemu_new() {
	[ -x "$QN" ] || skip "no QEMU >= 9 at $QN (.ci/fetch-qemu fetches it)"
	command -v strace >/dev/null || skip "no strace"
}

# tq_vs_strace ALLOW PROG [ARGS]: trace --qemu against strace; the lines in
# the diff other than strace's execve must all match the regex ALLOW ('' none)
tq_vs_strace() {
	local allow=$1 bad
	shift
	run timeout "$TMO" env TRACE="$BATS_TEST_TMPDIR/trace-qemu" "$BIN/trace-vs-strace" "$@" 3</dev/null 4</dev/null
	echo "$output" >"$BATS_TEST_TMPDIR/diff"
	if [ "$status" -eq 124 ]; then
		echo "trace-vs-strace did not end within $TMO s for: $*"
		return 1
	fi
	if [ "$status" -gt 1 ]; then
		echo "trace-vs-strace failed for: $*"
		echo "$output"
		return 1
	fi
	# the diff's lines, without its two header lines and the count line
	bad=$(sed -n '3,$p' "$BATS_TEST_TMPDIR/diff" | sed '$d' | grep -E '^[-+]' |
		grep -Ev '^-execve\(' | { if [ -n "$allow" ]; then grep -Ev -- "$allow"; else cat; fi } || true)
	if [ -n "$bad" ]; then
		echo "trace --qemu differs from strace for: $*"
		echo "$output" | head -60
		return 1
	fi
	[[ ${lines[-1]} =~ ^([0-9]+)/([0-9]+)\ lines\ identical$ ]]
	echo "# ${BASH_REMATCH[0]}: $*" >&3
}

# in the last diff: LINE present (as "-..." strace's, "+..." trace's)
diff_has() {
	grep -Fxq -- "$1" "$BATS_TEST_TMPDIR/diff" || {
		echo "not in the diff: $1"
		cat "$BATS_TEST_TMPDIR/diff"
		return 1
	}
}

# --- sysgate's own static programs: every line but execve -------------------

@test "trace --qemu vs strace: every program in bin/, every line but execve" {
	need_qemu_new
	echo "some input" >in.txt
	tq_vs_strace '' "$BIN/hello"
	tq_vs_strace '' "$BIN/true"
	tq_vs_strace '' "$BIN/false"
	tq_vs_strace '' "$BIN/echo" -e 'tab\there' "a  b" ""
	tq_vs_strace '' "$BIN/pwd"
	tq_vs_strace '' "$BIN/env" -i A=1 B=2
	tq_vs_strace '' "$BIN/cat" in.txt /nonexistent in.txt
	tq_vs_strace '' "$BIN/ls" "$ROOT"
	tq_vs_strace '' "$BIN/ls" -a /
}

@test "trace --qemu vs strace: bin/ls -l, QEMU's vDSO makes clock_gettime a system call" {
	need_qemu_new
	tq_vs_strace '^\+clock_gettime\(CLOCK_REALTIME, \{tv_sec=T, tv_nsec=T\}\) = 0$' "$BIN/ls" -l "$ROOT"
	diff_has '+clock_gettime(CLOCK_REALTIME, {tv_sec=T, tv_nsec=T}) = 0'
}

# bats test_tags=native-only
@test "trace --qemu vs strace: the lesson programs that are built, but restart codes (EINTR)" {
	native_pass_only
	need_qemu_new
	n=0
	# a call cut by a signal: strace sees the kernel's restart code, the
	# guest under QEMU gets EINTR (QEMU took the host's EINTR)
	restart='^-[a-z0-9_]+\(.*\) += \? ERESTART[A-Z_]* \(|^\+[a-z0-9_]+\(.*\) += -1 EINTR \(Interrupted system call\)$'
	for p in "$BUILD"/lessons/0[1-8]-*/*; do	# 09-12: their own tests below
		[ -f "$p" ] && [ -x "$p" ] || continue
		# lesson 01's olddoor does what it does under QEMU on purpose
		# (int 0x80 with x86-64's numbers): lessons-01.bats compares it
		[ "${p#"$BUILD"/lessons/}" != 01-the-gate/olddoor ] || continue
		allow=$restart
		# lesson 08 prints its auxiliary vector, which QEMU builds its own
		# way, and reads the clock through QEMU's vDSO (a real system call)
		[ "${p#"$BUILD"/lessons/}" != 08-emulation/auxv ] ||
			allow="$restart"'|^[-+]write\(1, "argv\[0\] = |^\+clock_gettime\(CLOCK_REALTIME, '
		# lesson 02 prints its parent's pid (strace's, or trace's): the
		# first digit shows in write's 32 bytes
		[ "${p#"$BUILD"/lessons/}" != 02-c-to-kernel/stubs ] ||
			allow="$restart"'|^[-+]write\(1, "syscall 110 \(getppid\) returned [0-9]"\.\.\., 55\) = 55$'
		tq_vs_strace "$allow" "$p"
		n=$((n + 1))
	done
	[ "$n" -gt 0 ] || skip "no lesson program is built (make -C lessons/NN)"
}

# --- lessons 09-12: what QEMU changes, line by line ---------------------------

# lesson_prog_built LESSON PROG: its path, or skip
lesson_built() {
	local p=$BUILD/lessons/$1
	[ -x "$p" ] || skip "lesson program $1 is not built (make -C lessons/${1%%/*})"
	echo "$p"
}

# bats test_tags=native-only
@test "trace --qemu vs strace: lesson 09's procs until its thread, then one line and the program runs on" {
	native_pass_only
	need_qemu_new
	p=$(lesson_built 09-processes/procs)
	# what differs by nature under QEMU 10, each for its cause:
	#  - clone3 is not implemented: ENOSYS, and procs says so and forks
	#  - an ignored SIGCHLD (its default) never reaches the guest
	#  - procs prints pids (in write's text), waitid and /proc/PID/status
	#    name the child's pid, which trace-vs-strace does not mask
	#  - /proc/PID/status's Name: is the host process's, qemu-x86_64
	#  - the minor-fault counts scene 6 reads from its child are QEMU's
	#  - after the thread starts, trace shows no more (see the next check)
	allow='^\+clone3\(.*\) = -1 ENOSYS \(Function not implemented\)$|^-clone3\(\{flags=0, exit_signal=SIGCHLD, stack=NULL, stack_size=0\}, 88\) = PID$'
	allow+='|^\+write\(1, "3\. clone3: ENOSYS |^\+fork\(\) = PID$|^---- SIGCHLD '
	allow+='|^[-+]write\(1, "(procs: pid|5\. vfork: child) [0-9]+'
	allow+='|^[-+]waitid\(P_PID, [0-9]+, \{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=PID, si_uid=0, si_status=0, si_utime=T, si_stime=T\}, WEXITED\|WNOWAIT, NULL\) = 0$'
	allow+='|^[-+]openat\(AT_FDCWD, "/proc/[0-9]+/status", O_RDONLY\|O_CLOEXEC\) += (5|-1 ENOENT \(No such file or directory\))$'
	allow+='|^-read\(5, "Name:\\tprocs\\n|^\+read\(5, "Name:\\tqemu-x86_64\\n'
	allow+='|^[-+]read\(5, "(\\[0-9]+)+", 16\) += 16$'
	allow+='|^-futex\(|^-munmap\(0xADDR, 65536\) = 0$|^-write\(1, "7\. thread [0-9]+ ended|^-exit_group\(0\) += \?$'
	tq_vs_strace "$allow" "$p"
	diff_has '+clone3({flags=0, exit_signal=SIGCHLD, stack=NULL, stack_size=0}, 88) = -1 ENOSYS (Function not implemented)'
	# the thread: the clone with the new thread's id, one line on stderr,
	# then the program's end as strace says it; the program's own output
	# is whole (the thread and the main thread after it ran)
	run --separate-stderr ./trace-qemu -o t.txt "$p"
	assert_success
	assert_line --regexp '^7\. thread: getpid [0-9]+, gettid [0-9]+, arg "hello"$'
	assert_line --regexp '^7\. thread [0-9]+ ended; the counter it shared with us: 42$'
	assert_equal "$stderr" "$TQ_NAME: the program started a thread: QEMU's gdbstub loses calls when two threads stop at once, so the rest runs untraced"
	tid=$(sed -n 's/^7\. thread \([0-9]*\) ended.*/\1/p' <<<"$output")
	run tail -2 t.txt
	assert_line --index 0 --regexp "^clone\(child_stack=0x[0-9a-f]+, flags=CLONE_VM\|CLONE_FS\|CLONE_FILES\|CLONE_SIGHAND\|CLONE_THREAD\|CLONE_SYSVSEM\|CLONE_PARENT_SETTID\|CLONE_CHILD_CLEARTID, parent_tid=\[[0-9]+\], child_tidptr=0x[0-9a-f]+\) = $tid\$"
	assert_line --index 1 '+++ exited with 0 +++'
}

# bats test_tags=native-only
@test "trace --qemu vs strace: lesson 10's mem, but QEMU's /proc/self/maps and the address rt_sigreturn restores" {
	native_pass_only
	need_qemu_new
	p=$(lesson_built 10-memory/mem)
	# QEMU writes the guest's /proc/self/maps itself (no leading zeros,
	# its own layout: another length); rt_sigreturn returns the rax of the
	# faulting write, an address (in decimal: trace-vs-strace masks hex)
	# scene 9's mincore right after readahead (asynchronous) finds the
	# pages in or not yet in the cache, as the machine goes; mem reports
	# the counts it measured, so its report's length varies with them
	tq_vs_strace '^[-+]read\(5, "(0040|40)0000-|^[-+]read\(5, "", [0-9]+\) += 0$|^[-+]rt_sigreturn\(\{mask=\[\]\}\) += ([0-9]{12,}|PID)$|^[-+]mincore\(0xADDR, 1048576, \[[01], |^[-+]write\(1, "1\. brk: the break moved by 65536"\.\.\., [0-9]+\) = [0-9]+$' "$p"
	grep -Eq '^\+read\(5, "400000-[0-9a-f]+ r-xp ' "$BATS_TEST_TMPDIR/diff"
}

# bats test_tags=native-only
@test "trace --qemu vs strace: lesson 11's signals, but restart codes, SIGCHLD, and scene 4's race with a stopped QEMU" {
	native_pass_only
	need_qemu_new
	p=$(lesson_built 11-signals/signals)
	# - a call cut by a signal: QEMU gives EINTR where the kernel shows its
	#   restart code (rt_sigsuspend, the read without SA_RESTART)
	# - SIGCHLD, ignored by default, never reaches the guest
	# - scene 4: the child sends SIGALRM once the parent's state in
	#   /proc/PID/stat is S - which a QEMU stopped at a syscall_entry, waiting
	#   for trace, also is. The signal then comes before the read starts:
	#   QEMU runs the read after the handler whatever SA_RESTART says
	#   ("read returned 1"), and rt_sigreturn restores the rax of the moment
	#   it came (a pid). Which of the two happens is the machine's timing.
	allow='^-rt_sigsuspend\(\[\], 8\) += \? ERESTARTNOHAND |^\+rt_sigsuspend\(\[\], 8\) += -1 EINTR \(Interrupted system call\)$'
	allow+='|^[-+]read\(5, 0xADDR, 1\) = (\? ERESTARTSYS \(To be restarted if SA_RESTART is set\)|-1 EINTR \(Interrupted system call\))$'
	allow+='|^---- SIGCHLD '
	allow+='|^[-+]rt_sigreturn\(\{mask=\[CHLD\]\}\) += ([0-9]+|PID|-1 EINTR \(Interrupted system call\))$'
	allow+='|^[-+]write\(1, "  flags 0:    read returned '
	tq_vs_strace "$allow" "$p"
	# realtime signals have strace's names (the lines agree: not in the diff)
	./trace-qemu -o t.txt "$p" >/dev/null
	grep -Eq '^--- SIGRT_1 \{si_signo=SIGRT_1, si_code=SI_USER, si_pid=[0-9]+, si_uid=[0-9]+\} ---$' t.txt
}

# bats test_tags=native-only
@test "trace --qemu vs strace: lesson 12's vdso, but QEMU's maps and vDSO (clock_gettime is a system call)" {
	native_pass_only
	need_qemu_new
	p=$(lesson_built 12-syscall-cost/vdso)
	# the program reads /proc/self/maps (QEMU's own) and prints what it
	# finds there and in the vDSO QEMU gives: its report has another length
	tq_vs_strace '^[-+]read\(5, "(0040|40)0000-|^[-+]read\(5, "", [0-9]+\) += 0$|^\+clock_gettime\(CLOCK_REALTIME, \{tv_sec=T, tv_nsec=T\}\) = 0$|^[-+]write\(1, "1\. AT_SYSINFO_EHDR = 0xADDR"\.\.\., [0-9]+\) = [0-9]+$' "$p"
	diff_has '+clock_gettime(CLOCK_REALTIME, {tv_sec=T, tv_nsec=T}) = 0'
}

# --- host programs: glibc's start differs where QEMU lacks a call ------------

# bats test_tags=native-only
@test "trace --qemu vs strace: /bin/true and /bin/cat, but set_robust_list and rseq fail with ENOSYS" {
	native_pass_only
	need_qemu_new
	echo "some input" >in.txt
	allow='^[-+](set_robust_list|rseq)\('
	for prog in "/bin/true" "/bin/cat in.txt" "/bin/ls -a /" "/bin/echo hi"; do
		# shellcheck disable=SC2086
		tq_vs_strace "$allow" $prog
		diff_has '-set_robust_list(0xADDR, 24) = 0'
		diff_has '+set_robust_list(0xADDR, 24) = -1 ENOSYS (Function not implemented)'
		diff_has '-rseq(0xADDR, 0x20, 0, 0xADDR) = 0'
		diff_has '+rseq(0xADDR, 0x20, 0, 0xADDR) = -1 ENOSYS (Function not implemented)'
	done
}

# bats test_tags=native-only
@test "trace --qemu vs strace: /usr/bin/python3, but ENOSYS and QEMU's vDSO (clock_gettime, time are system calls)" {
	need_qemu_new
	skip_under_qemu "the traced python3 runs under QEMU 10 in the native pass already; this repeats it with trace emulated, at minutes' cost"
	[ -x /usr/bin/python3 ] || skip "no /usr/bin/python3"
	# -I -S: no site packages, fewer calls, the same start
	tq_vs_strace '^[-+](set_robust_list|rseq)\(|^\+clock_gettime\(CLOCK_MONOTONIC, \{tv_sec=T, tv_nsec=T\}\) = 0$|^\+time\(NULL\) = T \(DATE\)$' \
		/usr/bin/python3 -I -S -c 'import os; os.write(1, b"hi\n")'
	diff_has '+set_robust_list(0xADDR, 24) = -1 ENOSYS (Function not implemented)'
	diff_has '+rseq(0xADDR, 0x20, 0, 0xADDR) = -1 ENOSYS (Function not implemented)'
	diff_has ' write(1, "hi\n", 3)                     = 3'
}

# --- the decoders, through m packets: ~110 calls of tests/rt/trace-calls ------

# bats test_tags=native-only
@test "trace --qemu vs strace: trace-calls, but QEMU's O_LARGEFILE and the ignored SIGUSR2 and blocked SIGCHLD" {
	native_pass_only
	need_qemu_new
	tq_vs_strace '^-fcntl\(5, F_GETFL\) += 0x800 |^\+fcntl\(5, F_GETFL\) += 0x8800 \(flags O_RDONLY\|O_NONBLOCK\|O_LARGEFILE\)$|^---- SIGUSR2 |^---- SIGCHLD ' \
		"$RT/trace-calls"
	# QEMU opens files for its guest with O_LARGEFILE, which F_GETFL shows
	diff_has '+fcntl(5, F_GETFL)                       = 0x8800 (flags O_RDONLY|O_NONBLOCK|O_LARGEFILE)'
	# SIG_IGN: QEMU lets the host kernel drop the signal, no stop comes
	grep -q '^---- SIGUSR2 {si_signo=SIGUSR2, si_code=SI_TKILL' "$BATS_TEST_TMPDIR/diff"
}

# bats test_tags=native-only
@test "trace --qemu vs strace: calls QEMU 10 does not implement fail with ENOSYS (trace-more)" {
	native_pass_only
	need_qemu_new
	run timeout "$TMO" env TRACE="$BATS_TEST_TMPDIR/trace-qemu" "$BIN/trace-vs-strace" "$RT/trace-more" 3</dev/null 4</dev/null
	echo "$output" >"$BATS_TEST_TMPDIR/diff"
	for c in mlock2 pkey_alloc io_setup userfaultfd process_vm_readv; do
		grep -Eq "^\+$c\(.*\) += -1 ENOSYS \(Function not implemented\)$" "$BATS_TEST_TMPDIR/diff" || {
			echo "no ENOSYS for $c"
			echo "$output"
			return 1
		}
	done
	# QEMU hands out its own timer ids
	grep -Eq '^\+timer_create\(CLOCK_MONOTONIC, .*\[[1-9][0-9]*\]\) = 0$' "$BATS_TEST_TMPDIR/diff"
}

# --- signals and deaths -------------------------------------------------------

# bats test_tags=native-only
@test "trace --qemu vs strace: a handled signal, its siginfo and rt_sigreturn (dash trap)" {
	native_pass_only
	need_qemu_new
	command -v dash >/dev/null || skip "no dash"
	tq_vs_strace '^[-+](set_robust_list|rseq)\(' -e trace=kill,rt_sigreturn,exit_group \
		dash -c 'trap "echo got" USR1; kill -USR1 $$; exit 3'
	run -3 ./trace-qemu -o t.txt dash -c 'trap "echo got" USR1; kill -USR1 $$; exit 3'
	assert_output "got"
	grep -Eq '^--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_USER, si_pid=[0-9]+, si_uid=[0-9]+\} ---$' t.txt
	grep -Eq '^rt_sigreturn\(\{mask=\[\]\}\) += 0$' t.txt
}

@test "trace --qemu vs strace: killed by SIGSEGV, same lines and exit status" {
	need_qemu_new
	tq_vs_strace '' "$RT/trace-signals" segv
	run -139 ./trace-qemu -o /dev/null "$RT/trace-signals" segv
}

@test "trace --qemu: SIGTERM by its own hand ends QEMU with no stop: '= ?', then killed" {
	need_qemu_new
	tq_vs_strace '^-kill\(PID, SIGTERM\) = 0$|^---- SIGTERM |^\+kill\(PID, SIGTERM\) = \?$' \
		"$RT/trace-signals" term
	diff_has '+kill(PID, SIGTERM) = ?'
	diff_has ' +++ killed by SIGTERM +++'
	run -143 ./trace-qemu -o /dev/null "$RT/trace-signals" term
}

@test "trace --qemu: a call cut by a signal: EINTR or done, never ERESTART* (QEMU restarts it)" {
	need_qemu_new
	tq_vs_strace '^-pause\(\) += \? ERESTARTNOHAND|^\+pause\(\) += -1 EINTR \(Interrupted system call\)$|^---- SIGCHLD ' \
		"$RT/trace-signals" interrupt
	diff_has '+pause()                                 = -1 EINTR (Interrupted system call)'
	diff_has ' --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=PID, si_uid=0} ---'
	tq_vs_strace '^-nanosleep\(.*\) = \? ERESTART_RESTARTBLOCK|^-restart_syscall\(|^\+nanosleep\(.*\) = 0$|^---- SIGCHLD ' \
		"$RT/trace-signals" restart
	diff_has '+nanosleep({tv_sec=T, tv_nsec=T}, NULL) = 0'
}

# --- options that work the same ------------------------------------------------

# bats test_tags=native-only
@test "trace --qemu vs strace: -s, -a, -X raw, -e trace=, -q, -qq" {
	native_pass_only
	need_qemu_new
	echo "some input" >in.txt
	tq_vs_strace '' -s 5 "$BIN/cat" in.txt /nonexistent
	tq_vs_strace '' -a 60 "$BIN/cat" in.txt
	tq_vs_strace '' -X raw "$RT/trace-signals" exit 3
	tq_vs_strace '' -e trace=openat,write "$BIN/cat" in.txt /nonexistent
	tq_vs_strace '' -e 'trace=!write' "$BIN/cat" in.txt
	tq_vs_strace '' -e trace=%file "$BIN/ls" "$ROOT"
	tq_vs_strace '' -q "$BIN/hello"
	tq_vs_strace '' -qq "$BIN/false"
}

# bats test_tags=native-only
@test "trace --qemu vs strace: -z, -Z and -o FILE" {
	native_pass_only
	need_qemu_new
	timeout "$TMO" strace -qq -Z -o s.txt "$BIN/cat" /nonexistent /nonexistent2 2>/dev/null || true
	./trace-qemu -qq -Z -o t.txt "$BIN/cat" /nonexistent /nonexistent2 2>/dev/null || true
	diff s.txt t.txt
	timeout "$TMO" strace -z -o s.txt "$BIN/cat" /nonexistent 2>/dev/null || true
	./trace-qemu -z -o t.txt "$BIN/cat" /nonexistent 2>/dev/null || true
	diff <(grep -v '^execve(' s.txt) t.txt
}

# bats test_tags=native-only
@test "trace --qemu vs strace: -c and -C count the same calls and errors" {
	native_pass_only
	need_qemu_new
	echo "some input" >in.txt
	# calls, errors and names: the columns that do not depend on time
	cols() { awk '$NF ~ /^[a-z_0-9]+$/ && NF == 6 { print $4, $5, $6 } $NF ~ /^[a-z_0-9]+$/ && NF == 5 { print $4, "-", $5 }' "$1" | sort; }
	timeout "$TMO" strace -c -o s.txt "$BIN/cat" in.txt /nonexistent >/dev/null 2>&1 3</dev/null 4</dev/null || true
	./trace-qemu -c -o t.txt "$BIN/cat" in.txt /nonexistent >/dev/null 2>&1 || true
	# strace counts the execve that trace --qemu never sees
	diff <(cols s.txt | grep -v ' execve$' | grep -v ' total$') <(cols t.txt | grep -v ' total$')
	grep -q '^100.00 ' t.txt
	./trace-qemu -C -o t.txt "$BIN/hello" >/dev/null
	grep -q '^write(1, "Hello, world!\\n", 14) *= 14$' t.txt
	grep -Eq '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +1 +write$' t.txt
}

# bats test_tags=native-only
@test "trace --qemu: -t, -tt, -ttt, -r and -T print strace's shapes" {
	native_pass_only
	need_qemu_new
	./trace-qemu -t -o t.txt "$BIN/hello" >/dev/null
	grep -Eq '^[0-2][0-9]:[0-5][0-9]:[0-5][0-9] write\(1, ' t.txt
	./trace-qemu -tt -o t.txt "$BIN/hello" >/dev/null
	grep -Eq '^[0-2][0-9]:[0-5][0-9]:[0-5][0-9]\.[0-9]{6} write\(1, ' t.txt
	./trace-qemu -ttt -o t.txt "$BIN/hello" >/dev/null
	grep -Eq '^[0-9]{10}\.[0-9]{6} write\(1, ' t.txt
	./trace-qemu -r -o t.txt "$BIN/hello" >/dev/null
	grep -Eq '^ +[0-9]+\.[0-9]{6} write\(1, ' t.txt
	./trace-qemu -T -o t.txt "$BIN/hello" >/dev/null
	grep -Eq '^write\(1, "Hello, world!\\n", 14\) += 14 <[0-9]+\.[0-9]{6}>$' t.txt
}

@test "trace --qemu: an execve ends what the gdbstub can see; trace says so, the status is kept" {
	need_qemu_new
	run --separate-stderr ./trace-qemu "$BIN/env" -i A=1 "$BIN/false"
	assert_failure 1
	[ "${#stderr_lines[@]}" -ge 3 ]
	[[ ${stderr_lines[-3]} =~ ^execve\(\"$BIN/false\",\ \[\"$BIN/false\"\],\ 0x[0-9a-f]+\ /\*\ 1\ var\ \*/\)\ +=\ 0$ ]]
	assert_equal "${stderr_lines[-2]}" "$TQ_NAME: the program called execve: QEMU's gdbstub does not follow it, its calls are not shown"
	assert_equal "${stderr_lines[-1]}" "+++ exited with 1 +++"
}

@test "trace --qemu: PROG's exit status is trace's" {
	need_qemu_new
	run -0 ./trace-qemu -o /dev/null "$BIN/true"
	run -1 ./trace-qemu -o /dev/null "$BIN/false"
	run -3 ./trace-qemu -o /dev/null "$RT/trace-signals" exit 3
}

# --- what cannot work, in one line ---------------------------------------------

@test "trace --qemu: -p and -f are refused in one line each" {
	run tsg --qemu=/bin/true -p 1
	assert_failure 1
	assert_output "trace: -p cannot be used with --qemu: QEMU's gdbstub debugs only the program it starts"
	run tsg --qemu=/bin/true -f /bin/true
	assert_failure 1
	assert_output "trace: -f cannot be used with --qemu: QEMU's gdbstub follows one side of a fork (parent or child), not both"
}

@test "trace --qemu: a missing qemu-x86_64 is named" {
	run tsg --qemu=/nonexistent/qemu-x86_64 /bin/true
	assert_failure 1
	assert_output "trace: /nonexistent/qemu-x86_64: no such program"
}

@test "trace --qemu with QEMU 7.2 (no QCatchSyscalls): one line naming the version needed" {
	q=/usr/bin/qemu-x86_64
	[ -x $q ] || skip "no $q"
	v=$($q --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p;q')
	[ "$v" -lt 9 ] || skip "$q is QEMU $v, which has QCatchSyscalls"
	run -1 --separate-stderr tsg --qemu=$q "$BIN/hello"
	assert_equal "$stderr" "trace: $q cannot stop a program at its system calls: --qemu needs QEMU 9.0 or later (QCatchSyscalls)"
	[ -z "$output" ]	# the program never ran
}

@test "trace under qemu-x86_64 switches to the gdbstub by itself, says so once" {
	need_qemu_new
	timeout "$TMO" strace -o s.txt "$BIN/hello" >/dev/null
	run --separate-stderr timeout "$TMO" env SG_QEMU_BIN="$QN" "$QN" "$BIN/trace" -o t.txt "$BIN/hello"
	assert_success
	assert_output "Hello, world!"
	assert_equal "$stderr" "$BIN/trace: ptrace is not available under qemu-user: tracing through QEMU's gdbstub instead (--qemu)"
	diff <(grep -v '^execve(' s.txt) t.txt
}

# --- the protocol against a scripted stub: clear errors, never a hang ---------

# fake SCENARIO: trace --qemu=FAKE, replies time out after 500 ms; a hang
# would end at 30 s with status 124, a failure here
fake() {
	# named "trace", as it names itself in its messages (argv[0], like strace)
	FAKE_GDB=$1 TRACE_QEMU_TIMEOUT=500 run --separate-stderr timeout 30 \
		bash -c 'exec -a trace "$0" "$@"' "$BIN/trace" --qemu="$FAKE" "$BIN/hello"
	[ "$status" -ne 124 ] || { echo "trace hung on scenario $1"; return 1; }
}

@test "gdbstub protocol: a good session, with acks, without (QStartNoAckMode), run-length encoded" {
	command -v python3 >/dev/null || skip "no python3"
	for sc in ok noack rle badsum-once; do
		fake $sc
		assert_success
		assert_equal "$stderr" "$(printf '%s\n' 'write(1, "hi\n", 3)                     = 3' \
			'exit_group(0)                           = ?' '+++ exited with 0 +++')"
	done
}

@test "gdbstub protocol: an unreadable buffer (E14) prints its address, as strace" {
	command -v python3 >/dev/null || skip "no python3"
	fake efault-m
	assert_success
	[ "${stderr%%$'\n'*}" = 'write(1, 0x1000, 3)                     = 3' ]
}

@test "gdbstub protocol: broken replies end trace with one clear line, exit 1" {
	command -v python3 >/dev/null || skip "no python3"
	check() {
		fake "$1"
		[ "$status" -eq 1 ] || { echo "$1: status $status"; return 1; }
		# the last line: a call's line may have been begun before
		[ "${stderr##*$'\n'}" = "$2" ] || { echo "$1: got: $stderr"; echo "wanted: $2"; return 1; }
	}
	check badsum-always "trace: qemu gdbstub: bad checksum three times"
	check truncated "trace: qemu gdbstub: truncated packet: the connection was closed"
	check silence-g "trace: qemu gdbstub: no reply within 500 ms"
	check silence-ack "trace: qemu gdbstub: no ack for 'qSupported:swbreak+;': no reply within 500 ms"
	check malformed-stop "trace: qemu gdbstub: malformed stop reply 'T05thread:01;syscall_entry:zz;'"
	check malformed-m "trace: qemu gdbstub: 'm1000,3': a reply of 4 hex digits"
	check short-g "trace: qemu gdbstub: 'g': 4 hex digits, not the 272 of amd64's registers"
	check garbage "trace: qemu gdbstub: unexpected byte 0x68 where a packet should start"
	check too-long "trace: qemu gdbstub: packet longer than 16384 bytes"
	check out-of-order "trace: qemu gdbstub: 'QCatchSyscalls:1': expected OK, got 'T05thread:01;'"
	check no-ack-reply "trace: qemu gdbstub: expected an ack for 'qSupported:swbreak+;', got a packet: 0x24"
	check close-in-run "trace: qemu gdbstub: QEMU exited (status 0) without reporting the program's end"
	check exit-early "trace: qemu gdbstub: QEMU exited (status 3) before it took a connection"
	check no-catch "trace: $FAKE cannot stop a program at its system calls: --qemu needs QEMU 9.0 or later (QCatchSyscalls)"
}

@test "gdbstub protocol: a stub that closes at once, or never listens, ends in bounded time" {
	command -v python3 >/dev/null || skip "no python3"
	# closed before trace's first packet was written (EPIPE: a slow trace
	# on a loaded machine), after it (EOF), or with it unread (ECONNRESET)
	fake close-at-start
	assert_failure 1
	[[ $stderr =~ ^trace:\ qemu\ gdbstub:\ (write:\ Broken\ pipe|no\ ack\ for\ \'qSupported:swbreak\+\;\':\ (the\ connection\ was\ closed|read:\ Connection\ reset\ by\ peer))$ ]]
	fake never-listen
	assert_failure 1
	[[ $stderr =~ ^trace:\ qemu\ gdbstub:\ QEMU\ did\ not\ listen\ on\ .*/trace-qemu\.[0-9a-f]{16}/gdb\ within\ 5500\ ms$ ]]
}

@test "gdbstub protocol: a second thread: the clone's result from the thread list, one line, the stub let go" {
	command -v python3 >/dev/null || skip "no python3"
	for sc in thread thread-ended; do
		rm -f log
		FAKE_GDB_LOG=$PWD/log fake $sc
		assert_success
		# thread: the new thread's id from qfThreadInfo (m01,02); ended:
		# only thread 1 is left, the result is rax at the breakpoint (p0: 3)
		want=2
		[ $sc = thread ] || want=3
		assert_equal "$stderr" "$(printf '%s\n' \
			"clone(child_stack=0x7000, flags=CLONE_VM|CLONE_SIGHAND|CLONE_THREAD) = $want" \
			"trace: the program started a thread: QEMU's gdbstub loses calls when two threads stop at once, so the rest runs untraced" \
			'+++ exited with 0 +++')"
		# at clone's entry trace stops catching all but clone (the new
		# thread's calls must not stop it), and before it closes the
		# connection it stops catching at all; no D (QEMU 10 crashes)
		grep -qx 'QCatchSyscalls:1;38' log
		[ "$(tail -1 log)" = "QCatchSyscalls:0" ]
		! grep -qx 'D' log
	done
}

@test "trace --qemu leaves no socket or directory behind" {
	command -v python3 >/dev/null || skip "no python3"
	mkdir tmp
	TMPDIR=$PWD/tmp FAKE_GDB=ok timeout 30 "$BIN/trace" --qemu="$FAKE" -o /dev/null "$BIN/hello"
	[ -z "$(ls -A tmp)" ]
}
