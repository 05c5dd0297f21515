/* tests/rt/trace-nlroute.c — NETLINK_ROUTE messages beyond the basics for
 * bin/trace to decode as strace 6.1 does (tests/trace-nlroute.bats):
 *   trace-nlroute sent    messages built here, sent to a second socket of
 *                         ours (the kernel never acts on them): struct and
 *                         nested attributes of links, routes, neighbours,
 *                         and the other RTM_* kinds' headers
 *   trace-nlroute dump    the kernel's dumps of links, addresses, routes,
 *                         rules, qdiscs, netconf, address labels, netns ids,
 *                         nexthops: run in a network namespace of the test's
 *                         own making, where no counter moves between the
 *                         two runs
 *   trace-nlroute neigh   the kernel's dump of neighbours
 * Sockets are bound to fixed port ids, so that replies carry the same
 * nlmsg_pid in both runs.
 */
#include "sg.h"
#include "net.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/neighbour.h>
#include <linux/lwtunnel.h>
#include <linux/fib_rules.h>
#include <linux/if_addrlabel.h>
#include <linux/netconf.h>
#include <linux/net_namespace.h>
#include <linux/nexthop.h>
#include <linux/dcbnl.h>
#include <linux/if_bridge.h>
#include <linux/pkt_sched.h>
#include <linux/gen_stats.h>
#include <linux/pkt_cls.h>
#include <asm/unistd.h>

#define AF_INET 2		/* address_families(7) */
#define AF_INET6 10
#define AF_BRIDGE 7
#define AF_NETLINK 16
#define SOCK_RAW 3
#define SOL_NETLINK 270
#define PORT_A 0x7e570011u	/* our port ids: no process has these */
#define PORT_B 0x7e570012u

/* struct msghdr as the kernel reads it (libc's; not in UAPI) */
struct msghdr {
	void *msg_name;
	int msg_namelen;
	struct iovec *msg_iov;
	unsigned long msg_iovlen;
	void *msg_control;
	unsigned long msg_controllen;
	int msg_flags;
};

static unsigned char buf[16384];
static unsigned char in[65536];
static unsigned char body[4096];

static int nl_socket(unsigned port)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK, .nl_pid = port };
	int s = (int)sys_socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (s >= 0)
		sys_bind(s, &a, sizeof a);
	return s;
}

/* a message in buf: header, then `n` bytes of body; returns its length */
static unsigned msg(unsigned type, unsigned flags, unsigned seq, const void *b, unsigned n)
{
	struct nlmsghdr h = { NLMSG_HDRLEN + n, (uint16_t)type, (uint16_t)flags, seq, 0 };
	memcpy(buf, &h, sizeof h);
	memcpy(buf + NLMSG_HDRLEN, b, n);
	return NLMSG_ALIGN(h.nlmsg_len);
}

/* an attribute at body + off: returns the offset after it */
static unsigned attr(unsigned off, unsigned type, const void *data, unsigned n)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + n), (uint16_t)type };
	memcpy(body + off, &a, sizeof a);
	if (n)
		memcpy(body + off + NLA_HDRLEN, data, n);
	return off + NLA_ALIGN(a.nla_len);
}

/* a nest opened at off: its header is written by nest_end */
static unsigned nest_end(unsigned start, unsigned end, unsigned type)
{
	struct nlattr a = { (uint16_t)(end - start), (uint16_t)type };
	memcpy(body + start, &a, sizeof a);
	return end;
}

static int s, b;

static void to_b(unsigned type, unsigned flags, unsigned seq, unsigned n)
{
	struct sockaddr_nl k = { .nl_family = AF_NETLINK, .nl_pid = PORT_B };
	sys_sendto(s, buf, msg(type, flags, seq, body, n), 0, &k, sizeof k);
	sys_recvfrom(b, in, sizeof in, 0, NULL, NULL);
}

static void fill(void *p, unsigned n, unsigned start)
{
	unsigned char *c = p;
	for (unsigned i = 0; i < n; i++)
		c[i] = (unsigned char)(start + i);
}

