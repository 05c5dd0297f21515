#!/usr/bin/env bats
# tests/trace-fds.bats — bin/trace -yy and --decode-fds=SET against strace 6.1,
# line for line, on tests/rt/trace-fds.c: TCP (IPv4, IPv6), UDP, UNIX stream,
# datagram and seqpacket sockets (pairs, named, abstract, unnamed), netlink,
# a packet socket, /dev/null, pidfds. Tracing needs ptrace, which qemu-user
# lacks: these tests skip in the qemu passes.
load helper
bats_require_minimum_version 1.5.0

P=$BUILD/tests/trace-fds

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# What differs between two runs: addresses; inodes, ports and pids, each
# number of three digits or more renamed #1, #2... in the order it first
# appears (so a socket's peer must still be the other end's inode, a
# netlink port id the pid). A port (":N]", ":N->", "htons(N)") is named
# within its protocol: TCP and UDP ports are separate spaces, and the
# kernel may give a UDP socket the number a TCP one has in one run only.
mask() {
	# (the padding before " = " too: a pid, or a port id, of another width)
	sed -E 's/0x[0-9a-f]+/0xADDR/g; s/\) +=/) =/' "$1" |
		awk '{ out = ""; s = $0; proto = ""
			if (match(s, /(TCP|UDP)/)) proto = substr(s, RSTART, 3)
			while (match(s, /[0-9][0-9][0-9]+/)) {
				n = substr(s, RSTART, RLENGTH)
				key = n
				if (proto != "" && (substr(s, RSTART - 1, 1) == ":" && substr(s, RSTART + RLENGTH, 1) ~ /[]-]/ ||
				    substr(s, RSTART - 6, 6) == "htons("))
					key = proto ":" n
				if (!(key in id))
					id[key] = "#" ++k
				n = key
				out = out substr(s, 1, RSTART - 1) id[n]
				s = substr(s, RSTART + RLENGTH)
			}
			print out s }'
}

# same OPTS...: strace and trace print the same log (bats's descriptors 3
# and 4 closed: the program's start at 3)
same() {
	strace "$@" -o s.log "$P" "$$" 3>&- 4>&-
	"$BIN/trace" "$@" -o t.log "$P" "$$" 3>&- 4>&-
	diff <(mask s.log) <(mask t.log) || { echo "strace and trace $* differ"; return 1; }
}

# bats test_tags=native-only
@test "trace -yy vs strace -yy: sockets' endpoints, devices, pidfds" {
	skip_unless_ptrace
	same -yy
	# the log has each kind, so the comparison above covers them
	for want in '= 3<TCP:\[#[0-9]+\]>$' '<TCP:\[#[0-9]+\.0\.0\.1:#[0-9]+->#[0-9]+\.0\.0\.1:#[0-9]+\]>' \
		'<TCPv6:\[\[::1\]:#[0-9]+\]>' '<UDP:\[#[0-9]+\.0\.0\.1:#[0-9]+\]>' \
		'<UNIX-STREAM:\[#[0-9]+->#[0-9]+\]>' '<UNIX:\[#[0-9]+->#[0-9]+\]>' \
		'<UNIX-STREAM:\[#[0-9]+->#[0-9]+,"s\.sock"\]>' '<UNIX-STREAM:\[#[0-9]+,"a<\\"b"\]>' \
		'<UNIX:\[#[0-9]+,@"trace-fds-[#0-9]+"\]>' '<NETLINK:\[ROUTE:#[0-9]+\]>' \
		'<NETLINK:\[SOCK_DIAG:#[0-9]+\]>' '</dev/null<char 1:3>>' '<pid:#[0-9]+>' \
		'<anon_inode:\[pidfd\]>' 'AT_FDCWD</'; do
		mask t.log | grep -Eq -- "$want" || { echo "no $want in trace's log"; return 1; }
	done
	# a connected UDP socket keeps the details first seen, as in strace
	[ "$(mask t.log | grep -c '^write(3<UDP:\[#[0-9]*\.0\.0\.1:#[0-9]*\]>')" = 2 ]
}

