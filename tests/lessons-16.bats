#!/usr/bin/env bats
# Lesson 16, Python and Go to the gate: what calls.py's Python calls make and
# what Go's runtime does at start, against strace (the oracle); bin/trace
# against strace on both (-f: the fork, vfork and thread of calls.py); the
# strace -c hand-out against strace's own table; the four-way run; and the
# grader against starters, solutions, fakes (must fail) and alt/ (must pass).
load helper
load lessons

D=16-python-go
PY=/usr/bin/python3

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$ROOT/lessons/$D" >/dev/null
}

# the trace of calls.py (strace -f), pids dropped, made once per file
calls_trace() {
	local t=$BATS_FILE_TMPDIR/calls.trace
	if [ ! -s "$t" ]; then
		(cd "$BATS_FILE_TMPDIR" && strace -f -qq -o "$t.raw" "$PY" -I "$L/$D/calls.py" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-)
		# a call another thread cut in two is joined again, where it ended
		awk '{ pid = $1; sub(/^[0-9]+ +/, "") }
			/ <unfinished \.\.\.>$/ { sub(/ <unfinished \.\.\.>$/, ""); held[pid] = $0; next }
			/^<\.\.\. [a-z_0-9]+ resumed>/ { sub(/^<\.\.\. [a-z_0-9]+ resumed>/, ""); $0 = held[pid] $0 }
			{ gsub(/\) +=/, ") ="); print }' "$t.raw" >"$t"
	fi
	cat "$t"
}

# main_section NAME: as section, the main thread's lines only (its pid is the
# first line's), a call another thread cut in two joined again
main_section() {
	calls_trace >/dev/null
	awk -v m="access(\"/sysgate-mark/$1\"" 'NR == 1 { main = $1 } $1 != main { next }
		{ sub(/^[0-9]+ +/, "") }
		/ <unfinished \.\.\.>$/ { sub(/ <unfinished \.\.\.>$/, ""); held = $0; next }
		/^<\.\.\. [a-z_0-9]+ resumed>/ { sub(/^<\.\.\. [a-z_0-9]+ resumed>/, ""); $0 = held $0 }
		{ gsub(/\) +=/, ") =") }
		index($0, "access(\"/sysgate-mark/") == 1 { on = index($0, m) == 1; next } on' "$BATS_FILE_TMPDIR/calls.trace.raw"
}

# section NAME: the lines of calls.py's trace between marker NAME and the next
section() {
	calls_trace | awk -v m="access(\"/sysgate-mark/$1\"" 'index($0, "access(\"/sysgate-mark/") == 1 { on = index($0, m) == 1; next } on'
}

# bats test_tags=native-only
@test "lesson 16 vs strace: each Python call of calls.py makes the call the README names" {
	skip_unless_ptrace
	run section os.open
	assert_output 'openat(AT_FDCWD, "calls.out", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0644) = 3'
	run section os.write
	assert_output 'write(3, "written by os.write\n", 20) = 20'
	run section fcntl.flock
	assert_output $'flock(3, LOCK_EX) = 0\nflock(3, LOCK_UN) = 0'
	run section fcntl.ioctl
	assert_line --index 0 'pipe2([3, 4], O_CLOEXEC) = 0'
	assert_line --index 1 'write(4, "12345", 5) = 5'
	assert_line --index 2 'ioctl(3, FIONREAD, [5]) = 0'
	# os.fork is clone without CLONE_VM: a process; the child's exit is seen by
	# wait4. The child's first calls may be printed before the parent's clone
	# returns: clone is the first of the parent's own lines
	run main_section os.fork
	assert_line --index 0 --regexp '^clone\(child_stack=NULL, flags=CLONE_CHILD_CLEARTID\|CLONE_CHILD_SETTID\|SIGCHLD, child_tidptr=0x[0-9a-f]+\) = [0-9]+$'
	run section os.fork
	assert_line 'exit_group(7) = ?'
	assert_line --regexp '^(<\.\.\. wait4 resumed>|wait4\([0-9]+, )\[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 7\}\], 0, NULL\) = [0-9]+$'
	# subprocess.run: a pipe for stdout and one for exec's errors, vfork, the
	# child's dup2 and execve, the parent's read until EOF and wait4
	run section subprocess.run
	assert_line --regexp '^vfork\('
	assert_line 'dup2(6, 1) = 1'
	assert_line --regexp '^execve\("/bin/echo", \["/bin/echo", "from echo"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/'
	assert_line --regexp 'write\(1, "from echo\\n", 10\) = 10$'
	assert_line --regexp '^(<\.\.\. wait4 resumed>|wait4\([0-9]+, )\[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 0\}\], 0, NULL\) = [0-9]+$'
	[ "$(section subprocess.run | grep -c '^pipe2(')" -eq 2 ]
	# threading.Thread: clone3 with CLONE_THREAD; the thread's own write
	run section threading.Thread
	assert_line --regexp '^clone3\(\{flags=CLONE_VM\|CLONE_FS\|CLONE_FILES\|CLONE_SIGHAND\|CLONE_THREAD\|'
	assert_line 'write(4, "from a thread", 13) = 13'
	# ctypes' libc.syscall(1, 1, buf, n) is exactly one write, nothing around
	# it in the main thread (the thread above may end meanwhile: its madvise
	# and exit belong to its own pid)
	run main_section ctypes
	assert_output 'write(1, "hello from libc.syscall(1, ...)\n", 32) = 32'
}