/* links: struct attributes, nests, the per-family IFLA_AF_SPEC */
static void links(void)
{
	struct ifinfomsg ifi = { .ifi_family = 0, .ifi_index = 1 };
	unsigned n = sizeof ifi, st;
	uint32_t u[40];
	uint64_t q[40];
	for (unsigned i = 0; i < 40; i++)
		u[i] = i * 3, q[i] = 0x100000000ull + i;

	memcpy(body, &ifi, n);
	n = attr(n, IFLA_STATS, u, sizeof(struct rtnl_link_stats));
	n = attr(n, IFLA_STATS64, q, sizeof(struct rtnl_link_stats64));
	struct rtnl_link_ifmap map = { 0x1000, 0x2000, 0x300, 5, 6, 7 };
	n = attr(n, IFLA_MAP, &map, sizeof map);
	n = attr(n, IFLA_STATS, u, 8);			/* short */
	n = attr(n, IFLA_STATS64, q, sizeof(struct rtnl_link_stats64) - 8);	/* older */
	n = attr(n, IFLA_MAP, &map, sizeof map + 4);	/* longer */
	n = attr(n, IFLA_PERM_ADDRESS, "\x02\x11\x22\x33\x44\x55", 6);
	st = n; n += NLA_HDRLEN;
	int32_t fd = -1;
	n = attr(n, IFLA_XDP_FD, &fd, 4);
	n = attr(n, IFLA_XDP_ATTACHED, "\x01", 1);
	uint32_t xf = 0x16;
	n = attr(n, IFLA_XDP_FLAGS, &xf, 4);
	n = attr(n, IFLA_XDP_PROG_ID, &xf, 4);
	n = attr(n, IFLA_XDP_EXPECTED_FD, &fd, 4);
	n = attr(n, 0x55, "x", 1);
	n = nest_end(st, n, IFLA_XDP | NLA_F_NESTED);
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_INFO_KIND, "veth", 5);
	n = attr(n, IFLA_INFO_DATA, "\x01\x02\x03\x04", 4);
	n = attr(n, IFLA_INFO_XSTATS, "\x01\x02\x03\x04", 4);
	n = attr(n, IFLA_INFO_SLAVE_KIND, "bridge", 7);
	n = attr(n, IFLA_INFO_SLAVE_DATA, "\x05\x06", 2);
	n = nest_end(st, n, IFLA_LINKINFO);
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_ALT_IFNAME, "alt0", 5);
	n = attr(n, IFLA_ALT_IFNAME, "alt1", 5);
	n = nest_end(st, n, IFLA_PROP_LIST);
	uint32_t ev = 3;
	n = attr(n, IFLA_EVENT, &ev, 4);
	n = attr(n, IFLA_PROTINFO, "\x08\x00\x01\x00\x07\x00\x00\x00", 8);
	n = attr(n, IFLA_VFINFO_LIST, "\x04\x00\x01\x00", 4);
	/* one IFLA_VF_INFO: every IFLA_VF_* type with 36 bytes, then 8 */
	st = n; n += NLA_HDRLEN;
	unsigned vi = n; n += NLA_HDRLEN;
	unsigned char vf[44];
	fill(vf, sizeof vf, 1);
	for (unsigned k = 0; k < 22; k++)
		n = attr(n, k, vf, k & 1 ? 44 : 8);
	for (unsigned k = 0; k < 22; k++)
		n = attr(n, k, vf, k & 1 ? 8 : 44);
	n = nest_end(vi, n, IFLA_VF_INFO);
	n = nest_end(st, n, IFLA_VFINFO_LIST);
	n = attr(n, IFLA_VF_PORTS, "\x0c\x00\x01\x00\x08\x00\x01\x00\x07\x00\x00\x00", 12);
	st = n; n += NLA_HDRLEN;
	for (unsigned k = 0; k < 10; k++)	/* IFLA_PORT_*: every type, 18 bytes */
		n = attr(n, k, "\x07\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e", 18);
	n = attr(n, IFLA_PORT_VSI_TYPE, "\x01\x02\x03\x04\x05\x00\x00\x00", 8);
	n = nest_end(st, n, IFLA_PORT_SELF);
	n = attr(n, IFLA_LINK_NETNSID, &fd, 4);
	n = attr(n, IFLA_CARRIER, "\x01", 1);
	n = attr(n, IFLA_PROTO_DOWN_REASON, "\x08\x00\x01\x00\x07\x00\x00\x00", 8);
	n = attr(n, IFLA_NEW_IFINDEX, &ev, 4);
	n = attr(n, IFLA_GRO_MAX_SIZE, &ev, 4);
	n = attr(n, IFLA_ALLMULTI, &ev, 4);
	n = attr(n, IFLA_ALLMULTI + 1, &ev, 4);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 1, n);

	/* IFLA_AF_SPEC: AF_INET's devconf array, AF_INET6's attributes */
	n = sizeof ifi;
	unsigned sp = n; n += NLA_HDRLEN;
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_INET_CONF, u, 4 * 35);
	n = attr(n, 0x5, u, 4);
	n = nest_end(st, n, AF_INET);
	st = n; n += NLA_HDRLEN;
	uint32_t fl = 0x80000030;
	n = attr(n, IFLA_INET6_FLAGS, &fl, 4);
	struct ifla_cacheinfo ci = { 65535, 20, 30000, 1000 };
	n = attr(n, IFLA_INET6_CACHEINFO, &ci, sizeof ci);
	int32_t conf[60];
	for (unsigned i = 0; i < 60; i++)
		conf[i] = (int32_t)i - 2;
	n = attr(n, IFLA_INET6_CONF, conf, sizeof conf);
	n = attr(n, IFLA_INET6_STATS, q, 8 * 39);
	n = attr(n, IFLA_INET6_ICMP6STATS, q, 8 * 7);
	n = attr(n, IFLA_INET6_TOKEN, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
	n = attr(n, IFLA_INET6_ADDR_GEN_MODE, "\x02", 1);
	n = attr(n, IFLA_INET6_ADDR_GEN_MODE, "\x09", 1);
	n = attr(n, IFLA_INET6_RA_MTU, &ev, 4);
	n = attr(n, IFLA_INET6_MCAST, &ev, 4);
	n = attr(n, IFLA_INET6_CONF, conf, 6);
	n = nest_end(st, n, AF_INET6);
	st = n; n += NLA_HDRLEN;
	n = attr(n, 1, &ev, 4);
	n = nest_end(st, n, AF_BRIDGE);
	n = attr(n, 0x33, &ev, 4);
	n = nest_end(sp, n, IFLA_AF_SPEC);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 2, n);
}

