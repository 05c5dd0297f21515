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
 *   trace-nlroute rules   sent as above: one message per output rule of
 *                         strace 6.1's that a test of its own once missed
 *                         (struct sizes, arrays read an element at a time,
 *                         names strace 6.1 does not know yet...)
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
#include <linux/mroute.h>
#include <linux/mpls.h>
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

/* The body of the message being built: the kind's header (struct
 * ifinfomsg, struct rtmsg...), then its attributes; blen bytes of it are in
 * use. Padding is not written: what an earlier message left there goes out
 * with this one, so each message is the same from run to run. */
static unsigned blen;

/* a new body: the first n bytes of a kind's header */
static void head(const void *h, unsigned n)
{
	memcpy(body, h, n);
	blen = n;
}

/* one attribute appended: its header, n bytes of data, then to 4 bytes */
static void add(unsigned type, const void *data, unsigned n)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + n), (uint16_t)type };
	memcpy(body + blen, &a, sizeof a);
	if (n)
		memcpy(body + blen + NLA_HDRLEN, data, n);
	blen += NLA_ALIGN(a.nla_len);
}

/* a struct that is not an attribute appended (a next hop, an MDB entry) */
static void put(const void *p, unsigned n)
{
	memcpy(body + blen, p, n);
	blen += NLA_ALIGN(n);
}

/* a nest opened: room for its header, written by nest_end once the length
 * of what it holds is known; returns where the nest starts */
static unsigned nest(void)
{
	unsigned start = blen;
	blen += NLA_HDRLEN;
	return start;
}

static void nest_end(unsigned start, unsigned type)
{
	struct nlattr a = { (uint16_t)(blen - start), (uint16_t)type };
	memcpy(body + start, &a, sizeof a);
}

static int s, b;

/* one message from s: to the kernel (port 0) or to a socket of ours */
static void send_msg(unsigned port, unsigned type, unsigned flags, unsigned seq,
		     const void *data, unsigned n)
{
	struct sockaddr_nl k = { .nl_family = AF_NETLINK, .nl_pid = port };
	sys_sendto(s, buf, msg(type, flags, seq, data, n), 0, &k, sizeof k);
}

/* the body built above to our other socket, and read there */
static void to_b(unsigned type, unsigned flags, unsigned seq)
{
	send_msg(PORT_B, type, flags, seq, body, blen);
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
	unsigned st;
	uint32_t u[40];
	uint64_t q[40];
	for (unsigned i = 0; i < 40; i++)
		u[i] = i * 3, q[i] = 0x100000000ull + i;

	head(&ifi, sizeof ifi);
	add(IFLA_STATS, u, sizeof(struct rtnl_link_stats));
	add(IFLA_STATS64, q, sizeof(struct rtnl_link_stats64));
	struct rtnl_link_ifmap map = { 0x1000, 0x2000, 0x300, 5, 6, 7 };
	add(IFLA_MAP, &map, sizeof map);
	add(IFLA_STATS, u, 8);			/* short */
	add(IFLA_STATS64, q, sizeof(struct rtnl_link_stats64) - 8);	/* older */
	add(IFLA_MAP, &map, sizeof map + 4);	/* longer */
	add(IFLA_PERM_ADDRESS, "\x02\x11\x22\x33\x44\x55", 6);
	st = nest();
	int32_t fd = -1;
	add(IFLA_XDP_FD, &fd, 4);
	add(IFLA_XDP_ATTACHED, "\x01", 1);
	uint32_t xf = 0x16;
	add(IFLA_XDP_FLAGS, &xf, 4);
	add(IFLA_XDP_PROG_ID, &xf, 4);
	add(IFLA_XDP_EXPECTED_FD, &fd, 4);
	add(0x55, "x", 1);
	nest_end(st, IFLA_XDP | NLA_F_NESTED);
	st = nest();
	add(IFLA_INFO_KIND, "veth", 5);
	add(IFLA_INFO_DATA, "\x01\x02\x03\x04", 4);
	add(IFLA_INFO_XSTATS, "\x01\x02\x03\x04", 4);
	add(IFLA_INFO_SLAVE_KIND, "bridge", 7);
	add(IFLA_INFO_SLAVE_DATA, "\x05\x06", 2);
	nest_end(st, IFLA_LINKINFO);
	st = nest();
	add(IFLA_ALT_IFNAME, "alt0", 5);
	add(IFLA_ALT_IFNAME, "alt1", 5);
	nest_end(st, IFLA_PROP_LIST);
	uint32_t ev = 3;
	add(IFLA_EVENT, &ev, 4);
	add(IFLA_PROTINFO, "\x08\x00\x01\x00\x07\x00\x00\x00", 8);
	add(IFLA_VFINFO_LIST, "\x04\x00\x01\x00", 4);
	/* one IFLA_VF_INFO: every IFLA_VF_* type with 36 bytes, then 8 */
	st = nest();
	unsigned vi = nest();
	unsigned char vf[44];
	fill(vf, sizeof vf, 1);
	for (unsigned k = 0; k < 22; k++)
		add(k, vf, k & 1 ? 44 : 8);
	for (unsigned k = 0; k < 22; k++)
		add(k, vf, k & 1 ? 8 : 44);
	nest_end(vi, IFLA_VF_INFO);
	nest_end(st, IFLA_VFINFO_LIST);
	add(IFLA_VF_PORTS, "\x0c\x00\x01\x00\x08\x00\x01\x00\x07\x00\x00\x00", 12);
	st = nest();
	for (unsigned k = 0; k < 10; k++)	/* IFLA_PORT_*: every type, 18 bytes */
		add(k, "\x07\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e", 18);
	add(IFLA_PORT_VSI_TYPE, "\x01\x02\x03\x04\x05\x00\x00\x00", 8);
	nest_end(st, IFLA_PORT_SELF);
	add(IFLA_LINK_NETNSID, &fd, 4);
	add(IFLA_CARRIER, "\x01", 1);
	add(IFLA_PROTO_DOWN_REASON, "\x08\x00\x01\x00\x07\x00\x00\x00", 8);
	add(IFLA_NEW_IFINDEX, &ev, 4);
	add(IFLA_GRO_MAX_SIZE, &ev, 4);
	add(IFLA_ALLMULTI, &ev, 4);
	add(IFLA_ALLMULTI + 1, &ev, 4);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 1);

	/* IFLA_AF_SPEC: AF_INET's devconf array, AF_INET6's attributes */
	head(&ifi, sizeof ifi);
	unsigned sp = nest();
	st = nest();
	add(IFLA_INET_CONF, u, 4 * 35);
	add(0x5, u, 4);
	nest_end(st, AF_INET);
	st = nest();
	uint32_t fl = 0x80000030;
	add(IFLA_INET6_FLAGS, &fl, 4);
	struct ifla_cacheinfo ci = { 65535, 20, 30000, 1000 };
	add(IFLA_INET6_CACHEINFO, &ci, sizeof ci);
	int32_t conf[60];
	for (unsigned i = 0; i < 60; i++)
		conf[i] = (int32_t)i - 2;
	add(IFLA_INET6_CONF, conf, sizeof conf);
	add(IFLA_INET6_STATS, q, 8 * 39);
	add(IFLA_INET6_ICMP6STATS, q, 8 * 7);
	add(IFLA_INET6_TOKEN, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
	add(IFLA_INET6_ADDR_GEN_MODE, "\x02", 1);
	add(IFLA_INET6_ADDR_GEN_MODE, "\x09", 1);
	add(IFLA_INET6_RA_MTU, &ev, 4);
	add(IFLA_INET6_MCAST, &ev, 4);
	add(IFLA_INET6_CONF, conf, 6);
	nest_end(st, AF_INET6);
	st = nest();
	add(1, &ev, 4);
	nest_end(st, AF_BRIDGE);
	add(0x33, &ev, 4);
	nest_end(sp, IFLA_AF_SPEC);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 2);
}

