#!/usr/bin/env bats
# Lesson 15, seccomp: filter's facts by hand-written expectation (natively),
# under QEMU 7.2 and 10 (no seccomp(2): ENOSYS), its trace against strace,
# bin/trace against strace, the four-way run, and the grader against
# starters, solutions, fakes (must fail) and alt/ answers.
load helper
load lessons

QEMU_NEW=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
[ -x "$QEMU_NEW" ] || QEMU_NEW=/opt/qemu-new/usr/bin/qemu-x86_64

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/15-seccomp" >/dev/null &&
		flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/15-seccomp" exercises SOLUTIONS=1 >/dev/null
}

# bats test_tags=native-only
@test "lesson 15: filter shows each fact the README states (hand-written expectations)" {
	skip_under_qemu "qemu-user has no seccomp(2): the next test covers what it does"
	run lesson_prog 15-seccomp filter
	assert_success
	assert_line --regexp '^   0  ld \[4\] +A = arch$'
	assert_line --regexp '^  17  ld \[16\] +A = args\[0\] \(low 32 bits\)$'
	assert_line --regexp '^  20  ret #0x7fff0000 +return ALLOW$'
	assert_line '  before:      NoNewPrivs: 0 Seccomp: 0 Seccomp_filters: 0'
	assert_line '  after:       NoNewPrivs: 1 Seccomp: 2 Seccomp_filters: 1'
	assert_line --regexp '^  mkdirat\(AT_FDCWD, "/", 0700\) +ERRNO += -30 \(EROFS\)$'
	assert_line --regexp '^  socket\(AF_UNIX, SOCK_STREAM\) +ALLOW += [0-9]+$'	# 3 from a fresh shell; bats leaks some
	assert_line --regexp '^  socket\(AF_INET, SOCK_STREAM\) +ERRNO += -97 \(EAFNOSUPPORT\)$'
	assert_line --regexp '^  umask\(022\) +TRACE += -38 \(ENOSYS\)$'
	assert_line '    it ran: the parent is that pid'
	assert_line '    SIGSYS caught: si_code 1 (SYS_SECCOMP), si_syscall 63 (uname),'
	assert_line '      si_arch 0xc000003e (AUDIT_ARCH_X86_64),'
	assert_line "      si_errno 42 (the filter's data), si_call_addr sys_uname+10 (after its syscall)"
	assert_line '  the handler ran: yes'
	assert_line '  grandchild:  NoNewPrivs: 1 Seccomp: 2 Seccomp_filters: 1'
	assert_line '  the parent saw the child killed by signal 31 (SIGSYS)'
	assert_line '  parent:      NoNewPrivs: 0 Seccomp: 0 Seccomp_filters: 0'
	# --inside: the process itself dies by SIGSYS: 128 + 31 in the shell
	run bash -c '"$1" --inside >/dev/null; echo "status $?"' sh "$LB/15-seccomp/filter"
	assert_line 'status 159'
}

# bats test_tags=native-only
@test "lesson 15: under qemu-x86_64 7.2 and 10, seccomp(2) is ENOSYS and the program says so" {
	skip_under_qemu "this test runs both QEMUs itself, once, in the native pass"
	local q n=0
	for q in qemu-x86_64 "$QEMU_NEW"; do
		[ -x "$(type -P "$q")" ] || continue
		n=$((n + 1))
		run "$q" "$LB/15-seccomp/filter"
		assert_success
		assert_line --regexp '^  seccomp\(SECCOMP_SET_MODE_FILTER, 0, &fp\) += -38 \(ENOSYS\)$'
		assert_line '  no filter here: this machine'"'"'s kernel (or emulator) does not run seccomp filters'
		refute_line --partial 'each verdict'
		# qemu's own log of the calls: prctl 38 (PR_SET_NO_NEW_PRIVS) passes, seccomp fails
		run "$q" -strace "$LB/15-seccomp/filter"
		assert_output --regexp '[0-9]+ prctl\(38,1,0,0,0,0\) = 0'
		assert_output --regexp '[0-9]+ seccomp\(1,0,[0-9]+,0,0,[0-9]+\) = -1 errno=38 \(Function not implemented\)'
		# a solution's install_nowrite hands seccomp's -ENOSYS back
		run "$q" "$LB/15-seccomp/solutions/ex1-nowrite" 13 1 /dev/null
		assert_line 'install_nowrite(13) = -38'
	done
	[ "$n" -ge 1 ] || skip "no qemu-x86_64 installed"
	[ -x "$QEMU_NEW" ] || skip "no QEMU 10 at $QEMU_NEW (.ci/fetch-qemu fetches it); QEMU 7.2 checked"
}

