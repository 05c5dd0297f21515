#!/usr/bin/env bats
# tests/trace-decode.bats — bin/trace's decoders against real strace 6, line
# by line, the way strace tests itself: tests/rt/trace-decode.c makes raw
# calls with edge-case arguments (bad descriptors, NULL and unmapped
# pointers, unknown commands, flags no name covers) and bin/trace-vs-strace
# compares the two tracers' logs. One test per family of calls (issue 17).
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
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

@test "trace-decode vs strace: clock_settime, settimeofday, futimesat, utimes, epoll_pwait2, vmsplice, NUMA calls, pkey_mprotect, process_madvise, remap_file_pages, LDT and TLS entries, ustat" {
	vs_strace "$RT/trace-decode" more
}

# -X verbose and -v (issue 17's largest group of refused options). The
# programs below print the same under both tracers from run to run; files
# the program creates (their inodes, their times) are kept out or masked.
@test "trace-decode vs strace -X verbose: every family's constants as number and name, the composites (QCMD, makedev, IOPRIO_PRIO_VALUE) commented" {
	vs_strace -X verbose "$RT/trace-decode"
	vs_strace -X verbose "$RT/trace-decode" prctl
	vs_strace --const-print-style=verbose "$RT/trace-decode" ioctl
}

@test "trace vs strace -X verbose and -X raw on real programs: ls -l, cat, python3, the call and signal programs" {
	echo x >in.txt
	for x in verbose raw; do
		vs_strace -X "$x" ls -l /usr
		vs_strace -X "$x" cat in.txt /nonexistent
		vs_strace -X "$x" /usr/bin/python3 -c 'import os, socket; print(os.listdir("/")); socket.socket().close()'
		vs_strace -X "$x" "$RT/trace-calls"
		vs_strace -X "$x" "$RT/trace-more" 3</dev/null 4</dev/null
		vs_strace -X "$x" "$RT/trace-signals" stop
		vs_strace -X "$x" "$RT/trace-signals" segv
	done
	vs_strace -X verbose -e decode-fds=path -e trace=openat,newfstatat,read cat in.txt
	# utimensat's UTIME_NOW and UTIME_OMIT: the struct with -X raw, both with -X verbose
	for x in abbrev raw verbose; do
		vs_strace -X "$x" -e trace=utimensat touch -a in.txt
	done
	# umask's octal result, 000 when it was 0, in every style
	umask 0
	for x in abbrev raw verbose; do
		vs_strace -X "$x" -e trace=umask mkdir -p d/a
	done
}

@test "trace vs strace -v: stat and statx in full with their dates, execve's environment, getdents64's records, uname, getrusage, arrays not cut" {
	echo x >in.txt
	vs_strace -v "$RT/trace-decode"
	# (the file it makes has another inode in each run)
	vs_strace -v -e 'trace=!fstat,newfstatat' "$RT/trace-calls"
	vs_strace -v ls -l /usr
	vs_strace -v cat in.txt /nonexistent
	vs_strace -v -s 4 "$BIN/env"
	# its standard error is trace-vs-strace's own file, another inode per tracer
	vs_strace -v -e 'trace=!newfstatat' /usr/bin/python3 -c 'import os, resource; os.listdir("/usr"); os.uname(); resource.getrusage(0)'
	vs_strace -v -X verbose ls -l /usr
	# getdents (the old record: d_type last), a failing one, an empty one
	local gd='import ctypes, os; c = ctypes.CDLL(None); fd = os.open("/usr", os.O_RDONLY); b = ctypes.create_string_buffer(4096)
for f in (fd, fd, -1): c.syscall(78, f, b, 4096)'
	for o in "" -v "-v -X verbose" "-v -X raw"; do
		# shellcheck disable=SC2086
		vs_strace $o -e trace=getdents /usr/bin/python3 -c "$gd"
	done
	# termios: c_line and c_cc with -v; the delay fields named one by one
	local tty='import os, pty, termios; m, s = pty.openpty(); termios.tcgetattr(s)'
	for o in "" -v "-X verbose" "-X raw" "-v -X verbose" "-v -X raw"; do
		# shellcheck disable=SC2086
		vs_strace $o -e trace=ioctl /usr/bin/python3 -c "$tty"
	done
}

@test "trace vs strace: --no-abbrev, -e abbrev=none, -e abbrev=SET (only these calls abbreviated), -e verbose=all" {
	vs_strace --no-abbrev ls -l /usr
	vs_strace -e abbrev=none cat /etc/hostname
	vs_strace -e abbrev=execve,statx ls -l /usr
	vs_strace -e 'abbrev=!newfstatat' ls -l /usr
	vs_strace -e verbose=all ls -l /usr
}

