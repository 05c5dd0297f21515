#!/usr/bin/env bats
# Lesson 01 (the gate): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/01-the-gate" >/dev/null
}

@test "lesson 01: gate writes its line and exits 0 (hand-written expectation)" {
	run lesson_prog 01-the-gate gate
	assert_success
	assert_output "Through the gate."
}

# bats test_tags=native-only
@test "lesson 01 vs strace: gate makes exactly execve, write, exit_group" {
	skip_unless_ptrace
	strace -qq -o "$BATS_TEST_TMPDIR/trace" "$LB/01-the-gate/gate" >/dev/null
	run cat "$BATS_TEST_TMPDIR/trace"
	[ "${#lines[@]}" -eq 3 ]
	assert_line --index 1 --regexp '^write\(1, "Through the gate.\\n", 18\) += 18$'
	assert_line --index 2 --regexp '^exit_group\(0\) += \?$'
}

# bats test_tags=native-only
@test "lesson 01: make demo (the four-way run) completes" {
	fourway 01-the-gate
	run make --no-print-directory -s -C "$L/01-the-gate" demo
	assert_success
	assert_output --partial "gate (NASM, no libc)           3 syscalls"
}

@test "lesson 01 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 01-the-gate
}

# bats test_tags=native-only
@test "lesson 01: olddoor's int 0x80 natively is i386's exit(42) where an i386 program runs, else SIGSEGV; strace and bin/trace both show '32 bit mode' and exit(42)" {
	skip_under_qemu "it runs the kernel's int 0x80 natively; the QEMUs have the test below"
	local d=$BATS_TEST_TMPDIR want
	# the oracle for IA-32 emulation: does a whole i386 program run?
	printf 'global _start\n_start: mov eax, 1\nmov ebx, 7\nint 0x80\n' >"$d/i386.asm"
	nasm -f elf32 -o "$d/i386.o" "$d/i386.asm" && ld -m elf_i386 -o "$d/i386" "$d/i386.o"
	run "$d/i386"
	if [ "$status" -eq 7 ]; then want=42; else want=139; fi
	run "$LB/01-the-gate/olddoor"
	[ "$status" -eq "$want" ] || { echo "olddoor: status $status, expected $want (i386 program: $([ $want = 42 ] && echo runs || echo does not run))"; return 1; }
	[ "$want" -eq 42 ] || skip "no IA-32 emulation here: nothing to trace"
	skip_unless_ptrace
	strace -o "$d/s.log" "$LB/01-the-gate/olddoor" || true
	"$BIN/trace" -o "$d/t.log" "$LB/01-the-gate/olddoor" || true
	run sed 1d "$d/t.log"
	assert_output "$(sed 1d "$d/s.log")"
	assert_line --index 0 --regexp '^exit\(42\) += \?$'
	# without -o, not quiet: the personality line
	strace "$LB/01-the-gate/olddoor" 2>"$d/s.err" || true
	"$BIN/trace" "$LB/01-the-gate/olddoor" 2>"$d/t.err" || true
	run diff <(sed '1d; s/PID=[0-9]*/PID=N/' "$d/s.err") <(sed '1d; s/PID=[0-9]*/PID=N/' "$d/t.err")
	assert_success
	grep -qx '\[ Process PID=N runs in 32 bit mode. \]' <(sed 's/PID=[0-9]*/PID=N/' "$d/t.err")
}

# bats test_tags=native-only
@test "lesson 01: olddoor under qemu-x86_64 7.2 and 10: int 0x80 takes x86-64's numbers with i386's registers: write(42, NULL, 0), EBADF, status 9" {
	skip_under_qemu "it runs both QEMUs itself, once, in the native pass"
	local q
	for q in qemu-x86_64 ${SG_QEMU_NEW:-}; do
		run "$q" "$LB/01-the-gate/olddoor"
		[ "$status" -eq 9 ] || { echo "$q: status $status"; return 1; }
		run "$q" -strace "$LB/01-the-gate/olddoor"
		assert_line --regexp '^[0-9]+ write\(42,(0|\(nil\)),0\) = -1 errno=9 \(Bad file descriptor\)$'
		assert_line --regexp '^[0-9]+ exit_group\(9\)$'
	done
}

# bats test_tags=native-only
@test "lesson 01 and 15: olddoor under bin/sandbox -k dies of SIGSYS where IA-32 emulation is on (the filter's arch test), as lesson 15 says" {
	skip_under_qemu "it runs the kernel's int 0x80 natively"
	run "$LB/01-the-gate/olddoor"
	[ "$status" -eq 42 ] || skip "int 0x80 is not i386's here (status $status)"
	run "$BIN/sandbox" -k -d gettid "$LB/01-the-gate/olddoor"
	[ "$status" -eq 159 ]
}
