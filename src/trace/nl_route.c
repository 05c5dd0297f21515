/* src/trace/nl_route.c — NETLINK_ROUTE's payloads as strace 6.1 prints
 * them: the fixed struct of each RTM_* kind, then its attributes:
 *   {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_LOOPBACK, ifi_index=if_nametoindex("lo"),
 *    ifi_flags=IFF_UP|IFF_LOOPBACK|..., ifi_change=0}, [[{nla_len=7,
 *    nla_type=IFLA_IFNAME}, "lo"], ...]
 * ifinfomsg (links), ifaddrmsg (addresses), rtmsg (routes), ndmsg
 * (neighbours); any other kind as {family=AF_..., data="\x.."}, which
 * strace 6.1 decodes further (rules, qdiscs, ...). Attributes strace
 * decodes as structs here (IFLA_STATS*, IFLA_MAP, IFLA_AF_SPEC, IFLA_XDP,
 * IFLA_LINKINFO, IFA_CACHEINFO's kin, RTA_METRICS...) print as hex bytes.
 * Names: build/gen/nltab.h, from <linux/rtnetlink.h>, <linux/if_link.h>,
 * <linux/if_addr.h>, <linux/neighbour.h>, <linux/if_arp.h>, <linux/if.h>.
 */
#include "trace.h"
#include "netlink.h"
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/neighbour.h>
#include "nltab.h"

#define AF_INET 2	/* address_families(7) */
#define AF_INET6 10

extern const struct xlat xl_families[];	/* net.c */
static const struct xlat ifla_attrs[] = { NLX_ifla_attrs, XEND };
static const struct xlat ifa_attrs[] = { NLX_ifa_attrs, XEND };
static const struct xlat ifa_flags[] = { NLX_ifa_flags, XEND };
static const struct xlat rta_attrs[] = { NLX_rta_attrs, XEND };
static const struct xlat rt_scopes[] = { NLX_rt_scopes, XEND };
static const struct xlat rt_tables[] = { NLX_rt_tables, XEND };
static const struct xlat rt_protos[] = { NLX_rt_protos, XEND };
static const struct xlat rtn_types[] = { NLX_rtn_types, XEND };
static const struct xlat rtm_flags[] = { NLX_rtm_flags, XEND };
static const struct xlat nda_attrs[] = { NLX_nda_attrs, XEND };
static const struct xlat nud_states[] = { NLX_nud_states, XEND };
static const struct xlat ntf_flags[] = { NLX_ntf_flags, XEND };
static const struct xlat arphrd[] = { NLX_arphrd, XEND };
static const struct xlat iff_flags[] = { NLX_iff_flags, XEND };

static void pr_family(unsigned fam)
{
	pr_xlat(xl_families, fam, "%u", "AF_???");
}

/* --- addresses ------------------------------------------------------------ */

/* an address attribute of the message's family: inet_addr("127.0.0.1"),
 * inet_pton(AF_INET6, "::1"); else (0) the hex */
static int nla_inaddr(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned fam = *(const unsigned char *)o;
	unsigned char b[16];

	if ((fam == AF_INET && len >= 4) || (fam == AF_INET6 && len >= 16)) {
		unsigned n = fam == AF_INET ? 4 : 16;
		if (umove(t->pid, addr, b, n) < 0) {
			pr_hex(addr);
			return 1;
		}
		/* -X raw: the bytes; -X verbose: the bytes, the text in a comment */
		if (opt_raw || opt_xverbose)
			quote_bytes(b, n, QUOTE_HEX);
		if (opt_raw)
			return 1;
		if (opt_xverbose)
			prs(" /* ");
		if (fam == AF_INET) {
			pr("inet_addr(\"%u.%u.%u.%u\")", b[0], b[1], b[2], b[3]);
		} else {
			prs("inet_pton(AF_INET6, \"");
			pr_in6(b);
			prs("\")");
		}
		if (opt_xverbose)
			prs(" */");
		return 1;
	}
	return 0;
}

