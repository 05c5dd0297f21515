#!/usr/bin/env bats
# tests/trace-summary.bats — bin/trace's -c table options against strace 6.1's:
# -U (columns, their aliases, strace's errors), -O (the overhead, strace's time
# specifications), -S's time keys, -c with -C and -ff, no table when nothing
# was counted; -e verbose=; -D/-DD/-DDD. The traced program is
# tests/rt/trace-summary.c. -O 1s makes every time 0, so those tables compare
# byte for byte; with real times (-w) the structure, names, calls and errors
# are compared and the digits masked.
load helper
bats_require_minimum_version 1.5.0

P=$BUILD/tests/trace-summary

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# both OPTS...: strace's and trace's table for OPTS on $P: the same bytes, the
# same stderr and status (MASK=1: digits of times masked)
both() {
	local ss ts
	strace "$@" -o s.log "$P" >/dev/null 2>s.err 3>&- 4>&- && ss=0 || ss=$?
	"$BIN/trace" "$@" -o t.log "$P" >/dev/null 2>t.err 3>&- 4>&- && ts=0 || ts=$?
	sed -i "s|^strace:|$BIN/trace:|; s|strace -h|$BIN/trace -h|" s.err
	if [ -n "${MASK:-}" ]; then
		# the times' digits; the order of rows sorted by time is the clock's
		sed -i -E 's/ *[0-9]+\.[0-9]+/ T/g; s/^ //' s.log t.log
	fi
	if [ "$ss" != "$ts" ] || ! diff s.log t.log || ! diff s.err t.err; then
		echo "strace $* (status $ss) vs trace (status $ts) differ"
		return 1
	fi
}

# bats test_tags=native-only
@test "trace -c -U vs strace: every column, every alias, any order; name added last" {
	skip_unless_ptrace
	both -c -O 1s
	both -c -O 1s -U time-percent,total-time,min-time,max-time,avg-time,calls,errors,name
	both -c -O 1s -U name,calls,errors
	both -c -O 1s -U time,time-total,shortest,longest,time-avg,count,error,syscall
	both -c -O 1s -U time_min,time_max,avg_time,syscall_name -S name
	both -C -O 1s -U errors,calls -S errors -e trace=openat,close
	both --summary-only --summary-syscall-overhead=1s --summary-columns=calls,max-time -S calls
	# -U again replaces the list
	both -c -O 1s -U name -U calls,errors -S nothing
	# real times: the same shape
	MASK=1 both -c -w -U min-time,max-time,total-time,calls,errors -S name
	MASK=1 both -c -U time-percent,calls,errors -S calls
}

