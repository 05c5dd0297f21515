#!/usr/bin/env bats
# Lesson 02 (from C to the kernel): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/02-c-to-kernel" >/dev/null
}

@test "lesson 02: stubs prints the raw and the C results" {
	run lesson_prog 02-c-to-kernel stubs
	assert_success
	assert_line --index 0 "sys_openat returned -2 (-2 is ENOENT)"
	assert_line --index 1 "syscall_ret gives -1, errno = 2"
	assert_line --index 2 --regexp '^sys_pwrite64\(fd [0-9]+, "four", 4, offset 100\) returned 4$'
	assert_line --index 3 --regexp '^sys_mmap returned 0x[0-9a-f]+, failed: 0$'
	assert_line --index 4 --regexp "^syscall 110 \(getppid\) returned [1-9][0-9]*, the parent's pid$"
}

# bats test_tags=native-only
@test "lesson 02: four-way run completes" {
	fourway 02-c-to-kernel
}

@test "lesson 02 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 02-c-to-kernel
}
