/* src/trace/nl_misc.c — the message types of the protocols whose names are
 * more than one table: NETLINK_NETFILTER's (a subsystem in the high byte,
 * its own type in the low: NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_CT_GET),
 * NETLINK_GENERIC's (family ids the kernel hands out, asked of its
 * controller as strace does: "nlctrl"), NETLINK_AUDIT's. Names from the
 * headers (build/gen/nltab.h). Of the payloads, strace 6.1 decodes
 * netfilter's struct nfgenmsg and the attributes after it (with no names),
 * and NETLINK_SELINUX's two structs; generic, xfrm, audit's stay in hex.
 */
#include "trace.h"
#include "net.h"
#include "netlink.h"
#include <linux/audit.h>
#include <linux/genetlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nfnetlink_queue.h>
#include <linux/netfilter/nfnetlink_log.h>
#include <linux/netfilter/nfnetlink_osf.h>
#include <linux/netfilter/ipset/ip_set.h>
#include <linux/netfilter/nfnetlink_acct.h>
#include <linux/netfilter/nfnetlink_cttimeout.h>
#include <linux/netfilter/nfnetlink_cthelper.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nf_tables_compat.h>
#include <linux/selinux_netlink.h>
#include "nltab.h"

#define AF_NETLINK 16	/* address_families(7) */

extern const struct xlat xl_families[];	/* net.c */

static const struct xlat audit_types[] = { NLX_audit_types, XEND };

void nl_pr_audit_type(unsigned type)
{
	pr_xlat(audit_types, type, "%#lx", "AUDIT_???");
}

/* --- netfilter ---------------------------------------------------------- */

static const struct xlat nf_ctl[] = { NLX_nf_ctl_types, XEND };
static const struct xlat nf_subsys[] = { NLX_nf_subsys, XEND };
static const struct xlat nf_ct[] = { NLX_nf_ct, XEND };
static const struct xlat nf_ct_exp[] = { NLX_nf_ct_exp, XEND };
static const struct xlat nf_queue[] = { NLX_nf_queue, XEND };
static const struct xlat nf_ulog[] = { NLX_nf_ulog, XEND };
static const struct xlat nf_osf[] = { NLX_nf_osf, XEND };
static const struct xlat nf_ipset[] = { NLX_nf_ipset, XEND };
static const struct xlat nf_acct[] = { NLX_nf_acct, XEND };
static const struct xlat nf_cttimeout[] = { NLX_nf_cttimeout, XEND };
static const struct xlat nf_cthelper[] = { NLX_nf_cthelper, XEND };
static const struct xlat nf_nftables[] = { NLX_nf_nftables, XEND };
static const struct xlat nf_compat[] = { NLX_nf_compat, XEND };

/* each subsystem's types and strace's word for one it does not know */
static const struct { const struct xlat *x; const char *dflt; } nf_msgs[] = {
	[NFNL_SUBSYS_CTNETLINK] = { nf_ct, "IPCTNL_MSG_CT_???" },
	[NFNL_SUBSYS_CTNETLINK_EXP] = { nf_ct_exp, "IPCTNL_MSG_EXP_???" },
	[NFNL_SUBSYS_QUEUE] = { nf_queue, "NFQNL_MSG_???" },
	[NFNL_SUBSYS_ULOG] = { nf_ulog, "NFULNL_MSG_???" },
	[NFNL_SUBSYS_OSF] = { nf_osf, "OSF_MSG_???" },
	[NFNL_SUBSYS_IPSET] = { nf_ipset, "IPSET_CMD_???" },
	[NFNL_SUBSYS_ACCT] = { nf_acct, "NFNL_MSG_ACCT_???" },
	[NFNL_SUBSYS_CTNETLINK_TIMEOUT] = { nf_cttimeout, "IPCTNL_MSG_TIMEOUT_???" },
	[NFNL_SUBSYS_CTHELPER] = { nf_cthelper, "NFNL_MSG_CTHELPER_???" },
	[NFNL_SUBSYS_NFTABLES] = { nf_nftables, "NFT_MSG_???" },
	[NFNL_SUBSYS_NFT_COMPAT] = { nf_compat, "NFNL_MSG_COMPAT_???" },
};
#define NF_NMSGS (sizeof nf_msgs / sizeof nf_msgs[0])