static void routes(void)
{
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_dst_len = 24, .rtm_table = RT_TABLE_MAIN,
			    .rtm_protocol = RTPROT_BOOT, .rtm_type = RTN_UNICAST };
	unsigned st;
	uint32_t v = 1500, lock = 1 << RTAX_MTU | 1 << RTAX_HOPLIMIT, feat = 0xf;
	head(&rt, sizeof rt);
	st = nest();
	add(RTAX_LOCK, &lock, 4);
	add(RTAX_MTU, &v, 4);
	add(RTAX_FEATURES, &feat, 4);
	add(RTAX_CC_ALGO, "cubic", 6);
	add(RTAX_HOPLIMIT, "\x01", 1);
	add(RTAX_FASTOPEN_NO_COOKIE + 1, &v, 4);
	nest_end(st, RTA_METRICS);
	struct rta_cacheinfo ci = { 1, 2, 3, 4, 5, 6, 7, 8 };
	add(RTA_CACHEINFO, &ci, sizeof ci);
	st = nest();
	struct rtnexthop nh = { sizeof nh, RTNH_F_ONLINK | RTNH_F_DEAD, 3, 1 };
	put(&nh, sizeof nh);
	unsigned nh2 = blen;	/* the second next hop holds an attribute */
	nh.rtnh_flags = 0; nh.rtnh_hops = 0; nh.rtnh_ifindex = 2;
	put(&nh, sizeof nh);
	add(RTA_GATEWAY, "\x0a\x00\x00\x01", 4);
	nh.rtnh_len = (unsigned short)(blen - nh2);
	memcpy(body + nh2, &nh, sizeof nh);
	nest_end(st, RTA_MULTIPATH);
	struct rta_mfc_stats mfc = { 10, 20, 30 };
	add(RTA_MFC_STATS, &mfc, sizeof mfc);
	unsigned char via[2 + 16] = { AF_INET6, 0, 0xfe, 0x80 };
	via[17] = 1;
	add(RTA_VIA, via, sizeof via);
	unsigned char via4[6] = { AF_INET, 0, 10, 0, 0, 2 };
	add(RTA_VIA, via4, sizeof via4);
	uint16_t et = LWTUNNEL_ENCAP_MPLS, et2 = 99;
	add(RTA_ENCAP_TYPE, &et, 2);
	add(RTA_ENCAP_TYPE, &et2, 2);
	add(RTA_ENCAP, "\x08\x00\x01\x00\x01\x02\x03\x04", 8);
	uint64_t e64 = 77;
	add(RTA_EXPIRES, &e64, 8);
	add(RTA_NH_ID, &v, 4);
	add(RTA_TTL_PROPAGATE, "\x01", 1);
	add(RTA_IP_PROTO, "\x06", 1);
	uint16_t port = 0x5000;
	add(RTA_SPORT, &port, 2);
	add(RTA_DPORT, &port, 2);
	add(RTA_NEWDST, "\x00\x01\x01\x00", 4);
	add(RTA_MP_ALGO, &v, 4);
	add(RTA_SESSION, &v, 4);
	add(RTA_PROTOINFO, &v, 4);
	add(RTA_ENCAP_TYPE, "\x01", 1);
	add(RTA_CACHEINFO, &ci, 8);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_CREATE, 4);
}

static void neighs(void)
{
	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 1, .ndm_state = NUD_REACHABLE };
	head(&nd, sizeof nd);
	struct nda_cacheinfo ci = { 1, 2, 3, 4 };
	add(NDA_CACHEINFO, &ci, sizeof ci);
	uint16_t port = 0x12b5, vlan = 5;
	add(NDA_PORT, &port, 2);
	add(NDA_VLAN, &vlan, 2);
	uint32_t v = 7;
	add(NDA_NH_ID, &v, 4);
	add(NDA_FLAGS_EXT, &v, 4);
	add(NDA_PROTOCOL, "\x03", 1);
	add(NDA_NDM_STATE_MASK, &vlan, 2);
	add(NDA_NDM_FLAGS_MASK, "\x01", 1);
	add(NDA_FDB_EXT_ATTRS, "\x08\x00\x01\x00\x01\x00\x00\x00", 8);
	add(NDA_CACHEINFO, &ci, 8);
	to_b(RTM_NEWNEIGH, NLM_F_REQUEST, 5);
}