# bats test_tags=native-only
@test "lesson 16 vs strace: print's writes: one per piece under PYTHONUNBUFFERED=1, one in all with -I" {
	skip_unless_ptrace
	local t=$BATS_TEST_TMPDIR/t
	PYTHONUNBUFFERED=1 strace -qq -o "$t" -e trace=write "$PY" -c 'print("a", "b"); print("c")' >/dev/null
	run sed -E 's/ +=/ =/' "$t"
	assert_output 'write(1, "a", 1) = 1
write(1, " ", 1) = 1
write(1, "b", 1) = 1
write(1, "\n", 1) = 1
write(1, "c", 1) = 1
write(1, "\n", 1) = 1'
	PYTHONUNBUFFERED=1 strace -qq -o "$t" -e trace=write "$PY" -I -c 'print("a", "b"); print("c")' >/dev/null
	run sed -E 's/ +=/ =/' "$t"
	assert_output 'write(1, "a b\nc\n", 6) = 6'
	# at most 8192 bytes a write: 819 prints of 10 bytes (8190), the 820th does
	# not fit; the rest at exit
	strace -qq -o "$t" -e trace=write "$PY" -I -c 'for i in range(1000): print("123456789")' >/dev/null
	run grep -o ' = [0-9]*$' "$t"
	assert_output $' = 8190\n = 1810'
}

# bats test_tags=native-only
@test "lesson 16: bin/trace -f decodes calls.py (a fork, a vfork and exec, a thread) exactly as strace (trace-vs-strace -f)" {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR"
	# addresses fixed (setarch -R): a thread's malloc arena is trimmed by an amount that follows them;
	# futex and signal lines depend on timing, not on decoding
	run setarch "$(uname -m)" -R "$BIN/trace-vs-strace" -f -e signal=none -e 'trace=!futex' "$PY" -I "$L/$D/calls.py"
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
}

# bats test_tags=native-only
@test "lesson 16: bin/trace decodes app.py's calls (threads, CSV files, a socket) exactly as strace" {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR"
	# the main thread; how often it waits (futex), and whether a finished
	# thread's stack is reused or a new one mapped, is timing: every distinct
	# line one printed, the other printed too (-u)
	run setarch "$(uname -m)" -R "$BIN/trace-vs-strace" -u -e signal=none -e 'trace=!futex' "$PY" -I "$L/$D/app.py" "$BATS_TEST_TMPDIR"
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	# (with -f, which worker connects first is a race: the descriptor numbers
	# and the order of the workers' lines differ from run to run, so the
	# threads' decoding is compared on calls.py's thread and on Go's)
}

