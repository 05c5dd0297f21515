#!/usr/bin/env bats
# tests/trace-nlroute.bats — bin/trace's NETLINK_ROUTE decoding past the
# basic headers, against real strace 6.1, line by line (bin/trace-vs-strace):
# tests/rt/trace-nlroute.c sends messages of every RTM_* kind with struct and
# nested attributes to a socket of its own, and asks the kernel for its dumps.
# The dumps run in a network namespace made for the test (unshare -n, as
# root) with a veth pair, routes with metrics and next hops, a rule, a
# neighbour, a qdisc, a nexthop, an address label and a bridge (down) that
# holds v1, and IPv6 off on the veths: nothing sends a packet there, so every counter in the replies
# (IFLA_STATS*, TCA_STATS*) and every timestamp (IFA_CACHEINFO's) is the same
# for strace's run and trace's, and the replies are compared whole. Only a
# neighbour's NDA_CACHEINFO holds ages that move: that dump is compared with
# -s 3, which keeps each entry to its first three attributes.
# Under qemu-x86_64 there is no ptrace: these tests skip there.
# bats file_tags=native-only
load helper
bats_require_minimum_version 1.5.0

RT=$BUILD/tests

setup() {
	skip_unless_ptrace
	cd "$BATS_TEST_TMPDIR" || return 1
}

# netns CMD...: CMD in a new network namespace holding the objects above
netns() {
	unshare -n sh -c '
		sysctl -qw net.ipv6.conf.default.disable_ipv6=1 &&
		ip link set lo up &&
		ip link add v0 type veth peer name v1 &&
		ip addr add 10.9.0.1/24 dev v0 &&
		ip link set v0 up && ip link set v1 up &&
		ip link property add dev v0 altname veth-alt &&
		ip route add 10.8.0.0/16 via 10.9.0.2 dev v0 mtu lock 1400 advmss 1300 congctl cubic &&
		ip route add 10.7.0.0/16 nexthop via 10.9.0.3 dev v0 weight 2 nexthop via 10.9.0.4 dev v0 &&
		ip rule add from 10.9.0.0/24 iif lo table 100 pref 100 uidrange 1000-2000 sport 80-443 &&
		ip neigh add 10.9.0.2 lladdr 02:00:00:00:00:02 dev v0 nud permanent &&
		tc qdisc add dev v1 root pfifo limit 10 &&
		ip nexthop add id 7 via 10.9.0.5 dev v0 &&
		ip -6 addrlabel add prefix 2001:db8::/32 label 99 &&
		ip link add br0 type bridge && ip link set v1 master br0 || exit 99
		exec "$@"' sh "$@"
}

skip_unless_netns() {
	command -v ip >/dev/null && command -v tc >/dev/null || skip "no iproute2"
	netns true || skip "cannot make a network namespace with veths here"
}

@test "nlroute vs strace: struct and nested attributes of links, routes, neighbours; every other RTM_* kind's header and attributes; odd lengths, unnamed values, -s, -X raw, -X verbose" {
	vs_strace -s 8 "$RT/trace-nlroute" sent
	vs_strace -X raw "$RT/trace-nlroute" sent
	vs_strace -X verbose -v "$RT/trace-nlroute" sent
}

@test "nlroute vs strace: the rules strace 6.1's own tests caught: struct sizes, arrays read per element, NLMSG-style arrays of one, names after strace 6.1, bridge/bond/MPLS stats, cache reports, nexthop groups" {
	vs_strace "$RT/trace-nlroute" rules
	vs_strace -X raw "$RT/trace-nlroute" rules
	vs_strace -X verbose "$RT/trace-nlroute" rules
	vs_strace -s 4 "$RT/trace-nlroute" rules
}

# vs_strace_netns [TRACE OPTIONS] PROG [ARGS]: vs_strace, both runs in one
# namespace made by netns
vs_strace_netns() {
	run netns "$BIN/trace-vs-strace" "$@"
	if [ "$status" -ne 0 ] || ! [[ ${lines[-1]} =~ ^([0-9]+)/([0-9]+)\ lines\ identical$ ]] ||
		[ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ] || [ "${BASH_REMATCH[2]}" -eq 0 ]; then
		echo "trace differs from strace in the namespace for: $*"
		echo "$output" | head -60
		return 1
	fi
}

