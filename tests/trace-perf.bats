#!/usr/bin/env bats
# tests/trace-perf.bats — structs bin/trace prints field by field as strace
# 6.1 does, against real strace line by line (bin/trace-vs-strace):
# tests/rt/trace-perf.c makes the calls. perf_event_open's attr, the
# arguments of io_uring_register on a real ring, landlock's attrs.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-perf vs strace: perf_event_attr by type, sizes (0, below VER0, between, past VER7, E2BIG's size back), unreadable tails, abbreviated; -X raw" {
	vs_strace "$RT/trace-perf" perf
	vs_strace -X raw "$RT/trace-perf" perf
}

@test "trace-perf vs strace -v: perf_event_attr's every field, those a size leaves out, the ones shown by a flag (clockid, branch_sample_type, sample_stack_user, bp_*); -X verbose (a flag set longer than 512 bytes)" {
	vs_strace -v "$RT/trace-perf" perf
	vs_strace -X verbose "$RT/trace-perf" perf
}

@test "trace-perf vs strace: landlock_ruleset_attr (sizes below, at and past it), landlock_path_beneath_attr on a ruleset made, plain, -y, -e verbose=none (addresses)" {
	vs_strace "$RT/trace-perf" landlock
	vs_strace -y "$RT/trace-perf" landlock
	vs_strace -e verbose=none "$RT/trace-perf" landlock
}

# io_uring_disabled: 0 all may make rings, 1 only privileged ones, 2 no one
uring_usable() {
	local d
	d=$(cat /proc/sys/kernel/io_uring_disabled 2>/dev/null) || return 0
	[ "$d" = 0 ] || { [ "$d" = 1 ] && [ "$(id -u)" = 0 ]; }
}

@test "trace-perf vs strace: io_uring_register's arguments per opcode on a real ring (iovecs, fds, updates, probe at the exit, restrictions, worker limits => old ones, ring fds, *2 structs), io_uring_setup's params; plain, -v -y, -X raw -s 1 (reserved arrays cut), -e verbose=none (no => after an address)" {
	uring_usable || skip "io_uring is disabled here"
	vs_strace "$RT/trace-perf" uring
	# options paired to stay under 2 s: each pair's effects do not meet
	vs_strace -v -y "$RT/trace-perf" uring
	vs_strace -X raw -s 1 "$RT/trace-perf" uring
	vs_strace -e verbose=none "$RT/trace-perf" uring
}
