#!/usr/bin/env bats
# tests/trace-more.bats — bin/trace's issue-6 features against real strace 6:
# the -c table, seccomp-bpf filtering, time stamps and status filters.
# Every comparison runs the same program under both tracers; what must
# differ between two runs (times, pids, addresses) is masked or cut away.
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# table_rows FILE: the rows of a -c table without the three time columns
# (names, calls, errors and the header/rule lines as they are)
table_rows() {
	sed -E 's/^ *[0-9]+\.[0-9]+ +[0-9]+\.[0-9]+ +[0-9]+ //' "$1"
}

# same_table [OPTIONS] -- PROG ARGS: the -c table's rows equal strace's;
# SORTED=1 compares them as sets (-S time orders by times, which differ)
same_table() {
	local opts=() sorted=${SORTED:-0}
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	strace "${opts[@]}" -o s.out "$@" >/dev/null 2>&1 || true
	"$BIN/trace" "${opts[@]}" -o t.out "$@" >/dev/null 2>&1 || true
	table_rows s.out > s.rows
	table_rows t.out > t.rows
	if [ "$sorted" = 1 ]; then
		sort s.rows -o s.rows
		sort t.rows -o t.rows
	fi
	if ! diff -u s.rows t.rows; then
		echo "-c table rows differ for: ${opts[*]} $*"
		return 1
	fi
	# the time columns are there, in strace's widths
	grep -qE '^ {0,2}[0-9]{1,3}\.[0-9]{2} {1,4}[0-9]+\.[0-9]{6} +[0-9]+ +[0-9]+ .* total$' t.out
}

# --- -c -C -w -S ---------------------------------------------------------------

# bats test_tags=native-only
@test "trace -c vs strace -c: rows (names, calls, errors) for ls, a failing ls, trace-more" {
	skip_unless_ptrace
	SORTED=1 same_table -c -- /bin/ls /
	SORTED=1 same_table -c -- /bin/ls /nonexistent
	SORTED=1 same_table -c -- "$RT/trace-more"
	SORTED=1 same_table -c -- "$RT/trace-getppid" 1000
}

# bats test_tags=native-only
@test "trace -c vs strace -c: -S calls, -S name, -S nothing, -S errors keep strace's order" {
	skip_unless_ptrace
	same_table -c -S calls -- /bin/ls /nonexistent
	same_table -c -S name -- /bin/ls /
	same_table -c -S nothing -- "$RT/trace-more"
	same_table -c -S errors -- /bin/ls /nonexistent
}

# bats test_tags=native-only
@test "trace -c vs strace -c: -w, -e trace= subsets, a tracee killed by a signal" {
	skip_unless_ptrace
	SORTED=1 same_table -c -w -- /bin/ls /
	SORTED=1 same_table -c -e trace=openat,close -- /bin/ls /
	SORTED=1 same_table -c -e trace=%file -- "$RT/trace-more"
	SORTED=1 same_table -c -- "$RT/trace-signals" segv
}

# bats test_tags=native-only
@test "trace -C vs strace -C: the calls, the exit line, then the table" {
	skip_unless_ptrace
	strace -C -o s.out /bin/true
	"$BIN/trace" -C -o t.out /bin/true
	grep -q '^+++ exited with 0 +++$' t.out
	# the calls, masked (addresses, set_tid_address's pid)
	m='s/0x[0-9a-f]{6,}/A/g; s/ +=/ =/; s/^(set_tid_address.*= )[0-9]+$/\1PID/'
	diff <(sed '/^+++/,$d' s.out | sed -E "$m") <(sed '/^+++/,$d' t.out | sed -E "$m")
	# then the exit line and the table (rows sorted: -S time orders by times)
	diff <(sed -n '/^+++/,$p' s.out | table_rows /dev/stdin | sort) \
		<(sed -n '/^+++/,$p' t.out | table_rows /dev/stdin | sort)
}

@test "trace vs strace: -S and -w usage errors" {
	run strace -S bogus true
	s_out=$output s_st=$status
	run sg trace -S bogus true
	assert_equal "$status" "$s_st"
	assert_output "${s_out//strace/trace}"
	run strace -w true
	s_out=$output s_st=$status
	run sg trace -w true
	assert_equal "$status" "$s_st"
	assert_output "${s_out//strace/trace}"
}

# --- --seccomp-bpf: with -f, -e trace= subsets stop only the selected calls ------

# bats test_tags=native-only
@test "trace -e trace= vs strace: same lines" {
	skip_unless_ptrace
	vs_strace -e trace=openat "$RT/trace-getppid" 1000
	vs_strace -e trace=openat,close,read /bin/ls /
	vs_strace -e trace=%file "$RT/trace-more"
	vs_strace -e trace=!write,mmap "$RT/trace-calls"
	vs_strace -e trace=nanosleep,restart_syscall "$RT/trace-signals" restart
	vs_strace -e trace=kill "$RT/trace-signals" sigkill
	vs_strace -e trace=openat,execve,write /bin/sh -c '/bin/ls / >/dev/null; /bin/echo ok'
}

