#!/usr/bin/env bats
# Lesson 14, sockets: the program's facts by hand-written expectation
# (natively and under both QEMUs), its trace against strace, bin/trace
# against strace (the program and Python's client, against echod), what qemu -strace
# shows as the README says, the four-way run, and the grader against
# starters, solutions, fakes (must fail) and alt/ answers.
load helper
load lessons

QEMU_NEW=${SG_QEMU_NEW:-$ROOT/build/qemu-new/usr/bin/qemu-x86_64}
[ -x "$QEMU_NEW" ] || QEMU_NEW=/opt/qemu-new/usr/bin/qemu-x86_64

setup_file() {
	# the passes run side by side: one make at a time in the shared build/
	lesson_flags
	flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/14-sockets" >/dev/null &&
		flock "$ROOT/build/.lessons.lock" make --no-print-directory -s -C "$L/14-sockets" exercises SOLUTIONS=1 >/dev/null
}

# each line the README states (ports differ by run: only their relations are fixed)
@test "lesson 14: sockets shows each fact the README states (hand-written expectations)" {
	cd "$BATS_TEST_TMPDIR"
	# descriptors 3-9 closed, as in a fresh shell: the README counts from 3
	run lesson_prog 14-sockets sockets 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	assert_success
	assert_line '  htons(8080) = 0x901f: 8080 is 0x1f90, and the network wants the high byte first'
	assert_line '  bytes: 02 00 1f 90 7f 00 00 01 00 00 00 00 00 00 00 00'
	assert_line --regexp '^  bind to port 0, then getsockname: the kernel chose port [0-9]+ \(> 1023: yes\)$'
	assert_line --regexp '^  accept4 says the peer is port ([0-9]+); the client.s getsockname says \1: the same$'
	assert_line --regexp '^  the client.s getpeername: port [0-9]+, the listening port: yes$'
	assert_line '  three descriptors: listening 3, client 4, accepted 5'
	assert_line '  client write("hello\n") -> server read: 6 bytes'
	assert_line '  server sendto("HELLO\n", flags 0, no address) -> client recvfrom: 6 bytes'
	assert_line '  client shutdown(SHUT_WR) -> server read returns 0: end of stream'
	assert_line '  the client can still read: 4 bytes ("bye\n"), then 0 once the server closed'
	assert_line '  sending after shutdown(SHUT_WR), MSG_NOSIGNAL: -32 (-EPIPE), no SIGPIPE'
	assert_line '  3 connections accepted, 3 letters echoed, 3 came back to the right client'
	assert_line "  bind made sockets-demo.sock: a file of type socket (S_IFSOCK, 's' in ls -l)"
	assert_line '  abstract name: no file is made (strace shows the name as @sysgate-lesson-14)'
	assert_line '  descriptors 3 and 4; each end reads what the other wrote: 3 and 3 bytes'
	[ "$(grep -c '^  connect, accept4, write "ping": the server read 4 bytes$' <<<"$output")" -eq 2 ]
	[ ! -e sockets-demo.sock ]
}

# bats test_tags=native-only
@test "lesson 14 vs strace: htons(0) then the port getsockname printed, accept4's peer, SHUT_WR, EPIPE without SIGPIPE, sun_path and @abstract" {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR"
	local t=$BATS_TEST_TMPDIR/trace port
	strace -qq -o "$t" "$LB/14-sockets/sockets" >out 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	port=$(sed -n 's/.*the kernel chose port \([0-9]*\) .*/\1/p' out)
	run cat "$t"
	assert_line --index 0 --regexp '^execve\('
	assert_line --regexp '^setsockopt\(3, SOL_SOCKET, SO_REUSEADDR, \[1\], 4\) += 0$'
	assert_line --regexp '^bind\(3, \{sa_family=AF_INET, sin_port=htons\(0\), sin_addr=inet_addr\("127\.0\.0\.1"\)\}, 16\) += 0$'
	assert_line --regexp "^getsockname\(3, \{sa_family=AF_INET, sin_port=htons\($port\), sin_addr=inet_addr\(\"127\.0\.0\.1\"\)\}, \[16\]\) += 0$"
	assert_line --regexp "^connect\(4, \{sa_family=AF_INET, sin_port=htons\($port\), sin_addr=inet_addr\(\"127\.0\.0\.1\"\)\}, 16\) += 0$"
	assert_line --regexp '^accept4\(3, \{sa_family=AF_INET, sin_port=htons\([0-9]+\), sin_addr=inet_addr\("127\.0\.0\.1"\)\}, \[16\], SOCK_CLOEXEC\) += 5$'
	assert_line --regexp '^shutdown\(4, SHUT_WR\) += 0$'
	assert_line --regexp '^read\(5, "", 64\) += 0$'
	assert_line --regexp '^sendto\(4, "x", 1, MSG_NOSIGNAL, NULL, 0\) += -1 EPIPE \(Broken pipe\)$'
	refute_line --regexp '^--- SIGPIPE'
	assert_line --regexp '^bind\(3, \{sa_family=AF_UNIX, sun_path="sockets-demo.sock"\}, 20\) += 0$'
	assert_line --regexp '^bind\(3, \{sa_family=AF_UNIX, sun_path=@"sysgate-lesson-14"\}, 20\) += 0$'
	assert_line --regexp '^socketpair\(AF_UNIX, SOCK_STREAM\|SOCK_CLOEXEC, 0, \[3, 4\]\) += 0$'
	[ "$(grep -c '^epoll_wait(' "$t")" -ge 1 ]
	# the client's port: accept4's peer is the client's own getsockname
	local peer me
	peer=$(sed -n 's/^accept4(3, {sa_family=AF_INET, sin_port=htons(\([0-9]*\)).*/\1/p' "$t" | head -1)
	me=$(sed -n 's/^getsockname(4, {sa_family=AF_INET, sin_port=htons(\([0-9]*\)).*/\1/p' "$t" | head -1)
	[ -n "$peer" ] && [ "$peer" = "$me" ]
}