void nl_pr_nf_type(unsigned type)
{
	const char *ctl = xlat_name(nf_ctl, type);
	if (ctl) {	/* a batch's begin or end: 0x10 with -X raw, not 0<<8|0x10 */
		pr_named_hex(type, ctl);
		return;
	}
	unsigned sub = type >> 8 & 0xff, msg = type & 0xff;
	pr_xlat(nf_subsys, sub, "%#lx", "NFNL_SUBSYS_???");
	prs("<<8|");
	if (sub < NF_NMSGS && nf_msgs[sub].x)
		pr_xlat(nf_msgs[sub].x, msg, "%#lx", nf_msgs[sub].dflt);
	else
		pr("%#x", msg);
}

/* which request kind a type is: its flags' meaning (strace's lists) */
const struct xlat *nl_nf_flags(unsigned type)
{
	unsigned sub = type >> 8 & 0xff, msg = type & 0xff;
	int k = 0;

	switch (sub) {
	case NFNL_SUBSYS_CTNETLINK:
		k = msg == IPCTNL_MSG_CT_NEW ? 'n' : msg == IPCTNL_MSG_CT_DELETE ? 'd' :
		    msg == IPCTNL_MSG_CT_GET || msg == IPCTNL_MSG_CT_GET_CTRZERO ||
		    msg == IPCTNL_MSG_CT_GET_STATS_CPU || msg == IPCTNL_MSG_CT_GET_STATS ||
		    msg == IPCTNL_MSG_CT_GET_DYING || msg == IPCTNL_MSG_CT_GET_UNCONFIRMED ? 'g' : 0;
		break;
	case NFNL_SUBSYS_CTNETLINK_EXP:
		k = msg == IPCTNL_MSG_EXP_NEW ? 'n' : msg == IPCTNL_MSG_EXP_DELETE ? 'd' :
		    msg == IPCTNL_MSG_EXP_GET || msg == IPCTNL_MSG_EXP_GET_STATS_CPU ? 'g' : 0;
		break;
	case NFNL_SUBSYS_ACCT:
		k = msg == NFNL_MSG_ACCT_NEW ? 'n' : msg == NFNL_MSG_ACCT_DEL ? 'd' :
		    msg == NFNL_MSG_ACCT_GET || msg == NFNL_MSG_ACCT_GET_CTRZERO ? 'g' : 0;
		break;
	case NFNL_SUBSYS_CTNETLINK_TIMEOUT:
		k = msg == IPCTNL_MSG_TIMEOUT_NEW ? 'n' : msg == IPCTNL_MSG_TIMEOUT_DELETE ? 'd' :
		    msg == IPCTNL_MSG_TIMEOUT_GET ? 'g' : 0;
		break;
	case NFNL_SUBSYS_CTHELPER:
		k = msg == NFNL_MSG_CTHELPER_NEW ? 'n' : msg == NFNL_MSG_CTHELPER_DEL ? 'd' :
		    msg == NFNL_MSG_CTHELPER_GET ? 'g' : 0;
		break;
	case NFNL_SUBSYS_NFTABLES:
		switch (msg) {
		case NFT_MSG_NEWTABLE: case NFT_MSG_NEWCHAIN: case NFT_MSG_NEWRULE:
		case NFT_MSG_NEWSET: case NFT_MSG_NEWSETELEM: case NFT_MSG_NEWGEN:
		case NFT_MSG_NEWOBJ: case NFT_MSG_NEWFLOWTABLE:
			k = 'n'; break;
		case NFT_MSG_GETTABLE: case NFT_MSG_GETCHAIN: case NFT_MSG_GETRULE:
		case NFT_MSG_GETSET: case NFT_MSG_GETSETELEM: case NFT_MSG_GETGEN:
		case NFT_MSG_GETOBJ: case NFT_MSG_GETOBJ_RESET: case NFT_MSG_GETFLOWTABLE:
			k = 'g'; break;
		case NFT_MSG_DELTABLE: case NFT_MSG_DELCHAIN: case NFT_MSG_DELRULE:
		case NFT_MSG_DELSET: case NFT_MSG_DELSETELEM: case NFT_MSG_DELOBJ:
		case NFT_MSG_DELFLOWTABLE:
			k = 'd'; break;
		}
		break;
	case NFNL_SUBSYS_NFT_COMPAT:
		k = msg == NFNL_MSG_COMPAT_GET ? 'g' : 0;
		break;
	}
	return nl_flag_table(k);
}

/* {nfgen_family=AF_INET, version=NFNETLINK_V0, res_id=htons(5)}, then
 * attributes, or after a batch's begin and end the bytes */
