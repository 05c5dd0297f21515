/* src/trace/nl_rtkinds.c — the RTM_* kinds past links, addresses, routes
 * and neighbours, as strace 6.1 prints them: each kind's fixed struct,
 *   {tcm_family=AF_UNSPEC, tcm_ifindex=if_nametoindex("lo"), tcm_handle=0,
 *    tcm_parent=4294967295, tcm_info=2}
 * then its attributes (TCA_STATS2's nest, FRA_UID_RANGE's struct...).
 * Qdiscs, classes, filters, chains (tcmsg); actions (tcamsg); rules
 * (fib_rule_hdr); address labels (ifaddrlblmsg); netconf (netconfmsg);
 * netns ids (rtgenmsg); neighbour tables (ndtmsg); the bridge's mdb
 * (br_port_msg); DCB (dcbmsg); RTM_GETSTATS (if_stats_msg); nexthops
 * (nhmsg); RTM_NEWCACHEREPORT (rtgenmsg, IPMRA_CREPORT_*). Where strace 6.1 prints an
 * attribute as bytes (DCB_ATTR_*, TCA_OPTIONS), so
 * does this; the per-kind link xstats are nl_xstats.c's.
 */
#include "trace.h"
#include "nl_route.h"
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/pkt_sched.h>
#include <linux/gen_stats.h>
#include <linux/pkt_cls.h>
#include <linux/lwtunnel.h>
#include <linux/fib_rules.h>
#include <linux/if_addrlabel.h>
#include <linux/netconf.h>
#include <linux/net_namespace.h>
#include <linux/if_bridge.h>
#include <linux/dcbnl.h>
#include <linux/nexthop.h>
#include <linux/mroute.h>
#include <linux/mroute6.h>
#include <linux/ip.h>
#include <linux/in.h>
#include "nltab.h"

static const struct xlat tca_attrs[] = { NLX_tca_attrs, XEND };
static const struct xlat tca_stats_attrs[] = { NLX_tca_stats_attrs, XEND };
static const struct xlat tca_stab_attrs[] = { NLX_tca_stab_attrs, XEND };
static const struct xlat fra_attrs[] = { NLX_fra_attrs, XEND };
static const struct xlat fr_actions[] = { NLX_fr_actions, XEND };
static const struct xlat fib_rule_flags[] = { NLX_fib_rule_flags, XEND };
static const struct xlat ifal_attrs[] = { NLX_ifal_attrs, XEND };
static const struct xlat netconfa_attrs[] = { NLX_netconfa_attrs, XEND };
static const struct xlat netnsa_attrs[] = { NLX_netnsa_attrs, XEND };
static const struct xlat ndta_attrs[] = { NLX_ndta_attrs, XEND };
static const struct xlat ndtpa_attrs[] = { NLX_ndtpa_attrs, XEND };
static const struct xlat mdba_attrs[] = { NLX_mdba_attrs, XEND };
static const struct xlat mdba_router[] = { NLX_mdba_router, XEND };
static const struct xlat mdba_router_pattr[] = { NLX_mdba_router_pattr, XEND };
static const struct xlat mdb_rtr_types[] = { NLX_mdb_rtr_types, XEND };
static const struct xlat mdba_mdb[] = { NLX_mdba_mdb, XEND };
static const struct xlat mdba_mdb_entry[] = { NLX_mdba_mdb_entry, XEND };
static const struct xlat mdba_mdb_eattr[] = { NLX_mdba_mdb_eattr, XEND };
static const struct xlat mdb_states[] = { NLX_mdb_states, XEND };
static const struct xlat mdb_flags[] = { NLX_mdb_flags, XEND };
static const struct xlat dcb_cmds[] = { NLX_dcb_cmds, XEND };
static const struct xlat dcb_attrs[] = { NLX_dcb_attrs, XEND };
static const struct xlat ifla_stats_attrs[] = { NLX_ifla_stats_attrs, XEND };
static const struct xlat ifla_offload_xstats[] = { NLX_ifla_offload_xstats, XEND };
static const struct xlat nha_attrs[] = { NLX_nha_attrs, XEND };
static const struct xlat nh_res_group[] = { NLX_nh_res_group, XEND };
static const struct xlat nh_res_bucket[] = { NLX_nh_res_bucket, XEND };
static const struct xlat rtnl_families[] = { NLX_rtnl_families, XEND };
static const struct xlat ipmra_creport[] = { NLX_ipmra_creport, XEND };
static const struct xlat igmpmsg_types[] = { NLX_igmpmsg_types, XEND };
static const struct xlat ip6mra_creport[] = { NLX_ip6mra_creport, XEND };
static const struct xlat mrt6msg_types[] = { NLX_mrt6msg_types, XEND };
static const struct xlat nh_grp_types[] = { NLX_nh_grp_types, XEND };
static const struct xlat tca_act_attrs[] = { NLX_tca_act_attrs, XEND };
static const struct xlat tca_act_flags[] = { NLX_tca_act_flags, XEND };
static const struct xlat tca_act_hw_stats[] = { NLX_tca_act_hw_stats, XEND };

