#!/usr/bin/env bats
# tests/trace-misc.bats — bin/trace against strace 6.1 on assorted decoders
# (tests/rt/trace-misc.c): time(2)'s stored value and date, times(2)'s clock
# ticks with their seconds, wait statuses (WIFCONTINUED) and the rusage
# shown only for a reaped child, waitid's unsigned tv_usec, listxattr with
# size 0, futex ops no name covers, clone's CLONE_PIDFD, HID requests with a
# length; an injected retval= as a success; -d's "invalid syscall"; -o
# '|CMD' and --silence=; calls through int 0x80 (tests/rt/trace-int80.asm).
# Under QEMU there is no ptrace.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "trace-misc vs strace: time's [value /* date */], wait statuses and rusage, waitid's tv_usec, listxattr size 0, futex FUTEX_???, CLONE_PIDFD, HIDIOCGPHYS(8)" {
	vs_strace -e signal=none "$BUILD/tests/trace-misc"
	vs_strace -e signal=none -v "$BUILD/tests/trace-misc"
	vs_strace -e signal=none -y "$BUILD/tests/trace-misc"
}

@test "trace-misc vs strace -X verbose and -X raw: the same calls" {
	vs_strace -e signal=none -X verbose "$BUILD/tests/trace-misc"
	vs_strace -e signal=none -X raw "$BUILD/tests/trace-misc"
}

@test "trace -e inject=...:retval= vs strace: a made-up result is a success, -2 too (unsigned, pids signed, umask octal)" {
	local l=getuid,getpgrp,sched_yield,umask,getcwd,alarm,time,times
	vs_strace -e trace=$l -e inject=$l:retval=0xfffffffffffffffe "$BUILD/tests/trace-misc"
	vs_strace -e trace=$l -e inject=$l:retval=0xffffffff "$BUILD/tests/trace-misc"
	vs_strace -e trace=$l -e inject=$l:error=ENOENT "$BUILD/tests/trace-misc"
}

@test "trace times: each count of clock ticks, then its seconds in a comment when not 0 (none under -X raw)" {
	run "$BIN/trace" -e trace=times "$BUILD/tests/trace-misc"
	local f='(0|([1-9][0-9]*) /\* [0-9]+\.[0-9]{2} s \*/)'
	assert_line --regexp "^times\(\{tms_utime=$f, tms_stime=$f, tms_cutime=$f, tms_cstime=$f\}\) += [0-9]+$"
	assert_line --regexp '^times\(\{tms_utime=[1-9][0-9]* /\* '
	run "$BIN/trace" -X raw -e trace=times "$BUILD/tests/trace-misc"
	assert_line --regexp '^times\(\{tms_utime=[0-9]+, tms_stime=[0-9]+, tms_cutime=[0-9]+, tms_cstime=[0-9]+\}\) += [0-9]+$'
}

@test "trace -d vs strace -d: 'NAME: pid N invalid syscall 0x3e8' for a number no call has" {
	strace -d -e trace=none "$BUILD/tests/trace-misc" 2>&1 >/dev/null | grep 'invalid syscall' |
		sed -E 's/^[^:]*: pid [0-9]+ /NAME: pid PID /' >want
	"$BIN/trace" -d -e trace=none "$BUILD/tests/trace-misc" 2>&1 >/dev/null | grep 'invalid syscall' |
		sed -E "s|^$BIN/trace: pid [0-9]+ |NAME: pid PID |" >got
	[ -s want ]
	diff want got || { echo "want: $(cat want) got: $(cat got)"; return 1; }
}

@test "trace -o '|CMD' and --silence=exits vs strace: the trace goes to a shell's stdin, done before trace ends" {
	strace -e signal=none -o '|grep -c ^futex >want' "$BUILD/tests/trace-misc"
	"$BIN/trace" -e signal=none -o '|grep -c ^futex >got' "$BUILD/tests/trace-misc"
	[ "$(cat want)" -gt 0 ]
	diff want got || { echo "want: $(cat want) got: $(cat got)"; return 1; }
	"$BIN/trace" -e signal=none -o '!cat >got2' "$BUILD/tests/trace-misc"
	[ "$(grep -c ^futex got2)" = "$(cat want)" ]
	# --silence= and --silent= are strace's long names for -e quiet=
	run "$BIN/trace" -e signal=none --silence=exits -e trace=getuid "$BUILD/tests/trace-misc"
	assert_success
	assert_line --regexp '^getuid\(\) += [0-9]+$'
	refute_line --partial '+++ exited'
	run "$BIN/trace" -e signal=none --silent=exits -e trace=getuid "$BUILD/tests/trace-misc"
	refute_line --partial '+++ exited'
}

@test "trace vs strace: calls through int 0x80 (tests/rt/trace-int80.asm): i386's names, '[ Process PID=N runs in 32 bit mode. ]' unless quiet, -e trace= by i386's names, NAME@32, NAME@64, classes, regexes" {
	local P=$BUILD/tests/trace-int80 e
	run "$P"
	[ "$status" -eq 0 ] || skip "int 0x80 is not i386's door here (status $status: no IA-32 emulation)"
	vs_strace "$P"
	for e in getgid32 getpid getpid@32 getpid@64 'getpid,getppid@64' '%creds' '%file' '/^get' '!write' '200' 'write@32,close' '?nosuch,getgid32@32'; do
		vs_strace -e trace="$e" "$P"
	done
	vs_strace -q "$P"
	# without -o the personality lines show, to stderr as strace's
	strace "$P" 2>s.err >/dev/null
	"$BIN/trace" "$P" 2>t.err >/dev/null
	diff <(sed '1d; s/[0-9]\{3,\}/N/g; s/  *= / = /' s.err) <(sed '1d; s/[0-9]\{3,\}/N/g; s/  *= / = /' t.err)
	grep -q '^\[ Process PID=[0-9]* runs in 32 bit mode\. \]$' t.err
	grep -q '^\[ Process PID=[0-9]* runs in 64 bit mode\. \]$' t.err
	# -q and -e quiet=personality leave them out; -e trace=none too for the calls
	for e in -q -e\ quiet=personality '-e trace=getppid'; do
		strace $e "$P" 2>s.err >/dev/null
		"$BIN/trace" $e "$P" 2>t.err >/dev/null
		diff <(sed '1d; s/[0-9]\{3,\}/N/g; s/  *= / = /' s.err) <(sed '1d; s/[0-9]\{3,\}/N/g; s/  *= / = /' t.err) || { echo "differ with $e"; return 1; }
	done
}
