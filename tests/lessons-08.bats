#!/usr/bin/env bats
# Lesson 08 (emulation): its program natively and under qemu-x86_64 (SG_QEMU=1),
# against its oracle, the four-way run, and the grader: the untouched
# starters FAIL, the reference solutions PASS, every cheating answer in fakes/
# FAILS and every other right answer in alt/ PASSES — natively, and in
# emulated mode in the qemu passes (tests/lessons.bash).
load helper
load lessons

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/08-emulation" >/dev/null
}

@test "lesson 08: auxv has the vDSO natively, none under QEMU 7.2, a syscall-only one under QEMU >= 8.2" {
	local v
	run lesson_prog 08-emulation auxv
	assert_success
	assert_line --index 0 'argv[0] = "auxv"'
	if [ -n "${SG_QEMU:-}" ]; then
		v=$(qemu-x86_64 --version | sed -n '1s/.*version \([0-9]*\.[0-9]*\).*/\1/p')
		if [ "$(printf '%s\n8.2\n' "$v" | sort -V | head -n 1)" = 8.2 ]; then
			# QEMU 8.2 and later map a vDSO whose clock_gettime is
			# mov eax, 228 (__NR_clock_gettime); syscall
			assert_line --regexp '^  AT_SYSINFO_EHDR +0x[0-9a-f]+ +the vDSO'
			assert_line --regexp '^vDSO at 0x[0-9a-f]+, but its clock_gettime is mov eax, 228; syscall: '
		else
			refute_line --partial "AT_SYSINFO_EHDR"
			assert_line "no vDSO: clock_gettime was a real system call (ok)"
		fi
	else
		assert_line --regexp '^  AT_SYSINFO_EHDR +0x[0-9a-f]+ +the vDSO'
		assert_line --regexp '^vDSO at 0x[0-9a-f]+: clock_gettime ran in user space \(ok\)$'
	fi
	assert_line --regexp '^  AT_PAGESZ +0x1000 '
	assert_line --regexp "^  AT_ENTRY +0x$(readelf -h "$LB/08-emulation/auxv" | awk '/Entry point/ {sub(/0x/, "", $4); print $4}') "
}

# bats test_tags=native-only
@test "lesson 08 vs strace: natively, auxv's clock_gettime makes no syscall (vDSO)" {
	skip_unless_ptrace
	run strace -qq -o /dev/stdout "$LB/08-emulation/auxv"
	refute_output --partial "clock_gettime("
	assert_output --partial "exit_group(0)"
}

# bats test_tags=native-only
@test "lesson 08: four-way run completes" {
	fourway 08-emulation
	assert_line "  clock_gettime lines under strace (native): 0; in qemu -strace: 1"
	assert_line --regexp '^  qemu-x86_64 -0 hello ./auxv +argv\[0\] = "hello"$'
}

@test "lesson 08 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	# answers right only on QEMU 7.2 are caught by running them on a QEMU >= 8.2
	local new=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
	[ -x "$new" ] || skip "no QEMU >= 8.2 at $new to grade lesson 08 on (.ci/fetch-qemu; tests/run fetches it)"
	export SG_QEMU_NEW=$new
	graded 08-emulation
}
