#!/usr/bin/env bats
# Lesson 11, signals: the program's facts natively and under both QEMUs, its
# trace against strace, bin/trace against strace, the four-way run, and the
# grader against starters, solutions, fakes (must fail) and alt/ answers.
load helper
load lessons

LD=$L/11-signals
LBD=$LB/11-signals
QEMU_NEW=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
[ -x "$QEMU_NEW" ] || QEMU_NEW=/opt/qemu-new/usr/bin/qemu-x86_64

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/11-signals" >/dev/null &&
		flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/11-signals" exercises SOLUTIONS=1 >/dev/null
}

signals() { lesson_prog 11-signals signals "$@"; }

# the lines of ./signals that hold on every machine the lesson names
# (hand-written from the README: coalescing, queueing, EINTR, SA_RESTART...)
invariant_lines() {
	assert_line --regexp '^  handler\(10, 0x[0-9a-f]+, 0x[0-9a-f]+\) runs; signal SIGUSR1, si_code -6 \(SI_TKILL\), si_pid = getpid: yes$'
	assert_line --regexp '^  it will return to 0x[0-9a-f]+: sg_restore_rt is 0x[0-9a-f]+, the same$'
	assert_line '  the frame: return address at rsp, ucontext at rsp+8, siginfo at rsp+312'
	assert_line '  saved rip: sys_tgkill+10, just after its syscall instruction'
	assert_line '  SIGUSR2    blocked, 3 kills: pending yes; unblocked: 1 delivery'
	assert_line '  SIGRTMIN+1 blocked, 3 kills: pending yes; unblocked: 3 deliveries'
	assert_line '  SIGCHLD: si_code 1 (CLD_EXITED), si_pid is the child: yes, si_status 7'
	assert_line '  wait4 reaped it: exit status 7'
	assert_line '  flags 0:    read returned -4 (-EINTR): the program must retry'
	assert_line '  SA_RESTART: read returned 1: the kernel restarted it, the program never saw EINTR'
	assert_line '  without sigaltstack: the child was killed by SIGSEGV: no room for the frame, so the handler never ran'
	assert_line "  the handler's locals are on the alternate stack (the mmap'd 64 KiB): yes"
	assert_line '  the child exited with status 0'
	assert_line '  read 128 bytes: ssi_signo 14 (SIGALRM), ssi_code 128 (SI_KERNEL), ssi_pid 0: no handler ran'
}

@test "lesson 11: signals shows each fact the README states (hand-written expectations)" {
	run signals
	assert_success
	invariant_lines
}

# bats test_tags=native-only
@test "lesson 11: signals under QEMU >= 8.2 shows the same facts" {
	skip_under_qemu "this test runs the newer QEMU itself, once, in the native pass"
	[ -x "$QEMU_NEW" ] || skip "no QEMU 10 at $QEMU_NEW (.ci/fetch-qemu fetches it)"
	run "$QEMU_NEW" -0 signals "$LBD/signals"
	assert_success
	invariant_lines
}

# bats test_tags=native-only
@test "lesson 11 vs strace: SA_RESTORER is sg_restore_rt, each handler ends in rt_sigreturn, EINTR vs restart" {
	skip_unless_ptrace
	local t=$BATS_TEST_TMPDIR/trace rt
	strace -qq -o "$t" "$LBD/signals" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	rt=$(nm "$LBD/signals" | awk '$3 == "sg_restore_rt" {print "0x" $1}')
	rt=$(printf '0x%x' $((rt)))
	run cat "$t"
	assert_line --regexp "^rt_sigaction\(SIGUSR1, \{sa_handler=0x[0-9a-f]+, sa_mask=\[\], sa_flags=SA_RESTORER\|SA_SIGINFO, sa_restorer=$rt\}, NULL, 8\) += 0$"
	[ "$(grep -c '^--- SIGRT_1 ' "$t")" -eq 3 ]
	[ "$(grep -c '^--- SIGUSR2 ' "$t")" -eq 1 ]
	# a handler ran 8 times (1 + 1 + 3 + 1 + 2): each ends in rt_sigreturn
	[ "$(grep -c '^rt_sigreturn(' "$t")" -eq 8 ]
	[ "$(grep -cE '^read\(3, .* += \? ERESTARTSYS \(To be restarted if SA_RESTART is set\)$' "$t")" -eq 2 ]
	# after each interrupted read: -EINTR back without SA_RESTART, the call again with it
	awk '/ERESTARTSYS/ {n++; on=1} on {print > ("'"$BATS_TEST_TMPDIR"'/story" n)} /^read\(3, "x"/ {on=0}' "$t"
	grep -q '^rt_sigreturn({mask=\[CHLD\]}) *= -1 EINTR (Interrupted system call)$' "$BATS_TEST_TMPDIR/story1"
	grep -q '^rt_sigreturn({mask=\[CHLD\]}) *= 0$' "$BATS_TEST_TMPDIR/story2"
	grep -q '^read(3, "x", 1) *= 1$' "$BATS_TEST_TMPDIR/story2"
	assert_line --regexp '^rt_sigsuspend\(\[\], 8\) += \? ERESTARTNOHAND \(To be restarted if no handler\)$'
	assert_line --regexp '^signalfd4\(-1, \[ALRM\], 8, SFD_CLOEXEC\) += 3$'
}

# bats test_tags=native-only
@test "lesson 11: bin/trace decodes every call of signals exactly as strace (trace-vs-strace)" {
	skip_unless_ptrace
	cd "$LBD"
	run "$BIN/trace-vs-strace" ./signals
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	for a in "ex2-burst 34 5" "ex2-burst 10 3" "ex3-segv w 0x401000" "ex3-segv r 0x0"; do
		run "$BIN/trace-vs-strace" solutions/${a%% *} ${a#* }
		assert_success
	done
}

# bats test_tags=native-only
@test "lesson 11: four-way run completes and cuts out both interrupted reads" {
	skip_under_qemu "the four-way run includes its own qemu way; it runs once, in the native pass"
	run make --no-print-directory -s -C "$LD" run
	assert_success
	assert_line --regexp '^four-way run: [34] ran, 0 went wrong, [01] skipped$'
	assert_output --partial "== 4. qemu-x86_64"
	if strace -qq -e trace=none true 2>/dev/null; then
		assert_line --regexp '^  ~ rt_sigreturn\(\{mask=\[CHLD\]\}\) += -1 EINTR \(Interrupted system call\)$'
		assert_line --regexp '^  ~ read\(3, "x", 1\) += 1$'
	fi
}

@test "lesson 11 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 11-signals
}

@test "lesson 11: the solutions' answers are the same under qemu-x86_64 (coalescing, si_addr, si_code)" {
	local q=qemu-x86_64 main
	command -v $q >/dev/null || skip "qemu-x86_64 is not installed"
	main=$(nm "$LBD/solutions/ex3-segv" | awk '$3 == "main" {print $1}')
	main=$(printf '0x%x' $((0x$main)))
	for q in qemu-x86_64 "$QEMU_NEW"; do
		[ -x "$(type -P "$q")" ] || continue
		run "$q" "$LBD/solutions/ex2-burst" 10 5
		assert_output "5 sent, 1 caught"
		run "$q" "$LBD/solutions/ex2-burst" 40 9
		assert_output "9 sent, 9 caught"
		run "$q" "$LBD/solutions/ex3-segv" r 0x0
		assert_output "SIGSEGV at 0x0: SEGV_MAPERR"
		run "$q" "$LBD/solutions/ex3-segv" w "$main"
		assert_output "SIGSEGV at $main: SEGV_ACCERR"
	done
}