# bats test_tags=native-only
@test "lesson 15 vs strace: prctl, seccomp {len=21, ...}, the SIGSYS siginfo, umask's ENOSYS, killed by SIGSYS" {
	skip_unless_ptrace
	local t=$BATS_TEST_TMPDIR/trace
	run strace -qq -o "$t" "$LB/15-seccomp/filter" --inside
	assert_failure 159
	run cat "$t"
	assert_line --regexp '^prctl\(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0\) += 0$'
	assert_line --regexp '^seccomp\(SECCOMP_SET_MODE_FILTER, 0, \{len=21, filter=0x[0-9a-f]+\}\) += 0$'
	assert_line --regexp '^mkdirat\(AT_FDCWD, "/", 0700\) += -1 EROFS \(Read-only file system\)$'
	assert_line --regexp '^socket\(AF_INET, SOCK_STREAM, IPPROTO_IP\) += -1 EAFNOSUPPORT '
	assert_line --regexp '^umask\(022\) += -1 ENOSYS \(Function not implemented\)$'
	assert_line --regexp '^--- SIGSYS \{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_errno=ENOMSG, si_call_addr=0x[0-9a-f]+, si_syscall=__NR_uname, si_arch=AUDIT_ARCH_X86_64\} ---$'
	assert_line --regexp '^ptrace\(PTRACE_TRACEME\) += '
	assert_line '+++ killed by SIGSYS +++'
	# si_call_addr is just past sys_uname's syscall instruction: sys_uname + 10
	local a u
	a=$(grep -o 'si_call_addr=0x[0-9a-f]*' "$t" | cut -d= -f2)
	u=$(nm "$LB/15-seccomp/filter" | awk '$3 == "sys_uname" {print "0x" $1}')
	[ $((a)) -eq $((u + 10)) ]
}

# bats test_tags=native-only
@test "lesson 15: bin/trace decodes filter and the solutions exactly as strace (trace-vs-strace)" {
	skip_unless_ptrace
	cd "$LB/15-seccomp"
	run "$BIN/trace-vs-strace" ./filter --inside
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	for a in "ex1-nowrite 13 0 /etc/passwd 0x241 $BATS_TEST_TMPDIR/n" "ex3-sigsys 110 4095 63 0 228 42"; do
		run "$BIN/trace-vs-strace" solutions/${a%% *} ${a#* }
		assert_success
	done
	printf 'x\n' >"$BATS_TEST_TMPDIR/in"
	run "$BIN/trace-vs-strace" solutions/ex2-nofiles - /etc/passwd @open:/etc/passwd @openat2:/etc/passwd @stat:/etc/passwd <"$BATS_TEST_TMPDIR/in"
	assert_success
}

# bats test_tags=native-only
@test "lesson 15: four-way run completes; strace shows the TRAP and the KILL_PROCESS" {
	fourway 15-seccomp
	if strace -qq -e trace=none true 2>/dev/null; then
		assert_line --regexp '^  ~ --- SIGSYS \{si_signo=SIGSYS, si_code=SYS_SECCOMP, .*si_syscall=__NR_uname, si_arch=AUDIT_ARCH_X86_64\} ---$'
		assert_line '  ~ +++ killed by SIGSYS +++'
		assert_line "  the shell's \$? for a death by SIGSYS (31): 128 + 31 = 159"
	fi
}

@test "lesson 15 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 15-seccomp
}
