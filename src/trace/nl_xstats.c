/* src/trace/nl_xstats.c — RTM_NEWSTATS' per-kind and per-family link
 * statistics, as strace 6.1 takes them apart:
 *   IFLA_STATS_LINK_XSTATS(_SLAVE): LINK_XSTATS_TYPE_BRIDGE's
 *     BRIDGE_XSTATS_VLAN/MCAST/STP structs, LINK_XSTATS_TYPE_BOND's
 *     BOND_XSTATS_3AD counters;
 *   IFLA_STATS_AF_SPEC: AF_MPLS's MPLS_STATS_LINK.
 * A struct is read when the attribute holds it whole; what follows it is
 * printed as its bytes.
 */
#include "trace.h"
#include "nl_route.h"
#include <linux/if_link.h>
#include <linux/if_bridge.h>
#include <linux/mpls.h>
#include "nltab.h"

static const struct xlat link_xstats_types[] = { NLX_link_xstats_types, XEND };
static const struct xlat bridge_xstats[] = { NLX_bridge_xstats, XEND };
static const struct xlat br_mcast_dirs[] = { NLX_br_mcast_dirs, XEND };
static const struct xlat bridge_vlan_flags[] = { NLX_bridge_vlan_flags, XEND };
static const struct xlat bond_xstats[] = { NLX_bond_xstats, XEND };
static const struct xlat bond_3ad_stats[] = { NLX_bond_3ad_stats, XEND };
static const struct xlat mpls_stats[] = { NLX_mpls_stats, XEND };

/* <linux/if_bonding.h> needs libc's <linux/if.h>, so its two enums come
 * from nltab.sh as numbers; the decoders need these two of them */
enum { BOND_XSTATS_3AD = 1, BOND_3AD_STAT_PAD = 9 };

/* a struct of SIZE bytes printed by PR from a copy, then the bytes after
 * it: 0 (the hex) when the attribute is shorter */
static int struct_then_rest(struct tcb *t, unsigned long addr, unsigned len, void *obj,
			    size_t size, void (*pr_obj)(const void *))
{
	int ok;

	if (!nla_fetch(t, addr, len, obj, size, &ok))
		return 0;
	if (!ok)
		return 1;
	pr_obj(obj);
	if (len > size) {
		prs(", ");
		nl_hexstr(t, addr + size, len - size);
	}
	return 1;
}

#define NLA_STRUCT_REST(fn, type, printer)					\
static int fn(struct tcb *t, unsigned long addr, unsigned len, const void *o)	\
{										\
	type v;									\
	return struct_then_rest(t, addr, len, &v, sizeof v, printer);		\
}

/* --- the bridge's ------------------------------------------------------- */

static void pr_vlan_xstats(const void *p)
{
	const struct bridge_vlan_xstats *v = p;

	pr("{rx_bytes=%llu, rx_packets=%llu, tx_bytes=%llu, tx_packets=%llu, vid=%u, flags=",
	   (unsigned long long)v->rx_bytes, (unsigned long long)v->rx_packets,
	   (unsigned long long)v->tx_bytes, (unsigned long long)v->tx_packets, v->vid);
	pr_flags_d(bridge_vlan_flags, v->flags, "BRIDGE_VLAN_INFO_???");
	if (v->pad2)	/* the pad only when set */
		pr(", pad2=%#x", v->pad2);
	prs("}");
}

/* NAME=[[BR_MCAST_DIR_RX]=1, [BR_MCAST_DIR_TX]=2] */
static void pr_mcast_pair(const char *name, const __u64 *v)
{
	pr("%s=[", name);
	for (unsigned i = 0; i < BR_MCAST_DIR_SIZE; i++) {
		const char *n = opt_raw ? NULL : xlat_name(br_mcast_dirs, i);
		prs(i ? ", " : "");
		if (!n)
			pr("[%u]", i);
		else if (opt_xverbose)
			pr("[%u /* %s */]", i, n);
		else
			pr("[%s]", n);
		pr("=%llu", (unsigned long long)v[i]);
	}
	prs("]");
}

