/* src/trace/ioctl_sock.c — socket requests (type 0x89, netdevice(7)):
 * the owner and mark ones (ints), struct ifreq's per request and
 * SIOCGIFCONF's list. For a getter strace prints the name at the entry
 * and the answer at the exit, inside the same braces. */
#include "ioctl.h"
#include "nltab.h"
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
		char newname[16];
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
	if (fam == 2 && (opt_raw || opt_xverbose)) {	/* the bytes, as net.c */
		prs(", sin_port=");
		quote_bytes(b + 2, 2, QUOTE_HEX);
		if (!opt_raw)
			pr(" /* htons(%u) */", (unsigned)(b[2] << 8 | b[3]));
		prs(", sin_addr=");
		quote_bytes(b + 4, 4, QUOTE_HEX);
		if (!opt_raw)
			pr(" /* inet_addr(\"%u.%u.%u.%u\") */", b[4], b[5], b[6], b[7]);
	} else if (fam == 2) {
		char ip[16];
		int n = snprintf(ip, sizeof ip, "%u.%u.%u.%u", b[4], b[5], b[6], b[7]);
		pr(", sin_port=htons(%u), sin_addr=inet_addr(", (unsigned)(b[2] << 8 | b[3]));
		quote_bytes((const unsigned char *)ip, (size_t)n, 0);
		prs(")");
	} else {
		prs(", sa_data=");
		quote_bytes(b + 2, 14, 0);
	}
	prs("}");
}

/* a hardware address: the ARPHRD_* type, then six bytes */
static void pr_hwaddr(const unsigned char *b)
{
	prs("{sa_family=");
	pr_xlat(arphrd, (unsigned)(b[0] | b[1] << 8), "%#x", "ARPHRD_???");
	prs(", sa_data=");
	if (opt_raw || opt_xverbose)	/* the bytes, then the address in a comment */
		quote_bytes(b + 2, 14, QUOTE_HEX);
	if (!opt_raw)
		pr(opt_xverbose ? " /* %02x:%02x:%02x:%02x:%02x:%02x */" : "%02x:%02x:%02x:%02x:%02x:%02x",
		   b[2], b[3], b[4], b[5], b[6], b[7]);
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
	case SIOCGIFHWADDR: case SIOCSIFHWADDR:
		prs(", ifr_hwaddr=");
		pr_hwaddr(r->u.sa);
		break;
	case SIOCSIFNAME:
		prs(", ifr_newname=");
		ioc_cstr(r->u.newname, sizeof r->u.newname);
		break;
	case SIOCGIFMAP: case SIOCSIFMAP:
		pr(", ifr_map={mem_start=%#lx, mem_end=%#lx, base_addr=%#x, irq=%u, dma=%u, port=%u}",
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
	case FIOSETOWN: case SIOCSPGRP:
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
		return ifreq_entry(t, req, arg);
	}
	return IOC_NUM;
}
