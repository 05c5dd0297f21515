#!/usr/bin/env bats
# Lesson 05 (directories): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/05-directories" >/dev/null
}

@test "lesson 05 vs GNU ls -U: dents lists every name in the kernel's order, any buffer" {
	local d=$BATS_TEST_TMPDIR/dir
	local x=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx i	# (pure bash: 300 names)
	mkdir "$d" && for ((i = 1; i <= 300; i++)); do : >"$d/name-$i-${x:0:i % 40}"; done
	for b in 100 1024 32768; do
		run lesson_prog 05-directories dents -b $b "$d"
		assert_success
		diff <(ls -a -U -1 "$d") <(sed '1d;$d' <<<"$output" | awk '{print $NF}')
	done
	# 302 records of 32..72 bytes cannot fit in 1024 bytes: several calls
	run lesson_prog 05-directories dents -b 1024 "$d"
	assert_line --regexp '^[1-9][0-9] getdents64 calls with a 1024-byte buffer, then one returning 0$'
}

@test "lesson 05: dents reports a buffer too small for one record as EINVAL" {
	run lesson_prog 05-directories dents -b 20 "$ROOT/lessons"
	assert_failure 1
	assert_line "dents: reading $ROOT/lessons: Invalid argument"
}

# bats test_tags=native-only
@test "lesson 05: four-way run completes" {
	fourway 05-directories
	assert_output --partial "./dents -b 512 many                    64 getdents64 calls"
}

@test "lesson 05 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 05-directories
}
