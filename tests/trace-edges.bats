#!/usr/bin/env bats
# tests/trace-edges.bats — bin/trace against strace 6.1 on the argument edges
# a sweep of every safe call with 0, -1, 0x20000, huge and unmapped arguments
# found printed otherwise (tests/rt/trace-edges.c): flags no name covers,
# unknown ids, modes, ints with a high half, unsigned lengths and times,
# kcmp's arguments by type, xattr values. Under QEMU there is no ptrace.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-edges vs strace: flags no name covers, unknown ids in hex, umode_t, int halves, unsigned lengths, kcmp, xattr values" {
	vs_strace "$BUILD/tests/trace-edges"
}

@test "trace-edges vs strace -X verbose, -X raw, -s 0, -s 31, -s 64: the same calls, buffers at a page's end" {
	vs_strace -X verbose "$BUILD/tests/trace-edges"
	vs_strace -X raw "$BUILD/tests/trace-edges"
	vs_strace -s 0 "$BUILD/tests/trace-edges"
	# buffers ending at an unmapped page: read one byte past -s
	vs_strace -s 31 -e trace=add_key,writev "$BUILD/tests/trace-edges"
	vs_strace -s 64 -e trace=add_key,writev "$BUILD/tests/trace-edges"
}

@test "trace -e inject= vs strace: the kernel's own errno codes past 511 by name and number (ENOTSUPP: 'Unknown error 524')" {
	local e
	for e in 515 ENOTSUPP 519 ERECALLCONFLICT EPROBE_DEFER ERESTART_RESTARTBLOCK 531; do
		vs_strace -e trace=getppid -e inject=getppid:error=$e:when=2..3 "$BUILD/tests/trace-getppid" 4
	done
}
