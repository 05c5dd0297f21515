#!/usr/bin/env bats
# Lesson 07 (watching the gate): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/07-watching-the-gate" >/dev/null
}

# bats test_tags=native-only
@test "lesson 07 vs strace: minitrace sees the same syscalls, in order, with the same raw results" {
	skip_unless_ptrace
	local t=$LB/07-watching-the-gate
	strace -qq -o "$BATS_TEST_TMPDIR/s" "$t/target" 5 >/dev/null || true
	run "$t/minitrace" "$t/target" 5
	assert_failure 5		# minitrace ends as its tracee did
	# names from both; results where strace prints a plain number
	diff <(sed -E 's/\(.*//' "$BATS_TEST_TMPDIR/s") <(grep -v '^target$' <<<"$output" | sed -E 's/\(.*//')
	# AT_FDCWD (-100) as a 32-bit int in rdi; O_RDONLY; -ENOENT raw
	assert_line --regexp '^openat\(0xffffff9c, 0x[0-9a-f]+, 0\) = -2$'
	assert_line --regexp '^close\(0xffffffff, .*\) = -9$'
	assert_line --regexp '^exit_group\(0x5, .*\) = \?$'
}

@test "lesson 07: target runs natively and under qemu; minitrace under qemu says ptrace is missing" {
	run lesson_prog 07-watching-the-gate target 3
	assert_failure 3
	assert_output "target"
	if [ -n "${SG_QEMU:-}" ]; then
		run timeout 10 qemu-x86_64 "$LB/07-watching-the-gate/minitrace" "$LB/07-watching-the-gate/target"
		assert_failure 126
		assert_output --partial "ptrace(PTRACE_TRACEME): Function not implemented"
	fi
}

# bats test_tags=native-only
@test "lesson 07: four-way run completes" {
	fourway 07-watching-the-gate
	assert_output --partial "ptrace(PTRACE_TRACEME): Function not implemented"
	assert_line --regexp '^  minitrace +[0-9]+ ns per syscall'
}

@test "lesson 07 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 07-watching-the-gate
}