/* the other kinds: each header, and a few attributes */
static void kinds(void)
{
	uint32_t v = 3;

	struct tcmsg tc = { .tcm_family = 0, .tcm_ifindex = 1, .tcm_handle = 0x10000,
			    .tcm_parent = 0xffffffff, .tcm_info = 0x300 };
	head(&tc, sizeof tc);
	add(TCA_KIND, "pfifo_fast", 11);
	struct tc_stats ts = { 1, 2, 3, 4, 5, 6, 7, 8 };
	add(TCA_STATS, &ts, sizeof ts);
	unsigned st = nest();
	struct gnet_stats_basic gb = { 100, 2 };
	add(TCA_STATS_BASIC, &gb, sizeof gb);
	struct gnet_stats_rate_est re = { 5, 6 };
	add(TCA_STATS_RATE_EST, &re, sizeof re);
	struct gnet_stats_queue gq = { 1, 2, 3, 4, 5 };
	add(TCA_STATS_QUEUE, &gq, sizeof gq);
	struct gnet_stats_rate_est64 r64 = { 7, 8 };
	add(TCA_STATS_RATE_EST64, &r64, sizeof r64);
	add(TCA_STATS_APP, "\x01\x02", 2);
	add(TCA_STATS_BASIC_HW, &gb, sizeof gb);
	uint64_t pk = 9;
	add(TCA_STATS_PKT64, &pk, 8);
	nest_end(st, TCA_STATS2);
	add(TCA_OPTIONS, "\x01\x02\x03", 3);
	add(TCA_XSTATS, "\x01", 1);
	add(TCA_RATE, "\x01\x02", 2);
	add(TCA_FCNT, &v, 4);
	add(TCA_CHAIN, &v, 4);
	add(TCA_HW_OFFLOAD, "\x01", 1);
	add(TCA_INGRESS_BLOCK, &v, 4);
	add(TCA_EGRESS_BLOCK, &v, 4);
	add(TCA_DUMP_FLAGS, &v, 4);
	to_b(RTM_NEWQDISC, NLM_F_REQUEST, 6);
	head(&tc, sizeof tc);
	to_b(RTM_GETTFILTER, NLM_F_REQUEST, 7);
	head(&tc, 3);				/* cut short */
	to_b(RTM_NEWCHAIN, NLM_F_REQUEST, 8);

	struct fib_rule_hdr fr = { .family = AF_INET, .dst_len = 8, .src_len = 16, .tos = 4,
				   .table = RT_TABLE_MAIN, .action = FR_ACT_TO_TBL, .flags = FIB_RULE_INVERT };
	head(&fr, sizeof fr);
	add(FRA_DST, "\x0a\x00\x00\x00", 4);
	add(FRA_SRC, "\x0a\x01\x00\x00", 4);
	add(FRA_IIFNAME, "lo", 3);
	add(FRA_OIFNAME, "lo", 3);
	add(FRA_GOTO, &v, 4);
	add(FRA_PRIORITY, &v, 4);
	add(FRA_FWMARK, &v, 4);
	add(FRA_FLOW, &v, 4);
	add(FRA_TUN_ID, "\x00\x00\x00\x00\x00\x00\x00\x05", 8);
	add(FRA_SUPPRESS_IFGROUP, &v, 4);
	add(FRA_SUPPRESS_PREFIXLEN, &v, 4);
	add(FRA_TABLE, &v, 4);
	add(FRA_FWMASK, &v, 4);
	add(FRA_L3MDEV, "\x01", 1);
	struct fib_rule_uid_range ur = { 1000, 2000 };
	add(FRA_UID_RANGE, &ur, sizeof ur);
	add(FRA_PROTOCOL, "\x04", 1);
	add(FRA_IP_PROTO, "\x11", 1);
	struct fib_rule_port_range pr = { 80, 443 };
	add(FRA_SPORT_RANGE, &pr, sizeof pr);
	add(FRA_DPORT_RANGE, &pr, sizeof pr);
	to_b(RTM_NEWRULE, NLM_F_REQUEST, 9);

	struct ifaddrlblmsg al = { .ifal_family = AF_INET6, .ifal_prefixlen = 64, .ifal_index = 1, .ifal_seq = 5 };
	head(&al, sizeof al);
	add(IFAL_ADDRESS, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
	add(IFAL_LABEL, &v, 4);
	to_b(RTM_NEWADDRLABEL, NLM_F_REQUEST, 10);

	/* struct netconfmsg: the family's one byte, padded to 4 */
	static const unsigned char nc[4] = { AF_INET };
	head(nc, sizeof nc);
	int32_t iv = -1;
	add(NETCONFA_IFINDEX, &iv, 4);
	add(NETCONFA_FORWARDING, &v, 4);
	add(NETCONFA_RP_FILTER, &v, 4);
	add(NETCONFA_MC_FORWARDING, &v, 4);
	add(NETCONFA_PROXY_NEIGH, &v, 4);
	add(NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN, &v, 4);
	add(NETCONFA_INPUT, &v, 4);
	add(NETCONFA_BC_FORWARDING, &v, 4);
	to_b(RTM_NEWNETCONF, NLM_F_REQUEST, 11);

	/* struct rtgenmsg: the same, AF_UNSPEC */
	static const unsigned char g[4] = { 0 };
	head(g, sizeof g);
	add(NETNSA_NSID, &iv, 4);
	add(NETNSA_PID, &v, 4);
	add(NETNSA_FD, &v, 4);
	add(NETNSA_TARGET_NSID, &iv, 4);
	add(NETNSA_CURRENT_NSID, &iv, 4);
	to_b(RTM_NEWNSID, NLM_F_REQUEST, 12);

	struct ndtmsg nt = { .ndtm_family = AF_INET };
	head(&nt, sizeof nt);
	add(NDTA_NAME, "arp_cache", 10);
	add(NDTA_THRESH1, &v, 4);
	uint64_t gc = 30000;
	add(NDTA_GC_INTERVAL, &gc, 8);
	struct ndt_config cf = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
	add(NDTA_CONFIG, &cf, sizeof cf);
	struct ndt_stats ns;
	fill(&ns, sizeof ns, 1);
	add(NDTA_STATS, &ns, sizeof ns);
	st = nest();
	add(NDTPA_IFINDEX, &v, 4);
	add(NDTPA_REFCNT, &v, 4);
	add(NDTPA_REACHABLE_TIME, &gc, 8);
	add(NDTPA_QUEUE_LEN, &v, 4);
	nest_end(st, NDTA_PARMS);
	to_b(RTM_NEWNEIGHTBL, NLM_F_REQUEST, 13);

	struct br_port_msg bp = { .family = AF_BRIDGE, .ifindex = 1 };
	head(&bp, sizeof bp);
	add(MDBA_ROUTER, "\x04\x00\x01\x00", 4);
	add(MDBA_MDB, "\x04\x00\x01\x00", 4);
	/* an entry: struct br_mdb_entry and its attributes in one attribute */
	unsigned m = nest();
	unsigned e = nest();
	struct br_mdb_entry me = { .ifindex = 1, .state = MDB_PERMANENT, .flags = 0x13, .vid = 5,
				   .addr = { .u.ip4 = 0x010101ef, .proto = 0x0008 } };
	unsigned i = nest();
	put(&me, sizeof me);
	add(MDBA_MDB_EATTR_TIMER, &v, 4);
	add(MDBA_MDB_EATTR_RTPROT, "\x04", 1);
	nest_end(i, MDBA_MDB_ENTRY_INFO);
	add(MDBA_MDB_ENTRY_INFO, &me, 8);
	nest_end(e, MDBA_MDB_ENTRY);
	nest_end(m, MDBA_MDB);
	to_b(RTM_NEWMDB, NLM_F_REQUEST, 14);

	struct dcbmsg dm = { .dcb_family = 0, .cmd = DCB_CMD_GSTATE };
	head(&dm, sizeof dm);
	add(DCB_ATTR_IFNAME, "lo", 3);
	to_b(RTM_GETDCB, NLM_F_REQUEST, 15);

	struct if_stats_msg sm = { .family = 0, .ifindex = 1, .filter_mask = IFLA_STATS_FILTER_BIT(IFLA_STATS_LINK_64) };
	head(&sm, sizeof sm);
	add(IFLA_STATS_LINK_64, "\x01\x02", 2);
	to_b(RTM_GETSTATS, NLM_F_REQUEST, 16);

	struct nhmsg nm = { .nh_family = AF_INET, .nh_scope = 0, .nh_protocol = 3, .nh_flags = RTNH_F_ONLINK };
	head(&nm, sizeof nm);
	add(NHA_ID, &v, 4);
	add(NHA_OIF, &v, 4);
	add(NHA_GATEWAY, "\x0a\x00\x00\x01", 4);
	add(NHA_BLACKHOLE, "", 0);
	to_b(RTM_NEWNEXTHOP, NLM_F_REQUEST, 17);

	struct prefixmsg pm = { .prefix_family = AF_INET6, .prefix_ifindex = 1, .prefix_type = 3, .prefix_len = 64 };
	head(&pm, sizeof pm);
	to_b(RTM_NEWPREFIX, NLM_F_REQUEST, 18);
	head(&pm, 4);				/* its first bytes as other kinds' */
	to_b(RTM_NEWACTION, NLM_F_REQUEST, 19);
	head(&pm, 8);
	to_b(RTM_GETMULTICAST, NLM_F_REQUEST, 20);
}


/* values past the names, odd lengths, one next hop, more kinds' attributes */
static void edges(void)
{
	struct ifinfomsg ifi = { .ifi_family = 0, .ifi_index = 1 };
	unsigned st;
	uint32_t v = 99, big = 0x80000001u;

	head(&ifi, sizeof ifi);
	add(IFLA_EVENT, &v, 4);
	st = nest();
	add(IFLA_XDP_ATTACHED, "\x09", 1);
	add(IFLA_XDP_FLAGS, &big, 4);
	add(IFLA_XDP_FLAGS, "\x00\x00\x00\x00", 4);
	nest_end(st, IFLA_XDP);
	st = nest();
	add(IFLA_PROTO_DOWN_REASON_VALUE, &v, 4);
	nest_end(st, IFLA_PROTO_DOWN_REASON);
	add(IFLA_MAP, "\x01\x02", 2);
	add(IFLA_STATS64, "\x01\x02", 2);
	st = nest();
	unsigned s6 = nest();
	add(IFLA_INET6_FLAGS, "\x00\x00\x00\x00", 4);
	add(IFLA_INET6_FLAGS, "\x01\x00\x00\x00", 4);
	add(IFLA_INET6_CACHEINFO, &v, 4);
	add(IFLA_INET6_STATS, &v, 4);
	nest_end(s6, AF_INET6);
	nest_end(st, IFLA_AF_SPEC);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 30);

	/* one next hop alone; one whose rtnh_len runs past the attribute */
	struct rtmsg rt = { .rtm_family = AF_INET6, .rtm_table = RT_TABLE_MAIN };
	head(&rt, sizeof rt);
	st = nest();
	struct rtnexthop nh = { sizeof nh, 0x80 | RTNH_F_LINKDOWN, 0, 1 };
	put(&nh, sizeof nh);
	nest_end(st, RTA_MULTIPATH);
	st = nest();
	nh.rtnh_len = 64; nh.rtnh_flags = 0x40;
	put(&nh, sizeof nh);
	nest_end(st, RTA_MULTIPATH);
	add(RTA_MULTIPATH, "\x01\x02\x03", 3);
	add(RTA_GATEWAY, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	unsigned char via[6] = { 28, 0, 1, 2, 3, 4 };
	add(RTA_VIA, via, sizeof via);
	add(RTA_VIA, via, 1);
	add(RTA_TABLE, &v, 4);
	st = nest();
	nest_end(st, RTA_METRICS);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 31);

	/* more next hops than -s 8 shows */
	head(&rt, sizeof rt);
	st = nest();
	nh.rtnh_len = sizeof nh; nh.rtnh_flags = 0;
	for (unsigned i = 0; i < 10; i++) {
		nh.rtnh_hops = (unsigned char)i;
		put(&nh, sizeof nh);
	}
	nest_end(st, RTA_MULTIPATH);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 32);

	struct nhmsg nm = { .nh_family = AF_INET6, .nh_flags = 0x40 };
	head(&nm, sizeof nm);
	add(NHA_GROUP, "\x01\x00\x00\x00\x02\x00\x00\x00", 8);
	uint16_t gt = 0;
	add(NHA_GROUP_TYPE, &gt, 2);
	add(NHA_GATEWAY, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	uint16_t et = LWTUNNEL_ENCAP_IP6;
	add(NHA_ENCAP_TYPE, &et, 2);
	add(NHA_ENCAP, "\x01\x02\x03\x04", 4);
	add(NHA_GROUPS, "", 0);
	add(NHA_MASTER, &v, 4);
	add(NHA_FDB, "", 0);
	to_b(RTM_NEWNEXTHOP, NLM_F_REQUEST, 33);

	struct if_stats_msg sm = { .family = AF_INET, .ifindex = 0, .filter_mask = 0x8000001f };
	head(&sm, sizeof sm);
	to_b(RTM_GETSTATS, NLM_F_REQUEST, 34);
	/* a RTM_NEWSTATS reply's attributes */
	sm.filter_mask = 0;
	head(&sm, sizeof sm);
	uint64_t q[26];
	fill(q, sizeof q, 1);
	add(IFLA_STATS_LINK_64, q, sizeof(struct rtnl_link_stats64));
	st = nest();
	add(IFLA_OFFLOAD_XSTATS_CPU_HIT, q, sizeof(struct rtnl_link_stats64));
	add(IFLA_OFFLOAD_XSTATS_CPU_HIT, q, 16);
	add(IFLA_OFFLOAD_XSTATS_CPU_HIT + 1, q, 8);
	nest_end(st, IFLA_STATS_LINK_OFFLOAD_XSTATS);
	add(IFLA_STATS_LINK_XSTATS, q, 8);
	add(IFLA_STATS_AF_SPEC, q, 8);
	to_b(RTM_NEWSTATS, NLM_F_REQUEST, 35);

	/* tcamsg with attributes; a dcbmsg with an unnamed command */
	head("\x02\x00\x00\x00", 4);
	add(TCA_ACT_KIND, "gact", 5);
	add(TCA_ACT_OPTIONS, &v, 4);
	add(TCA_ACT_INDEX, &v, 4);
	st = nest();
	struct gnet_stats_basic gb = { 100, 2 };
	add(TCA_STATS_BASIC, &gb, sizeof gb);
	nest_end(st, TCA_ACT_STATS);
	add(TCA_ACT_COOKIE, &v, 4);
	add(TCA_ACT_FLAGS, "\x01\x00\x00\x00\x01\x00\x00\x00", 8);
	add(TCA_ACT_HW_STATS, "\x01\x00\x00\x00\x03\x00\x00\x00", 8);
	add(TCA_ACT_USED_HW_STATS, "\x02\x00\x00\x00\x03\x00\x00\x00", 8);
	add(TCA_ACT_IN_HW_COUNT, &v, 4);
	add(TCA_ACT_IN_HW_COUNT + 1, &v, 4);
	to_b(RTM_NEWACTION, NLM_F_REQUEST, 36);
	head("\x00\x7f\x00\x00", 4);
	add(1, &v, 4);
	to_b(RTM_SETDCB, NLM_F_REQUEST, 37);

	struct ndtmsg nt = { .ndtm_family = AF_INET6 };
	head(&nt, sizeof nt);
	st = nest();
	uint64_t t64 = 1000;
	add(NDTPA_BASE_REACHABLE_TIME, &t64, 8);
	add(NDTPA_LOCKTIME, &t64, 8);
	add(NDTPA_MCAST_REPROBES, &v, 4);
	add(NDTPA_INTERVAL_PROBE_TIME_MS, &t64, 8);
	nest_end(st, NDTA_PARMS);
	add(NDTA_CONFIG, &v, 4);
	to_b(RTM_SETNEIGHTBL, NLM_F_REQUEST, 38);

	struct fib_rule_hdr fr = { .family = AF_INET6, .action = FR_ACT_GOTO };
	head(&fr, sizeof fr);
	add(FRA_DST, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	add(FRA_TABLE, "\xfe\x00\x00\x00", 4);
	add(FRA_PROTOCOL, "\xfe", 1);
	add(FRA_IP_PROTO, "\xfe", 1);
	add(FRA_UID_RANGE, &v, 4);
	add(FRA_TUN_ID, &v, 4);
	to_b(RTM_DELRULE, NLM_F_REQUEST, 39);

	struct tcmsg tc = { .tcm_family = AF_INET };
	head(&tc, sizeof tc);
	add(TCA_STATS, &v, 4);
	add(TCA_RATE, "\xff\x05", 2);
	st = nest();
	add(TCA_STATS_BASIC, &v, 4);
	add(99, &v, 4);
	nest_end(st, TCA_STATS2);
	add(TCA_DUMP_FLAGS + 1, &v, 4);
	to_b(RTM_NEWTCLASS, NLM_F_REQUEST, 40);

	struct ndmsg nd = { .ndm_family = AF_INET6, .ndm_ifindex = 1 };
	head(&nd, sizeof nd);
	add(NDA_DST, "\xfe\x80\0\0\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
	add(NDA_FLAGS_EXT, "\x08\x00\x00\x00", 4);
	add(NDA_PROTOCOL, "\x06", 1);
	add(NDA_PORT, "\x01", 1);
	st = nest();
	add(NFEA_ACTIVITY_NOTIFY, "\x06", 1);
	add(NFEA_DONT_REFRESH, "", 0);
	nest_end(st, NDA_FDB_EXT_ATTRS);
	to_b(RTM_DELNEIGH, NLM_F_REQUEST, 41);

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
			head(&ifi, sizeof ifi);
			unsigned st = nest();
			for (unsigned t = 0; t < (top ? 9 : 42); t++)
				add(t, pay, sizes[z]);
			nest_end(st, top ? IFLA_AF_SPEC : IFLA_PROTINFO);
			to_b(RTM_NEWLINK, NLM_F_REQUEST, 50 + top * 10 + z);
		}
	/* IFLA_LINKINFO's data by kind: a bridge's, a tun's, a bridge port's */
	static const char *const kinds[][2] = { { "bridge", "" }, { "tun", "" },
						{ "veth", "bridge" }, { "", "bond" } };
	for (unsigned k = 0; k < 4; k++)
		for (unsigned z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
			struct ifinfomsg ifi = { 0 };
			head(&ifi, sizeof ifi);
			unsigned li = nest();
			if (*kinds[k][0])
				add(IFLA_INFO_KIND, kinds[k][0], (unsigned)strlen(kinds[k][0]) + 1);
			if (*kinds[k][1])
				add(IFLA_INFO_SLAVE_KIND, kinds[k][1], (unsigned)strlen(kinds[k][1]));
			unsigned st = nest();
			for (unsigned t = 0; t < 50; t++)
				add(t, pay, sizes[z]);
			nest_end(st, *kinds[k][1] ? IFLA_INFO_SLAVE_DATA : IFLA_INFO_DATA);
			nest_end(li, IFLA_LINKINFO);
			to_b(RTM_NEWLINK, NLM_F_REQUEST, 80 + k * 10 + z);
		}
	/* link addresses: as long as the family, read as a device type, says */
	static const unsigned char fams[] = { 0, 1, 3, 7, 10, 15, 24, 27 };
	for (unsigned f = 0; f < sizeof fams; f++) {
		struct ifinfomsg fi = { .ifi_family = fams[f], .ifi_type = 1 };
		unsigned char hw[20];
		fill(hw, sizeof hw, 1);
		head(&fi, sizeof fi);
		add(IFLA_ADDRESS, hw, sizeof hw);
		add(IFLA_BROADCAST, hw, 6);
		add(IFLA_PERM_ADDRESS, hw, 3);
		to_b(RTM_NEWLINK, NLM_F_REQUEST, 120 + f);
	}
	uint16_t vp = 0x0081;	/* ETH_P_8021Q in network order */
	struct ifinfomsg ifi = { .ifi_family = 0 };
	head(&ifi, sizeof ifi);
	unsigned st = nest();
	add(IFLA_INFO_KIND, "bridge", 7);
	unsigned d = nest();
	add(IFLA_BR_VLAN_PROTOCOL, &vp, 2);
	nest_end(d, IFLA_INFO_DATA);
	nest_end(st, IFLA_LINKINFO);
	st = nest();
	add(IFLA_XDP_ATTACHED, pay, 16);
	add(IFLA_XDP_FLAGS, pay, 16);
	add(IFLA_XDP_FLAGS, pay, 8);
	nest_end(st, IFLA_XDP);
	add(IFLA_EVENT, pay, 12);
	to_b(RTM_NEWLINK, NLM_F_REQUEST, 70);
	struct ndmsg nd = { .ndm_family = AF_BRIDGE };
	head(&nd, sizeof nd);
	add(NDA_PORT, pay, 16);
	add(NDA_FLAGS_EXT, pay, 16);
	add(NDA_PROTOCOL, pay, 2);
	to_b(RTM_NEWNEIGH, NLM_F_REQUEST, 71);
	struct rtmsg rt = { .rtm_family = AF_INET };
	head(&rt, sizeof rt);
	add(RTA_ENCAP_TYPE, pay, 16);
	add(RTA_ENCAP_TYPE, pay, 4);
	add(RTA_TABLE, pay, 16);
	add(RTA_EXPIRES, pay, 16);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 72);
	struct fib_rule_hdr fr = { .family = AF_INET };
	head(&fr, sizeof fr);
	add(FRA_TUN_ID, pay, 16);
	add(FRA_TABLE, pay, 16);
	add(FRA_IP_PROTO, pay, 16);
	to_b(RTM_NEWRULE, NLM_F_REQUEST, 73);
}