/* a link-layer address: 00:11:22:33:44:55 (up to 32 bytes) */
static int nla_hwaddr(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned char b[32];

	if (len > sizeof b)
		return 0;
	if (umove(t->pid, addr, b, len) < 0) {
		pr_hex(addr);
		return 1;
	}
	for (unsigned i = 0; i < len; i++)
		pr("%s%02x", i ? ":" : "", b[i]);
	return 1;
}

/* read the fixed struct after the family byte; "..." when it is not all there */
static int fetch_fixed(struct tcb *t, unsigned long addr, unsigned len, void *obj, size_t size)
{
	if (len < size) {
		prs("...");
		return 0;
	}
	if (umove(t->pid, addr + 1, (char *)obj + 1, size - 1) < 0) {
		pr_hex(addr + 1);
		return 0;
	}
	return 1;
}

static void attrs_after(struct tcb *t, unsigned long addr, unsigned len, size_t size,
			const struct nla_table *tb)
{
	unsigned off = NLMSG_ALIGN(size);
	if (len > off) {
		prs(", ");
		nl_attrs(t, addr + off, len - off, tb);
	}
}

/* --- links ---------------------------------------------------------------- */

static nla_fn *const ifla_dec[] = {
	[IFLA_ADDRESS] = nla_hwaddr, [IFLA_BROADCAST] = nla_hwaddr,
	[IFLA_IFNAME] = nla_str, [IFLA_MTU] = nla_u32, [IFLA_LINK] = nla_u32,
	[IFLA_QDISC] = nla_str, [IFLA_MASTER] = nla_u32, [IFLA_TXQLEN] = nla_u32,
	[IFLA_WEIGHT] = nla_u32, [IFLA_OPERSTATE] = nla_u8, [IFLA_LINKMODE] = nla_u8,
	[IFLA_NET_NS_PID] = nla_u32, [IFLA_IFALIAS] = nla_str, [IFLA_NUM_VF] = nla_u32,
	[IFLA_GROUP] = nla_u32, [IFLA_EXT_MASK] = nla_u32, [IFLA_PROMISCUITY] = nla_u32,
	[IFLA_NUM_TX_QUEUES] = nla_u32, [IFLA_NUM_RX_QUEUES] = nla_u32,
	[IFLA_CARRIER] = nla_u8, [IFLA_CARRIER_CHANGES] = nla_u32,
	[IFLA_LINK_NETNSID] = nla_s32, [IFLA_PHYS_PORT_NAME] = nla_str,
	[IFLA_PROTO_DOWN] = nla_u8, [IFLA_GSO_MAX_SEGS] = nla_u32,
	[IFLA_GSO_MAX_SIZE] = nla_u32, [IFLA_NEW_NETNSID] = nla_s32,
	[IFLA_IF_NETNSID] = nla_s32, [IFLA_CARRIER_UP_COUNT] = nla_u32,
	[IFLA_CARRIER_DOWN_COUNT] = nla_u32, [IFLA_NEW_IFINDEX] = nla_ifindex,
	[IFLA_MIN_MTU] = nla_u32, [IFLA_MAX_MTU] = nla_u32, [IFLA_ALT_IFNAME] = nla_str,
	[IFLA_PERM_ADDRESS] = nla_hwaddr, [IFLA_PARENT_DEV_NAME] = nla_str,
	[IFLA_PARENT_DEV_BUS_NAME] = nla_str,
};

static void ifinfomsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct ifinfomsg m = { .ifi_family = fam };
	const struct nla_table tb = { ifla_attrs, "IFLA_???", ifla_dec,
				      sizeof ifla_dec / sizeof ifla_dec[0], NULL };

	prs("{ifi_family=");
	pr_family(fam);
	prs(", ");
	int ok = fetch_fixed(t, addr, len, &m, sizeof m);
	if (ok) {
		prs("ifi_type=");
		pr_xlat(arphrd, m.ifi_type, "%#lx", "ARPHRD_???");
		prs(", ifi_index=");
		nl_pr_ifindex((unsigned)m.ifi_index);
		prs(", ifi_flags=");
		pr_flags_d(iff_flags, m.ifi_flags, "IFF_???");
		pr(", ifi_change=%#x", m.ifi_change);
	}
	prs("}");
	if (ok)
		attrs_after(t, addr, len, sizeof m, &tb);
}

