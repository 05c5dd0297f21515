#!/usr/bin/env bats
# Lesson 04 (when calls fail): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/04-when-calls-fail" >/dev/null
}

@test "lesson 04: fail shows each errno with glibc's text" {
	run lesson_prog 04-when-calls-fail fail
	assert_success
	assert_line --index 0 --regexp ' = -2  ENOENT \(No such file or directory\)$'
	assert_line --index 1 --regexp ' = -28  ENOSPC \(No space left on device\)$'
	assert_line --index 2 --regexp ' = -9  EBADF \(Bad file descriptor\)$'
	assert_line --index 3 --regexp ' = 65536$'
	assert_line --index 4 --regexp ' = -11  EAGAIN \(Resource temporarily unavailable\)$'
	assert_line --index 5 --regexp ' = -4  EINTR \(Interrupted system call\)$'
}

# bats test_tags=native-only
@test "lesson 04: four-way run completes" {
	fourway 04-when-calls-fail
	assert_output --partial "/bin/echo hello                              exit 1, stderr: /bin/echo: write error: No space left on device|"
}

@test "lesson 04 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 04-when-calls-fail
}
