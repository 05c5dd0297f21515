#!/usr/bin/env bats
# tests/trace-prctl.bats — bin/trace against strace 6.1 on the prctl family
# (tests/rt/trace-prctl.c): prctl's options and the results of its GET
# options, the task name's 15 bytes, arch_prctl's xfeatures, personality's
# domain and flags, seccomp's operations, classic BPF programs (seccomp
# filters and a socket's SO_ATTACH_FILTER/SO_GET_FILTER, with -v), ptrace's
# requests on a process not traced (siginfos of every kind, regsets,
# PEEKSIGINFO, seccomp metadata). Under QEMU there is no ptrace.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-prctl vs strace: prctl options, task name, arch_prctl, personality, seccomp, socket filters, ptrace's siginfos and regsets" {
	vs_strace "$BUILD/tests/trace-prctl"
	vs_strace -X verbose "$BUILD/tests/trace-prctl"
	vs_strace -X raw "$BUILD/tests/trace-prctl"
}

@test "trace-prctl vs strace -v: the BPF programs' instructions, seccomp actions, SKF_ offsets" {
	vs_strace -v "$BUILD/tests/trace-prctl"
	vs_strace -v -X verbose "$BUILD/tests/trace-prctl"
	vs_strace -v -X raw "$BUILD/tests/trace-prctl"
}

@test "trace-prctl vs strace -s: the task name read no further than -s shows" {
	local s
	for s in 0 4 14 15 16; do
		vs_strace -s $s "$BUILD/tests/trace-prctl"
	done
}

@test "trace-prctl vs strace -e inject=: the GET options' and REQ_XCOMP_PERM's results decoded" {
	local r x
	for r in 0 1 0x2ff 0x1002f 0x57ae57f4; do
		for x in abbrev verbose raw; do
			vs_strace -X $x -e trace=prctl,arch_prctl -e inject=prctl,arch_prctl:retval=$r \
				"$BUILD/tests/trace-prctl"
		done
	done
}
