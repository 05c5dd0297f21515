#!/usr/bin/env bats
# tests/trace-ipc.bats — bin/trace's System V IPC (src/trace/ipc.c) and aio
# (src/trace/aio.c) decoders against real strace 6.1, line by line:
# tests/rt/trace-ipc.c and tests/rt/trace-aio.c make raw calls with edge-case
# arguments, and bin/trace-vs-strace compares the two tracers' logs (the IPC
# structs' pids and times masked). trace-ipc works in an IPC namespace of its
# own (unshare needs root), so that its ids are the same in both runs.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

skip_unless_root() {
	[ "$(id -u)" -eq 0 ] || skip "unshare(CLONE_NEWIPC) needs root"
}

@test "trace-ipc vs strace: msgget msgsnd msgrcv msgctl (msqid_ds, msginfo, flags, commands)" {
	skip_unless_root
	vs_strace "$RT/trace-ipc" msg
	vs_strace -v "$RT/trace-ipc" msg
}

@test "trace-ipc vs strace: semget semop semtimedop semctl (sembuf arrays cut and unreadable, semid_ds, seminfo)" {
	skip_unless_root
	vs_strace "$RT/trace-ipc" sem
	vs_strace -v "$RT/trace-ipc" sem
	vs_strace -s 2 "$RT/trace-ipc" sem
}

@test "trace-ipc vs strace: shmget (SHM_HUGE_* sizes) shmat shmdt shmctl (shmid_ds, shminfo, shm_info)" {
	skip_unless_root
	vs_strace "$RT/trace-ipc" shm
	vs_strace -v "$RT/trace-ipc" shm
}

@test "trace-ipc vs strace -X raw and -X verbose: every IPC flag and command as a number" {
	skip_unless_root
	vs_strace -X raw "$RT/trace-ipc"
	vs_strace -X verbose "$RT/trace-ipc"
}

@test "trace-ipc: the masks hide only the pids and times (the structs are decoded)" {
	skip_unless_root
	run "$BIN/trace" -e trace=msgctl,shmctl,semctl -o out "$RT/trace-ipc"
	[ "$status" -eq 0 ]
	grep -q '^msgctl(0, IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, msg_stime=[1-9]' out
	grep -q '^semctl(0, 0, IPC_INFO, {semmap=' out
	grep -q '^shmctl(0, SHM_INFO, {used_ids=2, ' out
}

@test "trace-aio vs strace: io_setup io_submit (each command's iocb) io_getevents io_pgetevents io_cancel io_destroy" {
	vs_strace "$RT/trace-aio"
	vs_strace -v "$RT/trace-aio"
	vs_strace -s 1 "$RT/trace-aio"
	vs_strace -y "$RT/trace-aio"	# aio_fildes and IOCB_FLAG_RESFD's aio_resfd are descriptors
}

@test "trace-aio vs strace -X raw and -X verbose" {
	vs_strace -X raw "$RT/trace-aio"
	vs_strace -X verbose "$RT/trace-aio"
}
