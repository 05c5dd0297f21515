#!/usr/bin/env bats
# bin/echod under load: a few hundred concurrent clients from Python's socket
# module (tests/echo-load.py, on the host's libc: the oracle), each checking
# its echo byte for byte; the port against the kernel's /proc/net/tcp; out of
# descriptors (ulimit -n) it says so and loses no client; GNU-style errors by
# hand-written expectation. In the qemu passes echod runs under qemu-x86_64.
load helper

setup() {
	[ -x "$BIN/echod" ] || skip "bin/echod is not built"
	command -v python3 >/dev/null || skip "python3 is not installed (the test's clients)"
	D=$BATS_TEST_TMPDIR
	EPID=
}

teardown() {
	[ -z "$EPID" ] || kill -9 "$EPID" 2>/dev/null || true
}

# start_echod [ULIMIT_N] ARGS...: start echod in the background, its stdout to
# a fifo; sets EPID (echod's own pid, or qemu's) and PORT from its first line.
# Descriptors 3-9 are closed: bats keeps some open, and they would count
# against a low ulimit -n.
start_echod() {
	local lim=unlimited
	if [ "${1:-}" = -n ]; then lim=$2; shift 2; fi
	mkfifo "$D/port"
	if [ -n "${SG_QEMU:-}" ]; then
		(ulimit -n "${lim/unlimited/1024}"; exec qemu-x86_64 -0 echod "$BIN/echod" "$@") \
			>"$D/port" 2>"$D/err" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
	else
		(ulimit -n "${lim/unlimited/1024}"; exec -a echod "$BIN/echod" "$@") \
			>"$D/port" 2>"$D/err" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
	fi
	EPID=$!
	PORT=
	read -r -t 10 PORT <"$D/port" || true
	[[ $PORT =~ ^[0-9]+$ ]] || { cat "$D/err"; fail "echod printed no port (got '$PORT')"; }
}

# stop_echod SIG: send SIG, wait (at most 5 s); sets ESTATUS
stop_echod() {
	kill -"$1" "$EPID"
	local i
	for i in $(seq 50); do
		kill -0 "$EPID" 2>/dev/null || break
		sleep 0.1
	done
	ESTATUS=0
	wait "$EPID" || ESTATUS=$?
	EPID=
}

@test "echod vs Python clients: 300 at once, random payloads up to 200 KB, each echo byte for byte, nothing lost" {
	local seed=$((RANDOM * 32768 + RANDOM)) n=300 max=200000
	start_echod -v
	run timeout 120 "$PY3" "$ROOT/tests/echo-load.py" load "$PORT" "$n" "$max" "$seed"
	echo "seed $seed: $output"
	assert_success
	assert_line --regexp "^clients $n bytes [0-9]+ seconds [0-9.]+$"
	local bytes=$(sed -n 's/^clients [0-9]* bytes \([0-9]*\) .*/\1/p' <<<"$output")
	stop_echod TERM
	[ "$ESTATUS" -eq 0 ]
	# echod's own count: every connection, every byte in and out again
	run cat "$D/err"
	assert_output "echod: $n connections, $bytes bytes in, $bytes out"
}

@test "echod vs /proc/net/tcp: the kernel-chosen port it prints is a LISTEN socket on 127.0.0.1 of its own" {
	start_echod
	local hex inode
	hex=$(printf '0100007F:%04X' "$PORT")
	# local address, state 0A (TCP_LISTEN), then the socket's inode
	inode=$(awk -v a="$hex" '$2 == a && $4 == "0A" { print $10 }' /proc/net/tcp)
	[ -n "$inode" ] || fail "no LISTEN socket at $hex in /proc/net/tcp"
	# one of echod's descriptors is that socket (qemu's, in the qemu pass)
	ls -l "/proc/$EPID/fd" | grep -q "socket:\[$inode\]"
	stop_echod INT
	[ "$ESTATUS" -eq 0 ]
}