# bats test_tags=native-only
@test "trace -e trace= without -f, as strace: no filter, so the program sees Seccomp: 0 and its children can be traced by another tracer" {
	skip_unless_ptrace
	run "$BIN/trace" -o /dev/null -e trace=openat /bin/sh -c 'grep "^Seccomp:" /proc/self/status'
	assert_output --regexp '^Seccomp:[[:space:]]+0$'
	# a tracer run by the program: its child's PTRACE_TRACEME works
	strace -o s.log -e trace=openat strace -o s.in /bin/true
	"$BIN/trace" -o t.log -e trace=openat strace -o t.in /bin/true
	grep -q '^execve("/bin/true"' t.in
	diff <(sed -E 's/0x[0-9a-f]+/ADDR/g; s/= [0-9]{3,}$/= PID/' s.in) <(sed -E 's/0x[0-9a-f]+/ADDR/g; s/= [0-9]{3,}$/= PID/' t.in)
}

# bats test_tags=native-only
@test "trace -f --seccomp-bpf -e trace=: the filter stops only the selected calls (--stats), children untouched; none without --seccomp-bpf, as strace" {
	skip_unless_ptrace
	# 20000 getppid calls, one openat shown: a few start-up stops, not 40000
	run "$BIN/trace" -f --seccomp-bpf --stats -o /dev/null -e trace=openat "$RT/trace-getppid" 20000
	assert_success
	[[ $output =~ trace:\ cost:\ ([0-9]+)\ stops\ for\ 1\ calls ]]
	[ "${BASH_REMATCH[1]}" -lt 50 ]
	# without the filter every call stops twice, -e trace= or not
	for o in "-e trace=all" "-f -e trace=openat"; do
		# shellcheck disable=SC2086
		run "$BIN/trace" $o --stats -o /dev/null "$RT/trace-getppid" 20000
		[[ $output =~ trace:\ cost:\ ([0-9]+)\ stops ]]
		[ "${BASH_REMATCH[1]}" -gt 40000 ]
	done
	# the filtered tracee's children get no ENOSYS: same output as untraced
	want=$(/bin/sh -c 'ls /; cat /etc/hostname; grep -c ^Seccomp: /proc/self/status')
	got=$("$BIN/trace" -f --seccomp-bpf -o /dev/null -e trace=openat /bin/sh -c 'ls /; cat /etc/hostname; grep -c ^Seccomp: /proc/self/status')
	assert_equal "$got" "$want"
	# the tracee is filtered (mode 2); trace itself, its parent, is not
	run "$BIN/trace" -f --seccomp-bpf -o /dev/null -e trace=openat /bin/sh -c 'grep "^Seccomp:" /proc/$$/status /proc/$PPID/status'
	assert_line --regexp "^/proc/[0-9]+/status:Seccomp:[[:space:]]+2$"
	assert_line --regexp "^/proc/[0-9]+/status:Seccomp:[[:space:]]+0$"
	# as under strace: Seccomp: 2 with --seccomp-bpf, 0 without
	for sb in --seccomp-bpf ""; do
		# shellcheck disable=SC2086
		s=$(strace -f $sb -o /dev/null -e trace=openat /bin/sh -c 'grep "^Seccomp:" /proc/self/status')
		# shellcheck disable=SC2086
		t=$("$BIN/trace" -f $sb -o /dev/null -e trace=openat /bin/sh -c 'grep "^Seccomp:" /proc/self/status')
		assert_equal "$t" "$s"
	done
}

# --- time stamps ------------------------------------------------------------------

# heads FILE: each line up to its call's "(" (or its "---"/"+++"), digits as N
heads() { sed -E 's/^([^(]*\(|[^-+]*(---|\+\+\+)).*/\1/; s/[0-9]/N/g' "$1"; }
# tails FILE: the -T suffix of each line (or "none"), digits as N
tails() { sed -E 's/^.*( <[0-9]+\.[0-9]+>)$/\1/; t; s/.*/none/' "$1" | sed 's/[0-9]/N/g'; }

# bats test_tags=native-only
@test "trace vs strace: -t, -tt, -ttt, -r, -t -r, -T, -tt -T -f print the same stamps" {
	skip_unless_ptrace
	for o in -t -tt -ttt -r "-t -r" -T "-tt -T -f" "-ttt -r -T"; do
		strace $o -o s /bin/true
		"$BIN/trace" $o -o t /bin/true
		diff <(heads s) <(heads t) || { echo "heads differ for $o"; return 1; }
		diff <(tails s) <(tails t) || { echo "-T suffixes differ for $o"; return 1; }
	done
	# the clock is today's, in UTC (TZ=UTC in the tests)
	"$BIN/trace" -t -o t /bin/true
	now=$(date -u +%s)
	stamp=$(head -c 8 t)
	then=$(date -u -d "$(date -u +%F) $stamp" +%s)
	[ $((now - then)) -ge 0 ] && [ $((now - then)) -lt 5 ]
	"$BIN/trace" -ttt -o t /bin/true
	[ $((now - $(cut -d. -f1 t | head -1))) -lt 5 ]
}