/* --- addresses -------------------------------------------------------- */

static int nla_ifa_flags(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	uint32_t v;
	int r = nla_get_u32(t, addr, len, &v);

	if (r > 0)
		pr_flags_d(ifa_flags, v, "IFA_F_???");
	return r != 0;
}

static int nla_ifa_cacheinfo(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct ifa_cacheinfo c;
	if (len < sizeof c)
		return 0;
	if (umove(t->pid, addr, &c, sizeof c) < 0)
		pr_hex(addr);
	else
		pr("{ifa_prefered=%u, ifa_valid=%u, cstamp=%u, tstamp=%u}", c.ifa_prefered,
		   c.ifa_valid, c.cstamp, c.tstamp);
	return 1;
}

static nla_fn *const ifa_dec[] = {
	[IFA_ADDRESS] = nla_inaddr, [IFA_LOCAL] = nla_inaddr, [IFA_LABEL] = nla_str,
	[IFA_BROADCAST] = nla_inaddr, [IFA_ANYCAST] = nla_inaddr,
	[IFA_CACHEINFO] = nla_ifa_cacheinfo, [IFA_MULTICAST] = nla_inaddr,
	[IFA_FLAGS] = nla_ifa_flags, [IFA_RT_PRIORITY] = nla_u32,
	[IFA_TARGET_NETNSID] = nla_s32,
};

static void ifaddrmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct ifaddrmsg m = { .ifa_family = fam };
	const struct nla_table tb = { ifa_attrs, "IFA_???", ifa_dec,
				      sizeof ifa_dec / sizeof ifa_dec[0], &m.ifa_family };

	prs("{ifa_family=");
	pr_family(fam);
	prs(", ");
	int ok = fetch_fixed(t, addr, len, &m, sizeof m);
	if (ok) {
		pr("ifa_prefixlen=%u, ifa_flags=", m.ifa_prefixlen);
		pr_flags_d(ifa_flags, m.ifa_flags, "IFA_F_???");
		prs(", ifa_scope=");
		pr_xlat(rt_scopes, m.ifa_scope, "%lu", "RT_SCOPE_???");
		prs(", ifa_index=");
		nl_pr_ifindex(m.ifa_index);
	}
	prs("}");
	if (ok)
		attrs_after(t, addr, len, sizeof m, &tb);
}

/* --- routes --------------------------------------------------------------- */

static int nla_rt_table(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	uint32_t v;
	int r = nla_get_u32(t, addr, len, &v);

	if (r > 0)
		pr_xlat(rt_tables, v, "%lu", "RT_TABLE_???");
	return r != 0;
}

static nla_fn *const rta_dec[] = {
	[RTA_DST] = nla_inaddr, [RTA_SRC] = nla_inaddr, [RTA_IIF] = nla_ifindex,
	[RTA_OIF] = nla_ifindex, [RTA_GATEWAY] = nla_inaddr, [RTA_PRIORITY] = nla_u32,
	[RTA_PREFSRC] = nla_inaddr, [RTA_FLOW] = nla_u32, [RTA_TABLE] = nla_rt_table,
	[RTA_MARK] = nla_u32, [RTA_PREF] = nla_u8, [RTA_UID] = nla_u32,
};

