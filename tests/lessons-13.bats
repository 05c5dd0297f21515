#!/usr/bin/env bats
# Lesson 13, waiting for events: the program's facts natively and under both
# QEMUs (hand-written from the README and inotify(7), eventfd(2), futex(2)),
# its trace against strace, bin/trace against strace, the four-way run, and
# the grader against starters, solutions, fakes (must fail) and alt/ answers.
load helper
load lessons

QEMU_NEW=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
[ -x "$QEMU_NEW" ] || QEMU_NEW=/opt/qemu-new/usr/bin/qemu-x86_64

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/13-events" >/dev/null &&
		flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/13-events" exercises SOLUTIONS=1 >/dev/null
}

# joined FILE: a -f trace with each "<unfinished ...>" call joined to its
# "<... NAME resumed>" rest (which process's half came first is timing), pids cut
joined() {
	awk '/ <unfinished \.\.\.>$/ { p = $1; sub(/ <unfinished \.\.\.>$/, ""); part[p] = $0; next }
	$2 == "<..." && $4 ~ /^resumed>/ { p = $1; l = $0; sub(/^[0-9]+ +<\.\.\. [a-z0-9_]+ resumed>/, "", l)
		print part[p] l; next }
	{ print }' "$1" | sed -E 's/^[0-9]+ +//'
}

# the lines of ./events that hold on every machine the lesson names
facts() {
	assert_line '  read on the empty pipe: -11 (EAGAIN): a blocking read would sleep here'
	assert_line '  writes of 4096 bytes until -11 (EAGAIN): the pipe held 65536 bytes'
	assert_line '  poll(read end POLLIN, write end POLLOUT, 0 ms) = 1: read end 0, write end POLLOUT'
	assert_line '  ppoll(read end, 1 ms) = 0: nothing came, the time ran out'
	assert_line '  one byte written; poll(read end, -1 = forever) = 1: POLLIN'
	assert_line '  byte read, write end closed: poll = 1: POLLHUP (the end of the pipe)'
	assert_line '  poll on a closed descriptor = 1: POLLNVAL, not an error return'
	assert_line '  a terminal (/dev/pts/N): "ab" typed, no Enter: poll(50 ms) = 0: 0, the line is not done'
	assert_line '  Enter typed: poll = 1: POLLIN; read = 3: the whole line at once'
	assert_line '  epoll_wait with both pipes empty = 0'
	assert_line '  2 bytes into each pipe: epoll_wait = 2 (data 4 and 6: the read ends)'
	assert_line '  1 byte read from each, 1 left in each: epoll_wait = 1, data 4: only the level-triggered one'
	assert_line '  the edge-triggered read end drained: read again = -11 (EAGAIN)'
	assert_line '  a new byte arrives: epoll_wait = 2: the edge fires again (and the level one still: yes)'
	assert_line '  the child wrote 1, 2 and 3; the parent'"'"'s read = 8 bytes: 6 (the sum), and the counter is 0 again'
	assert_line '  read again (O_NONBLOCK) = -11 (EAGAIN): a zero counter would block'
	assert_line '  write of 4 bytes (not 8) = -22 (EINVAL)'
	assert_line '  EFD_SEMAPHORE, counter 3: reads give 1 1 1, then -11 (EAGAIN)'
	assert_line '  watch descriptor 1 on the directory; nothing yet: read = -11 (EAGAIN)'
	# six records: 16 bytes each + the name padded to 16 ("a" -> 16, "renamed-file.txt" -> 32)
	assert_line '  one read = 224 bytes:'
	assert_line --regexp '^ +0 +1 +0x00000100 +0 +16 +a +IN_CREATE$'
	assert_line --regexp '^ +32 +1 +0x00000002 +0 +16 +a +IN_MODIFY$'
	assert_line --regexp '^ +64 +1 +0x00000008 +0 +16 +a +IN_CLOSE_WRITE$'
	assert_line --regexp '^ +96 +1 +0x00000040 +yes +16 +a +IN_MOVED_FROM$'
	assert_line --regexp '^ +128 +1 +0x00000080 +yes +32 +renamed-file.txt +IN_MOVED_TO$'
	assert_line --regexp '^ +176 +1 +0x00000200 +0 +32 +renamed-file.txt +IN_DELETE$'
	assert_line '  MOVED_FROM and MOVED_TO share one cookie: yes'
	assert_line '  the first record'"'"'s bytes: 01000000 00010000 00000000 10000000 61000000 00000000 00000000 00000000'
	assert_line '  inotify_rm_watch = 0, and the kernel queues IN_IGNORED: IN_IGNORED'
	assert_line '  FUTEX_WAIT(&word, 4) while word is 5: -11 (EAGAIN): the kernel checks the word and sleeps as one step'
	assert_line '  FUTEX_WAKE(&word, 1) with nobody waiting: 0 woken'
	assert_line '  main sleeps in FUTEX_WAIT(&word, 0); the thread sets word = 1: FUTEX_WAIT returns 0'
	assert_line '  the thread'"'"'s FUTEX_WAKE(&word, 1) = 1 thread woken; the thread has ended'
}