static void routes(void)
{
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_dst_len = 24, .rtm_table = RT_TABLE_MAIN,
			    .rtm_protocol = RTPROT_BOOT, .rtm_type = RTN_UNICAST };
	unsigned n = sizeof rt, st;
	uint32_t v = 1500, lock = 1 << RTAX_MTU | 1 << RTAX_HOPLIMIT, feat = 0xf;
	memcpy(body, &rt, n);
	st = n; n += NLA_HDRLEN;
	n = attr(n, RTAX_LOCK, &lock, 4);
	n = attr(n, RTAX_MTU, &v, 4);
	n = attr(n, RTAX_FEATURES, &feat, 4);
	n = attr(n, RTAX_CC_ALGO, "cubic", 6);
	n = attr(n, RTAX_HOPLIMIT, "\x01", 1);
	n = attr(n, RTAX_FASTOPEN_NO_COOKIE + 1, &v, 4);
	n = nest_end(st, n, RTA_METRICS);
	struct rta_cacheinfo ci = { 1, 2, 3, 4, 5, 6, 7, 8 };
	n = attr(n, RTA_CACHEINFO, &ci, sizeof ci);
	st = n; n += NLA_HDRLEN;
	struct rtnexthop nh = { sizeof nh, RTNH_F_ONLINK | RTNH_F_DEAD, 3, 1 };
	memcpy(body + n, &nh, sizeof nh); n += sizeof nh;
	unsigned nh2 = n;
	nh.rtnh_flags = 0; nh.rtnh_hops = 0; nh.rtnh_ifindex = 2;
	memcpy(body + n, &nh, sizeof nh); n += sizeof nh;
	n = attr(n, RTA_GATEWAY, "\x0a\x00\x00\x01", 4);
	nh.rtnh_len = (unsigned short)(n - nh2);
	memcpy(body + nh2, &nh, sizeof nh);
	n = nest_end(st, n, RTA_MULTIPATH);
	struct rta_mfc_stats mfc = { 10, 20, 30 };
	n = attr(n, RTA_MFC_STATS, &mfc, sizeof mfc);
	unsigned char via[2 + 16] = { AF_INET6, 0, 0xfe, 0x80 };
	via[17] = 1;
	n = attr(n, RTA_VIA, via, sizeof via);
	unsigned char via4[6] = { AF_INET, 0, 10, 0, 0, 2 };
	n = attr(n, RTA_VIA, via4, sizeof via4);
	uint16_t et = LWTUNNEL_ENCAP_MPLS, et2 = 99;
	n = attr(n, RTA_ENCAP_TYPE, &et, 2);
	n = attr(n, RTA_ENCAP_TYPE, &et2, 2);
	n = attr(n, RTA_ENCAP, "\x08\x00\x01\x00\x01\x02\x03\x04", 8);
	uint64_t e64 = 77;
	n = attr(n, RTA_EXPIRES, &e64, 8);
	n = attr(n, RTA_NH_ID, &v, 4);
	n = attr(n, RTA_TTL_PROPAGATE, "\x01", 1);
	n = attr(n, RTA_IP_PROTO, "\x06", 1);
	uint16_t port = 0x5000;
	n = attr(n, RTA_SPORT, &port, 2);
	n = attr(n, RTA_DPORT, &port, 2);
	n = attr(n, RTA_NEWDST, "\x00\x01\x01\x00", 4);
	n = attr(n, RTA_MP_ALGO, &v, 4);
	n = attr(n, RTA_SESSION, &v, 4);
	n = attr(n, RTA_PROTOINFO, &v, 4);
	n = attr(n, RTA_ENCAP_TYPE, "\x01", 1);
	n = attr(n, RTA_CACHEINFO, &ci, 8);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_CREATE, 4, n);
}

static void neighs(void)
{
	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 1, .ndm_state = NUD_REACHABLE };
	unsigned n = sizeof nd;
	memcpy(body, &nd, n);
	struct nda_cacheinfo ci = { 1, 2, 3, 4 };
	n = attr(n, NDA_CACHEINFO, &ci, sizeof ci);
	uint16_t port = 0x12b5, vlan = 5;
	n = attr(n, NDA_PORT, &port, 2);
	n = attr(n, NDA_VLAN, &vlan, 2);
	uint32_t v = 7;
	n = attr(n, NDA_NH_ID, &v, 4);
	n = attr(n, NDA_FLAGS_EXT, &v, 4);
	n = attr(n, NDA_PROTOCOL, "\x03", 1);
	n = attr(n, NDA_NDM_STATE_MASK, &vlan, 2);
	n = attr(n, NDA_NDM_FLAGS_MASK, "\x01", 1);
	n = attr(n, NDA_FDB_EXT_ATTRS, "\x08\x00\x01\x00\x01\x00\x00\x00", 8);
	n = attr(n, NDA_CACHEINFO, &ci, 8);
	to_b(RTM_NEWNEIGH, NLM_F_REQUEST, 5, n);
}

