#!/usr/bin/env bats
# Lesson 09 (processes): procs natively and under qemu-x86_64 (SG_QEMU=1),
# its calls against strace, the grader on starters, solutions, fakes and
# other answers, and the four-way run.
load helper
load lessons

LD=$L/09-processes
LBD=$LB/09-processes

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/09-processes" >/dev/null
}

procs() { lesson_prog 09-processes procs "$@"; }

@test "lesson 09: procs — status words, zombie, execve, CoW, a thread (hand-written expectation)" {
	run procs
	assert_success
	assert_line "1. fork, exit_group(7): status word 0x0700: exited with 7"
	assert_line "2. fork, kill(self, SIGTERM): status word 0x000f: killed by signal 15 (SIGTERM)"
	assert_line "3. clone3 {exit_signal=SIGCHLD}, exit_group(3): status word 0x0300: exited with 3"
	assert_line "4. zombie: after waitid(WNOWAIT) State: Z (zombie); after wait4: (none: ENOENT)"
	assert_line --regexp '^5\. after execve: pid [0-9]+, parent [0-9]+, argv\[1\] "image"$'
	assert_line --regexp "^6\. copy-on-write, 256 pages the parent wrote: child's minor faults reading them [0-9]+, writing them (25[6-9]|26[0-9]|27[0-9]); parent still sees 'p'$"
	assert_line --regexp '^7\. thread [0-9]+ ended; the counter it shared with us: 42$'
	# the thread shares the pid and has a tid of its own
	local me tl
	me=$(sed -n 's/^procs: pid //p' <<<"$output")
	tl=$(grep '^7. thread: ' <<<"$output")
	[[ $tl =~ getpid\ $me,\ gettid\ ([0-9]+), ]] && [ "${BASH_REMATCH[1]}" != "$me" ]
}

@test "lesson 09: under qemu-x86_64 clone3 is ENOSYS and procs falls back on fork" {
	[ -n "${SG_QEMU:-}" ] || skip "natively the kernel has clone3 (the qemu pass checks this)"
	run procs
	assert_line "3. clone3: ENOSYS (not implemented here); the same with fork:"
}

# bats test_tags=native-only
@test "lesson 09 vs strace: procs makes fork, clone3, waitid WNOWAIT, vfork+execve, clone of a thread, its exit" {
	skip_unless_ptrace
	# -ff: a file per process and thread, so that no call is cut in two
	strace -ff -qq -o "$BATS_TEST_TMPDIR/tr" "$LBD/procs" >/dev/null
	run cat "$BATS_TEST_TMPDIR"/tr.*
	assert_line --regexp '^fork\(\) += [0-9]+$'
	assert_line --regexp '^wait4\([0-9]+, \[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 7\}\], 0, NULL\) += [0-9]+$'
	assert_line --regexp '^wait4\([0-9]+, \[\{WIFSIGNALED\(s\) && WTERMSIG\(s\) == SIGTERM\}\], 0, NULL\) += [0-9]+$'
	assert_line --regexp '^clone3\(\{flags=0, exit_signal=SIGCHLD, stack=NULL, stack_size=0\}, 88\) += [0-9]+$'
	assert_line --regexp '^waitid\(P_PID, [0-9]+, \{si_signo=SIGCHLD, si_code=CLD_EXITED, .*\}, WEXITED\|WNOWAIT, NULL\) += 0$'
	assert_line --regexp '^execve\("/proc/self/exe", \["[^"]*"(\.\.\.)?, "image"\]'
	assert_line --regexp '^clone\(child_stack=0x[0-9a-f]+, flags=CLONE_VM\|CLONE_FS\|CLONE_FILES\|CLONE_SIGHAND\|CLONE_THREAD\|CLONE_SYSVSEM\|CLONE_PARENT_SETTID\|CLONE_CHILD_CLEARTID, parent_tid=\[[0-9]+\], child_tidptr=0x[0-9a-f]+\) += [0-9]+$'
	assert_line --regexp '^exit\(0\) += \?$'
}

# bats test_tags=native-only
@test "lesson 09: bin/trace decodes procs's calls as strace does (trace-vs-strace, pids and data masked)" {
	skip_unless_ptrace
	run "$BIN/trace-vs-strace" "$LBD/procs"
	# what may differ: pids inside written text and paths, the fault counts
	# read back from the child (scene 6's 16 bytes through a pipe), where SIGCHLD lands against wait4, and the
	# FUTEX_WAIT on the thread's tid, made only when the thread has not
	# ended yet (a race: under load either tracer may see it or not)
	local d
	d=$(grep -E '^[-+][a-z]' <<<"$output" | grep -Ev '^[-+](write\(1,|read\(3, |read\([0-9]+, "(\\[0-9]+)+", 16\) += 16$|openat\(AT_FDCWD, "/proc/[0-9]+/status"|waitid\(P_PID, [0-9]+,|wait4\(PID|futex\(0xADDR, FUTEX_WAIT, [0-9]+, NULL\))' || true)
	[ -z "$d" ] || { echo "$d"; false; }
}

@test "lesson 09 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 09-processes
}

# bats test_tags=native-only
@test "lesson 09: make run (the four-way run and minish traced) completes" {
	skip_under_qemu "the four-way run includes its own qemu way; it runs once, in the native pass"
	run make --no-print-directory -s -C "$LD" run
	assert_success
	assert_line --regexp '^four-way run: [34] ran, 0 went wrong, [01] skipped$'
	assert_output --partial "== 4. qemu-x86_64"
	assert_line --regexp '^  ~ execve\("/usr/bin/wc", \["wc", "-l"\], \.\.\.\) = 0$'
}

# bats test_tags=native-only
@test "lesson 09 under QEMU 10 (the README's facts): clone3 is ENOSYS, the rest as natively" {
	skip_under_qemu "it runs QEMU 10 itself, once, in the native pass"
	local q=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
	[ -x "$q" ] || skip "QEMU 10 is not fetched (.ci/fetch-qemu)"
	run "$q" -0 procs "$LBD/procs"
	assert_success
	assert_line "3. clone3: ENOSYS (not implemented here); the same with fork:"
	assert_line "4. zombie: after waitid(WNOWAIT) State: Z (zombie); after wait4: (none: ENOENT)"
	assert_line --regexp '^7\. thread [0-9]+ ended; the counter it shared with us: 42$'
}