static void pr_mcast_stats(const void *p)
{
	const struct br_mcast_stats *m = p;

	prs("{");
	pr_mcast_pair("igmp_v1queries", m->igmp_v1queries);
	pr_mcast_pair(", igmp_v2queries", m->igmp_v2queries);
	pr_mcast_pair(", igmp_v3queries", m->igmp_v3queries);
	pr_mcast_pair(", igmp_leaves", m->igmp_leaves);
	pr_mcast_pair(", igmp_v1reports", m->igmp_v1reports);
	pr_mcast_pair(", igmp_v2reports", m->igmp_v2reports);
	pr_mcast_pair(", igmp_v3reports", m->igmp_v3reports);
	pr(", igmp_parse_errors=%llu", (unsigned long long)m->igmp_parse_errors);
	pr_mcast_pair(", mld_v1queries", m->mld_v1queries);
	pr_mcast_pair(", mld_v2queries", m->mld_v2queries);
	pr_mcast_pair(", mld_leaves", m->mld_leaves);
	pr_mcast_pair(", mld_v1reports", m->mld_v1reports);
	pr_mcast_pair(", mld_v2reports", m->mld_v2reports);
	pr(", mld_parse_errors=%llu", (unsigned long long)m->mld_parse_errors);
	pr_mcast_pair(", mcast_bytes", m->mcast_bytes);
	pr_mcast_pair(", mcast_packets", m->mcast_packets);
	prs("}");
}

static void pr_stp_xstats(const void *p)
{
	const struct bridge_stp_xstats *s = p;

	pr_u64_fields((const unsigned long long *)&s->transition_blk, 6,
		      "transition_blk,transition_fwd,rx_bpdu,tx_bpdu,rx_tcn,tx_tcn");
}

NLA_STRUCT_REST(nla_vlan_xstats, struct bridge_vlan_xstats, pr_vlan_xstats)
NLA_STRUCT_REST(nla_mcast_stats, struct br_mcast_stats, pr_mcast_stats)
NLA_STRUCT_REST(nla_stp_xstats, struct bridge_stp_xstats, pr_stp_xstats)

static nla_fn *const bridge_xstats_dec[] = {
	[BRIDGE_XSTATS_VLAN] = nla_vlan_xstats, [BRIDGE_XSTATS_MCAST] = nla_mcast_stats,
	[BRIDGE_XSTATS_STP] = nla_stp_xstats,
};
static const struct nla_table bridge_xstats_tb =
	NLA_TABLE(bridge_xstats, "BRIDGE_XSTATS_???", bridge_xstats_dec, NULL);
NLA_NEST(nla_bridge_xstats, bridge_xstats_tb)

/* --- the bond's: u64 counters (the pad: its bytes) ------------------------ */

static nla_fn *const bond_3ad_dec[] = { [0 ... BOND_3AD_STAT_PAD - 1] = nla_u64 };
/* strace 6.1 calls an unknown one BOND_XSTATS_???, the outer nest's default */
static const struct nla_table bond_3ad_tb =
	NLA_TABLE(bond_3ad_stats, "BOND_XSTATS_???", bond_3ad_dec, NULL);
NLA_NEST(nla_bond_3ad, bond_3ad_tb)
static nla_fn *const bond_xstats_dec[] = { [BOND_XSTATS_3AD] = nla_bond_3ad };
static const struct nla_table bond_xstats_tb =
	NLA_TABLE(bond_xstats, "BOND_XSTATS_???", bond_xstats_dec, NULL);
NLA_NEST(nla_bond_xstats, bond_xstats_tb)

static nla_fn *const xstats_dec[] = {
	[LINK_XSTATS_TYPE_BRIDGE] = nla_bridge_xstats, [LINK_XSTATS_TYPE_BOND] = nla_bond_xstats,
};
static const struct nla_table xstats_tb =
	NLA_TABLE(link_xstats_types, "LINK_XSTATS_TYPE_???", xstats_dec, NULL);

int nla_link_xstats(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	nl_attrs(t, addr, len, &xstats_tb);
	return 1;
}

/* --- the families': MPLS ------------------------------------------------- */

static void pr_mpls_link_stats(const void *p)
{
	const struct mpls_link_stats *s = p;

	pr_u64_fields((const unsigned long long *)&s->rx_packets, 9,
		      "rx_packets,tx_packets,rx_bytes,tx_bytes,rx_errors,tx_errors,"
		      "rx_dropped,tx_dropped,rx_noroute");
}
NLA_STRUCT_REST(nla_mpls_link_stats, struct mpls_link_stats, pr_mpls_link_stats)

static nla_fn *const mpls_stats_dec[] = { [MPLS_STATS_LINK] = nla_mpls_link_stats };
static const struct nla_table mpls_stats_tb =
	NLA_TABLE(mpls_stats, "MPLS_STATS_???", mpls_stats_dec, NULL);
NLA_NEST(nla_mpls_stats, mpls_stats_tb)

#define AF_MPLS 28	/* address_families(7): in libc's <sys/socket.h>, not the UAPI */
static nla_fn *const stats_af_dec[] = { [AF_MPLS] = nla_mpls_stats };
static const struct nla_table stats_af_tb = NLA_TABLE(xl_families, "AF_???", stats_af_dec, NULL);

int nla_stats_af_spec(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	nl_attrs(t, addr, len, &stats_af_tb);
	return 1;
}