/* "{NAME=" and the family byte: every kind begins so */
static void pr_fam(const char *name, unsigned char fam)
{
	pr("{%s=", name);
	rt_pr_family(fam);
}

/* --- tc: qdiscs, classes, filters, chains ------------------------------- */

/* tc's statistics structs, each read up to its last field's end (the
 * padding after it need not be there) */
NLA_VALUE_TO(nla_tc_stats, struct tc_stats, backlog,
	  pr("{bytes=%llu, packets=%u, drops=%u, overlimits=%u, bps=%u, pps=%u, qlen=%u, "
	     "backlog=%u}", (unsigned long long)v.bytes, v.packets, v.drops, v.overlimits,
	     v.bps, v.pps, v.qlen, v.backlog))
NLA_VALUE_TO(nla_gnet_basic, struct gnet_stats_basic, packets,
	  pr("{bytes=%llu, packets=%u}", (unsigned long long)v.bytes, v.packets))
NLA_VALUE(nla_gnet_rate, struct gnet_stats_rate_est, pr_u32_fields(&v.bps, 2, "bps,pps"))
NLA_VALUE(nla_gnet_rate64, struct gnet_stats_rate_est64, pr_u64_fields(&v.bps, 2, "bps,pps"))
NLA_VALUE(nla_gnet_queue, struct gnet_stats_queue,
	  pr_u32_fields(&v.qlen, 5, "qlen,backlog,drops,requeues,overlimits"))
NLA_VALUE(nla_tc_rate, struct tc_estimator,
	  pr("{interval=%d, ewma_log=%u}", v.interval, v.ewma_log))

static nla_fn *const tca_stats_dec[] = {
	[TCA_STATS_BASIC] = nla_gnet_basic, [TCA_STATS_RATE_EST] = nla_gnet_rate,
	[TCA_STATS_QUEUE] = nla_gnet_queue, [TCA_STATS_RATE_EST64] = nla_gnet_rate64,
	[TCA_STATS_BASIC_HW] = nla_gnet_basic, [TCA_STATS_PKT64] = nla_u64,
};
static const struct nla_table tca_stats_tb =
	NLA_TABLE(tca_stats_attrs, "TCA_STATS_???", tca_stats_dec, NULL);
NLA_NEST(nla_tca_stats2, tca_stats_tb)

/* TCA_STAB: the size table's struct tc_sizespec and its u16 data */
NLA_VALUE(nla_tc_sizespec, struct tc_sizespec,
	  pr("{cell_log=%u, size_log=%u, cell_align=%d, overhead=%d, linklayer=%u, mpu=%u, "
	     "mtu=%u, tsize=%u}", v.cell_log, v.size_log, v.cell_align, v.overhead, v.linklayer,
	     v.mpu, v.mtu, v.tsize))

static void u16_elem(struct tcb *t, const void *e)
{
	uint16_t v;
	memcpy(&v, e, sizeof v);
	pr("%u", v);
}

static int nla_stab_data(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	if (len < sizeof(uint16_t))
		return 0;
	pr_array(t, addr, len / sizeof(uint16_t), sizeof(uint16_t), u16_elem);
	return 1;
}

static nla_fn *const tca_stab_dec[] = {
	[TCA_STAB_BASE] = nla_tc_sizespec, [TCA_STAB_DATA] = nla_stab_data,
};
static const struct nla_table tca_stab_tb =
	NLA_TABLE(tca_stab_attrs, "TCA_STAB_???", tca_stab_dec, NULL);
NLA_NEST(nla_tca_stab, tca_stab_tb)

