/* src/trace/nl_route.c — NETLINK_ROUTE's payloads as strace 6.1 prints
 * them: the fixed struct of each RTM_* kind, then its attributes:
 *   {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_LOOPBACK, ifi_index=if_nametoindex("lo"),
 *    ifi_flags=IFF_UP|IFF_LOOPBACK|..., ifi_change=0}, [[{nla_len=7,
 *    nla_type=IFLA_IFNAME}, "lo"], ...]
 * Here: the dispatch, the helpers the kinds share (nl_route.h; the struct
 * attributes' also with NETLINK_SOCK_DIAG: netlink.h), ifaddrmsg
 * (addresses), rtmsg (routes: RTA_METRICS, RTA_MULTIPATH's rtnexthops,
 * RTA_CACHEINFO...), ndmsg (neighbours). Links are in nl_link.c, the other
 * kinds (qdiscs, rules, netconf...) in nl_rtkinds.c; a kind none of them
 * knows prints as {family=AF_..., data="\x.."}.
 * Names: build/gen/nltab.h, from <linux/rtnetlink.h>, <linux/if_addr.h>,
 * <linux/neighbour.h>, <linux/lwtunnel.h>, <linux/in.h>.
 */
#include "trace.h"
#include "nl_route.h"
#include <linux/lwtunnel.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/if_addr.h>
#include <linux/neighbour.h>
#include "nltab.h"

#define AF_INET 2	/* address_families(7) */
#define AF_INET6 10
#define AF_BRIDGE 7

/* nl_rtkinds.c names its kinds' fields with these too (nl_route.h) */
const struct xlat rt_scopes[] = { NLX_rt_scopes, XEND };
const struct xlat rt_tables[] = { NLX_rt_tables, XEND };
const struct xlat rt_protos[] = { NLX_rt_protos, XEND };
const struct xlat lwt_encap[] = { NLX_lwt_encap, XEND };
const struct xlat rtnh_flags[] = { NLX_rtnh_flags, XEND };
const struct xlat ipprotos[] = { NLX_ipprotos, XEND };
const struct xlat iptos[] = { NLX_iptos, XEND };
static const struct xlat ifa_attrs[] = { NLX_ifa_attrs, XEND };
static const struct xlat ifa_flags[] = { NLX_ifa_flags, XEND };
static const struct xlat rta_attrs[] = { NLX_rta_attrs, XEND };
static const struct xlat rtn_types[] = { NLX_rtn_types, XEND };
static const struct xlat rtm_flags[] = { NLX_rtm_flags, XEND };
static const struct xlat nda_attrs[] = { NLX_nda_attrs, XEND };
static const struct xlat nud_states[] = { NLX_nud_states, XEND };
static const struct xlat ntf_flags[] = { NLX_ntf_flags, XEND };
static const struct xlat rtax_attrs[] = { NLX_rtax_attrs, XEND };
static const struct xlat ntf_ext_flags[] = { NLX_ntf_ext_flags, XEND };
static const struct xlat nfea_attrs[] = { NLX_nfea_attrs, XEND };
static const struct xlat fdb_notify[] = { NLX_fdb_notify, XEND };

void rt_pr_family(unsigned fam)
{
	pr_xlat(xl_families, fam, "%#lx", "AF_???");
}

/* --- the helpers the kinds share (and with nl_sockdiag.c: netlink.h) ------ */

int nla_fetch(struct tcb *t, unsigned long addr, unsigned len, void *obj, size_t size, int *ok)
{
	if (len < size)
		return 0;
	*ok = umove(t->pid, addr, obj, size) == 0;
	if (!*ok)
		pr_hex(addr);
	return 1;
}

/* bits named by their numbers: 1<<IFLA_STATS_LINK_64|1<<...|0x80 (the
 * unnamed ones in hex, last); 0 */
