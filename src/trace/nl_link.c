/* src/trace/nl_link.c — RTM_*LINK as strace 6.1 prints it: struct
 * ifinfomsg, then the IFLA_* attributes, with their structs and nests:
 *   [{nla_len=100, nla_type=IFLA_STATS}, {rx_packets=0, ...}],
 *   [{nla_len=12, nla_type=IFLA_XDP}, [{nla_len=5, nla_type=IFLA_XDP_ATTACHED},
 *    XDP_ATTACHED_NONE]],
 *   [{nla_len=140, nla_type=AF_INET}, [{nla_len=136, nla_type=IFLA_INET_CONF},
 *    [[IPV4_DEVCONF_FORWARDING-1]=0, ...]]]
 * IFLA_AF_SPEC's nests are named by address family; strace 6.1 takes apart
 * AF_INET's and AF_INET6's. Under AF_BRIDGE (bridge ports) IFLA_AF_SPEC
 * holds IFLA_BRIDGE_* and IFLA_PROTINFO IFLA_BRPORT_*. IFLA_INFO_DATA is
 * taken apart for the kinds strace 6.1 knows, a bridge and a tun; other
 * kinds' data stays bytes, and so do IFLA_VF_STATS' and IFLA_VF_VLAN_LIST's
 * values.
 */
#include "trace.h"
#include "nl_route.h"
#include <linux/if_link.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/snmp.h>
#include <linux/if_bridge.h>
#include <linux/if_tun.h>
#include <linux/can/netlink.h>
#include "nltab.h"

#define AF_INET 2	/* address_families(7) */
#define AF_INET6 10
#define AF_BRIDGE 7
#define AF_MCTP 45

static const struct xlat ifla_attrs[] = { NLX_ifla_attrs, XEND };
static const struct xlat arphrd[] = { NLX_arphrd, XEND };
static const struct xlat iff_flags[] = { NLX_iff_flags, XEND };
static const struct xlat ifla_info_attrs[] = { NLX_ifla_info_attrs, XEND };
static const struct xlat rtext_filters[] = { NLX_rtext_filters, XEND };
static const struct xlat ifla_xdp_attrs[] = { NLX_ifla_xdp_attrs, XEND };
static const struct xlat xdp_attached[] = { NLX_xdp_attached, XEND };
static const struct xlat xdp_flags[] = { NLX_xdp_flags, XEND };
static const struct xlat ifla_events[] = { NLX_ifla_events, XEND };
static const struct xlat ifla_vf_list[] = { NLX_ifla_vf_list, XEND };
static const struct xlat ifla_vf_ports[] = { NLX_ifla_vf_ports, XEND };
static const struct xlat ifla_vf_attrs[] = { NLX_ifla_vf_attrs, XEND };
static const struct xlat ifla_vf_link_states[] = { NLX_ifla_vf_link_states, XEND };
static const struct xlat ifla_vf_stats[] = { NLX_ifla_vf_stats, XEND };
static const struct xlat ifla_vf_vlan_list[] = { NLX_ifla_vf_vlan_list, XEND };
static const struct xlat ifla_port_attrs[] = { NLX_ifla_port_attrs, XEND };
static const struct xlat ifla_pdr_attrs[] = { NLX_ifla_pdr_attrs, XEND };
static const struct xlat ifla_inet_attrs[] = { NLX_ifla_inet_attrs, XEND };
static const struct xlat ifla_inet6_attrs[] = { NLX_ifla_inet6_attrs, XEND };
static const struct xlat in6_addr_gen[] = { NLX_in6_addr_gen, XEND };
static const struct xlat ipv4_devconf[] = { NLX_ipv4_devconf, XEND };
static const struct xlat ipv6_devconf[] = { NLX_ipv6_devconf, XEND };
static const struct xlat ipstats_mib[] = { NLX_ipstats_mib, XEND };
static const struct xlat icmp6_mib[] = { NLX_icmp6_mib, XEND };
static const struct xlat ifla_brport_attrs[] = { NLX_ifla_brport_attrs, XEND };
static const struct xlat ifla_bridge_attrs[] = { NLX_ifla_bridge_attrs, XEND };
static const struct xlat bridge_flags[] = { NLX_bridge_flags, XEND };
static const struct xlat bridge_modes[] = { NLX_bridge_modes, XEND };
static const struct xlat bridge_vlan_flags[] = { NLX_bridge_vlan_flags, XEND };
static const struct xlat br_tunnel_attrs[] = { NLX_br_tunnel_attrs, XEND };
static const struct xlat ifla_mctp_attrs[] = { NLX_ifla_mctp_attrs, XEND };
static const struct xlat ifla_br_attrs[] = { NLX_ifla_br_attrs, XEND };
static const struct xlat br_boolopts[] = { NLX_br_boolopts, XEND };
static const struct xlat br_querier_attrs[] = { NLX_br_querier_attrs, XEND };
static const struct xlat ifla_tun_attrs[] = { NLX_ifla_tun_attrs, XEND };
static const struct xlat tun_types[] = { NLX_tun_types, XEND };
/* IFLA_INET6_FLAGS: the kernel's private include/net/if_inet6.h has them,
 * no UAPI header does (strace 6.1 prints these names) */
static const struct xlat inet6_if_flags[] = {
	{ 0x10, "IF_RS_SENT" }, { 0x20, "IF_RA_RCVD" }, { 0x40, "IF_RA_MANAGED" },
	{ 0x80, "IF_RA_OTHERCONF" }, { 0x80000000, "IF_READY" }, XEND
};

/* --- addresses ---------------------------------------------------------- */

/* IFLA_ADDRESS, IFLA_BROADCAST, IFLA_PERM_ADDRESS: strace 6.1 reads the
 * message's family as a device type (ARPHRD_*) and shows no more bytes
 * than that type's addresses have: AF_BRIDGE (7, ARPHRD_ARCNET) one */