# bats test_tags=native-only
@test "trace --decode-fds=SET vs strace: each set alone and together" {
	skip_unless_ptrace
	for set in socket dev pidfd path,socket dev,pidfd '!path' '!socket' all; do
		same --decode-fds="$set"
	done
	same -yyy
	# without path: AT_FDCWD bare, only the kinds asked for
	same -e decode-fds=socket,dev
	mask t.log | grep -q '^openat(AT_FDCWD, "/dev/null", O_RDWR) *= 3</dev/null<char 1:3>>$'
	mask t.log | grep -q '^pidfd_open(#[0-9]*, 0) *= 3$'
	same --decode-fds=socket
	mask t.log | grep -q '^openat(AT_FDCWD, "/dev/null", O_RDWR) *= 3$'
}

# bats test_tags=native-only
@test "trace -yy -Y, -yy -xx vs strace: a pidfd's comm, paths and sockets' names in hex" {
	skip_unless_ptrace
	same -yy -Y
	mask t.log | grep -q '= 3<pid:#[0-9]*<trace-fds>>$'
	same -yy -xx
	same -yy --strings-in-hex=non-ascii-chars
}

@test "trace -e decode-fds= errors as strace's" {
	local s
	for s in '' '!' ',' 'path,all' 'none,path' 'bogus' 'path,bogus'; do
		want=$(strace -e decode-fds="$s" true 2>&1 >/dev/null) && ws=0 || ws=$?
		run sg trace -e decode-fds="$s" true
		[ "$status" = "$ws" ] || { echo "[$s]: strace $ws, trace $status"; return 1; }
		assert_output "${want//strace:/trace:}"
	done
}

# bats test_tags=native-only
@test "trace vs strace: socket addresses: sockaddr_ll, link-local sockaddr_in6 and its scope id, cut ones, sockaddr_nl's nl_pad, AF_PACKET's htons(ETH_P_...) protocol; -X raw, -X verbose" {
	skip_unless_ptrace
	vs_strace "$P" addrs
	vs_strace -X raw "$P" addrs
	vs_strace -X verbose "$P" addrs
}

# bats test_tags=native-only
@test "trace -y vs strace: a deleted file (path)(deleted), a file named 'x (deleted)' that is not deleted" {
	skip_unless_ptrace
	vs_strace -y -e trace=fchmod python3 -c '
import os
f = os.open("a (deleted)", os.O_CREAT | os.O_WRONLY)
g = os.open("b", os.O_CREAT | os.O_WRONLY)
os.fchmod(f, 0o600); os.fchmod(g, 0o600)
os.unlink("b"); os.fchmod(g, 0o600); os.fchmod(f, 0o600)
os.unlink("a (deleted)"); os.fchmod(f, 0o600)'
}

# bats test_tags=native-only
@test "trace -y, -yy vs strace: pidfd_getfd's target descriptor as the pidfd's process has it; -P never matches pidfd_open" {
	skip_unless_ptrace
	local getfd='import os, ctypes
fd = os.open("/dev/full", os.O_WRONLY)
p = os.pidfd_open(os.getpid())
ctypes.CDLL(None).syscall(438, p, fd, 0)'
	for o in -y -yy; do
		strace $o -e trace=pidfd_getfd -e signal=none -o s.log python3 -c "$getfd"
		"$BIN/trace" $o -e trace=pidfd_getfd -e signal=none -o t.log python3 -c "$getfd"
		diff <(mask s.log) <(mask t.log)
		grep -q '^pidfd_getfd(.*, [0-9]*</dev/full' t.log
	done
	# pidfd_open's pid is no descriptor: the one numbered so that is /dev/full
	local open='import os
fd = os.open("/dev/full", os.O_WRONLY)
try: os.pidfd_open(fd, 0x7ff)
except OSError: pass'
	strace -P /dev/full -e trace=pidfd_open -e signal=none -o s.log python3 -c "$open"
	"$BIN/trace" -P /dev/full -e trace=pidfd_open -e signal=none -o t.log python3 -c "$open"
	diff s.log t.log
	! grep -q pidfd_open t.log
}
