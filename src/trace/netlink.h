/* src/trace/netlink.h — what netlink.c shares with the protocols' decoders
 * (nl_route.c, nl_sockdiag.c, nl_misc.c), and the struct attributes'
 * helpers nl_route.c shares with nl_sockdiag.c. */
#ifndef TRACE_NETLINK_H
#define TRACE_NETLINK_H
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

enum { NL_NOT = -2 };	/* nl_fd_family: not a netlink socket (-1: protocol unknown) */
int nl_fd_family(struct tcb *t, long fd);
/* a buffer of netlink messages of this protocol (-1: unknown) */
void nl_decode(struct tcb *t, int family, unsigned long addr, unsigned long len);
/* a protocol's payload after the header: 0 if it leaves it to the hex */
typedef int nl_payload_fn(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len);
nl_payload_fn nl_route_payload, nl_diag_payload;
nl_payload_fn nl_nf_payload, nl_selinux_payload;	/* nl_misc.c */

/* attributes: a table of names, and a decoder per type (0: the hex) */
typedef int nla_fn(struct tcb *t, unsigned long addr, unsigned len, const void *opaque);
struct nla_table {
	const struct xlat *names;
	const char *dflt;
	nla_fn *const *dec;
	unsigned ndec;
	const void *opaque;
};
void nl_attrs(struct tcb *t, unsigned long addr, unsigned len, const struct nla_table *tb);
nla_fn nla_str, nla_u8, nla_u16, nla_u32, nla_u64, nla_s32, nla_x32, nla_ifindex, nla_fd;
/* a u32 attribute's value into *v: 1 read; -1 unreadable (its address
 * printed); 0 shorter than 4 bytes (the caller prints it as bytes) */
int nla_get_u32(struct tcb *t, unsigned long addr, unsigned len, uint32_t *v);

/* nl_route.c: what NETLINK_ROUTE's and NETLINK_SOCK_DIAG's decoders share */
/* a struct attribute read whole: 0 (the hex) when shorter than size;
 * 1 with *ok = 0 when unreadable (its address printed) */
int nla_fetch(struct tcb *t, unsigned long addr, unsigned len, void *obj, size_t size, int *ok);
/* the first N fields of a struct of one integer size: {a=1, b=2} (NAMES
 * split at ',') */
void pr_u32_fields(const uint32_t *v, unsigned n, const char *names);
void pr_u64_fields(const unsigned long long *v, unsigned n, const char *names);
/* ", " and the attributes after a struct of SIZE bytes, if any */
void nl_attrs_after(struct tcb *t, unsigned long addr, unsigned len, size_t size,
		    const struct nla_table *tb);
/* a payload of a family no decoder takes apart: {family=AF_..., data="..."} */
void nl_family_only(struct tcb *t, unsigned char fam, unsigned long addr, unsigned len);

/* an attribute table whose decoders are the array DEC */
#define NLA_TABLE(names, dflt, dec, opaque) \
	{ names, dflt, dec, sizeof dec / sizeof dec[0], opaque }
/* a nest whose table is fixed: one line per nest */
#define NLA_NEST(fn, tb)							\
static int fn(struct tcb *t, unsigned long a, unsigned l, const void *o)	\
{										\
	nl_attrs(t, a, l, &(tb));						\
	return 1;								\
}
/* a value or struct of TYPE printed by HOW (v: the value), from an
 * attribute of at least its size (a shorter one: its bytes): the structs,
 * htons(), and the names strace 6.1 decodes so (XDP_FLAGS_*,
 * LWTUNNEL_ENCAP_*, FRA_TABLE's). A struct that takes more than one call
 * to print has a pr_NAME(&v) of its own. */
#define NLA_VALUE(fn, type, how)					\
static int fn(struct tcb *t, unsigned long addr, unsigned len, const void *o)	\
{										\
	type v;									\
	int ok;									\
	if (!nla_fetch(t, addr, len, &v, sizeof v, &ok))			\
		return 0;							\
	if (ok)									\
		how;								\
	return 1;								\
}

/* NLA_VALUE for a struct read up to the end of its field LAST: strace
 * 6.1 wants no trailing padding (struct tc_stats' 36 bytes of 40) */
#define NLA_VALUE_TO(fn, type, last, how)					\
static int fn(struct tcb *t, unsigned long addr, unsigned len, const void *o)	\
{										\
	type v;									\
	int ok;									\
	memset(&v, 0, sizeof v);						\
	if (!nla_fetch(t, addr, len, &v, offsetof(type, last) + sizeof v.last, &ok)) \
		return 0;							\
	if (ok)									\
		how;								\
	return 1;								\
}

void nl_hexstr(struct tcb *t, unsigned long addr, unsigned long len);
void nl_hexstr_mem(const unsigned char *b, unsigned long len);
void nl_pr_ifindex(unsigned idx);
void nl_pr_err(int err);
const struct xlat *nl_flag_table(int kind);	/* 'g' 'n' 'd': GET NEW DEL bits */

/* nl_misc.c: the types that take more than a table */
void nl_pr_nf_type(unsigned type);
const struct xlat *nl_nf_flags(unsigned type);
void nl_pr_genl_type(unsigned type);
void nl_pr_audit_type(unsigned type);
/* a NETLINK_KOBJECT_UEVENT socket's data: a string, or libudev's header */
void nl_kobject_uevent(struct tcb *t, unsigned long addr, unsigned long len);
#endif