static unsigned hw_len_of(unsigned fam)
{
	switch (fam) {
	case 0: case 3: return 7;	/* ARPHRD_NETROM, ARPHRD_AX25 */
	case 1: case 6: return 6;	/* ARPHRD_ETHER, ARPHRD_IEEE802 */
	case 7: return 1;		/* ARPHRD_ARCNET */
	case 15: return 2;		/* ARPHRD_DLCI */
	case 24: return 16;		/* ARPHRD_IEEE1394 */
	case 27: return 8;		/* ARPHRD_EUI64 */
	}
	return ~0u;
}

static int nla_link_hwaddr(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return rt_hwaddr_attr(t, addr, len, hw_len_of(*(const unsigned char *)o));
}

/* --- structs ---------------------------------------------------------- */

#define STATS_NAMES "rx_packets,tx_packets,rx_bytes,tx_bytes,rx_errors,tx_errors," \
	"rx_dropped,tx_dropped,multicast,collisions,rx_length_errors,rx_over_errors," \
	"rx_crc_errors,rx_frame_errors,rx_fifo_errors,rx_missed_errors," \
	"tx_aborted_errors,tx_carrier_errors,tx_fifo_errors,tx_heartbeat_errors," \
	"tx_window_errors,rx_compressed,tx_compressed,rx_nohandler"

/* the struct of this kernel, or of the one before its last field was added
 * (strace 6.1 takes both; the names stop where the data does) */
static int nla_link_stats(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct rtnl_link_stats s;
	size_t old = offsetof(struct rtnl_link_stats, rx_nohandler);
	size_t n = len < sizeof s ? old : sizeof s;
	int ok;

	if (len < old || !nla_fetch(t, addr, n, &s, n, &ok))
		return 0;
	if (ok)
		pr_u32_fields(&s.rx_packets, (unsigned)(n / 4), STATS_NAMES);
	return 1;
}

/* struct rtnl_link_stats64 as the kernels made it: up to tx_compressed,
 * to rx_nohandler, or whole; the largest the attribute holds */
int nla_link_stats64(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	static const size_t sizes[] = {
		sizeof(struct rtnl_link_stats64),
		offsetof(struct rtnl_link_stats64, rx_otherhost_dropped),
		offsetof(struct rtnl_link_stats64, rx_nohandler),
	};
	struct rtnl_link_stats64 s;
	size_t n = 0;
	int ok;

	for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0] && !n; i++)
		if (len >= sizes[i])
			n = sizes[i];
	if (!n || !nla_fetch(t, addr, n, &s, n, &ok))
		return 0;
	if (ok)
		pr_u64_fields(&s.rx_packets, (unsigned)(n / 8), STATS_NAMES ",rx_otherhost_dropped");
	return 1;
}

NLA_VALUE_TO(nla_ifmap, struct rtnl_link_ifmap, port,
	  pr("{mem_start=%#llx, mem_end=%#llx, base_addr=%#llx, irq=%u, dma=%u, port=%u}",
	     (unsigned long long)v.mem_start, (unsigned long long)v.mem_end,
	     (unsigned long long)v.base_addr, v.irq, v.dma, v.port))
NLA_VALUE(nla_inet6_cacheinfo, struct ifla_cacheinfo,
	  pr_u32_fields(&v.max_reasm_len, 4, "max_reasm_len,tstamp,reachable_time,retrans_time"))

/* --- arrays indexed by a constant ------------------------------------- */

/* an element's index: [NAME-1] (BIAS 1); an unnamed one its number and
 * DFLT in a comment; -X raw the number; -X verbose the number, the name
 * in a comment */
static void pr_index(const struct xlat *x, unsigned i, unsigned bias, const char *dflt)
{
	const char *n = opt_raw ? NULL : xlat_name(x, i + bias);

	if (opt_raw)
		pr("[%u]", i);
	else if (!n)
		pr("[%u /* %s */]", i, dflt);
	else if (opt_xverbose)
		pr(bias ? "[%u /* %s-%u */]" : "[%u /* %s */]", i, n, bias);
	else
		pr(bias ? "[%s-%u]" : "[%s]", n, bias);
}

/* [NAME]=value for each element: devconf arrays, MIB counters. IPv4's
 * devconf is stored from index 0 for IPV4_DEVCONF_FORWARDING (1), so
 * strace writes [IPV4_DEVCONF_FORWARDING-1]: BIAS 1 */
static int pr_indexed(struct tcb *t, unsigned long addr, unsigned len, unsigned size, int sgn,
		      const struct xlat *x, const char *dflt, unsigned bias)
{
	unsigned n = len / size;

	if (!n)
		return 0;
	/* each element read on its own, as strace's arrays: an unreadable one
	 * ends the array with its address (the first: the array's) */
	for (unsigned i = 0; i < n; i++) {
		unsigned long at = addr + (unsigned long)i * size;
		uint64_t v = 0;
		if (umove(t->pid, at, &v, size) < 0) {
			if (i)
				pr(", ... /* %#lx */]", at);
			else
				pr_hex(addr);
			return 1;
		}
		if (!i)
			prs("[");
		if (!pr_elem((int)i))
			break;
		pr_index(x, i, bias, dflt);
		prs("=");
		if (size == 8)
			pr("%llu", (unsigned long long)v);
		else if (sgn)
			pr("%d", (int)(uint32_t)v);
		else
			pr("%u", (uint32_t)v);
	}
	prs("]");
	return 1;
}

static int nla_inet_conf(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return pr_indexed(t, addr, len, 4, 1, ipv4_devconf, "IPV4_DEVCONF_???", 1);
}

