/* src/trace/ioctl_sock.c — socket requests (type 0x89, netdevice(7)):
 * the owner and mark ones (ints), struct ifreq's per request and
 * SIOCGIFCONF's list. For a getter strace prints the name at the entry
 * and the answer at the exit, inside the same braces. */
#include "ioctl.h"
#include "nltab.h"
#include "netlink.h"
#include <linux/sockios.h>

extern const struct xlat xl_families[];	/* net.c: AF_INET... */
static const struct xlat iff_flags[] = { NLX_iff_flags, XEND };
static const struct xlat arphrd[] = { NLX_arphrd, XEND };

/* struct ifreq as the kernel lays it out (<linux/if.h> wants libc's
 * struct sockaddr): a name, then a union of 24 bytes */
struct ifreq_k {
	char name[16];
	union {
		unsigned char sa[16];	/* family (2 bytes), then data */
		short flags;
		int ival;
		char newname[16];	/* and ifr_slave */
		struct {
			unsigned long mem_start, mem_end;
			unsigned short base_addr;
			unsigned char irq, dma, port;
		} map;
	} u;
};
struct ifconf_k { int len; int pad; unsigned long buf; };

/* {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")} */
static void pr_ifaddr(const unsigned char *b)
{
	unsigned fam = b[0] | b[1] << 8;

	prs("{sa_family=");
	pr_xlat(xl_families, fam, "%u", "AF_???");
	if (fam == 2) {
		pr_sockaddr_in_rest(b);	/* net.c's, -X raw and verbose too */
	} else {
		prs(", sa_data=");
		quote_bytes(b + 2, 14, 0);
	}
	prs("}");
}

/* how many bytes of sa_data strace shows as a hardware address of a type:
 * the types' address lengths are the drivers' (dev->addr_len), in no
 * header; these are read off strace 6.1's output, one type at a time.
 * Length 0 (PPP's, CAN's...): strace shows again the last hardware
 * address it showed. Any other type: all 14 bytes. */
static const struct { const char *type; unsigned char len; } hw_lens[] = {
	{ "ARPHRD_ETHER", 6 }, { "ARPHRD_FDDI", 6 }, { "ARPHRD_HIPPI", 6 },
	{ "ARPHRD_IEEE802", 6 }, { "ARPHRD_IEEE80211", 6 }, { "ARPHRD_IEEE80211_PRISM", 6 },
	{ "ARPHRD_IEEE80211_RADIOTAP", 6 }, { "ARPHRD_LOOPBACK", 6 },
	{ "ARPHRD_6LOWPAN", 8 }, { "ARPHRD_EUI64", 8 }, { "ARPHRD_IEEE802154", 8 },
	{ "ARPHRD_IEEE802154_MONITOR", 8 }, { "ARPHRD_AX25", 7 }, { "ARPHRD_NETROM", 7 },
	{ "ARPHRD_ROSE", 5 }, { "ARPHRD_IPGRE", 4 }, { "ARPHRD_IRDA", 4 }, { "ARPHRD_SIT", 4 },
	{ "ARPHRD_TUNNEL", 4 }, { "ARPHRD_DLCI", 2 }, { "ARPHRD_ARCNET", 1 },
	{ "ARPHRD_LOCALTLK", 1 }, { "ARPHRD_MCTP", 1 }, { "ARPHRD_PHONET", 1 },
	{ "ARPHRD_PHONET_PIPE", 1 },
	{ "ARPHRD_CAIF", 0 }, { "ARPHRD_CAN", 0 }, { "ARPHRD_IPDDP", 0 }, { "ARPHRD_NETLINK", 0 },
	{ "ARPHRD_PIMREG", 0 }, { "ARPHRD_PPP", 0 }, { "ARPHRD_RAWHDLC", 0 },
	{ "ARPHRD_RAWIP", 0 }, { "ARPHRD_SLIP", 0 }, { "ARPHRD_VSOCKMON", 0 }, { "ARPHRD_X25", 0 },
};

static unsigned hw_len(unsigned type)
{
	const char *n = xlat_name(arphrd, type);

	for (size_t i = 0; n && i < sizeof hw_lens / sizeof hw_lens[0]; i++)
		if (!strcmp(n, hw_lens[i].type))
			return hw_lens[i].len;
	return 14;
}

/* a hardware address: the ARPHRD_* type, then as many bytes as it has */
static void pr_hwaddr(const unsigned char *b)
{
	unsigned type = (unsigned)(b[0] | b[1] << 8), len = hw_len(type);

	prs("{sa_family=");
	pr_xlat(arphrd, type, "%#x", "ARPHRD_???");
	prs(", sa_data=");
	if (opt_raw || opt_xverbose)	/* the bytes, then the address in a comment */
		quote_bytes(b + 2, 14, QUOTE_HEX);
	if (!opt_raw) {
		static char last[14 * 3];	/* the text of the last one shown */
		if (len) {
			size_t k = 0;
			for (unsigned i = 0; i < len; i++)
				k += (size_t)snprintf(last + k, sizeof last - k, "%s%02x", i ? ":" : "",
						      b[2 + i]);
		}
		prs(opt_xverbose ? " /* " : "");
		prs(last);
		prs(opt_xverbose ? " */" : "");
	}
	prs("}");
}

