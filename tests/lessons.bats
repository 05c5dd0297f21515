#!/usr/bin/env bats
# The lessons: each program builds and runs natively and under qemu-x86_64
# (SG_QEMU=1), each four-way run completes, and each grader FAILS on the
# untouched starters, PASSES on the reference solutions, FAILS on every
# cheating answer in fakes/ and PASSES every other right answer in alt/ —
# natively, and in emulated mode (SG_EMULATED=1, which the qemu passes set:
# graders judge from qemu-x86_64 -strace, the one first on PATH).
load helper
load lessons

setup_file() {
	lesson_flags
	for l in "$ROOT"/lessons/[0-9]*/; do
		make --no-print-directory -s -C "$l" >/dev/null || return 1
	done
}

@test "lessons: every program, starter and solution builds with clang as well (-Werror)" {
	skip_under_qemu "a build test: the native pass covers it"
	command -v clang >/dev/null || skip "clang is not installed"
	local l n
	for l in "$L"/[0-9]*/; do
		n=$(basename "$l")
		make --no-print-directory -s -C "$l" CC=clang OUT="$BATS_TEST_TMPDIR/$n" \
			EXOUT="$BATS_TEST_TMPDIR/$n/ex" all exercises
		make --no-print-directory -s -C "$l" CC=clang OUT="$BATS_TEST_TMPDIR/$n" \
			EXOUT="$BATS_TEST_TMPDIR/$n/sol" SOLUTIONS=1 exercises
	done
}

# --- 01 the gate -----------------------------------------------------------
@test "lesson 01: gate writes its line and exits 0 (hand-written expectation)" {
	run lesson_prog 01-the-gate gate
	assert_success
	assert_output "Through the gate."
}

@test "lesson 01 vs strace: gate makes exactly execve, write, exit_group" {
	skip_unless_ptrace
	strace -qq -o "$BATS_TEST_TMPDIR/trace" "$LB/01-the-gate/gate" >/dev/null
	run cat "$BATS_TEST_TMPDIR/trace"
	[ "${#lines[@]}" -eq 3 ]
	assert_line --index 1 --regexp '^write\(1, "Through the gate.\\n", 18\) += 18$'
	assert_line --index 2 --regexp '^exit_group\(0\) += \?$'
}

@test "lesson 01: make demo (the four-way run) completes" {
	fourway 01-the-gate
	run make --no-print-directory -s -C "$L/01-the-gate" demo
	assert_success
	assert_output --partial "gate (NASM, no libc)           3 syscalls"
}

@test "lesson 01 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 01-the-gate
}

# --- 02 from C to the kernel ---------------------------------------------------
@test "lesson 02: stubs prints the raw and the C results" {
	run lesson_prog 02-c-to-kernel stubs
	assert_success
	assert_line --index 0 "sys_openat returned -2 (-2 is ENOENT)"
	assert_line --index 1 "syscall_ret gives -1, errno = 2"
	assert_line --index 2 --regexp '^sys_pwrite64\(fd [0-9]+, "four", 4, offset 100\) returned 4$'
	assert_line --index 3 --regexp '^sys_mmap returned 0x[0-9a-f]+, failed: 0$'
	assert_line --index 4 --regexp "^syscall 110 \(getppid\) returned [1-9][0-9]*, the parent's pid$"
}

@test "lesson 02: four-way run completes" {
	fourway 02-c-to-kernel
}

@test "lesson 02 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 02-c-to-kernel
}

# --- 03 files -------------------------------------------------------------------
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

@test "lesson 03: four-way run completes and counts 8193 calls for 64-byte buffers" {
	fourway 03-files
	assert_output --partial "./copy -b 64 big.txt                   8193 calls  (4097 read, 4096 write)"
	assert_output --partial "./copy -z big.txt                         2 calls  (2 sendfile)"
}

@test "lesson 03 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 03-files
}

# --- 04 when calls fail ------------------------------------------------------------
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

@test "lesson 04: four-way run completes" {
	fourway 04-when-calls-fail
	assert_output --partial "/bin/echo hello                              exit 1, stderr: /bin/echo: write error: No space left on device|"
}

@test "lesson 04 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 04-when-calls-fail
}

# --- 05 directories ------------------------------------------------------------------
@test "lesson 05 vs GNU ls -U: dents lists every name in the kernel's order, any buffer" {
	local d=$BATS_TEST_TMPDIR/dir
	mkdir "$d" && for i in $(seq 1 300); do : >"$d/name-$i-$(printf 'x%.0s' $(seq 1 $((i % 40))))"; done
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

@test "lesson 05: four-way run completes" {
	fourway 05-directories
	assert_output --partial "./dents -b 512 many                    64 getdents64 calls"
}

@test "lesson 05 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 05-directories
}

# --- 06 metadata -------------------------------------------------------------------
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

@test "lesson 06: four-way run completes" {
	fourway 06-metadata
	assert_output --partial "TZ=Asia/Tokyo        2024-03-01 08:30:00.123456789 +0900 sample/file"
}

@test "lesson 06 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 06-metadata
}

# --- 07 watching the gate --------------------------------------------------------------
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

@test "lesson 07: four-way run completes" {
	fourway 07-watching-the-gate
	assert_output --partial "ptrace(PTRACE_TRACEME): Function not implemented"
	assert_line --regexp '^  minitrace +[0-9]+ ns per syscall'
}

@test "lesson 07 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 07-watching-the-gate
}

# --- 08 emulation ------------------------------------------------------------------------
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

@test "lesson 08 vs strace: natively, auxv's clock_gettime makes no syscall (vDSO)" {
	skip_unless_ptrace
	run strace -qq -o /dev/stdout "$LB/08-emulation/auxv"
	refute_output --partial "clock_gettime("
	assert_output --partial "exit_group(0)"
}

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
