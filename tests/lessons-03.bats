#!/usr/bin/env bats
# Lesson 03 (files): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/03-files" >/dev/null
}

@test "lesson 03: copy reproduces a file with any buffer size, and with sendfile" {
	head -c 100000 /dev/urandom >"$BATS_TEST_TMPDIR/in"
	for b in 1 7 4096 1048576; do
		lesson_prog 03-files copy -b $b "$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/out"
		cmp "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/out"
	done
	lesson_prog 03-files copy -z "$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/out"
	cmp "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/out"
}

@test "lesson 03 vs GNU cat: copy's error line for a missing file" {
	run gnu cat "$BATS_TEST_TMPDIR/nope"
	local want=${output/cat:/copy:} st=$status
	run lesson_prog 03-files copy "$BATS_TEST_TMPDIR/nope"
	[ "$status" -eq "$st" ]
	assert_output "$want"
}

# bats test_tags=native-only
@test "lesson 03: four-way run completes and counts 8193 calls for 64-byte buffers" {
	fourway 03-files
	assert_output --partial "./copy -b 64 big.txt                   8193 calls  (4097 read, 4096 write)"
	assert_output --partial "./copy -z big.txt                         2 calls  (2 sendfile)"
}

@test "lesson 03 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 03-files
}