# bats test_tags=native-only
@test "lesson 14: bin/trace decodes every call of sockets exactly as strace (trace-vs-strace, also -X raw)" {
	skip_unless_ptrace
	cd "$LB/14-sockets"
	run "$BIN/trace-vs-strace" ./sockets 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	# raw, the kernel's port choices differ between the two runs: the calls
	# whose arguments are the same in every run
	run "$BIN/trace-vs-strace" -X raw -e trace=socket,setsockopt,bind,listen,shutdown,socketpair,sendto ./sockets
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
	run "$BIN/trace-vs-strace" -e trace=%network solutions/ex1-client 1 x
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
}

# bats test_tags=native-only
@test "lesson 14: bin/trace vs strace on the socket calls of a Python client (-e trace=%network)" {
	skip_unless_ptrace
	[ -x /usr/bin/python3 ] || skip "no /usr/bin/python3"
	local d=$BATS_TEST_TMPDIR port epid
	mkfifo "$d/port"
	"$BIN/echod" >"$d/port" 2>/dev/null 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
	epid=$!
	read -r -t 10 port <"$d/port"
	run "$BIN/trace-vs-strace" -e trace=%network /usr/bin/python3 -c 'import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"hi\n"); assert s.recv(100) == b"hi\n"; s.close()' "$port"
	kill "$epid"
	wait "$epid" || true
	assert_success
	assert_line --regexp '^([0-9]+)/\1 lines identical$'
}

# bats test_tags=native-only
@test "lesson 14: qemu-x86_64 -strace decodes bind's address but not connect's (QEMU 7.2 and 10.0), as the README says" {
	skip_under_qemu "this test runs both QEMUs itself, once, in the native pass"
	local q n=0
	for q in qemu-x86_64 "$QEMU_NEW"; do
		[ -x "$(type -P "$q")" ] || continue
		cd "$BATS_TEST_TMPDIR"
		run "$q" -strace "$LB/14-sockets/sockets" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
		assert_success
		assert_line --regexp '^[0-9]+ bind\(3,\{sin_family=AF_INET,sin_port=htons\(0\),sin_addr=inet_addr\("127\.0\.0\.1"\)\}, ?16\) = 0$'
		assert_line --regexp '^[0-9]+ connect\(4,(0x)?[0-9a-f]+,16\) = 0$'
		assert_line --regexp '^[0-9]+ setsockopt\(3,1,2,'
		n=$((n + 1))
	done
	[ "$n" -gt 0 ] || skip "no qemu-x86_64"
}

# bats test_tags=native-only
@test "lesson 14: four-way run completes and shows the raw bytes of sin_port" {
	fourway 14-sockets
	if strace -qq -e trace=none true 2>/dev/null; then
		assert_line --regexp '^  ~ bind\([0-9]+, \{sa_family=0x2, sin_port="\\x00\\x00", sin_addr="\\x7f\\x00\\x00\\x01"\}, 16\) = 0$'
	fi
}

@test "lesson 14 grader: starters fail, solutions pass, fakes/ fail, alt/ pass (each alone)" {
	graded 14-sockets
}