/* the union's member a request reads or writes */
static void pr_ifreq_field(unsigned req, const struct ifreq_k *r)
{
	switch (req) {
	case SIOCGIFINDEX:
		pr(", ifr_ifindex=%d", r->u.ival);
		break;
	case SIOCGIFFLAGS: case SIOCSIFFLAGS:
		prs(", ifr_flags=");
		pr_flags(iff_flags, (unsigned short)r->u.flags, NULL);
		break;
	case SIOCGIFMTU: case SIOCSIFMTU:
		pr(", ifr_mtu=%d", r->u.ival);
		break;
	case SIOCGIFMETRIC: case SIOCSIFMETRIC:
		pr(", ifr_metric=%d", r->u.ival);
		break;
	case SIOCGIFTXQLEN: case SIOCSIFTXQLEN:
		pr(", ifr_qlen=%d", r->u.ival);
		break;
	case SIOCGIFADDR: case SIOCSIFADDR:
		prs(", ifr_addr=");
		pr_ifaddr(r->u.sa);
		break;
	case SIOCGIFNETMASK: case SIOCSIFNETMASK:
		prs(", ifr_netmask=");
		pr_ifaddr(r->u.sa);
		break;
	case SIOCGIFBRDADDR: case SIOCSIFBRDADDR:
		prs(", ifr_broadaddr=");
		pr_ifaddr(r->u.sa);
		break;
	case SIOCGIFDSTADDR: case SIOCSIFDSTADDR:
		prs(", ifr_dstaddr=");
		pr_ifaddr(r->u.sa);
		break;
	case SIOCGIFHWADDR: case SIOCSIFHWADDR: case SIOCSIFHWBROADCAST:
	case SIOCADDMULTI: case SIOCDELMULTI:
		prs(", ifr_hwaddr=");
		pr_hwaddr(r->u.sa);
		break;
	case SIOCSIFNAME:
		prs(", ifr_newname=");
		ioc_cstr(r->u.newname, sizeof r->u.newname);
		break;
	case SIOCSIFSLAVE:
		prs(", ifr_slave=");
		ioc_cstr(r->u.newname, sizeof r->u.newname);
		break;
	case SIOCGIFMAP: case SIOCSIFMAP:
		pr(", ifr_map={mem_start=%#lx, mem_end=%#lx, base_addr=%#x, irq=%#x, dma=%#x, port=%#x}",
		   r->u.map.mem_start, r->u.map.mem_end, r->u.map.base_addr, r->u.map.irq,
		   r->u.map.dma, r->u.map.port);
		break;
	}
}

/* an ifc_len: how many ifreqs it makes, when it makes a whole number */
static void pr_ifc_len(int len)
{
	pr("%d", len);
	if (len > 0 && len % (int)sizeof(struct ifreq_k) == 0)
		pr(" /* %d * sizeof(struct ifreq) */", len / (int)sizeof(struct ifreq_k));
}

static void pr_ifconf_entry(struct tcb *t, const void *e)
{
	const struct ifreq_k *r = e;

	prs("{ifr_name=");
	ioc_cstr(r->name, sizeof r->name);
	prs(", ifr_addr=");
	pr_ifaddr(r->u.sa);
	prs("}");
}

/* SIOCGIFCONF: the room given at the entry (nothing when the buffer is
 * NULL: the program asks for the length), what was used at the exit */
static int ifconf_entry(struct tcb *t, unsigned long arg)
{
	struct ifconf_k c;

	pr_sep();
	if (!arg || umove_data(t->pid, arg, &c, sizeof c) < 0) {	/* even with -e verbose=none */
		pr_addr(arg);
		return IOC_DONE;
	}
	t->aux = (unsigned)c.len;
	if (!c.buf)
		return IOC_EXIT;
	prs("{ifc_len=");
	pr_ifc_len(c.len);
	return IOC_EXIT;
}

static void ifconf_exit(struct tcb *t, unsigned long arg, int asked)
{
	struct ifconf_k c;

	if (umove_data(t->pid, arg, &c, sizeof c) < 0)
		return;
	if (!c.buf) {
		prs("{ifc_len=");
		pr_ifc_len(c.len);
		prs(", ifc_buf=NULL}");
		return;
	}
	if (t_failed(t)) {
		pr(", ifc_buf=%#lx}", c.buf);
		return;
	}
	if (c.len != asked) {
		prs(" => ");
		pr_ifc_len(c.len);
	}
	unsigned long n = (unsigned)c.len / sizeof(struct ifreq_k);
	prs(", ifc_buf=");
	if (n && !verbose(t))	/* -e verbose=none: where the list is */
		pr_addr(c.buf);
	else
		pr_array(t, c.buf, n, sizeof(struct ifreq_k), pr_ifconf_entry);
	prs("}");
}