/* the other kinds: each header, and a few attributes */
static void kinds(void)
{
	unsigned n;
	uint32_t v = 3;

	struct tcmsg tc = { .tcm_family = 0, .tcm_ifindex = 1, .tcm_handle = 0x10000,
			    .tcm_parent = 0xffffffff, .tcm_info = 0x300 };
	n = sizeof tc;
	memcpy(body, &tc, n);
	n = attr(n, TCA_KIND, "pfifo_fast", 11);
	struct tc_stats ts = { 1, 2, 3, 4, 5, 6, 7, 8 };
	n = attr(n, TCA_STATS, &ts, sizeof ts);
	unsigned st = n; n += NLA_HDRLEN;
	struct gnet_stats_basic gb = { 100, 2 };
	n = attr(n, TCA_STATS_BASIC, &gb, sizeof gb);
	struct gnet_stats_rate_est re = { 5, 6 };
	n = attr(n, TCA_STATS_RATE_EST, &re, sizeof re);
	struct gnet_stats_queue gq = { 1, 2, 3, 4, 5 };
	n = attr(n, TCA_STATS_QUEUE, &gq, sizeof gq);
	struct gnet_stats_rate_est64 r64 = { 7, 8 };
	n = attr(n, TCA_STATS_RATE_EST64, &r64, sizeof r64);
	n = attr(n, TCA_STATS_APP, "\x01\x02", 2);
	n = attr(n, TCA_STATS_BASIC_HW, &gb, sizeof gb);
	uint64_t pk = 9;
	n = attr(n, TCA_STATS_PKT64, &pk, 8);
	n = nest_end(st, n, TCA_STATS2);
	n = attr(n, TCA_OPTIONS, "\x01\x02\x03", 3);
	n = attr(n, TCA_XSTATS, "\x01", 1);
	n = attr(n, TCA_RATE, "\x01\x02", 2);
	n = attr(n, TCA_FCNT, &v, 4);
	n = attr(n, TCA_CHAIN, &v, 4);
	n = attr(n, TCA_HW_OFFLOAD, "\x01", 1);
	n = attr(n, TCA_INGRESS_BLOCK, &v, 4);
	n = attr(n, TCA_EGRESS_BLOCK, &v, 4);
	n = attr(n, TCA_DUMP_FLAGS, &v, 4);
	to_b(RTM_NEWQDISC, NLM_F_REQUEST, 6, n);
	to_b(RTM_GETTFILTER, NLM_F_REQUEST, 7, sizeof tc);
	to_b(RTM_NEWCHAIN, NLM_F_REQUEST, 8, 3);

	struct fib_rule_hdr fr = { .family = AF_INET, .dst_len = 8, .src_len = 16, .tos = 4,
				   .table = RT_TABLE_MAIN, .action = FR_ACT_TO_TBL, .flags = FIB_RULE_INVERT };
	n = sizeof fr;
	memcpy(body, &fr, n);
	n = attr(n, FRA_DST, "\x0a\x00\x00\x00", 4);
	n = attr(n, FRA_SRC, "\x0a\x01\x00\x00", 4);
	n = attr(n, FRA_IIFNAME, "lo", 3);
	n = attr(n, FRA_OIFNAME, "lo", 3);
	n = attr(n, FRA_GOTO, &v, 4);
	n = attr(n, FRA_PRIORITY, &v, 4);
	n = attr(n, FRA_FWMARK, &v, 4);
	n = attr(n, FRA_FLOW, &v, 4);
	n = attr(n, FRA_TUN_ID, "\x00\x00\x00\x00\x00\x00\x00\x05", 8);
	n = attr(n, FRA_SUPPRESS_IFGROUP, &v, 4);
	n = attr(n, FRA_SUPPRESS_PREFIXLEN, &v, 4);
	n = attr(n, FRA_TABLE, &v, 4);
	n = attr(n, FRA_FWMASK, &v, 4);
	n = attr(n, FRA_L3MDEV, "\x01", 1);
	struct fib_rule_uid_range ur = { 1000, 2000 };
	n = attr(n, FRA_UID_RANGE, &ur, sizeof ur);
	n = attr(n, FRA_PROTOCOL, "\x04", 1);
	n = attr(n, FRA_IP_PROTO, "\x11", 1);
	struct fib_rule_port_range pr = { 80, 443 };
	n = attr(n, FRA_SPORT_RANGE, &pr, sizeof pr);
	n = attr(n, FRA_DPORT_RANGE, &pr, sizeof pr);
	to_b(RTM_NEWRULE, NLM_F_REQUEST, 9, n);

	struct ifaddrlblmsg al = { .ifal_family = AF_INET6, .ifal_prefixlen = 64, .ifal_index = 1, .ifal_seq = 5 };
	n = sizeof al;
	memcpy(body, &al, n);
	n = attr(n, IFAL_ADDRESS, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
	n = attr(n, IFAL_LABEL, &v, 4);
	to_b(RTM_NEWADDRLABEL, NLM_F_REQUEST, 10, n);

	struct netconfmsg nc = { .ncm_family = AF_INET };
	n = 4;
	memcpy(body, &nc, 1);
	memset(body + 1, 0, 3);
	int32_t iv = -1;
	n = attr(n, NETCONFA_IFINDEX, &iv, 4);
	n = attr(n, NETCONFA_FORWARDING, &v, 4);
	n = attr(n, NETCONFA_RP_FILTER, &v, 4);
	n = attr(n, NETCONFA_MC_FORWARDING, &v, 4);
	n = attr(n, NETCONFA_PROXY_NEIGH, &v, 4);
	n = attr(n, NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN, &v, 4);
	n = attr(n, NETCONFA_INPUT, &v, 4);
	n = attr(n, NETCONFA_BC_FORWARDING, &v, 4);
	to_b(RTM_NEWNETCONF, NLM_F_REQUEST, 11, n);

	struct rtgenmsg g = { .rtgen_family = 0 };
	n = 4;
	memcpy(body, &g, 1);
	n = attr(n, NETNSA_NSID, &iv, 4);
	n = attr(n, NETNSA_PID, &v, 4);
	n = attr(n, NETNSA_FD, &v, 4);
	n = attr(n, NETNSA_TARGET_NSID, &iv, 4);
	n = attr(n, NETNSA_CURRENT_NSID, &iv, 4);
	to_b(RTM_NEWNSID, NLM_F_REQUEST, 12, n);

	struct ndtmsg nt = { .ndtm_family = AF_INET };
	n = sizeof nt;
	memcpy(body, &nt, n);
	n = attr(n, NDTA_NAME, "arp_cache", 10);
	n = attr(n, NDTA_THRESH1, &v, 4);
	uint64_t gc = 30000;
	n = attr(n, NDTA_GC_INTERVAL, &gc, 8);
	struct ndt_config cf = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	n = attr(n, NDTA_CONFIG, &cf, sizeof cf);
	struct ndt_stats ns;
	fill(&ns, sizeof ns, 1);
	n = attr(n, NDTA_STATS, &ns, sizeof ns);
	st = n; n += NLA_HDRLEN;
	n = attr(n, NDTPA_IFINDEX, &v, 4);
	n = attr(n, NDTPA_REFCNT, &v, 4);
	n = attr(n, NDTPA_REACHABLE_TIME, &gc, 8);
	n = attr(n, NDTPA_QUEUE_LEN, &v, 4);
	n = nest_end(st, n, NDTA_PARMS);
	to_b(RTM_NEWNEIGHTBL, NLM_F_REQUEST, 13, n);

	struct br_port_msg bp = { .family = AF_BRIDGE, .ifindex = 1 };
	n = sizeof bp;
	memcpy(body, &bp, n);
	n = attr(n, MDBA_ROUTER, "\x04\x00\x01\x00", 4);
	n = attr(n, MDBA_MDB, "\x04\x00\x01\x00", 4);
	/* an entry: struct br_mdb_entry and its attributes in one attribute */
	unsigned m = n; n += NLA_HDRLEN;
	unsigned e = n; n += NLA_HDRLEN;
	struct br_mdb_entry me = { .ifindex = 1, .state = MDB_PERMANENT, .flags = 0x13, .vid = 5,
				   .addr = { .u.ip4 = 0x010101ef, .proto = 0x0008 } };
	unsigned i = n; n += NLA_HDRLEN;
	memcpy(body + n, &me, sizeof me);
	n += NLA_ALIGN(sizeof me);
	n = attr(n, MDBA_MDB_EATTR_TIMER, &v, 4);
	n = attr(n, MDBA_MDB_EATTR_RTPROT, "\x04", 1);
	n = nest_end(i, n, MDBA_MDB_ENTRY_INFO);
	n = attr(n, MDBA_MDB_ENTRY_INFO, &me, 8);
	n = nest_end(e, n, MDBA_MDB_ENTRY);
	n = nest_end(m, n, MDBA_MDB);
	to_b(RTM_NEWMDB, NLM_F_REQUEST, 14, n);

	struct dcbmsg dm = { .dcb_family = 0, .cmd = DCB_CMD_GSTATE };
	n = sizeof dm;
	memcpy(body, &dm, n);
	n = attr(n, DCB_ATTR_IFNAME, "lo", 3);
	to_b(RTM_GETDCB, NLM_F_REQUEST, 15, n);

	struct if_stats_msg sm = { .family = 0, .ifindex = 1, .filter_mask = IFLA_STATS_FILTER_BIT(IFLA_STATS_LINK_64) };
	n = sizeof sm;
	memcpy(body, &sm, n);
	n = attr(n, IFLA_STATS_LINK_64, "\x01\x02", 2);
	to_b(RTM_GETSTATS, NLM_F_REQUEST, 16, n);

	struct nhmsg nm = { .nh_family = AF_INET, .nh_scope = 0, .nh_protocol = 3, .nh_flags = RTNH_F_ONLINK };
	n = sizeof nm;
	memcpy(body, &nm, n);
	n = attr(n, NHA_ID, &v, 4);
	n = attr(n, NHA_OIF, &v, 4);
	n = attr(n, NHA_GATEWAY, "\x0a\x00\x00\x01", 4);
	n = attr(n, NHA_BLACKHOLE, "", 0);
	to_b(RTM_NEWNEXTHOP, NLM_F_REQUEST, 17, n);

	struct prefixmsg pm = { .prefix_family = AF_INET6, .prefix_ifindex = 1, .prefix_type = 3, .prefix_len = 64 };
	n = sizeof pm;
	memcpy(body, &pm, n);
	to_b(RTM_NEWPREFIX, NLM_F_REQUEST, 18, n);
	to_b(RTM_NEWACTION, NLM_F_REQUEST, 19, 4);
	to_b(RTM_GETMULTICAST, NLM_F_REQUEST, 20, 8);
}


/* values past the names, odd lengths, one next hop, more kinds' attributes */
static void edges(void)
{
	struct ifinfomsg ifi = { .ifi_family = 0, .ifi_index = 1 };
	unsigned n = sizeof ifi, st;
	uint32_t v = 99, big = 0x80000001u;

	memcpy(body, &ifi, n);
	n = attr(n, IFLA_EVENT, &v, 4);
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_XDP_ATTACHED, "\x09", 1);
	n = attr(n, IFLA_XDP_FLAGS, &big, 4);
	n = attr(n, IFLA_XDP_FLAGS, "\x00\x00\x00\x00", 4);
	n = nest_end(st, n, IFLA_XDP);
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_PROTO_DOWN_REASON_VALUE, &v, 4);
	n = nest_end(st, n, IFLA_PROTO_DOWN_REASON);
	n = attr(n, IFLA_MAP, "\x01\x02", 2);
	n = attr(n, IFLA_STATS64, "\x01\x02", 2);
	st = n; n += NLA_HDRLEN;
	unsigned s6 = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_INET6_FLAGS, "\x00\x00\x00\x00", 4);
	n = attr(n, IFLA_INET6_FLAGS, "\x01\x00\x00\x00", 4);
	n = attr(n, IFLA_INET6_CACHEINFO, &v, 4);
	n = attr(n, IFLA_INET6_STATS, &v, 4);
	n = nest_end(s6, n, AF_INET6);
	n = nest_end(st, n, IFLA_AF_SPEC);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 30, n);

	/* one next hop alone; one whose rtnh_len runs past the attribute */
	struct rtmsg rt = { .rtm_family = AF_INET6, .rtm_table = RT_TABLE_MAIN };
	n = sizeof rt;
	memcpy(body, &rt, n);
	st = n; n += NLA_HDRLEN;
	struct rtnexthop nh = { sizeof nh, 0x80 | RTNH_F_LINKDOWN, 0, 1 };
	memcpy(body + n, &nh, sizeof nh); n += sizeof nh;
	n = nest_end(st, n, RTA_MULTIPATH);
	st = n; n += NLA_HDRLEN;
	nh.rtnh_len = 64; nh.rtnh_flags = 0x40;
	memcpy(body + n, &nh, sizeof nh); n += sizeof nh;
	n = nest_end(st, n, RTA_MULTIPATH);
	n = attr(n, RTA_MULTIPATH, "\x01\x02\x03", 3);
	n = attr(n, RTA_GATEWAY, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	unsigned char via[6] = { 28, 0, 1, 2, 3, 4 };
	n = attr(n, RTA_VIA, via, sizeof via);
	n = attr(n, RTA_VIA, via, 1);
	n = attr(n, RTA_TABLE, &v, 4);
	st = n; n += NLA_HDRLEN;
	n = nest_end(st, n, RTA_METRICS);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 31, n);

	/* more next hops than -s 8 shows */
	n = sizeof rt;
	st = n; n += NLA_HDRLEN;
	nh.rtnh_len = sizeof nh; nh.rtnh_flags = 0;
	for (unsigned i = 0; i < 10; i++) {
		nh.rtnh_hops = (unsigned char)i;
		memcpy(body + n, &nh, sizeof nh); n += sizeof nh;
	}
	n = nest_end(st, n, RTA_MULTIPATH);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 32, n);

	struct nhmsg nm = { .nh_family = AF_INET6, .nh_flags = 0x40 };
	n = sizeof nm;
	memcpy(body, &nm, n);
	n = attr(n, NHA_GROUP, "\x01\x00\x00\x00\x02\x00\x00\x00", 8);
	uint16_t gt = 0;
	n = attr(n, NHA_GROUP_TYPE, &gt, 2);
	n = attr(n, NHA_GATEWAY, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	uint16_t et = LWTUNNEL_ENCAP_IP6;
	n = attr(n, NHA_ENCAP_TYPE, &et, 2);
	n = attr(n, NHA_ENCAP, "\x01\x02\x03\x04", 4);
	n = attr(n, NHA_GROUPS, "", 0);
	n = attr(n, NHA_MASTER, &v, 4);
	n = attr(n, NHA_FDB, "", 0);
	to_b(RTM_NEWNEXTHOP, NLM_F_REQUEST, 33, n);

	struct if_stats_msg sm = { .family = AF_INET, .ifindex = 0, .filter_mask = 0x8000001f };
	n = sizeof sm;
	memcpy(body, &sm, n);
	to_b(RTM_GETSTATS, NLM_F_REQUEST, 34, n);
	/* a RTM_NEWSTATS reply's attributes */
	sm.filter_mask = 0;
	memcpy(body, &sm, n);
	uint64_t q[26];
	fill(q, sizeof q, 1);
	n = attr(n, IFLA_STATS_LINK_64, q, sizeof(struct rtnl_link_stats64));
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_OFFLOAD_XSTATS_CPU_HIT, q, sizeof(struct rtnl_link_stats64));
	n = attr(n, IFLA_OFFLOAD_XSTATS_CPU_HIT, q, 16);
	n = attr(n, IFLA_OFFLOAD_XSTATS_CPU_HIT + 1, q, 8);
	n = nest_end(st, n, IFLA_STATS_LINK_OFFLOAD_XSTATS);
	n = attr(n, IFLA_STATS_LINK_XSTATS, q, 8);
	n = attr(n, IFLA_STATS_AF_SPEC, q, 8);
	to_b(RTM_NEWSTATS, NLM_F_REQUEST, 35, n);

	/* tcamsg with attributes; a dcbmsg with an unnamed command */
	memcpy(body, "\x02\x00\x00\x00", 4);
	n = attr(4, TCA_ACT_KIND, "gact", 5);
	n = attr(n, TCA_ACT_OPTIONS, &v, 4);
	n = attr(n, TCA_ACT_INDEX, &v, 4);
	st = n; n += NLA_HDRLEN;
	struct gnet_stats_basic gb = { 100, 2 };
	n = attr(n, TCA_STATS_BASIC, &gb, sizeof gb);
	n = nest_end(st, n, TCA_ACT_STATS);
	n = attr(n, TCA_ACT_COOKIE, &v, 4);
	n = attr(n, TCA_ACT_FLAGS, "\x01\x00\x00\x00\x01\x00\x00\x00", 8);
	n = attr(n, TCA_ACT_HW_STATS, "\x01\x00\x00\x00\x03\x00\x00\x00", 8);
	n = attr(n, TCA_ACT_USED_HW_STATS, "\x02\x00\x00\x00\x03\x00\x00\x00", 8);
	n = attr(n, TCA_ACT_IN_HW_COUNT, &v, 4);
	n = attr(n, TCA_ACT_IN_HW_COUNT + 1, &v, 4);
	to_b(RTM_NEWACTION, NLM_F_REQUEST, 36, n);
	memcpy(body, "\x00\x7f\x00\x00", 4);
	n = attr(4, 1, &v, 4);
	to_b(RTM_SETDCB, NLM_F_REQUEST, 37, n);

	struct ndtmsg nt = { .ndtm_family = AF_INET6 };
	n = sizeof nt;
	memcpy(body, &nt, n);
	st = n; n += NLA_HDRLEN;
	uint64_t t64 = 1000;
	n = attr(n, NDTPA_BASE_REACHABLE_TIME, &t64, 8);
	n = attr(n, NDTPA_LOCKTIME, &t64, 8);
	n = attr(n, NDTPA_MCAST_REPROBES, &v, 4);
	n = attr(n, NDTPA_INTERVAL_PROBE_TIME_MS, &t64, 8);
	n = nest_end(st, n, NDTA_PARMS);
	n = attr(n, NDTA_CONFIG, &v, 4);
	to_b(RTM_SETNEIGHTBL, NLM_F_REQUEST, 38, n);

	struct fib_rule_hdr fr = { .family = AF_INET6, .action = FR_ACT_GOTO };
	n = sizeof fr;
	memcpy(body, &fr, n);
	n = attr(n, FRA_DST, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	n = attr(n, FRA_TABLE, "\xfe\x00\x00\x00", 4);
	n = attr(n, FRA_PROTOCOL, "\xfe", 1);
	n = attr(n, FRA_IP_PROTO, "\xfe", 1);
	n = attr(n, FRA_UID_RANGE, &v, 4);
	n = attr(n, FRA_TUN_ID, &v, 4);
	to_b(RTM_DELRULE, NLM_F_REQUEST, 39, n);

	struct tcmsg tc = { .tcm_family = AF_INET };
	n = sizeof tc;
	memcpy(body, &tc, n);
	n = attr(n, TCA_STATS, &v, 4);
	n = attr(n, TCA_RATE, "\xff\x05", 2);
	st = n; n += NLA_HDRLEN;
	n = attr(n, TCA_STATS_BASIC, &v, 4);
	n = attr(n, 99, &v, 4);
	n = nest_end(st, n, TCA_STATS2);
	n = attr(n, TCA_DUMP_FLAGS + 1, &v, 4);
	to_b(RTM_NEWTCLASS, NLM_F_REQUEST, 40, n);

	struct ndmsg nd = { .ndm_family = AF_INET6, .ndm_ifindex = 1 };
	n = sizeof nd;
	memcpy(body, &nd, n);
	n = attr(n, NDA_DST, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	n = attr(n, NDA_FLAGS_EXT, "\x08\x00\x00\x00", 4);
	n = attr(n, NDA_PROTOCOL, "\x06", 1);
	n = attr(n, NDA_PORT, "\x01", 1);
	st = n; n += NLA_HDRLEN;
	n = attr(n, NFEA_ACTIVITY_NOTIFY, "\x06", 1);
	n = attr(n, NFEA_DONT_REFRESH, "", 0);
	n = nest_end(st, n, NDA_FDB_EXT_ATTRS);
	to_b(RTM_DELNEIGH, NLM_F_REQUEST, 41, n);

	/* the same kinds arriving as one buffer of several messages */
}

/* bridge ports (AF_BRIDGE): IFLA_PROTINFO's IFLA_BRPORT_* and IFLA_AF_SPEC's
 * IFLA_BRIDGE_*, every type with payloads of 1 to 16 bytes; and names taken
 * from attributes longer than 8 bytes */
static void bridge(void)
{
	static const unsigned sizes[] = { 1, 2, 4, 8, 16 };
	unsigned char pay[16] = { 3, 0 };

	memset(pay + 2, 0x11, sizeof pay - 2);
	for (unsigned top = 0; top < 2; top++)
		for (unsigned z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
			struct ifinfomsg ifi = { .ifi_family = AF_BRIDGE };
			unsigned n = sizeof ifi, st = n;
			memcpy(body, &ifi, n);
			n += NLA_HDRLEN;
			for (unsigned t = 0; t < (top ? 9 : 42); t++)
				n = attr(n, t, pay, sizes[z]);
			n = nest_end(st, n, top ? IFLA_AF_SPEC : IFLA_PROTINFO);
			to_b(RTM_NEWLINK, NLM_F_REQUEST, 50 + top * 10 + z, n);
		}
	/* IFLA_LINKINFO's data by kind: a bridge's, a tun's, a bridge port's */
	static const char *const kinds[][2] = { { "bridge", "" }, { "tun", "" },
						{ "veth", "bridge" }, { "", "bond" } };
	for (unsigned k = 0; k < 4; k++)
		for (unsigned z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
			struct ifinfomsg ifi = { 0 };
			unsigned n = sizeof ifi, li = n, st;
			memcpy(body, &ifi, n);
			n += NLA_HDRLEN;
			if (*kinds[k][0])
				n = attr(n, IFLA_INFO_KIND, kinds[k][0], (unsigned)strlen(kinds[k][0]) + 1);
			if (*kinds[k][1])
				n = attr(n, IFLA_INFO_SLAVE_KIND, kinds[k][1], (unsigned)strlen(kinds[k][1]));
			st = n; n += NLA_HDRLEN;
			for (unsigned t = 0; t < 50; t++)
				n = attr(n, t, pay, sizes[z]);
			n = nest_end(st, n, *kinds[k][1] ? IFLA_INFO_SLAVE_DATA : IFLA_INFO_DATA);
			n = nest_end(li, n, IFLA_LINKINFO);
			to_b(RTM_NEWLINK, NLM_F_REQUEST, 80 + k * 10 + z, n);
		}
	/* link addresses: as long as the family, read as a device type, says */
	static const unsigned char fams[] = { 0, 1, 3, 7, 10, 15, 24, 27 };
	for (unsigned f = 0; f < sizeof fams; f++) {
		struct ifinfomsg fi = { .ifi_family = fams[f], .ifi_type = 1 };
		unsigned n = sizeof fi;
		unsigned char hw[20];
		fill(hw, sizeof hw, 1);
		memcpy(body, &fi, n);
		n = attr(n, IFLA_ADDRESS, hw, sizeof hw);
		n = attr(n, IFLA_BROADCAST, hw, 6);
		n = attr(n, IFLA_PERM_ADDRESS, hw, 3);
		to_b(RTM_NEWLINK, NLM_F_REQUEST, 120 + f, n);
	}
	uint16_t vp = 0x0081;	/* ETH_P_8021Q in network order */
	struct ifinfomsg ifi = { .ifi_family = 0 };
	unsigned n = sizeof ifi, st;
	memcpy(body, &ifi, n);
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_INFO_KIND, "bridge", 7);
	unsigned d = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_BR_VLAN_PROTOCOL, &vp, 2);
	n = nest_end(d, n, IFLA_INFO_DATA);
	n = nest_end(st, n, IFLA_LINKINFO);
	st = n; n += NLA_HDRLEN;
	n = attr(n, IFLA_XDP_ATTACHED, pay, 16);
	n = attr(n, IFLA_XDP_FLAGS, pay, 16);
	n = attr(n, IFLA_XDP_FLAGS, pay, 8);
	n = nest_end(st, n, IFLA_XDP);
	n = attr(n, IFLA_EVENT, pay, 12);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 70, n);
	struct ndmsg nd = { .ndm_family = AF_BRIDGE };
	n = sizeof nd;
	memcpy(body, &nd, n);
	n = attr(n, NDA_PORT, pay, 16);
	n = attr(n, NDA_FLAGS_EXT, pay, 16);
	n = attr(n, NDA_PROTOCOL, pay, 2);
	to_b(RTM_NEWNEIGH, NLM_F_REQUEST, 71, n);
	struct rtmsg rt = { .rtm_family = AF_INET };
	n = sizeof rt;
	memcpy(body, &rt, n);
	n = attr(n, RTA_ENCAP_TYPE, pay, 16);
	n = attr(n, RTA_ENCAP_TYPE, pay, 4);
	n = attr(n, RTA_TABLE, pay, 16);
	n = attr(n, RTA_EXPIRES, pay, 16);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 72, n);
	struct fib_rule_hdr fr = { .family = AF_INET };
	n = sizeof fr;
	memcpy(body, &fr, n);
	n = attr(n, FRA_TUN_ID, pay, 16);
	n = attr(n, FRA_TABLE, pay, 16);
	n = attr(n, FRA_IP_PROTO, pay, 16);
	to_b(RTM_NEWRULE, NLM_F_REQUEST, 73, n);
}

