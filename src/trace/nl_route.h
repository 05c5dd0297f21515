/* src/trace/nl_route.h — what the NETLINK_ROUTE decoders share: nl_route.c
 * (the dispatch, addresses, routes, neighbours), nl_link.c (links),
 * nl_rtkinds.c (the other RTM_* kinds). */
#ifndef TRACE_NL_ROUTE_H
#define TRACE_NL_ROUTE_H
#include "netlink.h"

extern const struct xlat xl_families[];	/* net.c: AF_UNSPEC... AF_MCTP */
extern const struct xlat xl_eth_protos[];	/* net.c: ETH_P_* */
/* nl_route.c: the names its kinds share with nl_rtkinds.c's */
extern const struct xlat rt_scopes[], rt_tables[], rt_protos[], rtnh_flags[], lwt_encap[],
	ipprotos[], iptos[];
void rt_pr_family(unsigned fam);
/* every kind with a fixed struct prints {NAME=AF_INET, fields...} and its
 * attributes after it: rt_fixed_begin prints "{NAME=AF_INET, " and reads
 * the struct after the family byte into obj: 0 (and "..." or its address
 * printed) when it is not all there, and the caller prints no fields;
 * rt_fixed_end closes it, with the attributes when the struct was WHOLE */
int rt_fixed_begin(struct tcb *t, const char *name, unsigned char fam, unsigned long addr,
		   unsigned len, void *obj, size_t size);
void rt_fixed_end(struct tcb *t, int whole, unsigned long addr, unsigned len, size_t size,
		  const struct nla_table *tb);
/* o points at the message's family byte */
nla_fn nla_inaddr, nla_hwaddr;
/* 02:00:00:00:00:01: the first SHOWN of LEN bytes (-X raw: all the bytes) */
void rt_pr_hwaddr(const unsigned char *b, unsigned len, unsigned shown);
/* an address attribute of up to 32 bytes printed so (longer: 0, the bytes) */
int rt_hwaddr_attr(struct tcb *t, unsigned long addr, unsigned len, unsigned shown);
/* 1<<NAME|1<<NAME|0x10; none named: 0x10 and DFLT ("1<<X_???") in a comment */
void rt_pr_bits(const struct xlat *x, uint32_t mask, const char *dflt);
/* NLA_VALUE (netlink.h) for most names and flags: strace 6.1 takes them
 * from at most 8 bytes, a longer attribute is printed as its bytes */
#define NLA_NAMED(fn, type, how)					\
static int fn(struct tcb *t, unsigned long addr, unsigned len, const void *o)	\
{										\
	type v;									\
	int ok;									\
	if (len > 8 || !nla_fetch(t, addr, len, &v, sizeof v, &ok))		\
		return 0;							\
	if (ok)									\
		how;								\
	return 1;								\
}

/* nl_link.c: struct rtnl_link_stats64 (also RTM_NEWSTATS' IFLA_STATS_LINK_64) */
nla_fn nla_link_stats64;
/* nl_link.c: a timer in clock ticks: 1492 and "14.92 s" in a comment */
nla_fn nla_ticks;
void rt_ifinfomsg(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len);
/* nl_xstats.c: IFLA_STATS_LINK_XSTATS(_SLAVE)'s and IFLA_STATS_AF_SPEC's nests */
nla_fn nla_link_xstats, nla_stats_af_spec;
/* nl_rtkinds.c: 1 when it knows the kind */
int rt_other_kind(struct tcb *t, unsigned type, unsigned char fam, unsigned long addr,
		  unsigned len);
#endif
