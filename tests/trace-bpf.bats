#!/usr/bin/env bats
# tests/trace-bpf.bats — bpf(2)'s union bpf_attr as bin/trace decodes it
# (src/trace/bpf.c), against real strace 6.1 line by line:
# tests/rt/trace-bpf.c makes the calls (every command, every size of the
# attr, every name and flag bit, the per-type unions, calls the kernel
# answers) and bin/trace-vs-strace compares the two logs.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-bpf vs strace: every command's attr, NULL, unmapped, half-mapped, past a page, unknown commands" {
	vs_strace -e trace=bpf "$RT/trace-bpf" attr
}

@test "trace-bpf vs strace: a short attr shows the fields its size reaches" {
	vs_strace -e trace=bpf "$RT/trace-bpf" sizes
}

@test "trace-bpf vs strace: the bytes past a command's struct with -v (extra_data)" {
	vs_strace -v -e trace=bpf "$RT/trace-bpf" attr
}

@test "trace-bpf vs strace: map, program, attach and fd types; every flag bit of every field; -X verbose" {
	vs_strace -e trace=bpf "$RT/trace-bpf" names
	vs_strace -X verbose -e trace=bpf "$RT/trace-bpf" names
}

@test "trace-bpf vs strace: LINK_CREATE's unions, names and strings cut, arrays, KERNEL_VERSION; -X raw, -s 5" {
	vs_strace -e trace=bpf "$RT/trace-bpf" union
	vs_strace -X raw -e trace=bpf "$RT/trace-bpf" union
	vs_strace -s 5 -e trace=bpf "$RT/trace-bpf" union
}

@test "trace-bpf vs strace: what the kernel writes back (info_len, batch count, prog_cnt) shown at the exit; -y" {
	[ "$(id -u)" = 0 ] || skip "bpf(2) needs root for maps and programs"
	vs_strace -e trace=bpf "$RT/trace-bpf" kernel
	vs_strace -y -e trace=bpf "$RT/trace-bpf" kernel
}

@test "trace-bpf vs strace: -y names the descriptors in the attr and the results that are descriptors" {
	vs_strace -y -e trace=bpf "$RT/trace-bpf" attr
	vs_strace -y -e trace=bpf "$RT/trace-bpf" union
}

@test "trace-bpf vs strace: -v shows PROG_LOAD's instructions: each code's class, size, mode, source, operation; registers" {
	vs_strace -v -e trace=bpf "$RT/trace-bpf" insns
	vs_strace -v -X raw -e trace=bpf "$RT/trace-bpf" insns
	vs_strace -v -X verbose -e trace=bpf "$RT/trace-bpf" insns
}

@test "trace-bpf vs strace: -v shows a map's info from OBJ_GET_INFO_BY_FD as far as info_len reaches" {
	[ "$(id -u)" = 0 ] || skip "bpf(2) needs root for maps"
	vs_strace -v -e trace=bpf "$RT/trace-bpf" info
	vs_strace -v -X raw -e trace=bpf "$RT/trace-bpf" info
}