/* a bridge's name (SIOCBRADDBR, SIOCBRDELBR): a string of up to IFNAMSIZ
 * bytes, all 16 and "..." when no NUL ends it */
static void pr_bridge_name(struct tcb *t, unsigned long arg)
{
	char buf[16];
	long n;

	pr_sep();	/* a string: shown even with -e verbose=none */
	n = umovestr(t->pid, arg, buf, sizeof buf);
	if (n < 0) {
		pr_addr(arg);
		return;
	}
	quote_bytes((const unsigned char *)buf, (size_t)n, 0);
	if (n == (long)sizeof buf)
		prs("...");
}

/* SIOCBRADDIF, SIOCBRDELIF: only the index of the port, by name */
static void pr_bridge_port(struct tcb *t, unsigned long arg)
{
	struct ifreq_k r;

	pr_sep();
	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return;
	prs("{ifr_ifindex=");
	nl_pr_ifindex((unsigned)r.u.ival);
	prs("}");
}

/* the ifreq requests: the name and, for a setter, the value at the entry */
static int ifreq_entry(struct tcb *t, unsigned req, unsigned long arg)
{
	struct ifreq_k r;

	pr_sep();
	if (ioc_get(t, arg, &r, sizeof r) < 0)
		return IOC_DONE;
	if (req == SIOCGIFNAME) {
		pr("{ifr_ifindex=%d", r.u.ival);
		return IOC_EXIT;
	}
	prs("{ifr_name=");
	ioc_cstr(r.name, sizeof r.name);
	switch (req) {
	case SIOCGIFINDEX: case SIOCGIFFLAGS: case SIOCGIFMTU: case SIOCGIFMETRIC:
	case SIOCGIFTXQLEN: case SIOCGIFADDR: case SIOCGIFNETMASK: case SIOCGIFBRDADDR:
	case SIOCGIFDSTADDR: case SIOCGIFHWADDR: case SIOCGIFMAP:
		return IOC_EXIT;
	}
	pr_ifreq_field(req, &r);
	prs("}");
	return IOC_DONE;
}

static void ifreq_exit(struct tcb *t, unsigned req, unsigned long arg)
{
	struct ifreq_k r;

	if (!t_failed(t) && umove(t->pid, arg, &r, sizeof r) == 0) {
		if (req == SIOCGIFNAME) {
			prs(", ifr_name=");
			ioc_cstr(r.name, sizeof r.name);
		} else {
			pr_ifreq_field(req, &r);
		}
	}
	prs("}");
}

int ioctl_sock(struct tcb *t, unsigned req, unsigned long arg)
{
	if (t->exiting) {
		switch (req) {
		case FIOGETOWN: case SIOCGPGRP: case SIOCATMARK:
			ioc_int_out(t, arg);
			break;
		case SIOCGIFCONF:
			ifconf_exit(t, arg, (int)t->aux);
			break;
		default:
			ifreq_exit(t, req, arg);
		}
		return IOC_DONE;
	}
	switch (req) {
	case FIOSETOWN: case SIOCSPGRP: case SIOCSIFENCAP:
		ioc_int(t, arg);
		return IOC_DONE;
	case FIOGETOWN: case SIOCGPGRP: case SIOCATMARK:
		return IOC_EXIT;
	case SIOCGIFCONF:
		return ifconf_entry(t, arg);
	case SIOCGIFNAME: case SIOCGIFINDEX: case SIOCGIFFLAGS: case SIOCSIFFLAGS:
	case SIOCGIFMTU: case SIOCSIFMTU: case SIOCGIFMETRIC: case SIOCSIFMETRIC:
	case SIOCGIFTXQLEN: case SIOCSIFTXQLEN: case SIOCGIFADDR: case SIOCSIFADDR:
	case SIOCGIFNETMASK: case SIOCSIFNETMASK: case SIOCGIFBRDADDR: case SIOCSIFBRDADDR:
	case SIOCGIFDSTADDR: case SIOCSIFDSTADDR: case SIOCGIFHWADDR: case SIOCSIFHWADDR:
	case SIOCSIFNAME: case SIOCGIFMAP: case SIOCSIFMAP:
	case SIOCSIFHWBROADCAST: case SIOCADDMULTI: case SIOCDELMULTI: case SIOCSIFSLAVE:
		return ifreq_entry(t, req, arg);
	case SIOCBRADDBR: case SIOCBRDELBR:
		pr_bridge_name(t, arg);
		return IOC_DONE;
	case SIOCBRADDIF: case SIOCBRDELIF:
		pr_bridge_port(t, arg);
		return IOC_DONE;
	}
	return IOC_NUM;
}