static void rtmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct rtmsg m = { .rtm_family = fam };
	const struct nla_table tb = { rta_attrs, "RTA_???", rta_dec,
				      sizeof rta_dec / sizeof rta_dec[0], &m.rtm_family };

	prs("{rtm_family=");
	pr_family(fam);
	prs(", ");
	int ok = fetch_fixed(t, addr, len, &m, sizeof m);
	if (ok) {
		pr("rtm_dst_len=%u, rtm_src_len=%u, rtm_tos=%u, rtm_table=", m.rtm_dst_len,
		   m.rtm_src_len, m.rtm_tos);
		pr_xlat(rt_tables, m.rtm_table, "%lu", "RT_TABLE_???");
		prs(", rtm_protocol=");
		pr_xlat(rt_protos, m.rtm_protocol, "%lu", "RTPROT_???");
		prs(", rtm_scope=");
		pr_xlat(rt_scopes, m.rtm_scope, "%lu", "RT_SCOPE_???");
		prs(", rtm_type=");
		pr_xlat(rtn_types, m.rtm_type, "%lu", "RTN_???");
		prs(", rtm_flags=");
		pr_flags_d(rtm_flags, m.rtm_flags, "RTM_F_???");
	}
	prs("}");
	if (ok)
		attrs_after(t, addr, len, sizeof m, &tb);
}

/* --- neighbours ----------------------------------------------------------- */

static nla_fn *const nda_dec[] = {
	[NDA_DST] = nla_inaddr, [NDA_LLADDR] = nla_hwaddr, [NDA_PROBES] = nla_u32,
	[NDA_VNI] = nla_u32, [NDA_IFINDEX] = nla_ifindex, [NDA_MASTER] = nla_ifindex,
	[NDA_LINK_NETNSID] = nla_u32, [NDA_SRC_VNI] = nla_u32,
};

static void ndmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct ndmsg m = { .ndm_family = fam };
	const struct nla_table tb = { nda_attrs, "NDA_???", nda_dec,
				      sizeof nda_dec / sizeof nda_dec[0], &m.ndm_family };

	prs("{ndm_family=");
	pr_family(fam);
	prs(", ");
	int ok = fetch_fixed(t, addr, len, &m, sizeof m);
	if (ok) {
		prs("ndm_ifindex=");
		nl_pr_ifindex((unsigned)m.ndm_ifindex);
		prs(", ndm_state=");
		if (m.ndm_state)
			pr_flags_d(nud_states, m.ndm_state, "NUD_???");
		else	/* 0 has a name here: NUD_NONE */
			pr_flags(nud_states, 0, xlat_name(nud_states, 0));
		prs(", ndm_flags=");
		pr_flags_d(ntf_flags, m.ndm_flags, "NTF_???");
		prs(", ndm_type=");
		pr_xlat(rtn_types, m.ndm_type, "%lu", "RTN_???");
	}
	prs("}");
	if (ok)
		attrs_after(t, addr, len, sizeof m, &tb);
}

/* a kind this file does not take apart: the family, then the bytes */
static void family_only(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	prs("{family=");
	pr_family(fam);
	if (len > 1) {
		prs(", data=");
		nl_hexstr(t, addr + 1, len - 1);
	}
	prs("}");
}

int nl_route_payload(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len)
{
	unsigned char fam;

	if (h->nlmsg_type == NLMSG_DONE)
		return 0;
	if (umove(t->pid, addr, &fam, 1) < 0) {
		pr_hex(addr);
		return 1;
	}
	switch (h->nlmsg_type) {
	case RTM_NEWLINK: case RTM_DELLINK: case RTM_GETLINK: case RTM_SETLINK:
		ifinfomsg(t, fam, addr, len);
		break;
	case RTM_NEWADDR: case RTM_DELADDR: case RTM_GETADDR:
	case RTM_GETMULTICAST: case RTM_GETANYCAST:
		ifaddrmsg(t, fam, addr, len);
		break;
	case RTM_NEWROUTE: case RTM_DELROUTE: case RTM_GETROUTE:
		rtmsg(t, fam, addr, len);
		break;
	case RTM_NEWNEIGH: case RTM_DELNEIGH: case RTM_GETNEIGH:
		ndmsg(t, fam, addr, len);
		break;
	default:
		family_only(t, fam, addr, len);
	}
	return 1;
}
