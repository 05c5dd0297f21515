#!/usr/bin/env bats
# Lesson 06 (metadata): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/06-metadata" >/dev/null
}

@test "lesson 06 vs GNU stat: meta's raw fields for a file and a symbolic link" {
	local d=$BATS_TEST_TMPDIR
	printf 'twelve bytes' >"$d/file" && chmod 640 "$d/file" && ln -s file "$d/link"
	run lesson_prog 06-metadata meta "$d/file" "$d/link"
	assert_success
	assert_line "    st_mode  0100640   (type 0100000: S_IFREG, a regular file; permissions 0640)"
	assert_line "    st_mode  0120777   (type 0120000: S_IFLNK, a symbolic link; permissions 0777)"
	assert_line "    st_size  $(stat -c %s "$d/file")   st_blocks $(stat -c %b "$d/file") (512-byte units)"
	assert_line "    st_mtime $(stat -c %Y "$d/file").$(stat -c %y "$d/file" | sed -E 's/.*\.([0-9]{9}).*/\1/')   st_ctime $(stat -c %Z "$d/file").$(stat -c %z "$d/file" | sed -E 's/.*\.([0-9]{9}).*/\1/')"
	assert_line '    a symbolic link: 4 bytes, "file"'
}

# bats test_tags=native-only
@test "lesson 06: four-way run completes" {
	fourway 06-metadata
	assert_output --partial "TZ=Asia/Tokyo        2024-03-01 08:30:00.123456789 +0900 sample/file"
}

@test "lesson 06 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 06-metadata
}
