#!/usr/bin/env bats
# tests/trace-faults.bats — bin/trace under faults, against strace 6.1: signals to
# the tracer (-I), an output that cannot be written, huge -s, long paths, a
# program's own seccomp filter, ^C to a program that blocks every signal,
# exec from a thread, -f -o, -p on a threaded process, a thread among 16
# that loop on a call (starvation). The programs are
# tests/rt/trace-faults.c (raw calls); both tracers run the same one and their
# logs are compared line by line after masking what differs between two runs.
# ptrace does not exist under qemu-user: those tests skip in the qemu passes.
load helper
bats_require_minimum_version 1.5.0

F=$BUILD/tests/trace-faults

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# what differs between two runs: addresses, pids, the environment count
mask() {
	sed -E 's/0x[0-9a-f]{6,}/0xADDR/g; s/\/\* [0-9]+ vars \*\//\/* N vars *\//
		s/^[0-9]+ +/PID /; s/(pid|Process) [0-9]+/\1 PID/g; s/= [0-9]{3,}$/= PID/' "$1"
}

# same_log A B: masked logs identical
same_log() {
	if ! diff <(mask "$1") <(mask "$2"); then
		echo "logs differ: $1 (strace) vs $2 (trace)"
		return 1
	fi
}

# same_log without the naps of "trace-faults wait" (their number varies)
same_log_nowait() {
	grep -Ev '^(faccessat|nanosleep)\(' "$1" >"$1.nw"
	grep -Ev '^(faccessat|nanosleep)\(' "$2" >"$2.nw"
	same_log "$1.nw" "$2.nw"
}

# sig_run TRACER SIGNAL TARGET(tracer|group) OUT MODE ROUNDS [OPTIONS...]: run
# trace-faults MODE ROUNDS under TRACER in its own session, send SIGNAL to the
# tracer or its whole process group once the program runs; sets st (exit status)
# and alive (1 if the program still ran just after the tracer ended)
sig_run() {
	local tr=$1 sig=$2 who=$3 out=$4 mode=$5 n=$6 sp i
	shift 6
	rm -f go
	setsid "$tr" "$@" "$F" "$mode" "$n" >/dev/null 2>"$out.err" &
	sp=$!
	for i in $(seq 100); do pgrep -f "^$F $mode" >/dev/null && break; sleep 0.02; done
	sleep 0.25
	if [ "$who" = group ]; then kill -"$sig" -- -"$sp"; else kill -"$sig" "$sp"; fi
	sleep 0.1
	touch go		# trace-faults wait: time to end
	wait "$sp" && st=0 || st=$?
	sleep 0.05
	pgrep -f "^$F $mode" >/dev/null && alive=1 || alive=0
	pkill -KILL -f "^$F $mode" || true
}

# bats test_tags=native-only
@test "trace -o vs strace -o: SIGTERM, SIGHUP, SIGINT to the tracer are ignored (-I never): every line kept, the program ends" {
	skip_unless_ptrace
	for sig in TERM HUP INT; do
		sig_run strace $sig tracer s.log wait 400 -o s.log
		local s_st=$st s_alive=$alive
		sig_run "$BIN/trace" $sig tracer t.log wait 400 -o t.log
		[ "$st" = "$s_st" ] && [ "$st" = 0 ] || { echo "SIG$sig: status strace $s_st, trace $st"; return 1; }
		[ "$alive" = "$s_alive" ]
		[ "$(tail -1 t.log)" = "+++ exited with 0 +++" ]
		same_log_nowait s.log t.log
		[ ! -s t.log.err ] && [ ! -s s.log.err ]
	done
}

# bats test_tags=native-only
@test "trace -I vs strace -I: 2 detaches and dies of the signal, 1 dies leaving the program running, 3 and 4 ignore it" {
	skip_unless_ptrace
	# -I 2 (waiting) with -o: the program gets the signal, the call is cut "<detached ...>".
	# On a busy machine the signal can land between two naps, where no call
	# is cut (the last line is a whole "= 0" one): such a pair of runs proves
	# nothing about the cut, and is run again (at most three times)
	local try s_st s_alive
	for try in 1 2 3; do
		sig_run strace TERM tracer s.log sleep 30 -I 2 -o s.log
		s_st=$st s_alive=$alive
		sig_run "$BIN/trace" TERM tracer t.log sleep 30 -I waiting -o t.log
		[ "$st" = "$s_st" ] && [ "$st" = 143 ] && [ "$alive" = "$s_alive" ]
		[[ $(tail -1 s.log) == *" <detached ...>" ]] && [[ $(tail -1 t.log) == *" <detached ...>" ]] && break
		echo "try $try: strace's last line: $(tail -1 s.log); trace's: $(tail -1 t.log)"
		[[ $(tail -1 t.log) =~ (" <detached ...>"|" = 0")$ ]] || return 1
	done
	[ "$(tail -1 t.log)" = "$(tail -1 s.log)" ]
	[[ $(tail -1 t.log) == *" <detached ...>" ]]
	# -I 1 (anywhere): the tracer dies at once; what it printed is in the file; the program lives
	sig_run strace TERM tracer s.log sleep 30 -I 1 -o s.log
	s_st=$st s_alive=$alive
	sig_run "$BIN/trace" TERM tracer t.log sleep 30 -I anywhere -o t.log
	[ "$st" = "$s_st" ] && [ "$st" = 143 ] && [ "$alive" = "$s_alive" ] && [ "$alive" = 1 ]
	[ "$(mask s.log | head -2)" = "$(mask t.log | head -2)" ]
	[[ $(tail -1 t.log) == "nanosleep({tv_sec=0, tv_nsec=100000000}, " ]]
	# -I 3 without -o, -I 4 and SIGTSTP: nothing happens to either
	for args in "TERM 3" "TSTP 4"; do
		set -- $args
		sig_run strace "$1" tracer s.log wait 400 -I "$2" -o s.log
		s_st=$st
		sig_run "$BIN/trace" "$1" tracer t.log wait 400 -I "$2" -o t.log
		[ "$st" = "$s_st" ] && [ "$st" = 0 ]
		same_log_nowait s.log t.log
	done
}