static void pr_bit_names(const struct xlat *x, uint32_t mask)
{
	if (!mask) {
		prs("0");
		return;
	}
	uint32_t rest = 0;
	int first = 1;
	for (unsigned i = 0; i < 32; i++) {
		if (!(mask & 1u << i))
			continue;
		const char *n = xlat_name(x, i);
		if (!n || opt_raw) {	/* the bits without a name: in hex, last */
			rest |= 1u << i;
			continue;
		}
		pr("%s1<<%s", first ? "" : "|", n);
		first = 0;
	}
	if (rest)
		pr("%s%#x", first ? "" : "|", rest);
}

/* does any bit of MASK have a name? */
static int any_bit_named(const struct xlat *x, uint32_t mask)
{
	for (unsigned i = 0; i < 32; i++)
		if (mask & 1u << i && xlat_name(x, i))
			return 1;
	return 0;
}

void rt_pr_bits(const struct xlat *x, uint32_t mask, const char *dflt)
{
	/* none named: the number and DFLT in a comment, -X verbose or not */
	if (mask && !opt_raw && !any_bit_named(x, mask)) {
		pr("%#x /* %s */", mask, dflt);
		return;
	}
	/* -X verbose: the number, the bits by name in a comment */
	int xv = mask ? xv_begin("%#lx", mask) : 0;

	pr_bit_names(x, mask);
	xv_end(xv);
}

/* the next name of a comma-separated list */
static const char *pr_name(const char *names)
{
	const char *c = strchr(names, ',');
	size_t n = c ? (size_t)(c - names) : strlen(names);
	pr("%.*s=", (int)n, names);
	return c ? c + 1 : names + n;
}

void pr_u32_fields(const uint32_t *v, unsigned n, const char *names)
{
	prs("{");
	for (unsigned i = 0; i < n; i++) {
		prs(i ? ", " : "");
		names = pr_name(names);
		pr("%u", v[i]);
	}
	prs("}");
}

void pr_u64_fields(const unsigned long long *v, unsigned n, const char *names)
{
	prs("{");
	for (unsigned i = 0; i < n; i++) {
		prs(i ? ", " : "");
		names = pr_name(names);
		pr("%llu", v[i]);
	}
	prs("}");
}

/* --- addresses in attributes, the fixed struct ----------------------------- */

/* an address attribute of the message's family: inet_addr("127.0.0.1"),
 * inet_pton(AF_INET6, "::1"); else (0) the hex */
int nla_inaddr(struct tcb *t, unsigned long addr, unsigned len, const void *o)
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

void rt_pr_hwaddr(const unsigned char *b, unsigned len, unsigned shown)
{
	/* -X raw: the bytes; -X verbose: the bytes, the text in a comment */
	if (opt_raw || opt_xverbose)
		quote_bytes(b, len, QUOTE_HEX);
	if (opt_raw)
		return;
	if (opt_xverbose)
		prs(" /* ");
	for (unsigned i = 0; i < len && i < shown; i++)
		pr("%s%02x", i ? ":" : "", b[i]);
	if (opt_xverbose)
		prs(" */");
}

int rt_hwaddr_attr(struct tcb *t, unsigned long addr, unsigned len, unsigned shown)
{
	unsigned char b[32];

	if (len > sizeof b)
		return 0;
	if (umove(t->pid, addr, b, len) < 0) {
		pr_hex(addr);
		return 1;
	}
	rt_pr_hwaddr(b, len, shown);
	return 1;
}