# bats test_tags=native-only
@test "lesson 16: bin/trace decodes Go's start-up exactly as strace (the main thread; -f: every thread's lines)" {
	skip_unless_ptrace
	[ -x "$LB/$D/hello" ] || skip "go is not installed (golang-go): the Go part is skipped"
	cd "$BATS_TEST_TMPDIR"
	# exit_group: main.main may run on another thread by then, which ends
	# the process (a fresh clone saw strace's main thread make no exit_group);
	# the -f comparison below still has it
	local timing='!futex,nanosleep,sched_yield,mmap,munmap,madvise,rt_sigreturn,tgkill,getpid,gettid'
	# the main thread: how many threads it starts is timing, so as sets (-u)
	run setarch "$(uname -m)" -R "$BIN/trace-vs-strace" -u -e signal=none -e "trace=$timing,exit_group" "$LB/$D/hello"
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	# -f: how many threads the runtime starts, and what each waits on, is
	# timing: every distinct line one printed, the other printed too (-u)
	# A thread killed by exit_group inside a call -e trace= leaves out can
	# make strace print "<... ??? resumed>) = ?" for it: timing, and
	# strace's alone (trace prints nothing for a call it never showed); one
	# killed inside a call shown gives strace's "NAME(... <unfinished ...>) = ?"
	# where the other run's thread had finished that call: timing too
	run setarch "$(uname -m)" -R "$BIN/trace-vs-strace" -f -u -e signal=none -e "trace=$timing" "$LB/$D/hello"
	if [ "$status" -ne 0 ]; then
		echo "$output"
		assert_line --regexp '^[0-9]+/[0-9]+ lines identical$'
		local d
		d=$(grep -E '^[-+][^-+]' <<<"$output" | grep -vxF -- '-<... ??? resumed>) = ?' |
			grep -vE -- '^-[a-z_0-9]+\(.* <unfinished \.\.\.>\) = \?$' || true)
		[ -z "$d" ]
	else
		assert_line --regexp '^([0-9]+)/\1 lines identical$'
	fi
}

# bats test_tags=native-only
@test "lesson 16 vs strace: Go's hello world: rt_sigaction for every signal, sigaltstack, clone threads, mmap arenas, one write" {
	skip_unless_ptrace
	[ -x "$LB/$D/hello" ] || skip "go is not installed (golang-go): the Go part is skipped"
	local t=$BATS_TEST_TMPDIR/hello.trace
	# the first thread alone: no call of it cut in two by another thread's
	run strace -qq -o "$t" "$LB/$D/hello"
	assert_output "hello from Go"
	sed -i -E 's/ +=/ =/' "$t"
	# every signal but SIGKILL and SIGSTOP asked with rt_sigaction(SIG, NULL, &old)...
	local asked
	asked=$(grep -oE '^rt_sigaction\(SIG[A-Z0-9_]+, NULL,' "$t" | sort -u | wc -l)
	[ "$asked" -ge 56 ] || fail "only $asked signals asked"
	! grep -qE '^rt_sigaction\(SIG(KILL|STOP), ' "$t"
	# ...and each handler installed the same way: one handler, SA_ONSTACK
	# (it runs on the sigaltstack), all signals blocked while it runs
	[ "$(grep -E '^rt_sigaction\(SIG[A-Z0-9_]+, \{' "$t" | grep -vcE 'sa_mask=~\[\], sa_flags=SA_RESTORER\|SA_ONSTACK\|SA_RESTART\|SA_SIGINFO')" -eq 0 ]
	[ "$(grep -oE '^rt_sigaction\(SIG[A-Z0-9_]+, \{sa_handler=0x[0-9a-f]+' "$t" | sed 's/.*=//' | sort -u | wc -l)" -eq 1 ]
	grep -qE '^sigaltstack\(\{ss_sp=0x[0-9a-f]+, ss_flags=0, ss_size=32768\}, NULL\) = 0$' "$t"
	# threads: clone with CLONE_THREAD, no clone3 (Go calls the kernel itself, not glibc)
	strace -f -qq -o "$t.f" "$LB/$D/hello" >/dev/null
	sed -i -E 's/^[0-9]+ +//' "$t.f"
	grep -qE '^clone\(child_stack=0x[0-9a-f]+, flags=CLONE_VM\|CLONE_FS\|CLONE_FILES\|CLONE_SIGHAND\|CLONE_THREAD\|CLONE_SYSVSEM\|CLONE_SETTLS' "$t.f"
	! grep -q '^clone3(' "$t.f"
	# the heap arena reserved at 0xc000000000, 64 MiB without access
	grep -qE '^mmap\(0xc000000000, 67108864, PROT_NONE, MAP_PRIVATE\|MAP_ANONYMOUS, -1, 0\) = 0xc000000000$' "$t"
	# fmt.Println: one write of the whole line; no libc: no ld.so, no openat of a library
	[ "$(grep -c '^write(' "$t")" -eq 1 ]
	grep -qxF 'write(1, "hello from Go\n", 14) = 14' "$t"
	! grep -q '\.so' "$t"
}