# tests/rt/trace-pidns.c: every call that takes or returns a pid, from pid 1
# and 2 of a new pid namespace (root only), and a zombie asked about by its
# pid, group and session; --decode-pids=pidns adds trace's numbers, -Y the
# command names (trace-vs-strace masks trace's own name before the exec)
pidns_or_skip() {
	"$RT/trace-pidns" || skip "no new pid namespace here (status $?: not root?)"
}

@test "trace-pidns vs strace --decode-pids=pidns, --pidns-translation: pids from inside a pid namespace with trace's numbers" {
	pidns_or_skip
	vs_strace -f --decode-pids=pidns "$RT/trace-pidns"
	vs_strace -f --pidns-translation "$RT/trace-pidns"
	vs_strace -f -e decode-pids=pidns "$RT/trace-pidns"
}

@test "trace-pidns vs strace -Y, --decode-pids=comm,pidns: command names after pids and in the prefix" {
	pidns_or_skip
	vs_strace -f -Y "$RT/trace-pidns"
	vs_strace -f --decode-pids=comm,pidns "$RT/trace-pidns"
	vs_strace -f --decode-pids=all -X raw "$RT/trace-pidns"
	# the last of -Y and --pidns-translation wins, as in strace
	vs_strace -f -Y --pidns-translation "$RT/trace-pidns"
	vs_strace -f --pidns-translation -Y "$RT/trace-pidns"
	# on real programs: a shell in a new namespace forking, waiting, killing
	# (each child sleeps so that its SIGCHLD always lands inside the shell's
	# wait4: a child that exits at once may beat the shell to it in one
	# tracer's run and not in the other's)
	vs_strace -f --decode-pids=pidns unshare --pid --fork sh -c 'kill -0 $$; sleep 0.2 & wait'
	vs_strace -f --pidns-translation unshare --user --pid --fork --map-root-user sh -c 'kill -0 $$; sleep 0.2'
	vs_strace -f -Y sh -c 'kill -0 $$; sleep 0.2'
}

@test "trace-pidns comm vs strace -Y: prctl(PR_SET_NAME) renames the prefix (escaped), a write to /proc/self/comm does not" {
	vs_strace -f -Y "$RT/trace-pidns" comm
	vs_strace -Y "$RT/trace-pidns" comm
	vs_strace -f -Y -e trace=kill "$RT/trace-pidns" comm
}

# Both tracers run as pid 1 of their own namespace under "unshare -Urpf":
# /proc is then the parent namespace's (its entries named by other numbers),
# and the program's orphans come to the tracer to reap ("Exit of unknown
# pid N ignored", not a "+++ exited" line)
@test "trace-pidns vs strace under unshare -Urpf: --decode-pids=pidns and -y through a /proc of another namespace" {
	unshare -Urpf true || skip "unshare -Urpf: no user namespaces here"
	pidns_or_skip
	mkdir wrap
	printf '#!/bin/sh\nexec unshare -Urpf %s "$@"\n' "$(command -v strace)" >wrap/strace
	printf '#!/bin/sh\nexec unshare -Urpf %s "$@"\n' "$BIN/trace" >wrap/trace
	chmod +x wrap/strace wrap/trace
	PATH=$PWD/wrap:$PATH TRACE=$PWD/wrap/trace vs_strace -f --decode-pids=pidns "$RT/trace-pidns"
	PATH=$PWD/wrap:$PATH TRACE=$PWD/wrap/trace vs_strace -f --pidns-translation "$RT/trace-pidns"
	# a zombie no one reaps (its parent exec'd), adopted by the tracer when
	# the parent exits: its exit comes again, to a tracer that has let it
	# go; trace ignores it as strace does, one "+++ exited" line for each
	# process, as strace's
	local prog='/bin/true & exec sleep 0.3'
	wrap/trace -f -o log -e trace=none sh -c "$prog" 2>err
	grep -qx "$BIN/trace: Exit of unknown pid [0-9]* ignored" err
	wrap/strace -f -o slog -e trace=none sh -c "$prog" 2>serr
	grep -qx '.*strace: Exit of unknown pid [0-9]* ignored' serr
	[ "$(grep -c '+++ exited' log)" = "$(grep -c '+++ exited' slog)" ]
	# -qq (quiet=exit) says nothing of it
	wrap/trace -f -qq -o log -e trace=none sh -c "$prog" 2>err
	! grep -q 'Exit of unknown' err
}

@test "trace waits for a child it inherited, and says it ignores its exit, as strace" {
	start=$(date +%s%N)
	sh -c 'sleep 0.5 & exec "$0" -o /dev/null true' "$BIN/trace" 2>err
	[ $(( ($(date +%s%N) - start) / 1000000 )) -ge 450 ]
	grep -qx "$BIN/trace: Exit of unknown pid [0-9]* ignored" err
	sh -c 'sleep 0.5 & exec "$0" -o /dev/null true' "$(command -v strace)" 2>serr
	grep -qx '.*strace: Exit of unknown pid [0-9]* ignored' serr
}