/* every RTM_* type from RTM_BASE to 127 once: each kind's header (and the
 * ones strace 6.1 has no name or struct for) with an attribute after it */
static void types(void)
{
	for (unsigned ty = RTM_BASE; ty < 128; ty++) {
		memset(body, 0, 20);
		body[0] = AF_INET;
		body[1] = 1;
		body[4] = 1;
		unsigned n = attr(20, 1, "\x05\x00\x00\x00", 4);
		to_b(ty, NLM_F_REQUEST, 1000 + ty, n);
	}
}

static void sent(void)
{
	s = nl_socket(PORT_A);
	b = nl_socket(PORT_B);
	links();
	routes();
	neighs();
	kinds();
	edges();
	bridge();
	types();
}

/* a dump request to the kernel and all of its replies, up to NLMSG_DONE */
static void dump(unsigned type, unsigned seq, const void *hdr, unsigned n)
{
	struct sockaddr_nl k = { .nl_family = AF_NETLINK };
	sys_sendto(s, buf, msg(type, NLM_F_REQUEST | NLM_F_DUMP, seq, hdr, n), 0, &k, sizeof k);
	for (;;) {
		long r = sys_recvfrom(s, in, sizeof in, 0, NULL, NULL);
		if (r <= 0)
			break;
		struct nlmsghdr h;
		int done = 0;
		for (long off = 0; off + (long)sizeof h <= r; off += NLMSG_ALIGN(h.nlmsg_len)) {
			memcpy(&h, in + off, sizeof h);
			if (h.nlmsg_type == NLMSG_DONE || h.nlmsg_type == NLMSG_ERROR || h.nlmsg_len < sizeof h)
				done = 1;
			if (h.nlmsg_len < sizeof h)
				break;
		}
		if (done)
			break;
	}
}