@test "trace -I vs strace -I: a bad value, in strace's words" {
	for v in 0 5 x never_ever; do
		want=$(strace -I "$v" true 2>&1) && ws=0 || ws=$?
		run sg trace -I "$v" true
		[ "$status" = "$ws" ]
		want=${want//strace:/trace:}
		assert_output "${want//strace -h/trace -h}"
	done
}

# bats test_tags=native-only
@test "trace vs strace: ^C to the process group of a program that blocks every signal: the tracer detaches, exits 130, the program runs on" {
	skip_unless_ptrace
	sig_run strace INT group s.out blockall 30
	local s_st=$st s_alive=$alive
	sig_run "$BIN/trace" INT group t.out blockall 30
	[ "$st" = "$s_st" ] && [ "$st" = 130 ]
	[ "$alive" = "$s_alive" ] && [ "$alive" = 1 ]
	grep -q "strace: Process [0-9]* detached$" s.out.err
	grep -q "trace: Process [0-9]* detached$" t.out.err
	# the same lines up to the detach (the number of naps differs)
	[ "$(mask s.out.err | head -2)" = "$(mask t.out.err | head -2)" ]
}

# bats test_tags=native-only
@test "trace -o /dev/full vs strace: 'FILE: No space left on device' once per line lost, the program's exit status" {
	skip_unless_ptrace
	strace -o /dev/full "$F" path 10 2>s.err && ss=0 || ss=$?
	run "$BIN/trace" -o /dev/full "$F" path 10
	[ "$status" = "$ss" ]
	want=$(sed "s|^strace:|$BIN/trace:|" s.err)
	[ -n "$want" ]
	assert_output "$want"
	assert_line -n 0 "$BIN/trace: /dev/full: No space left on device"
	strace -o /dev/full dash -c 'exit 3' 2>s.err && ss=0 || ss=$?
	run "$BIN/trace" -o /dev/full dash -c 'exit 3'
	[ "$status" = "$ss" ] && [ "$status" = 3 ]
	[ "${#lines[@]}" = "$(wc -l <s.err)" ]
}

# bats test_tags=native-only
@test "trace -s 1000000 vs strace: a 70,000-byte write and a 5,000-byte one are printed whole" {
	skip_unless_ptrace
	for n in 70000 5000; do
		strace -s 1000000 -e trace=write -o s.log "$F" big $n
		"$BIN/trace" -s 1000000 -e trace=write -o t.log "$F" big $n
		cmp s.log t.log
		[ "$(head -1 t.log | wc -c)" -gt "$n" ]
	done
}

# bats test_tags=native-only
@test "trace vs strace: paths of 4,095, 4,096 and 5,000 bytes (4,095 characters, then \"...)" {
	skip_unless_ptrace
	for n in 4095 4096 5000; do
		strace -e trace=openat -o s.log "$F" path $n
		"$BIN/trace" -e trace=openat -o t.log "$F" path $n
		cmp s.log t.log
	done
	[[ $(head -1 t.log) == 'openat(AT_FDCWD, "/xxx'*'"..., O_RDONLY) = -1 ENAMETOOLONG (File name too long)' ]]
}

# bats test_tags=native-only
@test "trace -e trace= vs strace: the program's own seccomp filter: ERRNO still shows '= -1 EPERM', TRACE gives what untraced gives" {
	skip_unless_ptrace
	for mode in errno trap; do
		"$F" $mode >plain.out
		strace -e trace=getppid -o s.log "$F" $mode >s.out
		"$BIN/trace" -e trace=getppid -o t.log "$F" $mode >t.out
		cmp plain.out t.out
		cmp s.out t.out
		cmp s.log t.log
		grep -q '^getppid() ' t.log
		# and without the filter trace puts in for -e trace= (TRACE_SECCOMP=0)
		TRACE_SECCOMP=0 "$BIN/trace" -e trace=getppid -o t0.log "$F" $mode >t.out
		cmp s.log t0.log
		cmp s.out t.out
	done
	grep -q '^getppid() *= -1 ENOSYS (Function not implemented)$' t.log
}

# bats test_tags=native-only
@test "trace -f vs strace -f: exec from a thread that is not the leader ends the leader's call: '<... nanosleep resumed> <unfinished ...>) = ?'" {
	skip_unless_ptrace
	strace -f -o s.log "$F" thread-exec
	"$BIN/trace" -f -o t.log "$F" thread-exec
	# from the thread's execve to the exec's return
	for f in s.log t.log; do
		sed -n '/execve("\/bin\/true"/,/<... execve resumed>/p' $f >$f.part
	done
	[ "$(wc -l <t.log.part)" = 4 ]
	same_log s.log.part t.log.part
	grep -q '<... nanosleep resumed> <unfinished ...>) = ?$' t.log.part
}

# bats test_tags=native-only
@test "trace -f -o vs strace -f -o: no 'Process N attached' per child on stderr; without -o, one each" {
	skip_unless_ptrace
	strace -f -o s.log dash -c '/bin/true; /bin/true' 2>s.err
	"$BIN/trace" -f -o t.log dash -c '/bin/true; /bin/true' 2>t.err
	[ ! -s s.err ] && [ ! -s t.err ]
	strace -f -o s.log -e trace=none dash -c '/bin/true; /bin/true' 2>s.err >/dev/null
	"$BIN/trace" -f -e trace=none -o t.log dash -c '/bin/true; /bin/true' 2>t.err >/dev/null
	[ ! -s t.err ]
}

# bats test_tags=native-only
@test "trace -p vs strace -p: a process with three threads: 'attached with 3 threads' with -f, 'attached' without" {
	skip_unless_ptrace
	for f in -f ""; do
		for tr in strace "$BIN/trace"; do
			"$F" threads 40 &
			local p=$! i
			for i in $(seq 100); do [ "$(ls /proc/$p/task | wc -l)" = 3 ] && break; sleep 0.02; done
			timeout -s INT 1 $tr $f -p $p -o /dev/null 2>"${tr##*/}.err" || true
			wait $p
			# each names itself as it was called (argv[0])
			sed -i -E "s|^$BIN/trace:|trace:|; s/^strace:/trace:/; s/[0-9]{3,}/PID/g" "${tr##*/}.err"
		done
		diff strace.err trace.err
	done
	[ "$(head -1 trace.err)" = "trace: Process PID attached" ]
}

# bats test_tags=native-only
@test "trace -e trace= vs strace -e trace=: as root the program keeps no_new_privs 0 (the filter needs it only without CAP_SYS_ADMIN)" {
	skip_unless_ptrace
	[ "$(id -u)" = 0 ] || skip "needs root: without CAP_SYS_ADMIN the kernel requires no_new_privs for a filter"
	run strace -qq -e trace=openat -o /dev/null grep NoNewPrivs /proc/self/status
	assert_success
	local want=$output
	[ "$want" = "NoNewPrivs:	0" ]
	run "$BIN/trace" -qq -e trace=openat -o /dev/null grep NoNewPrivs /proc/self/status
	assert_success
	assert_output "$want"
}

@test "trace -e fault=exit_group vs strace: the faulted exit_group returns (= -1 ENOSYS (INJECTED)), the next exit ends it" {
	skip_unless_ptrace
	strace -o s.log -e trace=exit,exit_group -e fault=exit_group:error=ENOSYS sh -c 'exit 42' && s_st=0 || s_st=$?
	"$BIN/trace" -o t.log -e trace=exit,exit_group -e fault=exit_group:error=ENOSYS sh -c 'exit 42' && t_st=0 || t_st=$?
	[ "$s_st" = "$t_st" ] && [ "$t_st" = 42 ]
	run diff s.log t.log
	assert_success
	grep -q 'exit_group(42) *= -1 ENOSYS (Function not implemented) (INJECTED)' t.log
}

# bats test_tags=native-only
@test "trace -f vs strace -f: a thread making calls while 16 newer threads loop on getuid is not starved (strace's queue of stops; looping_threads)" {
	skip_unless_ptrace
	# wait4(-1) reports the newest tracee first: without the queue, the
	# worker never got its turn (timed out 4 of 4 runs before the fix)
	local k
	for k in 16 32; do
		run timeout 30 strace -f -o s.log "$F" spin 2000 "$k"
		[ "$status" -eq 0 ] && [ "$output" = done ] || { echo "strace, $k threads: $status $output"; return 1; }
		run timeout 30 "$BIN/trace" -f -o t.log "$F" spin 2000 "$k"
		[ "$status" -eq 0 ] && [ "$output" = done ] || { echo "trace, $k threads: $status $output"; return 1; }
		# the worker's calls all shown, as strace shows them
		[ "$(grep -c ' getppid(' t.log)" -eq 2000 ] && [ "$(grep -c ' getppid(' s.log)" -eq 2000 ]
	done
}
