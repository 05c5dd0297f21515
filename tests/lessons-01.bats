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