/* a link-layer address: 00:11:22:33:44:55, all of it */
int nla_hwaddr(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	return rt_hwaddr_attr(t, addr, len, len);
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

int rt_fixed_begin(struct tcb *t, const char *name, unsigned char fam, unsigned long addr,
		   unsigned len, void *obj, size_t size)
{
	pr("{%s=", name);
	rt_pr_family(fam);
	prs(", ");
	return fetch_fixed(t, addr, len, obj, size);
}

void rt_fixed_end(struct tcb *t, int whole, unsigned long addr, unsigned len, size_t size,
		  const struct nla_table *tb)
{
	prs("}");
	if (whole)	/* a struct cut short has nothing after it to decode */
		nl_attrs_after(t, addr, len, size, tb);
}

void nl_attrs_after(struct tcb *t, unsigned long addr, unsigned len, size_t size,
		    const struct nla_table *tb)
{
	unsigned off = NLMSG_ALIGN(size);
	if (len > off) {
		prs(", ");
		nl_attrs(t, addr + off, len - off, tb);
	}
}

/* --- addresses (RTM_*ADDR) ---------------------------------------------- */

NLA_VALUE(nla_ifa_flags, uint32_t, pr_flags_d(ifa_flags, v, "IFA_F_???"))
NLA_VALUE(nla_ifa_cacheinfo, struct ifa_cacheinfo,
	  pr_u32_fields(&v.ifa_prefered, 4, "ifa_prefered,ifa_valid,cstamp,tstamp"))

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
	const struct nla_table tb = NLA_TABLE(ifa_attrs, "IFA_???", ifa_dec, &m.ifa_family);
	int ok = rt_fixed_begin(t, "ifa_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		pr("ifa_prefixlen=%u, ifa_flags=", m.ifa_prefixlen);
		pr_flags_d(ifa_flags, m.ifa_flags, "IFA_F_???");
		prs(", ifa_scope=");
		pr_xlat(rt_scopes, m.ifa_scope, "%#lx", NULL);
		prs(", ifa_index=");
		nl_pr_ifindex(m.ifa_index);
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* --- routes --------------------------------------------------------------- */

NLA_VALUE(nla_rt_table, uint32_t, pr_xlat(rt_tables, v, "%#lx", NULL))

/* RTA_METRICS: RTAX_* values, all u32 but the congestion control's name */
static nla_fn *const rtax_dec[] = {
	[RTAX_LOCK] = nla_u32, [RTAX_MTU] = nla_u32, [RTAX_WINDOW] = nla_u32,
	[RTAX_RTT] = nla_u32, [RTAX_RTTVAR] = nla_u32, [RTAX_SSTHRESH] = nla_u32,
	[RTAX_CWND] = nla_u32, [RTAX_ADVMSS] = nla_u32, [RTAX_REORDERING] = nla_u32,
	[RTAX_HOPLIMIT] = nla_u32, [RTAX_INITCWND] = nla_u32, [RTAX_FEATURES] = nla_u32,
	[RTAX_RTO_MIN] = nla_u32, [RTAX_INITRWND] = nla_u32, [RTAX_QUICKACK] = nla_u32,
	[RTAX_CC_ALGO] = nla_str, [RTAX_FASTOPEN_NO_COOKIE] = nla_u32,
};
static const struct nla_table rtax_tb = NLA_TABLE(rtax_attrs, "RTAX_???", rtax_dec, NULL);
NLA_NEST(nla_metrics, rtax_tb)

NLA_VALUE(nla_rta_cacheinfo, struct rta_cacheinfo,
	  pr("{rta_clntref=%u, rta_lastuse=%u, rta_expires=%u, rta_error=%u, rta_used=%u, "
	     "rta_id=%#x, rta_ts=%u, rta_tsage=%u}", v.rta_clntref, v.rta_lastuse,
	     v.rta_expires, v.rta_error, v.rta_used, v.rta_id, v.rta_ts, v.rta_tsage))
NLA_VALUE(nla_mfc_stats, struct rta_mfc_stats,
	  pr_u64_fields(&v.mfcs_packets, 3, "mfcs_packets,mfcs_bytes,mfcs_wrong_if"))

/* RTA_VIA: strace's own forms: rtvia_addr=inet_addr("10.0.0.2") for IPv4,
 * inet_pton(AF_INET6, "fe80::1", &rtvia_addr) for IPv6, else the bytes */
static int nla_via(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct { uint16_t fam; unsigned char a[16]; } v;
	unsigned n = len < sizeof v ? len : sizeof v;

	if (len < 2)
		return 0;
	if (umove(t->pid, addr, &v, n) < 0) {
		pr_hex(addr);
		return 1;
	}
	prs("{rtvia_family=");
	rt_pr_family(v.fam);
	if (len == 2) {	/* no address at all: no field */
		prs("}");
		return 1;
	}
	prs(", ");
	if (opt_raw || opt_xverbose) {	/* the bytes, the text in a comment */
		const unsigned char fam = (unsigned char)v.fam;
		prs("rtvia_addr=");
		nl_hexstr(t, addr + 2, len - 2);
		if (opt_xverbose && ((fam == AF_INET && len - 2 >= 4) ||
				     (fam == AF_INET6 && len - 2 >= 16))) {
			prs(" /* ");
			opt_xverbose = 0;
			nla_inaddr(t, addr + 2, len - 2, &fam);
			opt_xverbose = 1;
			prs(" */");
		}
	} else if (v.fam == AF_INET && len - 2 >= 4) {
		pr("rtvia_addr=inet_addr(\"%u.%u.%u.%u\")", v.a[0], v.a[1], v.a[2], v.a[3]);
	} else if (v.fam == AF_INET6 && len - 2 >= 16) {
		prs("inet_pton(AF_INET6, \"");
		pr_in6(v.a);
		prs("\", &rtvia_addr)");
	} else {
		prs("rtvia_addr=");
		nl_hexstr(t, addr + 2, len - 2);
	}
	prs("}");
	return 1;
}

NLA_VALUE(nla_encap_type, uint16_t, pr_xlat(lwt_encap, v, "%#lx", "LWTUNNEL_ENCAP_???"))

static nla_fn *const rta_dec[];
static const unsigned rta_ndec;

/* one struct rtnexthop, with the route attributes after it when rtnh_len
 * says so: {rtnh_len=8, ...} or [{rtnh_len=16, ...}, [attributes]] */
static void pr_rtnexthop(struct tcb *t, const struct rtnexthop *nh, unsigned long addr,
			 unsigned len, const void *fam)
{
	const struct nla_table tb = { rta_attrs, "RTA_???", rta_dec, rta_ndec, fam };
	unsigned n = nh->rtnh_len < len ? nh->rtnh_len : len;
	int more = n > NLA_ALIGN(sizeof *nh);

	if (more)
		prs("[");
	pr("{rtnh_len=%u, rtnh_flags=", nh->rtnh_len);
	pr_flags_d(rtnh_flags, nh->rtnh_flags, "RTNH_F_???");
	pr(", rtnh_hops=%u, rtnh_ifindex=", nh->rtnh_hops);
	nl_pr_ifindex((unsigned)nh->rtnh_ifindex);
	prs("}");
	if (more) {
		prs(", ");
		nl_attrs(t, addr + NLA_ALIGN(sizeof *nh), n - NLA_ALIGN(sizeof *nh), &tb);
		prs("]");
	}
}

/* RTA_MULTIPATH: the next hops, one after the other (an array of more;
 * strace 6.1 shows them all, whatever -s says) */
static int nla_multipath(struct tcb *t, unsigned long addr, unsigned len, const void *o)
{
	struct rtnexthop nh;
	int is_array = 0;

	for (;;) {
		if (len < sizeof nh) {
			if (len)
				nl_hexstr(t, addr, len);
			break;
		}
		if (umove(t->pid, addr, &nh, sizeof nh) < 0) {
			pr_hex(addr);
			break;
		}
		unsigned step = NLA_ALIGN(nh.rtnh_len);
		int next = nh.rtnh_len >= sizeof nh && len > step;
		/* strace 6.1 opens the array when the room is more than the
		 * hop's unaligned length says, whether a next one follows or not */
		if (!is_array && len > nh.rtnh_len) {
			prs("[");
			is_array = 1;
		}
		pr_rtnexthop(t, &nh, addr, len, o);
		if (!next)
			break;
		prs(", ");
		addr += step;
		len -= step;
	}
	if (is_array)
		prs("]");
	return 1;
}

static nla_fn *const rta_dec[] = {
	[RTA_DST] = nla_inaddr, [RTA_SRC] = nla_inaddr, [RTA_IIF] = nla_ifindex,
	[RTA_OIF] = nla_ifindex, [RTA_GATEWAY] = nla_inaddr, [RTA_PRIORITY] = nla_u32,
	[RTA_PREFSRC] = nla_inaddr, [RTA_METRICS] = nla_metrics,
	[RTA_MULTIPATH] = nla_multipath, [RTA_PROTOINFO] = nla_u32, [RTA_FLOW] = nla_u32,
	[RTA_CACHEINFO] = nla_rta_cacheinfo, [RTA_MP_ALGO] = nla_u32,
	[RTA_TABLE] = nla_rt_table, [RTA_MARK] = nla_u32, [RTA_MFC_STATS] = nla_mfc_stats,
	[RTA_VIA] = nla_via, [RTA_NEWDST] = nla_inaddr, [RTA_PREF] = nla_u8,
	[RTA_ENCAP_TYPE] = nla_encap_type, [RTA_EXPIRES] = nla_u64,
	[RTA_UID] = nla_u32, [RTA_TTL_PROPAGATE] = nla_u8, [RTA_IP_PROTO] = nla_u8,
	[RTA_SPORT] = nla_u16, [RTA_DPORT] = nla_u16,
};
static const unsigned rta_ndec = sizeof rta_dec / sizeof rta_dec[0];

static void rtmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct rtmsg m = { .rtm_family = fam };
	const struct nla_table tb = { rta_attrs, "RTA_???", rta_dec, rta_ndec, &m.rtm_family };
	int ok = rt_fixed_begin(t, "rtm_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		pr("rtm_dst_len=%u, rtm_src_len=%u, rtm_tos=", m.rtm_dst_len, m.rtm_src_len);
		pr_flags_d(iptos, m.rtm_tos, "IPTOS_TOS_???");
		prs(", rtm_table=");
		pr_xlat(rt_tables, m.rtm_table, "%#lx", NULL);
		prs(", rtm_protocol=");
		pr_xlat(rt_protos, m.rtm_protocol, "%#lx", "RTPROT_???");
		prs(", rtm_scope=");
		pr_xlat(rt_scopes, m.rtm_scope, "%#lx", NULL);
		prs(", rtm_type=");
		pr_xlat(rtn_types, m.rtm_type, "%#lx", "RTN_???");
		prs(", rtm_flags=");
		pr_flags_d(rtm_flags, m.rtm_flags, "RTM_F_???");
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* --- neighbours ----------------------------------------------------------- */

NLA_VALUE(nla_nda_cacheinfo, struct nda_cacheinfo,
	  pr_u32_fields(&v.ndm_confirmed, 4, "ndm_confirmed,ndm_used,ndm_updated,ndm_refcnt"))

/* a port in network order, as strace writes it: htons(4789) */
NLA_VALUE(nla_be16, uint16_t, pr("htons(%u)", (unsigned)(uint16_t)(v >> 8 | v << 8)))
NLA_NAMED(nla_ntf_ext, uint32_t, pr_flags_d(ntf_ext_flags, v, "NTF_EXT_???"))
/* strace 6.1 names NDA_PROTOCOL's value from the IP protocols */
NLA_NAMED(nla_nda_proto, uint8_t, pr_xlat(ipprotos, v, "%#lx", "IPPROTO_???"))
/* NUD_* bits; 0 has a name here: NUD_NONE */
static void pr_nud_states(unsigned v)
{
	if (v)
		pr_flags_d(nud_states, v, "NUD_???");
	else
		pr_flags(nud_states, 0, xlat_name(nud_states, 0));
}
NLA_NAMED(nla_nud_mask, uint16_t, pr_nud_states(v))
NLA_NAMED(nla_ntf_mask, uint8_t, pr_flags_d(ntf_flags, v, "NTF_???"))
NLA_NAMED(nla_fdb_notify, uint8_t, pr_flags_d(fdb_notify, v, "FDB_NOTIFY_???"))

static nla_fn *const nfea_dec[] = { [NFEA_ACTIVITY_NOTIFY] = nla_fdb_notify };
static const struct nla_table nfea_tb = NLA_TABLE(nfea_attrs, "NFEA_???", nfea_dec, NULL);
NLA_NEST(nla_fdb_ext, nfea_tb)

static nla_fn *const nda_dec[] = {
	[NDA_DST] = nla_inaddr, [NDA_LLADDR] = nla_hwaddr, [NDA_CACHEINFO] = nla_nda_cacheinfo,
	[NDA_PROBES] = nla_u32, [NDA_VLAN] = nla_u16, [NDA_PORT] = nla_be16,
	[NDA_VNI] = nla_u32, [NDA_IFINDEX] = nla_ifindex, [NDA_MASTER] = nla_ifindex,
	[NDA_LINK_NETNSID] = nla_u32, [NDA_SRC_VNI] = nla_u32, [NDA_PROTOCOL] = nla_nda_proto,
	[NDA_NH_ID] = nla_u32, [NDA_FDB_EXT_ATTRS] = nla_fdb_ext,
	[NDA_FLAGS_EXT] = nla_ntf_ext, [NDA_NDM_STATE_MASK] = nla_nud_mask,
	[NDA_NDM_FLAGS_MASK] = nla_ntf_mask,
};

static void ndmsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	struct ndmsg m = { .ndm_family = fam };
	const struct nla_table tb = NLA_TABLE(nda_attrs, "NDA_???", nda_dec, &m.ndm_family);
	int ok = rt_fixed_begin(t, "ndm_family", fam, addr, len, &m, sizeof m);

	if (ok) {
		prs("ndm_ifindex=");
		nl_pr_ifindex((unsigned)m.ndm_ifindex);
		prs(", ndm_state=");
		pr_nud_states(m.ndm_state);
		prs(", ndm_flags=");
		pr_flags_d(ntf_flags, m.ndm_flags, "NTF_???");
		prs(", ndm_type=");
		pr_xlat(rtn_types, m.ndm_type, "%#lx", "RTN_???");
	}
	rt_fixed_end(t, ok, addr, len, sizeof m, &tb);
}

/* a kind no file takes apart: the family, then the bytes */
void nl_family_only(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len)
{
	prs("{family=");
	rt_pr_family(fam);
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
		rt_ifinfomsg(t, fam, addr, len);
		break;
	case RTM_NEWADDR: case RTM_DELADDR: case RTM_GETADDR:
	case RTM_GETMULTICAST: case RTM_GETANYCAST:
		ifaddrmsg(t, fam, addr, len);
		break;
	case RTM_NEWROUTE: case RTM_DELROUTE: case RTM_GETROUTE:
		rtmsg(t, fam, addr, len);
		break;
	case RTM_GETNEIGH:
		/* the bridge's fdb is asked for with an ifinfomsg (bridge(8)),
		 * and strace 6.1 shows it so */
		if (fam == AF_BRIDGE) {
			rt_ifinfomsg(t, fam, addr, len);
			break;
		}
		/* fall through */
	case RTM_NEWNEIGH: case RTM_DELNEIGH:
		ndmsg(t, fam, addr, len);
		break;
	default:
		if (!rt_other_kind(t, h->nlmsg_type, fam, addr, len))
			nl_family_only(t, fam, addr, len);
	}
	return 1;
}