/* every RTM_* type from RTM_BASE to 127 once: each kind's header (and the
 * ones strace 6.1 has no name or struct for) with an attribute after it */
static void types(void)
{
	for (unsigned ty = RTM_BASE; ty < 128; ty++) {
		/* 20 bytes: as long as the longest header, struct ndtmsg... */
		static const unsigned char h[20] = { AF_INET, 1, 0, 0, 1 };
		head(h, sizeof h);
		add(1, "\x05\x00\x00\x00", 4);
		to_b(ty, NLM_F_REQUEST, 1000 + ty);
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
	send_msg(0, type, NLM_F_REQUEST | NLM_F_DUMP, seq, hdr, n);
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
	/* each kind's request: its header all zeros but for the family, which
	 * every one of these headers has as its first byte */
	static const struct { uint16_t type, seq; uint8_t family, hlen; } asks[] = {
		{ RTM_GETLINK, 1, 0, sizeof(struct ifinfomsg) },
		{ RTM_GETADDR, 2, 0, sizeof(struct ifaddrmsg) },
		{ RTM_GETROUTE, 3, 0, sizeof(struct rtmsg) },
		{ RTM_GETRULE, 5, 0, sizeof(struct fib_rule_hdr) },
		{ RTM_GETQDISC, 6, 0, sizeof(struct tcmsg) },
		{ RTM_GETNETCONF, 7, 0, sizeof(struct netconfmsg) },
		{ RTM_GETADDRLABEL, 8, AF_INET6, sizeof(struct ifaddrlblmsg) },
		{ RTM_GETNSID, 9, 0, sizeof(struct rtgenmsg) },
		{ RTM_GETNEXTHOP, 10, 0, sizeof(struct nhmsg) },
		/* bridge ports: IFLA_PROTINFO's IFLA_BRPORT_*, IFLA_AF_SPEC's vlans */
		{ RTM_GETLINK, 20, AF_BRIDGE, sizeof(struct ifinfomsg) },
	};
	s = nl_socket(PORT_A);
	for (unsigned i = 0; i < sizeof asks / sizeof asks[0]; i++) {
		unsigned char h[32] = { asks[i].family };
		dump(asks[i].type, asks[i].seq, h, asks[i].hlen);
	}
	/* v0's link into buffers too small for it: the kernel writes what
	 * fits, cutting an attribute, a nest, a struct */
	struct ifinfomsg one = { .ifi_index = 3 };
	unsigned sizes[] = { 100, 300, 333, 1000, 1290 };
	for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		send_msg(0, RTM_GETLINK, NLM_F_REQUEST, 11 + i, &one, sizeof one);
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


/* --- "rules": one case per rule --------------------------------------------- */

/* a link message carrying the attributes added by FN */
static void link_with(void (*fn)(void), unsigned char fam, unsigned seq)
{
	struct ifinfomsg ifi = { .ifi_family = fam, .ifi_index = 1 };
	head(&ifi, sizeof ifi);
	fn();
	to_b(RTM_NEWLINK, NLM_F_REQUEST, seq);
}

static void link_structs(void)
{
	unsigned char b[200];
	uint32_t mask = 0x80 | 0x1;	/* RTEXT_FILTER_MST (after strace 6.1) and _VF */
	fill(b, sizeof b, 0x40);
	add(IFLA_MAP, b, 28);		/* struct rtnl_link_ifmap up to port */
	add(IFLA_STATS64, b, 184);	/* up to tx_compressed */
	add(IFLA_STATS64, b, 192);	/* up to rx_nohandler */
	add(IFLA_EXT_MASK, &mask, 4);
	mask = 0x80;
	add(IFLA_EXT_MASK, &mask, 4);
}

static void link_vfs(void)
{
	unsigned char b[32];
	uint64_t n = 7;
	fill(b, sizeof b, 0x81);
	unsigned l = nest(), vf = nest(), st = nest();
	add(IFLA_VF_STATS_RX_PACKETS, &n, 8);
	add(IFLA_VF_STATS_TX_DROPPED, b, 12);
	add(IFLA_VF_STATS_PAD, b, 8);
	nest_end(st, IFLA_VF_STATS);
	st = nest();
	struct ifla_vf_vlan_info vi = { 1, 2, 3, 0x0008 /* htons(ETH_P_IP) */ };
	add(IFLA_VF_VLAN_INFO, &vi, sizeof vi);
	vi.vlan_proto = 0x0f00;
	add(IFLA_VF_VLAN_INFO, &vi, sizeof vi);
	nest_end(st, IFLA_VF_VLAN_LIST);
	add(IFLA_VF_IB_NODE_GUID, b, 16);
	add(IFLA_VF_IB_NODE_GUID, b, 20);	/* longer: the bytes */
	add(IFLA_VF_IB_PORT_GUID, b, 15);
	nest_end(vf, IFLA_VF_INFO);
	nest_end(l, IFLA_VFINFO_LIST);
}

static void link_af_spec(void)
{
	int32_t conf[2] = { -2, 5 };
	uint32_t net = 0xdeadbeef;
	unsigned sp = nest(), c = nest();
	add(IFLA_INET_CONF, conf, sizeof conf);
	nest_end(c, AF_INET);
	c = nest();
	add(1 /* IFLA_MCTP_NET */, &net, 4);
	add(1, &net, 3);
	add(2, &net, 4);
	nest_end(c, 45 /* AF_MCTP */);
	nest_end(sp, IFLA_AF_SPEC);
}

static void bridge_af_spec(void)
{
	uint32_t id = 0xbeeffeed;
	uint16_t flags = 0x3, odd = 0xef80;
	unsigned sp = nest(), tu = nest();
	add(IFLA_BRIDGE_VLAN_TUNNEL_ID, &id, 4);
	add(IFLA_BRIDGE_VLAN_TUNNEL_VID, &id, 2);
	add(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS, &flags, 2);
	add(IFLA_BRIDGE_VLAN_TUNNEL_FLAGS, &odd, 2);
	nest_end(tu, IFLA_BRIDGE_VLAN_TUNNEL_INFO);
	nest_end(sp, IFLA_AF_SPEC);
	sp = nest();
	uint32_t lo = 1;
	add(IFLA_BRPORT_BACKUP_PORT, &lo, 4);
	nest_end(sp, IFLA_PROTINFO);
}

static void link_kinds(void)
{
	uint32_t v4 = 0x0100007f, lo = 1, big = 0xbadc0ded, none = 0xffffffffu;
	unsigned char v6[16];
	fill(v6, sizeof v6, 0x20);
	unsigned li = nest();
	add(IFLA_INFO_KIND, "bridge", 7);
	unsigned d = nest(), q = nest();
	add(BRIDGE_QUERIER_IP_ADDRESS, &v4, 4);
	add(BRIDGE_QUERIER_IP_ADDRESS, &v4, 3);
	add(BRIDGE_QUERIER_IP_PORT, &lo, 4);
	add(BRIDGE_QUERIER_IP_OTHER_TIMER, &big, 3);
	add(BRIDGE_QUERIER_IPV6_ADDRESS, v6, 16);
	add(BRIDGE_QUERIER_IPV6_PORT, &big, 4);
	add(BRIDGE_QUERIER_IPV6_OTHER_TIMER, &big, 4);
	nest_end(q, IFLA_BR_MCAST_QUERIER_STATE);
	struct br_boolopt_multi bo = { 0xdeadfae8, 0x3 };
	add(IFLA_BR_MULTI_BOOLOPT, &bo, sizeof bo);
	nest_end(d, IFLA_INFO_DATA);
	nest_end(li, IFLA_LINKINFO);
	li = nest();
	add(IFLA_INFO_KIND, "tun", 4);
	d = nest();
	add(1 /* IFLA_TUN_OWNER */, &none, 4);
	add(2 /* IFLA_TUN_GROUP */, &big, 4);
	nest_end(d, IFLA_INFO_DATA);
	nest_end(li, IFLA_LINKINFO);
	li = nest();
	add(IFLA_INFO_KIND, "can", 4);
	add(IFLA_INFO_XSTATS, v6, 16);	/* shorter than can_device_stats */
	nest_end(li, IFLA_LINKINFO);
}

static void link_xdp(void)
{
	int32_t fd = 0;	/* stdin: a descriptor, <path> with -y */
	unsigned x = nest();
	add(IFLA_XDP_FD, &fd, 4);
	add(IFLA_XDP_EXPECTED_FD, &fd, 4);
	nest_end(x, IFLA_XDP);
}

static void rule_routes(void)
{
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_tos = 0x10 };
	head(&rt, sizeof rt);
	struct rtnexthop nh = { 7, RTNH_F_DEAD, 1, 1 };
	add(RTA_MULTIPATH, &nh, 8);	/* rtnh_len 7 in 8 bytes: still an array */
	struct rta_cacheinfo ci = { 1, 2, 0xcdcd0000u, 3, 4, 5, 6, 7 };
	add(RTA_CACHEINFO, &ci, sizeof ci);
	uint16_t fam = AF_INET;
	add(RTA_VIA, &fam, 2);		/* no address at all */
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 200);
	rt.rtm_tos = 0x3;
	head(&rt, sizeof rt);
	to_b(RTM_NEWROUTE, NLM_F_REQUEST, 201);

	struct ifaddrlblmsg al = { .ifal_family = AF_INET6, .ifal_flags = 0xbd, .ifal_index = 1 };
	head(&al, sizeof al);
	to_b(RTM_NEWADDRLABEL, NLM_F_REQUEST, 202);
	struct if_stats_msg sm = { .family = AF_INET, .ifindex = 1, .filter_mask = 0xdec0dec0 };
	head(&sm, sizeof sm);
	to_b(RTM_GETSTATS, NLM_F_REQUEST, 203);

	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 1 };
	uint16_t zero = 0;
	head(&nd, sizeof nd);
	add(NDA_NDM_STATE_MASK, &zero, 2);
	to_b(RTM_GETNEIGH, NLM_F_REQUEST, 204);

	struct br_port_msg bp = { .family = AF_BRIDGE, .ifindex = 1 };
	head(&bp, sizeof bp);
	unsigned r = nest(), p = blen;
	uint32_t lo = 1, tick = 5700500;
	put(&lo, 4);
	add(MDBA_ROUTER_PATTR_TYPE, "\x00", 1);
	add(MDBA_ROUTER_PATTR_TIMER, &tick, 4);
	add(MDBA_ROUTER_PATTR_VID, &tick, 2);
	struct nlattr pa = { (uint16_t)(blen - p + NLA_HDRLEN), MDBA_ROUTER_PORT };
	memmove(body + p + NLA_HDRLEN, body + p, blen - p);
	memcpy(body + p, &pa, sizeof pa);
	blen += NLA_HDRLEN;
	nest_end(r, MDBA_ROUTER);
	to_b(RTM_GETMDB, NLM_F_REQUEST, 205);
}