static int nla_inet6_conf(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return pr_indexed(t, addr, len, 4, 1, ipv6_devconf, "DEVCONF_???", 0);
}

static int nla_inet6_stats(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return pr_indexed(t, addr, len, 8, 0, ipstats_mib, "IPSTATS_MIB_???", 0);
}

static int nla_icmp6_stats(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return pr_indexed(t, addr, len, 8, 0, icmp6_mib, "ICMP6_MIB_???", 0);
}

/* --- named values ----------------------------------------------------- */

NLA_NAMED(nla_xdp_attached, uint8_t, pr_xlat(xdp_attached, v, "%#lx", "XDP_ATTACHED_???"))
NLA_VALUE(nla_xdp_flags, uint32_t, pr_flags_d(xdp_flags, v, "XDP_FLAGS_???"))
NLA_VALUE(nla_event, uint32_t, pr_xlat(ifla_events, v, "%#lx", "IFLA_EVENT_???"))
NLA_NAMED(nla_addr_gen, uint8_t, pr_xlat(in6_addr_gen, v, "%#lx", "IN6_ADDR_GEN_MODE_???"))
NLA_NAMED(nla_ext_mask, uint32_t, pr_flags_d(rtext_filters, v, "RTEXT_FILTER_???"))
NLA_NAMED(nla_inet6_flags, uint32_t, pr_flags_d(inet6_if_flags, v, "IF_???"))

static int nla_in6(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	static const unsigned char fam = AF_INET6;
	return nla_inaddr(t, addr, len, &fam);
}

/* --- nests -------------------------------------------------------------- */

static nla_fn *const xdp_dec[] = {
	[IFLA_XDP_FD] = nla_fd, [IFLA_XDP_ATTACHED] = nla_xdp_attached,
	[IFLA_XDP_FLAGS] = nla_xdp_flags, [IFLA_XDP_PROG_ID] = nla_u32,
	[IFLA_XDP_DRV_PROG_ID] = nla_u32, [IFLA_XDP_SKB_PROG_ID] = nla_u32,
	[IFLA_XDP_HW_PROG_ID] = nla_u32, [IFLA_XDP_EXPECTED_FD] = nla_fd,
};
static const struct nla_table xdp_tb = NLA_TABLE(ifla_xdp_attrs, "IFLA_XDP_???", xdp_dec, NULL);
NLA_NEST(nla_xdp, xdp_tb)


/* --- SR-IOV virtual functions: IFLA_VFINFO_LIST's IFLA_VF_INFO ---------- */

/* the IFLA_VF_* structs, each beginning with the VF's number; the
 * addresses (32 bytes) whole */
static void pr_vf_mac(const struct ifla_vf_mac *m)
{
	pr("{vf=%u, mac=", m->vf);
	rt_pr_hwaddr(m->mac, sizeof m->mac, sizeof m->mac);
	prs("}");
}

static void pr_vf_broadcast(const struct ifla_vf_broadcast *b)
{
	prs("{broadcast=");
	rt_pr_hwaddr(b->broadcast, sizeof b->broadcast, sizeof b->broadcast);
	prs("}");
}

static void pr_vf_link_state(const struct ifla_vf_link_state *l)
{
	pr("{vf=%u, link_state=", l->vf);
	pr_xlat(ifla_vf_link_states, l->link_state, "%#lx", "IFLA_VF_LINK_STATE_???");
	prs("}");
}

NLA_VALUE(nla_vf_mac, struct ifla_vf_mac, pr_vf_mac(&v))
NLA_VALUE(nla_vf_broadcast, struct ifla_vf_broadcast, pr_vf_broadcast(&v))
NLA_VALUE(nla_vf_link_state, struct ifla_vf_link_state, pr_vf_link_state(&v))
/* the rest are u32s: {vf=1, NAME=2...} */
NLA_VALUE(nla_vf_vlan, struct ifla_vf_vlan, pr_u32_fields(&v.vf, 3, "vf,vlan,qos"))
NLA_VALUE(nla_vf_tx_rate, struct ifla_vf_tx_rate, pr_u32_fields(&v.vf, 2, "vf,rate"))
NLA_VALUE(nla_vf_rate, struct ifla_vf_rate, pr_u32_fields(&v.vf, 3, "vf,min_tx_rate,max_tx_rate"))
NLA_VALUE(nla_vf_spoofchk, struct ifla_vf_spoofchk, pr_u32_fields(&v.vf, 2, "vf,setting"))
NLA_VALUE(nla_vf_rss, struct ifla_vf_rss_query_en, pr_u32_fields(&v.vf, 2, "vf,setting"))
NLA_VALUE(nla_vf_trust, struct ifla_vf_trust, pr_u32_fields(&v.vf, 2, "vf,setting"))

/* the IB GUIDs: {vf=1, guid=0x...}; strace 6.1 takes them apart only
 * from an attribute of exactly their size (a longer one: its bytes) */
NLA_VALUE(nla_vf_guid_struct, struct ifla_vf_guid,
	  pr("{vf=%u, guid=%#llx}", v.vf, (unsigned long long)v.guid))
static int nla_vf_guid(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return len == sizeof(struct ifla_vf_guid) && nla_vf_guid_struct(t, addr, len, o);
}

/* IFLA_VF_VLAN_INFO: the protocol in network order, by its ETH_P_* name */
static void pr_vf_vlan_info(const struct ifla_vf_vlan_info *i)
{
	pr("{vf=%u, vlan=%u, qos=%u, vlan_proto=htons(", i->vf, i->vlan, i->qos);
	pr_xlat(xl_eth_protos, (uint16_t)(i->vlan_proto >> 8 | i->vlan_proto << 8), "%#lx",
		"ETH_P_???");
	prs(")}");
}
NLA_VALUE(nla_vf_vlan_info, struct ifla_vf_vlan_info, pr_vf_vlan_info(&v))

