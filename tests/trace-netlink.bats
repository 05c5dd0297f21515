#!/usr/bin/env bats
# tests/trace-netlink.bats — bin/trace's netlink decoding against real
# strace 6.1, line by line (bin/trace-vs-strace): tests/rt/trace-netlink.c
# binds its sockets to fixed port ids (the kernel's replies then carry the
# same nlmsg_pid in both runs) and sends what the kernel must not act on to
# a second socket of its own. lo's link reply holds counters and structs
# that change from run to run (IFLA_STATS64...): -s 3 keeps to its first
# three attributes, as it keeps every attribute list and message array.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

@test "netlink vs strace: NETLINK_ROUTE: lo's link and address, NLMSG_DONE, NLMSG_ERROR with its ack attributes, cut and short messages, NEW/DEL/GET flags, attributes" {
	vs_strace -s 3 "$RT/trace-netlink" route
}

@test "netlink vs strace: every request and attribute the program makes, in full (-e trace= leaves out lo's link reply)" {
	# the replies the kernel fills with counters are left out; what the
	# program sends, and the kernel's short answers, are shown whole
	vs_strace -e trace=sendto,sendmsg,write,read,setsockopt "$RT/trace-netlink" route
	vs_strace -e trace=recvmsg "$RT/trace-netlink" route
}

@test "netlink vs strace: NETLINK_SOCK_DIAG requests: inet_diag_req_v2, unix_diag_req" {
	vs_strace "$RT/trace-netlink" diag
	vs_strace -s 4 "$RT/trace-netlink" diag
}

@test "netlink vs strace: NETLINK_SOCK_DIAG replies: inet_diag_msg, unix_diag_msg, netlink_diag_msg, packet_diag_msg and their attributes, made up and the kernel's own; netlink and packet requests; short and unknown ones; -s, -X raw, -X verbose" {
	# the kernel's replies are read with recvmsg and left out: they hold
	# inodes and cookies of this run; the program sends them again, those
	# numbers fixed, and that copy is compared
	vs_strace -e 'trace=!recvmsg' "$RT/trace-netlink" diagreply
	vs_strace -e 'trace=!recvmsg' -X verbose "$RT/trace-netlink" diagreply
	# (-s cuts arrays of attributes and of their elements alike)
	vs_strace -e 'trace=!recvmsg' -s 4 -X raw "$RT/trace-netlink" diagreply
}

@test "netlink vs strace: other protocols' types and flags (xfrm, generic, netfilter, audit, usersock), -X raw and -X verbose" {
	vs_strace "$RT/trace-netlink" other
	vs_strace -X raw "$RT/trace-netlink" other
	vs_strace -X verbose -s 3 "$RT/trace-netlink" route
	vs_strace -X raw -s 3 "$RT/trace-netlink" route
}

@test "netlink vs strace: payloads: netfilter's nfgenmsg and attributes, SELinux's structs, generic/xfrm/audit in hex; -X raw, -X verbose, -s" {
	vs_strace "$RT/trace-netlink" payloads
	vs_strace -X raw "$RT/trace-netlink" payloads
	vs_strace -X verbose -s 3 "$RT/trace-netlink" payloads
}

@test "netlink vs strace: the rules strace 6.1's own tests caught: NLMSG_ERROR's request and extended ack, a NULL buffer, nftables' res_id, libudev's uevents, TCP/DCCP requests, request bytecode, AF_SMC, classic BPF; -X raw, -X verbose, -s, -v" {
	vs_strace "$RT/trace-netlink" rules
	vs_strace -X raw "$RT/trace-netlink" rules
	vs_strace -X verbose "$RT/trace-netlink" rules
	vs_strace -s 4 "$RT/trace-netlink" rules
	# -v: a packet socket's classic BPF filter decoded
	vs_strace -v "$RT/trace-netlink" rules
	vs_strace -v -X raw "$RT/trace-netlink" rules
	vs_strace -v -X verbose "$RT/trace-netlink" rules
}

@test "netlink: a socket that is not netlink keeps its data as a string" {
	run "$BIN/trace" -e trace=sendto -s 3 "$RT/trace-netlink" route
	[ "$status" -eq 0 ]
	# the socket not yet bound: generic names, as strace; the others: RTM_
	[[ $output == *'nlmsg_type=0x12 /* NLMSG_??? */'* ]]
	[[ $output == *'nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK|NLM_F_EXCL|NLM_F_CREATE'* ]]
}