static void rule_tc(void)
{
	unsigned char b[40];
	fill(b, sizeof b, 0xa0);
	struct tcmsg tc = { .tcm_family = AF_INET, .tcm_ifindex = 1 };
	head(&tc, sizeof tc);
	add(TCA_STATS, b, 36);		/* struct tc_stats up to backlog */
	unsigned st = nest();
	add(TCA_STATS_BASIC, b, 12);	/* struct gnet_stats_basic up to packets */
	nest_end(st, TCA_STATS2);
	st = nest();
	add(TCA_STAB_BASE, b, sizeof(struct tc_sizespec));
	add(TCA_STAB_DATA, b, 5);	/* two u16s and a byte */
	add(TCA_STAB_DATA, b, 1);
	nest_end(st, TCA_STAB);
	to_b(RTM_NEWQDISC, NLM_F_REQUEST, 210);

	struct tcamsg ta = { .tca_family = AF_INET };
	uint32_t flags = 0xfacebeff;
	head(&ta, sizeof ta);
	add(TCA_ACT_FLAGS, &flags, 4);
	add(TCA_ACT_HW_STATS, &flags, 4);
	add(TCA_ACT_USED_HW_STATS, &flags, 8);
	to_b(RTM_NEWACTION, NLM_F_REQUEST, 211);
}