/* the nests inside: the counters are u64s (the pad: its bytes) */
static nla_fn *const vf_stats_dec[] = {
	[IFLA_VF_STATS_RX_PACKETS] = nla_u64, [IFLA_VF_STATS_TX_PACKETS] = nla_u64,
	[IFLA_VF_STATS_RX_BYTES] = nla_u64, [IFLA_VF_STATS_TX_BYTES] = nla_u64,
	[IFLA_VF_STATS_BROADCAST] = nla_u64, [IFLA_VF_STATS_MULTICAST] = nla_u64,
	[IFLA_VF_STATS_RX_DROPPED] = nla_u64, [IFLA_VF_STATS_TX_DROPPED] = nla_u64,
};
static const struct nla_table vf_stats_tb =
	NLA_TABLE(ifla_vf_stats, "IFLA_VF_STATS_???", vf_stats_dec, NULL);
static nla_fn *const vf_vlan_list_dec[] = { [IFLA_VF_VLAN_INFO] = nla_vf_vlan_info };
static const struct nla_table vf_vlan_list_tb =
	NLA_TABLE(ifla_vf_vlan_list, "IFLA_VF_VLAN_INFO_???", vf_vlan_list_dec, NULL);
NLA_NEST(nla_vf_stats, vf_stats_tb)
NLA_NEST(nla_vf_vlan_list, vf_vlan_list_tb)

static nla_fn *const vf_dec[] = {
	[IFLA_VF_MAC] = nla_vf_mac, [IFLA_VF_VLAN] = nla_vf_vlan,
	[IFLA_VF_TX_RATE] = nla_vf_tx_rate, [IFLA_VF_SPOOFCHK] = nla_vf_spoofchk,
	[IFLA_VF_LINK_STATE] = nla_vf_link_state, [IFLA_VF_RATE] = nla_vf_rate,
	[IFLA_VF_RSS_QUERY_EN] = nla_vf_rss, [IFLA_VF_STATS] = nla_vf_stats,
	[IFLA_VF_TRUST] = nla_vf_trust, [IFLA_VF_VLAN_LIST] = nla_vf_vlan_list,
	[IFLA_VF_BROADCAST] = nla_vf_broadcast, [IFLA_VF_IB_NODE_GUID] = nla_vf_guid,
	[IFLA_VF_IB_PORT_GUID] = nla_vf_guid,
};
static const struct nla_table vf_tb = NLA_TABLE(ifla_vf_attrs, "IFLA_VF_???", vf_dec, NULL);
NLA_NEST(nla_vf_info, vf_tb)
static nla_fn *const vf_list_dec[] = { [IFLA_VF_INFO] = nla_vf_info };
static const struct nla_table vf_list_tb = NLA_TABLE(ifla_vf_list, "IFLA_VF_INFO_???", vf_list_dec, NULL);
NLA_NEST(nla_vf_list, vf_list_tb)

/* IFLA_PORT_VSI_TYPE: struct ifla_port_vsi, its pad only when set */
static void pr_port_vsi(const struct ifla_port_vsi *v)
{
	pr("{vsi_mgr_id=%u, vsi_type_id=", v->vsi_mgr_id);
	quote_bytes(v->vsi_type_id, sizeof v->vsi_type_id, QUOTE_HEX);
	pr(", vsi_type_version=%u", v->vsi_type_version);
	if (v->pad[0] || v->pad[1] || v->pad[2]) {
		prs(", pad=");
		quote_bytes(v->pad, sizeof v->pad, QUOTE_HEX);
	}
	prs("}");
}
NLA_VALUE(nla_port_vsi, struct ifla_port_vsi, pr_port_vsi(&v))

/* IFLA_PORT_SELF and each IFLA_VF_PORT: IFLA_PORT_* (strace 6.1 calls an
 * unnamed one IFLA_VF_PORT_???) */
static nla_fn *const port_dec[] = {
	[IFLA_PORT_VF] = nla_u32, [IFLA_PORT_PROFILE] = nla_str,
	[IFLA_PORT_VSI_TYPE] = nla_port_vsi, [IFLA_PORT_REQUEST] = nla_u8,
	[IFLA_PORT_RESPONSE] = nla_u16,
};
static const struct nla_table port_tb = NLA_TABLE(ifla_port_attrs, "IFLA_VF_PORT_???", port_dec, NULL);
NLA_NEST(nla_port, port_tb)
static nla_fn *const vf_ports_dec[] = { [IFLA_VF_PORT] = nla_port };
static const struct nla_table vf_ports_tb = NLA_TABLE(ifla_vf_ports, "IFLA_VF_PORT_???", vf_ports_dec, NULL);
NLA_NEST(nla_vf_ports, vf_ports_tb)

static nla_fn *const pdr_dec[] = {
	[IFLA_PROTO_DOWN_REASON_MASK] = nla_x32, [IFLA_PROTO_DOWN_REASON_VALUE] = nla_x32,
};
static const struct nla_table pdr_tb =
	NLA_TABLE(ifla_pdr_attrs, "IFLA_PROTO_DOWN_REASON_???", pdr_dec, NULL);
NLA_NEST(nla_proto_down_reason, pdr_tb)

static nla_fn *const inet_dec[] = { [IFLA_INET_CONF] = nla_inet_conf };
static const struct nla_table inet_tb = NLA_TABLE(ifla_inet_attrs, "IFLA_INET_???", inet_dec, NULL);
NLA_NEST(nla_af_inet, inet_tb)

