#!/usr/bin/env bats
# tests/trace-files.bats — bin/trace against strace 6.1 on the structs and
# strings of the file, process-setup and admin calls (tests/rt/trace-files.c):
# struct tails ("???" when unreadable, "/* bytes N..M */"), clone3's
# clone_args, openat2, mount_setattr, quotactl's structs, keyctl's commands,
# strings of a fixed kernel limit (memfd_create, reboot, fsconfig), fcntl's
# lease and signal commands, execve's unterminated arrays, kexec_load,
# _sysctl, syslog's level, mknod's device, statx by stx_mask.
# Under QEMU there is no ptrace.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-files vs strace: struct tails, clone3, openat2, mount_setattr, quotactl, keyctl, kernel-limited strings, fcntl, execve's arrays" {
	vs_strace "$BUILD/tests/trace-files"
}

@test "trace-files vs strace -v, -y, -X verbose, -X raw, -s 0, -s 300: the same calls" {
	vs_strace -v "$BUILD/tests/trace-files"
	vs_strace -y "$BUILD/tests/trace-files"
	vs_strace -X verbose "$BUILD/tests/trace-files"
	vs_strace -X raw "$BUILD/tests/trace-files"
	vs_strace -s 0 "$BUILD/tests/trace-files"
	vs_strace -s 300 "$BUILD/tests/trace-files"
}