@test "lesson 13: events shows each fact the README states (hand-written expectations)" {
	run lesson_prog 13-events events "$BATS_TEST_TMPDIR/w" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	assert_success
	facts
	[ ! -e "$BATS_TEST_TMPDIR/w" ]
}

# bats test_tags=native-only
@test "lesson 13: events under QEMU >= 8.2 shows the same facts" {
	skip_under_qemu "this test runs the newer QEMU itself, once, in the native pass"
	[ -x "$QEMU_NEW" ] || skip "no QEMU 10 at $QEMU_NEW (.ci/fetch-qemu fetches it)"
	run "$QEMU_NEW" -0 events "$LB/13-events/events" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	assert_success
	facts
}

# bats test_tags=native-only
@test "lesson 13 vs strace -f: epoll's events and data, eventfd's 8 bytes, poll's revents, a 224-byte inotify read, the thread's FUTEX_WAKE" {
	skip_unless_ptrace
	local t=$BATS_TEST_TMPDIR/trace
	strace -f -qq -o "$t" "$LB/13-events/events" "$BATS_TEST_TMPDIR/w" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	run joined "$t"
	assert_line --regexp '^pipe2\(\[3, 4\], O_NONBLOCK\|O_CLOEXEC\) += 0$'
	assert_line --regexp '^read\(3, 0x[0-9a-f]+, 1\) += -1 EAGAIN \(Resource temporarily unavailable\)$'
	assert_line --regexp '^poll\(\[\{fd=3, events=POLLIN\}, \{fd=4, events=POLLOUT\}\], 2, 0\) += 1 \(\[\{fd=4, revents=POLLOUT\}\]\)$'
	assert_line --regexp '^ppoll\(\[\{fd=3, events=POLLIN\}\], 1, \{tv_sec=0, tv_nsec=1000000\}, NULL, 8\) += 0 \(Timeout\)$'
	assert_line --regexp '^poll\(\[\{fd=3, events=POLLIN\}\], 1, -1\) += 1 \(\[\{fd=3, revents=POLLHUP\}\]\)$'
	# the pseudo-terminal: a line is readable only once Enter is typed
	assert_line --regexp '^openat\(AT_FDCWD, "/dev/ptmx", O_RDWR\|O_NOCTTY\|O_CLOEXEC\) += 3$'
	assert_line --regexp '^ioctl\(3, TIOCSPTLCK, \[0\]\) += 0$'
	assert_line --regexp '^ioctl\(3, TIOCGPTN, \[[0-9]+\]\) += 0$'
	assert_line --regexp '^openat\(AT_FDCWD, "/dev/pts/[0-9]+", O_RDWR\|O_NOCTTY\|O_CLOEXEC\) += 4$'
	assert_line --regexp '^write\(3, "ab", 2\) += 2$'
	assert_line --regexp '^poll\(\[\{fd=4, events=POLLIN\}\], 1, 50\) += 0 \(Timeout\)$'
	assert_line --regexp '^poll\(\[\{fd=4, events=POLLIN\}\], 1, -1\) += 1 \(\[\{fd=4, revents=POLLIN\}\]\)$'
	assert_line --regexp '^read\(4, "ab\\n", 64\) += 3$'
	assert_line --regexp '^epoll_create1\(EPOLL_CLOEXEC\) += 3$'
	assert_line --regexp '^epoll_ctl\(3, EPOLL_CTL_ADD, 6, \{events=EPOLLIN\|EPOLLET, data=\{u32=6, u64=6\}\}\) += 0$'
	assert_line --regexp '^epoll_wait\(3, \[\{events=EPOLLIN, data=\{u32=4, u64=4\}\}\], 4, 0\) += 1$'
	assert_line --regexp '^eventfd2\(3, EFD_SEMAPHORE\|EFD_CLOEXEC\|EFD_NONBLOCK\) += 3$'
	assert_line --regexp '^write\(3, "\\1\\0\\0\\0\\0\\0\\0\\0", 8\) += 8$'
	assert_line --regexp '^read\(3, "\\6\\0\\0\\0\\0\\0\\0\\0", 8\) += 8$'
	assert_line --regexp '^inotify_init1\(IN_NONBLOCK\|IN_CLOEXEC\) += 3$'
	assert_line --regexp '^read\(3, "\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\0\\0\\20\\0\\0\\0a\\0.*, 4096\) += 224$'
	assert_line --regexp '^inotify_rm_watch\(3, 1\) += 0$'
	assert_line --regexp '^futex\(0x[0-9a-f]+, FUTEX_WAIT_PRIVATE, 4, NULL\) += -1 EAGAIN \(Resource temporarily unavailable\)$'
	assert_line --regexp '^futex\(0x[0-9a-f]+, FUTEX_WAKE_PRIVATE, 1\) += 1$'
	assert_line --regexp '^futex\(0x[0-9a-f]+, FUTEX_WAIT_PRIVATE, 0, NULL\) += 0$'
}