static nla_fn *const inet6_dec[] = {
	[IFLA_INET6_FLAGS] = nla_inet6_flags, [IFLA_INET6_CONF] = nla_inet6_conf,
	[IFLA_INET6_STATS] = nla_inet6_stats, [IFLA_INET6_CACHEINFO] = nla_inet6_cacheinfo,
	[IFLA_INET6_ICMP6STATS] = nla_icmp6_stats, [IFLA_INET6_TOKEN] = nla_in6,
	[IFLA_INET6_ADDR_GEN_MODE] = nla_addr_gen, [IFLA_INET6_RA_MTU] = nla_u32,
};
static const struct nla_table inet6_tb = NLA_TABLE(ifla_inet6_attrs, "IFLA_INET6_???", inet6_dec, NULL);
NLA_NEST(nla_af_inet6, inet6_tb)

/* --- bridge ports (ifi_family AF_BRIDGE) ----------------------------------- */

/* a timer in clock ticks (USER_HZ), from up to 8 bytes: "3" and "0.03 s"
 * in a comment */
int nla_ticks(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned long long v = 0;

	if (len > sizeof v)
		return 0;
	if (umove(t->pid, addr, &v, len) < 0) {
		pr_hex(addr);
		return 1;
	}
	pr("%llu", v);
	if (v && !opt_raw)
		pr(" /* %llu.%02llu s */", v / 100, v % 100);
	return 1;
}

/* struct ifla_bridge_id: {prio=[128, 0], addr=02:00:00:00:00:01} */
static void pr_br_id(const struct ifla_bridge_id *id)
{
	pr("{prio=[%u, %u], addr=", id->prio[0], id->prio[1]);
	rt_pr_hwaddr(id->addr, sizeof id->addr, sizeof id->addr);
	prs("}");
}
NLA_VALUE(nla_br_id, struct ifla_bridge_id, pr_br_id(&v))

NLA_VALUE(nla_x16, uint16_t, pr("%#x", v))

static nla_fn *const brport_dec[] = {
	[IFLA_BRPORT_STATE] = nla_u8, [IFLA_BRPORT_PRIORITY] = nla_u16,
	[IFLA_BRPORT_COST] = nla_u32, [IFLA_BRPORT_MODE] = nla_u8,
	[IFLA_BRPORT_GUARD] = nla_u8, [IFLA_BRPORT_PROTECT] = nla_u8,
	[IFLA_BRPORT_FAST_LEAVE] = nla_u8, [IFLA_BRPORT_LEARNING] = nla_u8,
	[IFLA_BRPORT_UNICAST_FLOOD] = nla_u8, [IFLA_BRPORT_PROXYARP] = nla_u8,
	[IFLA_BRPORT_LEARNING_SYNC] = nla_u8, [IFLA_BRPORT_PROXYARP_WIFI] = nla_u8,
	[IFLA_BRPORT_ROOT_ID] = nla_br_id, [IFLA_BRPORT_BRIDGE_ID] = nla_br_id,
	[IFLA_BRPORT_DESIGNATED_PORT] = nla_u16, [IFLA_BRPORT_DESIGNATED_COST] = nla_u16,
	[IFLA_BRPORT_ID] = nla_u16, [IFLA_BRPORT_NO] = nla_u16,
	[IFLA_BRPORT_TOPOLOGY_CHANGE_ACK] = nla_u8, [IFLA_BRPORT_CONFIG_PENDING] = nla_u8,
	[IFLA_BRPORT_MESSAGE_AGE_TIMER] = nla_ticks,
	[IFLA_BRPORT_FORWARD_DELAY_TIMER] = nla_ticks, [IFLA_BRPORT_HOLD_TIMER] = nla_ticks,
	[IFLA_BRPORT_MULTICAST_ROUTER] = nla_u8, [IFLA_BRPORT_MCAST_FLOOD] = nla_u8,
	[IFLA_BRPORT_MCAST_TO_UCAST] = nla_u8, [IFLA_BRPORT_VLAN_TUNNEL] = nla_u8,
	[IFLA_BRPORT_BCAST_FLOOD] = nla_u8, [IFLA_BRPORT_GROUP_FWD_MASK] = nla_x16,
	[IFLA_BRPORT_NEIGH_SUPPRESS] = nla_u8, [IFLA_BRPORT_ISOLATED] = nla_u8,
	[IFLA_BRPORT_BACKUP_PORT] = nla_ifindex, [IFLA_BRPORT_MRP_RING_OPEN] = nla_u8,
	[IFLA_BRPORT_MRP_IN_OPEN] = nla_u8, [IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT] = nla_u32,
	[IFLA_BRPORT_MCAST_EHT_HOSTS_CNT] = nla_u32, [IFLA_BRPORT_LOCKED] = nla_u8,
};
static const struct nla_table brport_tb = NLA_TABLE(ifla_brport_attrs, "IFLA_BRPORT_???", brport_dec, NULL);


NLA_NAMED(nla_bridge_flags, uint16_t, pr_flags_d(bridge_flags, v, "BRIDGE_FLAGS_???"))
NLA_NAMED(nla_bridge_mode, uint16_t, pr_xlat(bridge_modes, v, "%#lx", "BRIDGE_MODE_???"))

/* struct bridge_vlan_info, then what follows it as bytes */
static int nla_vlan_info(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct bridge_vlan_info vi;
	int ok;

	if (!nla_fetch(t, addr, len, &vi, sizeof vi, &ok))
		return 0;
	if (!ok)
		return 1;
	prs("{flags=");
	pr_flags_d(bridge_vlan_flags, vi.flags, "BRIDGE_VLAN_INFO_???");
	pr(", vid=%u}", vi.vid);
	if (len > sizeof vi) {
		prs(", ");
		nl_hexstr(t, addr + sizeof vi, len - sizeof vi);
	}
	return 1;
}