# bats test_tags=native-only
@test "trace -c -S min-time max-time avg-time vs strace: the sleeping call sorts first" {
	skip_unless_ptrace
	for s in max-time avg-time total-time longest; do
		# (execve left out: under load it may take longer than the sleep)
		"$BIN/trace" -c -w -S $s -U name,calls -e trace=!execve -o t.log "$P" 3>&- 4>&-
		[ "$(sed -n 3p t.log)" = "nanosleep                1" ] || { cat t.log; return 1; }
	done
	# -O takes 19 ms off each call: at least 1 of nanosleep's 20 is left,
	# getppid's (microseconds, -w: with the tracer's own delay) are 0 --
	# unless a busy machine held one getppid for 19 ms
	"$BIN/trace" -c -w -O 19ms -U min-time,max-time,calls -o t.log "$P" 3>&- 4>&-
	grep -q '^0\.000000 0\.000000         5 getppid$' t.log
	grep -qE '^[0-9]\.[0-9]{6} [0-9]\.[0-9]{6}         1 nanosleep$' t.log
	read -r min max _ < <(grep ' nanosleep$' t.log)
	[ $((10#${min#0.})) -ge 1000 ] && [ $((10#${max#0.})) -ge 1000 ]
	# seconds rounded, usecs/call truncated (strace's 0.004504 and 4503)
	"$BIN/trace" -c -w -U total-time,avg-time -S name -o t.log "$P" 3>&- 4>&-
	read -r sec avg _ < <(grep ' nanosleep$' t.log)
	local us=$((10#${sec#0.}))
	[ "$us" -ge "$avg" ] && [ $((us - avg)) -le 1 ]
}

@test "trace -U -O -S -c -C -ff errors vs strace: the same words, at the same point" {
	same_error -c -U bogus true
	same_error -c -U '' true
	same_error -c -U calls, true
	same_error -c -U Calls true
	same_error -c -U calls,name,count,errors true
	same_error -c -U time,time_percent true
	same_error -U calls true
	same_error -c -O abc true
	same_error -c -O -1 true
	same_error -c -O 1ms5 true
	same_error -c -O 0x10 true
	same_error -c -O inf true
	same_error -c -O 1e-320 true
	same_error -c -O '' true
	same_error -c -S percent true
	same_error -c -C true
	same_error -C -c true
	same_error -U calls -c -C true
	same_error -c -ff true
	same_error -w -U calls true
	same_error -O bad -c -C true
}

# bats test_tags=native-only
@test "trace -O's time specifications vs strace: what strtod reads, then s ms us ns" {
	skip_unless_ptrace
	for o in 1.5 1ns 2s -0 1E3 .5 ' +1' 1.e2ms 1e20s; do
		both -c -O "$o" -e trace=getppid -U calls,errors
	done
	both -c -O 1s --inject=getppid:delay_exit=1e2 -e trace=getppid
}

# bats test_tags=native-only
@test "trace -c vs strace: nothing counted, no table; -c -c and -C -C are fine" {
	skip_unless_ptrace
	both -c -e trace=none
	both -C -e trace=none
	both -c -U name -e trace=none
	both -c -c -O 1s
	both -C -C -O 1s -e trace=openat,close
}

# bats test_tags=native-only
@test "trace -e verbose= vs strace: structs and arrays as addresses outside the set" {
	skip_unless_ptrace
	local mask='s/0x[0-9a-f]{6,}/0xADDR/g; s/\/\* [0-9]+ vars \*\//N vars/; s/(getppid\(\) += )[0-9]+/\1PID/; s/_usec=[0-9]+/_usec=N/g'
	for v in -e\ verbose=none --verbose=none -e\ v=none -e\ verbose=!all \
		-e\ verbose=uname,pipe2 -e\ verbose=!writev -e\ verbose=all; do
		# shellcheck disable=SC2086
		strace $v -o s.log "$P" 3>&- 4>&-
		# shellcheck disable=SC2086
		"$BIN/trace" $v -o t.log "$P" 3>&- 4>&-
		diff <(sed -E "$mask" s.log) <(sed -E "$mask" t.log)
	done
	# strings and buffers are still read; a struct is not
	"$BIN/trace" -e verbose=none -o t.log "$P" 3>&- 4>&-
	grep -q '^write(3, "a string\\n", 9) *= 9$' t.log
	grep -qE '^uname\(0x[0-9a-f]+\) *= 0$' t.log
	grep -qE '^writev\(3, 0x[0-9a-f]+, 2\) *= 10$' t.log
	same_error -e verbose=bogus true
}

# wait (up to 3 s) for a detached tracer to write its last line to FILE
tracer_done() {
	for _ in $(seq 60); do
		grep -q '^+++ ' "$1" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}

# bats test_tags=native-only
@test "trace -D vs strace -D: the program stays its caller's child, the tracer a grandchild" {
	skip_unless_ptrace
	local mask='s/0x[0-9a-f]{6,}/0xADDR/g; s/\/\* [0-9]+ vars \*\//N vars/; s/(getppid\(\) += )[0-9]+/\1PID/; s/_usec=[0-9]+/_usec=N/g'
	for d in -D -DD -DDD --daemonize --daemonize=grandchild --daemonize=pgroup \
		--daemonize=pgrp --daemonize=session; do
		strace $d -o s.log "$P" 3>&- 4>&-
		tracer_done s.log
		"$BIN/trace" $d -o t.log "$P" 3>&- 4>&-
		tracer_done t.log
		diff <(sed -E "$mask" s.log) <(sed -E "$mask" t.log)
	done
	# getppid: the caller; the exit status, a death by signal: the program's own
	local tp st
	"$BIN/trace" -D -e trace=getppid -o t.log sh -c 'echo $$ >pid; echo $PPID >ppid; exit 7' &
	tp=$!
	wait $tp && st=0 || st=$?
	[ "$st" = 7 ] && [ "$(cat pid)" = "$tp" ] && [ "$(cat ppid)" = "$BASHPID" ]
	tracer_done t.log
	grep -q "^getppid() *= $BASHPID$" t.log
	run "$BIN/trace" -D -o t.log sh -c 'kill -TERM $$'
	[ "$status" = 143 ]
	tracer_done t.log
	grep -q '^+++ killed by SIGTERM +++$' t.log
	# without -o: "Process N attached", N the program's pid
	"$BIN/trace" -D -e trace=none sh -c 'echo $$ >pid' 2>t.err
	for _ in $(seq 60); do grep -q '^+++ ' t.err && break; sleep 0.05; done
	[ "$(head -1 t.err)" = "$BIN/trace: Process $(cat pid) attached" ]
	# -c: the tracer prints the table
	"$BIN/trace" -D -c -O 1s -o t.log "$P" 3>&- 4>&-
	for _ in $(seq 60); do grep -q ' total$' t.log && break; sleep 0.05; done
	strace -D -c -O 1s -o s.log "$P" 3>&- 4>&-
	for _ in $(seq 60); do grep -q ' total$' s.log && break; sleep 0.05; done
	diff s.log t.log
}

@test "trace -D errors vs strace: counts, clashes, no -p alone" {
	same_error -DDDD true
	same_error -D -DDD true
	same_error --daemonize=session -D true
	same_error -DDD --daemonize true
	same_error --daemonize=bogus true
	same_error -D -p 1
	same_error -DDDD -w
	same_error -DDDD -c -C true
}