# bats test_tags=native-only
@test "lesson 16: the strace -c hand-out explains every row of strace's table of app.py" {
	skip_unless_ptrace
	local t=$BATS_TEST_TMPDIR/app.trace
	(cd "$BATS_TEST_TMPDIR" && strace -f -C -o "$t" "$PY" -I "$L/$D/app.py" "$BATS_TEST_TMPDIR") >/dev/null
	run "$PY" -I "$L/$D/handout.py" "$t"
	assert_success
	refute_output --partial "not explained in this hand-out"
	# every row strace printed, unchanged, each followed by its explanation
	local row
	while IFS= read -r row; do
		assert_line "$row"
	done < <(sed -n '/^% time/,$p' "$t")
	# the figures the hand-out counts itself agree with strace's table
	local threads
	threads=$(awk '$NF == "clone3" {print $4}' "$t")
	assert_line --regexp "^        \\(this run: $threads thread\\(s\\) made, $((threads + 1)) ids seen in the trace"
	[ "$threads" -eq 5 ]
}

@test "lesson 16: calls.py and Go's hello print the same under qemu-x86_64 (a host python3 run by the emulator)" {
	[ -n "${SG_QEMU:-}" ] || skip "the qemu passes run this with each QEMU (7.2, then 10 first on PATH)"
	command -v qemu-x86_64 >/dev/null || skip "qemu-x86_64 is not installed"
	cd "$BATS_TEST_TMPDIR"
	local want
	want=$("$PY" -I "$L/$D/calls.py")
	run qemu-x86_64 "$PY" -I "$L/$D/calls.py"
	assert_success
	assert_output "$want"
	[ -x "$LB/$D/hello" ] || skip "go is not installed (golang-go): the Go part is skipped"
	run qemu-x86_64 "$LB/$D/hello"
	assert_success
	assert_output "hello from Go"
}

# bats test_tags=native-only
@test "lesson 16: four-way run completes for calls.py and for Go's hello" {
	skip_under_qemu "the four-way run includes its own qemu way; it runs once, in the native pass"
	run make --no-print-directory -s -C "$L/$D" run
	assert_success
	assert_line --regexp '^four-way run: [68] ran, 0 went wrong, [0-2] skipped$'
	assert_output --partial "== 4. qemu-x86_64"
	refute_output --partial "not explained in this hand-out"
}

# bats test_tags=native-only
@test "lesson 16 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	skip_under_qemu "every exercise here is judged by the host's strace: under emulation each is [SKIP]ped (the next test), so the loop would only repeat that"
	graded "$D"
}

@test "lesson 16 grader under emulation: each exercise says it is not gradable here, none passes or fails" {
	run env SG_EMULATED=1 SG_QEMU_BIN="$(command -v qemu-x86_64)" make --no-print-directory -s -C "$L/$D" check SOLUTIONS=1 \
		LCFLAGS="$(sed -n 's/^CFLAGS_SG=//p' "$BATS_FILE_TMPDIR/flags")" \
		LLDFLAGS="$(sed -n 's/^LDFLAGS_SG=//p' "$BATS_FILE_TMPDIR/flags")" \
		LNASMFLAGS="$(sed -n 's/^NASMFLAGS=//p' "$BATS_FILE_TMPDIR/flags")"
	assert_success
	[ "$(grep -c '^\[SKIP\] ex[123]-[a-z-]*: .*not gradable here' <<<"$output")" -eq 3 ]
	refute_line --regexp '^\[(PASS|FAIL)\] '
	assert_line 'score: 0/0 (reference solutions), 3 not gradable here (need native x86-64 Linux)'
}
