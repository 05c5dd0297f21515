#!/usr/bin/env bats
# tests/trace-decode.bats — bin/trace's decoders against real strace 6, line
# by line, the way strace tests itself: tests/rt/trace-decode.c makes raw
# calls with edge-case arguments (bad descriptors, NULL and unmapped
# pointers, unknown commands, flags no name covers) and bin/trace-vs-strace
# compares the two tracers' logs. One test per family of calls (issue 17).
# Under qemu-x86_64 there is no ptrace: these tests skip there.
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

# vs_strace [TRACE OPTIONS] PROG [ARGS]: every strace line printed the same
vs_strace() {
	run "$BIN/trace-vs-strace" "$@"
	if [ "$status" -ne 0 ] || ! [[ ${lines[-1]} =~ ^([0-9]+)/([0-9]+)\ lines\ identical$ ]] ||
		[ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ] || [ "${BASH_REMATCH[2]}" -eq 0 ]; then
		echo "trace differs from strace for: $*"
		echo "$output" | head -60
		return 1
	fi
}

@test "trace-decode vs strace: add_key, request_key, keyctl" {
	vs_strace "$RT/trace-decode" keys
}

@test "trace-decode vs strace: fsopen, fsconfig, fsmount, fspick, open_tree, move_mount, mount_setattr, mount, swapon, acct" {
	vs_strace "$RT/trace-decode" mount
}

@test "trace-decode vs strace: init_module, finit_module, delete_module, kexec_load, kexec_file_load" {
	vs_strace "$RT/trace-decode" module
}

@test "trace-decode vs strace: mq_open, mq_unlink, mq_timedsend, mq_timedreceive, mq_notify, mq_getsetattr" {
	vs_strace "$RT/trace-decode" mq
}

@test "trace-decode vs strace: io_uring_setup, io_uring_enter, io_uring_register" {
	vs_strace "$RT/trace-decode" uring
}

@test "trace-decode vs strace: bpf, perf_event_open, fanotify_init, fanotify_mark, landlock_*" {
	vs_strace "$RT/trace-decode" bpf
}

@test "trace-decode vs strace: ptrace's requests and their arguments" {
	vs_strace "$RT/trace-decode" ptrace
}

@test "trace-decode vs strace: memfd_create, pidfd_*, robust lists, futex_waitv, adjtimex, syslog, reboot, file handles" {
	vs_strace "$RT/trace-decode" misc
}

@test "trace-decode vs strace: sendmmsg and recvmmsg (partial sends, names in and out, the timeout left)" {
	vs_strace "$RT/trace-decode" mmsg
	vs_strace -s 3 "$RT/trace-decode" mmsg
}

@test "trace-decode vs strace: sched_setattr/sched_getattr (sizes, KEEP flags, E2BIG's size back), io_setup" {
	vs_strace "$RT/trace-decode" sched
}

@test "trace-decode vs strace -X raw: every family's arguments as numbers" {
	vs_strace -X raw "$RT/trace-decode"
}

@test "trace-decode vs strace: AT_ flags of unlinkat/linkat, mknod modes, SysV ctl commands per family, shmget's huge pages, uids as unsigned, tv_nsec, getdents' count" {
	vs_strace "$RT/trace-decode" tables
}

@test "trace-decode vs strace: prctl's options, each with its arguments (all -1), plain and -X raw" {
	vs_strace "$RT/trace-decode" prctl
	vs_strace -X raw "$RT/trace-decode" prctl
}

@test "trace-decode vs strace: ioctl request names from the UAPI headers, arguments as NULL or number by family, plain and -X raw" {
	vs_strace "$RT/trace-decode" ioctl
	vs_strace -X raw "$RT/trace-decode" ioctl
}

@test "trace-decode vs strace: calls no kernel implements, with the argument count strace gives each" {
	vs_strace "$RT/trace-decode" gone
}