@test "nlroute vs strace: the kernel's dumps of links, addresses, routes, rules, qdiscs, netconf, labels, nexthops, whole; neighbours cut" {
	skip_unless_netns
	# -s 80: a link's 50-odd attributes and its AF_INET6 arrays whole
	vs_strace_netns -s 80 "$RT/trace-nlroute" dump
	vs_strace_netns -X verbose -v "$RT/trace-nlroute" dump
	vs_strace_netns -s 3 "$RT/trace-nlroute" neigh
}

@test "nlroute: the dump holds what the namespace was given, decoded" {
	skip_unless_netns
	run netns "$BIN/trace" -s 80 -e trace=recvfrom "$RT/trace-nlroute" dump
	[ "$status" -eq 0 ]
	[[ $output == *'IFLA_PROP_LIST}, [{nla_len=13, nla_type=IFLA_ALT_IFNAME}, "veth-alt"]]'* ]]
	[[ $output == *'[{nla_len=9, nla_type=IFLA_INFO_KIND}, "veth"]'* ]]
	[[ $output == *'[{nla_len=5, nla_type=IFLA_XDP_ATTACHED}, XDP_ATTACHED_NONE]'* ]]
	[[ $output == *'nla_type=AF_INET}, [{nla_len='*', nla_type=IFLA_INET_CONF}, [[IPV4_DEVCONF_FORWARDING-1]=0, '* ]]
	[[ $output == *'[{nla_len=8, nla_type=RTAX_LOCK}, 4], [{nla_len=8, nla_type=RTAX_MTU}, 1400]'* ]]
	[[ $output == *'[{nla_len=10, nla_type=RTAX_CC_ALGO}, "cubic"]'* ]]
	[[ $output == *'[[{rtnh_len=16, rtnh_flags=0, rtnh_hops=1, rtnh_ifindex=if_nametoindex("v0")}, [{nla_len=8, nla_type=RTA_GATEWAY}, inet_addr("10.9.0.3")]], '* ]]
	[[ $output == *'{family=AF_INET, dst_len=0, src_len=24, tos=0, table=0x64 /* RT_TABLE_??? */, action=FR_ACT_TO_TBL, flags=0}'* ]]
	[[ $output == *'[{nla_len=12, nla_type=FRA_UID_RANGE}, {start=1000, end=2000}]'* ]]
	[[ $output == *'[{nla_len=8, nla_type=FRA_SPORT_RANGE}, {start=80, end=443}]'* ]]
	[[ $output == *'[{nla_len=10, nla_type=TCA_KIND}, "pfifo"]'* ]]
	[[ $output == *'[{nla_len=24, nla_type=TCA_STATS_QUEUE}, {qlen=0, backlog=0, drops=0, requeues=0, overlimits=0}]'* ]]
	[[ $output == *'{nh_family=AF_INET, nh_scope=RT_SCOPE_LINK, nh_protocol=RTPROT_UNSPEC, nh_flags=0}, [[{nla_len=8, nla_type=NHA_ID}, 7]'* ]]
	[[ $output == *'[{nla_len=20, nla_type=IFAL_ADDRESS}, inet_pton(AF_INET6, "2001:db8::")], [{nla_len=8, nla_type=IFAL_LABEL}, 99]'* ]]
	[[ $output == *'[{nla_len=11, nla_type=IFLA_INFO_KIND}, "bridge"], [{nla_len='*', nla_type=IFLA_INFO_DATA}, [[{nla_len=12, nla_type=IFLA_BR_HELLO_TIMER}, 0]'* ]]
	[[ $output == *'[{nla_len=12, nla_type=IFLA_BR_MULTI_BOOLOPT}, {optval=0, optmask=1<<BR_BOOLOPT_NO_LL_LEARN'* ]]
	[[ $output == *'[{nla_len=11, nla_type=IFLA_INFO_SLAVE_KIND}, "bridge"], [{nla_len='*', nla_type=IFLA_INFO_SLAVE_DATA}, [[{nla_len=5, nla_type=IFLA_BRPORT_STATE}, 0]'* ]]
	[[ $output == *'{ifi_family=AF_BRIDGE, ifi_type=ARPHRD_ETHER, ifi_index=if_nametoindex("v1")'*'NLA_F_NESTED|IFLA_PROTINFO}, [[{nla_len=5, nla_type=IFLA_BRPORT_STATE}, 0]'* ]]
}