/* IFLA_BRIDGE_VLAN_TUNNEL_INFO: a tunnel id, a VLAN and its flags */
NLA_VALUE(nla_tunnel_flags, uint16_t, pr_flags_d(bridge_vlan_flags, v, "BRIDGE_VLAN_INFO_???"))
static nla_fn *const br_tunnel_dec[] = {
	[IFLA_BRIDGE_VLAN_TUNNEL_ID] = nla_u32, [IFLA_BRIDGE_VLAN_TUNNEL_VID] = nla_u16,
	[IFLA_BRIDGE_VLAN_TUNNEL_FLAGS] = nla_tunnel_flags,
};
static const struct nla_table br_tunnel_tb =
	NLA_TABLE(br_tunnel_attrs, "IFLA_BRIDGE_VLAN_TUNNEL_???", br_tunnel_dec, NULL);
NLA_NEST(nla_vlan_tunnel, br_tunnel_tb)

static nla_fn *const af_bridge_dec[] = {
	[IFLA_BRIDGE_FLAGS] = nla_bridge_flags, [IFLA_BRIDGE_MODE] = nla_bridge_mode,
	[IFLA_BRIDGE_VLAN_INFO] = nla_vlan_info, [IFLA_BRIDGE_VLAN_TUNNEL_INFO] = nla_vlan_tunnel,
};
static const struct nla_table af_bridge_tb = NLA_TABLE(ifla_bridge_attrs, "IFLA_BRIDGE_???", af_bridge_dec, NULL);

/* --- IFLA_LINKINFO: the kind, and the kind's data ------------------------ */

/* a bridge's IFLA_BR_* (IFLA_INFO_DATA of kind "bridge"); its
 * VLAN_PROTOCOL in network order: htons(ETH_P_8021Q) */
NLA_NAMED(nla_eth_proto_be, uint16_t,
	  (prs("htons("), pr_xlat(xl_eth_protos, (uint16_t)(v >> 8 | v << 8), "%#lx", "ETHER_P_???"),
	   prs(")")))

static void pr_boolopt(const struct br_boolopt_multi *b)
{
	prs("{optval=");
	rt_pr_bits(br_boolopts, b->optval, "1<<BR_BOOLOPT_???");
	prs(", optmask=");
	rt_pr_bits(br_boolopts, b->optmask, "1<<BR_BOOLOPT_???");
	prs("}");
}
NLA_VALUE(nla_boolopt, struct br_boolopt_multi, pr_boolopt(&v))

/* IFLA_BR_MCAST_QUERIER_STATE: the last queriers seen. strace 6.1 prints
 * the IPv6 port as a plain number, the IPv4 one as an ifindex */
static const unsigned char fam_inet = AF_INET;
static int nla_querier_in(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return nla_inaddr(t, addr, len, &fam_inet);
}
static nla_fn *const br_querier_dec[] = {
	[BRIDGE_QUERIER_IP_ADDRESS] = nla_querier_in, [BRIDGE_QUERIER_IP_PORT] = nla_ifindex,
	[BRIDGE_QUERIER_IP_OTHER_TIMER] = nla_ticks,
	[BRIDGE_QUERIER_IPV6_ADDRESS] = nla_in6, [BRIDGE_QUERIER_IPV6_PORT] = nla_u32,
	[BRIDGE_QUERIER_IPV6_OTHER_TIMER] = nla_ticks,
};
static const struct nla_table br_querier_tb =
	NLA_TABLE(br_querier_attrs, "BRIDGE_QUERIER_???", br_querier_dec, NULL);
NLA_NEST(nla_querier_state, br_querier_tb)

static nla_fn *const br_dec[] = {
	[IFLA_BR_FORWARD_DELAY] = nla_ticks, [IFLA_BR_HELLO_TIME] = nla_ticks,
	[IFLA_BR_MAX_AGE] = nla_ticks, [IFLA_BR_AGEING_TIME] = nla_ticks,
	[IFLA_BR_STP_STATE] = nla_u32, [IFLA_BR_PRIORITY] = nla_u16,
	[IFLA_BR_VLAN_FILTERING] = nla_u8, [IFLA_BR_VLAN_PROTOCOL] = nla_eth_proto_be,
	[IFLA_BR_GROUP_FWD_MASK] = nla_x16, [IFLA_BR_ROOT_ID] = nla_br_id,
	[IFLA_BR_BRIDGE_ID] = nla_br_id, [IFLA_BR_ROOT_PORT] = nla_u16,
	[IFLA_BR_ROOT_PATH_COST] = nla_u32, [IFLA_BR_TOPOLOGY_CHANGE] = nla_u8,
	[IFLA_BR_TOPOLOGY_CHANGE_DETECTED] = nla_u8, [IFLA_BR_HELLO_TIMER] = nla_ticks,
	[IFLA_BR_TCN_TIMER] = nla_ticks, [IFLA_BR_TOPOLOGY_CHANGE_TIMER] = nla_ticks,
	[IFLA_BR_GC_TIMER] = nla_ticks, [IFLA_BR_GROUP_ADDR] = nla_hwaddr,
	[IFLA_BR_MCAST_ROUTER] = nla_u8, [IFLA_BR_MCAST_SNOOPING] = nla_u8,
	[IFLA_BR_MCAST_QUERY_USE_IFADDR] = nla_u8, [IFLA_BR_MCAST_QUERIER] = nla_u8,
	[IFLA_BR_MCAST_HASH_ELASTICITY] = nla_u32, [IFLA_BR_MCAST_HASH_MAX] = nla_u32,
	[IFLA_BR_MCAST_LAST_MEMBER_CNT] = nla_u32, [IFLA_BR_MCAST_STARTUP_QUERY_CNT] = nla_u32,
	[IFLA_BR_MCAST_LAST_MEMBER_INTVL] = nla_ticks,
	[IFLA_BR_MCAST_MEMBERSHIP_INTVL] = nla_ticks,
	[IFLA_BR_MCAST_QUERIER_INTVL] = nla_ticks, [IFLA_BR_MCAST_QUERY_INTVL] = nla_ticks,
	[IFLA_BR_MCAST_QUERY_RESPONSE_INTVL] = nla_ticks,
	[IFLA_BR_MCAST_STARTUP_QUERY_INTVL] = nla_ticks,
	[IFLA_BR_NF_CALL_IPTABLES] = nla_u8, [IFLA_BR_NF_CALL_IP6TABLES] = nla_u8,
	[IFLA_BR_NF_CALL_ARPTABLES] = nla_u8, [IFLA_BR_VLAN_DEFAULT_PVID] = nla_u16,
	[IFLA_BR_VLAN_STATS_ENABLED] = nla_u8, [IFLA_BR_MCAST_STATS_ENABLED] = nla_u8,
	[IFLA_BR_MCAST_IGMP_VERSION] = nla_u8, [IFLA_BR_MCAST_MLD_VERSION] = nla_u8,
	[IFLA_BR_VLAN_STATS_PER_PORT] = nla_u8, [IFLA_BR_MULTI_BOOLOPT] = nla_boolopt,
	[IFLA_BR_MCAST_QUERIER_STATE] = nla_querier_state,
};
static const struct nla_table br_tb = NLA_TABLE(ifla_br_attrs, "IFLA_BR_???", br_dec, NULL);