# bats test_tags=native-only
@test "trace vs strace: -t clock and time(2)'s date in the local zone (TZ, /etc/localtime)" {
	skip_unless_ptrace
	for tz in UTC America/New_York Asia/Kolkata Australia/Lord_Howe; do
		TZ=$tz strace -t -o s "$RT/trace-getppid" 1
		TZ=$tz "$BIN/trace" -t -o t "$RT/trace-getppid" 1
		# same hour and minute (the seconds may tick between the two runs)
		[ "$(head -c 5 s)" = "$(head -c 5 t)" ] || { echo "-t differs in $tz: $(head -1 s) / $(head -1 t)"; return 1; }
		# time(2): the date strace appends, in the zone; checked with GNU date
		TZ=$tz strace -qq -e trace=time -o s perl -e 'syscall(201, 0)'
		TZ=$tz "$BIN/trace" -qq -e trace=time -o t perl -e 'syscall(201, 0)'
		[[ $(cat t) =~ ^time\(NULL\)\ +=\ ([0-9]+)\ \(([-0-9T:]+)([-+][0-9]{4})\)$ ]] ||
			{ echo "no date in: $(cat t)"; return 1; }
		[ "$(date -d "${BASH_REMATCH[2]}${BASH_REMATCH[3]}" +%s)" = "${BASH_REMATCH[1]}" ]
		[ "$(TZ=$tz date -d "@${BASH_REMATCH[1]}" +%z)" = "${BASH_REMATCH[3]}" ]
		[ "$(sed 's/[0-9]/N/g' s)" = "$(sed 's/[0-9]/N/g' t)" ]
	done
}

# --- -f: following forks, vforks, clones, threads -------------------------------------

