#!/usr/bin/env bats
# The runtime (src/lib, asm/) against the host's glibc and the kernel.
load helper

@test "printf formatter vs glibc printf: every case of tests/fmt-cases.h" {
	same_as_host fmt
}

@test "errno names and texts vs glibc (strerrorname_np, strerror) for 1..140" {
	same_as_host errno
	# and the table covers every errno the kernel headers define
	run rt errno
	assert_line "2 ENOENT No such file or directory"
	assert_line "133 EHWPOISON Memory page has hardware error"
}

@test "option parser vs glibc getopt_long: clusters, arguments, --, permutation" {
	same_as_host opt nAw: -nA file -w 80 -w80 -- -x -n
	same_as_host opt nAw: a -n b - c -- -n
	same_as_host opt nAw: -nz -w
	same_as_host opt nAw: --help --wid=3 --width 4 --col --colo=x --color=y
	same_as_host opt nAw: --he=x --width
	same_as_host opt nAw: --bogus - -n
	same_as_host opt +nAw: -n a -A
	same_as_host opt ab:c --verb --vers --v
	same_as_host opt ab:c --co -b
	POSIXLY_CORRECT=1 same_as_host opt ab:c -a x -c
}

@test "number parsing vs strtoull/strtoll: bases, signs, overflow, junk" {
	same_as_host num 0 1 -1 +5 42 007 0x1f 0X1F ff 18446744073709551615 18446744073709551616 \
		9223372036854775807 9223372036854775808 -9223372036854775808 -9223372036854775809 \
		"" " 12" "12 " 12x - + 0x 99999999999999999999999 0777 08 -0 +-1
}

@test "_start hands main argc, argv, envp and auxv as glibc sees them" {
	same_as_host start
	env -i A=1 HOME=/h B= bash -c "$(declare -f run_as rt host same_as_host); BUILD=$BUILD SG_QEMU=${SG_QEMU:-} BATS_TEST_TMPDIR=$BATS_TEST_TMPDIR same_as_host start x '' 'y z'"
}

@test "ABI: r10 carries arg 4, six arguments arrive, -errno, callee-saved registers" {
	run rt abi "$BATS_TEST_TMPDIR/scratch"
	echo "$output"
	assert_success
	refute_line --partial FAIL
	assert_line --partial "arg 4 reached r10"
	assert_line --partial "survive a stub"
}

@test "signals: the handler returns through the SA_RESTORER trampoline; SIG_DFL kills" {
	run rt sig
	assert_line "sig_action: 0"
	assert_line "handled 3 times, signal 10 (SIGUSR1)"
	refute_line "not reached"
	assert_equal "$status" 138	# 128 + SIGUSR1: the default action after restore
}

# bats test_tags=native-only
@test "vDSO: clock_gettime without a syscall, found through AT_SYSINFO_EHDR" {
	skip_under_qemu "strace cannot watch the guest; what QEMU maps is the next test's"
	run rt vdso
	assert_success
	assert_line "vdso present"
	assert_line "__vdso_clock_gettime found"
	assert_line "clock_gettime agrees with the syscall"
	assert_line "bad clock -22"
	# the vDSO path makes no syscall: strace sees no clock_gettime from it
	run strace -qq -e trace=clock_gettime "$BUILD/tests/vdso"
	assert_equal "$(grep -c 'clock_gettime(CLOCK_REALTIME' <<<"$output")" 2
}

@test "vDSO under qemu-user: none before QEMU 8.2 (syscall fallback), QEMU's own from 8.2; qemu -strace sees every call" {
	[ -n "${SG_QEMU:-}" ] || skip "native: the kernel maps a vDSO (see the test above)"
	# QEMU 8.2 began to map a vDSO for x86-64 guests; its clock_gettime is a
	# syscall instruction, so the guest's calls reach QEMU either way
	read -r major minor < <(qemu-x86_64 --version | sed -n '1s/.*version \([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
	run rt vdso
	assert_success
	if [ "$major" -gt 8 ] || { [ "$major" -eq 8 ] && [ "$minor" -ge 2 ]; }; then
		assert_line "vdso present"
		assert_line "__vdso_clock_gettime found"
	else
		assert_line "vdso absent"
		assert_line "__vdso_clock_gettime not found"
	fi
	assert_line "clock_gettime agrees with the syscall"
	assert_line "bad clock -22"
	# two sys_clock_gettime, the one through the vDSO or its fallback, the bad clock
	run qemu-x86_64 -strace "$BUILD/tests/vdso"
	assert_equal "$(grep -c ' clock_gettime(CLOCK_REALTIME,' <<<"$output")" 3
	assert_equal "$(grep -c ' clock_gettime(0x3039,.* = -1 errno=22 ' <<<"$output")" 1
}

@test "allocator: random workload keeps every block intact; calloc zeroes; overflow refused" {
	run rt alloc
	assert_success
	refute_line --partial FAIL
}

@test "string and memory functions vs glibc: lengths, searches, signs, overlapping moves" {
	same_as_host str
}

@test "buffered output vs stdio: same bytes; one write(2) per 64 KiB buffer" {
	same_as_host out 100000
	skip_unless_ptrace
	bytes=$(rt out 100000 | wc -c)
	strace -qq -o "$BATS_TEST_TMPDIR/log" -e trace=write "$BUILD/tests/out" 100000 >/dev/null
	writes=$(grep -c '^write(1, ' "$BATS_TEST_TMPDIR/log")
	echo "$bytes bytes in $writes writes"
	# every full buffer is one write; the 100000-byte block goes straight through
	[ "$writes" -le $((bytes / 65536 + 3)) ]
}