static nla_fn *const tca_dec[] = {
	[TCA_KIND] = nla_str, [TCA_STATS] = nla_tc_stats, [TCA_RATE] = nla_tc_rate,
	[TCA_FCNT] = nla_u32, [TCA_STATS2] = nla_tca_stats2, [TCA_CHAIN] = nla_u32,
	[TCA_HW_OFFLOAD] = nla_u8, [TCA_INGRESS_BLOCK] = nla_u32,
	[TCA_EGRESS_BLOCK] = nla_u32, [TCA_DUMP_FLAGS] = nla_u32, [TCA_STAB] = nla_tca_stab,
};

static void tcmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct tcmsg m = { .tcm_family = fam };
	const struct nla_table tb = NLA_TABLE(tca_attrs, "TCA_???", tca_dec, NULL);
	int ok = rt_fixed_begin(t, "tcm_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		prs("tcm_ifindex=");
		nl_pr_ifindex((unsigned)m.tcm_ifindex);
		pr(", tcm_handle=%u, tcm_parent=%u, tcm_info=%u", m.tcm_handle, m.tcm_parent,
		   m.tcm_info);
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* --- actions (tcamsg) -------------------------------------------------------- */

/* the kernel's struct nla_bitfield32: strace 6.1 reads its first u32 (the
 * value) as flags, from an attribute of 4 bytes up */
NLA_NAMED(nla_act_flags, uint32_t, pr_flags_d(tca_act_flags, v, "TCA_ACT_FLAGS_???"))
NLA_NAMED(nla_act_hw_stats, uint32_t, pr_flags_d(tca_act_hw_stats, v, "TCA_ACT_HW_STATS_???"))

static nla_fn *const tca_act_dec[] = {
	[TCA_ACT_KIND] = nla_str, [TCA_ACT_INDEX] = nla_u32, [TCA_ACT_STATS] = nla_tca_stats2,
	[TCA_ACT_FLAGS] = nla_act_flags, [TCA_ACT_HW_STATS] = nla_act_hw_stats,
	[TCA_ACT_USED_HW_STATS] = nla_act_hw_stats, [TCA_ACT_IN_HW_COUNT] = nla_u32,
};

/* --- rules ------------------------------------------------------------------ */

/* FRA_TUN_ID is big-endian: htobe64(5) */
NLA_VALUE(nla_be64, uint64_t, pr("htobe64(%llu)", (unsigned long long)__builtin_bswap64(v)))
/* strace 6.1 writes an unnamed FRA_TABLE in hex, with no comment */
NLA_VALUE(nla_fra_table, uint32_t, pr_xlat(rt_tables, v, "%#lx", NULL))
NLA_NAMED(nla_fra_proto, uint8_t, pr_xlat(rt_protos, v, "%#lx", "RTPROT_???"))
NLA_NAMED(nla_ipproto, uint8_t, pr_xlat(ipprotos, v, "%#lx", "IPPROTO_???"))

/* FRA_UID_RANGE's u32s and the port ranges' u16s print alike */
static void pr_range(unsigned start, unsigned end)
{
	pr("{start=%u, end=%u}", start, end);
}
NLA_VALUE(nla_uid_range, struct fib_rule_uid_range, pr_range(v.start, v.end))
NLA_VALUE(nla_port_range, struct fib_rule_port_range, pr_range(v.start, v.end))

static nla_fn *const fra_dec[] = {
	[FRA_DST] = nla_inaddr, [FRA_SRC] = nla_inaddr, [FRA_IIFNAME] = nla_str,
	[FRA_GOTO] = nla_u32, [FRA_PRIORITY] = nla_u32, [FRA_FWMARK] = nla_u32,
	[FRA_FLOW] = nla_u32, [FRA_TUN_ID] = nla_be64, [FRA_SUPPRESS_IFGROUP] = nla_u32,
	[FRA_SUPPRESS_PREFIXLEN] = nla_u32, [FRA_TABLE] = nla_fra_table,
	[FRA_FWMASK] = nla_u32, [FRA_OIFNAME] = nla_str, [FRA_L3MDEV] = nla_u8,
	[FRA_UID_RANGE] = nla_uid_range, [FRA_PROTOCOL] = nla_fra_proto,
	[FRA_IP_PROTO] = nla_ipproto, [FRA_SPORT_RANGE] = nla_port_range,
	[FRA_DPORT_RANGE] = nla_port_range,
};

static void fib_rule_hdr(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct fib_rule_hdr m = { .family = fam };
	const struct nla_table tb = NLA_TABLE(fra_attrs, "FRA_???", fra_dec, &m.family);
	int ok = rt_fixed_begin(t, "family", fam, addr, len, &m, sizeof m);

	if (ok) {
		pr("dst_len=%u, src_len=%u, tos=", m.dst_len, m.src_len);
		pr_flags_d(iptos, m.tos, "IPTOS_TOS_???");
		prs(", table=");
		/* here, unlike rtm_table, an unnamed table gets the comment */
		pr_xlat(rt_tables, m.table, "%#lx", "RT_TABLE_???");
		prs(", action=");
		pr_xlat(fr_actions, m.action, "%#lx", "FR_ACT_???");
		prs(", flags=");
		pr_flags_d(fib_rule_flags, m.flags, "FIB_RULE_???");
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* --- address labels, netconf, netns ids ------------------------------------ */

static nla_fn *const ifal_dec[] = { [IFAL_ADDRESS] = nla_inaddr, [IFAL_LABEL] = nla_u32 };

static void ifaddrlblmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct ifaddrlblmsg m = { .ifal_family = fam };
	const struct nla_table tb = NLA_TABLE(ifal_attrs, "IFAL_???", ifal_dec, &m.ifal_family);
	int ok = rt_fixed_begin(t, "ifal_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		pr("ifal_prefixlen=%u, ifal_flags=%u, ifal_index=", m.ifal_prefixlen, m.ifal_flags);
		nl_pr_ifindex(m.ifal_index);
		pr(", ifal_seq=%u", m.ifal_seq);
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

static nla_fn *const netconfa_dec[] = {
	[NETCONFA_IFINDEX] = nla_ifindex, [NETCONFA_FORWARDING] = nla_s32,
	[NETCONFA_RP_FILTER] = nla_s32, [NETCONFA_MC_FORWARDING] = nla_s32,
	[NETCONFA_PROXY_NEIGH] = nla_s32, [NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN] = nla_s32,
	[NETCONFA_INPUT] = nla_s32, [NETCONFA_BC_FORWARDING] = nla_s32,
};
static nla_fn *const netnsa_dec[] = {
	[NETNSA_NSID] = nla_s32, [NETNSA_PID] = nla_u32, [NETNSA_FD] = nla_u32,
	[NETNSA_TARGET_NSID] = nla_s32, [NETNSA_CURRENT_NSID] = nla_s32,
};

/* a struct of the family alone (netconfmsg, rtgenmsg, tcamsg): its
 * attributes start at the next 4 bytes */
static void family_struct(struct tcb *t, const char *name, unsigned char fam, unsigned long addr,
			  unsigned len, const struct nla_table *tb)
{
	pr_fam(name, fam);
	prs("}");
	if (tb)
		nl_attrs_after(t, addr, len, 1, tb);
}

/* --- neighbour tables ------------------------------------------------------- */

NLA_VALUE(nla_ndt_config, struct ndt_config,
	  pr("{ndtc_key_len=%u, ndtc_entry_size=%u, ndtc_entries=%u, ndtc_last_flush=%u, "
	     "ndtc_last_rand=%u, ndtc_hash_rnd=%u, ndtc_hash_mask=%#08x, "
	     "ndtc_hash_chain_gc=%u, ndtc_proxy_qlen=%u}", v.ndtc_key_len,
	     v.ndtc_entry_size, v.ndtc_entries, v.ndtc_last_flush, v.ndtc_last_rand,
	     v.ndtc_hash_rnd, v.ndtc_hash_mask, v.ndtc_hash_chain_gc, v.ndtc_proxy_qlen))
NLA_VALUE(nla_ndt_stats, struct ndt_stats,
	  pr_u64_fields(&v.ndts_allocs, 11, "ndts_allocs,ndts_destroys,ndts_hash_grows,"
			"ndts_res_failed,ndts_lookups,ndts_hits,ndts_rcv_probes_mcast,"
			"ndts_rcv_probes_ucast,ndts_periodic_gc_runs,ndts_forced_gc_runs,"
			"ndts_table_fulls"))

static nla_fn *const ndtpa_dec[] = {
	[NDTPA_IFINDEX] = nla_ifindex, [NDTPA_REFCNT] = nla_u32,
	[NDTPA_REACHABLE_TIME] = nla_u64, [NDTPA_BASE_REACHABLE_TIME] = nla_u64,
	[NDTPA_RETRANS_TIME] = nla_u64, [NDTPA_GC_STALETIME] = nla_u64,
	[NDTPA_DELAY_PROBE_TIME] = nla_u64, [NDTPA_QUEUE_LEN] = nla_u32,
	[NDTPA_APP_PROBES] = nla_u32, [NDTPA_UCAST_PROBES] = nla_u32,
	[NDTPA_MCAST_PROBES] = nla_u32, [NDTPA_ANYCAST_DELAY] = nla_u64,
	[NDTPA_PROXY_DELAY] = nla_u64, [NDTPA_PROXY_QLEN] = nla_u32,
	[NDTPA_LOCKTIME] = nla_u64, [NDTPA_QUEUE_LENBYTES] = nla_u32,
	[NDTPA_MCAST_REPROBES] = nla_u32, [NDTPA_INTERVAL_PROBE_TIME_MS] = nla_u64,
};
static const struct nla_table ndtpa_tb = NLA_TABLE(ndtpa_attrs, "NDTPA_???", ndtpa_dec, NULL);
NLA_NEST(nla_ndt_parms, ndtpa_tb)

static nla_fn *const ndta_dec[] = {
	[NDTA_NAME] = nla_str, [NDTA_THRESH1] = nla_u32, [NDTA_THRESH2] = nla_u32,
	[NDTA_THRESH3] = nla_u32, [NDTA_CONFIG] = nla_ndt_config, [NDTA_PARMS] = nla_ndt_parms,
	[NDTA_STATS] = nla_ndt_stats, [NDTA_GC_INTERVAL] = nla_u64,
};

/* --- the bridge's mdb, DCB, RTM_GETSTATS, nexthops -------------------------- */

/* MDBA_MDB_ENTRY_INFO: struct br_mdb_entry, then the entry's
 * MDBA_MDB_EATTR_* in the same attribute. strace 6.1 names the group's
 * protocol (ETH_P_IP...) from the address families, as 0x800 and AF_???
 * in a comment inside htons() */
static nla_fn *const mdb_eattr_dec[] = { [MDBA_MDB_EATTR_TIMER] = nla_ticks };
static const struct nla_table mdb_eattr_tb =
	NLA_TABLE(mdba_mdb_eattr, "MDBA_MDB_EATTR_???", mdb_eattr_dec, NULL);

static int nla_mdb_entry_info(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct br_mdb_entry e;
	int ok;

	if (!nla_fetch(t, addr, len, &e, sizeof e, &ok))
		return 0;
	if (!ok)
		return 1;
	prs("{ifindex=");
	nl_pr_ifindex(e.ifindex);
	prs(", state=");
	pr_xlat(mdb_states, e.state, "%#lx", "MDB_???");
	prs(", flags=");
	pr_flags_d(mdb_flags, e.flags, "MDB_FLAGS_???");
	pr(", vid=%u, addr={u=", e.vid);
	/* all 16 bytes, whatever -s says */
	quote_bytes((const unsigned char *)&e.addr.u, sizeof e.addr.u, QUOTE_HEX);
	prs(", proto=htons(");
	pr_xlat(xl_families, (uint16_t)(e.addr.proto >> 8 | e.addr.proto << 8), "%#lx", "AF_???");
	prs(")}}");
	nl_attrs_after(t, addr, len, sizeof e, &mdb_eattr_tb);
	return 1;
}

static nla_fn *const mdb_entry_dec[] = { [MDBA_MDB_ENTRY_INFO] = nla_mdb_entry_info };
static const struct nla_table mdb_entry_tb =
	NLA_TABLE(mdba_mdb_entry, "MDBA_MDB_ENTRY_???", mdb_entry_dec, NULL);
NLA_NEST(nla_mdb_entry, mdb_entry_tb)
static nla_fn *const mdba_mdb_dec[] = { [MDBA_MDB_ENTRY] = nla_mdb_entry };
static const struct nla_table mdba_mdb_tb = NLA_TABLE(mdba_mdb, "MDBA_MDB_???", mdba_mdb_dec, NULL);
/* MDBA_ROUTER_PORT: the port's ifindex, then its MDBA_ROUTER_PATTR_*
 * in the same attribute */
NLA_NAMED(nla_mdb_rtr_type, uint8_t, pr_xlat(mdb_rtr_types, v, "%#lx", "MDB_RTR_TYPE_???"))
static nla_fn *const router_pattr_dec[] = {
	[MDBA_ROUTER_PATTR_TIMER] = nla_ticks, [MDBA_ROUTER_PATTR_TYPE] = nla_mdb_rtr_type,
	[MDBA_ROUTER_PATTR_INET_TIMER] = nla_ticks, [MDBA_ROUTER_PATTR_INET6_TIMER] = nla_ticks,
};
static const struct nla_table router_pattr_tb =
	NLA_TABLE(mdba_router_pattr, "MDBA_ROUTER_PATTR_???", router_pattr_dec, NULL);

static int nla_mdba_router_port(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	if (!nla_ifindex(t, addr, len, o))
		return 0;
	nl_attrs_after(t, addr, len, sizeof(uint32_t), &router_pattr_tb);
	return 1;
}
static nla_fn *const mdba_router_dec[] = { [MDBA_ROUTER_PORT] = nla_mdba_router_port };
static const struct nla_table mdba_router_tb =
	NLA_TABLE(mdba_router, "MDBA_ROUTER_???", mdba_router_dec, NULL);
NLA_NEST(nla_mdba_router, mdba_router_tb)
NLA_NEST(nla_mdba_mdb, mdba_mdb_tb)
static nla_fn *const mdba_dec[] = { [MDBA_MDB] = nla_mdba_mdb, [MDBA_ROUTER] = nla_mdba_router };

static void br_port_msg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct br_port_msg m = { .family = fam };
	const struct nla_table tb = NLA_TABLE(mdba_attrs, "MDBA_???", mdba_dec, NULL);
	int ok = rt_fixed_begin(t, "family", fam, addr, len, &m, sizeof m);

	if (ok) {
		prs("ifindex=");
		nl_pr_ifindex(m.ifindex);
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

static void dcbmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct dcbmsg m = { .dcb_family = fam };
	const struct nla_table tb = { dcb_attrs, "DCB_ATTR_???", NULL, 0, NULL };
	int ok = rt_fixed_begin(t, "dcb_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		prs("cmd=");
		pr_xlat(dcb_cmds, m.cmd, "%#lx", "DCB_CMD_???");
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* filter_mask: bit N stands for the IFLA_STATS_* attribute N + 1 */
static void pr_stats_mask(uint32_t mask)
{
	rt_pr_bits(ifla_stats_attrs, mask, "1<<IFLA_STATS_???");
}

/* the IFLA_STATS_* of a RTM_NEWSTATS reply (the rest as bytes) */
static nla_fn *const offload_xstats_dec[] = { [IFLA_OFFLOAD_XSTATS_CPU_HIT] = nla_link_stats64 };
static const struct nla_table offload_xstats_tb =
	NLA_TABLE(ifla_offload_xstats, "IFLA_OFFLOAD_XSTATS_???", offload_xstats_dec, NULL);
NLA_NEST(nla_offload_xstats, offload_xstats_tb)
/* the per-kind and per-family stats: nl_xstats.c */
static nla_fn *const ifla_stats_dec[] = {
	[IFLA_STATS_LINK_64] = nla_link_stats64, [IFLA_STATS_LINK_XSTATS] = nla_link_xstats,
	[IFLA_STATS_LINK_XSTATS_SLAVE] = nla_link_xstats,
	[IFLA_STATS_LINK_OFFLOAD_XSTATS] = nla_offload_xstats,
	[IFLA_STATS_AF_SPEC] = nla_stats_af_spec,
};

static void if_stats_msg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct if_stats_msg m = { .family = fam };
	const struct nla_table tb = NLA_TABLE(ifla_stats_attrs, "IFLA_STATS_???", ifla_stats_dec, NULL);
	int ok = rt_fixed_begin(t, "family", fam, addr, len, &m, sizeof m);

	if (ok) {
		if (m.pad1)	/* the pads only when set */
			pr("pad1=%#x, ", m.pad1);
		if (m.pad2)
			pr("pad2=%#x, ", m.pad2);
		prs("ifindex=");
		nl_pr_ifindex(m.ifindex);
		prs(", filter_mask=");
		pr_stats_mask(m.filter_mask);
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* NHA_GROUP: struct nexthop_grp's, the reserved fields only when set;
 * each read on its own (pr_array) */
static void nh_grp_elem(struct tcb *t, const void *e)
{
	const struct nexthop_grp *g = e;

	pr("{id=%u, weight=%u", g->id, g->weight);
	if (g->resvd1)
		pr(", resvd1=%#x", g->resvd1);
	if (g->resvd2)
		pr(", resvd2=%#x", g->resvd2);
	prs("}");
}

static int nla_nh_group(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	if (len < sizeof(struct nexthop_grp))
		return 0;
	pr_array(t, addr, len / sizeof(struct nexthop_grp), sizeof(struct nexthop_grp),
		 nh_grp_elem);
	return 1;
}

/* resilient groups' NHA_RES_GROUP and NHA_RES_BUCKET nests: the timers
 * in clock ticks */
static nla_fn *const nh_res_group_dec[] = {
	[NHA_RES_GROUP_BUCKETS] = nla_u16, [NHA_RES_GROUP_IDLE_TIMER] = nla_ticks,
	[NHA_RES_GROUP_UNBALANCED_TIMER] = nla_ticks,
	[NHA_RES_GROUP_UNBALANCED_TIME] = nla_ticks,
};
static const struct nla_table nh_res_group_tb =
	NLA_TABLE(nh_res_group, "NHA_RES_GROUP_???", nh_res_group_dec, NULL);
NLA_NEST(nla_nh_res_group, nh_res_group_tb)
static nla_fn *const nh_res_bucket_dec[] = {
	[NHA_RES_BUCKET_INDEX] = nla_u16, [NHA_RES_BUCKET_IDLE_TIME] = nla_ticks,
	[NHA_RES_BUCKET_NH_ID] = nla_u32,
};
static const struct nla_table nh_res_bucket_tb =
	NLA_TABLE(nh_res_bucket, "NHA_RES_BUCKET_???", nh_res_bucket_dec, NULL);
NLA_NEST(nla_nh_res_bucket, nh_res_bucket_tb)

NLA_NAMED(nla_nh_grp_type, uint16_t, pr_xlat(nh_grp_types, v, "%#lx", "NEXTHOP_GRP_TYPE_???"))
NLA_VALUE(nla_nh_encap_type, uint16_t, pr_xlat(lwt_encap, v, "%#lx", "LWTUNNEL_ENCAP_???"))

static nla_fn *const nha_dec[] = {
	[NHA_ID] = nla_u32, [NHA_GROUP] = nla_nh_group, [NHA_GROUP_TYPE] = nla_nh_grp_type,
	[NHA_OIF] = nla_ifindex, [NHA_GATEWAY] = nla_inaddr,
	[NHA_ENCAP_TYPE] = nla_nh_encap_type, [NHA_MASTER] = nla_ifindex,
	/* flags, which strace 6.1 reads as u32s */
	[NHA_BLACKHOLE] = nla_u32, [NHA_GROUPS] = nla_u32, [NHA_FDB] = nla_u32,
	[NHA_RES_GROUP] = nla_nh_res_group, [NHA_RES_BUCKET] = nla_nh_res_bucket,
};

static void nhmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct nhmsg m = { .nh_family = fam };
	const struct nla_table tb = NLA_TABLE(nha_attrs, "NHA_???", nha_dec, &m.nh_family);
	int ok = rt_fixed_begin(t, "nh_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		prs("nh_scope=");
		pr_xlat(rt_scopes, m.nh_scope, "%#lx", NULL);
		prs(", nh_protocol=");
		pr_xlat(rt_protos, m.nh_protocol, "%#lx", "RTPROT_???");
		if (m.resvd)	/* shown only when set */
			pr(", resvd=%#x", m.resvd);
		prs(", nh_flags=");
		pr_flags_d(rtnh_flags, m.nh_flags, "RTNH_F_???");
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* --- multicast routing's cache reports (RTM_NEWCACHEREPORT) ----------------- */

static const unsigned char fam_inet = 2, fam_inet6 = 10;	/* AF_INET, AF_INET6 */

NLA_NAMED(nla_igmpmsg, uint8_t, pr_xlat(igmpmsg_types, v, "%#lx", "IGMPMSG_???"))
NLA_NAMED(nla_mrt6msg, uint8_t, pr_xlat(mrt6msg_types, v, "%#lx", "MRT6MSG_???"))
static nla_fn *const ipmra_dec[] = {
	[IPMRA_CREPORT_MSGTYPE] = nla_igmpmsg, [IPMRA_CREPORT_VIF_ID] = nla_u32,
	[IPMRA_CREPORT_SRC_ADDR] = nla_inaddr, [IPMRA_CREPORT_DST_ADDR] = nla_inaddr,
	[IPMRA_CREPORT_TABLE] = nla_u32,
};
static nla_fn *const ip6mra_dec[] = {
	[IP6MRA_CREPORT_MSGTYPE] = nla_mrt6msg, [IP6MRA_CREPORT_MIF_ID] = nla_u32,
	[IP6MRA_CREPORT_SRC_ADDR] = nla_inaddr, [IP6MRA_CREPORT_DST_ADDR] = nla_inaddr,
};
static const struct nla_table ipmra_tb =
	NLA_TABLE(ipmra_creport, "IPMRA_CREPORT_???", ipmra_dec, &fam_inet);
static const struct nla_table ip6mra_tb =
	NLA_TABLE(ip6mra_creport, "IP6MRA_CREPORT_???", ip6mra_dec, &fam_inet6);

/* {rtgen_family=RTNL_FAMILY_IPMR} (an AF_* or an RTNL_FAMILY_*), then
 * IPv4's or IPv6's report attributes; another family's: the bytes */
static void cachereport(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	const struct nla_table *tb = fam == RTNL_FAMILY_IPMR ? &ipmra_tb
				     : fam == RTNL_FAMILY_IP6MR ? &ip6mra_tb : NULL;

	prs("{rtgen_family=");
	if (xlat_name(xl_families, fam))
		rt_pr_family(fam);
	else
		pr_xlat(rtnl_families, fam, "%#lx", "RTNL_FAMILY_???");
	prs("}");
	if (len <= NLMSG_ALIGN(1))
		return;
	prs(", ");
	if (tb)
		nl_attrs(t, addr + NLMSG_ALIGN(1), len - NLMSG_ALIGN(1), tb);
	else
		nl_hexstr(t, addr + NLMSG_ALIGN(1), len - NLMSG_ALIGN(1));
}

int rt_other_kind(struct tcb *t, unsigned type, unsigned char fam, unsigned long addr,
		  unsigned len)
{
	const struct nla_table netconf_tb = NLA_TABLE(netconfa_attrs, "NETCONFA_???", netconfa_dec, NULL);
	const struct nla_table nsid_tb = NLA_TABLE(netnsa_attrs, "NETNSA_???", netnsa_dec, NULL);
	const struct nla_table ndt_tb = NLA_TABLE(ndta_attrs, "NDTA_???", ndta_dec, NULL);
	const struct nla_table act_tb = NLA_TABLE(tca_act_attrs, "TCA_ACT_???", tca_act_dec, NULL);

	switch (type) {
	case RTM_NEWQDISC: case RTM_DELQDISC: case RTM_GETQDISC:
	case RTM_NEWTCLASS: case RTM_DELTCLASS: case RTM_GETTCLASS:
	case RTM_NEWTFILTER: case RTM_DELTFILTER: case RTM_GETTFILTER:
	case RTM_NEWCHAIN: case RTM_DELCHAIN: case RTM_GETCHAIN:
		tcmsg(t, fam, addr, len);
		return 1;
	case RTM_NEWACTION: case RTM_DELACTION: case RTM_GETACTION:
		family_struct(t, "tca_family", fam, addr, len, &act_tb);
		return 1;
	case RTM_NEWRULE: case RTM_DELRULE: case RTM_GETRULE:
		fib_rule_hdr(t, fam, addr, len);
		return 1;
	case RTM_NEWADDRLABEL: case RTM_DELADDRLABEL: case RTM_GETADDRLABEL:
		ifaddrlblmsg(t, fam, addr, len);
		return 1;
	case RTM_NEWNETCONF: case RTM_DELNETCONF: case RTM_GETNETCONF:
		family_struct(t, "ncm_family", fam, addr, len, &netconf_tb);
		return 1;
	case RTM_NEWNSID: case RTM_DELNSID: case RTM_GETNSID:
		family_struct(t, "rtgen_family", fam, addr, len, &nsid_tb);
		return 1;
	case RTM_NEWCACHEREPORT:
		cachereport(t, fam, addr, len);
		return 1;
	case RTM_NEWNEIGHTBL: case RTM_GETNEIGHTBL: case RTM_SETNEIGHTBL:
		/* ndtmsg: the family and two pad bytes */
		family_struct(t, "ndtm_family", fam, addr, len, &ndt_tb);
		return 1;
	case RTM_NEWMDB: case RTM_DELMDB: case RTM_GETMDB:
		br_port_msg(t, fam, addr, len);
		return 1;
	case RTM_GETDCB: case RTM_SETDCB:
		dcbmsg(t, fam, addr, len);
		return 1;
	case RTM_NEWSTATS: case RTM_GETSTATS:
		if_stats_msg(t, fam, addr, len);
		return 1;
	case RTM_NEWNEXTHOP: case RTM_DELNEXTHOP: case RTM_GETNEXTHOP:
		nhmsg(t, fam, addr, len);
		return 1;
	}
	return 0;
}