# per_process FILE: a -f -o FILE trace ("PID call" lines) rewritten so that two
# runs compare: each "<unfinished ...>" joined with its "<... NAME resumed>"
# (where a call is cut depends on scheduling), pids numbered P1, P2... in order
# of appearance, addresses, CPU times, random bytes and getppid (the
# tracer's pid) masked, then each process's lines
# together, in order
per_process() {
	perl -e '
	my (%num, @order, %held, %out);
	while (<>) {
		chomp;
		my ($pid, $line) = /^(\d+) +(.*)$/ or next;
		push @order, $pid unless $num{$pid}++;
		if ($line =~ s/ <unfinished \.\.\.>$//) { $held{$pid} = $line; next; }
		if ($line =~ s/^<\.\.\. [a-z0-9_]+ resumed>//) { $line = ($held{$pid} // "") . $line; }
		$out{$pid} .= "$line\n";
	}
	my $i = 0;
	my %p = map { $_ => "P" . ++$i } @order;
	$i = 0;
	for my $pid (@order) {
		my $s = $out{$pid};
		# pids where calls put them (not any number: a size may equal a pid)
		my $m = sub { exists $p{$_[0]} ? $p{$_[0]} : $_[0] };
		$s =~ s/^((?:clone3?|v?fork|wait4|getpid|gettid|set_tid_address|rt_sigreturn)\(.*= )(\d+)$/$1 . $m->($2)/mge;
		$s =~ s/^((?:wait4|kill|tkill|tgkill)\()(\d+)/$1 . $m->($2)/mge;
		$s =~ s/^(tgkill\(\w+, )(\d+)/$1 . $m->($2)/mge;
		$s =~ s/si_pid=(\d+)/"si_pid=" . $m->($1)/ge;
		$s =~ s/0x[0-9a-f]{6,}/ADDR/g;
		$s =~ s{si_utime=\d+( /\* [\d.]+ s \*/)?, si_stime=\d+( /\* [\d.]+ s \*/)?}{si_utime=T, si_stime=T}g;
		$s =~ s/^getppid\(\) +=.*$/getppid() = TRACER/mg;
		$s =~ s/^getrandom\("[^"]*"/getrandom("R"/mg;
		$s =~ s/\) +=/) =/g;
		$s =~ s{/\* \d+ vars \*/}{/* N vars */}g;
		# a child that exits before its parent enters wait4 is reported
		# (SIGCHLD) before the wait4 line, otherwise after it: a race in the
		# tracee. Both lines must be there; put them in one order.
		$s =~ s/^(--- SIGCHLD [^\n]*\n)(wait4\([^\n]*\n)/$2$1/mg;
		printf "== process %d\n%s", ++$i, $s;
	}' "$1"
}

# same_f PROG ARGS: strace -f and trace -f print the same per-process lines
# (DROP=REGEX: leave out lines whose presence is a race in the tracee)
same_f() {
	strace -f ${F_OPTS:-} -o s "$@" >/dev/null 2>&1 || true
	"$BIN/trace" -f ${F_OPTS:-} -o t "$@" >/dev/null 2>&1 || true
	per_process s | grep -Ev "${DROP:-^$}" > s.pp
	per_process t | grep -Ev "${DROP:-^$}" > t.pp
	if ! diff -u s.pp t.pp; then
		echo "-f traces differ for: $*"
		return 1
	fi
}

# bats test_tags=native-only
@test "trace -f vs strace -f: fork, vfork+exec, a thread (trace-fork)" {
	skip_unless_ptrace
	same_f "$RT/trace-fork" fork
	same_f "$RT/trace-fork" vfork
	# the main thread's futex wait may find the thread gone (EAGAIN) or not
	DROP='^futex\(' same_f "$RT/trace-fork" thread
	DROP='^futex\(' same_f "$RT/trace-fork"
	grep -Eq '^[0-9]+ +\+\+\+ exited with 3 \+\+\+$' t
}

# bats test_tags=native-only
@test "trace -f vs strace -f: sh -c with children" {
	skip_unless_ptrace
	same_f /bin/sh -c '/bin/echo hi >/dev/null; /bin/true'
	same_f /bin/sh -c 'ls / >/dev/null & wait'
}

# bats test_tags=native-only
@test "trace -f vs strace -f on the terminal: [pid N] only while several run" {
	skip_unless_ptrace
	strace -f "$RT/trace-fork" fork 2>s >/dev/null
	"$BIN/trace" -f "$RT/trace-fork" fork 2>t >/dev/null
	# where the prefix goes depends on scheduling; the rule does not: none
	# before the child is attached, "[pid %5u] " up to the child's exit line,
	# none after it. Checked on strace's output and on ours.
	for f in s t; do
		head -1 $f | grep -q '^execve('
		grep -q '^\[pid [ 0-9]\{5\}\] +++ exited with 3 +++$' $f
		sed '1,/+++ exited with 3 +++/d' $f > $f.after
		! grep -q '^\[pid' $f.after
		grep -q '^+++ exited with 0 +++$' $f.after
		sed -n '/Process [0-9]* attached/,/+++ exited with 3 +++/p' $f | sed 1,2d > $f.during
		! grep -v '^\[pid [ 0-9]\{5\}\] ' $f.during
	done
	# "Process N attached" once per child, as strace says it (where in the
	# line depends on when the child's first stop comes: after the parent's
	# "clone(" or not; each tracer names itself as it was called)
	[ "$(grep -o 'strace: Process [0-9]* attached' s | wc -l)" = 1 ]
	[ "$(grep -o "$BIN/trace: Process [0-9]* attached" t | wc -l)" = 1 ]
}

# bats test_tags=native-only
@test "trace -f --seccomp-bpf -e trace= vs strace -f --seccomp-bpf: same lines, and as without the filter" {
	skip_unless_ptrace
	# unfiltered calls run at full speed: whether the child's SIGCHLD comes
	# before or after the parent's wait4 is a race, so that line is left out
	for sb in --seccomp-bpf ""; do
		DROP='^--- SIGCHLD' F_OPTS="$sb -e trace=openat,execve,exit_group,clone,vfork,wait4" \
			same_f "$RT/trace-fork" fork
		DROP='^--- SIGCHLD' F_OPTS="$sb -e trace=openat,execve,exit_group,clone,vfork,wait4" \
			same_f "$RT/trace-fork" vfork
		F_OPTS="$sb -e trace=%file" same_f /bin/sh -c '/bin/true; /bin/echo x'
	done
}

# bats test_tags=native-only
@test "trace -f -c vs strace -f -c: all processes counted" {
	skip_unless_ptrace
	# (not the thread: whether its futex wait fails with EAGAIN is a race)
	SORTED=1 same_table -f -c -- "$RT/trace-fork" fork
	SORTED=1 same_table -f -c -- "$RT/trace-fork" vfork
	SORTED=1 same_table -f -c -- /bin/sh -c '/bin/true; /bin/echo x'
}

# --- -p: attach and detach -------------------------------------------------------------

# attach_and_interrupt TRACER: attach to a sleeping process, ^C the tracer
# (SIGINT) after a moment; the sleeper must run on, unharmed
attach_and_interrupt() {
	local tracer=$1 sp tp st
	sleep 4 & sp=$!
	sleep 0.3
	"$tracer" -o "$2" -p "$sp" 2> "$2.err" & tp=$!
	sleep 0.5
	kill -INT "$tp"
	wait "$tp" && st=0 || st=$?
	echo "$st" > "$2.status"
	grep '^State:' /proc/$sp/status | cut -f2 > "$2.state"
	kill "$sp"
	wait "$sp" 2>/dev/null || true
	sed -i "s/\b$sp\b/PID/g" "$2" "$2.err"
}

# bats test_tags=native-only
@test "trace -p vs strace -p: attach to a sleeping process, ^C detaches, it runs on" {
	skip_unless_ptrace
	attach_and_interrupt strace s
	attach_and_interrupt "$BIN/trace" t
	diff s t
	diff <(sed "s|^strace:|$BIN/trace:|" s.err) t.err
	diff s.status t.status		# 130: both die of the SIGINT after detaching
	# it runs on: sleeping again, or still running back into its sleep (the
	# restarted call) when read; never stopped (T, t)
	for f in t.state s.state; do
		[[ $(cat $f) =~ ^(S\ \(sleeping\)|R\ \(running\))$ ]] || { echo "$f: $(cat $f)"; return 1; }
	done
}

# bats test_tags=native-only
@test "trace -p vs strace -p: the process exits while traced" {
	skip_unless_ptrace
	for tr in strace "$BIN/trace"; do
		# 3 s: time to attach on a loaded machine (make test runs files in
		# parallel); it then exits on its own, traced
		sleep 3 & sp=$!
		sleep 0.2
		timeout 10 "$tr" -o "$(basename "$tr").out" -p "$sp" 2> "$(basename "$tr").err"
		echo $? >> "$(basename "$tr").status"
		sed -i "s/\b$sp\b/PID/g" "$(basename "$tr").out" "$(basename "$tr").err"
	done
	diff strace.out trace.out
	diff <(sed "s|^strace:|$BIN/trace:|" strace.err) trace.err
	diff strace.status trace.status
}

# bats test_tags=native-only
@test "trace -f -p vs strace -f -p: a process with two threads" {
	skip_unless_ptrace
	command -v python3 >/dev/null || skip "no python3"
	for tr in strace "$BIN/trace"; do
		"$PY3" -c 'import threading,time
t=threading.Thread(target=time.sleep,args=(10,)); t.start(); time.sleep(10)' & sp=$!
		# polled, not slept: on a loaded machine python may take a while to
		# start its thread, and the tracer to attach to both
		for i in $(seq 100); do [ "$(ls /proc/$sp/task | wc -l)" -ge 2 ] && break; sleep 0.1; done
		"$tr" -f -o /dev/null -p "$sp" 2> "$(basename "$tr").err" & tp=$!
		for i in $(seq 100); do
			[ "$(grep -lx "TracerPid:[[:space:]]*$tp" /proc/$sp/task/*/status | wc -l)" -ge 2 ] && break
			sleep 0.1
		done
		kill -INT "$tp"
		wait "$tp" || true
		grep '^State:' /proc/$sp/status | cut -f2 > "$(basename "$tr").state"
		ls /proc/$sp/task | wc -l > "$(basename "$tr").tasks"
		kill "$sp"; wait "$sp" 2>/dev/null || true
		sed -Ei "s/\b[0-9]+\b/N/g" "$(basename "$tr").err"
	done
	diff <(sed "s|^strace:|$BIN/trace:|" strace.err | sort) <(sort trace.err)
	assert_equal "$(cat trace.state)" "S (sleeping)"
	assert_equal "$(cat trace.tasks)" 2
}

# bats test_tags=native-only
@test "trace -p PID PROG vs strace -p PID PROG: both traced, the pid before every line" {
	skip_unless_ptrace
	for tr in strace "$BIN/trace"; do
		sleep 1 & sp=$!
		sleep 0.2
		b=$(basename "$tr")
		timeout 10 "$tr" -o "$b.out" -p "$sp" /bin/true 2>/dev/null
		echo $? > "$b.status"
		wait "$sp"
		# every line: "PID " and the call. Compared: each process's calls,
		# cut ones joined, sorted (which process prints first is a race;
		# so is the name strace gives a restart_syscall of a process it
		# has just attached to)
		grep -Evc '^[0-9]+ +' "$b.out" > "$b.nopid" || true
		per_process "$b.out" | grep -v '^== process' |
			sed -E 's/resuming interrupted [a-z0-9_]+/resuming interrupted X/; s/\bP[12]\b/P/g' |
			sort > "$b.lines"
	done
	assert_equal "$(cat trace.nopid)" 0
	diff strace.status trace.status
	diff strace.lines trace.lines
}

# bats test_tags=native-only
@test "trace -f -e trace=SET -p PID PROG vs strace: the attached process's calls shown too (no filter: it has none of ours)" {
	skip_unless_ptrace
	for tr in strace "$BIN/trace"; do
		dash -c 'sleep 1; cd /; cd /tmp' & sp=$!
		# attached while dash waits for its sleep, before its cds
		for _ in $(seq 50); do pgrep -P "$sp" >/dev/null && break; sleep 0.02; done
		b=$(basename "$tr")
		timeout 10 "$tr" -f -e trace=chdir -o "$b.out" -p "$sp" dash -c 'cd /; cd /' 2>/dev/null
		echo $? > "$b.status"
		wait "$sp" || true
		sed -E 's/^[0-9]+ +//; s/si_pid=[0-9]+/si_pid=P/' "$b.out" | sort > "$b.lines"
	done
	[ "$(grep -c '^chdir' trace.lines)" = 4 ]
	diff strace.status trace.status
	diff strace.lines trace.lines
}

@test "trace vs strace: -p errors (not a number, 0, no such process)" {
	args="abc 0 -5 99999999999"
	[ -n "${SG_QEMU:-}" ] || args="$args 999999999"	# ptrace is needed to find it gone
	for a in $args; do
		run strace -p "$a"
		s_out=$output s_st=$status
		run sg trace -p "$a"
		assert_equal "$status" "$s_st"
		assert_output "${s_out//strace/trace}"
	done
	# its own pid
	run bash -c 'exec strace -p $$'
	s_out=$output s_st=$status
	run bash -c 'exec "$0" -p $$' "$BIN/trace"
	assert_equal "$status" "$s_st"
	assert_output "${s_out//strace/$BIN/trace}"
}

# --- robustness: never hang, never leave a process stopped ----------------------------

# bats test_tags=native-only
@test "trace -f vs strace -f: a child SIGKILLed at a stop not yet read: '???(' then '<... ??? resumed>) = ?'; -e signal=none hides the deaths" {
	skip_unless_ptrace
	# shapes TRACER: run it on 300 children killed as soon as forked until a
	# stop's number is lost (at most 15 runs), the lines with pids masked
	shapes() {
		local i
		for i in $(seq 15); do
			"$1" -o k.log -f -qq -e signal=none -e trace=sched_yield,/kill "$RT/trace-fork" kill 300
			grep -q '???' k.log && break
		done
		grep -q '???(' k.log || { echo "$1: no lost number in 15 runs" >&2; return 1; }
		# each "???(" is resumed "= ?" by the same pid, its last line
		local p
		for p in $(grep -o '^[0-9]* ???(' k.log | cut -d' ' -f1); do
			[ "$(grep "^$p " k.log | tail -1)" = "$p <... ??? resumed>)                = ?" ] ||
				{ echo "$1: pid $p"; grep "^$p " k.log; return 1; }
		done
		! grep -q '+++ killed' k.log
		sed -E 's/[0-9]+/N/g; s/  +/ /g' k.log | sort -u
	}
	shapes strace > s.shapes
	shapes "$BIN/trace" > t.shapes
	# every kind of line trace printed, strace prints too
	comm -23 t.shapes s.shapes > extra
	[ ! -s extra ] || { cat extra; return 1; }
}

# bats test_tags=native-only
@test "trace -f: a tracee killed, one that kills another, exits before its children, SIGSTOP/SIGCONT" {
	skip_unless_ptrace
	# the main process dies of SIGKILL while a child runs: trace reports it
	# and dies of the same signal once the child is done
	run timeout 20 "$BIN/trace" -f -o t1 /bin/sh -c 'sleep 0.3 & kill -9 $$'
	assert_equal "$status" 137
	grep -Eq '^[0-9]+ +\+\+\+ killed by SIGKILL \+\+\+$' t1
	# a process kills its sibling
	run timeout 20 "$BIN/trace" -f -o t2 /bin/sh -c 'sleep 5 & p=$!; /bin/kill -9 $p; wait $p; exit 3'
	assert_equal "$status" 3
	grep -q '+++ killed by SIGKILL +++$' t2
	# the parent exits first; trace waits for the child, as strace -f does
	run timeout 20 "$BIN/trace" -f -o t3 /bin/sh -c '(sleep 0.3; exit 4) & exit 5'
	assert_equal "$status" 5
	grep -Eq '^[0-9]+ +\+\+\+ exited with 4 \+\+\+$' t3
	# stopped and continued: the stop is reported, and the child ends
	run timeout 20 "$BIN/trace" -f -o t4 /bin/sh -c 'sleep 0.5 & p=$!; kill -STOP $p; sleep 0.2; kill -CONT $p; wait $p'
	assert_equal "$status" 0
	grep -q -- '--- stopped by SIGSTOP ---$' t4
	# same counts of these lines as strace
	strace -f -o s4 /bin/sh -c 'sleep 0.5 & p=$!; kill -STOP $p; sleep 0.2; kill -CONT $p; wait $p'
	assert_equal "$(grep -c -- '--- stopped by' t4)" "$(grep -c -- '--- stopped by' s4)"
	assert_equal "$(grep -c -- '+++ exited with' t4)" "$(grep -c -- '+++ exited with' s4)"
}

# bats test_tags=native-only
@test "trace: killing trace (-f, SIGKILL) kills its tracees (PTRACE_O_EXITKILL), nothing stays stopped" {
	skip_unless_ptrace
	"$BIN/trace" -f -o /dev/null /bin/sh -c 'sleep 30 & sleep 30' & tp=$!
	sleep 0.5
	kids=$(cat /proc/$tp/task/$tp/children)
	kill -9 "$tp"
	wait "$tp" || true
	sleep 0.3
	for k in $kids; do
		[ ! -e /proc/$k ] || ! grep -q '^State:.*[tT]' /proc/$k/status
	done
	run pgrep -f 'sleep 30$'
	for p in $output; do grep -q '^State:.*[tT]' /proc/$p/status && return 1; done
	true
}

# --- -z, -Z, -e status= ---------------------------------------------------------------

# bats test_tags=native-only
@test "trace vs strace: -e status= successful, failed, unfinished, !failed, none" {
	skip_unless_ptrace
	vs_strace -e status=successful /bin/ls /nonexistent
	vs_strace -e status=failed /bin/ls /nonexistent
	vs_strace -e status=unfinished,failed "$RT/trace-calls"
	vs_strace -e 'status=!failed' "$RT/trace-more"
	vs_strace -e status=successful -e trace=openat,close "$RT/trace-calls"
	# status filters hold each line until its call ends: no cut lines with -f
	# (children that sleep: their SIGCHLD then always lands inside sh's
	# wait4, never before it, under either tracer)
	strace -f -e status=successful -o s /bin/sh -c '/bin/sleep 0.2; /bin/sleep 0.2'
	"$BIN/trace" -f -e status=successful -o t /bin/sh -c '/bin/sleep 0.2; /bin/sleep 0.2'
	diff <(per_process s) <(per_process t)
	! grep -q 'unfinished \.\.\.>$' t
}

# bats test_tags=native-only
@test "trace vs strace: -z, -Z, both (the last wins, with strace's warning)" {
	skip_unless_ptrace
	for o in -z -Z "-z -Z" "-Z -z"; do
		strace $o -o s /bin/ls /nonexistent >/dev/null 2>s.err || true
		"$BIN/trace" $o -o t /bin/ls /nonexistent >/dev/null 2>t.err || true
		# masked: addresses, set_tid_address's pid, getrandom's bytes
		m='s/0x[0-9a-f]{6,}/A/g; s/ +=/ =/; s/^(set_tid_address.*= )[0-9]+$/\1PID/; s/^getrandom\("[^"]*"/getrandom("R"/'
		grep -q . t || grep -q . s
		diff <(sed -E "$m" s) <(sed -E "$m" t)
		diff <(grep -v '^/bin/ls:' s.err | sed "s|^strace:|$BIN/trace:|") <(grep -v '^/bin/ls:' t.err)
	done
}

@test "trace vs strace: -e status= with a bad name" {
	run strace -e status=bogus true
	s_out=$output s_st=$status
	run sg trace -e status=bogus true
	assert_equal "$status" "$s_st"
	assert_output "${s_out//strace/trace}"
}

# --- -y -------------------------------------------------------------------------------

# bats test_tags=native-only
@test "trace -y vs strace -y: paths, pipes, sockets, AT_FDCWD, (deleted), new descriptors" {
	skip_unless_ptrace
	mkdir s.d t.d
	(cd s.d && strace -y -o ../s "$RT/trace-calls" >/dev/null 2>&1) || true
	(cd t.d && "$BIN/trace" -y -o ../t "$RT/trace-calls" >/dev/null 2>&1) || true
	# the lines with a decorated descriptor (pids appear in none of them);
	# the scratch directories' names and inode numbers masked
	m='s#/(s|t)\.d\b#/D#g; s/0x[0-9a-f]{6,}/A/g; s/:\[[0-9]+\]/:[I]/g; s/ +=/ =/; s/htons\([0-9]+\)/htons(P)/'
	grep '[0-9]<[^.]\|AT_FDCWD<' s | sed -E "$m" > s.y
	grep '[0-9]<[^.]\|AT_FDCWD<' t | sed -E "$m" > t.y
	[ "$(wc -l < s.y)" -gt 30 ]
	diff s.y t.y
	# and the whole trace has as many lines
	[ "$(wc -l < s)" = "$(wc -l < t)" ]
	for p in /bin/ls "$RT/trace-more"; do
		strace -y -o s /bin/ls / >/dev/null 2>&1
		"$BIN/trace" -y -o t /bin/ls / >/dev/null 2>&1
		diff <(grep '[0-9]<[^.]\|AT_FDCWD<' s | sed -E "$m") <(grep '[0-9]<[^.]\|AT_FDCWD<' t | sed -E "$m")
	done
}

# --- -ff -o X: a file per process ---------------------------------------------------------

# ff_join X: X.PID files as one "PID line" stream, in pid order
ff_join() {
	local f
	for f in $(ls "$1".* | sort -t. -k2 -n); do
		sed "s/^/${f##*.} /" "$f"
	done
}

# bats test_tags=native-only
@test "trace -ff -o X vs strace -ff -o X: the same files, the same lines in each" {
	skip_unless_ptrace
	local try
	for p in "$RT/trace-fork fork" "$RT/trace-fork vfork" "/bin/sh -c /bin/true;/bin/true"; do
		# the shell's SIGCHLD lands before its wait4 or during it, as the
		# child's exit happens to fall: a differing pair is run again (3 at most)
		for try in 1 2 3; do
			rm -f s.* t.*
			strace -ff -o s $p >/dev/null 2>&1 || true
			"$BIN/trace" -ff -o t $p >/dev/null 2>&1 || true
			[ "$(ls t.* | wc -l)" = "$(ls s.* | wc -l)" ] &&
				diff -q <(ff_join s | per_process /dev/stdin) <(ff_join t | per_process /dev/stdin) \
					>/dev/null && break
		done
		[ ! -e t ]			# no file X itself, as strace
		assert_equal "$(ls t.* | wc -l)" "$(ls s.* | wc -l)"
		diff <(ff_join s | per_process /dev/stdin) <(ff_join t | per_process /dev/stdin)
		# nothing cut in a file of its own
		! grep -q 'unfinished \.\.\.>\|resumed>' t.*
	done
}

# --- --stats ------------------------------------------------------------------------------

# bats test_tags=native-only
@test "trace --stats: the calls shown are strace's lines; 2 stops and 6 tracer syscalls per call" {
	skip_unless_ptrace
	strace -o s "$RT/trace-getppid" 2000
	run "$BIN/trace" --stats -o t "$RT/trace-getppid" 2000
	assert_success
	calls=$(grep -vc '^+++' s)
	assert_line --regexp "^$BIN/trace: cost: [0-9]+ stops for $calls calls shown \(2\.0 per call\)$"
	assert_line --regexp "^$BIN/trace: cost: 6\.0 tracer syscalls per traced call; [0-9]+ bytes read from the tracee$"
	# the footer is not part of the trace
	! grep -q 'trace: cost' t
	# -c needs one request less per call (PTRACE_GETREGS at the exit only)
	run "$BIN/trace" -c --stats -o t "$RT/trace-getppid" 2000
	assert_line --regexp "^$BIN/trace: cost: 5\.0 tracer syscalls per traced call; 0 bytes read from the tracee$"
	# a call not shown needs no request at its exit (strace skips get_regs
	# there too): counted by strace itself, tracing trace's own ptrace calls
	for set in all none getpid; do
		strace -qq -e signal=none -e trace=ptrace -o ptr.$set "$BIN/trace" -e trace=$set -o /dev/null \
			"$RT/trace-getppid" 2000
		echo $(($(grep -c '^ptrace(' ptr.$set) / 100)) > n.$set
	done
	# 4 a call shown (2 PTRACE_SYSCALL, 2 PTRACE_GET_SYSCALL_INFO), 3 not
	[ "$(cat n.all)" = 80 ]
	[ "$(cat n.none)" = 60 ]
	[ "$(cat n.getpid)" = 60 ]
}

# bats test_tags=native-only
@test "trace vs strace: the tracee's pages read once per stop (writev of 32 buffers in one page, or across two: 2 and 3 reads, as strace's)" {
	skip_unless_ptrace
	for m in same adjacent; do
		vs_strace -e trace=writev "$RT/trace-iov" $m
		for tr in strace "$BIN/trace"; do
			strace -qq -e signal=none -e trace=process_vm_readv -z -o "|grep -c ^process_vm_readv > $m.$(basename "$tr")" \
				"$tr" -o /dev/null -e trace=writev "$RT/trace-iov" $m
		done
		diff $m.strace $m.trace
	done
	[ "$(cat same.trace)" = 2 ] && [ "$(cat adjacent.trace)" = 3 ]
}

# bats test_tags=native-only
@test "trace -f vs strace -f: a thread that execs takes the leader's pid (superseded)" {
	skip_unless_ptrace
	command -v python3 >/dev/null || skip "no python3"
	cat > thexec.py <<'PY'
import threading, os, time
threading.Thread(target=lambda: os.execv("/bin/true", ["/bin/true"])).start()
time.sleep(5)
PY
	timeout 20 strace -f -o s "$PY3" thexec.py
	timeout 20 "$BIN/trace" -f -o t "$PY3" thexec.py 2>/dev/null
	m='s/[0-9]+/N/g; s/ +=/ =/'
	# (the lines around it depend on how the two threads interleave)
	for f in s t; do
		grep -A1 'superseded by execve' $f | sed -E "$m" > $f.sup
	done
	[ -s t.sup ]
	diff s.sup t.sup
	# and the exec'd program's lines go on under the leader's pid
	leader=$(head -1 t | cut -d' ' -f1)
	sed '1,/superseded by execve/d' t | grep -Eq "^$leader +brk\(NULL\)"
	# -qq hides the exits, not this line (strace: exit,attach,personality);
	# -qqq and --quiet=superseded do
	for q in -q -qq -qqq --quiet=superseded --quiet=thread-execve; do
		timeout 20 strace "$q" -f -o s -e trace=execve "$PY3" thexec.py
		timeout 20 "$BIN/trace" "$q" -f -o t -e trace=execve "$PY3" thexec.py 2>/dev/null
		assert_equal "$(grep -c superseded t)" "$(grep -c superseded s)"
	done

}

# bats test_tags=native-only
@test "trace -f vs strace -f: the leader's call gone with a thread's execve: ' <unfinished ...>' only when its decoder prints at the exit; execve's own result" {
	skip_unless_ptrace
	command -v python3 >/dev/null || skip "no python3"
	for leader in 'time.sleep(5)' 'signal.pause()'; do
		cat > thexec.py <<PY
import threading, os, time, signal
def go():
    time.sleep(0.3)
    os.execv("/bin/true", ["/bin/true"])
threading.Thread(target=go).start()
$leader
PY
		timeout 20 strace -f -o s -e trace=execve,clock_nanosleep,pause "$PY3" thexec.py
		timeout 20 "$BIN/trace" -f -o t -e trace=execve,clock_nanosleep,pause "$PY3" thexec.py 2>/dev/null
		for f in s t; do
			# the leader's gone call, and the execve it goes on with
			grep -E 'resumed>( <unfinished \.\.\.>)?\) += \?$|execve resumed' $f |
				sed -E 's/^[0-9]+ +//; s/ +=/ =/' > $f.res
		done
		[ -s t.res ]
		diff s.res t.res
		# -e status=unfinished: that call (the line held until then is
		# published whole)
		timeout 20 strace -f -o s -a14 -e status=unfinished -e trace=clock_nanosleep,pause "$PY3" thexec.py
		timeout 20 "$BIN/trace" -f -o t -a14 -e status=unfinished -e trace=clock_nanosleep,pause \
			"$PY3" thexec.py 2>/dev/null
		# (only those two lines: strace 6.1 loses what /bin/true prints after
		# them under -e status=, the lines of a process that took another's
		# pid; trace does not)
		grep -q ' = ?$' t
		diff <(grep -B1 superseded s | sed -E 's/[0-9]+/N/g') <(grep -B1 superseded t | sed -E 's/[0-9]+/N/g')
	done
}

# bats test_tags=native-only
@test "trace vs strace: a process killed in a call: ' <unfinished ...>) = ?' when its decoder prints at the exit, held (-e status=) or not" {
	skip_unless_ptrace
	command -v python3 >/dev/null || skip "no python3"
	# killed_in NR TRACER OPTS... -- PROG...: TRACER runs PROG, which is
	# SIGKILLed once /proc says it is inside call NR
	killed_in() {
		local nr=$1 tr=$2 opts=() tp c i
		shift 2
		while [ "$1" != -- ]; do opts+=("$1"); shift; done
		shift
		"$tr" -o "$(basename "$tr").log" "${opts[@]}" "$@" 2>/dev/null & tp=$!
		for i in $(seq 250); do
			c=$(pgrep -P "$tp") && [ "$(cut -d' ' -f1 "/proc/$c/syscall" 2>/dev/null)" = "$nr" ] && break
			sleep 0.02
		done
		kill -KILL "$c"
		wait "$tp" || true
	}
	for st in all unfinished; do
		# clock_nanosleep (230) prints what is left at its exit; pause (34) nothing
		for tr in strace "$BIN/trace"; do
			killed_in 230 "$tr" -e status=$st -e trace=clock_nanosleep -- /bin/sleep 7
		done
		grep -q 'clock_nanosleep(.*,  <unfinished ...>) = ?$' trace.log
		diff strace.log trace.log
		for tr in strace "$BIN/trace"; do
			killed_in 34 "$tr" -e status=$st -e trace=pause -- "$PY3" -c 'import signal; signal.pause()'
		done
		grep -q '^pause() *= ?$' trace.log
		diff strace.log trace.log
	done
}