static void rule_cachereport(void)
{
	static const unsigned char fams[] = { 128, 129, 0x2e, AF_INET };
	uint32_t v = 0x0100007f, vif = 3;
	unsigned char v6[16];
	fill(v6, sizeof v6, 0x30);
	for (unsigned i = 0; i < sizeof fams; i++) {
		unsigned char g[4] = { fams[i] };
		head(g, 1);
		blen = 4;
		add(1, "\x04", 1);	/* the message type: IGMPMSG_WRVIFWHOLE, MRT6MSG_??? */
		add(2, &vif, 4);
		add(3, fams[i] == 129 ? v6 : (unsigned char *)&v, fams[i] == 129 ? 16 : 4);
		add(6, &vif, 4);
		to_b(RTM_NEWCACHEREPORT, NLM_F_REQUEST, 220 + i);
	}
}

static void rule_nexthops(void)
{
	struct nhmsg nh = { .nh_family = AF_INET };
	struct nexthop_grp g[2] = { { 1, 2, 0, 0 }, { 3, 4, 0xec, 0xdead } };
	uint32_t one = 1;
	uint16_t encap = 9, buckets = 300;	/* LWTUNNEL_ENCAP_IOAM6: after strace 6.1 */
	head(&nh, sizeof nh);
	add(NHA_GROUP, g, sizeof g);
	add(NHA_MASTER, &one, 4);
	add(NHA_BLACKHOLE, &one, 4);
	add(NHA_FDB, &one, 8);
	add(NHA_ENCAP_TYPE, &encap, 2);
	unsigned r = nest();
	add(NHA_RES_GROUP_BUCKETS, &buckets, 2);
	add(NHA_RES_GROUP_IDLE_TIMER, &one, 4);
	add(NHA_RES_GROUP_PAD, &one, 4);
	nest_end(r, NHA_RES_GROUP);
	r = nest();
	add(NHA_RES_BUCKET_INDEX, &buckets, 2);
	add(NHA_RES_BUCKET_NH_ID, &one, 4);
	add(9, &one, 4);
	nest_end(r, NHA_RES_BUCKET);
	to_b(RTM_NEWNEXTHOP, NLM_F_REQUEST, 230);
}

