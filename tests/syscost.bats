#!/usr/bin/env bats
# syscost: its numbers are never asserted (they are this machine's, now);
# what is: the table's shape, GNU-form errors, and — against strace and
# qemu -strace — that each method really made (or did not make) its syscall.
load helper

QEMU_NEW=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
[ -x "$QEMU_NEW" ] || QEMU_NEW=/opt/qemu-new/usr/bin/qemu-x86_64

num='[0-9]+\.[0-9]'

@test "syscost --help: the usage line and every option (hand-written expectation)" {
	run sg syscost --help
	assert_success
	assert_line --index 0 "syscost — what a system call costs, against the vDSO and a function call"
	assert_line "Usage: syscost [OPTION]..."
	for o in "-n, --calls=N" "-r, --runs=N" "-m, --method=M" "-t, --traced" "--help" "--version"; do
		assert_output --partial "  $o"
	done
}

@test "syscost: the table has one line per method, ns and ticks per call" {
	run sg syscost -n 2000 -r 3
	assert_success
	assert_line "2000 calls per run, median of 3 runs"
	assert_line "untraced:"
	assert_line --regexp "^  syscall +getppid, syscall instruction +$num +$num$"
	assert_line --regexp "^  clock-syscall +clock_gettime, real syscall +$num +$num$"
	assert_line --regexp "^  function +function call, empty +$num +$num$"
	# qemu-user 7.2 maps no vDSO for an x86-64 guest; 8.2 and later map one
	# (whose clock_gettime is a syscall, shown by the test below)
	if [ -n "${SG_QEMU:-}" ] && qemu-x86_64 --version | grep -q 'version [0-7]\.\|version 8\.[01]\.'; then
		assert_line "no vDSO: AT_SYSINFO_EHDR is absent"
		assert_line --regexp "^  vdso +clock_gettime, through the vDSO +no vDSO here$"
	else
		assert_line --regexp "^vDSO at 0x[0-9a-f]+ \(AT_SYSINFO_EHDR\); __vdso_clock_gettime at vDSO\+0x[0-9a-f]+$"
		assert_line --regexp "^  vdso +clock_gettime, through the vDSO +$num +$num$"
		assert_line --regexp "^  a syscall costs $num vDSO calls$"
	fi
}

# bats test_tags=native-only
@test "syscost under QEMU >= 8.2: a vDSO is there, and its clock_gettime is a syscall (qemu -strace)" {
	skip_under_qemu "this test runs the newer QEMU itself, once, in the native pass"
	[ -x "$QEMU_NEW" ] || skip "no QEMU 10 at $QEMU_NEW (.ci/fetch-qemu fetches it)"
	run "$QEMU_NEW" -0 syscost "$BIN/syscost" -n 100 -r 1 -m vdso
	assert_success
	assert_line --regexp "^vDSO at 0x[0-9a-f]+ \(AT_SYSINFO_EHDR\); __vdso_clock_gettime at vDSO\+0x[0-9a-f]+$"
	"$QEMU_NEW" -strace -D "$BATS_TEST_TMPDIR/q" "$BIN/syscost" -n 100 -r 1 -m vdso >/dev/null
	# 100 calls in the loop, and the vDSO clock around it
	[ "$(grep -c ' clock_gettime(' "$BATS_TEST_TMPDIR/q")" -ge 100 ]
}

# bats test_tags=native-only
@test "syscost vs strace -c: the vdso method makes no clock_gettime syscall, the others make theirs" {
	skip_unless_ptrace
	local c=$BATS_TEST_TMPDIR/c
	strace -c -o "$c" "$BIN/syscost" -n 1000 -r 3 -m vdso >/dev/null
	! grep -q clock_gettime "$c"
	strace -c -o "$c" "$BIN/syscost" -n 1000 -r 3 -m clock-syscall >/dev/null
	grep -Eq '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +3000 +clock_gettime$' "$c"
	strace -c -o "$c" "$BIN/syscost" -n 1000 -r 3 -m syscall >/dev/null
	grep -Eq '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +3000 +getppid$' "$c"
	strace -c -o "$c" "$BIN/syscost" -n 1000 -r 3 -m function >/dev/null
	! grep -Eq 'getppid|clock_gettime' "$c"
}

@test "syscost vs qemu-x86_64 7.2 -strace: with no vDSO the clock is a syscall, getppid is counted" {
	command -v qemu-x86_64 >/dev/null || skip "qemu-x86_64 is not installed"
	qemu-x86_64 -strace -D "$BATS_TEST_TMPDIR/q" "$BIN/syscost" -n 500 -r 2 -m syscall >/dev/null
	[ "$(grep -c ' getppid()' "$BATS_TEST_TMPDIR/q")" -eq 1000 ]
}

# bats test_tags=native-only
@test "syscost --traced: a second table, and the tracer counts two stops per syscall" {
	skip_unless_ptrace
	run sg syscost -n 1000 -r 2 -m syscall --traced
	assert_success
	assert_line "traced (every syscall stops twice; each stop switches to the tracer and back):"
	# 2000 getppid, each an entry and an exit stop; then the clock and write
	local stops
	stops=$(sed -n 's/^  the tracer saw \([0-9]*\) syscall stops$/\1/p' <<<"$output")
	[ "$stops" -ge 4000 ] && [ "$stops" -le 4020 ]
}

@test "syscost --traced under qemu-user: ptrace is missing, said in one line (hand-written expectation)" {
	[ -n "${SG_QEMU:-}" ] || skip "only in the qemu pass: natively ptrace works"
	run sg syscost -n 10 -r 1 -t
	assert_failure 1
	assert_line "syscost: ptrace: Function not implemented"
}

@test "syscost: GNU-form errors for a bad option, number, method and operand" {
	run sg syscost -x
	assert_failure 1
	assert_output "syscost: invalid option -- 'x'
Try 'syscost --help' for more information."
	run sg syscost -n 12x
	assert_failure 1
	assert_output "syscost: invalid number of calls: '12x'"
	run sg syscost --runs=0
	assert_failure 1
	assert_output "syscost: invalid number of runs: '0'"
	run sg syscost --method=fast
	assert_failure 1
	assert_output "syscost: invalid argument 'fast' for '--method'
Valid arguments are:
  - 'syscall'
  - 'clock-syscall'
  - 'vdso'
  - 'function'
Try 'syscost --help' for more information."
	run sg syscost now
	assert_failure 1
	assert_output "syscost: extra operand 'now'
Try 'syscost --help' for more information."
}

@test "syscost: a write error is reported as GNU tools report it (hand-written expectation)" {
	to_full() { sg syscost -n 10 -r 1 >/dev/full; }
	run to_full
	assert_failure 1
	assert_output "syscost: write error: No space left on device"
}