/* a tun's IFLA_TUN_* (kind "tun") */
NLA_NAMED(nla_tun_type, uint8_t, pr_xlat(tun_types, v, "%#lx", "IFF_???"))
/* a uid or gid: -1 for "none" */
NLA_VALUE(nla_id, uint32_t, pr_id(v))
static nla_fn *const tun_dec[] = {
	[IFLA_TUN_OWNER] = nla_id, [IFLA_TUN_GROUP] = nla_id, [IFLA_TUN_TYPE] = nla_tun_type,
	[IFLA_TUN_PI] = nla_u8, [IFLA_TUN_VNET_HDR] = nla_u8, [IFLA_TUN_PERSIST] = nla_u8,
	[IFLA_TUN_MULTI_QUEUE] = nla_u8, [IFLA_TUN_NUM_QUEUES] = nla_u32,
	[IFLA_TUN_NUM_DISABLED_QUEUES] = nla_u32,
};
static const struct nla_table tun_tb = NLA_TABLE(ifla_tun_attrs, "IFLA_TUN_???", tun_dec, NULL);

/* the kinds strace 6.1 takes apart; o: the kind's name, read beforehand */
static int nla_info_data(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	const char *kind = o;
	const struct nla_table *tb = !strcmp(kind, "bridge") ? &br_tb :
				     !strcmp(kind, "tun") ? &tun_tb : NULL;
	if (!tb)
		return 0;
	nl_attrs(t, addr, len, tb);
	return 1;
}

/* IFLA_INFO_XSTATS: a CAN device's struct can_device_stats */
NLA_VALUE(nla_can_stats, struct can_device_stats,
	  pr_u32_fields(&v.bus_error, 6, "bus_error,error_warning,error_passive,bus_off,"
			"arbitration_lost,restarts"))
static int nla_info_xstats(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	const char *kind = o;
	return !strcmp(kind, "can") && nla_can_stats(t, addr, len, o);
}

/* a bridge port's IFLA_INFO_SLAVE_DATA: IFLA_BRPORT_*, as IFLA_PROTINFO */
static int nla_info_slave_data(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	const char *kind = o;
	if (strcmp(kind + 16, "bridge"))
		return 0;
	nl_attrs(t, addr, len, &brport_tb);
	return 1;
}

static nla_fn *const info_dec[] = {
	[IFLA_INFO_KIND] = nla_str, [IFLA_INFO_DATA] = nla_info_data,
	[IFLA_INFO_XSTATS] = nla_info_xstats,
	[IFLA_INFO_SLAVE_KIND] = nla_str, [IFLA_INFO_SLAVE_DATA] = nla_info_slave_data,
};

/* the string of the nest's first attribute of TYPE into kind (16 bytes) */
static void find_kind(struct tcb *t, unsigned long addr, unsigned len, unsigned type, char *kind)
{
	struct nlattr a;

	while (len >= NLA_HDRLEN && umove(t->pid, addr, &a, sizeof a) == 0 &&
	       a.nla_len >= NLA_HDRLEN && a.nla_len <= len) {
		if ((a.nla_type & NLA_TYPE_MASK) == type) {
			unsigned n = a.nla_len - NLA_HDRLEN < 15 ? a.nla_len - NLA_HDRLEN : 15;
			if (umove(t->pid, addr + NLA_HDRLEN, kind, n) < 0)
				n = 0;
			kind[n] = 0;
			return;
		}
		if ((unsigned)NLA_ALIGN(a.nla_len) >= len)
			break;
		len -= (unsigned)NLA_ALIGN(a.nla_len);
		addr += NLA_ALIGN(a.nla_len);
	}
}

/* IFLA_LINKINFO: the data's attributes depend on the kind given with it */
static int nla_linkinfo(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	char kinds[32] = "";	/* IFLA_INFO_KIND, then IFLA_INFO_SLAVE_KIND at 16 */

	find_kind(t, addr, len, IFLA_INFO_KIND, kinds);
	find_kind(t, addr, len, IFLA_INFO_SLAVE_KIND, kinds + 16);
	const struct nla_table tb = NLA_TABLE(ifla_info_attrs, "IFLA_INFO_???", info_dec, kinds);
	nl_attrs(t, addr, len, &tb);
	return 1;
}