static void rule_stats(void)
{
	unsigned char b[260];
	uint64_t n = 5;
	fill(b, sizeof b, 0x50);
	struct if_stats_msg sm = { .family = AF_INET, .ifindex = 1, .filter_mask = 0x22 };
	head(&sm, sizeof sm);
	unsigned x = nest(), k = nest();
	add(BRIDGE_XSTATS_VLAN, b, 44);		/* the struct and 4 bytes more */
	add(BRIDGE_XSTATS_MCAST, b, sizeof(struct br_mcast_stats));
	add(BRIDGE_XSTATS_STP, b, 48);
	add(BRIDGE_XSTATS_STP, b, 47);
	add(7, b, 4);
	nest_end(k, LINK_XSTATS_TYPE_BRIDGE);
	k = nest();
	unsigned a = nest();
	add(0 /* BOND_3AD_STAT_LACPDU_RX */, &n, 8);
	add(9 /* BOND_3AD_STAT_PAD */, &n, 8);
	add(10, &n, 8);
	nest_end(a, 1 /* BOND_XSTATS_3AD */);
	nest_end(k, LINK_XSTATS_TYPE_BOND);
	nest_end(x, IFLA_STATS_LINK_XSTATS_SLAVE);
	x = nest();
	k = nest();
	add(MPLS_STATS_LINK, b, sizeof(struct mpls_link_stats) + 8);
	add(2, b, 4);
	nest_end(k, 28 /* AF_MPLS */);
	nest_end(x, IFLA_STATS_AF_SPEC);
	to_b(RTM_NEWSTATS, NLM_F_REQUEST, 240);
}

static void rules(void)
{
	s = nl_socket(PORT_A);
	b = nl_socket(PORT_B);
	link_with(link_structs, 0, 190);
	link_with(link_vfs, 0, 191);
	link_with(link_af_spec, 0, 192);
	link_with(bridge_af_spec, AF_BRIDGE, 193);
	link_with(link_kinds, 0, 194);
	link_with(link_xdp, 0, 195);
	rule_routes();
	rule_tc();
	rule_cachereport();
	rule_nexthops();
	rule_stats();
}

int main(int argc, char **argv, char **envp)
{
	const char *what = argc > 1 ? argv[1] : "sent";

	if (!strcmp(what, "dump"))
		dumps();
	else if (!strcmp(what, "neigh"))
		neighbours();
	else if (!strcmp(what, "rules"))
		rules();
	else
		sent();
	return 0;
}