@test "echod: SIGTERM, SIGINT and SIGHUP each end it with status 0, with clients connected" {
	local sig
	for sig in TERM INT HUP; do
		start_echod
		exec {c}<>"/dev/tcp/127.0.0.1/$PORT"
		printf 'x\n' >&$c
		read -r -t 5 line <&$c
		[ "$line" = x ]
		stop_echod "$sig"
		exec {c}>&-
		[ "$ESTATUS" -eq 0 ] || fail "SIG$sig: exit status $ESTATUS"
		rm -f "$D/port"
	done
}

@test "echod with ulimit -n 12: says EMFILE on stderr, does not spin, every waiting client is served later" {
	local n=20
	start_echod -n 12 -v
	run timeout 60 "$PY3" "$ROOT/tests/echo-load.py" emfile "$PORT" "$n" "$EPID"
	echo "$output"
	cat "$D/err"
	assert_success
	local first ticks total
	read -r _ first _ ticks _ total <<<"$output"
	# some were served at once, the others waited in the backlog, not dropped
	[ "$first" -gt 0 ] && [ "$first" -lt "$n" ]
	[ "$total" -eq "$n" ]
	# over one second with connections waiting: no busy loop on accept4 (100 ticks = 1 s of CPU)
	[ "$ticks" -le 10 ] || fail "echod used $ticks clock ticks in one idle second: it spins"
	grep -q '^echod: accept4: Too many open files: [0-9]* clients connected; new ones wait$' "$D/err"
	grep -q '^echod: accepting again$' "$D/err"
	stop_echod TERM
	[ "$ESTATUS" -eq 0 ]
	# every line ("line I\n") came in and went out again
	local i bytes=0
	for ((i = 0; i < n; i++)); do bytes=$((bytes + ${#i} + 6)); done
	assert_equal "$(tail -1 "$D/err")" "echod: $n connections, $bytes bytes in, $bytes out"
}

# bats test_tags=native-only
@test "echod with ulimit -n 6 (no descriptor for even one client): exits 1 with the EMFILE line instead of spinning" {
	skip_under_qemu "qemu-x86_64 holds descriptors of its own: the count that leaves none differs"
	# 0, 1, 2, the epoll set, the signalfd and the listening socket: 6
	start_echod -n 6
	exec {c}<>"/dev/tcp/127.0.0.1/$PORT"
	local i
	for i in $(seq 50); do
		kill -0 "$EPID" 2>/dev/null || break
		sleep 0.1
	done
	exec {c}>&-
	ESTATUS=0
	wait "$EPID" || ESTATUS=$?
	EPID=
	[ "$ESTATUS" -eq 1 ]
	run cat "$D/err"
	assert_output "echod: accept4: Too many open files"
}

@test "echod: GNU-style errors: invalid port, extra operand, a port in use (EADDRINUSE)" {
	run sg echod 70000
	assert_failure 1
	assert_output "echod: 70000: invalid port number
Try 'echod --help' for more information."
	run sg echod 1 2
	assert_failure 1
	assert_output "echod: extra operand '2'
Try 'echod --help' for more information."
	run sg echod --backlog=0
	assert_failure 1
	assert_line "echod: 0: invalid backlog"
	# a port Python holds (listening, without SO_REUSEADDR's help for a listener)
	"$PY3" -c 'import socket,sys,time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
print(s.getsockname()[1], flush=True); time.sleep(20)' >"$D/held" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
	local py=$! port
	for _ in $(seq 50); do [ -s "$D/held" ] && break; sleep 0.1; done
	port=$(cat "$D/held")
	run sg echod "$port"
	kill "$py"
	assert_failure 1
	assert_output "echod: bind 127.0.0.1:$port: Address already in use"
}

@test "echod --help is the opening comment of src/echod.c" {
	run sg echod --help
	assert_success
	assert_line --index 0 "echod — an echo server on the loopback interface, for many clients at once"
	assert_line "Usage: echod [OPTION]... [PORT]"
}