static const struct xlat nf_versions[] = { X(NFNETLINK_V0), XEND };
static const struct xlat no_names[] = { XEND };
static const struct nla_table nf_attrs = { no_names, NULL, NULL, 0, NULL };

/* res_id in network order: htons(5); an nftables message's res_id is
 * the subsystem's id, which strace 6.1 names in either byte order:
 * NFNL_SUBSYS_NFTABLES, htons(NFNL_SUBSYS_NFTABLES) (-X raw: the field's
 * value, 0xa or 0xa00; -X verbose: that, the name in a comment) */
static void pr_res_id(unsigned type, uint16_t id)
{
	unsigned host = (unsigned)(id >> 8 | (id & 0xff) << 8);
	const char *name = NULL;

	if (NFNL_SUBSYS_ID(type) == NFNL_SUBSYS_NFTABLES) {
		if (id == NFNL_SUBSYS_NFTABLES)
			name = "NFNL_SUBSYS_NFTABLES";
		else if (host == NFNL_SUBSYS_NFTABLES)
			name = "htons(NFNL_SUBSYS_NFTABLES)";
	}
	if (!name)
		pr("htons(%u)", host);
	else if (opt_raw)
		pr("%#x", id);
	else if (opt_xverbose)
		pr("%#x /* %s */", id, name);
	else
		prs(name);
}

int nl_nf_payload(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len)
{
	struct nfgenmsg g;

	if (h->nlmsg_type < NLMSG_MIN_TYPE || len < sizeof g)
		return 0;
	if (umove(t->pid, addr, &g, sizeof g) < 0) {
		pr_hex(addr);
		return 1;
	}
	prs("{nfgen_family=");
	pr_xlat(xl_families, g.nfgen_family, "%#lx", "AF_???");
	prs(", version=");
	pr_xlat(nf_versions, g.version, "%#lx", "NFNETLINK_???");
	prs(", res_id=");
	pr_res_id(h->nlmsg_type, g.res_id);
	prs("}");
	if (len > NLMSG_ALIGN(sizeof g)) {
		unsigned long rest = addr + NLMSG_ALIGN(sizeof g);
		unsigned n = len - NLMSG_ALIGN(sizeof g);
		prs(", ");
		if (h->nlmsg_type == NFNL_MSG_BATCH_BEGIN || h->nlmsg_type == NFNL_MSG_BATCH_END)
			nl_hexstr(t, rest, n);
		else
			nl_attrs(t, rest, n, &nf_attrs);
	}
	return 1;
}

/* SELNL_MSG_SETENFORCE's {val=1}, SELNL_MSG_POLICYLOAD's {seqno=2}: only
 * the struct, whatever follows it */
int nl_selinux_payload(struct tcb *t, const struct nlmsghdr *h, unsigned long addr, unsigned len)
{
	uint32_t v;
	int enforce = h->nlmsg_type == SELNL_MSG_SETENFORCE;

	if ((!enforce && h->nlmsg_type != SELNL_MSG_POLICYLOAD) || len < sizeof v)
		return 0;
	if (umove(t->pid, addr, &v, sizeof v) < 0)
		pr_hex(addr);
	else if (enforce)
		pr("{val=%d}", (int)v);
	else
		pr("{seqno=%u}", v);
	return 1;
}

/* --- generic netlink: the families the kernel has registered ------------ */

#define GENL_MAX 64
static struct { unsigned id; char name[GENL_NAMSIZ]; } genl[GENL_MAX];
static int ngenl = -1;	/* -1: not asked yet (strace asks once) */

/* the attributes of one CTRL_CMD_NEWFAMILY reply: its id and name */
static void genl_take(const unsigned char *p, unsigned len)
{
	unsigned id = 0;
	const char *name = NULL;

	while (len >= NLA_HDRLEN) {
		struct nlattr a;
		memcpy(&a, p, sizeof a);
		if (a.nla_len < NLA_HDRLEN || a.nla_len > len)
			break;
		if (a.nla_type == CTRL_ATTR_FAMILY_ID && a.nla_len >= NLA_HDRLEN + 2)
			id = (unsigned)(p[NLA_HDRLEN] | p[NLA_HDRLEN + 1] << 8);
		if (a.nla_type == CTRL_ATTR_FAMILY_NAME)
			name = (const char *)p + NLA_HDRLEN;
		unsigned step = NLA_ALIGN(a.nla_len);
		if (step >= len)
			break;
		p += step;
		len -= step;
	}
	if (name && ngenl < GENL_MAX) {
		genl[ngenl].id = id;
		strlcpy(genl[ngenl].name, name, GENL_NAMSIZ);
		ngenl++;
	}
}

