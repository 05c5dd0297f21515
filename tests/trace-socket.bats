#!/usr/bin/env bats
# tests/trace-socket.bats — bin/trace's socket calls against real strace 6.1,
# line by line (bin/trace-vs-strace), on tests/rt/trace-socket.c: addresses
# cut by a short length, socket option values of every length, control
# messages, mmsg vectors and their -e read=/write= dumps. Objects end at an
# unreadable page, so that reading one byte too many shows. Under
# qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "socket vs strace: getsockname, recvfrom, recvmsg show the address as far as the length that went in ({sa_family=AF_UNIX}, [2 => 22]); MSG_TRUNC; -e read=" {
	vs_strace "$RT/trace-socket" addr
	vs_strace -e read=all "$RT/trace-socket" addr
}

@test "socket vs strace: setsockopt/getsockopt: int options and the others at 3, 4, 5 bytes, [in => out], linger, SO_ERROR, icmp_filter, ip_mreq, ipv6_mreq, group_req, packet_mreq, tpacket_req, SO_TXREHASH, SOL_NETLINK" {
	vs_strace "$RT/trace-socket" opts
	vs_strace -X raw "$RT/trace-socket" opts
	vs_strace -X verbose "$RT/trace-socket" opts
	vs_strace -e verbose=none "$RT/trace-socket" opts
}

@test "socket vs strace: sendmsg's control messages: SCM_RIGHTS, timestamps whole and cut, IP_* types, unknown levels and types, short buffers, the walk's end" {
	vs_strace "$RT/trace-socket" cmsg
	vs_strace -s 2 "$RT/trace-socket" cmsg
	vs_strace -y "$RT/trace-socket" cmsg
}

@test "socket vs strace: sendmmsg/recvmmsg, a vector running into an unreadable page, their -e write=/-e read= dumps" {
	vs_strace "$RT/trace-socket" mmsg
	vs_strace -e write=all -e read=all "$RT/trace-socket" mmsg
}

@test "socket vs strace: the newer families' addresses: AF_RXRPC and its transport, AF_IEEE802154, AF_ALG, AF_NFC, AF_VSOCK, AF_QIPCRTR, AF_XDP (-y: the umem's fd), AF_MCTP, AF_BLUETOOTH by length, whole and a byte short" {
	vs_strace "$RT/trace-socket" fams
	vs_strace -X raw "$RT/trace-socket" fams
	vs_strace -X verbose "$RT/trace-socket" fams
	vs_strace -y "$RT/trace-socket" fams
}