# bats test_tags=native-only
@test "lesson 13: bin/trace decodes every call of events, watch-files and the solutions exactly as strace (trace-vs-strace)" {
	skip_unless_ptrace
	cd "$LB/13-events"
	run "$BIN/trace-vs-strace" ./events "$BATS_TEST_TMPDIR/w"
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	# a child's SIGCHLD lands before or after a wait4 by timing: signals left
	# out; and when it lands during the next fork, that fork is restarted
	# (ERESTARTNOINTR) in one tracer's run and not the other's
	run "$BIN/trace-vs-strace" -e signal=none solutions/ex2-eventfd 5 7 18446744073709551602
	if [ "$status" -ne 0 ]; then
		echo "$output"
		assert_line --regexp '^[0-9]+/[0-9]+ lines identical$'
		local d
		d=$(grep -E '^[-+][a-z]' <<<"$output" | grep -vE '^[-+]fork\(\) += \? ERESTARTNOINTR \(To be restarted\)$' || true)
		[ -z "$d" ]
	fi

	run "$BIN/trace-vs-strace" "$BIN/watch-files" /nonexistent
	assert_success
}

# bats test_tags=native-only
@test "lesson 13: bin/trace -f and strace -f agree on events with its child and its thread" {
	skip_unless_ptrace
	local d=$BATS_TEST_TMPDIR f
	strace -f -qq -o "$d/s" "$LB/13-events/events" "$d/w" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	"$BIN/trace" -f -qq -o "$d/t" "$LB/13-events/events" "$d/w" >/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	# the waker's polling of main's state depends on timing: leave its calls
	# out; the processes' lines interleave by timing: compare them sorted
	for f in s t; do
		joined "$d/$f" | sed -E 's/0x[0-9a-f]{6,}/ADDR/g; s/ +=/ =/; s/\b[0-9]{3,7}\b/N/g' |
			grep -vE '^(openat\(AT_FDCWD, "/proc/self/task|read\(3, "N \(events\)|close\(3\) = 0|nanosleep)' |
			sort >"$d/$f.m"
	done
	diff -u "$d/s.m" "$d/t.m"
}

# bats test_tags=native-only
@test "lesson 13: four-way run completes; watch-files sees the script's operations and ends by SIGTERM" {
	fourway 13-events
	assert_line '  | DIR/ CREATE new'
	assert_line '  | DIR/ MOVED_TO old'
	assert_line '  | DIR/ ATTRIB old'
	assert_line '  | DIR/ DELETE old'
	assert_line '  (ended by SIGTERM through its signalfd: exit status 143)'
}

@test "lesson 13 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 13-events
}

@test "lesson 13: the solutions give the same answers under qemu-x86_64 (eventfd sums, the epoll loop, inotify)" {
	local q wp s=$LB/13-events/solutions
	command -v qemu-x86_64 >/dev/null || skip "qemu-x86_64 is not installed"
	for q in qemu-x86_64 "$QEMU_NEW"; do
		[ -x "$(type -P "$q")" ] || continue
		run "$q" "$s/ex2-eventfd" 1 2 3
		assert_output "sum 6"
		run "$q" "$s/ex2-eventfd" 18446744073709551614
		assert_output "sum 18446744073709551614"
		run "$q" "$s/ex2-eventfd"
		assert_output "sum 0"
		run bash -c '"$1" "$2" 3< <(printf "a1\na2\n") 4< <(printf "b1\n") | sort' _ "$q" "$s/ex1-epoll"
		assert_output "3: a1
3: a2
4: b1
done"
		mkdir -p "$BATS_TEST_TMPDIR/d"
		rm -f "$BATS_TEST_TMPDIR/d/x"
		coproc W { "$q" "$s/ex3-inotify" "$BATS_TEST_TMPDIR/d" x 3>&-; }
		# bash unsets W_PID and closes W's descriptors once the coprocess
		# ends, which it does right after its last line: keep both now
		wp=$W_PID
		exec {wr}<&"${W[0]}"
		read -r -t 10 line <&"$wr"
		[ "$line" = ready ]
		: >"$BATS_TEST_TMPDIR/d/y"
		: >"$BATS_TEST_TMPDIR/d/x"
		read -r -t 10 line <&"$wr"
		exec {wr}<&-
		[ "$line" = "x appeared" ]
		wait "$wp"
	done
}