static void genl_load(void)
{
	struct {
		struct nlmsghdr h;
		struct genlmsghdr g;
	} req = {
		.h = { sizeof req, GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_DUMP, 1, 0 },
		.g = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 },
	};
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	static unsigned char buf[16384];
	int s = (int)sys_socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_GENERIC);

	ngenl = 0;
	if (s < 0)
		return;
	int done = sys_sendto(s, &req, sizeof req, 0, &sa, sizeof sa) != (long)sizeof req;
	while (!done) {
		long n = sys_recvfrom(s, buf, sizeof buf, 0, NULL, NULL);
		unsigned char *p = buf;
		if (n <= 0)
			break;
		while (n >= (long)NLMSG_HDRLEN) {
			struct nlmsghdr h;
			memcpy(&h, p, sizeof h);
			if (h.nlmsg_len < NLMSG_HDRLEN || h.nlmsg_len > (unsigned long)n ||
			    h.nlmsg_type == NLMSG_DONE || h.nlmsg_type == NLMSG_ERROR) {
				done = 1;
				break;
			}
			unsigned off = NLMSG_HDRLEN + GENL_HDRLEN;
			if (h.nlmsg_len > off)
				genl_take(p + off, h.nlmsg_len - off);
			unsigned step = NLMSG_ALIGN(h.nlmsg_len);
			if (step >= (unsigned long)n)
				break;
			p += step;
			n -= step;
		}
	}
	sys_close(s);
}

void nl_pr_genl_type(unsigned type)
{
	if (ngenl < 0)
		genl_load();
	for (int i = 0; i < ngenl && !opt_raw; i++)
		if (genl[i].id == type) {
			pr_named_hex(type, genl[i].name);
			return;
		}
	pr("%#x", type);
	if (!opt_raw)
		prs(" /* GENERIC_FAMILY_??? */");
}

/* --- NETLINK_KOBJECT_UEVENT: not netlink messages ---------------------------- */

/* libudev's monitor header (systemd's src/libsystemd/sd-device/
 * device-monitor.c: not in the UAPI headers, so typed here): the
 * uevents libudev re-sends to its listeners begin with it */
struct udev_monitor_netlink_header {
	char prefix[8];		/* "libudev" */
	uint32_t magic;		/* htonl(0xfeedcafe) */
	uint32_t header_size;
	uint32_t properties_off;
	uint32_t properties_len;
	uint32_t filter_subsystem_hash;
	uint32_t filter_devtype_hash;
	uint32_t filter_tag_bloom_hi;
	uint32_t filter_tag_bloom_lo;
};

static uint32_t be32(uint32_t v) { return __builtin_bswap32(v); }

static void pr_udev_header(const struct udev_monitor_netlink_header *h)
{
	pr("{prefix=\"%s\", magic=htonl(%#x), header_size=%u, properties_off=%u, "
	   "properties_len=%u, filter_subsystem_hash=htonl(%#x), filter_devtype_hash=htonl(%#x), "
	   "filter_tag_bloom_hi=htonl(%#x), filter_tag_bloom_lo=htonl(%#x)}",
	   h->prefix, be32(h->magic), h->header_size, h->properties_off, h->properties_len,
	   be32(h->filter_subsystem_hash), be32(h->filter_devtype_hash),
	   be32(h->filter_tag_bloom_hi), be32(h->filter_tag_bloom_lo));
}

/* a kernel uevent ("add@/devices/...") is a string; libudev's begins with
 * its header, printed as a struct, the properties after it a string */
void nl_kobject_uevent(struct tcb *t, unsigned long addr, unsigned long len)
{
	struct udev_monitor_netlink_header h;

	/* strace 6.1 goes by the prefix alone, whatever the magic */
	if (len < sizeof h || umove(t->pid, addr, &h, sizeof h) < 0 ||
	    memcmp(h.prefix, "libudev", sizeof h.prefix)) {
		pr_buf(t, addr, len);
		return;
	}
	if (len == sizeof h) {
		pr_udev_header(&h);
		return;
	}
	prs("[");
	pr_udev_header(&h);
	prs(", ");
	pr_buf(t, addr + sizeof h, len - sizeof h);
	prs("]");
}
