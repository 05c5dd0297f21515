#!/usr/bin/env bats
# bin/watch-files against inotifywait -m (inotify-tools: the oracle for the
# event names and the line format), both watching the same directory while a
# script changes it; its end by a signal read through its signalfd (the
# statuses inotifywait's killed run shows); its loop seen by strace; errors
# in GNU form.
load helper

setup() {
	[ -x "$BIN/watch-files" ] || skip "bin/watch-files is not built"
	D=$BATS_TEST_TMPDIR/d
	mkdir -p "$D/w/old"
	: >"$D/w/pre"
	cd "$D"
}

teardown() {
	local p
	for p in ${IW_PID:-} ${WF_PID:-}; do kill -KILL "$p" 2>/dev/null || true; done
}

# watches PID: how many inotify watches the process holds (its fdinfo; under
# qemu-user the process is qemu, whose descriptors are the guest's)
watches() { cat /proc/"$1"/fdinfo/* 2>/dev/null | grep -c '^inotify wd:' || true; }

# wait_watches PID N: until PID holds N watches (at most 5 s)
wait_watches() {
	local i
	for i in $(seq 100); do
		[ "$(watches "$1")" -ge "$2" ] && return 0
		sleep 0.05
	done
	echo "pid $1 set up $(watches "$1") watches, expected $2" >&2
	return 1
}

# wf_bg [WRAP...] -- ARGS...: start watch-files in the background (natively,
# or under qemu-x86_64 in the qemu pass) as $! itself, not a subshell around
# it, with bats' descriptor 3 closed (bats waits for it)
wf_bg() {
	local wrap=()
	while [ "$1" != -- ]; do wrap+=("$1"); shift; done
	shift
	if [ -n "${SG_QEMU:-}" ]; then
		(if [ -n "${WF_IGN_INT:-}" ]; then trap '' INT; fi
		 exec "${wrap[@]}" qemu-x86_64 -0 watch-files "$BIN/watch-files" "$@" >wf.out 2>wf.err 3>&-) &
	else
		(if [ -n "${WF_IGN_INT:-}" ]; then trap '' INT; fi
		 exec "${wrap[@]}" "$BIN/watch-files" "$@" >wf.out 2>wf.err 3>&-) &
	fi
	WF_PID=$!
}

# both N ARGS...: start inotifywait -m and watch-files with ARGS (output in
# iw.out / wf.out), wait until each holds N watches
both() {
	local n=$1
	shift
	inotifywait -m -q "$@" >iw.out 2>iw.err 3>&- &
	IW_PID=$!
	wf_bg -- "$@"
	wait_watches "$IW_PID" "$n" && wait_watches "$WF_PID" "$n"
}

# settle: until both outputs stop growing (each read is flushed at once)
settle() {
	local i a b a2 b2
	for i in $(seq 40); do
		a=$(wc -c <iw.out) b=$(wc -c <wf.out)
		sleep 0.1
		a2=$(wc -c <iw.out) b2=$(wc -c <wf.out)
		[ "$a" = "$a2" ] && [ "$b" = "$b2" ] && [ "$a" = "$b" ] && return
	done
	diff -u iw.out wf.out
}

# stop_both: SIGTERM to both; each must end with the status of a SIGTERM death
stop_both() {
	kill -TERM "$IW_PID" "$WF_PID"
	local s1=0 s2=0
	wait "$IW_PID" || s1=$?
	wait "$WF_PID" || s2=$?
	IW_PID= WF_PID=
	[ "$s1" = 143 ] && [ "$s2" = 143 ] || { echo "statuses: inotifywait $s1, watch-files $s2" >&2; return 1; }
}

same_output() {
	diff -u iw.out wf.out
	[ -s wf.out ]
	[ ! -s wf.err ] || { cat wf.err; return 1; }
}

@test "watch-files vs inotifywait -m: create, open, modify, close_write, access, close_nowrite, moves, attrib, delete, isdir" {
	both 1 w
	echo hi >w/f
	cat w/f >/dev/null
	mv w/f w/g
	chmod 600 w/g
	mkdir w/sub
	ln -s g w/l
	rm w/g w/l
	mv w/pre w/old/
	rmdir w/sub
	touch -d 2001-01-01 w/old
	settle
	stop_both
	same_output
	# and by hand, from inotify(7): a rename is MOVED_FROM then MOVED_TO
	grep -q -x 'w/ MOVED_FROM f' wf.out
	grep -A1 -x 'w/ MOVED_FROM f' wf.out | grep -q -x 'w/ MOVED_TO g'
	grep -q -x 'w/ CLOSE_WRITE,CLOSE f' wf.out
	grep -q -x 'w/ CREATE,ISDIR sub' wf.out
}

@test "watch-files vs inotifywait -m: a watched file (empty name) and its directory: MODIFY, ATTRIB, DELETE_SELF" {
	both 2 w w/pre
	echo more >>w/pre
	chmod 640 w/pre
	# rm's own ATTRIB on the file (its link count) is merged with chmod's if
	# that one is still unread (inotify(7): identical successive events
	# coalesce), so each reader takes chmod's first
	settle
	rm w/pre
	settle
	stop_both
	same_output
	grep -q -x 'w/pre DELETE_SELF ' wf.out
}

@test "watch-files vs inotifywait -m: the watched directory moved away and removed: MOVE_SELF, DELETE_SELF" {
	both 1 w
	mv w w2
	rmdir w2/old
	rm w2/pre
	rmdir w2
	settle
	stop_both
	same_output
	grep -q -x 'w/ MOVE_SELF ' wf.out
	grep -q -x 'w/ DELETE_SELF ' wf.out
}

@test "watch-files vs inotifywait -m -r -e: directories made later are watched too, with their paths" {
	both 2 -r -e create,delete,moved_from,moved_to,close_write,modify,attrib,delete_self w
	# one level at a time: a directory made before its parent is watched
	# goes unseen by both (neither invents events for what it finds)
	mkdir w/a
	settle
	mkdir w/a/b
	settle
	touch w/a/b/c
	echo x >w/old/y
	mv w/a w/old/
	settle
	rm -r w/old/a
	settle
	stop_both
	same_output
	grep -q -x 'w/a/b/ CLOSE_WRITE,CLOSE c' wf.out
	! grep -q 'OPEN\|ACCESS' wf.out
}

@test "watch-files vs inotifywait -m: -e moved_to,delete watches those only, comma list and repeated -e" {
	both 1 -e moved_to -e delete,close_write w
	touch w/x
	mv w/x w/y
	rm w/y
	settle
	stop_both
	same_output
	[ "$(cat wf.out)" = "w/ CLOSE_WRITE,CLOSE x
w/ MOVED_TO y
w/ DELETE y" ]
}

@test "watch-files: SIGINT and SIGTERM end it through its signalfd with inotifywait's statuses (130, 143), lines printed first" {
	local s=0 t=0
	(exec env --default-signal=INT inotifywait -m -q w >iw.out 2>/dev/null 3>&-) &
	IW_PID=$!
	wf_bg env --default-signal=INT -- w
	wait_watches "$IW_PID" 1
	wait_watches "$WF_PID" 1
	: >w/before-int
	settle
	kill -INT "$IW_PID" "$WF_PID"
	wait "$IW_PID" || s=$?
	wait "$WF_PID" || t=$?
	IW_PID= WF_PID=
	[ "$s" = 130 ] && [ "$t" = 130 ] || fail "SIGINT: inotifywait $s, watch-files $t"
	grep -q -x 'w/ CREATE before-int' wf.out
	[ ! -s wf.err ]
	both 1 w
	kill -TERM "$WF_PID" "$IW_PID"
	wait "$WF_PID" || t=$?
	wait "$IW_PID" || true
	WF_PID= IW_PID=
	[ "$t" = 143 ]
}

@test "watch-files: a SIGINT ignored when it starts (a background job's) stays ignored; SIGTERM still ends it" {
	# as bash starts a background job without job control
	WF_IGN_INT=1 wf_bg -- w
	wait_watches "$WF_PID" 1
	kill -INT "$WF_PID"
	sleep 0.3
	kill -0 "$WF_PID"
	kill -TERM "$WF_PID"
	local t=0
	wait "$WF_PID" || t=$?
	WF_PID=
	[ "$t" = 143 ]
}

# bats test_tags=native-only
@test "watch-files under strace: one epoll set holds the inotify descriptor and a signalfd for INT and TERM" {
	skip_unless_ptrace
	strace -qq -o "$BATS_TEST_TMPDIR/tr" -e trace=signalfd4,inotify_init1,inotify_add_watch,epoll_create1,epoll_ctl,epoll_wait,rt_sigprocmask \
		env --default-signal=INT "$BIN/watch-files" w >wf.out 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
	WF_PID=$!
	for _ in $(seq 100); do grep -q '^epoll_wait' "$BATS_TEST_TMPDIR/tr" 2>/dev/null && break; sleep 0.05; done
	: >w/z
	sleep 0.2
	kill -TERM "$(cat /proc/$WF_PID/task/$WF_PID/children)"
	wait "$WF_PID" || true
	WF_PID=
	run cat "$BATS_TEST_TMPDIR/tr"
	assert_line --regexp '^rt_sigprocmask\(SIG_BLOCK, \[INT TERM\], NULL, 8\) += 0$'
	assert_line --regexp '^signalfd4\(-1, \[INT TERM\], 8, SFD_CLOEXEC\|SFD_NONBLOCK\) += 3$'
	assert_line --regexp '^inotify_init1\(IN_NONBLOCK\|IN_CLOEXEC\) += 4$'
	assert_line --regexp '^inotify_add_watch\(4, "w", IN_ACCESS\|IN_MODIFY\|IN_ATTRIB\|IN_CLOSE_WRITE\|IN_CLOSE_NOWRITE\|IN_OPEN\|IN_MOVED_FROM\|IN_MOVED_TO\|IN_CREATE\|IN_DELETE\|IN_DELETE_SELF\|IN_MOVE_SELF\) += 1$'
	assert_line --regexp '^epoll_ctl\(5, EPOLL_CTL_ADD, 4, \{events=EPOLLIN, data=\{u32=4, u64=4\}\}\) += 0$'
	assert_line --regexp '^epoll_ctl\(5, EPOLL_CTL_ADD, 3, \{events=EPOLLIN, data=\{u32=3, u64=3\}\}\) += 0$'
	# the file's creation woke epoll_wait for the inotify descriptor, the signal for the signalfd
	assert_line --regexp '^epoll_wait\(5, \[\{events=EPOLLIN, data=\{u32=4, u64=4\}\}\], 2, -1\) += 1$'
	assert_line --regexp '^epoll_wait\(5, \[\{events=EPOLLIN, data=\{u32=3, u64=3\}\}\], 2, -1\) += 1$'
	grep -q -x 'w/ CREATE z' wf.out
}

@test "watch-files: errors in GNU form: a missing path (inotifywait's text), a bad event, no operand, a bad option" {
	run sg watch-files /nonexistent/x w /nonexistent/y
	assert_failure 1
	local text
	text=$(inotifywait -m /nonexistent/x 2>&1 | sed -n 's/^Couldn.t watch \/nonexistent\/x: //p')
	[ "$text" = "No such file or directory" ]
	assert_output "watch-files: /nonexistent/x: $text
watch-files: /nonexistent/y: $text"
	run sg watch-files -e bogus w
	assert_failure 1
	assert_output "watch-files: invalid event 'bogus'
Try 'watch-files --help' for more information."
	# inotifywait refuses it too, with status 1
	run inotifywait -m -e bogus w
	assert_failure 1
	run sg watch-files
	assert_failure 1
	assert_output "watch-files: missing operand
Try 'watch-files --help' for more information."
	run sg watch-files -z w
	assert_failure 1
	assert_output "watch-files: invalid option -- 'z'
Try 'watch-files --help' for more information."
	run sg watch-files --help
	assert_success
	assert_line --index 0 "watch-files — print what happens to files and directories, as it happens"
	assert_line "Usage: watch-files [-r] [-e EVENT[,EVENT]...]... PATH..."
}

@test "watch-files -r vs inotifywait -r: a watch on each of the 182 directories of a 3-level tree (as find counts them)" {
	local i n
	for i in $(seq 60); do mkdir -p "w/a/d$i/e" "w/b$i"; done
	n=$(find w -type d | wc -l)
	# both hold one watch per directory once set up
	both "$n" -r -e create w
	[ "$(watches "$IW_PID")" -eq "$n" ] && [ "$(watches "$WF_PID")" -eq "$n" ]
	: >w/a/d60/e/new
	settle
	stop_both
	same_output
	[ "$(cat wf.out)" = "w/a/d60/e/ CREATE new" ]
}