static void dumps(void)
{
	s = nl_socket(PORT_A);
	struct ifinfomsg ifi = { 0 };
	dump(RTM_GETLINK, 1, &ifi, sizeof ifi);
	struct ifaddrmsg ifa = { 0 };
	dump(RTM_GETADDR, 2, &ifa, sizeof ifa);
	struct rtmsg rt = { 0 };
	dump(RTM_GETROUTE, 3, &rt, sizeof rt);
	struct fib_rule_hdr fr = { 0 };
	dump(RTM_GETRULE, 5, &fr, sizeof fr);
	struct tcmsg tc = { 0 };
	dump(RTM_GETQDISC, 6, &tc, sizeof tc);
	struct netconfmsg nc = { 0 };
	dump(RTM_GETNETCONF, 7, &nc, sizeof nc);
	struct ifaddrlblmsg al = { .ifal_family = AF_INET6 };
	dump(RTM_GETADDRLABEL, 8, &al, sizeof al);
	struct rtgenmsg g = { 0 };
	dump(RTM_GETNSID, 9, &g, sizeof g);
	struct nhmsg nh = { 0 };
	dump(RTM_GETNEXTHOP, 10, &nh, sizeof nh);
	/* bridge ports: IFLA_PROTINFO's IFLA_BRPORT_*, IFLA_AF_SPEC's vlans */
	struct ifinfomsg bi = { .ifi_family = AF_BRIDGE };
	dump(RTM_GETLINK, 20, &bi, sizeof bi);
	/* v0's link into buffers too small for it: the kernel writes what
	 * fits, cutting an attribute, a nest, a struct */
	struct sockaddr_nl k = { .nl_family = AF_NETLINK };
	struct ifinfomsg one = { .ifi_index = 3 };
	unsigned sizes[] = { 100, 300, 333, 1000, 1290 };
	for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		sys_sendto(s, buf, msg(RTM_GETLINK, NLM_F_REQUEST, 11 + i, &one, sizeof one), 0,
			   &k, sizeof k);
		struct iovec v = { in, sizes[i] };
		struct sockaddr_nl from;
		struct msghdr mh = { &from, sizeof from, &v, 1, NULL, 0, 0 };
		sys_syscall6(__NR_recvmsg, s, (long)&mh, 0, 0, 0, 0);
	}
}

/* neighbours alone: their NDA_CACHEINFO holds ages that move between
 * the two runs, so the test cuts each entry before it (-s 3) */
static void neighbours(void)
{
	struct ndmsg nd = { 0 };

	s = nl_socket(PORT_A);
	dump(RTM_GETNEIGH, 4, &nd, sizeof nd);
}

int main(int argc, char **argv, char **envp)
{
	const char *what = argc > 1 ? argv[1] : "sent";

	if (!strcmp(what, "dump"))
		dumps();
	else if (!strcmp(what, "neigh"))
		neighbours();
	else
		sent();
	return 0;
}