/* IFLA_PROTINFO: a bridge port's IFLA_BRPORT_*, an AF_INET6 link's
 * IFLA_INET6_*; under other families the bytes */
static int nla_protinfo(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	unsigned char fam = *(const unsigned char *)o;

	if (fam != AF_BRIDGE && fam != AF_INET6)
		return 0;
	nl_attrs(t, addr, len, fam == AF_BRIDGE ? &brport_tb : &inet6_tb);
	return 1;
}

/* IFLA_AF_SPEC: one nest per address family, its type the family */
/* AF_MCTP's IFLA_MCTP_* */
static nla_fn *const mctp_dec[] = { [IFLA_MCTP_NET] = nla_u32 };
static const struct nla_table mctp_tb = NLA_TABLE(ifla_mctp_attrs, "IFLA_MCTP_???", mctp_dec, NULL);
NLA_NEST(nla_af_mctp, mctp_tb)

static nla_fn *const af_spec_dec[] = {
	[AF_INET] = nla_af_inet, [AF_INET6] = nla_af_inet6, [AF_MCTP] = nla_af_mctp,
};
static const struct nla_table af_spec_tb = NLA_TABLE(xl_families, "AF_???", af_spec_dec, NULL);

static int nla_af_spec(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	/* a bridge port's: the bridge's attributes, not one nest per family */
	nl_attrs(t, addr, len, *(const unsigned char *)o == AF_BRIDGE ? &af_bridge_tb : &af_spec_tb);
	return 1;
}

static int nla_prop_list(struct tcb *t, unsigned long addr, unsigned len, const void *o);

static nla_fn *const ifla_dec[] = {
	[IFLA_ADDRESS] = nla_link_hwaddr, [IFLA_BROADCAST] = nla_link_hwaddr,
	[IFLA_IFNAME] = nla_str, [IFLA_MTU] = nla_u32, [IFLA_LINK] = nla_u32,
	[IFLA_QDISC] = nla_str, [IFLA_STATS] = nla_link_stats, [IFLA_MASTER] = nla_u32,
	[IFLA_TXQLEN] = nla_u32, [IFLA_MAP] = nla_ifmap, [IFLA_PROTINFO] = nla_protinfo,
	[IFLA_WEIGHT] = nla_u32, [IFLA_OPERSTATE] = nla_u8, [IFLA_LINKMODE] = nla_u8,
	[IFLA_LINKINFO] = nla_linkinfo,
	[IFLA_NET_NS_PID] = nla_u32, [IFLA_IFALIAS] = nla_str, [IFLA_NUM_VF] = nla_u32,
	[IFLA_VFINFO_LIST] = nla_vf_list, [IFLA_STATS64] = nla_link_stats64,
	[IFLA_VF_PORTS] = nla_vf_ports, [IFLA_PORT_SELF] = nla_port,
	[IFLA_AF_SPEC] = nla_af_spec,
	[IFLA_GROUP] = nla_u32, [IFLA_EXT_MASK] = nla_ext_mask, [IFLA_PROMISCUITY] = nla_u32,
	[IFLA_NUM_TX_QUEUES] = nla_u32, [IFLA_NUM_RX_QUEUES] = nla_u32,
	[IFLA_CARRIER] = nla_u8, [IFLA_CARRIER_CHANGES] = nla_u32,
	[IFLA_LINK_NETNSID] = nla_s32, [IFLA_PHYS_PORT_NAME] = nla_str,
	[IFLA_PROTO_DOWN] = nla_u8, [IFLA_GSO_MAX_SEGS] = nla_u32,
	[IFLA_GSO_MAX_SIZE] = nla_u32, [IFLA_XDP] = nla_xdp, [IFLA_EVENT] = nla_event,
	[IFLA_NEW_NETNSID] = nla_s32,
	[IFLA_IF_NETNSID] = nla_s32, [IFLA_CARRIER_UP_COUNT] = nla_u32,
	[IFLA_CARRIER_DOWN_COUNT] = nla_u32, [IFLA_NEW_IFINDEX] = nla_ifindex,
	[IFLA_MIN_MTU] = nla_u32, [IFLA_MAX_MTU] = nla_u32, [IFLA_PROP_LIST] = nla_prop_list,
	[IFLA_ALT_IFNAME] = nla_str,
	[IFLA_PERM_ADDRESS] = nla_link_hwaddr, [IFLA_PROTO_DOWN_REASON] = nla_proto_down_reason,
	[IFLA_PARENT_DEV_NAME] = nla_str,
	[IFLA_PARENT_DEV_BUS_NAME] = nla_str, [IFLA_GRO_MAX_SIZE] = nla_u32,
	[IFLA_TSO_MAX_SIZE] = nla_u32, [IFLA_TSO_MAX_SEGS] = nla_u32, [IFLA_ALLMULTI] = nla_u32,
};

/* IFLA_PROP_LIST holds IFLA_ALT_IFNAME, an IFLA_* attribute itself */
static int nla_prop_list(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	const struct nla_table tb = NLA_TABLE(ifla_attrs, "IFLA_???", ifla_dec, o);
	nl_attrs(t, addr, len, &tb);
	return 1;
}

void rt_ifinfomsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct ifinfomsg m = { .ifi_family = fam };
	const struct nla_table tb = NLA_TABLE(ifla_attrs, "IFLA_???", ifla_dec, &m.ifi_family);
	int ok = rt_fixed_begin(t, "ifi_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		prs("ifi_type=");
		pr_xlat(arphrd, m.ifi_type, "%#lx", "ARPHRD_???");
		prs(", ifi_index=");
		nl_pr_ifindex((unsigned)m.ifi_index);
		prs(", ifi_flags=");
		pr_flags_d(iff_flags, m.ifi_flags, "IFF_???");
		pr(", ifi_change=%#x", m.ifi_change);
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}
